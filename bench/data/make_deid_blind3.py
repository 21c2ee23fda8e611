#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind3.jsonl.

Blind test set #3 for clinical-text de-identification.  Sixty hand-written
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
and ZIP codes.  Facility and company names, eponyms, states, countries,
room numbers, bare years, model numbers and recurring schedules are not
annotated.

Stdlib only.  Run:  python bench/data/make_deid_blind3.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind3.jsonl")

# (note_id, patient, marked-up text, allowed unmarked repeats)
# The last element lists strings that legitimately occur unmarked elsewhere
# in the note (e.g. a city name inside a facility name).
NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


# --------------------------------------------------------------------------
note(
    "b3-01",
    "Darnell Whitfield",
    """
ED PROVIDER NOTE
Name: [[N|WHITFIELD, DARNELL A]]   MRN [[MRN|00841936]]   DOB [[D|04/17/1979]]
Arrived [[D|9/22/24]] 0314 via EMS (Medic 12). GF [[N|Tasha]] followed in car.
CC: L hand lac
HPI: 45M cut L palm on broken glass at home approx 0200, +EtOH (2-3 beers). bleeding controlled w/ pressure. Td status unk. RHD, line cook at Rosie's Diner.
Exam: 3.5 cm lac thenar eminence, FDS/FDP intact, 2pt disc 5 mm, cap refill <2s. BP 138/86 HR 96.
Proc: irrigated 500 mL NS, 6 x 4-0 nylon simple interrupted. Tdap given.
Dispo: d/c, suture removal 10-14d, hand f/u Dr. [[N|Okonkwo-Reyes]] ph [[PH|(302) 555-0187]].
-- [[N|K. Lindqvist]] PA-C
""",
)

note(
    "b3-02",
    "Guadalupe Rentería Solís",
    """
HISTORY & PHYSICAL - Medicine, Team B
Pt: [[N|Guadalupe Rentería Solís]] ("[[N|Lupita]]")  MR#: [[MRN|M7729046]]  Admit: [[D|2024-01-08]]
Hx per pt and daughter [[N|Marisela]] (Spanish; in-person interpreter [[N|Ana Ruiz]] #[[ID|5862]])
CC: SOB, leg swelling x1 wk
HPI: 71F w/ HFrEF (EF 30% echo [[D|6/2023]]), AFib on apixaban, CKD3a, p/w progressive DOE, 3-pillow orthopnea, +12 lb since [[D|Christmas]]. ran out of furosemide ~[[D|12/28]]. denies CP.
SH: lives w/ daughter in [[C|Pilsen]] ([[C|Chicago]]), never smoker, ret. seamstress.
Exam: JVP 12 cm, bibasilar crackles, 2+ pitting edema to knees.
Labs: BNP 2140, Cr 1.6 (bl 1.3), K 4.9, Na 133
A/P: ADHF, NYHA III. IV furosemide 80 BID, strict I/O, daily wts, TTE. resume GDMT as BP allows.
Seen w/ Dr. [[N|A. Feldstein]] (attending)
[[N|R. Obi]], MD PGY-2 pager [[PH|6-3318]]
""",
)

note(
    "b3-03",
    "Oluwaseun Adebayo",
    """
Hospital Day 4 Progress Note   [[D|Sat 3/16]]
[[N|Adebayo, Oluwaseun]] (goes by "[[N|Seun]]")  MRN [[MRN|55210948]]
S: feels better, ambulated hallway x2 w/ PT. +BM. tolerating reg diet. wife [[N|Folake]] asking about d/c timing, wants call at [[PH|614-555-0139]] after rounds. pt worried re: his father ([[A|94]], lives w/ them).
O: Tmax 37.8, HR 88, BP 124/78, SpO2 96% 2L. crackles RLL improved. WBC 14.2->9.8. BCx NGTD, sputum S. pneumo pan-S.
A/P 58M CAP RLL w/ small parapneumonic effusion, improving
- narrow CTX -> amox 1g TID on [[D|Mon]] to complete 7d
- wean O2, ambulatory sat
- hold lisinopril, resume when Cr at bl
Dispo: likely home [[D|3/18]]
--[[N|jm]] ([[N|J. Mwangi-Harper]], NP)
""",
)

note(
    "b3-04",
    "Margaret O'Sullivan",
    """
DISCHARGE SUMMARY
Patient: [[N|Margaret A. O'Sullivan]]   MRN: [[MRN|30-448-172]]   Acct: [[ACCT|9001874452]]
Admitted: [[D|11/02/2023]]   Discharged: [[D|11/09/2023]]
Attending: [[N|Ravi Subramanian]], MD   PCP: Dr. [[N|Helen Ostrowski]]
Dx: R intertrochanteric hip fx s/p IMN [[D|11/3]]; post-op delirium, resolved
Course: [[A|93]] y/o F, lives alone at [[ADDR|14 Birchwood Terrace, Apt 2]], [[C|Marblehead]] MA [[Z|01945]]; fell [[D|11/1]] reaching for cat. cephalomedullary nail POD0, uneventful. delirium POD1-2, nonpharm mgmt. Hgb nadir 8.1, no transfusion. PT: WBAT w/ walker.
Dispo: SNF (Seaview Rehab). Niece [[N|Kathleen "Kitty" Byrne]] (HCP) aware, cell [[PH|781-555-0163]].
Meds: enoxaparin 40 SC daily x4 wks, APAP 650 q6h, senna. STOP zolpidem (Beers).
F/u: Ortho Dr. [[N|Nakashima]] 2 wks, call [[PH|978-555-0100 x214]].
""",
)

note(
    "b3-05",
    "Kwame Asante",
    """
RN SHIFT HANDOFF (SBAR) 1900
S: [[N|Asante, Kwame]] - rm 622-B, 67M, POD 2 lap sigmoid colectomy. Full code. Allergy PCN (rash).
B: recurrent diverticulitis. hx HTN, DM2. lives w/ wife [[N|Abena]]; son [[N|Yaw]] visiting from [[C|Accra]] - son is the one to call: [[PH|240-555-0122]].
A: VSS, T 37.2, pain 3/10 on oxy 5 q4 prn. JP 40 mL serosang this shift. Foley d/c'd 0600, voided x2. FSBG 142, 188 - SSI given. ambulated 2x in hall. IS 1250.
R: AM labs pending. watch JP output. dressing change per Dr [[N|Fairbanks]]. wife asking for chaplain - paged Rev. [[N|Okoro-Bassey]], will come tmrw.
Handed off to [[N|Lupe G.]], RN by [[N|M. Castellanos]] RN
""",
)

note(
    "b3-06",
    "Priya Venkataraman",
    """
TELEPHONE ENCOUNTER
Caller: patient ([[N|Priya Venkataraman]], DOB [[D|08-30-1990]]) - verified name/DOB
Call back #: [[PH|(919) 555-0171]] (cell), ok to leave VM
Reason: pos home preg test, on lisinopril
Details: LMP approx [[D|10/5]]. On lisinopril 10 mg for HTN since [[D|Aug 2023]]. asks if she should stop. also on metformin for PCOS.
Plan per Dr. [[N|Chatterjee]]: STOP lisinopril today; start labetalol 100 mg BID - rx to preferred pharmacy on file. Sched OB intake + BP check this week. Pt verbalized understanding, teach-back done.
Closed by: [[N|trish w.]] RN [[D|10/29/24]] 1422
""",
)

note(
    "b3-07",
    "Dmitri Volkov",
    """
SOCIAL WORK ASSESSMENT
Pt: [[N|Dmitri Volkov]], 54M, MRN [[MRN|6603391]]. Referred by Dr. [[N|Hashemi]] for housing insecurity & EtOH.
Interviewed at bedside [[D|4/2/24]]. Russian-speaking, prefers English. Evicted from apt at [[ADDR|2218 W. Lawrence Ave]] in late [[D|Feb]]; since then sleeping in his truck (2009 Ford F-150, plate [[VEH|ZRX 7158]]) or at brother [[N|Sergei]]'s place in [[C|Skokie]].
Drinks ~1 pint vodka/day, last drink [[D|3/30]]. CIWA 8 today. Interested in residential tx. Has SNAP, no insurance -> Medicaid app started w/ pt (SSN [[SSN|418-62-7703]] provided), confirmation # [[ID|MCD-24-0918837]].
Plan: 1) referral to Haymarket Center 2) shelter list given 3) f/u [[D|Thurs]]. Brother [[N|Sergei Volkov]] [[PH|773-555-0194]] ok to contact per pt.
[[N|Nadia Petrosyan]], LCSW [[PH|x5-2210]]
""",
)

note(
    "b3-08",
    "Leilani Kahananui",
    """
CM NOTE - Discharge planning
[[N|Leilani K. Kahananui]] | MRN [[MRN|0077-31-552]] | Ins: HMSA QUEST, member ID [[HP|QHS809221457]]
Anticipated d/c: [[D|7/12]]. Needs home O2 (2L NC cont; qualifying sat 86% RA at rest [[D|7/10]]) + RW.
DME order faxed to Apria [[FX|808-555-0148]], conf rec'd.
Pt lives in [[C|Waianae]] w/ ohana; address verified [[ADDR|87-1642 Farrington Hwy]], [[C|Waianae]] HI [[Z|96792]]. Home ph [[PH|808-555-0120]]. Daughter [[N|Kehau]] will pick up. PCP appt w/ Dr. [[N|Malia Kealoha-Souza]] [[D|7/19]] @ 0930.
Barriers: ?stairs - pt states single-level home, confirmed w/ daughter.
[[N|Kainoa Alapa'i]] RN CM
""",
)

note(
    "b3-09",
    "Farah Haddad",
    """
Dear Dr. [[N|Linwood]],

Thank you for referring Ms. [[N|Farah Haddad]] (DOB [[D|2/9/1986]]), whom I saw in Rheumatology clinic on [[D|January 23, 2024]] for inflammatory arthritis. She is a 37-year-old pharmacist with 4 months of symmetric MCP/PIP synovitis and ~2 h AM stiffness. RF 88, anti-CCP >250, ESR 42, CRP 2.1. Hand XR: periarticular osteopenia, no erosions.

Impression: seropositive RA, moderate activity (CDAI 24).
Plan: MTX 15 mg weekly, increase to 20 mg in 4 wks; folic acid 1 mg daily; prednisone 10 mg bridge w/ taper. HBV/HCV/QuantiFERON sent. I will see her back in 6 weeks.

Sincerely,
[[N|Youssef Al-Khatib]], MD
Rheumatology Associates | ph [[PH|617-555-0155]] | fax [[FX|617-555-0156]]
cc: [[N|Farah Haddad]] (patient portal)
""",
)

note(
    "b3-10",
    "Tran Van Duc",
    """
EXAM: CT HEAD WO CONTRAST
ACC#: [[ID|RAD-24-5538201]]   MRN: [[MRN|7021183]]
PATIENT: [[N|TRAN, VAN DUC]]   DOB: [[D|05/05/1948]]
DATE OF SERVICE: [[D|06/11/2024]] 22:47
ORDERING: [[N|HOLLIS, MEGAN C]] (PA)
CLINICAL HX: 76M fall from standing, on warfarin, INR 3.4, HA
TECHNIQUE: axial 5 mm. DLP 942 mGy-cm.
COMPARISON: MRI brain [[D|09/2021]].
FINDINGS: 8 mm L frontal convexity SDH, no midline shift. No SAH/IVH. Chronic lacunar infarct R corona radiata. No calvarial fx. Mastoids/sinuses clear.
IMPRESSION: 1. Acute L SDH, 8 mm, no shift. 2. Chronic small vessel ischemic change.
Critical result called to [[N|M. Hollis]] PA at 2302, read back confirmed.
Electronically signed: [[N|Andrzej Nowicki]], MD [[D|06/11/2024]] 23:05
""",
)

note(
    "b3-11",
    "Ingrid Sorensen",
    """
SURGICAL PATHOLOGY REPORT
Case: [[ID|S24-018772]]   Pt: [[N|Sorensen, Ingrid M.]]   MRN [[MRN|4419022]]
Collected: [[D|2/27/2024]]   Received: [[D|2/27/2024]]   Surgeon: Dr. [[N|P. Abernathy-Lowe]]
SPECIMEN: A. L breast, 2:00, 4 cm FN, US-guided core bx (x3)
GROSS: received in formalin labeled w/ pt name & MRN; 3 tan-white cores 1.2-1.6 cm, entirely submitted A1.
DX: Invasive ductal carcinoma, NST, Nottingham grade 2 (3+2+1 = 6/9). DCIS, intermediate grade, present. LVI not identified.
ER 95% strong, PR 60% moderate, HER2 IHC 2+ -> reflex FISH sent. Ki-67 ~20%.
Addendum to follow.
Pathologist: [[N|Olumide Fashola]], MD (dictated [[D|2/28/24]])
""",
)

note(
    "b3-12",
    "Jorge Luis Batista Marte",
    """
OPERATIVE REPORT
Date of surgery: [[D|08.14.2024]]     FIN [[ACCT|24-0081-7723]]
Patient: [[N|Jorge Luis Batista Marte]]   MRN [[MRN|2209-4418]]
Surgeon: [[N|Catalina Ospina]], MD   Assistant: [[N|Dev Raman]], MD (PGY-4)
Anesthesia: GETA - Dr. [[N|Whelan]]
Pre/postop dx: acute calculous cholecystitis
Procedure: lap cholecystectomy w/ IOC
Findings: distended, gangrenous GB fundus, dense omental adhesions. Critical view of safety obtained. IOC: no filling defects, free flow into duodenum.
Description: Hasson open technique at umbilicus, 3 x 5 mm ports. Calot's triangle dissected; cystic duct & artery clipped x2 each and divided. GB removed in Endocatch bag.
EBL 30 mL. Specimen: GB to path. Counts correct x2. Drains: none.
Stable to PACU. I was present for the entire procedure. --[[N|C.O.]]
""",
)

note(
    "b3-13",
    "Mei-Ling Chou",
    """
PRE-ANESTHESIA EVALUATION
[[N|Chou, Mei-Ling]] | F | DOB [[D|1961-12-03]] | MRN [[MRN|88130276]] | Case 4, OR 7 | DOS [[D|4/4/2024]]
Proc: R TKA (Dr. [[N|Gutiérrez]])
ASA III. Mallampati II, TMD >3FB, MO nl, full dentition (crown #14).
Hx: OSA on CPAP 10 cmH2O, HTN, BMI 36. PONV x2 (Apfel 3).
NPO: solids 2200 last night, clears 0500.
Labs: Hgb 12.9, plt 241, K 4.1, Cr 0.8. ECG NSR.
Plan: spinal (bupi 0.5% hyperbaric) + adductor canal block + MAC. PONV ppx: dex 4, ondansetron 4, scop patch. Own CPAP to PACU.
Consent obtained, husband [[N|Wen-Jie]] present.
Anes: [[N|Bartholomew Ngata]], MD / CRNA [[N|S. Iyer]]
""",
)

note(
    "b3-14",
    "Wayne Tsosie",
    """
PCR - Navajo Nation EMS Unit 214 - Inc# [[ID|24-061733]]
Dispatched 1842 [[D|12/03/2024]] for unresponsive male.
Pt: [[N|Wayne Tsosie]], 61M, DOB [[D|3/19/63]]. Location: residence at [[ADDR|MM 12, BIA Route 15]], approx 4 mi W of [[C|Chinle]]. Found by niece [[N|Darlene Begay]].
Initial: GCS 6 (E1V2M3), BG "LO". RR 10 snoring, SpO2 88% RA, HR 112, BP 104/60. No trauma. Hx DM2 on insulin per niece.
Tx: NPA, BVM assist, IO L tibia x1, D10 250 mL; BG 134 @ 1911, GCS 14.
Transport to Chinle Comprehensive Health Care Facility; pt declined further transfer. Pt cell [[PH|928-555-0112]].
Crew: EMT-P [[N|L. Yazzie]] #[[LIC|P-4417]], EMT-B [[N|R. Nez]]
""",
    allow=("Chinle",),
)

note(
    "b3-15",
    "Abdirahman Warsame",
    """
MICU PROGRESS NOTE - HD#6, [[D|Thursday]]
[[N|Warsame, Abdirahman]]  MRN [[MRN|91-00-2873]]  Bed 14
24h: extubated 1000 yesterday -> HFNC 40L/50%. off norepi since 0200. CRRT ongoing, net -1.2L.
Neuro: CAM-ICU neg, RASS 0. off prop.
CV: MAP 70s off pressors. lactate 1.1.
Resp: RR 22, P/F ~180. CXR improving b/l opacities.
Renal: AKI on CRRT (CVVHDF), UOP 150/24h.
ID: MSSA bacteremia (cx [[D|5/1]]) on cefazolin; TEE neg for vegetation [[D|5/3]]; repeat BCx [[D|5/4]] NGTD.
Heme: Hgb 7.4, plt 98.
Lines: R IJ HD cath (day 5), L radial A-line - d/c today.
Family: brother [[N|Hassan]] (spokesperson; Somali interp used) updated by phone [[PH|612-555-0138]]. Wife [[N|Hodan]] at bedside overnight.
Code: Full.
[[N|Ng]]/[[N|Rahimi-Farahani]] (MICU fellow/attending)
""",
)

note(
    "b3-16",
    "Ruth E. Baumgartner",
    """
HOSPICE RN VISIT NOTE (routine)
Pt: [[N|Ruth E. Baumgartner]], [[A|96]] yo F, end-stage dementia (FAST 7c).
Visit [[D|Monday 2/5]] 1030-1120 at home of daughter [[N|Carol Jensen]], [[ADDR|5530 County Rd 9]], [[C|Zumbrota]] MN.
Obs: bedbound, PPS 20%. 2-3 bites pureed, sips via straw. est. 10% wt loss in 2 mo. Stage 2 sacral wound 2 x 1.5 cm, clean, foam dsg changed. PAINAD 1. Morphine 5 mg SL prn used x1 overnight for resp distress - effective. Scant secretions, scop patch placed.
Family: [[N|Carol]] tearful, tired; respite (5 days inpt) offered. son [[N|Dale]] coming from [[C|Rochester]] this wknd.
Plan: visits up to 3x/wk, SW visit [[D|Wed]], chaplain Fr. [[N|Tom]] notified.
[[N|Gretchen Aalvik]], RN - on-call [[PH|507-555-0199]]
""",
)

note(
    "b3-17",
    "Tyler J. Brennan",
    """
PSYCHIATRY INITIAL EVAL - Outpatient
[[N|Tyler J. Brennan]]  DOB [[D|07/21/2001]]  MRN [[MRN|5590184]]
Referred by PCP Dr. [[N|Amanda Whitlock]] after PHQ-9 = 19.
CC: "I can't get out of bed"
HPI: 23M chem grad student, 4 mo low mood, anhedonia, hypersomnia, poor concentration, passive SI w/o plan/intent. Breakup w/ partner ([[N|Jordan]]) in [[D|Sept]]. 1 prior episode at 16, sertraline helped. no mania/psychosis. EtOH 3-4/wknd, daily cannabis vape.
FHx: mother bipolar II; paternal uncle completed suicide.
MSE: casual, poor eye contact, psychomotor slowing, mood "numb", affect constricted, TP linear, passive SI, no HI/AVH, insight fair.
C-SSRS low-moderate. Safety plan done; roommate [[N|Caleb]] aware. 988 reviewed.
Dx: MDD, recurrent, severe w/o psychotic features.
Plan: restart sertraline 50->100, CBT referral, f/u 2 wks.
Dr. [[N|Shira Lieberman-Tal]]
""",
)

note(
    "b3-18",
    "Amara Nwosu",
    """
WELL CHILD - 4 YR
[[N|Amara Nwosu]]   DOB: [[D|06/02/2020]]   MRN [[MRN|P-4418302]]
Accompanied by mom ([[N|Ngozi]]) and grandma.
Concerns: mom worried re: speech - "she talks but strangers can't understand her". bilingual home (Igbo/English).
Growth: ht 103 cm (55%), wt 16.8 kg (60%), BMI 15.8.
Dev: ASQ-3 communication 30 (below cutoff), other domains on track. OAE passed b/l.
Exam: nl. TMs clear. no dysmorphic features.
Imms: DTaP #5, IPV #4, MMR #2, varicella #2 today. VIS given.
Plan: SLP referral (Kids Talk Therapy), fax [[FX|404-555-0182]]; flu shot at [[D|Oct]] nurse visit; RTC 5 yo WCC.
School: starts pre-K at Brightwater Academy in [[D|August]].
[[N|Tunde Okafor]], MD / [[N|L. Pham]], MA
""",
)

note(
    "b3-19",
    "Baby Girl Castillo",
    """
NICU ADMISSION H&P
Infant: [[N|Castillo]], Baby Girl (Twin A)  MRN [[MRN|7700251]]  DOB/TOB [[D|10/19/2024]] 0412
Mother: [[N|Yesenia Castillo-Paredes]], 29 yo G3P1->3, MRN [[MRN|3318294]], O+, GBS unk, HBsAg neg, HIV neg.
Delivery: C/S for preterm labor, twin A breech, 31w2d by 1st tri US. BMZ x2 complete. Mag given.
Apgars 5/8. BW 1485 g. PPV x45 sec, then CPAP +6.
Exam: active, AFOF, mild subcostal retractions, nl female genitalia.
A/P: 31 wk preterm, RDS - CPAP, surfactant if FiO2 >0.40. r/o sepsis: amp/gent x48h, BCx. TPN via UVC. caffeine load.
Dad [[N|Julio]] at bedside, updated. Twin B ([[N|Mateo]]) - see separate note.
Dr. [[N|Anneliese Voigt]] / NNP [[N|Danielle Osei]]
""",
)

note(
    "b3-20",
    "Mele T. Fifita",
    """
L&D TRIAGE NOTE  [[D|03/09/24]] 0155
[[N|Mele T. Fifita]], 31 y/o G4P3003 @ 38w1d (EDD [[D|3/22/24]] by LMP c/w 8 wk US)
CC: ctx q4-5 min since 2300, LOF 0030 clear fluid.
Nitrazine +, ferning +. SVE 4/70/-1. EFM: cat I, baseline 135, mod var, +accels.
GBS neg. Hx 3 prior SVD. GDMA2 on NPH 18u qhs.
Husband [[N|Sione]] at bedside; mother-in-law [[N|Losaline]] watching kids. Pt declined Tongan interpreter, fluent English.
Plan: admit L&D, expectant mgmt, FSBG q1h in active labor, insulin gtt per protocol if >120. MFM Dr. [[N|Kealamakia]] aware.
[[N|A. Dubois]], CNM
""",
)

note(
    "b3-21",
    "Stanisław Kowalski",
    """
PT Daily Note - Inpatient Rehab
Pt: [[N|Kowalski, Stanisław]] ("[[N|Stan]]")  Rm 3107  MRN [[MRN|6604417]]  DOS [[D|05 Jun 2024]]
Dx: L MCA CVA w/ R hemiparesis ([[D|5/21]])
S: "my leg is stronger today". wife [[N|Halina]] present, practicing transfers.
O: sit->stand min A w/ hemi-walker. Gait 60 ft x2 w/ R AFO, min A, cues for R knee hyperext. Berg 28/56. FIM locomotion 3.
A: progressing toward goals; fall risk high (Morse 65).
P: cont gait training, NMES R ant tib; family training [[D|Fri]] w/ daughter [[N|Ewa]] (flying in from [[C|Kraków]]); home eval next wk - split-level, 2 STE w/ rail.
[[N|D. Abernathy]], PT, DPT
""",
)

note(
    "b3-22",
    "Bernice Hollowell",
    """
WOUND CARE CONSULT  [[D|12-11-2023]]
Pt: [[N|Bernice Hollowell]]  MRN [[MRN|00-5527-31]]  Rm 5W-18   Consult by Dr. [[N|Pettigrew]]
82F w/ PAD, DM2, CHF.
(1) Sacrum stage 4 PI 6.5 x 4.0 x 2.1 cm, tunneling 3 cm @ 12 o'clock, 40% slough, mod serous drainage, no odor.
(2) L heel unstageable 3 x 3 cm, dry stable eschar - leave intact.
Braden 11. Albumin 2.4, prealb 9.
Tx: sacrum - Dakin's 1/4 strength moist gauze BID, NPWT once debrided; L heel - betadine paint daily, heel boots. Low air loss mattress ordered. Nutrition consult. Turn q2h.
Discussed w/ son [[N|Reggie]] by phone.
[[N|Monique Thibodeaux]], BSN, RN, CWOCN  ext [[PH|4-7781]]
""",
)

note(
    "b3-23",
    "Rajesh K. Patel",
    """
HEMODIALYSIS RUN NOTE - Unit 3, chair 12
[[N|PATEL, RAJESH K]] | MRN [[MRN|44017729]] | Sched: MWF 2nd shift | Tx date: [[D|Wed 1/17/24]]
Pre: wt 82.4 kg (EDW 79.5), BP 168/92, HR 78, T 36.6.
Access: L AVF +thrill/bruit, cannulated 15g x2 w/o difficulty.
Rx: 4 h, F180 dialyzer, Qb 400, Qd 600, 2K/2.5Ca bath, UF goal 3.0 L, heparin 2000 u bolus.
Intra: cramping at 3h - UF lowered, NS 200 mL. Post: wt 79.9, BP 142/80. Kt/V (last mo) 1.38.
Meds: Epogen 6000 u IV, calcitriol 0.5 mcg.
Will miss [[D|Fri]] tx for daughter's wedding in [[C|Edison]] - rescheduled to [[D|Thu 1/18]]. Mother (89) lives w/ pt, needs him home by 1500.
[[N|Carmen Ybarra]] RN; nephrologist Dr. [[N|Lowenstein]] rounded.
""",
)

note(
    "b3-24",
    "Ji-yeon Kim",
    """
ONC INFUSION NURSING NOTE
[[N|Kim, Ji-yeon]]  DOB [[D|1972-09-14]]  MRN [[MRN|3301-8842]]
Regimen: ddAC-T, C3D1 AC (doxorubicin 60 mg/m2, cyclophosphamide 600 mg/m2), BSA 1.62.
Port: R chest PowerPort, accessed w/ 20g 3/4" Huber, +blood return.
Premeds: ondansetron 16, dex 12, fosaprepitant 150. OK to treat: ANC 2.1, plt 188, Hgb 10.8.
Tolerated w/o rxn. Pegfilgrastim on-body injector applied L arm 1450, will deploy ~27h ([[D|Fri]] ~1750).
Education re: neutropenic fever; 24h line [[PH|(206) 555-0133]]. Husband [[N|Sung-min]] driving. Next C4D1 [[D|7/29]].
[[N|Rosalind Achterberg]] RN OCN
""",
)

note(
    "b3-25",
    "Marisol Quispe Huamán",
    """
DENTAL PROGRESS NOTE   DOS [[D|4-22-24]]
Pt: [[N|Marisol Quispe Huamán]]   Chart #[[MRN|D-20917]]
CC: "me duele la muela" LR pain x5 days. Spanish; staff interpreter [[N|Yolanda]].
Exam: #30 deep distal caries, + cold lingering >30 s, + percussion. PA: PARL mesial root apex.
Dx: symptomatic irreversible pulpitis w/ symptomatic apical periodontitis #30.
Tx: IANB 2% lido 1:100k epi x2 carps (3.6 mL). Pulpectomy, CaOH, Cavit temp.
Rx: amox 500 TID x7d, ibuprofen 600 q6h prn.
NV: complete RCT #30 [[D|5/6]], then crown.
Ins: Delta Dental, subscriber ID [[HP|DD8830174452]] (husband [[N|Wilber Quispe]] is subscriber).
Dr. [[N|Sunita Rao]] DDS / asst [[N|kim]]
""",
)

note(
    "b3-26",
    "Nasser Al-Amin",
    """
OPHTHALMOLOGY CLINIC - f/u
[[N|Nasser Al-Amin]]  MRN [[MRN|1180-2274]]  DOB [[D|Jan 30, 1957]]
POAG OU, s/p SLT OD [[D|Nov 2023]]. Meds: latanoprost qhs OU, timolol 0.5% BID OS.
VA cc: OD 20/25, OS 20/40 (PH 20/30). IOP (Goldmann) 15/21 @ 1015. Gonio open. C/D 0.7/0.85.
OCT RNFL: OS inferior thinning progressed vs [[D|3/2023]]. HVF 24-2: new OS sup arcuate defect.
A/P: POAG progressing OS on 2 agents - add brimonidine OS TID; discussed SLT OS vs MIGS. RTC 6 wks w/ HVF. Meets VA for driving.
Son [[N|Karim]] to assist w/ drops.
Dr. [[N|Elif Yıldız]]
""",
)

note(
    "b3-27",
    "Bogdan Petrenko",
    """
ENT CONSULT
Pt: [[N|Petrenko, Bogdan]]   68M   MRN [[MRN|2290-1174]]   Date [[D|2024/02/13]]
Ref: Dr. [[N|O. Hargreaves]] (PCP)
HPI: 6 wk hoarseness, 40 pk-yr smoker, quit [[D|Dec]]. Welder.
Flex laryngoscopy: exophytic lesion L true VC, ant 2/3, cords mobile. Neck: 1.5 cm L level III node.
A/P: suspicious for glottic SCC. CT neck w/ contrast; DL w/ bx scheduled [[D|2/20]] 0730. Tumor board [[D|2/27]].
Wife [[N|Oksana]] present (Ukrainian-speaking); pt fluent in English. Contact [[PH|(215) 555-0167]].
[[N|Fiona McTavish]], MD, Otolaryngology
""",
)

note(
    "b3-28",
    "Ashley Nguyen",
    """
urgent care visit
pt: [[N|ashley nguyen]] 26F  dob [[D|11/3/97]]
cc: sore throat, fever
sx x2d. T 38.9, no cough. tonsillar exudate, tender ant cervical LAD. centor 4. rapid strep +.
no pcn allergy. tx amoxicillin 500 bid x10d. work note [[D|10/7]]-[[D|10/8]].
return if drooling, trismus, unable to swallow.
roommate [[N|jess]] also sick - advised eval.
prov: [[N|b. okafor-ruiz]] pa-c
""",
)

note(
    "b3-29",
    "Luis Fernando Ochoa",
    """
OCCUPATIONAL HEALTH - Work Injury, Initial
Employee: [[N|Luis Fernando Ochoa]]  DOB [[D|02/11/1988]]  Emp ID [[ID|WH-204417]]  SSN xxx-xx-[[SSN|5190]]
Employer: Tri-County Logistics (warehouse). Supervisor [[N|Brent Kowalczyk]] [[PH|(559) 555-0126]]
WC claim # [[ID|WC-2024-118820]]   DOI [[D|8/29/2024]] ~1400
MOI: lifting 60-lb box from floor, felt pop low back.
Exam: paraspinal spasm L>R, SLR neg, neuro intact L4-S1.
Dx: lumbar strain.
Plan: naproxen, ice, PT 2x/wk x3 wks. Restrictions: no lifting >15 lb, no repetitive bending until recheck [[D|9/9]]. Pt is forklift-certified (cert # [[LIC|FLC-30981]]) - no forklift operation while on cyclobenzaprine. Spanish-language instructions given.
Dr. [[N|Grace Adeyemi]]
""",
)

note(
    "b3-30",
    "Jaylen Brooks",
    """
School Health Office Log - Lincoln Elementary
Student: [[N|Jaylen Brooks]]  Gr 3  Rm 14 (Ms. [[N|Ferreira]])
Date: [[D|Tues, 11/12]]  Time in: 10:20
c/o wheezing after recess. Hx asthma (IHP on file). PEF 180 (personal best 260). RR 28, mild retractions, SpO2 94%.
Albuterol HFA 4 puffs w/ spacer per AAP. 10:40 PEF 240, RR 20, lungs clear. Back to class 10:50.
Called mom [[N|Keisha Brooks]] [[PH|313-555-0104]] - VM; reached grandpa [[N|Earl]] (emergency contact #2).
School inhaler expires [[D|12/2024]] - letter sent home.
[[N|J. Sandoval]], RN, BSN
""",
)

note(
    "b3-31",
    "Florence Ebanks",
    """
HOME HEALTH SKILLED NURSING VISIT
Pt: [[N|Florence Ebanks]]  DOB [[D|09/09/1944]]  Episode [[D|8/1]]-[[D|9/29]]
Address: [[ADDR|3312 NW 11th Ct]], [[C|Lauderhill]], FL [[Z|33311]]
Visit [[D|8/15]] 0900. BP 156/90 (AM meds not yet taken), P 74, T 97.9, SpO2 97%.
CHF: wt 168.2 (up 2.4 lb since [[D|8/13]]), 1+ BLE edema. Reviewed low-Na diet; pt admits to salt fish ("just a little").
Med rec: found 2 bottles metoprolol (succinate AND tartrate) - called Dr. [[N|Bhattacharya]]'s office [[PH|954-555-0191]], spoke w/ [[N|Yvette]]; tartrate d/c'd, removed from pillbox.
Granddaughter [[N|Shanice]] comes evenings. Next SN visit [[D|8/19]].
[[N|Marlon Chin]], RN
""",
)

note(
    "b3-32",
    "Ahmad Rahimi",
    """
CLINICAL PHARMACY NOTE - Anticoagulation
Pt: [[N|Ahmad Rahimi]]  MRN [[MRN|7730-4419]]  74M
Consult: warfarin dosing per Dr. [[N|Castellano]]
Indication: mechanical MVR (On-X), INR goal 2.5-3.5
Home: 5 mg daily except 7.5 mg Tu/Sa (40 mg/wk).
INR: [[D|5/29]] 2.1, [[D|5/30]] 2.3, [[D|5/31]] 2.0. Pt missed doses over [[D|Memorial Day]] weekend at cousin's in [[C|Fremont]]. Started TMP-SMX [[D|5/28]] for UTI (expect INR rise).
Rec: warfarin 7.5 mg tonight then resume home regimen; INR daily; enoxaparin 1 mg/kg q12h bridge until INR >=2.5.
Reviewed w/ son [[N|Farid]] (Dari phone interpreter ID [[ID|310877]]).
[[N|Kelsey Dunmore]], PharmD, BCPS  pgr [[PH|33106]]
""",
)

note(
    "b3-33",
    "Samantha Greer",
    """
Patient Portal Message - From patient
From: [[N|Samantha Greer]] ([[EM|sam.greer.runs@gmail.com]])
To: Dr. [[N|Kapoor]] / Internal Med pool
Sent: [[D|5/14/2024]] 11:52 PM
Subject: rash after new med??
Hi Dr [[N|Kapoor]], I started the allopurinol last [[D|Thursday]] and now I have an itchy red rash on my chest and arms, no blisters, no mouth sores. should I stop it? Also I moved, new address is [[ADDR|88 Cobblestone Way, Unit 5]], [[C|Lakewood]] CO [[Z|80228]]. thx, [[N|Sam]]
---
Reply [[D|5/15]] 08:10 - [[N|R. Kapoor]] MD: Please STOP allopurinol now. Given risk of serious reaction (DRESS/SJS) I want you seen today - call [[PH|303-555-0142]] for a same-day slot. Will add HLA-B*58:01 testing.
""",
)

note(
    "b3-34",
    "Chinedu Okeke",
    """
PRIOR AUTHORIZATION REQUEST - Letter of Medical Necessity
Date: [[D|September 3, 2024]]
To: Pharmacy Utilization Management, BlueCross BlueShield of Illinois   Fax: [[FX|1-800-555-0199]]
Re: [[N|Chinedu Okeke]]   DOB: [[D|04/25/1983]]   Member ID: [[HP|XOJ882047713]]
Drug requested: dupilumab 600 mg SC load, then 300 mg q2wk.
Dx: severe atopic dermatitis (L20.9), EASI 31, BSA 42%.
Failed: triamcinolone 0.1% x8 wks; tacrolimus 0.1% x12 wks; cyclosporine 3 mg/kg ([[D|Jan]]-[[D|Apr 2024]]), stopped for Cr 1.0->1.5.
Request approval for 12 months.
Contact: Dr. [[N|Esther Mbeki-Lund]], NPI [[ID|1740298815]], [[PH|(312) 555-0150]]
""",
)

note(
    "b3-35",
    "Rosa Delgado-Méndez",
    """
RE: Appeal of denial - Claim # [[ID|2024-07-3318820]]
Patient: [[N|Rosa Delgado-Méndez]]   Policy #: [[HP|UHC 9981-22047-01]]
Dates of service: [[D|July 8-10, 2024]]

To the Appeals Committee:
I am writing to appeal the [[D|8/2/2024]] denial of inpatient status for my patient, Mrs. [[N|Delgado-Méndez]], a 67-year-old woman admitted with DKA (pH 7.08, HCO3 6, AG 28, BHB 7.2). She required an IV insulin infusion in the ICU for 31 hours with hourly glucose checks and q2h BMPs, followed by transition to SQ insulin and new-diagnosis education. This level of care cannot safely be delivered in observation status. InterQual acute criteria were met on admission. Please reconsider.

Respectfully,
[[N|Abimbola Ferreira-Adeyemi]], MD, Hospital Medicine
Tel [[PH|956-555-0117]]
""",
)

note(
    "b3-36",
    "Thomas Redcloud",
    """
RESEARCH NOTE - STUDY VISIT
Protocol: HEART-RISE (IRB #2023-0417), Visit 3 (Wk 12)
Subject ID: [[ID|HR-017-0042]]   Participant: [[N|Thomas Redcloud]]   MRN [[MRN|8812-0043]]
Visit [[D|10/22/2024]], within window (+/-7 d). Consent v3.1 re-signed (amendment 2).
AEs: mild HA [[D|10/3]]-[[D|10/5]], resolved, unrelated. ConMeds unchanged.
BP 132/84, HR 70. Labs (lipids, CMP, hs-CRP) drawn, shipped to central lab on dry ice.
$50 stipend loaded to ClinCard. Preferred contact: text [[PH|605-555-0178]]. Lives near [[C|Kyle]] on [[C|Pine Ridge]], ~2 h drive - mileage reimbursed.
Next visit Wk 24 ~[[D|1/14/2025]].
[[N|Maribel Esquivel]], CRC
""",
)

note(
    "b3-37",
    "Nhia Vang",
    """
FAMILY MEDICINE VISIT - interpreter used
Pt: [[N|Nhia Vang]], 58F  MRN [[MRN|2047716]]  Visit [[D|3/1/24]]
Hmong interpreter [[N|Pa Houa Xiong]] (in person, ID# [[ID|H-2291]]). Son [[N|Tou]] present; pt prefers interpreter for medical info.
CC: knee pain, DM f/u.
DM2: A1c 8.9 (8.1 in [[D|Nov]]). metformin 1000 BID "most days". Uses herbal medicine (tshuaj) from cousin in [[C|St. Paul]].
Knees: bilat OA, crepitus, no effusion.
Plan: add empagliflozin 10 mg; topical diclofenac; PT. Teach-back via interpreter confirmed. Family has a healing ceremony (hu plig) planned [[D|3/9]]; pt asks to wait - agreed to start new med [[D|3/11]].
Dr. [[N|Hannah Lindgren]]
""",
)

note(
    "b3-38",
    "Yusuf Demir",
    """
CARDIOLOGY CONSULT
Requesting: Dr. [[N|Vasquez]] (Hospitalist)   Date: [[D|14-Feb-2024]]
Pt: [[N|Yusuf Demir]], 62M, MRN [[MRN|5518830]]
Reason: new AF w/ RVR
HPI: palpitations since [[D|Sunday]] evening, wt loss 8 lb, heat intolerance. HR 140s irreg, BP 118/70.
TSH <0.01, FT4 3.9 - thyrotoxicosis, ?Graves. CHA2DS2-VASc 1 (HTN). TTE: EF 55%, LA 4.3 cm.
Plan: metoprolol tartrate 25 q6h, titrate; apixaban 5 BID given thyrotoxic AF; endocrine consult.
Pt speaks Turkish; daughter [[N|Zeynep]] interpreting. Outside Holter from [[D|Jan]] requested from Dr. [[N|Aksoy]]'s office, fax [[FX|(201) 555-0143]].
[[N|Nikolai Brandt]], MD FACC
""",
)

note(
    "b3-39",
    "Catherine R. Bellamy",
    """
NEUROLOGY FOLLOW-UP
[[N|Bellamy, Catherine R.]]  47F  MRN [[MRN|3317702]]  [[D|6/18/2024]]
RRMS dx [[D|03/2019]]; ocrelizumab q6mo, last infusion [[D|4/30/24]].
Interval: no relapses. walks 2 mi. mild fatigue, bladder urgency.
Exam: mild R INO, Lhermitte sign neg, hyperreflexia LE, Babinski neg b/l. EDSS 2.0.
MRI brain/C-spine [[D|5/2024]]: stable lesions, none enhancing. IgG 780.
Plan: continue ocrelizumab, next [[D|Oct 2024]]; oxybutynin trial; PT for balance. Renewed disability parking form.
Husband [[N|Graham]] asks about travel to [[C|Lisbon]] in [[D|Sept]] - ok.
[[N|P. Castellanos-Reyes]], MD
""",
)

note(
    "b3-40",
    "Hiroshi Tanaka",
    """
PROCEDURE NOTE: COLONOSCOPY
Patient: [[N|Hiroshi Tanaka]]  DOB [[D|1955-07-07]]  MRN [[MRN|60044218]]  Date: [[D|2024-05-20]]
Endoscopist: [[N|Mariana Lopes]], MD   RN: [[N|T. Begaye]]
Indication: surveillance, hx tubular adenomas ([[D|May 2019]])
Sedation: MAC, propofol per anesthesia.
Prep: Boston Bowel Prep Scale 2-3-3 = 8, adequate.
Findings: cecum reached (AO, ICV photographed), withdrawal 11 min.
1) 6 mm sessile polyp ascending colon - cold snare, retrieved.
2) 12 mm pedunculated sigmoid polyp at 30 cm - hot snare, 1 clip.
3) small internal hemorrhoids.
Rec: await path; repeat in 3 yrs if adenomas. Wife [[N|Keiko]] given results, driving pt home.
""",
)

note(
    "b3-41",
    "Fatoumata Diallo",
    """
INFECTIOUS DISEASES CONSULT - New
Pt: [[N|Fatoumata Diallo]] 34F  MRN [[MRN|9912834]]  [[D|Aug 19 2024]]
Travel: visited family in [[C|Conakry]] [[D|6/28]]-[[D|8/5]], no malaria ppx.
Fever 39.6 x3d, HA, myalgias. Thick/thin smear: P. falciparum, 3.2% parasitemia. plt 62, Cr 1.0, T bili 2.1. No AMS.
A/P: uncomplicated falciparum malaria. artemether-lumefantrine 4 tabs at 0 and 8 h then BID x2d; smear q12-24h; if >5% or severe criteria -> IV artesunate.
Husband [[N|Mamadou Bah]] + 2 kids also traveled, afebrile - advised eval if fever.
Pt speaks Fula/French; French interpreter [[N|Olivier]] (ID [[ID|FR-0711]]).
[[N|S. Ramaswamy]] MD / ID fellow [[N|Kateryna Bondarenko]]
""",
)

note(
    "b3-42",
    "Paulo Fonoti",
    """
ENDOCRINOLOGY - DIABETES CLINIC
Name: [[N|FONOTI, PAULO]]   MRN [[MRN|5510082]]   DOS [[D|01/31/2024]]
44M T2DM on insulin pump (Tandem t:slim X2, SN [[DEV|1183305]]) + Dexcom G6 (transmitter ID [[DEV|8GH4K7]]).
CGM 14d: TIR 61%, TBR 2%, GMI 7.6%. A1c 7.8 (8.4 in [[D|Sept]]).
Basal 1.6 u/h, ICR 1:8, ISF 1:30.
Big post-meal spikes after weekly Sunday to'ona'i (family meal) - discussed pre-bolus.
Plan: ICR 1:7 at dinner; add semaglutide 0.25 mg weekly; dietitian referral.
Wife [[N|Tasi]] attends visits. Pump supplies via Byram, acct [[ACCT|7720018845]].
Dr. [[N|Leota Sapolu-Tuiasosopo]]
""",
)

note(
    "b3-43",
    "Agnes Kowalczuk",
    """
GERIATRICS CONSULT - Falls/Cognition
Pt: [[N|Agnes Kowalczuk]] [[A|91]]F  MRN [[MRN|1109553]]
Seen [[D|3/22]] at request of ortho (Dr [[N|Feeney]]).
Widowed, lives alone in [[C|Hamtramck]]; daughter [[N|Barbara]] lives in [[C|Troy]], visits Sundays. Neighbor Mrs. [[N|Wojcik]] checks on her daily.
Falls: 3 in 6 mo, latest [[D|3/20]] -> L distal radius fx.
Meds (12): incl oxybutynin, diphenhydramine qhs, meclizine prn - Beers x3.
MoCA 21/30 (8 yrs educ). TUG 19 s. Orthostatic: 142/78 -> 118/66. Vit D 14.
A/P: deprescribe anticholinergics, vit D3 2000 IU, PT/OT, home safety eval, audiology, outpt neuropsych testing. Discussed w/ pt & daughter.
[[N|Anjali Deshpande]], MD
""",
)

note(
    "b3-44",
    "Vikram Singh Dhillon",
    """
SLEEP MEDICINE CLINIC
[[N|Vikram Singh Dhillon]]  DOB [[D|10/02/1969]]  MRN [[MRN|4403399]]
PSG [[D|12/4/23]]: AHI 42/h, nadir SpO2 79%.
APAP started [[D|1/10/24]] (ResMed AirSense 11 AutoSet, serial [[DEV|23184477392]]), 8-14 cmH2O.
30d download: use 87% >=4h, avg 6.2 h, residual AHI 3.1, 95th pct leak 18 L/min. ESS 14 -> 6. Mask: F30 medium.
Pt is CDL truck driver (CDL [[LIC|D1204-8836-2011]]); DOT compliance letter written today.
Wife [[N|Harpreet]] reports snoring resolved.
RTC 1 yr.
Dr. [[N|Lucia Benedetti]]
""",
)

note(
    "b3-45",
    "Kayla Yazzie",
    """
ORTHO CLINIC NOTE
[[N|Yazzie, Kayla]]  17F  DOB [[D|2/28/2007]]  MRN [[MRN|8837710]]  Visit: [[D|Jan 9]]
s/p R ACL reconstruction (BTB autograft) [[D|10/23/2023]], 11 wks post-op. Plays varsity basketball.
ROM 0-125, no quad lag, Lachman 1A firm endpoint, pivot shift neg. Incisions healed.
Plan: advance PT, start jogging at 12 wks, RTS ~9 mo after functional testing.
Mom [[N|Loretta]] present. Family lives in [[C|Ganado]] (long drive) - telehealth f/u ok. IHS referral # [[ID|R-24-00871]].
[[N|M. Oyelaran]], MD
""",
)

note(
    "b3-46",
    "Esperanza Villanueva",
    """
DERM CLINIC   [[D|5/7/24]]
[[N|Villanueva, Esperanza D.]]  52F  MRN [[MRN|2240919]]
CC: changing mole on back. Pt is an RN, lives in [[C|Daly City]], born in [[C|Iloilo]]. Fitzpatrick IV.
Exam: 9 mm asymmetric macule L upper back, irregular border, variegated brown-black. Dermoscopy: atypical network, regression structures. Multiple SKs, cherry angiomas.
Proc: saucerization bx L upper back, Drysol hemostasis. Path pending.
FHx: sister [[N|Maricel]] had melanoma in 2019.
Results to be sent to [[EM|evillanueva.rn@yahoo.com]] per pt request.
Dr. [[N|Benjamin Okoye]]
""",
)

note(
    "b3-47",
    "Olga Ivanova",
    """
INTERFACILITY TRANSFER - Accepting Note
Call [[D|4/13/2024]] 0218. Transfer center ref # [[ID|TC-24-10477]]
Pt: [[N|Olga Ivanova]], 79F
Transferring: Dr. [[N|Kessler]], Mercy Hospital in [[C|Carthage]] ([[PH|417-555-0160]])
Accepting: Dr. [[N|Anand Pillai]], CCU
Dx: NSTEMI, trop I 4.2 -> 9.8, ongoing CP despite nitro gtt, ST depressions V4-6. On heparin gtt, ASA, atorva 80. BP 102/64, HR 94. Cr 1.9.
Pt speaks Russian; son [[N|Pavel]] ([[PH|(417) 555-0102]]) traveling with her.
Transport: rotor wing, ETA 0400. Plan cath in AM.
""",
)

note(
    "b3-48",
    "Marcus D. Little",
    """
ED PSYCH - Emergency Detention
[[N|Marcus D. Little]] 31M MRN [[MRN|6620014]]  Arrived [[D|6/30]] 2340 via [[C|Kansas City]] PD, Officer [[N|Reyes]] badge #[[ID|3109]].
Neighbor called re: pt on roof of his apt bldg at [[ADDR|4105 Troost Ave]] shouting. Pt states "God told me to stop eating". Not sleeping x5 days.
Hx schizoaffective d/o, off paliperidone palmitate since [[D|March]]. UDS +THC.
Agitated, threw chair; haloperidol 5 / lorazepam 2 / diphenhydramine 50 IM at 0015.
Sister [[N|Tamika Little]] [[PH|816-555-0145]] says he lost his job at the Ford plant in [[D|May]].
Plan: psych admission, restart paliperidone.
Dr. [[N|Olayinka]]
""",
)

note(
    "b3-49",
    "Bui Thi Hoa",
    """
CRITICAL VALUE NOTIFICATION
Pt: [[N|BUI, THI HOA]]  MRN [[MRN|3008241]]  Loc: 4E-412
Acc #: [[ID|C24-117-4883]]   Collected [[D|02/19/2024]] 0542
Test: K+ 6.9 mmol/L (critical >6.0), non-hemolyzed, repeated & confirmed.
Called to: [[N|Ngozi Ibekwe]], RN at 0611, read-back verified.
RN notified Dr. [[N|Halvorsen]] 0615 - ECG w/ peaked T waves; Ca gluconate, insulin/D50 ordered.
Called by: [[N|dpk]] (MLS), lab ext [[PH|x6-4400]]
""",
)

note(
    "b3-50",
    "Harold W. Pennington",
    """
PACEMAKER INTERROGATION - Device Clinic
[[N|Harold W. Pennington]]  DOB [[D|3/3/1940]]  MRN [[MRN|7712034]]  Date [[D|10/01/24]]
Device: Medtronic Azure XT DR MRI (W1DR01), SN [[DEV|RNB614392S]]. Implanted [[D|8/15/2019]] by Dr. [[N|Okafor]].
Leads: RA 5076-52cm SN [[DEV|PJN7735120]]; RV 5076-58cm SN [[DEV|PJN7741982]].
Battery 7.4 yrs. RA: P 2.8 mV, 494 ohm, thr 0.75 V @ 0.4 ms. RV: R 11.2 mV, 551 ohm, thr 0.5 V @ 0.4 ms.
Pacing A 62%, V <1%. AHR episodes x3, longest 4 min ([[D|9/12]]); AF burden <0.1%.
Settings unchanged: DDDR 60/130, AV 250/220.
Remote monitoring; next remote [[D|Jan 2025]]. Daughter [[N|Joanne]] manages home monitor.
[[N|Sharon Tuileta]], RN, CCDS
""",
)

note(
    "b3-51",
    "Wilhelmina Strand",
    """
PRONOUNCEMENT OF DEATH
Called by RN [[N|Beatriz Alcántara]] at 0347 on [[D|12/25/2023]] ([[D|Christmas]] morning).
Pt: [[N|Wilhelmina Strand]], [[A|101]] y/o F, MRN [[MRN|0004412]], DNR/DNI, comfort care since [[D|12/21]].
Exam: no respiratory effort x1 min, no heart sounds, no carotid pulse, pupils fixed and dilated, no response to verbal/tactile stimuli.
Time of death: 0352.
Family: grandson [[N|Erik Strand]] at bedside; granddaughter [[N|Linnea]] notified by phone [[PH|(218) 555-0116]]. Expected death, not an ME case. Autopsy declined. Funeral home: Nordquist & Sons, [[C|Duluth]].
[[N|A. Petrakis]], MD (night hospitalist)
""",
)

note(
    "b3-52",
    "Zainab Mahmoud",
    """
ALLERGY/IMMUNOLOGY
[[N|Zainab Mahmoud]] | 9 y/o F | MRN [[MRN|P-3390127]] | [[D|3-5-2024]]
Peanut allergy, anaphylaxis age 3. Accidental ingestion at a birthday party [[D|Feb 17]] -> hives, vomiting, epinephrine x1 by mom, ED obs.
SPT peanut 12 mm wheal. Ara h 2 IgE 18.4 kU/L.
Plan: strict avoidance; epinephrine auto-injector 0.3 mg x2 renewed; school anaphylaxis plan signed; discussed peanut OIT - family interested, will schedule intake.
Mom [[N|Huda]] asks re: peanut-free summer camp in [[D|July]]. Dad [[N|Omar]] works nights, update by phone [[PH|(313) 555-0186]].
Dr. [[N|Li Wei Tan]] / fellow [[N|R. Shapiro]]
""",
)

note(
    "b3-53",
    "Efraín Soto",
    """
UROLOGY CLINIC
[[N|Soto, Efraín]]  65M  MRN [[MRN|6619043]]  [[D|8/22]]
PSA: 4.1 ([[D|2/23]]) -> 6.8 ([[D|2/24]]) -> 7.9 ([[D|8/24]])
MRI prostate [[D|7/2/24]]: PI-RADS 4, 1.1 cm L PZ.
Fusion bx [[D|8/8]]: Gleason 3+4=7 (GG2), 3/14 cores, max 40%.
Discussed AS vs RALP vs RT. Leaning toward RALP. Rad onc 2nd opinion w/ Dr. [[N|Obuya]].
Wife [[N|Migdalia]] present; records to her email [[EM|migdalia.soto55@hotmail.com]] (pt consent on file).
Dr. [[N|Caleb Hsu]]
""",
)

note(
    "b3-54",
    "Kofi Mensah",
    """
PALLIATIVE CARE - Family Meeting
Pt: [[N|Kofi Mensah]], 74M, metastatic pancreatic ca (liver, peritoneum)
[[D|Friday 9/6/24]] 1400, 6th fl conf rm
Present: wife [[N|Akosua]]; daughters [[N|Efua]] & [[N|Adwoa Mensah-Boateng]]; son-in-law [[N|Kwabena]] by phone from [[C|Kumasi]]; Rev. [[N|Agyemang]]. Onc Dr. [[N|Liang]]; PC Dr. [[N|Sarah Goldfarb]]; SW [[N|Denise]].
Progression on gem/nab-paclitaxel, ECOG 3, bili rising. Pt (capacity intact): "I want to go home to be with my family." His mother, [[A|ninety-one]], still in Ghana.
Outcome: comfort-focused care, home hospice. DNR/DNI; POLST completed. [[N|Akosua]] is HCP. Church fundraiser: [[URL|www.gofundme.com/f/bring-papa-kofi-home]]
Plan: hospice referral, PCA -> oral morphine.
""",
)

note(
    "b3-55",
    "Cody Harjo",
    """
ADDICTION MEDICINE - Bridge Clinic
[[N|Cody Harjo]] 29M  MRN [[MRN|4471025]]  [[D|11/18/24]]  Tribal ID [[ID|MCN-0048271]]
OUD: smoking fentanyl ~1 g/day, last use 16 h ago. COWS 13.
Induction: buprenorphine 4 mg SL, repeat at 1 h, total 16 mg day 1. PDMP checked, no other prescribers. Naloxone kit x2 given. HCV Ab +, RNA pending.
Lives w/ girlfriend [[N|Shay]] in [[C|Okmulgee]].
Rx: bup/nal 8/2 mg film BID, 7-day supply. F/u [[D|Mon 11/25]].
Peer recovery coach [[N|Dale Tiger]] ("[[N|Smoke]]") to call pt tomorrow.
Dr. [[N|Naomi Whitehorse]], DEA [[LIC|BW4417720]]
""",
)

note(
    "b3-56",
    "Anjali Mehta",
    """
TRANSPLANT COORDINATOR NOTE - Kidney Waitlist
Candidate: [[N|Anjali Mehta]]  DOB [[D|06/14/1979]]  MRN [[MRN|2290447]]  UNOS ID [[ID|AJM4421]]  Medicare [[HP|4TE7-QX2-MK81]]
Listed [[D|10/2/2023]]; blood type B; cPRA 84%; HD start [[D|3/2021]].
Living donor eval: brother [[N|Rohan Mehta]] (DOB [[D|2/2/1982]]) - HLA 3/6, crossmatch neg, CTA pending. Husband [[N|Sanjay]] ABO-incompatible -> paired exchange discussed.
New contact info: cell [[PH|(602) 555-0193]], [[EM|anjali.m.kidney@outlook.com]].
Pt will be in [[C|Ahmedabad]] [[D|Dec 20]]-[[D|Jan 5]] -> inactive on list during travel.
[[N|Courtney Ruiz]], RN, CCTC
""",
)

note(
    "b3-57",
    "Mateo Silva",
    """
SPORTS MEDICINE - Concussion f/u
[[N|Mateo Silva]] 16M  DOB [[D|4/4/08]]  MRN [[MRN|8830012]]
Injury [[D|9/13]] (varsity football, helmet-to-helmet). No LOC.
SCAT6 symptom score 28 -> 6 today. VOMS: mild convergence provocation. ImPACT back to baseline.
Plan: cleared for RTP step 3 (non-contact drills); academic accommodations continue.
ATC [[N|Gabe Moreno]] ([[EM|gabe.moreno.atc@gmail.com]]) will supervise progression.
Dad [[N|Rubén]] asks re: homecoming game [[D|10/11]] - possible if steps 4-5 symptom-free.
Dr. [[N|Aisha Carrington]]
""",
)

note(
    "b3-58",
    "Lamar Jefferson",
    """
HIM - Release of Information Log
Request rec'd [[D|07/02/2024]] via fax from Keystone Injury Law Group (paralegal [[N|Destiny]], [[PH|(412) 555-0172]]).
Patient: [[N|Lamar Jefferson]]  DOB [[D|12/12/1975]]  MRN [[MRN|5004417]]  SSN last 4: [[SSN|8832]]
Authorization: HIPAA-compliant, signed [[D|6/27/24]], expires [[D|6/27/25]].
Records: ED visit [[D|4/18/24]] (MVC) + ortho f/u [[D|5/2]], [[D|5/30]]; imaging on CD. Police report # [[ID|PGH-24-118803]] scanned in chart (pt vehicle VIN [[VEH|2T1BURHE5JC048821]]).
Excluded: psychotherapy notes. 42 CFR Part 2 N/A.
Sent via secure e-fax to [[FX|(412) 555-0179]] on [[D|7/9/24]]; 47 pages. ROI tracking # [[ID|ROI-24-33108]].
[[N|C. Mahoney]], RHIT
""",
)

note(
    "b3-59",
    "Pham Thi Ngoc Anh",
    """
OB TRIAGE PHONE CALL   [[D|Sat 8/10/24]] 2215
Caller: [[N|Pham Thi Ngoc Anh]] (pt), POD 6 s/p pLTCS, cb [[PH|714-555-0129]]
c/o HA 7/10 not relieved w/ APAP, seeing "sparkles". Home BP 158/102 on own cuff. No RUQ pain, no SOB.
Hx gHTN at delivery.
Advised to come to L&D triage NOW for preE w/ severe features eval. Husband [[N|Khoa]] will drive; baby [[N|Bao]] staying w/ MIL. Pt agreeable.
L&D charge RN [[N|Wendy]] notified of incoming. OB on call Dr. [[N|Trinh-Alvarado]] aware.
-- [[N|nhung]] RN (triage)
""",
)

note(
    "b3-60",
    "Ayelet Ben-David",
    """
TELEHEALTH VIDEO VISIT - Psych med mgmt
Pt: [[N|Ayelet Ben-David]]  DOB [[D|1/17/1994]]  MRN [[MRN|3398120]]  [[D|02/06/2024]] 1600
Telehealth consent verified. Pt location: home, [[ADDR|217 Sycamore St]], [[C|Teaneck]] NJ [[Z|07666]].
Connection dropped x2; link reissued: [[URL|https://vv.northfieldhealth.org/join/7QX-44KD-91]]. Audit log: pt joined from IP [[IP|73.41.188.20]].
S: GAD w/ panic on escitalopram 15 mg. Panic attacks 4/wk -> 1/wk. Sleep 6-7 h. New job at a law firm. Worried about sister [[N|Noa]] in [[C|Haifa]].
O: calm, well-groomed, linear. GAD-7 9 (prev 15).
A/P: improving; escitalopram to 20 mg. Continue CBT w/ [[N|Miriam Oyelowo]], LCSW. RTC 8 wks by video.
Dr. [[N|Tobias Engström]]
""",
)


# --------------------------------------------------------------------------


if __name__ == "__main__":
    write(OUT, NOTES)
