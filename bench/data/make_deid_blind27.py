#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind27.jsonl.

Blind set 27: reproductive, genetic and family-centred care, where a single
note routinely names a crowd of relatives.  The sixty notes mix IVF and
andrology laboratory paperwork (partners, anonymous donors known only by donor
code, embryo and cryo-storage identifiers, specimen accessions, witnessed
double checks signed with staff initials or log-ins), genetic-counselling
letters and written-out pedigrees (grandparents, siblings and cousins with
ages, nonagenarians, dates of death and places of birth), prenatal, labour and
delivery and postpartum records, NICU updates to parents, lactation visits,
newborn-screening and hearing-screen callbacks, adoption, surrogacy and
gestational-carrier files, paternity, kinship and immigration DNA testing with
chain-of-custody numbers, and family meetings.  Shared surnames, maiden names
("nee"), hyphenated and double surnames, "Baby Girl <Surname>" and twin or
triplet labels appear throughout, as do system-generated formats (HL7
segments, audit logs, SMS logs, fax covers, statements, CSV-like tables).

Annotation conventions (HIPAA Safe Harbor):
* NAME covers every person (patients, relatives, friends, caregivers, donors
  named in full, staff), including nicknames, names typed in lower case or
  capitals, initials that stand for a person, log-in names and online
  handles.  Titles and credentials (Dr., Mr., Sra., MD, RN, CGC ...) and the
  "@" of a handle stay outside the span.  "Baby Girl"/"Baby Boy", twin labels,
  kinship words and pets are not names; only the surname or given name that
  follows them is marked.  Names that are part of facility or company names,
  eponyms (Down, Turner, Lynch, Apgar ...) and celebrities are left unmarked.
* DATE marks every date element finer than a year: full dates in any layout
  (numeric, written, ISO, day-first), month and day, month and year, a lone
  month, and weekdays or holidays used as the date of an event.  Bare years,
  clock times, durations, gestational ages, ages under 90 and recurring
  schedules ("on Tuesdays") stay unmarked.
* AGE marks only ages over 89, and only the number ("[[A|93]] y/o",
  "in her [[A|90s]]").
* PHONE and FAX take the whole number including any extension; EMAIL, URL
  (patient-specific links and portal links carrying identifiers) and IP
  addresses are marked whole.
* SSN; MRN for medical record numbers; HEALTH_PLAN for Medicare, Medicaid and
  commercial member or group numbers; ACCOUNT for billing, storage, bank and
  encounter accounts; LICENSE for driver's, professional and DEA numbers;
  VEHICLE for plates and VINs; DEVICE for serial numbers of implants and
  equipment (dewars, pumps, monitors); ID for every other code that points to
  a person or record (case, claim, accession, kit, embryo, donor, cycle,
  badge, NPI, passport, study and court numbers).
* ADDRESS is the street number and street, unit or PO box; CITY covers
  cities, towns and neighbourhoods; ZIP covers ZIP and foreign postal codes.
  States and countries are not marked.
* Left unmarked: facility, agency, bank and company names (a town inside such
  a name goes into the note's allow tuple when the town is marked elsewhere
  in the same note), drug names, device models, media and reagent lot
  numbers, scores, lab values, repeat sizes, room and bed numbers, bare years.

Stdlib only.  Run: python bench/data/make_deid_blind27.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind27.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b27-01",
    "Lucia Santiago-Whitfield",
    """
EMBRYOLOGY LAB - OOCYTE RETRIEVAL WORKSHEET
Pt: [[N|SANTIAGO-WHITFIELD, Lucía]]   MRN [[MRN|FC-0048812]]   DOB [[D|07/22/1988]] (36 y)
Partner: [[N|Whitfield, Marcus J.]]   (partner chart linked)
Cycle ID [[ID|IVF-24-0917]]   Retrieval [[D|09/17/2024]] 08:40, Procedure Rm 2
Follicles aspirated 18; COC 14; MII 11 (ICSI), MI 2, GV 1.
Sperm: partner fresh, accession [[ID|SP24-03311]], conc 42 M/mL, prog motility 51%.
Dish labels checked vs wristband (name + DOB) before ICSI.
Witness 1: [[N|TR]] 09:52   Witness 2: [[N|mkowalczyk]] (RI Witness badge scan) 09:53
Media lot 240611, Global Total w/ HSA. Time-lapse incubator S/N [[DEV|ESP-1182-0441]], slot 6.
Embryologist: [[N|Thandiwe Radebe]], ELD   Physician: Dr. [[N|Kwame Asante-Boateng]]
Next: fertilization check at 16-18 h post-ICSI; call pt with 2PN count at [[PH|617-555-0143]].
""",
)

note(
    "b27-02",
    "Priya Raghunathan",
    """
GENETIC COUNSELING - PEDIGREE NARRATIVE (3 generations)
Proband: [[N|Priya Raghunathan]], 41F, referred by her gynecologist for BRCA/PALB2 evaluation. Tamil (paternal) and Telugu (maternal) ancestry; no consanguinity.
I-1 MGF [[N|Venkata Rao Iyer]], d. [[D|Feb 2009]] at 84 (MI); born [[C|Vijayawada]].
I-2 MGM [[N|Kamala Iyer]] (née [[N|Subramaniam]]), living, [[A|93]], breast ca dx at 67.
II-1 Mother [[N|Lakshmi Raghunathan]], 68, ovarian ca dx 2016 (stage IIIC), treated at MD Anderson.
II-2 Maternal aunt [[N|Sarojini Menon]], 65, unaffected, lives in [[C|Edison]], NJ.
II-3 Father [[N|Suresh Raghunathan]], 72, prostate ca (Gleason 7) in 2019.
III-2 Brother, 38, unaffected; two daughters.
Mother tested elsewhere: PALB2 c.3113G>A reported; copy requested by fax to [[FX|732-555-0178]].
""",
)

note(
    "b27-03",
    "Baby Boy Brooks-Tran A",
    """
NICU PARENT UPDATE (telephone)
[[D|Sat 3/2/24]] 21:15. Spoke w/ mother [[N|Aaliyah Brooks-Tran]] at [[PH|(404) 555-0119]]; father on speaker.
Twin A, Baby Boy [[N|Brooks-Tran]] A, MRN [[MRN|40221871]]: 29+5 wk, DOL 6, CPAP 5 / FiO2 0.24, EBM 8 mL q3h. Head US on DOL 3: no IVH.
Twin B, "[[N|Mateo]]" per parents, MRN [[MRN|40221872]]: room air x 48 h, bili 9.1 under phototherapy.
Parents asked about kangaroo care (unit allows skin-to-skin twice daily). Mom says grandmother [[N|Loretta Brooks]] will visit [[D|Monday]]; added to visitor list with parents' OK.
Family conference [[D|March 8]] w/ Dr. [[N|Oyelaran]] and SW.
Documented by primary RN (night shift), RNC-NIC.
""",
)

note(
    "b27-04",
    "Nguyen Thi Hoa",
    """
LACTATION CONSULT - Postpartum Unit, Rm 414B
Mother: [[N|Nguyen Thi Hoa]] ("[[N|Hoa]]"), 31 y/o G1P1, SVD [[D|06-11-2024]] @ 03:12. MRN [[MRN|7730045]]
Infant: Baby Girl [[N|Nguyen]], MRN [[MRN|7730051]], BW 3120 g, 38w2d.
Interpreter (Vietnamese) ID [[ID|INT-2291]], via video cart.
LATCH 6 -> 8 after football hold. Nipple trauma L. Hospital-grade pump (Symphony) 15 min q3h after feeds; lanolin PRN. Output: 4 wet / 3 stools in 24 h.
Husband and MIL at bedside, supportive. Sister-in-law [[N|Tran Thi Mai]] will help at home in [[C|Garden Grove]].
OP f/u with IBCLC [[D|Friday 6/14]]; clinic line [[PH|714-555-0162]].
""",
)

note(
    "b27-05",
    "Finn Oakes",
    """
NEWBORN SCREENING - OUT-OF-RANGE CALLBACK LOG
State lab specimen [[ID|2024-NS-5581207]], collected [[D|10/03/2024]] at 26 h of life; card received 3 days later.
Result: IRT 84 ng/mL (cutoff 60) -> reflex CF panel: F508del x1.
Infant: [[N|OAKES]], Baby Boy, DOB [[D|10/2/2024]], MRN [[MRN|H5520193]]
Attempt 1 [[D|10/09]] 10:05 - mom [[N|Shannon Oakes]] cell [[PH|503-555-0131]], VM left.
Attempt 2 10:40 - reached father; explained sweat chloride is needed and this is not a diagnosis.
Sweat test booked at Doernbecher CF Center [[D|Oct 16]] 09:30. PCP Dr. [[N|Hollis]] notified by fax [[FX|503-555-0188]].
Called by: [[N|aberhane]] (NBS follow-up RN)
""",
)

note(
    "b27-06",
    "Baby Boy M.",
    """
PRE-PLACEMENT MEDICAL SUMMARY - CONFIDENTIAL (adoption)
Agency: Bright Harbor Adoption Services, case [[ID|BH-ADP-23-0457]]
Birth mother: [[N|K.L.M.]], 19, G1P1; PNC from 24 wk at Eastside Community Health. Tobacco 1/2 ppd; denies EtOH; UDS neg x2.
Birth father: "[[N|Rico]]", surname unknown, not involved.
Infant: Baby Boy [[N|M.]], born [[D|Jan 30 2023]] 0412, 39+1, 3450 g, Apgars 8/9.
Maternal family hx: MGM - T2DM, bipolar d/o; maternal great-grandmother living, in her [[A|90s]]; maternal uncle - ADHD; MGF unknown.
Adoptive parents: [[N|Jonathan Pryce-Edwards]] and [[N|Miguel Soto]], [[ADDR|118 Larkspur Lane]], [[C|Naperville]], IL [[Z|60540]].
Discharged to adoptive parents [[D|2/1/23]] under interim order, docket [[ID|2023-AD-000112]].
""",
)

note(
    "b27-07",
    "Brianna Kowalski",
    """
GESTATIONAL CARRIER - CLINICAL CLEARANCE SUMMARY
Intended parents: [[N|Hiroshi Takeda]] & [[N|Ellen Takeda-Moss]]; 3 euploid blasts created [[D|Aug 2023]], stored in dewar [[DEV|MVE-1187-CT]].
Carrier: [[N|Brianna Kowalski]], 33, G3P3 (3 uncomplicated SVDs), BMI 26. Husband consents.
Carrier insurance: BCBS PPO member [[HP|XKM884120455]] - surrogacy exclusion; backup policy via agency, policy [[ID|NSI-7781-B]].
Psych eval by Dr. [[N|Rhiannon Pugh]]: cleared. Legal: independent counsel for carrier and IPs; pre-birth order to be filed in [[C|Evanston]].
Mock cycle start [[D|1/8/24]]; transfer target ~4 wk later, single euploid ET.
Carrier contact: [[EM|bri.kowalski88@gmail.com]], [[PH|630-555-0104]].
""",
)

note(
    "b27-08",
    "Jaylen Carter",
    """
DNA RELATIONSHIP TESTING - CHAIN OF CUSTODY
Case # [[ID|PT-24-118830]]   Type: legal paternity, trio
Collection site: Midtown Diagnostics, [[ADDR|2210 Vine St, Suite 300]], [[C|Cincinnati]], OH [[Z|45219]]
Donor 1 (alleged father): [[N|DeShawn Maurice Whitlock]], DOB [[D|04/19/1996]]; ID: OH DL [[LIC|SR482917]]; photo taken; R thumbprint.
Donor 2 (child): [[N|Jaylen Carter]], DOB [[D|12/01/2022]], with mother.
Donor 3 (mother): [[N|Tiana Carter]], ID verified (state ID card, copy on file).
Buccal swabs x4 each; kit [[ID|LK-0093317]]; tamper seals intact at packing.
Collector: [[N|Marisol Eckert]]   [[D|3/11/2024]] 14:20   Relinquished to courier 15:05.
""",
)

note(
    "b27-09",
    "Amara Nwosu-Bell",
    """
FAMILY MEETING - NICU, [[D|December 23, 2024]]
Infant: [[N|Amara Nwosu-Bell]] ("Baby [[N|Amara]]"), 24+3 wk, DOL 19, bilateral grade IV IVH, on HFOV.
Present: mother [[N|Chidinma Nwosu]], father [[N|Terrence Bell]], maternal grandmother [[N|Ngozi]] (by phone from [[C|Enugu]], Nigeria), paternal aunt, the neonatology attending, the unit social worker, and the on-call chaplain.
Discussed prognosis and the option of redirecting to comfort care. Parents wish to continue full support through [[D|Christmas]] and revisit on [[D|Dec 27]]. Baptism requested; chaplain to arrange at bedside.
Updates to mom's cell [[PH|(713) 555-0147]] only.
""",
)

note(
    "b27-10",
    "Josefina Alvarez Rivera",
    """
DELIVERY SUMMARY
Mother: [[N|ALVAREZ RIVERA, JOSEFINA]]   MRN [[MRN|M002884710]]   Age 29   G2P1 -> G2P2   EDD [[D|4/27/2025]]
Delivered [[D|04/21/2025]] 17:48, NSVD; 1st-degree lac repaired w/ 3-0 Vicryl.
Infant: Baby Girl [[N|Alvarez Rivera]], MRN [[MRN|N002884722]], 3.41 kg, Apgar 8/9, nuchal cord x1 reduced.
EBL 300 mL. Oxytocin 10 u IM with anterior shoulder. Placenta intact, 3VC. GBS neg, O+, rubella immune.
Support: husband [[N|Ernesto]] and doula ([[PH|915-555-0125]]).
Attending: [[N|Okwuosa]], MD   RN: [[N|kschaefer]]
Cord blood to private bank, kit [[ID|FCB-4471902]]. Encounter acct [[ACCT|E-77120558]].
""",
)

note(
    "b27-11",
    "Rachel Goldfarb",
    """
DONOR OOCYTE MATCH - recipient chart note
Recipient: [[N|Rachel Goldfarb]], 44, MRN [[MRN|RF-220914]]; husband [[N|Ilan Goldfarb]], 47.
Selected donor: code [[ID|EDX-3318]] (anonymous, frozen egg bank), 6 MII in lot; AMH 5.2; CMV neg; 283-gene carrier screen: GJB2 carrier only. Husband GJB2 negative.
Donor phenotype: 5'6", brown hair, Ashkenazi/Irish.
Bank order [[ACCT|ORD-77120-4]]; warm [[D|Tuesday 5 November]]; day-5 transfer planned [[D|11/10]].
Pt's sister [[N|Dana Rosenthal]] (née [[N|Goldfarb]]) conceived with the same bank; RN confirmed that donor code differs from sister's donor [[ID|EDX-2040]] (pt asked to avoid half-sibling cousins).
Coordinator line: [[PH|212-555-0166 x4412]]
""",
)

note(
    "b27-12",
    "Morgan Ellis-Achebe",
    """
VIAL RELEASE AUTHORIZATION - cryobank
Clients: [[N|Morgan Ellis-Achebe]] and [[N|Jordan Ellis-Achebe]] (spouses), client acct [[ACCT|CB-0082261]]
Donor [[ID|11874]] (identity-release; contact permitted when child turns 18)
Vials: 2 x IUI-ready, 20 M motile/vial, lot 24-0371.
Ship to: Dr. [[N|Sunita Rangarajan]], Lakeview Reproductive Associates, [[ADDR|4400 N Sheridan Rd, Ste 12]], [[C|Chicago]], IL [[Z|60640]]
Delivery window: next business day AM. Dry shipper [[DEV|DS-20443-MVE]], return within 7 days.
Signed [[D|07/05/2024]] by both clients; notarized copy on file.
Track: [[URL|https://my.cryobank-client.example/acct/CB-0082261/orders]]
""",
)

note(
    "b27-13",
    "Neha Desai-Patel",
    """
ANNUAL EMBRYO STORAGE STATEMENT
Statement date: [[D|01/15/2025]]        Account: [[ACCT|STG-5590018]]
Bill to: [[N|ROHAN PATEL]] & [[N|NEHA DESAI-PATEL]]
[[ADDR|77 Cobblestone Ct]]
[[C|Cary]], NC [[Z|27519]]
Stored: 4 embryos in 2 straws, vitrified [[D|03/2022]]; location tank 7 / canister C / cane 14.
Storage, calendar year 2025 .................. $850.00
Prior balance ................................................ $0.00
Disposition election on file (signed at vitrification): donate to research if both partners deceased.
Contact on file: [[PH|919-555-0107]], [[EM|neha.dp@fastmail.example]]. Pay online at [[URL|https://pay.fertilitybilling.example/s/STG-5590018]]
""",
)

note(
    "b27-14",
    "Oksana Hrytsenko",
    """
FROZEN EMBRYO TRANSFER - PROCEDURE NOTE
[[D|Thu 13 Feb 2025]] 10:30   Pt: [[N|Oksana Hrytsenko]]   DOB [[D|1990-02-28]]   MRN [[MRN|0093341]]
Embryo [[ID|E24-0711-03]] (5AA, PGT-A euploid), warmed 08:05 by [[N|CJ]]; 100% survival, re-expanded by 10:00.
Bedside ID check: pt stated name + DOB; matched dish, cryo log, consent. Witnesses: [[N|CJ]] / [[N|L. Moreno-Díaz]].
Wallace soft catheter, easy pass, US-guided; tip 1.5 cm from fundus. Lining 9.2 mm trilaminar.
Husband present. PIO 50 mg IM daily; estradiol 2 mg TID. Serum hCG [[D|2/24]].
Physician: [[N|Anjali Venkatesan]], MD.  Nurse line for pt questions: [[PH|773-555-0150]].
""",
)

note(
    "b27-15",
    "Caroline Ashby",
    """
ETHICS CONSULT - disposition of cryopreserved embryos
Former couple: [[N|Caroline Ashby]] (formerly [[N|Ashby-Grant]]) and [[N|Derek Grant]]. Divorce final [[D|9 October 2024]]; decree references embryos only generally. Circuit court case no. [[ID|CL-2024-0016552]].
Three blastocysts frozen [[D|June 2019]] under storage account [[ACCT|EMB-330971]]. Consent signed [[D|5/2/2019]] elected "discard upon divorce."
Ms. [[N|Ashby]] (now 43) requests transfer to herself; Mr. [[N|Grant]] objects through counsel [[N|Priscilla Omondi]], Esq. ([[PH|703-555-0192]]).
Committee chair present. Recommendation: no thaw or discard; hold in storage pending court order; revisit at next meeting.
""",
)

note(
    "b27-16",
    "Caleb Thornbury",
    """
[[D|August 4, 2025]]

Mr. [[N|Caleb Thornbury]]
[[ADDR|PO Box 213]]
[[C|Bar Harbor]], ME [[Z|04609]]

Dear [[N|Caleb]],
Thank you for meeting with us on [[D|July 21]] with your partner. As discussed in person, your predictive test shows HTT CAG repeats of 17 and 42, consistent with the Huntington disease variant found in your father, [[N|Gordon Thornbury]] (diagnosed at 51). Your paternal grandmother died in 1998 at 63; her own father lived to [[A|98]] without symptoms, which we discussed does not change your result.
We will not share this result with your sister or anyone else without your written permission.
Follow-up with Dr. [[N|Annika Sørensen]] (neurology) and our staff psychologist is set for [[D|9/15]]. Call [[PH|207-555-0138]] with questions.

[[N|Leah Kim]], MS, CGC
""",
)

note(
    "b27-17",
    "Kieran Fitzpatrick",
    """
CASCADE TESTING TRACKER - MLH1 c.1852_1854del (Lynch syndrome)
Index: [[N|Kieran Fitzpatrick]], 39, MRN [[MRN|5518802]], positive (germline panel).
relative | rel. | age | status | contact
[[N|Gerald Fitzpatrick]] | father | 71 | colon ca 2012; obligate carrier | [[PH|215-555-0114]]
[[N|Maureen Fitzpatrick]] (née [[N|Dwyer]]) | mother | 69 | negative | same household
[[N|Siobhan Fitzpatrick-Lowe]] | sister | 44 | letter sent, not tested | [[EM|siobhanfl@outlook.example]]
[[N|Bridget]] (PGM) | grandmother | d. at [[A|92]] | endometrial ca at 58 | n/a
Fr. [[N|Liam Fitzpatrick]] | paternal uncle | 66 | colon polyps; lives in [[C|Galway]], Ireland | [[PH|+353 91 555 0172]]
GC letter template v3 used for all relatives.
""",
)

note(
    "b27-18",
    "Zainab Chaudhry",
    """
PEDIGREE (consanguineous) - metabolic clinic
Proband: [[N|Zainab Chaudhry]], F, DOB [[D|17/05/2024]] (day-first, per parents' documents), MRN [[MRN|PK-7711904]]; elevated C5-carnitine on NBS.
Parents are first cousins: father [[N|Muhammad Asif Chaudhry]], 34, b. [[C|Faisalabad]]; mother [[N|Rukhsana Bibi]], 29, b. [[C|Jhelum]].
Fathers of both parents are brothers: [[N|Ghulam Rasool]] (d. [[D|14/09/2011]]) and his younger brother, 78.
Shared great-grandmother [[N|Hajra Begum]], living, [[A|97]], in [[C|Gujrat]], Pakistan.
Older brother, 6, well. A paternal cousin died at 8 mo "with seizures" in 2016 (no records).
Recommend: plasma acylcarnitine repeat, urine organic acids, IVD gene sequencing; offer carrier testing to extended family.
Urdu interpreter used throughout.
""",
)

note(
    "b27-19",
    "Liam Dahl",
    """
Fragile X - family counseling note
Proband [[N|Liam Dahl]], 4 y, FMR1 full mutation (>200 CGG, methylated), accession [[ID|GX-24-019933]].
Mother [[N|Kristen Dahl]], 32: premutation 88 repeats; pregnant, LMP [[D|5/30/24]]; discussed CVS vs amnio.
Maternal grandfather [[N|Harold Lindgren]], 74: intention tremor + ataxia x 3 yrs -> refer neuro for FXTAS.
Maternal great-grandmother [[N|Solveig Lindgren]], b. [[C|Duluth]], died [[D|Feb 2020]] at [[A|96]], "always sharp."
Maternal aunt [[N|Jenna Lindgren-Ruiz]], 29: POI at 27; 2 sons (ages 5 and 2) - untested; letter given.
Father - not relevant to inheritance, present and supportive.
Plan: send maternal-relative letter; GC f/u 4 wk. [[N|eric.dahl]] portal proxy granted.
""",
)

note(
    "b27-20",
    "Samira El-Amin",
    """
OB VISIT 16w0d
[[N|Samira El-Amin]] 36 y G2P0010, EDD [[D|Nov 22, 2025]] by 7-wk CRL. MRN [[MRN|OB-0611274]]
NIPT (cfDNA) drawn [[D|6/20]] at 10w: low risk T21/T18/T13; fetal fraction 9%. Couple asked that fetal sex NOT be disclosed; flagged in chart.
MSAFP today. Anatomy scan booked for [[D|8/1/25]] at Perinatal Imaging, [[ADDR|1500 Hamilton Ave, 3rd fl]].
BP 112/70, FHT 152, wt +2 lb. Low-dose aspirin 81 mg started at 12w (hx preeclampsia in sister [[N|Layla]]).
Husband [[N|Youssef Haddad]] present; his father [[N|Omar Haddad]] has hemophilia? - pt unsure; offered GC.
Next visit [[D|the 15th of August]] with CNM.
""",
)

note(
    "b27-21",
    "Delia Ferreira",
    """
CYTOGENETICS / PRENATAL REQUISITION
Patient last: [[N|FERREIRA]]   First: [[N|DELIA]]   DOB: [[D|02/14/1995]]
SSN: [[SSN|900-44-1187]]   Pt phone: [[PH|(401) 555-0123]]
Insurance: RI Medicaid, ID [[HP|RIM 7730419925]]
Ordering provider: [[N|Carlos Mendes]], MD, RI lic [[LIC|MD14822]]   NPI [[ID|1932204856]]
Specimen: amniotic fluid 20 mL, clear; collected [[D|03-Apr-2025]] 11:10; accession [[ID|AF25-00481]]
Tests: rapid FISH (13/18/21/X/Y), karyotype, chromosomal microarray; maternal blood for MCC sent, tube [[ID|MCC-25-00482]].
Indication: cystic hygroma 4.1 mm at NT scan; GA 16w1d.
Father of baby: [[N|Renato Silva]], 31, no known family hx.
""",
)

note(
    "b27-22",
    "Baby Ostrowski",
    """
CORD BLOOD KIT REGISTRATION (web form export)
registration_no: [[ID|CBR-5563190]]
mother_name: [[N|Katarzyna Ostrowska]]
father_name: [[N|Piotr Ostrowski]]
expected_delivery: [[D|2025-09-04]]
delivery_hospital: Mercy Women's Pavilion
ob_provider: Dr [[N|Hendrika van der Berg]]
courier_pickup_address: [[ADDR|2291 W Belmont Ave Apt 3F]], [[C|Chicago]] [[Z|60618]]
mobile: [[PH|773-555-0190]]
email: [[EM|kasia.ostrowska@poczta.example]]
payment_plan: 12 months, card on file
submitted_from_ip: [[IP|98.212.17.45]]
confirmation_url: [[URL|https://enroll.familycordbank.example/confirm/CBR-5563190]]
notes: "twins? no. older son [[N|Kuba]] stored here [[D|March 2021]]"
""",
)

note(
    "b27-23",
    "Hannah Lindqvist",
    """
PATIENT PORTAL MESSAGE THREAD
From: [[N|hannah.lindqvist]] ([[N|Hannah Lindqvist]])   Sent [[D|Sun 1/12/2025]] 6:48 AM
Subject: baby yellow??
hi - [[N|Oskar]] looks more yellow today, esp his eyes. he's 4 days old, nursing every 2-3h. my husband thinks its fine but my mom (shes a nurse) says call. should we come in? my number is [[PH|612-555-0145]]
[portal metadata: device iPhone, client IP [[IP|73.158.44.201]]]

Reply from triage RN   [[D|1/12/2025]] 7:02 AM
Hi [[N|Hannah]] - please bring [[N|Oskar]] in today. Nurse visit at 9:30 with our NP for a bilirubin check. Video check-in link if you are delayed: [[URL|https://portal.northstarpeds.example/visit/7H3KQ2?pt=440912]]
""",
)

note(
    "b27-24",
    "Baby Girl Okoro",
    """
HL7 ADT^A04 (newborn registration) - interface error queue
MSH|^~\\&|L&D|WOMENS|ADT|HOSP|[[D|20250317041200]]||ADT^A04|88120|P|2.5
PID|1||[[MRN|N7702291]]^^^MRN||[[N|OKORO]]^BABY GIRL^^^||[[D|20250317]]|F|||[[ADDR|48 TALLOW CREEK RD]]^^[[C|FRANKLIN]]^TN^[[Z|37064]]||[[PH|615-555-0183]]
NK1|1|[[N|OKORO]]^[[N|ADAEZE]]^N|MTH|||[[PH|615-555-0183]]
NK1|2|[[N|OKORO]]^[[N|CHUKWUEMEKA]]^^^|FTH|||
PV1|1|I|NBN^112^B|||||ATT^NEWBORN HOSPITALIST^^^MD
IN1|1|TNCARE|||||||||||||||||||||||||||||||||||[[HP|TC55820174]]
ERR: IN1-36 policy belongs to mother; newborn not yet enrolled. Resubmit after mom's MCO adds infant (usually 3-5 business days).
""",
)

note(
    "b27-25",
    "Elijah James Marchetti",
    """
BIRTH CERTIFICATE WORKSHEET (mother-completed, verified by clerk)
Child: [[N|Elijah James Marchetti]]   Sex: M   Born: [[D|July 4th, 2025]] 11:57 PM   Place: this hospital, [[C|Scranton]]
Mother current legal name: [[N|Gina Marchetti]]   Name prior to first marriage: [[N|Gina Louise Tomaselli]]
Mother DOB [[D|10/30/1993]]   Birthplace: [[C|Wilkes-Barre]], PA   SSN [[SSN|000-52-8817]]
Residence: [[ADDR|16 Orchard Terrace]], [[C|Dunmore]], PA [[Z|18512]]
Father: [[N|Anthony Marchetti]] Jr.   Birthplace: RI   SSN [[SSN|987-65-4320]]
SSN for child requested: YES.   Informant: mother.
Clerk note: baby born [[D|Independence Day]] - mom asked that middle name honor her late father.
Clerk initials on file.
""",
)

note(
    "b27-26",
    "Willow Haverford",
    """
HOME BIRTH TRANSFER - ED/L&D TRIAGE
Pt: [[N|Willow Haverford]], 27 G1P0 at 41+2, laboring at home since [[D|Sunday]] 02:00; arrested at 7 cm x 5 h, maternal temp 38.3.
Accompanied by midwife [[N|Saoirse Callahan]], CPM, PA license [[LIC|CPM-PA-002781]], and partner [[N|Eli Brandt]].
EMS: Medic 14 crew; run # [[ID|EMS-25-118734]].
Home address: [[ADDR|901 Ridge Pike]], [[C|Lafayette Hill]] [[Z|19444]]
Midwife's records handed over (paper). Prenatal labs: GBS unknown, Rh+, HIV neg.
Plan: admit, abx for intrapartum fever, epidural, reassess. Midwife to remain as support per pt request. Midwife cell [[PH|484-555-0129]].
Triage MD: [[N|Gwendolyn Osterhaus]]
""",
)

note(
    "b27-27",
    "Tatiana Morozova-Bell",
    """
POSTPARTUM VISIT 6 WK
[[N|Tatiana Morozova-Bell]], 30, P1, s/p primary CS [[D|14 Aug]] for breech. MRN [[MRN|2210774-9]].
Incision healed. Lochia resolved. EPDS 14 (item 10 = 0). Reports crying daily, poor sleep even when baby sleeps; husband [[N|Connor Bell]] back at work since [[D|Labor Day]]. Her mother [[N|Irina Morozova]] flew in from [[C|Yekaterinburg]] and leaves [[D|10/3]].
Plan: sertraline 25 mg, refer perinatal psych; PSI helpline card given.
Rh neg - RhIG given [[D|8/16]], documented. Tdap UTD. Contraception: LNG-IUD at 8 wk.
Breastfeeding + formula. Safety: denies SI/HI; partner aware and supportive.
Next: phone check [[D|Friday]] by RN at [[PH|860-555-0179]].
""",
)

note(
    "b27-28",
    "Baby Boy Kessler",
    """
NICU FAMILY PARKING & BADGE LOG - week of [[D|Jan 6]]
badge   | visitor                    | relation        | plate (state)     | infant
[[ID|V-20418]] | [[N|Rebecca Kessler]]            | mother          | [[VEH|8KXP214]] (CA)     | Baby Boy [[N|Kessler]] bed 22
[[ID|V-20433]] | [[N|Inés Quintanilla-Ortiz]]     | mother          | [[VEH|6BNR551]] (CA)     | Twins A/B [[N|Quintanilla]] bed 9/10
[[ID|V-20434]] | [[N|Beto]] (no surname given)    | MGF             | [[VEH|44J-218]] (NV)      | same
Note: MGF's truck towed from fire lane [[D|1/8]]; security holding his NV DL [[LIC|1102447736]] until tow fee settled.
""",
)

note(
    "b27-29",
    "Shanice Holloway",
    """
DME ORDER - DOUBLE ELECTRIC BREAST PUMP
Patient: [[N|Shanice Holloway]]   DOB [[D|12/12/1997]]   Delivered [[D|5/19/2025]] (twins, 34w)
Plan: Medicaid MCO, member ID [[HP|U8844120301]]
Dx: Z39.1, P07.37 (infants in NICU); hospital-grade rental medically necessary x 90 days.
Device issued: hospital-grade pump, serial [[DEV|SYM-4X71190A]]; personal kit lot 22B14 (not serial).
Ordering CNM NPI [[ID|1467503328]]
Deliver to: [[ADDR|3321 E 116th St]], [[C|Cleveland]], OH [[Z|44120]]
Pt phone [[PH|216-555-0108]]; alt (aunt): [[PH|216-555-0196]]
Rental 90 days. Supplier acct [[ACCT|DME-2291045]].
""",
)

note(
    "b27-30",
    "Jean-Baptiste family",
    """
IMMIGRATION DNA KINSHIP TEST - AABB chain of custody
Embassy case no. [[ID|PAP2024611203]]   Lab case [[ID|IMM-24-07718]]
Petitioner (alleged father): [[N|Wilner Jean-Baptiste]], US DOB [[D|03/03/1979]], collected in [[C|Miami]], FL, FL DL [[LIC|J512-447-79-083-0]].
Beneficiaries (collected at panel physician, [[C|Port-au-Prince]], Haiti):
  child 1 [[N|Widline Jean-Baptiste]], b. [[D|22/06/2012]], passport [[ID|RD4417702]]
  child 2 [[N|Wendy Jean-Baptiste]], b. [[D|09/01/2015]] (day-first per Haitian civil record), passport [[ID|RD4417703]]
Mother sampled voluntarily.
Photos/thumbprints attached. Witness at overseas site: panel physician (signature on form).
""",
)

note(
    "b27-31",
    "Avery Castellano-Reyes",
    """
GENETIC COUNSELING - donor-conceived sibling inquiry
[[N|Avery Castellano-Reyes]], 19, conceived via sperm donor #[[ID|3927]] (open-ID program). Seen [[D|Wednesday]] at her request after a consumer DNA test matched her to 6 half-siblings.
She found them through a donor-sibling forum; her handle there is @[[N|avery_cr_03]]. One match, "@[[N|bluejay.sam]]" ([[N|Samuel Okafor-Lind]], 22, [[C|St. Paul]]), shared a photo of the donor's obituary: donor reportedly died [[D|Oct 2023]] of early-onset colon cancer at 46.
Her mothers [[N|Lisa Castellano]] and [[N|Dolores Reyes]] attended by video.
Plan: offered hereditary cancer panel (she accepted; kit [[ID|INV-K-55120937]]); sent letter to clinic so other recipient families can be told. Bank notified of the cancer report.
Counselor contact: [[EM|hgreenberg@gc-partners.example]]
""",
)

note(
    "b27-32",
    "Marisela Trujillo",
    """
CLAIM NOTE - gestational carrier maternity episode
Carrier: [[N|Marisela Trujillo]]  DOB [[D|04/05/1992]]  SSN [[SSN|912-04-5521]]  Patient acct [[ACCT|HB-90038114]]
Primary: commercial, member [[HP|WZT201155873]], group [[HP|0078812]]; denied (surrogacy exclusion, claim [[ID|CLM-24-8834109]]).
Secondary: agency-purchased surrogacy policy, cert [[HP|SRP-44-00719]].
Intended parents responsible for balance per contract: [[N|Benjamin Adeyemi]] and [[N|Ravi Adeyemi-Shah]], [[ADDR|2 Beacon Hill Ct]], [[C|Lexington]], MA [[Z|02421]].
Newborn: Baby Boy [[N|Adeyemi-Shah]], separate account; insured under IP's plan from birth.
Called agency billing rep at [[PH|858-555-0117]] - resubmitting to secondary.
""",
)

note(
    "b27-33",
    "Rosa Huaman",
    """
FETAL CENTER REFERRAL - MCDA twins, suspected TTTS
Pt: [[N|Rosa Huamán Quispe]], 24 y G1, 19w3d by 1st-tri US, EDD [[D|12/30/2025]]. MRN [[MRN|22871305]]
US today: Twin A (recipient) DVP 9.4 cm, bladder distended; Twin B (donor) DVP 1.1 cm, bladder not visualized. UA Doppler normal both. Quintero stage II.
Partner [[N|Wilfredo Mamani]] works nights; pt speaks Spanish/Quechua - interpreter needed.
Referred to fetal center for laser evaluation; packet faxed to [[FX|215-555-0102]] attn RN coordinator. Appt confirmed [[D|Mon Aug 11]] 07:30.
Insurance: NJ FamilyCare, ID [[HP|NJF-0412877603]].
Pt lives at [[ADDR|58 Godwin Ave, Apt 2]], [[C|Paterson]] [[Z|07501]]; cell [[PH|973-555-0156]].
Ref MD: MFM on call
""",
)

note(
    "b27-34",
    "Triplets Abernathy-Wong",
    """
NICU DISCHARGE PLANNING - triplets, 33 wk -> now 37+2 CGA
Baby A "[[N|Theo]]" MRN [[MRN|T4410281]] - ready; passed car seat challenge.
Baby B "[[N|Iris]]" MRN [[MRN|T4410282]] - on home O2 1/8 L; apnea monitor serial [[DEV|SN 7730-AZ-1182]].
Baby C "[[N|June]]" - still gavage feeding; expected home ~1 wk after sibs.
Parents: [[N|Marcus Abernathy]] and [[N|Celeste Wong]]; paternal grandparents moving in to help.
Car seat fit check done in family minivan, plate [[VEH|DKR-4471]] (TX).
Home: [[ADDR|4107 Pine Crest Dr]], [[C|Round Rock]], TX [[Z|78681]]
PCP visit within 48 h of d/c. Synagis series started. Home health RN first visit arranged.
D/C target for A and B: [[D|Tues 9/23]]. Family phone [[PH|512-555-0132]].
""",
)

note(
    "b27-35",
    "Destiny Waller",
    """
SOCIAL WORK - OB, adolescent mother
[[N|Destiny Waller]], 16, P1, delivered [[D|2/27]]; infant [[N|Kaiden]] in well-baby nursery. Lives with her grandmother [[N|Earlene Waller]], 71, and great-grandmother [[N|Mattie Waller]], [[A|94]], at [[ADDR|2230 Elmwood St]], [[C|Shreveport]].
Her mother is incarcerated; FOB, 18, visiting, wants to sign AOP (acknowledgment of paternity) before d/c.
School: 10th grade, school counselor aware; homebound instruction requested.
WIC referral; Medicaid for infant applied, app # [[ID|LA-MA-25-3308127]]. Car seat provided.
No CPS concerns identified; supportive household. Nurse-Family Partnership referral: nurse [[N|Odessa Lyles]], [[PH|318-555-0165]].
SW, LMSW
""",
)

note(
    "b27-36",
    "Baby Gabriel Ferro",
    """
SPIRITUAL CARE - L&D, stillbirth at 32 weeks
Called by L&D RN at 03:40 on [[D|Good Friday]]. Parents [[N|Lucía Ferro]] and [[N|Matteo Ferro]] welcomed their son [[N|Gabriel]], stillborn at 02:55.
Family present: [[N|Lucía]]'s mother [[N|Carmen Ibarra]], her grandmother ("la abuela", [[A|102]], on speakerphone), [[N|Matteo]]'s brother and sister-in-law. [[N|Lucía]]'s father, [[N|Ramón Ibarra]], joined by FaceTime from [[C|Guadalajara]].
Blessing and naming performed in Spanish and Italian. Hand/foot prints, lock of hair and photos (volunteer photographer) given in memory box.
Family is Catholic; parish priest Fr. [[N|Tomasz Wielgus]] to call.
Funeral home: Rosewood Family Funeral Services; release form signed. Bereavement f/u call in 2 wk.
Chaplain [[N|Adaeze Nwankwo]], MDiv
""",
)

note(
    "b27-37",
    "Malik Osei-Bonsu",
    """
[[D|November 18, 2024]]

To the parents of [[N|Malik Osei-Bonsu]]
[[ADDR|1408 Fenwick Pl NW, Unit B]]
[[C|Washington]], DC [[Z|20009]]

Dear Mr. and Mrs. [[N|Osei-Bonsu]],
Your son's newborn screen (specimen [[ID|DC24-118420]], collected [[D|11/02/24]]) shows hemoglobin FAS: sickle cell TRAIT. This is not sickle cell disease and needs no treatment. It does mean each of you may carry a hemoglobin change. His older sister was screened at birth in [[C|Kumasi]]; you may wish to check her results. Parents may also view this letter at [[URL|https://nbs-results.dc.example/r/DC24-118420]].
Free parent testing is available - call our genetic services line, [[PH|202-555-0127]].
Sincerely,
[[N|Yolanda Fairweather]], MS, CGC, on behalf of Dr. [[N|Kofi Mensah-Brown]]
""",
)

note(
    "b27-38",
    "Ezra Blumenthal",
    """
EXOME SEQUENCING REQUISITION - TRIO
Proband: [[N|Ezra Blumenthal]]  M  DOB [[D|2023-01-19]]  MRN [[MRN|CH-00557810]]  sample [[ID|EX-P-440912]]
Mother: [[N|Tova Blumenthal]]  sample [[ID|EX-M-440913]]
Father: [[N|Yonatan Blumenthal]]  sample [[ID|EX-F-440914]]
Consanguinity: none known. Ethnicity: Ashkenazi Jewish (both).
Indication: global developmental delay, hypotonia, seizures onset 7 mo, normal CMA.
Secondary findings: parents OPT IN. Reanalysis consent: yes.
Ordering: [[N|Priyanka Dhillon]], MD  NPI [[ID|1588812034]]  fax [[FX|617-555-0171]]
Billing: MassHealth [[HP|100288471932]]; prior auth approved
Collected [[D|4/7/25]] 13:05 by [[N|mhosseini]]
""",
)

note(
    "b27-39",
    "Ezra Blumenthal",
    """
RESULTS DISCLOSURE - trio exome
Met [[D|Thursday, June 12]] with [[N|Tova]] and [[N|Yonatan Blumenthal]]. [[N|Ezra]]'s paternal grandmother [[N|Shoshana]] (from [[C|Haifa]]) accompanied them; [[N|Ezra]] stayed with a cousin.
Finding: de novo pathogenic SCN2A variant, heterozygous; not present in either parent. Explains seizures and delay.
Recurrence risk low (~1% for gonadal mosaicism). Discussed PGT or prenatal testing for future pregnancies if desired.
Secondary finding (father): BRCA2 pathogenic variant. Dad was surprised - his sister [[N|Naomi Blumenthal-Katz]] had breast ca at 38; his father died at [[A|91]] of pancreatic ca.
Referrals: epilepsy clinic; hereditary cancer clinic for [[N|Yonatan]] and his relatives.
Counselor and MD: [[N|Dhillon]]
""",
)

note(
    "b27-40",
    "Adaora Moreau-Eze",
    """
RECIPROCAL IVF - PLAN OF CARE
Couple: [[N|Jessamyn Moreau]] (egg provider, 34, AMH 2.8, MRN [[MRN|RP-4471229]]) and [[N|Adaora Moreau-Eze]] (gestational partner, 38, MRN [[MRN|RP-4471230]]).
Sperm: directed known donor [[N|Kelechi Eze]], 36, [[N|Adaora]]'s brother, so the child will be genetically related to both mothers. FDA donor eligibility labs drawn [[D|5/14/2025]]; 6-month quarantine, release after repeat labs. Lab donor code [[ID|KD-2025-0087]].
Known-donor agreement drafted by couple's attorney. Joint psych consult done.
Stim for egg provider: antagonist protocol from CD2 of her [[D|December]] cycle. All embryos frozen; FET to gestational partner planned for [[D|January]] after mock lining check.
Contacts: [[PH|651-555-0112]], [[EM|adaora.me@protonmail.example]].
""",
)

note(
    "b27-41",
    "Dmitri Kaplan",
    """
ANDROLOGY LAB - SEMEN ANALYSIS (WHO 6th ed.)
Name: [[N|Kaplan, Dmitri]]   DOB [[D|6/6/1985]]   MRN [[MRN|AL-3390172]]   Accession [[ID|AND-25-004417]]
Collected [[D|02/03/2025]] 07:15 at home; received 07:55 (40 min); abstinence 3 d.
Partner: [[N|Svetlana Kaplan]]   Ordering: Dr. [[N|Gupta-Reyes]]
Volume 2.8 mL | pH 7.8 | Conc 11 M/mL (L) | Total motility 38% (L) | Prog 29% | Morphology 3% (L) | Vitality 62% | Round cells <1 M/mL
Impression: mild oligoasthenoteratozoospermia.
Verified by: [[N|DLW]] (tech) / [[N|T. Nakamura-Fox]], PhD, HCLD
Recommend repeat in 2-3 months; consider urology referral (Dr. [[N|Obi]]). Pt notified via portal; copy faxed to [[FX|312-555-0187]].
""",
)

note(
    "b27-42",
    "Maria Guadalupe Ochoa de la Cruz",
    """
ASESORIA GENETICA / GENETIC COUNSELING (interpreter-assisted)
Pt: Sra. [[N|María Guadalupe Ochoa de la Cruz]], 28, G2P1 at 22 wk, echogenic bowel on anatomy US.
Husband: Sr. [[N|Efraín Montalvo]], 31, b. [[C|Zacatecas]], Mexico.
His nephew [[N|Iker Montalvo]] (in [[C|Fresno]]) has CF, dx at 2 mo; letter from the clinic in [[C|Guadalajara]] dated [[D|21/03/2021]] (day-first) confirms 2 variants.
Her mother, Sra. [[N|Hortensia de la Cruz Ramírez]], 52; maternal grandmother Doña [[N|Consuelo Ramírez]], [[A|90]], diabetic, no birth defects known.
CF carrier screen for pt drawn [[D|3 de julio]]; husband drawn same day. Also sent CMV/toxo IgM.
Interpreter: [[N|Ana Belén Soto]], ID [[ID|INT-SP-0571]].
""",
)

note(
    "b27-43",
    "Baby Boy Kealoha",
    """
NEWBORN HEARING SCREEN - REFER; outpatient rescreen log
Infant: [[N|KEALOHA]], BABY BOY   DOB [[D|07/28/2025]]   MRN [[MRN|QM-0119845]]   EHDI ID [[ID|HI-EHDI-25-0923]]
Inpatient AABR at 26 h: pass L / REFER R.
Mother [[N|Leilani Kealoha]], father involved. Family lives in [[C|Waimānalo]] [[Z|96795]].
[[D|8/5]] 09:10 called mom [[PH|808-555-0135]] - no answer; spoke w/ auntie who will pass message.
[[D|8/6]] mom returned call; rescreen booked [[D|8/12]] 10:00, Audiology Clinic, 2nd fl.
Also sent saliva CMV PCR (targeted cCMV testing per protocol), accession [[ID|CMV-25-77104]] - result negative.
Audiologist to see at rescreen; ENT if refer again.
""",
)

note(
    "b27-44",
    "Jayden Pruett",
    """
KINSHIP PLACEMENT - PEDIATRIC INTAKE
Child: [[N|Jayden Pruett]] (SSN [[SSN|000-81-2290]]), 3 y, placed with maternal grandmother [[N|Bonnie Pruett]] (62) on [[D|Sept 30]] by DCS; case [[ID|DCS-2025-0441187]], caseworker [[PH|317-555-0153]], [[EM|a.crenshaw@dcs.in.example]].
Mom in residential tx; dad unknown. Half-sib, 7, placed with her paternal aunt.
Household: [[N|Bonnie]]'s father, [[N|Virgil Pruett]], [[A|90]], WWII-era stories, uses walker; no firearms in the home.
Address: [[ADDR|5512 Tamarack Dr]], [[C|Indianapolis]], IN [[Z|46237]]
Medicaid (Hoosier Healthwise) [[HP|HHW200147781]]. Immunizations behind: DTaP #4, MMR #1 due today.
Consent for treatment: court order [[ID|49D09-2509-JC-001882]] on file.
Seen in general peds clinic today; f/u 4 wk for catch-up vaccines.
""",
)

note(
    "b27-45",
    "Xu Ling",
    """
OB ULTRASOUND - DETAILED ANATOMY (76811)
Patient: [[N|XU, LING]]   MRN [[MRN|4408121]]   DOB [[D|19 Nov 1987]]   Exam [[D|10/14/2025]]
Sonographer: [[N|kdelrosario]]   System: Voluson E10, S/N [[DEV|VE10-D54221X]]
LMP [[D|May 31]] - EDD by 1st-tri US [[D|3/5/2026]] (used).
Singleton, cephalic. EFW 412 g (52%). Placenta posterior, no previa. AFI normal. 3VC.
Findings: isolated L choroid plexus cyst 6 mm; echogenic intracardiac focus - soft markers. Low-risk cfDNA on file.
Husband [[N|Chen Wei]] present; patient's mother (visiting from [[C|Chengdu]]) in waiting room.
Interpreted by MFM attending. Report sent to portal + fax [[FX|408-555-0141]].
""",
)

note(
    "b27-46",
    "Sadie Brennan",
    """
From: [[N|Sanne van den Heuvel]] <[[EM|s.vandenheuvel@coastalivf.example]]>
To: [[EM|sadie.brennan.rn@gmail.com]]
Date: [[D|Fri, 24 Oct 2025]] 16:12
Subject: PGT-A results - cycle [[ID|C25-1184]]

Hi [[N|Sadie]],
Results from the biopsies on [[D|10/9]] are back:
  [[ID|C25-1184-E1]] euploid (46,XY)   [[ID|C25-1184-E2]] aneuploid (+16)
  E4 euploid (46,XX)   E5 mosaic, low level (chr 7)
So 2 euploid blasts are stored for you. Dr. [[N|Hartigan]] will review at your call on [[D|Halloween]].
Warmly,
[[N|Sanne]]
Senior Embryologist | direct [[PH|843-555-0174]]
""",
)

note(
    "b27-47",
    "Confidential L&D admission",
    """
PRIVACY AUDIT - break-the-glass review, L&D admission of pt [[MRN|MR00918273]] ([[N|Valentina Cruz-Holloway]], local news anchor)
timestamp            | user        | role        | workstation IP   | action
[[D|2025-06-02]] 22:14:07  | [[N|tbaxter]]     | RN L&D      | [[IP|10.44.18.201]]     | chart open (assigned)
[[D|2025-06-02]] 22:31:50  | [[N|nokafor2]]    | MD OB       | [[IP|10.44.18.77]]      | order entry
[[D|2025-06-03]] 01:02:13  | [[N|jlyons]]      | Unit clerk, Oncology | [[IP|10.61.3.150]] | BTG - "checking on friend"
Finding: [[N|jlyons]] ([[N|Jordan Lyons]]) had no treatment relationship; referred to HR and the Privacy Officer. Infant chart (Baby Girl [[N|Cruz-Holloway]]) not accessed.
""",
)

note(
    "b27-48",
    "Abigail Summers",
    """
FAX COVER SHEET
Date: [[D|2/6/2026]]   Pages: 14 (incl. cover)
To: Ms. [[N|Holly]] - Medical Records, Cape Cod Birth Center     Fax: [[FX|508-555-0159]]
From: prenatal office     Phone: [[PH|617-555-0120]]   Fax: [[FX|617-555-0181]]
RE: [[N|Abigail Summers]], DOB [[D|09/23/1996]], prenatal record transfer (pt moving to [[C|Falmouth]]). Husband signed release too (he is the contact for scheduling).
Enclosed: prenatal flow sheet, labs (blood type A neg; antibody screen neg), 20-wk anatomy US, GTT 118, RhIG given [[D|Jan 9]].
EDD [[D|06/01/2026]]. Next prenatal visit due in 2 wk.
CONFIDENTIALITY: If you received this in error, call [[PH|617-555-0120]] and destroy.
""",
)

note(
    "b27-49",
    "Eileen Canavan",
    """
EXPANDED CARRIER SCREENING - COUPLE RESULTS
Female: [[N|Eileen Canavan]] (née [[N|Schoenfeld]]), 31, MRN [[MRN|CS-99120]]   Male: [[N|Sean Canavan]], 33, MRN [[MRN|CS-99121]]
Panel: 500+ genes incl. Tay-Sachs (HEXA), Canavan disease (ASPA), Gaucher (GBA), familial dysautonomia, SMA, CF.
[[N|Eileen]]: HEXA c.1274_1277dup carrier.   [[N|Sean]]: no HEXA variant; ASPA negative.
Couple risk for Tay-Sachs: reduced from 1/600 to <1/20,000. Note: the family name and Canavan disease are unrelated - [[N|Sean]] laughed about it.
[[N|Eileen]]'s sister [[N|Miriam Schoenfeld-Park]] and brother [[N|Ari Schoenfeld]] should be offered HEXA testing; their grandmother, from [[C|Lviv]], is [[A|99]] and was never tested.
Disclosed by phone [[D|Tues 2/3]]; report copied to referring OB.
""",
    allow=("Canavan",),
)

note(
    "b27-50",
    "Amelia Fairchild-Osei",
    """
PGT-M REPORT (HTT, familial expansion) + HLA: not requested
Patient: [[N|Amelia Fairchild-Osei]] ([[D|04/11/1992]])   Partner: [[N|Nana Kwesi Osei]] ([[D|01/30/1990]])
Affected parent: partner; his mother [[N|Abena Osei]] affected, dx 2015. Family linkage DNA from partner's brother [[N|Yaw]] and his mother used to build haplotypes.
Case [[ID|PGTM-24-0317]]; biopsies received [[D|Sep 3, 2024]].
Embryo | HTT status | PGT-A
[[ID|AF24-D5-01]] | unaffected | euploid
[[ID|AF24-D5-02]] | affected | euploid
[[ID|AF24-D6-03]] | no result (ADO) | aneuploid
[[ID|AF24-D6-04]] | unaffected | euploid
Recommend transfer of 01 or 04 only. Signed by lab director.
""",
)

note(
    "b27-51",
    "Precious Mahlangu",
    """
L&D ADMISSION H&P
[[N|Precious Mahlangu]] is a 32 y.o. G3P2002 at 39w4d (EDD [[D|8-Dec-2025]]) presenting [[D|12/5]] 0215 with ctx q3-4 min since 2300 and SROM at 0100, clear fluid.
PNC at Westside Women's Clinic (initially in [[C|Johannesburg]], transferred at 18 wk). Prenatal labs: O+, AbS neg, RI, HBsAg neg, HIV neg, GBS POS -> PCN G.
OB hx: SVD x2 (2019, 2022), largest 3.9 kg. PMH: none. Allergies: NKDA.
SVE 5/80/-1. Cat I FHT. EFW 3.6 kg by Leopold's.
Social: husband [[N|Sipho]] at bedside; children [[N|Thandi]] (6) and [[N|Lwazi]] (3) with her cousin [[N|Nomvula Dube]] tonight. Emergency contact [[PH|347-555-0111]].
Plan: admit, epidural on request, expectant mgmt. PGY2 / attending Dr. [[N|Lindiwe Khumalo]]
""",
)

note(
    "b27-52",
    "Genevieve Laurent",
    """
BRIEF OP NOTE - repeat low transverse cesarean
Date: [[D|3/18/25]]   Pt: [[N|LAURENT, GENEVIEVE]]   MRN [[MRN|0552-1873]]   Age 35
Pre/Post-op dx: IUP 39w0d, prior CS x1, declines TOLAC. Twin gestation? No - singleton.
Surgeon: [[N|Rosalind Ng]], MD   Assist: PGY-3   Anesthesia: [[N|Chiamaka Uzor]], MD (spinal)
Scrub: [[N|dparrish]]   Circulator: [[N|Y. Lafleur]], RN   Peds: NNP at delivery
Findings: viable female, 3520 g, Apgars 8/9 @ 09:47; clear fluid; normal tubes/ovaries; dense bladder flap adhesions.
EBL (QBL) 780 mL. Foley draining clear urine. Counts correct x2.
Husband [[N|Julien]] in OR; skin-to-skin started in OR.
Baby: "[[N|Océane]]", MRN [[MRN|0552-1899]]. Dispo: PACU then Mother-Baby, Rm 6.
""",
)

note(
    "b27-53",
    "Baby Boy Delacroix-Whitman",
    """
NEONATAL DEATH - AUTOPSY & GENETIC TESTING CONSENT
Infant: Baby Boy [[N|Delacroix-Whitman]] ("[[N|Rémy]]"), born [[D|11/27/2025]] ([[D|Thanksgiving]]) at 36 wk with hydrops; died [[D|11/28/2025]] 04:10, DOL 1. MRN [[MRN|NB-66017728]].
Parents: [[N|Simone Delacroix]] and [[N|Garrett Whitman]]. Consent given for full autopsy incl. brain, plus rapid genome sequencing (trio) - parental samples under [[ID|RGS-25-0918]].
Family hx: [[N|Garrett]]'s sister [[N|Holly Whitman-Reyes]] had a stillbirth with hydrops in [[D|April 2021]]; no workup done.
Parents request return of remains to Beaumont & Sons Funeral Home for cremation; memory items kept.
Decedent affairs no. [[ID|DA-25-1142]]; encounter acct [[ACCT|HAR-3309917]] (charges suppressed). Consent witnessed by RN; MD co-signed.
""",
)

note(
    "b27-54",
    "Kristy Lynn Boggs",
    """
FAMILY HISTORY FORM (pt completed, transcribed as written)
your name: [[N|kristy lynn boggs]]   todays date: [[D|3-2-25]]   date of birth: [[D|sept 8 1990]]
are you pregnant? yes about 10 wks
mother: [[N|debbie boggs]] (was [[N|debbie crum]]) age 56 - thyriod, 3 miscarages
father: [[N|Randy]] ? dont know much, left when i was 2
sister: [[N|Krystal]] 33 - baby born w/ hole in heart (had surgry at 4 mo)
brother: 29 - healthy
grandma (Nana [[N|Crum]]) - [[A|91]] still living in [[C|Harlan]] KY, sugar diabetes
grandpa [[N|crum]] - died [[D|christmas eve 2019]], heart attack
any cousins w/ birth defects, autism, MR? my cousins little boy has autism
phone: [[PH|606 555 0148]]
""",
)

note(
    "b27-55",
    "Mateus Oliveira",
    """
ONCOFERTILITY - SPERM CRYOPRESERVATION BEFORE CHEMO
Pt: [[N|Mateus Oliveira]], 15 y 10 mo, new dx Hodgkin lymphoma, port placed (S/N [[DEV|PWR-88A-20917]]); ABVD to start [[D|Monday 1/12]].
Guardian/consenter: mother [[N|Fernanda Oliveira]]; father [[N|Rogério Oliveira]] by phone from [[C|Belo Horizonte]]. Pt assented privately with Dr. [[N|Hiral Shah]] (oncofertility) and SW.
Collection [[D|1/9/26]]: successful; 6 vials frozen. Cryo account [[ACCT|ONC-SB-22190]]; storage paid by foundation grant through 2031.
Vial IDs [[ID|MO-0109-01]] thru -06; dewar [[DEV|CX-2280-114]].
Storage consent specifies: if pt dies before 18, vials to be discarded (mother's choice; pt agreed).
Follow-up: re-consent at 18 - tickler set for [[D|March 2028]] (his birthday month).
Pt's cell [[PH|(267) 555-0193]].
""",
)

note(
    "b27-56",
    "Lauren Whitcombe-Diaz",
    """
SMS LOG - elective oocyte cryopreservation (auto + staff texts)
To [[PH|+1 702-555-0106]] ([[N|Lauren Whitcombe-Diaz]])
[[D|11/02]] 18:00 AUTO: Hi [[N|Lauren]]! Start Gonal-F 225 IU + Menopur 75 IU tonight. Consent form: [[URL|https://txt.desertfertility.example/c/9QX2M]]
[[D|11/06]] 13:12 [[N|jsantiago]]: E2 1180, 8 follicles 12-15mm. Add cetrotide tonight. -RN
[[D|11/06]] 13:20 PT: ok!! my sister is my driver for retrieval, is that fine?
[[D|11/09]] 20:30 AUTO: Trigger (Lupron 80 units) EXACTLY at 21:30 tonight. Retrieval [[D|Tue 11/11]] (yes - [[D|Veterans Day]], we are open).
[[D|11/11]] 14:40 [[N|jsantiago]]: 14 eggs retrieved, 11 mature & frozen. Rest up!
""",
)

note(
    "b27-57",
    "Estate of Harold Gustafson",
    """
GRANDPARENTAGE DNA TEST - legal (probate), AABB accredited
Case [[ID|GP-25-00412]]; court ref [[ID|2024-PR-003318]] (probate division).
Deceased alleged father [[N|Harold Gustafson]] (d. [[D|Nov 3, 2024]], age [[A|93]]) - no sample available.
Tested: claimant [[N|Kyle Anders Brekke]], DOB [[D|05/25/1981]]; alleged paternal grandparents not living; alleged half-sibs [[N|Karin Gustafson-Lee]] and [[N|Nils Gustafson]].
Claimant's mother, 79, sampled for phasing.
ID verified: MN DL [[LIC|K-381-552-907-114]] ([[N|Kyle]]).
Collected [[D|01/14/2025]]; specimens x4 sealed and initialed by donors.
Result (half-sib index) reported to attorney [[N|Pieter Vos]], [[FX|218-555-0115]].
""",
)

note(
    "b27-58",
    "Owen Whitaker",
    """
HEMOPHILIA A - 4-GENERATION PEDIGREE SUMMARY (F8 intron 22 inversion)
Proband: [[N|Owen Whitaker]], 11 mo, severe (FVIII <1%), dx after circumcision bleed [[D|10/2024]]. Treatment: emicizumab.
Mother [[N|Hayley Whitaker]] - confirmed carrier (FVIII 48%).
MGM [[N|Doris Pennington]], 66 - obligate carrier; her brother died 1978 at 19 "bled after car crash."
MGGM [[N|Mabel Pennington]] (née [[N|Foss]]), [[A|92]], living in [[C|Ashtabula]] - presumed carrier.
Maternal aunts: [[N|Kelsey]] (pregnant, EDD [[D|Aug 2025]]; testing urged) and a second aunt (2 girls).
Family joked they're "related to Queen Victoria" - no evidence.
Plan: carrier testing for aunts; prenatal dx option for [[N|Kelsey]]; HTC enrollment [[ID|HTC-OH-55102]]. Hematology f/u 3 mo.
""",
)

note(
    "b27-59",
    "Baby Girl Sandoval",
    """
NEONATAL TRANSPORT RECORD
Referring: community hospital, [[C|Kingman]]  ->  Receiving: Level IV NICU
Pt: Baby Girl [[N|Sandoval]], born [[D|01-06-2026]] 05:32 at 35 wk, MRN (receiving) [[MRN|PHX-3381907]]; dx suspected TEF/EA (unable to pass OG).
Mother [[N|Yesenia Sandoval]] remains at referring hosp (PPH); father [[N|Armando Tsosie]] driving down; his vehicle plate [[VEH|CWY4417]] (AZ) given for garage pass.
Team: [[N|Kayleigh Duarte]], RN (lead), plus RRT and NNP. Ground ambulance "Kids 2", VIN [[VEH|1FDXE4FS8KDC10934]] (fleet log).
Departed referring 09:05, arrived 12:40 ([[D|1/6]]). Replogle to LIS; NPO; D10W 80 mL/kg/d; no PPV given.
Accepting: Dr. [[N|Moana Fetu'u]]; pediatric surgery notified. Family phone [[PH|928-555-0137]]. Transport run no. [[ID|NT-26-0031]].
""",
)

note(
    "b27-60",
    "Intended parents Lindholm-Abiodun",
    """
BIRTH PLAN - GESTATIONAL SURROGACY (for L&D charge RN)
Carrier: [[N|Courtney Mayfield]], 29, MRN [[MRN|5524108]]; husband may attend.
Intended parents: [[N|Erik Lindholm]] and [[N|Tunde Abiodun]] (married); pre-birth order issued [[D|April 2]], case [[ID|FA-25-00771]] - both IPs to be listed on birth certificate; carrier NOT listed.
EDD [[D|5/16/25]]. Twins? No, singleton boy, name "[[N|Leif Adetokunbo Lindholm-Abiodun]]".
- Carrier chooses who is in room: IPs + her doula.
- Baby to IPs for skin-to-skin; separate room for IPs requested (pay privately, acct [[ACCT|GS-771045]]).
- Carrier will pump colostrum x 3 days for baby; no breastfeeding.
- Newborn insured from birth under [[N|Erik]]'s employer plan, member [[HP|AET8813340021]].
Agency case manager [[PH|503-555-0177]], [[EM|molawale@bridgesurrogacy.example]].
""",
)


if __name__ == "__main__":
    write(OUT, NOTES)
