#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind4.jsonl.

Blind test set #4 for clinical-text de-identification.  Sixty hand-written
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
annotated.  Staff log-in names and online handles count as NAME.

Stdlib only.  Run:  python bench/data/make_deid_blind4.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind4.jsonl")

# (note_id, patient, marked-up text, allowed unmarked repeats)
# The last element lists strings that legitimately occur unmarked elsewhere
# in the note (e.g. a city name inside a facility name).
NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


# --------------------------------------------------------------------------
note(
    "b4-01",
    "Chidinma A. Okonkwo",
    """
ED TRIAGE  [[D|02/11/2024]] 0347
Pt: [[N|OKONKWO, Chidinma A.]]  MRN [[MRN|40182275]]  DOB [[D|06/30/1961]]
CC: CP x 2h, radiating L arm, diaphoretic. Hx HTN, DM2 on metformin 1000 BID.
VS: BP 168/94 HR 112 RR 22 SpO2 94% RA T 37.1. Pain 8/10.
ESI 2. EKG to MD within 10 min, ST dep V4-V6.
Brought by husband [[N|Emeka]] (cell [[PH|(773) 555-0164]]). Lives [[C|Hyde Park]], [[C|Chicago]].
Allergies: PCN (hives). Placed in Bay 14. Troponin, BMP, CBC sent.
-- [[N|mvasquez2]] RN
""",
)

note(
    "b4-02",
    "Nguyen Van Thanh",
    """
Hospital Medicine Progress Note - HD#3
Patient: [[N|Nguyen Van Thanh]], 78M   MRN [[MRN|0093-6621]]   Date: [[D|Thursday, March 7, 2024]]
S: Slept poorly. Daughter [[N|Lan]] at bedside overnight, translating. Denies dyspnea at rest.
O: T 36.8, BP 118/70, HR 84 irregular. 2+ pitting edema bilat LE. I/O -1.4 L. Cr 1.6 (1.9 on admission [[D|3/4]]). BNP 1240.
A/P: Acute on chronic HFrEF (EF 25%), AF w/ RVR resolved.
- continue furosemide 40 mg IV BID, goal net -1 L
- metoprolol succinate 50 mg daily; apixaban 5 mg BID
- PT/OT eval; likely home with daughter in [[C|Garden Grove]] by [[D|Saturday]]
Discussed w/ cardiology fellow Dr. [[N|Priya Raghunathan]] (pager [[PH|555-0139]]).
[[N|R. Delacroix-Haines]], MD
""",
)

note(
    "b4-03",
    "Fatima Zahra Benali",
    """
DISCHARGE SUMMARY
Name: [[N|Fatima Zahra Benali]]    MRN: [[MRN|77-301-448]]    Acct: [[ACCT|9100456632]]
Admitted: [[D|01/18/2024]]   Discharged: [[D|01/23/2024]]
Attending: [[N|Jonah Whitcombe]], MD    PCP: Dr. [[N|Soo-ah Min]], Eastside Family Health
Course: 54-year-old woman admitted with LLL pneumonia and sepsis. Blood cultures grew S. pneumoniae, pan-sensitive. Changed from ceftriaxone to amoxicillin 1 g TID on hospital day 3. Lactate cleared (4.1 -> 1.3). Weaned to room air.
Discharge meds: amoxicillin through [[D|1/27]]; albuterol HFA PRN.
Follow-up: Dr. [[N|Min]] on [[D|January 30]] at 10:20. Son [[N|Youssef]] will drive her; reach him at [[PH|617-555-0112]].
Home: [[ADDR|48 Saratoga St]], [[C|East Boston]], MA [[Z|02128]].
""",
)

note(
    "b4-04",
    "Hiroshi Tanaka",
    """
nsg note 0700-1900  rm 622   date [[D|4/6/24]]
pt: [[N|tanaka, hiroshi]]   dob [[D|9/2/52]]
pt a&ox3, pleasant. c/o incisional pain 5/10 -> 2/10 after oxy 5mg @1015. foley d/c'd @0600, voided 350ml @1130. ambulated hallway x2 w/ walker + gait belt, sba. braden 18, morse 35. tolerating reg diet, ate 75% lunch.
wife ([[N|yuki]]) called @1400 asking re: d/c, told likely tmrw pending pt eval. her # [[PH|206-555-0177]].
pt asked to have his friend [[N|takeshi]] added to visitor list. done.
iv 20g l fa, site c/d/i. hearing aid (left) in drawer.
plan: cont pca wean, IS 10x/hr.
[[N|k.mori]] rn
""",
)

note(
    "b4-05",
    "Amadou Diallo",
    """
SOCIAL WORK ASSESSMENT
Pt [[N|Amadou Diallo]], 67, referred by Dr. [[N|Ferreira]] for discharge barriers. Met with pt and nephew [[N|Ousmane Barry]] (HCP, [[PH|404-555-0190]]) on [[D|5/2]]. Pt immigrated from Guinea in 1998, speaks Pulaar and French; interpreter used. Lives alone in 2nd-floor walk-up at [[ADDR|1120 Moreland Ave SE]], [[C|Atlanta]] [[Z|30316]]. Income SSDI; Medicaid ID GA [[HP|118-204-7763]] active. Pension from former employer (MARTA) pending.
Food insecurity screen positive. Referred to Meals on Wheels and Open Hand. Nephew will stay with pt x2 wk after d/c.
Plan: SW to f/u [[D|Monday 5/6]] re: home health agency acceptance.
[[N|Dinah Kowalczyk]], LCSW
""",
)

note(
    "b4-06",
    "Sione Tupou",
    """
PHARMACY CONSULT - Vancomycin dosing
Pt: [[N|Sione Tupou]]   MRN [[MRN|5521937]]   Wt 142 kg   Ht 183 cm   CrCl est 68 mL/min
Indication: MRSA bacteremia (cx [[D|8/19]]). Loading 2,500 mg x1 given [[D|8/20]] @2200.
Maintenance 1,750 mg IV q12h; AUC target 400-600. Levels before and after 4th dose (~[[D|8/22]] AM).
Interactions: none significant. Also on pip-tazo - monitor SCr daily (AKI risk).
Outpatient pharmacy on file: Walgreens #04417, ph [[PH|808-555-0133]], fax [[FX|808-555-0134]].
Discussed with Dr. [[N|Leilani Kahananui]].
- [[N|M. Abernathy]], PharmD (pgr [[PH|555-0158]])
""",
)

note(
    "b4-07",
    "Dariush Karimi",
    """
EXAM: CT CHEST WITH CONTRAST
PATIENT: [[N|KARIMI, DARIUSH]]    MRN: [[MRN|3390-1172]]    ACC#: [[ID|RAD24-0088431]]
DATE OF SERVICE: [[D|10/14/2023]] 16:42
CLINICAL HISTORY: 59 y/o M, former smoker (40 pk-yr), RUL nodule on CXR [[D|9/28/23]].
COMPARISON: CT chest [[D|03/2021]] from outside facility (Valley Imaging, [[C|Fresno]]).
FINDINGS: 2.3 x 1.8 cm spiculated RUL mass with pleural retraction. Subcarinal node 1.4 cm short axis. No effusion. Centrilobular emphysema. Bones: T7 hemangioma.
IMPRESSION: Suspicious RUL mass, Lung-RADS 4X. PET/CT and tissue sampling recommended.
Called to Dr. [[N|Anneliese Vogt]] at 16:58 on [[D|10/14/2023]]; read back confirmed.
Dictated by: [[N|Rahul Sethi]], MD   Transcribed: [[N|jlt]]
""",
)

note(
    "b4-08",
    "Maria Guadalupe Ixcoy Tzoc",
    """
SURGICAL PATHOLOGY REPORT   Case: [[ID|S24-11873]]
Patient: [[N|Maria Guadalupe Ixcoy Tzoc]]   DOB: [[D|12-Dec-1979]]   Sex: F
Submitting physician: Dr. [[N|Helen Okafor-Brandt]]   Received: [[D|15-Feb-2024]]   Signed: [[D|19-Feb-2024]]
SPECIMEN: Uterus, cervix, bilateral tubes and ovaries (TAH-BSO).
DIAGNOSIS:
A. Endometrioid adenocarcinoma, FIGO grade 1, invading <50% of myometrium (4 of 15 mm). LVSI not identified.
B. Cervix: no tumor. C. Bilateral ovaries/tubes: benign.
pT1a pNx. MMR IHC: MLH1, PMS2, MSH2, MSH6 intact.
Gross: 142 g uterus, 8.5 x 5.0 x 3.2 cm.
Electronically signed: [[N|Tomasz Wierzbicki]], MD
Pathology Associates of Kern, [[ADDR|2600 Truxtun Ave]], [[C|Bakersfield]] [[Z|93301]]
""",
)

note(
    "b4-09",
    "Comfort Adeyemi-Eze",
    """
TELEPHONE ENCOUNTER  [[D|Tue 7/9/24]] 2:15 PM
Caller: [[N|Ngozi Eze]] (daughter) re: pt Mrs. [[N|Comfort Adeyemi-Eze]], [[A|91]] y/o
Callback: [[PH|832-555-0108]] (cell), alt [[PH|832-555-0109]] (work)
Reason: mother "not herself" since [[D|Sunday]] - more confused, poor PO intake, 1 episode incontinence (new). No fever at home, BP cuff read 98/60. Takes donepezil 10 mg, lisinopril 20 mg.
Advice: hold lisinopril today, push fluids, UA/UCx - daughter will bring sample to [[C|Katy]] lab tomorrow AM. ED precautions reviewed (fall, fever >100.4, unable to keep fluids down). Daughter verbalized understanding.
Routed to Dr. [[N|Castellanos]] for review.
- [[N|T. Gbadamosi]], RN
""",
)

note(
    "b4-10",
    "Joaquín Restrepo",
    """
MyChart message from patient - received [[D|11/03/2023]] 9:47 PM
Subject: refill + question about my knee
Hi Dr. [[N|Baptiste]], this is [[N|Joaquín Restrepo]] (DOB [[D|4/17/88]]). I ran out of my meloxicam on [[D|Halloween]] and the pharmacy says it needs a new script. Can you send it to the same CVS? Also the knee is still swelling after I play futbol, maybe 6/10 pain, and it locks sometimes. My physical therapist Sra. [[N|Ochoa]] said maybe I should get an MRI. My new insurance is Ambetter member [[HP|U7741-20938]], my old Florida Blue ended in [[D|September]].
You can email me at [[EM|jrestrepo.futbol@examplemail.com]] or text [[PH|305-555-0181]].
Gracias,
[[N|Joaquín]]
""",
)

note(
    "b4-11",
    "Wojciech Nowakowski",
    """
Lakeshore Cardiology Associates
[[ADDR|1400 N. Lake Shore Dr, Suite 300]], [[C|Chicago]], IL [[Z|60610]]   Tel [[PH|(312) 555-0100]]   Fax [[FX|(312) 555-0101]]

[[D|June 12, 2024]]

Dear Dr. [[N|Abubakar]],

Thank you for referring Mr. [[N|Wojciech Nowakowski]] (DOB [[D|02/08/1949]]) for exertional dyspnea. I saw him on [[D|June 10]]. Echo showed severe calcific aortic stenosis (AVA 0.8 cm2, mean gradient 46 mmHg, EF 55%). He is a TAVR candidate and we have referred him to the structural heart team at Northwestern. His wife [[N|Halina]] asks that updates go to [[EM|halina.nowak49@examplemail.com]].

Sincerely,
[[N|Marcus T. Oyelaran]], MD, FACC
""",
)

note(
    "b4-12",
    "Rajesh Kumar Pillai",
    """
INFECTIOUS DISEASES CONSULT
Requesting: Dr. [[N|Ilse Marquardt]] (hospitalist)   Reason: fever in returning traveler
HPI: Mr. [[N|Rajesh Kumar Pillai]] is a 46M from [[C|Kochi]], India, living in [[C|Edison]], NJ x 12 yrs, returned [[D|8/2]] from 3 wk visiting family in Kerala. Fever to 39.8 since [[D|8/9]], headache, myalgias. No malaria prophylaxis. Brother-in-law [[N|Sunil]] was hospitalized in [[C|Kochi]] with dengue last month.
Exam: T 39.2, HR 104. Conjunctival suffusion. No rash. Spleen tip palpable.
Labs: plt 62K, WBC 2.9, AST 188, ALT 140. Malaria smear x1 neg.
Rec: repeat thick/thin smears q12-24h x3, dengue NS1/IgM, leptospira PCR, blood cx x2. Hold NSAIDs. Will follow.
[[N|Amara Chukwuma]], MD - ID fellow, pager [[PH|555-0146]]
""",
)

note(
    "b4-13",
    "Eleni Papadopoulos",
    """
OPERATIVE NOTE
Date of surgery: [[D|2024-05-21]]
Patient: [[N|Eleni Papadopoulos]]   MRN [[MRN|8812047]]
Surgeon: [[N|Konstantin Volkov]], MD   Assistant: [[N|Dana Whitfield]], PA-C
Anesthesia: general ETT (Dr. [[N|Obi]])
Preop dx: symptomatic cholelithiasis. Postop dx: same, with acute cholecystitis.
Procedure: laparoscopic cholecystectomy with intraoperative cholangiogram.
Findings: distended, edematous gallbladder; critical view of safety obtained. IOC: no filling defects, free flow into duodenum.
EBL 20 mL. Specimen: gallbladder to pathology. Drains: none. Counts correct x2. Hem-o-lok clips x4.
Dispo: PACU in stable condition, then to 6 North.
Dr. [[N|Volkov]] was present and scrubbed for the entire procedure.
""",
)

note(
    "b4-14",
    "Tran Bao-Ngoc",
    """
ANESTHESIA PRE-PROCEDURE EVALUATION   DOS [[D|9/16/2024]]
Pt: [[N|Tran, Bao-Ngoc]]   83F   MRN [[MRN|60-44-1908]]   Procedure: R hip hemiarthroplasty
PMH: CAD s/p DES x2 (2019), AF on apixaban (last dose [[D|9/14]] 2000), CKD3b (Cr 1.5), OSA on CPAP, GERD.
Airway: Mallampati III, TMD 3 FB, full upper denture, limited neck ext. "Difficult intubation" per pt at outside hospital (St. Jude, [[C|Fullerton]]) - records requested, fax sent to [[FX|714-555-0172]].
ASA 3. Plan: spinal if platelets/coag ok; GA backup w/ VL. Fascia iliaca block.
Consent obtained from pt with granddaughter [[N|Kim Phuong]] present (pt's HCP).
[[N|H. Lindqvist]] MD  /  CRNA [[N|jbarros]]
""",
)

note(
    "b4-15",
    "Ruth Ellen Hostetler",
    """
HOME HEALTH SKILLED NURSING VISIT - [[D|3/28/24]]
Patient: [[N|Ruth Ellen Hostetler]], [[A|90]] yo F   Agency pt # [[MRN|HH-20771]]
Address: [[ADDR|4417 Old Philadelphia Pike]], [[C|Gordonville]] PA [[Z|17529]] (farmhouse, lane on left past second silo)
Homebound: yes, SOB w/ 20 ft ambulation. Lives with son [[N|Amos]] and daughter-in-law [[N|Miriam]]; no phone in home - contact neighbor [[N|Levi Stoltzfus]] [[PH|717-555-0126]].
Vitals: BP 142/78, HR 76, SpO2 91% RA, wt 61.2 kg (down 0.8 kg). Crackles bilat bases.
Wound: sacral stage 2 pressure injury 2.0 x 1.5 cm, clean pink base, foam dressing changed.
Meds reconciled; pt skips Lasix on church Sundays - educated.
Next visit [[D|Tues 4/2]].  - [[N|G. Weaver]], RN
""",
)

note(
    "b4-16",
    "Kwame Asante-Boateng",
    """
Hospice RN visit / death pronouncement
Mr. [[N|Kwame Asante-Boateng]], [[A|94]], pronounced 03:12 on [[D|12/25/2023]] ([[D|Christmas]] morning) at home, [[ADDR|19 Birchwood Ct]], [[C|Silver Spring]]. No pulse or respirations. Present: wife [[N|Abena]], sons [[N|Kofi]] and [[N|Yaw]] ([[N|Yaw]] flew in from [[C|Accra]] on the [[D|22nd]]). Pastor [[N|Mensah]] of Ebenezer Methodist led prayers.
Funeral home Hines-Rinaldi called [[PH|301-555-0115]] at 03:40.
Attending Dr. [[N|Rosalind Achterberg]] notified; will sign death certificate. Morphine 20 mg/mL, 14 mL wasted w/ witness (daughter-in-law [[N|Efua]]).
Bereavement referral placed.
- [[N|Clara Nwosu]], RN
""",
)

note(
    "b4-17",
    "Shirin Tavakoli-Rhodes",
    """
PSYCHIATRY PROGRESS NOTE (inpatient, 4 West)     Date: [[D|Wed 1/10/24]]
Pt: [[N|Shirin Tavakoli-Rhodes]], 29F. Involuntary hold (5150) initiated [[D|1/7]] by Sgt. [[N|Ortega]], SFPD, after pt found on a freeway overpass.
Interval: sleeping 6 h w/ trazodone. Less guarded. "I wasn't going to jump, I just wanted it to stop." Passive SI, denies plan/intent today. PHQ-9 = 19; C-SSRS positive (lifetime). No AH/VH.
MSE: casually groomed, poor eye contact, speech soft, mood "numb", affect constricted, TP linear, insight fair.
Collateral: roommate [[N|Jasmine Oduya]] ([[PH|415-555-0151]]) - pt stopped sertraline ~[[D|Thanksgiving]].
Plan: restart sertraline 50 mg, DBT referral, safety plan, 5250 hearing [[D|Friday]].
[[N|A. Sandoval-Reyes]], MD (PGY-3) / Dr. [[N|J. Feldstein]] attending
""",
)

note(
    "b4-18",
    "Ayaan Siddiqui",
    """
WCC 15 mo   Date [[D|08/05/2024]]
Pt: [[N|Ayaan Siddiqui]]   DOB [[D|05/03/2023]]   MRN [[MRN|P-2290417]]
Accompanied by mom ([[N|Hina]]) and paternal grandmother ([[N|Nasreen]]), who provides daycare.
Growth: wt 10.4 kg (55th %ile), length 78 cm (40th), HC 46.5 cm (60th).
Dev: walks independently, 5-6 words, points to wants, stacks 2 blocks. M-CHAT at 18 mo.
Diet: whole milk 16 oz/day, table foods, still bottles at night - counseled.
Imm: MMR #1, varicella #1, Hep A #1 today. VIS given.
Lead 2 mcg/dL. Hgb 11.8.
Dental: no caries; referred to Dr. [[N|Alvarado]] (pediatric dentist).
RTC 18 mo WCC or sooner prn. Parent phone on file [[PH|469-555-0119]].
- [[N|S. Oyelowo]], MD
""",
)

note(
    "b4-19",
    "Oluwaseun Adebayo-Clarke",
    """
L&D ADMISSION NOTE  -  [[D|7 July 2024]], 22:40
Pt: [[N|Oluwaseun Adebayo-Clarke]], 31 y/o G3P1011 @ 39w4d by 8-wk US (EDD [[D|07/10/2024]]). Active labor; SROM at 20:15, clear fluid.
PNC at Westside Women's Health, 11 visits. GBS neg ([[D|6/12]]). Rh+, rubella immune, HIV/HBsAg/RPR neg. A1GDM diet-controlled.
SVE: 6/90/-1. FHT cat I, baseline 135, mod variability, + accels. Ctx q3 min.
Plan: admit, expectant mgmt, epidural on request, no GBS ppx.
Support person: husband [[N|Daniel Clarke]] (cell [[PH|919-555-0104]]). Doula: [[N|Tamika Frazier]].
Prior: NSVD 2020, 3.4 kg, at Duke Regional. SAB x1 2022.
[[N|Kateryna Hnatyuk]], CNM
""",
)

note(
    "b4-20",
    "Bolat Nurlanovich Seitkali",
    """
Dental Clinic - Limited exam   [[D|03/05/24]]
Pt: [[N|Bolat Nurlanovich Seitkali]]   Chart #[[MRN|D-55102]]   DOB [[D|1/1/1970]] (per refugee docs)
CC: "tooth pain lower right x 1 wk", 8/10, worse w/ cold.
Exam: #30 large MOD caries, percussion +, cold lingering >10 s. #31 missing. #3 and #14 PFM crowns intact. Moderate calculus, BOP 40%.
Rads: 2 PA, 2 BWX. PARL #30 mesial root.
Dx: symptomatic irreversible pulpitis w/ apical periodontitis #30.
Tx: RCT + crown vs ext discussed; pt chose ext (Medicaid covers ext only). 2 carpules 4% articaine 1:100k epi. #30 extracted, gauze, POIs.
Rx: ibuprofen 600 mg q6h prn x 5d.
Kazakh via phone interpreter #[[ID|41187]].
Dr. [[N|Beatriz Amaral]], DDS / Asst: [[N|Ty Nakamura]]
""",
)

note(
    "b4-21",
    "Guadalupe Sandoval",
    """
PHYSICAL THERAPY INITIAL EVALUATION
Date: [[D|10/2/23]]   Pt: [[N|Guadalupe]] "[[N|Lupita]]" [[N|Sandoval]]   Ref: Dr. [[N|Narges Hosseini]] (ortho)
Dx: s/p R TKA [[D|9/25/23]]. WBAT.
Subjective: 72 yo retired school cafeteria worker from [[C|Pilsen]]; lives w/ husband [[N|Ernesto]] in 2-flat, 14 steps to enter w/ L rail. Goal: "dance at my granddaughter's quinceañera" ([[D|Dec]]).
Objective: R knee AROM 8-85°, PROM 5-92°. Quad lag 10°. Strength R quad 3-/5, hip abd 4/5 bilat. TUG 18.4 s w/ RW. Pain 5/10 rest, 8/10 w/ flexion. Edema +2 R knee.
Assessment: deficits in ROM, strength, gait, balance; fall risk.
Plan: 2x/wk x 8 wk; HEP issued (heel slides, quad sets, SAQ).
[[N|Mateus Carvalho]], PT, DPT
""",
)

note(
    "b4-22",
    "Hamid Noorzai",
    """
OT treatment note  [[D|11/14]]
pt: Mr. [[N|Hamid Noorzai]]   rm 418B   dx: L MCA CVA w/ R hemiparesis
S: pt reports "my hand is sleeping". Son [[N|Farid]] present, interpreting Dari; pt's wife [[N|Zarghona]] expected [[D|Thurs]].
O: UB dressing mod A, LB dressing max A w/ sock aid. R UE Brunnstrom stage 3. Grip R 4 lb / L 52 lb. 9-hole peg R unable. Sitting balance fair+. Mild R inattention on line bisection.
A: slow gains; good family support.
P: cont NMES R wrist ext, mirror therapy, ADL retraining. Recommend IRF; CM aware. Family trained on transfers w/ gait belt.
--[[N|ldesouza]] OTR/L
""",
)

note(
    "b4-23",
    "Yevgenia Brodsky",
    """
CASE MANAGEMENT - Discharge Planning
[[D|02/27/2024]]  Pt: [[N|Yevgenia Brodsky]] (82F), Acct# [[ACCT|70023319845]], Medicare MBI [[HP|4TQ7-KM2-HN51]], AARP suppl. plan #[[HP|00912744-11]].
Lives alone, [[ADDR|2250 Ocean Pkwy Apt 6F]], [[C|Brooklyn]] [[Z|11223]]. Daughter [[N|Irina Katz]] lives in [[C|Fort Lee]], NJ, works days; cell [[PH|201-555-0161]].
Therapy rec SNF. Referrals via CarePort to Sea Crest, Haym Salomon, Menorah. Sea Crest accepted [[D|2/28]] pm; 3-midnight qualifying stay met (admit [[D|2/23]]).
Transport: ambulette w/ Rapid Care, pickup [[D|2/29]] 10:00.
PT/OT, SW aware.  - [[N|K. Mbeki-Rowe]], RN CM
""",
)

note(
    "b4-24",
    "Thi Hoa Le",
    """
Spiritual Care Note
Visited Mrs. [[N|Thi Hoa Le]] (Rm 7102) at request of RN. Pt is 68, Buddhist, recently dx metastatic pancreatic ca. Husband [[N|Minh]] and granddaughter [[N|Vy]] present. Pt wishes to have monks from Chua Duc Vien temple in [[C|San Jose]] offer chanting before she goes home on hospice. Temple contact: Venerable [[N|Thich Tam Hy]]'s assistant, [[PH|408-555-0186]].
Pt shared that her son died in 1975 during the evacuation; she carries his photo. Offered presence, reflective listening. Family requested quiet space [[D|Saturday]] afternoon for a ceremony; coordinated with unit manager.
Plan: follow daily while inpatient; bereavement team aware.
Chaplain [[N|Deborah Friesen-Yoder]], MDiv, BCC
""",
)

note(
    "b4-25",
    "Abdirahman Yusuf Farah",
    """
INTERPRETER SERVICES ENCOUNTER
Date: [[D|6/18/2024]]   Start 13:05   End 13:50   Modality: in-person
Language: Somali   Interpreter: [[N|Hodan Warsame]], CHI (ID [[ID|2231]])
Patient: [[N|Abdirahman Yusuf Farah]]   MRN [[MRN|10488273]]
Provider: Dr. [[N|Colette Beaumont]], Endocrinology
Encounter: new dx T2DM (A1c 10.4%). Insulin glargine teaching, glucometer (Contour Next) use. Wife [[N|Sahra]] present; she will do injections. Pt asked about fasting during Ramadan - deferred to diabetes educator.
Sight translation of AVS and insulin instructions. Teach-back completed.
Pt prefers male interpreter for future visits if available. Callback: [[PH|612-555-0143]] (wife's phone).
""",
)

note(
    "b4-26",
    "Harold Lindgren Jr.",
    """
SAFETY EVENT REPORT #[[ID|SE-2024-004417]]
Event date/time: [[D|04/13/2024]] ~02:30    Location: 5 East, room 531
Patient: [[N|Harold Lindgren Jr.]], age [[A|96]], MRN [[MRN|2207715]]
Description: Pt found on floor beside bed by NA [[N|Precious Dlamini]] during rounds. Bed alarm off (unclear who disabled). Pt states he was trying to reach the bathroom. Morse 65, fall precautions, yellow socks on. Small abrasion L elbow; no head strike per pt; on aspirin only.
Actions: RN [[N|Owen Tsosie]] assessed, VS stable, neuro intact. Dr. [[N|Farah Qureshi]] (night hospitalist) notified 02:45, CT head neg. Son [[N|Gregory Lindgren]] notified by phone 06:10.
Reporter: [[N|otsosie]]   Severity: minor harm
""",
)

note(
    "b4-27",
    "Ines Saraiva Monteiro",
    """
RESEARCH NOTE - HEART-FX trial (IRB #2023-0781)
Subject ID: [[ID|HFX-0142]]   Pt: [[N|Ines Saraiva Monteiro]]   MRN [[MRN|3045518]]
Visit: Week 12 (window [[D|5/20]]-[[D|6/3]]), completed [[D|Tue 5/28/2024]].
Consent v3.1 re-signed today (protocol amendment 4); copy given.
Pill count: 6 tabs remaining (compliance 93%).
AE: mild dizziness [[D|5/14]]-[[D|5/16]], resolved, not serious, possibly related; PI notified.
Labs drawn per protocol, shipped to central lab (Covance) on dry ice.
Next visit: Week 24 ~[[D|8/20]]. Pt prefers contact by email ([[EM|ines.monteiro.s@examplemail.org]]).
Coordinator: [[N|Bartholomew Achebe]], CCRC   PI: Dr. [[N|Sigrid Halvorsen]]
""",
)

note(
    "b4-28",
    "Dmitri Alekseyevich Sorokin",
    """
ED PROVIDER NOTE - Level 2 trauma
59M restrained driver, MVC vs guardrail on I-70 near [[C|Hays]] ~18:00 [[D|Sat 8/17]]. Airbag deployed. GCS 15. Pt: [[N|Dmitri Alekseyevich Sorokin]]. Trooper [[N|Kessler]] at bedside; pt's truck (white 2016 Kenworth, KS plate [[VEH|483 BCX]], trailer VIN [[VEH|1UYVS2533GM771904]]) towed.
Long-haul driver, CDL #[[LIC|K08-44-1927]] (Kansas).
Exam: seatbelt sign, chest wall TTP L 5-7, no crepitus. FAST neg. Abd soft. Neuro intact.
CT: L 5th-7th rib fx, small L PTX (8 mm), no hemothorax.
Plan: admit trauma surgery, serial CXR, IS, multimodal analgesia. EtOH neg.
Dispatcher [[N|Lorraine]] ([[PH|913-555-0129]]) notified at pt request.
Signed: Dr. [[N|Yusuf Al-Rashidi]] [[D|8/17/2024]] 21:14
""",
)

note(
    "b4-29",
    "Pham Quoc Bao",
    """
MICU PN  HD 5 / vent day 4   [[D|12/03]]
Pt: [[N|Pham Quoc Bao]]  52M  MRN [[MRN|51-88-0372]]
ARDS 2/2 influenza A + MSSA superinfxn.
Vent: VC 380/30/12/0.6, Pplat 27, DP 15. P/F 148 (from 96). Proned x16h yesterday; holding today.
Sed: propofol 30, fent 100. RASS -2. CAM-ICU +.
NE 0.04 (weaning). MAP 68. Lactate 1.1.
ID: nafcillin D4, oseltamivir D5 (stop [[D|12/5]]).
Renal: Cr 1.9 -> 1.6, UOP 0.8 mL/kg/h.
Lines: R IJ TLC [[D|11/29]], L radial A-line [[D|11/29]], Foley [[D|11/29]] -> d/c today.
FULL CODE. Family mtg w/ wife [[N|Hanh]] + son [[N|Khoa]] 1500 via interpreter; wife [[PH|714-555-0154]].
-- Fellow: [[N|A. Lungu]] / Attg: [[N|R. Bhattacharyya]]
""",
)

note(
    "b4-30",
    "Baby Boy Rosales-Medina",
    """
NICU Admission H&P    DOB/TOB: [[D|01/29/2024]] @ 04:51
Infant: Baby Boy [[N|Rosales-Medina]] (mother: [[N|Yesenia Rosales-Medina]], 19 yo G1P0->1), MRN [[MRN|N-7730118]]
GA 30w2d, BW 1,320 g. Apgars 4/7/8. Urgent C/S for pre-eclampsia w/ severe features; mag given, betamethasone x2 ([[D|1/27]], [[D|1/28]]).
Resus: PPV 45 s, then CPAP 6, FiO2 0.30 -> 0.25.
Exam: AFOF, RR 64, mild retractions. Cap refill <3s.
Plan: CPAP, surfactant if FiO2 >0.4; PIV, D10 80 mL/kg/d; amp/gent x48h; BCx; HUS day 7.
Father: [[N|Christian Medina]] (paternity pending). Mother's cell [[PH|323-555-0174]]; lives in [[C|Boyle Heights]].
Dr. [[N|Nnamdi Eluemuno]] / NNP [[N|Sharon Tso]]
""",
)

note(
    "b4-31",
    "Philomena Quigley",
    """
Geriatrics Clinic Follow-up     [[D|February 20, 2024]]
Ms. [[N|Philomena Quigley]] is a [[A|101]]-year-old woman seen with her niece, [[N|Bridget Quigley-Farrell]], her agent under a durable POA. Her younger brother [[N|Desmond]] (89) died in [[D|January]].
She lives at Maple Terrace assisted living, Unit 212, in [[C|Worcester]]. Hearing aids, uses a rollator. MoCA 18/30 (was 21/30 last spring). Weight 44 kg, down 3 kg since fall.
Meds: reduced to 4 (deprescribed amlodipine, pravastatin, omeprazole).
Goals of care: DNR/DNI, no hospital transfer unless comfort cannot be achieved in place; MOLST updated and signed today.
Plan: hospice eligibility discussion with niece; next visit in 3 months.
[[N|Cornelius Abara]], MD
""",
)

note(
    "b4-32",
    "Amaru Quispe Huamán",
    """
derm clinic  [[D|wed 9/4]]
pt: [[N|amaru quispe huamán]], 38m, mrn [[MRN|8830-2291]]. referred by pcp dr. [[N|lindiwe mahlangu]] for changing mole.
hx: lesion on l upper back noted by wife ([[N|ximena]]) ~2 mo ago. outdoor construction worker, fitzpatrick iii, no fam hx melanoma.
exam: 9 x 7 mm asymmetric macule w/ irregular border, 3 colors. dermoscopy: atypical network, regression structures. ~40 benign-appearing nevi.
a/p: r/o melanoma -> excisional bx w/ 2 mm margins today. path to dermpath. photos to epic media (images 1-4).
sun protection, spf 50 reviewed. suture removal ~[[D|9/18]].
visit conducted in spanish (certified bilingual provider).
- [[N|e. castellano-ruiz]], md
""",
)

note(
    "b4-33",
    "Kalani Makoa-Fernandes",
    """
OPHTHALMOLOGY - post-op check (POD#1)    [[D|11 Sept 2023]]
Pt: [[N|Kalani Makoa-Fernandes]]   68F   MRN [[MRN|7736214]]
s/p phaco/IOL OD [[D|9/10]] w/ Dr. [[N|Ingrid Sørensen]] (Alcon SN60WF +21.5 D).
VA sc: OD 20/40, OS 20/70. IOP 14 OD, 17 OS.
SLE OD: clear cornea, 1+ cell, IOL centered. Fundus: no RD.
Plan: Pred Forte QID, moxifloxacin QID x1 wk. Shield qhs. Return [[D|9/18]]. OS surgery [[D|mid-Oct]] after Dr. [[N|Sørensen]] returns from leave.
Lives in [[C|Hilo]]; daughter [[N|Noelani]] drives from [[C|Kea'au]]; call [[PH|808-555-0191]].
Tech: [[N|B. Kahale]]  /  Resident: Dr. [[N|Moana Liufau]]
""",
)

note(
    "b4-34",
    "Gurpreet Kaur Sandhu",
    """
Hemodialysis Treatment Record - Mon/Wed/Fri chair 7
Date: [[D|Wednesday, 4/17/2024]]    Pt: [[N|Gurpreet Kaur Sandhu]]   Unit ID: [[MRN|DV-00781]]
Access: L brachiocephalic AVF, +thrill/bruit; 15g needles x2.
Pre: wt 72.4 kg (EDW 70.0), BP 164/88. Post: wt 70.3 kg, BP 132/76.
Machine: Fresenius 2008T, serial [[DEV|8BLA11204]]; dialyzer Optiflux 160NRe.
Qb 400, Qd 600, 3 h 45 min, UF 2.1 L. 2K/2.5Ca bath. Heparin 1,000 u bolus.
Monthly labs: K 5.4, phos 6.8, alb 3.6, Hgb 10.2.
Missed [[D|Mon]] tx (husband [[N|Harjinder]]'s truck broke down in [[C|Fresno]]). Transport arranged via Medicaid NEMT.
RN: [[N|Leticia Obregón]]   Tech: [[N|Kiet Vo]]
""",
    allow=("Mon",),
)

note(
    "b4-35",
    "Siddharth Venkataraman",
    """
ONCOLOGY INFUSION NOTE   C3D1 FOLFOX + bevacizumab    [[D|5/6/24]]
Pt: [[N|Siddharth]] "[[N|Sid]]" [[N|Venkataraman]]  61M  MRN [[MRN|4471902]]  BSA 1.98 m2
Port: R chest Bard PowerPort, accessed w/ 20g 3/4" Huber, + blood return.
Pre: ANC 1.9, plt 142, Cr 0.9, UPCR 0.3, BP 138/82. Neuropathy grade 1.
Oxaliplatin 85 mg/m2 = 168 mg, leucovorin 400 mg/m2, 5-FU bolus 400 mg/m2 then 2400 mg/m2 via CADD pump (serial [[DEV|1A-77025]]) over 46 h. Bev 5 mg/kg.
Disconnect [[D|5/8]] at home by Coram nurse. Wife [[N|Lakshmi]] will call [[PH|651-555-0121]] with any fever.
Next cycle [[D|5/20]] pending labs.
RN: [[N|Marguerite Doucet]] / NP: [[N|Oksana Melnyk]]
""",
)

note(
    "b4-36",
    "Tuğba Yıldırım-Koç",
    """
Transplant Nephrology Clinic   [[D|18 Mar 2024]]
Recipient: [[N|Tuğba Yıldırım-Koç]]   UNOS ID [[ID|YBC4471]]   MRN [[MRN|600-28-115]]
LDKT [[D|10/30/2023]] from her brother [[N|Emre Yıldırım]] (donor, followed in donor clinic). 4.5 mo post-tx.
Cr 1.12 (baseline 1.0-1.2), tac trough 7.4 (goal 6-8), BK PCR neg, DSA neg. UA bland.
Meds: tacrolimus 3 mg BID, MMF 500 BID, prednisone 5 daily, TMP-SMX SS qd, valganciclovir to stop [[D|4/28]].
BP 126/78. No rejection sx.
Plan: labs q2wk -> monthly after [[D|April]]. Travel to [[C|Izmir]] for family wedding in [[D|July]] approved; letter given.
Results by email: [[EM|tugba.yk@examplemail.net]]
Dr. [[N|Benedikt Ahlers]]
""",
)

note(
    "b4-37",
    "Tyler Redcloud-Santos",
    """
Addiction Medicine Consult   inpt   [[D|Fri 2/2/24]]
Pt: [[N|Tyler Redcloud-Santos]], 34M (Oglala Lakota), admitted for L forearm abscess, I&D done. OUD (fentanyl, smoking ~2 g/day), methamphetamine use. Last use [[D|1/31]] am. COWS 11.
Prior tx: buprenorphine via tele-MOUD 2022, lost to f/u after moving from [[C|Rapid City]] to [[C|Pine Ridge]]. Partner [[N|Shayla]] (also using) - pt asks she be offered Narcan + tx info.
Plan: standard bup induction, 8 mg now, reassess 1 h; target 16-24 mg/d. Naloxone kit x2 at d/c. HCV Ab +, VL pending. Bridge Rx to IHS clinic in [[C|Pine Ridge]]; OTP in [[C|Rapid City]] as alt.
Aunt [[N|Marlene Two Bulls]] (emergency contact, [[PH|605-555-0138]]) updated with consent.
- Dr. [[N|Wren Eastman]]
""",
)

note(
    "b4-38",
    "Mohamed Abdi Hassan",
    """
Asthma Action Plan / School Medication Authorization
Student: [[N|Mohamed Abdi Hassan]]   DOB: [[D|3/3/2015]]   Grade: 4   School: Franklin Elementary, [[C|St. Cloud]]
Parent/guardian: [[N|Faadumo Ali]]  Phone: [[PH|320-555-0117]]
Green zone: Flovent HFA 44 mcg 2 puffs BID with spacer (home).
Yellow zone (cough, wheeze, peak flow 150-200): albuterol 90 mcg 4 puffs q4h prn; may repeat x1 in 20 min. May self-carry inhaler: YES.
Red zone (peak flow <150, can't talk): albuterol 6 puffs, call 911, call parent.
Triggers: cold air, recess running, cats, smoke.
Valid through [[D|June 2025]].
Prescriber: Dr. [[N|Siobhan Mac Giolla Phádraig]]   NPI [[ID|1932847561]]   Signed [[D|8/22/2024]]
""",
)

note(
    "b4-39",
    "Svetlana Ivanovna Kuznetsova",
    """
DEVICE CLINIC - Remote transmission review    [[D|07/22/2024]]
Pt: [[N|Svetlana Ivanovna Kuznetsova]], [[A|93]] y/o   MRN [[MRN|2918804]]
Device: Medtronic Azure XT DR MRI (W1DR01), SN [[DEV|RNB612047S]]; implanted [[D|03/14/2019]] by Dr. [[N|Rutherford]]. RA lead 5076 SN [[DEV|PJN4418273]]; RV lead 3830 SN [[DEV|LFJ330915V]].
CareLink transmission [[D|7/20]] (monitor SN [[DEV|24950-0718]]).
Battery 7.2 y. AP 62%, VP <1%. AF burden 0.4%, longest 3 h 12 min on [[D|7/4]] ([[D|July 4th]]).
Thresholds/impedances stable.
Plan: no changes; notify Dr. [[N|Akinyemi]] re: AF for anticoag (CHA2DS2-VASc 5). Next remote [[D|10/21]].
Grandson [[N|Nikolai]] (caregiver) updated at [[PH|503-555-0127]].
- Device RN [[N|L. Pettersen]]
""",
)

note(
    "b4-40",
    "Ah-young Seo",
    """
CRITICAL VALUE NOTIFICATION
Test: potassium  Result: 6.9 mmol/L (plasma not hemolyzed)   Collected [[D|09/30/23]] 05:12
Pt: [[N|Ah-young Seo]]   Loc: ED Pod B-11   MRN [[MRN|8890133]]   Acc# [[ID|23-273-01882]]
Called to: [[N|Rachel Lemaire]], RN (ED) at 05:41; read-back verified.
Prior K 4.1 on [[D|9/28/23]].
Called by: MLS [[N|mhaddad]] ([[N|Mariam Haddad]])
Repeat sample requested; ED team paged Dr. [[N|Oyinlola Bankole]] [[PH|555-0175]]. ECG: peaked T, QRS 118. Calcium gluconate 1 g, insulin 10 u + D50, albuterol neb given.
""",
)

note(
    "b4-41",
    "Ana Lucía Villatoro Pérez",
    """
TELEHEALTH VIDEO VISIT - behavioral health follow-up      [[D|Mon Jan 8 2024]] 16:00
Patient: [[N|Ana Lucía Villatoro Pérez]], 24F. Joined from home (location confirmed: [[C|Providence]], RI); consent for video obtained.
Session: [[URL|https://telehealth.examplehealth.org/join/7Q2K-XW91]] ; pt connection from IP [[IP|73.218.44.19]] dropped x2, rejoined by phone audio [[PH|401-555-0142]].
S: mood better on bupropion XL 300. Sleeping 7 h. GAD-7 9 (from 15). Started nursing classes at CCRI.
MSE: well groomed, euthymic, full affect. No SI/HI.
P: continue meds, therapy with Ms. [[N|Farrokhzad]] q2wk, RTC 6 wk (~[[D|Feb 19]]).
Provider: [[N|Thulani Ndlovu]], PMHNP   (provider IP [[IP|10.44.7.213]] logged per policy)
""",
)

note(
    "b4-42",
    "Teodoro Mabini Dizon",
    """
Financial Counseling Note   [[D|10/09/2023]]
Guarantor: [[N|Teodoro Mabini Dizon]] (self)  Guarantor acct [[ACCT|G-3017745]]  HAR [[ACCT|501882903]]
Re: $14,280 balance from ED visit + 2-night obs (DOS [[D|8/11]]-[[D|8/13]]). Pt is a caregiver (1099, no employer plan). Household of 3 (wife [[N|Corazon]], son [[N|Paolo]], 16).
Income ~$38,500/yr = 155% FPL -> 75% charity discount per policy FA-12.
Covered California app ID [[ID|5800-2214-77]]; Medi-Cal screen over income.
ID verified: CA DL [[LIC|D4419826]]; SSN [[SSN|900-41-2287]] on file.
Home: [[ADDR|1630 Mission St #4]], [[C|Daly City]], CA [[Z|94014]].
Plan: $85/month x 24 months after adjustment. Pay stubs by [[D|10/20]].
Counselor: [[N|F. Iwu-Chukwuemeka]], CHAA
""",
)

note(
    "b4-43",
    "Ayesha Rahman Chowdhury",
    """
LETTER OF MEDICAL NECESSITY
To: Prior Authorization, Keystone Mutual Health Plan - Fax [[FX|215-555-0195]]
Re: Member [[N|Ayesha Rahman Chowdhury]]   Member ID [[HP|KMH884120573]]
DOB [[D|07/07/1996]]   Ref #: [[ID|PA-24-339201]]
I request coverage of dupilumab (Dupixent) 300 mg SC q2wk for severe atopic dermatitis (EASI 31, IGA 4, BSA 45%). She has failed triamcinolone 0.1%, tacrolimus 0.1%, and 16 weeks of NB-UVB ([[D|Sept]]-[[D|Dec 2023]]); cyclosporine was stopped in [[D|March]] due to hypertension (BP 152/96).
Questions: [[PH|267-555-0148]] or [[EM|gadeleke-moss@examplederm.org]].
Sincerely,
[[N|Gideon Adeleke-Moss]], MD, Dermatology
""",
)

note(
    "b4-44",
    "Leroy Yazzie",
    """
RELEASE OF INFORMATION - request log
Received [[D|01/16/2024]] via fax from [[FX|505-555-0166]] (Law Office of Begay & Sandoval)
Patient: [[N|Leroy Yazzie]]   DOB [[D|11/02/1957]]   MRN [[MRN|3310-7745]]
Requestor: Atty. [[N|Naomi Begay]], NM Bar #[[LIC|14-3388]], injury claim re: fall at Walmart, [[C|Gallup]], [[D|10/31/2023]].
Authorization signed [[D|1/9/24]]; expires [[D|1/9/25]].
Records: ED visit [[D|10/31/2023]], ortho [[D|11/15/2023]], imaging. Excluded per pt: behavioral health, SUD (42 CFR Part 2).
SSN last 4 [[SSN|6612]] verified; mail to [[ADDR|PO Box 1183]], [[C|Thoreau]], NM [[Z|87323]].
Processed by [[N|rchischilly]]; released [[D|1/22]] (142 pages).
""",
    allow=("Begay",),
)

note(
    "b4-45",
    "Maria da Conceição Pereira",
    """
EMS PATIENT CARE REPORT (attached to ED chart)
Incident #: [[ID|24-118736]]   Unit: Medic 14   Date: [[D|6/29/2024]]
Dispatched 14:02 to [[ADDR|88 Wharf Rd]], [[C|Gloucester]] for 62F, syncope at fish market. Pt: [[N|Maria da Conceição Pereira]].
On arrival A&Ox4, pale, diaphoretic. Coworker [[N|Manny Sousa]] witnessed ~30 s LOC, no seizure activity. BGL 44 -> D10 250 mL IV -> BGL 131. T1DM on Omnipod 5 (pod removed on scene).
12-lead: SR 88, no STE. BP 104/62.
Pt's glucometer (serial [[DEV|GLM-0091837]]) transported with pt.
Transport to Addison Gilbert Hospital, no lights/sirens. Care transferred 14:48.
Crew: EMT-P [[N|Rory Fitzgerald]] (#[[LIC|P-44021]]), EMT-B [[N|Thao Lor]]
""",
)

note(
    "b4-46",
    "Rivka Leah Abramowitz",
    """
GENETIC COUNSELING NOTE    [[D|Dec 4, 2023]]
Proband: [[N|Rivka Leah Abramowitz]], 41F, Ashkenazi Jewish, referred by Dr. [[N|Marlow]] after breast ca dx (ER+/PR+/HER2-, age 40).
FHx: mother [[N|Shoshana]] (d. 58, ovarian ca); maternal aunt [[N|Devorah]] (breast ca at 45, lives in [[C|Haifa]]); father [[N|Yaakov]], 74, prostate ca (Gleason 3+4=7); brother [[N|Ezra]], 38, unaffected.
84-gene panel (Invitae) sent [[D|12/4]]; pre-auth obtained (Aetna member [[HP|W284017733]]).
Discussed BRCA1 185delAG / 5382insC and BRCA2 6174delT founder variants; cascade testing for siblings and daughters ([[N|Noa]], 15; [[N|Talia]], 12).
Results ~3 wk; will call pt at [[PH|718-555-0105]].
- [[N|Yehudit Klein-Sasson]], MS, CGC
""",
)

note(
    "b4-47",
    "Tevita Fifita",
    """
Clinical Nutrition Assessment     [[D|09.03.2024]]
Pt: [[N|Tevita Fifita]], 58M, rm 944, admitted w/ DKA (A1c 13.1%). Prior DKA [[D|Mar 2022]] at Kaiser Harbor City.
Ht 180 cm, wt 131 kg, BMI 40.4. Wt stable per pt. Diet hx: works nights at the port in [[C|Long Beach]]; mostly takeout, 2-3 L regular soda/day. Family meals on Sundays after church (lu pulu, taro, pineapple). Wife [[N|Losana]] does grocery shopping.
NFPE: no muscle/fat wasting.
Needs: 2000-2200 kcal/d (MSJ x 1.0), 100-120 g protein.
Dx: food- and nutrition-related knowledge deficit r/t new insulin regimen aeb pt report.
Plan: carb-consistent diet, education w/ pt + wife using Tongan food list; DSMES f/u [[D|9/10]].
RD: [[N|Ngaire Te Whata]]
""",
)

note(
    "b4-48",
    "Józef Wiśniewski",
    """
SLP - Bedside Swallow Evaluation
Date: [[D|5/13/2024]]  10:20   Pt: [[N|Józef Wiśniewski]], age [[A|97]]   MRN [[MRN|1127764]]   Rm 3218
Referred by Dr. [[N|Kamara]] for coughing with meals after R MCA stroke ([[D|5/11]]).
Oral mech: L facial droop, reduced lingual ROM, upper denture only. Wet voice after thin liquids.
Trials: ice chips WFL; thin via cup - immediate cough x3; nectar-thick via tsp - delayed cough; puree WFL. 3-oz water test: fail.
Impression: moderate oropharyngeal dysphagia, high aspiration risk.
Rec: NPO except meds crushed in puree; MBSS [[D|5/14]] AM; HOB >30°; oral care TID.
Granddaughter [[N|Agnieszka]] (speaks Polish with pt) asks for updates at [[PH|773-555-0193]].
[[N|Lauren Okwuosa]], MS, CCC-SLP
""",
)

note(
    "b4-49",
    "Liam Halvorsen-Nakamura",
    """
RT NOTE 0415 [[D|03/02/24]]  PT: [[N|HALVORSEN-NAKAMURA, LIAM]]  MRN [[MRN|9204166]]  RM 4 PICU BED 7
2Y M, RSV BRONCHIOLITIS. HFNC 16 LPM (1.5 L/KG/MIN), FIO2 40%. RR 58, SPO2 95%. MOD SUBCOSTAL RETRACTIONS. NASAL SXN X2, COPIOUS THICK SECRETIONS.
WT 10.2 KG. HR 164. TEMP 38.4.
MOM ([[N|KEIKO]]) AT BEDSIDE, UPDATED. DAD ([[N|ERIK]]) CALLED FROM WORK, WILL COME AFTER SHIFT.
PLAN: CONT HFNC, WEAN FIO2 AS TOL, SXN Q2-3H PRN, REASSESS 0800. RSV PANEL SENT [[D|3/1]].
RT: [[N|D. OKEKE-HOLM]]  PGR [[PH|555-0162]]
""",
)

note(
    "b4-50",
    "Omar Faruk Haddad-Siddiqui",
    """
POLYSOMNOGRAPHY REPORT - split-night
Study: night of [[D|2/14/2024]] ([[D|Valentine's night]])   Pt: [[N|Omar Faruk Haddad-Siddiqui]]   DOB [[D|10/10/1971]]   MRN [[MRN|5520471]]
Referring: Dr. [[N|Priscilla Nwankwo-Ellis]]
Diagnostic (2 h 50 min TST): AHI 48/h, supine AHI 71/h, nadir SpO2 78%, ODI 44.
Titration: CPAP 5 -> 12 cm H2O; at 11 cm, AHI 3/h incl. REM supine. Mask: ResMed AirFit F20 medium.
Impression: severe OSA, effectively treated with CPAP 11 cm H2O.
DME order to Apria; home CPAP (ResMed AirSense 11, SN [[DEV|23182045617]]) to be set to 11; portal login [[EM|faruk.haddad71@examplemail.com]].
Interpreting: [[N|Ludmila Horvátová]], MD, D.ABSM
""",
)

note(
    "b4-51",
    "Marisol Betancourt-Vega",
    """
EMPLOYEE HEALTH - Blood/body fluid exposure
Employee: [[N|Marisol Betancourt-Vega]], RN (badge #[[ID|E-300418]], 7 North)   Exposure: [[D|11/22/2023]] (day before [[D|Thanksgiving]]) 19:40
Injury: percutaneous, 25g SC needle after heparin inj; gloved. Device: BD SafetyGlide (safety not activated).
Source pt MRN [[MRN|7716290]] (consented): HIV Ag/Ab neg, HBsAg neg, HCV Ab neg (resulted [[D|11/22]] 23:10).
Employee: HBsAb 142 (immune), baseline HIV/HCV drawn.
PEP: not indicated.
F/u: none required; educated. OSHA 300 log entry made.
Manager notified: [[N|Dominic Szabo]]. Employee cell [[PH|585-555-0110]].
Seen by: Dr. [[N|Agata Rossi-Lombardi]], Occupational Medicine
""",
)

note(
    "b4-52",
    "Priya Balasubramanian",
    """
UC visit  [[D|sun 10/27/24]]  11:05
34 y/o F, [[N|Priya Balasubramanian]], c/o dysuria/freq x2d, no fever/flank pain. LMP [[D|10/12]]. UPT neg. UA: LE 2+, nitrite +, blood trace.
Dx: acute uncomplicated cystitis. Rx nitrofurantoin 100 mg BID x5d to Walgreens (pt confirmed). Allergies: sulfa (rash).
Return if fever, back pain, vomiting.
Pt works at Fred Hutch, requests work note for [[D|Mon 10/28]]. Given.
Visiting from [[C|Bellevue]]; home PCP Dr. [[N|Ahn]] at Overlake.
ph [[PH|425-555-0124]]
Scribe: [[N|hwinters]] for [[N|T. Oyelaran-Schmidt]], PA-C
""",
)

note(
    "b4-53",
    "Chukwudi Obiora",
    """
Sexual Health Clinic - partner notification
Index pt: [[N|Chukwudi]] "[[N|Chuks]]" [[N|Obiora]]   Clinic ID [[MRN|SH-09184]]   DOB [[D|5/19/1999]]
Dx: early latent syphilis (RPR 1:32, TP-PA +) on [[D|3/6/24]]; Bicillin L-A 2.4 MU IM x1 same day.
Partners (6 mo): (1) [[N|Kelechi]], ph [[PH|410-555-0153]], last contact ~[[D|Jan 20]]; (2) app contact, handle "[[N|bmore_runner88]]" - referred to DIS.
Pt consented to provider referral for partner 1.
Repeat RPR at 6 mo (~[[D|Sept 6]]). HIV neg; PrEP offered, Descovy Rx sent.
Lives in [[C|Station North]], [[C|Baltimore]].
DIS: [[N|Latrice Van Buren]]   Clinician: Dr. [[N|Henrik Aasland]]
""",
)

note(
    "b4-54",
    "Lucinda Whitehorse-Ramírez",
    """
ADDENDUM - [[D|10/15/2023]] 08:12 (to CT chest [[D|10/14/2023]])
Outside comparison (PET/CT [[D|3/2/2022]], Northstar Imaging, [[C|St. Paul]]) now available via image exchange for pt [[N|Lucinda Whitehorse-Ramírez]] (MRN [[MRN|77-0451-3]]). The 1.6 cm LLL nodule has grown to 2.1 cm; SUVmax then 3.8.
Revised impression: enlarging LLL nodule, highly suspicious. Recommend tissue sampling.
Dr. [[N|Chidera Nwachukwu]] (pulm) informed by secure chat 08:20; she will contact pt's partner [[N|Jo]] at [[PH|651-555-0188]] as pt is hard of hearing.
- [[N|Finn O'Shaughnessy]], MD
""",
)

note(
    "b4-55",
    "Beatrix Lundqvist-Ahmadi",
    """
TRANSFER CENTER LOG    [[D|Sat 12/30/2023]] 23:18
Sending: Clearwater Valley Hospital, [[C|Orofino]] ID - Dr. [[N|Makepeace]] (ED), callback [[PH|208-555-0135]]
Pt: [[N|Beatrix]] "[[N|Trixie]]" [[N|Lundqvist-Ahmadi]], 45F, MRN (sending) [[MRN|CVH-11820]]
SAH, Hunt-Hess 2, Fisher 3; CTA 7 mm ACOM aneurysm. GCS 14. BP controlled on nicardipine.
Accepted by Dr. [[N|Oren Tal]] (neurosurgery) 23:31. Bed: Neuro ICU 12.
Transport: Life Flight fixed-wing from [[C|Lewiston]] (tail [[VEH|N517LF]]), ETA 01:45 [[D|12/31]].
Husband [[N|Ragnar]] driving from [[C|Orofino]]; cell [[PH|208-555-0136]].
Call taken by: RN [[N|apham]]
""",
)

note(
    "b4-56",
    "Nomvula Khumalo-Petersen",
    """
Travel Medicine Visit - [[D|4/2/2024]]
Travelers: [[N|Nomvula Khumalo-Petersen]], 33F, and infant daughter [[N|Lwazi]] (9 mo), MRN [[MRN|6608315]] / [[MRN|6608316]]
Itinerary: depart JFK [[D|Apr 19]] -> [[C|Johannesburg]], then [[C|Durban]] and rural KwaZulu-Natal (grandmother's homestead near [[C|Eshowe]]), return ~[[D|May 24]].
Vaccines today: Typhoid Vi (mom), Hep A #2 (mom), MMR early dose (infant), influenza.
Malaria: atovaquone-proguanil for mom; infant weight-based (pediatric tabs 62.5/25 mg, 1/2 tab daily).
Yellow fever: not required for South Africa.
Counseled: food/water, insects, rabies exposure, travel insurance.
Summary emailed to [[EM|nomvula.kp@examplemail.co.za]].
- Travel RN [[N|Soledad Arriagada]]
""",
)

note(
    "b4-57",
    "Efraín Colón Rivera",
    """
Wound Clinic   visit 6 of 12    [[D|08-Aug-2024]]
Pt: [[N|Efraín Colón Rivera]]   MRN [[MRN|4310987]]   67M   DM2, PAD (ABI 0.62 R)
Wound: R plantar 1st MTH neuropathic ulcer, Wagner 2. 2.4 x 1.9 x 0.5 cm (prev 3.1 x 2.2 x 0.7 on [[D|7/25]]). 80% granulation, 20% slough. No probe to bone. Sharp debridement w/ #15 blade, 4.1 cm2.
Offloading: TCC applied (cast #3). Pt admits removing it at brother [[N|Wilfredo]]'s bodega in [[C|Hunts Point]] on weekends.
HbA1c 8.9. Vascular (Dr. [[N|Adjei-Mensah]]) angio planned [[D|8/19]].
Visiting Nurse Service dressing changes MWF. Niece [[N|Yamilet]] ([[PH|646-555-0178]]) helps with transport.
- [[N|Aurelio Quintanilla]], DPM
""",
)

note(
    "b4-58",
    "Chen Mei-Ling",
    """
PALLIATIVE CARE CONSULT
Ms. [[N|Chen Mei-Ling]] ([[N|陈美玲]]) is a [[A|90]]-year-old woman with metastatic gastric cancer admitted [[D|1/2/2024]] after a fall on [[D|New Year's Day]]. She was diagnosed in [[D|August 2023]] in [[C|Taipei]] while visiting her sister, [[N|Chen Mei-Hua]], and returned to her home in [[C|Flushing]] for treatment. Her son, Dr. [[N|Kevin Lau]] (a dentist in [[C|Fort Lee]]), is her health care proxy.
She hopes to be home for [[D|Lunar New Year]] ([[D|Feb 10]]) to see her great-grandchildren. Pain 6/10 epigastric, on oxycodone 5 mg q4h prn using 4-5 doses/day.
Recs: start methadone 2.5 mg BID; senna-docusate; hospice discussion at family meeting [[D|Thursday 1/4]] at 3 pm.
[[N|Ingeborg Falkenrath]], MD, Palliative Medicine
""",
)

note(
    "b4-59",
    "Giuseppe Lo Bianco",
    """
NEUROLOGY CONSULT   [[D|05 Jan 2024]]
Requested by Dr. [[N|Ayodele Ogunleye]] for tremor and falls.
Pt: [[N|Giuseppe]] "[[N|Pino]]" [[N|Lo Bianco]], 79M, retired baker from [[C|Bensonhurst]], with wife [[N|Carmela]].
HPI: 3-yr R resting tremor, shuffling gait; 2 falls since [[D|Christmas]]. On carbidopa-levodopa 25/100 TID since 2022 per outside neurologist (Dr. [[N|Anand]], [[C|Staten Island]]); no dose change since.
Exam: hypomimia, R > L rigidity with cogwheeling, bradykinesia, + pull test (3 steps). No Babinski. MoCA 25/30. Orthostatic: 138/80 -> 104/66.
Imp: idiopathic Parkinson disease (H&Y 3), orthostatic hypotension; r/o Lewy body dementia.
Plan: increase C/L to 1.5 tab TID, droxidopa trial, PT (LSVT BIG).
- [[N|Seraphina Adomako-Lindgren]], MD
""",
)

note(
    "b4-60",
    "Wiremu Ngata",
    """
Portal message (proxy access) - sent [[D|Sunday, October 6, 2024]] 11:52 PM
From: [[N|Aroha Ngata-Blackwell]] (proxy for father, [[N|Wiremu Ngata]], MRN [[MRN|8120554]])
Kia ora - Dad's temp was 38.3 tonight (100.9F) and he's shivery. He had chemo on [[D|Thursday]]. Should we go to the ED at Swedish or wait? His port site looks a bit red. He lives with me now at [[ADDR|2714 NE 62nd St]], [[C|Seattle]] [[Z|98115]]. My number is [[PH|206-555-0197]], or my brother [[N|Hemi]] at [[PH|206-555-0198]].
We post updates for whanau in Aotearoa at [[URL|https://www.caringbridge.org/site/wiremu-ngata-journey]] in case you see that.
Thanks, [[N|Aroha]]
""",
)

# --------------------------------------------------------------------------


if __name__ == "__main__":
    write(OUT, NOTES)
