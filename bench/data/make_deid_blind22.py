#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind22.jsonl.

Blind set 22: text as electronic health-record systems emit it rather than as
clinicians write it.  Templated notes that still carry smart-phrase residue
("***", @TOKEN@ auto-text, a "[Patient Name]" field that was filled in),
copy-forward blocks with stale dates, problem lists, medication administration
records, intake/output and vital-sign flowsheets, lab dumps with accession
numbers and collection times, radiology, echo, pathology synoptic, cytology,
microbiology and blood-bank reports (ISBT unit numbers, crossmatch), census and
bed lists, critical-value call logs, audit logs, an HL7 message, fax covers and
discharge paperwork with pharmacy phone numbers.  Identifiers cluster in
headers, footers and signature lines, surrounded by look-alike numbers that are
not identifiers (reference ranges, doses, CPT/ICD/LOINC codes, lot numbers,
room and bed numbers, specimen sizes, times and scores).

Annotation conventions (HIPAA Safe Harbor):
- NAME covers any person: patients, relatives, friends, caregivers, staff.
  Nicknames, lower-case or upper-case spellings, initials that stand for a
  person (technologist or nurse initials), log-in names and handles count.
  Titles and credentials (Dr., Mr., MD, RN, PharmD ...) stay outside the span.
  Kinship words, pets, eponyms (Foley, Fleischner, Crohn's), celebrities and
  names that are part of a facility or company name are left unmarked.
- DATE covers every date element finer than a year in whatever format:
  full dates, day-first dates, month+day, month+year, a month on its own,
  HL7 timestamps, and weekdays or holidays used as the date of an event.
  Bare years, clock times, durations, ages under 90 and recurring schedules
  ("q Monday/Thursday", "Sundays") are not dates to mark.
- AGE is marked only above 89, and only the number ("[[A|94]]").
- PHONE and FAX take the whole number including any extension; EMAIL, URL
  (patient-specific links and portal addresses with identifiers) and IP are
  marked whole.
- SSN, MRN, HEALTH_PLAN (member, Medicare MBI, Medicaid and group numbers),
  ACCOUNT (billing/encounter/financial account and card numbers), LICENSE
  (driver's licence, CDL, DEA, state professional licences), VEHICLE (plates,
  VINs), DEVICE (serial numbers of implants, pumps, meters, monitors and other
  equipment) each have their own category; ID takes every other code that
  points at a person or a record (accession, case, order, study-subject,
  ISBT unit, badge, NPI, claim, authorisation and message numbers).
- ADDRESS is the street part (number, street, unit, PO box); CITY is a city,
  town or neighbourhood; ZIP is the postal code.  States and countries stay
  unmarked.  A town inside a facility name is not marked; when the same town
  is marked elsewhere in the note it is listed in the note's allow tuple.
- Never marked: facility, agency, payer and company names, drug names, device
  models, lot numbers, BIN/PCN, NCT and IRB numbers, scores, lab values,
  reference ranges, room/bed numbers and bare years.

Stdlib only.  Run: python bench/data/make_deid_blind22.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind22.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b22-01",
    "Marguerite Delacroix",
    """
PROGRESS NOTE - Internal Medicine
Patient: [[N|Delacroix, Marguerite A]]   MRN: [[MRN|00482217]]   DOB: [[D|11/02/1951]]
Date of Service: [[D|03/18/2024]]   Attending: [[N|Okonkwo, Chinedu]] MD
Subjective: [[[N|Marguerite Delacroix]]] is a 72 y.o. female who presents for *** follow-up. She reports *** . Per daughter [[N|Yvette]], home BP log 130s/80s.
Objective: BP 138/84 | HR 76 | SpO2 97% RA | Wt 71.2 kg
@LASTLABS@ A1c 7.4 (ref <5.7) collected [[D|02/27/2024]] 08:14
Assessment/Plan:
1. T2DM (E11.9) - continue metformin 1000 mg BID; *** titrate glipizide.
2. HTN (I10) - lisinopril 20 mg daily.
Return in 3 months or sooner PRN. Clinic line [[PH|508-555-0117]].
Electronically signed by: [[N|Chinedu Okonkwo]], MD [[D|03/18/2024]] 16:42
""",
)

note(
    "b22-02",
    "Thi Bich Nguyen",
    """
EXAM: CT CHEST W/O CONTRAST   CPT 71250
ACC#: [[ID|RAD-24-0918834]]   MRN: [[MRN|7731-0452]]
PATIENT: [[N|NGUYEN, THI BICH]]   SEX: F   AGE: [[A|91]]Y
ORDERING: [[N|Ramesh Iyer]], DO   EXAM DATE: [[D|12 Jan 2024]] 10:52
CLINICAL HX: 6 mm RUL nodule on prior, f/u per Fleischner.
COMPARISON: CT chest [[D|07/09/2023]]; CXR [[D|Dec 30, 2023]].
TECHNIQUE: Helical 1.25 mm axial images. DLP 212 mGy-cm. Tech: [[N|KLM]]
FINDINGS: RUL nodule (series 3, image 41) measures 6 x 5 mm, unchanged. No new nodules. Mild centrilobular emphysema. Coronary calcification.
IMPRESSION: Stable 6 mm RUL nodule since [[D|July 2023]]; no further follow-up per Fleischner 2017.
Signed by: [[N|Hana Sato]], MD  [[D|01/12/2024]] 13:05  Workstation RADWS-14
""",
)

note(
    "b22-03",
    "Tadeusz Kowalczyk",
    """
SURGICAL PATHOLOGY REPORT          Accession: [[ID|S24-11873]]
Patient: [[N|Kowalczyk, Tadeusz]]  MRN [[MRN|M0093471]]  DOB [[D|1948-05-22]]
Collected: [[D|2024-04-03]] 09:12   Received: [[D|2024-04-03]] 11:30
Surgeon: [[N|A. Ferreira-Lind]], MD
SPECIMEN: Sigmoid colon, resection
SYNOPTIC (CAP Colon 4.2.0.0):
 Procedure: Sigmoidectomy
 Histologic type: Adenocarcinoma, NOS   Grade: G2
 Tumor size: 4.1 x 3.3 x 1.2 cm
 Tumor extent: through muscularis propria (pT3)
 LVI: Not identified
 Margins: negative; distal 6.5 cm
 Lymph nodes: 0/17 involved (pN0)
 MMR IHC: MLH1, PMS2, MSH2, MSH6 retained
Block for molecular: A7. Gross by PA [[N|DTB]].
Electronically signed out [[D|04/08/2024]] 15:21 by [[N|Joanna Wrzesniewski]], MD
""",
)

note(
    "b22-04",
    "Hodan Warsame Abdi",
    """
MICROBIOLOGY - FINAL REPORT
Pt: [[N|Abdi, Hodan Warsame]]   MRN: [[MRN|3318820]]   Loc: 6W-12B
Accession: [[ID|MB-24-055731]]   Source: Blood, peripheral (L antecubital)
Collected: [[D|9/14/24]] 0245 by [[N|rtorres2]]   Received 0331
GRAM STAIN ([[D|9/14]] 1908): Gram-negative rods, aerobic bottle, 1 of 2 sets
CULTURE: Escherichia coli
SUSCEPTIBILITY (MIC ug/mL):
 Ampicillin >=32 R | Ceftriaxone <=1 S | Cefepime <=1 S | Pip/tazo <=4 S | Ciprofloxacin >=4 R | TMP/SMX <=20 S
CRITICAL CALL: Gram stain called to [[N|Sima Rahmani]] RN, 6 West, at 1915 on [[D|9/14/24]]; read-back verified. Caller: [[N|J. Obi]] (MLS), micro bench [[PH|617-555-0148]].
Final report at 72 h.
""",
)

note(
    "b22-05",
    "Brendan O'Sullivan",
    """
BLOOD BANK - TRANSFUSION SERVICE
Recipient: [[N|O'SULLIVAN, BRENDAN P]]   MRN [[MRN|55-20-7719]]
ABO/Rh: O NEG   Antibody screen: POSITIVE, anti-K (historical, first noted [[D|Feb 2019]])
T&S specimen [[ID|TS-0417-3392]] drawn [[D|04/17/2024]] 06:05, valid 72 h
Crossmatch (AHG, antigen-typed K-neg):
 Unit [[ID|W0364 24 118822 7]]  RBC LR  O NEG  Compatible  Issued 09:40
 Unit [[ID|W0364 24 118901 3]]  RBC LR  O NEG  Compatible  On hold
Issued to: [[N|Lucia Mendez]] RN   Bedside verification [[N|L. Mendez]] / [[N|P. Haddad]] RN
Vitals pre 118/70 HR 88 T 36.8; 15-min 120/72 HR 90 T 36.9
Medical Director: [[N|Ifeoma Nwachukwu]], MD
""",
)

note(
    "b22-06",
    "Odile Beauchamp",
    """
5 NORTH CENSUS  printed [[D|Sat 11/23/2024]] 0600 by [[N|mkaplan]]
BED   PATIENT                 MRN       AGE  ATTENDING
501A  [[N|HUANG, WEI]]           [[MRN|2208145]]   67   [[N|Patel S]]
501B  [[N|BEAUCHAMP, ODILE]]     [[MRN|2210377]]   [[A|94]]   [[N|Patel S]]
502   [[N|RIVERA-COLON, JOSUE]]  [[MRN|1987612]]   45   [[N|Adeyemi T]]
503B  -- BLOCKED (isolation) --
504   [[N|FITZGERALD, CIARAN]]   [[MRN|2199004]]   [[A|90]]   [[N|Lindqvist K]]
Iso: 504 contact (MRSA), 502 droplet (flu A)
Charge RN: [[N|Tamika Brooks]]
Pending DC: 501A
""",
)

note(
    "b22-07",
    "Ines Castellanos",
    """
CRITICAL RESULT NOTIFICATION LOG - CORE LAB - [[D|June 2, 2024]]
0312  [[N|Castellanos, Ines]] (MRN [[MRN|4410293]])  K+ 6.9 mmol/L [3.5-5.1]  called to Dr. [[N|Eun-ji Park]] (resident) - RB Y - [[N|TJ]]
0340  [[N|Mbeki, Sipho]] (MRN [[MRN|4398021]])  Troponin I hs 1,842 ng/L [<20]  called to [[N|Farah]] RN, CCU - RB Y - [[N|TJ]]
0522  [[N|Castellanos, Ines]] (MRN [[MRN|4410293]])  repeat K+ 6.1 (nonhemolyzed)  called to Dr. [[N|Park]] - RB Y
Unable to reach: none.
Accessions: [[ID|C24154-0087]], [[ID|C24154-0190]]
Lab supervisor: [[N|Marisol Diaz]], MLS(ASCP)  [[PH|404-555-0192]]
""",
)

note(
    "b22-08",
    "Remy Thibodeaux",
    """
DISCHARGE MEDICATION LIST
[[N|Thibodeaux, Remy J]]  DOB [[D|08-30-1939]]  Acct (HAR) [[ACCT|700312458]]
Discharge date: [[D|Tuesday, October 8, 2024]]
START:
 apixaban (ELIQUIS) 5 mg tab - 1 tab PO twice daily. Qty 60, RF 5
 metoprolol succinate 25 mg ER tab - 1 tab daily
CHANGE:
 furosemide - now 20 mg daily (was 40 mg BID)
STOP:
 warfarin 5 mg - last dose [[D|10/6]]; INR 2.3 yesterday
CONTINUE: atorvastatin 40 mg qHS; tamsulosin 0.4 mg daily
Refill reminders: [[EM|remy.thib39@example.com]]
Preferred pharmacy: Bayou Drug #14, [[ADDR|2210 Evangeline Thwy]], [[C|Lafayette]], LA [[Z|70501]]  Ph [[PH|337-555-0126]]  Fax [[FX|337-555-0127]]
Rx e-prescribed by [[N|Nadia Boudreaux]], NP (DEA [[LIC|MB4417302]])
Questions: call the Heart & Vascular Clinic.
""",
)

note(
    "b22-09",
    "Aaliyah Whitfield",
    """
AFTER VISIT SUMMARY
[[N|Aaliyah Whitfield]]   [[D|3/5/2025]] 2:15 PM   Lakeshore Pediatrics
MRN: [[MRN|LP-0081226]]
Today you saw [[N|Gregory Antonelli]], MD. Reason for visit: ear pain.
Diagnoses: Acute otitis media, left (H66.92)
Your medication list:
 amoxicillin 400 mg/5 mL susp - 8 mL by mouth twice daily x 10 days
 ibuprofen 100 mg/5 mL - 7.5 mL every 6 hrs as needed
Vitals: Temp 38.4 C | Wt 18.6 kg | Pulse 122
Next appointment: [[D|Monday March 17]] at 9:40 AM with [[N|Gregory Antonelli]], MD (ear recheck)
MyChart: [[URL|https://mychart.lakeshoreped.org/MyChart/Visit/8821-77Q4]]
Activation code: [[ID|7KQ2M-XW4PT-9HRD3]] (expires in 30 days)
Guardian on file: [[N|Keisha Whitfield]] (mother) [[PH|(773) 555-0134]]
""",
)

note(
    "b22-10",
    "Guadalupe Espinoza",
    """
MEDICATION ADMINISTRATION RECORD  [[D|07/21/2024]] 0700 - [[D|07/22/2024]] 0659
[[N|ESPINOZA, GUADALUPE]]   MRN [[MRN|6002418]]   Rm 318-2   Allergies: PCN (hives), sulfa
Wt 64 kg   Ht 158 cm
Scheduled:
 enoxaparin 40 mg SubQ q24h    0900 GIVEN [[N|BH]] (L abd)
 pantoprazole 40 mg PO daily   0900 GIVEN [[N|BH]]
 vancomycin 1,250 mg IV q12h   0900 GIVEN [[N|BH]]; 2100 GIVEN [[N|ncarrillo]] - trough 14.2 @2030
 insulin lispro per scale      1130 4 units; 1630 2 units; 2100 0 units (BG 132) [[N|BH]]
PRN:
 oxycodone 5 mg PO q4h         1315 GIVEN pain 7/10 -> 3/10 at 1415 [[N|BH]]
 ondansetron 4 mg IV q6h       not given this shift
Initials key: [[N|BH]] = [[N|Bich Hoang]] RN; [[N|NC]] = [[N|Nestor Carrillo]] RN
Pharmacy verified: yes
""",
)

note(
    "b22-11",
    "Dmitri Sokolov",
    """
INTAKE & OUTPUT - 24 HR SUMMARY  (ending [[D|02/11/24]] 0659)
Pt: [[N|Sokolov, Dmitri V]]  MRN [[MRN|8840217]]  SICU bed 7
                  Day(0700-1859)  Night(1900-0659)  24h
IV (LR @ 75)         900            900            1800
Piggyback            250            100             350
Enteral (Jevity)     480            480             960
Urine (Foley)       1150            700            1850
JP #1 (R)             85             40             125
NG                   200            150             350
Net                                                +435
Weight: 82.1 kg (adm [[D|2/7]] 78.9 kg)
Comment: JP serosang; NG bilious. Dr. [[N|Achterberg]] notified of net positive; no new orders. - [[N|Yolanda Pierce]], RN [[D|2/11]] 0630
Row last edited by [[N|ypierce]] from [[IP|10.44.18.201]]
""",
)

note(
    "b22-12",
    "Roberto Macias",
    """
Results for [[N|MACIAS, ROBERTO]] (MRN [[MRN|1173508]])  Ordered by [[N|Li, Xiaoming]] MD
Accession [[ID|24-312-00814]]  Collected [[D|11/07/2024]] 05:42  Resulted 06:58
Test          Result  Flag  Ref range    Units
Sodium        131     L     136-145      mmol/L
Potassium     5.4     H     3.5-5.1      mmol/L
CO2           19      L     22-29        mmol/L
BUN           48      H     8-23         mg/dL
Creatinine    2.61    H     0.70-1.30    mg/dL (baseline 1.4 on [[D|08/19/2024]])
eGFR          25      L     >=60         mL/min/1.73m2
Glucose       212     H     70-99        mg/dL
Calcium       8.4     L     8.6-10.3     mg/dL
Comment: Slightly hemolyzed (HI 40). Delta check flagged for creatinine; verified by [[N|Q. Abernathy]] [[D|11/07]] 07:01.
""",
)

note(
    "b22-13",
    "Harold Gaines",
    """
HOSPITAL DAY 9 - SURGERY PROGRESS NOTE  [[D|8/15/2023]]   Pt: [[N|GAINES, HAROLD]]
**Copied forward from note dated [[D|8/12/2023]] by [[N|S. Vandermeer]], PA-C - review and update**
S: No acute events o/n. Tolerating clears. +flatus. (updated [[D|8/15]]: +BM x2)
O: Tmax 37.9 (POD 4) -> today afebrile. Inc C/D/I, staples in place.
   WBC 14.2 ([[D|8/10]]) -> 11.0 ([[D|8/12]]) -> 8.7 (today)
A/P: 61M POD#8 s/p ex-lap, adhesiolysis for SBO ([[D|8/7/23]], Dr. [[N|Mahoney]]).
 - Advance to regular diet ***
 - Ambulate TID; IS 10x/hr
 - DVT ppx: heparin 5000 u SC q8h
 - Dispo: home with wife [[N|Carol]] once tolerating diet; ride from son [[N|Kevin]] [[PH|919-555-0173]]
 - PCP f/u 1-2 wks
[[N|Stefan Vandermeer]], PA-C
""",
)

note(
    "b22-14",
    "Jean-Robert Baptiste",
    """
PROBLEM LIST (active) - [[N|Baptiste, Jean-Robert]]  MRN [[MRN|HC-204871]]  as of [[D|01/30/2025]]
Problem                                   Onset       Noted by
Heart failure w/ reduced EF (I50.22)      [[D|05/2021]]     [[N|R. Esposito]]
Atrial fibrillation, persistent (I48.19)  [[D|Sept 2019]]   [[N|R. Esposito]]
CKD stage 3b (N18.32)                     2018        [[N|mgoldberg]]
Type 2 DM w/ neuropathy (E11.40)          2009        [[N|mgoldberg]]
ICD in situ (Z95.810) - Medtronic Cobalt XT DR, SN [[DEV|BLR418827H]], implanted [[D|06/14/2021]]
Gout (M10.9)                              ~2015
Hx of C. diff colitis (Z86.19)            [[D|Nov 2022]]
Resolved: Hypokalemia (2024)
Code status: Full. HCP: [[N|Mireille Baptiste]] (wife) [[PH|305-555-0119]]
""",
)

note(
    "b22-15",
    "Otto Ziegler",
    """
FROM: Riverbend Cardiology Associates  FAX [[FX|(860) 555-0182]]  [[D|04/22/2025]] 14:07  P. 1/3
TO: Dr. [[N|Helena Markovic]]  FAX [[FX|860-555-0109]]
RE: [[N|ZIEGLER, OTTO F]]  DOB [[D|02/14/1933]]  ([[A|92]] yo)
Enclosed: echo report dated [[D|4/18/25]] and most recent clinic note per your request.
Contact: [[N|Brianna]] (referral coordinator) [[PH|860-555-0150 x212]]
CONFIDENTIALITY NOTICE: The documents accompanying this telecopy contain confidential health information that is legally privileged (45 CFR Parts 160 & 164). If you received this fax in error, notify the sender at [[PH|860-555-0150]] and destroy the documents.
Page 1 of 3 - [[N|ZIEGLER, OTTO F]] - [[MRN|RCA0047731]] - Printed [[D|04/22/2025]]
""",
)

note(
    "b22-16",
    "Layla Farouk",
    """
TRANSTHORACIC ECHOCARDIOGRAM REPORT
Name: [[N|Farouk, Layla]]     MRN: [[MRN|90-441-287]]     DOB: [[D|17/03/1962]] (entered day-first)
Study date: [[D|5-Jun-2024]]    Study #: [[ID|ECH240605-031]]    Sonographer: [[N|DGR]]
Ht 165 cm  Wt 70 kg  BSA 1.78 m2  BP 142/88  Rhythm: SR
Indication: dyspnea, murmur (R01.1)
Measurements: LVIDd 5.1 cm, IVS 1.2 cm, LVEF (biplane) 58%, LAVI 41 mL/m2, TAPSE 2.2 cm
Doppler: AV Vmax 3.9 m/s, mean gradient 36 mmHg, AVA (VTI) 1.0 cm2; E/e' 15
Conclusions: 1. Moderate-to-severe aortic stenosis. 2. Normal LV size and systolic function. 3. Mild LA enlargement.
Compared with prior study of [[D|02/2022]]: AV mean gradient increased from 22 mmHg.
Interpreting physician: [[N|Olusegun Bakare]], MD, FACC   Signed [[D|06/05/2024]] 16:18
""",
)

note(
    "b22-17",
    "Malia Kealoha",
    """
ED TRIAGE - Arrival [[D|12/25/2024]] 22:48 via EMS (Medic 7, run # [[ID|2024-118842]])
[[N|KEALOHA, MALIA]] | 34 y/o F | MRN [[MRN|E1190335]] | ESI 2
CC: "my heart is racing"
Triage vitals: HR 168 | BP 104/66 | RR 22 | SpO2 98% | T 36.9 | Pain 4/10
Hx per pt: SVT ablation ~2016; no meds. LMP [[D|12/10/24]].
Came from home ([[ADDR|1420 Kapiolani Blvd Apt 2204]], [[C|Honolulu]] [[Z|96814]]); symptoms began after dinner at her sister's on [[D|Christmas Day]].
Emergency contact: [[N|Noelani Kealoha]] (sister) [[PH|808-555-0131]]
Triage RN: [[N|Keoni Akana]], RN   Auto-text: @TRIAGEVS@ @ALLERGY@ -> NKDA
""",
)

note(
    "b22-18",
    "Rafiq Chowdhury",
    """
ANESTHESIA RECORD - [[D|3/27/2025]]   OR 9
Patient: [[N|Chowdhury, Rafiq]]  MRN [[MRN|5521980]]  Age 66  ASA III  Wt 88 kg
Procedure: Lap cholecystectomy   Surgeon: [[N|Bergstrom]]   Anesthesiologist: [[N|Adaeze Okafor]], MD   CRNA: [[N|T. Wojcik]]
Airway: Mac 3, grade I view, 7.5 ETT @ 22 cm, atraumatic
Induction 0812: propofol 180 mg, fentanyl 100 mcg, rocuronium 50 mg
Maintenance: sevoflurane 2%, O2/air 50%
0830 cefazolin 2 g IV; 0915 ondansetron 4 mg; 0940 sugammadex 200 mg
EBL 20 mL  Crystalloid 900 mL LR
Machine: Draeger Perseus A500 SN [[DEV|ASFK-0091]], checkout passed 0705 by [[N|okafora]]
Infusion pump: Alaris 8015 SN [[DEV|12844519]]
Handoff to PACU RN [[N|Guillermo Ortiz]] 0958; VSS.
""",
)

note(
    "b22-19",
    "Ingrid Svensson",
    """
OPERATIVE REPORT
DATE OF OPERATION: [[D|January 9, 2025]]
PATIENT: [[N|Svensson, Ingrid L]]   MRN [[MRN|000731446]]   FIN [[ACCT|7012294418]]
PREOPERATIVE DIAGNOSIS: Right knee osteoarthritis (M17.11)
PROCEDURE: Right total knee arthroplasty (CPT 27447)
SURGEON: [[N|Marcus Oyelowo]], MD   ASSISTANT: [[N|Jenna Kowalski]], PA-C
ANESTHESIA: Spinal + adductor canal block
IMPLANTS: Femur CR size 6, lot 8831-22 / Tibial tray size 5 / Poly 10 mm / Patella 35 mm
 (implant log: femoral serial [[DEV|FM2409-118874]], tibial serial [[DEV|TB2410-003318]])
EBL: 100 mL. Tourniquet 62 min at 250 mmHg. COMPLICATIONS: None.
Dictated [[D|01/09/2025]] 14:55 by [[N|M. Oyelowo]]; transcribed by [[N|jlt]] (job # [[ID|88314920]])
""",
)

note(
    "b22-20",
    "Hollis Weatherby",
    """
DEVICE CLINIC - REMOTE TRANSMISSION REVIEW
Patient: [[N|Hollis Weatherby]]   DOB [[D|10/30/1930]]   Age [[A|94]]   MRN [[MRN|CV-3300918]]
Device: Abbott Assurity MRI PM2272 dual-chamber PPM, SN [[DEV|8127745]], implanted [[D|4/2/2018]] by Dr. [[N|Khalil]]
Leads: RA Tendril STS 2088TC SN [[DEV|CBP203117]]; RV Tendril STS 2088TC
Transmission received [[D|Thursday]] 06:11 via Merlin.net (patient ID [[ID|MN-55721034]])
Battery 6.8 years. RA pacing 12%, RV pacing 91%. Impedance RA 480, RV 620 ohm; thresholds stable.
Events: 3 AMS episodes, longest 00:04:12, max A rate 212.
Plan: no changes; next remote in 91 days. Letter to [[ADDR|77 Harbor View Rd]], [[C|Gloucester]], MA [[Z|01930]].
Reviewed by device RN; cosigned [[N|Elias Khalil]], MD
""",
)

note(
    "b22-21",
    "Olawale Adebayo",
    """
ORDER: Inpatient consult to Nephrology   Order # [[ID|ORD-58821740]]
Placed: [[D|10/03/2024]] 11:22 by [[N|Hartley, Beatrice]] MD
Patient: [[N|Olawale Adebayo]], 52M, 7 Tower 721-1, MRN [[MRN|3008451]]
Question: AKI on CKD 3a, Cr 1.5 -> 3.2 since [[D|9/30]]; ?contrast vs ATN. Please eval for RRT need.
Urgency: Today   Callback: [[PH|312-555-0178]]
Free text: "pt's brother [[N|Tunde]] also asking about kidney donation - pls address"
Acknowledged by: [[N|Weng, Lihua]] MD (nephrology fellow) [[D|10/03/2024]] 12:05
Consult note filed 16:40.
Order status: COMPLETED
""",
)

note(
    "b22-22",
    "Alondra Vasquez",
    """
PRIOR AUTHORIZATION REQUEST - Specialty Pharmacy
Date: [[D|February 3, 2025]]
Member: [[N|Vasquez, Alondra]]  DOB [[D|09/09/1988]]
Plan: BlueCross Commercial PPO  Member ID [[HP|XEH884120377]]  Group [[HP|0041827]]  Rx BIN 610014
Drug: adalimumab-adaz 40 mg/0.4 mL SC every 14 days
Dx: Crohn's disease of small intestine w/o complication (K50.00)
Prior therapies: mesalamine (2019-2021); budesonide 9 mg ([[D|Jan]]-[[D|Apr 2022]]); azathioprine (leukopenia)
Prescriber: [[N|Devorah Lichtenstein]], MD  NPI [[ID|1487639021]]  Ph [[PH|201-555-0164]]  Fax [[FX|201-555-0165]]
Case #: [[ID|PA-25-0339172]]  Submitted via CoverMyMeds key [[ID|BXK7TQ2R]]
""",
)

note(
    "b22-23",
    "Jesus Antonio Morales",
    """
REGISTRATION FACE SHEET        Printed [[D|05/12/2024]] 07:14 by [[N|reg_apatel]]
Patient: [[N|MORALES, JESUS ANTONIO]]  AKA "[[N|Tony]]"   Sex: M   DOB: [[D|12/01/1959]]
SSN: [[SSN|900-41-7735]]   MRN: [[MRN|M-1182093]]   Acct #: [[ACCT|40028871654]]
Address: [[ADDR|3318 W Pecos St Apt 14]], [[C|Tucson]], AZ [[Z|85713]]
Home ph: [[PH|520-555-0128]]   Email: [[EM|tony.morales59@example.net]]
Language: Spanish (interpreter req'd)
Guarantor: Self   Employer: Pima County Public Works
Primary ins: AZ Medicaid (AHCCCS) ID [[HP|A70418832]]   Secondary: none
Emergency contact: [[N|Lourdes Morales]] (spouse) [[PH|520-555-0188]]
Admit 06:50   Admitting Dx: chest pain (R07.9)   Room 4112-B
""",
)

note(
    "b22-24",
    "Armen Petrosyan",
    """
TRANSFUSION REACTION INVESTIGATION   Case [[ID|TRX-2024-017]]
Recipient: [[N|Petrosyan, Armen]]   MRN [[MRN|60711842]]   Blood type A POS
Product: Platelets, apheresis, unit [[ID|W1420 23 650114 J]]
Transfusion start [[D|11/30/2023]] 1410; stopped 1428 after ~60 mL.
Signs: temp 36.9 -> 38.6, rigors, BP 128/76 -> 110/60. No hives, no dyspnea.
Clerical check correct. Post-tx sample: DAT neg, no visible hemolysis, repeat ABO A POS.
Bag culture sent ([[ID|MB23-88120]]) - no growth at 5 days.
Interpretation: febrile non-hemolytic transfusion reaction. Contamination unlikely.
Reported to supplier; hemovigilance ref [[ID|HV-55190]].
Reported by [[N|Catalina Reyes]] RN to Dr. [[N|Whitcombe]]; reviewed by [[N|Gaurav Mehta]], MD, Transfusion Medicine [[D|12/6/2023]]
""",
)

note(
    "b22-25",
    "Eleanor Pruitt",
    """
ADMISSION MEDICATION RECONCILIATION
Pt: [[N|PRUITT, ELEANOR]]  goes by "[[N|Nell]]"   DOB [[D|4/1/1932]] ([[A|92]])   MRN [[MRN|2774015]]
Source: home list brought by niece [[N|Dana Whitlock]] + fill hx (Walgreens #09281 [[PH|865-555-0114]])
Home med                    Last taken        Action
levothyroxine 75 mcg daily  [[D|3/3]] AM           Continue
amlodipine 5 mg daily       [[D|3/3]] AM           Hold (SBP 98)
donepezil 10 mg qHS         unknown           Continue
sertraline 50 mg daily      "a few days ago"  Continue, clarify
tramadol 50 mg q6h PRN      [[D|Feb 27]]           Discontinue (falls)
Fill hx discrepancy: metoprolol tartrate 25 mg BID last filled [[D|Dec 2024]] - stopped? niece unsure.
Completed by [[N|Ahmad Karimi]], PharmD [[D|03/03/2025]] 19:50
""",
)

note(
    "b22-26",
    "Quoc Bao Tran",
    """
FLOWSHEET - VITAL SIGNS  [[N|Tran, Quoc Bao]]  MRN [[MRN|4455012]]  Bed 12 (PCU)
Date/time     T     HR   BP       RR  SpO2     Pain  Init
[[D|4/10]] 2000     37.2  92   132/80   18  95% 2L   3/10  [[N|AM]]
[[D|4/11]] 0400     38.7  118  98/58    24  90% 4L   6/10  [[N|AM]]  *RRT called 0412*
[[D|4/11]] 0430     38.4  112  104/62   22  94% NRB  3/10  [[N|JRW]]
Comments:
0412 RRT: lactate 3.1, BCx x2 sent (acc [[ID|MB-4411-0921]]), cefepime 2 g 0440. Dr. [[N|Gutierrez-Maldonado]] at bedside. Daughter [[N|Mai Tran]] updated by phone [[PH|714-555-0156]].
Entered by [[N|Andrea Mbatha]] RN; late entry [[D|4/11/2024]] 0515
""",
)

note(
    "b22-27",
    "Meiling Zhao",
    """
SBAR HANDOFF  [[D|Fri 08/09]] 1900  from [[N|Kimberly Osei]] RN -> [[N|Dariusz Nowak]] RN
S: [[N|ZHAO, MEILING]] ("[[N|Lily]]"), 63F, rm 410, POD 1 s/p lap R hemicolectomy ([[D|8/8]]).
B: HTN, OSA on CPAP (own ResMed AirSense 10 from home, SN [[DEV|23201448903]]). Lives w/ husband [[N|Harvey]] in [[C|Brookline]]. Morphine -> itch.
A: Afebrile, HR 80s. Pain 4/10 on PCA hydromorphone 0.2 mg/10 min lockout. UOP 40-60 mL/h via Foley. JP scant serosang. IS 1000 mL. Ambulated 2x w/ PT.
R: Foley out 0600 per order; TOV due by 1200. Recheck Mg at 2200 (was 1.6, repleted 2 g). Husband's cell [[PH|617-555-0141]], calls every evening. Surgeon Dr. [[N|Farnsworth]] on call till [[D|Sunday]].
""",
)

note(
    "b22-28",
    "Chidi Okafor",
    """
MSH|^~\\&|LIS|NSH_LAB|EHR|NSH|[[D|20240318091522]]||ORU^R01|[[ID|MSG00041877]]|P|2.5.1
PID|1||[[MRN|6630174]]^^^NSH^MR~[[SSN|987-22-1045]]^^^SSA^SS||[[N|OKAFOR]]^[[N|CHIDI]]^[[N|E]]||[[D|19770611]]|M|||[[ADDR|418 LINDEN AVE]]^^[[C|ELIZABETH]]^NJ^[[Z|07202]]||[[PH|(908)555-0139]]
PV1|1|I|4W^412^B||||[[ID|1346628804]]^[[N|KRAMER]]^[[N|LOUISE]]^^^^MD
ORC|RE||[[ID|L24078-3341]]
OBX|1|NM|2345-7^Glucose^LN||187|mg/dL|70-99|H|||F
OBX|2|NM|2823-3^Potassium^LN||4.1|mmol/L|3.5-5.1|N|||F
NTE|1||Verified by [[N|hsingh]]
""",
)

note(
    "b22-29",
    "Amara Okeke-Lawson",
    """
INTRAOPERATIVE CONSULTATION (FROZEN SECTION)
Case: [[ID|FS25-0442]] / [[ID|S25-03117]]   Pt: [[N|Amara Okeke-Lawson]]   MRN [[MRN|7720931]]   DOB [[D|10/02/1975]]
Specimen A: Sentinel lymph node #1, left axilla (1.4 x 0.9 x 0.6 cm), received fresh 10:41
Specimen B: Sentinel lymph node #2, left axilla (0.8 cm)
FS Dx: A. Negative for metastatic carcinoma (0/1). B. Negative (0/1).
Result called to Dr. [[N|Rosalind Achebe]] in OR 4 at 10:58 on [[D|Wed 2/19/25]], read back by circulator [[N|Tom Halvorsen]] RN.
Pathologist: [[N|Franz Oberholzer]], MD    Frozen TAT 17 min
Permanent sections to follow. Frozen slides A-FS1, B-FS1 retained. Grossed by [[N|kpv]].
""",
)

note(
    "b22-30",
    "Shanice Abernathy-Cole",
    """
GYN CYTOLOGY REPORT
Accession #: [[ID|GC24-019833]]
Patient: [[N|Abernathy-Cole, Shanice]]    DOB: [[D|06.23.1991]]    MRN: [[MRN|0098813]]
Ins: Aetna member [[HP|W208871165]]
Clinician: [[N|Roxanne Delgado]], CNM - Eastside Women's Health, [[ADDR|900 E 7th St Ste 3]], [[C|Austin]], TX [[Z|78702]]
Specimen: ThinPrep, cervical; collected [[D|10/29/2024]]
Adequacy: Satisfactory; transformation zone present.
Interpretation: LOW-GRADE SQUAMOUS INTRAEPITHELIAL LESION (LSIL).
HPV: Positive for HR-HPV (not 16/18/45).
Recommendation: colposcopy per ASCCP 2019.
Screened by: [[N|mle]] CT(ASCP)  Reviewed by: [[N|Huda Saleh]], MD  [[D|11/4/2024]]
""",
)

note(
    "b22-31",
    "Noura Hassan",
    """
BILATERAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS (CPT 77067, 77063)
[[N|HASSAN, NOURA]]  MRN [[MRN|RD00418277]]  DOB [[D|3/9/1968]]  Exam [[D|08/26/2024]]  Acc [[ID|MG-2408-9921]]
Technologist: [[N|BLR]]   Reader: [[N|Celeste Marchetti]], MD
Comparison: [[D|08/14/2023]]; outside films from 2019 (St. Vincent's) reviewed.
Breast composition: C - heterogeneously dense.
Findings: No suspicious masses, calcifications or distortion. Stable benign calcs R UOQ. Skin marker L axilla (mole).
IMPRESSION: BI-RADS 1: Negative.
Recommendation: annual screening mammogram ([[D|Aug 2025]]).
Result letter mailed to [[ADDR|5521 Rosewood Ct]], [[C|Dearborn]], MI [[Z|48126]]; copy posted to [[URL|https://myhealth.example-rad.org/letters/MG-2408-9921]].
""",
)

note(
    "b22-32",
    "Siobhan Gallagher",
    """
MRI BRAIN W/WO CONTRAST
Patient: [[N|Gallagher, Siobhan]]  Acc# [[ID|MR24-551870]]  MRN [[MRN|4419920]]  Exam [[D|09-Oct-2024]] 19:14
History: 41F with MS (G35) on ocrelizumab; annual surveillance.
Technique: 3T; sagittal 3D FLAIR, axial T2, DWI, SWI, post-gadolinium 3D T1 (gadobutrol 7 mL).
Comparison: MRI brain [[D|10/02/2023]] and [[D|04/2022]] (outside, [[C|Galway]], Ireland).
Findings: About 14 periventricular and juxtacortical T2/FLAIR lesions, unchanged vs [[D|10/02/2023]]. No new or enhancing lesions. No restricted diffusion.
Impression: Stable MS lesion burden; no radiologic activity.
Tech: [[N|S.O.]] / [[N|RMB]]
Read by [[N|Ivan Petrov]], MD, Neuroradiology - finalized [[D|10/10/2024]] 08:31
""",
)

note(
    "b22-33",
    "Thaddeus Greenhalgh",
    """
POLYSOMNOGRAPHY REPORT (attended, split-night)  CPT 95811
Name: [[N|Thaddeus Greenhalgh]]   MRN [[MRN|8802234]]   DOB [[D|1958-02-11]]   BMI 38.4   ESS 16/24
Study: night of [[D|Friday, January 17, 2025]]   Study ID [[ID|PSG-25-0117-02]]
Referring: [[N|Latisha Rowe]], NP   Scored by: [[N|Wen-Hsiang Lu]], RPSGT   Interpreting: [[N|Farid Haddadin]], MD
Diagnostic (22:14-01:02): AHI 54.2/h, RDI 58.0, SpO2 nadir 71%, T90 22%.
Titration: CPAP 5 -> 13 cm H2O; at 12 cm H2O AHI 3.1 incl. supine REM. Mask: ResMed F20 medium.
Impression: Severe obstructive sleep apnea (G47.33). Recommend APAP 10-15 or CPAP 12.
DME order faxed to Apria [[FX|616-555-0198]] on [[D|1/20/25]]; pt phone [[PH|616-555-0122]].
""",
)

note(
    "b22-34",
    "Deshawn Merriweather",
    """
PULMONARY FUNCTION TEST REPORT
[[N|Deshawn T. Merriweather]] | MRN [[MRN|P-5530129]] | 59 yo M | Ht 180 cm | Wt 97 kg | GLI 2022 ref
Test date: [[D|Nov 12 2024]]  Tech: [[N|cbuhari]]  Equipment: Vyaire Vyntus BODY SN [[DEV|VY-3108442]]
Spirometry (pre / post albuterol 360 mcg):
 FVC 3.81 L (76%) / 3.95 L (+4%)
 FEV1 2.21 L (57%) / 2.42 L (+10%, +210 mL)
 FEV1/FVC 0.58 / 0.61   (LLN 0.67)
Lung volumes: TLC 112%, RV 148%   DLCO 58% (Hb-corrected, Hb 14.1)
Interpretation: Moderate obstruction with significant bronchodilator response; air trapping; reduced DLCO. Versus [[D|6/2021]] FEV1 2.55 L -> decline 340 mL.
Interpreted by [[N|Kwame Asante]], MD [[D|11/13/2024]]
""",
)

note(
    "b22-35",
    "Consuelo Ramirez",
    """
HEMODIALYSIS TREATMENT RECORD - Tx #112   [[D|Mon 06/16/2025]]
Patient: [[N|Ramirez, Consuelo]]   Medicare MBI [[HP|7QK2-WN4-TR61]]   MRN [[MRN|DX221083]]
Access: L brachiocephalic AVF (created [[D|3/2023]]), 15G x2, thrill/bruit +
Machine: Fresenius 2008T SN [[DEV|2JFT04412]]   Station 9   Dialyzer Optiflux F180NR
Rx: 3.5 h, Qb 400, Qd 600, 2K/2.5Ca bath, UF goal 3.0 L, heparin 2000 u bolus
Pre: Wt 71.8 kg (EDW 68.5)  BP 168/92  HR 78  T 36.6
0715 on | 0800 BP 150/84 | 0900 BP 132/76 | 1000 BP 104/60 cramping, UF paused, NS 200 mL | 1045 off
Post: Wt 69.0 kg  BP 122/70  UF removed 2.8 L
Notes: pt asks to move to Tu/Th/Sat chair next month; SW [[N|Bethany Crowe]] to call daughter [[N|Marisol]] at [[PH|915-555-0103]].
RN: [[N|Edgar Villanueva]]
""",
)

note(
    "b22-36",
    "Obadiah Fairweather",
    """
HOME HEALTH SKILLED NURSING VISIT   Visit date [[D|07/08/2024]]  Time in 10:05 / out 11:10
Agency: Piedmont Home Care   Episode [[ID|EP-2024-3381]]   Patient: [[N|Obadiah Fairweather]]
Address: [[ADDR|614 Sycamore Ln]], [[C|Gastonia]], NC [[Z|28052]]
Homebound: walker + standby assist; SOB after 20 ft.
Vitals: BP 146/78, HR 84 irreg, SpO2 93% RA, Wt 201 lb (up 3 lb from last week).
Wound: sacral stage 3, 3.0 x 2.2 x 0.4 cm, granulating, moderate serous drainage. NS cleanse, Aquacel Ag + foam.
Teaching: son [[N|Ezekiel]] return-demonstrated dressing change.
Safety: pt still driving per son - blue Buick, NC plate [[VEH|RKJ-4418]]; MD notified re: driving.
Next visit: [[D|Thursday]] per POC (2x/wk).
Nurse: [[N|Carla Dunphy]], RN  Cell [[PH|704-555-0115]]  E-signed 12:02
""",
)

note(
    "b22-37",
    "Antoine LeBlanc",
    """
WOUND CARE FLOWSHEET  [[N|LEBLANC, ANTOINE]]  MRN [[MRN|5087713]]  Unit 3S rm 322
Wound #2  R heel, pressure injury, unstageable (first documented [[D|May 30]])
Assessment [[D|06/13]] 1030: 4.1 x 3.6 cm, 100% eschar, dry, stable; periwound intact; no odor
Offloading: Prevalon boot; low air loss mattress
Photo: [[URL|https://media.ehr.stlukes-west.org/wound/5087713/img_0613_1031.jpg]]
Plan: keep eschar intact; betadine paint daily; recheck [[D|6/17]].
Consult: podiatry - Dr. [[N|Ngozi Eze]]; vascular ABI ordered (last 0.62 on [[D|01/04/2024]]).
Wound RN: [[N|Simone Aucoin]], CWON  10:58
Photo notice sent to next of kin [[N|Claudette LeBlanc]] [[EM|claudette.leblanc@example.com]]
""",
)

note(
    "b22-38",
    "Harpreet Kaur",
    """
TELEMETRY EVENT LOG  -  Central Station 2   Monitor tech: [[N|dwashington]]
Pt: [[N|KAUR, HARPREET]]   MRN [[MRN|2193587]]   Rm 6E-618   Transmitter SN [[DEV|M18G02249]]   Lead II/V1
[[D|12/02]] 23:41:07  VT 8 beats, rate 176 - RN [[N|Joy Mensah]] notified 23:42, asymptomatic
[[D|12/03]] 02:15:33  Pause 3.4 s - RN [[N|Joy Mensah]] notified; Dr. [[N|Castillo]] (nocturnist) paged 02:17
[[D|12/03]] 04:50:00  AF with RVR 138-152, sustained > 10 min
[[D|12/03]] 05:05:22  Rate 112 after metoprolol 5 mg IV
Summary: Underlying SR 70s with PACs -> AF from 04:50. QTc 468 ms. Strips printed (3).
Monitor tech [[N|Darnell Washington]] CCT / reviewed by charge RN [[N|H. Gill]]
""",
)

note(
    "b22-39",
    "Gertrude Ames",
    """
POINT-OF-CARE GLUCOSE - Data Manager Export  [[D|03/29/2025]] 06:00
Meter SN    Operator   Patient ID  Result  Time
[[DEV|NS9K47215]]   [[N|Park, Joon]]      [[MRN|30022871]]    61 L    [[D|3/28]] 21:40
[[DEV|NS9K47215]]   [[N|Park, Joon]]      [[MRN|30022871]]    104     [[D|3/28]] 22:00
[[DEV|NS9K47215]]   [[N|Voss, R]]         [[MRN|3002287]]     118     [[D|3/29]] 05:30
QC lot 24C118 L1/L2 pass.
Exception: patient ID [[MRN|3002287]] not found in ADT (probable keying error), operator [[N|Voss]] to re-associate.
Low-result follow-up: [[N|Gertrude Ames]] (MRN [[MRN|30022871]]) rechecked at 22:00, provider notified.
""",
)

note(
    "b22-40",
    "Pa Nhia Xiong",
    """
IMMUNIZATION HISTORY (state registry, queried [[D|09/05/2024]])
Name: [[N|Xiong, Pa Nhia]]  DOB [[D|04/17/2019]]  Registry ID [[ID|MIIC-100288314]]  Parent: [[N|Txawj Xiong]]
Vaccine            Date given    Lot       Site  Given by
DTaP-IPV-Hib-HepB  [[D|06/18/2019]]    U7731AB   LT    [[N|K. Lor]] RN
PCV20              [[D|06/18/2019]]    FJ2204    RT    [[N|K. Lor]] RN
MMR-II             [[D|04/20/2020]]    X017556   LT    [[N|Vang, Mee]] LPN
Influenza          [[D|10/2023]] (month only, outside record)
Forecast: DTaP-IPV #5, MMR #2, VAR #2 due now (4-6 yrs).
Clinic: Eastside Family Clinic, [[C|St. Paul]], MN ([[PH|651-555-0121]])
""",
)

note(
    "b22-41",
    "Faisal Al-Amin",
    """
[[D|July 30, 2024]]

Mr. [[N|Faisal Al-Amin]]
[[ADDR|2907 Greenbriar Dr]]
[[C|Plano]], TX [[Z|75074]]
Ref: [[MRN|PC-449120]]

Dear Mr. [[N|Al-Amin]],

Your test results from [[D|July 24]] are below. Your LDL cholesterol was 162 mg/dL (goal under 100) and your hemoglobin A1c was 6.1% (prediabetes range 5.7-6.4%). Kidney and liver tests were normal.

I recommend starting atorvastatin 20 mg nightly; a prescription was sent to your pharmacy. Please schedule a follow-up visit in 3 months. Call our office at [[PH|972-555-0145]] or message me through the portal.

Sincerely,
[[N|Rebecca Lindahl]], MD
Prairie Creek Internal Medicine
cc: chart; [[N|Yusuf Al-Amin]] (son, per signed release)
""",
)

note(
    "b22-42",
    "Gabriela Souza",
    """
PORTAL MESSAGE THREAD - filed to chart [[D|1/8/2025]]
From: [[N|Gabriela Souza]] <[[EM|gabi.souza.rn@example.org]]> (patient)  [[D|Jan 6]] 9:14 PM
Subject: rash after new med??
"hi dr [[N|nakamura]] - started the lamotrigine 25 on [[D|12/28]] and now red spots on my chest and arms since [[D|saturday]]. no fever, mouth ok. should i stop?? cell [[PH|415-555-0107]] - [[N|gabi]]"
Reply: [[N|Kenji Nakamura]], MD  [[D|1/7/2025]] 7:32 AM
"[[N|Gabriela]] - please STOP lamotrigine now and come in today; our nurse [[N|Imani]] will call to schedule. If mouth sores, eye pain, blistering or fever, go to the ED."
Telephone encounter 8:05 AM by [[N|Imani Cole]], RN: scheduled 11:20 today. Photo [[URL|https://portal.example-health.org/msg/att/77120983]]
""",
)

note(
    "b22-43",
    "Wendell Pike",
    """
FOLLOW-UP APPOINTMENTS:
 - Cardiology: Dr. [[N|Viktor Hrabal]], [[D|Thursday 11/14]] 10:30 AM, Heart Institute, [[ADDR|1200 Medical Pkwy Ste 400]], [[C|Knoxville]] ([[PH|865-555-0133]])
 - BMP at any Quest ~1 week after discharge
 - PCP: [[N|Althea Grant]], NP within 7-14 days - pt to call [[PH|865-555-0170]]
PENDING AT DISCHARGE: blood cultures from [[D|11/5]] (NGTD x3 days), accession [[ID|BC-24310-0412]]
CODE STATUS: DNR/DNI (POLST on file)
Time spent on discharge: 42 minutes.
Electronically signed: [[N|Marguerite Osei-Bonsu]], MD [[D|11/08/2024]] 15:10
cc: consultants above; patient
--- Page 6 of 6 | [[N|PIKE, WENDELL R]] | MRN [[MRN|KX-301188]] | D/C [[D|11/08/2024]] ---
""",
)

note(
    "b22-44",
    "Oluwaseun Adeyinka",
    """
INSULIN PUMP / CGM DOWNLOAD  ([[D|10/1/2024]] - [[D|10/14/2024]])
Patient: [[N|Oluwaseun "Seun" Adeyinka]]  DOB [[D|2/2/2008]]  MRN [[MRN|PE-778102]]
Pump: Tandem t:slim X2 SN [[DEV|1183377]], Control-IQ on   CGM: Dexcom G7 sensor [[DEV|8LJ22M]]
Cloud account user: [[N|seun_a08]]
TIR (70-180) 61% | >250 14% | <70 3% | <54 0.6%   GMI 7.6%   CV 38%
Avg TDD 52 U (basal 44%); 4.1 boluses/day; missed lunch boluses on school days
Settings changed [[D|10/14]]: ICR 1:8 -> 1:7 (lunch), CF 1:35 unchanged, target 110.
Reviewed with patient and mother [[N|Folake Adeyinka]] ([[PH|614-555-0125]]); school orders faxed to Hillcrest HS nurse [[FX|614-555-0199]].
Provider: [[N|Sunil Varghese]], MD
""",
)

note(
    "b22-45",
    "Augustin Bellamy",
    """
DEATH PRONOUNCEMENT NOTE
Called to bedside by [[N|Rhea Fontaine]] RN at 03:52 on [[D|New Year's Day]] ([[D|01/01/2025]]) for [[N|Augustin Bellamy]], [[A|97]] y/o M, MRN [[MRN|1029384]], comfort care since [[D|12/27]].
Exam: no spontaneous respirations, no heart sounds x 1 min, pupils fixed and dilated, no response to stimuli.
Time of death: 04:01.
Family: daughter [[N|Colette Bellamy-Ross]] at bedside; son [[N|Lucien]] notified by phone ([[PH|504-555-0137]]).
Attending Dr. [[N|Obi]] notified. Autopsy declined. OPO notified, ref # [[ID|LA25-00017]]; not a candidate.
Funeral home: Thibodaux Brothers (family arranging).
[[N|hwinslow]] (PGY-2) 04:20
""",
)

note(
    "b22-46",
    "Rivka Abramowitz",
    """
GENETIC TEST REPORT - Hereditary Cancer Panel (47 genes)
Patient: [[N|Rivka Abramowitz]]  DOB [[D|08/12/1979]]  Sex F   Accession [[ID|GX-4410983-B]]   Order [[ID|ORD-0091224]]
Specimen: Blood (EDTA), collected [[D|5/20/2024]], received 2 days later
RESULT: POSITIVE - Pathogenic variant identified
 Gene BRCA2  c.5946del (p.Ser1982Argfs*22)  heterozygous
VUS: none reported
Family history: mother ([[N|Miriam]]) breast ca at 44; maternal aunt ovarian ca at 58.
Recommendations: cascade testing; family letters provided for sister [[N|Leah Abramowitz-Gold]] and brother [[N|Avi]].
Genetic counselor: [[N|Tova Reingold]], MS, CGC (lic. [[LIC|GC-0318]]) [[PH|646-555-0162]]
Lab director signature on file.
""",
)

note(
    "b22-47",
    "Yesenia Quintero",
    """
NEWBORN NURSERY CENSUS - [[D|Labor Day]] ([[D|9/2/2024]])
Bassinet  Infant           Infant MRN   Mother (MRN)                     Born         GA    Wt
N-1  BG [[N|Quintero]]        [[MRN|NB240901]]   [[N|Quintero, Yesenia]] ([[MRN|3317720]])  [[D|9/1]] 23:58   39+2  3.41 kg
N-2  BB [[N|Adjei]]           [[MRN|NB240902]]   [[N|Adjei, Abena]] ([[MRN|2987114]])     [[D|9/2]] 04:12   37+5  2.86 kg
N-3  BB A [[N|Lindqvist]]     [[MRN|NB240903]]   [[N|Lindqvist, Sara]] ([[MRN|3120045]])  [[D|9/2]] 07:40   35+1  2.24 kg -> SCN
Security tag N-1 [[DEV|HUGS-55821]]
Cord blood banked (N-2).
""",
)

note(
    "b22-48",
    "Dolores Kaczmarek",
    """
*** URGENT REFERRAL ***   FAX COVER
Date: [[D|4-15-25]]   Pages (incl. cover): 7
To: Scranton GI Associates   Attn: scheduling   Fax [[FX|570-555-0111]]
From: Dr. [[N|Ibrahim Toure]] / Keystone Family Practice   Ph [[PH|570-555-0148]]  Fax [[FX|570-555-0149]]
Patient: [[N|Dolores Kaczmarek]]   DOB [[D|11/19/1947]]   Ph [[PH|570-555-0190]]
Address: [[ADDR|88 Prospect St]], [[C|Scranton]], PA [[Z|18503]]
Insurance: Highmark Medicare Advantage, ID [[HP|HMK9984410207]]
Reason: IDA (Hgb 8.9, ferritin 6) + heme+ stool; needs EGD/colonoscopy. Last colonoscopy 2014??
Enclosed: last office note, CBC/iron studies, med list.
Please call pt directly; daughter-in-law [[N|Renee]] helps with transport.
""",
    allow=("Scranton",),
)

note(
    "b22-49",
    "Haruto Watanabe",
    """
PHARMACY INTERVENTION NOTE  [[D|08/19/2024]] 14:33
Pt: [[N|Haruto Watanabe]]  MRN [[MRN|6618032]]  Wt 58 kg  CrCl (C-G) 28 mL/min
Order: enoxaparin 1 mg/kg SC q12h (60 mg) placed by [[N|Oduya, M]] MD
Intervention: changed to 1 mg/kg q24h (60 mg daily) for CrCl < 30 per protocol; anti-Xa 4 h after 3rd dose ([[D|8/21]] ~10:00).
Prescriber contacted: Dr. [[N|Mercy Oduya]] via secure chat at 14:20 - agreed.
Also: hydromorphone PCA requires DEA on file - added DEA [[LIC|BO5512983]], state lic [[LIC|25MA0941187]].
Time spent: 15 min. Outcome: dose reduced, ADE avoided (moderate).
[[N|Catarina Albuquerque]], PharmD, BCPS
""",
)

note(
    "b22-50",
    "Jerome Calloway",
    """
PRESCRIPTION MONITORING PROGRAM QUERY  (query ID [[ID|PMP-88231904]])
Requested by: [[N|Owen Gallardo]], DO  DEA [[LIC|FG3391872]]  [[D|09/30/2024]] 10:02  from [[IP|172.16.40.88]]
Patient searched: [[N|Calloway, Jerome]]  DOB [[D|07/04/1981]]  ZIP [[Z|63118]]
Fill date  Drug                    Qty  Days  Prescriber   Pharmacy
[[D|09/02/24]]   oxycodone-APAP 10-325   90   30    [[N|Rinaldi, P]]  CVS #4418 [[C|St. Louis]]
[[D|07/29/24]]   alprazolam 1 mg         60   30    [[N|Feeney, D]]   Walgreens #7720 [[C|Florissant]]
MME/day 45. Alerts: concurrent opioid + benzodiazepine; 2 prescribers, 2 pharmacies in 90 days.
Note: birthday on the [[D|Fourth of July]] confirmed with pt (not a data error).
""",
)

note(
    "b22-51",
    "Kirsten Sorensen",
    """
EHR ACCESS AUDIT - Privacy Office request [[ID|PRV-2025-0142]]
Patient: [[N|Sorensen, Kirsten]] (MRN [[MRN|9120447]])  VIP: Y  Range: last 7 days
[[D|02/03/2025]] 08:14:55 [[N|kpatel3]]   [[N|Patel, Kavya]]     ED         Chart open      [[IP|10.12.4.77]]
[[D|02/04/2025]] 22:51:03 [[N|bdrummond]] [[N|Drummond, Blake]]  Radiology  Images view     [[IP|10.30.9.12]]
[[D|02/06/2025]] 13:02:19 [[N|jsorensen]] [[N|Sorensen, Jens]]   Pharmacy   Demographics    VPN [[IP|203.0.113.45]]
Flag: [[N|jsorensen]] shares surname with patient; no treatment relationship.
Reviewed by [[N|Aurelia Montague]], Privacy Officer. Badge [[ID|B-44718]] referred to HR.
""",
)

note(
    "b22-52",
    "Clive Abernathy",
    """
*** DOWNTIME DOCUMENTATION - transcribed [[D|10/21/2024]] by [[N|lmcallister]] ***
Scanned paper form: [[ID|DT-5531-117]]
Downtime: [[D|Sun 10/20/2024]] 0100-0530 (planned upgrade)
Label: [[N|ABERNATHY, CLIVE]] / [[MRN|3301945]] / DOB [[D|01-07-1944]] / Rm 812
0130 VS 124/70, 78, 16, 97% RA - [[N|S.K.]]
0200 Heparin gtt 18 units/kg/h = 1,450 units/h (14.5 mL/h) per nomogram; aPTT due 0600 - [[N|S.K.]]
0345 nausea; ondansetron 4 mg IV from Pyxis (override - downtime)
0500 I&O: in 420 / out 650
Labs drawn 0400 on paper req; accession handwritten "[[ID|0400-812-A]]", relabeled [[ID|L24294-0331]] after uptime.
Signature: [[N|Sunita Krishnamurthy]] RN
""",
)

note(
    "b22-53",
    "Mateo Figueroa-Ruiz",
    """
ROUTINE EEG REPORT (CPT 95816)   EEG #: [[ID|E25-0318]]
Name: [[N|Mateo Figueroa-Ruiz]]  Age: 17  MRN: [[MRN|PH-4471902]]  Date: [[D|03/18/2025]]
Referring: [[N|Natalia Orlov]], MD (Child Neurology)   Technologist: [[N|B. Castellano]], R. EEG T.
History: 2 episodes of unresponsiveness with lip smacking, most recent on [[D|Valentine's Day]]. No AEDs.
Recording: 10-20 system, 21 channels, 32 min awake/drowsy/N2; HV 3 min and photic stimulation.
Background: 10 Hz posterior dominant rhythm, reactive.
Abnormal: frequent left temporal sharp waves (T7 max); one 40-s seizure at 10:42:18 from left temporal region with staring.
Impression: Abnormal EEG - left temporal epileptiform discharges and one focal seizure.
Read by [[N|Yonatan Ben-David]], MD [[D|3/18/2025]] 15:40. Discussed with father [[N|Hector]] [[PH|787-555-0118]].
""",
)

note(
    "b22-54",
    "Lyle Whitaker",
    """
CARDIAC CATHETERIZATION REPORT
Procedure date: [[D|2024-12-11]]  Case # [[ID|CL-24-2291]]  Lab: Cath Lab 2
Patient: [[N|Whitaker, Lyle E]]  MRN [[MRN|4417728]]  DOB [[D|1950-06-30]]  Encounter [[ACCT|HX0044810923]]
Operators: [[N|Anjali Deshpande]], MD (primary); [[N|Gus Papadakis]], MD (fellow)
Access: R radial 6 Fr; heparin 5,000 u; verapamil 2.5 mg IA
Findings: LM normal. LAD 90% mid. LCx 40%. RCA dominant, 30%. LVEDP 18.
PCI: LAD - Resolute Onyx 3.0 x 22 mm DES (lot 0011993221), post-dil 3.25 NC 18 atm. TIMI 3, 0% residual.
Contrast iohexol 110 mL  Fluoro 9.8 min  Air kerma 640 mGy.  TR band 13 mL.
Plan: ASA 81 + ticagrelor 90 BID x 12 months; echo [[D|12/12]].
Scrub: [[N|Luis Dominguez]], RCIS
""",
)

note(
    "b22-55",
    "Bernadette Kilgallon",
    """
CLINICAL NUTRITION ASSESSMENT - Initial   [[D|5/6/24]]
Pt [[N|Bernadette Kilgallon]] ("[[N|Bernie]]"), [[A|90]] yo F, rm 227B, MRN [[MRN|1120983]], admitted with pneumonia.
Anthro: Ht 152 cm, Wt 41.3 kg, BMI 17.9; UBW 47 kg (per [[D|Nov]] clinic visit) -> 12% loss in 6 months
Intake: <50% of 3 meals x 5 days per calorie counts
NFPE: moderate temporal and interosseous wasting
Dx: Severe malnutrition (acute illness) AEB 12% wt loss/6 mo and intake <50%
Needs: 1,250-1,450 kcal (30-35 kcal/kg), 50-62 g protein, 1,250 mL fluid
Interventions: Ensure Plus BID, magic cup at lunch, MVI; favorite foods from niece [[N|Orla]].
Monitoring: Wt q Monday/Thursday; re-assess [[D|5/13]].
[[N|Priyanka Bhatt]], MS, RDN, LDN  [[D|05/06/2024]] 11:15
""",
)

note(
    "b22-56",
    "Gideon Ashworth",
    """
PT DAILY NOTE  Visit 4 of 12   DOS [[D|02-27-2025]]   Auth # [[ID|UHC-PT-5521877]] (exp [[D|04/30/2025]])
Pt: [[N|Gideon Ashworth]]  DOB [[D|09/21/1966]]  Ref MD: [[N|Serena Vitale]]
Dx: R rotator cuff repair [[D|1/14/25]] (Z47.89, M75.121)
S: pain 3/10 at rest, 6/10 reaching overhead; back to desk work on [[D|Monday]].
O: PROM flex 132 deg, ER 45 deg, abd 110 deg. AROM deferred per protocol.
Tx: therex 97110 x 2 units, manual 97140 x 1, ice 10 min
A: progressing per Phase 2 protocol
P: cont 2x/wk; add AAROM pulleys next visit; MD f/u [[D|3/4]].
Therapist: [[N|Rosalind Yeboah]], PT, DPT (lic [[LIC|PT-019284]])  [[D|2/27/25]] 16:02
""",
)

note(
    "b22-57",
    "Ruslan Tkachenko",
    """
OCCUPATIONAL HEALTH - DOT MEDICAL EXAMINATION SUMMARY
Driver: [[N|TKACHENKO, RUSLAN]]  DOB [[D|3/15/1970]]  CDL [[LIC|T25400812]] (IL, Class A)  Employer: Midwest Freight Lines
Exam [[D|06/03/2024]]   Examiner: [[N|Denise Carrow]], NP   National Registry # [[ID|3349871022]]
Vision 20/25 OU uncorrected; fields 85 deg each eye. Hearing: whisper 5 ft bilat.
BP 148/94 (recheck 142/90) - Stage 1 HTN -> 1-year certificate.
Urine: SG 1.020, protein/blood/glucose neg.
OSA screen: neck 18.5 in, BMI 34 -> referred for PSG.
Incident: minor rear-end collision at yard [[D|May 28]], tractor VIN [[VEH|1FUJGLDR5CSBK4417]]; no injury.
Certificate valid 1 year. MEC # [[ID|MEC-24-00981]].
Driver contact [[PH|708-555-0142]], [[EM|rtkach70@example.net]]
""",
)

note(
    "b22-58",
    "Mohammed Al-Sayed",
    """
RESEARCH NOTE - Consent & Enrollment
Study: RESOLVE-HF (NCT05512345), IRB #2023-0417
Participant: [[N|Mohammed Al-Sayed]]   MRN [[MRN|2067741]]   Subject ID [[ID|RHF-017-0042]]
Consent obtained [[D|Tuesday 9/17/2024]] 10:10-10:55 by [[N|Jolene Barrett]], CRC, with wife [[N|Samira]] present; Arabic interpreter [[N|Yousef]] (ID [[ID|INT-2208]]).
ICF v4.0.
Eligibility: LVEF 30% (echo [[D|8/29/2024]]), NT-proBNP 2,140 pg/mL, NYHA III; all criteria met.
Copy of signed consent given. Stipend card # [[ACCT|4410 2281 0093]] issued.
Next visit: Day 14 ([[D|10/1/2024]]) +/- 3 days.
PI: [[N|Theodora Vance]], MD
""",
)

note(
    "b22-59",
    "Winifred Oyelaran-Burke",
    """
HOSPICE ADMISSION - Certification of Terminal Illness (initial 90-day period)
Patient: [[N|Winifred Oyelaran-Burke]]   Age [[A|100]]   DOB [[D|02/29/1924]]   Medicare MBI [[HP|5RT8-KW2-HN93]]
Benefit period 1 begins [[D|11/18/2024]]
Terminal dx: Alzheimer's disease, late onset (G30.1); FAST 7c; PPS 30%; albumin 2.6; 10% wt loss in 6 mo
Residence: Magnolia Gardens ALF, [[ADDR|4100 Old Shell Rd, Apt 118]], [[C|Mobile]], AL [[Z|36608]]
Hospice physician: [[N|Ignatius Moreau]], MD (NPI [[ID|1902837465]]) certifies prognosis of 6 months or less.
POA/HCP: grandson [[N|Terrence Burke]] [[PH|251-555-0129]]; DNR on file (signed [[D|10/2/2019]]).
Chaplain Fr. [[N|Bartholomew]] (St. Cecilia parish) visits Sundays.
""",
)

note(
    "b22-60",
    "Leilani Marchbanks",
    """
FORENSIC DRUG TEST - CUSTODY AND CONTROL FORM (transcribed)
Specimen ID [[ID|A11874203]]   Lab accession [[ID|LX-240611-0098]]
Donor: [[N|Leilani Marchbanks]]   Donor SSN: [[SSN|000-52-8841]]   TX DL [[LIC|40918827]] verified
Employer: Gulf Coast Refining, DER [[N|Howard Finch]] [[PH|409-555-0112]]
Collector: [[N|Patrice Dumont]] at WorkWell Clinic, [[ADDR|2710 Gulfway Dr]], [[C|Port Arthur]], TX [[Z|77640]]
Collected [[D|06/11/2024]] 07:52; temp 32-38 C: Yes. Split: Yes. Seal intact. Reason: random.
Results (screen cutoff ng/mL): AMP neg (500) | COC neg (150) | THC POS (50) -> GC-MS THCA 28 (15) | OPI neg (2000) | PCP neg (25)
MRO: [[N|Sanjay Kulkarni]], MD verified positive [[D|06/14/2024]] after interview; no Rx reported.
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
