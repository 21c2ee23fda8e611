#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind5.jsonl.

Blind test set #5 for clinical-text de-identification.  Sixty hand-written
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

Stdlib only.  Run:  python bench/data/make_deid_blind5.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind5.jsonl")

# (note_id, patient, marked-up text, allowed unmarked repeats)
# The last element lists strings that legitimately occur unmarked elsewhere
# in the note (e.g. a city name inside a facility name).
NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


# --------------------------------------------------------------------------
# b5-01  ED provider note, STEMI
note(
    "b5-01",
    "Tavita Faleolo",
    """
ED PROVIDER NOTE
Pt: [[N|Tavita Faleolo]]   MRN [[MRN|00482913]]   DOB [[D|07/22/1961]]
Arrived via [[C|Kent]] medics 0214 on [[D|11/03]].
CC: CP x 2h radiating L arm. Wife [[N|Losa]] at bedside, states he was moving a couch at their place on [[ADDR|S 240th St]] around midnight.
VS: BP 168/94 HR 102 RR 20 SpO2 95% RA, pain 8/10.
ECG: STE II, III, aVF w/ reciprocal changes. Code STEMI 0221; Dr. [[N|Ingrid Solberg]] (IC) accepted to cath lab.
ASA 324 mg chewed, heparin 4000 U IV, NTG SL x1 -> pain 5/10.
Home meds per wife: metformin 1000 BID, lisinopril 20.
PCP Dr. [[N|Ruth Amsel]], Valley Family Med, [[PH|253-555-0148]].
Dispo: cath lab then CCU bed 6.
-- [[N|R. Castellanos]], MD   pgr [[PH|4417]]
""",
)

# b5-02  MICU progress note
note(
    "b5-02",
    "Wojciech Nowak",
    """
MICU PROGRESS NOTE - HD#4
[[N|Wojciech Nowak]], [[A|91]]M, MRN [[MRN|3310-7742]], bed 12
Date: [[D|Thu 2/8/24]]   Author: [[N|Aisha Bello]], MD (fellow)
S/O: Extubated yesterday 1500, now 4L NC. GCS 14 (E4V4M6). Overnight RN reports intermittent delirium, CAM-ICU +. MAP 68-75 off norepi since [[D|2/7]] 0600. Cr 1.9 (2.4), K 4.1, lactate 1.2. Foley out.
Sputum cx (HD1): MSSA. Cefazolin 2 g q8h, day 3/7.
A/P:
1. Septic shock 2/2 MSSA PNA, resolving - cefazolin through [[D|2/11]].
2. Delirium - reorient, daughter [[N|Agnieszka]] to bring glasses; avoid BZD.
3. AKI on CKD3 - improving.
GOC: son [[N|Piotr Nowak]] (HCP, lives in [[C|Hamtramck]]) confirms full code; callback [[PH|(313) 555-0119]].
Attending: seen and examined with fellow, agree. - [[N|M. Oyelaran]]
""",
)

# b5-03  hospitalist progress note, lower-case shorthand
note(
    "b5-03",
    "Grace Whitehorse",
    """
hospitalist progress note  [[D|10/15]]
pt [[N|Grace Whitehorse]] 58F hd 2 cellulitis L leg
s: feels better, pain 4/10 from 7/10. slept ok. sister [[N|Marlene]] visiting from [[C|Shiprock]].
o: t 37.4 hr 88 bp 132/78. erythema receding from pen border (drawn [[D|10/13]]). dp pulses 2+. wbc 11.2 <- 14.8
a/p:
- cellulitis: cont cefazolin, switch to cephalexin 500 qid tomorrow if afebrile
- dm2: a1c 9.1, glargine 18u, diabetes educator [[N|Jolene Begay]] to see
- dispo: home [[D|fri]] w/ HH if ok. pt wants f/u at Chinle IHS clinic, fax d/c summary to [[FX|928-555-0163]]
[[N|tnguyen4]]
""",
)

# b5-04  admission H&P, prose
note(
    "b5-04",
    "Oluwaseun Adeyemi-Brooks",
    """
ADMISSION HISTORY AND PHYSICAL
Patient: [[N|Oluwaseun Adeyemi-Brooks]]   DOB: [[D|March 3, 1979]]   Acct: [[ACCT|V0029384471]]
Admitted: [[D|June 19, 2024]]
HPI: 45-year-old man with HbSS presenting with vaso-occlusive crisis, low back and thigh pain 9/10 since the evening of [[D|June 16]]. He was at a cousin's wedding in [[C|Lagos]] and flew back through JFK on [[D|the 17th]]. Last admission (ACS) was [[D|December 2022]] at Grady. Hematologist: Dr. [[N|Nkechi Uzo]]. Baseline Hgb 8.0; today 6.9, retic 9%.
Social: lives with partner [[N|Dominic Brooks]] in [[C|Decatur]]; sound engineer.
Exam: T 38.1, HR 110, SpO2 93% RA. Scleral icterus. Nonfocal.
Plan: hydromorphone PCA, IVF at 3/4 maintenance, IS, CXR, type and cross 2 units.
Signed: [[N|Hannah Lindqvist]], DO  [[D|06/19/2024]] 23:40
""",
)

# b5-05  discharge summary
note(
    "b5-05",
    "Eleni Papadakis",
    """
DISCHARGE SUMMARY
Name: [[N|Eleni Papadakis]]      MRN: [[MRN|E-558120]]
Admit: [[D|08/02/2023]]   Discharge: [[D|08/09/2023]]
Attending: [[N|Theodore Vance]], MD    PCP: [[N|Sunil Mehra]], MD
Principal dx: NSTEMI (I21.4). Also HFrEF (EF 35%), T2DM, Parkinson disease.
Course: troponin peak 4.8. LHC [[D|8/3]]: 90% mid-LAD, DES x1. GDMT started. Carbidopa-levodopa continued on home schedule; passed swallow eval.
DC meds: ASA 81, ticagrelor 90 BID, metoprolol succinate 50, sacubitril-valsartan 24/26 BID, atorvastatin 80.
F/u: cardiology [[D|8/16]] 10:20; neurology as previously scheduled.
Dispo: home with daughter [[N|Sofia]], [[ADDR|1187 Mariner Way]], [[C|Tarpon Springs]], FL [[Z|34689]].
cc: PCP via fax [[FX|727-555-0170]]
""",
)

# b5-06  patient discharge instructions
note(
    "b5-06",
    "Hodan Warsame",
    """
Discharge Instructions for: [[N|Hodan Warsame]]
Language: Somali (interpreter [[N|Abdirahman]], ID [[ID|40271]])
You were in the hospital for a kidney stone. The stone passed on [[D|Tuesday]].
- Drink 8-10 glasses of water a day.
- Take tamsulosin 0.4 mg once a day until your visit.
- Take ibuprofen 600 mg every 6 hours if pain is 4/10 or more.
Come back to the ER for fever over 100.4, vomiting, or no urine for 8 hours.
Follow-up: Urology, Dr. [[N|Peter Halvorsen]], [[D|Monday, April 14]] at 9:00 AM.
Clinic: [[ADDR|2500 Chicago Ave S, Suite 310]], [[C|Minneapolis]] [[Z|55404]]
Questions: [[PH|612-555-0127]]. After hours nurse line: [[PH|612-555-0199]].
MyChart activation code: [[ID|7KQ2-M9XD-44TR]]
""",
)

# b5-07  nursing SBAR handoff
note(
    "b5-07",
    "Marguerite O'Sullivan",
    """
RN SHIFT HANDOFF (SBAR) 1900 [[D|12/24]]
S: [[N|Marguerite "Peg" O'Sullivan]], [[A|96]] y/o, Rm 5112-B, POD1 R hip hemiarthroplasty. Fall precautions, bed alarm on.
B: Fell at home [[D|12/22]], found by neighbor Mr. [[N|Tran]] who has a key. Lives alone in [[C|Dorchester]]. AFib on apixaban (held), HTN, macular degeneration.
A: A&O x2 tonight, sundowning. Pain 3/10 w/ scheduled APAP. Hgb 8.9. Voided 350 mL after Foley d/c at 1400. Braden 14.
R: CBC in AM. Niece [[N|Kathleen Doyle]] wants a call before 2100 - [[PH|617-555-0133]]. Family hoping she's home for [[D|New Year's]]; PT says likely SNF.
Handoff: [[N|Josie Amankwah]] RN to [[N|Ray Villanueva]] RN
""",
)

# b5-08  social work assessment
note(
    "b5-08",
    "Dariush Tehrani",
    """
Social Work Assessment
Pt [[N|Dariush Tehrani]] (MRN [[MRN|77120458]]) referred by hospitalist re: housing.
67 yo retired cab driver, living in his car (2009 Honda Accord, plate [[VEH|8KWR512]]) since eviction from his apt on [[ADDR|Alvarado St]] in [[D|January]]. Parks nightly behind the Ralphs near [[C|Echo Park]] Lake. One brother, in Iran; no local family. Friend [[N|Mahnaz Farahani]] ([[PH|213-555-0186]]) helps with errands.
Income: SSA $1,140/mo. Medi-Cal ID [[HP|91837465A]].
Plan: coordinated entry referral via LA Family Housing; VI-SPDAT 11. F/u [[D|Wed 3/6]].
[[N|Rosalind Achebe]], LCSW  x[[PH|5520]]
""",
)

# b5-09  case management
note(
    "b5-09",
    "Bishnu Gurung",
    """
CM NOTE - [[D|5/29/2024]]
Pt: [[N|Bishnu Gurung]]   Payer: Ambetter, member ID [[HP|U7231149802]], group [[HP|GRP-00417]]
Anticipated DC [[D|5/31]], home with O2.
DME: Apria, delivery confirmed; portable tanks delivered [[D|Thurs]] between 12-4.
Pt lives in 2nd floor walk-up at [[ADDR|3417 N Clark St Apt 2R]], [[C|Chicago]] [[Z|60657]] with son [[N|Suraj]] and his wife. Son works nights at O'Hare, can help mornings.
Auth # [[ID|A2405-88126]] obtained for 30 days.
Will confirm with Dr. [[N|Ekwueme]] that ambulatory SpO2 86% RA is documented for qualifying.
[[N|Marisol Quintero-Ames]], RN CM
""",
)

# b5-10  pharmacy medication reconciliation
note(
    "b5-10",
    "Nguyen Thi Lan",
    """
PHARMACY MED REC
Patient: [[N|Nguyen Thi Lan]]   DOB [[D|1950-11-02]]   Wt 48 kg  CrCl ~32 mL/min
Sources: pt, daughter [[N|Kim Pham]], Walgreens #07719 fill hx ([[PH|408-555-0104]]).
1. Warfarin 2.5 mg daily except 5 mg Mon/Fri - INR 2.6 on [[D|4/30]]
2. Amlodipine 5 mg daily
3. Levothyroxine 50 mcg - pt stopped around [[D|Lunar New Year]]
4. Herbal tea from a shop in [[C|Little Saigon]] - contents unknown, daughter to bring bag
Recs: hold warfarin tonight (INR 3.8); check TSH; renally dose enoxaparin if bridging.
Outside bottle prescriber: Dr. [[N|Huang]], DEA [[LIC|BK4417902]].
[[N|Sarah Rosenbaum]], PharmD, BCPS  pager [[PH|555-0121]]
""",
)

# b5-11  radiology report
note(
    "b5-11",
    "Faith Blackwell",
    """
CT ABDOMEN/PELVIS WITH IV CONTRAST
Patient: [[N|BLACKWELL, FAITH A]]   MRN: [[MRN|002918374]]   Acc#: [[ID|CT24-0091127]]
Exam date: [[D|14-Mar-2024]] 16:42   Ordering: [[N|PATEL, RAVI]] MD
Comparison: CT [[D|11/2022]] from Bozeman Health.
History: RLQ pain, WBC 15.
FINDINGS: Appendix dilated to 13 mm with periappendiceal stranding and a 6 mm appendicolith. No free air or abscess. Incidental 1.1 cm L adrenal nodule, 8 HU. Small hiatal hernia.
IMPRESSION:
1. Acute uncomplicated appendicitis.
2. L adrenal adenoma; no follow-up imaging needed.
Discussed by phone with Dr. [[N|Patel]] 17:05 on [[D|3/14]], read-back confirmed.
Dictated: [[N|Gabriel Ferreira-Lund]], MD   Transcribed: [[N|kmw]]
""",
)

# b5-12  surgical pathology
note(
    "b5-12",
    "Ji-ho Park",
    """
SURGICAL PATHOLOGY REPORT          Accession: [[ID|S23-18840]]
Patient: [[N|Ji-ho Park]]  Sex: M  DOB: [[D|02/29/1964]]  MRN: [[MRN|6650192]]
Collected: [[D|10/31/2023]]   Received: [[D|11/01/2023]]
Submitting: GI endoscopy suite
Specimen: A. Colon, sigmoid, polyp, snare. B. Rectum, biopsy.
DIAGNOSIS:
A. Tubulovillous adenoma with focal high-grade dysplasia; margin free (>2 mm).
B. Colonic mucosa, no significant pathologic change.
MMR IHC (MLH1, PMS2, MSH2, MSH6): intact; no evidence of Lynch syndrome-associated deficiency.
Comment: reviewed at intradepartmental consensus conference.
Verified: [[N|Olusegun Akinola]], MD, FCAP   [[D|11/3/23]]
""",
)

# b5-13  critical lab value call
note(
    "b5-13",
    "Tigist Alemu",
    """
CRITICAL VALUE NOTIFICATION
Pt: [[N|Tigist Alemu]]   MRN [[MRN|9004417]]   Loc: 4W-18
Test: Potassium, serum   Result: 6.9 mmol/L (ref 3.5-5.1)   Hemolyzed: NO
Collected [[D|01/06/25]] 05:12   Resulted 05:58   Analyzer: Cobas c702
Called to [[N|Jenna Ruiz]], RN at 06:03, read-back verified. RN to notify covering MD [[N|Lior Ben-David]] (pager [[PH|555-0138]]).
Repeat K on whole blood (ABG) 6.7. ECG with peaked T waves per RN.
Prior K 5.4 on [[D|1/5]].
Called by: [[N|dpoirier]] (MLS)
""",
)

# b5-14  echo report
note(
    "b5-14",
    "Chukwuemeka Obi",
    """
TRANSTHORACIC ECHOCARDIOGRAM
Name: [[N|Chukwuemeka Obi]]  DOB [[D|9/9/1957]]  Ht 178 cm Wt 92 kg BSA 2.12
Study date: [[D|September 12, 2024]]   Sonographer: [[N|L. Marchetti]], RDCS
Indication: dyspnea, murmur. Referring: PCP
LV: normal size, EF 55-60% (biplane Simpson). Grade II diastolic dysfunction, E/e' 16.
AV: severe calcific AS; Vmax 4.3 m/s, mean gradient 44 mmHg, AVA 0.8 cm2.
MV: mild MR. RVSP 38 mmHg. No effusion.
Compared with [[D|5/2023]]: AS progressed from moderate.
Medtronic LINQ II loop recorder in situ, serial [[DEV|RNH604118S]].
Read by: [[N|Rafael Domínguez]], MD, FASE
""",
)

# b5-15  telephone encounter
note(
    "b5-15",
    "June Lovelace",
    """
TELEPHONE ENCOUNTER  [[D|Sat 7/6]] 10:14
Caller: [[N|Rich Lovelace]] (husband of pt [[N|June Lovelace]]) [[PH|541-555-0175]]
Reason: wife fell in the garden this morning, hit head, on Eliquis. Now "a bit foggy," vomited x1.
Advised: call 911 now, do not drive her himself. He said neighbor [[N|Bud Hargrove]] could drive them to St. Charles in [[C|Bend]]; explained need for EMS given anticoagulation + vomiting. He agreed to call 911.
Pt last seen by Dr. [[N|Winslow]] [[D|6/20]].
10:40 called back: EMS on scene. Notified St. Charles ED charge RN [[N|Val]].
[[N|Kirsten Abernathy-Yoo]], RN (triage)
""",
)

# b5-16  patient portal message, informal
note(
    "b5-16",
    "Summer Delacroix-Hart",
    """
MyChart message from [[N|Summer Delacroix-Hart]] rec'd [[D|11/28/2024]] 11:52 PM
Subject: question about my meds

hi dr [[N|okafor]] sorry to bug u on [[D|thanksgiving]] night lol. i ran out of my sertraline bc the cvs on [[ADDR|Magazine St]] closed early and i cant get it till [[D|friday]]. is it bad to skip 2 days?? my mom [[N|Denise]] says i should do mail order but idk. new number is [[PH|504-555-0152]], old one got disconnected. thx!!
- [[N|summer]]

Reply, [[N|Ngozi Okafor]], MD [[D|11/29]]: Missing 1-2 days is usually OK, though you may feel dizzy or irritable. I sent a 7-day supply to your CVS. We'll talk at your visit [[D|12/9]].
""",
)

# b5-17  portal message from daughter/proxy
note(
    "b5-17",
    "Yousef Haddad",
    """
Portal message (proxy)
From: [[N|Yasmin Haddad]] (daughter/proxy for [[N|Yousef Haddad]])
Sent: [[D|Mon 3/3/25]]

Hello, my father had his cataract surgery last [[D|Thursday]] and his eye is still very red and he says it feels like sand. He uses the drops 4 times a day like the paper says. He is [[A|93]] and doesn't complain much so I'm worried. We live in [[C|Dearborn Heights]] near the mosque on [[ADDR|Ford Rd]], about 40 min from your office. Can he be seen before his [[D|March 18]] appointment? My cell is [[PH|313-555-0109]] or email [[EM|yasmin.haddad.82@example.com]]. My brother [[N|Sami]] can bring him if I'm at work.
Thank you,
[[N|Yasmin]]
""",
)

# b5-18  referral letter
note(
    "b5-18",
    "Arnav Krishnamurthy",
    """
[[D|April 2, 2024]]
Dear Dr. [[N|Abimbola Fashola]],
Thank you for seeing Mr. [[N|Arnav Krishnamurthy]] (DOB [[D|08/14/1988]]) in hepatology clinic. He is a 35-year-old software engineer with ALT 212 and AST 140 on labs for a life-insurance exam in [[D|February]]. HBsAg +, HBeAg -, HBV DNA 24,000 IU/mL. He was born in [[C|Chennai]]; his mother was diagnosed with hepatitis B in 2019. FibroScan 7.8 kPa. No alcohol.
Insurance: Aetna PPO, ID [[HP|W284017763]]. He can be reached at [[PH|(919) 555-0114]] or [[EM|arnav.k@example.net]].
Please call me with questions at [[PH|919-555-0180 ext 212]].
Sincerely,
[[N|Lauren Beaumont-Ikeda]], MD
Triangle Internal Medicine, [[ADDR|4100 Wake Forest Rd]], [[C|Raleigh]], NC [[Z|27609]]
""",
)

# b5-19  release-of-information log
note(
    "b5-19",
    "Darnell Whitfield",
    """
RELEASE OF INFORMATION LOG
Request # [[ID|ROI-2024-118832]]   Rec'd [[D|07/15/2024]] via web form (IP [[IP|203.0.113.88]])
Requestor: Hollis & Crane LLP, attn: paralegal, fax [[FX|205-555-0193]]
Patient: [[N|Darnell Whitfield]]   DOB [[D|12/01/1974]]   MRN [[MRN|441-902-17]]
Records: ED visit [[D|03/09/2024]], ortho f/u visits, imaging on CD.
Authorization signed by pt, valid 1 yr; ID verified w/ AL driver license [[LIC|8841203]] and SSN last 4 [[SSN|4327]].
Fee: $6.50 + $0.50/pg x 43 pages. Invoice [[ACCT|INV-77310]].
Processed by [[N|tkhoury]]; mailed to [[ADDR|600 N 20th St]], [[C|Birmingham]], AL [[Z|35203]].
""",
)

# b5-20  psychiatry C-L consult
note(
    "b5-20",
    "Sokha Chea",
    """
PSYCHIATRY C-L CONSULT
Requesting: Dr. [[N|Hiroshi Tanabe]] (medicine) - "pt wants to leave AMA, ?capacity"
Pt: [[N|Sokha Chea]], 52F, admitted [[D|2/14]] for DKA.
HPI: Pt says she must leave today to care for grandson [[N|Bunthoeun]] (6) because daughter [[N|Srey Mom]] works double shifts at a nail salon in [[C|Long Beach]]. Low mood since husband died around [[D|Khmer New Year]] last year; poor sleep, PHQ-9 17, denies SI/HI. No psychosis. Khmer interpreter [[N|Vanna Ly]] by phone.
MSE: calm, linear, mood "tired," affect constricted.
Capacity: understands risks of leaving with glucose 380 (incl. death), consistent choice - HAS capacity for this decision.
Recs: SW to help with childcare; sertraline 25 mg; outpt BH referral.
""",
)

# b5-21  palliative care consult
note(
    "b5-21",
    "Aurelio Bianchi",
    """
PALLIATIVE CARE CONSULT - [[D|Oct 7]]
Pt: [[N|Aurelio Bianchi]], 89M, metastatic pancreatic ca, PPS 30%.
Met with pt, wife [[N|Carmela]] ([[A|90]]), and son [[N|Luca]], who flew in from [[C|Providence]] last night. Also present: bedside RN and chaplain.
Pt understands he is dying; wants to be home "with my tomatoes." Family agrees. DNR/DNI; POLST signed [[D|10/7/2024]].
Pain 6/10: hydromorphone 0.5 mg PO q3h prn. Constipation: senna + PEG.
Plan: home hospice via VNA to [[ADDR|22 Federal Hill Ct]], [[C|Johnston]], RI. Granddaughter [[N|Gianna]] is primary contact, [[PH|401-555-0166]].
[[N|Noor Al-Hashimi]], MD, HPM
""",
)

# b5-22  infectious diseases consult
note(
    "b5-22",
    "Kwame Mensah",
    """
INFECTIOUS DISEASES CONSULT   [[D|1/19/2025]]
Reason: MRSA bacteremia. Requested by hospitalist team.
Pt [[N|Kwame Mensah]] 41M, PWID, last use [[D|Sunday]] per pt; shares equipment with a friend "[[N|Boogie]]" at a tent camp under the freeway near [[C|Georgetown]].
BCx [[D|1/16]] 4/4 MRSA, vanc MIC 1. Repeat [[D|1/17]] 2/2 pos, [[D|1/18]] pending. TTE no veg; TEE [[D|1/20]].
HIV Ag/Ab neg, HCV Ab pos (RNA pending).
Recs:
1. Vancomycin, AUC 400-600 per pharmacy. Daptomycin if bacteremia persists >5 days.
2. MRI L-spine for back pain.
3. Offer MOUD; addiction consult placed.
4. Duration 4-6 wk from first negative culture.
[[N|Ines Caldeira]], MD (ID fellow) / [[N|Oren Wexler]], MD
""",
)

# b5-23  general surgery consult
note(
    "b5-23",
    "Will Strong",
    """
General Surgery Consult   [[D|09/03/24]] 0230
Consulting: Dr. [[N|Ahmad Rahimi]] (ED)
Pt: [[N|Will Strong]], 34M, works construction for Hardy & Sons.
HPI: RUQ pain since a cookout on [[D|Labor Day]], constant x 20h, nausea, subjective fevers. Murphy sign +.
Labs: WBC 16.4, Tbili 1.4, ALP 160, lipase 38.
US: GB wall 5 mm, pericholecystic fluid, 1.8 cm stone impacted at neck, CBD 5 mm.
A/P: acute calculous cholecystitis. Admit, NPO, pip-tazo, lap chole today.
Consented. Pt will text wife [[N|Brandy]] at [[PH|502-555-0158]]. Foreman [[N|Travis Hardy]] needs a work note.
[[N|Mei-Ling Zhou]], MD, PGY-4 / Attending Dr. [[N|Kowalczyk]]
""",
    ("Will", "Hardy"),
)

# b5-24  operative report
note(
    "b5-24",
    "Aroha Ngata",
    """
OPERATIVE REPORT
Patient: [[N|Aroha Ngata]]   MRN: [[MRN|10293847]]   DOS: [[D|11/12/2024]]
Surgeon: [[N|Claudine Mercier]], MD   Assistant: [[N|Tomasz Zielinski]], PA-C
Anesthesia: general (see anesthesia record)
Pre/postop dx: R breast IDC, cT1cN0.
Procedure: R partial mastectomy, wire-localized; sentinel lymph node biopsy (Tc-99m + isosulfan blue).
Findings: wire tip and clip within specimen on specimen radiograph. Two sentinel nodes, hot and blue, ex vivo counts 1200 and 480.
EBL 15 mL. No drains. Counts correct x2. No implants.
PACU stable. Partner [[N|Hemi]] updated at [[PH|360-555-0120]] per pt request.
""",
)

# b5-25  anesthesia pre-op
note(
    "b5-25",
    "Pa Houa Vang",
    """
ANESTHESIA PRE-OP EVALUATION
[[N|Pa Houa Vang]] | 28F | ASA II | [[D|Dec 2]] | MRN [[MRN|0078821]]
Procedure: lap appendectomy (gen surg)
Hx: asthma (albuterol prn, last flare [[D|Sept]]), PONV after C-section [[D|3/2021]]. NKDA.
Airway: Mallampati II, TMD >3 FB, MO 3 FB, neck FROM. Dentition intact.
NPO since 2200. Wt 54 kg. Hgb 12.1. hCG neg.
Plan: GETA/RSI, propofol TIVA (Apfel 3), dexamethasone + ondansetron, multimodal analgesia.
Pt prefers Hmong interpreter; husband [[N|Tou Xiong]] at bedside declined to interpret - used [[N|Mai Yer Thao]] via video.
Consent signed. [[N|dlevesque]] CRNA / [[N|Priya Venkataraman]], MD
""",
)

# b5-26  procedure note, central line
note(
    "b5-26",
    "Siobhan Gallagher",
    """
PROCEDURE NOTE: CENTRAL VENOUS CATHETER
Date: [[D|6/2/25]]   Time-out 14:05   SICU bed 3
Pt: [[N|Siobhan Gallagher]]   MRN [[MRN|5120087]]
Operator: [[N|Femi Adebayo]], MD (PGY-2), supervised by [[N|J. Nakashima]], MD
Indication: vasopressors, poor peripheral access.
Consent: emergent; sister [[N|Aoife]] informed by phone in [[C|Galway]] ([[PH|+353 91 555 0142]]); she lands [[D|4/6]] (her format, i.e. 4 June).
Technique: R IJ, US-guided, full barrier precautions, chlorhexidine, Seldinger. 7 Fr triple-lumen, 16 cm at skin. Blood return all ports, flushed.
CXR: tip at cavoatrial junction, no PTX. EBL <5 mL. No complications.
""",
)

# b5-27  home health skilled nursing visit
note(
    "b5-27",
    "Florence Mbeki",
    """
HOME HEALTH SKILLED NURSING VISIT
Pt: [[N|Florence Mbeki]]   Visit: [[D|2/19/25]] 0930-1030   Agency MR# [[MRN|HH55102]]
Address: [[ADDR|12 Orchard Hill Rd]], [[C|Florence]], MA [[Z|01062]]
S: "My feet are swelling again." Wt 81.2 kg (78.9 on [[D|2/12]]). Out of furosemide since [[D|Sunday]]; son [[N|Thabo]] picks up Rx on weekends.
O: BP 148/86, HR 92 irreg, SpO2 93%. 2+ pitting edema to mid-shin, bibasilar crackles.
A: CHF exacerbation, med access.
P: Called Dr. [[N|Greenbaum]]'s office, spoke w/ MA; Rx sent to Stop & Shop pharmacy [[PH|413-555-0102]]. Neighbor driving pt to pick up today. Next SN visit [[D|Fri 2/21]].
[[N|Colleen Marsh]], RN
""",
)

# b5-28  hospice RN visit
note(
    "b5-28",
    "Harold Pettibone",
    """
Hospice RN visit - [[D|Christmas Day]]
Pt [[N|Harold "Hal" Pettibone]], [[A|98]] y/o, end-stage dementia (FAST 7c), at daughter's home in [[C|Bettendorf]].
RR 22 with apneic periods 10-15 sec, mottling to knees new since [[D|12/23]] visit. No PO intake. Mouth care, repositioned.
Present: daughter [[N|Connie]], two grandsons. Discussed signs of active dying; family calm, singing hymns. Comfort kit: morphine 5 mg SL q1h prn - 1 dose given 0700 by [[N|Connie]].
Pacemaker (Abbott, SN [[DEV|PM7729013]]): deactivation discussed previously, family declined.
On-call line [[PH|563-555-0131]] reviewed. Chaplain [[N|Ezekiel Moor]] to visit this afternoon.
[[N|Benedetta Russo]], RN, CHPN
""",
)

# b5-29  outpatient therapy note
note(
    "b5-29",
    "Jordan Blackfeather",
    """
Outpatient Therapy Progress Note - Session 9
Client: [[N|Jordan Blackfeather]] (they/them)  DOB [[D|4/4/2001]]
DOS: [[D|Tuesday 1/14/25]], 53 min (90837), telehealth
Clinician: [[N|Mira Solomon]], LMFT
S: "rough week." Roommate [[N|Kenzie]] moved out after an argument; client stayed at their mom's house in [[C|Rapid City]] over the weekend. Drinking up to 4-5 beers x3 nights. Denies SI. PHQ-9 14 (from 11), GAD-7 12.
Upcoming anniversary of brother [[N|Tate]]'s death ([[D|Jan 21]]).
Interventions: CBT, safety plan reviewed, 988 reinforced.
Plan: weekly; next session moved from [[D|1/21]] to [[D|1/22]] per client.
""",
)

# b5-30  12-month well child check
note(
    "b5-30",
    "Amira Benali",
    """
WELL CHILD CHECK - 12 MONTH
Pt: [[N|Amira Benali]]   DOB [[D|03/05/2024]]   Seen: [[D|3/7/2025]]
With mother [[N|Leila]] and grandmother (Darija; mother interpreting). Family moved from [[C|Marseille]] in [[D|October]].
Growth: wt 9.4 kg (45%), length 75 cm (50%), HC 45.5 cm (55%).
Dev: pulls to stand, cruising, 2 words, pincer grasp.
Diet: whole milk 16 oz, table foods. Starts daycare at Little Sprouts on [[ADDR|Hyde Park Ave]] in [[D|April]].
Exam: normal. 6 teeth. Hgb 11.8. Lead <1.
Vaccines: MMR, varicella, Hep A #1, PCV20 #4. VIS given.
RTC 15-mo WCC. Questions: [[PH|617-555-0111]].
[[N|Gwendolyn Park-Arroyo]], CPNP
""",
)

# b5-31  NICU progress note
note(
    "b5-31",
    "Baby Boy Oyelowo",
    """
NICU DAILY PROGRESS NOTE   DOL 11   CGA 31+2   [[D|5/23]]
Infant: Baby Boy [[N|Oyelowo]] ("[[N|Tobi]]")  MRN [[MRN|NB-2290417]]  BW 1150 g, now 1230 g
Resp: CPAP +5, FiO2 0.23-0.28, caffeine. 2 A/B/D events overnight, self-resolved.
FEN: EBM + HMF to 24 kcal, 150 mL/kg/d via OG. Mom [[N|Funmilayo]] pumping ~400 mL/d.
ID: r/o sepsis DOL 1, cx neg at 48h.
Bili 6.1, off phototherapy since [[D|5/19]].
Neuro: HUS [[D|5/20]] no IVH; repeat at 4 wk.
Social: parents live in [[C|Sugar Land]], ~45 min away. Dad [[N|Olumide]] works at the Port of Houston; plans to visit [[D|Sat]]. SW following for gas cards.
[[N|Adaeze Nwosu]], NNP-BC
""",
)

# b5-32  L&D triage
note(
    "b5-32",
    "Widline Jean-Baptiste",
    """
L&D TRIAGE NOTE
[[N|Widline Jean-Baptiste]] G3P2002 @ 38w4d by 8 wk US, EDD [[D|7/28/25]]
Presents [[D|7/23]] 03:10, ctx q4-5 min since 2300, +LOF 0200 clear.
SVE 4/70/-1, vtx. FHT 140s, moderate variability, + accels, Cat I.
GBS + ([[D|6/30]]): PCN G started 03:40.
Prenatal care at Mattapan Community Health Center (Dr. [[N|Rosemond]]). Two prior SVDs, last [[D|Nov 2021]].
Requests epidural. Partner [[N|Jean-Robert]] en route from work. Haitian Creole interpreter #[[ID|2281]] for consent.
Rh+, rubella immune, HIV/HBsAg/RPR neg.
Plan: admit, active labor. Peds aware.
[[N|Celeste Amadou]], CNM
""",
)

# b5-33  dental progress note
note(
    "b5-33",
    "Thanh Huong Tran",
    """
DENTAL PROGRESS NOTE
Pt: [[N|Thanh Huong Tran]]   DOB [[D|1/30/1993]]   Chart# [[MRN|D-40912]]   DOS [[D|08/08/2024]]
CC: "#30 hurts when I bite," x2 wks.
Exam: #30 large MOD amalgam, fractured ML cusp, percussion +, cold lingering 15 s. PA: widened PDL, no PARL.
Dx: symptomatic irreversible pulpitis #30.
Tx: 2 carpules 2% lido 1:100k epi (IANB). Pulpectomy, Ca(OH)2, IRM.
Rx: ibuprofen 600 mg q6h prn x5d.
Plan: RCT + crown (D3330, D2740). Pre-auth to Delta Dental, subscriber ID [[HP|DD8841027733]] (husband [[N|Cuong Le]] is subscriber).
Next appt [[D|Aug 22]].
[[N|Hyun-woo Kang]], DDS / asst [[N|Brianna]]
""",
)

# b5-34  PT daily note
note(
    "b5-34",
    "Gustavo Ibarra",
    """
PHYSICAL THERAPY DAILY NOTE - visit 6/12
Pt: [[N|Gustavo Ibarra]]   Dx: s/p R TKA ([[D|10/2]])   Date: [[D|10/28]]
S: Pain 3/10 at rest, 6/10 after stairs. Walking his dog around the park in [[C|Boyle Heights]] with a cane. Wants to be back at the bakery by [[D|Día de los Muertos]].
O: AROM R knee 5-108 deg (10-95 at eval). Quad 4-/5, hip abd 4/5. TUG 11.2 s. SPC L hand, mild antalgic gait.
Tx: bike 8 min, TKE, step-ups 6", SLR 3x10, NMES quad 10 min, gait training.
A: progressing; extension lag persists.
P: 2x/wk; HEP updated. Surgeon (Dr. [[N|Arakelian]]) f/u [[D|11/14]].
[[N|Kelsey Dunmore]], PT, DPT
""",
)

# b5-35  OT evaluation
note(
    "b5-35",
    "Ingeborg Haugland",
    """
OCCUPATIONAL THERAPY EVALUATION   [[D|03.11.2025]]
Pt: [[N|Ingeborg Haugland]], [[A|92]]F, L distal radius fx (ORIF [[D|3/9]]). Lives alone, 1-story house in [[C|Decorah]], IA.
PLOF: indep ADLs, drove, quilted with Sons of Norway. Daughter [[N|Solveig]] checks daily, lives 2 mi away on [[ADDR|Water St]].
Cognition: SLUMS 24/30.
ADLs: UB dressing min A, LB dressing mod A, toileting CGA w/ RW. Grooming set-up.
R grip 14 kg; L NWB in splint.
Goals (2 wk): LB dressing SBA with AE; toilet transfers mod I.
Recs: SAR vs home w/ 24h assist; pt wants home by [[D|Easter]]. Will discuss w/ CM [[N|Ruth Bjornstad]].
[[N|Anika Sorensen]], OTR/L
""",
)

# b5-36  SLP swallow evaluation
note(
    "b5-36",
    "Mohammed Al-Sayed",
    """
SPEECH-LANGUAGE PATHOLOGY: CLINICAL SWALLOW EVAL
Pt: [[N|Mohammed Al-Sayed]], 71M   Date: [[D|Wed 9/17]]   Rm 6-214
Dx: L MCA ischemic stroke (tPA [[D|9/15]]), NIHSS 9. Primary language Arabic; son [[N|Khalid]] present.
Oral mech: R facial droop, reduced lingual ROM. Expressive aphasia; follows 1-step commands 80%.
Trials: thin via cup - cough 3/4 trials; mildly thick - no s/s aspiration; puree WFL.
Recs: IDDSI 2 liquids, IDDSI 5 solids, meds crushed in puree, upright 90 deg, 1:1 supervision. MBSS [[D|Fri]].
Son to share with his mother [[N|Fatima]], who brings food from home.
[[N|Rebecca Sato-Lindholm]], MS, CCC-SLP   Vocera: [[N|slp-rsato]]
""",
)

# b5-37  chaplaincy note
note(
    "b5-37",
    "Esperanza Quiñones",
    """
SPIRITUAL CARE NOTE - [[D|Good Friday]]
Visited [[N|Esperanza Quiñones]] (Rm 818) at request of her nurse, [[N|Tomás Arriaga]]. Pt is Catholic, from [[C|Ponce]], Puerto Rico; moved to [[C|Holyoke]] in 1988.
Tearful, worried she will not be home for [[D|Easter Sunday]] Mass at Our Lady of Guadalupe. Prayed in Spanish; received Communion from the deacon. Asked that her pastor, Fr. [[N|Wojtek Malinowski]], be called: parish office [[PH|413-555-0147]], left message.
Grand-niece present, supportive. Pt fears dying "like my Papi," who died in this hospital.
Plan: return [[D|Saturday]]; honor request for anointing.
Ch. [[N|Adebayo Ogunleye]], MDiv, BCC
""",
)

# b5-38  interpreter-mediated clinic visit
note(
    "b5-38",
    "Mulugeta Tesfaye",
    """
CLINIC VISIT (interpreter-mediated)   [[D|Feb 10, 2025]]
Pt: [[N|Mulugeta Tesfaye]]   DOB [[D|01/01/1968]] (per I-94)   MRN [[MRN|5593017]]
Interpreter: Tigrinya, in person, [[N|Senait Gebremedhin]] (agency ID [[ID|TG-0447]])
CC: f/u latent TB, HTN.
HPI (via interpreter): rifampin daily since [[D|Dec 15]], missed 2 doses. Orange urine, no jaundice. Works nights at a meatpacking plant in [[C|Greeley]]; roommate reminds him. Wife and kids in [[C|Asmara]]; he calls them on Sundays.
Exam: BP 152/94, recheck 148/92.
Plan: rifampin through [[D|April 15]]; start amlodipine 5 mg (rifampin may lower levels - recheck BP 4 wk). LFTs today.
Teach-back via interpreter. [[N|Hollis Grant]], PA-C
""",
)

# b5-39  patient safety event report
note(
    "b5-39",
    "Svetlana Kuznetsova",
    """
PATIENT SAFETY EVENT REPORT #[[ID|PSE-24-03391]]
Event: [[D|09/21/2024]] ~0415   Unit: 7 East, Rm 7E-22
Pt: [[N|Svetlana Kuznetsova]], 78F, MRN [[MRN|8830051]]
Type: fall with minor injury
Description: Pt found on floor beside bed by PCT [[N|Marcus Bellamy]] on rounds. Bed exit alarm on but not audible at station (volume set to 1). Pt was trying to reach the bathroom and "didn't want to bother anyone." 1 cm laceration L eyebrow, steri-strips. Neuro checks q1h x4 WNL; CT head neg.
Notified: Dr. [[N|Adeyinka]] 0425; son [[N|Dmitri Kuznetsov]] 0530 at [[PH|+1 (646) 555-0128]].
Biomed notified re: Hill-Rom Centrella alarm settings.
Reporter: [[N|Yvonne Osei-Tutu]], RN (charge). Reviewed: [[N|pkaminski]] (unit mgr)
""",
)

# b5-40  patient financial services account note
note(
    "b5-40",
    "Chidinma Okoro",
    """
PATIENT FINANCIAL SERVICES - ACCOUNT NOTE
Guarantor: [[N|Raymond Okoro]]   Pt: [[N|Chidinma Okoro]] (dependent, 19)
Acct [[ACCT|4000291873]]   Inpt stay x2 nights   Bal $2,418.60
[[D|10/02/24]] 14:11 Guarantor called re: denial CO-197 (no precert). Primary BCBS IL, ID [[HP|XOF918273645]]; secondary United via mother [[N|Amaka Okoro]], ID [[HP|UH-40017732]]. Guarantor SSN on file [[SSN|987-65-4323]].
Retro-auth requested, ref # [[ID|RA-5520193]]. Financial assistance app mailed to [[ADDR|9025 S Bishop St]], [[C|Chicago]] [[Z|60620]]. Payment link texted: [[URL|https://pay.example-health.org/p/Q7X2M9]]
30-day hold set; callback number verified. - [[N|Felicia Dunbar]], PFS Rep II
""",
)

# b5-41  research coordinator note
note(
    "b5-41",
    "Esther Goldfarb",
    """
RESEARCH NOTE - HEART-FIT trial (IRB 2023-0417; NCT05529913)
Subject: [[N|Esther Goldfarb]]   Study ID [[ID|HF-031-0117]]   Week 12 visit, [[D|5/15/2025]]
Re-consented on consent v4.1 ([[D|Jan 2025]]); witnessed by staff.
6MWT 402 m (baseline 351 m). KCCQ done on tablet. Fitbit Charge 6 synced, serial [[DEV|FB6A90C214E]] matches log. Adherence 84%.
AE: mild knee pain x3 days, unrelated, resolved.
Stipend $50 loaded to ClinCard ending [[ACCT|4471]].
Next visit wk 24 ~[[D|Aug 7]]; traveling to [[C|Boca Raton]] mid-[[D|July]] for grandson [[N|Eli]]'s bar mitzvah - within window.
PI: Dr. [[N|Naveen Raghavan]]. Coordinator: [[N|Leah Sørensen]], CCRP
""",
)

# b5-42  EMS patient care report
note(
    "b5-42",
    "Beatrice Whitlock",
    """
EMS PATIENT CARE REPORT   Incident # [[ID|25-004418]]   Medic 14
Dispatched 22:31 [[D|01/18/25]] - "fall, possible hip"
Location: [[ADDR|77 Wren Ridge Ct]], [[C|Fishers]], IN [[Z|46037]] (residence)
Pt: [[N|Beatrice Whitlock]], [[A|94]] F. Found on kitchen floor by grandson [[N|Caleb]] ([[PH|317-555-0157]]) ~1h after fall.
CC: R hip pain 8/10, R leg shortened and externally rotated.
VS 22:48: BP 102/60 HR 96 RR 18 SpO2 96% GCS 15 BGL 134
Tx: NEXUS neg, no C-collar. Fentanyl 50 mcg IN 22:52. Vacuum mattress.
Transport: Community North, priority 2, no lights/siren. Care to ED RN 23:20.
Crew: [[N|D. Okafor]] EMT-P (lic [[LIC|PM-20994]]), [[N|L. Fenwick]] EMT-B
QA review: [[N|TRW]]
""",
)

# b5-43  school letter
note(
    "b5-43",
    "Nayeli Roanhorse",
    """
[[D|October 16, 2025]]
To: School Nurse, Garfield Middle School, [[C|Gallup]], NM
[[N|Nayeli Roanhorse]] (DOB [[D|02/02/2012]]) was seen in Pediatric Endocrinology today. She has type 1 diabetes and has started an Omnipod 5 pump with a Dexcom G7 sensor (receiver serial [[DEV|G7-8HQ2XK41]]). Please allow her to:
- carry her phone to view glucose readings in class
- eat snacks and use the restroom as needed
- check glucose before PE and before the bus
Glucose <70: 15 g fast carbs, recheck in 15 min. Glucose >300 with ketones: call parent.
She will miss school [[D|Friday, October 24]] for a clinic visit.
Parent: [[N|Loretta Roanhorse]], [[PH|505-555-0189]].
[[N|Benjamin Achterberg]], MD | Diabetes nurse line [[PH|505-555-0190]]
""",
)

# b5-44  work status note
note(
    "b5-44",
    "Hunter Mason",
    """
WORK STATUS NOTE
Employee: [[N|Hunter Mason]]   Employer: Crescent Logistics (warehouse)
Workers' comp claim [[ID|WC-2025-009183]] (Liberty Mutual)
DOI: [[D|4/22/25]]   Seen: [[D|4/24/25]]
Dx: L lumbar strain (S39.012A).
Modified duty x2 wk: no lifting >10 lb, no forklift, sit/stand as needed. Full duty anticipated after re-eval [[D|May 8]].
Adjuster: [[N|Colette Marchand]], fax [[FX|866-555-0144]], [[EM|cmarchand@example.org]]
[[N|Oksana Hrytsenko]], DO - Occupational Medicine, [[ADDR|1400 Industrial Pkwy]], [[C|Aurora]], CO [[Z|80011]]
""",
)

# b5-45  cardiology clinic, template
note(
    "b5-45",
    "Lucía Etxeberria",
    """
***CARDIOLOGY OUTPATIENT FOLLOW-UP***
Patient Name: [[N|Lucía Etxeberria]]
Visit Date: [[D|Tuesday, 7 January 2025]]
Referring Provider: [[N|Graham Pennington]], NP
Device: Boston Scientific dual-chamber ICD, model D433, serial [[DEV|428813]]; LATITUDE remote, last transmission [[D|12/30/24]] normal.
HPI: 59F, NICM (EF 30%), ICD placed [[D|Aug 2022]]. Moved here from [[C|Bilbao]] 2 yrs ago. No shocks or syncope. NYHA II; walks 2 miles daily with husband [[N|Iñaki]].
Meds: sacubitril/valsartan 97/103 BID, carvedilol 25 BID, spironolactone 25, empagliflozin 10.
Exam: BP 108/66, HR 64, JVP 7 cm, no edema.
Labs: K 4.8, Cr 1.1, NT-proBNP 610 (from 1,240).
A/P: stable HFrEF on GDMT; echo before next visit. RTC 6 mo.
[[N|Ananya Bhattacharya]], MD, FACC
""",
)

# b5-46  hemodialysis treatment note
note(
    "b5-46",
    "Tevita Fifita",
    """
HEMODIALYSIS TREATMENT NOTE
Pt: [[N|Tevita Fifita]]   Sched: MWF 2nd shift   Chair 11   Date: [[D|3/19/25]]
Access: L AVF (created [[D|Oct 2023]], Dr. [[N|Halloran]]), + thrill/bruit, 15g x2 without difficulty.
Pre: wt 118.4 kg (EDW 114.0), BP 172/90, K 5.8. Post: 114.6 kg, BP 138/76.
UF 3.8 L, Qb 450, Qd 600, 3h45m, 2K/2.5Ca. Last Kt/V 1.38.
Missed [[D|Monday]]: went to a cousin's funeral in [[C|Euless]]. Counseled on fluid/K.
Transplant eval at Baylor pending; coordinator [[N|Meagan Stroud]] [[PH|214-555-0117]].
Wife [[N|Seini]] will drive him [[D|Friday]].
[[N|Alberto Cienfuegos]], RN
""",
)

# b5-47  oncology infusion note
note(
    "b5-47",
    "Haruka Sato",
    """
ONCOLOGY INFUSION - C3D1 FOLFOX + bevacizumab   [[D|11/4/24]]
Pt [[N|Haruka Sato]], 47F, MRN [[MRN|2240918]], mCRC. R chest port (placed [[D|8/30]]), brisk blood return.
Pre-tx: ANC 1.9, plt 142, Cr 0.7, UPCR 0.2. Neuropathy grade 1 (cold sensitivity). OK to treat per Dr. [[N|Voskuijlen]].
Oxaliplatin 85 mg/m2 (146 mg) over 2h, leucovorin 400 mg/m2, 5-FU bolus 400 mg/m2, then CADD pump (serial [[DEV|CADD21-77014]]) 2400 mg/m2 over 46h; disconnect [[D|Wed 11/6]] ~1400.
Tolerated well. Husband [[N|Kenji]] at chairside.
Pt asks about delaying C4 for a trip to [[C|Sapporo]] in mid-[[D|December]]; message sent to MD.
[[N|Akosua Boateng]], RN, OCN
""",
)

# b5-48  dermatology new patient
note(
    "b5-48",
    "Declan Ó Briain",
    """
DERMATOLOGY - NEW PATIENT   [[D|6/24/25]]
Pt: [[N|Declan Ó Briain]], 63M, DOB [[D|17/03/1962]] (Irish passport; [[D|3/17/1962]] in our system). Lives in [[C|Quincy]].
Self-referred.
CC: changing mole L upper back, noticed by wife [[N|Niamh]] "since around [[D|Easter]]."
Hx: roofer, >20 blistering burns; father had melanoma.
Exam: 9 mm asymmetric, variegated brown-black macule L upper back, ugly duckling +. Dermoscopy: atypical network, regression. AKs on scalp.
Procedure: deep shave (saucerization), path [[ID|S25-22019]].
A/P: r/o melanoma; call results to mobile [[PH|(857) 555-0106]]. AKs: LN2 x8. Sun protection.
[[N|Rashida Kimbrough]], MD
""",
)

# b5-49  urgent care
note(
    "b5-49",
    "Brody Kowalski-Reyes",
    """
URGENT CARE   DOS [[D|07/05/2025]] 10:05
[[N|Brody Kowalski-Reyes]] 16M with dad [[N|Mark]]
CC: burn R hand from a firecracker last night ([[D|Fourth of July]]) at a friend's lake house in [[C|Okoboji]].
Exam: partial-thickness burn palmar R hand ~2% TBSA, blisters intact, cap refill <2 s, full ROM fingers.
Tdap UTD ([[D|8/2023]]).
Tx: irrigated, bacitracin, nonadherent dressing, ibuprofen 400 mg. Burn clinic referral [[PH|515-555-0181]].
No football practice until cleared; note for coach [[N|Dwayne Kessler]].
Dad's cell [[PH|515-555-0123]].
[[N|nbui]], PA-C
""",
)

# b5-50  addiction medicine telehealth follow-up
note(
    "b5-50",
    "Cash Holloway",
    """
ADDICTION MEDICINE F/U (telehealth)   [[D|Mon 2/24]]
Pt: [[N|Cash Holloway]], 29M, OUD in sustained remission on buprenorphine-naloxone 16/4 mg.
UDS [[D|2/20]]: + bup, + norbup, neg fentanyl. KASPER reviewed - only our Rx.
7 months since last use (relapse after his dad's funeral in [[D|July]]). Works at uncle [[N|Roy]]'s body shop in [[C|Hazard]]; pays cash for visits. Girlfriend [[N|Kayleigh]] is pregnant, due in [[D|May]]. NA at St. Paul's on Tuesday nights, has a sponsor.
Rx: bup-nlx 8/2 mg film, 2 daily, #56. Naloxone kit refilled. Pharmacy: Hometown Drug [[PH|606-555-0176]].
Next visit [[D|3/24]]. DEA [[LIC|FH5512098]].
[[N|Temperance Ashby]], MD
""",
    ("Cash",),
)

# b5-51  geriatrics home visit
note(
    "b5-51",
    "Ida Mae Honeycutt",
    """
GERIATRIC MEDICINE HOME VISIT
Pt: [[N|Ida Mae Honeycutt]]   Age: [[A|101]]   DOB [[D|May 12, 1923]]
Visit [[D|Wed 11/13]]; present: granddaughter/caregiver [[N|Tammy Honeycutt-Sparks]] and aide [[N|Precious]] (Visiting Angels).
Home: [[ADDR|418 Old Stage Rd]], [[C|Pigeon Forge]], TN - same farmhouse since 1946.
Problems: HFpEF, CKD4 (eGFR 22), OA, hearing loss (Phonak aid L). MMSE 23/30. One fall in 6 mo.
Meds cut from 11 to 7; stopped oxybutynin (Beers list) and glipizide.
Her brother [[N|Asa]] died at [[A|97]]; she intends to "beat him."
Goals: stay home, no hospital. POLST: DNR, limited interventions.
Next visit 8 wk. [[N|Wendell Okonjo]], MD
""",
)

# b5-52  transfer center acceptance
note(
    "b5-52",
    "Amos Running Crane",
    """
TRANSFER CENTER - ACCEPTANCE
Call [[D|2/2/25]] 19:40 from Dr. [[N|Kaylee Bergstrom]], North Valley Hospital, [[C|Whitefish]], MT ([[PH|406-555-0135]]).
Pt: [[N|Amos Running Crane]], 54M, DOB [[D|10/10/1970]], outside MRN [[MRN|NVH-448120]].
Necrotizing EtOH pancreatitis, lactate 4.2, Ca 6.9, 4 L NC, LR running at 250 mL/h. CT [[D|2/1]]: ~40% necrosis.
Accepted to MICU bed 9 by Dr. [[N|Sung-min Yoo]]. Fixed-wing transport, ETA 23:15.
Family: sister [[N|Delphine]] ([[PH|406-555-0172]]) driving from [[C|Browning]].
Transfer center RN: [[N|Lorna Tsinajinnie]]
""",
    ("Running",),
)

# b5-53  nutrition (GDM)
note(
    "b5-53",
    "Priyanka Raghunathan",
    """
MEDICAL NUTRITION THERAPY - GDM, initial   [[D|8/12/2025]]
Client: [[N|Priyanka Raghunathan]], 34 y/o G1P0 @ 27w2d
Referred by [[N|Esther Mbatha]], CNM. 3-hr OGTT [[D|8/5]]: 98/192/178/140 (2 abnormal).
Recall: vegetarian, rice 3x/d, chai w/ 2 tsp sugar x4, mango lassi on weekends. Husband [[N|Karthik]] cooks dinner; mother-in-law arriving from [[C|Coimbatore]] [[D|Aug 30]], after [[D|Ganesh Chaturthi]].
Plan: 3 meals + 3 snacks, 30-45 g CHO/meal, pair carbs with protein (paneer, dal, Greek yogurt). SMBG QID with Contour Next meter; will send logs weekly from [[EM|priya.r.1991@example.com]].
Goals: fasting <95, 1-h PP <140. F/u 1 wk.
[[N|Kathryn O'Leary-Shah]], RDN, CDCES
""",
)

# b5-54  wound care consult
note(
    "b5-54",
    "Pearl Fisher",
    """
WOUND CARE CONSULT   [[D|03/03/2025]]
Pt: [[N|Pearl Fisher]], 83F, Rm 3317. Consult from Dr. [[N|Anand]], sacral wound.
Sacrum/coccyx: stage 4 pressure injury, not POA - first noted [[D|2/26]] by RN [[N|Kofi Asante]]. 6.2 x 4.8 x 2.1 cm, tunneling 2.5 cm at 12 o'clock, undermining 3-6 o'clock. 60% slough, 40% granulation. Mod serosanguineous drainage, no odor. Braden 11.
Tx: 1/4-strength Dakin's wet-to-moist BID, low-air-loss mattress, turn q2h, heel boots, dietitian consult (prealbumin 9). Consider NPWT when slough <20%.
Son [[N|Gerald]] updated by phone [[PH|816-555-0150]]; he lives in [[C|Lee's Summit]] and visits on Sundays.
[[N|Marisa Delgado-Fitz]], BSN, CWOCN
""",
)

# b5-55  polysomnography report
note(
    "b5-55",
    "Emre Yılmaz",
    """
POLYSOMNOGRAPHY REPORT (diagnostic)
Patient: [[N|Emre Yılmaz]]   DOB [[D|1981-06-30]]   Study # [[ID|PSG-25-1147]]
Night of [[D|4/9/2025]]-[[D|4/10/2025]]. Referring: Dr. [[N|Rebekah Stoltzfus]]
BMI 34.2, neck 43 cm, ESS 15/24.
TST 366 min, SE 81%. AHI 38.6/h (supine 61.2, non-supine 14.0), RDI 42.1, ODI 35.0. SpO2 nadir 79%, T90 12%. No PLMs. REM latency 102 min.
Impression: severe OSA with positional component.
Recs: APAP 5-15 (pt preference) via Lincare. Pt drives commercially (PA CDL [[LIC|Y4419082]]); counseled on drowsy driving.
Interpreting: [[N|Victor Anaya-Reuben]], MD, DABSM
""",
)

# b5-56  neurology movement disorders clinic
note(
    "b5-56",
    "Ama Boakye-Dankwa",
    """
NEUROLOGY - MOVEMENT DISORDERS
[[N|Ama Boakye-Dankwa]], 66F, seen [[D|Thu 5/8/2025]] with husband [[N|Kwabena]].
Dx: Parkinson disease (onset [[D|Feb 2019]]), H&Y 2.5.
Interval: more off time, ~3h/day, mostly mornings; fell at church in [[C|Hyattsville]] on [[D|Palm Sunday]], no injury.
Exam: MDS-UPDRS III 34 (ON). Hypomimia, R>L rigidity, bradykinesia. Pull test 3 steps, recovers. Romberg neg, no Babinski, no dyskinesia.
Meds: carbidopa/levodopa 25/100 1.5 tab 5x/day; add opicapone 50 mg qhs.
Refer PT (LSVT BIG) and speech (LSVT LOUD). DBS eval with Dr. [[N|Ilse Vandenberghe]].
Daughter [[N|Efua]] in [[C|Columbus]] requests portal proxy.
[[N|Lewis Hallam]], MD
""",
)

# b5-57  endocrinology telehealth
note(
    "b5-57",
    "Tomasz Wiśniewski",
    """
ENDOCRINOLOGY TELEHEALTH VISIT   [[D|9/9/25]]
Pt: [[N|Tomasz Wiśniewski]], 38M, T1DM x25 yrs, MRN [[MRN|7731-0042]]
Video dropped 0902 (pt on hotel Wi-Fi in [[C|Scranton]]; session log IP [[IP|198.51.100.23]]); completed by phone [[PH|570-555-0138]].
Tandem t:slim X2 pump SN [[DEV|1129384]], Control-IQ on; Dexcom G6. 14-day: TIR 68%, TBR 3%, GMI 7.3%. A1c 7.4 ([[D|6/2025]]).
Post-breakfast highs (250s): breakfast carb ratio 1:10 -> 1:8.
Pump warranty ends [[D|11/30/2025]]; replacement Rx faxed to Tandem [[FX|858-555-0103]]. TSA travel letter written.
Emergency contact: wife [[N|Magdalena]].
[[N|Obinna Eze]], MD / scribe [[N|zhernandez]]
""",
)

# b5-58  ED note, motor vehicle collision
note(
    "b5-58",
    "Xochitl Mendoza",
    """
ED PHYSICIAN NOTE   [[D|Saturday 3/1/25]] 22:15
Pt: [[N|Xochitl Mendoza]], 31F, restrained driver, ~45 mph T-bone on [[ADDR|Route 9]] near [[C|Hadley]]. Airbags deployed, self-extricated.
Officer [[N|Brennan]] (badge [[ID|4471]]) at bedside; pt's gray 2018 Toyota RAV4, MA plate [[VEH|7TX K92]], was towed.
Exam: Glasgow Coma Scale 15. Seatbelt sign chest/abd. Tender L lower ribs. FAST neg.
CT: L 9th-10th rib fx, grade II splenic lac, no extravasation; C-spine neg.
Plan: admit trauma, serial Hgb, IS, multimodal analgesia.
Son [[N|Mateo]] (2) was in car seat: peds eval, no injuries; released to partner [[N|Ximena Ruiz]] ([[PH|413-555-0191]]).
[[N|Cormac Delaney]], MD
""",
)

# b5-59  behavioral health crisis evaluation
note(
    "b5-59",
    "Keiko Nakamura-Ellis",
    """
BH CRISIS EVALUATION - ED
Pt: [[N|Keiko Nakamura-Ellis]], 19F, college sophomore, brought by campus police [[D|Sun 4/13]] 01:30 after roommate [[N|Priya]] saw an Instagram story from pt's account @[[N|kiki.moonchild]] saying "goodbye."
Hx: MDD, one prior attempt (overdose, [[D|Oct 2023]]). Tonight took ~10 diphenhydramine 25 mg; poison center contacted, QTc 452, HR 118.
C-SSRS: high risk. Denies HI/AH/VH.
Collateral: mother [[N|Naomi Ellis]] in [[C|Ann Arbor]], [[PH|734-555-0118]]; agrees with admission.
Plan: 1:1 sitter, telemetry x6h, then voluntary inpatient psychiatry. Campus counselor Dr. [[N|Farrow]] notified with pt consent.
[[N|Sade Okonkwo-Bright]], MD (psychiatry)
""",
)

# b5-60  outside-records cover letter
note(
    "b5-60",
    "Olamide Fashanu",
    """
Lakeshore Pulmonary Associates
[[ADDR|2870 Sheridan Rd, Suite 4]], [[C|Evanston]], IL [[Z|60201]]  Tel [[PH|847-555-0164]]  Fax [[FX|847-555-0165]]
[[D|January 29, 2025]]
RE: [[N|Olamide Fashanu]]   DOB [[D|11/23/1958]]
To Medical Records / Dr. [[N|Petra Lindqvist-Moore]]:
Enclosed are the requested records: PFTs (x2), CT chest reports and clinic notes. Images are available for 30 days at [[URL|https://share.lakeshorepulm.example.com/r/7Hq2Zp]] (access code sent separately).
Per the patient, he has moved to [[C|Kalamazoo]] to live with his daughter [[N|Temi]].
Questions: [[N|Agnes Wójcik]], Health Information Management, [[EM|him@lakeshorepulm.example.com]].
""",
)


# --------------------------------------------------------------------------


if __name__ == "__main__":
    write(OUT, NOTES)
