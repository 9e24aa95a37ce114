#!/usr/bin/env python3
"""Writes the emailed submissions in this folder, as SES stores them.

Each message is written out byte by byte (not through an email library) so
that it has exactly the structure, encodings and quirks of the mail client it
imitates: Outlook's multipart/related with a signature logo and a
disclaimer, Gmail's multipart/alternative, windows-1252 quoted-printable,
RFC 2231 and RFC 2047 names, forwarded messages, bounces and broken ones.
Attachments are the sample submissions in ../submissions. Run from anywhere:

    python3 testdata/email/gen.py

The output is deterministic: the same inputs give the same bytes.
"""

import base64
import io
import os
import struct
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, "..", "submissions")
TO = "submissions@intake.example.gov.uk"
CRLF = "\r\n"


def sample(name):
    with open(os.path.join(SAMPLES, name), "rb") as f:
        return f.read()


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76))


def png(width=2, height=2):
    """A tiny valid PNG, standing in for a council logo."""
    def chunk(kind, body):
        c = struct.pack(">I", len(body)) + kind + body
        return c + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\x1f\x4e\x79" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def xlsx():
    """A minimal Excel workbook: a format the service does not accept."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in [
            ("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
            ("xl/workbook.xml", '<?xml version="1.0"?><workbook/>'),
            ("xl/worksheets/sheet1.xml", '<?xml version="1.0"?><worksheet/>'),
        ]:
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 20, 9, 0, 0))
            z.writestr(info, body)
    return buf.getvalue()


def ses(sender, domain, received, ses_id, ip="40.107.105.71", helo="EUR03-AM7-obe.outbound.protection.outlook.com",
        spf="pass", dkim="pass", dmarc="pass", spam="PASS", virus="PASS", return_path=None, envelope=None):
    """The header fields SES adds above the sender's own. envelope is the
    envelope sender (SMTP MAIL FROM), by default the From address."""
    envelope = envelope or sender
    spf_domain = envelope.rsplit("@", 1)[-1] if envelope != sender else domain
    rp = return_path if return_path is not None else "<" + envelope + ">"
    spf_comment = {
        "pass": "spfCheck: domain of %s designates %s as permitted sender" % (spf_domain, ip),
        "fail": "spfCheck: domain of %s does not designate %s as permitted sender" % (spf_domain, ip),
        "softfail": "spfCheck: transitioning domain of %s does not designate %s as permitted sender" % (spf_domain, ip),
    }.get(spf, "spfCheck: %s" % spf)
    lines = [
        "Return-Path: " + rp,
        "Received: from %s (mail-am7eur03on2071.outbound.protection.outlook.com [%s])" % (helo, ip),
        " by inbound-smtp.eu-west-2.amazonaws.com with SMTP id %s" % ses_id,
        " for %s;" % TO,
        " %s" % received,
        "X-SES-Spam-Verdict: " + spam,
        "X-SES-Virus-Verdict: " + virus,
        "Received-SPF: %s (%s) client-ip=%s; envelope-from=%s; helo=%s;" % (spf, spf_comment, ip, envelope, helo),
        "Authentication-Results: amazonses.com;",
        " spf=%s (%s) client-ip=%s; envelope-from=%s; helo=%s;" % (spf, spf_comment, ip, envelope, helo),
        " dkim=%s header.i=@%s;" % (dkim, domain),
        " dmarc=%s header.from=%s;" % (dmarc, domain),
        "X-SES-RECEIPT: AEFBQUFBQUFBQUFFbXk5bWZ0b3VyeVNuMTZ4d0pIa0FVQ2RleWxCYjRqZz0=",
        "X-SES-DKIM-SIGNATURE: a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=ihchhvubuqgjsxyuhssfvqohv7z3u4hn;",
        " d=amazonses.com; t=1742552107; v=1; bh=Zm9yIHRlc3Rpbmcgb25seQ==; h=From:To:Subject;",
        " b=dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZQ==",
    ]
    return CRLF.join(lines) + CRLF


OUTLOOK_DISCLAIMER_TEXT = (
    "This email and any attachments are confidential and may contain personal or sensitive"
    " information. If you are not the intended recipient, please tell the sender and delete it."
    " Coventry City Council may monitor emails to and from its systems.")


def outlook_rapid_review():
    """Outlook for Microsoft 365: mixed > related > alternative, a signature logo, a disclaimer."""
    sender, domain = "jo.bloggs@coventry.gov.uk", "coventry.gov.uk"
    logo = png()
    doc = sample("rapid-review-coventry-child-q.pdf")
    plain = CRLF.join([
        "Dear Panel,",
        "",
        "Please find attached the rapid review for Child Q, agreed by the partners on 20 March.",
        "",
        "Kind regards",
        "",
        "Jo Bloggs",
        "Business Manager | Coventry Safeguarding Children Partnership",
        "Coventry City Council | One Friargate | Coventry CV1 2GN",
        "www.coventry.gov.uk<https://www.coventry.gov.uk/>",
        "[cid:image001.png@01DB9A2B.6F1C2D30]",
        "",
        OUTLOOK_DISCLAIMER_TEXT,
        "",
    ])
    html = CRLF.join([
        '<html xmlns:v=3D"urn:schemas-microsoft-com:vml" xmlns:o=3D"urn:schemas-micr=',
        'osoft-com:office:office" xmlns:w=3D"urn:schemas-microsoft-com:office:word" =',
        'xmlns:m=3D"http://schemas.microsoft.com/office/2004/12/omml" xmlns=3D"http:=',
        '//www.w3.org/TR/REC-html40">',
        '<head>',
        '<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">',
        '<meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)">',
        '<style><!--',
        '/* Font Definitions */',
        '@font-face',
        '\t{font-family:Aptos;}',
        'p.MsoNormal, li.MsoNormal, div.MsoNormal',
        '\t{margin:0cm;',
        '\tfont-size:12.0pt;',
        '\tfont-family:"Aptos",sans-serif;}',
        '--></style>',
        '</head>',
        '<body lang=3D"EN-GB" link=3D"#467886" vlink=3D"#96607D" style=3D"word-wrap:=',
        'break-word">',
        '<div class=3D"WordSection1">',
        '<p class=3D"MsoNormal">Dear Panel,<o:p></o:p></p>',
        '<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p>',
        '<p class=3D"MsoNormal">Please find attached the rapid review for Child Q, a=',
        'greed by the partners on 20 March.<o:p></o:p></p>',
        '<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p>',
        '<p class=3D"MsoNormal">Kind regards<o:p></o:p></p>',
        '<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p>',
        '<p class=3D"MsoNormal"><b>Jo Bloggs</b><o:p></o:p></p>',
        '<p class=3D"MsoNormal"><span style=3D"font-size:10.0pt">Business Manager | =',
        'Coventry Safeguarding Children Partnership</span><o:p></o:p></p>',
        '<p class=3D"MsoNormal"><span style=3D"font-size:10.0pt">Coventry City Counc=',
        'il | One Friargate | Coventry CV1 2GN</span><o:p></o:p></p>',
        '<p class=3D"MsoNormal"><a href=3D"https://www.coventry.gov.uk/">www.coventr=',
        'y.gov.uk</a><o:p></o:p></p>',
        '<p class=3D"MsoNormal"><img width=3D"120" height=3D"40" style=3D"width:1.25=',
        'in;height:.4166in" id=3D"Picture_x0020_1" src=3D"cid:image001.png@01DB9A2B.=',
        '6F1C2D30" alt=3D"Coventry City Council logo"><o:p></o:p></p>',
        '<p class=3D"MsoNormal"><span style=3D"font-size:8.0pt;color:gray">' + OUTLOOK_DISCLAIMER_TEXT[:60] + '=',
        OUTLOOK_DISCLAIMER_TEXT[60:] + '</span><o:p></o:p></p>',
        '</div>',
        '</body>',
        '</html>',
        '',
    ])
    plain_qp = plain.replace("=", "=3D")
    return (
        ses(sender, domain, "Fri, 21 Mar 2025 10:15:07 +0000 (UTC)", "q0u7a2oumj3r1v3l5e7h9b0c2d4f6g8h1j3k5m7o") +
        "From: Jo Bloggs <" + sender + ">" + CRLF +
        "To: Intake <" + TO + ">" + CRLF +
        "Subject: Rapid review - Child Q" + CRLF +
        "Thread-Topic: Rapid review - Child Q" + CRLF +
        "Thread-Index: AduaKxYp7Qw3m5XnQ1aH8fJ0bUmAvA==" + CRLF +
        "Date: Fri, 21 Mar 2025 10:14:58 +0000" + CRLF +
        "Message-ID: <LO2P265MB5183A1B2C3D4E5F6A7B8C9D0E1F2A3B4@LO2P265MB5183.GBRP265.PROD.OUTLOOK.COM>" + CRLF +
        "Accept-Language: en-GB, en-US" + CRLF +
        "Content-Language: en-GB" + CRLF +
        "X-MS-Has-Attach: yes" + CRLF +
        "X-MS-TNEF-Correlator:" + CRLF +
        "X-Auto-Response-Suppress: DR, OOF, AutoReply" + CRLF +
        'Content-Type: multipart/mixed;' + CRLF +
        '\tboundary="_004_LO2P265MB5183A1B2C3D4E5F6A7B8C9D0E1F2A3B4LO2P265MB5183GBRP_"' + CRLF +
        "MIME-Version: 1.0" + CRLF +
        CRLF +
        "--_004_LO2P265MB5183A1B2C3D4E5F6A7B8C9D0E1F2A3B4LO2P265MB5183GBRP_" + CRLF +
        'Content-Type: multipart/related;' + CRLF +
        '\tboundary="_003_LO2P265MB5183A1B2C3D4E5F6A7B8C9D0E1F2A3B4LO2P265MB5183GBRP_";' + CRLF +
        '\ttype="multipart/alternative"' + CRLF +
        CRLF +
        "--_003_LO2P265MB5183A1B2C3D4E5F6A7B8C9D0E1F2A3B4LO2P265MB5183GBRP_" + CRLF +
        'Content-Type: multipart/alternative;' + CRLF +
        '\tboundary="_000_LO2P265MB5183A1B2C3D4E5F6A7B8C9D0E1F2A3B4LO2P265MB5183GBRP_"' + CRLF +
        CRLF +
        "--_000_LO2P265MB5183A1B2C3D4E5F6A7B8C9D0E1F2A3B4LO2P265MB5183GBRP_" + CRLF +
        'Content-Type: text/plain; charset="us-ascii"' + CRLF +
        "Content-Transfer-Encoding: quoted-printable" + CRLF +
        CRLF + plain_qp + CRLF +
        "--_000_LO2P265MB5183A1B2C3D4E5F6A7B8C9D0E1F2A3B4LO2P265MB5183GBRP_" + CRLF +
        'Content-Type: text/html; charset="us-ascii"' + CRLF +
        "Content-Transfer-Encoding: quoted-printable" + CRLF +
        CRLF + html + CRLF +
        "--_000_LO2P265MB5183A1B2C3D4E5F6A7B8C9D0E1F2A3B4LO2P265MB5183GBRP_--" + CRLF +
        CRLF +
        "--_003_LO2P265MB5183A1B2C3D4E5F6A7B8C9D0E1F2A3B4LO2P265MB5183GBRP_" + CRLF +
        'Content-Type: image/png; name="image001.png"' + CRLF +
        'Content-Description: image001.png' + CRLF +
        'Content-Disposition: inline; filename="image001.png"; size=%d;' % len(logo) + CRLF +
        '\tcreation-date="Fri, 21 Mar 2025 10:14:58 GMT";' + CRLF +
        '\tmodification-date="Fri, 21 Mar 2025 10:14:58 GMT"' + CRLF +
        "Content-ID: <image001.png@01DB9A2B.6F1C2D30>" + CRLF +
        "Content-Transfer-Encoding: base64" + CRLF +
        CRLF + b64(logo) + CRLF + CRLF +
        "--_003_LO2P265MB5183A1B2C3D4E5F6A7B8C9D0E1F2A3B4LO2P265MB5183GBRP_--" + CRLF +
        CRLF +
        "--_004_LO2P265MB5183A1B2C3D4E5F6A7B8C9D0E1F2A3B4LO2P265MB5183GBRP_" + CRLF +
        'Content-Type: application/pdf; name="Rapid review - Child Q.pdf"' + CRLF +
        'Content-Description: Rapid review - Child Q.pdf' + CRLF +
        'Content-Disposition: attachment; filename="Rapid review - Child Q.pdf";' + CRLF +
        '\tsize=%d; creation-date="Fri, 21 Mar 2025 10:13:41 GMT";' % len(doc) + CRLF +
        '\tmodification-date="Fri, 21 Mar 2025 10:14:58 GMT"' + CRLF +
        "Content-Transfer-Encoding: base64" + CRLF +
        CRLF + b64(doc) + CRLF + CRLF +
        "--_004_LO2P265MB5183A1B2C3D4E5F6A7B8C9D0E1F2A3B4LO2P265MB5183GBRP_--" + CRLF
    )


def gmail_yearly_report():
    """Gmail (Google Workspace): mixed > alternative with a div-based HTML part."""
    sender, domain = "sam.patel@leeds.gov.uk", "leeds.gov.uk"
    doc = sample("yearly-report-leeds-2023-24.pdf")
    b = "000000000000a1b2c3063f1e2d4c"
    alt = "000000000000a1b2c1063f1e2d4a"
    return (
        ses(sender, domain, "Thu, 03 Oct 2024 14:02:19 +0000 (UTC)", "s3kq0pv7fk2h8d1m6e4a9b5c7n3r0t2u4w6y8z0a",
            ip="209.85.128.48", helo="mail-wm1-f48.google.com") +
        "Received: by mail-wm1-f48.google.com with SMTP id 5b1f17b1804b1-42f56ad2afaso12345675e9.1" + CRLF +
        "        for <" + TO + ">; Thu, 03 Oct 2024 07:02:18 -0700 (PDT)" + CRLF +
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=leeds.gov.uk; s=google;" + CRLF +
        "        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id;" + CRLF +
        "        bh=bm90IGEgcmVhbCBib2R5IGhhc2g=; b=bm90IGEgcmVhbCBzaWduYXR1cmU=" + CRLF +
        "MIME-Version: 1.0" + CRLF +
        "From: Sam Patel <" + sender + ">" + CRLF +
        "Date: Thu, 3 Oct 2024 15:02:07 +0100" + CRLF +
        "Message-ID: <CAF3kq9XbT0v+Lm2pQ8rN4s6u1w3y5A7c9E1g3I5k7M9o1Q3@mail.gmail.com>" + CRLF +
        "Subject: Leeds Safeguarding Children Partnership yearly report 2023-24" + CRLF +
        "To: " + TO + CRLF +
        'Content-Type: multipart/mixed; boundary="' + b + '"' + CRLF +
        CRLF +
        "--" + b + CRLF +
        'Content-Type: multipart/alternative; boundary="' + alt + '"' + CRLF +
        CRLF +
        "--" + alt + CRLF +
        'Content-Type: text/plain; charset="UTF-8"' + CRLF +
        CRLF +
        "Hello," + CRLF + CRLF +
        "Attached is our yearly report for 2023-24, published on our website on 30" + CRLF +
        "September.  It is also going to Foundations today." + CRLF + CRLF +
        "Best wishes," + CRLF + "Sam" + CRLF + CRLF +
        "--" + CRLF + "Sam Patel (she/her)" + CRLF +
        "Partnership Manager, Leeds Safeguarding Children Partnership" + CRLF +
        "https://www.leedsscp.org.uk/" + CRLF + CRLF +
        "--" + alt + CRLF +
        'Content-Type: text/html; charset="UTF-8"' + CRLF +
        "Content-Transfer-Encoding: quoted-printable" + CRLF +
        CRLF +
        '<div dir=3D"ltr"><div>Hello,</div><div><br></div><div>Attached is our year=' + CRLF +
        'ly report for 2023-24, published on our website on 30 September.=C2=A0 It=' + CRLF +
        ' is also going to Foundations today.</div><div><br></div><div>Best wishes,=' + CRLF +
        '</div><div>Sam</div><br clear=3D"all"><div><br></div><span class=3D"gmail_=' + CRLF +
        'signature_prefix">-- </span><br><div dir=3D"ltr" class=3D"gmail_signature"=' + CRLF +
        '><div dir=3D"ltr">Sam Patel (she/her)<div>Partnership Manager, Leeds Safegu=' + CRLF +
        'arding Children Partnership</div><div><a href=3D"https://www.leedsscp.org.u=' + CRLF +
        'k/" target=3D"_blank">https://www.leedsscp.org.uk/</a></div></div></div></=' + CRLF +
        'div>' + CRLF + CRLF +
        "--" + alt + "--" + CRLF +
        "--" + b + CRLF +
        'Content-Type: application/pdf; ' + CRLF +
        '\tname="LSCP Yearly Report 2023-24.pdf"' + CRLF +
        'Content-Disposition: attachment; ' + CRLF +
        '\tfilename="LSCP Yearly Report 2023-24.pdf"' + CRLF +
        "Content-Transfer-Encoding: base64" + CRLF +
        "Content-ID: <f_m1t2x3y40>" + CRLF +
        "X-Attachment-Id: f_m1t2x3y40" + CRLF +
        CRLF + b64(doc) + CRLF +
        "--" + b + "--" + CRLF
    )


def windows1252_qp():
    """An older Outlook: a single windows-1252 quoted-printable body, smart quotes and a pound sign."""
    sender, domain = "a.khan@camden.gov.uk", "camden.gov.uk"
    doc = sample("arrangements-camden-2024.docx")
    text = ("Good morning,\r\n\r\nAs requested, here are Camden\x92s revised multi-agency safeguarding"
            " arrangements \x96 \x93Working Together 2023\x94 edition. The partners\x92 contributions"
            " total \xa3412,000 this year.\r\n\r\nRegards,\r\nAisha Khan\r\nCamden Safeguarding"
            " Children Partnership\r\n")
    qp = []
    for ch in text.encode("latin-1"):
        if ch in (13, 10):
            qp.append(chr(ch))
        elif ch == 61 or ch > 126:
            qp.append("=%02X" % ch)
        else:
            qp.append(chr(ch))
    body = "".join(qp)
    # Soft line breaks at 76 characters, as Outlook writes them.
    lines = []
    for line in body.split("\r\n"):
        while len(line) > 75:
            cut = 75
            while line[cut - 1] == "=" or line[cut - 2] == "=":
                cut -= 1
            lines.append(line[:cut] + "=")
            line = line[cut:]
        lines.append(line)
    b = "----=_NextPart_000_0012_01DB9A2B.6F1C2D30"
    return (
        ses(sender, domain, "Fri, 21 Mar 2025 09:31:44 +0000 (UTC)", "b7c1d9e3f5a7b9c1d3e5f7a9b1c3d5e7f9a1b3c5") +
        "From: \"Khan, Aisha\" <" + sender + ">" + CRLF +
        "To: <" + TO + ">" + CRLF +
        "Subject: Safeguarding arrangements" + CRLF +
        "Date: Fri, 21 Mar 2025 09:31:40 -0000" + CRLF +
        "Message-ID: <000f01db9a2b$6f1c2d30$4d548790$@camden.gov.uk>" + CRLF +
        "MIME-Version: 1.0" + CRLF +
        "X-Mailer: Microsoft Outlook 16.0" + CRLF +
        "Content-Language: en-gb" + CRLF +
        "Content-Type: multipart/mixed;" + CRLF +
        '\tboundary="' + b + '"' + CRLF +
        CRLF +
        "This is a multi-part message in MIME format." + CRLF + CRLF +
        "--" + b + CRLF +
        'Content-Type: text/plain;' + CRLF + '\tcharset="windows-1252"' + CRLF +
        "Content-Transfer-Encoding: quoted-printable" + CRLF +
        CRLF + "\r\n".join(lines) + CRLF +
        "--" + b + CRLF +
        "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;" + CRLF +
        '\tname="Camden arrangements 2024.docx"' + CRLF +
        "Content-Transfer-Encoding: base64" + CRLF +
        "Content-Disposition: attachment;" + CRLF +
        '\tfilename="Camden arrangements 2024.docx"' + CRLF +
        CRLF + b64(doc) + CRLF + CRLF +
        "--" + b + "--" + CRLF
    )


def thunderbird_rfc2231():
    """Thunderbird: an RFC 2231 file name with an en dash and an RFC 2047 subject."""
    sender, domain = "chris.taylor@kent.gov.uk", "kent.gov.uk"
    doc = sample("rapid-review-kent-child-m.pdf")
    b = "------------9uK3lWq0mE2aZ5xR7tY1bN4c"
    return (
        ses(sender, domain, "Fri, 21 Mar 2025 11:02:31 +0000 (UTC)", "c8d2e0f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6",
            ip="51.140.10.20", helo="mx.kent.gov.uk") +
        "Message-ID: <4f8e2a1c-7b3d-4e9f-a1c2-d3e4f5a6b7c8@kent.gov.uk>" + CRLF +
        "Date: Fri, 21 Mar 2025 11:02:27 +0000" + CRLF +
        "MIME-Version: 1.0" + CRLF +
        "User-Agent: Mozilla Thunderbird" + CRLF +
        "Content-Language: en-GB" + CRLF +
        "To: " + TO + CRLF +
        "From: Chris Taylor <" + sender + ">" + CRLF +
        "Subject: =?UTF-8?Q?Rapid_review_=E2=80=93_Child_M_=28Kent_and_Medway=29?=" + CRLF +
        'Content-Type: multipart/mixed; boundary="' + b + '"' + CRLF +
        CRLF +
        "This is a multi-part message in MIME format." + CRLF +
        "--" + b + CRLF +
        "Content-Type: text/plain; charset=UTF-8; format=flowed" + CRLF +
        "Content-Transfer-Encoding: 8bit" + CRLF +
        CRLF +
        "Hello," + CRLF + CRLF +
        "Attached is the Kent and Medway rapid review for Child M \u2013 the SIN went " + CRLF +
        "on 10 March." + CRLF + CRLF +
        "Thanks," + CRLF + "Chris" + CRLF +
        "--" + b + CRLF +
        "Content-Type: application/pdf;" + CRLF +
        " name*=utf-8''Rapid%20review%20%E2%80%93%20Child%20M.pdf" + CRLF +
        "Content-Disposition: attachment;" + CRLF +
        " filename*=utf-8''Rapid%20review%20%E2%80%93%20Child%20M.pdf" + CRLF +
        "Content-Transfer-Encoding: base64" + CRLF +
        CRLF + b64(doc) + CRLF + CRLF +
        "--" + b + "--" + CRLF
    )


def apple_mail_encoded_names():
    """Apple Mail: an RFC 2047 base64 subject in UTF-8, an iso-8859-1 body, and a
    Word file sent inline with an RFC 2047 encoded name, as Outlook and Apple
    Mail both write them."""
    sender, domain = "m.jones@northyorks.gov.uk", "northyorks.gov.uk"
    doc = sample("arrangements-north-yorkshire-2023-ccg.docx")
    b = "Apple-Mail=_6A1C0E2B-3D4F-4A5B-9C8D-7E6F5A4B3C2D"
    body = ("Hello, our arrangements, revised in 2023, are attached. Notes from the "
            "caf\u00e9 meeting will follow.\r\n\r\nMegan\r\n")
    return (
        ses(sender, domain, "Fri, 21 Mar 2025 12:40:05 +0000 (UTC)", "d9e3f1a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5e7",
            ip="17.58.63.10", helo="mr85p00im-ztdg06021101.me.com") +
        "From: Megan Jones <" + sender + ">" + CRLF +
        'Content-Type: multipart/mixed; boundary="' + b + '"' + CRLF +
        "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))" + CRLF +
        "Subject: =?utf-8?B?" + base64.b64encode("North Yorkshire safeguarding arrangements \u2014 2023 revision".encode()).decode() + "?=" + CRLF +
        "Date: Fri, 21 Mar 2025 12:39:58 +0000" + CRLF +
        "Message-Id: <8C1D2E3F-4A5B-6C7D-8E9F-0A1B2C3D4E5F@northyorks.gov.uk>" + CRLF +
        "To: " + TO + CRLF +
        "X-Mailer: Apple Mail (2.3826.400.131.1.6)" + CRLF +
        CRLF +
        "--" + b + CRLF +
        "Content-Transfer-Encoding: quoted-printable" + CRLF +
        "Content-Type: text/plain;" + CRLF + "\tcharset=iso-8859-1" + CRLF +
        CRLF +
        body.replace("\u00e9", "=E9") + CRLF +
        "--" + b + CRLF +
        "Content-Disposition: inline;" + CRLF +
        '\tfilename="=?utf-8?Q?NY_arrangements_=E2=80=94_2023.docx?="' + CRLF +
        "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;" + CRLF +
        '\tx-unix-mode=0644;' + CRLF +
        '\tname="=?utf-8?Q?NY_arrangements_=E2=80=94_2023.docx?="' + CRLF +
        "Content-Transfer-Encoding: base64" + CRLF +
        CRLF + b64(doc) + CRLF +
        "--" + b + "--" + CRLF
    )


def link_only():
    """Outlook, no attachment: the link to published arrangements, rewritten by Safe Links in the HTML."""
    sender, domain = "p.wright@leeds.gov.uk", "leeds.gov.uk"
    link = "https://www.leedsscp.org.uk/about-us/leeds-safeguarding-children-partnership-arrangements"
    safe = ("https://eur03.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.leedsscp.org.uk%2Fabout-us"
            "%2Fleeds-safeguarding-children-partnership-arrangements&amp;data=05%7C02%7C%7Cabc%7C0&amp;reserved=0")
    b = "_000_DB9P191MB1234ABCDEF0123456789DB9P191MB1234EURP_"
    return (
        ses(sender, domain, "Fri, 21 Mar 2025 14:20:12 +0000 (UTC)", "e0f4a2b6c8d0e2f4a6b8c0d2e4f6a8b0c2d4e6f8") +
        "From: Pat Wright <" + sender + ">" + CRLF +
        "To: \"" + TO + "\" <" + TO + ">" + CRLF +
        "Subject: Leeds published safeguarding arrangements" + CRLF +
        "Date: Fri, 21 Mar 2025 14:20:03 +0000" + CRLF +
        "Message-ID: <DB9P191MB1234ABCDEF0123456789@DB9P191MB1234.EURP191.PROD.OUTLOOK.COM>" + CRLF +
        "Content-Language: en-GB" + CRLF +
        'Content-Type: multipart/alternative;' + CRLF + '\tboundary="' + b + '"' + CRLF +
        "MIME-Version: 1.0" + CRLF +
        CRLF +
        "--" + b + CRLF +
        'Content-Type: text/plain; charset="utf-8"' + CRLF +
        "Content-Transfer-Encoding: base64" + CRLF +
        CRLF +
        b64(("Hello,\r\n\r\nOur published multi-agency safeguarding arrangements are on our website:"
             "\r\n" + link + "\r\n\r\nKind regards\r\n\r\nPat Wright\r\nLeeds Safeguarding Children Partnership"
             "\r\nFollow us: https://twitter.com/LeedsSCP\r\nhttps://www.leeds.gov.uk\r\n").encode()) + CRLF +
        "--" + b + CRLF +
        'Content-Type: text/html; charset="utf-8"' + CRLF +
        "Content-Transfer-Encoding: base64" + CRLF +
        CRLF +
        b64(("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
             "<body><div class=\"elementToProof\">Hello,</div><div><br></div>"
             "<div>Our published multi-agency safeguarding arrangements are on our website:</div>"
             "<div><a href=\"" + safe + "\" originalsrc=\"" + link + "\">" + link + "</a></div>"
             "<div><br></div><div>Kind regards</div><div><br></div><div>Pat Wright<br>"
             "Leeds Safeguarding Children Partnership<br>Follow us: "
             "<a href=\"https://twitter.com/LeedsSCP\">@LeedsSCP</a><br>"
             "<a href=\"https://www.leeds.gov.uk\">www.leeds.gov.uk</a></div></body></html>").encode()) + CRLF +
        "--" + b + "--" + CRLF
    )


def simple(sender, domain, subject, body, msgid, extra_headers="", ses_kw=None, date="Fri, 21 Mar 2025 15:00:00 +0000",
           parts=()):
    """A plain message, with attachments given as (name, content type, bytes)."""
    kw = dict(ses_kw or {})
    out = ses(sender, domain, "Fri, 21 Mar 2025 15:00:04 +0000 (UTC)", msgid.replace("@", "").replace(".", "")[:40], **kw)
    out += extra_headers
    out += "From: " + sender + CRLF + "To: " + TO + CRLF + "Subject: " + subject + CRLF
    out += "Date: " + date + CRLF + "Message-ID: <" + msgid + ">" + CRLF + "MIME-Version: 1.0" + CRLF
    if not parts:
        return out + 'Content-Type: text/plain; charset="utf-8"' + CRLF + CRLF + body
    b = "=_boundary_" + msgid.split("@")[0]
    out += 'Content-Type: multipart/mixed; boundary="' + b + '"' + CRLF + CRLF
    out += "--" + b + CRLF + 'Content-Type: text/plain; charset="utf-8"' + CRLF + CRLF + body + CRLF
    for name, ctype, data in parts:
        out += "--" + b + CRLF
        out += 'Content-Type: ' + ctype + '; name="' + name + '"' + CRLF
        out += 'Content-Disposition: attachment; filename="' + name + '"' + CRLF
        out += "Content-Transfer-Encoding: base64" + CRLF + CRLF + b64(data) + CRLF
    return out + "--" + b + "--" + CRLF


PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def two_attachments():
    return simple(
        "jo.bloggs@coventry.gov.uk", "coventry.gov.uk", "Documents for the Panel and Foundations",
        "Hello,\r\n\r\nAttached are our rapid review for Child Q and our yearly report.\r\n\r\nJo\r\n",
        "two.attachments.1742569200@coventry.gov.uk",
        parts=[("Rapid review Child Q.docx", DOCX, sample("rapid-review-coventry-child-q.docx")),
               ("Yearly report 2023-24.docx", DOCX, sample("yearly-report-coventry-no-effectiveness.docx"))])


def forwarded():
    """Outlook forwarding a colleague's email as an attachment (message/rfc822)."""
    inner = simple(
        "d.osei@kent.gov.uk", "kent.gov.uk", "Rapid review - Child M",
        "Here it is - please send it on to the Panel.\r\n\r\nDan\r\n",
        "inner.rr.1742557000@kent.gov.uk",
        date="Fri, 21 Mar 2025 11:30:00 +0000",
        parts=[("Rapid review Child M.pdf", PDF, sample("rapid-review-kent-child-m.pdf"))])
    # The attached message as the colleague's client wrote it: drop SES's fields.
    inner = inner[inner.index("From: "):]
    sender, domain = "chris.taylor@kent.gov.uk", "kent.gov.uk"
    b = "_002_AM0PR01MB9999FWDEXAMPLEAM0PR01MB9999eurp_"
    return (
        ses(sender, domain, "Fri, 21 Mar 2025 11:45:09 +0000 (UTC)", "f1a5b3c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9") +
        "From: Chris Taylor <" + sender + ">" + CRLF +
        "To: " + TO + CRLF +
        "Subject: FW: Rapid review - Child M" + CRLF +
        "Date: Fri, 21 Mar 2025 11:45:01 +0000" + CRLF +
        "Message-ID: <AM0PR01MB9999FWDEXAMPLE@AM0PR01MB9999.eurprd01.prod.exchangelabs.com>" + CRLF +
        "References: <inner.rr.1742557000@kent.gov.uk>" + CRLF +
        "In-Reply-To: <inner.rr.1742557000@kent.gov.uk>" + CRLF +
        'Content-Type: multipart/mixed; boundary="' + b + '"' + CRLF +
        "MIME-Version: 1.0" + CRLF +
        CRLF +
        "--" + b + CRLF +
        'Content-Type: text/plain; charset="us-ascii"' + CRLF +
        CRLF +
        "Forwarding Dan's email with the rapid review.\r\n\r\nChris\r\n" + CRLF +
        "--" + b + CRLF +
        'Content-Type: message/rfc822' + CRLF +
        'Content-Disposition: attachment; filename="Rapid review - Child M.eml"' + CRLF +
        CRLF + inner + CRLF +
        "--" + b + "--" + CRLF
    )


def mismatch():
    """A Leeds address sending Coventry's rapid review: the partnerships disagree."""
    return simple(
        "r.ahmed@leeds.gov.uk", "leeds.gov.uk", "Rapid review",
        "Please find the rapid review attached.\r\n\r\nRuth\r\n",
        "mismatch.1742569300@leeds.gov.uk",
        parts=[("rapid-review.docx", DOCX, sample("rapid-review-coventry-child-q.docx"))])


def nothing():
    return simple(
        "jo.bloggs@coventry.gov.uk", "coventry.gov.uk", "Rapid review - Child Q",
        "Hi,\r\n\r\nCould you confirm you have everything you need from us this month?\r\n\r\nThanks\r\nJo\r\n",
        "nothing.1742569400@coventry.gov.uk")


def unsupported():
    return simple(
        "jo.bloggs@coventry.gov.uk", "coventry.gov.uk", "Rapid review figures",
        "The figures are attached.\r\n\r\nJo\r\n",
        "unsupported.1742569500@coventry.gov.uk",
        parts=[("figures.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx())])


def spam():
    return simple(
        "offers@prize-winner.example", "prize-winner.example", "You have won",
        "Open the attached invoice to claim.\r\n",
        "spam.1742569600@prize-winner.example",
        ses_kw=dict(spam="FAIL", ip="203.0.113.9", helo="mail.prize-winner.example"),
        parts=[("invoice.pdf", PDF, sample("rapid-review-coventry-child-q.pdf"))])


def virus():
    return simple(
        "jo.bloggs@coventry.gov.uk", "coventry.gov.uk", "Rapid review - Child Q",
        "Please see attached.\r\n",
        "virus.1742569700@coventry.gov.uk",
        ses_kw=dict(virus="FAIL"),
        parts=[("Rapid review.pdf", PDF, b"%PDF-1.4\n% EICAR-STANDARD-ANTIVIRUS-TEST-FILE stand-in\n%%EOF\n")])


def auto_reply():
    """Outlook's out-of-office answer to an acknowledgement."""
    return simple(
        "jo.bloggs@coventry.gov.uk", "coventry.gov.uk",
        "Automatic reply: Received: Rapid review - Coventry Safeguarding Children Partnership - RR-2025-7F3K9Q",
        "I am out of the office until Monday 24 March. For urgent matters contact the partnership team.\r\n",
        "ooo.1742569800@coventry.gov.uk",
        extra_headers="Auto-Submitted: auto-replied" + CRLF + "X-Auto-Response-Suppress: All" + CRLF +
                      "In-Reply-To: <RR-2025-7F3K9Q.submitter@intake.example.gov.uk>" + CRLF)


def bounce():
    """A delivery status notification returning an acknowledgement, receipt and all."""
    sender, domain = "MAILER-DAEMON@eu-west-2.amazonses.com", "eu-west-2.amazonses.com"
    receipt = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% receipt RR-2025-7F3K9Q\n%%EOF\n"
    b = "=_report_1742569900"
    returned = (
        "From: Safeguarding document intake <" + TO + ">" + CRLF +
        "To: jo.bloggs@coventry.gov.uk" + CRLF +
        "Subject: Received: Rapid review" + CRLF +
        "Message-ID: <RR-2025-7F3K9Q.submitter@intake.example.gov.uk>" + CRLF +
        "Auto-Submitted: auto-generated" + CRLF +
        "MIME-Version: 1.0" + CRLF +
        'Content-Type: multipart/mixed; boundary="=_inner"' + CRLF + CRLF +
        "--=_inner" + CRLF + "Content-Type: text/plain" + CRLF + CRLF + "Your rapid review was received." + CRLF +
        "--=_inner" + CRLF + 'Content-Type: application/pdf; name="receipt-RR-2025-7F3K9Q.pdf"' + CRLF +
        'Content-Disposition: attachment; filename="receipt-RR-2025-7F3K9Q.pdf"' + CRLF +
        "Content-Transfer-Encoding: base64" + CRLF + CRLF + b64(receipt) + CRLF +
        "--=_inner--" + CRLF)
    return (
        ses(sender, domain, "Fri, 21 Mar 2025 15:10:02 +0000 (UTC)", "a2b6c4d8e0f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0",
            return_path="<>", ip="54.240.4.1", helo="a4-1.smtp-out.eu-west-2.amazonses.com") +
        "From: MAILER-DAEMON@eu-west-2.amazonses.com" + CRLF +
        "To: " + TO + CRLF +
        "Subject: Delivery Status Notification (Failure)" + CRLF +
        "Date: Fri, 21 Mar 2025 15:10:00 +0000" + CRLF +
        "Message-ID: <bounce.1742569900@eu-west-2.amazonses.com>" + CRLF +
        "MIME-Version: 1.0" + CRLF +
        'Content-Type: multipart/report; report-type=delivery-status; boundary="' + b + '"' + CRLF + CRLF +
        "--" + b + CRLF + "Content-Type: text/plain; charset=us-ascii" + CRLF + CRLF +
        "An error occurred while trying to deliver the mail to the following recipients:" + CRLF +
        "jo.bloggs@coventry.gov.uk" + CRLF +
        "--" + b + CRLF + "Content-Type: message/delivery-status" + CRLF + CRLF +
        "Reporting-MTA: dns; a4-1.smtp-out.eu-west-2.amazonses.com" + CRLF + CRLF +
        "Final-Recipient: rfc822; jo.bloggs@coventry.gov.uk" + CRLF + "Action: failed" + CRLF +
        "Status: 5.1.1" + CRLF + "Diagnostic-Code: smtp; 550 5.1.1 user unknown" + CRLF + CRLF +
        "--" + b + CRLF + "Content-Type: message/rfc822" + CRLF + CRLF + returned + CRLF +
        "--" + b + "--" + CRLF
    )


def unverified():
    """Claims a Coventry address, but SPF fails and there is no DKIM or DMARC pass."""
    return simple(
        "jo.bloggs@coventry.gov.uk", "coventry.gov.uk", "Rapid review - Child Q",
        "Please find attached.\r\n",
        "spoofed.1742570000@coventry.gov.uk",
        ses_kw=dict(spf="fail", dkim="none", dmarc="fail", ip="198.51.100.23", helo="smtp.unknown.example"),
        parts=[("Rapid review - Child Q.pdf", PDF, sample("rapid-review-coventry-child-q.pdf"))])


def unaligned():
    """Claims a Coventry address; SPF passes, but only for a bulk mailer's
    envelope domain, there is no DKIM signature and DMARC fails for
    coventry.gov.uk."""
    return simple(
        "jo.bloggs@coventry.gov.uk", "coventry.gov.uk", "Rapid review - Child Q",
        "Please find attached.\r\n",
        "unaligned.1742570050@coventry.gov.uk",
        ses_kw=dict(spf="pass", dkim="none", dmarc="fail", ip="198.51.100.24", helo="out.bulk-mailer.example",
                    envelope="bounce-7731@bulk-mailer.example"),
        parts=[("Rapid review - Child Q.pdf", PDF, sample("rapid-review-coventry-child-q.pdf"))])


def bad_boundary():
    """The declared boundary never appears: no part can be found."""
    msg = simple(
        "jo.bloggs@coventry.gov.uk", "coventry.gov.uk", "Rapid review - Child Q",
        "See attached.\r\n", "badboundary.1742570100@coventry.gov.uk",
        parts=[("Rapid review.pdf", PDF, sample("rapid-review-coventry-child-q.pdf"))])
    declared = 'boundary="=_boundary_badboundary.1742570100"'
    assert declared in msg
    return msg.replace(declared, 'boundary="=_declared_but_never_used"')


def truncated_base64():
    """The message was cut off part way through the attachment's base64."""
    msg = simple(
        "jo.bloggs@coventry.gov.uk", "coventry.gov.uk", "Rapid review - Child Q",
        "See attached.\r\n", "truncated.1742570200@coventry.gov.uk",
        parts=[("Rapid review - Child Q.pdf", PDF, sample("rapid-review-coventry-child-q.pdf"))])
    start = msg.index("JVBER")  # "%PDF" in base64
    return msg[:start + 4001]  # mid-line, mid-quantum, no closing boundary


FIXTURES = {
    "outlook-rapid-review.eml": outlook_rapid_review,
    "gmail-yearly-report.eml": gmail_yearly_report,
    "outlook-windows-1252.eml": windows1252_qp,
    "thunderbird-rfc2231.eml": thunderbird_rfc2231,
    "apple-mail-encoded-names.eml": apple_mail_encoded_names,
    "link-arrangements.eml": link_only,
    "two-attachments.eml": two_attachments,
    "forwarded-attachment.eml": forwarded,
    "partnership-mismatch.eml": mismatch,
    "nothing-usable.eml": nothing,
    "unsupported-attachment.eml": unsupported,
    "spam-verdict.eml": spam,
    "virus-verdict.eml": virus,
    "auto-reply.eml": auto_reply,
    "bounce.eml": bounce,
    "sender-unverified.eml": unverified,
    "sender-unaligned.eml": unaligned,
    "malformed-boundary.eml": bad_boundary,
    "malformed-truncated-base64.eml": truncated_base64,
}


def main():
    for name, make in FIXTURES.items():
        data = make()
        if isinstance(data, str):
            data = data.encode("utf-8")
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
