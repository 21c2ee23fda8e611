#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind11.jsonl.

Blind set 11: hand-written synthetic notes from acute and procedural care --
ED / urgent-care / EMS and trauma run sheets, operative and anaesthesia
records, interventional radiology, radiology and pathology reports with
accession numbers, ICU progress and nursing flowsheet text, rapid-response
and code records, transfer-centre and bed-board messages, discharge
summaries, medication reconciliation and pharmacy interventions, sports
medicine / orthopaedic clinic, dental and oral surgery, ophthalmology and
ENT.  It stresses ages over 89 written many ways, licence numbers (state
driver's licences, nursing / medical / dental / pharmacy licences, DEA
numbers), many ID-type numbers (accessions, case, claim, run, order, badge,
blood-unit and event numbers, NPIs) and small towns and neighbourhoods.

Annotation conventions (HIPAA Safe Harbor):
* NAME: patients, relatives, friends, caregivers and staff, including
  nicknames, lower-case and all-caps names, initials standing for a person,
  log-in names and handles.  Titles (Dr., Mr., Fr., Ofc., Trooper ...) and
  credentials (MD, RN, PharmD ...) stay outside the span.
* DATE: every date element more specific than a year (full dates in any
  format, month+day, month+year, weekdays and holidays used as the date of
  an event).  Bare years, times, durations and recurring schedules are not
  marked.
* AGE: ages over 89 only, the number alone ("[[A|93]] yrs", "in her [[A|90s]]").
* PHONE / FAX: the whole number, extension included.
* SSN, MRN, HEALTH_PLAN, ACCOUNT, LICENSE (driver's, professional and DEA
  numbers), DEVICE (implant / equipment serials), VEHICLE (plates, VINs),
  EMAIL, URL, IP; any other number identifying the person or record
  (accessions, case / claim / run / order / badge / event numbers, NPIs,
  blood-unit numbers) is ID.
* ADDRESS: street number + street, unit, PO box; CITY: cities, towns and
  neighbourhoods (US and foreign); ZIP.  States and countries are not marked.
* Not marked: facility, company and agency names (a town inside one stays
  unmarked and is listed in the note's ``allow``), eponyms, room / bed
  numbers, drug and device model names, scores, lab values, tooth numbers,
  ICD/CPT codes, bare years.

Stdlib only.  Run: python bench/data/make_deid_blind11.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind11.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b11-01",
    "Adaeze Okonkwo",
    """
ED TRIAGE -- [[D|03/14/2024]] 0212
Pt: [[N|Okonkwo, Adaeze N]]   MRN# [[MRN|00482913]]   Acct [[ACCT|V77310245]]
[[A|91]] y/o F BIBA from home in [[C|Millbrook]] after unwitnessed fall. Lives w/ dtr [[N|Chidinma]] at [[ADDR|14 Orchard Ln Apt 2B]], [[C|Millbrook]] NY [[Z|12545]]. Dtr cell [[PH|(845) 555-0172]].
CC: R hip pain, unable to bear wt, R leg shortened/ext rotated. GCS 15.
BP 142/88  HR 96  RR 18  SpO2 95% RA  T 36.4  Pain 8/10
PMH: AFib on apixaban 2.5 mg BID, HTN, OA, hx L wrist fx. Last apixaban dose 2100 yesterday.
EMS run # [[ID|24-031477]]. ESI 2. To Rm 14, hip fx pathway initiated, fascia iliaca block requested.
Triage RN: [[N|K. Marchetti]], RN
""",
)

note(
    "b11-02",
    "Harlan Whitcomb",
    """
EMS PATIENT CARE REPORT   Incident [[ID|2024-0087714]]   Unit M-7
Dispatch [[D|11/02/23]] 1746, on scene 1753. Location: [[ADDR|2290 County Rd 9]], [[C|Pine Hollow]] (farm lane, gravel).
Pt [[N|Harlan Whitcomb]], M, [[A|94]]yo, found by neighbor [[N|Dusty Reinholt]] ([[PH|570.555.0118]]) seated in barn, c/o SOB + CP x 2h.
VS: BP 96/60, HR 118 irreg, RR 24, SpO2 88% RA -> 94% NRB. 12-lead: AFib RVR, no STE.
Tx: ASA 324 mg PO, NTG held (SBP<100), IV 18g L AC, NS TKO.
No wallet card; pt PA DL [[LIC|31 227 846]] used for ID. Medicare MBI [[HP|5TG2-KM8-XR41]].
Transport priority 2, no lights. Pt stable en route, report to receiving RN at 1838.
Crew: [[N|B. Ostrowski]] EMT-P / [[N|L. Fairchild]] EMT-B
""",
)

note(
    "b11-03",
    "Marguerite Lincoln",
    """
OPERATIVE REPORT
Patient: [[N|LINCOLN, MARGUERITE]]    DOB: [[D|09/30/1931]]    MRN: [[MRN|A-3390127]]
DOS: [[D|2/7/2024]]
Surgeon: [[N|Priya Venkataraman]], MD    Assist: [[N|Tomasz Wielgosz]], PA-C
Anesthesia: general, Dr. [[N|Oyelaran]]
Preop dx: L intertrochanteric femur fx.   Postop dx: same.
Procedure: L hip cephalomedullary nail (Gamma3 180 mm, 130 deg, 10.5 lag screw).
Findings: comminuted 4-part fx; pt [[A|92]] years old w/ very osteoporotic bone, good purchase of lag screw in center-center position, TAD 18 mm.
EBL 150 mL. Implant serial [[DEV|4471-09832-K]].
Foley placed in OR. No complications. Pt to PACU stable, WBAT.
Dictated by [[N|pvenkat]] [[D|02/07/2024]] 1432
""",
)

note(
    "b11-04",
    "Summer Nakashima-Reyes",
    """
ANESTHESIA PREOP EVAL   [[D|Jan 9 2024]]
Name: [[N|Summer Nakashima-Reyes]]  (goes by "[[N|Sunny]]")   MRN [[MRN|77120458]]
38F for lap chole. ASA II. Mallampati III, TMD 3 fb, MO >3 cm, neck FROM. Hx PONV x2.
Airway plan: GETT 7.0, VL backup. Consent w/ pt and husband [[N|Marco Reyes]] at bedside.
NPO since 2200. Labs [[D|1/8]]: Hgb 12.9, K 4.1, Cr 0.7. Beta-hCG neg.
Meds: sertraline 50, OCP (held). Allergy: PCN (hives).
PONV ppx: scopolamine patch, dex 4, ondansetron 4 at end.
Contact: [[PH|312-555-0164]] (home); email [[EM|sunny.nreyes@mailbox.example]]
Attending: Dr. [[N|Haverford]]
[[N|jkwon]] CRNA, Lic [[LIC|RN 041-388217]]
""",
)

note(
    "b11-05",
    "Ingrid Bjornsdottir",
    """
CT HEAD W/O CONTRAST
Accession: [[ID|CT24-0558812]]    Order # [[ID|ORD7731920]]
Pt: [[N|Bjornsdottir, Ingrid]]    DOB [[D|1929-04-18]]    Age [[A|94]]
Exam date: [[D|2024-03-02]] 07:41
Ordering: [[N|Adebayo Ferreira]], DO  (pgr [[PH|555-0139]])
Clinical hx: fall, on warfarin, INR 3.2.
Technique: axial 5 mm, no IV contrast. DLP 980 mGy-cm.
Comparison: CT head [[D|11/19/2022]].
Findings: 6 mm L frontal SDH, no midline shift. Chronic small vessel ischemic change. No fx.
IMPRESSION: Acute L SDH, 6 mm. Critical result called to Dr [[N|Ferreira]] at 0802 by [[N|R. Castellanos]], MD; read back confirmed.
""",
)

note(
    "b11-06",
    "Lucien Thibodeaux",
    """
SURGICAL PATHOLOGY REPORT    Case #: [[ID|S24-11873]]
Patient: [[N|Thibodeaux, Lucien J]]    MRN [[MRN|2219-884-0]]    Sex M
Collected [[D|04/22/2024]]   Received [[D|04/23/2024]]   Reported [[D|04/26/2024]]
Submitting: [[N|E. Marchand]], MD
Specimen: A) gallbladder; B) LN, cystic duct
Block/slide ID: [[ID|S24-11873-A2]]
DIAGNOSIS:
A. Gallbladder, cholecystectomy: chronic cholecystitis w/ cholelithiasis. Incidental 3 mm adenomyoma. Negative for dysplasia.
B. Lymph node, cystic duct: one benign lymph node (0/1).
GROSS: 7.8 x 3.1 x 2.4 cm bile-stained GB, wall 0.3 cm, 14 yellow-green stones up to 1.1 cm.
Pathologist: [[N|Mei-Ling Sato]], MD (e-signed [[D|4/26/24]] 16:05)
""",
)

note(
    "b11-07",
    "Clement Abernathy",
    """
MICU PROGRESS NOTE  HD#4  [[D|12/27]]
[[N|Abernathy, Clement]]   [[A|96]]M   Bed 7   MRN [[MRN|30087721]]
S: Intubated overnight for hypercarbic RF. Son [[N|Wesley]] visited, wants full code for now; HCP is dtr [[N|Rosalind Abernathy-Pike]] ([[PH|+1 503 555 0107]]), lives in [[C|Sellwood]].
O: Tmax 38.1. MAP 63-71 on norepi 0.06. Vent AC 450/18/PEEP 8/FiO2 40%. ABG 7.31/58/84.
UOP 0.4 mL/kg/h. Cr 1.9 (1.2 on [[D|12/24]]). Lactate 2.1.
A/P:
1. Septic shock, likely PNA - cont cefepime/vanc D3, f/u sputum cx [[ID|MB-24-118830]].
2. AKI - renally dose abx, avoid nephrotoxins.
3. GOC - family mtg planned [[D|Friday]] w/ palliative.
[[N|T. Goldblum]], MD / PGY-2 [[N|A. Qureshi]]
""",
)

note(
    "b11-08",
    "Eleanor Brightwater",
    """
RAPID RESPONSE TEAM NOTE
Called [[D|6/18/24]] 0315 to 5 West rm 512 for acute AMS/hypotension.
Pt: [[N|Eleanor]] "[[N|Nell]]" [[N|Brightwater]], F, age [[A|101]]. MRN [[MRN|M0043318]].
Primary RN [[N|Jasmine]] noted pt difficult to arouse, BP 78/40. FSBG 38.
Interventions: D50 1 amp IV, repeat FSBG 142 @ 0325. NS 500 mL bolus -> BP 104/62.
Pt now A&Ox2, baseline per RN. Glipizide held; pharmacy notified ([[N|Okafor]], PharmD).
Code status DNR/DNI confirmed w/ nephew [[N|Raymond Brightwater]] by phone [[PH|785-555-0126]].
Disposition: remain on unit, q1h FSBG x4, D10 if <70.
RRT RN [[N|Haley O'Donnell]] badge #[[ID|44107]]; hospitalist Dr. [[N|Jun Park]]
""",
)

note(
    "b11-09",
    "Wanda Faye Dorsey",
    """
TRANSFER CENTER LOG   [[D|Sat 09/07/2024]] 22:18
Caller: Dr. [[N|Lindqvist]], ED, Harlan County Community Hosp ([[C|Harlan]], KY)
Callback [[PH|606-555-0191]] / fax [[FX|606-555-0192]]
Pt: [[N|Dorsey, Wanda Faye]], [[A|90]] F, NSTEMI, trop 2.8 -> 4.1, ongoing CP despite NTG gtt. Heparin gtt started 21:40.
Request: cath lab eval, no PCI capability at sending.
Accepting: Dr. [[N|Abiodun]] (cards). Transfer ID [[ID|TC-240907-031]].
Bed: CCU 4, assigned 22:40. Mode: ALS ground, ETA 0030.
Ins: Humana MA, member [[HP|H48210377]]
Logged by [[N|mrosales]]
""",
    allow=("Harlan",),
)

note(
    "b11-10",
    "Hope Castellano",
    """
DISCHARGE SUMMARY
Admit: [[D|10/03/2023]]    Discharge: [[D|10/09/2023]]
Patient: [[N|Hope Castellano]]    DOB [[D|5/5/1934]]    MRN [[MRN|5512088]]
Attending: [[N|Ibrahim Haddad]], MD    PCP: Dr. [[N|Glenys Parry]] ([[C|Bethel]])
Dx: ADHF (HFrEF, EF 25%), AKI resolved.
Med changes: furosemide 40 -> 60 mg daily; ADD spironolactone 12.5 mg; STOP ibuprofen. Metoprolol succ 25 mg 1/2 tab BID unchanged.
Follow-up: HF clinic [[D|10/16]] 9:30 am; BMP in 1 wk. Daily wts, call if up 3 lb.
D/C home w/ spouse [[N|Walt]]. [[ADDR|88 Brook Hollow Rd]], [[C|Bethel]] CT [[Z|06801]]. Ph [[PH|203 555 0148]].
Pt hopes to be back gardening by spring.
""",
)

note(
    "b11-11",
    "Dilnoza Yusupova",
    """
PHARMACY INTERVENTION   [[D|Wed 1/31/24]]
Pt [[N|Yusupova, Dilnoza]]  ([[A|91]] y.o.)   MRN [[MRN|K4471290]]
Issue: enoxaparin 1 mg/kg q12h ordered; CrCl 22 mL/min (wt 48 kg, SCr 1.4).
Rec: reduce to 1 mg/kg q24h; anti-Xa 4h after 4th dose. Accepted by Dr. [[N|Ng]].
Also: duplicate acid suppression (pantoprazole + famotidine) -> famotidine d/c'd.
Home tramadol from outside prescriber Dr. [[N|Feldspar]], DEA [[LIC|BF4418273]]; verified via PDMP, last fill 30 tabs.
Time spent 20 min.
[[N|Ngozi Eze]], PharmD   lic [[LIC|RPH.0318842]]
""",
)

note(
    "b11-12",
    "Jordan Brooks",
    """
SPORTS MED CLINIC   [[D|Aug 14, 2024]]
[[N|Jordan Brooks]], 19M, D1 soccer (left back), ref by ATC [[N|Kelsey Ybarra]].
HPI: L knee injury [[D|8/10]] in preseason scrimmage in [[C|Maple Grove]]. Plant-and-pivot, felt pop, effusion within 2h.
Exam: + Lachman (2B), + pivot shift, neg McMurray, MCL stable at 0/30. Apley neg. Effusion 2+.
MRI [[D|8/12]] (acc [[ID|MR8840213]]): complete ACL tear, bone bruise LFC/posterolateral tibia. Menisci intact.
Plan: ACL recon w/ BTB autograft, tentatively [[D|8/29]]. Prehab, hinged brace, crutches PRN.
Mom [[N|Leticia Brooks]] [[PH|(515) 555-0133]]. Student-athlete ID [[ID|900417765]].
""",
)

note(
    "b11-13",
    "Augustine Winslow",
    """
ORTHO F/U -- POD 14
Pt: [[N|WINSLOW, AUGUSTINE]] "[[N|GUS]]"   [[A|93]] yrs.   s/p R TKA [[D|4-2-24]]
Incision c/d/i, staples removed, steri-strips applied. ROM 5-95. Quad lag minimal. Calf soft, neg Homans.
XR: well-seated components (Attune PS size 6), no lucency.
Plan: PT 3x/wk, ASA 81 BID x 4 more wks, return [[D|May 28]].
Ride: grandson [[N|Tobias]] drives him; PT close to home in [[C|Lake Hiawatha]].
Asked re handicap placard renewal - pt NJ DL [[LIC|W1827 46103 07712]] expired [[D|3/2024]], grandson to handle at MVC.
Dr. [[N|Ananya Bose]]
""",
)

note(
    "b11-14",
    "Oluwaseun Adeyemi-Clarke",
    """
ORAL & MAXILLOFACIAL SURGERY -- consult   [[D|07.03.2024]]
Pt: [[N|Oluwaseun Adeyemi-Clarke]]   DOB [[D|12.11.1998]]   Chart [[MRN|OMS-55108]]
CC: swelling R mandible x3d, #32 partially erupted. Trismus 22 mm. T 38.2.
Dx: pericoronitis w/ early buccal space infxn.
Plan: I&D in clinic, extract #32 + #17 under LA (4% articaine 1:100k, 3 carp). Augmentin 875 BID x7d, CHX rinse.
Pano on file (img [[ID|PX-0703-118]]).
Referred by Dr. [[N|Farah Siddiqui]] DDS, lic [[LIC|DN 0047821]].
Pt works nights; prefers text [[PH|404-555-0183]]. Emergency contact roommate [[N|Kwame]].
Signed [[N|H. Lindgren]], DMD
""",
)

note(
    "b11-15",
    "Gertrude Oyelowo-Banks",
    """
OPHTHALMOLOGY   [[D|11/21/2023]]
[[N|Gertrude Oyelowo-Banks]]   [[A|97]]F   MRN [[MRN|0923-3317]]
CC: sudden painless vision loss OS since [[D|Sunday]].
VA cc: OD 20/50, OS CF 3 ft. IOP 16/18. APD OS.
DFE OS: cherry-red spot, attenuated arterioles, box-carring -> CRAO.
ESR 88, CRP 41 -> r/o GCA: start pred 60 today, TA bx w/ Dr. [[N|Whitfield]] [[D|Thurs]].
Hx: AMD OD (aflibercept q8w), pseudophakia OU.
Lives [[ADDR|301 Calder St, Unit 114]], [[C|Glen Ellyn]] IL; aide [[N|Marisol]] [[PH|630-555-0110]].
""",
)

note(
    "b11-16",
    "Bodil Rasmussen",
    """
ENT CLINIC NOTE -- [[D|3 Jun 2024]]
[[N|Rasmussen, Bodil K.]], F, [[A|94]]
Referred by Dr. [[N|Chaudhary]] for R neck mass x 2 mo.
Flex scope: R vallecula exophytic lesion ~2 cm, VF mobile bilat, airway patent.
FNA [[D|5/30]] (acc [[ID|C24-4418]]): SCC, p16 neg.
CT neck [[D|5/28]] (acc [[ID|CT-2405-99412]]): 2.3 cm R level II node.
Stage cT2N1M0. Tumor board [[D|6/11]].
Pt hard of hearing; R hearing aid serial [[DEV|HA-7730194]] out for repair, used pocket talker.
Contact: dtr-in-law [[N|Sigrid]] [[PH|612.555.0158]]; pt lives in [[C|Dinkytown]].
""",
)

note(
    "b11-17",
    "Ezekiel Farnsworth",
    """
CODE BLUE RECORD
Date [[D|02/29/2024]]   Time called 14:06   Location: 3 East, Rm 318B
Pt: [[N|Farnsworth, Ezekiel]]   MRN [[MRN|6630041]]   Age [[A|92]]
Initial rhythm: PEA -> VF @ 14:10. Shock 200J x2. Epi 1 mg q3-5 min x4. Amio 300.
ROSC 14:29. Post-ROSC BP 88/50, norepi started. ETT 7.5 @ 23 cm, ETCO2 32.
Code leader: Dr. [[N|S. Mahlaba]]; Recorder: [[N|Kristin Vo]], RN; Pharm [[N|Luis]].
Family: wife [[N|Opal]] notified 14:35 at [[PH|(919) 555-0147]].
Code event # [[ID|CE-2024-0219]]
""",
)

note(
    "b11-18",
    "Dakota Fenwick-Oduya",
    """
UC VISIT  [[D|7/5/24]]
Pt [[N|Dakota Fenwick-Oduya]], 27M. Burned R hand on the [[D|Fourth of July]] lighting fireworks.
2nd deg partial thickness palmar burn ~2% TBSA, no circumferential involvement.
DL [[LIC|TX 40917733]] scanned at check-in. Ins: BCBS TX, ID [[HP|XOJ884120937]] grp 00917.
Tx: cleaned, debrided blisters, silver sulfadiazine, bulky dressing. Tdap given (last 2011).
F/u burn clinic [[D|7/8]]; call [[PH|512-555-0161]] if fever or spreading redness.
Provider: [[N|Rebecca Thorne]], PA-C   Scribe: [[N|mjacobs]]
Work note: off until [[D|July 10th]].
""",
)

note(
    "b11-19",
    "Mateo Quispe",
    """
TRAUMA ACTIVATION - LEVEL 1   [[D|05-19-2024]] 23:52
Arrived as unknown, temp MRN [[MRN|TR-88017]]; later ID'd as [[N|Mateo Quispe Huaman]] via CO DL [[LIC|17-552-0934]].
MOI: MCC vs pickup, helmeted, ~45 mph, Hwy 287 near [[C|Berthoud]]. Motorcycle plate [[VEH|CO 4KX-L29]].
Primary: A patent, B dec BS L, C HR 128 BP 84/50, D GCS 13 (E3V4M6), E abrasions.
FAST + LUQ. CXR L PTX -> chest tube 28Fr. 2u PRBC via RI.
To OR w/ Dr. [[N|Kaczmarek]] for ex-lap 00:31.
Sister [[N|Rocio]] arrived 01:10, ph [[PH|970-555-0124]].
""",
)

note(
    "b11-20",
    "Quincy Amadi",
    """
INTERVENTIONAL RADIOLOGY PROCEDURE NOTE
Date: [[D|Oct 30 2023]]    Acc# [[ID|IR23-07719]]
Pt: [[N|Quincy Amadi]], 64M, MRN [[MRN|88100324]]
Procedure: US-guided RIJ tunneled HD catheter (Palindrome 23 cm tip-to-cuff).
Operator: Dr. [[N|Helga Stroud]]; Fellow: [[N|Rajiv Menon]], MD
Sedation: moderate, midazolam 2 mg / fentanyl 100 mcg, RN [[N|Becca]] monitoring.
Fluoro 0.8 min, 12 mGy. EBL minimal. No complications.
Catheter serial [[DEV|L0923A-5571]]. Tip at cavoatrial junction. OK to use today.
Outpt HD at DaVita Dundalk MWF; pt lives in [[C|Dundalk]], wife [[N|Chioma]] [[PH|410-555-0171]].
""",
    allow=("Dundalk",),
)

note(
    "b11-21",
    "Gaston Lemaire",
    """
NSG FLOWSHEET NARRATIVE -- 7W   [[D|1/15/24]]
0700 Rcvd report from [[N|Trish]] RN. Pt Mr. [[N|Lemaire]], [[A|99]] y/o, A&Ox1 (baseline), 2L NC, SpO2 94%.
0800 Sched meds given crushed in applesauce. Ate 1/2 of breakfast.
0930 Skin: stage 2 sacrum 2x1.5 cm, Mepilex changed. Braden 12. Turned q2h.
1115 PT [[N|Anouk]] ambulated 10 ft w/ RW + 2 assist.
1400 Son [[N|Gaston Lemaire]] called ([[PH|337-555-0115]]) - updated after password verified.
1600 Bladder scan 420 mL, straight cath 450 mL clear yellow.
1845 Report to [[N|Deshawn]] RN.
-- [[N|kpatel3]] RN
""",
)

note(
    "b11-22",
    "Wilhelmina Achterberg",
    """
MEDICATION RECONCILIATION -- ADMISSION   [[D|9/22/2023]]
Pt [[N|Achterberg, Wilhelmina]] ([[A|95]])   MRN [[MRN|10-488-372]]
Source: niece [[N|Joyce]] + pill bottles + pharmacy list (store in [[C|Sheboygan Falls]], faxed from [[FX|920-555-0177]]).
- levothyroxine 75 mcg daily -- continue
- metoprolol tart 25 mg 1/2 tab BID -- continue
- donepezil 10 mg qhs -- continue
- oxybutynin 5 mg -- HOLD (Beers, anticholinergic)
- warfarin 2.5 mg M/W/F, 5 mg other days -- HOLD, INR 4.6
Bottle Rx #s [[ID|6620193]], [[ID|6620194]]; prescriber Dr. [[N|Vanderhoef]], NPI [[ID|1629384710]].
Completed by [[N|C. Abara]], PharmD
""",
)

note(
    "b11-23",
    "Anselm Brzezinski",
    """
DISCHARGE INSTRUCTIONS (patient copy)
Name: [[N|Anselm T. Brzezinski]]     Discharged: [[D|Dec 2, 2023]]
You were treated for: pneumonia.
Your age: [[A|100]]  (Happy belated birthday from all of us on 4 North!)
Mailing address on file: [[ADDR|PO Box 417]], [[C|Hamtramck]] MI [[Z|48212]]
Follow up with Dr. [[N|Nowicki]] in 1 week -- appt [[D|12/8]] @ 10:15.
Take amoxicillin-clavulanate 875 mg twice daily until [[D|12/6]].
Return to ED for: fever over 101, new confusion, trouble breathing.
Questions? Call 4 North [[PH|313-555-0130 x4421]]
Your nurse today: [[N|Pilar]]    Your case manager: [[N|Ifeoma Nwosu]], RN
""",
)

note(
    "b11-24",
    "Lincoln Achebe-Morrow",
    """
ED PROVIDER NOTE   [[D|2024-01-06]]
Pt: [[N|Lincoln Achebe-Morrow]], 4 y/o M, brought by mother [[N|Temperance]] and grandfather [[N|Cyril Morrow]].
HPI: ingested unknown # of grandfather's amlodipine 10 mg tabs ~1 h PTA at grandpa's apt ([[ADDR|4120 Farragut Ave, #3R]], [[C|Flatbush]]).
PE: HR 88, BP 84/48 (low for age), alert, well-perfused, cap refill <2 s.
Poison Center consulted, case # [[ID|PC-24-006611]]: rec admit for 24h tele obs.
Plan: PICU; glucose q1h; calcium and high-dose insulin available.
Mom cell [[PH|718-555-0199]].
Dr. [[N|Tovah Greenbaum]] / Dr. [[N|Emeka Obi]] (resident)
""",
)

note(
    "b11-25",
    "Calliope Petrakis",
    """
INTRAOP ANESTHESIA RECORD (summary)
[[N|Petrakis, Calliope]]   [[D|08/19/24]]   [[A|90]]F   56 kg   ASA III
Proc: R hip hemiarthroplasty (cemented) for FNF.
Anesth: spinal, 0.5% bupivacaine 10 mg + fentanyl 15 mcg at L3-4, 25G Whitacre, 1 pass. Propofol 25-50 mcg/kg/min.
Events: 0842 hypotension 78/40 after cementing -> phenylephrine 100 mcg x3, resolved.
Fluids: LR 900, EBL 250, UOP 150.
Attending: [[N|M. Aydin]], MD   Resident: [[N|Chloe Fanning]], MD   CRNA [[N|Darnell Pruitt]] (lic [[LIC|CRNA 2201784]])
In 0745, out 0950. Handoff to PACU RN [[N|Willa]].
Anesthesia case # [[ID|AN-0819-0114]]
""",
)

note(
    "b11-26",
    "Xiuying Ma",
    """
MRI L-SPINE W/WO
Acc [[ID|MR-24-0310457]] | MRN [[MRN|3301998]] | [[N|Ma, Xiuying]] ([[A|97]])
Date: [[D|March 10, 2024]]
Ref: [[N|Oduya]], Dr.
Hx: back pain, hx breast ca 2009, r/o mets.
Findings: Enhancing lesion L3 body 1.4 cm, no epidural extension. Multilevel spondylosis, L4-5 mod canal stenosis. Conus at L1.
Impression: Solitary L3 lesion suspicious for osseous metastasis. Recommend bx (IR).
Prelim Dr. [[N|Vikram Salgaocar]] (resident) [[D|3/10]] 21:04; final Dr. [[N|Lucy Amberfield]] [[D|3/11]] 08:12.
Result notification ID [[ID|CRN-88172]].
""",
)

note(
    "b11-27",
    "Lamar Whitlock",
    """
ED NOTE   [[D|2/12/24]] 04:40
[[N|Lamar Whitlock]] aka "[[N|Bear]]", 58M, unhoused, stays at the shelter on [[ADDR|1900 S Harrison St]] in [[C|Old North]].
CC: frostbite bilat feet after 2 nights outside. EtOH 210.
Exam: dusky R 3rd-5th toes, clear blisters L foot, cap refill slow. Able to bear weight with pain.
Tx: rapid rewarming 37-39C water bath, ibuprofen, tetanus. Podiatry consult.
Shelter case mgr [[N|Bernadette]] [[PH|317-555-0104]]; shelter client ID [[ID|HL-30027]].
Medicaid [[HP|100447721399]].
Pt declines admission; AMA form signed, capacity intact per Dr. [[N|Roux]].
""",
    allow=("bear",),
)

note(
    "b11-28",
    "Imelda DeLacroix-Santos",
    """
SICU NSG NOTE   [[D|Nov 5]] night shift
[[N|DeLacroix-Santos, Imelda]]   F, [[A|98]]   POD1 s/p ex-lap SBO/LOA (Dr [[N|Mwangi]])
Neuro: RASS -1, CAM-ICU neg. Sedation off.
CV: SR 70s, A-line R radial, MAP > 65.
Resp: extubated 2130 to 4L NC, IS 500.
GI: NGT LIWS 300 mL bilious. NPO.
GU: Foley, 35-50 mL/h.
Lines: RIJ TLC placed [[D|11/4]], line day 2.
Family: grandson [[N|Benedikt]] at bedside until 2300; pref phone [[PH|415-555-0156]].
Pt's glasses + hearing aids in drawer; upper denture in labeled cup.
[[N|Bridget Foley]], RN
""",
    allow=("Foley",),
)

note(
    "b11-29",
    "Florentyna Kowalczyk",
    """
DENTAL NOTE -- hospital dentistry   [[D|06/06/2024]]
Pt [[N|Florentyna Kowalczyk]] ([[A|92]] y/o F), pre-zoledronic acid dental clearance.
Exam: edentulous maxilla (complete denture, ill-fitting); mand teeth #22-27 remain. #23 mobility 2, #27 root caries.
Rads: PA #22-27 (img [[ID|DX240606-07]]).
Plan: ext #23, #27 under LA (2% lido 1:100k, 2 carp). Reline denture. Clearance letter to Dr. [[N|Agnieszka Wrona]].
Transport: daughter [[N|Halina]] drives from [[C|Chicopee]]; [[PH|413-555-0112]].
Provider [[N|R. Ostergaard]], DDS   Lic. [[LIC|MA DN21778]]   NPI [[ID|1306651208]]
""",
)

note(
    "b11-30",
    "Keanu Akana-Whitford",
    """
UC NOTE   [[D|Saturday 4/13]]
[[N|Keanu Akana-Whitford]] 15M, here w/ dad [[N|Duke]]. Skateboarding fall ~1h ago, FOOSH L.
Exam: snuffbox TTP, no deformity, NV intact, cap refill <2s.
XR L wrist (acc [[ID|UC-XR-44190]]): no fx seen; scaphoid views neg.
Dx: clinical scaphoid fx suspected. Thumb spica splint, no contact sports, sports med f/u 7-10 d w/ repeat XR.
Portal acct: [[EM|duke.whitford808@example.net]]; dad ph [[PH|808 555 0153]].
Address: [[ADDR|45-210 Kam Hwy]], [[C|Kaneohe]] HI [[Z|96744]]
Provider: [[N|Noelani Kahale]], APRN
""",
)

note(
    "b11-31",
    "Solveig Marquardt",
    """
ED BEHAVIORAL HEALTH -- emergency detention   [[D|01/19/2024]] 16:20
Pt: [[N|Solveig Marquardt]] 34F. Brought by Eau Claire PD (Ofc. [[N|Trang]], badge #[[ID|1187]]) from her apt in [[C|Eau Claire]].
Emergency detention petition, case # [[ID|2024ME000038]].
Hx: bipolar I, off lithium x2 mo. Manic, pressured speech, not slept x4d. Threatened neighbor [[N|Gerald]].
Meds: olanzapine 10 mg IM 16:45.
Labs: Li <0.1, UDS neg, TSH nl, hCG neg.
Crisis worker [[N|Ayo Bankole]], LCSW ([[PH|715-555-0198]]).
Plan: inpatient psych bed search; Dr. [[N|Van Ness]] to see in AM.
""",
    allow=("Eau Claire",),
)

note(
    "b11-32",
    "Ruslan Abdrakhmanov",
    """
EYE ER   [[D|09/02/2024]] ([[D|Labor Day]])
[[N|Ruslan Abdrakhmanov]] 41M, metal worker, grinding w/o goggles at shop in [[C|Cicero]].
VA OD 20/25, OS 20/80. Slit lamp OS: metallic FB at 4 o'clock paracentral cornea with rust ring, Seidel neg. AC quiet.
Removed w/ 25G needle + Alger brush under topical proparacaine.
Rx: moxifloxacin gtt QID x5d, cyclopentolate 1% once.
Workers' comp claim [[ID|WC-7718-20240902]]; employer contact [[N|Marge Tillotson]] [[PH|708-555-0168]].
RTC [[D|Thursday]] for residual rust.
Dr. [[N|Esi Mensah]] / tech [[N|lgomez]]
""",
)

note(
    "b11-33",
    "Avery-Grace Holloway",
    """
OP NOTE -- ENT
Pt: [[N|Avery-Grace Holloway]]   DOB [[D|03/22/2017]]   MRN [[MRN|PED-0049172]]
Date [[D|6/24/24]]
Surgeon: Dr. [[N|Feng]]   Anesth: Dr. [[N|Sorensen]]
Procedure: T&A (coblation), BMT (Armstrong beveled tubes).
Findings: 3+ tonsils, 80% adenoid obstruction, thick mucoid effusion AU.
EBL 10 mL. Tolerated well, no complications.
Dispo: home same day. Post-op call [[D|6/25]] by RN to mom [[N|Tamsin]] at [[PH|(801) 555-0186]].
Path: tonsils/adenoid gross only ([[ID|SP24-22071]]).
""",
)

note(
    "b11-34",
    "Ottoline Beauchamp",
    """
GED NOTE (Geriatric ED)   [[D|14-Feb-2024]]
Pt [[N|Ottoline Beauchamp]], aged [[A|103]], from independent living ([[ADDR|600 Elmwood Pl, Apt 7C]], [[C|Kirkwood]] MO [[Z|63122]]).
Brought by private aide [[N|Fatmata]] after found on floor ~0600, down time unknown.
Exam: small occipital hematoma, no focal deficits. CK 1240.
CTH/C-spine neg (acc [[ID|CT0214-2271]], [[ID|CT0214-2272]]).
ISAR 4/6. 4AT 2.
Plan: obs, IVF, PT/OT, home safety eval. Med list reviewed: stop diphenhydramine PRN.
POA: nephew [[N|Reginald Beauchamp]] [[PH|314 555 0120]].
""",
)

note(
    "b11-35",
    "Tobiah Greenleaf",
    """
FROZEN SECTION / INTRAOPERATIVE CONSULTATION
Case [[ID|FS-24-0391]]   Pt [[N|Greenleaf, Tobiah]]   MRN [[MRN|4410782]]   Loc OR 6
Accession barcode [[ID|A0057729134]]
Received [[D|5/7/2024]] 10:42; called 10:58
Specimen: R thyroid lobe, 4.1 cm, oriented w/ long stitch superior.
FS dx: follicular lesion, defer to permanents.
Called to Dr. [[N|Okoye]] in OR 6 by Dr. [[N|Raines]] (read-back done).
Permanent report: see [[ID|S24-30218]] (expected [[D|5/10]]).
Hx: 5 cm R nodule, Bethesda IV on FNA [[D|3/28]], Afirma suspicious.
""",
)

note(
    "b11-36",
    "Ferdinand Kleinschmidt",
    """
IFT RUN SHEET -- Medic 12   Run #[[ID|R24-118402]]
Date [[D|10-27-2024]]. Pickup 1315 from outlying ED in [[C|Wapakoneta]].
Pt [[N|Ferdinand]] "[[N|Ferdie]]" [[N|Kleinschmidt]], [[A|92]]yo M.
Dx: GI bleed, Hgb 6.8. 1u PRBC infusing at 150 mL/h (unit # [[ID|W0361 24 118822 7]]).
VS q15: BP 102/58 -> 110/64, HR 104 -> 96, SpO2 97% 2L.
On apixaban, last dose 0800.
Wife [[N|Lorna]] following in POV, cell [[PH|419-555-0131]].
Receiving GI: Dr. [[N|Baptiste]]; report to [[N|Cheyenne]], RN (charge) 14:20.
Crew: [[N|J. Vukovich]], paramedic, OH cert [[LIC|P-118734]]
""",
)

note(
    "b11-37",
    "Brooks Nakamura-Ellison",
    """
DISCHARGE SUMMARY -- Surgery
[[N|Nakamura-Ellison, Brooks]]  |  MRN [[MRN|7004412]]  |  Acct [[ACCT|HX-00231877]]
Adm [[D|5.12.24]] / D/C [[D|5.16.24]] / LOS 4
Proc: lap appendectomy [[D|May 12th]] (Dr. [[N|Szabo]]), perforated; 4 days IV pip-tazo.
Course: POD2 ileus, resolved. Drain removed [[D|5/15]].
D/C meds: amox-clav 875 mg BID through [[D|5/22]], APAP 1 g q8h PRN, oxycodone 5 mg q6h PRN #8 (PDMP checked).
F/u: clinic [[D|Tuesday 5/28]] @ 1:40 pm w/ Dr. [[N|Szabo]] or NP [[N|Kirsten Alvarado]]; call [[PH|206-555-0145]].
Work: return [[D|June 3]]; employer form faxed to [[FX|206-555-0146]].
PCP: Dr. [[N|Hollis Tran]], [[C|Ballard]].
""",
)

note(
    "b11-38",
    "Delphine Arceneaux",
    """
PHARMACY NOTE -- outside Rx verification   [[D|4/2/2024]]
Pt: [[N|Delphine Arceneaux]] 52F, admitted w/ sedation, ?opioid/benzo.
PDMP query #[[ID|PMP-2404-77813]]: 3 prescribers in 60 days.
 - oxycodone 10 mg #90, Dr. [[N|R. Guidry]], DEA [[LIC|AG3381275]], filled [[D|3/5]]
 - alprazolam 1 mg #60, Dr. [[N|P. Landry]], DEA [[LIC|BL6620417]], filled [[D|3/11]]
 - oxycodone 10 mg #90, [[N|Tamika Fontenot]], NP, DEA [[LIC|MF4427733]], filled [[D|3/19]]
Rec: naloxone kit at d/c, share PDMP hx with primary team, pain mgmt referral.
Discussed w/ Dr. [[N|Hebert]]; husband [[N|Rene]] informed per pt request.
[[N|Yolanda Pierre-Louis]], PharmD
""",
)

note(
    "b11-39",
    "Marisela Dominguez",
    """
SPORTS CONCUSSION CLINIC   [[D|Sept 16, 2024]]
[[N|Marisela]] "[[N|Mari]]" [[N|Dominguez]], 16F, varsity volleyball, lives in [[C|Whitestown]].
Injury [[D|9/12]]: collided w/ teammate, +HA, photophobia, no LOC.
SCAT6 symptom severity 34/132, SAC 24/30. VOMS provoked. BESS 18 errors.
ImPACT baseline [[D|Aug 2023]] vs today: verbal memory 91 vs 68.
Plan: relative rest 48 h then graduated return-to-learn; no RTP until sx-free and back to baseline. School accommodations letter.
ATC [[N|Brandon Oyelaran-Hughes]] ([[EM|bhughes@zcs.example.org]]); mom [[N|Yesenia]] [[PH|317.555.0140]].
Dr. [[N|Caleb Montgomery]], DO
""",
)

note(
    "b11-40",
    "Vo Thi Hoang Yen",
    """
HAND SURGERY CLINIC
[[N|Vo Thi Hoang Yen]] 44F   DOS [[D|02/05/24]]   MRN [[MRN|41-77-003]]
Injury [[D|1/29]] at work (nail salon): glass lac volar R index finger, closed in ED.
Exam: no active DIP flexion R index; FDS intact. 2PD 8 mm radial digital n.
Dx: FDP zone 1/2 laceration + ?digital nerve injury.
Plan: flexor tendon repair (4-strand) [[D|2/7]]; consent via interpreter [[N|Minh]] (Vietnamese, ID [[ID|INT-5521]]).
Workers' comp claim [[ID|FL-WC-24-118390]]. FL DL [[LIC|V300-471-68-522-0]] copied for file.
Husband [[N|Khanh]] [[PH|(407) 555-0178]]; lives [[C|Pine Hills]].
Dr. [[N|Ingeborg Sandvik]] / OT [[N|Paisley]]
""",
)

note(
    "b11-41",
    "Tyrese Blankenship",
    """
ED NOTE -- dental   [[D|Nov 24, 2023]] (day after [[D|Thanksgiving]])
[[N|Tyrese Blankenship]] 29M. R lower facial swelling x3d, trismus, no stridor, handling secretions.
#30 grossly carious, fluctuance buccal vestibule. Floor of mouth soft; Ludwig's unlikely.
CT face (acc [[ID|CT23-1124-0087]]): 1.8 cm R buccal space abscess.
I&D by OMFS Dr. [[N|Pham]]; clinda 600 IV; d/c on clinda 300 QID x7d.
No dentist; referral to FQHC dental clinic in [[C|Lumberton]], ph [[PH|910-555-0102]].
NC DL [[LIC|000031772844]] on file for Rx pickup. Medicaid ID [[HP|9440218711]].
""",
)

note(
    "b11-42",
    "Euphemia Strand",
    """
OPERATIVE NOTE -- OPHTHALMOLOGY
Patient: [[N|Euphemia Strand]]   Age: [[A|95]]   MRN [[MRN|E-2048816]]   DOS [[D|10 Jan 2024]]
Procedure: phaco + PCIOL, OS.
IOL: Tecnis ZCB00 +21.5 D, serial [[DEV|1984773021]].
Anesthesia: topical + intracameral lido, MAC (Dr. [[N|Bellweather]]).
Findings: 3+ NS cataract, small pupil -> Malyugin ring 6.25.
Complications: none; PC intact.
Postop: pred forte QID, moxi QID OS; POD1 [[D|1/11]] 8 AM.
Surgeon [[N|Jerome Achterberg]], MD. Escorted by granddaughter [[N|Lark]] ([[PH|508-555-0166]]) home to [[C|Woods Hole]].
""",
)

note(
    "b11-43",
    "Marcus Aurelio Pereira",
    """
ED NOTE   [[D|7/22/24]] 2310
[[N|Marcus Aurelio Pereira]] -- [[A|96]] y/o M on warfarin (INR 3.9) w/ L anterior epistaxis x 2 h.
BP 188/96 on arrival. Hgb 11.2.
Tx: oxymetazoline + pressure x 20 min failed -> Rhino Rocket 5.5 cm L. Bleeding controlled 2345. Warfarin held, no reversal.
ENT (Dr. [[N|Abernathy]]) by phone: keep pack 3 d, cephalexin, f/u ENT clinic [[D|7/25]].
Pt is [[A|96]] but fully independent, lives alone at [[ADDR|9 Cove Rd]], [[C|Fall River]]; son [[N|Tiago]] staying w/ him tonight, ph [[PH|774-555-0193]].
""",
)

note(
    "b11-44",
    "Augustus Freeman-Ilori",
    """
ICU FAMILY MEETING NOTE   [[D|Monday 3/18/24]] 15:00
Pt: [[N|Augustus Freeman-Ilori]], [[A|93]]M, HD 9 s/p cardiac arrest, anoxic brain injury (MRI [[D|3/15]] diffuse restriction), SSEP N20 absent bilat.
Present: wife [[N|Hermione]] (HCP), sons [[N|Kofi]] & [[N|Jordan]], dtr [[N|Abena Freeman]] (by phone from [[C|Accra]]), chaplain Fr. [[N|Doyle]], SW [[N|Pam Lutz]], RN [[N|Quinn]], Dr. [[N|Ravindran]] (attending).
Discussion: poor neuro prognosis. Family: pt "would never want machines."
Plan: comfort-focused care; terminal extubation [[D|Wednesday]] after grandson [[N|Elijah]] arrives from [[C|Kumasi]]. DNR.
Time 55 min, >50% counseling.
""",
)

note(
    "b11-45",
    "Geneva Pruitt",
    """
BED BOARD / PATIENT FLOW CHAT EXPORT   [[D|1/3/24]]
21:02 [[N|aokafor]]: ED hold x6. need tele bed for [[N|Pruitt, Geneva]] ([[A|91]]F, CHF) MRN [[MRN|9031174]]
21:05 [[N|tlarsen_bedmgr]]: 6N-22 dirty, EVS called. ETA 45m
21:09 [[N|aokafor]]: also need ICU for [[N|J.D.]] in bay 4 -- MRN [[MRN|9030418]] -- DKA on insulin gtt
21:14 [[N|hsuleiman]]: 6N-22 clean. assign [[N|Pruitt]] there
21:16 [[N|tlarsen_bedmgr]]: MICU 3 opens after the 2100 transfer out to [[C|Tupelo]]
21:20 [[N|aokafor]]: thx. report to [[N|Marisol]] on 6N for [[N|Pruitt]]; DKA pt to MICU 3 once bed ready
""",
)

note(
    "b11-46",
    "Francisca Santiago",
    """
XR CHEST 1 VIEW PORTABLE
Acc#: [[ID|XR-0422-71183]]    [[D|04/22/2024]] 05:12
Pt: [[N|SANTIAGO, FRANCISCA]]   MRN [[MRN|61009874]]   [[A|99]]F   Loc: MICU 12
Indication: ETT placement.
Comparison: [[D|4/21/2024]] 18:40.
Findings: ETT tip 3.2 cm above carina. OGT in stomach. R IJ CVC tip in SVC. Bibasilar opacities, L>R, small L effusion. No PTX.
Impression: Lines/tubes as above. Worsening LLL opacity.
Read by Dr. [[N|Guttormsen]]; tech [[N|ashah]]
""",
)

note(
    "b11-47",
    "Cornelius Aldana",
    """
BURN ICU ADMIT H&P   [[D|December 19, 2023]]
[[N|Cornelius Aldana]] 67M, house fire at [[ADDR|3317 Ridgecrest Dr]], [[C|Strawberry Mansion]], ~02:00. Found by FD in bedroom.
TBSA 28% (2nd/3rd deg: face, chest, bilat UE). Singed nasal hairs, carbonaceous sputum -> intubated in field. COHb 22%.
Parkland: 4 x 82 kg x 28 = 9184 mL/24h, half in first 8h.
Escharotomies bilat UE at bedside 06:10.
Wife [[N|Yvette]] (hand burns, in ED) is HCP. Fire marshal report # [[ID|FM-23-4411]].
Attending Dr. [[N|Hrabowski]] / fellow Dr. [[N|Adaeze Nwachukwu]]
""",
)

note(
    "b11-48",
    "Mortimer Ashgrove",
    """
STROKE ALERT NOTE   [[D|08/08/2024]]
LKW 13:40 per wife [[N|Beatrix]]; door 14:22; CT 14:29; TNK 14:41.
Pt: [[N|Mortimer Ashgrove]], [[A|90]]M. NIHSS 14: L face/arm/leg weakness, neglect, dysarthria.
CTA (acc [[ID|CTA-24-88103]]): R M1 occlusion. Thrombectomy Dr. [[N|Olawale]], TICI 2c at 15:58.
BP goal <180/105 post.
Hx: AFib (not anticoagulated due to falls), HTN.
Wife ph [[PH|(727) 555-0189]]. Pt winters in [[C|Dunedin]], home is [[C|Sault Ste. Marie]].
Neuro: Dr. [[N|Seo-yeon Cho]]
""",
)

note(
    "b11-49",
    "Umberto Falcone",
    """
TRANSFUSION RECORD / BLOOD BANK
Pt [[N|Umberto Falcone]]   MRN [[MRN|8820431]]   DOB [[D|7/19/1932]]   O neg
T&S specimen [[ID|BB24-090311]] drawn [[D|9/3/24]] 0612 by [[N|lmcallister]]
Units issued:
1) [[ID|W0366 24 004871 2]] PRBC O neg 0710
2) [[ID|W0366 24 004903 Y]] PRBC O neg 0752
Blood bank armband # [[ID|BB-1177402]]
Pre: HR 112, BP 92/54, Hgb 5.9. After unit 2: HR 98, BP 108/60.
No reaction. 2-RN verification: [[N|Katarzyna]] / [[N|Olumide]].
Indication: UGIB, EGD later today (Dr. [[N|Haskins]]).
""",
)

note(
    "b11-50",
    "Bernard Kowalski",
    """
OP NOTE -- Vascular Surgery   [[D|3/3/2024]]
Pt: [[N|Kowalski, Bernard]]   [[A|91]] yrs   MRN [[MRN|V-0093381]]
Pre-op dx: R foot wet gangrene, PAD, DM2.
Procedure: R guillotine BKA (staged).
Surgeon Dr. [[N|Arjun Ramaswamy]]; assist Dr. [[N|Lena Petrossian]]
Anesth: GA (Dr. [[N|Mbeki]]). EBL 100. Tourniquet 32 min at 250 mmHg.
Specimen: R foot to path ([[ID|S24-08817]]).
Dispo: SICU. Formalization in 48-72h.
Consent signed by pt, witnessed by daughter [[N|Dorota]], who lives in [[C|Parma Heights]] ([[PH|440-555-0127]]).
""",
)

note(
    "b11-51",
    "Wren Castellanos-Igwe",
    """
PRE-ADMISSION TESTING -- phone screen   [[D|2/20/24]]
Called pt [[N|Wren Castellanos-Igwe]] at [[PH|786-555-0109]]; partner [[N|Dev]] also on line.
Sx: R knee scope / partial meniscectomy [[D|2/27]] w/ Dr. [[N|Fairweather]] at 0730, arrive 0530.
NPO after midnight; clears until 0330. Hold ibuprofen 5 d. Take lisinopril AM of surgery w/ sip.
OSA on CPAP (ResMed AirSense 11, serial [[DEV|23221847119]]) - bring device.
IL DL on file: [[LIC|C452-1180-9437]]. Aetna member ID [[HP|W204718833]].
Upload photo ID: [[URL|https://portal.example-health.org/pat/88213]]
-- [[N|Gwendolyn Shapiro]], RN
""",
)

note(
    "b11-52",
    "Iolanthe McCreary",
    """
PALLIATIVE CARE CONSULT   [[D|1 May 2024]]
Pt: [[N|Iolanthe McCreary]], [[A|99]] y.o. F, admitted [[D|4/28]] w/ aspiration PNA, now on BiPAP.
Reason: GOC. Pt alert, states wishes clearly: "I've had [[A|99]] good years, no tubes."
Family: sons [[N|Rory]] and [[N|Fergus]] (both in [[C|Clonmel]], Ireland; video via [[URL|https://meet.example.com/ccr-4417]]); local niece [[N|Dymphna Walsh]] ([[PH|617-555-0175]]).
Plan: DNR/DNI, MOLST completed; comfort care when sons arrive [[D|Friday]]. Morphine 2 mg IV q2h PRN dyspnea; glycopyrrolate PRN.
Dr. [[N|Sunniva Eik]] / [[N|Tamar Weiss]], LCSW
""",
)

note(
    "b11-53",
    "Peregrine Okafor-Lowe",
    """
ED NOTE -- animal bite   [[D|6-2-24]]
[[N|Peregrine Okafor-Lowe]] 8F w/ mom [[N|Ijeoma]]. Bitten L forearm by neighbor's dog.
Dog owner: [[N|Sheldon Petty]], [[ADDR|72 Larkspur Ct]], [[C|Ypsilanti]]. Rabies vax status unknown.
Animal control notified, case [[ID|AC-2024-1190]], officer [[N|D. Haugen]].
Wound: 3 punctures + 2 cm lac, irrigated 500 mL, loosely approximated w/ 2 sutures.
Rx: amox-clav 45 mg/kg/d div BID x5d. Rabies PEP deferred pending 10-day dog observation. Tdap UTD.
Mom ph [[PH|734-555-0160]].
PA [[N|Siobhan Clery]] / attending Dr. [[N|Gupta]]
""",
)

note(
    "b11-54",
    "Hollis Brandvold",
    """
TRAUMA H&P (level 2)   [[D|Aug 31 2024]]
[[N|Hollis Brandvold]] 23M, restrained driver, pickup vs guardrail on I-94 near [[C|Moorhead]], +airbag.
Vehicle plate [[VEH|MN 7FR-223]], VIN [[VEH|5TETX22N39Z601847]] (for police report # [[ID|MHD-24-019221]]). BAC 0.13.
Injuries: L clavicle fx (midshaft, displaced), sternal contusion, scalp lac 4 cm (stapled). Trop neg.
CT C-spine neg; CT C/A/P neg for solid organ injury.
Pt MN DL [[LIC|E551-774-802-913]] retained by Trooper [[N|Kvale]].
Sling, ortho f/u. Roommate [[N|Anders]] to pick up, [[PH|218 555 0138]].
""",
)

note(
    "b11-55",
    "Guadalupe Ixcoy Tzoc",
    """
ED NOTE (interpreted)   [[D|Tues 12/12/2023]]
Pt [[N|Guadalupe Ixcoy Tzoc]] 36F, K'iche' speaker; interpreter [[N|Andres]] via phone line, interpreter ID [[ID|300772]].
CC: RLQ pain x1d, N/V. LMP [[D|11/18]]. bHCG neg. WBC 15.2.
CT A/P (acc [[ID|CT23-1212-0449]]): acute appendicitis, no perforation.
Surgery consulted (Dr. [[N|Chavarria]]); NPO, IVF, ceftriaxone/metronidazole.
Lives w/ sister [[N|Rosario]] in [[C|Little Village]]; contact [[PH|773-555-0188]].
Consent via interpreter; pt's mark witnessed.
""",
)

note(
    "b11-56",
    "Teodora Wojciechowski",
    """
DEVICE CLINIC / EP -- remote transmission   [[D|2024-05-06]]
Pt: [[N|Wojciechowski, Teodora]]   [[A|94]]F   MRN [[MRN|2201-7745]]
Device: Azure XT DR MRI, SN [[DEV|RNB408712H]]; RA lead 5076 SN [[DEV|PJN7781202]]; RV lead 5076 SN [[DEV|PJN7781588]]
Implanted [[D|3/2019]] by Dr. [[N|Oyewole]].
Transmission ID [[ID|CL-55102873]] via home monitor SN [[DEV|BA1-99021]].
Findings: battery 7.2 yrs, AP 62%, VP <1%. AF burden 3.1%, longest 4h22m on [[D|4/29]]. Thresholds stable.
Plan: notify Dr. [[N|Mensah-Bonsu]] re AF; CHA2DS2-VASc 5. Granddaughter [[N|Zofia]] manages transmissions, [[PH|262-555-0152]].
""",
)

note(
    "b11-57",
    "Clarence Oduro",
    """
IR -- AVG declot   [[D|Jan 23 '24]]
Pt [[N|Clarence]] "[[N|Buddy]]" [[N|Oduro]] 78M ESRD. Acc [[ID|IR24-00412]]; MRN [[MRN|45021336]].
L forearm loop AVG clotted since [[D|Sunday]] HD.
Procedure: pharmacomechanical thrombectomy (AngioJet), 7 mm balloon venoplasty of venous anastomosis.
Final: thrill +, residual stenosis <30%. Fluoro 9.4 min.
Sedation: fentanyl 50 mcg x2, midazolam 1 mg x2. RN [[N|Anneliese]].
Can dialyze today at his unit in [[C|Seat Pleasant]]; called charge RN [[N|Thandiwe]] [[PH|301-555-0137]].
Operator: Dr. [[N|Lowell Birchfield]]
""",
)

note(
    "b11-58",
    "Agatha Pennywhistle",
    """
SAFETY EVENT REPORT   #[[ID|SE-2024-00871]]
Event date [[D|4/9/2024]] approx 2100, Unit 4 South.
Pt [[N|Agatha Pennywhistle]] ([[A|97]])   MRN [[MRN|30128845]]
Description: hydromorphone 2 mg IV given instead of ordered 0.2 mg. RR 8, SpO2 84%, naloxone 0.4 mg IV x1 with response. RRT called.
Nurse involved: [[N|Courtney Blaylock]], RN (agency), lic [[LIC|RN 9457712]] (TN multistate); preceptor [[N|Dwayne]].
Cabinet override; barcode scan bypassed.
Daughter [[N|Prudence]] informed by Dr. [[N|Ng-Hollister]] 2230 (disclosure).
Reporter: [[N|mdeluca]] (charge RN)
""",
)

note(
    "b11-59",
    "Lavinia Okoro",
    """
DISCHARGE SUMMARY -- Hospital Medicine
[[N|Lavinia Okoro]]   MRN [[MRN|1100-4827]]   Adm [[D|Feb 2, 2024]]   D/C [[D|Feb 9, 2024]]
Woman in her [[A|90s]] (DOB [[D|8/1/1930]]) admitted w/ urosepsis (E. coli, R to ampicillin only), AKI.
Course: ceftriaxone -> cefpodoxime to complete 7 d. Cr 2.1 -> 1.1. Delirium improved w/ nonpharm measures.
D/C to SNF in [[C|Sugar Land]].
Med changes: STOP oxybutynin. START mirabegron 25 mg.
F/u PCP Dr. [[N|Adaora Nnaji]] 1-2 wk; BMP at SNF [[D|2/12]].
Contact: son [[N|Chibueze]] [[PH|281-555-0114]], [[EM|chibueze.okoro@example.org]]
Dictated Dr. [[N|Thornbury]]; cc: Dr. [[N|Nnaji]]
""",
)

note(
    "b11-60",
    "Sagal Warsame",
    """
VIRTUAL URGENT CARE   [[D|03/30/2024]] 19:05
Pt [[N|Sagal Warsame]] 31F, video visit from home in [[C|Cedar-Riverside]].
Session log: IP [[IP|203.0.113.47]]; link [[URL|https://vc.example-uc.com/s/7QX2K9]].
CC: dysuria, frequency x2d, no fever/flank pain. LMP [[D|3/19]].
Dx: acute cystitis, uncomplicated. Rx nitrofurantoin 100 mg BID x5d to pharmacy at [[ADDR|2500 Riverside Ave]].
ID verified by photo of MN DL [[LIC|H118-402-557-310]]. Callback [[PH|612-555-0181]]. Husband [[N|Abdirahman]] present.
Provider Dr. [[N|Maren Solberg]], MN lic [[LIC|61822]]
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
