#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind21.jsonl.

Blind set 21: paperwork written for someone other than the treating team and
the small specialties that produce it.  The notes are occupational-medicine
and employee-health records, DOT commercial-driver and FAA airman exams,
pre-placement and return-to-work physicals, drug-test custody forms and MRO
call logs, breath-alcohol forms, I-693 immigration worksheets, paramedical
life-insurance exams, disability and independent medical exams with claim
numbers and lawyers, sports, camp and concussion forms, dental, orthodontic
and oral-surgery notes, optometry and ophthalmology prescriptions, podiatry,
chiropractic, audiology and hearing-aid tickets, DME orders and delivery
slips, home-oxygen paperwork and interpreter invoices.  The text is full of
licence, serial, claim, account and specimen numbers, ages over 89 written
in several ways, and look-alike numbers that are not identifiers (tooth
numbers, lens powers, HCPCS codes, lot and model numbers, scores, rooms).

Annotation conventions (HIPAA Safe Harbor):
* NAME covers every person: patients, family, friends, caregivers, staff,
  lawyers, adjusters and examiners, including nicknames, lower-case or
  upper-case names, initials that stand for a person, log-in names and
  handles.  Titles and credentials stay outside the span, as does the "@"
  of a handle.  Kinship words, pets, celebrities, eponyms and names that are
  part of a company, firm, facility or product name are not marked.
* DATE covers any date element finer than a year: full or partial dates in
  any format, month and day, month and year, a lone month, and a weekday or
  holiday used as the date of an event.  Bare years, clock times,
  durations, recurring schedules and ages under 90 stay unmarked.
* AGE marks only ages over 89, the number or number word alone.
* PHONE and FAX take the whole number with any extension; EMAIL, URL
  (patient- or person-specific links) and IP addresses are marked whole.
* SSN, MRN, HEALTH_PLAN (Medicare, Medicaid and commercial member or group
  numbers), ACCOUNT (billing, policy-application and encounter accounts),
  LICENSE (driver's, professional, DEA, bar and certification numbers),
  VEHICLE (plates, VINs) and DEVICE (serial numbers of implants, hearing
  aids and equipment) are marked by what they identify; ID takes every
  other personal or record code: claim, case, specimen, accession, badge,
  NPI, A-number, passport, invoice, ticket and tracking numbers.
* ADDRESS is the street part (number, street, unit, PO box, rural route);
  CITY is a city, town or neighbourhood; ZIP a ZIP or foreign postal code.
  States and countries are not marked.
* Never marked: facility, agency and company names (a town inside such a
  name is left alone and allowed when the town is marked elsewhere), drugs,
  device and lens models, lot and REF numbers, procedure and HCPCS codes,
  scores, lab values, tooth numbers, room and bed numbers, jersey numbers.

Stdlib only.  Run: python bench/data/make_deid_blind21.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind21.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b21-01",
    "Derrick Holloway",
    """
MEDICAL EXAMINATION REPORT FOR COMMERCIAL DRIVER FITNESS DETERMINATION (summary page)
Driver: [[N|HOLLOWAY, DERRICK J]]   DOB: [[D|04/17/1971]]   Age: 53
CDL: [[LIC|H400-5521-7183]] (class A, IL)   Employer: Midwest Freightways
Address: [[ADDR|2217 W. Cermak Rd, Apt 3]], [[C|Cicero]], IL [[Z|60804]]   Cell: [[PH|708-555-0162]]
Hx: HTN on lisinopril 20 mg. Denies OSA sx; Epworth 6, neck 16 in. BP 148/92 -> recheck 138/86.
Vision OD 20/25, OS 20/20 uncorrected, horizontal fields 85/85. Whisper test passed at 5 ft bilat.
UA: SG 1.020, protein neg, blood neg, glucose neg.
Determination: meets standards in 49 CFR 391.41 - qualified for 1 year only (stage 1 HTN).
Certificate expires [[D|10/02/2025]].
ME: [[N|Priya Raghunathan]], DO   National Registry #: [[ID|3184472019]]   Exam date: [[D|10/02/2024]]
""",
)

note(
    "b21-02",
    "Kenji Nakamura-Reyes",
    """
AME worksheet -- FAA Form 8500-8 (MedXPress import)
Applicant: [[N|Kenji Nakamura-Reyes]]   MedXPress conf #: [[ID|MX7Q4R2P]]
Pilot certificate no. [[LIC|3928174]] (ATP). Class sought: 1st. Previous exam [[D|Jan 2024]].
Item 18: kidney stone [[D|Aug. 2023]], passed spontaneously, no recurrence; CT and letter from Dr. [[N|Okonkwo]] (urology, [[C|Spokane]]) reviewed -- no retained stones.
Vision: distant 20/15 each eye w/o correction; near 20/20; color vision passed (Ishihara 14/14). Hearing: conversational voice at 6 ft.
ECG (required, age over 40): NSR 64, unchanged from [[D|01/22/24]].
Issued: first-class medical, no limitations. Transmitted via AMCS [[D|07-Feb-2025]] 14:20.
AME: [[N|Lorraine Castellanos]], MD -- AME designee no. [[ID|51823-4]]
[[EM|lcastellanos.ame@skylinefltmed.com]] / [[PH|509-555-0118]]
""",
)

note(
    "b21-03",
    "Ruben Q. Esparza",
    """
FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM -- copy 2 (MRO)
Specimen ID: [[ID|0417729340]]   Lab accession: [[ID|QX-88120455]]
STEP 1  Employer: Tri-County Transit Authority; DER [[N|Mona Alvarado]] [[PH|915-555-0137]], fax [[FX|915-555-0138]]
        MRO: [[N|G. Whitfield]], MD, [[ADDR|400 N Mesa St Ste 1200]], [[C|El Paso]], TX [[Z|79901]]
        Donor SSN or employee ID: [[SSN|900-42-6615]]   Reason: random   DOT agency: FTA
        Tests: THC, COC, PCP, OPI, AMP (5-panel)
STEP 2  Temp 32-38 C within 4 min: YES. Split specimen. Observed: NO.
STEP 4  Collector: [[N|Tyrell Banks]]   Collected [[D|3/11/25]] 07:45   Released to FedEx
STEP 5  Donor certification signed: [[N|Ruben Q. Esparza]], DOB [[D|09/30/1988]]
""",
)

note(
    "b21-04",
    "Nguyen Thi Hoa",
    """
I-693 civil surgeon worksheet (internal copy -- not for the sealed envelope)
Applicant: [[N|NGUYEN Thi Hoa]]   A-Number: [[ID|A214887306]]   USCIS receipt: [[ID|IOE0921448173]]
DOB: [[D|15/03/1979]] (day-first, as printed on passport no. [[ID|C4471902]], Vietnam)
U.S. address: [[ADDR|5821 Bolsa Ave Apt 14]], [[C|Westminster]], CA [[Z|92683]]
Prior address abroad: [[ADDR|12 Ly Thuong Kiet]], [[C|Hue]]
Interpreter: son, [[N|Tran Minh Duc]]
IGRA (QFT-Plus) drawn [[D|03 Feb 2025]]: negative. Syphilis RPR nonreactive; gonorrhea NAAT negative.
Vaccines: MMR x2 documented; Tdap given today (lot U7712AA); varicella titer immune; influenza -- not in season.
Class A conditions: none. Class B: none.
Civil surgeon: [[N|Samuel Adeyemi]], MD (USCIS code [[ID|SA23817]]); signed and sealed [[D|02/14/2025]].
""",
)

note(
    "b21-05",
    "Eleanor Whitcombe",
    """
PARAMEDICAL EXAMINATION -- PART II (home visit)
Carrier: Northwind Mutual Life   Application #: [[ACCT|NW-5530981-L]]   Plan: final expense, $15,000
Proposed insured: [[N|Eleanor]] "[[N|Nell]]" [[N|Whitcombe]]   DOB [[D|June 11, 1933]]   stated age [[A|91]]
Exam location: [[ADDR|47 Quarry Hill Rd]], [[C|Barre]], VT [[Z|05641]]; ph [[PH|802-555-0170]]
Photo ID: VT driver's license [[LIC|88102745]] (still valid; she drives to church only).
Ht 5'2", Wt 118 lb. BP 142/78, 146/80, 138/76. Pulse 72 regular.
Blood: 2 SST + 1 lavender, kit barcode [[ID|MRL0042217836]]; urine collected 10:15, temp strip ok.
Beneficiary: grand-nephew (name on Part A).
Examiner: [[N|Dwayne Pettibone]], paramedical examiner ID [[ID|EX-20417]]; transmitted [[D|4/3/25]].
""",
)

note(
    "b21-06",
    "Marisol Ybarra-Quintero",
    """
INDEPENDENT MEDICAL EVALUATION -- Orthopaedics
Examinee: [[N|Marisol Ybarra-Quintero]]   DOB [[D|5/2/1981]]
Claim No. [[ID|WC-2024-118347]]   ADJ No. [[ID|ADJ17733905]]   DOI [[D|08/19/2023]]
Employer: Sunbelt Packaging Co. (line packer)
Referred by [[N|Harold Feinstein]], Esq., Feinstein & Roe LLP, [[PH|559-555-0124 ext. 310]]; adjuster [[N|Tamika Pruitt]] ([[EM|tpruitt@gvclaims.com]]).
Examined [[D|January 9, 2025]] in our [[C|Fresno]] office with certified Spanish interpreter [[N|Alma Resendez]] (cert. [[LIC|CA-CI 301447]]).
HPI: felt a pop in the low back lifting a 40-lb case. MRI [[D|10/02/2023]]: L4-5 protrusion, no stenosis. PT x 24, ESI x 1 ([[D|Dec 2023]]).
Exam: lumbar flexion 60 deg, SLR negative bilat, Waddell signs 1/5.
Impression: lumbar strain with L4-5 disc protrusion; MMI today; 7% WPI (DRE II, AMA Guides 5th ed.).
""",
    allow=("Feinstein",),
)

note(
    "b21-07",
    "Lamar T. Goodwin",
    """
CONSULTATIVE EXAMINATION REPORT -- internal medicine
To: Ohio Division of Disability Determination, [[C|Columbus]]
Claimant: [[N|Lamar T. Goodwin]]   SSN [[SSN|000-71-3852]]   DDS case [[ID|OH7720194-CE]]
Exam date: [[D|Tuesday, November 12, 2024]]   in 13:05 / out 13:48
ID checked: OH driver license [[LIC|RT447291]], photo matches. Came by COTA bus with his cousin "[[N|Dre]]".
Allegations: COPD, low back pain, "nerves". Smokes 1 ppd x 30 yrs.
Spirometry (best of 3): FEV1 1.62 L (48% pred), FVC 2.91 L; post-BD not done per DDS.
Gait normal without device; squats halfway; heel and toe walk ok. Grip (Jamar) R 32 kg, L 30 kg. Lumbar flexion 70 deg.
Medical source statement deferred to DDS. Report faxed [[D|11/14/24]] to [[FX|614-555-0179]].
[[N|Beatriz Lemos]], MD -- OH lic. [[LIC|35.118722]]
""",
)

note(
    "b21-08",
    "Aaliyah Monroe-Pierce",
    """
PREPARTICIPATION PHYSICAL EVALUATION -- Medical Eligibility Form
Name: [[N|Aaliyah Monroe-Pierce]]   DOB [[D|12/08/2009]]   Grade 10
School: Lakeview-Brandt H.S.   Sports: volleyball; track (400 m, 4x400)
Parent/guardian: [[N|Keisha Pierce]], cell [[PH|(412) 555-0146]]
Hx: one episode of lightheadedness (no LOC) at an outdoor meet in [[D|September]], hot day, resolved with fluids. No exertional chest pain; no FH of sudden death <50 y.
Exam: BP 112/68, HR 64. No murmur supine/standing/squat-to-stand. Marfan screen negative. Vision 20/20 OU.
CLEARED for all sports without restriction.
Emergency contact: grandmother [[N|Loretta]] [[PH|412-555-0103]]
Signed [[D|6/27/2025]] -- [[N|Nadia Petrossian]], PA-C, PA lic. [[LIC|PA061244]]; copy to ATC [[N|Sean Byrne]] ([[EM|sbyrne@lbhs.k12.pa.us]])
""",
)

note(
    "b21-09",
    "Eli Rosenbaum-Katz",
    """
CAMP HEALTH FORM -- Camp Tall Pines, [[C|Honesdale]], PA
Camper: [[N|Eli Rosenbaum-Katz]], age 11   Session 2: [[D|July 6]] - [[D|August 1]]
Parents: [[N|Rachel Katz]] [[PH|973-555-0188]]; [[N|Ari Rosenbaum]] [[PH|973-555-0141]]
Email for camp updates: [[EM|katzrosenbaum.fam@gmail.com]]
Insurance: Horizon BCBS, member ID [[HP|3HZN48812044]], group [[HP|GR-770152]]
Allergies: peanut/tree nut -- anaphylaxis in 2022. EpiPen Jr x2 (one in health lodge, one with counselor). Cetirizine 5 mg qhs.
Asthma: albuterol HFA 2 puffs q4h prn and before swim.
Immunizations up to date per attached record.
Last physical [[D|3/18/2025]]. OK for all activities incl. swimming and ropes course.
Physician: [[N|Grace Liu-Hammond]], MD, NPI [[ID|1457392810]], Montclair Pediatrics
""",
)

note(
    "b21-10",
    "Ruth Ann Szymanski",
    """
Periodic exam + adult prophy (D0120, D1110, D0274)
Pt: [[N|Ruth Ann Szymanski]]   Chart # [[MRN|D-004417]]   DOB [[D|Feb 29 1956]]
Med hx update: started apixaban last [[D|March]] for AFib -- no extractions w/o cardiology OK.
BWX x4. #3 MOD amalgam with fractured ML cusp -> recommend PFM crown; #19 recurrent decay at DO margin, watch; #30 RCT/crown OK.
Perio: generalized 2-4 mm, BOP 12%, localized 5 mm #2 DB. OHI given, power brush recommended.
Hyg: [[N|Kayleigh]], RDH. Exam: Dr. [[N|Farid Haddad]] (lic. [[LIC|DN-22871]]).
Ins: Delta Dental PPO, subscriber [[N|Stanley Szymanski]] (spouse), ID [[HP|DD88213470]], grp [[HP|01774]]
Pt asks that the tx plan be emailed to [[EM|stan.szymanski@comcast.net]]. 6-mo recall [[D|Oct 2025]]; prefers Tuesday mornings.
""",
)

note(
    "b21-11",
    "Mateo Villanueva",
    """
ORTHO PROGRESS -- visit 14 of est. 22
[[N|Mateo Villanueva]] (14 y), Class II div 1, non-extraction. Mom (Sra. [[N|Villanueva]]) present; Spanish preferred.
Today: removed U .016 NiTi, placed U/L .018 SS with tie-backs. Rebonded #12 bracket (pt admits eating Takis and ice). Class II elastics 3/16" 6 oz, full time.
Hygiene fair; plaque at gingival margins #6-#11. Reviewed brushing with proxabrush.
Next: [[D|Thu 8/21]] 3:40 pm, 40-min slot, with Dr. [[N|Ines Kaur-Mendez]].
Acct [[ACCT|ORT-33190]] -- monthly auto-draft $185, balance $2,035. Guarantor: [[N|Ramon Villanueva]] [[PH|956-555-0114]].
Entered by [[N|bwolfe]] ([[N|Brianna]], TC) [[D|07/24/25]] 16:02
""",
)

note(
    "b21-12",
    "Yusuf Demir",
    """
OMFS pre-op / consent visit
Patient: [[N|Yusuf Demir]], 19 y/o M, ASA I, MRN [[MRN|4471-0923]]
Plan: extraction #1, #16, #17, #32 (#17 and #32 full bony impaction) under IV moderate sedation (midazolam/fentanyl), [[D|Friday 6/13]] 07:30.
Consent signed; risks incl. IAN paresthesia explained (roots approximate the canal on pano).
NPO after midnight. Escort/driver: roommate [[N|Connor Lindqvist]], [[PH|814-555-0157]] -- must stay on site.
Rx to CVS #2208: ibuprofen 600 mg q6h x 5 d; hydrocodone/APAP 5/325 #8, no refills; chlorhexidine 0.12% rinse.
Prescriber: [[N|Adaeze Okoro]], DDS, MD -- DEA [[LIC|BO4418273]], PA lic. [[LIC|DS-058812]]
Post-op check [[D|6/20]].
""",
)

note(
    "b21-13",
    "Olivia Brandt-Chen",
    """
CONTACT LENS PRESCRIPTION
Patient: [[N|Olivia Brandt-Chen]]   DOB: [[D|1994-07-23]]
Lens: Acuvue Oasys for Astigmatism, 2-week replacement
  OD  -2.75 -0.75 x 180   BC 8.6   DIA 14.5
  OS  -3.25 -1.25 x 010   BC 8.6   DIA 14.5
Rx date: [[D|03/05/2025]]   Expires: [[D|03/05/2026]]
Prescriber: [[N|Marcus Oyelaran]], OD   Lic # [[LIC|OPT-0041982]]   NPI [[ID|1639284755]]
Clearview Family Eye Care, [[ADDR|88 Elm Street]], [[C|Burlington]], VT [[Z|05401]]   Tel [[PH|802-555-0155]]
Verification request from 1-800 Contacts on [[D|3/7]] -- Rx confirmed by [[N|jmarsh]] (front desk).
Patient copy sent through portal: [[URL|https://clearvieweyecare.myportal.net/rx/OBC-20250305]]
""",
)

note(
    "b21-14",
    "Francesca DiLorenzo",
    """
OPERATIVE NOTE -- phacoemulsification with IOL, RIGHT eye
Pt: [[N|Francesca DiLorenzo]]   [[A|92]] yo F   MRN [[MRN|00638127]]   DOS: [[D|12/23/2024]]
Surgeon: [[N|Rajiv Menon]], MD.  Anesthesia: MAC + topical, [[N|K. Oduya]], CRNA
IOL: Alcon SN60WF +21.5 D, serial no. [[DEV|12638459024]]. Backup lens (+22.0 D) returned to stock unopened.
Trypan blue for capsule staining; CDE 8.42; no complications. OVD: Healon GV, lot 4412B.
Post-op: prednisolone acetate QID and moxifloxacin QID OD.
POD1 on [[D|Christmas Eve]] at 09:00 -- niece [[N|Gianna]] to drive (cell [[PH|401-555-0132]]).
Pt hard of hearing; uses a pocket talker. Room 4, bay C.
""",
)

note(
    "b21-15",
    "Harvey Tsosie",
    """
PODIATRY -- routine at-risk foot care (Q8 modifier)
[[N|Harvey Tsosie]], 89 yo M, DM2 (A1c 7.9), PAD. Lives at Canyon View Care Center, rm 212B.
Medicare MBI [[HP|1EG4-TE5-MK73]]   Facility acct [[ACCT|CVCC-002231]]
Class findings: absent DP/PT pulses bilat, dependent rubor. Monofilament 4/10 R, 5/10 L.
Procedure: debridement of mycotic nails x 10 (11721); paring of 2 hyperkeratotic lesions (11056), sub-met 5 L.
No open wounds. Refer for vascular ABI -- last ABI [[D|Sept '24]] 0.62 R.
Daughter [[N|Lorena]] (POA) updated by phone [[PH|928-555-0177]]; she asks about diabetic shoes -> will send SWO.
Next visit ~9 weeks ([[D|2/10]]). DPM: [[N|Sheldon Aberra]], lic. [[LIC|AZ-DPM 1187]]
""",
)

note(
    "b21-16",
    "Jessamyn Ortiz-Blake",
    """
CHIROPRACTIC INITIAL EXAM -- auto PIP
Pt: [[N|Jessamyn Ortiz-Blake]]   DOB [[D|11-03-1990]]
DOI [[D|04/02/2025]]: rear-ended at a red light on Route 1 in [[C|Stamford]]. Her vehicle: 2019 Honda CR-V, CT plate [[VEH|AG 38172]], VIN [[VEH|2HKRW2H84KH611093]].
Auto carrier: Nutmeg State Indemnity, claim [[ID|0551738-02]], adjuster ph [[PH|860-555-0150]].
Letter of protection on file from [[N|Dmitri Volkov]], Esq. ([[EM|dvolkov@volkovlawct.com]]).
C/C: neck pain 7/10, headaches 3x/wk. Restricted C5-6 R rotation, T4 hypomobility. Spurling's negative bilat.
Tx: diversified CMT C5, T4; IFC 15 min; ice.
Plan 3x/wk x 4 wk, re-eval [[D|May 5]].
[[N|Kieran Duffy]], DC (CT lic. [[LIC|DC 004418]])
""",
)

note(
    "b21-17",
    "Walter Kowalczyk",
    """
HEARING AID FITTING -- binaural
Pt: [[N|Walter]] "[[N|Buddy]]" [[N|Kowalczyk]], age [[A|96]]; MRN [[MRN|HA-20931]]
Devices: Phonak Audeo L90-R, P-Titan color, M receivers, closed power domes
  L serial [[DEV|2317A0X4]]   R serial [[DEV|2317A0X9]]   (charger case included)
Fit [[D|4/29/2025]]. REM to NAL-NL2 within 3 dB, 500-4k Hz. Pt: "own voice boomy" -> LF gain -3 dB.
Trial period ends [[D|May 29, 2025]]; 4-yr L&D warranty through [[D|04/2029]].
App paired to daughter's phone; account [[EM|kowalczyk.joanne@yahoo.com]].
Daughter [[N|Joanne]] present; she will help with nightly charging. F/u 2 wks.
Audiologist: [[N|Hye-jin Park]], AuD, CCC-A -- lic. [[LIC|AUD.0009317]]
""",
)

note(
    "b21-18",
    "Constance Abernathy-Rhee",
    """
STANDARD WRITTEN ORDER (DME)
Beneficiary: [[N|Constance Abernathy-Rhee]]   DOB [[D|08/14/1931]]   MBI [[HP|7TW2-QJ8-RN44]]
Order date: [[D|01/06/2025]]
  E0260  hospital bed, semi-electric, with side rails and mattress -- qty 1
  E0277  powered pressure-reducing air mattress -- qty 1
Length of need: 99 (lifetime)
Dx: L89.153 stage 3 sacral pressure injury; G30.1 Alzheimer's disease. Frail, in her mid-[[A|90s]], bedbound since fall.
Deliver to: [[ADDR|1403 Magnolia Ct]], [[C|Florence]], SC [[Z|29501]] -- caregiver son [[N|Reginald]] [[PH|843-555-0109]]; first-floor bedroom, 36-in doorway.
Ordering: [[N|Imani Okafor-Bell]], MD, NPI [[ID|1922047731]]; e-signed 15:47
""",
)

note(
    "b21-19",
    "Fergus McAllister",
    """
BREATHE-EASY HOME MEDICAL -- DELIVERY / SETUP TICKET #[[ID|DT-0094417]]
Cust: [[N|MCALLISTER, FERGUS]]   Acct [[ACCT|BEH-118822]]
Ship to: [[ADDR|9 Kettle Pond Ln]], [[C|Meredith]], NH [[Z|03253]]   Ph [[PH|603-555-0164]]
Rx: O2 2 LPM continuous via NC, 24/7; ambulatory pulse setting 2.
Equipment delivered:
 - Concentrator, Inogen At Home 5L, SN [[DEV|IAH5-2209-41187]]
 - POC Inogen One G5, SN [[DEV|G5-1733920]], + 2 batteries
 - E cylinders x6 (full), regulator SN [[DEV|RG-55120]]
 - No-smoking signs posted; fire safety reviewed; smoke detector tested.
Tech: [[N|Luis Carmona]], RRT   Truck: unit 14, NH plate [[VEH|4419-KT]]
Rec'd by: [[N|Moira McAllister]] (wife)   [[D|Sat 11/30/24]] 10:25
""",
)

note(
    "b21-20",
    "Nasreen Bibi",
    """
LinguaBridge Interpreting LLC -- INVOICE [[ID|INV-2025-00871]]
Bill to: Accounts Payable, Riverside Occupational Health
Service date: [[D|Mar 18, 2025]]   Language: Urdu
Interpreter: [[N|Farhan Siddiqui]] (badge [[ID|LB-4410]]; CCHI [[LIC|CHI-107733]])
Patient/LEP client: [[N|Nasreen Bibi]], MRN [[MRN|RO-5520198]]; encounter: post-injury RTW evaluation
Time: 09:05-10:20 (billed at 2-hr minimum)
  2.0 hr x $65.00 ................ $130.00
  Mileage 34 mi x $0.67 ......... $22.78
  Parking ........................ $6.00
TOTAL DUE $158.78 -- Net 30
Remit to: [[ADDR|PO Box 2290]], [[C|Dearborn]], MI [[Z|48123]]
Questions: [[EM|f.siddiqui@linguabridge.net]] or [[PH|313-555-0108]]
""",
)

note(
    "b21-21",
    "Tevita Ngata",
    """
POST-OFFER PRE-PLACEMENT EXAM -- essential functions screen
Candidate: [[N|Tevita Ngata]]   DOB [[D|1991-02-05]]   Candidate ID [[ID|RQ-448120]]
Position: Warehouse Associate II, Cascade Distribution (fulfillment center in [[C|Kent]], WA)
Vitals: BP 124/80, BMI 31.
Lift test: floor->waist 50 lb x5 OK; waist->shoulder 35 lb x5 OK; carry 50 lb x 50 ft OK; sled push/pull 110 lb OK.
Audiogram baseline: normal 500-8k Hz bilat. Color vision (Ishihara) 12/14 -- mild deficit, not an essential function.
UDS collected, CCF specimen [[ID|7720418835]].
Hep B series dose #1 today.
Result: MEETS essential functions. Sent to HR ([[N|S. Kessler]]) by secure fax [[FX|253-555-0112]] on [[D|7/1/25]].
Examiner: [[N|Dana Whitlock]], NP
""",
)

note(
    "b21-22",
    "Bogdan Petrenko",
    """
RETURN-TO-WORK STATUS REPORT
Employee: [[N|Bogdan Petrenko]]   Employee # [[ID|004418]]   WC claim [[ID|NJ-25-0047731]]
Injury: R distal radius fx, fell from loading dock over [[D|Memorial Day]] weekend (overtime shift).
ORIF by Dr. [[N|Akintola]] [[D|5/29/25]]; hardware stable on XR today.
Work status: MODIFIED DUTY effective [[D|Monday, July 14]]:
  - no lifting >10 lb with R hand, no forceful gripping, no vibratory tools
  - L hand unrestricted; no forklift until [[D|8/11/25]]
  - OT 2x/wk -- please allow time off
Next reassessment in 4 weeks.
Supervisor "[[N|Gordy]]" (per pt). HR contact [[N|Lynette Osei]], ph [[PH|201-555-0198]], fax [[FX|201-555-0199]]
Employer: Hollister Valve & Fitting, [[C|Secaucus]] plant
""",
)

note(
    "b21-23",
    "Oluwaseun Adebayo-Clarke",
    """
EMPLOYEE HEALTH -- annual compliance record (auto-export)
Emp: [[N|ADEBAYO-CLARKE, OLUWASEUN]] | Badge [[ID|E-204417]] | Dept 4 West Med-Surg | Hire [[D|2019-08-26]]
[[D|2024-09-09]] 07:41 [[N|rjohansson]]  TST placed L volar forearm, Tubersol lot C5883AA, 0.1 mL ID
[[D|2024-09-11]] 08:02 [[N|mfeliciano]]  TST read: 0 mm induration -- NEGATIVE
[[D|2024-09-11]] 08:05 [[N|mfeliciano]]  N95 qualitative fit test (Bitrex): 3M 1870+ PASS; 1860S FAIL (taste at exercise 4)
[[D|2024-09-11]] 08:10 [[N|mfeliciano]]  influenza vaccine declined -> masking attestation signed
[[D|2024-09-11]] 08:12 SYSTEM  reminder sent to [[EM|oadebayo-clarke@stmarysrichmond.org]]
Next annual due: [[D|09/2025]]
""",
)

note(
    "b21-24",
    "Priscilla Amankwah",
    """
BLOODBORNE PATHOGEN EXPOSURE -- employee health intake
Exposed HCW: [[N|Priscilla Amankwah]], RN, badge [[ID|RN-77120]]
Exposure: [[D|10/17/2024]] approx 02:30 (night shift), 5 West rm 518.
Device: 25G insulin syringe, hollow-bore, safety not activated; penetrating injury L index finger through glove.
Source: MRN [[MRN|00912-55-7]] (identity kept confidential); source consented -- rapid HIV Ag/Ab nonreactive, HBsAg neg, HCV Ab neg.
HCW: hep B vaccinated, anti-HBs 84 mIU/mL (2021). Baseline HIV/HCV drawn.
PEP not indicated given negative source; counseled, questions answered.
Incident report # [[ID|SR-2024-10-3318]] filed by charge nurse [[N|Devon Ashby]].
Seen by [[N|M. Haugen]], NP, [[D|Thurs 10/17]] 07:15
""",
)

note(
    "b21-25",
    "Earl Threadgill",
    """
OSA TREATMENT COMPLIANCE -- for DOT medical examiner
Driver: [[N|Earl]] "[[N|Bubba]]" [[N|Threadgill]]   CDL TN [[LIC|118847204]]
Carrier: Smoky Ridge Logistics (USDOT 2298841)
Device: ResMed AirSense 11 AutoSet, SN [[DEV|23241667190]]; AirView patient ID [[ID|AV-6612904]]
Report window: [[D|05/01/2025]] - [[D|05/30/2025]] (30 days)
  Days used >=4 h: 28/30 (93%)   Avg use 6 h 41 min   AHI 2.3   Leak 95th pct 18 L/min
Meets commonly used compliance threshold (>=70% of nights >=4 h).
DME: Volunteer Sleep Supply, [[PH|865-555-0186]]
Sleep physician: [[N|Pradeep Venkataraman]], MD
Driver certified for 1 year; next DOT exam due by [[D|June 2026]].
""",
)

note(
    "b21-26",
    "Jonas R. Caldwell",
    """
[[D|March 3, 2025]]
Federal Aviation Administration, Aerospace Medical Certification Division
[[ADDR|PO Box 25082]], [[C|Oklahoma City]], OK [[Z|73125]]
RE: [[N|Caldwell, Jonas R.]] -- DOB [[D|9/9/1968]] -- PI# [[ID|2019-221874]]
Dear Dr. [[N|Oyelowo]]:
As HIMS AME for Mr. [[N|Caldwell]] (alcohol use disorder, sustained remission since [[D|Nov 2019]]): since my last report he has had 14 random PEth/EtG tests, all negative (most recent [[D|2/11/25]], lab acc. [[ID|PE-88120347]]). He attends HIMS peer group Thursdays; aftercare counselor [[N|Renata Sokol]], LADC, confirms engagement. Company sponsor reports no concerns.
I recommend continued first-class special issuance. Airman email: [[EM|jcaldwell.atp@protonmail.com]].
[[N|Winston Adjei]], MD, Senior AME #[[ID|30415-1]]   [[PH|405-555-0139]]
""",
)

note(
    "b21-27",
    "Zainab Al-Harbi",
    """
CI MAPPING -- 6 weeks post-activation
Pt: [[N|Zainab Al-Harbi]], 4 y 2 m, bilateral sequential CI
R implant: Cochlear CI632, SN [[DEV|CI632-48819273]]; activated [[D|03/10/2025]]
R processor: Nucleus 8, SN [[DEV|N8-2207461]]
L implant (2023): CI622, SN [[DEV|CI622-31170485]]; processor Kanso 2, SN [[DEV|K2-1104392]]
Today ([[D|21 Apr 2025]]): R MAP 5 created; C-levels raised ~8 CL on e1-e22; T-levels by conditioned play. e22 deactivated (non-auditory sensation). ACE, 900 pps, 8 maxima.
Aided soundfield 25-30 dB HL, 250-6k Hz, both sides.
Mother [[N|Huda]] interprets Arabic at home; school TOD Ms. [[N|Pennington]] ([[EM|kpennington@isd742.org]]).
Next visit [[D|June 2]]. Audiologist: [[N|Tovah Greenberg]], AuD
""",
)

note(
    "b21-28",
    "Jaylen Whitehorse",
    """
Pediatric dental -- comprehensive exam, new pt (foster placement)
Child: [[N|Jaylen Whitehorse]]   DOB [[D|2018-10-02]]   Medicaid ID [[HP|KS 60044718 21]]
Accompanied by foster mom [[N|Deborah Lindgren]]; DCF case [[ID|DCF-22-014773]], worker [[N|Antoine Ruffin]] [[PH|785-555-0125]]
Consent signed by DCF (on file).
Findings: ECC -- #B, #I, #L, #S carious; #E/#F intact. Sealants #3, #14, #19, #30 (erupted first molars). Fluoride varnish 5% NaF.
Behavior: Frankl 3 (positive) -- OK for chairside restorations next visit with N2O.
Caseworker needs tx summary by [[D|Fri]] for court review on [[D|10/28]].
Dr. [[N|Ngozi Uche]], DDS -- Sunflower Kids Dental, [[C|Topeka]]
""",
)

note(
    "b21-29",
    "Sofia Marroquin",
    """
Kearney Public Schools -- Vision Screening Referral          [[D|September 23, 2024]]
To the parent/guardian of: [[N|Sofia Marroquin]]   Student ID [[ID|2210447]]   Grade 2, Rm 14, teacher Mrs. [[N|Holtz]]
Your child was screened on [[D|9/19]] with a photoscreener and did not pass:
  Right eye: possible myopia/astigmatism. Left eye: within range.
Please take this form to an eye doctor and return the bottom section by [[D|Halloween]].
Questions: school nurse [[N|Carla Wendt]], RN, [[PH|308-555-0127]] or [[EM|cwendt@kearneyps.org]]
----- to be completed by eye doctor -----
Date of exam: [[D|10/4/24]]   Glasses prescribed: [x] yes
Dx: myopic astigmatism OD, mild anisometropia
Doctor: [[N|Ibrahim Saleh]], OD   Phone [[PH|308-555-0181]]
""",
)

note(
    "b21-30",
    "Winifred Abernathy",
    """
*** SPECTACLE PRESCRIPTION ***
PT: [[N|ABERNATHY, WINIFRED M]]    DOB: [[D|11/02/1929]]    AGE: [[A|95]]
ACCT: [[ACCT|0042218]]    EXAM DT: [[D|02-14-2025]]
          SPH     CYL    AXIS   ADD     PRISM
  OD     +1.75   -1.00   095   +2.75   2.0 BI
  OS     +2.25   -0.75   080   +2.75   2.0 BI
PD 60/57   SEG HT 18
LENS: PROGRESSIVE, POLY, AR   (PT WANTS LARGE FRAME - HX OF FALLS)
NOTES: PSEUDOPHAKIA OU. DRUSEN OU, STABLE. RTC 1 YR OR PRN.
DR: [[N|T. NAKASHIMA]], OD   LIC #[[LIC|OD-4471]]
LAB JOB #[[ID|VX-552017]]   OPTICIAN: [[N|R. DELACROIX]]   READY: [[D|WED 2/26]]
PHONE ON FILE: [[PH|(207) 555-0153]] (NIECE [[N|PEG]])
""",
)

note(
    "b21-31",
    "Shanice Holloway-Grant",
    """
DELIVERY TICKET #[[ID|40077213]] -- RESPIRATORY
Patient: [[N|Shanice Holloway-Grant]]   DOB [[D|3/30/1976]]   Acct [[ACCT|A-7710042]]
Addr: [[ADDR|2250 Cobb Pkwy SE, Bldg 4, Apt 412]], [[C|Smyrna]], GA [[Z|30080]]
Items:
  E0601 CPAP -- DreamStation 2 Auto, SN [[DEV|J24018833A1B2]]
  E0562 humidifier (integrated)
  A7034 nasal mask AirFit N30i size M x1; A7030 cushion x1; A7037 tubing x1; A7038 filters x2
Settings: APAP 5-15 cm H2O, EPR 2.
Educated on cleaning, travel and the 90-day compliance requirement.
Delivered by [[N|Quinton Beasley]] on [[D|8/8/24]]; pt signature on tablet (image ref [[ID|SIG-8810447]]).
Insurance: Aetna, member [[HP|W228845103]]
Compliance portal: [[URL|https://sleepdata.example-dme.com/pt/A-7710042]]
""",
)

note(
    "b21-32",
    "Dominic Esposito",
    """
SEATING & MOBILITY EVALUATION -- Group 3 power wheelchair
Client: [[N|Dominic]] "[[N|Nico]]" [[N|Esposito]], C5-6 incomplete SCI (AIS C) since 2022.
Therapist: [[N|Rebecca Tran-Moreau]], PT, ATP (RESNA cert [[LIC|ATP-9921]])
Current chair: Permobil M3 Corpus, SN [[DEV|PC3-22105587]] -- 5 yrs old, seat functions failing.
Recommend: new Group 3 PWC with power tilt/recline/elevate and mini proportional joystick.
Home visit [[D|June 3]]: [[ADDR|518 Juniper Ave]], [[C|Boulder]] [[Z|80304]] -- ramp at rear entrance; 32-in bathroom door OK.
Face-to-face with physiatrist Dr. [[N|Hallie Brennan]] [[D|05/20/2025]].
Medicaid PA # [[ID|PA-CO-2025-117742]]
""",
)

note(
    "b21-33",
    "Obadiah Fenwick",
    """
IME -- RECORDS REVIEWED (addendum, [[D|2/28/2025]])
Re: [[N|Obadiah Fenwick]] v. Crestline Logistics; Case No. [[ID|23-CV-04417]]; claim [[ID|GL-883120]]
Requested by [[N|Sarah-Jane Moody]], Esq., counsel for defendant (Bar No. [[LIC|218836]])
1. ED record, Mercy General, [[D|07/04/2022]] (the [[D|Fourth of July]] collision)
2. PCP notes, Dr. [[N|A. Iyer]], [[D|7/12/22]] to [[D|1/9/23]]
3. MRI C-spine, [[D|Aug 30, 2022]]
4. PT notes, 32 visits over 5 months
5. Deposition of plaintiff, [[D|11/15/2024]], pp. 1-148
6. Surveillance video, [[D|Labor Day]] 2024: claimant lifting a cooler and carrying a child -- reviewed
Opinion unchanged from my report of [[D|1/21/25]]: cervical strain, resolved; no permanent impairment.
[[N|Conrad Vasquez-Lin]], MD
""",
)

note(
    "b21-34",
    "Harpreet Singh Gill",
    """
PARAMED -- blood/urine collection log
Applicant: [[N|Harpreet Singh Gill]]   DOB [[D|01.07.1985]] (d.m.y)
Carrier: Cascadia Life & Annuity   Application [[ACCT|CLA-00418827]]   Face $750,000, 20-yr term
ID: BC driver's licence [[LIC|7719204]]; home [[ADDR|1188 Nanaimo St]], [[C|Vancouver]] BC [[Z|V5L 4T2]]
Collected [[D|2025-04-16]] 07:20 at the applicant's office in [[C|Blaine]], WA. Fasting 12 h.
Blood: 2 SST, kit ID [[ID|CRL-K5520019]]. Urine 60 mL, temp strip 34 C.
Ht 175 cm, Wt 82 kg. BP 128/82, 126/80, 124/80. Pulse 66.
Meds: none. Tobacco/nicotine: denies.
Examiner: [[N|Brenda Kowal]], examiner ID [[ID|PX-7710]], [[PH|360-555-0172]]
""",
)

note(
    "b21-35",
    "Abdi Hassan Warsame",
    """
Civil surgeon summary -- family of 3 (refugee adjustment)
1) [[N|Abdi Hassan Warsame]]  M  DOB [[D|01/01/1984]]  A# [[ID|A-219-440-118]]
2) [[N|Hodan Yusuf Ali]]  F  DOB [[D|1988-06-15]]  A# [[ID|A219440119]]
3) [[N|Ikran Abdi]]  F  DOB [[D|14 Sep 2016]]  A# [[ID|A219440120]]
Address: [[ADDR|2900 Cedar Ave S #310]], [[C|Minneapolis]] [[Z|55407]]
Resettlement caseworker: [[N|Leila Farouk]], [[PH|612-555-0149]]
Overseas exam (DS-3025) from [[C|Nairobi]] panel physician dated [[D|03.11.2023]] reviewed.
TB: IGRA negative both adults; child TST 0 mm.
Vaccines: child needed 2nd MMR -- given [[D|Jan 30]]; adults Tdap/MMR complete.
Forms I-693 x3 completed, signed and sealed today.
""",
)

note(
    "b21-36",
    "Connie Laverdiere",
    """
DOT BREATH ALCOHOL TESTING FORM -- summary
ATF #: [[ID|0082214]]   Reason: post-accident
Employee: [[N|Connie Laverdiere]]   Employee ID [[ID|CT-55821]]   Employer: Granite State Coach Lines
DER: [[N|Paul Brisebois]] [[PH|603-555-0193]]
Collection site: [[ADDR|120 Airport Rd]], [[C|Concord]], NH
BAT: [[N|Marcus Oduya]]   EBT: Intoxilyzer 9000, serial [[DEV|90-001837]], last cal check [[D|3/3/25]]
Screening test #0114 at 06:12: 0.000 -- confirmation not required.
Test date: [[D|Sunday, March 16, 2025]]; time since accident 1 h 40 min.
Employee signature on step 4; remarks: none.
""",
)

note(
    "b21-37",
    "Theodore Baptiste",
    """
MRO VERIFICATION INTERVIEW -- call log
Donor: [[N|Theodore Baptiste]]   CCF [[ID|0419982217]]
Lab: OXYCODONE 1,240 ng/mL (cutoff 100); OXYMORPHONE 388 ng/mL
[[D|4/9/25]] 10:14 called donor at [[PH|504-555-0131]]; no answer; VM left with MRO callback [[PH|504-555-0100]].
[[D|4/9/25]] 15:40 donor returned call; identity confirmed (last 4 of SSN + DOB [[D|2/22/1979]]).
Reports oxycodone/APAP 5/325 after a dental extraction; Rx by Dr. [[N|Nadeau]], DDS, filled [[D|March 31]] at Walgreens, Rx # [[ID|1883720-04213]].
[[D|4/10/25]] 09:05 pharmacy verified the fill. Result reported NEGATIVE to DER [[N|Alicia Fontenot]].
Safety concern: none (course completed).
MRO: [[N|Julian Thibodeaux]], DO
""",
)

note(
    "b21-38",
    "Kwame Osei-Bonsu",
    """
Podiatry procedure note + work slip
[[N|Kwame Osei-Bonsu]], 41 M, letter carrier (USPS employee ID [[ID|03318842]])
Procedure [[D|Tues 10/8]]: L hallux lateral border partial nail avulsion with phenol matrixectomy (3 x 30 s); digital block 3 mL 1% lidocaine plain. Tourniquet 6 min.
Post-op: Epsom soaks BID, mupirocin, dry sterile dressing.
WORK SLIP: may return to work [[D|Thursday]] in an open-toe surgical shoe; no walking route until [[D|10/15]]; casing and window duties OK.
Supervisor [[N|Doreen Maki]] (station manager), fax [[FX|218-555-0106]].
DPM: [[N|Ezra Lindqvist]], lic. [[LIC|MN 2281]]
""",
)

note(
    "b21-39",
    "Jess Albright",
    """
[text thread exported to chart -- Harbor Spine & Wellness]
From [[PH|+1 207-555-0168]] ([[N|Jess Albright]]):
[[D|Mon 3/3]] 7:42a  hey dr [[N|k]] can i move my appt from tmrw to [[D|fri]]?? back is killing me lol -[[N|jess]]
7:50a  Front desk ([[N|tori]]): Hi [[N|Jess]]! We have [[D|Fri 3/7]] at 9:15 or 4:30. Which works?
7:51a  4:30 pls. also ok if my bf [[N|Marco]] drives my car there? parking pass is under my plate [[VEH|6RTK-119]]
7:53a  Front desk: Yes, we'll update it. See you [[D|Friday]]!
[note -- Dr. [[N|Kettering]], DC: pt reports L LBP flare after moving furniture [[D|Sat]]. Will evaluate before adjusting; r/o radiculopathy.]
""",
)

note(
    "b21-40",
    "Agnes Thorvaldsen",
    """
HEARING AID REPAIR / RMA
Client: [[N|Agnes Thorvaldsen]], [[A|101]] yo, DOB [[D|1/4/1924]]
Device: Oticon More 1 miniRITE R, LEFT, serial [[DEV|2202HK0471]]; warranty until [[D|09/30/2025]]
Complaint (per caregiver [[N|Rosalind]], Sunrise Terrace rm 3B): intermittent, dead after shower.
In office: cleaned, new wax guard and 60 receiver -- still intermittent -> send to manufacturer.
RMA # [[ID|RMA-OT-7712094]]; shipped UPS [[ID|1Z88X4410398812274]] on [[D|June 2nd]].
Loaner issued: serial [[DEV|LN-00418]] -- return when repaired.
Billing: in warranty, $0.
Contact: nurse station [[PH|651-555-0190 x12]]
[[N|J. Amundsen]], BC-HIS
""",
)

note(
    "b21-41",
    "Vera Lindahl",
    """
CMN -- HOME OXYGEN (CMS-484 fields)
Patient: [[N|Vera Lindahl]], aged [[A|ninety-seven]]; MBI [[HP|3RQ9-XK4-TT18]]
Address: [[ADDR|RR 2 Box 114]], [[C|Hankinson]], ND [[Z|58041]]
Certification: RECERT   Initial [[D|04/2024]]   Revised [[D|05/15/2025]]
Q1 Qualifying test: SpO2 87% on room air, at rest, awake -- performed [[D|5/2/25]] by [[N|Travis Ekdahl]], RRT (independent lab)
Q3 Condition of test: at rest.   Q5 Portable O2: YES   Q6 Flow 2 LPM   Q7 PaO2: n/a
Length of need: 99 months. Dx J44.1, I50.32.
Physician: [[N|Lars Halvorsen]], MD, NPI [[ID|1083746612]]; signed [[D|5/16/2025]]
Supplier: Prairie Home Respiratory (delivers monthly)
""",
)

note(
    "b21-42",
    "Mireille Gagnon",
    """
INTERPRETER SERVICES LOG -- VRI (ASL)
Pt: [[N|Mireille Gagnon]], Deaf, primary language ASL; MRN [[MRN|7720014-3]]
Session [[ID|VRI-5509812]]; cart IP [[IP|10.48.122.17]]
Interpreter ID #[[ID|4471-C]] (name withheld per vendor policy).
Connected 14:02, dropped 14:09 (frozen video), reconnected 14:12 on backup iPad, IP [[IP|172.16.40.91]].
Pt requests an in-person interpreter for cardiac cath consent -> scheduled [[N|Laurent Beaudry]], CDI, for [[D|Wednesday the 11th]] 07:00.
Husband [[N|Guy]] reachable by videophone only: [[PH|571-555-0133]].
Documented by [[N|ahussain]] (RN) [[D|6/9/2025]] 14:30
""",
)

note(
    "b21-43",
    "Dumisani Mbeki-Rowe",
    """
Employee Health Portal -- secure message
To: [[EM|dmbeki.r@northridgemc.org]] ([[N|Dumisani Mbeki-Rowe]]) -- Employee # [[ID|EH-55810]]
Hi [[N|Dumisani]],
Your occupational health clearance for Sterile Processing Tech is COMPLETE as of [[D|Friday, Jan. 17]].
  [x] MMR -- titers immune
  [x] Varicella -- immune
  [x] TB -- IGRA negative [[D|1/13/25]]
  [ ] Hep B -- surface Ab <10; repeat series dose 1 due [[D|2/14]]
View/print your letter: [[URL|https://ehportal.northridgemc.org/clearance/letter?emp=EH-55810&tok=9f3ac1]]
Last login [[D|01/16/2025]] 21:44 from [[IP|73.162.44.201]]
-- [[N|Cyn]] @ Employee Health
""",
)

note(
    "b21-44",
    "Siobhan O'Rourke-Vance",
    """
NFPA 1582 ANNUAL MEDICAL EVALUATION -- incumbent firefighter
Member: Lt. [[N|Siobhan O'Rourke-Vance]]   Emp # [[ID|FD-1187]]   Station 9, C shift
DOB [[D|04/01/1982]]   Exam [[D|18 June 2025]] (day-first per dept form)
Vitals: BP 118/74, HR 58, BMI 24.1, body fat 21%.
Spirometry: FEV1/FVC 0.81, normal. Audiogram: 4 kHz notch L 35 dB, stable vs 2024.
Treadmill (Gerkin): 13:10 min, est VO2max 46 mL/kg/min. ECG NSR.
Labs: lipids OK, A1c 5.3. Hep C Ab neg. Skin: 2 benign nevi.
Cancer screening discussed (PFAS exposure); colonoscopy at 45.
Determination: CLEARED for full duty incl. SCBA. Report to the Chief's office, fax [[FX|860-555-0116]].
Physician: [[N|Oren Weitzman]], MD -- CT lic. [[LIC|043118]]
""",
)

note(
    "b21-45",
    "Rodrigo Salcedo",
    """
LAW ENFORCEMENT APPLICANT MEDICAL EXAM
Applicant: [[N|Rodrigo Salcedo]]   POST ID [[ID|S-4471093]]   CA DL [[LIC|D2281944]]
Agency: Kern County Sheriff's Office. Background investigator Det. [[N|Renee Okafor]] ([[PH|661-555-0120]]).
Vision: uncorrected 20/100 OU, corrected 20/20 with soft CLs (meets standard). Farnsworth D-15: pass.
Hearing: <=25 dB 500-3000 Hz bilat.
Hx: L ACL reconstruction [[D|Aug 2017]], full return to sport, no instability.
UDS negative ([[D|1/22]]). Passed PT test [[D|1/18/25]] (agility course 18.4 s).
Psychological screening done separately (not reviewed here).
Result: MEDICALLY SUITABLE. Examiner [[N|Farah Nazari]], MD, [[D|01/24/2025]].
Applicant's home: [[C|Tehachapi]].
""",
)

note(
    "b21-46",
    "Quoc Lam",
    """
OSHA 1910.134 RESPIRATOR MEDICAL EVALUATION -- reviewer summary
Worker: [[N|lam.quoc]] (portal login) = [[N|Quoc Lam]], subcontract welder, Delta Steel Erectors
Site: [[ADDR|3300 Port Industrial Blvd]], [[C|Galveston]], TX
Questionnaire submitted [[D|07/07/2025]] 22:16 CT from IP [[IP|98.203.17.44]]
Respirators: full-face APR with P100/OV cartridges; PAPR for confined space.
Positives: Q2 smoker (1/2 ppd); Q9 wheezing with colds; Q14 prior back injury.
Follow-up call [[D|7/8]]: no current wheeze; climbs 3 flights without stopping; FEV1 92% pred.
Determination: cleared for full-face APR and PAPR; re-evaluate in 1 yr or with symptoms.
PLHCP: [[N|Melinda Sorensen]], PA-C. Employer safety mgr [[N|J.T. Broussard]] ([[EM|jt.broussard@deltasteel.com]])
""",
)

note(
    "b21-47",
    "Marguerite Dubois",
    """
Mrs. [[N|Dubois]] is a 71-year-old school bus driver for the [[C|Lewiston]] schools who presents for her annual physical (CDL [[LIC|ME 7712048]], passenger and school-bus endorsements). Last certificate issued [[D|8/15/2024]]. Since then she had a R TKA in [[D|January]]; now 7 months out with full ROM. Today she operated the pedals, climbed the bus steps x10 and completed the evacuation drill (dragged a 125-lb dummy 30 ft), observed by transportation director [[N|Rick Pelletier]].
Meds: metformin 500 mg BID, atorvastatin. A1c 6.8, no insulin.
Vision 20/25 and 20/30; fields 140 deg. Whisper test 5 ft.
Qualified for 1 year; certificate # [[ID|MEC-2025-44108]].
Home [[ADDR|16 Pine St]], ph [[PH|207-555-0147]]. Exam [[D|08/12/2025]] -- [[N|Ahmed Qureshi]], DO
""",
)

note(
    "b21-48",
    "Desmond Achebe",
    """
FITNESS-FOR-DUTY EVALUATION -- summary letter (diagnosis withheld per ADA)
To: [[N|Pamela Hargrove]], HR Director, Tri-Valley Water Authority
Re: [[N|Desmond Achebe]], Emp ID [[ID|TVWA-0931]], Water Treatment Operator III (operator cert [[LIC|WT-III-20417]])
Evaluated [[D|Aug 4]] and [[D|Aug 6, 2025]]. Union steward [[N|Frank Kowalski]] (Local 1021) attended the interview portion at the employee's request.
Opinion: Mr. [[N|Achebe]] is FIT for duty with a temporary accommodation -- no solo night shifts through [[D|September 30]]; all other essential functions, including chlorine handling with SCBA, permitted.
Re-evaluate on or after [[D|10/1]].
Records reviewed: treating provider letter (LCSW), one page.
[[N|Yolanda Castaneda]], MD, MPH   [[PH|925-555-0145]] | fax [[FX|925-555-0146]]
""",
)

note(
    "b21-49",
    "Graciela Bautista",
    """
IMPLANT SURGERY -- site #30
Pt: [[N|Graciela Bautista]]   Chart [[MRN|0018842]]   DOB [[D|9 Oct 1964]]
Implant: Straumann BLT 4.1 RC, 10 mm, REF 021.5410, LOT MBG47 (label in chart). Insertion torque 35 Ncm; ISQ 72 B / 74 M.
Graft: mineralized allograft 0.5 cc (lot 22-0419) + collagen membrane. Healing abutment 5 mm. Closure 4-0 chromic.
Rx: amoxicillin 500 mg TID x 7 d, chlorhexidine, ibuprofen.
Restore in ~4 months with Dr. [[N|Tanaka]] (referring GP) -- [[EM|frontdesk.tanakadds@gmail.com]].
Sister [[N|Marisela]] drove; post-op instructions given in Spanish.
Surgeon: [[N|Viktor Hald]], DMD, MS -- NPI [[ID|1730592286]]
Suture check [[D|Wed 11/26]], the day before [[D|Thanksgiving]].
""",
)

note(
    "b21-50",
    "Chloe Vandermeer",
    """
FINANCIAL AGREEMENT -- Orthodontic Treatment (Smile Arc Orthodontics)
Patient: [[N|Chloe Vandermeer]]   Responsible party: [[N|Pieter Vandermeer]] (father)
Account # [[ACCT|SA-1004477]]   Guarantor DOB [[D|03/08/1977]]
Address: [[ADDR|4410 N Kedzie Ave, Unit 2F]], [[C|Chicago]], IL [[Z|60625]]   Ph [[PH|773-555-0122]]
Insurance: dental PPO via employer, subscriber ID [[HP|MLD-55019283]], group [[HP|0221447]]
Total fee $6,200 - insurance est. $1,500 (lifetime max) = $4,700
Down payment $700 paid [[D|5/5/2025]]
Balance $4,000 over 20 months at $200, auto-debit on the 15th; first draft [[D|June 15, 2025]]
Signed: [[N|P. Vandermeer]] [[D|05/05/2025]]; witness: treatment coordinator
""",
)

note(
    "b21-51",
    "Herschel Abramowitz",
    """
DRIVER VISION EXAMINATION REPORT
Applicant: [[N|Herschel Abramowitz]]   DL # [[LIC|A165-421-29-311-0]]   DOB [[D|Jul 4 1931]]   age [[A|93]]
Address: [[ADDR|2600 S Ocean Blvd #907]], [[C|Boca Raton]], FL [[Z|33432]]
Visual acuity (best corrected): OD 20/40, OS 20/60, OU 20/40
Fields (Esterman binocular): 118 deg horizontal
Conditions: dry AMD OU, pseudophakia OU; glare sensitivity at night.
Recommendation: [x] daylight driving only  [x] corrective lenses  [ ] outside mirrors
Re-exam in 12 months.
Examiner: [[N|Lucia Ferrer-Ibanez]], MD, FL lic. [[LIC|ME 118274]]   Date [[D|Jan. 8, 2025]]
Son [[N|Ira]] asked that a copy go to [[EM|ira.abramowitz@outlook.com]]
""",
)

note(
    "b21-52",
    "Beatrice Okonjo",
    """
INTRAVITREAL INJECTION FLOWSHEET -- [[N|Okonjo, Beatrice]]   MRN [[MRN|RC-118840]]   Age: [[A|97]]
Dx: nAMD OS; OD end-stage disciform scar
 # | date     | eye | drug              | VA     | CST
 1 | [[D|08/06/24]] | OS  | aflibercept 2 mg  | 20/200 | 412
 2 | [[D|09/04/24]] | OS  | aflibercept 2 mg  | 20/160 | 330
 3 | [[D|10/02/24]] | OS  | aflibercept 2 mg  | 20/100 | 289
 4 | [[D|11/13/24]] | OS  | aflibercept 2 mg  | 20/100 | 275
 5 | [[D|01/08/25]] | OS  | faricimab 6 mg    | 20/80  | 262
Techs: [[N|kpaz]] (1, 2, 5), [[N|dleung]] (3, 4). Povidone-iodine 5%, lid speculum, 30G.
Plan: extend to q8 weeks; next [[D|3/5/25]]. Transport by Medicaid van; granddaughter [[N|Chidinma]] [[PH|713-555-0194]].
Retina: [[N|Arjun Bhatt]], MD
""",
)

note(
    "b21-53",
    "Chukwuemeka Okafor",
    """
AUDIOLOGY -- outpatient newborn hearing rescreen
Infant: Baby Boy [[N|Okafor]] ("[[N|Chukwuemeka]]" per parents)   DOB [[D|2/11/2025]]   MRN [[MRN|NB-20250211-07]]
Birth hospital: inpatient AABR R ear REFER, L PASS.
Rescreen [[D|3/4/25]] (3 wk): AABR R -- REFER again; L PASS. DPOAE R absent 2-5 kHz.
Risk factors: NICU 6 days (hyperbilirubinemia, phototherapy); maternal uncle hard of hearing.
Plan: diagnostic ABR in natural sleep before the end of [[D|March]]; ENT referral; EI referral # [[ID|EI-TX-557120]].
Mother [[N|Ifeoma Okafor]], cell [[PH|832-555-0126]], email [[EM|ifeoma.okafor87@gmail.com]]
Audiologist: [[N|Penelope Graves]], AuD
""",
)

note(
    "b21-54",
    "Dylan Kessler-Ruiz",
    """
HEALTH LODGE LOG -- Camp Wanakee, week 3 -- [[D|7/15]]
0745 med pass: [[N|Zoe M.]] (Cabin 4) methylphenidate ER 18 mg; [[N|Theo]] (Cabin 9) cetirizine; [[N|A.R.]] (Cabin 2) insulin per pump, BG 142.
1010 [[N|Dylan Kessler-Ruiz]] (Cabin 9) -- bee sting R forearm at archery, local reaction only; ice + hydrocortisone. Called mom [[N|Ana]] [[PH|440-555-0151]], VM left.
1325 [[N|Priya S.]] -- temp 100.9, sore throat; rapid strep POSITIVE. Isolated in lodge. Parent notified ([[PH|440-555-0172]]); dad picking up ~5 pm. Amoxicillin per standing orders (Dr. [[N|Halloran]]).
1600 [[N|A.R.]] BG 68 after swim -> 15 g carbs, recheck 104.
2130 [[N|Theo]] homesick, tearful; talked with counselor "[[N|Big Sky]]" -- settled.
Signed [[N|Mags Doherty]], RN
""",
)

note(
    "b21-55",
    "Dwight Ferreira",
    """
PROSTHETIC DELIVERY -- transfemoral, LEFT
Veteran: [[N|Dwight]] "[[N|Tank]]" [[N|Ferreira]]   VA ICN [[ID|1012458831V667201]]   Consult # [[ID|CNS-447120]]
Components: Ottobock C-Leg 4 knee, SN [[DEV|C4-17Y3348]]; Triton foot, SN [[DEV|1C68-22A1140]]; elevated-vacuum suspension; ischial-containment laminated socket (check socket fit [[D|4/17]]).
K-level: K3. Gait training with PT 2x/wk.
Delivered [[D|May 1st]] by [[N|Hannah Sato-Reyes]], CPO (lic. [[LIC|TX PO-1187]]).
Lives in [[C|Killeen]]; drives an automatic car, no adaptation needed (left-sided amputation).
Component warranty 3 yr, through [[D|05/01/2028]].
""",
)

note(
    "b21-56",
    "Mackenzie Oyelaran",
    """
CONCUSSION -- return-to-play tracker (athletic training)
Athlete: [[N|Mackenzie Oyelaran]] (#22, women's soccer)   ImPACT passport ID [[ID|IMP-8841-22LX]]
Injury [[D|Sat 9/14]]: head-to-head collision on a header. SCAT6 symptom score 31/132.
Baseline ImPACT [[D|08/12/2024]]: verbal 88, visual 79, VMS 38.1, RT 0.58.
Post-injury [[D|9/16]]: verbal 71, visual 62, VMS 30.2, RT 0.71.
[[D|9/23]]: back to baseline; symptom-free x 48 h.
RTP steps: 1 light aerobic, 2 sport-specific, 3 non-contact drills, 4 full contact -- one step per day, no symptoms; 5 game [[D|Sept. 28]].
Cleared by team physician [[N|Alasdair Grant]], MD; ATC [[N|Joon-ho Baek]].
Parent [[N|Folake]] notified by email ([[EM|f.oyelaran@gmail.com]]).
""",
)

note(
    "b21-57",
    "Wei-Lun Huang",
    """
EMPLOYER'S FIRST REPORT OF INJURY (copied into occ-med EHR)
Employee: [[N|Huang, Wei-Lun]]   SSN [[SSN|987-65-4412]]   DOB [[D|12/24/1986]]
Home: [[ADDR|77 Mott St, 5th fl]], [[C|New York]], NY [[Z|10013]]; ph [[PH|212-555-0187]]
Hire date [[D|March 2021]]. Job: line cook, Golden Lantern Restaurant Group, [[ADDR|250 W 57th St]]
Injury: [[D|Lunar New Year]] ([[D|1/29/25]]) ~20:30, hot-oil splash to R forearm during dinner rush.
Witness: [[N|Chen Mei]] (sous chef)
Carrier claim # [[ID|NYWC-G0047118]]   WCB case # [[ID|G4417293]]
Treated same night at Chinatown Occupational Health: partial-thickness burn ~2% TBSA, silver sulfadiazine.
Off work 5 days; RTW full duty with glove.
""",
)

note(
    "b21-58",
    "Leopold Mwangi",
    """
STATEMENT OF CERTIFYING PHYSICIAN FOR THERAPEUTIC SHOES
Patient: [[N|Leopold Mwangi]]   MBI [[HP|5KD1-WQ3-HR62]]   DOB [[D|2-9-1948]]
I certify that: (1) the patient has diabetes mellitus; (2) [x] history of partial amputation (R 2nd toe, [[D|Dec 2021]]) [x] peripheral neuropathy with callus [x] poor circulation; (3) I am treating the patient under a comprehensive plan of care; (4) the patient needs diabetic shoes.
Last diabetes visit: [[D|08/29/2025]]
Physician: [[N|Gwendolyn Ashworth]], MD   NPI [[ID|1568203947]]   Signed [[D|9/2/25]]
-- Supplier section --
Pedorthist [[N|Tomasz Wrobel]], C.Ped: A5500 x1 pair (Dr. Comfort "William", wide), A5512 x3 pairs inserts.
Fitted [[D|9/19/2025]] at pt's home, [[ADDR|2201 Lakeshore Dr]], [[C|Muskegon]], MI [[Z|49441]].
""",
)

note(
    "b21-59",
    "Rosa Linda Ybarra",
    """
APPLICATION FOR DISABILITY PLACARD -- medical certification section
Applicant: [[N|Rosa Linda Ybarra]]   DL/ID [[LIC|Y7740219]]   DOB [[D|10/10/1958]]
Mailing: [[ADDR|PO Box 8812]], [[C|Las Cruces]], NM [[Z|88006]]
Condition: [x] cannot walk 200 ft without stopping  [x] uses portable oxygen  [ ] class III/IV cardiac
Type: [x] permanent  [ ] temporary
Previous placard # [[ID|NM-PL-0427718]], expired [[D|Feb 2025]]
Certifying practitioner: [[N|Elias Montoya]], CNP -- NM lic. [[LIC|CNP-00621]]; [[PH|575-555-0161]]
Signed [[D|March 14, 2025]]
Vehicle (optional): 2012 Buick LaCrosse, NM plate [[VEH|BXR-774]]
""",
)

note(
    "b21-60",
    "Hiroshi Takahashi",
    """
SUBPOENA DUCES TECUM -- custodian of records response (chiropractic office)
Case: [[N|Takahashi]] v. [[N|Brennan-Oakes]], Superior Court No. [[ID|CV2024-018832]]
Served [[D|10/21/2024]] by registered process server [[N|Leon Marsh]] (reg. [[LIC|PS-2291]]).
Requested: all records re [[N|Hiroshi Takahashi]], DOB [[D|6/6/1961]], dates of service [[D|1/1/2022]] to present.
Custodian: [[N|Bettina Holm]], office manager -- certified 47 pages plus billing ledger (acct [[ACCT|PT-00817]]).
Delivered [[D|11/4/2024]] to counsel [[N|Neil Okonkwo-Barr]], SBN [[LIC|284471]], [[ADDR|500 Capitol Mall, Ste 2100]], [[C|Sacramento]], CA [[Z|95814]].
Copy fee $24.00 + $0.10/page. No psychotherapy notes exist at this office.
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
