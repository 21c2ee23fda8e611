#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind7.jsonl.

Blind test set #7 for the clinical-text de-identifier: sixty hand-written,
synthetic US clinical notes with an outpatient and communication emphasis
(specialty clinic follow-ups, telephone encounters, patient-portal messages in
patients' own informal writing, referral and prior-authorisation letters,
school/work notes, home-health and hospice visits, pharmacy refill calls,
interpreter-mediated visits, genetic counselling pedigrees, records-release
and legal forms).  Every person, number, address, e-mail, URL and IP in them
is fictional; phone and fax numbers are all in the 555-01xx range.

Notes are written with inline markup ``[[CAT|surface text]]`` (categories and
aliases as in ``_blind_markup.py``); the markup is stripped, offsets computed
and every note validated when the file is written.

Annotation conventions (HIPAA Safe Harbor):

* NAME: patients, relatives, friends, staff, attorneys, interpreters;
  nicknames, preferred/legal names, staff log-in names, portal user names and
  online handles.  Titles (Dr., Mr., Ms., Rev., Dona) and credentials (MD, RN,
  PA-C ...) stay outside the span.
* DATE: every date element more specific than a year - full dates in any
  format, month+day, month+year, "the 12th", a weekday or holiday used as the
  date of an event (Christmas Eve, Thanksgiving, Black Friday).  Bare years,
  times, recurring schedules (MWF, "Tuesdays") and durations are not dates.
* AGE: ages over 89 only (just the number or number words).
* PHONE / FAX: every phone, pager and fax number, extensions included.
* MRN, HEALTH_PLAN (member, subscriber, Medicaid/Medicare, group numbers),
  ACCOUNT, LICENSE (driver's licence, DEA, professional/CDL licence), VEHICLE
  (plates, VINs), DEVICE (device serial numbers), ID (any other unique
  identifying number or code: claim, case, referral, Rx, NPI, student,
  employee, passport, interpreter, gate/share codes...).
* EMAIL, URL, IP.
* ADDRESS: number + street (+ unit / PO box); CITY: cities, towns,
  neighbourhoods (US or foreign); ZIP: ZIP codes.
* Not annotated: facility and company names (a town inside one is left
  unmarked and listed in the note's ``allow``), eponyms (Parkinson, Lachman,
  Gleason ...), states and countries, room/bed/tooth numbers, bare years, drug
  names, device brands and model numbers, pets, recurring schedules, ages 89
  and under.

Stdlib only.  Run:  python bench/data/make_deid_blind7.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind7.jsonl")

# (note_id, patient, marked-up text, allowed unmarked repeats)
# The last element lists strings that legitimately occur unmarked elsewhere
# in the note (e.g. a city name inside a facility name).
NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b7-01",
    "Adaeze Okonkwo-Bell",
    """
DERMATOLOGY F/U   [[D|03/11/2025]]
Pt: [[N|Adaeze Okonkwo-Bell]]   MRN [[MRN|00731942]]   DOB [[D|07/22/1981]]
Referred by Dr. [[N|Hal Pruitt]] (PCP, Riverbend Family Med) for recheck of L forearm lesion.
S: Pt reports the spot "got itchy again" after her trip to [[C|Gallup]] over [[D|Presidents Day]] weekend. Using triamcinolone 0.1% BID x2 wk. Hx Bell's palsy 2016, resolved.
O: 6 mm pink pearly papule, arborizing vessels on dermoscopy, no pigment network. No Koebner. Wood's lamp neg.
A/P: r/o BCC -> shave bx today, path to Aurora Dx. Mohs referral if +. Results via portal; pt prefers cell [[PH|(505) 555-0142]]. Husband [[N|Tobias]] may call for her - on DPOA list.
RTC 3 mo or sooner.
-[[N|K. Marchetti]], PA-C
""",
)

note(
    "b7-02",
    "Inés Ybarra",
    """
TELEPHONE ENCOUNTER
Caller: [[N|Rosa Delgado-Ybarra]] (daughter/caregiver) re: mom [[N|Inés Ybarra]], DOB [[D|2-9-1933]], MRN [[MRN|E1192837]]
Call back # [[PH|915-555-0163]] (cell)
Msg: Walgreens says refill for Eliquis 2.5 needs new PA. Mom is [[A|92]], wt down to 44 kg. Daughter asks if dose still right. Also asks re: Prolia inj due [[D|Apr 2]].
Pharm ph [[PH|(915) 555-0188]], fax [[FX|(915) 555-0189]]. Rx # [[ID|6620193-04]]
Routed to Dr. [[N|Sato]] pool. Per MD ok to continue 2.5 BID (age >=80, wt <=60 kg). PA submitted, ref [[ID|PA-25-0044719]]. Called daughter back 2:40p, LVM to call clinic.
-[[N|tmcgraw]] (RN)
""",
)

note(
    "b7-03",
    "Jaylen Brooks",
    """
PATIENT PORTAL MESSAGE   rec'd [[D|Sun 6/8/25]] 11:52 PM
From: [[N|jaylen.brooks04]] (MyChart)   To: GI clinic pool
Subject: colonoscopy prep??

hi so my procedure is [[D|thurs the 12th]] at 7am and i cant find the paper w/ the prep instructions. do i start the miralax the day before or 2 days before?? also my mom [[N|Tanya]] is driving me, her number is [[PH|313 555 0129]] if u need it. Last time (dr [[N|okafor]] did it) i was on clears for 2 days and almost passed out lol. I have crohns if that matters. thx - [[N|Jay]]

---
Reply [[D|6/9]] 08:14, [[N|M. Abdelrahman]], RN: Hi [[N|Jaylen]], start the split-dose Suprep the evening before ([[D|Wed 6/11]]) at 6 PM, 2nd bottle 5 hrs before your arrival. Clear liquids all that day, no red or purple. Dr. [[N|Okafor]] is doing it again. Pls confirm your driver.
""",
)

note(
    "b7-04",
    "Padraig O'Sullivan",
    """
[[D|April 3, 2025]]

Re: [[N|Padraig O'Sullivan]]   DOB [[D|11/30/1998]]   Acct [[ACCT|40-118273-6]]

Dear Dr. [[N|Vandermeer]],

Thank you for seeing [[N|Paddy]], a 26 y/o rugby player (club side) who twisted his R knee in a match last weekend. Exam today: + Lachman, + anterior drawer, equivocal McMurray medially, effusion 2+. Ottawa knee rules neg, no XR. MRI ordered at Puget Sound Imaging (auth [[ID|MR-77340192]]). He is on Cigna, member ID [[HP|U88120945 01]].

He hopes to play the Cascade Cup final; I told him that's unlikely. Best contact [[PH|206-555-0131]] or [[EM|paddy.osull@protonmail.com]].

Kind regards,
[[N|Meera Raghunathan]], DO
Sports Medicine, [[ADDR|1420 NW Market St, Ste 210]], [[C|Seattle]], WA [[Z|98107]]
""",
)

note(
    "b7-05",
    "Oluwaseun Adeyemi",
    """
LETTER OF MEDICAL NECESSITY - PRIOR AUTHORIZATION
To: Blue Cross Blue Shield of Texas, Pharmacy Review   Fax [[FX|1-800-555-0176]]
Date: [[D|10 Feb 2025]]
Patient: [[N|Oluwaseun "Seun" Adeyemi]]   DOB: [[D|2014-05-17]]
Member ID: [[HP|XJH449028813]]   Group: [[HP|0098172]]
Drug requested: Dupixent (dupilumab) 300 mg SC q4wk

[[N|Seun]] is a 10-year-old with severe atopic dermatitis (EASI 31, BSA 40%) and moderate persistent asthma. Failed: triamcinolone 0.1%, tacrolimus 0.1% ([[D|Jun-Sept 2024]]), crisaborole, bleach baths. Cyclosporine declined by parents ([[N|Femi]] and [[N|Bukola Adeyemi]]) due to renal monitoring burden. Eosinophils 720.

Please contact me with questions at [[PH|(713) 555-0154]].
[[N|Grace Hwang-Ortiz]], MD, Pediatric Dermatology
NPI [[ID|1598827340]]
""",
)

note(
    "b7-06",
    "Harpreet Kaur Sandhu",
    """
OB VISIT 28w2d   [[D|08/14/25]]
[[N|Harpreet Kaur Sandhu]], G2P1001, EDD [[D|10/28/2025]] by 8wk US
FOB/husband [[N|Gurpreet]] present, translating some Punjabi - declined formal interpreter.
Pt c/o pelvic pressure, no LOF/VB, +FM. 1hr Glucola 142 -> 3hr GTT sched [[D|8/21]]. Hgb 10.4, start ferrous sulfate. Tdap + RhoGAM today (Rh neg), lots in MAR. Edinburgh 6.
Fundal ht 29 cm, FHT 140s. Cx deferred. Leopold: vertex.
Plans delivery at Mercy Hospital of Folsom; pediatrician will be Dr. [[N|Angela Price]].
Older son [[N|Arjun]] (3) at home; MIL [[N|Kulwant]] helping.
RTC 2 wk. Cell [[PH|916-555-0195]].
[[N|L. Nakamura-Reyes]], CNM
""",
    ("Folsom",),
)

note(
    "b7-07",
    "Mateo Ramírez de la Cruz",
    """
4 YR WCC   DOS [[D|1/7/2025]]
Child: [[N|Mateo Ramírez de la Cruz]]   DOB [[D|12/29/2020]]   MRN [[MRN|PED-0448812]]
Accomp by mom [[N|Yesenia]] and abuela. Attends preschool in [[C|Pilsen]]; teacher Ms. [[N|Hope Gallardo]] noted speech hard to understand ~50% of the time.
Dev: ASQ-3 comm borderline; gross motor ok, hops on 1 foot, draws a cross. Vision: Allen cards 20/40 OU -> recheck. Hearing passed OAE.
Growth: 50%ile ht, 85%ile wt. BMI 17.2.
Vaccines: DTaP, IPV, MMR #2, Varicella #2 given. Flu declined ("maybe after the holidays").
Plan: refer ST - Chicago Early Learning intake line [[PH|312-555-0110]]; Snellen at 5 yr. Dental home: Dr. [[N|Ruiz]] (peds dentist).
Next WCC at 5 yr.
""",
    ("Chicago",),
)

note(
    "b7-08",
    "Dmitri Volkov",
    """
PSYCHIATRY MED MGMT (video)   [[D|Mon 2/3/25]]
[[N|Dmitri Volkov]], 34M, MDD recurrent + GAD. Seen via Doxy.me, pt at home in [[C|Brighton Beach]]; verified ID and location.
Interval: Lexapro 20 mg x 6 wk, "less flat." Sleep 6h. Still avoiding the subway since the assault on [[D|New Year's Eve]]. Sister [[N|Oksana]] staying w/ him through [[D|Feb 14]]. Denies SI/HI. PHQ-9 11 (from 17), GAD-7 9. C-SSRS neg.
Work: warehouse supervisor at Hudson Freight; needs note excusing absence last wk -> done, faxed to HR [[FX|718-555-0172]] attn [[N|Bernadette Young]].
Plan: cont Lexapro 20, add hydroxyzine 25 prn. Therapy with [[N|Naveen]] (LCSW) wkly Thurs.
F/u 6 wk.
-[[N|Aisha Rahman-Lowe]], PMHNP
""",
)

note(
    "b7-09",
    "Mei-Ling Chou",
    """
HEME/ONC CLINIC   [[D|September 9, 2025]]
[[N|Mei-Ling Chou]]   MRN [[MRN|4471229]]   FIN [[ACCT|8823310047]]
Dx: L breast IDC, ER+/PR+/HER2-, stage IIB, dx [[D|Nov 2023]]; s/p lumpectomy + SLNB ([[D|12/19/23]], Dr. [[N|Farouk]]), XRT completed [[D|03/2024]].
Now on letrozole + Kisqali (ribociclib) C14. ANC 1.1 -> hold x1 wk. QTc 438. Port (Bard PowerPort) flushed.
CT C/A/P [[D|9/2]] NED. DEXA due.
Social: retired from teaching at Lincoln Elementary in [[C|Alhambra]]. Daughter [[N|Jessica Chou-Baptiste]] is HCPOA (cell [[PH|626-555-0114]]).
RTC 1 wk CBC; 3 wk MD visit.
[[N|R. Goldfarb]], MD
""",
)

note(
    "b7-10",
    "Katarzyna Wiśniewska",
    """
Rheum f/u -- [[N|Katarzyna Wiśniewska]] ("[[N|Kasia]]")   [[D|17-Jul-2025]]
64F w/ primary Sjögren's + Raynaud's, ILA on CT. Last seen 3 mo ago.
Sx: dry eyes (Schirmer 3 mm OU), parotid swelling L x 2 wk, digital ulcer healed. Uses Restasis + Evoxac. No Lhermitte.
Labs [[D|7/10]]: SSA/SSB +, C4 low, SPEP pending. PFTs: DLCO 61%.
Pulm (Dr. [[N|Okeke]]) suggests MMF; discussed. [[N|Kasia]] wants to wait until after granddaughter [[N|Zofia]]'s wedding in [[C|Hamtramck]] ([[D|Aug 23]]).
Started nifedipine ER 30. Parotid bx if persistent.
Alt contact: son [[N|Tomasz]] [[PH|586.555.0153]].
f/u 8 wk. -- [[N|D. Haile]], MD
""",
)

note(
    "b7-11",
    "Keoni Kahananui",
    """
ENDO DM CLINIC   [[D|5/20/2025]]
Pt: [[N|Keoni Kahananui]], 19 yo, T1DM since age 7. Home: [[C|Waianae]]; dorm in [[C|Manoa]] now.
Tech: Omnipod 5 (PDM serial [[DEV|OP5-2214-77830]]), Dexcom G7 (receiver SN [[DEV|GB48X2Q19]]). Clarity share code [[ID|KXW-482-PQ]].
TIR 61%, TBR 3%, GMI 7.6%. A1c 7.8 (was 8.4 three months ago).
Lows mostly after volleyball -> set Activity feature 1 h before. I:C 1:10 -> 1:12 at lunch.
Glucagon (Baqsimi) Rx'd. Sick-day plan reviewed.
Mom [[N|Leilani]] on speaker from home. Send logs to [[EM|keoni.k808@gmail.com]].
Dietitian to see next.
RTC 3 mo. Dr. [[N|S. Ahn]]
""",
)

note(
    "b7-12",
    "Bill Whitehorse",
    """
UROLOGY -- [[N|Bill Whitehorse]]   DOB [[D|1/4/1956]]   MRN [[MRN|U-2290481]]
Date: [[D|6.12.25]]
69M, CaP Gleason 3+4=7 (Grade Group 2), PSA 6.8 at dx [[D|Jan '24]]. Active surveillance -> PSA now 9.1, PSAD 0.19. MRI PI-RADS 4 lesion L PZ.
Discussed: fusion bx (Artemis) vs RALP vs XRT. Pt leaning XRT given his work hauling cattle out of [[C|Lame Deer]]; can't be off 6 wk. Wife concerned re incontinence.
Peyronie's - stable, no tx.
Plan: fusion bx [[D|7/1]], hold ASA 7d. Lupron discussion deferred.
IHS PRC referral # [[ID|IHS-NC-55021]].
Call [[PH|406-555-0126]] (ranch landline, leave msg).
[[N|Marcus Feld]], MD
""",
)

note(
    "b7-13",
    "Trần Văn Minh",
    """
OPHTHALMOLOGY   [[D|Oct 2nd 2025]]
[[N|Trần Văn Minh]] (goes by "[[N|Minh]]"), 71M, Vietnamese-speaking; interpreter [[N|Hoa]] (ID [[ID|INT-3318]]) by phone.
CC: DMV vision form for license renewal (CA DL [[LIC|D4419228]]).
VA cc: OD 20/40, OS 20/50 (Snellen). Pinhole no improvement. IOP 17/18. Amsler: distortion OS.
DFE: mod NPDR OU, CSME OS. OCT CST 412 OS.
A/P: Avastin OS today, consent signed. DMV form completed, OD 20/40 meets std; restriction: daytime only.
RTC 4 wk ([[D|10/30]]). Son [[N|Khoa]] to drive, [[PH|714-555-0181]].
[[N|J. Marroquin]], MD
""",
)

note(
    "b7-14",
    "Fatoumata Diallo",
    """
DENTAL - Periodic Exam / Tx Plan   [[D|03/03/2025]]
Pt [[N|Fatoumata Diallo]], DOB [[D|09/14/1990]]. Ins: Delta Dental PPO, subscriber ID [[HP|DD-882104473]], subscriber = spouse [[N|Mamadou Sow]].
CC: #19 sensitive to cold x 3 wk.
Findings: #19 MO recurrent caries under amalgam, #30 fractured cusp, generalized 4-5 mm pockets UR/LR. BWX + PA #19 taken.
Tx plan: SRP 2 quads (UR, LR); #19 MO composite vs onlay; #30 crown (PFM vs zirconia). Pt wants Invisalign consult later.
Pre-D sent, claim [[ID|PD-2025-0031877]]; pt acct [[ACCT|DN-20931]].
Hyg appt w/ [[N|Chiamaka]] [[D|3/17]] 9:00.
Pt asks that reminders go to [[PH|(267) 555-0170]], not home phone.
[[N|Rachel Ann Benoit]], DMD
""",
)

note(
    "b7-15",
    "Hunter McAllister",
    """
PHYSICAL THERAPY INITIAL EVAL   DOS [[D|2025-01-14]]
Patient: [[N|Hunter McAllister]]   Referring: Dr. [[N|Nguyen Thi Lan]]
WC claim # [[ID|WC-24-118830]], employer Tri-County Roofing, adjuster [[N|Dana Whitfield]] [[PH|800-555-0138 ext 4412]]
DOI [[D|11/29/24]] (fell from ladder on a [[D|Black Friday]] job)
Neck/R arm pain 6/10, paresthesia digits 1-2. Spurling + R, ULTT1 +, Phalen neg, Tinel at carpal tunnel neg. Hoffmann neg. Cervical ext 25°. Grip R 60 lb / L 95 lb.
Assessment: R C6 radiculopathy.
Plan: 2x/wk x 6 wk; traction, DNF training, nerve glides. HEP via Medbridge, access code [[ID|7XQ2MDP]].
Light duty letter sent.
[[N|J. Kowalczyk]], PT, DPT
""",
)

note(
    "b7-16",
    "Will Tuilagi",
    """
SPEECH-LANGUAGE PROGRESS NOTE
Client: [[N|Will Tuilagi]] (age 6)   Session [[D|4/22/25]]   Medicaid [[HP|91102847C]]
Goal 1 (/s/ blends, word level 80%): 68% today, up from 52% on [[D|3/25]].
Goal 2 (2-step directions w/ temporal concepts): 70%.
Dad [[N|Sione]] observed; reports fewer frustration meltdowns. Grandma [[N|ʻAna]] speaks Tongan at home - recommend continuing; bilingualism is not the cause of the delay.
School: Kindergarten, Ms. [[N|Faith Oduya]], Jefferson Elem in [[C|Rose Park]]; IEP meeting [[D|May 6]] - SLP to attend by phone.
Parent to continue home program 10 min/day.
[[N|Brianna Kelso]], M.S., CCC-SLP
""",
)

note(
    "b7-17",
    "Guadalupe Esparza",
    """
MNT FOLLOW-UP (RD)   [[D|11/05/2025]]
[[N|Guadalupe "Lupe" Esparza]], 52F, T2DM, obesity class II. On Mounjaro 7.5 since [[D|Aug 12]]; GI sx mild.
Wt 221.4 lb (down 14 lb since start). A1c 7.1.
24h recall: skips breakfast, tamales at her sister [[N|Maricela]]'s on weekends, horchata daily.
Goals: protein 90 g/d, swap horchata -> sugar-free version; walk with neighbor [[N|Connie]] MWF after work.
Discussed holiday plan for [[D|Thanksgiving]] and the posada at church ([[D|Dec 16]]).
Pt works nights at a distribution center in [[C|Pico Rivera]]; eats at 2 am.
Handouts in Spanish. Next visit by phone [[PH|562-555-0111]].
[[N|Hannah Ostrowski]], MS, RDN, CDCES
""",
)

note(
    "b7-18",
    "Park Ji-hoon",
    """
Sunrise Pediatrics
[[ADDR|880 E. Baseline Rd, Suite 104]], [[C|Mesa]], AZ [[Z|85204]]   Tel [[PH|480-555-0124]]   Fax [[FX|480-555-0125]]

[[D|February 26, 2025]]

To: Ms. [[N|June Park]], School Nurse, Kino Junior High

RE: [[N|Park Ji-hoon]] ("[[N|Jason]]"), DOB [[D|03/08/2012]], Student ID [[ID|2210934]]

[[N|Jason]] was seen in our office today for influenza A. He may return to school on [[D|Monday, March 3]] if fever-free for 24 h without medication. Please allow him to carry his albuterol inhaler (Ventolin HFA) and use it before PE as needed.

Sincerely,
[[N|Olivia Trương]], MD
""",
)

note(
    "b7-19",
    "Youssef El-Amin",
    """
FMLA CERTIFICATION (WH-380-E) - provider section, completed [[D|7/8/2025]]
Employee: [[N|Youssef El-Amin]]   Employer: Dearborn Stamping Co. (HR contact [[N|Renee Malinowski]], [[EM|rmalinowski@dearbornstamping.com]])
Pt has Crohn's disease (ileocolonic), flare since [[D|6/20]]; started Skyrizi induction (IV wk 0, 4, 8).
Episodic flare-ups: est. 2x/mo, 1-3 days each. Continuous leave not required.
Intermittent leave [[D|7/1/2025]] through [[D|12/31/2025]].
Infusions at Corewell; bring ins card (BCBSM [[HP|XYB772019443]]).
Provider: [[N|Hassan Jaber]], MD, Gastroenterology; MI lic. [[LIC|4301098765]]
""",
    ("Dearborn",),
)

note(
    "b7-20",
    "Earl Beaumont",
    """
HOME HEALTH SN VISIT   [[D|Tue 01/21/25]]  0930-1025
Pt: [[N|Earl Beaumont]]   Addr: [[ADDR|2217 Persimmon Hollow Rd, Lot 14]], [[C|Ripley]], WV [[Z|25271]]
Gate code [[ID|4471]] - dog (Biscuit) friendly. Neighbor [[N|Wanda]] has key, [[PH|304-555-0193]].
VS: 148/86, HR 92 irreg, SpO2 91% RA, wt 203 (+4 lb since [[D|1/17]]). 2+ pitting edema BLE.
Lasix per order; pt ran out - called Rite Aid, refill ready; grandson to pick up.
CHF teaching: daily wts, 2 g Na. Teach-back 2/3.
Notified Dr. [[N|Chaudhry]]'s office, spoke w/ MA; new order Lasix 40 BID x3d.
Next visit [[D|1/23]].
[[N|Crystal Lemaster]], RN   Amedisys
""",
)

note(
    "b7-21",
    "Margarethe Hoffmann",
    """
HOSPICE RN VISIT   [[D|Christmas Eve 2024]]
[[N|Margarethe "Gretl" Hoffmann]], [[A|96]] y/o F, end-stage dementia (FAST 7c), PPS 20%.
Location: daughter's home, [[ADDR|55 Old Mill Rd]], [[C|New Ulm]].
Comfort: PAINAD 2 -> morphine concentrate 5 mg SL given. Mottling to knees. Resp 8-10 w/ apneic periods ~20 s. Family gathered: daughter [[N|Liesl Brandt]] (PCG), son [[N|Karl]] from [[C|Duluth]], granddaughter [[N|May]].
Chaplain visited; Lutheran prayers. [[N|Brandt]] agrees with no hospital transfer; DNR/POLST on fridge.
Expect death within hours to days. On-call RN line [[PH|507-555-0104]] given to family.
Pt's husband died [[D|Christmas Day 1988]] - family aware of the date.
[[N|T. Vang]], RN, CHPN
""",
)

note(
    "b7-22",
    "Zarghona Ahmadzai",
    """
FAMILY MED -- interpreter-mediated visit   [[D|08 Apr 2025]]
Language: Dari. Interpreter: [[N|Farid Noorzai]], CyraCom ID [[ID|518274]] (video).
Pt [[N|Zarghona Ahmadzai]], 38F, arrived [[D|Sept 2021]] (SIV). Lives in [[C|Sacramento]] w/ husband [[N|Abdul Wahid]] and 5 children.
CC: HA, dizziness, "heart beating fast" since news from home. BP 132/84. TSH ordered. PHQ-9 (Dari version) 14.
Refer to refugee health; IRC case mgr, [[PH|916-555-0149]].
Pt prefers female provider; asks no appts during [[D|Eid al-Adha]] ([[D|June 6-9]]).
Medi-Cal CIN [[HP|91457823F]].
[[N|K. Bashir]], MD
""",
)

note(
    "b7-23",
    "Niamh MacCarthy",
    """
GENETIC COUNSELING - Hereditary Cancer   [[D|3/19/25]]
Proband: [[N|Niamh MacCarthy]], 41F, dx R breast IDC age 39, triple negative.
PEDIGREE (3 gen):
- Mother [[N|Bridget]] (d. 58, ovarian ca)
- Maternal aunt [[N|Rose Keane]] - breast ca 45, alive at 70
- MGF [[N|Seamus Keane]] - prostate ca 67, d. [[A|91]]
- Father [[N|Dermot]] 73, healthy; paternal cousin [[N|Colm]] - colon ca 38 (Lynch? untested)
- Sister [[N|Aoife]] 44, no ca; 2 brothers (no contact)
Ashkenazi ancestry denied. Test: 84-gene panel (Invitae), req # [[ID|RQ5528190]]. Family letter provided. Results in 2-3 wk; ok to leave VM at [[PH|617-555-0165]].
[[N|Sarah Lindqvist]], MS, CGC
""",
)

note(
    "b7-24",
    "DeShawn Grant",
    """
AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION
Patient name: [[N|DeShawn T. Grant]]   DOB: [[D|10/02/1987]]   MRN: [[MRN|0028841756]]
Address: [[ADDR|3309 Pleasant Valley Dr, Apt 12B]], [[C|Little Rock]], AR [[Z|72204]]
Phone: [[PH|501-555-0198]]   Email: [[EM|dgrant87@yahoo.com]]
Release FROM: Baptist Health Ortho Clinic
Release TO: [[N|Whitney Osei]], Esq., Osei & Lambert PLLC, [[ADDR|PO Box 2291]], [[C|Conway]], AR [[Z|72033]]; fax [[FX|501-555-0121]]
Info: office notes, imaging, billing [[D|01/01/2024]] - present. Purpose: legal.
ID verified: AR DL [[LIC|914228736]].
Expires: 1 yr from signature.
Signature: D.T.G.   Date: [[D|5/2/25]]
""",
    ("Osei",),
)

note(
    "b7-25",
    "Ana Lucía Vásquez",
    """
SUBPOENA / RECORDS REQUEST LOG
Rec'd [[D|6/30/2025]] via certified mail. Logged by [[N|mhollister]] (HIM).
Case: [[N|Vásquez]] v. Lakeshore Transit Authority, No. [[ID|2025-L-004417]].
Patient: [[N|Ana Lucía Vásquez]], DOB [[D|4/4/1979]], MRN [[MRN|A0093317]]. Dates of service requested: [[D|Oct 14, 2024]] (ED, bus collision) through present.
Requesting atty: [[N|Gregory Pak]], [[PH|(312) 555-0166]], [[EM|gpak@pakinjurylaw.com]].
Pt auth NOT attached -> notice mailed to pt at [[ADDR|1127 W Argyle St, Unit 3]], [[C|Uptown]] ([[Z|60640]]). 14-day objection window.
Release approved by [[N|Colleen Fitzgerald]], HIM Supervisor.
""",
)

note(
    "b7-26",
    "Brianna Okafor",
    """
MyChart msg from pt [[N|Brianna Okafor]] (user [[N|bri_okafor22]])   [[D|Sat Aug 16]] 3:07 PM
"hey dr [[N|lindgren]]!! the rash on my arms is back after the Ozempic switch?? idk if related. it started like [[D|wed]] after i went hiking at the gorge w my bf [[N|Marcus]]. itchy bumps in lines. i uploaded pics here [[URL|https://mychart.northwesthealth.org/mc/photos/8831207]]. also can u refill the clobetasol?? the CVS on [[ADDR|1090 E Burnside]] closes at 9. ok thx!!"
Reply [[D|8/18]] - [[N|Kim Lindgren]], MD: Hi [[N|Brianna]], from the photos this looks like poison oak (linear vesicles), not Ozempic. Clobetasol refilled. If it spreads to your face, call [[PH|503-555-0157]].
""",
)

note(
    "b7-27",
    "Amari Whitaker",
    """
NURSE TRIAGE CALL   [[D|12/31/24]] 22:48 (after-hours line)
Caller: [[N|Jasmine Whitaker]] (mother)   Pt: [[N|Amari Whitaker]], 14 mo, DOB [[D|10/19/2023]]
Callback [[PH|(404) 555-0135]]
Fever 103.8 rectal since this AM, fussy, pulling L ear. Drinking ok, 4 wet diapers today. No rash, no resp distress. Got MMR/varicella 11 days ago.
Protocol: Fever - Child (Schmitt-Thompson). Disposition: see within 24h. Acetaminophen 160 mg/5 mL, 5 mL q4-6h for 10.2 kg reviewed.
Mom asks if ok to go to grandma's in [[C|Decatur]] for [[D|New Year's Day]] - advised fine if improving.
Appt made [[D|1/2]] 9:20 w/ Dr. [[N|Pryce-Evans]].
[[N|ehernandez3]], RN (Clinical Advice Line)
""",
)

note(
    "b7-28",
    "Tiago Sousa",
    """
REFILL REQUEST - CONTROLLED   [[D|3/27/2025]]
Pt [[N|Tiago Sousa]] (DOB [[D|1/15/1992]]) called requesting early fill of Adderall XR 20 mg; states bottle stolen from car (plate [[VEH|8JRD447]]) in a parking garage on [[D|3/24]]. Police report # [[ID|25-031877]].
PDMP checked: last fill [[D|3/10]] #30, prescriber Dr. [[N|Almeida]], DEA [[LIC|BA4471905]]. No other prescribers.
Per controlled substance agreement (signed [[D|9/2024]]), lost/stolen meds replaced once w/ police report.
Prescriber approved 1-time early fill; sent to CVS in [[C|Somerset]], ph [[PH|508-555-0102]].
Pt notified.
[[N|R. Medeiros]], LPN
""",
)

note(
    "b7-29",
    "Bogdan Petrović",
    """
DEVICE CLINIC - remote transmission review   [[D|07/07/2025]]
Pt: [[N|Bogdan Petrović]], [[A|90]]M   MRN [[MRN|7718824]]
Device: Medtronic Azure XT DR MRI (W1DR01), SN [[DEV|RNB612884H]]; RA lead 5076-52, RV lead 3830 SN [[DEV|LFR112098V]]. Implanted [[D|3/3/2021]] by Dr. [[N|Osterhout]].
CareLink transmission rec'd [[D|7/5]] from bedside monitor (IP [[IP|10.48.112.7]]).
Battery 6.1 yr. AP 38%, VP 2%. AHR episodes: 2 (longest 14 min, [[D|6/29]]). No VT/VF. Lead impedances stable.
Daughter [[N|Mirjana]] reports he feels fine, gardening daily. Next remote in 91 d; in-clinic 6 mo.
[[N|Jordan Hale]], CDR, CCDS
""",
)

note(
    "b7-30",
    "Caleb Two Bulls",
    """
TELEHEALTH CONSENT & CONNECTION LOG
Visit [[D|Thursday, 2/13/2025]] 14:00 CT   Provider: [[N|Noor Haddad]], PsyD
Pt: [[N|Caleb Two Bulls]]   Location at time of visit: grandmother's house, [[C|Pine Ridge]], South Dakota (verified)
Link: [[URL|https://zoom.us/j/93318802746?pwd=Xk2bQ]]   Pt IP [[IP|172.58.14.203]]
Connection dropped 14:22, reconnected by phone [[PH|605-555-0118]].
Session: 50-min individual; pt is 17, consent from guardian [[N|Loretta Two Bulls]] on file ([[D|1/9/25]]).
Topics: grief after cousin [[N|Dakota]]'s death (crash [[D|Dec 28]]), sleep, return to school.
Safety plan updated. Next session in 1 wk, same link.
""",
    ("Dakota",),
)

note(
    "b7-31",
    "Rajesh Nair",
    """
SLEEP MEDICINE F/U   [[D|4-28-25]]
[[N|Rajesh Nair]], 58M, severe OSA (AHI 42, PSG [[D|Nov 2024]]). CPAP: ResMed AirSense 11, SN [[DEV|23241887654]]; DME Apria ([[PH|877-555-0150]]).
AirView ([[URL|airview.resmed.com/patients/4410928]]): use 6.8 h/night, 93% >4h, residual AHI 3.1, leak 95th 18 L/min.
Mask: F30i medium - nasal bridge sore; swap to N30i.
Epworth 14 -> 6. Wife [[N|Lakshmi]] reports no snoring.
CDL holder - DOT med card renewal needs compliance report; faxed to Dr. [[N|Pham]] (DOT examiner) [[FX|713-555-0193]]. TX CDL # [[LIC|30419882]].
Next f/u 1 yr or PRN.
[[N|Elena Guzmán-Reyes]], MD
""",
)

note(
    "b7-32",
    "Faith-Ann Mbeki",
    """
ALLERGY/IMMUNOLOGY   [[D|9/23/2025]]
[[N|Faith-Ann Mbeki]], 8 y/o, peanut + cashew allergy, OIT up-dose visit (Palforzia 80 mg).
Observed 60 min: mild perioral pruritus, resolved w/o tx. Vitals stable.
EpiPen Jr x2 at school confirmed; school RN [[N|Kathleen Ferrante]] got updated action plan at [[EM|kferrante@cps.edu]].
Mom [[N|Nomvula]] asks re: camp in [[C|Lake Geneva]] ([[D|July 7-18]]) - letter provided for camp nurse.
Next up-dose [[D|10/7]]. Ins: BCBSIL [[HP|XOF 903318842]].
Mom cell [[PH|773-555-0196]].
[[N|Ravi Subramanian]], MD
""",
)

note(
    "b7-33",
    "Wendell Price",
    """
MOVEMENT DISORDERS CLINIC   [[D|01-30-2025]]
[[N|Wendell Price]] Jr., 72M, idiopathic Parkinson disease (H&Y 3), s/p bilat STN DBS ([[D|6/2022]], Dr. [[N|Al-Hashimi]]). IPG: Medtronic Percept PC, SN [[DEV|NWN219974L]].
Programming: L STN C+ 2-, 2.8 -> 3.1 mA; R unchanged. UPDRS III ON/ON 24.
Sinemet 25/100 1.5 tab 5x/d; amantadine ER. Freezing at doorways; PT referral (LSVT BIG).
Wife [[N|Gloria]] notes dream enactment - RBD; melatonin 6 mg.
Driving: advised to stop after fender-bender [[D|12/24]]; pt agrees.
Next programming in 6 wk. [[N|Gloria]] cell [[PH|765-555-0108]].
[[N|Ifeoma Chukwu]], MD
""",
)

note(
    "b7-34",
    "Herbert Olafsson",
    """
AUDIOLOGY -- hearing aid fitting   [[D|5/5/25]]
[[N|Herbert "Herb" Olafsson]], [[A|93]] y/o M, Navy veteran (Korea), VA pt.
Audiogram: bilat sloping mod-severe SNHL; WRS 64% R / 58% L. Tympanometry type A; no Eustachian tube dysfunction.
Fit: Phonak Lumity L90 RIC; serials L [[DEV|2318H0Q7A]], R [[DEV|2318H0Q9C]]. Paired to iPhone; TV Connector set up. REM verified to NAL-NL2.
Tinnitus: mild, uses white noise.
Son [[N|Gunnar]] present, will help w/ cleaning & domes. VA claim # [[ID|C-28441093]].
Warranty through [[D|5/5/2028]]. F/u [[D|5/19]].
[[N|Signe Haugland]], AuD
""",
)

note(
    "b7-35",
    "Mohammed Rafiq Chowdhury",
    """
WOUND CARE CLINIC   [[D|Feb 11, 2025]]
Pt [[N|Mohammed Rafiq Chowdhury]], 66M, DM2, R plantar 1st MTH ulcer (Wagner 2) since ~[[D|Thanksgiving]].
2.1 x 1.6 x 0.4 cm (prev 2.8 x 2.0 x 0.5 on [[D|1/28]]). Probe-to-bone neg. ABI 0.94.
Debrided, Aquacel Ag, TCC reapplied.
Home health (CenterWell) RN [[N|Tasha]] changes secondary dsg Mon/Thu.
Son [[N|Imran]] translating Bengali; wife present.
Podiatry Dr. [[N|Levitt]] consult [[D|2/20]]. HbA1c 8.9; endo Dr. [[N|Anjali Desai]].
Lives at [[ADDR|86-14 Parsons Blvd, 2nd Fl]], [[C|Jamaica]], NY - Access-A-Ride trip ID [[ID|AAR-5541902]].
""",
)

note(
    "b7-36",
    "Andrés Villalobos",
    """
ID CLINIC - PrEP f/u   [[D|6/3/2025]]
[[N|Andrés Villalobos]] (he/him), 29. On Descovy. HIV Ag/Ab neg this wk, Cr 0.9, GC/CT neg x3 sites, RPR NR.
Partner also on PrEP.
Adherence: misses ~2 doses/mo. Discussed CAB-LA (Apretude) q2mo - interested. Ins: Ambetter [[HP|U7013348291]]; Gilead Advancing Access copay card [[ID|GA-88310427]].
Hep B immune. Doxy-PEP discussed and prescribed.
Prefers texts at [[PH|+1 702 555 0127]]; portal user [[N|andresv_lv]].
Next labs [[D|9/2]] at Quest, [[ADDR|2040 W Charleston Blvd]].
[[N|Priyanka Venkataraman]], MD
""",
)

note(
    "b7-37",
    "Abena Mensah-Darko",
    """
NEPHROLOGY CLINIC   [[D|8/19/2025]]
[[N|Abena Mensah-Darko]], 61F, ESRD 2/2 HTN/FSGS, HD MWF at Fresenius Germantown via L AVF (thrill +, bruit +).
Transplant: listed at Penn [[D|4/2/2024]], UNOS ID [[ID|ZKT4491]]. Living donor w/u: niece [[N|Efua]] (O+) started; brother [[N|Kofi]] excluded (DM).
Labs: K 5.4, PO4 6.8, PTH 612. Sevelamer up to 1600 TID; cinacalcet 30.
BP 152/90; dry wt 68.5 -> 68.
Church friend Mrs. [[N|Mabel Ashworth]] drives her; [[PH|215-555-0116]].
Medicare MBI [[HP|1EG4-TE5-MK73]].
[[N|Chukwuemeka Obi]], MD
""",
    ("Germantown",),
)

note(
    "b7-38",
    "Maria da Conceição Almeida",
    """
DISABLED PERSON PARKING PLACARD - physician certification
Applicant: [[N|Maria da Conceição Almeida]], DOB [[D|06/23/1950]], CA ID [[LIC|N7734012]]
Address: [[ADDR|712 Fourth St, #5]], [[C|Tulare]], CA [[Z|93274]]
Vehicle: 2014 Honda CR-V, plate [[VEH|7BXM204]], VIN [[VEH|5J6RM4H73EL047128]]
Condition: COPD GOLD 3, FEV1 38%, on 2 L O2 via Lincare concentrator. Cannot walk 200 ft without stopping to rest (6MWT [[D|4/30/25]]: 140 m, nadir SpO2 84%).
Disability: permanent.
Certified by [[N|Eduardo Siqueira]], MD, CA lic [[LIC|A118204]], [[D|5/14/2025]]. Office [[PH|559-555-0170]].
Pt's grandson will submit form to DMV.
""",
)

note(
    "b7-39",
    "Grant Oyelaran-Whitfield",
    """
ADHD f/u (peds)   [[D|10.21.2025]]
[[N|Grant Oyelaran-Whitfield]], 9 yo, MRN [[MRN|P00871342]], ADHD combined type. On Focalin XR 10 mg.
Vanderbilt (teacher, Mr. [[N|Mark Zielinski]], 4th gr): inattention 6/9 -> 3/9; hyperactivity 5/9. Dad [[N|Tunde]]'s Vanderbilt similar.
Appetite down at lunch; wt 28.1 kg (-0.4). HR 94, BP 104/62.
Sleep onset 45 min; melatonin 1 mg.
504 plan meeting [[D|Nov 3]] at Riverside Elementary. Mom [[N|Kristen]] requested letter -> done; she can be reached at [[PH|937-555-0161]].
Plan: cont Focalin XR 10, add protein breakfast. RTC 3 mo.
Rx to Kroger pharmacy; PDMP reviewed.
[[N|Sabitha Menon]], MD
""",
)

note(
    "b7-40",
    "Lena Hartley",
    """
PSYCHOTHERAPY PROGRESS NOTE (90847 conjoint)   [[D|2/6/25]]
Clients: [[N|Lena Hartley]] & [[N|Joaquín "Quino" Ferreira]]
Theme: conflict over his mother, Dona [[N|Fátima]], moving in after her hip fx ([[D|Dec 2024]]). Kids [[N|Sofia]] (11) and [[N|Leo]] (7) now sharing a room.
[[N|Lena]] reports feeling "like a guest in my own house"; [[N|Quino]] withdrew, stonewalling (Gottman). Practiced speaker-listener and soft startup.
Risk: none. No IPV per separate individual screens.
Homework: 20-min stress-reducing conversation nightly.
Next session [[D|2/20]] (both). EAP auth # [[ID|EAP-771045]], 3 of 6 sessions used.
[[N|Marguerite Osei-Bonsu]], LMFT
""",
)

note(
    "b7-41",
    "Xiomara Castellanos",
    """
OT HAND THERAPY   DOS [[D|6/16/25]]
Pt: [[N|Xiomara Castellanos]], R-hand dominant, s/p ORIF R distal radius fx ([[D|5/8]], Dr. [[N|Fennimore]]), volar plate.
Pain 3/10. Edema: figure-8 R 52.5 cm / L 49.0 cm. AROM wrist ext 40°, flex 35°, sup 60°. Grip R 18 lb / L 61 lb. QuickDASH 52.
Finkelstein neg; Tinel neg at carpal tunnel - no median n. sx.
Custom thermoplastic wrist cock-up splint fabricated, wear except HEP/hygiene.
Works as dental hygienist; employer asks RTW date - est. [[D|Aug 1]] w/ restrictions.
Husband [[N|Rodrigo]] drives. Pt will send splint photos to [[EM|xio.castellanos@outlook.com]] thread.
Aetna [[HP|W229104876]], 12 visits auth'd. Cell [[PH|305-555-0112]].
[[N|Bethany Kraus]], OTR/L, CHT
""",
)

note(
    "b7-42",
    "Mariana Ojeda",
    """
POSTPARTUM CALL (day 10)   [[D|11/14/2024]] 10:05
Called [[N|Mariana Ojeda]] at [[PH|210-555-0178]]. SVD [[D|11/4]] at Baptist; baby girl [[N|Luz]], 3.1 kg.
Bleeding like a light period, no clots. Perineum sore, using sitz baths. Home BP 128/82.
Breastfeeding q2-3h; IBCLC to call tomorrow.
EPDS 11 -> discussed; husband [[N|Rubén]] back at work (Air Force); her mom arrives from [[C|Laredo]] for [[D|Thanksgiving]] and staying 3 wk.
Warning signs reviewed (HA, vision change, SOB). 2-wk PP visit [[D|11/19]] w/ Dr. [[N|Ileana Fuentes]] - confirmed.
[[N|P. Okonjo]], RN
""",
)

note(
    "b7-43",
    "Opal Faye Henning",
    """
GERIATRICS   [[D|3/31/25]]
[[N|Opal Faye Henning]], [[A|99]] yo F, here w/ nephew & HCPOA [[N|Leland Henning]].
Lives at Sunny Acres assisted living, [[ADDR|400 Cedar Ln]], rm 118, [[C|Fairfield]].
MoCA 17/30 (was 19). Mild Alzheimer type dementia; no BPSD. Donepezil stopped (bradycardia 48).
Falls: 1 in past 3 mo (no injury). TUG 19 s, walker.
Meds deprescribed: stop trazodone, stop Tylenol PM (Beers).
She turns [[A|100]] on [[D|April 19]]! Party planned. Sister [[N|Ivy]] ([[A|102]]) lives in [[C|Keokuk]] and hopes to come.
Goals: comfort, stay at Sunny Acres. POLST: DNR/selective tx.
Nephew cell [[PH|641-555-0183]].
[[N|Aurelio Basso]], MD, Geriatrics
""",
)

note(
    "b7-44",
    "Gabriel Quispe Mamani",
    """
ENDOCRINE - gender-affirming care   [[D|8/8/25]]
Pt: [[N|River Quispe]] (legal name on insurance: [[N|Gabriel Quispe Mamani]]), 24, they/them.
Estradiol valerate 5 mg IM weekly; spironolactone 100 BID. Labs last wk: E2 182, T 38, K 4.3, Cr 0.8.
Mood good; started grad school at CU, moved to [[C|Lafayette]]. Name change court date [[D|Sept 17]] - will bring order to update chart.
Ins: Anthem member [[HP|YRK882019334]] (under legal name). PA for FFS consult pending, ref [[ID|AN-PA-5581203]].
Pt asks that portal and mail use [[N|River]] only. Emergency contact: friend [[N|Ximena Coaquira]] [[PH|720-555-0133]].
Plan: cont E2; f/u 3 mo w/ labs.
[[N|Morgan Feldstein-Ruiz]], MD
""",
)

note(
    "b7-45",
    "Estelle Broussard",
    """
MTM TELEPHONE CONSULT (CMR)   [[D|June 24, 2025]]
Pharmacist: [[N|Thanh Huong Le]], PharmD   Pt: [[N|Estelle Broussard]], 81F, [[C|Breaux Bridge]]
Part D member ID [[HP|H88104722]]   Pt phone [[PH|337-555-0140]]
14 meds reviewed w/ pt and daughter-in-law [[N|Charmaine]] (fills pillbox Sundays).
Issues: (1) Tylenol PM + Benadryl nightly - Beers list, anticholinergic; recommend stop, trial melatonin. (2) Eliquis 5 BID - age <80, Cr 1.1, wt 71 kg: dose appropriate. (3) Fosamax since 2014 - consider drug holiday. (4) Jardiance - UTI x2 this yr.
Recs faxed to PCP Dr. [[N|Thibodeaux]], [[FX|337-555-0146]].
F/u call [[D|7/22]]. Personal med list mailed to [[ADDR|1416 Rue Lafayette]].
""",
)

note(
    "b7-46",
    "Yaw Boateng",
    """
TRAVEL MEDICINE CONSULT   [[D|1/13/2025]]
[[N|Yaw Boateng]], 45M, VFR travel to [[C|Kumasi]] and [[C|Cape Coast]], Ghana, [[D|Feb 3]]-[[D|Mar 1]] for sister [[N|Akosua]]'s wedding.
Born in Ghana, in US since 2003; assumes he is "immune" to malaria - counseled.
Given: yellow fever (ICVP signed, cert # [[ID|YF-0113-2291]]), typhoid Vi, Tdap. Hep A series complete. MMR immune.
Malaria ppx: atovaquone-proguanil daily, start 1-2 days before, 7 days after.
Also traveling: wife and daughter [[N|Nana Ama]] (6) - peds travel appt next wk.
Passport # [[ID|A09918273]] recorded for YF card.
Contact in Ghana: brother [[N|Kwabena]] [[PH|+233 24 555 0190]].
[[N|Hyacinth Drummond]], MD
""",
)

note(
    "b7-47",
    "Sean-Michael Boyle",
    """
OCC HEALTH - RETURN-TO-WORK EVAL   [[D|04/09/2025]]
Employee: [[N|Sean-Michael Boyle]]   Emp ID [[ID|E-448120]]   Employer: Metro Transit (bus operator)
Supervisor: [[N|Tonya Reese]], [[PH|651-555-0139]]
Injury: on-duty MVA [[D|3/18/25]] - bus rear-ended in [[C|Frogtown]] by a pickup (plate [[VEH|448KTR]]); other driver's insurer claim [[ID|PGR-25-7731902]]. WC claim [[ID|WC2025-00871]].
Dx: concussion; cervical strain.
Today: SCAT5 symptom score 4 (from 22). Romberg neg, tandem gait nl, VOMS mild convergence sx. ImPACT back to baseline.
Plan: RTW [[D|4/14]] modified duty (no driving) x1 wk, then full duty if sx-free.
[[N|A. Nwachukwu]], MD, MPH (Occ Med)
""",
)

note(
    "b7-48",
    "Xavier Montgomery-Sealy",
    """
PORTAL MESSAGE - Billing   [[D|2025-07-02]] 19:44   (login IP [[IP|98.113.42.210]])
From: [[N|Xavier Montgomery-Sealy]] (user [[N|xmsealy]])
"I got a bill for $1,240 for my MRI on [[D|May 30]] but Oscar (ID [[HP|OSC-81-4402918]]) said it was approved?? Statement acct [[ACCT|2201-884713]], guarantor is my wife. I already paid the copay at [[URL|https://pay.instamed.com/Form/PaymentPortal/Default?id=88Q13XT]]. pls call me [[PH|917 555 0145]] after 5pm"
Reply [[D|7/3]] - [[N|Kendra]] (Patient Financial Services): Claim denied for missing auth; resubmitted w/ auth [[ID|OSC-AUTH-2280193]], ref [[ID|CLM-0093318724]]. Balance on hold 45 days. Pls confirm guarantor address: [[ADDR|18 Linden Pl, Apt 4R]], [[C|Park Slope]].
""",
)

note(
    "b7-49",
    "Sione Faleolo",
    """
[[D|January 22, 2025]]

Dr. [[N|Hollis Ebbesen]]
Fax: [[FX|253-555-0107]]

Dear Dr. [[N|Ebbesen]],

RE: [[N|Sione Faleolo]], DOB [[D|2/2/1975]]

Mr. [[N|Faleolo]] completed treatment for stage IIIB colon adenocarcinoma (CAPOX x 8, last cycle [[D|8/14/2024]]). Tumor MSI-high; germline testing confirmed Lynch syndrome (MLH1), so cascade testing was offered to his siblings [[N|Losa]] and [[N|Tavita]]. Surveillance: CEA q3mo x 2 yr, CT C/A/P q6-12mo, colonoscopy [[D|Aug 2025]]. Grade 1 neuropathy persists. Port removed. He is back at work as a longshoreman at the Port of Tacoma.

Please call me at [[PH|253-555-0106]] with questions.

Sincerely,
[[N|Anneliese Vogt]], MD, MPH
""",
    ("Tacoma",),
)

note(
    "b7-50",
    "Priya Ramaswamy",
    """
REI NEW CONSULT   [[D|5/27/2025]]
[[N|Priya Ramaswamy]] (34) & partner [[N|Daniel Brightman]] (36); 18 mo primary infertility.
Prior IUI x3 at another clinic in 2024, clomid. AMH 1.1, AFC 9. HSG last mo: bilat patent.
SA ([[N|Daniel]]): TMC 22M, morph 3% (Kruger).
Plan: IVF, antagonist protocol w/ PGT-A; start with menses ~[[D|6/10]].
Progyny member [[HP|PGY7719283]]; SmartCycle auth [[ID|SC-40918273]].
Nurse coordinator [[N|Holly]] [[PH|847-555-0191]]; consents via DocuSign to [[EM|priya.ramaswamy@icloud.com]].
[[N|Tomás Echeverría]], MD, REI
""",
)

note(
    "b7-51",
    "Dolores Kaaihue",
    """
HEPATOLOGY CLINIC   [[D|Tue 04.15.2025]]
[[N|Dolores "Dee" Kaaihue]], 57F, MASH cirrhosis, MELD-Na 17, Child-Pugh B8.
EGD w/ EV banding [[D|3/11]] (Dr. [[N|Bhattacharya]]); repeat in 4 wk.
Ascites: furosemide 40 / spironolactone 100; LVP last wk 5.2 L.
HE: lactulose titrated to 3 BM/d; rifaximin added.
Transplant eval referral sent to The Queen's Medical Center, case # [[ID|QTC-25-0417]].
Lives in [[C|Hilo]]; flights to [[C|Honolulu]] for appts via HMSA travel benefit, member [[HP|HMS 8847 1120 03]].
Caregivers: husband [[N|Kimo]], daughter [[N|Pua Kaaihue-Santos]] [[PH|808-555-0147]].
[[N|G. Lindahl]], NP
""",
)

note(
    "b7-52",
    "Travis Lee Dunaway",
    """
PAIN MANAGEMENT F/U   [[D|3/5/25]]
Pt: [[N|Travis Lee Dunaway]]   MRN [[MRN|PM-00918]]
CLBP s/p L4-5 TLIF (2019), failed back surgery syndrome. Pain 6/10, worse standing.
Meds: oxycodone 10 mg q8h prn (MME 45), gabapentin 600 TID. Naloxone on hand.
UDS last visit: consistent. PDMP reviewed, single prescriber. Opioid agreement renewed today.
SCS trial discussed (Nevro HFX vs Boston Sci WaveWriter); psych eval w/ Dr. [[N|Esperanza Ocampo]] first.
Wife [[N|Amber]] reports he is more active.
Pharmacy: Kroger, [[ADDR|3701 S Cooper St]], [[C|Arlington]].
Next [[D|4/2]]. Call [[PH|817-555-0128]] for refills 72 h ahead.
[[N|Olusegun Bamidele]], MD
""",
)

note(
    "b7-53",
    "Noah Castellano-Pierce",
    """
URGENT CARE RECHECK - dog bite   [[D|Wed 7/16/25]]
[[N|Noah Castellano-Pierce]], 11 yo, bitten L forearm [[D|7/14]] ~6 pm by neighbor's dog (pit mix "Roscoe") at [[ADDR|2608 Juniper Way]], [[C|Hillsboro]].
Owner: [[N|Dale Kimmerly]], [[PH|503-555-0115]]; rabies vax current per owner.
Wound: 3 punctures + 1 cm lac, no purulence; erythema 1 cm, improving. Cap refill nl, FDP/FDS intact.
Augmentin day 3/5. Tdap UTD ([[D|Aug 2024]]).
Mom [[N|Brooke Pierce]] to watch for red streaks, fever. Animal control report # [[ID|AC-25-01183]]; 10-day quarantine at owner's home ends [[D|7/24]].
[[N|Theo Vanterpool]], PA-C
""",
)

note(
    "b7-54",
    "Hyun-woo Kim",
    """
REFERRAL - Orthodontics   [[D|09/02/2025]]
To: Dr. [[N|Eun-ji Yoon]], Yoon Orthodontics
From: [[N|Carlos Mendonça]], DDS (general)
Pt: [[N|Hyun-woo Kim]] ("[[N|Danny]]"), DOB [[D|11/11/2011]]
Findings: Class II div 1, OJ 8 mm, deep bite 90%, mand. anterior crowding; #5, #12 erupting ectopically. Good OH; caries-free.
Pano + ceph [[D|8/26]]: [[URL|https://share.dolphinimaging.com/c/7Hq2ZK91]].
Parent: [[N|Soo-jin Kim]], [[EM|soojin.kim.park@naver.com]], [[PH|201-555-0122]].
Ins: MetLife dental, ID [[HP|MET551028836]], ortho lifetime max $1,500.
Thank you for seeing him.
""",
    ("Yoon",),
)

note(
    "b7-55",
    "Ren Tanabe-Hill",
    """
LACTATION CONSULT (outpt)   [[D|7/29/25]]
Mother: [[N|Sakura Tanabe-Hill]], 31, P1. Infant: [[N|Ren]], DOB [[D|7/20/25]], BW 3.44 kg -> 3.21 kg today (-6.7%).
Concerns: painful latch, creased nipples. Oral exam: posterior tongue tie, Hazelbaker function 8/14.
Referral to ENT Dr. [[N|Oyelowo]] - frenotomy [[D|7/31]].
Plan: triple feeding 48h, SNS; Spectra S1 rental serial [[DEV|S1-2207-41185]]. WIC ID [[ID|0047-31122]] for pump coverage.
Partner [[N|Devon Hill]] bottle-feeds at night. Weight check [[D|Fri 8/1]].
Hand-off to peds via fax [[FX|919-555-0175]].
[[N|Marisol Teixeira]], IBCLC
""",
)

note(
    "b7-56",
    "Kayla Brennan-Ruiz",
    """
BH CRISIS LINE - CALL LOG   [[D|Sat 9/13/2025]] 01:12-01:58
Caller gave first name [[N|Kayla]], later full name [[N|Kayla Brennan-Ruiz]], 22, from [[C|Wauwatosa]]. Calling from [[PH|414-555-0199]].
C-SSRS: passive SI since breakup w/ ex [[N|Tre]] on [[D|Labor Day]]; no plan/intent/means; no prior attempts. 4 beers tonight.
Protective: roommate asleep in next room; her cat; sister [[N|Maddie]] ([[PH|262-555-0134]]).
Ex posting about her on IG ([[N|@tre.vell_mke]]) - she has blocked him.
Safety plan completed. Agreed to warm handoff to mobile crisis in AM.
F/u call [[D|9/14]] 12:00. Outpt therapist: Dr. [[N|Lindqvist-Amoah]].
Counselor: [[N|jpetrakis]]
""",
)

note(
    "b7-57",
    "Marisol Contreras-Healy",
    """
GYN ANNUAL   [[D|10/10/2025]]   MRN [[MRN|GY-3381094]]
[[N|Marisol Contreras-Healy]], 38, G3P2012. LMP [[D|9/28]].
Mirena placed [[D|Oct 2020]] - due; wants replacement -> removed/reinserted today, no complications.
Pap/HPV cotest [[D|10/2022]] NILM/HPV neg -> cotest today.
Fam hx: sister [[N|Yolanda]] cervical ca at 41. No BRCA hx. Baseline mammo ordered.
L Bartholin cyst resolved. Kegel teaching for mild SUI.
Partner [[N|Declan]]; monogamous. Declines STI testing.
Results to portal; e-mail on file [[EM|marisol.ch@gmail.com]].
[[N|June Akinyemi-Stone]], WHNP-BC
""",
)

note(
    "b7-58",
    "Anders Sørensen",
    """
From: [[N|Olga Sørensen]] <[[EM|olga.sorensen@hotmail.com]]>
Sent: [[D|Mon, Mar 10, 2025]] 4:12 PM   X-Originating-IP: [[IP|73.162.8.44]]
To: HIM Release of Information
Subject: records for my dad

Hi, I need my late father's records ([[N|Anders Sørensen]], DOB [[D|08/01/1931]], died [[D|1/2/2025]] in your hospice unit) for the estate. I'm the executor; letters testamentary attached (probate case [[ID|19HA-PR-25-219]]). Please mail to [[ADDR|9 Hawthorn Ct]], [[C|Northfield]], MN [[Z|55057]]. thanks, [[N|Olga]]

---
Reply next day from [[N|Patrice Dufresne]], ROI Specialist:
Hi, request # [[ID|ROI-25-10472]] opened. Fee $6.50. A secure download link will be sent from [[URL|https://roi.allinahealth.example/req/ROI-25-10472]] within 10 business days.
""",
)

note(
    "b7-59",
    "Delbert Little Thunder",
    """
PODIATRY   [[D|5/13/25]]
[[N|Delbert Little Thunder]], 70M, DM2 w/ PN, Charcot R midfoot (Eichenholtz stage 2), in CROW walker since [[D|3/3]].
Monofilament 2/10 R, 4/10 L. Temp differential 2.1 °C (down from 4.0).
Nail debridement x10 (mycotic); callus pared sub 5th MTH L.
Drives 90 mi from [[C|Kyle]] for visits; niece [[N|Charmayne]] drives when he can't, [[PH|605-555-0144]].
IHS PRC auth # [[ID|PRC-0512-3389]]; tribal enrollment # [[ID|OST-0048217]].
Wife [[N|Geraldine]] checks his feet daily w/ mirror. Signed SD disabled parking form for his pickup, plate [[VEH|44A718]].
Next visit [[D|6/10]], XR before.
[[N|Bettina Rasmussen]], DPM
""",
)

note(
    "b7-60",
    "Raymond Dubois",
    """
HOSPICE BEREAVEMENT - 1-month call   [[D|Feb 18, 2025]]
Called [[N|Lorraine Dubois]], widow of [[N|Raymond Dubois]] (d. [[D|1/17/25]] at home, age [[A|94]]).
She reports poor sleep, appetite ok, "talks to [[N|Ray]]" in the evenings - normal grief. No SI. Daughter moved back from [[C|Shreveport]] to stay with her.
It would have been their 70th anniversary on [[D|March 8]]; anticipates a hard day.
Memorial mass planned for [[D|Easter Sunday]] at St. Anne's.
Grief group Tuesdays 6 pm - she'll try it.
Mailing bereavement packet to [[ADDR|211 Bayou Ct]], [[C|Bossier City]], LA [[Z|71111]].
Home [[PH|318-555-0159]].
[[N|Felix Oyelaran]], Bereavement Coordinator
""",
)


if __name__ == "__main__":
    write(OUT, NOTES)
