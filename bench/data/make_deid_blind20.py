#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind20.jsonl.

Blind set 20: correspondence and research paperwork.  Most notes are letters
(letterheads, recipient address blocks, salutations, cc lists and signature
blocks with direct lines and e-mail addresses), patient appointment and
results letters, fax covers and clinician-to-clinician e-mail threads; many
are written by clinicians trained in Britain, Ireland, Australia, Canada,
South Africa or India, with day-first dates, ordinal dates ("3rd April"),
foreign postcodes, national health numbers and "mobile" numbers.  The rest
are research documents: trial case report forms, serious adverse event
reports, screening and recruitment logs, biobank manifests and genomics
reports, where variant names (c.1521_1523del, rs numbers, star alleles),
protocol codes and registry numbers are not identifiers but sample,
accession and participant IDs are.  Throughout, people carry names that are
also ordinary words, places or eponyms (Will, Hope, Faith, Grace, Rose, May,
June, Frank, Mark, Hunter, Young, White, Black, King, Park, Hill, Love,
Sterling, Cash, Graves, Addison, Crohn, Bell, Paget, Parkinson...), usually
right next to the same word used in its everyday or eponymous sense, and
several towns are named after people or words (Lincoln, Franklin, Jackson,
Liberty, Hope, Paradise, Normal).

Annotation conventions (HIPAA Safe Harbor):
* NAME covers any person mentioned (patients, family, friends, carers,
  clinicians and other staff), in whatever form: full names, surnames or
  given names alone, nicknames, lower-case or capitalised spellings, initials
  used for a person, user log-ins and online handles.  Honorifics (Dr, Mrs,
  Sra.) and credentials (MD, RN, FRACP) are left outside the span, as is the
  "@" in front of a handle.  Kinship terms and pets' names are not names; nor
  are names that are part of a facility, company or study name, eponyms
  (Addison's disease, Bell's palsy) or famous people.
* DATE covers every date element finer than a year: full dates in any
  order, month and day, month and year, a month alone, and weekdays or
  holidays when they date an event.  Bare years, clock times, durations,
  ages below 90 and recurring schedules ("on Tuesdays") are left unmarked.
* AGE covers only ages above 89, and only the number ("[[A|93]] y/o",
  "in her [[A|90s]]").
* PHONE and FAX take the whole number including any extension; EMAIL, URL
  (patient- or person-specific links, portal links carrying an identifier)
  and IP addresses are marked whole.
* SSN; MRN for medical record / hospital / unit numbers; HEALTH_PLAN for
  Medicare, Medicaid, national health-insurance and commercial member or
  group numbers; ACCOUNT for billing, bank and encounter/admission account
  numbers; LICENSE for driver's, professional-registration and DEA numbers;
  VEHICLE for plates and VINs; DEVICE for serial numbers of implants and
  equipment; ID for any other code that points at a person or a record
  (case, claim, accession, sample, participant, badge, NPI, national ID and
  passport numbers, and the like).
* ADDRESS covers street number and street, unit, flat or PO box; CITY covers
  cities, towns, suburbs and neighbourhoods; ZIP covers ZIP codes and foreign
  postcodes.  States, provinces and countries are left unmarked.
* Left unmarked: names of facilities, agencies, companies and studies (a
  town inside a facility name goes into the note's allow tuple when the
  town is marked elsewhere in the note), drugs, device models, lot numbers,
  scores, lab values, room and bed numbers, organisation web sites without
  personal identifiers, and bare years.

Stdlib only.  Run: python bench/data/make_deid_blind20.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind20.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b20-01",
    "Grace Whitehorse",
    """
PLATTE VALLEY HEART ASSOCIATES
[[ADDR|4410 Holdrege Street, Suite 210]], [[C|Lincoln]], NE [[Z|68503]]
Tel [[PH|402-555-0118]]   Fax [[FX|402-555-0119]]

[[D|March 14, 2025]]

[[N|Hope Lane]], MD
Lincoln Family Medicine Clinic

Re: [[N|Grace Whitehorse]]   DOB [[D|02/09/1941]]   MRN [[MRN|PV-0088214]]

Dear Dr. [[N|Lane]],

Thank you for asking me to see Mrs. [[N|Whitehorse]], whom I met on [[D|Tuesday]] for exertional dyspnea. Echo shows severe aortic stenosis (AVA 0.7 cm2, mean gradient 46 mmHg, EF 55%). She still drives herself, though only in the slow lane, and walks one block before stopping. I have every hope that TAVR will serve her well; CTA is booked for [[D|March 27]].

Sincerely,
[[N|Dominic Achebe]], MD, FACC
Direct [[PH|402-555-0124]]  [[EM|dachebe@plattevalleyheart.com]]
""",
    allow=("Hope", "Lane", "Lincoln"),
)

note(
    "b20-02",
    "Frank Brown",
    """
Leeds Teaching Hospitals NHS Trust - Department of Rheumatology
Chapel Allerton Hospital, [[ADDR|Chapeltown Road]], [[C|Leeds]] [[Z|LS7 4SA]]
Hospital No: [[MRN|L4471290]]   NHS No: [[ID|943 476 5919]]
Clinic date: [[D|03/04/2025]]

Dr [[N|Will Moore]], Division of Rheumatology, Beth Israel Deaconess Medical Center, [[C|Boston]], MA

Dear Dr [[N|Moore]],
Re: Mr [[N|Frank Brown]], DOB [[D|19/11/1958]]

Mr [[N|Brown]] is moving to [[C|Boston]] in [[D|June]] and I would be grateful if you will take over his care. Seropositive RA since 2009; today there was frank synovitis of both wrists (DAS28-CRP 4.9) and some brown pigmentation on the shins from old haemosiderin. He will stay on methotrexate 20 mg weekly and we will start a biologic once he is settled. Mobile [[PH|07700 900461]].

Yours sincerely,
Dr [[N|Aoife Hill]], Specialty Registrar (GMC [[LIC|7234561]])
""",
    allow=("Will", "Frank", "Brown", "Leeds"),
)

note(
    "b20-03",
    "June May",
    """
NORTHLAND WOMEN'S HEALTH
[[ADDR|900 W Kansas St]], [[C|Liberty]], MO [[Z|64068]]   [[PH|816-555-0160]]

[[D|May 2, 2025]]

Ms. [[N|June May]]
[[ADDR|PO Box 318]]
[[C|Kearney]], MO [[Z|64060]]

Dear Ms. [[N|May]],

You are scheduled for your well-woman visit and screening mammogram on [[D|Thursday, June 12, 2025]] at 9:40 AM with [[N|April Summers]], WHNP. Please arrive 15 minutes early with your insurance card. You may eat normally, but please do not use deodorant that morning. You may bring a family member.

To reschedule, call [[PH|816-555-0160]] or use the link in your portal: [[URL|https://portal.northlandwh.org/appt?id=77310245]]

Account #: [[ACCT|4402-118-09]]

Warm regards,
Front Desk, Northland Women's Health
""",
    allow=("May",),
)

note(
    "b20-04",
    "William Cash",
    """
Hillcrest Gastroenterology
[[ADDR|1250 Franklin Pike]], [[C|Franklin]], TN [[Z|37064]]

[[D|10/21/2024]]

[[N|William "Bill" Cash]]
[[ADDR|77 Paradise Hollow Rd]]
[[C|Thompson's Station]], TN [[Z|37179]]

Dear [[N|Bill]],

Good news: the two polyps removed at your colonoscopy on [[D|October 14]] were tubular adenomas with no high-grade dysplasia. We recommend a repeat colonoscopy in 5 years (around 2029).

You will receive a separate bill from the pathology group; we accept cash, check or card. Billing account [[ACCT|GI-30918847]].

If you have questions please call [[N|Tonya Black]], RN, at [[PH|615-555-0177 ext. 204]].

Sincerely,
[[N|Samuel Okafor]], MD
""",
    allow=("Bill", "Cash"),
)

note(
    "b20-05",
    "Delbert Fairweather",
    """
From: [[N|Mark Rich]] <[[EM|mrich@stlukesboise.org]]>
To: [[N|Frank Love]] <[[EM|flove@treasurevalleynephro.com]]>
Cc: [[N|Joy Kingsley]] <[[EM|jkingsley@stlukesboise.org]]>
Sent: [[D|Friday, January 17, 2025]] 4:52 PM
Subject: your pt [[N|D. Fairweather]] - K 6.1

Frank,
Heads-up on [[N|Delbert Fairweather]] ([[MRN|SL-2210947]]), 88M. K 6.1 today, creat 3.4 (baseline 2.1). No frank ECG changes, just peaked T in V2-V3. His wife says he has been on a diet rich in tomatoes and bananas since [[D|Christmas]]. I'll mark the chart urgent and he'd love to avoid dialysis if at all possible. Can you see him [[D|Monday]]?

Mark
cell [[PH|208-555-0134]]
""",
    allow=("Frank", "Rich", "Mark", "Love"),
)

note(
    "b20-06",
    "Ruth M. Kowalski",
    """
CASE REPORT FORM  Protocol HF-ARISE-302 (NCT05512347)
Form 03: Screening / Demographics                       Page 1 of 2
Site 114: Sterling Heart Research, [[C|Sterling]], IL

Subject ID: [[ID|114-0027]]        Subject initials: [[N|R-M-K]]
Informed consent signed: [[D|04 FEB 2025]]   ICF version 3.1
Date of birth (MMM-YYYY): [[D|FEB-1934]]    Age at consent: [[A|91]]
Screening visit: [[D|11 FEB 2025]]    Sex: F
NYHA class III   LVEF 35%   NT-proBNP 2140 pg/mL   eGFR 38
Inclusion criteria all met: Y     Any exclusion met: N
Data query: "Hx of Graves' disease?"  Site response: No, Hashimoto only.

Investigator: [[N|Rosalind Graves]], MD   Signature date [[D|12-Feb-2025]]
Coordinator: [[N|Keon Whitfield]]  [[EM|kwhitfield@sterlingheart.org]]
""",
    allow=("Sterling", "Graves"),
)

note(
    "b20-07",
    "Rose A. Hunter",
    """
MIDWEST GENOMICS BIOREPOSITORY - Genotype Report
Participant: [[ID|MGB-P-0048821]]     Sample: [[ID|MGB-S-0048821-02]]
Accession: [[ID|G25-001937]]
Name: [[N|HUNTER, Rose A.]]   DOB: [[D|1987-06-30]]   MRN: [[MRN|004418823]]
Collected: [[D|2025-01-09]] 08:15   Received: [[D|2025-01-10]]   EDTA 4 mL, lot 24K117
Ordering provider: [[N|Paget, Clive]] MD   NPI [[ID|1497758822]]

RESULT: CFTR c.1521_1523del (p.Phe508del; rs113993960), heterozygous.
No pathogenic variant detected in HEXA or SMN1 (2 copies).
Interpretation: carrier of cystic fibrosis. This panel does not test for Hunter syndrome (IDS) or other MPS disorders.
Partner testing recommended.

Reviewed by [[N|Amara Nwosu]], PhD, FACMG on [[D|01/16/2025]]
""",
    allow=("Hunter",),
)

note(
    "b20-08",
    "screening log (multiple)",
    """
ALZ-PREVENT pre-screening log, site 07, week of [[D|3/10/25]]
Screen#    Init  Age  Date   Outcome
[[ID|S07-119]]    [[N|TLB]]   [[A|92]]   [[D|3/10]]   Ineligible - age
[[ID|S07-120]]    [[N|AP]]    66   [[D|3/11]]   Ineligible - Parkinson disease dx 2019
[[ID|S07-121]]    [[N|RGC]]   79   [[D|3/12]]   Declined for now, husband [[N|Ron]] wants to think; call back [[PH|319-555-0121]]
[[ID|S07-122]]    [[N|DW]]    [[A|90]]   [[D|3/13]]   Ineligible - age; referred to registry
Exclusions this week: 2 age, 1 Parkinson, 0 Cushing syndrome / chronic steroid.
Logged by [[N|jparkinson]] (coordinator [[N|Jenna Parkinson]]); PI Dr. [[N|Faith Cushing]] reviewed [[D|3/14/25]].
""",
    allow=("Parkinson", "Cushing"),
)

note(
    "b20-09",
    "Summer Hayes",
    """
Bondi Junction Family Practice
[[ADDR|Level 2, 500 Oxford Street]], [[C|Bondi Junction]] NSW [[Z|2022]]
Ph [[PH|(02) 5550 1187]]

[[D|12/11/2024]]

Dr [[N|Mark Young]]
Cardiology Rooms, [[ADDR|Suite 4, 19 Bronte Road]], [[C|Bondi]] NSW [[Z|2026]]

Dear [[N|Mark]],
Re: Mrs [[N|Summer Hayes]]  DOB [[D|01/12/1952]]  Medicare [[HP|2953 41870 1]]
mob [[PH|0491 570 156]]

Thank you for seeing this lovely lady with palpitations since early [[D|October]]. Holter on [[D|the 4th]] showed paroxysmal AF, longest run 3 h. CHA2DS2-VASc 3; I have started apixaban 5 mg bd. She feels young for her age and still plays lawn bowls twice a week.

Kind regards,
Dr [[N|Tilly Okonkwo-Hart]]  (Provider No. [[ID|2448571F]])
""",
    allow=("Young", "Bondi", "Bondi Junction"),
)

note(
    "b20-10",
    "Siobhan Ni Bhriain",
    """
Department of Endocrinology
St Brigid's University Hospital, [[ADDR|Eccles Street]], [[C|Dublin]] [[Z|D07 R2WY]]
Our ref: [[MRN|SBH 0734412]]

[[D|14th March 2025]]

Dr [[N|Ciarán Addison]]
[[ADDR|The Surgery, 3 Main Street]], [[C|Ballyhaunis]] [[Z|F35 X2T9]]

Dear Dr [[N|Addison]],
Re: [[N|Siobhán Ní Bhriain]], DOB [[D|22/08/1979]]

Thank you for referring Ms [[N|Ní Bhriain]] with fatigue, salt craving and pigmentation of the palmar creases. Short Synacthen test on [[D|11/03/2025]]: cortisol 112 nmol/L at baseline and 138 at 30 min, ACTH 410 ng/L. This confirms primary adrenal insufficiency (Addison's disease). She is on hydrocortisone 10/5/5 mg and fludrocortisone 100 mcg and has an emergency steroid card. I will review her on [[D|6 May]].

Is mise le meas,
Dr [[N|Orla Kinsella]], Consultant Endocrinologist (IMC [[LIC|401182]])
""",
    allow=("Addison",),
)

note(
    "b20-11",
    "Thandiwe Nkosi",
    """
RONDEBOSCH MEDICAL CENTRE - DISCHARGE SUMMARY
Patient: [[N|Thandiwe Nkosi]]   ID no.: [[ID|8503150234081]]   Folder no.: [[MRN|RMC-551203]]
Address: [[ADDR|17 Liesbeek Avenue]], [[C|Rondebosch]], [[C|Cape Town]] [[Z|7700]]
Cell: [[PH|082 555 0143]]   Medical aid: Discovery Health, member no. [[HP|318447210]]
Admitted [[D|02/06/2025]]; discharged [[D|09/06/2025]]

Dx: Graves' disease with thyroid storm (Burch-Wartofsky 50). AF with RVR, now sinus.
Rx: carbimazole 20 mg tds, propranolol 40 mg bd, Lugol's iodine x 10/7.
Follow-up: Dr [[N|Pieter Graves]], endocrine clinic, [[D|23 June]], TFTs beforehand.
Dictated by Dr [[N|Lerato Mokoena]] (HPCSA [[LIC|MP 0698421]]).
""",
    allow=("Graves", "Rondebosch"),
)

note(
    "b20-12",
    "Lakshmi Venkataraman",
    """
Dr. [[N|Ramesh Iyer]], MD (Gen Med), DM (Neuro)
Lakeview Neuro Centre, [[ADDR|No. 18, 5th Cross, 80 Feet Road]], [[C|Koramangala]], [[C|Bengaluru]] - [[Z|560034]]
Date: [[D|05.02.2025]]

To,
Dr. [[N|Joy Mathew]], Family Physician

Respected Sir,
Sub: Opinion regarding Mrs. [[N|Lakshmi Venkataraman]], aged [[A|92]] years, UHID [[MRN|LNC/24/118832]]

The above patient was seen in OPD on [[D|3rd Feb]] with tremors of both hands since 2 years. O/E rest tremor, cogwheel rigidity R>L, reduced arm swing. Features s/o Parkinson's disease (H&Y stage 2). Started Syndopa 110 half tab TDS, to the great joy of her family she could hold a tumbler same evening. Kindly continue and review after 1 month. Attender: son Mr. [[N|Srinivas]], mobile [[PH|+91 98450 55012]].

Thanking you,
Dr. [[N|Ramesh Iyer]] (KMC Reg. No. [[LIC|54418]])
""",
    allow=("Joy",),
)

note(
    "b20-13",
    "Gurpreet Sandhu",
    """
Lakeshore Respirology Associates
[[ADDR|200 King Street West, Suite 1104]], [[C|Toronto]], ON [[Z|M5H 3T4]]
T [[PH|416-555-0139]]   F [[FX|416-555-0140]]

[[D|April 3, 2025]]

Dr. [[N|Evelyn King]], Brampton Civic Family Health Team

Dear Dr. [[N|King]],
Re: [[N|Gurpreet Sandhu]], DOB [[D|1961-10-27]], OHIP [[HP|4417-220-913-KT]]

I saw Mr. [[N|Sandhu]] on [[D|March 31]]. Post-bronchodilator FEV1/FVC 0.58, FEV1 61% predicted: moderate COPD (GOLD 2, group B). He quit smoking on [[D|New Year's Day]] and is doing well. I started tiotropium/olodaterol 2 puffs daily. He sleeps propped up on a king-size bed; no PND. I'll see him again in the fall.

Yours truly,
[[N|Farid Haddad]], MD, FRCPC
""",
    allow=("King",),
)

note(
    "b20-14",
    "Joy Abernathy-Reyes",
    """
HELIOGENE LABORATORIES - Hereditary Breast/Ovarian Cancer Panel (25 genes)
Patient: [[N|Joy Abernathy-Reyes]]   DOB: [[D|07/04/1976]]   Sex: F
Accession: [[ID|HX25-0031877]]   Saliva kit: [[ID|SK-7719204]]
Collected [[D|02/18/2025]]   Reported [[D|03/06/2025]]

RESULT: POSITIVE. BRCA2 c.5946delT (p.Ser1982Argfs*22), rs80359550, heterozygous, pathogenic.
No other reportable variants; VUS in ATM c.2119T>C not reported per policy.

Family history provided: mother [[N|Hope]] (ovarian ca, dx 54); maternal aunt [[N|Constance]] (breast ca, 41). Cascade testing is recommended for sister [[N|Grace]] and both daughters.

Genetic counselor: [[N|Priyanka Desai]], MS, CGC  [[EM|pdesai@heliogenelabs.com]]  [[PH|877-555-0108 x3]]
Report: [[URL|https://results.heliogenelabs.com/r/HX25-0031877]]
""",
)

note(
    "b20-15",
    "Lucas Black",
    """
Secure message thread [[ID|MSG-88120457]]  Re: [[N|Lucas Black]], MRN [[MRN|2291847]]
From: [[N|hblack1990]] ([[N|Hunter Black]], parent)  Sent [[D|Sun 2/9/2025]] 11:48 PM
"hi its [[N|hunter]], [[N|lucas]]'s dad. he had black poop 2x tonite after starting the new iron drops, no vomiting, acting normal. he has his elaprase infusion [[D|tues]]. should we still come?? my cell is [[PH|504-555-0191]]"

Reply [[D|2/10/2025]] 8:05 AM, [[N|Celeste Broussard]], RN:
Hi Mr. [[N|Black]], dark or black stools are expected with iron. If you see red blood, or he is pale or sleepy, go to the ED. Keep his idursulfase infusion for Hunter syndrome as planned on [[D|Tuesday]] at 9 AM in infusion chair 6. Call [[PH|504-555-0100]] with any questions.
""",
    allow=("Hunter", "Black"),
)

note(
    "b20-16",
    "Felipe Ortega",
    """
Riverside Neurology - Movement Disorders Clinic
[[D|17 Jan 2025]]

Dear Dr. [[N|Parkinson]],

I saw your patient Mr. [[N|Felipe Ortega]] (MRN [[MRN|RN-448120]]) in follow-up on [[D|January 14]]. Despite the worry in your referral, I do not think he has Parkinson's disease. His DaTscan on [[D|12/19/2024]] was normal, there is no bradykinesia, and the tremor is a symmetric 8-10 Hz postural and action tremor that improves with a glass of wine - classic essential tremor. Essential tremor runs in the family (his father and an uncle). I have started propranolol LA 60 mg daily; primidone is the fallback if he cannot tolerate it. No driving restrictions.

Sincerely,
[[N|Nadia Haddad]], MD
Direct [[PH|801-555-0126]]   [[EM|nhaddad@riversideneuro.org]]

cc: Dr. [[N|Ellen Parkinson]], PCP
    [[N|Marisol Ortega]] (daughter)
""",
    allow=("Parkinson",),
)

note(
    "b20-17",
    "Kwame Oduya",
    """
From: [[N|Sarah Crohn]], MD <[[EM|s.crohn@lakesidegi.com]]>
To: [[N|Bernard Lim]], MD; [[N|Addy Castillo]], PA-C
Date: [[D|Wed, 5 Mar 2025]] 07:21
Subject: RE: ileitis - [[N|K. Oduya]]

[[N|Bernie]] - yes, the TI biopsies show chronic active ileitis with non-necrotizing granulomas, and with the MR enterography I'd call this Crohn's disease (Montreal A2 L1 B1). And no, no relation, I hear that every week. Calprotectin 890. Plan is risankizumab once QuantiFERON and hep B serologies are back. Please have [[N|Kwame]] call my nurse [[N|Lucy Hale]] at [[PH|708-555-0153]] to book the first infusion on or after [[D|March 17]].

- [[N|SC]]

> On [[D|Tue, 4 Mar 2025]], [[N|Bernard Lim]] wrote:
> Is this Crohn's or TB? Pt from [[C|Kumasi]], BCG-vaccinated.
""",
    allow=("Crohn",),
)

note(
    "b20-18",
    "Isla M. Bell",
    """
CEDAR PARK URGENT CARE - After-Visit Summary
[[ADDR|1401 Medical Pkwy, Bldg C]], [[C|Cedar Park]], TX [[Z|78613]]

[[N|BELL, ISLA M]]   DOB [[D|08/30/1990]]   Acct [[ACCT|UC-20250311-0417]]
Visit [[D|03/11/2025]] 19:42   Provider: [[N|Hugh Paget]], PA-C   Scribe: [[N|tnguyen2]]

Diagnosis: Bell's palsy, right side (House-Brackmann grade III). Stroke screen negative; forehead involved.
You were given prednisone 60 mg daily for 7 days and valacyclovir 1 g three times a day for 7 days.
Protect your right eye: artificial tears every hour while awake, ointment and tape at night.
Return now for weakness of an arm or leg, trouble speaking, or a rash in the ear.
A work note for your manager, Ms. [[N|Bellamy]], can be printed from the portal.
Follow up with your PCP, Dr. [[N|Anita Raghunathan]], in 1 week.
""",
    allow=("Bell", "Cedar Park"),
)

note(
    "b20-19",
    "Dale Hope",
    """
CARDIOLOGY TRANSFER ACCEPT NOTE   [[D|12/25/2024]] 23:40
Pt: [[N|HOPE, DALE R]]   [[A|93]] M   MRN [[MRN|7719-4420]]
Transfer from Prairie Regional Medical Center, [[C|Normal]], IL. Call from Dr. [[N|Ruth Okafor]], ED, [[PH|309-555-0184]].

Chest pain began ~17:00 on [[D|Christmas Day]] at the dinner table. First ECG was read as normal; repeat at 19:10 showed inferior STE with RV involvement. ASA 324 mg, heparin bolus given. Trop I 4.8. BP 96/58 after NTG - no more nitrates.
Lives with wife [[N|Marjorie]] in [[C|Normal]]; son [[N|Chris Hope]] is HCPOA, [[PH|309-555-0129]].
Pt says "at [[A|93]] I've had a good run" but he and the family hope for cath. Frail but independent in ADLs.
Plan: direct to cath lab, RV-protective fluids, hold beta-blocker.
[[N|K. Adeyemi]], MD (cardiology fellow)
""",
    allow=("Normal", "Hope"),
)

note(
    "b20-20",
    "Odessa Whitt",
    """
*** FAX ***  CONFIDENTIAL HEALTH INFORMATION
Date: [[D|06/02/25]]          Pages incl. cover: 4
To: [[N|Summer Hill]], RN - Intake, Bluegrass Home Health   Fax [[FX|859-555-0170]]
From: [[N|Dwayne Okoro]], MSW, Case Management              Phone [[PH|859-555-0113 x4471]]

Re: [[N|Odessa Whitt]]   DOB [[D|3/3/1931]]   ([[A|94]] y.o.)
Home: [[ADDR|1180 Old Frankfort Pike]], [[C|Versailles]], KY [[Z|40383]]
Note: long gravel drive up the hill past the red barn; gate code by phone only.
Medicare [[HP|7QK3-WN2-RT58]]

Orders: SN for CHF teaching and daily weights, PT for gait/balance, HHA 2x/wk.
Requested start of care: [[D|Wed 6/4]].

If you received this in error, call [[PH|859-555-0113 x4471]] and destroy all pages.
""",
    allow=("Hill",),
)

note(
    "b20-21",
    "Jasper Kwon",
    """
[[D|September 9, 2024]]

To the dispensing pharmacist:

This letter confirms that the prescription for buprenorphine/naloxone 8 mg/2 mg SL film, #14, no refills, dated [[D|09/06/2024]], for [[N|Jasper Kwon]] (DOB [[D|05/14/1989]]) was written by me and is valid. The quantity is intentionally short because he is travelling and will establish with a clinic in [[C|Grand Rapids]] by the end of the month. He has a sterling record in our program: 14 months, all urine drug screens appropriate, no early refills.

Prescriber: [[N|Sterling Moore]], DO
DEA [[LIC|FM4471208]]   Michigan license [[LIC|4301128845]]   NPI [[ID|1942283317]]
Office [[PH|269-555-0147]]
""",
    allow=("Sterling",),
)

note(
    "b20-22",
    "Faith Ogundipe",
    """
Meridian Orthopaedic Group - Health Information Management

RE: Narrative report / records request
Our patient: [[N|Faith Ogundipe]]   DOB [[D|11/23/1984]]   MRN [[MRN|MOG-0771245]]
Your claim no.: [[ID|PA-24-0918874]]   Date of loss: [[D|08/16/2024]]
Vehicle: 2019 Subaru Outback, NJ plate [[VEH|K38-FRW]], VIN [[VEH|4S4BSANC5K3221874]]
Driver's license: [[LIC|O2217 44106 84231]]   SSN [[SSN|000-58-2291]]

Ms. [[N|Ogundipe]] was the restrained driver in a rear-end collision. She has been treated for C5-6 disc herniation with radiculopathy: PT x 12, ESI x 2, and now ACDF is recommended. We are acting in good faith on the signed authorization dated [[D|10/02/2024]]; records are enclosed (pages 1-84). Invoice for copying: $48.10.

[[N|Renata Szabo]], RHIA  [[EM|rszabo@meridianortho.com]]
""",
    allow=("Faith",),
)

note(
    "b20-23",
    "Augustine Park",
    """
DEVICE CLINIC - Remote Transmission Review
Patient: [[N|Augustine Park]]   DOB [[D|04/17/1930]] ([[A|94]])   MRN [[MRN|300418827]]
Device: Medtronic Azure XT DR MRI (W1DR01), SN [[DEV|RNB604417S]]
Leads: RA 5076-52 SN [[DEV|PJN7733102]]; RV 5076-58 SN [[DEV|PJN7733458]]
Implanted [[D|11/02/2021]] for CHB by Dr. [[N|Lionel Park]] (no relation).

Transmission [[D|2/28/2025]] via home monitor SN [[DEV|MRH227041]].
Battery 8.1 yr. RA 0.5 V @ 0.4 ms, RV 0.75 V @ 0.4 ms, impedances stable. AP 42%, VP 99%.
2 AHR episodes, longest 00:04:12 on [[D|2/19]]; no VHR. Patient still walks in the park daily with his daughter.
Normal device function. Next remote in 91 days; in-clinic check with [[N|Tamsin Reyes]], CDR.
""",
    allow=("Park",),
)

note(
    "b20-24",
    "April D. White",
    """
PRIVACY OFFICE - EHR ACCESS AUDIT   Case [[ID|PRV-2025-0113]]
Subject record: [[N|WHITE, APRIL D]]   MRN [[MRN|881204457]]   (employee-patient)
Report run [[D|1/30/2025]] by [[N|mkowalczyk]]

Date      Time   User     Name                 Source                  Action
[[D|01/27/25]]  22:14  [[N|bwhite3]]  [[N|Brandon White]], PCT  ED-WS-14 / [[IP|10.40.12.77]]   Chart opened, notes viewed
[[D|01/28/25]]  07:02  [[N|jking]]    [[N|Jolene King]], RN     4W-COW-3 / [[IP|10.40.31.108]]  MAR (assigned nurse)

Finding: the PCT is the patient's former spouse and was not on the care team. His account is not white-listed for this department's records. Referred to HR; patient to be notified by letter within 60 days.
""",
    allow=("White",),
)

note(
    "b20-25",
    "Rose Nakamura",
    """
Hope Valley Radiology
[[ADDR|PO Box 2290]], [[C|Hope]], AR [[Z|71802]]   www.hopevalleyrad.com

[[D|February 20, 2025]]

[[N|Rose Nakamura]]
[[ADDR|418 W 3rd St, Apt B]]
[[C|Hope]], AR [[Z|71801]]

Dear Ms. [[N|Nakamura]]:

Your screening mammogram on [[D|February 14]] was read by Dr. [[N|Leland Frost]] as BI-RADS 1: negative. Your breast density rose from category B (scattered) to category C (heterogeneously dense) since 2022. Dense tissue can hide small cancers, so you may wish to discuss supplemental ultrasound with your provider. Your next screening is due in one year.

MRN [[MRN|HVR-204417]]   Billing account [[ACCT|88-301194]]
""",
    allow=("Hope", "Rose"),
)

note(
    "b20-26",
    "Jackson Tate",
    """
To: Magnolia Home Medical (DME)   Fax [[FX|601-555-0146]]
From: Pearl River Sleep Center

Patient: [[N|Jackson Tate]], DOB [[D|10/09/1969]]
[[ADDR|5122 Old Canton Rd]], [[C|Jackson]], MS [[Z|39211]]
BCBS MS member [[HP|XKJ884120077]], group [[HP|00417]]

Dx: obstructive sleep apnea, AHI 38/h on PSG ([[ID|PSG-24-1187]]).
Order: ResMed AirSense 11 AutoSet, 6-14 cm H2O, F20 full-face mask (medium), heated tube, supplies per schedule.
90-day compliance download: device SN [[DEV|23241588604]], used >4 h on 94% of nights, residual AHI 2.1, leak 12 L/min.
Please replace mask cushion; patient reports a red mark across the nose bridge.

Ordering: [[N|Wendell Jackson]], MD   NPI [[ID|1730552986]]
""",
)

note(
    "b20-27",
    "Faith Wilder",
    """
From: [[EM|faithw.1962@yahoo.com]]
To: COREG study mailbox <[[EM|coreg-study@uky-research.org]]>
Date: [[D|Mon, Apr 14, 2025]] 6:03 AM
Subject: withdraw

Hello, my name is [[N|Faith Wilder]], participant # [[ID|CR-2291]]. I want to stop being in the heart study. Nothing bad happened, I still have faith in research, my husband is just sick and I cant drive to [[C|Lexington]] every 3 months anymore. Please don't send any more kits to my house. You can keep the blood you already have.
[[N|Faith]]

Reply from [[N|Marcus Oyelaran]], research coordinator, [[D|4/14/2025]]:
Ms. [[N|Wilder]], thank you for letting us know. I have recorded a withdrawal from follow-up only; stored samples will be kept as you allow. I'll call you at [[PH|859-555-0116]] to confirm. If you prefer, use your personal withdrawal form: [[URL|https://redcap.uky-research.org/surveys/?s=HJ4WTR8K9L]]
""",
    allow=("Faith",),
)

note(
    "b20-28",
    "biobank manifest (multiple)",
    """
BIOREPOSITORY SHIPPING MANIFEST   Box 3 of 5, dry ice
Shipped [[D|04/02/2025]] by [[N|P. Moore]] to Central Lab, attn [[N|Yusuf Demir]]

Pos  Sample ID          Participant  Matrix   Draw date    Vol
A1   [[ID|BB-25-00411-P1]]   [[ID|ATL-0188]]     plasma   [[D|03/17/2025]]   0.5 mL
A2   [[ID|BB-25-00411-S1]]   [[ID|ATL-0188]]     serum    [[D|03/17/2025]]   0.5 mL
A3   [[ID|BB-25-00436-P1]]   [[ID|ATL-0203]]     plasma   [[D|03/19/2025]]   0.5 mL
A4   empty

Temp logger TL-220 start -78.4 C. Hemolysed: A3 (grade 2). Lot of cryovials 2311-04.
Questions: [[EM|biorepo@atlcohort.org]]
""",
)

note(
    "b20-29",
    "W. H. B. (subject 0412-0093)",
    """
SERIOUS ADVERSE EVENT REPORT - INITIAL
Protocol ONC-KRAS-211 (NCT06011982)   Sponsor SAE no. [[ID|SAE-2025-00318]]
Subject: [[ID|0412-0093]]   Initials: [[N|W.H.B.]]   Year of birth: 1946   Sex: M
Study drug last dose: [[D|20-Feb-2025]] (Cycle 3 Day 8)

Event: febrile neutropenia, grade 4. Onset [[D|24-Feb-2025]]; hospitalised [[D|25-Feb-2025]].
ANC 0.1, T 38.9 C. Cultures negative. Treated with cefepime and filgrastim; recovered [[D|03-Mar-2025]].
Causality: related to study drug. Action: dose reduced to level -1.

Reporter: [[N|Will Barnes]], RN, study nurse - will send follow-up with discharge summary.
Investigator: [[N|Hannah Szeto]], MD   Signed [[D|26-Feb-2025]]
""",
    allow=("Will",),
)

note(
    "b20-30",
    "Thomas Kurian",
    """
DISCHARGE SUMMARY - Department of Cardiology
UHID: [[MRN|AMR0098812]]   IP No.: [[ACCT|IP/2025/004471]]
Name: Mr. [[N|Thomas Kurian]]   Age/Sex: 58/M
Address: [[ADDR|Kurian Villa, TC 14/882]], [[C|Pattom]], [[C|Thiruvananthapuram]] - [[Z|695004]]
DOA: [[D|12/03/2025]]   DOD: [[D|18/03/2025]]

Diagnosis: Acute inferior wall MI; s/p PTCA to RCA with DES x 1 on day of admission. T2DM. Dyslipidaemia.
Course: Uneventful. Echo EF 50%, mild inferior hypokinesia.
Advice on discharge: Tab. Ecosprin 75 mg OD, Tab. Brilinta 90 mg BD, Tab. Atorva 80 mg HS, Tab. Metformin 500 mg BD. Salt restricted diabetic diet. Review in OPD after 2 weeks with FBS, lipid profile.
Bystander: wife Mrs. [[N|Mercy Kurian]].
For queries: Dr. [[N|Priya Nair]], Senior Resident, [[PH|+91 94470 55018]]
""",
)

note(
    "b20-31",
    "Morag White",
    """
Leith Chest Clinic, [[ADDR|12 Great Junction Street]], [[C|Edinburgh]] [[Z|EH6 5LB]]
Dictated [[D|28/01/2025]]   Typed [[D|30/01/2025]]

Dr [[N|Callum Black]]
Craigentinny Medical Practice

Dear Dr [[N|Black]],

Mrs [[N|Morag White]], CHI [[ID|2807461234]]
[[ADDR|Flat 3F2, 9 Easter Road]], [[C|Edinburgh]] [[Z|EH7 5PH]]

Thank you for referring this 78-year-old lady with late-onset asthma. Spirometry shows FEV1 1.41 L (68%) with 19% reversibility; FeNO 62 ppb; eosinophils 0.6. Her chest X-ray is clear and the white cell count otherwise normal. Of note, there is extensive black mould in the bedroom of her tenement flat and I have written to the housing association in support of repairs. I have switched her to Fostair 100/6 MART. Review in 3 months.

Yours sincerely,
Dr [[N|Isobel Farquharson]], Consultant Respiratory Physician
""",
    allow=("White", "Black"),
)

note(
    "b20-32",
    "Will Summers",
    """
Children's Diabetes Center
[[D|August 19, 2024]]

To whom it may concern:

[[N|Will Summers]] (DOB [[D|03/02/2013]]) has type 1 diabetes and is under my care. He will wear a Tandem t:slim X2 insulin pump (serial [[DEV|1197342]]) and a Dexcom G7 sensor at all times, including in PE and on field trips. He will need to check glucose and treat lows in class. Please allow him to keep snacks, water and his phone with him. Glucagon (Baqsimi 3 mg) should be given for severe lows.

Parents: [[N|Mark]] and [[N|Hope Summers]], [[PH|615-555-0183]] / [[PH|615-555-0184]]. We hope this helps him have a normal school year.

[[N|Bethany Kruger]], MD, Pediatric Endocrinology
Clinic nurse line [[PH|615-555-0100]]
""",
    allow=("Will", "Hope"),
)

note(
    "b20-33",
    "Gideon Love",
    """
OUTSIDE CONSULTATION - SURGICAL PATHOLOGY
Our case: [[ID|SC25-04417]]     Your case: [[ID|S25-1182]] (3 slides, block A3)
Patient: [[N|Gideon Love]]   DOB [[D|6/6/1955]]   MRN [[MRN|MCH4471802]]
Received [[D|04/09/2025]] from Dr. [[N|Imani Grey]], Lakeshore Pathology

DIAGNOSIS: Prostate, left apex, needle biopsy: adenocarcinoma, Gleason score 3+4=7 (Grade Group 2), pattern 4 about 15%, in 2 of 3 cores, 40% of tissue. No perineural invasion.
COMMENT: I agree with Dr. [[N|Grey]]'s interpretation. The focus she flagged as a grey zone is cribriform-free on levels; PIN4 stain supports carcinoma.

Electronically signed [[D|4/11/2025]]  [[N|Oluwaseun Adebayo]], MD
""",
    allow=("Grey",),
)

note(
    "b20-34",
    "Ruby Goodhart",
    """
Cumberland Valley Hospice

[[D|January 8, 2025]]

Dear [[N|Constance]] and [[N|Merritt]],

All of us on the hospice team were honored to care for your mother, [[N|Ruby Goodhart]], in her final weeks. At [[A|101]] she still corrected our grammar and asked after every aide by name. She died peacefully on [[D|New Year's Eve]] with the two of you at her side, just as she wished.

Grief can arrive in waves. Our bereavement coordinator, [[N|Lorna Whitsett]], will call in the coming weeks, and you are welcome to join our support group, which meets on Thursdays at 6 PM. You can reach her at [[PH|717-555-0142]] or [[EM|lwhitsett@cvhospice.org]].

With sympathy,
[[N|Daniel Osei]], RN, Team Leader
""",
)

note(
    "b20-35",
    "Augustus King",
    """
INDEPENDENT MEDICAL OPINION (nexus letter)
[[D|07/22/2024]]

RE: Veteran [[N|Augustus "Gus" King]]   SSN [[SSN|000-44-7120]]   VA claim no. [[ID|C-28447691]]
DOB [[D|02/11/1947]]   Service: US Army, [[D|June 1966]] - [[D|May 1968]], Republic of Vietnam

I have reviewed the service treatment records, VA records and private records of Mr. [[N|King]]. He has ischemic heart disease (CABG x 3, 2016) and type 2 diabetes. In my opinion it is at least as likely as not that both conditions are related to herbicide exposure during service. I have no financial interest in the outcome.

[[N|Rebecca Tolliver]], MD, Internal Medicine
Kentucky license [[LIC|MD-38812]]   [[PH|502-555-0172]]   Fax [[FX|502-555-0173]]
""",
)

note(
    "b20-36",
    "Luis Marquez",
    """
WORK STATUS REPORT - Occupational Health
Employer: Tri-County Freight Lines   Employee badge #[[ID|TCF-00872]]
Employee: [[N|Luis Marquez]]   DOB [[D|12/01/1979]]   SSN [[SSN|900-72-1184]]   Claim # [[ID|WC-2025-118904]]
Date of injury: [[D|Labor Day]] ([[D|9/2/2024]]), forklift pinned L foot against dock plate.

Dx: L 2nd-3rd metatarsal shaft fractures, nondisplaced. CAM boot, crutches, WBAT.
Current restrictions: seated work only, no driving company vehicles (forklift unit 14), no ladders. Max 4 hrs on feet per shift.
Next visit [[D|Oct 1]]; anticipate full duty by mid-[[D|November]] if healing on X-ray.
Adjuster: [[N|Kim Pettigrew]], [[PH|412-555-0164]]
Examining provider: [[N|Haruto Sato]], DO
""",
)

note(
    "b20-37",
    "Nguyen Thi Lan",
    """
Interpreter: [[N|Huong Tran]] (Vietnamese), ID [[ID|INT-3318]], via phone, 22 min.
Pt: [[N|Nguyễn Thị Lan]] (goes by [[N|Lan]]), 67F, here with daughter [[N|Thu]], who prefers not to interpret.

S: Pt reports burning epigastric pain x 3 wk, worse at night, better with food. Takes ibuprofen 400 mg tid for knee OA. No melena. Wt stable.
O: BP 138/84, HR 76. Epigastric tenderness, no guarding. Hgb 11.2 (was 12.9 in 2023).
A/P: Dyspepsia on NSAID, r/o PUD. H. pylori stool Ag, stop ibuprofen, start omeprazole 20 mg daily, acetaminophen for knees. EGD if no better in 4-6 wk or Hgb drops.
Teach-back completed through interpreter. RTC [[D|6/23]].
[[N|Sophie Lindqvist]], NP
""",
)

note(
    "b20-38",
    "Autumn Reyes",
    """
LETTER OF MEDICAL NECESSITY
[[D|May 6, 2025]]
Attn: Pharmacy Prior Authorization, Keystone Health Plan
Fax [[FX|800-555-0131]]

Patient: [[N|Autumn Reyes]]   DOB [[D|09/15/2008]]
Member ID [[HP|KHP283447190]]   Group [[HP|0877214-010]]
Denial reference [[ID|PA-5540971]] dated [[D|04/28/2025]]

I am requesting reconsideration of the denial of dupilumab 300 mg every 2 weeks. [[N|Autumn]] has severe atopic dermatitis (EASI 31, IGA 4) affecting her face and hands. She has failed 16 weeks of topical steroids and tacrolimus, and methotrexate 15 mg weekly was stopped for transaminitis. She has missed 19 days of school this year.

[[N|Lorenzo Bianchi]], MD, Dermatology   NPI [[ID|1386620457]]   [[PH|215-555-0158]]
""",
)

note(
    "b20-39",
    "Lionel Graves",
    """
OFFICE OF THE MEDICAL EXAMINER
Case No. [[ID|ME-25-0441]]

Decedent: [[N|Lionel Graves]]   Age [[A|96]]   DOB [[D|10/30/1928]]
Last known address: [[ADDR|44 Paradise Ln]], [[C|Washington]], NC [[Z|27889]]
Pronounced [[D|03/08/2025]] 06:52 at residence by EMS (Unit 12).

Summary: Found by neighbor [[N|Estelle Drummond]]. Hx of CHF, AF on warfarin, prior MI. No trauma; scene unremarkable. INR at last clinic visit 2.7. Attending physician Dr. [[N|Pradeep Rao]] agreed to sign the certificate: cause of death atherosclerotic and hypertensive cardiovascular disease.
Jurisdiction declined; body released to Graves & Sons Funeral Home (no relation per family). Next of kin: nephew [[N|Terrence Graves]], [[PH|252-555-0119]].
Investigator: [[N|Alma Whitlock]], MDI
""",
    allow=("Graves",),
)

note(
    "b20-40",
    "Beatrice Paget",
    """
KIDNEY TRANSPLANT REFERRAL
To: Transplant Intake, University Transplant Center   Fax [[FX|614-555-0127]]

Patient: [[N|Beatrice Paget]]   DOB [[D|08/21/1966]]   MRN [[MRN|OH-5521870]]
Dx: ESRD from IgA nephropathy, on in-center HD since [[D|February 2023]] (MWF). eGFR at referral 9.
Comorbid: Paget's disease of bone (treated with zoledronic acid 2019), HTN. No malignancy, no diabetes.
cPRA pending. Potential living donor: brother [[N|Lorcan Paget]], 52, [[PH|614-555-0163]], [[EM|lorcan.paget@gmail.com]].
Dialysis unit: Riverside Dialysis, chair 9.
Referring nephrologist: [[N|Imran Qureshi]], MD   [[PH|614-555-0150]]
""",
    allow=("Paget",),
)

note(
    "b20-41",
    "Eleanor Voss",
    """
VIDEO VISIT CONNECTION LOG
Session [[ID|VV-9921-4410]]   Scheduled [[D|Fri 11/8/2024]] 10:30 PT
Patient: [[N|Eleanor Voss]]   MRN [[MRN|FH-660218]]
Join link sent: [[URL|https://telehealth.feathermed.org/j/83341720945?pwd=Rk2xQv]]
10:27:41 provider [[N|lmay]] ([[N|Lorraine May]], MD) joined from [[IP|10.8.4.112]]
10:31:05 patient joined from [[IP|73.162.44.210]] (ISP geolocation: [[C|Paradise]], CA)
10:33:50 patient video lost; reconnected 10:34:12
10:52:19 session ended, duration 21 min
Note: pt asked whether she may keep video visits after moving in with her son [[N|Gerald]] in [[C|Chico]]; scheduler to update address.
""",
    allow=("May",),
)

note(
    "b20-42",
    "Harjit Dhaliwal",
    """
Fraser Occupational Medicine
[[ADDR|#210 - 3001 Gordon Ave]], [[C|Coquitlam]], BC [[Z|V3C 2K7]]

[[D|February 27, 2025]]

WorkSafeBC Claim [[ID|7012449]]
Worker: [[N|Harjit Dhaliwal]]   PHN [[HP|9447 118 203]]   DOB [[D|1972-05-09]]

To the Case Manager:
Mr. [[N|Dhaliwal]] injured his right shoulder on [[D|January 6]] lifting drywall. MRI shows a partial-thickness supraspinatus tear without retraction. He has completed 6 weeks of physiotherapy with good gains in range. I recommend a graduated return to work starting [[D|March 10]]: 4-hour shifts, no overhead lifting, max 10 kg, for 3 weeks.

[[N|Mei-Ling Chow]], MD, CCFP
""",
)

note(
    "b20-43",
    "Noor Al-Hashimi",
    """
PHARMACOGENOMICS REPORT
Patient: [[N|Noor Al-Hashimi]]   DOB [[D|11/02/1958]]   Sex: F   MRN [[MRN|77304128]]
Sample barcode [[ID|PGX-0077812-B]]   Collected [[D|01/22/2025]]   Buccal swab
Ordered by: [[N|Tobias Engel]], PharmD, BCPS

Gene       Genotype   Phenotype
CYP2C19    *2/*2      Poor metabolizer (rs4244285 A/A)
CYP2D6     *1/*4      Intermediate metabolizer (activity score 1.0)
SLCO1B1    521TT      Normal function
VKORC1     -1639 GA   Intermediate warfarin sensitivity

Actionable: avoid clopidogrel; prefer prasugrel or ticagrelor if P2Y12 inhibitor needed (CPIC level A).
Questions: PGx consult service, [[PH|314-555-0110]]
""",
)

note(
    "b20-44",
    "recruitment log (multiple)",
    """
HOPE-HF recruitment call log       Coordinator: [[N|Hope Ibarra]] (login [[N|hibarra]])
[[D|3/24]] 10:05  [[ID|HH-031]]  [[N|GILL, Terrence]]   [[PH|405-555-0102]]  LVM x2; wife says he is in [[C|Guthrie]] until [[D|April]].
[[D|3/24]] 10:20  [[ID|HH-032]]  [[N|PRICE, Young-ja]]  [[PH|405-555-0106]]  Spoke w/ pt. EF 30%, NYHA III, on GDMT. Interested; consent visit [[D|Thurs 3/27]] 9 AM.
[[D|3/25]] 14:40  [[ID|HH-033]]  [[N|OYELOWO, Grace]]   [[PH|405-555-0111]]  Not eligible: LVAD (HeartMate 3).
Reminder: the study name HOPE-HF has nothing to do with the "hope" item on the KCCQ; don't mix them up in REDCap.
""",
    allow=("Hope",),
)

note(
    "b20-45",
    "Ingrid Olsen",
    """
From: [[N|Charity Olsen]] <[[EM|charity.olsen@outlook.com]]>
To: [[EM|dr.lindholm@northfieldgeriatrics.com]]
Sent: [[D|Tuesday, October 15, 2024]] 7:12 AM
Subject: Mom ([[N|Ingrid Olsen]], [[A|97]]) - confused since [[D|Sunday]]

Dr. [[N|Lindholm]],
Mom has been much more confused since [[D|Sunday]]. Last night she didn't know my brother [[N|Per]], she was up picking at the air, and her urine smells strong. She started the new oxybutynin 5 mg after her visit on [[D|10/3]]. We had the same thing last [[D|March]] with a UTI. She's eating maybe once per day and drinking very little. Should I bring her in or go to urgent care? My cell is [[PH|507-555-0174]]. Her chart # is [[MRN|NFG-10382]].

Thank you,
[[N|Charity]]
""",
    allow=("Per",),
)

note(
    "b20-46",
    "Billie Crane",
    """
MEADOWBR00K CARE CTR - FAX TRANSMlTTAL        pg 1/2
T0: Dr [[N|Ephraim Hilliard]]     fax [[FX|414-555-O138]]
FR0M: [[N|Dolores Grace]], LPN, 2nd fl     ph [[PH|414-555-0l39]]
RE: Resident [[N|Bi11ie Crane]]   D0B [[D|O4/I9/I93O]]  ([[A|95]])   Medicaid WI [[HP|8830417755]]

Resident had unwitnessed fall [[D|Sat]] nite, found on f1oor beside bed 12B. No LOC per res. Skin tear L forearm 3 cm, steri-strips applied. Neuro checks WNL x 72 hrs. BP 148/70, HR 64 irreg. On apixaban 2.5 mg bid - pls advise re CT head. Res says by the grace of God nothing is broke. Hip ROM full, no shortening.
P1ease fax back orders. Thank y0u.
""",
    allow=("Grace",),
)

note(
    "b20-47",
    "Jennifer Okoye",
    """
From: [[N|Ben Cushing]] <[[EM|ben.cushing1@nhs.net]]>
Sent: [[D|03 March 2025]] 16:02
To: [[N|Priya Raman]] <[[EM|priya.raman4@nhs.net]]>
Subject: FW: ?Cushing's - Ms [[N|J. Okoye]]

[[N|Priya]] - forwarding as discussed at the MDT. Yes, I am aware of the irony of a Dr [[N|Cushing]] referring Cushing's. 1 mg overnight dex suppression: 9am cortisol 212 nmol/L; 24h UFC raised twice. BMI 36, proximal myopathy, wide purple striae, new T2DM. NHS no. [[ID|401 023 2137]]. Could she be seen in the 2-week slot?
[[N|Ben]]

----- Original message (practice e-consult) -----
From: [[N|Jennifer Okoye]], [[D|Fri 28/02/2025]]
"Doctor I have put on 2 stone since my daughter was born in [[D|May]] and my face is round like the moon, my legs are weak on the stairs."
""",
    allow=("Cushing",),
)

note(
    "b20-48",
    "Jarrah Wilson",
    """
DISCHARGE LETTER - General Surgery
Patient: [[N|Jarrah Wilson]]   UR [[MRN|RBH-339201]]   IHI [[ID|8003 6088 1234 5612]]
[[ADDR|23 Latrobe Tce]], [[C|Paddington]] QLD [[Z|4064]]
Admitted [[D|2/4/25]]   Discharged [[D|5/4/25]]

Dear Dr [[N|Nguyen]],
Your patient presented with 2 days of RUQ pain and fever. US: thick-walled gallbladder with a 14 mm impacted stone. Lap cholecystectomy on day 2 (uncomplicated, drain removed day 3). Histology pending. Please remove sutures at 10 days and review LFTs in 2 weeks. Light duties only for 2 weeks; no driving while on oxycodone.
Regards,
Dr [[N|Harriet Lowe]], Surgical Registrar
""",
)

note(
    "b20-49",
    "Percy Stone",
    """
Department of Urology, Northgate Hospital
Hospital No. [[MRN|N0662154]]   Clinic: [[D|Thursday 12th December 2024]]

Dr [[N|Helen Achterberg]], [[ADDR|The Health Centre, 4 Mill Lane]], [[C|Hexham]] [[Z|NE46 3RQ]]

Dear Dr [[N|Achterberg]],
Re: Mr [[N|Percy Stone]], DOB [[D|02.07.1951]]

Mr [[N|Stone]] was seen in the haematuria clinic with two episodes of painless frank haematuria. CT urogram shows no stone in either kidney or ureter and no upper tract filling defect. Flexible cystoscopy today revealed a 2 cm papillary tumour on the left lateral wall. He is listed for TURBT with a single dose of mitomycin C.

Yours sincerely,
[[N|Rajiv Menon]] FRCS (Urol), Consultant Urologist
Secretary: [[PH|0191 498 0177]]
""",
    allow=("Stone",),
)

note(
    "b20-50",
    "Crystal Banks",
    """
Financial Assistance Program - Application Received
[[D|November 4, 2024]]

[[N|Crystal Banks]]
[[ADDR|6600 Peachtree Industrial Blvd, Unit 14]]
[[C|Norcross]], GA [[Z|30071]]

Dear Ms. [[N|Banks]]:

We received your application on [[D|October 29]]. SSN on file: [[SSN|900-31-6648]]. The following accounts are on hold while we review it: [[ACCT|HB-7740211]] (ED visit) and [[ACCT|PB-2211904]] (physician services). Please upload your two most recent pay stubs at [[URL|https://pay.gwinnettmedical.org/fa/app/FA-0099341]] within 30 days. We also partner with local food banks and utility programs; ask a counselor at [[PH|770-555-0189]].
""",
    allow=("Banks",),
)

note(
    "b20-51",
    "April Dawson",
    """
Eye Department, Kingsmill General Hospital
Hospital No. [[MRN|K7041158]]

[[D|19/05/2025]]

Medical Adviser, DVLA, [[C|Swansea]] [[Z|SA99 1TU]]

Re: Mrs [[N|April Dawson]], DOB [[D|30/06/1948]]
Driving licence no. [[LIC|DAWSO456308A99KX]]
[[ADDR|27 Sandbeck Way]], [[C|Mansfield]] [[Z|NG18 2LP]]

Mrs [[N|Dawson]] has primary open-angle glaucoma. Esterman binocular field test on [[D|14/05/2025]] shows a central defect within 20 degrees of fixation, worse since [[D|April]] last year. In my opinion she does not meet the visual field standard for a Group 1 licence. She has been advised to stop driving and to notify you herself.

[[N|Giles Ashworth]], Consultant Ophthalmologist
""",
)

note(
    "b20-52",
    "Sipho Mahlangu",
    """
Dr [[N|Annelie Fourie]] - Specialist Physician
Practice no. [[ID|0542208]]   Tel [[PH|012 555 0139]]   [[EM|rooms@drfourie.co.za]]
Suite 8, Pretoria East Medical Centre, [[C|Pretoria]]

[[D|3 March 2025]]

To: Chronic Medicine Unit, Discovery Health
Re: [[N|Sipho Mahlangu]], ID [[ID|7708125432089]], member no. [[HP|409822761]] (dependant 00)

Motivation for SGLT2 inhibitor: Mr [[N|Mahlangu]] has HFrEF (EF 28%), CKD stage 3b and T2DM with HbA1c 8.4%. Dapagliflozin 10 mg daily is indicated for all three. He has been on formulary agents for 18 months without adequate control. Kindly approve as a PMB chronic condition.
""",
    allow=("Pretoria",),
)

note(
    "b20-53",
    "Pooja Kumar",
    """
REFERRAL SLIP - Dept. of Obstetrics & Gynaecology
Date: [[D|14-01-2025]]   CR No. [[MRN|2025/0034412]]
Ms. [[N|Pooja]] D/o Mr. [[N|Rajesh Kumar]], 24 yrs/F
R/o [[ADDR|H.No. 112, Gali No. 4]], [[C|Lajpat Nagar]], [[C|New Delhi]] - [[Z|110024]]   Mob: [[PH|+91 98110 55027]]

Respected Madam,
Kindly see this unmarried girl with c/o oligomenorrhoea since 2 yrs, hirsutism (mFG score 14) and acne. USG pelvis s/o polycystic ovarian morphology both sides. LH/FSH 2.6, TSH 2.1, prolactin WNL. ?PCOS. Kindly evaluate and advise.
Thanking you,
Dr. [[N|Sunita Bhatnagar]], SR Medicine
""",
)

note(
    "b20-54",
    "Rejean Bouchard",
    """
Consultation - Médecine interne / Internal medicine
Dr [[N|Geneviève Lapointe]] (visiting fellow, Université Laval)
Patient: [[N|Réjean Bouchard]]   RAMQ [[HP|BOUR55031218]]   Dossier [[MRN|HSC-0442917]]
[[ADDR|4185 rue Saint-Denis, app. 3]], [[C|Montréal]] (QC) [[Z|H2W 2M7]]
Vu le [[D|12 février 2025]]

Motif: hyponatrémie. Na 121, osm 256, urine osm 480, urine Na 62. Euvolemic. On citalopram 20 mg since [[D|décembre]]. TSH, cortisol normal.
Impression: SIADH, likely SSRI-induced. Plan: stop citalopram, fluid restriction 1 L/d, Na in 48 h; consider mirtazapine. Discussed with wife [[N|Lise]], who will call [[PH|514-555-0186]] with questions.
""",
)

note(
    "b20-55",
    "Lincoln Pryor",
    """
Anticoagulation Clinic - INR Result Letter
[[D|June 17, 2025]]

Mr. [[N|Lincoln Pryor]]
[[ADDR|19 Lincoln St]]
[[C|Liberty]], SC [[Z|29657]]

Dear Mr. [[N|Pryor]],
Your INR on [[D|June 16]] was 3.6 (goal 2.0-3.0). Please take warfarin 2.5 mg tonight and tomorrow instead of 5 mg, then go back to your usual dose: 5 mg daily except 2.5 mg on Mondays and Fridays. Recheck INR on [[D|June 23]]. Watch for bleeding, dark stools or unusual bruising.
You can see your results and dosing calendar at [[URL|https://mychart.upstatehealth.org/inr/pt/88410376]].
Questions: anticoagulation nurse line [[PH|864-555-0145]].
""",
)

note(
    "b20-56",
    "C. Y. A. (subject 203-0117)",
    """
eCRF - VISIT: Cycle 2 Day 1         Protocol IMM-LUNG-118 (NCT05877210)
Subject number: [[ID|203-0117]]     Initials: [[N|CYA]]
Visit date: [[D|18-APR-2025]]       Window: Day 22 +/- 3 (in window)
Weight 61.4 kg   ECOG 1   BP 112/70   Pulse 88
Labs: ANC 2.3, Plt 188, ALT 31, Cr 0.9, TSH 4.8
Study drug: pembrolizumab 200 mg IV + IMX-22 400 mg IV, infusion start 10:12, stop 10:47
Pump serial: [[DEV|SIG4-118832]]
AE since last visit: grade 1 pruritus (onset Day 15), grade 1 fatigue.
Next: C3D1 on [[D|09-MAY-2025]]. Entered by [[N|ahollis]]; source verified by CRA [[N|Dagny Eriksen]].
""",
)

note(
    "b20-57",
    "Rosemary Quinlan (family letter)",
    """
Cancer Genetics Service
[[D|January 30, 2025]]

Dear family member of [[N|Rosemary Quinlan]],

Your relative has asked us to share this letter. She was found to carry a pathogenic variant in the MLH1 gene, c.350C>T (p.Thr117Met), which causes Lynch syndrome. Lynch syndrome raises the risk of colon, endometrial and some other cancers, and it can be inherited. Each first-degree relative has a 50% chance of carrying the same variant.

Testing for this single variant is quick and usually covered by insurance. Her family reference number is [[ID|FAM-LS-20419]]; please give it when you call [[PH|503-555-0157]] or book at [[URL|https://genetics.cascadehealth.org/cascade/FAM-LS-20419]].

[[N|Tomasz Wieczorek]], MS, CGC   [[EM|twieczorek@cascadehealth.org]]
""",
)

note(
    "b20-58",
    "Marigold Frye",
    """
DISABILITY PARKING PLACARD / PLATE - MEDICAL CERTIFICATION
Applicant: [[N|Marigold Frye]]   DOB [[D|01/13/1942]]
[[ADDR|2710 Constitution Dr]], [[C|Franklin]], IN [[Z|46131]]
Indiana driver's license [[LIC|4471-20-9938]]
Vehicle: 2017 Buick Encore, plate [[VEH|TFK881]], VIN [[VEH|KL4CJASB4HB102447]]
Current placard [[ID|DP-0318874]] (expires [[D|12/31/2025]])

Certifying condition: cannot walk 200 feet without stopping to rest (severe COPD, FEV1 34%, on 2 L home O2). Permanent.
Certifying practitioner: [[N|Oscar Lindgren]], MD   Indiana license [[LIC|01062237A]]   [[PH|317-555-0135]]
""",
)

note(
    "b20-59",
    "Hope Castellanos",
    """
Great Plains Biobank - Participant Recontact Letter
[[D|April 7, 2025]]

[[N|Hope Castellanos]]
[[ADDR|212 Hope Street]]
[[C|Hope]], IN [[Z|47246]]

Dear [[N|Hope]],

Thank you for giving a blood sample to the biobank in [[D|August 2019]] (participant [[ID|GPB-066142]]). Your DNA was sequenced in a study of heart rhythm genes. Researchers found a change in the KCNQ1 gene (c.1032G>A) that may be important for your health. We would like to confirm this result in a clinical lab, at no cost to you.

Please log in to [[URL|https://myresults.gpbiobank.org/recontact?pid=GPB-066142]] or call our genetic counselor, [[N|Lydia Sorensen]], at [[PH|812-555-0167]].
""",
)

note(
    "b20-60",
    "Young Kim",
    """
GENOME SEQUENCING STUDY - ENROLLMENT NOTE
Participant: [[N|Young Kim]]   Study ID [[ID|WGS-PA-00719]]   MRN [[MRN|WH-5508871]]
Enrolled [[D|Wed 1/15/2025]] at the clinic in [[C|Washington]], PA.

Mr. [[N|Kim]] is a 29-year-old with dilated cardiomyopathy diagnosed as a young adult; his father died suddenly at 44. Consent discussed in Korean with interpreter. He agreed to return of actionable secondary findings and to future research use; declined recontact by email. Blood drawn, 2 x EDTA 6 mL, labels checked with second staff member.
Consenting staff: [[N|Dana Whitcomb]], CRC
""",
    allow=("Young",),
)

if __name__ == "__main__":
    write(OUT, NOTES)
