#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind30.jsonl.

blind30 is a set of health data as machines emit it, away from the usual
HL7 ORU/ADT + FHIR JSON + X12 837 trio: NCPDP SCRIPT e-prescribing XML
(NewRx, RxRenewalRequest) and NCPDP telecom claim fields and switch logs; SQL
INSERT/UPDATE/COPY statements, mysqldump rows and a psql session; JSON-lines,
logfmt, syslog and Python-traceback application logs; nginx and API-gateway
access logs whose request paths carry ?mrn=&dob=&name=, SMART/OAuth redirect
URLs, GraphQL variables and SMS-gateway callbacks; iCalendar invites and
vCards; mbox and forwarded e-mail headers with Received/IP chains; fixed-width
mainframe and COBOL claim extracts; TSV and quoted-CSV spreadsheet pastes;
ZPL specimen labels and wristband strings with name, DOB and MRN run together;
HL7 ADT A40 merges and A08 updates (PID-9 aliases, NK1, GT1, IN1/IN2), SIU and
DFT messages; C-CDA header blocks; FHIR searchsets, Patients and YAML
resources; X12 834, 270 and 271; DICOM tag dumps (pydicom and dcmdump style);
ASTM and CSV analyzer exports; device-telemetry JSON with UDI strings; implant
logs; NEMT trip records with PLATE/VIN/ADDR1/ADDR2/ZIP9; a NEMSIS ePCR; a fax
transmission report.  The hard cases are names in machine shapes (LAST^FIRST^MI,
"LAST,FIRST M", ALL CAPS, dotted and CamelCase log-ins, file names built from
a log-in), identifiers glued to their tags or to each other in fixed-width
records, ages over 89 as fields (AGE:092Y, 094Y, age=93, ePatient.15), dates
in every machine form (HL7 TS with offset, ISO with zone, Apache log dates,
asctime, YYMMDD in ISA, DD-Mon-YYYY, an impossible 19560231), and a large
number of look-alikes that stay unmarked: NDCs, BIN/PCN, OIDs, template
version dates, interchange control numbers, Kafka offsets, room/bed and
chair numbers, lot and model numbers, versions, host names such as
ip-10-0-3-17, expiry and manufacture dates inside UDI strings, CPT/ICD/LOINC/
CVX codes, lab values, compliance percentages and scores, service accounts
(svc_interface, SYSTEM, ehr_ro), placeholder patients (DOE, JOHN for an
unidentified trauma patient, TEST^PATIENT, {{last}}, <<LAST_NAME>>), QC
control rows, eponyms (Foley, Parkinson's, St. Jude) and surnames inside
employer or vendor names.

Annotation conventions (HIPAA Safe Harbor):
- Only the value of a field is marked: XML tags, JSON quotes, HL7 carets and
  pipes, X12 asterisks, vCard/iCal semicolons, key= prefixes, "tel:",
  "mailto:", angle brackets around Message-IDs and square brackets around IP
  addresses stay outside.  HL7, X12, vCard and DICOM name components are
  separate spans; in "LAST,FIRST M" text the family name is one span and the
  given name with its middle initial another; a middle initial that stands
  alone in its own component or column is its own NAME span.
- NAME covers patients, relatives, guarantors, escorts, clinicians, drivers,
  clerks and operators, in any case and shape, including log-ins
  (hollis.marchbanks, TNAKASHIMA, gfairclough2) and a file name that is a
  log-in (bquigg.csv: only "bquigg").  Titles, credentials, degree components
  (MD), suffixes (JR, III), kinship words, placeholders, test patients,
  service accounts and names inside facility, employer, payer or vendor names
  (Kessler Drug, BELLAMY TOOL & DIE, St. Brigid) are not marked.
- DATE: every date finer than a year, including run/export dates of files,
  coverage-period dates, dates in SQL WHERE clauses, holidays and weekday+date
  ("Thu 6/27", "Tue, 12 Mar 2024" as one span).  A token that glues date and
  time (20240517103355, 20240108091522-0600, 2024-06-19T05:40,
  12/Mar/2024:10:02:13) is marked whole; a time or zone after a space is not.
  In asctime ("Tue Mar 12 09:14:55 2024") only "Tue Mar 12" is marked and the
  trailing year is left as a bare year.  An impossible date (19560231) is
  still a date.  Not dates: RRULEs, template version stamps
  (extension="2015-08-01"), expiry/manufacture dates inside a whole UDI.
- AGE: ages over 89 only, the digits alone (AGE:[[A|092]]Y).
- PHONE/FAX: every number, patient's or facility's, with extension; a fax
  transmission report's destination and station numbers are FAX.  EMAIL:
  personal addresses whole; automated or role mailboxes (portal-noreply@,
  billing@) are service accounts and stay unmarked.
- URL: only links that carry a patient, a person or a token (request paths
  with patient query strings, even when relative; OAuth callbacks; FHIR
  fullUrls and search links; a provider's own bio page); they are marked whole
  with nothing nested.  Base endpoints, help pages and templated links with
  {{code}} are not marked.  IP: every IPv4 address, private ones included.
- MRN, HEALTH_PLAN (member, subscriber, Medicaid, MBI, group; never BIN or
  PCN), ACCOUNT (FIN, encounter/visit numbers, DME and billing accounts),
  SSN (full or last four), LICENSE (driver's, DEA, state licence, EMS crew
  licence), VEHICLE (plate, VIN), DEVICE (implant serials, whole UDI strings,
  and equipment serials: scanner, analyzer, fax machine, CPAP).
- ID: every NPI (individual or organisational), message-control ids, e-mail
  Message-IDs, iCal UIDs, FHIR logical ids of patients, encounters,
  practitioners, related persons and coverages, accession, specimen, order,
  claim, case, trip, appointment, enrollment, upload, event and request ids
  tied to a patient, and DICOM Study Instance UIDs.  Not marked: interchange
  and group control numbers, batch references, trading-partner and payer IDs,
  NCPDP pharmacy IDs, Kafka offsets, vendor account SIDs, QC sample numbers.
- ADDRESS/CITY/ZIP: every street line, unit line and PO box, city and ZIP
  (5, 9 digits, ZIP+4, foreign postcode), whoever's address it is; states and
  countries are not marked.

Stdlib only.  Run: python bench/data/make_deid_blind30.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind30.jsonl")
NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


# ---------------------------------------------------------------- NCPDP
note(
    "b30-01",
    "Marisol Quintero-Vance",
    """
<Message TransportVersion="2017071">
<Header><To Qualifier="P">4471903</To><From Qualifier="C">EPX22-0031</From><MessageID>[[ID|9c41e0b7a2d84f16]]</MessageID></Header>
<Body><NewRx><Patient><HumanPatient>
<Name><LastName>[[N|Quintero-Vance]]</LastName><FirstName>[[N|Marisol]]</FirstName></Name><DateOfBirth><Date>[[D|1958-11-23]]</Date></DateOfBirth>
<Address><AddressLine1>[[ADDR|418 Tamarack Ct]]</AddressLine1><City>[[C|Bellmead]]</City><StateProvince>TX</StateProvince><PostalCode>[[Z|767051833]]</PostalCode></Address>
</HumanPatient></Patient>
<Prescriber><NonVeterinarian><Identification><NPI>[[ID|1649283017]]</NPI><DEANumber>[[LIC|FA3918274]]</DEANumber></Identification><Name><LastName>[[N|Adeyemi]]</LastName><FirstName>[[N|Folake]]</FirstName></Name></NonVeterinarian></Prescriber>
<MedicationPrescribed><DrugDescription>metFORMIN ER 500 MG TAB</DrugDescription><Quantity><Value>180</Value></Quantity><WrittenDate><Date>[[D|2024-05-06]]</Date></WrittenDate></MedicationPrescribed>
</NewRx></Body></Message>
""",
)

note(
    "b30-02",
    "Wilhelmina Brandvold",
    """
<RxRenewalRequest>
<Pharmacy><Identification><NCPDPID>3812447</NCPDPID><NPI>[[ID|1790536428]]</NPI></Identification><BusinessName>Kessler Drug #14</BusinessName>
<CommunicationNumbers><PrimaryTelephone><Number>[[PH|5185550163]]</Number></PrimaryTelephone><Fax><Number>[[FX|5185550164]]</Number></Fax></CommunicationNumbers></Pharmacy>
<Patient><HumanPatient><Name><LastName>[[N|BRANDVOLD]]</LastName><FirstName>[[N|WILHELMINA]]</FirstName><MiddleName>[[N|J]]</MiddleName></Name>
<DateOfBirth><Date>[[D|1931-02-08]]</Date></DateOfBirth>
<Address><AddressLine1>[[ADDR|6 Coeymans Hollow Rd]]</AddressLine1><City>[[C|Ravena]]</City><StateProvince>NY</StateProvince><PostalCode>[[Z|12143]]</PostalCode></Address></HumanPatient></Patient>
<MedicationDispensed><DrugDescription>LISINOPRIL 10 MG TAB</DrugDescription><Quantity><Value>90</Value></Quantity>
<LastFillDate><Date>[[D|2024-01-09]]</Date></LastFillDate><PrescriberOrderNumber>[[ID|PO-5520781]]</PrescriberOrderNumber></MedicationDispensed>
</RxRenewalRequest>
""",
)

note(
    "b30-03",
    "Delphine Marchetti",
    """
NCPDP D.0 B1 BILLING - decoded view (switch trace 16:02)
101-A1 BIN: 610014   104-A4 PCN: MEDDPRIME   103-A3: B1   202-B2: 01
201-B1 SVC PROV ID: [[ID|1538207746]]   401-D1 DATE OF SVC: [[D|20240418]]
AM04  302-C2 CARDHOLDER ID: [[HP|ZGW418803552]]   301-C1 GROUP: [[HP|RX7720]]   303-C3 PERSON CODE: 001   306-C6 REL: 1
AM01  304-C4 DOB: [[D|19640930]]  305-C5 SEX: 2  310-CA FIRST: [[N|DELPHINE]]  311-CB LAST: [[N|MARCHETTI]]
      322-CM STREET: [[ADDR|77 WINTHROP RD]]  323-CN CITY: [[C|NORWOOD]]  324-CO ST: MA  325-CP ZIP: [[Z|020624417]]
AM07  455-EM: 1  402-D2 RX NO: [[ID|6043187]]  407-D7 NDC: 00378018101  442-E7 QTY: 30000  405-D5 DAYS: 30  420-DK: 08
AM11  409-D9 INGRED COST: 41.16  412-DC DISP FEE: 1.75  430-DU GROSS DUE: 47.91
AM03  411-DB PRESCRIBER ID: [[ID|1285619047]]  427-DR LAST: [[N|OKONKWO-HALE]]
""",
)

# ---------------------------------------------------------------- SQL
note(
    "b30-04",
    "Lars Thorvaldsen",
    """
-- staging seed, ticket OPS-2291 (do not run on prod)
CREATE TABLE IF NOT EXISTS patient (mrn varchar(12) PRIMARY KEY, last_name varchar(60), first_name varchar(60), dob date, sex char(1), ssn char(11), phone varchar(20), addr1 varchar(80), city varchar(40), st char(2), zip char(10));
INSERT INTO patient (mrn,last_name,first_name,dob,sex,ssn,phone,addr1,city,st,zip) VALUES
('[[MRN|E00731942]]','[[N|Thorvaldsen]]','[[N|Lars]]','[[D|1947-06-30]]','M','[[SSN|417-62-9035]]','[[PH|(608) 555-0119]]','[[ADDR|1902 Monona Dr]]','[[C|Madison]]','WI','[[Z|53716]]');
INSERT INTO encounter (enc_no,mrn,admit_ts,unit,room,los_days,drg) VALUES ([[ACCT|440918273]],'[[MRN|E00731942]]','[[D|2024-02-19]] 07:45:00','6 West','612B',4,'291');
SELECT setval('encounter_enc_no_seq', 440918274);
""",
)

note(
    "b30-05",
    "Rosalind Achterberg-Sowell",
    """
BEGIN;
UPDATE patients SET last_name = '[[N|Achterberg-Sowell]]', prev_last_name = '[[N|Achterberg]]',
       updated_by = 'svc_interface', updated_at = '[[D|2024-03-02]] 11:09:44'
 WHERE mrn = '[[MRN|0092218845]]' AND dob = DATE '[[D|1962-07-19]]';
-- 1 row(s) affected (0.012 s)
UPDATE patient_contacts SET phone = '[[PH|+1-503-555-0172]]', relation = 'SPOUSE', contact_name = '[[N|Gideon Sowell]]'
 WHERE patient_mrn = '[[MRN|0092218845]]' AND seq = 2;
UPDATE parking_permits SET plate = '[[VEH|8KDV217]]', plate_state = 'OR', vin = '[[VEH|JTDKB20U893512207]]', lot = 'P3'
 WHERE holder_mrn = '[[MRN|0092218845]]';
UPDATE appointments SET status = 'NOSHOW' WHERE appt_id = [[ID|771204]] AND clinic = 'ENDO2';
COMMIT;
""",
)

note(
    "b30-06",
    "Ignatius Pelletier",
    """
-- Dumped by pg_dump version 16.2
SET statement_timeout = 0;
SET client_encoding = 'UTF8';
COPY public.lab_results (accession, mrn, pt_name, collected, loinc, value, units, flag) FROM stdin;
[[ID|A24-118830]]\t[[MRN|7712094]]\t[[N|PELLETIER]],[[N|IGNATIUS R]]\t[[D|2024-04-11]] 06:12\t2345-7\t212\tmg/dL\tH
[[ID|A24-118902]]\t[[MRN|7709561]]\t[[N|HADDADIN]],[[N|YUSRA]]\t[[D|2024-04-11]] 06:40\t718-7\t8.1\tg/dL\tL
\\N\t\\N\tTEST,PATIENT\t\\N\t2345-7\t99\tmg/dL\t
\\.
SELECT pg_catalog.setval('public.lab_results_id_seq', 118955, true);
""",
)

note(
    "b30-07",
    "Casimir Wojcik",
    """
-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
-- Host: db-sched-replica-02    Database: sched
-- Dump completed on [[D|2024-06-01]]  2:10:07
LOCK TABLES `appointments` WRITE;
/*!40000 ALTER TABLE `appointments` DISABLE KEYS */;
INSERT INTO `appointments` VALUES ([[ID|771204]],'[[MRN|MR-0448120]]','[[N|Wojcik]]','[[N|Casimir]]','[[D|1939-12-02]]','[[D|2024-06-04]] 09:30:00','ORTHO','Rm 3','[[PH|412-555-0136]]',NULL),([[ID|771205]],'[[MRN|MR-0448833]]','[[N|Nguyen-Pham]]','[[N|Thi Lan]]',NULL,'[[D|2024-06-04]] 10:00:00','OB','Rm 7',NULL,NULL);
/*!40000 ALTER TABLE `appointments` ENABLE KEYS */;
UNLOCK TABLES;
""",
)

# ---------------------------------------------------------------- app logs
note(
    "b30-08",
    "Rosalind Achterberg",
    """
{"ts":"[[D|2024-07-09T08:14:02.118Z]]","level":"INFO","svc":"adt-router","host":"ip-10-0-3-17","client":"[[IP|10.0.3.17]]","msg":"A04 accepted","msh10":"[[ID|ADT0709081402118]]","mrn":"[[MRN|LK3390021]]","pt":"[[N|ACHTERBERG]]^[[N|ROSALIND]]^[[N|E]]","dob":"[[D|19620719]]","user":"svc_interface"}
{"ts":"[[D|2024-07-09T08:14:02.301Z]]","level":"DEBUG","svc":"adt-router","host":"ip-10-0-3-17","msg":"ack sent","code":"AA","latency_ms":12,"version":"2.5.1"}
{"ts":"[[D|2024-07-09T08:14:03.010Z]]","level":"ERROR","svc":"mpi-match","msg":"duplicate suspected","score":0.93,"candidates":["[[MRN|LK3390021]]","[[MRN|LK3387450]]"],"rule":"dob+soundex","elapsed_ms":41}
""",
)

note(
    "b30-09",
    "Hollis Marchbanks",
    """
time=[[D|2024-07-09T22:41:07-04:00]] level=warn app=portal-auth msg="login failed" user=[[N|hollis.marchbanks]] src_ip=[[IP|203.0.113.58]] attempts=3 build=4.18.2
time=[[D|2024-07-09T22:43:12-04:00]] level=info app=portal-auth msg="login ok" user=[[N|hollis.marchbanks]] src_ip=[[IP|203.0.113.58]] mfa=sms mfa_to=[[PH|336-555-0121]]
time=[[D|2024-07-09T22:43:13-04:00]] level=debug app=portal-api msg="proxy access" actor=[[N|hollis.marchbanks]] age=[[A|92]] target_mrn=[[MRN|0004418290]] relation=child dob=[[D|2011-03-27]]
time=[[D|2024-07-10T00:00:00Z]] level=info app=cron msg="rotate keys" user=SYSTEM took=1.2s
""",
)

note(
    "b30-10",
    "Beata Kovacs",
    """
[[IP|198.51.100.77]] - - [[[D|12/Mar/2024:10:02:13]] -0500] "GET [[URL|/api/v2/patients/search?mrn=00418832&dob=1951-03-09&name=KOVACS%2CBEATA]] HTTP/1.1" 200 1832 "-" "okhttp/4.12.0" rt=0.041
[[IP|10.12.8.40]] - [[N|tfairweather]] [[[D|12/Mar/2024:10:02:20]] -0500] "POST /api/v2/auth/token HTTP/1.1" 200 911 "https://portal.example.org/login" "Mozilla/5.0" rt=0.022
[[IP|10.12.8.40]] - [[N|tfairweather]] [[[D|12/Mar/2024:10:02:31]] -0500] "GET [[URL|/api/v2/patients?family=Kovacs&given=Beata&birthdate=eq1951-03-09]] HTTP/1.1" 200 2210 "[[URL|https://portal.example.org/chart?mrn=00418832]]" "Mozilla/5.0" rt=0.064
[[IP|10.12.8.1]] - - [[[D|12/Mar/2024:10:03:00]] -0500] "GET /api/v2/metadata?_format=json HTTP/1.1" 304 0 "-" "HAPI-FHIR/7.0.2" rt=0.003
""",
)

note(
    "b30-11",
    "Ama Mensah-Ruiz",
    """
[[D|2024-08-21]] 13:44:09,211 INFO  [smart-launch] authorize client_id=cardio-risk-app scope="launch patient/*.read openid fhirUser" aud=https://fhir.northfield.example.org/r4
[[D|2024-08-21]] 13:44:09,530 INFO  [smart-launch] ctx user=[[N|mbellweather]] patient=[[ID|Pt-88120455]] encounter=[[ID|Enc-5501928]] ip=[[IP|10.20.4.118]]
[[D|2024-08-21]] 13:44:10,002 INFO  [smart-launch] 302 Location: [[URL|https://cardiorisk.example.com/callback?code=Qm9uZ2xlZ3VtX2NvZGU&state=af93c0d1&patient=Pt-88120455]]
[[D|2024-08-21]] 13:44:10,417 INFO  [smart-token] issued {"patient":"[[ID|Pt-88120455]]","token_type":"Bearer","scope":"launch patient/*.read","expires_in":3600}
[[D|2024-08-21]] 13:44:11,090 WARN  [smart-launch] redirect_uri mismatch: [[URL|https://cardiorisk.example.com/cb?pt_name=Mensah-Ruiz%2C+Ama&dob=19460716]]
""",
)

# ---------------------------------------------------------------- iCal / vCard
note(
    "b30-12",
    "Dashiell Okafor",
    """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Nexa Scheduling 7.4//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:[[ID|appt-5590213@sched.lakeside.example]]
DTSTAMP:[[D|20240402T151200Z]]
DTSTART;TZID=America/Chicago:[[D|20240415T093000]]
DURATION:PT30M
SUMMARY:Follow-up - [[N|Okafor]]\\, [[N|Dashiell]] (MRN [[MRN|3300915]]) w/ Dr. [[N|Lindqvist]]
LOCATION:Lakeside Clinic Bldg C\\, Exam 4
ORGANIZER;CN=[[N|Signe Lindqvist]] MD:mailto:[[EM|slindqvist@lakeside.example]]
ATTENDEE;CN=[[N|Dashiell Okafor]];ROLE=REQ-PARTICIPANT:mailto:[[EM|dash.okafor@inbox.example]]
DESCRIPTION:Bring insurance card and med list. Questions: [[PH|312-555-0155]]
BEGIN:VALARM
TRIGGER:-PT24H
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
)

note(
    "b30-13",
    "Ottilie Brandt",
    """
BEGIN:VCALENDAR
PRODID:-//DialysisFlow//Chairside 3.2//EN
BEGIN:VEVENT
UID:[[ID|2f6b1c0e-77aa-4e1b-9d0c-3b51f0a1e9c2]]
DTSTART:[[D|20240902T110000Z]]
DURATION:PT4H
RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=36
SUMMARY:HD chair 14 - [[N|BRANDT]]\\, [[N|OTTILIE]] (age [[A|91]])
ORGANIZER;CN=HD Unit 4 Scheduling:mailto:hd-unit4@dialysisflow.example
DESCRIPTION:Van pickup 05:15 at [[ADDR|2714 N Halsted St]]\\, [[C|Chicago]] [[Z|60614]]. Unit open [[D|Labor Day]] ([[D|Sept 2]]). Dry wt 61.5 kg\\, 2K bath\\, EDW review q30d.
X-PATIENT-MRN:[[MRN|CH40028817]]
CATEGORIES:DIALYSIS
END:VEVENT
END:VCALENDAR
""",
)

note(
    "b30-14",
    "Reuben Castellanos",
    """
BEGIN:VCARD
VERSION:4.0
N:[[N|Castellanos]];[[N|Reuben]];[[N|Ignacio]];;Jr.
BDAY:[[D|19281104]]
ADR;TYPE=home:;;[[ADDR|310 Beaumont Ave]];[[C|Lowell]];MA;[[Z|018512207]];USA
TEL;TYPE=cell;VALUE=uri:tel:[[PH|+1-978-555-0131]]
EMAIL:[[EM|rcastellanos@familymail.example]]
ROLE:Health care proxy
NOTE:Proxy for [[N|Amparo Castellanos]] (MRN [[MRN|LW-2038815]])\\, age [[A|95]]\\, hard of hearing - call cell first.
PRODID:-//CareLink Contacts 2.1//EN
END:VCARD
""",
)

note(
    "b30-15",
    "Priyanka Venkataraman",
    """
BEGIN:VCARD
VERSION:3.0
N:[[N|Venkataraman]];[[N|Priyanka]];;Dr.;MD
FN:Dr. [[N|Priyanka Venkataraman]]\\, MD
ORG:Riverbend Nephrology Associates;Dialysis Unit
TITLE:Attending Nephrologist
ADR;TYPE=WORK:;;[[ADDR|4400 Alder Pkwy Ste 120]];[[C|Eugene]];OR;[[Z|97401]];
TEL;TYPE=WORK,VOICE:[[PH|(541) 555-0114]]
TEL;TYPE=WORK,FAX:[[FX|(541) 555-0115]]
EMAIL;TYPE=INTERNET:[[EM|pvenkat@riverbend-neph.example]]
X-NPI:[[ID|1932847561]]
X-STATE-LICENSE:OR [[LIC|MD-204418]]
URL:[[URL|https://www.riverbend-neph.example/providers/venkataraman-priyanka]]
X-SCHEDULER:https://www.riverbend-neph.example/book
END:VCARD
""",
)

# ---------------------------------------------------------------- e-mail
note(
    "b30-16",
    "Kwabena Oduro-Nyarko",
    """
From portal-noreply@harborpoint.example  [[D|Tue Mar 12]] 09:14:55 2024
Return-Path: <portal-noreply@harborpoint.example>
Received: from mta2.harborpoint.example (mta2.harborpoint.example [[[IP|198.51.100.23]]])
\tby mx.inbox.example with ESMTPS id 4TvQ2k1Lz; [[D|Tue, 12 Mar 2024]] 09:14:55 -0400
Received: from ehr-app07 (unknown [[[IP|10.40.2.71]]]) by mta2.harborpoint.example; [[D|Tue, 12 Mar 2024]] 09:14:52 -0400
Date: [[D|Tue, 12 Mar 2024]] 09:14:51 -0400
From: "Harbor Point Patient Portal" <portal-noreply@harborpoint.example>
To: "[[N|Kwabena Oduro-Nyarko]]" <[[EM|kwabena.oduro@inbox.example]]>
Subject: New test result for [[N|KWABENA ODURO-NYARKO]] (DOB [[D|05/30/1944]])
Message-ID: <[[ID|20240312131451.71823@mta2.harborpoint.example]]>
X-Patient-MRN: [[MRN|HP00561204]]
X-Mailer: PortalNotify 5.2.0
MIME-Version: 1.0
""",
)

note(
    "b30-17",
    "Levente Szarvady",
    """
Received: from [[[IP|203.0.113.145]]] (helo=LAPTOP-WS11) by smtp.relay.example with esmtpa (Exim 4.96)
\tid 1rXyZq-0003Ab-2F; [[D|Wed, 03 Apr 2024]] 17:02:40 +0000
From: [[N|Mariana Ferreira-Lutz]] <[[EM|m.ferreira-lutz@clinicmail.example]]>
To: billing@northgate-ortho.example
Date: [[D|Wed, 3 Apr 2024]] 13:02:38 -0400
Subject: FW: claim [[ID|24093-117742]] denied - pt [[N|Szarvady]], [[N|Levente]]
X-Spam-Score: -0.1

> Patient: [[N|Levente Szarvady]]   Acct# [[ACCT|9004417723]]
> Member ID [[HP|WQX882014467]]  (secondary, plan 2 of 2)
> CPT 27447 denied CO-97; resubmit with modifier 59?
> Call me at [[PH|614-555-0166 x204]]
""",
)

# ---------------------------------------------------------------- fixed width
note(
    "b30-18",
    "Hollis Marchbanks",
    """
HDR PATMAST-EXTRACT   RUN [[D|2024-05-31]]  CYCLE 0152  REC-LEN 064  LAYOUT PM-07
----+----1----+----2----+----3----+----4----+----5----+----6----
[[MRN|0004418273]][[N|MARCHBANKS]]     [[N|HOLLIS]]    [[N|T]][[D|19320614]]M[[SSN|412775590]][[Z|271062231]]
[[MRN|0004419007]][[N|OYELARAN]]       [[N|BABATUNDE]] [[N|K]][[D|19780802]]M000000000[[Z|272851187]]
9999999999ZZTEST          INTERFACE    00000000U000000000000000000
TRL RECS=000003 HASH=9F22C1A0 RC=00
""",
)

note(
    "b30-19",
    "Anselm Lovato",
    """
CLMX0410  MEDICAID ENCOUNTER EXTRACT   PAGE 0001   RUN DATE [[D|04/11/24]]
* CLM-ID     MBR-ID      LAST         FIRST    DOB      AGE DOS      BILLED    DX     POS
 [[ID|0000917734]] [[HP|W558102744]]  [[N|LOVATO]]       [[N|ANSELM]]   [[D|19501230]] 073 [[D|20240322]] 000031250 E1165  11
 [[ID|0000917781]] [[HP|W558130012]]  [[N|DEVEREAUX]]    [[N|NELL]]     [[D|19291005]] [[A|094]] [[D|20240318]] 000412000 J189   21
** TOTAL CLAIMS 000002   BILLED 000443250   REJECTS 000000   RC 0
""",
)

# ---------------------------------------------------------------- TSV
note(
    "b30-20",
    "Aurelie Fontaine-Ruiz",
    """
Last\tFirst\tDOB\tAge\tMRN\tINR goal\tLast INR\tNext check\tNotes
[[N|Fontaine-Ruiz]]\t[[N|Aurelie]]\t[[D|11/19/1932]]\t[[A|91]]\t[[MRN|551877]]\t2-3\t3.6\t[[D|3/28]]\thold 1 dose; Eliquis? ask Dr [[N|Nakashima]]
[[N|Pruitt]]\t[[N|Winifred]]\t[[D|1/15/1928]]\t[[A|96]]\t[[MRN|552014]]\t2-3\t1.7\t[[D|3/29]]\tlives w/ son; 5 mg Mon/Fri, 2.5 mg other days
\t\t\t\t\t2.5-3.5\t\t\tmech valve pts: St. Jude 27mm -> goal 2.5-3.5
\t\t\t\t\t\tavg 2.65\t\tn=2, TTR 64%
""",
)

note(
    "b30-21",
    "Roisin Gallagher-Tse",
    """
enc_no\tmrn\tpatient\tadm_dt\tdc_dt\tdispo\taddr1\taddr2\tcity\tst\tzip9\tunit\tbed
[[ACCT|V0081772401]]\t[[MRN|MC1120448]]\t[[N|GALLAGHER-TSE]], [[N|ROISIN]]\t[[D|2024-08-02]]\t[[D|2024-08-06]]\tHOME\t[[ADDR|55 Larkspur Ln]]\t\t[[C|Dublin]]\tOH\t[[Z|430161208]]\t4N\t412-A
[[ACCT|V0081772455]]\t[[MRN|MC1098821]]\t[[N|ESTRADA]], [[N|NOEMI]]\t[[D|2024-08-03]]\t\tLWBS\t\t\t\tOH\t\tED\tHALL-3
\t\tZZTEST, INTERFACE\t\t\tTEST\t\t\t\tOH\t\t4N\t499-Z
""",
)

# ---------------------------------------------------------------- labels
note(
    "b30-22",
    "Anneke Voskuijlen",
    """
^XA^CI28
^FO40,30^A0N,34,34^FD[[N|VOSKUIJLEN]],[[N|ANNEKE M]]^FS
^FO40,70^A0N,26,26^FD[[D|03/14/1961]]  F  MRN[[MRN|00412277]]^FS
^FO40,100^A0N,22,22^FDCOLL [[D|04/11/24]] 0612  SST 5mL  LOC 4B-12^FS
^FO40,130^BY2^BCN,70,Y,N,N^FD[[ID|24SP0031877]]^FS
^FO420,130^BQN,2,4^FDQA,[[MRN|00412277]];[[ID|24SP0031877]];[[D|19610314]]^FS
^FO40,215^A0N,20,20^FDORD [[N|Harcourt-Byrne]] / [[ID|ORD-8830124]]^FS
^PQ2^XZ
""",
)

note(
    "b30-23",
    "Temperance Okonjo-Baird",
    """
# wristband spool q=WB-ICU2 printer=ZD621-ICU2-01 fw=V93.21.26Z
WB|v2|[[N|OKONJO-BAIRD]], [[N|TEMPERANCE]]|F|DOB:[[D|19311009]]|AGE:[[A|092]]Y|MRN:[[MRN|S-00983314]]|FIN:[[ACCT|7701442091]]|ALG:PCN,LATEX|ADM:[[D|20240229]]|FALL RISK
2D:[[MRN|S00983314]];[[N|OKONJO-BAIRD]];[[N|TEMPERANCE]];[[D|1931-10-09]];F
WB|v2|DOE, JOHN|U|DOB:|AGE:|MRN:[[MRN|S-01002277]]|FIN:|ALG:UNK|ADM:|TRAUMA ALIAS ZULU-14
WB|v2|{{last}}, {{first}}|{{sex}}|DOB:{{dob}}|AGE:{{age}}|MRN:{{mrn}}|TEMPLATE
""",
)

# ---------------------------------------------------------------- HL7 v2
note(
    "b30-24",
    "Halina Kowalczyk",
    """
MSH|^~\\&|REG|NFH|EMPI|NFH|[[D|20240517103355]]||ADT^A40^ADT_A39|[[ID|MSG00071822]]|P|2.5.1
EVN|A40|[[D|20240517103355]]|||[[N|jpatel]]
PID|1||[[MRN|NF-0337190]]^^^NFH^MR||[[N|KOWALCZYK]]^[[N|HALINA]]^[[N|B]]|[[N|ZIELINSKA]]|[[D|19290605]]|F|[[N|NOWAK]]^[[N|HALINA]]^^^^^A
MRG|[[MRN|NF-0329981]]^^^NFH^MR||[[ACCT|A7730018]]
PV1|1|I|5S^511^2^NFH||||||||MED
NTE|1|L|Merge per EMPI task 88-0412; duplicate created at ED quick-reg (sev 2)
""",
)

note(
    "b30-25",
    "Rafael Espinoza",
    """
MSH|^~\\&|ADT1|GVH|BILLING|GVH|[[D|20240108091522-0600]]||ADT^A08^ADT_A01|[[ID|20240108091522881]]|P|2.3
EVN|A08||||svc_interface
PID|1||[[MRN|GV55120934]]^^^GVH^MR||[[N|ESPINOZA]]^[[N|RAFAEL]]^^JR||[[D|19930412]]|M|||[[ADDR|1208 CALLE PALOMA]]^^[[C|LAS CRUCES]]^NM^[[Z|880116421]]||||||||[[SSN|585-33-1042]]
NK1|1|[[N|ESPINOZA]]^[[N|MARTA]]|MTH^MOTHER||[[PH|(575)555-0180]]
GT1|1||[[N|ESPINOZA]]^[[N|MARTA]]||||||||MTH
IN1|1|PPO01|00750|SUNMESA HEALTH PLAN||||[[HP|GRP4471]]|||||||||MTH|||||||||||||||||||[[HP|XRJ442018839]]
IN2||||VARGAS FARMS CO
""",
)

note(
    "b30-26",
    "Karin Sorensen-Mbeki",
    """
MSH|^~\\&|EPIC|MERIDIAN|HIE|STATEHIE|[[D|20241003224510]]||ADT^A08|[[ID|MER1003224510077]]|P|2.5.1|||AL|NE
EVN|A08
PID|1||[[MRN|M04481207]]^^^MER^MR||[[N|SORENSEN-MBEKI]]^[[N|KARIN]]^[[N|ELISE]]||[[D|19610228]]|F|[[N|SORENSEN]]^[[N|KARIN]]^^^^^M||[[ADDR|9 QUARRY HILL RD]]^^[[C|BARRE]]^VT^[[Z|056419412]]^USA^H||[[PH|8025550111]]^PRN^PH
PV1|1|I|3W^312^B^MER||||||MED
ZPV|1|FALLRISK=Y|CODE=FULL|BMI=31.4|PHQ9=6
""",
)

# ---------------------------------------------------------------- C-CDA
note(
    "b30-27",
    "Bernadette Thibodeaux",
    """
<templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
<id root="2.16.840.1.113883.3.9921.4" extension="[[ID|CCD-24-0661873]]"/>
<effectiveTime value="[[D|20240620143000-0500]]"/>
<recordTarget><patientRole>
 <id root="2.16.840.1.113883.3.9921.1" extension="[[MRN|77120984]]"/>
 <id root="2.16.840.1.113883.4.1" extension="[[SSN|238-14-6690]]"/>
 <addr use="HP"><streetAddressLine>[[ADDR|2030 Wisteria Bend]]</streetAddressLine><streetAddressLine>[[ADDR|Lot 41]]</streetAddressLine><city>[[C|Conroe]]</city><state>TX</state><postalCode>[[Z|77301]]</postalCode></addr>
 <telecom use="MC" value="tel:[[PH|+1-936-555-0159]]"/>
 <patient><name use="L"><given>[[N|Bernadette]]</given><given>[[N|Claire]]</given><family>[[N|Thibodeaux]]</family></name>
  <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
  <birthTime value="[[D|19330915]]"/>
 </patient></patientRole></recordTarget>
""",
)

note(
    "b30-28",
    "Bernadette Thibodeaux",
    """
<author><time value="[[D|20240620143000-0500]]"/><assignedAuthor>
 <id root="2.16.840.1.113883.4.6" extension="[[ID|1578203946]]"/>
 <assignedPerson><name><prefix>Dr.</prefix><given>[[N|Omar]]</given><family>[[N|Haddad-Lowry]]</family><suffix>MD</suffix></name></assignedPerson>
</assignedAuthor></author>
<informant><relatedEntity classCode="PRS"><code code="DAU"/><telecom value="tel:[[PH|936-555-0171]]"/>
 <relatedPerson><name><given>[[N|Odile]]</given><family>[[N|Thibodeaux-Price]]</family></name></relatedPerson></relatedEntity></informant>
<custodian><assignedCustodian><representedCustodianOrganization>
 <id root="2.16.840.1.113883.4.6" extension="[[ID|1841299035]]"/><name>Piney Woods Family Medicine</name>
 </representedCustodianOrganization></assignedCustodian></custodian>
<observation classCode="OBS" moodCode="EVN">
 <code code="445518008" codeSystem="2.16.840.1.113883.6.96" displayName="Age"/><value xsi:type="PQ" value="[[A|90]]" unit="a"/></observation>
""",
)

# ---------------------------------------------------------------- FHIR
note(
    "b30-29",
    "Astrid Vesterlund",
    """
{"resourceType":"Bundle","type":"searchset","total":2,
 "link":[{"relation":"self","url":"[[URL|https://fhir.example.org/r4/Patient?family=Vesterlund&birthdate=1938-10-02]]"}],
 "entry":[{"fullUrl":"[[URL|https://fhir.example.org/r4/Patient/a71c3e]]","resource":{"resourceType":"Patient","id":"[[ID|a71c3e]]",
  "identifier":[{"system":"urn:oid:2.16.840.1.113883.3.4471.1","value":"[[MRN|MRN2204187]]"},
   {"system":"http://hl7.org/fhir/sid/us-ssn","value":"[[SSN|527-80-4419]]"},
   {"system":"urn:oid:2.16.840.1.113883.4.3.25","value":"[[LIC|S12448209]]"}],
  "name":[{"family":"[[N|Vesterlund]]","given":["[[N|Astrid]]"]}],"birthDate":"[[D|1938-10-02]]"},
  "search":{"mode":"match","score":0.97}},
 {"fullUrl":"[[URL|https://fhir.example.org/r4/Patient/b08f12]]","resource":{"resourceType":"Patient","id":"[[ID|b08f12]]",
  "name":[{"family":"[[N|Vesterlund]]"}],"birthDate":"[[D|1938-10-20]]"},
  "search":{"mode":"match","score":0.61}}]}
""",
)

note(
    "b30-30",
    "Ifeoma Achebe-Rowntree",
    """
{"resourceType":"Patient","id":"[[ID|8f21d9e4-0c7b-4a55-b1f3-6e2a9d0c4471]]","meta":{"versionId":"3","profile":["http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient|6.1.0"]},
"identifier":[{"system":"https://mrn.coastal.example/ids","value":"[[MRN|CH-6620198]]"},{"system":"https://www.cms.gov/mbi","value":"[[HP|7TN3EJ2RK46]]"}],
"name":[{"use":"official","family":"[[N|Achebe-Rowntree]]","given":["[[N|Ifeoma]]"]}],
"gender":"female","birthDate":"[[D|1930-12-31]]",
"address":[{"line":["[[ADDR|14 Rutledge Ave]]","[[ADDR|Apt B]]"],"city":"[[C|Charleston]]","state":"SC","postalCode":"[[Z|29401]]"}],
"contact":[{"relationship":[{"text":"son"}],"name":{"family":"[[N|Rowntree]]","given":["[[N|Silas]]"]},
 "telecom":[{"system":"email","value":"[[EM|silas.rowntree@coastmail.example]]"}]}],
"communication":[{"language":{"coding":[{"system":"urn:ietf:bcp:47","code":"en-US"}]},"preferred":true}]}
""",
)

note(
    "b30-31",
    "Desmond Halloran",
    """
# fhir-cli 2.3.0 export --format yaml
resourceType: Patient
id: [[ID|pat-5c0e91]]
meta:
  versionId: "7"
identifier:
  - system: urn:oid:1.3.6.1.4.1.38271.1.1
    value: "[[MRN|00882145]]"
name:
  - family: [[N|Halloran]]
    given: [[[N|Desmond]]]
    suffix: [III]
birthDate: [[D|1929-08-14]]
address:
  - line: ["[[ADDR|402 Chestnut Hill Rd]]"]
    city: [[C|Norwich]]
    state: CT
    postalCode: "[[Z|06360]]"
contact:
  - relationship: [{text: nephew}]
    name: {family: [[N|Halloran]], given: [[[N|Cathal]]]}
    address: {line: ["[[ADDR|7 Fitzwilliam Pl]]"], city: [[C|Dublin]], postalCode: [[Z|D02 VK73]], country: IE}
""",
)

note(
    "b30-32",
    "Chiamaka Ezeani",
    """
- resourceType: RelatedPerson
  id: [[ID|rp-20931]]
  patient: {reference: Patient/[[ID|pat-71c004]]}
  relationship: [{coding: [{system: "http://terminology.hl7.org/CodeSystem/v3-RoleCode", code: MTH}]}]
  name: [{family: [[N|Ezeani]], given: [[[N|Ebele]]]}]
- resourceType: Coverage
  id: [[ID|cov-88120]]
  status: active
  subscriberId: "[[HP|YHM448120933]]"
  subscriber: {reference: RelatedPerson/[[ID|rp-20931]], display: [[N|Ebele Ezeani]]}
  beneficiary: {reference: Patient/[[ID|pat-71c004]]}
  dependent: "02"
  relationship: {coding: [{code: child}]}
  payor: [{display: Keystone Mutual Health}]
  class:
    - {type: {coding: [{code: group}]}, value: "[[HP|KMH-GRP-00417]]", name: Tri-County Schools}
    - {type: {coding: [{code: plan}]}, value: GOLD-PPO}
  period: {start: [[D|2024-01-01]], end: [[D|2024-12-31]]}
""",
)

# ---------------------------------------------------------------- X12
note(
    "b30-33",
    "Chidinma Rowe-Abara",
    """
ISA*00*          *00*          *ZZ*STATEMCD       *ZZ*HPLAN77        *[[D|240301]]*0712*^*00501*000004417*0*P*:~
GS*BE*STATEMCD*HPLAN77*[[D|20240301]]*0712*4417*X*005010X220A1~
ST*834*0001*005010X220A1~
BGN*00*ENR240301A*[[D|20240301]]*0712****2~
INS*Y*18*021*28*A***FT~
REF*0F*[[HP|MCD40017723]]~
NM1*IL*1*[[N|ROWE-ABARA]]*[[N|CHIDINMA]]****34*[[SSN|604871152]]~
N3*[[ADDR|1119 KENILWORTH AVE]]~
N4*[[C|CHARLOTTE]]*NC*[[Z|282043318]]~
DMG*D8*[[D|19881103]]*F*M~
HD*021**HMO*PLAN B~
DTP*348*D8*[[D|20240301]]~
SE*12*0001~
""",
)

note(
    "b30-34",
    "Stanislaw Dziedzic",
    """
ISA*00*          *00*          *ZZ*CLINIC042      *ZZ*GLMUTUAL       *[[D|240918]]*1015*^*00501*000000871*0*P*:~
GS*HS*CLINIC042*GLMUTUAL*[[D|20240918]]*1015*871*X*005010X279A1~
ST*270*0001*005010X279A1~
BHT*0022*13*[[ID|EV-20240918-55102]]*[[D|20240918]]*1015~
HL*1**20*1~
NM1*PR*2*GREAT LAKES MUTUAL*****PI*38221~
HL*2*1*21*1~
NM1*1P*1*[[N|VANTERPOOL]]*[[N|ISOLDE]]****XX*[[ID|1457390261]]~
HL*3*2*22*0~
TRN*1*[[ID|93175-0041]]*9877281234~
NM1*IL*1*[[N|DZIEDZIC]]*[[N|STANISLAW]]****MI*[[HP|GLM771203349]]~
DMG*D8*[[D|19270311]]~
EQ*30~
SE*11*0001~
GE*1*871~
IEA*1*000000871~
""",
)

note(
    "b30-35",
    "Stanislaw Dziedzic",
    """
ST*271*0001*005010X279A1~
BHT*0022*11*[[ID|EV-20240918-55102]]*[[D|20240918]]*101522~
HL*3*2*22*0~
NM1*IL*1*[[N|DZIEDZIC]]*[[N|STANISLAW]]****MI*[[HP|GLM771203349]]~
N3*[[ADDR|4410 W FOREST HOME AVE]]~
N4*[[C|GREENFIELD]]*WI*[[Z|532201135]]~
INS*Y*18*001*25~
EB*1**30**MEDICARE SUPPLEMENT~
EB*C*IND*30***23*250~
EB*B*IND*98***27*20~
MSG*AGE [[A|97]] - VERIFY PCP ON FILE~
LS*2120~
NM1*P3*1*[[N|KRZYWICKI]]*[[N|TERESA]]****XX*[[ID|1912056678]]~
LE*2120~
SE*15*0001~
""",
)

# ---------------------------------------------------------------- DICOM
note(
    "b30-36",
    "Euan McGillivray",
    """
(0008,0020) Study Date                  DA: '[[D|20240311]]'
(0008,0030) Study Time                  TM: '142207'
(0008,0050) Accession Number            SH: '[[ID|RAD24-0771830]]'
(0008,0080) Institution Name            LO: 'St. Brigid Community Hospital'
(0008,1010) Station Name                SH: 'CT02-OC'
(0010,0010) Patient's Name              PN: '[[N|McGillivray]]^[[N|Euan]]'
(0010,0020) Patient ID                  LO: '[[MRN|SB01928374]]'
(0010,0030) Patient's Birth Date        DA: '[[D|19300117]]'
(0010,1010) Patient's Age               AS: '[[A|094]]Y'
(0010,1040) Patient's Address           LO: '[[ADDR|7 Crofter Way]], [[C|Bar Harbor]] ME [[Z|04609]]'
(0018,0060) KVP                         DS: '120.0'
(0018,1000) Device Serial Number        LO: '[[DEV|44817CT]]'
(0018,1020) Software Versions           LO: 'VA40A'
(0020,000D) Study Instance UID          UI: [[ID|1.2.840.113619.2.55.3.2831164355.771.1710165727.412]]
""",
)

note(
    "b30-37",
    "Cleo Abernathy",
    """
# Dicom-File-Format
(0008,0020) DA [[[D|20231230]]]                   #   8, 1 StudyDate
(0008,103e) LO [t2_tse_tra_FS]              #  14, 1 SeriesDescription
(0010,0010) PN [[[N|ABERNATHY]]^[[N|CLEO]]^[[N|M]]]          #  16, 1 PatientName
(0010,0020) LO [[[MRN|DH7003318]]]                  #  10, 1 PatientID
(0010,1010) AS [[[A|091]]Y]                       #   4, 1 PatientAge
(0010,1040) LO [[[ADDR|22 Ledyard St]]^[[C|Hanover]]^NH^[[Z|03755]]] #  28, 1 PatientAddress
(0010,2154) SH [[[PH|6035550181]]]                 #  10, 1 PatientTelephoneNumbers
(0018,0087) DS [3]                          #   2, 1 MagneticFieldStrength
(0018,1000) LO [[[DEV|MRC41177]]]                   #   8, 1 DeviceSerialNumber
(0018,1020) LO [syngo MR XA30]              #  14, 1 SoftwareVersions
(0040,0254) LO [MR KNEE WO]                 #  10, 1 PerformedProcedureStepDescription
""",
)

# ---------------------------------------------------------------- more NCPDP
note(
    "b30-38",
    "Jonas Pacheco-Ilunga",
    """
<NewRx><Patient><HumanPatient><Identification><MedicalRecordIdentificationNumberEHR>[[MRN|PH-2250913]]</MedicalRecordIdentificationNumberEHR><MedicaidNumber>[[HP|NJ0044817520]]</MedicaidNumber></Identification>
<Name><LastName>[[N|Pacheco-Ilunga]]</LastName><FirstName>[[N|Jonas]]</FirstName></Name><DateOfBirth><Date>[[D|2002-09-17]]</Date></DateOfBirth></HumanPatient></Patient>
<Prescriber><NonVeterinarian><Identification><NPI>[[ID|1205938817]]</NPI><DEANumber>[[LIC|MS4471092]]</DEANumber></Identification>
<Name><LastName>[[N|Sato-Brennan]]</LastName><FirstName>[[N|Keiko]]</FirstName></Name></NonVeterinarian></Prescriber>
<MedicationPrescribed><DrugDescription>oxyCODONE HCl 5 MG TAB</DrugDescription><DrugCoded><ProductCode><Code>00406055262</Code></ProductCode></DrugCoded>
<Quantity><Value>12</Value></Quantity><DaysSupply>3</DaysSupply><WrittenDate><Date>[[D|2024-10-30]]</Date></WrittenDate>
<Note>POD1 s/p ORIF L ankle; PDMP checked [[D|10/30]]</Note></MedicationPrescribed></NewRx>
""",
)

note(
    "b30-39",
    "Bridget Holloway",
    """
[[D|2024-04-18]] 16:22:31.044 SWITCH req txn=[[ID|8841207733]] bin=004336 pcn=ADV cardholder=[[HP|W2277104381]] pt="[[N|HOLLOWAY]],[[N|BRIDGET]]" dob=[[D|19720808]] rx=[[ID|3317809]] fill=02 ndc=00169413212 qty=3.0 ds=28
[[D|2024-04-18]] 16:22:31.402 SWITCH rsp txn=[[ID|8841207733]] status=R rej=75,569 msg="PRIOR AUTHORIZATION REQUIRED" help=[[PH|800-555-0118]]
[[D|2024-04-18]] 16:24:06.220 SWITCH rsp txn=[[ID|8841207791]] status=P paid=812.40 copay=25.00 pa=[[ID|PA24-0098812]] ver=D.0 latency_ms=306
""",
)

# ---------------------------------------------------------------- transport
note(
    "b30-40",
    "Opal Caldwell",
    """
TRIP_ID=[[ID|NT-240619-0042]] STATUS=COMPLETED BROKER=MTM-WV LEVEL=WC
MEMBER_ID=[[HP|WVM0071182403]] MEMBER_NAME=[[N|CALDWELL]],[[N|OPAL]] DOB=[[D|19300704]] AGE=[[A|93]]
PU_ADDR1=[[ADDR|118 RIVERVIEW TER]] PU_ADDR2= PU_CITY=[[C|ST ALBANS]] PU_ST=WV PU_ZIP=[[Z|251773102]]
DO_FACILITY=Kanawha Valley Dialysis DO_SITE=KVD-02 CHAIR=9
PU_WINDOW=0530-0545 MILES=11.4 WAIT_MIN=7 ODOMETER=148220
DRIVER=[[N|BURDETTE]],[[N|WAYLON]] VEH_NO=14 PLATE=[[VEH|NTV4417]] PLATE_ST=WV VIN=[[VEH|1FDVU4XM7KKA30219]]
ESCORT=N LIFT=Y O2_LPM=2
""",
)

note(
    "b30-41",
    "Cornelius Hargreave",
    """
<PatientCareReport>
<eRecord.01>[[ID|PCR-2024-118447]]</eRecord.01>
<eResponse.03>[[ID|24-063302]]</eResponse.03><eResponse.13>MEDIC 7</eResponse.13><eResponse.14>M7</eResponse.14>
<eTimes.03>[[D|2024-03-03T04:12:55-05:00]]</eTimes.03>
<ePatient.02>[[N|Hargreave]]</ePatient.02><ePatient.03>[[N|Cornelius]]</ePatient.03>
<ePatient.05>[[ADDR|600 Glen Eagle Dr]]</ePatient.05><ePatient.06>[[C|Lancaster]]</ePatient.06><ePatient.08>42</ePatient.08><ePatient.09>[[Z|17601]]</ePatient.09>
<ePatient.15>[[A|96]]</ePatient.15><ePatient.16>2516009</ePatient.16><ePatient.17>[[D|1927-05-22]]</ePatient.17>
<eCrew.CrewGroup><eCrew.01>[[LIC|P188203]]</eCrew.01><eCrew.02>9925007</eCrew.02></eCrew.CrewGroup>
<eNarrative.01>[[A|96]] yo M found on floor by neighbor [[N|Lottie Kraus]], GCS 14, Foley in place, BGL 142, SpO2 91% RA. Transported to LGH bay 6.</eNarrative.01>
</PatientCareReport>
""",
)

# ---------------------------------------------------------------- audit / syslog
note(
    "b30-42",
    "Prudence Fairclough",
    """
event_time,user_id,user_name,role,action,patient_mrn,workstation,client_ip,reason
[[D|2024-09-03]] 02:14:51,[[N|TNAKASHIMA]],"[[N|Nakashima]], [[N|Toru]]",MD,BTG_OVERRIDE,[[MRN|0071183306]],WS-ED-14,[[IP|10.8.14.33]],"emergent - unresponsive"
[[D|2024-09-03]] 03:40:09,[[N|gfairclough2]],"[[N|Fairclough]], [[N|Gemma]]",RN,CHART_OPEN,[[MRN|0071183306]],WS-4N-02,[[IP|10.8.22.117]],"same surname as patient - flagged"
[[D|2024-09-03]] 04:00:00,SYSTEM,,SYSTEM,PURGE_TEMP,,batch01,,
""",
)

note(
    "b30-43",
    "Adaeze Huxtable-Nwosu",
    """
<134>1 [[D|2024-10-14T03:22:51.007Z]] ie-prod-01 rhapsody 2211 ADT_IN - route=A08->HIE msh10=[[ID|Q20241014032250114]] pid3=[[MRN|R7730012]] pid5="[[N|HUXTABLE-NWOSU]]^[[N|ADAEZE]]" ack=AA
<131>1 [[D|2024-10-14T03:22:52.440Z]] ie-prod-01 rhapsody 2211 ADT_IN - filter=PID-7 invalid value="[[D|19560231]]" mrn=[[MRN|R7730012]] action=hold
<134>1 - ie-prod-01 rhapsody 2211 ADT_IN - user=svc_interface msg="queue drained" depth=0 held=1 ver=6.7.1 uptime=41d
<134>1 [[D|2024-10-14T07:02:44.519Z]] ie-prod-01 rhapsody 2211 ADT_IN - release held msh10=[[ID|Q20241014032250114]] by=[[N|dokwuosa]] fix="PID-7=[[D|19560213]]"
""",
)

# ---------------------------------------------------------------- analyzers
note(
    "b30-44",
    "Etienne Roussillon",
    """
#Instrument=Sysmex XN-1000;SN=[[DEV|XN-17733]];SW=00-22;Operator=SUPERVISOR;Exported=[[D|2024/05/22]] 07:58
SeqNo,RackPos,SampleNo,PatientID,PatientName,Sex,BirthDate,WBC,HGB,PLT,Flags
0101,01-1,[[ID|240522-0117]],[[MRN|A0077812]],[[N|ROUSSILLON]]^[[N|ETIENNE]],M,[[D|1931/02/14]],11.2,9.8,141,Left shift?
0102,01-2,[[ID|240522-0118]],[[MRN|A0081270]],[[N|PAK]]^[[N|MIN-JI]],F,[[D|1988/06/05]],6.1,12.9,255,
0103,01-3,240522-0119,QC-LOW,CONTROL^LEVEL1,,,3.02,6.1,78,QC
0104,01-4,240522-0120,QC-HIGH,CONTROL^LEVEL3,,,17.9,16.2,521,QC
""",
)

note(
    "b30-45",
    "Octavie Seguin",
    """
H|\\^&|||AU5800^5.2.1^[[DEV|SN4471093]]|||||LIS01||P|1|[[D|20240905071533]]
P|1||[[MRN|PX-00318822]]||[[N|SEGUIN]]^[[N|OCTAVIE]]^[[N|L]]||[[D|19320221]]|F|||||[[N|BARNSDALE]]^[[N|PIERCE]]
O|1|[[ID|SPC24-770192]]||^^^GLU\\^^^CREA\\^^^K|R|[[D|20240905064500]]|||||N||||SERUM
R|1|^^^GLU|118|mg/dL|70-99|H||F
R|2|^^^CREA|1.9|mg/dL|0.6-1.1|H||F
R|3|^^^K|5.4|mmol/L|3.5-5.1|H||F
C|1|I|Age [[A|92]] - eGFR not reported|G
L|1|N
""",
)

# ---------------------------------------------------------------- events / errors
note(
    "b30-46",
    "Harriet Whitcombe-Azikiwe",
    """
topic=ehr.patient.updated partition=3 offset=88120457 key=[[MRN|Z00913377]]
{"specversion":"1.0","id":"[[ID|evt-01HZX4N8Q7K2]]","source":"//ehr.example/registration","type":"patient.demographics.updated","time":"[[D|2024-06-06T17:20:44Z]]","subject":"Patient/[[MRN|Z00913377]]",
"data":{"before":{"lastName":"[[N|Whitcombe]]","firstName":"[[N|Harriet]]"},
"after":{"lastName":"[[N|Whitcombe-Azikiwe]]","firstName":"[[N|Harriet]]","age":[[A|90]]},
"changedBy":"[[N|DeniseLowell]]","reason":"marriage","schemaVersion":"3.1.0","traceId":"4bf92f3577b34da6"}}
""",
)

note(
    "b30-47",
    "Tadeusz Wrobel-Kline",
    """
ERROR [worker-3] [[D|2024-11-02]] 23:01:55,310 claims.submit failed after 3 retries
Traceback (most recent call last):
  File "/opt/app/claims/submit.py", line 214, in post_claim
    resp.raise_for_status()
  File "/usr/lib/python3.11/site-packages/requests/models.py", line 1021, in raise_for_status
requests.exceptions.HTTPError: 422 Client Error: Unprocessable Entity for url: [[URL|https://clearinghouse.example.com/v1/claims?member=XHK99120455&dob=1949-05-18]]
payload={'patient': {'name': '[[N|Tadeusz Wrobel-Kline]]', 'dob': '[[D|1949-05-18]]', 'member_id': '[[HP|XHK99120455]]', 'addr': {'line1': '[[ADDR|55 Spruce Hollow Rd]]', 'city': '[[C|Brattleboro]]', 'zip': '[[Z|05301]]'}}, 'claim_id': '[[ID|CLM-2024-0091773]]', 'npi': '[[ID|1376540982]]', 'pos': '11'}
""",
)

# ---------------------------------------------------------------- devices
note(
    "b30-48",
    "Lucia Gutierrez-Oyama",
    """
{"upload_id":"[[ID|UPL-7781-20240412]]","received":"[[D|2024-04-12T06:02:19Z]]",
"device":{"model":"AirFlow 11 AutoSet","udi":"[[DEV|(01)00815002260011(17)270630(10)L2290A(21)23184471920]]","serial":"[[DEV|23184471920]]","lot":"L2290A","fw":"SX567-0401"},
"patient":{"name":"[[N|Gutierrez-Oyama]], [[N|Lucia]]","dob":"[[D|1955-01-30]]","mrn":"[[MRN|SL-0044917]]","dme_acct":"[[ACCT|DME-330192]]"},
"therapy":{"nights":30,"avg_use_h":6.4,"ahi":3.1,"leak_l_min":18.2,"p95_cmh2o":11.6,"compliance_pct":93},
"clinician":{"name":"[[N|R. Vasquez-Hale]]","npi":"[[ID|1669402215]]"}}
""",
)

note(
    "b30-49",
    "Eero Lindqvist-Aho",
    """
IMPLANT LOG  OR-3  CASE [[ID|OR24-55120]]  DOS [[D|11-Jul-2024]]
PT [[N|LINDQVIST-AHO]], [[N|EERO]]  MRN [[MRN|TU-0092217]]  DOB [[D|07-Mar-1949]]  SURGEON [[N|Carvalho]], [[N|Beatriz]] MD
SEQ|ITEM|MFR|REF|LOT|SN|UDI
1|TKA femoral comp|Orthonova|5517-F-402|24K1187|[[DEV|FK2209937]]|[[DEV|(01)10884521062215(11)240301(17)290228(10)24K1187(21)FK2209937]]
2|TKA tibial insert 10mm|Orthonova|5517-P-110|24J0331|-|[[DEV|(01)10884521064417(10)24J0331]]
3|Bone cement 40g|Palacos|66035514|M917|-|-
SCANNED BY [[N|jnyquist]] (CST) [[D|11-Jul-2024]] 08:47  ITEMS 3  WASTED 0
""",
)

# ---------------------------------------------------------------- web / messaging
note(
    "b30-50",
    "Coralie Abernethy-Lui",
    """
[[D|2024-12-02T15:30:12.004Z]] graphql op=PatientLookup user=[[N|a.whitlock]] ip=[[IP|192.0.2.64]] duration_ms=87 complexity=14
query PatientLookup($mrn: String!, $dob: Date) { patient(mrn: $mrn, dob: $dob) { id name { family given } telecom { value } } }
variables={"mrn":"[[MRN|B3300127]]","dob":"[[D|1944-08-08]]"}
response={"data":{"patient":{"id":"[[ID|pt_9b1f07c3]]","name":{"family":"[[N|Abernethy-Lui]]","given":["[[N|Coralie]]"]},"telecom":[{"value":"[[PH|(207) 555-0137]]"},{"value":"[[EM|coralie.al@fastmail.test]]"}]}}}
""",
)

note(
    "b30-51",
    "Tomi Huxley-Oyelaran",
    """
*** FAX TRANSMISSION REPORT ***            [[D|JUN-18-2024]] 10:43 AM  P.01
DEVICE  : RX-C5550i  Ver 3.11      SERIAL : [[DEV|2FM09114]]
JOB NO. : 4471         MODE : ECM   RES : FINE
DEST    : [[FX|1 (919) 555-0144]]
STATION : WAKE CARDIOLOGY  ([[FX|919-555-0145]])
START   : [[D|06/18/2024]] 10:41   TIME 01'52"   PAGES 03   RESULT OK
----- PAGE 1 IMAGE (reduced) -----
RE: [[N|HUXLEY-OYELARAN]], [[N|TOMI]]   DOB [[D|12/25/1955]]   MRN [[MRN|WC-449812]]
Referral to Dr. [[N|Ngata]] - AFib, CHA2DS2-VASc 3. Pt cell [[PH|919-555-0151]]. Questions: front desk at [[PH|919-555-0146 ext 12]].
""",
)

note(
    "b30-52",
    "Odalys Ferrante",
    """
[[D|2024-06-26T18:00:01Z]] reminder-svc POST https://api.smsgate.example/v1/Accounts/AC5e0b11f2/Messages.json
  To=[[PH|+13125550171]] From=[[PH|+13125550100]] StatusCallback=[[URL|https://remind.clinic.example/cb?appt=883104&mrn=GP-119045]]
  Body="Hi [[N|Odalys]], reminder: appt w/ Dr. [[N|Kimura]] [[D|Thu 6/27]] 2:30pm at Westside Family Care. Reply C to confirm, R to reschedule."
  -> 201 sid=[[ID|SM7f2d90aa41c3]] status=queued segments=2
[[D|2024-06-26T18:04:37Z]] reminder-svc inbound From=[[PH|+13125550171]] Body="C" matched appt=[[ID|883104]] pt=[[N|Odalys Ferrante]] lang=es
""",
)

note(
    "b30-53",
    "Quillon Ashdown",
    """
POST /portal/api/enroll 201 {"enrollment_id":"[[ID|ENR-66120-A]]","mrn":"[[MRN|LS00720914]]","first":"[[N|Quillon]]","last":"[[N|Ashdown]]","dob":"[[D|04/09/1999]]","email":"[[EM|q.ashdown99@mail.test]]","proxy_for":null}
--- template ---
To: {{patient.email}}
Subject: Welcome to MyLakeshore, {{patient.first_name}}!
Body: Activate: https://myhealth.lakeshore.example/activate?code={{code}}
--- rendered ---
To: [[EM|q.ashdown99@mail.test]]
Subject: Welcome to MyLakeshore, [[N|Quillon]]!
Body: Activate: [[URL|https://myhealth.lakeshore.example/activate?code=7HQ2-KX9M-41PL&mrn=LS00720914]] (expires in 72 h)
Help: https://myhealth.lakeshore.example/help  |  [[PH|855-555-0107]]
""",
)

note(
    "b30-54",
    "Folasade Nwachukwu",
    """
{"requestId":"[[ID|c0a1f7e2-5b43-4b8e-9a31-2d7e0f61aa09]]","ip":"[[IP|198.51.100.214]]","user":"[[N|rtamblyn]]","requestTime":"[[D|05/Nov/2024:21:14:09]] +0000","httpMethod":"GET","path":"[[URL|/v1/eligibility?memberId=HMK55102299&lastName=Nwachukwu&dob=19750619]]","status":"200","responseLength":"1204"}
{"requestId":"[[ID|7d19a0c4-2e8f-4b61-b0d2-55c1e9f3a017]]","ip":"[[IP|198.51.100.214]]","user":"[[N|rtamblyn]]","requestTime":"[[D|05/Nov/2024:21:14:12]] +0000","httpMethod":"GET","path":"[[URL|/v1/eligibility/HMK55102299/benefits?svc=30]]","status":"200","responseLength":"3310"}
{"requestId":"9f0b3c55-61aa-4e0d-8c7b-e2f4a1d09b36","ip":"[[IP|10.4.0.2]]","user":"-","requestTime":"[[D|05/Nov/2024:21:15:00]] +0000","httpMethod":"GET","path":"/v1/health","status":"200","responseLength":"2"}
""",
)

# ---------------------------------------------------------------- more HL7 v2
note(
    "b30-55",
    "Pieter Vandermeulen",
    """
MSH|^~\\&|SCHED|OAKRIDGE|RIS|OAKRIDGE|[[D|20240722160455]]||SIU^S12|[[ID|SIU77123094]]|P|2.5
SCH|[[ID|PL-40019]]||||||MRI^MRI brain w/wo|NORMAL|45|MIN|^^45^[[D|202408011330]]^[[D|202408011415]]
PID|1||[[MRN|OR33019822]]^^^ORK^MR||[[N|VANDERMEULEN]]^[[N|PIETER]]^^^^^L||[[D|19311130]]|M
AIS|1|A|70553^MRI BRAIN W WO CONTRAST^C4
AIG|1|A|MRI2^Siemens Skyra 3T
AIL|1|A|ORK-IMG^MRI2^^ORK
AIP|1|A|^[[N|Farouk]]^[[N|Samia]]^^^^MD|RAD
NTE|1||Pt is [[A|92]]; daughter [[N|Liesbeth]] will accompany. GFR 58 on [[D|7/2]] - ok for gad.
""",
)

note(
    "b30-56",
    "Wanjiru Mwangi",
    """
MSH|^~\\&|CHG|STLUKE|PB|STLUKE|[[D|20240613120102]]||DFT^P03|[[ID|CHG0613120102399]]|P|2.4
EVN|P03
PID|1||[[MRN|SLK7718204]]^^^SLK^MR||[[N|MWANGI]]^[[N|WANJIRU]]||[[D|19880301]]|F
PV1|1|O|ENDO^^^SLK||||[[ID|1306851924]]^[[N|Bellamy]]^[[N|Grant]]^^^^MD||||||||||||[[ACCT|SV240613-0442]]
FT1|1|||||CG|45378^COLONOSCOPY DIAG|||1|1450.00||||||||||||K63.5
GT1|1||[[N|MWANGI]]^[[N|PETER]]||||||||SPO|[[SSN|499-27-6015]]||||BELLAMY TOOL & DIE
""",
    allow=("BELLAMY",),
)

note(
    "b30-57",
    "Kenechukwu Rowe-Abara",
    """
ST*834*0007*005010X220A1~
BGN*00*ENR240630T*[[D|20240701]]*0540****2~
INS*N*19*024*07*A***FT~
REF*0F*[[HP|MCD40017723]]~
DTP*357*D8*[[D|20240630]]~
NM1*IL*1*[[N|ROWE-ABARA]]*[[N|KENECHUKWU]]****34*[[SSN|604871190]]~
DMG*D8*[[D|20090518]]*M~
NM1*QD*1*[[N|ABARA]]*[[N|NNEKA]]~
N3*[[ADDR|1119 KENILWORTH AVE]]~
N4*[[C|CHARLOTTE]]*NC*[[Z|282043318]]~
LUI*LE*SPA**7~
HD*024**HMO*PLAN B*FAM~
AMT*R*0~
SE*13*0007~
""",
)

# ---------------------------------------------------------------- CSV / YAML / psql
note(
    "b30-58",
    "Cassius Whitlow",
    '''
"mrn","patient","dob","guarantor","member_id","notes"
"[[MRN|40021877]]","[[N|Whitlow]], [[N|Cassius]]","[[D|1961-02-28]]","self","[[HP|KMH448120933]]","BP 142/88; f/u 3 mo; A1c 7.9"
"","TEST, PATIENT","","","","interface test - ignore"
"","{{last}}, {{first}}","","","","merge template row - do not import"
"[[MRN|40022301]]","[[N|Osei-Bonsu]], [[N|Akosua]] ""[[N|Kos]]""","[[D|1933-07-01]]","son","[[HP|1EG4TE5MK73]]","age [[A|90]]; Parkinson's, walker; CVX 150 given [[D|10/2023]]"
''',
)

note(
    "b30-59",
    "Philippa Gresham",
    """
# fixtures/patients.yml -- regenerated from prod extract [[D|2024-03-05]] (!!) see SEC-4471
- id: 1
  mrn: "<<MRN>>"
  name: "<<LAST_NAME>>, <<FIRST_NAME>>"
- id: 2
  name: "TEST^PATIENT"
  active: false
- id: 3   # FIXME real record leaked into fixture
  mrn: "[[MRN|N0557210]]"
  name: "[[N|Gresham]], [[N|Philippa R.]]"
  dob: "[[D|1929-11-11]]"
  age: [[A|94]]
  ssn: "[[SSN|318-66-0427]]"
  address: {line1: "[[ADDR|27 Benefit St]]", city: "[[C|Providence]]", state: RI, zip: "[[Z|02903-1711]]"}
  parking: {plate: "[[VEH|7TRK482]]", state: RI}
  emergency_contact: {name: "[[N|Rupert Gresham]]", rel: brother}
""",
)

note(
    "b30-60",
    "Bartholomew Quigg",
    """
ehr_ro=> SELECT mrn, last_name, first_name, dob, zip5, last_login_ip FROM patient WHERE last_name ILIKE '[[N|quigg]]%' ORDER BY dob;
   mrn    | last_name | first_name  |    dob     | zip5  | last_login_ip
----------+-----------+-------------+------------+-------+---------------
 [[MRN|00571123]] | [[N|Quigg]]     | [[N|Bartholomew]] | [[D|1933-04-19]] | [[Z|02906]] | [[IP|192.0.2.201]]
(1 row)

ehr_ro=> \\copy (SELECT * FROM patient WHERE mrn='[[MRN|00571123]]') TO '/tmp/[[N|bquigg]].csv' CSV HEADER
COPY 1
ehr_ro=> SELECT count(*) FROM encounter WHERE admit_dt >= '[[D|2024-01-01]]';
 count
-------
 48213
(1 row)
""",
)


if __name__ == "__main__":
    write(OUT, NOTES)
