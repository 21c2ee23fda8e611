#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind6.jsonl.

Blind test set #6 for clinical-text de-identification.  Sixty hand-written
synthetic US clinical notes; every person, number and address is fictional
(phone numbers use the 555-01xx range).  Each note is written with inline
markup ``[[CAT|surface text]]``; this script strips the markup, computes
character offsets, validates them and writes one JSON object per line:

    {"note_id", "patient", "text", "spans": [[start, end, CATEGORY], ...]}

Annotation follows HIPAA Safe Harbor conventions: names of patients,
relatives and staff (titles outside the span), every date element more
specific than a year (month+year, weekday/holiday used as a date), ages
over 89 only, phone/pager/fax numbers, record/plan/account/licence/device/
vehicle numbers, URLs, IPs, street addresses, cities/towns/neighbourhoods
and ZIP codes.  Staff log-in names and online handles count as NAME.
Facility and company names, eponyms, states, countries,
room numbers, bare years, model numbers and recurring schedules are not
annotated.

Stdlib only.  Run:  python bench/data/make_deid_blind6.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind6.jsonl")

# (note_id, patient, marked-up text, allowed unmarked repeats)
# The last element lists strings that legitimately occur unmarked elsewhere
# in the note (e.g. a city name inside a facility name).
NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


# --------------------------------------------------------------------------
# b6-01 .. b6-10: ED, ICU, ward, H&P, discharge, nursing, SW, CM, pharmacy

note(
    "b6-01",
    "Oluwaseun Adeyemi",
    """
ED PROVIDER NOTE   [[D|11/02/2024]] 0214
Pt: [[N|ADEYEMI, OLUWASEUN]]  MRN [[MRN|00482917]]  Acct [[ACCT|V20441873]]
34M BIBA from [[C|Dorchester]] after MVC, restrained driver, +airbag. c/o L chest wall pain 7/10, worse w/ inspiration. denies LOC. GCS 15.
VS: HR 104  BP 138/86  RR 20  SpO2 97% RA
Exam: ttp L ribs 5-7, no crepitus, lungs CTA b/l, abd soft NT. strength 5/5 x4.
CXR: no ptx. CT chest: nondisplaced L 6th rib fx.
Friend "[[N|Tunde]]" at bedside, will drive home. Car towed (plate [[VEH|3RKT 418]]) per [[C|Boston]] PD, report #[[ID|24-118305]].
Plan: lidocaine patch, IS q1h while awake, ibuprofen 600 q6h prn, f/u PCP Dr. [[N|Haddad]] 1-2 wks.
-- [[N|M. Villanueva]], MD / pgr [[PH|555-0133]]
""",
)

note(
    "b6-02",
    "Margaret Dunleavy",
    """
MICU Progress Note - HD#4
[[N|Dunleavy, Margaret]] | [[A|93]] F | MRN [[MRN|7713025]] | Bed 14
S: Intubated/sedated. Overnight per RN: MAP dipped to 58 at 0300, levo up to 0.08.
O: T 38.1  HR 96 AFib  MAP 66 on levo. Vent AC 18/400/PEEP 8/FiO2 40%. GCS 3T (RASS -4). UOP 25 mL/h.
Labs: WBC 17.2, lactate 2.9 (from 4.1), Cr 2.1. BCx [[D|2/11]] GPC in clusters.
A/P: Septic shock, MSSA bacteremia. Cefazolin 2 g q8h per ID (Dr. [[N|Brandão]]). TTE ordered.
Goals: son [[N|Kevin Dunleavy]] (HCP) [[PH|(508) 555-0176]] aware, wants full tx x48h then revisit. Family mtg [[D|Thursday]].
Copy-forward from [[D|2/12]]: Foley in place, Swan removed.
[[N|jtorres2]] / [[N|J. Torres]] MD, critical care time 45 min
""",
)

note(
    "b6-03",
    "Nguyen Thi Hoa",
    """
hospitalist progress note [[D|3/9/25]]
pt: [[N|nguyen thi hoa]]   dob [[D|4/22/1953]]   mrn [[MRN|55-102-884]]
s: feels "better," ate half of breakfast. daughter [[N|lan]] here, interprets some, but pt prefers pro interpreter for consent.
o: afebrile, bp 128/74, hr 82, spo2 95% 2L. crackles R base, improved. 4/5 strength LLE (baseline since CVA 2019).
labs: na 131, k 3.9, cr 1.0, wbc 11.8 -> 9.4
a/p:
# CAP RLL - day 3 ceftriaxone/azithro, to cefpodoxime tomorrow if stable
# hyponatremia - fluid restriction 1.5L
# dispo - likely home [[D|3/11]] w/ VNA; lives w/ son [[N|minh]] in [[C|Fields Corner]], 3rd floor walk-up, PT to eval stairs
(copied from [[D|3/8/25]] note, updated)
[[N|r. okafor]] NP
""",
)

note(
    "b6-04",
    "Rafael Ortiz-Benavides",
    """
ADMISSION H&P
Name: [[N|Rafael Ortiz-Benavides]]   DOB: [[D|08/30/1966]]   MRN: [[MRN|M0093312]]
Admit date: [[D|January 6, 2025]]   Attending: Dr. [[N|Sarah Lindqvist]]
CC: "my feet are swollen"
HPI: 58 y/o M w/ HFrEF (EF 25% on TTE [[D|Oct 2024]]), T2DM, CKD3b, presents w/ 2 wk progressive LE edema and orthopnea (3 pillows). Ran out of furosemide over the holidays - his pharmacy in [[C|Chelsea]] was closed. Wt up 6 kg.
Social: line cook at a restaurant in [[C|East Boston]]; lives with wife [[N|Marisol]] and two kids. No EtOH/tobacco. Born in [[C|Quetzaltenango]], Guatemala; Spanish preferred.
Exam: JVP to angle of jaw, +HJR, 3+ pitting edema to knees, S3. NYHA III.
Plan: IV furosemide 80 mg BID, strict I/O, daily wts, cardiology (Dr. [[N|Osei]]) consult.
""",
)

note(
    "b6-05",
    "Henry Thibodeaux",
    """
DISCHARGE SUMMARY
Patient: [[N|Thibodeaux, Henry J.]]  Age: [[A|96]]  MRN: [[MRN|20-338-1174]]
Admitted: [[D|2024-12-18]]  Discharged: [[D|2024-12-23]]
Discharging physician: [[N|Amara Nwosu]], MD
Dx: Mechanical fall with L intertrochanteric hip fracture s/p IMN. Post-op delirium, resolved.
Course: Cephalomedullary nail by Dr. [[N|Feldman]]. Delirium managed nonpharmacologically; CAM negative x48h. Hgb nadir 8.1, 1 u PRBC. WBAT per ortho.
Disposition: Briarwood Rehab & Nursing in [[C|Framingham]].
Follow-up: ortho clinic [[D|1/6/25]] 9:40 AM; PCP Dr. [[N|Chiu]] within 7 days.
Code status DNR/DNI, confirmed with daughter/HCP [[N|Claudette Thibodeaux-Reyes]] [[PH|985-555-0119]].
Pending: vitamin D level.
""",
)

note(
    "b6-06",
    "Priya Raghunathan",
    """
Discharge Instructions for [[N|Priya Raghunathan]]
You had your appendix removed (laparoscopic appendectomy) on [[D|Saturday, May 10]].
- You may shower after 48 hours. Do not soak in a tub or pool for 2 weeks.
- Take acetaminophen 650 mg every 6 hours as needed. You may add ibuprofen 400 mg.
- No lifting more than 10 lb for 2 weeks. It is OK to climb stairs.
Call us at [[PH|617-555-0188]] (surgery clinic, option 2) if you have a fever over 101.5 F, redness at the incisions, or vomiting.
Your follow-up appointment: Dr. [[N|Benjamin Achterberg]], [[D|May 23]] at 2:15 PM, 4th floor, Yawkey Building.
Work note given for your employer (return to work [[D|5/19]]).
Questions about your bill? Billing account [[ACCT|4417209553]].
""",
)

note(
    "b6-07",
    "Dawn Whitehorse",
    """
RN shift handoff 1900 [[D|06/14]] - 6 West rm 622B
S: [[N|Dawn Whitehorse]], 45F, POD1 R TKA. Pain 6/10 w/ PCA, was 8/10 at dawn.
B: T2DM, OSA on CPAP (home unit brought in, serial [[DEV|23171544827]]).
A: VSS, T 37.6, SpO2 93% RA. CMS intact R foot, +2 DP. JP 40 mL serosang. BG 212 at 1600 - 4 units lispro per scale. Bladder scan 350 -> straight cath x1.
R: PT in am, recheck BG 2100. Sister [[N|Loretta]] calling from [[C|Shiprock]] - ok to give updates (on release). Brother-in-law [[N|Tom Begay]] is not on the list.
Off-going: [[N|Hemi]] RN -> on-coming: [[N|Bridget O'Rourke]] RN
""",
    ("dawn",),
)

note(
    "b6-08",
    "Amina Warsame",
    """
SOCIAL WORK PSYCHOSOCIAL ASSESSMENT
Pt [[N|Amina Warsame]] (MRN [[MRN|4002-8816]]) seen at bedside with Somali interpreter [[N|Abdirahman]] (ID #[[ID|20715]]).
38 y/o mother of five living at [[ADDR|1120 Blue Hill Ave, Apt 3]], [[C|Mattapan]] [[Z|02126]]. Arrived from [[C|Nairobi]] in 2016 via resettlement. Husband [[N|Yusuf]] drives for a rideshare company, works nights. Oldest child [[N|Hodan]] (14) helps with siblings.
Housing: landlord Mr. [[N|Pereira]] has not fixed the heat since [[D|November]]; family using oven for warmth. Referred to Greater Boston Legal Services.
Food: SNAP active; WIC for youngest. Strong support from her mosque and neighbor [[N|Faadumo]].
Plan: f/u next week; DTA caseworker [[N|Gloria Mbeki]] [[PH|617-555-0150 ext. 4432]].
""",
)

note(
    "b6-09",
    "Walter Kowalczyk",
    """
CM NOTE [[D|09-Apr-2025]]
Met w/ pt and wife [[N|Irena]] re dispo. Pt [[N|Walter Kowalczyk]], 82, admitted w/ COPD exac; 3 qualifying midnights.
Insurance: Medicare A/B, MBI [[HP|5TK9-QW2-MN41]]; Medigap plan F ID [[HP|028841937-11]].
Choice list given. Pt prefers SNF near daughter in [[C|Cheektowaga]], NY (daughter [[N|Dorota Sadowski]], [[PH|716-555-0163]]). Referrals sent to 4 SNFs.
Home O2: Apria, 2L continuous - concentrator serial [[DEV|AP7730-1142-K]] to be picked up from room 5114.
Wife asks about pt's car left in garage level 3 - plate [[VEH|8JW 204]]; nephew [[N|Piotr]] to retrieve.
[[N|Tanisha Greer]], RN CM, ext. [[PH|6-4471]]
""",
)

note(
    "b6-10",
    "William Stroud",
    """
Anticoagulation Clinic - Pharmacist Telephone Visit
Pt: [[N|Stroud, William]] ("[[N|Bill]]")  DOB [[D|1957-11-03]]
Indication: mechanical AVR (On-X) + AF, goal INR 2.0-3.0
INR today 1.6 (POC, [[D|2/27]]) - was 2.4 on [[D|2/13]].
Missed 2 doses last week while visiting son [[N|Derek]] in [[C|Tucson]]; also eating kale salads daily (new diet per wife [[N|Joanne]]).
Plan: warfarin 7.5 mg today & tomorrow, then 5 mg daily except 7.5 mg Mon/Fri (weekly 40 mg). Recheck [[D|March 6]].
Pt worried about the bill for a home INR meter - referred to financial counselor.
Rx to Walgreens #04417, [[PH|520-555-0102]].
[[N|K. Asante]], PharmD, CACP
""",
    ("bill",),
)


# --------------------------------------------------------------------------
# b6-11 .. b6-20: radiology, pathology, lab, device clinic, phone, portal,
# referral letter, outside records, consult

note(
    "b6-11",
    "Chen Wei-Lun",
    """
EXAM: CT ABDOMEN/PELVIS W CONTRAST
Patient: [[N|CHEN, WEI-LUN]]   MRN: [[MRN|883310247]]   Acc#: [[ID|CT25-0418877]]
Date of exam: [[D|04/18/2025]] 13:42      Ordering: [[N|PATEL, ANJALI]] MD
CLINICAL HISTORY: RLQ pain, fever. Eval appendicitis.
COMPARISON: Outside US abdomen [[D|03/02/2025]].
TECHNIQUE: Axial images after 100 mL Omnipaque 350 IV. DLP 612 mGy-cm.
FINDINGS: Appendix dilated to 1.3 cm with periappendiceal stranding and a 7 mm appendicolith. No abscess or free air. 1.1 cm hypodensity hepatic segment 7 (series 3, image 44), too small to characterize. Bilateral L5 pars defects.
IMPRESSION: 1. Acute uncomplicated appendicitis. 2. Indeterminate 1.1 cm hepatic lesion; nonurgent MRI.
Discussed with Dr. [[N|Patel]] by telephone 14:05 on [[D|4/18/25]].
Electronically signed: [[N|Dorothy Kaminski]], MD
""",
)

note(
    "b6-12",
    "Siobhan McAuliffe",
    """
SURGICAL PATHOLOGY REPORT      Case: [[ID|S25-11873]]
Patient: [[N|McAuliffe, Siobhan]]  DOB: [[D|02/17/1973]]  MRN: [[MRN|3319027]]
Collected: [[D|05/02/2025]]   Reported: [[D|05/06/2025]]
Submitting: Dr. [[N|Guillermo Fonseca]], Breast Surgery
SPECIMEN: A. Left breast, 2:00, 4 cm FN, ultrasound-guided core biopsy.
DIAGNOSIS: Invasive ductal carcinoma, Nottingham grade 2 (3+2+2 = 7/9). DCIS, solid type, intermediate grade. No lymphovascular invasion identified.
ER positive (95%, strong), PR positive (40%, moderate), HER2 IHC 2+ (equivocal) - FISH sent to NeoGenomics (req #[[ID|NG-5582014]]). Ki-67 ~20%. Block A2 for ancillary studies.
GROSS: Received in formalin labeled with the patient's name and MRN, four cores, 1.2-1.6 cm.
Pathologist: [[N|Hyun-woo Bae]], MD  (ext [[PH|5-2291]])
""",
)

note(
    "b6-13",
    "Joy Okonkwo",
    """
CRITICAL VALUE NOTIFICATION
[[D|07/21/2025]] 03:18  Potassium 6.9 mmol/L (H-crit), specimen [[ID|L7Q00214883]], pt [[N|OKONKWO, JOY]] MRN [[MRN|66127004]], loc ED Pod C bed 9.
Hemolysis index 0. Phlebotomy note: no joy on first stick, drawn from R hand.
Called to: [[N|Marcus Bell]], RN @ x[[PH|7-3390]] - read-back verified.
Reported by: [[N|lgarcia]] MLS(ASCP)
Repeat K 6.7 at 04:02, called to Dr. [[N|Sundaram]] (resident pgr [[PH|555-0124]]). ECG peaked T; calcium gluconate 1 g, insulin/D50 given. Nephrology notified - pt dialyzes Tu/Th/Sat at Fresenius Kidney Care in [[C|Roxbury]], missed session [[D|Saturday]].
""",
    ("joy",),
)

note(
    "b6-14",
    "Giuseppe Marchetti",
    """
DEVICE CLINIC - REMOTE TRANSMISSION REVIEW
Pt: [[N|Marchetti, Giuseppe]], [[A|90]] y.o. M | MRN [[MRN|0041-7728]]
Device: Medtronic Azure XT DR MRI SureScan (W1DR01), SN [[DEV|RNB612004S]], implanted [[D|08/2021]] by Dr. [[N|Halvorsen]]. RA lead 5076-52, RV lead 5076-58 (SN [[DEV|PJN8823377]]).
Transmission [[D|11/30/24]] via CareLink home monitor.
Battery 7.2 yrs. Lead impedances stable. AP 71%, VP <1%. 3 AHRE episodes, longest 4 min. No VT/VF.
On apixaban 2.5 mg BID (dose-reduced: age >=80, Cr 1.6).
Plan: continue remote q91d; in-clinic check [[D|Feb 2025]]. Letter mailed to [[ADDR|48 Marion St]], [[C|Medford]] [[Z|02155]].
[[N|Yelena Sorokina]], CCDS
""",
)

note(
    "b6-15",
    "Esperanza Castellanos",
    """
TELEPHONE ENCOUNTER  [[D|Mon 1/13/2025]] 10:52 AM
Caller: pt's husband [[N|Rubén Castellanos]], [[PH|(956) 555-0137]] (cell); identity verified with DOB [[D|6/9/1963]] and address [[ADDR|2207 W. Tamarind Dr]].
Reason: [[N|Esperanza]] ("[[N|Hope]]") had BG 48 this morning, treated w/ juice -> 112. On glargine 34 u qhs + glipizide 10 BID. Eating less since a stomach bug over the weekend.
Advice per protocol: hold glipizide until seen, reduce glargine to 28 u tonight, check BG QID, call back if <70 again. Husband repeated plan back. Appt w/ Dr. [[N|Vaishnavi Rao]] [[D|1/15]] 8:30.
They hope insurance approves the Dexcom; PA submitted, ref #[[ID|PA-3318820]].
Routed to: [[N|mflores]] (MA) / Dr. [[N|Rao]]
""",
    ("hope",),
)

note(
    "b6-16",
    "Kenji Watanabe-Moore",
    """
Portal message from patient (sent 23:41 from IP [[IP|172.58.14.203]])  Subject: question abt my meds
hi dr [[N|lindgren]], its [[N|kenji]]
so i started the sertraline 50 like u said on the [[D|2nd]] and honestly the first week was rough, nausea + couldnt sleep. better now but kind of zoned out at work (i do deliveries for amazon so i need to focus lol). is that normal??
also my roommate [[N|dev]] said i shouldnt drink on it, we have a bday thing [[D|friday]] for my sister [[N|aiko]]. can i do 1-2 beers?
can i get a note for work, my manager [[N|Sheryl]] needs it by [[D|thurs]]. new # is [[PH|602 555 0181]], email [[EM|kenji.wm01@gmail.com]]
thx [[N|kenji]]
---
Reply next morning: 1-2 drinks ok occasionally, take it slow. Work note attached. - [[N|C. Lindgren]], MD
""",
)

note(
    "b6-17",
    "Olha Petrenko",
    """
Portal message (proxy account: [[N|Natalia Petrenko-Hughes]])  Subject: Mom's memory and the new pills
Dear Dr. [[N|Ferreira]],
I am writing for my mother, [[N|Olha Petrenko]] ([[N|Ольга Петренко]]), who is [[A|94]] and lives with my brother [[N|Taras]] at [[ADDR|311 Ocean Pkwy, Apt 6F]], [[C|Brooklyn]].
Since starting the donepezil on [[D|Dec 2]] she has vivid dreams and wakes at 3 am calling for my late father [[N|Mykola]]. She speaks only Ukrainian and a little Russian.
I live in [[C|Leeds]] and can join video visits; my WhatsApp is [[PH|+1 617 555 0184]].
Could the dose be moved to the morning? [[N|Taras]] also asks if she still needs the B12 shots - the next one is due [[D|January 9]].
With thanks,
[[N|Natalia]]
""",
)

note(
    "b6-18",
    "Fatima Zahra El Idrissi",
    """
[[D|March 3, 2025]]

[[N|Jonathan Weisz]], MD, Division of Rheumatology
[[ADDR|75 Francis Street]], [[C|Boston]], MA [[Z|02115]]

RE: [[N|Fatima Zahra El Idrissi]]   DOB: [[D|10/14/1983]]

Dear Dr. [[N|Weisz]],
Thank you for seeing Mrs. [[N|El Idrissi]], a 41-year-old teacher originally from [[C|Fès]], Morocco, with inflammatory arthritis since last [[D|August]]: symmetric MCP/PIP synovitis, AM stiffness ~2 h, RF 88, anti-CCP >250, ESR 46. Hydroxychloroquine 200 mg BID since [[D|1/20/25]], partial response. Also Raynaud's and sicca; ANA 1:640 speckled.
Her plan (BCBS PPO, ID [[HP|XKB901446213]]) needs this referral on file.
Please call me with any questions at [[PH|781-555-0129]].
Sincerely,
[[N|Leila Haddad-Moreno]], MD - Brookline Family Medicine
""",
)

note(
    "b6-19",
    "Darnell Jefferson",
    """
OUTSIDE RECORDS - received by fax [[D|08/07/2025]] from St. Vincent's Medical Center, [[C|Jacksonville]], FL (fax [[FX|904-555-0110]]), 23 pages.
Pt [[N|Darnell Jefferson]], DOB [[D|12-01-1988]]; their MRN [[MRN|JX00771245]].
Summary (reviewed by [[N|A. Whitfield]] PA-C):
- [[D|06/29/2025]]-[[D|07/03/2025]] admission for DKA (pH 7.08, AG 28); new dx T1DM (GAD65 +). Discharged on glargine 20 u + lispro sliding scale.
- Followed there by endocrinologist Dr. [[N|Imani Cole]]. Moved to [[C|Decatur]], GA in mid-[[D|July]] to live w/ fiancée [[N|Keisha]].
- Tdap 2019; Hep B series complete.
Records scanned to Media tab. Signed release on file.
""",
)

note(
    "b6-20",
    "Tomás Aguilar Quispe",
    """
INFECTIOUS DISEASES CONSULT     [[D|10/09/2024]]
Requesting: Dr. [[N|Nakamura]] (Hospital Medicine)   Reason: cavitary RUL lesion, r/o TB
[[N|Tomás Aguilar Quispe]] is a 47M from [[C|Cusco]], Peru, in the US since 2018, works construction in [[C|Paterson]], NJ. 6 wk cough, 8 kg wt loss, night sweats. Brother [[N|Hernán]] treated for TB in Peru ~2015. IGRA positive, HIV neg. CT: 3.4 cm thick-walled RUL cavity, tree-in-bud.
Recs:
1. Airborne isolation (negative pressure rm 908).
2. Sputum AFB smear/culture/NAAT x3, >=8 h apart.
3. If NAAT +, start RIPE (weight-based); report to local health dept (pt resides in [[C|Passaic County]]).
4. Household contacts (wife [[N|Rosa]], 2 children) need screening.
[[N|Miriam Adler-Stein]], MD, ID fellow - pager [[PH|555-0161]]
""",
)


# --------------------------------------------------------------------------
# b6-21 .. b6-30: OR, anesthesia, procedure, home health, hospice,
# psychiatry, pediatrics, NICU, L&D, dental

note(
    "b6-21",
    "Abdullah Rahimi",
    """
OPERATIVE REPORT
Date of surgery: [[D|02/04/2025]]
Patient: [[N|Rahimi, Abdullah]]   MRN: [[MRN|91-044-2287]]
Surgeon: [[N|Catherine Beaulieu]], MD    Assistant: PGY-4 resident
Anesthesia: General ETT (Dr. [[N|Ng]])
Preop dx: Symptomatic cholelithiasis. Postop dx: Same, with acute cholecystitis.
Procedure: Laparoscopic cholecystectomy with intraoperative cholangiogram.
Findings: Edematous gallbladder; Calot's triangle dissected, critical view of safety obtained. IOC normal, no filling defects.
EBL 20 mL. Specimen: gallbladder to pathology. Drains: none. Hem-o-lok clips (lot 24K1177).
Counts correct x2 per [[N|Jessamyn Tully]], RN (circulator) and scrub tech.
Complications: none. To PACU stable. Dr. [[N|Beaulieu]] spoke with pt's wife [[N|Zarghona]] in the waiting room at 1140.
""",
)

note(
    "b6-22",
    "Sione Tuilagi",
    """
ANESTHESIA PRE-PROCEDURE EVALUATION   [[D|22 Aug 2025]]
[[N|Sione Tuilagi]] | 39 M | MRN [[MRN|30081179]] | L inguinal hernia repair (Dr. [[N|Amberley]])
Hx: OSA on CPAP 12 cmH2O (device SN [[DEV|22193471560]]), HTN, BMI 44.1. Prior GA 2017 - "difficult mask, easy DL w/ Mac 4" per outside note from Queen's in [[C|Honolulu]].
Airway: Mallampati III, TMD 3 FB, MO >3 cm, neck circ 48 cm. Upper partial (remove).
ASA III. NPO after 2200. Metformin held AM.
Plan: GA/ETT, video laryngoscope first-line, ramped, sugammadex. CPAP in PACU - pt to bring home machine.
Day-of-surgery contact: wife [[N|Mele]] [[PH|808-555-0145]]. Samoan interpreter offered, declined.
[[N|Priyanka Venkataraman]], MD  ([[N|pvenkat]])
""",
)

note(
    "b6-23",
    "Luis Ángel Figueroa",
    """
PROCEDURE NOTE: Ultrasound-guided paracentesis
Pt: [[N|Figueroa, Luis Ángel]]   Loc: 9 East rm 918   Date: [[D|11.14.2024]]
Operator: [[N|H. Okoro]], MD; supervised by Dr. [[N|Gallagher]]
Indication: tense ascites, dyspnea (EtOH cirrhosis, MELD-Na 24).
Consent: in Spanish via phone interpreter [[N|Beatriz]] #[[ID|318842]].
Time-out performed. INR 1.9, plt 61 - no products given. LLQ site marked under US, chlorhexidine prep, 1% lidocaine 10 mL, 5 Fr Yueh catheter.
6.2 L straw-colored fluid removed; albumin 25% 50 g IV. Sent cell count, albumin, total protein, cultures in bottles.
No complications; BP 104/62 post. Wife [[N|Carmen]] updated at [[PH|(787) 555-0158]].
""",
)

note(
    "b6-24",
    "Eunice Blackwell",
    """
HOME HEALTH SKILLED NURSING VISIT   [[D|10/02/25]]  in 0915 / out 1010
Pt: [[N|Eunice Blackwell]], [[ADDR|16 Pleasant Ridge Rd]], [[C|Athol]], MA [[Z|01331]]
Dx: CHF; venous stasis ulcer R medial malleolus.
VS: BP 132/70, HR 76 irreg, wt 171.4 lb (+3.2 lb since last visit) - called PCP office, spoke w/ [[N|Candace]] RN; furosemide up to 40 mg x3 days per Dr. [[N|Oyelaran]].
Wound: 2.1 x 1.6 x 0.2 cm, 80% granulation, mod serous drainage, periwound maceration. NS cleanse, Aquacel Ag, ABD, 2-layer compression.
Home: lives alone; neighbor [[N|Gus Lindahl]] checks daily. Grandson [[N|Tyler]] visits weekends from [[C|Gardner]]. Lifeline button worn (acct [[ACCT|LL-04411729]]).
Next visit [[D|Friday]].  [[N|Roberta Quaye]], RN
""",
)

note(
    "b6-25",
    "Harold Pennington",
    """
HOSPICE RN VISIT - routine
[[D|Jan 28, 2025]] | Pt: [[N|Harold Pennington]], 89 | Dx: metastatic prostate ca
PPS 30%. Bedbound, sleeping ~20 h/day, taking sips only. Pain controlled on morphine concentrate 5 mg SL q2h prn (3 doses/24h). Mild terminal secretions - glycopyrrolate started. Stage 2 sacral wound unchanged.
Wife [[N|Bev]] (primary caregiver) tearful, asking "how long." Reviewed signs of active dying. Family had hoped to celebrate his [[A|90th]] birthday on [[D|Feb 19]]. Daughter [[N|Lynn Pennington-Shaw]] flying in from [[C|Phoenix]] [[D|Thursday]].
Chaplain visit requested; pt is Methodist.
24/7 on-call line reviewed: [[PH|1-800-555-0199]].
[[N|S. Mwangi]], RN Case Manager - Good Shepherd Hospice
""",
)

note(
    "b6-26",
    "Jordan Ellison-Park",
    """
PSYCHIATRY CONSULT - ED
[[N|Jordan Ellison-Park]] (they/them), 19, sophomore at UMass Amherst, lives in a dorm in [[C|Amherst]]; brought in by campus police after roommate found a note [[D|10/27]].
HPI: Worsening depression since a breakup in [[D|September]]; researched methods online 2 nights ago. Passive SI, denies current plan/intent. PHQ-9 22. C-SSRS: ideation with method, no intent today. No prior attempts. EtOH 4-5 drinks Fri/Sat; daily cannabis.
Collateral: mother [[N|Sun-hee Park]] by phone [[PH|413-555-0191]]; roommate [[N|Kayla]] showed recent posts from pt's account [[N|@jordy_fades]] (pt agreed).
Risk: moderate. Plan: voluntary inpatient admission; 1:1 sitter, belongings searched.
[[N|Ifeoma Chukwu]], MD, PGY-3 / attending Dr. [[N|Brettschneider]]
""",
    ("Amherst",),
)

note(
    "b6-27",
    "Mateo Rivera-Ocasio",
    """
WELL CHILD VISIT - 4 YEARS
[[N|Mateo Rivera-Ocasio]]   DOB [[D|05/05/2021]]   MRN [[MRN|P-0773341]]
With mom [[N|Yesenia]] and abuela [[N|Nilda]].
Growth: wt 17.2 kg (60th %ile), ht 104 cm (55th), BMI 15.9. BP 96/58. Vision 20/30 OU (passes). Hearing pass 20 dB.
Development: hops on one foot, draws a person w/ 4 parts, tells stories; speech 100% intelligible. Attends Head Start; teacher Ms. [[N|Dufresne]] has no concerns.
Lead 2.1 ([[D|04/2024]]).
Immunizations: DTaP #5, IPV #4, MMR #2, Varicella #2 today (VIS given). Flu shot declined - mom will get it at CVS.
Guidance: booster seat, water safety (family visits [[C|Ponce]] each summer), screen time <1 h.
Next WCC at 5 y.  [[N|Naomi Silverberg-Tan]], MD
""",
)

note(
    "b6-28",
    "Tobi Adeleke",
    """
NICU DAILY PROGRESS NOTE - DOL 12
Baby Boy A [[N|Adeleke]] ("[[N|Tobi]]")  MRN [[MRN|N24-009182]]  DOB [[D|11/08/2024]] @ 0417
GA 29+3 wk at birth (Apgars 5 and 8), CGA 31+1. BW 1190 g, today 1265 g.
Resp: CPAP +5, FiO2 0.23-0.28. 2 A/B events, self-resolved. Caffeine 5 mg/kg/d.
FEN: fortified MBM 24 kcal, 24 mL q3h OG (150 mL/kg/d).
ID: s/p 48h rule-out, BCx neg.
Neuro: HUS [[D|11/15]] bilateral grade I IVH; repeat [[D|12/6]].
Twin B ("[[N|Kehinde]]") in pod 3, stable on RA.
Social: mom [[N|Folasade Adeleke]] pumping, visits daily after work; dad [[N|Olumide]] working in [[C|Houston]] until [[D|Dec 1]]. Parents' cell [[PH|832-555-0116]].
[[N|Chiara Lombardi]], NNP-BC
""",
)

note(
    "b6-29",
    "Ana Paula Carvalho",
    """
L&D ADMISSION NOTE   [[D|7/4/25]] 2310
[[N|Ana Paula Carvalho]], 31 y.o. G2P1001 @ 39w2d by 8 wk US, EDD [[D|7/9/25]].
CC: ctx q3-4 min since 1800, SROM 2130, clear fluid.
PNL: O+, Ab neg, RI, HBsAg neg, HIV neg, GBS positive ([[D|6/10]]) -> PCN G ordered.
SVE 5/80/-1, vertex. Bishop score 10.
EFM: cat I, baseline 135, moderate variability, +accels.
OB hx: NSVD 2021 in [[C|Belo Horizonte]], 3.4 kg, uncomplicated.
Plan: admit, expectant mgmt, epidural on request. Attending Dr. [[N|Marguerite Bishop]] aware. Peds (Dr. [[N|Ferraro]]) aware of GBS status.
Support: husband [[N|Thiago]] [[PH|(401) 555-0140]]. Fluent English, declines interpreter.
[[N|kmcdermott]] CNM
""",
    ("Bishop",),
)

note(
    "b6-30",
    "Roberto DiNapoli",
    """
DENTAL CLINIC - limited exam / extraction   [[D|04/11/2025]]
Pt: [[N|DiNapoli, Roberto]]   Chart #[[MRN|D-22814]]
CC: "#19 is killing me for a week."
Med hx: apixaban for AF - cardiology (Dr. [[N|Saperstein]]) OK to hold 1 dose. No bisphosphonates. PCN allergy (hives).
Exam: #19 large carious lesion, +percussion, lingering cold; PA radiograph periapical radiolucency 4 mm. #30 MOD amalgam intact. Generalized 4-5 mm pockets, BOP.
Tx: Extraction #19 under 2 carpules 2% lido 1:100k epi + 1 carpule 4% articaine. Surgicel, 3-0 chromic x2. Post-op instructions given; son [[N|Rob]] driving him home.
Rx: clindamycin 300 mg q6h x7d.
Next: perio consult. Delta Dental ID [[HP|9001447731]].
[[N|Min-ji Hwang]], DMD / assist [[N|Lupe]]
""",
)


# --------------------------------------------------------------------------
# b6-31 .. b6-40: PT, OT, speech, chaplaincy, interpreter visit, incident,
# release of information, billing, research, EMS

note(
    "b6-31",
    "Mary Frances O'Sullivan",
    """
PHYSICAL THERAPY DAILY NOTE   [[D|8/19/25]]
[[N|O'Sullivan, Mary Frances]] - s/p R THA [[D|8/16]], posterior approach, WBAT, hip precautions.
S: "Sore but ready." Pain 4/10 at rest, 6/10 with gait.
O: Bed mobility min A; sit-stand CGA from elevated surface; gait 75 ft x2 w/ RW, CGA, step-to. Stairs: 4 steps w/ R rail, min A.
R hip flex 3-/5, abd 3/5; L LE 4+/5 grossly. Berg 34/56. TUG 24 s.
A: Progressing; high fall risk.
P: PT BID; DME: RW, raised toilet seat, reacher.
D/C plan: home with husband [[N|Dermot]] - 5 steps to enter, 1 rail. Daughter [[N|Aisling]] to stay the first week.
[[N|Tomasz Wójcik]], PT, DPT   Lic #[[LIC|PT-017742]]
""",
)

note(
    "b6-32",
    "Zhang Li Na",
    """
OT Evaluation - Inpatient Rehab   [[D|Tue 9/30]]
[[N|Zhang Li Na]] ([[N|张丽娜]]), 66F
Hx: L MCA stroke [[D|9/21]], R hemiparesis, expressive aphasia. Prefers Mandarin; video interpreter used.
ADLs: feeding set-up w/ built-up utensils; UB dressing mod A, LB dressing max A; toileting mod A x1; grooming min A seated.
RUE: Brunnstrom stage 3, MAS 1+ elbow flexors, grip 4 lb (L 38 lb). Light touch impaired.
Cognition: MoCA not testable d/t aphasia; follows 1-step commands 80% of trials.
Goals (2 wk): LB dressing min A, toileting CGA.
Pt was a seamstress. Husband [[N|Guo Jian]] is primary support; son lives in [[C|Flushing]], NY.
[[N|Ruth Abernathy-Oduya]], OTR/L
""",
)

note(
    "b6-33",
    "Kwame Mensah-Bonsu",
    """
SPEECH-LANGUAGE PATHOLOGY - Modified Barium Swallow
Date: [[D|June 3, 2025]]   Pt: [[N|Kwame Mensah-Bonsu]]   Radiologist: Dr. [[N|Liesl Honeycutt]]
Hx: Parkinson disease (H&Y 3), aspiration PNA in [[D|Feb]] and [[D|April 2025]].
Thin liquids: delayed swallow initiation, silent aspiration (PAS 8) with cup sips; chin tuck reduced to PAS 3. Mildly thick: penetration, cleared (PAS 2). Puree/soft solids: mild vallecular residue, cleared with liquid wash.
Recs: IDDSI Level 5 minced & moist, Level 2 mildly thick liquids, chin tuck, meds crushed in puree, upright 90 deg x30 min after meals. If pt later elects comfort feeds, revisit.
Educated wife [[N|Abena]] and home aide [[N|Comfort]].
[[N|E. Vandermeer]], MS, CCC-SLP
""",
    ("comfort",),
)

note(
    "b6-34",
    "Grace Tanaka",
    """
SPIRITUAL CARE NOTE
Visited [[N|Grace Tanaka]] (rm 1012) at the request of RN [[N|Hollis]]. Pt was told yesterday of recurrence of ovarian cancer. Buddhist (Jodo Shinshu), raised in [[C|Hilo]]; her husband [[N|Minoru]] died [[D|Christmas Eve 2019]].
She spoke of wanting "to meet this with grace" and asked for her minister, Rev. [[N|Kenneth Oshiro]] of Seattle Betsuin. Lives in [[C|Beacon Hill]] with daughter [[N|Emi]], who asked about a family blessing before surgery on [[D|Monday]].
Offered presence, reflective listening, life review.
Plan: left message for Rev. [[N|Oshiro]] at [[PH|206-555-0128]]; will follow up [[D|11/18]].
- Chaplain [[N|Nkechi Obi]], MDiv, BCC
""",
    ("grace",),
)

note(
    "b6-35",
    "Dieudonné Mukendi",
    """
PRIMARY CARE - new patient, in-person French interpreter [[N|Céline Ouellet]] (agency badge [[ID|CI-2291]])
[[N|Dieudonné Mukendi]], 52M, DOB [[D|15/03/1973]] per documents (entered as [[D|03/15/1973]]).
From [[C|Kinshasa]]; years in a camp in Uganda; resettled in [[C|Lewiston]], ME [[D|Aug 2024]].
Refugee screen: QFT positive, CXR clear -> LTBI, start rifampin x4 mo. Strongyloides IgG pending. HBsAb+, HBcAb+ (past infection). HIV neg. Vision 20/40.
Interpreter notes pt calls HTN "la tension"; BP 158/96, repeat 152/94.
Wife [[N|Bernadette]] and 4 children booked for [[D|Wednesday]]. Caseworker [[N|Moses Lado]] (Catholic Charities) [[PH|207-555-0153]].
[[N|H. Castellano-Ruiz]], MD
""",
)

note(
    "b6-36",
    "Roosevelt Jackson",
    """
SAFETY EVENT REPORT #[[ID|SE-2025-03318]]
Event: [[D|03/22/2025]] approx 0245, 5 North rm 5108, bathroom
Patient: [[N|Jackson, Roosevelt]]   Age: [[A|92]]   MRN: [[MRN|18840056]]
Type: unassisted fall. Harm: minor (3 cm skin tear L forearm).
Description: Found on floor by the PCA on rounds; bed alarm on but volume turned off. Pt states he "needed to go." Morse score 65 on admission. Last toileted 0030.
Actions: RN [[N|Kaitlyn Przybylski]] assessed; covering MD Dr. [[N|Eberhardt]] notified 0252; CT head negative. Granddaughter [[N|Shauna]] notified 0700.
Contributing: diuretic timing (furosemide given 2100), new zolpidem.
Reporter: [[N|kprzybylski]]
""",
)

note(
    "b6-37",
    "Deborah Kessler-Abrams",
    """
HIM - RELEASE OF INFORMATION LOG
Request #[[ID|ROI-7730512]] received [[D|9/12/2025]] by fax from Goldfarb & Lyle LLP ([[FX|212-555-0172]]).
Patient: [[N|Deborah Kessler-Abrams]]  DOB [[D|01/29/1967]]  MRN [[MRN|7006-1839]]  SSN xxx-xx-[[SSN|4021]]
Authorization: signed by pt, expires in 6 months.
Dates of service: [[D|06/01/2024]] - [[D|08/31/2024]] (MVC on I-95 near [[C|Stamford]]).
Released: ED note, imaging reports, ortho clinic notes. Excluded: psychotherapy notes and 42 CFR Part 2 records.
Sent by secure e-mail to paralegal [[N|Renata Obiora]] <[[EM|robiora@goldfarblyle.com]]>. Invoice $34.20 per state fee schedule.
Processed by [[N|tnguyen4]]
""",
)

note(
    "b6-38",
    "Pham Van Duc",
    """
PATIENT FINANCIAL SERVICES - account note
Guarantor: [[N|Pham Van Duc]] ([[N|Phạm Văn Đức]], self)   Acct# [[ACCT|HB-9920417736]]   SSN [[SSN|611-38-2907]]
DOS [[D|05/14/25]], ED + obs, charges $11,482.60 (CPT 99285, G0378 x22).
Primary: Aetna Choice POS II (payer ID 60054), member ID [[HP|W221847390]]. Denied CARC 197, no precert. Called Aetna [[PH|1-800-555-0167]], rep [[N|Yolanda]], call ref [[ID|A25-0611-88312]]; retro auth submitted.
Pt called [[D|6/20]] re statement (Vietnamese interpreter used). Works at a nail salon; employer coverage ended [[D|5/31]]. Screened for charity care: household of 4, income ~$38k - likely 100% write-off. Application mailed to [[ADDR|12871 Brookhurst St, Unit 4]], [[C|Garden Grove]], CA [[Z|92840]].
[[N|Marisela Quintanilla]], Financial Counselor
""",
)

note(
    "b6-39",
    "Bronwyn Teague",
    """
RESEARCH NOTE - HEART-FLOW II (NCT05990417), Visit 4 / Week 12
Subject [[ID|HF2-031-0047]] | [[N|Bronwyn Teague]] | consented [[D|2/26/2025]] by [[N|R. Oduya]], CRC
Visit date [[D|5/21/2025]] (in window).
Done: vitals, KCCQ, 6MWT 412 m, NT-proBNP drawn, study drug dispensed (bottle 3 of 4), compliance 94% by pill count.
AE: mild dizziness [[D|5/2]], resolved; unrelated per PI Dr. [[N|Siddiqui]].
Stipend $75 loaded to ClinCard.
Next: Week 24 target [[D|8/13/2025]] - pt in [[C|Cork]], Ireland most of [[D|July]]; visit may be moved.
Contact pref: text [[PH|919-555-0106]]; [[EM|bteague62@outlook.com]].
""",
)

note(
    "b6-40",
    "Dwayne Kowalski",
    """
EMS PATIENT CARE REPORT - Medic 12
Incident #[[ID|2025-0418-0033]] | [[D|04/18/2025]] | Disp 0612 Enr 0613 OS 0621 Tx 0640
Location: [[ADDR|3300 W. Fullerton Ave]] (gas station lot), [[C|Chicago]] IL [[Z|60647]]
Pt: [[N|Kowalski, Dwayne]], 48M, ID'd by IL DL [[LIC|K240-5518-7712]].
CC: unresponsive in driver seat of his vehicle (IL plate [[VEH|DK 48813]]), engine running.
Assessment: GCS 6 (E1V1M4), RR 6, SpO2 82% RA, pinpoint pupils, BGL 104.
Tx: BVM, naloxone 2 mg IN -> RR 14, GCS 14, agitated. 12-lead: sinus tach 112.
Station clerk called 911. Transported to Illinois Masonic ED, report to charge RN.
Crew: [[N|T. Moreau]] (EMT-P), [[N|J. Haugen]] (EMT-B)
""",
)


# --------------------------------------------------------------------------
# b6-41 .. b6-50: school note, occupational health, transplant, dialysis,
# infusion, wound care, sleep lab, genetics, diabetes education, urgent care

note(
    "b6-41",
    "Aaliyah Grant",
    """
[[D|October 7, 2025]]

To: Ms. [[N|Dolores Finch]], RN, School Nurse - Harriet Tubman Elementary School
RE: [[N|Aaliyah Grant]], DOB [[D|2/19/2015]], Grade 5

She was seen in our clinic today for an asthma exacerbation. She may return to school on [[D|Thursday, 10/9]].
Please allow her to carry and self-administer albuterol HFA 90 mcg, 2 puffs q4h as needed (with spacer); she has shown correct technique. Please excuse her from running in PE/recess until [[D|10/20]]. Peak flow green zone >240 L/min. Asthma Action Plan attached.
Parent: [[N|Tamika Grant]] (mother), [[PH|(404) 555-0179]].
Sincerely,
[[N|Osagie Ehigiator]], MD, FAAP
Peachtree Pediatrics, [[ADDR|1180 Ponce de Leon Ave NE, Suite 210]], [[C|Atlanta]], GA [[Z|30306]]
""",
)

note(
    "b6-42",
    "Rhys Llewellyn",
    """
EMPLOYEE HEALTH - Blood/Body Fluid Exposure
Employee: [[N|Rhys Llewellyn]], RN, 7 Tower   Employee ID [[ID|E0048217]]
Exposure: [[D|12/02/2024]] ~1530, reported 1600.
Percutaneous injury L index finger, 25G hollow-bore needle after SQ heparin; safety device not activated. Gloves on. Washed with soap and water.
Source pt MRN [[MRN|4410982]] consented: rapid HIV neg; HCV Ab, HBsAg pending.
Employee: anti-HBs 112 (immune). Tdap current. PEP not indicated pending results; counseled.
Workers' comp claim #[[ID|WC-24-11073]] filed with Liberty Mutual; nurse manager [[N|Janelle Ruiz-Whitaker]] notified.
F/u labs at 6 wk ([[D|1/13/25]]) and 6 mo. May return to duty now.
[[N|Farah Qureshi]], MD MPH, Occupational Medicine
""",
)

note(
    "b6-43",
    "Kalani Kahananui",
    """
TRANSPLANT COORDINATOR NOTE - Kidney
Candidate: [[N|Kalani Kahananui]]   UNOS ID [[ID|XKM4471]]   blood type O, cPRA 18%
Listed [[D|03/15/2023]]; wait time counts from dialysis start [[D|Nov 2021]].
Potential living donor: cousin [[N|Leilani Akana]], 44F, from [[C|Kailua]]; donor intake done, crossmatch pending. Independent donor advocate assigned.
Candidate dialyzes MWF at DaVita; no missed treatments.
Updated contacts: cell [[PH|808-555-0121]]; wife [[N|Noelani]] [[PH|808-555-0122]].
Insurance: HMSA QUEST ID [[HP|QH00918263]]; Medicare ESRD Part A/B active.
Pending: dental clearance, colonoscopy.
[[N|Marisa Yuen]], RN, CCTC
""",
)

note(
    "b6-44",
    "Earl Washington",
    """
HEMODIALYSIS TREATMENT NOTE - chair 14   [[D|07/08/2025]]
[[N|Washington, Earl]] | MRN [[MRN|D88-2014]] | EDW 84.0 kg
Pre: 87.2 kg, BP 168/92, HR 78, T 36.7. L brachiocephalic AVF, +thrill/bruit, cannulated 15G x2 by [[N|Ricardo]] PCT.
Rx: Optiflux 180, 4 h, BFR 400, DFR 600, 2K/2.5Ca bath, UF goal 3.2 L, heparin 2000 u bolus. Machine serial [[DEV|4KRW18832]].
Cramping at hr 3: UF paused 10 min, NS 200 mL.
Post: 84.6 kg, BP 142/80. Kt/V last month 1.41.
Missed last [[D|Saturday]] - son drove him to [[C|Tacoma]] for a granddaughter's graduation (son moved to Washington state in 2020). Counseled on fluid limits.
Charge RN: [[N|B. Adeyinka-Morris]]
""",
    ("Washington",),
)

note(
    "b6-45",
    "Rosalind Feinberg",
    """
INFUSION NURSING NOTE - C4D1 FOLFOX
[[N|Feinberg, Rosalind]]  DOB [[D|09/09/1958]]  Ht 162 cm  Wt 58.4 kg  BSA 1.62
Stage III colon ca (pT3N1a), adjuvant. Oncologist: Dr. [[N|Aravind Subramaniam]].
Labs [[D|3/31]]: ANC 1.9, plt 142, Cr 0.8, bili 0.6 - OK to treat.
R chest port accessed w/ 20G 3/4" Huber, +blood return.
Premeds: ondansetron 16 mg, dexamethasone 12 mg IV.
Oxaliplatin 85 mg/m2 (138 mg) over 2 h; leucovorin 400 mg/m2; 5-FU bolus 400 mg/m2; 5-FU 2400 mg/m2 over 46 h via CADD-Solis pump SN [[DEV|CS0821774]].
Grade 1 cold-induced neuropathy, counseled. Wife [[N|Miriam]] drives; disconnect [[D|Wed 4/2]] by Option Care nurse.
[[N|Lindiwe Dube]], RN, OCN
""",
)

note(
    "b6-46",
    "Cornelius van der Berg",
    """
WOUND CARE CLINIC   [[D|2025-01-22]]
[[N|Cornelius van der Berg]]   MRN [[MRN|5538104]]
Wound #1: R plantar 1st MTP, Wagner grade 2, neuropathic.
1.8 x 1.4 x 0.5 cm (was 2.3 x 1.9 x 0.6 on [[D|1/8]]). No probe to bone. Undermining 0.3 cm from 3 to 6 o'clock.
Base 90% granular, 10% slough; mod serosanguineous drainage; periwound callus. Sharp debridement with #15 blade and curette to bleeding tissue, 2.5 sq cm (CPT 11042).
ABI R 1.02, TBI 0.61. A1c 8.2%.
Offloading: TCC #3 applied.
Pt arrives by medical transport van; lives with wife [[N|Hendrika]] in [[C|Holland]], MI.
Next visit [[D|1/29]] for TCC change.
[[N|M. Castellanos]], RN CWCN / Dr. [[N|Ebenezer Quarshie]]
""",
    ("van",),
)

note(
    "b6-47",
    "Benedikt Sauer",
    """
POLYSOMNOGRAPHY REPORT - split night
Patient: [[N|Sauer, Benedikt]]   DOB: [[D|1968-02-29]]   Study date: [[D|09/16/2025]]
Referring: [[N|Rachel Ng]], DO.   Tech: [[N|Darius]], RPSGT.
Diagnostic (TST 168 min): AHI 46.2/h, RDI 51, supine AHI 72; SpO2 nadir 78%, T<88% 21%. ESS 16/24.
Titration: CPAP 5 -> 12 cmH2O; at 11 cmH2O AHI 3.1 incl. supine REM. Mask: ResMed AirFit F30, medium.
Impression: severe OSA (G47.33). Recommend APAP 9-15 cmH2O; DME order to Apria.
Pt drives a tractor-trailer (CDL [[LIC|S116-420-68-229]]); counseled on drowsy driving and DOT rules.
Interpreting physician: [[N|Harriet Lykke-Olsen]], MD
""",
)

note(
    "b6-48",
    "Rivka Abramowitz",
    """
GENETIC COUNSELING - Hereditary Cancer
[[N|Rivka Abramowitz]], 35F, Ashkenazi Jewish, referred by her gynecologist for family history.
Pedigree:
- Mother [[N|Shoshana]]: breast ca at 42, ovarian ca at 56, d. 58 in [[C|Haifa]].
- Maternal aunt [[N|Dvora]] (lives in [[C|Teaneck]], NJ): breast ca at 49; BRCA1 c.68_69delAG positive (Myriad, 2016).
- Father [[N|Avi]], 66, well; paternal grandfather prostate ca at 71.
Discussed AJ founder variants (BRCA1 185delAG, 5382insC; BRCA2 6174delT), autosomal dominant inheritance, 50% risk.
Pt elects multigene panel (Invitae); saliva kit mailed to [[ADDR|1409 Avenue J, Apt 2R]], [[C|Brooklyn]], NY [[Z|11230]]. Results ~3 wk.
[[N|Tova Greenbaum-Ruiz]], MS, CGC
""",
)

note(
    "b6-49",
    "Zainab Chaudhry",
    """
Diabetes Education - Insulin Pump Start   [[D|Thu 8/14/25]]
[[N|Zainab Chaudhry]] (22F, T1D since age 9) with her mother [[N|Nusrat]].
Pump: Tandem t:slim X2, SN [[DEV|1488210]]; CGM Dexcom G7 with phone app as receiver.
Settings: basal 0.6 u/h 0000-0600, 0.75 u/h 0600-0000; ICR 1:10; ISF 1:45; target 110; active insulin 4 h; Control-IQ on.
Pharmacy student at Rutgers, works part-time at ShopRite. Dexcom Follow shared with mom ([[EM|nusrat.chaudhry@yahoo.com]]).
Hands-on: site insertion (abdomen), cartridge fill, meal bolus. Teach-back done.
F/u video visit [[D|8/21]] 4 pm; endo Dr. [[N|Oyebanji]] [[D|9/30]].
[[N|Cassandra Veloso]], RN, CDCES
""",
)

note(
    "b6-50",
    "Connor Fitzpatrick",
    """
URGENT CARE   [[D|Sun 6/22/2025]] 14:10
[[N|Connor Fitzpatrick]], 27M - dog bite R hand ~1 h PTA.
Dog ("Biscuit") belongs to neighbor [[N|Gloria Antonelli]], [[ADDR|19 Wachusett St]], [[C|Jamaica Plain]]; vaccinated per owner. Boston Animal Control notified.
Exam: 2 punctures dorsal R hand over 3rd MCP, 0.5 cm each, full ROM, tendons intact, sensation intact, cap refill <2 s.
XR R hand: no fracture/FB.
Tx: irrigated 500 mL NS, left open. Augmentin 875/125 BID x5 d. Tdap given (last 2013). Rabies PEP not indicated - dog can be observed 10 days.
Line cook in [[C|Brookline]]; off work 3 days, note given.
[[N|H. Sato]], PA-C
""",
)


# --------------------------------------------------------------------------
# b6-51 .. b6-60: geriatrics, addiction, infection prevention, palliative,
# ethics, transfer center, telehealth, travel, audiology, pronouncement

note(
    "b6-51",
    "Ida Mae Thornton",
    """
GERIATRICS HOME VISIT
[[N|Ida Mae Thornton]] is a [[A|101]]-year-old woman seen at home, [[ADDR|412 Magnolia Street]], [[C|Selma]], AL, with her daughter [[N|Loretta]], who is 78 and her caregiver. Taught school for 40 years.
Concerns: 3 falls since [[D|Easter]], poor appetite, wt 96 lb (104 lb in [[D|March]]).
Meds: amlodipine 5, HCTZ 12.5 - stopping HCTZ (Na 129).
Exam: frail, MMSE 21/30, TUG 32 s with walker, 2/6 SEM.
Plan: home PT/OT, remove throw rugs, night lights. MOLST reviewed: pt wants DNR, "let the Lord decide." She has strong faith; Pastor [[N|Elijah Strong]] visits on Sundays.
Next visit [[D|8/5]]. Son [[N|Clarence]] in [[C|Detroit]] updated by phone.
[[N|Nadia Petrosyan]], MD
""",
    ("strong",),
)

note(
    "b6-52",
    "Shane Sullivan",
    """
OTP COUNSELOR NOTE - individual session
Client: [[N|Shane Sullivan]] ("[[N|Sully]]")   OTP ID [[ID|MH-44102]]
Dose: methadone 95 mg daily; take-homes 2/wk (phase 2). UDS [[D|9/3]]: + methadone, + fentanyl (first positive in 6 mo).
Client disclosed relapse after his brother [[N|Kieran]] died of an overdose [[D|Labor Day]] weekend. Tearful, guilt. Denies SI/HI. Still working for a roofing company; boss "has been cool."
Plan: hold take-home increase; weekly counseling; naloxone kit re-issued; bereavement group (Tues 6 pm). Dose review with Dr. [[N|Mahlangu]].
42 CFR Part 2 consent on file - PCP only.
Sponsor "[[N|Big Mike]]" from NA: [[PH|555-0148]].
[[N|J. Okafor-Reilly]], LADC I
""",
)

note(
    "b6-53",
    "Amir Hosseini",
    """
INFECTION PREVENTION - Measles exposure investigation
Index: [[N|Amir Hosseini]], 2 y, MRN [[MRN|P-8820416]]; rash onset [[D|2/9]], unvaccinated; family returned from [[C|Tehran]] [[D|1/30]].
Exposure window: Peds ED waiting room [[D|2/11/2025]] 1805-2140 and Peds ED rm 12.
Staff exposed (n=7): 6 immune per Employee Health; 1 unit secretary has no documentation - titer drawn, furloughed days 5-21.
Patients exposed (n=14): line list sent to DPH epidemiologist Dr. [[N|Ruth Kagame]] ([[EM|ruth.kagame@dph.example.gov]]). Letters mailed. IG given to 2 infants <6 mo.
Mother [[N|Shirin Hosseini]] reached at [[PH|617-555-0196]].
[[N|vkrishnan]] - IP&C
""",
)

note(
    "b6-54",
    "Antoine Baptiste",
    """
PALLIATIVE CARE - Family Meeting   [[D|May 30, 2025]], 10 West conference room
Present: wife [[N|Marie-Claude Baptiste]], two daughters, son [[N|Jean-Robert]] (by phone from [[C|Port-au-Prince]]), Haitian Creole interpreter, SW, MICU attending, writer.
[[N|Antoine Baptiste]] remains intubated day 9 after cardiac arrest; MRI shows diffuse anoxic injury; no cortical responses on exam.
Shared prognosis: return to interactive life very unlikely. Family described a proud deacon who "would not want machines." Wife asked for their parish priest to anoint him first.
Decision: DNR now; transition to comfort care after family arrives [[D|Sunday]]. Family updates posted at [[URL|www.caringbridge.org/visit/antoinebaptiste]].
[[N|Nora Feliciano]], MD, Palliative Medicine
""",
)

note(
    "b6-55",
    "Eldridge Pickett",
    """
ETHICS CONSULTATION
Requested by Dr. [[N|Ilse Brandt]] (Neurology) on [[D|1/7/2025]].
Pt [[N|Eldridge Pickett]], 66M, admitted [[D|12/20/24]] with hypoxic encephalopathy; lacks capacity; no HCP.
Question: who decides about PEG placement?
Facts: half-brother [[N|Vernon Pickett]] (last known in [[C|Gary]], IN) unreachable - 3 calls, certified letter returned. Friend from church [[N|Odessa Hale]] visits daily; landlord Mr. [[N|Kopecky]] says pt told him "no tubes."
Recs: 1) Petition for temporary guardianship (Probate docket [[ID|MA25P0118GD]]). 2) Document friend's and landlord's reports of prior wishes. 3) Time-limited NG feeding trial meanwhile.
[[N|Sunil Mehra]], MD, Ethics Committee
""",
)

note(
    "b6-56",
    "Bertrand Lefebvre",
    """
TRANSFER CENTER LOG   [[D|10/31/24]] 21:47
Referring: Charlton Memorial, [[C|Fall River]] - Dr. [[N|Agnieszka Nowak]], callback [[PH|508-555-0131]].
Pt: [[N|Lefebvre, Bertrand]], DOB [[D|5/17/65]]. Inferior STEMI, TNK at 2105, persistent ST elevation -> rescue PCI.
Accepted by Dr. [[N|Hollander]] (interventional) 21:52.
Transport: Boston MedFlight, aircraft [[VEH|N318BM]], ETA 22:35 direct to cath lab, then CCU bed 8.
Wife driving in from [[C|Somerset]], cell [[PH|774-555-0190]].
[[N|P. Oyelaran]], RN, Transfer Center
""",
)

note(
    "b6-57",
    "Saoirse Byrne",
    """
TELEDERMATOLOGY VIDEO VISIT   [[D|02/18/2025]]
[[N|Saoirse Byrne]] joined from home in [[C|Worcester]] (connection log IP [[IP|73.112.48.209]]); location verified in MA for licensure. Verbal consent for telehealth.
CC: hand rash x3 wk. Hairdresser (frequent wet work, PPD dyes); her salon page is [[URL|instagram.com/saoirse.does.hair]].
Photos uploaded [[D|2/16]]: erythematous scaling, fissured plaques dorsal hands and finger webs, few vesicles.
Impression: irritant vs allergic contact dermatitis (PPD, glyceryl thioglycolate).
Plan: clobetasol 0.05% oint BID x2 wk, nitrile gloves, emollients; patch testing (NACDG 80 + hairdresser series) in clinic [[D|3/10]].
[[N|Aditi Bhattacharya]], MD
""",
)

note(
    "b6-58",
    "Harjit Singh Dhillon",
    """
TRAVEL MEDICINE CONSULTATION
[[N|Harjit Singh Dhillon]] | DOB [[D|31-Oct-1979]] | MRN [[MRN|99-340-112]]
Itinerary: leaves [[D|Dec 12]] for [[C|Amritsar]] (family wedding in [[C|Ludhiana]], 3 wk), then Nepal (trek to Annapurna Base Camp, max 4,130 m); returns [[D|Jan 20, 2026]].
Last Td 2012. Typhoid as a child.
Given today: Typhim Vi, Tdap, Hep A #1 (Havrix, lot 7H29C), influenza. Rx: azithromycin 1 g x1 prn TD; acetazolamide 125 mg BID from day before ascent.
Malaria: low risk in [[C|Amritsar]] area - no chemoprophylaxis, mosquito avoidance. Rabies PrEP declined.
Wife [[N|Manpreet]] booked for the same consult next week.
[[N|O. Lindqvist-Amadi]], NP
""",
)

note(
    "b6-59",
    "Bartholomew Quigley",
    """
AUDIOLOGY - Hearing Aid Check   [[D|3/5/2025]]
[[N|Quigley, Bartholomew]] | [[A|97]] yo M | with grandson [[N|Finn]] (pt calls him "[[N|Finny]]")
Devices: Phonak Audéo Lumity L90-R RIC, R SN [[DEV|2231X0Q8F]], L SN [[DEV|2231X0Q9P]]; fit [[D|Sept 2023]], warranty to [[D|9/2026]].
Complaint: L aid whistling, R aid not charging.
Otoscopy: L cerumen impaction, removed with curette; R clear.
L dome changed (medium closed) - feedback resolved. R charger contacts cleaned; battery now 92%.
Audiogram: bilateral sloping moderate-to-severe SNHL; WRS 64% R, 56% L. Pt served on the USS Forrestal (noise exposure).
Recheck 6 months.
[[N|Noémie Tremblay]], AuD, CCC-A
""",
)

note(
    "b6-60",
    "Lucía Fernández Ortega",
    """
DEATH PRONOUNCEMENT NOTE
Called by RN [[N|Sunny Okoye]] at 04:12 on [[D|08/09/2025]] to see [[N|Lucía Fernández Ortega]] (MRN [[MRN|3387-2210]]).
Exam: no response to voice or pain, pupils fixed and dilated, no corneal reflexes, no heart or breath sounds x1 min, no pulse.
Time of death 04:19. Cause: metastatic pancreatic adenocarcinoma; expected, on comfort care. Not an ME case.
Notified: son [[N|Javier Fernández]] ([[PH|305-555-0103]]) at 04:30; attending Dr. [[N|Olamide Bankole]] 04:35.
OPO referral #[[ID|NEDS-250809-117]] at 04:40: not an organ candidate; cornea possible, family declined.
Funeral home: Rivera Funeral Home in [[C|Hialeah]].
[[N|E. Lindgren-Moss]], MD (night float)
""",
)


# --------------------------------------------------------------------------


if __name__ == "__main__":
    write(OUT, NOTES)
