#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind10.jsonl.

Blind test set #10 for the clinical-text de-identification benchmark: sixty
hand-written synthetic US clinical notes with an emphasis on specialty-hospital
and academic text (tumour boards, oncology consent, transplant committees,
cancer genetics pedigrees, epilepsy monitoring, device clinic, dialysis, burn
unit, inpatient psychiatry and involuntary holds, paediatric oncology, neonatal
follow-up, clinical-trial visits, IRB correspondence, peer-to-peer reviews,
M&M summaries, sign-outs, dictated letters, medical-legal letters, death
certificates, autopsy and organ-procurement notes, and patient-written
messages).  Every person, number and address is fictional; phone numbers are
in the 555-01xx range.  Identifiers are written inline as ``[[CAT|surface
text]]`` (categories and aliases as in ``_blind_markup.py``).

Annotation conventions (HIPAA Safe Harbor):

* NAME: patients, relatives, friends and staff, including nicknames, log-in
  names and online handles; titles (Dr., Mr., RN ...) and credentials (MD,
  LCSW ...) stay outside the span, as does the ``@`` of a handle.
* DATE: every date element more specific than a year (full dates in any
  format, month+day, month+year, a month or weekday or holiday used as the
  date of an event).  Bare years, times of day and recurring schedules
  ("MWF", "every Tuesday") are not marked.
* AGE: ages over 89 only (the number alone).
* PHONE / FAX: phone, pager and fax numbers, extensions inside the span.
* MRN, HEALTH_PLAN, ACCOUNT, LICENSE, DEVICE (serial numbers), VEHICLE
  (plates, VINs), SSN, EMAIL, URL, IP as named; any other number or code that
  identifies the person or their record (trial subject IDs, specimen
  accessions, case, claim, badge and certificate numbers, NPIs) is ID.
* ADDRESS: number + street, unit, PO box, rural box; CITY: cities, towns,
  neighbourhoods; ZIP: ZIP codes.  States and countries are not marked.
* Not marked: facility, company and organisation names (a town inside one
  stays unmarked and is listed in the note's ``allow``), eponyms, room and
  bed numbers, drug and device model numbers, trial names and registry
  (NCT) / protocol numbers, staging, scores, gene variants, ICD/CPT codes.

Stdlib only.  Run:  python bench/data/make_deid_blind10.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind10.jsonl")

# (note_id, patient, marked-up text, allowed unmarked repeats)
# The last element lists strings that legitimately occur unmarked elsewhere
# in the note (e.g. a city name inside a facility name).
NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b10-01",
    "Hope Castellanos",
    """
MULTIDISCIPLINARY BREAST TUMOR BOARD - [[D|Thu 03/06/2025]]
Presenter: [[N|R. Vaidyanathan]] (PGY-4)   Attending: Dr. [[N|Ingrid Lindqvist]]
Pt: [[N|HOPE CASTELLANOS]]  MRN [[MRN|00-418-2271]]  DOB [[D|11/02/1971]]
53F, L breast IDC, grade 3, cT2N1M0, ER 0% / PR 0% / HER2 1+, Ki-67 70%. Germline panel: BRCA1 c.68_69delAG, pathogenic. Core bx accession [[ID|SP25-00917]] re-reviewed, [[N|Oyelaran]] agrees w/ TNBC.
MRI [[D|2/27]]: 3.4 cm mass, 2 level I nodes. PET neg for distant dz.
Consensus: neoadjuvant pembro + carbo/paclitaxel -> AC per KEYNOTE-522, then surgery w/ Dr. [[N|Bishop]]. Genetics referral for sister [[N|Faith Castellanos]] and daughter [[N|Marisol]]. We hope for pCR; [[N|Hope]] asks to start after her son's wedding on [[D|March 22nd]].
Next review after C4.
""",
    ("hope",),
)

note(
    "b10-02",
    "Tran Van Minh",
    """
CHEMOTHERAPY CONSENT - INFORMED DISCUSSION
Patient: [[N|Tran Van Minh]]   MRN [[MRN|E7730148]]   Acct# [[ACCT|40019982731]]
Regimen: mFOLFOX6 q14d x 12 cycles for stage IIIB (pT3N1bM0) sigmoid adenocarcinoma, resected [[D|1/9/25]] by Dr. [[N|Nakagawa-Reyes]].
Discussed neuropathy (cold-induced), neutropenia/infection, diarrhea, DPYD genotype (*2A not detected), extravasation, fertility. Interpreter [[N|Le Thi Hoa]] (Vietnamese, badge [[ID|INT-4471]]) used throughout; son [[N|Minh Tran]] ("[[N|Kevin]]") present, cell [[PH|(714) 555-0132]].
Pt verbalized understanding, signed consent [[D|02/03/2025]] 14:20. Port placed [[D|1/28]] (PowerPort 1708060). C1D1 planned [[D|Feb 10]].
Witness: [[N|Ivy Nwachukwu]], RN
[[N|Anil Sethuraman]] MD
""",
)

note(
    "b10-03",
    "Oluwaseun Adebayo-Ilori",
    """
LIVER TRANSPLANT SELECTION COMMITTEE  [[D|04/02/25]]
Candidate: [[N|Oluwaseun Adebayo-Ilori]], 58M, MRN [[MRN|3318-0065]]
Dx: EtOH cirrhosis, abstinent since [[D|Aug 2023]] (PEth <10 ng/mL x3). MELD 3.0 = 27 (Na 129, INR 1.9, Tbili 6.2), Child-Pugh C. No HCC on triphasic CT [[D|3/19]].
Psychosocial ([[N|Greer]], LCSW): wife [[N|Funmilayo]] + brother [[N|Tunde Adebayo]] = caregivers; will relocate to brother's home at [[ADDR|2204 Larkspur Ct]], [[C|Bellwood]] within 2 hr of center. Relapse prevention w/ Dr [[N|Okonkwo-Mba]] weekly.
Cardiac: DSE neg [[D|3/11/2025]]; RHC mPAP 22, PVR 1.8 WU.
Insurance: BCBS member ID [[HP|XKP881204570]].
DECISION: Approved for listing, ABO O. UNOS candidate ID [[ID|ADEB5817]]. Hepatology f/u q2wk.
Chair: [[N|Marguerite Olander]], MD
""",
)

note(
    "b10-04",
    "Agnieszka Zielinska",
    """
Cancer Genetics Consult   [[D|2025-01-14]]
Proband: [[N|Agnieszka Zielinska]] (DOB [[D|1979-06-30]]), 45F, endometrial ca dx [[D|Nov 2024]], tumor MMR IHC loss of MSH2/MSH6.
Pedigree (3 gen):
- Father [[N|Krzysztof Zielinski]] - CRC at 48, d. 2011 in [[C|Lodz]], Poland
- Pat. aunt [[N|Halina Nowak]] - ovarian ca 52, alive, lives in [[C|Hamtramck]]
- Pat. uncle [[N|Zbigniew]] - no ca, 81
- Brother [[N|Tomasz Zielinski]], 41, never scoped
- Mother [[N|Ewa]] (nee [[N|Kowalczyk]]) - breast ca 67
- Daughters [[N|Maja]] (19), [[N|Zuzanna]] (15)
Amsterdam II criteria met. 84-gene panel sent (Invitae). Family letter to be mailed to [[N|Tomasz]] at [[ADDR|1187 Joseph Campau Ave Apt 2]], [[Z|48212]].
GC: [[N|Renata Obi]], MS, CGC   tel [[PH|313-555-0147 ext 3]]
""",
)

note(
    "b10-05",
    "Park Ji-hoon",
    """
EPILEPSY MONITORING UNIT - DAY 4
[[N|Park Ji-hoon]] ("[[N|Jay]]") 27M   MRN [[MRN|KH01927734]]   EMU bed 6
Admitted [[D|3/3]] for presurgical eval, drug-resistant focal epilepsy. LEV stopped [[D|3/4]], LCM halved [[D|3/5]].
Overnight: 3 typical seizures (02:14, 03:50, 05:02), R temporal onset (F8/T8 rhythmic theta) evolving to hypermotor sz. Ictal SPECT injected 03:51 by [[N|M. Adeyemi]], tech. No GTC, no Ativan needed.
Plan: resume LEV 1500 BID after one more event or by [[D|Friday]]; 3T MRI epilepsy protocol; neuropsych w/ Dr. [[N|Sterling]]; present at surgical conf [[D|3/20]].
Mother [[N|Kim Soo-ah]] at bedside, limited English, Korean interpreter via phone line. Contact [[PH|213.555.0161]].
Attending: Dr. [[N|Nadia Rahimi]]
""",
)

note(
    "b10-06",
    "Sione Faleolo",
    """
DEVICE CLINIC - ICD INTERROGATION (in office)   [[D|05/12/2025]]
Pt: [[N|Sione Faleolo]]   DOB [[D|07/04/1961]]   MRN [[MRN|2210478]]
Device: Boston Scientific RESONATE EL ICD D433, SN [[DEV|418273]]; RA lead Ingevity+ 7741 SN [[DEV|1023347]]; RV lead Reliance 4-Front 0693 SN [[DEV|RVL552901]].
Implanted [[D|10/16/2019]] by Dr. [[N|Wise]]. Indication: NICM, EF 25%.
Battery 9.5 yr. RV threshold 0.8 V @ 0.4 ms, pacing imp 512 ohm, HV imp 71 ohm, R wave 11 mV.
Since [[D|Jan 30]]: 1 VT episode [[D|4/22]] 03:17, ATP x1 successful, no shocks. AF burden <1%.
LATITUDE remote: communicator SN [[DEV|LTC-6620894]]. Next remote [[D|Aug 11]].
Wife [[N|Losa]] asked about driving - no restriction for ATP-only event per HRS statement.
[[N|Yusuf Demir]], CCDS
""",
)

note(
    "b10-07",
    "Darlene Begay",
    """
Outpatient HD treatment note - Fairhaven Kidney Center, chair 14
[[N|Darlene Begay]]   MRN [[MRN|FKC-003318]]   Medicare MBI [[HP|1EG4-TE5-MK72]]
Sched MWF 2nd shift. Missed [[D|Wednesday]] ([[D|2/19]]) - ride fell through, van never came. Lives [[ADDR|HC 61 Box 3190]], [[C|Chinle]] AZ [[Z|86503]], 70+ miles each way.
Pre wt 78.4 kg (EDW 75.0), UF goal 3.2 L. BP 168/94. Pre-K 6.1 -> 2K bath. L BCF +thrill/bruit, cannulated 15g x2 w/o issue.
Daughter [[N|Renee Yazzie]] ([[PH|928-555-0119]]) will drive [[D|Fri]]. SW [[N|Harrison Tsosie]] to redo transport referral. Dr. [[N|Benally]] aware, extra tx added [[D|Sat 2/22]].
RN: [[N|ccharley]]
""",
)

note(
    "b10-08",
    "Marcus Delacroix",
    """
BURN ICU PROGRESS NOTE   HD#7 / POD 2 ([[D|6/14]])
[[N|Marcus Delacroix]] ("[[N|Rich]]"), 38M. 32% TBSA flame burn, house fire [[D|6/8]] at [[ADDR|517 Tamarack Ln]], [[C|Kettering]]. FT bilat UE + ant trunk, inhalation injury (bronch grade 2).
Parkland resus complete. s/p excision + STSG L arm [[D|6/12]], Integra to chest.
Vent PRVC FiO2 35% PEEP 8. Tmax 38.9 -> BCx x2. Wound cx MRSA, on vanc (trough 14).
Nutrition: protein-rich TF, goal 2.0 g/kg/d, vit C, zinc.
Fire marshal report # [[ID|KFD-25-01142]]. Wife [[N|Yolanda]] wants family mtg: [[PH|(937) 555-0188]].
Next OR [[D|Mon 6/16]] for back/trunk.
[[N|A. Haddad]], MD, burn fellow
""",
    ("rich",),
)

note(
    "b10-09",
    "Tigist Bekele",
    """
APPLICATION FOR 72-HOUR DETENTION (W&I Code 5150) - clinical summary
Person: [[N|Tigist Bekele]]   DOB [[D|4-9-1998]]   PES case # [[ID|PES-25-3381]]
Address: [[ADDR|1450 Alcatraz Ave #5]], [[C|Berkeley]] [[Z|94702]]
Brought by police (Ofc. [[N|R. Medina]]) on [[D|01/27/2025]] 23:40 after roommate [[N|Selam]] called 911. Pt found walking on freeway shoulder saying God told her to walk home to [[C|Addis]]. Not eating x4 days, no sleep. Hx bipolar I, stopped lithium in [[D|December]].
MSE: pressured, grandiose, poor insight. Criteria: danger to self, gravely disabled.
Sister [[N|Meron Bekele]] in [[C|Silver Spring]] notified: [[PH|+1 301 555 0104]].
Detaining clinician: [[N|Daniel Ohanian]], LCSW   license [[LIC|LCS 77412]]
""",
)

note(
    "b10-10",
    "Mason Iyer-Porter",
    """
PEDIATRIC HEM/ONC CLINIC   [[D|Tues Sept 9]]
[[N|Mason Iyer-Porter]]  MRN [[MRN|C0049215]]  DOB [[D|03/14/2019]]
[[N|Mason]] is a 6 yo with NCI standard-risk B-ALL, MRD neg at D29, on COG AALL1731. Now delayed intensification, day 15.
Labs: ANC 640, plt 88, Hgb 9.1. VCR given, PEG-asp level pending. Dad [[N|Venkatesh Iyer]] reports mouth sores; mom [[N|Ashley Porter]] sends photos via portal. Stay home from school per Ms. [[N|Page]], nurse at Westerville Elementary.
Home: [[ADDR|66 Buttonwood Dr]], [[C|Westerville]] [[Z|43081]]. Transport porter brought wheelchair to infusion.
Dexamethasone pulse [[D|9/15]]-[[D|9/21]].
[[N|J. Ostrowski-Lee]], CPNP  /  Dr. [[N|Haruto Mizuno]]
""",
    ("Westerville", "porter"),
)

note(
    "b10-11",
    "Amarachi Eze",
    """
NICU Follow-Up (High-Risk Infant) Clinic
Pt: [[N|Amarachi Eze]], ex-25+3 wk twin A, now 14 mo chronologic (11 mo corrected). Seen [[D|10/21/24]].
NICU course: BPD (home O2 until [[D|May 2024]]), ROP stage 2 zone II s/p no tx, IVH gr I. Twin B [[N|Chidera]] followed here too.
Bayley-4: cognitive 85, language 79, motor 82. Gross motor delay - pulls to stand, not cruising. Wt 8.1 kg (z -1.6).
Ref: EI via Help Me Grow, PT 1x/wk; synagis season 2 approved (Medicaid ID [[HP|MC88340216]]).
Mom [[N|Ngozi]] works nights; grandma Mrs. [[N|Eze]] brings them. Speech eval w/ [[N|Lorraine Kubiak]], CCC-SLP.
Next visit 18 mo corrected.
Dev peds: [[N|Tamsin Holloway-Baird]], MD
""",
)

note(
    "b10-12",
    "Ruth Kasprzak",
    """
RESEARCH VISIT - C3D1   Protocol ONC-2291 (NCT05512345), "VESPER-2" ph II
Subject ID [[ID|2291-014-007]]   Initials [[N|R.K.]]   Site 014
Visit date [[D|17-Mar-2025]]  (window [[D|14-Mar]] to [[D|20-Mar]], in window)
AEs since last visit: G1 fatigue (ongoing since [[D|03 Feb 2025]]), G2 rash maculopapular onset [[D|08-Mar-2025]] - attribution possibly related. No SAEs.
ConMeds: + hydrocortisone 2.5% cream. ECOG 1. ECG QTcF 431 ms.
PK samples drawn 09:05 / 10:10, kit # [[ID|K7-448120]], shipped via courier to central lab.
Dose: 120 mg PO daily continues (no reduction per protocol sec 6.4.2).
Coordinator: [[N|Beatriz Salonga]], CRC  ([[EM|bsalonga@crc.meadowlark-health.org]])  PI: Dr [[N|Wendell Amsel]]
""",
)

note(
    "b10-13",
    "n/a",
    """
From: [[N|Priya Raghunathan]] <[[EM|praghunathan@irb.wexfordu.edu]]>
To: [[N|Alvarez-Quon, Tomas]]
Date: [[D|Mon, 7 Apr 2025]] 16:52
Subject: RE: Continuing review - STUDY00021874 - modification MOD00005 returned

Dr. [[N|Alvarez-Quon]],
The Board (Panel B, meeting of [[D|April 3]]) returned the modification for minor revisions: (1) Spanish ICF must match English v4.2 dated [[D|02/18/2025]]; (2) add HIPAA authorization language for the optional biobank; (3) clarify whether subject [[ID|019]] (enrolled [[D|Jan 23]]) was reconsented after the dose change. Upload via [[URL|https://eirb.wexfordu.edu/IRB/Doc/0/7K9QMM]] by [[D|4/21]].
Questions: [[PH|608-555-0177]] (Room 2120, IRB office).
[[N|Priya]]
""",
)

note(
    "b10-14",
    "Eleni Georgiou",
    """
PEER-TO-PEER REVIEW - documentation
Member: [[N|Eleni Georgiou]]  DOB [[D|09/23/1956]]  Member ID [[HP|W2L-449-81302]]  Case/ref # [[ID|UM2503-118874]]
Request: PET/CT (CPT 78815) for restaging, DLBCL after 6 cycles R-CHOP (ICD-10 C83.38).
Denial [[D|3/10/25]] citing NCCN "not medically necessary." P2P held [[D|3/12/25]] 11:30 w/ plan medical director Dr. [[N|Lyle Hartigan]] (internal medicine), callback [[PH|1-800-555-0163 x 20471]].
I explained end-of-treatment PET is standard (Lugano/Deauville), guides need for consolidative RT to the bulky mediastinal mass. Dr. [[N|Hartigan]] overturned denial; auth # [[ID|A98810337]] valid through [[D|06/10/2025]].
[[N|Stavros Demetriou]], MD, Hematology/Oncology   NPI [[ID|1659384420]]
""",
)

note(
    "b10-15",
    "n/a",
    """
MORBIDITY & MORTALITY CONFERENCE - Dept of Surgery  [[D|Oct 2]]
Presenter: [[N|Kwabena Osei]], MD (PGY-3)    Moderator: Dr. [[N|Faith Oduya]]
Case: 71M, POD 5 after elective lap R hemicolectomy, developed anastomotic leak, septic shock; returned to OR [[D|9/14]], end ileostomy. Survived; discharged to SNF [[D|9/29]].
Discussion: tachycardia 118 and new AKI on POD 3 ([[D|9/12]]) attributed to dehydration; CT not ordered until POD 5. Night float ([[N|okwame]] / [[N|lfernandez3]]) paged senior twice.
Classification: Clavien-Dindo IVb; contributing: cognitive (anchoring), system (CT backlog on weekends).
Action items: leak bundle (CRP POD 3 > 150 -> CT); Dr. [[N|Nguyen-Strand]] to revise colorectal ERAS order set by [[D|November]].
""",
)
note(
    "b10-16",
    "Yousef Al-Khatib",
    """
MICU NIGHT SIGN-OUT (I-PASS)  [[D|2/11]] -> [[D|2/12]]   from [[N|Bhattacharya]] to [[N|Wojcik]]
1) Bed 4 - [[N|AL-KHATIB, YOUSEF]] 66M, MRN [[MRN|88127405]]. ARDS from flu A, prone 16h, P/F 110. UNSTABLE. If sat <88: up PEEP, call RT. Family (son [[N|Omar]], [[PH|773-555-0129]]) wants call for any change. Full code.
2) Bed 7 - [[N|ng-harper, lily]] 29F DKA, gap closed 20:00, transitioning to SQ glargine 22 u. Watch K.
3) Bed 11 - [[N|Wiremu Tane]] 80M GI bleed, s/p EGD (Forrest IIa, clipped). Hgb 7.4 - recheck 02:00, transfuse <7. GI fellow Dr. [[N|Ferro]] pgr [[PH|555-0150]].
Tasks: f/u 4am ABG bed 4; consent for CVC bed 11 if pressors.
""",
)

note(
    "b10-17",
    "Leilani Kahananui",
    """
TEACHING PHYSICIAN ATTESTATION / ADDENDUM  [[D|12.03.2024]]
I saw and examined Ms. [[N|Kahananui]] with the resident, Dr. [[N|Obinna Nwosu]], and agree with his findings and plan as documented, with the following additions:
- Her presentation (fever, new murmur, Janeway lesions, splinter hemorrhages) meets modified Duke criteria; TEE [[D|12/2]] shows 1.1 cm mitral vegetation. Dr. [[N|Nwosu]]'s DDx omitted marantic endocarditis - reasonable to check ANA/APLA given hx SLE.
- CT surgery ([[N|Rosalind Acheampong]]) to see today re early surgery (embolic risk).
- Discussed w/ pt and husband [[N|Keoni]]; she prefers her sister [[N|Mele Fonoti]] be HCP, form signed.
Critical care time: none. Total time 55 min, >50% counseling.
[[N|Charlotte Vandermeer-Quist]], MD, Teaching Attending, pager [[PH|(808) 555-0145]]
""",
)

note(
    "b10-18",
    "Dawit Haile",
    """
[[D|March 28, 2025]]

[[N|Selamawit Gebre]], MD
Riverbend Family Medicine
[[ADDR|3300 N. Halsted St, Suite 410]]
[[C|Lakeview]], IL [[Z|60657]]

RE: [[N|Dawit Haile]]   DOB: [[D|08/15/1949]]   MRN [[MRN|551-02-88]]

Dear Dr. [[N|Gebre]]:
Thank you for referring Mr. [[N|Haile]], whom I saw in the Pulmonary Hypertension Clinic on [[D|03/25/2025]]. RHC confirms group 1 PAH (mPAP 41, PAWR 9, PVR 7.2 WU), vasoreactivity negative. REVEAL 2.0 score 8 (intermediate). Starting ambrisentan 5 mg + tadalafil 20 mg, titrating; 6MWD 312 m.
I will see him back in 6 weeks with echo.

Sincerely,
[[N|Henrik Aalto-Brennan]], MD
dictated, not read / [[N|jmr]]
cc: [[N|Dawit Haile]] (patient); [[N|Yohannes Haile]] (son, POA)
""",
)

note(
    "b10-19",
    "Rosa Ybarra-Mendez",
    """
[[D|June 4, 2025]]
VIA EMAIL ([[EM|dsterling@sterlingwiselaw.com]]) AND FAX [[FX|(505) 555-0172]]

[[N|Dolores Sterling]], Esq.
Sterling & Wise, LLP
[[ADDR|PO Box 27719]], [[C|Albuquerque]] NM [[Z|87125]]

Re: Your client [[N|Rosa Ybarra-Mendez]]; DOI [[D|11/19/2024]]; WC claim [[ID|NMWC-2024-338170]]

Ms. [[N|Sterling]],
Per the signed authorization on file, I provide my opinion. Ms. [[N|Ybarra-Mendez]] sustained a L distal radius fx (AO 23-C2) in a fall from a loading dock at work. She underwent ORIF [[D|11/21/2024]]. At MMI as of [[D|5/29/2025]]. Using AMA Guides 6th ed., upper extremity impairment 9% (6% WPI). Causation: within reasonable medical probability, the injury is related to the work fall.
I have no financial interest in the outcome.
[[N|Ignatius Pham]], MD, orthopaedic hand surgery   NM lic. [[LIC|MD2011-0473]]
""",
    ("Sterling", "Wise"),
)

note(
    "b10-20",
    "Anselm Grabowski",
    """
CERTIFICATE OF DEATH - physician section (worksheet copy)
State file no. [[ID|2025-004471]]
Decedent: [[N|ANSELM JERZY GRABOWSKI]]   Sex M   SSN [[SSN|414-62-0937]]
Age [[A|94]]   DOB [[D|02/29/1930]]   Date of death [[D|01/05/2025]]   Time 04:12
Place of death: inpatient, St. Casimir Hospital, [[C|Parma]], Ohio
Residence: [[ADDR|6615 Ridge Rd]], [[C|Parma]] OH [[Z|44129]]
Informant: [[N|Teresa Grabowski-Dunn]], daughter
Part I: (a) Acute on chronic hypoxic respiratory failure - days; (b) Aspiration pneumonia - 1 wk; (c) Advanced Parkinson disease - years.
Part II: CKD stage 3b, atrial fibrillation.
Manner: Natural. Autopsy: No. Referred to ME: No.
Certifier: [[N|Leocadia Mbeki-Thompson]], DO   license # [[LIC|34.098127]]
""",
)

note(
    "b10-21",
    "Jerome Mazurek",
    """
OFFICE OF THE MEDICAL EXAMINER - AUTOPSY REPORT (excerpt)
ME case [[ID|ME25-0388]]   Decedent: [[N|Jerome]] "[[N|Bird]]" [[N|Mazurek]] (tentative ID by tattoo; pending dental)
Date/time of exam: [[D|02/16/2025]] 08:30   Prosector: [[N|Aurelia Castellano-Voss]], MD
Circumstances: found unresponsive in vehicle (gray Honda Civic, plate [[VEH|BXR 4471]], VIN [[VEH|2HGFC2F59KH512289]]) parked behind [[ADDR|2100 block of Larchmont Ave]] in [[C|Fishtown]] on [[D|2/14]].
External: 180 cm, 68 kg; rigor fixed, livor posterior. Fresh needle puncture L antecubital. Tattoo "RIP MAMA [[D|3-14-09]]" L forearm.
Internal: pulmonary edema (R 890 g, L 760 g), frothy fluid in airways. No trauma.
Tox (pending, NMS Labs accession [[ID|25-NMS-118903]]).
Opinion pending tox. Sister [[N|Dorota]] notified via [[PH|267-555-0112]].
""",
)

note(
    "b10-22",
    "Brianna Ruiz-Kowal",
    """
OPO DONOR MANAGEMENT / RECOVERY NOTE - Gift of Life Midwest
Donor ID [[ID|AGJ3318]]   Hospital MRN [[MRN|40088231]]
36F, anoxic brain injury after cardiac arrest (hanging) [[D|5/2]]. Brain death declared [[D|05/04/2025]] 14:47 (2nd exam Dr. [[N|Halvorsen]], apnea test positive). Authorization by mother [[N|Ivy Ruiz-Kowal]] 17:30, witnessed by coordinator [[N|Shenelle Pryor]].
Mgmt: levothyroxine gtt, vasopressin 0.04, UO 150 mL/h. Na 151 -> D5W. Bronch clean, P/F 412.
Allocation via DonorNet: heart - no; lungs to local center; liver + kidneys placed. 
OR time [[D|5/5]] 06:00; cross-clamp 07:42. Recovery surgeon [[N|Ikechukwu Anozie]], MD.
Family requested donor's nickname "[[N|Bree]]" be used in the moment of honor.
Coordinator on call: [[PH|(312) 555-0190 opt 2]]
""",
)

note(
    "b10-23",
    "Maria Luz Dimaculangan",
    """
Patient portal message - received [[D|11/08/2024]] 21:47
From: [[N|Maria Luz Dimaculangan]]
Subject: question about my mother chemo

good evening doc [[N|Ramirez]], sorry to disturb. my mother [[N|Corazon]] she is having again the vomiting since [[D|wednesday]] after the chemo, she cannot eat rice even, only little lugaw. she is weak and dizzy when standing up. the zofran not helping much. also her foot is numb like electricity. is this normal?? the nurse [[N|Joy]] said call if like this. we are living now with my brother [[N|Rodel]] in [[C|Daly City]] so far for us to go there. can i bring her to the urgent care near us or she need to go to your hospital? my number is [[PH|650 555 0134]]. thank you po and God bless.
[[N|Malou]]
""",
)

note(
    "b10-24",
    "Tavita Tuiasosopo",
    """
SMS thread saved to chart (pt consented to texting) - Transplant Nurse Coordinator line, [[D|7/14]]
7:02a  PT: hey its [[N|Tavita]]. creat came back 2.1?? is that bad. i feel fine. tac level was 9 i think
7:15a  RN [[N|Lani]]: Hi [[N|Tavita]] - yes we saw it. Dr [[N|Mortensen]] wants a repeat today + urine. Any fever, less pee, pain over the kidney?
7:19a  PT: no fever. peeing ok. i did miss my tacro [[D|sat]] night my bad. at my cousins bday in [[C|Carson]]
7:20a  RN: Ok thanks for telling us. Please come to the lab by noon. Can someone drive you?
7:31a  PT: my aunty [[N|Sina]] can. her # is [[PH|310-555-0178]] if u cant reach me
7:33a  RN: Perfect. Bring your med list. See you soon.
""",
)

note(
    "b10-25",
    "Chiamaka Okafor",
    """
From: [[EM|chiamaka.okafor77@gmail.com]]
Sent: [[D|Sunday, January 12, 2025]] 10:14 PM
To: Dr. [[N|Lowenstein]] (via nurse inbox)

Dear Dr [[N|Lowenstein]],
I hope you are well. I wanted to ask before my appointment on the [[D|21st]]. My CA-125 went from 38 to 64 - is that the cancer coming back? I've been reading about PARP inhibitors and the SOLO-1 trial, would olaparib be an option since my BRCA test was negative? Also my husband [[N|Emeka]] and I are planning to travel to [[C|Lagos]] for his father's burial in [[D|February]], would that interfere with any scans?
I also lost my insurance card, my new member number is UHC [[HP|918273645]].
Thank you so much for everything.
Warm regards,
[[N|Chiamaka]] ([[N|Ama]])
[[PH|240.555.0121]]
""",
)

note(
    "b10-26",
    "Fatima Haddad",
    """
LIVING DONOR KIDNEY EVALUATION - Independent Living Donor Advocate note
Potential donor: [[N|Fatima Haddad]], 44F, MRN [[MRN|LD-20931]]; intended recipient: her brother [[N|Karim Haddad]] (ESRD 2/2 IgA nephropathy, on PD since [[D|Oct 2022]]).
Met privately [[D|9/30/24]], no recipient or family present. Arabic interpreter declined (fluent English, teaches 3rd grade in [[C|Dearborn]]).
Motivation: altruistic toward sibling; denies coercion or payment. Aware she may withdraw at any time and that the team will give a general "not a suitable candidate" reason. Husband [[N|Nabil]] supportive; 3 kids.
Medical: BMI 29, BP 124/78 (ABPM ok), mGFR 98 mL/min/1.73m2, 24h urine protein 90 mg. HLA: 1 haplotype match, crossmatch neg. APOL1 not indicated.
Next: CTA renal [[D|10/08]], psych eval w/ Dr. [[N|Zahra Mansour]].
ILDA: [[N|Bartholomew Quist]], MSW
""",
)

note(
    "b10-27",
    "Walter Rasmussen",
    """
REMOTE PACEMAKER TRANSMISSION - scheduled   rec'd [[D|20250811]] 03:12 (CareLink)
[[N|RASMUSSEN, WALTER H]]  [[A|91]] y/o M   MRN [[MRN|0091-77214]]
Medtronic Azure XT DR MRI W1DR01, SN [[DEV|RNB601234S]]; leads 5076-52 SN [[DEV|PJN8812047]] (RA), 5076-58 SN [[DEV|PJN8812399]] (RV).
Mode DDDR 60/130. Battery 8.2 yr (2.98 V). Ap 62%, Vp 3%. Lead imp RA 456 / RV 532 ohm, stable.
Episodes: 4 AT/AF, longest 6 h 14 min on [[D|7/30]]; AF burden 2.1%. CHA2DS2-VASc 4, already on apixaban 2.5 BID (age >80, Cr 1.6). 3 "VHR" episodes = 5-8 beat NSVT.
Plan: forward to Dr. [[N|Okwuosa]]; no change. Daughter [[N|Gwen Love]] (caregiver) notified, [[PH|(515) 555-0109]]. Next remote 3 mo.
Pt would love to stop the blood thinner - defer to EP.
Reviewed: [[N|pdoucette]] (device RN)
""",
    ("love",),
)

note(
    "b10-28",
    "Konstantinos Papadopoulos",
    """
NEUROGENETICS - presymptomatic HD testing, session 2 of 3   [[D|14 Feb 2025]]
Client: [[N|Konstantinos Papadopoulos]] ("[[N|Gus]]"), 34M, MRN [[MRN|NG-66120]]
Family hx: father [[N|Georgios]] dx Huntington disease at 51 (CAG 44), now in memory care in [[C|Astoria]]; paternal grandmother [[N|Eleni Papadopoulou]] d. in [[C|Thessaloniki]] "from nerves"; paternal uncle - untested, estranged. Sister [[N|Anastasia]] declines testing, does not want to know [[N|Gus]]'s result.
Support person: partner [[N|Niko Vlahos]], attended both sessions.
Discussed: 50% a priori risk, reduced-penetrance range 36-39, GINA (no LTC/life ins. protection) - he bought a policy [[D|Jan 2025]]. BDI-II 9, no SI.
Plan: blood draw session 3 on [[D|2/28]]; results in person only, with partner present. GC [[N|Miriam Ashkenazi-Rowe]], MS; neurologist Dr. [[N|Ostergaard]].
""",
)

note(
    "b10-29",
    "Guadalupe Sandoval",
    """
STROKE CODE - Neurology consult (telestroke)   [[D|08/03/25]]
Pt: [[N|Guadalupe Sandoval]] 79F   ED MRN [[MRN|PHX2290431]]   Spoke site: Verde Valley Medical Center (InTouch cart).
LKW 13:10 per husband [[N|Ernesto]] (they were at granddaughter [[N|Xochitl]]'s quinceanera in [[C|Camp Verde]]). Arrival 14:02. NIHSS 14 (L gaze pref, L hemiplegia, neglect, dysarthria).
CT head: no bleed, ASPECTS 8. CTA: R M1 occlusion. BP 172/88. Glucose 141. On no anticoagulants.
TNK 0.25 mg/kg (16 mg) bolus 14:31, door-to-needle 29 min. Transfer to comprehensive center for EVT, accepted by NIR attending.
Son [[N|Ruben Sandoval]] [[PH|928 555 0154]] updated en route.
Telestroke: [[N|Ilse Brandvold]], MD
""",
)

note(
    "b10-30",
    "Nguyen Thi Lan",
    """
BMT CLINIC - DAY +30 s/p MUD alloHCT
[[N|NGUYEN THI LAN]] 52F   MRN [[MRN|T00-81-4432]]   Transplant [[D|6/11/2025]] (day 0)
Dx AML w/ FLT3-ITD, CR1. Conditioning Flu/Mel, GVHD ppx PTCy/tac/MMF. Donor 10/10 HLA-matched unrelated (NMDP donor ID [[ID|1093-4471-8]]).
Engraftment: ANC >500 day +17, plt >20k day +21. Chimerism day +28: 98% donor CD3.
Skin: maculopapular rash 20% BSA on trunk since [[D|Wed]] -> acute GVHD skin stage 2, overall grade I. Triamcinolone 0.1%. No GI sx.
CMV PCR <35 IU on letermovir. Tac 8.9.
Lives w/ husband [[N|Pham Quoc Bao]] within 30 min ([[ADDR|9021 Bolsa Ave Spc 44]], [[C|Westminster]]). Caregiver schedule: husband + niece [[N|Vy]] ([[PH|714-555-0166]]).
RTC 1 wk. BMT NP [[N|Lourdes Abacan]] / Dr. [[N|Seo-yeon Hwang]]
""",
)

note(
    "b10-31",
    "Harold Bishop",
    """
RADIATION ONCOLOGY - CT SIMULATION NOTE
Pt [[N|Harold Bishop]], 68M, MRN [[MRN|RO-118245]].
Dx: prostate adenocarcinoma, Gleason 4+3=7 (Grade Group 3), PSA 11.4, cT2b N0 M0, NCCN unfavorable intermediate risk. Decipher 0.58. ADT: leuprolide 22.5 mg q3mo started [[D|12/30/24]] (6 mo planned).
Setup: supine, knee-fix, vac-lok; bladder full protocol (drink 16 oz 45 min prior), empty rectum. Fiducials x3 + SpaceOAR placed [[D|1/15]] by urology (Dr. [[N|Achebe-Lindgren]]).
Plan: VMAT 70 Gy / 28 fx to prostate + proximal SV, IGRT daily CBCT. Start [[D|Feb 3]], M-F.
Pt is a retired Episcopal bishop; asked chaplain Rev. [[N|Hollis]] to visit.
Dosimetry: [[N|kvanderlinden]]   Physician: [[N|Ayesha Qureshi]], MD
""",
    ("bishop",),
)

note(
    "b10-32",
    "Jonah Wiseman",
    """
INPATIENT PSYCHIATRY - Riese hearing prep / capacity note   4 West, room 412B
Pt: [[N|Jonah Wiseman]], 24M, MRN [[MRN|PS-0048813]], on 14-day certification since [[D|10/17]].
Refusing olanzapine since [[D|10/19]]; continued command AH, tore out IV x2, assaulted MHW [[N|D. Corcoran]] on [[D|10/20]]. Lacks capacity: cannot state risks/benefits, believes meds contain tracking chips from his old boss [[N|Porter]].
Hearing officer scheduled [[D|Thurs 10/24]] 10:00 on unit. Patients' rights advocate [[N|Marisela Okamura]] notified ([[PH|(510) 555-0138]]). Public defender assigned.
Mom [[N|Judith Wiseman]] in [[C|Walnut Creek]] supports meds; pt revoked ROI for her [[D|10/21]] - do NOT share info.
Attending: [[N|Benedikt Sorensen]], MD
""",
)

note(
    "b10-33",
    "Zara Hakimi",
    """
From: [[N|Leyla Hakimi]] <[[EM|leyla.h.hakimi@outlook.com]]>
To: [[EM|neuroblastoma-team@calloway-childrens.org]]
Date: [[D|9/2/2024]] 6:48 AM
Subject: [[N|Zara]] - fever last night / MIBG next week

Hi Dr. [[N|Ng]] and Nurse [[N|Page]],
[[N|Zara]] had 38.6 at 2am, we came to ED like you said, cultures drawn, got cefepime, home by 5. ANC was 1100. She's eating ok. Is the MIBG scan still on [[D|Tuesday the 10th]]? Also her GD2 (dinutuximab) cycle 3 - can we move it one day bc my husband [[N|Farhad]] has his citizenship interview on [[D|Sept 16]]?
Thanks for everything,
[[N|Leyla]] ([[N|Zara]]'s mom)  [[PH|617-555-0102]]
""",
)

note(
    "b10-34",
    "Baby Girl Vasquez-Tully",
    """
NICU DISCHARGE SUMMARY
Name: [[N|Vasquez-Tully]], Baby Girl ("[[N|Luna]]")   MRN [[MRN|N2500391]]   DOB [[D|01/03/2025]] 02:36
Discharge [[D|03/01/2025]]   LOS 57 d
GA 29 2/7 wk, BW 1180 g (AGA), Apgars 4/7. Mother [[N|Carmen Vasquez]] 31 yo G2P1, PPROM, BMZ complete, Mg given. Father [[N|Declan Tully]].
Course: RDS - surfactant x1, CPAP until DOL 24. Apnea of prematurity, caffeine d/c'd [[D|2/18]]. NEC concern [[D|1/21]], 48 h NPO + abx, KUB neg. ROP stage 1 zone II (last exam [[D|2/25]]). HUS normal x2. CCHD screen pass, hearing (ABR) pass.
Discharge wt 2310 g, feeds MBM fortified to 24 kcal ad lib. Meds: poly-vi-sol with iron 1 mL daily.
F/u: PCP Dr. [[N|Osei-Bonsu]] [[D|3/3]]; eye clinic 2 wk; NICU follow-up clinic 4 mo corrected. Synagis given.
""",
)

note(
    "b10-35",
    "Subject 031-004",
    """
SERIOUS ADVERSE EVENT REPORT - initial (to sponsor within 24 h)
Study: ARC-PANC-302 (NCT04998877)   Site 031   Subject [[ID|031-004]]   YOB 1961
Event: febrile neutropenia with Klebsiella bacteremia, grade 4 (CTCAE v5.0)
Onset [[D|2025-05-08]]; admitted [[D|2025-05-09]]; outcome: recovering, discharged [[D|2025-05-14]].
Last dose of study drug (gemcitabine/nab-paclitaxel + investigational agent 400 mg) on [[D|2025-05-01]], C2D15.
Causality: related to chemo, possibly related to IP. Action: IP held; dose-level -1 on resumption.
Reporter: [[N|Chukwuemeka Nnadi]], MD (Sub-I)   Entered in Medidata Rave 16:40 by [[N|hpark02]]
Sponsor safety fax: [[FX|+1 (919) 555-0182]]   Sponsor case no. [[ID|PV-2025-07734]]
""",
)

note(
    "b10-36",
    "n/a",
    """
IRB PROTOCOL DEVIATION REPORT   Study #HUM00218331 "Ketamine for Postpartum Depression" (PI: [[N|Sunniva Halvorsen]], MD)
Date of deviation: [[D|12 November 2024]]   Reported: [[D|11/22/2024]]
Description: Participant [[ID|KPD-0117]] was dosed before the eligibility EPDS was countersigned. EPDS score 21 was documented by RA [[N|Mohammed Farouk]] but co-signature by study MD (Dr. [[N|Ilyas]]) occurred 2 h after infusion. No harm; participant eligible on review.
Corrective action: eligibility checklist now hard-stop in REDCap ([[URL|https://redcap.umich-research.example.edu/surveys/?s=KPD4HTLXE9]]); RA retraining completed [[D|12/2]].
Major/minor: minor. Not reportable to FDA.
Submitted by [[N|Clementine Abara]], research coordinator, [[EM|cabara@med-research.example.edu]]
""",
)

note(
    "b10-37",
    "Rahel Tesfaye",
    """
[[D|April 14, 2025]]
Aetna Appeals, [[ADDR|PO Box 14463]], [[C|Lexington]] KY [[Z|40512-4463]]
RE: Expedited appeal - [[N|Rahel Tesfaye]], DOB [[D|5/30/1990]], member [[HP|W184427731]], claim [[ID|EA2503119902]]

To whom it may concern,
I am writing to appeal the denial of tumor-agnostic NTRK testing and larotrectinib for my patient, who has metastatic secretory carcinoma of the salivary gland with ETV6-NTRK3 fusion (FoundationOne CDx). Larotrectinib is FDA-approved for NTRK fusion-positive solid tumors and NCCN category 2A. She has progressed on carboplatin/paclitaxel ([[D|Dec 2024]] scans). Delay risks airway compromise.
Please contact my office at [[PH|(859) 555-0114, ext. 2207]], fax [[FX|(859) 555-0115]].
Sincerely,
[[N|Abebe Worku]], MD, Head & Neck Oncology
""",
)

note(
    "b10-38",
    "Isaiah Mason",
    """
VASCULAR ACCESS CLINIC   [[D|3/3/25]]
[[N|Isaiah Mason]] 61M ESRD on HD (Tu/Th/Sa) at Davita Mason Creek. MRN [[MRN|71-22019]].
RUE AVG placed [[D|8/2024]]; now prolonged bleeding post-needle removal x3 wks, VP 210. Fistulogram [[D|2/27]]: 70% venous anastomotic stenosis -> angioplasty 7 mm.
Today: good thrill, no aneurysm, skin intact.
Social: missed 2 tx last month; MedRide van went to wrong address. Correct: [[ADDR|418 Pecan Bend Rd, Trlr 12]], [[C|Mansfield]] [[Z|76063]]. Brother [[N|Rich Mason]] ([[PH|817/555-0187]]) now drives him (white F-150, TX plate [[VEH|NMK-7204]]).
Plan: surveillance q3mo; vein mapping L arm for future AVF with Dr. [[N|Oyinlola]].
""",
    ("Mason",),
)

note(
    "b10-39",
    "Efrain Solis Montoya",
    """
BURN CLINIC f/u   [[D|July 7th]]
[[N|Efrain Solis Montoya]], 47M, MRN [[MRN|BC-2025-0419]]. Spanish, interpreter [[N|Ximena]] (in person).
Chemical burn (hydrofluoric acid) R hand + forearm at work [[D|6/20]] - cleaning truck wheels at a detailing shop in [[C|Pico Rivera]]. Tx'd w/ calcium gluconate gel + intra-arterial Ca in ED; Ca 7.9 nadir. 3% TBSA, partial-thickness, healed except 1 x 2 cm area dorsal R thumb - Mepilex Ag.
ROM: full except thumb IP flex 40 deg. OT 2x/wk.
Work: off until [[D|7/21]]. Employer WC carrier: Zenith, claim # [[ID|ZN-0912-44718]]. Cal/OSHA notified by employer.
Wife [[N|Yesenia]] asks about scarring - discussed compression, silicone.
[[N|Tobias Engelhardt]], PA-C
""",
)

note(
    "b10-40",
    "Gordon Faith",
    """
LVAD CLINIC   [[D|09-30-2025]]
[[N|Gordon Faith]] 63M, HeartMate 3 (implanted [[D|04-18-2023]] as DT), controller SN [[DEV|HM3C-1181443]], pump SN [[DEV|MLP-402276]].
Speed 5400 rpm, flow 4.4 L/min, PI 3.6, power 4.3 W. No alarms on log. Driveline exit site: healed, no drainage. MAP 82 (doppler).
INR 2.4 on warfarin (goal 2-2.5); ASA stopped after GI bleed [[D|Jun 2025]]. LDH 238.
Wife [[N|Constance]] does dressing changes wkly. Pt has faith his church group in [[C|Holland]] will keep helping w/ rides.
Plan: cont GDMT, ramp echo in 6 mo.
VAD coordinator: [[N|Melisande Roux]], RN  [[PH|616.555.0131]] (24/7 VAD pager [[PH|616.555.0199]])
""",
    ("faith",),
)

note(
    "b10-41",
    "Adaeze Chukwu",
    """
HEART TRANSPLANT - surveillance EMB #6   [[D|11/04/24]]
[[N|Adaeze Chukwu]] 37F, OHT [[D|8/9/2024]] (donor CMV+/recip CMV-, UNOS donor [[ID|AJHB291]]). MRN [[MRN|HT0044712]].
Procedure: R IJ approach, 5 samples, Dr. [[N|Lindqvist-Moreau]] w/ fellow [[N|Sami Abou-Jaoude]]. RA 6, PCWP 10, CI 2.9. No complications.
Path (ISHLT 2004): 1R (mild ACR), no AMR (C4d neg, pAMR 0). DSA negative. AlloSure 0.12%.
Immuno: tac 10.4 (goal 10-12), MMF 1000 BID, pred 10. Valganciclovir ppx until [[D|2/9/25]].
Husband [[N|Chinedu]] asks if she can attend sister [[N|Ifeoma]]'s wedding in [[C|Enugu]] over [[D|Christmas]] - advised against int'l travel <6 mo post-tx.
Next bx 4 wk.
""",
)

note(
    "b10-42",
    "Joaquin Ferreira",
    """
EPILEPSY SURGERY CONFERENCE - [[D|Wednesday 5/14]]
Case: [[N|Joaquin Ferreira]], 19M, MRN [[MRN|EP-3301922]]. DRE since age 9, failed 4 ASMs (LEV, LTG, CBZ, CLB). VNS (LivaNova SenTiva 1000, gen SN [[DEV|112093]]) placed [[D|3/2021]] - <30% reduction.
EMU admission: 5 sz, L frontal onset. MRI 3T: subtle L SFG transmantle sign (FCD IIb?). PET: L frontal hypometabolism. MEG cluster concordant. Wada: L dominant language.
Neuropsych (Dr. [[N|Rose Ambrosio]]): mild exec dysfunction, memory intact.
Consensus: SEEG (12 electrodes) then likely resection/LITT. Family (mom [[N|Graciela]], dad) to meet w/ neurosurgeon [[N|Bashir Qadri]] on [[D|5/28]].
Note: pt asked that the team not call his job at the Home Depot in [[C|Hialeah]]; use cell [[PH|305-555-0126]].
""",
)

note(
    "b10-43",
    "Stanislaw Wojciechowski",
    """
DBS PROGRAMMING VISIT - movement disorders   [[D|6.17.25]]
[[N|Stanislaw Wojciechowski]] ("[[N|Stan]]") 72M, PD dx 2012, bilat STN DBS [[D|1/2024]]. Abbott Infinity IPG 6660, SN [[DEV|49221077]]; directional leads 6172 (L SN [[DEV|71882305]], R SN [[DEV|71882311]]).
Meds-off / stim-on UPDRS-III 24 (from 51 off/off). LEDD reduced 1150 -> 600 mg.
Issue: worsening speech softness, freezing at doorways since [[D|April]]. Adjusted R lead contacts 2A/2B directional, 2.4 mA, PW 60, 130 Hz; L unchanged. Pt remote via NeuroSphere myPath app (username [[N|stanwojo1952]]).
Wife [[N|Krystyna]] reports pill-rolling tremor gone; still apathy. Referred to LSVT LOUD and PT (Big).
Programming RN [[N|Beata Kowal]]
""",
)

note(
    "b10-44",
    "Ruby Mae Thibodeaux",
    """
DEATH PRONOUNCEMENT NOTE   [[D|12/25/2024]] 03:48
Called by RN [[N|Shaquille Broussard]] to pronounce [[N|Ruby Mae Thibodeaux]], [[A|97]]F, inpatient hospice (comfort care since [[D|12/21]]).
Exam: no response to verbal/tactile stimuli, pupils fixed and dilated, no heart sounds x1 min, no breath sounds, no spontaneous movement. Time of death 03:48.
Family present: granddaughter [[N|Destiny Landry]] and great-grandson [[N|Beau]]. Son [[N|Clovis Thibodeaux]] in [[C|Opelousas]] notified by phone [[PH|337-555-0148]] at 04:05; he requests Delahoussaye Funeral Home.
Not a coroner case (expected death, metastatic pancreatic ca). Organ/tissue: LOPA called 04:10, ref # [[ID|LA-121624-0877]], eye donation declined by family.
Attending notified. Death certificate to be completed by attending.
[[N|Mirela Petrescu]], MD (night hospitalist)
""",
)

note(
    "b10-45",
    "Devontae Wilkins",
    """
CORONER/ME INVESTIGATOR REPORT (excerpt)   Case [[ID|2025-ME-0617]]
Decedent: [[N|Devontae Wilkins]], 22M. Pronounced [[D|03/09/2025]] 01:22 at scene.
Scene: single-vehicle MVC, eastbound I-70 near mile marker 112 (outside [[C|Hays]]). Vehicle: 2016 Dodge Charger, KS tag [[VEH|619 LMB]], VIN [[VEH|2C3CDXCT4GH183377]], registered to mother [[N|Tamika Wilkins]] of [[ADDR|2710 Vine St]], [[C|Hays]] KS [[Z|67601]].
Responding: KHP Trooper [[N|Calderwood]], EMS unit Medic 3. Driver unrestrained, ejected.
Evidence: open container, cell phone (screen shows text to "[[N|Kiki]]" at 01:08).
NOK notified in person [[D|3/9]] 06:30 w/ chaplain.
Investigator: [[N|Norah Lindahl]]   [[EM|nlindahl@ellisco-me.example.org]]
""",
)

note(
    "b10-46",
    "Noor Al-Samarrai",
    """
PRENATAL GENETIC COUNSELING   [[D|Aug 19, 2025]]
[[N|Noor Al-Samarrai]], 29 yo G3P1 at 18w2d, referred for consanguinity (partner [[N|Hassan]] is her first cousin - their fathers are brothers) and a prior child with SMA.
Pedigree: son [[N|Zaid]] (4 y) SMA type 2, SMN1 0 copies, on risdiplam. One SAB at 8 wk (2023). Maternal grandmother from [[C|Mosul]], Iraq; no other known genetic disease.
Coefficient of inbreeding F = 1/16; background risk ~4-6% vs 3-4% general population.
Carrier status: both partners SMN1 1 copy (2+0 not excluded). Discussed CVS (too late), amniocentesis, NIPT limits. Anatomy US normal, nuchal fold 4.2 mm.
Plan: amnio [[D|8/22]] for SMN1 copy number + microarray; results ~10-14 days. Arabic interpreter used (CyraCom ID [[ID|70114]]).
GC: [[N|Yasmin Darwish]], MS, CGC
""",
)

note(
    "b10-47",
    "Willa Hartsfield",
    """
SURVIVORSHIP CARE PLAN - summary for PCP
Patient: [[N|Willa Hartsfield]]   Dx age 31: Hodgkin lymphoma, nodular sclerosis, stage IIA bulky (2009). Treatment: ABVD x 6 + mantle-field RT 30.6 Gy (completed 2010).
Late-effect risks (COG LTFU v6.0): breast cancer (start annual MRI + mammogram at 25 or 8 yr post-RT - overdue), hypothyroidism (TSH 6.8 today, start levothyroxine 25 mcg), CAD/valvular disease (echo q5y; last 2019), pulmonary (DLCO 71%).
Fertility: one child, [[N|Juniper]], born after tx.
Psychosocial: fear of recurrence, GAD-7 11 - referred to survivorship psychology.
Next survivorship visit in 1 yr. Questions: Dr. [[N|Amos Ferreira-Quinn]], Adult Survivorship Program, [[PH|503-555-0108]].
""",
)

note(
    "b10-48",
    "Kaiah Yellowhorse",
    """
PEDIATRIC AUDIOLOGY - cochlear implant activation
[[N|Kaiah Yellowhorse]], 14 mo F, bilateral profound SNHL (connexin 26, GJB2 35delG homozygous). MRN [[MRN|CH-7730195]].
Surgery [[D|10/3]]: bilat Cochlear Nucleus CI632 (R SN [[DEV|5102-44871]], L SN [[DEV|5102-44902]]). Processors Nucleus 8, SN [[DEV|N8-3319027]] / [[DEV|N8-3319041]].
Activation today: impedances WNL all 22 electrodes both sides; NRT thresholds obtained. Initial MAP at 60% C-levels. Pt quieted and turned to mom's voice.
Parents [[N|Shandiin]] and [[N|Tyrel]] trained on magnet, coil, Custom Sound app. AVT weekly. Early intervention (Arizona Schools for the Deaf and Blind) notified.
[[N|Marisol Quintanilla]], AuD, CCC-A
""",
)

note(
    "b10-49",
    "Phan Thi Hong",
    """
TRANSPLANT ORGAN OFFER LOG - kidney   rec'd via DonorNet [[D|1/17/25]] 02:14
Match run ID [[ID|1488201]]   Donor [[ID|AIDA402]]   Sequence #7
Donor: 54M DCD, KDPI 71%, terminal Cr 1.4, biopsy 5% GS, no IFTA. CIT at offer 9 h. Hep C NAT+ (HCV viremic).
Potential recipient: [[N|Phan Thi Hong]], 66F, waited 6.2 yr, cPRA 0%, consented to HCV+ organs [[D|8/2023]]. Virtual XM negative.
02:40 discussed w/ on-call surgeon Dr [[N|Abimbola Sowande]] - accept provisionally. 03:05 pt called, reached son [[N|Khoa]] (she was asleep), pt to arrive 06:00 for dialysis + pre-op. Backup pt notified.
Coordinator: [[N|T. Valderrama]], RN
""",
)

note(
    "b10-50",
    "Ezekiel Moana",
    """
PSYCHIATRY DISCHARGE - SAFETY PLAN (copy given to patient)
Patient: [[N|Ezekiel Moana]]   Unit 5 East   Discharge [[D|2/7]]
Warning signs: not sleeping, skipping work, drinking alone, giving away stuff.
Coping: walk the dog, play guitar, go to the gym at 6am.
People/places for distraction: cousin [[N|Mikaele]]; the basketball court at the Y.
People I can ask for help: my partner [[N|Hine]]; my sponsor "[[N|Big Tony]]".
Professionals: outpatient therapist Dr. [[N|Okoye]] - Tuesdays 4pm; Crisis: call or text 988 (Suicide & Crisis Lifeline); text HOME to 741741; 911 for emergency.
Means safety: shotgun moved to brother-in-law's safe, confirmed by phone. Meds: 14-day supply sertraline 100 mg + hydroxyzine 25 mg PRN (no benzos).
PHQ-9 at d/c 11 (from 24). C-SSRS: no current ideation.
""",
)

note(
    "b10-51",
    "Vo Van Thanh",
    """
MyChart message [[D|03/30/2025]] 7:55 PM - from proxy [[N|Vo Thi Kim Ngan]] (daughter)

Hello bac si,
My father is [[N|Vo Van Thanh]]. He do the liver chemo (TACE) last week at your hospital. Now he has fever 38.3 and pain right side, not eat. Is it normal after the TACE? The paper say "post-embolization syndrome" but I am not sure. He also taking the entecavir every day, no miss.
Other question: appointment with Dr. [[N|Huynh]] is on [[D|4/15]] but my work change schedule, can we move to afternoon? I can bring him after 2 pm.
Thank you very much,
[[N|Ngan]]
""",
)

note(
    "b10-52",
    "Ines Carvalho",
    """
Cross-cover events (night float, wards team C)  [[D|Sat 8/16]]
21:30 - paged re [[N|Carvalho]] (rm 1108): K 5.9 on AM labs repeated, hemolyzed? Repeat whole-blood K 5.1. No ECG changes. Held lisinopril.
23:10 - rapid response rm 1114 (Mr. [[N|Achterberg-Nunes]]): HR 142 AFib RVR, BP 98/60. Dilt 10 mg IV x1 -> HR 104. Senior [[N|Wen]] aware. Trop 0.03.
02:45 - rm 1108 pt fell trying to reach bathroom, no head strike, hip XR neg. Neuro checks q4h. Daughter [[N|Beatriz]] notified per her request, even overnight.
05:20 - rm 1121 wants AMA; talked him into staying until day team rounds.
Pass to day team: CBC/BMP 1108, echo 1114. - [[N|P. Oyebanji]], PGY-2
""",
)

note(
    "b10-53",
    "Meiling Zhao-Bergstrom",
    """
THORACIC TUMOR BOARD   [[D|2025-10-09]]
Pt: [[N|Meiling Zhao-Bergstrom]], 61F never-smoker. MRN [[MRN|TB04419832]].
Path: RUL adenocarcinoma, acinar predominant, TTF-1+. NGS (Guardant360 + tissue): EGFR exon 19 del (E746_A750del), TP53 R273H; ALK/ROS1/RET neg. PD-L1 TPS 5% (22C3). 
Staging: cT2aN2M0, IIIA (AJCC 8th); EBUS [[D|9/30]]: 4R, 7 positive. Brain MRI neg.
Discussion: resectable N2 - options: neoadjuvant chemo-IO vs osimertinib-based (NeoADAURA) vs definitive CRT then osimertinib (LAURA). Surgery (Dr. [[N|Ravensworth]]) favors lobectomy after induction.
Recommendation: enroll in ECOG-ACRIN trial if eligible; otherwise definitive CRT + osimertinib. Husband [[N|Lars]] present for discussion.
""",
)

note(
    "b10-54",
    "Celestine Obiora",
    """
PRIVACY INCIDENT REPORT - inappropriate record access (Compliance case [[ID|PRV-25-0214]])
Patient affected: [[N|Celestine Obiora]], MRN [[MRN|0771-3392]], L&D patient.
EHR audit ([[D|07/02/2025]]-[[D|07/05/2025]]) shows chart opened 14 times by user [[N|mwhitfield]] (unit clerk, Ortho 6N, no care relationship) from workstation WS-ORT-0612, IP [[IP|10.41.87.203]], and once from VPN address [[IP|198.51.100.47]] at 23:11.
Screens viewed: Demographics, Notes, OB Flowsheet. Patient portal login recorded from [[IP|203.0.113.58]] (pt's own device).
Employee states patient is her ex-partner's new girlfriend; she also posted about the admission on Instagram (@[[N|mimi.whit_]]). Referred to HR; access suspended.
Patient notified by letter; OCR breach log updated (<500 individuals). Portal: [[URL|https://mychart.stvalentine-health.org/MyChart/Messaging]].
Privacy Officer: [[N|Gwendolyn Osterhout]]
""",
)

note(
    "b10-55",
    "Thomas Rafferty",
    """
HIM - REQUEST FOR RELEASE OF INFORMATION   Request # [[ID|ROI-884213]]
Patient: [[N|RAFFERTY, THOMAS P]]   DOB [[D|10/31/1958]]   SSN (last 4) [[SSN|6671]]   Acct [[ACCT|H000938817]]
Requested by: Brennan Claims Services on behalf of Liberty Mutual (signed HIPAA-compliant auth, dated [[D|8/1/25]], expires one year from signature).
Records: ED visit and admission [[D|6/29/2025]]-[[D|7/3/2025]]; excluding psychotherapy notes and SUD (42 CFR Part 2) records - separate consent required.
Fee: $6.50 flat (electronic). Delivered via secure link; requester fax on file [[FX|(401) 555-0193]].
Processed by [[N|Lucia Ferreira-Banks]], RHIT, [[D|8/7/25]].
""",
)

note(
    "b10-56",
    "Faamanu Leota",
    """
SPIRITUAL CARE NOTE - Cardiac ICU
Visited [[N|Faamanu Leota]] (goes by "[[N|Manu]]") and ~15 family members at request of RN. Pt on ECMO day 9 after massive PE; team discussing withdrawal.
Family is Samoan, Congregational Christian; eldest daughter [[N|Losaline]] is spokesperson, husband's brother Pastor [[N|Iosefa]] leading prayer. They asked that decisions wait until the son [[N|Sefo]] arrives from [[C|Apia]] on [[D|Friday]].
Provided space in family lounge for hymn singing (approved by charge RN). Offered Samoan-language bible.
Faith practices: anointing with oil, no objection to withdrawal once family gathered; "God's time."
Will follow daily and attend family meeting [[D|Sat]] 10:00.
Rev. [[N|Hope Adeyemi-Clarke]], BCC, staff chaplain, [[PH|555-0123]]
""",
    ("faith",),
)

note(
    "b10-57",
    "Harrison Nez",
    """
TELE-ONCOLOGY VISIT (video, pt at Gallup Indian Medical Center)   [[D|5/6/2025]]
[[N|Harrison Nez]], 70M, Dine, retired sheep rancher from near [[C|Crownpoint]]. IHS chart # [[MRN|GIMC-220417]].
Dx: metastatic urothelial ca (bladder), FGFR3 S249C. Progressed on EV + pembro after 10 mo. Now erdafitinib 8 mg daily, C2; phosphate 6.1 -> uptitration held. Central serous retinopathy screen (ophtho) neg.
Symptoms: dry mouth, nail changes, mild hand-foot.
Pt speaks Dine Bizaad; interpreter [[N|Loretta Tsinajinnie]] (CHR). Granddaughter [[N|Shaylee]] joined video from [[C|Flagstaff]].
He prefers traditional healing ceremony before any scan; Blessingway planned ~[[D|late May]] - OK to delay restaging CT 2 wk.
[[N|Evangeline Sato]], MD (tele-oncology)
""",
)

note(
    "b10-58",
    "Kaylee Brandt",
    """
CHILD PROTECTION TEAM CONSULT   [[D|1/11/25]]
[[N|Kaylee Brandt]], 4 mo F, admitted w/ R femur fx (spiral). Mom [[N|Brittany Brandt]] (19) and boyfriend [[N|Dustin]] report she "rolled off the couch."
Skeletal survey [[D|1/10]]: healing posterior rib fx R 6-8 (~2-3 wk old), classic metaphyseal lesion L distal tibia. Head CT + MRI: no SDH. Retinal exam (Dr. [[N|Castellanos]]) normal. Labs: CBC, coags, Ca/Phos, PTH, vit D, alk phos WNL.
Assessment: injuries not consistent with history; high concern for physical abuse. Report filed to DCFS ([[D|1/10]] 22:15), hotline ref [[ID|CPS-25-0019443]]; investigator Ms. [[N|Wanda Frye]] (cell [[PH|309-555-0157]]).
Sibling (2 yo) needs skeletal survey within 72 h.
[[N|Cordelia Hawthorne]], MD, Child Abuse Pediatrics
""",
)

note(
    "b10-59",
    "Desmond Achterberg",
    """
TRANSFER CENTER CALL LOG   [[D|11/29/2024]]  ([[D|Black Friday]], high volume)
16:42 Call from Dr. [[N|Pruitt]], ED at Clearwater Valley Hospital, re [[N|Desmond Achterberg]] 58M, STEMI inferior, lytics 16:05 (TNK), persistent ST elevation -> rescue PCI.
Callback [[PH|208-555-0116 x 301]]. Pt weight 112 kg, on heparin gtt.
16:49 Accepted by interventional Dr. [[N|Hallgrimsson]]; bed CCU 7. Transport: Life Flight rotor ETA 17:40.
17:02 Wife [[N|Marjorie]] called for directions; driving from [[C|Orofino]] (~2 h). Gave family lounge info.
17:44 Pt arrived, to cath lab.
Transfer ID [[ID|TC-24-118260]]. RN [[N|Kealoha]]
""",
)

note(
    "b10-60",
    "Philomena Okeke",
    """
GERIATRIC ONCOLOGY ASSESSMENT   [[D|Jan 8]]
[[N|Philomena Okeke]], [[A|92]]-year-old woman with ER+/HER2- breast ca (T2N0), referred by Dr. [[N|Rich Amadi]] to weigh surgery vs primary endocrine tx.
G8 score 13. CARG toxicity score 9 (high). ADLs independent; IADLs needs help w/ finances. TUG 14 s. MoCA 23/30. Polypharmacy 11 meds. Albumin 3.6.
Lives w/ daughter [[N|Ngozi Okeke-Hart]] (68) in [[C|Cheverly]]; husband died at [[A|95]].
Life expectancy (Lee-Schonberg) ~50% at 5 yr.
Plan: letrozole 2.5 mg daily, omit SLNB (Choosing Wisely), ultrasound in 3 mo. Pt says "I am [[A|92]], not dead" and wants to travel for granddaughter's graduation in [[D|May]].
[[N|Siobhan Kearney-Abiodun]], MD
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
