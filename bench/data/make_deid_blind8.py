#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind8.jsonl.

Blind test set #8 for the clinical-text de-identifier: sixty hand-written
synthetic US clinical notes (b8-01 .. b8-60) with an inpatient, procedural and
administrative slant - ED triage, trauma flowsheets, ICU progress notes,
anaesthesia/OR records, endoscopy/cath/IR procedure notes, labour & delivery
and NICU, rapid-response and code records, SBAR handoffs, EMS/transfer sheets,
discharge summaries, pathology/radiology reports, blood bank, critical-value
logs, infection control, case management/UR, incident reports, chaplaincy,
interpreter logs and OCR'd fax/table text.  Every person, number and address
is fictional (phone numbers use 555-01xx).

Identifiers are written inline as ``[[CAT|surface text]]`` (categories and
aliases as in ``_blind_markup.py``); the generator strips the markup,
computes character offsets and validates every note.

Annotation conventions (HIPAA Safe Harbor):

* NAME - patients, relatives, friends and staff, including nicknames, staff
  log-in names and online handles.  Titles (Dr., Mr., Ofc., RN ...) and
  credentials (MD, PA-C ...) stay outside the span.
* DATE - every date element more specific than a year: full dates in any
  format, month+day, month+year, a weekday or holiday used as the date of an
  event.  Bare years and times of day are not marked.
* AGE - only ages over 89 (the number / age phrase).
* PHONE / FAX - phone, pager and fax numbers (extensions inside the span).
* MRN, HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE, DEVICE (serial numbers), and
  ID for any other unique identifying number or code (accession, case,
  report, ticket, employee, badge, DIN ... numbers).
* EMAIL, URL, IP.
* ADDRESS - street number + street and unit, PO box, rural route; CITY -
  cities, towns and neighbourhoods; ZIP.

Not marked: facility and company names (a town inside one stays unmarked and
is listed in the note's ``allow`` tuple), eponyms (Glasgow, Apgar, Foley ...),
states, countries, room/bed numbers, bare years, drug and device model
numbers, recurring schedules, ages 89 and under.

Stdlib only.  Run:  python bench/data/make_deid_blind8.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind8.jsonl")

# (note_id, patient, marked-up text, allowed unmarked repeats)
# The last element lists strings that legitimately occur unmarked elsewhere
# in the note (e.g. a city name inside a facility name).
NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b8-01",
    "Chidinma Okonkwo-Adeyemi",
    """
ED TRIAGE  --  St. Brendan Regional Medical Center
Pt: [[N|OKONKWO-ADEYEMI, CHIDINMA]]   MRN [[MRN|00418827]]   DOB [[D|07/22/1961]]
Arrived [[D|3/4]] 02:14 via private vehicle, driven by husband [[N|Emeka]] (cell [[PH|(708) 555-0139]]).
CC: "worst headache of my life", onset ~1h PTA while at work (night shift, Amazon warehouse).
ESI 2.  GCS 15 (E4V5M6).  BP 196/104  HR 58  RR 18  SpO2 97% RA  T 36.8
Hx HTN, noncompliant w/ amlodipine. No blood thinners. LKW 0100.
Cincinnati prehospital scale neg, no drift. Kernig/Brudzinski neg.
Lives [[ADDR|2207 W. Carmen Ave, Apt 2F]], [[C|Berwyn]] [[Z|60402]].
Stroke/SAH alert 02:19 -- Dr [[N|Vasquez-Romero]] (neuro) paged [[PH|4-7712]]. CT head non-con + CTA ordered.
Triage RN: [[N|kfitzgerald]] / [[N|Kathleen Fitzgerald]] RN
""",
)

note(
    "b8-02",
    "Dmytro Kovalenko",
    """
TRAUMA FLOWSHEET | LEVEL I ACTIVATION | [[D|2025-01-18]]
Pt: UNKNOWN, TRAUMA ZULU -> ID'd 0342 as [[N|Dmytro Kovalenko]] ("[[N|Dima]]")
MRN [[MRN|T-2025-00871]] -> merged into [[MRN|5560217]]
Mech: MVC vs pole, restrained driver, +airbag. EMS [[C|Cicero]] FD Medic 14, run# [[ID|25-004417]]
Vehicle: silver Camry, IL plate [[VEH|DK 48211]] (per Sgt. [[N|Ruiz]], badge [[ID|4471]])
Time | BP     | HR  | GCS | Intervention
0311 | 88/50  | 128 | 13  | 2 PIV 16g, TXA 1 g
0318 | 94/61  | 122 | 13  | MTP activated, 2u O neg
0330 | 110/70 | 104 | 14  | FAST +LUQ -> OR 3
Primary: A patent, B = bilat BS, C as above, D GCS 13, E deformity L femur.
Trauma attending Dr. [[N|Oyelaran]]; scribe [[N|M. Abernathy]] RN.
Contact: sister [[N|Oksana]] [[PH|773.555.0112]] (speaks Ukrainian, some English).
""",
)

note(
    "b8-03",
    "Thi Lan Nguyen",
    """
MICU PROGRESS NOTE    HD#6    [[D|Feb 9th]]
[[N|Thi Lan Nguyen]], 67F, MRN [[MRN|882-14-339]]
S/O: Intubated since [[D|2/3]] for ARDS 2/2 influenza A. Overnight desat to 84% w/ suctioning, recovered on FiO2 0.7. RASS -2 on propofol 30 + fentanyl 75. CAM-ICU neg. Levophed weaned off 0400.
Vent: AC 380/24/PEEP 14/0.6, Pplat 27, P/F 142.
A/P:
1. ARDS - cont ARDSNet low TV, prone if P/F <150 x2. d/w [[N|Marisol]] (RT) re: recruitment.
2. GOC - daughter [[N|Hanh]] (HCPOA, [[PH|714-555-0186]]) & son [[N|Vinh]] updated at bedside; [[N|Vinh]] driving up from [[C|Westminster]] daily. Family mtg [[D|Thurs 2/13]] 1500 w/ palliative (Dr. [[N|Ebadi]]).
3. PPx: SQH, PPI, CHG bath.
[[N|A. Petrosyan]], MD (PCCM fellow) / attending [[N|Whitcomb]]
""",
)

note(
    "b8-04",
    "Brynjar Halvorsen",
    """
ANESTHESIA RECORD      OR 7      DOS: [[D|04-11-25]]
Pt [[N|HALVORSEN, BRYNJAR T]]   MRN [[MRN|M0073318]]   FIN [[ACCT|440091827]]
Procedure: lap chole (Dr [[N|Ashworth]]).  ASA II.  Mallampati II.  NPO since 2200.
Induction 0742: propofol 180, rocuronium 50, fentanyl 100. Mac 3 blade, Cormack-Lehane grade 1, 7.0 ETT @ 22 cm, BBS =. Bair Hugger on. Sevo 2%.
Antibiotic: cefazolin 2 g 0738.  PONV ppx: dexa 4, ondansetron 4.
Anesthesiologist: [[N|Rukmini Sastry]], MD     CRNA: [[N|J. Delacroix-Benoit]]
Pre-op phone call w/ pt's wife [[N|Ingrid]] at [[PH|+1 612 555 0173]] re: OSA, no CPAP at home.
Emergence 0851 uneventful, extubated awake, to PACU bay 4, Aldrete 9.
Attestation signed electronically by [[N|rsastry1]] [[D|04/11/2025]] 09:02
""",
)

note(
    "b8-05",
    "Fatima Al-Zahrani",
    """
GI LAB -- PROCEDURE REPORT
Patient: [[N|Fatima Al-Zahrani]]     DOB: [[D|14 Sept 1958]]     MRN: [[MRN|3310945]]
Date of procedure: [[D|9 March 2025]]     Accession: [[ID|GI-25-01273]]
Referring: [[N|Tomasz Wiśniewski]], DO
Endoscopist: [[N|Leila Haddad]], MD    RN: [[N|Bisi]]    Tech: [[N|Corey]]
Procedure: EGD + colonoscopy w/ cold snare polypectomy.  Sedation: MAC (propofol).
Findings: LA grade B esophagitis. Schatzki ring, dilated w/ 18 mm CRE balloon. Boston Bowel Prep Scale 8. Two 4-6 mm sessile polyps ascending colon removed, Resolution clip x2. Retroflexion: small internal hemorrhoids.
Specimens to outside lab in [[C|Dearborn]], req # [[ID|DL-7720914]].
F/u w/ Dr. [[N|Haddad]] 2 wks; pt prefers Arabic interpreter - son [[N|Yousef]] offered, declined per policy.
""",
)

note(
    "b8-06",
    "Reginald Boateng",
    """
CARDIAC CATHETERIZATION REPORT        Procedure log # [[ID|CL-24-3381]]
Name: [[N|Reginald "Reggie" Boateng]]   MRN [[MRN|2290415]]   71 y/o M
STEMI alert, door [[D|12/28/24]] 22:41, D2B 58 min.
Hx HTN, DM2, prior PCI to LAD at Lakeshore Heart Institute; ICD (Medtronic Evera, S/N [[DEV|BLK602113S]]).
Access: R radial 6Fr, Allen test nl. Heparin 70 u/kg, ACT 284.
Findings: LM nl. LAD stent patent. LCx mild dz. RCA 100% mid, TIMI 0.
Intervention: aspiration thrombectomy, 3.0 x 28 Xience DES mid RCA -> TIMI 3. Impella not required. TR band applied.
Operators: Dr. [[N|Idowu]] / Dr. [[N|Castellanos]].  Wife [[N|Abena]] updated 23:50 at [[PH|(414) 555-0158]].
""",
)

note(
    "b8-07",
    "Kalani Kealoha",
    """
INTERVENTIONAL RADIOLOGY -- Brief Op Note
Date: [[D|2025/05/02]]       Acc#: [[ID|IR2505020044]]
Pt: [[N|Kalani Kealoha]] (MRN [[MRN|9014472]]), 58 y/o M
Procedure: US-guided random liver bx, 18g x 3 cores, Gelfoam tract embolization.
Indication: elevated LFTs, ?AIH vs NASH.  INR 1.1, plt 188.
Operator: Dr. [[N|Sorensen]]; fellow Dr. [[N|Okeke]].
Consent: pt + wife [[N|Leilani]] at bedside.  Time-out: [[N|Pua]] RN, [[N|Ikaika Akana]] RT(R).
No immediate complications. 4h obs in IR holding; if stable d/c w/ wife to sister's home, [[ADDR|45-090 Namoku St]], [[C|Kaneohe]] [[Z|96744]].
Callback # on file [[PH|808-555-0121]].  Path results ~5 business days.
""",
)

note(
    "b8-08",
    "Guadalupe Carrasco-Ybarra",
    """
L&D TRIAGE -> ADMIT
[[N|Guadalupe "Lupita" Carrasco-Ybarra]], 31 y/o G3P2002 @ 39w2d
EDD [[D|6/14/25]] by LMP [[D|9/7/24]] c/w 8 wk US.
Admitted [[D|June 5]] 0610.  SROM 0400 clear fluid.  SVE 5/80/-1, vertex.  Cat I FHR tracing, moderate variability.
GBS neg.  Bishop 9.  Epidural requested; anesthesia aware.
Support: partner [[N|Rigoberto]] at bedside, doula [[N|Summer Whitfield]]; pt's mother Doña [[N|Chayo]] in waiting room.
Peds of choice: Dr. [[N|Anh Vo]].  Delivering provider: [[N|Weatherby]] CNM.
Pt from [[C|Pharr]]; prenatal records from clinic faxed from [[FX|956-555-0193]].
""",
)

note(
    "b8-09",
    "Baby Boy Mwangi",
    """
NICU ADMISSION H&P     [[D|03.22.2025]]  03:56
Infant: BB [[N|MWANGI]] (Twin A)   MRN [[MRN|NB-25-00412]]
Mother: [[N|Wanjiru Mwangi]] (MRN [[MRN|6678210]])   Father: [[N|Kamau]]
Born 03:31 by emergent C/S for cord prolapse (Twin B 03:33 - see separate note).
GA 31w4d by early US.  BW 1540 g.  Apgars 3/6/8.
DR resus: PPV x 45 s, CPAP 6, FiO2 0.40 on arrival. Ballard c/w 31-32 wks. Silverman-Andersen 4.
Plan: LISA surfactant if FiO2 >0.4; UVC/UAC; amp/gent pending r/o sepsis; caffeine; TPN.
Mother's OB: Dr. [[N|Perlmutter]].  Father updated at bedside 04:30, phone [[PH|206 555 0164]].
Attending: Dr. [[N|Lindqvist]]   NNP: [[N|Oyinda Bello]]
""",
)

note(
    "b8-10",
    "Harold Lindgren",
    """
RAPID RESPONSE TEAM NOTE
Called 1422 [[D|Sunday 8/17]] to 5 West rm 512 by primary RN [[N|Hope Adeyemi]] for acute AMS + SBP 78.
Pt [[N|Harold Lindgren]], [[A|91]] yo M, MRN [[MRN|2019334]], admitted [[D|8/15]] w/ E. coli UTI.
On arrival: GCS 11 (E3V3M5), BP 82/44, HR 112, RR 22, SpO2 93% 2L, FSBG 41.
Interventions: D50 1 amp, 1 L LR bolus, BCx repeat, lactate 3.4. Narcan 0.4 mg - no change.
MEWS 7 -> 3 after glucose. qSOFA 2.
Hospitalist Dr. [[N|Bhattacharya]] at bedside. We hope to avoid ICU; transfer to step-down.
Daughter [[N|Karin]] called 1450 ([[PH|651-555-0119]]) - [[N|Okoro]] to call back after CT.
RRT RN: [[N|T. Okoro]]
""",
    ("Hope",),
)

note(
    "b8-11",
    "Wilhelmina Sato-Pereira",
    """
CODE BLUE RECORD -- [[D|11/30/2024]]     Loc: 3 North Med/Surg rm 318B
Pt: [[N|Wilhelmina Sato-Pereira]]   MRN [[MRN|4107726]]   Code status: FULL
Found unresponsive 0256 by PCT [[N|Dev Ramcharan]]; CPR started 0257.
TIME | RHYTHM | ACTION         | MEDS
0258 | VF     | shock 200J     | epi 1 mg
0302 | PEA    | CPR, pulse chk | --
0306 | VF     | shock 200J     | amio 300
0311 | VT     | shock 200J     | epi 1 mg
0317 | ROSC   | SBP 102        | --
Airway: BVM then ETT 7.5 by Dr. [[N|Frankel]] (anesthesia), ETCO2 32. Zoll pads, ROSC 0317.
Code leader: Dr. [[N|Amara Oduya]]   Recorder: [[N|Grant Ibekwe]] RN   Compressions: [[N|Luis]], [[N|Dev]], [[N|Kateryna]]
To MICU bed 6. Husband [[N|Joaquim]] notified 0335, [[PH|(617) 555-0108]].
""",
)

note(
    "b8-12",
    "Hector Delgado",
    """
SBAR handoff 1900 -> nights  ([[N|bree]] to [[N|tomasz]])
S: rm 22, mr [[N|delgado]] ([[N|hector]]), 88yo, POD1 R TKA, pain controlled-ish.
B: hx afib on eliquis (held periop), ckd3, OSA uses cpap at night - his own machine, wife [[N|maribel]] brought it in. allergic to sulfa.
A: pain 6/10 on oxy 5, voiding after foley out @ 1400, hgb 9.1 from 10.8. bp soft 98/60, gave 250 bolus per dr [[N|oyelowo]], now 110/64. IS 1250. incision c/d/i, aquacel intact.
R: recheck hgb 0400, PT in am, wife calls nightly around 2100 from [[PH|555-0171]] - ok to give updates, she's on the HIPAA sheet. dtr [[N|yesenia]] is NOT on list. fall risk - bed alarm on.
""",
)

note(
    "b8-13",
    "Amos Yoder",
    """
EMS PATIENT CARE REPORT    Unit: Medic 7    Incident #: [[ID|2025-0331-0457]]
Date: [[D|03/31/2025]]   Dispatched 05:12   On scene 05:21   Transport 05:40
Location: [[ADDR|RR 3 Box 118]], [[C|Millersburg]] OH [[Z|44654]] (farm, long gravel lane)
Pt: [[N|Amos Yoder]]   DOB [[D|01/09/1946]]   79 M
CC: fall from hayloft ~8 ft onto concrete. +LOC per son [[N|Levi Yoder]].
Assessment: GCS 14, c/o neck + L wrist pain, deformity L distal radius. BP 164/92 HR 88 SpO2 95%.
Tx: c-collar, vacuum splint, 02 2L NC, 500 mL NS. Refused IV analgesia.
No phone at residence; neighbor [[N|Esther Hershberger]] [[PH|330-555-0135]] will relay.
Crew: [[N|J. Stutzman]] EMT-P (cert [[LIC|P-448102]]), [[N|K. Raber]] EMT-B. Report given to [[N|Dana]] RN @ ED.
""",
)

note(
    "b8-14",
    "Priyanka Raghunathan",
    """
DISCHARGE SUMMARY
Patient: [[N|Priyanka Raghunathan]]    MRN: [[MRN|7743016]]    Acct: [[ACCT|V00098812344]]
Admit: [[D|2025-02-14]]    Discharge: [[D|2025-02-19]]    Attending: [[N|Marcus O'Driscoll]], MD
Principal dx: DKA, new dx T1DM (GAD65 +).
Course: insulin gtt per DKA protocol, AG closed HD2, transitioned to glargine 18 u + lispro carb ratio 1:12. Teaching by CDE [[N|Faith Mbeki]]. Dexcom G7 started inpatient; receiver SN [[DEV|SM71844902]].
Dispo: home w/ husband [[N|Arvind]], phone [[PH|(469) 555-0127]]; he requested Clarity share invite at [[EM|arvind.r.home@example.net]].
F/u: Endo Dr. [[N|Chen]] [[D|3/3]] 10:40; PCP within 1 wk.
""",
)

note(
    "b8-15",
    "Bogdan Krzyżanowski",
    """
SURGICAL PATHOLOGY REPORT                    Accession: [[ID|S25-014882]]
Patient: [[N|KRZYŻANOWSKI, BOGDAN]]       MRN: [[MRN|1200-5547]]       Sex: M
Collected: [[D|05/06/2025]]   Received: [[D|05/07/2025]]   Reported: [[D|05/09/2025]]
Submitting: [[N|Elena Marković]], MD     Copy to: Dr. [[N|Lachlan Price]] (PCP, [[C|Joliet]])
SPECIMEN: Prostate and seminal vesicles, radical prostatectomy.
DX: Prostatic adenocarcinoma, acinar type. Gleason 3+4=7 (Grade Group 2), ~20% pattern 4. Perineural invasion present. Margins negative. SV negative. 0/6 LN. pT2 N0.
Pathologist: [[N|Augustin Obi]], MD.  E-signed [[D|5/9/25]] 16:32.
Copy faxed to [[FX|(815) 555-0190]].
""",
)

note(
    "b8-16",
    "Oluwaseun Bankole-Hart",
    """
EXAM: CT ABD/PELVIS W/ CONTRAST          ACC# [[ID|CT0025119073]]
PATIENT: [[N|Oluwaseun Bankole-Hart]]    MRN [[MRN|40-22-913]]    DOB [[D|1987-11-03]]
ORDERING: [[N|Hunter Pryce]], PA-C      DOS: [[D|10/02/2025]] 21:16
HISTORY: RLQ pain, fever, +McBurney point tenderness.
COMPARISON: CT [[D|Aug 2023]] (outside, St. Luke's).
FINDINGS: Dilated appendix 13 mm w/ periappendiceal fat stranding and appendicolith. No free air, no abscess. Incidental 2 cm Bosniak I L renal cyst.
IMPRESSION: Acute uncomplicated appendicitis.
Critical result called to [[N|H. Pryce]] by Dr [[N|Yamamoto]] at 21:58, read-back confirmed.
Dictated: [[N|Kenji Yamamoto]], MD  |  Workstation [[IP|10.44.7.219]]
""",
)

note(
    "b8-17",
    "Mateo Quispe Huamán",
    """
BLOOD BANK -- TRANSFUSION ADMINISTRATION RECORD
Recipient: [[N|Mateo Quispe Huamán]]   MRN [[MRN|5530812]]   ABO/Rh: O NEG   Ab screen: NEG
Blood bank armband: [[ID|BB-9X4Q71]]
Product: PRBC, leukoreduced, irradiated.  Unit DIN [[ID|W0365 25 118447]]
Ordered by Dr. [[N|Achebe]] for Hgb 6.4 (symptomatic).
Dual verification at bedside [[D|7/19]] 1310: [[N|Sina Tuilagi]] RN / [[N|R. Fenwick]] RN.
VS: pre 1308 98/60 HR 104 T 36.9 | 15 min 102/62 HR 100 T 37.0 | post 1540 112/70 HR 92 T 37.0
No reaction.  Post Hgb ordered.
Consent signed by daughter [[N|Rosa Quispe]] (pt Quechua/Spanish-speaking; interpreter [[N|Wilmer]] by phone).
""",
)

note(
    "b8-18",
    "May Johnston",
    """
CRITICAL VALUE NOTIFICATION LOG     Core Lab     [[D|Tue 01/07/25]]
Time | Pt / MRN                       | Test    | Result | Called to              | RB | Tech
0214 | [[N|JOHNSTON, MAY]] / [[MRN|3381092]]         | K       | 6.9 H  | [[N|P. Osei]] RN             | Y  | [[N|lmartinez]]
0233 | [[N|PHAM, QUOC]] / [[MRN|4420871]]            | Glucose | 38 L   | [[N|Cheyenne]] RN 4W         | Y  | [[N|lmartinez]]
0307 | [[N|ABDULLAHI, HAWA]] / [[MRN|6109337]]       | Trop I  | 4.21 H | Dr [[N|Kessler]] [[PH|x5521]]      | Y  | [[N|dsokolova]]
0350 | [[N|RED CLOUD, WINONA]] / [[MRN|2277104]]     | INR     | 9.8 H  | charge RN [[N|B. Cash]]      | Y  | [[N|dsokolova]]
0350 note: primary RN unreachable x2, escalated per policy.
""",
)

note(
    "b8-19",
    "Aleksandra Nowak",
    """
INFECTION PREVENTION -- EXPOSURE INVESTIGATION (measles, r/o)
Index pt: [[N|Aleksandra Nowak]], 24F, MRN [[MRN|8840127]], in ED [[D|4/2]] 19:00-23:40 before airborne isolation. Measles IgM pending, PCR sent to state lab.
Exposed staff w/o documented MMR x2 (titers drawn):
 - [[N|Jordan Whitehorse]] RN   emp# [[ID|E104233]]
 - [[N|Mark Villanueva]] PCT    emp# [[ID|E098117]]
 - registrar "[[N|Tonya]]" (last name unk)
Exposed pts in waiting room 19:00-20:15: list pulled by [[N|pmccall]]; letters mailed [[D|4/4]]. Managers to mark day 5-21 furlough dates in scheduling.
Household: roommate [[N|Zuzana]] at [[ADDR|880 Harmon St #4]], [[C|Ridgewood]].
Reported to DOHMH [[D|April 3]], case # [[ID|NYC-MEA-25-0119]].
IP RN: [[N|Giulia Ferraro]], ext [[PH|6-2240]]
""",
    ("Mark",),
)

note(
    "b8-20",
    "William Young",
    """
CASE MANAGEMENT -- UTILIZATION REVIEW
Pt: [[N|Bill Young]] (legal name [[N|William E. Young]]), 82M, MRN [[MRN|6630418]]
Payer: Humana Gold Plus HMO, member ID [[HP|H48291736-01]]; auth # [[ID|AUTH2504-88713]]
Status: obs -> inpatient per InterQual [[D|4/17]], 2MN expected (CHF exac, IV diuresis).
Payer reviewer [[N|Denise]] [[PH|1-800-555-0148 x 33012]]; clinicals faxed to [[FX|1-800-555-0149]].
D/C plan: SNF vs home w/ HH. Lives alone at [[ADDR|1145 Pecan Grove Ln]], [[C|Seguin]] TX [[Z|78155]]; son [[N|Garrett]] in [[C|New Braunfels]] can check daily but has young kids. SNF referrals sent via CarePort (Legacy Oaks, Guadalupe Valley Nursing).
CM: [[N|R. Dimitriou]] RN BSN
""",
    ("Young",),
)

note(
    "b8-21",
    "Constance Whitaker-Bello",
    """
SAFETY EVENT REPORT (RL6)      Event ID: [[ID|RL-2025-004719]]
Event date/time: [[D|06/21/2025]] ~0315      Unit: 6 Ortho, rm 614
Involved pt: [[N|Constance Whitaker-Bello]], MRN [[MRN|3015598]]
Type: Fall, unassisted; found on floor beside bed. Bed alarm OFF (was on at 2300 per [[N|K. Price]] LPN).
Morse Fall Scale 65. Injury: 2 cm lac L eyebrow, no LOC per pt. CT head neg. Steri-strips.
Notified: charge RN [[N|Dolores]] 0320, Dr [[N|Haroutunian]] 0322, pt's son [[N|Desmond]] 0410 ([[PH|404-555-0166]]), nurse manager [[N|Graham Lutz]] via [[EM|glutz@stbrendan-health.org]] 0700.
Contributing: pt on Ambien + oxycodone, sitter reassigned to rm 602 at 0200.
Reporter: [[N|aokafor3]]
""",
)

note(
    "b8-22",
    "Faith Okereke",
    """
SPIRITUAL CARE NOTE -- Chaplain [[N|Abimbola Adesanya]], MDiv, BCC
Visit [[D|Christmas Eve]] 2040, MICU bed 9, at request of RN [[N|Jolene]].
Pt [[N|Faith Okereke]], 63F, on BiPAP, alert, nodding to questions.
Present: husband [[N|Chukwudi]], daughters [[N|Ngozi]] and [[N|Adaeze]], and their pastor, Rev. [[N|Emmanuel Eze]] (Living Waters Parish). Family drove down from [[C|Lilburn]] this afternoon.
Pt's faith is central to her coping; she requested prayer and Holy Communion, which Rev. [[N|Eze]] provided. Prayed Psalm 23 together. Daughters tearful re: prognosis; provided presence, normalized anticipatory grief.
No advance directive; pt named [[N|Chukwudi]] as surrogate in presence of RN.
Pastor's cell [[PH|678-555-0180]]. Will f/u [[D|12/26]].
""",
    ("Faith",),
)

note(
    "b8-23",
    "Trần Văn Phúc",
    """
INTERPRETER SERVICES -- ENCOUNTER LOG
Date: [[D|08-09-2025]]   Language: Vietnamese   Modality: VRI (Stratus)
Interpreter ID# [[ID|VN40218]]  Name: [[N|Hoa]]
Pt: [[N|Trần Văn Phúc]]   MRN [[MRN|6021847]]   Unit 7 Tower
Session 1  10:05-10:32  consent for EGD w/ Dr [[N|Kowalski]]; teach-back complete.
Session 2  14:10-14:25  in person, [[N|Bảo-Châu Lê]] (staff interpreter, pgr [[PH|3312]]) - post-procedure instructions, PPI dosing.
Note: grandson [[N|Kevin Tran]] offered to interpret; declined per policy, pt agreed. Pt hard of hearing R ear - seated on L.
Next interpreted appt requested [[D|Aug 14]] (GI clinic).
""",
)

note(
    "b8-24",
    "Delphine Thunder Hawk",
    """
**** FAX ****   FROM :  Prairie Rose  Family  Practice     [[FX|(605)555-0102]]     [[D|JAN-15-2025]]  14:22    P.01/03
TO :  ADMISSIONS / WOUND CARE
RE :   [[N|THUNDER   HAWK ,  DELPHINE]]
D O B :   [[D|O4/O2/1950]]          Pt  Ph :  [[PH|605 -555- 0114]]
Addr :   [[ADDR|PO Box 412]]     [[C|Kyle]] ,  SD    [[Z|57752]]
Ins :  SD Medicaid   ID#   [[HP|1O9 447 338]]
REASON  FOR  REFERRAL :  uncontrolled  DM2 ,  A1c  11.2 ,  foot  ulcer  L  hallux ,  Wagner  grade  2 ,  probe-to-bone  neg .
Referring  :  [[N|Cyrus  Blackbird]] ,  FNP-C      NPI  [[ID|1447382956]]
pls  call  [[N|Marlys]]  w/  appt  time   --   pt  has  no  car ,  needs  transport  from  IHS .
CONFIDENTIALITY NOTICE: this fax may contain PHI ...
""",
)

note(
    "b8-25",
    "Ramón Espinoza",
    """
CVICU RN HANDOFF   [[D|09/14]] 0700     off: [[N|Siobhán Ó Briain]]   on: [[N|Will Hartigan]]
-----------------------------------------------------------------
Bed 4 | [[N|ESPINOZA, RAMÓN]] 74M | MRN [[MRN|0907736]] | POD0 CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA), Dr [[N|Abernethy-Lowe]]
Neuro: RASS 0, extubated 2210, following commands
CV: epi 0.02, off Levo since 0300; epicardial wires AAI 90. CT output 40-60/h serosang
Resp: 4L NC, IS 750
GI/GU: NPO -> clears, Foley 45/h
Skin: sternal dsg C/D/I, Braden 14
Lines: R IJ Cordis + Swan (CI 2.4), L radial art line
Family: wife [[N|Consuelo]] ([[PH|915-555-0177]]) and son [[N|Rey]] left 2300, will call after 1000. Their priest, Fr. [[N|Dominic Ahn]], may visit today.
""",
    ("Will",),
)

note(
    "b8-26",
    "Georgios Papadakis",
    """
OPERATIVE REPORT
PATIENT: [[N|Georgios Papadakis]]    MRN: [[MRN|PX-204417]]    DOS: [[D|4 Nov 2024]]
SURGEON: [[N|Miriam Goldfarb]], MD, FACS     ASSISTANT: [[N|Tevita Fifita]], PA-C
ANESTHESIA: GETA (Dr. [[N|Rahimi]])
PREOP/POSTOP DX: Recurrent incarcerated ventral hernia.
PROCEDURE: Open ventral hernia repair w/ bilateral TAR and retromuscular mesh (Phasix ST 25 x 30 cm).
FINDINGS: 8 cm defect, incarcerated omentum, viable; no bowel compromise.
EBL 150 mL. Drains: 19Fr Blake x2. Counts correct x2 (circulator [[N|Anneliese]], scrub [[N|DeShawn]]).
Dispo: PACU then 4 Surg. Nephew [[N|Nikos]] updated in waiting room, [[PH|(727) 555-0104]].
Dictated [[D|11/4/24]]   Job # [[ID|D-7781203]]
""",
)

note(
    "b8-27",
    "Tremaine Batiste",
    """
TRANSFER CENTER -- INCOMING REQUEST      Case [[ID|TC-250611-019]]
[[D|6/11/25]] 23:48   Caller: Dr. [[N|Sunita Mahajan]], ED, Thibodaux Regional   Callback [[PH|985-555-0131]]
Pt: [[N|Tremaine Batiste]], 34M, DOB [[D|2-17-91]]
Dx: SAH, Hunt-Hess 3, modified Fisher 3; GCS 13; BP 178/96 on nicardipine.
Accepted 23:59 by Dr [[N|Cho]] (neurosurgery). NSICU bed 12 assigned by [[N|Ofelia]] (house sup).
Transport: Acadian Air Med rotor, tail # [[VEH|N451AM]], ETA 0045.
Images pushed via PowerShare, accession [[ID|TR-88120441]].
Pt lives in [[C|Thibodaux]]; mother [[N|Claudette Batiste]] driving up, [[PH|985-555-0146]].
""",
    ("Thibodaux",),
)

note(
    "b8-28",
    "Jaxon Reyes-Whitman",
    """
ED BEHAVIORAL HEALTH -- EMERGENCY PETITION
Pt: [[N|Jaxon Reyes-Whitman]], 27M, MRN [[MRN|7001845]]
Brought by [[C|Tempe]] PD (Ofc. [[N|Navarro]] #[[ID|8817]]) after found on parapet of a downtown parking garage on the night of the [[D|Fourth of July]]; police report # [[ID|TPD25-061244]].
Pt's car (AZ plate [[VEH|CWR7714]]) left on scene, towed.
MSE: disheveled, guarded, endorses SI w/ plan, denies HI. +AH. UDS + amphetamines.
C-SSRS high risk. 1:1 sitter, belongings searched by security.
Application for emergency admission signed by Dr. [[N|Ferreira]] [[D|7/5]] 0120.
Crisis worker [[N|Shanice]] contacted mother [[N|Darlene Whitman]] [[PH|480-555-0153]].
""",
)

note(
    "b8-29",
    "Ava-Grace Tupou",
    """
NICU DISCHARGE SUMMARY
Infant: [[N|Ava-Grace Tupou]]   DOB: [[D|2025-03-02]]   D/C: [[D|2025-04-19]]   MRN [[MRN|NB4471062]]
Born 30w1d, BW 1380 g; d/c wt 2410 g at 37w0d CGA.
Course: RDS - CPAP x 9 d, no surfactant. Apnea of prematurity - caffeine stopped, event-free x 7 d. No ROP (last exam stage 0 zone III). Hearing (AABR) pass bilat. CCHD pass. Car seat challenge passed 90 min.
Immunizations: Hep B [[D|4/17]]; nirsevimab [[D|4/18]].
PCP: Dr. [[N|Lavinia Hufanga]], Wasatch Kids Clinic [[PH|801-555-0129]], appt in 2 days.
Parents [[N|Sione]] & [[N|Mele Tupou]], [[ADDR|3482 S Redwood Rd Apt 107]], [[C|West Valley City]] UT [[Z|84119]].
""",
)

note(
    "b8-30",
    "Abdirahman Warsame",
    """
HEMODIALYSIS TREATMENT RECORD       [[D|Sat 10/18/25]]
Pt: [[N|Abdirahman Warsame]]    MRN [[MRN|5127730]]    Loc: ICU-7 (bedside HD)
Access: L brachiocephalic AVF, +thrill/bruit, 15g needles x2, cannulated by [[N|Ayaan Farah]] RN.
Machine: Fresenius 2008T  S/N [[DEV|5HXK21408]]   Dialyzer Optiflux 180NR   Bath 2K/2.5Ca
Pre: wt 81.4 kg, BP 158/84 | Post: wt 78.9 kg, BP 132/76. UF 2.5 L, Qb 400, 3.5 h. Heparin 1000 u bolus.
Nephrology: Dr. [[N|Lindahl]]. Outpt unit: DaVita Lake St, usual MWF 0600 chair.
Wife [[N|Hodan]] asks re: ride home after discharge -> MTM to [[ADDR|2720 Bloomington Ave S]], [[C|Phillips]] neighborhood, [[Z|55407]].
""",
)

note(
    "b8-31",
    "Lorraine Beaulieu",
    """
PALLIATIVE CARE -- FAMILY MEETING
Held [[D|Thanksgiving]] 1400 (all 3 children in town), 4th floor family rm.
Pt: [[N|Lorraine Beaulieu]], [[A|94]] y/o F, MRN [[MRN|3398120]], from [[C|Lewiston]]; admitted w/ aspiration PNA, 3rd admit since [[D|Sept 2024]].
Present: [[N|Marc]] (HCP), [[N|Denise]], [[N|Lucien]] (flew in from [[C|Lafayette]]), SW [[N|Keisha Grant]], Dr. [[N|Adebayo-Smith]] (palliative), bedside RN [[N|Thuy]].
Discussion: progressive dysphagia despite modified diet; SLP rec NPO. Family recalls pt saying she "never wanted a feeding tube."
Outcome: DNR/DNI, MOLST completed. Comfort-focused feeding. Hospice referral (Androscoggin Home Care + Hospice) - eval tomorrow.
Contact for updates: [[N|Denise]] [[PH|207-555-0191]].
""",
)

note(
    "b8-32",
    "Pualani Kamaka",
    """
PHARMACY -- CONTROLLED SUBSTANCE DISCREPANCY
Pyxis MedStation 4000, 7 East, [[D|02/02/25]]   Ref # [[ID|CSD-0202-07E]]
Discrepancy: HYDROmorphone 2 mg/mL carpuject, count 9, expected 10.
Trail:
 1842  [[N|ntorres]] ([[N|Nadia Torres]] RN) removed x1 for [[N|KAMAKA, PUALANI]] (MRN [[MRN|1849920]]); waste 1 mg witnessed by [[N|jbakr]] 1845
 1910  [[N|mhollis]] accessed drawer - blind count not performed
 2220  resolved: carpuject found in return bin; verified by [[N|R. Sandhu]], PharmD and [[N|Jamal Bakr]] RN
DEA Form 106 not required. No major pattern on Omnicell/Pyxis diversion analytics for the involved users.
Reviewed w/ nurse manager [[N|Tiffany Major]] [[D|2/3]].
""",
    ("Major",),
)

note(
    "b8-33",
    "Dorota Wrzesińska",
    """
WOUND/OSTOMY NURSING CONSULT      [[D|20250611]]
Pt: [[N|Dorota Wrzesińska]], 79F, MRN [[MRN|4482019]], 5 Tower rm 522
Sacral pressure injury, stage 3: 4.2 x 3.1 x 0.8 cm, 20% slough, mod serous drainage, periwound macerated. Braden 11.
Plan: NPWT 125 mmHg continuous (3M V.A.C. Ulta unit S/N [[DEV|UNVL12044]]), change M/W/F; low-air-loss mattress; turn q2h; prealbumin, dietitian c/s.
Photos uploaded to Haiku by [[N|cbrightwater]].
Daughter [[N|Halina]] asks about home NPWT; pt lives at [[ADDR|613 E Kentucky St]], [[C|Old Louisville]] [[Z|40203]] - HH referral placed.
WOC RN: [[N|Cora Brightwater]], CWOCN  pager [[PH|(502) 555-0199]]
""",
)

note(
    "b8-34",
    "Konstantinos Theodorakis",
    """
PT EVALUATION -- ACUTE CARE       [[D|Wed 5/14]]
[[N|Gus Theodorakis]] ([[N|Konstantinos]]), 86M, s/p R hip hemiarthroplasty POD2 (Dr [[N|Shapiro]]), WBAT.
PLOF: indep w/ SPC, lives w/ wife [[N|Eleni]] in 2-story home, 12 STE w/ R rail, at [[ADDR|19 Alden Terrace]], [[C|Wollaston]] ([[C|Quincy]]).
Today: sup-sit SBA, sit-stand min A x1, amb 40 ft RW CGA, c/o 5/10 hip pain. Orthostatic - neg.
Tinetti 14/28, TUG 32 s (high fall risk). AM-PAC 6-clicks 15.
Assessment: below baseline, limited by pain/endurance.
Rec: SNF rehab vs home w/ 24h assist + HHPT. Son [[N|Petros]] prefers Hebrew SeniorLife - CM aware.
[[N|Y. Ferreira-Costa]], DPT
""",
)

note(
    "b8-35",
    "Jayden Mbatha",
    """
SOCIAL WORK -- CPS REPORT DOCUMENTATION
Child: [[N|Jayden Mbatha]], 4 mo, PICU, MRN [[MRN|P-7720193]]; admitted [[D|1/20]] w/ SDH + healing posterior rib fxs on skeletal survey.
Report to state hotline [[D|1/20/2025]] 16:40, intake worker Ms. [[N|Kerrigan]], report # [[ID|2025-CPS-0041173]].
Caregivers: mother [[N|Nomvula Mbatha]] (19); mother's boyfriend "[[N|Tre]]" (full name unknown) was sole caregiver AM of injury.
Proposed safety plan: maternal grandmother [[N|Thandiwe]] at [[ADDR|55 Linden Ct Apt C]], [[C|Irvington]] NJ [[Z|07111]].
Det. [[N|Aguilar]] (prosecutor's office) [[PH|973-555-0115 ext 204]] requests call before d/c.
Ophtho: bilat multilayer retinal hemorrhages.
SW: [[N|Hollis Grant-Ferris]], LCSW
""",
)

note(
    "b8-36",
    "Ibrahim Sesay",
    """
OPO REFERRAL (imminent death)   called [[D|07/07/25]] 0212 to [[PH|1-800-555-0110]]
Referral # [[ID|GL25-07719]]   Caller: [[N|Tatum]] RN, CVICU
Pt: [[N|Ibrahim Sesay]], 41M, MRN [[MRN|8820517]]; anoxic brain injury post OHCA [[D|7/4]]. GCS 3T, pupils fixed, no cough/gag, on vent + vasopressin.
Brain death exam #1 planned AM (Dr. [[N|Gallagher-Nwosu]]).
OPO coordinator [[N|Brennan]] - on-site ETA 0500. Family approach deferred to OPO per policy.
Wife [[N|Mariatu]] and brother [[N|Alhaji Sesay]] at bedside.
Registry check: donor designation on WA driver license [[LIC|WDL8B2K7Q19]].
""",
)

note(
    "b8-37",
    "Lucinda Sixkiller",
    """
SEP-1 BUNDLE ABSTRACTION      Encounter [[ACCT|4400193381]]
Pt: [[N|Lucinda Sixkiller]]   MRN [[MRN|1176634]]   Arrival [[D|12/03/2024]] 17:02   from [[C|Tahlequah]] (transfer)
Cherokee Nation citizen ID [[ID|CN-0318842]] on file for IHS billing.
Severe sepsis time zero 17:40 (lactate rose 2.8 -> 4.6, SBP 84).
[x] Initial lactate 17:49   [x] Repeat 20:15 (2.1)
[x] BCx x2 17:52, before abx
[x] Pip-tazo 18:05
[x] 30 mL/kg LR (2.1 L) completed 19:10
[x] Septic shock reassessment 20:02 by Dr. [[N|Hernández-Oyelaran]]
Bedside RN [[N|Rose Kettering]] timestamps verified in MAR.
Abstractor: [[N|ekwon]]  [[D|12/9]]   Result: PASS
""",
    ("Rose",),
)

note(
    "b8-38",
    "Vernon Littlejohn",
    """
CODE STROKE -- [[D|Fri Oct 3]]    LKW 0945 (per granddaughter [[N|Kaylee]])
Pt: [[N|Vernon Littlejohn]], [[A|90]] yo M, MRN [[MRN|6650034]], from [[C|Maryville]]
NIHSS 14 (R hemiparesis, global aphasia, R gaze pref). BG 132. CT: no bleed, ASPECTS 9. CTA: L M1 occlusion.
TNK 0.25 mg/kg 1038 (door-to-needle 36 min).
Thrombectomy by Dr [[N|Szabo]], TICI 2c at 1149. Post NIHSS 6.
Consent: pt aphasic; granddaughter [[N|Kaylee Littlejohn]] by phone [[PH|(865) 555-0136]], witnessed by [[N|Juniper]] RN.
Neuro: [[N|Ramanathan]] (vascular). Admit Neuro ICU, BP <180/105, NPO until swallow screen.
""",
)

note(
    "b8-39",
    "Hung Quang Trinh",
    """
BURN ICU ADMISSION       [[D|Jan 2]]
[[N|Hung Quang Trinh]], 52M, MRN [[MRN|9023318]]. 28% TBSA mixed partial/full thickness flame burns (face, chest, bilat UE) from garage fire at home, [[ADDR|7419 Sandpiper Dr]], [[C|Alief]].
Parkland: 4 mL x 82 kg x 28 = 9184 mL/24h, half in first 8 h from time of injury (2215). Lund-Browder chart attached.
Inhalation: carbonaceous sputum, bronch grade 1 injury; intubated 7.5 ETT.
FD incident # [[ID|HFD-25-000231]].
Wife [[N|Mai]] (minor hand burns, treated in ED); daughter [[N|Jennifer Trinh]] [[PH|281-555-0178]] is main contact.
Attending: Dr. [[N|Okwuosa]]
""",
)

note(
    "b8-40",
    "Baby Girl Begay",
    """
NEWBORN NURSERY -- DOL 1
Baby Girl [[N|Begay]] ("[[N|Aiyana]]"), DOB [[D|05/30/25]] 0418, MRN [[MRN|NB-5539201]]
Mother: [[N|Shandiin Begay]], 24 G2P2, GBS neg, rubella immune, HBsAg neg.  FOB: [[N|Darrell Yazzie]].
SVD, Apgars 8/9. BW 3420 g (AGA). Vit K, erythro, Hep B given.
Exam: AFOF, red reflex bilat, no murmur, Ortolani/Barlow neg, hips stable. Voided/stooled.
Newborn screen card # [[ID|NBS25-118804]] sent. TcB 7.1 @ 30 h - low risk zone (Bhutani). Hearing pass. CCHD pass.
Family lives in [[C|Many Farms]], ~1 h drive; f/u Chinle Service Unit peds clinic [[D|6/2]]. Grandmother [[N|Louise]] contact [[PH|928-555-0161]].
""",
)

note(
    "b8-41",
    "Keziah Osei-Bonsu",
    """
OB HEMORRHAGE -- QBL / EVENT DEBRIEF
Pt: [[N|Keziah Osei-Bonsu]], 29 G1P1, MRN [[MRN|5571903]]; SVD [[D|8/22]] 0214, 3.9 kg male.
QBL 1650 mL (stage 3). Etiology: uterine atony (Tone).
Tx: oxytocin 30 u/500, methergine 0.2 IM, Hemabate 250 mcg x2, TXA 1 g, Bakri balloon 400 mL.
MTP activated 0240 -- blood bank tech [[N|Thanh Vo]] ext [[PH|2-6619]]: 4 PRBC / 2 FFP / 1 apheresis plt / cryo x1.
Team: Dr. [[N|Petrakis]] (OB), Dr. [[N|Sandoval]] (anesthesia), charge RN [[N|Yvette]], primary RN [[N|Kayode]].
Husband [[N|Kwabena]] present throughout; updated by Dr. [[N|Petrakis]] 0330.
Debrief 0500 led by [[N|April Dunmore]] RN (OB safety): cart restocked, delay in cryo thaw noted.
""",
)

note(
    "b8-42",
    "Ignatius Nwachukwu-Barnes",
    """
PRE-ANESTHESIA EVALUATION (telephone)   called pt [[D|6/9]] 1015 @ [[PH|217.555.0184]]
Pt [[N|Ignatius "Iggy" Nwachukwu-Barnes]], 44M, MRN [[MRN|2264108]]
Surgery [[D|June 12]]: lap sleeve gastrectomy, Dr [[N|Korhonen]].
BMI 48.3. STOP-BANG 6. OSA on CPAP (ResMed AirSense 11, SN [[DEV|23211894572]]) - bring machine.
HTN on lisinopril (hold AM of surgery). No anticoagulants. METs >4 (climbs 2 flights).
Airway (from clinic visit): Mallampati III, neck 46 cm, full dentures upper.
Plan: GETA, video laryngoscopy (Glidescope), ramped position, multimodal/opioid-sparing, ERAS.
Ride home: sister [[N|Chiamaka]] will drive.
Evaluator: [[N|Hollie Marchetti]], CRNA   reviewed by Dr. [[N|Pham]]
""",
)

note(
    "b8-43",
    "José A. Morales",
    """
IS INCIDENT -- MISFILED RESULTS (interface)
Ticket [[ID|INC0048213]]  opened [[D|03/15/2025]] 0622 by [[N|hdesai]] (Service Desk)
Reporter: [[N|Rachel Kim]] RN, 4 West, ext [[PH|5-3318]]
Issue: Sunquest -> Epic lab interface stalled at 0410; when restarted, CBC/BMP for [[N|MORALES, JOSÉ A]] (MRN [[MRN|3120987]]) filed to [[N|MORALES, JOSIE]] (MRN [[MRN|3120978]]) - similar name alert bypassed.
Engine host [[IP|172.20.14.61]], queue 2,114 msgs; restarted by [[N|Dariusz Wójcik]] 0655.
Both charts corrected; HIM notified at [[EM|him.corrections@stbrendan-health.org]].
Privacy officer [[N|Lamar]] to assess reportability. Remote session from [[IP|198.51.100.23]] (vendor) reviewed - no access to PHI.
""",
)

note(
    "b8-44",
    "Olamide Fashola",
    """
HOUSE SUPERVISOR LOG     nights [[D|Dec 21-22]]     sup: [[N|Colleen Marsh]]
2300  census 412/430, ED boarding 17, 3 ICU holds.
2315  [[N|Olamide Fashola]] (ED 14) -> 6E-622 after EVS clean; RN [[N|Priya]] accepted report.
0040  ICU bed for [[N|R. Castañeda]] (PACU) -> bumped to IMC per Dr [[N|Zielinski]].
0210  staffing: called in [[N|Summer]] (float) + [[N|Raj]]; [[N|Brianna]] sick call, 5W short 1.
0330  Code Grey ED bay 9; security Ofc [[N|Pettaway]] + [[N|Okafor]] responded, pt calmed w/ Haldol/Ativan per ED MD.
0415  transfer accepted from [[C|Bowling Green]] -- [[N|Thelma Hardin]], ETA 0600, 4N-408.
0600  handed off to days ([[N|Wanda]]).
""",
)

note(
    "b8-45",
    "Denis LaRocque",
    """
TELEMETRY CENTRAL STATION -- EVENT LOG     [[D|07/26/2025]]     Tech: [[N|Marguerite]]
Bed 3-14  [[N|LaRocque, Denis]]  MRN [[MRN|6130072]]
0127  VT 14 beats, rate ~180. Notified RN [[N|Jae-won Park]] 0128 via Vocera; RN at bedside, pt asleep, asymptomatic.
0135  Dr. [[N|Mbatha]] (nocturnist) notified via secure chat; K 3.2, Mg 1.6 -> KCl 40 PO, Mg 2 g IV.
0140  strip printed, placed in chart.
0305  LEADS OFF x4 min - [[N|Jae-won]] re-applied electrodes.
0512  SB 46 during sleep, no pauses >2 s. Per parameters, no notification.
Hx: ischemic CM, EF 30%, on metoprolol/Entresto. Wife [[N|Ghislaine]] at [[PH|(802) 555-0106]] asked to be called for any transfer.
""",
)

note(
    "b8-46",
    "Oksana Hrytsenko",
    """
DEVICE CLINIC -- INPATIENT INTERROGATION (pre-MRI)
Pt: [[N|Oksana Hrytsenko]]   DOB [[D|12.05.1939]]   MRN [[MRN|8054471]]
Device: Abbott Assurity MRI PM2272, S/N [[DEV|9184420]]
  RA lead 2088TC/52, S/N [[DEV|CAY118820]]   RV lead 2088TC/58, S/N [[DEV|CAY119573]]
Implanted [[D|Oct 2019]] by Dr. [[N|Ferenczi]] for CHB.
Battery 8.5 y. RA 0.5 V @ 0.4 ms, RV 0.75 V @ 0.4 ms. Imp RA 460 / RV 590 ohm. AP 12%, VP 99%. No AHRE.
Programmed MRI mode DOO 80 for scan, restored DDD 60 post-MRI.
Remote: Merlin.net, transmitter S/N [[DEV|EX1150-443187]].
Rep: [[N|Brody]] (Abbott) [[PH|(513) 555-0155]]. Niece [[N|Halyna]] translating (Ukrainian).
""",
)

note(
    "b8-47",
    "Eldridge Tolliver",
    """
DEATH PRONOUNCEMENT NOTE
Called to bedside by RN [[N|Marcy Dillard]] at 0344 [[D|5/23/25]].
Pt [[N|Eldridge "Buck" Tolliver]], [[A|97]] y/o M, MRN [[MRN|1903328]], DNR/comfort care since [[D|5/20]].
Exam: no response to verbal/tactile stimuli, no spontaneous resp x 1 min, no heart sounds or carotid pulse, pupils fixed and dilated.
Time of death 0351.
Family: dtr [[N|Opal]] present; declined autopsy. Son [[N|Clyde]] in [[C|Harlan]] notified by [[N|Opal]].
ME notified given fall w/ hip fx [[D|May 10]]: investigator [[N|Thaddeus Crane]] accepted jurisdiction -> released, case [[ID|ME-25-01188]].
Funeral home: Rosedale Funeral Service. Chaplain paged.
Dr. [[N|Amadi]] (hospitalist)
""",
)

note(
    "b8-48",
    "Dwayne McCallister",
    """
ED -- AGAINST MEDICAL ADVICE
[[N|Dwayne "Tiny" McCallister]], 45M, MRN [[MRN|4410982]], CP x 3 h, 1st trop 19 (ULN 14), 2nd pending. HEART score 5.
Pt wants to leave: has to work 0600 shift at the mine. Discussed risks incl MI, arrhythmia, death. Pt verbalizes understanding, has capacity (alert, oriented, repeats back risks).
Offered outpatient stress test, ASA; pt accepted ASA 324 mg, declined rest.
AMA form signed [[D|9-2-25]] 0115, witnessed by [[N|Ahmed]] (ED tech).
Lorazepam 1 mg given 2330 - advised not to drive; security (Ofc. [[N|Lilly]]) saw pt leave driving own truck, plate [[VEH|WV 5KT812]]; [[C|Beckley]] PD non-emergent line [[PH|304-555-0160]] notified.
Return precautions given. [[N|B. Oyelaran]], DO
""",
)

note(
    "b8-49",
    "Manaia Faleolo",
    """
TRAUMA TERTIARY SURVEY   HD#2   [[D|Aug. 30]]
Pt [[N|Manaia Faleolo]], 23M, MRN [[MRN|7042281]]. Motorcycle vs SUV [[D|8/28]], helmeted.
Known injuries: L clavicle fx (sling), L pneumothorax (chest tube d/c'd today), grade II splenic lac (nonop), road rash L flank.
Tertiary findings: NEW R 5th metacarpal neck fx on hand XR (boxer's) - hand surgery c/s (Dr. [[N|Quist]]).
C-spine cleared clinically (NEXUS neg). FAST neg.
Employer: Port of Tacoma (longshore), lives in [[C|Tacoma]] w/ brother [[N|Tavita]] [[PH|253-555-0172]].
Motorcycle (WA reg [[VEH|3G4417]]) impounded per WSP trooper [[N|Okada]].
Tertiary performed by [[N|L. Achterberg]], PA-C
""",
    ("Tacoma",),
)

note(
    "b8-50",
    "Rosalind Achterberg",
    """
HIM -- RELEASE OF INFORMATION LOG            Request # [[ID|ROI-25-10447]]
Received [[D|10/20/25]] by fax from [[FX|(312) 555-0187]] (Kessler & Vance LLP)
Requestor: attorney [[N|Naomi Feldstein]], [[EM|nfeldstein@kesslervance-law.example]]
Pt: [[N|Rosalind Achterberg]]   DOB [[D|02/29/1968]]   MRN [[MRN|2215570]]
Authorization: HIPAA-compliant, signed by pt [[D|10/14/25]], expires 1 yr. Auth form lists SSN [[SSN|413-29-8857]] - masked before release.
Scope: ED visit [[D|6/1/25]] + inpatient stay [[D|6/1/25]]-[[D|6/5/25]], imaging reports, billing.
Sent via secure link [[URL|https://roi.example-health.org/r/7Q2XK9]] (expires 30 d). Fee $24.50 paid.
Processed by [[N|tbui]]
""",
)

note(
    "b8-51",
    "Walter Delacourt",
    """
PATIENT RELATIONS -- GRIEVANCE INTAKE        Grievance ID [[ID|GRV-2025-0312]]
Complainant: [[N|Cheryl Ann Delacourt]] (daughter, POA) for pt [[N|Walter Delacourt]], [[A|93]], MRN [[MRN|5098836]]
Received by phone [[D|Monday 3/10]]; callback [[PH|(248) 555-0122]], [[EM|cherylann.d@example.com]]
Concerns:
 1. Pt's hearing aids (Phonak Audeo, L S/N [[DEV|2215X04871]]) lost during transfer 5W -> 3S on [[D|3/8]].
 2. Call light wait ~40 min night of [[D|3/8]]; pt incontinent while waiting.
 3. Felt dismissed by transport aide "[[N|Ricky]]" and RN [[N|Lorna Fitzhugh]].
Actions: security lost & found search, unit managers notified, Press Ganey comment flagged.
Written response due [[D|3/17]].
Advocate: [[N|Pascale Etienne]]
""",
)

note(
    "b8-52",
    "Wenjie Xu",
    """
BRONCHOSCOPY PROCEDURE NOTE          [[D|27-Jan-2025]]
Patient: [[N|Wenjie Xu]]   MRN [[MRN|2097745]]   Loc: MICU 11
Indication: RUL spiculated mass + mediastinal LAD (PET avid 4R, 7).
Procedure: EBUS-TBNA + BAL.  Bronchoscopists: Dr. [[N|Ahmadzai]] / fellow Dr. [[N|Kwiatkowski]]
Anesthesia: GA via LMA (Dr. [[N|Lundqvist]]).
Stations 4R, 7, 11R sampled x3 passes each, ROSE adequate (cytotech [[N|Beatriz]]). BAL RML 120 in / 45 out.
Specimens: cytology [[ID|C25-00412]]; micro [[ID|M25-18830]] (AFB, fungal, bacterial).
Scope Olympus BF-UC190F, S/N [[DEV|2844917]] logged for reprocessing trace.
EBL minimal. No PTX on post CXR. Wife [[N|Mei-Ling]] updated [[PH|626-555-0148]].
""",
)

note(
    "b8-53",
    "Stanisław Kowalczyk",
    """
proc note - chest tube      [[D|4/19]] 0310
pt [[N|kowalczyk, stan]] bed 7 SICU, MRN [[MRN|0662819]]
indication: L hemothorax s/p fall, sats 88% on 6L
consent from pt (wife [[N|jadwiga]] aware by phone [[PH|586 555 0117]]). time-out w/ [[N|ines]] RN.
US-guided, L 5th ICS MAL, lido 1% 15 mL, blunt dissection, 28Fr tube, secured w/ 0 silk. 800 mL dark blood out, then 50/h.
post CXR: tube in good position, lung re-expanded. pleur-evac -20 sxn.
pleural fluid sent: hct, LDH, prot, cx - acc [[ID|PF-0419-2207]]
attending dr. [[N|hassan]] present for key portions.
[[N|bmcintyre]] (PGY3)
""",
)

note(
    "b8-54",
    "Zainab Haidari",
    """
PEDS HOSPITALIST H&P        admit [[D|1/31]] 2215
[[N|Zainab "Zee" Haidari]], 6 y/o F, MRN [[MRN|P2210556]]
CC: status asthmaticus. PRAM 8 on arrival, s/p 3 duonebs, Decadron 0.6 mg/kg, Mg 50 mg/kg in ED.
Now: continuous albuterol 15 mg/h, SpO2 93% on 2L. Admit PICU step-down.
SHx: family arrived from Afghanistan 2023 via IRC resettlement; Dari interpreter [[N|Farid]] (ID [[ID|DAR-3021]]) used for history.
Father [[N|Mohammad Nabi Haidari]] [[PH|(916) 555-0109]]; mother [[N|Laila]] at bedside.
Home: [[ADDR|6620 Florin Perkins Rd #214]], [[C|Sacramento]] [[Z|95828]] - mold in apt per father.
PCP: Dr. [[N|Tsegaye]] (WellSpace). Controller: none (Flovent never filled).
""",
)

note(
    "b8-55",
    "Esperanza Villalobos-Ruelas",
    """
OSH NURSE-TO-NURSE REPORT (phone) rec'd 1620 [[D|10/09]]
From: [[N|Becky]] RN, Golden Plains Community Hosp, [[C|Hugoton]] KS, callback [[PH|620-555-0157]]
Pt: [[N|Esperanza Villalobos-Ruelas]], 58F, DOB [[D|5/5/67]]
Dx: NSTEMI, trop 2.8 -> 6.1. Heparin gtt 18 u/kg/h started 1430, no bolus (wt 92 kg). ASA, atorva 80 given.
VS 1600: 142/80, 88 SR, 97% RA. Pain 2/10 after NTG x2.
Allergies: PCN (hives). 20g L AC, 18g R FA.
Ins: BCBS KS member [[HP|XKH904418726]].
Belongings (rosary, cell phone) w/ husband [[N|Fidel]], driving 2.5 h, [[PH|620-555-0183]].
Accepting: Dr. [[N|Mukherjee]], cardiology; bed 6 CCU.
""",
)

note(
    "b8-56",
    "Teresa Andrzejewski",
    """
MICROBIOLOGY -- POSITIVE BLOOD CULTURE NOTIFICATION
Accession [[ID|MB25-031877]]   Collected [[D|3/1]] 2210   Flagged [[D|3/2]] 1544 (TTP 17.5 h)
Patient [[N|ANDRZEJEWSKI, TERESA]]   MRN [[MRN|7300194]]   Loc 8N-814
Gram stain: Gram-positive cocci in clusters, 2/2 bottles.
BCID2: S. aureus; mecA/C and MREJ NOT detected (MSSA).
Called to [[N|Guillermo]] RN 1601, read-back ✔. Paged covering MD Dr. [[N|Nakashima]], pgr [[PH|6-0417]], 1603.
ASP pharmacist [[N|Avi Rosenbaum]] reviewed 1630: d/c vanc, start cefazolin 2 g q8h; ID consult + TTE recommended; repeat BCx q24-48h until clear.
Tech: [[N|kdoherty]]
""",
)

note(
    "b8-57",
    "Pedro Alcántara",
    """
PUBLIC HEALTH LIAISON -- TB CONTACT INVESTIGATION
Index: [[N|Pedro Alcántara]] ("[[N|Pete]]"), 61M, MRN [[MRN|3306642]]. AFB smear 3+, Xpert MTB/RIF: MTB detected, RIF resistance not detected. Dx [[D|5-19-25]].
Residence x 4 mo: Harbor Light shelter, [[ADDR|1215 Washington Blvd]], [[C|Corktown]] -- dorm B, bunk 14.
Close contacts named: bunkmates [[N|Roy]] (last name unk), [[N|DeAndre Pruitt]], "[[N|Sarge]]"; case mgr [[N|Hank Rutkowski]] [[PH|313-555-0125]].
Health dept case # [[ID|DHD-TB-2025-044]]; DOT to start at d/c, 4-drug RIPE.
Airborne isolation until 3 neg smears. Staff w/o N95 exposure: none identified.
Liaison: [[N|Ngozi Obiora]], MPH  [[EM|nobiora@health.example.gov]]
""",
)

note(
    "b8-58",
    "Marguerite Duplessis-Okoye",
    """
NUTRITION SUPPORT TEAM NOTE    [[D|Mar 4th]]
Pt: [[N|Marguerite Duplessis-Okoye]], 57F, MRN [[MRN|4029915]], s/p ex-lap w/ SBR ([[D|2/26]]), ~110 cm small bowel remaining, high-output jejunostomy.
Wt 52 kg (UBW 64 kg), BMI 19. NFPE: severe muscle wasting (temporal, clavicle). Meets ASPEN criteria severe malnutrition.
Refeeding risk: HIGH - K 3.1, Phos 1.9, Mg 1.5. Thiamine 100 mg x5d.
PN: dextrose 150 g / AA 90 g / lipid (SMOFlipid) 40 g = 1270 kcal; GIR 2.0. Advance to goal 1800 kcal over 72 h.
Home PN referral: Option Care intake [[EM|intake.stl@optioncare.example.com]]; home infusion RN [[N|Darnell]] [[PH|314-555-0132]].
Pt lives in [[C|Florissant]] with partner [[N|Yolande]].
RD: [[N|Kasia]] / PharmD [[N|Jun Matsuda]]
""",
)

note(
    "b8-59",
    "Tyrell Oyelowo-Banks",
    """
RESTRAINT FLOWSHEET (non-violent)      [[D|01/01/2025]] ([[D|New Year's Day]])
Pt: [[N|Tyrell Oyelowo-Banks]]   MRN [[MRN|6671049]]   MICU 4
Reason: ETOH withdrawal delirium, CIWA 28, pulling at OGT/art line despite redirection, sitter, Precedex.
Order: bilat soft wrist, Dr. [[N|Fontaine]] 0210, renewed 1010 (face-to-face done).
TIME | STATUS         | BY                   | CHECKS
0200 | applied        | [[N|L. Gutiérrez]] RN     | CMS intact, skin ok
0400 | continued      | [[N|L. Gutiérrez]] RN     | ROM done, fluids offered
0600 | continued      | [[N|Aurelio]] PCT          | toileting offered
0800 | release trial  | [[N|Bree-Anne Soto]] RN   | reapplied 0815, pulled OGT
Partner [[N|Jazmine]] notified of restraints 0900 ([[PH|555-0163]]).
""",
)

note(
    "b8-60",
    "Honora Fitzsimmons",
    """
CASE MANAGEMENT -- DISCHARGE LOGISTICS
Pt [[N|Honora "Nora" Fitzsimmons]], MRN [[MRN|5533210]], medically ready for d/c [[D|Friday]] per Dr. [[N|Castillo-Reyes]].
Transport: w/c van, MTM trip # [[ID|MTM-7731904]], pickup 1400 to [[ADDR|92 Chestnut Hill Rd, Unit 5]], [[C|Norwalk]] [[Z|06851]].
Home O2 2 L via Apria; concentrator S/N [[DEV|AP-C5-0048812]] delivered, confirmed by [[N|Rosario]] at Apria [[PH|1-866-555-0190 x4]].
Neighbor [[N|Grace]] has key; her cell [[PH|203.555.0144]].
VNA start of care [[D|the 2nd]]; PCP f/u w/ Dr. [[N|Abernathy]] in 7-10 d.
Medicare MBI [[HP|4TX9-QA2-PL81]] verified; secondary AARP supplement.
CM: [[N|Oona McTeague]], RN
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
