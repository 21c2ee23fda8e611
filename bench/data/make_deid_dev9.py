#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_dev9.jsonl.

Development set 9: English-language clinical text from health systems outside
the United States.  The notes imitate NHS discharge summaries, GP referral and
clinic letters from England, Scotland, Wales and Northern Ireland; Irish GP and
maternity records; Canadian consults, home-care and pharmacy printouts
(OHIP, RAMQ, MSI and other provincial health cards); Australian and New Zealand
referrals, ambulance handovers, pathology reports and an HL7 feed (Medicare,
DVA, NDIS and NHI numbers); and Indian, Nigerian, Kenyan, South African,
Philippine and Singaporean ward notes, medico-legal reports, referral slips,
SMS logs and occupational-health forms.  The emphasis is on local identifier
formats (national ID and health-insurance numbers, postcodes, Eircodes, PIN
codes), day-first and mixed date conventions, holidays used as event dates,
local address styles (flats, plots, stands, sectors, barangays, HDB blocks,
P.O. boxes) and phone numbers written in local and international forms, mixed
with many look-alike non-identifiers (facility names containing towns or
famous people, states, provinces and counties, drug identifiers, scores).

Annotation conventions (HIPAA Safe Harbor):
* NAME covers patients, relatives, friends, carers and staff, including
  nicknames, initials standing for a person, names in any case, log-in names
  and handles.  Titles and honorifics (Dr, Mrs, Smt., Sr., Aling, Engr., HC,
  DC, Mal.) and credentials (RN, MD, RM, CNM2) are left outside the span;
  kinship words (gogo, lola, apo, chettan), pets, eponyms, celebrities and
  names inside facility, company or street names are not NAMEs.
* DATE covers every date element finer than a year: full dates in any order,
  day+month, month+year, a lone month, and weekdays or holidays (Waitangi Day,
  Diwali, Boxing Day, CNY eve ...) when they date an event.  Bare years, times,
  durations, recurring schedules and ages of 89 or less are left unmarked.
* AGE is marked only for ages of 90 and above, the number alone.
* PHONE and FAX take the whole number as written, with country code or
  extension.  EMAIL, URL (patient-specific links) and IP are marked whole.
* SSN is used only for a US Social Security number.  MRN covers hospital,
  unit, UHID, folder and IP numbers; HEALTH_PLAN covers national health-card
  and health-insurance numbers (NHS, CHI, H&C, OHIP, RAMQ, MSI, PHN, Medicare,
  DVA, NHI, NDIS, ABHA, PMJAY, NHIA, SHA, PhilHealth, medical-aid, HMO and
  travel-policy numbers); ACCOUNT covers billing, visit and payment accounts;
  LICENSE covers driving licences and professional registrations (GMC, GPhC,
  CPSO, AHPRA, HPCSA, PRC, MCR ...); VEHICLE covers plates; DEVICE covers
  serial numbers of implants, leads, monitors and hearing devices; ID covers
  every other personal or record identifier (NRIC, FIN, MyKad, Aadhaar, NIN,
  PPSN, National Insurance and SA ID numbers, passports, claim, case, lab,
  accession, medico-legal, police and prescription numbers).
* ADDRESS covers house/street, flat, unit, plot, lot, stand, block, sitio,
  purok and P.O. box parts; CITY covers cities, towns, suburbs, villages,
  neighbourhoods and barangays; ZIP covers postcodes, Eircodes and PIN codes.
  States, provinces, counties, territories and countries stay unmarked.
* Facility, agency and company names are not marked; when a town that is
  marked elsewhere in a note also appears inside such a name, that town is
  listed in the note's allow tuple.  Drugs, device models, DINs, lot numbers,
  scores, lab values, bed and room numbers are not identifiers.

Stdlib only.  Run: python bench/data/make_deid_dev9.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_dev9.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "d9-01",
    "Margaret Ann Holloway",
    """
DISCHARGE SUMMARY - Manchester Royal Infirmary, AMU (Ward 46)
Patient: [[N|HOLLOWAY, Margaret Ann]]   NHS No: [[HP|999 402 7731]]   Hosp No: [[MRN|M4417829]]
DOB: [[D|14/02/1931]] (age [[A|93]])   Addr: [[ADDR|Flat 3, 12 Wilmslow Court]], [[C|Fallowfield]], [[Z|M14 6QP]]
Admitted [[D|02/03/2024]] via ED; discharged [[D|09/03/2024]].
Registered GP: Dr [[N|R. Okonkwo]], Platt Lane Surgery (TTO summary sent via Docman).
Diagnoses: CAP, CURB-65 = 3; AKI stage 1 on CKD G3a. IV co-amoxiclav x3 days then doxycycline to complete 5 days. eGFR 41 at discharge (baseline 48). Furosemide held.
Social: lives alone; daughter [[N|Susan Pike]] (NOK) visits daily; Lasting Power of Attorney not in place. POC x2/day restarted.
GP actions: repeat U&E in 1/52; restart furosemide 40 mg OD if K+ and creatinine stable.
Completed by AMU FY2 at 16:40; queries via the AMU coordinator.
""",
)

note(
    "d9-02",
    "Callum James Baird",
    """
NHS Lothian - SCI Gateway referral
From: Dr [[N|Fiona McLeish]], Craigentinny Medical Practice, [[ADDR|14 Loaning Road]], [[C|Edinburgh]] [[Z|EH7 6JE]]
Tel [[PH|0131 496 0218]]
To: Respiratory Outpatients, Western General Hospital
Re: Mr [[N|Callum James Baird]]   CHI: [[HP|2107650412]]   DOB: [[D|21.07.65]]
Address: [[ADDR|2F1, 38 Restalrig Road South]], [[C|Leith]] [[Z|EH6 8BQ]]

Dear colleague,
Please see this 58 y/o retired joiner with worsening exertional dyspnoea since [[D|October]], MRC grade 3. Spirometry in practice: FEV1/FVC 0.62, FEV1 54% predicted. Ex-smoker (30 pack-yrs, quit 2019). On Trimbow 2 puffs BD. CXR: hyperinflation only. His wife reports loud snoring and witnessed apnoeas - ?OSA overlap. Keen for pulmonary rehab.
Yours sincerely (dictated but not signed)
""",
)

note(
    "d9-03",
    "Hywel Pritchard",
    """
Bwrdd Iechyd Prifysgol Hywel Dda / Hywel Dda University Health Board
Glangwili General Hospital - Diabetes Centre

[[D|17 April 2024]]

Mr [[N|Hywel Pritchard]]
[[ADDR|Ty Gwyn, 5 Heol y Bryn]]
[[C|Llandeilo]]
[[Z|SA19 6HT]]

Dear Mr [[N|Pritchard]],
NHS number [[HP|999 318 2264]]   Unit no. [[MRN|G0092817]]
Thank you for attending the foot protection clinic with your son. Your HbA1c was 71 mmol/mol. The ulcer on the left hallux has reduced to 0.8 x 0.6 cm. Please keep off-loading in the Darco shoe and continue Lantus 22 units at night. Your podiatrist [[N|Ceri Vaughan-Jones]] will phone you on [[PH|01632 960 184]] to arrange weekly dressings.
Next clinic: [[D|Tuesday 21 May]].
Cofion cynnes,
Dr [[N|Sian Morgan]], Consultant Diabetologist
""",
    allow=("Hywel",),
)

note(
    "d9-04",
    "Seán Ó Dochartaigh",
    """
Belfast Health and Social Care Trust - Royal Victoria Hospital
FRACTURE CLINIC   [[D|Thu 08/02/24]]
Name: [[N|Seán Ó Dochartaigh]] (goes by "[[N|Shane]]")   H&C No: [[HP|320 555 0178]]   RVH No: [[MRN|RV0551237]]
Home: [[ADDR|27 Glen Road]], [[C|Andersonstown]], [[Z|BT11 8BU]]; mob [[PH|07700 900552]]
Hx: injured playing hurling at the weekend. Distal radius #, dorsal angulation 15 deg, MUA in ED under haematoma block.
Check XR today: position maintained. Backslab changed to full cast.
Plan: cast 5/52; VFC review with XR on [[D|14/03/24]]. Physio referral to Musgrave Park.
Pt drives a delivery van for his brother's courier firm; fit note given x6/52.
Seen by: Mr [[N|P. Gallagher]] (ST5 T&O) / scribe [[N|lmcgrath2]]
""",
)

note(
    "d9-05",
    "Nuala Brennan-Keogh",
    """
Ballymun Road Family Practice
[[D|12th June 2024]]

To: Emergency Department, Beaumont Hospital

Re: [[N|Nuala Brennan-Keogh]], DOB [[D|03/09/1948]]
[[ADDR|Apt 14, Santry Cross]], [[C|Santry]], [[Z|D09 K7W2]]
PPSN [[ID|5550127TA]]   GMS medical card [[HP|5551029B]]

Dear Doctor,
I would be grateful if you would assess Mrs [[N|Brennan-Keogh]] today. She has new onset AF (rate 130s), breathlessness on minimal exertion and bilateral ankle oedema since the weekend. BP 104/66, SpO2 93% on air. CHA2DS2-VASc 4. Not anticoagulated. She takes bisoprolol 2.5 mg and ramipril 5 mg.
Her husband is driving her in (he also cares for her mother, in her late [[A|90s]]) and can be reached on [[PH|087 555 0193]].
Kind regards,
Dr [[N|Orla Ní Bhriain]], MICGP
""",
)

note(
    "d9-06",
    "Declan O'Sullivan",
    """
Cork University Hospital ED - TRIAGE (MTS)   Arrival: [[D|17/03/2024]] 23:52   Cat 2 (orange)
Pt: [[N|DECLAN O'SULLIVAN]]  M  DOB [[D|30/11/2001]]  MRN [[MRN|C6620915]]
Address on PAS: [[ADDR|9 Barrack Street]], [[C|Cork]] [[Z|T12 RX58]] - pt says now living in [[C|Ballincollig]] w/ girlfriend
PC: brought in by friends after falling off a wall on [[D|Paddy's Day]] night. ?LOC. GCS 14 (E3V5M6). ETOH++. 4 cm lac to occiput, bleeding controlled. Vomited x2.
CT brain indicated per NICE head injury criteria - requested.
Friend [[N|Jamie]] staying with pt.
Tetanus status unknown - booster given.
Triage RN: see Symphony   Pt's own phone: [[PH|+353 83 555 0158]]
""",
    allow=("Cork",),
)

note(
    "d9-07",
    "Chinedu Oduya",
    """
UNIVERSITY HEALTH NETWORK - Toronto General Hospital
Cardiology Consult Note      Date of service: [[D|2024-01-22]]
Patient: [[N|Oduya, Chinedu]]   MRN [[MRN|4021 8873]]   OHIP [[HP|5555-012-345-KT]]
DOB [[D|1957-05-09]]   Addr: [[ADDR|1802-55 Bloor St W]], [[C|Toronto]], ON [[Z|M4W 1A5]]
Ph (h) [[PH|416-555-0139]]
Referred by Dr. [[N|M. Tremblay]] (St. Michael's ED) for NSTEMI.
hs-TnI 812 ng/L. Cath [[D|Jan 23]]: 90% mid-LAD, DES x1 (Xience Skypoint 3.0 x 18). LVEF 50%.
Plan: DAPT ASA 81 mg + ticagrelor 90 mg BID x 12 mo; rosuvastatin 40.
Wife present for discussion. Pt is a TTC bus operator - advised no commercial driving x 4 wk; MTO notified (DL [[LIC|O2817-55512-70509]]).
""",
    allow=("Toronto",),
)

note(
    "d9-08",
    "Lise Gagnon-Bergeron",
    """
CIUSSS du Centre-Sud-de-l'Île-de-Montréal - CLSC des Faubourgs
Home care visit (SAD) - le [[D|4 mars 2024]]
Usager: Mme [[N|Lise Gagnon-Bergeron]]   RAMQ [[HP|GAGL 4862 1518]]   DOB [[D|15 décembre 1948]]
Adresse: [[ADDR|3420, rue Ontario Est, app. 5]], [[C|Montréal]] (QC) [[Z|H1W 1P9]]
75F, DM2, 6/52 post ORIF R hip. Walking with rollator, TUG 19 s. Incision healed, staples out. Glucometer avg 9.4.
Meds reviewed with pharmacie Jean Coutu - blister pack started.
Daughter (tél. [[PH|514-555-0166]]) does shopping; wants respite info.
Plan: OT bath-bench eval, physio 2x/wk. Next nursing visit [[D|lundi 11 mars]].
Inf. [[N|Julie Côté]], matricule OIIQ [[LIC|2155019]]
""",
    allow=("Montréal",),
)

note(
    "d9-09",
    "Tamara Jean Wilson",
    """
Northern Health - Prince Rupert Regional Hospital
TRANSFER NOTE to VGH   [[D|Nov 2 2023]] 0210h
[[N|Wilson, Tamara Jean]]   PHN [[HP|9055 512 347]]   MRN [[MRN|PR00471923]]   DOB [[D|Apr 17 1986]]
Home: [[ADDR|1437 Collison Ave]], [[C|Masset]], BC [[Z|V0T 1M0]]
37F G3P2 at 34+2 wk with severe pre-eclampsia: BP 172/108, 3+ protein, headache, ALT 88. MgSO4 4 g load then 1 g/h; labetalol 20 mg IV x2; BMZ #1 at 2330.
Accepting OB: Dr [[N|Hana Kobayashi]] (VGH). Air transfer via BCEHS critical care, fixed wing.
Partner [[N|Kyle]] travelling separately - cell [[PH|250-555-0117]].
Sending MD: Dr [[N|Ezekiel Mbatha]]
""",
)

note(
    "d9-10",
    "Gurjit Kaur Dhaliwal",
    """
AHS EMS ePCR #[[ID|2024-0331-118842]]    Unit 4417
Call rec'd [[D|31-Mar-2024]] 17:06 ([[D|Easter Sunday]])
Pt: [[N|Gurjit Kaur Dhaliwal]]  F 62  AHCIP [[HP|55501-2348]]
Scene: [[ADDR|84 Saddlecrest Way NE]], [[C|Calgary]] [[Z|T3J 5R4]]
Son [[N|Harman]] called 911 - mother "talking funny" at family dinner. LKW 16:20.
Hx T2DM, HTN. Meds: metformin, ramipril.
O/E: R facial droop, R arm drift, expressive aphasia. FAST+, LAMS 4. BGL 8.1. BP 188/96, HR 92 irreg.
Tx: bypass to Foothills (EVT centre), pre-alert 17:24. Son interpreted (Punjabi) - pateint nodding appropriately.
Crew: [[N|J. Whitehorse]] PCP / [[N|M. Bouchard]] ACP (reg #[[LIC|ACP-40218]])
""",
)

note(
    "d9-11",
    "Thi Hoa Nguyen",
    """
Westmead Family Medical Practice
[[ADDR|Shop 4, 160 Hawkesbury Rd]], [[C|Westmead]] NSW [[Z|2145]]
Ph [[PH|(02) 5550 1472]]   Fax [[FX|(02) 5550 1473]]

[[D|8 May 2024]]
Endocrinology Outpatients, Westmead Hospital

Re: Mrs [[N|Thi Hoa NGUYEN]]  DOB [[D|02/11/1959]]
[[ADDR|7/22 Fennell St]], [[C|North Parramatta]] [[Z|2151]]   Medicare [[HP|2951 67384 1]] (IRN 2)

Dear Dr [[N|Lim]],
Thank you for seeing Mrs [[N|Nguyen]] (Vietnamese-speaking; TIS interpreter needed) with newly diagnosed Graves' disease. TSH <0.01, FT4 38, TRAb positive. Started carbimazole 15 mg daily last week; propranolol 10 mg tds. Mild lid lag, no diplopia.
Her daughter usually attends with her.
Regards, (e-signed by treating GP)
""",
    allow=("Westmead",),
)

note(
    "d9-12",
    "Desmond Ah-Kee",
    """
QAS ePCR - HANDOVER (IMIST-AMBO) TO GYMPIE HOSPITAL ED
CASE NO [[ID|QA24-0917-33510]]   [[D|17/09/2024]]
I: [[N|DESMOND]] "[[N|DEZZIE]]" [[N|AH-KEE]], M, DOB [[D|04/06/1989]]
M: SINGLE VEHICLE ROLLOVER, BRUCE HWY APPROX 8 KM N OF [[C|KYBONG]], ~60 KM/H, RESTRAINED DRIVER, SELF-EXTRICATED. WHITE HILUX QLD REGO [[VEH|512 WXK]].
I: L) CLAVICLE DEFORMITY, SEATBELT SIGN, ABRASIONS L) FOREARM.
S: HR 104 BP 128/82 RR 20 SPO2 97% RA GCS 15 PAIN 7/10 -> 5/10.
T: PENTHROX 3 ML, FENTANYL 50 MCG IN.
A: NKDA. M: NIL. B: ASTHMA. L: ATE ~1200.
O: PARTNER FOLLOWING IN OWN CAR, PH [[PH|0491 570 118]]. QLD DL [[LIC|087 555 213]] SIGHTED.
CREW: ACP2 [[N|T. FERRARO]] / ACP1 (STUDENT)
""",
)

note(
    "d9-13",
    "Dorothy Callaghan",
    """
RESIDENTIAL AGED CARE -> HOSPITAL TRANSFER FORM
Facility: Bethany Gardens Aged Care, [[ADDR|41 Gillies St North]], [[C|Wendouree]] VIC [[Z|3355]]
Resident: [[N|Dorothy]] "[[N|Dot]]" [[N|Callaghan]]  Age [[A|96]]  DOB [[D|25/04/1928]]
DVA Gold card [[HP|VX501877]]
Reason: unwitnessed fall on [[D|Anzac Day]] ~0630, found beside bed in room 14B. Shortening + external rotation R leg. Pain 8/10.
Hx: dementia (MMSE 14/30 last year), AF on apixaban 2.5 mg BD, CKD 3b.
ACD: for transfer and surgery, NOT for CPR.
NOK/EPOA: son, [[PH|0491 570 145]]
GP notified at 07:00.
Completed by RN [[N|Mei Ling Tan]] (AHPRA [[LIC|NMW0001234567]])
""",
)

note(
    "d9-14",
    "Aroha Mere Tipene",
    """
Te Whatu Ora - Counties Manukau | Middlemore Hospital
DISCHARGE SUMMARY - General Medicine
[[N|Tipene, Aroha Mere]]   NHI [[HP|ZKM5521]]   DOB [[D|09/10/1974]]
[[ADDR|17B Hutton Street]], [[C|Ōtāhuhu]] [[Z|1062]]
Admitted [[D|4/2/24]]   Discharged [[D|Waitangi Day]] ([[D|6 Feb]])
Dx: cellulitis R lower leg; background T2DM (HbA1c 88), BMI 44, OSA on CPAP (AirSense 10, S/N [[DEV|23161555019]]).
Mx: IV flucloxacillin 2 g q6h -> oral flucloxacillin 1 g qid to complete 10 days. Diabetes nurse specialist reviewed - empagliflozin started.
Whānau: husband ([[PH|021 555 0184]]); kuia lives with them.
GP: Ōtāhuhu Family Health - please review in 1 week.
Discharging doctor: [[N|Dr-T.Faumuina]] (login) for Dr [[N|Grace Whaanga]]
""",
    allow=("Ōtāhuhu",),
)

note(
    "d9-15",
    "Liam O'Connell-Ngata",
    """
ACC - PHYSIOTHERAPY PROGRESS REPORT
Claim no: [[ID|10055512347]]   Date of injury: [[D|Sat 13 January 2024]]
Client: [[N|Liam O'Connell-Ngata]]   NHI [[HP|PTA7730]]   DOB [[D|22/08/1999]]
Employer: road-surfacing contractor; injured at a site in [[C|Christchurch]] - twisted L knee stepping off a roller.
MRI [[D|02/02/2024]] (Pacific Radiology): complete ACL tear, bucket-handle tear medial meniscus.
Progress: 9 sessions. ROM 0-115, quads lag 5 deg, Lysholm 52/100. Unable to return to full duties.
Awaiting ortho review (private, ACC-funded). Requesting 8 further sessions.
Client contact: [[PH|027 555 0136]] / [[EM|liam.oc.ngata@example.co.nz]]
Claim portal: [[URL|https://my.example-acc.co.nz/claims/10055512347]]
Physio: [[N|Priya Naidu]] (PBNZ reg [[LIC|70-12345]])
""",
)

note(
    "d9-16",
    "Kamlesh Devi",
    """
District Combined Hospital, Gautam Buddh Nagar - OPD SLIP (Medicine)
UHID: [[MRN|GBN/2024/118347]]   Date: [[D|19-08-2024]]
Name: Smt. [[N|Kamlesh Devi]]   W/o Shri [[N|Ram Prasad]]   Age/Sex: 67/F
Address: [[ADDR|H.No. B-221, Sector 14]], [[C|Noida]], Gautam Buddh Nagar, U.P. - [[Z|201301]]
Mob: [[PH|+91 98555 01234]]
Aadhaar: [[ID|5555 0192 7384]]   ABHA No.: [[HP|91-5550-1938-2746]]
C/o fever with chills x 5 days, bodyache, rash since 2 days.
NS1 Ag positive (day 4). Platelets 62,000. Hct 41%.
Adv: ORS, Tab. Paracetamol 650 mg SOS, avoid NSAIDs, CBC daily.
Review after 48 h or earlier if bleeding/abd pain.
Dr. [[N|V. K. Saxena]], MBBS MD (UPMC Reg. No. [[LIC|45521]])
""",
)

note(
    "d9-17",
    "Sureshbhai Natvarlal Patel",
    """
DISCHARGE CARD - Cardiology Unit II
IPD No. [[MRN|IP/24/55872]]   Bill A/c No. [[ACCT|BL-2024-093311]]
Patient: Mr. [[N|Sureshbhai Natvarlal Patel]], 58 M
Address: [[ADDR|Room 12, Laxmi Niwas Chawl, Dr. Ambedkar Road]], [[C|Mumbai]] - [[Z|400012]]
DOA: [[D|31/10/2024]] ([[D|Diwali]] night)   DOD: [[D|06/11/2024]]
Dx: Acute IWMI, primary PCI to RCA (1 DES). EF 45%.
Rx: Tab. Ecosprin 75 mg OD, Tab. Brilinta 90 mg BD, Tab. Atorva 80 mg HS, Tab. Metoprolol 25 mg BD.
Contact: son [[N|Hitesh]] [[PH|+91 99205 55017]]. Cashless under PMJAY.
F/u OPD after 1 week with 2D ECHO, lipid profile.
Unit head: Prof. Unit II; entered by RMO [[N|dr.nikhilj]]
""",
)

note(
    "d9-18",
    "Thomas Kuriakose",
    """
NURSING HANDOVER - MICU bed 6 - [[D|14.01.2025]] night -> morning
Pt: [[N|Kuriakose, Thomas]] 72/M   UHID [[MRN|TVM-0883412]]
Addr: [[ADDR|T.C. 25/1432, Kunnukuzhy]], [[C|Thiruvananthapuram]] [[Z|695035]]
Dx: Lt MCA infarct day 3; aspiration pneumonia.
Overnight: spiked 38.6 at 0200, blood C/S sent x2 sets. Piptaz started. RT feeds 200 mL 2nd hrly, residue nil. GRBS 180-214, Actrapid per scale.
[[N|Thomas]] chettan more drowsy since 0400 - GCS E3V2M5, informed duty doc.
Family: wife + son [[N|Jijo]] (in [[C|Dubai]], flying back [[D|Thursday]]) - son's no. [[PH|+971 50 555 0142]].
Insurance: Star Health - pre-auth pending.
Pending: MRI brain, swallow assessment by SLP.
Handed over by Sr. [[N|Reshma]] -> Bro. [[N|Anoop]]
""",
)

note(
    "d9-19",
    "Folasade Adebayo-Ogunleye",
    """
LAGOS UNIVERSITY TEACHING HOSPITAL, IDI-ARABA
Dept of Obstetrics & Gynaecology - ANC clinic note [[D|2/7/2024]]
Hosp No: [[MRN|LUTH/445127]]   NHIA No: [[HP|NHIA-LA-5550-2281]]
Name: Mrs [[N|Folasade Adebayo-Ogunleye]] (nee [[N|Akande]])  Age 34
Address: [[ADDR|Plot 45, Admiralty Way]], [[C|Lekki Phase 1]], Lagos State
Tel [[PH|+234 803 555 0147]]; husband [[N|Tunde]] (engineer, often away on site)
G2P1+0 at 28/40. GDM on diet, FBS 5.8 mmol/L. Previous C/S [[D|March 2021]] for fetal distress.
BP 124/78, SFH 29 cm, FHR 146.
Plan: SMBG, dietitian, repeat scan at 32/40; booked for ELCS ~[[D|24th Sept]].
Seen by Dr [[N|E. Nwachukwu]] (SR), Unit B.
""",
)

note(
    "d9-20",
    "Ibrahim Sani Dankano",
    """
National Hospital Abuja - Medical Social Work Unit
Case file [[ID|MSW/2024/0788]]   Interview: [[D|Monday 17th June 2024]] ([[D|Sallah]] holiday; client walked in)
Client: Mal. [[N|Ibrahim Sani Dankano]], 61 M   NIN [[ID|55501928374]]
Hails from [[C|Gwale]], [[C|Kano]]; currently staying with a nephew at [[ADDR|House 14, Road 7C]], [[C|Kubwa]], FCT.
Referred by renal unit: ESRD on HD 2x/wk, cannot afford sessions (N45,000 each). No NHIA cover.
Assessment: wife and 4 children remain in [[C|Kano]]; client sold farmland last year.
Plan: apply to hospital indigent fund; link with zakat committee; nephew to be contacted on [[PH|0703 555 0119]].
Social worker: [[N|Blessing Okafor-Ume]]
""",
)

note(
    "d9-21",
    "Grace Wanjiru Kamau",
    """
KENYATTA NATIONAL HOSPITAL - Accident & Emergency
Date: [[D|12/04/2024]]   IP No: [[MRN|KNH-2024-118772]]
Patient: [[N|Grace Wanjiru Kamau]], F, 29 yrs   ID No. [[ID|25550193]]   SHA No. [[HP|CR5550193827-4]]
Residence: [[C|Kawangware]], [[C|Nairobi]]; postal [[ADDR|P.O. Box 4417]]-[[Z|00100]]
Tel: [[PH|0712 555 014]]   (no alternative contact)
HPI: assaulted by a known person on the evening of [[D|11th April]]; blunt trauma to face and chest. Reported at police station, OB No. [[ID|OB/22/11/04/2024]]; P3 form to be filled.
O/E: periorbital haematoma L, nasal deformity, tender L 5th-7th ribs. SpO2 97%.
XR: nasal bone #, 3 rib #s, no pneumothorax.
GBV desk notified; PRC form completed; PEP and EC offered and accepted.
Bill waived pending social work review.
""",
)

note(
    "d9-22",
    "Hamisi Juma Mwinyi",
    """
Coast General Teaching & Referral Hospital - Ortho ward round   [[D|Tue 3/9/24]]
Bed 22: [[N|Hamisi Juma Mwinyi]] (24M)   IP [[MRN|CGH/IP/24/9981]]
Boda boda rider; RTA [[D|31st Aug]] near [[C|Kongowea]] market, hit by a matatu. Motorcycle reg [[VEH|KMFB 417P]].
Open # R tib/fib (Gustilo IIIA); debridement + ex-fix [[D|1/9]]. Wound clean, pin sites OK. Hb 9.8.
Plan: IM nail once SHA cleared - SHA No. [[HP|CR5550882716-2]]. Police abstract pending from Nyali police station.
Lives [[C|Likoni]], near the ferry; no fixed address. uncle [[N|bakari]] [[PH|0733 555 017]] brings food.
Seen by Dr [[N|A. Shikely]] and the intern team
""",
)

note(
    "d9-23",
    "Lesedi Mokoena",
    """
Chris Hani Baragwanath Academic Hospital - Paediatric Casualty
[[D|2024/06/16]] ([[D|Youth Day]])  21:15
Child: [[N|Lesedi Mokoena]], 3 yr 4 mo, F   Hosp no. [[MRN|CHB 5512887]]
Mother: [[N|Palesa Mokoena]], SA ID [[ID|9204150555081]]   Cell [[PH|082 555 0134]]
Address: [[ADDR|1423 Vilakazi Street]], [[C|Orlando West]], [[C|Soweto]], [[Z|1804]]
Hx: paraffin ingestion ~20:30 from a cooldrink bottle, coughing, one vomit. No medical aid; RtHB seen, immunisations UTD.
O/E: RR 44, SpO2 91% RA, crackles R base, T 38.1.
Dx: hydrocarbon pneumonitis. Admit, nasal prong O2 1 L/min, no emetics.
Gogo (maternal grandmother) also present.
Dr [[N|T. Pillay]] (MO), d/w paeds registrar on call
""",
)

note(
    "d9-24",
    "Xolani Mgwebi",
    """
Western Cape Government Health - Khayelitsha District Hospital
TB/HIV clinic   [[D|24 Sep 2024]] ([[D|Heritage Day]] - clinic open for defaulter tracing)
Folder no. [[MRN|KDH-0077182]]
[[N|Xolani Mgwebi]], 41M   Cell [[PH|072 555 0186]]
Address: [[ADDR|House J 117, Site C]], [[C|Khayelitsha]], [[Z|7784]]
Defaulted ART since [[D|May]]. CD4 88, VL 120 000 copies/mL. GeneXpert Ultra MTB detected, Rif resistance not detected (lab no. [[ID|NHLS-WC24-55102]]).
Plan: 2HRZE/4HR today; TLD restart after 2 weeks; CTX prophylaxis. Partner [[N|Nosipho]] to be tested.
CHW Mr [[N|Jacobus van der Merwe]] to do home visit this week.
Clinician: PN (CNP), NIMART trained
""",
    allow=("Khayelitsha",),
)

note(
    "d9-25",
    "Ma. Lourdes Dela Cruz-Santos",
    """
REFERRAL SLIP (Barangay Health Station -> Ospital ng Caloocan ER)
Date: [[D|Dec. 30, 2023]] ([[D|Rizal Day]])
Name: [[N|Ma. Lourdes]] "[[N|Malou]]" [[N|Dela Cruz-Santos]]   Age 47   Sex F
Address: [[ADDR|Blk 12 Lot 8, Phase 3]], [[C|Barangay 176]], [[C|Caloocan]] City
PhilHealth PIN [[HP|12-555019283-7]]   CP# [[PH|0917 555 0123]]
Reason: Category III dog bite (stray, unvaccinated) L calf on [[D|Dec 28]], wound cleaned w/ soap x 15 min. No ARV/RIG yet.
Pls give ERIG + anti-rabies vaccine; Td given here.
Referred by: Aling [[N|Nena]] (BHW) / midwife on duty
""",
    allow=("Caloocan",),
)

note(
    "d9-26",
    "Remedios Cabahug",
    """
SMS LOG - Senior Citizen Home Monitoring, Lahug Health Center
Pt: Lola [[N|Remedios Cabahug]] ([[A|91]] y/o)   OSCA ID [[ID|CEB-555-01927]]   PhilHealth [[HP|01-555028174-4]]
Addr: [[ADDR|Sitio Kalunasan, Purok 5]], [[C|Brgy. Lahug]], [[C|Cebu City]]
[[D|03/15]] 07:12 from [[PH|0998 555 0147]] (apo [[N|Kristine]]): gud am nurse, si lola BP 170/100 dizzy po
07:20 RN [[N|J. Alcantara]]: pls give amlodipine 10mg now, recheck after 30 min
07:58 apo: 150/90 na po, ok na daw siya
[[D|03/16]] 09:00 RN: home visit today 2pm w/ MHO, pls prepare her meds
15:10 RN note: BP 142/86, losartan 50 mg added, for ECG at RHU
""",
)

note(
    "d9-27",
    "Tan Ah Kow",
    """
Polyclinic - Chronic Disease Review   [[D|28 Mar 2024]]
Patient: [[N|TAN AH KOW]]   NRIC [[ID|S4555012J]]   DOB [[D|05/05/1949]]
Address: [[ADDR|Blk 456B Fernvale Road #12-345]] S([[Z|792456]])
Tel [[PH|6555 0148]]
T2DM, HTN, HLD. HbA1c 8.1% (up from 7.4% in [[D|Sept]]). BP 148/84. LDL 2.9.
Meds: metformin 850 mg BD, sitagliptin 100 mg OM, amlodipine 10 mg OM, atorvastatin 20 mg ON.
Pt speaks Hokkien only; daughter [[N|Tan Mei Ling]] translated. Diet: kopi-O kosong, but nasi lemak most mornings.
Plan: add empagliflozin 10 mg; DRP referral; diabetic foot screen done (low risk).
Next review end-[[D|June]]. HealthHub appt link sent: [[URL|https://eservices.example.sg/appt?ref=TAK5550148]]
CDMP claim from MediSave a/c [[ACCT|MSA-5550148]]
""",
)

note(
    "d9-28",
    "Md. Rahim Uddin",
    """
Dormitory medical centre - WORK INJURY NOTE
Name: [[N|MD. RAHIM UDDIN]]   FIN [[ID|G5550182K]]   WP No. [[ID|WP 5550 1928]]
Dorm: [[ADDR|No. 8 Tuas South Ave 1, Blk C #03-14]] S([[Z|637271]])
Injury at worksite on [[D|Sat 9/3]] ~1530: L index finger crushed between formwork panels.
O/E: 2 cm laceration, nail bed injury, tuft # on XR.
Tx: digital block, washout, nail bed repair, 3 sutures; cefazolin stat. MC x 14 days.
WICA case [[ID|WIC/2024/0555183]] - employer informed.
Pt mobile [[PH|+65 8555 0142]]; wife in [[C|Sylhet]] [[PH|+880 1711 555014]].
Interpreter: Bengali-speaking coworker.
Dr [[N|Cheryl Goh]], MCR [[LIC|M55512K]]
""",
)

note(
    "d9-29",
    "Kai-Leon Baptiste",
    """
MASH REFERRAL - from Paediatric ED
Date/time of concern: [[D|Sun 05/11/2023]] 20:40 ([[D|Bonfire Night]])
Child: [[N|Kai-Leon Baptiste]]   DOB [[D|11/04/2019]]   NHS [[HP|999 087 6652]]
Address: [[ADDR|Flat 22, Nisbet House, 40 Homerton High Street]], [[C|Hackney]] [[Z|E9 6AA]]
Mother: [[N|Shanice Baptiste]] [[PH|07700 900214]]; mother's partner (name not given) also present.
Concern: 4 y/o with 3 cm partial-thickness burn to dorsum of R hand. Explanation ("touched a sparkler") inconsistent with pattern. Previous attendance this year with # clavicle.
HV informed. Duty SW at London Borough of Hackney CSC informed by phone, ref [[ID|LCS-2023-55104]].
Referrer: Dr [[N|Jonah Feld]] (GMC [[LIC|7055512]])
""",
    allow=("Hackney",),
)

note(
    "d9-30",
    "Norman Eric Whitaker",
    """
Leeds Teaching Hospitals - Cardiac Physiology - Device Clinic
PPM CHECK   [[D|21/05/2024]]
Pt: [[N|Norman Eric Whitaker]]   DOB [[D|03/01/1932]] ([[A|92]])   NHS [[HP|999 511 2930]]   MRN [[MRN|LTH4029918]]
Device: Medtronic Azure XT DR MRI SureScan (W1DR01)  S/N [[DEV|RNB612875S]]  implanted 2019
RA lead 5076-52 S/N [[DEV|PJN7712459]]   RV lead 5076-58 S/N [[DEV|PJN7719034]]
Battery longevity 6.1 yrs. AHRE x3, longest 00:02:41 on [[D|02-May]]. AP 64%, VP 2%.
RA threshold 0.75 V @ 0.4 ms, P-wave 2.8 mV, 513 ohm. RV threshold 1.0 V, R-wave 11.2 mV, 589 ohm.
No changes. CareLink monitor paired (S/N [[DEV|RBX205518R]]); next remote [[D|Aug 2024]].
Physiologist: [[N|Hollie Brennan]]
""",
)

note(
    "d9-31",
    "Jenna Louise Trevithick",
    """
PHARMACY MEDICINES RECONCILIATION - Ward 7, Royal Cornwall Hospital
Pt: [[N|Jenna Louise Trevithick]]   NHS [[HP|999 640 1128]]   Hosp [[MRN|RCH0882174]]
Sources: (1) SCR viewed [[D|10/01/24]] (2) pt's own drugs (3) community pharmacy in [[C|Redruth]], tel [[PH|01632 960 458]], fax [[FX|01632 960 459]] (4) GP repeat template
Meds: sertraline 100 mg OD, levothyroxine 75 mcg OD, Microgynon 30, salbutamol PRN.
Discrepancy: also taking St John's wort (OTC) - interacts with sertraline and COC; advised to stop, team informed.
Levothyroxine brand switch noted - TFTs due.
EPS token for TTOs: [[ID|7F3A91-C55012-4B8E2K]]
Pt asked for med list by email: [[EM|jen.trev88@example.co.uk]]
Completed by [[N|Tomasz Zieliński]], pharmacist (GPhC [[LIC|2055512]])
""",
)

note(
    "d9-32",
    "Oluwaseun Bakare",
    """
MHA 1983 - AMHP ASSESSMENT RECORD (s.2)
Date: [[D|Tuesday 19 December 2023]]
Person: [[N|Oluwaseun Bakare]] (known as "[[N|Shaun]]"), DOB [[D|08/08/1989]], NHS [[HP|999 205 7741]]
Address: [[ADDR|44a Coldharbour Lane]], [[C|Brixton]], [[Z|SW9 8LF]]
Nearest relative: mother, Mrs [[N|Abimbola Bakare]], [[PH|020 7946 0381]] - consulted by phone, no objection.
Circumstances: brought to s.136 suite by police (CAD ref [[ID|5521-1219]]). Stopped olanzapine ~8 weeks ago; paranoid ideation, not sleeping, barricaded flat.
Medical recs: s.12 approved psychiatrist and FME (GP not available).
Outcome: detained s.2; bed at Lambeth Hospital. Conveyed by ambulance 23:10.
AMHP: [[N|Beth Kendrick]]
""",
)

note(
    "d9-33",
    "Eilidh Sutherland",
    """
VIDEO CONSULT SESSION LOG (export)
session_id=[[ID|vc-8c41e2-55017]]  clinic=Dermatology-Remote  board=NHS Grampian
[[D|2024-02-14]]T09:02:11Z JOIN  user=[[N|dr.mcallister]]  ip=[[IP|10.41.22.187]]
[[D|2024-02-14]]T09:03:40Z JOIN  user=patient  display="[[N|Eilidh Sutherland]]"  ip=[[IP|81.2.69.160]]
[[D|2024-02-14]]T09:03:41Z META  chi=[[HP|1406975502]]  email=[[EM|eilidh.s97@example.com]]
[[D|2024-02-14]]T09:04:02Z LINK  waiting_room=[[URL|https://video.example.nhs.uk/wr/derm?pt=ES5550193]]
T+8min NOTE  "pearly nodule L nasal ala 6 mm, telangiectasia; ?nodular BCC; refer Mohs"
[[D|2024-02-14]]T09:12:05Z UPLOAD [[URL|https://upload.example.scot/p/88e1a2c4]]
END session duration 00:12:39
""",
)

note(
    "d9-34",
    "Kwabena Mensah-Bonsu",
    """
Statement of Fitness for Work (Med3) - transcribed copy
Patient's name: Mr [[N|Kwabena Mensah-Bonsu]]   NI no. [[ID|QQ 55 01 27 C]]
Address: [[ADDR|31 Cranbury Road]], [[C|Reading]] [[Z|RG30 2TS]]
I assessed your case on: [[D|15/04/2024]]
and, because of the following condition: lumbar radiculopathy (L5/S1 disc prolapse),
I advise you that you are not fit for work.
This will be the case from [[D|15/04/2024]] to [[D|12/05/2024]].
I will not need to assess your fitness for work again at the end of this period.
Comments: awaiting MRI; may benefit from amended duties (no lifting >10 kg) on return.
Doctor: [[N|N. Chaudhry]]   GMC [[LIC|7155018]]
Practice: Riverside Medical Practice, [[ADDR|2 Bridge Street]], [[C|Reading]]
Issued electronically via EMIS.
""",
)

note(
    "d9-35",
    "Aoife Mulcahy",
    """
The Rotunda Hospital - ANTENATAL BOOKING VISIT   [[D|Wed 15th May 2024]]
Name: [[N|Aoife Mulcahy]]   MRN [[MRN|R5550183]]   Age 31   G1P0
Address: [[ADDR|18 Botanic Avenue]], [[C|Glasnevin]], [[Z|D09 W6P3]]   Mob [[PH|085 555 0172]]
PPSN [[ID|5550192WA]]   VHI member no. [[HP|5550 1837 26]]
LMP certain; dating scan today CRL 28 mm = 9+3 wks; EDD [[D|23rd December 2024]] - "a [[D|Christmas]] baby" per partner.
PMHx: hypothyroid on levothyroxine 50 mcg, TSH 2.1. Rubella immune. O Rh neg - anti-D at 28/40.
GP letter to follow via Healthlink.
Midwife: [[N|Siobhán Kearney]] RM
""",
)

note(
    "d9-36",
    "Angus Joseph MacNeil",
    """
Nova Scotia Health - Continuing Care - Home Care Assessment (interRAI HC)
Client: [[N|MacNeil, Angus Joseph]] ("[[N|Gus]]")   MSI [[HP|0055 501 927]]   DOB [[D|12 Nov 1930]] ([[A|93]])
Address: [[ADDR|215 George St]], [[C|Sydney]], NS [[Z|B1P 1J3]]   Tel [[PH|902-555-0161]]
Widower, lives alone in a two-storey house; falls x2 since [[D|Thanksgiving]]. CHESS 2, ADL hierarchy 3, CPS 2.
Attends Mass at St. Anthony Daniel parish weekly; drives short distances only.
Niece [[N|Mary Catherine Beaton]] (POA) lives in [[C|Glace Bay]], visits weekends.
Plan: personal care 7x/wk, Lifeline, OT home safety visit, meals on wheels.
Assessor: Care Coordinator RN (Eastern Zone)
""",
)

note(
    "d9-37",
    "Annie Ikakhik",
    """
MEDEVAC REQUEST - Arviat Health Centre to HSC (tertiary OB)
Date: [[D|Oct 14 2024]] ([[D|Thanksgiving Monday]])  1405h
Patient: [[N|Annie Ikakhik]], 19F   Nunavut HC [[HP|155501927]]   Chart [[MRN|ARV-0419]]
Home: [[ADDR|House 412]], [[C|Arviat]], NU   ph [[PH|867-555-0143]]
G1 at 31+4 wk by dates, PPROM ~0900, contractions q5min, cx 3 cm/70%. GBS unknown.
Given: betamethasone 12 mg IM 1410, nifedipine 20 mg PO, ampicillin 2 g IV.
Escort: mother [[N|Martha Ikakhik]]; Inuktitut interpreter [[N|Lucy Kablalik]].
Nurse in charge: [[N|Rebecca Harnum]] RN. Accepting OB on call notified via CritiCall.
""",
    allow=("Arviat",),
)

note(
    "d9-38",
    "Eleni Papadopoulos",
    """
SA Pathology - CUMULATIVE REPORT
Lab No: [[ID|24-555-01927]]   Collected: [[D|12-Jul-2024]] 08:15   Reported: same day 14:02
Patient: [[N|PAPADOPOULOS, Eleni]]   DOB: [[D|29-Feb-1944]]   Sex: F
Address: [[ADDR|3/18 Peachey Rd]], [[C|Elizabeth Vale]] SA [[Z|5112]]
Medicare: [[HP|4155 50192 3]]   UR: [[MRN|LMH 0555128]]
Requested by: Dr [[N|B. Sandhu]] (Prov. [[ID|2555018K]])
HAEMATOLOGY   Hb 98 g/L (L)  MCV 74 fL (L)  Ferritin 6 ug/L (L)
BIOCHEMISTRY  Na 134  K 5.6 (H, ?haemolysed)  Creat 142  eGFR 31
Comment: iron deficiency; ?GI loss. Suggest repeat K+.
Phoned to practice nurse at 14:05 by [[N|jwong]].
""",
)

note(
    "d9-39",
    "Leanne Nampijinpa Granites",
    """
Yuendumu Clinic (Central Australia) - Progress note   [[D|Thurs 7/3/24]]
Client: [[N|Leanne Nampijinpa Granites]], 54F   HRN [[MRN|555019]]   Medicare [[HP|2555 01937 1]]
Lives: [[ADDR|Lot 118]], [[C|Yuendumu]]
Wound review R) plantar foot ulcer, T2DM. Ulcer 2.1 x 1.8 cm, sloughy base, mild erythema 1 cm margin. BGL 14.2.
Dressing: Inadine + Mepilex, offloading boot.
AHP [[N|Jeffrey Japaljarri Brown]] interpreting (Warlpiri).
Plan: doxycycline 100 mg BD; telehealth with podiatry [[D|Tuesday]]; RFDS to Alice Springs Hospital if spreading cellulitis.
Daughter [[N|Shaylene]] mob [[PH|0491 570 126]].
RAN [[N|C. O'Halloran]]
""",
    allow=("Yuendumu",),
)

note(
    "d9-40",
    "Mele Fifita",
    """
Well Child Tamariki Ora - Core contact (9 months)   [[D|Fri 19 Apr 2024]]
Pēpi: [[N|Mele Fifita]]   DOB [[D|14/07/2023]]   NHI [[HP|ZGH3382]]
Mum: [[N|'Ana Fifita]] (Tongan); dad works nights. Video link sent: [[URL|https://wellchild.example.nz/v/MF-ZGH3382]]
Address: [[ADDR|3/41 Bairds Road]], [[C|Ōtara]], [[C|Manukau]] [[Z|2023]]   Ph [[PH|022 555 0149]]
Weight 8.9 kg (50th centile), length 71 cm. Crawling, babbling, pincer grip emerging.
Immunisations: 5-month event given late; next due 12 months.
Smokefree home. Sleeps in own bed beside parents (pēpi-pod outgrown).
Oral health: first tooth, fluoride toothpaste discussed.
Nurse: [[N|Tania Rangihuna]]   Next visit at 15 months.
""",
)

note(
    "d9-41",
    "Ravi Kumar K.",
    """
Teleconsultation record (WhatsApp video) - [[D|Sun, 3 Mar 2024]] 21:30 IST - portal log IP [[IP|49.205.55.17]]
Pt: [[N|Ravi Kumar K.]] 44/M   ph [[PH|+91 98450 55017]]   email [[EM|ravi.k.1980@example.in]]
Address: [[ADDR|#42, 5th Cross, 6th Block]], [[C|Bengaluru]] [[Z|560095]]
C/o central chest tightness since 8 pm with sweating, radiating to L arm. Smoker, 15/day.
ECG (photo shared on chat): ST elevation II, III, aVF.
Advised: chew Aspirin 325 mg now, go immediately to nearest cath-lab hospital; wife driving him (10 min away). Called ahead to ER.
Corporate TPA card no. [[HP|MDI-5550-88217]]. Consult fee Rs 600 recd via UPI ([[ACCT|ravik80@okexample]]).
Follow-up call next morning 09:00: primary PCI done overnight, stable.
Dr [[N|Meenakshi Rao]], KMC Reg. No. [[LIC|55501]]
""",
)

note(
    "d9-42",
    "R. Lakshmi",
    """
Rajiv Gandhi Government General Hospital - Burns Ward - ADMISSION NOTE
DOA: [[D|15.01.2024]] ([[D|Pongal]])   IP No. [[MRN|RGGGH/B/24/00355]]   CMCHIS card [[HP|5550192837461]]
Pt: [[N|R. Lakshmi]], 36 F, W/o [[N|K. Murugan]]
Address: [[ADDR|No. 12, 3rd Cross Street, Kannagi Nagar]], [[C|Thoraipakkam]], [[C|Chennai]] [[Z|600097]]
H/o flame burns while cooking pongal on a firewood stove at ~06:00; saree caught fire.
TBSA 28%, deep dermal, face/neck/chest/both UL. Airway: singed nasal hair, no stridor.
Fluids per Parkland: 4 mL x 52 kg x 28% = 5824 mL / 24 h, half in first 8 h.
MLC No. [[ID|MLC/112/2024]] registered; police intimated. Dying declaration not required at present.
Husband's mobile [[PH|94444 55012]].
Duty PG, Burns Unit (Madras Medical College)
""",
    allow=("pongal",),
)

note(
    "d9-43",
    "Gurpreet Singh",
    """
MEDICO-LEGAL REPORT (INJURY)   MLR No. [[ID|LDH/MLR/2024/3318]]
Date & time of examination: [[D|23/11/2024]] 02:40 hrs
Brought by: HC [[N|Balwinder Singh]], belt No. [[ID|1187/LDH]]
Name: [[N|Gurpreet Singh]] S/o Late Sh. [[N|Harjinder Singh]], 27 M
Address: [[ADDR|H.No. 554, Street 3, Guru Arjan Dev Nagar]], [[C|Ludhiana]]
Alleged hx: motorcycle ([[VEH|PB10 GK 5512]]) hit by truck ([[VEH|HR 55 AB 0193]]) near the bypass at ~01:30.
DL seen: [[LIC|PB10 20190055512]].
Injuries: (1) lacerated wound 6 x 1 cm over L parietal region, bone deep; (2) abrasion 4 x 3 cm R knee; (3) tenderness L wrist, XR advised.
Smell of alcohol present; blood sample sealed and handed over to HC.
Nature of injuries: kept under observation.
Dr [[N|Navneet Kaur Brar]], PMC Reg. [[LIC|55012]]
""",
)

note(
    "d9-44",
    "Mojisola Adeyinka Oyelaran",
    """
University College Hospital, Ibadan - Chief Tony Anenih Geriatric Centre
Geriatric clinic - [[D|Thursday, 8th August 2024]]
Patient: Chief (Mrs) [[N|Mojisola Adeyinka Oyelaran]]   Age: [[A|92]] years (per family)
Hosp No. [[MRN|UCH/24/055129]]   HMO enrolee ID [[HP|HYG/5550/11827]]
Address: [[ADDR|Plot 7, Block C, Bodija Estate]], [[C|Ibadan]]
Caregiver: granddaughter [[N|Titilayo]] ("[[N|Titi]]") [[PH|0805 555 0133]]; son Engr. [[N|Femi Oyelaran]] in [[C|Houston]] pays the bills.
Hx: recurrent falls, urge incontinence, poor sleep. BP 168/92. MMSE 19/30. GDS 7/15.
Meds: amlodipine 10 mg, agbo (herbal) daily.
Plan: stop agbo, add losartan, bladder diary, home hazard check, physio.
Geriatric resident, Unit 1
""",
    allow=("Ibadan",),
)

note(
    "d9-45",
    "Chidinma Nwosu-Amadi",
    """
UPTH Blood Bank - CROSSMATCH REQUEST   [[D|06/01/2025]]
Patient: [[N|Chidinma Nwosu-Amadi]], 19F   Hosp No [[MRN|UPTH/0555-183]]
Ward: Female Medical 2, bed 11
Address: [[ADDR|No 15 Ikwerre Road]], [[C|Mile 1]], [[C|Port Harcourt]], Rivers State
Dx: HbSS with acute chest syndrome; Hb 5.4 g/dL, retic 12%.
Request: 2 units packed cells, HbS-negative, leucodepleted. Previous transfusions x6, no reactions.
Sample accession [[ID|BB-555-2291]]
Family replacement donor: brother [[N|Ikenna Nwosu]], donor no. [[ID|PHD-25-00417]]
Mother's phone [[PH|0803 555 0171]]
Crossmatched by MLS [[N|Ebiere Jack]]; compatible x2
""",
)

note(
    "d9-46",
    "Kiprono Cheruiyot",
    """
AMPATH / MTRH - Comprehensive Care Centre - RETURN VISIT   [[D|22 Jan 2025]]
CCC No. [[ID|14555-01927]]
Name: [[N|Kiprono Cheruiyot]] (alias "[[N|Kip]]"), 38M
Residence: [[C|Langas]] estate, [[C|Eldoret]], near the AIC church
Phone [[PH|0721 555 093]]; treatment supporter: wife [[N|Chepkoech]] (also in care here)
On TLD since [[D|March 2019]]. VL ([[D|Nov]]): LDL. Wt 71 kg, BP 128/80.
TB screen negative. No OIs. Adherence good (pill count 100%).
Plan: MMD 3 months. Next TCA [[D|22/04/2025]].
Clinician: Dr [[N|J. Rotich]]
""",
)

note(
    "d9-47",
    "Achieng' Awino",
    """
Jaramogi Oginga Odinga Teaching & Referral Hospital - LABOUR WARD SUMMARY
Mother: [[N|Achieng' Awino]], 23 yrs, P1+0   ANC no. [[ID|KSM/ANC/24/5518]]   MCH booklet [[ID|0555192]]
Residence: [[C|Nyalenda B]], [[C|Kisumu]]; husband [[N|Odhiambo]] (boda rider) [[PH|0798 555 021]]
Delivered [[D|Christmas Day]] 03:15 - SVD, live female, 3.1 kg, APGAR 8/9.
PPH ~800 mL (atony): oxytocin infusion, misoprostol 800 mcg SL, bimanual compression. Hb 8.2 post.
Baby named [[N|Akinyi]] (born in the morning). Breastfeeding initiated within 1 h. BCG/OPV0 given.
Birth notification no. [[ID|B1-5550193]]
Discharge planned after 48 h if Hb stable.
Midwife: Sr. [[N|Beatrice Ouma]]
""",
)

note(
    "d9-48",
    "Sibusiso Mthembu",
    """
ROAD ACCIDENT FUND - SERIOUS INJURY ASSESSMENT (RAF 4) - extract
Claim no. [[ID|RAF/5550/2024/1183]]
Claimant: [[N|Sibusiso Mthembu]]   ID [[ID|8506155501083]]
Address: [[ADDR|17 Mngadi Road]], [[C|Umlazi]], [[Z|4066]]   Cell [[PH|071 555 0129]]
Accident date: [[D|27 April 2024]] ([[D|Freedom Day]]). Passenger in a minibus taxi, reg. [[VEH|ND 555-019]], which overturned on the N2 near [[C|Isipingo]].
Treated at Prince Mshiyeni Memorial Hospital: C6 fracture-dislocation -> ACDF C5-7 two days later.
Current: ASIA D, mRS 3, WPI 38%. Narrative test: serious long-term impairment.
Attorneys: Govender Naidoo Inc. (on file)
Examining doctor: Dr [[N|Y. Moodley]], HPCSA MP [[LIC|0555182]]
""",
)

note(
    "d9-49",
    "Thabo Jeremiah Modise",
    """
Bokamoso Platinum - Occupational Health - CERTIFICATE OF FITNESS (annual medical)
Employee: [[N|MODISE, Thabo Jeremiah]]   Co. no. [[ID|BP-055519]]   ID [[ID|7808125550089]]
Date of exam: [[D|05/02/2024]]   Occupation: winch operator, underground
Residence: [[ADDR|Stand 1183]], [[C|Luka]] village, [[C|Phokeng]] [[Z|0335]]
Medical aid member [[HP|555019283]] dep code 00
Audiometry: PLH 7.5% (baseline 4.1%) - NIHL shift, referred for diagnostic audiogram.
Spirometry normal. CXR (ILO) 0/0. TB screen negative. BP 138/88. Vision 6/6.
Outcome: FIT with restrictions - double hearing protection mandatory; review [[D|Aug]].
OMP: Dr [[N|Lerato Sithole]] (HPCSA [[LIC|MP0555201]])
""",
)

note(
    "d9-50",
    "Jerome Angelo P. Bautista",
    """
DOH-accredited medical clinic - PRE-EMPLOYMENT MEDICAL EXAM (OFW)
Control no. [[ID|PEME-24-555183]]   Date: [[D|19 Feb 2024]]
Name: [[N|BAUTISTA, Jerome Angelo P.]]   M   29
Passport no. [[ID|P5550192A]]   Destination: caregiver, Saudi Arabia
Address: [[ADDR|Purok 2]], [[C|Brgy. Buhangin]], [[C|Davao City]] [[Z|8000]]
PhilHealth [[HP|08-555017293-1]]   Mobile [[PH|+63 917 555 0136]]   Email [[EM|jabautista.ofw@example.ph]]
Results: CXR minimal fibrotic densities R apex - for sputum GeneXpert; HBsAg NR; HIV NR; UA normal; drug test negative.
Classification: PENDING (class B). Tentative flight via Ninoy Aquino International Airport on hold.
Examining physician: [[N|Ma. Cristina Lopez-Abad]], MD, PRC Lic. No. [[LIC|0105551]]
""",
)

note(
    "d9-51",
    "Joshua Miguel Reyes",
    """
PIDSR CASE INVESTIGATION FORM - DENGUE
Case ID: [[ID|QC-DEN-2024-055178]]   DRU: Novaliches District Hospital
Patient: [[N|Joshua Miguel Reyes]], 8 y/o M
Parent/guardian: [[N|Marites Reyes]] (mother), [[PH|0928 555 0114]]
Address: [[ADDR|#27 Sampaguita St.]], [[C|Brgy. Bagbag]], [[C|Quezon City]]
Onset of fever: [[D|June 28]]. Admitted: [[D|7/1/2024]]. NS1 positive.
Platelet nadir 38 x10^9/L on [[D|Jul 3]]. Warning signs: abdominal pain, gum bleeding.
Classification: dengue with warning signs. Outcome: alive, discharged on day 6 of illness.
Cluster: 2 classmates febrile, Bagbag Elementary School - larval survey requested.
Reported by: [[N|N. Dizon]], DSO   [[EM|ndizon.dso@example.gov.ph]]
""",
)

note(
    "d9-52",
    "Lim Siew Eng",
    """
SICU HANDOVER - Bed 3 - [[D|10/02/2024]] ([[D|CNY Day 1]])
Mdm [[N|Lim Siew Eng]], [[A|94]]   NRIC [[ID|S2555018F]]   HRN [[MRN|SGH-5550192Z]]
Home: [[ADDR|Blk 21 Toa Payoh Lor 7, #09-112]] S([[Z|310021]])
Fall at reunion dinner on [[D|CNY eve]]: acute SDH 8 mm, MLS 4 mm. GCS 11 (E3V3M5). Conservative mx per family - no surgery.
Levetiracetam 500 mg BD, target SBP <160. NBM, for SLT.
Family: son Mr [[N|Ong Boon Hock]] (spokesperson, [[PH|9555 0127]]); daughter-in-law [[N|Nurul Huda binte Ismail]].
ACP (PPC) signed - DNR.
Attending: Dr [[N|Arvind s/o Ramasamy]]
""",
)

note(
    "d9-53",
    "Muhammad Hafiz bin Abdul Rahman",
    """
A&E NOTE - [[D|Mon 2 Sept 2024]] 07:45
Name: [[N|Muhammad Hafiz bin Abdul Rahman]]   MyKad [[ID|900315-01-5553]]   M 34
Malaysian commuter; crossed the Causeway by motorcycle ([[VEH|JQB 5512]]) at 05:30, skidded on wet road in [[C|Woodlands]].
Address: [[ADDR|No. 23, Jalan Bakawali 5, Taman Johor Jaya]], [[Z|81100]] [[C|Johor Bahru]], Johor
Tel (MY) [[PH|+60 12-555 0193]] / (SG) [[PH|8555 0176]]
Employer group insurance [[HP|GHS-5550-0017-83]]
C/o L wrist pain, abrasions both knees. Snuffbox tenderness.
XR: undisplaced scaphoid waist fracture.
Tx: thumb spica, ATT given, analgesia. Hand clinic 1/52; MC 7 days.
Self-pay; deposit taken, bill a/c [[ACCT|AE24-5550193]].
""",
)

note(
    "d9-54",
    "Priyanka Raval",
    """
PRACTICE MESSAGING LOG (export) - Greenfields Surgery
[[D|Fri 26 Jul 2024]] 10:14  SMS to [[PH|07700 900735]]:
"Hi [[N|Priyanka]], your blood test results are ready. Please view securely: [[URL|https://patient.example-nhs.uk/r/Kp7Qz55512]] - Greenfields Surgery"
12:02  Reply from patient: "thanks, will ring [[D|monday]]"
08:41 (next working day)  Letter generated to Ms [[N|P. Raval]], [[ADDR|8 Meadowbank Close]], [[C|Oadby]], [[C|Leicester]] [[Z|LE2 5QT]]
NHS no. [[HP|999 617 2209]]   DOB [[D|13/09/1990]]
"Your ferritin is low (9 ug/L). Please book a GP telephone slot to discuss iron replacement; repeat FBC in 8 weeks."
Copy emailed to [[EM|priyanka.raval90@example.com]] by reception
""",
)

note(
    "d9-55",
    "Edith Mary Sutcliffe",
    """
REFERRAL TO HM CORONER - West Yorkshire (Western)
Deceased: [[N|Edith Mary Sutcliffe]]   DOB [[D|30/09/1926]]   Age [[A|97]]
NHS [[HP|999 430 7721]]
Usual address: [[ADDR|The Laurels Care Home, 112 Skircoat Road]], [[C|Halifax]] [[Z|HX1 2RF]]
Date/time of death: [[D|Boxing Day]] ([[D|26/12/2023]]) 04:20, Ward 5, Calderdale Royal Hospital
Reason for referral: death following a fall with # NOF ([[D|12/12/2023]]), hemiarthroplasty next day; possible unnatural cause. MCCD not issued.
Medical examiner: Dr [[N|Rhona Fairclough]]
NOK: nephew [[N|Philip Sutcliffe]], informed in person
Coroner's officer: DC [[N|Andy Parkin]]   ref [[ID|WYW/1555/23]]
""",
)

note(
    "d9-56",
    "Pádraig Ó Flaithearta",
    """
NURSING TRANSFER LETTER - Galway University Hospitals -> St. Brendan's Community Nursing Home, Co. Galway
Patient: [[N|Pádraig]] ([[N|Paddy]]) [[N|Ó Flaithearta]]   DOB [[D|01/01/1934]] ([[A|90]])   MRN [[MRN|GUH 0555192]]
Medical card [[HP|5550183T]]
Previous address: [[C|Ballyconneely]], [[C|Clifden]], Co. Galway [[Z|H71 TN50]]
New residence: the nursing home in [[C|Loughrea]].
Admitted 3 weeks ago with delirium secondary to UTI - resolved. Barthel 8/20. Needs hoist for transfers. Fair Deal (NHSS) approved [[D|20/02/2024]].
Irish speaker - prefers Gaeilge, some English.
NOK: nephew, [[PH|091 555 0127]]
Discharging nurse: CNM2, St. Enda's ward
""",
)

note(
    "d9-57",
    "Élise Bouchard-Nakamura",
    """
PHARMACY PATIENT PROFILE - printout
Patient: [[N|BOUCHARD-NAKAMURA, Élise]]   DOB [[D|1962-12-26]] ([[D|Boxing Day]] baby)
Address: [[ADDR|1180 Bank St, Apt 402]], [[C|Ottawa]] ON [[Z|K1S 3X9]]   Tel [[PH|613-555-0152]]
OHIP [[HP|5550-193-827-MB]]   Plan: ODB
Allergies: sulfa (rash)
Rx#[[ID|5550192]]  apixaban 5 mg BID  #60  R3  DIN 02377233   Prescriber: Dr [[N|A. Haddad]]
Rx#[[ID|5550217]]  metoprolol 25 mg BID  #60  R5  DIN 00648035
Notes: picked up [[D|Dec 27]] by husband. Counselled re bleeding signs, no OTC NSAIDs.
Pharmacist: [[N|L. Tran]]
""",
)

note(
    "d9-58",
    "Harrison Doyle-Whitfield",
    """
AUDIOLOGY REPORT - cochlear implant activation + hearing aid check
Client: [[N|Harrison]] "[[N|Harry]]" [[N|Doyle-Whitfield]], 7 y   NDIS no. [[HP|430555019]]
Address: [[ADDR|9 Jacaranda Cres]], [[C|Indooroopilly]] QLD [[Z|4068]]
Implant: Cochlear Nucleus CI632 (R), S/N [[DEV|5550192837]]; processor Nucleus 8
L hearing aid: Phonak Naida P90-UP, S/N [[DEV|2155N0193]]
Surgery [[D|16/09/24]] at the Mater; activation [[D|14 Oct 2024]].
All 22 electrodes in range; impedances normal. Detecting Ling-6 sounds at 45 dB by end of session.
Mum [[N|Kirsty]] [[PH|0491 570 157]] - Smart App paired to her phone.
Audiologist: paediatric CI team
""",
)

note(
    "d9-59",
    "Brandon T. Kowalski",
    """
MEDICAL ASSISTANCE - CASE UPDATE FOR INSURER
Case ref [[ID|ASC-ZA-24-055187]]   Policy [[HP|TRV-5550-019283]]
Insured: [[N|Brandon T. Kowalski]], US citizen, DOB [[D|07/04/1971]] (MM/DD)   SSN [[SSN|987-65-4325]]
Collapsed at hotel in [[C|Camps Bay]]; inferior STEMI, PCI to RCA [[D|14/09/2024]] (local report, day-first).
Now day 5: EF 50%, no arrhythmia, mobilising.
Fit to fly on day 10, business class with medical escort RN [[N|Lindiwe Dube]]; destination [[C|Chicago]].
Wife [[N|Donna]]: US cell [[PH|+1 312-555-0176]].
Receiving cardiologist Dr [[N|Feldman]], fax [[FX|+1 312-555-0148]].
Case manager: 24h ops desk
""",
)

note(
    "d9-60",
    "Tamati Wiremu Ngata",
    """
MSH|^~\\&|IPM|RBWH|HBCIS|QH|[[D|20240611]]142233||ADT^A01|[[ID|MSG55501927]]|P|2.4
EVN|A01|[[D|20240611]]1422
PID|1||[[MRN|5550193]]^^^RBWH^MR~[[HP|2955 01927 1]]^^^AUSHIC^MC||[[N|NGATA]]^[[N|TAMATI]]^[[N|WIREMU]]^^MR||[[D|19570322]]|M|||[[ADDR|14 Kedron Park Rd]]^^[[C|WOOLOOWIN]]^QLD^[[Z|4030]]^AU||[[PH|(07) 5550 1843]]|||||[[ACCT|V55501927]]
PV1|1|I|4B^12^A^RBWH||||[[ID|55512]]^[[N|OKAFOR]]^[[N|CHIOMA]]^^^DR|||MED||||1
AL1|1|DA|PENICILLIN|SV|anaphylaxis
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
