#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_dev11.jsonl.

Development set 11: clinical text written in uniformed, custodial and
emergency settings.  The notes come from military treatment facilities and
ships, VA clinics and Vet Centers, county jails, state and federal prisons,
juvenile detention, immigration detention and border custody, forensic
asylum evaluations, refugee resettlement screening, homeless shelters and
street-medicine vans, wildfire, hurricane, flood, tornado and earthquake
responses, mass-casualty triage logs and search-and-rescue handoffs.  Such
text is dense in identifiers of unusual shapes (DoD IDs, battle-roster
numbers, booking and inmate numbers, A-numbers, triage-tag numbers, HMIS
client IDs, case and claim numbers) and in ranks and titles sitting next to
names, names written LAST, FIRST MI, nicknames, street names and log-in
names.  It is equally dense in look-alikes that are not identifiers: unit
designations, housing pods and cell numbers, storm names, form numbers, call
signs, ship and base names, medic-unit numbers and scores.

Annotation conventions (HIPAA Safe Harbor):
* NAME covers every person: patients, family, friends, caregivers, staff,
  officers, attorneys and judges, including nicknames, street names, names in
  lower case or capitals, initials used for a person and log-in names.  Ranks,
  titles and credentials (SSG, Deputy, Dr., Sra., RN, PA-C) are left outside
  the span.  Kinship words, pets, ships, storms, bases, eponyms and names
  inside facility or company names are not marked.
* DATE covers any date element finer than a year: full dates in any format
  (including day-first and military styles), month and day, month and year, a
  lone month, and weekdays or holidays naming the day something happened.
  Bare years, clock times, durations, ages of 89 or less and recurring
  schedules stay unmarked.
* AGE marks only ages above 89, number only.
* PHONE and FAX take the whole number with any extension; EMAIL, URL (links
  that carry a person or record) and IP addresses are marked whole.
* SSN (full or partial), MRN, HEALTH_PLAN (Medicare, Medicaid, TRICARE and
  commercial member numbers), ACCOUNT (hospital, billing and inmate trust
  accounts), LICENSE (driver's, professional, DEA), VEHICLE (plates, VINs,
  hull numbers), DEVICE (serial numbers of implants and equipment) and ID for
  every other number that points at a person or record: DoD IDs, service
  numbers, booking, inmate and register numbers, A-numbers, triage tags,
  case, claim and incident numbers, badge numbers, NPIs, HMIS IDs.
* ADDRESS is the street part (number, street, unit, PO box, block or cross
  streets); CITY holds cities, towns, villages and neighbourhoods, foreign
  ones included; ZIP holds postal codes.  States, countries, units, pods,
  rooms, beds, facilities and agencies are not marked.

Stdlib only.  Run: python bench/data/make_deid_dev11.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_dev11.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "d11-01",
    "Arne T. Halvorsen",
    """
VA PACT TEAM BLUE - PRIMARY CARE FOLLOW-UP
Veteran: [[N|HALVORSEN, ARNE T]]   Age: [[A|93]]   SSN xxx-xx-[[SSN|4471]]   ICN [[ID|1012847365V442190]]
Visit: [[D|04/18/2024]]   PCP: [[N|Delacroix]], NP   RN care mgr: [[N|T. Okafor]]

Korean War era (USMC 1951-53). SC 30% hearing loss/tinnitus. Lives alone at [[ADDR|2210 Birchwood Ln]], [[C|Fergus Falls]] MN [[Z|56537]]. Niece [[N|Karin Lund]] ([[PH|218-555-0147]]) visits on Sundays.
Fell in the bathroom [[D|Easter Sunday]], no LOC, got himself up after ~20 min. TUG 19 sec, uses cane intermittently. On warfarin for AF, INR 2.6 today. Hearing aids (Phonak) working.
Plan: home safety eval, PERS pendant through prosthetics, PT for balance. Flu + RSV given L deltoid. RTC 3 mo. Declined MOVE! again.
""",
)

note(
    "d11-02",
    "Cole R. Brannigan",
    """
HEALTH SERVICES REQUEST (sick call) - transcribed from paper slip
Name: [[N|BRANNIGAN, Cole R]]   Booking #: [[ID|24-018833]]   Housing: 4-West, cell 12, bunk B   Date: [[D|6/3/24]]
Inmate wrote: "my tooth been hurting since [[D|memorial day]] cant eat on left side. also need my seizure meds i was on keppra on the street. my mom [[N|darlene]] can bring the bottle her # is [[PH|409-555-0182]]"
Triage ([[N|Pruitt]], LPN, [[D|6/4]] 0615): swelling L lower jaw, T 99.1, no trismus, tolerating fluids. Levetiracetam 500 mg BID verified via pharmacy fill hx - bridged per seizure protocol. Dental line list. Ibuprofen 400 mg TID x 3 days.
Escorted by C/O [[N|M. Reyes]]; Deputy [[N|Ostrowski]] (badge [[ID|5531]]) notified re: bottom bunk pass.
""",
)

note(
    "d11-03",
    "Rosa Elvira Quispe Mamani",
    """
DETAINEE MEDICAL INTAKE SCREENING - Rio Bravo Processing Center
Detainee: [[N|QUISPE MAMANI, Rosa Elvira]]   A#: [[ID|A 217-884-503]]   DOB: [[D|11/02/1988]]   Citizenship: Peru
Arrival: [[D|09 JAN 2025]] 2140 by bus from the port of entry. Languages: Quechua > Spanish; interpreted by [[N|Wilber Choque]] (LanguageLine ID [[ID|288413]]).
Reports ~14 days of travel, partly on foot. Pregnant; LMP "start of [[D|October]]". G3P2, two prior c-sections in [[C|Cusco]]. Fundal height 14 cm, FHT 152. BP 104/66. Feet: blisters, no cellulitis.
Husband [[N|Efraín Quispe]] reportedly held at a separate facility. Sister in [[C|Paterson]], NJ: [[PH|973-555-0129]].
TB symptom screen negative; CXR deferred (pregnancy), IGRA drawn. Prenatal vitamins started; OB referral urgent.
Screening RN: [[N|J. Whitcomb]]
""",
)

note(
    "d11-04",
    "Chidi Okonkwo",
    """
MCI PATIENT TRACKING LOG - tour bus rollover   Incident # [[ID|NV-25-00871]]   [[D|02/14/2025]]
TAG #        CAT     NAME / DESCRIPTOR                      AGE    DISPO
[[ID|MT-0041322]]   RED     [[N|OKONKWO, Chidi]]                        34     Medic 7 -> trauma ctr
[[ID|MT-0041323]]   YELLOW  unk F, pink parka, "[[N|Mimi]]" per friend    ~20    Bus 2
[[ID|MT-0041324]]   GREEN   [[N|HARGROVE, Len]]                         [[A|91]]     walked, hip pain, Bus 2
[[ID|MT-0041325]]   BLACK   unk M, driver                          ~55    Coroner case [[ID|25-0213]]
Triage unit leader: FF/PM [[N|Sato]]. Medical group supervisor Capt. [[N|Ibarra]], cell [[PH|775-555-0164]].
Note: 3 RED upgraded from YELLOW after re-triage (SALT). Bus 2 = county transit bus used as ambulance bus, 11 GREEN pts.
""",
)

note(
    "d11-05",
    "Dwayne Tillis",
    """
STREET MEDICINE OUTREACH - SOAP      Date: Tue [[D|8/13/2024]]
Team: Dr. [[N|Faye Amankwah]], RN, peer navigator
Client: "[[N|Smokey]]" (legal name [[N|Dwayne Tillis]] per HMIS, client ID [[ID|HM-558201]]), 58M. Seen at encampment under the overpass at [[ADDR|E 7th St & Mateo St]], [[C|Arts District]]. Blue tent w/ tarp, dog (Roscoe) with him.
S: L shin wound x 2 wks, worse after he was clipped by a scooter on [[D|July 4th]]. Pain 7/10. Eating 1 meal/day.
O: T 100.2. 6 x 4 cm ulcer, purulent, erythema 3 cm beyond margin, pitting edema 2+.
A: cellulitis over venous stasis ulcer.
P: TMP-SMX DS + cephalexin x 7 d, dressings + gauze left with him. Declined ED. Recheck Fri [[D|8/16]].
Case worker [[N|Yesenia Ruelas]] (housing navigation) [[PH|213-555-0171]]; [[N|Yesenia]] will hold his phone charger and meds.
""",
)

note(
    "d11-06",
    "Marguerite Albrecht",
    """
SHELTER HEALTH SERVICES INTAKE - Sandhill Fire evacuation, fairgrounds bldg C
Date/time: [[D|11/08/2018]] 2215
Client: [[N|Marguerite Albrecht]] ("[[N|Peg]]"), age [[A|90]]
Evacuated from [[ADDR|5560 Pentz Rd]], [[C|Paradise]] CA [[Z|95969]]. Arrived with neighbor [[N|Hector Villanueva]] in his pickup, CA plate [[VEH|8KXL442]].
Left home w/o meds: metoprolol 25 BID, furosemide 40, apixaban 5 BID. Pharmacy records obtained by phone. Uses walker; home O2 2 L - concentrator left behind, loaned two E-cylinders.
Smoke exposure: mild cough, SpO2 93% on 2 L. Lungs with scattered rhonchi.
Son [[N|Dale Albrecht]] in [[C|Reno]], [[PH|775-555-0133]], coming tomorrow.
Cot near restroom and outlet assigned. DMH worker [[N|K. Banerjee]] aware; recheck 0600.
""",
)

note(
    "d11-07",
    "Therese M. Beaulieu",
    """
SPECIAL NEEDS SHELTER (SpNS) - REGISTRATION / NURSING ASSESSMENT   Storm: Hurricane Ian
Registrant: [[N|Beaulieu, Thérèse M.]]   DOB [[D|1931-05-22]] ([[A|91]] y)
Medicaid [[HP|1048837261]]   Medicare MBI [[HP|5EG4-TE8-MK72]]
Home: [[ADDR|17 Palm Frond Ct Apt 3]], [[C|Fort Myers Beach]] FL [[Z|33931]]
Arrived [[D|9/27]] 1630 by paratransit.
Equipment: Inogen One G5 POC s/n [[DEV|G5-2203118]]; Pride Jazzy power chair s/n [[DEV|JZ6140077]]. Needs outlet on generator circuit - confirmed.
Dx: COPD on 2 L, CHF (EF 35%), DM2 on glipizide. Wt 61 kg. Braden 16.
Home health nurse [[N|Carline Joseph]] [[PH|239-555-0112]] brought med list.
Grandson [[N|Marc-André]] to be updated by email [[EM|marcandre.b@fastmail.example]].
""",
)

note(
    "d11-08",
    "Tobias Wen",
    """
SAR -> EMS HANDOFF (documented by receiving flight medic)
Mission # [[ID|2024-SAR-0319]]   [[D|Sat 10/19]]   IC: Deputy [[N|Greer Holloway]], SO SAR coordinator
Subject: [[N|Tobias Wen]], 27M, solo hiker overdue since [[D|Thursday]]; reported by roommate [[N|Priya]] via 911. Car at trailhead (gray Subaru, WA [[VEH|BXR9172]]).
Found 1340 in a drainage ~3 mi below the ridge, wedged between boulders. inReach messenger (IMEI [[DEV|300434061975820]]) had died.
On scene: HR 118, BP 96/60, RR 22, T 34.1 C tympanic, GCS 15. Deformity L lower leg, pulses intact distally. Splinted, hypothermia wrap, warm packs. Hoisted by Navy helo crew.
Received by [[N|Ruiz]], FP-C at LZ 1512. Mother [[N|Lin Wen]] ([[PH|425-555-0198]]) notified by SO.
""",
)

note(
    "d11-09",
    "Marcus D. Whitfield",
    """
INTREPID SPIRIT CENTER - TBI INTAKE
SM: SSG [[N|Marcus D. Whitfield]]   DoD ID [[ID|1548730926]]   DOB [[D|03 APR 1991]]   Unit: B Co, 2-327 IN, 1/101 ABN
Referred by PCM MAJ [[N|Alvarez]].
Deployments: OIF [[D|Sep 2009]]-[[D|Sep 2010]] ([[C|Kirkuk]]); OEF [[D|Mar 2012]]-[[D|Dec 2012]] ([[C|Kandahar]]).
Blast exposures: est. 8. Most significant: IED strike on MRAP [[D|14 NOV 2012]], LOC < 5 min, AOC ~1 h. No imaging in theater.
Current: HA 5/7 days, photophobia, word-finding problems, sleeps ~4 h. NSI 38, PCL-5 46, PHQ-9 14, AUDIT-C 5. Wife [[N|Tasha]] reports irritability and road rage.
Plan: neuro-optometry, SLP cognitive eval, sleep study, BH within ISC. Prazosin deferred to BH.
""",
)

note(
    "d11-10",
    "Jose M. Rivera-Soto",
    """
SF 600 - CHRONOLOGICAL RECORD OF MEDICAL CARE
[[D|20240711]] 0745  BAS, 1-502 IN
NAME (Last, First, MI): [[N|RIVERA-SOTO, JOSE M]]   GRADE: E-4   DoD ID: [[ID|1620984417]]
S: 22 y/o SPC c/o R ankle inversion during 12-mi ruck last night. Able to bear weight 4 steps. Denies prior sprain.
O: Lat malleolus TTP, no bony TTP at posterior edge or navicular/5th MT. Ottawa neg. Mild swelling.
A: R ankle sprain, grade I-II.
P: RICE, ibuprofen 800 TID x 5 d. e-Profile [[ID|P-7730415]]: no running/rucking x 14 d. RTC [[D|18 JUL]] or sooner PRN.
Seen by SGT [[N|Kowalczyk]], 68W; reviewed CPT [[N|Adeyemi]], PA-C. Squad leader SSG [[N|Beck]] notified.
SM contact [[PH|270-555-0156]] / [[EM|jose.m.riverasoto.mil@army.mil]]
""",
)

note(
    "d11-11",
    "Gail S. Pomeroy",
    """
DISABILITY BENEFITS QUESTIONNAIRE - KNEE AND LOWER LEG CONDITIONS
Veteran: [[N|Pomeroy, Gail S.]]   VA file no. [[ID|C 28 441 907]]   Claim ID [[ID|482 119 6630]]
Exam date: [[D|January 29, 2025]]   Examiner: [[N|Rafael Quiñones]], DO (contract examiner)
Service: USAF 1996-2016, loadmaster. Records reviewed: STRs (thumb drive brought by Veteran), VBMS.
Hx: L knee twisting injury on cargo ramp [[D|Aug 2003]]; arthroscopic partial medial meniscectomy 2004. Now daily pain 5/10, flare-ups with stairs, uses brace.
ROM L knee: flexion 0-105 (pain at 90), extension 0. Repetitive use: no additional loss. Lachman neg. Crepitus present.
Imaging: XR L knee - moderate medial compartment DJD.
Husband [[N|Rick]] present with Veteran's permission.
Address verified: [[ADDR|PO Box 3318]], [[C|Cheyenne]], WY [[Z|82003]]; phone [[PH|307-555-0138]].
""",
)

note(
    "d11-12",
    "Terrell A. DuBose",
    """
DOC CHRONIC CARE CLINIC - HEPATITIS C
Inmate: [[N|DUBOSE, TERRELL A]]   DOC# [[ID|1187462]]   Unit: H-Block, 3 tier
Seen [[D|3-11-25]] cell-side (facility lockdown).
HCV genotype 1a, baseline VL 2.4 million IU/mL, FIB-4 1.9. Sofosbuvir/velpatasvir started [[D|02/06/2025]], 12-wk course, DOT at med pass. Missed 2 doses [[D|2/20]] during count. Wk-4 VL: not detected.
No rash, no new meds. Discussed reinfection risk (tattoos).
Projected release [[D|August 2025]] - needs linkage to community clinic for SVR12; reentry coordinator Ms. [[N|Hollis]] aware.
Offsite GI consult with Dr. [[N|Vasquez]] scheduled [[D|4/2]]; transport Sgt. [[N|Lyle Pickens]].
[[N|A. Ferreira-Lutz]], NP
""",
)

note(
    "d11-13",
    "Ebenezer Tabe Nkwenti",
    """
FORENSIC MEDICAL EVALUATION (ISTANBUL PROTOCOL) - SUMMARY
Prepared at the request of [[N|Hannah Oyelaran]], Esq. ([[PH|212-555-0190]])
Re: Mr. [[N|Ebenezer Tabe Nkwenti]]   A-Number: [[ID|A-208 551 340]]   Individual hearing: [[D|May 14, 2025]]
Evaluation: [[D|March 3, 2025]], in person, 3 h, with interpreter [[N|Pa Ngwa]] (Cameroonian Pidgin/English).
History: Mr. [[N|Nkwenti]] reports arrest in [[C|Bamenda]] on [[D|12 October 2021]] by gendarmes, 23 days' detention, beatings with machete flats, suspension by the wrists.
Findings: three linear hypopigmented scars L posterior thorax (4-9 cm), circumferential wrist scars. PCL-5 58; HTQ consistent with PTSD.
Conclusion: physical and psychological findings are highly consistent with the attributed torture.
[[N|Nadia Fennimore]], MD - [[EM|nfennimore@asylumclinic.example.org]]
""",
)

note(
    "d11-14",
    "Brianna L. Kessler",
    """
OPIOID WITHDRAWAL MONITORING (COWS) - intake housing
Pt: [[N|Kessler, Brianna L]]   Bkg [[ID|2025-004417]]   PIN [[ID|88120934]]   Cell I-6   Date [[D|1/22/25]]
Time  COWS  HR   Notes                                              Init
0600   9    104  yawning, piloerection, anxious                     [[N|jmt]]
1000  13    112  emesis x1; buprenorphine 8 mg SL per MOUD protocol [[N|jmt]]
1400   6     92  resting, ate lunch, fluids encouraged             [[N|RC]]
1800   4     88  requests shower                                    [[N|RC]]
Last use: pressed "M30" pills ~36 h before booking. Community prescriber Dr. [[N|Singh-Ortega]] (DEA [[LIC|BS4412093]]) - PDMP confirms buprenorphine last filled [[D|1/9]].
Deputy [[N|Kahale]] #[[ID|6612]] asks if cleared for court [[D|1/24]] - yes, with dose given before transport.
""",
)

note(
    "d11-15",
    "Kiyah Dorsey",
    """
FAMILY REUNIFICATION CENTER - UNACCOMPANIED MINOR RECORD
Event: EF-3 tornado, [[C|Rolling Fork]]   Wristband [[ID|FRC-0093]]   Safe and Well entry: [[URL|https://safeandwell.example.org/reg/FRC-0093-KD]]
Child: approx 7 y/o F, states name is [[N|Kiyah]], last name "[[N|Dorsey]]" per a neighbor. Found by fire Lt. [[N|Boone]] on the [[ADDR|400 blk of Sharkey Ave]] at 2330.
Exam: abrasions both knees, small forehead lac (steri-strips), no LOC reported. Calm, ate crackers.
Guardian claim: [[N|Shonda Dorsey]], mother. ID checked - MS DL [[LIC|801442976]]; phone [[PH|662-555-0122]]. Child ran to her and named her; photos on mother's phone match.
Reunited [[D|03/25/2023]] 0210. Verified by social worker [[N|R. Tran]] and LE.
""",
)

note(
    "d11-16",
    "Angel Gutierrez Lemus",
    """
PATIENT CARE REPORT - Medic 14   Incident [[ID|24-118920]]   PCR [[ID|E24-55173]]   Billing acct [[ACCT|EMS-1182047]]
DOS [[D|12/31/2024]]  Dispatched 2347 "fall, poss intox" at [[ADDR|1840 N Halsted St]], [[C|Chicago]] IL [[Z|60614]] (bus shelter)
Pt: [[N|Gutierrez Lemus, Ángel]], 44M, IL DL [[LIC|G362-4418-1907]].
Narrative: Found seated on bench, celebrating [[D|New Year's Eve]] per friend "[[N|Chuy]]" who rode along. GCS 14 (E4V4M6), ETOH odor, 2 cm lac occiput, bleeding controlled. Temp 35.2 C. BGL 96. No midline C-spine tenderness; NEXUS neg. Warmed in unit, dressing applied.
Transported non-emergent to Illinois Masonic, care to RN at 0021.
Crew: [[N|K. Zabrowski]] FF/PM (lead), [[N|D. Amoah]] FF/EMT.
""",
)

note(
    "d11-17",
    "Kyle J. Paulsen",
    """
ED - MEDICAL CLEARANCE FOR INCARCERATION
Arrestee: [[N|PAULSEN, KYLE J]]   DOB [[D|7/19/1996]]   MRN [[MRN|00488215]]   Acct [[ACCT|70019934]]
Brought by Officer [[N|Dana Whitlock]] (badge [[ID|2217]]), report # [[ID|25-031172]], after single-vehicle crash; tow sheet VIN [[VEH|1FTFW1E55JFB41203]].
Exam: abrasions forearms and chin, no seatbelt sign. GCS 15 after 2 h obs. BAC 0.14. CT head/C-spine neg.
Cleared for incarceration [[D|03/08/2025]] 0412. Wound care and concussion instructions given to officer and pt.
Mother [[N|Joan Paulsen]] called ED ([[PH|503-555-0177]]); informed pt in police custody, no details given per pt request.
Attending: [[N|Marisol Ferreira]], MD
""",
)

note(
    "d11-18",
    "Wendell Carrington",
    """
HUD-VASH CASE MANAGEMENT NOTE
Veteran: [[N|Wendell Carrington]] ("[[N|Dub]]")   last4 [[SSN|0917]]   Voucher # [[ID|VASH-118204]]
Currently at Salvation Army shelter, bed 41. Unit located: [[ADDR|615 Kemper St, Apt 2B]], [[C|Lynchburg]] VA [[Z|24501]] - passed HQS inspection.
Lease signing [[D|Oct 30]]; target move-in [[D|Veterans Day]]. Landlord Mr. [[N|Oduya]] agreeable to ramp at back door.
Vet needs: bed, kitchen starter kit (VSO donation), SSVF deposit assistance. Medical: COPD, stable; keeps CPAP at shelter.
Goals: sobriety 11 mo - attends AA Tues/Thurs.
[[N|Theresa Vu]], LCSW  [[PH|434-555-0119 x2207]]
""",
)

note(
    "d11-19",
    "Kevin Q. Tran",
    """
USS GRIDLEY (DDG 101) MEDICAL DEPT - SICK CALL
Pt: ABH3 [[N|TRAN, KEVIN Q]]   EDIPI [[ID|1593307281]]   Div: Deck   Date: [[D|26 FEB 2025]] (underway)
S: 2 cm lac R palm from frayed mooring line during sea and anchor detail. Witnessed by SN [[N|Abernathy]].
O: Full ROM, sensation intact, no tendon involvement. Irrigated 500 mL NS.
P: 4 x 4-0 nylon sutures. Light duty 3 d, keep dry. Td last [[D|Jun 2021]], current.
F/u [[D|28 FEB]] for wound check. If infected, consider ortho-hand eval when in [[C|Yokosuka]].
HM1 [[N|Oyelowo]], IDC - reviewed by SMO LT [[N|Chen]].
DIVO ENS [[N|Haverford]] notified: [[EM|haverford.c@ddg101.navy.example]]
""",
)

note(
    "d11-20",
    "Ellen R. Bouchard",
    """
PATIENT MOVEMENT REQUEST   PMR # [[ID|LRMC-25-04418]]
Patient: [[N|BOUCHARD, ELLEN R]], SSgt, USAF   DoD ID [[ID|1412873305]]
From: Landstuhl RMC  To: Walter Reed NMMC   Precedence: PRIORITY   Class: 2A (litter)
Ready date: [[D|05 MAR 2025]]
Dx: closed L femoral shaft fx s/p IMN [[D|28 FEB 25]] after vehicle rollover at [[C|Grafenwöhr]] training area. Hgb 9.8 stable. Enoxaparin 40 mg daily. Pain controlled on oxycodone 5 q6h PRN. No attendant needed.
Validating flight surgeon: Lt Col [[N|Marta Esposito]]. Accepting: Dr. [[N|Nwachukwu]], ortho trauma, [[PH|301-555-0104]].
Spouse [[N|Gary Bouchard]] traveling separately; MCD Capt [[N|Yoon]] aware.
""",
)
note(
    "d11-21",
    "Jaylen R. Mosqueda",
    """
JUVENILE DETENTION CENTER - NURSING PROGRESS NOTE
Youth: [[N|MOSQUEDA, Jaylen R]] (goes by "[[N|JR]]")   Youth ID [[ID|JDC-25-0388]]   Pod 2, room 7   15 y/o M
Date: [[D|4/9/25]] 1930
Youth asked to see nurse for asthma: using albuterol ~6x/day since intake, controller not brought in. Peak flow 280 (personal best 450). Wheeze bilat, speaking full sentences, SpO2 95%.
Albuterol neb x1 -> PF 360. Notified on-call MD, started fluticasone/salmeterol.
Called grandmother/guardian [[N|Alma Mosqueda]] [[PH|915-555-0186]] re: home inhaler and CHIP card - member # [[HP|7740182293]].
Probation officer [[N|Ricky Saldaña]] informed; detention hearing [[D|April 16]].
[[N|L. Baca-White]], RN
""",
)

note(
    "d11-22",
    "Dale Pruett",
    """
USCG STATION - SURVIVOR HANDOFF TO EMS
MISLE case [[ID|1284417]]   Date: [[D|Sunday 6/16]] ([[D|Father's Day]])
Vessel: 22 ft center console "Reel Therapy", HIN [[VEH|SRB22041C919]], FL reg [[VEH|FL 4417 KP]] - capsized ~14 nm E of [[C|Port Canaveral]].
Survivors:
1. [[N|Dale Pruett]], 61M - in water ~3 h, T 35.0 C, c/o chest pressure since recovery. ASA 324 mg chewed. 12-lead not available on boat.
2. [[N|Cody Pruett]], 34M - T 35.8 C, abrasions, swallowed seawater, coughing.
Both in life jackets, both alert. Passive rewarming en route.
Coxswain BM2 [[N|Ferraro]]. Care transferred to county Medic 31 at pier 1912; [[N|Dale]] to be transported first. Wife [[N|Lorraine]] waiting at station gate.
""",
)

note(
    "d11-23",
    "Abdirahman Warsame",
    """
TB CLEARANCE LETTER
To: Intake staff, Harbor Light men's shelter
Re: [[N|Abdirahman Warsame]]   DOB [[D|Feb 1979]]   MRN [[MRN|HC-7710384]]   HMIS client ID [[ID|HMIS-3372018]]
This letter certifies that the above client was evaluated at our clinic on [[D|10.14.2024]]. QuantiFERON-TB Gold Plus drawn [[D|10/9/24]]: negative. CXR: no active disease. He has no symptoms of TB and is not infectious. Clearance valid for 12 months.
He was seen with Somali interpreter [[N|Faadumo]].
Questions: [[N|Kathleen O'Rourke]], RN, TB Control - ph [[PH|612-555-0158]], fax [[FX|612-555-0159]].
cc: case worker [[N|J. Solberg]] ([[EM|jsolberg@harborlight.example.org]])
""",
)

note(
    "d11-24",
    "Wanda Faye Ledford",
    """
HELENE RECOVERY - MOBILE MEDICAL UNIT VISIT        [[D|10/08/2024]]
Pt: [[N|Ledford, Wanda Faye]], 71F
Home at [[ADDR|88 Laurel Branch Rd]], [[C|Swannanoa]] NC [[Z|28778]] destroyed [[D|Sept 27]]. Staying with her sister [[N|Opal Ledford Ray]] in [[C|Black Mountain]].
FEMA registration # [[ID|4418-22-99107]]. BCBS member ID [[HP|YPW884210337]].
Lost all meds in the flood. Insulin glargine + lispro replaced via EPAP. A1c 9.1 (POC). BP 152/90.
Feet: blisters and maceration from mucking out, no ulcer. Td booster given. Tetanus-prone wound on L hand cleaned.
Mental health: tearful, sleeping in chair. Gave crisis counseling number, referred to DCM.
Next mobile unit stop [[D|10/15]] at the high school lot.
""",
)

note(
    "d11-25",
    "Salvatore DiNapoli",
    """
VA COMMUNITY LIVING CENTER - HOSPICE - SOCIAL WORK NOTE
Veteran [[N|Salvatore DiNapoli]] ("[[N|Sal]]"), [[A|97]] y/o WWII Navy veteran, service no. [[ID|842 17 33]] per DD-214 on file.
Declining: PPS 30%, intake minimal. Comfortable on morphine concentrate.
Daughter/POA [[N|Rosemarie DiNapoli-Kane]] ([[PH|973-555-0141]], [[EM|rdkane55@example.net]]) at bedside daily. Son [[N|Vincent]] flying in from [[C|Scottsdale]] on [[D|Friday]].
Family requested Sacrament of the Sick - chaplain Fr. [[N|Okeke]] visited [[D|1/6]].
Burial at national cemetery pre-arranged; honors detail requested. Unit staff will do quilt/pinning ceremony at bedside.
Grief support offered to family.
""",
)

note(
    "d11-26",
    "Lorenzo B. Yazzie",
    """
REENTRY / DISCHARGE PLAN - DOC HEALTH SERVICES
Offender: [[N|YAZZIE, Lorenzo B]]   DOC [[ID|A-294117]]   Release date: [[D|06/30/2025]]
Release address: transitional housing, [[ADDR|1411 W Fillmore St]], [[C|Phoenix]] AZ [[Z|85007]].
Supervision: parole officer [[N|Cheryl Nakai]], [[PH|602-555-0163]].
Medical: ESRD on HD MWF via R arm AVF. Outpatient chair requested; referral faxed [[D|5/12]], awaiting placement.
AHCCCS application # [[ID|R29904411]] submitted pre-release, pending.
Meds at release: 30-day supply sevelamer, calcitriol, amlodipine. Renal diet education done.
Family: sister [[N|Darlene Yazzie]] in [[C|Chinle]] (Navajo Nation) - may pick him up.
""",
)

note(
    "d11-27",
    "Armen Hayrapetyan",
    """
IHSC TRANSFER SUMMARY (abbreviated)
Detainee: [[N|HAYRAPETYAN, ARMEN]]   A# [[ID|A216-554-017]]   Subject ID [[ID|399182445]]   DOB [[D|1/1/1982]]
Problems: HTN, GERD, LTBI - completed 3HP [[D|Nov 2024]].
Meds: amlodipine 10 mg daily, omeprazole 20 mg daily. Allergies: penicillin (hives).
Last vitals [[D|02/17/2025]]: BP 138/86, HR 74. No pending labs. Special needs: none. Mental health: none.
Language: Armenian (Russian 2nd). Bond hearing [[D|3/4]] per pt.
Emergency contact: brother [[N|Garik Hayrapetyan]], [[C|Glendale]] CA, [[PH|818-555-0146]].
Completed by LCDR [[N|Mora]], USPHS
""",
)

note(
    "d11-28",
    "Kwabena Acheampong",
    """
DD 2795 PRE-DEPLOYMENT HEALTH ASSESSMENT - PROVIDER REVIEW       [[D|12/03/2024]]
Name: [[N|ACHEAMPONG, Kwabena]]   1LT   DoD ID [[ID|1567002318]]   Unit: 20th Engineer Bde
Deploying to Poland; est. departure [[D|15 JAN 2025]], return approx [[D|SEP 2025]]. Prior deployment Kuwait 2021, no issues.
Dental class 1. Meds: none. Vision: glasses - mask inserts ordered. Hearing: H1.
Immunizations: influenza given today; typhoid current. Anthrax series dose 4 due [[D|12 FEB 2025]] - coordinate in theater.
PHQ-2: 0. PC-PTSD-5: 0. AUDIT-C 2.
Emergency contact: mother [[N|Abena Acheampong]], [[C|Columbus]], OH, [[PH|614-555-0126]].
SM email: [[EM|kwabena.acheampong.mil@army.mil]]
Reviewer: [[N|Deborah Castellanos]], PA-C - deployable.
""",
)

note(
    "d11-29",
    "Desmond Okafor-Bell",
    """
KIOSK MEDICAL REQUEST #[[ID|MR-771204]]   submitted [[D|2025-02-03]] 21:47
From: [[N|OKAFOR-BELL, DESMOND]]  #[[ID|24A1187]]  Unit 3B  Trust acct [[ACCT|TA-0091187]]
"NURSE PLEASE my sugar was 41 this morning they gave me juice but nobody came back. I dont want the insulin at night no more it makes me go low. also my glasses broke in the dayroom i didnt start nothing. ask ms [[N|tammy]] she seen it"
--
Reply [[D|2/4/25]] 0710 by [[N|T. Greenlee]], RN: Seen at med line, BG 112. Reviewed with Dr. [[N|Harjo]]: NPH reduced 18 -> 12 units qHS, bedtime snack order. Optometry request entered; $5 copay will post to trust account. Incident report forwarded to Lt. [[N|Castro]].
""",
)

note(
    "d11-30",
    "Jerome Battle",
    """
From: [[N|Ngozi Eze]] <[[EM|neze@opendoorshelter.example.org]]>
To: Front Desk, Eastside Community Clinic
Sent: [[D|Thursday, May 1, 2025]] 3:14 PM
Subject: reschedule for [[N|Jerome]]

Hi [[N|Lupe]],
One of our residents, [[N|Jerome Battle]] (DOB [[D|9/12/1967]]), needs to move his podiatry appt from [[D|5/6]] - he starts a day-labor job that week. Any afternoon works.
He does not have a phone right now; best to reach him through me at [[PH|(503) 555-0111]] or our front desk [[PH|503-555-0110]]. His OHP ID is [[HP|ZA44817Q]]. He is in the men's dorm, bed 22, curfew 9 pm.
Thanks so much!
[[N|Ngozi]]
Case Manager II
""",
)

note(
    "d11-31",
    "Leonard Quarles",
    """
SECURE MESSAGE - My HealtheVet
From: [[N|QUARLES, LEONARD]] (Veteran)   ICN [[ID|1008823417V559012]]   Sent [[D|11/11/2024]] 08:02
"Got the letter saying my PTSD group with Dr. [[N|Szabo]] is moving to Wednesdays. I cant do Wednesdays, my bus pass only good weekdays before 3. Also can you resend the MRI results link, the one you sent [[URL|https://myhealth.va.example/mhv/rad/report?pid=7731904&acc=RA2409-55812]] says expired. My phone is [[PH|901-555-0149]] if easier. - [[N|Len]]"
Session IP: [[IP|203.0.113.58]]
Reply ([[D|11/12/2024]]) from [[N|Aisha Dunmore]], LCSW: Offered Monday AM group or individual sessions with Vet Center counselor Mr. [[N|Pike]]. MRI report mailed. DAV van driver [[N|Earl]] can do Wed pickups if he changes his mind.
""",
)

note(
    "d11-32",
    "Irene Villalobos",
    """
ACCESS AUDIT EXPORT - jail EHR (filtered to patient)
Patient: [[N|VILLALOBOS, Irene]]   Inmate# [[ID|0055217]]   Requested by compliance ([[N|R. Mbeki]]) [[D|3/18/25]]
[[D|2025-03-14]] 02:11:07 | [[N|jfarnsworth]] | [[IP|10.44.8.117]] | VIEW  | Med Admin Record
[[D|2025-03-14]] 02:13:40 | [[N|jfarnsworth]] | [[IP|10.44.8.117]] | PRINT | Problem List
[[D|2025-03-14]] 07:02:55 | [[N|mkapoor]]     | [[IP|10.44.9.21]]  | EDIT  | Sick Call #[[ID|SC-118042]]
[[D|2025-03-15]] 13:30:12 | [[N|dlee2]]       | [[IP|10.44.9.21]]  | VIEW  | Lab Results
Finding: user [[N|jfarnsworth]] (Detention Officer [[N|J. Farnsworth]], badge [[ID|3390]]) holds no clinical role; print job went to the housing unit printer. Referred to professional standards.
""",
)

note(
    "d11-33",
    "Clement J. Boudreaux",
    """
KCER DIALYSIS PATIENT TRACKING - POST-LANDFALL CHECK-IN
Pt: [[N|Boudreaux, Clement J.]]   Medicare MBI [[HP|2QJ7-CT4-XW19]]
Home unit: DaVita Houma (closed, no power). Home: [[ADDR|4471 Grand Caillou Rd]], [[C|Houma]] LA [[Z|70363]].
Last treatment [[D|Fri 8/27]], pre-storm, shortened run. Evacuated to [[C|Lafayette]] with wife.
Check-in call [[D|8/31/21]]: c/o weakness, SOB lying flat, ~4 kg over dry weight. Advised ED; K 6.1 at Lafayette General.
Placed for emergent HD then chair time at Fresenius Lafayette South MWF. Access L AVF, good thrill.
Wife [[N|Yvette]] cell [[PH|985-555-0170]].
Tracker: [[N|C. Thibodeaux]], network coordinator
""",
    allow=("Houma", "Lafayette"),
)

note(
    "d11-34",
    "Tanner Redhorse",
    """
BURN CENTER TRANSFER ACCEPTANCE
Pt: [[N|Redhorse, Tanner]]   MRN [[MRN|BC-4471902]]   26M, hotshot crew member, federal employee # [[ID|E-2274190]]
Injury [[D|07/22/2024]] ~1530: burnover while cutting line; shelter deployed ~6 min.
Referring: Dr. [[N|Eliza Bramwell]], community hospital in [[C|McCall]].
Burns: ~14% TBSA partial thickness - dorsal hands bilat, posterior neck, ears. No stridor, voice normal, carbonaceous sputum absent. COHb 4%. LR per Parkland running.
OWCP claim # [[ID|CA1-550183]] started by crew sup [[N|Jody Vance]] ([[PH|208-555-0152]]).
Girlfriend [[N|Marisa]] driving down. Accepted by Dr. [[N|Ochieng]] to burn ICU; fixed-wing transport.
""",
)

note(
    "d11-35",
    "Mae Ellen Crocker",
    """
ED NOTE - SILVER ALERT SUBJECT FOUND
Pt: [[N|Mae Ellen Crocker]] (MRN [[MRN|6620193]]), [[A|92]] y/o F, Alzheimer's dementia. Reported missing [[D|Wed 1/15]] ~1400 from home, [[ADDR|309 Cedar Hollow Dr]], [[C|Bowling Green]] KY [[Z|42104]]. Silver Alert # [[ID|SA-25-0117]].
Found [[D|1/16]] 0630 by state trooper [[N|Beasley]] asleep in her 2009 Buick LaCrosse (VIN [[VEH|1G4GD5EG9AF142266]]) in a Walmart lot ~60 mi away, tank empty.
Exam: T 35.6 C, dry mucosa, oriented to self (baseline per son [[N|Roy Crocker]], [[PH|270-555-0132]]). No injuries.
Labs: CK 1480, Cr 1.6 (baseline 1.0).
Plan: obs, IVF, PT/OT. Her driver's license [[LIC|C291-445-778]] - physician report to state medical review board; son to take keys.
""",
)

note(
    "d11-36",
    "Dakota Blevins",
    """
MEMORANDUM FOR CPT [[N|Hideo Nakamura]], Commander, HHC, 2nd BCT
SUBJECT: Command-Directed Behavioral Health Evaluation - SPC [[N|Dakota Blevins]], DoD ID [[ID|1601427795]] (case [[ID|BH-CDE-24-0992]])
1. SM was evaluated on [[D|24 October 2024]] IAW DoDI 6490.04, following referral signed by 1SG [[N|Molina]].
2. SM does not meet criteria for inpatient care. Diagnosis shared with SM only.
3. Recommendations: no access to privately owned or unit weapons until re-evaluation on [[D|7 Nov 24]]; no unit watch required; continue weekly BH appointments; no alcohol.
4. Fit for duty in garrison otherwise. Not cleared for field exercise.
5. POC is the undersigned: [[N|Abigail Ferris-Dunn]], PsyD, [[PH|254-555-0117]], [[EM|abigail.m.ferrisdunn.civ@health.mil]].
""",
)

note(
    "d11-37",
    "Florian Szymanski",
    """
PROSTHETICS CONSULT - POWER MOBILITY REPAIR
Veteran: [[N|Szymanski, Florian]]   last4 [[SSN|7702]]   T6 ASIA A SCI (MVC 1998)
Current chair: Permobil M3 Corpus, s/n [[DEV|PMC3-2019-448871]], issued [[D|6/2019]]. L drive motor failed [[D|Tuesday]]; Veteran homebound since.
Vendor tech [[N|Mike Duarte]] - service ticket [[ID|NSM-4419280]], part on order 10 business days.
Loaner Quickie QM-710 s/n [[DEV|QM7-11084L]] delivered today; seat cushion transferred; skin checked - no pressure injury.
Home: [[ADDR|5120 S Lowell Blvd]], [[C|Littleton]] CO [[Z|80123]]; ramp and doorways OK for loaner.
KT [[N|Reggie]] to follow up.
""",
)

note(
    "d11-38",
    "Arturo Lomeli",
    """
DENTAL TREATMENT RECORD
Pt: [[N|Lomeli, Arturo]]   CDCR# [[ID|BV7219]]   Yard C, bldg 5   Date: [[D|08-19-2024]]
Triaged from 7362 request (pt reports pain 9/10 x 2 wks). Health care appeal [[ID|HC-24001187]] re: delay on file.
#30 fractured to gumline, non-restorable; PA shows periapical radiolucency. Consent signed.
Lido 2% w/ 1:100k epi x 2 carp. #30 extracted, sockets irrigated, gauze. Prior ext #19 [[D|Jan 2022]].
Rx ibuprofen 600 q6h x 5 d via pill line. Copay posted to trust acct [[ACCT|T-88104522]].
Post-op check [[D|8/26]]. Declined partial denture consult.
Dr. [[N|Pham]], DDS; DA [[N|Kirsten]]. Escort C/O [[N|Kimball]].
Pt's wife [[N|Graciela]] called dental office [[PH|559-555-0145]] - referred to litigation coordinator.
""",
)

note(
    "d11-39",
    "Keisha M. Townsend",
    """
OFFSITE APPOINTMENT / TRANSPORT REQUEST
Inmate: [[N|TOWNSEND, Keisha M]]   Bk# [[ID|250114-0073]]   Housing F-2
Appt: high-risk OB, [[D|Monday 3/24]] 0900, Maternal Fetal Medicine, [[ADDR|1200 Broad Ave, Suite 310]], [[C|Albany]] GA
G4P2012 at 29w, EDD [[D|06/02/2025]]; chronic HTN on labetalol, growth scan due.
RESTRAINTS: NO abdominal restraints, NO leg irons, wrist restraints in front only (state law/policy).
Transport: Dep. [[N|Gaskins]] and Dep. [[N|Holt]] (female officer required for exam room).
MFM physician Dr. [[N|Amira Haddad]], office [[PH|229-555-0108]], fax [[FX|229-555-0109]].
Pregnancy Medicaid [[HP|511847729]] - bring card copy.
""",
)

note(
    "d11-40",
    "Ange Bahati Mukendi",
    """
DOMESTIC REFUGEE HEALTH ASSESSMENT - VISIT 1
Arrival: [[D|10/22/2024]]   Clinic MRN [[MRN|R-0058817]]   Principal applicant: [[N|Mukendi, Ange Bahati]], 34F   A-# [[ID|A-241 779 016]]   Resettlement case [[ID|UG-1187553]]
Prior residence: [[C|Nakivale]] settlement, Uganda (2016-2024). Case size 4: children [[N|Furaha]] (9), [[N|Neema]] (6), [[N|Baraka]] (3).
Overseas: albendazole + praziquantel pre-departure [[D|10/18]]. Class B TB: none.
Labs today: Hgb 10.2, eos 12% -> Strongyloides serology + O&P sent. HBsAg neg. HIV neg. Pb level on all kids.
Vaccines: MMR, Tdap, HepB series started.
Caseworker [[N|Olivier Habimana]] [[PH|716-555-0137]]. Home: [[ADDR|27 Peckham St, Upper]], [[C|Buffalo]] NY [[Z|14206]].
""",
)
note(
    "d11-41",
    'Unknown ("Pops")',
    """
outreach van log -- [[D|sat 2/8]] -- wrote up by [[N|Ky]]
camp behind the tire shop at [[ADDR|Cleveland Ave & E 24th St]], ~15 tents, 2 new since last wk

* [[N|Pops]] (real name unk, 70s?) - frostbite R 2nd-4th toes, blistered, no black yet. wrapped, wool socks, handwarmers. refused ED again. will tell [[N|Carla]] at the hospital outreach team.
* [[N|Tiny]] (300+ lb, the nickname is a joke) - BP 188/110, out of amlodipine since [[D|Christmas]]. refilled via standing order, 30 tabs.
* [[N|Little Mike]] - narcan x2 kits. says he reversed his buddy [[N|Jess]] [[D|Tues]] night w/ the last one.
* [[N|Shay]] - asked for preg test, POSITIVE, ~8 wks by dates. linked to OB van [[D|2/12]], gave prenatals.
supplies low: 4x4s, tegaderm, socks XL
""",
)

note(
    "d11-42",
    "Esperanza Lugo",
    """
FIELD TREATMENT SITE - BUILDING COLLAPSE, [[C|Ridgecrest]]
Date [[D|7/5/2019]]   Triage tag [[ID|CA-SMART-118420]]
Pt: [[N|Esperanza Lugo]], [[A|94]] y/o F, trapped ~6 h in kitchen of single-story home at [[ADDR|612 W Church Ave]] after aftershock; L leg pinned under collapsed wall.
Pre-extrication (USAR task force medic): NS 1 L, calcium gluconate 3 g, sodium bicarbonate 100 mEq; tourniquet staged not applied. K 6.4 on i-STAT.
Post-extrication: HR 112, BP 98/60, L leg tense, mottled, no DP pulse. Foley deferred.
Granddaughter [[N|Itzel]] at the scene, [[PH|760-555-0115]]; bilingual, consents for pt who is confused.
Medical team leader Dr. [[N|Obi]]. Air transport to trauma center 2140.
""",
)

note(
    "d11-43",
    "Renee Castillo-Brandt",
    """
MST COORDINATOR NOTE          [[D|11/25/2024]]
Veteran [[N|Castillo-Brandt, Renee]]   SSN [[SSN|000-41-7726]]   VBA claim [[ID|25-44710983]]
Self-referred via Vet Center in [[C|Tacoma]]. Served Army 1996-2000 (MOS 91B). Discloses MST in [[D|June 1997]] during AIT; did not report at the time. Declines to name perpetrator; not documented per her request.
Screened: PHQ-9 17, PCL-5 52, C-SSRS low risk, safety plan updated. Partner [[N|Jo]] supportive.
Warm handoff to Dr. [[N|Whitlaw]] (Women's Trauma Recovery). First appt [[D|12/9/24]].
Contact prefs: cell [[PH|253-555-0165]] - NO voicemail content; secure email [[EM|renee.cb@proton.example]].
Informed that MST-related care is free regardless of SC status.
""",
)

note(
    "d11-44",
    "Eric P. Lindqvist",
    """
LINE OF DUTY DETERMINATION - MEDICAL SECTION     LOD # [[ID|LOD-IA-2024-00417]]
Soldier: SGT [[N|LINDQVIST, ERIC P]]   DoD ID [[ID|1389045521]]   1-133 IN, State Active Duty (flood response)
Home of record: [[C|Sioux Center]], IA   Phone: [[PH|712-555-0139]]
Date of injury: [[D|06/24/2024]] ~1630, sandbagging on levee near [[C|Rock Valley]]. Slipped on wet sandbags and fell onto outstretched L arm.
Findings: anterior L shoulder dislocation, reduced in ED under sedation; post-reduction XR no fracture. Sling 2 wks.
Witness: SPC [[N|Haugen]]. Treating provider [[N|Jenna Kroeze]], PA-C.
State workers' comp claim [[ID|WC-240918]] opened. F/u ortho [[D|7/8/24]].
Injury occurred in line of duty, not due to own misconduct.
""",
)

note(
    "d11-45",
    "Dwight Amos Kettering",
    """
VETERANS CRISIS LINE - REFERRAL TO SUICIDE PREVENTION COORDINATOR
Caller: [[N|Dwight Amos Kettering]]   ICN [[ID|1012277408V661038]]
Call received [[D|Sat 03/01/2025]] 0214 from [[PH|(541) 555-0193]]. Caller in his truck (OR plate [[VEH|224 HDK]]) in a lot at [[ADDR|2255 NW Division St]], [[C|Bend]]; intoxicated, handgun in glove box, stated plan.
Emergency dispatch initiated with caller's knowledge; deputies on scene 0241, firearm secured, transported for eval.
Responder: [[N|Marcy]] (responder ID [[ID|R-2281]]).
SPC [[N|Tomas Lindgren]] to contact Veteran/facility by [[D|Monday]]; flag review requested. Prior VCL contact none.
""",
)

note(
    "d11-46",
    "Simon Abernathy-Kohl",
    """
COMPETENCY TO STAND TRIAL EVALUATION - county jail
Defendant: [[N|ABERNATHY-KOHL, Simon]]   Booking [[ID|24-99071]]   Case No. [[ID|CR-2024-118834]]
Court: Superior Court, Dept 17, Hon. [[N|Lucinda Ferro]]. Defense: [[N|Pradeep Iyer]], deputy public defender ([[EM|piyer@pubdef.example.gov]]).
Interviews: [[D|12/2/24]] and [[D|12/5/24]], jail interview room B, 2.5 h total. Records: jail MH chart, prior state hospital admission in 2019.
MSE: disorganized, thought blocking, believes the judge is "a satellite." Could not name charges or role of his attorney. Olanzapine started in custody [[D|11/20]], partial adherence.
Opinion: not presently competent; substantial probability of restoration within statutory period with involuntary medication.
[[N|Harriet Mbatha]], PhD, licensed psychologist [[LIC|PSY 28117]]
""",
)

note(
    "d11-47",
    "Rodney Earl Faircloth",
    """
MEDICAL EXAMINER INVESTIGATOR REPORT - IN-CUSTODY DEATH
ME case [[ID|2025-00713]]   Decedent: [[N|FAIRCLOTH, Rodney Earl]]   DOB [[D|04/03/1971]]
Booked [[D|2/24]] on a warrant; intake screen: daily heroin/fentanyl, COWS started.
Last vitals [[D|2/25]] 2200 charted by LPN [[N|Sorensen]] (COWS 11).
Found unresponsive in cell 9, D-pod at 0342 on [[D|02/26/2025]] on 30-min check by CO [[N|Vang]]. CPR by officers; AED (ZOLL AED Plus, serial [[DEV|X17F204455]]) - no shock advised. Naloxone 4 mg IN x2. Pronounced 0411 by EMS Lt. [[N|Harlan]].
Scene: vomitus on mattress, no ligature, no contraband located.
NOK: sister [[N|Gloria Faircloth-Moss]], [[PH|919-555-0127]], notified 0730.
Investigator [[N|D. Kwarteng]]
""",
)

note(
    "d11-48",
    "Marisol Ayala",
    """
FAMILY SHELTER - MEDICATION LOCKER LOG (floor 3)
[[D|06/02]] 1900  [[N|AYALA, Marisol]] (rm 314) - Humalog KwikPen x3, lot 4KJ22L, fridge shelf 2 - in: [[N|ddominguez]]
[[D|06/02]] 1905  [[N|AYALA]] child [[N|Sofi]] (4) - amoxicillin susp 250/5, fridge - in: [[N|ddominguez]]
[[D|06/03]] 0700  [[N|BAPTISTE, Jean-Robert]] (rm 302) - methadone take-homes x6, lockbox 7 - witnessed [[N|ddominguez]]/[[N|kfrey]]
[[D|06/04]] 0815  [[N|Jean-Robert]] dose 1 of 6 signed out - [[N|kfrey]]
Note: methadone clinic counselor Mr. [[N|Lev Abramov]] called re: bottle count, all 6 present at check-in. Clinic pharmacy [[PH|718-555-0181]].
""",
)

note(
    "d11-49",
    "Beverly Ann Toliver",
    """
HEAT RELIEF - COOLING CENTER NURSING NOTE        [[D|July 11, 2024]]  (high 116 F)
Pt: [[N|Beverly Ann Toliver]], 67F, unsheltered, HMIS [[ID|HMIS-901122]]. Outreach found her in her parked car, AZ plate [[VEH|CBX4471]], windows up, at [[ADDR|4200 N 19th Ave]], [[C|Phoenix]] [[Z|85015]].
Arrival 1420: confused, skin hot/dry, T 104.2 F oral, HR 124, BP 92/58, BG 141.
Cold-water immersion in body bag method started, ice packs to groin/axillae; 911 called. T 101.8 at EMS arrival 1441.
Friend "[[N|Birdie]]" is keeping her dog.
Caseworker [[N|Luis Ocampo]] [[PH|602-555-0183]] notified of transport.
RN [[N|A. Kowal]]
""",
)

note(
    "d11-50",
    "Dale W. Krueger",
    """
CONTROLLED SUBSTANCE PRESCRIPTION - DOC CENTRAL PHARMACY
Prescriber: [[N|Olumide Adebayo]], MD   DEA [[LIC|FA4419273]]   State license [[LIC|036.118204]]   NPI [[ID|1093847261]]
Patient: [[N|KRUEGER, Dale W]]   DOC# [[ID|00772109]]   DOB [[D|10/30/1979]]
Rx: buprenorphine/naloxone 8 mg/2 mg SL film, 1 film daily, #28, 0 refills. Start [[D|9/16/2024]].
Dx: OUD, severe, in early remission in a controlled environment. Administer by DOT at pill line; mouth check x 10 min; film may not be cut.
Prior community prescriber: Dr. [[N|Liang]] (records received).
Verified by [[N|Sunita Rao]], RPh, license [[LIC|RPH-0338812]]. Copy faxed to unit HSU [[FX|815-555-0114]].
""",
)

note(
    "d11-51",
    "Kamalei Kahananui",
    """
PEDIATRIC WELL-CHILD VISIT - 4 YR   [[D|01/07/2025]]
Pt: [[N|Kamalei Kahananui]], 4 y/o F   FMP/SSN 20/xxx-xx-[[SSN|3381]]   DoD benefits # [[ID|118274665102]]   TRICARE Prime
Sponsor: PO2 [[N|Keoni Kahananui]], USN - deployed ([[D|Aug 2024]] to [[D|Mar 2025]]); mom [[N|Leilani]] present.
Housing: [[ADDR|4410 Halawa Dr]], [[C|Pearl City]] HI [[Z|96782]]; cell [[PH|808-555-0151]].
Growth: wt 50th %ile, ht 60th. Vision 20/30 OU. Hearing pass.
Development: ~50% intelligible speech, 2-3 word phrases - concern for expressive delay. Referred to speech and EFMP screening.
Vaccines: DTaP #5, IPV #4, MMRV #2, flu. Tolerated well.
Mom coping with deployment; Fleet and Family Support info given.
""",
)

note(
    "d11-52",
    "Nairi Hovsepian",
    """
EVACUATION CENTER CLINIC - [[D|January 9]]
Pt: [[N|Hovsepian, Nairi]], 58F. Evacuated from [[C|Altadena]] ([[ADDR|1905 Mariposa St]], [[Z|91001]]) - home reported lost.
Asthma flare from smoke: PEF 220 (best 400), diffuse wheeze, SpO2 94%. Albuterol/ipratropium neb x3 -> PEF 310. Prednisone 40 mg x 5 d.
OSA - CPAP left behind: ResMed AirSense 10, s/n [[DEV|23172489551]]. Replacement order placed with DME: [[URL|https://orders.dme-portal.example/rx/NH58812?member=000014472219]].
Insurance member ID [[HP|000014472219]].
Husband [[N|Vartan]] with her; staying at a relative's in [[C|Glendale]].
Pt email for updates: [[EM|nairi.hov@example.com]]
Seen by [[N|Joaquín Serrat]], DO
""",
)

note(
    "d11-53",
    "Odile LeJeune",
    """
FACILITY EVACUATION ROSTER - Bayou Oaks Nursing & Rehab (Hurricane Laura)
Bus 2 of 4   Departed [[D|08/26/2020]] 0540   Bus captain: [[N|Charmaine Fontenot]], CNA   cell [[PH|337-555-0135]]
SEAT  RESIDENT                    AGE   NEEDS                              WRISTBAND
1     [[N|LEJEUNE, Odile]]            [[A|96]]    O2 2 L via cyl, DNR                [[ID|BO-2041]]
2     [[N|GUIDRY, Paul]] ("[[N|Ti-Paul]]")   [[A|90]]    wanders, hearing aids in bag        [[ID|BO-2042]]
3     [[N|BROUSSARD, Eula Mae]]       [[A|101]]   wheelchair, G-tube, MAR in envelope [[ID|BO-2043]]
4     [[N|NGUYEN, Thi Lan]]           88    dementia, Vietnamese only          [[ID|BO-2044]]
Receiving site: sister facility in [[C|Alexandria]]. Face sheets (Medicare #s), MARs, DNRs in red bag under seat 1.
""",
)

note(
    "d11-54",
    "Sebastian Iturbe",
    """
SKI PATROL - AVALANCHE INCIDENT FIRST AID REPORT
Date [[D|02/02/2025]]   Patroller: [[N|Wes Tuttle]] (NSP # [[ID|44173]])
Pt: [[N|Sebastián Iturbe]], 31M, of [[C|Boulder]]. Backcountry skier caught in slide off resort boundary, buried 1.2 m, head-down.
Located by companion [[N|Hanne Solvik]] via transceiver; pt's beacon BCA Tracker3 s/n [[DEV|T3-1804472]]. Extricated ~9 min; airway clear of snow.
Initial: GCS 14, HR 128, SpO2 88% -> 96% on NRB. L knee pain, swelling. No C-spine tenderness.
Snowmobile toboggan to base, care to county paramedics 1305.
Season pass # [[ID|VL-887120443]]; emergency contact [[PH|303-555-0175]]; waiver email [[EM|s.iturbe@example.com]].
Vehicle left at trailhead lot: CO plate [[VEH|BQZ-R41]].
""",
)

note(
    "d11-55",
    "Reza Mahmoudi",
    """
HUNGER STRIKE MONITORING - DAY 9     [[D|10/21/2024]]
Inmate: [[N|MAHMOUDI, Reza]]   Reg. No. [[ID|48817-509]]   SHU
Declared hunger strike [[D|10/12]] protesting transfer. Accepting water and tea; refusing meals and Ensure.
Weight 68.1 kg (76.4 kg on [[D|9/30]]; -10.9%). BP 102/64 standing, orthostatic +. Na 134, K 3.4, BUN 28, ketones 3+.
Thiamine 100 mg offered - accepted. Refeeding risk and consent reviewed via phone interpreter [[N|Shirin Tehrani]] (Farsi); pt competent, declines involuntary measures.
Clinical director Dr. [[N|Ellsworth]] and warden notified. Attorney [[N|Maya Goldfarb]] called [[PH|202-555-0161]]; legal call log [[ID|LM-2024-3317]].
[[N|P. Okonjo]], MLP
""",
)

note(
    "d11-56",
    "Yeimy Carolina Lopez Chavez",
    """
CBP MEDICAL ENCOUNTER - contract medical unit
Subject: [[N|LÓPEZ CHÁVEZ, Yeimy Carolina]], 16F, UAC   Event # [[ID|RGV2505000412]]   FINS [[ID|1228844170]]
Apprehended [[D|05/03/2025]] 0310 near [[C|Hidalgo]], TX; CBP Form 2500 screening positive (fever).
S: sore throat 2 d, subjective fever, traveling with cousin [[N|Dayana]] (also in custody).
O: T 39.1 C, exudative tonsils, tender anterior nodes. Rapid strep POSITIVE. Pregnancy test neg.
A/P: amoxicillin 500 mg BID x 10 d, acetaminophen. Isolate from group until 12 h on abx.
Mother in [[C|Houston]]: [[N|Marleny Chávez]], [[PH|832-555-0103]] - passed to ORR referral, placed [[D|5/4]].
[[N|R. Guerra]], PA-C
""",
)

note(
    "d11-57",
    "Lamar Pettigrew",
    """
VA VIDEO CONNECT - TELE-MENTAL HEALTH
Veteran: [[N|Pettigrew, Lamar]]   Appt [[D|Thu 02/20/2025]] 1300 CT
Link sent: [[URL|https://care.va.example/vvc-app/?name=Pettigrew&join=1&conference=VVC8814720@care.va.example]]
Connected from his truck at the carrier yard (IP [[IP|198.51.100.73]]); asked to stay parked. Emergency location confirmed: [[ADDR|3809 Shelby Dr]], [[C|Memphis]] TN [[Z|38118]]; callback [[PH|901-555-0188]].
Worried about DOT medical card / CDL ([[LIC|118829471]]) if he discloses meds - reviewed that sertraline is not disqualifying.
PHQ-9 11 (from 16), C-SSRS negative. Sertraline 100 -> 150 mg.
Next VVC [[D|3/20]].
[[N|Ingrid Solheim]], PMHNP
""",
)

note(
    "d11-58",
    "Xavier Hensley",
    """
TCCC CARD (DD 1380) - TRANSCRIBED AT ROLE 2
BATTLE ROSTER #: [[ID|HX4417]]   NAME: [[N|HENSLEY, XAVIER]]   SSN [[SSN|000-55-4417]]   DoD ID [[ID|1674402981]]
DATE: [[D|17 AUG 2024]]   TIME: 1422   UNIT: 3-7 CAV   EVAC: URGENT   ALLERGIES: NKDA
MECHANISM: IED. INJURY: R leg traumatic BKA, shrapnel L forearm.
TQ R thigh 1418. Hemostatic gauze L forearm. TXA 2 g IV. LTOWB 1 u. Fentanyl OTFC 800 mcg. Ertapenem 1 g.
AVPU: A. Pulse 128 radial.
First responder: SPC [[N|Okoro]] (CLS). Medic: SGT [[N|Briggs-Hale]]. MEDEVAC call sign DUSTOFF 24.
Role 2 surgeon MAJ [[N|Delgado]]: DCS, to Role 3 then LRMC est. [[D|19 AUG]]. Wife [[N|Brenna]] to be notified via rear detachment.
""",
)

note(
    "d11-59",
    "Carmen Iris Rivera Colon",
    """
DMAT FIELD TREATMENT SITE - PATIENT ENCOUNTER
Fecha/Date: [[D|04/10/2017]] (dd/mm/yyyy per local staff)
Paciente: Sra. [[N|Carmen Iris Rivera Colón]], [[A|90]] años/y
Municipio [[C|Utuado]], barrio [[C|Caonillas]]. No power since [[D|20 de septiembre]]; home O2 concentrator useless without generator; oxygen tanks ran out 2 days ago.
Brought by son [[N|Wilfredo]] in his pickup (tablilla [[VEH|HKL-482]]) over washed-out road.
SpO2 84% RA -> 93% on 4 L. Crackles bibasilar, LE edema 2+. Likely CHF exacerbation + COPD.
Plan: furosemide IV, O2, air transport to tertiary center. MMM member [[HP|MMM-77418820]].
Interpreter Sra. [[N|Nilsa Ortiz]]; family tel [[PH|787-555-0121]].
DMAT physician Dr. [[N|Kathryn Lisowski]]
""",
)

note(
    "d11-60",
    "Shane P. McAllister",
    """
VETERANS JUSTICE OUTREACH - JAIL VISIT
Veteran: [[N|McALLISTER, Shane P.]]   Booking [[ID|B2503311]]   DoD ID (VADIR verified) [[ID|1298470013]]   VA claim file [[ID|C-29 118 447]]
Seen [[D|Friday 3/21/25]], attorney room 2.
Charges: DUI (3rd), resisting; arraigned [[D|3/18]]. USMC 2004-2012, OIF x2 incl. [[C|Fallujah]]. SC 70% PTSD; stopped meds 6 mo ago.
Screened for Veterans Treatment Court - appears eligible; needs DA consent. Public defender [[N|Keith Arroyo]] [[PH|(480) 555-0157]] agrees to refer.
Wife [[N|Dana]] will attend next court date [[D|April 4]].
Plan: MH intake at VAMC upon release; residential SUD bed hold requested.
[[N|Lorena Baptiste]], LCSW, VJO Specialist
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
