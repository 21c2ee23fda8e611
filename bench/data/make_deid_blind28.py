#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind28.jsonl.

Blind set 28: health data that was produced by one machine for another and then
ended up as plain text in front of a de-identifier.  The 60 notes are fragments
of HL7 v2 messages (MSH, EVN, PID, NK1, PV1, ORC, OBR, OBX, IN1, GT1, FT1, MRG,
SCH, AIP, TXA, RXA segments), FHIR resources pasted as JSON, XML or YAML, X12
837/835/834/270-271 segments, ASTM analyzer records, DICOM header dumps in
several tool styles, CDA/CCD XML, CSV/TSV/pipe-delimited exports and research
extracts with header rows, psql query output and INSERT statements, interface
engine and SIEM logs, EHR access-audit reports, e-mail headers, SMS and letter
mail-merge residue with unresolved placeholders.  Names arrive as
LAST^FIRST^MIDDLE components, "Last, First", CamelCase or dotted log-ins and
repeated aliases; dates arrive as YYYYMMDD, HL7 timestamps, ISO 8601 with times
and offsets, day-first spreadsheet dates and partial dates.  Delimiters, codes
(LOINC, CPT, CVX, CARC), OIDs, model numbers, lot numbers, versions, room/bed
and chair numbers, lab values and placeholder names are deliberately left in
the text as things that must stay unmarked.

Annotation conventions (HIPAA Safe Harbor):
* Only the content of a field is marked, never a delimiter: in HL7 and X12 each
  name component between carets or asterisks is its own NAME span, address
  lines, city and ZIP components are separate spans, and the state, country,
  name suffix (JR) and degree/title components (MD, DR, NP) are left out.
* NAME covers patients, relatives, friends, caregivers and staff, including
  nicknames, lower-case and ALL-CAPS forms, middle initials and initials that
  stand for a person, log-in names (jdoe, MaryBeth.Okafor, r.smith) and online
  handles.  Titles and credentials stay outside the span.  Kinship words,
  service accounts (SVC_HL7IN, SYSTEM), placeholder names for unidentified
  patients, template fields such as <<LAST_NAME>>, eponyms (Parkinson's, Foley)
  and names inside facility, vendor or product names are not names.
* DATE marks every date element more specific than a year: full dates in any
  format, month+day, month+year, a weekday or holiday used as the date of an
  event.  A machine timestamp written as one token (20240311142207,
  2024-07-04T22:10:00-05:00) is marked whole; when a time is separated from the
  date by a space only the date part is marked.  Bare years, clock times,
  durations, recurring schedules and device expiry dates inside a UDI string
  (which is marked as DEVICE) get no DATE span.
* AGE marks only ages over 89, the number alone (including zero-padded DICOM
  ages such as 094 in 094Y).
* PHONE and FAX mark the whole number (extension included, tel: prefix
  excluded); every phone, fax and e-mail address is marked, institutional ones
  too.  URL marks patient-specific links (portal links, FHIR URLs carrying a
  patient id or search parameters, tokens); bare vendor or standard URLs and
  OIDs are not marked.  IP marks every IPv4 address.
* SSN (full or last-four), MRN (local, enterprise and analyzer patient IDs),
  HEALTH_PLAN (member, subscriber, Medicaid/Medicare, group and policy
  numbers), ACCOUNT (patient/encounter/visit/billing accounts), LICENSE
  (driver's licences, DEA numbers), VEHICLE (plates and VINs), DEVICE (implant
  and equipment serial numbers, full UDI strings); everything else that points
  at one person or one patient record is ID: NPIs, FHIR logical ids,
  message-control ids, order/accession/claim/case/trip/permit numbers, study
  participant ids, badge numbers, passport numbers, portal message ids.
* ADDRESS is a street line, unit or PO box; CITY a city, town or
  neighbourhood; ZIP a ZIP/ZIP+4 or foreign postal code.  States and countries
  are not marked.
* Not marked: facility, payer, agency and vendor names (a town inside one of
  them goes in the note's allow tuple when it is marked elsewhere), workstation
  and host names, channel names, code systems, drugs, device models, lot
  numbers, scores, lab values, room/bed/chair numbers, batch/box labels, IRB
  protocol numbers and bare years.

Stdlib only.  Run: python bench/data/make_deid_blind28.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind28.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b28-01",
    "Marisol Quintero-Baez",
    """
MSH|^~\\&|EPICADT|NEWTONWELL|HL7ROUTER|LABSYS|[[D|20240311142207]]||ADT^A04|[[ID|MSG00418827]]|P|2.5.1
EVN|A04|[[D|20240311142207]]|||[[N|KMORIARTY]]
PID|1||[[MRN|004418273]]^^^NWH^MR||[[N|QUINTERO-BAEZ]]^[[N|MARISOL]]^[[N|E]]||[[D|19670923]]|F|||[[ADDR|41 WINTHROP ST]]^[[ADDR|APT 3R]]^[[C|MEDFORD]]^MA^[[Z|02155]]^USA||[[PH|(781)555-0162]]^PRN^PH|||S||[[ACCT|V77120954]]|[[SSN|912-44-7301]]
NK1|1|[[N|BAEZ]]^[[N|ROSALIA]]|MTH^Mother||[[PH|(781)555-0178]]^PRN^PH
PV1|1|O|CARD^CLN2^^NWH||||[[ID|1457302981]]^[[N|ADEBAYO]]^[[N|FOLAKE]]^^^DR^^^NPI|||CAR||||1|||||[[ACCT|E3098811]]
""",
)

note(
    "b28-02",
    "Nguyen Thi Hoa",
    """
{
  "resourceType": "Patient",
  "id": "[[ID|pt-8f3c21]]",
  "identifier": [
    {"system": "urn:oid:1.2.840.114350.1.13.88", "type": {"text": "MRN"}, "value": "[[MRN|E4471902]]"},
    {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "[[SSN|900-31-5528]]"},
    {"system": "http://hl7.org/fhir/sid/us-mbi", "value": "[[HP|7XK2TR4MM61]]"}
  ],
  "name": [{"use": "official", "family": "[[N|Nguyễn]]", "given": ["[[N|Thị]]", "[[N|Hoa]]"]}],
  "telecom": [
    {"system": "phone", "value": "[[PH|714-555-0129]]", "use": "mobile"},
    {"system": "email", "value": "[[EM|hoa.nguyen.38@mailbox.example]]"}
  ],
  "gender": "female",
  "birthDate": "[[D|1938-02-14]]",
  "address": [{"line": ["[[ADDR|9022 Bolsa Ave]]"], "city": "[[C|Westminster]]", "state": "CA", "postalCode": "[[Z|92683]]"}],
  "communication": [{"language": {"text": "Vietnamese"}, "preferred": true}]
}
""",
)

note(
    "b28-03",
    "Chidinma Okonkwo",
    """
resourceType: Observation
id: [[ID|obs-55102]]
status: final
code:
  coding:
    - system: http://loinc.org
      code: 2345-7
      display: Glucose [Mass/volume] in Serum or Plasma
subject:
  reference: Patient/[[ID|118204]]
  display: "[[N|Okonkwo]], [[N|Chidinma]] [[N|A]]."
encounter:
  reference: Encounter/[[ID|enc-20240117-0093]]
effectiveDateTime: "[[D|2024-01-17T06:42:00-05:00]]"
issued: "[[D|2024-01-17T08:15:27-05:00]]"
performer:
  - display: [[N|Rashida Vance]], MLS(ASCP)
valueQuantity: {value: 212, unit: mg/dL}
interpretation: [{text: H}]
note:
  - text: "Critical value called to [[N|R. Lindqvist]] RN at 0821, read back OK. Pt on insulin glargine 30 units qHS."
""",
)

note(
    "b28-04",
    "Ingrid Halvorsen",
    """
ST*837*0417*005010X222A1~
BHT*0019*00*BAT0417*[[D|20240305]]*1130*CH~
PER*IC*LFM BILLING*TE*[[PH|2185550111]]*FX*[[FX|2185550112]]~
HL*1**20*1~
SBR*P*18*[[HP|GRP88120]]******CI~
NM1*IL*1*[[N|HALVORSEN]]*[[N|INGRID]]*[[N|K]]***MI*[[HP|ZGP448120937]]~
N3*[[ADDR|1187 CEDAR RIDGE RD]]~
N4*[[C|DULUTH]]*MN*[[Z|55803]]~
DMG*D8*[[D|19510629]]*F~
CLM*[[ACCT|PT40018823]]*245***11:B:1*Y*A*Y*Y~
DTP*472*D8*[[D|20240228]]~
REF*EA*[[MRN|LFM-0099127]]~
HI*ABK:E119*ABF:I10~
NM1*82*1*[[N|OYELARAN]]*[[N|TEMITOPE]]****XX*[[ID|1386650942]]~
PRV*PE*PXC*207Q00000X~
LX*1~
SV1*HC:99214*245*UN*1***1~
LX*2~
SV1*HC:83036*38*UN*1***1~
SE*19*0417~
""",
)

note(
    "b28-05",
    "Sione Taufa",
    """
N1*PR*COMMONWEALTH HEALTH PLAN~
N1*PE*HARBORVIEW ORTHOPEDICS~
LX*1~
CLP*[[ACCT|HVO-774120]]*1*1850*1312.44*150*MC*[[ID|2024102000417]]*11*1~
NM1*QC*1*[[N|TAUFA]]*[[N|SIONE]]*[[N|L]]***MI*[[HP|CHP559901347]]~
NM1*74*1*[[N|TAUFA]]*[[N|SIONE]]****C*[[HP|CHP559901347-01]]~
NM1*82*1*[[N|BRENNAN-OKAFOR]]*[[N|ADAEZE]]****XX*[[ID|1932205718]]~
DTM*232*[[D|20240301]]~
DTM*233*[[D|20240303]]~
AMT*AU*1312.44~
SVC*HC:27447:RT*1850*1312.44**1~
CAS*CO*45*387.56~
CAS*PR*1*150~
""",
)

note(
    "b28-06",
    "Colleen Abernathy",
    """
# dpp_followup_v3.csv  -- IRB 2021-0884, FULL PHI, restricted share (do not email)
study_id,mrn,last_name,first_name,dob,enroll_date,phone,zip,a1c_bl,a1c_12m
[[ID|DPP-0417]],[[MRN|7730194]],[[N|Abernathy]],[[N|Colleen]],[[D|03/14/1958]],[[D|2023-09-02]],[[PH|508-555-0117]],[[Z|01602]],7.9,6.8
[[ID|DPP-0425]],[[MRN|7740012]],[[N|Kaur]],[[N|Harpreet]],[[D|1962-12-01]],[[D|2023-10-03]],[[PH|774-555-0190]],[[Z|01545]],10.2,7.7
# 2 rows; a1c_12m blank = lost to f/u
""",
)

note(
    "b28-07",
    "Dmitri Volkov",
    """
rpt_prod=# SELECT p.mrn, p.last_nm, p.first_nm, p.birth_dt, p.home_ph, a.line1, a.city
rpt_prod-#   FROM patient p JOIN address a USING (pat_id) WHERE p.home_ph = '[[PH|412-555-0131]]';
   mrn    | last_nm | first_nm | birth_dt   | home_ph      | line1          | city
----------+---------+----------+------------+--------------+----------------+-----------
 [[MRN|30018842]] | [[N|VOLKOV]]  | [[N|DMITRI]]   | [[D|1944-06-02]] | [[PH|412-555-0131]] | [[ADDR|77 Brereton St]] | [[C|Pittsburgh]]
 [[MRN|30771905]] | [[N|VOLKOVA]] | [[N|ANNA]]     | [[D|1947-01-19]] | [[PH|412-555-0131]] | [[ADDR|77 Brereton St]] | [[C|Pittsburgh]]
(2 rows)

Time: 14.882 ms
""",
)

note(
    "b28-08",
    "Halina Przybylski",
    """
=== Privacy Monitoring :: Break-the-Glass review  (case [[ID|PRV-24-0193]]) ===
ts_utc               user        role workstation src_ip        action      patient_mrn
[[D|2024-05-02T23:14:07Z]] [[N|DGoldfarb]]   RN   ED-WOW-07   [[IP|10.41.8.113]]   CHART_OPEN  [[MRN|5502817]]
[[D|2024-05-02T23:14:51Z]] [[N|DGoldfarb]]   RN   ED-WOW-07   [[IP|10.41.8.113]]   VIEW_NOTES  [[MRN|5502817]]
BTG reason entered: "pt is my neighbor - family asked me to check"
Patient: [[N|PRZYBYLSKI]], [[N|HALINA]] (DOB [[D|02/09/1951]]), [[ADDR|14 Orchard Ter]], [[C|Garfield]] NJ
Reviewer ([[N|c.ferrante]], Privacy Office, [[D|5/6]]): [[N|D. Goldfarb]] not on care team; Dr. [[N|Tshabalala]] was attending. Refer to HR, interview set for [[D|Thursday]].
""",
)

note(
    "b28-09",
    "Haruto Iwasaki",
    """
(0008, 0020) Study Date               DA: '[[D|20240219]]'
(0008, 0030) Study Time               TM: '101522'
(0008, 0050) Accession Number         SH: '[[ID|ACC24-0219-3381]]'
(0008, 0060) Modality                 CS: 'CT'
(0008, 0080) Institution Name         LO: 'PINE HOLLOW IMAGING CENTER'
(0008, 0090) Referring Physician's Name PN: '[[N|CASTELLANOS]]^[[N|RAFAEL]]^^DR'
(0010, 0010) Patient's Name           PN: '[[N|IWASAKI]]^[[N|HARUTO]]'
(0010, 0020) Patient ID               LO: '[[MRN|PH00328817]]'
(0010, 0030) Patient's Birth Date     DA: '[[D|19290811]]'
(0010, 0040) Patient's Sex            CS: 'M'
(0010, 1010) Patient's Age            AS: '[[A|094]]Y'
(0018, 1000) Device Serial Number     LO: '[[DEV|CN41772190]]'
(0018, 1020) Software Versions        LO: 'syngo CT VA40A'
(0020, 000d) Study Instance UID       UI: [[ID|1.2.840.113619.2.55.3.2831164356.781.1708337722.412]]
""",
)

note(
    "b28-10",
    "Keoni Kahananui",
    """
<recordTarget>
  <patientRole>
    <id root="2.16.840.1.113883.3.552.1" extension="[[MRN|HH-00917734]]"/>
    <id root="2.16.840.1.113883.4.1" extension="[[SSN|000-62-4417]]"/>
    <addr use="HP">
      <streetAddressLine>[[ADDR|3300 Kalanianaole Hwy]]</streetAddressLine>
      <streetAddressLine>[[ADDR|Apt 1207]]</streetAddressLine>
      <city>[[C|Honolulu]]</city><state>HI</state><postalCode>[[Z|96816]]</postalCode>
    </addr>
    <telecom use="MC" value="tel:[[PH|+1-808-555-0153]]"/>
    <patient>
      <name><given>[[N|Keoni]]</given><given>[[N|Makoa]]</given><family>[[N|Kahananui]]</family></name>
      <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="[[D|19300418]]"/>
      <!-- age at encounter: [[A|93]] -->
    </patient>
  </patientRole>
</recordTarget>
""",
)

note(
    "b28-11",
    "Jean-Paul Dubois",
    """
[[D|2024-02-08]] 03:12:44,117 ERROR [ch=ADT_TO_BILLING] [msgId=[[ID|88210447]]] Transformer failed: PID-7 value '[[D|19450230]]' is not a valid date (TS)
[[D|2024-02-08]] 03:12:44,118 ERROR [ch=ADT_TO_BILLING] raw segment:
  PID|1||[[MRN|221904]]^^^SJH^MR||[[N|DUBOIS]]^[[N|JEAN-PAUL]]^^^^^L||[[D|19450230]]|M|||[[ADDR|88 RUE DE LA GARE]]^^[[C|BIDDEFORD]]^ME^[[Z|04005]]||[[PH|207-555-0119]]
[[D|2024-02-08]] 03:12:44,121 ERROR [ch=ADT_TO_BILLING] retries exhausted -> ERROR queue; notify [[EM|hl7-support@sjh-maine.example]]
[[D|2024-02-08]] 07:45:02,009 INFO  [ch=ADT_TO_BILLING] manual reprocess by [[N|lpelletier]]: PID-7 corrected to [[D|19450203]]
""",
)

note(
    "b28-12",
    "Kiprono Otieno",
    """
*** MERGE ERROR: 2 of 14 fields unresolved (template RECALL_COLO_v7.docx) ***

[[D|February 26, 2024]]

[[N|Kiprono]] [[N|Otieno]]
[[ADDR|5521 N Kenmore Ave]], [[ADDR|Apt 2C]]
[[C|Chicago]], IL [[Z|60640]]

RE: Colonoscopy recall     MRN: [[MRN|00447192]]     DOB: [[D|08/17/1960]]

Dear Mr. «PAT_LAST_NAME»,

Our records show your last colonoscopy was in [[D|March 2017]] with Dr. «REF_PROV». A 7-year recall is now due. Please call our scheduling line at [[PH|773-555-0184]] or book online at [[URL|https://portal.uptowngi.example/recall?pid=00447192&tok=Zk81Qa]].

Sincerely,
[[N|Anjali Raman]], MD
Uptown GI Associates | fax [[FX|773-555-0185]]
""",
)

note(
    "b28-13",
    "Brigid O'Sullivan",
    """
MSH|^~\\&|SUNQUEST|RIVERBEND_LAB|EPIC|RIVERBEND|[[D|202401090744]]||ORU^R01|[[ID|LAB5520931]]|P|2.3
PID|1||[[MRN|RB8812004]]^^^RB^MR||[[N|O'SULLIVAN]]^[[N|BRIGID]]^[[N|M]]||[[D|19280302]]|F
PV1|1|I|4W^412^B^RB
OBR|1|[[ID|ORD77120]]|[[ID|24-H-009914]]|CBC^COMPLETE BLOOD COUNT|||[[D|202401090515]]|||||||||[[ID|1093847562]]^[[N|PATEL]]^[[N|RAVI]]^^^DR
OBX|1|NM|718-7^Hemoglobin^LN||7.1|g/dL|12.0-16.0|LL|||F|||[[D|202401090731]]
OBX|2|NM|777-3^Platelets^LN||88|10*3/uL|150-400|L|||F
NTE|1||Critical HGB called to [[N|J. Amankwah]] RN 4W on [[D|01/09/24]] 0740 by [[N|tmcgrath]]; read back. Pt is [[A|95]] y/o, on apixaban.
""",
)

note(
    "b28-14",
    "Kwabena Asante",
    """
msg_id\tsent_utc\tfrom_user\tto_pool\tsubject\tclient_ip
[[ID|PM-3318820]]\t[[D|2024-06-11T02:41:09Z]]\t[[N|kwabena.asante]]\tCARDIO_RN_POOL\tchest feels tight again\t[[IP|73.162.44.19]]
[[ID|PM-3318821]]\t[[D|2024-06-11T02:47:55Z]]\t[[N|kwabena.asante]]\tCARDIO_RN_POOL\tre: metoprolol dose?\t[[IP|73.162.44.19]]
-- 2 rows; account flags: proxy access granted to [[N|Adwoa Asante]] (spouse), proxy id [[ID|PXY-004418]], since [[D|Jan 2023]]
""",
)

note(
    "b28-15",
    "Yusuf Abdi Warsame",
    """
{
  "resourceType": "Encounter",
  "id": "[[ID|e-4471200]]",
  "identifier": [{"system": "urn:oid:1.3.6.1.4.1.22812.3.99.4", "value": "[[ACCT|HAR-30918822]]"}],
  "status": "finished",
  "class": {"code": "EMER"},
  "subject": {"reference": "Patient/[[ID|p-90312]]", "display": "[[N|Yusuf Abdi Warsame]]"},
  "participant": [{"individual": {"reference": "Practitioner/[[ID|pr-1177]]", "display": "[[N|Hollis]], [[N|Maren]] DO"}}],
  "period": {"start": "[[D|2024-07-04T22:10:00-05:00]]", "end": "[[D|2024-07-05T03:48:00-05:00]]"},
  "reasonCode": [{"text": "fireworks burn L hand, 2nd degree, 3% TBSA"}],
  "hospitalization": {"origin": {"display": "Hennepin EMS"}, "dischargeDisposition": {"text": "Home"}},
  "location": [{"location": {"display": "ED Bay 14"}}]
}
""",
)

note(
    "b28-16",
    "Mateo Garcia",
    """
- resourceType: Coverage
  id: [[ID|cov-22081]]
  status: active
  subscriber: {display: "[[N|GARCIA]], [[N|TERESA]] [[N|M]]"}
  subscriberId: "[[HP|MCD88410273]]"
  beneficiary: {reference: Patient/[[ID|p-118302]], display: "[[N|GARCIA]], [[N|MATEO]]"}
  relationship: {coding: [{code: child}]}
  period: {start: "[[D|2024-01-01]]", end: "[[D|2024-12-31]]"}
  payor: [{display: "Lone Star Medicaid Managed Care"}]
- resourceType: RelatedPerson
  id: [[ID|rp-5530]]
  patient: {reference: Patient/[[ID|p-118302]]}
  name: [{family: "[[N|García]]", given: ["[[N|Teresa]]", "[[N|María]]"]}]
  telecom: [{system: phone, value: "[[PH|(915) 555-0123]]"}]
  address: [{line: ["[[ADDR|1406 Calle Pradera]]"], city: "[[C|El Paso]]", postalCode: "[[Z|79936]]"}]
""",
)

note(
    "b28-17",
    "Lorraine Begay",
    """
trip_id,svc_date,member_name,member_id,pickup_addr,pickup_city,dropoff,pu_time,driver,driver_lic,veh_plate,notes
[[ID|T-558102]],[[D|04/15/2024]],"[[N|Begay]], [[N|Lorraine]]",[[HP|AZM00419923]],"[[ADDR|HC 61 Box 340]]",[[C|Chinle]],"Tséhootsooí Dialysis",05:10,"[[N|Nez]] [[N|J]]",[[LIC|D08812477]],AZ [[VEH|CNX4417]],"w/c van, needs 2-person assist; caregiver [[N|Darlene]] rides along"
""",
)

note(
    "b28-18",
    "Shirin Almasi",
    """
MSH|^~\\&|CPOE|STLUKES|RIS|STLUKES|[[D|20240822101530]]||ORM^O01|[[ID|00093317]]|P|2.4
PID|1||[[MRN|SL5520188]]^^^STL^MR~[[SSN|987-65-0112]]^^^SSA^SS||[[N|ALMASI]]^[[N|SHIRIN]]^^^^^L~[[N|TEHRANI]]^[[N|SHIRIN]]^^^^^M||[[D|19890530]]|F
ORC|NW|[[ID|P2291044]]||||||^^^[[D|20240823]]^^R||[[D|20240822101500]]|[[N|mhuang3]]^[[N|HUANG]]^[[N|MEI]]|||||STL-RAD
OBR|1|[[ID|P2291044]]||73721^MRI KNEE WO CONTRAST^CPT|||||||||Pain R knee s/p fall [[D|8/19]]; hx ACL recon [[D|Apr 2016]]. ?insulin pump - verify MRI safety.||[[ID|1710992384]]^[[N|BASTIAN]]^[[N|KURT]]^^^MD
""",
)

note(
    "b28-19",
    "Darnell Whitehorse",
    """
PDMP Query Result -- requested by [[N|NOLAN]], [[N|PRIYA]] (DEA [[LIC|BN4471926]]) on [[D|2024-03-18]] 09:02 CT
Patient searched: [[N|WHITEHORSE]], [[N|DARNELL]]  DOB [[D|1979-11-02]]  ZIP [[Z|73160]]
fill_date,drug,qty,days,prescriber,presc_dea,pharmacy,rx_no,payment
[[D|2024-02-27]],oxycodone-APAP 10-325,60,15,"[[N|Ibarra]], [[N|Luis]]",[[LIC|FI2281903]],Walgreens #11204,[[ID|RX8810442]],Medicaid
[[D|2024-01-29]],oxycodone-APAP 10-325,60,15,"[[N|Ibarra]], [[N|Luis]]",[[LIC|FI2281903]],Walgreens #11204,[[ID|RX8761023]],Medicaid
Alerts: >1 prescriber for controlled substances in 90 days; MME 60.
""",
)

note(
    "b28-20",
    "Selamawit Fekadu",
    """
{"00080020": {"vr": "DA", "Value": ["[[D|20240612]]"]},
 "00080050": {"vr": "SH", "Value": ["[[ID|MRA24061200871]]"]},
 "00081090": {"vr": "LO", "Value": ["SIGNA Premier"]},
 "00100010": {"vr": "PN", "Value": [{"Alphabetic": "[[N|FEKADU]]^[[N|SELAMAWIT]]^[[N|T]]"}]},
 "00100020": {"vr": "LO", "Value": ["[[MRN|MR-0044910]]"]},
 "00100030": {"vr": "DA", "Value": ["[[D|19330101]]"]},
 "00101010": {"vr": "AS", "Value": ["[[A|091]]Y"]},
 "00181000": {"vr": "LO", "Value": ["[[DEV|000000048271MR]]"]},
 "00324000": {"vr": "LT", "Value": ["MR-conditional pacer (Azure XT DR, SN [[DEV|RNH448102S]]) set to MRI mode by [[N|E. Rojas]] [[D|06/12]] 1315; SAR limit 2 W/kg"]}}
""",
)

note(
    "b28-21",
    "Rowan McAllister",
    """
[ALERT] [[D|2024-09-14T04:22:10Z]] rule=EHR_BRUTE_FORCE severity=high tenant=valleyhealth-prod
  target_account=[[N|RMcAllister]] (display "[[N|McAllister]], [[N|Rowan]]", Pharmacist, badge [[ID|40022817]])
  src_ip=[[IP|185.220.101.47]] geo=NL asn=AS208294 attempts=37 window=600s
  last_success=[[D|2024-09-13T16:58:41Z]] from [[IP|10.20.4.88]] (RX-VERIFY-03)
  sample failures:
    04:12:03 user=[[N|rmcallister]] ua="python-requests/2.31" result=BAD_PASSWORD
    04:12:06 user=[[EM|rowan.mcallister@valleyhealth.example]] result=NO_SUCH_USER
  action: account locked 04:22 UTC for 30 min; MFA reset required; routed to IAM on-call
  playbook: PB-07 credential stuffing (no PHI accessed per audit trail)
""",
)

note(
    "b28-22",
    "Tomasz Wojcik",
    """
MSH|^~\\&|REG|LAKEVIEW|BILLING|LAKEVIEW|[[D|20240115083012]]||ADT^A08|[[ID|A08-7712093]]|P|2.5
PID|1||[[MRN|LV00339812]]^^^LV^MR||[[N|WOJCIK]]^[[N|TOMASZ]]^[[N|P]]||[[D|19550719]]|M|||[[ADDR|2214 W 10TH ST]]^^[[C|ERIE]]^PA^[[Z|16502]]||[[PH|814-555-0106]]
IN1|1|HMK01^HIGHMARK BCBS|54771|HIGHMARK BLUE CROSS BLUE SHIELD||||[[HP|GRP0047712]]|ERIE INSURANCE EXCHANGE|||[[D|20240101]]|||PPO|[[N|WOJCIK]]^[[N|TOMASZ]]^[[N|P]]|01^SELF|[[D|19550719]]||||||||||||||||||[[HP|YJH882194407]]
IN2|1||ERIE INSURANCE EXCHANGE^EMPLOYER
""",
    allow=("ERIE",),
)

note(
    "b28-23",
    "Nusrat Rahman",
    """
{
  "resourceType": "Device",
  "id": "[[ID|dev-77120]]",
  "udiCarrier": [{"deviceIdentifier": "00643169001763", "carrierHRF": "[[DEV|(01)00643169001763(17)260930(21)PJN812204]]"}],
  "status": "active",
  "manufacturer": "Medtronic",
  "serialNumber": "[[DEV|PJN812204]]",
  "modelNumber": "W1DR01",
  "deviceName": [{"name": "Azure XT DR MRI SureScan", "type": "model-name"}],
  "patient": {"reference": "Patient/[[ID|p-55019]]", "display": "[[N|Rahman]], [[N|Nusrat]]"},
  "note": [{"authorString": "[[N|C. Delacroix]], CCDS", "time": "[[D|2023-11-30T14:05:00Z]]",
            "text": "Implanted [[D|11/28/2023]] by Dr. [[N|Ferreira]] for CHB; remote monitoring via CareLink, pt ID [[ID|88120-47]]. Next in-clinic check in 6 mo."}]
}
""",
)

note(
    "b28-24",
    "Leilani Kealoha",
    """
POST /rpm/v2/ingest 200 14ms client_ip=[[IP|98.151.22.67]] (pt home hub)
{"event":"reading","device":{"sn":"[[DEV|BPM-7A2240913]]","model":"UA-651BLE","fw":"3.2.1"},"patient":{"ext_id":"[[ID|RPM-004471]]","name":"[[N|Leilani Kealoha]]"},"ts":"[[D|2024-08-03T07:14:22-10:00]]","sys":168,"dia":98,"pulse":77}
{"event":"reading","device":{"sn":"[[DEV|SCL-0091188]]","model":"BC-1"},"patient":{"ext_id":"[[ID|RPM-004471]]"},"weight_kg":104.2}
{"event":"alert","rule":"SBP>160 x2 in 24h","notify":["[[EM|rn.kahale@example-health.org]]","[[PH|808-555-0117]]"],"priority":2}
""",
)

note(
    "b28-25",
    "Imran Chaudhry",
    """
Denial Worklist - Payer: Aetna - exported [[D|06/03/2024]] by [[N|ssandoval]]
Acct#\tPatient\tDOS\tClaim#\tCARC\tAmt
[[ACCT|H00982214]]\t[[N|CHAUDHRY]], [[N|IMRAN]]\t[[D|05/01/2024]]\t[[ID|A24122800913]]\tCO-197\t$4,210.00
[[ACCT|H00982930]]\t[[N|LEBLANC]], [[N|SOLANGE]]\t[[D|05/03]]-[[D|05/04/2024]]\t[[ID|A24124017722]]\tCO-16\t$880.00
Notes: [[N|Chaudhry]] - no precert for MRI L-spine (72148); called Aetna, ref # [[ID|55120934]], rep [[N|Destiny]] says retro auth window 14 days. [[N|Leblanc]] - missing modifier 25, rebill.
""",
)

note(
    "b28-26",
    "Fatima Muhammad",
    """
mpi=> SELECT eid_a, name_a, dob_a, ssn4_a, eid_b, name_b, dob_b, score FROM dup_candidates WHERE score >= 0.90;
  eid_a   |       name_a       |   dob_a    | ssn4_a |  eid_b   |      name_b       |   dob_b    | score
----------+--------------------+------------+--------+----------+-------------------+------------+-------
 [[MRN|E0041187]] | [[N|MUHAMMAD]], [[N|FATIMA]] [[N|Z]] | [[D|1985-03-07]] | [[SSN|4417]]   | [[MRN|E0092210]] | [[N|MOHAMMED]], [[N|FATIMAH]] | [[D|1985-07-03]] | 0.93
(1 row)

-- transposed day/month? same last-4 SSN; steward to review (task queue MPI-REVIEW)
""",
)

note(
    "b28-27",
    "Aurora Thibodeau",
    """
<!-- C-CDA CCD  recordTarget (pediatric)  -->
<patientRole>
  <id extension="[[MRN|CH7700412]]" root="2.16.840.1.113883.19.5.99999.2"/>
  <addr use="H">
    <streetAddressLine>[[ADDR|62 Tamarack Ln]]</streetAddressLine>
    <city>[[C|Bangor]]</city><state>ME</state><postalCode>[[Z|04401]]</postalCode>
  </addr>
  <patient>
    <name use="L"><given>[[N|Aurora]]</given><given qualifier="CL">[[N|Rory]]</given><family>[[N|Thibodeau]]</family></name>
    <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
    <birthTime value="[[D|20170523]]"/>
    <guardian>
      <code code="GRFTH" displayName="Grandfather"/>
      <telecom value="tel:[[PH|207-555-0161]]" use="HP"/>
      <guardianPerson><name><given>[[N|Marcel]]</given><family>[[N|Thibodeau]]</family></name></guardianPerson>
    </guardian>
  </patient>
</patientRole>
""",
)

note(
    "b28-28",
    "Ayodele Ogunbanjo",
    """
>> inbound ORU from LABCORP_IF, ACK returned:
MSH|^~\\&|EPIC|SUMMIT|LABCORP_IF|LC|[[D|20240502114410]]||ACK^R01|[[ID|ACK99182]]|P|2.5.1
MSA|AE|[[ID|LC2405020881]]|Patient not found: PID-3 '[[MRN|SU-0448192]]' DOB '[[D|19620418]]' name '[[N|OGUNBANJO]]^[[N|AYODELE]]' (MRN exists with DOB [[D|19620814]])
ERR|^^^207&Application internal error&HL70357|PID^1^7|E
-- analyst note ([[N|bkrishnan]]): lab keyed DOB day/month swapped; requested corrected msg from LabCorp IF team, ticket left in Teams channel. Result was HbA1c 8.2% - clinically non-urgent.
""",
)

note(
    "b28-29",
    "Thuy Pham",
    """
sms_outbound.log
[[D|2024-10-21]] 18:00:02 to=[[PH|+15035550134]] tmpl=APPT_REM_48H status=DELIVERED
  body="Hi {{first_name}}, this is Rose City Women's Health reminding you of your appt w/ Dr. [[N|Ostrowski]] on [[D|Wed Oct 23]] at 9:40 AM. Reply C to confirm. Manage: [[URL|https://rcwh.example/a/Q7hV2k?p=884102]]"
[[D|2024-10-21]] 18:00:03 to=[[PH|+15035550188]] tmpl=APPT_REM_48H status=FAILED err=30007
  body="Hi [[N|Thuy]], this is Rose City Women's Health reminding you of your appt w/ Dr. [[N|Ostrowski]] on [[D|Wed Oct 23]] at 11:00 AM. Reply C to confirm."
summary: 412 queued / 398 delivered / 14 failed (carrier filtering)
""",
)

note(
    "b28-30",
    "Kou Yang",
    """
MSH|^~\\&|EHR|FAIRVIEWPEDS|IIS|MDH|[[D|20241002]]||VXU^V04^VXU_V04|[[ID|FVP-9920417]]|P|2.5.1
PID|1||[[MRN|FP-228104]]^^^FVP^MR||[[N|YANG]]^[[N|KOU]]^^^^^L||[[D|20220714]]|M|||[[ADDR|1187 ARCADE ST]]^^[[C|SAINT PAUL]]^MN^[[Z|55106]]
NK1|1|[[N|VANG]]^[[N|MAI]]^^^^^L|MTH^MOTHER^HL70063||[[PH|(651)555-0121]]
RXA|0|1|[[D|20241001]]||03^MMR^CVX|0.5|mL^mL^UCUM||00^NEW^NIP001||||||Y8812TK||MSD^Merck^MVX
RXR|C28161^IM^NCIT|LT^Left Thigh^HL70163
OBX|1|CE|64994-7^Vaccine fund pgm elig^LN|1|V02^VFC eligible - Medicaid^HL70064||||||F
""",
)

note(
    "b28-31",
    "Seamus Fitzgerald",
    """
HL*3*2*22*0~
TRN*2*[[ID|93175-012547]]*9877281234~
NM1*IL*1*[[N|FITZGERALD]]*[[N|SEAMUS]]****MI*[[HP|W448120937]]~
N3*[[ADDR|15 SAKONNET POINT RD]]~
N4*[[C|LITTLE COMPTON]]*RI*[[Z|02837]]~
DMG*D8*[[D|19640303]]*M~
DTP*346*D8*[[D|20240101]]~
EB*1*IND*30**GOLD 1500~
EB*C*IND*30***23*1500*****Y~
EB*B*IND*98***27*35*****Y~
MSG*PCP ON FILE DR [[N|ANIKA]] [[N|SORENSEN]] [[PH|(401) 555-0137]]~
""",
)

note(
    "b28-32",
    "Haile Gebremariam",
    """
BIOBANK SHIPPING MANIFEST  box BX-0712 (dry ice, 96-well)  courier: World Courier
well,participant_id,accession,specimen,collected,collector,consent_ver,notes
A1,[[ID|HBX-10442]],[[ID|S24-118820]],plasma EDTA,[[D|2024-07-08]],[[N|mkoroma]],v4.1,
A3,[[ID|HBX-10520]],[[ID|S24-119117]],serum,[[D|07/09/24]],[[N|rdeangelis]],v3.0,"reconsent pending; pt [[N|Haile Gebremariam]] (age [[A|90]]) prefers dtr [[N|Saba]] be called"
Packed by [[N|M. Koroma]] 1600 hrs; 2 of 96 wells filled; temp logger attached.
""",
)

note(
    "b28-33",
    "Travis Oakes",
    """
-- pg_dump excerpt, schema trauma_reg, table mvc_event (restored to DEV by mistake)
INSERT INTO trauma_reg.mvc_event (event_id, mrn, pt_name, arrival_ts, iss, gcs, restraint, vehicle_plate, vin, police_rpt) VALUES
  ('[[ID|TR-24-00981]]', '[[MRN|RM4402918]]', '[[N|OAKES]], [[N|TRAVIS]] [[N|W]]', '[[D|2024-03-29]] 23:41:00', 17, 14, 'lap-shoulder', 'WV [[VEH|7KT229]]', '[[VEH|1FTEW1EP5JKD41187]]', '[[ID|WVSP-24-30418]]');
-- 1 row; [[D|Good Friday]] MVC, driver of F-150; iss/gcs per abstraction guide v3
""",
)

note(
    "b28-34",
    "Willem Achterberg",
    """
FAXSVR01  TRANSMIT LOG  [[D|2024-04-09]]   (RightFax 16.6, line pool B)
time   to_number       to_name                          pages  status    sender
08:14  [[FX|(206)555-0172]]  Dr [[N|Halloran]] / Eastside Ortho        4  OK        [[N|kzhou]]
09:02  [[FX|(425)555-0140]]  ??? (mistyped - called back)        2  OK        [[N|mdiallo]]
cover sheet text: "RE: [[N|ACHTERBERG]], [[N|WILLEM]]  DOB [[D|06/14/1941]]  MRN [[MRN|44-71-0992]] - post-op orders after L TKA, Lovenox 40 mg daily x 14 d. Questions: [[PH|206-555-0166]] ext 2"
misdirected fax reported to Privacy by [[N|M. Diallo]] 09:10 (2 pages, PHI)
""",
)

note(
    "b28-35",
    "Ngozi Abara",
    """
Tag Browser - study 1 of 1 - series 2 (OB US)
Tag          Description                Value
0008,0020    Study Date                 [[D|20240305]]
0008,0050    Accession Number           [[ID|US240305-0142]]
0010,0010    Patient Name               [[N|ABARA]]^[[N|NGOZI]]^[[N|C]]
0010,0020    Patient ID                 [[MRN|WH-118407]]
0010,0030    Patient Birth Date         [[D|19950927]]
0010,21D0    Last Menstrual Date        [[D|20231129]]
0018,5020    Processing Function        OB
0018,1000    Device Serial Number       [[DEV|US-E10-77412]]
0008,1090    Manufacturer Model Name    Voluson E10
0040,A160    Text Value                 GA 13w6d by CRL 7.4 cm; EDD [[D|09/04/2024]]; NT 1.6 mm; FHR 158
""",
)

note(
    "b28-36",
    "Lachlan Fairweather",
    """
{
  "resourceType": "MedicationRequest",
  "id": "[[ID|mr-2209918]]",
  "status": "active",
  "intent": "order",
  "medicationCodeableConcept": {"text": "buprenorphine-naloxone 8 mg-2 mg SL film"},
  "subject": {"reference": "Patient/[[ID|71150]]", "display": "[[N|Lachlan]] \\"[[N|Lock]]\\" [[N|Fairweather]]"},
  "authoredOn": "[[D|2024-04-30]]",
  "requester": {"display": "[[N|Oduya]], [[N|Wanjiru]] NP",
    "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "[[ID|1558203374]]"},
                   {"system": "urn:oid:2.16.840.1.113883.4.814", "value": "[[LIC|MO4418207]]"}]},
  "dosageInstruction": [{"text": "1 film SL BID x 14 days; COWS 9 at induction"}],
  "dispenseRequest": {"numberOfRepeatsAllowed": 0, "quantity": {"value": 28}}
}
""",
)

note(
    "b28-37",
    "Carmela Esposito",
    """
MSH|^~\\&|DICTATE|UNIONPOINT|EPIC|UP|[[D|20240313071955]]||MDM^T02|[[ID|TX44120918]]|P|2.3.1
PID|1||[[MRN|UP-3302918]]||[[N|ESPOSITO]]^[[N|CARMELA]]^[[N|R]]||[[D|19300815]]|F
TXA|1|DS^Discharge Summary|TX|[[D|20240312]]|^[[N|AKINTOLA]]^[[N|BABATUNDE]]^^^MD||||||[[N|dkhalsa]]|[[ID|DOC-88120447]]||||AU
OBX|1|TX|||DISCHARGE SUMMARY  ADMIT: [[D|03/08/2024]]  DISCH: [[D|03/12/2024]]
OBX|2|TX|||[[A|93]]-year-old woman from [[C|Revere]] admitted w/ urosepsis; Foley placed, E. coli on cx, ceftriaxone -> cefpodoxime.
OBX|3|TX|||Dispo: home with son [[N|Salvatore]] and VNA; f/u Dr. [[N|Akintola]] 2 wks.
""",
)

note(
    "b28-38",
    "Kenji Nakamura-Reyes",
    """
RUN DATE: [[D|09/03/2024]]        ACCESS AUDIT - PATIENT ACTIVITY REPORT         PAGE 1 OF 1
PATIENT: [[N|NAKAMURA-REYES]], [[N|KENJI]]      MRN: [[MRN|0098812-4]]     DOB: [[D|12/25/1952]]
REQUESTED BY: PATIENT (ROI REQ# [[ID|R24-08812]])
ACCESS DATE/TIME     USER ID     USER NAME             DEPT          ACTIVITY
[[D|08/14/2024]] 10:02:17  [[N|AKAPOOR]]     [[N|KAPOOR]], [[N|ADITI]]         ONC INFUSION  Flowsheet Edit
[[D|08/19/2024]] 07:30:55  SVC_HL7IN   (system)              INTERFACE     Result Filed
*** END OF REPORT ***
""",
)

note(
    "b28-39",
    "Peter Odhiambo",
    """
Return-Path: <[[EM|gracie.odhiambo77@webmail.example]]>
Received: from [[[IP|192.168.1.14]]] ([[[IP|24.61.118.9]]])
        by mx2.berkshirefamilymed.example with ESMTPSA; [[D|Mon, 15 Jan 2024]] 21:04:33 -0500
From: "[[N|Grace Odhiambo]]" <[[EM|gracie.odhiambo77@webmail.example]]>
To: [[EM|frontdesk@berkshirefamilymed.example]]
Subject: Fwd: lab results for my dad ([[N|Peter Odhiambo]], DOB [[D|3/3/1932]])
X-Portal-MRN: [[MRN|BFM-220418]]
X-Spam-Score: 1.2

Hi, dad turned [[A|91]] last spring and the portal still shows his old address. His creatinine was 1.9 - is that bad? Please call me at [[PH|413-555-0193]] after 5.
""",
)

note(
    "b28-40",
    "Beatriz Mendonça",
    """
{"ts":"[[D|2024-11-27T15:02:11.482Z]]","lvl":"info","svc":"tele-gw","evt":"room.join","room":"[[URL|https://visit.examplecare.net/r/9QF3-TT7P?pt=AM-778120]]","user":"[[N|dr_sokolova]]","role":"provider","ip":"[[IP|10.60.2.31]]"}
{"ts":"[[D|2024-11-27T15:02:40.017Z]]","lvl":"info","svc":"tele-gw","evt":"room.join","user":"guest:[[N|Beatriz]] [[N|M]].","role":"patient","ip":"[[IP|172.58.44.203]]","ua":"iOS 17.1 Safari"}
{"ts":"[[D|2024-11-27T15:03:02.553Z]]","lvl":"warn","svc":"tele-gw","evt":"media.poor_network","rtt_ms":812,"jitter_ms":95}
{"ts":"[[D|2024-11-27T15:21:47.900Z]]","lvl":"info","svc":"tele-gw","evt":"room.end","dur_s":1147,"note":"pt asked to move f/u to [[D|Monday]]"}
""",
)

note(
    "b28-41",
    "Zofia Kowalczyk",
    """
SCH|[[ID|APT8812044]]||||||NEWPT^New Patient|||40|MIN|^^40^[[D|20240415093000]]|||||||||||||BOOKED
PID|1||[[MRN|NS4471028]]^^^NS^MR||[[N|KOWALCZYK]]^[[N|ZOFIA]]||[[D|19420101]]|F
AIP|1||^[[N|LINDQVIST]]^[[N|ERIK]]^^^MD|NEURO^Neurology
AIL|1||NSNEURO^RM 3^^NORTHSHORE NEURO
NTE|1||Dtr [[N|Agnieszka]] to accompany; Polish interpreter req. Rest tremor R hand x 2 yrs, ?Parkinson's vs essential tremor. Bring carbidopa-levodopa bottle.
""",
)

note(
    "b28-42",
    "Edith Thirlwell",
    """
Census  [[D|Tue 5/14]]  MWF-1 (copied from Excel, tabs lost)
Chair | Patient              | Age | Access   | EDW kg | Neph       | Notes
1     | [[N|HAUGEN]], [[N|O]].           | [[A|93]]  | L AVF    | 71.5   | Dr [[N|Mensah]]  | SBP 88 last tx, hold midodrine?
2     | [[N|OCAMPO]], [[N|Rey]] "[[N|Junior]]"  | 63  | R IJ TDC | 88.0   | Dr [[N|Mensah]]  | Kt/V 1.4
3     | [[N|THIRLWELL]], [[N|E]].        | [[A|95]]  | L AVG    | 52.2   | Dr [[N|Sarkar]]  | DNR/DNI; call dtr [[N|Pam]] [[PH|603-555-0130]]
""",
)

note(
    "b28-43",
    "Vera Lindahl",
    """
referral_id,referral_dt,hospital,unit,pt_name,age,sex,mrn,cod,vent,callback,referrer
[[ID|R24-3319]],[[D|2024-12-24]] 21:17,St. Olaf Medical Center,MICU,"[[N|LINDAHL]], [[N|VERA]]",[[A|97]],F,[[MRN|SOM-0041182]],CVA,N,[[PH|507-555-0168]],[[N|Kelsey Brandt]] RN
outcome: tissue only (cornea) - medically ruled out for organs (age); family ([[N|Nils]], son) declined on [[D|12/25]] after discussion w/ coordinator [[N|JJ]].
timeliness: called 38 min after asystole (goal < 60 min); time of death 20:39
""",
)

note(
    "b28-44",
    "Astrid Sorensen",
    """
<Patient xmlns="http://hl7.org/fhir">
  <id value="[[ID|pat-3F11]]"/>
  <identifier><system value="urn:oid:2.16.840.1.113883.3.1881"/><value value="[[MRN|MH-0400877]]"/></identifier>
  <identifier><system value="urn:oid:2.16.840.1.113883.4.3.25"/><value value="[[LIC|S44019922]]"/></identifier>
  <name><use value="official"/><family value="[[N|Sørensen]]"/><given value="[[N|Astrid]]"/></name>
  <name><use value="maiden"/><family value="[[N|Lund]]"/></name>
  <telecom><system value="phone"/><value value="[[PH|+1 978 555 0146]]"/></telecom>
  <birthDate value="[[D|1931-05]]"/>
  <deceasedDateTime value="[[D|2024-03-02T04:40:00-05:00]]"/>
  <address><city value="[[C|Gloucester]]"/><state value="MA"/><postalCode value="[[Z|01930]]"/></address>
</Patient>
""",
)

note(
    "b28-45",
    "Louis Hebert",
    """
OBX|1|TX|11506-3^Progress note^LN|1|S: Pt [[N|HÉBERT]], [[N|LOUIS]] seen \\T\\ examined, wife [[N|Ginette]] present.\\.br\\O: BP 148/90, HR 88, 2+ pitting edema, wt up 2.1 kg since [[D|9/30]].\\.br\\A/P: HFrEF, EF 30%, NYHA II-III. Increase furosemide 40 -> 60 mg daily. BMP [[D|Fri]]. RTC [[D|10/28]].\\.br\\D/w Dr. [[N|Wainwright]] (cards) - ok to hold spironolactone if K > 5.5.||||||F|||[[D|20241014]]
NTE|1||Dictated by [[N|pgauthier]]; transcribed via Dragon, unsigned.
""",
)

note(
    "b28-46",
    "Rosa Delgado",
    """
HDR|ELIG_EXTRACT|CARELINK_ACO|v2|rows=1
MEMBER_ID|LAST|FIRST|DOB|ADDR1|CITY|ST|ZIP|PCP_NPI|EFF_DT|RISK
[[HP|ACO7720194]]|[[N|DELGADO]]|[[N|ROSA]]|[[D|1957-08-30]]|[[ADDR|609 PALM VISTA DR]]|[[C|LAREDO]]|TX|[[Z|78045]]|[[ID|1225908813]]|[[D|2024-04-01]]|2.31
TRL|1|CRC32=9AF0C2E1
# load result: 1 inserted, 0 rejected (batch 3 of 12, CARELINK_ACO monthly)
# RISK = HCC v24 risk score (prospective)
""",
)

note(
    "b28-47",
    "Oluwaseun Adeyemi",
    """
ST*834*0001*005010X220A1~
N1*IN*BLUE RIVER HEALTH PLAN~
INS*Y*18*021*28*A***FT~
REF*0F*[[HP|551902234]]~
DTP*356*D8*[[D|20240601]]~
NM1*IL*1*[[N|ADEYEMI]]*[[N|OLUWASEUN]]*[[N|B]]~
PER*IP**HP*[[PH|3125550176]]*EM*[[EM|seun.adeyemi@postbox.example]]~
N3*[[ADDR|4400 S LAKE PARK AVE]]*[[ADDR|UNIT 1508]]~
N4*[[C|CHICAGO]]*IL*[[Z|60653]]~
DMG*D8*[[D|19880212]]*M*M~
HLH*N*70*180~
LUI*LE*YOR**7~
HD*021**HLT*PPO GOLD 500*EMP~
DTP*348*D8*[[D|20240601]]~
""",
)

note(
    "b28-48",
    "Jisoo Abernethy-Kwon",
    """
-- ASTM E1394 trace, port COM4 (cobas 8000 <-> LIS), frames reassembled --
1H|\\^&|||cobas8000^1.06|||||host|RSUPL^BATCH|P|1|[[D|20240517063012]]
2P|1||[[MRN|558201]]||[[N|Abernethy-Kwon]]^[[N|Jisoo]]||[[D|19710310]]|F
3O|1|[[ID|S0517-0093]]^0044^1||^^^8716^1|R||||||N
4R|1|^^^8716/1|6.2|mmol/L||N||F||[[N|lwalsh]]||[[D|20240517062958]]
5R|2|^^^8790/1|141|mmol/L||N||F||[[N|lwalsh]]
6L|1|N
<ACK> x6, checksum OK
""",
)

note(
    "b28-49",
    "Nadia Petrescu",
    """
permit_no,issued,holder,relation,pt_mrn,vehicle,plate,vin,expires
[[ID|FP-24-0771]],[[D|2024-01-22]],"[[N|Petrescu]], [[N|Ioana]]",mother,[[MRN|CH5530981]],2017 Honda Odyssey,NH [[VEH|4481922]],[[VEH|5FNRL5H68HB012447]],[[D|2024-03-22]]
-- family parking for NICU long-stay ([[N|Nadia]], born at 27 wk); lot C, level 2, 60-day term
-- fee waived per social work through [[D|March]]; second vehicle (father) pending - plate not provided yet
-- LPR cameras at gate 2 read plates on entry; overnight OK
""",
)

note(
    "b28-50",
    "Lucia Santos",
    """
$ findscu -v -W -k 0008,0050 -k 0010,0010 -k 0010,0030 mwl.pacs.local 104
I: Find Response: 1 (Pending)
I: (0008,0050) SH [[[ID|A2411-7742]]]                          #  10, 1 AccessionNumber
I: (0010,0010) PN [[[N|SANTOS]]^[[N|LUCIA]]^[[N|MARIA]]]                   #  18, 1 PatientName
I: (0010,0020) LO [[[MRN|QH0019283]]]                            #  10, 1 PatientID
I: (0010,0030) DA [[[D|19580611]]]                             #   8, 1 PatientBirthDate
I: (0040,0002) DA [[[D|20241108]]]                             #   8, 1 ScheduledProcedureStepStartDate
I: (0040,0003) TM [1330]                                 #   4, 1 ScheduledProcedureStepStartTime
I: (0040,0007) LO [MAMMO SCREEN BILAT 3D]                #  22, 1 ScheduledProcedureStepDescription
I: Received Final Find Response (Success)
""",
)

note(
    "b28-51",
    "Siobhan McGrath",
    """
intl_pts_Q2.xlsx / Sheet1   (all dates dd/mm/yyyy)
Surname\tGiven\tDOB\tPassport\tCountry\tPostcode\tArrive\tSponsor
[[N|McGRATH]]\t[[N|Siobhan]]\t[[D|21/06/1990]]\t[[ID|PD4419023]]\tIreland\t[[Z|D06 F2X4]]\t[[D|02/05/2024]]\tself-pay
[[N|TREMBLAY]]\t[[N|Luc]]\t[[D|09/09/1957]]\t(pending)\tCanada\t[[Z|H2T 1S6]]\t[[D|15/05/2024]]\tRAMQ + top-up
Notes: [[N|McGrath]] - IVF cycle 2, protocol antagonist, AMH 1.1; [[N|Tremblay]] - 2nd opinion, prostate MRI PI-RADS 4
""",
)

note(
    "b28-52",
    "Khalid Abdullah",
    """
PID|1|[[MRN|E118822]]^^^EMPI^PI|[[MRN|44102938]]^^^HFH^MR~[[SSN|900-11-2847]]^^^SSA^SS~[[LIC|A412299018551]]^^^MI^DL~[[HP|0091882713]]^^^MIMEDICAID^MA||[[N|ABDULLAH]]^[[N|KHALID]]^[[N|RASHAD]]^JR^^^L~[[N|DEWAYNE]]^^^^^^A|[[N|HOLLOWAY]]|[[D|19700812]]|M||2054-5^Black^CDCREC|||||ENG^English|M^Married|MUS^Muslim
PV1|1|O|IM^CL7^^HFH||||||||||||||||||||||||||||||||||||||||[[D|20240610]]
AL1|1|DA|70618^Penicillin^RXNORM|MO|hives
PD1|||HENRY FORD FAMILY MED^^4410|^[[N|NWOSU]]^[[N|CHIOMA]]^^^MD
""",
)

note(
    "b28-53",
    "Harold Birchfield",
    """
<author>
  <time value="[[D|20240222103300-0600]]"/>
  <assignedAuthor>
    <id root="2.16.840.1.113883.4.6" extension="[[ID|1447812093]]"/>
    <telecom use="WP" value="fax:[[FX|+1-720-555-0109]]"/>
    <assignedPerson><name><prefix>Dr.</prefix><given>[[N|Siddharth]]</given><family>[[N|Menon]]</family><suffix>MD</suffix></name></assignedPerson>
    <representedOrganization><name>Front Range Pulmonary Associates</name></representedOrganization>
  </assignedAuthor>
</author>
<dataEnterer><assignedEntity><id root="2.16.840.1.113883.19.5.2" extension="[[N|HBurke]]"/></assignedEntity></dataEnterer>
<informant><relatedEntity classCode="PRS"><code code="WIFE" displayName="wife"/><relatedPerson><name>[[N|June Birchfield]]</name></relatedPerson></relatedEntity></informant>
<legalAuthenticator><time value="[[D|20240223081200-0600]]"/><signatureCode code="S"/></legalAuthenticator>
""",
)

note(
    "b28-54",
    "Ines Ferreira-Lopes",
    """
[[[D|2024-06-30]] 02:00:14,551] INFO  (ORU_OUT.transformer:47) pid3=[[MRN|RW-7719024]] pid5=[[N|Ferreira-Lopes]]^[[N|Inês]]^[[N|C]] dob=[[D|1996-02-29]]
[[[D|2024-06-30]] 02:00:14,560] WARN  (ORU_OUT.filter:12) OBR-16 '[[N|ALVAREZ-NUNEZ]]^[[N|PABLO]]' not in provider master; defaulting to 9999999999
[[[D|2024-06-30]] 02:00:14,561] ERROR (ORU_OUT.dest:3) HTTP 409 POST [[URL|https://hie.example.org/fhir/Patient?identifier=RW-7719024]] duplicate
""",
)

note(
    "b28-55",
    "Emil Novak",
    """
ts,user,project,action,detail,client_ip
[[D|2024-10-01T10:14:33-05:00]],[[N|hlarsen]],PRJ-DM-221,COHORT_COUNT,"E11.* AND age>=18 AND HbA1c>9",[[IP|10.30.4.17]]
[[D|2024-10-01T11:02:48-05:00]],[[N|hlarsen]],PRJ-DM-221,PATIENT_LOOKUP,"mrn=[[MRN|6622019]] ([[N|NOVAK]], [[N|EMIL]])",[[IP|10.30.4.17]]
[[D|2024-10-01T11:02:50-05:00]],SYSTEM,,POLICY_ALERT,"identified lookup outside approved LDS; notify PI",
""",
)

note(
    "b28-56",
    "Maeve O'Rourke",
    """
---- print preview (template STMT_PT_v12) ----
[[N|DOUGLAS]] [[N|O'ROURKE]]                    Statement date: [[D|11/05/2024]]
[[ADDR|PO BOX 2291]]                        Account #: [[ACCT|4410-2299-18]]
[[C|CHEYENNE]] WY [[Z|82003-2291]]              Amount due: $312.40 by «DUE_DATE»

Patient: [[N|Maeve]] [[N|O'Rourke]]   Guarantor: «GUAR_NAME»   ER visit, Ins paid $1,204.60
Questions? Call [[PH|307-555-0125]] Mon-Fri 8-5. Pay online with code [[ID|PAYQ-77120-9]].
«IF BALANCE>0»Your account is past due.«ENDIF»
""",
)

note(
    "b28-57",
    "Yelena Ivanova",
    """
{"resourceType":"Bundle","type":"searchset","total":1,
 "link":[{"relation":"self","url":"[[URL|https://fhir.example-hie.org/Patient?family=ivanova&birthdate=1990-04-14]]"}],
 "entry":[{"fullUrl":"[[URL|https://fhir.example-hie.org/Patient/88120471]]",
  "resource":{"resourceType":"Patient","id":"[[ID|88120471]]",
   "text":{"status":"generated","div":"<div xmlns=\\"http://www.w3.org/1999/xhtml\\"><b>[[N|IVANOVA]], [[N|Yelena]]</b> DOB [[D|1990-04-14]], MRN [[MRN|CM-440129]]</div>"},
   "gender":"female","active":true},
  "search":{"mode":"match","score":0.98}}]}
""",
)

note(
    "b28-58",
    "Eli Morgenstern",
    """
MSH|^~\\&|EPIC|MAIMONIDES_ED|PB|MMC|[[D|20240919153000]]||DFT^P03|[[ID|DFT5520017]]|P|2.5
PID|1||[[MRN|MM2200914]]^^^MMC^MR||[[N|MORGENSTERN]]^[[N|ELI]]||[[D|20160227]]|M
GT1|1||[[N|MORGENSTERN]]^[[N|RIVKA]]||[[ADDR|1520 E 12TH ST]]^^[[C|BROOKLYN]]^NY^[[Z|11230]]|[[PH|(718)555-0154]]
FT1|1|||[[D|20240918]]||CG|99283^ED VISIT LVL 3|||1|412.00
DG1|1||S52.501A^Fx radial styloid R, initial^I10|||F
ZFT|SELF-PAY DISC 20%|CHARITY SCREEN PENDING
""",
)

note(
    "b28-59",
    "Olumide Bakare",
    """
HOME INFUSION - PUMP ASSET LOG (export [[D|2024-02-05]])
asset_sn      | model            | patient             | therapy           | delivered  | picked_up
[[DEV|SOL-22081734]]  | CADD-Solis VIP   | [[N|BAKARE]], [[N|OLUMIDE]]     | milrinone 0.375   | [[D|2024-01-11]] | -
[[DEV|SAP-1188402]]   | Sapphire Multi   | (loaner pool)       | -                 | -          | -
[[DEV|SOL-22081790]]  | CADD-Solis VIP   | (in PM, batt fail)  | -                 | -          | -
Delivered to [[ADDR|2207 Brightwood Ave]], 2nd fl; tech [[N|A. Oyelowo]] verified rate, 2 spare cassettes, pump locked (code on file).
""",
)

note(
    "b28-60",
    "Xiomara Santiago",
    """
MSH|^~\\&|HIM|KMC|EMPI|KMC|[[D|20240711094512]]||ADT^A40^ADT_A39|[[ID|MRG-20240711-004]]|P|2.5
EVN|A40|[[D|20240711094512]]|||[[N|cbellamy]]
PID|1||[[MRN|K0088120]]^^^KMC^MR||[[N|SANTIAGO]]^[[N|XIOMARA]]^[[N|L]]||[[D|19830704]]|F
MRG|[[MRN|K0091177]]^^^KMC^MR||[[ACCT|V55012294]]
NTE|1||Dup created at ED quick-reg as UNKNOWN^TRAUMA ZULU on [[D|7/4/24]]; pt identified next AM by sister. Surviving record K-side; allergies (PCN, latex) reconciled.
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
