#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind29.jsonl.

Blind set 29 is about diagnostic reports and the paperwork that travels with
them: radiology (CT, MRI, ultrasound, mammography, nuclear medicine, DICOM
header dumps), surgical pathology, frozen sections, cytology and outside
consult letters, cardiology (ECG over-reads, echo, cath, Holter, event
monitors, pacemaker/ICD/loop-recorder checks), sleep studies, EEG/EMG, PFTs,
endoscopy and capsule studies, audiology, DXA, germline and somatic genetic
reports, chemistry, microbiology and blood-bank reports, send-out
requisitions, transcription footers and critical-result call documentation.
The hard part is the density of look-alikes that must stay unmarked: series
and image numbers, BI-RADS / TI-RADS / PI-RADS / Lung-RADS / Gleason /
Nottingham scores, ECG leads and intervals, kVp, mAs, CTDIvol and DLP, contrast
and radiopharmaceutical lot numbers, device model numbers, CPT, ICD-10 and
HGVS codes, clock times, durations, bare years, room and bed numbers, EBUS
stations, facility and CLIA identifiers, and eponyms (Murphy's sign, Kerley B
lines, Graves' disease, Greulich & Pyle, Breslow, Tinel's) - two of which
collide with a clinician's surname in the same note.  Identifiers show up
in awkward shapes: DICOM "LAST^FIRST^M" names, DICOM dates and ISO timestamps,
study instance UIDs, accession numbers that embed a date, UDI strings that
embed a lot number, transcriptionist initials, chat handles and log-ins,
spelled-out ages, weekday/ordinal dates and foreign postcodes.

Annotation conventions (HIPAA Safe Harbor):
- NAME marks every person (patients, relatives, clinicians, technologists,
  transcriptionists, officers, teachers), in any case or form: nicknames,
  "Last, First" (one span including the comma), a middle initial written in
  its own field, initials standing for a person (transcriptionist "WG/dm"),
  log-in names and chat handles (the "@" is left outside).  Titles and
  credentials (Dr., Ms., MD, RN, RPSGT) are outside the span.  DICOM
  "LAST^FIRST^M" gets one span per component.  Kinship words, eponyms,
  placeholder names ("TRAUMA, ZULU", "BABY BOY") and company, facility or
  agency names are not marked.
- DATE marks every date element finer than a year: full dates in any order
  or separator, month/day, month/year, a month alone dating an event, a
  weekday, holiday or ordinal used as the date ("Saturday the 18th", "the
  23rd", "tumor board Tuesday", "Christmas Eve 2023").  When a weekday is
  written next to a date ("Wed 02/19/2025") the whole phrase is one span.
  Spelled-out dates ("march fourth") are marked.  DICOM dates (19430312)
  and one-token timestamps (ISO with time zone) are marked whole;
  clock times written separately, bare years, durations and schedules are
  not.  Expiry dates printed on blood units are dates too and are marked.
- AGE marks only ages above 89, the number alone, digits or words
  ("ninety-two"); DICOM "080Y" stays unmarked because 80 is not over 89.
- PHONE / FAX: every number, department lines and 7-digit numbers included,
  with extension.  EMAIL whole, department mailboxes included.  URL only
  when the link is patient specific (an image viewer carrying a patient
  id); generic education links are unmarked.  IP: every IPv4 address; host and station
  names are unmarked.
- MRN for medical-record / chart / hospital numbers (including DICOM
  PatientID); HEALTH_PLAN for member, group, Medicaid and Medicare numbers;
  ACCOUNT for encounter, billing and DME patient accounts; LICENSE for
  driver's and professional licences; VEHICLE for plates; SSN also for the
  last four digits.
- DEVICE marks implant serials, lead serials, whole UDI strings (even when the
  lot number inside the UDI is also written unmarked on its own), and
  equipment serials (ECG carts, scanners, audiometers, endoscopes, recorders,
  dose calibrators, defibrillators).  Model, REF and lot numbers are not.
- ID marks accession, case, specimen, cell-block, requisition, order, job and
  document numbers, NPIs, study-participant and enrolment ids, DICOM study
  instance UIDs, blood-unit donation numbers, police badge numbers, CPS
  intake, public-health case and isolate numbers, prior-auth references, QA
  and patient-safety report numbers, interpreter badges and chat thread /
  message ids; an accession that embeds the study date is one ID span.  Block
  labels (A1, B4), slide counts, facility client numbers, MQSA facility ids,
  CLIA numbers and clinical-trial NCT numbers are not marked.
- ADDRESS: street part, PO box, suite; GPS coordinates of a scene.  CITY:
  city, town or neighbourhood, but not a town that is part of an agency name
  ("Hadley PD").  ZIP: ZIP, ZIP+4 or foreign postcode.  States unmarked.

Stdlib only.  Run: python bench/data/make_deid_blind29.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind29.jsonl")
NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b29-01",
    "Brit Halvorsen",
    """
RADIOLOGY REPORT
Patient: [[N|HALVORSEN, BRIT]]   MRN: [[MRN|00482913]]   DOB: [[D|04/17/1951]]
Accession: [[ID|CT24-0038817]]   Exam date: [[D|03/11/2024]] 09:42
Ordering: [[N|Ramon Okafor]], MD   Location: ED Pod C, bay 14
EXAM: CT CHEST W CONTRAST (CPT 71260)
TECHNIQUE: Axial 1.25 mm, 120 kVp, auto mAs. 80 mL Omnipaque 350, lot 9187342. CTDIvol 11.4 mGy, DLP 402 mGy-cm.
COMPARISON: CT chest [[D|09/28/2023]]; chest radiograph [[D|Feb 2, 2024]].
FINDINGS: 9 mm solid nodule RLL (series 4, image 212), previously 6 mm. No effusion. No Kerley B lines.
IMPRESSION: Enlarging RLL nodule, Lung-RADS 4B. Recommend PET-CT.
CRITICAL RESULT: discussed with Dr. [[N|Okafor]] by phone at 14:32 on [[D|03/11/2024]], read-back confirmed.
Electronically signed: [[N|Ingrid Solvang]], MD  [[D|03/11/2024]] 14:40
""",
)

note(
    "b29-02",
    "Lucille Ferraro",
    """
BREAST IMAGING - Harborview Women's Pavilion
Name: [[N|Lucille M. Ferraro]]  DOB [[D|1948-11-02]]  MRN [[MRN|W-773120]]
Exam: Bilateral screening mammogram w/ tomosynthesis   Date: [[D|2024-05-06]]   Acc #: [[ID|MG5520194]]
Comparison: [[D|2023-04-28]], [[D|2022-04-15]] and outside films from Cape Ann Imaging dated [[D|March 2019]].
Breast composition: C, heterogeneously dense.
Findings: Stable benign-appearing calcifications L breast 2 o'clock, 4 cm FN. No new mass, no architectural distortion.
ASSESSMENT: BI-RADS 2 - Benign. Recommend annual screening in 1 year.
Results letter mailed to [[ADDR|41 Wharf Lane, Apt 3]], [[C|Annisquam]], MA [[Z|01930]].
Reader: [[N|T. Abernathy]], MD (CAD: PowerLook v10.2)
""",
)

note(
    "b29-03",
    "Deshawn Pruitt",
    """
SURGICAL PATHOLOGY REPORT                     Case: [[ID|SP-24-11873]]
Patient: [[N|Deshawn Pruitt]]     MRN [[MRN|6120448]]     Age/Sex: 58/M
Collected: [[D|06/03/2024]]   Received: [[D|06/04/2024]]   Reported: [[D|06/07/2024]]
Surgeon: [[N|Adaeze Nwankwo]], MD    Pathologist: [[N|Pieter van Rijn]], MD
SPECIMEN: A. Prostate, radical prostatectomy; B. Lymph nodes, left pelvic
FROZEN SECTION (A-FS1): "Margin negative for carcinoma", called to Dr. [[N|Nwankwo]] in OR 7 at 11:05 by [[N|PvR]].
GROSS: Received fresh, labeled with the patient's name and MRN, a 48 g prostate, 4.5 x 4.0 x 3.6 cm. Inked, serially sectioned. Blocks A1-A14.
DIAGNOSIS: Adenocarcinoma, Gleason 3+4=7 (Grade Group 2), 15% of gland. Margins negative. pT2 pN0 (0/9).
""",
)

note(
    "b29-04",
    "Alma Ruiz-Tejeda",
    """
CYTOPATHOLOGY - FNA, thyroid, right lobe
Pt: [[N|ALMA RUIZ-TEJEDA]] | MRN: [[MRN|300-21-877]] | Specimen #: [[ID|C24-4471]]
Procedure date: [[D|Tuesday, 14 May 2024]]; US-guided by [[N|K. Lindqvist]], MD, 25G x 4 passes.
Rapid on-site evaluation: adequate (ROSE by cytotech [[N|bmorales]]).
Slides: 4 Diff-Quik, 4 Pap; ThinPrep x1. Cell block [[ID|C24-4471-CB]].
DIAGNOSIS: Bethesda IV - Follicular neoplasm. Recommend molecular testing (ThyroSeq v3); portion sent out [[D|5/15]], req # [[ID|TSQ-880214]].
TI-RADS on prior US: TR4, 2.3 cm nodule.
Questions: cytology office [[PH|412-555-0177]], fax [[FX|412-555-0178]].
""",
)

note(
    "b29-05",
    "Royce Tamblyn",
    """
[[D|July 22, 2024]]

[[N|Miriam Achterberg]], MD
Department of Pathology, St. Brendan Regional Hospital
[[ADDR|1900 Causeway Blvd, Suite 410]]
[[C|Port Ellery]], ME [[Z|04119]]

Re: Consultation case [[ID|CX24-0612]]; your case [[ID|SB-24-S-3391]]
Patient: [[N|Royce Tamblyn]], DOB [[D|02/09/1939]]

Dear Dr. [[N|Achterberg]],
Thank you for sending 14 H&E and 3 IHC slides and block B4 on this 85-year-old man's gastric biopsy. I agree with your favored diagnosis: diffuse large B-cell lymphoma, germinal center phenotype (CD10+, BCL6+, MUM1-, Ki-67 ~80%). FISH for MYC will be reported separately; block B4 is being retained.
Sheets of large CD20+ cells efface the lamina propria; no residual MALT component and no H. pylori on your Giemsa. EBER negative. High-grade B-cell lymphoma with MYC/BCL2 rearrangement is not excluded until FISH is complete.
Sincerely,
[[N|Oluwaseun Abiodun]], MD | Hematopathology | license [[LIC|ME-MD-22871]]
""",
)

note(
    "b29-06",
    "Chidi Okonkwo",
    """
TRANSTHORACIC ECHOCARDIOGRAM
Name: [[N|Okonkwo, Chidi]]     Study date: [[D|08/19/2024]]   MRN: [[MRN|55102938]]
Acct: [[ACCT|ENC-7730021]]   Ht 178 cm  Wt 91 kg  BSA 2.11 m2  BP 142/88  HR 71
Sonographer: [[N|jpelletier]]     Reading MD: [[N|Hana Sato]], MD
Indication: dyspnea, I50.9
Measurements: LVIDd 5.8 cm, IVSd 1.3 cm, LVEF (biplane) 38%, TAPSE 1.7 cm, RVSP 41 mmHg, E/e' 16.
Findings: Moderately dilated LV with global hypokinesis. Moderate functional MR (ERO 0.25 cm2). Trivial TR.
Compared with prior echo of [[D|11/02/2021]] (EF 55%), LV function has declined.
Result called to Dr. [[N|Beaumont]] (covering for Dr. [[N|Imre Kovacs]]) at 16:10.
Signed [[N|H. Sato]] MD [[D|08/19/2024]] 17:02
""",
)

note(
    "b29-07",
    "Gideon Fairweather",
    """
CARDIAC CATHETERIZATION REPORT                Case # [[ID|CL-24-1187]]
Pt [[N|GIDEON FAIRWEATHER]]  MRN [[MRN|8840217]]  Proc date [[D|10-02-2024]]  Lab: Cath Lab 2
Operators: [[N|Rosalind Achebe]], MD (attending); [[N|Tomasz Wrobel]], MD (fellow). Referring: [[N|Selma Haddad]], MD
Access: R radial, 6 Fr. Contrast: Visipaque 320, 145 mL, lot 24B118. Fluoro 11.6 min, air kerma 812 mGy.
Findings: LM normal. LAD 90% mid (TIMI 2). LCx 30%. RCA dominant, 50% prox.
Intervention: DES to mid LAD, Xience Skypoint 3.0 x 23 mm, lot 4041761, UDI [[DEV|(01)08717648200274(17)260930(10)4041761]].
Hemostasis TR band 13 mL. Post-procedure to CVU 5, bed 12.
Fellow attestation: I was present for the entire procedure. - [[N|R. Achebe]]
""",
)

note(
    "b29-08",
    "Petra Villanueva",
    """
12-LEAD ECG - OVER-READ
[[N|Petra Villanueva]]   [[A|91]] yr F   MRN [[MRN|0071452]]
Acquired [[D|2024-01-16]] 06:14:22 on cart MAC5500 s/n [[DEV|SCD09231887GA]], room 5-East 518
Rate 112, PR --, QRS 94 ms, QT/QTc 330/451 ms, axis -12.
Computer interpretation: atrial fibrillation with RVR; low voltage limb leads; ST depression V4-V6.
Over-read: Agree AF with RVR. Lateral ST depression likely rate-related; compare with tracing of [[D|01/09/2024]], which showed sinus rhythm at 78.
Confirmed by [[N|Lamar Whitcomb]] MD on [[D|1/16/24]] 08:55.  Order # [[ID|ORD-31148820]]
Addendum [[D|1/16/24]] 10:20: outside ECG of [[D|12/30/2023]], faxed from Dr. [[N|Moss]]'s office ([[FX|781-555-0139]]), also shows AF; the sinus comparison above is withdrawn. - [[N|LW]]
""",
)

note(
    "b29-09",
    "Jun-seo Baek",
    """
48-HOUR HOLTER REPORT
Patient: [[N|Jun-seo Baek]]  DOB [[D|3 Mar 1962]]  MRN [[MRN|HM-20948]]
Recorder: patch, serial [[DEV|ZP7731049]]; hookup [[D|04/08]] 10:20 by tech [[N|Aurelio Duran]], removed [[D|04/10]] 10:35.
Referring: [[N|Nadia Rahimi]], NP - practice fax [[FX|503-555-0163]]
Analyzed time 47 h 58 min. Underlying rhythm sinus, HR 48-131, mean 72.
PVCs: 4,212 (1.5% burden), 3 couplets, no VT. PACs: 611. Longest pause 2.1 s at 03:12 (asleep). Patient-triggered events x2 ("fluttering") correlate with PACs.
Interpretation: [[N|Colm Fitzgerald]], MD, [[D|04/12/2024]].
""",
)

note(
    "b29-10",
    "Evangeline Story",
    """
Device Clinic - Remote Transmission Review
Pt: [[N|Evangeline Story]] ("[[N|Vangie]]")   MRN [[MRN|4419032]]   [[A|96]] y/o
Device: Accolade MRI L331 DDD, SN [[DEV|713377]], implanted [[D|11/14/2019]] by Dr. [[N|Shirin Farahani]]
RA lead 7740 SN [[DEV|632901]]; RV lead 7742 SN [[DEV|645118]]
Transmission received [[D|Sept 3 2024]] via home communicator SN [[DEV|LAT-5528190]]
Battery 6.5 yrs. RA 0.7 V @ 0.4 ms, R waves 11 mV, RV thresh 0.9 V @ 0.4 ms, imp 540 ohms.
AP 62%, VP 3%. AT/AF burden <1%. No VHR episodes.
Next remote 3 months; in-clinic [[D|March 2025]].
Reviewed by [[N|Drew Kaminski]], RN, CDR, with [[N|S. Farahani]] MD
""",
)

note(
    "b29-11",
    "Marcus Oyelaran",
    """
icd interrogation [[D|12/2]] - pt [[N|marcus oyelaran]] (mrn [[MRN|7712094]]) seen w/ wife [[N|tamsin]] after shock on [[D|nov 28th]] ~02:13 at daughters home in [[C|wickford]].
device: cobalt xt vr DVAB1D4, sn [[DEV|RNJ604412S]]. lead 6935M sn [[DEV|TDL118820V]].
episode log: VF detected 02:13:41, 1 shock 35J successfull. no further events.
R wave 8.9 mV, imp 480, HV imp 62. batt 9.1 yrs.
no changes made. d/w dr [[N|ebersole]] who will see him [[D|thurs 12/5]]. pt not to drive x 6 mo (license [[LIC|S530-4418-2290]] noted, dmv form given).
-- [[N|k.ng]] rn
""",
)

note(
    "b29-12",
    "Florencia Acuna",
    """
POLYSOMNOGRAPHY REPORT - Diagnostic (CPT 95810)
Name: [[N|Florencia Acuña]]   DOB: [[D|09/30/1977]]   Study #: [[ID|PSG-24-0917]]
Study night: [[D|Friday 09/13/2024]]   Scorer: [[N|T. Mbeki]], RPSGT   Interpreting: [[N|Gareth Lowry]], MD, D-ABSM
Referring: [[N|Yusuf Demir]], MD | phone [[PH|(720) 555-0119 ext. 204]]
ESS 14. BMI 33.8. Neck 41 cm. Husband ([[N|Renzo]]) reports loud snoring. Scored [[D|09/14/2024]].
TST 382 min, SE 81%, sleep latency 18 min, REM latency 104 min.
AHI 32.4/h (supine 51.0, non-supine 11.2); RDI 36.0; ODI 29.1. SpO2 nadir 79%; T90 6.8%.
No periodic limb movements (PLMI 2). EKG: sinus rhythm.
Impression: Severe obstructive sleep apnea, G47.33. Recommend CPAP titration; auto-PAP 5-15 acceptable if titration delayed.
Electronically signed [[D|09/18/2024]]
""",
)

note(
    "b29-13",
    "Ezekiel Marchetti-Hale",
    """
EEG REPORT   Routine, awake & drowsy, 21 channels, 10-20 system
Pt: [[N|Ezekiel Marchetti-Hale]], 19 y/o M   MRN: [[MRN|9038117]]   EEG #: [[ID|E24-1552]]
Date: [[D|2/27/2024]]   Tech: [[N|Lorna Beck]], R. EEG T.   Ordered by [[N|Conrad Ilves]], PA-C
History: two episodes of LOC; the first witnessed by his teacher, Mr. [[N|Dalby]], on [[D|Feb 9]]. Second event [[D|Feb 20]] at home in [[C|Bayside]], seen by mother ([[N|Carla Marchetti]]). On levetiracetam 500 mg BID.
Background: 10 Hz PDR, reactive. Intermittent 5-6 Hz theta T3/F7. Photic 1-30 Hz: no PPR. HV x3 min: no abnormality.
Impression: Mildly abnormal EEG due to intermittent left temporal slowing. No epileptiform discharges. Consider sleep-deprived EEG.
[[N|Priya Raghunathan]], MD, Epilepsy. Copy to school nurse Ms. [[N|Pruett]] at family's request.
""",
)

note(
    "b29-14",
    "Beatrix Holloway",
    """
ELECTRODIAGNOSTIC CONSULTATION                 [[D|10.07.2024]]
Re: [[N|Beatrix Holloway]]  DOB [[D|21.06.1958]]  Hosp no. [[MRN|K4471920]]
[[ADDR|14 Larch Close]], [[C|Thornbury]] [[Z|BS35 2QF]]
Dear Dr [[N|Amundsen]],
Thank you for referring Mrs [[N|Holloway]] for NCS/EMG of the right upper limb.
Right median sensory: peak latency 4.6 ms (ref <3.5), amplitude 8 uV. Median motor DML 5.9 ms, CV 46 m/s. Ulnar studies normal. Needle EMG of right APB: fibrillations 1+, reduced recruitment.
Conclusion: severe right carpal tunnel syndrome with axonal loss. Tinel's sign reportedly positive at your clinic; Phalen's at 30 s here.
Yours sincerely
Dr [[N|Ivo Castellanos]], Consultant Neurophysiologist
""",
)

note(
    "b29-15",
    "Vivian Ellsworth",
    """
PULMONARY FUNCTION TEST REPORT
Patient: [[N|ELLSWORTH, VIVIAN R]]   ID: [[MRN|11-402-771]]   Test date: [[D|05/21/24]]
Age 71  Ht 160 cm  Wt 58 kg   Reference: GLI-2022 race-neutral
Technician: [[N|RJ]]   Equipment: Vyntus ONE, serial [[DEV|VY1-20988-3]] (calibrated 07:50, 3 L syringe)
Spirometry: FVC 2.41 L (78%), FEV1 1.31 L (54%), FEV1/FVC 0.54. Post-BD FEV1 +9%, +110 mL.
Lung volumes: TLC 112%, RV 148%. DLCO 47% (Hb-corrected, Hb 12.9).
Interpretation: Moderate obstruction without significant BD response; hyperinflation and air trapping; moderately reduced DLCO, c/w emphysema. Compared with [[D|June 2022]] (FEV1 1.52 L): decline of 210 mL.
Referring: [[N|Harland Ekwueme]], MD. Repeat PFT suggested ~[[D|Nov 2024]].
Interpreted by [[N|Benedikt Straub]], MD  [[D|5/22/2024]]
""",
)

note(
    "b29-16",
    "Quentin Abara",
    """
ENDOSCOPY REPORT - EGD
Pt Name: [[N|Quentin Abara]]   DOB [[D|03/31/1970]]   Date of Procedure: [[D|1/8/2025]]
MRN: [[MRN|260-0394]]   Encounter: [[ACCT|E100428817]]
Endoscopist: [[N|Leila Haddadi]], MD    Nurse: [[N|Corinne Foss]], RN   Anesthesia: MAC by [[N|Dmitri Sorokin]], CRNA
Scope: GIF-HQ190, s/n [[DEV|2817743]]
Findings: LA Grade B esophagitis. Salmon-colored mucosa, Prague C2M4. Small hiatal hernia. Biopsies (jar 1) per Seattle protocol. Stomach: antral erythema, bx for H. pylori (jar 2). Duodenum normal.
Specimens to pathology, req [[ID|GI-25-00317]].
Discharged to friend ([[N|Lorenzo Pike]]). Plan: PPI BID, f/u pathology; repeat EGD in 3 years if nondysplastic Barrett's.
""",
)

note(
    "b29-17",
    "Harlan Voss",
    """
Colonoscopy Report
Patient: Mr. [[N|Harlan T. Voss]]   DOB: [[D|06/06/1955]]   Procedure: [[D|November 4, 2024]]
Indication: surveillance; prior tubular adenomas [[D|11/2019]]. Family hx: brother (colon CA at 52).
Prep: Boston Bowel Prep Score 8 (3-3-2). Cecal intubation 6 min, withdrawal 11 min. Scope CF-HQ190L.
Findings:
1. 7 mm sessile polyp, ascending colon, Paris 0-Is, cold snare, retrieved (jar A).
2. 4 mm polyp sigmoid, cold forceps (jar B).
3. Scattered diverticula sigmoid.
Recommendation: repeat colonoscopy in 5-7 years pending path. Results letter to [[ADDR|PO Box 2281]], [[C|Ridgefield Springs]], NY [[Z|13439]].
Performed by [[N|Sunil Varghese]], MD.  Fellow: [[N|Amara Ikwuemesi]], MD.  Path req [[ID|SP25-0441]]
""",
)

note(
    "b29-18",
    "Winifred Adebayo-Clarke",
    """
AUDIOLOGY EVALUATION
[[N|Winifred Adebayo-Clarke]]   [[A|92]] y.o.   Chart [[MRN|MR0093318]]   Seen [[D|Mon 3/17/25]]
Accompanied by grandson ([[N|Theo]]) who reports she "turns the TV up to 40".
Otoscopy: clear canals AU. Tympanometry Type A AU.
Pure tone: R 35 dB @500, 45 @1k, 60 @2k, 70 @4k; L similar, 5-10 dB better. PTA R 47 dB HL, L 40 dB HL. SRT 45/40. WRS 72% R, 84% L at 85 dB.
Audiometer AudioStar Pro, serial [[DEV|AS-4409122]], calibrated [[D|01/06/2025]].
Impression: Bilateral moderate sloping SNHL, symmetric. Candidate for amplification; hearing aid eval booked [[D|4/2]].
[[N|Rhiannon Tuck]], Au.D., CCC-A  (NPI [[ID|1447290381]])
""",
)

note(
    "b29-19",
    "Marguerite Delacroix",
    """
BONE DENSITOMETRY (DXA)
Name: [[N|Marguerite Delacroix]] | DOB: [[D|12/19/1947]] | Exam: [[D|08/08/2024]] | Acc: [[ID|DX-0092741]]
Scanner: Horizon A, s/n [[DEV|301455]]. Technologist: [[N|A. Kowalczyk]]   Referring: [[N|Ottilie Brandt]], NP
Hx: L distal radius fracture after a fall on [[D|Christmas Eve 2023]]. Outside DXA [[D|2018-05-11]] (different vendor, not comparable).
Comparisons: [[D|07/30/2022]] and [[D|08/02/2020]], same scanner.
L1-L4: BMD 0.781 g/cm2, T-score -2.6, Z-score -0.9. Change vs 2022: -3.8% (LSC 2.9%), significant.
Left femoral neck: 0.602 g/cm2, T -2.4. Total hip T -1.9.
FRAX (with BMD): 10-yr major osteoporotic 24%, hip 6.1%.
Impression: Osteoporosis (WHO criteria). Significant loss at spine since 2022.
[[N|Faisal Al-Amin]], MD
""",
)

note(
    "b29-20",
    "Naomi Feld",
    """
GERMLINE GENETIC TEST REPORT - Hereditary Cancer Panel (47 genes)    CLIA 22D0987712
Patient: [[N|Naomi Feld]]  DOB: [[D|1983-02-14]]  Sex: F
Lab accession: [[ID|GX-2406-118392]]  Specimen: blood (EDTA), collected [[D|2024-06-03]], received [[D|2024-06-05]]
Ordering provider: [[N|Celeste Ambrose]], MS, CGC  (NPI [[ID|1063559218]])
RESULT: POSITIVE - one pathogenic variant identified
BRCA2 c.5946del (p.Ser1982Argfs*22), heterozygous, NM_000059.4.
Variant of uncertain significance: ATM c.2572T>C (p.Phe858Leu).
Interpretation: this result confers a substantially increased lifetime risk of breast and ovarian cancer and a modestly increased risk of pancreatic and prostate cancer in male relatives. The VUS should not be used for clinical decision-making. Genetic counseling is recommended.
Family: maternal aunt with breast cancer at 44. Relatives may be tested at no charge for 90 days; family code [[ID|FAM-77203]].
Report date: [[D|2024-06-24]]. Laboratory director: [[N|Rupert Osei]], PhD, FACMG
""",
)

note(
    "b29-21",
    "Istvan Szabo",
    """
CLINICAL CHEMISTRY
[[N|SZABO, ISTVAN]]        Sex M   DOB [[D|08-Oct-1930]]   Age [[A|93]]Y
MRN [[MRN|M0008812]]  Loc: 4W-417B  Spec ID [[ID|24-CH-339102]]
Collected [[D|22-Mar-2024]] 05:40  Received 06:02  Verified 06:51 by [[N|LKP]]
Sodium              128 L   (135-145 mmol/L)
Potassium           5.9 H   (3.5-5.1 mmol/L)  ** CRITICAL **
Creatinine          2.41 H  (0.70-1.30 mg/dL)
eGFR (CKD-EPI 2021) 24
Troponin T hs       41 H    (<=14 ng/L)
** Critical K called to [[N|Bettina Moya]] RN, 4 West, 06:55 [[D|22-Mar-2024]], read back. [[N|lkp]] **
Comment: moderate hemolysis (H-index 62); potassium may be falsely elevated.
""",
)

note(
    "b29-22",
    "Lusine Ohanian",
    """
SEND-OUT REQUISITION - Reference Laboratory
Client: Maple Crest Community Hospital Lab, client # 40417
Patient last: [[N|OHANIAN]]   first: [[N|LUSINE]]   MI: [[N|K]]   DOB [[D|04/01/1969]]   Sex F   MRN [[MRN|MC-0038120]]
Bill to: Keystone Mutual Health, member ID [[HP|KMH448120093]], group [[HP|GRP-70122]]
Guarantor: [[N|Armen Ohanian]] (spouse), [[ADDR|77 Quarry Hill Rd]], [[C|Dunmore]], PA [[Z|18512-3307]], ph [[PH|570-555-0138]]
Tests: tTG IgA (83516); total IgA (82784); celiac HLA DQ2/DQ8 genotype (test code 3392)
Specimen: 2 mL serum frozen, 1 lavender whole blood. Collected [[D|7/9/24]] 08:15 by [[N|R.P.]]
Req #: [[ID|SO-2407-55190]]   ICD-10: K90.0, R19.7
""",
)

note(
    "b29-23",
    "Tobias Rendell",
    """
ULTRASOUND ABDOMEN COMPLETE
PATIENT: [[N|Tobias Rendell]]      MR#: [[MRN|004417730]]      ACCT#: [[ACCT|90011834476]]
DATE OF SERVICE: [[D|01/29/2024]]
CLINICAL: RUQ pain, fever.
FINDINGS: Gallbladder distended with multiple shadowing stones, wall 5 mm, pericholecystic fluid. Sonographic Murphy's sign positive. CBD 4 mm. Liver normal echotexture, 15.2 cm. Pancreas obscured by bowel gas. Kidneys: R 10.8 cm, L 11.1 cm, no hydronephrosis.
IMPRESSION: Acute calculous cholecystitis.
Findings discussed with Dr. [[N|Colette Murphy]] (surgery) at 10:48.
D: [[D|01/29/2024]] 10:31   T: [[D|01/29/2024]] 13:02
JOB#: [[ID|558193]]   DOC#: [[ID|2219047]]
[[N|WG]]/[[N|dm]]
Dictated by: [[N|Wendell Garrity]], M.D.
""",
    allow=("Murphy",),
)

note(
    "b29-24",
    "Saoirse Dunleavy",
    """
MRI BRAIN WITH AND WITHOUT CONTRAST
Pt: [[N|Saoirse Dunleavy]]  DOB: [[D|17/04/1990]]  MRN: [[MRN|RX8830214]]  Acc: [[ID|MR-24-77120]]
Exam date: [[D|14/08/2024]]
Technique: 3T, sagittal 3D T1, axial FLAIR, DWI, SWI; gadobutrol 7.5 mL (lot KT09281).
Comparison: [[D|02/02/2023]] (outside, Lakeshore Imaging).
Findings: Multiple periventricular and juxtacortical T2/FLAIR hyperintensities, several Dawson's fingers; two new lesions since prior, one enhancing (series 11, image 84). Central vein sign present. No SWI blooming.
Posterior fossa: one new right middle cerebellar peduncle lesion. Cervical cord partially imaged, no definite lesion. Ventricles and sulci normal for age. No mass effect, no hydrocephalus. Orbits unremarkable.
Impression: Demyelinating disease with new and active lesions, consistent with MS progression. Recommend dedicated spine MRI.
ADDENDUM [[D|15/08/2024]]: Lesion count per request of Dr. [[N|Farrukh Yuldashev]]: 23 total, 2 new. - [[N|MJ Lacroix]]
""",
)

note(
    "b29-25",
    "Abdirahman Farah",
    """
NUCLEAR MEDICINE - MYOCARDIAL PERFUSION SPECT (REGADENOSON)
Name: [[N|Abdirahman Farah]]   MRN [[MRN|77-014-552]]   Acc [[ID|NM240611-03]]   Date [[D|6/11/2024]]
Radiopharmaceutical: Tc-99m sestamibi 10.2 mCi rest / 31.4 mCi stress, lot 2406A17; regadenoson 0.4 mg IV.
Stress ECG: no ST changes. HR 68 -> 94. Symptoms: flushing.
Perfusion: medium-size, moderate-severity reversible defect in the inferolateral wall (SSS 9, SRS 1, SDS 8). TID 1.08. Gated EF 54% post-stress.
Impression: Ischemia in LCx territory, ~12% of myocardium.
Nuclear tech: [[N|Hollis Brandt]], CNMT. Interpreting: [[N|Yvette Mireault]], MD; cardiology co-read [[N|J. Oduya]], MD.
Results faxed to [[FX|802-555-0190]] on [[D|6/12]].
""",
)

note(
    "b29-26",
    "Ignatius Mbeki-Rowe",
    """
XR CHEST PA AND LATERAL   [[D|3/4/24]]
Patient [[N|Ignatius Mbeki-Rowe]]   MRN [[MRN|3390127]]
History: [[A|ninety-two]] year old with cough.
Comparison: [[D|December 12, 2023]].
Findings: Heart size normal. There is a new let lower loeb opacity with small left effusion and blunting of the costophrenic angle. No pneumothorax. Kerley B lines at the right base. Dual chamber pacemaker leads in RA and RV.
Impression: Left lower lobe pneumonia in the appropriate setting. Follow-up after treatment.
Findings were discussed with doctor [[N|rainer shaw]] at 3:30 PM on [[D|march fourth]].
This report was created with speech recognition software; transcription errors may occur.
[[N|Anouk Verhoeven]], MD [[D|03/04/2024]] 15:41
""",
)

note(
    "b29-27",
    "Thi Lan Pham",
    """
CT A/P W/WO - RENAL MASS PROTOCOL
[[N|Pham, Thi Lan]] | F | DOB [[D|05/05/1966]] | MRN [[MRN|8007731]] | ACC [[ID|24CT119876]]
Exam [[D|Aug 30 2024]] 07:12. Ordered by [[N|Grace Whitlock]], NP (callback [[PH|207-555-0152]]).
Contrast: Isovue 370, 100 mL. Phases: non-con, nephrographic, excretory. CTDIvol 14.9 mGy.
Comparison: US kidneys [[D|08/12/2024]]; CT [[D|1/2021]] (no renal lesion then).
Findings: 3.4 cm exophytic R renal mass, enhancement 28 -> 112 HU; solid, Bosniak not applicable. Renal vein patent. No adenopathy. Incidental 6 mm hypodensity hepatic segment VII, too small to characterize.
Impression: Solid enhancing R renal mass, RCC until proven otherwise.
Communicated to [[N|G. Whitlock]] NP via secure chat [[D|8/30]] 09:20 (msg ID [[ID|SC-88120431]]).
""",
)

note(
    "b29-28",
    "Georgina Ambler-Smythe",
    """
PATHOLOGY - Breast, left, 2:00, US-guided core biopsy
Accession [[ID|S24-30772]] | Pt [[N|Georgina Ambler-Smythe]] | MRN [[MRN|0120-4477]] | DOB [[D|Oct 3, 1971]]
Radiologist: [[N|Keiko Anand]], MD; ribbon clip placed. BI-RADS 4C on [[D|10/18/24]] diagnostic mammo.
Gross: Received in formalin (fixation start 10:42 on [[D|10/21/24]]), 5 cores, 1.2-1.8 cm. Entirely submitted A1-A2.
Diagnosis: Invasive ductal carcinoma, Nottingham grade 2 (3+2+1=6/9). DCIS, intermediate grade.
Biomarkers (A1): ER 95% strong, PR 60% moderate, HER2 IHC 2+ (equivocal), reflex FISH sent, lab ref [[ID|FH-104485]].
Rad-path concordant. Results to Dr. [[N|Anand]] and navigator [[N|Paloma Reyes]] ([[PH|555-0148]]).
Pathologist: [[N|Benedetta Russo]], MD [[D|10/23/24]]
""",
)

note(
    "b29-29",
    "Yaretzi Contreras",
    """
OB ULTRASOUND - 2nd trimester anatomy
Patient: [[N|Yaretzi Contreras]], G2P1   MRN [[MRN|5528-013]]   Exam [[D|2/14/2025]]
LMP [[D|9/30/2024]] -> EDD by LMP [[D|7/7/2025]]; EDD by 8w US [[D|7/10/2025]] (used).
GA today 19w1d. Single live IUP, FHR 148. EFW 285 g (48th %ile). Placenta posterior, no previa. AFI normal. Cervix 3.9 cm TV.
Anatomy: complete survey; no anomalies. Soft markers: none.
Sonographer [[N|D. Whitcombe]], RDMS. MFM reader [[N|Olamide Bankole]], MD.
Partner [[N|Jesús]] present; declined sex determination. Spanish interpreter [[N|Rocío]] (badge [[ID|INT-5521]]).
Referring: [[N|Harriet Loy]], CNM. Dating scan [[D|11/25/2024]] at 8w1d.
Follow-up growth scan at 32 weeks.
""",
)

note(
    "b29-30",
    "Marta Ostrowska",
    """
GYNECOLOGIC CYTOLOGY REPORT    Lab no. [[ID|GY24-019934]]
[[N|Marta Ostrowska]]   DOB [[D|11/11/1989]]   Collected [[D|04/30/2024]] by [[N|Jolene Treadway]], WHNP
ThinPrep, LMP [[D|4/12/24]]. Satisfactory, TZ present.
Interpretation: LSIL. HPV16/18 neg, other hrHPV POS. Colposcopy advised.
Screened by: [[N|TQ]] CT(ASCP)   Reviewed: [[N|Hiroshi Bekele]], MD
Billing: Medicaid ID [[HP|3310229874]]
""",
)

note(
    "b29-31",
    "Cornelius Abernethy-Park",
    """
30-DAY EVENT MONITOR - SUMMARY
Enrollee: [[N|Cornelius Abernethy-Park]]   Enrollment ID: [[ID|EV-3017728]]   Monitor s/n [[DEV|KX22-090441]]
Service dates [[D|May 1]] - [[D|May 30, 2024]]
Symptomatic transmissions: [[D|May 4]] 21:17 "pounding" - sinus tach 128; [[D|Saturday the 18th]] 07:02 "dizzy" - 3.6 s pause, on-call Dr. [[N|Lisette Ngata]] notified 07:31 (urgent finding per protocol); [[D|May 26]] - artifact.
Asymptomatic: AF episode [[D|5/22]] 01:10-04:48 (3 h 38 m), max V rate 142.
Patient reached at home ([[PH|617-555-0124]]) by [[N|Owen Farrelly]], CCT, on [[D|5/18]]; advised ED.
Summary read by [[N|L. Ngata]], MD
""",
)

note(
    "b29-32",
    "Goldberg",
    """
Secure chat export - thread [[ID|TH-4410982]] - [[D|2024-02-06]]
09:14 @[[N|nthibodeaux]]: pt [[N|goldberg]] bed 12 ct head read?
09:16 @[[N|r.abiola]]: yes - small L SDH 6mm, no shift. acc [[ID|CTH-24-5510]]. calling it as crit
09:16 @[[N|r.abiola]]: who is primary?
09:17 @[[N|nthibodeaux]]: me. [[N|natalie thibodeaux]] np. also pls cc dr [[N|ferreira]] (nsgy)
09:18 @[[N|r.abiola]]: crit result documented, read back by [[N|natalie]] 09:18 [[D|2/6]]
09:25 @[[N|nthibodeaux]]: thx. son ([[N|avi]]) at bedside, updated. pt's own cell [[PH|646-555-0107]] if needed
09:26 @[[N|r.abiola]]: addendum done, GCS 15 per ED
""",
)

note(
    "b29-33",
    "Makana Kalani",
    """
INTRAOPERATIVE CONSULTATION (FROZEN SECTION) REPORT
CASE #: [[ID|S24-41190]]    PATIENT: [[N|KALANI, MAKANA]]    MRN: [[MRN|HN-0041177]]    DOB: [[D|06/30/1962]]
SURGEON: DR. [[N|A. VASQUEZ-LORD]]    DATE: [[D|09/24/2024]]    OR: 12
SPECIMEN A: SENTINEL LYMPH NODE #1, LEFT AXILLA (HOT, 1,240 CPS)
FROZEN DX A: NEGATIVE FOR METASTATIC CARCINOMA (0/1) BY TOUCH PREP AND FS.
SPECIMEN B: SENTINEL LYMPH NODE #2 (BLUE)
FROZEN DX B: POSITIVE FOR METASTATIC CARCINOMA, 3 MM FOCUS.
RECEIVED 13:02, A CALLED 13:14, B CALLED 13:21 TO DR. [[N|VASQUEZ-LORD]] BY [[N|F. OYELOWO]], MD.
RESIDENT: [[N|SEBASTIAN KLEIN]], MD (PGY-3)
PERMANENT SECTIONS TO FOLLOW (BLOCKS A1FS, B1FS).
""",
)

note(
    "b29-34",
    "Dorian Achterhof",
    """
CT HEAD WITHOUT CONTRAST - TRAUMA
Patient: TRAUMA, ZULU (alias, identity pending)   MRN [[MRN|T-990412]]   Acc [[ID|CT9005521]]
Exam [[D|07/04/2024]] 23:47
History: unrestrained driver, rollover ~23:00 per Hadley PD Officer [[N|Brandon Kees]] (badge [[ID|2217]]); vehicle plate [[VEH|7KXR-442]]. Scene GPS [[ADDR|42.3418, -72.5885]].
Findings: 4 mm left frontal subdural hematoma, no midline shift. Small right parietal scalp hematoma. No calvarial fracture. Basal cisterns patent. Gray-white differentiation preserved. No intraventricular blood. Paranasal sinuses clear; mastoids aerated. Orbits intact. Cervical spine CT reported separately.
Impression: Small acute L SDH.
Critical: called to trauma attending Dr. [[N|Emeka Obi]] at 23:58, read back.
Addendum: identity confirmed as [[N|Dorian Achterhof]] (merged to MRN [[MRN|00771940]]) on [[D|07/05/2024]].
""",
)

note(
    "b29-35",
    "Serafina Lo Bianco",
    """
IR PROCEDURE: Right IJ single-lumen chest port placement
Pt [[N|Serafina Lo Bianco]]  MRN [[MRN|2204-7781]]  Date [[D|12.03.2024]]
Operator: [[N|Niall Cathcart]], MD; Assistant: [[N|Precious Mahlangu]], PA-C.
Device: 8 Fr power-injectable port, REF 1808060, LOT REAX1234, SN [[DEV|RXT55019]].
Sedation: midazolam 2 mg, fentanyl 100 mcg; RN [[N|Gus Talamantes]] monitored 09:05-09:41.
Fluoro 0.6 min, 4.1 mGy. Tip at cavoatrial junction. No complications.
Port card mailed to [[ADDR|16 Ferry St, Unit 2]], [[C|Ardmore Heights]], PA [[Z|19003]]; implant registry ID [[ID|IR-PR-40021]]. Daughter ([[N|Rosa]]) given flushing schedule: every 4 weeks when not in use.
""",
)

note(
    "b29-36",
    "Dolores Quintanilla",
    """
[[D|January 22, 2025]]

Ms. [[N|Dolores Quintanilla]]
[[ADDR|318 Juniper Ct.]]
[[C|Sweetwater]], TX [[Z|79556]]

Dear Ms. [[N|Quintanilla]]:
Your screening mammogram on [[D|January 17, 2025]] needs additional images (BI-RADS 0: incomplete). This is common; most women called back do not have cancer.
Please call [[PH|325-555-0183]] to schedule. Bring this letter; your exam number is [[ID|MG-250117-4471]].
Your doctor, [[N|Rafael Ybarra]], MD, has also been sent the results. Learn more at www.breasthealth.example.org/callback-faq.
Sincerely,
[[N|Ines Whitford]], RT(R)(M), for the breast imaging team
MQSA Facility ID 208811
""",
)

note(
    "b29-37",
    "Everett Lumley",
    """
REQUEST FOR OUTSIDE PATHOLOGY REVIEW
Date: [[D|03/03/25]]
To: Renal Pathology Service, Greystone University Medical Center - fax [[FX|919-555-0166]]
From: [[N|Ulla Brandvold]], MD, Coastal Kidney Associates, [[ADDR|2 Mill Pond Road, Ste B]], [[C|Elizabeth City]], NC [[Z|27909]]; tel [[PH|252-555-0131]]
Patient: [[N|Everett Lumley]]  DOB [[D|10/10/1944]]  Our case: [[ID|CKA-25-0107]]
Materials: 1 paraffin block (K1), 12 unstained slides, glutaraldehyde core for EM.
Clinical: creatinine 1.1 -> 3.4 over 6 weeks, UPCR 4.2 g/g, hematuria. Anti-GBM pending, MPO-ANCA 88 U/mL.
Question: pauci-immune crescentic GN? Please report to me and cc Dr. [[N|Marius Penhale]].
Insurance: Medicare [[HP|7EG4-TE5-MK72]]
""",
)

note(
    "b29-38",
    "Rex Hollander",
    """
EXERCISE TREADMILL TEST (Bruce protocol)        Order [[ID|ORD-9920184]]
[[N|Hollander, Rex]]   DOB [[D|7/27/67]]   MRN [[MRN|3351106]]   Test [[D|Wed 02/19/2025]]
Supervising: [[N|Ximena Quispe]], MD; exercise physiologist [[N|Tyrell Gaines]]
Baseline: SR 74, BP 128/82. Exercised 9:04 min (stage 3, 10.1 METs). Peak HR 152 (90% MPHR), BP 188/80.
Stopped for fatigue. No angina. 1.5 mm horizontal ST depression II, III, aVF, V5-V6 at peak, resolving by 3 min of recovery. Duke treadmill score -0.5 (intermediate).
Impression: Positive ECG for ischemia; intermediate risk. Recommend stress imaging or CCTA.
Prior ETT [[D|3/2019]]: negative at 9.5 METs. Tech [[N|cjlee]]. Pt left with wife ([[N|Odile]]) driving.
Prelim given to PCP Dr. [[N|Leon Harcourt]] by phone 15:05.
""",
)

note(
    "b29-39",
    "Delphine Aucoin",
    """
US THYROID
EXAM DATE: [[D|04/22/2024]]  ACCESSION: [[ID|US24-22891]]  MRN: [[MRN|4406218]]
PATIENT: [[N|Delphine Aucoin]]
COMPARISON: [[D|5/1/2021]]
FINDINGS: Right lobe 5.1 x 1.8 x 1.7 cm. Nodule 1 (R mid): 2.1 cm solid hypoechoic, wider-than-tall, smooth, no echogenic foci. TI-RADS 4 (TR4), previously 1.6 cm.
Left lobe 4.8 cm; nodule 2: 0.8 cm spongiform, TR1. Isthmus 3 mm.
IMPRESSION: TR4 nodule meets criteria for FNA (>=1.5 cm).
FNA booked [[D|5/3/2024]] with Dr. [[N|Agyeman]]; referring Dr. [[N|Fenwick]] informed.
RESIDENT: [[N|Kofi Agyeman]], MD
ATTENDING ATTESTATION: I have personally reviewed the images and agree with the report as edited. [[N|Bernadette Lyle]], MD [[D|4/22/2024]] 16:20
""",
)

note(
    "b29-40",
    "Keziah Amankwah",
    """
BLOOD BANK - TRANSFUSION SERVICE REPORT
Recipient: [[N|Keziah Amankwah]]  MRN [[MRN|10093327]]  DOB [[D|03/12/1958]]  Armband [[ID|BB-88213]]
Type: O NEG. Antibody screen POSITIVE. Antibody ID: anti-K (Kell); panel lot 24-0913.
Crossmatch-compatible K-negative units:
  Unit [[ID|W0419 24 114477 V]]  O NEG  RBC  exp [[D|10/30/2024]]
  Unit [[ID|W0419 24 114480 T]]  O NEG  RBC  exp [[D|11/02/2024]]
Directed donation from brother [[N|Kwabena Amankwah]] deferred (Hb 12.1).
Issued 14:20 [[D|10/09/2024]] by [[N|Hui Jiang]], MLS(ASCP). No transfusion reaction reported by RN [[N|Osric Pell]].
""",
)

note(
    "b29-41",
    "Mateo Ribeiro-Cho",
    """
BONE AGE (Greulich & Pyle)
Patient: [[N|Mateo Ribeiro-Cho]]   Sex: M   DOB: [[D|05/02/2013]]   Chronological age: 11 y 3 m
Exam: [[D|08/05/2024]]   Acc: [[ID|XR-08052024-019]]
Ordering: [[N|Genevieve Tran]], MD, Pediatric Endocrinology
Findings: Left hand PA. Bone age 13 y 6 m by G&P standards (SD for age +/-10.7 mo). Growth plates open.
Prior bone age [[D|02/14/2023]]: 11 y 0 m (read by Dr. [[N|Lindgren]]).
Impression: Advanced bone age (> +2 SD).
Mother ([[N|Luana Ribeiro]]) and father ([[N|Jae-won Cho]]) requested a copy by e-mail: [[EM|luana.rc@mailbox.example]].
Reader: [[N|Oskar Lindgren]], MD
""",
)

note(
    "b29-42",
    "Boris Ilyushin",
    """
TEE / DCCV Note  [[D|2/3/25]]
Pt: [[N|Boris Ilyushin]], [[A|90]] y, MRN [[MRN|6601942]]
Propofol 80 mg by Dr. [[N|Q. Ahmadzai]] (anes).
TEE: no LAA thrombus, mod smoke, EF 45%. DCCV 200 J biphasic x1 -> SR 64, pads AP. Defib s/n [[DEV|AR14K028551]]; probe s/n [[DEV|04TR8810]].
[[N|Wilhelmina Tsosie]], MD. Son [[N|Pavel]] updated in waiting room, cell [[PH|929-555-0115]].
""",
)

note(
    "b29-43",
    "Rosalind Pettigrew",
    """
LOW-DOSE CT LUNG CANCER SCREENING
Name: [[N|Rosalind Pettigrew]] ("[[N|Roz]]")   DOB [[D|02/28/1957]]   MRN [[MRN|9200417]]
Acc [[ID|LDCT-771204]]   Exam [[D|03/05/2024]]
Eligibility: 42 pack-years, quit 2016. SDM visit [[D|02/12/2024]] with [[N|Arlo Benning]], NP.
Technique: 100 kVp, 30 mAs, CTDIvol 1.4 mGy.
Comparison: baseline LDCT [[D|02/23/2023]].
Findings: 5 mm solid nodule LUL (se 3 im 88), stable. 3 mm perifissural nodule RML. Mild centrilobular emphysema. Moderate coronary calcification.
Lung-RADS 2 (benign appearance/behavior). Next annual LDCT ~[[D|March 2025]].
[[N|Deepa Venkataraman]], MD
""",
)

note(
    "b29-44",
    "Aurelio Benedetti",
    """
SOMATIC TUMOR PROFILING - 500-gene NGS
Patient: [[N|Aurelio Benedetti]]  DOB [[D|1949-07-08]]  Sex M   Report ID [[ID|TP-24-009812]]
Specimen: lung, RUL wedge; block B3 of outside case [[ID|OH-S23-8817]] (Oakridge Hospital)
Collected [[D|2023-12-19]]; received [[D|2024-01-08]]; tumor content 40%.
Results: KRAS G12C (VAF 22%); STK11 p.Q37* (VAF 19%); TMB 11 mut/Mb; MSI-stable; PD-L1 TPS 5% (22C3).
Therapies: sotorasib, adagrasib (approved for KRAS G12C NSCLC). Trial match: NCT04613596.
Ordering: [[N|Hamid Tavakoli]], MD. Copy to Dr. [[N|Ines Ruhl]], Oakridge Hospital pathology, fax [[FX|330-555-0161]].
Signed [[D|2024-01-22]] by [[N|Lucia Ferrandis]], PhD
""",
)

note(
    "b29-45",
    "Delano Whitehorse",
    """
cpap compliance download - [[D|6/28/24]]
pt [[N|Delano Whitehorse]] | dob [[D|1/5/80]] | mrn [[MRN|5510093]]
device: AirSense 11 AutoSet, SN [[DEV|23241588902]]; DME Apex Home Respiratory, pt acct [[ACCT|AHR-0093115]]
usage [[D|5/29]]-[[D|6/27]]: 27/30 days >=4h (90%), avg 6 h 41 m. pressure 5-15, 95th %ile 11.2. residual AHI 3.1. large leak 0.4%.
mask: F30 medium, pt c/o dry mouth -> humidity 4->5.
meets CMS adherence (>=4h on 70% of nights in 30 consecutive days). faxed to DME [[FX|406-555-0172]].
-- [[N|Yolanda Pitt]], RRT for Dr. [[N|Garibaldi]]
""",
)

note(
    "b29-46",
    "Odessa Lockhart",
    """
PACS QA ticket - DICOM header excerpt
(0010,0010) PatientName: [[N|LOCKHART]]^[[N|ODESSA]]^[[N|J]]
(0010,0020) PatientID: [[MRN|LH00391842]]
(0010,0030) PatientBirthDate: [[D|19430312]]
(0010,1010) PatientAge: 080Y
(0008,0020) StudyDate: [[D|20240311]]   (0008,0030) StudyTime: 142207
(0008,0050) AccessionNumber: [[ID|A24031187]]
(0020,000D) StudyInstanceUID: [[ID|1.2.840.113619.2.418.3.2831153420.771.1710167612.27]]
(0008,0090) ReferringPhysicianName: [[N|NAKAGAWA]]^[[N|KEN]]
(0008,1010) StationName: CTAWP7744   (0018,1000) DeviceSerialNumber: [[DEV|77410CT]]
(0018,0060) KVP: 120
Arrived in PACS [[D|2024-03-11T14:31:05Z]] from [[IP|10.44.3.21]] with wrong laterality; fixed by [[N|lhuang]] on pacs-prod-02.
""",
)

note(
    "b29-47",
    "Konstantin Weatherby",
    """
CT CHEST/ABD/PELVIS W CONTRAST - RESTAGING (RECIST 1.1)
[[N|Konstantin Weatherby]]   MRN [[MRN|0004419920]]   [[D|11/20/2024]]   Acc [[ID|CT2411200088]]
Study subject [[ID|ONC-221-0047]]
COMPARISON: [[D|8/21/24]], [[D|5/22/24]], [[D|2/20/24]] (baseline), PET/CT [[D|1/30/24]].
TARGET LESIONS:
1. R hepatic seg VIII: 2.1 cm (prev 2.8, baseline 3.4), se 5 im 41
2. Portocaval LN: 1.0 cm short axis (prev 1.4, baseline 1.9)
Sum 31 mm (baseline 53 mm): -42%, partial response, confirmed.
NON-TARGET: bone lesions stable. No new lesions.
Reader: [[N|Anneliese Korhonen]], MD. Research coordinator [[N|Marisol Ybanez]] ([[EM|mybanez@trials.example.org]]).
""",
)

note(
    "b29-48",
    "Fenella Quarshie",
    """
DERMATOPATHOLOGY REPORT   Accession [[ID|DP24-3312]]
Patient [[N|Fenella Quarshie]]   DOB [[D|5/14/1961]]   Biopsy [[D|7/2/24]]
Clinician: [[N|Marcus Delgado-Reyes]], PA-C. Clinical images: [[URL|https://derm-images.example.org/viewer?pid=88213&case=DP24-3312]]
Received [[D|7/3/24]]; grossed by [[N|Tremaine Oduro]], PA(ASCP). Prior biopsy [[ID|DP21-0982]] ([[D|March 2021]]): dysplastic nevus, same site.
Site: L upper back, shave. Clin dx: r/o melanoma vs atypical nevus.
Microscopic: asymmetric junctional and dermal melanocytic proliferation with pagetoid spread and lack of maturation.
Diagnosis: Malignant melanoma, superficial spreading type, Breslow 0.6 mm, Clark level III, mitoses <1/mm2, no ulceration. pT1a. Deep margin clear; peripheral margin involved.
Recommend re-excision with 1 cm margins.
[[N|Greer Tolliver]], MD  [[D|7/5/24]]
""",
)

note(
    "b29-49",
    "Juniper Ashdown",
    """
RADIOLOGY DISCREPANCY NOTIFICATION
To: [[N|Hyun-woo Park]], MD, Emergency Dept   From: [[N|Rebecca Stanislawski]], MD, Body Imaging
Re: [[N|Juniper Ashdown]], MRN [[MRN|3010984]], CT abdomen [[D|Saturday 10/12/2024]] (acc [[ID|CT24101204455]])
Preliminary (resident [[N|S. Ferrante]], overnight): "No acute process."
Final: 1.8 cm appendicolith with dilated 11 mm appendix and periappendiceal stranding - acute appendicitis.
Change in management likely. ED callback 08:10; charge RN [[N|Tomas Icaza]] at 08:14 confirmed pt was discharged at 04:30. Pt reached at [[PH|(331) 555-0109]] at 08:32 and told to return.
RADPEER 3b. Filed in QA log [[ID|QA-24-1193]].
""",
)

note(
    "b29-50",
    "Lavinia Okoro-Brandt",
    """
EBUS-TBNA / CYTOLOGY
Date: [[D|Jan 16]]   Pt: [[N|Lavinia Okoro-Brandt]]   DOB [[D|1957-09-03]]   MRN [[MRN|4488102]]   Acc [[ID|CY25-00188]]
Bronchoscopist: [[N|Raj Mukherjee]], MD; ROSE cytotech: [[N|Elsie Varga]], CT(ASCP)
Stations: 4R (1.6 cm, 4 passes), 7 (2.2 cm, 5 passes), 11L (0.9 cm, 3 passes). 22G needle.
ROSE: 4R and 7 - malignant cells present; 11L - lymphocytes, adequate.
Final: Stations 4R and 7: metastatic small cell carcinoma (synaptophysin+, INSM1+, Ki-67 >90%). 11L: negative for malignancy.
Staging: N2 disease. Conveyed to Dr. [[N|Mukherjee]] [[D|1/17/25]] 12:05 and to tumor board coordinator [[N|gbrandvik]]; for thoracic tumor board [[D|Tuesday]], then oncology (Dr. [[N|Sepúlveda]]).
""",
)

note(
    "b29-51",
    "Thaddeus Okafor-Lind",
    """
Prior authorization request - genetic testing
Member: [[N|Thaddeus Okafor-Lind]]  DOB [[D|09/09/2001]]
Plan: BlueHarbor Health PPO, member # [[HP|XBH884120337]], group [[HP|00417-22]]
Subscriber: [[N|Ingrid Okafor-Lind]] (mother), SSN last 4 [[SSN|4821]]
Test: Whole exome sequencing, trio (CPT 81415, 81416 x2); lab Meridian Genomics; requisition [[ID|MG-WES-10992]]
Indication: intellectual disability, seizures since age 2, dysmorphic features; chromosomal microarray [[D|05/2023]] normal; Fragile X negative.
Requesting provider: [[N|Pilar Santangelo]], MD, NPI [[ID|1295837741]], ph [[PH|614-555-0155]], fax [[FX|614-555-0156]]
Auth ref # [[ID|PA-2024-0882211]] submitted [[D|10/01/2024]] by [[N|bwestergaard]].
""",
)

note(
    "b29-52",
    "Augustin Villeneuve",
    """
MRI PROSTATE (mpMRI) - PI-RADS v2.1
Pt [[N|Augustin Villeneuve]]  MRN [[MRN|0033-81402]]  Exam [[D|Nov. 8, 2023]]  Acc [[ID|MR23-110847]]
Clinical: PSA 8.4 ng/mL ([[D|Oct 2023]]), 5.9 ([[D|Apr 2022]]). Prior TRUS bx [[D|6/2022]]: benign, 12 cores.
Findings: Gland 52 cc (PSA density 0.16). Lesion 1: L PZ posterolateral mid, 1.4 cm, DWI 4, ADC 780, DCE +, PI-RADS 4. No EPE. Seminal vesicles clear. No adenopathy.
Impression: PI-RADS 4 lesion L mid PZ; targeted biopsy recommended.
Fusion bx scheduled [[D|12/1]] with Dr. [[N|Ossian Pryce]]; segmentation sent for fusion (case [[ID|UN-55120]]).
Dictated: [[N|Cordelia Hwang]], MD
""",
)

note(
    "b29-53",
    "Wren Castellano",
    """
** AMENDED REPORT **  Case [[ID|S25-01877]]
Patient: [[N|Wren Castellano]]   DOB [[D|08/08/1979]]   MRN [[MRN|7740221]]   Accessioned by [[N|mrivas]]
Original sign-out: [[D|02/11/2025]]   Amended: [[D|02/13/2025]]
Reason: Specimen side corrected from RIGHT to LEFT after discrepancy raised by OR nurse [[N|Fatou Sissoko]] on [[D|2/12]]. Diagnosis unchanged: fibroadenoma, 2.1 cm; no atypia.
Notified: Dr. [[N|Rupert Ellingham]] (surgeon) by phone [[D|2/13/25]] 09:42; patient safety report [[ID|PSR-25-0311]] filed. Patient informed by Dr. [[N|Ellingham]] [[D|2/14/25]].
Pathologist: [[N|Yusra Hameed]], MD
""",
)

note(
    "b29-54",
    "Perpetua Nwachukwu",
    """
NM THYROID UPTAKE & SCAN / I-131 THERAPY
Patient: [[N|Perpetua Nwachukwu]]  [[A|90]]-yo F  MRN [[MRN|66012478]]
Uptake: [[D|3/24]] 4 h 18%, [[D|3/25]] 24 h 41% (nl 10-30). Scan: diffuse homogeneous uptake, Graves' disease pattern.
Therapy: I-131 sodium iodide 15.2 mCi PO given [[D|3/26/2025]] 10:15; dose calibrator s/n [[DEV|552911]]. Lot 0325-NA.
Release criteria met (0.8 mR/h at 1 m). Instructions reviewed: sleep alone x 6 nights; avoid close contact with great-grandchildren in [[C|Millersburg]].
RSO: [[N|Bartholomew Quayle]], MS. Referring endocrinologist: Dr. [[N|Hollis Graves]].
""",
    allow=("Graves",),
)

note(
    "b29-55",
    "Baby Boy Kettleson",
    """
SKELETAL SURVEY - NAT protocol
Patient: [[N|KETTLESON]], BABY BOY   DOB [[D|01/02/2025]]   Age 7 wk   MRN [[MRN|N-0094412]]   Acc [[ID|XR25-020441]]
Exam: [[D|02/20/2025]]
Findings: Classic metaphyseal lesions distal L femur and proximal R tibia. Healing posterior R 6th-7th rib fractures with callus (7-14 days). No skull fracture.
Impression: Highly suspicious for non-accidental trauma.
Communication: discussed with Child Protection Team Dr. [[N|Maren Solheim]] at 11:20; CPS intake [[ID|CPS-2025-117730]] by SW [[N|Jada Moultrie]], LICSW. Mother [[N|Krystal Kettleson]] and her boyfriend [[N|Dante]] informed of follow-up survey in 2 weeks ([[D|3/6]]).
""",
)

note(
    "b29-56",
    "Ana Ferreira-Lopes",
    """
From: [[EM|k.mwangi@neuro-clinic.example]]
To: [[EM|eegscheduling@hospital.example]]
Sent: [[D|Thu, 5 Sep 2024]] 16:02
Subject: 72h ambulatory EEG - [[N|Ferreira-Lopes, Ana]] (MRN [[MRN|1188420]])

Hi team - please book 72 h ambulatory video EEG for the above pt, ideally starting [[D|Mon 9/16]] (she has childcare then). Indication: ?nocturnal frontal lobe seizures vs parasomnia. She can't do the week of [[D|the 23rd]]. Her husband [[N|Joaquim]] will bring her; best contact [[PH|860-555-0146]] (cell, texts ok).
Please use a recorder with the new battery door (not unit [[DEV|NKX-2219]], which failed last week).
Thanks,
Dr. [[N|Kamau Mwangi]]
""",
)

note(
    "b29-57",
    "Obadiah Strand",
    """
IMPLANTABLE LOOP RECORDER INSERTION
Date: [[D|10/31/2024]]  Pt: [[N|Obadiah Strand]], [[A|94]] yo  MRN: [[MRN|2291870]]
Cryptogenic stroke [[D|10/3/2024]], r/o AF.
Device: LINQ II LNQ22, serial [[DEV|RLB129907G]], UDI [[DEV|(01)00763000290138(17)270731(21)RLB129907G]]
R-wave 0.42 mV. No complications. Device clinic [[PH|208-555-0128]]. Caregiver [[N|Sigrun]] instructed.
Operator [[N|Henrike Vos]], MD. Wound check [[D|Nov 12]].
""",
)

note(
    "b29-58",
    "Cyrus Bellamy-Noor",
    """
MODIFIED BARIUM SWALLOW STUDY
[[N|Cyrus Bellamy-Noor]] - DOB [[D|4/4/1934]] ([[A|91]] y) - MRN [[MRN|6022911]] - [[D|Apr 9 2025]]
SLP: [[N|Maeve O'Rourke]], MS, CCC-SLP   Radiologist: [[N|Tariq Hamdan]], MD
Consistencies: thin, mildly thick (IDDSI 2), puree (IDDSI 4), solid.
Findings: thin liquid via cup - penetration to cords, not ejected (PAS 5); via spoon with chin tuck PAS 2. Moderate vallecular residue. Fluoro time 2.9 min.
Recommendations: IDDSI 2 liquids, regular solids, chin tuck, upright 30 min after meals. Reviewed with daughter [[N|Soraya]] (HCP) by phone [[PH|480-555-0191]].
""",
)

note(
    "b29-59",
    "Soren Lindqvist",
    """
MICROBIOLOGY - FINAL REPORT
Patient: [[N|Lindqvist, Sören]]  DOB [[D|1941-02-17]]  MRN [[MRN|3877102]]  Ordering: Dr. [[N|Emre Celik]]  Source: blood, peripheral (L AC)
Accession [[ID|MB24-0771220]]  Collected [[D|12/27/2024]] 22:40
Gram stain: gram-positive rods. Called to [[N|Ava Moorcroft]], RN at 08:12 [[D|12/28]] by [[N|jt]].
Culture: Listeria monocytogenes. Isolate [[ID|ISO-24-5512]] forwarded to State Public Health Laboratory [[D|12/30/2024]]; reportable disease filed, state case no. [[ID|LIS-2024-0417]].
Susceptibility: ampicillin S (MIC 0.25). Prior culture [[ID|MB24-0769981]] ([[D|12/20/2024]]) no growth.
Infection prevention ([[N|Ruth Abernathy-Cole]]) notified.
""",
)

note(
    "b29-60",
    "Hildegard Ruiz-Okonjo",
    """
CAPSULE ENDOSCOPY REPORT
Pt [[N|Hildegard Ruiz-Okonjo]]   MRN [[MRN|8118302]]   Ingested [[D|8/14/24]] 07:58
Capsule SB3, lot 2411-C, s/n [[DEV|SB3-8847121]]; recorder DR3 s/n [[DEV|DR3-30291]]
Indication: occult GI bleed, Hb 7.9, negative EGD ([[D|7/30/24]]) and colonoscopy ([[D|7/31/24]]).
Gastric transit 38 min; SB transit 4 h 12 min. Reached cecum.
Findings: 3 small angioectasias proximal jejunum (frames 12,447; 13,108; 15,902). No active bleeding.
Impression: Jejunal angioectasias, likely source. Recommend push enteroscopy with APC.
Read by [[N|Anselm Kriegel]], MD (fellow [[N|P. Doyle-Ama]]); cc: Dr. [[N|Ferdinand Ocampo]] (PCP).
D: [[D|8/16/24]] T: [[D|8/17/24]] job [[ID|J-0448120]] /[[N|mk]]
""",
)


if __name__ == "__main__":
    write(OUT, NOTES)
