#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_dev12.jsonl.

Development set 12: the paperwork that surrounds a chart once it leaves the
clinic.  Subpoenas and court orders for records, attorney letters, release-of-
information logs and fax covers, workers' compensation and disability forms
(SSA, short-term and long-term disability), life-insurance attending-physician
statements, guardianship and conservatorship filings, independent medical
examinations, peer-to-peer and appeal correspondence.  These documents are
dense with claim, policy, group, case and docket numbers, named adjusters,
paralegals and judges, law-firm letterheads and dates of injury, service and
hearing, mixed with many look-alikes that are not identifiers (form numbers,
statute citations, court and firm names, CPT and ICD codes, fee amounts).

Annotation conventions (HIPAA Safe Harbor):
* NAME covers every person: patients, family, caregivers, attorneys, judges,
  adjusters and clinicians, including nicknames, initials used for a person,
  lower-case or capitalised forms, log-in names and handles (without the
  "@").  Titles and credentials stay outside the span.  Kinship words, pets,
  eponyms, celebrities and names that are part of a firm, court or facility
  name are not marked.
* DATE marks any date element finer than a year: full dates, month and day,
  month and year, a lone month, and weekdays or holidays naming the day of an
  event.  Bare years, times, durations, ages below 90 and recurring schedules
  are left alone.
* AGE marks ages of 90 and above, number only.
* PHONE and FAX take the whole number including any extension; EMAIL, URL
  (patient- or record-specific links) and IP addresses are marked whole.
* SSN, MRN, HEALTH_PLAN (member, subscriber and group numbers), ACCOUNT
  (billing, invoice, bank and encounter accounts), LICENSE (driver's, bar,
  medical, DEA, fiduciary), VEHICLE (plates, VINs), DEVICE (serial numbers)
  and ID (claim, case, docket, accession, request, NPI, badge, participant,
  passport and similar numbers tied to a person or record).
* ADDRESS is the street part (number, street, unit, PO box); CITY covers
  cities, towns and neighbourhoods; ZIP covers ZIP and foreign postal codes.
  States and countries are not marked.
* Facility, court, agency and company names, drugs, device models, lot
  numbers, scores, lab values, room numbers and bare years are not marked.
  A town or person's name that also appears inside such a name is listed in
  the note's allow tuple.

Stdlib only.  Run: python bench/data/make_deid_dev12.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_dev12.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "d12-01",
    "Marisol Vanterpool",
    """
SUPERIOR COURT OF NEW JERSEY, LAW DIVISION, ESSEX COUNTY
DOCKET NO. [[ID|ESX-L-004417-24]]
[[N|MARISOL T. VANTERPOOL]], Plaintiff, v. QUIKMART HOLDINGS, LLC, et al., Defendants.

SUBPOENA DUCES TECUM

TO: Custodian of Records, Newark Beth Israel Medical Center, HIM Dept.

YOU ARE COMMANDED to produce a complete certified copy of the chart, radiology (CD acceptable) and itemized billing for [[N|Marisol Vanterpool]], MRN [[MRN|NBI-3390184]], for dates of service [[D|August 3, 2023]] to present, on or before [[D|January 21, 2025]] at 10:00 a.m. at the offices of Pereira Stamos LLC, [[ADDR|60 Park Place, Suite 1100]], [[C|Newark]], NJ [[Z|07102]]. Compliance may be made by mail with the enclosed certification (R. 4:14-7) in lieu of appearance.

Issued by: [[N|Lucia Pereira]], Esq. (NJ Attorney ID [[LIC|024611998]])
Tel. [[PH|973-555-0118]]
""",
    allow=("Pereira", "Newark"),
)

note(
    "d12-02",
    "Chidi Okonkwo",
    """
ROI REQUEST LOG -- export   user: [[N|kbrathwaite]]   printed 14:22
REQ#       RCVD      PATIENT              REQUESTER                   PURPOSE     STATUS
[[ID|R25-01877]]  [[D|03/03/25]]  [[N|OKONKWO, CHIDI]]       Morgan & Bell (atty)           Litigation  Sent [[D|3/10]]
[[ID|R25-01891]]  [[D|03/05/25]]  [[N|TRAN, BAO]]            MetLife Claims              Insurance   HOLD auth exp
[[ID|R25-01902]]  [[D|03/06/25]]  [[N|OKONKWO, CHIDI]]       Self (portal)               Personal    Sent same day
[[ID|R25-01915]]  [[D|03/07/25]]  [[N|GRUBER, WALTRAUD]] ([[A|94]])  dtr [[N|Heidi]], POA  Continuity  Pending
NOTE [[ID|R25-01891]]: LVM for [[N|Bao]] at [[PH|614-555-0172]] re new auth; 2nd attempt Fri.
""",
)

note(
    "d12-03",
    "Desmond Achterberg",
    """
FINNEGAN | ASANTE | ROWE   Trial Lawyers
[[ADDR|1420 Walnut Street, 9th Floor]], [[C|Philadelphia]], PA [[Z|19102]]
p [[PH|215-555-0164]]

[[D|April 2, 2025]]

VIA FAX AND CERTIFIED MAIL
Medical Records Department, Pennsylvania Hospital

Re:  Our client: [[N|Desmond Achterberg]]
     Date of loss: [[D|02/14/2025]] ([[D|Valentine's Day]] MVA, I-76 eastbound)
     Our file no.: [[ID|FAR-25-0311]]

Dear Sir or Madam:
This office represents the above individual for injuries sustained in a motor vehicle collision. Enclosed is a HIPAA-compliant authorization signed by our client. Please forward all ED records, CT reports and UB-04s. Questions may go to our paralegal, [[N|Yesenia Cordero-Blum]], at [[PH|215-555-0164 x214]] or [[EM|ycordero@farlaw-demo.com]].

Very truly yours,
[[N|Kwame Asante]], Esq.
""",
    allow=("Asante",),
)

note(
    "d12-04",
    "Rigoberto Saucedo Lemus",
    """
DOCTOR'S FIRST REPORT OF OCCUPATIONAL INJURY OR ILLNESS (DWC Form 5021)
1. INSURER: Golden Bear Comp
2. EMPLOYER: Valle Verde Packing Co.   Policy no. [[ID|WC-4410-88217]]
3. Address: [[ADDR|2250 S. Cherry Ave]], [[C|Fresno]], CA [[Z|93721]]
5. PATIENT: [[N|Rigoberto Saucedo Lemus]]   6. Sex M   7. DOB [[D|05/22/1987]]
8. Address: [[ADDR|418 E. Clinton Ave Apt 3]], [[C|Fresno]] [[Z|93704]]   9. Tel [[PH|559-555-0131]]
10. Occupation: forklift operator   11. SSN [[SSN|000-61-2209]]
13. Date/hour of injury: [[D|10/09/2024]] 06:40   14. Last worked: same day
17. Pt states pallet jack rolled over R foot on dock 4. XR: nondisplaced 3rd MT fx.
Claim # [[ID|GBC-24-105562]]   Adjuster: [[N|T. Nakashima]]
""",
)

note(
    "d12-05",
    "Renee Delacroix",
    """
SOCIAL SECURITY ADMINISTRATION
Bureau of Disability Determination - Harrisburg
REQUEST FOR MEDICAL EVIDENCE (SSA-827 authorization attached)

Claimant: [[N|DELACROIX, RENEE M]]        SSN: [[SSN|912-40-6637]]
Claim type: T2/T16     DDS case: [[ID|PA-DDS-0587122]]
Alleged onset: [[D|June 2023]]
Examiner: [[N|Brandon Oyelowo]]   ph [[PH|717-555-0127]]   fax [[FX|717-555-0198]]

Please send records from [[D|01/01/2023]] to the present: office notes, imaging, PFTs, psych notes and any statement about lifting, standing or concentration limits. Claimant alleges COPD (GOLD 3), major depression and lumbar DDD after a fall at work. Payment per state fee schedule; write barcode [[ID|B0031842297]] on every page returned.

Return by: [[D|Friday 5/16/25]]. If no records exist, check box 4 and return this form.
""",
)

note(
    "d12-06",
    "Priya Raghunathan",
    """
SHORT-TERM DISABILITY -- ATTENDING PHYSICIAN'S STATEMENT
Carrier: Lincoln Financial Group (claims unit)
Employee: [[N|Priya Raghunathan]]
Employer: Tessaract Semiconductor      Group policy [[HP|GLD-00977412]]      Claim [[ID|STD-2025-118734]]
Dx: Z34.83 / 37 wk IUP, scheduled repeat C-section
Disability began: [[D|05/12/2025]]      Expected RTW: [[D|07/07/2025]] (6 wk post-op + 2 wk)
Restrictions: no lifting > 15 lb x 6 wks; no driving x 2 wks.
Physician: [[N|Hannah Lindqvist]], MD, OB/GYN   NPI [[ID|1487602291]]
Office: [[ADDR|3300 Tower Rd, Ste 210]], [[C|Beaverton]], OR [[Z|97006]]   [[PH|503-555-0166]]
e-signed [[D|4/29/25]] 17:02 by [[N|hlindqvist]]
""",
)

note(
    "d12-07",
    "Cornelius Abernathy-Oduya",
    """
ATTENDING PHYSICIAN'S STATEMENT -- DEATH CLAIM
Company: Northwestern Heritage Life     Policy [[ID|NHL-4090-551832]]
Insured: [[N|Cornelius]] "[[N|Neil]]" [[N|Abernathy-Oduya]]   DOB [[D|03/02/1931]]   Age at death [[A|93]]
Date of death: [[D|January 6, 2025]]   Place: residence, [[C|Sun City West]], AZ
Claimant/beneficiary: [[N|Lorraine Abernathy-Oduya]] (daughter)

1. Date you first attended insured: 2016     Last visit: [[D|12/19/2024]]
2. Immediate cause: end-stage HFrEF (EF 15%). Contributing: CKD 4, AFib on apixaban.
3. Ever treated for alcohol/drug use? No.   4. Tobacco? Former, quit 1978.
5. Autopsy? No.   Death certificate attached (Maricopa County)

Physician: [[N|Farid Haddadin]], DO
Please return to claim examiner [[N|S. Whitcombe]], [[EM|swhitcombe@nhlife-claims.example]]
""",
)

note(
    "d12-08",
    "Theodora Przybylski",
    """
COMMONWEALTH OF MASSACHUSETTS -- THE TRIAL COURT
PROBATE AND FAMILY COURT, Worcester Division       Docket No. [[ID|WO25P0841GD]]
MEDICAL CERTIFICATE -- Guardianship / Conservatorship (MPC 400)

Respondent: [[N|Theodora Przybylski]]   DOB [[D|7/11/1932]]   Age [[A|92]]
Residence: [[ADDR|17 Lincoln Street]], [[C|Shrewsbury]], MA [[Z|01545]]
Petitioner: [[N|Gregory Przybylski]] (son)

I examined the Respondent on [[D|Monday, March 10, 2025]] at Beaumont Rehabilitation, within 30 days of filing. Diagnosis: major neurocognitive disorder, Alzheimer type, moderate to severe (MoCA 9/30). She cannot weigh risks of her cardiac care or manage her finances. Prognosis for improvement: none expected. I support appointment of [[N|Gregory]] as guardian.

Signed under penalties of perjury: [[N|Ama Owusu-Ansah]], MD   Lic. no. [[LIC|265301]]
""",
)

note(
    "d12-09",
    "Luis Angel Betancourt",
    """
INDEPENDENT MEDICAL EXAMINATION
Examinee: [[N|Luis Ángel Betancourt]]        Claim: [[ID|WC 24-77120-B]]
Referred by: [[N|Janelle Fitch]], Sr. Claims Adjuster, Harborline Insurance ([[PH|410-555-0186]])
Date of injury: [[D|11/18/2023]]      Date of exam: [[D|02/26/2025]]
Employer: Chesapeake Linen Services
Interpreter: [[N|Marta Villalobos]] (certified) present throughout.

HISTORY: Mr. [[N|Betancourt]] is a 44-year-old route driver who slipped on a wet ramp unloading carts and felt a pop in the L shoulder. MRI [[D|1/9/24]] showed full-thickness supraspinatus tear; arthroscopic RCR by Dr. [[N|Kaveh Sharifi]] on [[D|3/21/24]], then 36 PT visits.
EXAM: AFE 150, ER 50, strength 4+/5. Neer and Hawkins negative.
IMPRESSION: at MMI. 9% UEI per AMA Guides 6th ed. Causation accepted. No further care needed.
""",
)

note(
    "d12-10",
    "Wendell Akinyemi",
    """
UM PEER-TO-PEER SUMMARY
Case ID [[ID|UM-3318840]]  Member [[N|Wendell Akinyemi]]  Member ID [[HP|XWP884129007]]
Request: acute inpatient rehab (IRF) after L MCA stroke
Requesting MD: Dr. [[N|Shoshana Kleinberg]] ([[PH|312-555-0155]])
Reviewer: Dr. [[N|R. Pennington]], PM&R, MedReview Partners
P2P held [[D|Thu 1/23/2025]] 15:40-15:52 CT
Discussion: 67M, NIHSS 8 on admission, now 4. Tolerating 3 hrs therapy/day per Dr. [[N|K]]. Needs min assist for transfers; expressive aphasia improving. Wife works days; no 24-h caregiver.
Determination: denial OVERTURNED. IRF approved x10 days; concurrent review due [[D|02/02/2025]].
Ref [[ID|P2P-25-004219]]. Letter faxed to [[FX|312-555-0156]] by [[N|dmarchand]].
""",
)

note(
    "d12-11",
    "Ximena Urquidi-Holt",
    """
[[D|May 19, 2025]]

Appeals & Grievances, BlueHarbor Health Plan
[[ADDR|PO Box 33017]], [[C|Providence]], RI [[Z|02940]]

RE: First-level appeal
Patient: [[N|Ximena Urquidi-Holt]]   DOB [[D|08/30/2011]]
Subscriber: [[N|Brent Holt]]   Member ID [[HP|BHX702551938-01]]
Claim no. [[ID|2025041700391]]   Denial code CO-50

To whom it may concern:
I am appealing the denial of continuous glucose monitoring (Dexcom G7) for my patient. [[N|Ximena]] is a 13-year-old with type 1 diabetes since age 9 with two episodes of severe hypoglycemia needing glucagon this year, most recently on [[D|New Year's Day]]. A1c is 8.9% despite 4-6 fingersticks daily. CGM is standard of care per ADA 2025 Standards, Section 7.

Sincerely,
[[N|Oluwaseun Adebayo-Kline]], MD, Pediatric Endocrinology
""",
)

note(
    "d12-12",
    "Amber Kowalczyk",
    """
IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
COUNTY DEPARTMENT - DOMESTIC RELATIONS DIVISION
IN RE THE MARRIAGE OF [[N|DANIEL J. KOWALCZYK]], Petitioner, and [[N|AMBER L. KOWALCZYK]], Respondent.
Case No. [[ID|2024 D 009318]]

ORDER AUTHORIZING DISCLOSURE (42 C.F.R. Part 2, Subpart E)
This cause coming before the Court on [[D|February 11, 2025]] on Petitioner's motion, due notice given, the Court having reviewed the records in camera and finding good cause, IT IS ORDERED:
1. Lakeshore Recovery Center shall disclose to the Guardian ad Litem, [[N|Teresa Mbeki-Ruiz]] (ARDC No. [[LIC|6298814]]), admission and discharge dates and discharge summaries for Respondent for [[D|March 2023]] through [[D|December 2024]].
2. Records are to be kept under seal and shall not be redisclosed.
3. Status set [[D|April 3, 2025]] at 9:30 a.m., Courtroom 3005.

ENTERED:  Judge [[N|Michael T. Grady]]   Judge's No. [[ID|2141]]
""",
)

note(
    "d12-13",
    "Harold Engquist",
    """
CONSERVATORSHIP OF THE ESTATE OF [[N|HAROLD V. ENGQUIST]]
Superior Court of California, County of San Diego   Case [[ID|37-2024-00051762-PR-CP-CTL]]
CAPACITY DECLARATION (GC-335), excerpt

Conservatee: [[N|Harold Engquist]], age [[A|96]]
Proposed conservator: [[N|Ruth-Ellen Marchetti]], professional fiduciary, lic. [[LIC|PF-1042]]
Accounts noted (bond calculation):
 - Wells Fargo checking [[ACCT|4410-0877-8812]]
 - Schwab brokerage (statement pending)
 - CalPERS pension, ~$3,900/mo
Examined [[D|Dec. 3, 2024]], Rm 412, Casa de las Campanas. MMSE 14/30; could not name his bank or monthly income; believes late wife [[N|Evelyn]] still pays bills. Lacks capacity to manage financial resources or resist undue influence.
Declarant: [[N|Ignatius Oduro]], MD
Executed at [[C|La Jolla]], California, [[D|12/05/2024]].
""",
)

note(
    "d12-14",
    "Tameka Jackson",
    """
*** CONFIDENTIAL FAX ***
FROM: Mercy Regional Medical Center -- Release of Information
      [[ADDR|1200 E. Pleasant Run Rd]], [[C|Lancaster]], TX [[Z|75146]]
      Ph [[PH|972-555-0103 ext 4410]]   Fax [[FX|972-555-0104]]
TO:   [[N|Dwayne Pickens]], Crawford & Company     Fax [[FX|(404) 555-0192]]
DATE: [[D|07-Jul-2025]]      PAGES incl. cover: 38
RE:   Claimant [[N|JACKSON, TAMEKA]] / your clm [[ID|10098-47712-TX]]
MSG:  Records per signed auth on file. Invoice [[ACCT|INV-0071993]] enclosed ($6.50 search fee + $0.10/pg). Call [[N|Lupe]] in ROI with questions.

This transmission contains confidential health information that is legally privileged. If you are not the intended recipient, notify the sender at the number above and destroy all copies.
""",
)

note(
    "d12-15",
    "Ignatius Fairweather",
    """
From: [[N|Nadia Sokolova]] <[[EM|nsokolova@brightwater-law.example]]>
Sent: [[D|Tuesday]] 4:51 PM
To: [[EM|roi.requests@stlukes-boise.example]]
Subject: RE: records request - [[N|Fairweather]]

Hi [[N|Connor]],
Thanks for the call yesterday. We still need cardiology clinic notes for Mr. [[N|Fairweather]] from [[D|Jan]]-[[D|Mar 2024]]; the set we got stops at [[D|12/28/23]]. Can you post them to the same link? [[URL|https://share.stlukes-boise.example/roi/d/7f3k9QxL2p]]
--
[[N|Nadia Sokolova]] | Paralegal | Brightwater Kimura PLLC
[[ADDR|800 W. Main St, Ste 1460]] | [[C|Boise]], ID [[Z|83702]]

> ROI desk wrote:
> Complete - 164 pages released. -[[N|CRW]]
""",
)

note(
    "d12-16",
    "Gwendolyn Farrah",
    """
NOTICE OF VIDEOTAPED DEPOSITION OF TREATING PHYSICIAN
District Court, Clark County, Nevada        Case No. [[ID|A-24-901553-C]]   Dept. XXVI
[[N|GWENDOLYN FARRAH]] v. SILVER STATE TRANSIT AUTHORITY

PLEASE TAKE NOTICE that Plaintiff will take the deposition of [[N|Rafael Quiñones-Ibarra]], M.D., on [[D|Wednesday, October 22, 2025]] at 1:30 p.m., at Desert Litigation Suites, [[ADDR|3960 Howard Hughes Pkwy, Suite 500]], [[C|Las Vegas]], NV [[Z|89169]], before a certified court reporter (Lexitas; reporter [[N|K. Dunleavy]]).
The witness shall bring his complete chart for the Plaintiff, including MRI films of [[D|3/14/2024]] and the operative report of [[D|5/2/2024]].
Expert witness fee of $2,500/hr tendered herewith.

/s/ [[N|Omar Hakimi]]
Nevada Bar No. [[LIC|14622]]
""",
)

note(
    "d12-17",
    "Keanu Kahananui",
    """
PERSONAL INJURY PROTECTION (PIP) -- MEDICAL BILLING CLAIM ATTACHMENT
Insurer: Pacific Islands Casualty          Claim [[ID|PIC-AU-2025-066381]]
Insured driver: [[N|Keanu Kahananui]]        HI DL [[LIC|H01447832]]
Vehicle: 2019 Toyota Tacoma, plate [[VEH|NKM 418]], VIN [[VEH|3TMCZ5AN2KM217764]]
Loss date: [[D|03/29/2025]], approx 1730, Farrington Hwy near [[C|Waianae]]
Passenger (also claiming): [[N|Leilani Kahananui]], minor
Other vehicle: plate [[VEH|RJT 903]], driver [[N|Samuel Pua'a]]

Treating provider statement: Pt seen in ED same day; c/o neck and low back pain, seat belt sign L clavicle. CT C-spine neg. Dx S13.4XXA, S33.5XXA. Chiropractic 2x/wk x 6 wks approved per HI PIP fee schedule.
Provider: [[N|Malia Fonoti]], DC   Ph [[PH|808-555-0137]]
""",
)

note(
    "d12-18",
    "Beatrice Holloway-Finch",
    """
MEDICARE SECONDARY PAYER RECOVERY CONTRACTOR
CONDITIONAL PAYMENT LETTER

[[D|June 4, 2025]]

[[N|Antoine Brousseau]], Esq.
Brousseau Lamarre LLC
[[ADDR|201 St. Charles Ave, Ste 2500]]
[[C|New Orleans]], LA [[Z|70170]]

Beneficiary: [[N|BEATRICE HOLLOWAY-FINCH]]
Medicare Number (MBI): [[HP|5TX9-KJ3-WM72]]
Case ID: [[ID|20251560042117]]
Date of incident: [[D|11/02/2024]]  (slip and fall, liability)

Medicare has identified conditional payments totaling $18,442.07 related to this case. An itemized listing of claims is enclosed. Do not settle without contacting us. Your authorization from Ms. [[N|Holloway-Finch]] expires [[D|10/31/2025]].

Questions: [[PH|1-855-555-0196]], TTY 711. Refer to the Case ID on all correspondence.
""",
    allow=("Brousseau",),
)

note(
    "d12-19",
    "Tyrell Boakye",
    """
NOTICE OF UTILIZATION REVIEW DECISION -- NON-CERTIFICATION
Texas Department of Insurance, Division of Workers' Compensation rules apply.
Injured employee: [[N|Tyrell Boakye]]       DWC claim no. [[ID|25-118204-02]]
Carrier claim no. [[ID|TX4471903]]          Employer: Lone Star Roofing Supply
Date of injury: [[D|12/02/2024]]
Requested: lumbar MRI w/o contrast (72148) and L4-5 ESI (62323)
Requesting provider: [[N|Cecilia Arvizu]], PA-C, for Dr. [[N|Vikram Dhaliwal]]
Decision: NOT CERTIFIED on [[D|2/18/25]]. ODG criteria not met: no progressive neuro deficit, <6 wks conservative care documented.
Reviewer: [[N|J. Wierzbicki]], MD (TX lic. [[LIC|N4471]]), orthopedic surgery. Peer discussion offered [[D|2/17]] 11:00; voicemail left, no callback.
Reconsideration may be requested within 30 days.
""",
)

note(
    "d12-20",
    "Florence Adeyemi-Stone",
    """
MEDICAL REPORT -- DRIVER FITNESS (MV-80L style)
To be completed by treating physician and returned to Driver Medical Review Unit.

Driver: [[N|Florence Adeyemi-Stone]]    DOB [[D|01-22-1933]]  (age [[A|92]])
License no. [[LIC|S530-4419-6612]]      Review case [[ID|DMR-0927731]]
Address: [[ADDR|66 Maple Glen Ct]], [[C|Brick]], NJ [[Z|08723]]
Referred by: police after a minor crash in [[C|Toms River]] over [[D|Labor Day]] weekend (officer [[N|Paulette Sikora]]).

Conditions: mild cognitive impairment (MoCA 22/30), macular degeneration OS, well-controlled HTN. Visual acuity 20/40 OU with correction. No syncope or seizure.
Recommendation: daytime driving only, within 10 miles of home; re-evaluate in 12 months.

Physician: [[N|Lorenzo Abate]], MD   Lic. [[LIC|25MA08817000]]
""",
)

note(
    "d12-21",
    "Dmitri Volkonsky",
    """
Certification of Health Care Provider for Employee's Serious Health Condition (FMLA, WH-380-E)
SECTION I (employer): Employee [[N|Dmitri Volkonsky]]; Employer Ridgeview Logistics; HR contact [[N|Shaniqua Ortiz-Bell]], [[EM|sortizbell@ridgeviewlog.example]]
SECTION III (provider):
Provider name/business: [[N|Avinash Kulkarni]], MD, Summit Nephrology, [[ADDR|410 Medical Pkwy Bldg C]], [[C|Chattanooga]], TN [[Z|37421]]; tel [[PH|423-555-0144]]
Approximate date condition commenced: [[D|Oct 2024]]
Probable duration: lifelong
Inpatient care: [[D|11/03/2024]] to [[D|11/09/2024]] (AKI, dialysis start)
Schedule: in-center hemodialysis MWF 05:30-09:30; will miss ~1 day/month for access procedures.
Incapacity episodes: 1-2 per month, 1 day each.
Signature [[D|1/15/2025]]
""",
)

note(
    "d12-22",
    "Jasmine Thibodeaux",
    """
EHR ACCESS AUDIT -- patient [[N|THIBODEAUX, JASMINE]] MRN [[MRN|00418837]]  (requested by Privacy Office, complaint [[ID|PRV-2025-0193]])
timestamp            user        role          workstation      ip              action
[[D|2025-04-06]] 22:14:07  [[N|lthibodeau]]  RN (ED)       ED-WS-07         [[IP|10.42.17.88]]     OPEN chart
[[D|2025-04-06]] 22:14:51  [[N|lthibodeau]]  RN (ED)       ED-WS-07         [[IP|10.42.17.88]]     VIEW notes/psych
[[D|2025-04-09]] 01:47:30  [[N|lthibodeau]]  RN (ED)       VPN              [[IP|172.58.91.203]]   PRINT face sheet
Finding: user [[N|lthibodeau]] ([[N|Lacey Thibodeau]], no treatment relationship) accessed chart of ex-spouse's partner while off duty. Referred to HR; pt notified by letter per 45 CFR 164.404.
""",
)

note(
    "d12-23",
    "Gustavo Benavides",
    """
STATE OF NEW MEXICO -- OFFICE OF THE ATTORNEY GENERAL
MEDICAID FRAUD CONTROL UNIT
Request for Records (42 U.S.C. 1396b(q))

To: Records Custodian, Sandia Foothills Home Health
Investigation no.: [[ID|MFCU-25-0347]]
Subject provider: [[N|Yolanda Trujillo-Baca]], personal care aide
Recipient: [[N|Gustavo Benavides]], Centennial Care member [[HP|700418826]]
Please produce timesheets, EVV logs (GPS and clock-in) and care plans for service dates [[D|January 1]] through [[D|June 30, 2025]].
Special Agent [[N|Derek Lonetree]], badge [[ID|MF-112]]
[[PH|505-555-0128]]
[[ADDR|201 Third St NW, Suite 300]], [[C|Albuquerque]], NM [[Z|87102]]
""",
)

note(
    "d12-24",
    "Colton Reinholt",
    """
LAW ENFORCEMENT REQUEST FOR PROTECTED HEALTH INFORMATION (45 CFR 164.512(f))
Agency: Spokane County Sheriff's Office        Incident no. [[ID|2025-00381622]]
Requesting officer: Det. [[N|Harmony Bluecloud]], badge [[ID|4471]], [[PH|509-555-0168]]
Individual: [[N|Colton Reinholt]] (aka "[[N|Colt]]")
Basis: [X] court-ordered warrant   [ ] grand jury subpoena   [ ] administrative request
Warrant signed by Judge [[N|Annalise Forsberg]], [[D|7/2/2025]], Spokane County Superior Court.
Info requested: BAC / serum ethanol and tox screen from ED visit [[D|June 28-29, 2025]]; time of blood draw.

HIM use only: released by [[N|rkovacs]]; 4 pp; verified ID (WA DL [[LIC|WDL9KQ7R23B]]) of Det. [[N|Bluecloud]] in person.
""",
)

note(
    "d12-25",
    "Nkechi Obi-Larsson",
    """
CRIME VICTIM COMPENSATION PROGRAM -- MEDICAL PROVIDER VERIFICATION
Claim no. [[ID|CV25-008814]]      Victim: [[N|Nkechi Obi-Larsson]]      DOB [[D|Feb 3 1990]]
Crime date: [[D|4th of July 2025]] -- see police report [[ID|MPD 25-219904]] ([[C|Minneapolis]])
Claims specialist: [[N|Bjorn Esterhuizen]]   [[PH|651-555-0179]]

Provider section:
Date(s) of treatment: [[D|07/05/2025]] ED; plastics f/u; [[D|08/01/2025]] suture removal/scar check
Injuries: 6 cm stellate laceration L forehead, nasal bone fx (closed), contusions.
Balance owed by victim: $3,206.40   Patient account no. [[ACCT|HC-55017729]]
Has any other payer (health insurance, auto) been billed? Yes -- Medica, member [[HP|M8840173301]].
Completed by: [[N|Q. Tran]], patient financial services
""",
)

note(
    "d12-26",
    "Roberta Szymanski",
    """
PLAINTIFF FACT SHEET -- IN RE: ORTHOMAX CoCr HIP IMPLANT PRODUCTS LIABILITY LITIGATION, MDL No. 3102
Plaintiff: [[N|Roberta Szymanski]]   Plaintiff ID [[ID|PFS-3102-00871]]   Counsel: [[N|Derrick Lau]], Lau Whitmore LLP
Section III -- Device information
  Index surgery: [[D|10/16/2016]], L THA, Dr. [[N|Peter Vukovich]], St. Clare Hospital
  Components: OrthoMax M2 acetabular shell 54 mm, SN [[DEV|OMX-A54-17730921]]; femoral head 36 mm CoCr, SN [[DEV|OMX-H36-17731188]]; lot 5521K
  Revision: [[D|3/3/2023]] for ALTR/pseudotumor; serum cobalt 14.2 ug/L, chromium 6.8 ug/L pre-revision.
  Explant retained? Yes -- held by Stryde Pathology, specimen [[ID|SP23-4471-EX]]
Section IV -- Records authorizations executed [[D|5/12/25]]
Verified by plaintiff before notary [[N|Consuelo Ibarra]].
""",
    allow=("Lau",),
)

note(
    "d12-27",
    "Maurice Delorme",
    """
NOTICE OF INTENT TO INITIATE LITIGATION FOR MEDICAL NEGLIGENCE (Fla. Stat. 766.106)
Sent certified mail, return receipt requested

TO: [[N|Jacqueline Ferreira-Nunes]], M.D., and Bayfront Surgical Associates, P.A.
RE: Claimant [[N|Maurice Delorme]]; date of surgery [[D|September 9, 2024]]

Please be advised that this firm represents [[N|Maurice Delorme]] and his wife, [[N|Yvette Delorme]], regarding a retained surgical sponge discovered on CT [[D|12/02/2024]] at Tampa General Hospital. A verified written medical expert opinion of [[N|Harlan Osei]], M.D., is enclosed. Your insurer must respond within 90 days.

[[N|Reid Castellanos]], Esq., Castellanos & Pike
[[ADDR|100 N. Tampa St, Ste 3700]], [[C|Tampa]], FL [[Z|33602]]
[[PH|813-555-0102]] | Fla. Bar No. [[LIC|1029384]]
""",
    allow=("Castellanos", "Tampa"),
)

note(
    "d12-28",
    "Wilhelmina Ostrowski",
    """
AFFIDAVIT OF CUSTODIAN OF RECORDS
STATE OF OHIO        )
COUNTY OF CUYAHOGA   ) ss:

I, [[N|Tomasz Wiśniewski]], being first duly sworn, state: I am the duly authorized custodian of records of Lakeview Family Medicine, Inc., and have authority to certify the records of [[N|Wilhelmina Ostrowski]] (DOB [[D|08/08/1934]]), consisting of 211 pages, produced in response to subpoena in Case No. [[ID|CV-24-998102]], Cuyahoga County Court of Common Pleas, served [[D|10 February 2025]]. The records were made at or near the time of the acts recorded, by persons with knowledge, in the regular course of business.

_________________________
Sworn to and subscribed before me this [[D|14th day of February 2025]].
[[N|Dolores Kaczmarek]], Notary Public, State of Ohio
My commission expires [[D|March 1, 2027]]   Commission no. [[ID|2019-RE-778812]]
""",
)

note(
    "d12-29",
    "Raymond Two Feathers",
    """
DEPARTMENT OF VETERANS AFFAIRS -- DISABILITY BENEFITS QUESTIONNAIRE: PTSD (initial)
Veteran: [[N|Raymond Two Feathers]]        VA file no. [[ID|C 28 417 093]]        SSN [[SSN|925-33-8140]]
Examiner: [[N|Ingrid Solvang]], PsyD, contract examiner (VES)    Exam date [[D|11/13/2025]]
Records reviewed: STRs, VBMS eFolder, VA Black Hills notes 2019-present.
Stressor: IED strike near [[C|Ramadi]], [[D|Aug 2006]]; convoy driver, 1st Bn. Fellow soldier SPC [[N|Luis]] "[[N|Chuy]]" [[N|Herrera]] killed.
Veteran lives in [[C|Pine Ridge]], SD; wife [[N|Darlene]] attends appointments with him. PCL-5 score 58.
Diagnosis: PTSD, chronic (F43.12). Alcohol use disorder, in sustained remission since 2021.
""",
)

note(
    "d12-30",
    "Agnes McAllister",
    """
LONG-TERM CARE INSURANCE -- PLAN OF CARE / BENEFIT ELIGIBILITY CERTIFICATION
Insured: [[N|Agnes McAllister]]   Policy [[HP|LTC-00318842-G]]   DOB [[D|04/30/1929]]   age [[A|96]]
Claim [[ID|LTC-CL-2025-50713]]   Care coordinator: [[N|Priscilla Onwudiwe]], RN
Current setting: assisted living (Brookhaven Gardens, [[C|Ellicott City]], MD), apt 214
ADL dependence (needs hands-on or standby help): bathing, dressing, toileting, transferring -- 4 of 6
Cognitive impairment requiring substantial supervision: Yes (SLUMS 12/30)
Date ADL loss began: approximately [[D|mid-August 2025]] after L hip ORIF ([[D|8/11/25]])
Certifying licensed health care practitioner: [[N|Benedikt Hauer]], MD
I certify the insured is chronically ill per IRC 7702B(c)(2) and expected to remain so for at least 90 days.
Nephew/POA [[N|Fergus McAllister]] to receive copies.
""",
)

note(
    "d12-31",
    "Shirley Antwi",
    """
SOCIAL SECURITY ADMINISTRATION -- Office of Hearings Operations, Atlanta North
NOTICE OF HEARING
Claimant: [[N|Shirley Antwi]]   SSN [[SSN|000-48-2715]]   Claim: Title II / XVI
Representative: [[N|Marcus Delahaye]], non-attorney rep (NDR), Delahaye Disability Advocates, [[PH|770-555-0150]]
Your hearing will be held by video on [[D|Thursday, January 15, 2026]] at 9:15 AM ET.
Administrative Law Judge: [[N|Catherine P. Ruíz-Mendel]]
Vocational expert: [[N|Leonard Gaddis]]    Medical expert: none scheduled
Evidence must be submitted at least 5 business days before the hearing ([[D|1/8/2026]]).
Please bring photo ID. If you need an interpreter (Twi), call [[PH|1-866-555-0185]].
Hearing office case number: [[ID|A2-0918-447Z]]
""",
    allow=("Delahaye",),
)

note(
    "d12-32",
    "Aiden Castellano-Voss",
    """
Court-Appointed Custody Evaluator -- Request for Treatment Records
Family Court of the State of Delaware, New Castle County
[[N|VOSS]] v. [[N|CASTELLANO]]   File No. [[ID|CN23-04411]]

Child: [[N|Aiden Castellano-Voss]], DOB [[D|3/17/2016]] ("[[N|AJ]]")
Pursuant to the Order of the Hon. [[N|Leticia Brandywine]] dated [[D|May 6, 2025]], I request the pediatric and behavioral health records for the above child for the last three years, including any notes of disclosures by the child or statements by either parent ([[N|Nathaniel Voss]], [[N|Carmela Castellano]]).

Dr. [[N|Henrike Lindgren-Shaw]], PhD, licensed psychologist
[[ADDR|2 Mill Road, Suite 108]], [[C|Wilmington]], DE [[Z|19806]]
""",
)

note(
    "d12-33",
    "Unknown / Eduardo Pimentel",
    """
OFFICE OF THE CHIEF MEDICAL EXAMINER -- RECORDS REQUEST
ME Case [[ID|ME25-1187]]     Investigator: [[N|Kimberly Nakagawa-Price]], [[PH|801-555-0191]]
Decedent: [[N|Eduardo Pimentel]] (tentative ID; fingerprints pending)
DOD/found: [[D|Sat 11/29/2025]] approx 0700, vehicle, I-15 pullout near [[C|Nephi]]
Vehicle: 2008 Honda Accord, UT plate [[VEH|A41 9KT]]
Request: all records 2024-2025 from your clinic, especially med list (pt reported on buprenorphine/naloxone), last visit and UDS.
Family contact: sister [[N|Marisela Pimentel de León]], [[PH|+52 55 5555 0142]] (Mexico)
Please fax to [[FX|801-555-0192]] Attn: ME Records.
""",
)

note(
    "d12-34",
    "Lorenzo Gatti",
    """
UNITED STATES BANKRUPTCY COURT, DISTRICT OF ARIZONA
In re: [[N|LORENZO M. GATTI]], Debtor.     Case No. [[ID|2:25-bk-04417-MCW]]   Chapter 7

NOTICE OF BANKRUPTCY FILING AND AUTOMATIC STAY -- to creditor:
Valley Anesthesia Partners, Patient Accounts
Debtor account no. [[ACCT|VAP-7731042]] (DOS [[D|1/04/24]])
Balance scheduled: $4,912.00 (Schedule E/F, line 4.17)
Collection agency notified: Apex Recovery Services, ref [[ID|APX-55190832]]
Meeting of creditors (341): [[D|July 17, 2025]], 10:30 AM, by Zoom (341 Zoom instructions enclosed).
Debtor's attorney: [[N|Noor Al-Jabari]], [[ADDR|4801 E. Washington St #220]], [[C|Phoenix]], AZ [[Z|85034]], [[PH|602-555-0133]]
All collection efforts must stop. Do not contact the debtor at [[PH|480-555-0177]] or by mail.
""",
)

note(
    "d12-35",
    "Clarence Whitlock",
    """
SUBPOENA FOR PHARMACY RECORDS -- Commonwealth of Kentucky, Fayette Circuit Court, Div. 9
Commonwealth v. [[N|Clarence Whitlock]]     Indictment No. [[ID|25-CR-00712]]
To: Pharmacist-in-charge, Bluegrass Community Pharmacy #14, [[ADDR|3220 Nicholasville Rd]], [[C|Lexington]], KY [[Z|40503]]

Produce dispensing records [[D|1/1/2024]]-[[D|3/31/2025]] for patient [[N|Clarence Whitlock]], incl. Rx [[ID|6104418]] and [[ID|6117702]] (oxycodone 10 mg, alprazolam 1 mg), with prescriber names and DEA nos. KASPER report attached.
Prescriber of interest: [[N|Gerald Finnerty]], DO, DEA [[LIC|BF4471302]].
Return to ADA [[N|Sophia Nwachukwu]], Fayette Commonwealth's Attorney, by [[D|June 2]].
""",
)

note(
    "d12-36",
    "multiple",
    """
request_id,received,patient_name,patient_dob,mrn,requester,requester_fax,purpose,pages,released_by,released_on
[[ID|2025-0412]],[[D|2025-02-03]],"[[N|Nguyen]], [[N|Thi Hoa]]",[[D|1961-07-14]],[[MRN|E1180427]],"Goldberg Segalla (atty)",[[FX|716-555-0161]],subpoena,88,[[N|amoretti]],[[D|2025-02-10]]
[[ID|2025-0414]],[[D|2025-02-04]],"[[N|O'Shaughnessy]], [[N|Maeve]]",[[D|1930-05-22]],[[MRN|E0007731]],"[[N|O'Shaughnessy]], [[N|Cormac]] (son, HCP)",,continuity of care,240,[[N|tbeaulieu]],[[D|2025-02-11]]
""",
)

note(
    "d12-37",
    "Javier Ocampo",
    """
WORKERS' COMP NURSE CASE MANAGEMENT -- monthly report
To: [[N|Rhonda Kittredge]], adjuster, Summit Mutual (clm [[ID|SM-25-302281]])
From: [[N|Beth Yanagisawa]], RN, CCM   [[PH|919-555-0112]]
IW: [[N|Javier Ocampo]]   DOI [[D|01/22/2025]]   Employer: Triangle Steel Erectors

Attended ortho f/u with Dr. [[N|Sunita Bhattacharjee]] on [[D|Wed 6/18]]: s/p ORIF R distal radius ([[D|1/24]]), grip 60% of L. Released to modified duty, no use of R hand >10 lb, effective [[D|6/23/25]]. Employer ([[N|Gary Pruitt]], safety mgr) confirmed light-duty position in tool crib, 1st shift.
IW concerned about lost OT pay; referred to adjuster. Next appt in 6 wks; FCE to be requested if plateau.
Hours this period: 3.5.
""",
)

note(
    "d12-38",
    "Darnell Whitaker",
    """
CALL LOG -- patient billing advocate
[[D|10/07]] 09:12  Called Cigna re EOB for DOS [[D|8/19/25]], claim [[ID|E88410293371]] denied out-of-network. Rep "[[N|Kayla]]" says ER was in network but anesthesiologist not. Member ID [[HP|U7749210302]].
[[D|10/07]] 09:40  Spoke with pt [[N|Darnell Whitaker]] at [[PH|704-555-0153]]; he got bill from Carolina Anes. Assoc., acct [[ACCT|CAA-992014]], $2,880. Told him No Surprises Act applies; do not pay yet.
[[D|10/09]] 14:05  Faxed IDR/appeal packet to Cigna [[FX|860-555-0183]]; copy mailed to pt.
[[D|10/21]]  Cigna reprocessed at in-network rate; pt resp now $0 beyond $250 copay. Closed. -[[N|MG]]
""",
)

note(
    "d12-39",
    "Herminia Solorzano",
    """
EVALUACIÓN MÉDICA INDEPENDIENTE / INDEPENDENT MEDICAL EVALUATION (bilingual report)
Examinada: Sra. [[N|Herminia Solórzano Vda. de Paredes]]      Reclamo/Claim: [[ID|CA-WC-ADJ18840193]]
Fecha de lesión / DOI: [[D|15/04/2024]] (per employer DWC-1)
Fecha del examen / Exam: [[D|12 de septiembre de 2025]]
Intérprete: Sr. [[N|Óscar Funes]]
Historia: La Sra. [[N|Solórzano]] trabajaba en una empacadora en [[C|Salinas]]; se resbaló y cayó sobre la cadera derecha. Vive con su hija en [[ADDR|231 Calle Cebu]], [[C|Salinas]] [[Z|93905]].
History (English): fall at work; R hip contusion; persistent trochanteric pain. XR neg; MRI gluteus medius tendinosis.
Impression: greater trochanteric pain syndrome. P&S not yet; recommend US-guided injection x1.
QME: [[N|Dariusz Nowicki]], MD   QME no. [[LIC|118442]]
""",
)

note(
    "d12-40",
    "Brandi LaRue",
    """
[OCR text, faxed disability form, p2 of 3 - poor quality]
EMPL0YEE NAME: [[N|Brandi LaRue]]        SS#: [[SSN|9l4-27-0038]]
CLAIM#: [[ID|LTD2O25-447l6]]
Last day worked: [[D|O8/O1/2025]]
Diagnosis: Fibromya1gia, MDD recurrent mod, OSA on CPAP
Is pt able to work? [ ]Yes [X]No   If no, est return: unk - re-eval [[D|11/O3]]
Restrictions: sit/stand alt q30min, no repetitive keyboarding >2h
Physician: Dr [[N|Gwyneth Okafor-Reyes]]   Ph: [[PH|(336) 555-O129]]   Fax: [[FX|336-555-0l30]]
Address: [[ADDR|22O1 Brandt Rd Ste l]], [[C|Greensb0ro]] NC [[Z|274O8]]
Signature: ___[[N|gor]]___   Date: [[D|9/3/2O25]]
""",
)

note(
    "d12-41",
    "Tiana Mbatha",
    """
LETTER OF PROTECTION

[[D|March 3rd, 2025]]

Peachtree Spine & Joint
Attn: Billing
[[ADDR|5670 Peachtree Dunwoody Rd NE, Ste 1200]], [[C|Sandy Springs]], GA [[Z|30342]]

Re: Patient [[N|Tiana Mbatha]]; DOB [[D|10.05.1992]]; DOA [[D|1.18.2025]]; our file [[ID|OL-7719]]

In consideration of your agreement to provide care (cervical MBB, RFA, PT) without present payment, the undersigned attorney agrees to protect your charges from any settlement, judgment or verdict obtained for the client. This letter does not waive the client's responsibility if no recovery is obtained.

Please send narratives and itemized bills to [[EM|intake@oyelaw.example]] referencing our file.

[[N|Babatunde Oyelaran]], Esq.
Oyelaran Law Group | [[PH|404-555-0107]]
Acknowledged: [[N|T. Mbatha]] (client) ________
""",
    allow=("Oyelaran",),
)

note(
    "d12-42",
    "Curtis Lindahl",
    """
Subject: Lien reduction request -- [[N|Curtis Lindahl]], acct [[ACCT|20044718392]]
To: Lien Dept., North Star Health System ([[EM|liens@northstarhs.example]])
From: [[N|Gabriela Ionescu]], paralegal to [[N|Peter Haugen]], Esq.  [[PH|218-555-0125]]

Our client was injured [[D|Memorial Day 2024]] when struck by a pickup (MN plate [[VEH|KPW-118]]). Your hospital lien filed [[D|7/30/2024]] with Carlton County totals $61,877.50. The case settled at policy limits of $100,000. After fees (33.3%) and costs, net to client is $61,290.
We ask that you reduce the lien to $20,000 in light of the limited recovery, client's ongoing care (L BKA, prosthetic fitting), and pro-rata share of procurement costs. Release to be sent to [[ADDR|12 E. Superior St, Ste 600]], [[C|Duluth]], MN [[Z|55802]].
Thank you for your consideration.
""",
)

note(
    "d12-43",
    "Eunice Marchbanks",
    """
REPORT OF COURT VISITOR -- Guardianship of [[N|Eunice Marchbanks]], Probate Court of Shelby County, Tenn., No. [[ID|PR-2025-1183]]
Visit date: [[D|Sunday]] afternoon, [[D|6/8/25]]. Location: respondent's home, [[ADDR|4410 Poplar Ave]], [[C|Memphis]] [[Z|38117]], and by phone with her cardiologist.
Respondent ([[A|101]] yrs) was seated in a recliner, oriented to self only. She called me "[[N|Lottie]]" (her late sister). Her grandson, [[N|DeShawn Marchbanks]], lives with her and handles bills; neighbor Mrs. [[N|Oyinlola]] (first name unknown) reports food often missing. Bank statements show cash withdrawals of ~$1,200/wk for three months.
Recommend: appointment of independent fiduciary rather than grandson; APS referral made.
Visitor: [[N|Lynette Crane-Abiodun]], [[PH|901-555-0148]]
""",
)

note(
    "d12-44",
    "Wallace Fenwick",
    """
HIM MEMO -- verification of personal representative
Pt: [[N|FENWICK, WALLACE R]]   MRN [[MRN|3380-1172]]
Requester presented durable POA for health care executed [[D|11/2/2019]] naming [[N|Iris Fenwick-Gold]] (niece) as agent. POA springing -- effective only on written incapacity determination. Chart contains incapacity letter by Dr. [[N|Anjali Seshadri]] dated [[D|01/07/2025]]; 2nd physician letter NOT on file.
Requester ID: NY driver license [[LIC|719 442 083]]; address on license [[ADDR|55 Orchard Hill Ln]], [[C|Pittsford]], NY [[Z|14534]] -- matches POA.
Decision: release DEFERRED pending 2nd certification. Explained to Ms. [[N|Fenwick-Gold]] at window; she will contact Dr. [[N|Seshadri]].
[[N|jhollister]] / HIM Supervisor ext 4471
""",
)

note(
    "d12-45",
    "Alphonse Kabongo",
    """
Request for deceased patient's records by personal representative
Decedent: [[N|Alphonse Kabongo]], DOB [[D|1944-02-29]], DOD [[D|2025-08-15]]
Last facility: Mount Olive Skilled Nursing, unit B, bed 12
Requester: [[N|Béatrice Kabongo-Mutombo]], executrix; Letters Testamentary issued [[D|9/22/2025]] by Prince George's County Register of Wills
Mailing address: [[ADDR|9104 Riggs Rd, Apt 3C]], [[C|Adelphi]], MD [[Z|20783]]
Phone [[PH|301-555-0181]]
Purpose: evaluation of potential wrongful-death claim (Stage 4 sacral pressure injury). Attorney: [[N|Francesca DiNapoli]], DiNapoli & Sze.
Records requested: MAR, wound care flowsheets, incident reports, care plan meetings [[D|May]]-[[D|August 2025]].
Received by HIM -- [[N|ckeita]]
""",
    allow=("DiNapoli",),
)

note(
    "d12-46",
    "Yusuf Demirci",
    """
[[D|November 3, 2025]]

Jury Administrator
Superior Court of Arizona, Pima County
[[ADDR|110 W. Congress St]], [[C|Tucson]], AZ [[Z|85701]]

Re: Juror [[N|Yusuf Demirci]], Juror ID [[ID|JP-5521904]], summoned for [[D|Monday, December 1, 2025]]

Dear Jury Administrator,
Mr. [[N|Demirci]] is under my care for relapsing-remitting multiple sclerosis (on ocrelizumab). He is currently recovering from an exacerbation with new L leg weakness and bladder urgency, and requires infusion on a fixed schedule every 6 months. Sitting for long periods without bathroom access is not feasible. I request he be excused, or his service deferred at least 6 months.

Sincerely,
[[N|Corinne Baptiste-Hall]], MD, Neurology, Banner -- University Medicine
[[PH|520-555-0138]]
""",
)

note(
    "d12-47",
    "Anh Thu Lam",
    """
Form I-693 worksheet (civil surgeon) -- internal, not for USCIS submission
Applicant: [[N|LAM, Anh Thu]]     A-Number: [[ID|A 219-447-803]]     DOB: [[D|22 NOV 1987]]
Passport: Viet Nam, no. [[ID|C4471902]], exp. [[D|14 MAR 2031]]
Address: [[ADDR|1510 Jefferson Ave, Unit 12]], [[C|Garden Grove]], CA [[Z|92840]]
Visit 1 [[D|10/06/2025]]: IGRA (QFT-Plus) negative. CXR not required. Syphilis RPR nonreactive. Gonorrhea NAAT neg.
Vaccines: MMR x2 and Tdap documented from 2009 records; influenza given today (lot UJ447); COVID-19 documented.
Visit 2 [[D|10/13/2025]]: signed and sealed envelope handed to applicant.
Civil surgeon: [[N|Khanh Vo-Ellison]], MD    USCIS civil surgeon code [[ID|CS-4471-CA]]
""",
)

note(
    "d12-48",
    "Rosalind Achebe-Morrow",
    """
CERTIFICATE OF NO RECORDS

Re: Subpoena served [[D|25 June 2025]]; [[N|ROSALIND ACHEBE-MORROW]] v. Ascend Fitness Centers, Inc.; Circuit Court for Montgomery County, Maryland, Case No. [[ID|C-15-CV-25-000882]]
Patient identifiers supplied: DOB [[D|09/13/1983]]; SSN [[SSN|000-72-1458]]

I, [[N|Leopold Amankwah]], Director of Health Information Management, Shady Grove Adventist Hospital, certify that after a diligent search of our electronic and archived records using the patient identifiers above and the alias "[[N|Roz Morrow]]", no records of treatment were located for the period [[D|January 2019]] through the date of service.
Search performed [[D|7/1/2025]] by [[N|pesposito]]; second search by the undersigned.

[[N|Leopold Amankwah]], RHIA   [[D|July 2, 2025]]
""",
)

note(
    "d12-49",
    "Gideon Farkas",
    """
Patient portal secure chat -- Records & Billing queue
[[D|08/04/2025]] 10:41  [[N|gideon.farkas77]] (patient): hi, my lawyer says he never got my records? I signed the thing online like 2 weeks ago
10:43  [[N|Tamsin]] (HIM): Hi [[N|Gideon]]! Let me check. I see request [[ID|ROI-2025-118873]] to [[N|Abner Whitcliff]] at Whitcliff & Dorsey, sent [[D|7/24]] to their fax on file.
10:44  [[N|gideon.farkas77]]: thats their old fax. new one is [[FX|515-555-0115]]
10:46  [[N|Tamsin]] (HIM): Updated and resent, 76 pages. You can also download here: [[URL|https://mychart.iowaheart.example/roi?req=ROI-2025-118873&pt=3376601]]
10:47  [[N|gideon.farkas77]]: awesome ty!! 👍
10:47  [[N|Tamsin]] (HIM): Anytime! Chat closed.
""",
    allow=("Whitcliff",),
)

note(
    "d12-50",
    "Esperanza Villanueva",
    """
INDEPENDENT REVIEW ORGANIZATION -- FINAL EXTERNAL REVIEW DECISION
IRO: Clearwater Medical Review, LLC        IRO case no. [[ID|CMR-EXT-25-10447]]
Enrollee: [[N|Esperanza Villanueva]]       Member no. [[HP|AZH-660187334]]
Health plan: Sonoran Choice HMO            Date request received: [[D|09/02/2025]]
Service at issue: proton beam therapy, left skull-base chordoma (CPT 77525)
Reviewer credentials: board-certified radiation oncologist, >10 yrs practice, no conflicts. (Identity withheld per statute.)
Records reviewed: plan denial letter [[D|7/15/25]]; internal appeal upheld [[D|8/20/25]]; MRI report; letters from Dr. [[N|Aurelio Campos-Frey]] and Dr. [[N|Winifred Oduya]].
Decision: The plan's denial is OVERTURNED. Proton therapy is medically necessary given proximity to brainstem and optic chiasm (ASTRO model policy, Group 1).
Notice mailed to enrollee at [[ADDR|7718 N. 43rd Dr]], [[C|Glendale]], AZ [[Z|85301]] on [[D|09/24/2025]].
""",
)

note(
    "d12-51",
    "Kenji Watanabe-Ruiz",
    """
WORK STATUS REPORT -- Occupational Health
Employee: [[N|Kenji Watanabe-Ruiz]]    Badge [[ID|PT-007713]]    Employer: Port of Tacoma, Maintenance
Claim (L&I): [[ID|BK44719]]    Date of injury: [[D|Aug. 9 2025]]    Visit: [[D|Fri 9/12/25]]
Supervisor: [[N|Gordon]] "[[N|Gordo]]" [[N|Whitfield]] -- [[PH|253-555-0126]]
Status: [X] Modified duty from [[D|9/15]] x 4 wks
  - No climbing ladders/scaffolds; no lifting >20 lb; may drive forklift; no overtime.
Dx: lumbar strain w/ L5 radiculopathy (M54.16); MRI ordered.
Next visit: [[D|9/26]] 08:15 with [[N|Abigail Sørensen]], ARNP.
Form sent to L&I and to employer HR ([[EM|hr-claims@porttacoma.example]]).
""",
)

note(
    "d12-52",
    "Sabine Oyelowo-Grant",
    """
LTD CLAIM -- TELEPHONE INTERVIEW NOTE (claimant)
Claim [[ID|LTD-0093318-25]]  | Claimant [[N|Sabine Oyelowo-Grant]] | Policyholder: Meridian Health Partners, group [[HP|GRP-118440]]
Date/time: [[D|12/02/2025]] 14:00 ET  | Analyst: [[N|Paxton Reinholdt]]
Clmt confirmed DOB [[D|06/11/1976]] and last 4 of SSN (not recorded). Former ICU RN; LDW [[D|6/27/25]].
Reports daily migraines 15-20 d/month, fails triptans, now on galcanezumab; Botox q12wk. Neurologist Dr. [[N|Oyinkansola Pratt]] ([[C|Indianapolis]]) sees her q3mo.
ADLs: drives short distances; husband [[N|Trent]] does shopping. Applied for SSDI [[D|11/14]]; rep is [[N|Lyle Amsterdam]] at Citizens Disability.
Action: APS requested from Dr. [[N|Pratt]]; IME to be scheduled if not received by [[D|1/5/26]].
""",
)

note(
    "d12-53",
    "Caleb Osterhout",
    """
FAA SPECIAL ISSUANCE -- status report to Aerospace Medical Certification Division (AAM-300)
Airman: [[N|Caleb Osterhout]]    Applicant ID [[ID|C0441-7719-2285]]    MID [[ID|25-918442]]
Pilot certificate no. [[LIC|3927714]] (ATP)    Class: 1st    Date of birth: [[D|04/19/1971]]
Condition: CAD s/p DES to LAD ([[D|Sept 2024]]); 2nd stent RCA ([[D|11/2024]]).
Current: asymptomatic. Max GXT [[D|10/21/2025]] Bruce protocol 12:30, 13.4 METs, no ischemia. LVEF 60% on echo. LDL 58 on rosuvastatin 20 mg, ASA 81.
Requested: continued authorization, annual surveillance.
AME: Dr [[N|Fenella Quartey]], AME no. [[ID|44719]], [[PH|952-555-0134]]   Date [[D|10/28/2025]]
""",
)

note(
    "d12-54",
    "Royce Dunbar",
    """
MEDICAL EXAMINATION REPORT FOR COMMERCIAL DRIVER FITNESS DETERMINATION (MCSA-5875) -- summary
Driver: [[N|Royce Dunbar]]     CDL [[LIC|D160-7744-1988]] (MO)     DOB [[D|08/14/1969]]
Home: [[ADDR|Rural Route 2, Box 118]], [[C|Sikeston]], MO [[Z|63801]]    cell [[PH|573-555-0161]]
Exam date [[D|5/20/2025]]. BP 148/92, recheck 138/86. UA: protein neg, glucose 1+. A1c 7.4 on metformin; no insulin.
Sleep: BMI 36, neck 18"; referred for PSG (STOP-BANG 6).
Determination: meets standards with periodic monitoring -- 1-year certificate, expires [[D|5/20/2026]].
Medical examiner: [[N|Hollis Greenleaf]], DC    National Registry no. [[ID|8814427706]]
Employer copy requested by Ozark Freightways safety dept.
""",
)

note(
    "d12-55",
    "Fionnuala Brennan",
    """
O'DRISCOLL HARTE SOLICITORS
[[ADDR|14 Queen Street]], [[C|Belfast]] [[Z|BT1 6EA]]  |  tel [[PH|+44 28 9555 0123]]
Our ref: [[ID|ODH/PI/24/0918]]     Date: [[D|03/04/2025]]

Dear Sirs,
Re: Our client [[N|Fionnuala Brennan]], date of birth [[D|21/11/1995]]
Our client sustained a fractured left ankle while on holiday in [[C|Boston]], Massachusetts on [[D|St Patrick's Day]] this year, and was treated at your Emergency Department and discharged with a boot. She has since had ORIF in [[C|Derry]], last week.
Please provide a copy of all records. Her form of authority is enclosed, as is a cheque for USD 25. She can be reached on [[PH|+44 7700 900184]].
Yours faithfully,
[[N|Cathal Harte]], Solicitor
""",
    allow=("Harte",),
)

note(
    "d12-56",
    "Marguerite Lindqvist-Oakes",
    """
ACCOUNTING OF DISCLOSURES (45 CFR 164.528)
Prepared for: [[N|Marguerite Lindqvist-Oakes]]     MRN [[MRN|MH-6620174]]
Period covered: [[D|February 2, 2020]] - [[D|February 1, 2026]]

 Date          Recipient                                   Purpose / legal basis               Description
 [[D|03/09/2023]]    Washtenaw Co. Circuit Court (Case [[ID|23-0441-DM]])   Court order, Judge [[N|Rasmussen]]        Psych eval [[D|1/2023]]
 [[D|11/27/2024]]    Michigan DHHS Adult Protective Services     Abuse/neglect report                ED note [[D|Thanksgiving eve]]
 [[D|08/05/2025]]    Det. Sgt. [[N|Owen Pryce]], Ypsilanti PD (badge [[ID|318]])   Law enforcement - court warrant     BAC result

Disclosures for TPO and those you authorized are not listed. Questions: Privacy Officer [[N|Hallie Boateng]].
""",
)

note(
    "d12-57",
    "multiple (breach)",
    """
[[D|September 30, 2025]]

[[N|Ezekiel Prudhomme]]
[[ADDR|3819 Magazine St, Apt B]]
[[C|New Orleans]], LA [[Z|70115]]

NOTICE OF DATA BREACH
Dear Mr. [[N|Prudhomme]]:
On [[D|August 28, 2025]], an unencrypted laptop (Dell Latitude 5540, service tag [[DEV|8QK4R73]]) used by our third-party billing vendor was stolen from an employee's car in [[C|Metairie]]. It may have contained your name, date of birth, MRN [[MRN|OCH-00541983]], health plan member number, dates of service and procedure codes. Your Social Security number was not included.
We have reported the theft to police and to HHS. We are offering 24 months of credit monitoring; enroll with code [[ID|KX7-PQ44-ZT19]] within 90 days.
Call our dedicated line [[PH|1-888-555-0108]] Mon-Fri 8-8 CT.
""",
)

note(
    "d12-58",
    "Lucinda Harrowgate",
    """
RESPONSE TO REQUEST FOR AMENDMENT OF PHI (45 CFR 164.526)
To: [[N|Lucinda Harrowgate]], [[ADDR|PO Box 771]], [[C|Bozeman]], MT [[Z|59771]]
Date: [[D|April 17, 2025]]        Your request dated [[D|March 24, 2025]], ref [[ID|AMD-25-0061]]

You asked us to remove the diagnosis "alcohol use disorder, mild" from the ED note of [[D|01/05/2025]] written by [[N|Noah Whitebird]], PA-C, because you state it was based on a misunderstanding with the triage nurse (RN [[N|Kessel]]).
After review by the author and our Medical Director, your request is DENIED in part: the diagnosis was supported by the history documented at that visit. However, we have appended your statement of disagreement to the record and will include it with future disclosures.
You may file a complaint with our Privacy Officer at [[EM|privacy@gallatinhealth.example]] or with the HHS Office for Civil Rights.
""",
)

note(
    "d12-59",
    "Darius Fairbanks",
    """
UNITED STATES DISTRICT COURT, WESTERN DISTRICT OF WASHINGTON
[[N|DARIUS FAIRBANKS]], Plaintiff, v. CASCADE FREIGHT LINES, INC., Defendant.
Civil Action No. [[ID|2:25-cv-01187-TLF]]

STIPULATED QUALIFIED PROTECTIVE ORDER (45 C.F.R. 164.512(e)(1)(v))
1. The parties may obtain Plaintiff's protected health information from any covered entity, including Harborview Medical Center, Dr. [[N|Imelda Sarkissian]] and Puget Sound Physical Therapy, for the period [[D|January 1, 2022]] to trial.
2. PHI shall be used only for this litigation and returned or destroyed within 60 days of final disposition.
3. Plaintiff's SSN [[SSN|000-38-1174]] and DOB [[D|2/28/1985]] shall be redacted from any public filing (LCR 5.2).
DATED [[D|October 9, 2025]].
___________________ [[N|Theresa L. Fricke]], United States Magistrate Judge
Presented by: [[N|Arjun Malhotra]], WSBA [[LIC|50417]], counsel for Plaintiff
""",
)

note(
    "d12-60",
    "Wesley Kirkconnell",
    """
PETITION FOR INVOLUNTARY COMMITMENT / EMERGENCY DETENTION -- supporting physician certificate
Probate Court of Franklin County, Ohio    Case no. [[ID|25-MH-004471]]
Respondent: [[N|KIRKCONNELL, WESLEY A.]] ("[[N|Wes]]")   DOB [[D|12/24/1999]] ([[D|Christmas Eve]] birthday per mother)
Last known address: [[ADDR|1122 Oak St]], [[C|Columbus]] [[Z|43205]]
Applicant: [[N|Deborah Kirkconnell]] (mother)

On [[D|Sat 3/1/25]] police brought respondent to the ED after he posted threats on social media as @[[N|wesk_truthseeker]] and was found on the I-670 overpass. In ED: pressured speech, grandiose and paranoid delusions, no sleep x4 days. Hx bipolar I, off lithium since [[D|December]].
Opinion: mentally ill, poses substantial risk of harm to self; least restrictive setting is inpatient.
[[N|Farhan Siddiqui]], MD   [[D|3/1/2025]] 2215
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
