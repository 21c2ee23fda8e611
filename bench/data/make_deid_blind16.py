#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind16.jsonl.

Blind set 16: hand-written, synthetic US clinical text with an emphasis on
messages and semi-structured exports rather than narrative notes: secure-chat
and pager threads with timestamps and user handles, e-mail threads with
headers and signatures, SMS reminders, OR and dialysis schedules, radiology
worklists, pharmacy refill queues, LIS interface comments, HL7-like segments,
key=value / JSON / XML / CSV snippets pasted into notes, audit and telehealth
logs, research and IT help-desk tickets, occupational and employee health,
school-nurse, camp, college and team-physician notes, travel medicine and
international patients (foreign addresses, postal codes, phone numbers and
passports), dental and optometry.  Ages over 89, e-mail addresses, URLs, IP
addresses, licences, health-plan numbers and miscellaneous record numbers are
deliberately frequent.  Every person, number and address is fictional; US
phone and fax numbers use the 555-01xx range.

Annotation conventions (HIPAA Safe Harbor), inline markup [[CAT|surface]]:

* NAME: patients, relatives, friends, caregivers and staff, including
  nicknames, lower-case or all-caps names, initials standing for a person,
  staff log-in names and online handles.  Titles (Dr., Mr., RN ...) and
  credentials (MD, LICSW ...) stay outside the span, as does the "@" of a
  handle.
* DATE: every date element more specific than a year (full dates in any
  format, month+day, month+year, a month, weekday or holiday used as the date
  of an event).  In date-times only the date part is marked; times of day,
  bare years, durations and recurring schedules ("MWF") are not.
* AGE: ages over 89 only, the number alone.
* PHONE / FAX: the whole number, an extension inside the span.
* SSN, MRN, HEALTH_PLAN (Medicare MBI, Medicaid, plan member and travel
  policy numbers), ACCOUNT, LICENSE (driver's licence, professional licence,
  DEA, certifications), DEVICE (implant and equipment serial numbers),
  VEHICLE, EMAIL, URL, IP; any other number or code that identifies the
  person or their record (accessions, case, claim, badge, order, encounter,
  ticket, session, subject and employee IDs, NPIs, passports, court and
  certificate numbers) is ID.
* ADDRESS: street number + street name, unit, PO box, rural route; CITY: US
  and foreign cities, towns and neighbourhoods; ZIP: ZIP and foreign postal
  codes.  States and countries are not marked.
* Not marked: facility, company, agency and organisation names (a town
  inside one stays unmarked and is listed in the note's ``allow``), eponyms,
  room/bed numbers, drug and device model names/numbers, vaccine lot numbers,
  trial names and NCT numbers, IRB protocol numbers, staging, scores, lab
  values, gene variants, ICD/CPT codes, tooth numbers, host/workstation
  names, bare years.

Stdlib only.  Run: python bench/data/make_deid_blind16.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind16.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b16-01",
    "Adaeze Okonkwo",
    """
Secure Chat - thread 6W (Unit 6 West) - participants: 4
[[D|Thu 3/14]] 0815 @[[N|kpatel3]] (Hospitalist): 612B [[N|Okonkwo, Adaeze]], [[A|94]]F, MRN [[MRN|00418823]] - family wants an update today. dtr [[N|Chioma]] [[PH|(857) 555-0119]]
0817 @[[N|r.mendes]] RN: she's also asking about the Foley. UA sent, acc# [[ID|U24-073311]]
0822 @[[N|kpatel3]]: ok. K 3.2 this AM, repleting 40 mEq PO x1. pls tell [[N|Chioma]] I'll call after rounds ~1100
0830 @[[N|r.mendes]]: fyi son [[N|Emeka]] called from [[C|Houston]], wants a call too -> [[PH|713.555.0162]]
0831 @[[N|kpatel3]]: 👍 will do both
""",
)

note(
    "b16-02",
    "Edward Hawthorne",
    """
PAGER LOG - 5 NORTH (export run 0600, last 24h)
[[D|2024-06-02]] 02:14:07 TO: Dr [[N|Vukovic]] FROM: [[N|Lauren T.]] RN MSG: 5N-14 [[N|HAWTHORNE, E]] BP 88/50 HR 118, lactate 3.1. cb [[PH|617-555-0147]]
[[D|2024-06-02]] 02:31:55 TO: [[N|Vukovic]] FROM: [[N|Lauren T.]] MSG: 30cc/kg bolus started per sepsis protocol. BCx x2 sent [[ID|BC-2406-00871]]
[[D|2024-06-02]] 03:05:40 TO: RRT FROM: [[N|jhawk]] (charge) MSG: rpt BP 96/58 after 2L, AOx3. wife [[N|Edith Hawthorne]] en route from [[C|Quincy]], cell [[PH|617 555 0188]]
""",
)

note(
    "b16-03",
    "Harold Whitcombe",
    """
From: [[N|Marguerite Oyelaran-Diaz]] <[[EM|moyelaran@northshoregeri.example]]>
Sent: [[D|Monday, October 7, 2024]] 4:12 PM
To: [[N|Kerry-Ann Forde]] <[[EM|kforde@cedarbrookhh.example]]>
Subject: RE: referral - [[N|Whitcombe, Harold]] [[D|02/11/1931]]

Hi [[N|Kerry-Ann]] - following up on Mr. [[N|Whitcombe]] ([[A|93]] y/o, DOB [[D|02/11/1931]]). He d/c'd home to [[ADDR|48 Larkspur Ln, Apt 3C]], [[C|Beverly]] MA [[Z|01915]] on [[D|10/4]]. Needs PT/OT + RN for INR checks (warfarin, goal 2-3). Medicare MBI [[HP|4TY7-KD2-HP81]].
Daughter [[N|Janet]] is POA: [[PH|978-555-0131]].

Thanks,
[[N|Marguerite Oyelaran-Diaz]], MSW, LICSW
North Shore Geriatrics | p [[PH|978-555-0150]] | f [[FX|978-555-0151]]
""",
)

note(
    "b16-04",
    "Bao Tran",
    """
SMS OUTBOX - Brightside Family Dental - batch [[D|11/18]] 08:00
to [[PH|+1 (415) 555-0172]]: Hi [[N|Soraya]]! Reminder: cleaning w/ Dr. [[N|Feld]] [[D|Tue 11/19]] at 9:40am. Reply C to confirm, R to reschedule.
to [[PH|415-555-0193]]: Hello Mr. [[N|Tran]], your crown seat (#30) is [[D|Wed Nov 20]] 2:15pm. Pls bring ins card (Delta Dental ID [[HP|DDX448190-02]]).
REPLY from [[PH|415-555-0193]] [[D|11/18]] 14:02: "cant make it, can we do the [[D|27th]]? -[[N|Bao]]"
STATUS: 3 sent / 0 failed / 1 reply. user: [[N|frontdesk_kmoreno]]
""",
)

note(
    "b16-05",
    "Rosalind Abernathy",
    """
OR SCHEDULE - MAIN OR - [[D|Wednesday 05/22/2024]] (printed 0545)
Rm | Time | Pt (MRN) | Age | Procedure | Surgeon | Anes
OR 3 | 0730 | [[N|ABERNATHY, ROSALIND]] ([[MRN|M7730142]]) | [[A|92]] | L hip hemiarthroplasty | [[N|Kessler]] | [[N|Iyer]]
OR 5 | 0730 | [[N|DEMPSEY, CONOR J]] ([[MRN|M7702216]]) | 58 | Whipple (PPPD) | [[N|Achebe-Stone]] | [[N|Brandt]]
ADD-ON: [[N|VANDERMEER, HOPE]] ([[MRN|M7745510]]) | [[A|90]]F | IM nail R femur | consent via son (POA)
** Whipple needs 4u PRBC crossmatched (BB spec [[ID|BB24-11203]]). ASA 3.
""",
)

note(
    "b16-06",
    "Amélie Dubois-Lambert",
    """
*** LIS -> EHR interface message (auto-appended) ***
Spec: [[ID|24-187-04412]]  Coll: [[D|07/05/24]] 0640  Recv: [[D|07/05/24]] 0731
Pt: [[N|Dubois-Lambert, Amélie]]  MRN: [[MRN|5510387]]  Enc: [[ID|E-88310274]]
Ordering: [[N|Haskins, Raymond]] MD  NPI [[ID|1487726350]]
COMMENT: Specimen hemolyzed (H-index 3+). K 6.1 may be falsely elevated. Recollect requested; RN [[N|T. Obi]] notified 0752 by [[N|mwagner]] (MLS), read-back OK. Called from lab [[PH|508-555-0124 ext 311]].
Result corrected from prior report [[D|07/04/24]], accession [[ID|24-186-03977]] (wrong pt label). Occurrence report filed.
Test codes: BMP, MG, PHOS. Ref range K 3.5-5.1.
""",
)

note(
    "b16-07",
    "Teresa Kowalczyk",
    r"""
HL7 msg pasted by registration for HIM correction:
MSH|^~\&|REG|STLUKE_N|LAB|RMC|[[D|20240314]]0815||ADT^A08|MSG00417|P|2.5.1
PID|1||[[MRN|3300918]]^^^SLN^MR||[[N|KOWALCZYK]]^[[N|TERESA]]||[[D|19330407]]|F|||[[ADDR|1187 Old Mill Rd]]^^[[C|Pittsfield]]^MA^[[Z|01201]]||[[PH|(413)555-0166]]|||||[[ACCT|A00982231]]|[[SSN|412-66-0937]]
PV1|1|I|4W^412^B||||[[ID|1093847561]]^[[N|NAKAMURA]]^[[N|KENJI]]^^^MD
IN1|1|MCR||Medicare A&B|||||||||||||||||||||||||||||||||[[HP|1EG4-TE5-MK73]]
NTE|1||Pt is [[A|90]] y.o., Polish interpreter needed. DOB was keyed wrong on [[D|3/13]] - corrected.
""",
)

note(
    "b16-08",
    "Ingrid Sørensen",
    """
[ADT demographics export v2 - key=value]
patient_name="[[N|Sørensen, Ingrid K]]"
dob=[[D|1931-12-02]]
age=[[A|92]]
sex=F
mrn=[[MRN|HX-0049127]]
acct=[[ACCT|8830011742]]
addr1="[[ADDR|2290 Fjord View Dr]]" addr2="[[ADDR|Unit 14]]" city="[[C|Bellingham]]" st=WA zip=[[Z|98225]]
phone_home=[[PH|360-555-0114]]
email=[[EM|ingrid.sorensen31@northwindmail.example]]
pcp="Dr. [[N|Anneliese Vogt]]" pcp_npi=[[ID|1356620981]]
payer="Regence BlueShield" member_id=[[HP|RBS884019233]]
ec_name="[[N|Lars Sorensen]]" ec_rel=husband ec_phone=[[PH|360-555-0178]]
last_visit=[[D|2024-02-19]]T10:42:00
created_by=[[N|jtorvik]]
""",
)

note(
    "b16-09",
    "Esperanza Ruiz Calderón",
    """
Portal msg flagged by IT - pasted raw for HIM review:
{"msgId": "[[ID|PM-20240909-55817]]", "patient": {"name": "[[N|Ruiz Calderón, Esperanza]]", "mrn": "[[MRN|10448271]]", "dob": "[[D|1950-03-30]]"},
 "sender": "proxy", "proxyName": "[[N|Dolores Ruiz]]", "proxyEmail": "[[EM|dolo.ruiz77@correo.example]]",
 "sentAt": "[[D|2024-09-09]]T22:41:17-05:00", "clientIp": "[[IP|198.51.100.201]]", "userAgent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5)",
 "body": "mi mama tiene fiebre 38.9 desde el [[D|sabado]], que hago?? tel [[PH|956-555-0133]]"}
HIM note: proxy access verified [[D|09/10/24]] per form on file. Routed to triage pool. -- [[N|ctrinh]]
""",
)

note(
    "b16-10",
    "Gérard Bouchard",
    """
Outside CCD fragment (from referring practice), pasted for reconciliation:
<recordTarget><patientRole>
 <id root="2.16.840.1.113883.19.5" extension="[[MRN|998214471]]"/>
 <addr use="HP"><streetAddressLine>[[ADDR|77 Quarry Hill Rd]]</streetAddressLine><city>[[C|Barre]]</city><state>VT</state><postalCode>[[Z|05641]]</postalCode></addr>
 <telecom value="tel:[[PH|+1-802-555-0139]]" use="HP"/>
 <telecom value="mailto:[[EM|gbouchard@greenmtnmail.example]]"/>
 <patient><name><given>[[N|Gérard]]</given><family>[[N|Bouchard]]</family></name>
 <administrativeGenderCode code="M"/><birthTime value="[[D|19310618]]"/></patient>
</patientRole></recordTarget>
Reconciled by [[N|S. Bergeron]], PharmD [[D|4/22]]: pt [[A|93]], on apixaban 2.5 bid (age/wt criteria), CrCl 38.
""",
)

note(
    "b16-11",
    "Maeve Fitzgerald",
    """
RAD WORKLIST  CT-2  [[D|12/03/2024]]  sorted: priority, then arrival   reader: [[N|akhanna]]
ACC#           PATIENT                 AGE/SX  EXAM                          ORDERING     LOC    ST
[[ID|CT2412030044]]   [[N|FITZGERALD, MAEVE]]       [[A|96]]F    CT head w/o (fall, on apixaban)   [[N|Nwosu]]        ED-12  STAT
[[ID|CT2412030019]]   [[N|LOCKLEAR, JUNE E]]        71F     CT A/P w/ contrast             [[N|Delgado-Finch]]  4S-401 RTN
[[ID|CT2412030060]]   [[N|PETTIBONE, ARLO]]         [[A|101]]M    CT C-spine w/o                 [[N|Nwosu]]        ED-09  STAT
comments: [[N|LOCKLEAR]] - eGFR 41 ([[D|12/02]]), hydrate per protocol. [[N|PETTIBONE]] - hx of C5-6 fusion, metal artifact expected.
""",
)

note(
    "b16-12",
    "Amparo Gutierrez",
    """
REFILL QUEUE - Outpt Pharmacy (Bldg C) - pulled [[D|Mon 1/6/25]] 0900 by [[N|dsoto]]
1) [[N|Gutierrez, Amparo]] ([[A|91]]) DOB [[D|4/2/1933]] - amlodipine 5 mg #90, 0 RF left -> faxed Dr [[N|Lindqvist]] [[FX|(763) 555-0141]]. Rx# [[ID|4471209]]
2) [[N|Boateng, Kofi]] DOB [[D|11/19/1961]] - metformin ER 500 mg 2 tabs qPM; PA on file. Pt req delivery to [[ADDR|880 Cedar Ave S, #4]], [[C|Richfield]] [[Z|55423]]
3) [[N|Holm, Bettina]] ([[A|95]]) - warfarin 2.5 mg, take 1/2 tab Sun/Wed, 1 tab other days. INR 2.4 ([[D|12/30]]). Rx# [[ID|4469920]]
""",
)

note(
    "b16-13",
    "Nettie Caldwell",
    """
Research Data Request - Ticket [[ID|RDR-2024-0381]] - status: ON HOLD (privacy)
Requester: [[N|Priyanka Venkataraman]], PhD ([[EM|pvenkat@ruralhealthresearch.example]])
PI: Dr. [[N|Tomasz Wierzbicki]]   IRB# 2023-1147 (limited data set approved)
Issue found by honest broker [[N|gwatts]] on [[D|Aug 14]]: export for subject [[ID|ELM-0142]] contained direct identifiers - name '[[N|Nettie Caldwell]]', DOB [[D|08/30/1932]], street ([[ADDR|210 Shelby St]]), plus age [[A|92]] not top-coded.
Action: file withdrawn from [[URL|https://redcap.ruralhealthresearch.example/project/1147/files/export_v3.csv]]; requester to confirm deletion of local copy by [[D|8/16]].
Related subjects also flagged: [[ID|ELM-0139]], [[ID|ELM-0150]].
""",
)

note(
    "b16-14",
    "Abena Mensah",
    """
[[ID|INC0091742]] | P3 | Opened [[D|2024-04-22]] 07:58 by svc-desk ([[N|Renee Albright]])
Caller: [[N|Jamal Whitfield]], RN, 7 Tower (emp ID [[ID|200418]]), callback [[PH|414-555-0191]]
Short desc: can't log into Haiku/Vocera after phone reset
Details: user [[N|jwhitfield2]] locked out after 5 failed attempts from [[IP|10.42.18.77]]. Also reports wound photo for pt Ms. [[N|Abena Mensah]] (MRN [[MRN|6627104]]) stuck in upload queue since [[D|Saturday]].
Work notes: unlocked acct, reset MFA, cleared cache. Photo re-sent to media mgr, confirmed in chart [[D|04/22]] 0815.
Resolved by [[N|dmarsh]]. Re-open: [[URL|https://servicedesk.lakeshorehealth.example/ticket/INC0091742]]
""",
)

note(
    "b16-15",
    "Bao Chau Nguyen-Hartley",
    """
EMPLOYEE HEALTH - BBFE (needlestick) - initial
Employee: [[N|Nguyen-Hartley, Bao Chau]]  Emp# [[ID|E0417733]]  Dept: Periop  Badge [[ID|55102]]
DOI: [[D|8/14/24]] approx 1340, 25g needle after IM inj, L index finger, through glove.
Source pt: [[N|Lemaire, Jacques]] (MRN [[MRN|2019934]]) - source labs drawn [[D|8/14]] (HIV Ag/Ab, HBsAg, HCV Ab), spec [[ID|24-227-00912]]
Employee baseline: HBsAb 112 (immune). HIV/HCV drawn.
PEP: deferred pending rapid source HIV (result 1520: nonreactive). F/u 6 wk & 6 mo.
Supervisor [[N|Deb Kowalski]] notified. WC claim [[ID|WC-24-10588]].
Employee cell [[PH|312-555-0127]], personal email [[EM|bchau.nh@lakeviewmail.example]]. Seen by [[N|R. Amadi]], NP.
""",
)

note(
    "b16-16",
    "Funmilayo Oyelowo",
    """
Annual TB / N95 fit-test roster - EVS + Dietary - all due by [[D|10/31]]
EmpID   Name                 QFT drawn   Result   Respirator (model/size)
[[ID|300912]]  [[N|OYELOWO, Funmi]]      [[D|9/3/24]]      neg      3M 1860S / small
[[ID|301455]]  [[N|Sokolova, Irina]]     pending     -        Halyard 46727 / reg
[[ID|301602]]  [[N|Tuilagi, Sione]]      [[D|9/6/24]]      IND      3M 1860 / reg -> CXR ordered
Notes: [[N|Irina]] on leave until after [[D|Labor Day]], rescheduled. [[N|Sione]] IND result, repeat QFT + sx screen; reach at [[PH|253-555-0148]].
Roster owner: [[N|Evelyn Whitlock]], RN COHN ([[EM|e.whitlock@tacomaregional.example]])
""",
)

note(
    "b16-17",
    "Kaito Brennan-Ishida",
    """
Maple Grove Middle School - Health Office Visit
Date: [[D|02/06/2025]]   In 10:20 / Out 10:55
Student: [[N|Kaito Brennan-Ishida]]   Gr 7   Student ID [[ID|2031447]]
C/o: wheezing after PE (mile run). Hx asthma; albuterol MDI kept in office per MD order (Dr. [[N|Sunita Rao]], Lakeshore Peds).
Assess: RR 28, SpO2 94% RA, exp wheeze b/l. Albuterol 4 puffs via spacer per plan. Recheck 10:40 RR 20, SpO2 98%, clear. Sent back to class? No - resting.
Called mom [[N|Mariko]] at [[PH|(262) 555-0109]] (works in [[C|Brookfield]]), will pick up at 1200. Emailed teacher Mr. [[N|Dunleavy]] ([[EM|sdunleavy@mgms-k12.example]]).
Nurse: [[N|Colleen Parr]], RN, NCSN
""",
)

note(
    "b16-18",
    "Deshawn Okoro",
    """
Westbury Univ Athletics - Sideline concussion eval
Athlete: [[N|Deshawn "Tank" Okoro]]  DL, jr  DOB [[D|05/19/2004]]  SID [[ID|W11820457]]
Event: [[D|9/21/24]] away at [[C|Waukesha]], helmet-to-helmet Q2 ~8:40 left.
SCAT6: sx score 14/22, severity 38. Orientation 5/5, immed memory 21/30, delayed recall 3/10. Tandem gait abnl. BESS 12 errors.
Assessment: concussion, removed from play, no RTP today.
Plan: graduated RTL/RTP, ImPACT on [[D|Monday]]. No driving x24h. Roommate [[N|Jaylen]] to monitor overnight.
Coach [[N|Brian Pettigrew]] notified. Father [[N|Obinna Okoro]] [[PH|708-555-0153]].
ATC: [[N|Molly Vance]], LAT (IL lic [[LIC|AT-004412]]). MD: [[N|R. Castellanos]], DO.
""",
)

note(
    "b16-19",
    "Anjali Deshmukh-Ferreira",
    """
TRAVEL MEDICINE CONSULT
Pt: [[N|Anjali Deshmukh-Ferreira]], 34F   Passport (IND) [[ID|Z4481907]]
Itinerary: depart [[D|11/02]] -> [[C|Mumbai]] (family wedding) [[D|11/03]]-[[D|11/10]], then Goa, then [[C|Kathmandu]]; trek to [[C|Namche Bazaar]] [[D|11/14]]-[[D|11/24]]; return via [[C|Doha]] [[D|11/26]].
Vaccines today: Typhim Vi (lot U7734AA), HepA #2. MMR, Tdap UTD. JE discussed - declined.
Rx: atovaquone-proguanil 250/100, 1 tab daily, start 2d before Goa. Acetazolamide 125 mg bid for ascent. Azithro 1 g x1 PRN TD.
Local contact: uncle [[N|Prakash Deshmukh]] [[PH|+91 22 5555 0123]], [[ADDR|14 Marine Drive, Flat 6B]], [[C|Mumbai]] [[Z|400020]].
""",
)

note(
    "b16-20",
    "Wilhelmina Ashcroft-Nair",
    """
International Patient Services - intake
Name: [[N|Wilhelmina "Billie" Ashcroft-Nair]]   DOB [[D|22/07/1931]] (age [[A|93]])
Home: [[ADDR|Flat 2, 19 Ashbourne Grove]], [[C|London]] [[Z|SE22 8RJ]], UK   Tel [[PH|+44 20 7946 0958]]  Mob [[PH|+44 7700 900412]]
NHS no. [[ID|943 476 5919]]   Passport [[ID|533098812]] (GBR)
Visiting daughter: [[ADDR|4 Elm Ct]], [[C|Chevy Chase]], MD [[Z|20815]], [[PH|301-555-0152]] ([[N|Priya Nair]], [[EM|priya.nair.cc@potomacmail.example]])
Travel insurance: policy [[HP|BG-7730-1148]]
Self-pay estimate acct [[ACCT|IPS-0044718]]. Reason: dyspnoea, known AS (AVA 0.8), wants TAVR opinion before flying home [[D|15 Dec]].
""",
)

note(
    "b16-21",
    "Lillian Broussard",
    """
PERIO RE-EVAL (D4910 follow-up)
Pt: [[N|Lillian Mae Broussard]]   age [[A|91]]   Chart # [[MRN|D-20377]]
Ins: Humana Dental, member [[HP|H88201457 01]]
Med hx: AFib on apixaban, HTN, T2DM (A1c 7.4). Pre-med not required. BP 148/82 L arm seated.
Findings: gen PD 3-4 mm, 5-6 mm #3 MB/DB, #14 D, #19 ML, BOP 38% (down from 52%). Mobility I #24, #25. Recession #22-27.
Home care: power brush, Waterpik, chlorhexidine 0.12% 15 mL bid x2 wk. Fluoride 5000 ppm hs.
Pt states daughter [[N|Rae]] drives her in from [[C|Opelousas]]; prefers AM appts.
Next: 3-mo perio maint booked [[D|6/12]] w/ hygienist [[N|Tamsin]]. Dr. [[N|Arceneaux]]
""",
)

note(
    "b16-22",
    "Hollis Crump",
    """
Vision exam for DMV renewal (form MV-619)
Pt: [[N|Hollis E. Crump]], [[A|90]] y.o. M   DL# [[LIC|C6219-44871-0]] (exp [[D|09/2025]])
Address per license: [[ADDR|RR 2 Box 118]], [[C|Tolland]] CT [[Z|06084]]
VA cc: OD 20/40, OS 20/30, OU 20/30. Pinhole OD 20/25. IOP 17/18 (iCare).
Fields: confrontation full OU; Esterman binocular 112 pts, 4 missed.
SLE: 2+ NS OU, PCIOL none. DFE: dry AMD OU, no heme; C/D 0.4/0.45.
Restrictions: daylight driving only, no highways. Discussed cataract consult; pt "will think about it".
Examiner: Dr. [[N|Priya Shah-Lindgren]], OD, CT Lic. [[LIC|OD.001288]]
""",
)

note(
    "b16-23",
    "Rubén Castellanos",
    """
TELEHEALTH SESSION LOG (vendor export, pasted to encounter)
session_id=[[ID|TH-7f3a91c2]] start=[[D|2024-05-30]] 14:00:12 end=14:27:50 dur=27m38s
provider=Dr. [[N|Ifeoma Adeyemi]] ([[N|iadeyemi]]) provider_ip=[[IP|10.20.4.118]]
patient="[[N|Castellanos, Rubén]]" mrn=[[MRN|7719402]]
join_url=[[URL|https://visit.telecare.example/j/88213047?pwd=Qz7rT]]
patient_ip=[[IP|198.51.100.23]] loc_reported="[[C|Yuma]], AZ" consent=verbal
quality: audio dropped x2 (jitter 180 ms); switched to phone [[PH|928-555-0107]] at 14:19. Grandson assisted with camera.
""",
)

note(
    "b16-24",
    "Gwendolyn Achterberg",
    """
FACSIMILE - CONFIDENTIAL
Date: [[D|Sept 3, 2024]] 10:12   Pages (incl cover): 4
To: Dr. [[N|Obadiah Fenwick]]   Fax: [[FX|207-555-0183]]
From: Coastal Sleep Center, [[ADDR|410 Route 1, Suite B]], [[C|Scarborough]] ME [[Z|04074]]   Tel [[PH|207-555-0180]]   Fax [[FX|207-555-0181]]
Re: [[N|Gwendolyn Achterberg]], DOB [[D|3/9/1934]] - CPAP compliance download (ResMed AirSense 11, SN [[DEV|23231458812]])
Usage 30 d: 27/30 days, avg 6 h 41 min; >=4h 87%. AHI 3.2, leak 95th pct 18 L/min. Pressure 7-12 cmH2O APAP.
This message is intended only for the addressee. If received in error, call the sender and destroy.
""",
)

note(
    "b16-25",
    "Tobias Quintero-Walsh",
    """
HOME HEALTH REFERRAL (faxed to Sunrise VNA [[D|11/12/24]])
Pt: [[N|Tobias Quintero-Walsh]]   DOB [[D|01/23/1933]] ([[A|91]])   MRN [[MRN|40-118-273]]
Addr: [[ADDR|5 Heron Pt Rd, Lot 22]], [[C|Bucksport]] ME [[Z|04416]] (blue trailer past the Irving station)
Phone: home [[PH|(207) 555-0144]] / niece-caregiver cell [[PH|207-555-0161]]
Ins: Medicare [[HP|7XK2-WN4-TA39]] ; MaineCare [[HP|9921840033]] (secondary)
Orders: SN for CHF mgmt, daily wts, call if gain >3 lb/24h or 5 lb/wk. PT eval. HHA 2x/wk bathing. Needs BSC.
Face-to-face encounter [[D|11/08/24]] by PCP, NPI [[ID|1609938412]].
Signed: [[N|Kim-Ly Vo]], RN CM
""",
)

note(
    "b16-26",
    "Clementine Baptiste",
    """
Hospice intake call - [[D|2/27/2025]] 1615 - taken by [[N|a.mcgrath]]
Caller: granddaughter/HCP, [[PH|504-555-0125]], [[EM|yolandapb@bayoumail.example]]
Pt: [[N|Clementine Baptiste]], [[A|97]] yrs, at home [[ADDR|3318 St. Claude Ave]], [[C|New Orleans]] LA [[Z|70117]] ([[C|Bywater]])
Dx: end-stage dementia (FAST 7c), wt loss 12% since [[D|Thanksgiving]], aspiration PNA x2 this winter (both at Touro).
Meds: donepezil (plan to stop), sertraline 25, APAP 650 q6h prn.
Medicare [[HP|2HQ9-RP6-YN17]]; LA Medicaid [[HP|1128834590021]]
Eval visit [[D|Fri 2/28]] 10a w/ RN. Family requests no CPR; needs OOH DNR form.
""",
)

note(
    "b16-27",
    "Augustin Delacroix",
    """
INTER-FACILITY TRANSFER FORM
From: Willow Crest Nursing & Rehab, [[ADDR|90 Orchard St]], [[C|Keene]] NH   Fax [[FX|603-555-0102]]
To: ED, regional med ctr
Resident: [[N|DELACROIX, Augustin P.]]   Age: [[A|95]]   Rm 214-B
Medicare: [[HP|6JM1-QA8-UE22]]   NH Medicaid: [[HP|5512007841]]
Reason: unwitnessed fall 0340 today, R hip pain, shortening + ext rotation. Last BM [[D|10/13]].
Code status: DNR/DNI (POLST signed [[D|3/2/23]]).
Resp party: son [[N|Rémy Delacroix]], [[C|Brattleboro]] VT, [[PH|802-555-0192]].
Sending nurse: [[N|J. Abernathy]] LPN. Report called to ED RN 0415.
""",
)

note(
    "b16-28",
    "Sharonda Mabry",
    """
PA REQUEST - CoverMyMeds key [[ID|BLXR7TQ2]]
Patient: [[N|Sharonda L. Mabry]]  DOB [[D|07/04/1988]]  OH Medicaid ID [[HP|104477219311]]
Drug: buprenorphine/naloxone 8-2 mg film, 2/day x30d (#60)
Prescriber: Dr. [[N|Anil Ramaswamy]]  DEA [[LIC|FR4471093]]  NPI [[ID|1730584426]]  OH Lic [[LIC|35.139920]]
Dx F11.20. UDS [[D|12/02]] + bup, - fentanyl. OARRS reviewed [[D|12/03]], single prescriber.
Pharmacy: Kroger #927, Broad St location, ph [[PH|614-555-0176]]
Status: APPROVED [[D|12/04/24]], auth # [[ID|PA-99120467]], valid thru [[D|06/03/25]].
""",
)

note(
    "b16-29",
    "Raymond Pruitt",
    """
From: [[N|Denise Harcourt]] <[[EM|dharcourt@meridianplan.example]]>
To: [[N|Omar Siddiqui]] <[[EM|osiddiqui@valleyortho.example]]>
Date: [[D|Tue, 16 Jul 2024]] 09:31:44 -0400
Subject: Claim [[ID|24196A00771]] - DENIED (CO-197) - member [[N|Pruitt, Raymond]]

Hi,
Claim [[ID|24196A00771]] for DOS [[D|06/21/2024]] (CPT 29881, L knee scope) denied - no precert on file. Member ID [[HP|MHP-3318-0074-01]]; subscriber is spouse. Please submit retro-auth with the op note and the [[D|5/30]] MRI. Reply by [[D|7/31]] to stay within timely filing.

[[N|Denise Harcourt]] | Provider Appeals | [[PH|1-800-555-0137 x4402]]
""",
)

note(
    "b16-30",
    "Tremaine Ellison-Hardy",
    """
RELEASE OF INFORMATION - LOG ENTRY
Req # [[ID|ROI-24-08812]]   rec'd [[D|08/19/2024]] via fax [[FX|312-555-0197]]
Requester: atty [[N|Benjamin Szabo]], Northbank Legal Group (IL ARDC # [[LIC|6298841]]), [[EM|bszabo@northbanklegal.example]]
Patient: [[N|Tremaine Ellison-Hardy]]   MRN [[MRN|0093317]]
Matter: [[N|Ellison-Hardy]] v. Midwest Freight Co., Case No. [[ID|2024-L-007731]]
Records: ED visit + ortho clinic + PT notes. HIPAA auth signed by pt, verified. Subpoena not required.
Sent via secure link [[URL|https://roi.mercyhosp.example/dl/7Hq2Zt9]] - link expires in 14 days; first opened from [[IP|203.0.113.19]]. Processed by [[N|hcmurphy]].
""",
)

note(
    "b16-31",
    "Florence Whitlock-Bramhall",
    """
Decedent worksheet (for death certificate)
Name: [[N|Florence Ada Whitlock-Bramhall]]   Age: [[A|102]]   Sex: F
DOD: [[D|01/18/2025]]   TOD: 0522   Place: residence, [[C|Sandwich]] NH [[Z|03227]]
Birthplace: [[C|Lowestoft]], England
SSN: [[SSN|004-16-7723]]
Informant: nephew, [[PH|603-555-0157]]
Pronounced by: [[N|Hazel Ocampo]], RN (hospice), lic [[LIC|RN-071934]]
Certifier: Dr. [[N|Ewan Macleod]], NH med lic [[LIC|14420]]
Cause: Ia. senile degeneration of brain, months. II. CKD stage 4, HFpEF (EF 55%).
Manner: natural. Autopsy: no. State file # [[ID|2025-NH-000391]] (pending)
""",
)

note(
    "b16-32",
    "Emi Nakashima",
    """
IIS query result (state registry, copied as CSV)
rec_id,last,first,dob,vaccine,cvx,admin_date,lot,admin_by
[[ID|IIS-6620418]],[[N|NAKASHIMA]],[[N|Emi]],[[D|2019-08-14]],DTaP-IPV,130,[[D|2023-09-05]],U7H39AA,[[N|kbarros]]
[[ID|IIS-6620418]],[[N|NAKASHIMA]],[[N|Emi]],[[D|2019-08-14]],MMRV,94,[[D|2023-09-05]],Y01192,[[N|kbarros]]
Guardian on file: [[N|Yuki Nakashima]], [[PH|(808) 555-0130]], [[ADDR|1450 Kalakaua Ave #1803]], [[C|Honolulu]] HI [[Z|96826]]
Note: [[N|Emi]] due for HPV at 9 y; no further action today.
""",
    allow=(),
)

note(
    "b16-33",
    "Jordan Haddad",
    """
Patient portal thread - RE: Dad's meds
[[D|Sat 4/5]] 7:02 PM  From: [[N|Nadia Haddad]] (proxy for [[N|Jordan Haddad]])
Hi Dr [[N|Brennan]], dad (he's [[A|93]] now!) got back from visiting family in Jordan on [[D|3/30]] and his ankles are really swollen, 2+ he says. He's out of furosemide. Can you send it to the CVS in [[C|Framingham]]? my cell is [[PH|508.555.0115]]
[[D|Mon 4/7]] 8:15 AM  From: [[N|Lindsey Brennan]], MD
Hi [[N|Nadia]] - sent furosemide 20 mg daily x30. Please bring him in [[D|Wed 4/9]] 10:40; if SOB or wt up 3 lb, ED. BMP before visit.
[[D|Mon 4/7]] 9:30 AM  From: [[N|Nadia Haddad]]
thank you!! will do
""",
    allow=("Jordan",),
)

note(
    "b16-34",
    "Trương Thị Hồng",
    """
Interpreter Services Request #[[ID|IR-31107]]
Pt: [[N|Trương Thị Hồng]] (goes by "[[N|Hong]]")   Lang: Vietnamese   MRN: [[MRN|2208841]]
Appt: [[D|10/22/2024]] 1:30 PM, Cardiology, echo results + TEE consent
Preferred: female, in person. Previous interpreter Ms. [[N|Lan Đỗ]] works well with pt.
Pt phone [[PH|714-555-0198]] (son answers). Lives in [[C|Little Saigon]] area, [[C|Westminster]] CA.
Note: pt is ~[[A|91]] per son; green-card DOB is a placeholder. A# [[ID|212-448-907]] on file.
Requested by: [[N|bokafor]] (clinic MA)
""",
)

note(
    "b16-35",
    "Eulalia Fortescue",
    """
FOLLOW-UP APPOINTMENTS (patient copy)
Patient: [[N|Eulalia "Lally" Fortescue]]   Age [[A|96]]   MRN [[MRN|88-20-1147]]
1. Cardiology - Dr. [[N|Ravi Subramaniam]] - [[D|Thurs 6/13]] @ 9:15 - [[ADDR|1200 Harbor Blvd Ste 300]], [[C|Oxnard]] - [[PH|805-555-0145]]
2. Labs (BMP, Mg) - any Quest - by [[D|6/10]]
3. PCP - Dr. [[N|Summer Ngata]] - within 1 week, call [[PH|805-555-0169]]
4. Home infusion will call re: IV ertapenem 1 g q24h through [[D|6/19]]
PICC: R basilic, 4 Fr single lumen, 39 cm, ext 1 cm. Flush NS 10 mL q24h.
Questions: [[URL|https://mychart.channelislandshealth.example]] or e-mail the nurse navigator [[EM|grace.tuilagi@cihealth.example]]
""",
)

note(
    "b16-36",
    "Ignatius Obuya",
    """
MRI SAFETY SCREENING - 3T - tech: [[N|ROSALES_M]]
Pt: [[N|Ignatius Obuya]]  [[A|90]] y/o M  MRN [[MRN|6043318]]  Acc [[ID|MR-24-339102]]
Implant: dual-chamber PPM (Azure XT DR MRI SureScan, model W1DR01), SN [[DEV|RNB448917H]]; RA lead 5076-52cm SN [[DEV|PJN3318801]]; RV lead 5076-58cm SN [[DEV|PJN3319972]]
Implanted [[D|09/2021]]. MR-conditional system confirmed, no abandoned leads.
Device rep [[N|Carlos Ibarra]] reprogrammed to DOO 85 at 1342, restored 1431. Cardiology clearance Dr. [[N|Hwang]] [[D|2/10]].
Scan [[D|Feb 11 2025]]: MR L-spine w/o, SAR normal mode. No events.
""",
)

note(
    "b16-37",
    "Hattie Mae Loveless",
    """
Remote transmission review - ICD
Pt: [[N|Hattie Mae Loveless]]  DOB [[D|3/3/1931]] ([[A|93]] yo)
Device: Resonate EL ICD D433, SN [[DEV|448812]]; remote acct # [[ACCT|LT-00771942]]
Transmission [[D|2024-11-04]] 03:12 (scheduled) - [[URL|https://latitude.remote-cardio.example/pt/00771942/tx/5]]
Events: 1 VT ep [[D|10/29]] 02:48, ATP x1 successful, no shocks. AF burden <1%. Battery 6.5 y. RV imp 512 ohm, thresh 0.8 V.
Called pt [[PH|615-555-0104]], spoke w/ husband [[N|Virgil]]; asymptomatic. Next remote [[D|02/03/25]].
Reviewed: [[N|Amara Ekwueme]], CCDS
""",
)

note(
    "b16-38",
    "Ezekiel Vantongeren",
    """
DME ORDER - Home O2
Pt: [[N|Ezekiel Vantongeren]]  [[A|92]]M  DOB [[D|10/10/1932]]
Dx COPD J44.9; SpO2 86% RA at rest [[D|8/2/24]] (qualifying)
Rx: O2 2 LPM NC continuous; concentrator + POC for ambulation. LON 99.
Delivery: [[ADDR|1207 Prairie Rose Dr, Apt 5]], [[C|Bismarck]] ND [[Z|58501]]
Delivered [[D|8/6]]: concentrator Invacare Platinum 10 SN [[DEV|1808P-22109]]; POC Inogen G5 SN [[DEV|IN5-44019872]]
Ins: Medicare [[HP|3VA6-GH2-PK50]]; BCBS ND supp [[HP|XND880417260]]
Contact: grandson [[EM|tate.v@prairiemail.example]]
""",
)

note(
    "b16-39",
    "Pauline Ouellette",
    """
EMS PCR summary - Run # [[ID|24-018833]] - Medic 7
Dispatched [[D|2024-03-16]] 21:04 / on scene 21:13 / transport 21:31 / at dest 21:48
Location: [[ADDR|77 Tannery Row, Apt 2]], [[C|Lowell]] MA [[Z|01852]]
Pt: [[N|Pauline Ouellette]], [[A|94]] y/o F, found on floor by neighbor (called 911 from [[PH|978-555-0173]])
Est down time ~6 h. GCS 14 (E4V4M6). BP 104/62, HR 96 irreg, BGL 142, temp 35.6. R hip pain, no deformity. CK pending at hosp.
Tx: c-collar not indicated per NEXUS; scoop to stretcher, warm blankets, 18g L AC.
Dest: Lowell General ED. Crew: EMT-P [[N|Marcus Lindholm]] (MA cert [[LIC|P-224591]]), EMT-B [[N|K. Reyes]].
""",
    allow=("Lowell",),
)

note(
    "b16-40",
    "Walter Mack",
    """
PUBLIC SAFETY INCIDENT REPORT # [[ID|PS-2024-1187]]
Date/time: [[D|11/29/2024]] ([[D|Black Friday]]) 16:40, Garage B level 3
Vehicle: 2016 Honda CR-V, silver, MA plate [[VEH|7XK 219]], VIN [[VEH|5J6RM4H79GL044187]]
Owner: [[N|Gloria Esteves-Mack]], visiting husband (inpt [[N|Walter Mack]], 7E rm 712), cell [[PH|617-555-0186]]
Incident: rear window broken; purse and disability placard # [[ID|HP-0977213]] taken. BPD notified, report # [[ID|24-0288417]].
Officer: Sgt. [[N|Dwayne Petit]], badge [[ID|3318]]. CCTV cam G3-07 pulled 16:00-17:00.
""",
)

note(
    "b16-41",
    "Ramón Figueroa-Batista",
    """
SW NOTE - housing / benefits
Pt [[N|Ramón "Monchi" Figueroa-Batista]], 58, staying at men's shelter (Pine Street Inn) since [[D|October]]. Wants mail to go to PO box, not shelter.
Mailing: [[ADDR|PO Box 1187]], [[C|Boston]] MA [[Z|02117]]
Cell (prepaid, may change): [[PH|617-555-0135]]
Benefits: MassHealth ID [[HP|100388172214]] active; SSI application pending, SSA claim # [[ID|031-SSI-775140]].
Housing search worker ([[EM|kdorsainvil@baycove.example]]) meeting pt here [[D|Thursday]].
Sister in [[C|Caguas]], PR, is emergency contact. Pt agrees to share info. F/u 1 wk.
""",
)

note(
    "b16-42",
    "Marisol Lugo-Gaines",
    """
SCREENING LOG - HEART-FIT (NCT05512346) - site 014 - pg 2
Scr#     Init   Age  Date        Outcome
[[ID|014-011]]  [[N|R.T.]]   67   [[D|04/02/24]]    enrolled -> subj [[ID|014-0021]]
[[ID|014-012]]  [[N|M-LG]]   [[A|91]]   [[D|04/03/24]]    SF: age >85 excl
[[ID|014-013]]  [[N|JO]]     74   [[D|04/09/24]]    declined (drive from [[C|Elko]])
Protocol v4.1, amendment 3. ICF v5 in use.
Entered by [[N|phorakova]]; QC [[N|dachterberg]] ([[D|4/12]]).
""",
)

note(
    "b16-43",
    "Celestine Beaumont",
    """
Privacy office - access audit export, pt: [[N|Beaumont, Celestine]] (VIP flag) MRN [[MRN|5580021]]
timestamp            user         role       action            src
[[D|2024-08-03]] 23:14:05  [[N|tnakagawa]]    RN         Chart open        WS-7E-04 / [[IP|10.14.7.41]]
[[D|2024-08-04]] 02:51:17  [[N|lrosenthal]]   Reg clerk  Demographics      VPN / [[IP|203.0.113.88]]
[[D|2024-08-04]] 02:52:03  [[N|lrosenthal]]   Reg clerk  Print facesheet   VPN / [[IP|203.0.113.88]]
Finding: [[N|lrosenthal]] not on care team, remote access 0251 from home IP. Referred to manager [[D|8/5]]. Privacy case [[ID|PRV-2024-0419]].
""",
)

note(
    "b16-44",
    "Feliks Szymanski",
    """
[[D|Aug 12]] 03:41:09 amion-gw pager[2291]: to=ICU_R2 ([[N|Adebayo, T.]]) from=RN [[N|Kristin M.]] "bd 9 [[N|SZYMANSKI, FELIKS]] [[A|91]]M MAP 58 on levo 0.12, UOP 10cc/2h, pls eval" cb [[PH|716-555-0112]]
[[D|Aug 12]] 03:44:51 amion-gw pager[2291]: ack to=ICU_R2 by [[N|tadebayo]]
[[D|Aug 12]] 04:02:12 amion-gw pager[2291]: to=[[N|tadebayo]] from=[[N|mlindqvist]] "coming. page pharm for vaso. palliative c/s in AM"
""",
)

note(
    "b16-45",
    "Oswald Lindbergh",
    """
Teams chat - Medicine Night Float handoff
[[D|1/19/2024]] 7:02 PM  [[N|Osei, Kwabena]] (Night Float): who has 8N-22?
[[D|1/19/2024]] 7:03 PM  [[N|Reyes-Galloway, Tess]]: me. Mr. [[N|Lindbergh]], [[A|96]], CAP day 3 on ceftriaxone/azithro. if febrile >38.5 get BCx, don't broaden unless unstable
[[D|1/19/2024]] 7:04 PM  [[N|Osei, Kwabena]]: code status?
[[D|1/19/2024]] 7:05 PM  [[N|Reyes-Galloway, Tess]]: DNR/DNI, confirmed w/ niece [[N|Greta]] today. her # in sticky note: [[PH|262-555-0174]]
""",
)

note(
    "b16-46",
    "Benedicto Trujillo",
    """
From: [[N|Ngozi Eze-Whitaker]] <[[EM|nezewhitaker@transplant-uhm.example]]>
To: Dialysis unit SW team
Date: [[D|3/5/2025]] 11:48 AM
Subject: Kidney waitlist - [[N|Trujillo, Benedicto]] (UNOS WL ID [[ID|ABC2210]])

Hi all - Mr. [[N|Trujillo]] was activated on the deceased-donor list [[D|02/27/2025]], status active, cPRA 12%. Please have him keep his phone on; the unit has him as home only. His brother (potential living donor) lives in [[C|Guadalajara]] and is getting HLA typing there.
Waitlist record: [[URL|https://unet.transplant-uhm.example/wl/ABC2210]]
Dialysis access: L brachiocephalic AVF, 3x/wk. Monthly serum samples due the 1st business day of each month.
Thanks - [[N|Ngozi]], RN, CCTC, Kidney Transplant Coordinator
""",
    allow=(),
)

note(
    "b16-47",
    "Summer Okonjo-Price",
    """
CAMP HEALTH FORM - overnight camp, session 2 (summer)
Camper: [[N|Summer Okonjo-Price]]   age 11   DOB [[D|3/17/2013]]
Allergies: peanut/tree nut (anaphylaxis 2019). EpiPen Jr 0.15 mg x2 sent with camper + 1 in health hut.
Asthma: mild intermittent, albuterol prn, last used over the winter. Meds: cetirizine 5 mg qd.
Immunizations UTD per state record. Tdap/MenACWY given at 11 y.
Insurance: Harvard Pilgrim member [[HP|880177432-01]]
Parent: [[EM|adaora.okonjo@granitemail.example]], cell [[PH|603-555-0123]]
Cleared for all activities incl. swimming and high ropes.
Examiner: Dr. [[N|Lincoln Abara]], MD, NH Lic [[LIC|18873]]  Date: [[D|05/28/2024]]
""",
    allow=("summer",),
)

note(
    "b16-48",
    "Xiomara Pellegrini-Watts",
    """
Student Health Services - nurse triage (portal e-visit)
Student: [[N|Xiomara Pellegrini-Watts]]   SID [[ID|900448117]]   netID [[N|xpw2]]
Submitted [[D|2024-10-15]]T23:52 from [[IP|172.16.44.203]] (campus wifi, res hall)
C/o: sore throat x3d, fever 101.8 last night, no cough. Centor 4. Roommate had strep last wk.
Plan: rapid strep tomorrow 0830 walk-in clinic; if +, amox 500 bid x10d. Salt-water gargles, ibuprofen.
Reply sent to [[EM|xpw2@stu.lakeridge.example]]. Chart link [[URL|https://shs-portal.lakeridge.example/ev/2024/77104]]
""",
)

note(
    "b16-49",
    "Cornelius Abrams",
    """
HD chair schedule - wk of [[D|9/16/24]] - MWF 1st shift (0530)
Ch 1  [[N|Abrams, Cornelius]] ([[A|92]])  EDW 71.5 kg  4h  L AVF  Qb 400  2K/2.5Ca
Ch 2  [[N|Ferreira, Odete]] (78)  EDW 58.0 kg  3.5h  R IJ TDC  Qb 300
Ch 3  [[N|Pagano, Lorenzo]] ([[A|97]])  EDW 64.2 kg  3.5h  L AVG  Qb 350  ** hypotension-prone, midodrine pre-tx
Transport: [[N|Pagano]] - Medi-Van from [[ADDR|31 Canal St, Unit 4]], [[C|Lockport]].
No tx [[D|Mon 9/2]] ([[D|Labor Day]]); make-ups done [[D|Tue 9/3]].
Charge RN: [[N|Beatriz Almonte]]
""",
)

note(
    "b16-50",
    "Dolores Wynn",
    """
Media upload metadata (wound care), auto-attached:
image_id=[[ID|IMG-20240611-00917]] captured=[[D|2024:06:11]] 10:42:55 app=Haiku v12 camera=iPhone 13 GPS=stripped
patient=[[N|WYNN, DOLORES]] mrn=[[MRN|8841107]] wound=sacrum stage 4, 6.1 x 4.8 x 2.2 cm, tunneling 3 cm @ 12 o'clock
uploader=[[N|wcn_pbhatt]] upload_ip=[[IP|10.88.3.152]]
viewer=[[URL|https://media.northpointhealth.example/wound/8841107/IMG-20240611-00917.jpg]]
Comment: comparison to [[D|6/4]] photo - granulation 60%, slough 40%. NPWT continued 125 mmHg.
""",
)

note(
    "b16-51",
    "Ambrose Kettleworth",
    """
CRITICAL VALUE NOTIFICATION LOG - Chemistry
[[D|05/17/2025]] 0312   Pt: [[N|KETTLEWORTH, AMBROSE]] ([[A|93]]M)   Loc 3W-318
Test: K 6.9 mmol/L (crit >6.0), non-hemolyzed, confirmed on repeat.
Called to: RN [[N|Fatima Zahra Benali]] at 0316, read-back verified.
Called by: [[N|L. Oyelaran]], MLS(ASCP) cert [[LIC|MLS-0291177]]
Prior K 5.4 on [[D|5/16]]. Provider notified by RN 0320 (per RN).
""",
)

note(
    "b16-52",
    "Marisela Contreras-Vidal",
    """
TRANSFUSION SERVICE - type & crossmatch
Pt: [[N|Marisela Contreras-Vidal]]   MRN [[MRN|3371840]]   BB armband [[ID|BB-77A-4410]]
ABO/Rh: O NEG. Antibody screen POS; anti-K identified (panel [[D|4/2]]). DAT neg.
Hx: G3P3, last delivery [[D|Jan 2023]]; no prior transfusion per pt.
Request: 2u RBC for THA [[D|4/5]]. Allocated 2u O neg, K-neg, AHG-crossmatch compatible.
Card issued to pt re: anti-K. Tech [[N|jsalcedo]]. Reviewed by Dr. [[N|Ferraro]], MD (BB medical director).
""",
)

note(
    "b16-53",
    "Cordelia Ashby",
    """
OUTSIDE CONSULTATION - SURGICAL PATHOLOGY
Our case: [[ID|SC25-00418]]   Outside case: [[ID|S24-12877]] (Piedmont Valley Pathology, [[C|Roanoke]], VA)
Pt: [[N|ASHBY, CORDELIA J]]   Received [[D|1/8/2025]]: 3 H&E slides, 2 unstained, outside report.
Clinical: 2.1 cm L breast mass, core bx.
DIAGNOSIS (outside slides): invasive ductal carcinoma, Nottingham grade 2 (3+2+2=7/9). DCIS, cribriform, intermediate grade. LVI not identified.
Agree with outside dx. ER/PR/HER2 to be repeated on our block request.
Electronically signed: [[N|Yusuf Hadjimichael]], MD (VA lic [[LIC|0101-288417]])
""",
)

note(
    "b16-54",
    "Rivka Adelstein-Moss",
    """
Pedigree notes - hereditary cancer risk assessment
Proband: [[N|Rivka Adelstein-Moss]], 42F, premenopausal breast ca (ER+) dx 41
Mother: 71, breast ca 48, living
MGM: ovarian ca, d. 1988 at 62
MGGM: lived to [[A|98]], d. in [[C|Haifa]], no known ca
Father: 74, prostate ca 66
PGM: [[A|93]], living in [[C|Boca Raton]], no cancer
PGF: d. at [[A|91]], colon ca at 85
Ashkenazi Jewish ancestry on both sides.
Testing: proband - BRCA2 c.5946delT (p.Ser1982fs), pathogenic. Cascade testing letter given for relatives.
Lab order [[ID|RQ4471902]], sample drawn [[D|2024-10-03]].
""",
)

note(
    "b16-55",
    "Philomena Okafor-Reid",
    """
Geriatrics clinic - annual wellness visit
Ms. [[N|Philomena Okafor-Reid]] is a [[A|101]]-year-old woman here with her great-niece. Lives in an in-law apartment, independent in most ADLs; needs help with bathing.
Cognition: MoCA 21/30 (was 23). GDS-5 0. TUG 16 s with rollator. Wt stable.
Meds: amlodipine 2.5, vit D 1000 IU. Stopped aspirin per shared decision.
Social: family planning a party for her [[A|102]]nd birthday in [[D|March]]; requested White House greeting letter - form given.
Controlled Rx: none. Prescriber DEA on file [[LIC|BM7731982]].
""",
)

note(
    "b16-56",
    "Bartholomew Kingsley-Ode",
    """
VOICEMAIL TRANSCRIPTION (auto, 84% conf) - refill line - rcvd [[D|Tue 10/08/2024]] 07:14
"Hi this is uh [[N|Bartholomew Kingsley-Ode]], date of birth [[D|six twelve nineteen thirty two]], I'm [[A|ninety two]], calling about my Eliquis the five milligram, I'm down to like three pills. Pharmacy is the Walgreens in [[C|Hadley]], my number is [[PH|four one three five five five oh one two eight]]. Thanks, bye."
Triage: DOB verified against chart, MRN [[MRN|1188204]]. Last OV 4 mo ago. Refill x90 sent. LVM for pt.
""",
)

note(
    "b16-57",
    "Luis Carmona-Ruiz",
    """
WORKERS' COMP - initial visit (occ med)
Claim # [[ID|WC2024-338107]]; adjuster: [[EM|bfalkowski@travelersclaims.example]], fax [[FX|860-555-0178]]
Pt: [[N|Luis Ángel Carmona-Ruiz]], 44M, CDL driver (CT CDL [[LIC|178449021]], DOT med card exp pending)
DOI [[D|7/8/24]] ~1030: lifting 80 lb asphalt bucket at site in [[C|Enfield]], felt pop R low back, no radic sx initially.
Exam: paraspinal spasm R L4-5, SLR neg b/l, strength 5/5, DTR 2+ sym.
Dx: lumbar strain S39.012A. Plan: naproxen 500 bid, PT 2x/wk x4 wk, modified duty: no lifting >20 lb, no CMV driving until cleared.
RTC [[D|7/22]].
""",
)

note(
    "b16-58",
    "Winifred Oduya",
    """
From: Dr. [[N|Farah Qureshi-Benoit]] <[[EM|fqb@lakeshoredental.example]]>
To: [[N|Tomás Echeverría]] <[[EM|techeverria@oms-partners.example]]>
Sent: [[D|Thu 2/13/2025]] 4:05 PM
Subject: Referral - #17/#32 extractions - [[N|Oduya, Winifred]]

[[N|Tomás]], referring Mrs. [[N|Oduya]] ([[A|92]]) for ext of partially erupted #17 and #32 w/ recurrent pericoronitis. On apixaban (hold per cardiology?), HTN. CBCT uploaded: [[URL|https://share.lakeshoredental.example/cbct/ODW-2231]]
Dental plan ID [[HP|MDX-5561094]]. She prefers mornings.
- [[N|Farah]]
""",
)

note(
    "b16-59",
    "Ingeborg Halvorsen",
    """
CONTACT LENS ORDER # [[ID|CL-558120]] - web order, submitted [[D|2024-12-09]] 19:22 from [[IP|192.0.2.147]]
Pt: [[N|Halvorsen, Ingeborg]]   age [[A|90]]   Rx exp [[D|2025-05-01]]
OD: Biofinity toric 8.7/14.5 -2.25 -0.75 x180   OS: Biofinity toric 8.7/14.5 -2.00 -1.25 x010   qty 4 boxes each
Ship to: [[ADDR|6 Lyngen Way]], [[C|Decorah]] IA [[Z|52101]]
Verified by: [[N|Kasimir Lowe]], ABOC (optician lic [[LIC|DO-00811]])
""",
)

note(
    "b16-60",
    "Olumide Adeyinka-Cole",
    """
ED - ID consult ([[N|Adeyinka-Cole, O.]]), returned traveler with fever
45M, airline first officer (FAA cert [[LIC|3318770]]), returned [[D|7/28]] from [[C|Lagos]] (stayed in [[C|Lekki]], [[D|7/14]]-[[D|7/27]]). No malaria prophylaxis. Fever to 39.6 since [[D|Sunday]], rigors, HA, myalgias.
Labs: plt 62, Tbili 2.4, AST 88. Thick/thin smear: P. falciparum, parasitemia 3.1%.
Plan: IV artesunate via CDC protocol, ICU monitoring for parasitemia >5% or end-organ dysfunction.
Contacts: wife in [[C|Lagos]] [[PH|+234 803 555 0144]]. Travel medical policy [[HP|GB-4470918]].
Passport [[ID|A07739215]] copied to chart for insurer.
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
