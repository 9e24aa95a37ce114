"""The emailed submissions: attachments, pasted bodies, HTML-only mail, a forward, a reply, a newsletter."""
from lib import Doc, Pdf, email


def barking_dagenham_attached_docx():
    d = Doc(author="BDSCP Business Unit", title="Rapid Review - Child L")
    d.header_footer(header="OFFICIAL-SENSITIVE", footer="Barking and Dagenham Safeguarding Children Partnership")
    d.h("Barking and Dagenham Safeguarding Children Partnership", 1)
    d.h("Rapid Review report to the Child Safeguarding Practice Review Panel", 2)
    d.table([
        ["Child identifier", "Child L"],
        ["Age at time of incident", "7 months"],
        ["Serious incident notification reference", "SIN-2025-0883"],
        ["Date the notification was submitted", "09/06/2025"],
        ["Date of incident", "06/06/2025"],
        ["Date rapid review meeting held", "24/06/2025"],
        ["Report completed by", "Kemi Adeyemi, Partnership Business Manager"],
    ])
    d.h("1. What happened", 2)
    d.p("Child L was brought to the emergency department at Queen's Hospital by ambulance on the evening of "
        "6 June 2025 with bruising to the face and a swollen forearm. A skeletal survey found a spiral fracture "
        "of the left ulna and two older rib fractures at different stages of healing. Neither parent could "
        "explain the injuries. Child L lives with mother (22) and her partner (26); there is a half-sibling aged 3.")
    d.h("2. Agencies that knew the family", 2)
    d.p("Information was gathered from every agency with contact in the twelve months before the incident:")
    d.bullets([
        "Children's social care: a contact in February 2025 after an anonymous call about shouting; closed at the front door with advice.",
        "Health visiting (NELFT): new birth visit and one missed six-to-eight week review; a second attempt was not made.",
        "GP practice: two attendances for a 'fussy baby' and one for a nappy rash, no concerns recorded.",
        "Metropolitan Police: one domestic incident call-out in March 2025 at the address, graded standard risk.",
        "Nursery (half-sibling): attendance below 70% since January, not shared with health visiting.",
    ])
    d.h("3. Immediate safeguarding action", 2)
    d.p("A strategy discussion took place on 7 June 2025. Both children were placed with the maternal grandmother "
        "under a safety plan and an interim care order was granted on 13 June 2025. A joint police and social "
        "care investigation is under way and the partner has been released on bail with conditions not to contact the children.")
    d.h("4. Learning identified at this stage", 2)
    d.bullets([
        "The domestic incident in March was not linked to the baby in the household because the police record listed only the adults.",
        "Missed health visiting contacts for babies under one are not followed up consistently.",
        "The front door decision in February relied on the mother's account without speaking to the health visitor.",
    ])
    d.h("5. Decision of the safeguarding partners", 2)
    d.p("Local child safeguarding practice review: the three partners agreed that the criteria are met and that a "
        "local child safeguarding practice review WILL be undertaken. Terms of reference will be agreed by the end of July.")
    d.p("National review: in the partners' view the case does not raise issues of national importance and a "
        "national review is not recommended; the learning is local and will be taken forward through the LCSPR.")
    d.h("6. Sign off", 2)
    d.table([
        ["Local authority", "Chief Executive, London Borough of Barking and Dagenham"],
        ["Police", "Detective Chief Superintendent, Metropolitan Police East Area BCU"],
        ["Health", "Director of Nursing, NHS North East London ICB"],
    ])
    body = ("Dear colleagues,\n\nPlease find attached the rapid review for Child L (SIN-2025-0883) from the "
            "Barking and Dagenham partnership.\n\nKind regards\nKemi\n\nKemi Adeyemi | Partnership Business Manager\n"
            "Barking and Dagenham Safeguarding Children Partnership\n")
    email("rapid-review-attached-docx-barking-dagenham.eml",
          "Kemi Adeyemi <kemi.adeyemi@lbbd.gov.uk>", "Rapid Reviews <rapid.reviews@intake.example.org>",
          "Rapid review - Child L - SIN-2025-0883", "Fri, 27 Jun 2025 14:22:10 +0100",
          "20250627132210.bd0883@lbbd.gov.uk",
          [("plain", body), ("attach", "BDSCP Rapid Review Child L FINAL.docx",
                             "vnd.openxmlformats-officedocument.wordprocessingml.document", d.bytes())])


def norfolk_attached_pdf():
    p = Pdf(title="Norfolk Safeguarding Children Partnership Annual Report 2024-2025",
            author="NSCP", header="NSCP Annual Report 2024-2025", footer="Norfolk Safeguarding Children Partnership")
    p.h("Norfolk Safeguarding Children Partnership")
    p.h("Annual Report 2024-2025", 2)
    p.p("Covering the period 1 April 2024 to 31 March 2025")
    p.p("Date of publication: 6 October 2025")
    p.h("Foreword from the lead safeguarding partners", 2)
    p.p("This report sets out what the partnership did over the year, what difference it made and where we "
        "still need to improve. It is written by Norfolk County Council, Norfolk Constabulary and NHS Norfolk "
        "and Waveney Integrated Care Board, the three statutory partners for the county.")
    p.h("What we did this year", 2)
    p.bullets([
        "Launched a neglect strategy with a single graded care profile used by 1,140 practitioners.",
        "Ran a multi-agency audit programme: six themed audits covering 96 children's records.",
        "Moved the Multi-Agency Safeguarding Hub to a single front door with police and health co-located.",
        "Held four practitioner forums in King's Lynn, Great Yarmouth, Norwich and Thetford.",
    ])
    p.h("How effective our arrangements have been", 2)
    p.p("Audits found that 81% of strategy discussions now include health, up from 58%. Re-referrals within "
        "twelve months fell from 24% to 19%. Our scrutiny work showed weaker practice where children move "
        "between districts; this remains a priority for 2025-26.")
    p.h("Child safeguarding practice reviews", 2)
    p.p("We notified the Panel of seven serious incidents and completed seven rapid reviews. Two local child "
        "safeguarding practice reviews were commissioned (Child F and Siblings J and K); one was published "
        "in January 2025. No national reviews concerned Norfolk children this year.")
    p.h("Learning and development", 2)
    p.p("The partnership delivered 62 multi-agency training sessions to 2,310 delegates, including new courses "
        "on adolescent exploitation and on professional curiosity.")
    p.h("Hearing from children and young people", 2)
    p.p("The Norfolk Youth Parliament reviewed our online safety leaflet and young carers told us about being "
        "spoken over in meetings; chairs now meet the young person before every conference.")
    p.h("Independent scrutiny", 2)
    p.p("Our independent scrutineer, Dr Helen Marsh, attended the executive, reviewed two rapid reviews and "
        "interviewed frontline staff. Her report is summarised in Appendix B.")
    p.h("Schools and education settings", 2)
    p.p("Education is a relevant agency in Norfolk; designated safeguarding leads from 412 schools completed the "
        "annual section 175 audit and three headteachers sit on the subgroups.")
    p.h("Relevant agencies", 2)
    p.p("The relevant agencies named in our arrangements include schools and colleges, early years providers, "
        "the probation service, the youth justice service, Norfolk Fire and Rescue and voluntary organisations.")
    p.h("Budget", 2)
    p.table([["Contributor", "2024-25 (£)"], ["Norfolk County Council", "312,000"],
             ["Norfolk Constabulary", "104,000"], ["NHS Norfolk and Waveney ICB", "156,000"],
             ["Total", "572,000"]], header=True)
    body = ("Good afternoon,\n\nAttached is our annual report for 2024-25, published on our website this week. "
            "Please share with Foundations as required.\n\nMany thanks,\nNSCP Business Office\n")
    email("yearly-report-attached-pdf-norfolk.eml",
          "NSCP Business Office <nscp@norfolk.gov.uk>", "Reports <reports@intake.example.org>",
          "NSCP Annual Report 2024-25", "Thu, 09 Oct 2025 11:03:44 +0100", "20251009100344.nscp24@norfolk.gov.uk",
          [("plain", body), ("attach", "NSCP Annual Report 2024-25.pdf", "pdf", p.bytes())])


def doncaster_pasted_plain():
    body = """Hi,

Apologies this is a day or two behind - our system would not let me attach the Word version so I have pasted the review below.

Thanks
Priya

----------------------------------------------------------------
DONCASTER SAFEGUARDING CHILDREN PARTNERSHIP
RAPID REVIEW - CHILD W
----------------------------------------------------------------

Notification reference: DSCP/SIN/25/019
Notification sent to the Panel: 10 April 2025
Incident: 7 April 2025
Rapid review meeting: 29 April 2025

Summary of incident
Child W, aged 15, was found unresponsive in a flat in Balby on 7 April 2025 after taking a quantity of unprescribed medication. He was admitted to Doncaster Royal Infirmary and has since recovered. He had been missing from home for three days and police believe he was being exploited to carry drugs between Doncaster and Sheffield.

Agency involvement
Child W was known to the youth justice service (an out of court disposal in 2024), to children's social care as a child in need since November 2024, to his school's inclusion team after a managed move, and to South Yorkshire Police through nine missing episodes in five months. Child and adolescent mental health services received a referral in January that was still on the waiting list.

Action taken to keep Child W safe
A strategy meeting was held on 8 April. Child W was placed with his aunt outside the area, a national referral mechanism referral was made, and a disruption plan was put in place against two adults linked to the flat.

Emerging learning
- Return home interviews were offered after only three of the nine missing episodes.
- Information about the managed move did not reach the social worker for six weeks.
- The exploitation screening tool was completed but not reviewed at the exploitation panel.

Decision regarding a local child safeguarding practice review
The partners agreed that the case does not meet the criteria for an LCSPR. The learning is already the subject of our thematic review of child exploitation, which will include Child W's circumstances, and no LCSPR will be commissioned.

View on a national review
We do not think a national review is needed in this case.

Signed on behalf of the partners by the DSCP Independent Chair
----------------------------------------------------------------
"""
    email("rapid-review-pasted-plain-text-doncaster.eml",
          "Priya Sandhu <priya.sandhu@doncaster.gov.uk>", "Rapid Reviews <rapid.reviews@intake.example.org>",
          "RR Child W - DSCP/SIN/25/019", "Wed, 07 May 2025 16:48:02 +0100", "20250507154802.w019@doncaster.gov.uk",
          [("plain", body)])


def sunderland_html_only():
    html = """<html><head><meta charset="utf-8"><style>td{border:1px solid #999;padding:4px}</style></head>
<body style="font-family:Calibri,sans-serif">
<p>Dear Panel colleagues,</p>
<p>Please see our rapid review below for Baby S. As you will see, partners were not able to agree the LCSPR decision at the meeting.</p>
<p>Regards,<br>Joanne</p>
<hr>
<h2 style="color:#1f4e79">Sunderland Safeguarding Children Partnership &ndash; Rapid Review</h2>
<table cellspacing="0">
<tr><td><b>Name used in this review</b></td><td>Baby S</td></tr>
<tr><td><b>SIN number</b></td><td>2025-SUN-0142</td></tr>
<tr><td><b>SIN submitted</b></td><td>1st May 2025</td></tr>
<tr><td><b>Date of serious incident</b></td><td>28th April 2025</td></tr>
<tr><td><b>Rapid review held</b></td><td>16th May 2025</td></tr>
</table>
<h3>Background</h3>
<p>Baby S, aged 10 weeks, died unexpectedly while sleeping on a sofa with her father. Both parents had been drinking. The family were known to adult mental health services and to the health visiting team.</p>
<h3>Which agencies were involved</h3>
<ul><li>Health visiting &ndash; safer sleep advice given at the new birth visit.</li>
<li>Adult mental health &ndash; mother under the perinatal team.</li>
<li>Northumbria Police &ndash; no previous calls to the address.</li>
<li>Children's social care &ndash; an older sibling was subject to a child protection plan in 2021.</li></ul>
<h3>Immediate actions</h3>
<p>The surviving sibling, aged 4, is staying with paternal grandparents under a safety plan. A joint agency response under the child death process took place on the day.</p>
<h3>Learning so far</h3>
<p>Safer sleep advice was not repeated when the family's circumstances changed, and the earlier child protection history was not visible to the perinatal team.</p>
<h3>Decision about a local child safeguarding practice review</h3>
<p>Partners did not reach a decision. Further information has been requested from the police investigation and the decision will be taken at an extraordinary meeting once it is received.</p>
<h3>National review</h3>
<p>Partners do not consider that the criteria for a national review are met.</p>
</body></html>
"""
    email("rapid-review-html-only-mail-sunderland.eml",
          "Joanne Pickering <joanne.pickering@sunderland.gov.uk>", "Rapid Reviews <rapid.reviews@intake.example.org>",
          "Sunderland rapid review - Baby S", "Tue, 20 May 2025 09:31:17 +0100",
          "20250520083117.bs0142@sunderland.gov.uk", [("html", html)])


def wirral_forwarded():
    quoted = """WIRRAL SAFEGUARDING CHILDREN PARTNERSHIP
Rapid Review: Child H

Reference of the notification: WSCP-25-061
Date SIN sent: 14/08/2025
Date of the incident: 12/08/2025
Date of the rapid review meeting: 02/09/2025

What happened
Child H, aged 13, was seriously injured in a fall from the window of a first-floor bedroom while trying to get away from her mother's partner during an argument. She had told a teacher in July that she was frightened at home.

Agencies involved with the family
Merseyside Police (three domestic abuse incidents since 2023), Wirral children's social care (early help in 2024), her secondary school, the school nursing service and the GP. Wirral Community Health and Care NHS Foundation Trust held the school nursing record.

What has been done to keep her safe
Child H and her brother are living with their father under a safety plan. The partner has been charged and remanded. A MARAC referral was made for the mother.

Initial learning
What Child H told her teacher was logged but not passed to the designated safeguarding lead before the summer holiday; the domestic abuse notifications to school under Operation Encompass stopped when the family moved address.

Decision on an LCSPR
Partners agreed the criteria are met. A local child safeguarding practice review will be carried out.

National review
The partners recommend that the Panel considers a national review: the gap in school notifications over the summer holiday is likely to affect children across England.
"""
    body = ("Please see below, for submission to the Panel.\n\nStephen\n\n"
            "Stephen Kerr | Independent Chair | WSCP\n\n"
            "---------- Forwarded message ---------\n"
            "From: Lauren Doyle <laurendoyle@wirral.gov.uk>\n"
            "Date: Wed, 3 Sept 2025 at 17:02\n"
            "Subject: RR Child H - final for sign off\n"
            "To: Stephen Kerr <stephenkerr@wirral.gov.uk>\n\n"
            "Stephen, final version below with the partners' comments included. Can you send on?\nLauren\n\n"
            + "".join("> " + line + "\n" if line else ">\n" for line in quoted.splitlines()))
    email("rapid-review-forwarded-chain-wirral.eml",
          "Stephen Kerr <stephenkerr@wirral.gov.uk>", "Rapid Reviews <rapid.reviews@intake.example.org>",
          "Fwd: RR Child H - final for sign off", "Thu, 04 Sep 2025 08:15:40 +0100",
          "20250904071540.h061@wirral.gov.uk", [("plain", body)])


def gateshead_reply():
    body = """Hello,

Further to your request, the Gateshead revised multi-agency safeguarding arrangements were published on 20 December 2024 and can be found here:

https://www.gatesheadsafeguarding.org.uk/professionals/our-safeguarding-arrangements-2024

They took effect from 1 January 2025.

Best wishes,

Claire

Claire Robson
Strategic Manager, Gateshead Safeguarding Children Partnership
Civic Centre, Regent Street, Gateshead NE8 1HH
Tel: 0191 433 0000 | Web: https://www.gateshead.gov.uk
Working days: Mon-Thu

-----------------------------------------------------------------
CONFIDENTIALITY: This email and any attachments are intended only for the person to whom it is addressed and may contain confidential or privileged information. If you have received it in error please notify the sender and delete it. Gateshead Council may monitor emails to ensure compliance with its policies. Views expressed are those of the author and not necessarily of the Council.
-----------------------------------------------------------------

On Mon, 6 Jan 2025 at 09:12, Safeguarding Reform <safeguarding.reform@education.gov.uk> wrote:
> Dear colleague,
> Working Together to Safeguard Children 2023
> (https://www.gov.uk/government/publications/working-together-to-safeguard-children--2)
> asks partnerships to publish revised arrangements by 31 December 2024. Please reply with
> the web address of your published arrangements.
> Thank you
"""
    email("arrangements-link-reply-gateshead.eml",
          "Claire Robson <clairerobson@gateshead.gov.uk>", "Arrangements <arrangements@intake.example.org>",
          "RE: Published safeguarding arrangements - link", "Wed, 08 Jan 2025 10:44:09 +0000",
          "20250108104409.gscp@gateshead.gov.uk", [("plain", body)],
          extra=[("In-Reply-To", "<dfe-req-20250106@education.gov.uk>")])


def northumberland_newsletter():
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>NSCP Bulletin</title></head>
<body style="background:#eef2f5;font-family:Arial,sans-serif">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:16px">
<p style="font-size:11px;color:#666">Having trouble viewing this email? <a href="https://nscp.example-mailer.com/view/9">View it in your browser</a></p>
<h1 style="color:#004b87">Northumberland Safeguarding Children Partnership</h1>
<h2>Partnership Bulletin &mdash; Issue 9, Autumn 2025</h2>
<h3>Our annual report is out</h3>
<p>Our yearly report for April 2024 to March 2025 went on the website last month. It covers what we did, how well it worked and what we learned from reviews. <a href="https://www.northumberland.gov.uk/nscp">Read it here</a>.</p>
<h3>Rapid reviews and practice reviews: a quick update</h3>
<p>Since April the partnership has held four rapid reviews. One local child safeguarding practice review has been commissioned and the decision was sent to the Panel. Thank you to everyone who gave time to the practitioner events.</p>
<h3>Dates for your diary</h3>
<ul><li>Neglect toolkit launch &mdash; 12 November 2025, County Hall, Morpeth</li>
<li>Safer sleep webinar &mdash; 3 December 2025, 10:00&ndash;11:00</li></ul>
<h3>Seven minute briefings</h3>
<p>New briefings on bruising in non-mobile babies and on professional curiosity are in the resources library.</p>
<p style="font-size:11px;color:#666">You are receiving this bulletin because you subscribed on our website. <a href="https://nscp.example-mailer.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>
"""
    email("newsletter-html-mail-northumberland.eml",
          "NSCP Bulletin <bulletin@northumberland.gov.uk>", "Reports <reports@intake.example.org>",
          "NSCP Bulletin - Issue 9 - Autumn 2025", "Tue, 21 Oct 2025 07:30:00 +0100",
          "20251021063000.issue9@northumberland.gov.uk", [("html", html)])


def derbyshire_review_no_recommendations():
    p = Pdf(title="Local Child Safeguarding Practice Review - Child E", author="DSCP",
            header="DERBYSHIRE SAFEGUARDING CHILDREN PARTNERSHIP", footer="Child E - LCSPR - Final report")
    p.h("Derbyshire Safeguarding Children Partnership")
    p.h("Local Child Safeguarding Practice Review: Child E", 2)
    p.table([["Lead reviewer", "Martin Oakes, independent reviewer"],
             ["Decision to undertake the review", "12 March 2025"],
             ["Date of report", "1 September 2025"],
             ["Serious incident notification", "DCC-SIN-2025-007"],
             ["Planned publication", "Full report to be published on the DSCP website on 20 October 2025"]])
    p.h("1. Introduction", 2)
    p.p("Child E, aged 11, suffered a serious head injury in January 2025 after being assaulted by an older "
        "sibling. The family lived in the High Peak and had moved between three addresses in the two years before.")
    p.h("2. Child E and the family", 2)
    p.p("Child E was described by teachers as funny, bright and protective of his younger sister. He told his "
        "school mentor that home was 'loud all the time' and that he liked staying late at football club. His "
        "mother cared for two other children with additional needs and had asked for help twice.")
    p.h("3. Analysis", 2)
    p.p("The review looked beyond individual decisions to the conditions in which practitioners worked. Moves "
        "across district boundaries reset early help each time; caseloads in the High Peak team averaged 27; and "
        "the sibling's violence was seen as a behaviour issue rather than a risk to other children, because no "
        "agency had a way of recording child-on-child harm within the home.")
    p.h("4. Findings", 2)
    p.bullets(["Finding 1: family moves led to repeated assessments and no continuity of worker.",
               "Finding 2: harm by a sibling was not recognised as a safeguarding matter.",
               "Finding 3: the mother's requests for support were not treated as referrals."])
    p.h("5. Next steps", 2)
    p.p("The reviewer's findings will be discussed with the partners at the November executive. What the "
        "partnership will do in response has not yet been agreed and will be set out separately.")
    body = ("Dear all,\n\nPlease find attached the final report of the LCSPR for Child E, ahead of publication.\n\n"
            "Regards\nDSCP Business Unit\n")
    email("practice-review-attached-pdf-derbyshire.eml",
          "DSCP Business Unit <dscp@derbyshire.gov.uk>", "Practice Reviews <practice.reviews@intake.example.org>",
          "LCSPR Child E - final report", "Mon, 06 Oct 2025 12:10:55 +0100",
          "20251006111055.childe@derbyshire.gov.uk",
          [("plain", body), ("attach", "Child E LCSPR final.pdf", "pdf", p.bytes())])


ALL = [barking_dagenham_attached_docx, norfolk_attached_pdf, doncaster_pasted_plain, sunderland_html_only,
       wirral_forwarded, gateshead_reply, northumberland_newsletter, derbyshire_review_no_recommendations]
