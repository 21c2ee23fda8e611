#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_dev4.jsonl.

Development set #4 for clinical-text de-identification.  Sixty hand-written
synthetic US clinical notes; every person, number and address is fictional
(phone numbers use the 555-01xx range).  Each note is written with inline
markup ``[[CAT|surface text]]``; this script strips the markup, computes
character offsets, validates them and writes one JSON object per line:

    {"note_id", "patient", "text", "spans": [[start, end, CATEGORY], ...]}

Annotation follows HIPAA Safe Harbor conventions: names of patients,
relatives and staff (titles outside the span), every date element more
specific than a year (month+year, weekday/holiday used as a date), ages
over 89 only, phone/pager/fax numbers, record/plan/account/licence/device/
vehicle numbers, URLs, IPs, street addresses, cities/towns/neighbourhoods
and ZIP codes.  Facility and company names, eponyms, states, countries,
room numbers, bare years, model numbers and recurring schedules are not
annotated.  Staff log-in names and online handles count as NAME.

Stdlib only.  Run:  python bench/data/make_deid_dev4.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_dev4.jsonl")

# (note_id, patient, marked-up text, allowed unmarked repeats)
# The last element lists strings that legitimately occur unmarked elsewhere
# in the note (e.g. a city name inside a facility name).
NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


# --------------------------------------------------------------------------
# Emergency, ICU and ward notes
# --------------------------------------------------------------------------

note(
    "d4-01",
    "Chidinma A Okonkwo",
    """
ED PROVIDER NOTE   [[D|04/17/2031]] 02:14
Pt: [[N|Okonkwo, Chidinma A]]   MRN [[MRN|00482913]]   Acct [[ACCT|V7720316654]]
CC: SOB x2d
HPI: 34F w/ hx asthma (no prior intubations), ran out of ProAir HFA ~[[D|4/14]]. Neighbor [[N|Denise]] drove her in from [[C|Hollins Park]]. Sick contact: son [[N|Tobi]] w/ URI. No fever, no CP.
Exam: RR 28, SpO2 91% RA, HR 118, BP 134/82. Diffuse exp wheeze, speaks in phrases. GCS 15.
Labs: VBG 7.38/44. K 3.4. Peak flow 180 (pred 430).
A/P: moderate-severe asthma exacerbation. DuoNeb x3, methylpred 125 mg IV, Mg 2 g IV. Reassess 1 hr; if PF <50% -> admit step-down.
Dispo: likely home on prednisone 40 mg x5d + new inhaler; PCP f/u w/ Dr. [[N|Ferrante]] in 2-3 days.
-- [[N|R. Baptiste]], MD  (pgr [[PH|555-0147]])
""",
)

note(
    "d4-02",
    "Harlan Voss",
    """
MICU PROGRESS NOTE  HD#6
[[N|Harlan Voss]] | [[A|91]] y/o M | MRN [[MRN|7310-228-45]] | Bed 14
Events: self-extubated ~0300 [[D|Sat 3/8]], reintubated by Dr. [[N|Ilse Marquardt]] (anesthesia), grade 1 view. Propofol 30 mcg/kg/min, fentanyl 50 mcg/h. RASS -2, CAM-ICU neg.
Vent: AC 450/16/5/40%. ABG 7.41/38/88.
Lines: R IJ TLC placed [[D|3/3]], d/c today. L radial art line.
ID: Pseudomonas in BAL, cefepime 2 g q8h day 4/7.
Renal: Cr 1.9 (from 1.4), UOP 0.4 mL/kg/h.
Family: daughter [[N|Greta]] ([[PH|(608) 555-0133]]) is HCP, updated by phone [[D|3/9]]. Son [[N|Emil]] flying in from [[C|Hamburg]].
Goals: full code for now; palliative care consult placed.
-- [[N|T. Nakashima]], MD, pulm/crit fellow
""",
)

note(
    "d4-03",
    "Rosa Elena Quispe",
    """
hospitalist progress note [[D|6/2]]
pt seen/examined at bedside w/ son [[N|marco]] interpreting per pt preference (offered certified interpreter, declined). [[N|rosa elena quispe]] 71F, LLE cellulitis day 4. feels better, ambulating to bathroom. afebrile x48h, wbc 9.1 (14.3 on admit). erythema receding well inside marked border, no fluctuance. vanc d/c'd [[D|5/31]], now cefazolin 2g q8h.
plan: po cephalexin 500 qid to complete 10d total, elevate leg, PT says safe w/ cane. d/c tmrw if stable. lives w/ daughter [[N|yesenia]] in [[C|east boston]], 2nd fl, 14 stairs. pcp dr [[N|halloran]] at the health center near [[ADDR|maverick sq]], f/u 1 wk.
-[[N|kpatel3]]
""",
)

note(
    "d4-04",
    "Bartholomew Lindqvist",
    """
HISTORY AND PHYSICAL
Patient: [[N|Bartholomew "Bart" Lindqvist]]   DOB: [[D|11/30/1958]]   MRN: [[MRN|MR-5530917]]
Admit date: [[D|January 9, 2032]]   Attending: [[N|Priya Raghunathan]], MD
CC: "pressure in my chest"
HPI: 73M with HTN, HLD, 40 pk-yr smoking, 2 h of substernal pressure radiating to L arm while shoveling snow. Trop 0.09 -> 0.31. ECG: 1 mm ST depression V4-V6.
Meds: metoprolol tartrate 25 mg bid, atorvastatin 40 mg, ASA 81.
SH: retired machinist (Boeing, 31 yrs). Lives in [[C|Renton]], WA with wife [[N|Marit]]. Quit smoking 2015.
FH: father MI at 52.
Exam: BP 162/94, HR 88, Levine sign present. Lungs clear. No JVD. 2/6 SEM at RUSB.
A/P: NSTEMI, TIMI 4. ASA 325 load, heparin gtt, high-intensity statin, cath in AM with Dr. [[N|Osterhout]]. [[N|Bart]] wants his son [[N|Anders]] called: [[PH|425-555-0119]].
""",
)

note(
    "d4-05",
    "Ibrahima Sow",
    """
DISCHARGE SUMMARY
Name: [[N|Ibrahima Sow]]   MRN: [[MRN|20938847]]
Admitted: [[D|2031-08-14]]   Discharged: [[D|2031-08-19]]
Principal dx: diabetic ketoacidosis, new-onset type 1 diabetes (GAD65 Ab positive).
Course: presented with pH 7.08, AG 29, BHB 7.2. Insulin infusion per DKA protocol, gap closed in 14 h, transitioned to glargine 18 u + lispro 1 u/10 g carb with correction 1 u/50 > 150. A1c 12.4%. Dietitian and diabetes educator visits completed.
Discharge meds: insulin glargine (Lantus SoloStar), insulin lispro (Humalog KwikPen), Dexcom G7 CGM, glucagon nasal 3 mg.
Follow-up: Endocrinology, Dr. [[N|Hallworth]], [[D|Aug 27]] 9:40 AM, Pavilion B suite 210. Diabetes educator [[N|Nkechi Obi]], RN, CDCES, [[PH|(312) 555-0162 ext. 4471]].
Pt's uncle [[N|Moussa]] present for teaching.
Dictated by [[N|Ahmed El-Sayed]], MD [[D|8/19/2031]]
""",
)

note(
    "d4-06",
    "Wren Castellanos-Byrd",
    """
DISCHARGE INSTRUCTIONS for [[N|Wren Castellanos-Byrd]]
You were in the hospital from [[D|March 3]] to [[D|March 6]] for pneumonia (a lung infection).
Medicines:
 - Amoxicillin-clavulanate 875 mg by mouth twice a day. Last dose [[D|Thursday, March 13]].
 - Guaifenesin 600 mg as needed for cough.
 - STOP taking ibuprofen for now.
Call your doctor, Dr. [[N|Asha Menon]], at [[PH|(503) 555-0118]] if you have a fever over 101 F, trouble breathing, or chest pain. After hours, call the nurse line at [[PH|503-555-0190]].
Your follow-up chest X-ray is on [[D|4/10]] at 8:15 AM at the imaging center in [[C|Beaverton]]. Bring your insurance card.
See your test results online: [[URL|https://mychart.example-health.org]]
Reviewed with patient and her partner [[N|Dani]] by [[N|Lucy Ferreira-Holm]], RN.
""",
)

note(
    "d4-07",
    "Garegin Petrosyan",
    """
RN NOTE 1900-0700
Mr. [[N|Petrosyan]] A&Ox3, POD 1 L hip ORIF. Pain 6/10 at 2200, oxycodone 5 mg PO given 2215, reassessed 3/10 at 2300. Repositioned q2h, Braden 14, Morse 55 -> bed alarm on, non-skid socks. Voided 350 mL via urinal. IV L forearm 20g patent, LR at 75 mL/h. Tele SR 70s. Incentive spirometer 1000 mL x10/hr while awake. Hgb this AM 9.2 (10.8).
Wife [[N|Anahit]] stayed overnight and requests an update from Dr. [[N|Kwan]] in the morning; her cell is [[PH|818-555-0190]]. She speaks Armenian and some English; pt prefers she is included in teaching. Grandson [[N|Gor]] will bring his CPAP tomorrow.
-- [[N|J. Abernathy]], RN
""",
)

note(
    "d4-08",
    "Odette Delacroix",
    """
I-PASS HANDOFF 7P  [[D|10/22]]
1) Rm 412 [[N|Delacroix, Odette]] 67F WATCHER. Urosepsis, lactate 2.8 -> 1.6, on ceftriaxone. If MAP <65: 500 mL bolus, recheck lactate, page Dr. [[N|Ashby]] (ICU) at [[PH|555-0172]].
2) Rm 415 [[N|Tran, Bao]] 54M STABLE. CHF, net -1.8 L. AM BMP; K goal >4. Wife [[N|Mai]] brings pho at dinner, ok per dietitian.
3) Rm 418 [[N|Mukherjee, Sunil]] [[A|93]]M DNR/DNI (MOLST on chart), comfort-focused. Son [[N|Arjun]] at bedside, daughter [[N|Rina]] arriving from [[C|Kolkata]] [[D|Friday]]. Morphine 2 mg IV q2h prn dyspnea.
4) Rm 420 empty, admission pending from ED.
To do: f/u 2200 troponin on bed 2 (ED), sign out to night float.
Receiver synthesis done -- [[N|mh]] / [[N|lo]]
""",
)

note(
    "d4-09",
    "Keanu Kahananui",
    """
SOCIAL WORK ASSESSMENT  [[D|7/15/2031]]
Pt [[N|Keanu Kahananui]], 29M, admitted for alcohol withdrawal (CIWA peak 22). SW met with pt and his aunty [[N|Leilani Makoa]] at bedside.
Housing: pt lost his job at Costco in [[D|May]]; since then sleeping in his car (silver 2014 Honda Civic, plate [[VEH|HNP 447]]) in a lot near [[ADDR|Ala Moana Beach Park]]. Aunty offers her couch in [[C|Waianae]] but "no drinking in the house."
Income: none; SW helped apply for SNAP and GA. Phone: prepaid, [[PH|(808) 555-0124]].
Substance use: 12-pack/day x2 yrs, interested in residential tx. Referral placed to a program in [[C|Kaneohe]]; intake coordinator [[N|Kaleo]] to call back.
Safety: denies SI/HI. PHQ-2 = 3.
Plan: f/u [[D|Thursday]] re: bed availability.
[[N|Mele Tuilagi]], LCSW
""",
)

note(
    "d4-10",
    "Gwendolyn Achterberg",
    """
CASE MANAGEMENT NOTE
Pt: [[N|Gwendolyn Achterberg]], 84F, s/p fall with L distal radius fx + deconditioning. PT recs SNF.
Insurance: Medicare A/B, MBI [[HP|4TE9-QA2-MK71]]; secondary AARP supplement, member ID [[HP|XJK330917245]]. 3-midnight qualifying stay met [[D|9/10]].
Referrals sent via CarePort to Maple Terrace and Brookhaven Rehab; bed offer from Maple Terrace, accepted by pt and daughter [[N|Inge]] (POA, [[PH|614-555-0153]]). Clinicals faxed to SNF admissions at [[FX|(614) 555-0139]], attn [[N|Rhonda]].
Transport: wheelchair van via MedRide, pickup 1 PM.
Anticipated d/c [[D|Fri 9/12]].
Home: [[ADDR|2290 Kettering Mill Rd, Apt 5]], [[C|Columbus]], OH [[Z|43214]]; 3rd floor walk-up, lives alone. Will need home safety eval before return.
[[N|Patrice Oduro]], RN, CCM  x[[PH|7310]]
""",
)

# --------------------------------------------------------------------------
# Pharmacy, imaging, pathology, labs, cardiology
# --------------------------------------------------------------------------

note(
    "d4-11",
    "Lorcan Ó Súilleabháin",
    """
PHARMACY CONSULT - VANCOMYCIN DOSING
Pt: [[N|Lorcan Ó Súilleabháin]]  56M  MRN [[MRN|6620184]]
Indication: MRSA bacteremia (1/2 bottles [[D|5/4]]), TTE neg.
Wt 92 kg, IBW 75 kg, SCr 1.1, CrCl ~78 mL/min (Cockcroft-Gault).
Regimen: load 2,000 mg x1 then 1,250 mg IV q12h. Target AUC 400-600.
Levels [[D|5/6]]: peak 32 @ 1300, trough 11 @ 0030 -> est AUC 512. Continue.
Allergy: PCN (hives, 1998).
Home meds reconciled with his outpatient pharmacy (Walgreens #07731, [[PH|617-555-0126]]); spoke with pharmacist [[N|Dolan]].
Next levels with AM labs [[D|5/9]]. Pharmacy will follow.
[[N|Haruto Ishikawa]], PharmD, BCPS  x[[PH|5512]]
""",
)

note(
    "d4-12",
    "Teodoro Sandoval",
    """
EXAM: CT ABDOMEN AND PELVIS WITH IV CONTRAST
Patient: [[N|SANDOVAL, TEODORO]]   MRN: [[MRN|88120447]]   Accession: [[ID|CT31-0092217]]   DOS: [[D|02-Nov-2031]]
CLINICAL HISTORY: RLQ pain x1 day, WBC 15.2. Evaluate for appendicitis.
TECHNIQUE: Helical CT after 100 mL Omnipaque 350. DLP 612 mGy-cm.
COMPARISON: CT [[D|06/14/2029]] from an outside facility in [[C|Las Cruces]].
FINDINGS: The appendix is dilated to 11 mm with periappendiceal fat stranding; no appendicolith, abscess or free air. 1.2 cm hypodensity hepatic segment 7, too small to characterize. Bosniak I cyst L kidney. Mild L4-5 degenerative change.
IMPRESSION: Acute uncomplicated appendicitis.
Findings discussed with Dr. [[N|Yusuf Kaplan]] at 14:22 on [[D|11/2/2031]] by Dr. [[N|Ellery Fitch]], read-back confirmed.
Dictated on workstation [[IP|10.48.201.17]]
""",
)

note(
    "d4-13",
    "Marisol Betancourt-Ruiz",
    """
SURGICAL PATHOLOGY REPORT          Case: [[ID|S31-04477]]
Patient: [[N|Betancourt-Ruiz, Marisol]]   DOB: [[D|1977-09-02]]   MRN: [[MRN|4402198]]
Collected: [[D|09/29/2031]]   Received: [[D|09/30/2031]]
Submitting physician: Dr. [[N|Ottoline Hargreave]]
SPECIMEN: A. Left breast, 12:00, 4 cm FN, US-guided core biopsy (14G x4).
FINAL DIAGNOSIS:
A. Invasive ductal carcinoma, Nottingham grade 2 (tubules 3 + nuclei 2 + mitoses 2 = 7/9). Largest core involvement 9 mm. DCIS, intermediate grade, present. No LVI identified.
ER 95% strong, PR 40% moderate, HER2 IHC 2+ (equivocal), reflex FISH pending. Ki-67 ~20%.
Intradepartmental consult: [[N|J. Whitcombe]], MD, concurs.
Pathologist: [[N|Wendell O. Amankwah]], MD
Electronically signed [[D|10/02/2031]] 16:05
""",
)

note(
    "d4-14",
    "Joaquim Ferreira",
    """
CRITICAL VALUE CALL
[[D|12/24]] 2340. Lab ([[N|Shondra]], chemistry, x[[PH|6620]]) called with K 6.9 on [[N|Ferreira, Joaquim]] MRN [[MRN|55310982]]; tech states sample not hemolyzed. Read back and confirmed.
Notified Dr. [[N|Oyelaran]] (nocturnist) via Vocera at 2344.
ECG: peaked T waves, QRS 104 ms, HR 62.
Orders: calcium gluconate 1 g IV, regular insulin 10 u IV + D50 25 g, albuterol 10 mg neb, Lokelma 10 g PO. Repeat BMP and POC glucose q1h x4 starting 0130.
Pt anxious, states he "has to be home for [[D|Christmas]]"; wife [[N|Filomena]] updated by phone at her request.
-- [[N|Bethany Coyle]], RN
""",
)

note(
    "d4-15",
    "Vera Dmitrievna Sokolova",
    """
TRANSTHORACIC ECHOCARDIOGRAM
Name: [[N|Sokolova, Vera Dmitrievna]] ([[N|Соколова Вера Дмитриевна]])   DOB: [[D|07/03/1949]]   Study date: [[D|01/21/2032]]
Ht 162 cm  Wt 70 kg  BSA 1.76 m2  BP 138/76  HR 64, sinus
Indication: exertional dyspnea, systolic murmur.
LV: normal size, LVEF 55-60% (biplane Simpson). Grade II diastolic dysfunction, E/e' 16.
AoV: trileaflet, heavily calcified. Vmax 4.3 m/s, mean gradient 44 mmHg, AVA 0.8 cm2 (continuity), DVI 0.23. Severe aortic stenosis.
RV: TAPSE 2.1 cm. RVSP 42 mmHg.
Compared with prior of [[D|May 2029]]: mean gradient increased from 29 mmHg.
Recommend heart team referral (TAVR evaluation).
Sonographer: [[N|LTM]]   Interpreting: [[N|Rajiv Ballantyne-Osei]], MD, FASE
""",
)

note(
    "d4-16",
    "Hemi Ngata",
    """
EP DEVICE CLINIC - in-person interrogation  [[D|12/1/31]]
Pt: [[N|Ngata, Hemi]]  MRN [[MRN|3081175]]
Device: Medtronic Azure XT DR MRI SureScan (model W1DR01), serial [[DEV|RNB418772S]]; RA lead 5076-52 SN [[DEV|PJN9920431]], RV lead 5076-58 SN [[DEV|PJN9920877]]. Implanted [[D|06/2027]] by Dr. [[N|Fairweather]] for CHB.
Battery 8.5 yrs. RA sensing 2.8 mV, threshold 0.75 V @ 0.4 ms, impedance 494 ohms. RV threshold 1.0 V, impedance 608. AP 12%, VP 99%. AF burden <0.1%, no VHR episodes.
Remote monitoring: MyCareLink transmitter paired; next remote [[D|3/2/2032]].
Pt and wife [[N|Aroha]] plan to travel to [[C|Rotorua]] in the summer; device ID card reviewed.
[[N|Eloise Tran-Becker]], RN, CCDS / Dr. [[N|Fairweather]]
""",
)

note(
    "d4-17",
    "Agnieszka Wróblewska",
    """
TELEPHONE ENCOUNTER  [[D|Tue 7/8/31]] 10:52
Caller: [[N|Tomasz]] (husband) re: pt [[N|Agnieszka Wróblewska]], 61F. Call back [[PH|(773) 555-0175]] (cell) or work [[PH|773-555-0109 x221]].
Reason: home BP 178/102 this morning on Omron cuff, headache 5/10, no vision change, no weakness or chest pain. On lisinopril 20 mg daily, missed 2 doses over the weekend.
Advised: recheck after 5 min seated; take today's dose now; if BP >180/110 again or any neuro symptoms -> ED or 911.
Scheduled: [[D|7/10]] 3:20 PM with Dr. [[N|Hwang]]. Polish interpreter requested for visit.
Husband verbalized understanding.
-- [[N|cmoreno]] (triage RN)
""",
)

note(
    "d4-18",
    "Delphine Marchetti",
    """
PATIENT MESSAGE  Subject: rash??
Received [[D|Sun 5/18]] 9:03 PM
hi dr [[N|okafor]] its [[N|dee]] ([[N|delphine marchetti]], dob [[D|2/29/88]]). i started the new bactrim on [[D|friday]] and now i have red itchy spots on my arms and chest. no trouble breathing, lips fine. should i stop it?? my pharmacy is the cvs on [[ADDR|meridian st]]. also can u send the work note, my boss [[N|kyle]] needs it by [[D|monday]]. thanks!! text me at [[PH|317-555-0156]] or email [[EM|dmarchetti88@example.net]]
---
Reply [[D|5/19]] 8:12 AM: Per Dr. [[N|Okafor]], please stop Bactrim now and take cetirizine 10 mg daily. If you get blisters, mouth sores, fever or trouble breathing go to the ED. We sent nitrofurantoin 100 mg bid x5 days instead. Work note is in your letters tab. - [[N|Lauren P.]], RN
""",
)

note(
    "d4-19",
    "Park Soon-ja",
    """
PORTAL MESSAGE (proxy) from [[N|Hyun-woo Park]] (son) re: [[N|Park Soon-ja]], [[A|94]]
Dear Dr. [[N|Levitt]],
My mother's memory has been much worse since [[D|Chuseok]]. Last week she called my sister [[N|Min-ji]] in [[C|Busan]] at 3 am saying she was lost, but she was in her own room. She is eating less (maybe half) and lost 2 kg. She still takes donepezil 10 mg every night, I give it myself. Is that still the right dose? Can we get a home safety evaluation? She lives with me at [[ADDR|41 Orchard Hill Ct]], [[C|Fort Lee]], NJ [[Z|07024]].
My cell is [[PH|201-555-0189]] and I am off work on Wednesdays. Sorry for my English.
Thank you,
[[N|박현우]]
""",
)

note(
    "d4-20",
    "Eleanor Fitzwilliam",
    """
[[D|October 3, 2031]]
Re: [[N|Eleanor "Nell" Fitzwilliam]]   DOB [[D|04/12/1940]]
Dear Dr. [[N|Sadeghi]],
Thank you for seeing Mrs. [[N|Fitzwilliam]], a retired schoolteacher from [[C|Bar Harbor]], for progressive dysphagia to solids over 6 months with 4 kg weight loss. EGD on [[D|9/12/31]] showed a Schatzki ring, dilated to 18 mm with modest relief; biopsies negative for EoE. Barium swallow suggests a proximal web. She takes omeprazole 20 mg bid and apixaban 5 mg bid (AF, CHA2DS2-VASc 4). [[N|Nell]] is hard of hearing; her nephew [[N|Callum Reid]] usually accompanies her.
Please fax your consult note to [[FX|207-555-0144]].
Sincerely,
[[N|Marguerite Oduya]], MD
Downeast Family Medicine, [[ADDR|18 Cottage St]], [[C|Ellsworth]], ME [[Z|04605]]  Tel [[PH|207-555-0112]]
""",
)

# --------------------------------------------------------------------------
# Administrative: ROI, billing, research, EMS, school and work notes
# --------------------------------------------------------------------------

note(
    "d4-21",
    "Lucía Fernández Ortega",
    """
RELEASE OF INFORMATION LOG
Request #[[ID|ROI-2031-11873]] received [[D|08/04/2031]] by fax from Hartwell & Pryce LLP, attorney [[N|Desmond Achebe-Whitlock]], Esq.
Patient: [[N|Lucía Fernández Ortega]]   DOB [[D|05/23/1992]]   MRN [[MRN|3389021]]
Authorization: HIPAA-compliant, signed by patient [[D|07/29/2031]], expires [[D|01/29/2032]]. Excludes behavioral health and HIV records (42 CFR Part 2 not applicable).
Records released: ED visit [[D|6/30/31]], orthopedic clinic [[D|7/14/31]], imaging on CD (2 studies).
Fee: $25.00 + $6.50 per CD. Invoice [[ID|INV-55-08831]].
Sent [[D|8/11/31]] via secure email to [[EM|records@hartwellpryce-law.example]]; confirmation of receipt from paralegal [[N|Tasha Brookins]].
Processed by [[N|tgoldberg]], HIM
""",
)

note(
    "d4-22",
    "Kwabena Osei-Bonsu",
    """
PATIENT FINANCIAL SERVICES - ACCOUNT NOTE
Guarantor: [[N|Reginald Osei-Bonsu]] (father) for pt [[N|Kwabena Osei-Bonsu]], minor
Hospital acct [[ACCT|HB-40021876]] / guarantor acct [[ACCT|G-1187342]]. DOS [[D|3/22/31]].
Primary: Aetna Choice POS II, member ID [[HP|W298833104]], group [[HP|0871423-010]].
Claim denied CARC 197 (precert absent). CPT 99284, 12002; ICD-10 S61.412A.
Called Aetna provider line [[PH|1-800-555-0197]], rep [[N|Janelle]], call ref [[ID|2031-0412-7781]]. Retro auth request submitted with ED note.
Father updated at [[PH|404-555-0183]]; statement address [[ADDR|771 Peachcrest Rd]], [[C|Decatur]], GA [[Z|30032]].
Balance $1,842.17. Offered payment plan $75/mo x25; father will call back after [[D|April 15]].
-- [[N|R. Villalobos]], PFS
""",
)

note(
    "d4-23",
    "Yolanda Pierre-Louis",
    """
RESEARCH NOTE - HEART-FAST trial (NCT05512345)
Subject [[ID|HF-017-0042]] ([[N|Yolanda Pierre-Louis]]) consented [[D|2/6/2032]] at 10:15 by [[N|Mirela Kovač]], CRC, witness [[N|Ade Adeyemi]]. ICF v4.1 and HIPAA authorization signed; copy given. Haitian Creole short form used with interpreter [[N|Jean-Robert]].
Eligibility: NYHA III, LVEF 30%, NT-proBNP 2,410 pg/mL, eGFR 48. KCCQ 38. 6MWD 212 m.
Randomization #[[ID|R-3371]], allocation concealed, IWRS.
Visit 2 window [[D|2/20]] to [[D|2/27]]. Pt prefers contact through daughter [[N|Nadège]] at [[PH|305-555-0114]].
Stipend card issued, card no. [[ACCT|4410 2287 9931 0056]].
AE: none. PI Dr. [[N|Castellanos]] notified.
""",
)

note(
    "d4-24",
    "Margaret Holloway",
    """
EMS PATIENT CARE REPORT   Medic 12   Run #[[ID|31-088214]]
Dispatched 0612 [[D|09/14/2031]] to [[ADDR|3308 Bluebonnet Trail]], [[C|Pflugerville]] for fall / unknown problem.
Found [[A|96]] y/o F, [[N|Margaret "Peggy" Holloway]], supine on kitchen floor, possible LOC, unknown down time. GCS 14 (E4 V4 M6). BGL 88. BP 102/60, HR 112 irregular, RR 20, SpO2 94% RA. Skin tear L forearm, R hip shortened and externally rotated.
Tx: c-collar per protocol (NEXUS +), 12-lead AFib RVR 118, fentanyl 25 mcg IV x1, IV NS TKO.
Neighbor Mr. [[N|Dabrowski]] found her (has house key) and will lock up. Transported emergent to St. David's.
Crew: [[N|K. Alvarez]] (Paramedic), [[N|D. Strickland]] (EMT-B)
""",
)

note(
    "d4-25",
    "Santiago Morales-Figueroa",
    """
[[D|January 22, 2032]]
To Whom It May Concern at Lakeview Middle School:
[[N|Santiago Morales-Figueroa]] (DOB [[D|08/19/2019]]) was seen in our clinic today. He may return to school on [[D|Monday, January 26]]. Please excuse his absences [[D|1/20]] through [[D|1/23]].
He has a left wrist buckle fracture and will wear a splint for 3 weeks. No PE, recess sports or band until cleared by orthopedics. He may use the elevator and will need a note-taker or extra time on written work.
If you have questions, please call [[PH|(915) 555-0131]].
[[N|Rebecca Tsosie]], MD
Pediatrics, [[ADDR|4410 Alameda Ave]], [[C|El Paso]], TX [[Z|79905]]
""",
)

note(
    "d4-26",
    "Dwayne Merriweather",
    """
WORK STATUS NOTE - OCCUPATIONAL HEALTH
Employee: [[N|Dwayne "Tank" Merriweather]]   DOB [[D|6/6/1979]]
Employer: Hollister Freight; supervisor [[N|Lisa Chu]], fax [[FX|555-0158]]
Date of injury: [[D|4/2/2032]]. Mechanism: lifting pallet. Dx: acute lumbar strain, no radicular signs, SLR neg.
Restrictions: no lifting >20 lb; no bending/twisting; may sit/stand as needed. No commercial driving while taking cyclobenzaprine (CDL [[LIC|D4471-88203-19]]).
Modified duty through [[D|4/16]]. Re-eval [[D|4/15]] at 2:30 PM.
Workers' comp claim [[ID|WC-31-0098871]], adjuster [[N|Pam Ostrowski]] [[PH|555-0193]].
[[N|Ravi Subramanian]], DO
""",
)

# --------------------------------------------------------------------------
# Consults, OR, anesthesia, procedures
# --------------------------------------------------------------------------

note(
    "d4-27",
    "Ioana Popescu",
    """
NEPHROLOGY CONSULT
Requesting: Dr. [[N|Beaumont]], hospitalist. Reason: AKI.
Pt: [[N|Ioana Popescu]], 58F with T2DM, HTN, recent CT with IV contrast [[D|7/18]] and ibuprofen 800 mg tid for gout.
Cr 3.4 today (baseline 0.9, [[D|Jan 2031]]). K 5.3, HCO3 19. FENa 0.4%. UA bland, SG 1.025, no casts. Renal US [[D|7/21]]: no hydronephrosis, kidneys 11 cm.
Impression: prerenal/hemodynamic AKI (NSAID + ACEi + volume depletion), possible CIN.
Recs: hold lisinopril and NSAIDs; LR 100 mL/h; strict I/O; daily BMP; renally dose meds; avoid gadolinium. No indication for dialysis (AEIOU neg). Will follow.
[[N|Sina Fonoti]], MD, nephrology fellow, pgr [[PH|555-0127]]. Discussed with Dr. [[N|Halvorsen]].
""",
)

note(
    "d4-28",
    "Doreen Murphy",
    """
BRIEF OPERATIVE NOTE   [[D|05/05/2032]]
Patient: [[N|Murphy, Doreen]]   MRN [[MRN|612-33-0087]]
Preop/postop dx: acute calculous cholecystitis (Murphy sign positive on admission, US wall 5 mm, pericholecystic fluid).
Procedure: laparoscopic cholecystectomy
Surgeon: [[N|Cordelia Ashworth-Byrne]], MD   Assist: [[N|Femi Adebayo]], PA-C
Anesthesia: GETA, Dr. [[N|Ruiz]]
Findings: edematous GB, critical view of safety obtained, no IOC.
EBL 15 mL. Fluids 1,200 mL LR. Specimen: gallbladder to pathology. Drains: none. Complications: none.
Condition: stable to PACU. Sister [[N|Bernadette]] updated in surgical waiting area; Mrs. [[N|Murphy]] asked that her husband [[N|Declan Murphy]] not receive information.
""",
    ("Murphy",),
)

note(
    "d4-29",
    "Guðrún Jónsdóttir",
    """
ANESTHESIA PREOPERATIVE EVALUATION
Pt: [[N|Guðrún Jónsdóttir]], 68F, ASA III, for R TKA [[D|2/14]].
Airway: Mallampati III, TMD 5 cm, full neck ROM, upper partial denture.
OSA on CPAP (ResMed AirSense 10, SN [[DEV|23161884302]]), AHI 31, STOP-BANG 6. Bring machine day of surgery.
Hx PONV after surgery in [[C|Reykjavík]] (2009). Apfel 3.
T2DM on metformin, A1c 7.2 -> hold AM of surgery. Cr 0.8. Hgb 13.1. ECG NSR, QTc 438.
Plan: spinal + adductor canal block, propofol sedation; dexamethasone + ondansetron + scopolamine patch.
Consent obtained with husband [[N|Sigurður]] present; questions answered.
[[N|akhan]], CRNA / Dr. [[N|Moreau]], attending
""",
)

note(
    "d4-30",
    "Remy Thibodeaux",
    """
PROCEDURE NOTE: PARACENTESIS
[[D|8/30/31]] 15:40   [[N|Thibodeaux, Remy]]   MRN [[MRN|2204817]]
Indication: tense ascites, EtOH cirrhosis (MELD-Na 24, Child-Pugh C).
Consent signed. Timeout performed with RN [[N|Claudette]].
US-guided LLQ, chlorhexidine prep, 1% lidocaine 5 mL, Safe-T-Centesis catheter. 6.2 L straw-colored fluid removed; albumin 25% 50 g IV given. Studies: cell count, culture in blood bottles, albumin, total protein, glucose, LDH.
INR 1.8, plt 64; no products given. EBL minimal. Tolerated well, no hypotension.
Pt asks that his wife [[N|Evangeline]] be called: [[PH|337-555-0168]]; she works at the parish school and can't answer until 3.
[[N|Marcus Delahoussaye]], MD (PGY-2), supervised by Dr. [[N|Broussard]]
""",
)

# --------------------------------------------------------------------------
# Home health, hospice, behavioural health, paediatrics, OB, dental
# --------------------------------------------------------------------------

note(
    "d4-31",
    "Augustin Mbeki-Lange",
    """
HOME HEALTH SKILLED NURSING VISIT  [[D|11/03/2031]]
Pt: [[N|Augustin Mbeki-Lange]], [[ADDR|607 W. Sycamore St, Unit C]], [[C|Muncie]], IN [[Z|47303]]. Lockbox code 2719 on back door.
Wound: sacral stage 3, 3.1 x 2.4 x 0.6 cm, 80% granulation, no tunneling, scant serous drainage. Wound VAC (V.A.C. Ulta, SN [[DEV|UTL-558120]]) at -125 mmHg continuous; dressing changed per orders.
Caregiver: niece [[N|Thandiwe]] (lives upstairs), return demo good.
INR 2.6 on warfarin 5 mg; result called to Dr. [[N|Kowalczyk]]'s office, spoke with [[N|Bev]].
Vitals: BP 128/70, HR 76, T 98.1, pain 2/10.
Next visit [[D|Thurs 11/6]].
[[N|Holly Brandt]], RN
""",
)

note(
    "d4-32",
    "Cornelius Van Der Berg",
    """
HOSPICE RN VISIT - routine
Pt: [[N|Cornelius "Neil" Van Der Berg]], [[A|101]] y/o, end-stage dementia. PPS 30%, FAST 7c.
Comfortable on morphine oral solution 5 mg SL q2h prn, used x2 in last 24h. Mottling to knees, Cheyne-Stokes. Scopolamine patch for secretions. Intake minimal sips.
Family at bedside: grandson [[N|Pieter]] and great-granddaughter [[N|Ava]]. Wife [[N|Hendrika]] died [[D|1998-03-11]] at age 89.
Fr. [[N|Okonjo]] visited yesterday for last rites.
Funeral home preference: Kersten and Sons in [[C|Holland]], MI.
Family given 24/7 on-call line [[PH|1-888-555-0120]].
[[N|Grietje Wolters]], RN, CHPN
""",
)

note(
    "d4-33",
    "Liv Sorensen",
    """
PSYCHIATRY PROGRESS NOTE  5150 day 2
[[N|Sorensen, Liv]], 26F
MSE: disheveled, psychomotor slowing, speech soft and slow, mood "empty", affect constricted, TP linear, + passive SI without plan or intent, denies HI/AVH. Insight/judgment fair.
PHQ-9 22. C-SSRS: moderate risk.
Collateral: roommate [[N|Jasmine Oyelowo]] ([[PH|510-555-0142]]) reports pt stopped sertraline in [[D|December]], quit her barista job and stopped posting on Instagram ([[N|@liv.in.the.fog]]) and her blog ([[URL|foggyliv.example.blog]]). Lives in [[C|Temescal]] area of [[C|Oakland]]; parents in [[C|Stavanger]], Norway, aware.
Plan: restart sertraline 50 mg, CBT-informed individual therapy, safety planning with Dr. [[N|Abimbola Farouk-Lindgren]]; hold continues.
-- [[N|Gideon Stern]], MD, PGY-3 psychiatry
""",
)

note(
    "d4-34",
    "Aiyana Whitehorse",
    """
WELL CHILD VISIT - 18 MONTHS
[[N|Aiyana Whitehorse]]   DOB [[D|10/05/2030]]   here with mom [[N|Shawna]] and grandmother.
Growth: wt 10.9 kg (45th %ile), length 81 cm (50th), HC 47 cm (55th).
Development: ~15 words, walks well, scribbles, points to 3 body parts. M-CHAT-R 0/20, low risk.
Vaccines given: DTaP #4, Hep A #2, Hib #4 (VIS provided). Lead 2 mcg/dL, Hgb 11.8.
Dental home: Dr. [[N|Begay]] in [[C|Tuba City]]; fluoride varnish applied today.
Social: mom works at the casino; family moving to [[C|Gallup]] in [[D|June]], will transfer care. WIC active.
Next WCC at 2 years.
[[N|Nizhoni Yazzie]], FNP-C
""",
)

note(
    "d4-35",
    "Hana Nakamura-Silva",
    """
NICU DAILY PROGRESS - DOL 12, CGA 30 2/7 wk
Baby Girl [[N|Nakamura-Silva]] ("[[N|Hana]]"), twin A, MRN [[MRN|N-2031-05566]]; twin B [[N|Kenji]] in pod 3.
BW 1,120 g; today 1,185 g (+15 g/kg/d).
Resp: NIPPV 18/6, FiO2 0.25, no A/B/D events x24h. Caffeine citrate 5 mg/kg daily.
FEN: MBM + HMF to 24 kcal/oz at 150 mL/kg/d, tolerating, 2 stools.
Bili 6.2, off phototherapy.
Neuro: HUS [[D|7/11]] grade I IVH L. ROP exam due [[D|7/24]] with Dr. [[N|Stavros]].
Social: parents [[N|Yuki]] and [[N|Rafael]] visited, kangaroo care 2 h; mom pumping ~600 mL/day. Family drives from [[C|Salinas]] (~1 h).
-- [[N|cdeleon]], NNP-BC
""",
)

note(
    "d4-36",
    "Fatoumata Camara",
    """
L&D TRIAGE NOTE   [[D|03/19/2032]] 0418
[[N|Fatoumata Camara]], 31 yo G3P2002 @ 38w4d by LMP [[D|6/22/31]] c/w 8 wk US. EDD [[D|3/29/32]].
CC: contractions q4-5 min since 0100, leakage of clear fluid at 0300.
Exam: SSE pooling, nitrazine +, fern +. SVE 4/70/-1, vertex by US. EFW 3,300 g (Leopold).
FHT: category I, baseline 135, moderate variability, + accels, no decels. Toco q4 min.
GBS neg ([[D|2/20]]). Rh +. Rubella immune.
Plan: admit in active labor, SROM; epidural desired.
Partner [[N|Lamine]] at bedside. Pt prefers French/Mandinka; in-person interpreter [[N|Aïssatou]], badge [[ID|44017]].
-- [[N|M. Eckstein]], CNM
""",
)

note(
    "d4-37",
    "Bui Thi Lan",
    """
DENTAL PROGRESS NOTE
Pt: [[N|Bui Thi Lan]]   Chart # [[MRN|D-004417]]   [[D|3/27/2032]]
CC: "tooth #19 hurts when I bite". Lingering cold sensitivity ~20 s.
Exam: #19 perc +, palp -, large MOD amalgam with recurrent caries. PA radiograph: periapical radiolucency #19 mesial root.
Dx: symptomatic irreversible pulpitis with symptomatic apical periodontitis #19.
Tx: IANB, 2 carpules 4% articaine 1:100k. Pulpectomy initiated, Ca(OH)2 placed, Cavit temp. BP 132/80 pre-op.
Rx: ibuprofen 600 mg q6h x3 d; amoxicillin 500 mg tid x7 d.
RTC [[D|4/3]] for RCT completion with Dr. [[N|Abernathy-Cole]].
Ins: Delta Dental PPO, subscriber ID [[HP|DDP77310498]].
Daughter [[N|Vy]] translated (Vietnamese).
[[N|T. Nwachukwu]], DDS
""",
)

# --------------------------------------------------------------------------
# Therapies, chaplaincy, interpreter visits, incidents, portal
# --------------------------------------------------------------------------

note(
    "d4-38",
    "Seamus Gallagher",
    """
PHYSICAL THERAPY DAILY NOTE
[[N|Gallagher, Seamus]]   s/p R TKA POD 2
S: pain 5/10 at rest, 8/10 with flexion. "I want to be back walking the dog by [[D|Easter]]."
O: AROM R knee 8-78 deg, quad lag 10 deg. MMT hip abd 4-/5, quad 3+/5. Gait: RW, CGA x 150 ft, step-through. TUG 24 s. Stairs: 4 steps with rail, step-to pattern, min A.
A: progressing toward goals; limited by pain and quad inhibition.
P: d/c home with HHPT when cleared. Wife [[N|Brigid]] will assist; 2-story home in [[C|Dorchester]], bedroom upstairs, 1 rail; his mother, [[A|97]], also lives with them. Ice/elevate, CPM not indicated.
[[N|Tomás Echeverría]], PT, DPT
""",
)

note(
    "d4-39",
    "Rashida Al-Amin",
    """
OCCUPATIONAL THERAPY EVALUATION
Pt: [[N|Rashida Al-Amin]] ([[N|رشيدة الأمين]]), 49F, L MCA ischemic stroke [[D|2/9]], tPA given. R hemiparesis, expressive aphasia improving.
ADLs: grooming min A, UB dressing mod A, LB dressing max A, toileting mod A.
Grip (Jamar, pos 2): R 8 kg, L 24 kg. Box and Block: R 12, L 48. MoCA 21/30 (aphasia limits). No neglect on line bisection.
Home: lives with husband [[N|Tariq]] and 3 children at [[ADDR|1150 Dearborn Ave, Apt 2F]], [[C|Dearborn]], MI [[Z|48124]]; elevator, tub shower.
Goals (2 wk): mod I grooming, min A LB dressing, tub transfer with bench.
Recommend IRF. Husband asks for Arabic-speaking staff when possible.
[[N|Kirsten Haugland]], OTR/L
""",
)

note(
    "d4-40",
    "Emmanuel Adjei-Boateng",
    """
SPEECH-LANGUAGE PATHOLOGY: MODIFIED BARIUM SWALLOW
Pt: [[N|Emmanuel Adjei-Boateng]], 77M, Parkinson disease, recurrent aspiration pneumonia.
MBSS [[D|10/14]]: Penetration-Aspiration Scale 7 on thin liquid (silent), 2 on mildly thick. Moderate vallecular residue, reduced tongue base retraction. Chin tuck did not eliminate penetration.
Recs: IDDSI level 5 minced & moist, level 2 mildly thick liquids, meds crushed in puree, upright 90 deg for meals and 30 min after, oral care tid.
Wife [[N|Abena]] educated and return-demonstrated; they hope he can eat light soup at grandson [[N|Kofi]]'s wedding on [[D|11/22]].
Repeat MBSS in 6-8 weeks.
[[N|dpoulsen]], MS, CCC-SLP
""",
)

note(
    "d4-41",
    "Esperanza Villalobos-Tapia",
    """
SPIRITUAL CARE NOTE
Visited Mrs. [[N|Esperanza Villalobos-Tapia]] on referral from RN [[N|Kateryna]] for spiritual distress after a new diagnosis of metastatic pancreatic cancer.
Pt is Catholic, born in [[C|Zacatecas]], lived in [[C|Boyle Heights]] for 40 years. She asked for Communion and the Anointing of the Sick; contacted Fr. [[N|Joseph Nguyen]] at St. Bridget parish, who will come this afternoon.
She spoke of her late husband [[N|Rogelio]] and her wish to attend granddaughter [[N|Itzel]]'s quinceañera on [[D|May 3]]. Her own mother, now [[A|ninety-two]], still lives there. Prayed the rosary together in Spanish; pt tearful, then calm.
Plan: will follow up [[D|Wed]]; offered to help family arrange a blessing at bedside.
Chaplain [[N|Ruth Abernethy]], MDiv, BCC
""",
)

note(
    "d4-42",
    "Hodan Warsame",
    """
PRIMARY CARE VISIT via video interpreter (Somali)
Interpreter: [[N|Abdirahman]], ID #[[ID|40712]]
Pt: [[N|Hodan Warsame]], 52F, T2DM, HTN. Husband [[N|Farah]] also present.
A1c 9.8 (was 8.1 in [[D|August]]). Home glucose fasting 180-220. Wt 94 kg, BMI 36.
Pt plans to fast for a month starting around [[D|Feb 18]]; discussed hypoglycemia risk with glipizide, pre-dawn and sunset dosing.
BP 148/92. Foot exam: monofilament intact, no ulcers. Retinal screen overdue.
Plan: stop glipizide, start semaglutide 0.25 mg weekly, continue metformin 1000 bid. Diabetes education in Somali at the clinic in [[C|Cedar-Riverside]]. Eye exam referral.
RTC 6 wk. Daughter [[N|Ayaan]] manages her portal: [[EM|ayaan.w.family@example.com]].
[[N|Anneliese Brenner]], MD
""",
)

note(
    "d4-43",
    "Horace Quintanilla",
    """
SAFETY EVENT REPORT #[[ID|SE-2031-04418]]
Event date/time: [[D|06/27/2031]] approx 0215   Location: 5 West, Rm 522
Type: fall, unassisted
Description: Pt [[N|Horace Quintanilla]] ([[A|90]] y/o) found sitting on floor beside bed by CNA [[N|Precious Mahlangu]]. Bed alarm found off. Pt states he "was going to the bathroom." No visible injury; c/o R hip pain 4/10. Morse score 65. Vitals stable, glucose 132.
Notifications: charge RN [[N|Ibsen]]; covering MD Dr. [[N|Laurent Chevalier]] at 0225; daughter [[N|Paloma]] at 0240 (voicemail left, [[PH|915-555-0104]]).
Follow-up: XR R hip and pelvis negative. Post-fall huddle done; hourly rounding, low bed, alarm checks each shift.
Reporter: [[N|pmahlangu]]
""",
)

note(
    "d4-44",
    "Marjorie Ashcombe",
    """
PORTAL MESSAGE
From: [[N|William "Bill" Ashcombe]] (proxy for wife [[N|Marjorie Ashcombe]])
Sent: [[D|Wed, 01/14/2032]] 7:41 AM
Subject: eliquis + a bill
[[N|Marj]] ran out of her Eliquis 5 mg yesterday. Our pharmacy (Kroger on [[ADDR|Hwy 62]]) says the prescription expired. Also we got a bill from the lab for $212, she has Humana Gold Plus, ID [[HP|H51922874]]. Can somebody look into it? Best number is the house phone [[PH|(502) 555-0195]].
Thanks, [[N|Bill]]
---
Refill sent to Kroger per Dr. [[N|Thistlewood]], 90-day supply. Billing question forwarded to PFS. Told [[N|Marj]]'s husband not to skip doses. -[[N|sraines]], LPN
""",
    ("bill",),
)

note(
    "d4-45",
    "Friedrich-Wilhelm Oberländer",
    """
OUTSIDE RECORDS REVIEW
Records from Klinikum rechts der Isar, [[C|Munich]], received [[D|2 Feb 2032]] for [[N|Friedrich-Wilhelm Oberländer]], [[A|92]]. Discharge letter dated [[D|28.01.2032]] (German), translated by [[N|Heike Brandauer]] (staff interpreter).
Summary: NSTEMI [[D|19.01.2032]]; DES (Xience) to mid-LAD. DAPT ticagrelor 90 mg bid + ASA 100 mg until [[D|01/2033]]. LVEF 45%. eGFR 41. Also on bisoprolol 2.5 mg, ramipril 2.5 mg, atorvastatin 80 mg.
Treating cardiologist Prof. Dr. [[N|Lena Hoffmeister]], tel [[PH|+49 89 5550 1234]].
Pt relocated to [[C|Naples]], FL to live with daughter [[N|Ursula Greene]] at [[ADDR|1402 Gulf Shore Blvd N]], [[Z|34102]]. Establishing cardiology care here; ASA dose changed to 81 mg.
Reviewed by [[N|Orlaith Conneely]], NP
""",
)

note(
    "d4-46",
    "Jaxon Riggs",
    """
EMERGENCY DEPARTMENT NOTE
Arrival [[D|Fourth of July]] 23:48. Pt [[N|Jaxon Riggs]], 19M, R hand injury from a mortar-style firework that went off in his hand at a party in a field off [[ADDR|County Road 418]] near [[C|Anderson]].
Brought by friends [[N|Colt]] and [[N|Bryce]]; their truck (black Ram, SC tag [[VEH|RKT 447]]) left in ambulance bay, security notified.
Exam: partial amputation R index distal phalanx, 2nd degree burns palm ~1% TBSA, sensation intact distal to MCPs, cap refill <2 s. Tetanus: Tdap given. Cefazolin 2 g IV. Fentanyl 100 mcg.
XR: comminuted fx P3 index, no retained foreign body.
Hand surgery (Dr. [[N|Pemberton]]) consulted, to OR in AM.
Mother [[N|Tammy Riggs]] en route, [[PH|864-555-0138]]. BAC 0.11.
""",
)

note(
    "d4-47",
    "Olumide Bankole",
    """
MRI SAFETY SCREENING / IMPLANT VERIFICATION
Pt: [[N|Olumide Bankole]]   MRN [[MRN|9930417]]   Exam: MRI brain w/wo contrast, [[D|Tuesday 5/26]]
Implant: L cochlear implant (Cochlear Nucleus CI622), serial [[DEV|CI622-4471905]], implanted [[D|March 2024]]. MR Conditional at 1.5 T with magnet in place and head wrap; scan ordered on 1.5 T scanner (Magnetom Aera). Sound processor to be removed.
Verified with implant card and with audiologist Dr. [[N|Hu]] via email ([[EM|hu.audiology@example.org]]).
Other: tattoos x3, no metal work history, no pacemaker. Wt 88 kg, eGFR 72 -> gadolinium OK.
Brother [[N|Tobiloba]] will interpret (pt is post-lingually deaf, reads lips).
Screened by [[N|Asel Dzhumabaeva]], RT(R)(MR)
""",
)

note(
    "d4-48",
    "Zhang Wei",
    """
RESULT NOTE - HCV
Called pt [[N|Zhang Wei]] ([[N|张伟]]) [[D|9/9/31]] 16:10 at [[PH|626-555-0181]]; verified name and DOB [[D|1/17/1966]].
Results: HCV Ab reactive, HCV RNA 2.1 x 10^6 IU/mL, genotype 3a. FIB-4 1.9. HBsAg neg, anti-HBs neg -> start HepB series. HIV neg. ALT 88.
Wife [[N|Liu Fang]] on speaker with pt's consent.
Plan: sofosbuvir/velpatasvir x12 wk pending prior auth (BCBS IL, ID [[HP|XOF448102291]]); elastography ordered.
Conversation in Mandarin via phone interpreter. Pt asks that letters go to his son's address: [[ADDR|2217 S. Wentworth Ave]], [[C|Chicago]], IL [[Z|60616]].
Dr. [[N|Ayodele Chukwu]], hepatology
""",
)

note(
    "d4-49",
    "Harper Lindgren-Moss",
    """
TELEHEALTH VISIT (video)  [[D|2032-04-09]] 15:00-15:25
Patient: [[N|Harper Lindgren-Moss]] (they/them), 31. Located at home in [[C|Bozeman]], MT, location verified; provider at clinic.
Link: [[URL|https://telehealth.example.org/room/hlm-4471]]. Audio dropped twice, reconnected; session IP [[IP|198.51.100.23]].
S: ADHD follow-up. Lisdexamfetamine 40 mg: focus improved at work, appetite down, wt 61.2 kg (-1.4). Sleep 6 h. Home BP 118/74.
ASRS 48 -> 29. PDMP reviewed, no concerns.
A/P: continue 40 mg daily; 30-day Rx sent. Discussed protein breakfast, checking weight weekly.
Partner [[N|Jody]] joined at end of visit with pt's permission.
RTC 3 months.
[[N|Keziah Oyelaran-Smith]], PMHNP-BC
""",
)

note(
    "d4-50",
    "Benedikt Schoenfeld",
    """
INTERFACILITY TRANSFER SUMMARY
From: Mercy Regional ED, [[C|Dodge City]]   To: University Medical Center CTICU
Pt: [[N|Benedikt Schoenfeld]], 66M   DOB [[D|12/02/1965]]
Accepting: Dr. [[N|Marisa Quarshie]], CT surgery; accepted [[D|2/2]] 0130 via transfer center [[PH|(316) 555-0100]].
Dx: Stanford type A aortic dissection, root to iliacs.
Status: esmolol 150 mcg/kg/min + nicardipine 5 mg/h; HR 58, SBP 108. Pain controlled with fentanyl. Cr 1.2. Hgb 12.9. Type & cross 4 units sent with pt.
CTA [[D|2/1]] images pushed via PACS gateway [[IP|10.12.4.88]].
Transport: rotor wing, ETA 0245.
Family: wife [[N|Liesel]] driving, cell [[PH|620-555-0166]].
Sending MD: [[N|Cal Whitacre]], DO
""",
)

# --------------------------------------------------------------------------
# Remaining: social work, family meeting, GI, airway letter, ID, nursing,
# registration, triage, transplant, ASL visit
# --------------------------------------------------------------------------

note(
    "d4-51",
    "Odalys Rentería",
    """
SW FOLLOW-UP
Pt [[N|Odalys Rentería]], 38F, s/p MVC [[D|8/16]] with pelvic fx.
Vehicle: 2017 Kia Soul, CA plate [[VEH|8ZTR551]], VIN [[VEH|KNDJP3A57H7441203]], towed to a yard in [[C|Pittsburg]]; SW obtained release form so sister [[N|Yadira]] can retrieve belongings. Auto claim [[ID|0582219473-01]].
Employment: helped pt call store manager [[N|Luis]] re: leave. FMLA forms faxed to HR at [[FX|(925) 555-0172]].
SDI application started; pt verified last four of SSN ([[SSN|4421]]).
Home: [[ADDR|55 Clement Ct]], [[C|Concord]], CA [[Z|94520]], 2 steps to enter. Two children (8, 11) staying with sister.
Plan: f/u after PT eval.
[[N|Berenice Ochoa]], MSW
""",
)

note(
    "d4-52",
    "Efraín Aguirre",
    """
FAMILY MEETING NOTE - SICU   [[D|Friday, 10/17/2031]] 1600
Present: wife [[N|Dolores "Lolita" Aguirre]], sons [[N|Rubén]] and [[N|Nico]], daughter-in-law [[N|Jess]] (by phone from [[C|Phoenix]]), RN [[N|Tayo]], SW [[N|Grace Whitfield]], Dr. [[N|Anand Iyer]] (surgery), and myself.
Pt: [[N|Efraín Aguirre]], POD 9 after ex-lap/Hartmann procedure for perforated diverticulitis; now ARDS (P/F 90), norepinephrine 0.15 mcg/kg/min, CRRT. SOFA 13.
Discussed poor prognosis. Family states he "would never want to live on machines."
Consensus: DNR now; continue current support through [[D|Sunday]], then reassess; if no improvement, transition to comfort care. Priest requested.
[[N|Helga Sørlie]], MD, SICU attending. 45 min, >50% counseling.
""",
)

note(
    "d4-53",
    "Ruairí MacAonghusa",
    """
PROCEDURE: COLONOSCOPY   Date: [[D|12 Jan 2032]]
Patient: [[N|Ruairí MacAonghusa]]   MRN [[MRN|0907731]]   Endoscopist: Dr. [[N|Ngozi Eze-Whitaker]]
Indication: positive FIT, age 52, no prior colonoscopy.
Prep: Boston Bowel Prep Scale 3/3/2 = 8. Cecum reached (appendiceal orifice, ileocecal valve photographed); TI intubated. Withdrawal 11 min.
Findings: 6 mm sessile polyp, sigmoid, cold snare. 12 mm pedunculated polyp, transverse, hot snare, 1 clip. Sigmoid diverticulosis. Grade 1 internal hemorrhoids.
Sedation: MAC with propofol, [[N|M. Ostrowski]], CRNA.
Recs: await pathology; repeat in 3 years if adenomas; high-fiber diet.
Driver: brother-in-law [[N|Declan]], [[PH|412-555-0137]].
""",
)

note(
    "d4-54",
    "Tevita Fifita",
    """
DIFFICULT AIRWAY LETTER - please keep with your records
Patient: [[N|Tevita Fifita]]   DOB [[D|14 Aug 1985]]
On [[D|March 2, 2032]] you had general anesthesia for a shoulder operation. Placing your breathing tube was difficult: Cormack-Lehane grade 4 view with direct laryngoscopy (Mac 4), successful on the third attempt using a video laryngoscope (GlideScope) and bougie. There was no injury.
Please show this letter to any future anesthesia provider. We recommend registering with MedicAlert (your member # [[ID|MA-8813306]]).
Anesthesiologist: [[N|Siosaia Taumoepeau]], MD   [[PH|801-555-0153]]   [[EM|staumoepeau@example-hospital.org]]
cc: PCP Dr. [[N|Hiapo Kealoha]], [[C|West Valley City]]
""",
)

note(
    "d4-55",
    "Nasrin Haghighi",
    """
INFECTIOUS DISEASES CONSULT
Pt: [[N|Nasrin Haghighi]], 44F. Fever to 39.4 x 3 weeks, night sweats, L knee arthralgia, after travel to [[C|Mashhad]] and [[C|Tehran]] ([[D|Dec 10]] to [[D|Jan 4]]). Ate unpasteurized sheep cheese at cousin [[N|Parisa]]'s farm.
Labs: WBC 4.1, ALT 74, ESR 58. Blood cx [[D|1/19]] 2/2 bottles small gram-negative coccobacilli at day 4. HIV neg. QuantiFERON indeterminate.
Impression: probable brucellosis.
Recs: doxycycline 100 mg bid + rifampin 600 mg daily x6 wk once confirmed; TTE; knee MRI. Micro called at x[[PH|3318]] to flag BSL-3 handling; lab exposure assessment started. County health dept notified.
[[N|Lior Ben-David]], MD, ID fellow / Dr. [[N|Weatherby]], attending
""",
)

note(
    "d4-56",
    "Lyle Two Bulls",
    """
ADMISSION NURSING ASSESSMENT / BELONGINGS
Pt: [[N|Lyle Two Bulls]], 58M, adm from ED with COPD exacerbation.
Allergies: sulfa (rash). Braden 19, Morse 25. Skin intact. Pain 3/10. O2 2 L NC, SpO2 92%.
Belongings inventoried with pt: wallet with SD driver license [[LIC|01744822]], $43 cash, cell phone (cracked screen), keys to his pickup (plate [[VEH|44A 318]], parked garage level 3), glasses, upper denture in labeled cup.
Wallet and cash sent home with sister [[N|Winona]] ([[PH|605-555-0177]]); pt signed release.
Lives in [[C|Rapid City]]; nephew [[N|Dakota]] checks on him. Smokes 1 ppd, nicotine patch 21 mg offered and accepted.
[[N|Sage Running Horse]], RN
""",
)

note(
    "d4-57",
    "Abimbola Ogunleye",
    """
PATIENT ACCESS - REGISTRATION CORRECTION   [[D|05/11/2032]]
Duplicate record: MRN [[MRN|7730019]] merged into [[MRN|7730452]] (HIM ticket [[ID|HIM-22817]]). Pt [[N|Abimbola Ogunleye]] had been registered as "[[N|Abimbola Ogunlaye]]" during ED visit [[D|4/28]].
Identity verified with state ID [[LIC|S530-4471-8812]] and SSN [[SSN|987-65-4325]].
Updated address: [[ADDR|88 Tillman Ave, Apt 1R]], [[C|Paterson]], NJ [[Z|07501]]. Home [[PH|973-555-0128]].
Emergency contact: brother [[N|Tunde]], [[PH|973-555-0149]].
Insurance: Horizon NJ Health (Medicaid MCO), ID [[HP|3NJ1188042]], eff [[D|1/1/2032]].
Employer: NJ Transit (bus operator).
-- [[N|lrivera]], Patient Access Rep
""",
)

note(
    "d4-58",
    "Dang Minh Khoa",
    """
triage [[D|1/30]] 0315: 27 yo m walked in c/o "my jaw is stuck open" since ~0200 after yawning. hx of same x2, reduced at urgent care. no trauma, no etoh. handling secretions. vs 132/84 hr 96 rr 18 t 98.4 spo2 99% ra. pain 8/10. esi 4.
name on ID [[N|dang minh khoa]], goes by "[[N|kevin]]". friend [[N|brandon]] waiting in lobby, [[PH|714-555-0108]]. pt from [[C|westminster]] ([[C|little saigon]] area), works at a nail salon on [[ADDR|bolsa ave]]. no pcp. mrn [[MRN|10448820]].
to fast track rm 7.
-[[N|ttruong]] rn
""",
)

note(
    "d4-59",
    "Aurelio Benavídez",
    """
TRANSPLANT COORDINATOR NOTE - kidney waitlist
Candidate: [[N|Aurelio Benavídez]], 47M, ESRD 2/2 IgA nephropathy. UNOS ID [[ID|ABN4471]]. Blood type B+, cPRA 38%. Listed [[D|11/2030]].
Dialysis since [[D|08/2029]], in-center HD MWF at a DaVita unit in [[C|Tucson]].
Living donor evaluation: niece [[N|Xóchitl Benavídez]], 29, type O, completed phase 1; CT angio [[D|6/3]].
Candidate updates: stress echo [[D|5/20/32]] negative; dental clearance done; HBV vaccinated.
Next: selection committee [[D|6/16]]. Pt and wife [[N|Graciela]] aware; prefers calls to [[PH|520-555-0111]] after 5 PM, or text.
[[N|Priscilla Navajas]], RN, CCTC
""",
)

note(
    "d4-60",
    "Theodora Kallistratos",
    """
NEUROLOGY CLINIC NOTE
[[N|Theodora "Teddy" Kallistratos]], 38F, Deaf, primary language ASL. Certified ASL interpreter [[N|Marcy Delgado-Finch]] present in person.
Contact preference: VRS [[PH|(240) 555-0116]] or email [[EM|teddyk.deaf@example.com]]; please do NOT leave voice messages.
Reason: migraine without aura, ~8 headache days/month, MIDAS 31. Failed propranolol. Sumatriptan 50 mg effective.
Exam: nonfocal, fundi sharp, BP 118/72.
Plan: topiramate 25 mg qhs, titrate by 25 mg weekly to 50 mg bid; headache diary; CGRP mAb if fails.
Sister [[N|Calliope]] (hearing, lives in [[C|Silver Spring]]) is emergency contact.
RTC [[D|6/18]] with Dr. [[N|Pappas]].
""",
)


# --------------------------------------------------------------------------


if __name__ == "__main__":
    write(OUT, NOTES)
