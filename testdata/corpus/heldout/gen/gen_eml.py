#!/usr/bin/env python3
"""Emailed submissions as SES stores them: SES's own header fields
(verdicts, Received-SPF, Authentication-Results with aligned dkim, spf and
dmarc passes for the council's domain) above the sender's message, written
out byte by byte."""
import base64
import quopri

from common import out, work

TO = "submissions@intake.example.gov.uk"
CRLF = "\r\n"


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii").replace("\n", "\r\n").replace("\r\r\n", "\r\n")


def ses(sender, domain, received, ses_id, ip, helo):
    spf_comment = "spfCheck: domain of %s designates %s as permitted sender" % (domain, ip)
    return CRLF.join([
        "Return-Path: <" + sender + ">",
        "Received: from %s (%s [%s])" % (helo, helo, ip),
        " by inbound-smtp.eu-west-2.amazonaws.com with SMTP id %s" % ses_id,
        " for %s;" % TO,
        " %s" % received,
        "X-SES-Spam-Verdict: PASS",
        "X-SES-Virus-Verdict: PASS",
        "Received-SPF: pass (%s) client-ip=%s; envelope-from=%s; helo=%s;" % (spf_comment, ip, sender, helo),
        "Authentication-Results: amazonses.com;",
        " spf=pass (%s) client-ip=%s; envelope-from=%s; helo=%s;" % (spf_comment, ip, sender, helo),
        " dkim=pass header.i=@%s;" % domain,
        " dmarc=pass header.from=%s;" % domain,
        "X-SES-RECEIPT: AEFBQUFBQUFBQUFHcm9zc3NhZmVndWFyZGluZ2hvbGRvdXRzYW1wbGU=",
        "X-SES-DKIM-SIGNATURE: a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=ihchhvubuqgjsxyuhssfvqohv7z3u4hn;",
        " d=amazonses.com; t=1740130000; v=1; bh=bm90IGEgcmVhbCBib2R5IGhhc2g=; h=From:To:Subject;",
        " b=bm90IGEgcmVhbCBzaWduYXR1cmUgZWl0aGVy",
    ]) + CRLF


HERTS_BODY = """Dear Child Safeguarding Practice Review Panel,

Rapid review: Siblings K and L - Hertfordshire Safeguarding Children Partnership

I'm the Business Manager for the Hertfordshire Safeguarding Children Partnership. As agreed with your office, I am sending our rapid review in the body of this email rather than as an attachment.

Notification
We submitted the serious incident notification on Monday 3 February 2025 (Panel ref 2025/0283). It concerns two siblings, K (aged 9) and L (aged 7).

What happened
On Saturday 1 February 2025 K and L were seriously injured when the car their father was driving left the road near Stevenage. Neither child was wearing a seatbelt. Their father was found to be more than three times over the drink-drive limit and has been charged. K has a spinal injury; L has a broken leg and facial injuries. Both are now out of hospital and living with their mother.

The rapid review meeting was on Tuesday 18 February, with all the agencies below represented.

Agencies involved
- Hertfordshire County Council Children's Services: child in need plan in 2023 because of domestic abuse between the parents; closed in September 2023 after the father moved out.
- Hertfordshire Constabulary: three domestic abuse incidents in 2022-23; one report in December 2024 that the father had collected the children from school smelling of alcohol.
- The primary school: recorded the December concern and told the mother, but did not refer.
- East and North Hertfordshire NHS Trust (Lister Hospital) and Cambridge University Hospitals (Addenbrooke's): emergency and trauma care.
- Hertfordshire Community NHS Trust (school nursing): no recent contact.
- Change Grow Live: the father was referred for alcohol support in 2023 and attended twice.

Immediate actions
- Strategy meeting held on 2 February; the children are on child protection plans.
- The mother has a safety plan and the father's contact is supervised through the family court.
- The school has reviewed how it responds when a parent appears to be under the influence at collection, and the education safeguarding team has issued a reminder to all schools.

Learning so far
- The December concern was the one piece of information that showed the risk had returned. It stayed with the school and the police and did not reach children's services.
- Closing the child in need plan when the father moved out assumed the risk had gone with him, although he still had the children every other weekend.
- The father's alcohol use was known to the alcohol service, but there was no information sharing with children's services when he stopped attending.

Decision
The partners agreed that this case does not meet the criteria for an LCSPR. Instead, we will run a multi-agency learning review focusing on parental alcohol misuse and post-separation contact, reporting to our Case Review Group.

We don't think a national review is warranted, as the learning is mainly about local information sharing.

Please let me know if you need any more detail.

Kind regards

Rachel Okonjo
Business Manager | Hertfordshire Safeguarding Children Partnership
Hertfordshire County Council | County Hall, Pegs Lane, Hertford SG13 8DQ
https://www.hertfordshire.gov.uk/hscp

This email is intended for the addressee only and may contain confidential or sensitive information. If you have received it in error please notify the sender and delete it. Hertfordshire County Council may monitor emails.
"""


def herts():
    sender, domain = "rachel.okonjo@hertfordshire.gov.uk", "hertfordshire.gov.uk"
    b = "_000_PA4P190MB1188C2A0F3E21B7D45A1HERTSPA4P190MB1188EURP_"
    html_body = "".join("<p class=\"MsoNormal\">%s<o:p></o:p></p>\n" % (line.replace("&", "&amp;").replace("<", "&lt;") or "&nbsp;")
                        for line in HERTS_BODY.split("\n"))
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang="EN-GB"><div class="WordSection1">\n' + html_body + '</div></body></html>\n')
    return (
        ses(sender, domain, "Fri, 21 Feb 2025 11:02:41 +0000 (UTC)", "h4r7tq0ks9l2m5n8p1s3u6w9y2a4c7e0g3i6k9mc",
            "40.107.22.93", "EUR05-DB8-obe.outbound.protection.outlook.com") +
        "From: Rachel Okonjo <" + sender + ">" + CRLF +
        "To: \"" + TO + "\" <" + TO + ">" + CRLF +
        "Subject: Rapid review - Siblings K and L - HSCP" + CRLF +
        "Thread-Topic: Rapid review - Siblings K and L - HSCP" + CRLF +
        "Thread-Index: AduEJ3hk1qLwQx8mT0mP7c2bH9aZbA==" + CRLF +
        "Date: Fri, 21 Feb 2025 11:02:33 +0000" + CRLF +
        "Message-ID: <PA4P190MB1188C2A0F3E21B7D45A1@PA4P190MB1188.EURP190.PROD.OUTLOOK.COM>" + CRLF +
        "Accept-Language: en-GB, en-US" + CRLF +
        "Content-Language: en-GB" + CRLF +
        "X-MS-Has-Attach:" + CRLF +
        "X-MS-TNEF-Correlator:" + CRLF +
        "msip_labels: MSIP_Label_3b1c2e0f-OFFICIAL-SENSITIVE_Enabled=true" + CRLF +
        'Content-Type: multipart/alternative;' + CRLF + '\tboundary="' + b + '"' + CRLF +
        "MIME-Version: 1.0" + CRLF + CRLF +
        "--" + b + CRLF +
        'Content-Type: text/plain; charset="utf-8"' + CRLF +
        "Content-Transfer-Encoding: quoted-printable" + CRLF + CRLF +
        qp(HERTS_BODY) + CRLF +
        "--" + b + CRLF +
        'Content-Type: text/html; charset="utf-8"' + CRLF +
        "Content-Transfer-Encoding: quoted-printable" + CRLF + CRLF +
        qp(html) + CRLF +
        "--" + b + "--" + CRLF)


def wigan():
    sender, domain = "kate.fairhurst@wigan.gov.uk", "wigan.gov.uk"
    doc = open(work("wigan-rapid-review-isla.docx"), "rb").read()
    b = "000000000000c4d2e8a1063f9a7b11"
    alt = "000000000000c4d2e6a1063f9a7b0f"
    text = ("Hi,\r\n\r\nPlease find attached our rapid review for Child 'Isla' (Panel ref 2025/1377),\r\n"
            "signed off by the partners yesterday.\r\n\r\nThanks,\r\nKate\r\n\r\n-- \r\nKate Fairhurst\r\n"
            "Safeguarding Partnership Business Manager\r\nWigan Safeguarding Children Partnership\r\n")
    html = ('<div dir="ltr"><div>Hi,</div><div><br></div><div>Please find attached our rapid review for Child '
            '&#39;Isla&#39; (Panel ref 2025/1377), signed off by the partners yesterday.</div><div><br></div>'
            '<div>Thanks,</div><div>Kate</div><br><span class="gmail_signature_prefix">-- </span><br>'
            '<div dir="ltr" class="gmail_signature">Kate Fairhurst<div>Safeguarding Partnership Business Manager'
            '</div><div>Wigan Safeguarding Children Partnership</div></div></div>\r\n')
    return (
        ses(sender, domain, "Thu, 20 Nov 2025 09:41:12 +0000 (UTC)", "w1g4n8d2k6m0p4r8t2v6x0z4b8d2f6h0j4l8n2p6",
            "209.85.221.54", "mail-wr1-f54.google.com") +
        "Received: by mail-wr1-f54.google.com with SMTP id ffacd0b85a97d-3834f5e6d7aso1234567f8f.1" + CRLF +
        "        for <" + TO + ">; Thu, 20 Nov 2025 01:41:11 -0800 (PST)" + CRLF +
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=wigan.gov.uk; s=google;" + CRLF +
        "        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id;" + CRLF +
        "        bh=bm90IGEgcmVhbCBib2R5IGhhc2ggZWl0aGVy; b=bm90IGEgcmVhbCBzaWduYXR1cmUgZWl0aGVy" + CRLF +
        "MIME-Version: 1.0" + CRLF +
        "From: Kate Fairhurst <" + sender + ">" + CRLF +
        "Date: Thu, 20 Nov 2025 09:41:00 +0000" + CRLF +
        "Message-ID: <CAH7w1g4nQ2pL8sR4t6V0x2Z4b6D8f0H2j4L6n8P0r2T4v6X8@mail.gmail.com>" + CRLF +
        "Subject: Rapid review - Child Isla - WSCP" + CRLF +
        "To: " + TO + CRLF +
        'Content-Type: multipart/mixed; boundary="' + b + '"' + CRLF + CRLF +
        "--" + b + CRLF +
        'Content-Type: multipart/alternative; boundary="' + alt + '"' + CRLF + CRLF +
        "--" + alt + CRLF +
        'Content-Type: text/plain; charset="UTF-8"' + CRLF + CRLF + text + CRLF +
        "--" + alt + CRLF +
        'Content-Type: text/html; charset="UTF-8"' + CRLF + CRLF + html + CRLF +
        "--" + alt + "--" + CRLF +
        "--" + b + CRLF +
        'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; ' + CRLF +
        '\tname="WSCP Rapid Review - Child Isla - FINAL.docx"' + CRLF +
        'Content-Disposition: attachment; ' + CRLF +
        '\tfilename="WSCP Rapid Review - Child Isla - FINAL.docx"' + CRLF +
        "Content-Transfer-Encoding: base64" + CRLF +
        "Content-ID: <f_m3w1g4n0>" + CRLF +
        "X-Attachment-Id: f_m3w1g4n0" + CRLF + CRLF +
        b64(doc) + CRLF +
        "--" + b + "--" + CRLF)


SOUTHWARK_LINK = "https://safeguarding.southwark.gov.uk/about-the-partnership/our-safeguarding-arrangements/"
SOUTHWARK_BODY = """Dear Safeguarding Reform Team,

I am writing to confirm that the Southwark Safeguarding Children Partnership's revised multi-agency safeguarding arrangements, updated for Working Together to Safeguard Children 2023, were published on our website on 18 December 2024 and came into effect on 1 January 2025.

The arrangements can be found here:
%s

Many thanks, and happy new year.

Jide Mensah-Brown
Partnership Manager
Southwark Safeguarding Children Partnership
160 Tooley Street, London SE1 2QH
Follow us: https://twitter.com/SouthwarkSCP
""" % SOUTHWARK_LINK


def southwark():
    sender, domain = "jide.mensah-brown@southwark.gov.uk", "southwark.gov.uk"
    b = "_000_LO4P265MB6120A7B9D2E5F8C1SWKLO4P265MB6120GBRP_"
    safe = ("https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fsafeguarding.southwark.gov.uk%2F"
            "about-the-partnership%2Four-safeguarding-arrangements%2F&amp;data=05%7C02%7C%7C7e1f%7C0&amp;reserved=0")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div class=\"elementToProof\">Dear Safeguarding Reform Team,</div><div><br></div>"
            "<div>I am writing to confirm that the Southwark Safeguarding Children Partnership's revised multi-agency "
            "safeguarding arrangements, updated for Working Together to Safeguard Children 2023, were published on "
            "our website on 18 December 2024 and came into effect on 1 January 2025.</div><div><br></div>"
            "<div>The arrangements can be found here:</div>"
            "<div><a href=\"" + safe + "\" originalsrc=\"" + SOUTHWARK_LINK + "\">" + SOUTHWARK_LINK + "</a></div>"
            "<div><br></div><div>Many thanks, and happy new year.</div><div><br></div>"
            "<div>Jide Mensah-Brown<br>Partnership Manager<br>Southwark Safeguarding Children Partnership<br>"
            "160 Tooley Street, London SE1 2QH<br>Follow us: <a href=\"https://twitter.com/SouthwarkSCP\">@SouthwarkSCP</a>"
            "</div></body></html>")
    return (
        ses(sender, domain, "Fri, 03 Jan 2025 10:27:55 +0000 (UTC)", "s0u7hw4rk2l1nk9a8b7c6d5e4f3g2h1i0j9k8l7m",
            "40.107.23.118", "GBR01-LO4-obe.outbound.protection.outlook.com") +
        "From: Jide Mensah-Brown <" + sender + ">" + CRLF +
        "To: \"" + TO + "\" <" + TO + ">" + CRLF +
        "Subject: Southwark Safeguarding Children Partnership - published arrangements" + CRLF +
        "Date: Fri, 3 Jan 2025 10:27:48 +0000" + CRLF +
        "Message-ID: <LO4P265MB6120A7B9D2E5F8C1@LO4P265MB6120.GBRP265.PROD.OUTLOOK.COM>" + CRLF +
        "Content-Language: en-GB" + CRLF +
        'Content-Type: multipart/alternative;' + CRLF + '\tboundary="' + b + '"' + CRLF +
        "MIME-Version: 1.0" + CRLF + CRLF +
        "--" + b + CRLF +
        'Content-Type: text/plain; charset="utf-8"' + CRLF +
        "Content-Transfer-Encoding: base64" + CRLF + CRLF +
        b64(SOUTHWARK_BODY.replace("\n", "\r\n").encode()) + CRLF +
        "--" + b + CRLF +
        'Content-Type: text/html; charset="utf-8"' + CRLF +
        "Content-Transfer-Encoding: base64" + CRLF + CRLF +
        b64(html.encode()) + CRLF +
        "--" + b + "--" + CRLF)


def main():
    for name, make in [("herts-rapid-review-siblings-k-and-l.eml", herts),
                       ("wigan-rapid-review-isla.eml", wigan),
                       ("southwark-arrangements-link.eml", southwark)]:
        with open(out(name), "wb") as f:
            f.write(make().encode("utf-8"))


if __name__ == "__main__":
    main()
