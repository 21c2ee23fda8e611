#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind19.jsonl.

Blind set 19: the operating theatre, the trauma bay and the paper trail that
follows them.  The notes are operative and procedure reports with implant and
explant logs (serial numbers marked, lot and model numbers not), anaesthesia
event logs and pre-op checklists, PACU and surgical-ICU sign-outs, EMS run
sheets with incident locations, cross streets, mile markers, crews and the
patient's own car, trauma activations, burns, bites, poison-centre calls,
forensic (SANE, legal blood draw, gunshot) reports with police case and badge
numbers, workers' compensation and disability forms, prior-authorisation and
appeal letters, statements and collection letters, subpoenas and attorney
requests, transfer-centre logs, an HL7 feed, an access audit trail and a few
foreign visitors with passports and non-US postal codes.  Very old patients
(90 and over) appear in many spellings, and the notes are deliberately full of
look-alike non-identifiers: eponyms, needle and implant models, lot numbers,
doses, scores, times, room and bed numbers, bare years and facility names.

Annotation conventions (HIPAA Safe Harbor):
* NAME - any person (patient, family, friends, caregivers, clinicians, police,
  lawyers, clerks), also nicknames, lower-case or upper-case spellings,
  initials used for a person, EHR log-ins and handles.  Titles and
  credentials are left outside the span, as is an "@".  Kinship words, pets,
  eponyms, celebrities and names embedded in facility or firm names are not
  marked (a marked surname that also appears inside a firm name is listed in
  the note's allow tuple).
* DATE - any date element finer than a year: full or partial dates in any
  format, month and year, a lone month, a weekday or holiday naming when
  something happened, and HL7 timestamps.  Bare years, clock times,
  durations, ages below 90 and recurring schedules are left alone.
* AGE - only ages of 90 or more, the number (or number word) by itself.
* PHONE and FAX - the full number with any extension; EMAIL, URL (patient-
  or record-specific links), IP addresses.
* SSN (partial SSNs included), MRN, HEALTH_PLAN (member, subscriber, group,
  Medicare/Medicaid and provincial health-card numbers), ACCOUNT (billing,
  encounter and rental accounts), LICENSE (driver's, nursing, medical, bar,
  paramedic, DEA), VEHICLE (plates and VINs), DEVICE (serial numbers of
  implants and equipment), ID (everything else that points to a person or a
  record: case, claim, docket, incident, accession, badge, NPI, passport,
  booking, study and referral numbers, blood-unit and tissue donor numbers).
* ADDRESS - street number and street, unit, PO box, rural route, and road
  locations given as intersections or highway mile markers; CITY - city,
  town or neighbourhood; ZIP - US ZIP codes and foreign postal codes.
  States, provinces and countries are not marked.
* Never marked: facilities, agencies, employers, insurers, drugs, device
  makes and models, lot numbers, scores, lab values, rooms and beds, bare
  years.

Stdlib only.  Run: python bench/data/make_deid_blind19.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind19.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b19-01",
    "Helena Wojcik",
    """
OPERATIVE REPORT
Patient: [[N|WOJCIK, Helena M.]]   MRN: [[MRN|00418832]]   DOS: [[D|02/17/2025]]
Age: [[A|94]] y   Sex: F   Wt 48 kg
Surgeon: [[N|Tomasz Adebayo-Reyes]], MD   Assistant: [[N|K. Lindqvist]], PA-C
Anesthesia: spinal + MAC (Dr. [[N|Okafor]])
Preop dx: displaced L femoral neck fx after a fall in her kitchen on [[D|Valentine's Day]].
Procedure: L hip cemented bipolar hemiarthroplasty, posterior approach.
IMPLANT LOG
- Femoral stem, cemented size 4: REF 1570-12-140, LOT 8841275, SN [[DEV|ST4-0092231]]
- Bipolar head 46 mm: LOT K77312, SN [[DEV|BP46-551908]]
- Cement Palacos R+G 40 g x2, lot 91BR2204 (not serialised)
Findings: osteoporotic bone, Garden IV. Capsule repaired. EBL 250 mL, 1 u PRBC. Foley in. Ancef 2 g, TXA 1 g.
Dispo: PACU then 6 West bed 14, WBAT. Daughter [[N|Marta]] updated by phone ([[PH|860-555-0117]]) at 1410.
""",
)

note(
    "b19-02",
    "Desmond Achterberg",
    """
PRE-ANESTHESIA CHECKLIST   (x = verified)
(x) ID band matches: [[N|Desmond Achterberg]] / DOB [[D|1961-08-29]] / MRN [[MRN|A-7720193]]
(x) Consent signed [[D|11/03/24]] 0640, witness [[N|R. Fonoti]] RN
(x) NPO: solids since 2200, clears until 0430
(x) H&P within 30 d (done [[D|Oct 21]] by [[N|Priya Venkataraman]], NP)
(x) Airway: Mallampati III, TMD 5 cm, full beard, OSA on CPAP - own machine brought in, ResMed AirSense 10 SN [[DEV|23181487620]]
(x) Allergies: PCN (hives). Latex: no
(x) Pacemaker/ICD: none
(x) Dentures: upper partial removed, handed to wife [[N|Leona]]
(x) Belongings bag tag [[ID|BT-06612]]
(x) Ride home: wife, cell [[PH|(414) 555-0163]]
Comments: pt prefers to be called "[[N|Dez]]". ASA 3. Plan GETA with VL on first attempt, ramped position.
-- [[N|mfarouk]] (CRNA) 0652
""",
)

note(
    "b19-03",
    "Luz Maria Quispe",
    """
PACU -> 5N handoff (I-PASS)  1547
I: [[N|luz maría quispe]], 58 y, MRN [[MRN|3309 1187]], DOB [[D|5 Jan 1967]]. s/p lap chole converted to open w/ Dr. [[N|Haddad]]. Stable.
P: pain 6/10 -> hydromorphone 0.4 mg x2, now 3/10. PONV hx - ondansetron 4 + dex 4 given intra-op. Keep NPO x2h then clears.
A: SpO2 94% 2L NC, wean before transfer. BG 188, SSI. JP drain RUQ 40 mL serosang. PIV x2 (20G L hand, 18G R AC).
S: speaks Quechua > Spanish; video interpreter used, interp ID [[ID|Q-40917]]. Son [[N|Rodrigo]] in surgical waiting, cell [[PH|213-555-0129]].
S: receiving RN [[N|Bea Tran-Whitfield]] read back plan 1552.
given by: [[N|ogunleye.f]]
""",
)

note(
    "b19-04",
    "Ji-hoon Park",
    """
SICU SIGN-OUT, nights ([[N|Aziz]] -> [[N|Fenwick-Moore]])
Bed 7 | [[N|PARK, JI-HOON]] | 44M | MRN [[MRN|88-302-114]] | POD2 ex-lap + splenectomy for GSW LUQ sustained [[D|Friday]] ~2300
- Neuro: GCS 15, off prop since AM. CAM neg.
- Resp: extubated [[D|3/2]] 0800, 2L NC.
- CV: off levo. Hgb 8.1 stable x2.
- Renal/FEN: Cr 1.0, UOP ok, Foley out tomorrow.
- ID: Unasyn. Post-splenectomy vaccines due day 14 ([[D|3/14]]).
- Legal: police hold. Officer [[N|Delacroix]], badge [[ID|4471]], at bedside; case [[ID|CR-25-018833]]. No visitors except approved list.
- Dispo/family: girlfriend [[N|Shanice Odom]] calls often - NOT the surrogate. Mother [[N|Mi-rae Park]] is, [[PH|702-555-0188]].
To do overnight: 0400 CBC, watch drain amylase.
""",
)

note(
    "b19-05",
    "Orlagh Brennan-Keating",
    """
PATIENT CARE REPORT   Unit: Medic 14   Incident #: [[ID|2025-004417]]
Disp 0312 [[D|Sun 3/9/25]] - MVC rollover, single vehicle. Location: [[ADDR|I-91 NB mile marker 38.6]], 0.4 mi N of the [[C|Whately]] exit; nearest cross st [[ADDR|Long Plain Rd]].
On scene 0324. Pt [[N|Orlagh Brennan-Keating]], 27 F, restrained driver, self-extricated, found ambulatory, c/o neck + L wrist pain. ID from MA DL [[LIC|S84219037]].
Vehicle: grey 2014 Subaru Outback on roof in median, MA plate [[VEH|7KD 442]], VIN [[VEH|4S4BRBCC5E3218870]]; airbags deployed. State Police trooper [[N|Gallagher]] on scene.
VS: BP 132/84, HR 108, RR 18, SpO2 99% RA, GCS 15. L wrist deformity - splinted. C-collar per protocol.
Transport to Level II trauma center, priority 2. Crew: [[N|J. Halvorsen]] (Paramedic, lic [[LIC|P-118392]]), [[N|Tavita Leaupepe]] (EMT-B).
""",
)

note(
    "b19-06",
    "Keanu Kahananui",
    """
LEVEL 1 TRAUMA ACTIVATION  [[D|07/04/2024]] 22:41
Pt: [[N|Keanu Kahananui]], 17 M, DOB [[D|12/30/2006]], MRN [[MRN|T0092214]]. Arrived by private vehicle driven by his uncle [[N|Makoa]].
Mechanism: reloadable firework mortar detonated in R hand at a backyard party. No LOC.
Primary: airway intact, talking. Brisk bleeding R hand - CAT tourniquet 22:44 by Dr. [[N|Eze-Whitlock]]. GCS 15. FAST neg.
Injuries: mangled R hand, thumb amputation at MCP, 2nd/3rd metacarpal fx, corneal abrasion R eye.
Plan: Tdap, cefazolin, hand surgery (Dr. [[N|Sorensen]]) to OR tonight. Ophtho consult AM.
Photos uploaded to secure media folder [[ID|TR-IMG-558201]]. Fire marshal notified.
Mom ([[N|Pualani]]) en route, [[PH|808-555-0151]].
Trauma attending: [[N|Ngozi Eze-Whitlock]], MD. Scribe: [[N|hbarros]]
""",
)

note(
    "b19-07",
    "Guillermo Ibarra",
    """
BURN UNIT ADMISSION H&P
[[N|Guillermo]] "[[N|Memo]]" [[N|Ibarra]], 46 M, MRN [[MRN|BU-220981]]. Injured [[D|Thanksgiving]] afternoon ~1530 when a turkey fryer boiled over and ignited at his brother's house, [[ADDR|2210 Calle Ocho Ct]], [[C|Pharr]], TX [[Z|78577]]. Pharr FD report [[ID|PFD-241128-07]].
Burns: 14% TBSA (Lund-Browder), superficial + deep partial thickness to face, anterior neck, bilateral dorsal hands. Singed nasal hairs, no carbonaceous sputum, voice normal. FOB neg.
Parkland 4 mL x 82 kg x 14% = 4592 mL LR over 24 h, half in first 8 h from time of burn. UOP goal 0.5 mL/kg/h.
Social: lives with partner [[N|Yesenia Cantú]] ([[PH|956-555-0150]]). Works at a grocery distribution warehouse. Smoker 1 ppd.
Attending [[N|Rashida Olmstead]], MD
""",
    allow=("Pharr",),
)

note(
    "b19-08",
    "Aurelio Bianchi-Nakamura",
    """
ANIMAL BITE REPORT - send to County Animal Services within 24 h, fax [[FX|(503) 555-0131]]
Victim: [[N|Aurelio Bianchi-Nakamura]], age 7, DOB [[D|06.02.2018]]
Parent/guardian: [[N|Sachiko Nakamura]], [[ADDR|915 NE Alberta St #2]], [[C|Portland]], OR [[Z|97211]]
Date/time of bite: [[D|Sat 4/12]] approx 1600. Where: neighbor's side yard, [[ADDR|921 NE Alberta St]].
Animal: dog, pit mix, "Biscuit", brown/white, 3 yrs. Owner [[N|Darnell Whitacre]], [[PH|503-555-0176]]. Rabies vax current per owner; 10-day home quarantine advised.
Wound: 3 punctures + 2 cm lac L volar forearm. Irrigated 500 mL NS, left open. Augmentin x5 d. Tdap UTD.
Animal Services case # [[ID|AS-25-02291]]
Reported by [[N|Inês Carvalho]], RN
""",
)

note(
    "b19-09",
    "TJ Mbeki-Larsen",
    """
REGIONAL POISON CENTER - case [[ID|RPC-2025-118240]]  rec'd 02:14 [[D|1 Jan 2025]]
Caller: [[N|Bridget Oyelaran]], RN, Lakeshore General ED, callback [[PH|216-555-0104 x2231]]
Pt: [[N|T.J. Mbeki-Larsen]], 19 M, ~70 kg. Intentional ingestion at a [[D|New Year's Eve]] party around 2230: est 40 x 325 mg APAP (13 g) + EtOH. Vomited x1.
Exam: drowsy but arousable, HR 104. 4-h APAP level 212 mcg/mL -> above Rumack-Matthew treatment line.
Rec: start NAC 21-h IV protocol now; AST/ALT, INR, BMP, salicylate, EtOH; repeat APAP + LFTs at end of infusion. Psych eval when medically clear.
Follow-up calls 0600 / 1200. Summary emailed to ED attending [[EM|r.kimura@lakeshoregen.org]].
SPI: [[N|dkowalczyk]]. Toxicologist on call: Dr. [[N|Anand Raghavan]]
""",
)

note(
    "b19-10",
    "Adaeze Nwankwo-Fields",
    """
SANE FORENSIC EXAMINATION - CONFIDENTIAL
Pt: [[N|Adaeze Nwankwo-Fields]]  DOB [[D|9/14/2001]]  MRN [[MRN|FH2290173]]
Exam [[D|Saturday, May 17, 2025]] 0310-0545. Pt reports assault approx 2330 the previous evening at an acquaintance's apartment, [[ADDR|3300 Riverside Dr, Apt 12C]], [[C|Upper Arlington]].
Law enforcement: Det. [[N|Collins Abara]], Columbus PD Special Victims, badge [[ID|2178]], report no. [[ID|25-0517-044]].
Advocate present throughout: [[N|Maren Solheim]].
Findings: 1.5 cm abrasion R posterior fourchette (photo 7-9), fingertip bruises L upper arm. TOLUIDINE BLUE uptake noted.
Kit: SAECK serial [[ID|OH-K-0094417]], sealed 0541 by [[N|Lucinda Ferreira-Holt]], RN, SANE-A; chain of custody released to Det. [[N|Abara]] 0550.
Prophylaxis: ceftriaxone 500 mg IM, doxycycline, nPEP (bictegravir/FTC/TAF) x28 d, levonorgestrel 1.5 mg.
Follow-up: OK to call [[PH|614-555-0198]]; do NOT leave voicemail.
""",
)

note(
    "b19-11",
    "Ruslan Tkachenko",
    """
EMPLOYER'S FIRST REPORT OF INJURY - TREATING PHYSICIAN SECTION
Employee: [[N|Ruslan Tkachenko]]   SSN: [[SSN|000-41-7729]]   DOB: [[D|03-19-1979]]
Employer: Northfield Precast Concrete LLC   Supervisor: [[N|Gail Ritchey]] ([[PH|920-555-0111]])
Carrier: Badger Mutual   Claim #: [[ID|WC-25-3318847]]   Adjuster: [[N|Oscar Villalpando]], fax [[FX|920-555-0147]]
Date of injury: [[D|Jan 6, 2025]] ~0915. Crush injury L hand caught between a concrete form and a pallet jack.
Diagnosis: open fx L 4th and 5th metacarpals (S62.336B), extensor tendon laceration zone VI.
Treatment: I&D, ORIF and tendon repair [[D|1/6/25]], same day. Cefazolin x24 h.
Work status: no work until [[D|2/17/2025]]; then R-hand-only duty x4 wk. MMI not reached.
Physician: [[N|Hana Sato-Bergström]], MD   WI lic [[LIC|58812-20]]
""",
)

note(
    "b19-12",
    "Fatima Zahra El Idrissi",
    """
ATTENDING PHYSICIAN STATEMENT - SHORT-TERM DISABILITY
Claimant: [[N|Fatima Zahra El Idrissi]]   Claim #: [[ID|STD-9918273]]   DOB: [[D|22/08/1983]] (per form, day/month)
Employer: Meridian Logistics, warehouse lead (job requires lifting 50 lb)
1. Last day worked: [[D|08/22/2024]]
2. Diagnosis: L5 radiculopathy, L4-5 HNP (M51.16)
3. Surgery: L4-5 microdiscectomy [[D|09/03/2024]], uncomplicated. Drain none. Home POD1.
4. Restrictions: no lifting > 10 lb, no repetitive bending, may walk as tolerated, x6 wk.
5. Expected RTW: [[D|October 15]], modified duty. Full duty est. [[D|Nov 2024]].
6. Next visit: 6-wk post-op.
Physician: [[N|Gregor Antonescu]], DO   tel [[PH|413-555-0190]]   fax [[FX|413-555-0191]]
Signed [[D|9/10/24]]. Claimant requests copies to [[EM|fz.elidrissi@postbox.net]].
""",
)

note(
    "b19-13",
    "Bartholomew Szymanski",
    """
[[D|June 3, 2025]]

Utilization Management
Keystone Crescent Health Plan
[[ADDR|PO Box 77190]]
[[C|Harrisburg]], PA [[Z|17106]]

RE: Prior authorization - CPT 63650 x2, percutaneous spinal cord stimulator trial
Member: [[N|Bartholomew Szymanski]] ("[[N|Bart]]")   DOB [[D|10/02/1958]]
Member ID [[HP|KCH448201937]]   Group [[HP|00918-PPO]]

Dear Medical Director,
Mr. [[N|Szymanski]] has failed back surgery syndrome after an L4-S1 fusion in [[D|Feb 2021]], with refractory L leg pain (NRS 8/10, ODI 58%) despite 6 months of PT, gabapentin, duloxetine and two transforaminal ESIs. Psychological evaluation cleared him on [[D|5/19/25]]. We request a 7-day trial (tentatively [[D|July 8]]).

Sincerely,
[[N|Ifeoma Castellanos]], MD, Pain Medicine
office [[PH|717-555-0124]]   fax [[FX|717-555-0125]]
""",
)

note(
    "b19-14",
    "Delphine Arceneaux",
    """
SECOND-LEVEL APPEAL - EXPEDITED
To: Appeals Unit, Sunward Health Insurance   fax [[FX|602-555-0172]]
Re: [[N|Delphine Arceneaux]]   member [[HP|SWH-0087-44219]]   claim [[ID|CLM 24-8817-3305]]
Service: rotor-wing transport from scene, [[D|12/26/24]], pickup at [[ADDR|US-60 MM 212]] near [[C|Globe]], AZ.

Your denial dated [[D|January 14, 2025]] calls the flight "not medically necessary." I disagree. Ms. [[N|Arceneaux]], a [[A|91]]-year-old restrained passenger in a head-on collision, had 7 rib fractures with a flail segment, SpO2 84% on NRB and GCS 13 on EMS arrival. Ground time to the nearest Level I center exceeded 2 hours; the flight took 38 minutes. She required intubation on arrival and SSRF on hospital day 2.

Her son, [[N|Lucien Arceneaux]], holds health-care POA and joins this appeal.
[[N|Matteo Ruiz-Abernathy]], MD, FACS, Trauma Medical Director
""",
)

note(
    "b19-15",
    "Ayesha Siddiqui",
    """
STATEMENT DATE [[D|04/30/2025]]            ACCOUNT NO. [[ACCT|7003-221-984]]
GUARANTOR: [[N|MOHAMMED R. SIDDIQUI]]
[[ADDR|4417 W BELMONT AVE APT 2F]]
[[C|CHICAGO]] IL [[Z|60641-3308]]
PATIENT: [[N|AYESHA SIDDIQUI]] (DEPENDENT)   ENCOUNTER [[ACCT|E88120347]]

DOS        DESCRIPTION                       CHARGES
[[D|03/22/25]]   ED VISIT LVL 5 (99285)             3,412.00
[[D|03/22/25]]   CT HEAD W/O CONTRAST               1,880.00
[[D|03/23/25]]   OR FIRST 30 MIN - FACIAL LAC       4,210.00
           PAYMENT - BLUE HARBOR PPO         -8,655.60
           ADJUSTMENT                          -1,000.00
AMOUNT DUE NOW                                   812.40

Pay at [[URL|https://pay.lakeviewhs.org/q/7003221984]] or call [[PH|1-800-555-0146]] (M-F 8a-6p).
""",
)

note(
    "b19-16",
    "Kristopher Vang",
    """
FINAL NOTICE                                         [[D|July 9, 2025]]

[[N|Kristopher Vang]]
[[ADDR|1186 Payne Ave]]
[[C|St. Paul]], MN [[Z|55130]]

Original creditor: North Metro EMS (ambulance transport [[D|2/14/2025]])
Our file #: [[ID|CRS-5521807]]      Your account #: [[ACCT|NMEMS-00319944]]
Balance due: $1,284.50

Dear Mr. [[N|Vang]]:
Our records show no payment on this account since it was placed with our office. Your insurer denied the claim for missing coordination-of-benefits information. If you had other coverage on the date of service, please call so we can rebill. If this balance is not paid or disputed by [[D|August 8, 2025]], it may be reported to the credit bureaus.
Call [[N|Denise]] at [[PH|651-555-0135 ext. 212]], Mon-Fri 8-5.
This communication is from a debt collector. This is an attempt to collect a debt.
""",
)

note(
    "b19-17",
    "Yolanda Estrada-Whitcomb",
    """
BRENNAN, OSEI & LOWE, LLP  Attorneys at Law
[[ADDR|200 Pearl Street, Suite 1400]], [[C|Hartford]], CT [[Z|06103]]

[[D|March 3, 2025]]
VIA FAX [[FX|860-555-0159]]
Health Information Management / Release of Information

Re: Our client [[N|Yolanda Estrada-Whitcomb]], DOB [[D|04/11/1972]]
    Date of loss [[D|11/30/2024]] (motor vehicle collision, [[C|Glastonbury]])

Please produce certified copies of the complete emergency, trauma, operative, anesthesia, radiology (images on disc) and therapy records, and an itemized bill with CPT codes, for [[D|11/30/2024]] to the present. A HIPAA-compliant authorization signed by Ms. [[N|Estrada-Whitcomb]] on [[D|2/20/25]] is enclosed. We will pay reasonable copying costs.

Very truly yours,
[[N|Kwame Osei]], Esq.   Juris No. [[LIC|428871]]
direct [[PH|860-555-0158]]   [[EM|kosei@bollaw.com]]
""",
    allow=("Osei",),
)

note(
    "b19-18",
    "Gretchen Holloway-Pike",
    """
IN THE DISTRICT COURT OF THE FOURTH JUDICIAL DISTRICT, STATE OF IDAHO
[[N|GRETCHEN HOLLOWAY-PIKE]], Plaintiff,
v.
TRI-STATE FREIGHT CARRIERS, INC., Defendant.        Case No. [[ID|CV01-24-11837]]

SUBPOENA DUCES TECUM
TO: Custodian of Records, Saint Alphonsus trauma services
YOU ARE COMMANDED to produce all medical, billing and EMS records concerning [[N|Gretchen Holloway-Pike]] (DOB [[D|1/27/1966]], SSN [[SSN|XXX-XX-4410]]) from [[D|August 2, 2023]] to date, on or before [[D|October 6, 2025]] at 10:00 a.m. at the office of [[N|Ansel T. Prewitt]], attorney for Plaintiff, [[ADDR|55 W. Main St., Ste 600]], [[C|Boise]], ID [[Z|83702]], tel [[PH|208-555-0166]], ISB No. [[LIC|7716]].
A declaration of custodian may be provided in lieu of appearance.
Issued [[D|9/12/25]].  Deputy Clerk: [[N|R. Matsuda]]
""",
)

note(
    "b19-19",
    "Loretta Sizemore",
    """
TRANSFER CENTER LOG  Request [[ID|TC-250611-0093]]
02:07 call from Dr. [[N|Bashir Qureshi]], Harlan ARH ED (sending), cb [[PH|606-555-0107]]. Pt [[N|Loretta Sizemore]], [[A|92]] F, DOB [[D|2/2/1933]], fell down 4 stairs at home, acute SDH 11 mm w/ 6 mm MLS. On apixaban, last dose 2000. GCS 14 -> 12.
02:11 neurosurgery (Dr. [[N|Wen]]) paged.
02:19 [[N|Wen]] accepts. Recommend 4F-PCC 50 u/kg at sending facility, keep SBP < 160, HOB 30.
02:24 bed assigned: Neuro ICU rm 4. Charge RN [[N|Jolene]] notified.
02:31 air grounded (freezing fog) -> ground ALS, ETA 2 h 40 min. Sending aware.
02:40 family: granddaughter [[N|Kayleigh Sizemore]] [[PH|606-555-0133]] is driving up.
05:22 pt arrived.
intake: [[N|tpuckett2]]
""",
)

note(
    "b19-20",
    "Ezekiel Montgomery-Ashe",
    """
PROCEDURE: ICD generator change for ERI + RV lead extraction    [[D|18 Aug 2025]]
Patient: [[N|Ezekiel Montgomery-Ashe]]   MRN [[MRN|5518-0092]]   [[A|90]] yo M   EF 25%
EXPLANTED
  Generator  Medtronic Evera XT DR DDBB2D4   SN [[DEV|PZN611288S]]   implanted [[D|05/2016]]
  RV lead    Sprint Quattro 6947 (recall-era)  SN [[DEV|TDL228301V]]   extracted with 14F laser sheath, complete, no complications
  Both returned to manufacturer, RMA [[ID|RMA-88412]]
IMPLANTED
  Generator  Cobalt XT DR DDPA2D4   SN [[DEV|RNB770045S]]
  RV lead    Sprint Quattro 6935M   SN [[DEV|BXM501122A]]   R wave 9.8 mV, impedance 520 ohm, threshold 0.6 V @ 0.4 ms
  RA lead retained, tested OK.
Device ID card to be mailed to [[ADDR|71 Fenwick Terrace]], [[C|Savannah]], GA [[Z|31405]].
Operator: [[N|Lakshmi Sundaram]], MD. Industry rep present: [[N|Chad Pruitt]].
""",
)

note(
    "b19-21",
    "Nakoma Redcloud",
    """
IMPLANT RECORD - NEUROMODULATION
Pt: [[N|Nakoma Redcloud]]   Acct [[ACCT|HB-40018823]]   DOS [[D|2025/01/29]]
Item    | Mfr  | Model               | Lot     | Serial
IPG     | BSci | WaveWriter Alpha 16 | 2291334 | [[DEV|WW16-4471983]]
Lead 1  | BSci | Avista 16 contact   | 2288713 | [[DEV|AV-8091776]]
Lead 2  | BSci | Avista 16 contact   | 2288713 | [[DEV|AV-8091802]]
Remote  | BSci | RC                  | n/a     | [[DEV|RC-0330019]]
Charger | BSci | -                   | n/a     | [[DEV|CH-1185420]]
Anchors x2, lot 2279011 (non-serialized).
Leads at T8-T9, paresthesia overlap 90% of pain map. Patient ID card issued. Programmed by rep [[N|Tessa Kwiatkowski]].
Surgeon: [[N|Oleksandr Hrytsenko]], MD. Follow-up [[D|Feb 12]] with NP [[N|Daly]] for wound check.
""",
)

note(
    "b19-22",
    "Colton J Abernathy",
    """
MSH|^~\\&|EDIS|RMC_ED|TRAUMA_REG|ADH|[[D|20250314223015]]||ADT^A04|MSG00019931|P|2.5.1
PID|1||[[MRN|RM00877165]]^^^RMC^MR~[[SSN|900-23-5518]]^^^SSA^SS||[[N|ABERNATHY]]^[[N|COLTON]]^[[N|J]]||[[D|19980722]]|M|||[[ADDR|88 QUAIL HOLLOW LN]]^^[[C|CONWAY]]^AR^[[Z|72034]]||[[PH|(501)555-0192]]|||||[[ACCT|V40019228]]
PV1|1|E|ED^TRA1^01||||[[ID|1548836201]]^[[N|NAKASHIMA]]^[[N|RYO]]^^^^MD|||TRA||||7
IN1|1|MCDAR|ARKANSAS MEDICAID|||||||||||||||||||||||||||||||||[[HP|AR4471902233]]
DG1|1||S06.5X9A^TRAUMATIC SUBDURAL HEMORRHAGE^I10
OBX|1|NM|GCS^GLASGOW COMA SCORE||9
OBX|2|NM|ETOH||212|mg/dL
""",
)

note(
    "b19-23",
    "Antoinette Beaulieu",
    """
time out 0812, OR 9, [[D|tues 6/10]]
pt name + dob stated by pt: "[[N|Antoinette Beaulieu]], [[D|March twelfth, 1951]]" - matches band + consent
procedure: R total knee arthroplasty. consent signed, R knee marked with surgeon initials "[[N|CO]]" (Dr. [[N|Okonkwo]]) - visible after prep
imaging displayed: yes. implants in room: Triathlon CR tray sizes 3-5, verified by rep [[N|Jake Ferro]]
abx: cefazolin 2 g 0801 (w/in 60 min). TXA 1 g IV at incision.
VTE: SCD L leg. blood: type & screen valid through [[D|6/12]].
anticipated EBL < 200. fire risk score 1. tourniquet 300 mmHg ready.
allergies: sulfa. beta-blocker taken this AM: yes.
team: circ [[N|mhernandez4]], scrub [[N|D. Yazzie]], anesthesia [[N|Lior Ben-David]], MD (spinal + adductor canal block)
all agree - proceed 0814
""",
)

note(
    "b19-24",
    "Dmitri Volkonsky",
    """
MASSIVE TRANSFUSION PROTOCOL LOG
Activated 19:42 [[D|09/21/2024]] by Dr. [[N|Kowalewski]] (trauma). Pt arrived unidentified; ID'd 20:15 from wallet as [[N|Dmitri Volkonsky]], DOB [[D|4/4/1990]], MRN [[MRN|0091-2283-4]].
Blood bank tech: [[N|Pham, Quynh]]
19:51 cooler 1 out: 6 RBC / 6 FFP / 1 apheresis plt. O-neg RBC units [[ID|W0412 24 118733]], [[ID|W0412 24 118741]] transfused first (uncrossmatched).
20:05 TEG: R 9.2 min, MA 48 mm, LY30 6% -> TXA 1 g + 1 g over 8 h. iCa 0.92 -> CaCl 2 g.
20:14 cooler 2 out: 6/6/1. Pt to OR 2 for damage-control laparotomy.
20:50 cryo 10 u.
21:30 MTP deactivated by Dr. [[N|Kowalewski]]. Totals: RBC 14, FFP 14, plt 2, cryo 10. Wasted 0.
Post-MTP sample accession [[ID|BB25-0093317]].
""",
)

note(
    "b19-25",
    "Isolde Feuerstein",
    """
ANESTHESIA EVENT LOG   case #[[ID|AN-2025-41187]]   OR 3   [[D|Mon 1/13/2025]]
Pt [[N|Isolde Feuerstein]], ninety-six ([[A|96]]) yo F, 41 kg, ASA 4E. R intertrochanteric hip fx. AS (AVA 0.9 cm2), CKD 3b.
0714 in room; std monitors; R radial A-line 20G by resident [[N|S. Mukherjee]]
0722 spinal L3-4, 25G Whitacre, 1.4 mL 0.5% hyperbaric bupivacaine + fentanyl 10 mcg. T10 level.
0731 BP 78/40 -> phenylephrine gtt 0.3 mcg/kg/min, titrated.
0758 IM nail reamed; SpO2 dipped 95 -> 89%, resolved w/ FiO2 0.5 via mask.
0840 out of room to PACU bay 6, alert, MAP 72.
Fluids: LR 600 mL. EBL 300 mL. UOP 80 mL.
Attending: Dr. [[N|Greer]]. CRNA: [[N|okwu.a]]
Daughter-in-law [[N|Renske]] updated at 0850, [[PH|+1 970 555 0120]].
""",
)

note(
    "b19-26",
    "Brantley Okoro",
    """
LEGAL BLOOD SPECIMEN - CHAIN OF CUSTODY
Subject: [[N|Brantley Okoro]]   DOB [[D|Dec 2 1994]]   TX DL [[LIC|40917733]]
Requesting officer: Tpr. [[N|A. Villanueva]], Texas DPS, badge [[ID|11872]], incident [[ID|DPS-25-HW-30419]]
Implied consent: refused. Search warrant [[ID|W25-0881]] signed by on-call judge 0214, copy scanned to chart.
Collected 0241 [[D|Sun 03/30/25]], L antecubital, by [[N|Corinne Dufresne]], MLT, povidone-iodine prep (no alcohol swab). 2 gray-top tubes, labeled + sealed in subject's presence.
Context: single-vehicle crash into a culvert; subject was driver of a white F-150, TX plate [[VEH|LKT-2291]], VIN [[VEH|1FTEW1EP4MKD30417]]. Minor forehead lac, CT head neg.
Specimens released to Tpr. [[N|Villanueva]] 0250, signed both copies. Witness: charge RN.
""",
)

note(
    "b19-27",
    "Terrence Mayweather-Dunn",
    """
MANDATORY REPORT - INJURY BY FIREARM
Reporting facility: Mercy South ED. Report called to Flint PD dispatch 01:55, [[D|10/26/2025]]; desk Sgt. [[N|Olivares]] took report, ref # [[ID|FPD-25-102664]].
Pt: [[N|Terrence Mayweather-Dunn]], 22 M, DOB [[D|5/30/2003]], MRN [[MRN|MS4498105]]. Address given [[ADDR|3719 Winona St]], [[C|Flint]], MI [[Z|48504]].
Per pt: shot while standing outside a store near [[ADDR|Saginaw St and Pierson Rd]] around 0115; unknown shooter, dark sedan.
Wounds: single GSW R thigh, entry anteromedial, exit posterolateral. Distal pulses 2+, ABI 0.98. CTA: no vascular injury. Femur intact.
Clothing bagged (paper), tag [[ID|EVB-7731]], released to Ofc. [[N|Kenji Brightwater]], badge [[ID|0917]], 03:10.
RN: [[N|hollis.p]]
""",
    allow=("Flint",),
)

note(
    "b19-28",
    "Jamal Hargrove",
    """
MICHIGAN NO-FAULT (PIP) - MEDICAL / ATTENDANT CARE CERTIFICATION
Injured person: [[N|Jamal Hargrove]]   DOB [[D|08/08/1987]]
Auto insurer: Great Lakes Auto Ins.   Policy [[ID|GLA-44-190-3381]]   PIP claim [[ID|PIP-7730-22918]]
Adjuster: [[N|Pauline Szabo]]  [[EM|pszabo@glautoins.com]]
Accident date: [[D|10/18/2024]], at [[ADDR|Gratiot Ave & E 8 Mile Rd]], [[C|Detroit]]. Driver of a 2019 Chevrolet Malibu, VIN [[VEH|1G1ZD5ST9KF183320]], T-boned on driver's side.
Injuries: T12 burst fx w/ retropulsion, L calcaneus fx. T11-L1 posterior fusion [[D|10/19/2024]]; calcaneus ORIF 6 days later.
Attendant care: 8 h/day, provided by wife [[N|Kiana Hargrove]], through [[D|01/31/2025]]; reassess at that visit.
Replacement services: yes. Work: totally disabled until further notice.
Physician: [[N|Viktor Lindahl]], MD   MI lic [[LIC|4301098765]]
""",
)

note(
    "b19-29",
    "Sigurd Haugen",
    """
[[D|August 27, 2025]]

[[N|Sigurd Haugen]]
[[ADDR|RR 1 Box 44]]
[[C|Walhalla]], ND [[Z|58282]]

Dear Mr. [[N|Haugen]],

During your gallbladder surgery on [[D|August 25]], your anesthesia team had unexpected difficulty placing your breathing tube. We could only see your vocal cords partly (Cormack-Lehane grade 3b), even with a video laryngoscope; the tube was placed on the third attempt using a bougie. You were not harmed.

Please show this letter to any anesthesia provider before future surgery. We have enrolled you in the MedicAlert difficult airway program; your member number is [[ID|MA-2291-7734]]. Consider wearing the bracelet.

Questions: call me at [[PH|701-555-0161]].
Sincerely,
[[N|Elspeth Reinholt]], MD, Department of Anesthesiology
""",
)

note(
    "b19-30",
    "E.R.",
    """
MH HOTLINE CALL 13:52 [[D|Tues 5/6/2025]] - ref # [[ID|MH-25-0739]]
Caller: Dr. [[N|Camille Aubertin]], anesthesiologist, ambulatory surgery ctr, cb [[PH|207-555-0114]]
Pt (initials only): [[N|E.R.]], 23 M, 88 kg. Lap appendectomy under sevoflurane; succinylcholine 100 mg for RSI.
Course: masseter rigidity, EtCO2 rose 42 -> 78 -> 96 despite MV 18 L/min, HR 146, temp 38.1 -> 39.4 over 20 min, K 6.1, CK pending.
Advice: stop volatile, hyperventilate 100% O2 w/ activated charcoal filters, dantrolene 2.5 mg/kg now, repeat to 10 mg/kg prn, active cooling, treat hyperK (insulin/dextrose, CaCl), transfer to ICU.
14:05 Ryanodex 250 mg given; EtCO2 down to 51 by 14:20.
FHx: a cousin ("[[N|Bobby]]") had a "high fever under anesthesia" in [[D|June 2019]].
Consultant: Dr. [[N|Yusuf Demir]]. Registry (NAMHR) packet to caller.
""",
)

note(
    "b19-31",
    "Reginald Hollis",
    """
From: [[N|Siobhan Mulcahy]] <[[EM|smulcahy@ortho-partners.net]]>
Sent: [[D|Wednesday, April 2, 2025]] 4:47 PM
To: OR Scheduling <[[EM|orsched@valleymed.org]]>
Subject: add-on - [[N|HOLLIS]], [[N|REGINALD]] - R ankle ORIF

Hi [[N|Marisol]] - can we get Mr. [[N|Hollis]] (MRN [[MRN|40091552]]) on tomorrow's add-on list? Trimalleolar fx w/ syndesmotic injury, swelling is down, wrinkle sign +. He's on Eliquis, last dose [[D|3/31]] AM. Needs C-arm, small frag set + TightRope. Fine as 2nd case after Dr. [[N|Park]]'s TKA. Cell [[PH|802-555-0178]] if any issues.
thx - [[N|S]]

> From: OR Scheduling
> Booked [[D|4/3]] 1300, OR 6, 120 min. Pre-admit testing called pt. - [[N|MV]]
""",
)

note(
    "b19-32",
    "Precious Ndlovu",
    """
SURGICAL BOOKING REQUEST
Patient: [[N|Ndlovu, Precious T.]]   DOB [[D|07-Jul-1969]]   Home ph [[PH|901-555-0102]]
Address: [[ADDR|5560 Quince Rd Unit 14]], [[C|Memphis]], TN [[Z|38119]]
Insurance: Cigna OAP   Subscriber ID [[HP|U8830192204]]   Group [[HP|3341907]]   Subscriber: self
Procedure: robotic ventral hernia repair w/ mesh (CPT 49593)   Dx K43.2
Requested date: week of [[D|9/15]]; pt unavailable [[D|Sept 22-26]] (daughter's wedding)
Surgeon: Dr. [[N|Faisal Al-Rawi]]   Assist: none   Case length 150 min   Admit: 23-h obs
Anesthesia: general. Cardiology clearance on file. Hold Plavix 5 d.
Equipment: da Vinci Xi, Ventralight ST mesh 20x25 cm
Pre-auth #: [[ID|PA-5520193]]   Booked by [[N|tgreene]] on [[D|08/19/2025]]
""",
)

note(
    "b19-33",
    "Quang Minh Luu",
    """
SURGICAL PATHOLOGY REQUISITION
Accession: [[ID|S25-018844]]     Collected: [[D|05-06-2025]] 11:20
Patient: [[N|Lưu, Quang Minh]]   MRN [[MRN|AZ-7718302]]   Sex M   Age 61
AHCCCS ID: [[HP|A93318420]]
Specimens:  A. gallbladder  B. liver wedge, segment 5  C. portal lymph node (frozen)
Clinical: incidental 1.8 cm gallbladder wall mass on US; r/o carcinoma. CEA 4.2, CA 19-9 61.
Frozen section C called to OR 11:52 by Dr. [[N|Halvorsen]]: "benign lymph node, no carcinoma." Read back by circulator [[N|J. Pino]].
Surgeon: Dr. [[N|Aristide Mbala]]   Copy to PCP: [[N|Wendy Tsosie]], NP, Tuba City clinic, fax [[FX|928-555-0139]]
Previous path: [[ID|S19-004471]] (colon polyp)
""",
)

note(
    "b19-34",
    "Caoimhe Ni Bhraonain",
    """
TISSUE / IMPLANT TRACKING - ACL reconstruction, L knee
Pt [[N|Caoimhe Ní Bhraonáin]], 24 F   MRN [[MRN|2210-7765]]   DOS [[D|2/6/25]]
Allograft: tibialis anterior tendon, tissue ID [[ID|2207-4481-0093]] (donor-linked), received [[D|2/3/25]] from tissue bank, stored -80 C freezer 2, shelf B.
Thawed 09:12, rinsed x3 NS w/ bacitracin, prepared to 9 mm by PA [[N|Dov Sternberg]].
Fixation: femoral adjustable loop button, LOT 14409901; tibial BioComposite interference screw 9 x 23 mm, LOT 14590321 (neither serialized).
Surgeon: Dr. [[N|Ruairí Ó Murchú]]. Circulator: [[N|A. Begay]].
Tissue utilization card completed and sent to bank; patient tracking letter to [[ADDR|43 Sycamore Ln]], [[C|Quincy]], MA [[Z|02169]].
Tissue coordinator: [[N|Francesca Lombardi]], [[PH|617-555-0137]].
""",
)

note(
    "b19-35",
    "Hector Villasenor",
    """
DME DELIVERY TICKET - NEGATIVE PRESSURE WOUND THERAPY
Ticket [[ID|DT-55102983]]       Delivered [[D|10/07/2025]] 14:30
Patient: [[N|Héctor Villaseñor]]   ph [[PH|509-555-0188]]
[[ADDR|1402 S 7th St, Lot 19]], [[C|Yakima]], WA [[Z|98901]]
Unit: 3M V.A.C. Ultra, serial [[DEV|VUL0044312]]; canisters 500 mL x10 (lot 2508K), GranuFoam medium x15
Wound: L lower leg fasciotomy wounds (compartment syndrome after tib plateau fx). Settings -125 mmHg continuous. Dressing change M/W/F by home health.
Ordering MD: Dr. [[N|Ngaio Whitcombe]]
Payer: WA Apple Health, ProviderOne ID [[HP|200331847WA]]   Rental acct [[ACCT|RA-771093]]
Received by sister [[N|Araceli]]; pt and sister instructed on alarms.
Tech: [[N|bquinonez]]
""",
)

note(
    "b19-36",
    "Theodora Vasquez-Lin",
    """
PRIVACY OFFICE - ACCESS AUDIT REVIEW   case [[ID|PRV-2025-0442]]
Record: [[N|Theodora Vasquez-Lin]] (MRN [[MRN|10077342]]) - trauma admit, VIP/confidential flag
[[D|2025-08-09]] 21:04:11  [[N|jcordero]]   ED RN        open chart       [[IP|10.42.18.77]]
[[D|2025-08-10]] 02:47:03  [[N|kbhatt]]     Unit clerk   BTG - view notes [[IP|10.57.3.140]]
[[D|2025-08-10]] 02:51:26  [[N|kbhatt]]     Unit clerk   print face sheet [[IP|10.57.3.140]]
Finding: user [[N|kbhatt]] (6 North, no assignment to pt) broke the glass citing "continuity of care." Not supported. Referred to manager [[N|Lorna Fitzgerald]] and HR.
""",
)

note(
    "b19-37",
    "Makana Kealoha",
    """
*** FAX - CONFIDENTIAL HEALTH INFORMATION ***
TO: Dr. [[N|Paulo Sefo]], Trauma Surgery, The Queen's Medical Center
    fax [[FX|808-555-0113]]   ph [[PH|808-555-0112]]
FROM: [[N|Leilani Kauwila]], RN, Transfer Coordinator   fax [[FX|808-555-0186]]
DATE: [[D|11 / 14 / 2024]]      PAGES: 23 incl. cover
RE: [[N|KEALOHA, MAKANA]]   DOB [[D|1/3/1989]]   MRN [[MRN|MMM-3310847]]
Enclosed: ED record, CT C-spine/chest/A/P reports, op note (ex-lap, small bowel resection [[D|11/13]]), MAR, last 24 h labs, transfer consent.
Pt transferred by fixed wing this AM for pelvic angioembolization. Please call [[PH|808-555-0187]] to confirm receipt.
If you received this in error, notify the sender and destroy all copies.
""",
)

note(
    "b19-38",
    "Ora Lee Pettibone",
    """
MEDICAL EXAMINER NOTIFICATION
ME case # [[ID|ME25-01277]]   Investigator [[N|Vance Oduya]], [[PH|405-555-0169]]
Decedent: [[N|Ora Lee Pettibone]], [[A|97]] F, DOB [[D|11/02/1927]]
Residence: [[ADDR|602 N Cimarron Dr]], [[C|Guthrie]], OK [[Z|73044]]
Pronounced 04:12 [[D|7/19/25]] by Dr. [[N|Sunita Vargas-Ohm]].
Circumstances: ground-level fall at home [[D|7/16]], found by neighbor next morning. L subtrochanteric fx, IM nail [[D|7/17]]. POD2 acute hypoxic resp failure, likely fat embolism vs PE; DNR/DNI per POLST, comfort care.
Reportable: death following injury.
ME decision: jurisdiction declined 05:05; attending may sign certificate (manner: accident).
NOK: nephew [[N|Waylon Pettibone]], [[PH|405-555-0108]], notified 04:30.
""",
)

note(
    "b19-39",
    "Rafael Okonjo-Duarte",
    """
OPO REFERRAL LINE   ref [[ID|GLDN-2510-3381]]   call 06:18 [[D|10/04/2025]]
Referring: SICU RN [[N|Brooke Lanning]], direct line [[PH|504-555-0145]]
Pt: [[N|Rafael Okonjo-Duarte]], 34 M, MRN [[MRN|UH00712346]]. Motorcycle (LA plate [[VEH|MC 88214]]) vs pickup [[D|10/02]]; severe TBI, GCS 3T, pupils fixed. Vent, on norepi 0.08. Trigger: GCS <= 5.
Family: wife [[N|Ximena]] at bedside; brother [[N|Tobi]] flying in from [[C|Houston]].
Registry check: pt registered donor via state DL ([[LIC|LA 009182273]]).
Plan: OPO coordinator [[N|Gaston Broussard]] on site by 0800; hospital to NOT approach family re: donation. Brain death exam #1 planned after 24 h off sedation.
""",
)

note(
    "b19-40",
    "Mateo Quintanilla",
    """
GOING HOME AFTER YOUR APPENDIX SURGERY
Patient: [[N|Mateo Quintanilla]]   Date of surgery: [[D|Saturday, 14 June]]
Your surgeon: Dr. [[N|Abimbola Fashola]]
- You had a laparoscopic appendectomy (3 small cuts). The glue on your skin will peel off in 7-10 days. You can shower tomorrow.
- Pain: ibuprofen 600 mg every 6 h with food, and acetaminophen 1000 mg every 8 h. Oxycodone 5 mg only if needed (6 tablets given).
- No lifting more than 15 lb for 2 weeks. No driving while taking oxycodone.
- Call us for fever over 101.5 F, vomiting, redness or pus at the cuts: clinic [[PH|480-555-0175]], after hours [[PH|480-555-0100]].
- Follow-up: post-op phone visit on [[D|June 26]] at 10:40 AM; nurse [[N|Gabriela]] will call you.
- Your school note (excused through [[D|6/20]]) is in your MyChart: [[URL|https://mychart.desertsun.org/letters/88213457]]
""",
)

note(
    "b19-41",
    "Winifred Castellano",
    """
IMPORTANT MEDICAL DEVICE SAFETY NOTICE

[[D|October 1, 2025]]

[[N|Winifred Castellano]]
[[ADDR|18 Larkspur Court]]
[[C|Bensalem]], PA [[Z|19020]]

Dear Ms. [[N|Castellano]]:

Our implant registry shows that on [[D|March 30, 2012]] you had a right total hip replacement that used a metal-on-metal acetabular cup (model ASR XL, serial [[DEV|AXL-52-088137]]) with a cobalt-chrome head (serial [[DEV|CH52-770214]]). This model is part of a manufacturer recall. Most patients do well, but we recommend a blood test for cobalt and chromium levels and an MRI (MARS sequence) even if you have no pain.

Please call our Joint Registry office at [[PH|215-555-0153]] or book online at [[URL|https://jointregistry.delvalortho.org/recall/JR-0031877]]. Your registry number is [[ID|JR-0031877]].

[[N|Hyun-woo Baek]], MD, Adult Reconstruction
""",
)

note(
    "b19-42",
    "Oluwaseun Adeyemi",
    """
SPIRITUAL CARE - TRAUMA BAY / FAMILY ROOM B   [[D|Christmas Eve]] 20:10-22:45
Paged for pediatric pedestrian struck: [[N|Oluwaseun Adeyemi]] ("[[N|Seun]]"), 9 y. Mother [[N|Olufunke]] and grandmother (Mama [[N|Bisi]]) arrived 20:25 straight from church; father [[N|Kehinde]] is traveling, reached by phone in [[C|Lagos]] at [[PH|+234 803 555 0142]].
Supported family during resuscitation. Family requested prayer in Yoruba; volunteer Mrs. [[N|Ajayi]] not reachable, used the phone interpreter line.
ROSC 20:58; to PICU. Escorted family to PICU waiting. Mother asked that their pastor, Rev. [[N|Folarin Oyewole]], be allowed to visit; added to visitor list w/ charge RN [[N|Tamsin]].
Plan: check in [[D|Christmas]] morning and again [[D|Dec 26]].
Chaplain [[N|Miriam Achterhof]], BCC
""",
)

note(
    "b19-43",
    "Remedios Altagracia Peralta",
    """
Nota pre-operatoria / Pre-op nursing note (Spanish interpreter present, [[N|Yadira]], ID [[ID|SP-7714]])
Sra. [[N|Remedios Altagracia Peralta]], 83 a, para colecistectomía laparoscópica hoy [[D|jueves 9 de octubre]].
Pt verbalizes understanding via interpreter. States last ate "la cena del [[D|martes]]" - clarified: dinner [[D|Tuesday]] night; has had only water since. Took metoprolol this AM with sip.
Allergies: codeína (náusea). Hx: HTN, DM2 (A1c 7.4), hip fx repaired [[D|03/2019]].
Belongings: rosary kept with pt per request, glasses to granddaughter [[N|Yuleisy]] ([[PH|786-555-0165]]), who will drive her home to [[C|Hialeah]].
Medicare MBI [[HP|5TQ8-HN2-XR41]] verified; secondary Medicaid [[HP|0713390245]].
Consent in Spanish signed by pt, witnessed by [[N|L. Baptiste]], RN.
""",
)

note(
    "b19-44",
    "Shirin Farahani",
    """
OPERATIVE NOTE - CATEGORY 1 CESAREAN
Pt: [[N|Farahani, Shirin]]   G2P1 at 38w2d   MRN [[MRN|LD-9902145]]   Date [[D|19-Apr-2025]]
Decision 03:41: prolonged fetal bradycardia to 70s x6 min; cord prolapse felt on SVE by CNM [[N|Ottoline Brisbane]], who kept manual elevation of the presenting part until delivery.
Anesthesia: GA, RSI (propofol/rocuronium), grade 1 view, by Dr. [[N|Vu]].
Skin 03:49, delivery 03:51 (DDI 10 min): live female, Apgars 2/6/8, 3240 g, to NICU team (Dr. [[N|Okeke-Warren]]). Cord gas pH 7.08, BE -11.
Low transverse hysterotomy, 2-layer closure. Uterine atony -> oxytocin, methergine 0.2 mg IM, QBL 1150 mL. Mother stable.
Surgeon: [[N|Parveen Ghorbani]], MD. Assist: [[N|K. Ellery]], CST.
Husband [[N|Dariush]] informed in family lounge 04:30. Pt requests baby's photo sent to her cell [[PH|425-555-0197]].
""",
)

note(
    "b19-45",
    "Connor McAllister",
    """
OMFS OPERATIVE NOTE   [[D|Sun., 23 Feb 2025]]
Pt: [[N|McAllister, Connor]], 31 M.  Assault (punched, then kicked) outside a bar on [[ADDR|Elm St]] near [[ADDR|Commerce Ave]], [[C|Deep Ellum]], ~0130 [[D|Saturday]]. Dallas PD incident # [[ID|DPD-25-0334182]].
Dx: L parasymphyseal + R angle mandible fx, ZMC fx L (non-displaced, no OR).
Procedure: ORIF mandible: 2.0 mm 4-hole plates x2 at L parasymphysis (KLS Martin, lot 4471-22), 2.0 mm 6-hole at R angle (Champy), MMF with arch bars. #17 and #32 extracted (in fracture line).
Anesthesia: nasal intubation (fiberoptic) by Dr. [[N|Ilse Vandermeer]].
Discharge: full liquid diet, wire cutters at bedside, chlorhexidine rinse. F/u clinic [[D|3/4]] w/ Dr. [[N|Teodoro Balagtas]].
Pt's friend [[N|Brody]] will stay with him; contact [[PH|469-555-0140]].
""",
)

note(
    "b19-46",
    "Dakota Lindgren",
    """
FLIGHT/TRAUMA H&P - snowmobile crash
[[N|Dakota Lindgren]], 19 F, MRN [[MRN|EM-00552198]]. Per North Star Air crew: rider on a 2021 Polaris (reg. no. [[VEH|MN 4471 SM]]) struck a tree on the Arrowhead trail ~6 mi N of [[C|Ely]] at about 1620 [[D|Sat 1/18]]; helmeted; LOC unknown. Found by friend [[N|Cade Oberholtzer]], who called 911.
Scene GPS relayed to crew; air ambulance landed on the frozen lake. Temp 34.6 C on arrival.
Injuries: L open tib/fib (Gustilo IIIA), L pneumothorax (chest tube 28F placed 1752), L5 transverse process fx, superficial frostbite bilat fingers.
To OR with ortho (Dr. [[N|Ragnhild Eriksen]]) for I&D and ex-fix tonight. Ancef + gent.
Parents ([[N|Erik]] and [[N|Sonja Lindgren]]) driving from [[C|Duluth]]; cell [[PH|218-555-0122]].
Resident: [[N|L. Amankwah]]
""",
)

note(
    "b19-47",
    "Ashton Bui",
    """
PEDS ED - SUBMERSION INJURY
Pt: [[N|Ashton Bui]], 3 y 4 mo, 15 kg, DOB [[D|03/09/2022]]. Found face-down in the apartment-complex pool at [[ADDR|8800 Bissonnet St]], [[C|Houston]], TX [[Z|77074]] by a neighbor, [[N|Yolanda Prieto]], who started CPR. Submersion time est. 2-4 min. HFD Medic 41 arrived 1908, ROSC not needed - pt had pulse, gasping.
ED: GCS 13 -> 15 by 2000. Crackles R base, SpO2 91% RA -> 98% on 2 L. CXR: RLL infiltrate. Temp 36.1.
Plan: admit PICU obs 24 h, repeat CXR AM, no antibiotics unless fever.
Parents: [[N|Thanh Bui]] (father) [[PH|713-555-0126]], [[N|Ngoc Anh Tran]] (mother). CPS not indicated - supervision lapse discussed; water-safety handout given.
ED attending: Dr. [[N|Oyinkansola Hart]]. Notes cc'd to PCP at Bellaire Pediatrics.
""",
)

note(
    "b19-48",
    "Priyanka Deshmukh-Rowe",
    """
MyChart message - received [[D|Mon 08/04/2025]] 9:12 PM
From: [[N|Priyanka Deshmukh-Rowe]]
To: General Surgery Clinic (Dr. [[N|Haverford]])
Subject: incision question after hernia surgery

hi, I had my umbilical hernia fixed last [[D|thursday]] (the [[D|31st]]) and tonight there's a small bit of clear/yellowish fluid coming out of the bottom of the belly button cut, no fever (99.1), pain is like 3/10. Is this normal?? I attached a pic. Also my disability paperwork from work (claim [[ID|LTD-0049217]]) needs your signature, I dropped it off [[D|Friday]]. You can also reach me at [[EM|priya.dr.rowe@gmail.com]] or [[PH|206-555-0138]]. thank you!! - [[N|Priya]]

Reply [[D|8/5]] 8:02 AM from [[N|Caitriona Dunleavy]], RN: Small amount of clear drainage can be normal (seroma). Keep dry gauze on it; please come in [[D|Wed]] at 10:30 so we can look. Form is signed - pick-up at front desk.
""",
)

note(
    "b19-49",
    "Benedikt Auer",
    """
PERIOPERATIVE INSULIN PUMP PLAN (pt-managed device)
Pt: [[N|Benedikt Auer]], 29 M, T1DM since age 8. Procedure: L ACL revision [[D|11/20/2025]], 1st case, est. 2.5 h, outpatient.
Device: Tandem t:slim X2 w/ Control-IQ, pump SN [[DEV|1429871]]; CGM Dexcom G7, transmitter/sensor SN [[DEV|4FJ9K2]]. Infusion site L abdomen (away from field).
Plan per endo (Dr. [[N|Esperanza Whitlow]], direct line [[PH|303-555-0179]]):
 - Night before: usual basal; switch to Exercise mode at 0500 (target 140-160).
 - OR: keep pump ON if case < 3 h; POC glucose q1h; if BG > 250 x2 or pump failure -> disconnect, start insulin gtt.
 - Pump and CGM stay with pt; if removed, bag + label and give to partner [[N|Jonah]].
Anesthesia aware (Dr. [[N|Kalani]]). No MRI. Diathermy return pad on R thigh.
""",
)

note(
    "b19-50",
    "Harold Ekwueme",
    """
SAFETY EVENT REPORT (near miss)   event # [[ID|SE-2025-08817]]
When: [[D|8/22/2025]] ~1015   Where: Main OR 11   Harm: none (caught before incision)
Patient: [[N|Harold Ekwueme]]   MRN [[MRN|0040017893]]
What happened: case posted as L inguinal hernia repair. At time-out the scrub tech, [[N|Rosalind Achebe]], noticed the site mark was on the RIGHT groin. Consent: left. Clinic note [[D|7/30]]: left. Pre-op H&P by resident [[N|T. Mbeki]]: right (copied forward from a 2023 note about a prior right-sided repair).
Action: stop; surgeon re-examined with pt awake in pre-op, pt confirmed left; mark redone; proceeded 1048.
Contributing: copy-forward, mark placed by someone other than the operating surgeon.
Reporter: [[N|gkaminski]] (circulating RN)   Manager notified: [[N|Esther Wolde]], [[D|8/22]] 1130
""",
)

note(
    "b19-51",
    "Mildred Oyelowo-Grant",
    """
SNF -> ED TRANSFER FORM (INTERACT)
Resident: [[N|OYELOWO-GRANT, MILDRED]]   Age: [[A|97]]   DOB: [[D|01/15/1928]]
Facility: Maple Terrace Nursing & Rehab, [[ADDR|1200 Harmon Rd]], [[C|Evansville]], IN [[Z|47714]]   Nurse line [[PH|812-555-0110]]
Reason: unwitnessed fall in bathroom 0540 [[D|11/9]], shortened + externally rotated L leg, pain 8/10 w/ movement.
Baseline: A&O x2 (mild dementia since her early [[A|90s]]), walker, continent. Code status: DNR - POLST attached; OK to operate / hospitalize.
Meds: apixaban 2.5 BID (last 2100), donepezil, metoprolol 25 BID.
Medicare [[HP|1EG4-TE5-MK72]]; Humana supplement [[HP|H4490212-01]].
Contact: daughter [[N|Gwendolyn Grant]] (POA) [[PH|812-555-0189]] - notified 0605.
Sent via Tri-State Ambulance 0620. Nurse: [[N|Fiona Osterhaus]], LPN, IN lic [[LIC|LP20043817]]
""",
)

note(
    "b19-52",
    "Augustin Beauregard",
    """
GERIATRIC SURGERY / GOALS OF CARE
Mr. [[N|Augustin Beauregard]] is a [[A|101]]-year-old man - yes, [[A|one hundred and one]] - admitted with an incarcerated R inguinal hernia. He was a machinist until his 70s, lives alone with a home aide weekdays, still does his own crossword.
Met with pt, his grand-nephew [[N|Lionel Beauregard]] (HCP) and our geriatrician Dr. [[N|Nkechi Obidike]] on [[D|Labor Day]], [[D|9/1]]. Risk (NSQIP + frailty score CFS 5): ~20% 30-day mortality with surgery; bowel viability uncertain.
Pt clearly states he wants the operation: "I didn't make it to [[A|101]] to die of a hernia." He has capacity for this decision.
Plan: OR tonight, open repair under regional if feasible; DNR but OK for intra-op resuscitation; no prolonged ventilation.
Time spent 55 min. - [[N|Graham Sato-Little]], MD
""",
)

note(
    "b19-53",
    "Curtis Fairbanks",
    """
SURGICAL CONSENT BY COURT-APPOINTED GUARDIAN - tracheostomy + PEG
Patient: [[N|Curtis Fairbanks]], 58 M, MRN [[MRN|MV-3380019]], hospital day 16 after anoxic brain injury (cardiac arrest at work, [[D|Oct. 3]]). Lacks capacity (2 physicians documented [[D|10/10]]).
No HCPOA and no family located despite search (estranged brother in [[C|Tacoma]] - last known number [[PH|253-555-0116]] disconnected).
Emergency guardian: [[N|Marguerite Olayinka-Shaw]], Esq., appointed by Superior Court, cause no. [[ID|25-4-01877-1 SEA]]; letters of guardianship on chart, expire [[D|12/31/2025]].
Discussed with guardian by phone ([[PH|206-555-0157]]) on [[D|10/19/2025]] at 1420: indications, alternatives (continued ETT, palliative extubation), risks (bleeding, tube dislodgement, infection, aspiration). Guardian consents, signed electronically.
Witness: [[N|Benji Castañeda]], RN. Surgeon: [[N|Ayodele Whitford]], MD
""",
)

note(
    "b19-54",
    "Callum Fraser-Munro",
    """
INTERNATIONAL PATIENT - motorcycle crash on coastal highway
Pt: [[N|Callum Fraser-Munro]], 42 M, UK national, DOB [[D|29/06/1983]] (UK format), passport no. [[ID|553018842]]. Home: [[ADDR|14 Leith Walk, Flat 3F1]], [[C|Edinburgh]] [[Z|EH6 5DT]], Scotland.
Rental motorcycle (plate [[VEH|8ZBL291]]) lost control on a curve at [[ADDR|Hwy 1 mile marker 27.4]] S of [[C|Big Sur]] [[D|15.09.2025]] approx 1120 local.
Injuries: R distal radius fx (ORIF [[D|16 Sept]]), R 5-7 rib fx, grade II splenic lac (non-op).
Travel insurer: Caledonia Travel Assist, policy [[ID|CTA-UK-40918221]], case mgr [[N|Morag Dunbar]], [[PH|+44 131 496 0118]]. Guarantee of payment received [[D|17/09]].
Wife [[N|Isla]] arriving [[D|Friday]]. Fit-to-fly assessment requested before repatriation.
""",
)

note(
    "b19-55",
    "Gilles Thibodeau",
    """
ED -> ORTHO TRAUMA HANDOFF (Canadian visitor)
[[N|Gilles Thibodeau]], [[A|ninety-three]] y/o M from [[C|Sudbury]], ON [[Z|P3E 2C6]], wintering at [[ADDR|2140 Gulf Shore Blvd N, #508]], [[C|Naples]], FL [[Z|34102]].
Tripped on a curb leaving church [[D|Sunday]] ([[D|Feb 9]]). R femoral neck fx, displaced. Hgb 11.2, INR 1.1, trop neg, ECG AF rate 80s.
Coverage: OHIP card [[HP|5584-229-104-KT]] + travel policy through Laurentian Mutual, policy [[ID|LM-TRV-0092718]]; insurer's pre-approval for surgery obtained 1610.
Speaks French + English. Wife [[N|Huguette]] at bedside; son [[N|Marc-André]] in [[C|Ottawa]], [[PH|+1 613 555 0174]].
Plan: Dr. [[N|Sunderland]] to do hemiarthroplasty vs THA tomorrow AM; hold apixaban (last dose this AM).
- [[N|Pooja Ranganathan]], PA-C
""",
)

note(
    "b19-56",
    "Esperanza Molina",
    """
HYPERBARIC MEDICINE CONSULT - CO poisoning
Pt [[N|Esperanza Molina]], 38 F, found by husband [[N|Arturo]] at 0630 [[D|12/23]] with 2 children (seen separately, MRNs [[MRN|PK4410291]], [[MRN|PK4410292]]) in the house at [[ADDR|77 Pine Hollow Rd]], [[C|Pocahontas]], AR [[Z|72455]]; generator running in the attached garage during an ice-storm power outage.
On arrival: confused, HA, emesis x2. COHb 31% (venous), lactate 3.4, trop 0.09, ECG sinus tach. Urine hCG neg.
Indications met (COHb > 25%, neuro sx, troponin elevation) -> HBO2 3.0 ATA x 46 min (Weaver protocol), then 2 more treatments within 24 h.
Fire dept CO reading at scene 412 ppm (report [[ID|RCFD-1223-02]]).
Chamber operator: [[N|Dwayne Kittle]], CHT. Attending: Dr. [[N|Margit Solberg-Hayes]].
Husband's cell [[PH|870-555-0128]]; social work aware (needs shelter until power restored).
""",
)

note(
    "b19-57",
    "Javier Renteria",
    """
ED NOTE - PATIENT IN CUSTODY
Pt: [[N|Javier Rentería]], 36 M, MRN [[MRN|CJ-5520118]]. Brought from County Detention Center by Dep. [[N|Hutchins]] (badge [[ID|S-2290]]) and Dep. [[N|Lam]]; booking # [[ID|BK25-117740]].
CC: swallowed "a battery and some pieces of a spork" ~3 h ago; 2nd ingestion episode this year.
XR: 1 AA battery in stomach + radiolucent? (CT: 3 plastic fragments in stomach, 1 in proximal jejunum, no free air).
GI (Dr. [[N|Anjali Koirala]]) to do EGD under MAC; battery in stomach > 24 h or symptoms -> retrieve now.
Restraints: 4-point per custody; deputies remain in room. Pt's lawyer [[N|Farrukh Nazarov]] called nurse line for update - no info given (no authorization on file).
Psych consult for repeated self-injury. Return to jail infirmary with instructions after endoscopy.
""",
)

note(
    "b19-58",
    "Wyatt Hostetler",
    """
trauma consult - peds - lawnmower injury
[[N|wyatt hostetler]], 6 yo M, MRN [[MRN|4401 8873]]. Riding on grandfather's lap on a riding mower at the family farm ([[ADDR|RR 2 Box 118]], off [[ADDR|County Rd 640 E]], nr [[C|Arthur]], IL) this afternoon around 3 - slipped off, L foot caught under deck.
Exam: L foot partial amputation through midfoot, heavily contaminated w/ grass + soil; distal tibia intact. HR 128, BP 96/54 after 20 mL/kg. Hgb 10.1.
Plan: OR w/ peds ortho (Dr. [[N|Eun-ji Koh]]) + plastics for I&D, completion amputation vs salvage, wound vac. Cefazolin + gentamicin + PCN for clostridial coverage. Tetanus UTD.
Family: parents [[N|Levi]] and [[N|Rachel Hostetler]] (Amish; no phone at home - neighbor [[N|Dale Brubaker]] [[PH|217-555-0148]] relays messages). Grandfather very distraught, chaplain paged.
-- [[N|m.oyelaran]] PGY3 for Dr. [[N|Whitford-Kim]]
""",
)

note(
    "b19-59",
    "Gloria Ashdown",
    """
ePCR BILLING FACE SHEET   Run # [[ID|25-118802]]   Unit Medic 7   Date of service [[D|06/28/2025]]
Patient: [[N|ASHDOWN, GLORIA J]]   DOB [[D|04/04/1933]] ([[A|92]])   SSN [[SSN|987-65-4433]]
Pickup: [[ADDR|1415 Clover Ln]], [[C|Lake Wales]], FL [[Z|33853]] (residence)   Dest: Level II trauma center, 31.2 loaded miles
Level of service: ALS1 emergency (A0427) + mileage (A0425). Reason: fall w/ hip deformity, on warfarin.
Primary: Medicare [[HP|7XK2-RT4-QP18]]   Secondary: AARP Medicare Supplement [[HP|38812045511]]
Responsible party: self; son [[N|Dwight Ashdown]] POA, [[PH|863-555-0191]], [[EM|dashdown53@verizon.net]]
Signature: pt unable (pain/confusion) - signed by crew [[N|Ferreira, Joaquim]] (FL paramedic [[LIC|PMD 0529137]]) with receiving RN as witness.
Billing acct [[ACCT|EMS-2506-33091]]
""",
)

note(
    "b19-60",
    "Ngozi Umeh",
    """
DMV MEDICAL REPORT - DRIVER WITH SEIZURE / TBI (physician portion)
Driver: [[N|Ngozi Umeh]]   DOB [[D|7-11-1990]]   Driver license [[LIC|U5538 02177 09184]]
Address on license: [[ADDR|3021 Elkridge Landing Rd, Apt 210]], [[C|Linthicum]], MD [[Z|21090]]
1. Condition: TBI (L temporal contusion) from MVC [[D|May 2025]]; one provoked seizure [[D|5/17/25]] during admission. Craniotomy not required.
2. Seizures since discharge: none. Last EEG [[D|9/2/25]]: no epileptiform discharges. On levetiracetam 500 mg BID.
3. Recommend: may drive, non-commercial only; review in 6 months.
Physician: [[N|Rebecca Oduya-Stern]], MD, neurosurgery   MD lic [[LIC|D0077318]]   DEA [[LIC|BO4417729]]   ph [[PH|410-555-0183]]
Signature date [[D|October 3, 2025]].
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
