#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind32.jsonl.

This set covers research, registries, drug and device safety and public
health: clinical-trial case report forms, monitoring-visit reports and query
logs, serious adverse event and MedWatch/Yellow-Card style narratives, device
malfunction (MAUDE-style) reports, IRB/ethics letters, tumour-board and M&M
minutes, cancer and trauma registry abstracts, notifiable-disease
investigations, contact-tracing lists and outbreak line lists, vaccine adverse
event reports, biobank and specimen-tracking logs, data-request and linkage
paperwork, pharmacovigilance letters and QI incident reports.  The hard parts
are subject and screening numbers that look like codes, subject initials used
as identifiers ("Subject JRM", "J-R-M"), study days and visit windows written
right next to real dates, ages over 89 inside tables, reporters and
investigators with credentials, towns of exposure, hashed or pseudonymous keys
that still point at a person, and many look-alikes that stay unmarked:
protocol, NCT, IRB and outbreak/cluster numbers, MedDRA, ICD, ICD-O, LOINC and NDC
codes, lot, batch and kit numbers, drug and device model names, trial site
numbers, scores, lab values, room/bed/freezer positions, flights and seats,
times, durations and bare years.

Annotation conventions (HIPAA Safe Harbor):
- NAME: every person (patients, relatives, friends, co-workers, clinicians,
  investigators, monitors, abstractors, reporters, staff), in any form:
  nicknames, first names only, lower case, ALL CAPS, "Last, First" (one span),
  initials standing for a person (subject initials on a CRF, "Init" columns of
  a line list), log-in names and handles (without the "@").  Titles and
  credentials (Dr, RN, PharmD, CTR, CCRP, MD) are outside the span.  In
  HL7-style LAST^FIRST^M each component is its own span.  Kinship words,
  pets, eponyms (Bell's palsy, Luschka, Hy's law, Morse/Hendrich scales),
  placeholder names for unidentified patients ("Trauma, Zulu"), service
  accounts (LISAUTO) and names inside facility, company, school, hotel or
  product names are not marked (a patient surnamed Bell keeps "Bell's palsy"
  unmarked; a town inside a pharmacy or committee name is unmarked).
- DATE: every date element finer than a year that belongs to a person's
  care, study participation, exposure, travel, report or correspondence: full
  dates in any format, day+month, month+year, a month or weekday or holiday
  dating an event, one-token machine timestamps (marked whole); with a
  space-separated time only the date part.  Not marked: bare years, times,
  durations, recurring schedules, study days ("Study Day 38", "Day -28 to
  -1"), visit windows ("Wk 16 +/-7d"), and dates that describe a document or
  a study rather than a person: protocol, consent-form, IB and form version or
  revision dates, IRB approval periods of a protocol, product expiry dates.
  Dates of letters, e-mails, meetings that discuss named or numbered
  patients (tumour board, M&M, DSMB) and report receipt dates are marked.  An
  impossible date queried in a CRF ("31-APR-2024") is still marked as a date.
- AGE: only ages over 89, the number alone, including in table columns.
- PHONE/FAX/EMAIL whole; URL only when person-specific (tokens, patient ids);
  IP: every IPv4 address.
- SSN (full or last four digits only), MRN, HEALTH_PLAN, ACCOUNT (encounter,
  billing and participant-payment card accounts), LICENSE (driver's,
  professional, DEA), VEHICLE (plates, VINs), DEVICE (implant/equipment
  serials and whole UDI strings).
- ID: anything else that points at one person or one person's record:
  subject, screening and randomisation numbers (the trial site prefix is part
  of the span), case, report, event and sponsor case numbers, VAERS ids,
  specimen, accession, aliquot and order numbers, registry accession and
  incident numbers, EMS run numbers, hashed or pseudonymous linkage keys,
  passport numbers, badge numbers, NPIs.  Not ID: protocol, IRB, NCT,
  outbreak, WGS-cluster and data-request numbers (they name a study, an
  outbreak or a request, not a person), drug-kit numbers (supply numbers, like
  lots), flight and seat numbers, room/bed/freezer positions.
- ADDRESS: street part, PO box, unit; home or scene GPS coordinates.  CITY:
  towns and neighbourhoods, including towns of exposure.  ZIP: ZIP, ZIP+4 and
  foreign postcodes.  States and countries unmarked.
- Never marked: facility, payer, sponsor, agency, vendor, school and employer
  names, drugs, device models, lots, codes, scores, lab values, times, years.

Stdlib only.  Run: python bench/data/make_deid_blind32.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind32.jsonl")
NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b32-01",
    "Subject SUBJ-014-0032",
    """
PROTOCOL ATX-221-03 | Form ELIG-01 (v3.1, 14-Feb-2023)
Site No.: 014   Investigator: [[N|Priya Ramanathan]], MD
Subject No.: [[ID|SUBJ-014-0032]]   Initials: [[N|J-R-M]]   Screening No.: [[ID|S014-118]]
Year of birth: 1951   Sex: M
Informed consent signed: [[D|07-MAR-2024]] (ICF version 4.0 dated 02-JAN-2024)
Screening visit (Day -28 to -1): [[D|11-MAR-2024]]
Randomisation (Day 1): [[D|04-APR-2024]]   Rand. no.: [[ID|R-0457]]
Inclusion 1-9: all YES.  Exclusion 4 (eGFR <30): NO, eGFR 48 on [[D|11-MAR-2024]].
HbA1c 7.9 %; ECOG 1; NYHA class II.
Kit no. dispensed: 30418 (lot B2291)
Completed by: [[N|tkovacs]] (study coordinator [[N|Tamas Kovacs]]) [[D|05-APR-2024]] 16:42
""",
)

note(
    "b32-02",
    "Site 022 monitoring visit",
    """
INTERIM MONITORING VISIT REPORT
Study: NCT05519274 / sponsor protocol HLX-07   Site 022, Riverside Cardiology Research Unit
Visit date: [[D|June 18, 2024]]   Monitor (CRA): [[N|Helena Voss]]
Attendees: PI Dr [[N|Marcus Adeyemi]]; SC [[N|Lindiwe Mokoena]], CCRP
Subjects reviewed (SDV 100%):
 - [[ID|022-0007]] ([[N|AKT]]): V5 done [[D|05/29/2024]], window Wk 16 +/-7d, in window.
 - [[ID|022-0011]] ([[N|MFR]]): re-consented [[D|6/3/24]] on ICF v6.0 (IRB approved 05/10/2024).
 - [[ID|022-0014]] ([[N|DBO]]): SAE (hip fracture) reported late; onset [[D|05/21/2024]], site aware [[D|05/24]], sent to sponsor [[D|06/02]] (>24 h).
Action items: [[N|L. Mokoena]] to file a note-to-file on the late SAE by [[D|6/28]].
Next IMV tentatively [[D|September 10]].
""",
)

note(
    "b32-03",
    "Subject 03-1029 (E.W.H.)",
    """
SERIOUS ADVERSE EVENT - INITIAL REPORT
Sponsor case no.: [[ID|AE-2024-004417]]   Protocol: ELD-FRAIL-02   Site 03
Subject [[ID|03-1029]], a [[A|91]]-year-old female (initials [[N|E.W.H.]]), was randomised to blinded study drug on [[D|12 Jan 2024]] (Study Day 1).
On Study Day 38 ([[D|18 Feb 2024]]) she was found on the floor of her home in [[C|Pemberton Mills]] by her daughter [[N|Carol]] and taken to St. Brendan Community Hospital. CT head: small right subdural haematoma. Study drug interrupted [[D|19 Feb]]; last dose 20 mg at 08:00.
Event (MedDRA PT): Subdural haematoma, 10042361. Seriousness: hospitalisation. Causality per investigator: not related.
Discharged [[D|26-Feb-2024]] to inpatient rehab.
Investigator: [[N|Olufemi Baptiste]], MD, MSc   Tel [[PH|(412) 555-0163]]
""",
)

note(
    "b32-04",
    "RLT",
    """
FORM FDA 3500 (voluntary) - transcribed by safety intake
A. PATIENT  1. Identifier: [[N|RLT]]   2. Age: [[A|93]] yr   3. Sex: F   4. Wt: 48 kg
B. ADVERSE EVENT  2. Outcome: hospitalization
 3. Date of event: [[D|08/14/2024]]   4. Date of this report: [[D|08/22/2024]]
 5. Pt started apixaban 2.5 mg BID [[D|07/30/2024]]; melena with Hgb 6.1 g/dL on [[D|8/14]]. Transfused 2 units PRBC.
C. PRODUCT: apixaban 2.5 mg tab, lot HX7741A, exp 11/2026, NDC 0003-0893-21
E. REPORTER
 Name: [[N|Gwendolyn Achterberg]], PharmD
 Address: [[ADDR|2207 Orchard Crest Rd, Ste 4]], [[C|Fallbrook Heights]], OH [[Z|44691]]
 Phone: [[PH|330-555-0128]]   E-mail: [[EM|g.achterberg@lakeshore-rx.example]]
 Health professional? Y   Occupation: clinical pharmacist
""",
)

note(
    "b32-05",
    "CRT-D explant, patient PT-7781-0092",
    """
MDR - manufacturer narrative (MAUDE extract)
Report number: [[ID|3004117829-2024-01562]]
Device: cardiac resynchronization defibrillator, model VTX-CRT D514, lot 2219-07A
Serial no.: [[DEV|PZK602188H]]
UDI: [[DEV|(01)00643169774523(17)270131(21)PZK602188H]]
Implant date: [[D|2022-11-03]]; event date: [[D|2024-05-17]]; explant: [[D|2024-05-20]].
It was reported that the patient (male, age 67) received 6 inappropriate shocks while mowing. Interrogation by field clinical engineer [[N|Brandt Okonkwo]] showed noise on the RV channel, impedance >2000 ohms. Lead fracture confirmed at explant by Dr. [[N|S. Iwasaki-Lund]].
Patient ID (company registry): [[ID|PT-7781-0092]].
Returned-product analysis: no anomaly in the generator.
Contact: [[N|Noor Haddad]], complaint handling, [[PH|763-555-0102]]
""",
)

note(
    "b32-06",
    "Participant SRG-031",
    """
From: [[EM|irb-office@northvale-u.example]]
To: [[N|Renata Solberg]], PhD (PI); cc: [[N|Joaquin Ferreira]] (coordinator)
Date: [[D|Thursday, October 3, 2024]]
Re: IRB# 2021-0447 "Sleep restriction and glucose tolerance" - reportable event [[ID|RE-0093]]

Dear Dr. [[N|Solberg]],
The IRB reviewed your report of [[D|9/19/2024]] concerning participant [[ID|SRG-031]], who was enrolled on [[D|Aug 27, 2024]] with a superseded consent form (version dated 01/15/2023 instead of the current 06/02/2024 version). The Committee judged this a minor deviation. Please re-consent the participant at the next visit and send a corrective action plan within 30 days.
The approval period for the protocol remains 03/01/2024 - 02/28/2025.

[[N|Hana Lindqvist]], IRB Chair   Ph [[PH|608-555-0117]]
""",
)

note(
    "b32-07",
    "MORRISSEY, Declan; Ines Barraclough",
    """
MULTIDISCIPLINARY THORACIC TUMOUR BOARD - minutes [[D|14/05/2024]]
Chair: Dr [[N|A. Mensah-Bonsu]]. Present: [[N|Farrukh]] (rad onc), [[N|Delacroix]] (path), [[N|Kwan]] (thoracic surg), CNS [[N|Bridie Quaid]].
Case 1. [[N|MORRISSEY, Declan]] MRN [[MRN|00418827]], 71M. RUL mass 3.4 cm, SUVmax 11.2. EBUS [[D|02/05/2024]] (accession [[ID|C24-03319]]): adenocarcinoma, TTF-1+, PD-L1 TPS 60%, EGFR/ALK negative. cT2aN2M0, stage IIIA (AJCC 8th). Plan: concurrent chemoRT; screen for trial LUNG-ART-5.
Case 2. [[N|Ines Barraclough]] ([[MRN|00533190]]), 58F, referred by Dr [[N|Pettigrew]] from [[C|Ashby Cross]]. Post-op pT1bN0, margins clear. Surveillance CT in 6 months.
Minutes: [[N|bquaid]]
""",
)

note(
    "b32-08",
    "M&M case, QI-24-0188",
    """
Morbidity & Mortality Conference - Dept of Surgery
Presented [[D|Wed 3/6]] by PGY-4 [[N|Tobias Engstrom]]; faculty discussant Dr. [[N|Yvette Carrow]].
Case: 83 y/o M (MRN [[MRN|7730215]]) s/p lap chole [[D|2/12]] (attending [[N|Carrow]]), readmitted POD 5 with bile leak (Strasberg A). ERCP [[D|2/19]] with stent; LOS 9 days. Son [[N|Gerald]] raised concerns about discharge teaching.
QI database ID: [[ID|QI-24-0188]].
Clavien-Dindo IIIb. Contributing factors: duct of Luschka not identified; cystic duct clips x2.
Teaching points: critical view of safety; low threshold for IOC.
Nursing input from [[N|Marisol]] (4W charge RN).
Sign-in sheet kept by [[N|jpetrakis]].
""",
)

note(
    "b32-09",
    "TRUONG, Kim Lien",
    """
CENTRAL CANCER REGISTRY - ABSTRACT SUMMARY
Accession No: [[ID|2023-00871]]   Seq: 00
Name: [[N|TRUONG, Kim Lien]]   (alias [[N|Kimberly Truong]])
DOB: [[D|04/09/1949]]   Sex: 2   Race: 96   SSN (last 4): [[SSN|4418]]
Address at Dx: [[ADDR|1180 Sycamore Bend Apt 3C]], [[C|Lower Tillman]], PA [[Z|19411-2206]]
Date of Dx: [[D|03/21/2023]]   Primary site: C50.4   Histology: 8500/3   Grade: 2   Laterality: 2
Dx confirmation: 1 (positive histology)   Path report: [[ID|SP23-4471]]
Class of case: 14   Date 1st course Rx: [[D|04/18/2023]] (surgery code A250)
Vital status: 1   Date last contact: [[D|02/02/2024]]
Abstractor: [[N|dmcgonigal]] ([[N|Dervla McGonigal]], CTR)   Completed [[D|02/09/2024]]
""",
)

note(
    "b32-10",
    "Dashiell Okereke",
    """
TRAUMA REGISTRY ABSTRACT
Incident ID: [[ID|TR-24-05512]]   EMS run #: [[ID|M7-240611-0093]]
Injury: [[D|06/11/2024]] 22:14   ED arrival 23:01 same day
Scene: [[ADDR|41.28817, -72.90344]] (residence driveway), [[C|Brantwick]]
Patient: [[N|Dashiell Okereke]], 24 M   MRN [[MRN|TH2290147]]
Mechanism: motorcycle vs fixed object, ICD-10-CM V27.4XXA, helmet: no
ISS 22; AIS head 4, chest 3; GCS 9; SBP 88
Transport: Brantwick Fire Dept Medic 7, crew chief [[N|K. Villanueva]] (paramedic lic. [[LIC|P-331904]])
Police-reported plate: [[VEH|7KLM442]]
ICU [[D|06/12]]; discharged to rehab [[D|06/29/2024]]; LOS 18 d
Abstracted by [[N|Soraya Benali]], CSTR, [[D|07/15/2024]]
""",
    allow=("Brantwick",),
)

note(
    "b32-11",
    "Ayaan Siddiqui",
    """
NOTIFIABLE DISEASE CASE INVESTIGATION - MEASLES
State case #: [[ID|MEA-2024-0019]]   Local ID: [[ID|HC-24-3310]]
Case: [[N|Ayaan Siddiqui]], 6 y, M.  Parent: [[N|Rukhsana Siddiqui]] (mother) [[PH|(919) 555-0174]]
Home: [[ADDR|48 Wren Hollow Ct]], [[C|Carden Junction]] [[Z|27519]]
Fever onset [[D|2/22]]; rash onset [[D|2/26/2024]]. Measles IgM positive (specimen [[ID|24-VR-00412]]), genotype D8. MMR doses: 0 (exemption).
Travel: flew home via Doha on QR 701, seat 34K, landing JFK [[D|Feb 17]]; connection to RDU [[D|Feb 18]].
Exposure sites in infectious period: Little Acorns Learning Center ([[D|2/22]]-[[D|2/23]]), urgent care waiting room [[D|2/25]] 17:00-19:30, pediatric ED [[D|2/27]].
Investigator: [[N|Colette Abernathy]], RN, PHN   [[EM|colette.abernathy@hchd.example]]
""",
)

note(
    "b32-12",
    "TB index case TB24-0087",
    """
TB CONTACT INVESTIGATION - index case [[ID|TB24-0087]] ([[N|H. Oyelaran]]), infectious period [[D|01/05/24]] to [[D|03/29/24]]
Priority | contact | setting | last exposure | phone | result
1 HIGH | [[N|Folake]] (spouse) | household | [[D|3/29]] | [[PH|216-555-0181]] | IGRA pos [[D|4/2]]
2 HIGH | [[N|Tunde]] (son, 15) | household; Westmoor High | [[D|3/29]] | same | IGRA neg, repeat in 8 wks
3 MED | [[N|Gus]] | co-worker, Keller Bros. Fabrication, 2nd shift Mon-Fri | [[D|3/27]] | [[PH|216-555-0139]] | TST 4 mm
4 MED | "[[N|Big Mike]]" | carpool driver | [[D|3/28]] | none, reach via [[N|Gus]] | pending
5 LOW | [[N|Lourdes]] | church choir, Wednesdays | [[D|3/20]] | [[PH|216-555-0107]] | pending
Case manager: [[N|Ebony Tillotson]], DIS
""",
)

note(
    "b32-13",
    "Doris M. Bell",
    """
VAERS report (online form 2.0)
VAERS ID: [[ID|2781946-1]]
Patient: [[N|Doris M. Bell]]   DOB [[D|1931-08-02]] (age [[A|92]])   Sex F
Address: [[ADDR|PO Box 311]], [[C|Quenby]], VT [[Z|05067]]
Vaccine: RSV vaccine (recombinant, adjuvanted), lot 7XK2P, dose 1, L deltoid, given [[D|2023-10-12]] 10:15 at Quenby Village Pharmacy.
Event: right facial droop noticed by caregiver [[N|Priscilla Nwachukwu]] on [[D|2023-10-20]]; ED the same day, diagnosed Bell's palsy (ICD-10 G51.0). Prednisone 40 mg x 7 d.
Recovered? Not yet as of [[D|2023-11-06]].
Completed by: [[N|Ravi Deshpande]], RPh   [[PH|802-555-0150]]   [[EM|rdeshpande@quenbyrx.example]]
""",
    allow=("Bell", "Quenby"),
)

note(
    "b32-14",
    "Salmonella cluster line list",
    """
OUTBREAK LINE LIST - Salmonella Enteritidis, WGS cluster 2407MLJ, outbreak OB-24-022
Updated [[D|07/23/2024]] by [[N|M. Szabo]] (epi)
#  Init Age Sex Town            Onset   Specimen    Exposure
1  [[N|TKR]]  34  F   [[C|Dunmore Flats]]   [[D|07/02]]   [[ID|PHL24-1881]]  church picnic [[D|6/30]]
2  [[N|GLB]]  [[A|92]]  M   [[C|Dunmore Flats]]   [[D|07/03]]   [[ID|PHL24-1894]]  picnic, takeout plate
3  [[N|AO]]   7   F   [[C|Harrowgate]]      [[D|07/01]]   [[ID|PHL24-1902]]  picnic
4  [[N|RVS]]  61  M   [[C|Dunmore Flats]]   [[D|07/04]]   pending     household of #1
5  [[N|JJ]]   89  F   [[C|Eastwick Ferry]]  [[D|07/05]]   [[ID|PHL24-1930]]  ate leftovers [[D|7/1]]
Hospitalized: #2, #5.  Deaths: 0.  Suspected vehicle: deviled eggs.
""",
)

note(
    "b32-15",
    "Donor BB-HX-009314",
    """
BIOBANK ACCESSION RECORD
Donor ID: [[ID|BB-HX-009314]]   Linked MRN: [[MRN|55120784]] (honest broker only)
Consent: broad consent v2 (form rev. 08/2021), signed [[D|11 Oct 2023]], witness [[N|Adaora Nwosu]]
Collection: [[D|11 Oct 2023]] 09:40 by phlebotomist [[N|rgallagher]]
Aliquots: [[ID|BB-HX-009314-P01]] through [[ID|BB-HX-009314-P06]] (plasma 0.5 mL), [[ID|BB-HX-009314-B01]] (buffy coat)
Storage: freezer F-12 (-80 C), rack 3, box 41, positions A1-A7
Processing delay 95 min; hemolysis index 1
Derived genotype ID: [[ID|GX-7c91e04a]]
Withdrawal: none.  Return of actionable results: yes, call [[PH|503-555-0119]]
""",
)

note(
    "b32-16",
    "HOLLOWAY^RUTH^A",
    """
specimen tracking - discrepancy log (core lab)
[[D|2024-03-11]] 14:22 RECEIVED tube label [[N|HOLLOWAY]]^[[N|RUTH]]^[[N|A]], DOB [[D|1958-12-30]], acc [[ID|CL240311-0457]]
[[D|2024-03-11]] 14:25 FLAG requisition MRN [[MRN|4419027]] vs label MRN [[MRN|4419072]] (transposed digits)
[[D|2024-03-11]] 14:40 CALL 6 North, spoke w/ [[N|Teodora]] RN, recollect requested
[[D|20240311152207]] LIS AUTO-CANCEL order [[ID|ORD-88120455]] user LISAUTO
[[D|2024-03-11]] 16:05 RECOLLECT received, acc [[ID|CL240311-0502]], collected by [[N|D. Farouk]]
SST tube lot 3310447; centrifuge 2; run 14
Reviewed by [[N|Hollis Nakagawa]], MLS(ASCP), [[D|3/12/24]]
""",
)

note(
    "b32-17",
    "Data request DR-2024-0311",
    """
RESEARCH DATA REQUEST - Clinical Data Warehouse
Request no. DR-2024-0311
Requester: [[N|Ilse Marchetti]], MPH, Dept. of Epidemiology   [[EM|imarchetti@nvu-health.example]]   [[PH|614-555-0133]]
Faculty sponsor: Dr. [[N|Kenji Hollister]]   IRB: STUDY00021876 (exempt 4)
Cohort: adults with ICD-10 E11.* and at least 2 HbA1c results, 2018-2023.
Fields: age in years (ages above 89 top-coded), sex, HbA1c, metformin exposure, eGFR.
Identifiers requested: none beyond a limited data set.
Format-check row sent by analyst [[N|bwhitfield]]:
  pt_key [[ID|7F3A9C21E0]] | dx_date [[D|2021-06-14]] | a1c 8.4 | egfr 71
Delivery: SFTP to [[IP|10.14.2.77]], folder /cdw/out/0311
Approved by [[N|Renee Castellanos]] (data steward), [[D|April 9, 2024]].
""",
)

note(
    "b32-18",
    "McALLISTER, Roderick J",
    """
Linkage QA - registry vs state death file (deterministic + probabilistic)
Match fields: SSN, surname, given name, DOB, sex, ZIP. Blocking: Soundex(surname) + birth year.
Pair sent to clerical review by [[N|Oksana Petrenko]]:
  Registry:   [[N|McALLISTER, Roderick J]] | DOB [[D|1940-02-29]] | SSN [[SSN|921-44-0187]] | ZIP [[Z|59714]]
  Death file: [[N|MacAllister, Roddy]] | DOB [[D|1940-02-28]] | SSN last4 [[SSN|0187]] | DOD [[D|2023-12-11]] | place of death [[C|Halvergate]]
Weight 14.2 (threshold 12.0): accepted as match; registry vital status updated [[D|2024-01-19]].
Linkage key kept: [[ID|LK-20240119-0042]]; crosswalk destroyed after 90 days.
Second reviewer: [[N|Benedikt Aalto]]
""",
)

note(
    "b32-19",
    "P.O'D.",
    """
[[D|12 September 2024]]
Dr [[N|Magdalena Ferreira-Kaur]]
Harbourside Family Practice
[[ADDR|17 Quay Terrace]], [[C|Porthallow]] [[Z|TR19 9ZX]], United Kingdom
Our ref: [[ID|GB-ZLV-2024-118822]] (please quote on all correspondence)

Dear Dr [[N|Ferreira-Kaur]],
Thank you for your Yellow Card report about your patient (initials [[N|P.O'D.]], male, [[A|90]] years) who developed hyponatraemia (Na 118 mmol/L) after starting Zelvotrine 10 mg on or around [[D|3 August]].
To complete our assessment, please tell us the date of recovery, any concomitant diuretics (batch numbers if known), and whether Zelvotrine was restarted.
Reply by fax to [[FX|+1 908-555-0196]] or by e-mail.
Yours sincerely,
[[N|Annelise Brecht]], Drug Safety Associate   [[EM|annelise.brecht@zelvo-pharma.example]]
""",
)

note(
    "b32-20",
    "Juan Carlos Ortega",
    """
SAFETY EVENT REPORT (confidential QI / peer review)
Event #: [[ID|SE-2024-10377]]   Event: [[D|04/27/2024]] 02:10   Unit: 5 East, room 512-B
Reporter: [[N|kasia.lewandowska]] (RN)
Summary: two patients with similar names on the unit, [[N|Juan Carlos Ortega]] (rm 512-B, MRN [[MRN|6631908]]) and [[N|Juan Ortega-Ruiz]] (rm 518, MRN [[MRN|6650144]]). Metoprolol 25 mg due for rm 518 was given to the 512-B patient after a BCMA override ("wristband unreadable"). HR 52, BP 98/60; rapid response not called. Hospitalist Dr [[N|Abimbola Reyes]] told at 02:25; wife [[N|Marta]] informed [[D|4/27]] 08:00.
Harm: AHRQ Common Formats category E (temporary harm). Name-alert stickers placed.
Manager follow-up: [[N|P. Dunleavy]], [[D|4/29]].
""",
)

note(
    "b32-21",
    "Subject 107-0045 (KLP)",
    """
eCRF - ADVERSE EVENT LOG   Protocol RZ-1187-201   Site 107
Subject: [[ID|107-0045]]   Initials: [[N|KLP]]
AE | verbatim | MedDRA PT (code) | start | stop | gr | SAE | relationship
1 | headache | Headache (10019211) | Day 3 ([[D|14MAY2024]]) | Day 4 | 1 | N | possible
2 | ALT 4x ULN | ALT increased (10001551) | Day 15 ([[D|26MAY2024]]) | ongoing | 2 | N | probable
3 | fall at home | Fall (10016173) | [[D|02JUN2024]] | [[D|02JUN2024]] | 1 | N | unrelated
Dose held Day 15 to Day 29, restarted at 50 mg (dose level -1).
Visit 6 (Day 29 +/-3) done [[D|09JUN2024]].
Entered by [[N|ldube]] [[D|10JUN2024]] 17:03; PI sign-off Dr [[N|Gareth Pryce-Jones]]
""",
)

note(
    "b32-22",
    "Subject RZ-0318-02 (D.A.W.)",
    """
CONCOMITANT MEDICATIONS - Baseline   Subj [[ID|RZ-0318-02]]   Initials [[N|D.A.W.]]   Screening # [[ID|SCR-1190]]
lisinopril 10 mg PO QD, HTN, start 2016, ongoing
atorvastatin 40 mg PO QHS, hyperlipidemia, start [[D|2019-03]], ongoing
vitamin D3 2000 IU PO QD, supplement, start UNK, ongoing
amoxicillin 500 mg PO TID x 7 d, dental abscess, [[D|2024-01-08]] to [[D|2024-01-14]]
Prohibited meds (strong CYP3A4 inhibitors, warfarin): none.
Source: Oakline Pharmacy fill history (pharmacist [[N|Lenny]], [[PH|701-555-0126]]) plus subject interview.
Verified by CRA [[N|Wilhelmina Tsosie]] [[D|2024-02-20]].
""",
)

note(
    "b32-23",
    "Subject 0412-0008",
    """
SAE FOLLOW-UP #1 (final)   Sponsor case [[ID|CN-2024-20913]]   Protocol VESTA-HF-3
Subject [[ID|0412-0008]] (site 0412, PI [[N|Chidi Nwankwo-Price]], MD)
A [[A|94]]-year-old man enrolled [[D|2024-02-06]]. Initial report (hospitalisation for worsening heart failure, onset [[D|2024-04-02]]) was sent [[D|2024-04-03]].
Follow-up received [[D|2024-04-16]]: the subject died on [[D|2024-04-14]] at Larchmont Hospice; cause per death certificate: cardiogenic shock. No autopsy. Last dose of study drug on Study Day 57.
Outcome changed to fatal. Investigator causality: unlikely related. Sponsor: not related; expected per IB edition 9 (dated 2023-12-01).
Narrative by [[N|Yusra Qamar]], PV Scientist, [[D|17-Apr-2024]].
""",
)

note(
    "b32-24",
    "DSMB deaths review",
    """
DSMB CLOSED SESSION - excerpt (Protocol NEURO-PRX-04, NCT04877310)
Meeting held [[D|November 14]] by video. Members: Prof. [[N|R. Ilunga]] (chair), Dr [[N|Sigrun Halvorsen]], [[N|Matteo Lanfranchi]] (unblinded statistician).
Deaths reviewed (arm A 2, arm B 1):
 - [[ID|P04-117]]: sudden death at home, Study Day 203 ([[D|30 Sep]]); no autopsy.
 - [[ID|P04-233]]: aspiration pneumonia, age [[A|90]], after 14 months on study.
 - [[ID|P04-061]]: completed suicide, reported previously; C-SSRS 0 at last visit.
Grade 3+ AE rates 31% vs 28%; no imbalance in ALT >3x ULN.
Recommendation: continue without modification. Next review after 75% of planned person-years.
""",
)

note(
    "b32-25",
    "Insulin pump malfunction",
    """
MAUDE event text (consumer report)
MDR report key [[ID|19384472]]   Event type: malfunction
Device: insulin pump, Lumora X2, model LX2-200, serial [[DEV|LX2A0098431]]; infusion set lot 24F118
Reporter (patient's mother): [[N|Shauna Okafor-Reid]], [[PH|405-555-0164]], [[EM|shaunareid@mailbox.example]]
On [[D|01/06/2024]] around 03:00 the pump alarmed "No Delivery" repeatedly; BG 412 mg/dL at 06:30, ketones 2.8. Her son (13 y) went to Kestrel Ridge Children's ED, treated for DKA, discharged [[D|01/07/2024]]. Replacement pump serial [[DEV|LX2A0101177]] shipped [[D|01/08]].
Manufacturer investigation: motor stall confirmed on the returned unit; firmware 4.3.1.
Patient name withheld by reporter.
""",
)

note(
    "b32-26",
    "Wendell Abara",
    """
Device Malfunction Report - Orthopaedics (user facility)
Facility report #: [[ID|UF-0557-2024-0031]]
Patient: [[N|Wendell Abara]], 71 M, MRN [[MRN|881-20-447]]
Primary THA [[D|May 2019]]. Revision [[D|10/22/2024]] for squeaking, then ceramic liner fracture.
Explanted components:
 - acetabular shell 54 mm, REF 1219-54, LOT 7741193, UDI [[DEV|(01)07613252118044(10)7741193]]
 - ceramic head 36 mm, lot K229-3, serial [[DEV|HC36-0019482]]
 - liner, REF 1230-36, lot not legible
Surgeon: Dr. [[N|Nikhil Saraf]]. Explants handed to manufacturer rep [[N|Corey Lindahl]] ([[PH|262-555-0145]]) after photographs; chain-of-custody form signed.
""",
)

note(
    "b32-27",
    "Participant WLK-0217 (Anselm)",
    """
From: IRB Office <[[EM|hrpp@ridgeview.example.org]]>
Sent: [[D|Monday, 15 July 2024]] 09:12
To: [[N|Yiling Chen]]
Subject: Participant concern - HRP-2023-1182

Dr [[N|Chen]],
On [[D|July 12]] a participant in your study ([[N|Anselm]], study ID [[ID|WLK-0217]]) called to say a research assistant phoned him at work, although he had asked to be contacted only by text at [[PH|503-555-0190]]. He also says the $50 payment for his [[D|June 28]] visit has not arrived (ClinCard ending [[ACCT|4471]]).
Please send the contact log and payment record by [[D|7/22]]. The consent (v3, 02/14/2024) names text messaging as his preferred method.
[[N|Bettina Oduya]], CIP, Compliance Analyst
""",
)

note(
    "b32-28",
    "HOMEFRAIL REC letter",
    """
Research Ethics Committee - West Midlands (Aldermoor)
REC reference: 24/WM/0093   IRAS project ID: 331207
[[D|28 March 2024]]
Dr [[N|Oluwaseun Adebayo-Hart]], Chief Investigator
Renal Unit, Queen Elspeth Hospital, [[ADDR|Fenwick Road]], [[C|Aldermoor]] [[Z|WS14 7QX]]
Dear Dr [[N|Adebayo-Hart]],
HOMEFRAIL: home haemodialysis and frailty in older adults. Further to the meeting on [[D|19 March 2024]], the Committee gives a favourable opinion subject to conditions. The draft participant information sheet still quotes a real participant, Mrs [[N|Gwen Tallis]], and a case vignette of a [[A|96]]-year-old man from [[C|Bryn Coed]]; please remove both.
Documents approved: protocol v2.1 (11/03/2024), PIS v1.3 (11/03/2024).
[[N|Rhiannon Pugh]], REC Manager   [[EM|rec.westmid@hra.example]]
""",
    allow=("Aldermoor",),
)

note(
    "b32-29",
    "kettleby, rosalind; ahmadi, farid",
    """
gi tumor board [[D|tues 4/9]] - quick notes, not the official minutes
1) [[N|kettleby, rosalind]] mrn [[MRN|2281734]] 66f rectal ca, mri [[D|3/28]] ct3c n1, mrf clear. tnt then watch & wait if ccr. dr [[N|hussain]] to call her
2) [[N|ahmadi, farid]] [[MRN|2290558]] 59m panc head adenoca, ca19-9 412, abuts smv <180 deg = borderline resectable. neoadj folfirinox x4 then restage. teaches at ashgrove middle, wants to finish the school yr in [[D|june]] before surgery
3) dr [[N|saltzman]]'s pt from [[C|millbrook]], path pending ([[ID|s24-6610]]), defer to [[D|4/16]]
scribe [[N|nkaur]]
""",
)

note(
    "b32-30",
    "96F nursing-home resident",
    """
Medicine M&M - case summary (peer review privileged)
Presenter: Dr [[N|Anjali Varghese]] (PGY-3); attending Dr [[N|Lukas Hrdlicka]]
Patient: [[A|96]] yo F, MRN [[MRN|M0091734]], resident of Willowmere Care Center, admitted [[D|Christmas Eve]] with urosepsis; ceftriaxone 1 g at 21:40.
Course: delirium [[D|12/26]]; on [[D|12/27]] at 03:15 fell from bed with alarm off, found by PCT [[N|Dwayne]]. CT head: acute SDH 9 mm. Granddaughter [[N|Kiara Bellweather]] (HCP) chose comfort care; died [[D|12/29]].
Systems issues: bed alarm silenced during 00:00 care and not re-armed; Morse score 65 not re-scored after delirium; 1:1 sitter request not escalated.
Actions: alarm re-arm hard stop in EHR; sitter algorithm.
""",
)

note(
    "b32-31",
    "Evangeline Soto-Whitaker",
    """
[[D|January 30, 2024]]
Dr. [[N|Everett Quansah]]
Lakeview Internal Medicine, [[ADDR|930 Tamarack Pkwy, Suite 210]], [[C|Millard Point]], MN [[Z|55408]]
Re: Death-certificate-only (DCO) follow-back. Patient: [[N|Evangeline Soto-Whitaker]], DOB [[D|06/17/1938]], died [[D|11/02/2023]]
The death certificate lists metastatic pancreatic cancer, but the registry has received no cancer report for this patient (registry no. [[ID|DCO-23-01874]]). Please send the date of diagnosis, method of confirmation and any pathology reports. Reporting is required by state statute; no patient authorization is needed.
Fax records to [[FX|651-555-0172]], attn. [[N|Lorna Fitzhugh]], CTR, or call [[PH|651-555-0171]].
""",
)

note(
    "b32-32",
    "GALLOWAY, TREVOR",
    """
TRAUMA PI REVIEW - LEVEL 2 (PEER)   CASE [[ID|TQ-2024-118]]
PT: [[N|GALLOWAY, TREVOR]]   DOB [[D|03/03/1982]]   MRN [[MRN|00-662-9184]]
INJURY [[D|08/17/2024]] 0145 - ROLLOVER, UNRESTRAINED DRIVER, 2011 PICKUP, VIN [[VEH|1FTFW1ET5BFA38822]]
SCENE: RURAL ROAD OUTSIDE [[C|CALDER BEND]]; RUSHFORD VOL RESCUE, MEDIC 2
ISS 29. ARRIVAL GCS 14, DOWN TO 8 AT 0320. CT HEAD AT 94 MIN (TARGET <30).
NEUROSURGERY PAGED 0355 (DR [[N|OYAMA]]), OR 0440, CRANIOTOMY.
DETERMINATION: SYSTEM-RELATED, OPPORTUNITY FOR IMPROVEMENT. CT TRIAGE PROTOCOL REV 4 TO BE UPDATED.
TRAUMA MEDICAL DIRECTOR DR. [[N|H. LEFEVRE]]; REVIEWED [[D|09/05/2024]] BY TPM [[N|K. ASANTE]]
""",
)

note(
    "b32-33",
    "Harold Penwarden",
    """
Legionellosis case report - travel-associated
Case ID [[ID|LEG-24-0042]]; lab report [[D|9/4/2024]] (urine antigen positive, accession [[ID|UA-240903-118]])
Patient: [[N|Harold Penwarden]], 71 M, retired; lives in [[C|Osgood Park]]; wife [[N|Joan]] [[PH|207-555-0124]]
Onset [[D|Aug 30]] with fever, cough, diarrhea; admitted [[D|Sept 2]], ICU 3 days.
Exposures 2-14 days before onset:
 - Harborview Inn, [[C|Kittery Cove]], room 318, [[D|Aug 19]]-[[D|Aug 23]]; used hot tub daily
 - dental cleaning [[D|8/26]]
 - home: municipal water, no humidifier, no CPAP
Hotel notified [[D|9/5]]; second case linked to the same hotel within 12 months, so environmental sampling requested.
Interviewer: [[N|Mei-Ling Fairbanks]]
""",
)

note(
    "b32-34",
    "Lily H. (school exposure)",
    """
School exposure worksheet - Pinecrest Elementary, Grade 3, room 12
Index: student [[N|Lily H.]], home antigen positive [[D|1/16]], PCR confirmed [[D|1/17]]; last day in class [[D|Friday 1/12]]
Close contacts (same lunch table or within 6 ft >15 min): [[N|Mateo]], [[N|Aria]], [[N|Jaxon]], [[N|Noor]]. No quarantine; mask and test if symptomatic through [[D|1/22]].
Teacher: Ms. [[N|Rennick]] (asymptomatic). Bus 47 rides a.m. only.
Parent letter version B sent to whole class.
School nurse: [[N|Gail Sorensen]], RN   [[PH|479-555-0153]]
""",
)

note(
    "b32-35",
    "Desmond Kyereme",
    """
HEPATITIS A - FOOD HANDLER   Case [[ID|HAV-2024-07]]
[[N|Desmond Kyereme]], 29 M, line cook, Blue Heron Diner, [[C|Ferris Landing]]
Usual shifts Tue/Thu/Sat 3-11 pm.  Jaundice onset [[D|5/14]]; anti-HAV IgM positive [[D|5/16]]; last shift [[D|Saturday, May 11]].
Glove use inconsistent per manager; handles ready-to-eat garnishes.
Co-workers offered PEP: [[N|Rocio]] (dish), [[N|Trent]] (prep), [[N|Bao]] (server). Manager [[N|Angela Fusco]] [[PH|231-555-0148]].
PEP clinic held [[D|5/18]]: 14 vaccinated (lot HAV338Q), 2 IG.
Restaurant patron notification not needed (exposure window >14 days for diners).
""",
)

note(
    "b32-36",
    "DELACROIX^ANTOINE^P",
    """
MSH|^~\\&|LABSYS|NORTHREACH REF LAB|ELR|STATE DOH|[[D|20240611083015]]||ORU^R01^ORU_R01|[[ID|NRL0611-482219]]|P|2.5.1
PID|1||[[MRN|M4471903]]^^^NRL^MR||[[N|DELACROIX]]^[[N|ANTOINE]]^[[N|P]]||[[D|19770214]]|M|||[[ADDR|16 BIRCH KNOLL LN]]^^[[C|HADLEY CORNERS]]^NH^[[Z|03287]]||[[PH|(603)555-0111]]
OBR|1|[[ID|ORD-551902]]|[[ID|NRL24-118842]]|83050-0^Lyme IgG WB^LN|||[[D|20240607]]|||||||||[[ID|1477209385]]^[[N|VANCE]]^[[N|ELOISE]]
OBX|1|CWE|83050-0^B burgdorferi IgG Ab WB^LN||POS^Positive|||A|||F|||[[D|20240610]]
NTE|1||6 of 10 bands (18, 23, 28, 30, 39, 41 kDa). Tick bite reported [[D|May 2024]] while hiking near [[C|Hadley Corners]].
""",
)

note(
    "b32-37",
    "Maya Rosales-Tuck",
    """
VAERS - infant report
Vaccinee: [[N|Maya Rosales-Tuck]], DOB [[D|2024-02-19]], F (4 months)
Reporter (mother): [[N|Celeste Rosales]], [[EM|celeste.r@inbox.example]]
Vaccines given [[D|2024-06-20]] at Pine Hollow Pediatrics: DTaP-IPV-Hib-HepB dose 2 (lot U7E331), PCV20 (lot LM4821), RV5 (lot 0098KZ).
Event: inconsolable crying >3 h and fever 39.4 C starting about 6 h after vaccination; seen by Dr [[N|Farah Lindgren]] the next morning, no intervention. Resolved by [[D|6/22]].
History: sibling [[N|Eli]] had a febrile seizure after MMR (prior VAERS [[ID|2650338-1]]).
Outcome: recovered. Next doses scheduled at 6 months.
""",
)

note(
    "b32-38",
    "Norovirus LTCF line list",
    """
NOROVIRUS OUTBREAK - LTCF RESIDENT LINE LIST
Facility: Maple Terrace Health & Rehab; outbreak GI-24-113
Resident | room | age | onset | sx | stool PCR | outcome
[[N|E.K.]] | 204A | [[A|94]] | [[D|12/2]] 23:00 | V, D | GII pos ([[ID|NV-1203-01]]) | recovered
[[N|R.McD.]] | 204B | 88 | [[D|12/3]] | D | not tested | recovered
[[N|B.S.]] | 211 | [[A|90]] | [[D|12/3]] | V | GII pos ([[ID|NV-1203-02]]) | hospitalized [[D|12/5]], died [[D|12/9]]
Staff ill: CNA [[N|Jolene]] (onset [[D|12/3]]), RN [[N|Pedro Almeida]] (onset [[D|12/4]]); excluded until 48 h symptom-free.
Unit closed to admissions; bleach 1000 ppm cleaning.
Prepared by infection preventionist [[N|Constance Okwu]], [[D|12/6]].
""",
)

note(
    "b32-39",
    "Participant HBR-02291",
    """
Biorepository - withdrawal of consent
Letter from participant dated [[D|2 May 2024]], scanned by [[N|tmurungi]].
Participant ID [[ID|HBR-02291]]; name on letter [[N|Gideon Thwaite]].
Request: destroy remaining samples and stop further use of data. Data already shared in release 6 (2023) cannot be recalled; this was explained by phone.
Samples destroyed: 11 aliquots (freezer 4, rack 2, box 17) and 1 DNA stock; destruction witnessed by [[N|Anneke Vos]] and [[N|Sam Iredale]] on [[D|May 20, 2024]].
Confirmation letter mailed to [[ADDR|77 Cormorant Way]], [[C|Seabrook Vale]] [[Z|98221]].
""",
)

note(
    "b32-40",
    "Priyanka Venkatesh",
    """
Specimen rejection notice - microbiology
Specimen [[ID|MB24-07781]] (urine, clean catch) received [[D|10/08/2024]] 11:52 without a label; requisition for [[N|Priyanka Venkatesh]], DOB [[D|7/1/1990]].
Rejected per policy MIC-SP-014 (rev. 06/2023). Ordering clinician [[N|Corinne Blaylock]], PA-C, notified at 12:05 by [[N|mrahim]], read-back done.
Recollection received 14:30 as [[ID|MB24-07809]]; culture >100,000 CFU/mL E. coli, ESBL negative.
Non-conformance logged in QMS (category: pre-analytic, labeling).
""",
)

note(
    "b32-41",
    "Linkage test record BD-2021-00419",
    """
DATA LINKAGE REQUEST - Medicaid claims to birth-defects registry
Project: neonatal abstinence follow-up (DUA 2024-017; IRB exempt determination 2024-0552)
Linking variables sent to the state Medicaid agency (encrypted, SFTP host [[IP|172.20.8.15]]): mother's Medicaid ID, infant's Medicaid ID, infant DOB, delivery hospital code.
Layout test record sent by [[N|Rasmus Holt]] on [[D|3/5/2024]]:
 REG_ID [[ID|BD-2021-00419]] | MOM_MCD [[HP|MD70041882]] | INF_MCD [[HP|MD70063317]] | INF_DOB [[D|2021-09-30]] | HOSP 0457
The returned crosswalk holds study IDs only; the agency analyst [[N|Odalys Ferrer]] keeps the key.
Questions: [[EM|linkage-desk@dhs.example]]
""",
)

note(
    "b32-42",
    "Nadia Petrosyan",
    """
Subject: RE: your report about Dermavel cream [Case [[ID|US-DVL-2024-03318]]]
Date: [[D|Fri, 9 Aug 2024]] 14:02 -0400
From: [[N|Nadia Petrosyan]] <[[EM|npetrosyan@inbox.example]]>
To: [[EM|drugsafety@dermavel-labs.example]]

hi, here are the answers
1. I am [[A|91]] and used it for eczema on both arms
2. started the tube (batch 23K041, exp 04/2026) on [[D|July 20]], stopped [[D|July 27]] when the blisters came
3. my doctor is Dr [[N|Ibrahim Selvaggio]] in [[C|Glen Ardle]], phone [[PH|845-555-0132]]
4. rash is gone now but the skin is still dark
my son [[N|Aram]] helped me type this
[[N|Nadia]]
""",
)

note(
    "b32-43",
    "Lorraine Tebbit",
    """
Incident report #[[ID|IR-24-22017]]   Category: medication / infusion device
Occurred [[D|9/12/24]] ~1930; reported [[D|9/13/24]] 0710 by [[N|Ferdinand Osei]], RN
Heparin infusion ordered 18 units/kg/h (82 kg, 1476 units/h = 14.8 mL/h of 100 units/mL). Drug library bypassed; rate programmed 30 mL/h for about 3 h. aPTT 142 s at 2300, infusion held 1 h and restarted per nomogram.
Patient [[N|Lorraine Tebbit]], MRN [[MRN|5528140]]; no bleeding, Hgb stable 11.9.
Pump (Sapphire-LV, channel B), serial [[DEV|SLV1903377]], sequestered by biomed ([[N|J. Ocampo]]); event log downloaded.
Reviewed by pharmacist [[N|Hyun-woo Bae]], PharmD.  Harm level: C.
""",
)

note(
    "b32-44",
    "Aurelio Mancuso",
    """
Fall event - post-fall huddle
[[D|03/02]] 05:40, room 7 bed 2, ortho/geri unit. Patient [[N|Aurelio Mancuso]], [[A|97]] M, hip fracture POD 2, MRN [[MRN|6102288]].
Found sitting on the floor by the bed by CNA [[N|Precious]]; was trying to walk to the bathroom. No new injury on exam by Dr [[N|Imani Lockhart]]; CT head negative.
Morse 75, Hendrich II 6. Bed alarm on. Hourly rounding; last round 05:00.
Contributing: furosemide 40 mg at 22:00, urgency, hearing aids left in drawer.
Daughter [[N|Gina]] informed 06:30 by charge RN [[N|Tomasz Wrobel]].
Huddle led by [[N|kfinnegan]] (nurse manager).
""",
)

note(
    "b32-45",
    "Owen Threlkeld",
    """
CYSTIC FIBROSIS PATIENT REGISTRY - ENROLMENT
Participant: [[N|Owen Threlkeld]]   DOB [[D|08/08/2016]]   Registry ID [[ID|CF-33-01952]]
Parents: [[N|Sienna Threlkeld]] (mother) [[PH|314-555-0178]]; [[N|Marcus Threlkeld]] (father)
Coverage: Missouri Medicaid, member no. [[HP|MO-4418290735]]
Genotype F508del / G542X. Sweat chloride 98 mmol/L ([[D|09/2016]]). FEV1 91% predicted (2023). Care centre: program 33.
Consent form v7 (2022); parental consent and child assent obtained by coordinator [[N|Ximena Gallardo]].
Family portal: [[URL|https://cfregistry.example.org/family?pid=CF-33-01952&tok=9QpX2wLm]]
""",
)

note(
    "b32-46",
    "Payment log KIDNEY-STEP",
    """
PARTICIPANT PAYMENT LOG - KIDNEY-STEP (reloadable debit cards)
Subject | visit | date | amount | card account | by
[[ID|KS-014]] | V2 | [[D|01/09/24]] | $40 | [[ACCT|5100 2299 4417 0018]] | [[N|aw]]
[[ID|KS-014]] | V3 | [[D|02/06/24]] | $40 | same card | [[N|aw]]
[[ID|KS-021]] | V2 | [[D|01/23/24]] | $40 | [[ACCT|5100 2299 4417 0331]] | [[N|rbk]]
[[ID|KS-021]] | V3 | -- | -- | visit missed, car trouble per wife [[N|Darnell]] |
[[ID|KS-030]] | V1 | [[D|02/15/24]] | $25 | card pending; 1099 threshold, SSN on W-9 [[SSN|987-20-4451]] | [[N|rbk]]
Cards ordered in batch 0217 (vendor lot, not person-level).
""",
)

note(
    "b32-47",
    "Site 305 follow-up letter",
    """
[[D|22 August 2024]]
Dr [[N|Beatriz Almonte]], Principal Investigator, Site 305
Re: OPTIMA-CKD (NCT05902281), follow-up letter for the monitoring visit of [[D|13 August 2024]]
Dear Dr [[N|Almonte]],
Thank you for hosting the visit. Open items:
1. Subject [[ID|305-0019]]: ICF v5.0 signed, but the optional genetic sub-study box was not initialled; please re-consent.
2. Subject [[ID|305-0022]]: Week 24 eGFR drawn on Day 171 (window Day 161-175): in window, no deviation.
3. Delegation log: new coordinator [[N|Ji-ho Park]] not yet trained on IWRS.
Please reply within 15 working days.
[[N|Fenna de Wit]], CRA   [[EM|fenna.dewit@meridian-cro.example]]
""",
)

note(
    "b32-48",
    "Screening log PRISM-AF site 11",
    """
SCREENING LOG - site 11, PRISM-AF (protocol PRX-AF-302)
Scr no. | init | age | screened | outcome | reason
[[ID|11-S001]] | [[N|WGB]] | 77 | [[D|3-Jan]] | randomized as [[ID|11-R001]] |
[[ID|11-S002]] | [[N|MEQ]] | [[A|91]] | [[D|5-Jan]] | screen fail | excl. 7 (age > 85)
[[ID|11-S003]] | [[N|AT]] | 64 | [[D|5-Jan]] | screen fail | CHA2DS2-VASc 1
[[ID|11-S004]] | [[N|L-S]] | 70 | [[D|11-Jan]] | withdrew consent before Day 1 |
Pre-screened, not consented: 9 (chart review only, no identifiers kept).
Log kept by [[N|Corinna Fahey]]
""",
)

note(
    "b32-49",
    "Subject 041-003 queries",
    """
OPEN QUERIES - EDC export [[D|2024-05-02]] 08:00
Site 041 / subject [[ID|041-003]]
- Vital signs, Visit 3: "Weight 7.2 kg, please verify (baseline 72 kg)." Raised by [[N|dm_okoro]].
- AE page: "Onset [[D|31-APR-2024]] is not a valid date." Site reply by [[N|cvaldez]]: "Corrected to [[D|30-APR-2024]] per clinic note."
- Chemistry, Visit 3: "Potassium 6.8 mmol/L flagged; was the sample haemolysed? Please enter repeat value." Raised by [[N|dm_okoro]]; answered by PI [[N|Adaeze Nwachukwu]]: repeat 4.6.
Status: 1 open, 2 answered.
""",
)

note(
    "b32-50",
    "Subject 0302-0114",
    """
IND SAFETY REPORT - 15-day expedited (21 CFR 312.32)
IND 141772   Protocols TRX-403-01 and TRX-403-02   Drug: tavorelsib (TRX-403) 300 mg QD
Event: Stevens-Johnson syndrome (MedDRA PT 10042033), unexpected, suspected
Sponsor case [[ID|TRX-2024-000871]]; subject [[ID|0302-0114]], female, 58, Study Day 22.
Onset [[D|11 Mar 2024]]; 18% BSA epidermal detachment; transferred to regional burn unit. Reported to sponsor [[D|13 Mar 2024]]. Investigator: [[N|Fiorella Bassi]], MD (related).
Investigators should update the ICF risk section; IB v7 (dated 02 Jan 2024) will be amended.
Sponsor physician: [[N|Hamid Rezvani]], MD   [[PH|858-555-0183]]
""",
)

note(
    "b32-51",
    "Batbayar Erdenebileg",
    """
RVCT - Report of Verified Case of Tuberculosis (excerpt)
State case no. [[ID|2024-TB-00317]]   Date reported [[D|04/22/2024]]
Name: [[N|Batbayar Erdenebileg]]   DOB [[D|11/30/1969]]   Sex M
Country of birth: Mongolia; arrived in the US [[D|08/2019]]; passport no. [[ID|E48220197]]
Residence: [[ADDR|2410 Iron Range Blvd, Apt 9]], [[C|Lakemont]] [[Z|55760]]
Occupation: warehouse, Northstar Cold Storage (night shift)
Sputum smear positive [[D|04/15/2024]]; culture M. tuberculosis complex, isoniazid resistant (katG S315T). HIV negative. Chest X-ray: cavitary RUL.
Initial regimen RIF/EMB/PZA + levofloxacin. DOT 5 days/week.
Case manager: [[N|Delphine Araujo]], RN
""",
)

note(
    "b32-52",
    "Keisha Lamont",
    """
Animal bite / rabies exposure report
Victim: [[N|Keisha Lamont]], 34 F, [[PH|334-555-0115]]
Bite: [[D|6/2/2024]] about 18:00, left hand, category III, at [[ADDR|509 Pelham Ridge Dr]], [[C|Oak Shoals]]
Animal: dog "Biscuit" (beagle mix), owner [[N|Harlan Pruitt]] of the same address; rabies certificate expired 2022.
10-day home observation through [[D|6/12]]; animal control officer [[N|Wes Dunaway]], badge [[ID|ACO-117]].
PEP: HRIG plus vaccine started [[D|6/3]] in the ED (schedule days 0, 3, 7, 14).
Dog healthy at day 10, PEP stopped after dose 3 on [[D|6/10]].
""",
)

note(
    "b32-53",
    "Zainab Olatunji",
    """
CHILDHOOD LEAD CASE - environmental investigation
Child: [[N|Zainab Olatunji]], DOB [[D|02/19/2022]]. Venous BLL 24 ug/dL on [[D|7/9/24]] (capillary 31 on [[D|6/27/24]]).
Home: [[ADDR|1142 Ferncliff Ave, 2nd fl]], [[C|Brightmoor Heights]] (built 1925, rental)
Parents: [[N|Adebola]] and [[N|Kunle Olatunji]]. Landlord: [[N|Stavros Galanis]], [[PH|313-555-0166]].
XRF: window sills 4.2 mg/cm2, porch rail 2.8 mg/cm2. Dust wipe, kitchen floor 62 ug/ft2 (standard 10).
Daycare: Tiny Steps Learning (built 2004), low risk.
Order to abate issued [[D|7/19/24]]. Risk assessor: [[N|Reggie Falk]], license [[LIC|LRA-9931]].
""",
)

note(
    "b32-54",
    "Oscar Villalobos-Grant",
    """
Foodborne illness complaint - phone interview
Complainant: [[N|Oscar Villalobos-Grant]], call back [[PH|720-555-0136]]
Ill party of 4: self, partner [[N|Jess]], friends [[N|Ravi]] and [[N|Tamsin]]. All ate at Lucky Koi Sushi, [[C|Wexford Heights]], on [[D|Sat 10/19]] around 20:00 (fried rice, tempura, spicy tuna).
Onset 2-5 h later: vomiting, cramps; no fever. Short incubation suggests a preformed toxin (B. cereus, S. aureus).
72-h food history: [[D|Thursday]] home cooking; [[D|Friday]] office pizza; nobody else at the office ill.
No stool specimens. Referred to EH for inspection.
Interviewer: [[N|Pauline Ashdown]], epi II
""",
)

note(
    "b32-55",
    "Kyle Brennecke (Trauma Zulu)",
    """
Nonfatal overdose surveillance entry
Incident time: [[D|2024-10-05T02:44:00-04:00]]
Scene: [[ADDR|39.96214, -82.99881]] (parking lot behind laundromat)
EMS: Medic 14, run [[ID|2410-05-0388]]. Friend "[[N|Dutch]]" called 911 from [[PH|614-555-0193]].
Naloxone 4 mg IN x2, responsive after second dose. RR 6 on arrival.
Registered in ED as "Trauma, Zulu" (unidentified), MRN [[MRN|9904417]]; identified at 05:10 as [[N|Kyle Brennecke]], 31 M.
Fentanyl test strip positive; xylazine strip negative.
Peer recovery specialist [[N|Marguerite]] visited [[D|10/6]]; declined MOUD, accepted naloxone kit.
""",
)

note(
    "b32-56",
    "Returned implants, complaint CPL-88231",
    """
[[D|February 2, 2024]]
Dr. [[N|Leontyne Baptiste-Ward]]
[[ADDR|1500 Meridian Plaza, Suite 300]], [[C|Cordova Springs]], TX [[Z|78015]]
Re: Returned product analysis, complaint [[ID|CPL-88231]]
Devices: silicone gel breast implants, style 410MX, 325 cc; left serial [[DEV|16559023-114]], right serial [[DEV|16559023-117]] (lot 16559023).
Patient identifier on the complaint form: [[N|T.R.]]. Explanted [[D|12/14/2023]] for Baker grade IV capsular contracture (left).
Findings: shells intact, no gel bleed beyond specification, no manufacturing anomaly.
Questions to [[N|Griffin Ashcombe]], Product Surveillance, [[EM|gashcombe@lumenaesthetics.example]].
""",
)

note(
    "b32-57",
    "Soledad Ibarra",
    """
Pregnancy Exposure Registry (antiepileptic drugs) - 3-month infant follow-up
Enrolment ID [[ID|AED-PR-04471]]; mother [[N|Soledad Ibarra]], lamotrigine 200 mg/day throughout.
LMP [[D|03/11/2023]]; EDD [[D|12/16/2023]]; delivered [[D|12/09/2023]] at 39w0d, vaginal.
Infant [[N|Mateo Ibarra]]: birth weight 3210 g, Apgar 8/9, no major malformation; mild hip click resolved.
Pediatrician Dr [[N|Kwabena Fosu]] (records by fax [[FX|559-555-0144]]).
Developmental screen (ASQ-3) all domains above cutoff.
Interview by [[N|Bronwyn Tate]], [[D|3/12/2024]].
""",
)

note(
    "b32-58",
    "Subject HEP-22-0931",
    """
Safety Review Committee - potential Hy's law case
Subject [[ID|HEP-22-0931]] (site 22, investigator [[N|Emeka Duru]], MD)
ALT 612 U/L (15.3x ULN), total bilirubin 3.4 mg/dL (2.9x ULN), ALP 140 U/L at Week 8 ([[D|07-Aug-2024]]). R ratio 10.6, hepatocellular.
Hepatitis A/B/C/E serologies negative; no alcohol; acetaminophen up to 2 g/day.
Study drug stopped permanently [[D|08-Aug-2024]]. Liver biopsy [[D|15-Aug-2024]] (pathology [[ID|LB24-1173]]): drug-induced injury pattern.
Reported to FDA as an IND safety report [[D|16-Aug-2024]].
Committee: [[N|Arvind Sood]] (external hepatologist), [[N|Carys Mallory]] (sponsor medical monitor).
""",
)

note(
    "b32-59",
    "Privacy incident PI-2024-0416",
    """
PRIVACY INCIDENT REPORT  [[ID|PI-2024-0416]]
Discovered [[D|Apr 16, 2024]]; occurred [[D|Apr 12]].
Research coordinator [[N|Devika Raman]] e-mailed a spreadsheet of 37 participants (names, DOB, MRNs) to a personal account of Dr [[N|Hjalmar Sorensen]], [[EM|hsorensen.home@mailbox.example]], instead of his work address.
Mail provider log: attachment opened once from IP [[IP|203.0.113.77]] on [[D|Apr 13]]. Attestation of deletion received [[D|Apr 18]].
Four-factor risk assessment: low probability of compromise; breach notification not required. Workforce retraining completed.
Privacy officer: [[N|Marguerite Oyelade]]
""",
)

note(
    "b32-60",
    "Registry audit record CSR-2024-00612",
    """
Registry data-quality audit - adult cardiac surgery registry, Q2 sample
Auditor: [[N|Leopold Weiss]] (external), remote session from [[IP|198.51.100.23]]
Record 7 of 30: registry record [[ID|CSR-2024-00612]], surgery [[D|05/07/2024]] (CABG x3)
Source chart link: [[URL|https://ehr.stlukes-north.example/chart?mrn=00777142&enc=7781220]]
Discrepancies: (1) pre-op creatinine entered 1.4, source 1.9 on [[D|05/06]]; (2) STS PROM recalculated from 2.1% to 2.6%; (3) discharge entered [[D|05/15/2024]], source [[D|05/14/2024]].
Abstractor [[N|Keziah Blount]] to correct by [[D|7/1]].
Agreement 96.4% (target 95%).
""",
)
if __name__ == "__main__":
    write(OUT, NOTES)
