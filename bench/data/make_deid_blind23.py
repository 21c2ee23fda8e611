#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind23.jsonl.

Blind set 23: care delivered at a distance and handed between places.  The
notes are telehealth and video visits (including ones that fall back to the
telephone), remote patient-monitoring logs with device serials and alert
readings, asynchronous e-consults and store-and-forward images, nurse triage
lines and after-hours answering-service messages (some in ALL CAPS, some
auto-transcribed voicemail), poison-centre case records, transfer-centre and
bed-placement logs, air and ground transport run sheets with tail and unit
numbers, Indian Health Service / tribal clinic and critical-access hospital
records, snowbirds and other patients crossing state or national borders,
interstate licence, pharmacy-transfer and prescription-monitoring queries.
Ages over 89 appear as digits, words and decades; phone numbers, small-town
addresses, device serials and vehicle identifiers are frequent.

Annotation conventions (HIPAA Safe Harbor):
* NAME covers every person - patient, family, friend, caregiver, staff - in
  whatever form: nicknames, lower-case or upper-case names, initials used for
  a person, log-in names and screen handles.  Titles (Dr., Mrs, Sra.) and
  credentials (MD, RN, PA-C) are left outside the span, as is the "@" of a
  handle.  Kinship words ("Auntie", "Grandma", "Baby Boy") and pets are not
  names; neither are names inside facility or company names, eponyms
  (Foley, Schmitt-Thompson, Morse, Beers) or famous people.
* DATE marks any date element finer than a year: full dates in any order or
  separator, month+day, month+year, a month on its own, and weekdays or
  holidays used as the date of an event.  Bare years, clock times, durations,
  ages under 90 and recurring schedules ("Tuesdays", "MWF") stay unmarked.
* AGE marks ages of 90 or more only, the number alone ("93", "ninety-one",
  "104").
* PHONE and FAX take the whole number including any extension; EMAIL, URL
  (personal or patient-specific links, portal links carrying identifiers)
  and IP addresses are marked whole.
* SSN; MRN (chart and health-record numbers); HEALTH_PLAN (Medicare,
  Medicaid, commercial and travel-insurance member, policy and group
  numbers); ACCOUNT (billing and subscriber accounts); LICENSE (driver's,
  professional, DEA); VEHICLE (plates, VINs, aircraft tail numbers and
  ambulance unit numbers); DEVICE (serial numbers and IMEIs of implants,
  monitors and home equipment); ID for every other identifying number or
  code: case, claim, mission, referral and authorisation numbers, badge and
  interpreter IDs, NPIs, prescription numbers, tracking numbers, passports,
  tribal enrolment numbers.
* ADDRESS is the street number and street, unit, lot, rural route or PO box;
  CITY is a city, town or neighbourhood; ZIP is a ZIP or foreign postal
  code.  States, provinces and countries are not marked.
* Not marked: facility, agency and company names (a marked town that also
  appears inside a facility name goes into the note's allow tuple), drugs,
  device models, lot numbers, store numbers, scores, lab values, room, bed
  and cabin numbers, highway numbers, the 988 and 911 lines, bare years.

Stdlib only.  Run: python bench/data/make_deid_blind23.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind23.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b23-01",
    "Harold Tsosie",
    """
TELEHEALTH VIDEO VISIT (synchronous audio+video)
Pt: [[N|Harold Tsosie]]   MRN [[MRN|00-418-2276]]   DOB [[D|02/11/1931]] ([[A|93]] yo)
Pt location: home, [[ADDR|14 Juniper Loop]], [[C|Kayenta]], AZ [[Z|86033]]. Provider location: clinic office.
Verbal consent for video visit from pt; granddaughter [[N|Shauna]] set up the tablet. Video froze x2, finished by phone at [[PH|928-555-0117]].
CC: ankle swelling x1 wk. Meds: furosemide 20 mg daily, lisinopril 10 mg. Home scale 71.2 kg today vs 68.9 kg on [[D|3/28]]. Lungs per pt "no worse", sleeps on 2 pillows (baseline).
Plan: furosemide 40 mg daily x3 days then back to 20; BMP at Kayenta Health Center lab [[D|Friday]]; video f/u next week. Pt agrees.
-- [[N|M. Yazzie]], FNP  (signed in as [[N|myazzie2]])
""",
    allow=("Kayenta",),
)

note(
    "b23-02",
    "Barbara Wojcik",
    """
RPM DAILY SUMMARY - BP/SpO2 kit
Enrollee: [[N|WOJCIK, BARBARA A]]   Program ID [[ID|RPM-22-08841]]   MRN [[MRN|7730915]]
Cuff Omron BP7900 s/n [[DEV|20230411877QR]] | Oximeter Nonin 3230 s/n [[DEV|503381447]] | Cell hub IMEI [[DEV|356938035643809]]
[[D|06-Jul]] 07:12  BP 182/96  HR 88   ALERT-HIGH (rule: SBP >= 180)
[[D|06-Jul]] 07:19  BP 171/92  HR 84   repeat, alert auto-cleared
[[D|07-Jul]] --:--  NO TRANSMISSION (hub offline > 24 h)
Outreach: called pt [[PH|(715) 555-0162]], no answer. Reached daughter [[N|Krystyna]] at [[PH|715-555-0139]] - hub left unplugged while pt staying with her in [[C|Rhinelander]] for the week. Asked that kit travel with pt. Amlodipine 5 mg confirmed taken.
Reviewed by RPM nurse; no escalation needed.
""",
)

note(
    "b23-03",
    "Ingrid Gunderson",
    """
ANSWERING SERVICE MSG   rcvd 23:47 Sat [[D|11/16]]
For: Dr [[N|Ramaswamy]] (FM on call)      Operator: [[N|dlewis]]
Caller: [[N|Pete Gunderson]] (son) re mother [[N|Ingrid Gunderson]], DOB [[D|4-9-1932]]
Callback [[PH|218-555-0154]] (cell)   alt [[PH|218-555-0107 x12]] (Pine Haven Assisted Living front desk)
Msg: "mom is [[A|92]] and slid off toilet, didnt hit head, says hip ok and she can stand w walker. night staff asking do we send her out"
23:58 on-call returned call. Advised neuro checks q2h overnight, ice, acetaminophen 650 mg prn, call 911 for new pain, confusion or unable to bear weight. Clinic visit [[D|Mon 11/18]] 10:40. Son to let staff know.
Msg closed 00:06.
""",
)

note(
    "b23-04",
    "Elias Redbird",
    """
REGIONAL POISON CENTER - CASE RECORD
Case # [[ID|PC-24-0193375]]   Call type: HCF   SPI: [[N|Adaeze N.]]
Caller: [[N|Kim]], RN, ED at the critical access hospital in [[C|Wolf Point]], MT  [[PH|406-555-0128]]
Pt: [[N|Elias Redbird]], 17 y M, 64 kg. States ~30 x 500 mg acetaminophen approx 02:00 on [[D|23 Mar]]; coingestant diphenhydramine qty unk.
Rec: 4-h APAP level, LFTs, INR, BMP; ECG for QRS/QTc. Start NAC 21-h IV if level above treatment line. Consider transfer - closest PICU with tox service in [[C|Billings]].
F/u #1 [[D|3/23]] 08:15 to Dr. [[N|Haugen]]: 4-h level 212 mcg/mL, NAC started 07:50. QRS 96 ms.
F/u #2 [[D|3/24]] 09:30: AST 38, pt medically clear, psych eval in progress via tele-behavioral health.
Case closed - SPI [[N|jfolau]]
""",
)

note(
    "b23-05",
    "Dwayne Kessler",
    """
TRANSFER CENTER - INCOMING REQUEST   Ref [[ID|TC-558201]]
Rec'd [[D|Thursday, January 9]] 14:22
Referring: Cherry County Hospital (CAH), [[C|Valentine]], NE - Dr. [[N|Lucinda Marsh]], callback [[PH|402-555-0181]]
Pt: [[N|Dwayne]] "[[N|Bud]]" [[N|Kessler]], [[A|90]] yo M
Dx: inferior STEMI, TNK 13:50, persistent ST elevation 60 min post, BP 94/60. Requests rescue PCI.
Accepting: Dr. [[N|Feld]] (interventional). Bed: CVICU bed 12.
Transport: ground ETA 3 h 40 min - declined. Fixed wing tail [[VEH|N417LF]], wheels up 14:58, ETA 15:45.
Wife [[N|Norma]] driving separately, cell [[PH|402-555-0133]].
Coordinator: [[N|jpatel]]   Call recorded.
""",
)

note(
    "b23-06",
    "Marit Olsen",
    """
AIR MEDICAL PATIENT CARE RECORD
Aircraft EC135 tail [[VEH|N911VR]]    Base: [[C|Ely]]    Run # [[ID|24-11873]]
Crew: RN [[N|S. Whitehorse]] / FP-C [[N|Mateo Quispe]] / pilot [[N|G. Lund]]
Dispatch 0412 [[D|08/02/24]]; at pt 0501; lift 0529; at receiving 0618
Pt: [[N|OLSEN, Marit]]  F 67  DOB [[D|12/30/1956]]
Sending: Ely-Bloomenson Community Hospital -> Receiving: tertiary ED, [[C|Duluth]]
Dx: upper GI bleed, Hgb 6.1. 2 u PRBC infusing, pantoprazole 80 mg IV given. NIBP 88/50 -> 102/61 en route, HR 118 -> 101. GCS 15. No airway intervention.
Belongings bag + glasses given to husband [[N|Arne]], who is driving down from home at [[ADDR|4410 Hwy 169]], [[C|Ely]], MN [[Z|55731]].
""",
    allow=("Ely",),
)

note(
    "b23-07",
    "Gladys Ferrell",
    """
PREHOSPITAL CARE REPORT - Tri-County Ambulance District
Incident [[ID|2024-0317-0044]]   Unit [[VEH|A-612]] (plate [[VEH|3J7 K21]])
Crew: [[N|Bray]], Paramedic lic [[LIC|P2019-4471]]; [[N|Ochoa]], EMT lic [[LIC|E88103]]
Call rec'd 02:14 on [[D|St. Patrick's Day]]. Scene: [[ADDR|RR 2 Box 118]], [[C|Licking]], MO [[Z|65542]]
Pt [[N|Gladys Ferrell]], "[[A|ninety-one]] this spring" per caregiver; found on floor by home health aide [[N|Tonya]] at shift start. GCS 14 (E4V4M6), BGL 54 -> D10 12.5 g IV -> 118 at 10 min. Skin tear L forearm dressed. No c-spine tenderness.
Transport non-emergent to Texas County Memorial, [[C|Houston]], MO (closest). Report given to ED RN 03:26.
Mileage 23.4. Pt's walker transported with pt.
""",
)

note(
    "b23-08",
    "Loretta Begaye",
    """
Indian Health Service - Crownpoint Service Unit, Outpatient Primary Care
Pt: [[N|Loretta Begaye]]   HRN [[MRN|CR 18342]]   Tribal enrollment # [[ID|NN-0612993]]
Visit [[D|5.14.24]]. CHR [[N|Virgil Nez]] present and interpreted (pt prefers Dine).
Lives ~40 mi from clinic, last 9 mi unpaved: [[ADDR|HC 61 Box 2207]], [[C|Lake Valley]], NM [[Z|87313]]. No landline; messages via sister [[N|Ella]] [[PH|505-555-0176]].
T2DM: A1c 9.8 (was 8.6 in [[D|January]]). Metformin 1000 BID, glargine 18 u qHS - insulin kept in cooler, no refrigerator since generator failed.
Plan: glargine 22 u; CHR to deliver glucometer strips on weekly route; PRC referral for retinal exam in [[C|Gallup]] (distance > 100 mi, transport van Tuesdays).
-- [[N|R. Abeyta]], PA-C
""",
)

note(
    "b23-09",
    "Dmitri Kovalenko",
    """
PDMP INTERSTATE QUERY (PMP InterConnect)
Requestor: [[N|Aaron Whitfield]], DO   DEA [[LIC|BW7731046]]   NPI [[ID|1588213390]]
States queried: OR, WA, ID, NV, CA    Run [[D|02/27/2025]] 10:41 PST
Match: [[N|KOVALENKO, DMITRI]]   DOB [[D|1979-06-03]]
Address on Rx: [[ADDR|882 NW Spruce Ave Apt 3]], [[C|Redmond]] OR [[Z|97756]]
 [[D|01/30/25]]  oxycodone 5 mg #20  Dr. [[N|L. Tran]]   Safeway #1492, [[C|Redmond]] OR
 [[D|12/02/24]]  hydrocodone/APAP 5/325 #12  [[N|K. Osei]], NP   Walgreens, [[C|Boise]] ID
Avg MME 12/day. 2 prescribers, 2 pharmacies, 2 states in 6 mo. No benzodiazepines.
Note: pt reports working seasonal jobs in both OR and ID. Discussed.
""",
)

note(
    "b23-10",
    "Marisol Ortega",
    """
E-CONSULT (asynchronous) - Endocrinology   eConsult ID [[ID|EC-7741920]]
Submitted [[D|Oct 1]] by [[N|Farah Siddiqui]], MD (PCP, Stevens County Rural Health Clinic)
Pt: [[N|Marisol Ortega]], 58 F, home [[C|Hugoton]], KS. Nearest endocrine clinic 170 mi.
Q: 2.1 cm R thyroid nodule on US (TI-RADS 4), TSH 0.02, FT4 2.1. Next step? FNA vs uptake scan first?
Images + labs: [[URL|https://econsult.plainshealthnet.org/case/EC-7741920?k=ab33f9c1]]
Response [[D|10/03]] - [[N|Jonah Feldstein]], MD (endocrinology): Suppressed TSH -> get I-123 uptake and scan before any FNA; a hot nodule need not be biopsied. Start methimazole 5 mg only if symptomatic. Avoid iodinated contrast. Happy to see by video if uptake is cold.
Time spent 18 min (written report only).
""",
)

note(
    "b23-11",
    "Rafael Ibarra-Soto",
    """
NURSE TRIAGE - telephone   Protocol: Chest Pain (Schmitt-Thompson, adult)
Rec'd 21:12 [[D|Christmas Eve]]   Triage RN: [[N|hmcallister]]
Caller = pt, [[N|Rafael Ibarra-Soto]], 54 M, OTR truck driver, calling from a truck stop outside [[C|Tucumcari]], NM. Home [[C|El Paso]] TX. Cell [[PH|915-555-0190]].
Sx: pressure mid-chest x40 min, radiates L arm, sweaty, nausea. Hx HTN, smokes 1 ppd. Took 1 aspirin 325 mg already.
Disposition: CALL 911 NOW. Pt reluctant ("cant leave the rig"). RN conferenced 911 at 21:19, Quay County dispatch took call. Advised pt to unlock cab door and stay on line.
21:31 EMS on scene per dispatcher. Wife [[N|Yesenia]] notified at [[PH|915-555-0191]] per pt request.
""",
)

note(
    "b23-12",
    "Walter Brandt",
    """
FAX COVER - RECORDS REQUEST (4 pages incl. cover)
TO: Medical Records, Desert Palms Internal Medicine, [[C|Sun City West]], AZ  FAX [[FX|623-555-0114]]
FROM: [[N|Janet Lindqvist]], RN care coordinator, Lakeland Family Practice, [[C|Alexandria]], MN   PH [[PH|320-555-0148]]  FAX [[FX|320-555-0149]]
RE: [[N|Walter]] "[[N|Wally]]" [[N|Brandt]]   DOB [[D|Oct 2, 1933]]
Winter address: [[ADDR|13822 W Ballad Dr]], [[C|Sun City West]] AZ [[Z|85375]]
Please send office notes, INR log and any imaging from [[D|November 2024]] through [[D|April 2025]]. Pt returns to MN [[D|May 5]] and warfarin mgmt transfers back to our anticoag clinic. Signed release attached.
CONFIDENTIAL - if received in error notify sender.
""",
)

note(
    "b23-13",
    "Eunice Carrington",
    """
CGM CLINIC - REMOTE DATA REVIEW (Dexcom Clarity)
Pt [[N|Eunice Carrington]], age [[A|94]], lives alone, [[C|Hot Springs Village]], AR
Sensor G7, transmitter/sensor SN [[DEV|4HL29Q7T]]; clinic sharing code [[ID|7K3P-QX2M]]
14-day: TIR 61%, TBR(<70) 6%, <54: 3 events, all 02:00-04:00, [[D|Sept 3]]-[[D|Sept 5]]. GMI 7.4%.
Follow app shared w/ niece [[N|Dana]] ([[EM|dana.carrington.rn@gmail.com]]) - she got urgent low alarms and called 911 once on [[D|9/4]] (BG 41, EMS gave glucagon, no transport).
Plan: stop glipizide 5 mg; keep sitagliptin. Called pt at [[PH|501-555-0172]]; she repeated plan back. Niece emailed summary.
Reviewed by CDCES.
""",
)

note(
    "b23-14",
    "Priyanka Deshmukh",
    """
CREDENTIALING - LICENSE VERIFICATION FOR TELEHEALTH NURSE LINE
Clinician: [[N|Priyanka Deshmukh]], BSN, RN    Employee badge [[ID|HR-55012]]
Primary state of residence: TX (NLC multistate) RN lic # [[LIC|912447]] - active, exp [[D|06/30/2026]]
Single-state: CA RN lic # [[LIC|95310278]] - active;  NY RN lic # [[LIC|741552]] - pending
Source: Nursys e-Notify + CA BRN lookup, run [[D|3/4/2025]] by [[N|M. Ruiz]] (credentialing)
NPI [[ID|1942377016]]   Work email [[EM|pdeshmukh@northstarvirtualcare.com]]
Scope note: may triage callers physically located in compact states and CA. Calls from NY, OR, NV or IL must be transferred to a nurse holding that state's license until NY is issued. Queue routing updated by [[N|kbergstrom]] [[D|03/05/25]].
No discipline on file. Next re-verification [[D|Sept 2025]].
""",
)

note(
    "b23-15",
    "Hector Villalobos",
    """
BED BOARD / PLACEMENT LOG - night shift [[D|Sun 12/29]]
2040  Call from Mitchell County Hospital (CAH): RN [[N|Barb Toller]] [[PH|641-555-0185]] re [[N|Hector Villalobos]], 71 M, DKA pH 7.08, K 6.1, needs ICU. Our ICU 18/18.
2048  St. Luke's - declined, on diversion.
2055  University tertiary - "maybe after 0100", not accepted.
2110  Mercy, [[C|Sioux City]] - accepted by Dr. [[N|Ngata]], bed 3W-14. Nurse report line [[PH|712-555-0122]].
2118  Ground ALS unit [[VEH|M-27]] from [[C|Osage]] assigned; ETA to CAH 22 min, trip 2 h 50 min. Air grounded (icing).
2135  Sending MD Dr. [[N|Amundsen]] updated; insulin gtt 0.1 u/kg/h, 2nd liter NS.
2322  Pt arrived receiving per [[N|Ngata]] callback.
Logged: [[N|cfrancois]] (placement RN)
""",
)

note(
    "b23-16",
    "Ruth Ann Pomeroy",
    """
REMOTE DEVICE CHECK - scheduled transmission
Pt: [[N|Ruth Ann Pomeroy]]   DOB [[D|07/19/1930]] ([[A|94]] y)   MRN [[MRN|66103825]]
Device: Azure XT DR MRI SureScan (W1DR01) SN [[DEV|RNB607532S]]
Leads: RA 5076-52 SN [[DEV|PJN7719482]]; RV 5076-58 SN [[DEV|PJN7720115]]
Bedside monitor: MyCareLink 24950 SN [[DEV|BXQ209114R]]
Transmission [[D|14-AUG-2024]]: battery 9.1 yr, AP 42%, VP 3%, AT/AF burden 0.4%, 2 AHR episodes (longest 3 min on [[D|08/09]]). Lead impedances/thresholds stable. No VT/VF.
Pt spends summers at daughter's in [[C|Bar Harbor]], ME; monitor moved there - transmission successful from new location.
Reviewed: [[N|Imani Boateng]], CDS, IBHRE. Next remote [[D|November]]; in-office check due [[D|Feb]].
""",
)

note(
    "b23-17",
    "Joseph Two Bulls",
    """
TELEPSYCHIATRY FOLLOW-UP (video, spoke site: Kyle Health Center, IHS satellite)
Pt: [[N|Joseph Two Bulls]]   DOB [[D|3/3/1998]]   Chart # [[MRN|PR-771034]]
Psychiatrist at hub in [[C|Rapid City]]: [[N|Naomi Eagle Heart]], MD. Tele-presenter: [[N|Corbin]], LPN.
Since last visit [[D|Feb 20]]: sleeping 6 h, no SI, back at work w/ tribal roads crew. PHQ-9 = 8 (was 19). Sertraline 100 mg tolerated, no GI upset.
Safety plan reviewed: 988, Auntie [[N|Pearl]] ([[PH|605-555-0144]]), clinic crisis line [[PH|605-555-0100]]. Pt has a ride to spoke site each visit with cousin [[N|Rylan]].
Plan: continue sertraline, next video visit in 6 wks (first Wednesday of the month schedule).
Pt and presenter both at spoke site; hub provider in private office. No recording.
""",
)

note(
    "b23-18",
    "Orval Knutson",
    """
INTERFACILITY TRANSFER - SWING BED ACCEPTANCE
From: tertiary hospital, [[C|Bismarck]] ND (case manager [[N|Tess Aldana]], [[PH|701-555-0196]], fax [[FX|701-555-0197]])
To: West River Health Services (CAH) swing bed, [[C|Hettinger]] ND - closer to home
Pt [[N|Orval Knutson]], 88 M, MRN here [[MRN|WR00553718]]. Medicare A [[HP|4TK9-QW3-XN21]]. 3-night qualifying stay [[D|10/14]]-[[D|10/18]] (hip ORIF).
Needs: PT/OT BID, enoxaparin x 28 d, staple removal POD 14.
Lives on ranch 18 mi S of [[C|Lemmon]], SD - crosses state line for all care. Wife [[N|Verna]] can't drive at night.
Transport: county wheelchair van, pickup 1000 [[D|Fri 10/18]].
Accepted by Dr. [[N|Paulsen]] [[D|10/17]] 15:10 (bed 6).
""",
)

note(
    "b23-19",
    "Frank Coyle",
    """
VOICEMAIL - auto-transcribed (0:52)  from +1 [[PH|701-555-0124]]   [[D|Tue 10/1]] 7:03 AM
"hi this is um [[N|mary beth coyle]] calling for my dad [[N|frank coyle]] date of birth [[D|three twelve thirty two]] he's [[A|ninety two]] so please call me not him, he doesnt hear the phone. he's been coughing since uh [[D|saturday]] and now fever a hundred and one, hes on the eliquis still. were at the lake place this week number there is [[PH|218 555 0161]] or my cell is the one im calling from. ok thanks bye"
--- Triage note: returned call 07:21 to daughter. Temp 101.2 F, SpO2 93% on home oximeter, RR "fast". Advised UC/ED evaluation today; nearest is in [[C|Walker]], MN. Daughter will drive him. Notified PCP Dr. [[N|Sorensen]] via in-basket.  [[N|akrause]] RN
""",
)

note(
    "b23-20",
    "Kwame Asante",
    """
PATIENT PORTAL - SECURE MESSAGE THREAD
From: [[N|Kwame Asante]] (portal user [[N|kasante47]])   Sent [[D|Feb 11]] 6:52 PM
Subject: refill while in Florida
"Dr [[N|Whitcomb]], I am at my brother's place until [[D|Easter]]. Can you send my amlodipine and atorvastatin here: CVS #04431, [[ADDR|2201 Gulf Blvd]], [[C|Indian Rocks Beach]] FL [[Z|33785]], tel [[PH|727-555-0153]]. My Medicare Part D card is the same (ID [[HP|SXR88412907]]). Thank you. [[N|Kwame]]"
Reply [[D|2/12]] 9:14 AM - [[N|Leah Fontaine]], CMA: Sent both 90-day to that CVS. Dr. [[N|Whitcomb]] asks you do a video BP check before you fly home; book at [[URL|https://mychart.lakeshorehealth.org/visit/ZX4-88102]].
""",
)

note(
    "b23-21",
    "Chester Pulaski",
    """
DME SERVICE TICKET #[[ID|SR-00931147]]  (home oxygen)
Customer: [[N|Chester Pulaski]]   Acct [[ACCT|40-7719-02]]   Payer: Medicare B [[HP|7QJ3-KM8-RT46]]
Equipment: Inogen One G5 POC SN [[DEV|G5N2210348]]; stationary 5 L concentrator SN [[DEV|VSC0081923]]
Issue: pt wintering in motorhome (WI plate [[VEH|RV 48213]]) at [[ADDR|Lot 44, Saguaro Sun RV Park, 1105 W Main St]], [[C|Quartzsite]] AZ [[Z|85346]]. POC battery holding 40 min vs 4 h. SpO2 on 2 L pulse 91%.
Action: out-of-area service partner to swap double battery. Tech [[N|Luis]] called pt [[PH|608-555-0140]], delivery set [[D|Jan 22]] 1-3 pm. Reminded pt: keep 2 E tanks as backup, no smoking near RV awning.
Ticket closed after swap.
""",
)

note(
    "b23-22",
    "Kaden Moss",
    """
POISON CENTER - PEDIATRIC EXPOSURE
Case [[ID|24-PC-77112]]   Rec'd 16:05 [[D|4th of July]]   SPI [[N|Ruben O.]]
Caller: mother [[N|Brianna Moss]], [[C|Haysville]] KS, [[PH|316-555-0169]]
Pt: [[N|Kaden]], 2 y 3 mo, 13 kg. Found with grandmother's pill organizer - possibly 2 x clonidine 0.1 mg + 1 x lisinopril 10 mg, ~15:40.
Grandma [[N|Jolene]] confirms compartments were full this AM.
Rec: go to ED now by car if < 10 min, otherwise EMS; do not induce vomiting. Called ED at 16:11, spoke with charge RN [[N|Delacroix]].
F/u 18:30: HR 78, sleepy but rousable, BP 88/50, observed 12 h.
F/u 08:40 [[D|7/5]]: discharged, back to baseline. Counseled lockbox.
""",
)

note(
    "b23-23",
    "Siobhan McCarthy-Reyes",
    """
INTERNATIONAL FIXED-WING REPATRIATION - FLIGHT SUMMARY
Mission [[ID|AMR-2025-0419]]   Aircraft Learjet 35A tail [[VEH|N35TJ]]
Pt: [[N|Siobhan McCarthy-Reyes]], 41 F, US passport [[ID|A04417822]]
Assistance co. case # [[ID|GA-889301-US]]; travel policy # [[HP|TRV-5512-0087]]
Origin: private hospital, [[C|Cancun]], Quintana Roo, MX [[Z|77500]] (bedside-to-bedside)
Dx: L tib/fib fx s/p ex-fix [[D|19/04/2025]] (per Mexican records, day-first), DVT ppx enoxaparin 40 mg.
Customs/fuel stop [[C|Brownsville]] TX 1312 CDT; arrived [[C|San Antonio]] 1448. Handoff to ortho trauma RN [[N|Kamau]].
Husband [[N|Diego Reyes]] traveled in cabin, cell [[PH|210-555-0182]].
""",
)

note(
    "b23-24",
    "Vernon Hadley",
    """
TELESTROKE CONSULT LOG
Spoke: Mercy Rural Hospital ED   Cart IP [[IP|10.42.17.88]]   Session [[ID|TS-24-5531]]
Pt: [[N|Vernon Hadley]]  DOB [[D|1/17/1935]] (89 y)  MRN [[MRN|MRH-2290148]]
LKW 13:10 [[D|6/21]] per neighbor [[N|Gail]] (found him at 14:05 in garden). Arrival 14:40, CT 14:52 no bleed, CTA: L M2 occlusion.
NIHSS 9 (aphasia, R face/arm). BP 178/92. Glucose 131. On no anticoagulants.
Tele-neurologist Dr. [[N|Anjali Rao]] - TNK 0.25 mg/kg given 15:09 (door-to-needle 29 min).
Hub thrombectomy center notified; transfer via air [[VEH|N207MH]].
Video quality degraded 15:02-15:05, reconnected via backup link [[IP|172.16.4.21]].
""",
)

note(
    "b23-25",
    "Delphine Hollis",
    """
MSG#[[ID|44871]] 02:16 [[D|01/01]] TO: DR [[N|OYELARAN]] (OB ON CALL) FR: MRS [[N|DELPHINE HOLLIS]] DOB [[D|8/22/96]]
CB#: [[PH|8705550113]]  ALT CB# [[PH|870-555-0158]] (HUSBAND [[N|TREY]])
PT IS 34 WKS, HAS "BAD HEADACHE SINCE FIREWORKS, SEEING SPOTS". BP ON HOME CUFF 162/104.
PT LIVES IN [[C|DERMOTT]], 1 HR FROM L&D. NO CAR TONIGHT.
OPER: [[N|RGARNER]]   PAGED X2 02:17, 02:26
** DR [[N|OYELARAN]] RETURNED 02:29. ADVISED CALL 911 NOW FOR TRANSPORT TO L&D; MAG + LABS ON ARRIVAL. L&D CHARGE [[N|PAM]] NOTIFIED [[PH|870-555-0110]].
** 03:40 L&D CONFIRMS PT ARRIVED BY EMS FROM [[C|MCGEHEE]], UNIT [[VEH|MED 2]]. MSG CLOSED.
""",
)

note(
    "b23-26",
    "Consuelo Arviso",
    """
SOCIAL WORK - INSURANCE/RESIDENCY CHANGE
Pt [[N|Consuelo Arviso]], 79 F, moved [[D|Aug 2024]] from [[C|Yuma]], AZ to daughter's home: [[ADDR|3318 Bever Ave SE]], [[C|Cedar Rapids]], IA [[Z|52403]].
Daughter [[N|Marisela Arviso-Kent]], POA, [[PH|319-555-0137]], [[EM|marisela.kent@fastmail.fm]]
Coverage: Medicare MBI [[HP|1EG4-TE5-MK73]] - unchanged. AHCCCS (AZ Medicaid) ID [[HP|A81047723]] terminates end of month after move; AZ SNP plan disenrolled.
SSN on application [[SSN|000-41-7723]] verified against card.
Applied Iowa Medicaid online [[D|9/10/24]], app # [[ID|IA-M-2024-3381760]]. Until approved, pt has Part D gap for insulin - 30-day manufacturer assistance form faxed.
New PCP visit scheduled [[D|10/2]].
[[N|G. Obuya]], LMSW
""",
)

note(
    "b23-27",
    "Tobias Freund",
    """
HOME SLEEP APNEA TEST - DEVICE CHAIN OF CUSTODY
Pt [[N|Tobias Freund]]   DOB [[D|11/09/1962]]   Order # [[ID|HST-118204]]
Device ApneaLink Air SN [[DEV|AL2-0007731]]; nasal cannula lot 23K114 (not pt-specific)
Mailed [[D|Mon 5/6]] via UPS to [[ADDR|PO Box 412]], [[C|Ten Sleep]], WY [[Z|82442]] - tracking [[ID|1Z9A8E230394417712]]
Pt called [[D|5/9]] from [[PH|307-555-0126]]: recorded 2 nights, only 3.5 h valid 1st night.
Returned [[D|5/14]]; download: REI 27/h, ODI 25, nadir SpO2 79%, 6.2 h valid. Moderate OSA.
Auto-CPAP ordered through DME in [[C|Worland]]; interpreting physician [[N|Halvorsen]], DO; tele-visit [[D|5/21]] to review.
Device cleaned and reissued.
""",
)

note(
    "b23-28",
    "Anthony DeLuca",
    """
TRANSIENT (TRAVEL) HEMODIALYSIS REQUEST
Home unit: Lakeside Kidney Center, [[C|Toledo]] OH, contact [[N|Renee Szabo]], RN, [[PH|419-555-0119]], fax [[FX|419-555-0120]]
Pt [[N|Anthony DeLuca]], DOB [[D|6/5/1951]], Medicare [[HP|5NV8-WE2-QR90]], secondary AARP supp [[HP|39104877211]]
Visiting: son's condo in [[C|Myrtle Beach]] SC [[D|Jan 6]] through [[D|Valentine's Day]]
Requested chair: MWF 2nd shift. Access L brachiocephalic AVF, 15G needles. EDW 82.0 kg. Rx: 4 h, Qb 400, 2K/2.5Ca bath, heparin 2000 u bolus.
Attached: HBsAg neg ([[D|12/18]]), TB screen, last 3 run sheets, med list, advance directive.
Receiving unit accepted [[D|12/27]] - [[N|Catalina Ruiz-Pena]], clinic manager. Pt cell [[PH|419-555-0164]].
""",
)

note(
    "b23-29",
    "Florence Ambrose",
    """
TELE-ICU (eICU) INTERVENTION NOTE   [[D|Saturday]] 03:40
Remote intensivist: [[N|Kenji Marsh-Tanaka]], MD (located in [[C|Anchorage]])
Site: critical access hospital, 4-bed ICU, Rm 2 camera
Pt [[N|Florence Ambrose]], [[A|96]] y F (DOB [[D|2/2/28]]), MRN [[MRN|CV-0041178]]. Urosepsis, code status DNR/DNI confirmed with son [[N|Gerald]] by phone [[PH|907-555-0186]] on [[D|Friday]].
Alert: MAP 58 x 15 min. Camera assessment w/ bedside RN [[N|Oksana]]: mottled knees, UO 10 mL/h.
Orders: 500 mL LR bolus; norepinephrine 0.05 mcg/kg/min via PIV (ok per protocol); lactate repeat.
04:25 MAP 67. Weather closes airstrip - no transfer possible until at least [[D|Sunday]] noon; family aware.
""",
)

note(
    "b23-30",
    "Maureen Kiley",
    """
TELEPHARMACY CHAT - remote verification queue
[08:02] [[N|rn.jhalvorsen]]: order for [[N|Maureen Kiley]] MRN [[MRN|8841067]], vanc 1.5 g IV q12, wt 58 kg, SCr 1.4 today
[08:05] [[N|pharmd_mokoena]]: hold on - CrCl ~34. recommend 1 g q24, trough before 3rd dose. pls check age, chart says DOB [[D|4/1/1932]]?
[08:06] [[N|rn.jhalvorsen]]: yes she's [[A|93]]. from [[C|Stanley]], transferred in from the clinic yesterday
[08:07] [[N|pharmd_mokoena]]: ok verified w/ adjusted dose. also pip/tazo 3.375 EI q8 ok. allergy sulfa noted.
[08:09] [[N|rn.jhalvorsen]]: thx. family ([[N|Shawn]], son) wants to know if she can go home on oral. his # [[PH|208-555-0127]]
[08:10] [[N|pharmd_mokoena]]: pending cultures - ask prescriber Dr [[N|Pirtle]]
Chat exported to chart by [[N|jhalvorsen]] [[D|6/7]]
""",
)

note(
    "b23-31",
    "Caleb Worthington",
    """
SAR -> EMS HANDOFF (backcountry evacuation)
County SAR mission # [[ID|SAR-24-0611]]   Incident commander: Deputy [[N|Rhonda Kittredge]], badge [[ID|4471]]
Subject: [[N|Caleb Worthington]], 34 M, solo hiker, overdue since [[D|June 9]]; reported by roommate [[N|Ansel]] ([[PH|509-555-0145]]).
Located [[D|6/11]] 0915 near the upper lakes, 2 nights out. Ankle fx, mild hypothermia (T 35.1 C), dehydrated. Hasty team medic [[N|Jo Pretorius]], WEMT, gave 1 L NS, splint.
Hoist by state patrol helicopter [[VEH|N5471P]] to LZ at trailhead; ground ALS [[VEH|Medic 31]] to ED in [[C|Wenatchee]].
Pt's car (silver Subaru, WA [[VEH|CBX4417]]) left at trailhead - deputy to notify roommate.
""",
)

note(
    "b23-32",
    "Lupe Tafoya",
    """
CONSENT FOR INTERFACILITY TRANSFER (EMTALA)
Patient: [[N|Guadalupe]] "[[N|Lupe]]" [[N|Tafoya]]   DOB [[D|09/23/1944]]   Acct [[ACCT|V00087745512]]
Transferring from: Sierra Vista Community Hospital ED ([[C|Truth or Consequences]], NM)
Receiving: university hospital, [[C|Albuquerque]] - accepting Dr. [[N|Benally]]
Reason: higher level of care (NSTEMI, needs cardiac cath not available here)
Risks/benefits explained incl. deterioration en route; benefits outweigh risks.
Mode: ALS ground, unit [[VEH|SC-06]]   Departs approx 16:30 [[D|11-2-24]]
[x] I consent to transfer
Signature: (signed) by patient's daughter [[N|Maricela Tafoya-Nunez]], health care agent   Relationship: daughter   Phone [[PH|575-555-0188]]
Witness: [[N|A. Chee]], RN   Physician: [[N|P. Lucero]], MD   Date [[D|11/2/2024]] time 16:05
""",
)

note(
    "b23-33",
    "Rosario Quintanilla",
    """
MONITOREO REMOTO / HF REMOTE MONITORING - weight alert
Paciente: Sra. [[N|Rosario Quintanilla]]   MRN [[MRN|4417-0092-3]]   Idioma: espanol
Scale BodyTrace BT003 SN [[DEV|BT0030-77192]] (cellular, no wifi needed)
[[D|3/11]] 68.4 kg | [[D|3/12]] 69.1 | [[D|3/13]] 70.6  -> ALERT +2.2 kg/48 h
Call 10:20 via interpreter ID [[ID|55821]] (Spanish, phone) to cell [[PH|956-555-0171]]. Pt in [[C|Weslaco]] visiting her hija [[N|Paloma]]; left furosemide at home in [[C|Mission]]. Mild DOE, 2-pillow orthopnea, no CP.
Plan: daughter to buy furosemide 40 mg at local pharmacy - e-Rx sent to H-E-B pharmacy, [[ADDR|1415 N Texas Blvd]], [[C|Weslaco]]; take 40 mg x2 today then 40 daily. Recheck weight mañana. Warning signs reviewed en espanol.
RN [[N|Nayeli Cantu]] / supervising MD Dr. [[N|Okonkwo]]
""",
)

note(
    "b23-34",
    "Mildred Yellowhorse",
    """
COMMUNITY HEALTH REPRESENTATIVE (CHR) HOME VISIT LOG
CHR: [[N|Bernadine Walks Along]]   Date [[D|11/7/24]]   Mileage 62 (round trip, part gravel)
Client: [[N|Mildred Yellowhorse]], [[A|ninety-three]] y/o, lives w/ grandson [[N|Tyson]] at [[ADDR|118 Dull Knife Dr]], [[C|Lame Deer]], MT [[Z|59043]]
Chart # [[MRN|LD-030917]]   Phone (grandson's cell) [[PH|406-555-0131]]
BP 148/86 L arm seated, pulse 72. Blood sugar 164 (2 h after lunch). Pillbox filled for 1 wk; found 3 missed evening doses of amlodipine.
Woodstove working, propane delivered [[D|Nov 2]]. Needs ride to dental at IHS [[D|11/19]] - scheduled with tribal transit; if van full, CHR [[N|Walks Along]] will drive.
Client asked about LIHEAP; paperwork given. Elder meals program enrolled.
Next visit week of [[D|11/18]]. Supervisor notified of BP - [[N|D. Spotted Elk]], RN.
""",
)

note(
    "b23-35",
    "Gerald Fontenot",
    """
MAIL-ORDER PHARMACY - MEMBER SERVICES CALL NOTE
Member: [[N|Gerald Fontenot]]   Member ID [[HP|MHX 0048812-01]]   Group [[HP|RX7720]]
Caller verified w/ DOB [[D|July 30, 1949]] + ZIP.
Request: temporary ship-to for [[D|Dec]]-[[D|Mar]] (snowbird). Old: [[ADDR|77 Bayou Teche Rd]], [[C|Breaux Bridge]], LA [[Z|70517]]. Temp: [[ADDR|2040 Ocotillo Way, Space 112]], [[C|Mesa]], AZ [[Z|85215]].
Rx [[ID|4102277-08]] apixaban 5 mg and Rx [[ID|4102291-02]] metoprolol succ 50 mg - next fills [[D|12/04]] to temp address. Insulin requires cold-chain; member ok w/ Mon-Wed delivery only.
Email for tracking updated to [[EM|gfontenot49@att.net]].
Rep ID [[ID|CSR-40915]]
""",
)

note(
    "b23-36",
    "Marta Lindgren",
    """
REMOTE SPIROMETRY - HOME DEVICE UPLOADS (post lung transplant)
Pt [[N|Marta Lindgren]]   MRN [[MRN|T-0771456]]   Tx date [[D|4/22/2023]] (bilateral)
Device: MIR Spirobank Smart SN [[DEV|A23-045812]], paired to pt phone; app username [[N|breathe_easy_marta]]
Trend FEV1 (L): [[D|8/1]] 2.41 | [[D|8/8]] 2.38 | [[D|8/15]] 2.12 | [[D|8/16]] 2.09  -> >10% drop from baseline 2.45 - ALERT
Called pt [[PH|612-555-0178]]: new dry cough x5 d, no fever, husband [[N|Sven]] has a cold. Tacrolimus level last [[D|7/30]] 7.8.
Plan: resp viral panel + spirometry in clinic tomorrow; pt will drive down from [[C|Grand Marais]] (~4 h). If unable, labs at the local hospital, results faxed to [[FX|612-555-0179]].
Coordinator [[N|Linnea Haugland]], RN
""",
)

note(
    "b23-37",
    "Imogen Carruthers",
    """
VIDEO VISIT - CONVERTED TO TELEPHONE
Scheduled 14:00 [[D|Wed 3/19]]. Pt joined link [[URL|https://doxy.me/drkhalsa]] from phone; video would not connect (1 bar LTE at ranch). Switched to audio at 14:09, [[PH|406-555-0115]].
Pt: [[N|Imogen Carruthers]], 67 F   DOB [[D|12/1/57]]   MRN [[MRN|RM220415]]
HPI: COPD f/u. 2 flares since [[D|New Year's]]; last prednisone burst ended [[D|3/3]]. Using tiotropium daily, albuterol 2-3x/day. Wood stove + calving season = early mornings in barn.
Pulse ox at home 90-92% RA.
Plan: add budesonide/formoterol 160/4.5 2 puffs BID; sent to pharmacy in [[C|Big Timber]]. Pulm rehab via telehealth program (Tu/Th). Flu/COVID boosters done.
Audio-only visit, 22 min. Dr. [[N|Harjit Khalsa]], MD
""",
)

note(
    "b23-38",
    "Trevor Banks",
    """
AIR AMBULANCE - LZ COORDINATION (dispatch log)
[[D|10-12-2024]]
1904 Sheriff dispatch ([[PH|785-555-0123]]) requests helicopter for MVC rollover, Hwy 24 mile 212, 1 pt entrapped.
1906 Accepted. Aircraft [[VEH|N610AM]] (Bell 407) lifting from base in [[C|Hays]], ETA 24 min.
1911 LZ set by Deputy [[N|Kyle Brandt-Oyler]]: high school football field, [[C|Hill City]]. Wires N side. Contact on ch 3.
1933 Landed. Pt [[N|Trevor Banks]], 19 M, extricated 1929, GCS 11.
1951 Lifted to trauma center, [[C|Wichita]]. 
Pt's pickup, KS [[VEH|411 GRH]], VIN [[VEH|1FTFW1E58JFA22910]], towed by Rooks Towing.
Mother [[N|Sheree Banks]] notified by deputy at [[PH|785-555-0166]].
Log by [[N|kcomm3]].
""",
)

note(
    "b23-39",
    "Beatrice Oduya",
    """
CASE MGMT - OUT-OF-STATE GUARDIAN CALL
Pt [[N|Beatrice Oduya]], [[A|104]]-year-old F, adm [[D|5/30]] from memory care. MRN [[MRN|552-09-118]]
Guardian: [[N|Franklin Oduya]] (grandson), lives in [[C|Silver Spring]], MD; letters of guardianship from Montgomery Co. court, case no. [[ID|GDN-2019-04471]]. Phone [[PH|301-555-0192]].
Called [[D|6/2]] re: goals of care and placement. Guardian cannot travel until after [[D|Juneteenth]]; will attend family meeting by video.
Guardianship is from another state - legal (atty [[N|Siew Ling Tan]], [[PH|602-555-0134]]) says valid for medical decisions here pending registration.
Preferred SNF: Desert Bloom, [[C|Chandler]]; referral sent [[D|6/3]].
[[N|Yolanda Pruitt]], RN CM
""",
)

note(
    "b23-40",
    "Noor Haddad",
    """
RX TRANSFER - PHARMACY TO PHARMACY (out of state)
Transferring: Main Street Drug, [[C|Kalispell]] MT, RPh [[N|Doug Ferriter]] lic [[LIC|PHA-RPH-LIC-3317]], [[PH|406-555-0150]]
Receiving: Pharmacy #2218, [[C|Coeur d'Alene]] ID, RPh [[N|Noemi Castillo]] lic [[LIC|P-9114]]
Pt: [[N|Noor Haddad]]  DOB [[D|01/14/1988]]  new addr [[ADDR|1620 N 4th St, Apt 9]], [[C|Coeur d'Alene]] [[Z|83814]]
Rx [[ID|0662130]] levothyroxine 88 mcg, 5 refills remain, last filled [[D|10/28]]
Original prescriber Dr. [[N|Aubrey Knapp]], DEA [[LIC|AK4412907]] (MT) - non-controlled, transfer ok.
Transfer completed by phone [[D|11/19/24]] 14:12; Rx closed at transferring store.
""",
)

note(
    "b23-41",
    "Cornelius Abernathy",
    """
PERSONAL EMERGENCY RESPONSE (PERS) - FALL ALERT
Subscriber [[N|Cornelius Abernathy]], [[A|97]]   Acct [[ACCT|PERS-0091873]]   Pendant fall-detect SN [[DEV|LFD-558210-X]]; base unit SN [[DEV|HB3-01887]]
Home: [[ADDR|9 Old Mill Rd]], [[C|Peacham]], VT [[Z|05862]]
Event [[D|Jan 28]] 05:44 AUTO-FALL. Two-way voice: subscriber says "I'm on the kitchen floor, can't get up, no blood."
05:46 Responder #1 neighbor [[N|Hazel Dunmore]] [[PH|802-555-0108]] - no answer.
05:47 Responder #2 son [[N|Rob Abernathy]] [[PH|617-555-0143]] (lives 3 h away) - answered, requested EMS.
05:48 911/PSAP notified. 06:09 ambulance on scene, lift assist, subscriber declined transport.
Agent: [[N|mkoenig]]. PCP notified per care plan.
""",
)

note(
    "b23-42",
    "Dolores Whitaker",
    """
TELE-WOUND CONSULT (store-and-forward)
Submitted by home health RN [[N|Jamal Pettiford]] ([[EM|jpettiford@valleyhomecare.net]]) from pt's home in [[C|Paris]], TN, [[D|March 6]]
Pt: [[N|Dolores Whitaker]]  DOB [[D|5/15/1940]]  MRN [[MRN|HW-309821]]
Photos (3) + measurements: [[URL|https://wound.telederm-tn.com/u/DW309821/2025-03-06]]
Sacral stage 3 PI 4.2 x 3.1 x 0.8 cm, 20% slough, mod serous drainage, periwound maceration. Was 5.0 x 3.6 on [[D|2/20]]. Braden 13. Low-air-loss mattress in place.
Rec by wound NP [[N|C. Villanueva]]: continue Medihoney alginate + foam, change daily and prn; zinc barrier periwound; offload q2h; prealbumin; re-photo in 2 wk ([[D|3/20]]).
Response returned [[D|3/7]].
""",
)

note(
    "b23-43",
    "Harlan Pickett",
    """
AMBULANCE BILLING - CLAIM DETAIL
Account [[ACCT|AMB-2024-118802]]   Claim # [[ID|24-71-903316]]
Pt [[N|Harlan Pickett]]   DOB [[D|03-15-1946]]   SSN [[SSN|901-22-4718]]
Primary: Medicare [[HP|2WR7-PA1-GH05]]  Secondary: Blue plan member [[HP|XJB881204519]] group [[HP|000187344]]
DOS [[D|09/03/2024]]  A0427 ALS1 emergency; A0425 mileage 38 loaded miles (rural modifier)
Origin: residence [[ADDR|31 County Rd 140]], [[C|Marathon]], TX [[Z|79842]]; destination hospital in [[C|Alpine]]
PCS not required (emergency)
Denial [[D|10/11]]: CO-16 missing origin ZIP on secondary - corrected, resubmitted [[D|10/14]].
Guarantor: spouse [[N|Opal Pickett]], phone [[PH|432-555-0147]]
""",
)

note(
    "b23-44",
    "Margarethe Vos",
    """
CRUISE SHIP MEDICAL DISEMBARKATION - HANDOFF
Ship's physician: Dr. [[N|Luca Bianchi]]; ship's medical center sat-phone, cabin #8231 (pt's stateroom)
Pt: [[N|Margarethe Vos]], 72 F, Dutch national, passport [[ID|NX4K91PL2]]; home [[ADDR|Prinsengracht 419-2]], [[Z|1016 HK]] [[C|Amsterdam]]
Dx: suspected ischemic stroke, onset 06:50 [[D|12 Feb]] at sea (out of tPA window on arrival). CT unavailable onboard.
Disembarked by port agency ambulance at [[C|Fort Lauderdale]] 13:05, to stroke center. Travel insurer case # [[ID|EUR-25-033871]] (24h line [[PH|+31 20 555 0193]]).
Travel companion/sister [[N|Hanneke Vos-de Wit]], US cell while aboard [[PH|954-555-0112]].
""",
)

note(
    "b23-45",
    "Jaylen Whitmore",
    """
PRIOR AUTHORIZATION - OUT-OF-STATE MEDICAID
Member [[N|Jaylen Whitmore]], 16 M   Medicaid ID (SoonerCare, home state OK) [[HP|700118842]]
Temporarily in [[C|Fort Smith]], AR with father [[N|Derrick Whitmore]] after custody change [[D|Aug 15]]; home address still [[ADDR|2207 Quail Run]], [[C|Sallisaw]], OK [[Z|74955]].
Request: adalimumab 40 mg q2wk (Crohn's, failed azathioprine). Ordering: Dr. [[N|Meera Pillai]], peds GI, NPI [[ID|1316089944]].
PA # [[ID|PA-OK-24-558120]] submitted [[D|9/3]] - pended: out-of-state provider must enroll as OK Medicaid provider. Enrollment app submitted [[D|9/5]].
Bridge: manufacturer free-drug program approved thru [[D|11/30]], shipped to the [[C|Fort Smith]] address.
Contact father cell [[PH|479-555-0129]].
""",
)

note(
    "b23-46",
    "Irving Baptiste",
    """
ILR REMOTE ALERT - PAUSE
Pt [[N|BAPTISTE, IRVING]]   DOB [[D|1/8/1929]] - age [[A|96]]   MRN [[MRN|0093318874]]
Implant: LINQ II ILR SN [[DEV|RLB458201G]], implanted [[D|Jan 2024]] for syncope; app-based monitor on daughter's phone
Alert [[D|10/21/2025]] 02:17:36 - PAUSE 6.8 s, sinus arrest, no escape. 2nd pause 4.1 s at 02:19.
Action 08:05: called daughter [[N|Claudine]] [[PH|504-555-0125]] - pt asleep at time, no fall or syncope noted, well this AM.
Discussed with EP Dr. [[N|Fairbanks]]: pacemaker evaluation; clinic appt [[D|10/23]]. Pt instructed no driving (doesn't drive). Pt is in [[C|Metairie]] with daughter until [[D|Thanksgiving]], then home to [[C|Houma]].
Reviewed by [[N|A. Thibodeaux]], RN, CCDS
""",
)

note(
    "b23-47",
    "Sunita Rajagopal",
    """
NURSE ADVICE LINE - CALLBACK QUEUE (after hours)
-------------------------------------------------
21:02 | caller [[N|Sunita Rajagopal]] for self | cb [[PH|(469) 555-0102]] | pregnant 11 wk, spotting
21:14 | RN [[N|O. Mbeki]] | returned call, no answer, VM left
21:31 | RN [[N|O. Mbeki]] | reached pt, spotting light, no clots, no pain. Rh status unknown, pt visiting from [[C|Plano]] at parents' in [[C|Lubbock]]. Disp: see PCP/OB within 24 h; ED if soaking pad/hr or severe pain.
21:33 | portal msg sent to OB Dr. [[N|Hendrika Vos]] w/ pt MRN [[MRN|PL-4420193]]
-------------------------------------------------
22:40 | caller [[N|Rusty]] (husband of [[N|Faye Dodd]], DOB [[D|2/19/1934]]) | cb [[PH|806-555-0156]] | "she's [[A|90]] and pulled out her catheter"
22:52 | RN [[N|O. Mbeki]] | Foley out intact, not voided yet. Disp: home health on-call nurse to visit; ED if no void by 04:00.
""",
)

note(
    "b23-48",
    "Wendell Stroud",
    """
REMOTE TELEPHARMACY SITE - VERIFICATION RECORD
Site: [[C|Moorcroft]], WY (tech-only site; remote pharmacist [[N|Gabriela Montanez]], PharmD, WY lic [[LIC|RPH-4471]], verifying from [[C|Casper]])
Tech on site: [[N|Kylee Rasmussen]], CPhT reg [[LIC|TECH-10392]]
Pt [[N|Wendell Stroud]]   DOB [[D|04/04/1941]]   Rx [[ID|318802]] warfarin 5 mg #30
Counseled via two-way video kiosk at 11:42 [[D|2/28]]: new generic manufacturer, same dose; INR check due [[D|3/6]] at the clinic.
Image verification: 4 images, NDC matched, count verified by camera.
Pt phone [[PH|307-555-0111]]; wife [[N|Arlene]] picks up most fills.
Next refill eligible [[D|3/24]].
""",
)

note(
    "b23-49",
    "Real Gagnon",
    """
INTERNATIONAL VISITOR - REGISTRATION & COVERAGE (Canadian snowbird)
Pt: [[N|GAGNON, Real]]  DOB [[D|1938-11-27]] (86)   Temp US address: [[ADDR|4112 Seagrape Cir]], [[C|Zephyrhills]] FL [[Z|33542]]
Home: [[ADDR|88 rue des Erables]], [[C|Sherbrooke]] QC [[Z|J1H 4K7]]
Provincial health card (RAMQ) [[HP|GAGR 3811 2714]] - not billable here; travel insurance policy [[HP|TIC-ON-4418870]], emergency assistance [[PH|1-800-555-0197]], pre-auth # [[ID|PA55192-Q]]
Presenting: cellulitis R leg; needs IV cefazolin, 2-3 days obs. Insurer requires call within 24 h - done [[D|14 janv.]] 16:20 by [[N|Ma. Teresa Lim]], registrar.
Wife [[N|Huguette]] speaks French only; interpreter line used.
""",
)

note(
    "b23-50",
    "Priya Venkataraman",
    """
TELEDERMATOLOGY - STORE AND FORWARD REPORT
Referring: [[N|Thaddeus Olowe]], PA-C, tribal health clinic, [[C|Hoopa]], CA   Submitted [[D|07/15/2025]]
Pt: [[N|Priya Venkataraman]], 44 F   MRN [[MRN|KT-8842017]]   Image set [[ID|TD-25-10447]]
History: 8 mm changing pigmented lesion L calf, first noticed in 2024, darker since [[D|May]].
Dermoscopy (DermLite) images: asymmetric, atypical network, regression areas. ABCD TDS 5.8.
Impression: concerning for melanoma. Recommend excisional biopsy with 1-2 mm margins within 2 weeks; can be done at referring site - instructions attached. Pathology to dermpath.
Dermatologist: [[N|Miriam Szeto]], MD   Response turnaround 26 h.
Pt contact [[PH|707-555-0187]]; preferred email [[EM|priya.v.hoopa@outlook.com]]
""",
)

note(
    "b23-51",
    "Unknown male (Doe)",
    """
MEDIC-TO-ED RADIO REPORT (transcribed by ED secretary)
1448 "General, this is [[VEH|Medic 9]], inbound priority 1 with one. Approximately 60-year-old male, unknown name, found down at the rest area on I-80 eastbound near [[C|Wells]]. Bystander [[N|Cody]] saw him collapse. Initial rhythm VF, shocked x3, ROSC at 14:31. Intubated, 7.5 at 23 at the teeth. BP 96 over 58, rate 110, sat 94. Epi times two. Amiodarone 300. ETA 18 minutes."
Pt belongings: wallet w/ NV driver license [[LIC|1504477182]] - name [[N|Ramon Estrada]], DOB [[D|6/30/1963]], address [[ADDR|640 Idaho St]], [[C|Elko]].
Truck at rest area, NV plate [[VEH|48C 221]], sheriff notified.
Registered under a trauma alias pending positive ID. Secretary [[N|bwillis]].
""",
)

note(
    "b23-52",
    "Leopold Mancini",
    """
HOSPITAL AT HOME - DAY 3 VIRTUAL ROUNDS
Pt [[N|Leopold Mancini]], [[A|91]]M, CHF exacerbation, admitted to home program [[D|4/14]].
Kit: Biofourmis patch SN [[DEV|BFX-2231-0057]], tablet, BP cuff, scale. Rounds by video 09:05 with Dr. [[N|Sato]] (remote) + paramedic at bedside.
Overnight: 2 alerts (HR 121 at 01:40 - artifact while turning; SpO2 89% x 3 min, resolved w/ repositioning).
Wt 77.9 kg (-1.6 kg since admission). K 3.6, Cr 1.3 (baseline 1.2). IV furosemide 80 mg BID by visiting RN, transitions to PO 40 mg BID tomorrow.
Home: 2nd-floor walk-up, stair lift ordered. Home health aide 4 h/day. Fall risk: high; Morse 55.
Escalation criteria reviewed; ambulance response time to this zip ~12 min. Discharge from program anticipated day 5.
""",
)

note(
    "b23-53",
    "Shirley Attakai",
    """
PURCHASED/REFERRED CARE (PRC) REFERRAL REVIEW
Pt: [[N|Shirley Attakai]]   Chart [[MRN|WR 204417]]   Eligibility: enrolled member, resides within CHSDA.
Referral: orthopedic surgery, R knee TKA, to private group off-reservation (no ortho at service unit).
Medical priority: Level II (preventive/chronic). Alternate resources: pt has Medicaid - must bill first (payer of last resort). Medicaid ID [[HP|AZ7001185522]].
Committee decision [[D|Wednesday]]: APPROVED contingent on Medicaid denial/EOB.
Transport: pt to arrange; tribal transit [[D|Tues 6/17]] for pre-op.
Notified pt by phone at her daughter's house. PRC tech [[N|Kee]].
""",
)

note(
    "b23-54",
    "Doris Feldmann",
    """
MEDICATION RECONCILIATION - RETURNING SNOWBIRD
Pt back from 5 months in Florida; brought bag of bottles. Winter PCP there added 2 meds without notes to us.
Pt: [[N|Doris Feldmann]], 81 F
Bottles reviewed:
- metoprolol tartrate 25 mg BID (ours; was succinate 50 daily - pt taking BOTH -> HR 52 today)
- pantoprazole 40 mg (FL PCP Dr. [[N|Ojukwu]], started [[D|January]] for reflux)
- gabapentin 300 mg TID (FL urgent care, "for sciatica") - dizziness, 1 fall in [[D|Dec]]
- alendronate 70 weekly (ours) - taking daily by mistake x ~3 wk; stopped
- vitamin D 2000 IU, fish oil, melatonin 5 mg OTC
Plan: stop tartrate, keep succinate; taper gabapentin to 100 TID; records request to FL office, fax [[FX|941-555-0106]]. PDMP checked - gabapentin is reportable in our state.
Pharmacist [[N|Cheng]] updated blister pack; daughter [[N|Ilse]] to supervise.
""",
)

note(
    "b23-55",
    "Marcus Delaney",
    """
OPO REFERRAL CALL (imminent death trigger)
Call placed 19:22 by ICU RN to organ procurement 24/7 line. OPO referral # [[ID|OPO-24-118057]].
Pt [[N|Marcus Delaney]], 27 M, anoxic brain injury after overdose, GCS 3, ventilated, family considering withdrawal.
Hospital is a 25-bed CAH; OPO coordinator [[N|Renata Vasquez-Lyle]] will travel from [[C|Salt Lake City]], ETA 4-5 h by road (no flight - weather).
Donor registry check: registered donor via state DL.
Do NOT approach family about donation before OPO arrives (designated requestor policy). Vent/pressors continue: norepi 0.08.
Mother [[N|Tamara]] at bedside.
""",
)

note(
    "b23-56",
    "Agnes Kowalski",
    """
POISON CENTER - THERAPEUTIC ERROR, ELDERLY
Case [[ID|PC-25-004812]]   Caller: granddaughter, from [[C|Elyria]], OH
Pt: [[N|Agnes Kowalski]], "[[A|91]] or [[A|92]] I think" - confirmed DOB [[D|10/10/1933]] = [[A|91]].
Took evening metoprolol succinate 100 mg twice (2nd dose ~21:00) + donepezil 10 mg. Weekly organizer, Sunday row. No sx; HR on home cuff 64, BP 128/70.
Rec: observe at home with caregiver; recheck HR/BP q1h x 6 h; call back or 911 if HR < 50, dizzy, faint, SOB. No need for ED at this time.
F/u 02:10: HR 58, sleeping comfortably. F/u 07:30: HR 66, up for breakfast. Case closed, outcome no effect.
""",
)

note(
    "b23-57",
    "Baby Boy Rosales",
    """
TELE-NEONATAL CONSULT (video into L&D, rural hospital)
Mother: [[N|Yadira Rosales]], G2P2, 36+2 wk. Infant: Baby Boy [[N|Rosales]], born 03:12 [[D|10/9]], BW 2.61 kg, Apgars 6/8.
Neonatologist on video: Dr. [[N|Pham]]; bedside: FP Dr. [[N|Kellogg]], RN [[N|Brooke]].
Problem: grunting, retractions, SpO2 88% RA at 20 min. CPAP +5, FiO2 0.35 -> sat 94%. Glucose 38 -> D10 2 mL/kg.
Plan: transfer to Level III NICU; neonatal team via ground (ETA 1 h 50 min). Surfactant not given locally.
Father [[N|Ernesto]] will follow by car.
""",
)

note(
    "b23-58",
    "Ximena Arguello",
    """
PEDS DIABETES - REMOTE PUMP/CGM UPLOAD REVIEW (family moved out of state)
Pt: [[N|Ximena Arguello]], 12 F. Omnipod 5 PDM SN [[DEV|PDM5-0092217]]; Dexcom G6, Glooko clinic code used.
Family relocated from our area to [[C|Murfreesboro]], TN in early [[D|June]]; new endo appt not until [[D|9/18]] - we continue remote mgmt until then per TN licensure bridge (telehealth under dad's temporary address ok'd by compliance).
Upload [[D|7/22]]: TIR 58%, TAR 38%, TBR 4%. Auto mode 91% of time. Dinner spikes to 300s; carb ratio 1:12 -> 1:10 at dinner. Target 110.
Sent settings via portal to mom [[N|Carolina]]; she confirmed changes entered 19:10. Next upload in 1 wk.
CDCES [[N|Whitney Obi]]
""",
)

note(
    "b23-59",
    "Clifford Yazzie-Hart",
    """
DMV MEDICAL REVIEW - PHYSICIAN REPORT (out-of-state licensee)
Driver: [[N|Clifford Yazzie-Hart]]   DOB [[D|05/05/1957]]   Driver license (UT) [[LIC|184221907]]
Reason for review: seizure [[D|1/12/2025]] while visiting relatives in Arizona; reported by AZ officer; UT DMV case [[ID|MR-25-00617]].
Diagnosis: provoked seizure (hyponatremia, Na 118 on levetiracetam-free baseline). EEG normal, MRI normal. Na now 138.
Medications: none for seizures; sertraline stopped.
Seizure-free since event. Recommendation: may drive after 3 months seizure-free per state guideline, i.e. after [[D|April 12]]. No CDL.
Examining physician: [[N|Reuben Sandoval]], MD, UT lic [[LIC|6671203-1205]]   Signed [[D|2/20/25]]
""",
)

note(
    "b23-60",
    "Opal Guidry",
    """
DISCHARGE - TO OUT-OF-STATE SNF
Pt [[N|Opal Guidry]], [[A|99]] y/o F. Discharging to skilled nursing facility near niece in [[C|Beaumont]], TX (pt's home parish in Louisiana has no bed with memory care).
Transport: wheelchair van, company dispatch ref [[ID|WCV-77302]], vehicle plate LA [[VEH|P448291]], pickup 10:00 [[D|Tuesday]].
Meds: donepezil 10 mg qHS, sertraline 25 mg, acetaminophen 650 q6h prn, senna. Stopped: oxybutynin (Beers list).
Diet: mechanical soft, thin liquids. Code: DNR, POLST copy sent (POLST from LA honored in TX per SNF).
Report called to SNF nurse [[N|Arceneaux]] at [[PH|409-555-0135]]. Niece [[N|Yvette Guidry-Lemoine]] to meet van.
""",
)


if __name__ == "__main__":
    write(OUT, NOTES)
