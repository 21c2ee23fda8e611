#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind33.jsonl.

The everyday mix: sixty notes of the kinds a large US hospital's
de-identification pipeline receives most often, in roughly those proportions --
SOAP progress notes (ward, ICU, post-procedure, copy-forwarded), admission H&Ps,
discharge summaries and after-visit summaries, consults, ED provider and triage
notes, nursing shift notes and flowsheet comments, radiology and pathology
reports with accession and case numbers, brief operative and procedure notes,
clinic follow-ups, telephone encounters, portal messages (patient and proxy),
medication reconciliation, pharmacy interventions, social-work and case-
management notes, addenda and late entries, a lab-interface exception with an
HL7 PID segment and a copied secure-chat thread.  Hard cases: header blocks
(name, MRN, DOB, CSN), signature lines with credentials, pagers and
timestamps, "Last, First" and ALL-CAPS names, lower-case hurried text, log-in
names and chat handles, relatives at the bedside, outside hospitals
(unmarked) beside the clinicians who work there (marked), relative dates
(POD#2, HD 4, "last week") next to absolute ones, weekdays and holidays used
as dates, an age of exactly 89 (unmarked) next to ages over 89, and many
look-alikes kept unmarked: blood pressures, ABG triplets, "day 3/7"
antibiotic counters, SVE and Apgar fractions, murmur grades, lab values and
units, LOINC/CPT/ICD codes, lot numbers, model numbers, protocol numbers,
bed/room/chair/machine numbers, telemetry pack numbers, bare years, clock
times and recurring schedules (MWF, Mon/Fri).

Annotation conventions (HIPAA Safe Harbor):
- NAME covers every person: patients, relatives, friends, caregivers,
  clinicians and other staff, officers, teachers, interpreters.  Nicknames,
  lower case, ALL CAPS, initials standing for a person, log-in names
  (kmendoza, marco.bellandi) and chat handles (the "@" left outside) are
  marked.  Titles and credentials (Dr., Mrs., RN, MD, PA-C) stay outside.
  "Last, First [M]" written with a comma is one span; in an HL7
  "LAST^FIRST^M" field each component is its own span.  Kinship words,
  eponyms (Foley, Murphy's sign, Barrett, Parkinson's, Apgar), and person
  names inside facility, agency or company names (St. Brendan Community
  Hospital, Gagnon & Sons) are not marked; a surname that also occurs as an
  eponym or inside a facility name is listed in that note's allow tuple.
- DATE: every date element finer than a year, in any format, including
  month+day, month+year, a month alone dating an event, a weekday or holiday
  used as the date of an event, and ordinal days ("the 4th": the
  article stays outside).  A weekday written right next to a date is part of
  the same span ("Tuesday April 16").  A one-token machine timestamp is
  marked whole; with a space before the time only the date is marked.  Bare
  years, clock times, durations, relative dates (POD#2, HD 4, yesterday) and
  recurring schedules are not marked.
- AGE: only ages over 89, the number alone; "89" stays unmarked.
- PHONE/FAX: the whole number including any extension, for anyone (patient,
  family, clinician pager, pharmacy, payer).  EMAIL whole.  URL only when
  person-specific (portal links carrying patient ids or tokens); a generic
  education link stays unmarked.  An MRN repeated inside a marked URL is
  covered by the URL span.  IP: every IPv4 address.
- SSN (full or last four), MRN (including an outside hospital's MRN),
  HEALTH_PLAN (member, subscriber, group, Medicare MBI, Medicaid ids),
  ACCOUNT (account and encounter/CSN numbers), LICENSE (driver's,
  professional, DEA), VEHICLE (plates, VINs), DEVICE (implant, monitor and
  equipment serial numbers, e.g. a dialysis machine, endoscope, rental
  mattress or oxygen concentrator, and whole UDI strings), ID (NPI,
  accession, pathology case, order, Rx, authorization, transfer-center case,
  trip, badge, interpreter id, study subject id, chat message id, newborn
  screen card).  Drug and kit lot numbers, study protocol numbers, store
  numbers and the numbers of reusable hospital equipment slots (telemetry
  pack, chair, machine #, bed) stay unmarked.
- ADDRESS: the street part (number, street, unit, PO box), whoever's it is
  (a pharmacy's street address is marked too); CITY: city, town or
  neighbourhood, including where a telehealth patient is located, or where
  a dialysis unit or funeral home is; a town inside an agency's or
  facility's name (Harwich EMS, Fall River VNA) is part of that name, stays
  unmarked and is allowed; ZIP: ZIP codes and foreign postal codes (one
  Canadian).  States, provinces and countries unmarked.
- Never marked: facility, payer, agency, pharmacy-chain and vendor names,
  drugs, device models, codes, scores, lab values, room/bed numbers, times,
  bare years.

Stdlib only.  Run: python bench/data/make_deid_blind33.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind33.jsonl")
NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b33-01",
    "Marisol Delgado",
    """
HOSPITAL MEDICINE PROGRESS NOTE
Pt: [[N|Delgado, Marisol]]   MRN: [[MRN|00418823]]   DOB: [[D|07/22/1958]]
Date of service: [[D|03/14/2024]]   Hospital day 3

S: Feels "less winded." Slept in chair overnight. Daughter [[N|Ana]] at bedside, asking about d/c.
O: T 37.1  HR 88  BP 118/72  RR 18  SpO2 94% 2L NC
   Wt 81.4 kg (admit 84.0)  I/O -1.6 L
   Na 134 | K 3.6 | Cr 1.42 (1.61 on [[D|3/12]]) | BNP 1,240
A/P: 65F w/ HFrEF (EF 30% on TTE [[D|3/12]]), acute on chronic decompensation.
 - cont IV furosemide 40 mg BID, goal net -1 L
 - replete K to >4.0; Foley removed this AM
 - PT/OT eval; dispo likely home w/ VNA [[D|Saturday]]
Seen and examined with Dr.[[N|Okonkwo]], agree w/ plan.
[[N|R. Feldstein]], MD (PGY-2)  pager [[PH|617-555-0119]]
""",
)

note(
    "b33-02",
    "Henryk Wojcik",
    """
ADMISSION H&P - Medicine, Team B
Name: [[N|WOJCIK, HENRYK J]]   MRN [[MRN|3318-0427]]   Adm: [[D|2024-02-09]] 23:40   Acct# [[ACCT|771034219]]
PCP: [[N|Lena Abernathy]], NP (Fenwick Family Health)  ph [[PH|508-555-0163]]
CC: fall at home, ?syncope
HPI: [[A|91]] y/o M w/ AFib on apixaban, CKD3b, found on kitchen floor by neighbor (Mr. [[N|Tran]]) ~1900. Per wife [[N|Irena]] he was "fine at supper." No head strike. Brought by Harwich EMS. In ED HR 44, junctional; trop 0.03 -> 0.04.
PMH: AFib, CKD, BPH s/p TURP 2016, L hip ORIF 2019
SH: lives w/ wife at [[ADDR|14 Cranberry Hwy]], [[C|Harwich]] MA [[Z|02645]]. Former machinist. No tob.
Meds: see med rec. Metoprolol 50 BID (?doubled by pt on [[D|2/7]])
Exam: NAD, A&Ox3, 2/6 SEM RUSB, ecchymosis L flank.
FHx: brother [[N|Zbigniew]] - pacemaker at 70.
A/P: symptomatic bradycardia - hold metoprolol, tele, EP consult (Dr. [[N|Varga]]) in AM. Full code, confirmed w/ pt + wife.
[[N|Ashok Bhattarai]], MD (nocturnist)  [[D|2/10/24]] 01:15
""",
    allow=("Harwich",),
)

note(
    "b33-03",
    "Tobias Lindqvist",
    """
DISCHARGE SUMMARY
Patient: [[N|Tobias Lindqvist]]        MRN: [[MRN|E7720451]]
Admitted: [[D|01/28/2024]]   Discharged: [[D|02/02/2024]]
Attending: [[N|Priya Raman]], MD      Dictated by: [[N|K. Osei]], PA-C
Principal dx: Community-acquired pneumonia, RLL (J18.9)
Secondary: COPD, T2DM (A1c 8.1%)
Hospital course: 67M w/ 4 days productive cough, fever 39.2. CXR RLL consolidation. Ceftriaxone + azithromycin, changed to cefpodoxime on HD#4. Sputum cx (accession [[ID|MB-24-0031877]]) grew S. pneumoniae, pan-sensitive. Weaned to RA on [[D|1/31]].
Discharge meds: cefpodoxime 200 mg PO BID x 2 more days; resume home tiotropium, metformin 1000 BID.
Pending at discharge: final blood cx (NGTD at 72h).
Condition: stable, ambulating on RA, SpO2 93-95%. Inhaler technique reviewed with pt and wife [[N|Ingrid]]; smoking cessation counseled (1 ppd, quit date set).
Follow-up: Dr. [[N|Hallett]], Pulmonary, Cobb Street Clinic - [[D|Feb 14]] at 10:30. PCP within 1 wk.
cc: [[N|Marguerite Oyelaran]], MD (PCP) fax [[FX|413-555-0187]]
""",
)

note(
    "b33-04",
    "Jose Ybarra",
    """
ED PROVIDER NOTE  arrival 22:14  bed H-17
pt [[N|jose ybarra]] 34m mrn [[MRN|60031894]] bib Cicero FD after MVC, restrianed driver, ~35 mph front impact, +airbag. ambulatory at scene. ID: IL DL [[LIC|Y224-0817-3304]]. c/o L chest wall pain, neck stiffness.
his car (silver civic, IL plate [[VEH|ZR 41877]]) towed per officer [[N|d. kowalczyk]] badge [[ID|2291]].
gf [[N|Breanna Tutt]] arrived, phone [[PH|708-555-0124]].
exam: GCS 15, c-spine midline ttp neg, L ant chest wall ttp no crepitus, abd soft, FAST neg.
CXR no ptx. CT c-spine neg.
dx chest wall contusion. ibuprofen 600, lidocaine patch. f/u pcp 3-5d. return prec given.
-- [[N|m.ferraro]] DO  [[D|3/9/24]] 23:51
""",
)

note(
    "b33-05",
    "Ruth Ackerley",
    """
RN Shift Note 0700-1900  [[D|4/2]]   4 West rm 4112-B
Pt [[N|Ruth Ackerley]], [[A|94]]F, POD#2 R hip hemiarthroplasty.
0800 A&Ox2 (baseline per son [[N|Gerald]]). Pain 4/10, oxycodone 2.5 mg given 0815 w/ relief.
1030 amb 15 ft w/ RW + PT ([[N|Shauna]]). Tol well.
1300 voided 250 mL after Foley d/c at 0600. PVR 80 mL.
1500 son [[N|Gerald Ackerley]] visited, updated on plan; asks for a call before dc - cell [[PH|860-555-0148]].
1745 Hgb 9.1 (9.6 yest). MD aware (Dr.[[N|Pham]]), no transfusion, recheck AM.
Skin: Braden 14, sacrum intact, heels floated.
[[N|J. Castellanos]], RN
""",
)

note(
    "b33-06",
    "Clement Oduya",
    """
EXAM: CT HEAD WITHOUT CONTRAST
Accession: [[ID|RAD2403118842]]    Exam date: [[D|03/11/2024]] 06:12    CSN [[ACCT|3011874456]]
Patient: [[N|Oduya, Clement]]   MRN [[MRN|5502918]]   DOB [[D|11/02/1947]]
Ordering: [[N|Sandoval, Pilar]] MD   ED
CLINICAL INDICATION: fall, on anticoagulation, headache.
COMPARISON: CT head [[D|08/19/2022]].
TECHNIQUE: Axial 5 mm images, 120 kVp, CTDIvol 52.3 mGy, DLP 941 mGy-cm.
FINDINGS: No acute intracranial hemorrhage, mass effect or midline shift. Chronic small vessel ischemic change, unchanged. Old lacune L basal ganglia. Ventricles stable. Mastoids clear.
IMPRESSION: No acute intracranial abnormality.
Dictated by: [[N|Harlan Vuong]], MD   Signed [[D|03/11/2024]] 06:48
""",
)

note(
    "b33-07",
    "Gunnar Halvorsen",
    """
CARDIOLOGY CONSULT
Requested by: Dr. [[N|Abiola Fashola]] (hospitalist)   Reason: new AF w/ RVR
Pt: [[N|Gunnar Halvorsen]] | [[A|90]] yo M | MRN [[MRN|88-40217]] | rm 7N-22
HPI: Admitted [[D|4/18]] w/ urosepsis. Overnight [[D|4/19]] HR 140s irregular. Per son [[N|Erik]] (HCP, [[PH|(612) 555-0171]]) pt has "always had skipped beats." Echo at Lakeview Medical in [[D|Nov 2021]] reportedly EF 55%.
Exam: irreg irreg, JVP 8 cm, trace LE edema.
Data: TSH 2.1, K 3.4, Mg 1.6. CHA2DS2-VASc 4, HAS-BLED 2.
Recs:
1. Metoprolol tartrate 25 q6h, titrate to HR <110.
2. Replete K/Mg. TTE ordered.
3. Apixaban 2.5 BID (age >=80, wt 58 kg) once cleared by primary team.
Will follow. D/w Dr. [[N|Fashola]].
[[N|Yusuf Demir]], MD, Cardiology fellow | pgr [[PH|612-555-0109]]
""",
)

note(
    "b33-08",
    "Walter Kimbrough",
    """
TELEPHONE ENCOUNTER   [[D|05/06/2024]] 10:42
Caller: [[N|Dolores Kimbrough]] (daughter of pt [[N|Walter Kimbrough]], DOB [[D|9/30/1939]])
Callback: [[PH|937-555-0152]] (cell) - ok to leave detailed msg per form on file.
Reason: Dad's legs more swollen since [[D|Friday]], wt up 4 lb (182 -> 186). Takes torsemide 20 mg daily, "maybe missed a couple." No SOB at rest, 2 pillows (baseline).
Per protocol: torsemide 40 mg x 3 days, daily wts, low Na diet. Appt w/ Dr. [[N|Castellano]] moved up to [[D|5/9]] 2:15 pm.
Pharmacy: CVS #4471, [[PH|937-555-0190]] - no new Rx needed.
Routed to: [[N|Castellano, Iris]] MD
[[N|tkessler]] RN  10:58
""",
)

note(
    "b33-09",
    "Keisha Bramlett",
    """
MyChart message - received [[D|2/27/2024]] 9:14 PM
From: [[N|Keisha Bramlett]]
To: Dr. [[N|Moreland]]
Subject: rash after new med
hi dr [[N|moreland]], its [[N|keisha]]. started the bactrim on [[D|tues]] like you said and now theres a red itchy rash on my arms + chest, no blisters, no mouth sores. should i stop it?? my number changed btw its [[PH|404 555 0137]]. also my insurance switched to Ambetter, new member id is [[HP|U8812044791]]. thanks!! - [[N|keisha b]]
--
Reply ([[N|L. Sato]], RN, [[D|2/28]] 08:05): Please stop Bactrim now. If lips, eyes or mouth get involved or you have fever, go to the ED. Dr. [[N|Moreland]] will call you today. Front desk updated phone + coverage.
""",
)

note(
    "b33-10",
    "Feliciano Arroyo",
    """
MEDICATION RECONCILIATION - Admission
Pt: [[N|Feliciano Arroyo]]  MRN [[MRN|71200934]]  Allergies: PCN (hives), sulfa
Source: pt + pill bottles + pharmacy fill hx; wife [[N|Carmen]] brought bag.
Med                        Dose/Freq      Last dose   Action
lisinopril                 20 mg daily    [[D|6/3]] AM     HOLD (AKI)
metformin ER               1000 mg qPM    [[D|6/2]] PM     HOLD
atorvastatin               40 mg qHS      [[D|6/2]]        continue
insulin glargine           28 u qHS       [[D|6/2]]        reduce to 20 u
tamsulosin                 0.4 mg qHS     unknown     continue
ASA                        81 mg daily    [[D|6/3]]        continue
Rx #[[ID|6622819]] tamsulosin by Dr. [[N|Brandvold]] ([[D|Jan 2024]]), NDC 0615-8231-39, lot NF2271.
Completed by [[N|Nadia Sorensen]], PharmD  [[D|06/03/2024]] 14:20
""",
)

note(
    "b33-11",
    "Denise LaFleur",
    """
PHARMACY CONSULT - Vancomycin dosing (AUC)
Pt [[N|LAFLEUR, DENISE]]  MRN [[MRN|40028815]]  5 South
Wt 97 kg, Ht 165 cm, SCr 1.1 (baseline 0.9 [[D|Dec 2023]])
Indication: MRSA bacteremia (BCx [[D|7/14]] 2/2 bottles, accession [[ID|M24-118305]])
Levels: peak 31.2 @ 1400, trough 12.8 @ 2330 on [[D|7/16]]; AUC24 ~612 -> above goal 400-600.
Plan: change 1250 mg q12h -> 1000 mg q12h, next dose 0900 [[D|7/17]]. Recheck levels w/ 4th dose. BMP daily. Avoid pip-tazo combo (AKI risk).
Discussed with Dr. [[N|Nakashima]]; intervention accepted. Time 25 min.
[[N|Caleb Whitfield]], PharmD, BCPS   Ascom [[PH|215-555-0114]]
""",
)

note(
    "b33-12",
    "Darnell Whitlock",
    """
SOCIAL WORK ASSESSMENT   [[D|10/22/2024]]
Pt: [[N|Darnell Whitlock]], 58M, MRN [[MRN|2093117]]. Referred by RN [[N|Jo Ellen Park]] for housing/insurance concerns.
Pt reprots eviction from [[ADDR|2210 Marlowe Ave, Apt 6C]], [[C|East Cleveland]] OH [[Z|44112]] on [[D|Oct 1]]; slept in his car (2009 Buick, VIN [[VEH|1G4HD57209U144718]]) x1 wk, now staying with sister [[N|Lorraine Whitlock]] in [[C|Euclid]] (tel [[PH|216-555-0166]]).
Medicaid (Buckeye) ID [[HP|9912004387]] - active. SSN last 4 [[SSN|6618]] verified for benefits screen. Ohio DL [[LIC|RT448190]] lost; assisted w/ BMV appt.
Plan: shelter list, Medicaid transportation, f/u w/ CM [[N|Theo Lindgren]] re: SNF vs home. Will meet again [[D|Thurs]].
[[N|Mireille Asante]], LISW-S
""",
)

note(
    "b33-13",
    "Declan Murphy",
    """
BRIEF OPERATIVE NOTE
Date: [[D|08/27/2024]]
Patient: [[N|Declan Murphy]]  MRN [[MRN|61-009-442]]
Surgeon: [[N|Adaeze Nwankwo]], MD   Assistant: [[N|P. Lachance]], PA-C
Anesthesia: GETA (Dr. [[N|Quarles]])
Preop dx: symptomatic cholelithiasis; RUQ pain, +Murphy's sign
Postop dx: same, with acute cholecystitis
Procedure: laparoscopic cholecystectomy (CPT 47562)
Findings: distended, thick-walled GB, multiple stones, critical view obtained.
EBL 20 mL. Drains none. Specimen: gallbladder to path ([[ID|S24-22817]]).
Complications: none. Counts correct x2.
Dispo: PACU, then home if tolerating PO; clinic in 2 wks with Dr. [[N|Nwankwo]].
Attending present for entire procedure. -- [[N|A. Nwankwo]]  [[D|8/27/24]] 14:02
""",
    allow=("Murphy",),
)

note(
    "b33-14",
    "Ottilie Sauer",
    """
EP PROGRESS NOTE - POD#1 dual-chamber PPM   [[D|1/17/24]]
Pt [[N|Ottilie Sauer]], [[A|92]]F, CHB. Implanted [[D|1/16]] by [[N|F. Ekwueme]] MD (fellow [[N|Rosenblatt]]).
S: no CP, no dizziness; L chest sore. Slept ok.
O: paced 70, BP 134/66. Pocket soft, no hematoma. CXR no ptx, leads stable.
Device: Azure XT DR MRI W1DR01, SN [[DEV|RNB614220S]]
 RA lead 5076-52cm SN [[DEV|PJN7734019]]; RV lead 5076-58cm SN [[DEV|PJN7734388]]
 Interrogation: RA 0.6V@0.4ms, RV 0.5V@0.4ms, R-wave 11 mV, imp 520/610 ohms.
A/P: stable - d/c today. Arm restrictions x 4 wks. Home monitor SN [[DEV|MC12-88120437]] paired. Wound check [[D|1/26]], device clinic 3 mo.
Granddaughter [[N|Liesl]] driving home.
""",
)

note(
    "b33-15",
    "Amari Colquitt",
    """
PEDIATRIC ED NOTE
Pt: [[N|Amari Colquitt]]  4 yo M   MRN [[MRN|90077215]]   DOB [[D|12/03/2019]]
Hx from mother ([[N|Shanice Colquitt]]) and daycare teacher's note (Ms. [[N|Bergeron]], Little Acorns Daycare).
CC: fever x2d, pulling L ear. Tmax 39.4 this AM (~0600). Motrin 180 mg at 0700. Tolerating PO, 3 wet diapers today. Cousin [[N|Jaylen]] had strep last wk.
Immunizations UTD per mom; last well visit [[D|Sept 2023]] w/ Dr. [[N|Okafor-Reyes]] at Southside Peds.
Exam: T 38.6, HR 132. L TM bulging, erythematous. R TM nl. Rapid strep neg.
Dx: L AOM. Amoxicillin 90 mg/kg/day div BID x10d (570 mg BID).
Mom's cell [[PH|470-555-0113]]. f/u PCP 48-72h prn.
[[N|Whitney Larue]], PNP
""",
)

note(
    "b33-16",
    "unnamed pt, 6 North bed 14",
    """
FLOWSHEET COMMENTS - 6 North, bed 14
[[D|11/05]] 0210  pt found OOB at bathroom door, unassisted, no fall. bed alarm re-armed. yellow socks on. - [[N|kmendoza]]
[[D|11/05]] 0400  VS 98.9 / 104 / 22 / 142/88 / 93% RA. c/o SOB, 2L NC -> 97%. Paged Dr [[N|Iyer]] (cross-cover) 0405, new order CXR + lasix 20 IV. - [[N|kmendoza]]
[[D|11/05]] 0530  UOP 650 mL. fine crackles bases. - [[N|kmendoza]]
[[D|11/05]] 0715  report to day RN [[N|Bea Thornquist]]. wife [[N|Lucille]] called 0650 ([[PH|314-555-0128]]), informed of night events.
[[D|11/05]] 1120  [[N|Thornquist]]: ambulated 2x in hall w/ PT. Tele box #T-4418 swapped for #T-4402 (battery).
""",
)

note(
    "b33-17",
    "Augustin Pelletier",
    """
XR CHEST 1 VIEW PORTABLE
ACC# [[ID|CR-24-0917733]]   [[D|2024-09-17]] 05:40
[[N|PELLETIER, AUGUSTIN R]]  MRN [[MRN|118830472]]  CSN [[ACCT|4100928831]]  Loc: MICU 12
Indication: ETT placement; intubated overnight.
Comparison: [[D|9/16/2024]] 18:02.
Findings: ETT tip 4.1 cm above carina. Enteric tube courses below diaphragm, tip not visualized. R IJ CVC tip at cavoatrial junction. Increased bibasilar opacities, L>R, small L effusion. No pneumothorax.
Impression: Lines/tubes appropriately positioned. Worsening bibasilar airspace disease.
Critical result: No.   Tech: [[N|jmk]]
Read by [[N|Sunita Varghese]], MD   Electronically signed [[D|09/17/2024]] 07:02
""",
)

note(
    "b33-18",
    "Bettina Crowder",
    """
MRI LUMBAR SPINE W/O CONTRAST      Outpatient Imaging - Route 9 Center
Exam date: [[D|June 4, 2024]]   Accession [[ID|MR7745102]]
Patient: [[N|Bettina Crowder]]   DOB: [[D|04-18-1966]]
Referring: [[N|Amos Tillinghast]], DO - fax [[FX|609-555-0181]]
History: LBP radiating to L leg since [[D|March]], failed 6 wks PT. ODI 44%.
Findings: L4-5 disc desiccation, broad-based protrusion with L subarticular recess narrowing, contacts traversing L5 root. Mild facet arthropathy L5-S1. Conus terminates at L1. Vertebral body heights maintained.
Impression: L4-5 protrusion narrowing L lateral recess, likely affecting L5.
Report faxed to referring office [[D|6/4]] 16:10 by [[N|dquimby]].
[[N|Corliss Marsh]], MD
""",
)

note(
    "b33-19",
    "Nguyen Thi Lan",
    """
US RENAL COMPLETE
Acc [[ID|US2401-66390]]   Study date [[D|01/09/2024]]
Pt [[N|Nguyen Thi Lan]] (MRN [[MRN|7301266]])   Ordering: [[N|Cormac Ilesanmi]], MD (Nephrology)
Indication: AKI, Cr 2.8 from 1.1.
Findings: R kidney 10.8 cm, L 11.2 cm. Normal cortical thickness and echogenicity. No hydronephrosis. No stones. Bladder decompressed with Foley.
Impression: Normal renal sonogram. No hydronephrosis.
Note: prior outside US ([[D|12/2023]], Mercy Valley) pushed to PACS from [[IP|172.16.40.23]] without report - not used for comparison.
Prelim called to Dr. [[N|Ilesanmi]] 11:30.
[[N|Gideon Farrow]], MD  [[D|1/9/2024]] 11:37
""",
)

note(
    "b33-20",
    "Stanislava Vukovich",
    """
DISCHARGE SUMMARY / TRANSITION OF CARE
[[N|Vukovich, Stanislava]]  |  DOB [[D|3/3/1932]] ([[A|92]] y)  |  MRN [[MRN|55510029]]
Admit [[D|7/29/2024]]  D/C [[D|8/6/2024]] to Maple Crest Rehab (SNF), attn [[N|Fern Odegaard]], RN admissions, fax [[FX|978-555-0102]], ph [[PH|978-555-0103]].
Dx: L intertrochanteric fx s/p IMN [[D|7/30]]; post-op delirium, resolved; acute blood loss anemia (nadir Hgb 7.4, 1u PRBC [[D|7/31]]).
WBAT LLE. Enoxaparin 40 mg daily x 28 d (through [[D|8/27]]).
Code: DNR/DNI (MOLST signed [[D|8/1]] w/ HCP niece [[N|Dragana Pavic]]).
F/u: Ortho - Dr. [[N|Sherwood]] 2 wks; staples out at SNF POD 14.
Pending: vit D level.
[[N|Hamid Rostami]], MD   [[D|08/06/2024]] 12:40
""",
)

note(
    "b33-21",
    "Ricardo Benavides",
    """
After Visit Summary - Discharge Instructions
[[N|Ricardo Benavides]], you were in the hospital from [[D|April 2]] to [[D|April 5]] for a kidney stone.
Your medicines:
 - tamsulosin 0.4 mg once a day until you pass the stone or see urology
 - oxycodone 5 mg every 6 hours only if needed (12 tablets)
 - ondansetron 4 mg as needed for nausea
Strain your urine and bring any stone to your appointment.
Appointment: Urology, Dr. [[N|Imogen Radcliffe]], [[D|Tuesday April 16]] at 9:20 AM, Suite 310.
Questions: [[PH|(505) 555-0155]]. Go to the ER for fever over 101 or if you cannot keep fluids down.
Your results: [[URL|https://mychart.example.org/visit?enc=88104217&tok=Zq7Yw2]]
Your nurse was [[N|Manny]]. Doctor: Dr. [[N|T. Oyelowo]]
""",
)

note(
    "b33-22",
    "Lorne Feeney",
    """
INFECTIOUS DISEASE CONSULT NOTE
Date: [[D|5/21/2024]]   Requesting: Dr [[N|Melchior]] (Ortho)
Pt: [[N|Lorne Feeney]], 71M, R TKA [[D|2/2024]], draining wound since [[D|May 10]].
Aspirate [[D|5/19]]: WBC 48,000, 92% PMN; cx (acc [[ID|MB24-44812]]) MSSA.
Exposures: works on a dairy farm in [[C|Tillamook]]; dog. Wife [[N|Corinne]] reports 2 wks of night sweats.
Assessment: early PJI R knee, MSSA.
Recs: DAIR with poly exchange (Dr [[N|Melchior]] planning [[D|5/23]]); cefazolin 2 g IV q8h; PICC after OR; weekly CBC/BMP/ESR/CRP faxed to OPAT [[FX|503-555-0144]]; ID f/u OPAT clinic.
cc: PCP Dr. [[N|Osgood]], Coastline Family Med, fax [[FX|503-555-0145]]
Thank you - [[N|Sigrid Amundsen]], MD, ID   pager [[PH|503-555-0106]]
""",
)

note(
    "b33-23",
    "Quentin Ashby-Rowe",
    """
PSYCHIATRY C/L CONSULT
Pt: [[N|Quentin Ashby-Rowe]]  29M   MRN [[MRN|3390021]]
Reason: passive SI after OD (APAP ~15 g) [[D|2/11]] ~2300.
Collateral: roommate [[N|Dev Malhotra]] ([[PH|347-555-0116]]) found pt and called 911. Pt lost warehouse job in [[D|January]]; breakup w/ partner "[[N|Sam]]" last wk. Outpt therapist [[N|Petra Grier]], LCSW (Brightside Counseling, [[PH|347-555-0121]]) - last session [[D|1/30]].
MSE: disheveled, psychomotor slowed, mood "empty," affect constricted, TP linear, +passive SI, no plan now, no HI/AVH. Insight partial.
C-SSRS high risk. PHQ-9 23.
Recs: 1:1 sitter; NAC per tox; inpatient psych after medical clearance (Section 12 if he tries to leave). Will f/u daily.
[[N|Yolanda Brisco]], MD
""",
)

note(
    "b33-24",
    "Harriet Osei-Bonsu",
    """
Endocrine Clinic f/u - [[D|Sep 9 2024]]
[[N|Harriet Osei-Bonsu]] is a 54 y.o. female here for T2DM f/u, last seen [[D|6/10]] by Dr. [[N|Lindqvist]].
Interval: started semaglutide 0.5 mg weekly (Sundays); nausea first 2 wks. Lost 9 lb.
CGM: Dexcom G7, receiver SN [[DEV|8G9X2M71QK]]. TIR 71%, TBR 1%.
Data: A1c 7.4 (8.6 in [[D|June]]). LDL 88. UACR 41. eGFR 68.
Exam: BMI 34.2, monofilament intact b/l.
Plan: semaglutide to 1 mg weekly. Continue metformin 1000 BID. Retinal exam due - referral to Dr. [[N|Kwabena Addo]], ophthalmology. Sent education link https://www.example.org/diabetes/glp1-basics. RTC 3 mo.
Pt prefers text reminders to [[PH|770-555-0157]].
[[N|Ines Carvalho]], NP
""",
)

note(
    "b33-25",
    "Colette Bradshaw",
    """
ORTHO CLINIC - 6 wk postop
[[N|BRADSHAW, COLETTE]]  DOS [[D|10/30/2024]]   Surgery [[D|9/18/2024]]: L TKA (Dr. [[N|Ferreira]])
Implant record: femoral size 5, tibial tray 4, poly 10 mm; UDI [[DEV|(01)00889024145327(17)290630(10)L2206371(21)G881204]]
Doing well. Off walker since [[D|10/15]]. Pain 2/10. ASA 81 BID through tomorrow.
Exam: incision healed. ROM 0-115. Quad 5-/5. Calf soft.
XR: components well fixed, no lucency.
Plan: HEP + outpatient PT at ProMotion PT in [[C|Marietta]] (PT [[N|Gus Halloran]]). Driving ok. Dental prophylaxis discussed. RTC [[D|January]] w/ XR.
[[N|Ferreira, Antonio]] MD
""",
)

note(
    "b33-26",
    "Vernon Pickett",
    """
PHONE NOTE - results
[[D|Thu 3/21]] 4:05p  called pt [[N|Vernon Pickett]] at [[PH|501-555-0179]], verified name + DOB ([[D|8/14/1961]]).
Reviewed colonoscopy path from [[D|3/15]] (case [[ID|SP-24-07781]]): 2 tubular adenomas, <10 mm, no HGD. Repeat colonoscopy in 7 yrs (~2031) per Dr. [[N|Abernethy-Cole]]. Pt verbalized understanding.
Also asked re: fatigue; TSH 3.2, Hgb 13.9 - normal, will discuss at annual.
Recall letter queued; pt prefers mail to [[ADDR|PO Box 418]], [[C|Searcy]] AR [[Z|72145]].
-- [[N|Gwen Stoltz]], LPN
""",
)

note(
    "b33-27",
    "Lupe Carrasquillo",
    """
Rx REFILL REQUEST (faxed)
From: Harbor Drug #12, [[ADDR|1188 Seaview Blvd]], [[C|Ventura]] CA - ph [[PH|805-555-0132]] fax [[FX|805-555-0133]]
Pt: [[N|Lupe Carrasquillo]]  DOB [[D|1/5/1950]]
Drug: levothyroxine 88 mcg #90, last filled [[D|Nov 12, 2023]]
Prescriber: Dr. [[N|Wendell Huang]] (NPI [[ID|1427053819]], DEA [[LIC|BH4417220]])
Last TSH 2.4 ([[D|Oct 2023]]). Approved x 1 yr, 3 refills. Faxed back [[D|1/8/24]] 1410.
[[N|R. Dominguez]] CMA for [[N|W. Huang]] MD
""",
)

note(
    "b33-28",
    "Oliver Szabo",
    """
Patient Message ([[D|07/02/2024]] 06:51)
From: [[N|Oliver Szabo]] <[[EM|oliver.szabo77@mail.example]]>
Re: toe
Dr [[N|Hsu]], attaching pic of my big toe - redder since the [[D|4th]] (kicked a cooler at a party lol). its hot and throbby, worse at night. I had gout in 2022 but this feels worse. Out of colchicine. Can I get some before the weekend? My wife [[N|Kata]] can pick up at the Walgreens by my work.
Thanks, [[N|Ollie]]
---
Reply [[D|7/2]] 08:30 - [[N|Marisa Tkach]], RN: Dr. [[N|Hsu]] sent colchicine 0.6 mg + prednisone 40 mg x5d to your pharmacy. If fever >100.4 or spreading redness, go to urgent care today.
""",
)

note(
    "b33-29",
    "Kwame Yeboah",
    """
Proxy message via patient portal - sent [[D|Jan 3, 2025]] 19:22 (login from [[IP|203.0.113.77]])
Account holder: [[N|Priscilla Yeboah]] (daughter/proxy) for [[N|Kwame Yeboah]], MRN [[MRN|40177623]]
"Hello, Dad had his scans on [[D|New Year's Eve]] and we can see the report but not the images. The link you sent ([[URL|https://portal.example.org/imaging/view?pid=40177623&study=CT88201]]) says expired. Also his new Medicare card came, MBI is [[HP|7KR4-TN6-WA38]]. He is [[A|97]] and can't manage the portal so please keep sending to me, [[EM|priscilla.yeboah@mailbox.example]]"
Routed to: radiology front desk ([[N|tbanerjee]]); registration updated coverage [[D|1/6/2025]].
""",
)

note(
    "b33-30",
    "Ignatius Mbatha",
    """
CASE MANAGEMENT NOTE  [[D|12/12/2024]]
Pt [[N|Ignatius Mbatha]], 80M, HD 6, s/p CVA, needs SNF.
Payer: Aetna Medicare Adv, member [[HP|W229184736]], group [[HP|GRP-0071]].
SNF auth requested [[D|12/10]]; auth # [[ID|AUTH-88410273]] approved 7 days, next review [[D|12/17]]. Payer RN [[N|Dana Whitcombe]] ([[PH|800-555-0131 x4472]], [[EM|dwhitcombe@payer.example]]).
Accepting SNF: Briarwood Healthcare Center - contact [[N|Lenore Fitch]], [[PH|330-555-0145]]; bed avail [[D|12/13]].
Pt & wife [[N|Agnes]] agree. Wife applying for Medicaid spend-down; SSN [[SSN|912-44-7180]] given to financial counselor.
Transport: wheelchair van, pickup 1000 [[D|12/13]], trip # [[ID|MR-556120]].
[[N|Clementine Ruiz]], RN CM
""",
)

note(
    "b33-31",
    "Reginald Tuttle",
    """
LATE ENTRY - documenting events of [[D|03/02/2024]]
Entered [[D|03/04/2024]] 08:15 by [[N|Oksana Melnyk]], RN
On [[D|3/2]] at ~1430 pt ([[N|Reginald Tuttle]], rm 5S-09) became agitated and pulled his PIV. Security officer [[N|Baines]] (badge [[ID|S-0417]]) and charge RN [[N|Cecily Amoah]] assisted. No injury to pt or staff. Dr. [[N|Galloway]] notified 1440; haloperidol 2 mg IM x1 at 1450 (lot 4KD312). Restraints NOT applied. Wife [[N|Phyllis]] notified by phone 1515.
Entry is late due to EHR downtime [[D|3/2]]-[[D|3/3]].
""",
)

note(
    "b33-32",
    "Odile Fairbanks",
    """
Progress Note [[D|09/25/2024]] - [[N|Menon, Anjali]] MD (Hospital Medicine)
Pt [[N|Odile Fairbanks]], HD 4, CKD4 + RLE cellulitis, improving on cefazolin. Erythema receding from marked border. Afebrile x48h. Cr 2.9 (stable). Plan PO cephalexin renally dosed, likely d/c [[D|9/27]].

ADDENDUM ([[D|9/25]] 17:40): Called by lab - K 6.1, ?hemolyzed; repeat whole blood K 5.2 at 1720. ECG no peaked T. Lokelma 10 g x1. Recheck BMP 0400. D/w pt and her husband [[N|Felix]] at bedside, both agree.
-- [[N|Anjali Menon]], MD  pgr [[PH|410-555-0127]]  (entered under [[N|amenon2]])
""",
)

note(
    "b33-33",
    "Clyde Marchetti",
    """
Progress Note   [[D|2/20/2024]]   HD#9
Pt: [[N|Marchetti, Clyde]]
S: (copied from [[D|2/17]] note) "Pt seen with daughter [[N|Rosalind]]; no acute events overnight." -- today no family present. Reports poor appetite.
O: [copied] Tmax 37.8, on 2L -> today RA, afebrile.
Labs today: WBC 11.2 -> 9.4, Cr 1.0, Alb 2.6
A/P: [copied from [[D|2/17]]]
1. C. diff colitis - PO vanc day 7/10, stools 2/day, formed.
2. Protein-calorie malnutrition - RD following, supplements TID.
3. Dispo: "awaiting SNF bed at Glenview, CM [[N|Patrice]] following" -- accepted [[D|2/19]], transfer pending auth.
[[N|C. Amadi]], MD   cosign Dr. [[N|Whelan]]
""",
)

note(
    "b33-34",
    "Mamadou Diallo",
    """
MICU PROGRESS NOTE - [[D|14-Mar-2024]]
[[N|DIALLO, MAMADOU]] | 63M | MRN [[MRN|0093318274]] | MICU bed 9 | HD 5, vent day 4
24h: FiO2 0.6 -> 0.4, PEEP 10 -> 8. Off norepi since 0300. T 38.4 @ 2200.
Vent: AC 420/18/8/0.4; ABG 7.38/41/88.
Lines: R IJ CVC ([[D|3/10]]), L radial A-line ([[D|3/11]]), Foley ([[D|3/10]]).
Micro: BAL [[D|3/12]] (acc [[ID|MB-3371904]]) Pseudomonas, pip-tazo S.
A/P: ARDS from pseudomonal PNA - LTVV, SBT in AM; pip-tazo day 3/7; remove CVC if pressor-free 24h.
Family: brother [[N|Ousmane]] updated by phone ([[PH|+1 646-555-0192]]); family mtg [[D|Fri]] 2pm with palliative (Dr. [[N|Kirsch]]).
Staffed w/ attending Dr. [[N|Beaumont]].
""",
)

note(
    "b33-35",
    "Honora Quigley",
    """
SURGICAL PATHOLOGY REPORT
Case: [[ID|S24-031187]]     Received: [[D|03/19/2024]]    Reported: [[D|03/21/2024]]
Patient: [[N|Honora Quigley]]   MRN: [[MRN|2215508]]   DOB: [[D|06/09/1948]]
Submitting MD: [[N|Reinholt, Jasper]] (GI)
Clinical hx: dyspepsia, IDA. EGD [[D|3/18/2024]] Dr. [[N|Reinholt]].
Specimen: A. Stomach, antrum, bx; B. Esophagus, distal, bx
DIAGNOSIS:
A. Chronic active gastritis with Helicobacter pylori organisms (IHC positive).
B. Squamocolumnar mucosa with intestinal metaplasia (goblet cells), consistent with Barrett esophagus; negative for dysplasia.
Gross: A: 2 fragments, 0.2-0.3 cm. B: 4 fragments, up to 0.4 cm. Blocks A1, B1.
Pathologist: [[N|Yevgenia Latour]], MD   (resident [[N|N. Obi]])
""",
)

note(
    "b33-36",
    "Augusta Penrose",
    """
PT Initial Eval  [[D|4/29]]
Pt [[N|Augusta Penrose]] [[A|90]] y/o F, admitted w/ UTI + generalized weakness; PMH Parkinson's disease, OA.
PLOF: indep w/ SPC in 2-story home in [[C|Bexley]], bedroom 2nd fl, 14 steps w/ rail. Lives alone; neighbor Mrs. [[N|Heidecker]] checks daily; son [[N|Rupert]] lives in [[C|Dayton]] (visits weekends).
Today: sup->sit min A, sit->stand CGA w/ RW, amb 60 ft RW CGA, 1 LOB recovered. Tinetti 14/28, 5xSTS unable. BP 132/70 sit -> 118/66 stand, asymptomatic.
Assessment: high fall risk, below baseline.
Recs: SNF vs IPR; if home, 24h assist + HHPT. Will follow 5x/wk.
[[N|Bryn Caddell]], PT, DPT  [[D|4/29/24]] 1512
""",
)

note(
    "b33-37",
    "Esperanza Villalobos",
    """
Nutrition Assessment - RD
Date [[D|11.18.2024]]  Pt: [[N|Esperanza Villalobos]]  Dx: pancreatic head mass, s/p ERCP/stent [[D|11/15]].
Wt 52.3 kg (UBW 61 kg in [[D|Aug 2024]]) = 14% loss in ~3 mo -> severe malnutrition (wt loss + intake <50% x >5 d).
Diet: clear -> full liquid today; eating 25%. Early satiety, taste changes. Daughter [[N|Marisol]] brings homemade caldo, ok per team.
Recs: Ensure Plus TID (1050 kcal, 39 g pro), MVI, check Mg/Phos/K (refeeding risk), consider PERT (Creon 24,000 w/ meals) once on solids.
Goal 1600-1800 kcal, 75-90 g pro/d. Will f/u [[D|11/20]].
Outpt oncology RD [[N|Willa Sorrento]] (Cedar Point Cancer Ctr) notified, fax [[FX|856-555-0117]].
[[N|Tamsin Oakhurst]], MS, RD, LDN
""",
)

note(
    "b33-38",
    "Warrick Lapointe",
    """
TRANSFER ACCEPT NOTE - Transfer Center call [[D|5/30/24]] 0135
Referring: Dr. [[N|Brendan Hoang]], St. Brendan Community Hospital ED ([[PH|207-555-0174]])
Pt [[N|Warrick Lapointe]], 48M, DOB [[D|2/22/1976]], anterior STEMI s/p TNK at OSH, persistent ST elevation -> rescue PCI. OSH MRN [[MRN|SB-440918]].
At OSH: BP 96/60, HR 104, heparin gtt 1000 u/h.
Transport: LifeFlight, ETA 0230.
Transfer center case # [[ID|TC-2405-0391]]. Cath lab activated 0140 (IC attending Dr. [[N|Szymanski]]). Wife [[N|Noemi]] driving separately from [[C|Brunswick]], cell [[PH|207-555-0175]].
Accepted by [[N|Ravi Chandrasekhar]], MD (CCU)
""",
    allow=("Brendan",),
)

note(
    "b33-39",
    "Boris Ignatenko",
    """
PROCEDURE NOTE: diagnostic/therapeutic paracentesis
Date/time: [[D|2024-06-12]] 15:05   Operator: [[N|Lucia Pereira-Stone]], MD; supervised by Dr. [[N|Oduya]]
Pt: [[N|Boris Ignatenko]], MRN [[MRN|6603381]]. Consent signed by pt; witnessed by [[N|J. Farraday]], RN. Sister [[N|Vera]] at bedside.
Indication: tense ascites, EtOH cirrhosis, MELD 21.
Timeout performed. US-guided, LLQ, 1% lidocaine 5 mL. Kit lot 2311048.
Removed 5.8 L straw-colored fluid. Albumin 25% 50 g given (8 g/L >5 L). Sent cell count, albumin, total protein, cx x2 (order [[ID|ORD-77418230]]).
No complications. BP 108/64 post. Next tap anticipated ~[[D|6/26]].
""",
)

note(
    "b33-40",
    "Florian Adebayo-Kerr",
    """
RAPID RESPONSE - called 0312 on [[D|Sunday 8/18]], 7 West rm 733
Pt [[N|Florian Adebayo-Kerr]], 66M, MRN [[MRN|5128840]], POD#3 R colectomy.
RRT: Dr. [[N|Ng]] (ICU), RT [[N|Salvador]], primary RN [[N|Kiki Orr]]
Event: found diaphoretic, HR 38, BP 74/40, mentating. ECG CHB. Atropine 1 mg x1 -> HR 52. Pads placed, not paced. Dopamine 5 mcg/kg/min at 0325.
Cards fellow [[N|Alibek Nurlanov]] at bedside 0330 -> temp wire in cath lab.
Called wife [[N|Gretchen]] ([[PH|262-555-0161]]) 0340; on her way from [[C|Wauwatosa]].
Outcome: to CCU 0355. Attending Dr. [[N|Pruitt]] notified.
""",
)

note(
    "b33-41",
    "Yesenia Marroquin",
    """
L&D TRIAGE NOTE   [[D|10/3/2024]] 21:48
[[N|Yesenia Marroquin]] 27 y.o. G2P1001 @ 36w2d (EDD [[D|11/5/2024]] by 8 wk US)
CC: ctx q5-7 min since ~1800, ?LOF.
SVE 2/50/-2 (was 1/30/-3 at OB visit [[D|9/30]] w/ Dr. [[N|Achterberg]]). NST reactive, baseline 135, mod var, +accels. Toco q6 irregular.
Nitrazine neg, fern neg, AmniSure neg. GBS + ([[D|9/16]]).
Plan: ambulate x1h, recheck. If no change, home w/ labor precautions.
FOB [[N|Hector]] at bedside. Spanish interpreter [[N|Rosa Jimenez-Paz]] (ID #[[ID|20417]]) used for entire visit.
[[N|Noor Hadid]], CNM
""",
)

note(
    "b33-42",
    "Eloise Kramer",
    """
LAB INTERFACE EXCEPTION - unmatched result
Received [[D|20240311142207]] from RefLab via [[IP|10.88.3.14]]
PID|1||[[MRN|77201845]]^^^MRN||[[N|KRAMER]]^[[N|ELOISE]]^[[N|M]]||[[D|19410506]]|F|||[[ADDR|88 BIRCHWOOD TER]]^^[[C|NASHUA]]^NH^[[Z|03062]]
OBR|1|[[ID|ORD5523190]]|[[ID|RL24-0091733]]|LIPID PANEL
OBX|1|NM|2093-3^Cholesterol^LN||212|mg/dL|<200|H
OBX|2|NM|2571-8^Triglycerides^LN||168|mg/dL|<150|H
Exception: MRN matched, DOB mismatch (EHR: [[D|05/06/1941]]). Routed to HIM ([[N|pgallagher]]) [[D|3/11]] 14:30; resolved by [[N|D. Iwu]] [[D|3/12]] - EHR DOB corrected.
""",
)

note(
    "b33-43",
    "Marc-Andre Beaulieu",
    """
ED TRIAGE  [[D|12/24/23]] 2317   ESI 3
[[N|BEAULIEU, MARC-ANDRE]], 38M, VISITING FROM [[C|SHERBROOKE]] QC [[Z|J1H 4B2]], WALK-IN W/ WIFE [[N|SOLANGE]]. C/O R HAND LAC FROM KITCHEN KNIFE ~2245 WHILE CARVING FOR [[D|CHRISTMAS EVE]] DINNER. BLEEDING CONTROLLED W/ TOWEL. TD UNKNOWN / >10 YR.
VS 148/92  110  18  99%  98.4F. PAIN 6/10. NVI DISTALLY, CAP REFILL <2S.
ALLERGIES: LATEX? (RASH). PMH NONE. MEDS NONE.
TRIAGE RN [[N|E. ZIELINSKI]]; TO FAST TRACK RM FT-4.
REG UNDER WIFE'S POLICY: CIGNA ID [[HP|U4470918202]], SUBSCRIBER [[N|SOLANGE BEAULIEU]].
""",
)

note(
    "b33-44",
    "Adeline Fortier",
    """
DEATH NOTE
Called by RN [[N|Dottie Sisk]] at 04:12 on [[D|1/7/2025]] to evaluate pt [[N|Adeline Fortier]], [[A|101]] y/o F, DNR/CMO since [[D|1/4]].
Exam: no spontaneous respirations, no heart sounds x 1 min, no pulse, pupils fixed and dilated, no response to noxious stimuli.
Pronounced 04:20 on [[D|1/7/2025]].
Family: grandson [[N|Luc Fortier]] (HCP) at bedside; great-granddaughter [[N|Maelle]] by phone. Autopsy declined. Funeral home: Gagnon & Sons, [[C|Lewiston]] ([[PH|207-555-0188]]).
ME not notified (expected). Organ bank called, ref [[ID|NE-25-00711]] - not a candidate.
Attending Dr. [[N|Ibarra]] notified.
[[N|Kojo Mensah-Bonsu]], MD (night float), lic # [[LIC|MD288114]]
""",
)

note(
    "b33-45",
    "Teodor Grzelak",
    """
WOC Nurse Consult - [[D|6/17]]
Pt: [[N|Grzelak, Teodor]]  SICU-11
Sacrum: stage 3 PI, 4.2 x 3.1 x 0.6 cm, 20% slough, mod serosang drainage, periwound macerated, no tunneling (was 3.8 x 2.9 x 0.4 on [[D|6/10]]).
L heel: DTI 2 x 2 cm, intact, purple.
Braden 11. Albumin 2.4. On low air loss mattress (rental unit SN [[DEV|LAL-22917]]).
Plan: Medihoney + foam daily & prn; heel offloading boots; turn q2h; nutrition consult. Photos uploaded to media tab [[D|6/17/2024]] 10:40 ([[N|sklug]]).
Discussed w/ primary RN [[N|Jolene]] and pt's partner [[N|Reuben]]. Will f/u [[D|Mon]].
[[N|Sabine Klug]], BSN, RN, CWOCN
""",
)

note(
    "b33-46",
    "Cornelius Baptiste",
    """
Anticoagulation Clinic - phone
[[D|4/3/24]]  INR 3.6 (goal 2-3), home POC (CoaguChek).
Pt [[N|Cornelius Baptiste]] (DOB [[D|10/10/1944]]) reached at home [[PH|303-555-0140]]. Warfarin 5 mg daily except 2.5 mg Mon/Fri (weekly 30 mg).
Cause: started ciprofloxacin [[D|3/29]] for UTI (urgent care). No bleeding/bruising.
Plan: hold tonight's dose, then resume 5 mg daily except 2.5 Mon/Fri. Recheck INR [[D|4/8]].
Prior INRs: [[D|3/6]] 2.4 | [[D|3/20]] 2.7 | [[D|4/3]] 3.6
Also spoke with wife [[N|Josephine]], who fills the pillbox.
[[N|Anneliese Troup]], PharmD, CACP
""",
)

note(
    "b33-47",
    "Dwayne Orosco",
    """
HEMODIALYSIS TREATMENT NOTE  [[D|08/08/2024]]
Pt [[N|Dwayne Orosco]]  ESRD, MWF outpt HD at Riverbend Dialysis ([[C|Pueblo]]), here as inpatient.
Access: L AVF (created [[D|Feb 2021]]), +bruit/thrill. 15g needles x2.
Machine #7 (2008T, SN [[DEV|2008T-4KJ1102]]). Dialyzer F180, bath 2K/2.5Ca, BFR 400, DFR 600.
Pre wt 88.1 kg, EDW 84.5, UF goal 3.0 L. Pre BP 168/94.
Tx 3h30m, UF 2.9 L, post wt 85.2, post BP 138/80. Heparin 1000 u bolus. Labs: K 5.4, Phos 6.8.
Nephrologist Dr. [[N|Saperstein]] rounded. Next HD [[D|Sat 8/10]] (off-schedule). Outpt unit RN [[N|Liza]] updated, [[PH|719-555-0126]].
[[N|marco.bellandi]] RN
""",
)

note(
    "b33-48",
    "Gloria Teixeira",
    """
HOME HEALTH REFERRAL / F2F
Pt: [[N|Gloria Teixeira]] DOB [[D|02/14/1940]] MRN [[MRN|3017746]]
Home: [[ADDR|77 Quarry Rd, Unit 2]], [[C|Fall River]], MA [[Z|02720]]   Home ph [[PH|508-555-0183]]
Caregiver: son [[N|Paulo Teixeira]], cell [[PH|508-555-0184]]
Medicare MBI [[HP|2QF7-JX4-TT19]]; secondary MassHealth [[HP|100244718830]]
F2F [[D|5/2/2024]] with [[N|Helena Bright]], NP: homebound d/t severe COPD (FEV1 29%), dyspnea w/ 10 ft ambulation.
Services: SN (COPD mgmt, med teaching), PT, OT, HHA 3x/wk.
Agency: Fall River VNA - intake [[N|Rita]], fax [[FX|508-555-0199]]. SOC requested [[D|5/4]].
O2 2 L continuous; concentrator SN [[DEV|AP1RK88291]].
""",
    allow=("Fall River",),
)

note(
    "b33-49",
    "Sunniva Brekke",
    """
PRE-ANESTHESIA EVALUATION   Date: [[D|Jul 8, 2024]]
Pt [[N|Sunniva Brekke]] 62F   Scheduled: R shoulder arthroplasty [[D|7/22]] w/ Dr. [[N|Castillo-Reyes]]
PMH: OSA on CPAP (AirSense 10, 10 cmH2O), HTN, GERD, PONV x2 (2015, 2019).
Airway: MP III, TMD 3 FB, neck ROM full, upper partial.
METs >4. Labs: Hgb 13.1, Cr 0.8, K 4.2, A1c 5.9. ECG NSR, QTc 431.
ASA 3. Plan: GA + ISB, PONV ppx (scop + dex + ondansetron), bring CPAP DOS.
Hold lisinopril AM of surgery. Last semaglutide dose [[D|7/14]].
Husband [[N|Torbjorn]] will drive; contact [[PH|952-555-0138]].
Evaluated by [[N|Kelechi Umeh]], CRNA / cosign Dr. [[N|Pollard]]
""",
)

note(
    "b33-50",
    "Lyle Danforth",
    """
Secure Chat transcript (copied into chart per policy) - re: [[N|Lyle Danforth]], 7E-16
[[D|10/14/2024]] 13:02 @[[N|hsaeed]]: 16 has new afib 130s, bp ok, asymptomatc. want dilt?
[[D|10/14/2024]] 13:04 @[[N|rchou]]: give metop 5 iv x1, recheck. will come see. whats his K
13:05 @[[N|hsaeed]]: 3.3 this am. Mg pending
13:06 @[[N|rchou]]: 40 meq PO + 2g mag. cc @[[N|jpoirier]] (day team) fyi
13:41 @[[N|jpoirier]]: saw him. rate 90s now. wife [[N|Carol-Ann]] asking about blood thinners, will discuss at 4
Message ID [[ID|SC-8812047731]]
Copied by [[N|Hiba Saeed]], RN
""",
)

note(
    "b33-51",
    "Mehmet Yildirim",
    """
AMA DISCHARGE NOTE   [[D|2/3/2025]] 18:20
Pt [[N|Mehmet Yildirim]], 52M, adm [[D|2/1]] for NSTEMI, cath planned [[D|2/4]].
Pt states he must leave to run his bakery and care for his mother; declines to stay despite discussion of risks incl. MI, arrhythmia, death. Turkish phone interpreter (ID #[[ID|55871]]) used. Capacity intact: understands, appreciates, reasons, consistent choice.
Son [[N|Emre]] present, will bring pt back for cath. AMA form signed, witnessed by [[N|Hollie Brandt]], RN.
Rx: ASA 81, atorvastatin 80, metoprolol 25 BID, NTG SL. Cardiology clinic [[D|2/6]] 8 AM (Dr. [[N|Stavros Kalogeropoulos]]).
Pt cell [[PH|718-555-0159]].
[[N|Gabriela Ionescu]], MD
""",
)

note(
    "b33-52",
    "Halina Wrobel",
    """
Restraint Flowsheet Comment - Pt: [[N|Halina Wrobel]], MRN [[MRN|6120398]], SICU-4
[[D|12/01]] 2200 non-violent soft wrist restraints x2 per order (Dr [[N|Kaminski]], order #[[ID|4471902]]) - pulling at NGT/A-line, redirected x3 unsuccessfully.
2215 CMS intact bilat. 2300 released L wrist x10 min, ROM done. calmer, reoriented.
0000 [[D|12/02]] restraints cont., asleep. Sitter [[N|Anouk]] at bedside (1:1 from 2230).
0200 renewal obtained (order #[[ID|4471977]]). Son [[N|Dariusz]] called 0145 - updated.
0400 release trial, left lines alone x 45 min -> restraints d/c'd 0445.
RN: [[N|b.ostrowski]]
""",
)

note(
    "b33-53",
    "Delphine Marcoux",
    """
Behavioral Health Follow-up (video visit)
[[D|March 27, 2024]] | 30 min | Pt at home in [[C|Schenectady]], NY; provider at clinic.
[[N|Delphine Marcoux]], 34F, MDD + GAD. Sertraline 150 mg since [[D|Jan]]. PHQ-9 11 (from 17), GAD-7 9. Sleep better. Work stress (3rd grade teacher). Partner [[N|Jules]] supportive. Denies SI. EtOH 2-3 drinks/wk.
Plan: continue sertraline 150; CBT with [[N|Orla Fennimore]], LMHC, weekly Tues. RTC 8 wks - [[D|May 22]]. Crisis line 988 reviewed. FMLA forms to be emailed to [[EM|dmarcoux.teach@school.test]].
Signed: [[N|Anand Subramaniam]], MD  [[D|03/27/2024]] 15:48
""",
)

note(
    "b33-54",
    "Ellsworth Pruneda",
    """
ONCOLOGY INFUSION NOTE - C3D1 pembrolizumab + pemetrexed/carboplatin
[[D|09/05/2024]]  Chair 14   Pt [[N|Ellsworth Pruneda]] MRN [[MRN|81104567]]
Study: protocol LUNG-2207, subject ID [[ID|2207-014-0031]], consented [[D|6/20/2024]] by CRC [[N|Viola Ndiaye]].
Pre-tx: ANC 2.1, Plt 164, Cr 0.9 (CrCl 71), AST/ALT 22/19, TSH 1.8.
Wt 67.2 kg, BSA 1.79. Carbo AUC5 = 480 mg; pemetrexed 500 mg/m2 = 895 mg; pembro 200 mg flat.
Premeds 0905. Infusion 0930-1210, no reaction. Port accessed (PowerPort, SN [[DEV|PP8824417R]]), +blood return.
Next: C4D1 [[D|9/26]]. Wife [[N|Henrietta]] present.
[[N|Lourdes Navarro-Quintero]], RN, OCN
""",
)

note(
    "b33-55",
    "Ravindra Kulasekaran",
    """
ENDOSCOPY REPORT - EGD
Date: [[D|11/21/2024]]  Endoscopist: [[N|Tobenna Ezeh]], MD   Fellow: [[N|Priyanka Deshmukh]], MD
Patient: [[N|Ravindra Kulasekaran]]  MRN [[MRN|57700213]]  Acct [[ACCT|9904418821]]
Scope: GIF-H190, SN [[DEV|2800417]]. Sedation: propofol per anesthesia (Dr. [[N|Wexler]]). ASA 2.
Indication: IDA, melena x2 ([[D|11/18]], [[D|11/19]]).
Findings: LA grade B esophagitis. 1.5 cm clean-based ulcer in duodenal bulb (Forrest III). Gastric bx (CLO) taken.
Impression: DU, Forrest III; esophagitis.
Recs: PPI BID x8 wk, f/u H. pylori bx, repeat EGD 8-12 wk. Resume diet.
cc: PCP [[N|Lorenzo Batista]], MD
Electronically signed by [[N|Tobenna Ezeh]], MD on [[D|11/21/2024]] 10:47
""",
)

note(
    "b33-56",
    "Tatum Holloway",
    """
derm clinic - [[D|4/15]]
pt [[N|tatum holloway]] 41F returns for bx results. shave bx [[D|3/28]] L upper back (path [[ID|DP24-1107]]): compound dysplastic nevus w/ moderate atypia, margins involved.
plan: re-excision w/ 5 mm margins, scheduled [[D|5/2]] w/ dr [[N|zhang-morrow]].
fam hx: mother ([[N|Bernadette]]) melanoma at 52.
sunscreen counseling. FBSE q6mo.
pt wants path letter emailed: [[EM|tatum.h@inbox.test]]
-- [[N|Rafferty]] PA-C
""",
)

note(
    "b33-57",
    "Philippa Oyinlola",
    """
NEUROLOGY ADMISSION H&P   [[D|6/1/24]] 02:10
ID: [[N|Philippa Oyinlola]] 77F, RH, brought by husband [[N|Akin]] after sudden R arm weakness + word-finding difficulty, LKW 2140 [[D|5/31]].
Code stroke 2228. NIHSS 6. CTA: L M2 occlusion. TNK 25 mg at 2301 (DTN 33 min). Thrombectomy by Dr. [[N|Vasquez-Lin]] (NIR) 0012, TICI 2b.
PMH: HTN, HLD, paroxysmal AF (dx [[D|April 2023]], not anticoagulated - pt preference).
SH: retired nurse; lives w/ husband in [[C|Shaker Heights]]. PCP Dr. [[N|Feldman-Ruiz]]; prior records requested from Cleveland Clinic.
Allergies: codeine (N/V). Home meds: amlodipine 10, atorvastatin 40, metoprolol succinate 25.
Post-procedure NIHSS 2. BP goal <180/105 x24h.
Plan: neuro checks q1h, MRI brain AM, TTE, lipids/A1c; apixaban ~day 3-5 if no hemorrhage.
Husband's cell [[PH|216-555-0177]]; daughter [[N|Funmi]] flying in from [[C|Atlanta]].
[[N|Marek Jablonski]], MD (resident) / staffed w/ Dr. [[N|Greenhalgh]]
""",
)

note(
    "b33-58",
    "Thaddeus O'Rourke",
    """
EMERGENCY DEPT NOTE
Patient: [[N|Thaddeus O'Rourke]]   Age: 89   MRN: [[MRN|4409312]]   Arrival: [[D|03/03/2024]] 16:44   Enc# [[ACCT|HAR-20240303-0118]]
HPI: 89 yo M from Sunrise Terrace assisted living s/p mechanical fall in bathroom, +head strike, on clopidogrel. Brought by facility aide ([[N|Jazmin Pratt]]) who states he is at cognitive baseline. His roommate, Mr. [[N|Elias Hartung]], [[A|93]], witnessed the fall.
Exam: 2 cm occipital hematoma, no lac. R wrist swollen. GCS 15.
CT head/c-spine neg. XR R wrist: nondisplaced distal radius fx.
Dispo: sugar-tong splint, ortho f/u Dr. [[N|Bellweather]] ph [[PH|314-555-0111]], back to facility. Nephew [[N|Dermot]] notified.
Signed by [[N|Amelia Strasser]], MD on [[D|03/03/2024]] 19:02
""",
)

note(
    "b33-59",
    "Maribel Huerta",
    """
pcp f/u  [[D|8-21-24]]
[[N|HUERTA, MARIBEL]] dob [[D|4/2/78]]  46F  htn/dm/obesity.  bp today 152/96 (home 140s/90s per her log). on amlodipine 10. adding losartan 25 -> bmp 1-2 wk.
a1c 8.9 (was 8.1 in [[D|feb]]). admits off metfromin since "about [[D|easter]]" d/t gi upset -> try ER 500 qpm.
works nights @ distribution ctr. daughter [[N|jazzy]] (17) here, translating some.
HM: mammo due - ordered. pap 2022 nl. flu shot today (lot FL24-8812, L deltoid). PHQ2 0.
f/u [[D|11/20]], sooner prn. labs to pt email [[EM|maribel.h78@correo.example]]. cc:dr [[N|okoro]] (cardiology, Valley Heart Assoc)
-[[N|nkoenig]] NP
""",
)

note(
    "b33-60",
    "Baby Boy Lindahl",
    """
NEWBORN DISCHARGE SUMMARY
Infant: BB [[N|Lindahl]]   MRN [[MRN|90441387]]   DOB/time [[D|07/19/2024]] 03:58
Mother: [[N|Signe Lindahl]] (MRN [[MRN|22018876]]), 31 y G1P1, GBS neg, rubella immune, HBsAg neg.
Delivery: NSVD, 39w1d. Apgars 8/9. BW 3420 g.
Course: routine. Bili 9.2 at 36 h (low-intermediate risk). CCHD screen pass. Hearing pass b/l. Hep B vaccine [[D|7/19]]. Circumcision [[D|7/20]] (Dr. [[N|Abramowitz]]), Plastibell.
D/c wt 3250 g (-5%). Breastfeeding + supplement.
Newborn screen sent [[D|7/20]], card # [[ID|NBS-24-5510882]].
F/u: Northside Pediatrics, Dr. [[N|Ugochi Nnaji]], [[D|7/23]]. Father [[N|Jonas]] present.
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
