#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind15.jsonl.

Blind set 15: geriatric, long-term and end-of-life care and behavioural
health.  Nursing-home and assisted-living progress notes, MDS and OASIS
excerpts, hospice admissions, death visits and on-call logs, palliative and
POLST / MOLST discussions, health care proxies, capacity and guardianship
evaluations, adult protective services reports, psychiatric intakes and
emergency holds, commitment hearings, methadone and buprenorphine clinic
notes, VA and military health notes (service numbers, claim numbers, unit
names), jail and prison health notes, group-therapy notes naming other
members, and dictated notes with speech-recognition errors and spoken
numbers.  Ages over 89 are frequent and written many ways (also in tables).

Annotation conventions (HIPAA Safe Harbor):
* NAME: patients, relatives, friends, caregivers, other residents and group
  members, staff, officers, attorneys and judges, nicknames, lower-case and
  all-caps names, log-in names and handles.  Titles (Dr., Mr., Fr., Rev.,
  Doña ...) and credentials stay outside the span, as does the "@" of a
  handle.  Kinship words ("Nana", "Abuela", "Ba Noi") and pets are not names.
* DATE: every date element more specific than a year, including a month,
  weekday or holiday used as the date of an event, and spoken dates.  Bare
  years, times, durations and recurring schedules are not marked.
* AGE: ages over 89 only (the number or spoken number alone).
* PHONE / FAX: the whole number (an extension inside the span), also spoken.
* SSN, MRN, HEALTH_PLAN (Medicare MBI, Medicaid, plan member numbers),
  ACCOUNT, LICENSE (driver's licences, professional licences, bar numbers,
  DEA numbers), DEVICE (serial numbers), VEHICLE (plates, VINs), EMAIL, URL,
  IP; other identifying numbers (NPI, docket, booking, inmate, badge,
  service, claim, case, certificate and registry numbers) are ID.
* ADDRESS: street address with unit, PO box, rural route; CITY: cities,
  towns, neighbourhoods, boroughs, foreign cities; ZIP: ZIP codes.  States,
  countries and counties are not marked.
* Not marked: facilities, agencies and companies (a town inside one goes in
  ``allow``), eponyms, room and bed numbers, drugs, device models, scores,
  lab values, fractions and dose strengths shaped like dates, times.

Stdlib only.  Run: python bench/data/make_deid_blind15.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind15.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b15-01",
    "Stanislawa Wojcik",
    """
CEDAR KNOLL HEALTH & REHAB - NURSING PROGRESS NOTE
Resident: [[N|WOJCIK, Stanislawa T]]   Rm 214-B   MRN# [[MRN|CK-0048817]]
DOB [[D|02/11/1931]]  Age: [[A|93]]   Attending: hospitalist
Date of service: [[D|3/14/24]] 0700-1500

Res alert, oriented x1 (self). BIMS 6/15. Ate 50% bkfst, 3/4 of lunch, refused 1/2 tab senna - crushed in applesauce per order. BP 138/72 HR 64 SpO2 94% RA. Foley d/c'd [[D|3/12]], voiding in brief. Braden 13, turned q2h, heels floated.
Dtr [[N|Bernadette]] called from [[C|Scranton]] at 1030 asking about podiatry appt - told [[D|Thursday]]. Her # on file ([[PH|570-555-0162]]) is wrong per her; new cell [[PH|(570) 555-0178]], face sheet updated. Grandson "[[N|Stosh]]" visits Sundays.
Medicare MBI [[HP|4TE8-QX2-MK71]].
-- [[N|L. Okonkwo]], LPN
""",
)

note(
    "b15-02",
    "Marguerite Boudreaux",
    """
MDS 3.0 QUARTERLY ASSESSMENT   ARD [[D|04/02/2024]]
A0500  Resident name: [[N|BOUDREAUX, MARGUERITE A]]
A0600A SSN: [[SSN|438-55-0917]]
A0600B Medicare #: [[HP|7QK2-WN4-RT83]]
A0700  Medicaid #: [[HP|LA0039184726]]
A0900  Birth date: [[D|1928-09-30]]   (age [[A|95]])
A1300A Medical record #: [[MRN|000731552]]
A1300B Room 112 / bed 2
C0500  BIMS summary score: 04
D0300  PHQ-9 OV: 03
G0110  Bed mobility 3/3, transfers 4/3 (Hoyer lift), locomotion 8/8
J1800  Falls since prior assessment: 0
Q0400  Return to community: resident wishes to remain. Son [[N|Remy]] ([[C|Houma]], [[PH|985.555.0131]]) is POA; nephew [[N|T-Boy]] visits.
Z0400  Coordinator: [[N|tthibodeaux]] RN, signed [[D|4/3/24]] 16:42
""",
)

note(
    "b15-03",
    "Ezekiel Marchetti",
    """
HOSPICE ADMISSION - Sunrise Valley Hospice
Pt: [[N|Ezekiel]] "[[N|Zeke]]" [[N|Marchetti]], [[A|91]] y/o M, end-stage CHF (EF 15%), CKD 4. PPS 30%. Admitted [[D|May 6, 2024]] at home: [[ADDR|418 Quarry Hill Rd]], [[C|Barre]], VT [[Z|05641]].
Election of hospice benefit signed by pt. Medicare ID [[HP|2HJ5-XT9-PV60]].
Primary caregiver: wife [[N|Dolores]] ([[A|90]]), herself frail. Neighbor [[N|Buck Larrabee]] checks in daily, cell [[PH|802-555-0119]].
DNR / POLST on fridge, completed [[D|2/2/23]]. Comfort kit delivered: morphine 20 mg/mL, lorazepam 0.5 mg, haloperidol 0.5 mg, atropine 1% gtts.
After-hours line [[PH|1-800-555-0107]].
Hospice MD: Dr [[N|Vasquez-Ruiz]], NPI [[ID|1730268894]].
""",
)

note(
    "b15-04",
    "Hollis Brooks",
    """
palliative care consult dictated by doctor [[N|Amara Nwosu]] date of service [[D|may seventh twenty twenty four]] patient is mister [[N|Hollis Brooks]] medical record number [[MRN|seven seven four oh two one nine]] a [[A|ninety two]] year old gentleman with metastatic prostate cancer to bone admitted from [[C|Gallup]] new mexico comma he lives with his granddaughter [[N|Summer]] who is at bedside period family meeting held with [[N|Summer]] and his son [[N|Darnell]] on the phone from [[C|Tacoma]] number is [[PH|two five three five five five oh one four six]] period goals are comfort focused he does not want to go back to the I see you period code status changed to DNR DNI MOLST signed witnessed by chaplain father [[N|Ignatius]] pain controlled on high dro morphone P C A new paragraph plan continue methadone five milligrams B I D for bone pain and refer to hospice of the red rocks
""",
)

note(
    "b15-05",
    "Ilse Vandermeer",
    """
MOLST / goals-of-care visit - Geriatrics clinic
Pt: [[N|Ilse Vandermeer]], F, [[A|96]]. Accompanied by niece [[N|Hope Kasprzak]] (HCP) and aide [[N|Marisol]] from Comfort Keepers.
Reviewed sections A-D. Pt clear: "no machines, no tubes, I've had a good long run." A: DNR. B: selective treatment, no intubation, OK for abx and IV fluids. C: no artificial nutrition.
Capacity for this decision intact - explains choices, consistent with her 2019 living will. MoCA 22/30.
Form signed [[D|10-22-24]]; copy to [[N|Hope]], original pink form to home at [[ADDR|77 Linden St Apt 3]], [[C|Northampton]] MA [[Z|01060]]. Registry conf # [[ID|MOLST-5531097]].
Billed 99497 + 99498 (ACP 38 min). F/u in [[D|Jan]]. Niece cell [[PH|413 555 0155]].
[[N|R. Feingold]], MD
""",
)

note(
    "b15-06",
    "Theodore Pruitt",
    """
CAPACITY EVALUATION - for Probate & Family Court
Re: [[N|Theodore Ambrose Pruitt]]     Docket No. [[ID|HS24P0612GD]]
DOB [[D|8/19/1932]] ([[A|91]]).  Evaluated [[D|June 3rd, 2024]] at Whitcomb Manor, room 9.
Referred by petitioner [[N|Lorraine Pruitt-Haskins]] (daughter, [[C|Worcester]]) through atty [[N|Gideon Falk]], BBO# [[LIC|558214]].
Findings: disoriented to date and place, MoCA 11/30; cannot describe assets (believes he still owns the dairy farm in [[C|Sturbridge]], sold 2011). Unable to weigh risks of leaving facility. Prior exploitation concern: son "[[N|Teddy Jr]]" cashed checks drawn on acct [[ACCT|0447-219983]] per bank.
Opinion: lacks capacity for medical and financial decisions; limited guardianship and conservatorship recommended.
[[N|Priya Raghunathan]], PhD, Lic. Psychologist #[[LIC|PSY-9127]]
""",
)

note(
    "b15-07",
    "Ruby Lee Tatum",
    """
ADULT PROTECTIVE SERVICES - REPORT OF SUSPECTED ABUSE (mandated reporter)
Intake #: [[ID|APS-24-118406]]   Reported [[D|11/08/2024]] 14:20 by [[N|Yesenia Ortiz]], MSW, [[PH|(505) 555-0124 ext 3]]
Alleged victim: [[N|Ruby Lee Tatum]], [[A|90]]yo F, [[ADDR|2210 Arroyo Seco Ln]], [[C|Las Cruces]] NM [[Z|88011]]
Alleged perpetrator: grandson [[N|Cody Tatum]], 34, lives in home; drives pt's 2016 Buick, NM plate [[VEH|BRT-447]].
Concerns: bruising both forearms in various stages; pt states "[[N|Cody]] gets mad when I ask for my money." SS check direct-deposited to acct ending [[ACCT|7731]]; balance near zero. Missed cardiology x3. Pt fearful, declined photos.
Safety: pt to stay with a church friend tonight.
Law enforcement notified, police report [[ID|24-0091377]].
""",
)

note(
    "b15-08",
    "Jordan Whitfield-Amari",
    """
Psychiatric Intake - Outpatient Behavioral Health
Name: [[N|Jordan Whitfield-Amari]]   Pronouns they/them   MRN [[MRN|88-310-442]]
Referred by PCP Dr [[N|Okafor]] after PHQ-9 of 21 on [[D|9/4]].
HPI: 27 yo grad student, worsening depression since breakup in [[D|March]]; passive SI, no plan or intent. Sleeping 3-4 h. Stopped sertraline 100 mg in [[D|August]].
Hx: inpatient at McLean x1 (2019). EtOH 4-5 drinks/wknd, cannabis vape daily.
Social: lives with partner [[N|Rain]] in [[C|Jamaica Plain]]; mom [[N|Adaeze]] in [[C|Houston]] supportive; best friend "[[N|Moss]]".
Safety plan completed; 988 and crisis team [[PH|617-555-0190]]. No firearms in home.
Dx MDD, recurrent, severe w/o psychotic features (F33.2). Plan: restart sertraline 50 -> 100, CBT with [[N|Greta]], LICSW.
Portal email [[EM|jwhitamari@fastmail.example]]
""",
)

note(
    "b15-09",
    "DeShawn Millbrook",
    """
ED PSYCH - 72-HR HOLD (WIC 5150) SUMMARY
Pt: [[N|DeShawn]] "[[N|Shay]]" [[N|Millbrook]], 31M. Hold # [[ID|5150-23-00871]]
Brought by Oakland PD, Ofc [[N|T. Nakagawa]] badge #[[ID|4419]], at 0215 on [[D|12/26/23]] after found on freeway overpass stating voices told him to jump.
Hx schizoaffective d/o, bipolar type; off paliperidone palmitate since [[D|Thanksgiving]]. Last admit John George Pavilion.
Sister [[N|Keisha]] ([[PH|510-555-0183]]) says he has been sleeping in his car, CA plate [[VEH|8KJD294]], parked in [[C|Fruitvale]].
Criteria: danger to self, grave disability. Hold written by Dr. [[N|Reyes]]. Medi-Cal CIN [[HP|91774520A]].
Olanzapine 10 mg IM x1 at 0240 for agitation. UDS +amphetamine.
""",
    allow=("Oakland",),
)

note(
    "b15-10",
    "Dwayne McAllister",
    """
OTP DOSING / COUNSELING NOTE - Harbor Light Treatment Center
Client: [[N|MCALLISTER, Dwayne R.]]   Client ID [[ID|HLT-20417]]   DOB [[D|4-30-71]]
Date [[D|Mon 2/5/24]] - dose 95 mg methadone liquid, observed. Last UDS [[D|1/29]]: +methadone, +fentanyl, -benzo. COWS 2.
Reports one fentanyl use [[D|Saturday]] after funeral of friend "[[N|Boo]]" in [[C|Kensington]]. Narcan kit given.
Take-homes: remains phase 1 (Sundays only). Counselor [[N|Tamika]] to add grief session.
PA Medicaid (ACCESS) # [[HP|3390218854]]. PDMP checked; outside Rx'er Dr. [[N|Halvorsen]], DEA [[LIC|FH2239104]] (gabapentin 600 tid).
Dosed by [[N|mkowalczyk]] 0642.
""",
)

note(
    "b15-11",
    "Siobhan O'Rourke-Baptiste",
    """
Office-based addiction tx f/u (buprenorphine/naloxone) - video visit [[D|Fri 7/19]]
[[N|Siobhan O'Rourke-Baptiste]], 38F. ID verified on camera, ME DL [[LIC|7730915]].
Doing well, 14 mo in recovery. Partner [[N|Cal]] also in recovery; daughter [[N|Aoife]] (6) started camp. Working at the deli counter.
UDS [[D|7/12]]: +bup, +norbup, neg fentanyl/xylazine. PMP reviewed, no other controlled Rx.
Rx: bup/nx 8/2 mg film, 1.5 films daily, #45, 0 RF, to CVS in [[C|Brewer]]. Prescriber DEA [[LIC|MB5530871]].
Discussed taper - pt prefers to stay on current dose through the court date for custody on [[D|Aug 28]].
MaineCare ID [[HP|MC40018837]]. Call-back [[PH|207 555 0136]].
RTC 4 wks. [[N|K. Dufresne]], FNP
""",
)

note(
    "b15-12",
    "Clarence Abernathy",
    """
VA PRIMARY CARE - PACT Teal
Veteran: [[N|ABERNATHY,CLARENCE L]]    SSN: [[SSN|223-55-0471]]    Age: [[A|97]]
Service: Korea era, US Army, 2nd Infantry Div; svc no. [[ID|RA13294771]]
Encounter [[D|AUG 08, 2024]]@10:30
CC: f/u HTN, falls, hearing.
BP 152/88, recheck 146/84. Wt 61.2 kg (down 2 kg since [[D|May]]). Gait slow, uses cane. Cerumen impaction R, irrigated.
Lives with daughter [[N|Fern]] in [[C|Hagerstown]]; labs at the Cumberland VA CBOC.
Community Care consult for audiology, auth # [[ID|VA0038817264]]. Ret'd mail carrier. Dtr phone [[PH|301-555-0123]].
RTC [[D|11/22/2024]].
/es/ [[N|ANA M GARCIA-LOPEZ]]
NP, PACT
""",
)

note(
    "b15-13",
    "Earl Scruggs",
    """
VA MENTAL HEALTH - PTSD Clinical Team intake
Veteran: [[N|Earl Dean Scruggs]]   DOB [[D|01/17/1947]]   C-file [[ID|28 447 913]]
SC 50% PTSD, claim for increase pending.
Military: USMC 1966-69, 1st Bn 9th Marines, combat near [[C|Dong Ha]]; R&R in [[C|Sydney]].
Sx: nightmares 4-5x/wk, startle, avoids fireworks every 4th of July. PCL-5 61, PHQ-9 16, AUDIT-C 7.
Lives in [[C|Beckley]] WV with wife [[N|Linda]] (m. 1971). Unit buddy "[[N|Sarge]]" ([[N|Delbert Combs]]) calls weekly.
Firearms: 3 long rifles, now held by wife's brother [[N|Buford]].
Plan: CPT with Dr. [[N|Amos]]; prazosin 1 mg qhs, titrate. Vet Center counselor [[N|Ray Tolliver]] aware.
Phone [[PH|304-555-0114]].
""",
)

note(
    "b15-14",
    "Efrain Huerta-Salazar",
    """
COUNTY DETENTION CENTER - RECEIVING SCREENING
Inmate: [[N|HUERTA-SALAZAR, Efrain]]   Booking # [[ID|2024-031977]]   SO# [[ID|884120]]
DOB [[D|10/02/1989]]   TX DL [[LIC|31884027]]
Booked [[D|03/09/24]] 2347 by Dep. [[N|Kruger]] #[[ID|1172]]
Medical: heroin daily x 6 yr, last use this morning. COWS 11 at 0130 - withdrawal protocol started, MAT referral placed. Allergy PCN (hives). No meds.
Emergency contact: mother [[N|Graciela]], [[C|Pharr]] TX, [[PH|956-555-0137]].
Prior booking [[D|Aug 2022]] - same complaints. Suicide screen negative; housing gen pop with medical checks q8h.
Screened by [[N|J. Whitehorse]], LVN
""",
)

note(
    "b15-15",
    "Paloma Reyes-Whitlock",
    """
GROUP PSYCHOTHERAPY NOTE - Seeking Safety (IOP), session 7/12
Date: [[D|Wed 10/16/24]]   Facilitator: [[N|Nadia Haddad]], LCSW   Co-facilitator: [[N|Brent]] (peer)
Client: [[N|Paloma Reyes-Whitlock]]
8 members present. Topic: "Asking for help."
Client shared relapse at cousin [[N|Trini]]'s quinceanera [[D|Saturday]]; said [[N|Big Mike]] and [[N|Skye]] "called me out, but nicely." Client and [[N|Dee-Dee]] role-played refusal skills; [[N|Paloma]] able to say no x3.
Affect brighter by end. PHQ-9 14 (prior 19). Denies SI.
Plan: continue IOP 3x/wk, next group [[D|10/23]].
""",
)

note(
    "b15-16",
    "Gunnhild Sorensen",
    """
INCIDENT REPORT - Maple Terrace Assisted Living, [[C|Bozeman]]
Resident: [[N|Gunnhild]] "[[N|Gunny]]" [[N|Sorensen]]   Apt 118   Age [[A|98]]
Event: [[D|01/27/2025]] ~0340, unwitnessed fall. Found on floor beside bed by CNA [[N|Dakota]] on rounds. Alert, states she "was going to feed Pepper" (cat, died 2019).
BP 104/60 lying, 92/58 standing. Skin tear L forearm 2 x 3 cm, steri-strips. Neuro checks q15 min x4 WNL. Meds incl. tramadol 50 mg 1/2 tab hs.
Son [[N|Leif]] called 0405 at [[PH|406.555.0112]] - no answer, LVM; no callback by 0500.
PCP Dr [[N|Chen-Whitaker]] notified by fax [[FX|406-555-0113]]. Bed alarm + floor mat in place.
Reported by [[N|rlangford]] (shift lead)
""",
)

note(
    "b15-17",
    "Augustin Beaulieu",
    """
HOSPICE RN - DEATH VISIT
Pt [[N|Augustin Beaulieu]], [[A|94]], died at home [[D|2024-02-18]]; time of death 0612 per wife [[N|Pauline]]. Pronounced 0705 by RN [[N|Mercy Adjei]] (RN lic [[LIC|RN-2219847]]).
Location: [[ADDR|6 Birch Hollow Rd]], [[C|Madawaska]] ME.
No heart or breath sounds x 1 full minute, pupils fixed and dilated.
Meds destroyed with [[N|Pauline]] as witness: morphine 20 mg/mL 12 mL, lorazepam 2 mg/mL 8 mL.
Funeral home: Lajoie & Sons. Dr. [[N|Thibault]] to sign death certificate, state file no. [[ID|2024-ME-001893]].
Notified son [[N|Marc-Andre]] in [[C|Quebec City]] and Fr. [[N|Lachance]].
""",
)

note(
    "b15-18",
    "Winifred Castellanos",
    """
HEALTH CARE PROXY (scanned, transcribed to chart)
I, [[N|Winifred O. Castellanos]], of [[ADDR|15 Pleasant St, Unit 4B]], [[C|Amesbury]], MA [[Z|01913]], appoint as my Health Care Agent:
[[N|Juan Pablo Castellanos]] (son), of [[C|Haverhill]], tel [[PH|978-555-0146]]
Alternate agent: [[N|Grace Mbeki]] (friend), [[PH|978 555 0192]]
This proxy takes effect if my attending physician determines I lack capacity to make health care decisions.
Signed this [[D|fourteenth day of February]], 2023.
Witnesses: (2 signatures, illegible).
---
Chart note: pt now [[A|92]], fluctuating capacity; proxy invoked [[D|11/30/2024]] by Dr. [[N|Elwood]].
""",
)

note(
    "b15-19",
    "Chukwuemeka Okoro",
    """
C/L PSYCHIATRY - consult for agitation
Pt: [[N|Chukwuemeka Okoro]], [[A|90]] yo man, POD#2 s/p R hip ORIF after fall at home in [[C|Silver Spring]].
Overnight pulled PIV, yelling in Igbo; son [[N|Emeka]] translating. CAM-ICU positive. No prior psych hx; family notes mild forgetfulness since [[D|Christmas]].
Home meds include oxybutynin and diphenhydramine qhs (Beers list).
Rec: d/c anticholinergics, melatonin 3 mg, haloperidol 0.25 mg q6h PRN severe agitation only (QTc 448). Glasses, hearing aids, daughter [[N|Ngozi]] to stay nights.
Capacity: currently lacks capacity for surgical consent; son as surrogate.
Mr. [[N|Okoro]] seen with [[N|Emeka]] at bedside.
[[N|Farah Siddiqui]], MD   [[D|9/9/24]] 2215
""",
)

note(
    "b15-20",
    "Vernon Lutz",
    """
Memory care nursing note - [[D|Sun 4/14]]
[[N|Vernon]] "[[N|Sonny]]" [[N|Lutz]], 89 y/o, exit-seeking again. Left via courtyard gate at 1510; found by maintenance [[N|Jesse]] at the gas station on Hwy 10. Returned unharmed, VS stable.
Wears GPS pendant S/N [[DEV|SLK-40A-7718293]] - alert triggered at 1522.
Wife [[N|Arlene]] reports his truck (WI plate [[VEH|RK 4921]], VIN [[VEH|1FTRX18W1XNA60732]]) was sold so he stops asking for keys.
BIMS 5. Quetiapine NOT started per wife.
Family meeting set [[D|4/18]] with SW [[N|Tova]]; consider transfer to secured unit in [[C|Stevens Point]].
""",
)

note(
    "b15-21",
    "Leopoldina Ferraz",
    """
EP / Hospice - ICD deactivation, home visit [[D|19 Aug 2024]]
Pt [[N|Leopoldina Ferraz]], [[A|93]]F, enrolled in hospice (Medicare [[HP|6AD3-MF1-YN27]]).
Device: Medtronic Evera XT DR, model DDBB2D4, serial [[DEV|BWB448102S]]; RV lead model 5076, S/N [[DEV|PJN7781120]].
Tachy therapies disabled at pt's and daughter [[N|Conceicao]]'s request; pacing left ON (pt pacer-dependent). Interrogation: battery 6.1 yr, 2 ATP episodes in last 90 d.
Industry rep [[N|Kyle Brandt]], [[PH|612-555-0128]], present.
Social: born in [[C|Porto]], in [[C|Fall River]] since 1962; grandson [[N|Duarte]] lives with her.
Magnet left with family, instructions reviewed.
""",
)

note(
    "b15-22",
    "Agnes Mulcahy",
    """
SOCIAL WORK - long-term care Medicaid application
Resident [[N|Agnes Mulcahy]] ([[A|95]]); private pay exhausted in [[D|Oct]].
Application submitted [[D|10/29/24]], case # [[ID|MA-LTSS-3310294]].
Assets: Citizens Bank checking [[ACCT|6602-118834]]; irrevocable burial trust with Keefe Funeral Home. House at [[ADDR|41 Tuttle Rd]], [[C|Dorchester]] deeded to nephew [[N|Declan]] in 2016 (outside 5-yr look-back).
Medicare [[HP|1RW7-KP3-XE94]]; MassHealth ID pending.
Contact: niece [[N|Maureen]] "[[N|Mo]]" [[N|Fitzgibbon]] (POA), [[PH|617-555-0175]], [[EM|mo.fitz@example.net]].
Business office to hold bed during pending period.
""",
)

note(
    "b15-23",
    "Harlan Briggs",
    """
ADDICTION MEDICINE CONSULT
[[N|Harlan Briggs]], 61M, HD#2, alcohol use disorder, severe. Last drink [[D|New Year's Eve]] ~2300. CIWA-Ar 18 on arrival -> phenobarbital 10 mg/kg load. Hx withdrawal seizure [[D|Jul 2021]]; no DTs.
AUDIT 34. AST 212 / ALT 98, GGT 480, MCV 104, plt 88.
Lives in [[C|Missoula]] with brother [[N|Wendell]]; ex-wife [[N|Crystal]] has the kids. Fishing buddy [[N|Dutch]] drove him in.
Montana Medicaid # [[HP|M0048810372]].
Plan: thiamine 500 mg IV tid x3d, folate, MVI. Naltrexone once LFTs trend down, else acamprosate. Outpt referral to counselor [[N|Shane Runningwater]].
""",
)

note(
    "b15-24",
    "Kristofer Lindqvist",
    """
Residential withdrawal management - INTAKE [[D|4/1/2025]]
Name: [[N|Kristofer Lindqvist]] ("[[N|Kris]]"), 35M
Substances: methamphetamine IV daily, alcohol 12 beers/day. HCV Ab+ (2022). Last use 36 h ago.
Legal: on probation in [[C|Duluth]]; PO Ms. [[N|Amundsen]] [[PH|218-555-0104]], court file [[ID|69DU-CR-23-1442]].
Insurance: Medica member ID [[HP|MDC90041776]].
Contact email [[EM|kris.lindqvist89@example.com]]. Girlfriend [[N|Jolene]], cell [[PH|218.555.0138]]; 2 kids staying with her mother in [[C|Cloquet]].
Belongings inventoried: phone, $43, MN DL [[LIC|H441902338117]], lighter (kept at desk).
""",
)

note(
    "b15-25",
    "Rosalind Pettigrew",
    """
HCHV / HUD-VASH case management
Veteran [[N|Rosalind]] "[[N|Roz]]" [[N|Pettigrew]], 58F, USAF 1985-2005.
Currently living in her 2009 Honda CR-V, OK plate [[VEH|KLM-228]], parked at a store lot in [[C|Midwest City]].
Voucher issued [[D|2/14/24]]. Unit viewing at [[ADDR|3300 NE 23rd St #12]], [[C|Oklahoma City]] [[Z|73111]] on [[D|Friday]]; landlord Mr. [[N|Duc Tran]] [[PH|405-555-0151]].
VA claim # [[ID|C 29 118 604]]; ICN [[ID|1013374522V118830]].
Daughter [[N|Kenya]] in [[C|Tulsa]] may co-sign utilities.
""",
)

note(
    "b15-26",
    "Tobias Redcloud",
    """
DOC - HEALTH SERVICES REQUEST / SICK CALL
I/M [[N|Tobias Redcloud]]   DOC# [[ID|A-448217]]   Unit C-pod, cell 14
Request dated [[D|7-8-24]]: "my bottom tooth is killing me, ca't eat" (sic)
Seen [[D|7/10/24]] by [[N|N. Ferreira]], RN. Abscess tooth #30, facial swelling. T 100.2, BP 148/92.
Started amoxicillin 500 mg tid x7d, ibuprofen 600 mg. Dental referral, next dental day [[D|7/17]].
Asks that his sister [[N|Winona]] be notified ([[PH|605-555-0133]]) - explained ROI needed.
PTSD on sertraline 100 mg daily; MH provider Dr. [[N|Halvorsen-Pike]] aware.
Transferred from the [[C|Rapid City]] jail in [[D|Jan 2023]].
""",
)

note(
    "b15-27",
    "Hazel Abernathy-Quinn",
    """
GRIEF & LOSS GROUP (older adults) - session note for [[N|Hazel Abernathy-Quinn]]
Date [[D|Tues 3/19]]. Leader: Rev. [[N|Calloway]]. 6 present.
[[N|Hazel]] ([[A|91]]) spoke about husband [[N|Otis]] (d. [[D|Dec 2023]]), tearful but engaged. [[N|Pearl]] ([[A|94]]) shared that she still sets two plates at supper. Mr. [[N|Fontaine]] quiet, left early.
[[N|Hazel]] offered to ride the senior shuttle with [[N|Pearl]] to the cemetery in [[C|Kenner]].
GDS-15: 6. No SI.
Next session [[D|3/26]].
""",
)

note(
    "b15-28",
    "Eleanor Whitlock",
    """
this is doctor [[N|Pham]] dictating an admission H and P on [[N|Eleanor Whitlock]] medical record [[MRN|four four seven one nine two two]] she is a [[A|ninety six]] year old woman admitted to brookhaven nursing and rehab from mercy hospital in [[C|Cedar Rapids]] after a fall with pubic rami fracture period she lives alone in [[C|Marion]] at [[ADDR|seven twelve oak ridge drive]] her daughter [[N|Patty]] is the contact at [[PH|three one nine five five five oh one six seven]] past medical history atrial fibrillation on ellie quits five milligrams twice a day hypo thyroid hypertension macular degeneration allergies sulfa which gave her hives new paragraph exam blood pressure one thirty two over seventy pulse irregular plan PT OT weight bearing as tolerated code status DNR confirmed with [[N|Patty]] end of dictation
""",
)

note(
    "b15-29",
    "Lincoln Oyelaran",
    """
Psych med management f/u   [[D|06/12/2024]]
[[N|Lincoln Oyelaran]], 44M, bipolar I, MRN [[MRN|E2207741]]. Li level 0.8 ([[D|6/5]]), TSH 3.1, Cr 1.0.
Mood euthymic, sleep 7 h. Back at work at his uncle [[N|Femi]]'s auto shop in [[C|Lincoln]], NE. Wife [[N|Temperance]] ("[[N|Tempie]]") agrees no mood sx since spring.
Rx: lithium carbonate ER 450 mg bid, quetiapine 50 mg qhs. Refills sent to Hy-Vee.
Work email on file [[EM|l.oyelaran@oyeautoworks.example]]; cell [[PH|402-555-0186]].
RTC 3 mo.
Dr. [[N|M. Castellano-Reyes]]
""",
)

note(
    "b15-30",
    "Beatrix Holloway",
    """
TELEPSYCHIATRY - rural nursing facility consult   [[D|08/14/24]]
Pt [[N|Beatrix Holloway]], [[A|99]] y/o F, Prairie Rose Manor, [[C|Valentine]] NE.
Session via [[URL|https://vc.plainshealth.example/room/ph-7781]], facility endpoint IP [[IP|198.51.100.47]]. Facility nurse [[N|Shawna]] present.
Referral: new paranoia, accuses roommate [[N|Opal]] of stealing her rings. MMSE 17/30 (24/30 a year ago). UA [[D|8/2]] neg. Vision: bilateral cataracts.
Plan: no antipsychotic; sensory aids, consistent routine, rings to family. Re-eval in [[D|September]].
Guardian: grandson [[N|Clement Holloway]] in [[C|Omaha]], [[PH|402-555-0115]].
""",
)

note(
    "b15-31",
    "Mildred Fairweather",
    """
SW note - concern for financial exploitation   [[D|1/7/25]]
Client [[N|Mildred Fairweather]] ([[A|93]]) reports a "new friend" [[N|Brandon]] she met online (FB handle @[[N|brandon.k.wealth]]) talked her into buying $4,000 in gift cards "to release his inheritance."
Liberty Savings froze outgoing transfers on acct [[ACCT|00038-774291]] [[D|1/6/25]].
Pt alert, oriented x3, SLUMS 21/30; embarrassed, agrees to let us call son [[N|Russell]] in [[C|Twin Falls]] ([[PH|208-555-0159]]).
Lives alone at [[ADDR|980 W Hays St Apt 7]], [[C|Boise]].
APS referral [[ID|ID-APS-2025-00417]]; FTC report filed.
Plan: f/u home visit next wk with APS worker.
""",
)

note(
    "b15-32",
    "Isidro Mondragon",
    """
SPIRITUAL CARE - hospice visit on [[D|Good Friday]]
Pt [[N|Isidro Mondragon]], [[A|97]], devout Catholic, asked for Anointing of the Sick; Fr. [[N|Tomasz]] from the parish came at 1600. Family sang "Pescador de Hombres."
Daughter [[N|Esperanza]] and granddaughter [[N|Milagros]] at bedside. Pt born in [[C|Chihuahua]], came to [[C|El Paso]] 1949, worked 40 yrs for the railroad.
Home: [[ADDR|1419 Calle Soledad]], [[C|Socorro]] TX [[Z|79927]].
Pt's wish: to die at home, rosary of his late wife [[N|Refugio]] in his hand.
Plan: visit [[D|Easter Sunday]]; bereavement risk for [[N|Esperanza]] moderate.
""",
)

note(
    "b15-33",
    "Ferdinand Ostrowski",
    """
BEREAVEMENT - 3-month follow-up call
Decedent: [[N|Ferdinand Ostrowski]], d. [[D|5/2/24]] at age [[A|95]]
Survivor: wife [[N|Halina]], [[A|92]]
Called [[PH|773-555-0108]] on [[D|8/5/24]]; spoke with [[N|Halina]] and granddaughter [[N|Kasia]]. Lives in [[C|Avondale]] ([[C|Chicago]]) in the same 2-flat 61 years.
Sleep poor, appetite fair, goes to 7 am Mass daily. Misses cooking for "[[N|Ferdek]]."
Bereavement risk: moderate. Referred to Polish-language grief group at the parish hall. Next contact in [[D|November]] (6-month).
""",
)

note(
    "b15-34",
    "Mae Ostrander",
    """
3 WEST (SKILLED) - NIGHT SHIFT HANDOFF   [[D|12/02/24]]
Rm   | Resident            | Age | Code          | Notes
301A | [[N|Ostrander, Mae]]      | [[A|102]] | DNR/DNI       | hospice, PPS 20%
301B | [[N|Ybarra, Consuelo]]    | 88  | Full          | UTI, cipro day 3/7
302  | [[N|Lindgren, Walt]]      | [[A|91]]  | DNR           | new WanderGuard
304A | [[N|Tsosie, Louise]]      | [[A|90]]  | DNR           | NPO after MN for EGD
304B | [[N|Baptiste, Celestine]] | [[A|96]]  | POLST comfort | bruise check L arm
305  | [[N|Klein, Herschel]]     | 79  | Full          | CBG q6h
306  | [[N|Hope, Dorothy]]       | [[A|93]]  | DNR           | PI stg 3 sacrum
307  | [[N|Amaral, Joaquim]]     | [[A|97]]  | DNR           | family at 0900
Charge: [[N|Ruthanne]] RN -> [[N|Kwabena]] RN
""",
)

note(
    "b15-35",
    "Prudence Abernethy",
    """
eMAR EXCEPTIONS - Willow Bend Assisted Living   [[D|Tue 6/4/24]]
0800 [[N|Prudence Abernethy]] ([[A|92]]) refused donepezil "not my pill"; re-approached 0830 by [[N|Jazmyn]], took with pudding.
0800 [[N|Alvin Goldfarb]] ([[A|97]]) metoprolol held, HR 52. NP [[N|Oyelowo]] notified [[PH|651-555-0116]].
1200 [[N|Rosario Ibarra]] (89) insulin lispro 4 u per sliding scale, FSBG 212.
1700 [[N|Hilde Brandauer]] (age [[A|103]]) warfarin 2.5 mg, INR [[D|6/3]] = 2.4.
2000 pharmacy faxed [[FX|651-555-0117]] re: missing apixaban for [[N|Goldfarb]].
Signed: [[N|jmwangi]] (med tech)
""",
)

note(
    "b15-36",
    "Cordelia Fenwick",
    """
GUARDIAN AD LITEM REPORT - In re Guardianship of [[N|Cordelia Fenwick]]
Circuit Court case no. [[ID|24PR01877]]
Respondent, age [[A|94]], visited [[D|May 20]] at her home in [[C|Gresham]]. Appeared well groomed; could not name the year or her medications.
Proposed guardian: nephew [[N|Ambrose Fenwick]] of [[C|Salem]]. Objection filed by live-in caregiver [[N|Sunny Lachapelle]], who states respondent promised her the house.
Physician statement from Dr. [[N|Oduya]] ([[D|4/30/24]]): moderate Alzheimer dementia, FAST 5.
Recommendation: appoint nephew with limited powers; caregiver's access to accounts to be reviewed.
Submitted by [[N|Patience Mwangi]], GAL, OSB #[[LIC|114782]]
""",
)

note(
    "b15-37",
    "Reginald Ashby-Cole",
    """
PT Daily Note   [[D|02/05/25]]
Pt: [[N|Reginald Ashby-Cole]], [[A|90]] y.o. M, s/p R hip hemiarthroplasty. Medicare A day 12/100.
Gait 40 ft with RW, min A x1; Tinetti 11/28; TUG 34 s. Stairs deferred.
Daughter [[N|Sherry]] observed and trained on car transfers for d/c home to [[C|Sandy Springs]] on [[D|Feb 14]].
DME: RW (Drive 10210-1), 3-in-1 commode.
Plan: cont PT 5x/wk, ther-ex, gait, balance.
Therapist: [[N|Mateus Kowal]], PT, GA lic [[LIC|PT014478]], NPI [[ID|1457839920]]
""",
)

note(
    "b15-38",
    "Philippa Okonedo",
    """
WOUND CARE RN   [[D|Jan 9 2025]]
Res [[N|Philippa]] "[[N|Pip]]" [[N|Okonedo]], [[A|95]] yo, Rm 22.
Sacral stage 4 PI 4.2 x 3.1 x 1.8 cm, tunneling 2 cm at 12 o'clock, moderate serosang drainage, no odor. Braden 10.
NPWT: V.A.C. Ulta unit S/N [[DEV|VUL00298314]] placed at 125 mmHg continuous.
Low-air-loss mattress delivered, serial [[DEV|LAL-7730-21K]].
Plan reviewed with granddaughter [[N|Temi]] (HCP) by phone [[PH|(404) 555-0172]]. Wound MD Dr [[N|Szabo]] rounds [[D|Wed]].
Photos uploaded by [[N|dbaptiste]].
""",
)

note(
    "b15-39",
    "Hubert Foley",
    """
INTERACT SBAR - NH to ED transfer   [[D|10/11/2024]] 19:05
Resident: [[N|Hubert Foley]], [[A|91]] M   DOB [[D|07/04/1933]]
S: SpO2 84% on 2 L, RR 28, T 101.4, new confusion. Foley catheter in place since [[D|9/2024]] (urinary retention).
B: CHF, COPD, DM2. DNR/DNI but OK to hospitalize per POLST.
A: ?PNA vs CHF exacerbation vs CAUTI - Foley changed last week.
R: transfer to Mercy ED. Report called to charge RN [[N|Lupe]] at [[PH|(319) 555-0121]].
Family: wife [[N|Edna]] ([[A|90]]) unable to come; son [[N|Lyle]] meeting at ED.
Medicare [[HP|9XM2-RQ7-WD15]]; Wellmark supp [[HP|WMK448201937]].
Sender: [[N|Britt Solberg]], RN
""",
    allow=("Foley",),
)

note(
    "b15-40",
    "Marisela Quintanilla",
    """
ED PSYCHIATRY EVAL   [[D|2/9/25]]
[[N|Marisela Quintanilla]], 19F, BIB EMS after ingesting ~30 x acetaminophen 500 mg in dorm in [[C|Ithaca]]; roommate [[N|Shreya]] found her and called 911.
APAP 4-h level 162, NAC started. Stressors: failing orgo, breakup with [[N|Nate]]; mother in [[C|Mayaguez]] unaware.
C-SSRS high risk. Plan: inpatient psych after medical clearance; pt agrees to voluntary admission.
Collateral: RA [[N|Devontae]] [[PH|607-555-0147]]. Student ID [[ID|C0448193]].
Insurance: Fidelis Care member ID [[HP|FC77320914]].
""",
)

note(
    "b15-41",
    "Bartholomew Nkemelu",
    """
ASSISTED OUTPATIENT TREATMENT - ACT progress note
Client: [[N|Bartholomew]] "[[N|Bart]]" [[N|Nkemelu]], 36M, schizophrenia.
AOT order [[ID|AOT-22-4419]] renewed [[D|8/1/24]] by Justice [[N|Weinstock]]; next review in 6 months.
Invega Sustenna 156 mg given L deltoid [[D|8/29]]; adherent x 5 injections.
Mother [[N|Chinwe]] reports he has been "talking to the TV again" since [[D|Labor Day]]; no threats, eating.
Lives in supportive housing, [[ADDR|1770 Bathgate Ave, Apt 5C]], [[C|Bronx]]. Phone [[PH|718-555-0140]]. Medicaid CIN [[HP|AB44719C]].
Plan: increase visits to 3x/wk.
""",
)

note(
    "b15-42",
    "Lourdes Vega-Whitaker",
    """
TAKE-HOME ELIGIBILITY REVIEW (42 CFR 8.12)
Client [[N|Lourdes Vega-Whitaker]], OTP ID [[ID|OTP-0077312]]. In treatment since [[D|09/2021]]; methadone 70 mg.
Criteria 1-8 met. UDS negative x 90 days (last [[D|3/3]]). Employed at a warehouse in [[C|Fontana]], day shift; childcare by grandmother "Abuela [[N|Chela]]".
Lockbox seen. Approved for step 3 (6 take-homes/wk) effective [[D|3/11/25]].
ID on file: CA DL [[LIC|D4471920]].
Medical director Dr. [[N|Onwuachi]], DEA [[LIC|BO8847120]].
""",
)

note(
    "b15-43",
    "Travis Keel",
    """
PEER RECOVERY SUPPORT - outreach contact   [[D|Thurs 5/16]]
Participant "[[N|Spider]]" ([[N|Travis Keel]]), 29M, reached via IG @[[N|spidertrav_413]] after ED discharge for overdose.
Met at a coffee shop on Main St in [[C|Holyoke]]. Gave 2 naloxone kits and test strips. Talked about bupe - he is interested; warm handoff to Dr. [[N|Pereira]]'s bridge clinic [[D|Monday]] 10 am.
Mom [[N|Deb]], OK to contact, [[PH|413-555-0188]].
Coach: [[N|Lina Marrero]], CPRS cert # [[ID|CRS-2291]]
""",
)

note(
    "b15-44",
    "Wilbur Jessup",
    """
VA CAREGIVER SUPPORT (PCAFC) - annual home visit
Veteran [[N|Wilbur Jessup]], [[A|92]], US Navy 1950-54; service # [[ID|427 88 19]]; VA file [[ID|C-11 483 229]].
Home: [[ADDR|RR 2 Box 118]], [[C|Harrodsburg]] KY [[Z|40330]].
Primary family caregiver: granddaughter [[N|Brooklyn Jessup]], 27, lives in. Secondary: her husband [[N|Colt]].
Vet dependent for bathing, dressing, transfers; uses Hoyer. No falls since last visit. Caregiver stress (Zarit) 22.
Stipend remains Level 2. Respite 30 days/yr discussed.
Contact [[PH|859-555-0157]].
""",
)

note(
    "b15-45",
    "Alejandra Mares",
    """
BEHAVIORAL HEALTH INTAKE - Embedded BH, [[C|Fayetteville]] NC
SPC [[N|Alejandra Mares]], 24F, 82nd Airborne Div. DoD ID [[ID|1528839417]]. TRICARE Prime, benefit # [[HP|30418857201]].
Reports MST by an NCO in [[D|Nov 2023]] during a field exercise at [[C|Hohenfels]], Germany. Unrestricted report filed; SARC Ms. [[N|Dwyer]] involved; CID case # [[ID|0087-2024-CID031]].
PCL-5 52. Sleep 3 h/night. No SI/HI.
Lives off-post in [[C|Spring Lake]] with roommate [[N|Kayla]].
Plan: CPT weekly, prazosin 1 mg qhs, command notified of profile only.
""",
)

note(
    "b15-46",
    "Quentin Ashworth",
    """
JAIL MENTAL HEALTH - suicide watch check
Inmate [[N|Quentin Ashworth]] #[[ID|J-2025-00881]], on constant observation since [[D|1/18/25]] after telling CO [[N|Bellamy]] "I'm not going back to prison alive."
Charge: probation violation; court [[D|Jan 29]].
Hx: 2 prior attempts (hanging 2019, OD [[D|Nov '22]]).
Today: calm, eating finger foods, denies current plan. Safety smock.
Mother [[N|Roberta]] called the line, [[PH|864-555-0122]]. Home address on booking sheet: [[ADDR|22 Dogwood Trl]], [[C|Greenville]] SC [[Z|29609]].
Plan: remain on watch, re-eval q24h. QMHP [[N|A. Sato]]
""",
)

note(
    "b15-47",
    "Vikram Bhattacharya",
    """
REENTRY / DISCHARGE PLANNING - state correctional institution
[[N|Vikram]] "[[N|Vic]]" [[N|Bhattacharya]], inmate # [[ID|KT-4418]], max date [[D|04/22/2025]].
Parole agent [[N|Kowalski]], [[PH|412-555-0163]].
Approved home plan: sister [[N|Anjali]]'s house, [[ADDR|318 Brownsville Rd]], [[C|Carrick]] ([[C|Pittsburgh]]).
MAT: naltrexone ER 380 mg IM given [[D|4/15]]; next dose at community clinic in [[C|McKeesport]].
Medicaid reactivation: ACCESS # [[HP|4471029883]]. SS card replacement applied for.
""",
)

note(
    "b15-48",
    "Lavinia Fatu",
    """
HOSPICE ON-CALL LOG   [[D|Sat 11/23]]   RN [[N|Benedetta]]
2140 Call from [[N|Junior]] (son of pt [[N|Lavinia Fatu]], [[A|90]]) [[PH|801-555-0170]] - pt "rattling." Reposition, atropine 1% 2 gtts SL. Callback 2215: better.
2305 Facility nurse re pt [[N|Moses Abrahamyan]] ([[A|99]]) at Brighton Gardens - slid to floor, no injury, family aware.
0120 Mrs. [[N|Kettleborough]] (wife of pt [[N|Amos Kettleborough]]) - pt stopped breathing ~0105. Visit made 0150 to [[ADDR|5 Rampart Way]], [[C|Sandy]] UT; death pronounced 0212.
""",
)

note(
    "b15-49",
    "Ottoline Mercer",
    """
FAMILY MEETING - MICU   [[D|03/02/2025]]
Pt: [[N|Ottoline Mercer]], [[A|98]] y/o F, septic shock from cholangitis, norepi 0.2 mcg/kg/min, new AKI.
Present: dtr [[N|Dawn]] (HCP); son [[N|Clifford]] "[[N|Kip]]" by FaceTime from [[C|Anchorage]]; grandson [[N|Rowan]]; RN [[N|Ifeoma]]; chaplain.
Pt's advance directive dated [[D|Aug 2019]]: no prolonged life support.
Consensus: transition to comfort care, no ERCP. Time 55 min, > 50% counseling.
[[N|E. Pasternak]], MD
""",
)

note(
    "b15-50",
    "Ezra Goldwasser",
    """
Inpatient psych - COMMITMENT HEARING note
Pt [[N|Ezra Goldwasser]], 52M, on 72-h hold since [[D|5/8]]. Probable cause hearing held on the unit [[D|5/13/24]]; hearing officer [[N|Lorna Pike]]; pt represented by public defender Mr. [[N|Adebayo]]. Case # [[ID|MH-24-00931]].
Result: certified for 14-day intensive treatment. Pt angry but no aggression.
Afterward called brother [[N|Saul]] in [[C|Skokie]] ([[PH|847-555-0129]]).
Meds: olanzapine 10 -> 15 mg qhs. PRN x1 (lorazepam 1 mg).
""",
)

note(
    "b15-51",
    "Wren Adeyemi-Lacroix",
    """
psychiatry discharge summary dictated patient name [[N|wren adeyemi lacroix]] date of birth [[D|june ninth nineteen ninety one]] admitted [[D|july second]] for mania with psychosis after stopping lithium discharge date [[D|july eleventh]] hospital course she was restarted on lithium level on discharge point nine and ole and zapine ten milligrams at bedtime period her wife [[N|amaryllis]] attended the family session and feels safe taking her home to [[C|Moorhead]] follow up with doctor [[N|Kaminski]] at the clinic in [[C|Fargo]] on [[D|july twenty second]] phone [[PH|seven oh one five five five oh one nine three]] condition at discharge improved sleeping seven hours no S I no H I end of dictation
""",
)

note(
    "b15-52",
    "Tadeusz Zielinski",
    """
OASIS-E START OF CARE
M0030 SOC date: [[D|08/05/2024]]
M0040 Patient name: [[N|Tadeusz Zielinski]]
M0063 Medicare number: [[HP|3PK9-HN8-CX22]]
M0064 SSN: [[SSN|312-55-0843]]
M0065 Medicaid number: NA
M0066 Birth date: [[D|12/23/1929]]   (age [[A|94]])
M0050 State: IL   M0060 ZIP: [[Z|60402]]
Address: [[ADDR|2418 S Ridgeland Ave]], [[C|Berwyn]]
M1033 Risk: 2+ falls in 12 mo, 5+ meds, hx of MRSA.
Caregiver: daughter [[N|Krystyna]], lives upstairs, [[PH|708-555-0148]].
Clinician: [[N|O. Fashola]], RN
""",
)

note(
    "b15-53",
    "Hortensia Mayorga",
    """
PACE INTERDISCIPLINARY TEAM NOTE   [[D|Wed 9/25]]
Participant [[N|Hortensia Mayorga]] ([[A|92]]), enrolled [[D|Mar 2021]], PACE ID [[ID|PACE-00381]].
Issues: 2 falls in [[D|Sept]], both at night; UA neg. Day center attendance M/Th - increase to 3 days. Home aide hours to 4 h/day.
Home: [[ADDR|1105 Fairmount St]], [[C|Boyle Heights]]. Son [[N|Efrain]] [[PH|323-555-0144]]; neighbor Dona [[N|Cuca]] has a key.
Medi-Cal [[HP|90218874B]] / Medicare [[HP|5YN3-KE2-TT46]].
Present: MD, RN, SW, PT, OT, dietitian, driver.
""",
)

note(
    "b15-54",
    "Cornelius Vanterpool",
    """
GERIATRICS - Annual wellness visit
[[N|Cornelius Vanterpool]], aged [[A|101]], accompanied by daughter [[N|Ivy]], 78.
Born [[D|1/1/1923]] in [[C|Charlotte Amalie]], St. Thomas; came to [[C|Crown Heights]] in 1951 and still lives there with [[N|Ivy]]. Sister [[N|Gwendolyn]] is [[A|104]] and lives in [[C|Christiansted]].
BP 128/70, HR 66. Vision 20/50 OU. Hearing aids bilat. Walks with cane, no falls.
Discussed AD: wants full code "till [[N|Gwen]] says otherwise."
Medicare [[HP|8CC1-VD4-PN59]]. MRN [[MRN|5520913]].
""",
)

note(
    "b15-55",
    "Fumiko Hashimoto",
    """
ADULT DAY HEALTH - daily note   [[D|10/3]]
[[N|Fumiko Hashimoto]] (F, [[A|93]]) arrived via Access van 0915 with aide [[N|Rhoda]]. BP 142/80, FSBG 156.
Participated in chair exercise and played hanafuda with Mr. [[N|Ishikawa]]; laughing, ate 100% lunch.
Daughter [[N|Naomi]] picks up at 1530; new number [[PH|206.555.0181]]. Lives in [[C|Beacon Hill]] ([[C|Seattle]]).
ProviderOne ID [[HP|108847392WA]].
""",
)

note(
    "b15-56",
    "Gabriel Estrada",
    """
GROUP - Men's Recovery (Tues eve)   note for [[N|Gabriel Estrada]]   [[D|7/9/24]]
Facilitator: [[N|Wanda]], CADC
Present: [[N|Gabe]] (client), "[[N|Tank]]", [[N|Oluwaseun]] ("[[N|Seun]]"), [[N|Rusty]], new member [[N|Will]].
[[N|Gabe]] reported 43 days sober, got his chip, and asked [[N|Tank]] to be his sponsor. Triggers: a bar near his mom's place in [[C|Pilsen]].
[[N|Rusty]] shared a relapse over the [[D|4th of July]] weekend; group supportive. [[N|Will]] said he will come back next week.
Plan: client will attend 3 meetings/wk, continue naltrexone.
""",
    allow=("Will",),
)

note(
    "b15-57",
    "Ambrose Kittredge",
    """
ED NOTE - emergency detention, older adult
[[A|92]]M from memory care. Pt [[N|Ambrose Kittredge]] struck CNA [[N|Yolanda]] with his cane at Golden Pecan Memory Care; brought in by officer [[N|R. Trevino]] badge [[ID|7730]] under emergency detention, warrant # [[ID|ED-24-11092]].
Dx: major NCD (Lewy body) with BPSD; no prior psych hx. Ddx UTI (UA pending), pain, constipation (no BM 5 d).
Wife [[N|Imogene]], [[A|90]], lives at [[ADDR|19 Cypress Bend]], [[C|New Braunfels]]; son [[N|Wade]] en route from [[C|Seguin]].
Plan: treat reversible causes before psych transfer.
""",
)

note(
    "b15-58",
    "Ingeborg Halvorsrud",
    """
CONSULTANT PHARMACIST MEDICATION REGIMEN REVIEW   [[D|July 2024]]
Resident: [[N|Ingeborg Halvorsrud]] ([[A|96]]), Riverside Pines.
Findings: 11 scheduled meds. Risperidone 0.5 mg bid since admission - GDR recommended (no behaviors x 90 d). Omeprazole > 8 wk without indication. Glipizide with A1c 6.1 - hypoglycemia risk, recommend d/c.
Prescriber: Dr [[N|Feldstein]], DEA [[LIC|AF3318297]], OR lic [[LIC|MD29114]].
Daughter [[N|Solveig]] ([[C|Hood River]]) requests no psychotropics.
Pharmacist: [[N|Yusuf Olatunji]], PharmD, RPh lic [[LIC|RPH-0071184]]
""",
)

note(
    "b15-59",
    "Tran Thi Lan",
    """
Patient portal message   [[D|Sun 10/20/2024]] 21:14
From: [[N|Genevieve Tran-Morrow]] <[[EM|gtranmorrow@example.org]]> (proxy)
"Hi Dr [[N|Albrecht]], my grandma [[N|Tran Thi Lan]] (DOB [[D|3/8/1930]]) is [[A|94]] and has been more confused since [[D|Thursday]]. She keeps saying she is back in [[C|Hue]] and asking for Ba Noi. She lives with my uncle [[N|Minh]] at [[ADDR|8812 Garvey Ave #B]], [[C|Rosemead]]. Could someone call me at [[PH|626-555-0127]]? Thank you, [[N|Gen]]"
""",
)

note(
    "b15-60",
    "Florence Ojukwu-Baines",
    """
To: Admissions, Lakeshore Memory Care - fax [[FX|262-555-0106]]
RE: [[N|Florence Ojukwu-Baines]], DOB [[D|11 Nov 1931]] ([[A|92]])
Ms. [[N|Ojukwu-Baines]] has mixed Alzheimer/vascular dementia (FAST 6a) and needs a secured unit; she left her daughter's home in [[C|Kenosha]] twice last month. No behaviors requiring antipsychotics.
POA: son [[N|Chidi]], [[PH|262-555-0109]].
Medicare [[HP|7HT6-WQ3-RA80]]; Humana supplement [[HP|H44710938]].
[[N|Helena Marsh]], MD, WI lic [[LIC|58812-20]], DEA [[LIC|FM4420917]]
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
