#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind17.jsonl.

Blind set 17 emphasises faxed, scanned and OCR'd documents and the notes
around birth and childhood: OCR text of faxed referrals, outside records,
lab, pathology and pharmacy print-outs (broken spacing, line-break
hyphenation, ALL CAPS headers, O/0 and l/1 confusions, repeated page headers
and footers carrying the patient's name and DOB), fax cover sheets,
copy-forward notes that repeat old dates, obstetric triage and labour notes,
delivery summaries, newborn and NICU notes (mother-baby pairs, twins, the
mother's MRN beside the baby's), well-child visits, school, daycare, WIC and
early-intervention forms, adolescent confidential visits, genetics pedigrees
with relatives' names and ages (great-grandparents over 89), adoption,
foster-care and guardianship records, child-life, lactation and bereavement
notes.

Annotation conventions (HIPAA Safe Harbor):

* NAME: patients, relatives, caregivers and staff, including nicknames,
  preferred names, lower-case and all-caps names, OCR-mangled names
  ("Sa1azar"), initials that stand for a person, log-in names and online
  handles.  Titles and credentials stay outside the span, as does the "@" of
  a handle.  In "Baby Girl Okafor" / "Twin B" only the surname is marked.
* DATE: every date element more specific than a year, in any format
  (including OCR-mangled "O3/O4/2O24", day-first dates, month+year, a bare
  month, weekday or holiday used as the date of an event).  Bare years,
  times, durations, gestational ages, days of life and recurring schedules
  are not marked.
* AGE: ages over 89 only (the number alone); younger ages are unmarked.
* PHONE / FAX: the whole number, any extension inside the span.
* MRN (mother's and baby's alike), HEALTH_PLAN (Medicaid, Medicare MBI,
  plan member IDs), ACCOUNT, LICENSE (driver's licences, professional and
  foster-home licences, DEA numbers), DEVICE (implant, pump and monitor
  serial numbers), VEHICLE, EMAIL, SSN; other record-specific numbers
  (accessions, NPIs, case, court, certificate, claim, badge, kit, Rx,
  interpreter and authorisation numbers) are ID.
* ADDRESS (street, unit, PO box, rural/highway-contract route), CITY (towns,
  cities, neighbourhoods, foreign cities), ZIP.  States and countries are
  not marked.
* Not marked: facility, school, company and agency names, eponyms, drug and
  device model names, lot numbers, CLIA/BIN/PCN codes, room and bed
  numbers, scores, lab values, ICD codes, bare years.

Stdlib only.  Run: python bench/data/make_deid_blind17.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind17.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b17-01",
    "Ren Nakashima",
    """
FAX TRANSMISSION    Pg 1 of 3    [[D|O3/04/2024]] 11:42
FROM: Lakeshore Pediatric Assoc    FAX [[FX|(414) 555-0172]]
TO: Peds Cardiology Intake         FAX [[FX|414-555-0139]]
RE:  [[N|NAKASHIMA, REN]]    DOB  [[D|O7/22/2O23]]    MRN#  [[MRN|LP-0O88213]]
--------------------------------------------------
REFERRAL  REASON:  murmur gr 2/6 SEM LUSB, r/o VSD vs PFO
Term male, NSVD, BW 3.4 kg, Apgars 8/9. Mom ([[N|Aiko Nakashima]], 31) re-
ports sweating w/ feeds since late [[D|Febru-
ary]], wt 25th %ile -> 10th. No cyanosis. Sib (4) healthy.
PCP: Dr. [[N|Tamsin O'Rourke]]  NPI [[ID|1467O29381]]   ph [[PH|414.555.0163]]
Pls schedule echo. Ins: BadgerCare Plus ID [[HP|7720 4419 0815]]
--------------------------------------------------
[[N|NAKASHIMA, REN]]   DOB [[D|07/22/2023]]   Pg 1/3   CONFIDENTIAL
""",
)

note(
    "b17-02",
    "Yesenia Morales-Quintero",
    """
OB TRIAGE NOTE   L&D   [[D|4/9/24]] 0315
Pt: [[N|Yesenia Morales-Quintero]]  G3P2002 @ 37w2d by 8 wk US   MRN [[MRN|30048817]]
EDD [[D|4/24/2024]]. LMP [[D|7/18/23]] (unsure).
CC: ctx q5-6 min since ~2300, ?LOF. Denies VB. +FM.
SVE 3/60/-2 per RN at 0250, unchanged on recheck 0330. Nitrazine neg, fern neg, no pooling -> intact.
NST reactive, baseline 135, mod var, +accels, no decels. TOCO q4-6.
PNL: O+, Ab neg, RI, HBsAg neg, HIV neg, GBS neg [[D|3/19]].
Hx: SVD x2 (2019, 2021), no complications.
Husband [[N|Rafael]] at bedside, cell [[PH|(915) 555-0126]]. Lives in [[C|Socorro]], TX, ~40 min drive.
A/P: prodromal labor. D/c home w/ labor precautions, f/u OB clinic [[D|Thursday]].
d/w Dr [[N|K. Adeyemi]] -- [[N|mbrandt]] CNM
""",
)

note(
    "b17-03",
    "Thi Thu Ha Nguyen",
    """
L&D PROGRESS NOTE -- [[D|11-02-2023]] 14:10
[[N|Thi Thu Hà Nguyễn]] 29yo G1P0 @ 40w5d, MRN [[MRN|0071-442-90]], IOL for postdates (EDD [[D|10/28]]).
Cervidil placed [[D|11/1]] 2100, removed 0900. Pitocin started 0945, now 10 mU/min.
SVE 14:00: 5/80/-1, AROM clear @ 1330. FHT cat I, baseline 140s.
Epidural placed 13:45 by Dr [[N|Orsolya Farkas]] (anes), pt comfortable.
Support: partner; her mother [[N|Lan]] translating (Vietnamese), pt prefers female staff.
A/P: active labor, continue pit per protocol, IUPC if slow change. Peds aware - GBS unk, PCN started 1340.
Recheck 2h. Plan d/w Dr. [[N|Hollis Grant]].
-- [[N|J. Whitcombe]], CNM
""",
)

note(
    "b17-04",
    "Chidinma Okafor",
    """
DELIVERY SUMMARY
Mother: [[N|OKAFOR, CHIDINMA A]]   MRN [[MRN|M2201937]]   DOB [[D|02/14/1992]]
Infant: Baby Girl [[N|Okafor]]   MRN [[MRN|N2209544]]
Date/time of birth: [[D|06/30/2024]] 04:52
Delivery: NSVD over 2nd degree lac, repaired 3-0 Vicryl. EBL 350 mL. Placenta spont, intact, 3VC.
Apgars 8 and 9 at 1 and 5 min. Wt 3180 g, L 49 cm, HC 34 cm.
Nuchal cord x1 reduced. Delayed cord clamping 60 s.
Peds: Dr. [[N|Bashir]]. Attending: Dr. [[N|Elena Sokolova]].
FOB [[N|Emeka Okafor]] cut cord. Plan skin-to-skin, breastfeed, routine NB care.
Cord blood sent, mom O NEG -> RhIG eval.
Birth cert worksheet given to FOB; address confirmed [[ADDR|2217 Westfield Ave Apt 3C]], [[C|Elizabeth]], NJ [[Z|07208]].
""",
)

note(
    "b17-05",
    "Leo Castellanos",
    """
NEWBORN H&P   [[D|Jul 1 2024]]
Baby Boy "[[N|Leo]]" [[N|Castellanos]]  MRN [[MRN|N7730021]]   DOB [[D|6/30/24]] @ 2231, 39+1 wks
Mother: [[N|Marisol Castellanos]] 34 G2P2, MRN [[MRN|M7719480]], A+, RI, HBsAg neg, GBS pos -> PCN x3 doses, adequate.
ROM 6 h, clear. SVD. Apgars 9/9. BW 3.62 kg (62%), L 51 cm, HC 35 cm.
Exam: AFOF, red reflex +/+, palate intact, Ortolani/Barlow neg, hips stable. Mongolian spots sacrum. Testes desc bilat.
Feeding: breast + formula supplement per mom preference. Voided, stooled.
Plan: routine care; HepB #1, erythromycin, vit K given. CCHD at 24h, NBS [[D|7/1]] 0400, hearing screen before d/c.
Circ requested, consent w/ urology.
PCP: [[N|Ines Barbosa]] MD, Harbor Kids Clinic, [[C|New Bedford]] [[PH|508-555-0188]]
""",
)

note(
    "b17-06",
    "Sloane Abernathy",
    """
NICU ADMIT NOTE - Twin B
Name: [[N|Abernathy]], Twin B ("[[N|Sloane]]")    MRN [[MRN|0092-4471-B]]
Twin A: [[N|Abernathy]], Twin A ("[[N|Hazel]]")  MRN [[MRN|0092-4470-A]] - well, in NBN
Mother [[N|Courtney Abernathy]] MRN [[MRN|0088-1903]]
Born [[D|Sept 14 2023]] 0812 by C/S (breech/vertex, di-di), 33+4 wks, BW 1745 g.
Maternal hx: PIH, BMZ complete x2, Mg for neuroprotection.
Apgars 6/8. CPAP +5 in DR, FiO2 30%.
Admit: CPAP 6, FiO2 0.28, UVC 5 Fr (tip T9), D10 80 mL/kg/d, amp/gent x48h, blood cx sent.
Labs: WBC 9.1, Hct 48, plt 210; gluc 42 -> D10 bolus.
Parents updated at bedside; dad [[N|Travis]] cell [[PH|479-555-0117]]. Live in [[C|Bentonville]], AR.
Attending: [[N|R. Oyelaran]], MD
""",
)

note(
    "b17-07",
    "Sloane Abernathy",
    """
NICU Progress Note   DOL 12 / CGA 35w2d   [[D|9/26/2023]]
*** copied forward from [[D|9/25/2023]], edited ***
[[N|ABERNATHY]], TWIN B   MRN [[MRN|0092-4471-B]]
Resp: RA since [[D|9/19]] (weaned off CPAP [[D|9/18]]). No A/B/D x 48h. Caffeine d/c'd [[D|9/22]] - monitor off caffeine 5-7 d.
FEN: PO/NG EBM 24 kcal 160 mL/kg/d, PO 60%. Wt 1905 g (+25 g).
ID: r/o sepsis, BCx NGTD final [[D|9/16]], abx stopped 48h.
Heme: bili 9.4, below light level.
Neuro: HUS nl x2, no IVH.
Social: mom visits daily, kangaroo care. Twin sis home [[D|9/24]].
Dispo: car seat challenge, hearing screen, CCHD; Synagis eligible? - d/w [[N|Mireille]] (SW).
[[N|R. Oyelaran]] MD / NNP [[N|kfrost2]]
""",
)

note(
    "b17-08",
    "Jean-Luc Baptiste",
    """
NICU DISCHARGE SUMMARY
Pt: [[N|Baptiste]], Boy ([[N|Jean-Luc]])   MRN [[MRN|NICU-51140]]   Acct [[ACCT|900512227]]
DOB [[D|01/03/2024]]   GA 28+6   BW 1130 g
Admit [[D|01/03/2024]]   Discharge [[D|03/11/2024]]   PMA 38+2
Problems: prematurity; RDS s/p surfactant x2; PDA closed w/ APAP; ROP stage 1 zone II - f/u Dr. [[N|Vasquez-Hale]] (ophtho) [[D|3/18]]; anemia of prematurity s/p PRBC x1.
D/c meds: Poly-Vi-Sol w/ Fe 1 mL daily; Neosure 22 kcal.
F/u: PCP Dr. [[N|Ama Boateng]] within 48h ([[D|3/13]]). EI referral faxed [[D|3/8]] to [[FX|617-555-0194]].
Home: mother [[N|Nadège Baptiste]], [[ADDR|41 Fessenden St #2]], [[C|Mattapan]] MA [[Z|02126]]; MassHealth ID [[HP|100239948871]].
""",
)

note(
    "b17-09",
    "Amira Haddad",
    """
WCC 2 MO   [[D|Mon 5/13/24]]
[[N|Amira Haddad]] DOB [[D|3/12/2024]] F   MRN [[MRN|4410982]]
Here w/ mom ([[N|Rania]]) and teta (grandma). Arabic interpreter #[[ID|226104]] via phone.
Feeding: BF q2-3h + 2 oz formula at night. Stools yellow seedy 4-5/d. Sleeps supine in bassinet.
Growth: Wt 5.1 kg (45%), L 57 cm (40%), HC 38.5 (50%).
Dev: social smile, coos, lifts head 45 deg.
Exam: nl, AFOF, hips stable, no murmur.
Vaccines: DTaP-IPV-Hib-HepB, PCV20, RV #1 given. VIS given, consent by mom.
EPDS (mom) 6, neg.
A/P: healthy 2 mo. RTC 4 mo ~[[D|July 15]].
[[N|Pinkney]], DO
""",
)

note(
    "b17-10",
    "Jordan Brooks",
    """
4 YR WELL CHILD CHECK
Name: [[N|Brooks, Jordan T.]]   DOB: [[D|10-02-2019]]   Age 4y 7m   MRN: [[MRN|RX-558120]]
Visit date: [[D|05-06-2024]]
Accompanied by father [[N|Lincoln Brooks]] and paternal grandmother [[N|Dot]] (pt calls her "[[N|Mimi]]").
Home: [[ADDR|4410 Frederica St]], [[C|Owensboro]] KY.
Concerns: picky eater; snoring most nights; Pre-K health form due [[D|Aug 1]].
Exam: BP 94/56. Vision 20/25 OU, hearing pass 25 dB. Tonsils 3+, no cervical LAD. BMI 55%.
Dev: hops on one foot, draws a person w/ 4 parts, tells stories.
Vaccines: DTaP, IPV, MMR, VAR given today.
Plan: ENT referral to Dr. [[N|Szymanski]] re snoring/tonsils. Pre-K form completed and signed, copy to dad.
Provider: [[N|Harriet Obuya]], MD   KY Lic. [[LIC|44871]]
""",
)

note(
    "b17-11",
    "Mateo Salazar",
    """
PREPARTICIPATION PHYSICAL EVALUATION  (scanned form - OCR)
Student: [[N|Sa1azar]], [[N|Mateo]]     Sex: M   Age: 15   DOB: [[D|O4 / 11 / 2OO9]]
School: Rio Grande HS      Grade: 10     Sport(s): football, wrestling
Address: [[ADDR|8O9 Calle Pinon]]   City: [[C|Las Cruces]]   ZIP: [[Z|88OO5]]
Parent/guardian: [[N|Graciela Salazar]]   Phone: [[PH|( 575 ) 555 - 0109]]
Hx: concussion x1 [[D|Oct 2023]] (cleared [[D|11/14/23]] by Dr [[N|Ybarra]]), no LOC.
Heart hx neg.  FHx: no SCD <50.
Exam: Ht 5'8"  Wt 162 lb  BP 118/72  P 64.  Vision R 20/20 L 20/25.  Marfan screen neg.
[X] Cleared w/o restriction    Date: [[D|7/29/24]]
Examiner: [[N|R. Nakamura-Ellis]], PA-C    Lic # [[LIC|PA-0O3318]]    Mesilla Valley Family Med
""",
)

note(
    "b17-12",
    "Priya Raghunathan",
    """
LITTLE ACORNS CHILD CARE -- [[C|Pflugerville]], TX -- MEDICATION AUTHORIZATION
Child: [[N|Priya Raghunathan]]   DOB [[D|12/8/2021]]   Room: Butterflies
Medication: albuterol HFA 90 mcg, 2 puffs via spacer q4h prn wheeze/cough
Start [[D|9/3/2024]]   End [[D|6/13/2025]]
Allergies: cashew (anaphylaxis) - EpiPen Jr 0.15 mg kept in office
Prescriber: [[N|Wendell Oyelowo]], MD  NPI [[ID|1881046225]]  Ph [[PH|(512) 555-0150]]  Fax [[FX|(512) 555-0151]]
Parent: [[N|Arjun Raghunathan]] cell [[PH|512-555-0132]]
Parent signature: [[N|A. Raghunathan]]    Date [[D|8/28/24]]
""",
)

note(
    "b17-13",
    "Skye Whitfield-Amos",
    """
ADOLESCENT VISIT -- CONFIDENTIAL PORTION (do not release to guardian portal)
[[N|Skye Whitfield-Amos]] 16 y/o F   MRN [[MRN|2039847]]   [[D|2/20/24]]
HEADSS interviewed alone; mom ([[N|Renee]]) in waiting room.
Home: lives w/ mom + stepdad in [[C|Kearney]], NE; "ok".
Education: 11th gr, B's, wants nursing.
Activities: volleyball, works at Runza weekends.
Drugs: vapes nicotine ~daily since [[D|Thanksgiving]], EtOH 2-3x at parties, no MJ.
Sexuality: 1 male partner (17), condoms inconsistent. LMP [[D|2/2/24]]. UPT neg today.
Suicide: PHQ-A 7, no SI.
Plan: Nexplanon - pt wants, scheduled [[D|3/5]]. GC/CT urine sent (acc [[ID|U24-051-7730]]).
Texting ok to personal cell [[PH|308-555-0114]] only, NOT home line.
IG @[[N|skye.w.amos]] - counselled re privacy.
[[N|D. Fairbanks]], NP
""",
)

note(
    "b17-14",
    "Tobias Lindqvist",
    """
GENETICS CLINIC -- PEDIGREE / FAMILY HISTORY
Proband: [[N|Tobias Lindqvist]] (III-2), 3 y/o M, DOB [[D|1/19/2021]], MRN [[MRN|G-118273]]
Referred for GDD + hypotonia; CMA normal ([[D|Nov 2023]]); WES pending (lab ID [[ID|WES-24-00917]]).
Paternal:
 I-1 PGGF [[N|Gunnar Lindqvist]] d. age 81, MI
 I-2 PGGM [[N|Ingrid]], [[A|96]], living in [[C|Duluth]]; brother d. infancy
 II-1 PGF [[N|Per]] 68, T2DM
Maternal:
 I-3 MGGM [[N|Consolata Ferraro]], [[A|91]], dementia; I-4 MGGF d. [[A|90]] (stroke)
 II-3 MGM [[N|Rosaria]] 64 - 2 SABs
 III-1 maternal aunt [[N|Gianna]] 36; her son (IV-1, 8) has autism
Parents [[N|Erik]] 37 and [[N|Francesca]] 34, nonconsanguineous, Swedish / Italian ancestry.
Plan: FMR1 on mom, await WES trio. Consent signed by both parents [[D|4/2/24]].
Counselor: [[N|M. Tsosie]], CGC
""",
)

note(
    "b17-15",
    "Silas Whitaker",
    """
ADOPTION MEDICAL HISTORY SUMMARY -- CONFIDENTIAL
Agency case no. [[ID|AD-2024-0377]]    Court docket [[ID|24-JA-1182]]
Child: birth name "Baby Boy [[N|Dempsey]]", adoptive name [[N|Silas Oren Whitaker]]
DOB [[D|02/27/2024]], [[C|Gresham]], OR; 38 wk, BW 2.9 kg; max NAS score 9, no pharmacotherapy, d/c DOL 6.
Birth mother: [[N|K.D.]], 22, G1, prenatal care from 24 wks; +THC, +buprenorphine (prescribed). HCV Ab neg, HIV neg.
Birth father: unknown / not disclosed.
Adoptive parents: [[N|Nathaniel Whitaker]] and [[N|Yusuf Haddadin]], [[ADDR|PO Box 1184]], [[C|Hood River]] OR [[Z|97031]].
Placement [[D|3/4/24]]; finalization hearing [[D|Aug 19]].
Oregon Health Plan ID (child) [[HP|OHP 88130472]]
Prepared by [[N|Lorna Feeney]], LCSW   [[D|5/10/2024]]
""",
)

note(
    "b17-16",
    "Destiny Ramirez",
    """
FOSTER CARE ENTRY EXAM (within 72h of placement)
Child: [[N|Destiny Ramírez]]  aka "[[N|Dessie]]"   DOB [[D|6/5/2016]]   8 y/o F
DCS case # [[ID|FC-55102-19]]    Medicaid [[HP|IN 300184476-01]]
Removed [[D|10/7/24]] from bio mom ([[N|Crystal Ramirez]]) home in [[C|Muncie]] - neglect.
Placed w/ licensed foster parents [[N|Glenn]] and [[N|Ruthanne Pickett]] (foster home lic [[LIC|FH-8821044]]), [[C|Yorktown]].
Caseworker: [[N|Tiffani Loyd]]  [[PH|765-555-0122 x214]]
Hx limited: vaccines per CHIRP - missing 4-6 yr DTaP/IPV. Dental caries. Lice.
Growth: BMI 14.1 (12th %ile). Vision L 20/50 - fail.
Disclosures: none today. Brother (11) placed separately in [[C|Anderson]].
Plan: catch-up vaccines, dental, optometry, TF-CBT intake; f/u 30 d ~[[D|Nov 8]].
""",
)

note(
    "b17-17",
    "Maximilian Ochoa-Bright",
    """
CHILD LIFE SPECIALIST NOTE   [[D|Wed 1/17]]
Pt: [[N|Maximilian Ochoa-Bright]], 6yo, PICU bed 14, MRN [[MRN|003318662]]
Reason: prep for PICC placement; coping w/ new dx T1DM/DKA.
Family from [[C|Cheyenne]], staying at Ronald McDonald House.
Met w/ pt, mom [[N|Lacey]], and sib [[N|Juniper]] (9). Pt prefers to be called "[[N|Maxi]]".
Used medical play w/ doll, comfort position on mom's lap, iPad distraction (Bluey). Pt tolerated PICC w/ minimal distress.
Coping plan sent to team. Sib support: sister drew card for pt; referred to SibShop [[D|Jan 27]].
Beads of Courage enrolled. Will f/u [[D|Friday]].
-- [[N|Callie Dunmore]], CCLS
""",
)

note(
    "b17-18",
    "Hope Ndlovu-Carter",
    """
LACTATION CONSULT   [[D|08/02/2024]] 1015
Mom: [[N|Hope Ndlovu-Carter]]  MRN [[MRN|M5540129]]    Baby: BB [[N|Ndlovu-Carter]] ("[[N|Zuri]]")  MRN [[MRN|N5540377]]  DOL 2
P1, SVD [[D|7/31]] 2340, 39w. Baby wt 3.21 kg, down 6.4% from BW.
Concerns: L nipple trauma, shallow latch. Flat nipples. Hx breast reduction (2015).
Observed feed: cross-cradle R, latch improved w/ sandwich hold, audible swallows. LATCH 8.
Plan: nipple shield 20 mm trial L, hand expression after feeds, lanolin; pump w/ Symphony rental (SN [[DEV|SYM-4471198]]) if wt loss >8%.
Outpt lactation f/u [[D|Mon 8/5]]. Partner supportive.
Mom's goal: exclusive BF 6 mo; remains hopeful.
-- [[N|Birgit Aalto]], IBCLC
""",
)

note(
    "b17-19",
    "Isabella Fernandez",
    """
** OUTSIDE RECORD - SCANNED **   pg 2 of 2
QUEST-WAY REFERENCE LAB                     CLIA 05D0642827
PATlENT: [[N|FERNAN DEZ, ISABEL LA]]         SEX: F    AGE: 0Y 0M 4D
D0B: [[D|O8/O3/2O24]]     ACCESSI0N: [[ID|HX7741O29]]     MRN: [[MRN|0O51-2284]]
C0LLECTED: [[D|08/07/2024]] 06:10   REC'D: [[D|O8/O7/2O24]] 09:2l   REP0RTED: [[D|08/07/2024]] 11:58
ORDERlNG: [[N|PATEL, ANlKET]] MD      NPl: [[ID|1790 82 4416]]
TEST                 RESULT    FLAG    REF
Bili, Total          17.8       H      <12.0 mg/dL
Bili, Direct         0.4        H      0.0-0.3
Retic                3.2 %
DAT (Coombs)         NEG
ABO/Rh (infant)      A POS     (mother O POS)
comment: critical called to [[N|J. Reyes]] RN @ 11:5B by [[N|ttran]] -- read-back verified
[[N|FERNANDEZ, ISABELLA]]   DOB [[D|08/03/2024]]   pg 2/2
""",
)

note(
    "b17-20",
    "Hamza Abdullahi",
    """
PRIOR AUTHORIZATl0N REQUEST - Synagis (palivizumab)     FAX
Plan: Sunflower Health Plan     Member ID: [[HP|7O0412988]]     Group: KS-MCD
Member: [[N|ABDULLAHI, HAMZA]]     DOB: [[D|1 1/O2/2023]]
Address: [[ADDR|1430 N Vassar St Apt 6]], [[C|Wichita]], KS [[Z|6720 8]]
Prescriber: [[N|Lucinda Marr]], MD   NPI [[ID|1023 449 871]]   DEA [[LIC|BM4410277]]
Office ph [[PH|316-555-O142]]   fax [[FX|316-555-0143]]
Dx: P07.33 prematurity 30 wks; P27.1 BPD
Season [[D|Nov 2024]] - [[D|Mar 2025]], 15 mg/kg IM q30d x5
Clinical: BW 1.3 kg, home O2 x 6 mo, on Pulmicort.
Signature: [[N|L. Marr]]   Date: [[D|l0/21/24]]
FAX CONF: contains PHI. If rec'd in error call [[PH|316-555-0100]].
Page 1 of 1    [[N|ABDULLAHI, HAMZA]]    [[HP|7O0412988]]
""",
)

note(
    "b17-21",
    "Kateryna Bondarenko",
    """
PRENATAL VISIT   [[D|03/22/2024]]   28w1d
[[N|Kateryna Bondarenko]]  31yo G2P1001   MRN [[MRN|77120458]]   EDD [[D|06/06/2024]] (by 7w US [[D|10/11/23]])
[copied from [[D|02/23/2024]] visit] "Feels well, +FM, no LOF/VB/ctx."
[copied from [[D|01/26/2024]] visit] "Anatomy scan [[D|1/9]] WNL, posterior placenta."
Today: BP 118/74, FH 28, FHT 145, wt +1.2 kg. +FM. Some pelvic pressure at night.
GTT 1h 152 -> 3h GTT scheduled [[D|3/29]]. Hgb 10.6 -> FeSO4 325 mg qod.
Rh neg -> RhoGAM 300 mcg L deltoid, lot 2K41178. Tdap next visit.
Husband [[N|Oleksandr]] deployed, returns ~[[D|May]]; her mom [[N|Halyna]] (58) helping.
Plans delivery at St. Luke's. RTC 2 wks [[D|4/5]].
-- [[N|Mbeki]] CNM
""",
)

note(
    "b17-22",
    "Baby Boy Tran",
    """
STATE NEWBORN SCREENING PROGRAM -- RESULT REPORT (faxed)
Kit/specimen #: [[ID|24-183-05521]]      Lab accession: [[ID|NBS2406300871]]
Infant: [[N|TRAN]], BABY BOY     Mother: [[N|TRAN, MAI]]  (mother DOB [[D|05/19/1995]])
Birth: [[D|06/28/2024]] 13:07   Collected: [[D|06/29/2024]] 15:30   Age at collection: 26 h
BW 3050 g   Feeding: breast   Transfused: N
Birth facility: Mercy Women's, [[C|Springfield]], MO    Birth facility MRN: [[MRN|BW-0067712]]
RESULT: OUT OF RANGE -- C3 (propionylcarnitine) 7.82 umol/L (cutoff <5.5); C3/C2 0.31 (H)
Other analytes WNL. Hb FA. TSH 9 mIU/L.
ACTION: repeat + urine OA, plasma AA; metabolic consult (Dr. [[N|Ilse Hoffbauer]], on call [[PH|573-555-0166]]).
Called to PCP Dr. [[N|Winston Achebe]] [[D|7/2/2024]] 09:14 by [[N|gkellerman]]. Copy faxed to [[FX|417-555-0120]].
""",
)

note(
    "b17-23",
    "Aurelio Quispe",
    """
BIRTH CERTIFICATE WORKSHEET (typed by registrar)
Child's name: [[N|Aurelio Benjamín Quispe]]   Sex: M   DOB: [[D|12/24/2023]]   Time: 23:58
Place of birth: [[C|Paterson]], NJ - hospital
Mother's legal name: [[N|Rosa Elvira Quispe Mamani]]   DOB [[D|9/3/1998]]   Birthplace: [[C|El Alto]], Bolivia
Mother's SSN: [[SSN|512-40-0917]]
Residence: [[ADDR|388 Van Houten St, Apt 2R]], [[C|Paterson]], NJ [[Z|07501]]
Father: [[N|Wilber Condori]]   Birthplace: [[C|Cusco]], Peru
Married: no -- AOP signed [[D|12/25/23]] by both parents
Prenatal care began [[D|June 2023]]; # visits 9
State file no. [[ID|2023-NJ-0489117]]   Registrar: [[N|Pat Ehrenreich]]
Informant: mother, via Spanish interpreter
""",
)

note(
    "b17-24",
    "Kimimila Two Bulls",
    """
IMMUNIZATI0N RECORD -- faxed from Pine Ridge Pediatrics [[FX|(605) 555-0108]]   [[D|10/02/24]] 8:14 AM   P.1
Name: [[N|Two Bulls, Kimimila]]      DOB: [[D|O1-3O-2O2O]]      Chart #: [[MRN|PRP 00471]]
Home: [[C|Kyle]], SD.  Mom: [[N|Winona Two Bulls]]  tel [[PH|605.555.0137]]
VACCINE     DATES GIVEN
DTaP        [[D|03/30/20]]  [[D|05/29/20]]  [[D|08/03/20]]  [[D|05/04/21]]
Hib         [[D|3/30/20]]  [[D|5/29/20]]  [[D|2/1/21]]
MMR         [[D|02/03/21]]
Varicella   [[D|02/03/21]]
HepA        [[D|2/3/21]]  [[D|8/9/21]]
Flu         [[D|10/14/23]]   (2024-25 dose due)
Clinician: Dr. [[N|Hollow Horn]]
""",
)

note(
    "b17-25",
    "Addison Turner",
    """
GENETICS FOLLOW-UP   [[D|Feb 6, 2024]]
[[N|Addison Turner]] ("[[N|Addie]]"), 11 y/o F, MRN [[MRN|6650213]], referred by endo Dr [[N|Okonkwo-Baines]] for short stature.
Karyotype (lab # [[ID|CYT-23-4418]], resulted [[D|12/19/2023]]): 45,X[18]/46,XX[12] -- mosaic Turner syndrome.
Echo [[D|1/10/24]]: bicuspid AoV, no coarctation. Renal US nl. Audiology: mild SNHL L.
FHx: mom [[N|Jill]] 5'3", dad [[N|Darnell]] 6'0". Maternal GGM [[N|Opal]], [[A|93]], "always very short," never evaluated.
Counseling: GH therapy via endo; cardiology follow-up; fertility preservation discussed in general terms; TS Society info given.
Pt asked good questions. Next visit [[D|August]].
Parents' portal email: [[EM|jill.turner.mom@examplemail.com]]
""",
    allow=("Turner",),
)

note(
    "b17-26",
    "Zofia Kowalczyk",
    """
SOCIAL WORK -- NICU psychosocial assessment   [[D|5/2/24]]
Infant: [[N|Kowalczyk]], Baby Girl ("[[N|Zofia]]"), DOL 9, MRN [[MRN|N-30417762]]
Mother: [[N|Agnieszka Kowalczyk]] 27, MRN [[MRN|M-30401188]]; FOB [[N|Tomasz]] 30
Residence: [[ADDR|5507 W Addison St, 2nd fl]], [[C|Chicago]] IL [[Z|60641]] ([[C|Portage Park]])
Transportation: 2011 Honda CR-V, IL plate [[VEH|DK 41872]]. Car seat Graco SnugRide 35, model 1963-2120.
Insurance: BCBS IL PPO, member [[HP|XOF884102773]]. Mom on FMLA through [[D|July 12]].
Hx PPD after first child (2021); EPDS today 11 -> referred to perinatal psych. WIC enrolled.
Sibling (3) at daycare; mom's sister in [[C|Naperville]] helping.
-- [[N|Marisol Ybarra-Kent]], LCSW
""",
)

note(
    "b17-27",
    "Kaito Jordan-Reyes",
    """
PEDS ED -- [[D|12/31/2023]] 22:47
[[N|Kaito Jordan-Reyes]]  18 mo M   MRN [[MRN|1184402]]   Wt 11.2 kg
CC: fever 39.8, rash, fussy x2d. Brought by dad [[N|Jordan Reyes]].
HPI: fever since [[D|12/29]]; started cefdinir [[D|12/30]] at urgent care in [[C|Gilbert]] for AOM; now diffuse maculopapular rash, no mucosal involvement. Daycare contacts sick.
Vaccines: MMR not yet - missed 12 mo appt in [[D|Oct]].
PE: T 39.1, HR 156, RR 32, SpO2 99%. R TM bulging. Blanching rash trunk/ext. No meningismus. Kawasaki criteria 1/5.
A/P: viral exanthem vs drug rash. Stop cefdinir -> amox-clav high dose. Tylenol 160 mg/5 mL, 5 mL q6h prn.
Return precautions. F/u PCP [[D|Jan 2]].
""",
)

note(
    "b17-28",
    "Baby Boy Goldberg",
    """
PROCEDURE NOTE -- Newborn circumcision   [[D|3/7/2024]]
Pt: BB [[N|Goldberg]]   DOB [[D|3/5/24]]   Infant MRN [[MRN|00-55-8126]]   (mother's MRN [[MRN|00-55-8031]])
Consent signed by mother [[N|Naomi Goldberg]] [[D|3/6]] after discussion of R/B/A; family had planned a bris but chose hospital circ.
Time-out performed 1012. Gomco 1.3 clamp. DPNB 1% lidocaine 0.8 mL, oral sucrose.
EBL minimal. Vaseline gauze applied. Tolerated well, voided after.
Performed by [[N|A. Kristiansen]], MD; assisted by [[N|Ferdinand]] RN.
Care instructions given to parents ([[N|Naomi]] & [[N|Eli]]). Pediatrician Dr. [[N|Shapiro]] in [[C|Teaneck]], f/u in 2-3 d.
""",
)

note(
    "b17-29",
    "Latoya Simmons-Greer",
    """
POSTPARTUM VISIT 6 wk -- [[D|Tues Oct 15]]
[[N|Latoya Simmons-Greer]] 24 P2002, s/p pLTCS [[D|9/3/24]] at 39w for arrest of dilation.  MRN [[MRN|00887712]]
Baby "[[N|Kingston]]" doing well, sees Dr. [[N|Abernathy-Cole]].
EPDS 14 (item 10 = 0). Feels overwhelmed; partner [[N|Andre]] back at work; her grandmother ([[A|92]]) lives w/ them & needs care.
Incision healed. BP 142/92 -> recheck 2 wks.
Contraception: wants Depo, given today.
Referred to MOMS program; BH warm handoff to [[N|Priyanka]] (LCSW).
Medicaid [[HP|GA 1020 4478 93]], postpartum coverage thru [[D|Sept 2025]]. Home: [[C|East Point]], GA.
""",
)

note(
    "b17-30",
    "Baby Boy Villanueva",
    """
TRANSPORT NOTE -- Neonatal Transport Team
Call rec'd [[D|02/11/2024]] 0342 from Dr [[N|Petrosyan]] at Valley Regional ([[C|Yakima]]), ph [[PH|509-555-0161]].
Pt: Baby Boy [[N|Villanueva]], DOL 0, 36 wk, BW 2.6 kg, born 0210 SVD. Referring MRN [[MRN|VR2402110039]].
Dx: grunting, cyanosis, SpO2 82% RA, CXR ?TTN vs PPHN; HR 168.
Team: RN [[N|B. Stolz]], RT, NNP [[N|Gwendolyn Pryce]]. Depart 0410 by fixed-wing.
At bedside 0525: intubated 3.5 ETT 9.5 at lip, surfactant x1, iNO 20 ppm, UVC placed.
Mother [[N|Araceli Villanueva]] consented by phone [[PH|(509) 555-0148]]; identity confirmed w/ her DOB [[D|4/16/2001]].
Depart 0640, arrival [[C|Spokane]] NICU 0745. Stable en route.
""",
)

note(
    "b17-31",
    "Marie-Therese Beauchamp",
    """
TRANSFER/REFERRAL FORM -- faxed [[D|11/20/2024]] 14:03   FROM: Cedar Hollow Care Ctr   FAX# [[FX|603-555-0157]]
RESIDENT: [[N|BEAUCHAMP, MARIE-THÉRÈSE]]    AGE: [[A|98]]    DOB: [[D|O3/O9/1926]]
MEDICARE #: [[HP|4EG7-QK2-MA81]]    SECONDARY: AARP Supp [[HP|0O4471298-11]]
Sending dx: fall w/ L hip pain, r/o fx. Baseline dementia (BIMS 6), ambulates w/ walker.
Code: DNR/DNI (POLST on file). Allergies: PCN (rash).
Contact: grand-dau [[N|Danielle Roy]] [[PH|603-555-0133]] (POA). Son (75) in [[C|Laconia]].
Meds: donepezil 10 mg qhs, metoprolol 25 BID, apixaban 2.5 BID (last dose 0800). Last BM [[D|11/18]].
Sent by ambulance. Nurse: [[N|kbouchard]]. Report called to ED [[PH|603-555-0190]].
pg 1 of 2 -- [[N|BEAUCHAMP, MARIE-THÉRÈSE]] ([[A|98]])
""",
)

note(
    "b17-32",
    "Eilidh MacDonald",
    """
[scan p.3]   ST. BRIGID CHILDRENS HOSPITAL -- DISCHARGE SUMMARY
Pt Name: [[N|MAcDONALD, EILIDH]]   MRN: [[MRN|S8 81 20 4]]   Adm: [[D|O2/2O/24]]   D/C: [[D|O2/23/24]]
Attending: [[N|Z. Rahimi]], M.D.
Hospital course: 7 mo F adm w/ RSV bronchiolitis, HFNC max 8 L/min, weaned to RA on hos-
pital day 3. Tolerating PO. Pa-
rents ([[N|Callum]] & [[N|Siobhan]]) at bedside through-
out. D/C home to [[C|Bar Har-
bor]], ME.
Follow-up: PCP Dr. [[N|Ter-
williger]] in 2-3 d.
Pending: none.
Dictated [[D|O2/23/24]] 16:4O by [[N|ZR]] / transcribed [[D|O2/26/24]] [[N|mlt]]
[[N|MACDONALD, EILIDH]]    DOB [[D|O7/O5/2O23]]    p.3 of 3
""",
)

note(
    "b17-33",
    "Oluwaseun Adebayo-Cruz",
    """
EARLY INTERVENTION (Part C) REFERRAL -- sent via fax to [[FX|(919) 555-0174]]
Date of referral: [[D|4/18/2024]]
Child: [[N|Oluwaseun "Seun" Adebayo-Cruz]]   DOB [[D|4/1/2022]]   Age 24 mo
Parent: [[N|Funmilayo Adebayo]]   phone [[PH|919 555 0138]]   email [[EM|funmi.adebayo77@examplemail.com]]
Address: [[ADDR|1200 Tryon Rd Lot 44]], [[C|Garner]] NC [[Z|27529]]
Language: English/Yoruba.   Medicaid ID [[HP|945123880Q]]
Concerns: expressive language delay - ~10 words, no 2-word phrases; M-CHAT-R 2 (low risk). Hearing screen passed ([[D|3/2024]]).
Referring provider: [[N|Georgiana Pruitt]], MD   NPI [[ID|1356094412]]
EI case # [[ID|CDSA-24-11872]] (assigned [[D|4/22]])
""",
)

note(
    "b17-34",
    "Marcus Delacroix-Bell",
    """
SCHOOL HEALTH OFFICE -- Visit Log, Tower Hill Elementary
Student: [[N|Marcus Delacroix-Bell]]   Gr 3   Rm 112   Student ID [[ID|S0048817]]
Date: [[D|Thurs 1/25/24]] 10:20
Complaint: fell on playground, hit forehead on slide. No LOC. 2 cm hematoma above L brow. PERRL, alert, oriented. Ice 15 min.
Called mom [[N|Danielle Delacroix]] at work [[PH|401-555-0119]] - no answer; called dad [[N|Reggie Bell]] [[PH|(401) 555-0192]] at 10:34, will pick up.
Concussion info sheet sent home. Teacher notified. Dismissed 11:05 with father to home in [[C|Wakefield]].
Allergies: peanut (EpiPen in office).
Health plan on file: Neighborhood RI [[HP|RI5509216]]
[[N|Bev Santangelo]], RN
""",
)

note(
    "b17-35",
    "Ximena Ochoa",
    """
DENTAL REFERRAL -- OCR from fax    P 1/1
To: Smiles 4 Kids Pediatric Dentistry    Fax: [[FX|7O2-555-O181]]
From: Desert Springs Peds    Ph: [[PH|702-555-0102]]
Date: [[D|O9/O4/2O24]]
Patient: [[N|Ximena Ochoa]]       DOB: [[D|O2/l4/2Ol9]]    Age 5
Nevada Medicaid: [[HP|00O1188247]]     Home: [[C|North Las Vegas]]
Guardian: [[N|Yadira Ochoa]] (mother) - prefers text, Spanish  [[PH|725-555-0170]]
Reason: ECC, multiple carious lesions upper incisors, ?abscess #F. Pain x1 wk, swelling noted [[D|9/2]].
Started amoxicillin 45 mg/kg/d div BID x7d.
Please see within 1 wk. Family prefers Saturday appts.
Referring: [[N|Hien Vo]], APRN    Lic [[LIC|APRN-NV-0O7231]]
""",
)

note(
    "b17-36",
    "Sunita Bhattarai",
    """
PRENATAL GENETIC COUNSELING   [[D|1/8/2025]]
Pt: [[N|Sunita Bhattarai]] 38 G3P1011 @ 13w2d   MRN [[MRN|PG-664107]]   Partner: [[N|Bikash Shrestha]] 41
Indication: AMA; NIPT (sample [[ID|NX-8841-2297]], collected [[D|12/20/24]]) - high risk T21.
Pedigree:
 - pt's maternal GM [[N|Devaki]], age [[A|94]], [[C|Pokhara]], healthy
 - pt's paternal GF d. at [[A|92]]
 - partner's mother 70, DM2
 - pt's brother [[N|Rajan]] (45); his son has ID, never evaluated ([[C|Kathmandu]])
 - prior SAB 9 wk [[D|Feb 2023]]
Counseled: NIPT is a screen; CVS vs amnio reviewed. Pt elects amnio at 16w, ~[[D|2/3/25]].
Nepali interpreter via video.
-- [[N|Hollis Mwangi]], MS, CGC
""",
)

note(
    "b17-37",
    "Aminata Dubois-Kamara",
    """
OBSTETRIC ULTRAS0UND REP0RT            [[D|l2/O3/2O24]]
Pt: [[N|DUBOIS-KAMARA, AMINATA]]   DOB [[D|O6/18/199O]]   MRN [[MRN|RX-4OO7123]]
Referring: Dr. [[N|Cal Pettigrew]]       Sonographer: [[N|LMH]]
LMP: [[D|O8/O4/2O24]]   GA by LMP 17w1d;  EDD [[D|O5/11/2O25]]
Biometry: BPD 3.7 cm, HC 13.9, AC 11.8, FL 2.4 -- c/w 17w0d. EFW 185 g (48%).
Anatomy: limited, spine suboptimal. 4CH nl. Choroid plexus cyst L 4 mm (isolated).
Placenta anterior, no previa. Cervix 3.9 cm. AFI nl.
Impression: SIUP 17w0d; isolated CPC -- correlate w/ aneuploidy screen; repeat anatomy [[D|12/17]].
Electronically signed: [[N|Noor Al-Khatib]], MD   [[D|12/03/2024]] 15:22
[[N|DUBOIS-KAMARA, AMINATA]]    pg 1/1
""",
)

note(
    "b17-38",
    "Keoni Kahananui",
    """
TELEPHONE ENCOUNTER   [[D|Sat 4/27/24]] 08:40
Caller: [[N|Maile Kahananui]] (mother) re: [[N|Keoni]]   DOB [[D|4/23/24]]   MRN [[MRN|KH-20417]]
Home phototherapy blanket (BiliSoft 2.0, serial [[DEV|BS2-19A-55710]]) delivered [[D|4/26]] by DME rep [[N|Lono]].
Mom reports baby more yellow, now to belly; feeding 8x/day, 5 wet diapers.
Plan: serum bili at lab this AM; results to on-call Dr [[N|Fujimoto]]. If >18 -> ED.
Callback [[PH|808-555-0127]]. Lives in [[C|Kāneʻohe]], 20 min from lab.
Insurance HMSA [[HP|HMS0077142203]].
RN: [[N|Leilani]]
""",
)

note(
    "b17-39",
    "Brayden Koch",
    """
CHILD PROTECTION TEAM CONSULT   [[D|7/14/2024]]
Pt: [[N|Brayden Koch]] 4 mo M   MRN [[MRN|7740021]]   CPS intake # [[ID|2024-0714-3318]]
Reason: R femur fx (metaphyseal corner) on XR [[D|7/13]] after mom ([[N|Kayleigh]], 19) noted decreased movement.
Caregivers per mom: mom, bf [[N|Dustin Schraeder]] (24), MGM [[N|Lorraine Koch]]. Seen at urgent care [[D|July 2]] for "fussiness".
Skeletal survey: healing posterior rib fx R 6-7. Head CT neg. Ophtho: no RH.
Labs: CBC, CMP, Ca/Phos/ALP, PTH, 25OHD, lipase, UA pending; Hgb 10.9.
Assessment: highly concerning for NAT. Hotline report 14:10; Det. [[N|Reyes-Grant]] ([[C|Cedar Rapids]] PD, badge [[ID|4471]]).
Twin sib needs skeletal survey too.
-- [[N|Ayesha Ravindran]], MD, CAP
""",
)

note(
    "b17-40",
    "Rain Halloran",
    """
ADOL MED -- CONFIDENTIAL (minor consent, Title X)   [[D|06.19.2024]]
[[N|Rain]] [[N|Halloran]] (preferred name; legal [[N|Lorraine]]), 17, they/them.  MRN [[MRN|A-551902]]
Came alone by bus from [[C|Dorchester]]. Requested Depo -> chose LNG-IUD after counseling; placed today (Mirena lot TU0931).
UPT neg. GC/CT, HIV, syphilis sent. PHQ-9 11 -> counseling referral.
Safe contact: personal cell [[PH|857-555-0165]], email [[EM|rainh.art@examplemail.net]].
Do NOT mail EOB to parent address ([[ADDR|12 Ashmont Hill Rd]]) or bill parent's plan ([[HP|BCBSMA 7714-20-9931]]); confidential billing.
Return [[D|July 19]] for string check.
-- [[N|Ines Quattlebaum]], NP
""",
)

note(
    "b17-41",
    "Tyrese Bramwell",
    """
PHONE MSG -- refill request   [[D|10/25/24]] 09:10   taken by front desk
From: [[N|Leticia Bramwell]] (great-grandmother, legal guardian, age [[A|90]]) re: [[N|Tyrese]], DOB [[D|8/8/2015]], ADHD.
Needs Focalin XR 15 mg; last fill [[D|9/30]]. Has appt [[D|11/12]] but will run out before then.
PDMP checked today - no other prescribers. Pharmacy: CVS on Monroe Ave, [[C|Rochester]].
C-II e-Rx sent by Dr [[N|Osei]], DEA [[LIC|AO7712904]], NY Lic [[LIC|281144]].
Callback [[PH|585-555-0131]], ok to leave VM. Pt doing well in 4th grade per GGM; sleep ok, wt stable.
""",
)

note(
    "b17-42",
    "Ezekiel Montgomery",
    """
DME ORDER / CMN -- Home cardiorespiratory monitor
Pt: [[N|Ezekiel "Zeke" Montgomery]]   DOB [[D|10/30/2023]]   ex-29 wk, BPD, hx apnea of prematurity
Monitor: SmartMonitor 2 PS, serial [[DEV|SM2-0049981]]; pulse ox Masimo Rad-8, SN [[DEV|RAD8-1170442]]
Start [[D|01/18/2024]]; length of need 3 mo; re-eval [[D|4/18/24]]
Supplier: Lifeline Home Medical, acct [[ACCT|LHM-338102]]
Ohio Medicaid (CareSource) [[HP|106228194312]]
Deliver to: [[ADDR|77 Sycamore Ln]], [[C|Chillicothe]], OH [[Z|45601]]
Ordering MD: [[N|Priscilla Okoye]]   NPI [[ID|1932 551 087]]   signed [[D|1/16/24]]
Both parents trained; infant CPR class completed.
""",
)

note(
    "b17-43",
    "Summer Okonjo",
    """
PEDS ENDO -- pump start   [[D|Aug 20 2024]]
[[N|Summer Okonjo]] 13 y/o F, T1D since [[D|Mar 2021]], MRN [[MRN|E-0881423]]
Devices: Omnipod 5 PDM SN [[DEV|PDM5-90G1207]]; Dexcom G7 receiver SN [[DEV|G7R-3318870]]
A1c 8.9% ([[D|7/2]]) -> goal <7.
Settings: TDD 42 u, target 110, ICR 1:10 B/L, 1:12 D, ISF 1:45, AIT 2 h.
Trained w/ mom & pt. Dad abroad in [[C|Lagos]] until [[D|Sept]], joined by video.
School: DMMP signed for 8th grade at Lincoln Middle.
Pump auth # [[ID|PA-24-7781902]]. RTC 1 wk, uploads via Glooko. Pt prefers text [[PH|832-555-0184]].
-- [[N|Violet Chanda]], CDCES
""",
)

note(
    "b17-44",
    "Noa Ben-David",
    """
PEDIATRIC AUDIOLOGY -- CI activation   [[D|10/10/24]]
[[N|Noa Ben-David]] 13 mo F   MRN [[MRN|AU-117742]]
Hx: bilat profound SNHL (cCMV+, NBS refer [[D|Sept 2023]]); hearing aids since 3 mo. Bilat CI surgery [[D|9/19/24]].
Implants: R CI632 SN [[DEV|CI632-5571209]]; L CI632 SN [[DEV|CI632-5571214]]. Processors: Nucleus 8.
Activation: impedances WNL all electrodes; T/C levels set via NRT. Responded w/ eye widening.
Parents coached on batteries, retention, Roger mic. ASL + LSL approach; TVI via EI.
Next MAPs weekly x2. Family lives in [[C|Skokie]], IL.
[[N|Ruth Abernethy]], AuD, CCC-A    IL Lic [[LIC|177.008421]]
""",
)

note(
    "b17-45",
    "Anaya Whitehorse",
    """
LETTER -- guardianship of a minor                     [[D|4/29/2024]]
RE: [[N|Anaya Whitehorse]] (DOB [[D|3/22/2011]]), Case No. [[ID|PR-2024-00318]]
To the Court:
I have been [[N|Anaya]]'s pediatrician since 2015. Her maternal great-grandmother, Ms. [[N|Evangeline Whitehorse]], age [[A|91]], has been her primary caregiver since her mother died in [[D|Nov 2022]].
Ms. [[N|Whitehorse]] asks that co-guardianship be given to the aunt, [[N|Corrina Begay]] ([[ADDR|HC 61 Box 2207]], [[C|Window Rock]], AZ [[Z|86515]]).
[[N|Anaya]] has mild persistent asthma, well controlled on Flovent 44 mcg BID, and is up to date on vaccines.
Sincerely,
[[N|Theodore Lasker]], MD   NM Lic. [[LIC|MD2009-1187]]   Tel [[PH|505-555-0155]]
""",
)

note(
    "b17-46",
    "Eliana Vasquez Torres",
    """
WIC MEDICAL DOCUMENTATION FORM  (faxed to WIC clinic [[FX|208-555-0146]])
Participant: [[N|Eliana Vasquez Torres]]   DOB [[D|11/11/2023]]   WIC ID [[ID|WIC-7730412]]
Parent/caregiver: mother
Formula: Similac Alimentum, 32 oz/day x 6 months ([[D|5/1/24]] to [[D|10/31/24]])
Dx: cow's milk protein allergy - blood in stool [[D|3/2024]], resolved on extensively hydrolyzed formula.
Wt 7.9 kg (50%), length 68 cm. Hgb 11.8 g/dL.
Health care provider: [[N|Jonah Pettibone]], MD   Lic [[LIC|M-88102]]   [[C|Nampa]], ID   ph [[PH|208-555-0103]]
Signature date: [[D|04/25/2024]]
""",
)

note(
    "b17-47",
    "Yusra Mahmoud",
    """
NURSE HOME VISIT -- newborn/postpartum (Healthy Start)   [[D|Friday, Jan 10 2025]]
Mom [[N|Fatima Mahmoud]] (P3); infant [[N|Yusra]], DOB [[D|1/3/25]], MRN [[MRN|HS-770213]].
Household: husband, 2 older children, and husband's grandmother, aged [[A|97]].
Address: [[ADDR|3309 Schaefer Rd, Apt 118]], [[C|Dearborn]] MI.
Infant: wt 3.5 kg (BW 3.4), jaundice to chest, TcB 9.1, BF q2-3h, 6 wet/3 stools.
Mom: fundus firm, lochia rubra mod, BP 124/78, EPDS 4.
Safe sleep: infant bed-sharing - counseled; pack-n-play provided. Car seat checked.
Next visit in 1 wk. -- [[N|Hanadi]] RN ([[N|hsaad]])
""",
)

note(
    "b17-48",
    "Guadalupe Esparza",
    """
BREAST PUMP ORDER -- hospital grade rental
Mother: [[N|Guadalupe "Lupita" Esparza]]   DOB [[D|07/07/1997]]   MRN [[MRN|M9901847]]
Infant (NICU): [[N|Esparza]], Baby Boy   MRN [[MRN|N9904410]]   born [[D|5/20/24]] @ 31w
Pump: Medela Symphony, SN [[DEV|SY-23-088410]]; start [[D|5/23/24]]. Necessity: infant in NICU, separation >7 d.
Insurance: Molina Medicaid [[HP|MOL 200077841]]   Claim [[ID|CLM-24-0523-771]]
Ship to [[ADDR|1710 E Yandell Dr]], [[C|El Paso]] TX [[Z|79902]]
Ordered by Dr. [[N|Aurelia Fontaine]]   NPI [[ID|1659022318]]   [[D|5/22/2024]]
""",
)

note(
    "b17-49",
    "Wren Halvorsen-Diaz",
    """
DONOR HUMAN MILK -- consent & dispensing record
Recipient: [[N|Wren Halvorsen-Diaz]]   MRN [[MRN|N-4417092]]   GA 26+3, DOB [[D|2/2/2024]]
Consent: mother [[N|Astrid Halvorsen]] signed [[D|2/3/24]] 0715; witness [[N|P. Mukherjee]] RN
Milk bank lots (pooled, pasteurized): 24-0117-A, 24-0117-B
Dispensed [[D|2/3]] through [[D|2/9]]; transitioned to maternal EBM + HMF on [[D|2/10]].
Mom pumping 450 mL/d by [[D|Feb 14]]. Family from [[C|Bozeman]], in parent housing.
Tolerating feeds 150 mL/kg/d, no NEC signs. 
""",
)

note(
    "b17-50",
    "Brianna Lowery",
    """
L&D ADMISSION -- GESTATIONAL CARRIER   [[D|10/4/2024]]
Carrier: [[N|Brianna Lowery]] 33 G4P3003   MRN [[MRN|LD-22047751]]   39w1d
Intended parents: [[N|Christophe Aumont]] & [[N|Rafael Ibarra-Aumont]], from [[C|Lyon]], France; cell [[PH|+33 6 55 01 42 18]].
Pre-birth parentage order on file (no. [[ID|FC-24-00691]]); infant to be banded to IPs; carrier's name NOT on infant band.
SROM 0530 clear, ctx q3. GBS neg. Desires epidural.
Agency coordinator [[N|Shauna]] [[PH|858-555-0199]]. Carrier's husband [[N|Kyle]] at bedside. Home: [[C|Chula Vista]].
""",
)

note(
    "b17-51",
    "Ashlyn Petrakis",
    """
OB TRIAGE PHONE CALL   [[D|Sun 9/8/24]] 0205   RN [[N|tgilchrist]]
Caller: [[N|Ashlyn Petrakis]], 34w6d, G2P1   MRN [[MRN|OB-1180442]]   cb [[PH|(406) 555-0181]]
Reports HA 7/10 since last evening, not relieved by Tylenol 1000 mg; seeing spots. Home BP 152/98 and 148/96. Mild RUQ pain.
Hx (copied): "GHTN dx [[D|8/26]], BP 138/88, PIH labs nl, start home BP log." Prior pregnancy uncomplicated.
Advised to come to L&D now to r/o preeclampsia w/ severe features; ~30 min drive, husband driving.
Charge RN and on-call MD notified 0210.
""",
)

note(
    "b17-52",
    "Jonah Feliciano",
    """
*** FAX COVER SHEET ***
Date: [[D|March 3, 2025]]        Pages (incl. cover): 7
To: Dr. [[N|Helena Marchetti]], Pediatric Genetics        Fax: [[FX|(216) 555-0175]]
From: Lakeview Family Medicine, [[C|Elyria]]        Ph: [[PH|440-555-0129]]
Re: [[N|Jonah Feliciano]], DOB [[D|5/17/2022]] -- records for appt [[D|3/12]]
Enclosed: growth charts, CMA report, EI evaluation, dysmorphology photos, family history from mom.
CONFIDENTIALITY NOTICE: The documents accompanying this telecopy transmission contain confidential health information that is legally privileged. If you have received this fax in error, please notify us by telephone at [[PH|440-555-0129]] and destroy the documents.
""",
)

note(
    "b17-53",
    "Penelope Hargreaves",
    """
SURGICAL PATH0LOGY REP0RT          Accession: [[ID|SP24-O1187]]
Patient: [[N|HARGREAVES, PENELOPE J]]    MRN: [[MRN|OO4471882]]
Collected: [[D|O5/3O/2O24]]     Reported: [[D|O6/O4/2O24]]
Submitting: Dr. [[N|Ikram Yusufzai]] (OB)
SPECIMEN: Placenta, singleton, 36w3d
CLINICAL: preeclampsia w/ severe features, FGR (<3%ile), pLTCS.
GROSS: 318 g trimmed (<10th %ile for GA). Eccentric cord insertion, 3 vessels.
DX: 1. Small for GA placenta.  2. Maternal vascular malperfusion: distal villous hypoplasia, increased syncytial knots, decidual arteriopathy.  3. No chorioamnionitis.
[[N|HARGREAVES, PENELOPE J]]    [[ID|SP24-O1187]]    Page 1 of 1
""",
)

note(
    "b17-54",
    "Ottoline Vandermeer",
    """
AUTHORIZATION FOR RELEASE OF INFORMATION  (scanned)
Patient name: [[N|Ottoline Grace Vandermeer]]    DOB: [[D|12/02/1923]]    Age: [[A|101]]
MRN: [[MRN|HH-0009471]]
Release to: daughter (POA), [[ADDR|19 Orchard Terrace]], [[C|Amherst]], MA [[Z|01002]]
Information: discharge summaries and hospice records, [[D|10/1/2024]] - [[D|11/15/2024]]
Purpose: personal / estate.   Expires: one year from signature.
Signature of POA on file, dated [[D|1/6/25]].
ID verified: MA DL [[LIC|S88120447]] -- HIM clerk [[N|jcolon]]
""",
)

note(
    "b17-55",
    "Lucas Ferreira da Silva",
    """
PEDS NEUROLOGY -- Follow-up   [[D|11/19/2024]]
[[N|Lucas Ferreira da Silva]] 7 y/o M   MRN [[MRN|NEU-302214]]
Interval (copied from prior note, updated): childhood absence epilepsy; EEG [[D|5/8/24]] 3 Hz GSW, HV-provoked. Ethosuximide started, titrated to 20 mg/kg/d.
Since last visit: teacher reports staring spells down to ~1/wk. Mom keeps seizure diary. Repeat EEG [[D|11/4/24]] nl. ESM level 72 (40-100).
A/P: CAE improving; continue ESM 250 mg BID. School 504 letter given. RTC 3 mo.
Prior neurologist's records from [[C|Newark]] reviewed.
""",
)

note(
    "b17-56",
    "Zainab Al-Rashidi",
    """
GENETICS -- PEDIGREE (consanguinity)   [[D|30/07/2024]]
Proband: [[N|Zainab Al-Rashidi]], 2 y/o F, MRN [[MRN|GEN-55019]]; global delay, seizures, cerebellar hypoplasia on MRI.
Parents (31 and 27) are first cousins; their fathers are brothers.
 I: common great-grandparents - [[N|Abdulkarim]] d. [[A|99]] in [[C|Basra]]; his wife [[N|Fadila]], living, [[A|95]].
 II: paternal and maternal grandfathers 63 and 60.
 III: maternal uncle's daughter similar sx, died age 4 in [[C|Amman]].
Sib (5) healthy.
Plan: WES trio, accession [[ID|GX-24-301187]]; recurrence risk counseling if AR variant found. Arabic interpreter ID [[ID|10392]].
""",
)

note(
    "b17-57",
    "Declan O'Shaughnessy",
    """
SPORTS MED -- concussion f/u   [[D|10/21/24]]
[[N|Declan O'Shaughnessy]] 17 M   MRN [[MRN|SM-448120]]
Injury [[D|10/12]] - helmet-to-helmet, away game. Sx score 32 -> 6 today. VOMS nl, BESS 8 errors.
Return-to-learn stage 4; RTP step 2 (light aerobic).
No driving until sx-free -- has OR DL [[LIC|7718842]] (full license since summer).
Athletic trainer: [[EM|mruiz@examplehs.org]]. Cleared note to school attendance office.
RTC 1 wk. -- [[N|Thandiwe Mokoena]], MD
""",
)

note(
    "b17-58",
    "Aung Ko Ko Htet",
    """
REFUGEE DOMESTIC HEALTH SCREENING -- pediatric   [[D|9/3/24]]
[[N|Aung Ko Ko Htet]] (I-94: "[[N|HTET, AUNG KO KO]]"), M, DOB [[D|01/01/2014]] (assigned), A# [[ID|A-219-447-702]]
Arrived US from refugee camp in Thailand; resettled in [[C|Utica]] NY; lives with parents and sister (9).
Karen + Burmese speakers; interpreter by phone.
Overseas exam: CXR nl, IGRA neg. Presumptive albendazole given pre-departure.
Today: Hgb 10.8, eos 9%, strongyloides IgG pending, lead 6 ug/dL, HBsAg neg.
Vaccines (catch-up): MMR #2, Tdap, HPV #1, MenACWY. Vision 20/40 bilat -> optometry.
Medicaid CIN [[HP|XH77120K]]
""",
)

note(
    "b17-59",
    "Celeste Marchand",
    """
PERINATAL LOSS / BEREAVEMENT NOTE   [[D|2/14/24]]
Mother: [[N|Celeste Marchand]] G1P0010   MRN [[MRN|LD-0447192]]
Stillborn son, named "[[N|Gabriel]]" by parents, delivered 0318 at 33w2d after IUFD dx; 1620 g.
Memory-making: hand/footprints, molds, photos by volunteer photographer; blessing by chaplain.
Family present; maternal great-grandmother ([[A|93]]) joined by video.
Autopsy declined; placental path and karyotype sent. Lactation suppression counseled.
Bereavement nurse to call in 1 wk. Burial arrangements via Rabenhorst funeral home.
""",
)

note(
    "b17-60",
    "Kayden Yazzie",
    """
W4LGREENS #0 71 1 3    RX HISTORY PRINTOUT (scanned, OCR)    pg 1
PATIENT: [[N|YAZZIE, KAYDEN]]    DOB: [[D|O3-O3-2O17]]    PH: [[PH|928 555 Ol56]]
ADDR: [[ADDR|PO B0X 3371]]  [[C|TUBA C1TY]] AZ [[Z|86O45]]
RX#        DATE FILLED   DRUG                          QTY
[[ID|2718830]]    [[D|O8/O2/24]]     AMOXICILLIN 400MG/5ML SUSP    100
[[ID|2691127]]    [[D|O6/14/24]]     CETIRIZINE 1MG/ML             120
INS: AHCCCS [[HP|A0O7712439]]    BIN 004336  PCN ADV
*** [[N|YAZZIE, KAYDEN]]  DOB [[D|O3-O3-2O17]]  pg 1 of 1 ***
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
