#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind13.jsonl.

Blind set 13: sixty hand-written, fictional outpatient specialty and
longitudinal-care notes -- heart-failure, device and anticoagulation clinics,
endocrinology with insulin-pump and CGM downloads, nephrology, home and
in-centre dialysis and transplant, oncology and IVIG infusion, rheumatology,
dermatology and tele-dermatology, neurology, headache and epilepsy, pulmonary
and sleep, GI and hepatology, urology, allergy, pain management, PT/OT/SLP and
hand therapy, audiology, nutrition, pharmacist medication reviews, care
coordination and transitions-of-care calls, remote-monitoring alerts and
telehealth visits.  The set leans on very old patients (ages over 89 in many
written forms), payer numbers of many shapes (Medicare MBIs, Medicaid and
commercial member and group numbers), licence numbers, record-level IDs and a
wide spread of date formats (partial dates, month/day pairs, ranges, weekdays,
holidays used as event dates, day-first dates from foreign visitors), mixed
with tempting non-identifiers: eponyms, drug and device model names, lot
numbers, scores, ratios and fractions such as "7/10" or "1:100", room/chair
numbers and times.

Annotation conventions (HIPAA Safe Harbor), inline as [[CAT|surface]]:
* NAME: patients, family, friends, caregivers, staff, nicknames, initials used
  as names, log-in names and handles; titles and credentials stay outside.
* DATE: every date element more specific than a year, including month+year,
  a bare month, a weekday or holiday used as the date of an event.  Bare
  years, times, durations and recurring schedules are not marked.
* AGE: ages over 89 only (the number alone); 89 and under are not marked.
* PHONE / FAX: the whole number, extension included.
* SSN, MRN, HEALTH_PLAN (MBI, Medicaid, member and group numbers), ACCOUNT,
  LICENSE (driver's, professional, DEA), DEVICE (implant/equipment serials),
  VEHICLE, EMAIL, URL, IP; other person- or record-identifying numbers
  (accessions, claims, cases, orders, NPIs, programme and study subject IDs)
  are ID.
* ADDRESS: street number + name, unit, PO box, rural route; CITY: cities,
  towns, neighbourhoods; ZIP: ZIP codes.  States and countries are not marked.
* Not marked: facility, company and agency names, eponyms, room/bed/chair
  numbers, drug and device model names, drug lot numbers, trial names and NCT
  numbers, scores, lab values, gene variants, ICD/CPT codes, bare years.

Every other occurrence of a marked string in a note is marked too unless the
note's ``allow`` tuple lists it.  All people, numbers and addresses are
invented; US phone and fax numbers use 555-01xx.

Stdlib only.  Run: python bench/data/make_deid_blind13.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind13.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b13-01",
    "Adaeze Okonkwo",
    """
HEART FAILURE CLINIC - FOLLOW UP
Pt: [[N|Okonkwo, Adaeze N]]   MRN: [[MRN|4418-2207]]   DOB: [[D|02/11/1931]]
Age: [[A|93]]   Visit: [[D|04/22/2024]]   Referring: Dr. [[N|Halvorsen]]

[[A|93]]yo F w/ HFrEF (EF 30% on TTE [[D|1/9/24]]), NYHA III, CKD 3b. Wt today 61.2 kg, down 1.4 kg over 2 wks. BP 104/62, HR 71. JVP ~8 cm, 1+ pitting edema bilat.
Meds: sacubitril/valsartan 24/26 mg BID (started [[D|Feb 2024]]), metoprolol succinate 25 mg, furosemide 40 mg 1/2 tab alt days, spironolactone held since [[D|March 30]] (K 5.4).
Dtr [[N|Chioma]] manages pillbox; cell [[PH|(617) 555-0148]].
Plan: BMP in 1 wk, RTC 3 wks w/ NP [[N|Ruiz]]. Not a CardioMEMS candidate. HF registry pt # [[ID|HFR-0447]].
""",
)

note(
    "b13-02",
    "Marguerite Delacroix-Byrne",
    """
Anticoag Clinic - telephone encounter  [[D|05-14-24]] 10:40
Spoke w/ pt [[N|Marguerite Delacroix-Byrne]] ([[A|91]]) at home ([[PH|508.555.0119]]). INR 3.6 (goal 2-3) drawn [[D|5/13]] at Sturdy lab draw station.
Hx: AF, CHA2DS2-VASc 5, bioprosthetic AVR 2019.
Weekly dose 27.5 mg: warfarin 5 mg daily except 2.5 mg MWF -> HOLD tonight, then 2.5 mg x2 days, resume usual.
Recent abx: cipro started the day after [[D|Mother's Day]] per grandson [[N|Theo]] (UTI, urgent care).
Recheck INR [[D|Mon 5/20]]. Coumadin flowsheet updated.
Call-back # for grandson [[PH|508-555-0177 x12]].
-- [[N|kbaptiste]] PharmD, CACP
""",
)

note(
    "b13-03",
    "Minh-Anh Tran",
    """
ENDOCRINOLOGY - Insulin pump / CGM review
Name: [[N|TRAN, MINH-ANH]]   DOB [[D|1989-07-30]]   MRN [[MRN|E00731642]]
Ins: Blue Cross PPO, member ID [[HP|XYP884213907]], group [[HP|00417726]]
Download period [[D|Aug 1]] - [[D|Aug 14, 2024]]: Omnipod 5 (PDM SN [[DEV|PDM4K7731902]]), Dexcom G7 (SN [[DEV|8JQ27KX4]]).
TIR 64%, TBR 3% (<54: 0.6%), mean SG 168, GMI 7.3%. A1c 7.6 on [[D|7/2]] (was 8.1 in [[D|April]]).
Overnight lows 0200-0400 x3 nights after late soccer.
Changes: basal 0000-0600 0.85 -> 0.75 u/h; ICR bkfst 1:8 -> 1:9; temp target w/ exercise.
Pt sends readings to CDCES [[N|Abigail Frost]] RN via portal. F/u telehealth [[D|9/18]].
""",
)

note(
    "b13-04",
    "Lincoln Abernathy",
    """
Outpatient Hemodialysis - Monthly Progress Note ([[D|June 2024]])
Patient: [[N|Lincoln Abernathy]]   Chair 14, 2nd shift MWF
MRN [[MRN|DV-556031]] | Medicare MBI [[HP|7QT4-WX2-MK83]] | Medicaid [[HP|100482771-09]]
Access: L brachiocephalic AVF (created [[D|11/2022]]), thrill +. Last fistulagram 3 mo ago.
Kt/V 1.38, URR 72%, Hgb 10.4, phos 6.1, PTH 512. EDW 78.5 kg, IDWG avg 3.1 kg.
Missed tx [[D|6/12]] and [[D|6/14]] - pt reports ride problems; transport coordinator [[N|Sunny]] arranging chair car from [[C|Mattapan]].
Transplant: active on list at Brigham, waitlist ID [[ID|UNOS-TX-448190]].
Nephrologist Dr. [[N|Farida Sayed]]; SW [[N|Ortega]], LICSW.
Next monthly labs [[D|7/3]].
""",
)

note(
    "b13-05",
    "Rosalind Whitcombe",
    """
INFUSION CENTER NURSING NOTE   [[D|Tues 10/08/2024]]
Pt [[N|Rosalind]] "[[N|Roz]]" [[N|Whitcombe]], [[A|90]] y/o F, C3D1 weekly carboplatin AUC2 / paclitaxel 50 mg/m2 for ovarian ca (stage IIIC, dx [[D|May 2024]]).
Port accessed R chest (PowerPort, SN [[DEV|PFR81C0427]]), + blood return.
Premeds: dexamethasone 10 mg IV, diphenhydramine 25 mg, famotidine 20 mg at 0915.
VS 132/78, HR 88, SpO2 97% RA. Wt 52.0 kg.
Labs [[D|10/7]]: ANC 1.9, plt 142. OK to treat per Dr [[N|Nakashima]].
Son [[N|Gerald]] at chairside; prefers updates to his cell [[PH|774-555-0162]].
Next: C3D8, C3D15 as scheduled.
""",
)

note(
    "b13-06",
    "Priyanka Agarwal",
    """
RHEUMATOLOGY CLINIC NOTE
[[N|Agarwal, Priyanka]] | DOB: [[D|14-Feb-1967]] | Acct# [[ACCT|7720-115-904]]
DOS: [[D|01/17/2025]]

CC: RA f/u, hand stiffness ~45 min AM.
Seropositive RA (RF+, anti-CCP >250), dx 2018. MTX 20 mg weekly + folic acid; adalimumab 40 mg q2wk since [[D|Sept '22]].
Flare after holiday travel - swelling R 2nd/3rd MCPs since [[D|New Year's]]. DAS28-CRP 4.1.
Labs [[D|12/30/24]]: CRP 18, ESR 34, ALT 22, Cr 0.8. QuantiFERON neg (annual).
Exam: synovitis R MCP2-3, L wrist. Heberden nodes unchanged.
Plan: pred taper 10->0 over 3 wk; switch to upadacitinib - PA sent to Aetna, ref [[ID|PA-25-0031877]], member [[HP|W219447730]].
Husband [[N|Vikram]] asks re shingles vaccine - Shingrix #2 due.
RTC 6 wks, Dr. [[N|Osei-Bonsu]].
""",
)

note(
    "b13-07",
    "Jordan Kowalczyk",
    """
Derm - Mohs pre-op / full skin check
Patient: [[N|Jordan Kowalczyk]] (goes by "[[N|JK]]"), [[A|96]]yo M, retired dairy farmer from [[C|Paw Paw]], MI. PCP Dr. [[N|Bellweather]].
Bx [[D|2/3/25]] L nasal ala: nodular BCC (path acc# [[ID|SP25-004417]]). SCCis R dorsal hand, also bx'd [[D|2/3/25]], tx w/ ED&C today.
Hx multiple NMSC; Mohs x4 (last [[D|Oct 2023]]). On apixaban - OK to continue per cardiology.
Skin exam: AKs scalp -> LN2 x 11. SKs trunk. No suspicious pigmented lesions on dermoscopy.
Mohs scheduled [[D|March 12]] w/ Dr. [[N|Anand Iyer]]. Granddaughter [[N|Summer]] will drive ([[PH|269-555-0131]]).
Fitzpatrick II. Sun protection counseling given.
""",
)

note(
    "b13-08",
    "Niamh O'Sullivan",
    """
Headache Clinic - Telehealth (video)
DOS: [[D|Wednesday, 11 September 2024]]
Pt: [[N|Niamh O'Sullivan]], 34F, at home in [[C|Somerville]], MA during visit; provider in clinic.
Dx: chronic migraine w/o aura; MOH resolved.
Diary app (username "[[N|niamhos_88]]"): 9 HA days in [[D|Aug]] vs 17 in [[D|June]].
Prev: onabotulinumtoxinA 155 u q12wk - last 6 wk ago. Erenumab 140 mg monthly since [[D|1/2024]].
Acute: rizatripan 10 mg, max 2 d/wk.
MRI [[D|3/14/22]] nl, no Chiari.
Teacher - school note excusing absence [[D|9/5]]-[[D|9/6]] provided.
Emergency contact: partner [[N|Aoife]] (Irish mobile [[PH|+353 87 555 0142]]).
""",
)

note(
    "b13-09",
    "Salvatore Benedetti",
    """
SLEEP MEDICINE FOLLOW-UP - CPAP compliance
[[N|Benedetti, Salvatore]]   MRN [[MRN|00938172]]   DOB [[D|6/6/1932]] ([[A|92]])
DME: Apria, order # [[ID|ORD-7734120]]. ResMed AirSense 11 AutoSet SN [[DEV|23211498762]].
Download [[D|07/01/24]]-[[D|07/30/24]]: use >=4h 87% of nights, avg 6h12m, AHI 3.4, 95th pct pressure 11.8, large leak 1%.
Baseline PSG [[D|Jan 9 2024]]: AHI 41, nadir SpO2 79%. ESS 14 -> 6.
Dry mouth -> humidity 4->5; F20 mask, medium.
Wife [[N|Concetta]] reports no witnessed apneas. Pt still drives; RMV medical form signed, DL [[LIC|S15344712]].
RTC 1 yr, sooner prn. -- [[N|Halloran]], NP
""",
)

note(
    "b13-10",
    "Mohammed Al-Rashidi",
    """
HEPATOLOGY - new pt consult  [[D|3.4.2025]]
Name: [[N|Mohammed Al-Rashidi]]   MRN: [[MRN|HPT-2209914]]   PCP: [[N|Grace Liu]], MD
Ref for elevated LFTs + steatosis on US ([[D|12/19/24]]).
ALT 88 / AST 61 ([[D|Jan 6]]), plt 181, INR 1.0, alb 4.2. FIB-4 1.21. FibroScan today: CAP 312, LSM 7.9 kPa.
HBsAg neg, HCV Ab neg. A1c 6.4.
Social: drives rideshare nights (TLC lic [[LIC|T-662104-C]]); no EtOH.
Plan: wt loss 7-10%, Mediterranean diet -> RD referral ([[N|Kristen Oyelaran]], RD), GLP-1 RA w/ PCP, repeat elastography 12 mo. HAV/HBV vaccine series.
Contact pref: text [[PH|347-555-0109]] or [[EM|m.alrashidi77@examplemail.com]].
""",
)

note(
    "b13-11",
    "Eamon Fitzgerald",
    """
UROLOGY CLINIC
[[N|FITZGERALD, EAMON P]]   [[A|94]] M   MRN [[MRN|7781204]]
Visit [[D|9/23/2024]] - BPH/LUTS, chronic Foley.
16 Fr Foley changed today (last [[D|8/26]]). Cath for retention since [[D|July]] after failed TOV x2.
PSA 4.1 ([[D|8/2024]]), stable. Cr 1.3.
Discussed HoLEP vs TURP vs chronic cath; pt and son (POA [[N|Declan Fitzgerald]], [[PH|(413) 555-0185]]) prefer cath.
Home health: VNA, agency case # [[ID|HH-24-88120]].
Next change [[D|10/21]]; supplies via Byram, acct [[ACCT|BY00455982]].
""",
)

note(
    "b13-12",
    "Hope Brightwater",
    """
ALLERGY/IMMUNOLOGY - Penicillin allergy delabeling
Pt: [[N|Hope Brightwater]], 27F   DOB: [[D|11/02/1997]]
Label: "PCN - hives" from childhood (~age 5).
Skin testing [[D|2/26/25]]: PPL neg, MDM neg, histamine 6 mm, saline 0.
Oral challenge amoxicillin 250 mg then 500 mg -> no reaction over 60 min obs.
Allergy removed from chart; wallet letter given.
Also seasonal AR; SPT [[D|2023-04-17]] + birch, oak, timothy. SCIT considered.
Pharmacy: CVS #4417 (ph [[PH|603-555-0126]]).
Ins Harvard Pilgrim ID [[HP|HPH09917734-01]].
Signed: [[N|M. Castellanos]], MD  NH Lic [[LIC|16702]]  ([[D|02/26/2025]] 15:42)
""",
)

note(
    "b13-13",
    "Esperanza Delgado-Ruiz",
    """
Pain Mgmt - opioid agreement renewal / UDT review
[[N|Delgado-Ruiz, Esperanza]]   DOB [[D|3/21/1958]]   Visit [[D|04/02/2025]]
Dx: lumbar post-laminectomy syndrome; SCS (Abbott Proclaim, IPG SN [[DEV|NPR-0448312]]) implanted [[D|10/2021]].
MME 45 (oxycodone 5 mg q6h prn, max 4/d). PDMP checked [[D|4/2/25]] - single prescriber (Dr. [[N|Kaur]]).
UDS last visit: + oxycodone/oxymorphone, otherwise neg; consistent.
Naloxone on hand. Agreement re-signed today.
Prescriber DEA [[LIC|BK4471803]]; NPI [[ID|1457789021]].
Pharmacy: Walgreens, [[ADDR|112 Main St]], [[C|Chicopee]] MA [[Z|01020]].
Next 28-day fill [[D|4/30]]; random pill counts.
""",
)

note(
    "b13-14",
    "Wendell Oduya",
    """
Physical Therapy - Progress Note (visit 8/12)
Pt: [[N|Wendell Oduya]]   [[A|92]] M
Dx: s/p R TKA [[D|12/09/2024]] (Dr. [[N|Prescott]]), falls hx.
Session date [[D|1/22/25]].
AROM R knee 5-108 (was 12-92 at eval [[D|12/18]]). TUG 16.2 s; Berg 41/56.
Gait: RW -> SPC on level surfaces, 150 ft x2 with CGA.
HEP updated: quad sets, SLR, heel slides 3x10.
Lives alone, 2nd fl apt ([[ADDR|48 Quincy Ave, Apt 2R]]), 14 steps w/ 1 rail. Niece [[N|Belinda]] checks in daily.
Plan 2x/wk x 4 more wks; recert due [[D|2/6]].
[[N|T. Nguyen-Park]], PT, DPT   Lic# [[LIC|PT 2019-4471]]
""",
)

note(
    "b13-15",
    "Ingrid Solberg",
    """
OT Home Safety Evaluation
Client: Mrs. [[N|Ingrid Solberg]], aged [[A|101]]
Date: [[D|Thurs 5/16/24]]
Address: [[ADDR|RR 2 Box 118]], [[C|Jericho]] VT [[Z|05465]]
Lives w/ son [[N|Magnus]] (67).
ADLs: mod I grooming, min A LB dressing, tub transfer unsafe.
Recs: tub transfer bench, grab bars x2, raised toilet seat, remove throw rugs, night lights.
PERS pendant (unit SN [[DEV|LL7-203991-B]]) - button tested OK.
Falls: 1 on [[D|Easter Sunday]] (no injury), 1 in [[D|Feb]].
F/u visit [[D|5/30]]; OT [[N|Rachel Amsel]], OTR/L, cell [[PH|802-555-0115]].
""",
)

note(
    "b13-16",
    "Theodora Papadopoulos",
    """
SLP Dysphagia Tx Note
[[N|Papadopoulos, Theodora]]   [[A|97]]F   MRN [[MRN|M-30-77126]]
DOS: [[D|20240611]]   Enc # [[ID|ENC 88310472]]
Hx L MCA CVA [[D|4/19/24]] -> oropharyngeal dysphagia. MBSS [[D|5/02]]: penetration w/ thin (PAS 5); mildly thick safe.
Diet: IDDSI 5 minced & moist, mildly thick liquids (level 2).
Tx: effortful swallow, chin tuck, Masako 3x10. Fatigues after 15 min.
Family ed w/ daughter [[N|Eleni]] - she prepares meals; handout given in Greek.
Repeat MBSS in 4 wks (~[[D|7/9]]).
[[N|Caroline Achterberg]], CCC-SLP, ASHA # [[LIC|12044871]]
""",
)

note(
    "b13-17",
    "Herschel Blumenthal",
    """
AUDIOLOGY REPORT
Patient name: [[N|Herschel Blumenthal]]   Age [[A|99]]   DOB [[D|01.03.1925]]   Date: [[D|8 April 2024]]
Hx: progressive bilat SNHL; Phonak Audeo L90 aids (L SN [[DEV|2317A0883]], R SN [[DEV|2317A0891]]) fit [[D|Nov 2020]].
Otoscopy: cerumen partially occluding AD - removed w/ curette.
PTA: AD 68 dB, AS 72 dB. WRS 52% / 44%. Tymps type A bilat.
Rec: CI eval offered; pt declines surgery. Reprogrammed aids, added telecoil program.
Wife [[N|Ruth]] ([[A|96]]) accompanies.
Medicare MBI [[HP|3RK7-JF9-HN62]].
Aud: [[N|Dana Weiss]], Au.D.   Lic. [[LIC|AU-0004417]]
""",
)

note(
    "b13-18",
    "Benedicta Asante",
    """
Medical Nutrition Therapy - CKD 4 / DM2
Name: [[N|Benedicta Asante]]   DOB [[D|09/09/1954]]
Referral: nephrology (Dr. [[N|Park]]). Visit [[D|10/30/2024]] (initial), telephone.
Wt 88.6 kg, ht 162 cm, BMI 33.8. eGFR 24 ([[D|10/15]]), K 5.3, phos 5.0, alb 3.6, A1c 7.9.
24-h recall: kenkey, fried plantain, tomato stew, orange juice 16 oz.
Goals: 2 g K, 1 g phos, protein 0.6-0.8 g/kg, carb 45 g/meal. Swap OJ -> apple juice; leach potatoes.
Daughter [[N|Efua]] ([[PH|919-555-0193]]) shops; church potluck on [[D|Thanksgiving]] discussed.
F/u [[D|12/4]].  [[N|Lauren Beaumont]], MS, RDN, LDN
""",
)

note(
    "b13-19",
    "Mae Calloway",
    """
CMR - Comprehensive Medication Review (Part D MTM)
Beneficiary: [[N|CALLOWAY, MAE]]   [[A|95]] F
MBI: [[HP|1EG4TE5MK73]]   Plan: Humana Gold Plus, member ID [[HP|H47719082]]
Date: [[D|Jan. 28, 2025]]   Mode: phone, w/ caregiver [[N|Loretta]] (niece)
Active meds (start):
 1. amlodipine 5 mg daily ([[D|3/2019]])
 2. atorvastatin 20 mg qhs (yrs)
 3. donepezil 5 mg qhs ([[D|11/2023]])
 4. oxybutynin 5 mg BID ([[D|8/2024]]) - Beers, anticholinergic w/ donepezil -> rec mirabegron
 5. omeprazole 20 mg (2016?)
Findings: PPI >8 yrs w/o clear indication -> deprescribing trial.
Letter to Dr. [[N|Yusuf Haddad]] faxed [[FX|(334) 555-0170]] on [[D|1/28]].
[[N|R. Villanueva]], PharmD   RPh Lic [[LIC|RPH.0091447]]
""",
)

note(
    "b13-20",
    "Augustus Pemberton",
    """
TCM CALL - 2 business days post discharge
Pt: [[N|Augustus Pemberton]] ([[A|90]] yo)   Home: [[PH|804-555-0156]]
D/C from St. Mary's [[D|Fri 12/13/24]] after CHF exacerbation (LOS 4 d).
Call [[D|Tuesday 12/17]] 09:15 by RN [[N|Kimberly Osterhaus]].
- Meds reconciled: furosemide up to 40 BID, new KCl 20 mEq. Wife [[N|Lottie]] fills pillbox.
- Daily wts 183.2 -> 181.6 lb. No SOB at rest.
- Scale via RPM program (Bluetooth, device ID [[DEV|BT-SC-77014]]).
- F/u: PCP [[D|12/20]] 2:30 PM Dr. [[N|Mbeki]]; cardiology [[D|1/6]].
- Home health SOC [[D|12/16]] (Amedisys ref [[ID|AMD-558213]]).
- Address confirmed: [[ADDR|2207 Brook Rd]], [[C|Henrico]] VA [[Z|23227]].
""",
)

note(
    "b13-21",
    "Kenji Yamamoto",
    """
*** REMOTE PATIENT MONITORING ALERT ***
Generated: [[D|2024-11-03]] 06:42 EST
Patient: [[N|Yamamoto, Kenji]] | Program ID [[ID|RPM-00871-KY]] | Age [[A|92]]
Alert: SBP > 180 x2 readings
  06:12  186/94  HR 58
  06:31  182/90  HR 60
Cuff: Omron BP7450, serial [[DEV|20230917004LG]]
7-day avg 142/78. Last med change [[D|10/28]] (lisinopril 20->40).
RN triage ([[N|jmcallister]]) called pt [[PH|206-555-0138]] at 07:05 - asymptomatic, forgot AM meds, took now. Recheck 1 h: 158/82.
Daughter-in-law [[N|Hiroko]] notified. Escalation to Dr. [[N|Oyelowo]] not needed.
Next review [[D|Nov 4]].
""",
)

note(
    "b13-22",
    "Lukas Hoffmann-Brandt",
    """
Cardiology telehealth - visiting pt from abroad
[[N|Lukas Hoffmann-Brandt]], 58M, visiting daughter in [[C|Ann Arbor]] until [[D|30.09.2024]].
Hx: paroxysmal AF, PVI in [[C|Munich]] [[D|14.03.2024]]; on rivaroxaban 20 mg.
Palpitations x3 days (since [[D|Sept 12]]). Letter from home shows Holter [[D|02.04.2024]] SR.
ECG today ([[D|Sept 16]]): SR 64, QTc 418.
Zio XT patch placed, SN [[DEV|K112804477]], mail back in 14 d.
Travel insurance: Allianz policy [[HP|AZ-DE-4471982-3]]; German GKV no. [[HP|K882014457]].
Daughter [[N|Mia]] (cell [[PH|734-555-0104]]) translates prn; Hausarzt Dr. [[N|Weber]] in [[C|Freising]], fax [[FX|+49 8161 5550120]].
""",
)

note(
    "b13-23",
    "Marcus Ellery-Jones",
    """
Peds Endo -> Adult transition visit
[[N|Marcus]] "[[N|Mac]]" [[N|Ellery-Jones]]   DOB [[D|4/1/2006]]   MRN [[MRN|P-0077193]]
T1D dx age 7 ([[D|Halloween 2013]], per mom).
Tandem t:slim X2 SN [[DEV|1204471]] w/ Control-IQ; switching G6 -> G7 on [[D|Monday]].
14-day: TIR 58%, TAR 39%, TBR 3%. Missed lunch boluses (school).
A1c 8.4 today ([[D|6/24/24]]) vs 8.9 ([[D|3/11/24]]).
Starts college at UMass in [[D|Sept]]; will transfer to adult endo Dr. [[N|Quintero]].
Mom [[N|Denise Ellery]] [[PH|781-555-0122]]; pt cell [[PH|781-555-0187]].
Driving: junior operator lic [[LIC|S88103466]]; reviewed "above 5 to drive".
""",
)

note(
    "b13-24",
    "Sione Taufa",
    """
Home PD Clinic - monthly
[[N|Sione Taufa]]   46 M   MRN [[MRN|0093-4471-2]]
Cycler: Baxter Amia SN [[DEV|AM2K-118845]]; remote data reviewed [[D|2/1]]-[[D|2/28/25]].
Rx: 4 cycles x 2.2 L, 1.5%/2.5%, last fill 1 L icodextrin. UF avg 780 mL/d.
Peritonitis [[D|1/11/25]] (S. epidermidis), IP vanc, resolved.
Kt/V 1.9, CrCl 62 L/wk. Hgb 10.9 on Mircera monthly.
Ins: Medicare (ESRD) MBI [[HP|5JW2-Q83-TY04]]; secondary UHC Community Plan ID [[HP|919447201]].
Wife [[N|Mele]] does connections when pt works late; retraining done [[D|Feb 19]].
Supplies ship to [[ADDR|3310 S 4th Ave #B]], [[C|Kent]] WA [[Z|98032]].
Home visit RN [[N|Paula Fonoti]].
""",
)

note(
    "b13-25",
    "Clarence Abbott",
    """
Heme/Onc f/u - MM
[[N|Abbott, Clarence W.]] ([[A|98]])   DOB [[D|07/04/1926]]   Visit: [[D|2024.10.02]]
IgG kappa MM dx [[D|Apr '21]]; dara SQ monthly + dex 8 mg (age-adjusted).
M-spike 0.3 ([[D|9/25]]) vs 0.4 prior. FLC ratio 2.1. Cr 1.4, Ca 9.2, Hgb 10.8.
DM2 on FreeStyle Libre 2 (Abbott) - glucose 140-220 on dex days.
Zoster ppx acyclovir. IVIG not needed.
Next dara [[D|10/30]]. Pt asks about stopping at [[A|99]] - GOC w/ pt & son [[N|Wallace]] (HCP).
DNR/DNI signed today, MOLST form # [[ID|MOLST-24-03318]].
""",
    allow=("Abbott",),
)

note(
    "b13-26",
    "Philomena Gallagher",
    """
DEVICE CLINIC - Remote transmission review
Pt: [[N|Philomena Gallagher]]  [[A|100]] F  (turned [[A|100]] on [[D|3/8]]!)
Device: Medtronic Azure XT DR MRI W1DR01, SN [[DEV|RNB228104H]]; implanted [[D|06/2019]] for CHB.
Transmission [[D|03/18/2025]] via CareLink (acct [[ACCT|CL-55091-3372]]).
Battery 6.1 yr. RA 0.5 V @ 0.4 ms; RV 0.75 V. Impedances stable.
AT/AF burden 2.1% - longest 3h 11m on [[D|3/14]]. Not on OAC (fall risk, pt preference).
V pacing 99%.
Next remote [[D|June 17]]; in-clinic [[D|Sept]].
Reviewed by [[N|Ignatius Obi]], CCDS; cosign Dr. [[N|Feldman-Akers]].
""",
)

note(
    "b13-27",
    "Dwayne Robichaux",
    """
LIVER CLINIC
[[N|Dwayne]] "[[N|Tiny]]" [[N|Robichaux]]   55M | MRN [[MRN|LV88104]] | [[D|12 Nov 2024]]
EtOH cirrhosis, sober since [[D|Labor Day 2022]]. MELD-Na 17 ([[D|11/4]]). Child-Pugh B8.
EGD [[D|8/30/24]]: small varices, no red wale; carvedilol 6.25 BID.
Ascites: furosemide 40 / spironolactone 100. Para x1 in [[D|Oct]] (4.2 L).
Transplant eval: SW [[N|Gabrielle Thibodeaux]], LCSW; support person brother [[N|Remy]] ([[PH|337-555-0163]]).
Lives in [[C|Breaux Bridge]], LA, ~2.5 h from center.
PEth neg x3.
Plan: HCC US + AFP q6mo (next [[D|May]]).
""",
)

note(
    "b13-28",
    "Tiana Brooks-Whitfield",
    """
Rheum f/u: SLE
[[N|Tiana Brooks-Whitfield]] 31F   DOB [[D|5.17.93]]
HCQ 300 mg daily since [[D|2019-08]]; OCT/VF screen last [[D|Dec]] nl.
Class III LN, bx [[D|10/10/2022]]; MMF 1.5 g BID + belimumab.
UPCR 0.3 ([[D|2/20]]), C3 92, dsDNA 45.
Pregnancy planning: MMF -> azathioprine, need 3-6 mo quiescence. Pre-conception visit w/ MFM Dr. [[N|Abara]] [[D|April 8]].
Husband [[N|Jalen]].
Ins: Tufts Health Together (MassHealth) ID [[HP|100-339-4172]].
Work note for 3 days (flare).
""",
)

note(
    "b13-29",
    "Irina Sokolova",
    """
Movement Disorders Clinic
Name: [[N|Sokolova, Irina V.]]   Age: [[A|91]]   Visit date: [[D|7/15/24]]
PD dx ~2009. Carbidopa/levodopa 25/100 1.5 tab 5x/day (0700, 1000, 1300, 1600, 1900).
Wearing off ~30 min before doses; mild dyskinesia. Falls: 2 since [[D|Memorial Day]].
MDS-UPDRS III 38 (on). MoCA 22/30 ([[D|Jan]]).
DBS not candidate (age/cog). Considering opicapone.
Orthostatic: 128/70 -> 104/62 standing. Midodrine 2.5 mg TID started [[D|7/15]].
PT ref for LSVT BIG.
Caregivers: husband [[N|Arkady]] ([[A|93]]) and aide [[N|Precious]] (Home Instead client # [[ID|HI-55231]], M-F). Contact [[PH|312-555-0146]].
Parkinson Foundation helpline info given.
""",
)

note(
    "b13-30",
    "Ezekiel Washington",
    """
PULMONARY CLINIC NOTE
Pt: [[N|Ezekiel Washington]]  [[A|95]]-year-old M | Acct [[ACCT|004417732-01]] | DOS [[D|26-Jun-2024]]
COPD GOLD 3 / E. FEV1 38% pred (PFT [[D|May 2023]]).
Home O2 2 L NC continuous; Inogen G5 POC SN [[DEV|G5-2104481-X]] via Lincare, order [[ID|LC-8830122]].
AECOPD: [[D|Feb]] (pred burst), [[D|4/19]] (admit 3 d, Good Samaritan).
Meds: Trelegy 1 puff daily, albuterol neb prn. Roflumilast stopped (wt loss).
Walk test: SpO2 88% RA at rest -> 91% on 2 L; 6MWD 180 m.
Wants to stay home in [[C|Lithonia]]. Grandson [[N|Isaiah]] lives w/ him.
PCV20 given [[D|10/2023]]. RTC 3 mo.
""",
)

note(
    "b13-31",
    "Marjorie Kettleworth",
    """
Endocrinology consult - osteoporosis
[[N|Marjorie Kettleworth]] / F, [[A|92]] / MRN [[MRN|00-418-2271]]
DXA [[D|10/3/2024]]: L-spine T -2.9, fem neck -3.1 (prior [[D|9/2022]]: -2.6/-2.7). FRAX major 38%, hip 19%.
Fx: L1 compression [[D|Aug 2024]] lifting grocery bag; wrist fx 2011.
Vit D 24, Ca 9.4, Cr 0.9, PTH 61.
Alendronate 2017-2022 (holiday since [[D|Jan 2023]]).
Plan: romosozumab x12 mo -> zoledronic acid. Dental clearance from Dr. [[N|Szabo]], DDS.
PA to BCBS Medicare Advantage, member [[HP|YLM 9D44871 02]].
Daughter [[N|Grace]] drives her from [[C|Dedham]].
""",
)

note(
    "b13-32",
    "Ahmad Nouri",
    """
DERMATOLOGY
Pt: [[N|Ahmad Nouri]] 44M   DOS [[D|Feb 11 2025]]
Plaque psoriasis, BSA 18% -> 2% on risankizumab (started [[D|9/2024]]; last inj [[D|12/30]]).
PASI 1.2. DLQI 2. PEST 1 - neg.
Specialty pharmacy Accredo, Rx # [[ID|RX-7194520]]; Cigna member [[HP|U71940882 01]].
TB screen: QFT neg [[D|8/19/24]]; next due [[D|Aug]].
Nail pitting improved. Scalp: clobetasol soln prn.
Mother [[N|Shirin]] also followed here for psoriasis.
Portal msg last wk: new lesion R shin -> today: SK. Reassured.
Next visit [[D|08/11/2025]]. -- [[N|L. Fairweather]], PA-C
""",
)

note(
    "b13-33",
    "Catalina Restrepo",
    """
IBD INFUSION - infliximab
[[N|Catalina Restrepo]], 24F, MRN# [[MRN|2241-9903]]
Infusion #14 today [[D|10/15/24]], 10 mg/kg (62 kg -> 620 mg) q6wk. Last 6 wk ago.
Trough 4.1 (pre-dose), ATI neg. Fecal calpro 88 (from 640 in [[D|March]]).
Ileocolonic CD, SES-CD 4 on colonoscopy [[D|7/22/24]] (Dr. [[N|Vanterpool]]).
No premeds. VS stable; no reaction.
Studying abroad in [[C|Bogotá]] [[D|Jan]]-[[D|May 2025]] - infusions arranged at Fundación Santa Fe; records sent.
Aetna Student Health ID [[HP|W18820473]]; PA # [[ID|AE-PA-9910457]] valid thru [[D|4/30/25]].
Mom [[N|Lucía]] cell [[PH|305-555-0111]].
""",
)

note(
    "b13-34",
    "Kwame Mensah-Bonsu",
    """
Urology - stone clinic f/u
[[N|Kwame Mensah-Bonsu]]   38M | MRN [[MRN|U0577120]] | [[D|8-12-24]]
Recurrent CaOx stones; s/p R URS/laser/stent [[D|7/10]], stent out [[D|7/17]] (string).
24h urine (2 wk post-op): vol 1.3 L, Ca 312, citrate 280, oxalate 52, UA 0.9.
CT KUB [[D|8/2]]: 3 mm nonobstructing L lower pole.
Plan: fluids >2.5 L, K citrate 15 mEq BID, HCTZ 25, low Na.
Long-haul trucker (CDL [[LIC|N-3301-774-28]], tractor plate [[VEH|PKX-4471]]) - limited bathroom access discussed. DOT med card exp [[D|11/2025]].
Wife [[N|Akosua]] [[PH|216-555-0124]].
RTC 6 mo w/ KUB.
""",
)

note(
    "b13-35",
    "Ottoline Marchetti",
    """
CARE COORDINATION NOTE
Client: [[N|Ottoline Marchetti]]   [[A|104]] y.o. F
MassHealth ID [[HP|100277190143]] / Medicare MBI [[HP|2KT9-HA4-WE17]]
SSN on file [[SSN|031-55-4478]] (SCO enrollment)
Date [[D|9/9/24]]. Call w/ nephew [[N|Dario Marchetti]] ([[PH|401-555-0199]]) re SCO enrollment eff [[D|10/1/24]].
Address: [[ADDR|17 Federal Hill Pl, Unit 3]], [[C|Providence]] RI [[Z|02903]].
PCA 28 h/wk approved; PCA [[N|Mirela]] (Tri-Town agency).
Adult day health M/W/F.
Needs: bathroom modif, medical alert, Meals on Wheels (start [[D|9/16]]).
Next call [[D|9/23]].  CM [[N|Jesús Almonte]], RN, BSN
""",
)

note(
    "b13-36",
    "Sol Bernstein",
    """
ANTICOAGULATION MGMT SERVICE - DOAC check-in
[[N|BERNSTEIN, SOL]]   DOB [[D|Dec 2, 1933]]   Age [[A|90]]
Apixaban 2.5 mg BID (dose-reduced: age >=80 + Cr 1.6 + wt 57 kg).
Labs [[D|10-22-24]]: Cr 1.6, CrCl ~26, Hgb 11.2, plt 190.
Colonoscopy [[D|11/14]] -> last apixaban dose [[D|11/12]] AM, resume next day PM if no bleeding. No bridging.
Dental ext [[D|Dec 3]] - continue apixaban, TXA rinse.
Wife [[N|Edith]] (89) helps with pill organizer.
Pharmacy: Costco #0481, [[PH|914-555-0108]].
Next f/u [[D|1/2025]] or sooner prn.
[[N|A. Mukherjee]], PharmD, BCACP   Lic [[LIC|PHA-044719]]
""",
)

note(
    "b13-37",
    "Haruto Nishimura",
    """
GU ONC f/u
[[N|Haruto Nishimura]] / [[A|93]] / M
mHSPC dx [[D|2/2023]]; leuprolide q3mo (last [[D|11/20/24]]) + enzalutamide 80 mg (dose-reduced for fatigue).
PSA: 48 -> 0.4 ([[D|Aug]]) -> 0.3 ([[D|11/20]]).
Bone scan [[D|12/1/24]] stable. Osteopenia -> denosumab q6mo (next [[D|Feb]]).
Hot flashes tolerable. No falls.
Registry study (NCT05288166), subject ID [[ID|PCR-0214-0077]].
Son [[N|Takeshi]] interprets (Japanese). Contact [[PH|(808) 555-0151]].
Lives in [[C|Kaneohe]]. RTC [[D|2/26/25]].
""",
)

note(
    "b13-38",
    "Brooks Lindqvist",
    """
ALLERGY SHOT CLINIC - Build-up log
Patient: [[N|Brooks Lindqvist]]   DOB [[D|03/30/1990]]   Vial set # [[ID|AV-24-1187]]
Extract: tree/grass/cat/D. pter; ordering MD Dr. [[N|Sahni]].
Date    Vial    Vol   Arm  Rxn
[[D|6/3]]     1:100   0.30  L    none
[[D|6/6]]     1:100   0.40  R    5 mm wheal
[[D|6/10]]    1:100   0.50  L    none
[[D|6/13]]    1:10    0.05  R    LLR 40 mm -> repeat dose
Observed 30 min each. Peak flow 520 pre / 510 post.
EpiPen on person: yes (exp [[D|01/2025]]).
Next shot [[D|Mon 6/17]]; holiday closure [[D|July 4]] noted.
Nurse: [[N|Siobhan]] RN
""",
)

note(
    "b13-39",
    "Tomasz Wroblewski",
    """
EPILEPSY CLINIC
Pt: [[N|Tomasz Wróblewski]], 29 M. MRN [[MRN|N-4471029]]. Visit [[D|03/03/2025]].
Focal impaired awareness seizures; last sz [[D|12/24/24]] ([[D|Christmas Eve]] - missed doses).
Meds: levetiracetam 1500 BID, lacosamide 200 BID (added [[D|Jan 2]]).
EEG: L temporal sharps. MRI 3T: L MTS.
Driving: PA requires 6 mo sz-free; earliest [[D|6/24/25]]. PennDOT form done, DL # [[LIC|31 447 902]].
Warehouse job (forklift) - restrictions letter; short-term disability claim # [[ID|STD-8810447]].
Girlfriend [[N|Kasia]] witnessed last event, has video.
SEEG eval ref to Dr. [[N|Oyinlola Adebayo]].
""",
)

note(
    "b13-40",
    "Marisol Quinones",
    """
Telehealth - CBT-I session 3 of 6
Patient: [[N|Marisol Quiñones]]   DOB [[D|1971/08/22]]
Location: pt at home ([[C|Kissimmee]], FL), connected from IP [[IP|198.51.100.23]]; verbal consent.
Sleep diary [[D|Mon 1/13]] - [[D|Sun 1/19]]: SE 78% (from 64%), TST 5.6 h, SOL 35 min, WASO 50 min.
Sleep window 00:30-06:00 -> extend to 00:15-06:00.
ISI 16 (from 21 at intake).
Trazodone tapered to 25 mg; off by [[D|Feb 1]].
Husband [[N|Rey]] snores - suggested his own sleep eval.
Link sent to [[EM|mquinones.fl@examplemail.com]].
Next [[D|1/27]] 4 PM. -- [[N|D. Rosenthal]], PhD
""",
)

note(
    "b13-41",
    "Adebayo Ogunleye",
    """
Transplant Nephrology - kidney tx f/u
[[N|Adebayo Ogunleye]]   52M   DOB [[D|19 Aug 1972]]
DDKT [[D|5/20/2021]]. Tac trough 6.2 ([[D|Jun 3]]; goal 5-7). Cr 1.4 (baseline 1.3).
MMF 500 BID, pred 5. BK PCR neg. DSA neg ([[D|April 2024]]).
BP 138/84 -> amlodipine up to 10.
Skin check overdue -> derm ref.
Immunosuppressant coverage: Medicare Part B, MBI [[HP|9UC3-GG8-XP56]].
Travel to [[C|Lagos]] [[D|12/15]]-[[D|1/10]] - 2 mo supply + travel letter.
Wife [[N|Folasade]] [[PH|713-555-0172]].
Next labs 4 wks; clinic 3 mo.
""",
)

note(
    "b13-42",
    "Cornelius Van Aalst",
    """
CARDIAC REHAB - Phase II session log
Participant: [[N|Cornelius]] "[[N|Neil]]" [[N|Van Aalst]]
[[A|91]]y M | MRN [[MRN|CR-20011]] | Ref dx: NSTEMI s/p PCI LAD [[D|3/2/24]]
Session 18/36 - [[D|5/10/24]]
Rest: HR 64, BP 118/70. Peak HR 98, BP 148/76 on NuStep L5 x 20 min, treadmill 1.8 mph 0% x 10 min. RPE 12-13.
Telemetry: SR, occ PVCs. No sx.
Missed [[D|5/6]] & [[D|5/8]] (grandson's graduation in [[C|Grand Rapids]]).
Education: heart-healthy eating w/ RD [[N|Farah]].
Goal: walk with wife [[N|Hendrika]] at the mall.
Graduation ~late [[D|June]]. Parking permit plate [[VEH|8KLM204]].
EP: [[N|M. Kowalski]], MS, ACSM-CEP
""",
)

note(
    "b13-43",
    "Schuyler Penhaligon",
    """
ENDO FOLLOW UP - Adrenal insufficiency
[[N|Schuyler Penhaligon]], 61 F   Visit [[D|April 2nd, 2025]]   MRN [[MRN|0477 1902]]
Primary AI (Addison) dx [[D|Oct 2019]]. Hydrocortisone 15/5 mg, fludrocortisone 0.1 mg.
Renin 2.9, Na 139, K 4.3 ([[D|3/26]]).
Sick-day rules reviewed; Solu-Cortef 100 mg IM kit exp [[D|Nov '25]].
Medical ID bracelet # [[ID|MA-7719204]].
Ins: Anthem Blue Cross member [[HP|ZGP440917823]], grp [[HP|278804M101]].
Travel letter for [[C|Lisbon]] trip [[D|May 10-24]].
Emergency contact: partner [[N|Lou]] [[PH|415-555-0116]].
""",
)

note(
    "b13-44",
    "Mabel Okafor-Lindgren",
    """
VIDEO VISIT - Geriatrics
Pt: [[N|Mabel Okafor-Lindgren]], age [[A|97]]; joined from daughter's home in [[C|Bloomington]] w/ daughter [[N|Adaora]] (70).
Date: [[D|Sat, Feb 15, 2025]]
Concerns: wt loss 4 lb since [[D|Christmas]], poor appetite.
PMH: HTN, OA, mild NCD, CKD 3a.
Meds: amlodipine 2.5, acetaminophen 650 TID, mirtazapine 7.5 qhs (new [[D|1/20]]).
Wt yesterday: 101 lb (home scale). Ensure BID.
Plan: labs at Quest [[D|2/18]] (req # [[ID|QD-55017342]]).
Advance directive: HCP is [[N|Adaora]]; POLST on file.
Next video [[D|3/15]].  Dr. [[N|Rahel Tesfaye]]
""",
)

note(
    "b13-45",
    "Jesse Two Bulls",
    """
HCV Tx - Pharmacist visit
[[N|Jesse]] "[[N|JJ]]" [[N|Two Bulls]]   45M | DOB [[D|11/23/1979]] | MRN [[MRN|IHS-0098171]]
HCV GT1a, VL 2.1M IU/mL, F1 on elastography. Tx-naive.
Sofosbuvir/velpatasvir 1 tab daily x 12 wk, start [[D|7/29/24]] -> EOT [[D|10/20/24]].
DDI: omeprazole 20 -> take Epclusa w/ food 4 h before PPI.
Adherence: text reminders to [[PH|605-555-0190]]; aunt [[N|Winona]] helps.
SD Medicaid ID [[HP|00091827-4]]; PA approved [[D|7/22]] (PA# [[ID|SDM-24-338104]]).
SVR12 lab due [[D|Jan 2025]]. Lives in [[C|Pine Ridge]].
""",
)

note(
    "b13-46",
    "Gunnar Ingebrigtsen",
    """
PROCEDURE NOTE - L5-S1 interlaminar ESI
Patient: [[N|Gunnar Ingebrigtsen]]   MRN [[MRN|PM-880412]]   DOS [[D|2/20/25]]
Age 67. L5 radiculopathy; MRI [[D|12/2024]] L4-5 protrusion.
Consent signed. Timeout 10:02 (RN [[N|Dominique]], Dr. [[N|Halpern]]).
Fluoro-guided, 20G Tuohy, LOR saline at L5-S1. Omnipaque 180 2 mL, epidural spread confirmed.
Dexamethasone 10 mg + 2 mL NS. No paresthesia. EBL 0. Fluoro 14 s, 3.2 mGy.
NRS 7/10 -> 3/10. D/C 10:40 w/ wife [[N|Solveig]].
Prior ESI [[D|8/14/24]] gave ~5 mo relief. F/u 2 wk.
Claim # [[ID|CLM-2502-7790114]]. Attending lic [[LIC|MD-0071183]].
""",
)

note(
    "b13-47",
    "Guadalupe Ybarra",
    """
VESTIBULAR REHAB - Initial eval
[[N|Guadalupe Ybarra]], [[A|90]] y/o F.  Ref: Dr. [[N|Chen]] (ENT).  Eval [[D|June 3, 2024]]
Vertigo w/ rolling R since [[D|May 18]] (after gardening).
Dix-Hallpike R + (upbeating torsional nystagmus, 20 s). L neg. Head impulse neg.
Tx: Epley maneuver R x2 - resolved on retest.
DGI 15/24 - fall risk.
Lives w/ granddaughter [[N|Xochitl]] in [[C|Pico Rivera]]; Spanish interpreter (ID #[[ID|30411]]).
Plan: 1-2 visits, Brandt-Daroff HEP. Recheck [[D|6/10]].
PT: [[N|Oscar Lindahl]], DPT   CA Lic [[LIC|PT 41187]]
""",
)

note(
    "b13-48",
    "Stanislaw Wojciechowski",
    """
NEPHROLOGY CLINIC - CKD 4
[[N|Wojciechowski, Stanisław]]   [[A|96]]yo M   MRN# [[MRN|K009-1277]]
Labs:     [[D|11/4]]    [[D|12/2]]    [[D|1/6/25]]
Cr        2.6     2.9     2.7
eGFR      22      19      21
K         5.1     5.6     5.0
HCO3      19      18      20
Hgb       9.8     9.5     10.1
CKD 4 (cardiorenal), anemia of CKD; darbepoetin started [[D|12/10]].
Conservative mgmt - pt declines dialysis (discussed w/ family over [[D|Thanksgiving]]).
NaHCO3 650 BID; low K diet.
HCP: son [[N|Stan Jr]]. [[PH|773-555-0128]]. Palliative referral placed.
""",
)

note(
    "b13-49",
    "Evangeline Thibault",
    """
IVIG infusion - CIDP maintenance
[[N|Evangeline Thibault]], [[A|92]], F - Chair 6 - [[D|08/19/24]]
Privigen 0.4 g/kg (48 g) q3wk; last [[D|7/29]]. Lot P100447123.
Pre: VS 126/70, HR 72, Cr 0.9. Rate 0.5 -> 4 mg/kg/min.
INCAT 2 (stable). Grip R 14 kg / L 12 kg.
HA after last dose -> 500 mL NS pre.
Home infusion considered (Option Care ref [[ID|OC-7794102]]).
Husband [[N|Armand]] ([[A|94]]) drove; he sees Dr. [[N|Lévesque]] same day.
Medicare [[HP|8FD2-VK6-MQ19]]; AARP supplement ID [[HP|3880441072-1]].
Next [[D|9/9]].
""",
)

note(
    "b13-50",
    "Ray Donnelly",
    """
LUNG NODULE CLINIC
[[N|Ray Donnelly]], 71 M. 55 pk-yr, quit [[D|Father's Day 2015]].
LDCT [[D|9/14/2024]]: 9 mm solid RUL nodule (Lung-RADS 4A), new vs [[D|9/2023]].
PET [[D|10/2/24]]: SUV 2.4.
Plan: nav bronch bx [[D|10/17]] w/ Dr. [[N|Aurelio Santangelo]]; continue ASA.
VA-eligible; VA ICN [[ID|1012847731V449216]].
Lives in [[C|Dorchester]] w/ partner [[N|Phil]].
Callback [[PH|617.555.0191]], AM preferred.
Records from Hudson Valley VA, fax [[FX|845-555-0176]].
""",
)

note(
    "b13-51",
    "Lorraine Battaglia",
    """
Female pelvic med - PTNS session #9/12
Pt: [[N|Lorraine]] "[[N|Lo]]" [[N|Battaglia]], age [[A|91]]   DOS [[D|10-7-2024]]
OAB wet; failed oxybutynin (confusion) & mirabegron (BP).
Voiding diary wk of [[D|9/30]]: 11 voids/d -> 8/d; UUI 4 -> 1/d.
PTNS 30 min L ankle, 7 mA, toe flexion +.
Monthly maintenance after [[D|11/4]]. Botox discussed; not keen.
Pessary (Gellhorn #3) check due [[D|Dec]].
Transport: The RIDE, rider ID [[ID|RIDE-447102]].
Daughter [[N|Angela]] [[PH|617-555-0135]].
NP [[N|Kiersten Holloway]]
""",
)

note(
    "b13-52",
    "Bao Chau Nguyen",
    """
LETTER OF MEDICAL NECESSITY   [[D|March 6, 2025]]
To: Medical Review, Blue Shield of California, fax [[FX|(916) 555-0140]]
RE: [[N|Nguyen, Bao Chau]]   DOB [[D|07/19/1988]]
Member ID [[HP|XEA981774201]]   Group [[HP|W0044718]]   Case # [[ID|BSC-PA-2503-1190]]
Request: erenumab 140 mg SC monthly, chronic migraine (G43.709).
Failed: topiramate 2021-2022 (paresthesias), propranolol ([[D|Jan]]-[[D|Mar 2023]], bradycardia), amitriptyline (sedation), onabotulinumtoxinA x4 cycles ending [[D|11/2024]] (<30% reduction).
HA days 18/mo (90-day diary).
Sincerely,
[[N|Harriet Okwuosa]], MD   CA Lic [[LIC|A147720]]   NPI [[ID|1770448192]]
[[ADDR|2100 Webster St, Ste 410]], [[C|San Francisco]] CA [[Z|94115]]   Ph [[PH|415-555-0181]]
""",
)

note(
    "b13-53",
    "Rosa Elvira Mendoza de Leon",
    """
SW/CHW outreach note
Client [[N|Rosa Elvira Mendoza de León]] ([[A|94]] yrs)
[[D|Wed 7/17]] - home visit w/ CHW [[N|Yesenia]].
Address: [[ADDR|455 E Calle Primera, Trlr 12]], [[C|San Ysidro]] CA [[Z|92173]].
Issues: AC broken (heat adv.), Medi-Cal renewal due [[D|8/31]] (CIN [[HP|91882047A]]), missed cardiology [[D|7/2]].
Actions: utility medical baseline form given; Medi-Cal packet submitted [[D|7/17/24]]. Cardiology rescheduled [[D|7/29]] 9:00.
Son [[N|Héctor]] (lives in [[C|Tijuana]]) cell [[PH|+52 664 555 0137]].
Grandson [[N|Ángel]] works nights.
F/u call next [[D|Wednesday]].
""",
)

note(
    "b13-54",
    "Olusegun Adeyemi-Clarke",
    """
TELEDERM E-CONSULT  #[[ID|EC-2409-11873]]
Requesting: [[N|Bashir]], PA-C (PCP office)
Pt: [[N|Olusegun Adeyemi-Clarke]], 37M | MRN [[MRN|TD-66019422]]
Images uploaded [[D|09/12/24]] 14:03 ([[URL|portal.example-health.org/photos/TD66019422]])
Hx: 3 mo pruritic annular plaques groin/thighs; OTC hydrocortisone since [[D|June]] -> worse.
Assessment: tinea cruris, likely incognito. KOH not done.
Rec: stop steroid; terbinafine 1% cream BID x 2-4 wk; if not better by [[D|Oct 15]], oral terbinafine 250 mg x 2 wk (check LFTs).
Response time 1 d. -- Dr [[N|Ilse Vanderhoeven]] (dermatology), [[D|9/13/24]]
""",
)

note(
    "b13-55",
    "Thaddeus Moreau",
    """
CI MAPPING SESSION
Pt: [[N|Thaddeus Moreau]] ([[A|102]])   R CI activated [[D|2/9/23]]
Cochlear Nucleus 7 processor SN [[DEV|4477190283]]; implant CI632 SN [[DEV|59921004]].
Today [[D|5 Jan 2024]]: C/T levels adjusted; impedances WNL.
AzBio quiet 46% (from 22% at 6 mo).
Pt jokes he is "the oldest bionic man in [[C|Bangor]]".
Caregiver [[N|Colette]] (dtr) [[PH|207.555.0102]].
Loaner processor SN [[DEV|4477190911]] returned [[D|12/28]].
Medicare MBI [[HP|6AP1-XY3-RR45]].
Audiologist [[N|Priya Raghunathan]], Au.D., CCC-A
""",
)

note(
    "b13-56",
    "Tamika Jefferson-Hale",
    """
BARIATRIC NUTRITION - 6 mo post-op
[[N|Tamika Jefferson-Hale]]   41F   MRN [[MRN|BR-007741]]   DOS [[D|11/18/2024]]
RYGB [[D|5/16/24]] (Dr. [[N|Strickland]]), surgical case # [[ID|OR-24-051633]].
Wt 312 -> 241 lb (pre-op 318).
Protein ~70 g/d (shakes 2/d). Fluids 48 oz - goal 64.
Supplements: bariatric MVI BID, Ca citrate 1200 mg, B12 1000 mcg SL, iron 45 mg.
Labs [[D|11/11]]: ferritin 18 (low), B12 540, vit D 31.
Dumping after birthday cake on [[D|10/26]].
Support group Thursdays 6 PM (virtual).
Next RD visit [[D|Feb 2025]]. -- [[N|Colleen O'Dwyer]], RDN
""",
)

note(
    "b13-57",
    "Ephraim Goldfarb",
    """
RPM - CGM urgent low alert log
Pt [[N|Ephraim Goldfarb]] | [[A|95]] yo | MRN [[MRN|3391047]]
Alert [[D|01/09/2025]] 03:14 - Dexcom G7 52 mg/dL, urgent low. Sensor SN [[DEV|G7-4K2Q9TXA]].
03:19 called home [[PH|(718) 555-0114]] - no answer. 03:24 called live-in aide [[N|Nadia]] [[PH|929-555-0167]]; 4 oz juice given. 03:40 -> 88.
Glargine 14 u qhs reduced to 10 u per on-call Dr. [[N|Feinstein]] (verbal, 03:52).
Prior lows x2 this wk (both 0200-0400).
Poor intake since [[D|New Year's Day]] (URI).
Endo f/u moved up to [[D|1/13]].
RN: [[N|pbarrow]] (user ID)
""",
)

note(
    "b13-58",
    "Anneliese Koenig",
    """
LIPID CLINIC
[[N|Anneliese Koenig]], 48F, suspected FH (LDL 248, Achilles xanthomas).
DOB [[D|9-19-1976]]. Visit [[D|06/27/24]].
Genetic testing [[D|5/2024]]: LDLR c.1444G>A pathogenic; order # [[ID|RQ4417720]].
Rosuvastatin 40 + ezetimibe 10 -> LDL 131 ([[D|6/20]]). Start evolocumab 140 q2wk; copay card # [[ACCT|RR0044718923]].
Cascade screening: sister [[N|Heike]] in [[C|Hamburg]], brother [[N|Jürgen]] in [[C|Milwaukee]], kids [[N|Emma]] (16) and [[N|Felix]] (13) -> peds lipid referral.
Father died of MI at 52 ([[D|12/1999]]).
Next lipid panel 3 mo.
""",
)

note(
    "b13-59",
    "Diego Santamaria",
    """
HAND THERAPY - Workers' comp
Pt: [[N|Diego Santamaría]], 33 M, carpenter.
DOI [[D|11/30/24]] - table saw laceration L index FDP/FDS; repair [[D|12/1/24]] (Dr. [[N|Whitaker]]).
WC carrier claim # [[ID|WC-2411-883017]]; adjuster [[N|Trish Bowman]] [[PH|800-555-0129 ext 4412]].
Session [[D|1/16/25]], wk 7 post-op. Modified Duran protocol -> place-and-hold.
TAM L IF 140 deg; grip not tested. Edema 1 cm. Scar massage.
Dorsal blocking splint adjusted.
Light duty, no L hand use, until [[D|3/1]].
[[N|Noor Haddad]], OTR/L, CHT   Lic [[LIC|OT-011872]]
""",
)

note(
    "b13-60",
    "Winifred Ashcombe",
    """
HF GDMT TITRATION - pharmacist telephone visit
Pt: [[N|Winifred]] "[[N|Winnie]]" [[N|Ashcombe]], [[A|99]]-y/o   Visit #4 - [[D|Tue, 25 Feb 2025]]
Home BP (cuff upload): 112/64, 108/60, 116/66 (last 7 d). HR 60s.
Wt stable 128 lb. K 4.6, Cr 1.1 ([[D|2/19]]).
Added empagliflozin 10 mg (start [[D|2/25]]). Continue Entresto 24/26 BID, metoprolol 12.5.
Medicare MBI [[HP|4WR8-CD2-EV33]]; Part D member ID [[HP|A10447819301]].
$47 copay -> Extra Help application sent.
Great-grandson [[N|Lincoln]] ([[PH|423-555-0153]]) fills pillbox on Sundays.
Next call [[D|3/11]].  [[N|Okeke]], PharmD
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
