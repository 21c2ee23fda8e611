#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_dev20.jsonl.

dev20 is a set of machine records rather than prose: the kinds of text a
de-identification pass meets when it is pointed at interface traffic, claim
files, database dumps and logs.  It holds HL7 v2 messages with Z-segments used
as key|value pairs, batch envelopes (FHS/BHS/BTS/FTS) and acknowledgements whose
MSA/ERR segments quote the rejected field, fixed-width extracts with a layout
line, a COBOL copybook dump and a mainframe SYSOUT report, CMS-1500 and UB-04
claims printed box by box, NCPDP D.0 request/response segments with field ids,
X12 837P/271 segments, DICOM header dumps (including sequences), FHIR resources
and Bundles with contained resources and extensions, C-CDA header and
recordTarget fragments, IHE XDS metadata and registry errors, MLLP traces (one
with a hex dump whose printable column splits identifiers over lines), SQL
inserts, psql/MySQL grids and error logs, YAML/INI/ConfigMap files with test
patients, Windows event-log entries, Kubernetes and logfmt lines, Kafka,
Debezium and RabbitMQ events, an ASTM E1394 instrument record, access logs and
an NCPDP SCRIPT NewRx.  The hard part is the look-alikes that sit beside the
identifiers in such records: segment and field names, field ids (302-C2),
positions, OIDs and code-system ids, SOP class and transfer-syntax UIDs,
versions, batch control numbers, ports, offsets, byte counts, host and pod
names, service accounts, NDCs, lot numbers, codes, lab values, scores, bare or
partial years, placeholders for test patients, and ages of 89 or below.

Annotation conventions (HIPAA Safe Harbor):
- NAME: every person (patient, relative, clinician, operator, proxy user),
  whatever the casing or form, including log-in names (kpatel2, y.sokolova,
  the part after "op:" or "proxy:") and wildcard name fragments in queries
  (the letters before the "*" or "%").  Titles, credentials and generational
  suffixes (Dr., MD, RN, Sr.) stay outside.  Parts that a record separates
  with a delimiter (^ in HL7/DICOM/XCN, a comma in "Last, First", separate
  XML elements or columns) are separate spans; a space-joined run such as
  "Hollis Brandvold" or "FIONNUALA M" is one span.  Placeholder test
  patients (ZZTEST, *TEST,HAPPY, TESTPATIENT^NOTREAL), service accounts
  (svc_hl7test, app_scheduler), kinship words and facility/company/payer
  names are not marked.
- DATE: every date element finer than a year, whoever it belongs to: birth,
  service, admission, message (MSH-7, ISA/GS, BHT), file-creation and log
  dates.  A timestamp written as one token (20240311142207,
  2024-06-18T14:02:35.123Z, 03/Jun/2024:14:22:51) is one span; where the
  time follows a space only the date part is marked, so a zone offset after
  a space stays out.  Decision: machine encodings of a date are dates too:
  epoch seconds/milliseconds (ts=1718719355123, SET timestamp=...) and the
  Debezium epoch-day integer for a birth date are marked whole.  Impossible
  dates quoted in an error (19330931) are still marked.  Bare or partial
  years (PID-7 '1932', a "1931*" query), template/form versions
  (extension="2015-08-01", NUCC 02/12), placeholder dates (19000101 on a
  test record), clock times and durations are not.
- AGE: only over 89, the number alone, including Z-segment values, DICOM
  AS "092Y" (092 marked), COBOL PIC 9(3) "092", JSON "age":93.
- PHONE/FAX whole, extension included; URI schemes (tel:, mailto:) stay
  outside.  Decision: an HL7 XTN that carries area code and local number in
  separate components gets one PHONE span per component.  EMAIL whole.
- URL only for person-specific absolute links (portal deep links, links
  with a patient id or search parameters); such a link is a single URL span
  even when it embeds a name or id.  Decision: relative request paths in
  logs (/v1/patients/WH3301982/links) are not URLs; the identifier inside is
  marked on its own.  IP: every IPv4 address (without the :port).
- SSN full, partial or last four (only the digits of a masked ***-**-4408).
  MRN: any patient identifier issued as a medical-record / patient number
  (PID-3, DICOM PatientID, XDS patientId, FHIR MR identifier, patient_id
  columns).  HEALTH_PLAN: member, subscriber, cardholder, MBI, group and
  policy numbers.  ACCOUNT: patient control / account numbers, visit and
  encounter numbers (PV1-19, CSN, AdmissionID).  LICENSE: driver's licence,
  DEA, state licence.  DEVICE: serial numbers of implants and of equipment
  (scanner DeviceSerialNumber, analyser serial in an ASTM header).
  ID: every NPI (individual or organisation), message control ids (MSH-10,
  MSA-2, QPD query tags, event/message ids, SOAP RequestId), order, filler,
  accession, specimen, claim, prior-auth, authorisation, document and trace
  numbers, FHIR server ids of a patient's resources ("Patient/pat-20418"),
  internal patient/provider record ids, and instance UIDs that name one
  study, image or document (StudyInstanceUID, SOPInstanceUID, XDS uniqueId).
  Bundle-local ids of contained resources ("p1", "#pr1", "enc-1") and
  operational numbers (ops tickets, connection ids, Kafka offsets, txId/lsn,
  hash totals) are not marked.
  Decision: batch/file/interchange control numbers (FHS-11, BHS-11, ISA13,
  GS06, ST02), ports, offsets, partitions and log record numbers point at a
  transmission, not a person, and stay unmarked, as do payer ids, BINs,
  PCNs, pharmacy software ids and the pharmacy NCPDP id.
- ADDRESS: street part (number, street, unit, PO box, RR/box, lot, "Hwy 53
  Lot 17") and GPS coordinates of a home; CITY (and neighbourhood); ZIP
  including ZIP+4 written without a hyphen and foreign postcodes.  Facility
  and provider addresses are marked the same way as patients'.  States,
  countries and state codes are not.  An identifier that a fixed-width or
  hex dump splits over two lines is marked piecewise on each line; the hex
  byte columns themselves are not marked.
- Never marked: OIDs and assigning authorities, code systems, SOP class and
  transfer syntax UIDs, segment/field names and ids, versions, host, pod and
  workstation names, service accounts, ports, NDCs, lots, ICD/CPT/LOINC/CVX
  codes, lab values, scores, room/bed numbers and facility names.

Stdlib only.  Run: python bench/data/make_deid_dev20.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_dev20.jsonl")
NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


# 01 ADT with Z-segments as key|value pairs
note(
    "d20-01",
    "Hendrika Voskuijlen",
    r"""
MSH|^~\&|REGADT|NORTHBAY_MC|ENGINE|HIE|[[D|20240311142207]]||ADT^A04^ADT_A01|[[ID|NB88301942]]|P|2.5.1
EVN|A04||||[[N|kpatel2]]
PID|1||[[MRN|00417725]]^^^NBMC^MR||[[N|VOSKUIJLEN]]^[[N|HENDRIKA]]^[[N|J]]||[[D|19330908]]|F|||[[ADDR|88 Larch Hollow Rd]]^^[[C|Pittsfield]]^MA^[[Z|01201]]||[[PH|(413)555-0187]]
PV1|1|O|CARD^214^B|||||||CAR
ZPI|1|AGE_AT_SVC|[[A|90]]|
ZPI|2|PREF_NAME|[[N|Riekie]]|
ZPI|3|INTERP_LANG|DUT|
ZPI|4|FALL_RISK|MORSE^45|
ZIN|1|MEMBERID|[[HP|QMB7730418826]]|
ZIN|2|PLAN_CODE|SRA-7|
ZIN|3|PAYER|Berkshire Senior Advantage|
""",
)

# 02 FHS/BHS batch of two ORU messages
note(
    "d20-02",
    "Desmond Abernathy-Cole",
    r"""
FHS|^~\&|LABSYS|CEDARVALE_LAB|||[[D|20240612230500]]||LAB_0612.hl7|nightly results|F000612
BHS|^~\&|LABSYS|CEDARVALE_LAB|||[[D|20240612230500]]||||B000612-01
MSH|^~\&|LABSYS|CEDARVALE_LAB|EHR|WESTFIELD|[[D|20240612230501]]||ORU^R01|[[ID|LB240612-7781]]|P|2.3
PID|1||[[MRN|M2290413]]||[[N|ABERNATHY-COLE]]^[[N|DESMOND]]||[[D|19581117]]|M
OBR|1|||2345-7^GLUCOSE^LN
OBX|1|NM|2345-7^GLUCOSE^LN||212|mg/dL|70-99|H|||F
MSH|^~\&|LABSYS|CEDARVALE_LAB|EHR|WESTFIELD|[[D|20240612230502]]||ORU^R01|[[ID|LB240612-7782]]|P|2.3
PID|1||[[MRN|M2291876]]||[[N|Lindqvist]]^[[N|Maj-Britt]]||[[D|19290403]]|F
OBX|1|NM|2160-0^CREATININE^LN||1.9|mg/dL|0.6-1.1|H|||F
BTS|2
FTS|1
""",
)

# 03 ACK with MSA/ERR quoting the rejected fields
note(
    "d20-03",
    "Hendrika Voskuijlen",
    r"""
MSH|^~\&|HIE|STATEHIE|REGADT|NORTHBAY_MC|[[D|20240311142209]]||ACK^A04^ACK|[[ID|HIE7712093]]|P|2.5.1
MSA|AE|[[ID|NB88301942]]|PID-7 rejected
ERR||PID^1^7^1|102^Data type error^HL70357|E|||Invalid date '[[D|19330931]]' in PID-7 for [[N|VOSKUIJLEN]]^[[N|HENDRIKA]]
ERR||PID^1^19|103^Table value not found^HL70357|W|||SSN '[[SSN|031-44-88]]' wrong length (8)
ERR||PV1^1^7^1|204^Unknown key identifier^HL70357|E|||NPI [[ID|1730492286]] not on file; check digit fails
ERR||ZPI^1^3|207^Application internal error^HL70357|I|||ZPI-3 value [[A|90]] exceeds AGE_MAX 89, stored as [[A|90]]+
""",
)

# 04 fixed-width eligibility extract with layout line
note(
    "d20-04",
    "Theodora Okonkwo-Bayliss",
    r"""
HDR ELIG.EXTRACT.V3  CRDT=[[D|20240502]]  SRC=PINE TREE HEALTH PLAN  LRECL=80
* LAYOUT 01-10 MRN | 11-30 LAST | 31-42 FIRST | 43-50 DOB | 51-59 SSN | 60-64 ZIP | 65-66 ST | 67-80 MEMBER
*...+....1....+....2....+....3....+....4....+....5....+....6....+....7....+....8
[[MRN|0000881234]][[N|OKONKWO-BAYLISS]]     [[N|THEODORA]]    [[D|19300214]][[SSN|529417703]][[Z|04101]]ME[[HP|HMX04410237701]]
0000000000ZZTEST              PATIENT     1900010100000000000000ME00000000000000
TRL RECS=0000002 HASH=00002089  ELIG.EXTRACT.V3 END
""",
)

# 05 COBOL copybook with values
note(
    "d20-05",
    "Cornelius Fairweather-Ndlovu",
    r"""
      * COPYBOOK PATMAST01  FORMATTED DUMP, KSDS PAT.MASTER, LRECL 200
       01  PATIENT-MASTER-REC.
           05 PM-MRN            PIC 9(9).        [[MRN|004419920]]
           05 PM-NAME.
              10 PM-LAST        PIC X(18).       '[[N|FAIRWEATHER-NDLOVU]]'
              10 PM-FIRST       PIC X(12).       '[[N|CORNELIUS]]   '
              10 PM-MI          PIC X.           '[[N|R]]'
           05 PM-DOB            PIC 9(8).        [[D|19320119]]
           05 PM-AGE            PIC 9(3) COMP-3. [[A|092]]
           05 PM-SSN-LAST4      PIC 9(4).        [[SSN|6617]]
           05 PM-ADDR-1         PIC X(30).       '[[ADDR|4 QUARRY SIDE LN APT 2]]'
           05 PM-CITY           PIC X(20).       '[[C|LEWISTON]]'
           05 PM-ZIP            PIC 9(9).        [[Z|042402231]]
           05 PM-ACCT-NO        PIC X(12).       '[[ACCT|A0091443-07]]'
           05 PM-FIN-CLASS      PIC X(2).        'MC'
           05 FILLER            PIC X(40).       SPACES
""",
)

# 06 CMS-1500 printed as text
note(
    "d20-06",
    "Aurelio Espinoza-Ruiz",
    r"""
HEALTH INSURANCE CLAIM FORM (NUCC 02/12)           CARRIER: Granite Mutual Health
1a INSURED'S ID NUMBER ..... [[HP|GMH-771-30-4458]]
2  PATIENT'S NAME .......... [[N|ESPINOZA-RUIZ]], [[N|AURELIO]], [[N|T]]
3  BIRTH DATE .............. [[D|04 17 1929]]   SEX M
4  INSURED'S NAME .......... SAME
5  ADDRESS ................. [[ADDR|1190 W Cactus Wren Dr Unit 14]]
   CITY [[C|Mesa]]  STATE AZ  ZIP [[Z|85201]]  TEL [[PH|(480) 555-0139]]
11 POLICY GROUP ............ NONE
17 DN [[N|Hollis Brandvold]] MD      17b NPI [[ID|1598823410]]
21 ICD Ind 0  A. I50.32  B. N18.4  C. Z79.01
24 [[D|05 06 24]] [[D|05 06 24]] 11  99214 25  AB  $188.00  1 unit
26 PATIENT'S ACCOUNT NO .... [[ACCT|ESP0004418]]
31 SIGNATURE ON FILE
32 Saguaro Heart Clinic (same as 33)
33 BILLING Saguaro Heart Clinic  33a NPI [[ID|1871402236]]
""",
)

# 07 UB-04 printed by form locator
note(
    "d20-07",
    "Soledad Quintero",
    r"""
FL01 Tidewater Regional Med Ctr   (billing prov, see FL56)
FL03a PAT CNTL # [[ACCT|TRM24-0081193]]    FL03b MED REC # [[MRN|TR00593317]]
FL04 TOB 0111    FL06 STMT [[D|061424]] THRU [[D|062024]]
FL08 [[N|QUINTERO]], [[N|SOLEDAD]]
FL09 [[ADDR|17 Bayview Ct]]  [[C|Chesapeake]]  VA  [[Z|23320]]
FL10 DOB [[D|02091931]]  FL11 F  FL12 ADM [[D|061424]]  FL13 HR 22  FL14 1  FL15 7
FL31 OCC 11 (onset) see FL12
FL42 0120 R&B SEMI   6   $14,400.00
     0250 PHARMACY 118    $3,902.17
     0300 LAB      44     $2,006.50
FL50 Old Dominion Medicare Adv  FL60 ID [[HP|7QW2HX4RN16]]  FL62 GRP
FL64 DCN [[ID|2024178300451]]
FL67 I63.512   FL74 03CL3ZZ
FL76 ATTENDING NPI [[ID|1245390871]]  QUAL 1G
FL80 REMARKS pt age [[A|93]] at admit; dtr [[N|Luz]] is POA
""",
)

# 08 NCPDP D.0 B1 billing request
note(
    "d20-08",
    "Marguerite Aboud",
    r"""
NCPDP D.0 B1 REQUEST (FS shown as space, segment per line)
HDR 101-A1=017742 102-A2=D0 103-A3=B1 104-A4=PCN9931 109-A9=1 202-B2=01 201-B1=[[ID|1487705532]] 401-D1=[[D|20240719]] 110-AK=SWVENDOR01
AM04 302-C2=[[HP|ZRX40118823001]] 301-C1=[[HP|RXGRP7731]] 303-C3=01 306-C6=1
AM01 331-CX=99 304-C4=[[D|19320527]] 305-C5=2 310-CA=[[N|Marguerite]] 311-CB=[[N|Aboud]] 322-CM=[[ADDR|61 Fenwick St Apt 3R]] 323-CN=[[C|Yonkers]] 324-CO=NY 325-CP=[[Z|10701]] 326-CQ=[[PH|9145550163]]
AM07 455-EM=1 402-D2=[[ID|6604219]] 436-E1=03 407-D7=00093505601 442-E7=30000 403-D3=00 405-D5=30 419-DJ=1
AM03 466-EZ=01 411-DB=[[ID|1063348827]]
AM11 409-D9=1250{ 412-DC=150{ 430-DU=1400{
""",
)

# 09 DICOM header dump
note(
    "d20-09",
    "Ilse Brandstetter",
    r"""
# Dicom-Data-Set
(0008,0016) UI =CTImageStorage                 #  26, 1 SOPClassUID
(0008,0020) DA [[[D|20240402]]]                     #   8, 1 StudyDate
(0008,0030) TM [153012]                        #   6, 1 StudyTime
(0008,0050) SH [[[ID|RAD24-0098812]]]                #  14, 1 AccessionNumber
(0008,0080) LO [Lakeshore Imaging Center]      #  24, 1 InstitutionName
(0008,0090) PN [[[N|MBEKI-HARGROVE]]^[[N|PATRICE]]^^DR]     #  26, 1 ReferringPhysicianName
(0010,0010) PN [[[N|BRANDSTETTER]]^[[N|ILSE]]^[[N|M]]]           #  18, 1 PatientName
(0010,0020) LO [[[MRN|LIC0042217]]]                   #  10, 1 PatientID
(0010,0030) DA [[[D|19310815]]]                     #   8, 1 PatientBirthDate
(0010,1010) AS [[[A|092]]Y]                         #   4, 1 PatientAge
(0018,1000) LO [[[DEV|CT64-118842]]]                  #  12, 1 DeviceSerialNumber
(0020,000d) UI [[[ID|1.2.826.0.1.3680043.8.498.417732901]]]  # StudyInstanceUID
""",
)

# 10 FHIR Bundle with contained resources and extensions
note(
    "d20-10",
    "Sigrun Thorvaldsdottir",
    r"""
{"resourceType":"Bundle","type":"collection","timestamp":"[[D|2024-08-02T10:14:55Z]]",
 "entry":[{"resource":{"resourceType":"Encounter","id":"enc-1",
  "contained":[{"resourceType":"Patient","id":"p1",
    "identifier":[{"system":"urn:oid:2.16.840.1.113883.3.4411","value":"[[MRN|PX-7730215]]"}],
    "name":[{"family":"[[N|Thorvaldsdottir]]","given":["[[N|Sigrun]]","[[N|Ása]]"]}],
    "birthDate":"[[D|1933-01-29]]",
    "extension":[{"url":"http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName","valueString":"[[N|Gunnarsdottir]]"},
     {"url":"http://example.org/fhir/ext/age-at-encounter","valueAge":{"value":[[A|91]],"unit":"a"}}]},
   {"resourceType":"Practitioner","id":"pr1","name":[{"text":"Dr. [[N|Ines Carvalho-Burke]]"}]}],
  "subject":{"reference":"#p1"},"participant":[{"individual":{"reference":"#pr1"}}],
  "period":{"start":"[[D|2024-08-01T21:40:00-04:00]]"}}}]}
""",
)

# 11 C-CDA recordTarget
note(
    "d20-11",
    "Ruthanne Okoro-Lindahl",
    r"""
<recordTarget><patientRole>
 <id extension="[[MRN|447120938]]" root="2.16.840.1.113883.19.5.99999.2"/>
 <id extension="[[SSN|219-66-4410]]" root="2.16.840.1.113883.4.1"/>
 <addr use="HP"><streetAddressLine>[[ADDR|2207 Kittiwake Ln]]</streetAddressLine><city>[[C|Coos Bay]]</city><state>OR</state><postalCode>[[Z|97420]]</postalCode></addr>
 <telecom value="tel:[[PH|+1-541-555-0172]]" use="HP"/>
 <telecom value="mailto:[[EM|ruthanne.okoro@mail.example]]"/>
 <patient>
  <name use="L"><prefix>Mrs.</prefix><given>[[N|Ruthanne]]</given><given>[[N|B]]</given><family>[[N|Okoro-Lindahl]]</family></name>
  <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
  <birthTime value="[[D|19300611]]"/>
  <guardian><guardianPerson><name><given>[[N|Ezekiel]]</given><family>[[N|Okoro]]</family></name></guardianPerson></guardian>
 </patient>
</patientRole></recordTarget>
""",
)

# 12 IHE XDS metadata
note(
    "d20-12",
    "Keiko Nakashima-Ortiz",
    r"""
<rim:ExtrinsicObject mimeType="text/xml" objectType="urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1">
 <rim:Slot name="creationTime"><rim:ValueList><rim:Value>[[D|20240611093000]]</rim:Value></rim:ValueList></rim:Slot>
 <rim:Slot name="sourcePatientId"><rim:ValueList><rim:Value>[[MRN|8837261]]^^^&amp;1.3.6.1.4.1.21367.2005.3.7&amp;ISO</rim:Value></rim:ValueList></rim:Slot>
 <rim:Slot name="sourcePatientInfo"><rim:ValueList>
  <rim:Value>PID-5|[[N|NAKASHIMA-ORTIZ]]^[[N|KEIKO]]^^^</rim:Value>
  <rim:Value>PID-7|[[D|19320302]]</rim:Value>
  <rim:Value>PID-11|[[ADDR|5 Sandpiper Row]]^^[[C|Eureka]]^CA^[[Z|95501]]</rim:Value></rim:ValueList></rim:Slot>
 <rim:ExternalIdentifier value="[[MRN|IHENA-4471]]^^^&amp;1.3.6.1.4.1.21367.2005.3.7&amp;ISO"/>
 <rim:ExternalIdentifier value="[[ID|1.3.6.1.4.1.21367.2005.3.99.1.10101]]"/>
""",
)

# 13 MLLP trace with hex dump
note(
    "d20-13",
    "Bich Nguyen-Parr",
    r"""
[[D|2024-09-04]] 08:15:12.431 mllp-in rx 164B from [[IP|10.31.8.44]]:52110
00000000  0b 4d 53 48 7c 5e 7e 5c 26 7c 41 44 54 7c 45 4c  |.MSH|^~\&|ADT|EL|
00000010  4d 43 52 45 53 54 7c 49 46 41 43 45 7c 48 55 42  |MCREST|IFACE|HUB|
00000020  7c 32 30 32 34 30 39 30 34 30 38 31 35 31 32 7c  ||[[D|20240904081512]]||
00000030  7c 41 44 54 5e 41 30 38 7c 45 4c 35 35 33 30 39  ||ADT^A08|[[ID|EL55309]]|
00000040  32 31 7c 50 7c 32 2e 34 0d 50 49 44 7c 31 7c 7c  |[[ID|21]]|P|2.4.PID|1|||
00000050  45 37 37 34 31 30 32 39 5e 5e 5e 45 4c 4d 5e 4d  |[[MRN|E7741029]]^^^ELM^M|
00000060  52 7c 7c 4e 47 55 59 45 4e 2d 50 41 52 52 5e 42  |R||[[N|NGUYEN-PARR]]^[[N|B]]|
00000070  49 43 48 5e 54 7c 7c 31 39 33 31 30 32 32 37 7c  |[[N|ICH]]^[[N|T]]||[[D|19310227]]||
00000080  46 7c 7c 7c 39 20 4f 72 63 68 61 72 64 20 54 65  |F|||[[ADDR|9 Orchard Te]]|
00000090  72 5e 5e 44 6f 76 65 72 5e 44 45 5e 31 39 39 30  |[[ADDR|r]]^^[[C|Dover]]^DE^[[Z|1990]]|
000000a0  31 0d 1c 0d                                      |[[Z|1]]...|
""",
)

# 14 SQL INSERT seed script
note(
    "d20-14",
    "Wilhelmina Baptiste",
    r"""
-- seed for interface regression, ticket OPS-4471 (author: [[N|r.fenwick]])
INSERT INTO pat_demo (mrn, last_nm, first_nm, dob, ssn, phone, email, zip)
VALUES ('[[MRN|K00918273]]', '[[N|Baptiste]]', '[[N|Wilhelmina]]', '[[D|1928-12-03]]', '[[SSN|407-22-9134]]', '[[PH|207-555-0148]]', NULL, '[[Z|04005]]'),
       ('K00918274', 'Test', 'Zzinterface', '1900-01-01', '999-99-9999', '000-000-0000', NULL, '00000');
INSERT INTO encounter (acct_no, mrn, adm_dt, room, attending)
VALUES ('[[ACCT|E24-7730115]]', '[[MRN|K00918273]]', '[[D|2024-02-19]] 06:40', '3W-312', '[[N|smwangi]]');
-- expect: 2 rows pat_demo, 1 row encounter; age calc = [[A|95]]
""",
)

# 15 psql result grid
note(
    "d20-15",
    "Cliodhna Abernethy",
    r"""
ehr_prod=> SELECT mrn, pat_name, birth_dt, age, pcp FROM v_census WHERE unit='5N' ORDER BY bed;
    mrn    |        pat_name         |  birth_dt  | age |     pcp
-----------+-------------------------+------------+-----+---------------
 [[MRN|H00771234]] | [[N|ABERNETHY]], [[N|CLIODHNA]]     | [[D|1932-10-14]] |  [[A|91]] | [[N|ttanaka]]
 [[MRN|H00771902]] | [[N|van der Berg]], [[N|Joost]]     | [[D|1951-06-30]] |  73 | [[N|ttanaka]]
 [[MRN|H00772418]] | [[N|O'DALAIGH]], [[N|FIONNUALA M]]  | [[D|1929-11-22]] |  [[A|94]] | [[N|rbhattacharya]]
(3 rows)

Time: 4.118 ms
""",
)

# 16 MySQL grid
note(
    "d20-16",
    "Ingeborg Halvorsen",
    r"""
mysql> SELECT claim_id, patient_acct, pt_last, pt_first, dos, ip_addr FROM portal_claims WHERE submitted_by='[[N|kfairbanks]]';
+-----------+--------------+-----------+----------+------------+----------------+
| claim_id  | patient_acct | pt_last   | pt_first | dos        | ip_addr        |
+-----------+--------------+-----------+----------+------------+----------------+
| [[ID|CLM991204]] | [[ACCT|PA-00418832]]  | [[N|Halvorsen]] | [[N|Ingeborg]] | [[D|2024-03-08]] | [[IP|203.0.113.57]]   |
| [[ID|CLM991219]] | [[ACCT|PA-00419007]]  | [[N|Mbatha]]    | [[N|Sipho]]    | [[D|2024-03-11]] | [[IP|198.51.100.212]] |
+-----------+--------------+-----------+----------+------------+----------------+
2 rows in set (0.02 sec)
""",
)

# 17 YAML test fixtures
note(
    "d20-17",
    "Bodil Kristiansen",
    r"""
# interface-tests/fixtures/adt_regression.yaml
# owner: platform-integration (svc_hl7test); last edited by [[N|lgrabowski]] [[D|2024-01-22]]
engine:
  host: hl7-int-02.corp.internal
  port: 6661
  listen_ip: [[IP|10.20.4.15]]
test_patients:
  - mrn: "[[MRN|T9000412]]"
    name: {family: "[[N|Kristiansen]]", given: ["[[N|Bodil]]"]}
    dob: [[D|1929-07-07]]
    age_years: [[A|95]]
    phone: "[[PH|+1 802 555 0116]]"
    address: {line: "[[ADDR|31 Maple Hollow Rd]]", city: "[[C|Brattleboro]]", state: VT, zip: "[[Z|05301]]"}
  - mrn: "T9000413"
    name: {family: "ZZTEST", given: ["ADT"]}
    dob: 1900-01-01
    age_years: null
""",
)

# 18 INI with test patients and prescriber
note(
    "d20-18",
    "Lorcan Abernathy",
    r"""
; pharmacy_gateway.ini  -- DO NOT COMMIT REAL PATIENTS
[connection]
host=rxgw-uat.pharm.local
ip=[[IP|172.16.40.9]]
user=svc_rxgw
timeout_ms=30000
[test_patient_1]
Name=[[N|Abernathy]]^[[N|Lorcan]]^[[N|P]]
DOB=[[D|03/14/1931]]
Cardholder=[[HP|ZX0093318402]]
Group=[[HP|RX7710]]
Prescriber=Dr. [[N|Yevgenia Sokolova-Reyes]]
DEA=[[LIC|BS4471823]]
NPI=[[ID|1902847736]]
[test_patient_2]
Name=TESTPATIENT^NOTREAL
DOB=01/01/1900
[audit]
last_run=[[D|2024-10-03T02:00:00Z]]
approved_by=[[N|y.sokolova]]
""",
)

# 19 Windows Security event log
note(
    "d20-19",
    "(staff log-in event)",
    r"""
Log Name:      Security
Source:        Microsoft-Windows-Security-Auditing
Date:          [[D|6/18/2024]] 11:42:07 PM
Event ID:      4625
Task Category: Logon
Keywords:      Audit Failure
Computer:      EHR-CIT-WS114.clinic.local
Description:
An account failed to log on.
Account For Which Logon Failed:
	Security ID:		NULL SID
	Account Name:		[[N|mhernandez-obi]]
	Account Domain:		CLINIC
Failure Information:
	Failure Reason:		Unknown user name or bad password.
	Status:			0xC000006D
	Sub Status:		0xC000006A
Network Information:
	Workstation Name:	NURSE-STN-4B
	Source Network Address:	[[IP|192.168.14.77]]
	Source Port:		50223
Detailed Authentication Information:
	Logon Process:		User32
	Authentication Package:	Negotiate
""",
)

# 20 Kubernetes pod log
note(
    "d20-20",
    "Adaeze Ferreira-Mbeki",
    r"""
$ kubectl logs -n integration deploy/fhir-gateway --since=1h | grep -iE 'error|warn'
[[D|2024-09-12T04:17:33.918Z]] ERROR [fhir-gateway-6f9c7d8b54-qzt2m] PatientController 422 POST /Patient identifier=urn:oid:2.16.840.1.113883.3.7731|[[MRN|MR-40917733]] msg="birthDate [[D|1929-02-30]] invalid" user=[[N|acarrasco-wong]] src=[[IP|10.244.3.18]]
[[D|2024-09-12T04:17:34.002Z]] WARN  [fhir-gateway-6f9c7d8b54-qzt2m] retry 1/3 GET [[URL|https://fhir.hub.example.org/r4/Patient?family=Ferreira-Mbeki&given=Adaeze&birthdate=1929-02-20]]
[[D|2024-09-12T04:17:34.210Z]] WARN  [fhir-gateway-6f9c7d8b54-qzt2m] 2 candidates for [[N|Ferreira-Mbeki]], [[N|Adaeze]]; age [[A|95]]; linking skipped
[[D|2024-09-12T04:17:35.877Z]] INFO  [fhir-gateway-6f9c7d8b54-qzt2m] health ok pool=8/32 heap=612Mi
""",
)

# 21 Kafka event
note(
    "d20-21",
    "Femke Achterberg",
    r"""
topic=adt.patient.v2 partition=3 offset=88123019 key=[[MRN|MR-55102776]] ts=[[D|1718719355123]]
{"event_id":"[[ID|6b1f0c2e-9a8d-4c3b-b7e4-2f1d09a3c8e1]]","event_type":"PATIENT_MERGED","occurred_at":"[[D|2024-06-18T14:02:35.123Z]]",
 "source":"epic-bridge","schema_version":"2.3.0",
 "payload":{"surviving_mrn":"[[MRN|MR-55102776]]","retired_count":1,
   "patient":{"last":"[[N|Achterberg]]","first":"[[N|Femke]]","dob":"[[D|1931-04-09]]","sex":"F","age":[[A|93]],
   "phone":"[[PH|+1-616-555-0125]]","zip":"[[Z|49423]]"},
   "merged_by":"[[N|dvoss]]","reason_code":"DUP-07"}}
""",
)

# 22 ORM order with NTE free text
note(
    "d20-22",
    "Wenonah Sandoval-Kee",
    r"""
MSH|^~\&|CPOE|RIVERBEND|RAD|RIVERBEND|[[D|202407151012]]||ORM^O01|[[ID|RB0715-00912]]|P|2.3
PID|1||[[MRN|RB4401772]]^^^RB^MR||[[N|sandoval-kee]]^[[N|wenonah]]||[[D|19300419]]|F
PV1|1|I|4E^412^A
ORC|NW|[[ID|PLC-7730412]]||||||||[[N|lbouchard]]
OBR|1|[[ID|PLC-7730412]]||71046^XR CHEST 2 VIEWS^C4
NTE|1||pt goes by "[[N|Nonie]]", HOH, [[A|94]] y/o - son [[N|Ray]] at bedside, call [[PH|918-555-0190]]. portable ok per dr [[N|szabo]].
NTE|2||Isolation: contact. Rm 412 bed A. Foley in place. Wt 48.2 kg. Prior film 2023.
""",
)

# 23 MDM with TXA and narrative OBX
note(
    "d20-23",
    "Wanda Przybylski",
    r"""
MSH|^~\&|DICT|STMARGARET|EHR|STMARGARET|[[D|20240822160233]]||MDM^T02|[[ID|DX220816033]]|P|2.5
EVN|T02
PID|1||[[MRN|SM-0093317]]^^^SMH^MR||[[N|Przybylski]]^[[N|Wanda]]^[[N|E]]||[[D|19281105]]|F
PV1|1|I|ICU^07^01||||^[[N|Adeyemi]]^[[N|Folasade]]
TXA|1|DS|TX|||||||||[[ID|DOC-24-0081942]]||||||AU
OBX|1|TX|11506-3^Progress note^LN||[[A|95]] yo F, AF on apixaban 2.5 mg BID, CHA2DS2-VASc 6.
OBX|2|TX|11506-3^Progress note^LN||Granddaughter [[N|Kasia]] ([[PH|312-555-0177]]) updated; family mtg [[D|Friday]].
OBX|3|TX|11506-3^Progress note^LN||Dictated by [[N|fadeyemi]], transcribed by MT pool 3.
""",
)

# 24 DFT financial with GT1/IN1
note(
    "d20-24",
    "Amara Delacroix-Osei",
    r"""
MSH|^~\&|PTBILL|HARBORPT|PB|CLEARHS|[[D|20240503]]||DFT^P03|[[ID|HP0503-4471]]|P|2.3
PID|1||[[MRN|HPT77120]]||[[N|DELACROIX-OSEI]]^[[N|AMARA]]||[[D|19580912]]|F|||[[ADDR|2290 Rampart St]]^^[[C|Gretna]]^LA^[[Z|70053]]|||||||[[ACCT|HPTA-20240503-09]]|XXX-XX-[[SSN|6612]]
FT1|1|||[[D|20240429]]||CG|97110^THER EXERCISE^CPT|||4|||||||||M54.50|[[ID|1407733318]]^^^^^^PT
GT1|1||[[N|OSEI]]^[[N|KWAME]]|||||||||[[SSN|438-91-2207]]
IN1|1|PPO17|0441|Crescent Gulf Health||||[[HP|CGH-99104]]|||||||||02|||||||||||||||||||[[HP|CGX449102833]]
""",
)

# 25 VXU immunization
note(
    "d20-25",
    "Mateo Villanueva",
    r"""
MSH|^~\&|IMMCLIENT|PEDS_ON_ELM|IIS|STATEIIS|[[D|20240916103300-0500]]||VXU^V04^VXU_V04|[[ID|PE2409161033]]|P|2.5.1|||ER|AL
PID|1||[[MRN|PE0044127]]^^^PEDSELM^MR||[[N|Villanueva]]^[[N|Mateo]]^^^^^L||[[D|20230618]]|M|||[[ADDR|411 Sumac Ct]]^^[[C|Round Rock]]^TX^[[Z|78664]]
NK1|1|[[N|Villanueva]]^[[N|Lucia]]|MTH^Mother^HL70063||^PRN^PH^^^[[PH|512]]^[[PH|5550191]]
ORC|RE||[[ID|IZ-66104]]^PEDSELM
RXA|0|1|[[D|20240916]]||20^DTaP^CVX|0.5|mL^mL^UCUM||00^New record^NIP001||||||U4471AA||PMC^Sanofi^MVX
RXR|C28161^IM^NCIT|RT^Right thigh^HL70163
OBX|1|CE|64994-7^Funding eligibility^LN|1|V02^VFC eligible^HL70064||||||F
""",
)

# 26 SIU scheduling
note(
    "d20-26",
    "Lillian Ahnaruk",
    r"""
MSH|^~\&|CADENCE|GLENORA|DOWNSTREAM|GLENORA|[[D|20241104081500]]||SIU^S12|[[ID|GL11040815-22]]|P|2.3
SCH|[[ID|APT-00991724]]||||||FOLLOWUP^Follow-up|OFFICE|30|MIN|^^30|||||[[N|jmbatha]]
PID|1||[[MRN|GLN-4412093]]||[[N|Ahnaruk]]^[[N|Lillian]]^^^^^L~[[N|Lily]]^^^^^^N||[[D|19321201]]|F
PV1|1|O|FAMMED^^^GLENORA
AIP|1|A|^[[N|Kowalczyk]]^[[N|Bogdan]]^^^MD|ATTENDING
AIL|1|A|GLENORA^RM 6^^CLINIC B
NTE|1||[[A|91]]yo, bring O2 (2 L NC); hx Parkinson's; daughter [[N|Rosalind]] drives - Tues/Thurs only. Reminder call 48h prior.
""",
)

# 27 NCPDP D.0 response
note(
    "d20-27",
    "Gertrude Holloway",
    r"""
NCPDP D.0 RESPONSE B1  txn 1 of 1
HDR 102-A2=D0 103-A3=B1 109-A9=1 501-F1=A 202-B2=01 201-B1=[[ID|1093356618]] 401-D1=[[D|20241021]]
AM20 504-F4=CARDHOLDER [[HP|WQA77310552]] ELIG THRU [[D|12/31/2024]]; PT [[N|HOLLOWAY]],[[N|GERTRUDE]] DOB [[D|19290917]]
AM21 112-AN=P 503-F3=[[ID|PA2410210077315]] 547-5F=1 548-6F=M0 526-FQ=HELP DESK [[PH|1-800-555-0100]]
AM22 455-EM=1 402-D2=[[ID|8841207]]
AM23 505-F5=1250{ 506-F6=1500{ 509-F9=2750{ 518-FI=1000{
AM24 439-E4=DD 528-FS=2 529-FT=0 530-FU=[[D|20241002]] 531-FV=30000 532-FW=1 533-FX=0
""",
)

# 28 X12 837P
note(
    "d20-28",
    "Estela Zamora-Hayes",
    r"""
ISA*00*          *00*          *ZZ*CLRHSE01       *ZZ*PAYERX         *[[D|240612]]*1430*^*00501*000004471*0*P*:~
GS*HC*CLRHSE01*PAYERX*[[D|20240612]]*1430*4471*X*005010X222A1~
ST*837*0001*005010X222A1~
NM1*85*2*Sunrise Pulmonary Associates*****XX*[[ID|1740399812]]~
NM1*IL*1*[[N|ZAMORA-HAYES]]*[[N|ESTELA]]*[[N|L]]***MI*[[HP|SPH400917332]]~
N3*[[ADDR|12 Owyhee Ridge Rd]]~
N4*[[C|Meridian]]*ID*[[Z|83642]]~
DMG*D8*[[D|19310804]]*F~
CLM*[[ACCT|ZH-24061-0031]]*245***11:B:1*Y*A*Y*Y~
DTP*472*D8*[[D|20240605]]~
SV1*HC:94010*245*UN*1***1~
SE*12*0001~
""",
)

# 29 X12 271 eligibility response
note(
    "d20-29",
    "Harold Whitebear",
    r"""
ST*271*4471*005010X279A1~
BHT*0022*11*[[ID|EL0310-00077]]*[[D|20240310]]*0915~
HL*1**20*1~
NM1*PR*2*Prairie States Health Cooperative*****PI*48810~
HL*2*1*21*1~
NM1*1P*2*Prairie Pulmonary Clinic*****XX*[[ID|1558302274]]~
HL*3*2*22*0~
TRN*2*[[ID|93175-012547]]*9877281234~
NM1*IL*1*[[N|WHITEBEAR]]*[[N|HAROLD]]*[[N|J]]***MI*[[HP|PSH7731904420]]~
REF*6P*[[HP|GRP-0088120]]*PRAIRIE STATE EMPLOYEES~
N3*[[ADDR|RR 2 BOX 41]]~
N4*[[C|Pierre]]*SD*[[Z|57501]]~
DMG*D8*[[D|19300119]]*M~
EB*1*IND*30**GOLD PPO~
EB*C*IND*30***23*1500~
MSG*MEMBER AGE [[A|94]] - MEDICARE SECONDARY~
SE*16*4471~
""",
)

# 30 DICOM with address and phone
note(
    "d20-30",
    "Evangeline St. Clair",
    r"""
# dcmdump +P 0010 IM000123 (MR)
(0008,0020) DA [[[D|20240127]]]                       # StudyDate
(0008,0050) SH [[[ID|A77104392]]]                      # AccessionNumber
(0008,0080) LO [North Fork Radiology]            # InstitutionName
(0008,1010) SH [NFR-MR1-OC]                      # StationName
(0008,1090) LO [MAGNETOM Vida]                   # ManufacturerModelName
(0010,0010) PN [[[N|ST. CLAIR]]^[[N|EVANGELINE]]^[[N|R]]]          # PatientName
(0010,0020) LO [[[MRN|NF00412299]]]                     # PatientID
(0010,0021) LO [NFRAD]                           # IssuerOfPatientID
(0010,0030) DA [[[D|19311030]]]                       # PatientBirthDate
(0010,1010) AS [[[A|092]]Y]                           # PatientAge
(0010,1030) DS [52]                              # PatientWeight
(0010,1040) LO [[[ADDR|7 Widows Walk Ln]]\[[C|Riverhead]] NY [[Z|11901]]]  # PatientAddress
(0010,2154) SH [[[PH|631-555-0143]]]                   # PatientTelephoneNumbers
""",
)

# 31 DICOM with sequences
note(
    "d20-31",
    "Joaquim Ferreira",
    r"""
(0008,0016) UI =EnhancedSRStorage                         # SOPClassUID
(0008,0018) UI [[[ID|1.2.826.0.1.3680043.8.498.99120447311]]]   # SOPInstanceUID
(0010,0010) PN [[[N|Ferreira]]^[[N|Joaquim]]^^Sr.]                  # PatientName
(0010,1002) SQ (Sequence with explicit length #=2)        # OtherPatientIDsSequence
  (fffe,e000) na (Item with explicit length #=2)
    (0010,0020) LO [[[MRN|00-331-872]]]                        # PatientID
    (0010,0022) CS [TEXT]                               # TypeOfPatientID
  (fffe,e000) na (Item with explicit length #=2)
    (0010,0020) LO [[[MRN|RIV7704112]]]                        # PatientID
    (0010,0022) CS [TEXT]                               # TypeOfPatientID
(0010,1060) PN [[[N|Ferreira]]^[[N|Odete]]]                         # PatientMotherBirthName
(0038,0010) LO [[[ACCT|V24-0031177]]]                          # AdmissionID
(0040,0244) DA [[[D|20240219]]]                             # PerformedProcedureStepStartDate
""",
)

# 32 FHIR Patient resource
note(
    "d20-32",
    "Titilayo Oyelowo",
    r"""
{"resourceType": "Patient", "id": "[[ID|c0f3a9e2]]",
 "meta": {"lastUpdated": "[[D|2024-05-30T17:22:09.441+00:00]]"},
 "extension": [{"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex", "valueCode": "F"}],
 "identifier": [
  {"system": "http://hospital.example.org/mrn", "value": "[[MRN|77310492]]"},
  {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "[[SSN|545-18-0932]]"}],
 "name": [{"use": "official", "family": "[[N|Oyelowo]]", "given": ["[[N|Titilayo]]", "[[N|Ronke]]"], "prefix": ["Mrs."]}],
 "telecom": [{"system": "phone", "value": "[[PH|(334) 555-0108]]", "use": "mobile"},
   {"system": "email", "value": "[[EM|t.oyelowo@post.example]]"}],
 "birthDate": "[[D|1929-10-02]]",
 "address": [{"line": ["[[ADDR|5508 Azalea Trace]]"], "city": "[[C|Dothan]]", "state": "AL", "postalCode": "[[Z|36301]]"}]}
""",
)

# 33 FHIR transaction Bundle with Coverage and RelatedPerson
note(
    "d20-33",
    "(patient pat-20418)",
    r"""
{"resourceType":"Bundle","type":"transaction","entry":[
{"resource":{"resourceType":"Coverage","status":"active",
 "subscriberId":"[[HP|CX0049921877]]","beneficiary":{"reference":"Patient/[[ID|pat-20418]]"},
 "payor":[{"display":"Keystone Valley Health Plan"}],
 "class":[{"type":{"text":"group"},"value":"[[HP|KV-00712]]"}],
 "period":{"start":"[[D|2024-01-01]]"}},"request":{"method":"POST","url":"Coverage"}},
{"resource":{"resourceType":"RelatedPerson","patient":{"reference":"Patient/[[ID|pat-20418]]"},
 "relationship":[{"text":"daughter"}],"name":[{"text":"[[N|Dolores Yazzie-Brennan]]"}],
 "telecom":[{"system":"phone","value":"[[PH|505-555-0181]]"}],
 "address":[{"text":"[[ADDR|PO Box 2207]], [[C|Gallup]], NM [[Z|87305]]"}]},"request":{"method":"POST","url":"RelatedPerson"}}]}
""",
)

# 34 FHIR AuditEvent
note(
    "d20-34",
    "Pieternella Vanderhoek",
    r"""
{"resourceType":"AuditEvent",
 "type":{"system":"http://dicom.nema.org/resources/ontology/DCM","code":"110110","display":"Patient Record"},
 "action":"R","recorded":"[[D|2024-07-30T03:12:45-06:00]]","outcome":"0",
 "agent":[{"who":{"identifier":{"value":"[[N|rquisenberry]]"},"display":"[[N|Quisenberry]], [[N|Rhiannon]] RN"},"requestor":true,
   "network":{"address":"[[IP|10.88.14.203]]","type":"2"}},
  {"who":{"display":"svc-fhir-bulk"},"requestor":false,"network":{"address":"fhir-api-03.prod.local","type":"1"}}],
 "source":{"observer":{"display":"ChartGuard SIEM"}},
 "entity":[{"what":{"reference":"Patient/[[ID|88-41120-7]]"},"name":"[[N|VANDERHOEK]], [[N|PIETERNELLA]]",
   "detail":[{"type":"break-glass-reason","valueString":"pt [[A|96]], unresponsive in ED bay 12"}]}]}
""",
)

# 35 C-CDA header: author and participant
note(
    "d20-35",
    "(CCD header, author Nakamura-Lisle)",
    r"""
<ClinicalDocument xmlns="urn:hl7-org:v3">
 <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
 <id root="2.16.840.1.113883.19.5.99999.1" extension="[[ID|TT-20241109-7741]]"/>
 <effectiveTime value="[[D|20241109144500-0500]]"/>
 <author><time value="[[D|20241109142000-0500]]"/><assignedAuthor>
  <id root="2.16.840.1.113883.4.6" extension="[[ID|1982204417]]"/>
  <addr><streetAddressLine>[[ADDR|1 Lighthouse Plz]]</streetAddressLine><city>[[C|Gloucester]]</city><state>MA</state><postalCode>[[Z|01930]]</postalCode></addr>
  <telecom use="WP" value="tel:[[PH|+1(978)555-0121;ext=304]]"/>
  <assignedPerson><name><given>[[N|Bartholomew]]</given><family>[[N|Nakamura-Lisle]]</family><suffix>MD</suffix></name></assignedPerson>
 </assignedAuthor></author>
 <participant typeCode="IND"><associatedEntity classCode="ECON">
  <associatedPerson><name>[[N|Perpetua Lisle]]</name></associatedPerson></associatedEntity></participant>
""",
)

# 36 C-CDA encompassingEncounter and a result
note(
    "d20-36",
    "(CCD encounter ENC-3300417)",
    r"""
<componentOf><encompassingEncounter>
 <id root="2.16.840.1.113883.19.5.99999.19" extension="[[ACCT|ENC-3300417]]"/>
 <effectiveTime><low value="[[D|20240301]]"/><high value="[[D|20240306]]"/></effectiveTime>
 <responsibleParty><assignedEntity><id root="2.16.840.1.113883.4.6" extension="[[ID|1629177340]]"/>
  <assignedPerson><name><prefix>Dr.</prefix><given>[[N|Oluwaseun]]</given><family>[[N|Baptiste]]</family></name></assignedPerson>
 </assignedEntity></responsibleParty>
 <location><healthCareFacility><location><name>Pelican Bay Hospital - 3 West</name></location></healthCareFacility></location>
</encompassingEncounter></componentOf>
...
<text>K 5.9 on [[D|3/2]], repeat sent, per Dr [[N|Baptiste]] hold lisinopril</text>
<observation classCode="OBS" moodCode="EVN">
 <code code="2823-3" codeSystem="2.16.840.1.113883.6.1" displayName="Potassium"/>
 <effectiveTime value="[[D|20240302061500]]"/>
 <value xsi:type="PQ" value="5.9" unit="mmol/L"/>
</observation>
""",
)

# 37 XDS registry error
note(
    "d20-37",
    "Adaeze Okonjo",
    r"""
<rs:RegistryResponse status="urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Failure">
 <rs:RegistryErrorList highestSeverity="urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Error">
  <rs:RegistryError errorCode="XDSUnknownPatientId" severity="urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Error"
   codeContext="Patient ID [[MRN|5519027]]^^^&amp;2.16.840.1.113883.3.9912&amp;ISO not known to registry (source PID-3 [[MRN|MR-0044718]]^^^CLINIC_A; PID-5 [[N|OKONJO]]^[[N|ADAEZE]]^[[N|N]]; PID-7 [[D|19290511]])"
   location="XDSb.Registry@xds-reg-01"/>
  <rs:RegistryError errorCode="XDSRegistryMetadataError" severity="urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Warning"
   codeContext="sourcePatientInfo PID-8 'X' not in HL70001" location="xds-reg-01:8443"/>
 </rs:RegistryErrorList></rs:RegistryResponse>
""",
)

# 38 PDQ query and response
note(
    "d20-38",
    "Genevieve Lafleur",
    r"""
MSH|^~\&|PDQ_CONSUMER|EDCLIN|PDQ_SUPPLIER|MPI|[[D|20240206221502]]||QBP^Q22^QBP_Q21|[[ID|Q-8812004]]|P|2.5
QPD|IHE PDQ Query|[[ID|QRY-5520913]]|@PID.5.1.1^[[N|LAFLEUR]]~@PID.5.2^[[N|Genevi]]*~@PID.7^1931*~@PID.8^F
RCP|I|10^RD
MSH|^~\&|PDQ_SUPPLIER|MPI|PDQ_CONSUMER|EDCLIN|[[D|20240206221503]]||RSP^K22^RSP_K21|[[ID|MPI-40091]]|P|2.5
MSA|AA|[[ID|Q-8812004]]
QAK|[[ID|QRY-5520913]]|OK|Q22^Find Candidates^HL7|2
PID|1||[[MRN|ED7703341]]^^^EDCLIN^MR||[[N|LAFLEUR]]^[[N|GENEVIEVE]]^[[N|O]]||[[D|19310624]]|F
QRI|96.5||NA
PID|2||[[MRN|ED7709128]]^^^EDCLIN^MR||[[N|LAFLEUR]]^[[N|GENEVA]]||[[D|19310306]]|F
QRI|71.0||NA
""",
)

# 39 MLLP trace (ASCII)
note(
    "d20-39",
    "Rosario Magalhaes",
    r"""
[[[D|2024-12-02]] 09:14:07.221] CONNECT [[IP|10.12.0.54]]:44821 -> lis-core-01:2575 (mllp-lab-in)
[[[D|2024-12-02]] 09:14:07.230] RECV <VT>MSH|^~\&|ANALYZER|CORELAB|LIS|HOSP|[[D|20241202091406]]||ORU^R01|[[ID|CL0912-331]]|P|2.3.1<CR>
PID|||[[MRN|LB33019244]]||[[N|MAGALHAES]]^[[N|ROSARIO]]||[[D|19330110]]|F<CR>
OBR|1||[[ID|S24-337-0091]]|CBC^COMPLETE BLOOD COUNT|||[[D|20241202084500]]<CR>
OBX|1|NM|WBC||11.2|10*3/uL|4.0-11.0|H<CR><FS><CR>
[[[D|2024-12-02]] 09:14:07.244] SEND <VT>MSH|^~\&|LIS|HOSP|ANALYZER|CORELAB|[[D|20241202091407]]||ACK|[[ID|LIS99120]]|P|2.3.1<CR>MSA|AA|[[ID|CL0912-331]]<CR><FS><CR>
""",
)

# 40 MySQL slow query log
note(
    "d20-40",
    "(no-show update, patient 30918827)",
    r"""
# Time: [[D|2024-04-17T02:33:18.118204Z]]
# User@Host: app_scheduler[app_scheduler] @ sched-db-02 [[[IP|10.5.6.21]]]
# Query_time: 12.448112  Lock_time: 0.000211 Rows_sent: 0  Rows_examined: 4412098
SET timestamp=[[D|1713321198]];
UPDATE appointments SET status='NOSHOW', updated_by='[[N|cwhitlock]]'
 WHERE patient_id = [[MRN|30918827]] AND appt_ts = '[[D|2024-04-16]] 13:30:00'
   AND provider_npi = '[[ID|1457720038]]';
# Time: [[D|2024-04-17T02:35:02.551930Z]]
SELECT * FROM patients WHERE lower(last_name) LIKE '[[N|eberhardt]]%' AND dob = '[[D|1932-08-23]]' LIMIT 50;
""",
)

# 41 MySQL error log
note(
    "d20-41",
    "(emr load errors)",
    r"""
[[D|2024-02-28T11:05:42.019447Z]] 8841 [Note] [MY-010914] [Server] Aborted connection 8841 to db: 'emr' user: '[[N|tnwosu]]' host: '[[IP|172.20.3.88]]' (Got an error reading communication packets).
ERROR 1062 (23000) at line 4471: Duplicate entry '[[MRN|004418372]]-[[D|1931-05-09]]' for key 'patients.uq_mrn_dob'
ERROR 1406 (22001) at line 4478: Data too long for column 'last_name' at row 1: '[[N|SZCZEPANIAK-WOJCIECHOWSKA-ANDERSSON]]'
ERROR 1452 (23000) at line 4490: Cannot add or update a child row: a foreign key constraint fails (`emr`.`insurance`, CONSTRAINT `fk_ins_pt` FOREIGN KEY (`mrn`) REFERENCES `patients` (`mrn`)) -- value '[[MRN|004418379]]', member '[[HP|NHP0093318]]'
""",
)

# 42 psql expanded display
note(
    "d20-42",
    "Ulf-Henrik Bergström",
    r"""
emr=# \x
Expanded display is on.
emr=# SELECT * FROM guarantor WHERE acct = '[[ACCT|G-7730041]]';
-[ RECORD 1 ]---+------------------------------
acct            | [[ACCT|G-7730041]]
full_name       | [[N|Bergström]], [[N|Ulf-Henrik]]
rel_to_patient  | SPOUSE
dob             | [[D|1930-12-24]]
ssn_last4       | [[SSN|8842]]
home_phone      | [[PH|218-555-0195]]
employer        | retired (Iron Range Taconite)
street          | [[ADDR|4471 Hwy 53 Lot 17]]
city            | [[C|Eveleth]]
zip             | [[Z|55734]]
license_no      | [[LIC|M417-522-893-114]]
last_login_ip   | [[IP|192.0.2.146]]
""",
)

# 43 Kubernetes ConfigMap with portal test user
note(
    "d20-43",
    "Hal Ostrowski",
    r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: portal-e2e-fixtures
  namespace: qa
  annotations:
    owner: "[[N|mpapadopoulou]]"
    created: "[[D|2024-03-05]]"
data:
  E2E_PATIENT_LOGIN: "[[N|hal.ostrowski1931]]"
  E2E_PATIENT_EMAIL: "[[EM|hal.ostrowski@portalmail.example]]"
  E2E_PATIENT_DOB: "[[D|06/02/1931]]"
  E2E_PATIENT_MRN: "[[MRN|PM-00477120]]"
  E2E_PATIENT_PHONE: "[[PH|715-555-0133]]"
  E2E_PORTAL_DEEPLINK: "[[URL|https://mychart.lakeview.example/app/visit?pid=PM-00477120&token=9f2c71ab]]"
  E2E_PATIENT_AGE: "[[A|93]]"
  SMTP_RELAY: "smtp-relay.qa.svc.cluster.local"
  FEATURE_FLAGS: "bulk_export=false,age_cutoff=89"
""",
)

# 44 INI ODBC DSN with a comment
note(
    "d20-44",
    "Seynabou Diallo",
    r"""
[ODBC Data Sources]
CLARITY_RPT=ODBC Driver 18 for SQL Server

[CLARITY_RPT]
Driver=ODBC Driver 18 for SQL Server
Server=tcp:[[IP|10.60.2.14]],1433
Database=Clarity
UID=[[N|pmcallister]]
Encrypt=yes
; [[D|2024-09-09]] [[N|pmcallister]]: added for Dr. [[N|Hu]]'s audit of pt [[N|Abercrombie-Diallo]] (MRN [[MRN|66120038]]), DOS [[D|8/14]]-[[D|8/16]]
[Report.Defaults]
Sample_Patient_Name=[[N|Diallo]], [[N|Seynabou]]
Sample_Patient_DOB=[[D|1927-04-01]]
Sample_Patient_Age=[[A|97]]
Sample_CSN=[[ACCT|3000447812]]
Row_Limit=5000
""",
)

# 45 Windows Application event from an interface engine
note(
    "d20-45",
    "Odile Arceneaux",
    r"""
Log Name:      Application
Source:        RhapsodyEngine
Date:          [[D|2024-11-22]] 3:04:51 AM
Event ID:      7012
Level:         Error
User:          CORP\svc_rhapsody
Computer:      INT-ENG-01.corp.local
Description:
Route 'ADT_to_Billing' failed on message [[ID|4471-882107]]:
  HL7Exception: PID-3 repetition 2 identifier '[[MRN|E4477120]]' conflicts with existing patient [[N|ARCENEAUX]], [[N|ODILE]] (DOB [[D|09/14/1932]], acct [[ACCT|90044712]]) merged by user [[N|jthibodaux]] on [[D|11/21/2024]].
  Remote peer [[IP|10.14.2.33]]:6661 closed connection after 3 retries (30 s).
""",
)

# 46 logfmt from an EMPI matcher
note(
    "d20-46",
    "Esperanza Jaramillo",
    r"""
level=info ts=[[D|2024-08-14T19:02:11.552Z]] caller=match.go:214 svc=empi-matcher pod=empi-matcher-5c8d9-hx2lq msg="candidate scored" src_mrn=[[MRN|WH3301982]] cand_mrn=[[MRN|WH3309114]] score=0.87 fields="last=[[N|jaramillo]] first=[[N|esperanza]] dob=[[D|1930-03-19]] zip=[[Z|87501]]"
level=warn ts=[[D|2024-08-14T19:02:11.560Z]] caller=match.go:233 msg="auto-link suppressed: age>89" age=[[A|94]] reviewer=[[N|ntsosie]] queue=EMPI-REVIEW
level=debug ts=[[D|2024-08-14T19:02:11.571Z]] caller=http.go:88 method=GET path=/v1/patients/[[MRN|WH3301982]]/links remote=[[IP|10.244.1.77]] status=200 dur=12ms
""",
)

# 47 Debezium change event
note(
    "d20-47",
    "Ebba Karlsson-Whitefeather",
    r"""
{"schema":null,"payload":{
"before":{"pat_id":[[MRN|7730118]],"last_nm":"[[N|Karlsson]]","first_nm":"[[N|Ebba]]","street":"[[ADDR|12 Lakeview Ter]]","city":"[[C|Bemidji]]","zip":"[[Z|56601]]","phone":null,"dob":[[D|-14610]]},
"after":{"pat_id":[[MRN|7730118]],"last_nm":"[[N|Karlsson-Whitefeather]]","first_nm":"[[N|Ebba]]","street":"[[ADDR|77 Birchmont Dr NE]]","city":"[[C|Bemidji]]","zip":"[[Z|56601-3318]]","phone":null,"dob":[[D|-14610]]},
"source":{"version":"2.5.0.Final","connector":"postgresql","name":"emrcdc","db":"emr","schema":"public","table":"patient","txId":884120,"lsn":29917733120},
"op":"u","ts_ms":[[D|1725026110517]]}}
""",
)

# 48 RabbitMQ message
note(
    "d20-48",
    "Yolanda Palomino",
    r"""
Exchange: orders.lab   Routing key: lab.order.created   Redelivered: False
Properties: content_type=application/json delivery_mode=2 message_id=[[ID|4f7e2a90-1c3b-4e55-9d1a-77c3e0b81a62]] timestamp=[[D|2024-10-15]] 07:41:03 correlation_id=[[ID|ORD-2024-1015-0831]] app_id=cpoe-bridge
Headers: x-tenant=sagebrush x-user=[[N|ghalvorsen]] x-client-ip=[[IP|10.9.4.120]]
Payload (412 bytes):
{"order_id":"[[ID|ORD-2024-1015-0831]]","patient":{"mrn":"[[MRN|SB-440918]]","name":"[[N|PALOMINO]], [[N|YOLANDA]]","dob":"[[D|10/22/1930]]"},"tests":["BMP","MG","PHOS"],"priority":"STAT","collect_in_min":20,"ordering":{"npi":"[[ID|1215983307]]","name":"[[N|Tsinajinnie]], [[N|Arlen]]"},"notes":"pt [[A|93]], poor veins - use 23g butterfly"}
""",
)

# 49 CSV registry export
note(
    "d20-49",
    "Solveig Amundsen",
    r"""
"MRN","LastName","FirstName","DOB","Age","Sex","A1c"
"[[MRN|RG0041177]]","[[N|Amundsen]]","[[N|Solveig]]","[[D|1930-02-14]]","[[A|94]]","F","6.8"
"[[MRN|RG0041205]]","[[N|Tveit]]","[[N|Lars Ole]]","[[D|1955-09-09]]","69","M","8.1"
"[[MRN|RG0041230]]","[[N|Bjornstad]]","[[N|Kari]]","[[D|1933-11-30]]","[[A|90]]","F","7.2"
# exported by [[N|egustafson]] [[D|06/12/2024]] 14:02 from registry 'DM-ADULT' (rows=3)
""",
)

# 50 fixed-width LIS worklist
note(
    "d20-50",
    "Joy Pettibone-Akande",
    r"""
WORKLIST CHEM-A1   PRINTED [[D|03/04/24]] 05:10   BY [[N|llindgren]]
LAYOUT 1-4 SEQ|6-16 ACCESSION|18-27 MRN|29-52 NAME|54-61 DOB|63-65 AGE|67-70 LOC|72-77 TEST
0001 [[ID|C24-0640117]] [[MRN|GH90012233]] [[N|PETTIBONE-AKANDE]], [[N|JOY]]   [[D|19301109]]  [[A|93]] ICU3 BMP
0002 [[ID|C24-0640118]] [[MRN|GH90012570]] [[N|NGATA]], [[N|TAMATI]]           [[D|19620415]]  61 4W12 LIPID
0003 QC-LEVEL-2  QC MATERIAL LOT 41077    --------   -- QC   BMP
END OF WORKLIST  3 ITEMS  ANALYZER AU5800-2
""",
)

# 51 mainframe SYSOUT report
note(
    "d20-51",
    "(balance exception report)",
    r"""
1PROGRAM PB4410R  PATIENT BALANCE EXCEPTIONS          RUN DATE [[D|07/31/24]]  PAGE    1
0ACCT NUMBER   GUARANTOR NAME           SSN         BALANCE   LAST PMT  DAYS
 ------------  ------------------------ ----------- --------- --------  ----
 [[ACCT|0044120937]]    [[N|MCALLISTER-NKEMELU]], [[N|J]]    ***-**-[[SSN|4408]]  4,117.22  [[D|03/02/24]]  151
 [[ACCT|0044121088]]    [[N|RUTKOWSKI]], [[N|HALINA T]]      ***-**-[[SSN|9013]]    512.00  [[D|06/15/24]]   46
 [[ACCT|0044121455]]    ESTATE OF [[N|BARNABY FINCH]]  ***-**-[[SSN|2231]] 12,004.90  --------  210
0 *** 3 ACCOUNTS LISTED   JOB PB4410RJ  STEP020  RC=0004 ***
""",
)

# 52 HL7 with repetitions, escapes and a GPS Z-segment
note(
    "d20-52",
    "Mairead O'Shaughnessy",
    r"""
MSH|^~\&|REG|SEAVIEW|EMPI|SEAVIEW|[[D|20240109070212]]||ADT^A31|[[ID|SV240109-00071]]|P|2.5
PID|1||[[MRN|SV220418]]^^^SV^MR~[[SSN|233-51-0468]]^^^USSSA^SS||[[N|O'SHAUGHNESSY]]^[[N|MAIREAD]]^[[N|C]]^^^^L||[[D|19300512]]|F|||||^PRN^PH^^^[[PH|360]]^[[PH|5550147]]~^NET^Internet^[[EM|mo.shaughnessy@tidewater.example]]||||||||||||||||[[D|20240106]]|Y
NTE|1||Prefers "[[N|Mo]]"\.br\[[N|Siobhan Deery]] (sister) is emergency contact
ZPD|1|ADV_DIR|Y|
ZPD|2|PREF_PHARM|Harbor Drug #41|
ZPD|3|HOME_GPS|[[ADDR|47.0451,-122.8951]]|
ZPD|4|BMI|19.4|
""",
)

# 53 ASTM E1394 instrument record
note(
    "d20-53",
    "Dragica Kovacevic",
    r"""
H|\^&|||CHEMLINK^4.2^[[DEV|SN77120]]|||||LIS||P|1394-97|[[D|20240502063112]]
P|1||[[MRN|WV00331299]]||[[N|KOVACEVIC]]^[[N|DRAGICA]]^[[N|M]]||[[D|19300709]]|F|||||Dr.[[N|Lemaire-Osei]]
O|1|[[ID|S24-0502-118]]||^^^K\^^^NA\^^^CREA|R||||||||||SERUM
R|1|^^^K|5.8|mmol/L|3.5-5.1|H||F||op:[[N|bqureshi]]||[[D|20240502063011]]
R|2|^^^NA|131|mmol/L|135-145|L||F||op:[[N|bqureshi]]||[[D|20240502063011]]
C|1|L|Hemolysis index 2+; called to RN [[N|Dusty Whitmore]] 06:35, read back|G
L|1|N
""",
)

# 54 JSON access log of a patient portal API
note(
    "d20-54",
    "Augustin Mbeki-Rowe",
    r"""
{"@timestamp":"[[D|2024-05-19T22:47:03.118Z]]","level":"INFO","logger":"portal.api.AccessLog","thread":"http-nio-8443-exec-17",
 "method":"GET","uri":"[[URL|https://portal.bayridge-health.example/api/v2/messages?patientId=BR-7731209&from=2024-05-01]]",
 "status":200,"bytes":18422,"duration_ms":87,"client_ip":"[[IP|198.51.100.23]]",
 "user":"proxy:[[N|delphine.mcnair]]","proxy_for":"[[N|Mbeki-Rowe]], [[N|Augustin]]","proxy_relation":"DAUGHTER",
 "ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)","app_version":"24.5.1"}
""",
)

# 55 nginx access log
note(
    "d20-55",
    "(portal access log)",
    r"""
[[IP|203.0.113.88]] - [[N|kvalenzuela]] [[[D|03/Jun/2024:14:22:51]] -0700] "GET /mychart/Billing/Details?acct=[[ACCT|HB40091127]]&guarantorId=[[ACCT|88412]] HTTP/2.0" 200 5120 "[[URL|https://mychart.desertpalms.example/mychart/Billing/Summary?pid=DP3301477]]" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" rt=0.084
[[IP|10.2.8.14]] - - [[[D|03/Jun/2024:14:22:53]] -0700] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.001
[[IP|198.51.100.141]] - - [[[D|03/Jun/2024:14:23:07]] -0700] "POST /mychart/Authentication/Login?username=[[N|hortensia.velarde]] HTTP/2.0" 302 0 "-" "Mozilla/5.0 (Linux; Android 14)" rt=0.412
""",
)

# 56 syslog from an interface engine, batch reject
note(
    "d20-56",
    "Clementine Dunmore",
    r"""
[[D|Mar 12]] 03:15:44 mirth-prd-02 mirth[2211]: ERROR (channel:EligBatchIn) batch B240312-04 from [[IP|10.77.3.5]] rejected 1 of 48
[[D|Mar 12]] 03:15:44 mirth-prd-02 mirth[2211]: ERROR   MSH-10=[[ID|HN2403120044]] PID-3 '[[MRN|HN0077-1204]]' fails check digit; PID-5 '[[N|DUNMORE]]^[[N|CLEMENTINE]]^[[N|A]]'; PID-7 '1932' (partial)
[[D|Mar 12]] 03:15:44 mirth-prd-02 mirth[2211]: INFO    BHS|^~\&|ELIGSRC|HNPLAN|||[[D|20240312031201]]||||B240312-04
[[D|Mar 12]] 03:15:45 mirth-prd-02 mirth[2211]: WARN    IN1-49 '[[HP|HNX-8841201-02]]' matched to member [[N|CLEMENTINE DUNMORE]] age [[A|92]]
""",
)

# 57 SOAP eligibility request
note(
    "d20-57",
    "Rosaria Castellano",
    r"""
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:el="urn:example:elig:v3">
 <soapenv:Header><el:Auth><el:User>svc_eligbot</el:User><el:RequestId>[[ID|ELQ-20240822-77103]]</el:RequestId></el:Auth></soapenv:Header>
 <soapenv:Body><el:CheckEligibility>
  <el:Subscriber><el:MemberId>[[HP|YLW4410093377]]</el:MemberId><el:GroupNumber>[[HP|0071842-A]]</el:GroupNumber>
   <el:LastName>[[N|Castellano]]</el:LastName><el:FirstName>[[N|Rosaria]]</el:FirstName><el:DOB>[[D|1928-06-17]]</el:DOB></el:Subscriber>
  <el:Dependent relationship="19"><el:LastName>[[N|Castellano]]</el:LastName><el:FirstName>[[N|Pietro]]</el:FirstName><el:DOB>[[D|1962-01-03]]</el:DOB></el:Dependent>
  <el:ServiceType>30</el:ServiceType><el:ProviderNPI>[[ID|1730588114]]</el:ProviderNPI>
 </el:CheckEligibility></soapenv:Body></soapenv:Envelope>
""",
)

# 58 Mirth channel map dump
note(
    "d20-58",
    "Hinemoa Te Whatu",
    r"""
--- channelMap (ADT_Inbound, msgId [[ID|448120]]) ---
patientName      = [[N|TE WHATU]], [[N|Hinemoa]]
mrn              = [[MRN|KH-0041772]]
dob              = [[D|12/08/1929]]
ageAtAdmit       = [[A|94]]
admitDt          = [[D|2024-11-03]] 17:05
attendingName    = (on call, ward 4B)
nokName          = [[N|Aroha Te Whatu]]
nokPhone         = [[PH|+64 9 555 0127]]
nokAddress       = [[ADDR|14 Kowhai St]], [[C|Onehunga]], [[C|Auckland]] [[Z|1061]]
facility         = KAHIKATEA (ward 4B)
interpreter      = te reo Maori
sourceHost       = mirth-nz-01
""",
)

# 59 Clarity pipe-delimited extract
note(
    "d20-59",
    "Xiu Liang-Morrow",
    r"""
PAT_ID|PAT_MRN_ID|PAT_NAME|BIRTH_DATE|ADD_LINE_1|CITY|STATE_C|ZIP|HOME_PHONE|EMAIL_ADDRESS|CUR_PCP_PROV_ID|PAT_STATUS_C
[[ID|Z4471203]]|[[MRN|70019982]]|[[N|LIANG-MORROW]],[[N|XIU]]^^|[[D|1931-12-21]] 00:00:00|[[ADDR|98 Gull Cove Rd Apt 4]]|[[C|Bar Harbor]]|20|[[Z|04609]]|[[PH|207-555-0159]]|[[EM|xiu.lm@letters.example]]|[[ID|E10488]]|1
Z4471301|70020555|*TEST,HAPPY|1900-01-01 00:00:00|NULL|NULL|20|00000||NULL||2
-- rows: 2  extracted [[D|2024-10-01]] by svc_clarity_etl (job CLR-EXT-7)
""",
)

# 60 NCPDP SCRIPT NewRx
note(
    "d20-60",
    "Marisol Delgado-Running",
    r"""
<Message><Header><To Qualifier="P">7712049</To><MessageID>[[ID|NRX-8f2a-44102]]</MessageID><SentTime>[[D|2024-04-08T15:31:22.4Z]]</SentTime></Header>
<Body><NewRx>
 <Patient><HumanPatient><Name><LastName>[[N|Delgado-Running]]</LastName><FirstName>[[N|Marisol]]</FirstName></Name><Gender>F</Gender>
  <DateOfBirth><Date>[[D|1931-09-30]]</Date></DateOfBirth>
  <Address><AddressLine1>[[ADDR|6 Juniper Mesa Rd]]</AddressLine1><City>[[C|Taos]]</City><StateProvince>NM</StateProvince><PostalCode>[[Z|87571]]</PostalCode></Address></HumanPatient></Patient>
 <Prescriber><NonVeterinarian><Identification><NPI>[[ID|1477092215]]</NPI><DEANumber>[[LIC|AD7730410]]</DEANumber></Identification>
  <Name><LastName>[[N|Archuleta]]</LastName><FirstName>[[N|Benedicto]]</FirstName></Name></NonVeterinarian></Prescriber>
 <MedicationPrescribed><DrugDescription>furosemide 20 mg tablet</DrugDescription><Quantity><Value>30</Value></Quantity></MedicationPrescribed>
</NewRx></Body></Message>
""",
)


if __name__ == "__main__":
    write(OUT, NOTES)
