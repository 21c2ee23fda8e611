#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind31.jsonl.

This set is machine traffic rather than clinician prose: what a hospital's
integration engine, laboratory instruments, revenue-cycle clearing house and
data warehouse emit and log, in shapes other than HL7 ADT/ORU.  It holds HL7 v2
SIU scheduling (SCH/AIS/AIP/AIL/AIG), ORM/OML orders (ORC ordering provider
with NPI, OBR, SPM), MDM document notifications (TXA originator,
transcriptionist and authenticator), DFT charges (FT1, GT1 guarantor, IN1),
VXU immunisations (RXA administering clinician) and ACKs, with NTE comments
whose free text names relatives and staff; ASTM E1394 / LIS2-A2 instrument
records with the name and birth date in positional fields and framing noise;
X12 835, 276/277, 278 and 271 segments; CDS Hooks and SMART launch JSON; IHE
ATNA XML, FHIR AuditEvent and syslog audit lines; Direct secure-messaging
headers; interface-engine error queues and retry logs quoting failed messages;
REST access logs with ids in the path; pipe, tab, comma and fixed-width
warehouse extracts with header rows; ZPL label strings; DICOM worklist dumps;
OCR'd PDF forms with O/0 and l/1 confusions; device, implant and courier logs.
The hard cases are names in machine shapes (LAST^FIRST^M^^^DR, LAST,FIRST M,
first.last and flast log-ins, names inside file names), keyless positional
fields, YYYYMMDD / YYMMDD / YYYYMMDDHHMMSS+ZZZZ / epoch dates, ages over 89
as fields ("094", "^^^^^91^Y"), and the many look-alikes that stay unmarked:
segment names, message types, versions, OIDs, code systems, CPT/ICD/LOINC/CVX
codes, set ids, sequence and envelope control numbers, ports, byte counts,
lot numbers, analyser and printer serials, service accounts, host names and
test-patient placeholders.

Annotation conventions (HIPAA Safe Harbor):
NAME covers every person (patients, relatives, clinicians, staff, vendor
reps, couriers) in any shape: "Last, First", upper or lower case, nicknames,
initials standing for a person, log-ins such as hweatherby or
priyanka.raghunathan (a "user@database" suffix stays outside).  In caret
shapes (LAST^FIRST^M) and X12 NM1 elements each component is its own span; a
comma shape ("ODUYA,CHIDI", "Quarshie, Kofi A") is one span, and an inner
initial keeps its period ("D. Okonkwo-Reyes") while a trailing one does not.
Titles and credentials (Dr., RN, MD, ^^^^MD) stay outside.  Kinship words,
placeholder names (ZZTEST^PATIENT, UNKNOWN,TRAUMA ZEBRA), the insured-name
placeholder "SAME AS PT", service accounts (svc_*, dw_analyst) and names or
towns inside facility, payer or vendor names (ELMSFORD_LAB) are not marked.
DATE covers every date element finer than a year; a one-token machine
timestamp (20240311142207-0500, 2024-08-19T02:15:01.447Z,
11/Mar/2024:14:22:07, epoch seconds such as 1712590200) is marked whole,
while with a space before the time only the date part is marked (an RFC 2822
header date keeps its weekday: "Tue, 12 Mar 2024"); a holiday that dates an
event ("no transport on Thanksgiving") is a DATE; a range written D1-D2 is
two spans; a date glued to an operator ("ge2024-01-01") is marked without the
operator.  Placeholder dates of test patients (19000101) are not marked.
Bare years, clock times, durations and schedules stay out.
AGE: only ages over 89, the number alone, zero padding kept ("094", "92"
of "92Y").
PHONE/FAX: the whole number with extension; an XTN number split into area
code and local number components ("507^5550148") is one span.  EMAIL: every
address, personal or role mailbox.  URL: only absolute links that carry a
patient or person id, launch token or search parameters (portal links, SMART
launch and authorize URLs, fhirUser links); server base URLs and runbook
links are not marked, and a bare request path in a log is not a URL: the id
inside it gets its own category.  IP: every IPv4 address (the port stays
outside).
MRN: medical record numbers, including a prefix glued to the number
(MRN00412277), every patient identifier carried in PID-3 (MR or PI type) or
DICOM PatientID, and the temporary number of an unidentified patient (whose
placeholder name stays unmarked).  ACCOUNT: patient account and visit /
encounter numbers (PID-18, PV1-19, FIN, CSN, GT1 guarantor number) and the
X12 CLP01 / REF*EJ patient control number.  HEALTH_PLAN: member, subscriber,
Medicaid/Medicare and group numbers.  ID: NPIs of persons, order / accession
/ specimen / claim / document / case / trip / badge numbers, lab-assigned
patient ids (ASTM P-4), FHIR logical ids even when they echo an MRN
(Patient/4471023, pt-6624019, Encounter ids), database patient keys, DICOM
study UIDs, and identifiers of one clinical message (MSH-10, MSA-2, Direct
Message-ID, CDS hookInstance, X12 BHT03 reference and claim-level TRN, engine
queue entry ids).  Envelope and batch control numbers (ISA13, GS06, ST02,
FHS/BHS ids), payment-level 835 TRN trace numbers, organisational NPIs and
tax ids, pharmacy and payer ids, and bank accounts of organisations are not
marked.  OCR misreads stay inside the span as read ("88OO1", "9l2-58-3304").
DEVICE: serial numbers of devices used by or implanted in one patient
(pacemaker and lead serials, CGM receiver and transmitter, CPAP serial, modem
IMEI) and whole UDI strings; a "SN"/"s/n" label stays outside.  Serial
numbers of the laboratory analyser, label printer, dispensing cabinet, ward
glucose meter, courier temperature logger or other shared hospital equipment
are not marked, because that equipment is not used by or implanted in a
patient.  VEHICLE: plates and VINs, including a courier's van.  ADDRESS: the
street part (each HL7/X12 component its own span) and GPS coordinates of a
home; CITY and ZIP separately; states unmarked.  Never marked: facility,
payer, agency and vendor names, drugs, device models, lot numbers, codes,
scores, lab values, room/bed/chair numbers, times, bare years, host names,
process ids, frame checksums.

Stdlib only.  Run: python bench/data/make_deid_blind31.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind31.jsonl")
NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


# 01 SIU^S12 new appointment
note(
    "b31-01",
    "Tomas R. Esquivel",
    r"""
MSH|^~\&|CADENCE|KVH_AMB|RHAPSODY|KVH|[[D|20240311142207-0500]]||SIU^S12^SIU_S12|[[ID|KV88410233]]|P|2.5.1
SCH|[[ID|APT-7720915]]|||||NEW^New patient^L|ROUTINE|30|MIN|^^30^[[D|20240318093000-0500]]|||||||||||||BOOKED
NTE|1||Pt called, prefers AM. Daughter [[N|Renata]] will drive - call her cell [[PH|(978) 555-0117]].
PID|1||[[MRN|00731842]]^^^KVH^MR||[[N|ESQUIVEL]]^[[N|TOMAS]]^[[N|R]]||[[D|19570922]]|M
AIS|1||99204^NEW PT VISIT^CPT
AIP|1||[[ID|1346728810]]^[[N|OYELARAN]]^[[N|FUNMI]]^^^DR|ATND
AIL|1||KVH_FAM^EXAM 12^BLDG C
""",
)

# 02 SIU^S14 reschedule
note(
    "b31-02",
    "Soren Lindqvist-Amadi",
    r"""
MSH|^~\&|SCHED|BCC|ENGINE|BCC|[[D|202404020811]]||SIU^S14|[[ID|00098231]]|P|2.3
SCH|[[ID|554120]]^BCC|[[ID|91-3307]]^ORTHO||||FU^Follow-up|||20|m|^^20^[[D|202404160840]]||||||||||||||RESCHEDULED
PID|1||[[MRN|BCC-2290417]]||[[N|Lindqvist-Amadi]]^[[N|Soren]]||[[D|19881130]]|M
AIG|1||CASTROOM^Cast room 2|RESOURCE
AIP|1||^[[N|Vanterpool]]^[[N|Beatrix]]^^^PA-C|PROV
NTE|1||moved from [[D|4/9]] per pt request (work conflict). rescheduled by [[N|kdelacroix]] - pt confimred by phone. No x-ray needed this visit, cast off only (L Colles fx).
""",
)

# 03 SIU^S15 cancellation, caller named in NTE, age in free text
note(
    "b31-03",
    "Eulalia J. Fairweather",
    r"""
MSH|^~\&|EPIC|STALDRIC|CLOVERLEAF|STALDRIC|[[D|20231121163502]]||SIU^S15|[[ID|Q5510982]]|P|2.5
SCH||[[ID|8830127]]|||||CANC^Cancelled|||||^^45^^||||||||||||CANCELLED
PID|1||[[MRN|6624019]]^^^STA^MR||[[N|FAIRWEATHER]]^[[N|EULALIA]]^[[N|J]]||[[D|19310207]]|F
AIP|1||[[ID|1922054417]]^[[N|HOLMGREN]]^[[N|ASA]]^^^MD
AIL|1||STA^GERI 3^^GERIATRICS
NTE|1||cancel per niece [[N|Dolores Ybarra]] [[PH|508-555-0163]]; pt [[A|92]] y/o, no transport on [[D|Thanksgiving]]. Will r/s after [[D|12/1]]. -[[N|tq]]
""",
)

# 04 ORM^O01 lab order
note(
    "b31-04",
    "Kofi A. Quarshie",
    r"""
MSH|^~\&|SOARIAN|MPH|SUNQUEST|MPH_LAB|[[D|20240105071533]]||ORM^O01|[[ID|MPH0105071533882]]|P|2.4
PID|1||[[MRN|M00412277]]^^^MPH^MR||[[N|QUARSHIE]]^[[N|KOFI]]^[[N|A]]||[[D|19640614]]|M||B||||||||[[ACCT|V0081123994]]
PV1|1|O|MPH_INF^CHAIR 6
ORC|NW|[[ID|ORD55120031]]|||||^^^^^S||[[D|20240105071533]]|||[[ID|1578234406]]^[[N|RAGHUNATHAN]]^[[N|PRIYANKA]]^^^^MD
OBR|1|[[ID|ORD55120031]]||80053^COMPREHENSIVE METABOLIC PANEL^CPT|S
NTE|1||draw before cycle 3 cisplatin; per Dr. [[N|Raghunathan]] hold if Cr > 1.5
""",
)

# 05 OML^O21 blood culture with SPM
note(
    "b31-05",
    "Lucien Thibodeaux",
    r"""
MSH|^~\&|LABGATE|BRINDLE|BEAKER|BRINDLE|[[D|20240219224410+0000]]||OML^O21^OML_O21|[[ID|BG-7741902]]|P|2.5.1|||AL|NE
PID|1||[[MRN|3390215]]^^^BRN^MR||[[N|Thibodeaux]]^[[N|Lucien]]^^^^^L||[[D|19790503]]|M
PV1|1|I|4WEST^412^B
ORC|NW|[[ID|PLC-20240219-0441]]||||||||||[[ID|1093817725]]^[[N|Achterberg]]^[[N|Desmond]]^^^^MD
OBR|1|[[ID|PLC-20240219-0441]]||87040^Blood culture^CPT|||[[D|202402192230]]
SPM|1|[[ID|BC24-050-0093]]||BLD^Blood^HL70487
NTE|1||Set 1 of 2, L antecubital. 2nd set drawn by [[N|Jae-won]] frm PICC at 22:40, temp 39.2, Foley in place
""",
)

# 06 ORM^O01 radiology order
note(
    "b31-06",
    "Olufemi Adeyemi",
    r"""
MSH|^~\&|ORDERS|CEDARHOLM|RIS|CEDARHOLM|[[D|20240602101855-0400]]||ORM^O01|[[ID|CH61085531]]|P|2.3
PID|||[[MRN|CH2004417]]||[[N|Adeyemi]]^[[N|Olufemi]]||[[D|19920827]]|M|||[[ADDR|88 Wexley Circle]]^^[[C|Schenectady]]^NY^[[Z|12309]]||[[PH|518-555-0184]]
ORC|NW|[[ID|RAD0093312]]|[[ID|ACC88120457]]||SC|||||||[[ID|1407733281]]^[[N|Kwok]]^[[N|Mei-Ling]]
OBR|1|[[ID|RAD0093312]]|[[ID|ACC88120457]]|73721^MRI KNEE W/O CONTRAST^CPT
NTE|1||Yoruba interpreter requested. Pt has knee hardware (Stryker plate 2019) - MR conditional per op note. Call wife [[N|Folake]] for arrival time.
""",
)

# 07 MDM^T02 consult note
note(
    "b31-07",
    "Tomas R. Esquivel",
    r"""
MSH|^~\&|DICTATE|KVH|EHR|KVH|[[D|20240722183012-0400]]||MDM^T02|[[ID|DT240722-5561]]|P|2.5
PID|1||[[MRN|00731842]]^^^KVH^MR||[[N|ESQUIVEL]]^[[N|TOMAS]]^[[N|R]]||[[D|19570922]]|M
TXA|1|CN^Consult Note|TX|[[D|20240722141500]]|[[ID|1881467023]]^[[N|ODUYA]]^[[N|CHIDI]]||[[D|20240722183000]]|||[[ID|TR0412]]^[[N|PELLETIER]]^[[N|GINETTE]]|[[ID|DOC-4471-88213]]||||||AU||AV
OBX|1|TX|CN^Consult Note||Seen at request of Dr. [[N|Weatherby]] for new AF, CHA2DS2-VASc 2.||||||F
""",
)

# 08 MDM^T08 ECG edit, age field
note(
    "b31-08",
    "Eulalia J. Fairweather",
    r"""
MSH|^~\&|MUSE|STALDRIC|HIE_OUT|CRISP|[[D|20240903090501]]||MDM^T08|[[ID|MU0903-00177]]|P|2.5.1
EVN|T08|[[D|20240903090501]]
PID|1||[[MRN|6624019]]^^^STA^MR||[[N|FAIRWEATHER]]^[[N|EULALIA]]^[[N|J]]||[[D|19310207]]|F
TXA|1|ECG^12 lead ECG|TX|[[D|20240902221140]]|||||||[[ID|ECG-STA-2209913]]|[[ID|ECG-STA-2209871]]|||||AU|||||[[ID|1306998142]]^[[N|HOLMGREN]]^[[N|ASA]]^^^^MD
NTE|1||Addendum: compare w/ tracing of [[D|Aug 14]]; prior read by [[N|D. Okonkwo-Reyes]] overstated QTc (488 vs 452 ms). Age on cart [[A|93]]Y verified.
""",
)

# 09 DFT^P03 with GT1 guarantor
note(
    "b31-09",
    "Kofi A. Quarshie",
    r"""
MSH|^~\&|CHARGES|MPH|PB|MPH|[[D|20240311230000]]||DFT^P03|[[ID|CHG0311-114208]]|P|2.3.1
PID|1||[[MRN|M00412277]]||[[N|QUARSHIE]]^[[N|KOFI]]^[[N|A]]||[[D|19640614]]|M|||||||||[[ACCT|V0081123994]]|[[SSN|934-20-1187]]
PV1|1|O|MPH_INF^CHAIR 4|||||||||||||||||[[ACCT|E240311-77102]]
FT1|1|||[[D|20240311]]||CG|96413^CHEMO IV INFUSION 1 HR^CPT|||1|412.00||||||||C34.90^^I10
FT1|2|||[[D|20240311]]||CG|J9060^CISPLATIN 10MG^HCPCS|||8|96.40
GT1|1|[[ACCT|G0041182]]|[[N|QUARSHIE]]^[[N|ABENA]]^[[N|M]]|||[[PH|(617)555-0129]]||||||SPO
""",
)

# 10 DFT with IN1, age as a Z-segment field; town inside facility names
note(
    "b31-10",
    "Teodor Vasilescu",
    r"""
MSH|^~\&|ORCHARD|ELMSFORD_LAB|BILLING|ELMSFORD|[[D|20240117]]||DFT^P03|[[ID|ELM00058812]]|P|2.5
PID|1||[[MRN|E-5520931]]^^^ELM^MR||[[N|VASILESCU]]^[[N|TEODOR]]||[[D|19330411]]|M|||[[ADDR|6 Old Mill Row]]^^[[C|Elmsford]]^NY^[[Z|10523]]
ZPI|1|AGE_AT_SVC|[[A|90]]|Y
FT1|1|||[[D|20240116]]||CG|36415^VENIPUNCTURE^CPT|||1|18.00
FT1|2|||[[D|20240116]]||CG|85610^PROTHROMBIN TIME^CPT|||1|22.75
IN1|1|MCRB|MCR|MEDICARE PART B|||||||||||SAME AS PT|SEL||||||||||||||||||||[[HP|7QW2-HN4-RT38]]
NTE|1||Medigap card on file, member [[HP|MGX774120953]]; guarantor son [[N|Andrei Vasilescu]] [[PH|914-555-0152]]
""",
    allow=("Elmsford",),
)

# 11 VXU^V04 pediatric MMR
note(
    "b31-11",
    "Zara N. Hakimi",
    r"""
MSH|^~\&|EHR|LAKEMONT_PEDS|IIS|STATEIIS|[[D|20240408104411-0500]]||VXU^V04^VXU_V04|[[ID|LMP-240408-0031]]|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS
PID|1||[[MRN|LM7781200]]^^^LMP^MR~[[HP|31200977A]]^^^MNMCD^MA||[[N|Hakimi]]^[[N|Zara]]^[[N|N]]||[[D|20220715]]|F
NK1|1|[[N|Hakimi]]^[[N|Parisa]]|MTH^Mother^HL70063||^PRN^PH^^^[[PH|507^5550148]]
ORC|RE||[[ID|IMM-90412]]
RXA|0|1|[[D|20240408103000]]||03^MMR^CVX|0.5|mL^mL^UCUM||00^New record^NIP001|[[ID|1265510938]]^[[N|Ekwueme]]^[[N|Nneka]]^^^^MD|^^^LAKEMONT_PEDS||||X7741AB|||MSD^Merck^MVX
OBX|1|CE|30956-7^Vaccine type^LN||03^MMR^CVX
""",
)

# 12 VXU^V04 nursing-home flu shot, age as OBX value
note(
    "b31-12",
    "Declan P. O'Rourke",
    r"""
MSH|^~\&|PHARMNET|GREYSTONE_SNF|IIS|STATEIIS|[[D|20231012]]||VXU^V04|[[ID|GSN1012-2231]]|P|2.5.1
PID|1||[[MRN|GS-10442]]^^^GSNF^PI||[[N|O'ROURKE]]^[[N|DECLAN]]^[[N|PATRICK]]||[[D|19270301]]|M
RXA|0|1|[[D|20231012141000]]||205^Influenza, high dose^CVX|0.7|mL||00^new^NIP001|[[N|cbrannigan]]^[[N|BRANNIGAN]]^[[N|CALLIE]]^^^^RPH|||||UT8823FX||SKB
RXR|IM^Intramuscular|LD^Left deltoid
OBX|1|NM|30525-0^Age^LN||[[A|96]]|a^year^UCUM
NTE|1||Consent by POA/son [[N|Fergus O'Rourke]] via phone [[PH|603.555.0121]] on [[D|10/11]]. Declined RSV today (hx Parkinson's, tremor), will revisit at next round (Tues/Thurs clinic).
""",
)

# 13 ASTM E1394 chemistry
note(
    "b31-13",
    "Tomas R. Esquivel",
    r"""
H|\^&|||c8000^1.06^SN 1174-2209|||||LIS||P|1|[[D|20240311061422]]
P|1||[[MRN|00731842]]|[[ID|L240311-0098]]|[[N|ESQUIVEL]]^[[N|TOMAS]]^[[N|R]]||[[D|19570922]]|M
O|1|[[ID|24071104471]]^01^1^1||^^^1|R|[[D|20240311055000]]|||||||||SERUM||||||||||F
R|1|^^^8^NA|139|mmol/L|136^145|N||F||[[N|jmcbride]]||[[D|20240311061401]]|c8000^SN 1174-2209
R|2|^^^29^K|5.9|mmol/L|3.5^5.1|H||F||||
C|1|I|hemolyzed 2+, recollect requested - [[N|J. McBride]] called [[N|Pelletier]] RN 06:20|G
L|1|N
""",
)

# 14 ASTM hematology, operator log-in in result records
note(
    "b31-14",
    "Lucien Thibodeaux",
    r"""
H|\^&|||XN-10^00-24^11097^^^^BD442081||||||||E1394-97
P|1|||[[MRN|3390215]]|^[[N|THIBODEAUX]]^[[N|LUCIEN]]||[[D|19790503]]|M
O|1||^^[[ID|000BC24-050-0107]]^B|^^^^WBC\^^^^RBC\^^^^HGB\^^^^PLT|||||||N||||||||||||||F
R|1|^^^^WBC^1|14.82|10*3/uL||H||||[[N|RPATIL]]||[[D|20240220021544]]
R|2|^^^^HGB^1|9.1|g/dL||L||||[[N|RPATIL]]||[[D|20240220021544]]
R|3|^^^^PLT^1|88|10*3/uL||L||||||
C|1||Smear reviewed by [[N|Radhika Patil]], MLS: toxic granulation, no blasts. Dr [[N|Achterberg]] paged 02:25|G
L|1|N
""",
)

# 15 LIS2-A2 framed coag, age in patient record
note(
    "b31-15",
    "Teodor Vasilescu",
    r"""
<ENQ>
<STX>1H|\^&|||ACLTOP750^LAS^SN:17040033||||||||LIS2-A2|[[D|20240517143010]]<CR><ETX>5C<CR><LF>
<STX>2P|1||[[MRN|E-5520931]]||[[N|VASILESCU]]^[[N|TEODOR]]||[[D|19330411]]|M|||||||||||||||||||^^^^^[[A|91]]^Y<CR><ETX>A1<CR><LF>
<STX>3O|1|[[ID|CG0517-2231]]||^^^PT\^^^INR\^^^APTT|S|[[D|20240517133500]]<CR><ETX>0F<CR><LF>
<STX>4R|1|^^^INR|3.8||2.0^3.0|H||F||[[N|sokafor]]<CR><ETX>E2<CR><LF>
<STX>5C|1|L|critical INR phoned to [[N|Bo Lindahl]] RN 2N, read-back ok, by [[N|S. Okafor]]|G<CR><ETX>44<CR><LF>
<STX>6L|1|N<CR><ETX>07<CR><LF>
<EOT>
""",
)

# 16 X12 835 remittance
note(
    "b31-16",
    "Tomas R. Esquivel",
    r"""
ISA*00*          *00*          *ZZ*BCBSMA         *ZZ*KVHEALTH       *[[D|240315]]*0412*^*00501*000031177*0*P*:~
GS*HP*BCBSMA*KVHEALTH*[[D|20240315]]*0412*31177*X*005010X221A1~
ST*835*0001~
BPR*I*1187.40*C*ACH*CCP*01*011000015*DA*4412009*1043377120**01*021200339*DA*8812004471*[[D|20240318]]~
TRN*1*EFT88120045*1043377120~
N1*PR*BLUE CROSS BLUE SHIELD OF MA~
N1*PE*KESTREL VALLEY HEALTH*XX*1457392018~
CLP*[[ACCT|KV24-0073184]]*1*1640.00*1187.40*120.00*12*[[ID|9924031500412]]*11*1~
NM1*QC*1*[[N|ESQUIVEL]]*[[N|TOMAS]]*[[N|R]]***MI*[[HP|XKV448120077]]~
NM1*82*1*[[N|ODUYA]]*[[N|CHIDI]]****XX*[[ID|1881467023]]~
DTM*232*[[D|20240226]]~
SVC*HC:93306*1640.00*1187.40**1~
CAS*PR*2*120.00~
SE*12*0001~
""",
)

# 17 X12 835 two claims
note(
    "b31-17",
    "Farida Haddad / Aroha Ngata",
    r"""
ST*835*0417~
BPR*H*0*C*NON************[[D|20240402]]~
TRN*1*0000417722*1592046781~
N1*PR*TRI-STATE MEDICAID MCO~
LX*1~
CLP*[[ACCT|STA-88310442]]*4*210.00*0*0*MC*[[ID|TSM24092001188]]*13*1~
CAS*CO*29*210.00~
NM1*QC*1*[[N|HADDAD]]*[[N|FARIDA]]****MI*[[HP|TSM77104418]]~
NM1*82*1*[[N|SOLBERG-ANAND]]*[[N|ERIK]]****XX*[[ID|1720554918]]~
REF*EA*[[MRN|6690418]]~
DTM*050*[[D|20240308]]~
CLP*[[ACCT|STA-88310459]]*1*95.00*61.20*0*MC*[[ID|TSM24092001201]]*11*1~
NM1*QC*1*[[N|NGATA]]*[[N|AROHA]]****MI*[[HP|TSM80221907]]~
SE*16*0417~
""",
)

# 18 X12 278 prior authorisation request
note(
    "b31-18",
    "Svetlana Dorofeeva",
    r"""
ST*278*0001*005010X217~
BHT*0007*13*[[ID|PA240611-00093]]*[[D|20240611]]*0915~
HL*1**20*1~
NM1*X3*2*CORNERSTONE UM SERVICES*****PI*77031~
HL*2*1*21*1~
NM1*1P*1*[[N|TANABE]]*[[N|HIROKO]]****XX*[[ID|1639271850]]~
PER*IC*[[N|GINA LOPRESTI]]*TE*[[PH|4135550133]]*FX*[[FX|4135550134]]~
HL*3*2*22*1~
NM1*IL*1*[[N|DOROFEEVA]]*[[N|SVETLANA]]****MI*[[HP|CUM00418827]]~
REF*6P*[[HP|GRP-55102]]~
DMG*D8*[[D|19580119]]*F~
HL*4*3*EV*1~
UM*HS*I*2~
DTP*472*RD8*[[D|20240701]]-[[D|20240731]]~
HI*ABK:M17.11~
SV1*HC:20610*150.00~
""",
)

# 19 X12 276 claim status inquiry
note(
    "b31-19",
    "Yaw Acheampong",
    r"""
ST*276*0002*005010X212~
BHT*0010*13*[[ID|CS0412-7710]]*[[D|20240412]]*1012~
HL*1**20*1~NM1*PR*2*MERIDIAN HEALTH PLAN*****PI*MHP01~
HL*2*1*21*1~NM1*41*2*ST ALDRIC MEDICAL CENTER*****46*STA4410~
HL*3*2*19*1~NM1*1P*2*ST ALDRIC MEDICAL CENTER*****XX*1306554197~
HL*4*3*22*0~DMG*D8*[[D|19861203]]*M~
NM1*IL*1*[[N|ACHEAMPONG]]*[[N|YAW]]****MI*[[HP|MHP3319047712]]~
TRN*1*[[ID|TRC55019823]]~
REF*BLT*131~
REF*EJ*[[ACCT|STA-90184427]]~
AMT*T3*2450.00~
DTP*472*RD8*[[D|20240301]]-[[D|20240303]]~
SE*15*0002~
""",
)

# 20 X12 277 claim status response
note(
    "b31-20",
    "Coralie Boateng-Wilkes",
    r"""
ST*277*0093*005010X212~
BHT*0010*08*[[ID|RSP-20240415-0093]]*[[D|20240415]]*1633*DG~
HL*1**20*1~NM1*PR*2*MERIDIAN HEALTH PLAN*****PI*MHP01~
HL*2*1*21*1~NM1*41*2*ST ALDRIC MEDICAL CENTER*****46*STA4410~
HL*3*2*19*1~NM1*1P*2*ST ALDRIC MEDICAL CENTER*****XX*1306554197~
HL*4*3*22*0~NM1*QC*1*[[N|BOATENG-WILKES]]*[[N|CORALIE]]****MI*[[HP|MHP3319058820]]~
TRN*2*[[ID|TRC55019840]]~
STC*P4:21:PR*[[D|20240415]]**780.00*0~
REF*1K*[[ID|MHP24075660931]]~
REF*EJ*[[ACCT|STA-90184501]]~
DTP*472*D8*[[D|20240307]]~
SE*13*0093~
""",
)

# 21 CDS Hooks patient-view request
note(
    "b31-21",
    "Imogen C. Brightwater",
    r"""
{"hookInstance":"[[ID|d1577c69-dfbe-44ad-ba6d-3e05e953b2ea]]",
 "fhirServer":"https://fhir.kestrelvalley.example/r4","hook":"patient-view",
 "context":{"userId":"Practitioner/[[ID|PR-88213]]","patientId":"[[ID|4471023]]","encounterId":"[[ID|EN-2024-0311-7781]]"},
 "prefetch":{"patient":{"resourceType":"Patient","id":"[[ID|4471023]]",
   "name":[{"family":"[[N|Brightwater]]","given":["[[N|Imogen]]","[[N|Clare]]"]}],
   "birthDate":"[[D|1929-06-30]]","gender":"female",
   "identifier":[{"system":"urn:oid:1.3.6.1.4.1.21367.2005.3.7","value":"[[MRN|KV00918342]]"}]}}}
""",
)

# 22 CDS Hooks order-select response card
note(
    "b31-22",
    "Nnamdi Okoro",
    r"""
{"cards":[{"summary":"Possible duplicate CT abdomen/pelvis (within 30 days)","indicator":"warning",
 "detail":"[[N|Okoro, Nnamdi]] had CT A/P on [[D|2024-05-29]] (acc [[ID|ACC88119001]]), read by Dr. [[N|Lisbeth Arnarsdottir]]. Creatinine 1.4 on [[D|6/3]]. Consider reviewing before re-ordering.",
 "source":{"label":"Radiology Appropriateness Service","url":"https://ras.vendor.example/about"},
 "links":[{"label":"Open prior study","type":"absolute","url":"[[URL|https://pacs.kestrelvalley.example/viewer?mrn=KV00771204&acc=ACC88119001&tok=b7Xq2PzL]]"}],
 "overrideReasons":[{"code":"clinically-indicated","display":"New symptoms"}]}]}
""",
)

# 23 SMART EHR launch log
note(
    "b31-23",
    "Lucien Thibodeaux",
    r"""
[[D|2024-07-09T13:02:44.118-05:00]] INFO launch-handler GET [[URL|https://apps.brindle.example/cardio-risk/launch.html?iss=https%3A%2F%2Ffhir.brindle.example%2Fr4&launch=xT9qLm2vR7kP4w]]
 -> 302 [[URL|https://fhir.brindle.example/oauth2/authorize?response_type=code&client_id=cardio-risk&launch=xT9qLm2vR7kP4w&scope=launch%20patient%2F*.read&state=98a1f0]]
[[D|2024-07-09T13:02:46.902-05:00]] INFO token ok {"patient":"[[ID|Pt-3390215]]","encounter":"[[ID|Enc-77123004]]","fhirUser":"[[URL|https://fhir.brindle.example/r4/Practitioner/1093817725]]","need_patient_banner":false,"smart_style_url":"https://fhir.brindle.example/smart-style.json"}
 user=[[N|dachterberg]] ip=[[IP|10.44.2.118]] app=cardio-risk v2.3.1
""",
)

# 24 SMART token introspection with epoch timestamps
note(
    "b31-24",
    "Zara N. Hakimi",
    r"""
POST /oauth2/introspect 200
{"active":true,"scope":"openid fhirUser launch/patient patient/*.read","client_id":"growth-charts",
 "sub":"[[ID|u-5518203]]","fhirUser":"[[URL|https://ehr.lakemont.example/fhir/Practitioner/prac-22091]]",
 "name":"[[N|Tessa Brandvold]]","preferred_username":"[[N|tbrandvold]]","email":"[[EM|tessa.brandvold@lakemont.example]]",
 "patient":"[[ID|pat-7781200]]","access_token":"<redacted>",
 "iat":[[D|1712586600]],"exp":[[D|1712590200]],"iss":"https://ehr.lakemont.example/fhir"}
""",
)

# 25 IHE ATNA audit message
note(
    "b31-25",
    "Imogen C. Brightwater",
    r"""
<AuditMessage>
 <EventIdentification EventActionCode="R" EventDateTime="[[D|2024-03-11T14:22:07.331-05:00]]" EventOutcomeIndicator="0">
  <EventID csd-code="110110" codeSystemName="DCM" originalText="Patient Record"/></EventIdentification>
 <ActiveParticipant UserID="[[N|kquarshie-lamb]]" AlternativeUserID="4412" UserName="[[N|Quarshie-Lamb, Kendra]]" UserIsRequestor="true" NetworkAccessPointID="[[IP|10.20.4.17]]" NetworkAccessPointTypeCode="2"/>
 <ActiveParticipant UserID="svc_fhir_gw" UserIsRequestor="false" NetworkAccessPointID="fhirgw02.kvh.local" NetworkAccessPointTypeCode="1"/>
 <AuditSourceIdentification AuditSourceID="KVH-EMR-PRD"/>
 <ParticipantObjectIdentification ParticipantObjectID="[[MRN|KV00918342]]^^^&amp;1.2.840.114350.1.13.88.2.7.5.737384.14&amp;ISO" ParticipantObjectTypeCode="1" ParticipantObjectTypeCodeRole="1">
  <ParticipantObjectName>[[N|BRIGHTWATER]]^[[N|IMOGEN]]</ParticipantObjectName></ParticipantObjectIdentification>
</AuditMessage>
""",
)

# 26 syslog RFC5424 + BSD audit lines
note(
    "b31-26",
    "Eulalia J. Fairweather",
    r"""
<86>1 [[D|2024-08-19T02:14:55.002Z]] ehr-app03.stal.local EMR 4412 AUDIT [meta@32473 user="[[N|rpinheiro]]" src="[[IP|172.16.40.23]]" pid="[[MRN|6624019]]" act="chart-open" reason="BTG"] break-the-glass by [[N|Rui Pinheiro]] (ED) on [[N|FAIRWEATHER, EULALIA]]
[[D|Aug 19]] 02:31:10 hie-gw01 sshd[2207]: Accepted publickey for svc_hie from [[IP|172.16.9.4]] port 50122
[[D|Aug 19]] 07:58:44 ehr-app03 privacy-mon: BTG review queued for [[N|mnasser]] (privacy officer)
""",
)

# 27 Direct secure-messaging headers
note(
    "b31-27",
    "Tomas R. Esquivel",
    r"""
Received: from hisp.direct.kestrelvalley.example ([[IP|203.0.113.45]]) by mx.hisp.brindle.example; [[D|Tue, 12 Mar 2024]] 09:41:07 -0400
From: "[[N|Chidi Oduya]] MD" <[[EM|coduya@direct.kestrelvalley.example]]>
To: <[[EM|referrals@direct.brindlecreek.example]]>
Cc: <[[EM|mei-ling.kwok@direct.brindlecreek.example]]>
Subject: Referral - [[N|ESQUIVEL]], [[N|TOMAS]] DOB [[D|09/22/1957]]
Message-ID: <[[ID|20240312134107.5521.88213@hisp.direct.kestrelvalley.example]]>
Disposition-Notification-Options: X-DIRECT-FINAL-DESTINATION-DELIVERY=optional,true
Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256
X-Attachment: CCD_[[N|ESQUIVEL]]_[[N|T]]_[[D|20240312]].xml (C-CDA 2.1)
""",
)

# 28 interface-engine dead-letter queue quoting a failed ADT
note(
    "b31-28",
    "Lucien Thibodeaux",
    r"""
[ERRQ] ch=ADT_TO_LIS  id=[[ID|Q-000418812]]  attempts=5  last=[[D|2024-02-20]] 03:10:44  state=DEAD
error: AR|PID^1^3|Duplicate patient identifier - MRN [[MRN|3390215]] already linked to [[N|THIBODEAUX]]^[[N|LUCIEN]] (DOB [[D|19790503]])
payload (truncated):
MSH|^~\&|ADT|BRINDLE|LIS|BRINDLE|[[D|20240220030944]]||ADT^A08|[[ID|BG-7742611]]|P|2.5.1
PID|1||[[MRN|3390215]]^^^BRN^MR~[[MRN|00-118-4402]]^^^BRN^PI||[[N|THIBODAUX]]^[[N|LUCIEN]]^^^^^L||[[D|19790503]]|M
action: held for HIM review (assigned: [[N|mbertrand]])
""",
)

# 29 outbound retry log
note(
    "b31-29",
    "Olufemi Adeyemi",
    r"""
[[D|2024-06-02]] 10:19:02,441 WARN  [RIS-OUT-3] retry 1/3 msgctl=[[ID|CH61085531]] dest=[[IP|10.8.1.52]]:6661 -> timeout (30s)
[[D|2024-06-02]] 10:20:07,117 ERROR [RIS-OUT-3] giving up; NACK AE "PID-3 [[MRN|CH2004417]] not found on RIS; patient [[N|ADEYEMI, OLUFEMI]] created under temp id [[ID|TMP-99012]]"
[[D|2024-06-02]] 10:31:40,220 INFO  [RIS-OUT-3] manual resend by user [[N|lpotgieter]] -> ACK AA (thread pool 4, queue depth 0)
""",
)

# 30 REST access log, ids in request paths
note(
    "b31-30",
    "Imogen C. Brightwater",
    r"""
[[IP|10.20.7.33]] - [[N|jkowalski]] [[[D|11/Mar/2024:14:22:07]] -0500] "GET /fhir/r4/Patient/[[ID|4471023]]/$everything HTTP/1.1" 200 183344
[[IP|10.20.7.33]] - [[N|jkowalski]] [[[D|11/Mar/2024:14:22:09]] -0500] "GET /fhir/r4/Observation?patient=[[ID|4471023]]&code=http://loinc.org|2160-0&date=ge[[D|2024-01-01]] HTTP/1.1" 200 9121
[[IP|10.31.0.9]] - svc_etl [[[D|11/Mar/2024:14:23:00]] -0500] "POST /fhir/r4/Bundle HTTP/1.1" 201 512
[[IP|192.0.2.77]] - - [[[D|11/Mar/2024:14:23:41]] -0500] "GET /fhir/r4/Practitioner/[[ID|1881467023]] HTTP/1.1" 401 0
""",
)

# 31 API gateway JSON log, MRN in path
note(
    "b31-31",
    "Kofi A. Quarshie",
    r"""
{"ts":"[[D|2024-01-05T08:14:31.552Z]]","lvl":"info","route":"/api/v2/patients/{mrn}/labs","path":"/api/v2/patients/[[MRN|MRN00412277]]/labs?from=[[D|2023-12-01]]&to=[[D|2024-01-05]]","status":200,"latency_ms":142,"client_ip":"[[IP|10.44.9.201]]","user":"[[N|priyanka.raghunathan]]","app":"onc-dashboard"}
{"ts":"[[D|2024-01-05T08:14:33.019Z]]","lvl":"warn","route":"/api/v2/patients/{mrn}/labs","path":"/api/v2/patients/[[MRN|MRN00412299]]/labs","status":404,"latency_ms":18,"client_ip":"[[IP|10.44.9.201]]","user":"[[N|priyanka.raghunathan]]","app":"onc-dashboard"}
{"ts":"-","lvl":"info","route":"/api/v2/health","status":200,"user":"svc_reporting"}
""",
)

# 32 pipe-delimited warehouse extract with ages
note(
    "b31-32",
    "warehouse extract (3 patients)",
    r"""
MRN|PAT_LAST|PAT_FIRST|DOB|AGE|SEX|ZIP|ATTENDING|DRG|LOS
[[MRN|KV00918342]]|[[N|BRIGHTWATER]]|[[N|IMOGEN]]|[[D|1929-06-30]]|[[A|94]]|F|[[Z|01843]]|[[N|ODUYA,CHIDI]]|291|7
[[MRN|KV01127755]]|[[N|NAKAGAWA-DIOP]]|[[N|AMINATA]]|[[D|1988-02-14]]|36|F|[[Z|01841]]|[[N|TANABE,HIROKO]]|775|2
[[MRN|KV00661902]]|[[N|ELLINGSEN]]|[[N|RUTH]]|[[D|1932-11-01]]|[[A|91]]|F|[[Z|01844]]|[[N|ODUYA,CHIDI]]|194|5
-- 3 rows  (source: EDW.DISCH_FACT, refreshed nightly 02:00)
""",
)

# 33 tab-delimited ED extract (built with real tabs below)
note(
    "b31-33",
    "ED extract (3 encounters)",
    """
ED_ENC_EXTRACT\tgenerated [[D|2024-08-19]] 06:00\tby svc_edw
CSN\tARRIVAL\tPT_NAME\tMRN\tAGE\tESI\tCC\tDISPO\tBED
[[ACCT|7731190042]]\t[[D|2024-08-19]] 01:52\t[[N|FAIRWEATHER,EULALIA J]]\t[[MRN|6624019]]\t[[A|93]]\t2\tSOB\tADMIT\tED-14
[[ACCT|7731190057]]\t[[D|2024-08-19]] 02:08\t[[N|LACHANCE,MATEUS]]\t[[MRN|6701128]]\t34\t4\tlaceration L hand\tDC\tFT-3
[[ACCT|7731190061]]\t[[D|2024-08-19]] 02:40\tUNKNOWN,TRAUMA ZEBRA\t[[MRN|T-000417]]\t??\t1\tMVC\tOR\tTR-1
""",
)

# 34 ZPL specimen label
note(
    "b31-34",
    "Zara N. Hakimi",
    r"""
^XA
^FX specimen label, printer LP-PEDS-2 (ZD621 s/n D4J212600118)^FS
^FO20,15^A0N,28,28^FD[[N|HAKIMI, ZARA N]]^FS
^FO20,48^A0N,22,22^FDMRN: [[MRN|LM7781200]]  DOB: [[D|07/15/2022]]^FS
^FO20,74^A0N,22,22^FDColl: [[D|04/08/24]] 10:55  By: [[N|TBRANDV]]^FS
^FO20,100^BY2^BCN,60,N,N^FD[[ID|240408LP0317]]^FS
^FO20,168^A0N,20,20^FDACC# [[ID|240408LP0317]]  LAV 2mL  CBC/DIFF^FS
^PQ2
^XZ
""",
)

# 35 ZPL wristband, age in label
note(
    "b31-35",
    "Ana L. Morales-Quintero",
    r"""
^XA^PW300^LL2400
^FO40,400^A0R,34,34^FD[[N|MORALES-QUINTERO, ANA L]]^FS
^FO80,400^A0R,26,26^FDDOB [[D|1931-12-25]] ([[A|92]]Y)  F^FS
^FO110,400^A0R,26,26^FDMRN [[MRN|00918211]]  FIN [[ACCT|7712004418]]^FS
^FO140,400^A0R,26,26^FDAtt: [[N|OKORO-BELL, T]]  ALLERGY: PCN, LATEX^FS
^FO40,1400^BXR,6,200^FD[[MRN|00918211]]|[[N|MORALES-QUINTERO]]|[[N|ANA]]|[[D|19311225]]^FS
^FX band reprint #2 requested by [[N|ymarchand]] (unit clerk) - fall risk^FS
^XZ
""",
)

# 36 OCR'd registration form with OCR confusions
note(
    "b31-36",
    "Marisol C. Ybarra",
    r"""
--- OCR page 1/2 (confidence 0.87) ---
PATIENT REGISTRATION FORM        Rev. 2021
Patient Name: [[N|Ybarra, Marisol  C]].      DOB: [[D|O4/1 7/1968]]   Sex: F
Address: [[ADDR|1412 Calle Loma Verde  Apt 6]]   City: [[C|Las Cruces]]   State: NM  Zip: [[Z|88OO1]]
Home Ph: [[PH|(575) 555-O138]]   Cell: ____________   Email: [[EM|mybarra68@mail.example]]
SSN: [[SSN|9l2-58-3304]]   Driver Lic #: NM [[LIC|048812907]]
Emergency Contact: [[N|Hector Ybarra]] (husband)  Ph: [[PH|575-555-0139]]
Insurance: Presbyterian Centennial   Member ID: [[HP|PCC77120044]]   Group: [[HP|90412]]
Signature: [illegible]        Date: [[D|0l/09/2024]]
""",
)

# 37 OCR'd fax cover with form fields
note(
    "b31-37",
    "Olufemi Adeyemi",
    r"""
FAX COVER - Cedarholm Orthopaedics                Pages: 4
To: Dr. [[N|Mei-Ling Kwok]]          Fax: [[FX|518-555-0191]]
From: [[N|Gina LoPresti]], referral coord.   Ph: [[PH|518-555-0133 x214]]
Date: [[D|06/03/24]]
RE: [[N|Adeyemi, Olufemi]]   DOB: [[D|08/27/1992]]   Ref#: [[ID|RF-240603-118]]
Patient Name: __[[N|Adeyemi, Olufemi]]_______   MRN: __[[MRN|CH2004417]]___
Reason: R knee effusion, MRI [[D|6/2]] - see attached (CPT 73721)
Authorization #: _________ (pending w/ Cornerstone UM)
CONFIDENTIALITY NOTICE: This transmission may contain PHI. If received in error call the sender.
""",
)

# 38 ACK with MSA/ERR quoting PID
note(
    "b31-38",
    "Kofi A. Quarshie",
    r"""
MSH|^~\&|LIS|MPH_LAB|SOARIAN|MPH|[[D|20240105071540]]||ACK^O01|[[ID|LIS55120078]]|P|2.4
MSA|AE|[[ID|MPH0105071533882]]|PID-7 conflicts with LIS master: received [[D|19640614]], on file [[D|19640416]] for [[MRN|M00412277]] ([[N|QUARSHIE]], [[N|KOFI]])
ERR||PID^1^7|102^Data type error^HL70357|E
NTE|1||order [[ID|ORD55120031]] held; registrar [[N|Yusuf Demir]] to confirm DOB with pt at chair-side, then resend. Do not merge.
""",
)

# 39 FHIR Appointment JSON
note(
    "b31-39",
    "Tomas R. Esquivel",
    r"""
{"resourceType":"Appointment","id":"[[ID|appt-7720915]]","status":"booked",
 "serviceType":[{"coding":[{"system":"http://snomed.info/sct","code":"394814009","display":"General practice"}]}],
 "start":"[[D|2024-03-18T09:30:00-05:00]]","end":"[[D|2024-03-18T10:00:00-05:00]]","minutesDuration":30,
 "comment":"ride share; daughter [[N|Renata Esquivel]] to accompany",
 "participant":[
  {"actor":{"reference":"Patient/[[ID|4471023]]","display":"[[N|Tomas R. Esquivel]]"},"status":"accepted"},
  {"actor":{"reference":"Practitioner/[[ID|1346728810]]","display":"Dr. [[N|Funmi Oyelaran]]"},"status":"accepted"},
  {"actor":{"reference":"Location/kvh-fam-exam12","display":"KVH Family Medicine Exam 12"},"status":"accepted"}]}
""",
)

# 40 CSV scheduling export
note(
    "b31-40",
    "infusion schedule export",
    r"""
appt_id,appt_date,appt_time,dept,provider,patient_name,mrn,phone,visit_type,status
[[ID|A-4410293]],[[D|2024-10-21]],08:20,ONC INFUSION,"[[N|Raghunathan, Priyanka]]","[[N|Quarshie, Kofi A]]",[[MRN|M00412277]],[[PH|617-555-0129]],CHEMO C4D1,ARRIVED
[[ID|A-4410317]],[[D|2024-10-21]],10:40,ONC INFUSION,"[[N|Ferreira-Matos, Duarte]]","[[N|WALLACE-OBI, june]]",[[MRN|M00441873]],[[PH|(617) 555-0166]],IRON INF 1/5,SCHEDULED
# exported by [[N|kbaptiste]] [[D|2024-10-20]] 17:45, 2 rows
""",
)

# 41 SQL statement log with literal values
note(
    "b31-41",
    "Eulalia J. Fairweather / Farida Haddad",
    r"""
[[D|2024-09-03]] 09:12:44 UTC [31877] dw_analyst@edw LOG:  duration: 812.331 ms  statement:
  SELECT enc_csn, pat_mrn, pat_name, birth_dt FROM clarity.pat_enc
  WHERE pat_mrn IN ('[[MRN|6624019]]','[[MRN|6690418]]') AND contact_date >= '[[D|2024-08-01]]';
[[D|2024-09-03]] 09:13:02 UTC [31877] [[N|lsorensen]]@edw LOG:  statement:
  UPDATE clarity.patient SET pat_name = '[[N|FAIRWEATHER,EULALIA J]]', birth_date = '[[D|1931-02-07]]' WHERE pat_id = '[[ID|Z882104]]';
[[D|2024-09-03]] 09:13:02 UTC [31877] [[N|lsorensen]]@edw LOG:  duration: 4.018 ms
""",
)

# 42 interface regression harness: placeholders vs leaked production data
note(
    "b31-42",
    "Willem J. Achterberg",
    r"""
== HL7 regression run #118 on tst-engine01 (build 5.2.0-rc3) ==
case 014 PASS  PID|1||999999990^^^TST^MR||ZZTEST^PATIENT^ONE||19000101|U
case 015 PASS  PID|1||999999991^^^TST^MR||ZZTEST^BABYBOY||19000101|M
case 016 FAIL  expected PID-5 'ZZTEST^PATIENT^TWO' got '[[N|ACHTERBERG]]^[[N|WILLEM]]^[[N|J]]' (MRN [[MRN|3391187]], DOB [[D|19480712]]) - production data in TEST feed!
   owner notified: [[EM|amelia.voss@brindle.example]]; purge requested [[D|2024-04-22]]
case 017 SKIP  (depends on 016)
summary: 16 pass, 1 fail, 1 skip in 4.2s
""",
)

# 43 notification event with portal link
note(
    "b31-43",
    "Zara N. Hakimi",
    r"""
topic=patient-notify partition=3 offset=1187712 key=[[MRN|LM7781200]]
{"event":"RESULT_RELEASED","at":"[[D|2024-04-09T16:02:11-05:00]]","mrn":"[[MRN|LM7781200]]",
 "recipient":{"proxy_name":"[[N|Parisa Hakimi]]","relationship":"mother","sms":"[[PH|+1 507 555 0148]]","email":"[[EM|parisa.hakimi@mail.example]]"},
 "message":"New results for [[N|Zara]] are ready in MyChart",
 "link":"[[URL|https://mychart.lakemont.example/MyChart/Results?id=R-88124097&tok=Qm9uZ2F6]]",
 "template":"RESULT_V2","sent_by":"svc_notify","retries":0}
""",
)

# 44 DICOM modality worklist dump
note(
    "b31-44",
    "Olufemi Adeyemi",
    r"""
# C-FIND-RSP from MWL SCP CH_RIS (status 0xFF00)
(0008,0050) SH [[[ID|ACC88120457]]]                # AccessionNumber
(0010,0010) PN [[[N|ADEYEMI]]^[[N|OLUFEMI]]]             # PatientName
(0010,0020) LO [[[MRN|CH2004417]]]                 # PatientID
(0010,0030) DA [[[D|19920827]]]                  # PatientBirthDate
(0010,1010) AS [032Y]                      # PatientAge
(0020,000D) UI [[[ID|2.25.31884021907716520349122]]] # StudyInstanceUID
(0032,1032) PN [[[N|KWOK]]^[[N|MEI-LING]]]             # RequestingPhysician
(0040,0002) DA [[[D|20240605]]]                  # SPS Start Date
(0040,0003) TM [081500]                    # SPS Start Time
(0040,0001) AE [CH_MR1]                    # Station AE
(0040,0006) PN []                          # Performing tech (blank)
""",
)

# 45 automated dispensing cabinet log
note(
    "b31-45",
    "Lucien Thibodeaux",
    r"""
ADC TXN REPORT  Station: 4WEST-MED1  SN 8120-44712  (Brindle Creek Hospital)
[[D|02/20/2024]] 02:31  REMOVE  HYDROmorphone 0.5MG/0.5ML INJ qty 1  user: [[N|ISOLBERG]] ([[N|Solberg, Ingrid]] RN)  pt: [[N|THIBODEAUX, LUCIEN]]  MRN [[MRN|3390215]]  rm 412B
[[D|02/20/2024]] 02:33  WASTE   HYDROmorphone 0.25MG  witness: [[N|JWKIM]] ([[N|Kim, Jae-won]] RN)
[[D|02/20/2024]] 05:10  DISCREPANCY  count 11 exp 12 - resolved by pharm [[N|M. Adebayo-Finch]]
""",
)

# 46 CGM export: patient's transmitter vs ward POC meter
note(
    "b31-46",
    "Marisol C. Ybarra",
    r"""
Index,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,Device Info,Source Device ID,Glucose Value (mg/dL),Transmitter ID
1,,FirstName,,,[[N|Marisol]],
2,,LastName,,,[[N|Ybarra]],
3,,DateOfBirth,,,[[D|1968-04-17]],
4,,Device,G7 Receiver,SN [[DEV|4AB7X2Q0L]],,
5,[[D|2024-01-28T06:05:12]],EGV,,Android G7,142,[[DEV|8MK3T2]]
6,[[D|2024-01-28T06:10:12]],EGV,,Android G7,139,[[DEV|8MK3T2]]
7,[[D|2024-01-28T06:15:12]],Calibration,,,131,
# clinic check: POC meter Inform II s/n UU12004471 (ward stock) read 128 mg/dL at 06:14
""",
)

# 47 pacemaker remote monitoring summary
note(
    "b31-47",
    "Imogen C. Brightwater",
    r"""
REMOTE TRANSMISSION SUMMARY  (export, KVH Device Clinic)
Patient: [[N|BRIGHTWATER, IMOGEN C]]   DOB: [[D|30-Jun-1929]]   Age: [[A|94]]   Pt ID: [[MRN|KV00918342]]
Device: Azure XT DR MRI W1DR01  SN: [[DEV|RNB448120H]]   Implanted: [[D|14-Feb-2019]] by Dr. [[N|H. Sandoval]]
RA lead: 5076-52cm SN [[DEV|PJN7741203]]   RV lead: 5076-58cm SN [[DEV|PJN7741311]]
Transmission: [[D|11-Mar-2024]] 02:14 (scheduled)   Battery 7.2 y   AT/AF burden 3.1%   VP 41%
Episodes: 2 AHR, longest 00:42:10; no VT/VF
Reviewed: [[N|nbose]] ([[N|Nandini Bose]], CDS) 09:40   Next remote: [[D|June 2024]]
""",
)

# 48 DME delivery ticket (CPAP issued to patient)
note(
    "b31-48",
    "Kwame Asante",
    r"""
DME DELIVERY TICKET   Vendor: Pinecrest Home Medical   Ticket# [[ID|DT-558120]]
Patient: [[N|Kwame Asante]]   DOB [[D|1961-04-17]]   Ph [[PH|860-555-0125]]
Deliver to: [[ADDR|9 Juniper Knoll Dr, Apt 2]], [[C|Manchester]] CT [[Z|06040]]
Item: CPAP AirSense-class w/ humidifier (E0601, E0562)   Serial: [[DEV|23221784510]]
Mask: F20 medium (A7030), lot 2207A, no serial
Rx by: [[N|Ilse Marchetti-Holm]] APRN, NPI [[ID|1366041928]]
Delivered [[D|03/04/24]] by driver [[N|L. Okafor-Baptiste]]; pt signed. Set-up: 10 cmH2O, ramp 20 min.
Compliance modem IMEI [[DEV|359881004417220]] -> cloud acct [[ID|AS88120]]
""",
)

# 49 OR implant log with UDI scans
note(
    "b31-49",
    "Gustavo Pereira-Lima",
    r"""
OR IMPLANT LOG   Case [[ID|OR-24-118804]]   Room OR 7   Date [[D|2024-06-24]]
Pt: [[N|PEREIRA-LIMA, GUSTAVO]]   MRN [[MRN|5529013]]   Surgeon: [[N|Hollis Weatherby]] MD   Circulator: [[N|tmacaulay]]
Scan 1: [[DEV|(01)00643169001763(17)260930(10)L55201(21)A41872093]]  femoral component, size 5
Scan 2: [[DEV|(01)00643169007741(17)261130(10)L55318(21)A41899120]]  tibial tray, size 4
Manual: bone cement 40 g, lot CEM2207, exp 2026 (no UDI on box)
Verified by [[N|tmacaulay]] / rep [[N|Colm Devereux]]  - implant record sent to registry 11:52
""",
)

# 50 engine alert e-mail
note(
    "b31-50",
    "Tomas R. Esquivel",
    r"""
From: Rhapsody Alerts <[[EM|rhapsody-alerts@kvh.example]]>
To: [[N|Marguerite Tavares]] <[[EM|mtavares@kvh.example]]>; IS-Integration <[[EM|is-integration@kvh.example]]>
Date: [[D|Mon, 18 Mar 2024]] 03:12:55 -0400
Subject: [P2] Channel SIU_IN stopped - 47 queued

Channel SIU_IN (comm point [[IP|10.20.1.40]]:7710) stopped after 3 NAKs.
First failed MSH-10: [[ID|KV88410233]] (SCH [[ID|APT-7720915]], PID-3 [[MRN|00731842]])
On-call: [[N|Marguerite Tavares]], cell [[PH|617-555-0170]]. Escalation: integration lead.
Runbook: https://wiki.kvh.example/integration/siu-in
""",
)

# 51 MDM^T02 pathology report
note(
    "b31-51",
    "Farida S. Haddad",
    r"""
MSH|^~\&|COPATH|STA_PATH|EHR|STA|[[D|20240827154410]]||MDM^T02|[[ID|CP240827-0091]]|P|2.5
PID|1||[[MRN|6690418]]^^^STA^MR||[[N|HADDAD]]^[[N|FARIDA]]||[[D|19690920]]|F
TXA|1|SP^Surgical Pathology|TX|[[D|20240823]]|[[ID|1720554918]]^[[N|SOLBERG-ANAND]]^[[N|ERIK]]||[[D|20240827154300]]|||[[N|mkaraca]]^[[N|KARACA]]^[[N|MELIKE]]|[[ID|S24-18820]]||||||AU||AV|||||[[ID|1554097231]]^[[N|ARNARSDOTTIR]]^[[N|LISBETH]]^^^^MD
OBX|1|FT|22637-3^Path report.final diagnosis^LN||Breast, L, core bx (9 o'clock): invasive ductal ca, grade 2. ER/PR+, HER2 1+. Discussed w/ Dr [[N|Solberg-Anand]] by phone [[D|8/27]].||||||F
""",
)

# 52 SIU^S12 surgical booking
note(
    "b31-52",
    "Gustavo Pereira-Lima",
    r"""
MSH|^~\&|OPTIME|CEDARHOLM|ANES|CEDARHOLM|[[D|20240610113305]]||SIU^S12|[[ID|OPT-61124]]|P|2.5.1
SCH|[[ID|OR-24-118804]]||||||TKA^Total knee||180|MIN|^^180^[[D|202406240730]]
PID|1||[[MRN|5529013]]^^^CH^MR||[[N|PEREIRA-LIMA]]^[[N|GUSTAVO]]||[[D|19560305]]|M
RGS|1
AIS|1||27447^ARTHROPLASTY KNEE^CPT||||180|MIN
AIG|1||CH_OR7^Operating Room 7|ROOM
AIP|1||[[ID|1982440716]]^[[N|WEATHERBY]]^[[N|HOLLIS]]^^^^MD|SURGEON
AIL|1||CH^OR 7
NTE|1||Portuguese interpreter. Implant rep [[N|Colm Devereux]] to attend; rep cell [[PH|518 555 0176]].
""",
)

# 53 X12 271 eligibility response
note(
    "b31-53",
    "Declan P. O'Rourke",
    r"""
ST*271*0001*005010X279A1~
BHT*0022*11*[[ID|EL-88412007]]*[[D|20240108]]*0730~
HL*1**20*1~NM1*PR*2*GRANITE STATE HEALTH PLAN*****PI*GSHP~
HL*2*1*21*1~NM1*1P*2*GREYSTONE CARE CENTER*****XX*1184602257~
HL*3*2*22*0~
NM1*IL*1*[[N|O'ROURKE]]*[[N|DECLAN]]*[[N|P]]***MI*[[HP|GSH40177321]]~
REF*6P*[[HP|55012]]*MEDICARE ADVANTAGE GRP~
N3*[[ADDR|72 Ashuelot St]]~N4*[[C|Keene]]*NH*[[Z|03431]]~
DMG*D8*[[D|19270301]]*M~
DTP*346*D8*[[D|20240101]]~
EB*1*IND*30**MA PPO~
EB*B*IND*98***27*20~
MSG*SNF DAYS USED 59 OF 100~
SE*14*0001~
""",
)

# 54 NCPDP SCRIPT NewRx
note(
    "b31-54",
    "Nnamdi Okoro",
    r"""
<Message><Header><To Qualifier="P">0712204</To><From Qualifier="C">KVH-EPCS</From>
<MessageID>[[ID|8d2f41c0a77b4e21]]</MessageID><SentTime>[[D|2024-06-04T15:20:11Z]]</SentTime></Header>
<Body><NewRx><Patient><HumanPatient><Name><LastName>[[N|Okoro]]</LastName><FirstName>[[N|Nnamdi]]</FirstName></Name>
<DateOfBirth><Date>[[D|1975-02-11]]</Date></DateOfBirth><Address><StateProvince>CT</StateProvince></Address></HumanPatient></Patient>
<Prescriber><NonVeterinarian><Identification><NPI>[[ID|1548207719]]</NPI><DEANumber>[[LIC|BK4412907]]</DEANumber><StateLicenseNumber>[[LIC|058812]]</StateLicenseNumber></Identification>
<Name><LastName>[[N|Kristiansen]]</LastName><FirstName>[[N|Lars]]</FirstName></Name></NonVeterinarian></Prescriber>
<MedicationPrescribed><DrugDescription>oxycodone 5 mg tablet</DrugDescription><Quantity><Value>20</Value></Quantity><DaysSupply>5</DaysSupply></MedicationPrescribed></NewRx></Body></Message>
""",
)

# 55 fixed-width upper-case extract, zero-padded ages
note(
    "b31-55",
    "discharge extract (2 patients)",
    r"""
RPT: DISCHG_EXTRACT_V3        RUN: [[D|20240310]] 0200   PAGE 1
MRN       LAST_NAME       FIRST_NAME  DOB       AGE SX ZIP   DISCH_DT  DISP
[[MRN|00918342]]  [[N|BRIGHTWATER]]     [[N|IMOGEN]]      [[D|19290630]]  [[A|094]] F  [[Z|01843]] [[D|20240309]]  SNF
[[MRN|00661902]]  [[N|ELLINGSEN]]       [[N|RUTH]]        [[D|19321101]]  [[A|091]] F  [[Z|01844]] [[D|20240310]]  EXPIRED
*** END OF REPORT  2 RECORDS  JOB DWX114 ***
""",
)

# 56 HL7 batch file with OML inside
note(
    "b31-56",
    "Imogen C. Brightwater",
    r"""
FHS|^~\&|LABCORE|KVH|REFLAB|NE_REFLAB|[[D|20240311200000]]||BATCH_A17.hl7|||F00017
BHS|^~\&|LABCORE|KVH|REFLAB|NE_REFLAB|[[D|20240311200000]]||||B0017-01
MSH|^~\&|LABCORE|KVH|REFLAB|NE_REFLAB|[[D|20240311195812]]||OML^O21|[[ID|LC0311-4471]]|P|2.5.1
PID|1||[[MRN|KV00918342]]^^^KVH^MR||[[N|BRIGHTWATER]]^[[N|IMOGEN]]^[[N|C]]||[[D|19290630]]|F
ORC|NW|[[ID|KV-SO-2207719]]||||||||||[[ID|1881467023]]^[[N|ODUYA]]^[[N|CHIDI]]
OBR|1|[[ID|KV-SO-2207719]]||10535-3^Digoxin^LN
NTE|1||trough, last dose 0800 per MAR, 5 North
BTS|1
FTS|1
""",
)

# 57 FHIR AuditEvent
note(
    "b31-57",
    "Eulalia J. Fairweather",
    r"""
{"resourceType":"AuditEvent","type":{"system":"http://dicom.nema.org/resources/ontology/DCM","code":"110112","display":"Query"},
 "recorded":"[[D|2024-08-19T02:15:01.447Z]]","outcome":"0",
 "agent":[{"who":{"identifier":{"value":"[[N|rpinheiro]]"},"display":"[[N|Rui Pinheiro]]"},"requestor":true,"network":{"address":"[[IP|172.16.40.23]]","type":"2"}},
  {"who":{"display":"svc-fhir-gateway"},"requestor":false}],
 "source":{"observer":{"display":"ehr-app03.stal.local"}},
 "entity":[{"what":{"reference":"Patient/[[ID|pt-6624019]]"},"role":{"code":"1"}},
  {"description":"search patient=[[ID|pt-6624019]]&code=85025-9&_count=50"}]}
""",
)

# 58 VPN / firewall log
note(
    "b31-58",
    "Tomas R. Esquivel",
    r"""
[[D|Mar 18]] 22:41:09 fw-edge01 %ASA-6-722051: Group <KVH-Clinicians> User <[[N|hweatherby]]> IP <[[IP|198.51.100.23]]> IPv4 Address <[[IP|10.250.3.14]]> assigned to session
[[D|Mar 18]] 22:41:40 vpn-radius: Access-Accept for [[N|hweatherby]] ([[N|Hollis Weatherby]]) MFA push to [[PH|617-555-0155]]
[[D|Mar 18]] 23:02:17 ehr-app01 audit: [[N|hweatherby]] opened chart MRN [[MRN|00731842]] from [[IP|10.250.3.14]] (remote), reason="on-call"
""",
)

# 59 specimen courier trip log with GPS of a home draw
note(
    "b31-59",
    "Tomas R. Esquivel",
    r"""
TRIP [[ID|T-24-0611-0087]]   courier badge [[ID|44120]] ([[N|D. Mwangi]])   van plate [[VEH|7KWR-112]] (MA)
[[D|06/11]] 07:42  PICKUP  home draw - GPS [[ADDR|42.36712,-71.10384]] (pt [[N|ESQUIVEL T]], MRN [[MRN|00731842]])  tubes x2
[[D|06/11]] 08:15  PICKUP  Brindle Creek Clinic lockbox (3 bags)
[[D|06/11]] 09:02  DROP    KVH Core Lab receiving, signed: [[N|ahuang]]
temp log: 4.1 C avg, max 6.0 C; logger SN TL-55102 (courier equipment)
""",
)

# 60 EMPI duplicate-candidate task
note(
    "b31-60",
    "Eulalia J. Fairweather",
    r"""
EMPI potential duplicate   task [[ID|DUP-24-00417]]   score 0.87 (threshold 0.80)   queue: HIM-MPI
FIELD     REC A                          REC B
MRN       STA [[MRN|6624019]]                    KVH [[MRN|00661955]]
NAME      [[N|FAIRWEATHER, EULALIA J]]         [[N|FAIRWEATHER, EULA]]
DOB       [[D|1931-02-07]]                     [[D|1931-02-07]]
SSN4      [[SSN|0871]]                           ----
ADDR      [[ADDR|14 Pettengill Way]], [[C|Auburn]] [[Z|04210]]   [[ADDR|PO Box 311]], [[C|Lewiston]] [[Z|04243]]
reviewer: [[N|nokafor-lindgren]]   decision: SAME PERSON, merge B->A   [[D|2024-09-05]]
""",
)


if __name__ == "__main__":
    write(OUT, NOTES)
