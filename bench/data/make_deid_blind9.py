#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind9.jsonl.

Blind test set #9: sixty hand-written synthetic US clinical notes with an
emphasis on primary care, community health and long-term care (annual
wellness visits, chronic-disease follow-up, geriatrics and memory clinic,
nursing-home / assisted-living / skilled-nursing notes, MDS-style
assessments, falls, wound care, hospice and palliative care, advance-care
planning and POLST, guardianship and adult protective services, community
health workers, refugee and immigrant health, migrant farmworker clinics,
school-based and college health, occupational health and workers' comp,
vaccination and travel clinics, tele-psychiatry, addiction medicine,
correctional health and veterans' care).  Every person, number and address
is fictional; phone and fax numbers are in the 555-01xx range.

Identifiers are written inline as ``[[CAT|surface text]]`` (categories and
aliases from ``_blind_markup.py``); the markup is stripped and turned into
character offsets by :func:`_blind_markup.write`, which also validates every
note.

Annotation conventions (HIPAA Safe Harbor):

* NAME: patients, relatives, friends, caregivers and staff, including
  nicknames, lower-case names, staff log-in names and online handles.
  Titles (Dr., Mr., Mrs., Rev., Sheikh, Dona) and credentials (MD, RN,
  PharmD) stay outside the span.
* DATE: every date element more specific than a year - full dates in any
  format, month+day, month+year, a weekday or a holiday used as the date of
  an event (Thanksgiving, Lunar New Year, Eid, Labor Day, Semana Santa ...).
  Bare years, times of day and recurring schedules (MWF, "Sundays") are not
  annotated.
* AGE: ages over 89 only (the number alone); ages 89 and under are left.
* PHONE / FAX: whole number, extension inside the span.
* MRN, HEALTH_PLAN (Medicare MBI, Medicaid and plan member numbers),
  ACCOUNT, LICENSE (driver's licence, CDL, DEA, NRCME, pharmacist licence),
  DEVICE (implant / equipment serial numbers), VEHICLE (plates), ID (any
  other unique identifying number or code: court, APS, booking, A-number,
  claim, registry, NPI, ICN, student ID ...), EMAIL, URL, IP, SSN.
* ADDRESS: street number + street, unit, lot, trailer, rural route box.
* CITY: US and foreign cities, towns and neighbourhoods; ZIP: ZIP codes.
* Not annotated: facility, agency and company names (a town inside one stays
  unmarked and is listed in the note's ``allow``), eponyms, states,
  countries, regions, room/bed/chair numbers, bare years, drug, vaccine and
  device model names/numbers, ICD/CPT codes, scores and lab values.

Stdlib only.  Run:  python bench/data/make_deid_blind9.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind9.jsonl")

# (note_id, patient, marked-up text, allowed unmarked repeats)
# The last element lists strings that legitimately occur unmarked elsewhere
# in the note (e.g. a city name inside a facility name).
NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b9-01",
    "Grant Okafor-Reyes",
    """
ANNUAL WELLNESS VISIT - Maple Street Family Medicine
Pt: [[N|Grant Okafor-Reyes]]   DOB [[D|07/19/1961]]   MRN [[MRN|PC-0048817]]
DOS [[D|3/4/25]]  Provider: [[N|K. Brandt]], PA-C

63 yo M for subsequent AWV (G0439) + problem visit (99213-25). HTN controlled on lisinopril 20, HLD on atorva 40. A1c 6.1, LDL 88, eGFR 74. PHQ-2 0, Mini-Cog 5/5. BMI 31.2. Whisper test nl. TUG 9 s, no falls.
Lives w/ wife [[N|Marisol]] at [[ADDR|4411 Kettering Pike Apt 2B]], [[C|Huber Heights]] [[Z|45424]]. Cell [[PH|(937) 555-0142]].
Shingrix #2 today. Last Tdap [[D|Aug 2019]]. Cologuard due.
HCPOA: daughter [[N|Teodora Okafor]] [[PH|937.555.0177]].
RTC 12 mo, sooner prn.
""",
)

note(
    "b9-02",
    "Eusebio Chávez Tzul",
    """
VALLE VERDE MIGRANT HEALTH - DM visit  [[D|04-02-25]]
[[N|Eusebio Chávez Tzul]] ("[[N|Chebo]]") 47M  MRN [[MRN|VV2231-9]]
K'iche' speaker; interp [[N|rosa ixcot]] in person.
From [[C|Todos Santos Cuchumatán]], Guatemala; in US since [[D|May 2022]]. Picks strawberries for Salinas Berry Co, lives [[ADDR|1187 Riverside Rd, trailer 14]], [[C|Watsonville]]. WhatsApp [[PH|+1 831 555 0119]].
A1c 9.8 -> 8.4. Metformin 1000 BID, glargine 18u qhs; misses doses on 12-h shifts. Monofilament 10/10, DP 2+ bil. BP 128/76. Retinal photo (EyePACS) next wk.
Heat illness counselling, water 1 L/h in field. Emergency Medi-Cal # [[HP|91447033K2]].
Mobile van f/u at the camp [[D|Sat 4/19]].
""",
    allow=("Salinas",),
)

note(
    "b9-03",
    "Hope Adebayo-Lindgren",
    """
Cardiology-PCP shared visit, Riverbend Internal Medicine   [[D|March 11th, 2025]]
Mrs. [[N|Hope Adebayo-Lindgren]], [[A|91]] y/o, HFrEF (EF 30% on TTE [[D|12/02/24]]), NYHA III, CKD 3b, AF on apixaban 2.5 BID.
Wt 61.8 kg (dry wt 60). 2+ pitting edema to mid-shin. BNP 1,240. K 4.9, Cr 1.6.
Plan: furosemide 40 -> 60 mg daily x3 d then back to 40. Daily weights, call if up >2 lb/day or 5 lb/wk. Low-Na diet reviewed with granddaughter [[N|Precious]] (lives w/ pt, [[PH|215-555-0163]]).
Home health (Keystone VNA) to resume; order faxed to [[FX|215-555-0198]].
CardioMEMS PA sensor s/n [[DEV|CM2-88410573]]; readings upload nightly.
Next visit 2 wk.
""",
)

note(
    "b9-04",
    "Bill Kowalczyk",
    """
COPD f/u (J44.1) -- seen [[D|Tues 2/11]]
pt: [[N|bill kowalczyk]] 72M, DOB [[D|1952-09-30]], MRN [[MRN|00773812]]
GOLD E, FEV1 38% pred. 2 exacerbations since [[D|Thanksgiving]], pred taper x2. CAT score 24. Sat 87% RA at rest, 93% on 2 L.
Continue Trelegy 1 puff daily, albuterol prn. Pulm rehab referral - YMCA program in [[C|Parma]].
Home O2: Inogen One G5 concentrator, serial [[DEV|IG5-2203-77841]], supplier Apria acct [[ACCT|6601-22984]].
Smokes 1/2 ppd, quit date set for [[D|April 1]]. Wife [[N|Dot]] also smokes - offered her NRT too.
Disabled parking placard form completed, plate [[VEH|JKL-4471]].
RTC 6 wk; call [[PH|440 555 0134]] if worse.
""",
)

note(
    "b9-05",
    "Patience Nwosu-Bello",
    """
Nephrology/PCP co-management - CKD stage 4 (N18.4)
[[N|Patience Nwosu-Bello]], 58F   MRN [[MRN|RH-331907]]   visit [[D|17 Feb 2025]]
eGFR 19 (was 24 in [[D|Sept 2024]]). UACR 1,800 mg/g. K 5.4, HCO3 19, Hgb 9.6. BP 142/88 on amlodipine 10, losartan 100.
RRT options reviewed: pt prefers home PD. Referred to Dr. [[N|Farouk Haddad]] for PD catheter.
Transplant eval at Lakeshore Transplant Institute; her brother [[N|Chuks]] may donate.
Pt lives [[ADDR|82 Wentworth Ave, 3rd fl]], [[C|Roxbury]]; kitchen small for PD supplies per CHW [[N|Dawn Pereira]].
MassHealth ID [[HP|100293847561]]. Renal diet handout given. F/u 4 wk.
""",
)

note(
    "b9-06",
    "Walter Iwasaki",
    """
MEMORY CLINIC - NEW PT
[[N|Walter Iwasaki]] ("[[N|Walt]]"), 84M, with daughter [[N|Joy Iwasaki-Palmer]] (HCP).
Date: [[D|01/09/2025]]   Referring: Dr. [[N|S. Rahimi]], Northgate Family Practice
HPI: 2-yr progressive forgetfulness; got lost driving home from church in [[C|Ballard]] on [[D|Christmas Eve]]. Repeats questions, missed bills.
MoCA 17/30 (recall 0/5, visuospatial 2/5). GDS-15 3. FAST 4. B12 412, TSH 2.1. MRI: generalized atrophy, Fazekas 2.
Impression: probable Alzheimer's dementia, mild-mod. Start donepezil 5 mg qhs.
Driving: advised to stop; DOL medical report filed, lic # [[LIC|WDL8K3PZ421B]].
Daughter cell [[PH|206-555-0108]], [[EM|joy.palmer.ip@fastmail.com]].
Return [[D|April 10]] w/ neuropsych testing.
""",
)

note(
    "b9-07",
    "Dorothea Blankenship",
    """
SNF ADMISSION H&P - Cedar Hollow Rehabilitation & Nursing, Rm 214-B
Resident: [[N|Dorothea Blankenship]]  DOB [[D|11/30/1933]] ([[A|91]])  Adm [[D|02/28/2025]]
From St. Agnes Hospital s/p R hip hemiarthroplasty [[D|2/24]] for FOF at home.
Medicare A, MBI [[HP|4TR9-JK2-MX61]]; AARP supplement.
PMH: HTN, hypothyroid, OA, macular degen, h/o C. diff.
WBAT RLE, posterior hip precautions. Lovenox 40 daily to complete 28 d. Foley out.
BIMS 13/15, CAM neg. Braden 16.
Code: DNR/DNI per POLST signed [[D|2/26/25]].
Son [[N|Rusty Blankenship]] (POA) [[PH|(502) 555-0181]], lives in [[C|Shepherdsville]].
Attending Dr. [[N|Anand Kulkarni]]; NP [[N|R. Delacroix]].
""",
)

note(
    "b9-08",
    "Young-ja Park",
    """
MDS 3.0 - Quarterly (A0310A=02)   ARD [[D|03/06/2025]]
Resident: [[N|Young-ja Park]]   Facility: Golden Meadows Care Center   Rm 118
A0700 Medicaid # [[HP|KS0094471283]]
A0900 DOB [[D|05/14/1931]]   age [[A|93]]
C0500 BIMS 6 (severe impairment). D0500 PHQ-9 OV (staff) 4.
GG: dependent transfers (Hoyer, 2 staff), set-up eating.
H0300 occasionally incontinent bladder.
J1800 falls since prior assessment: 1, no injury ([[D|1/21]]).
K0300 wt loss 5% in 30 d: yes. RD [[N|Ama Boateng]] notified, supplement BID.
M0300 stage 2 sacrum x1.
RN assessment coordinator: [[N|Lorraine Finch]] (e-sign [[N|lfinch02]]).
""",
)

note(
    "b9-09",
    "Richard Talbot",
    """
INCIDENT REPORT - FALL   Willow Creek Assisted Living, [[C|Asheville]]   Apt 3-112
Resident [[N|Richard Talbot]] ("[[N|Rich]]"), 88, found on floor by bathroom [[D|Sun 03/09/25]] 0540 by aide [[N|Marquita]]. Unwitnessed; got up to urinate w/o walker.
Small hematoma L occiput, no LOC reported. On clopidogrel -> sent to Mission Hospital ED per protocol, CT head neg, back 1115.
Fall #3 in 90 d. Morse 65. Plan: bed alarm, night light, toileting q2h overnight, PT eval, review tamsulosin timing.
Daughter [[N|Autumn Talbot-Greer]] notified [[PH|828-555-0156]] at 0610. PCP Dr. [[N|Ngozi Eze]] paged via [[PH|828-555-0100 x 4412]].
State incident # [[ID|NC-ALF-25-008817]].
""",
)

note(
    "b9-10",
    "Esperanza Quispe",
    """
WOUND CARE NOTE  [[D|2/20/2025]]   Pt: [[N|Esperanza Quispe]]   MRN [[MRN|WC-55120]]
Sacrum/coccyx, stage 3 pressure injury (L89.153), present on readmission from Brookside SNF.
4.2 x 3.1 x 0.6 cm, undermining 1.5 cm at 12 o'clock. 70% granulation, 30% slough. Mod serosang drainage, no odor. Periwound macerated.
Braden 12. Albumin 2.9.
Tx: sharp debridement (97597), Medihoney alginate + foam border qod and prn. Low air loss mattress rental SN [[DEV|LAL-0093-4471-C]].
Photos: [[URL|https://wounds.brightleaf-health.example/case/88120]]
Spouse [[N|Teófilo]] taught offloading; [[PH|575 555 0138]]. Home: [[ADDR|209 Calle Tres Hermanas]], [[C|Las Cruces]] [[Z|88005]].
Recheck 1 wk. -- [[N|Mireille Saint-Fleur]], RN, CWOCN
""",
)

note(
    "b9-11",
    "Kofi Asante-Darko",
    """
Hospice family meeting - Sunrise Hospice of the Valley
Pt [[N|Kofi Asante-Darko]], 79M, metastatic pancreatic ca, PPS 30%. Met [[D|Friday 14 March]] at pt's home, [[ADDR|5530 E Camelback Rd #12]], [[C|Arcadia]].
Present: wife [[N|Abena]], sons [[N|Kwame]] and [[N|Yaw]] (on speaker from [[C|Accra]]), their pastor.
Likely days to short weeks. Family wants him home, no hospital transfer. Comfort kit in fridge (morphine conc 20 mg/mL, lorazepam, haloperidol, atropine drops). Ghanaian funeral customs discussed; [[N|kwame]] arriving [[D|3/16]].
Team: RN CM [[N|Chase Whitlock]], SW [[N|Hana Yoshida]], chaplain.
On-call [[PH|602-555-0124]]. DNR + POLST in yellow folder on fridge.
""",
)

note(
    "b9-12",
    "Margarethe Vollmer",
    """
Advance Care Planning (99497)   [[D|Jan 22 2025]]
[[N|Margarethe Vollmer]], 86F, COPD + CHF, lives alone in [[C|Sheboygan Falls]].
"No machines, I want to be in my own bed." Values discussed with pt and nephew [[N|Dieter Vollmer]] (agent, HCPOA dated [[D|6/3/2019]]).
POLST: A - DNR; B - selective treatment (abx, IV fluids ok, no intubation/ICU); C - no long-term artificial nutrition. Signed by pt and Dr. [[N|Amara Okonkwo]], MD.
Pink original to pt; copy faxed to Aurora at Home [[FX|920-555-0193]]; scanned, doc ID [[ID|ACP-2025-0119344]].
Wisconsin POLST registry confirmation [[ID|WIPR-7731905]].
Nephew [[PH|920-555-0145]] / [[EM|dvollmer1958@gmail.com]].
Revisit if hospitalized or in 1 yr.
""",
)

note(
    "b9-13",
    "Harold Beaumont Pryce",
    """
PHYSICIAN'S EXPERT EVALUATION - GUARDIANSHIP
Probate Court case no. [[ID|2025-PG-00417]]
Respondent: [[N|Harold Beaumont Pryce]]   DOB [[D|August 2, 1941]]
Applicant: [[N|Celeste Pryce-Moreau]] (niece), [[ADDR|77 Linden Terrace]], [[C|Bexley]], OH [[Z|43209]]
Examined [[D|2/13/25]] at Westview Manor, Rm 6.
Dx: major neurocognitive disorder, mixed Alzheimer/vascular. SLUMS 9/30. Cannot describe his finances, medications, or consequences of refusing care. Lacks capacity for medical and financial decisions; not expected to improve.
Recommend guardianship of person and estate.
APS case [[ID|APS-FC-24-11902]] remains open re exploitation by a former tenant.
[[N|Miriam Tessaro]], MD   NPI [[ID|1467093825]]   [[PH|614-555-0172]]
""",
)

note(
    "b9-14",
    "Ignacio Benavídez",
    """
APS - MANDATED REPORTER INTAKE (phone, [[D|3/3/25]] 14:20)
Reporter: [[N|Tamsin Greaves]], LCSW, Hilltop Community Clinic, [[PH|505-555-0113]]
Vulnerable adult: [[N|Ignacio Benavídez]] ("[[N|Nacho]]"), 81M
[[ADDR|3316 Isleta Blvd SW, space 41]], [[C|South Valley]] [[Z|87105]]
Concern: self-neglect + possible financial exploitation. Came to DM visit in soiled clothes, wt down 9 kg since [[D|Oct 2024]]; says grandson [[N|Jaylen]] "keeps my card" and the electric was shut off. No food in trailer per CHW home visit [[D|2/27]].
Capacity intact per my exam (MoCA 24) but afraid of grandson. Declines shelter.
SSN [[SSN|585-22-9174]] given for benefits check.
Intake # [[ID|NM-APS-250303-0442]].
""",
)

note(
    "b9-15",
    "Shaniqua Odom",
    """
CHW encounter - social needs screen (AHC HRSN)   [[D|Weds Feb 5]]
Member [[N|Shaniqua Odom]] ("[[N|Niecy]]"), 44F, MCO ID [[HP|UHC-MD-7740192-01]]
Positive: food (2/2), housing (eviction notice for [[ADDR|1420 N Gilmor St]], [[C|Sandtown]]), utilities (BGE shutoff), transportation. Neg: IPV, safety.
Actions: Maryland Food Bank pantry Tues/Thurs; legal aid for eviction hearing [[D|Feb 19]] at District Court; applied MEAP, confirmation [[ID|MEAP-25-0093381]]; bus pass given.
Kids [[N|DeShawn]] (14) and [[N|Kiara]] (9) - school nurse aware.
Best contact: text [[PH|443 555 0161]]; backup her mom [[N|Loretta Odom]] [[PH|410-555-0129]].
F/u call [[D|2/12]].
""",
)

note(
    "b9-16",
    "Zarghona Sadat",
    """
REFUGEE DOMESTIC SCREENING - initial   [[D|2025-01-14]]
Pt: [[N|Zarghona Sadat]], 34F, SIV, arrived [[D|12/3/2024]] [[C|Kabul]] -> [[C|Doha]] -> IAD. A-number [[ID|A-219-774-503]].
Caseworker [[N|Farid Noorzai]] (resettlement agency) [[PH|571-555-0150]]. Family of 5 at [[ADDR|6120 Leesburg Pike Apt 707]], [[C|Bailey's Crossroads]].
Dari interp by phone. Born [[C|Mazar-i-Sharif]], Hazara.
IGRA pos, CXR clear -> LTBI, start 3HP. HBsAg neg/anti-HBs neg -> vaccinate. Strongyloides IgG pos -> ivermectin. Hb 10.2 microcytic. hCG neg.
RHS-15 score 14 -> referred to Dr. [[N|Parwin Hakimi]] (Dari-speaking psych).
Husband [[N|Abdul Wahid Sadat]] seen separately; kids to peds.
""",
)

note(
    "b9-17",
    "Saw Htoo Klay",
    """
Family refugee visit - Karen, from Myanmar via [[C|Mae Sot]], Thailand. Visit [[D|10 Jan 25]].
[[N|Saw Htoo Klay]] (father, 41) MRN [[MRN|40091122]]; [[N|Naw Paw Eh Htoo]] (mother, 37) MRN [[MRN|40091123]]; [[N|Eh Htoo Wah]] (son, 7) MRN [[MRN|40091124]].
Sgaw Karen interp [[N|Ler Moo]] (staff).
Father: HBsAg POS, HBV DNA 2,400 IU/mL, ALT 31 -> hepatology. Mother: Hb 9.1, ferritin 6 -> FeSO4. Son: eos 1,100, O&P neg, albendazole given pre-departure; catch-up MMR/Tdap/IPV today, wt <5th %ile.
CM at World Relief [[N|Gretchen Ahlstrom]] [[PH|616-555-0131]]. Home: [[ADDR|3340 Burlingame Ave SW #4]], [[C|Wyoming]] MI.
""",
)

note(
    "b9-18",
    "Espérance Mukamana",
    """
Refugee f/u - Congolese, Swahili/Kinyarwanda.   [[D|6 February 2025]]
[[N|Espérance Mukamana]], 29F, G4P3, from [[C|Bukavu]], DRC; 5 yrs in a camp in Tanzania.
Schistosomiasis (S. mansoni ova in stool) -> praziquantel 40 mg/kg x1. Malaria RDT neg. HIV/syphilis neg. PHQ-9 16, referred to counseling.
Husband [[N|Jean-Baptiste Habimana]] still in [[C|Kigoma]] pending reunification, case [[ID|FRP-TZ-2023-55817]].
Kids [[N|Neema]] 8 and [[N|Baraka]] 5 - see peds.
Neighbor Mama [[N|Chantal Bisimwa]] drives her, [[PH|(207) 555-0187]]. Lives [[ADDR|55 Walnut St, Apt 1]], [[C|Lewiston]].
Next [[D|Feb 20]], Swahili interp in person.
""",
)

note(
    "b9-19",
    "Senait Tesfamariam Gebremedhin",
    """
Asylum seeker - Tigrinya - primary care intake  [[D|11-22-24]]
[[N|Senait Tesfamariam Gebremedhin]] (goes by [[N|Seni]]), 23F. Entered at [[C|Tijuana]] [[D|Sept 2023]], paroled. Earlier 2 yrs detention in Libya. A# [[ID|248117690]].
HA, insomnia, epigastric pain. H. pylori stool Ag pos -> bismuth quad. Hb 11. IGRA neg. Healed circumferential scars both wrists c/w restraints - documented for asylum affidavit.
Lives w/ cousin [[N|Yonas Habte]], [[ADDR|2211 Lorain Ave Fl 2]], [[C|Ohio City]] [[Z|44113]].
Lawyer [[N|Rebecca Stahl]], Esq., Community Legal Aid, [[PH|216.555.0105]], [[EM|rstahl@clalaw.example.org]].
F/u 2 wk.
""",
)

note(
    "b9-20",
    "Oleksandra Hrytsenko",
    """
U4U parolee - new pt   [[D|4 Mar 2025]]
[[N|Oleksandra Hrytsenko]], 67F, from [[C|Kharkiv]]; arrived [[D|15.08.2024]] (Uniting for Ukraine). Sponsor son-in-law [[N|Ihor Melnyk]] [[PH|+1 (773) 555-0192]].
Meds from Ukraine (Cyrillic labels): bisoprolol 5, Cardiomagnyl (ASA 75), metformin 850 BID. HTN, T2DM A1c 7.9. Shrapnel fragment L thigh ([[D|March 2022]]) - no MRI until XR.
Lives [[ADDR|2340 W Chicago Ave, unit 3R]], [[C|Ukrainian Village]], [[C|Chicago]] [[Z|60622]].
Medicaid app # [[ID|IL-ABE-2409-33817]] pending.
Granddaughter [[N|Sofiia]] (16) offered to interpret - used staff interp [[N|Nataliia]] instead.
PHQ-9 12; widowed in the war 2023. Referred to Ukrainian-speaking counselor.
""",
)

note(
    "b9-21",
    "Wisline Jean-Louis",
    """
Little Haiti Health Center - vizit [[D|24/02/2025]]
Pt [[N|Wisline Jean-Louis]], 52F, MRN [[MRN|LH-0091273]]. Kreyol only; interp [[N|Fritznel]] (staff). TPS, here since [[D|Aug 2021]] after earthquake in [[C|Les Cayes]].
CC "tet fe m mal" x 2 wk, BP 178/104, no end-organ sx. Was on HCTZ from pharmacy in [[C|Port-au-Prince]], ran out.
Start amlodipine 5 + chlorthalidone 12.5. BMP, UA, ECG (LVH by Sokolow-Lyon).
Lives [[ADDR|175 NE 59th Terr]], [[C|Miami]] [[Z|33137]] w/ sister [[N|Mirlande]] and nephew [[N|Guerby]].
Works as HHA for Sunshine Home Care.
Cell [[PH|305-555-0114]].
""",
    allow=("Little Haiti",),
)

note(
    "b9-22",
    "Dil Maya Gurung",
    """
DM/HTN f/u   DOS [[D|10/14/24]]   Nepali interp [[N|Tika Ram Dahal]] via video
[[N|Dil Maya Gurung]], 74F, Lhotshampa (Bhutan; 18 yrs in camps in Nepal). Missed last visit during [[D|Dashain]].
A1c 8.9 (prev 8.1). Rice 3x/day; fasts during Teej. BP 150/82. eGFR 48. Monofilament 6/10 bil.
Meds: metformin 500 BID (eGFR), stop glipizide (hypo risk), start empagliflozin 10; amlodipine 10.
Son [[N|Bhim Bahadur Gurung]] manages meds, blister packs from Giant Eagle. Son cell [[PH|412 555 0147]].
Home: [[ADDR|418 Brownsville Rd]], [[C|Carrick]] [[Z|15210]].
Next visit [[D|Jan 13th]].
""",
)

note(
    "b9-23",
    "Faadumo Ali Jama",
    """
Telephone encounter - [[D|Mon 3/31/25]]
Caller: daughter [[N|Hodan Abdi Warsame]] re mother [[N|Faadumo Ali Jama]], 68F, DOB [[D|01/01/1957]] (per I-94; true DOB unknown).
Mom fasted Ramadan; BG 60s-70s pre-iftar on glyburide. Wants to resume usual dosing after [[D|Eid al-Fitr]].
Advised: stop glyburide, start glipizide 2.5 mg with breakfast, check BG bid, hypoglycemia rule of 15 reviewed.
Appt booked [[D|April 2]].
Daughter interprets (declined professional interp - documented).
Address [[ADDR|2929 Cedar Ave S, #508]], [[C|Cedar-Riverside]] [[Z|55454]].
Callback [[PH|612-555-0126]]. MA ID [[HP|MN00318847]].
""",
)

note(
    "b9-24",
    "Jayden Cruz-Whitaker",
    """
School-Based Health Center - Roosevelt Middle School   [[D|09/17/2024]]
Student: [[N|Jayden Cruz-Whitaker]], 12M, 7th gr, homeroom 214. Guardian: grandmother [[N|Gloria Whitaker]] [[PH|(718) 555-0153]].
Sent by PE teacher Mr. [[N|Okonjo]] for wheeze after mile run. PF 210 (PB 320). SpO2 95%. Albuterol 4 puffs via spacer -> PF 290, clear.
Asthma action plan updated; Flovent 44 2 puffs BID - grandma says ran out.
Child Health Plus ID [[HP|CHP-44720189-A]]. Allergic to cat, dust mite; 2 cats at [[ADDR|1180 Grand Concourse Apt 6F]], [[C|Bronx]] [[Z|10456]].
Note sent home in backpack.
RN [[N|Yesenia Polanco]]; NP [[N|Winston King]]. SBHC recheck 1 wk.
""",
)

note(
    "b9-25",
    "Chidinma Okeke",
    """
Student Health Services   visit [[D|Oct 8]]
[[N|Chidinma Okeke]] (pref "[[N|Chi]]"), 19F, sophomore, student ID [[ID|U71240093]], NetID [[N|cokeke3]].
Sore throat, fatigue x 10 d, post cervical LAD, spleen tip 2 cm. Monospot pos. Atypical lymphs 18%. AST/ALT 88/102.
No contact sports or lifting x 4 wk (club rugby) - note to coach. Acetaminophen, not NSAIDs; no alcohol.
Dorm: Hollister Hall rm 412. Home [[ADDR|9 Pelham Ct]], [[C|Bowie]] MD [[Z|20716]]. Emergency contact mother [[N|Ngozi Okeke]] [[PH|301-555-0112]].
SHIP member # [[HP|SHIP-2024-117805]].
Results sent to [[EM|chidinma.okeke@students.example.edu]] and portal [[URL|https://health.univ.example/portal/msg/88213]].
F/u 2 wk.
""",
)

note(
    "b9-26",
    "Tomasz Wiśniewski",
    """
OCCUPATIONAL HEALTH - WORK INJURY INITIAL
Employee [[N|Tomasz Wiśniewski]] ("[[N|Tommy]]"), 38M, forklift operator, Great Lakes Cold Storage, [[C|Cicero]].
DOI [[D|02/18/2025]] ~0715: lifting 60-lb case, felt pop R shoulder.
WC carrier Hartford, claim [[ID|WC-0218-77410-HF]]; employer case mgr [[N|Bridget Nolan]] [[PH|708-555-0115 ext 23]], fax [[FX|708-555-0196]].
Exam: painful arc, +Neer, +Hawkins, +empty can, supraspinatus 4/5. Drop arm neg.
Dx R rotator cuff strain, ?partial tear (S46.011A).
Modified duty: no lifting >10 lb R arm, no overhead, no forklift x 2 wk. PT 2x/wk. MRI if not better.
Recheck [[D|3/4]]. [[N|Priya Venkataraman]], DO
""",
)

note(
    "b9-27",
    "Duane Little Elk",
    """
DOT MEDICAL EXAM (MCSA-5875) summary   [[D|2025-02-03]]
Driver [[N|Duane Little Elk]], 56M, DOB [[D|1968-10-27]].
CDL South Dakota Class A # [[LIC|01927744]], exp [[D|10/27/2027]].
Carrier: Prairie Wind Freight, [[C|Rapid City]].
OSA on CPAP: download 6.8 h/night, 92% nights >=4 h (ResMed AirSense 11, s/n [[DEV|23211788431]]).
T2DM on metformin (no insulin). BP 136/84 on 2 meds. Vision 20/25 OU corrected; whisper pass; UA neg.
Meets standards - 1-yr certificate (OSA, HTN); expires [[D|2/3/2026]].
ME [[N|Rolf Gundersen]], DC, NRCME # [[LIC|4418839207]], [[PH|605-555-0109]].
""",
)

note(
    "b9-28",
    "Marguerite Obi-Nakamura",
    """
TRAVEL MEDICINE   [[D|Jan 30, 2025]]
[[N|Marguerite Obi-Nakamura]] 61F and husband [[N|Kenji Nakamura]] 64M; Ghana + Togo [[D|3/15/25]]-[[D|4/12/25]], visiting her family in [[C|Kumasi]], then [[C|Lomé]].
Today: yellow fever (Stamaril), typhoid Vi, Hep A #1 (him). ICVP #s [[ID|YF-0044817]] / [[ID|YF-0044818]].
Malaria: atovaquone-proguanil 250/100 daily, 1-2 d before to 7 d after. TD: azithro 1 g standby.
DEET 30%, bednets, rabies (PrEP declined), no freshwater swimming (Lake Volta).
She has CKD 3a - AP ok at eGFR 52. He is on warfarin - INR 1 wk after starting AP; anticoag clinic [[PH|503-555-0139]].
Itinerary emailed from [[EM|mobi.nakamura@outlook.example]].
""",
)

note(
    "b9-29",
    "Ethel Tuttle",
    """
Vaccine admin - Northside Community Pharmacy, [[C|Ithaca]]   [[D|Oct 3 2024]]
Pt [[N|Ethel Tuttle]], DOB [[D|1928-04-02]], age [[A|96]]. Medicare MBI [[HP|1EG4-TE5-MK73]].
Screen: no hx Guillain-Barré, no egg or latex allergy, not feeling ill.
Given: Fluzone High-Dose 0.5 mL IM L deltoid; COVID-19 2024-2025 formula (Spikevax) IM R deltoid. RSV (Arexvy) got [[D|Sept 2023]] - not repeated. PCV20 done.
Observed 15 min, no reaction. Reported to NYSIIS, pt ID [[ID|7781002945]].
Escort: niece [[N|Carol Tuttle-Birch]] [[PH|607.555.0120]].
Administered by [[N|Tolu Oyelaran]], PharmD.
""",
)

note(
    "b9-30",
    "Keanu Kahananui",
    """
TELEPSYCHIATRY F/U (video, 99214-95)   [[D|Thu 01/16/25]]
Pt [[N|Keanu Kahananui]], 29M, at home in [[C|Hilo]]; provider in [[C|Honolulu]] office. Consent reviewed. Room [[URL|https://doxy.me/drfonoti]]; pt IP [[IP|172.58.203.44]].
Bipolar II, current episode depressed; AUD early remission, sober since [[D|Labor Day]]. Goes to AA in [[C|Keaukaha]] Tues nights.
Lamotrigine 150 -> 200 mg. PHQ-9 14 (was 19). No SI/HI, no hypomania. Sleep 6 h.
Safety plan updated; 988. Partner [[N|Malia]] aware, [[PH|808-555-0167]].
Labs at Clinical Labs of Hawaii.
Next in 4 wk, same link. -- [[N|Sione Fonoti]], MD
""",
)

note(
    "b9-31",
    "Cody Lee Brannigan",
    """
OBOT - bup induction f/u   [[D|12-02-2024]]
[[N|Cody Lee Brannigan]], 33M, OUD severe (fentanyl), IVDU.
Home induction last wk, 16 mg by day 2; now Suboxone 8/2 mg film BID. COWS 2. UDS: bup +, norbup +, fentanyl neg, THC +. KASPER checked, report # [[ID|KR-24-8810273]] - no other prescribers.
Narcan 4 mg x2 dispensed. HCV Ab pos -> RNA sent. HIV neg.
Stays w/ girlfriend [[N|Kayleigh]] in camper at [[ADDR|1460 Old Lexington Rd]], [[C|Winchester]].
PO [[N|T. Hollins]] [[PH|859-555-0149]]; 42 CFR Part 2 consent signed today.
Rx to Kroger #412. [[N|Ruth Abernathy-Cole]], MD, DEA [[LIC|FA4471093]]. RTC 1 wk.
""",
)

note(
    "b9-32",
    "Luz Marina Ocasio",
    """
OTP dosing RN note - Harbor Recovery Services   [[D|3/10/25]]
Pt ID [[MRN|HRS-009127]]  [[N|Luz Marina Ocasio]]
Methadone 95 mg oral soln, observed, no sedation. Missed [[D|Saturday]] - no bus (snowstorm); COWS 3 today.
Phase 2: take-homes for Sundays (clinic closed). Lockbox seen.
QTc 452 on ECG [[D|2/26]]. UDS methadone +, cocaine + (2nd in 30 d) - counselor [[N|Jerome Batiste]] notified, ASAM re-eval.
Requests guest dosing in [[C|Bayamón]] over [[D|Semana Santa]] to see her mother Doña [[N|Carmen Ocasio]]. Request faxed to Dr. [[N|Irizarry]] [[FX|(787) 555-0190]].
Address [[ADDR|41 Park Terrace]], [[C|Frog Hollow]], [[C|Hartford]].
""",
)

note(
    "b9-33",
    "Marcus Tyrell Daniels",
    """
DETENTION CENTER - INTAKE MEDICAL SCREENING
Inmate: [[N|Marcus Tyrell Daniels]]   Booking # [[ID|2025-004471]]   Housing B-pod, cell 14
Booked [[D|01/27/25]] 0230. DOB [[D|4/9/1990]].
Daily fentanyl, last use 24 h ago; COWS 11 -> bup per jail MOUD protocol. Alcohol: no.
Meds: sertraline 100 - verified w/ pharmacy [[PH|219-555-0103]].
TB sx screen neg; PPD L forearm. C-SSRS neg; prior attempt 2019.
Emergency contact mother [[N|Bernadette Daniels]], [[PH|219-555-0182]], [[ADDR|6219 Harrison St]], [[C|Merrillville]].
Screened by [[N|O. Ferreira]], LPN; reviewed by [[N|Kwabena Ofori]], NP.
""",
)

note(
    "b9-34",
    "Earl Dwayne Pickens",
    """
Chillicothe VAMC - PACT team Green   [[D|2/7/25]]
Veteran: [[N|Earl Dwayne Pickens]]  SSN [[SSN|287-66-4019]]  ICN [[ID|1012847736V449120]]
82M, Army, Vietnam 1968-70, Agent Orange (presumptive DM2 + IHD). SC 70%.
A1c 7.4 on metformin + Jardiance. Stress test 2023 nl. PACT Act toxic exposure screen done.
Phonak hearing aids - batteries by mail.
Lives alone on farm outside [[C|Frankfort]]; DAV van pickup at [[ADDR|11872 State Route 207]].
Wife [[N|Loretta]] died [[D|Nov 2023]]; grief, PHQ-9 9 - Vet Center referral.
Neighbor [[N|Gene Ruhl]] checks on him, [[PH|740-555-0135]].
RTC 4 mo. PCP [[N|Helen Ostrowski]], NP.
""",
    allow=("Chillicothe",),
)

note(
    "b9-35",
    "Lau Siu Fong",
    """
Home visit - Chinatown Elder Care program   [[D|2025-02-03]]
Pt [[N|Lau Siu Fong]] ([[N|劉小芳]]), [[A|94]]F, lives with son [[N|Kenneth Lau]] and DIL at [[ADDR|58 Mott St, 4/F]], [[C|Chinatown]] [[Z|10013]].
Fell in kitchen on [[D|Lunar New Year]] making dumplings; bruise R hip, weight-bearing, XR neg at urgent care.
Cantonese. HTN, OA knees, HOH, MCI (HK-MoCA 19).
No grab bars, throw rugs, 3 flights no elevator. OT referral; Meals on Wheels declined. Topical herbal liniment ok.
Meds: amlodipine 5, Ca + D, Tylenol Arthritis prn.
Son [[PH|212-555-0185]]; granddaughter [[N|Vivian]] (English) [[EM|vivlau88@yahoo.example]].
""",
    allow=("Chinatown",),
)

note(
    "b9-36",
    "Vernon Oakes",
    """
HOME HEALTH SOC VISIT (OASIS-E)   M0090 [[D|02/12/2025]]
Bluegrass Home Health   Pt [[N|Vernon Oakes]]   MRN [[MRN|BGH-77301]]
Referred by Dr. [[N|Shah]] after CHF admission.
[[ADDR|2207 Versailles Rd, Lot 9]], [[C|Lexington]] [[Z|40504]]. Caregiver wife [[N|Bonnie]] [[PH|859-555-0158]].
GG0170 transfers partial/mod assist (03). Amb 50 ft rollator. O2 2 L NC.
Wt 94.3 kg (d/c wt 93.8). Crackles bases, 1+ LE edema.
Teach: daily wts, 2 g Na, 1.5 L fluid limit, red flags. Telemonitor scale s/n [[DEV|HRS-TM-0047719]] installed.
SN 2w4, PT 2w3, HHA 1w4.
[[N|Jolene Sturgill]], RN. MBI [[HP|3QP7-AF1-WD22]].
""",
)

note(
    "b9-37",
    "Elias Mahlangu",
    """
Palliative care - phone   [[D|03/12/25]] 16:05
Spoke with [[N|Precious Mahlangu]], daughter/HCPOA of [[N|Elias Mahlangu]] (83M, ESRD on HD at DaVita, decompensated cirrhosis).
After family mtg [[D|Thursday]], pt chose to stop HD after his run on [[D|Sat 3/15]].
Hospice referral: Crossroads Hospice intake [[PH|614-555-0104]], ref # [[ID|CH-250312-019]].
Q: how long after stopping? Explained usually 7-14 d. Sx plan: hydromorphone (renally safer than morphine), haloperidol for agitation, glycopyrrolate for secretions.
Brother [[N|Sipho]] flying in from [[C|Johannesburg]].
Daughter [[PH|(614) 555-0144]].
-- [[N|Grace Oduya]], NP, Palliative Medicine
""",
)

note(
    "b9-38",
    "Autumn Redcloud",
    """
Portal thread   [[D|2/9/2025]] 21:47
From: [[N|autumnrose_77]] (acct of [[N|Autumn Redcloud]], MRN [[MRN|E4471902]]); login IP [[IP|98.161.22.7]]
"hi dr [[N|chase]] my sugars been high like 250-300 since my moms funeral on the [[D|1st]], ran out of ozempic bc pharmacy said prior auth. also my feet burn at nite. call me [[PH|605 555 0111]] or [[EM|a.redcloud77@gmail.com]]"
Reply next AM - [[N|Nathaniel Chase]], MD:
"[[N|Autumn]], so sorry for your loss. PA resubmitted to Sanford Health Plan (member [[HP|SHP04471928]]), ref [[ID|PA-88120477]]. Meanwhile restart glargine 10 u nightly. Burning feet is likely neuropathy - B12 + gabapentin talk at visit [[D|Feb 14]]. ED if BG >400 or vomiting."
""",
)

note(
    "b9-39",
    "Beatrice Lumley",
    """
CONSULTANT PHARMACIST MRR - [[D|March 2025]]
Heritage Oaks Nursing & Rehab, [[C|Ocala]]   2 East
Resident [[N|Beatrice Lumley]] ([[A|97]]F), Rm 22A
1. Zolpidem 5 mg qhs - Beers; falls x2 ([[D|1/30]]). Taper off; trial melatonin.
2. Omeprazole 40 since 2019, no GI indication - step down 20 mg x 4 wk then stop.
3. Glipizide 10 BID w/ A1c 6.2; BG 58 on [[D|2/22]]. D/c; A1c goal <8.
4. Quetiapine 25 - GDR due per F758, no target behaviors documented.
Copy to attending Dr. [[N|Desmond Achterberg]] and DON [[N|Kimberly Sosa]], RN. Faxed Omnicare [[FX|352-555-0188]].
[[N|Farhan Qureshi]], PharmD, BCGP, FL lic [[LIC|PS 48812]].
""",
)

note(
    "b9-40",
    "Alba Luz Gutierrez-Montoya",
    """
INTERFACILITY TRANSFER (hospital -> SNF)
Name: [[N|GUTIERREZ-MONTOYA, ALBA LUZ]]   DOB: [[D|12 Sep 1940]]   MRN: [[MRN|H001874432]]
From Providence St. Vincent 5 West bed 12 to Laurelhurst Village Rehab, [[D|2/21/25]], wheelchair van (Metro West unit 44).
Dx: CAP resolved, deconditioning, T2DM, HFpEF. MRSA nares neg.
Full code. Spanish. Decision-maker husband [[N|Rigoberto Montoya]] [[PH|503-555-0174]].
Ceftriaxone completed [[D|2/20]]; glargine 14 u given 2100 last night.
Attending [[N|Hyun-woo Kang]], MD; report to [[N|Bettina]], RN [[PH|503-555-0123 x210]].
OHP ID [[HP|OR44719302]].
""",
    allow=("Laurelhurst",),
)

note(
    "b9-41",
    "Gus Papadakis",
    """
Memory Care - behavior note   [[D|Sun 2/2/25]] 1930
Res [[N|Gus Papadakis]] ([[N|Konstantinos]]), Rm 9
Sundowning: exit-seeking at front door x3 1630-1800, says he must open the diner (ran one in [[C|Astoria]] 40 yrs per son). Redirected with folding napkins.
No aggression. No PRN. WanderGuard transmitter [[DEV|WG-30418]] checked.
Son [[N|Nick Papadakis]] visits Sundays; called him - Greek music playlist suggested, worked well.
Wife [[N|Eleni]] d. [[D|Easter 2021]]; he looks for her in the evenings.
CMAI 42. Continue non-pharm; notify Dr. [[N|Oyelowo]] if escalates.
[[N|Precious Ndlovu]], CNA / [[N|J. Marchetti]], LPN
""",
)

note(
    "b9-42",
    "Clarence Obadiah Mott",
    """
DEATH PRONOUNCEMENT - Evergreen Health & Rehab (LTC), Rm 31
Resident [[N|Clarence Obadiah Mott]], [[A|102]] y/o M, hospice (Amedisys), end-stage dementia.
Called by charge RN [[N|Francine Lowery]] 0315 [[D|03/08/2025]].
Exam 0342: no resp x 60 s, no heart sounds x 60 s, pupils fixed/dilated, no response to sternal rub. TOD 0342.
At bedside: daughter [[N|Geneva Mott-Harris]], grandson.
Funeral home Harmon & Sons, [[C|Greenwood]], [[PH|864-555-0127]].
Expected attended death - coroner not required. DC via EDRS by Dr. [[N|Adaeze Nnaji]], case # [[ID|SC-EDRS-25-031188]].
Pronounced by [[N|Ryan Castellano]], NP.
""",
)

note(
    "b9-43",
    "Ruby Faye Hollister",
    """
HOSPICE FACE-TO-FACE (3rd benefit period)   [[D|Feb 25, 2025]]
[[N|Ruby Faye Hollister]], 89F, terminal dx HFrEF (I50.22). Period [[D|2/28/25]]-[[D|4/28/25]].
Decline: wt 49 -> 45.2 kg in 60 d, MAC 20.5 cm (was 22). PPS 40 -> 30%. NYHA IV, dyspneic at rest on 3 L. Sleeps 18-20 h/day.
Lives w/ son [[N|Lyle Hollister]], [[ADDR|Rt 2 Box 117]], [[C|Spivey's Corner]]. Son [[PH|910 555-0165]].
I, [[N|Oluwaseun Adeyemi]], NP, attest I performed this F2F and shared findings with hospice physician Dr. [[N|Ted Marchbanks]] for recert.
MBI [[HP|7XH2-NC8-PA94]].
""",
)

note(
    "b9-44",
    "LaTonya Simmons-Greer",
    """
FAX / REFERRAL   [[D|03/05/2025]]
To: Dr. [[N|Bartholomew Kinsey]], Coastal Diabetes Center  Fax [[FX|(843) 555-0191]]
From: Lowcountry Family Health, [[C|Moncks Corner]]  Ph [[PH|843-555-0128]]  Fax [[FX|843-555-0197]]
Re: [[N|LaTonya Simmons-Greer]], DOB [[D|06/21/1979]], Medicaid [[HP|SC2290447761]]
T2DM, A1c 11.2 on metformin + glargine 48 u + semaglutide 1 mg; 3 lows <54 last mo. Please eval for pump / CGM (Dexcom G7).
Works 7a-3p at the Boeing plant - prefers appts after 3 pm.
Pt: [[ADDR|1022 Live Oak Dr]], [[C|Goose Creek]] [[Z|29445]], cell [[PH|843-555-0159]].
Encl: notes x3, labs, meds (9 pp).
CONFIDENTIAL - if received in error call sender.
""",
)

note(
    "b9-45",
    "María de los Ángeles Pop Caal",
    """
Farmworker clinic - urgent   [[D|jueves 6/12/25]]
[[N|María de los Ángeles Pop Caal]], 26F, Q'eqchi'/Spanish, from [[C|Cobán]], Guatemala. Blueberry fields near [[C|Alma]].
2 h after entering block sprayed that AM (grower Southern Fields LLC): HA, nausea, salivation, miosis, rhinorrhea. HR 58. ?organophosphate. Decon, clothes bagged. RBC cholinesterase sent. Obs 4 h, better, no atropine.
Reported to GA Dept of Agriculture, incident # [[ID|GDA-PI-25-0147]]; poison center case [[ID|25-0612-3381]].
Crew leader [[N|Aurelio Sic]] [[PH|912-555-0148]]. Grower housing [[ADDR|4410 Hwy 32 W, Unit C]].
WPS education. Fear of retaliation - legal aid [[N|lupita morales]] informed w/ consent.
""",
)

note(
    "b9-46",
    "Yesenia Ixchop Mendoza",
    """
OB intake - CenteringPregnancy   [[D|7 Nov 2024]]
[[N|Yesenia Ixchop Mendoza]], 19, G1P0 at 11w2d by US. LMP [[D|8/17/24]], EDD [[D|5/24/25]].
From [[C|Tacaná]], San Marcos dept, Guatemala; Mam (interp [[N|Santiago Bámaca]] by video). Came unaccompanied at 17; lives with partner [[N|Hermelindo]] and his aunt, [[ADDR|27401 SW 142nd Ave Lot 88]], [[C|Homestead]].
Hb 10.8, HIV/RPR/HBsAg neg, rubella immune, GC/CT neg, O+, Ab screen neg. IGRA pos -> CXR shielded.
EPDS 8. IPV neg (asked alone). Food insecure -> WIC, ID [[ID|FL-WIC-0093317]]. Medicaid app # [[ID|ACCESS-1188204931]].
Cell [[PH|786-555-0175]].
""",
)

note(
    "b9-47",
    "Ifrah Mohamed Hassan",
    """
4-yr WCC - Riverside Community Health   [[D|11/12/24]]
[[N|Ifrah Mohamed Hassan]], 4F, MRN [[MRN|RCH-2211804]], with mother [[N|Sagal Osman]]; Somali interp (staff).
Wt 15.2 kg (25%), ht 101 cm (40%). BP 92/58. HOTV 20/32 OU, OAE pass. ASQ-3 passed.
Vaccines: DTaP #5, IPV #4, MMR #2, VAR #2, flu. Mom hesitant re MMR - accepted after talking w/ imam Sheikh [[N|Abdullahi Nur]].
Lead 3.8 ug/dL (was 6.1 on [[D|1/8/24]]); kohl and imported spices counseled. Fluoride varnish, dental referral.
[[ADDR|1550 Morse Rd Apt 3C]], [[C|Northland]] [[Z|43229]]. Mom [[PH|614 555 0196]].
Next WCC at 5 yr.
""",
)

note(
    "b9-48",
    "Raymond Begay",
    """
STREET MEDICINE - van   [[D|1/21/25]] ~1400, lot behind Dollar General, [[C|International District]]
[[N|Raymond Begay]] ("[[N|Ray-Ray]]"), 51M, Diné, IHS chart [[MRN|GAL-0044781]]. Unsheltered 3 yr, sleeps in his 2004 Ford Ranger, NM plate [[VEH|BKR-417]].
R foot ulcer x 2 wk: 3 x 2 cm plantar 1st MTP, purulent, erythema 4 cm. T 37.9, BG 312. Mod DFI. Urged ED - declined ("they'll tow my truck"). Doxy 100 BID + amox-clav x 10 d, dressings, offloading shoe.
No phone; reach via sister [[N|Lorraine Yazzie]] [[PH|505-555-0199]] in [[C|Shiprock]] or [[EM|rbegay.nm@proton.example]].
Next outreach same lot. -- [[N|Beto Carrillo]], PA-C / [[N|sam wolfe]], RN
""",
)

note(
    "b9-49",
    "Dusty Renfro",
    """
HCV tx visit - syringe services program clinic   [[D|2025-01-08]]
Participant [[N|Dusty Renfro]], 36F (SSP name "[[N|Magpie]]"), SSP code [[ID|MR0489]].
HCV RNA 2.1M IU/mL, GT 1a. FIB-4 1.12. HBsAg neg, anti-HBs neg -> Heplisav #1 today. HIV neg. hCG neg.
Start Mavyret 3 tabs daily x 8 wk via Walgreens specialty #0714; AbbVie copay card.
Injects meth + fentanyl 2-3x/d; FTS and naloxone given. Declines MOUD today, "will think about it".
Reach via peer [[N|Kit Borowski]] or text [[PH|(304) 555-0172]]. Camps near the river in [[C|Kanawha City]].
WV Medicaid [[HP|WV0004418922]].
Next [[D|Jan 22]] (wk 2 check-in).
""",
)

note(
    "b9-50",
    "Marisol Vega-Rountree",
    """
VA Video Connect - PTSD/SUD f/u   [[D|Dec 9 2024]]
Vet [[N|Marisol Vega-Rountree]], 41F, USMC ([[C|Fallujah]], [[D|Nov 2004]]). At home in [[C|Killeen]]; link [[URL|https://vvc.va.example/join/8814720]], IP [[IP|2600:387:a:9::4c]].
PTSD (MST-related); AUD in remission since [[D|7/4/23]], naltrexone 50. CAPS-5 32 -> 24 after 12 CPT sessions.
PCL-5 38. Nightmares 2-3/wk: prazosin 2 -> 4 mg. C-SSRS neg. Firearm at home - husband [[N|Dale]] holds safe key.
SC 70%, ICN [[ID|1017733219V882041]].
Next VVC [[D|1/6/25]]. Veterans Crisis Line 988 press 1.
Dr. [[N|Kim Tran-Okoye]], PsyD
""",
)

note(
    "b9-51",
    "Jesús Antonio Barraza",
    """
WORKERS' COMP PROGRESS NOTE / RTW   [[D|10/29/24]]
Claimant [[N|Jesús Antonio Barraza]]   Claim # [[ID|24-WC-318820]]   DOI [[D|8/14/24]]
Employer Sun Valley Roofing, [[C|Mesa]]; adjuster [[N|Kristin Ojeda]] (CopperPoint) [[PH|480-555-0121]], [[EM|kojeda@copperpoint.example]].
Fall from ladder ~8 ft, L calcaneus fx, ORIF [[D|8/16/24]]. 11 wk post-op, WBAT in CAM boot, PT 3x/wk. Pain 3/10, DF 5 deg.
Status: sedentary duty, seated only, no ladders/roofs until [[D|12/10/24]]. Not at MMI; rating (AMA Guides 6th) deferred.
Attorney records request, release # [[ID|ROI-24-5520]]. Spanish interp [[N|Paola]].
""",
)

note(
    "b9-52",
    "Reginald Huxtable-Bowes",
    """
Geriatrics - PD & falls f/u   [[D|Tue 1/7/2025]]
[[N|Reginald Huxtable-Bowes]] ("[[N|Reg]]"), [[A|90]]M, Sunnybrook Independent Living in [[C|Carmel]].
Hoehn & Yahr 3. Falls x3 since [[D|Thanksgiving]], freezing of gait. Orthostatic 138/78 -> 104/66. Carbidopa/levodopa 25/100 2 tabs TID, wearing off at 3 h.
Beers: oxybutynin - stop, mirabegron instead. Fludrocortisone 0.1 for OH.
DEXA T -2.8 hip [[D|10/2024]]; zoledronic acid once vit D (22) repleted.
Still drives to Meijer; Mini-Cog 3/5 - formal driving eval.
Wife [[N|Philippa]] ("[[N|Pippa]]") [[PH|317-555-0152]].
Neuro Dr. [[N|Ananya Srinivasan]] (movement) next month.
""",
)

note(
    "b9-53",
    "Hilda Rasmussen",
    """
INFECTION PREVENTION - ILI OUTBREAK LINE LIST (3 North)   updated [[D|01/14/2025]]
Meadowlark Senior Living, [[C|Bismarck]]; reported to ND DoH, outbreak # [[ID|ND-OB-2025-0031]]
1. [[N|Hilda Rasmussen]], [[A|95]], Rm 301 - onset [[D|1/9]], flu A+, oseltamivir, stable
2. [[N|Orville Bjornstad]], 87, Rm 305 - onset [[D|1/10]], flu A+, to Sanford [[D|1/11]] (hypoxia)
3. [[N|Arlene Two Bulls]], 79, Rm 308 - onset [[D|1/11]], flu A+, oseltamivir
4. [[N|Myrtle Haugen]], [[A|92]], Rm 312 - onset [[D|1/12]], ILI sx, PCR pending
1 CNA ill, off until afebrile 24 h.
Unit closed to admissions; oseltamivir 75 daily prophylaxis all 3N residents x 14 d; droplet precautions.
Med director Dr. [[N|Gail Lindqvist]] aware.
""",
)

note(
    "b9-54",
    "Joy Fairweather",
    """
Anticoagulation clinic - phone   [[D|2/27/25]]
[[N|Joy Fairweather]], 77F, warfarin for mechanical mitral valve (On-X), goal INR 2.5-3.5.
INR today 1.9 on home meter (CoaguChek XS s/n [[DEV|UP4418037]]). Missed dose [[D|Tuesday]]; lots of kale salad at church potluck [[D|Sunday]].
Plan: 7.5 mg tonight, then 5 mg daily except 7.5 mg Mon/Fri (40 mg/wk). Recheck [[D|3/3]].
Bleeding precautions reviewed. Spoke w/ pt at [[PH|(414) 555-0168]]; husband [[N|Arnie]] on the line.
Acelis remote INR monitoring, pt # [[ID|ACL-00771942]].
-- [[N|Dana Whitfield]], PharmD, CACP
""",
)

note(
    "b9-55",
    "Hussein Al-Saadi",
    """
Dialysis SW note - FKC Dearborn   [[D|1/15/2025]]   Chair 14, MWF 2nd shift
[[N|Hussein Al-Saadi]], 66M, Arabic (Iraqi, from [[C|Basra]]), HD since [[D|3/2022]] via L AVF.
1) Missed 2 tx in Dec - ride no-show; new ModivCare transport, trip ref [[ID|MC-7718820]].
2) Transplant: active on Henry Ford list, UNOS ID [[ID|KPX4471]].
3) KDQOL-36 done; PHQ-9 11 -> Arabic-speaking counselor at ACCESS.
Wife [[N|Samira]] [[PH|313-555-0133]]; son [[N|Ali]] handles paperwork.
Medicaid [[HP|0041172093]]. Home [[ADDR|7030 Chase Rd]], [[C|Dearborn]] [[Z|48126]].
""",
    allow=("Dearborn",),
)

note(
    "b9-56",
    "Kevin Alexander Maradiaga Flores",
    """
FORENSIC MEDICAL EVALUATION (asylum) - Human Rights Clinic   [[D|19 Dec 2024]]
Client [[N|Kevin Alexander Maradiaga Flores]], 24M, from [[C|San Pedro Sula]], Honduras. A# [[ID|A 220 418 775]].
Reports beating by gang members [[D|June 2022]] after refusing to pay "renta" for his tortilleria in [[C|Chamelecón]].
Exam: 3 cm linear scar L parietal scalp (consistent w/ machete per Istanbul Protocol), healed R 5th metacarpal fx, 4 round burn scars L forearm (highly consistent).
PCL-5 52; meets PTSD criteria.
Evaluators [[N|Adriana Solórzano]], MD and [[N|Ben Oyelaran]], MS4.
Attorney [[N|Meghan Pruitt]], [[EM|mpruitt@immlaw-clinic.example.org]]; hearing [[D|4/3/2025]].
Client address [[ADDR|1901 Riverside Dr Apt 210]], [[C|Austin]] [[Z|78741]].
""",
)

note(
    "b9-57",
    "Amina Yusuf Abdullahi",
    """
Pre-Ramadan diabetes visit   [[D|Feb 18 2025]]
[[N|Amina Yusuf Abdullahi]], 55F, T2DM on insulin. Fast expected to start ~[[D|March 1]].
IDF-DAR risk moderate-high (7.5). Glargine 28 -> 22 u at iftar; lispro 8 u suhoor -> stop, keep 8 u at iftar. Metformin 1000 iftar / 500 suhoor. Break fast if BG <70 or >300.
Libre 3 sensor [[DEV|0M00A7XK4R]] placed today; daughter [[N|Hibo]] ([[EM|hibo.abdullahi@hotmail.com]]) follows via LibreView, clinic acct [[ID|LV-CL-22871]].
Eid sweets in moderation.
[[ADDR|3915 S 5th Ave, Apt 22]], [[C|Barrio Hollywood]] [[Z|85714]]. [[PH|520-555-0186]].
Tele f/u mid-Ramadan.
""",
)

note(
    "b9-58",
    "Cornelius Vandermolen",
    """
Geriatric outreach home visit w/ APS   [[D|Wednesday 12/11/24]]
[[N|Cornelius Vandermolen]], 83M, lives alone [[ADDR|615 Ottawa Ave NW]], [[C|Belknap Lookout]] [[Z|49503]]. APS worker [[N|Kendra Pham]], case [[ID|MI-APS-24-70215]].
Clutter Image Rating 7/9 living room, narrow paths, no heat (space heater near papers), spoiled food, 11 cats. A&O x3, SLUMS 22; understands risks and chooses to stay - has capacity for this decision.
Untreated L leg cellulitis, wt down 6 kg. Accepted doxy + visiting nurse.
Nephew [[N|Pieter]] in [[C|Zeeland]] [[PH|616 555 0106]] will help clean. Animal control contacted.
Consumers Energy shutoff protection, acct [[ACCT|1000 4471 8820]].
F/u [[D|12/18]].
""",
)

note(
    "b9-59",
    "Chase Lindqvist",
    """
Sports Med / AT - concussion f/u   [[D|Sept 23]]
[[N|Chase Lindqvist]], 20M, men's lacrosse #17, hit [[D|9/20]] vs Bucknell. Student ID [[ID|900441782]].
SCAT6 sx score 18 (day 3), BESS 12 errors. VOMS +, NPC 9 cm. No red flags. ImPACT post-injury [[D|9/22]].
Relative rest 24-48 h, Access Services letter, return-to-learn then graduated RTP.
Roommate [[N|Grant]] checks on him overnight.
[[EM|lindqvist.c@students.gvsu.example]]. Dad [[N|Erik]] notified [[PH|612.555.0115]] ([[C|Edina]]).
ATC [[N|Dani Kowalski]], LAT; team physician Dr. [[N|Obinna Eze]].
""",
)

note(
    "b9-60",
    "Tevita Fifita",
    """
Reentry clinic - post-release   [[D|03/03/25]]
[[N|Tevita Fifita]], 27M, released from state prison [[D|2/27]] (DOC # [[ID|A7719403]]) after 2 yrs; 7-day bup bridge + Narcan at release.
Sublocade 300 mg in prison, last inj [[D|2/10]] -> continue 100 mg monthly.
PO [[N|Hinemoa Pritchard]] [[PH|801-555-0118]].
Staying with uncle [[N|Sione Fifita]], [[ADDR|882 W 1700 S]], [[C|Glendale]], [[C|SLC]].
Needs: Medicaid reinstated (ID [[HP|0991847265]]), state ID (has birth cert), job via Tongan church. HCV Ab neg, HIV neg. PHQ-9 7.
New prepaid phone [[PH|801.555.0153]]. Check-in w/ PO [[D|Monday]].
""",
)


if __name__ == "__main__":
    write(OUT, NOTES)
