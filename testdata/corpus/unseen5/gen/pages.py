"""Saved web pages, Markdown with front matter and plain text typed quickly."""
from lib import write_text

COOKIE = """<div id="cookie-banner" class="cookie-bar" role="region" aria-label="Cookies">
<p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site.</p>
<button>Accept additional cookies</button> <button>Reject additional cookies</button> <a href="/cookies">View cookies</a>
</div>"""


def enfield_yearly_web():
    html = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Annual Report 2024 to 2025 | Enfield Safeguarding Children Partnership</title>
<link rel="stylesheet" href="/assets/site.css"><script src="/assets/analytics.js"></script>
</head><body>
""" + COOKIE + """
<header><a class="skip" href="#main">Skip to main content</a>
<nav class="top"><ul><li><a href="/">Home</a></li><li><a href="/parents-carers">Parents and carers</a></li>
<li><a href="/professionals">Professionals</a></li><li><a href="/training">Courses</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/about">About the partnership</a></li><li>Annual reports</li></ol>
</header>
<main id="main">
<h1>Enfield Safeguarding Children Partnership Annual Report 2024 to 2025</h1>
<p class="meta">This report covers 1 April 2024 to 31 March 2025. Published: 30 September 2025. Last updated: 30 September 2025.</p>
<h2>Introduction from our lead safeguarding partners</h2>
<p>The London Borough of Enfield, the Metropolitan Police North Area Basic Command Unit and NHS North Central London Integrated Care Board share responsibility for keeping children in Enfield safe. This is our account of the year.</p>
<h2>Our work in 2024 to 2025</h2>
<ul><li>We refreshed the Enfield threshold document and trained every school's designated safeguarding lead in it.</li>
<li>We ran a serious youth violence summit with the Community Safety Partnership.</li>
<li>We set up a Harmful Practices group covering female genital mutilation and forced marriage.</li></ul>
<h2>Is it working? Measuring our impact</h2>
<p>Multi-agency audits of 60 cases found timely information sharing in 78% (2023 to 2024: 64%). Children on child protection plans for a second time fell from 21% to 16%. The audits also showed that fathers are still too often absent from assessments; this is a priority for next year.</p>
<h2>Rapid reviews and local child safeguarding practice reviews</h2>
<p>Five serious incidents were notified to the national Panel and five rapid reviews completed within 15 working days. One local child safeguarding practice review (Child Y) was commissioned and will be published in early 2026. We also published the learning from a thematic review on adolescents and knife crime.</p>
<h2>Multi-agency training</h2>
<p>Our training offer reached 1,870 practitioners across 74 courses; 91% said they would change their practice as a result.</p>
<h2>What children told us</h2>
<p>Members of Enfield Youth Council helped design our new 'Who can I talk to?' cards and told us that they want youth workers in schools, not only police officers.</p>
<h2>Independent scrutiny</h2>
<p>Our independent scrutineer, Beverley Osei, carried out a review of the front door and chaired a challenge session for the partners in February 2025.</p>
<h2>Education</h2>
<p>Schools, colleges and early years settings are named relevant agencies. The Enfield education safeguarding forum meets every half term, and 97% of schools returned their safeguarding self-assessment.</p>
<h2>Our relevant agencies</h2>
<p>Besides education, our relevant agencies include the London Fire Brigade, the Probation Service, Enfield youth justice service, housing associations and faith and voluntary groups.</p>
<h2>Money</h2>
<p>The partnership budget was &pound;468,000: London Borough of Enfield &pound;280,000, Metropolitan Police &pound;58,000, NHS North Central London ICB &pound;130,000.</p>
</main>
<aside class="related"><h2>Related reports</h2><ul>
<li><a href="/annual-reports/2023-24">Annual report 2023 to 2024</a></li>
<li><a href="/annual-reports/2022-23">Annual report 2022 to 2023</a></li>
<li><a href="/reviews/child-x">Local child safeguarding practice review: Child X (published 2023)</a></li>
</ul></aside>
<footer><ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/sitemap">Sitemap</a></li></ul>
<p>&copy; Enfield Safeguarding Children Partnership 2025</p></footer>
</body></html>
"""
    write_text("yearly-report-web-page-enfield-2024-25.html", html)


def bromley_arrangements_web():
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Our safeguarding arrangements - Bromley Safeguarding Children Partnership</title></head>
<body>
""" + COOKIE + """
<nav aria-label="Main"><a href="/">BSCP home</a> | <a href="/about-us">About us</a> | <a href="/practitioners">For practitioners</a> | <a href="/news">News</a> | <a href="/search">Search</a></nav>
<div class="content">
<h1>Bromley Safeguarding Children Partnership: Multi-Agency Safeguarding Arrangements</h1>
<p><strong>Published:</strong> 15 November 2024 &nbsp; <strong>In effect from:</strong> 1 December 2024 &nbsp; <strong>Review due:</strong> November 2025</p>
<h2>1. Who the safeguarding partners are</h2>
<p>Under Working Together to Safeguard Children 2023 the lead safeguarding partners for Bromley are:</p>
<ul>
<li><strong>Local authority:</strong> London Borough of Bromley &ndash; Chief Executive</li>
<li><strong>Police:</strong> Metropolitan Police Service &ndash; represented for the Commissioner by the South Area Basic Command Unit Commander</li>
<li><strong>Health:</strong> NHS South East London Integrated Care Board &ndash; Chief Executive</li>
</ul>
<p>Each lead partner has named a delegated safeguarding partner: the Director of Children's Services, the Detective Superintendent for Public Protection (South Area) and the ICB Director of Nursing. The delegated partners meet monthly as the Partnership Executive and can make decisions on behalf of their organisations.</p>
<h2>2. The area we cover</h2>
<p>These arrangements cover the whole of the London Borough of Bromley, the largest borough in London by area, with around 77,000 children and young people. The geographical footprint is the same for all three partners.</p>
<h2>3. Relevant agencies</h2>
<p>The partners have named the following relevant agencies, who must co-operate with these arrangements: schools, academies and colleges; early years providers; Oxleas NHS Foundation Trust; King's College Hospital NHS Foundation Trust; Bromley Healthcare; the Probation Service; the youth justice service; London Fire Brigade; CAFCASS; housing providers; and voluntary, community and faith organisations working with children.</p>
<h2>4. Education</h2>
<p>Education settings are full members of the partnership. Two headteachers and a further education principal sit on the Partnership Executive, and the Bromley Education Safeguarding Group links every school to the partnership's priorities.</p>
<h2>5. Independent scrutiny</h2>
<p>An independent scrutineer, appointed jointly by the lead partners, challenges the partnership through an annual scrutiny plan, case audits, visits to front-line teams and conversations with children and families. The scrutineer reports to the lead partners twice a year and contributes to the yearly report.</p>
<h2>6. Learning from serious incidents</h2>
<p>Rapid reviews are convened by the Business Unit within five working days of a notification and the partners decide on any local child safeguarding practice review. Learning is shared through briefings and the multi-agency training programme.</p>
<h2>7. Funding</h2>
<p>The three partners fund the arrangements in equitable shares: the council 55%, health 30% and police 15%, with contributions in kind from relevant agencies.</p>
<h2>8. Hearing children's voices</h2>
<p>Bromley Youth Council and the Children in Care Council advise the partnership on its priorities each year.</p>
</div>
<footer><a href="/annual-report-2023-24">Yearly report 2023-24</a> | <a href="/arrangements-2019">Previous arrangements (2019)</a> | <a href="/accessibility">Accessibility</a> | <a href="/cookies">Cookies</a></footer>
</body></html>
"""
    write_text("arrangements-web-page-bromley-2024.html", html)


def dorset_yearly_md():
    md = """---
title: "Dorset Safeguarding Children Partnership - Annual Report 2024/25"
author: "DSCP Business Team"
published: 2025-10-14
reporting_period: "1 April 2024 - 31 March 2025"
tags: [annual-report, safeguarding, dorset]
layout: report
---

# Dorset Safeguarding Children Partnership

## Annual Report 2024/25

Welcome to our report for the year from April 2024 to March 2025. Dorset Council, Dorset Police and NHS Dorset Integrated Care Board are the partners who lead our work together.

## What we have done

* Rolled out the Dorset approach to contextual safeguarding in Weymouth and Portland.
* Reviewed the Dorset neglect pathway with the help of 30 families who had used it.
* Started a joint protocol with Bournemouth, Christchurch and Poole for children who move between the two areas.

## How well it has worked

We checked our progress with audits, data and feedback:

| Measure | 2023/24 | 2024/25 |
|---|---|---|
| Strategy discussions with health present | 66% | 84% |
| Child protection conferences within 15 days | 79% | 90% |
| Children re-referred within a year | 22% | 18% |

The evidence shows a better front door, but plans for children experiencing neglect still drift too often.

## Reviews

We sent five rapid reviews to the Child Safeguarding Practice Review Panel. Two led to local child safeguarding practice reviews, one of which (Child G) was published in May 2025. What we learned from both has been shared with the teams involved.

## Children's voices

The Dorset Youth Forum ran a survey of 1,200 young people about feeling safe online; their top three worries shaped our online safety campaign.

## Scrutiny

Our independent scrutineer, Paul Hendry, reviewed how the partners respond to children missing education and reported to the executive in January 2025.

## Schools and colleges

Education is a relevant agency in Dorset. Every maintained school and academy completed the annual safeguarding audit, and the Dorset schools safeguarding reference group met termly.

## Relevant agencies

Other relevant agencies include Dorset County Hospital, Dorset HealthCare, the Probation Service, Dorset and Wiltshire Fire and Rescue, and voluntary sector partners.

## Money

| Partner | Contribution |
|---|---|
| Dorset Council | £210,000 |
| NHS Dorset ICB | £95,000 |
| Dorset Police | £48,000 |
"""
    write_text("yearly-report-dorset-2024-25-front-matter.md", md)


def st_helens_rapid_md():
    md = """---
title: Rapid Review - Child M
partnership: St Helens Safeguarding Children Partnership
date: 2025-11-20
child: Child M
classification: OFFICIAL-SENSITIVE
---

# St Helens Safeguarding Children Partnership

## Rapid Review: Child M

**SIN reference:** STH-2025-0311
**SIN sent to the Panel:** Monday 3rd November 2025
**Incident date:** Saturday 1st November 2025
**Rapid review meeting:** Friday 14th November 2025

### The incident

Child M, a four-year-old boy, was taken to Whiston Hospital with burns to both feet consistent with immersion in hot water. His mother's explanation changed twice. Child M has a diagnosis of autism and is non-verbal.

### Agencies who knew Child M

- St Helens children's social care: child in need plan since March 2025, stepped down to early help in August.
- Merseyside Police: two welfare checks in 2025.
- Nursery and the 0-19 service: concerns about weight and hygiene recorded in September.
- Community paediatrics: missed two appointments for the autism pathway.

### Keeping Child M safe now

Child M was discharged to foster carers under police protection and an interim care order was made on 7 November 2025. His baby sister is also in foster care. Mother has been interviewed under caution.

### What we have learned so far

1. The step-down to early help happened while nursery concerns were rising; nursery was not invited to the step-down meeting.
2. Missed health appointments for a disabled child were not treated as a safeguarding signal.
3. Practitioners found it hard to hear Child M's experience because no one used his communication system.

### Decision on a local child safeguarding practice review

The safeguarding partners have decided to carry out an LCSPR. The review will focus on disabled children who do not use speech.

### National review

Not recommended. The partners do not believe the case meets the criteria for a national review.
"""
    write_text("rapid-review-st-helens-child-m-front-matter.md", md)


def rotherham_typed_txt():
    txt = """rotherham safeguarding children partnership - rapid review notes for panel

CHILD: Child J (boy, 2 yrs)   SIN REF: RMBC-SIN-25-04   SIN SENT: 3/3/25   INCIDENT: sat 1/3/25   RR MEETING: 18/3/25

J was brought into Rotherham Hospital ED by mum on sat 1/3/25 with a head injury after what she said was a fall down stairs, CT showed a skull fracture and retinal bleeds so a child protection medical was done and police were called. Dad was not at home at the time according to mum but a neighbour says otherwise. The family moved from Barnsley in Jan and their file came over late.

WHO WAS INVOLVED: health visitor (transfer in visit not done yet, was booked for w/c 10 March), GP (registered 6 wks, no appts), South Yorkshire Police (1 DA call at old address in Barnsley 2024), childrens social care (none in Rotherham, closed CIN case in Barnsley), early years (J on waiting list for 2 yr funded place).

WHAT WE DID STRAIGHT AWAY: strategy disc same night, J and his sister (5) placed with maternal aunt under a section 20 agreement, police investigation ongoing, dad arrested 4/3/25 and on bail.

LEARNING SO FAR: transfer of health visiting records between areas took 7 weeks. Barnsley CIN closure summary not sent on. nobody had a full picture of the DA history.

LCSPR DECISION: yes - partners agreed at the RR meeting that criteria met, an LCSPR will go ahead and ToR will come to exec w/c 7 April.

NATIONAL REVIEW: not recommended, partners view is this is local learning (records transfer) though we will flag the cross border issue to the panel in case it is seen elsewhere.

sent by: RSCP business unit, signed off by the 3 partners by email
"""
    write_text("rapid-review-typed-notes-rotherham.txt", txt)


def derbyshire_tracker_txt():
    txt = """DERBYSHIRE SAFEGUARDING CHILDREN PARTNERSHIP - CASE REVIEW TRACKER (SUBGROUP COPY)
Ref,Child,Notified to Panel,RR meeting,RR sent,LCSPR decision,National review,Lead reviewer,Status,RAG
DSCP-24-11,Child A,14/10/2024,29/10/2024,01/11/2024,Yes,Not recommended,Independent - T. Walsh,Report drafting,Amber
DSCP-24-14,Sibling group B,02/12/2024,16/12/2024,19/12/2024,No,Not recommended,n/a,Closed - learning via briefing,Green
DSCP-25-02,Child C,20/01/2025,04/02/2025,07/02/2025,Yes,Not recommended,Independent - R. Patel,Fieldwork,Amber
DSCP-25-05,Child D,17/02/2025,05/03/2025,10/03/2025,Pending,Not known,-,Awaiting police info,Red
DSCP-25-07,Child E,10/03/2025,21/03/2025,24/03/2025,Yes,Not recommended,Independent - M. Oakes,Final report,Green
DSCP-25-09,Child F,28/04/2025,13/05/2025,20/05/2025,No,Not recommended,n/a,Closed,Green

Notes: RAG = progress against the 6 month target for LCSPRs. Rows shaded red go to the next Case Review Subgroup.
"""
    write_text("case-review-tracker-export-derbyshire.txt", txt)


ALL = [enfield_yearly_web, bromley_arrangements_web, dorset_yearly_md, st_helens_rapid_md, rotherham_typed_txt,
       derbyshire_tracker_txt]
