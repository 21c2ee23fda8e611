"""Build bench/data/deid_text_dev2.jsonl from hand-written, inline-marked notes.

Stdlib only. Markup: ``[[CODE|surface text]]`` where CODE is one of the short
codes in ``CODES``. The markup is stripped, offsets computed, and every span
validated (text[start:end] equals the marked surface, sorted, non-overlapping,
no surrounding whitespace, known category).

All people, numbers, addresses and identifiers below are invented. Phones use
555 exchanges; e-mail/URL domains use example-style names.

Conventions: AGE spans cover the number only ("[[A|92]] yo"); titles (Dr.,
Mr., RN) are outside NAME spans; a date range "6/5-6/12" is two DATE spans;
weekdays naming the day of an event are DATE, recurring weekdays ("visits
Sundays", "Mon/Wed/Fri") and relative words (today, yesterday) are not; bare
years and month+year are not annotated; an apartment number written with its
street line is part of the ADDRESS span.

Run:  python bench/data/make_deid_dev2.py
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

CODES = {
    "N": "NAME",
    "D": "DATE",
    "A": "AGE",
    "P": "PHONE",
    "F": "FAX",
    "E": "EMAIL",
    "SSN": "SSN",
    "MRN": "MRN",
    "HP": "HEALTH_PLAN",
    "ACC": "ACCOUNT",
    "LIC": "LICENSE",
    "VEH": "VEHICLE",
    "DEV": "DEVICE",
    "URL": "URL",
    "IP": "IP",
    "ADDR": "ADDRESS",
    "CITY": "CITY",
    "ZIP": "ZIP",
    "ID": "ID",
}
CATEGORIES = set(CODES.values())
MARK = re.compile(r"\[\[([A-Z]+)\|(.*?)\]\]", re.S)

NOTES: list[tuple[str, str, str]] = []


def note(note_id: str, patient: str, marked: str) -> None:
    NOTES.append((note_id, patient, marked.strip("\n")))


# ---------------------------------------------------------------------------
note(
    "e01",
    "Chidinma A. Okonjo-Bassey",
    """
ED TRIAGE   [[D|2024-02-09]]  2217
Pt: [[N|OKONJO-BASSEY, CHIDINMA A]]   MRN [[MRN|6620-41-873]]   DOB [[D|11.30.1971]]
Arr via private car from home in [[CITY|Mattapan]], brought by husband [[N|Emeka]].
CC: RLQ pain since this AM, vomited x3, no BM since [[D|Wed]].
VS T 38.4  HR 104  BP 132/84  RR 18  SpO2 98% RA.  Pain 8/10.
Hx fibroids, s/p C/S x2, HTN on amlodipine 5. LMP ~2 wk ago.
Allergy: PCN (hives)
+McBurney pt tenderness, +Rovsing, psoas neg.
ESI 3 -> Fast Track rm 9. UA/UCG sent 2230, CBC/BMP/lipase.
Husband cell [[P|857-555-0147]] - pt asks that he be called, not her work #.
-- [[N|M. Ferreira-Lund]], RN
""",
)

note(
    "e02",
    "Võ Thị Bích Ngọc",
    """
ADMISSION H&P - Gen Med, Team Blue
Admit [[D|14MAR24]]   Pt: [[N|Võ Thị Bích Ngọc]]   MRN [[MRN|A00418827]]   [[A|91]] yo F
Attending: Dr. [[N|Grace Kim-Stoddard]]   Intern: [[N|Art Delacroix]], MD  pgr [[P|617-555-2203]]
CC: fall at home, R hip pain
HPI: [[A|91]] y/o Vietnamese-speaking woman w/ Parkinson disease, osteoporosis, AF on apixaban, found on bathroom floor by son [[N|Khoa]] ~0630. Downtime unknown; per [[N|Khoa]] she was at baseline at dinner [[D|3/13]].
SH: lives w/ son + his wife [[N|Linh]] at [[ADDR|2290 Dorr Ave, Unit 6]], [[CITY|Revere]] [[ZIP|02151]]. No tob/EtOH.
Exam: BP 108/62 HR 96 irreg. R leg shortened, ext rotated. Cogwheel rigidity b/l. GCS 14 (E4V4M6).
A/P: R femoral neck fx likely, films pending; Ortho (Dr. [[N|Bill Nakamura-Price]]) aware. Hold apixaban.
Code: DNR/DNI confirmed w/ pt via interpreter and son [[N|Võ Minh Khoa]] (HCP) [[P|781-555-0163]].
""",
)

note(
    "e03",
    "Rose Baker",
    """
PROGRESS NOTE  HD#3   [[D|Thurs 11/7]]
[[N|Rose Baker]]  68F   MRN [[MRN|0093317]]
S: "feeling more like myself." Husband [[N|Bill]] stayed overnight, asking about discharge. Denies CP/SOB. Calf pain improving. Per RN [[N|Joy]] pt ambulated x2 in hall.
O: T 36.9 HR 78 BP 142/86 (BP rose to 168/90 overnight w/ pain, resolved after oxycodone 5). SpO2 96% RA.
L calf 2+ edema, popliteal fullness c/w ruptured Baker's cyst on US [[D|11/5]]; no DVT. Homans neg.
Labs: WBC 7.2, Cr 0.9, INR 1.1.
A/P: 68F w/ ruptured Baker's cyst mimicking DVT. Wells score 1.
- NSAIDs, ice, elevation; PT eval today
- will d/c tomorrow if ambulating; daughter [[N|Dawn]] to pick her up after work
- SW to review bill for knee brace w/ family
[[N|Harriet Hunter]], MD PGY2
""",
)

note(
    "e04",
    "Grzegorz Wróblewski",
    """
DISCHARGE SUMMARY
Patient: [[N|Grzegorz Wróblewski]]    MRN: [[MRN|88-204-6613]]
Admit: [[D|6/2/2024]]   Discharge: [[D|6/5/2024]]   Attending: [[N|Teodora Ilić]], MD
Dx: symptomatic complete heart block s/p dual-chamber PPM
Course: 79M w/ syncope at church, HR 34, CHB on ECG. Temp wire in ED; dual-chamber PPM (SN [[DEV|RNB417290H]]) implanted [[D|June 3rd]] by Dr. [[N|Osei]]. Interrogation [[D|6/4]] nl, R wave 11 mV, thresholds 0.5 V @ 0.4 ms. Home remote monitor SN [[DEV|24A-998173]] paired.
Arm restrictions x 6 wk. No driving x 1 wk.
Dispo: home w/ wife [[N|Bożena]]; sister [[N|Agnieszka Szczepańska-Kowal]] staying [[D|6/5]]-[[D|6/12]] to help.
F/u: device clinic wk of [[D|6/17]]; Dr. [[N|Osei]] [[D|7/9]] 2:40 pm; PCP 1-2 wk.
cc: [[N|J. Pryor]], MD  fax [[F|(508) 555-0177]]
""",
)

note(
    "e05",
    "Tavita S. Leiataua",
    """
Pt: [[N|LEIATAUA, TAVITA S]]   rm 5W-14
RN note 0300 - pt resting, c/o 4/10 pain L foot, oxycodone 5 mg po @0310. dressing to L TMA site c/d/i, changed per wound care orders. BG 0200 = 188, no coverage per SSI (<200).
wife [[N|malia]] called ~0130 asking for update, told stable. she asked that son [[N|tavita jr]] NOT be given info per pt request - flagged in chart.
pt asked for chaplain in AM, pref Samoan-speaking if avail; left msg w/ pastoral care.
fall risk high, bed alarm on, low position, call light in reach.
pt states he usually wakes at dawn, wants PT early.
will cont to monitor.
-- [[N|sk]]
""",
)

note(
    "e06",
    "Eamon O'Driscoll",
    """
TELEPHONE ENCOUNTER  [[D|Mon 1/8]] 10:42
Caller: [[N|Siobhán Ní Bhriain]] (daughter) re: pt [[N|Eamon O'Driscoll]], DOB [[D|04/02/1941]]
Requesting refill donepezil 10 mg + tamsulosin 0.4 (mail order). Out of donepezil since [[D|Sat]]. Daughter says he's "more muddled" this wk, up at night, wandering to the door. No falls, fever or urinary sx per her.
Daughter asks all mail go c/o her: [[ADDR|PO Box 2218]], [[CITY|Ballston Spa]] NY [[ZIP|12020]]. Best # [[P|518-555-0192]] (cell), or [[E|siobhan.nibhriain@examplemail.com]].
Routed to Dr. [[N|Lane]] for refill auth. Suggest MoCA at next visit.
-- [[N|P. Mahoney]], LPN
""",
)

note(
    "e07",
    "Tou Fue Xiong",
    """
SOCIAL WORK ASSESSMENT  [[D|9/18/23]]
Pt: [[N|Tou Fue Xiong]], 62M, admitted [[D|9/15]] w/ new ESRD, HD initiation.
Met w/ pt, wife [[N|Mai Yer Thao]] and daughter [[N|Nou]], who interpreted at pt's request (offered Hmong interpreter, declined for now; will use for consent discussions).
Family: 7 children, 4 local. Eldest son [[N|Chue]] lives in [[CITY|St. Paul]], visits wknds. Clan elder [[N|Neng Pao Her]] involved in big decisions - pt wants him at fam mtg.
Housing: own home, [[ADDR|1846 Case Ave]], no steps to enter.
Transport: daughter works 2nd shift; needs HD chair Mon/Wed/Fri AM. Metro Mobility application started, conf # [[ID|MM-5540217]].
Ins: MN Medical Assistance, member ID [[HP|00912733]].
Plan: fam mtg [[D|Thurs]] 2 pm w/ nephrology, interpreter booked.
[[N|Kayla Stone]], LICSW   pager [[P|3-1187]]
""",
)

note(
    "e08",
    "Iñaki Etxeberria Arrieta",
    """
PHYSICAL THERAPY - Daily Note   DOS: [[D|03-21-2024]]
Pt: [[N|Iñaki Etxeberria Arrieta]]  79M   Dx: L TKA ([[D|3/19]]), POD 2
S: "sore but ok." Pain 5/10 rest, 7/10 w/ flexion. Wife [[N|Miren]] present, asking re: stairs at home (12 steps to bedroom, rail on R ascending).
O: AROM L knee 8-72°, PROM 80°. Quad lag 10°. SLR min A.
Gait: FWW 120 ft x2, CGA, step-to. Stairs 4 steps w/ rail + cane, min A. TUG 28 s.
A: progressing, limited by pain + quad inhibition.
P: BID PT, CPM 0-80, ice. d/c home w/ HHPT vs SNF. Pt lives on a dirt road off [[ADDR|Old Quarry Ln]], rural, no HH agency within 20 mi per CM; CM [[N|Rich]] aware.
[[N|Amaia G.]], PT, DPT
""",
)

note(
    "e09",
    "Abdulrahman bin Khalid Al-Harbi",
    """
[[D|April 22, 2024]]

[[N|Mariam El-Sayed]], MD
Harborview Family Medicine
[[ADDR|410 Wharf St, Suite 200]]
[[CITY|New Bedford]], MA [[ZIP|02740]]

Re: [[N|Abdulrahman bin Khalid Al-Harbi]]   DOB [[D|2/9/1958]]

Dear Dr. [[N|El-Sayed]],
Thank you for referring Mr. [[N|Al-Harbi]], 66, with exertional chest pressure x 2 mo. HTN, HLD, DM2 (A1c 7.9%), ex-smoker (quit 2015). ECG NSR 72, LVH by voltage. ETT (Bruce) [[D|4/19]]: 7:10 min, 8.5 METs, 1.5 mm horizontal ST depression II, III, aVF; Duke treadmill score -3.
Angiography scheduled [[D|May 2]]. Started metoprolol succ 25 mg; continue ASA 81, atorvastatin 80. Son [[N|Faisal]] asks to be called with results at [[P|774-555-0138]].
Sincerely,
/s/ [[N|T. Adeyemi-Hale]], MD, FACC
""",
)

note(
    "e10",
    "April D. King",
    """
EXAM: CT ABDOMEN/PELVIS W IV CONTRAST
ACC#: [[ID|RAD-24-0583312]]    MRN: [[MRN|45017728]]
PATIENT: [[N|KING, APRIL D]]    DOB: [[D|1987-04-30]]    Exam: [[D|2024-07-11]] 14:05
ORDERING: [[N|Dawn Major]], NP
HX: RLQ pain, fever, r/o appy.
TECHNIQUE: 2.5 mm axial after 100 mL Omnipaque 350. DLP 612 mGy-cm.
COMPARISON: US [[D|7/10/2024]].
FINDINGS: Appendix 11 mm w/ periappendiceal stranding, 6 mm appendicolith at base. No abscess or free air. Simple L renal cyst 1.4 cm (Bosniak I). Uterus/adnexa nl. No adenopathy.
IMPRESSION: 1. Acute uncomplicated appendicitis w/ appendicolith. 2. Bosniak I cyst, no f/u.
Findings d/w [[N|Dawn Major]], NP by phone 14:38 [[D|7/11]].
Dictated: [[N|Sky Whitehorse]], MD    Signed [[D|07/11/2024]] 14:52
""",
)

note(
    "e11",
    "Kalani Mahoe",
    """
EMS PATIENT CARE REPORT   Incident # [[ID|2024-118834]]   Unit M-7
Date [[D|08/03/24]]  Disp 0214  On scene 0222  Transport 0241  At dest 0257
Location: [[ADDR|Belmont St]] @ [[ADDR|Warren Ave]], [[CITY|Brockton]]
Pt: [[N|MAHOE, KALANI]]  34M  DOB [[D|01/17/1990]]  Home per DL: [[ADDR|19 Pleasant View Terr]], [[CITY|Stoughton]] [[ZIP|02072]]  DL# [[LIC|S88204117]]
MOI: single vehicle vs pole ~35 mph after drifting out of his lane, restrained driver, airbag deployed, self-extricated. Vehicle white Civic, MA plate [[VEH|7KLR42]], VIN [[VEH|2HGFC2F59EH512874]], towed by PD.
CC: L chest wall pain 7/10 on insp. A&Ox4, GCS 15. Seatbelt sign L chest. NEXUS neg, no collar.
0225 BP 138/88 P 102 R 20 SpO2 97% | 0240 BP 130/84 P 96 R 18 SpO2 98%
Rx: IV 18g L AC, fentanyl 50 mcg 0232, pain -> 4/10.
Witness [[N|Marcus Bell]] (passerby, [[P|508-555-0119]]) states pt swerved to avoid a deer.
Crew: [[N|D. Mason]] EMT-P #[[LIC|P-22871]] / [[N|A. Cook]] EMT-B. Report to charge RN [[N|Wood]].
""",
)

note(
    "e12",
    "Paulina Quispe Mamani",
    """
PHARMACY MED REC - Admission
Pt: [[N|Quispe Mamani, Paulina]]  MRN [[MRN|M-3390142]]  DOB [[D|5-Sep-1952]]
Sources: pt (Quechua/Spanish via interpreter), granddaughter [[N|Yessenia]], bottles, outside fill hx.
Ins: MassHealth, member ID [[HP|100288457733]]; Part D group [[ID|RX8841]], BIN 004336.
Home meds:
1. metformin 1000 mg BID - taking once daily (GI upset)
2. lisinopril 20 mg daily - taking
3. atorvastatin 40 mg qHS - NOT taking x 2 mo (price)
4. levothyroxine 75 mcg - last fill [[D|2/14/24]], Rx #[[ID|6602194]]
5. muña tea daily "for the stomach"
Discrepancies d/w Dr. [[N|Pete Young]]; will resume statin via $4 list. Pt is young at heart but cost is real barrier.
Granddaughter [[P|(413) 555-0180]].
[[N|Nkechi Umeh]], PharmD
""",
)

note(
    "e13",
    "Wyatt Lindqvist",
    """
Portal msg from parent  [[D|Tue 10/15/2024]] 9:12 PM  (sent from [[IP|2601:19b:4c80:7e10::3f]])
Subject: question about my sons rash
hi dr [[N|bishop]], this is [[N|hope]] ([[N|Wyatt]]'s mom). [[N|wyatt]] has had this red rash on his cheeks since [[D|sunday]] and now its on his arms kind of lacy looking. he had a fever last week that went away. he's 6. his sister [[N|Everly]] is fine so far. do i need to bring him in? hes supposed to go to his aunt [[N|June]]'s on [[D|friday]] and she is pregnant.
also can u send the school form to [[E|hope.r.lindqvist@mailbox.example]] thx
-[[N|Hope Lindqvist]]

RN reply [[D|10/16]] 08:05: Hi [[N|Hope]], this sounds like fifth disease (parvovirus B19). Once the rash shows he is usually no longer contagious. [[N|June]] should let her OB know. Form sent. -[[N|Tamsin]], RN for Dr. [[N|Bishop]]
""",
)

note(
    "e14",
    "Faith Oduya-Mensah",
    """
L&D ADMISSION NOTE  [[D|12/02/23]] 0415
[[N|Faith Oduya-Mensah]] 29 y/o G2P1001 @ 39w3d by 1st tri US, EDD [[D|12/6/23]]
Ctx q4-5 min since ~0100, LOF at 0030: pooling +, nitrazine +, ferning +, clear.
PNC w/ Dr. [[N|Bishop]]; labs O+, Ab neg, RI, HBsAg neg, HIV neg, RPR NR, GBS neg ([[D|11/8]]).
G1 SVD 2019, 3.4 kg, Apgars 8/9.
SVE 4/70/-1, Bishop score 9. Vertex by Leopold + BSUS.
FHT 140s, mod var, +accels, no decels, Cat I. TOCO ctx q4 min.
Plan: admit, expectant mgmt, epidural on request, no GBS ppx. Pt has strong faith, requests prayer before epidural.
Support: partner [[N|Kwame Mensah]] [[P|(267) 555-0104]]; doula [[N|Grace]] en route.
[[N|L. Ferraro]], CNM
""",
)

note(
    "e15",
    "Mateo de la Cruz Villanueva",
    """
WCC 18 mo   [[D|Aug 5th]]
[[N|Mateo de la Cruz]] here w/ mom [[N|Ximena Villanueva]] and abuela.
Wt 11.2 kg (50%), Ht 81 cm (45%), HC 47 cm (50%).
Dev: 10-15 words, points, runs, stacks 3 blocks. M-CHAT-R 1 (low risk).
Diet: whole milk ~20 oz/d - limit to 16, iron-rich foods. Bottle at night, discussed weaning.
Dental: no dentist yet - referred to Dr. [[N|Ana Lucía Peña]], peds dentistry.
Vaccines: DTaP #4, Hep A #1, influenza. VIS given.
Safety: rear-facing seat, outlet covers. 3rd-floor walk-up at [[ADDR|640 Shawmut Ave Apt 3C]], window guards in per mom.
Next: 2 yr WCC, lead level then.
-- [[N|Ruth Abara]], MD
""",
)

note(
    "e16",
    "Bartholomew Nwachukwu",
    """
PSYCHIATRY PROGRESS NOTE - Unit 4B   [[D|1/22/25]]
Pt: [[N|Bartholomew Nwachukwu]] ("[[N|Bart]]"), 27M, Section 12 day 5.
S: "I'm not the problem, the neighbors are." Still endorses that upstairs neighbor Mr. [[N|Price]] is "sending signals" through the vents. Sleep ~4 h per nursing. Denies SI/HI.
Per [[N|JT]] (night RN) pacing 0200-0330, refused PRN.
Sister [[N|Chiamaka]] visited; says he stopped risperidone around [[D|Dec 1]].
MSE: disheveled, guarded. Mood "fine", affect restricted. TP circumstantial. TC persecutory re neighbor; appears internally preoccupied. Insight/judgment poor. C-SSRS neg.
A: Schizophrenia (F20.0), exacerbation 2/2 nonadherence.
P: risperidone 2 -> 3 mg qHS; discussed LAI, pt "will think about it." Rogers hearing [[D|1/28]], case # [[ID|25-MH-00417]].
Friend "[[N|Dee]]" (listed support) unreachable at [[P|617 555 0152]].
[[N|Omar Haddad]], MD
""",
)

note(
    "e17",
    "Agnes Whitlock",
    """
HOSPICE RN VISIT  [[D|Saturday 2/17]]  routine, home
Pt: [[N|Agnes Whitlock]], [[A|94]] F, end-stage dementia (FAST 7c), CHF.
Home: [[ADDR|RR 2 Box 114]], [[CITY|Wolcott]] VT - long drive off [[ADDR|Gulf Rd]], needs plowing.
Caregiver: daughter [[N|Peg]] ([[N|Margaret Whitlock-Dunn]]) lives w/ pt; son [[N|Art]] visits Sundays.
S: per [[N|Peg]], sips only, sleeping ~20 h/d, moans w/ turns.
O: BP 92/58, HR 104 irreg, RR 24 w/ apneic pauses ~10 s, SpO2 89% RA. Mottling b/l knees. Sacral stage 2 PI 2x1.5 cm. PAINAD 4/10.
Interv: morphine conc 5 mg SL q2h prn + 2.5 mg q4h sched. Taught mouth care, turns q2h.
[[N|Peg]] tearful: "she had a long life, by the grace of God." Chaplain Fr. [[N|Declan Moynihan]] to visit [[D|Mon]].
[[N|Corinne LaBelle]], RN  cell [[P|802-555-0126]]
""",
)

note(
    "e18",
    "Pieter van der Linden",
    """
DENTAL PROGRESS NOTE   DOS [[D|10.03.23]]
Pt: [[N|Pieter van der Linden]]   DOB [[D|3.14.61]]   Chart # [[MRN|DL-20671]]
CC: "lower left molar killing me" x 4 d.
Med hx: AF on warfarin (POC INR 2.6), HTN, PCN allergy.
Exam: #19 large MOD caries w/ pulpal exposure, perc +, cold lingering >10 s. PA: periapical radiolucency ~3 mm #19. #30 watch. Perio 3-4 mm PD, BOP 20%.
Dx: symptomatic irreversible pulpitis + apical periodontitis #19.
Tx: 2 carp 4% articaine 1:100k IANB. Pulpectomy #19, CaOH, Cavit. Rx clindamycin 300 mg QID x7d, ibuprofen 600/APAP 500.
Ref endo Dr. [[N|Sunny Okabe]] for RCT.
Ins: Delta PPO, subscriber spouse [[N|Marieke van der Linden]], ID [[HP|DD7728193044]], group [[ID|00462-0011]].
[[N|C. Ruiz]], DDS / asst [[N|Brandi]]
""",
)

note(
    "e19",
    "Gurpreet Kaur Sandhu",
    """
OPHTHALMOLOGY - New Pt   [[D|3rd of March, 2025]]
Pt: [[N|Gurpreet Kaur Sandhu]]  58F   MRN [[MRN|EY0041922]]
Ref by optometrist Dr. [[N|Lionel Kasprzak]] (fax [[F|330-555-0171]]) for elevated IOP.
VA cc: OD 20/25, OS 20/40-2, PH OS 20/30. IOP (Goldmann) OD 24, OS 29 @ 10:15.
Gonio open 360 OU, Shaffer 4. CCT 532/528.
C/D 0.5 OD, 0.8 OS w/ inferior notch. OCT RNFL avg 68 µm OS. HVF 24-2 sup arcuate OS, MD -6.2 dB. Ishihara 11/11.
A: POAG OS moderate, OD suspect. FHx: mother blind in one eye "from pressure."
P: latanoprost 0.005% qHS OU; SLT discussed. RTC 4-6 wk IOP, repeat HVF.
Husband [[N|Harjit]] drove; pt dilated, not to drive.
[[N|Ishaan Mehra-Kapoor]], MD
""",
)

note(
    "e20",
    "William Stone",
    """
REFERRAL - Neurology
To: Dr. [[N|Miriam Cohen-Ashkenazi]], Lakeshore Neurology
From: [[N|Chinonso Eze]], DO, Internal Medicine     Date: [[D|11/19/2024]]
RE: [[N|STONE, WILLIAM]] ("[[N|Will]]")  DOB [[D|07/04/1966]]  MRN [[MRN|LMG-0088412]]
4 mo L hand rest tremor, micrographia, slowed gait. Wife [[N|Lorraine]] notes "he's lost his expressions" and has acted out dreams x2 yrs.
Exam: L>R bradykinesia, cogwheel rigidity L wrist, reduced arm swing L, Romberg neg, no Myerson sign. MoCA 27/30.
Concern for early Parkinson disease; drug-induced less likely (brief metoclopramide 2022), ET unlikely. Kidney stone hx only other issue.
[[N|Will]] will bring his med list. Ins: BCBS PPO member [[HP|XYZ884412907]], prior auth ref [[ID|PA-7731046]].
Please contact me at [[P|(216) 555-0148]] or fax [[F|(216) 555-0149]].
""",
)

note(
    "e21",
    "Brigid M. Halloran",
    """
SURGICAL PATHOLOGY REPORT
Accession: [[ID|S24-18832]]    Collected: [[D|05/29/2024]]   Received: [[D|05/30/2024]]
Patient: [[N|Halloran, Brigid M.]]   MRN [[MRN|00-711-2048]]   F  47
Submitting: Dr. [[N|Padraig Flynn]] (Surgery)
Specimen: A. L breast 10:00 4 cm FN, US-guided core bx x4. B. L axillary LN FNA.
Gross: A. formalin, labeled w/ name/MRN, 4 tan-white cores 1.2-1.6 cm, entirely submitted A1.
Dx: A. Invasive ductal carcinoma, Nottingham grade 2 (3+2+1 = 6/9); LVI not seen; DCIS intermediate grade. ER 95% strong, PR 60% mod, HER2 IHC 2+ (FISH pending), Ki-67 18%.
B. Metastatic carcinoma c/w breast primary.
Called to Dr. [[N|Flynn]]'s office, spoke w/ [[N|Noreen]] 15:20 [[D|6/3]].
Pathologist: [[N|Yuki Tanabe-Ross]], MD   e-signed [[D|06/03/2024]] 15:32
""",
)

note(
    "e22",
    "Jerome Black",
    """
From: [[E|kbaker@northshorehealth.example]]
To: [[E|intake@sunrisehomecare.example]]
Date: [[D|Wed, Jan 15, 2025]] 11:04 AM
Subject: HH referral - [[N|J. Black]] - d/c [[D|1/16]]

Hi [[N|Marisol]],
New SN/PT referral. Pt [[N|Jerome Black]], DOB [[D|9/23/1948]], d/c tomorrow from 6 West after CHF exac (down 4.1 kg).
Needs SN for wt/vitals + teaching (new torsemide 40), PT for endurance.
Addr: [[ADDR|14 Juniper Hill Rd]], [[CITY|Beverly]] [[ZIP|01915]] - gravel drive, dog on premises.
Ins: Medicare A/B, MBI [[HP|4TX9QW2MM71]]; AARP supp member [[HP|38810027711]].
Primary contact partner [[N|Gene White]] [[P|978-555-0131]]. PCP Dr. [[N|Hall]] for 485 sign-off. White count and BMP ok on d/c.
Thanks!
[[N|Kim Baker]], RN CM | ph [[P|978-555-0100 ext 3342]] | fax [[F|978-555-0109]]
""",
)

note(
    "e23",
    "Sokunthea Chhim",
    """
TELEHEALTH VISIT  [[D|2025-03-04]] 1530
Pt: [[N|Sokunthea Chhim]]  41F. Video; pt at home in [[CITY|Lowell]] MA. Consented. Dropped x1, reconnected (pt IP [[IP|73.114.201.88]] per session log).
f/u anxiety, insomnia. PHQ-9 8 (15 in Dec), GAD-7 9. Sleep better w/ CBT-I, still wakes ~3 am.
Meds: sertraline 100 mg daily, trazodone 50 qHS prn.
Sister [[N|Sophal]] translated parts of visit.
Pt shares art therapy homework at [[URL|www.chhimartjournal.example.net/sokunthea]], asked me to look; declined politely, discussed boundaries.
Plan: cont sertraline 100, RTC 6 wk video; crisis line reviewed.
[[N|Maeve O'Connell-Reyes]], PMHNP
""",
)

note(
    "e24",
    "Leontyne Hargrove",
    """
ED PROVIDER NOTE
[[N|Leontyne Hargrove]] is a [[A|ninety-three]]-year-old woman from Maple Court Assisted Living (rm 212) w/ AMS. Per aide [[N|Sherelle]] she's been "off" since [[D|Sunday]], worse today, not eating.
PMH: HTN, CKD3, hypothyroid, OA. No anticoag.
Exam: T 38.2, HR 98, BP 104/60. Oriented to self. Suprapubic TTP. No meningismus.
UA: LE 3+, nitrite +, WBC >50. Lactate 1.4. Cr 1.6 (baseline 1.1 on [[D|Oct 3]]). CAM +.
A/P: UTI w/ delirium in [[A|93]] yo F. CTX 1 g, IVF 500 mL, admit obs.
Spoke w/ HCP, nephew [[N|Desmond Hargrove]], [[P|404.555.0175]]; confirms DNR (MOLST dated [[D|8/2/2023]]).
[[N|Priya Raghunathan]], MD
""",
)

note(
    "e25",
    "Dolores Ruiz-Tapia",
    """
HOME HEALTH SN VISIT - [[D|7/22/24]] 1000-1045
Pt: [[N|Dolores Ruiz-Tapia]] ("[[N|Dolly]]")  DOB [[D|02/11/1950]]
Addr: [[ADDR|355 Lenox Ave, Apt 12G]], [[CITY|New York]] NY [[ZIP|10027]]. Bldg near corner of [[ADDR|Lenox and 119th]]; intercom broken - called pt cell [[P|646-555-0183]] to be let in.
Wound: R heel unstageable 3 x 2.5 cm, 80% slough, mod serous, no odor. Santyl + foam, offloading boot.
FSBG 156 fasting. BP 148/90 - missed AM amlodipine.
Pillbox filled for wk. Son [[N|Rafi]] lives downstairs in [[ADDR|Apt 4B]], checks on her evenings.
Next visit [[D|Thurs 7/25]]. Notify MD if wound worse.
[[N|Ngozi Eze-Whitaker]], RN
""",
)

note(
    "e26",
    "Tomasz Kaczmarek",
    """
MICU PROGRESS NOTE  HD 6  [[D|Fri 4/12]]
Pt [[N|Tomasz Kaczmarek]] 61M - septic shock from Legionella CAP, ARDS (Berlin mod).
Overnight: NE 0.12 -> 0.04 mcg/kg/min. No events.
Vent AC/VC 420/18/+12/40%. P/F 210, Pplat 26.
Neuro: RASS -2 on propofol 30, fentanyl 50. CPOT 0.
CV: MAP 68-75, lactate 1.1. Renal: UOP 0.6 mL/kg/h via Foley, Cr 1.8 -> 1.5.
ID: azithro D6/10. Heme: Hgb 8.1, plt 144. SOFA 9 -> 6.
Lines: R IJ CVC, L radial A-line, OGT. No black stools, OG output bilious. Proph: SQH, PPI, CHG, HOB > 30.
Family: wife [[N|Jadwiga]] + daughter [[N|Kasia]] at bedside; fam mtg w/ Dr. [[N|Rosalind Achterberg]] at 1600.
Dispo: ICU.
[[N|ABW]] / [[N|Anders B. Wikström]], MD
""",
)

note(
    "e27",
    "Hope Salazar-Whitman",
    """
sbar 1900 handoff - rm 612
S: [[N|salazar-whitman, hope]] 45F POD1 lap chole, pain ctrl issues
B: hx fibromyalgia, on gabapentin 300 tid home. allergic to codeine (N/V).
A: pain 7/10 despite hydromorphone 0.5 iv q3h prn. VSS T 37.4 HR 88 BP 126/74 RR 16 SpO2 95% 2L. voided x2. ambulated w/ [[N|jess]] (PCA) to nurses station + back. incisions c/d/i.
R: dr [[N|nwosu]] paged re: adding scheduled tylenol + toradol, awaiting call back. pt hopes to go home tmrw; husband [[N|marco]] picking up, he works nights.
pt's friend [[N|gracie]] called, pt ok w/ updates to her.
-[[N|KO]] to [[N|DP]]
""",
)

note(
    "e28",
    "Fatima Zahra Benali",
    """
OCCUPATIONAL THERAPY EVAL   [[D|2024-09-10]]
Pt: [[N|Fatima Zahra Benali]]  72F   s/p L MCA stroke [[D|9/7]]; R hemiparesis, expressive aphasia.
PLOF: indep ADLs, cooked daily for extended family; lives w/ son [[N|Youssef]] + DIL [[N|Khadija]] in 2-story home in [[CITY|Dearborn]].
ADLs: feeding min A w/ built-up utensils; UB dressing mod A; LB dressing max A; toileting mod A.
RUE: Brunnstrom stage 2, tone MAS 1+ elbow flexors. Shoulder subluxation 1 FB. Grip R 0 kg, L 18 kg.
Cog: follows 1-step cmds 80%. Neglect screen neg. Pt said "wood...wood..." (word-finding).
Goals (2 wk): UB dressing min A, toileting CGA, caregiver training.
Family prefers female therapists; pt wears hijab - accommodated.
[[N|Noor Saadeh]], OTR/L
""",
)

note(
    "e29",
    "Kai Akana",
    """
PEDIATRIC DISCHARGE SUMMARY
Pt: [[N|Kai Akana]]  8M   MRN [[MRN|PD-557182]]   Adm [[D|11/28]]  D/c [[D|11/30]]
Dx: status asthmaticus, resolved.
Course: PRAM 9 in ED, cont albuterol x 3 h, Mg 50 mg/kg, dex. To floor HD1; weaned to q4h by [[D|11/29]] PM. CXR no PNA. No PICU.
D/c meds: dexamethasone 2nd dose given [[D|11/30]]; Flovent 44 mcg 2 puffs BID w/ spacer (new); albuterol prn.
Asthma action plan reviewed w/ mom [[N|Leilani]] and tutu (Mrs. [[N|Keakealani]]).
Triggers: cat at grandmother's; wood stove at home.
F/u PCP Dr. [[N|Noelani Kahale]] in 2-3 days.
[[N|Kaimana Akana-Ortiz]] (dad) asked for copy sent to [[E|kakana.ortiz@webmail.example]].
Resident: [[N|B. Lindgren]], MD
""",
)

note(
    "e30",
    "Edwin Page",
    """
CRITICAL VALUE CALL   [[D|5/14/24]] 0512
Lab: [[N|Rochelle]] (chem) called K+ 6.8 (hemolysis neg) on pt [[N|PAGE, EDWIN]], MRN [[MRN|3301-884-20]], rm 7N-22, accession [[ID|C240514-0087]].
Read back and verified.
Notified Dr. [[N|Sue Kwan-Jordan]] (covering) via page 0514, call back 0517: ordered ECG, Ca gluconate 1 g IV, insulin 10 u + D50, repeat BMP 1 h.
ECG 0525: peaked T waves, QRS 96.
Pt asymptomatic. Telemetry on.
Per [[N|S. Kwan]], page her w/ repeat result (pager [[P|88-4120]]).
Will page again if K > 6. Pt asked RN to page his daughter [[N|Marjorie]] in AM.
[[N|Tobias Stroud]], RN
""",
)

note(
    "e31",
    "Shanice Pryce",
    """
SOCIAL WORK NOTE - ED   [[D|03/30/2025]] 2340
Pt [[N|Shanice Pryce]] 31F presented w/ facial contusions, disclosed IPV by partner ([[N|Dante]]). Pt safe to talk, partner not present.
Police on scene; Officer [[N|R. Delgado]] badge [[ID|4471]], PD case # [[ID|25-004318]]. Pt obtained emergency 209A.
Children ([[N|Amari]] 7, [[N|Zion]] 4) currently w/ maternal aunt [[N|Tasha]] in [[CITY|Randolph]].
Safety plan completed. Pt declines shelter; will stay w/ aunt - address withheld from chart per pt request. Safe # to call: aunt's cell [[P|781-555-0127]]; do NOT call pt's phone (partner monitors).
DV advocate [[N|Lucia]] from Hope House paged, to meet pt in AM.
Photos taken w/ consent, in media tab.
[[N|Meredith Okoro]], LICSW
""",
)

note(
    "e32",
    "Darnell Youngblood",
    """
OCC HEALTH - Initial Workers' Comp Visit   DOI [[D|Mon 8/19/24]]
Employee: [[N|Darnell Youngblood]]  DOB [[D|6-12-79]]  Emp ID [[ID|W-0418817]]  SSN [[SSN|042-58-7731]]
Holds CDL [[LIC|D4410-2276-9931]] - DOT med card implications discussed.
Employer: Coastal Freight Logistics (warehouse). Supervisor [[N|Gail Mason]] [[P|401-555-0113]].
WC carrier claim # [[ID|WC24-77810-3]], adjuster [[N|Rob King]].
MOI: lifting 70 lb box from floor, felt pop low back L side.
Exam: L paraspinal spasm, SLR neg b/l, strength 5/5, reflexes 2+ sym. No red flags.
Dx: lumbar strain S39.012A. CPT 99203.
Plan: naproxen 500 BID, cyclobenzaprine 5 qHS, PT 2x/wk x 4 wk. Modified duty: no lifting >15 lb, no bending; RTW modified [[D|8/21]].
Next visit [[D|8/30]].
[[N|Yolanda Birch]], PA-C
""",
)

note(
    "e33",
    "Ayodele Ogunleye",
    """
FINANCIAL COUNSELING NOTE   [[D|January 9th]]
Met w/ pt [[N|Ayodele Ogunleye]] and wife [[N|Funmilayo]] re: balance on hospital account [[ACC|HA-004417723]] ($18,402.16).
Pt uninsured since job loss; applying for MassHealth + Health Safety Net. SSN [[SSN|531-62-0947]] verified w/ card. Wife SSN [[SSN|531 62 1180]].
Household 4, monthly income $2,310 (wife part-time). Qualifies for full HSN pending app.
Pt set up payment plan on separate clinic acct [[ACC|77120-554]], $25/mo, autopay from checking acct ending [[ACC|8831]].
Pt's email for statements: [[E|ayo.ogunleye79@mail.example.org]].
Next appt w/ counselor [[D|1/23]] 10 am.
[[N|Bernadette Quinlan]], Financial Counselor
""",
)

note(
    "e34",
    "Harold Fairweather",
    """
AUDIOLOGY - Hearing Aid Fitting   [[D|14-Nov-2024]]
Pt: [[N|Harold Fairweather]]  [[A|90]] yo M  MRN [[MRN|AU-00981]]
Audiogram ([[D|10/31]]): mod-severe sloping SNHL b/l, WRS 68% R / 60% L at MCL.
Fitted b/l RIC aids, R serial [[DEV|2291K7704]], L serial [[DEV|2291K7711]]; receivers M, open domes -> closed 8 mm.
REM verified to NAL-NL2. Programs: P1 universal, P2 noise, P3 TV streamer (streamer SN [[DEV|TVS-5510398]]).
Counseling: insertion/removal w/ daughter [[N|Coralie]], cleaning, battery rx. Bell and doorbell audible in booth testing.
Warranty exp [[D|11/14/2027]]; loss & damage registered under pt name.
F/u 2 wk. 
[[N|Deanna Shields]], AuD
""",
)

note(
    "e35",
    "Rangi Te Whatu",
    """
TRANSPLANT COORDINATOR NOTE   [[D|Tuesday 6/3]]
Pt [[N|Rangi Te Whatu]] 52M, ESRD 2/2 IgA nephropathy, on HD since 2021, listed for DDKT.
UNOS ID [[ID|RXT4820]]; cPRA 34%, blood type O. Wait time accrues from HD start date.
Potential living donor: cousin [[N|Aroha Ngata]] (age 44) - donor eval packet sent, donor ID [[ID|LD-25-0117]].
HD unit RN [[N|Tui]] faxes monthly labs to [[F|212-555-0144]].
Discussed: 24/7 reachability; backup contact wife [[N|Mere]] [[P|(212) 555-0198]].
Annual re-eval due [[D|9/2025]].
[[N|Whetu Paki]], RN, Transplant Coordinator
""",
)

note(
    "e36",
    "Honorata Maj",
    """
INFUSION CENTER NURSING NOTE   [[D|Mar 3]]
[[N|Honorata Maj]]  64F  C3D1 FOLFOX (colon ca, stage III)
Port: R chest PowerPort, ID card shows model 1708060 / serial [[DEV|RAKH0442]]; accessed w/ 20g 3/4" Huber, + blood return, flushed.
Pre: ondansetron 16 IV, dex 12 IV. Oxaliplatin 85 mg/m2 (148 mg), LV 400 mg/m2, 5-FU bolus 400 mg/m2 + CADD pump 2400 mg/m2 x 46 h. Pump SN [[DEV|CP4-883210]].
Neuropathy gr 1 fingertips w/ cold. CBC: ANC 2.1, plt 168.
Pt wants to be off in May for daughter's wedding - d/w Dr. [[N|Hollis]].
Pump d/c [[D|Wed 3/5]] at home by HH RN [[N|Mae]].
[[N|Lorenzo Dimaculangan]], RN OCN
""",
)

note(
    "e37",
    "Ignatius Mbeki",
    """
HD RUN SHEET   [[D|4/1/25]]  chair 11, 2nd shift
Pt: [[N|MBEKI, IGNATIUS]]   ID [[MRN|DX-77104]]
EDW 78.0 kg. Pre wt 81.4 (IDWG 3.4). Goal UF 3.2 L.
Access: L brachiocephalic AVF, +thrill/bruit, 15g x2, no infiltration.
Pre BP 168/94 HR 80. Intra: hypotensive 92/50 @ 2h40m, UF off, 200 mL NS, sx resolved. Post 136/78, wt 78.6.
Dialyzer F180, Qb 400, Qd 600, 2K/2.5Ca bath. Heparin 2000 u bolus.
Kt/V (last) 1.31. Labs drawn: monthly.
Pt reports missed [[D|Saturday]] run for grandson's baptism. Counseled re fluid and foods rich in potassium.
RN [[N|Ivy]] / PCT [[N|Zeke Olawale]]
""",
)

note(
    "e38",
    "Beatrice Honeycutt",
    """
GERIATRICS CLINIC  [[D|5/6/2025]]
Mrs. [[N|Beatrice Honeycutt]] is a [[A|101]]-year-old woman seen w/ granddaughter [[N|Summer Boyd]].
Concerns: wt loss 3 kg in 6 mo, new urinary incontinence.
She lives alone in a cottage on [[ADDR|Bridle Path]] in [[CITY|Sudbury]], meals on wheels, aide 3x/wk. Still does the crossword "in pen," says it brings her joy.
Exam: BMI 19. MMSE 25/30. Gait slow w/ cane, TUG 18 s. 
A/P: 1) wt loss - MNA 9, add Ensure, check TSH/B12. 2) UUI - trial timed voiding, avoid anticholinergics (Beers). 3) ACP - wishes no hospitalization unless comfort; MOLST updated.
[[N|Summer]] asked about day programs; gave list. Dr. [[N|Joy Akhtar]] (GYN) to eval for pessary.
[[N|H. Vasquez-Lind]], MD
""",
)

note(
    "e39",
    "Luis Ángel Ccori",
    """
CORRECTIONAL HEALTH - Sick Call   [[D|2024-12-18]]
Inmate: [[N|CCORI, LUIS ANGEL]]   DOC # [[ID|W114782]]   Housing: B-pod cell 14
c/o toothache and L ear pain x 3 d. Denies fever.
Exam: T 37.1, L TM bulging, erythematous. #17 partially erupted, pericoronitis.
Plan: amoxicillin 875 BID x 7 d, ibuprofen 600 TID prn. Dental list added. Recheck 1 wk.
Emergency contact on file: mother [[N|Rosa Ccori Huamán]], [[CITY|Paterson]] NJ, [[P|973-555-0106]].
Seen by [[N|Keisha Monroe-Diallo]], NP; escorted by CO [[N|Briggs]].
""",
)

note(
    "e40",
    "Hyun-woo Baek",
    """
SLEEP STUDY REPORT (PSG, split-night)
Patient: [[N|Baek, Hyun-woo]]   DOB [[D|08/08/1977]]   Study date: [[D|2/20/2025]]
Referring: [[N|Celeste Armitage]], NP
Diagnostic (227 min): AHI 41.3/h, supine AHI 58, RDI 46. O2 nadir 79%. T90 14%. Periodic limb movements 3/h.
Titration: CPAP 5 -> 11 cm H2O; at 10 cm AHI 2.1 incl supine REM. Mask: medium nasal pillows.
Impression: severe OSA, responsive to CPAP 10 cm H2O. Epworth 14.
Rec: APAP 8-14. DME order placed; unit SN [[DEV|23211834592]] delivered [[D|3/4]] per DME. Compliance download at 31-90 d.
Interpreting: [[N|Marcus Ibe-Lawal]], MD, D.ABSM
""",
)

note(
    "e41",
    "Mercedes Ayala Rivera",
    """
WOUND CLINIC   [[D|Tues 9/24]]
[[N|Mercedes Ayala Rivera]]  DM2, PAD. L plantar 1st MTH ulcer, Wagner 2.
Today 1.8 x 1.2 x 0.4 cm (last wk 2.1 x 1.4 x 0.5). Base 70% gran, 30% slough. Probe-to-bone neg. ABI L 0.72.
Sharp debridement to subcut, 1.8 cm2. CPT 11042. Silver alginate, offloading shoe.
Photos uploaded (from clinic tablet [[IP|10.42.17.203]]) to pt's portal album per her request: [[URL|https://photos.example-health.org/u/mayala.rivera/wound]].
Daughter [[N|Yaritza]] does dressing changes M/W/F.
Vascular ref placed to Dr. [[N|Calloway]], appt [[D|10/2]].
[[N|Rich Okonkwo]], DPM   lic [[LIC|PD-001842]]
""",
)

note(
    "e42",
    "Noah Hunter-Greenbaum",
    """
ED TRIAGE - PEDS   [[D|06.29.24]] 1810
[[N|Noah Hunter-Greenbaum]] 9M, dog bite R forearm ~1700 at neighbor's yard (dog belongs to Mr. [[N|Dwayne Hunter]] next door - no relation).
Dog vaccinated per owner, rabies tag # [[ID|R-2024-3317]]; animal control case # [[ID|AC-24-0612]].
3 punctures, 1 lac 2 cm, bleeding controlled. NV intact, cap refill < 2 s.
VS HR 110, BP 108/66, T 36.8, Pain 5/10 (FACES). Tdap UTD (age 4 booster).
Mom [[N|Tovah Greenbaum]] at bedside, dad [[N|Elijah]] en route. Family lives [[ADDR|22 Rushmore Ct]], [[CITY|Framingham]].
Owner is a deer hunter, dog is a beagle. Irrigate, augmentin, wound check 48 h.
ESI 4.  [[N|Q. Yusuf]], RN
""",
)

note(
    "e43",
    "Shira Ben-David",
    """
ALLERGY CLINIC   [[D|March the 3rd]]
[[N|Shira Ben-David]] 24F, referred by Dr. [[N|Royce]] for recurrent hives and "throat tightness" after eating.
Hx: urticaria 3-4 episodes since [[D|New Year's Eve]]; 2 after shrimp, 1 after NSAID, 1 unclear. No hypotension, no epi used.
SPT: histamine 8 mm, saline 0. Shrimp 9x12 mm, crab 6 mm, dust mite D.f. 5 mm. Peanut, tree nuts, milk, egg neg.
Tryptase 4.1. Component testing ordered (Pen a 1).
A/P: shellfish allergy + NSAID-exacerbated urticaria. Epi auto-inj 0.3 x2 prescribed, taught. Avoid shellfish, use APAP.
Pt works as a cook at a seafood bistro - letter for employer provided.
[[N|Hannah Orbach]], MD
""",
)

note(
    "e44",
    "Dermot McGillicuddy",
    """
GI PROCEDURE NOTE - Colonoscopy    [[D|10/08/2024]]
Pt: [[N|Dermot McGillicuddy]]  38M  MRN [[MRN|0620-3351]]
Indication: Crohn's ileocolitis, assess response to ustekinumab.
Sedation: MAC (anesthesia: Dr. [[N|Fionnuala Ó Súilleabháin]]).
Prep: Boston 2-3-3 = 8. Cecum reached 07:52, TI intubated 15 cm.
Findings: TI w/ scattered aphthae, SES-CD 4 (was 13). Colon: healed scarring ascending. No strictures. Random bx x2 jars.
Impression: endoscopic improvement, mild residual TI disease.
Plan: continue ustekinumab q8w; calprotectin 3 mo. Path to Dr. [[N|Brennan-Osei]].
Wife [[N|Orla]] driving home. 
Endoscopist: [[N|Kwabena Asante]], MD
""",
)

note(
    "e45",
    "Mona Lisa Faleafa",
    """
DERMATOLOGY   [[D|July 30]]
Pt: [[N|Mona Lisa Faleafa]]  DOB [[D|12/24/1983]]
CC: changing mole on back x 6 mo, noticed by husband [[N|Sefa]].
Exam: L upper back 7 mm asymmetric macule, irregular border, 3 colors; dermoscopy atypical network, regression. Full skin exam otherwise benign nevi, SKs. No LAD.
Procedure: shave removal (saucerization) L upper back, 1% lido w/ epi, hemostasis AlCl. Path sent, specimen # [[ID|D25-07731]].
Also: tinea versicolor chest - ketoconazole 2% shampoo as wash.
Pt to call [[P|(808) 555-0190]] if no result by [[D|Aug 8]]. Sunscreen counseling; she works landscaping in summer.
[[N|Vo Thanh Binh]], MD
""",
)

note(
    "e46",
    "Evangeline Rose Marchetti",
    """
ENDOCRINE F/U   [[D|2025-01-27]]
[[N|Evangeline Marchetti]] ("[[N|Evie]]") 19F, T1DM dx age 11, on t:slim pump (SN [[DEV|TS-1172049]]) + Dexcom G7 (txr [[DEV|8YQX2F]]).
TIR 61%, TBR 4%, GMI 7.6%. A1c 7.8 (from 8.4). Lows mostly 2-4 am.
Pump settings: basal 0.85 u/h 00-04 -> 0.75; ICR 1:10; ISF 1:45.
Also Graves disease on methimazole 5, FT4 1.1 nl. TRAb pending.
Moving to college in [[CITY|Amherst]] in Aug; will transfer care to Dr. [[N|Rosaline Oyelowo]] at campus health. Roommate [[N|Brooke]] trained on glucagon. Pt posts a T1D vlog at [[URL|youtube.example.com/@evie_t1d_life]].
Mom ([[N|Gina]]) asked about supply shipping to dorm: [[ADDR|78 Orchard Hill Dr, Box 4417]].
[[N|Teodoro Alvarenga]], MD
""",
)

note(
    "e47",
    "Abelardo Cruz-Mendoza",
    """
UROLOGY CONSULT   [[D|Sept 12]]
Asked by Dr. [[N|Shelby Grant]] (hospitalist) re: urinary retention.
[[N|Abelardo Cruz-Mendoza]] 77M, PVR 900 mL after knee surgery, Foley placed, drained 1.1 L. BPH on tamsulosin. PSA 6.2 ([[D|3/2024]]).
Exam: prostate ~60 g, smooth, nontender.
Plan: keep Foley 7 d, cont tamsulosin, add finasteride 5. Voiding trial in clinic wk of [[D|9/19]]. Repeat PSA in 3 mo on finasteride (double it). Renal US - mild R hydro, f/u after decompression.
Pt's grandson [[N|Brayan]] translated; pt prefers Spanish. Grandson's # [[P|915-555-0161]].
[[N|Isaac Tolentino]], MD (Urology)  cc: [[N|S. Grant]]
""",
)

note(
    "e48",
    "Colt Major",
    """
ADDICTION MEDICINE - Bridge Clinic   [[D|Thu 2/13/25]]
Pt: [[N|Colt Major]] 36M, OUD, fentanyl IV, last use [[D|2/12]] ~2200. COWS 13 at 1100.
Bup induction: 4 mg SL 1115, 4 mg 1230 - COWS 4. Rx Suboxone 8/2 mg BID x 7 d, naloxone kit x2.
MA PMP checked [[D|2/13]]: no other controlled Rx.
Hx: HCV Ab+ (RNA pending), MDD (major depressive d/o) - PHQ-9 17, no SI.
Housing: sleeping in car (gray Camry, MA plate [[VEH|4YT 882]]) near [[ADDR|Mass Ave]] & [[ADDR|Melnea Cass]]. Pt's girlfriend [[N|Destiny]] also in treatment elsewhere.
Recovery coach [[N|Manny Ortega]] met pt; f/u [[D|Tue]].
Prescriber [[N|Adaeze Nwosu-Kline]], MD   DEA [[LIC|BN4418276]]   NPI [[ID|1538201194]]
""",
)

note(
    "e49",
    "Tupac Huamani Condori",
    """
ONCOLOGY NEW CONSULT   [[D|4.8.2025]]
[[N|Tupac Huamani Condori]] 57M from [[CITY|Cusco]], Peru, living w/ brother [[N|Wilber]] in [[CITY|Paterson]] since [[D|Feb 1]]. Referred by Dr. [[N|Kasprowicz]] for gastric adenocarcinoma (EGD [[D|3/27]]: 4 cm ulcerated lesion lesser curvature; bx poorly diff, signet ring features, HER2 neg, MMR proficient, CPS 6).
CT C/A/P [[D|4/1]]: perigastric nodes, no distant mets. Staging cT3N1M0.
ECOG 1. Wt loss 6 kg. Alb 3.3.
Plan: perioperative FLOT x4 then gastrectomy; port placement; nutrition, SW (uninsured - emergency Medicaid app), Quechua/Spanish interpreter all visits.
Brother's # [[P|862-555-0115]]. d/w tumor board [[D|4/10]].
[[N|Elena Kostova-Park]], MD
""",
)

note(
    "e50",
    "Lachlan Brown",
    """
PULMONARY CLINIC   [[D|Dec 9]]
[[N|Lachlan Brown]] 64M, COPD GOLD 3 (FEV1 42%), former 60 pk-yr. Brown sputum x 1 wk w/ ↑ dyspnea, no fever.
mMRC 3, CAT 24. 2 exacerbations this yr, 1 hosp ([[D|8/14]]-[[D|8/19]]).
Exam: scattered wheeze, prolonged exp, SpO2 90% RA (baseline 92).
Rx: prednisone 40 x 5 d, doxycycline 100 BID x 5 d. Change to triple ICS/LABA/LAMA. PR referral again - pt says "too far, no ride."
Home O2 eval w/ ambulation: nadir 86% -> qualifies; 2 L w/ exertion, DME to call.
Wife [[N|Heather]] smokes outside only - counseled. Cessation offered to her.
[[N|Amelia Tsang]], MD
""",
)

note(
    "e51",
    "Meseret Tadesse Alemu",
    """
RHEUMATOLOGY   [[D|10/21/2024]]
[[N|Meseret Tadesse Alemu]] 35F w/ SLE (ANA 1:1280, dsDNA+, low C3/C4), class IV LN on bx [[D|2022-05-03]].
Now: joint pain hands, malar rash, fatigue. UPCR 1.4 (was 0.6). Cr 0.8. C3 62. ESR 48. Hgb 10.9.
SLEDAI-2K 12. No Raynaud's ulcers.
Plan: MMF 1.5 g BID (↑ from 1 g), HCQ 300 daily (ok for wt; eye exam w/ Dr. [[N|Yonas Girma]] due), pred taper 20 mg. Pregnancy counseling - on effective contraception (IUD).
Pt's husband [[N|Dawit]] asked about vaccines; Shingrix series started. 
Nephrology co-mgmt w/ Dr. [[N|Patience Adjei]].
[[N|Daniel Strauss]], MD
""",
)

note(
    "e52",
    "Cormac Ó Briain",
    """
ORTHO SPORTS CLINIC   [[D|Monday, August 12th]]
[[N|Cormac Ó Briain]] 22M, hurling player, twisting injury R knee [[D|8/3]], pop + immediate swelling.
Exam: effusion 2+, Lachman 2B (soft end pt), anterior drawer +, pivot shift +, McMurray neg, dial test neg, stable to varus/valgus.
MRI ([[D|8/9]]): complete ACL tear, bone bruise LFC/posterolateral tibia, menisci intact.
Plan: prehab (ROM, quad activation) 3-4 wk, then ACL recon BTB autograft. Surgery tentatively [[D|9/5]].
Team physio [[N|Niamh]] to coordinate; email [[E|niamh.physio@gaelicclub.example.ie]].
Pt on student visa; travel home late [[D|Dec 20]]. 
[[N|Gareth Lloyd-Jones]], MD
""",
)

note(
    "e53",
    "Marguerite Oyelaran",
    """
PALLIATIVE CARE - Family Meeting   [[D|7/2/25]] 1400
Pt: [[N|Marguerite Oyelaran]] 82F, metastatic pancreatic ca, now w/ biliary sepsis.
Present: pt (drowsy, participated briefly), children [[N|Tunde]], [[N|Folake Oyelaran-Brooks]], [[N|Remi]] (by phone from [[CITY|Houston]]), grandson [[N|Jaylen]]; Dr. [[N|Okafor-Lund]] (onc), [[N|Beth Canning]], RN; chaplain Rev. [[N|Abiola]].
Discussion: prognosis weeks or less. Pt said "I want to go home to see my garden." Family aligned on comfort focus.
Decisions: DNR/DNI, no ICU, stop abx after current course, home hospice. [[N|Folake]] is HCP.
Home: [[ADDR|82 Crane St]], [[CITY|Dorchester]]; hospital bed delivery [[D|7/3]].
[[N|Isadora Lemaire]], MD (Palliative)
""",
)

note(
    "e54",
    "Wendell Cook",
    """
NURSING HOME TRANSFER FORM  (to ED)   [[D|11-04-2024]] 0620
Resident: [[N|Wendell Cook]]   DOB [[D|9/30/1930]]   Age [[A|94]]
Facility: Evergreen Manor, wing C rm 118B
Reason: SOB, SpO2 84% RA, RR 30, temp 38.6 since 0500.
Dx list: CHF, Alzheimer's dementia, DM2, s/p CVA. Code: DNR; OK to hospitalize per MOLST. Has king-size air mattress at facility.
Baseline: A&O x1, needs 2-assist transfers, pureed diet, nectar thick.
Meds: see attached MAR (lasix 40, lisinopril 5, donepezil 10, insulin glargine 12).
Contact: son [[N|Reggie Cook]] [[P|(330) 555-0133]]; alt granddaughter [[N|Autumn]] [[P|330-555-0172]].
Sent via ambulance at 0640. Report called to ED RN [[N|Basil]].
Nurse: [[N|Fe Dizon]], LPN lic [[LIC|LPN.0071123]]    Supervisor: [[N|Lorna Mae Estrada]], RN
""",
)

note(
    "e55",
    "Ebru Yıldırım",
    """
STUDENT HEALTH - Visit   [[D|9/5/24]]
[[N|Ebru Yıldırım]]  20F  Student ID [[ID|U71204468]]
CC: sore throat, fever 38.9 x 2 d, no cough. Roommate [[N|Paige]] had strep last wk.
Exam: tonsillar exudates, tender ant cervical LAD. Centor 4. Rapid strep +.
Rx: amoxicillin 500 BID x 10 d. Excused from class x 48 h; note sent to advisor Prof. [[N|Wren]].
Also: requested STI screen - GC/CT urine sent. Contraception: OCP, adherent.
Moved out of Baker Hall dorm; now lives off campus at [[ADDR|31 Spring St #2]], [[CITY|Ithaca]] [[ZIP|14850]].
[[N|Dana Whitcombe]], NP
""",
)

note(
    "e56",
    "Hodan Abdi Warsame",
    """
PRENATAL VISIT (w/ Somali interpreter [[N|Sahra]], phone)   [[D|Friday 5/16]]
[[N|Hodan Abdi Warsame]] 33 y/o G5P4004 @ 28w1d.
Hx: 4 prior SVDs, type III FGC (deinfibulation discussed for L&D; pt agreeable).
BP 118/72, wt +1 kg, FH 28 cm, FHR 145. Edema none.
1-h GCT 152 -> 3-h GTT ordered. Hgb 9.6 - start ferrous sulfate.
Rhogam not needed (A pos). Tdap today.
Husband [[N|Abdirahman]] in [[CITY|Minneapolis]] for work, returns [[D|June 20]]. 
Kids' school pickup is a barrier to appts - offered early slots.
[[N|Marit Haugen]], CNM
""",
)

note(
    "e57",
    "Reginald Tuckerman",
    """
[[D|February 2, 2025]]
[[N|Vanessa Holloway]], Esq.
Holloway & Pratt LLP
[[ADDR|1200 Commerce Blvd, Ste 910]]
[[CITY|Hartford]], CT [[ZIP|06103]]

Re: Records request for [[N|Reginald Tuckerman]], DOB [[D|11/02/1962]]; your file [[ID|HP-24-3381]]

Dear Ms. [[N|Holloway]],
We received your request dated [[D|January 21]] with a HIPAA authorization signed by the patient on [[D|1/17/25]]. Records for DOS [[D|08/09/2024]] through [[D|09/30/2024]] (ED visit and ortho follow-up) are enclosed, 84 pages. Radiology images on CD.
Invoice # [[ID|ROI-55172]] for $54.60 enclosed (patient account [[ACC|PA88213307]]).
Questions: [[N|Tom Whelan]], HIM, [[P|860-555-0141]], fax [[F|860-555-0142]].
""",
)

note(
    "e58",
    "Bill Sparrow",
    """
DEATH PRONOUNCEMENT   [[D|Sun 3/9/25]] 0412
Called by RN [[N|Amara Nwankwo]] to see pt [[N|Bill Sparrow]], 84M, comfort care, metastatic prostate ca.
Exam: no response to verbal/tactile stimuli, pupils fixed and dilated, no breath sounds x 1 min, no heart sounds x 1 min, no carotid pulse.
Pt pronounced dead at 0409.
Family: wife [[N|Mavis]] at bedside; son [[N|Dale]] notified by phone [[P|207-555-0124]], en route from [[CITY|Bangor]].
ME not notified (expected death, no injury). Autopsy declined. Organ bank called 0420, ref # [[ID|NEDS-25-06673]]; not a candidate.
Attending Dr. [[N|Bianchi]] notified.
[[N|Tariq Hamdan]], MD (night float)
""",
)

note(
    "e59",
    "Nadia Stone",
    """
DISCHARGE INSTRUCTIONS

[[N|Nadia]], you were in the hospital from [[D|May 30]] to [[D|June 1]] for a kidney stone (4 mm, left side).
- Drink 2-3 liters of water a day. Strain your urine and save any stone you see.
- Tamsulosin 0.4 mg once a day until you pass the stone (up to 4 weeks).
- Ibuprofen 600 mg every 6 hours as needed for pain; oxycodone 5 mg only for severe pain (we gave 6 tablets).
- Return to the ED if fever over 101, vomiting, or pain not controlled.
Follow up: Urology, Dr. [[N|April Kessler]], on [[D|June 10]] at 9:15 am. Call [[P|(603) 555-0187]] to confirm.
Your nurse today was [[N|Precious]]. Your daughter [[N|Amber]] was given a copy.
""",
)

note(
    "e60",
    "Baby Girl Nakamura-Soto",
    """
NICU ADMISSION NOTE   DOB/TOB [[D|01/03/2025]] 0214
Infant: Baby Girl [[N|Nakamura-Soto]]   MRN [[MRN|N25-000318]]
Mother [[N|Yui Nakamura-Soto]] 34 y/o G1P0 -> 1, GA 31w2d, PPROM [[D|12/30]], betamethasone complete [[D|12/31]], Mg for neuroprotection, GBS unk.
Delivery: urgent C/S for NRFHT. Apgars 4/7/8 at 1/5/10 min. PPV 45 s, then CPAP 6, FiO2 0.35.
BW 1580 g (50%ile), HC 29 cm. Ballard c/w 31 wk.
Exam: mild retractions, grunting, fair tone, AF soft, no dysmorphic features, anus patent.
Plan: CPAP, surfactant (INSURE) if FiO2 > 0.40; UVC/UAC; TPN; amp/gent 48 h r/o sepsis, BCx sent; CBC at 12 h; HUS day 7.
Father [[N|Diego Soto]] at bedside, updated, consented to donor milk. Mom's RN [[N|Cielo]] brought 0.3 mL colostrum.
[[N|Anneliese Brückner]], NNP
""",
)


def strip(marked: str) -> tuple[str, list[list]]:
    out: list[str] = []
    spans: list[list] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        code, surface = m.group(1), m.group(2)
        if code not in CODES:
            raise ValueError(f"unknown code {code!r} in {surface!r}")
        out.append(surface)
        spans.append([length, length + len(surface), CODES[code], surface])
        length += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def build() -> list[dict]:
    rows = []
    seen = set()
    for note_id, patient, marked in NOTES:
        assert note_id not in seen, note_id
        seen.add(note_id)
        text, spans = strip(marked)
        assert "[[" not in text and "]]" not in text, note_id
        prev_end = -1
        for s, e, cat, surface in spans:
            assert cat in CATEGORIES, (note_id, cat)
            assert 0 <= s < e <= len(text), (note_id, s, e)
            assert text[s:e] == surface, (note_id, surface)
            assert surface == surface.strip() and surface, (note_id, surface)
            assert s >= prev_end, (note_id, "overlap", surface)
            prev_end = e
        rows.append(
            {
                "note_id": note_id,
                "patient": patient,
                "text": text,
                "spans": [[s, e, c] for s, e, c, _ in spans],
            }
        )
    return rows


def main() -> None:
    rows = build()
    out = Path(__file__).resolve().parent / "deid_text_dev2.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and validate the written file
    cats: Counter = Counter()
    chars = 0
    for line in out.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        t = d["text"]
        chars += len(t)
        prev = 0
        for s, e, c in d["spans"]:
            assert c in CATEGORIES and 0 <= s < e <= len(t) and s >= prev
            assert t[s:e].strip() == t[s:e] != ""
            prev = e
            cats[c] += 1
    lens = [len(r["text"]) for r in rows]
    print(f"notes={len(rows)} chars={chars} min={min(lens)} max={max(lens)}")
    print(f"spans={sum(cats.values())}", dict(sorted(cats.items())))


if __name__ == "__main__":
    main()
