#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_dev6.jsonl.

Development set 6: names in hard places.  The sixty notes put personal names
where a de-identifier is least comfortable: lower-case patient messages and
secure-chat lines, ALL-CAPS registration headers and labels in "LAST, FIRST
MIDDLE" and "LAST,FIRST" order, initials standing for people, audit-trail
log-in names, e-signature and cosign lines, rosters, visitor logs, sign-out
tables and pedigrees, names that are also ordinary words, weekdays, holidays,
drugs or eponyms, hyphenated and particle surnames, names split across line
breaks, possessives, quoted nicknames, and names from Vietnamese, Korean,
Chinese, Japanese, Indian, Arabic, Yoruba, Igbo, Somali, Hmong, Pacific
Islander, Native American, Eastern European and other traditions, with and
without diacritics.  Around them sit many unmarked tempters: eponyms, drug and
device brands, facility and company names built from people's names,
celebrities, unit and team names, scores, doses and room numbers.  All people,
numbers and places are fictional; phone numbers use the 555-01xx range.

Annotation conventions (HIPAA Safe Harbor):
* NAME covers patients, family, friends, caregivers and staff, including
  nicknames, names in any case, initials used for a person, log-in names and
  online handles.  Titles, honorifics (Dr., Sra., -san, -ji, anh, Kaumatua)
  and credentials stay outside the span, as does a handle's "@".  Kinship
  words (Lola, Tita, Ah Ma), pets, celebrities, eponyms and names inside
  facility or company names are not marked.
* DATE covers every date element finer than a year: full or partial dates,
  month+year, a lone month, and a weekday or holiday that dates an event.
  Bare years, times, durations, recurring schedules and ages under 90 are not
  marked.  AGE marks only ages over 89 (the number alone).
* PHONE / FAX mark the whole number with any extension; EMAIL, URL (links that
  carry personal or record identifiers) and IP as written.
* SSN, MRN, HEALTH_PLAN (member, Medicare/Medicaid and group numbers),
  ACCOUNT (billing and encounter accounts), LICENSE (driver's, professional,
  DEA, CDL), VEHICLE (plates, VINs, aircraft tail numbers), DEVICE (serial
  numbers of implants and equipment) and ID (any other identifying number:
  case, claim, accession, badge, NPI, study subject, passport, interpreter).
* ADDRESS is the street part (number, street, unit, PO box); CITY covers
  cities, towns and neighbourhoods; ZIP covers ZIP and foreign postal codes.
  States and countries are not marked.
* Facility, agency and company names, drugs, device models, lot numbers,
  scores, lab values, room and bed numbers and bare years stay unmarked.

Stdlib only.  Run: python bench/data/make_deid_dev6.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_dev6.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "d6-01",
    "Chidi A. Okonkwo",
    """
ED TRIAGE NOTE                                   BAY 14
PT NAME: [[N|OKONKWO, CHIDI A]]          MRN: [[MRN|E004417829]]
DOB: [[D|07/22/1961]]   SEX: M   ARRIVED: [[D|03/02/2024]] 0247 via EMS (Medic 12)
ADDR: [[ADDR|2290 CANDLER RD APT 6]], [[C|DECATUR]] GA [[Z|30032]]
EMERG CONTACT: [[N|NGOZI OKONKWO]] (WIFE)  [[PH|404-555-0172]]

CC: "my chest is squeezing me"
Triage RN [[N|tbeauchamp]]: diaphoretic, BP 188/104, HR 112, SpO2 94% RA. Pain 8/10 substernal -> L arm x 40 min. Hx HTN, DM2 on Jardiance + Ozempic, denies Viagra/Cialis use. ESI 2. EKG handed to Dr. [[N|Lindqvist]] 0251, no STEMI per his read. Trop/BMP sent. Zoll pads on. Wife states [[N|Chidi]] "never complains" - took 2 ASA at home.
""",
)

note(
    "d6-02",
    "Tran Van Hung",
    """
Patient portal message
From: [[N|linh tran]] (proxy for [[N|TRAN VAN HUNG]])
Sent: [[D|Tue 02/13/2024]] 9:42 PM
Subject: dad's sugar

hi dr [[N|pham]], this is [[N|linh]], [[N|hung]]'s daughter. my dad ([[N|Trần Văn Hùng]]) sugars were 310 and 288 after dinner since [[D|tết]], lots of bánh chưng lol. he takes the lantus 22 units but forgot metformin 2 days bc he was at the temple [[D|sunday]]. should we come in or just call? my cell is [[PH|(714) 555-0139]] or email [[EM|linh.tran.ocfam@examplemail.com]]. we moved, new address is [[ADDR|8841 bolsa ave #12]], [[C|westminster]] [[Z|92683]]. thank you!!
- [[N|linh]]
""",
)

note(
    "d6-03",
    "Anais Delacroix-Mbeki",
    """
Privacy Office - access audit extract (case [[ID|PRV-2024-0613]])
Patient: [[N|DELACROIX-MBEKI, ANAÏS]]   MRN [[MRN|88231047]]
Reviewer: [[N|r.okafor]] (privacy analyst)

timestamp         user         role  action        workstation
[[D|2024-05-28]] 07:14  [[N|jsmith3]]      RN    chart open    [[IP|10.41.8.122]]
[[D|2024-05-28]] 11:02  [[N|RN_kwong]]     RN    MAR update    [[IP|10.41.9.37]]
[[D|2024-05-29]] 23:48  [[N|mdelacroix]]   PCT   BTG override  [[IP|172.16.220.5]]
[[D|2024-05-30]] 00:03  [[N|mdelacroix]]   PCT   demographics  [[IP|172.16.220.5]]

Finding: user [[N|mdelacroix]] ([[N|Marcel Delacroix]], badge [[ID|44719]]) shares a surname with the patient and is not on the 6 West care team. BTG reason typed: "family". Referred to HR per policy HIPAA-07; unit manager notified.
""",
)

note(
    "d6-04",
    "Roster (MICU)",
    """
MICU TEAM ROSTER - week of [[D|Jan 8]]      (posted at Pod C station)

Attending ......... [[N|Rosalind Achterberg]], MD
Fellow ............ [[N|Kwabena Osei-Bonsu]], MD
Residents ......... [[N|Nguyen, Bao-Chau]] (PGY2); [[N|Ibrahim al-Sayegh]] (PGY1)
Charge RN days .... [[N|Marisol Ybarra-Ruiz]]
Charge RN nights .. [[N|Teodor Bălan]]
Pharmacist ........ [[N|Hyun-woo Shin]], PharmD
RT ................ [[N|Desmond]] "[[N|Bones]]" [[N|McCafferty]], RRT
SW ................ [[N|Precious Mthembu]], LICSW

Reminders: Swan-Ganz setups go through [[N|Hyun-woo]]. Proning team = RT + 4 (Vocera group "MICU Prone"). Braden <12 -> wound RN consult. Bed 9 visitors limited to wife per [[N|Achterberg]]. Cooper's Hawk dinner for [[N|Bones]]' retirement moved to [[D|Friday the 19th]].
""",
)

note(
    "d6-05",
    "Ingrid Halvorsen",
    """
CEDAR HOUSE HOSPICE - VISITOR SIGN-IN      Rm 3: [[N|HALVORSEN, INGRID]] ([[A|96]])

Date   In    Out   Visitor (print)          Relation    Phone
[[D|10/12]]  1405  1630  [[N|Sigrid Halvorsen-Pak]]     daughter    [[PH|651-555-0118]]
[[D|10/13]]  0930  1100  fr. [[N|tomasz]]               clergy      --
[[D|10/13]]  1900  2215  "[[N|Birdie]]" [[N|Lund]]            friend      [[PH|651-555-0166]]
[[D|10/14]]  0800  --    [[N|SIGRID H-P]]               daughter    stayed overnight

RN note: per family, [[N|Ingrid]] prefers "[[N|Inky]]". POLST/DNR on chart. Lorazepam SL PRN, morphine 5 mg SL q2h PRN. Therapy dog Jojo visited [[D|10/14]], calmed her, HR 88.
""",
)

note(
    "d6-06",
    "Miriam Zelikovsky-Haas",
    """
CANCER GENETICS - PEDIGREE SUMMARY
Proband: [[N|Miriam Zelikovsky-Haas]] (II-3), DOB [[D|2/9/1979]], MRN [[MRN|4410-22987]]

Generation I
  I-1 [[N|Avrohom Zelikovsky]], d. [[A|91]] (prostate ca at 78)
  I-2 [[N|Chaya Zelikovsky]] nee [[N|Rubinstein]], ovarian ca dx 58, d. 61
Generation II
  II-1 [[N|Leib]] "[[N|Lenny]]" [[N|Zelikovsky]], pancreatic ca 66, living
  II-2 [[N|Dvora Haas]] (sister-in-law, not a blood relative)
  II-3 proband - L breast ca dx [[D|Aug 2023]], triple negative
Generation III
  III-1 [[N|Noa]] (daughter, 19); III-2 [[N|Eli]] (son, 16)

Ashkenazi ancestry on both sides. Huntington disease in a paternal cousin (not on panel). No prior BRCA testing. Plan: 84-gene panel (Invitae), saliva kit; GINA discussed.
""",
)

note(
    "d6-07",
    "Benedict T. Ward",
    """
DISCHARGE SUMMARY
Patient: [[N|Ward, Benedict T.]]   Acct [[ACCT|ENC-70023418]]   Adm [[D|04/03/24]]   D/C [[D|04/09/24]]

Hospital course: 68M with RLL CAP. Ceftriaxone/azithro, to Augmentin [[D|4/6]]. Brief delirium overnight [[D|4/5]], managed without Haldol. Moved from step-down to the ward on HD3. Mr. [[N|Ward]] ambulating with PT by discharge, Morse 35.
Follow-up: PCP Dr. [[N|Ileana Mărculescu]] in 1 wk; CXR in 6 wks.

Dictated by: [[N|Jonah Feldstein-Oyelaran]], PA-C   [[D|04/09/2024]] 14:22
Electronically signed: /es/ [[N|J. Feldstein-Oyelaran]], PA-C
Cosigned: /es/ [[N|Priyanka Venkataraman]], MD   [[D|04/10/2024]] 08:03
"I saw and evaluated the patient on the day of discharge and agree with the above."
cc: Mercy Community Health Center
""",
    allow=("Ward",),
)

note(
    "d6-08",
    "Nou Her",
    """
Family Medicine visit - interpreter [[N|Chue Thao]] (Hmong, in person)
Pt: [[N|Nou Her]], 58F, with husband [[N|Xeng Vang]] and daughter [[N|Pa Kou Vang]].

S: Husband describes 2 episodes of her falling and shaking since [[D|Hmong New Year]]; family calls it "qaug dab peg". She also has R knee pain and has been using herbal wraps from a txiv neeb in [[C|Frogtown]]. Declines blood draw today; agrees to EEG.
O: BP 132/78. Neuro nonfocal. Knee: crepitus, no effusion. McMurray neg.
A/P: 1. Possible seizures - EEG, hold Keppra pending result, no driving. 2. Knee OA - Voltaren gel.
Mrs. [[N|Her]] will return with [[N|Pa Kou]] on [[D|Friday]]. Best contact is [[N|Pa Kou]]: [[PH|651-555-0127]]. Home: [[ADDR|912 Edmund Ave]], [[C|Saint Paul]] [[Z|55104]].
""",
    allow=("Her",),
)

note(
    "d6-09",
    "Kim Soon-ja",
    """
GERIATRICS CONSULT
[[N|Kim Soon-ja]] ([[N|김순자]]), [[A|94]] y/o F, referred by Dr. [[N|Jung]] for falls.
Lives with son [[N|Park Jae-hyun]] ("[[N|Jason]]") and daughter-in-law [[N|Lee Mi-kyung]] at [[ADDR|3310 W 6th St Unit 1207]], [[C|Koreatown]], [[C|Los Angeles]] [[Z|90020]].

HPI: 3 falls since [[D|Chuseok]], all at night going to the bathroom. Still walks to the park daily. Timed Up and Go 19 s. Orthostatic drop 24 mmHg.
Meds: amlodipine 10, donepezil (Aricept) 10, Tylenol PM nightly (!), ginseng.
Assessment: falls - orthostasis + diphenhydramine; MoCA 17/30.
Plan: stop Tylenol PM, amlodipine to 5, night light, PT home eval.
[[N|Soon-ja]]-nim's son asks for Korean-language handouts.
""",
    allow=("Park",),
)

note(
    "d6-10",
    "Yoko Watanabe",
    """
Referral letter (translated from Japanese)
From: Dr. [[N|Haruto Tanaka]], Dept. of Neurology, Sakura Municipal Hospital
Date: [[D|15/06/2024]]
Re: Ms. [[N|WATANABE Yoko]] (渡辺 陽子), born [[D|03.11.1952]], our ID [[ID|JP-0087731]]

Dear colleague,
Thank you for accepting [[N|Watanabe]]-san, who moves to [[C|Honolulu]] to live with her daughter [[N|Emi Watanabe-Kealoha]] from [[D|1 July]]. She has had Parkinson's disease since 2016 (Hoehn and Yahr 2.5) on levodopa/carbidopa 100/25 TID and rasagiline. DaTscan abnormal. Last MMSE 27/30. Please contact her daughter at [[EM|emi.kealoha@examplemail.com]] or [[PH|808-555-0154]].

Yours sincerely,
[[N|Tanaka Haruto]] (田中 陽翔)
""",
)

note(
    "d6-11",
    "Gurpreet Kaur Dhillon",
    """
Cardiology clinic - new HF visit
Pt: Mrs. [[N|Gurpreet Kaur Dhillon]], 66F, with husband Sardar [[N|Harjinder Singh Dhillon]] and son [[N|Amanpreet]] ("[[N|Aman]]").
Punjabi interpreter by phone, ID #[[ID|217704]].

HPI: exertional dyspnea since [[D|Diwali]] (was cooking for 3 days). NYHA II. Echo [[D|9 Dec]]: EF 35%, mod MR.
Plan: start Entresto 24/26 BID and Farxiga 10; continue metoprolol succinate. Her brother-in-law Dr. [[N|Rajesh Venkataraman Iyer]] (cardiologist in [[C|Chennai]]) asked by WhatsApp whether sacubitril is different from Entresto - explained it is the same drug.
Neighbour [[N|Sharma]]-ji drives her to visits. [[N|Aman]]: [[PH|408-555-0114]].
""",
)

note(
    "d6-12",
    "Abdullah bin Khalid al-Rashid",
    """
Inpatient progress note - HD 4
Pt: [[N|Abdullah bin Khalid al-Rashid]] (MRN [[MRN|30027719]]), 77M
At bedside: son [[N|Khalid Abdullah Al-Rashid]] ("Abu [[N|Faisal]]"), daughter [[N|Fatima Al-Zahra Hussein]].

S: Admitted the day after [[D|Eid al-Fitr]] with DKA after heavy sweets. Feels better, eating.
O: AG closed, glucose 140-210. K 4.1.
A/P: DKA resolved; glargine 18 u + lispro SSI. Endo (Dr. [[N|Mansour]]) to see. Sheikh [[N|Yusuf Haddad]], volunteer imam, visited [[D|Friday]] after Jumu'ah prayers.
Son asks that updates go through him: [[PH|313-555-0181]]. Home: [[ADDR|6120 Schaefer Rd]], [[C|Dearborn]] MI [[Z|48126]].
""",
)

note(
    "d6-13",
    "Sunday Adebayo Ogunleye",
    """
ED PROVIDER NOTE
Pt [[N|Sunday Adebayo Ogunleye]], 52M, BIBA after syncope at church on [[D|Sunday]] morning ([[D|9/8]]).
MRN [[MRN|1029-4471]]. Ins: Peach State Health Plan [[HP|PSH7710249]].
With wife Chief (Mrs.) [[N|Adunni Ogunleye]] and family friend [[N|Bisi]] (everyone calls her Mama [[N|Tunde]]).

HPI: stood up after a long service, felt hot, LOC ~20 s, no seizure activity. Hx HTN on amlodipine + HCTZ; last seen by Dr. [[N|Oluwaseun Adeyemi]] at Grady.
Exam: GCS 15, Romberg neg, no focal deficit. Orthostatic +.
Neighbour Alhaja [[N|Kudirat Bello]] brought his pill bottles.
Plan: tele, echo, hold HCTZ. Wife: [[PH|770-555-0128]].
""",
)

note(
    "d6-14",
    "Faadumo Cabdi Warsame",
    """
Refugee Health Intake
Pt: [[N|Faadumo Cabdi Warsame]] (I-94 spelling: [[N|Fadumo Abdi Warsame]]), 34F
A-number [[ID|A-209-447-318]]
Arrived [[C|Columbus]] [[D|10/9/2023]] ([[D|Columbus Day]]). Resettlement caseworker [[N|Hodan Jaamac]] (CRIS) present.

Household: husband [[N|Maxamed Nuur Ciise]]; children [[N|Xamdi Maxamed]] (9) and [[N|Cabdiraxmaan Maxamed]] (6).
Hx: 6 yrs in [[C|Kakuma]] camp, Kenya. G5P3. No FGC complications reported.
Screening: QuantiFERON neg, HBsAg neg, Strongyloides IgG pending, Hgb 10.1.
Plan: ferrous sulfate, catch-up vaccines per CDC, dental. Somali interpreter preferred, female.
Phone: [[PH|614-555-0145]]. Address: [[ADDR|5540 Cleveland Ave Apt C]], [[Z|43231]].
""",
)

note(
    "d6-15",
    "Siosaia Taufa",
    """
Pediatric asthma follow-up
Pt: [[N|Siosaia Taufa]] ("[[N|Sai]]"), 9M, with mother [[N|Mele Fifita-Taufa]] and grandmother [[N|ʻAna Vaipulu]].
Medicaid (QUEST) [[HP|QX00472291]]

Interval: 2 ED visits since [[D|Thanksgiving]]; school nurse [[N|Fa'amoana Leota]] sent a note about inhaler use before PE. Uses Flovent HFA 44 2 puffs BID "most days". ACT 17.
Exam: scattered wheeze, no retractions. Peak flow 62% predicted.
Plan: step up to Advair HFA 45/21, add spacer, asthma action plan in Tongan. Refer to Dr. [[N|Kealoha Kahananui]] (pulm).
Home: [[ADDR|94-1021 Waipahu St]], [[C|Waipahu]] HI [[Z|96797]]. Mom cell [[PH|808-555-0133]].
""",
)

note(
    "d6-16",
    "Darlene R. Yazzie",
    """
DIABETES CLINIC - Red Mesa Health Center
[[N|YAZZIE, DARLENE R]]   Chart # [[MRN|IHS-0044172]]   DOB [[D|12 Apr 1958]]
Lives outside [[C|Many Farms]]; no home phone, messages via chapter house or grandson [[N|Tyler Begay]] [[PH|928-555-0109]].

Here with her sister [[N|Loretta Iron Shell]] (visiting). CHR [[N|Wilson Tsosie]] does home visits on Tuesdays.
A1c 8.9 (was 9.6). Monofilament: absent L great toe. Retinal camera: mild NPDR.
Meds: metformin 1000 BID, Trulicity 1.5 weekly, lisinopril 20, ferrous sulfate (iron) 325 daily.
Plan: Trulicity to 3 mg, podiatry, recheck ferritin - iron studies [[D|Nov 2023]] low. [[N|Darlene]] prefers afternoon appts because of sheep. Next visit after the [[D|Fourth of July]] rodeo.
""",
    allow=("Iron",),
)

note(
    "d6-17",
    "Zbigniew Wojcik",
    """
*** FAX *** FAX *** FAX ***
To: Dr. [[N|Małgorzata]]
    [[N|Kowalczyk-Nowak]], Rheumatology          Fax: [[FX|773-555-0108]]
From: [[N|Dorota Zielińska]], RN, Lakeview Family Practice   Ph: [[PH|773-555-0177]]
Date: [[D|02/21/2025]]     Pages: 4

Re: [[N|WÓJCIK,
ZBIGNIEW]]   DOB [[D|1949-08-30]]
    (our old chart spells it "[[N|Wojcik]]" - same patient)

Attached: anti-CCP 212, RF 88, ESR 61. On MTX 15 mg weekly + folic acid; flare since [[D|Easter]]. Wife [[N|Halina]] calls daily. He asks whether he can start Humira before his trip to [[C|Kraków]] in [[D|June]].
Thank you - [[N|D.]]
[[N|Zielińska]]

CONFIDENTIALITY NOTICE: this fax may contain protected health information.
""",
)

note(
    "d6-18",
    "Hope Bush",
    """
HOME HEALTH AIDE SUPERVISORY VISIT          [[D|Mon 8/5]]
Client: [[N|Hope Bush]], 82F
HHA: [[N|Will Sterling]] (agency ID [[ID|HHA-55120]])
Supervising RN: [[N|Rose Cash]], RN
Present: client's niece [[N|Joy Young]]

[[N|Will]] arrives on time per client and niece. Client: "He's a good young man, I hope they keep him." Aide does bath and transfers with gait belt correctly. BP 142/80; BP rose to 156 after shower - reported to PCP. Skin intact, Braden 18. Client pays for groceries in cash; niece will set up delivery instead.
Plan: continue HHA 3x/wk. Ms. [[N|Young]] to call [[N|R. Cash]] at [[PH|803-555-0196]] with concerns. Next supervisory visit in [[D|October]].
""",
    allow=("Hope", "Will", "Rose", "Young", "Cash"),
)

note(
    "d6-19",
    "Desmond Parkinson",
    """
UROLOGY CONSULT
Pt: Mr. [[N|Desmond Parkinson]], 74M, MRN [[MRN|55017380]]
Requested by: Dr. [[N|Aoife Foley]] (hospitalist) - difficult Foley placement x2 by nursing.

HPI: Parkinson's disease since 2015 on Sinemet and Rytary; urinary retention since admission [[D|6/18]] (PVR 820). BPH on tamsulosin.
Exam: GCS 15, resting tremor, cogwheeling. Babinski downgoing. Prostate ~60 g, smooth.
Procedure: 16 Fr Coudé catheter placed on first attempt at bedside, 900 mL clear urine. Foley to remain 7 days; voiding trial with Dr. [[N|Foley]]'s team next week.
Wife ([[N|Edwina Parkinson]]) updated at bedside; she asked whether the disease "runs in the Parkinson family" - explained the name is coincidence.
-- [[N|Kwame Asante-Boateng]], MD, Urology, pager via operator
""",
    allow=("Parkinson", "Foley"),
)

note(
    "d6-20",
    "Guadalupe Gutierrez",
    """
Secure Chat - 4 West Med Team                          [[D|Thu 6/13]]
07:42 [[N|kbanerjee]]: is 412 ([[N|gutierrez]]) ok for her eliquis am dose? npo for egd w/ dr [[N|heinrich]]
07:44 [[N|ChinonsoO_MD]]: hold it. GI said no DOACs x48h. thx
07:45 [[N|kbanerjee]]: 👍 also her son [[N|beto]] wants a call back
07:51 [[N|ChinonsoO_MD]]: ok, after rounds. cc @[[N|sam.ruiz]] (SW) re dog / home situation
08:03 [[N|sam.ruiz]]: on it. she lives alone at [[ADDR|2411 Yandell Dr]], [[C|El Paso]] [[Z|79903]]; neighbor [[N|Lupita]] has a key + feeds the chihuahua
08:10 [[N|jwu2]]: fyi the Whipple in 418 goes to OR at 10, Dr. [[N|Heinrich]] scrubbing. can someone cover [[N|gutierrez]] vitals?
08:11 (seen)
""",
)

note(
    "d6-21",
    "Nguyen Thi Mai",
    """
REFILL REQUEST - WALGREENS #09112
PATIENT: [[N|NGUYEN,THI MAI]]     DOB: [[D|05/17/1944]]
ADDR: [[ADDR|1520 N HARBOR BLVD APT 214]] [[C|SANTA ANA]] CA [[Z|92703]]
PHONE: [[PH|714-555-0165]]
PRESCRIBER: [[N|PHAM,QUOC BAO]] MD   NPI [[ID|1093817264]]   DEA [[LIC|FP4472918]]

DRUG: ELIQUIS 5MG TAB   #60   SIG: 1 PO BID   LAST FILL [[D|08/02/24]]
DRUG: LIPITOR 40MG TAB  #30   SIG: 1 PO QHS   LAST FILL [[D|08/02/24]]
INSURANCE: CALOPTIMA MEDI-CAL   ID [[HP|92384711A]]   RXBIN 610494   PCN MCAIDADV

PHARMACIST: [[N|J. LEFEBVRE]] RPH   PH [[PH|714-555-0100]]   FAX [[FX|714-555-0101]]
PLEASE APPROVE / DENY AND FAX BACK.   [ ] APPROVED  REFILLS ___   [ ] DENIED
""",
)

note(
    "d6-22",
    "Tolulope Mbeki-Adeyinka",
    """
SPECIMEN LABEL / REQUISITION
ACC# [[ID|S25-004481]]     COLL [[D|01/07/2025]] 0615     RCVD 0702
[[N|MBEKI-ADEYINKA,TOLULOPE]]   F   DOB [[D|11/30/1990]]
MRN [[MRN|60081973]]   LOC: L&D TRIAGE RM 3
ORD: [[N|SCHWARTZ-DUBOIS,H]] MD     COLL BY: [[N|ltorres]]
TESTS: CBC, TYPE & SCREEN, RPR, HIV AG/AB, KLEIHAUER-BETKE

COMMENT: second tube labeled "[[N|TOLULOPE MBEKI]]" (maiden name). Identity confirmed with armband, two identifiers, by [[N|ltorres]]/[[N|kd]]. Pt Rh neg, s/p MVC; Kleihauer-Betke added per Dr. [[N|Schwartz-Dubois]]. RhoGAM 300 mcg to follow if KB negative. Blood bank notified 0710.
""",
)

note(
    "d6-23",
    "Babatunde Oyelaran",
    """
CT ABDOMEN/PELVIS WITH CONTRAST
Patient: [[N|Oyelaran, Babatunde]]   MRN: [[MRN|71104482]]   Exam date: [[D|February 3, 2025]]
Accession: [[ID|CT250203-0147]]
Ordering: [[N|Kimberly Ashby-Crane]], NP

HISTORY: RLQ pain, McBurney point tenderness, WBC 14.
TECHNIQUE: Axial images after 100 mL Omnipaque 350.
FINDINGS: Appendix dilated to 11 mm with periappendiceal fat stranding, no abscess. No Meckel diverticulum seen. Small left Bochdalek hernia. Liver: 6 mm hypodensity, likely cyst.
IMPRESSION: Acute uncomplicated appendicitis.
Called to [[N|K. Ashby-Crane]] by Dr. [[N|Lemaire]] at 14:12 on [[D|2/3/25]]; read-back confirmed.

Dictated: [[N|JL]] / Transcribed: [[N|km]]   [[D|02/03/2025]] 14:20
Electronically signed by [[N|Jacques Lemaire]], MD
""",
)

note(
    "d6-24",
    "Eamon P. Glasgow",
    """
OR 7 - SURGICAL SAFETY CHECKLIST (TIME-OUT)        [[D|Wed 3/12/25]]
Procedure: pylorus-preserving pancreaticoduodenectomy (Whipple)
Patient confirmed by name/DOB: [[N|GLASGOW, EAMON P.]] / [[D|6-14-1957]]

Surgeon ...... [[N|Whitfield-Ansah, K.]] MD
Anesthesia ... [[N|Bui, Thanh]] MD / CRNA [[N|Ostrowski]]
Circulator ... [[N|lmcgrath]] RN               Scrub .. CST on file
Equipment: Harmonic scalpel, LigaSure, Bookwalter retractor, Bair Hugger; Jackson-Pratt x2 planned.
Blood: 2 u PRBC available (T&S [[D|3/11]]). Cefazolin 2 g at 0742. SCDs on.
Allergy: PCN (rash). Consent signed by pt [[D|3/5]]. Mr. [[N|Glasgow]] stated his own name, DOB and procedure.
Time-out completed 0748, all agree. Recorded by: [[N|lmcgrath]]
""",
)

note(
    "d6-25",
    "Dariush Rahimi",
    """
SBAR handoff - 6 East - 1900
S: Bed 22, [[N|Rahimi, Dariush]], 72M POD2 R TKA. Pain 7/10. PCA d/c'd today per [[N|JR]] (ortho PA).
B: HTN, OSA on home CPAP (ResMed AirSense, his own machine). Pt's wife ([[N|M.K.]]) is POA; "[[N|Mahin]]" on whiteboard.
A: Hgb 8.9 from 10.4; d/w [[N|AB]] (night hospitalist, Dr. [[N|Anjali Bhatt]]) - no transfusion. Homans neg. Aquacel dressing dry/intact. CPM 0-70 x2 today.
R: oxycodone 5 q4h prn, Tylenol scheduled. AM CBC. [[N|Mahin]] calls ~2100, ok to update (code word verified). Morse 55, bed alarm on.
Given by: [[N|T. Nakashima]], RN  ->  received by: [[N|Olamide]], RN
""",
)

note(
    "d6-26",
    "Dwayne Holloway",
    """
SOCIAL WORK ASSESSMENT
Pt: [[N|Dwayne]] "[[N|D-Nice]]" [[N|Holloway]], 47M. Referred by ED RN [[N|Claudette Moreau]].

Living situation: sleeping in his 2009 Honda Odyssey (CA plate [[VEH|8FJW371]], VIN [[VEH|5FNRL38489B012774]]) since eviction from [[ADDR|455 Ellis St, Apt 507]] in [[D|October]]. Car has no working heat.
Supports: brother [[N|Marcus Holloway]] in [[C|Vallejo]] ([[PH|707-555-0146]]) may take him after d/c.
Documents: CA DL [[LIC|B4471903]] (expired); SSN card lost.
Plan: Medi-Cal application started (SSN [[SSN|900-44-0417]]), CalFresh, coordinated entry assessment; Navigation Center bed requested through [[N|Ray Ochoa]] (HSH outreach).
""",
)

note(
    "d6-27",
    "Jayceon Amari Whitlock",
    """
WELL CHILD - 2 MONTH        Visit: [[D|3/17/25]]
Pt: [[N|Jayceon Amari Whitlock]] ("[[N|Bubba]]"), DOB [[D|1/15/2025]]
Mom: [[N|Keyonna Whitlock]], 23. Dad: [[N|Devontae Pryor]] (not present). Maternal grandma [[N|Lorraine]] watches him.
Medicaid [[HP|GA-5510294873]]

Birth: SVD 39+2 wks at St. Luke's, Apgars 8 and 9, BW 3.2 kg. Passed hearing and CCHD. NBS normal.
Feeds: Enfamil Gentlease 4 oz q3h, 5-6 wet diapers. Wt 50th %ile.
Dev: social smile, coos, lifts head at tummy time.
Vaccines today: Vaxelis, Prevnar 20, RotaTeq, lot #s in MAR. Tylenol dosing card given.
Next: 4 mo visit [[D|May 19]]. Mom's new number [[PH|478-555-0138]].
""",
)

note(
    "d6-28",
    "Amber Hicks",
    """
OB TRIAGE NOTE
Pt [[N|Amber Hicks]], 27, G2P1 at 34w1d by 8-wk US (EDD [[D|6/26/2025]]). MRN [[MRN|903-47-1182]]
CC: "tightening" q8-10 min since 0300.

Exam: SVE 1/50/-3, Bishop score 3. NST reactive; toco irregular ctx q6-12 min. FFN negative. Leopold: vertex. UA: dark amber, SG 1.030, ketones 1+.
Impression: Braxton Hicks contractions with dehydration; no cervical change over 2 h.
Plan: IV LR 1 L, d/c home with precautions. Seen with CNM [[N|Evangeline Bishop]], who d/w Dr. [[N|Natarajan]].
Partner [[N|Cody Hicks]] at bedside; sister [[N|Brandi Oakes]] driving them home. F/u OB clinic [[D|Tuesday]].
""",
    allow=("Hicks", "Bishop", "Amber"),
)

note(
    "d6-29",
    "Saoirse Ni Bhriain",
    """
PSYCHIATRIC INTAKE - Campus Behavioral Health
ID: [[N|Saoirse Ní Bhriain]] (goes by "[[N|Sersh]]"), 19, sophomore, student ID [[ID|U01928374]]
Brought by roommate after 10 nights of 2-3 h sleep since [[D|Halloween]].

Posts on TikTok as @[[N|sersh.sleeps]] and has been DMing a stranger, @[[N|void_boi_99]], about "the signal". Believes Taylor Swift's lyrics carry messages for her. Spent $2,400 on a credit card.
MSE: pressured speech, flight of ideas, grandiose; denies SI/HI. No substances per UDS.
Dx: r/o bipolar I, current episode manic.
Plan: voluntary admit; lithium vs Depakote - discussed teratogenicity. Mother [[N|Deirdre Breen]] in [[C|Worcester]] ([[PH|508-555-0131]]) consented to be contacted.
""",
)

note(
    "d6-30",
    "Brianna Sowell",
    """
PUBLIC SAFETY INCIDENT REPORT   #[[ID|PS-24-01177]]
Date/time: [[D|Saturday, July 6, 2024]] 22:40    Location: ED waiting room
Reporting officer: Sgt. [[N|R. Dubois]], badge [[ID|B-2208]]

Involved: visitor [[N|Travis Kettleman]] (OH DL [[LIC|TK447120]]), boyfriend of pt [[N|Brianna Sowell]] (MRN [[MRN|5532107]]).
Narrative: [[N|Kettleman]] became verbally aggressive toward triage RN [[N|Pham]] and charge RN [[N|Maureen]] "[[N|Mo]]" [[N|Fitzgerald]]. Code Gray 22:44, cleared 23:05.
Vehicle: black Ram 1500, OH plate [[VEH|JKT 4471]], left in ambulance bay; towed by Harbor Towing.
[[C|Toledo]] PD responded. Trespass warning issued.
""",
)

note(
    "d6-31",
    "Teodora Vasilescu-Reyes",
    """
PRIOR AUTHORIZATION REQUEST - Dupixent (dupilumab) 300 mg q2wk
Reference # [[ID|PA-2024-99813]]
Member: [[N|Teodora Vasilescu-Reyes]]   DOB [[D|02/29/1996]]
Plan: Blue Cross Blue Shield PPO   Member ID [[HP|XEH884710392]]   Group [[HP|0077412]]
Prescriber: [[N|Amadou Diallo]], MD (Dermatology)   NPI [[ID|1548273609]]
Office contact: [[N|Renée Castellanos]]  [[PH|312-555-0149 ext 212]]   Fax [[FX|312-555-0150]]

Dx: L20.89 atopic dermatitis, severe. EASI 31, IGA 4, BSA 38%.
Tried/failed: triamcinolone 0.1% ([[D|Jan-Mar 2024]]); tacrolimus 0.1% ([[D|Apr 2024]]); cyclosporine 3 mg/kg ([[D|May-Aug 2024]], stopped for creatinine rise).
Attestation: I certify the above is accurate. /s/ [[N|A. Diallo]]
""",
)

note(
    "d6-32",
    "Hoang Minh Duc",
    """
DEVICE CLINIC - REMOTE TRANSMISSION REVIEW
Pt: [[N|HOANG, MINH DUC]]   MRN [[MRN|21884097]]   DOB [[D|10/02/1948]]
Device: Medtronic Azure XT DR MRI SureScan (W1DR01), SN [[DEV|RNB447201S]]
Leads: RA 5076 SN [[DEV|PJN8821077]]; RV 5076 SN [[DEV|PJN8821190]]

Transmission [[D|11/04/2024]]: battery 9.5 yr, AP 62%, VP <1%. Lead impedances stable. 3 AHRE episodes, longest 4 h 12 min on [[D|10/28]]. CHA2DS2-VASc 4; already on Eliquis 5 BID.
Routed to Dr. [[N|Szabó Ágnes]] (EP). Medtronic rep [[N|Brett Kowalski]] ([[PH|216-555-0115]]) aware. Daughter [[N|Hoang Thi Lan]] asked for results on the portal.
Reviewed by: [[N|cfrancois]] RN, CCDS
""",
)

note(
    "d6-33",
    "Bartholomew Kinsella",
    """
HOME HEALTH - START OF CARE
Pt: [[N|Bartholomew]] "[[N|Bart]]" [[N|Kinsella]], 79M. Medicare [[HP|7TR2-KP9-XW44]]
Address: [[ADDR|17 Quarry Hill Ln]], [[C|Montpelier]] VT [[Z|05602]]. White farmhouse past the covered bridge; gate code 4417#. Dog (Duke) friendly but jumps.

Lives with wife [[N|Marguerite]] (moderate dementia). Daughter [[N|Siobhan Kinsella-Roy]] ([[PH|802-555-0193]]) is HCP, lives 40 min away.
Wound: sacral stage 3, 3.1 x 2.4 x 0.5 cm, Mepilex Border, q3d. Braden 14.
Lifeline pendant tested ok.
PT eval scheduled with [[N|Hadley Voss]] [[D|Thursday]]. [[N|Bart]] wants to keep haying until [[D|Labor Day]] - counselled.
""",
)

note(
    "d6-34",
    "Cornelius van der Merwe",
    """
DEATH PRONOUNCEMENT NOTE
Called by RN [[N|Adaeze Nnaji]] at 03:12 on [[D|12/25/2024]] ([[D|Christmas]] morning).
Pt: [[N|Cornelius van der Merwe]], [[A|97]] y/o M, MRN [[MRN|40017728]], DNR/DNI, comfort care.

Exam: no spontaneous respirations, no heart or breath sounds over 1 min, pupils fixed and dilated, no response to sternal rub. Time of death 03:20.
Family: daughter [[N|Annelie van der Merwe-Smit]] present; son [[N|Pieter]] notified by phone at 03:35 ([[PH|206-555-0119]]).
ME not notified (expected death). Gift of Life referral # [[ID|GOL-241225-118]] - not a candidate. Autopsy declined. Funeral home: Rosewood Chapel.
Death certificate to attending Dr. [[N|Yusra Qureshi]].
-- [[N|Tobias Lindgren-Achebe]], MD (night float)
""",
)

note(
    "d6-35",
    "Remy J. Thibodeaux",
    """
TRANSFER CENTER LOG     Case [[ID|TC-2025-03318]]
Rec'd [[D|03/08/25]] 01:17 from Dr. [[N|Okwudili Eze]], Bayou Regional ED, [[C|Houma]] LA - callback [[PH|985-555-0124]]
Pt: [[N|Thibodeaux, Remy J.]], 58M, inferior STEMI s/p TNK 00:40, ongoing pain, ST not resolved.
Accepted by: Dr. [[N|Hallie Broussard]] (interventional) 01:24 - rescue PCI.
Transport: rotor wing, tail [[VEH|N427AM]], ETA 02:05.
Bed: CVICU 12 assigned by [[N|sgautreaux]]. Cath lab team paged 01:26.
Wife [[N|Claudette]] driving separately, cell [[PH|985-555-0161]]. Pt speaks Cajun French, English ok.
""",
)

note(
    "d6-36",
    "Ramon Echeverria Goikoetxea",
    """
OPHTHALMOLOGY - DRIVER VISION EXAM (DMV form)
Pt: [[N|Ramón Echeverría Goikoetxea]], [[A|91]] y/o M, DOB [[D|May 2, 1933]]
CA driver license [[LIC|E4471829]], renewal due [[D|5/2/25]].

VA (Snellen, best corrected): OD 20/40, OS 20/30, OU 20/30.
Fields: Humphrey 24-2 full OU; Goldmann not needed. Color: Ishihara 14/14.
Slit lamp: PCIOL OU. Fundus: dry AMD, few drusen OU.
Assessment: meets CA vision standard with correction; recommend no night driving.
Grandson drives him at night. Daughter [[N|Begoña Echeverría]] [[PH|559-555-0174]].
Examiner: [[N|Nadia Farouk-Levin]], MD   CA license [[LIC|A-77219]]   [[D|4/18/25]]
""",
)

note(
    "d6-37",
    "Chen Li-Hua",
    """
ENDOCRINOLOGY FOLLOW-UP
Pt: [[N|CHEN, LI-HUA]] ([[N|陳麗華]]), 63F. Registered in error as "[[N|LI HUA CHEN]]" and "[[N|Chen Lihua]]" - HIM merge ticket [[ID|HIM-88172]].
With daughter [[N|Chan Wing-yee]] ("[[N|Winnie]]"); grandson calls her Ah Ma.

Graves' disease dx [[D|Sept 2022]], on methimazole 10 mg. Not Hashimoto's - TRAb 6.2. TSH 0.02, FT4 2.1. Mild proptosis, no diplopia; CAS 2/7.
Plan: methimazole 15 mg, recheck TFTs 6 wks, ophtho referral. RAI discussed - prefers to wait until after [[D|Lunar New Year]].
Contact: [[N|Winnie]] [[PH|718-555-0147]]. Address: [[ADDR|41-27 Kissena Blvd Apt 5F]], [[C|Flushing]] NY [[Z|11355]].
""",
)

note(
    "d6-38",
    "Maria de la Luz Ramirez Ochoa",
    """
Podiatry / wound clinic
Pt: Sra. [[N|María de la Luz Ramírez Ochoa]] (Doña [[N|Lucha]]), 64F, MRN [[MRN|66029184]]
With husband Don [[N|Aurelio Peña Villarreal]] and son [[N|José Ángel Peña Ramírez]] ("[[N|Pepe]]").

S: "me duele el pie" - R foot swelling since [[D|Día de los Muertos]], after walking in the procession.
O: warm, erythematous midfoot, rocker-bottom deformity; temp diff 3.1 C. Monofilament absent. X-ray: Charcot neuroarthropathy, Eichenholtz stage I.
A/P: total contact cast, non-weight bearing, knee scooter. HbA1c 9.4 - Lantus up to 30 u. Recheck in 1 wk.
Son [[N|Pepe]]: [[PH|773-555-0157]]. Home: [[ADDR|1842 S Throop St]], [[C|Pilsen]], [[C|Chicago]] [[Z|60608]].
""",
)

note(
    "d6-39",
    "Johannes van den Broek",
    """
SLEEP MEDICINE CONSULT
Pt: [[N|Johannes]] "[[N|Hans]]" [[N|van den Broek]], 56M. Referred by Dr. [[N|Friederike von Hohenberg]].
Drives a box van for DeVries Freight; CDL [[LIC|WI-B4471-2290]]; DOT card expires [[D|8/31]].

PSG [[D|5/20/25]]: AHI 38, nadir SpO2 79%, Epworth 14. Mallampati IV, neck 18 in.
Plan: auto-CPAP 6-16 cm. ResMed AirSense 11, SN [[DEV|23181447290]], via Apria. Compliance download before DOT recert; no van driving if drowsy.
Wife [[N|Ineke]] reports loud snoring and witnessed apneas. Contact: [[EM|hans.vdbroek@examplemail.com]], [[PH|920-555-0186]].
""",
    allow=("van",),
)

note(
    "d6-40",
    "Cathal O'Sullivan-MacLeod",
    """
HOSPITALIST PROGRESS NOTE
Pt: [[N|Cathal O'Sullivan-MacLeod]], 81M, COPD exacerbation, HD 3. MRN [[MRN|38810472]]

S: Less dyspnea. Wants his 2 pints of Guinness - declined politely.
O: on 2 L NC, SpO2 92%. Scattered wheeze. Off BiPAP since [[D|Sat]].
A/P: prednisone day 3/5, azithro. Nebs to MDIs. Pulm rehab referral.
[[N|O'Sullivan-MacLeod]]'s daughter [[N|Niamh]] (HCP) asks about home O2; walk test today. She reports Dad's neighbour "[[N|Paddy]]" smokes near him.
Dr. [[N|Okafor]]'s team (pulm) to see re: Trelegy vs Breztri. Anesthesia airway note from [[D|1/4]]: Mac 3 blade, grade I view.
-- [[N|Eilidh MacKenzie]], MD
""",
)

note(
    "d6-41",
    "Jean-Luc Bouchard",
    """
STUDY HFA-301 (HF-ACCELERATE) - Site 014 Screening/Enrollment Log

Subj ID   Init   Screen date   Status                  Consent by
[[ID|014-0031]]  [[N|RKA]]    [[D|09-Jan-2025]]   randomized              [[N|mhollis]]
[[ID|014-0032]]  [[N|TNN]]    [[D|14-Jan-2025]]   screen fail (eGFR 22)   [[N|mhollis]]
[[ID|014-0033]]  [[N|J-LB]]   [[D|21-Jan-2025]]   randomized              [[N|b.nwachukwu]]

Note: [[ID|014-0033]] = [[N|Jean-Luc Bouchard]] (MRN [[MRN|20994817]]); key kept in locked binder per SOP. Study drug ACC-2204 lot 7731 dispensed.
PI: Dr. [[N|Fenella Achebe-Ross]]. Sponsor CRA [[N|Kenji Morioka]] on site [[D|Feb 11]].
""",
)

note(
    "d6-42",
    "Bao Truong",
    """
PATIENT STATEMENT                 Statement date: [[D|08/15/2024]]
Guarantor: [[N|TRUONG, KIM-LOAN]]        Account #: [[ACCT|400-118-7723]]
[[ADDR|PO BOX 4417]]
[[C|GARDEN GROVE]] CA [[Z|92842-4417]]
Patient: [[N|TRUONG, BAO]] (dependent)

Service   Description                  Charges   Ins paid   You owe
[[D|06/02/24]]  ED visit level 4 (99284)     1842.00   1290.00    552.00
[[D|06/02/24]]  CT head w/o contrast (70450) 2100.00   1680.00    420.00
Insurance: Anthem Blue Cross  ID [[HP|YRK44710293]]  Claim [[ID|24155AB7720]]
Amount due: $972.00
Pay online: [[URL|https://pay.example-health.org/acct/4001187723]]
Questions: [[PH|1-800-555-0199]]. Financial assistance available; ask for [[N|Marisol]] in Patient Financial Services.
""",
)

note(
    "d6-43",
    "Dashawn Lopez-Fairweather",
    """
OCCUPATIONAL HEALTH - WORK STATUS REPORT
Employee: [[N|LOPEZ-FAIRWEATHER, DASHAWN]]   Emp ID [[ID|E448210]]
Employer: Ben E. Keith Foods, warehouse 3     Supervisor: [[N|Gary Dunleavy]]
Claim # [[ID|WC-24-558102]]   Adjuster: [[N|Toni Greer]] (Sedgwick) [[PH|817-555-0112]], fax [[FX|817-555-0113]]
DOI: [[D|9/23/24]]

Mechanism: lifting 60-lb case overhead, felt pop in low back.
Exam: + straight leg raise (Lasègue) L at 40 deg, decreased L ankle reflex, EHL 4/5.
Dx: L5 radiculopathy. MRI requested.
Status: modified duty - no lifting >20 lb, no forklift until cleared (forklift cert # [[LIC|FL-77310]]).
Next visit [[D|10/21/24]]. -- [[N|Priya Raghunathan]], DO
""",
)

note(
    "d6-44",
    "Adaobi Okeke",
    """
TELEHEALTH VISIT (video)
Join link: [[URL|https://telehealth.example.org/visit/8Z3QK-4471?pt=OKEKE_A]]
Pt: [[N|Adaobi Okeke]], 40F, connected from home in [[C|Silver Spring]], MD (location verified); IP [[IP|73.118.204.61]].
Her sister [[N|Chiamaka]] joined from [[C|Lagos]] with pt consent.

Migraine f/u: 6 headache days/mo on Qulipta 60 mg (down from 14). Nurtec ODT for rescue works in 1 h. No aura. Sleep better.
Plan: continue Qulipta, headache diary, recheck in 3 mo. AVS to [[EM|adaobi.okeke84@examplemail.com]].
Provider: [[N|Marcus Feldmann-Obi]], MD, MD license [[LIC|D0089127]], located in [[C|Bethesda]].
""",
)

note(
    "d6-45",
    "Allegra Mancuso-Bright",
    """
MEDICATION RECONCILIATION - ADMISSION
Pt: [[N|Allegra Mancuso-Bright]], 28F   MRN [[MRN|82207715]]   Adm [[D|4/14/25]]
Sources: patient, mother [[N|Gianna Mancuso]] ([[PH|401-555-0187]]), CVS fill history.

1. Allegra (fexofenadine) 180 mg daily - pt jokes "same name as me"
2. ella (ulipristal) 30 mg x1, taken [[D|4/12]]
3. Lyrica 75 mg BID (fibromyalgia)
4. Nexplanon implant, placed [[D|Sept 2023]] - per pt still in L arm
5. Ativan 0.5 mg PRN - rarely uses
Discrepancy: Lyrica not on outside list from Dr. [[N|Okonjo]]. Clarified with pharmacist [[N|Dev Raman]] at 14:10.
Reconciled by: [[N|sofia.quispe]], PharmD
""",
    allow=("Allegra",),
)

note(
    "d6-46",
    "Stanislaw Wojciechowski",
    """
[SCANNED OUTSIDE RECORD - OCR TEXT, LOW CONFIDENCE]
0UTSIDE REC0RDS - Sunrise Valley Cllnic          pg 2 of 3
Patlent: [[N|Wojciechowski, Stanis1aw]]     D0B: [[D|O4/l7/l95O]]
SS#: [[SSN|9OO-12-4471]]     Acct: [[ACCT|SVC-0O88172]]
Referrlng: Dr. [[N|Evelyn Marsh-Oduya]]   Ph# [[PH|(616) 555-Ol29]]

Dx: C0PD, CHF (EF 3O%), s/p CABG x3 [[D|Nov. 2O19]]. Meds: Lasix 4O mg, Entresto 49/51, Coreg 12.5, Eliquis 5.
Pt's dau. [[N|Krystyna]] manages pill box.
Plan per cardio: wt daily, call if up 3 lb. F/u [[D|l2/O3]].
Signed: [[N|E. Marsh-Oduya]] M.D.  [[D|ll/l9/2O24]]
""",
)

note(
    "d6-47",
    "Evangeline Christmas",
    """
SPIRITUAL CARE NOTE
Visited pt [[N|Evangeline]] "[[N|Vangie]]" [[N|Christmas]], 84F, at request of nursing.
Pt is Seventh-day Adventist; keeps Sabbath Friday sunset to Saturday sunset. Born in [[C|Mandeville]], Jamaica.

Present: son [[N|Winston Christmas]], granddaughter [[N|Shanice Christmas-Reid]]. Family's wish is to have her home by [[D|Christmas]]; Mrs. [[N|Christmas]] laughed and said "I am always home for my own holiday."
Pastor [[N|Delroy Campbell]] of Mount Zion SDA Church in [[C|Flatbush]] visited [[D|Saturday]] and anointed her.
Intervention: prayer, Psalm 23, hymn. She spoke of Jesus and her late husband. No distress noted.
Plan: follow weekly; [[N|Shanice]] ([[PH|718-555-0179]]) to call if decline.
-- Chaplain [[N|Ruth Abernathy-Oyelowo]], MDiv, BCC
""",
    allow=("Saturday",),
)

note(
    "d6-48",
    "Assunta Giovannelli",
    """
LONG-TERM CARE QUARTERLY NOTE - Rm 214-B
Resident: [[N|GIOVANNELLI, Assunta]] "[[N|Susie]]", [[A|102]] y/o F
MDS ARD [[D|09/30/2024]]. Medicaid [[HP|IL-77120948]].

Fall on the Feast of the Assumption ([[D|8/15]]) - no injury. Hoyer lift x2 for transfers. Braden 13; heels offloaded. Wt 41.2 kg (-2.1 kg/90 d); Ensure BID, magic cup. PHQ-9 4.
Enjoys bingo and visits from sister [[N|Filomena]] (in her [[A|90s]], lives at Villa Scalabrini).
Care plan meeting [[D|Oct 3]] with niece [[N|Carla DeStefano]] (POA, [[PH|708-555-0142]]). Code status DNR. Attending Dr. [[N|Venkat Subramanyam]].
Note by [[N|mlopez-bui]] RN MDS coordinator.
""",
)

note(
    "d6-49",
    "Jesus Cruz Taitague",
    """
HEMODIALYSIS TREATMENT RECORD - Chair 7 - MWF 2nd shift    [[D|Wed 7/6]]
Pt: [[N|TAITAGUE, Jesus Cruz]]   MRN [[MRN|DX-004471]]   Medicare [[HP|5KJ9-PL2-TT81]]
Access: L radiocephalic (Brescia-Cimino) AVF, thrill/bruit +. Cannulated 15G x2 by [[N|rvillanueva]].
Machine: Fresenius 2008T SN [[DEV|4BKK118820]]. Dialyzer Optiflux F180NR.
Pre wt 85.4, EDW 82.0, UF goal 3.4 L. BP 168/92 pre. K bath 2.
Missed tx [[D|Mon 7/4]] (holiday) - the Access-a-Ride van never came. K 6.1 this AM, ECG peaked T.
Charge RN notified nephrology 11:20; extra 30 min added.
Wife [[N|Lourdes]] ([[PH|671-555-0120]]) to call transport dispatcher. Mr. [[N|Taitague]] tolerated tx, post wt 82.3.
""",
)

note(
    "d6-50",
    "Pham Thi Thu Ha",
    """
DERMATOLOGY CLINIC                        Visit: [[D|Thu 5/9]]
Pt: [[N|Phạm Thị Thu Hà]] (registration: [[N|PHAM THI THU HA]]), 45F, nail technician
Interpreter: [[N|Đặng Quốc Việt]] (Vietnamese, video, ID [[ID|VRI-20931]])

HPI: itchy fissured fingertips and eyelid dermatitis x 4 mo; works at Lily Nails applying gel and acrylic. Husband anh [[N|Tuấn]] says it improves when she is off on [[D|Tết]] vacation.
Patch test (North American Contact Dermatitis Group series) read D2/D5: 2-hydroxyethyl methacrylate +++, Balsam of Peru +.
A/P: acrylate ACD. Nitrile gloves do not protect - 4H gloves. Triamcinolone 0.1% hands, tacrolimus eyelids.
chị [[N|Hà]] asked for a work note; given. Callback [[PH|281-555-0192]].
""",
)

note(
    "d6-51",
    "Hemi Ngata",
    """
FAMILY MEETING NOTE - [[D|Monday]] 14:00, 7 West conference room
Pt: [[N|Ngata, Hemi]] (Māori), 76M, metastatic prostate ca, PPS 30%.

Attendees:
- [[N|Aroha Ngata]] (wife, HCP)
- [[N|Tama]] and [[N|Rangi Ngata]] (sons)
- [[N|Mere Ngata-Whaanga]] (daughter, on speaker from [[C|Rotorua]])
- Kaumātua [[N|Wiremu Pohatu]] (elder, opened with karakia)
- Dr. [[N|Jae-won Seo]] (palliative), [[N|Kezia Abernathy]] LICSW

Discussion: [[N|Hemi]] wants to die at home and for his body to return to New Zealand for tangihanga. Family understands prognosis of weeks.
Plan: DNR, home hospice referral, repatriation info from SW. Next update to wife at [[PH|425-555-0116]].
""",
)

note(
    "d6-52",
    "Rhys Pritchard-Evans",
    """
Dear Dr [[N|Haddad]],

Re: Mr [[N|Rhys Pritchard-Evans]]   DOB [[D|04/05/1963]]   NHS No. [[ID|943 476 5919]]
[[ADDR|12 Glan-y-Môr Terrace]], [[C|Aberystwyth]] [[Z|SY23 2AZ]]

Thank you for taking over the care of this pleasant gentleman with ileocolonic Crohn's disease, who relocates to [[C|Portland]], Oregon on [[D|1st September]]. He is maintained on infliximab (Remsima) 5 mg/kg 8-weekly, last dose [[D|14/08/2024]]. Last colonoscopy [[D|March 2024]]: SES-CD 3. Faecal calprotectin 84.
He can be reached on [[PH|+44 1632 960471]] or [[EM|rhys.pe@example.co.uk]].

Yours sincerely,
Dr [[N|A. Mukherjee]]
Consultant Gastroenterologist
""",
)

note(
    "d6-53",
    "Losa Fonoti",
    """
SURGICAL PATHOLOGY REPORT          Case: [[ID|SP25-03117]]
Patient: [[N|FONOTI, LOSA]]   MRN [[MRN|77210934]]
Collected: [[D|03/19/2025]]
Surgeon: [[N|Kaimana Akana]], MD

SPECIMEN: gallbladder, laparoscopic cholecystectomy.
GROSS: Received in formalin labeled with the patient's name "[[N|Losa Fonoti]]" and "gallbladder" is a 7.2 x 3.0 cm gallbladder with 14 yellow faceted stones. Representative sections in A1-A3. (Gross by [[N|KD]]/[[N|mt]])
MICROSCOPIC: chronic cholecystitis with Rokitansky-Aschoff sinuses; no dysplasia.
DIAGNOSIS: Chronic cholecystitis and cholelithiasis.
Intradepartmental consult: [[N|HKW]] agrees.
Electronically signed out by [[N|Mirela Tudor-Vasquez]], MD   [[D|03/21/2025]] 16:40
""",
)

note(
    "d6-54",
    "Emine Korkmaz",
    """
MICU PROGRESS NOTE - HD 6
Pt: [[N|Korkmaz, Emine]], 67F, septic shock from cholangitis, ARDS.

Neuro: GCS (Glasgow) 9T, RASS -2 on propofol; CAM-ICU neg.
CV: Swan-Ganz CI 2.1, SVR 720; norepinephrine 0.08. Lactate 2.4.
Resp: P/F 140, proned 16 h x2. PEEP 14.
GI: Dobhoff, Vital 1.5 at 40. ERCP stent placed HD2.
ID: pip-tazo to meropenem; blood cx [[D|2/14]] Klebsiella (ESBL).
Family: son [[N|Mehmet]] updated daily via Turkish interpreter [[N|Elif Demirci]] (iPad, ID [[ID|LL-55103]]); daughter [[N|Ayşe Korkmaz-Özdemir]] flying in from [[C|Izmir]] [[D|Sunday]].
Attestation: I examined the patient; 35 min critical care excl. procedures. -- [[N|R. Achterberg]], MD
""",
)

note(
    "d6-55",
    "Walter Kozlowski",
    """
From: [[EM|GRANDPA.WALT1931@examplemail.com]]
Subject: HEART PILLS
Date: [[D|Sat, 16 Nov 2024]] 06:12:44 -0500

DEAR NURSE [[N|PATTY]],
THIS IS [[N|WALTER KOZLOWSKI]] AGAIN. I AM [[A|93]] YEARS OLD AND MY EYES ARE NOT SO GOOD SO I USE THE BIG LETTERS. MY DAUGHTER [[N|BARB]] SAYS THE NEW PILL (ENTRESTO?) IS MAKING ME DIZZY WHEN I STAND UP. I FELL IN THE GARAGE ON [[D|VETERANS DAY]] BUT DID NOT HIT MY HEAD. BLOOD PRESSURE THIS MORNING 98 OVER 54. DR [[N|MEHTA]] SAID CALL IF UNDER 100. MY PHONE IS [[PH|419-555-0188]] BUT I DONT HEAR IT GOOD SO PLEASE CALL [[N|BARB]] AT [[PH|419-555-0102]].
THANK YOU,
[[N|WALT]]
""",
)

note(
    "d6-56",
    "Ma. Cristina Dela Cruz-Bautista",
    """
NURSING ADMISSION ASSESSMENT - Telemetry 3B
Pt: [[N|Ma. Cristina Dela Cruz-Bautista]] ("[[N|Tina]]"), 61F, MRN [[MRN|19004528]]
Language: Tagalog/English. Religion: Catholic (Simbang Gabi attendee).

Family: husband [[N|Rodolfo]] ("[[N|Dodong]]"), son [[N|Jun-Jun]], and her older sister Ate [[N|Baby]] (Tita [[N|Baby]] to the kids) - contact [[PH|650-555-0153]]. Her mother (Lola, [[A|95]]) lives with them in [[C|Daly City]].
Home meds: losartan 50, Lipitor 40, baby aspirin 81, metformin 500 BID, "herbal lagundi tea".
CC: palpitations since [[D|New Year's Eve]] after karaoke; HR 130s AF on arrival.
Valuables: rosary, wedding ring sent home.
Admission RN: [[N|jcastillo2]]
""",
    allow=("Baby",),
)

note(
    "d6-57",
    "Sign-out (Gen Med B)",
    """
GMED TEAM B SIGN-OUT   [[D|11/28]] ([[D|Thanksgiving]])   from [[N|hkaur]] to [[N|mdonnelly]]

RM   PATIENT                  ISSUES / TO-DO
702  [[N|GONZALEZ-REYES, M]]      CHF, Lasix 80 IV BID; BMP at 2200, K goal >4
703  [[N|LE, VAN THANH]]          PNA on CTX; if febrile cx x2; son [[N|Khoa]] [[PH|253-555-0106]]
705  [[N|Sweeney-Kamau, Grace]]   GI bleed, 2u PRBC, Hgb 0200; NPO for EGD
710  [[N|Zhou, Xinyi]]            DKA on insulin gtt; transition when AG closed
711  [[N|Redcloud, Thomas]]       EtOH w/d, CIWA q2h (last 14), Ativan per protocol
Holiday schedule: labs drawn 0400. Cross-cover pager in the Epic handoff tool.
If a code: Dr. [[N|Iyer]] (night attending).
""",
)

note(
    "d6-58",
    "Alejandro M. Quintero",
    """
RELEASE OF INFORMATION - REQUEST LOG
Request #: [[ID|ROI-25-004417]]      Received: [[D|January 21, 2025]]
Requester: [[N|Latoya Baptiste-Greene]], Esq., Baptiste-Greene & Oyelowo LLP, ARDC No. [[LIC|6329175]]
[[ADDR|220 W Jackson Blvd, Suite 1400]], [[C|Chicago]] IL [[Z|60606]]
Patient: [[N|Quintero, Alejandro M.]]   MRN [[MRN|47720193]]
Records requested: ED + inpatient, DOS [[D|10/02/2024]] - [[D|10/09/2024]], incl. imaging.
Authorization: signed by pt [[D|1/14/25]]; HIPAA-compliant, expires in 1 yr.
Matter: [[N|Quintero]] v. Lakeshore Transit Authority, Case No. [[ID|2024-L-011837]].
Processed by [[N|ymalik]]; fee $6.50/page waived (patient-directed). Delivered via secure link [[URL|https://roi.example-health.org/r/7QX4-22KD]].
""",
    allow=("Baptiste-Greene",),
)

note(
    "d6-59",
    "Ethel Mae Lockhart",
    """
PATIENT CARE REPORT - Medic 7 - Incident [[ID|25-0031187]]
Dispatched 16:42 [[D|04/19/25]] to [[ADDR|118 Old Mill Rd]], [[C|Pine Bluff]] AR [[Z|71603]] for fall.
Pt: [[N|Ethel Mae Lockhart]], [[A|91]] YOF, found on kitchen floor by neighbor [[N|Curtis Rhodes]], who has a key. Down est. 6 h.
Assessment: GCS 14 (E4V4M6), Cincinnati Stroke Scale neg. L leg shortened and externally rotated. Skin tear L forearm. Meds: Xarelto, Aricept, Norvasc.
Tx: C-collar not indicated (NEXUS neg). Fentanyl 25 mcg IN. Scoop to cot.
Transport to Jefferson Regional, no lights/siren. Daughter [[N|Gloria]] notified at [[PH|870-555-0163]].
Crew: EMT-B (student ride-along) and Paramedic [[N|Hieu Tran]], cert # [[LIC|P-114732]]
""",
)

note(
    "d6-60",
    "Akosua Asante",
    """
[Rx Help Desk - chat transcript]   [[D|12/30/2024]]
19:02 customer ([[N|kwamena.asante]]): hello i need help with my mom's insulin refill
19:02 agent ([[N|Agent_Daniela]]): Hi! Happy to help. Can you confirm the patient's name and DOB?
19:03 [[N|kwamena.asante]]: [[N|akosua asante]] [[D|4 june 1950]]
19:04 [[N|Agent_Daniela]]: Thanks. I see Toujeo SoloStar Rx #[[ID|6204471]]. Plan shows Medicare Part D member ID [[HP|M8821047761]].
19:05 [[N|kwamena.asante]]: yes she ran out since [[D|christmas]]. can it go to my address instead, [[ADDR|77 Elm Row Apt 2]], [[C|Hamden]] [[Z|06517]]
19:06 [[N|Agent_Daniela]]: Updated. Ships tomorrow; the pharmacist [[N|Owusu]] will call [[PH|203-555-0108]] before delivery.
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
