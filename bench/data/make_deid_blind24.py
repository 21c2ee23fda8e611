#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind24.jsonl.

Blind set 24: cancer care, transplantation, dialysis and infusion paperwork.
The notes imitate what these services actually generate: tumour-board
summaries and attendance lists, infusion flowsheets and chair-schedule
exports, cycle calendars crowded with dates, waitlist and organ-offer logs,
unrelated-donor searches, cellular-therapy product labels, haemodialysis run
sheets and home-dialysis telemetry alerts, trial screening logs and SAE
reports, specialty-pharmacy shipments and SMS outreach, prior authorisations,
assistance applications, hospice and home-infusion referrals, HL7 fragments,
audit trails and survivorship letters.  They are deliberately crowded with
look-alikes that are not identifiers: regimen names, cycle/day codes, TNM
staging, HLA types, lab values, doses, lot and REF numbers, protocol numbers,
chair and room numbers, facility codes and recurring schedules.

Annotation conventions (HIPAA Safe Harbor):
* NAME - any person (patient, family, friends, caregivers, staff), including
  nicknames, lower-case or capitalised forms, spelled-out names, initials
  that stand for a person, and log-in names.  Titles and credentials are left
  outside the span.  Kinship words, service accounts, eponyms and names that
  are part of a facility or company name are not marked.
* DATE - any date element finer than a year: full, numeric, day-first,
  spoken, month+day, month+year, lone month, day of month, and weekdays or
  holidays naming the day of an event; timestamps are marked whole.  Bare
  years, clock times, durations, ages under 90 and recurring schedules are
  not marked.
* AGE - only ages above 89, the number alone.
* PHONE / FAX - the full number including any extension; spoken numbers too.
  EMAIL, URL (patient-specific links) and IP addresses are marked whole.
* SSN, MRN, HEALTH_PLAN (member and group numbers, Medicare/Medicaid IDs),
  ACCOUNT (billing, encounter and bank accounts), LICENSE (driver's, DEA,
  state licence), VEHICLE (plates, VINs), DEVICE (equipment and implant
  serial numbers, asset tags), ID (every other person- or record-specific
  code: registry, donor, match, accession, order, tracking, claim, case,
  badge, NPI, participant and specimen numbers).
* ADDRESS - street address, unit, PO box or rural box; CITY - city, town or
  neighbourhood; ZIP - US ZIP codes and foreign postcodes.  States and
  countries are not marked.
* Never marked: facility, agency and company names (a town inside one is put
  in the note's allow tuple when the same town is marked elsewhere), drugs,
  regimens, device models, lot/REF numbers, protocol and IRB numbers,
  scores, lab values, staging, rooms, chairs and bare years.

Stdlib only.  Run: python bench/data/make_deid_blind24.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind24.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b24-01",
    "Denise M. Holloway",
    """
MULTIDISCIPLINARY BREAST TUMOR BOARD - [[D|Thurs 3/7/24]]
Presenter: [[N|Anjali Raman]], MD (heme/onc fellow)   Scribe: [[N|tkowal]]

Pt: [[N|HOLLOWAY, Denise M.]]  MRN [[MRN|00481-2276]]  DOB [[D|11/02/1961]]
62F from [[C|Chicopee]], L breast IDC, grade 3, cT2N1M0, ER 90% / PR 10% / HER2 3+ by IHC. Core bx [[D|02/19/24]] (accession [[ID|SP24-018833]]). Breast MRI [[D|2/27]]: 3.4 cm mass + 2 suspicious axillary LNs. Ki-67 40%.

Discussion: neoadjuvant TCHP x6 per NCCN; Oncotype not indicated (HER2+). Dr. [[N|Okafor]] (surg onc) wants a clip placed in the biopsied node before C1. Genetics referral - sister [[N|Lorraine]] had breast ca at 44.

Consensus: start TCHP week of [[D|3/18]]; baseline echo (LVEF 60% in 2021). Port with IR. Not a candidate for the HER2-low study (DESTINY-type protocol). Re-present after C3.
""",
)

note(
    "b24-02",
    "Marco Ruiz-Takahashi",
    """
INFUSION FLOWSHEET   mFOLFOX6   C5D1
Patient: [[N|Ruiz-Takahashi, Marco]]   MRN: [[MRN|7731045]]   Enc: [[ACCT|E2290017743]]
DOS [[D|04-15-2024]]   Chair 14   RN [[N|K. Abernathy]] / 2nd check [[N|jlo]]
Ht 172 cm  Wt 70.2 kg  BSA 1.83 m2   Pre-labs [[D|4/14]]: ANC 1.9, Plt 142, Cr 0.8, Tbili 0.6
Neuropathy gr 1 (cold-induced), no dose mod.
0905 ondansetron 16 mg IV + dexamethasone 12 mg IV
0925 oxaliplatin 85 mg/m2 = 155 mg in D5W 500 mL over 2 h
0925 leucovorin 400 mg/m2 = 730 mg over 2 h via Y-site
1130 fluorouracil 400 mg/m2 = 730 mg IV push
1140 fluorouracil 2400 mg/m2 = 4390 mg via CADD-Solis SN [[DEV|CS7-0448217]] over 46 h
Disconnect [[D|Wed 4/17]] ~1000 at home by OptionCare RN [[N|Gloria Mendes]] ([[PH|413-555-0162]]).
Partner [[N|Daisuke]] present; verbalized pump alarm teaching.
""",
)

note(
    "b24-03",
    "Theodore Vasquez",
    """
R-CHOP-21 TREATMENT CALENDAR (patient copy)
Name: [[N|Theodore "Teddy" Vasquez]]     DOB: [[D|Jan 9, 1950]]
DLBCL, stage IIIA, IPI 2. Each cycle = rituximab 375 mg/m2 + CHOP on day 1; pegfilgrastim on-body injector day 1.
  Cycle 1   [[D|Mon 1/8]]
  Cycle 2   [[D|Mon 1/29]]
  Cycle 3   [[D|Tue 2/20]]   (moved: clinic closed [[D|Presidents' Day]])
  Interim PET   week of [[D|March 4]]
  Cycle 4   [[D|3/12]]
  Cycle 5   [[D|4/2]]
  Cycle 6   [[D|4/23]]
Prednisone 100 mg days 1-5 of every cycle - take with breakfast.
Fever 100.4 F or higher: call triage [[PH|(802) 555-0117]] right away. After hours the operator ([[PH|802-555-0100]]) will page Dr. [[N|Lindqvist]].
Your navigator is [[N|Bea]]; you can text her at [[PH|802-555-0139]] (please no photos of lab results).
""",
)

note(
    "b24-04",
    "Harold J. Ebersole",
    """
[[D|June 3, 2024]]

Mr. [[N|Harold J. Ebersole]]
[[ADDR|2207 Quarry Ridge Rd, Apt 3B]]
[[C|Altoona]], PA [[Z|16602]]

Dear Mr. [[N|Ebersole]],

We are pleased to tell you that on [[D|May 29, 2024]] you were added to the national deceased-donor kidney waiting list through our program. Your waiting time is credited from your dialysis start date, [[D|09/12/2022]]. Your waitlist ID is [[ID|WL-8842-1177]]; please quote it with your MRN [[MRN|H0093312]] whenever you call.

Your CPRA is 34% and your blood type is O. Keep your phone on at all times: when an offer comes we will call [[PH|814-555-0121]] first and then your wife, [[N|Patrice]], at [[PH|814-555-0188]].

Transplant coordinator: [[N|Yolanda Stroud]], RN, BSN - [[PH|412-555-0154]], [[EM|ystroud@alleghenytx.example.org]]
""",
)

note(
    "b24-05",
    "Siobhan Ni Bhriain",
    """
INDEPENDENT LIVING DONOR ADVOCATE (ILDA) NOTE   [[D|10 Oct 2023]]
Potential donor: [[N|Siobhán Ní Bhriain]] ("[[N|Shiv]]"), donor MRN [[MRN|LD-550819]]
Intended recipient: brother-in-law [[N|Cormac Delaney]], MRN [[MRN|4410287]], ESKD 2/2 IgA nephropathy

Met alone with Ms. [[N|Ní Bhriain]] for 50 min. She understands donation is voluntary and that she can withdraw at any point without the recipient being told why. HLA 2/6 mismatch; flow crossmatch negative [[D|9/28]]. Paired exchange discussed as a fallback (NKR pair ID [[ID|NKR-P-30912]] reserved).
Works as a city bus operator in [[C|Quincy]]; CDL [[LIC|S90441873]] - will need 6 wks off; employer HR contact [[N|Dolores Pike]] [[PH|617-555-0184]]. Husband [[N|Fergal]] supportive.
No evidence of coercion or financial inducement. Recommend proceeding to selection committee [[D|10/17]].
[[N|R. Amankwah]], LICSW
""",
)

note(
    "b24-06",
    "Thanh V. Nguyen",
    """
HEMODIALYSIS TREATMENT RECORD - Riverbend Dialysis of Lowell
Pt: [[N|NGUYEN, THANH V]]   MRN [[MRN|RB-002871]]   MBI [[HP|1EG4TE5MK72]]
Tx [[D|Sat 08/10/2024]]   Shift 2   Chair 9   Fresenius 2008T S/N [[DEV|6KFS114029]]
Dialyzer Optiflux F180NR (lot 23K0417)   Bath 2K/2.5Ca   BFR 400  DFR 600
Access: L brachiocephalic AVF, 15G x2, good thrill/bruit
Pre 74.6 kg, BP 168/92   Post 71.9 kg, BP 138/80   EDW 71.5 kg   UF 2.7 L
Heparin 2000 u bolus / 1000 u/h, off at 3h. Kt/V (monthly, [[D|8/3]]) 1.42
Cramping at 3h15m - UF paused, NS 200 mL given.
Pt says he moved in with his daughter [[N|Linh]] in [[C|Dracut]], new address [[ADDR|19 Pleasant View Dr]]; SW to update chart and transport.
PCT [[N|R. Okonkwo]]   RN [[N|M. Fairbanks]]   Next tx [[D|Tue 8/13]]
""",
)

note(
    "b24-07",
    "Subject 0412-0018",
    """
SCREENING / ENROLLMENT LOG   Protocol ONC-2291-301 (Ph3, KRAS G12C NSCLC)   Site 0412
PI: Dr. [[N|Farah Haddad]]   CRC: [[N|Emeka Nwosu]]

Scr  Subject      Init   Screened       Outcome
017  [[ID|0412-0017]]  [[N|K.W.]]   [[D|02-Jan-2024]]  SF - untreated brain mets (incl. #4)
018  [[ID|0412-0018]]  [[N|LMT]]    [[D|05-Jan-2024]]  Randomized [[D|19-Jan-2024]], IWRS [[ID|R-88213]], arm B
019  [[ID|0412-0019]]  [[N|AJR]]    [[D|11-Jan-2024]]  Withdrew consent - moving to [[C|Sarasota]]
020  [[ID|0412-0020]]  [[N|D-MO]]   [[D|16-Jan-2024]]  Pending - ECOG 2 vs 1 disputed, PI to review

Monitoring visit [[D|06-Feb-2024]] (CRA [[N|Yusuf Demir]]). Deviation log: 018 C1D15 visit out of window (+3 d); 017 screening labs repeated x1.
""",
)

note(
    "b24-08",
    "Wanda Pietrowski",
    """
SPECIALTY PHARMACY - SHIPMENT CONFIRMATION
Rx: palbociclib (Ibrance) 125 mg cap #21 - 1 cap daily d1-21 of a 28-day cycle
Patient: [[N|Wanda Pietrowski]]   DOB [[D|1958-07-23]]   Pharmacy pt ID [[ID|PT-00388154]]
Ship to: [[ADDR|41 Birchwood Ter]], [[C|Cheektowaga]], NY [[Z|14225]]
Order # [[ID|SO-4471-90233]]   Rx # [[ID|6620198]]
FedEx Priority Overnight, tracking [[ID|7749 2031 5586]]
Shipped [[D|11/04/2024]]   ETA [[D|11/05/2024]] by 10:30 - adult signature required
Copay $0 (manufacturer copay card [[ID|CC0917734412]])
Counseled by [[N|Devika Sundaram]], PharmD, [[PH|866-555-0171 ext 4]]: neutropenia, CBC before each cycle, avoid grapefruit.
Next refill call [[D|11/25]]. Pt prefers calls go to her daughter-in-law [[N|Krystyna]] at [[PH|716-555-0158]].
""",
)

note(
    "b24-09",
    "Babatunde Oyelaran",
    """
PRIOR AUTHORIZATION REQUEST - ONCOLOGY INJECTABLE
To: Keystone Health Partners, Pharmacy PA Unit   Fax [[FX|215-555-0190]]
From: Schuylkill Cancer Associates, attn [[N|Marisol Quintero]]   Ph [[PH|215-555-0147]]   Fax [[FX|215-555-0148]]

Member: [[N|OYELARAN, BABATUNDE]]   DOB [[D|05/30/1969]]
Member ID [[HP|KHP884201937]]   Group [[HP|00917-B]]
Drug: pembrolizumab 200 mg IV q3 wks (J9271), up to 35 cycles
Dx: C34.12 NSCLC, LUL, stage IIIB, PD-L1 TPS 80%, EGFR/ALK negative
Prior tx: carboplatin + pemetrexed x4 ([[D|Jun]]-[[D|Aug 2024]]); progression on CT [[D|10/21/24]]
Prescriber: [[N|Ines Carvalho]], MD   NPI [[ID|1588031279]]
Requested start [[D|12/02/2024]]
Plan case # [[ID|PA-24-3318872]]   Expedited review: no
""",
)

note(
    "b24-10",
    "Ramona Etsitty",
    """
PATIENT ASSISTANCE PROGRAM APPLICATION - Section A (Patient)
Name: [[N|Ramona Etsitty]]   SSN [[SSN|912-44-0631]]   DOB [[D|Aug 14 1947]]
Home: [[ADDR|HC 61 Box 1190]], [[C|Kayenta]], AZ [[Z|86033]]
Phone [[PH|928-555-0136]] (cell, spotty); alternate: daughter [[N|Loretta Yazzie]] [[PH|928-555-0172]]
Insurance: Medicare Part D, member [[HP|7WQ3JH8RT91]] - in coverage gap
Household size 2; annual income $21,400 (Social Security only)
Medication: enzalutamide 160 mg PO daily for mCRPC; PSA 14.2 and rising
Section B - Prescriber: Dr. [[N|Paul Benally-Strom]]   DEA [[LIC|FB4418273]]
Section C - Signatures
Patient: [[N|ramona etsitty]] (signed by daughter, POA)   Date [[D|1-17-25]]
""",
)

note(
    "b24-11",
    "Amadou Diallo",
    """
HOME INFUSION REFERRAL (sent [[D|Fri 9/6]]) - SOC requested [[D|9/9/24]]
Pt: [[N|Amadou Diallo]], 57 M   MRN [[MRN|MC-20339185]]
Address: [[ADDR|1514 W Elm St, Unit 2R]], [[C|Bridgeport]], CT [[Z|06604]] - 3rd-floor walk-up; spare key with neighbor Mrs. [[N|Kaminski]] (2L)
Dx: malignant SBO, gastric adenoca with peritoneal carcinomatosis; venting G-tube
Orders: Clinimix E 5/15, 1500 mL cycled over 12 h nightly; lipids 20% 250 mL MWF; weekly BMP/Mg/Phos and CBC
Access: R basilic PowerPICC 5 Fr DL, placed [[D|9/4]] by [[N|L. Dufresne]], RN; external length 2 cm
Payer: Anthem BCBS, ID [[HP|ZGX441022801]]
Emergency contact: son [[N|Ousmane]] [[PH|203-555-0119]]
Referring MD: [[N|Celestine Oduya]] - fax signed orders back to [[FX|203-555-0177]]
""",
)

note(
    "b24-12",
    "Eulalia Fontenot",
    """
HOSPICE REFERRAL - Acadiana Hospice & Palliative Care
Referral rec'd [[D|11/12/24]] 14:20 from Dr. [[N|Bertrand Arceneaux]] (onc)
Pt: [[N|Eulalia "Lala" Fontenot]], [[A|93]] y/o F   DOB [[D|02/11/1931]]   Medicare [[HP|3FN8PL2QA44]]
Lives with granddaughter/caregiver [[N|Desiree Fontenot-Guidry]] in [[C|Breaux Bridge]], [[ADDR|1142 Cypress Bend Rd]].
Dx: metastatic pancreatic adenocarcinoma, liver mets; declined further gemcitabine after C2. PPS 40%, wt loss 11 kg in 3 mo. Pain controlled on oxycodone ER 10 mg BID.
Goals: wants to be home for [[D|Thanksgiving]]; DNR signed. Her husband [[N|Clovis]] died at home on hospice in 2009 - "like he did."
Admission visit [[D|Thu 11/14]]; RN case manager [[N|Toussaint Batiste]] to call caregiver at [[PH|337-555-0126]].
""",
)

note(
    "b24-13",
    "Priyanka Venkataraman",
    """
Northlake Oncology - Survivorship Clinic
[[D|14 March 2025]]

Dear [[N|Priyanka]],

Congratulations again on reaching five years since finishing treatment. As we discussed, here is your summary:
- Classical Hodgkin lymphoma, stage IIA, diagnosed [[D|May 2019]]
- ABVD x4, completed [[D|09/2019]]; involved-site RT 20 Gy, last fraction [[D|Nov 8, 2019]]
Follow-up: yearly TSH and lipid panel; echocardiogram every 5 years; breast MRI + mammogram annually from age 30 (first due [[D|Jan 2026]]).
Your PCP, Dr. [[N|Hollis Mbeki]] in [[C|Evanston]], has a copy (faxed to [[FX|847-555-0163]]). The full plan is here: [[URL|https://mychart.northlakeonc.example.org/sv/plan?id=KX70291]]

Warmly,
[[N|Gwendolyn Arroyo]], APRN   (MRN [[MRN|55-601-293]])
""",
)

note(
    "b24-14",
    "Chen Jia-Hui",
    """
UNRELATED DONOR SEARCH SUMMARY - allo-HCT
Recipient: [[N|CHEN Jia-Hui]]   NMDP RID [[ID|0219-8873-4]]   CRID [[ID|2204417691]]
Dx: AML, FLT3-ITD+, NPM1 wt; CR1 after 7+3 + midostaurin; HiDAC consolidation x2
HLA: A*02:01, 24:02  B*40:01, 46:01  C*01:02, 07:02  DRB1*09:01, 15:01
Prelim search [[D|7/22/24]]:
  Donor [[ID|1447-6683-0]]  M 24y  CMV-  8/8 - CT sample requested [[D|7/25]]
  Donor [[ID|2905-1128-8]]  F 31y  CMV+  8/8 - secondary
  CBU [[ID|8814-2201-5]]  5/8, TNC 3.1 x10^7/kg - backup only
Full sibling [[N|Chen Jia-Wei]] (brother, lives in [[C|Kaohsiung]]) typed [[D|Aug 1]]: haploidentical.
Target admission mid-[[D|September]]; Flu/Bu4 conditioning planned.
Coordinator: [[N|Marguerite Osei]]  [[EM|mosei@bmt.pacificcancer.example.org]]  [[PH|626-555-0133]]
""",
)

note(
    "b24-15",
    "Adaeze Okonjo",
    """
MSH|^~\\&|BEACON|MCH_ONC|RXHUB|MCH|[[D|20240611143055]]||RDE^O11|[[ID|MSG00418812]]|P|2.5.1
PID|1||[[MRN|8820441]]^^^MCH^MR~[[SSN|000-52-7713]]^^^SSA^SS||[[N|OKONJO]]^[[N|ADAEZE]]^C||[[D|19750318]]|F|||[[ADDR|77 Saint Botolph St]]^^[[C|Boston]]^MA^[[Z|02116]]||[[PH|(617)555-0128]]|||||[[ACCT|V00029318844]]
PV1|1|O|INF^CH07^01||||[[ID|1093817264]]^[[N|PRZYBYLSKI]]^[[N|TOMASZ]]^^^MD
ORC|NW|[[ID|ORD7718233]]||||||[[D|20240611]]
RXE|^^^[[D|20240612]]^^R|J9035^bevacizumab^HCPCS|5|mg/kg||||||||||||||C7D1 q14d
NTE|1||wt 61.4 kg; hold if UPCR > 2 per [[N|ADS]]
""",
)

note(
    "b24-16",
    "Yves Delacroix",
    """
# export: infusion_chairs_[[D|2024-10-21]].csv   user=[[N|mabdullah]]   site=WEST   pod=B
chair,start,patient,mrn,regimen,visit,dur_min,note
1,0800,"[[N|Delacroix, Yves]]",[[MRN|3301187]],FOLFIRINOX,C4D1,240,pump hookup 46h
2,0800,"[[N|Mwangi, Esther]]",[[MRN|3309921]],pembrolizumab,C11D1,60,
3,0830,"[[N|O'Rourke, Siobhan]]",[[MRN|3287440]],Dara-VRd,C2D8,120,hx IRR w/ dara - full premeds
4,0900,"[[N|Tuilagi, Sefa]]",[[MRN|3310554]],zoledronic acid,q12w,30,Cr 1.4 - check w/ MD
5,0900,,,IV iron (ferric carboxymaltose),1/2,45,HOLD - slot open
6,1030,"[[N|Delacroix, Yves]]",[[MRN|3301187]],labs only,,15,DUPLICATE? see chair 1 - son [[N|Rémi]] drives [[PH|559-555-0145]]
# rows=6  booked_min=510  capacity_min=720
""",
)

note(
    "b24-17",
    "Leticia Boateng",
    """
Patient message (MyChart)
From: [[N|Leticia Boateng]]   To: Breast Oncology Nurse Pool   Sent: [[D|Sun 5/19/2024]] 9:42 PM
Subject: hand rash after cycle 2??

hi its [[N|leticia]]. i started the capecitabine again on [[D|friday]] (cycle 2, 1500mg twice a day) and now my palms are red and peeling, pain like 6/10 when i hold a cup. no fever. my sister [[N|abena]] said to message you tonight instead of waiting for my appt on the [[D|28th]]. should i stop the pills?? my cell is [[PH|404-555-0193]] if easier. thx

---
Reply [[D|5/20/2024]] 08:15 - [[N|Corinne Vasilakis]], RN: Hi [[N|Leticia]], please hold the capecitabine until we talk - this sounds like hand-foot syndrome (grade 2). Use urea 10% cream twice daily. I've booked you with NP [[N|Okwuosa]] tomorrow at 10:30.
""",
)

note(
    "b24-18",
    "Gideon Feld",
    """
From: [[N|Gideon Feld]] <[[EM|gfeld.photo@fastmail.example]]>
To: [[N|Hana Kobayashi]] <[[EM|hana.kobayashi@umbrellaonc.example.org]]>
Date: [[D|Tue, 09 Apr 2024]] 07:58:12 -0400
Subject: Re: FGFR2 trial - records

Hi [[N|Hana]],
Thanks for calling me back. To recap: I was diagnosed in [[D|Feb 2023]] (intrahepatic cholangiocarcinoma, FGFR2-BICC1 fusion on FoundationOne CDx), had gem/cis/durvalumab until [[D|October]], then pemigatinib since [[D|11/2023]] - last scan shows progression in the liver. My oncologist in [[C|Tucson]] is Dr. [[N|Aurelio Reyes]]; his office fax is [[FX|520-555-0111]].
I can fly out any week. My DOB is [[D|3/3/1966]]. I'm fine with you leaving detailed voicemails.
-- [[N|Gideon]]
""",
)

note(
    "b24-19",
    "Bjorn Halvorsen",
    """
IR PROCEDURE NOTE - tunneled chest port
Date [[D|2024.01.16]]   Pt [[N|Bjørn Halvorsen]]   MRN [[MRN|000772941]]   Age 68
Operator: [[N|S. Idowu]], MD   Assist: [[N|Kat Reinholt]], RT(R)   Sedation RN: [[N|dpham2]]
Indication: venous access for FOLFIRINOX (pancreatic head adenoca, borderline resectable)
Procedure: R IJ access under US; 8 Fr single-lumen power port in R chest pocket, tip at cavoatrial junction. Moderate sedation 35 min (midazolam 2 mg, fentanyl 100 mcg).
Device: PowerPort ClearVUE isp 8F, REF 1708060, lot REDW2291, serial [[DEV|PPC-0917-443856]]
EBL <5 mL. No complications. Implant card given; registration form faxed to manufacturer [[FX|800-555-0149]].
Wife [[N|Ingrid]] updated by phone [[PH|651-555-0187]]. OK to access today; C1 scheduled [[D|1/18]].
""",
)

note(
    "b24-20",
    "Rosalind Achterberg",
    """
CAR-T COORDINATION NOTE (axi-cel)   [[D|06/03/2024]]
Pt: [[N|Rosalind Achterberg]], 71F, MRN [[MRN|2290-4418]], r/r DLBCL after R-CHOP and R-GemOx
Apheresis done [[D|6/11]] - DIN [[ID|W0417 24 018832]], chain of identity [[ID|COI-7720-0193-B]]
Product shipped to manufacturing same day; expected back in about 3-4 weeks.
Bridging: pola-R x1. Lymphodepletion flu 30 / cy 500 mg/m2 days -5 to -3; infusion (Day 0) [[D|7/8]].
REMS: must stay within 2 h of the center for 4 wks; no driving for 8 wks. Tocilizumab 2 doses on hand; ICE score BID x 7 days.
Lodging: Hope Lodge, [[ADDR|215 Ridgeline Ave]], [[C|Rochester]]; caregiver husband [[N|Pieter]], cell [[PH|507-555-0112]].
""",
)

note(
    "b24-21",
    "Clarence Whitfield Jr.",
    """
DIALYSIS UNIT - TRANSPORTATION / MISSED TREATMENT REPORT
Event: [[D|12/23/2023]] (Sat)   Reported by: [[N|Hedda Lindgren]], MSW
Pt [[N|Clarence Whitfield Jr.]], MRN [[MRN|GL-118204]], usually MWF; switched to TTS for the holiday week.
Medicaid NEMT van (plate [[VEH|PA ZKT-4471]]) arrived 0640 for a 0545 chair time; driver [[N|Rashid]], badge [[ID|NEMT-2290]], trip # [[ID|T99120384]]. Pt refused to go in late: "they always do me like this."
Pre-tx K on [[D|12/21]] was 5.9. Pt called back and agreed to a make-up run on [[D|Christmas Eve]] 0600, chair 3; approved by unit manager [[N|Bernadette Ofori]].
Complaint filed with the broker; pt's niece [[N|Tamika]] ([[PH|267-555-0108]]) will drive if the van fails again.
""",
)

note(
    "b24-22",
    "Aoife Fitzgerald",
    """
LIVER TRANSPLANT - WAITLIST STATUS UPDATE
[[N|Fitzgerald, Aoife]]   MRN [[MRN|7044219]]   DOB [[D|12-Jun-1972]]
Dx: HCC within Milan (2 lesions, 2.1 and 1.4 cm), NASH cirrhosis; s/p TACE x2 in 2024
Labs [[D|07/08/24]]: bili 2.4, INR 1.6, Cr 1.1, Na 131 -> MELD 3.0 = 21
MMaT exception submitted to NLRB, case [[ID|NLRB-24-08817]] - approved.
Status active, blood group A.
Pt reachable 24/7 at [[PH|919-555-0150]]; backup: partner [[N|Maeve]], [[PH|919-555-0151]]. Lives 3 h away in [[C|Wilmington]]; will move to her sister's home at [[ADDR|88 Tryon Hill Ct]] once MELD > 25.
Hepatologist: Dr. [[N|Kwabena Asante]].   Coordinator: [[N|jmcl]] ([[N|Jen McL.]])
""",
)

note(
    "b24-23",
    "Lucinda Marrow",
    """
ORGAN OFFER LOG - KIDNEY   on-call coordinator [[N|B. Castellanos]]   [[D|Sunday 2/11/24]]
0212  Offer via DonorNet: donor [[ID|AHEC482]], match run [[ID|MR-1193557]], seq #6. DCD, 44 y/o M, KDPI 38%, terminal Cr 1.3, biopsy 5% glomerulosclerosis.
0225  Paged Dr. [[N|Verhoeven]] (txp surgeon) - provisional yes pending XM.
0231  Called candidate [[N|Lucinda Marrow]] at [[PH|410-555-0181]] - VM. Called husband [[N|Everett]] [[PH|410-555-0182]]: she is staying at her mother's in [[C|Glen Burnie]].
0249  Pt called back; NPO since midnight; en route, ETA 0430. Virtual XM negative.
0510  Admitted 6 West bed 12. Last HD [[D|Fri 2/9]], K 4.6.
0735  OR booked 1100. Cross-clamp was [[D|2/10]] 2350 (CIT ~11 h at incision).
""",
)

note(
    "b24-24",
    "Vikram S. Deshmukh",
    """
CELLULAR THERAPY PRODUCT LABEL (ISBT 128)
HPC, APHERESIS - AUTOLOGOUS USE ONLY
DIN [[ID|W1207 24 556019]]   Product code S1390   Division 003
Recipient: [[N|DESHMUKH, VIKRAM S]]   MRN [[MRN|10-449-8312]]   DOB [[D|08 SEP 1963]]
Collected [[D|27 AUG 2024]] (collection 2 of 3; first DIN [[ID|W1207 24 555873]])
Volume 244 mL   CD34+ 3.8 x10^6/kg (cumulative 6.1 x10^6/kg)   DMSO 10%
Store at or below -150 C. DO NOT IRRADIATE. DO NOT USE LEUKOREDUCTION FILTER.
Collected by [[N|T. Mukherjee]], RN   Processed by [[N|a.sorensen]]   Verified [[N|K. Estrada-Lim]]
LN2 tank 4, rack C, box 11
For auto-SCT (MM), melphalan 200 mg/m2; admit [[D|SEP 16]]
Midwest Blood & Marrow Program - FDA reg 3004417
""",
)

note(
    "b24-25",
    "Mahalia Broussard-King",
    """
RADIATION ONCOLOGY - SIMULATION & TREATMENT SCHEDULE
[[N|Mahalia Broussard-King]]   MRN [[MRN|RO-61220]]
Rx: 60 Gy / 30 fx IMRT, R upper lobe, with weekly carboplatin AUC 2 / paclitaxel 45 mg/m2
CT sim: [[D|Wednesday, September 25]], 8:00 AM - 4D CT, arms up on wing board
First fraction: [[D|Monday 10/7]]; daily M-F at 2:15 PM on Linac 3 (TrueBeam)
No treatment [[D|Indigenous Peoples' Day]]; one fraction added at the end.
On-treatment visits with Dr. [[N|Ezinne Chukwu]] on Thursdays after treatment.
Transportation: ACS Road to Recovery volunteer [[N|Walt Gruber]] picks her up at [[ADDR|6 Larkspur Ln]], [[C|Metairie]] - call him at [[PH|504-555-0179]] if schedule changes.
Skin care: Aquaphor to the treated area BID; report cough or painful swallowing.
""",
)

note(
    "b24-26",
    "Comfort Abernethy-Osei",
    """
STERILE COMPOUNDING - HAZARDOUS (USP 800) - ADMIXTURE LABEL
[[N|ABERNETHY-OSEI, Comfort]]                Rm 4112-B
MRN [[MRN|M0091287]]   Acct [[ACCT|430019982201]]   DOB [[D|04/04/1988]]
CYCLOPHOSPHAMIDE 1,140 mg in NS 250 mL
Rate 250 mL/h over 60 min   Route IV
BSA 1.90 m2 x 600 mg/m2 = 1,140 mg (ddAC, C2D1)
Prepared [[D|02/27/25]] 07:52   BUD [[D|02/28/25]] 07:52 - refrigerate
Compounded by [[N|lnakamura]], CPhT   Verified by [[N|Oluwaseun Adeyemi]], RPh
Chair-side double check: [[N|M. Cruz]], RN / [[N|D. Whitehorse]], RN
CHEMOTHERAPY - DISPOSE AS TRACE CHEMO WASTE
Order [[ID|CH-8840221]]
""",
)

note(
    "b24-27",
    "Osvaldo Valenzuela",
    """
EHR ACCESS AUDIT - break-the-glass review (Privacy Office)
Record: [[N|VALENZUELA, Osvaldo]]   MRN [[MRN|6600124]]   confidential flag: yes (local TV anchor)
timestamp            user          ip              action
[[D|2024-08-02]] 13:04  [[N|kpatel3]]       [[IP|10.42.18.77]]     OPEN chart (oncology, treating)
[[D|2024-08-03]] 22:51  [[N|rfiorentino]]   [[IP|172.16.9.203]]    BTG, reason "covering"
[[D|2024-08-03]] 22:53  [[N|rfiorentino]]   [[IP|172.16.9.203]]    PRINT problem list
[[D|2024-08-04]] 09:15  svc_hl7       (internal)      interface msg, system account
Finding: [[N|rfiorentino]] ([[N|Renata Fiorentino]], unit clerk, Med-Surg) is not on the care team and gave no clinical reason. Referred to HR on [[D|8/6]]; privacy case [[ID|PRV-2024-0193]].
""",
)

note(
    "b24-28",
    "Dermot Sullivan",
    """
Oncology nurse navigation - telephone encounter
[[D|1/30/25]] 1105  Incoming from pt's wife, [[N|Marguerite "Peg" Sullivan]], re: husband [[N|Dermot]] (MRN [[MRN|338-77-102]]).
5-6 loose stools/day since [[D|Monday]] (C1D8, FOLFIRI). Taking loperamide 2 mg q2h per protocol, last dose 1030. Drinking ~1 L/day, dizzy on standing. Temp 99.1.
Per standing orders offered ED vs same-day infusion for IV fluids; she prefers infusion - booked 1:30 today, chair 6.
Confirmed callback [[PH|508-555-0166]] (home).
She asks whether their son [[N|Kieran]] may pick up Rx at CVS in [[C|Shrewsbury]] - yes, he is on the HIPAA release.
Routed to Dr. [[N|Thandiwe Mokoena]]. -[[N|ACF]], RN
""",
)

note(
    "b24-29",
    "Subject 021-0033",
    """
SERIOUS ADVERSE EVENT REPORT - INITIAL
Protocol BTX-417-02 (Ph 1b, anti-BCMA x CD3 bispecific)   Site 021
Subject [[ID|021-0033]]   Initials [[N|R-H]]   Age 64   Sex M
Event: cytokine release syndrome, grade 3 (ASTCT)
Onset [[D|14-Nov-2024]] 02:30, ~26 h after step-up dose 2 (C1D4)
Treatment: tocilizumab 8 mg/kg x2, dexamethasone 10 mg q6h, ICU transfer. Outcome: resolving.
Sponsor notified 09:10 same day via safety portal, ack # [[ID|SAE-BTX-004419]]
Reporter: [[N|Chiamaka Eze]], RN, CRC   [[EM|c.eze@stlukescancer.example.org]]   [[PH|816-555-0122]]
Investigator: [[N|Lars-Erik Nyqvist]], MD   signed [[D|15-Nov-2024]]
IRB 2023-0447; IND 162551
""",
)

note(
    "b24-30",
    "Thu-Trang Pham",
    """
CANCER GENETICS - RESULT LETTER                     [[D|August 19, 2024]]

Ms. [[N|Thu-Trang Pham]]
[[ADDR|3321 Del Paso Blvd, #14]]
[[C|Sacramento]], CA [[Z|95815]]

Dear Ms. [[N|Pham]],
Your germline panel (accession [[ID|RQ8841290]]) found a pathogenic variant in BRCA2 (c.5946delT). This explains your ovarian cancer diagnosis at 52 and matters for your relatives. We recommend testing for your daughter [[N|Kim-Lien]] and your brother [[N|Tuan]] in [[C|Houston]], and a family letter is enclosed. Olaparib maintenance is now an option - Dr. [[N|Harutyunyan]] will discuss it at your [[D|9/3]] visit.
[[N|Sunniva Ekdahl]], MS, CGC   [[PH|916-555-0178]]
""",
)

note(
    "b24-31",
    "Abdirahman Warsame",
    """
HOME PERITONEAL DIALYSIS - TRAINING COMPLETION / EQUIPMENT
Pt [[N|Abdirahman Warsame]]   MRN [[MRN|PD-44071]]   Training RN [[N|Joanne Kiefer-Baptiste]]
Training: 5 sessions, [[D|3/4]] through [[D|3/11]], Somali interpreter [[N|Hodan]] present for all.
Cycler: Baxter Amia with Sharesource, S/N [[DEV|AM2K-118840]]; modem paired and tested.
Rx: CCPD 4 exchanges x 2.2 L over 9 h, 1.5%/2.5% dextrose; last fill 1.5 L icodextrin. Target UF 800 mL/day.
Supplies to [[ADDR|1480 Riverside Ave S, Apt 907]], [[C|Minneapolis]] [[Z|55454]] - elevator building; monthly delivery on the 2nd Tuesday.
Pt passed return demonstration, exit-site care and peritonitis teaching (cloudy bag = call). Wife [[N|Faadumo]] is backup operator.
Start home CCPD [[D|3/14/25]]; first clinic visit in 2 weeks.
""",
)

note(
    "b24-32",
    "Raymond Kealoha",
    """
TRANSIENT (VISITING) DIALYSIS REQUEST
Home unit: Bayou City Kidney Center - contact [[N|Odalys Ferreira]], RN, [[PH|713-555-0131]]
Visiting unit: Kona Coast Dialysis, [[C|Kailua-Kona]], HI
Patient: [[N|Raymond Kealoha]]   DOB [[D|10/30/1955]]   Home MRN [[MRN|BCK-00917]]
Dates requested: [[D|Dec 26]] - [[D|Jan 9]] (MWF, first shift if possible)
Insurance: UnitedHealthcare Medicare Advantage, member [[HP|918227401]]
HBsAg neg, anti-HBs 48; HCV neg. Last Kt/V 1.38. EDW 88.0 kg. No heparin (HIT history).
Access: R forearm AVG, 15G needles.
Staying with cousin [[N|Leilani Akana]], [[ADDR|75-5660 Palani Rd]], tel [[PH|808-555-0124]].
""",
)

note(
    "b24-33",
    "Genevieve Anne Lefebvre",
    """
CANCER REGISTRY ABSTRACT (NAACCR v24)   abstractor [[N|dwojcik]]
Accession [[ID|2024-00781]]   Seq 00   Reportable: Y   Class of case 14
Name: [[N|LEFEBVRE, GENEVIEVE ANNE]]   SSN [[SSN|900-18-4472]]   MRN [[MRN|17729016]]
Address at dx: [[ADDR|PO Box 318]], [[C|Presque Isle]], ME [[Z|04769]]
Date of dx: [[D|03/21/2024]]
Primary site C18.2 ascending colon; histology 8140/3; grade 2
AJCC 8th: pT3 pN1b cM0, stage IIIB; 4/19 nodes positive; MSS; KRAS G12D
First course: R hemicolectomy [[D|04/09/2024]]; CAPOX x8 started [[D|05/14/2024]]
Follow-up: alive, NED; last contact [[D|11/2024]]
""",
)

note(
    "b24-34",
    "Folasade Ogunbiyi",
    """
SURGICAL PATHOLOGY REPORT                    Accession: [[ID|S25-04417]]
Patient: [[N|Ogunbiyi, Folasade]]   MRN: [[MRN|0056219934]]   DOB: [[D|1977-10-02]]
Collected/received: [[D|2025-01-08]]   Signed out: [[D|2025-01-13]]
Submitting: Dr. [[N|Whitcombe]]
SPECIMENS: A. Right breast, lumpectomy. B. Right axillary sentinel LN #1.
DIAGNOSIS:
A. Invasive ductal carcinoma, Nottingham grade 2 (3+2+2), 1.8 cm; margins negative (closest 3 mm, posterior). DCIS, intermediate grade, ~10%. pT1c.
B. One lymph node, negative for carcinoma (0/1). pN0(sn).
Biomarkers (core [[ID|S24-31902]]): ER 95%, PR 60%, HER2 1+ (HER2-low), Ki-67 15%.
Oncotype DX requisition [[ID|OT-5571024]].
Electronically signed: [[N|Mirela Dragomir]], MD
""",
)

note(
    "b24-35",
    "Yasmin El-Amin",
    """
Kidney txp clinic - POD 46 - [[D|Thursday 5/16]]
[[N|Yasmin El-Amin]], 38F, DDKT [[D|3/31/2024]] (donor [[ID|AGGE117]], KDPI 22%), MRN [[MRN|TX-30441]]
Induction thymoglobulin; maintenance tac / MMF / pred 5.
Tac trough 5.8 (goal 8-10), was 9.1 last week. Admits missing PM doses when she works nights at the bakery.
Cr 1.24 (baseline 1.1-1.2), UPCR 0.2, BK PCR neg, DSA neg.
Plan: tac 4 mg -> 5 mg BID; recheck trough [[D|Mon 5/20]] at Labcorp, 12 h post dose.
Pill-box app set up; sister [[N|Nour]] will text reminders.
Stent removed by cystoscopy 4 wks post-op (Dr. [[N|Kaczmarczyk]]).
Next visit 2 wks. Transplant pharmacist [[N|Hyun-woo Baek]], PharmD.
""",
)

note(
    "b24-36",
    "Eli M. Stoltzfus",
    """
CMS-2728 END STAGE RENAL DISEASE MEDICAL EVIDENCE REPORT (excerpt)
1. Name: [[N|Stoltzfus]], [[N|Eli M.]]   2. Medicare #: [[HP|5TR2QH7NN38]]
3. DOB [[D|09/14/1948]]   4. Phone [[PH|717-555-0113]]
5. Mailing address: [[ADDR|1290 Newport Rd]], [[C|Leola]], PA [[Z|17540]]
12. Primary cause of renal failure: E11.22 (type 2 DM with CKD)
17. Comorbid: CHF, insulin-dependent diabetes
18. Labs before first dialysis: Cr 7.9, BUN 102, Hgb 8.7, eGFR 6, albumin 3.1
23. Date regular chronic dialysis began: [[D|10/02/2024]]
26. Facility CCN 39-2588
Physician: [[N|Harjit Sandhu]], MD   NPI [[ID|1427093381]]   Date signed [[D|10/29/24]]
""",
)

note(
    "b24-37",
    "Agnieszka Kowalczyk-Rahman",
    """
INFORMED CONSENT FOR CHEMOTHERAPY / BIOTHERAPY
Patient: [[N|Kowalczyk-Rahman, Agnieszka]]   MRN [[MRN|A3301945]]
Regimen: gemcitabine + nab-paclitaxel days 1, 8, 15 q28d (metastatic pancreatic adenoca)
Risks discussed incl. neutropenia/infection, neuropathy, fatigue, alopecia, pneumonitis, thrombosis, rare HUS. Fertility n/a.
Questions answered; pt chose to proceed. Polish interpreter [[N|Zbigniew Lis]] via video.
Patient signature: [[N|A. Kowalczyk-Rahman]]   [[D|17.02.2025]]
Witness: [[N|Precious Mthembu]], RN   [[D|17.02.2025]]
Physician: [[N|Henrik Aalto]], MD   [[D|2/17/2025]] 10:40
Pt requests a copy emailed to [[EM|aga.kr77@onet.example.pl]].
""",
)

note(
    "b24-38",
    "Jerome Baptiste-Louis",
    """
INFUSION REACTION - Infusion Center Pod B, chair 22   [[D|10/08/24]]
[[N|Jerome Baptiste-Louis]], [[A|90]] y/o M, MRN [[MRN|551-902-13]], CLL; C1D1 obinutuzumab 100 mg (first infusion), 25 mg/h at 1318.
1331 c/o throat tightness, flushing, rigors. BP 88/50, HR 124, SpO2 91% RA. Infusion STOPPED.
1332 RN [[N|Ahn]] called MD; NS bolus; diphenhydramine 50 mg IV, hydrocortisone 100 mg IV, famotidine 20 mg IV; O2 2 L.
1340 Dr. [[N|Galloway-Nunez]] at bedside. Grade 3 IRR.
1405 resolved, BP 116/70. Restarted at 12.5 mg/h, completed w/o event.
Safety report [[ID|EVT-24-118350]] filed.
Daughter [[N|Marie-Ange]] called at [[PH|786-555-0115]]; she will drive him home.
D2 (900 mg) tomorrow with premeds.
""",
)

note(
    "b24-39",
    "Dominic Saint-Pierre",
    """
TRANSPLANT FINANCIAL CLEARANCE - HEART
Candidate: [[N|Dominic Saint-Pierre]]   MRN [[MRN|H-7730091]]   Guarantor acct [[ACCT|GA-00883142]]
Primary: Aetna PPO, member [[HP|W229104473]], group [[HP|0188451-010-00007]]
Benefits verified [[D|1/6/2025]] with rep "[[N|Janelle]]", call ref [[ID|CR-20250106-5512]].
Transplant benefit in network (Institutes of Excellence); travel/lodging up to $10k.
Est. pt responsibility: $6,500 OOP max; immunosuppressants Tier 4, 30% coinsurance.
Fundraising page: [[URL|https://www.gofundme.example.com/f/dominics-new-heart]] - counselor advised on COTA.
Prior hospital account [[ACCT|40022917713]] has a $2,140 balance; payment plan in place.
Cleared for listing. - [[N|Roxanne Dubois]], financial coordinator
""",
)

note(
    "b24-40",
    "Mateo Orozco",
    """
DONOR FAMILY SERVICES - CORRESPONDENCE LOG
Letter received [[D|April 22, 2024]] from a kidney recipient, addressed "to the family of my donor". Per policy the recipient's first name and town were removed before forwarding.
Forwarded to donor's mother, Mrs. [[N|Guadalupe Orozco]], [[ADDR|2219 E Monte Vista Ave]], [[C|Phoenix]], AZ [[Z|85006]].
Donor: [[N|Mateo Orozco]], age 19, donor ID [[ID|DN-AZ-23-0815]]; recovery [[D|8/15/2023]].
Mrs. [[N|Orozco]] called [[D|5/9]] ([[PH|602-555-0146]]) - tearful, grateful; asked whether she can meet the recipient. Explained mutual-consent process; release signed.
Aftercare coordinator: [[N|Priscila Navarro]]
""",
)

note(
    "b24-41",
    "Rosario Quispe Mamani",
    """
TRABAJO SOCIAL / SOCIAL WORK NOTE - Oncologia
[[D|martes 15 de octubre]] - visita con Sra. [[N|Rosario Quispe Mamani]] y su hijo [[N|Wilber]] (interpreter [[N|Marta]], in person).
Pt (AML, post-induction, awaiting count recovery, 4 West) worried about rent at [[ADDR|3310 Sheridan Rd, Apt 5]], [[C|Kenosha]] WI; landlord Sr. [[N|Olsen]] has been patient.
Applied for Emergency Medicaid; case # [[ID|WI-EM-2024-887163]]. LLS urgent-need grant submitted. Gas cards x4 given to son.
Pt asks that her sister in [[C|Cochabamba]], Bolivia, be updated by WhatsApp ([[PH|+591 71550142]]).
Pt hopes to be discharged before [[D|Dia de los Muertos]].
""",
)

note(
    "b24-42",
    "Darnell Pruitt",
    """
Voicemail transcript (auto) - Oncology Scheduling - rec'd [[D|03/02/2025]] 6:12 PM from [[PH|2705550109]]
"hi this is uh [[N|Darnell Pruitt]] [[N|P-R-U-I-T-T]], date of birth [[D|april second nineteen sixty]], um I'm calling cause I got a letter saying my scan got moved to the [[D|eleventh]] but I already got dialysis that morning... so can somebody call me back, my number is [[PH|two seven zero, five five five, zero one zero nine]], or my wife [[N|Charlene]] her cell. it's for the PET for my lymphoma. ok bye"
Transcription confidence 0.71
Action: [[N|gwhitt]] called back next morning 0915; PET moved to [[D|3/13]] 1:00 PM (after HD). Pt agreeable.
""",
)

note(
    "b24-43",
    "Fiona MacKinnon",
    """
FAX COVER SHEET   *** CONFIDENTIAL ***
Date: [[D|07/29/2024]]   Pages: 14 incl. cover
To: Dr. [[N|Ivana Petrović]], Gyn Onc, Women & Infants   Fax [[FX|(401) 555-0197]]
From: [[N|Shawna Redcloud]], Medical Records, Cape Cod Hematology-Oncology   Fax [[FX|508-555-0138]]   Ph [[PH|508-555-0137 x2204]]
RE: [[N|MacKinnon, Fiona]]   DOB [[D|6/6/1981]]   our chart [[MRN|CCHO-55182]]
Enclosed: op note, path [[ID|SH24-11906]], CT C/A/P, CA-125 trend, carboplatin/paclitaxel flowsheets C1-C6.
Pt requests 2nd opinion re: PARP maintenance; please call her to schedule.
If you received this in error, notify sender and destroy all copies.
""",
)

note(
    "b24-44",
    "Tomasz Kruk",
    """
SMS log - Oncology Specialty Rx outreach (pt opted in [[D|2/2/24]]) - to [[PH|+1 312-555-0120]]
[[D|03/14]] 10:02 OUT: Hi [[N|Tomasz]], this is [[N|Zoe]] from Lakeshore Specialty Pharmacy. Your Lonsurf refill (order [[ID|LSP-771902]]) is ready to ship. Reply 1 to ship to the address on file, 2 to change address.
[[D|03/14]] 10:40 IN: 2 im at my sons in [[C|skokie]] till [[D|easter]]
[[D|03/14]] 10:41 OUT: No problem! Please text the full address.
[[D|03/14]] 10:58 IN: [[ADDR|8124 Kilbourn ave]] [[C|skokie]] [[Z|60076]] ring bell, name on door is [[N|KRUK]]
[[D|03/14]] 11:03 OUT: Updated. UPS tracking [[ID|1Z9A7W240311834470]], arrives tomorrow by 8 PM: [[URL|https://ups.example.com/track?tn=1Z9A7W240311834470]] - [[N|Zoe]]
""",
)

note(
    "b24-45",
    "Aaliyah Brooks-Tran",
    """
PEDIATRIC HEM/ONC - DAY HOSPITAL NOTE
[[N|Aaliyah Brooks-Tran]] ("[[N|Lee-Lee]]"), 6 y/o, B-ALL standard risk, maintenance cycle 3 day 29 (COG-style backbone, not on study)
With mom [[N|Kendra]] and grandmother Mrs. [[N|Tran]].
Vincristine 1.5 mg/m2 IV push via port (accessed by [[N|Ximena]], RN); dex pulse d29-33; 6-MP 50 mg/m2 nightly; MTX 20 mg/m2 weekly on Saturdays.
ANC 1,240, Plt 210, ALT 88. IT MTX due next pulse, [[D|Feb 24]].
Kindergarten at Lincoln Elementary - homebound teacher request sent.
Make-A-Wish referral in (wish ID [[ID|MAW-IL-25-0341]]); [[N|Lee-Lee]] wants to meet a real penguin.
Mom's cell [[PH|217-555-0153]]. Next visit [[D|Mon 2/24]].
""",
)

note(
    "b24-46",
    "Subject HCC2-07-0112",
    """
ELIGIBILITY CHECKLIST - Protocol HCC-RAD-2 (TARE + atezolizumab/bevacizumab), amendment 4
Subject ID [[ID|HCC2-07-0112]]   Initials [[N|J.O.M.]]   Consent signed [[D|04/18/2024]]
INCLUSION                          Y/N  Source
1. Age >= 18                        Y   DOB [[D|7/9/1956]]
2. HCC, LI-RADS 5 or biopsy         Y   MRI [[D|3/29/24]]: LR-5, 4.2 cm, segment 8
3. BCLC B/C, Child-Pugh A5-B7       Y   CP A6 (bili 1.4, albumin 3.3)
4. ECOG 0-1                         Y   ECOG 1 per Dr. [[N|Abiodun]]
5. Adequate organ function          Y   ANC 2.8, Plt 96, INR 1.2, Cr 0.9
EXCLUSION
1. Prior systemic therapy for HCC   N
2. Untreated varices                N   EGD: small, banded x3 by Dr. [[N|Fenwick-Achebe]]
Eligible: YES   Verified [[N|Carmen Solís-Ybarra]], CRC, [[D|4/22/24]]   PI [[N|Osamu Hirano]], MD
""",
)

note(
    "b24-47",
    "Konstantinos Papadopoulos",
    """
DISCHARGE SUMMARY - Heme/Onc
[[N|PAPADOPOULOS, KONSTANTINOS]]   MRN [[MRN|19-304-552]]   Adm [[D|12/26/2024]]   D/C [[D|01/02/2025]]
Attending: [[N|Liesl Vandermeer]], MD
Dx: neutropenic fever (ANC 80) after C2 of DA-EPOCH-R for PMBCL; Klebsiella bacteremia (ESBL).
Course: cefepime -> ertapenem. Counts recovered on HD 6; afebrile x 72 h. Rang in the [[D|New Year]] on the unit with family - spirits good.
D/C meds: ertapenem 1 g IV q24h x 7 more days via home infusion (Coram); PICC R basilic, 42 cm.
Follow-up: Dr. [[N|Vandermeer]] in 1 week; C3 once ANC > 1,000.
Wife [[N|Eleni]] (HCP) - [[PH|312-555-0190]].
Address on file: [[ADDR|2714 N Kedzie Blvd]], [[C|Chicago]] [[Z|60647]].
""",
)

note(
    "b24-48",
    "Miriam Loewenthal",
    """
SAFETY EVENT REPORT - hazardous drug spill, infusion pharmacy satellite (Level 2)
When: [[D|Sat 6/22/24]] 1412   Reporter: [[N|Ngozi Ekwueme]], badge [[ID|E-118402]]
What: IV bag of carboplatin 560 mg (pt [[N|Loewenthal, Miriam]], MRN [[MRN|662-19-044]], C4D1) ruptured at the spike port during pneumatic-tube transport, station 14 to 22; ~50 mL inside the carrier.
Response: spill kit by [[N|F. Castellano-Ruiz]] (badge [[ID|E-120977]]); carrier bagged and quarantined. No staff exposure; eyewash not needed.
Dose remade; infusion delayed 95 min. Pt informed and understanding; her son [[N|Avi]] asked to speak with the manager, [[N|Renée Fairclough]], who met them at chairside.
Root cause: carrier liner not used. Tube-system lockout placed for chemo until re-education done.
""",
)

note(
    "b24-49",
    "Ezekiel Mukamuri",
    """
E-PRESCRIPTION - CONTROLLED SUBSTANCE (C-II)
Patient: [[N|Ezekiel Mukamuri]]   DOB [[D|03/09/1962]]
[[ADDR|401 S 4th St, Apt 12]], [[C|Louisville]], KY [[Z|40202]]
Rx: hydromorphone 4 mg tab, 1 PO q4h PRN severe pain (bone mets, 8/10), #60 (sixty), 0 refills
Written [[D|09/17/2024]]
Prescriber: [[N|Adaeze Nwachukwu-Hill]], MD   DEA [[LIC|BN5529184]]   KY lic [[LIC|41877]]   NPI [[ID|1316925541]]
PDMP (KASPER) reviewed same day - only prescriber; last fill 30 days ago.
Pharmacy: Kroger #0612 (e-sent)
Pain agreement on file; naloxone 4 mg nasal co-prescribed. Urine tox due next visit.
""",
)

note(
    "b24-50",
    "Hollis Abernathy-Greer",
    """
WILL-CALL PICKUP LOG - oral chemotherapy
[[D|10/31/24]] 16:55   temozolomide 140 mg caps x5 (C4, days 1-5) for [[N|Hollis Abernathy-Greer]], MRN [[MRN|GBM-0087713]]
Picked up by: [[N|Saoirse Greer]] (spouse). ID checked: NY driver license [[LIC|712 448 905]], exp [[D|08/2027]]. Relationship verified on file.
Counseled: wear gloves, take at bedtime on an empty stomach, ondansetron 30 min before. Kids are not to handle the bottle.
Pharmacist [[N|Kofi Mensah-Bonsu]] also reviewed locked-box storage.
Signature pad: "[[N|S Greer]]"
Security note: car left in fire lane, plate [[VEH|NY KMR-4471]]; owner moved it when paged.
""",
)

note(
    "b24-51",
    "Mohinder Kaur Gill",
    """
REFERRAL - VASCULAR ACCESS (AVF creation)      [[D|Aug 5 2024]]
Pt: [[N|Mohinder Kaur Gill]], 67F, MRN [[MRN|NR-004417]]. CKD 5, not yet on HD; eGFR 11, K 5.2, CO2 18.
Vein mapping: L cephalic 3.1 mm at wrist, 3.6 mm at antecubital fossa.
Request: L radiocephalic AVF; preserve R arm (no BP/IV); pt is R-handed.
Nephrologist: Dr. [[N|Vikas Reddy-Menon]]; surgeon requested: Dr. [[N|Annalise Brockmann]], Valley Vascular.
Payer: Medi-Cal [[HP|91447820A]] + Medicare [[HP|6QW1VB3XT09]]
Pt speaks Punjabi; son [[N|Harpreet]] coordinates appointments - [[EM|harpreet.gill.fresno@gmail.example]].
Home: [[ADDR|4470 E Shields Ave]], [[C|Fresno]] [[Z|93726]]
""",
)

note(
    "b24-52",
    "Teodora Marinescu",
    """
GI TUMOR BOARD - attendance & case list   [[D|Tuesday 11/19]] 7:00 AM, Conf Rm 3B + Zoom
Present: [[N|Bello]] (med onc), [[N|Hargreaves]] (surg), [[N|Ito]] (IR), rad onc, path, GI, nurse nav
1. [[N|W.F.]], 71M, MRN [[MRN|44092881]] - rectal adeno T3N1, TNT (FOLFOX then LCCRT); cCR -> watch & wait
2. [[N|R.S.-A.]], 49F - pancreatic tail, borderline resectable; mFOLFIRINOX x6, CA 19-9 1200 -> 88; to OR
3. outside referral from Dr. [[N|Greenbaum]] - HCC, 3 lesions; discuss Y-90 vs MWA
4. [[N|Teodora]] ("[[N|Teddie]]") [[N|Marinescu]], [[A|94]]F - linitis plastica, palliative care only; family agrees
Recorder: [[N|mhutchins]]
""",
)

note(
    "b24-53",
    "Dmitri Orlov",
    """
To: infusion schedulers / charge RNs
From: [[N|Bettina Schaumberg]], RN, nurse manager
Re: holiday closures

The center is closed [[D|Thanksgiving]] and [[D|Christmas Day]]. Patients whose D1 falls on those dates move to the prior business day unless the MD says otherwise:
- [[N|Orlov, Dmitri]] (MRN [[MRN|5520178]]) FOLFIRI C9 moves to [[D|Wed 11/27]]; pump disconnect the day after the holiday by home infusion.
- [[N|Achebe, Ngozi]] (MRN [[MRN|5519004]]) daratumumab SC, weekly: [[D|12/24]] AM. She is in her [[A|90s]] - first chair, please.
- [[N|Shapiro, Leah]] pembrolizumab q6w: Dr. [[N|Ferraro]] approved [[D|12/27]] instead.
Capacity on [[D|Black Friday]] is 60%; no regimens longer than 3 h that day.
Questions: [[PH|970-555-0102]].
""",
)

note(
    "b24-54",
    "Callum J. Dunbar",
    """
Dear Dr [[N|Ferreira-Lindahl]],

Re: Mr [[N|Callum J. Dunbar]], DOB [[D|23/04/1958]], NHS number [[ID|943 476 5919]]

Thank you for seeing Mr [[N|Dunbar]], who has moved from [[C|Inverness]] to [[C|Portland]], Maine, to be near his daughter. He had a left radical nephrectomy on [[D|02/09/2021]] for clear-cell RCC, pT3a, ISUP grade 3, and started adjuvant pembrolizumab, completing 17 cycles on [[D|14/10/2022]]. Surveillance CT on [[D|06/06/2024]] showed a new 9 mm right lower lobe nodule; I would be grateful for your view on biopsy versus short-interval imaging.
His address is now [[ADDR|17 Bramhall Terrace]], [[C|Portland]] ME [[Z|04102]]; mobile [[PH|207-555-0129]].

Yours sincerely,
Dr [[N|Euan McAllister]], Consultant Medical Oncologist
""",
)

note(
    "b24-55",
    "Augustin Ramirez-Ochoa",
    """
BEREAVEMENT FOLLOW-UP CALL - 3 months
Decedent: [[N|Augustín Ramírez-Ochoa]], died [[D|08/14/2024]] at home (hospice LOS 23 d), pancreatic ca
Primary bereaved: wife [[N|Concepción]] ("[[N|Conchi]]"), [[A|91]] y/o, now living alone in [[C|San Ysidro]] [[Z|92173]]
Call by chaplain [[N|Ephraim Gottlieb]]: eating, sleeping poorly. Grandson visits on Sundays. Anniversary reaction expected around their wedding date ([[D|Dec 8]]) and [[D|Nochebuena]].
Risk: moderate (age, isolation). Plan: monthly calls x 13 mo; grief packet mailed in Spanish; invited to the parish memorial Mass at St. Jude's.
Contact [[PH|619-555-0118]].
""",
)

note(
    "b24-56",
    "Harriet Oyelowo-Banks",
    """
DME / INFUSION EQUIPMENT PICKUP - hospice discharge (death)
Pt: [[N|Harriet Oyelowo-Banks]], [[A|96]] y/o   Acct [[ACCT|HI-0093381]]   Date of death [[D|1/4/2025]]
Pickup at: [[ADDR|9 Windmill Ct]], [[C|Cherry Hill]], NJ
Items:
 - CADD-Solis VIP pump, SN [[DEV|SV2-338190]] (hydromorphone PCA; cassette wasted with witness)
 - Hospital bed, Invacare, asset tag [[DEV|HB-44719]]
 - Oxygen concentrator 5 L, SN [[DEV|EV5-1109987]]
 - IV pole, commode (no serials)
Contact: son-in-law [[N|Kwame]], [[PH|856-555-0183]]
Driver [[N|Luis Barraza]], truck [[VEH|NJ AK552T]]; all items retrieved 1430, cleaned per protocol.
""",
)

note(
    "b24-57",
    "Quentin Delacourt-Amadi",
    """
HOME HEMODIALYSIS - REMOTE MONITORING ALERT
Pt [[N|Quentin Delacourt-Amadi]]   MRN [[MRN|HHD-2217]]   NxStage System One S/N [[DEV|NX1-0082215]]
Tablet gateway last check-in [[D|2024-09-30]] 21:47 from [[IP|73.182.44.19]]
Alert: 3 consecutive flagged runs, arterial pressure alarms; treatment shortened to 1h50m (Rx 2h45m x5/wk). Standing dialysate 50 L, UF goal 1.5 L.
Called pt next morning at [[PH|(414) 555-0148]]; care partner [[N|Marisa]] reports a new cannulator and a sore buttonhole track.
Home visit by [[N|N. Kapoor]], RN; supply depot order [[ID|NXS-88123409]].
Flowsheet link: [[URL|https://nx2me.example.com/patients/HHD-2217/alerts]]
""",
)

note(
    "b24-58",
    "Sipho Ndlovu",
    """
BIOREPOSITORY SPECIMEN MANIFEST - Lung SPORE tissue bank
Consent: [[N|Ndlovu, Sipho]], signed [[D|January 16, 2025]], consent v7 (future genetic research: YES; recontact: YES)
Participant [[ID|LSB-000871]]; MRN [[MRN|83017762]] (honest broker only)
Specimens from VATS RUL lobectomy, surgeon Dr. [[N|Hallström]]:
  [[ID|LSB-000871-T01]]   tumor, fresh frozen, 0.4 g, warm ischemia 18 min
  [[ID|LSB-000871-N01]]   adjacent normal lung, fresh frozen
  buffy coat (EDTA), aliquot 1 of 2
Path: adenocarcinoma, pT2aN0, EGFR L858R. Freezer -80 #6, shelf 2.
Courier: [[N|D. Oyebanji]] (lab tech), manifest signed 15:20.
Recontact: [[EM|sipho.ndlovu@protonmail.example]]
""",
)

note(
    "b24-59",
    "Brenda McAllister-Oyeleke",
    """
*** MEDICATION RECONCILIATION - ADMISSION ***   PRINTED [[D|03/05/25]] 06:14 BY [[N|JREYNOLDS]]
PT: [[N|MCALLISTER-OYELEKE, BRENDA]]   RM 7N-14   MRN [[MRN|00338217]]   AGE 58
ALLERGIES: SULFA (RASH), IODINATED CONTRAST (HIVES)
HOME MEDS:
 ABEMACICLIB 150 MG PO BID - LAST DOSE [[D|03/04]] PM - HOLD PER ONC (DIARRHEA GR 3)
 LETROZOLE 2.5 MG PO DAILY - CONTINUE
 DENOSUMAB 120 MG SC Q4W - LAST DOSE LAST MONTH (INFUSION CTR)
 LOPERAMIDE 2 MG PRN
SOURCE: PT + HUSBAND ([[N|DELROY]]) + SURESCRIPTS; SPECIALTY PHARMACY CALLED AT [[PH|888-555-0153]]
INSURANCE: HUMANA MA [[HP|H41770092]]
VERIFIED BY [[N|S. NAKASHIMA]], PHARMD
""",
)

note(
    "b24-60",
    "Ingeborg Saether-Holm",
    """
TRIAL PARTICIPANT REIMBURSEMENT - ClinCard / ACH
Study MEL-TIL-03 (TIL therapy, phase 2)   Participant [[ID|MT3-0045]]
Payee: [[N|Ingeborg Sæther-Holm]], [[ADDR|233 Hollis Brook Rd]], [[C|Montpelier]], VT [[Z|05602]]
Backup ACH: routing 011000138, acct [[ACCT|00448812790]]
Visits:
  [[D|02/03/25]]  screening - mileage 212 mi RT, $142.04
  [[D|02/18/25]]  tumor harvest - mileage + hotel, 2 nights, $498.10
  inpatient TIL/IL-2 admission (10 nights) - caregiver lodging $1,120
Submitted by [[N|Delphine Okorie]], study coordinator. W-9 on file (SSN [[SSN|000-71-3385]]).
Caregiver [[N|Magnus Holm]] - parking receipts attached.
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
