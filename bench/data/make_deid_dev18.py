#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_dev18.jsonl.

dev18 is a set of machine-made text: the kind of thing an interface engine, a
claims clearinghouse, a device cloud or an audit tool writes, not what a
clinician types.  It holds HL7 v2 messages of many types (ADT A01/A03/A04/A08/
A31, ORU results with OBX/NTE free text, RDE pharmacy orders, MFN staff
masters, BAR billing, SIU, VXU, ACK) filled the inconsistent ways real senders
fill them (empty components, ~ repetitions, \\T\\ \\S\\ escapes, ISO dates where
HL7 dates belong, wrong component separators, truncated segments, a field that
wraps onto the next line), FHIR JSON resources and bundles, X12 837P/837I and
271 transactions, CSV/TSV/semicolon exports with headers, key=value, JSON and
syslog application logs, EHR audit-trail reports, wearable, CPAP, CGM, BP-cuff,
pump and pacemaker uploads, a DICOM header dump, bed-board, transport and
scheduling exports, and e-mail or fax cover pages (one of them OCR-garbled).
The hard part is that such text is full of look-alikes that must stay
unmarked: segment and field names, OIDs, versions, host names, ports, process
ids, service accounts, placeholders (BABYGIRL, TRAUMA^KILO, 19000101), codes
(CPT, ICD, LOINC, NDC, CVX, MDC, SNOMED), lot and model numbers, room/bed and
station names, X12 envelope control numbers, amounts, scores and an age of
exactly 89 ("089Y").

Annotation conventions (HIPAA Safe Harbor):
- NAME covers every person (patient, relative, guarantor, insured, clinician,
  technologist, registrar, reviewer) in any form: HL7/DICOM components (each
  ^-separated component its own span, a middle initial included), "Last,
  First" written with a comma (one span), lower case, ALL CAPS, OCR-damaged
  (H0LLIS), initials standing for a person (DRJ), and log-in names (akhoury,
  dvelikova).  Titles, prefixes, suffixes and credentials (Dr, MRS, JR, RN,
  PA-C) stay outside; an initial with its period ("R.") is inside.  Kinship
  words, placeholders for unidentified or unnamed patients, service accounts
  (svc_bedboard, epic_batch, INTFC_RHAP), facility, payer, vendor and employer
  names are not marked.
- DATE covers every date element finer than a year.  A machine timestamp
  written as one token (20240311142207, 20240712031500+0000,
  2024-09-14T02:17:33.118Z, a batch label 2024-12-02_0600) is one span; where
  a space separates the time only the date part is marked.  Syslog "Mar  4",
  a weekday or "FRIDAY" dating one event, "02/2025" and a truncated "2024-08"
  are dates; bare years, clock times, durations and ages are not.
- AGE only above 89, the number alone; "089Y" is 89 and stays unmarked.
- PHONE/FAX: every number with its extension, whether a person's, a
  department's or a payer's line.  When HL7 splits a number into area-code and
  local-number components ("503^5550138") the two components and the ^
  between them are one span.  A number that wraps onto the next line is one
  span across the line break.
- EMAIL: every address except machine senders (noreply@...).  URL only for
  links that carry a patient id, token or search parameters; generic system
  and terminology URLs are unmarked.  IP: every IPv4 address, server or
  client.
- MRN for medical record numbers (PID-3 MR, REF*EA, DICOM PatientID, mrn=);
  ACCOUNT for patient/visit/billing accounts (PID-18, PV1-19, CLM01);
  HEALTH_PLAN for member, subscriber, Medicare MBI, group and policy numbers;
  LICENSE for state licences, DEA and EMT licence numbers; DEVICE for
  equipment and implant serials, whole UDI strings, MAC/EUI-48, IMEI and
  ICCID; ID for NPIs, HL7 MSH-10/MSA-2 message control ids, e-mail
  Message-IDs, fax relay job ids, order/accession/specimen/claim/referral/
  trip/appointment/transport-request/prior-auth numbers, FHIR resource ids
  of patients, practitioners, related persons, encounters, observations and
  coverage, staff ids, badges and wander-band tags, app user and upload ids.
- ADDRESS is the street part (number, street, unit, PO box, rural route, lot)
  of any address, including a clinic's or billing provider's; in HL7 each
  street component is its own span.  GPS coordinates of a home or scene are
  ADDRESS (a lat/lon pair in one field is one span, separate fields two).
  CITY and ZIP likewise (ZIP+4 with or without hyphen, foreign postal codes);
  states and countries unmarked.
- Decisions beyond the rules: X12 envelope control numbers (ISA13, GS06,
  ST02/SE02) are batch plumbing and unmarked, while BHT03 and TRN02 are
  marked ID; an organisation's tax id (REF*EI), a payer id, NCPDP pharmacy
  id, clinic/vendor account codes, IT incident and EVS tickets, distributed
  trace ids, process ids, an X12 TRN03 originating-company id and
  transaction-bundle urn:uuid placeholders are unmarked; a masked SSN ("***-**-4471") is marked whole.

Stdlib only.  Run: python bench/data/make_deid_dev18.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_dev18.jsonl")
NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


# ---------------------------------------------------------------- HL7 ADT
note(
    "d18-01",
    "Adaeze Okafor",
    r"""
MSH|^~\&|EPICADT|NORTHGATE_MC|RHAPSODY|NGMC_LAB|[[D|20240311142207]]||ADT^A01^ADT_A01|[[ID|NG8831027]]|P|2.5.1|||AL|NE
PID|1||[[MRN|00448812]]^^^NGMC^MR||[[N|OKAFOR]]^[[N|ADAEZE]]^[[N|N]]||[[D|19620817]]|F|||[[ADDR|1187 Larkspur Ln]]^^[[C|Fallbrook Heights]]^OH^[[Z|44093]]^USA||[[PH|(440)555-0117]]^PRN^PH||ENG|M||[[ACCT|A7720448]]|[[SSN|912-44-0817]]
PV1|1|I|5N^512^A^NGMC|E|||[[ID|1093817264]]^[[N|LINDQVIST]]^[[N|ERIK]]^^^^MD|||MED||||7||||IN|[[ACCT|V30048812]]|||||||||||||||||||||||||[[D|20240311140500]]
""",
)

note(
    "d18-02",
    "Desmond Fairweather Jr",
    r"""
MSH|^~\&|MEDITECH|STCLARE|CLOVERLEAF|HIE|[[D|202405021618]]||ADT^A03|[[ID|MT-000571193]]|P|2.3
EVN|A03||||SVC_INTERFACE
PID|1||[[MRN|M0039114]]^^^STC^MR~[[SSN|903-18-2264]]^^^SSA^SS||[[N|FAIRWEATHER]]^[[N|DESMOND]]^[[N|R]]^JR||[[D|19410109]]|M||2106-3|[[ADDR|40 Quarry Rd]]^[[ADDR|Unit 2B]]^[[C|Millstone]]^NJ^[[Z|08535-1102]]||^PRN^PH^^1^[[PH|732^5550148]]
PV1|1|I|3S^318^1^STC|||||||CAR||||1||||IN|[[ACCT|400917733]]|MCR||||||||||||||||01|||||||[[D|202404281102]]|[[D|202405021540]]
DG1|1||I50.9^Heart failure, unspecified^I10|||F
DG1|2||N18.4^CKD stage 4^I10|||F
""",
)

note(
    "d18-03",
    "Bao Minh Nguyen (minor)",
    r"""
MSH|^~\&|REG|LAKEVIEW_PEDS|||[[D|20240619091544]]||ADT^A04|[[ID|LVP240619-0042]]|P|2.4
PID|1||[[MRN|LV-271904]]^^^LVP^MR||[[N|Nguyen]]^[[N|Bao]]^[[N|Minh]]||[[D|20170304]]|M|||[[ADDR|92 Cobble Hill Ct]]^^[[C|Ashby]]^MN^[[Z|56309]]||[[PH|218-555-0121]]
GT1|1||[[N|Tran]]^[[N|Linh]]||SAME AS PT|[[PH|218-555-0121]]||[[D|19880711]]|F||MTH|[[SSN|944-02-7731]]
IN1|1|MNMCD01|0042^MN MEDICAL ASSISTANCE|MN DEPT OF HUMAN SERVICES|||||||||[[D|20240101]]||||||01||||||||||||||||||||[[HP|00298471]]
""",
)

note(
    "d18-04",
    "Marguerite Brzezinski-Holt",
    r"""
MSH|^~\&|CERNER|RIVERBEND|||[[D|20231127233012]]||ADT^A08|[[ID|Q7719203]]|P|2.5
EVN|A08|[[D|20231127233012]]|||[[N|jquill]]
PID|1||[[MRN|RB0091277]]^^^RBH^MR||[[N|BRZEZINSKI-HOLT]]^[[N|MARGUERITE]]^^^^^L~[[N|HOLT]]^[[N|MARGUERITE]]^^^^^M||[[D|19300522]]|F|||[[ADDR|3 Chandler Wharf Apt 1
4C]]^^[[C|Port Adley]]^M
!! ERR 207 segment PID truncated at byte 512 (field 11.4); msg held in queue ADT_IN_03, retry 3 of 5
!! next segment expected PV1, got EOF
""",
)

note(
    "d18-05",
    "Siobhan O'Reilly",
    r"""
MSH|^~\&|PMS|HARBORVIEW FAMILY PRACTICE|MPI|STATE_HIE|[[D|20240907081122-0400]]||ADT^A31^ADT_A05|[[ID|HFP00091882]]|P|2.5.1
PID|1||[[MRN|HF118204]]^^^HFP^MR~[[HP|7HD3QR2NK41]]^^^CMS^MC||[[N|o'reilly]]^[[N|siobhan]]^[[N|f]]||[[D|19490130]]|F|||[[ADDR|77 Ellery St]]^c/o [[N|D. O'Reilly]]\S\rear door^[[C|Quincy Point]]^MA^[[Z|02169]]||[[PH|617-555-0130]]^PRN^PH~^NET^Internet^[[EM|sob.oreilly49@post.example]]||ENG|W
PD1|||HARBORVIEW FAMILY PRACTICE^^4471
NTE|1||Pt requests mail to daughter\T\son-in-law address per [[D|9/5]] call
""",
)

# ---------------------------------------------------------------- HL7 ORU
note(
    "d18-06",
    "Roland Abernathy",
    r"""
MSH|^~\&|SUNQUEST|CASCADE_LAB|EPIC|CASCADE|[[D|20240214052311]]||ORU^R01|[[ID|SQ24045-118832]]|P|2.3.1
PID|1||[[MRN|C2204917]]||[[N|ABERNATHY]]^[[N|ROLAND]]||[[D|19571102]]|M
OBR|1|[[ID|ORD7731902]]|[[ID|24045CB0331]]|CBC^COMPLETE BLOOD COUNT^L|||[[D|202402140430]]|||||||||BLD
OBX|1|NM|WBC^WBC^L||1.9|10*3/uL|4.0-11.0|LL|||F
OBX|2|NM|HGB^HEMOGLOBIN^L||6.8|g/dL|13.5-17.5|LL|||F
OBX|3|NM|PLT^PLATELETS^L||22|10*3/uL|150-400|LL|||F
NTE|1|L|CRITICAL RESULT(S) CALLED TO AND READ BACK BY [[N|K SZABO]] RN 4 WEST AT 0512 [[D|02/14/24]] BY [[N|DRJ]]
""",
)

note(
    "d18-07",
    "Ines Castellanos",
    r"""
MSH|^~\&|COPATH|STVINCENT_PATH|||[[D|20240522160405]]||ORU^R01|[[ID|CP0000982211]]|P|2.5
PID|||[[MRN|SV-5582031]]||[[N|Castellanos]]^[[N|Ines]]^[[N|M]]||[[D|1968-04-22]]|F
OBR|1||[[ID|S24-11873]]|88305^SURGICAL PATHOLOGY|||[[D|20240520]]
OBX|1|TX|FINAL DX||BREAST, LEFT, 2 O'CLOCK, CORE BX: INVASIVE DUCTAL CA, NOTTINGHAM GR 2 (3+2+1=6/9).||||||F
OBX|2|TX|FINAL DX||ER 95% strong, PR 40%, HER2 IHC 1+ (block A2, lot 88213K).||||||F
OBX|3|TX|COMMENT||Case reviewed with Dr. [[N|Ahlgren]] at consensus conf [[D|5/21]].||||||F
OBX|4|TX|SIGNOUT||Electronically signed [[N|Ruth Ahlgren]], MD [[D|05/22/2024]] 15:58||||||F
""",
)

note(
    "d18-08",
    "Jasper Quill",
    r"""
MSH|^~\&|MICRO|TRI_COUNTY_LAB|||[[D|20240108110902]]||ORU^R01|[[ID|TCL0108-7731]]|P|2.4
PID|1||[[MRN|TC00187342]]&&&TCL&MR||[[N|QUILL]]&[[N|JASPER]]||[[D|19851229]]|M
OBR|1|[[ID|PL88120734]]|[[ID|FL24008-0441]]|87086^URINE CULTURE|||[[D|202401061945]]||||||||URINE, CLEAN CATCH&[[ID|SP-24-0006612]]
OBX|1|ST|CULT^CULTURE||>100,000 CFU/mL Escherichia coli||||||F
OBX|2|ST|SUSC^SUSCEPTIBILITY||Nitrofurantoin S (MIC <=16); TMP/SMX R (MIC >=4/76)||||||F
NTE|1||Wrong component separator (&) received from sender TCL; parsed with fallback rule 12.
""",
)

# ---------------------------------------------------------------- HL7 RDE / MFN / BAR
note(
    "d18-09",
    "Greta Halvorsen",
    r"""
MSH|^~\&|PHARMNET|MERCY_EAST|OMNICELL|MERCY_EAST|[[D|20240403201755]]||RDE^O11^RDE_O11|[[ID|RX5520193]]|P|2.5
PID|1||[[MRN|ME7730051]]^^^MERCY^MR||[[N|HALVORSEN]]^[[N|GRETA]]^[[N|L]]||[[D|19301015]]|F
PV1|1|I|6E^611^2^MERCY_EAST
ORC|NW|[[ID|OE4471209]]|||||||[[D|20240403201700]]|||[[ID|1285937460]]^[[N|VASQUEZ-RUIZ]]^[[N|CARMEN]]^^^^MD
RXE|^^^[[D|20240403210000]]^^R|00409-1966-01^MORPHINE SULFATE 2MG/ML INJ^NDC|2||MG|INJ^injection|IV Q4H PRN pain||||||||[[LIC|BV4419277]]
RXR|IV^Intravenous
NTE|1||Verified by [[N|ptanaka]] (PharmD) - renal dose ok, CrCl 28 mL/min, wt 51.2 kg
""",
)

note(
    "d18-10",
    "staff master: Folasade Oyelaran",
    r"""
MSH|^~\&|CREDENTIALING|WESTBROOK_HEALTH|EHR|WESTBROOK_HEALTH|[[D|20240801000500]]||MFN^M02^MFN_M02|[[ID|CRD20240801-17]]|P|2.5
MFI|PRA^Practitioner Master File^HL70175||UPD|||NE
MFE|MAD|||[[ID|4417]]^^WBH_STAFF_ID
STF|[[ID|4417]]||[[N|OYELARAN]]^[[N|FOLASADE]]^[[N|T]]^^DR^MD|P|F||A|CARD||[[PH|(207)555-0174]]^WPN^PH~[[FX|(207)555-0199]]^WPN^FX~^NET^Internet^[[EM|f.oyelaran@westbrook-health.example]]|[[ADDR|18 Tamarack Way]]^^[[C|Gorham]]^ME^[[Z|04038]]|
PRA|[[ID|4417]]|||I|CARD^Cardiology|Y|[[LIC|MD22817]]^ME~[[LIC|BO1183025]]^DEA^[[D|20270228]]
""",
)

note(
    "d18-11",
    "Anneke Pietersen",
    r"""
MSH|^~\&|PATACCT|GLENWOOD_REG|CLAIMSCRUB|GLENWOOD_REG|[[D|20240930184420]]||BAR^P01|[[ID|BAR-66019284]]|P|2.3
EVN|P01|[[D|20240930]]
PID|1||[[MRN|GR-0662190]]||[[N|PIETERSEN]]^[[N|ANNEKE]]||[[D|19720118]]|F|||||||||||[[ACCT|88190023411]]|[[SSN|***-**-4471]]
PV1|1|O|ORTHO CLINIC^^^GLENWOOD_REG
FT1|1|[[ID|T0093318]]||[[D|20240926]]||CG|29881^KNEE ARTHROSCOPY/SURGERY^CPT|||1|||||||||M23.221^^I10
IN1|1|AET01|60054^AETNA|||||[[HP|0817442-010-00013]]||||||||[[N|PIETERSEN]]^[[N|ANNEKE]]|01|||||||||||||||||||[[HP|W188402271]]
""",
)

note(
    "d18-12",
    "Hiroshi Tanaka (ICU monitor feed)",
    r"""
MSH|^~\&|PHILIPS_IIC|ICU_GW|EHR|RIVERSIDE|[[D|20240712031500+0000]]||ORU^R01^ORU_R01|[[ID|8f3c2a7e-0d41-4b9a-9e55-2c7e1d90a6b1]]|P|2.6|||NE|AL||UNICODE UTF-8|||IHE_PCD_001^IHE PCD^1.3.6.1.4.1.19376.1.6.1.1.1^ISO
PID|||[[MRN|RS1184207]]^^^RIVERSIDE^MR||[[N|TANAKA]]^[[N|HIROSHI]]^^^^^L
PV1||I|ICU^BED07^^RIVERSIDE
OBR|1|[[ID|AB12340001]]^ICU_GW||182777000^monitoring of patient^SCT|||[[D|20240712031500+0000]]
OBX|1|NM|150456^MDC_PULS_OXIM_SAT_O2^MDC|1.1.1.1|91|262688^MDC_DIM_PERCENT^MDC|||||R|||||||[[DEV|MX800-DE71930488]]^PHILIPS~[[DEV|00:09:FB:3C:41:7A]]^EUI-48
OBX|2|NM|147842^MDC_ECG_HEART_RATE^MDC|1.1.1.2|118|264864^MDC_DIM_BEAT_PER_MIN^MDC|||||R
""",
)

note(
    "d18-13",
    "Lucienne Dubois",
    r"""
[[D|2024-02-29]] 07:41:12,883 WARN [mllp-listener-2] parse error at seg 2: expected '^' found ','
raw=MSH|^~\&|UCARE|QUICKMED_ELM|||[[D|20240229074109]]||ADT^A04|[[ID|QM77120]]|P|2.3<CR>PID|1||[[MRN|QM-004418]]||[[N|DUBOIS]],[[N|LUCIENNE]]||[[D|19911230]]|F|||[[ADDR|2250 W Carrow Ave]],,[[C|Elm Grove]],WI,[[Z|53122]]||[[PH|262.555.0108]]<CR>PV1,1,E,UC^ROOM 3,,,,,,,,URG<CR>
[[D|2024-02-29]] 07:41:12,884 INFO [mllp-listener-2] NAK sent (AR) ctrl=[[ID|QM77120]] peer=quickmed-elm-ifc:6661
""",
    allow=("Elm",),
)

note(
    "d18-14",
    "Baby girl Garcia-Perez (twin A)",
    r"""
MSH|^~\&|ADT|STLUKES_WOMENS|||[[D|20240115032744]]||ADT^A01|[[ID|SLW0115000318]]|P|2.5.1
PID|1||[[MRN|SLW2400318]]^^^SLW^MR||[[N|GARCIA-PEREZ]]^BABYGIRL^^^^^B~[[N|GARCIA-PEREZ]]^BG A^^^^^B||[[D|202401150251]]|F|||||||||||[[ACCT|NB240115-03]]||||||Y|1
NK1|1|[[N|GARCIA-PEREZ]]^[[N|YESENIA]]|MTH^Mother|[[ADDR|514 Saguaro Bend]]^^[[C|Tolleson]]^AZ^[[Z|85353]]|[[PH|623-555-0111]]||||||||||||||||||||||||||||[[MRN|SLW0093321]]
PV1|1|I|NBN^N12^1^SLW|N||||||NBN
""",
)

note(
    "d18-15",
    "unidentified trauma patient TRAUMA KILO",
    r"""
MSH|^~\&|STAR|COUNTY_GEN_ED|||[[D|20240706011902]]||ADT^A04|[[ID|CGE240706-0007]]|P|2.3
PID|1||[[MRN|CG-9900417]]^^^CGH^MR||TRAUMA^KILO^^^^^U||19000101|U|||UNKNOWN^^UNKNOWN^^00000||||||||[[ACCT|E240706-0007]]
PV1|1|E|EDTR^TB2^^CGH|E|||[[ID|1447820593]]^[[N|BRENNAN-OSEI]]^[[N|KOFI]]||||||||||||[[ACCT|E240706-0007]]
NTE|1||Unidentified adult M approx 40s. Found at [[ADDR|Rte 9 \T\ Hollis Rd]], [[C|Dunmore]] per Medic 14. Property logged by Ofc. [[N|Pruitt]] badge [[ID|4418]]. Alias TRAUMA KILO until ID confirmed.
""",
)

# ---------------------------------------------------------------- FHIR
note(
    "d18-16",
    "Penelope June Ashworth",
    r"""
{"resourceType":"Patient","id":"[[ID|pt-7c41e09a]]","meta":{"versionId":"3","lastUpdated":"[[D|2024-10-02T17:44:09.512Z]]"},
 "identifier":[{"use":"usual","type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MR"}]},"system":"urn:oid:1.2.840.114350.1.13.441.2.7.5.737384.14","value":"[[MRN|E4471093]]"}],
 "name":[{"use":"official","family":"[[N|Ashworth]]","given":["[[N|Penelope]]","[[N|June]]"]}],
 "telecom":[{"system":"phone","value":"[[PH|+1 503 555 0126]]","use":"mobile"},{"system":"email","value":"[[EM|penny.ashworth@mailbox.example]]"}],
 "gender":"female","birthDate":"[[D|1932-07-19]]",
 "address":[{"line":["[[ADDR|6120 SE Division St]]","[[ADDR|Apt 308]]"],"city":"[[C|Portland]]","state":"OR","postalCode":"[[Z|97206]]"}]}
""",
)

note(
    "d18-17",
    "Marcus Delaney-Quist",
    r"""
{
  "resourceType": "Encounter",
  "id": "[[ID|enc-20931877]]",
  "status": "finished",
  "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "EMER"},
  "identifier": [{"system": "https://ehr.bayside.example/visit", "value": "[[ACCT|VN00882013]]"}],
  "subject": {"reference": "Patient/[[ID|pt-33a0f8]]", "display": "[[N|Marcus Delaney-Quist]]"},
  "participant": [{"individual": {"reference": "Practitioner/[[ID|prac-1780]]", "display": "Dr. [[N|Ingrid Solvang]]"}}],
  "period": {"start": "[[D|2024-12-24T21:07:00-08:00]]", "end": "[[D|2024-12-25T03:52:00-08:00]]"},
  "reasonCode": [{"coding": [{"system": "http://snomed.info/sct", "code": "29857009", "display": "Chest pain"}], "text": "CP since [[D|Christmas Eve]] dinner"}],
  "serviceProvider": {"display": "Bayside Community Hospital"}
}
""",
)

note(
    "d18-18",
    "Dmitri Holloway",
    r"""
{"resourceType":"Observation","id":"[[ID|obs-bp-5519203]]","status":"final",
"category":[{"coding":[{"code":"vital-signs"}]}],
"code":{"coding":[{"system":"http://loinc.org","code":"85354-9","display":"Blood pressure panel"}]},
"subject":{"reference":"Patient/[[ID|88417]]","display":"[[N|HOLLOWAY, Dmitri]]"},
"effectiveDateTime":"[[D|2025-01-06T07:12:44-05:00]]",
"performer":[{"reference":"RelatedPerson/[[ID|rp-2291]]","display":"[[N|Vera Holloway]] (wife)"}],
"device":{"display":"Omron HEM-7361T sn [[DEV|20210300417HD]]"},
"component":[{"code":{"coding":[{"code":"8480-6"}]},"valueQuantity":{"value":162,"unit":"mmHg"}},
{"code":{"coding":[{"code":"8462-4"}]},"valueQuantity":{"value":97,"unit":"mmHg"}}],
"note":[{"text":"home reading uploaded via app; pt also texts [[PH|(614) 555-0152]]"}]}
""",
)

note(
    "d18-19",
    "Theo Achterberg",
    r"""
{"resourceType":"Coverage","id":"[[ID|cov-60213]]","status":"active",
"identifier":[{"system":"http://cascadehealthplan.example/member","value":"[[HP|CHP884120937-02]]"}],
"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"HIP"}]},
"subscriber":{"reference":"RelatedPerson/[[ID|rp-60213-m]]","display":"[[N|Rosalind Achterberg]]"},
"subscriberId":"[[HP|CHP884120937]]",
"beneficiary":{"reference":"Patient/[[ID|pt-a9920]]","display":"[[N|Theo Achterberg]]"},
"dependent":"02","relationship":{"coding":[{"code":"child"}]},
"period":{"start":"[[D|2024-01-01]]","end":"[[D|2024-12-31]]"},
"payor":[{"display":"Cascade Health Plan"}],
"class":[{"type":{"coding":[{"code":"group"}]},"value":"[[HP|GRP-77104]]","name":"Lumen Dental Labs PPO"},
{"type":{"coding":[{"code":"plan"}]},"value":"PPO-SILVER-3","name":"Silver 3"}]}
""",
)

note(
    "d18-20",
    "Mei-Ling Hargreaves (daughter)",
    r"""
{
 "resourceType" : "RelatedPerson",
 "id" : "[[ID|rp-40017]]",
 "active" : true,
 "patient" : { "reference" : "Patient/[[ID|pt-19920]]" },
 "relationship" : [ { "coding" : [ { "system" : "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code" : "DAU", "display" : "daughter" } ] } ],
 "name" : [ { "text" : "[[N|Mei-Ling Hargreaves]]", "family" : "[[N|Hargreaves]]", "given" : [ "[[N|Mei-Ling]]" ] } ],
 "telecom" : [ { "system" : "phone", "value" : "[[PH|312-555-0147 x220]]", "use" : "work" }, { "system" : "fax", "value" : "[[FX|312-555-0148]]" } ],
 "birthDate" : "[[D|1961-09-30]]",
 "address" : [ { "text" : "[[ADDR|PO Box 4417]], [[C|Evanston]], IL [[Z|60204-4417]]" } ]
}
""",
)

note(
    "d18-21",
    "Dr Ludmila Kaczmarek (practitioner)",
    r"""
{"resourceType":"Practitioner","id":"[[ID|1679254038]]",
"identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":"[[ID|1679254038]]"},
{"system":"urn:oid:2.16.840.1.113883.4.814","type":{"text":"State medical license (VT)"},"value":"[[LIC|042.0098113]]"},
{"type":{"text":"DEA"},"value":"[[LIC|MK5290034]]"}],
"name":[{"family":"[[N|Kaczmarek]]","given":["[[N|Ludmila]]"],"prefix":["Dr."],"suffix":["DO"]}],
"telecom":[{"system":"phone","value":"[[PH|802-555-0193]]","use":"work"},{"system":"email","value":"[[EM|lkaczmarek@greenmtnortho.example]]"}],
"address":[{"use":"work","line":["[[ADDR|1 Depot Sq Ste 210]]"],"city":"[[C|Rutland]]","state":"VT","postalCode":"[[Z|05701]]"}],
"qualification":[{"code":{"text":"Orthopaedic Surgery"}}],
"gender":"female"}
""",
)

note(
    "d18-22",
    "Remi Olatunji",
    r"""
{"resourceType":"Bundle","type":"transaction","timestamp":"[[D|2024-08-19T10:02:55Z]]","entry":[
{"fullUrl":"[[URL|https://fhir.kestrelhealth.example/r4/Patient/kh-0028814]]","resource":{"resourceType":"Patient","id":"[[ID|kh-0028814]]",
"name":[{"family":"[[N|Olatunji]]","given":["[[N|Remi]]"]}],"birthDate":"[[D|1929-11-02]]",
"extension":[{"url":"http://hl7.org/fhir/StructureDefinition/patient-age","valueAge":{"value":[[A|94]],"unit":"a"}}],
"address":[{"line":["[[ADDR|Lot 17, Whispering Pines MHP]]"],"city":"[[C|Ocala]]","postalCode":"[[Z|34482]]"}]}},
{"fullUrl":"urn:uuid:61ebe359-bfdc-4613-8bf2-c5e300945f0a","resource":{"resourceType":"Observation","status":"prelim","subject":{"reference":"Patient/[[ID|kh-0028814]]"},"effectiveDateTime":"[[D|2024-08]]-
""",
)

# ---------------------------------------------------------------- X12
note(
    "d18-23",
    "Claudette Beauchesne",
    r"""
ISA*00*          *00*          *ZZ*SUBMIT4471     *ZZ*CLEARHOUSE01   *[[D|240311]]*1422*^*00501*000004471*0*P*:~
GS*HC*SUBMIT4471*CLEARHOUSE01*[[D|20240311]]*1422*4471*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*[[ID|BT88120044]]*[[D|20240311]]*1422*CH~
NM1*85*2*PINE RIDGE FAMILY MEDICINE*****XX*[[ID|1558301742]]~
REF*EI*020334718~
HL*2*1*22*0~
SBR*P*18*******CI~
NM1*IL*1*[[N|BEAUCHESNE]]*[[N|CLAUDETTE]]*[[N|M]]***MI*[[HP|YHX771204483]]~
N3*[[ADDR|7 OLD TOLL RD]]~
N4*[[C|HOPKINTON]]*NH*[[Z|03229]]~
DMG*D8*[[D|19550614]]*F~
CLM*[[ACCT|PRFM-20931]]*185***11:B:1*Y*A*Y*Y~
DTP*472*D8*[[D|20240307]]~
SV1*HC:99214:25*185*UN*1***1~
""",
)

note(
    "d18-24",
    "Nils Westergaard",
    r"""
ST*837*0219*005010X223A2~BHT*0019*00*[[ID|0219-88411]]*[[D|20240502]]*0930*CH~NM1*85*2*SAINT AGNES MEDI
CAL CENTER*****XX*[[ID|1093844120]]~N3*[[ADDR|1500 S 9TH ST]]~N4*[[C|SALINA]]*KS*[[Z|67401]]~REF*EI*480551203~HL*2*1*22*0~SBR*P*18*******MC~NM1*IL*1*[[N|WESTER
GAARD]]*[[N|NILS]]****MI*[[HP|3TR8JK4PW62]]~N3*[[ADDR|RR 2 BOX 118]]~N4*[[C|LINDSBORG]]*KS*[[Z|67456]]~DMG*D8*[[D|19330207]]*M~NM1*PR*2*MEDICARE PART A*****PI*04111~CLM*[[ACCT|SAMC7720193]]*18442.50***11:A:1**A*Y*Y~DTP*434*RD8*[[D|20240418]]-[[D|20240423]]~CL1*1*7*01~HI*ABK:J18.9*ABF:I48.91~SV2*0450*HC:99285*2140*UN*1~SE*21*0219~
""",
)

note(
    "d18-25",
    "Kelechi Abara (dependent)",
    r"""
NM1*IL*1*[[N|ABARA]]*[[N|NGOZI]]****MI*[[HP|UHC90017733401]]~
HL*3*2*23*0~
PAT*19~
NM1*QC*1*[[N|ABARA]]*[[N|KELECHI]]~
N3*[[ADDR|3310 BRAMBLEWOOD DR]]*[[ADDR|APT 5]]~
N4*[[C|DECATUR]]*GA*[[Z|30033]]~
DMG*D8*[[D|20110923]]*M~
CLM*[[ACCT|26640018-01]]*420***11:B:1*Y*A*Y*Y~
REF*D9*[[ID|CLM0004418820]]~
REF*EA*[[MRN|PCH0912277]]~
HI*ABK:F90.2*ABF:F81.0~
LX*1~
SV1*HC:96130*260*UN*1***1~
DTP*472*D8*[[D|20240214]]~
LX*2~
SV1*HC:96131*160*UN*1**
""",
)

# ---------------------------------------------------------------- exports
note(
    "d18-26",
    "4N census export",
    r"""
unit,room,bed,mrn,patient_name,dob,age,admit_dt,attending,los_days,isolation
4N,412,A,[[MRN|600218834]],"[[N|Ferreira, Joaquim]]",[[D|03/14/1931]],[[A|93]],[[D|2024-11-02]] 18:40,[[N|Whitcombe]],5,CONTACT
4N,412,B,,,,,,,,
4N,415,A,[[MRN|600330087]],"[[N|Eklund, Britt-Marie]]",[[D|01/09/1934]],[[A|90]],[[D|2024-10-29]] 07:05,[[N|Rao-Kinsella]],9,
4N,416,,,"BLOCKED - MAINT",,,,,,
# exported [[D|2024-11-07]] 06:00 by svc_bedboard  rows=4
""",
)

note(
    "d18-27",
    "lab TSV export",
    r"""
accession<TAB>collected<TAB>mrn<TAB>last<TAB>first<TAB>sex<TAB>test<TAB>result<TAB>units<TAB>flag<TAB>verified_by
[[ID|L24-118830]]<TAB>[[D|2024-06-03]] 06:12<TAB>[[MRN|KW5520918]]<TAB>[[N|Szabo]]<TAB>[[N|Imre]]<TAB>M<TAB>K<TAB>5.9<TAB>mmol/L<TAB>H<TAB>[[N|jmcnally]]
[[ID|L24-118871]]<TAB>[[D|2024-06-03]] 06:40<TAB>[[MRN|KW0093314]]<TAB>[[N|Eze-Larsen]]<TAB>[[N|Nkem]]<TAB>F<TAB>TSH<TAB>0.02<TAB>uIU/mL<TAB>L<TAB>autoverify
L24-QC0602<TAB>2024<TAB><TAB>QCMATERIAL<TAB>LEVEL 2<TAB><TAB>HCG-QL<TAB>NEG<TAB><TAB>QC<TAB>lot 4471B exp 2025
""".replace("<TAB>", "\t"),
)

note(
    "d18-28",
    "ICU bed board",
    r"""
BED;STATUS;PT;MRN;ATTND;RN;EDD;NOTES
ICU-01;OCC;[[N|whitlock, gerald]];[[MRN|0091182]];dr [[N|okoro]];[[N|jess p]];[[D|11/9]];vent, fam mtg w/ son [[N|Ray]] [[D|Thurs]] 2pm
ICU-02;DIRTY;;;;;;EVS notified 0915 tkt 44120
ICU-03;OCC;ISOLATION HOLD;;;;;CRRT machine 4471 in room, PT/OT Tues/Thurs
ICU-04;OCC;"[[N|O'Hanlon, B]]";[[MRN|0099371]];[[N|Petrakis]];[[N|jess p]];;C.diff contact iso; DNR/DNI; [[A|93]]F, fam aware
ICU-05;CLEAN;;;;;;
""",
    allow=("Thurs",),
)

note(
    "d18-29",
    "Westside OB schedule export",
    r"""
"Appt ID","Date","Time","Provider","Patient","DOB","Phone","Visit Type","Location","Status"
"[[ID|A-7730912]]","[[D|2025-02-17]]","08:30","[[N|Beaumont-Diallo, R.]]","[[N|Quintero, Alba]]","[[D|1990-05-05]]","[[PH|915-555-0135]]","NEW OB","WESTSIDE WOMEN'S CLINIC RM 4","Confirmed"
"[[ID|A-7730955]]","[[D|2025-02-17]]","09:00","[[N|Beaumont-Diallo, R.]]","[[N|Hsu, Wen-Jie]]","[[D|1983-11-19]]","[[PH|915-555-0176]] (cell) / msg w/ husband","ROUTINE OB 28W","WESTSIDE WOMEN'S CLINIC RM 2","Arrived"
""",
)

# ---------------------------------------------------------------- logs
note(
    "d18-30",
    "patient portal auth log",
    r"""
ts=[[D|2024-09-14T02:17:33.118Z]] level=info svc=portal-auth host=pa-web-02 pid=23817 msg="login ok" user=[[N|hmarchetti]] patient_mrn=[[MRN|W0048812]] src_ip=[[IP|203.0.113.47]] ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_5)" latency_ms=412
ts=[[D|2024-09-14T02:18:02.551Z]] level=warn svc=portal-msg host=pa-web-02 pid=23817 msg="proxy access" proxy_user=[[EM|dana.marchetti@inbox.example]] for_patient=[[MRN|W0048812]] relation=daughter session=expired
ts=[[D|2024-09-14T02:18:09.004Z]] level=error svc=portal-msg host=pa-web-02 pid=23817 msg="send failed" thread_id=[[ID|MSG-5530019]] to=[[N|apellegrino]] err="413 payload too large" size_kb=10240
""",
)

note(
    "d18-31",
    "refill service JSON log",
    r"""
{"@timestamp":"[[D|2024-05-30T16:40:12.007-06:00]]","level":"INFO","logger":"c.m.rx.RefillService","thread":"http-nio-8443-exec-7","message":"refill request queued","patientId":"[[ID|P00917733]]","rxNumber":"[[ID|7741920]]","pharmacyNcpdp":"0519283","requestedBy":"[[EM|lbechtold@yahoo.example]]","clientIp":"[[IP|10.41.7.122]]","build":"3.18.0-rc2"}
{"@timestamp":"[[D|2024-05-30T16:40:12.391-06:00]]","level":"ERROR","logger":"c.m.rx.RefillService","message":"prescriber not found","npi":"[[ID|1164409823]]","prescriberName":"[[N|GUNDERSEN, TOVE]]","exception":"java.lang.IllegalStateException: no active DEA on file for [[LIC|AG2204915]]"}
""",
)

note(
    "d18-32",
    "audit trail CSV",
    r"""
event_time,user_id,user_name,role,patient_mrn,patient_name,action,object,workstation,ip
[[D|2024-07-21]] 03:12:45,[[N|akhoury]],"[[N|Khoury, Amal]]",RN,[[MRN|H3309182]],"[[N|VANTERPOOL, CEDRIC]]",VIEW,MAR,WS-5E-NS02,[[IP|10.12.88.41]]
[[D|2024-07-21]] 03:40:19,[[N|tgreer]],"[[N|Greer, Tobias]]",MD,[[MRN|H3309182]],"[[N|VANTERPOOL, CEDRIC]]",BTG_ACCESS,"reason='covering for Dr. [[N|Nakamura]]'",VPN-CLIENT,[[IP|172.20.14.9]]
[[D|2024-07-21]] 03:55:00,epic_batch,,SYSTEM,,,"PURGE_TMP",/tmp/cache,ehrbatch01,
""",
)

note(
    "d18-33",
    "access log report",
    r"""
ACCESS LOG REPORT  Run: [[D|08/02/2024]] 07:00  Filter: MRN=[[MRN|004418207]]  Page 1 of 1
DATE/TIME         USER        NAME                  ACTION        WKSTN
[[D|07/29/2024]] 14:02  [[N|RPATIL]]      [[N|PATIL, ROHAN]]          CHART OPEN    CLN-OB-11
[[D|07/30/2024]] 22:47  [[N|SWHELAN]]     [[N|WHELAN, SHAUNA]]        PRINT AVS     [[IP|192.168.40.118]]
[[D|07/31/2024]] 09:10  INTFC_RHAP    INTERFACE             RESULT FILE   RHAP-PRD-01
Patient: [[N|LOMBARDI-ASANTE, GIULIA]]  DOB [[D|02/02/1951]]  Total events: 3
""",
)

# ---------------------------------------------------------------- devices
note(
    "d18-34",
    "Ibrahim S. (wearable)",
    r"""
{"upload_id":"[[ID|u-20240412-77f3]]","device":{"model":"Pulse Band 4","fw":"4.11.2","serial":"[[DEV|PB4-0038-771920]]","mac":"[[DEV|C4:7D:2A:90:11:3F]]"},
"account":{"email":"[[EM|coach.ibrahim.s@fitmail.example]]","display_name":"[[N|Ibrahim S.]]","user_id":"[[ID|usr_55201874]]"},
"tz":"America/Chicago","day":"[[D|2024-04-11]]",
"summary":{"steps":11402,"resting_hr":52,"sleep_min":431,"spo2_avg":96},
"events":[{"t":"[[D|2024-04-11T06:02:11-05:00]]","type":"irregular_rhythm_notification","hr":141},
{"t":"[[D|2024-04-11T21:40:07-05:00]]","type":"fall_detected","lat":[[ADDR|41.8827]],"lon":[[ADDR|-87.6233]],"contact_notified":"[[PH|773-555-0104]]"}],
"app":"PulseSync 9.2 (Android 14)"}
""",
)

note(
    "d18-35",
    "Zoltan Kovacs (CPAP)",
    r"""
=== AirFlow Cloud therapy upload ===
Device: AirFlow S11 AutoSet   SN: [[DEV|23191847302]]   Modem IMEI: [[DEV|358240051177049]]
Patient: [[N|KOVACS, ZOLTAN]]   DOB: [[D|06-Sep-1947]]   Patient ID: [[ID|AFC-1180023]]
DME: Keystone Respiratory Supply (branch 033)
Period: [[D|01-Mar-2024]] to [[D|30-Mar-2024]]  (30 nights)
Usage >=4h: 26/30 (87%)   AHI 3.1   Leak 95th 18.4 L/min   Pressure 95th 11.2 cmH2O
Mask: AirFit F20 M   Humidifier 4   Ramp AUTO
Compliance letter auto-faxed to [[FX|(412) 555-0187]] attn [[N|Rhoda Pfeiffer]], NP on [[D|31-Mar-2024]]
Uploaded by app user [[N|zkovacs47]] via home Wi-Fi
""",
)

note(
    "d18-36",
    "Pham Thi Lan (CGM)",
    r"""
Glucose Report export,,,,
Name,[[N|Pham Thi Lan]],,,
DOB,[[D|1952-10-08]],,,
Sensor serial,[[DEV|0MJ7KQ3FT2]],Transmitter,[[DEV|8GT4V2]],
Clinic,Sunbelt Endocrine - Dr. [[N|Oduya]],,,
Index,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,Glucose Value (mg/dL),Insulin (u)
1,[[D|2024-02-20T07:05:00]],EGV,142,
2,[[D|2024-02-20T07:10:00]],EGV,139,
3,[[D|2024-02-20T07:14:00]],Insulin,,4.5
4,[[D|2024-02-20T07:20:00]],Calibration,61,
""",
)

note(
    "d18-37",
    "Lorraine Beckwith-Amani (RPM hub)",
    r"""
[[D|Mar  4]] 06:31:10 hub-7f2a bpgw[1182]: BLE connect addr=[[DEV|E8:4F:25:0B:9C:D1]] model=UA-651BLE fw=2.3
[[D|Mar  4]] 06:31:14 hub-7f2a bpgw[1182]: reading sys=148 dia=92 pulse=77 irregular=0 user_slot=2
[[D|Mar  4]] 06:31:14 hub-7f2a bpgw[1182]: slot 2 -> enrollee [[ID|RPM-004471-B]] ([[N|Lorraine Beckwith-Amani]])
[[D|Mar  4]] 06:31:15 hub-7f2a bpgw[1182]: POST [[URL|https://rpm.example.com/v2/readings?enrollee=RPM-004471-B]] -> 201
[[D|Mar  4]] 06:31:15 hub-7f2a cellmod[901]: ICCID [[DEV|8901260882295107741]] rssi=-87 ip=[[IP|100.72.16.209]]
""",
)

note(
    "d18-38",
    "Karl Ebbesen (pacemaker remote)",
    r"""
REMOTE TRANSMISSION SUMMARY - CardioLink Network
Clinic: Heart Rhythm Associates of Tidewater   Clinic acct: HRA-VA-022
Patient: [[N|Ebbesen, Karl]]   DOB: [[D|4/18/1932]] ([[A|92]] y)   Pt ID: [[ID|CLN-0449102]]
Device: Azure XT DR MRI SureScan W1DR01   SN: [[DEV|RNB619204S]]   Implanted: [[D|9/12/2019]] by Dr. [[N|Anand Choksi]]
RA lead 5076-52cm (abandoned 2019)   RV lead 5076-58cm SN [[DEV|PJN7730871]]
Transmission: [[D|11/03/2024]] 02:14 (scheduled)   Battery: 7.9 yr   RV threshold 0.75 V @ 0.4 ms
AT/AF burden 2.1%  longest episode 3h12m on [[D|10/21]]   VHR: 0 episodes
Reviewed: [[N|M. Ferraro]], CCDS  [[D|11/04/2024]]   Next remote: [[D|02/2025]]
""",
)

# ---------------------------------------------------------------- fax / e-mail
note(
    "d18-39",
    "Arturo Benavidez (prior auth fax)",
    r"""
========== eFax Cover Sheet ==========
Date: [[D|Tuesday, January 9, 2024]] 3:41 PM
To: [[N|Graciela Montoya]], Utilization Review      Fax: [[FX|+1 (505) 555-0161]]
From: [[N|Paul Hendry]] <[[EM|phendry@sandiaortho.example]]>   Phone: [[PH|505-555-0102 ext. 4417]]
Pages: 6 (including cover)
RE: Prior auth - [[N|Arturo Benavidez]], DOB [[D|7/7/1966]], Member # [[HP|XQN4418830217]]
    CPT 27447 L TKA; ICD-10 M17.12; requested DOS [[D|1/29/24]]
Message: Please find attached clinicals. Call me w/ auth # or fax determination to the number above.
--
CONFIDENTIALITY NOTICE: This facsimile contains PHI. If received in error notify sender at [[PH|505-555-0102]] and destroy.
Sent via MailFax relay mfx-03 job [[ID|88120417]]
""",
)

note(
    "d18-40",
    "Leona Grimshaw (OCR fax)",
    r"""
FAX TRANSM1TTAL -- PLEASE DELIVER IMMEDIATELY
T0: DR. [[N|H0LLIS VANCE]] / PULM0NARY ASSOC.      FAX# [[FX|(919)555-O144]]
FR0M: [[N|TAMIKA REESE-BOYD]], RN CASE MGR - PIEDM0NT VALLEY HOSP.   PH [[PH|919 555 0l38]]
DATE: [[D|O3/O5/2O24]]   PAGES: 4
PT: [[N|GRIMSHAW, LEONA]]   DOB: [[D|1l/22/1929]]   ACCT [[ACCT|PV88O1224]]
PT IS [[A|94]] Y/O ON 2L O2, NEEDS HOME O2 RE-QUAL BEF0RE D/C [[D|FRIDAY]].
PLS SIGN CMN (CMS-484) & RETURN T0 FAX [[FX|919-555-0l39]].  SPO2 RA 86% AT REST [[D|3/4]].
IF Y0U HAVE QUESTI0NS CALL [[N|TAMIKA]] AT THE # ABOVE.
""",
)

note(
    "d18-41",
    "Yusuf Demir (referral e-mail)",
    r"""
From: "Referral Hub" <noreply@refhub.northshore.example>
To: [[EM|intake@lakeshorept.example]]
Date: [[D|Wed, 16 Oct 2024]] 11:02:37 -0500
Message-ID: <[[ID|20241016160237.4471.ref@refhub.northshore.example]]>
Subject: New referral #[[ID|RF-2024-118204]] - PT eval & treat

Patient: [[N|Yusuf Demir]] (DOB [[D|03/22/1977]])  Mobile: [[PH|847-555-0129]]
Referring: [[N|Olga Pruitt]], PA-C  NPI [[ID|1902264718]]
Dx: S83.512A ACL sprain L knee, DOI [[D|09/28/2024]] (soccer)
Insurance: BCBS IL PPO, ID [[HP|XOF902441776]]
View referral: [[URL|https://refhub.northshore.example/r/RF-2024-118204?tok=7d1e0c9b]]
This mailbox is not monitored.
""",
)

note(
    "d18-42",
    "reminder queue",
    r"""
[REMINDER_QUEUE] batch=[[D|2024-12-02_0600]] count=2
---
appt_id: [[ID|SCH-55810932]]
when: [[D|2024-12-04]] 10:15
pt: [[N|Beatriz Nakashima-Cole]]
pt_phone: [[PH|(305)555-0143]]
lang: PT
channel: sms
template: REM_48H_v3
provider: Dr [[N|Lindgren]]
---
appt_id: [[ID|SCH-55811040]]
when: [[D|2024-12-04]] 13:40
pt: [[N|ALVARO GIMENEZ]]
pt_phone: (none)  guardian_phone: [[PH|305-555-0191]]
channel: voice
template: REM_48H_v3
status: SKIPPED opt_out=true
""",
)

note(
    "d18-43",
    "transport board",
    r"""
transport board  [[D|sat 6/8]]  pulled 14:05
req#    | from       | to       | pt                | mrn      | mode      | status
[[ID|T-88120]] | ed bay 12  | ct 2     | [[N|haugland, per]]     | [[MRN|3310928]]  | stretcher | enroute
[[ID|T-88124]] | 5w 522     | ir       | [[N|nwosu adaeze]]      | [[MRN|3301177]]  | bed       | held - iso, pt in her [[A|90s]]
[[ID|T-88131]] | dc lounge  | curb     | [[N|pettersen-wu]]      | [[MRN|3299002]]  | w/c       | ride: son [[N|kenji]], silver outback plate [[VEH|8KRT214]]
""",
)

note(
    "d18-44",
    "Dagny Rosenquist (SIU)",
    r"""
MSH|^~\&|CADENCE|UPLANDS_CLINICS|VOX|REMINDER|[[D|20250107120533]]||SIU^S12|[[ID|SIU01071205330091]]|P|2.3.1
SCH|[[ID|APT6612093]]||||||FOLLOWUP^Follow up|ROUTINE|20|MIN|^^20^[[D|20250114093000]]||||||||||||BOOKED
PID|1||[[MRN|UC-00728193]]^^^UC^MR||[[N|ROSENQUIST]]^[[N|DAGNY]]^^^^^L||[[D|19340803]]|F|||[[ADDR|PO BOX 77]]^^[[C|SCAPPOOSE]]^OR^[[Z|97056]]
AIP|1||[[ID|1538290041]]^[[N|ZHANG-MORROW]]^[[N|ELLIOT]]|MD
AIL|1||UPL-ENDO^EXAM 4^^UPLANDS ENDOCRINE
""",
)

note(
    "d18-45",
    "Thierry LeBlanc (CT report)",
    r"""
MSH|^~\&|POWERSCRIBE|ALPINE_RAD|EHR|ALPINE|[[D|20240318171204]]||ORU^R01|[[ID|PS8841027]]|P|2.4
PID|1||[[MRN|AR5520017]]||[[N|LEBLANC]]^[[N|THIERRY]]||[[D|19880109]]|M
OBR|1||[[ID|ACC24031800412]]|74177^CT ABD/PELVIS W CONTRAST|||[[D|202403181610]]
OBX|1|TX|IMP||\.br\COMPARISON: CT [[D|11/02/2022]] (outside, Mesa Verde Imaging).\.br\FINDINGS: 9 mm nonobstructing R renal calculus, unchanged. Appendix normal.\.br\No free air. Series 3 image 88.||||||F
OBX|2|TX|IMP||IMPRESSION: No acute process. Findings d/w Dr. [[N|Ostrowski]] by [[N|Cassandra Moyo]], MD at 17:08 on [[D|3/18/2024]].||||||F
""",
)

note(
    "d18-46",
    "Ryo Ishikawa (discharge)",
    r"""
MSH|^~\&|ADT1|HILLCREST|||[[D|20241018110400]]||ADT^A03|[[ID|HC1018-0552]]|P|2.5
PID|1||[[MRN|HC-88210477]]^^^HC^MR||[[N|ISHIKAWA]]^[[N|RYO]]||[[D|19790228]]|M
PV1|1|I|2W^214^A|||||||SUR||||||||||[[ACCT|HC55120993]]||||||||||||||||||01^Home||||||[[D|20241015061500]]|[[D|20241018104500]]
DG1|1|I10|K35.80^Acute appendicitis without perforation^I10||[[D|20241015]]|A
PR1|1|I10P|0DTJ4ZZ^Resection of appendix, perc endo^I10P||[[D|20241015093000]]
AL1|1|DA|70618^Penicillin^RXNORM|SV|hives 2009
ZPV|PACU 1 hr 22 min|ASA 2|EBL 10 mL|Wound class II
""",
)

note(
    "d18-47",
    "Zainab Babatunde (VXU)",
    r"""
MSH|^~\&|VAXTRACK|CORNERSTONE PEDS|IIS|STATE_IIS|[[D|20241001154422-0500]]||VXU^V04^VXU_V04|[[ID|VX2024100154422]]|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS
PID|1||[[MRN|CP-22018841]]^^^CORNERSTONE^MR||[[N|Babatunde]]^[[N|Zainab]]^^^^^L||[[D|20221204]]|F|||[[ADDR|1804 Hollow Creek Pkwy]]^^[[C|Round Rock]]^TX^[[Z|78664]]||^PRN^PH^^^[[PH|512^5550197]]
RXA|0|1|[[D|20241001]]|[[D|20241001]]|141^Influenza, seasonal, injectable^CVX|0.25|mL||00^New immunization record^NIP001||||||U7842AA||SKB^GlaxoSmithKline^MVX
""",
)

note(
    "d18-48",
    "Oda Kristiansen (ACK error)",
    r"""
MSH|^~\&|LABSYS|NORTHFIELD|EPIC|NORTHFIELD|[[D|20240620101155]]||ACK^R01^ACK|[[ID|ACK77120044]]|P|2.5.1
MSA|AE|[[ID|LS240620-88310]]|Patient not found: PID-3 [[MRN|NF0044731]] / name [[N|KRISTIANSEN]]^[[N|ODA]] does not match MPI ([[N|KRISTIANSEN]]^[[N|ODDA]])
ERR||PID^1^3^1|204^Unknown key identifier^HL70357|E||||Check MRN mapping table MRN_XREF v12; ticket INC0044731 opened by svc_intf_mon
""",
)

note(
    "d18-49",
    "Jorg Mueller-Oezteurk (HIE route log)",
    r"""
[[D|2024-04-27T09:15:02.118+02:00]] INFO  [route=ADT_OUT_HIE] msgId=[[ID|A08-99120373]] evt=A08 mrn=[[MRN|ZK-7781204]] dest=hie-gw.example.net:2575 bytes=1832 ack=AA rtt_ms=88
[[D|2024-04-27T09:15:02.311+02:00]] WARN  [route=ADT_OUT_HIE] msgId=[[ID|A08-99120374]] field PID-11 too long, truncated: "[[ADDR|Kastanienallee 71, Hinterhaus 3. OG]]^^[[C|Berlin]]^^[[Z|10435]]^DEU"
[[D|2024-04-27T09:15:02.312+02:00]] WARN  [route=ADT_OUT_HIE] msgId=[[ID|A08-99120374]] PID-5 contains non-ASCII: "[[N|MÜLLER-ÖZTÜRK]]^[[N|Jörg]]" -> "[[N|MUELLER-OEZTUERK]]^[[N|Joerg]]"
""",
)

note(
    "d18-50",
    "notify worker JSON log",
    r"""
{"ts":"[[D|2025-03-03T22:41:07Z]]","lvl":"error","svc":"notify-worker","env":"prod","host":"nw-3.k8s.internal","msg":"SMTP 550 mailbox unavailable","to":"[[EM|grandpa.wendell1931@oldmail.example]]","template":"lab_result_ready","patient":{"id":"[[ID|9f2c1e77]]","mrn":"[[MRN|SM00412279]]","age":[[A|93]]},"attempt":5,"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","stack":"smtplib.SMTPRecipientsRefused at send_mail (notify/mail.py:118)"}
{"ts":"[[D|2025-03-03T22:41:07Z]]","lvl":"info","svc":"notify-worker","msg":"fallback to sms","to":"[[PH|+14065550111]]","patient":{"id":"[[ID|9f2c1e77]]"}}
""",
)

note(
    "d18-51",
    "Lindahl MPI search",
    r"""
{"resourceType":"Bundle","type":"searchset","total":2,
"link":[{"relation":"self","url":"[[URL|https://api.mpi.example.org/fhir/Patient?family=lindahl&birthdate=1958-03-09]]"}],
"entry":[{"resource":{"resourceType":"Patient","id":"[[ID|mpi-20419]]","name":[{"family":"[[N|Lindahl]]","given":["[[N|Svea]]"]}],"birthDate":"[[D|1958-03-09]]","address":[{"postalCode":"[[Z|55811]]"}]},"search":{"mode":"match","score":0.97}},
{"resource":{"resourceType":"Patient","id":"[[ID|mpi-88120]]","name":[{"family":"[[N|Lindahl]]","given":["[[N|Sven]]","[[N|Olof]]"]}],"birthDate":"[[D|1958-03-09]]","deceasedDateTime":"[[D|2021-12-30]]","address":[{"city":"[[C|Hermantown]]"}]},"search":{"mode":"match","score":0.61}}]}
""",
)

note(
    "d18-52",
    "refill queue CSV",
    r"""
queue,rx_no,fill_date,patient,dob,drug,qty,days,prescriber,dea,phone,notes
REFILL,[[ID|6620184]],[[D|06/11/2024]],[[N|BLANCHARD MAXINE]],[[D|01/31/1946]],atorvastatin 40 mg tab,90,90,[[N|COLLINS-ADEYEMI]],[[LIC|BC3318208]],[[PH|207-555-0157]],
HOLD,[[ID|6620210]],,[[N|WOJCIK T]],[[D|11/14/1999]],amox 500 mg cap,21,7,[[N|PARRIS]],[[LIC|FP0092318]],,"dup therapy? spoke to [[N|Teodor]]"
""",
)

note(
    "d18-53",
    "Otis Rutherford (EMS trip)",
    r"""
TRIP_ID: [[ID|EMS-24-031877]]   UNIT: M7   AGENCY: Tri-Valley EMS
DATE_OF_SERVICE: [[D|2024-08-03]]
PSAP_CALL: 19:42:07  ENROUTE: 19:43:30  AT_SCENE: 19:51:02  TRANSPORT: 20:07:45
SCENE_ADDR: [[ADDR|4410 County Rd 12]], [[C|Cumberland Gap]]
SCENE_GPS: [[ADDR|36.60417, -83.67882]]
PT_NAME: [[N|RUTHERFORD, OTIS]]  AGE: [[A|91]] YRS  SEX: M
MECH: MVC, pt driver of 2009 Buick LaCrosse, plate [[VEH|3TRW118]], towed by D&J Towing
CREW: [[N|K. Albrecht]] (EMT-P, lic [[LIC|P-44182]]), [[N|D. Sowande]] (EMT-B)
GCS 14  BP 168/94  HR 102  SpO2 95%  c-collar applied
DISPOSITION: transported to Pinecrest Medical Center, bay 4
""",
)

note(
    "d18-54",
    "Ivor Abercrombie (DICOM header)",
    r"""
# dcmdump /pacs/inbox/ct_0871.dcm
(0008,0020) DA [[[D|20240611]]]          #   8, 1 StudyDate
(0008,0030) TM [094411]            #   6, 1 StudyTime
(0008,0050) SH [[[ID|MV24061100871]]]     #  14, 1 AccessionNumber
(0008,0080) LO [Meadowvale Regional Imaging] # 28, 1 InstitutionName
(0008,0090) PN [[[N|HUSSEIN]]^[[N|SAMIRA]]^^DR]  #  18, 1 ReferringPhysicianName
(0008,1010) SH [CT-MV-02]          #   8, 1 StationName
(0010,0010) PN [[[N|ABERCROMBIE]]^[[N|IVOR]]^[[N|J]]] #  18, 1 PatientName
(0010,0020) LO [[[MRN|MVR-0447718]]]       #  12, 1 PatientID
(0010,0030) DA [[[D|19350104]]]          #   8, 1 PatientBirthDate
(0010,1010) AS [089Y]              #   4, 1 PatientAge
(0018,1000) LO [[[DEV|47781CT3]]]          #   8, 1 DeviceSerialNumber
""",
)

note(
    "d18-55",
    "Halina Zawadzki",
    r"""
MSH|^~\&|IDX|CEDAR_PHYS|EMPI||[[D|20240325080014]]||ADT^A08|[[ID|IDX0325000914]]|P|2.3
PID|1||[[MRN|CP0082277]]^^^CPG^MR||[[N|ZAWADZKI]]^[[N|HALINA]]^^^MRS||[[D|19280918]]|F|||[[ADDR|22 Birchwood Terr]]^^[[C|Pittsfield]]^MA^[[Z|01201]]^^H~[[ADDR|160 Housatonic St Apt 14]]^c/o Birch Hollow AL^[[C|Lee]]^MA^[[Z|01238]]^^C||[[PH|(413)555-0182]]^PRN^PH~[[PH|(413)555-01
  95]]^ORN^CP|||W|||||||||||N
PV1|1|O|GERI^^^CPG
""",
)

note(
    "d18-56",
    "RTLS syslog feed",
    r"""
<134>1 [[D|2024-10-09T14:03:27.441Z]] rtls-core01 locator 7781 BADGE_LOC - {"badge":"[[ID|B-00471]]","wearer":"[[N|Nkechi Obi-Walters]]","role":"RN","zone":"4E-Hall-North","room":"4E-418","prev":"4E-Med-Rm"}
<134>1 [[D|2024-10-09T14:03:29.102Z]] rtls-core01 locator 7781 TAG_LOC - {"tag":"[[DEV|T-IV-PUMP-22917]]","asset":"Alaris 8100","zone":"4E-418","associated_patient":"[[MRN|FW7730982]]"}
<131>1 [[D|2024-10-09T14:05:00.000Z]] rtls-core01 locator 7781 ELOPE_ALERT - {"tag":"[[ID|WB-PT-0912]]","patient":"[[N|Abelard, Hugo]]","zone":"4E-Stairwell-B","door":"locked","ack_by":"[[N|sfontaine]]"}
""",
)

note(
    "d18-57",
    "Wilhelmina Schrader (271)",
    r"""
ST*271*4417*005010X279A1~
BHT*0022*11*[[ID|ELG-99120481]]*[[D|20240902]]*0815~
HL*1**20*1~
NM1*PR*2*PRAIRIE MUTUAL HEALTH*****PI*88210~
HL*2*1*21*1~
NM1*1P*2*PRAIRIE HEART CLINIC*****XX*[[ID|1932117046]]~
HL*3*2*22*0~
TRN*2*[[ID|930000000000-0047]]*9877281234~
NM1*IL*1*[[N|SCHRADER]]*[[N|WILHELMINA]]*[[N|K]]***MI*[[HP|PMH40017722]]~
REF*6P*[[HP|GRP00441]]*ACME TOOL AND DIE~
N3*[[ADDR|1220 N PRAIRIE AVE]]~
N4*[[C|JOLIET]]*IL*[[Z|60435]]~
DMG*D8*[[D|19300701]]*F~
EB*1*IND*30*MA~
EB*C*IND*30***23*240.00~
EB*B*IND*98***27*20~
MSG*Cardiology copay applies; member services [[PH|800-555-0114]]~
""",
)

note(
    "d18-58",
    "HRIS staff master feed",
    r"""
MSH|^~\&|HRIS|KESTREL_HEALTH|ADT|KESTREL_HEALTH|[[D|20241231235901]]||MFN^M02|[[ID|HR-1231-0008]]|P|2.4
MFI|STF||UPD|||AL
MFE|MDL|[[D|20241231]]||[[ID|E20931]]
STF|[[ID|E20931]]||[[N|Whitfield-Ansah]]^[[N|Corinne]]^^^^RN|NUR|F|||ONC||||
ZHR|[[ID|E20931]]|03^RELOCATION|FTE 0.9|COST CTR 7140|BADGE DEACT 2359
MFE|MAD|||[[ID|E21877]]
STF|[[ID|E21877]]|[[N|dvelikova]]^AD|[[N|VELIKOVA]]^[[N|DESISLAVA]]^^^^PA-C|MLP|F||A|ORTHO|||[[PH|(316)555-0124]]^WPN^BP
""",
)

note(
    "d18-59",
    "Sylvie Tremblay (break-the-glass)",
    r"""
{
  "eventType": "BREAK_THE_GLASS",
  "occurred": "[[D|2024-06-16T01:22:58-07:00]]",
  "actor": {"login": "[[N|nchukwuharris]]", "displayName": "[[N|CHUKWU-HARRIS, NNAMDI]]", "role": "Resident", "npi": "[[ID|1386710992]]"},
  "target": {"mrn": "[[MRN|SJ-0084473]]", "name": "[[N|Tremblay, Sylvie]]", "restriction": "VIP/employee"},
  "reason": "Emergency care - pt unresponsive in ED bay 9; spouse [[N|Marc]] at bedside",
  "source": {"ip": "[[IP|10.88.3.61]]", "workstation": "ED-TRK-09", "app": "Hyperspace 2023"},
  "reviewedBy": "[[N|jlaurent]]",
  "reviewDate": "[[D|2024-06-18]]",
  "outcome": "appropriate"
}
""",
)

note(
    "d18-60",
    "Ferris Oakenfold (pump export)",
    r"""
PUMP DATA EXPORT  (GlideCare Uploader 5.0.3)
Pump model: Glide X3   SN: [[DEV|GX3-1102774]]   FW: 7.6.1.4
UDI: [[DEV|(01)00850012345678(11)230105(17)280105(21)GX3-1102774]]
Owner: [[N|Ferris Oakenfold]]   DOB: [[D|04/04/2009]]   Cloud acct: [[EM|oakenfold.family@home.example]]
Clinic: Children's Diabetes Center, Dr. [[N|Sunita Varghese]]
Export range: [[D|2024-07-01]] .. [[D|2024-07-14]]
Basal profile "School": 00:00 0.45 u/h | 06:00 0.55 u/h | 15:00 0.50 u/h
ICR 1:12  ISF 1:55  Target 110 mg/dL  Active insulin time 3h
Cartridge lot 4471-22B  Infusion set changes: 5   Occlusion alarms: 1 ([[D|07/09]] 02:13)
Emergency contact: mom [[N|Delia]] [[PH|601-555-0198]]
""",
)


if __name__ == "__main__":
    write(OUT, NOTES)
