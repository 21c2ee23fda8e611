"""Generator/validator for the blind de-identification test set deid_text_blind2.jsonl.

Hand-written synthetic clinical notes; every person, number and address is
fictional. Inline markup [[CATEGORY|text]] is stripped and converted to
character-offset spans (end exclusive). Stdlib only: python make_deid_blind2.py
"""

NOTES = []


def N(pid, patient, text):
    NOTES.append((pid, patient, text.lstrip("\n")))


N(
    "b2-01",
    "Tomás Echeverría",
    """
ED PROVIDER NOTE
Pt: [[NAME|Echeverría, Tomás]]  MRN: [[MRN|7730158]]  DOB: [[DATE|11/02/1958]]
Arrival: [[DATE|6/14/2024]] 2217 via POV, wife [[NAME|Lucía]] at bedside
CC: chest pressure x 2h
HPI: 65M w/ HTN, HLD, smoker 40 pk-yr, c/o substernal pressure radiating to L jaw since ~2000 while spreading mulch. +diaphoresis, +nausea. took ASA 325 at home. no prior cath. PCP Dr. [[NAME|Ruth Adeyemi-Clarke]].
Exam: BP 168/94 HR 102 RR 20 SpO2 95% RA. Levine sign. S1S2 no m/r/g. lungs CTA.
ECG 2225: STE II, III, aVF w/ reciprocal ST dep I/aVL. Trop I 0.09.
A/P: inferior STEMI. Code STEMI 2228, cath lab (Dr [[NAME|Kowalczyk]]) accepted. heparin 4000u bolus, ticagrelor 180 load.
Wife's cell [[PHONE|(413) 555-0148]].
[[NAME|J. Whitcombe]], MD / ED attending
""",
)

N(
    "b2-02",
    "Nguyen Thi Lan",
    """
ADMISSION H&P - Hospitalist
Patient: [[NAME|Nguyen Thi Lan]]   MR# [[MRN|H-0048213]]   Adm: [[DATE|02/27/2023]]
Source: pt via Vietnamese interpreter (phone), son [[NAME|Minh]]
HPI: 78 y/o F w/ T2DM, CKD 3b, hx Graves s/p RAI p/w 4d dysuria, fevers to 39.1, R flank pain. Seen at urgent care [[DATE|2/24]], rx'd nitrofurantoin, no improvement. UA: LE 3+, nitrite +, >50 WBC. CVA tenderness R. Lactate 2.8.
PMH: DM2 (A1c 9.1), CKD (Cr baseline 1.4), Graves, osteoporosis
SH: lives w/ son + daughter-in-law [[NAME|Hanh]] in [[CITY|Quincy]]. never smoker.
Meds: glipizide 5 BID, levothyroxine 88 mcg, alendronate 70 weekly
A/P: R pyelo w/ sepsis. CTX 1g q24, f/u cx, IVF 30 ml/kg. hold glipizide, SSI. CT A/P to r/o obstructing stone.
[[NAME|P. Raghunathan]] MD pgr [[PHONE|21734]]
""",
)

N(
    "b2-03",
    "Adebayo K. Oyelaran",
    """
MICU PROGRESS NOTE  HD#4
[[NAME|OYELARAN, ADEBAYO K]]  MRN [[MRN|00912274]]  Bed 7
S/O: Intubated, sedated on propofol/fent, RASS -2. Overnight desat to 86% w/ secretions, improved after suctioning. Tmax 38.4.
Vent: AC 450/18/PEEP 10/FiO2 0.5. ABG 7.34/46/82.
Norepi 0.08 mcg/kg/min (down from 0.15).
Lines: R IJ CVC ([[DATE|3/9]]), L radial art line, Foley, OGT
Labs: WBC 17.3, Hgb 8.1, plt 96, Cr 2.1 (1.8), lactate 1.9
Micro: BAL [[DATE|3/10]] - MSSA
A/P: 54M w/ MSSA PNA + septic shock, ARDS (P/F 164).
- cefazolin 2g q8
- ARDSnet, consider prone if P/F <150
- SAT/SBT in AM
Family: wife [[NAME|Folake]] updated by phone [[PHONE|617-555-0193]] at 1400, plans to visit tmrw.
d/w Dr [[NAME|Lindqvist]] (attending)
--[[NAME|sb]] / MICU R2
""",
)

N(
    "b2-04",
    "Priya Venkataraman",
    """
DISCHARGE SUMMARY
Name: [[NAME|Priya Venkataraman]]          Acct: [[ACCOUNT|9100-3387-224]]
MRN: [[MRN|5518830]]                        DOB: [[DATE|Aug 3, 1971]]
Admitted: [[DATE|1/08/2025]]   Discharged: [[DATE|1/11/2025]]
Attending: [[NAME|Gregory Huang]], MD
Principal dx: Acute gallstone pancreatitis (K85.10)
Secondary: obesity (BMI 36), HTN
Course: Presented w/ epigastric pain radiating to back, lipase 4120. RUQ US w/ cholelithiasis, CBD 5 mm. Ranson 2. Managed w/ aggressive LR, pain control. Diet advanced. Lap chole [[DATE|Jan 10]] by Dr [[NAME|Obi]], uncomplicated; JP drain removed POD1.
D/c meds: oxycodone 5 mg q6h prn x 3 days, docusate, amlodipine 10 mg.
F/u: Gen Surg clinic [[DATE|1/24]] @ 9:15; PCP Dr. [[NAME|Haverford]] 1-2 wks.
""",
)

N(
    "b2-05",
    "Carmen Salgado",
    """
NURSING NOTE 0300   5 West rm 512-B
Pt: [[NAME|SALGADO, CARMEN]]
Resting in bed, A&Ox3. c/o incisional pain 6/10, given hydromorphone 0.5 mg IV per MAR at 0215, reassessed 0245 pain 3/10. Abd dressing c/d/i, JP w/ 40 mL serosang. Foley to gravity, UO 45-60 mL/hr. Braden 16, Morse 45 - bed alarm on, fall bundle in place. IS 750 x10/hr encouraged.
Husband [[NAME|Rafael]] called for update at 0130, informed pt stable. Requests call back at [[PHONE|774-555-0162]] if any change.
Pt asking if Dr [[NAME|Sutherland]] will round early - will pass on to day RN [[NAME|Keisha]].
[[NAME|M. Delgado-Ruiz]], RN
""",
)

N(
    "b2-06",
    "Erik Bjornstad",
    """
I-PASS HANDOFF  night float -> day team   [[DATE|Sat 10/19]]
Pt: [[NAME|Bjornstad, Erik]] (rm 1122)  MRN [[MRN|3027715]]
Illness severity: WATCHER
Summary: 81M w/ HFrEF (EF 25%), CKD4, admitted [[DATE|10/16]] for ADHF. On lasix gtt 10/hr, net -1.8L overnight. K 3.3 repleted 40 mEq PO. Cr 3.0 -> 3.2.
Action list:
[ ] AM BMP, Mg
[ ] f/u palliative consult (Dr [[NAME|Amara Nwosu]]) re: goals
[ ] if SBP <90 hold gtt, page cards fellow [[NAME|Tamsin]] pgr [[PHONE|48820]]
Situational awareness: daughter [[NAME|Ingrid Bjornstad-Park]] is HCP; wants call before any code status change: [[PHONE|(206) 555-0171]].
Synthesis: day team ([[NAME|AK]]) acknowledged.
""",
)

N(
    "b2-07",
    "Jaylen Caldwell",
    """
TELEPHONE ENCOUNTER
[[DATE|04/22/2024]] 10:47 AM
Caller: [[NAME|Denise Caldwell]] (mother) re: pt [[NAME|Jaylen Caldwell]], DOB [[DATE|09/30/2016]]
Callback #: [[PHONE|313-555-0127]]
Reason: fever 102.4 since last night, sore throat, no cough. sibling dx strep at school on [[DATE|Friday]]. tolerating fluids, voiding ok. no rash, no drooling, no stiff neck.
Disposition: Triage protocol - Sore Throat (peds). Same-day appt w/ [[NAME|Fatima Qureshi]], PNP at 2:40 pm. Mom accepts. Advised ibuprofen 10 mg/kg q6h prn, push fluids. Go to ED for trouble breathing/drooling.
Pharmacy on file: Walgreens #09872
[[NAME|L. Brennan]], RN
""",
)

N(
    "b2-08",
    "Marcus Bellweather",
    """
SOCIAL WORK ASSESSMENT
Pt: [[NAME|Marcus Bellweather]], 45M, admitted w/ EtOH withdrawal, CIWA max 22. SSN [[SSN|519-42-7736]]
Met w/ pt at bedside [[DATE|11/3]]. Pt unhoused x 4 mo since eviction from apt at [[ADDRESS|2210 Ferncliff Ave, Apt 3]], [[CITY|Dayton]] OH [[ZIP|45406]]. Sleeping in car (2009 Honda Civic, plate [[VEHICLE|HJX-4471]]) or at sister's ([[NAME|Tonya Reese]], [[PHONE|937-555-0186]]). Sister started fundraiser: [[URL|gofundme.com/f/help-marcus-get-home]]
Income: SSDI application pending, claim # [[ID|A-22-0917643]]. Medicaid active, ID [[HEALTH_PLAN|OH8817204561]].
Interested in residential tx; referred to Bridgeway intake, bed ~[[DATE|11/7]].
Provided shelter list, bus passes x2.
Plan: f/u [[DATE|Mon]] w/ pt and CM [[NAME|Yolanda]].
[[NAME|Bridget O'Sullivan]], LICSW
""",
)

N(
    "b2-09",
    "Gwendolyn Abernathy-Lowe",
    """
CASE MANAGEMENT - DC PLANNING   [[DATE|12/02/24]]
Pt [[NAME|Abernathy-Lowe, Gwendolyn]] ([[AGE|91]] y.o.) s/p R hip ORIF [[DATE|11/28]]. PT/OT rec SNF. Ins: Humana Medicare Adv, member ID [[HEALTH_PLAN|H47719306-01]]. Auth submitted [[DATE|12/1]], ref # [[ID|AUTH-5530917]]; clinicals faxed to [[FAX|502-555-0114]].
Bed offers: Maple Grove Rehab (accepted), Brookhaven Health Care Ctr (pending).
Spoke w/ niece/POA [[NAME|Carol Ann Lowe]] [[PHONE|413 555 0109]] - prefers Maple Grove, close to her home in [[CITY|Southwick]].
Transport: w/c van booked [[DATE|Wed 12/4]] 1100, confirmation [[ID|WV-88213]].
[[NAME|D. Fontaine]], RN CM
""",
)

N(
    "b2-10",
    "Stanisław Wojcik",
    """
[[DATE|March 5, 2024]]

[[NAME|Harold Fensterwald]], MD
Lakeside Internal Medicine
[[ADDRESS|400 Commerce Blvd, Suite 210]]
[[CITY|Bloomington]], IN [[ZIP|47401]]

RE: [[NAME|Wojcik, Stanisław]]   DOB [[DATE|7/19/1949]]

Dear Dr. [[NAME|Fensterwald]],
Thank you for referring Mr. [[NAME|Wojcik]] for evaluation of tremor. He is a 74-year-old retired machinist w/ 18 mo of L hand pill-rolling rest tremor, micrographia, reduced arm swing. Exam: hypomimia, cogwheel rigidity LUE, bradykinesia L>R, Romberg neg, no Babinski. MoCA 27/30.
Impression: idiopathic Parkinson disease, H&Y 1.5.
Started carbidopa-levodopa 25/100 1/2 tab TID, titrating over 3 wks. Return 3 months.
Sincerely,
[[NAME|Annika Sorensen-Blum]], MD, Movement Disorders
tel [[PHONE|812-555-0140]]  fax [[FAX|812-555-0141]]
""",
)

N(
    "b2-11",
    "Ray Kowalski",
    """
urgent care note  [[DATE|12/30]]  1105
pt [[NAME|ray kowalski]] 52 y/o m, cdl driver, smashed R hand in trailer door at work ~0800. employer Hartline Freight, wc claim # [[ID|WC-771-20931]], adjuster [[NAME|denise]] [[PHONE|800-555-0135 x 4471]]
cdl # [[LICENSE|K420-6613-9047]] (IL) - pt worried about driving.
exam: swelling + ecchymosis dorsal R hand over 4th/5th MC, TTP, no rotational deformity, cap refill <2s, sensation intact. skin intact.
xr: nondisplaced fx 5th metacarpal neck (boxer's), ~15 deg angulation.
plan: ulnar gutter splint, ice, elevate, ibuprofen 600 q6 prn. no driving commercial vehicle until cleared by ortho - note given. f/u hand clinic (dr [[NAME|vanterpool]]) within 1 wk.
[[NAME|s. ahmadi]] pa-c
""",
)

N(
    "b2-12",
    "João P. Ferreira",
    """
RADIOLOGY REPORT
Exam: CT CHEST W/ CONTRAST
Patient: [[NAME|FERREIRA, JOAO P]]   MRN: [[MRN|M00381926]]   Acc#: [[ID|CT24-0098315]]
Exam date: [[DATE|05/17/2024]] 14:05
Ordering: [[NAME|Yusuf Demir]], NP
Indication: 62 yo M former smoker, 2.1 cm RUL nodule on CXR
Comparison: CXR [[DATE|05/02/2024]]
Findings: 2.3 x 1.9 cm spiculated RUL nodule (series 4, image 88). R hilar LN 1.4 cm short axis. No effusion. Mild centrilobular emphysema. Visualized liver/adrenals unremarkable. No lytic lesions.
Impression:
1. Spiculated RUL mass, highly suspicious for primary lung malignancy (Lung-RADS 4X).
2. R hilar adenopathy.
Communicated to [[NAME|Yusuf Demir]] by phone [[DATE|5/17]] 15:10, read-back confirmed.
Electronically signed: [[NAME|Rachel Oduya]], MD
""",
)

N(
    "b2-13",
    "Mahalia Greenberg",
    """
SURGICAL PATHOLOGY REPORT
Case: [[ID|S24-11873]]
Patient: [[NAME|Mahalia Greenberg]]   MRN [[MRN|6602194]]  DOB [[DATE|1/6/1967]]
Collected: [[DATE|08/12/2024]]  Received: [[DATE|08/12/2024]]  Reported: [[DATE|08/15/2024]]
Submitting physician: [[NAME|T. Okwuosa]], MD
Specimen: A. L breast, 2:00, 6 cm FN, US-guided core bx x3
Gross: Received in formalin labeled w/ pt name and MRN, three tan-white cores 1.2-1.6 cm. Entirely submitted A1.
Dx: Invasive ductal carcinoma, Nottingham grade 2 (3+2+1 = 6/9). No LVI. DCIS, intermediate grade, cribriform.
ER 95% strong, PR 60% mod, HER2 IHC 1+ (negative), Ki-67 ~15%.
Pathologist: [[NAME|Lucien Marchetti]], MD
""",
)

N(
    "b2-14",
    "Kenji Watanabe",
    """
OPERATIVE REPORT
Date of surgery: [[DATE|9/23/2024]]
Patient: [[NAME|Kenji Watanabe]]  MRN [[MRN|40085126]]  Acct [[ACCOUNT|A77120945]]
Surgeon: [[NAME|Celeste Marmion]], MD    Assistant: [[NAME|Andre Pitts]], PA-C
Anesthesia: GETA (Dr. [[NAME|Haddad]])
Pre/postop dx: acute appendicitis, perforated
Procedure: laparoscopic appendectomy
Findings: perforated appendix w/ localized purulence RLQ, no abscess.
Description: Supine, GETA, Foley placed. 12 mm Hasson port at umbilicus, two 5 mm ports. Mesoappendix divided w/ LigaSure. Base stapled w/ Endo GIA 45 mm. Irrigated 3L. 19 Fr Blake drain to pelvis. Fascia 0-Vicryl, skin 4-0 Monocryl, Dermabond.
EBL 15 mL. Specimen to path. Counts correct x2. To PACU stable.
""",
)

N(
    "b2-15",
    "Loretta Beaulieu",
    """
EMS PATIENT CARE REPORT   Run # [[ID|2024-118830]]
Unit M14  Dispatched 0612  On scene 0621
Location: [[ADDRESS|88 Quarry Rd]], [[CITY|Barre]] VT [[ZIP|05641]] - private residence
Pt: [[NAME|Loretta Beaulieu]], [[AGE|96]] F, DOB [[DATE|02/11/1928]]
CC: AMS
Hx per neighbor/caregiver [[NAME|Dot]]: more confused than baseline, not eating x2d. PMH dementia, CHF, DM.
Vitals: BP 98/54, HR 112, RR 24, SpO2 91% RA, BGL 412, T 38.6 tympanic. GCS 13 (E3V4M6).
Tx: O2 2L NC, 18g L AC, NS 500 mL. 12-lead ST, no STE.
Transport to St. Luke's ED, priority 2. Report to RN [[NAME|Gabe]].
Crew: [[NAME|K. Thibodeau]] (EMT-P), [[NAME|R. Alvarez]] (EMT-B)
""",
)

N(
    "b2-16",
    "Jean-Baptiste Delacorte",
    """
ICU FAMILY MEETING NOTE
[[DATE|07/03/2023]] 1530, SICU conf rm
Pt: [[NAME|Delacorte, Jean-Baptiste]]
Present: wife [[NAME|Simone Delacorte]], son [[NAME|Luc]], daughter [[NAME|Amélie Ross]] (speakerphone from [[CITY|Montréal]]), Dr [[NAME|Okafor]] (SICU), [[NAME|Beth Lindgren]] RN, chaplain Fr. [[NAME|Tom]]
Discussion: Reviewed course since TBI after fall from ladder [[DATE|6/27]]. GCS 5T off sedation; MRI w/ diffuse axonal injury. Prognosis for meaningful neurologic recovery poor.
Family states pt "would never want to live like this." Decision: DNR, no escalation, continue current support until brother arrives from [[CITY|Lafayette]] on [[DATE|Thursday]], then compassionate extubation.
Time: 55 min, >50% counseling.
""",
)

N(
    "b2-17",
    "Eleanor Whitfield-Barnes",
    """
HOSPICE RN VISIT NOTE
Pt: [[NAME|Eleanor Whitfield-Barnes]]   Hospice ID [[MRN|HSP-20931]]
Visit [[DATE|1/15/25]], home, [[ADDRESS|14 Birch Hollow Ln]], [[CITY|Montpelier]]
Dx: metastatic pancreatic CA. PPS 30%. Bedbound, sleeping most of day, sips only. Mottling bilat knees. RR 8-22 w/ apneic periods ~15 sec. Terminal secretions - hyoscyamine 0.125 mg SL q4h prn started. Morphine 20 mg/mL, 5 mg SL q2h prn dyspnea/pain, used x4 past 24h.
Husband [[NAME|Walt]] and daughter [[NAME|Corinne]] at bedside, teaching on signs of imminent death. Comfort kit in fridge. Family to call hospice 24h line [[PHONE|802-555-0100]], not 911.
Plan: daily visits, SW [[NAME|Nadia]] visit tomorrow.
[[NAME|Jo Pelletier]], RN CHPN
""",
)

N(
    "b2-18",
    "Darnell Whitaker-Boyd",
    """
PSYCHIATRY CONSULT - C/L
Pt: [[NAME|Darnell Whitaker-Boyd]]  MRN [[MRN|8814402]]  Unit 6N rm 14
Reason: SI following OD
HPI: 29M w/ MDD, AUD, brought in [[DATE|10/05]] after intentional ingestion of ~30 tabs sertraline 100 mg + EtOH after breakup w/ girlfriend ("[[NAME|Keke]]"). Medically cleared by tox (dr. [[NAME|fairbanks]]), QTc 448.
MSE: disheveled, psychomotor slowing, mood "empty," affect constricted. Passive SI, denies plan/intent today. No AH/VH. Insight partial.
C-SSRS: high risk (attempt within past week).
Collateral: mother [[NAME|Patrice Boyd]] [[PHONE|(404) 555-0133]] - no guns in home; pt lives w/ roommate [[NAME|Tre]] off [[ADDRESS|Cascade Rd]] in SW [[CITY|Atlanta]].
Plan: 1:1 sitter, voluntary inpt psych admission - pt agreeable. Hold sertraline, start mirtazapine 15 qhs.
[[NAME|Imani Gathers]], MD (psych fellow) / staffed w/ Dr [[NAME|Levitan]]
""",
)

N(
    "b2-19",
    "Sofía Ramírez-Ochoa",
    """
WELL CHILD CHECK - 12 MONTH
Name: [[NAME|Sofía Ramírez-Ochoa]]  DOB: [[DATE|03/14/2023]]  MRN [[MRN|P7730412]]
Visit: [[DATE|3/18/2024]]
Accompanied by: mom ([[NAME|Guadalupe]]) and abuela
Growth: wt 9.4 kg (45%), length 75 cm (50%), HC 45 cm (55%)
Dev: pulls to stand, cruising, 2-3 words ("mamá", "agua"), pincer grasp.
Diet: whole milk 16 oz/day, table foods. Iron-rich foods discussed.
PE: normal. Red reflex present bilat. Ortolani/Barlow neg.
Labs: Hgb 11.6, lead <3.
Vaccines today: MMR, Varicella, Hep A #1, PCV20 #4. VIS given in Spanish.
Guidance: rear-facing car seat, water safety, brush teeth 2x/day.
Next: 15 mo WCC.
[[NAME|Ezra Lindahl]], MD
""",
)

N(
    "b2-20",
    "Chiamaka Eze",
    """
L&D TRIAGE / ADMIT NOTE
[[NAME|Chiamaka Eze]]  G2P1001 @ 39w2d by LMP [[DATE|12/28/23]] c/w 8 wk US. EDD [[DATE|10/3/2024]].
MRN [[MRN|OB-552190]]
CC: ctx q4-5 min since 0300, SROM 0530 clear fluid.
Prenatal: O pos, antibody neg, RI, HBsAg neg, HIV neg, GBS neg ([[DATE|9/4]]). 1hr GCT 118. Pregnancy c/b mild anemia (Hgb 10.4).
SVE: 5/90/-1, vertex. Bishop 10. Leopold's c/w vertex, EFW 3500 g. FHT 135, mod variability, +accels, no decels - Cat I.
Plan: admit to L&D, expectant mgmt, epidural on request.
Support person: husband [[NAME|Obinna]], cell [[PHONE|215-555-0154]].
Attending Dr [[NAME|Rosenthal-Vega]] aware.  [[NAME|KM]], CNM
""",
)

N(
    "b2-21",
    "Hollis Tran",
    """
PHYSICAL THERAPY DAILY NOTE   [[DATE|Tues 6/11]]
Pt: [[NAME|Hollis Tran]]   Dx: L MCA CVA w/ R hemiparesis   Rm 304 (IRF)
S: "leg feels heavy today." Pain 2/10 R shoulder.
O: Bed mobility min A. Sit<>stand from w/c mod A x1 w/ hemi-walker, cues for R knee control. Gait 40 ft x2 w/ hemi-walker + R AFO, mod A, step-to pattern. Berg 22/56. BP 142/80 pre, 158/84 post.
A: Improved standing tolerance vs [[DATE|6/7]]. Fall risk high.
P: Cont gait training, NMES to R TA, family training w/ wife [[NAME|Mai]] sched [[DATE|Thurs]] 1pm. Team conf [[DATE|6/13]].
[[NAME|Jordan Blackfeather]], PT, DPT
""",
)

N(
    "b2-22",
    "Esperanza Ruiz",
    """
PHARMACY CONSULT - VANCOMYCIN DOSING
Pt: [[NAME|Ruiz, Esperanza]]  MRN [[MRN|2209847]]  Wt 68 kg  Ht 160 cm
Indication: MRSA bacteremia (BCx [[DATE|4/2]] 2/2 bottles)
SCr 1.1 (baseline 0.9), CrCl est 52 mL/min
Current: vancomycin 1250 mg IV q12h, started [[DATE|4/2]] 2200
Trough [[DATE|4/4]] 0530: 22.8 mcg/mL (30 min before 4th dose)
AUC est 690 mg*h/L - above goal 400-600.
Rec: decrease to 1000 mg IV q12h. Recheck levels before 4th dose of new regimen. SCr daily. Avoid concomitant pip-tazo, NSAIDs.
Discussed w/ primary team (Dr [[NAME|Szabo]]) - agrees, order modified.
[[NAME|Hee-Jin Park]], PharmD  pgr [[PHONE|40612]]
""",
)

N(
    "b2-23",
    "Ahmad Karimi",
    """
MyChart Message   Received [[DATE|2/9/2025]] 9:14 PM
From: [[NAME|Ahmad Karimi]]
To: Dr. [[NAME|Sheffield]]'s care team
Subject: BP meds
"Hi Dr [[NAME|Sheffield]], since starting the lisinopril 20mg on the [[DATE|28th]] I have a dry cough that keeps me up at night. Home BP 128/78 - 134/82. Can I switch to something else? Also my wife [[NAME|Leila]] said to ask if I still need the bloodwork on [[DATE|Feb 20]]. You can reach me at [[PHONE|(651) 555-0137]] or [[EMAIL|akarimi.mn@example.net]]. thanks, [[NAME|Ahmad]]"
Reply [[DATE|2/10/2025]] 8:02 AM: Hi Mr. [[NAME|Karimi]], cough is a common ACE-inhibitor side effect. Dr. [[NAME|Sheffield]] sent losartan 50 mg daily to your pharmacy; stop lisinopril. Keep lab appt [[DATE|2/20]]. -[[NAME|Bree]], RN
""",
)

N(
    "b2-24",
    "Abigail Stroud-Henley",
    """
LETTER OF MEDICAL NECESSITY
[[DATE|November 18, 2024]]
UnitedHealthcare Pharmacy Prior Authorization   Fax: [[FAX|1-866-555-0198]]
Re: [[NAME|Abigail Stroud-Henley]]   DOB [[DATE|05/22/1989]]
Member ID: [[HEALTH_PLAN|914773208-00]]   Group #: [[ID|0718842]]
Medication: dupilumab 300 mg SC q2 wks
To Whom It May Concern:
I am writing on behalf of my patient, Ms. [[NAME|Stroud-Henley]], who has severe atopic dermatitis (L20.9), EASI 31, BSA 40%, despite >4 months of clobetasol 0.05% and tacrolimus 0.1%, and a 16-week trial of methotrexate 15 mg weekly stopped [[DATE|6/2024]] for transaminitis (ALT 212). Dupilumab is FDA-approved for this indication.
Sincerely,
[[NAME|Marguerite Obasi-Thornton]], MD, FAAD
NPI [[ID|1649372810]]   MN lic. [[LICENSE|49182]]
Tel [[PHONE|952-555-0142]]   [[EMAIL|mobasi@northstar-derm.example]]
""",
)

N(
    "b2-25",
    "Gurpreet Singh Dhillon",
    """
OPHTHALMOLOGY CLINIC NOTE  [[DATE|08-29-2024]]
[[NAME|Gurpreet Singh Dhillon]]  MRN [[MRN|E-771205]]
CC: blurry vision OD x 3 wks
VA cc: OD 20/80 PH 20/60, OS 20/25
IOP (Tonopen): 17 / 16
SLE: 2+ NS cataract OU, otherwise wnl
DFE: OD - scattered dot-blot hemes, hard exudates temporal to fovea; OCT CST 412 um (CI-DME). OS - mild NPDR, no DME.
A/P:
1. Moderate NPDR w/ center-involving DME OD - intravitreal aflibercept 2 mg OD today, consent signed, time-out done.
2. T2DM - A1c 8.8; f/u PCP Dr. [[NAME|Bhattacharya]].
RTC 4 wks for injection #2.
Tech: [[NAME|Lorna]] / [[NAME|R. Feinstein]], MD
""",
)
N(
    "b2-26",
    "Bartholomew Ekwueme",
    """
WOUND CARE NURSE CONSULT   [[DATE|5/30/24]]
Pt: [[NAME|Bartholomew Ekwueme]] (goes by "[[NAME|Bart]]")   MRN [[MRN|1175023]]
Wound #1: sacrum, stage 4 pressure injury, present on admission. 6.2 x 4.8 x 2.1 cm, tunneling 2 cm @ 12 o'clock, 30% slough, 70% granulation, mod serosang drainage, no odor. Periwound macerated.
Tx: NPWT (wound VAC) -125 mmHg continuous, black foam, change M/W/F. Low air loss mattress ordered. Turn q2h. Braden 11.
Nutrition consult placed - albumin 2.4, prealbumin 9.
Wound photo uploaded to media tab.
Will follow 2x/wk. [[NAME|Cassandra Ybarra]], BSN, CWOCN
""",
)

N(
    "b2-27",
    "Yitzhak Abramowitz",
    """
DEVICE CLINIC - PACEMAKER INTERROGATION
Pt: [[NAME|Yitzhak Abramowitz]]   DOB [[DATE|04/09/1933]]  ([[AGE|91]] y/o)
Device: Medtronic Azure XT DR MRI, SN [[DEVICE|RNB417733S]]
RA lead: Medtronic 5076-52 cm, SN [[DEVICE|PJN8820145]]
RV lead: Medtronic 5076-58 cm, SN [[DEVICE|PJN8831902]]
Implanted [[DATE|3/21/2019]] by Dr [[NAME|Halvorsen]] for CHB.
Battery 6.1 yrs. RA pacing 12%, RV pacing 99%.
Thresholds: RA 0.75V@0.4ms, RV 1.0V@0.4ms. Impedance RA 513, RV 608 ohms. P wave 2.8 mV.
Events: 3 AHR episodes, longest 4 min, AF burden <0.1%.
Remote monitoring: CareLink, next transmission [[DATE|Feb 12]].
Daughter [[NAME|Miriam]] present.
[[NAME|Naomi Castellanos]], RN / device clinic
""",
)

N(
    "b2-28",
    "Rosalind Achterberg",
    """
HEMODIALYSIS TREATMENT NOTE
[[DATE|Mon 01/06/2025]]   Chair 9
[[NAME|Rosalind Achterberg]]   MRN [[MRN|HD-33091]]
Access: L brachiocephalic AVF, +thrill/bruit. 15g needles x2.
Pre: wt 78.4 kg (EDW 75.5), BP 168/92, HR 80
Orders: 4 hr, Qb 400, Qd 600, 2K/2.5Ca bath, UF goal 3.0 L, heparin 2000u bolus
Intra: cramping at 3h, UF reduced, NS 200 mL given.
Post: wt 75.9 kg, BP 138/76.
Monthly labs: K 5.6 pre, Hgb 9.8, PTH pending. Epo 10,000 u given.
Transportation: Medicaid van ([[PHONE|866-555-0175]]) pickup 1115.
Next tx [[DATE|Wed]].
[[NAME|Felix Okonjo]], RN
""",
)

N(
    "b2-29",
    "Anneliese Vogt",
    """
HEME/ONC FOLLOW-UP
[[NAME|Anneliese Vogt]]   [[DATE|10/14/2024]]
Dx: DLBCL, stage IIIA, IPI 2. s/p R-CHOP x6 (last [[DATE|7/22/24]]).
Interval: feels well, energy 80% of baseline. no B sx. neuropathy grade 1 toes.
PET/CT [[DATE|9/30]]: Deauville 2, complete metabolic response.
Labs: WBC 5.2, ANC 3.4, Hgb 12.1, plt 188, LDH 190.
Port (R chest) flushed today; IR referral placed for removal.
Plan: surveillance q3mo x 2 yrs, no routine imaging. Flu + COVID vaccines today. RTC [[DATE|January 13]].
Husband [[NAME|Dieter]] asked for FMLA paperwork for his employer - completed.
[[NAME|Sunita Ramaswamy]], MD
""",
)

N(
    "b2-30",
    "Layla Haddad",
    """
NICU ADMISSION NOTE
Baby Girl [[NAME|Haddad]] ("[[NAME|Layla]]")   MRN [[MRN|N0092214]]
DOB: [[DATE|12/24/2024]] @ 0348
Mother: [[NAME|Rania Haddad]], 31 y/o G3P2, MRN [[MRN|4418207]]
32w4d via urgent C/S for PPROM w/ chorioamnionitis. Apgars 5, 7 and 8 at 1, 5 and 10 min. BW 1780 g.
Resusc: PPV 45 sec, then CPAP +6, FiO2 0.30.
Exam: Ballard c/w 32-33 wks. Mild retractions. No dysmorphic features.
Plan: CPAP, CXR, blood cx, amp/gent x48h, D10 @ 80 mL/kg/d, UVC/UAC. Mom's EBM when available.
Father [[NAME|Karim]] updated at bedside; parents note she was born on [[DATE|Christmas Eve]], want photos for family.
[[NAME|A. Mukherjee]], NNP-BC
""",
)

N(
    "b2-31",
    "Augustine Pemberton",
    """
GERIATRICS CLINIC   [[DATE|Thursday, May 2, 2024]]
Pt: [[NAME|Augustine Pemberton]], [[AGE|94]] yo M, here w/ granddaughter [[NAME|Tasha]]
Concerns: 2 falls past month, worsening memory. Lives alone in senior apt, [[ADDRESS|1600 Willow Creek Pkwy #412]], [[CITY|Tucson]] AZ [[ZIP|85718]].
MoCA 19/30 (23 in 2022). TUG 18 sec. Orthostatic: 138/70 -> 112/64 standing.
Meds (11!) incl diphenhydramine qhs, oxybutynin 5 TID, tamsulosin, lorazepam 0.5 prn.
A/P:
- Falls: orthostasis + anticholinergic burden. Stop diphenhydramine, oxybutynin. Home safety PT eval.
- Cognitive decline, likely mixed AD/vascular.
- Driving: still drives; advised to stop, AZ DL [[LICENSE|D04417822]] noted on MVD medical review form. Granddaughter agrees.
HCP: son [[NAME|Clarence Pemberton]] [[PHONE|520-555-0168]]
Dr. [[NAME|M. Ferrante-Oyelowo]]
""",
)

N(
    "b2-32",
    "Dimitrios Kostopoulos",
    """
CRITICAL VALUE NOTIFICATION   [[DATE|06/02/2024]] 03:12
Lab: potassium 6.9 mmol/L (hemolysis index 0), specimen [[ID|L24-0602-5517]], pt [[NAME|KOSTOPOULOS, DIMITRIOS]], MRN [[MRN|7051338]], 4 East rm 418.
Called to [[NAME|Hannah Greaves]], RN by [[NAME|T. Osei]] (lab), read-back done.
RN paged covering resident Dr [[NAME|Vikram Sethi]] (pgr [[PHONE|34519]]) at 0315.
Resident note 0330: K 6.9, ECG peaked T waves, no QRS widening. Ca gluconate 1 g IV, regular insulin 10u IV + D50 25 g, albuterol 10 mg neb, Lokelma 10 g. Repeat K 0530. Holding lisinopril, spironolactone. -[[NAME|VS]]
""",
)

N(
    "b2-33",
    "Olumide Balogun",
    """
ANESTHESIA PREOPERATIVE EVALUATION
Pt: [[NAME|Olumide Balogun]]   Age 58   Wt 112 kg   BMI 38.7
Planned: robotic RALP, Dr [[NAME|Whitford]], [[DATE|Friday 8/16]]
PMH: OSA on CPAP (ResMed AirSense 11, SN [[DEVICE|23231458902]]), HTN, T2DM, GERD.
Airway: Mallampati III, TMD 5 cm, neck circ 46 cm, full dentition, limited mouth opening. STOP-BANG 7.
Labs: Hgb 14.2, Cr 1.0, K 4.1, A1c 7.2. ECG NSR, LAFB.
ASA III.
Plan: GETA, VL for intubation, RSI given GERD. Steep Trendelenburg - discussed risks incl facial/airway edema. Bring CPAP DOS. Hold metformin AM of surgery.
[[NAME|E. Vasquez-Lim]], MD (anesthesia)
""",
)

N(
    "b2-34",
    "Fatoumata Diallo",
    """
SPIRITUAL CARE NOTE
Pt: [[NAME|Fatoumata Diallo]], rm 7-220. Referral by RN [[NAME|Jess]].
Pt is Muslim, requests prayer space and halal meals; husband [[NAME|Mamadou]] and Imam [[NAME|Souleymane]] from her mosque in [[CITY|Harlem]] to visit [[DATE|Friday]] after Jumu'ah. Pt tearful re: new dx of ovarian CA, worried about children (ages 6 & 9) at home with her sister [[NAME|Aminata]] in the [[CITY|Bronx]].
Provided active listening, prayer at her request; halal tray order placed w/ dietary. Will follow.
Rev. [[NAME|Claire Huxtable-Moss]], BCC
""",
)

N(
    "b2-35",
    "Brooke Halloran",
    """
DISCHARGE INSTRUCTIONS
Patient: [[NAME|Brooke Halloran]]   Discharge date: [[DATE|07/19/2024]]
You were treated for: cellulitis of the left lower leg.
Medications: cephalexin 500 mg by mouth 4 times a day for 7 more days (last dose [[DATE|7/26]]). Continue your other home medicines.
Keep the leg elevated. The red area was outlined with marker on [[DATE|7/17]] - if redness spreads past the line, call us.
Return to the ED for fever over 101, red streaks, or worsening pain.
Follow up: Dr. [[NAME|Samir Haddadin]] at Northgate Family Practice on [[DATE|Tuesday, July 23]] at 10:40 AM. Phone [[PHONE|(480) 555-0166]].
Your nurse today was [[NAME|Rosa]]. Questions? Nurse line [[PHONE|480-555-0100 ext. 3]].
""",
)

N(
    "b2-36",
    "Herlinda Quispe Mamani",
    """
PRIMARY CARE VISIT  [[DATE|9/9/24]]   CSN [[ID|3004417782]]
[[NAME|Herlinda Quispe Mamani]], 52F, here for DM f/u. Visit in Spanish via in-person staff interpreter ([[NAME|Ana]]).
Hx: T2DM dx 2019, HTN. Works nights cleaning offices in [[CITY|Silver Spring]]. BG 1x/day, fasting 140-180. Misses evening metformin ~3x/wk due to work schedule.
Meds: metformin 1000 BID, lisinopril 10, atorvastatin 20.
BP 146/88, BMI 31. A1c 8.6 (from 8.1), LDL 96, UACR 48.
A/P:
1. DM - switch to metformin XR 2000 mg daily w/ breakfast; add empagliflozin 10 mg. DSMES referral (Spanish-speaking educator [[NAME|Marisol]]).
2. HTN - increase lisinopril to 20.
Daughter [[NAME|Yessenia]] helps w/ portal: [[EMAIL|yessi.quispe@example.com]].
RTC 3 mo. Dr. [[NAME|Omar Farouk]]
""",
)

N(
    "b2-37",
    "Thaddeus Mbeki",
    """
NUTRITION ASSESSMENT  [[DATE|3/3/25]]
Pt: [[NAME|Thaddeus Mbeki]] 67M. Adm dx: esophageal CA s/p Ivor Lewis esophagectomy [[DATE|2/26]]
Ht 178 cm, Wt 61 kg (UBW 74 kg 3 mo ago, 17.6% loss), BMI 19.3
NFPE: moderate temporal wasting, severe muscle loss at clavicles, mild orbital fat loss.
Dx: Severe malnutrition in context of chronic illness (ASPEN/AND).
Current: J-tube Peptamen 1.5 @ 40 mL/hr; goal 60 mL/hr x 24h = 2160 kcal, 98 g protein (35 kcal/kg, 1.6 g/kg).
Refeeding risk high - phos 2.1, Mg 1.6, repleted.
Rec: advance 10 mL q8h to goal, phos/Mg/K daily x3d, thiamine 100 mg x5d.
[[NAME|Liesl Van der Merwe]], MS, RD, LDN
""",
)

N(
    "b2-38",
    "Efraín Carrasco",
    """
INTERFACILITY TRANSFER NOTE
From: Valley Regional ED, [[CITY|Brawley]] CA -> our MICU
Accepting: Dr [[NAME|Solveig Aalto]], called [[DATE|1/30]] 2140 by Dr [[NAME|Ramon Estrada]] ([[PHONE|760-555-0121]])
Pt: [[NAME|Efraín Carrasco]], 47M, MRN (ours) [[MRN|9982301]]; OSH MRN [[MRN|VRH-006617]]
Dx: DKA (pH 6.98, AG 31, BHB 9.2), new T1DM vs ketosis-prone T2.
At OSH: 3L NS, insulin gtt 0.1 u/kg/h, K 3.4 -> 40 mEq added to fluids.
Transport: fixed-wing air ambulance, ETA 2330.
Contact: wife [[NAME|Maribel]], [[PHONE|760 555 0192]], driving from [[CITY|El Centro]].
Transfer center case # [[ID|TC-25-01302]]
""",
)

N(
    "b2-39",
    "Cornelius J. Ashdown",
    """
PRONOUNCEMENT OF DEATH
Called by RN [[NAME|Tiffany]] at 0412 to evaluate pt [[NAME|Cornelius J. Ashdown]] (MRN [[MRN|6630917]]), [[AGE|93]] y/o M, DNR/DNI, comfort care.
Exam: no response to verbal or painful stimuli. Pupils fixed and dilated. No carotid pulse, no heart sounds x 1 min, no breath sounds x 1 min.
Pt pronounced dead at 0418 on [[DATE|09/07/2024]].
Daughter [[NAME|Lorraine Ashdown-Kim]] notified by phone ([[PHONE|919-555-0139]]) at 0425; will come in. Not an ME case. OPO notified, referral # [[ID|NE-240907-118]]. Autopsy declined.
Attending Dr [[NAME|Ekstrom]] notified.
[[NAME|K. Nakamura]], MD PGY-2
""",
)

N(
    "b2-40",
    "Tremaine Okoro",
    """
EMPLOYEE HEALTH - BBF EXPOSURE
Employee: [[NAME|Tremaine Okoro]], RN, Emp ID [[ID|E118274]], 5 West
DOI: [[DATE|10/28/2024]] ~1430
Mechanism: percutaneous, 25g hollow-bore needle after SQ heparin inj, L index finger through glove. Washed w/ soap/water immediately.
Source pt: [[NAME|Ferguson, Della]], MRN [[MRN|3318870]] - consented: HIV Ag/Ab neg, HCV Ab neg, HBsAg neg (rapid).
Employee: Hep B vaccinated, anti-HBs 145 (2021). Baseline labs drawn.
Plan: no PEP indicated. Incident report [[ID|IR-2024-3391]] filed. Charge RN [[NAME|Glenda]] aware.
[[NAME|P. Abernathy]], NP
""",
)

N(
    "b2-41",
    "Siobhan McAllister",
    """
DERM CLINIC
[[NAME|Siobhan McAllister]]   DOB [[DATE|2/29/1984]]   Visit [[DATE|Oct 2, 2024]]
CC: changing mole L upper back
HPI: partner ([[NAME|Dev]]) noticed mole "got bigger and darker" over summer. Hx blistering sunburns, tanning bed in 20s. FHx: father w/ melanoma at 58.
Exam: Fitzpatrick II. L upper back 8 x 6 mm asymmetric macule, irregular borders, variegated brown/black; dermoscopy atypical network + regression structures. No LAD.
Procedure: deep shave (saucerization) bx. Consent signed. 1% lido w/ epi 2 mL, hemostasis AlCl. Specimen to dermpath, req [[ID|DP24-44712]].
Plan: call w/ results; if melanoma -> WLE +/- SLNB (Breslow dependent).
[[NAME|Ifeoma Chukwu]], MD
""",
)

N(
    "b2-42",
    "Lachlan Brodie",
    """
ENDOCRINE FOLLOW-UP (telehealth video)
Pt: [[NAME|Lachlan Brodie]], 19M, T1DM since age 8. Pt at dorm in [[CITY|Ann Arbor]]; identity verified w/ name + DOB [[DATE|1/17/2006]].
Pump: Tandem t:slim X2, SN [[DEVICE|1170883]]; CGM Dexcom G7, sensor [[DEVICE|DX7-3Y8QK2]].
14-day CGM: TIR 58%, TAR 38%, TBR 4%. GMI 7.6%. Mean 178. Post-dinner spikes, late boluses.
Settings: basal 0.85 u/h (0000-0600), 1.0 (0600-2400). ICR 1:8, ISF 1:40, target 110.
Plan: dinner ICR 1:7, pre-bolus 15 min. Control-IQ on. Baqsimi renewed.
Session: [[URL|https://telehealth.example-health.org/v/r8T2kq]], pt connected from IP [[IP|203.0.113.57]] per platform log.
Dr. [[NAME|Fiona Gallagher-Reyes]]
""",
)

N(
    "b2-43",
    "Wilhelmina Osterhaus",
    """
HOME HEALTH SOC VISIT  [[DATE|4/16/2025]]
Pt: [[NAME|Osterhaus, Wilhelmina]] (prefers "[[NAME|Billie]]")
Address: [[ADDRESS|72 Old Post Rd]], [[CITY|Wethersfield]], CT [[ZIP|06109]]
Referral: s/p L TKA at Hartford Hospital [[DATE|4/11]], surgeon Dr [[NAME|Prakash]].
Medicare A, MBI [[HEALTH_PLAN|3TW7-HK2-RP58]].
Vitals: BP 132/74, HR 76, SpO2 97%. Incision: staples intact, no drainage. Pain 4/10 on oxycodone 5 prn. Knee ROM 5-85 deg.
Home safety: throw rugs removed, 3 steps to entry w/ rail; lives w/ husband [[NAME|Gerhard]] ([[AGE|90]]) who has limited mobility.
Plan: SN 2w3, PT 3w4. Xarelto 10 mg x 35d teaching done.
[[NAME|Renata Szymańska]], RN
""",
)

N(
    "b2-44",
    "Diego Barrientos",
    """
TRAUMA H&P - LEVEL 2 ACTIVATION   [[DATE|08/03/2024]] 1752
Pt: [[NAME|Diego Barrientos]], 24M, MRN [[MRN|7740021]]
Mechanism: restrained driver, T-bone MVC ~45 mph, +airbags, extrication 20 min. Vehicle: gray 2017 Nissan Altima, MA plate [[VEHICLE|7TKL82]], VIN [[VEHICLE|1N4AL3AP5HC291847]] per State Police Tpr [[NAME|Mahoney]].
Primary: A patent, B BS equal, C HR 124 BP 96/60, D GCS 14, E seatbelt sign abd.
FAST: + RUQ/Morison's pouch.
Secondary: L femur deformity, abrasions L chest.
CT: grade III liver lac, L femur midshaft fx, L rib 5-7 fx.
Plan: 2u PRBC, TXA 1 g, to IR for angioembolization; ortho (Dr. [[NAME|Sato]]) for ex-fix.
Contact: girlfriend [[NAME|Yaritza]] [[PHONE|508-555-0113]].
""",
)

N(
    "b2-45",
    "Kayden Mercer",
    """
SOCIAL WORK - CHILD PROTECTION
Pt: [[NAME|Kayden Mercer]], 2 y/o M, adm for L femur fx w/ inconsistent hx. Skeletal survey: healing posterior rib fx R 6-7.
51A filed w/ DCF [[DATE|2/11/2025]] 1620 (hotline intake # [[ID|2025-0211-48831]]). DCF worker [[NAME|Shauna Pike]] [[PHONE|(978) 555-0157]] assigned, to visit [[DATE|2/12]] AM.
Caregivers: mother [[NAME|Amber Mercer]] (22), mother's boyfriend [[NAME|Travis Oakley]] (26) - both home at time. MGM [[NAME|Debra Mercer]], [[ADDRESS|9 Pine St]], [[CITY|Haverhill]], identified as possible safety resource.
Hospital police notified; visitation restricted to MGM pending DCF.
Child Protection Team (Dr [[NAME|Alvarado]]) consult completed.
[[NAME|Jenna Whitlock]], LICSW
""",
)

N(
    "b2-46",
    "Cheng Wei-Ming",
    """
POLYSOMNOGRAPHY REPORT
Patient: [[NAME|Cheng Wei-Ming]]   DOB: [[DATE|1975-06-21]]   Study #: [[ID|PSG-24-1183]]
Study date: [[DATE|2024-11-07]]  (split-night)
Referring: Dr. [[NAME|Hollings]]
TRT 441 min, TST 372 min, SE 84%. Sleep latency 11 min, REM latency 96 min.
Diagnostic portion (142 min): AHI 41.3/h (supine 58, non-supine 19), RDI 46, SpO2 nadir 78%, T90 14%.
Titration: CPAP 5 -> 12 cm H2O; at 11 cm AHI 3.2, supine REM observed.
Impression: severe OSA. Recommend auto-CPAP 9-14 cm H2O, medium nasal mask.
Interpreting physician: [[NAME|Margarethe Lindholm]], MD, D.ABSM
""",
)

N(
    "b2-47",
    "Chidi Okwu",
    """
PATIENT FINANCIAL SERVICES - ACCOUNT NOTE   [[DATE|03/12/2025]]
Guarantor: [[NAME|Reginald Okwu]]  SSN [[SSN|347-81-2290]]
Pt: [[NAME|Chidi Okwu]] (son, DOB [[DATE|05/08/2009]])
Account # [[ACCOUNT|700184435]]   DOS [[DATE|01/19/2025]]  ED visit, CPT 99284, 12002, ICD S61.412A
Primary ins: BCBS IL PPO, subscriber ID [[HEALTH_PLAN|XOF882104377]], group [[ID|P23118]]
Claim [[ID|2025019004477]] denied [[DATE|2/26]] - CO-16, missing subscriber DOB. Corrected claim resubmitted today.
Guarantor called [[PHONE|(630) 555-0188]] re: balance $1,184.20. Explained reprocessing; acct on 30-day hold. Address verified: [[ADDRESS|3318 W Grand Ave]], [[CITY|Naperville]] IL [[ZIP|60540]].
-- [[NAME|tjohnson]]
""",
)

N(
    "b2-48",
    "Elijah Boateng",
    """
REFERRAL
To: Pediatric Genetics, Children's Mercy
From: [[NAME|Hana Kobayashi]], MD, Blue Valley Pediatrics, fax [[FAX|913-555-0179]]
Date: [[DATE|6/3/2024]]
Pt: [[NAME|Elijah Boateng]]   DOB [[DATE|2/14/2021]]
Insurance: KanCare, ID [[HEALTH_PLAN|0049221783]]
Reason: global developmental delay, macrocephaly (HC >97%), hypotonia. ~10 words at 3y. Fragile X neg, CMA normal ([[DATE|Jan 2023]]).
FHx: mother ([[NAME|Abena]]) w/ macrocephaly, learning difficulties; maternal uncle w/ autism.
Request: eval for PTEN hamartoma tumor syndrome, consider exome.
Parent contact: [[PHONE|816-555-0145]] (mom, prefers text), [[EMAIL|abena.boateng82@example.org]]
""",
)

N(
    "b2-49",
    "Alastair Rutherford",
    """
ENDOSCOPY REPORT - COLONOSCOPY
Pt: [[NAME|Rutherford, Alastair]]   MRN [[MRN|50-22-917]]   Proc date [[DATE|11/21/24]]
Endoscopist: [[NAME|Leticia Arceneaux]], MD   Fellow: Dr. [[NAME|Basu]]
Indication: surveillance, hx tubular adenomas (last scope 2019).
Sedation: MAC, propofol per anesthesia.
Prep: Boston Bowel Prep Scale 8 (3/3/2).
Findings:
- Cecum reached, appendiceal orifice + ileocecal valve photographed. Withdrawal 11 min.
- 7 mm sessile polyp ascending colon, cold snare, retrieved.
- 4 mm polyp sigmoid, cold forceps.
- Sigmoid diverticulosis. Grade 1 internal hemorrhoids.
Impression: 2 polyps removed.
Plan: await path; surveillance interval per USMSTF. Wife [[NAME|Moira]] driving pt home.
""",
)

N(
    "b2-50",
    "Aarav Mehta",
    """
INFECTIOUS DISEASE CONSULT   [[DATE|7/8/2024]]
Requesting: Dr [[NAME|Feldman]] (hospitalist)
Pt: [[NAME|Aarav Mehta]], 34M, fever x 6d after returning [[DATE|6/30]] from visiting family in [[CITY|Ahmedabad]], India. No malaria ppx. +mosquito bites.
Tmax 40.1, HR 118, plt 62, AST/ALT 210/188. Smear: P. falciparum, parasitemia 3.2%. No AKI, no AMS.
A/P: uncomplicated falciparum malaria, high risk. Artemether-lumefantrine 4 tabs now, at 8h, then BID x2d. Daily smears until neg. G6PD sent.
Reported to state health dept, case # [[ID|MAL-24-0271]].
Wife [[NAME|Nisha]] and 2 kids traveled w/ him; advised to seek care for any fever.
Thanks for this consult. [[NAME|Ogechi Anyanwu]], MD, ID fellow / [[NAME|H. Strand]], MD
""",
)


# ---------------------------------------------------------------------------
# Build + validate
# ---------------------------------------------------------------------------
import json
import os
import re
from collections import Counter

CATEGORIES = {
    "NAME",
    "DATE",
    "AGE",
    "PHONE",
    "FAX",
    "EMAIL",
    "SSN",
    "MRN",
    "HEALTH_PLAN",
    "ACCOUNT",
    "LICENSE",
    "VEHICLE",
    "DEVICE",
    "URL",
    "IP",
    "ADDRESS",
    "CITY",
    "ZIP",
    "ID",
}
MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]", re.S)


def strip_markup(marked):
    out, spans, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        cur += m.start() - pos
        cat, val = m.group(1), m.group(2)
        spans.append([cur, cur + len(val), cat])
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def validate(rec, marked):
    text, spans = rec["text"], rec["spans"]
    nid = rec["note_id"]
    assert "[[" not in text and "]]" not in text, nid
    prev_end = -1
    for s, e, c in spans:
        assert c in CATEGORIES, (nid, c)
        assert 0 <= s < e <= len(text), (nid, s, e)
        assert s >= prev_end, (nid, "overlap/unsorted", s)
        frag = text[s:e]
        assert frag == frag.strip() and frag, (nid, repr(frag))
        prev_end = e
    vals = [m.group(2) for m in MARK.finditer(marked)]
    assert [text[s:e] for s, e, _ in spans] == vals, nid


def unmarked_repeats(rec):
    """Report marked strings that also occur unmarked elsewhere in the text."""
    text, spans = rec["text"], rec["spans"]
    covered = set()
    for s, e, _ in spans:
        covered.update(range(s, e))
    warn = []
    for s, e, c in spans:
        v = text[s:e]
        if len(v) < 3:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
            if m.start() not in covered:
                warn.append((rec["note_id"], c, v, m.start()))
    return warn


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "deid_text_blind2.jsonl")
    recs, warns = [], []
    ids = set()
    for nid, patient, marked in NOTES:
        assert nid not in ids, nid
        ids.add(nid)
        text, spans = strip_markup(marked)
        rec = {"note_id": nid, "patient": patient, "text": text, "spans": spans}
        validate(rec, marked)
        warns += unmarked_repeats(rec)
        recs.append(rec)
    with open(out_path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-validate from disk
    with open(out_path, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    assert len(back) == len(recs)
    cnt = Counter(c for r in back for _, _, c in r["spans"])
    lens = [len(r["text"]) for r in back]
    print(f"notes={len(back)} chars={sum(lens)} min={min(lens)} max={max(lens)}")
    print(f"spans={sum(cnt.values())}")
    for c, n in cnt.most_common():
        print(f"  {c:12s} {n}")
    for r in back:
        if not 300 <= len(r["text"]) <= 950:
            print("length note:", r["note_id"], len(r["text"]))
    for w in warns:
        print("UNMARKED REPEAT:", w)


if __name__ == "__main__":
    main()
