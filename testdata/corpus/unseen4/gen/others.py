"""Five link submissions and two look-alikes."""
import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table

import lib
from lib import para, table

D = dt.date


def bury_letter():
    when = D(2025, 1, 7)
    d = lib.new_docx("Bury Integrated Safeguarding Partnership", when, "Letter to DfE")
    para(d, "Bury Integrated Safeguarding Partnership", bold=True, size=14)
    para(d, "Town Hall, Knowsley Street, Bury BL9 0SW")
    para(d, "7th January 2025")
    para(d, "Safeguarding Reform Team\nDepartment for Education\nBy email: safeguarding.reform@education.gov.uk")
    para(d, "Dear colleagues,")
    para(d, "Re: publication of Bury's revised multi-agency safeguarding arrangements", bold=True)
    para(d, "On behalf of the lead safeguarding partners for Bury – Bury Council, Greater Manchester Police and "
            "NHS Greater Manchester – I am writing to let you know that our revised arrangements for "
            "safeguarding children, prepared under Working Together to Safeguard Children 2023, have been "
            "published and can be read here:")
    table(d, [["Link to the arrangements", "https://www.bury.gov.uk/safeguarding-partnership/arrangements-2024"],
              ["Published on", "10th December 2024"],
              ["Implemented from", "1st January 2025"]], header=False)
    para(d, "Please contact the partnership business unit if you need anything further.")
    para(d, "Yours faithfully,")
    para(d, "Amira Qureshi\nPartnership Business Manager")
    lib.save_docx(d, "letter-with-link-and-dates-bury.docx", when)


def eml(name, frm, domain, to, subject, when, body):
    m = EmailMessage()
    m["Return-Path"] = "<%s>" % frm.split("<")[-1].rstrip(">")
    m["Authentication-Results"] = ("amazonses.com; spf=pass (spfCheck: domain of %s designates sender as permitted) "
                                   "smtp.mailfrom=%s; dkim=pass header.i=@%s; dmarc=pass header.from=%s"
                                   % (domain, domain, domain, domain))
    m["X-SES-Spam-Verdict"] = "PASS"
    m["X-SES-Virus-Verdict"] = "PASS"
    m["DKIM-Signature"] = "v=1; a=rsa-sha256; d=%s; s=selector1; c=relaxed/relaxed; h=From:To:Subject:Date; bh=AAAA; b=AAAA" % domain
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = "<%s@%s>" % (name.replace(".", "-"), domain)
    m.set_content(body)
    with open(lib.out(name), "wb") as f:
        f.write(m.as_bytes())


def southend_email():
    eml("email-link-in-body-southend-on-sea.eml", "Jo Marsh <jo.marsh@southend.gov.uk>", "southend.gov.uk",
        "safeguarding.reform@education.gov.uk", "Southend-on-Sea - revised safeguarding arrangements (WT2023)",
        dt.datetime(2024, 12, 5, 10, 12, tzinfo=dt.timezone.utc),
        "Good morning,\n\n"
        "Please find below the link to the revised local safeguarding arrangements for Southend-on-Sea,\n"
        "agreed by Southend-on-Sea City Council, Essex Police and NHS Mid and South Essex ICB.\n\n"
        "https://www.southend.gov.uk/safeguarding-children-partnership/local-arrangements\n\n"
        "They were published Mon 2 Dec 24 and went live from 02/12/2024.\n\n"
        "Kind regards\n\nJo Marsh\nBusiness Manager, Southend Safeguarding Partnership\n")


def oldham_intranet():
    eml("email-intranet-link-oldham.eml", "Lee Harrop <lee.harrop@oldham.gov.uk>", "oldham.gov.uk",
        "safeguarding.reform@education.gov.uk", "OSCP arrangements link",
        dt.datetime(2024, 12, 11, 15, 40, tzinfo=dt.timezone.utc),
        "Hi,\n\nAs requested, here is where Oldham Safeguarding Children Partnership's arrangements are published:\n\n"
        "http://intranet.oldham.local/sites/OSCP/Shared%20Documents/Arrangements-2024.pdf\n\n"
        "Thanks,\nLee\n\nLee Harrop | Partnership Officer | Oldham Safeguarding Children Partnership\n")


def wiltshire_note():
    lib.write("link-note-wiltshire.txt",
              "Wiltshire - safeguarding arrangements for children (Working Together 2023)\n\n"
              "Our published arrangements are here:\n"
              "https://www.wiltshire.gov.uk/safeguarding-children-arrangements\n\n"
              "Sent by the WSVPP business unit.\n")


def stoke_memo():
    when = D(2025, 1, 16)
    d = lib.new_docx("SSCP", when, "Arrangements link")
    para(d, "MEMO", bold=True, size=16)
    table(d, [["From", "Stoke-on-Trent Safeguarding Children Partnership"],
              ["To", "Department for Education – Safeguarding Reform"],
              ["Subject", "Where our arrangements are published"]], header=False)
    para(d, "Our safeguarding arrangements under Working Together 2023 went onto the partnership website on "
            "14/01/2025, later than we had planned because of the city council's website migration.")
    para(d, "Address: https://www.safeguardingchildren.stoke.gov.uk/arrangements")
    lib.save_docx(d, "memo-link-publication-date-only-stoke-on-trent.docx", when)


def coventry_plan():
    when = D(2025, 4, 28)
    d = lib.new_docx("Coventry Safeguarding Children Partnership", when, "Business Plan")
    para(d, "Coventry Safeguarding Children Partnership", bold=True, size=18)
    para(d, "Business Plan 2025–2027", bold=True, size=24)
    para(d, "This plan sets out what the partnership intends to achieve over the next two years, who is "
            "responsible and how we will know we have succeeded.")
    d.add_heading("Priority 1: Neglect", 1)
    table(d, [["Action", "Lead", "By when", "Measure of success"],
              ["Embed the neglect screening tool in health visiting", "ICB Designated Nurse", "Q2 2025-26",
               "90% of relevant contacts screened"],
              ["Deliver neglect briefings to school staff", "Education Safeguarding Lead", "Q3 2025-26",
               "All secondary schools attended"]])
    d.add_heading("Priority 2: Exploitation", 1)
    table(d, [["Action", "Lead", "By when", "Measure of success"],
              ["Joint disruption plan with community safety", "Superintendent, Coventry LPA", "Q4 2025-26",
               "Plan agreed and reviewed quarterly"],
              ["Refresh return home interview pathway", "Head of Service, Early Help", "Q1 2026-27",
               "80% of interviews within 72 hours"]])
    d.add_heading("Priority 3: Safer babies", 1)
    table(d, [["Action", "Lead", "By when", "Measure of success"],
              ["Safer sleep campaign for fathers", "Public Health", "Q2 2025-26", "Campaign launched"]])
    d.add_heading("Enablers", 1)
    para(d, "Data dashboard redesign; a stable budget; communications plan; practitioner forum.")
    d.add_heading("Monitoring this plan", 1)
    para(d, "The Partnership Executive will receive a RAG-rated update on this plan every quarter.")
    lib.save_docx(d, "business-plan-coventry-2025-27.docx", when)


def southend_scrutineer():
    when = D(2025, 7, 14)
    path = lib.out("independent-scrutineer-report-southend-on-sea.pdf")
    ss = getSampleStyleSheet()
    b = ss["BodyText"]
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, title="Independent Scrutineer Report", author="R. Okafor")
    s = [Paragraph("Report of the Independent Scrutineer", ss["Title"]),
         Paragraph("Southend-on-Sea Safeguarding Children Partnership", ss["Heading2"]),
         Paragraph("Prepared by Rachel Okafor, Independent Scrutineer, July 2025", b),
         Spacer(1, 10),
         Paragraph("1. Purpose of this report", ss["Heading3"]),
         Paragraph("The lead safeguarding partners asked me to give an independent view of how well the "
                   "partnership is working. This report sets out what I looked at, what I found and what I "
                   "recommend. It is my own view and not the partners' account of their work.", b),
         Paragraph("2. What I looked at", ss["Heading3"]),
         Paragraph("I observed four Executive meetings, read the minutes of every sub-group, sat in on two rapid "
                   "reviews, met thirty frontline practitioners in focus groups and spoke with members of the "
                   "Southend Youth Council.", b),
         Paragraph("3. Findings", ss["Heading3"]),
         Paragraph("Leadership is visible and committed. Challenge between partners is real, but it happens "
                   "mostly outside meetings and is not always recorded. Data reaching the Executive describes "
                   "activity rather than outcomes for children. Practitioners value the training offer but "
                   "many could not name the partnership's priorities.", b),
         Paragraph("4. Recommendations", ss["Heading3"]),
         Table([["1", "Record challenge and its outcome in Executive minutes."],
                ["2", "Rebuild the data set around five outcome measures."],
                ["3", "Publish a one-page summary of priorities for practitioners."],
                ["4", "Report back to young people on what changed as a result of their views."]]),
         Spacer(1, 8),
         Paragraph("I will review progress against these recommendations in six months.", b)]
    doc.build(s)
    lib.pdf_dates(path, when)


def generate():
    bury_letter()
    southend_email()
    oldham_intranet()
    wiltshire_note()
    stoke_memo()
    coventry_plan()
    southend_scrutineer()
