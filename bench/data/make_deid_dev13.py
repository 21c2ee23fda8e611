#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_dev13.jsonl.

Development set 13: outpatient and rehabilitation services outside the usual
hospital ward -- general dentistry, orthodontics and oral surgery (tooth numbers,
surfaces and CDT codes that are not identifiers, dental-plan member numbers,
crown and denture lab slips), optometry and ophthalmology (spectacle and contact
lens prescriptions, IOL and drainage-device serials, visual-field printouts),
audiology (hearing-aid, cochlear-implant and bone-conduction fittings with
left/right serials), dermatology (lesion-photo logs whose file names embed dates
and initials, Mohs, patch testing, iPLEDGE), orthotics and prosthetics, and
physical, occupational and speech therapy plans of care signed by therapists.
The notes are dense with eponyms and device models that must stay unmarked
(Snellen, Ishihara, Invisalign, Phonak Audeo, Mohs, Fitzpatrick type, Epley,
Dix-Hallpike) and name people in short forms, initials and log-in names.

Annotation conventions (HIPAA Safe Harbor):
- NAME covers anyone named: patients, family, friends, caregivers, clinicians
  and other staff, including nicknames, lower-case or upper-case spellings,
  initials that stand for a person (also inside image file names), log-in names
  and handles.  Titles and credentials (Dr., Mrs., Capt., MD, RN, AuD ...) are
  left outside the span.  Kinship words, pets, eponyms, celebrities and names
  that are part of a facility or company name are not marked.
- DATE covers any date element finer than a year: full dates in any format
  (including day-first and compact forms inside file names), month+day,
  month+year, a lone month, and weekdays or holidays used as the date of an
  event.  Bare years, clock times, durations, recurring schedules and ages
  under 90 are not marked.
- AGE marks only ages of 90 and over, the number alone.
- PHONE and FAX mark the whole number with any extension; EMAIL, URL
  (patient-specific links) and IP addresses are marked whole.
- SSN, MRN, HEALTH_PLAN (member, subscriber, Medicare/Medicaid and group
  numbers), ACCOUNT (billing, financing, bank and invoice numbers), LICENSE
  (driver's, professional, DEA, airman), VEHICLE (plates, VINs), DEVICE
  (serial numbers of implants, aids, processors and equipment) and ID (any
  other code tied to a person or record: case, claim, accession, badge, NPI,
  interpreter, registry and study numbers).
- ADDRESS marks street address, unit or PO box; CITY marks cities, towns and
  neighbourhoods; ZIP marks ZIP and foreign postal codes.  States and
  countries are not marked.
- Not marked: facility, school, agency and company names (a town inside such a
  name is put in the note's allow tuple), drugs, device models, catalogue and
  lot numbers, CDT/CPT/L-codes, tooth numbers, scores, lab values, room
  numbers and bare years.

Stdlib only.  Run: python bench/data/make_deid_dev13.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_dev13.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "d13-01",
    "Bettie Lou Hargrove",
    """
PERIODIC ORAL EVAL (D0120) + ADULT PROPHY (D1110)
Pt: [[N|HARGROVE, BETTIE L]]   DOB [[D|04/11/1951]]   Chart # [[MRN|DN-204417]]
Dental ins: Delta Dental PPO, member [[HP|DDP884120937]], group [[HP|07110042]]
Visit [[D|3/2/24]]. Pt [[N|Bettie]] reports sensitivity UL w/ iced tea x 2 wks. Med hx: HTN (lisinopril 10 mg), alendronate since 2019 - discuss before any extractions (MRONJ risk).
Exam: #3 MOD amalgam intact, #14 recurrent decay DO, #19 PFM crown margin open M. Probing 2-4 mm generalized, 5 mm #31 DL, BOP ~15%. Caries risk moderate (CAMBRA).
Tx plan: #14 DO composite, #19 replace crown. Rx PreviDent 5000 Plus.
Daughter [[N|Carla Hargrove-Diaz]] ([[PH|864-555-0172]]) asked to be cc'd on the estimate.
Hyg: [[N|M. Quintanilla]], RDH     Dr: [[N|A. Okafor-Reyes]], DMD
""",
)

note(
    "d13-02",
    "Aarav Raghunathan",
    """
ORTHO PROGRESS - aligner check
[[N|Aarav Raghunathan]] (14 y/o)  |  DOB [[D|2009-05-30]]  |  Acct [[ACCT|ORT-55120]]  |  Tx start [[D|Aug 2023]]
Invisalign Teen, tray 22 of 38, ClinCheck rev 3. Attachments #6 and #11 debonded -> rebonded today. IPR 0.2 mm #23/#24.
Class II elastics 3/16" 4.5 oz, 22 h/day -- mom says he "forgets at school." Tracking fair on #7 (refinement likely).
Retention plan: Vivera x3 at debond.
Parent: [[N|Lakshmi R.]], cell [[PH|(408) 555-0119]], [[EM|lakshmi.raghu@examplemail.com]]
Ins: MetLife dental, ortho lifetime max $1,500, ID [[HP|MET-7730192-01]]
Smile portal: [[URL|https://smiles.exampleortho.com/pt/ar55120]]
Next appt [[D|Tue 1/16]] w/ Dr. [[N|Feldstein]]; photos/scans by [[N|Jaz]] (asst).
""",
)

note(
    "d13-03",
    "Tomasz Wierzbicki",
    """
OMFS OPERATIVE NOTE
Patient: [[N|Tomasz Wierzbicki]]   DOB [[D|02/19/1998]]   MRN [[MRN|00731846]]   DOS [[D|11-Oct-2023]]
Surgeon: [[N|Ngozi Adeyemi-Clarke]], DDS, MD   Asst: [[N|R. Pham]]
Ins: Cigna Dental [[HP|U44820193]]
Procedure: ext #1, #16 (D7220) and #17, #32 full bony (D7240). IV sedation: midazolam 4 mg, fentanyl 100 mcg. LA: 2% lido 1:100k epi x3 carp, 0.5% bupivacaine x1.
#17/#32 sectioned, follicles curetted; IAN not visualized. Irrigated, 3-0 chromic. EBL 20 mL.
Escort: brother [[N|Paweł]] [[PH|312-555-0158]]. Discharged 10:40, alert.
Rx: ibuprofen 600 q6h, Norco 5/325 #8, CHX rinse. F/u 1 wk.
Case # [[ID|OS-23-4471]]   DEA [[LIC|FA4418296]]
""",
)

note(
    "d13-04",
    "J. Mbeki",
    """
LAB RX / CASE SLIP - Keystone Dental Arts
Case No. [[ID|KDA-118394]]     Pan 27
Doctor: [[N|Hiroshi Tanabe]], DDS   Lic [[LIC|DN 031877]]
Tanabe Family Dentistry, [[ADDR|2240 Old Mill Rd, Ste 4]], [[C|Cary]] NC [[Z|27513]]   Ph [[PH|919-555-0134]]   Fax [[FX|919-555-0135]]
Patient: [[N|J. Mbeki]]   Age 47   F
#8, #9: IPS e.max Press crowns, shade A2 body / BL4 incisal, stump ND3. Chamfer margins, moderate contacts.
#30: full-contour zirconia (Katana UTML), shade A3, 1.5 mm occ clearance.
Enclosed: PVS impressions U/L, bite reg, shade photos IMG_[[D|0214]]_[[N|JM]]_shade.jpg
Ship by [[D|Feb 26]]   Seat appt [[D|2/28]]
Sig: [[N|H. Tanabe]]
""",
    allow=("Tanabe",),
)

note(
    "d13-05",
    "Dolores Ybarra",
    """
COMPREHENSIVE EYE EXAM (92014)
Name: [[N|Dolores "Lola" Ybarra]]   DOB [[D|7/23/1962]]   Pt ID [[MRN|EYE-0091423]]   Cell [[PH|210-555-0187]]
VSP member [[HP|XX4420118]]   group [[HP|12044557]]
DOS [[D|09/05/2024]]   Provider: [[N|K. Nakamura-Byrne]], OD
CC: blurry near, "arms too short." Court stenographer, 8 h/day screens.
VA sc: OD 20/25, OS 20/30; near J5 OU.
MRx: OD -0.50 -0.75 x 095 / OS -0.25 -1.00 x 080, ADD +2.00 -> 20/20 OU.
Ishihara 14/14. Amsler WNL OU. IOP (iCare) 16/17 @ 10:12.
DFE: C/D 0.3 OU, 1+ NS OU, periphery flat 360.
A/P: presbyopia, astigmatism - PAL Rx given; RTC 1 yr.
Optical: Varilux X, Ray-Ban RB5154 frame; dispensed by [[N|Shay]], job [[ID|OPT-77802]].
""",
)

note(
    "d13-06",
    "Bryce Halvorsen",
    """
CONTACT LENS FITTING - toric
[[N|Bryce Halvorsen]] | DOB [[D|01-09-2001]] | MRN [[MRN|4471920]] | [[EM|bhalvorsen01@examplemail.net]]
Trial: Acuvue Oasys for Astigmatism
  OD 8.6 / 14.5 / -2.25 -0.75 x 180
  OS 8.6 / 14.5 / -2.75 -1.25 x 170
Centered, rotation < 5 deg OU, good movement. VA 20/20 OD, 20/20-1 OS.
Admits sleeping in lenses "sometimes" - counseled re: microbial keratitis, Acanthamoeba (no tap water).
FINAL CL Rx issued [[D|10/14/2024]], expires [[D|10/14/2025]]; 2-wk replacement, annual supply.
[[D|Oct 16]]: verification call from online retailer ([[PH|800-555-0199]]) - verified by [[N|tkowalczyk]].
Signed: [[N|Tamar Kowalczyk]], OD   NPI [[ID|1639284017]]
""",
)

note(
    "d13-07",
    "Wilhelmina Oduya",
    """
OPERATIVE REPORT - PHACO W/ IOL, RIGHT EYE
Pt: [[N|Wilhelmina Oduya]]   [[A|91]] yo F   MRN [[MRN|M-0338815]]   DOS [[D|4/17/2024]]
Surgeon: [[N|Rafael Santangelo]], MD   Anesthesia: MAC/topical, [[N|Dee Whitcomb]], CRNA
Dx: dense brunescent cataract OD (4+ NS), pseudoexfoliation.
IOL: Alcon AcrySof IQ SN60WF +21.5 D, serial [[DEV|12845560117]], lot 4471A.
Trypan blue capsule stain; 5.5 mm CCC; Malyugin ring 6.25; phaco chop, CDE 18.4; I/A; IOL in the bag. Miochol. Wounds hydrated, watertight.
No complications. To recovery bay 6.
Post-op: Pred Forte QID, Vigamox QID, Ilevro daily. Niece [[N|Abena]] driving. POD1 [[D|Thursday]] 8:15 AM.
Medicare MBI [[HP|1EG4-TE5-MK72]]
""",
)

note(
    "d13-08",
    "Funmilayo Oyelaran",
    """
HUMPHREY FIELD ANALYZER - Central 24-2 SITA Standard
Patient: [[N|OYELARAN, FUNMILAYO]]     ID: [[MRN|GL-550212]]
DOB: [[D|03-22-1957]]     Date: [[D|06-12-2024]]   Time: 14:06:33
Eye: Left   Fixation Monitor: Gaze/Blind Spot   Stimulus: III, White   Background: 31.5 ASB
Fixation Losses: 2/15   False POS: 3%   False NEG: 5%   Test Duration: 06:41
Pupil: 3.1 mm   Visual Acuity: 20/30   RX: +1.25 DS
GHT: Outside normal limits   VFI: 86%   MD: -5.42 dB P < 1%   PSD: 7.10 dB P < 0.5%
Interp: sup arcuate defect OS, progression vs [[D|Dec 2023]] baseline (GPA "possible progression").
HFA3 860, serial [[DEV|860-10447]]   Tech: [[N|lpereira]]   Reviewed: Dr. [[N|Onyekachi]]
cc: [[N|S. Greenbaum]], MD - fax [[FX|404-555-0162]]
""",
)

note(
    "d13-09",
    "Harold Petrakis",
    """
AUDIOLOGY - HEARING AID FITTING (binaural)
Pt: [[N|Harold "Hal" Petrakis]]   85 y/o   MRN [[MRN|22-018745]]   Fitting [[D|2/9/24]]
Devices: Phonak Audeo Lumity L90-R
  R: SN [[DEV|2211H3KX9]] (red)   L: SN [[DEV|2211H3KXB]] (blue)
  Charger SN [[DEV|C4-0987712]]. Receivers M, open domes 8 mm AU.
REM (Audioscan Verifit2) to NAL-NL2: within 5 dB 500-4k Hz R; under target 4k L by 7 dB -> adjusted.
Programs: AutoSense / Speech in Loud Noise / TV Connector. myPhonak app paired; app login [[EM|hal.petrakis38@examplemail.com]].
Warranty through [[D|2/2027]] (1 L&D claim).
Wife [[N|Irene]] present; will help w/ cleaning & charging. 45-day trial ends [[D|March 25]].
[[N|Priya Venkataraman]], AuD, CCC-A   Lic [[LIC|AU-4408]]
""",
)

note(
    "d13-10",
    "Mateo Alcantara-Ruiz",
    """
CI INITIAL STIMULATION (activation)
[[N|Mateo Alcántara-Ruiz]], 3 y/o   MRN [[MRN|PED3390418]]   DOB [[D|14/03/2021]] (day-first, per family's records from [[C|Madrid]])
Surgery L ear [[D|Jan 4]] - Dr. [[N|Whitfield]]. Cochlear Nucleus CI632 (Slim Modiolar), SN [[DEV|5301874426]].
Processor: Nucleus 8, SN [[DEV|N8-3305591]], magnet strength 2.
Impedances WNL all 22 electrodes. NRT thresholds used to set T-levels; C-levels behaviorally (VRA) - tolerated well, cried briefly at first stim.
Parents [[N|Lucía]] & [[N|Andrés]] trained on coil placement, retention (Snugfit), battery changes.
Spanish interpreter ID [[ID|INT-20417]]. Next MAP in 1 wk, then 1 mo.
[[N|B. O'Halloran]], AuD
""",
)

note(
    "d13-11",
    "Siobhan Mac Giolla",
    """
DERM FOLLOW-UP - total body skin exam
[[N|Siobhán Mac Giolla]] | DOB [[D|08/19/1979]] | MRN [[MRN|D-7782015]] | Fitzpatrick type I, red hair, many nevi
Hx: melanoma in situ L scapula 2019 (WLE). FHx: father - melanoma.
Today [[D|5/6/24]]: 4 mm irregular brown macule R calf, asymmetric, dermoscopy w/ atypical network + regression -> shave bx (saucerization).
Photo log:
  [[D|20240506]]_[[N|SMG]]_Rcalf_derm01.jpg
  [[D|20240506]]_[[N|SMG]]_Rcalf_clin02.jpg
  [[D|20240506]]_[[N|SMG]]_Lscap_scar03.jpg
Accession [[ID|SP24-019933]] to Dermpath Diagnostics.
Photoprotection reviewed, SPF 50+. RTC 3 mo or sooner with results via MyChart.
Scribe: [[N|kbrennan2]]   Attending: [[N|Joaquim Ferreira]], MD
""",
)

note(
    "d13-12",
    "Eustace Greenleaf",
    """
MOHS MICROGRAPHIC SURGERY
Pt: [[N|Eustace Greenleaf]]   [[A|93]] y/o M   DOB [[D|02/02/1931]]   MRN [[MRN|448-20-19]]
DOS [[D|March 11, 2024]]   Surgeon: [[N|Adaeze Nwosu]], MD (Mohs)
Dx: nodular BCC L nasal ala, pre-op 0.9 x 0.7 cm.
Stage I: 4 sections, tumor 2-5 o'clock. Stage II: clear. Final defect 1.6 x 1.3 cm.
Repair: bilobed transposition flap (Zitelli), 5-0 Monocryl / 6-0 Prolene. On apixaban, not held; electrocautery for hemostasis.
Caregiver: son-in-law [[N|Marcus Treadwell]] [[PH|503-555-0128]]; pt lives w/ him at [[ADDR|611 NE Fremont St Apt 2]], [[C|Portland]] [[Z|97212]].
Suture removal [[D|3/18]]. Referring: Dr. [[N|Lyle Fairbanks]] (PCP).
""",
)

note(
    "d13-13",
    "Darnell Whitaker-Boone",
    """
Summit Orthotics & Prosthetics - DELIVERY NOTE
Pt: [[N|Darnell Whitaker-Boone]]   DOB [[D|6/30/1984]]   Acct [[ACCT|SOP-0193377]]   cell [[PH|901-555-0146]]
Referring: [[N|Gita Raman]], MD (PM&R). L-codes: L5301, L5673, L5987.
Dx: L transtibial amputation [[D|Sept 2023]] after crush injury (forklift).
Components: Össur Pro-Flex XC foot SN [[DEV|PFX27-884120]]; Iceross Seal-In X5 liner sz 28; 30 mm pylon.
Definitive TSB socket after check socket #2. Bench + dynamic alignment. Gait: mild vaulting on L; corrected w/ 5 mm toe-out + 1/4" heel wedge.
Parking: disability placard [[ID|DP-5521873]], plate [[VEH|KTR 4492]] on file for clinic pass.
Medicaid [[HP|MDC 220119475]]
Prosthetist: [[N|Fernando "Nando" Lisboa]], CPO
""",
)

note(
    "d13-14",
    "Rosalind Achterberg",
    """
PHYSICAL THERAPY - PLAN OF CARE / CERTIFICATION
Patient: [[N|Rosalind Achterberg]]   DOB: [[D|10/04/1946]]   MRN [[MRN|PT2018833]]
Dx: s/p R TKA [[D|07/22/2024]] (Dr. [[N|Kessler]]). ICD-10 Z96.651, M25.661.
Eval [[D|07/30/2024]]: AROM knee 8-92 deg, ext lag 5 deg. TUG 16.2 s. LEFS 28/80. Pain 6/10 w/ stairs.
Goals (8 wks): AROM 0-115 deg, TUG < 12 s, reciprocal stairs w/ 1 rail, community ambulation w/o AD.
Interventions: 97110, 97140, 97116, 97530; NMES (Russian) quads. Freq 3x/wk x 8 wk.
Cert period [[D|7/30/24]] - [[D|9/23/24]].
Medicare MBI [[HP|5AT9-QD2-RK41]]
Therapist: [[N|T. Nakamura]], PT, DPT   Lic [[LIC|PT012445]]
Physician signature: ______________   Date: ________
""",
)

note(
    "d13-15",
    "Kwame Asante",
    """
OT hand therapy eval
pt: [[N|kwame asante]] ; mrn [[MRN|00459213]] ; ref [[N|Liesl Brandt]], PA-C (ortho)
DOI [[D|8/3]] - FOOSH off rental e-scooter in [[C|Rittenhouse]]. ORIF L distal radius [[D|8/9]] (volar locking plate). Non-dominant.
today: fabricated volar wrist cock-up (Orfit Classic 2.0 mm), edema mgmt w/ Isotoner glove + retrograde massage, tendon glides. AROM wrist ext 20/flex 25, sup 45. Grip (Jamar pos II) 8 lb L vs 72 lb R. QuickDASH 61.4. Pain 5/10.
work: line cook in [[C|South Philly]], can't lift sheet pans; WC claim [[ID|WC-24-0831776]].
prefers text [[PH|267-555-0191]].
plan: 2x/wk x 6 wk, HEP. next [[D|Wed 9/4]].
[[N|Rebecca "Becca" Soto]], OTR/L, CHT
""",
)

note(
    "d13-16",
    "Yevgenia Kholodova",
    """
SLP TREATMENT PLAN - Inpatient Rehab Unit 4W
Patient: [[N|Yevgenia Kholodova]] (goes by "[[N|Zhenya]]")   Acct [[ACCT|8840021937]]   MRN [[MRN|IR-2290187]]
Onset: L MCA CVA, admitted to acute care on [[D|Valentine's Day]]; to IRF [[D|2/21]].
Dx: nonfluent (Broca's) aphasia, apraxia of speech, oropharyngeal dysphagia.
WAB-R AQ 41.2. MBSS [[D|2/16]]: PAS 5 w/ thin; IDDSI 5 minced & moist + mildly thick (level 2) liquids.
LTG: name functional objects 80% w/ min cues; use communication board for basic needs; advance to thin liquids.
Tx: 60 min 5x/wk (MIT, script training). Russian interpreter PRN.
Family: daughter [[N|Olga Brenner]] ([[EM|olga.brenner@examplemail.org]], [[PH|347-555-0126]]) attends Sat sessions.
[[N|Jenna McCaskill]], MS, CCC-SLP   [[D|02/22/2024]] 15:40
""",
)

note(
    "d13-17",
    "Alfonso Quintero",
    """
AUDIOGRAM REPORT
NAME............ [[N|QUINTERO, ALFONSO]]
DOB............. [[D|1960-11-02]]
MRN............. [[MRN|ENT 771 0032]]
TEST DATE....... [[D|2024-03-19]]
AUDIOMETER...... GSI AudioStar Pro, SN [[DEV|AS0923117]]
REFERRED BY..... Dr. [[N|Hassan Al-Amin]] (PCP), fax [[FX|(702) 555-0148]]
PTA: R 38 dB HL / L 55 dB HL.  WRS R 92% @ 75 dB, L 64% @ 90 dB.
Tymps Type A AU; ipsi reflexes absent L 2k. Weber lateralizes R. Tinnitus L, THI 46.
Impression: asymmetric SNHL L > R, poor WRS L. Retired ironworker, no HPD use.
Rec: MRI IAC w/ gadolinium r/o vestibular schwannoma; PCP (Dr. [[N|Al-Amin]]) notified. Wife [[N|Consuelo]] present.
Audiologist: [[N|Celeste Morrow]], Au.D.   Lic [[LIC|A0921]]
""",
)

note(
    "d13-18",
    "Sofia Delgado",
    """
ADA DENTAL CLAIM - key fields (837D preview)
4. Other coverage: N
12. Policyholder: [[N|DELGADO, RAMON J]]  [[ADDR|47 Birchwood Ct]]  [[C|Bayonne]] NJ [[Z|07002]]
13. DOB [[D|05/17/1970]]   15. Subscriber ID [[HP|GRD900174432]]   16. Group [[HP|G-558210]]
18. Relationship: child   20. Patient: [[N|DELGADO, SOFIA M]]   DOB [[D|09/01/2012]]
23. Pt ID/Acct [[ACCT|BDF-22817]]
24. [[D|06/03/2024]] D1120 prophylaxis-child $88
    [[D|06/03/2024]] D1206 fluoride varnish $42
    [[D|06/03/2024]] D1351 sealant #3, #14, #19, #30  4 x $55
48. Billing: Bayonne Pediatric Dental Group, [[ADDR|560 Broadway]]  ph [[PH|201-555-0124]]
49. NPI [[ID|1427038815]]   51. TIN [[ID|22-3319047]]
53. Treating dentist: [[N|Yusuf Karaca]], DDS   54. NPI [[ID|1932207461]]   55. Lic [[LIC|22DI01994500]]
""",
    allow=("Bayonne",),
)

note(
    "d13-19",
    "Amparo Villasenor",
    """
INTRAVITREAL INJECTION - OS
[[N|Amparo Villaseñor]]   [[A|96]] y/o F   MRN [[MRN|R-00418822]]   [[D|06/03/2024]]
Dx nAMD OS (H35.3221). Injection #14 this eye.
Drug: aflibercept 2 mg/0.05 mL, lot 3J119B. Time-out 10:02 w/ [[N|Lupe]] (tech); site/eye verified.
Prep: proparacaine, Betadine 5%, lid speculum. 30g needle 4.0 mm post limbus inferotemporally. IOP post 18 mmHg, CF vision confirmed.
OCT: CST 312 um (288 on [[D|4/22]]), new SRF -> shorten interval to 5 wk (treat & extend).
Next: [[D|Mon 7/8]].
Lives w/ granddaughter [[N|Itzel]] in [[C|Pico Rivera]]; rides Access paratransit, rider # [[ID|AP-4419807]].
Medicare [[HP|7KF2-WA4-UT19]]
[[N|Daniel Szymanski]], MD
""",
)

note(
    "d13-20",
    "June McAllister",
    """
*** OPTICAL LAB ORDER ***          ORDER# [[ID|LB-4410093]]
CUST: [[N|MCALLISTER, JUNE]]       PH: [[PH|(615) 555-0103]]
DR: [[N|PATEL, N]] OD              RX DATE: [[D|04/02/24]]
        SPH    CYL    AXIS   ADD    PRISM
OD     +1.75  -0.50   010   +2.50  1.0 BI
OS     +2.00  -0.75   165   +2.50  1.0 BI
PD 62/59   SEG HT 19/19
LENS: 1.67 PROGRESSIVE, AR CRIZAL SAPPHIRE, TRANSITIONS GEN S GRAY
FRAME: LINDBERG 1822 52-18-140, COLOR P10
INS: EYEMED  MBR [[HP|EYM660184932]]  AUTH [[ID|A77G4420]]
DUE: [[D|04/12]]   NOTIFY BY TEXT
SOLD BY: [[N|dfontaine]]   CUST ACCT [[ACCT|C-003318]]
""",
)

note(
    "d13-21",
    "Adaora Obi-Watkins",
    """
TELEDERM E-CONSULT (store-and-forward)
Submitted [[D|Sun 10/6/2024]] 22:14 from IP [[IP|73.162.44.219]]
Case link: [[URL|https://derm.examplehealth.org/econsult/88310472]]
Pt: [[N|Adaora Obi-Watkins]], 34F, Fitzpatrick V, MRN [[MRN|30028817]]
Images: [[N|AOW]]_[[D|100624]]_face1.heic, [[N|AOW]]_[[D|100624]]_face2.heic (pt-taken, daylight)
Q from PCP [[N|M. Ferraro]], NP: "hyperpigmented patches cheeks/upper lip x 6 mo, worse in summer - melasma?"
A: Symmetric reticulated brown patches malar + upper lip; c/w mixed melasma. Wood's lamp not possible remotely. Start hydroquinone 4% qHS x 3 mo, tinted iron-oxide SPF 50 daily; consider oral TXA 325 mg BID if no response. No in-person visit needed.
[[N|Ilse Vandermeer]], MD - replied [[D|10/8/2024]]
""",
)

note(
    "d13-22",
    "Elijah Mbatha",
    """
SPEECH-LANGUAGE PROGRESS REPORT (IEP) - 2nd marking period
Student: [[N|Elijah "Eli" Mbatha]]   Student ID [[ID|S-2210458]]   Gr. 2
School: Holbrook Elementary ([[C|Hamtramck]], MI)
Goal 1 (artic): vocalic /r/ at word level 80% acc. Baseline [[D|Sept]] 15% -> now 62%. Progressing.
Goal 2 (language): follow 3-step directions w/ spatial concepts; CELF-5 core 84 (re-eval due [[D|Jan 2026]]).
[[N|Eli]] loves dinosaurs; used as reinforcers.
Parent conference [[D|Nov 21]] w/ mother [[N|Thandiwe Mbatha]], who asked for home practice sheets (sent home in folder).
Medicaid school-based svcs ID [[HP|MI-0044192873]]
[[N|Renée Dubois-Kaplan]], M.A., CCC-SLP   Lic [[LIC|5102019844]]
[[EM|rdubois-kaplan@hamtramck.k12.example.us]]
""",
)

note(
    "d13-23",
    "Gerald Fitzsimmons",
    """
HEARING AID SERVICE LOG - [[N|FITZSIMMONS, GERALD P.]]   chart [[MRN|A-10483]]
[[D|01/08]]  clean/check AU. Wax guards replaced (CeruShield). R mic dead -> sent to Starkey, RA# [[ID|RA-558301]]. [[N|GPF]]/[[N|mk]]
[[D|01/22]]  R aid returned (Genesis AI 24 RIC); new SN [[DEV|24063718]] replaces [[DEV|22118894]]. Re-paired w/ iPhone. -[[N|mk]]
[[D|01/29]]  TC from pt's son [[N|Declan]] [[PH|570-555-0114]]: L whistling. Likely cerumen; advised PCP for lavage. -[[N|jt]]
[[D|03/05]]  L dome up to 10 mm power dome, feedback manager re-run, -2 dB at 4k. Pt happy. -[[N|mk]]
Benefit: TruHearing via Humana MA, TH ID [[HP|TH-34429017]].
""",
)

note(
    "d13-24",
    "Philippa Crowninshield",
    """
LOW VISION REHAB - OT Initial Evaluation (home visit)
Client: Mrs. [[N|Philippa Crowninshield]] ("[[N|Pippa]]"), [[A|98]] y/o
Home: [[ADDR|14 Larkspur Lane]], [[C|Marblehead]], MA [[Z|01945]] - lives alone, 2-story, bedroom upstairs.
Dx: geographic atrophy OU. VA 20/400 OD, CF 3 ft OS (per Dr. [[N|Anjali Sethuraman]], retina, [[D|March 2024]]).
MNREAD critical print size 2.0M. PRL superior-left.
Trials: Eschenbach Mobilux LED 5x (good for mail), Optelec ClearView C CCTV (loved it). Bump dots on stove & microwave; liquid-level indicator.
Safety: no night lights; dark runner on stairs -> contrasting tape.
Daughter [[N|Winifred]] calls daily from [[C|Halifax]], NS.
Goals: independent med mgmt w/ talking pill reader; read own mail.
Next visit [[D|Fri 4/19]]. - [[N|Carmen Ruiz-Tagle]], OTR/L, SCLV
""",
)

note(
    "d13-25",
    "Harper Lindqvist",
    """
[[D|May 2, 2024]]

Dr. [[N|Emeka Okonkwo]]
Riverbend Orthodontics
[[ADDR|900 Riverbend Pkwy, Suite 210]]
[[C|Chattanooga]], TN [[Z|37405]]

Re: [[N|Harper Lindqvist]], DOB [[D|11/30/2013]]

Dear [[N|Emeka]],
Thank you for seeing [[N|Harper]]. At her recall on [[D|4/29]] I noted a Class II div 2 pattern, ~90% deep bite, and an impacted #6 (palpable buccally; see pano). #C and #H retained. No caries; hygiene good.
Mom ([[N|Astrid]]) is eager to start before summer camp. Pano and BWX sent via DentalXChange, attachment [[ID|DXC-9913047]].

Warmly,
[[N|Priscilla Baptiste-Nunes]], DDS
Lookout Kids Dental | [[PH|423-555-0167]]
""",
)

note(
    "d13-26",
    "Vikram Balasubramanian",
    """
IMPLANT PLACEMENT - SITE #30
Pt [[N|Vikram Balasubramanian]]   MRN [[MRN|OS-0071154]]   DOS [[D|Tue 6/11/24]]
Surgeon: Dr. [[N|Chloé Martin-Okafor]]   Asst: [[N|Farida]] (DA), consent witnessed
CBCT [[D|5/20]]: 9.8 mm above IAN canal, B-L width 8.1 mm.
Flap, sequential osteotomy, NobelActive 4.3 x 10 mm RP, REF 34118, lot 13228811. Insertion torque 45 Ncm, ISQ 76/78. Cover screw, 4-0 PTFE.
Graft: Bio-Oss 0.25 g + Bio-Gide over buccal dehiscence.
Rx: amoxicillin 500 TID x 7d, CHX 0.12%. Uncover ~4 mo.
Emergency contact: wife [[N|Meenakshi]] [[PH|972-555-0137]]
Financing: CareCredit acct [[ACCT|6019-1830-4471]]; Aetna Dental PPO member [[HP|W224881073]].
""",
)

note(
    "d13-27",
    "Dakota Reyes-Whitehorse",
    """
EYE ED TRIAGE / RESIDENT NOTE
Arrived [[D|July 4th]] 21:37 - fireworks injury L eye (mortar tipped over).
Pt [[N|Dakota Reyes-Whitehorse]], 19M, MRN [[MRN|EED-5520914]], home [[C|Visalia]]. Cell [[PH|559-555-0140]].
VA OD 20/20, OS HM. IOP 15 / 31. L: 360 SCH, 2 mm layered hyphema, corneal burns w/ embedded particles, Seidel neg. CT orbits: no IOFB, no fx.
Plan: Fox shield, atropine 1% BID, Pred Forte QID, timolol BID, HOB 30 deg, no NSAIDs. Sickle screen.
Friend [[N|Tyler]] drove him; pt's truck left in ambulance bay - security ran plate [[VEH|8RKD552]] for tow notice.
Seen by Dr. [[N|Gupta]] (PGY-3); d/w Dr. [[N|Harriet Olafsdottir]] (attending). F/u retina clinic [[D|7/5]] 8 AM.
""",
)

note(
    "d13-28",
    "Emi Nakashima",
    """
PEDIATRIC AUDIOLOGY - DIAGNOSTIC ABR
Infant: Baby Girl [[N|Nakashima]] (parents call her "[[N|Emi]]")   DOB [[D|10/28/2024]]   MRN [[MRN|NB-00318742]]
Mother: [[N|Reiko Nakashima]], [[PH|808-555-0181]]
Hx: NICU 12 d (hyperbili, peak 19.4), gentamicin x 48 h. Newborn AABR refer R ([[D|10/30]]); outpatient rescreen refer R.
Test [[D|11/18/2024]], natural sleep: R click 50 dB nHL; TB 500 Hz 40, 2 kHz 55, 4 kHz 60. L WNL. DPOAE absent R, present L. Tymps normal AU.
Dx: mild-moderate SNHL, right.
Plan: ENT, genetics, ophthalmology; Early Intervention referral; discuss amplification trial. cCMV urine PCR negative.
State EHDI ID [[ID|EHDI-24-118820]]   Med-QUEST [[HP|QM 0041178293]]
[[N|Marguerite Boateng]], AuD
""",
)

note(
    "d13-29",
    "Augustin Thibodeaux",
    """
TELEPHONE ENCOUNTER - Dermatology
Caller: [[N|Leontyne]] (pt's sister, DPOA) at [[PH|(225) 555-0131]]
Re: [[N|Augustin Thibodeaux]]   DOB [[D|1/5/1952]]   MRN [[MRN|DRM-660417]]
Msg: "[[N|Gus]] been putting the Efudex on his forehead & scalp since [[D|Monday]], now raw, crusty, oozing." Wants to know if he should stop so he looks OK for the [[D|Mardi Gras]] parade.
RN: expected inflammatory phase of 5-FU. Per Dr. [[N|Fontenot]] continue through wk 3 unless bleeding/fever; Vaseline bid; no other products. Pt may send photo via portal (username [[N|athib52]]). Sister asked that letters go to her at [[ADDR|118 Rue Toulouse]], [[C|Breaux Bridge]] [[Z|70517]].
- [[N|Tessa Broussard]], RN   [[D|2/5/24]] 11:20
""",
)

note(
    "d13-30",
    "Ingeborg Lindahl",
    """
PT DAILY NOTE - Vestibular
[[N|Ingeborg Lindahl]] ("[[N|Inge]]")   [[A|90]] y/o   MRN [[MRN|V-118403]]   Visit 3 of 8, [[D|10.02.2024]]
S: "Room spun when I rolled over [[D|Saturday]]." Denies hearing change, no new HA.
O: R Dix-Hallpike (+) upbeating torsional nystagmus ~20 s, fatigable. L Dix-Hallpike neg. Supine roll neg.
Tx: Epley maneuver R x2 -> 2nd trial neg. Semont not needed. Brandt-Daroff HEP deferred.
DHI 52/100. DGI 16/24 - fall risk; uses Nova rollator.
Companion [[N|Lorne]] drove; family asks re: home health vs clinic.
A/P: R posterior canal BPPV, canalithiasis. Reassess [[D|Oct 9]].
[[N|Sunil Arora]], PT, DPT - e-signed [[N|sarora]]
""",
)

note(
    "d13-31",
    "Kaiden Two Bulls",
    """
ORTHOTIC EVAL - bilateral AFOs
Pt: [[N|Kaiden Two Bulls]], age 6   DOB [[D|4/27/2018]]   IHS chart [[MRN|PR-0044719]]
Dx: spastic diplegic CP, GMFCS II. Current AFOs outgrown (toe spill 1.5 cm).
Exam: ankle DF w/ knee ext 0 deg R, 5 deg L; Silfverskiold (+) - gastroc tightness. Crouch w/ fatigue.
Plan: hinged AFOs w/ PF stop, 3/16" copolymer, free DF; plaster slipper casts today, fit ~3 wks.
Mom [[N|Winona Two Bulls]] [[PH|605-555-0152]]; home [[ADDR|2215 Sheridan Lake Rd]], [[C|Rapid City]], SD [[Z|57702]].
Coverage: SD Medicaid [[HP|77104592]].
School PT Ms. [[N|Abernathy]] faxed gait video consent from [[FX|605-555-0153]].
Orthotist: [[N|Greg Szabo]], CO   Next: [[D|Dec 3]]
""",
)

note(
    "d13-32",
    "Guadalupe Ochoa de la Cruz",
    """
LIMITED EVAL - D0140 (emergency)
Sra. [[N|Guadalupe Ochoa de la Cruz]], 58 años. Exp. [[MRN|CD-119045]]. Fecha nac. [[D|12/08/1965]]. Cel [[PH|559-555-0109]]
Interpreter: [[N|Héctor]] (LanguageLine #[[ID|30042]])
CC: "me duele la muela de abajo" x 4 days, swelling R jaw since [[D|Sunday]].
Exam: #30 deep DO caries, +percussion, +palpation buccal, fluctuant vestibular swelling 1.5 cm. No trismus, FOM soft. Temp 99.1.
PA: large PARL #30 M & D roots.
Tx: I&D buccal, no drain. Rx amoxicillin 500 mg TID x 7d, ibuprofen 600 + APAP 500 q6h.
Options reviewed in Spanish: RCT + crown vs ext. Pt leaning to ext (cost). Denti-Cal BIC [[HP|90211847A]].
Daughter [[N|Marisela]] to pick up.
Dr. [[N|Baines]] / asst [[N|Yaz]]
""",
)

note(
    "d13-33",
    "Lorenzo Abernethy-Sato",
    """
REFRACTIVE SURGERY CONSULT
Patient: Capt. [[N|Lorenzo Abernethy-Sato]]   DOB [[D|8/14/1990]]   MRN [[MRN|LV-2043391]]   Seen [[D|01/31/2024]]
Occupation: airline first officer, FAA 1st-class medical. Airman cert # [[LIC|3948271]] (copy scanned).
MRx: OD -4.25 -0.50 x 180 -> 20/15; OS -4.00 DS -> 20/15. Stable vs 2021 Rx.
Pentacam: K 42.1/43.0 OD, 42.3/42.9 OS; thinnest pachy 548/552 um; BAD-D 0.9/1.1. Schirmer 14/16 mm. Scotopic pupils 6.5 mm.
Impression: good candidate; PRK preferred over LASIK (flap risk - pt trains Brazilian jiu-jitsu).
Plan: PRK OU; FAA report after 3-mo wait. Deposit rec'd, financing acct [[ACCT|RF-80091]].
Partner [[N|Yui]] is emergency contact. Coordinator [[N|Shanice]] to email packet to [[EM|lorenzo.as@examplemail.com]].
Surgeon [[N|Milan Petrović]], MD
""",
)

note(
    "d13-34",
    "Dermot O'Sullivan",
    """
INTERDISCIPLINARY TEAM CONFERENCE - week 2
Pt: [[N|O'SULLIVAN, DERMOT]]   Rm 412-B   MRN [[MRN|R4410092]]   Adm [[D|5/28]]
Dx: TBI (SDH, DAI) after motorcycle crash [[D|May 19]]. Rancho level VI. GOAT 78.
PT: walk CGA 150 ft w/ RW, stairs min A. Berg 38/56. - [[N|K. Idowu]], PT
OT: LB dressing min A; Kettle Test mod cues. - [[N|Lea Hoffmann]], OTR/L
SLP: MoCA 19/30; memory book in use; swallow WNL. - [[N|D. Raghavan]], CCC-SLP
Nursing: impulsive at night, bed alarm on. - [[N|Bongani]], RN
Family: fiancée [[N|Kerry-Ann Walsh]] ([[PH|617-555-0185]]) to start caregiver training.
Est. d/c [[D|6/21]] home to [[C|Quincy]] w/ 24 h supervision; outpatient neuro-rehab referral.
Physiatrist: [[N|Hyun-woo Baek]], MD
""",
)

note(
    "d13-35",
    "Ava-Grace Pennington",
    """
BRIEF OP NOTE - bilateral myringotomy w/ tubes
Pt: [[N|Ava-Grace Pennington]], 22 mo   DOB [[D|2/14/2022]]   MRN [[MRN|C-5529108]]
Date: [[D|12/12/2023]]   Surgeon: [[N|L. Marchetti]], MD   Anesthesia: mask GA, Dr. [[N|Ocampo]]
Indication: recurrent AOM (6 episodes / 6 mo), bilateral OME, expressive speech delay.
Findings: R mucoid effusion, L serous. Armstrong beveled grommets (fluoroplastic, 1.14 mm) AU.
Ciprodex 4 gtt AU BID x 5 d. No water precautions needed for bath.
Dad [[N|Jamal Pennington]] at bedside, [[PH|770-555-0129]].
Post-op audiogram + tube check [[D|Jan 23]].
""",
)

note(
    "d13-36",
    "Chiamaka Eze-Lindgren",
    """
PATCH TEST READING LOG
[[N|Chiamaka Eze-Lindgren]] (cosmetologist)   MRN [[MRN|PT-448810]]   Ordering: [[N|R. Castellanos]], MD
Applied [[D|Mon 3/4]] (T.R.U.E. test panels 1-3 + hairdressing series). Read 48 h [[D|Wed 3/6]], 96 h [[D|Fri 3/8]].
                           D2    D4
p-phenylenediamine         ++    +++
glyceryl thioglycolate     +     ++
ammonium persulfate        -     ?+
nickel sulfate             +     +
MCI/MI                     -     -
Interp: relevant allergy to PPD and GTG (hair dye, perm solution). Nickel - past relevance (earrings).
Counsel: nitrile gloves (not latex); CAMP safe list code [[ID|CX7-44B2]] emailed to [[EM|chiamaka.styles@examplemail.com]].
Work note for salon owner [[N|Mireille]].
Reader: [[N|Ana P.]], RN
""",
)

note(
    "d13-37",
    "Nadia Haddad",
    """
From: [[N|Nadia Haddad]] <[[EM|nhaddad.home@examplemail.com]]>
Sent: [[D|Tuesday, August 13, 2024]] 7:52 AM
To: Skin & Laser Patient Messages
Subject: mole pics - [[N|Nadia Haddad]] DOB [[D|2/26/88]]

Hi Dr [[N|Kurzweil]], attached 3 photos of the spot on my back, my husband [[N|Sami]] noticed it changed since my appt in [[D|April]]. Files: [[D|0813]]_back_1.jpg, [[D|0813]]_back_2.jpg, [[D|0813]]_ruler.jpg. It itches sometimes. Can I get in before we fly to [[C|Beirut]] on the [[D|24th]]? cell [[PH|703-555-0112]].
Thanks, [[N|Nadia]]
---
Reply [[D|8/13]] 10:05 - [[N|Joy]] (MA): Dr. [[N|Kurzweil]] reviewed photos; scheduled [[D|8/16]] 2:40 PM for biopsy. Ref # [[ID|MSG-3318075]].
""",
)

note(
    "d13-38",
    "Bernadette Oyelowo-Fisk",
    """
PURCHASE AGREEMENT / INVOICE   No. [[ACCT|INV-2024-10557]]
Bill to: [[N|Bernadette Oyelowo-Fisk]], [[ADDR|3309 Magnolia Terrace, Apt 5C]], [[C|Decatur]], GA [[Z|30030]]
Phone [[PH|404-555-0176]]   Cust # [[ACCT|HC-778102]]
Date of sale [[D|09/16/2024]]   45-day trial ends [[D|10/31/2024]] ([[D|Halloween]])
1  Oticon Intent 1 miniRITE R (L)   SN [[DEV|OT4L-7715023]]   $3,150.00
1  Oticon Intent 1 miniRITE R (R)   SN [[DEV|OT4R-7715024]]   $3,150.00
1  SmartCharger                     SN [[DEV|SC-0093417]]     incl.
Warranty 3 yr repair / 1 loss & damage. Restocking fee $250 per aid if returned.
Less: BCBS hearing benefit (member [[HP|XKE884302211]])   -$2,500.00
Balance due $3,800.00
Dispenser: [[N|Marcus Villanueva]], BC-HIS, GA lic [[LIC|HAD-001932]]
""",
)

note(
    "d13-39",
    "Thaddeus Okoro",
    """
REMOTE CHECK - Cochlear Remote Assist session log
Recipient: [[N|Thaddeus "Tad" Okoro]]   Recipient ID [[ID|CRA-09-558123]]   MRN [[MRN|AU3301927]]
Session [[D|2024-07-09]] 16:02-16:41 CT; pt at home ([[C|Lawrence]], KS), connected from [[IP|10.44.18.203]].
Implant R: CI622, SN [[DEV|1194388201]]. Processor: Nucleus 8, SN [[DEV|N8R-0441982]].
Impedances: E3 & E4 high (> 30 kOhm) -> deactivated E3; re-balanced map (MAP 7, ACE 900 pps, 8 maxima).
Datalogging 11.2 h/day, 34% in noise. Pt reports voices "tinny" after firmware update.
CNC words 64% (in-app) vs 70% in [[D|Jan]].
Remote audiologist: [[N|Yolanda Brightwater]], AuD ([[N|ybrightwater]])
Next in-person: [[D|Aug 20]]
""",
)

note(
    "d13-40",
    "Rashid Bakr",
    """
FAX - CONFIDENTIAL
To: Dr. [[N|Oksana Hrytsenko]] (PCP)    Fax [[FX|313-555-0160]]
From: Lakeside Eye Associates    Fax [[FX|313-555-0161]]    Ph [[PH|313-555-0162]]
Date: [[D|11/07/2024]]    Pages: 2 incl. cover
RE: Diabetic eye exam - [[N|Rashid Bakr]], DOB [[D|9/9/1971]], MRN [[MRN|LEA-0020874]]
DFE [[D|11/5]]: mild NPDR OD, moderate NPDR OS; no CSME on OCT (CST 262/281). No NV. Pt-reported A1c 8.9%.
Rec: glycemic/BP control; repeat dilated exam 6 mo, sooner if vision change. Quality: CPT II 2022F.
Questions: [[N|Bernadette]] (coordinator) at [[PH|313-555-0162 x214]].
[[N|Wen-Li Chao]], OD
This fax may contain PHI. If received in error, notify sender and destroy.
""",
)

note(
    "d13-41",
    "Latisha Monroe-Grady",
    """
SEATING & MOBILITY CLINIC - CRT power wheelchair eval
Client: [[N|Latisha Monroe-Grady]], 41F, C5-6 SCI (2016)   MRN [[MRN|SM-884017]]   Eval [[D|3/26/2024]]
Current chair: Permobil F5 Corpus VS, SN [[DEV|F5-2016-11873]] - 8 yrs old, frequent actuator failures (repair tickets [[ID|RT-55102]], [[ID|RT-55987]]).
Seat: ROHO Hybrid Elite 18x18; back Matrx Elite deep. Skin: stage 2 L ischium, healed [[D|Feb]].
Drives w/ mini-proportional joystick; head array backup.
Transport: 2015 Toyota Sienna w/ BraunAbility side-entry, VIN [[VEH|5TDKK3DC8FS621847]], plate [[VEH|MZR-2210]]; EZ Lock docking - new chair must stay compatible.
Funding: Medicare Part B + Medicaid secondary ([[HP|KY 0094418230]]).
ATP: [[N|Ronan Fitzgerald]], ATP/SMS   PT: [[N|Ileana Popescu]], DPT
""",
)

note(
    "d13-42",
    "Reginald Ashcombe",
    """
DRIVER REHABILITATION EVALUATION (OT / CDRS)
Client: [[N|Reginald Ashcombe]]   DOB [[D|02/11/1949]]   Ref: Dr. [[N|Yasmin El-Sayed]] (neuro), R MCA CVA [[D|Nov 2023]]
MN DL # [[LIC|A-441-702-339-118]] (valid; restriction: corrective lenses)
Clinical: VA 20/30 OU (Snellen); Esterman 118/120. Trails B 148 s. UFOV risk 3. Brake RT 0.71 s. No L inattention on BIT.
On-road (dual-brake car, [[C|Saint Paul]] / [[C|Roseville]] route, 45 min): 3 lane-drift errors, late scanning at 4-way stops, 1 critical intervention.
Own vehicle: 2019 Buick Encore, plate [[VEH|GMK 418]].
Rec: not safe to resume driving now; re-test after 6 wk outpatient OT. Wife [[N|Darlene]] informed; DVS medical form completed.
Evaluator: [[N|Hollis Nakagawa]], OTR/L, CDRS   [[D|04/24/2024]]
""",
)

note(
    "d13-43",
    "Obadiah Whitlock",
    """
LSVT LOUD - Session 9 of 16
Pt: Rev. [[N|Obadiah Whitlock]] ([[A|91]] years old; Parkinson's dx 2017)   MRN [[MRN|SL-270044]]
Date [[D|Thu 11/14]]
Daily tasks: sustained "ah" avg 88 dB SPL @ 30 cm (baseline 72 on [[D|10/21]]); high/low pitch glides; functional phrases (his list: "Let us pray", "Good morning, [[N|Ruthie]]").
Hierarchy: reading sermon excerpts at 80-82 dB, good carryover into conversation.
Homework 6/7 days per wife [[N|Ruth Ann]].
Post-tx re-eval [[D|12/12]] w/ VHI + acoustic analysis (Praat).
Sermon recordings sent from [[EM|pastorobadiah@examplechurch.org]] for carryover review.
SLP [[N|Mei-Ling Thorsen]], MS, CCC-SLP (LSVT certified)
""",
)

note(
    "d13-44",
    "Regina Kowalski",
    """
COMPLETE DENTURE - LAB PRESCRIPTION (try-in approved -> process)
Facility pt (Cedar Crest Nursing & Rehab, Rm 118). Pt: [[N|Kowalski, Regina]]  DOB [[D|6/6/1933]] ([[A|90]])  Med Rec [[MRN|CC-01442]]
Teeth: Ivoclar SR Phonares II, mould A24/N4, shade A3. Lingualized occlusion.
Base: Lucitone 199, original shade. Soft reline lower (Molloplast-B).
DENTURE ID: embed label "[[N|R KOWALSKI]] [[ID|CC-01442-U]]" upper / "[[ID|CC-01442-L]]" lower (required for LTC residents).
Return by [[D|Jan 10]] for insertion.
Case # [[ID|MK-24-5510]] - Modern Kraft Dental Lab, ph [[PH|216-555-0107]]
POA: nephew [[N|Stanisław]], [[PH|216-555-0193]]
Dr. [[N|Ifeoma Chukwu]], DDS (mobile dentistry)
""",
)

note(
    "d13-45",
    "Teodoro Mancuso",
    """
OP NOTE - Ahmed glaucoma valve, OS
Pt [[N|Teodoro Mancuso]], MRN [[MRN|G-0902216]], DOB [[D|3/30/1958]]; surgery [[D|08/08/2024]]
Surgeon: [[N|Keiko Ishikawa-Lund]], MD; fellow Dr. [[N|A. Bassey]]
Dx: neovascular glaucoma OS, IOP 44 on max therapy (dorzolamide-timolol, brimonidine, latanoprost, oral acetazolamide). s/p Avastin x1 [[D|7/25]].
Device: Ahmed FP7, SN [[DEV|FP7-0619822]], primed w/ BSS. Plate 9 mm post limbus ST. Tube via 23g needle into AC, bevel up. Tutoplast pericardium patch. 8-0 Vicryl conj.
Post-op IOP 12. Pred QID, moxifloxacin QID, atropine BID.
Implant card given; registry ID [[ID|AGV-R-33017]].
Wife [[N|Giuliana]] [[PH|401-555-0124]].
""",
)

note(
    "d13-46",
    "Tobias Abernathy-Kwan",
    """
DERMATOPATHOLOGY REPORT
Accession: [[ID|DP24-088127]]     Received: [[D|04/25/2024]]     Reported: [[D|04/29/2024]]
Patient: [[N|ABERNATHY-KWAN, TOBIAS]]   Sex M   DOB [[D|05/09/1966]]   MRN [[MRN|6621047]]
Submitting: [[N|Celine Ouellette]], PA-C, North Shore Dermatology - fax [[FX|978-555-0147]]
Clinical photo ref: [[N|TAK]]_[[D|042224]]_Lback.jpg
A. Skin, L upper back, shave. Clin: "r/o DN vs MM, ABCDE+".
DIAGNOSIS A: COMPOUND DYSPLASTIC NEVUS WITH SEVERE ATYPIA, extending to peripheral margin. Recommend re-excision with 5 mm margins.
B. Skin, R forearm, punch 4 mm. DIAGNOSIS B: Seborrheic keratosis, irritated.
Stains: SOX10, PRAME (patchy, <25%) on A1.
Electronically signed: [[N|Rubén Etxeberria]], MD
""",
)

note(
    "d13-47",
    "Oluwaseun Adebayo-Martins",
    """
PEDIATRIC PT - congenital muscular torticollis
Infant: [[N|Oluwaseun "Seun" Adebayo-Martins]], 4 mo (35 wk GA)   DOB [[D|06/18/2024]]   Ref: Dr. [[N|Kim]] (peds)
Exam: L SCM tightness; cervical rotation R 55 / L 80 deg; lateral flexion limited R. Plagiocephaly CVAI 7.8% (Argenta type 2). Muscle Function Scale 3 vs 1.
Plan: stretching, tummy time 60+ min/day, positioning; re-measure CVAI in 4 wks - if > 8.75% discuss cranial orthosis (STARband / DOC Band).
HEP videos for parents: [[URL|https://hep.examplept.com/v/AdebayoS-7Q3K]]
Parents [[N|Funke]] & [[N|Rhys Martins]]; [[N|Funke]] prefers email [[EM|funke.adebayo@examplemail.co.uk]].
Next: [[D|Oct 29]] and [[D|Nov 12]].
[[N|Ellery Vance]], PT, DPT, PCS
""",
)

note(
    "d13-48",
    "Bartholomew Kincaid",
    """
HEARING CONSERVATION - annual audiogram review (29 CFR 1910.95)
Employee: [[N|Bartholomew Kincaid]]   Badge [[ID|44107]]   SSN [[SSN|000-44-1187]]
Dept: stamping, press line 3 (TWA 92 dBA). Employer: Ridgeline Metal Forming, Plant 2, [[C|Elkhart]], IN
Baseline [[D|03/2019]]. Current [[D|03/12/2024]] (14 h quiet confirmed).
Avg shift 2k/3k/4k: L +11.7 dB -> STS (age-corrected +10.3); R +3.3.
Retest [[D|04/02/2024]] confirms L STS; L avg >= 25 dB HL -> recordable, entered on 300 log (case [[ID|2024-017]]).
Actions: refit HPD - foam plugs -> Howard Leight AirSoft + earmuffs (dual protection); employee notified in writing within 21 days.
Reviewer: [[N|Perpetua Lindgren-Osei]], AuD, COHC-PS (CAOHC [[LIC|PS-60218]])
Tech: [[N|jmorales]]
""",
)

note(
    "d13-49",
    "Bao Tran",
    """
ORTHODONTIC ACCOUNT LEDGER
Responsible party: [[N|Tran, Minh Chau]]   Acct [[ACCT|0042-8817]]   Pt: [[N|Tran, Bao]] (13)
Contract [[D|08/01/2023]]: comprehensive ortho D8080, fee $5,950; down $1,000; 24 x $206.25 autopay.
Ins: Cigna Dental, subscriber [[HP|U88219044 01]], est. ortho benefit $1,500 ($62.50/mo).
DATE        DESC                              AMT       BAL
[[D|07/01/24]]    autopay ACH ...[[ACCT|6638]]             -206.25   2,643.75
[[D|07/15/24]]    Cigna pmt, ERA [[ID|ERA55018273]]         -62.50   2,581.25
[[D|08/01/24]]    autopay RETURNED NSF              +206.25   2,787.50
[[D|08/02/24]]    NSF fee                            +25.00   2,812.50
[[D|08/09/24]]    card pmt by phone ([[N|Minh Chau]])     -231.25   2,581.25
Note: [[N|Bao]] lost upper Hawley; replacement $150 quoted, parent called [[PH|714-555-0163]].
""",
)

note(
    "d13-50",
    "Zaid Al-Khouri",
    """
PEDIATRIC OPHTHALMOLOGY - amblyopia f/u
[[N|Zaid Al-Khouri]], 5y   DOB [[D|1/19/2019]]   MRN [[MRN|PO-3318802]]   Visit [[D|05/14/2024]]
Custody: parents separated - mom [[N|Rania Haddad]] ([[ADDR|77 Orchard St]], [[C|Dearborn]] [[Z|48124]]); dad [[N|Omar Al-Khouri]] (alternate weeks, [[C|Canton]]). Both consented to info sharing.
Cyclo Rx: OD +1.50, OS +5.25 -1.00 x 090 (anisometropic). Full-time glasses since [[D|Jan]].
VA (HOTV): OD 20/25, OS 20/80 (was 20/200). Cover test: small LET 6 PD at near. Titmus fly +, animals 0/3. Bruckner asymmetric.
Plan: patch OD 2 h/day (Ortopad) in both households; add atropine Sat/Sun if adherence poor. RTC 8 wks.
Dr. [[N|Bijou Mukendi]]
""",
)

note(
    "d13-51",
    "Darius Quarles",
    """
UPPER-LIMB PROSTHETIC FITTING
Veteran: SGT (ret) [[N|Darius Quarles]]   SSN [[SSN|900-22-4471]]   VA ID [[ID|Q4471]]   VA claim [[ID|C-29884117]]
Level: R transradial (blast injury 2011); 9-yr body-powered hook user.
Fitting: Ottobock bebionic hand, size M, SN [[DEV|BB-M-2219044]]; quick-disconnect wrist rotator; dual-site 13E200 electrodes (flexors/extensors). Silicone interface, anatomically contoured socket.
Training: 6 OT sessions w/ [[N|Abigail Ferreira-Nunes]], OTR/L - power, tripod, key, mouse grips.
Authorization: PSAS consult [[ID|7710442]], PO [[ID|656-C40197]].
Mailing: [[ADDR|PO Box 2211]], [[C|Killeen]], TX [[Z|76540]]   Cell [[PH|254-555-0178]]
Prosthetist: [[N|Joaquín Salas]], CPO   Fitted [[D|2/20/2024]]
""",
)

note(
    "d13-52",
    "Marisol Vargas-Okwuosa",
    """
ISOTRETINOIN MONTH 3 - iPLEDGE visit
Pt: [[N|Marisol Vargas-Okwuosa]], 19F   MRN [[MRN|DRM-2293170]]   iPLEDGE pt ID [[ID|4419028830]]
Category: patient who can get pregnant. Methods: Nexplanon + male condoms.
Urine hCG (CLIA-waived) neg today [[D|05/03/2024]] 09:20; serum hCG neg [[D|4/29]].
Comprehension questions done via portal; Rx pickup window closes [[D|May 10]].
Dose: Absorica LD 32 mg daily (~0.5 mg/kg); cumulative ~48 mg/kg. Cheilitis, xerosis; no mood change (PHQ-2 = 0). TG 188.
Pharmacy called in at [[PH|520-555-0104]].
Prescriber: [[N|Nkem Obiora]], MD   iPLEDGE prescriber # [[ID|P8830127]]   DEA [[LIC|BO7719302]]
""",
)

note(
    "d13-53",
    "Frederick Amundsen",
    """
AAC EVALUATION / FUNDING REPORT (SGD, E2510)
Client: [[N|Frederick "Fritz" Amundsen]]   DOB [[D|09/22/1961]]   Medicare [[HP|3RF7-GK8-TD55]]
Dx: ALS (G12.21), bulbar onset 2023. Intelligibility < 25% (SIT). ALSFRS-R 29. Hand function declining.
Trials [[D|6/3]] - [[D|6/24]]: Tobii Dynavox I-13 + TD Snap w/ eye gaze - 14 wpm w/ prediction; PRC Accent 1000 - fatigue w/ head pointing.
Recommend: Tobii Dynavox I-13 (loaner SN [[DEV|TDI13-0045182]] returned); ship to [[ADDR|5120 Lakeview Dr]], [[C|Eau Claire]], WI [[Z|54703]].
Message banking done (ModelTalker), voice file [[ID|MT-AMUND-0337]].
Spouse [[N|Ingrid]]: [[EM|ingrid.amundsen@examplemail.net]]
SLP: [[N|Kalani Makoa]], MS, CCC-SLP   NPI [[ID|1245398876]]
""",
)

note(
    "d13-54",
    "Antoine LeBlanc",
    """
INTRAORAL IMAGING LOG - Schick 33 sensor sz 2, SN [[DEV|S33-21-004419]]
Patient: [[N|LEBLANC, ANTOINE]]   Chart [[MRN|00088341]]   Appt [[D|01/19/2024]] 08:40
Files exported to referral folder:
  [[N|AL]]_[[D|20240119]]_BWX_R.dcm
  [[N|AL]]_[[D|20240119]]_BWX_L.dcm   (retake x1, cone cut)
  [[N|AL]]_[[D|20240119]]_PA_30.dcm   (#30 distal - recurrent caries?)
  [[N|AL]]_[[D|20240119]]_PAN.dcm     (Planmeca ProMax 2D)
Prior FMX [[D|Jan 2021]] - compare #3 MOD & #14 onlay.
Thyroid collar + apron used. Exposures: 4 + 1 retake.
Sent to endodontist via secure link [[URL|https://share.exampledentalimg.com/s/AL0119-8c4f2e]] (expires 7 d).
Exposed by [[N|kpatel]] ([[N|Kavya Patel]], RDH); read by Dr. [[N|Szabo-Lennox]].
""",
)

note(
    "d13-55",
    "Bridget Ni Bhriain",
    """
OCULARIST NOTE - custom ocular prosthesis, OD
Pt: [[N|Bridget Ní Bhriain]]   DOB [[D|27/09/1985]] (Irish records, day-first)   MRN [[MRN|OC-10078]]
Hx: enucleation OD [[D|Oct 2022]] (uveal melanoma, COMS medium); porous implant 20 mm.
Impression [[D|3/11]]; iris hand-painted to match OS (blue-grey, dark limbal ring). Delivered [[D|3/25]].
Prosthesis ID etched on posterior surface: [[ID|OP-24-0311-BNB]].
Fit: good motility, minimal lag on downgaze, mild mucoid discharge. Polish q6 mo; remove only for cleaning.
Flying home to [[C|Galway]] for [[D|Easter]] - travel letter given.
Sister [[N|Aoife]] [[PH|+353 91 555 0142]].
Ocularist: [[N|Henrik Dahlberg]], BCO
""",
)

note(
    "d13-56",
    "Hamza Siddiqui",
    """
AUDIOLOGY - bone-conduction implant activation
[[N|Hamza Siddiqui]], 12 y/o, R microtia/atresia (Jahrsdoerfer 6)   MRN [[MRN|BC-4410287]]
Surgery [[D|Sept 5]]: Osia OSI300 implant, SN [[DEV|OSI-3004471195]] (Dr. [[N|Leclerc]]).
Activation [[D|10/17]]: Osia 2 processor SN [[DEV|OSP2-118304]], magnet 2. In-situ BC thresholds measured in fitting software. Aided SRT 20 dB HL soundfield (unaided 55).
School: Roger Touchscreen Mic + Roger receiver (SN [[DEV|RGR-44012-77]]) for classroom; teacher of the deaf Ms. [[N|Fairweather]] trained by phone.
Parent [[N|Sadia]] signed loaner agreement; [[EM|sadia.siddiqui@examplemail.com]].
Audiologist: [[N|Clement Adjei]], AuD
""",
)

note(
    "d13-57",
    "Ezekiel Pomeroy",
    """
HOME SAFETY EVALUATION (OT, home health)
Pt: [[N|Ezekiel "Zeke" Pomeroy]], 87 y/o   Agency ID [[ID|HH-20448-01]]
Address: [[ADDR|4412 Cottonwood Dr, Lot 17]], [[C|Yuma]], AZ [[Z|85365]]. Manufactured home, 3 entry steps, no rail.
Findings: loose rugs; tub/shower combo w/o grab bars; 15" toilet; poor hallway lighting; O2 concentrator (EverFlo) w/ 50 ft tubing = trip hazard.
Recs: remove rugs, tub transfer bench, raised toilet seat w/ arms, 2 grab bars, motion night lights; ramp via Area Agency on Aging.
Neighbor [[N|Consuela Rios]] checks daily, [[PH|928-555-0110]].
Medicare [[HP|6WQ3-RT8-JN27]]   SOC [[D|1/4/2025]]
[[N|Braden Holloway]], OTR/L   e-sig [[N|bholloway]] [[D|01/06/2025]] 16:22
""",
)

note(
    "d13-58",
    "Keisha Montgomery-Bell",
    """
LASER TATTOO REMOVAL - tx #4
Client: [[N|Keisha Montgomery-Bell]]   DOB [[D|3/3/1992]]   Chart [[MRN|LZ-07713]]   Fitzpatrick IV
Tattoo: L inner wrist, black script reading "[[N|Dre]] [[D|08.15.09]]" (ex-partner's name + date), ~4 x 2 cm, amateur.
Device: PicoSure 755 nm, 6 mm spot, 2.83 J/cm2, single pass, immediate whitening. Zimmer cryo cooling.
Prior tx: [[D|Jan 6]], [[D|Feb 17]], [[D|Mar 30]]. ~60% clearance on photo comparison ([[N|KMB]]_[[D|0330]]_wrist.jpg vs [[N|KMB]]_[[D|0511]]_wrist.jpg).
Today [[D|May 11]]. Aftercare: Aquaphor, no sun, no picking. Next in 6-8 wks.
Tech [[N|Solange]], LE; supervising [[N|Anders Pihl]], MD
""",
)

note(
    "d13-59",
    "Clint Dobrowolski",
    """
ORAL APPLIANCE THERAPY - delivery (MAD)
Pt: [[N|Clint Dobrowolski]]   DOB [[D|7/1/1974]]   chart [[MRN|SD-55019]]
OTR truck driver - DOT medical card exp [[D|12/2024]]; CDL [[LIC|D4420-88153-01]] (WI).
PSG [[D|Feb 2024]] (study [[ID|PSG-240219-07]]): AHI 24/h, nadir SpO2 82%. CPAP-intolerant (claustrophobia; sleeper berth).
Appliance: SomnoDent Avant, SN [[DEV|SDA-774019-X]]; start 60% protrusion, titrate 1 mm/wk. Clasps #2, #15, #18, #31 checked.
Compliance: DentiTrac chip SN [[DEV|DT-30819]], weekly upload for fleet safety officer.
Tractor unit #218, plate [[VEH|WI 44810-P]].
Billed to medical (E0486): UHC member [[HP|948217730]].
Dr. [[N|Juniper Alcott]], DDS, D.ABDSM
""",
)

note(
    "d13-60",
    "Teruko Nakamura",
    r"""
MSH|^~\&|EYECHART|RVEC|ADT|HOSP|[[D|202409171405]]||ADT^A08|MSG00913|P|2.5.1
EVN|A08|[[D|202409171405]]
PID|1||[[MRN|E0449182]]^^^RVEC^MR~[[SSN|987-65-4320]]^^^SSA^SS||[[N|NAKAMURA]]^[[N|TERUKO]]^^^^^L||[[D|19330214]]|F|||[[ADDR|1190 Kapiolani Blvd Apt 2304]]^^[[C|Honolulu]]^HI^[[Z|96814]]||[[PH|(808)555-0157]]^PRN^PH
PV1|1|O|EYE^^^RVEC||||[[ID|1558302917]]^[[N|IWASAKI]]^[[N|DEREK]]^^^^MD|||||||||||[[ACCT|V88017342]]
IN1|1|MCR|||||||||||||||||||||||||||||||||||[[HP|2TR4-XK9-MM35]]
NTE|1||Pt [[A|91]] yo, prefers "[[N|Teru]]"; s/p IOL OD [[D|08/27/2024]], SN [[DEV|22417760905]]; OS scheduled.
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
