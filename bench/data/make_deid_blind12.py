#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind12.jsonl.

Blind set 12: the paperwork around care.  Sixty hand-written, fictional US
notes: patient-portal messages typed by patients and families (lower case,
typos), telephone encounters and nurse triage, referral, consult and
discharge letters, prior-authorisation and appeal letters, billing disputes,
release-of-information requests and subpoenas, FMLA, disability, DMV, jury and
school/camp forms, court-ordered and guardianship evaluations, child- and
adult-protective reports, public-health case investigations and contact
tracing, immunisation-registry queries, genetic counselling and lab
requisitions, home-health, DME and hospice paperwork, chaplaincy,
interpreter and social-work notes, obstetric and paediatric notes, and
bilingual notes with Spanish, Vietnamese and Haitian Creole phrases.  Ages
over 89, licence numbers (driver's licences, professional licences, DEA),
ID-type record numbers, health-plan numbers in many payer formats and small
towns / neighbourhoods are deliberately frequent.

Annotation conventions (HIPAA Safe Harbor), inline markup [[CAT|surface]]:
* NAME: patients, relatives, caregivers, staff, nicknames, initials used as a
  name, log-in names and handles (without the "@").  Titles and credentials
  stay outside the span.
* DATE: every date element more specific than a year, including a weekday,
  month or holiday used as the date of an event (also in Spanish, Creole and
  Vietnamese).  Bare years, times, durations and recurring schedules are not
  marked.
* AGE: ages over 89 only, the number alone.
* PHONE / FAX: the whole number including any extension.
* SSN, MRN, HEALTH_PLAN (Medicare MBI, Medicaid and plan member numbers),
  ACCOUNT, LICENSE (driver's, professional, DEA), DEVICE (serial numbers),
  VEHICLE (plates, VINs), EMAIL, URL, IP; any other number that identifies the
  person or their record (claim, case, docket, accession, NPI, badge, order,
  encounter, receipt, A-number, certificate) is ID.
* ADDRESS: street number + street, unit, PO box, rural route / HC box; CITY:
  cities, towns and neighbourhoods; ZIP.  States and countries unmarked.
* Unmarked: facility, company, agency, court and organisation names (a town
  inside one is left unmarked and listed in the note's ``allow``), eponyms,
  room numbers, drug and device models, lot numbers, pharmacy BIN/PCN, scores,
  lab values, codes and bare years.

Stdlib only.  Run: python bench/data/make_deid_blind12.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind12.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b12-01",
    "Loretta Haskell",
    """
Portal msg | From: proxy (daughter) | Rec'd [[D|03/02/2025]] 9:14 PM
Subject: moms meds

hi dr [[N|okafor]] this is [[N|tina]] ([[N|Bettina Haskell]]) writing for my mom [[N|Loretta Haskell]], she is [[A|94]] now and the pharmacy in [[C|west warwick]] says the metoprolol 25 needs a new rx. she ran out [[D|sunday]]. also her legs are more swollen since [[D|valentines day]], is that the lasix?? she weighs 131 lbs down from 134. you can call me at [[PH|401-555-0162]] my cell, or the house phone. thank you!!

Triage RN reply ([[N|kmurphy]]): called back 10:05, spoke w/ dtr, 1+ BLE edema to mid shin, no SOB/orthopnea, wt stable. Rx sent to CVS. Appt [[D|Thurs 3/6]] 2:30 w/ PCP.
""",
)

note(
    "b12-02",
    "Mateo Paredes-Luna",
    """
TELEPHONE ENCOUNTER - peds nurse line
Caller: [[N|Yesenia Paredes-Luna]] (mother)  cb# [[PH|773.555.0127]]
Pt: [[N|Paredes-Luna, Mateo]]  DOB [[D|11/30/2023]]  MRN [[MRN|00482217]]
Spanish interp ID [[ID|214877]] used.
CC: fever x2d, Tmax 103.1 rectal last noc, pulling L ear, fussy. Tylenol 160mg/5mL 5 mL given @ 0600. Wet diapers x4 since midnight. No rash, no lethargy, drinking ok. Sib [[N|Luz]] had strep dx'd [[D|Monday]].
Protocol: Schmitt-Thompson "Earache" -> see within 24 h.
Disposition: appt [[D|Fri 4/11]] 10:40 w/ Dr. [[N|Adeyemi]]; mom to call back or go to ED for T > 104, stiff neck, or no wet diaper in 8 h. Ibuprofen 100mg/5mL 4 mL q6-8h prn ok (>6 mo).
Mom verbalized understanding. -- triage RN [[D|4/10/25]] 19:22
""",
)

note(
    "b12-03",
    "Desmond Achterberg",
    """
Brookline Internal Medicine Associates
[[ADDR|1140 Beacon St, Suite 3B]], [[C|Brookline]], MA [[Z|02446]]
Tel [[PH|617-555-0140]]

[[D|April 22, 2025]]

Dear Dr. [[N|Szymanski]],

Thank you for seeing Mr. [[N|Desmond Achterberg]] (DOB [[D|02/17/1951]], MRN [[MRN|BIM-0077315]], Medicare MBI [[HP|5RK2-WN8-JT61]]), a 74 y/o retired machinist, for exertional dyspnea and a new LBBB on last week's ECG. He walks 2 blocks before stopping; no syncope. BP 148/86, NYHA II. Meds: lisinopril 20 mg, atorvastatin 40 mg, ASA 81. Echo ordered, pending.

Please call his wife [[N|Gerda]] at [[PH|617-555-0176]] to schedule; he is hard of hearing.

Sincerely,
[[N|Priya Raghunathan]], MD
NPI [[ID|1386049217]]
""",
    allow=("Brookline",),
)

note(
    "b12-04",
    "Keziah Abernathy-Oyelowo",
    """
PRIOR AUTHORIZATION REQUEST - dupilumab (Dupixent) 300 mg SC q2wk
To: Harborview Health Plan Pharmacy Review    Fax: [[FX|1-800-555-0199]]
Member: [[N|ABERNATHY-OYELOWO, KEZIAH R]]   DOB: [[D|1998-07-03]]
Member ID: [[HP|HHP884120937-01]]
Prescriber: [[N|Tomasz Wierzbicki]], MD (Derm)  NPI [[ID|1720558394]]  DEA [[LIC|BW4418273]]
Office contact: [[N|Marisol]] [[PH|(206) 555-0133 x214]]
Dx: L20.9 atopic dermatitis, severe. EASI 31, IGA 4, BSA 42%.
Failed/intolerant:
- triamcinolone 0.1% oint x 8 wk
- tacrolimus 0.1% oint - burning, d/c'd
- methotrexate 15 mg weekly ([[D|5/2024]]-[[D|9/2024]]), stopped for ALT 112
Sleep loss 4-5 nights/wk, missed 6 days of work.
PA ref # [[ID|PA-2025-0417-88213]]. Please reply by fax to [[FX|206-555-0134]].
""",
)

note(
    "b12-05",
    "Winifred Castellanos",
    """
[[D|June 3, 2025]]

Appeals & Grievances Dept., Keystone Mutual Health
[[ADDR|PO Box 7710]], [[C|Harrisburg]] PA [[Z|17105]]

RE: Second-level appeal, claim [[ID|KM-25-00918834]]
Patient: [[N|Winifred Castellanos]]    Member # [[HP|KMH 7730 2214 09]]
DOS: [[D|03/11/2025]] (4 nights)

To whom it may concern:
I am writing on behalf of my patient, Ms. [[N|Castellanos]], age [[A|91]], to appeal the denial of her inpatient admission (denial reason: "observation status appropriate"). She fell at home in [[C|Mechanicsburg]], sustained an intertrochanteric hip fracture requiring ORIF, and had post-op delirium and AKI (Cr 2.4). Two-midnight expectation was clearly documented on admission. I ask that the denial be overturned.

[[N|Anand Venkataraman]], MD, Hospitalist   PA Lic. [[LIC|MD458812]]
""",
)

note(
    "b12-06",
    "Niamh Rafferty",
    """
Patient Financial Services - call log
Acct [[ACCT|4471-009352]]   Guarantor: [[N|Rafferty, Colm]]   Pt: [[N|Rafferty, Niamh]] (dtr, 16)
[[D|07/14/25]] 1:52p inbound from guarantor [[PH|312 555 0159]]. Disputes $2,418.60 balance for ED visit [[D|5/26]]; states it should have gone to insurance. BCBS IL on file had termed; new policy Aetna eff [[D|1/1/25]], member [[HP|W2873 40116]], subscriber = guarantor. Coverage updated, rebilled claim [[ID|CLM0093381756]]. Acct placed on 30-day hold, no collections. Guarantor upset re: 3 prior calls w/ no callback; apologized.
Itemized bill mailed to [[ADDR|2208 W Addison St Apt 2]], [[C|Chicago]] IL [[Z|60618]]; e-copy to [[EM|colm.rafferty77@examplemail.com]].
- PFS rep
""",
)

note(
    "b12-07",
    "Beatrice Oduya",
    """
AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION
Patient name: [[N|Oduya, Beatrice Nkem]]   DOB: [[D|9-4-1962]]
Other names used: none
Address: [[ADDR|48 Quarry Rd]], [[C|Barre]], VT [[Z|05641]]
ID verified: VT DL # [[LIC|18405529]]
Release FROM: Central Vermont Medical Ctr, HIM
Release TO: Hollis & Gagnon PLLC, attn [[N|Marguerite Gagnon]], Esq., [[ADDR|12 State St]], [[C|Montpelier]] VT; fax [[FX|802.555.0188]]
Info: ED + inpatient records from the [[D|11/02/2024]] admission incl. imaging; EXCLUDE psychotherapy notes, HIV, SUD (42 CFR Part 2).
Purpose: litigation (MVA)
Signature: /s/ [[N|B. N. Oduya]]    Date: [[D|1/7/2025]]
HIM use only: request # [[ID|ROI-25-000731]]
""",
    allow=("Gagnon",),
)

note(
    "b12-08",
    "Harlan Whitlock",
    """
CERTIFICATION OF HEALTH CARE PROVIDER - FMLA (family member's serious health condition)
Employee: [[N|Jordan Whitlock]]    Employer: Ridgeline Logistics    Employee ID [[ID|RL-004418]]
Family member: [[N|Harlan Whitlock]] (father), age [[A|92]]
Provider: [[N|Sunita Mehra-Collins]], DO, Family Med, [[ADDR|2601 E 32nd St]], [[C|Joplin]], MO [[Z|64804]]; ph [[PH|417-555-0121]]
Condition began: approx. [[D|Aug 2025]]
Facts: Mr. [[N|Whitlock]] has HFrEF (EF 25%) and CKD 3b; 2 admissions in the past 2 months (LOS 5 and 8 days). Needs help with transport to cardiology/nephrology, med set-up and bathing.
Frequency: 2-3 appts/month, 1 day each; flare-ups ~1x/month lasting 1-3 days.
Leave requested: intermittent, [[D|10/06/2025]] through [[D|04/05/2026]].
Signed [[D|Oct 3, 2025]]
""",
)

note(
    "b12-09",
    "Remy Thibodeaux",
    """
SSA / Disability Determination Services - Medical Source Statement (physical)
Claimant: [[N|THIBODEAUX, REMY J]]   SSN [[SSN|912-44-0583]]   DOB [[D|03.19.1974]]
DDS case [[ID|LA-DDS-2025-118842]], [[C|Baton Rouge]] office
Alleged: lumbar DDD s/p L4-5 fusion ([[D|Feb 2023]]), COPD, depression.
Last seen here [[D|9/18/25]]. FEV1 1.42 L (48% pred). SLR + L at 40 deg.
Can sit 30 min at a time, stand/walk < 2 h in 8 h day, lift 10 lb occasionally, never ladders. Needs to lie down 1-2x/day. Expected absences > 4 days/mo.
Lives in [[C|Pierre Part]]; wife [[N|Odile]] helps w/ dressing & socks. Drives only locally.
Completed by [[N|Celestine Broussard]], APRN, FNP-C   LA lic [[LIC|APRN.0204419]]   [[D|10/1/2025]]
""",
)

note(
    "b12-10",
    "Amaya Two Bulls",
    """
Oakdale Joint Unified School District - MEDICATION AUTHORIZATION / ASTHMA ACTION PLAN
Student: [[N|Amaya Two Bulls]]   Gr 3, Rm 14   DOB [[D|05/22/2016]]
Home: [[C|Valley Home]]
Med: albuterol HFA 90 mcg, 2 puffs q4h prn wheeze/cough; 15 min before PE. May self-carry: YES
Epinephrine 0.15 mg auto-injector (EpiPen Jr) for peanut exposure with any resp sx.
Condition: moderate persistent asthma; peanut allergy (anaphylaxis [[D|Halloween 2022]]).
Parent/guardian: [[N|Dawn Two Bulls]] cell [[PH|209-555-0137]]; alt: uncle [[N|Eli Red Horse]] (same #)
Provider: [[N|Ngozi Eze]], MD   CA Med Lic [[LIC|A 148823]]   Date [[D|8/12/2025]]
School nurse: [[N|Pam]] ([[EM|pgrissom@ojusd.example.org]])
""",
)

note(
    "b12-11",
    "Dashiell Oyenuga",
    """
COURT-ORDERED COMPETENCY TO STAND TRIAL EVALUATION
State v. [[N|Dashiell Oyenuga]]   Case No. [[ID|2025 CRB 01187]]   Akron Municipal Court
Ordered by Hon. [[N|R. Castellano-Pike]]
Defendant: 34 y/o M, DOB [[D|1/2/1991]], BCI# [[ID|A1188420]]
Evaluator: [[N|Harriet Lindqvist]], PsyD, OH Psychologist Lic. [[LIC|7112]]
Sources: interview at Summit County Jail [[D|5/28/25]] (2.5 h); police report ([[C|Akron]] PD incident [[ID|25-044817]]); records from Portage Path Behavioral Health; phone interview w/ mother, Mrs. [[N|Folasade Oyenuga]].
Findings: Mr. [[N|Oyenuga]] described the charge (vandalism, M1), roles of judge, prosecutor and defense counsel, and plea options. No active psychosis on exam; dx schizoaffective d/o, bipolar type, stable on paliperidone palmitate. MoCA 26/30.
Opinion: capable of understanding the proceedings and assisting in his defense.
""",
    allow=("Akron",),
)

note(
    "b12-12",
    "Kaylee-Rose Pruitt",
    """
SW NOTE - SUSPECTED CHILD ABUSE REPORT
Hotline called [[D|02/09/2025]] 16:20; intake ref # [[ID|CPS-INT-2025-33019]].
Child: [[N|Kaylee-Rose Pruitt]], 22 mo F, MRN [[MRN|7719043]]
Mother: [[N|Brittany Pruitt]] (19). Mother's boyfriend "[[N|Deke]]" ([[N|Derrick Haynes]]) lives in the home at [[ADDR|1417 Old Mill Rd Lot 22]], [[C|Hazard]], KY.
Findings: bilateral posterior rib fx (healing), L distal femur metaphyseal corner fx, bruising to pinnae; skeletal survey completed. Ophtho: multilayer retinal hemorrhages OU. Mom says child "fell off the couch" [[D|Friday]].
Plan: 72-h protective hold; CPS worker [[N|Dwayne Stidham]] en route, cell [[PH|606-555-0173]]. KSP notified. 4-y/o sibling to be examined today.
""",
)

note(
    "b12-13",
    "Abdiweli Farah Hussein",
    """
TB CONTACT INVESTIGATION  Case # [[ID|TB-2025-0142]]
Index: [[N|Abdiweli Farah Hussein]], 58M, AFB smear 3+, NAAT pos, rpoB neg; dx [[D|3/20/25]]. RIPE started.
Lives [[ADDR|1625 S 6th St #1108]], [[C|Cedar-Riverside]], [[C|Minneapolis]] [[Z|55454]].
Household contacts:
1. [[N|Hodan Ali]], wife, 51F - QFT pos, CXR nl -> LTBI, 4R started
2. [[N|Sagal]], dau, 17F - QFT neg, repeat 8 wk after last exposure
3. [[N|Mahad]], son, 9M - TST 12 mm, CXR nl -> 3HP
Work: bus driver (route 7); employer HR contacted re: coworker list.
Somali interpreter used.
PHN: [[N|Kari Lindahl]], RN  [[EM|kari.lindahl@hennepin.example.gov]]
""",
)

note(
    "b12-14",
    "Yitzy Friedlander",
    """
MEASLES EXPOSURE - contact tracing call log
CDRSS event [[ID|NJ-MEA-25-00017]]
Exposure site: pediatric urgent care, [[C|Lakewood]], [[D|Sat 1/18]] 0930-1400
1) [[N|Chaya Friedlander]] re: son [[N|Yitzy]] (14 mo, MMR #1 not yet given) - cb # on file. MMR PEP given [[D|1/20]] (<72 h).
2) [[N|Goldie Weiss]] ([[A|93]] y/o great-grandmother who accompanied a grandchild) - born before 1957 -> presumptive immunity. No action.
3) [[N|Osvaldo Ferreira]] - no answer x2, VM left x2; letter mailed to [[ADDR|88 Pine St Apt 3F]], [[C|Toms River]] [[Z|08753]].
4) Infant [[N|Miriam Roth]], 4 mo - IGIM 0.5 mL/kg given [[D|Jan 21]]; home quarantine 21 days.
""",
)

note(
    "b12-15",
    "Shaundiin Yazzie",
    """
Immunization registry lookup (WyIR) - by clinic MA
Query: last [[N|Yazzie]], first [[N|Shaundiin]], DOB [[D|2019-10-14]], sex F, mother's maiden name [[N|Begay]]
Result: 1 match, IIS ID [[ID|WY0047712395]]
On record: DTaP x4 (last [[D|2023-11-02]]), IPV x3, MMR #1 [[D|2020-10-20]], VAR #1 same day, HepB x3, Hib x4, PCV13 x4, flu 2024 (lot U7731AA)
Missing for K entry: DTaP #5, IPV #4, MMR #2, VAR #2
Given today [[D|08/19/2025]]: Quadracel + ProQuad, R/L thigh. VIS given.
Record reconciled with outside IHS clinic records from [[C|Crownpoint]], NM (faxed from [[FX|505-555-0170]]).
Parent: [[N|Marlene Yazzie]] [[PH|307-555-0126]]
""",
)

note(
    "b12-16",
    "Ilse Marchetti-Duval",
    """
GENETIC COUNSELING - initial
Pt: [[N|Ilse Marchetti-Duval]], 38F, referred by Dr. [[N|Oyelaran]] (GYN) for family hx.
Pedigree (3 gen): mother [[N|Giulia]] breast ca dx 44, d. 51; maternal aunt [[N|Rosanna]] ovarian ca 58; MGF prostate ca, lived to [[A|93]]. Paternal side French-Canadian; grandmother ([[A|90]]) living in [[C|Trois-Rivieres]], no cancers known.
Known familial variant: BRCA1 c.5266dupC in a maternal cousin (tested 2019).
Plan: targeted + 84-gene panel, saliva kit; requisition # [[ID|RQ4418-2270]]; ins Cigna ID [[HP|U71204488 02]].
Discussed GINA, life/LTC insurance implications, Lynch (not suspected), risk-reducing BSO timing.
Results in 2-3 wk by phone.
[[N|Anneliese Park]], MS, CGC   GC lic [[LIC|GC-1126]]
""",
)

note(
    "b12-17",
    "Delphine Nakamura-Reyes",
    """
LAB REQUISITION   REQ# [[ID|Q-90412378]]   Collected [[D|10-22-25]] 07:45   Fasting: Y
Patient: [[N|NAKAMURA-REYES, DELPHINE]]   Sex F   DOB [[D|12-30-1932]]   Age [[A|92]]Y
Addr: [[ADDR|3 Larkspur Ct]], [[C|Sun City West]], AZ
Bill to: Medicare Part B, MBI [[HP|7JC3-F88-WR20]]; secondary AARP Medigap [[HP|381447201-1]]
Ordering: [[N|Ferreira-Klein, Otto]] MD   NPI [[ID|1457390126]]
Tests: CBC w/diff (85025), CMP (80053), TSH (84443), B12, MMA.  Dx R53.83, D51.9
ABN signed: Y
Draw: mobile phleb [[N|Jose]]
Copy to: PCP, fax [[FX|(623) 555-0190]]
""",
)

note(
    "b12-18",
    "Euphemia Gallagher",
    """
HOME HEALTH START OF CARE (OASIS-E)  SOC [[D|11/4/2025]]
Pt: [[N|Euphemia Gallagher]] ("[[N|Effie]]"), [[A|96]] y/o F, lives alone at [[ADDR|12 Cranberry Ln]], [[C|Harwich Port]], MA [[Z|02646]]; nephew checks daily.
Referral: Cape Cod Hospital d/c after CHF exacerbation. Dx I50.33, E11.9.
Payer: Medicare Adv (Tufts) member [[HP|TMP 0099 4412 7]]
Homebound: yes - walker + 1 assist, SOB after 15 ft.
Home: 2-story, bedroom 1st fl; throw rugs removed; grab bars needed. PERS button serial [[DEV|LL-4472019]]. Scale provided; daily wts, call if gain > 2 lb/day or 5 lb/wk.
PCP Dr. [[N|Sandeep Bhalla]].
Next visit in 2 days.
RN: [[N|C. Oyelowo]], RN (MA RN lic [[LIC|RN2291557]])
""",
)

note(
    "b12-19",
    "Orville Pettibone",
    """
HOSPICE ADMISSION - Comfort Care of the Ozarks
Pt: [[N|Orville Pettibone]] ([[A|97]])   DOB [[D|Feb 29, 1928]]
Terminal dx: end-stage dementia (FAST 7c), wt loss 14% in 6 mo, recurrent aspiration PNA.
Lives with dtr [[N|Verna Pettibone-Lusk]] at [[ADDR|RR 2 Box 118]], [[C|Mountain Grove]], MO [[Z|65711]]; dtr is DPOA.
Phones: home [[PH|417-555-0131]]
Code: DNR; OOH-DNR on fridge.
Medicare hospice benefit elected [[D|10/30/25]]; MBI [[HP|2QK8-HN4-FE93]]; benefit period 1.
DME: hospital bed, alternating pressure mattress SN [[DEV|APM77-310458]], O2 concentrator SN [[DEV|1RF0442891]].
Spiritual: Southern Baptist, pastor Rev. [[N|Duane Kimbrough]] to visit.
""",
)

note(
    "b12-20",
    "Agnieszka Wroblewska",
    """
SPIRITUAL CARE NOTE - [[D|12/24/2024]] ([[D|Christmas Eve]])
Visited [[N|Agnieszka Wroblewska]], [[A|90]]F, rm 612B, at request of RN [[N|Faith]]. Pt is Roman Catholic, lifelong parishioner of St. Hedwig in [[C|Hamtramck]]; asked for Anointing of the Sick and Communion. Called Fr. [[N|Tadeusz]] at parish office [[PH|313-555-0135]]; he will come tonight after 8 pm Mass.
Pt tearful about husband [[N|Zbigniew]], who died [[D|Christmas 2011]]. Spoke Polish; granddaughter helped translate. Provided rosary and prayer card.
Faith is a central source of strength; pt states "I am ready, God has been good to me."
Plan: f/u in 2 days; page on-call chaplain if decline.
-- Chaplain [[N|Obadiah Mensah-Whitfield]], MDiv, BCC
""",
    allow=("Faith",),
)

note(
    "b12-21",
    "Rigoberto Chacon Ixcot",
    """
INTERPRETER ENCOUNTER - Spanish, in person (interp badge [[ID|55102]], [[N|Lucia Montalvo]])
Pt: [[N|Rigoberto Chacon Ixcot]], MRN [[MRN|M00918234]], from [[C|Huehuetenango]], Guatemala; primary lang K'iche', second Spanish.
Dr. [[N|Halvorsen]] explained colonoscopy prep (split dose). Pt asked: "Y puedo tomar mi pastilla de la presion el [[D|martes]]?" Dr: si, con un traguito de agua a las 5 am.
Teach-back: "Tomo la mitad del liquido la noche antes a las 6 y la otra mitad a las 5 de la manana."
Procedure: [[D|martes 15 de julio]], llegada 7:30.
Son [[N|Wilmer]] (cel [[PH|+1 (919) 555-0142]]) will drive from [[C|Siler City]].
Interpreter note: pt nodded but hesitated; recommended K'iche' interpreter on procedure day (vendor req # [[ID|LNG-447821]]).
""",
)

note(
    "b12-22",
    "Terrance Oakes",
    """
SW psychosocial note [[D|9/9/25]]
Pt [[N|Terrance Oakes]] 52M, currently sleeping in his vehicle (2009 Silverado, TN plate [[VEH|BHG-4471]]) in a store lot off Lebanon Pike, [[C|Donelson]]. Lost housing in [[D|July]] after eviction from [[ADDR|411 Ewing Dr Apt 14]], [[C|Nashville]] [[Z|37207]].
Income: none; SSI app pending (SSA claim # [[ID|SSA-CLM-4418820]]). TennCare ID [[HP|1002384719]]. TN DL [[LIC|073318845]] (expired).
Sister [[N|Lorraine Oakes-Bivens]] in [[C|Murfreesboro]] ([[PH|615-555-0157]]) will store belongings, cannot house.
Referrals: Room In The Inn, SNAP recert, VA eligibility (Army 1991-1995), DL renewal voucher.
Pt agrees; f/u 1 wk in clinic.
""",
)

note(
    "b12-23",
    "Shaniqua Bellamy-Roundtree",
    """
OB VISIT  28w2d   [[D|10/15/25]]
Pt: [[N|Shaniqua Bellamy-Roundtree]]  G3P1011  EDD [[D|1/5/2026]] by 8 wk US
FHT 148, FH 28 cm, BP 118/72, urine neg/neg. +FM. Denies ctx, LOF, VB.
1-hr GCT 142 -> 3-hr GTT next wk.
Rh neg, Ab screen neg -> RhoGAM 300 mcg IM today. Tdap given. Flu declined.
Hx: SAB ([[D|Mar 2022]]); SVD [[D|2/2023]] (son [[N|Kingston]], 7 lb 2 oz).
Support: FOB [[N|Andre Roundtree]], involved. Lives [[ADDR|2904 Piedmont Ave NW, Unit 5]], [[C|Atlanta]] [[Z|30305]].
Medicaid (Amerigroup) ID [[HP|GA7740021955]]; WIC referral sent.
Doula: [[N|Harmony]]
RTC 2 wk.
""",
)

note(
    "b12-24",
    "Lincoln Abernathy",
    """
WCC 4 yo - [[D|Sept 8 2025]]
[[N|Lincoln Abernathy]] here w/ dad [[N|Brooks]] and grandma [[N|Summer]].
Growth: Ht 103 cm (55%), Wt 16.2 kg (48%), BMI 15.3. BP 98/58.
Dev: ASQ-3 all domains above cutoff; speech intelligible to strangers; hops on 1 foot.
Vision 20/30 OU (Allen charts); hearing pass.
Vaccines: DTaP #5, IPV #4, MMR #2, VAR #2 given; VIS to dad; reported to registry.
Lead 1.2 ([[D|4/2/25]]). Fluoride varnish applied.
Dad asked for preschool form for Little Acorns Learning Ctr in [[C|Bozeman]] - completed & signed.
Sibling [[N|Hope]] (infant) due for 2 mo visit [[D|9/15]].
Next WCC [[D|Sept 2026]].
Dad cell [[PH|406.555.0128]]
""",
)

note(
    "b12-25",
    "Nguyen Thi Lanh",
    """
Progress note - interpreter-mediated (Vietnamese, phone interp ID [[ID|VN-30119]])
Pt: [[N|Nguyễn Thị Lành]], [[A|91]]F, with son [[N|Trần Minh Quân]] ("[[N|Quan]]", cell [[PH|714-555-0169]]). Lives with son in [[C|Westminster]] ([[C|Little Saigon]]).
CC (son): "Mẹ tôi bị chóng mặt từ [[D|Tết]]" = mom dizzy since [[D|Lunar New Year]], worse on standing.
Orthostatics: 142/78 supine -> 118/64 standing, HR 72 -> 96.
Meds: amlodipine 10, HCTZ 25 (added by Dr. [[N|Võ]] recently), donepezil 10.
A/P: orthostatic hypotension - stop HCTZ, fluids, PT referral. Dặn dò: "uống nhiều nước, đứng dậy từ từ."
Medicare [[HP|9MT4-QD1-RK27]]; Medi-Cal CIN [[HP|91847720A]]
F/u 2 tuần (2 wk).
""",
)

note(
    "b12-26",
    "Mirlande Pierre-Louis",
    """
NURSING TRIAGE - Kreyol (phone interp [[N|Jean-Baptiste]] #[[ID|7710]])
Pt [[N|Mirlande Pierre-Louis]], 34F, G2P1 @ 33 wk, MRN [[MRN|BMC-3318870]]
Called [[D|lendi]] ([[D|Monday]]) 08:40 c/o headache "tet mwen fe m mal anpil", swelling of hands/face, seeing "ti limye" (spots).
Home BP per pt 162/104 x2.
Advised L&D now; pt has no ride, husband [[N|Wilner]] at work. 911 called w/ pt consent; address confirmed [[ADDR|77 Norfolk St, 2nd fl]], [[C|Mattapan]]; cell [[PH|617-555-0150]].
L&D charge RN notified. Pt's sister [[N|Rose-Carmel Alexis]] will bring kids to her home in [[C|Randolph]].
Pt: "Mesi anpil, Bondye beni w."
""",
)

note(
    "b12-27",
    "Dwayne Kowalczyk",
    """
From: [[N|dwayne.kowalczyk]] (portal)   Sent: [[D|Mon 8/4/2025]] 11:47 PM
re: bill ???

i got a bill for $1,190 for my colonoscopy on [[D|june 17]] but it was suposed to be a screening and covered 100% under the ACA. the bill says diagnostic becuase they took a polyp out?? my accnt # is [[ACCT|55018834]] and my insurance is ambetter member id [[HP|U9412-77301]]. i called billing twice and sat on hold 40 min. my wife [[N|Deb]] says i should file a complaint. can someone call me at [[PH|8165550192]] after 5. thx
[[N|Dwayne Kowalczyk]] dob [[D|2-11-68]]

--- reply [[D|8/5]] [[N|Lacey M]]., CMA: Routed to billing supervisor for coding review (G0121 vs 45385-PT). You should hear back within 5 business days.
""",
)

note(
    "b12-28",
    "Kenji Okonkwo-Sato",
    """
Phone note - pharmacy callback [[D|5/12/25]] 14:05
Caller: [[N|Omar]], RPh, Kroger Pharmacy #0731, [[C|Fairborn]] OH, [[PH|937-555-0117]]
Issue: Rx oxycodone 5 mg #20 for pt [[N|Kenji Okonkwo-Sato]] - DEA # on script ([[LIC|FM1193442]]) does not match prescriber. Attending Dr. [[N|Feldstein]]'s DEA is [[LIC|BF6620381]]; script was written by resident Dr. [[N|Min-seo Yoon]] under his name. OARRS reviewed: no other CS fills in 12 mo.
Plan: Dr. [[N|Feldstein]] confirmed verbally, new e-Rx sent w/ correct DEA. Caller's OH pharmacist lic [[LIC|03-3-21447]] documented.
Called pt, LVM to pick up after 4 pm.
-- [[N|jhargrove]] RN
""",
)

note(
    "b12-29",
    "Augustin Ferreira",
    """
Dept of Neurology - Consultation Letter           [[D|14 March 2025]]

Dr. [[N|Helena Vasquez-Moore]]
Riverbend Family Medicine
[[ADDR|300 N Main St, Ste 210]]
[[C|Chelsea]], MI [[Z|48118]]

Re: [[N|Augustin Ferreira]], DOB [[D|03/03/1950]], our MRN [[MRN|UMN-44102937]]

Dear [[N|Helena]],
I saw Mr. [[N|Ferreira]] today for tremor: 4-yr hx of asymmetric R rest tremor, micrographia, shuffling gait. Exam: bradykinesia, cogwheel rigidity R>L, MDS-UPDRS III 28. Consistent with Parkinson disease, H&Y 2. Started carbidopa/levodopa 25/100 1/2 tab TID x1 wk, then 1 tab TID. PT referral (LSVT BIG). His daughter [[N|Chelsea]] asked about driving - no restriction now.
F/u 3 mo.

Sincerely,
[[N|Rahul Dasgupta-Meyer]], MD
""",
)

note(
    "b12-30",
    "Ignatius Boateng",
    """
DME PRIOR AUTH - CPAP (E0601) + heated humidifier (E0562), continued coverage
Beneficiary: [[N|Ignatius Boateng]]   UHC Member ID [[HP|987441207]]
PSG [[D|06/02/25]]: AHI 38.4, nadir SpO2 79%. Titration: CPAP 10 cmH2O.
Dispensed [[D|07/01/25]]: ResMed AirSense 11 AutoSet, SN [[DEV|23241148772]]; humidifier; mask F30 medium.
Compliance, first 30 days: used 27/30 nights, >=4 h on 25/30 (83%), residual AHI 2.1. Pt reports less daytime sleepiness, ESS 14 -> 6.
Supplier: Lakeside Medical Supply, [[ADDR|75 Industrial Pkwy]], [[C|Elyria]] OH [[Z|44035]]
Ordering: [[N|Marguerite N'Diaye]], MD, NPI [[ID|1093847721]]
Auth # [[ID|A25-7719-0042]] approved [[D|8/4/2025]] through [[D|7/31/2026]].
""",
)

note(
    "b12-31",
    "Siobhan Mahoney",
    """
SUBPOENA DUCES TECUM - to Custodian of Records, St. Vincent's Medical Center
Caption: [[N|Mahoney]] v. Greyhound Lines, Inc.; Docket No. [[ID|FBT-CV25-6144712-S]], J.D. of Fairfield at [[C|Bridgeport]]
RE: [[N|Siobhan Mahoney]], DOB [[D|8/21/1979]], SSN [[SSN|918-27-0446]]
Produce: all records, past 2 yrs, incl. billing, radiology images, PT notes.
Return within 30 days to: [[N|Grant T. Ellsworth]], Esq., [[ADDR|1000 Lafayette Blvd, 6th Floor]], [[C|Bridgeport]], CT. Fax [[FX|203-555-0176]]  [[EM|gellsworth@ellsworthlaw.example]]
Juris No. [[LIC|412877]]
HIM: rec'd [[D|6/27/25]]; pt notified per policy, 14-day objection period. Legal log # [[ID|LG-25-1193]].
""",
)

note(
    "b12-32",
    "Cornelius Vanderslice",
    """
MEDICAL REPORT - DRIVER LICENSE (DHSMV Medical Advisory Board)
Driver: [[N|Cornelius P. Vanderslice]]   DL# [[LIC|V536-218-32-412-0]]   DOB [[D|10/12/1932]]
Referred by law enforcement after a crash [[D|April 5th]] in [[C|The Villages]] (golf-cart path). Pt is [[A|92]] y.o.
Dx: mild neurocognitive d/o (MoCA 21/30), AMD (VA 20/50 OD, 20/70 OS), AFib on apixaban.
Trails B 212 sec (abnl). Clock draw 3/4.
Recommendation: not safe to drive at this time; refer OT driving eval (CDRS, [[PH|352-555-0112]]).
Wife [[N|Bernadette]] ([[A|90]]) does not drive; son in [[C|Ocala]] will help with transport.
Physician: [[N|Chidi Okafor]], MD   FL lic [[LIC|ME 119034]]
""",
)

note(
    "b12-33",
    "Adelheid Kranz",
    """
PHYSICIAN'S REPORT - PETITION FOR GUARDIANSHIP (Probate)
Respondent: [[N|Adelheid Kranz]] ("[[N|Heidi]]"), age [[A|95]]; resides Frankenmuth Lutheran Village (memory care, rm 14); prior home [[C|Frankenmuth]].
Petitioner: [[N|Klaus Kranz]] (son), [[ADDR|6290 Dehmel Rd]], [[C|Birch Run]], MI
Probate File No. [[ID|25-118734-GA]]
Exam [[D|Jan 30, 2025]] 10:00-11:10, unit RN present.
Findings: oriented to self only; SLUMS 9/30; cannot name her bank or income; Alzheimer dementia, severe (FAST 6d). Bilat hearing aids (SN L [[DEV|OT-88412C]], R [[DEV|OT-88413C]]) in place.
Opinion: lacks capacity to make informed decisions about finances, residence and medical care; full guardianship recommended. Attendance at hearing would be detrimental.
[[N|Reinhold Baumgartner]], MD   MI lic [[LIC|4301087712]]
""",
    allow=("Frankenmuth",),
)

note(
    "b12-34",
    "Mabel Tuttle",
    """
ADULT PROTECTIVE SERVICES REFERRAL (mandated reporter)
[[D|08/30/2025]] 15:10   Reporter: ED social worker
Vulnerable adult: [[N|Mabel Tuttle]], [[A|95]]yo F, SSN [[SSN|941-08-7726]]
Address: [[ADDR|1821 Cottonwood Dr]], [[C|Alamogordo]], NM [[Z|88310]]
Alleged perpetrator: grandson [[N|Cody Tuttle]] (~30), lives in home, drives pt's car (NM plate [[VEH|AKXT442]]).
Concerns: dehydration, stage 3 sacral pressure injury, soiled clothing; pt states grandson "takes my check." Pt's bank stmt shows daily ATM withdrawals from acct ending [[ACCT|8817]].
Pt asks that niece [[N|Ora Lee Fenster]] ([[PH|575-555-0181]]) in [[C|Tularosa]] be contacted.
APS intake # [[ID|APS-2025-077141]].
""",
)

note(
    "b12-35",
    "Theodosia Ameyaw",
    """
HOSPICE RECERTIFICATION - F2F encounter (3rd benefit period)
Pt: [[N|AMEYAW, THEODOSIA]]   aged [[A|100]] (DOB [[D|1/1/1925]])
F2F by [[N|Kofi Mensah]], NP, [[D|9/27/2025]], at home: [[ADDR|45 Greenwood Terr]], [[C|Hyde Park]], MA
Decline since last cert: PPS 40% -> 30%; MAC 18.5 -> 17.5 cm; now bedbound, 2-3 bites/meal, sleeping ~20 h/d. Two falls [[D|Labor Day]] weekend. FAST 7a.
Hospice dx: Alzheimer's dementia. Comorbid: CKD 4, HFpEF.
Continues to meet eligibility; prognosis 6 months or less.
Caregivers: great-niece [[N|Abena]] ([[PH|617.555.0122]]), private aide M-F days.
Attending attestation: Dr [[N|Hollis Greer]], MA lic [[LIC|270815]]
Medicare MBI [[HP|3AW9-TC6-PD11]]
""",
)

note(
    "b12-36",
    "Salvatore Ianucci",
    """
INTERFACILITY TRANSFER FORM (SNF -> ED)
From: Willow Creek Rehab & Nursing, Unit B, rm 214-2
Resident: [[N|Ianucci, Salvatore]] ("[[N|Sal]]")   Age/Sex: [[A|93]] M   DOB [[D|5/5/32]]
Reason: acute AMS, T 38.9, SpO2 86% RA, ?aspiration PNA.
Code: DNR/DNI (MOLST dated [[D|2/14/2024]]).
HCP: dtr [[N|Antonella Ianucci-Brandt]] ([[C|Cornwall-on-Hudson]]), cell [[PH|(845) 555-0191]] - notified 02:40.
Allergies: PCN (hives), sulfa.
Meds: see MAR; last tramadol 50 mg @ 2200; apixaban 2.5 held since [[D|Sunday]].
Baseline: A&Ox1-2, feeds self w/ setup, Hoyer lift x2 for transfers.
Ins: Medicare A/B [[HP|6NP3-EK2-XY45]]; NY Medicaid CIN [[HP|ZX88214K]]
Sending RN: [[N|Dorota K]].  Report called to ED 02:55.
""",
)

note(
    "b12-37",
    "Tevita Fifita",
    """
WORKERS' COMPENSATION - Attending Physician's Report
Claimant: [[N|Tevita Fifita]]   Employer: Pacific Rim Roofing   Claim # [[ID|G3317428]]
Carrier case [[ID|55331-0920]]   DOI [[D|06/19/2025]]   Body parts: L shoulder, L wrist
Hx: fell ~10 ft from ladder while installing flashing at a job site in [[C|Kaneohe]]; landed on outstretched L hand.
Exam [[D|7/2/25]]: L shoulder FF 90, ABD 80, + Hawkins, + Neer, drop-arm neg. L wrist snuffbox TTP.
MRI shoulder: full-thickness supraspinatus tear 1.4 cm. XR wrist: nondisplaced scaphoid waist fx; thumb spica.
Work status: TTD through [[D|8/15/25]]; no use of L arm.
Supervisor [[N|Keoni Kahananui]] [[PH|808-555-0144]]. Wife interprets (Tongan).
[[N|Lowell Fujikawa]], MD   HI lic [[LIC|MD-16622]]   NPI [[ID|1548203316]]
""",
)

note(
    "b12-38",
    "Dilnoza Rakhimova",
    """
ATTENDING PHYSICIAN STATEMENT request - life insurance underwriting (Northstar Mutual Life)
Proposed insured: [[N|Rakhimova, Dilnoza]]   DOB [[D|Nov 9, 1985]]   Policy app # [[ID|NML-88014472]]
HIPAA authorization enclosed.
Request: records [[D|1/2020]] to present - BP, lipids, A1c, tobacco/ETOH, referrals.
Clinic response ([[N|Gwen]], HIM, [[D|11/6/25]]): last visit [[D|10/2/25]] - BP 124/78, BMI 27.1, A1c 5.9, LDL 141. Never smoker. No psych hx. Referred to GI [[D|Feb '24]] for GERD; EGD nl.
Records mailed to Underwriting, [[ADDR|PO Box 64018]], [[C|St. Paul]], MN; invoice # [[ID|INV-7731]] ($25) billed to insurer.
Paramed exam by contracted examiner; applicant's DL [[LIC|R523-771-904-118]] copied.
""",
)

note(
    "b12-39",
    "Anjanette Salcido",
    """
SW phone note [[D|Tues 3/18]]
Spoke w/ pt [[N|Anjanette Salcido]] and son re: loss of AHCCCS. ID [[HP|A70339215]]. Renewal packet went to old addr [[ADDR|3302 W Pima St]], [[C|Tucson]]; pt moved to [[ADDR|118 E 33rd St Apt C]], [[C|South Tucson]] AZ.
Updated via HEAplus, confirmation # [[ID|HEA-2025-7718330]]. Coverage gap: ED visit billed to pt (acct [[ACCT|HX00441983]]) - requested retro coverage; Banner fin. assistance app started.
Medicare pending (turns 65 in [[D|May]]); SSN on file [[SSN|923-41-8806]].
Son's cell [[PH|520-555-0193]].
-[[N|B. Oyelaran-Kline]], LMSW   AZ lic [[LIC|LMSW-18842]]
""",
)

note(
    "b12-40",
    "Baby Girl A Okoro",
    """
NEWBORN SCREENING SPECIMEN - form serial [[ID|2504418827]]
Infant: [[N|OKORO]], BABY GIRL A (twin A)   MRN [[MRN|N0077182]]
Birth [[D|12/31/2024]] 23:48   Collected at 30 h of life
BW 2150 g, GA 35w1d. Feeding: breast + formula. Transfused: N. TPN: N. Abx: N.
Mother: [[N|Chiamaka Okoro]]   DOB [[D|08/15/1993]]   ph [[PH|(832) 555-0102]]
Address: [[ADDR|9510 Bellaire Blvd #418]], [[C|Houston]] TX
Submitter: MBU, hospital code 0417
Physician of record: Dr. [[N|Ebube Nwachukwu]] (clinic in [[C|Alief]])
Repeat screen: Y, at 1-2 wk per state protocol
Collector init: [[N|KLT]]
""",
)

note(
    "b12-41",
    "Zaire Kimbrough-Watts",
    """
ELEVATED BLOOD LEAD - environmental case investigation   Case # [[ID|EBLL-25-0388]]
Child: [[N|Zaire Kimbrough-Watts]], 2 y, DOB [[D|06-01-2023]]. BLL 22 ug/dL venous ([[D|5/8/25]]); prior 9 (6 mo ago).
Residence: [[ADDR|2715 N 24th St, rear unit]], [[C|Milwaukee]] [[Z|53206]] - pre-1950 duplex, rental.
Landlord: [[N|Hector Villanueva]] [[PH|414-555-0139]]
Inspection by risk assessor (cert [[LIC|CLA-11923]]): XRF + window sills 3.2 mg/cm2, porch rail; dust wipe sill 480 ug/ft2.
Daytime care at great-grandma [[N|Pearline Watts]]'s (in her [[A|90s]]) in [[C|Sherman Park]] - home built 1924, to be inspected.
Iron def (ferritin 8); WIC. F/u BLL order # [[ID|ORD-5521873]] due in 4 wk.
""",
)

note(
    "b12-42",
    "Marcus Delgado-Ruiz",
    """
DIS FIELD RECORD - syphilis partner services   Case # [[ID|TX-STD-25-140772]]
OP: [[N|Marcus Delgado-Ruiz]] "[[N|Marky]]", 27M; RPR 1:64, TPPA+, secondary; Bicillin L-A 2.4 MU IM today. HIV neg, PrEP offered.
Interview by DIS [[N|Ana Patricia Loera]].
Partners (6 mo):
 - [[N|Jaylen]], met via app, handle @[[N|jaylen_atx_22]]; phone per OP [[PH|512-555-0124]]. Notified, tested & treated next day.
 - "[[N|Tino]]", [[C|Pflugerville]], near [[ADDR|1400 W Pecan St]]. Field visit pending.
 - anon partner at a [[D|Labor Day]] party in [[C|Round Rock]] - insufficient info.
OP contact: [[EM|mdelgado.ruiz@example.net]]
""",
)

note(
    "b12-43",
    "Priscilla Yarbrough",
    """
HEPATITIS A CASE INVESTIGATION   Case ID [[ID|HAV-25-0061]]
Case: [[N|Priscilla Yarbrough]], 41F, [[C|Gallatin]], TN. Jaundice onset [[D|4/27]]; anti-HAV IgM + ([[D|5/1/25]]); ALT 2,140. Unvaccinated.
Occupation: line cook at Magnolia Blossom Diner, Main St, [[C|Gallatin]] - worked while symptomatic [[D|4/21]]-[[D|4/26]].
Household: partner [[N|Rodney Sisk]], 2 kids (12, 8) - HepA vaccine given within 14 d.
Restaurant: 37 employees, vaccine clinic held for staff; press release: patrons in the exposure window advised re: PEP.
Reported by an urgent care in [[C|Hendersonville]]. Case's TN DL [[LIC|114420973]] used for ID at clinic.
Investigator: [[N|Deshawn Pruitt]], MPH, [[PH|615-555-0105]]
""",
)

note(
    "b12-44",
    "Asher Kopecky",
    """
SPECIALTY PHARMACY REFERRAL - sofosbuvir/velpatasvir 400/100 mg daily x 12 wk
Patient: [[N|Kopecky, Asher J.]]   DOB [[D|1/19/1983]]   Sex M
Address: [[ADDR|51 Elm St Apt 2R]], [[C|Bellows Falls]], VT
Ins: VT Medicaid ID [[HP|0094117235]]; Rx BIN 610494  PCN VTMCD
HCV RNA 2.4M IU/mL ([[D|09/03/25]]), GT 3a, FIB-4 1.1, no cirrhosis. HBsAg neg. Tx-naive. Active PWID - harm reduction enrolled.
Prescriber: [[N|Noor Al-Hakim]], PA-C   NPI [[ID|1992738450]]   VT lic [[LIC|055.0133917]]   DEA [[LIC|MA1827364]]
Office contact: [[N|Bree]] [[PH|802-555-0178 ext 22]]
Deliver to clinic attn peer recovery coach.
""",
)

note(
    "b12-45",
    "Rafael Ortiz Benavides",
    """
Mensaje del portal - [[D|3 de febrero 2025]]
De: [[N|Maria Guadalupe Ortiz]] (esposa de [[N|Rafael Ortiz Benavides]])
hola doctora [[N|Zuniga]], mi esposo sigue con la tos desde [[D|Navidad]] y ahora tiene fiebre 101 en la noche. el inhalador que le dio no le ayuda mucho. se puede hacer cita para el [[D|jueves]]? yo trabajo en la manana. mi numero es [[PH|956-555-0161]]. su numero de medicaid es [[HP|518 440 227]]. ahora vivimos en [[C|Pharr]], ya no en [[C|Edinburg]]. gracias

-- Respuesta (LVN): Sra. [[N|Ortiz]], le hicimos cita el [[D|jueves 6 de febrero]] a las 10:15 con la doctora. Si tiene dificultad para respirar vaya a emergencias.
""",
)

note(
    "b12-46",
    "Wilhelmina Strand",
    """
NURSE TRIAGE - after hours (answering svc msg #[[ID|44190]])
[[D|Sat 6/14/25]] 02:12. Caller: live-in aide for [[N|Wilhelmina Strand]] ("[[N|Billie]]"), [[A|96]] y.o. F.
Fell in bathroom ~01:45, aide got her to a chair. C/o L hip pain 7/10, cannot bear weight, L leg shortened & externally rotated. On warfarin (INR 2.6 last wk). No LOC per aide; head strike unknown.
Disposition (STCC Falls): 911 / ED now. Aide calling EMS; pt to Mercy ED.
Address for EMS: [[ADDR|704 W 4th St]], [[C|Waterloo]] IA.
Daughter [[N|Karin Strand-Holt]] notified by RN at [[PH|+1 319 555 0110]] (lives in [[C|Cedar Falls]]).
PCP Dr. [[N|Ojo]] to be notified in AM.
-- [[N|L. Marchetti]], RN
""",
)

note(
    "b12-47",
    "Ruth-Ellen Baptiste",
    """
[[D|February 11, 2025]]

Dear Family Member,

Your relative [[N|Ruth-Ellen Baptiste]] (DOB [[D|7/23/1969]]) recently learned that she carries a pathogenic variant in MLH1 (c.1852_1854delAAG), which causes Lynch syndrome. Each first-degree relative has a 50% chance of carrying it. Testing for this single variant is available at low cost; please share this letter and the lab report (accession [[ID|GX-25-0041873]]) with your doctor.

Relatives she plans to notify: sister [[N|Celeste Baptiste-Nunes]] ([[C|New Bedford]]), brother [[N|Wendell]] (Cape Verde), son (21), a niece.

Questions: [[N|Moira Tennant]], MS, LCGC, Cancer Genetics Program, [[PH|401-555-0151]]; secure email [[EM|mtennant@cgp.example.org]].
Internal: MRN [[MRN|RIH 0558213]]
""",
)

note(
    "b12-48",
    "Elspeth Carmody",
    """
DME ORDER - home oxygen
Pt: [[N|Elspeth Carmody]]   [[A|98]] yrs   DOB [[D|3/8/27]]
Addr: [[ADDR|HC 64 Box 2210]], [[C|Eastsound]], WA [[Z|98245]] (ferry-dependent delivery)
Qualifying test at rest on RA: SpO2 86%. Dx J44.1, I27.23.
Rx: O2 2 L/min NC continuous; stationary concentrator + POC for ambulation; E-tank backup x4.
Length of need: 99 (lifetime).
Delivered: Inogen One G5 SN [[DEV|G5-1123-884710]]; EverFlo concentrator SN [[DEV|EF0448213]].
Supplier: Island Respiratory, [[C|Friday Harbor]]; pt acct [[ACCT|IR-00713]]. Next tank delivery [[D|Friday]].
Ordering: [[N|Beatriz Halloran]], MD, NPI [[ID|1306977421]].
Caregiver: son-in-law [[N|Fergus]] (lives next door)
""",
)

note(
    "b12-49",
    "Eamon Quintero-Blake",
    """
EMS PATIENT CARE REPORT (abridged) - Medic 14   Incident # [[ID|2025-0318-00447]]   [[D|03/18/2025]]
Dispatch 17:42, MVC I-25 NB near [[C|Castle Rock]].
Pt: driver, ID'd as [[N|Eamon Quintero-Blake]] via CO DL [[LIC|17-442-9018]]. Vehicle: 2019 Subaru Outback, CO plate [[VEH|BZR-Q41]], VIN [[VEH|4S4BSANC5K3318822]]. Other driver (plate [[VEH|TXW 0913]]) refused transport.
GCS 14 (E4V4M6), BP 92/60, HR 118, RR 24; seatbelt sign, abd tender LUQ. C-collar, 2 large-bore IVs, TXA 1 g.
Medical ID bracelet: insulin pump (MiniMed 780G) SN [[DEV|NG2288014H]]; BGL 164.
Transported to Sky Ridge, trauma activation. Wife notified by CSP trooper [[N|Basquez]] (badge [[ID|1187]]).
Crew: [[N|T. Ahlquist]] (paramedic, CO cert [[LIC|P-27744]]), EMT-B
""",
)

note(
    "b12-50",
    "Grace Adebayo-Lindqvist",
    """
EMPLOYEE HEALTH - blood/body fluid exposure
Employee: [[N|Grace Adebayo-Lindqvist]], RN, badge [[ID|E-204417]], 5 North; NC RN lic [[LIC|RN 288914]]; cell [[PH|919-555-0138]]
[[D|11/20/2025]] 03:15: 25G needle after SQ heparin, L index finger, shallow, bled.
Source pt: [[N|Vaughn Pettiford]], MRN [[MRN|30019942]]; consented to rapid HIV (neg), HBsAg neg, HCV Ab neg on [[D|11/20]].
Employee HBsAb 184 mIU/mL (immune), tetanus UTD.
Reported to charge RN; incident report # [[ID|IR-25-11408]]; WC claim [[ID|WC-7718204]].
Plan: no PEP indicated; baseline HIV/HCV drawn; f/u prn.
Seen by [[N|O. Fairbanks]], NP
""",
)

note(
    "b12-51",
    "Phyllis Oberholtzer",
    """
(Portal request from dtr [[N|Gloria Oberholtzer-Shenk]]: "mom got a jury summons can u write a note she cant sit that long")

[[D|May 2, 2025]]

Jury Commissioner
RE: Juror [[N|Phyllis Oberholtzer]], juror no. [[ID|J-2025-448210]], summoned for [[D|May 19, 2025]]

To whom it may concern:
Mrs. [[N|Oberholtzer]] is a [[A|91]]-year-old patient of mine with bilateral hearing loss, macular degeneration and urge incontinence that make prolonged sitting unfeasible. I recommend she be permanently excused from jury service. Her husband [[N|Chester]] (age [[A|93]]) depends on her care. They live in [[C|Brunnerville]].
Questions: please call my office.

[[N|Ezinne Obi]], DO   PA lic [[LIC|OS017744]]
Family Practice of Lititz
""",
)

note(
    "b12-52",
    "Oluwaseun Adeyemi-Hart",
    """
CAMP HEALTH FORM - Camp Tall Pines
Camper: [[N|Adeyemi-Hart, Oluwaseun]] ("[[N|Seun]]"), 11 y, DOB [[D|2014-03-27]]
Session 2: [[D|July 6]]-[[D|July 19]], lake campus in [[C|Meredith]], NH
Allergies: bee stings (local only), amoxicillin (rash).
Meds: methylphenidate ER 27 mg qAM (nurse to give), cetirizine 10 mg prn.
Immunizations UTD per NH registry (printout attached).
PE: nl. Cleared for all activities incl. swimming.
Insurance: Harvard Pilgrim, subscriber [[N|Folake Adeyemi-Hart]], ID [[HP|HPH40027719 00]]
Emergency: mom [[N|Folake]] [[PH|603-555-0197]]; dad - same #.
Provider: [[N|Miriam Osei-Bonsu]], MD   NH lic [[LIC|16220]]
""",
)

note(
    "b12-53",
    "Destiny Calloway",
    """
FOSTER CARE - INITIAL HEALTH SCREEN (within 72 h of placement)
Child: [[N|Destiny Marie Calloway]] (goes by "[[N|Dee]]"), 6F
Placed [[D|01/13/2025]]; DCFS case [[ID|2025-JC-00781]]; caseworker [[N|Marlon Thibault]]
Foster parent: [[N|Yvonne Batiste]], [[ADDR|3116 Annette St]], [[C|Gentilly]], [[C|New Orleans]]
Medicaid (Healthy Louisiana) ID [[HP|7500218834]]
Hx per caseworker: removed from bio mother ([[N|Tiffani Calloway]]) for neglect; last WCC unknown; LINKS shows K boosters missing.
Exam: wt 18.1 kg (22%), caries x6, pediculosis, eczema. Hearing/vision pass. Enuresis, sleep difficulty.
Plan: catch-up vaccines today; dental referral; trauma-focused therapy referral; CASA volunteer informed. Court review [[D|Jan 28]].
""",
)

note(
    "b12-54",
    "Habibullah Noorzai",
    """
USCIS I-693 - Civil Surgeon exam
Family name: [[N|NOORZAI]]   Given: [[N|Habibullah]]   DOB [[D|01/01/1990]]   A-Number [[ID|A-219-447-803]]
Receipt # [[ID|IOE0918447221]]
Address: [[ADDR|8830 Riverside Pkwy Apt 204]], [[C|Fremont]], CA [[Z|94538]]
Dari interpreter: son [[N|Mujtaba]] (adult).
QFT-Plus [[D|04/02/2025]]: neg. Syphilis (RPR) neg. Gonorrhea NAAT neg.
Vaccines: MMR x2, Tdap, varicella titer +, Hep B x3, flu (current season) - requirements met.
Class A/B conditions: none. Mental/substance: none.
Civil surgeon: [[N|Farida Haidari]], MD   CA lic [[LIC|A 171204]]   signed [[D|4/9/2025]]; sealed envelope given to applicant.
""",
)

note(
    "b12-55",
    "Hortensia Villalobos",
    """
DEATH PRONOUNCEMENT NOTE
Called by RN [[N|Abimbola]] at 04:52 [[D|Jan 6]] to pronounce [[N|Hortensia Villalobos]], aged [[A|101]], hospice inpatient.
Exam: no spontaneous resp x1 min, no heart sounds x1 min, pupils fixed & dilated, no response to noxious stimuli. TOD 05:03.
Family at bedside: grandson [[N|Ismael]], a great-granddaughter. Son [[N|Rogelio Villalobos]] ([[PH|(915) 555-0165]]) in [[C|Las Cruces]] notified by phone.
ME notified: not an ME case (expected death under hospice). Funeral home in [[C|Socorro]] to collect.
Death certificate: (a) aspiration pneumonia (b) advanced dementia; EDRS case # [[ID|TX-EDRS-25-0019487]]. Autopsy declined.
Pronounced by [[N|Quentin Achebe]], MD   TX lic [[LIC|Q4471]]
""",
)

note(
    "b12-56",
    "Alphonsine Mbeki-Harrington",
    """
CRITICAL VALUE NOTIFICATION
[[D|10/04/2025]] 22:31 - lab ([[N|Tran, Kim-Ly]], MLS) called: K+ 6.9 for [[N|Alphonsine Mbeki-Harrington]], F, [[A|94]], acc# [[ID|C25-277-04418]], drawn 21:40 at Sunrise Assisted Living (mobile draw). Non-hemolyzed per lab.
Read-back verified by [[N|P. Okafor]], RN.
On-call Dr [[N|Zheng]] paged via [[PH|555-0147]]; returned call 22:38.
Orders: send to ED now for ECG/treatment. Pt on lisinopril 40, spironolactone 25, KCl 20 mEq daily (!). Baseline Cr 1.8.
ALF nurse [[N|Shonda]] notified [[PH|(302) 555-0189]]; ambulance to Bayhealth, [[C|Dover]].
Daughter informed 23:05.
""",
)

note(
    "b12-57",
    "Clementine Holloway",
    """
DISCHARGE SUMMARY (to PCP)   Admit [[D|2025-09-02]]   D/C [[D|2025-09-07]]
Pt: [[N|HOLLOWAY, CLEMENTINE B]], F, [[A|93]] y/o   MRN [[MRN|AN-00831742]]   Enc [[ID|E9918830221]]
Dx: CAP (RLL), delirium, hyponatremia (Na 124 -> 133).
Course: ceftriaxone + azithro -> PO cefpodoxime x3 more days. Delirium resolved by day 4; CAM neg at d/c. PT: rolling walker.
D/c to home w/ daughter [[N|June]] at [[ADDR|17 Magnolia Ct]], [[C|Seneca]], SC [[Z|29678]]; home health to start.
F/u: PCP Dr. [[N|Bradford Pinckney]] in 1 wk; BMP in 3 days. Pending: blood cx final.
Code: DNR (confirmed w/ pt & HCPOA [[N|June Holloway]]). Contact: see facesheet.
Hospitalist: [[N|Aiyana Begaye]], MD
""",
)

note(
    "b12-58",
    "Claudine Nyirahabimana",
    """
REFUGEE HEALTH ASSESSMENT - domestic screening
Arrival [[D|2025-02-19]]. Resettlement agency caseworker present.
HoH: [[N|Nyirahabimana, Claudine]], 38F (DOB listed [[D|1/1/1987]]); children [[N|Eric Habimana]] 14M, [[N|Aline]] 9F, [[N|Gloire]] 3M.
Lang: Kinyarwanda, Swahili; phone interpreter [[N|Jean de Dieu]].
Address: [[ADDR|1550 N Five Mile Rd Apt 9]], [[C|Boise]], ID
Screening: QFT + ([[N|Claudine]]) -> CXR nl -> LTBI, 4R; Strongyloides IgG + ([[N|Eric]]) -> ivermectin; O&P neg all; Hgb 10.8 (9F) -> iron; BLL 6 (3M) -> recheck.
Medicaid ID [[HP|0019447721]]; I-94 A-number [[ID|A-246-118-905]] (HoH).
""",
)

note(
    "b12-59",
    "Thaddeus Quarles",
    """
APPLICATION FOR 72-HOUR DETENTION (W&I 5150)
[[D|06/21/25]] 14:10. Detained at [[ADDR|2100 Telegraph Ave]] (bus stop), [[C|Oakland]], by Officer [[N|Raquel Imamura]] #[[ID|9114]].
Pt: [[N|Thaddeus Quarles]] ("[[N|TQ]]"), 29M, DOB [[D|4/30/96]], no fixed address.
Criteria: DTS - stated he was "gonna jump off the bridge tonight," has plan; GD - not eating x3 days.
Hx: bipolar I; prior holds x2 (2023, 2024). Meds: none, stopped lithium.
Advisement given 14:25 by [[N|Ximena Rocha]], LCSW (lic [[LIC|LCS 88145]]).
Mother [[N|Darlene Quarles]] in [[C|Vallejo]] - pt consented to contact.
Alameda Alliance member [[HP|A0099182713]]
""",
)

note(
    "b12-60",
    "Samira Haddad",
    """
[[D|March 10, 2025]]

[[N|Yousef Haddad]]
[[ADDR|27 Birchwood Ln]]
[[C|Dearborn Heights]], MI

Dear Mr. [[N|Haddad]],
It has now been three months since [[N|Samira]] died on [[D|December 9]]. Our hospice staff continue to hold you and your family in our thoughts. The first holidays can be especially hard; [[D|Mother's Day]] will be the first without her, and your granddaughter told us that [[D|Eid]] was very difficult.
Our bereavement group meets Tuesdays 6-7:30 pm at our office. If you would like to talk, please call me at [[PH|734-555-0167]] or email [[EM|n.karam@arborhospice.example.org]].
An Arabic-speaking volunteer is also available.

Warmly,
[[N|Nadia Karam]], MSW, Bereavement Coordinator
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
