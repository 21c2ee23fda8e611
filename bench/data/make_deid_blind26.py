#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind26.jsonl.

Blind set 26: allied-health and ambulatory-service paperwork rather than
hospital notes.  The notes come from community, specialty and home-infusion
pharmacies (label intakes, refill and call logs, PDMP look-ups, compounding
worksheets, transfer and discrepancy reports), dental and periodontal charts
and lab slips (where tooth numbers, surfaces and probing depths are not
identifiers), optometry, optical-lab and ophthalmology records carrying lens
and implant serials, audiology and cochlear-implant fittings, physical,
occupational, speech, vestibular, driver-rehab and cardiac-rehab notes,
durable medical equipment orders, CMNs and delivery or pick-up tickets
(wheelchair, bed, concentrator, CPAP and pump serials), home-health,
visiting-nurse and hospice aide logs full of street directions and family
caregivers, and wound-photo logs.  Many patients are in their 90s or older,
and the scheduling text is dense with weekdays, holidays and partial dates.
Formats include SMS-gateway and HL7 lines, a JSON export, voicemail
transcripts, e-mail and a Spanish-language visit note.

Annotation conventions (HIPAA Safe Harbor):
* NAME covers every person - patient, family member, friend, caregiver,
  clinician or clerk - however written: nicknames, lower case, ALL CAPS,
  initials that stand for a person, system log-ins and handles.  Honorifics
  (Dr., Mrs., Sra.) and credentials (RN, PharmD, AuD) are left outside the
  span, and so is a handle's "@".  Kinship words (including "Tutu"), pets,
  eponyms (Frazier, Epley, Unna), celebrities and surnames that are part of
  a business name are not names.
* DATE covers any date element finer than a year: full dates in any layout,
  month and day, month and year, a month on its own, date parts embedded in
  timestamps and file names, and weekdays or holidays naming the day an event
  happened or will happen.  Years alone, clock times, durations, ages of 89
  or less and recurring schedules ("Thursdays", "the 15th of each month") are
  left unmarked.
* AGE marks only ages above 89, the number alone ("[[A|93]] y/o").
* PHONE and FAX take the whole number with any extension; EMAIL, URL
  (patient-specific links) and IP addresses are marked whole.
* SSN, MRN (chart and hospice record numbers), HEALTH_PLAN (Medicare MBI,
  Medicaid and commercial member or group numbers), ACCOUNT (billing,
  invoice and receipt accounts), LICENSE (driver's, professional, DEA, ASHA),
  VEHICLE (plates and VINs), DEVICE (serial numbers of implants, aids and
  equipment) and ID (Rx numbers, NPIs, claim, case, episode, query and order
  numbers, badge and study IDs, and other record-specific codes).
* ADDRESS is the street line (number, street, unit, PO box); CITY is a
  city, town or neighbourhood; ZIP is the postal code.  States, countries,
  highways used in directions, gate and lockbox codes are not marked.
* Also unmarked: facility, pharmacy, agency and company names, drug names,
  device makes and models, lot and NDC-style numbers, CDT/HCPCS/ICD codes,
  tooth numbers, scores, lab values, room numbers and bare years.

Stdlib only.  Run: python bench/data/make_deid_blind26.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind26.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b26-01",
    "Bernadette Holloway",
    """
WALGRIN PHARMACY #0871 -- NEW RX INTAKE
Pt: [[N|HOLLOWAY]], [[N|BERNADETTE]] R    DOB [[D|02/11/1931]]  ([[A|93]] y)
Addr: [[ADDR|418 Quarry Hill Rd]], [[C|Barre]] VT [[Z|05641]]   Ph [[PH|802-555-0127]]
Rx# [[ID|6104482]]  metoprolol succinate ER 25 mg  #30  1 PO daily
Prescriber: [[N|Anand Krishnamurthy]], MD   NPI [[ID|1487732019]]   DEA [[LIC|BK4471823]]
Ins: BCBS VT  member [[HP|XVB884102317]]  BIN 610014  PCN VTPROD
Filled [[D|3/18/24]] by RPh [[N|tmarchetti]]; counseled daughter [[N|Lorraine]] at drive-thru window
(pt waiting in car). Refills: 5, next fill eligible in 25 days.
Profile flags: prefers bubble-card packaging; home delivery Thursdays; large-print labels.
""",
)

note(
    "b26-02",
    "Dwayne Pruitt",
    """
PDMP QUERY LOG (PMP AwareRx gateway)
Query ID: [[ID|PMP-2024-0419-77315]]   Requested by: [[N|kdesrosiers]] (PharmD) 14:22 [[D|04/19/2024]]
Subject: [[N|Dwayne]] "[[N|Tank]]" [[N|Pruitt]]   DOB [[D|1978-09-03]]   [[C|Chillicothe]], OH
Dispensations, last 12 months:
  [[D|03/28/24]]  oxycodone/APAP 5/325 #20   presc [[N|R. Valdes-Ibarra]]  DEA [[LIC|FV2281940]]  Kroger #932
  [[D|02/02/24]]  tramadol 50 mg #30         presc [[N|S. Oyelaran]]  DEA [[LIC|BO6617325]]
  (older fills: gabapentin 300 mg #90, same prescriber)
MME today: 0.  Overdose risk score 312.  No concurrent benzodiazepine.
Action: filled new Rx [[ID|2290518]] (cyclobenzaprine 10 mg #15). Offered naloxone - declined.
Callback on file [[PH|740-555-0162]].
""",
)

note(
    "b26-03",
    "Min-jun Yeo",
    """
COMPOUNDING WORKSHEET (non-sterile)        Worksheet [[ID|CW-24-1187]]
Formula: "magic mouthwash" - diphenhydramine 12.5 mg/5 mL : Maalox : viscous lidocaine 2% (1:1:1), QS 240 mL
Patient: [[N|YEO Min-jun]]   MRN [[MRN|ST00928114]]   age 7   wt 23 kg
Prescriber: Dr. [[N|Harriet Ocampo]] (peds heme/onc)   NPI [[ID|1922004573]]
Ingredient lots: DPH 3QK21 / Maalox 9981B / lido 2A0447.  BUD 14 d, refrigerate.
Swish & spit 5 mL q4h PRN mucositis pain - do NOT swallow (age 7).
Compounded by [[N|J. Ferreira-Lund]], CPhT   Verified by [[N|PWu]], RPh   [[D|22-Apr-2024]] 16:05
Pick-up: mother [[N|Seo-yeon]], cell [[PH|(206) 555-0188]]; paid copay $10 cash.
""",
)

note(
    "b26-04",
    "Ruthanne Koval",
    """
SPECIALTY RX - OUTREACH / REFILL CALL LOG
Patient: [[N|Ruthanne Koval]]   Acct [[ACCT|SP-0047719]]   Drug: adalimumab 40 mg/0.4 mL pen x2
Date         User       Outcome
[[D|Mon 6/3]]     [[N|alopez2]]    LVM on [[PH|412-555-0139]], requested callback
[[D|Wed 6/5]]     [[N|alopez2]]    Spoke w/ husband [[N|Gene]]; pt visiting family in [[C|Erie]] for the week
[[D|Jun 10]]      [[N|mtrinh]]     Confirmed ship-to [[ADDR|77 Ridgeview Ct Apt 3]], [[C|Monroeville]] PA [[Z|15146]]
                          cold-chain shipper, adult signature required
[[D|6/11]]        system     Delivered 10:41, signed "[[N|R.KOVAL]]"
Copay card ID [[ID|CC88410273]]; PA approved through [[D|05/2025]]. Injection-site training not needed (yr 3).
""",
)

note(
    "b26-05",
    "Chidinma Okonkwo",
    """
PERIODONTAL RE-EVALUATION - [[D|October 8, 2024]]
Pt [[N|Okonkwo, Chidinma]]   chart #[[MRN|D-40912]]   DOB [[D|5.14.1966]]
Provider: [[N|Liesl Brandt]], RDH / Dr. [[N|Farouk Haddad]], DDS
Probing (mm): #2 5-4-6, #3 4-3-5, #14 6-5-7 w/ BOP, #18-#19 class II furcation. Mobility #24, #25 grade 1.
Hx: SRP all quads [[D|8/20]]; chlorhexidine 0.12% BID x 2 wk. Non-smoker. A1c 6.1.
Assessment: Stage III Grade B periodontitis, generalized improvement except #14.
Plan: 3-mo perio maintenance; refer to Dr. [[N|Haddad]] for osseous surgery consult on #14.
Next: [[D|Jan 7]] 8:00 AM with [[N|Liesl]].
Delta Dental PPO subscriber = spouse [[N|Emeka Okonkwo]], sub ID [[HP|1188420563]].
""",
)

note(
    "b26-06",
    "Priya Venkataraman",
    """
Optometric exam & contact lens Rx
[[N|priya venkataraman]] - 34F - seen [[D|Sat 03/02/2024]] at Clearview Eye Care (Route 9 office)
VA cc: OD 20/20, OS 20/25.  IOP 16/17 (iCare).  Slit lamp: mild papillae, no staining.
Final CL: Acuvue Oasys for Astigmatism 8.6/14.5  OD -3.25 -0.75 x 180 / OS -3.50 -0.75 x 170
Rx expires [[D|03/02/2025]]. Dispensed 6 boxes/eye, invoice [[ACCT|INV-553018]].
Copy of Rx e-mailed to [[EM|pvenkat.iyer@fastmail.com]] per pt request (1-800 Contacts).
Recall [[D|March 2025]] or sooner if redness.
[[N|Cormac O'Rourke]], OD   TX therapeutic optometrist lic [[LIC|TOD-7719]]
""",
)

note(
    "b26-07",
    "Teodoro Agbayani",
    """
OPERATIVE NOTE - phacoemulsification w/ IOL, left eye      DOS [[D|11-14-2023]]
Patient: [[N|Teodoro Agbayani]], [[A|91]] M     MRN [[MRN|00478823]]
Surgeon: [[N|Mireille Dufresne]], MD     Anesthesia: MAC, [[N|B. Castellanos]], CRNA
Dx: nuclear sclerotic cataract 3+ OS, pseudoexfoliation.
Implant: Alcon AcrySof SN60WF +21.5 D, serial no. [[DEV|11873459024]]
Trypan blue capsule stain; Malyugin ring 6.25 placed and removed. CTR not needed.
No complications. EBL nil. Shield and patch.
Follow-up POD1 [[D|11/15]], POW1 [[D|11/21]]. Grandson [[N|Ray-Anthony]] to drive, [[PH|671-555-0150]].
Implant sticker sheet scanned to chart.
""",
)

note(
    "b26-08",
    "Marguerite Lindqvist",
    """
AUDIOLOGY - HEARING AID FITTING
Patient: [[N|Marguerite]] "[[N|Peggy]]" [[N|Lindqvist]]   DOB [[D|Dec 1 1929]]  ([[A|94]])
Date of fitting: [[D|1/9/2024]]
Devices: Phonak Audeo Lumity L90-R (receiver size M, closed 8 mm domes)
   Left  S/N [[DEV|2318K0H4Q]]
   Right S/N [[DEV|2318K0H6T]]
   Charger S/N [[DEV|CH-2291-0877]]
Real-ear: NAL-NL2 targets met within 5 dB, 500-4000 Hz. Speech in noise program added.
30-day trial. Warranty + L&D through [[D|Jan 2027]]; L&D claim ref [[ID|LD-60731]] if lost.
Daughter-in-law [[N|Ingrid]] present, trained on charging and app pairing.
Fitted by [[N|Samira Benhaddou]], AuD
""",
)

note(
    "b26-09",
    "Fernando Ibanez-Ruiz",
    """
PHYSICAL THERAPY PROGRESS NOTE  (visit 8/12 of plan)
Name: [[N|Fernando Ibanez-Ruiz]]   MRN [[MRN|4410-2291-7]]   DOS: [[D|Tuesday 07/16/24]]
Dx: s/p R TKA [[D|6/4/24]] (Z96.651). Referring: Dr. [[N|Gwendolyn Achterberg]].
S: pain 3/10 at rest, 6/10 after stairs. Walking the dog 2 blocks. Wants to be back at
   his bowling league by [[D|Labor Day]].
O: knee AROM 4-108 deg (eval 12-85). 5xSTS 14.2 s. TUG 11 s. Gait w/ SPC L hand, mild antalgic.
A: Progressing; flexion still short of 115 deg goal.
P: Continue 2x/wk; next [[D|Thu 7/18]]. HEP updated, Physitrack access code [[ID|PX-8Q2M7]].
[[N|Kayleigh Boudreaux]], PT, DPT   License [[LIC|PT014782]]
""",
)

note(
    "b26-10",
    "Hyacinth Bramwell",
    """
OT home visit - daily note - [[D|2024-02-27]]
Pt: Mrs. [[N|Hyacinth Bramwell]] ([[A|97]] yo)
Goal: safe tub transfer. Trialed tub transfer bench (Drive Medical 12011KD-1): min A x1, cues for
hand placement. Grab bar on L wall recommended - son [[N|Desmond]] will install this weekend.
ADLs: LB dressing with reacher and sock aid, mod I. Meal prep: tolerates 6 min standing at counter.
Cognition: SLUMS 21/30.
Home: [[ADDR|2209 Gallatin Pike N, Unit 14]], [[C|Madison]] TN [[Z|37115]]. Use rear ramp; key in
lockbox, code 1954.
Next visit [[D|Fri 3/1]].
[[N|T. Nakashima-Ellis]], OTR/L   [[EM|tnakashima@cumberlandhomecare.org]]
""",
)

note(
    "b26-11",
    "Cletus Abernathy",
    """
SPEECH-LANGUAGE PATHOLOGY - bedside swallow re-evaluation
[[N|ABERNATHY, CLETUS W]]   Rm 412-B   MRN [[MRN|M000731904]]   [[D|19 Aug 2024]]
Age [[A|102]]. Hx L MCA CVA ([[D|July]]), vascular dementia. MBSS [[D|8/2]]: silent aspiration of thin liquids.
Trials today: mildly thick (IDDSI 2) by cup x10 - no overt s/s aspiration; puree (IDDSI 4) adequate.
Rec: IDDSI 2 liquids, level 4 puree, meds crushed in puree, 1:1 supervision, upright 90 deg.
Frazier free-water protocol NOT appropriate at this time.
Educated granddaughter [[N|Shayla]] and aide [[N|Marisol]] at bedside.
[[N|Ophelia Grunwald]], MS, CCC-SLP   ASHA# [[LIC|12174493]]
""",
)

note(
    "b26-12",
    "Lucinda Marsh-Whitfield",
    """
DME ORDER / DETAILED WRITTEN ORDER - Group 3 power wheelchair (K0861)
Beneficiary: [[N|Lucinda Marsh-Whitfield]]   MBI [[HP|4TE9-QA7-MK82]]   DOB [[D|08-22-1958]]
Dx: G35 multiple sclerosis, R26.89. Face-to-face [[D|09/05/2024]] by [[N|Nadim Sayegh]], DO, NPI [[ID|1003859221]]
Base: Quantum Q6 Edge 3, serial [[DEV|Q6E3-24A-118276]]; power tilt, 18x18 seat, ROHO cushion.
Home assessment by ATP: doorways 32", ramp OK.
Deliver to [[ADDR|16 Beaver Run]], [[C|Slippery Rock]] PA [[Z|16057]]; husband [[N|Walt]] [[PH|724-555-0111]].
SSN on CMN: [[SSN|900-41-7736]]
Supplier: Keystone Mobility Inc.
""",
)

note(
    "b26-13",
    "Amparo Gutierrez",
    """
DELIVERY TICKET #[[ID|DT-448201]]
Customer: [[N|GUTIERREZ, AMPARO]]      Acct [[ACCT|A-11940372]]
Ship to: [[ADDR|5820 W Thunderbird Rd Lot 112]], [[C|Glendale]], AZ [[Z|85306]]
  gate code #4477, 2nd row, blue trailer w/ wind chimes
Delivered: [[D|7/3/2024]] 15:40 (moved up - office closed for [[D|July 4th]])
Qty  Item                                  Serial
 1   Inogen At Home stationary conc.       [[DEV|IAH5-0421-33906]]
 2   E cylinders + cart                    (not serialized)
 1   conserving regulator                  [[DEV|RG882014]]
Setup 2 L/min continuous; 4 L/min exertion per order. No smoking signage posted.
Driver [[N|Tomas Renteria]], truck plate [[VEH|CKJ4821]] (AZ)
Received by: [[N|Yesenia]] (niece) - signature on file
""",
)

note(
    "b26-14",
    "Earline Toussaint",
    """
SN VISIT - wound + medication management
Pt: [[N|Earline Toussaint]]  ([[A|90]] y/o F)   Episode [[ID|EP-23-09115]]
Visit: [[D|Thanksgiving Day]] ([[D|11/28]]) - pt asked that visit be done before family arrives at 1pm.
Directions: from Hwy 90 go east 2 mi, L at Dollar General, 3rd house on R (yellow, green
shutters) - [[ADDR|4417 Dupre St]], [[C|Lake Charles]] [[Z|70605]]. Dog (Biscuit) friendly.
VS: BP 138/76, HR 72, SpO2 96% RA. Sacral PI stage 3, 2.1 x 1.4 x 0.3 cm, granulating.
Cleansed NS, Medihoney alginate, bordered foam.
Caregiver: daughter [[N|Clarice]] [[PH|337-555-0176]]. Next SN visit [[D|Mon 12/2]].
[[N|rdoucet]], RN
""",
)

note(
    "b26-15",
    "Ambrose Kettleworth",
    """
HOSPICE AIDE VISIT LOG - week of [[D|Feb 12]]
Patient: [[N|Ambrose Kettleworth]], [[A|96]]     Hospice ID [[MRN|HSP-20917]]
[[D|Mon]] - bed bath, linen change, lotion to heels. Ate ~25% breakfast. (aide [[N|Dolores]])
[[D|Tue]] - no visit, pt at son's house.
[[D|Wed 2/14]] - [[D|Valentine's]]; wife [[N|Opal]] brought card. Shave, oral care w/ toothettes.
      Restless ~11:00, RN notified.
[[D|Fri 2/16]] - shower chair, skin intact; purple discoloration L heel reported to RN [[N|Fitzgerald]].
Supplies dropped: chux, wipes, Ensure. Reorder line [[PH|(304) 555-0132]].
""",
)

note(
    "b26-16",
    "Shigeo Nakamura",
    """
WOUND PHOTO LOG -- [[N|NAKAMURA, Shigeo]] -- MRN [[MRN|77-041-338]] -- 89 y/o M
Wound #1: L lateral malleolus, venous. Device: clinic iPad "WC-2", ruler + color card in frame.
Date       File                      L x W x D (cm)   Notes
[[D|03/05/24]]   wnd1_[[D|20240305]]_a.jpg   4.2 x 3.1 x 0.2   slough 40%, Unna boot applied
[[D|03/12/24]]   wnd1_[[D|20240312]]_a.jpg   3.8 x 2.9 x 0.2   slough 20%, periwound macerated
[[D|03/19/24]]   wnd1_[[D|20240319]]_a.jpg   3.1 x 2.4 x 0.1   granular, edges attached
Photos by [[N|A. Whitebird]], LPN; reviewed by [[N|Gaspard Lemaire-Soto]], CWS.
Photography consent signed [[D|2/27/24]] by wife [[N|Fumiko]] (POA).
""",
)

note(
    "b26-17",
    "Lyle Ainsworth",
    """
FAX   [[D|5/21/2024]] 09:14   Page 1 of 3
TO:   Dr. [[N|Imani Castellanos-Byrd]]          FAX [[FX|(919) 555-0193]]
FROM: Triangle Specialty Pharmacy - Intake, [[N|Derek Mbeki]]
      PH [[PH|919-555-0108 ext 4412]]   FX [[FX|919-555-0109]]
RE:   [[N|Lyle Ainsworth]]  DOB [[D|4/30/1952]]
      Repatha 140 mg/mL - prior auth DENIED by Optum, case [[ID|PA-77310842]]
Reason: step therapy not documented. LDL 162 mg/dL on atorvastatin 80 + ezetimibe 10 x 12 wk.
Please complete attached letter of medical necessity & return. Member ID [[HP|98321774-01]].
Pt aware; his wife [[N|Joanne]] asked we call her first at [[PH|919-555-0131]].
CONFIDENTIALITY: this fax may contain PHI. If received in error, call sender and destroy.
""",
)

note(
    "b26-18",
    "Zoe Whitlock",
    """
[smsgw] outbound queue dump - Brightsmile Family Dental
to=[[PH|+15035550144]] ts=[[D|2024-10-02]]T16:00:04Z st=DELIVERED
  msg="Hi [[N|Zoe]]! Reminder: cleaning w/ [[N|Marisa]] on [[D|Thu Oct 3]] @ 2:30pm. Reply C to confirm, R to reschedule."
to=[[PH|+15035550109]] ts=[[D|2024-10-02]]T16:00:05Z st=FAILED(30007 carrier filter)
  msg="Hi [[N|Ellie-Mae]], [[N|Benny]]'s sealants appt is [[D|Oct 7]]. Reply C to confirm."
inbound from=[[PH|+15035550144]] ts=[[D|2024-10-02]]T16:03:51Z body="C thx! -[[N|zoe w]]"
""",
)

note(
    "b26-19",
    "Errol Vanterpool",
    """
MSH|^~\\&|HHCEHR|NHVNA|DMEVNDR|NORTHSTAR|[[D|20240611]]093012||ORM^O01|[[ID|MSG00451]]|P|2.5
PID|1||[[MRN|HH7730492]]^^^NHVNA^MR||[[N|VANTERPOOL]]^[[N|ERROL]]^T||[[D|19330305]]|M|||[[ADDR|31 CANAL ST APT 2F]]^^[[C|HOLYOKE]]^MA^[[Z|01040]]||[[PH|(413)555-0165]]
IN1|1|MCR||MEDICARE PART B|||||||||||||||||||||||||||||||||||[[HP|7QW2HJ4XK19]]
ORC|NW|[[ID|ORD-558102]]|||||||[[D|20240611]]|||[[ID|1639201147]]^[[N|OKAFOR]]^[[N|CHIOMA]]^^^^MD
OBR|1|||E0260^HOSP BED SEMI-ELEC W/ MATTRESS^HCPCS
NTE|1||Pt [[A|91]]yo, 61 kg, 5'9". Deliver [[D|6/13]] AM. Call dtr [[N|Ursula]] [[PH|413-555-0122]] before arrival; 2nd floor walk-up, no elevator.
""",
)

note(
    "b26-20",
    "Giuseppina Caruso",
    """
HOME HEALTH START OF CARE - Summit Visiting Nurse Assn
Pt: [[N|Giuseppina]] "[[N|Pina]]" [[N|Caruso]], [[A|99]] y/o. SOC [[D|Sunday, April 7, 2024]] (referral rec'd 2 days prior).
Address: [[ADDR|12 Pleasant St, 2nd fl]], [[C|Revere]] MA [[Z|02151]]. Street parking; buzzer reads
"[[N|CARUSO]] / [[N|DINAPOLI]]".
Emergency contacts: (1) dtr [[N|Annunziata DiNapoli]] [[PH|781-555-0154]] cell; (2) neighbor
upstairs has key.
Medicare [[HP|2FJ4-RT1-WK65]]. PCP Dr. [[N|Vo Thanh Hai]].
Function: rollator in home, fell in [[D|March]] w/o injury; Tinetti 15/28. Speaks Italian, dtr interprets.
Orders: SN 1w4, PT 2w3, HHA 2w4.
""",
)

note(
    "b26-21",
    "Mercy Augustine",
    """
PATIENT PROFILE (pharmacy system print)                         store 05518
[[N|AUGUSTINE, MERCY ABENA]]    DOB [[D|07 JUL 1934]]    Age: [[A|90]]
Allergies: sulfa (rash), codeine (N/V)
Address: [[ADDR|PO Box 2217]], [[C|Hammond]] LA [[Z|70404]]   Phone [[PH|985-555-0117]]
Alt contact: grandson [[N|Kwabena]] [[PH|985-555-0147]]
Rx#       Drug                  Last fill   Prescriber
[[ID|3318770]]   donepezil 10 mg       [[D|09/30]]       [[N|HEBERT, J]]
[[ID|3318771]]   amlodipine 5 mg       [[D|09/30]]       [[N|HEBERT, J]]
Sync: the 30th of each month. Auto-refill ON.
Profile note: "dtr in Ghana until [[D|Dec]] - call grandson re pickups"
""",
)

note(
    "b26-22",
    "Darnell Whitacre-Lowe",
    """
TREATMENT PLAN - Phase I                 printed [[D|06/18/2024]]
Patient: [[N|Darnell Whitacre-Lowe]]     acct [[ACCT|00-41776]]
Tooth  Surf  Code   Description                      Fee
#3     MOD   D2393  resin composite, 3 surf post     $265
#14     -    D3330  endodontic therapy, molar        $1,140
#14     -    D2740  crown, porcelain/ceramic         $1,325
#19     -    D7140  extraction, erupted tooth        $210
#30     O    D2391  resin composite, 1 surf post     $165
Primary: MetLife Dental; subscriber [[N|Tonya Lowe]] (spouse), ID [[HP|MET884102775]], group [[HP|K55012]]
Predetermination sent [[D|6/19]], ref [[ID|PD2406190441]]. Annual max remaining $1,150.
Pt signature: [[N|D. Whitacre-Lowe]]
""",
)

note(
    "b26-23",
    "Ximena Quispe",
    """
ORTHO ADJUSTMENT - visit 14 - [[N|Ximena Quispe]], 13 y/o
[[D|Wed 1/15/25]]: U/L 0.019x0.025 SS; power chain 3-3 upper. Class II elastics 3/16" 4.5 oz -
pt admits wearing them "like half the time." Bracket debonded #12, rebonded.
Overjet 4 mm (was 6). Hygiene fair, decalcification risk noted #7, #10.
Mom [[N|Rosa]] requested school excuse note for [[D|Jan 15]] - given.
Next adjustment [[D|Feb 26]], 20-min slot. Retainer deposit paid, receipt [[ACCT|R-20911]].
Mom cell [[PH|(702) 555-0181]] (text OK, Spanish).
Asst: [[N|kbui]]  |  Dr. [[N|Oyelowo]]
""",
)

note(
    "b26-24",
    "Alphonse Beauchamp",
    """
INTRAVITREAL INJECTION RECORD - OD
[[N|Beauchamp, Alphonse]]   [[A|92]] M   MRN [[MRN|E-1093384]]
Dx: neovascular AMD OD. Agent: aflibercept 2 mg/0.05 mL. Povidone 5%, lid speculum.
#   Date           VA     CST(um)  Lot     Inj
10  [[D|05 Feb 2024]]    20/70  318      4A11C   [[N|ML]]
11  [[D|11 Mar 2024]]    20/70  305      4A11C   [[N|ML]]
12  [[D|22 Apr 2024]]    20/60  291      4B02D   [[N|RT]]
Plan: treat-and-extend to q6wk -> next [[D|June 3]]. Wife [[N|Solange]] drives (pt no longer drives).
Injectors: [[N|ML]] = [[N|Margit Lindholm]], MD; [[N|RT]] = [[N|Rafael Tamez]], MD.
""",
)

note(
    "b26-25",
    "Tobias Renfrew",
    """
COCHLEAR IMPLANT PROGRAMMING - 6-month mapping
Child: [[N|Tobias Renfrew]], age 8 (bilateral CI). Accompanied by mother [[N|Hana Renfrew]].
Internal: L Cochlear CI632 s/n [[DEV|9823107446]] (implanted [[D|03/2022]]); R CI632 s/n [[DEV|9823441190]]
Processors: Nucleus 8, L s/n [[DEV|N8-3302118]], R s/n [[DEV|N8-3302119]]
Impedances normal all electrodes; T/C levels raised 2-4 CL apically. Aided thresholds 20-25 dB HL.
School: Roger Touchscreen Mic s/n [[DEV|RT1-77201]] loaned to class; teacher of the deaf
Ms. [[N|Abernethy-Cole]] notified.
Next mapping [[D|Aug 19]], before school starts.   -- [[N|Pritika Nair]], AuD
""",
)

note(
    "b26-26",
    "Jaxon Tuilagi",
    """
EARLY INTERVENTION - PT session note (IFSP service)
Child: [[N|Jaxon Tuilagi]]   14 mo (adjusted 12 mo)   EI# [[ID|EI-0551732]]
Session: [[D|11/6/2024]], 60 min, natural environment (home), [[C|Kapolei]].
Present: mom [[N|Leilani]]; grandma ("Tutu") [[N|Mele]] joined last 20 min.
Outcomes: pulls to stand at couch w/ min assist; cruising 3 steps to R only. Prefers W-sitting -
coached family on side-sit alternatives during play. PDMS-2 gross motor re-test due next quarter.
Family report: Tutu practicing "stand & reach for the ukulele" daily.
Next session [[D|Wed 11/13]] same time. Coverage: Med-QUEST member [[HP|0012847731]].
[[N|Noelani Kahananui]], PT
""",
)

note(
    "b26-27",
    "Odessa Simmons",
    """
[voicemail transcription - automated, may contain errors]  rcvd [[D|Sat 8/24]] 7:52 PM  from [[PH|803-555-0138]]
"hi this is um [[N|bettye jo simmons]] calling about my mama [[N|odessa]] she's one of y'all's patients
with the visiting nurse, the nurse [[N|kiara]] was supposed to come [[D|friday]] and nobody came and her
foot dressing is soaked through... mama is [[A|95]] she can't be sitting like that... call me back at
[[PH|803 555 0138]] or the house phone [[PH|803-555-0190]], we're at [[ADDR|214 Shiloh Church Rd]] out past
the feed store in [[C|Bishopville]]... ok thank you bye"
Triage: returned by [[N|LHampton]] 8:10 PM; missed visit report filed; on-call RN to visit
[[D|Sunday]] AM.
""",
)

note(
    "b26-28",
    "Wendell Farnsworth",
    """
HOSPICE RN - DEATH VISIT
Pt [[N|Wendell O. Farnsworth]], [[A|98]] y   Hospice # [[MRN|H-004571]]
Called by wife [[N|Ardith]] 03:12 [[D|12/25/2023]] ([[D|Christmas]] morning). Arrived 03:55.
No respirations, no apical pulse x 1 full minute, pupils fixed. Death pronounced 04:02 per protocol.
Notified: Dr. [[N|Kessler]] (attending, verbal), Hartwell & Sons funeral home in [[C|Keene]],
chaplain on call. Family at bedside, wishes honored (no 911).
Meds wasted with witness [[N|Ardith Farnsworth]]: morphine 20 mg/mL 8.5 mL, lorazepam 2 mg/mL 6 mL,
into drug deactivation pouch.
DME pickup (hospital bed s/n [[DEV|FL7-0093312]]) requested for [[D|12/26]].
""",
)

note(
    "b26-29",
    "Osvaldo Ferreira da Silva",
    """
CPAP COMPLIANCE REPORT  [[D|12/10/2023]] - [[D|01/08/2024]]
Pt: [[N|Osvaldo Ferreira da Silva]]   DOB [[D|3/3/61]]   acct [[ACCT|77320-114]]
Device: ResMed AirSense 11 AutoSet, SN [[DEV|23221875093]], cellular modem on.
Cloud record: [[URL|https://sleepcloud.northcoast-resp.com/pt/4471093/usage]]
Days used >= 4 h: 26/30 (87%). Avg use 6 h 41 min. AHI 3.2. 95th pct leak 18 L/min; pressure 11.4 cmH2O.
Meets CMS adherence (>=70% of nights, 21 of 30 consecutive days) within 90 days of setup [[D|10/16/2023]].
Mask AirFit F30 size M. Resupply eligible [[D|2/2024]].
RT [[N|Chinonso Eze]], RRT; report faxed to Dr. [[N|Blumenthal]] at [[FX|216-555-0115]].
""",
)

note(
    "b26-30",
    "Ingeborg Halvorsen",
    """
IMMUNIZATION ADMINISTRATION RECORD (pharmacy)
Patient: [[N|Halvorsen, Ingeborg]]   DOB [[D|10/02/1932]]  ([[A|91]])   F
Vaccines:  Fluzone High-Dose 0.5 mL IM L deltoid  lot UT8021LA
           Arexvy (RSV) 0.5 mL IM R deltoid       lot 7H23K
Administered [[D|Sept 26, 2024]] 11:05 by [[N|Rosalind Achebe]], PharmD (IIS user [[N|rachebe_rx]]).
Screening: no hx GBS, no severe egg allergy, afebrile. Observed 15 min, no reaction.
Reported to state IIS, client ID [[ID|MIIC-00918234]]. Billed Medicare B [[HP|5KR3-XJ2-TP71]].
Companion (sister [[N|Sigrid]], 88) also vaccinated - see her own record.
""",
)

note(
    "b26-31",
    "Fitzroy Abernethy",
    """
MED SYNC CALENDAR - [[N|Fitzroy Abernethy]]   (anchor: 15th of each month)   bundle [[ID|SYNC-88140]]
[[D|Oct 15]]   pick-up: 7 maintenance meds; lisinopril short-filled x9 days to align
[[D|Nov 12]]   pre-sync call: pt staying w/ daughter in [[C|Decatur]] until [[D|11/20]] -> ship
[[D|Nov 15]]   shipped to dtr [[N|Marcia Abernethy-Pryce]], [[ADDR|3308 Glenwood Ave SE]], [[C|Atlanta]] [[Z|30317]]
[[D|Dec 13]]   pick-up (moved up - store inventory day). New: metformin ER 750 added by Dr. [[N|Ezeh]].
Pharmacist: [[N|Yusuf Al-Amin]], PharmD
""",
)

note(
    "b26-32",
    "Remedios Villalobos",
    """
VISITA DOMICILIARIA - ENFERMERIA
Paciente: Sra. [[N|Remedios Villalobos de la Cruz]], [[A|93]] anos
Fecha: [[D|martes 14 de mayo de 2024]]
Direccion: [[ADDR|Calle Luna 218]], Urb. [[C|Villa Carolina]], [[C|Carolina]] PR [[Z|00985]]
(casa rosada con rejas blancas, frente al colmado)
Hija [[N|Maritza]] presente. Glucosa 212 mg/dL en ayunas. Insulina glargina 18 u. Ulcera pie izq.
2.0 x 1.5 cm, mejorando. Se educo sobre rotacion de sitios de inyeccion.
Tel. hija [[PH|787-555-0126]]. Proxima visita: [[D|viernes 17]].
Enf. [[N|Jomar Cintron]], RN - Lic. [[LIC|RN-0044187]]
""",
)

note(
    "b26-33",
    "Harold Ylvisaker",
    """
From: [[N|Gretchen Ylvisaker]] <[[EM|gylvisaker@outlook.com]]>
To: [[N|Dana Morrow]] <[[EM|dmorrow@lakeshorerehab.org]]>
Sent: [[D|Monday, March 4, 2024]] 9:47 PM
Subject: Dad's PT - question about [[D|Thursday]]

Hi [[N|Dana]],
Dad ([[N|Harold Ylvisaker]], your 2:00 on Thursdays) wondered if we could swap this [[D|Thursday]]
for [[D|Friday the 8th]]? He turns [[A|90]] on [[D|the 7th]] and the family is driving up from [[C|Racine]].
Also his walker brakes are sticking again - is that something you can adjust or do we call the
supply company?
Thanks so much,
[[N|Gretchen]]
(sent from my iPhone)
""",
)

note(
    "b26-34",
    "Cornelius Vandermeer",
    """
DENTAL LABORATORY PRESCRIPTION - complete dentures, wax try-in -> process
Lab: Precision Dental Arts     Case # [[ID|PDA-25-03318]]
Doctor: [[N|Evangelos Pappas]], DDS    IA lic [[LIC|DN-031447]]
Patient: [[N|C. Vandermeer]]    Age [[A|94]]    Sex M
Shade C2, upper mold A27, lower 32L; Ivoclar teeth. Adjust upper midline 1 mm to pt's L.
Post dam as marked. Soft liner lower (resorbed ridge).
Due back: [[D|Fri 2/14]] by noon; seat appt [[D|Tue 2/18]].
Courier: [[N|Lonnie]] picks up 3 pm daily.
Ship to office: [[ADDR|880 Commerce Dr, Ste 210]], [[C|Cedar Rapids]] IA [[Z|52402]]
""",
)

note(
    "b26-35",
    "Priscilla Antwi-Boateng",
    """
DRIVER REHABILITATION EVALUATION (clinical + behind-the-wheel)
Client: [[N|Priscilla Antwi-Boateng]], 48 y/o, s/p L MCA stroke [[D|Feb 2024]]
NJ driver license [[LIC|A4127 60983 11502]] (status: valid, medical review pending)
Vehicle: 2019 Honda Odyssey  VIN [[VEH|5FNRL6H73KB018822]]  plate [[VEH|R43KPW]]
Clinical: UFOV risk 2 (low-mod), Trails B 118 s, R LE Fugl-Meyer 22/34, brake RT 0.74 s.
BTW: [[C|Cherry Hill]] -> Rt 70 -> [[C|Haddonfield]], 52 min, L-foot accelerator + spinner knob.
Result: PASS with restrictions (adaptive equipment, daylight). MVC medical form completed [[D|9/23/24]].
Husband [[N|Kofi]] attended debrief.
[[N|Marguerite Santangelo]], OTR/L, CDRS
""",
)

note(
    "b26-36",
    "Lorenzo Abruzzese",
    """
HEARING AID REPAIR TICKET  #[[ID|RT-118840]]
Rec'd: [[D|8/1]] walk-in.  Pt: [[N|Lorenzo Abruzzese]] ([[A|92]])  ph [[PH|585-555-0124]]
Aid: Oticon More 1 miniRITE R  s/n [[DEV|OT7K2210983]]  (L aid [[DEV|OT7K2210977]] OK, kept by pt)
Complaint: "dead after swimming" - wife [[N|Concetta]] says he wore it into the pool.
In-office: moisture in battery door, receiver replaced (85 dB, size 1), cleaned mic covers. Still intermittent -> mfr.
Sent to mfr [[D|8/2]] under warranty (exp [[D|10/2025]]); RMA [[ID|RMA-4418827]]. Loaner issued.
Call pt when back - hard of hearing, use speaker, or text [[N|Concetta]] [[PH|585-555-0186]].
Tech: [[N|jrosenbaum]]
""",
)

note(
    "b26-37",
    "Jaroslav Novotny",
    """
CONTROLLED SUBSTANCE DISCREPANCY REPORT - Store 3306
Discovered: [[D|Sunday 9/8/2024]] 08:20 during C-II perpetual inventory count.
Drug: hydrocodone/APAP 10/325, NDC 0406-0367-01. Expected 412, counted 382 (short 30).
Last dispensed: Rx [[ID|7740129]] for [[N|NOVOTNY, JAROSLAV]] on [[D|9/6]], 30 tabs, filled by tech
[[N|K. Ambroise]], verified RPh [[N|Hollis Grange]] (badge [[ID|P-10066]]).
Video review: count appears correct at fill. Pt contacted at [[PH|216-555-0152]], states received 30.
Escalated to district LP [[N|Renata Soboleva]]; DEA 106 filed online [[D|9/9]], confirmation [[ID|TLR-2024-55817]].
Store DEA registration [[LIC|FS4470821]].
""",
)

note(
    "b26-38",
    "Thaddeus Okwuosa",
    """
HOME INFUSION - nursing visit / PICC care
Pt: [[N|Thaddeus Okwuosa]], 67 M   Pharmacy pt # [[MRN|HI-0038821]]
Therapy: ertapenem 1 g IV q24h x 6 wk for vertebral osteomyelitis; start [[D|10/21]], stop [[D|12/1]].
Pump: CADD-Solis VIP s/n [[DEV|SV-2107-44351]] (backup elastomeric if pump alarms).
PICC R basilic, 4 Fr single lumen, ext length 1 cm, arm circ 29 cm - unchanged. Dressing/cap change done.
Labs drawn: CBC, CMP, CRP -> courier to Quest, req [[ID|QD88410092]].
Wife [[N|Ebele]] independent with SASH flush. ID physician Dr. [[N|Lowenstein]] reviews weekly labs.
Next RN visit [[D|Thursday]]. On-call 24/7 [[PH|(317) 555-0184]].
[[N|B. Thorvaldsdottir]], RN, CRNI
""",
)

note(
    "b26-39",
    "Anthony Shumway",
    """
SEATING & MOBILITY CLINIC - [[D|Jan 22, 2025]]
Client: [[N|Anthony]] "[[N|Ant]]" [[N|Shumway]], 19, spastic quadriplegic CP (GMFCS V)
Medicaid # [[HP|MC-449120873]]   SSN [[SSN|000-48-2219]]   guardian: mother [[N|Tamika Shumway]]
Current: Permobil F3 s/n [[DEV|PB-F3-771204]] (delivered [[D|Mar 2019]]) - seat too short, posterior
pelvic tilt 20 deg, windswept R. Recommend new tilt-in-space/recline, custom molded back.
Team: [[N|Gabriela Dorantes]], PT, ATP; vendor rep [[N|Luis Ocasio]] (Numotion).
LMN to PCP Dr. [[N|Fennimore]] for signature; fax [[FX|302-555-0146]].
Mom prefers calls after 3 pm: [[PH|302-555-0105]].
""",
)

note(
    "b26-40",
    "N. Obi",
    """
VNA weekly schedule - Team B - week of [[D|5/6]]
  [[N|Krenshaw, D.]]   SN           [[D|5/6]] 0900, [[D|5/9]] 0900
  [[N|Pellegrino, A.]] PT eval+2    [[D|5/7]] 1300, [[D|5/10]] 1100
  [[N|Obi, N.]]        SN wound     [[D|5/6]] 1030, [[D|5/10]] 1030
  [[N|Halloran, M.]]   HHA          [[D|5/7]] 0800, [[D|5/9]] 0800
Notes: [[N|Obi]] moved to daughter's - [[ADDR|1907 Lake Rd W]], [[C|Geneva]] OH [[Z|44041]], call ahead
[[PH|440-555-0113]]. Wound vac canister change due at each visit.
[[N|Halloran]]: no HHA visit [[D|Memorial Day]]; aide [[N|Teresa]] covering [[D|5/28]] instead.
Any pt readmitted: hold visits & notify intake.
Scheduler: [[N|ckowalczyk]]
""",
)

note(
    "b26-41",
    "Wilhelmina Achterhof",
    """
TELEPRACTICE SESSION LOG - speech therapy (aphasia)
Client: [[N|Wilhelmina Achterhof]], [[A|90]]  chart [[MRN|SLP-55021]]
Session [[D|2024-03-12]] 10:00-10:45 ET, platform: Zoom for Healthcare (BAA)
Join link: [[URL|https://tele.riverbendrehab.org/s/achterhof-wa-0312?pin=66120]]
Connection: client IP [[IP|73.162.44.209]], clinician IP [[IP|10.20.14.77]]; 2 drops (wifi), rejoined.
Husband [[N|Pieter]] set up tablet and stayed off-camera for first 20 min.
Tasks: naming (Boston Naming items 1-30) 19/30 w/ phonemic cues; sentence completion 8/10; WAB-R AQ
not re-tested. Script training: ordering at "the bakery" 4/5 lines.
Next session [[D|Tues 3/19]]. [[N|Siobhan Mac Giolla]], MS, CCC-SLP
""",
)

note(
    "b26-42",
    "Roderick Fairweather",
    """
MyEyes portal - secure message thread
[[D|Jul 8]] 4:12 PM  [[N|rfairweather58]] (patient): Hi, ordered progressives [[D|June 20]]. Still waiting? Order [[ID|LO-2401877]].
[[D|Jul 9]] 8:30 AM  [[N|Keisha M.]] (optician): Hi Mr. [[N|Fairweather]] - lab remade the L lens (axis off 8 deg).
   Track it here: [[URL|https://myeyes.lakesideoptical.com/orders/LO-2401877?t=8d2f1c]]
   Should be ready [[D|Friday]]; we open at 9.
[[D|Jul 9]] 8:41 AM  [[N|rfairweather58]]: great, will my wife [[N|Doreen]] be able to pick up? I have a procedure that day.
[[D|Jul 9]] 9:02 AM  [[N|Keisha M.]]: Yes, she's on your HIPAA release. Balance $0 - VSP covered (member [[HP|VSP7721904]]).
""",
)

note(
    "b26-43",
    "Octavia Lindgren-Moss",
    """
Podiatry - routine foot care (Q8 class findings)
Pt [[N|Octavia Lindgren-Moss]], [[A|93]] F   DOS [[D|4-Nov-24]]   MRN [[MRN|PD00193377]]
Dx: onychomycosis w/ mycotic nails 1-5 bilat; PAD (absent DP/PT pulses bilat); DM2.
Debrided nails x10 with nipper and burr; pared 2 porokeratoses R sub-5th met. No bleeding.
Monofilament 4/10 sites bilat. Heel fissures - urea 40% cream.
Last routine foot care [[D|Aug 5]] (61-day rule met).
Aide [[N|Precious]] (home care agency) present; pt's son [[N|Ingvar]] [[PH|651-555-0159]] updated by phone.
Return 9-10 wks, ~[[D|Jan 13]].
[[N|D. Marchetti-Oyelaran]], DPM
""",
)

note(
    "b26-44",
    "Imelda Ocampo",
    """
RX TRANSFER-IN - phone record
Date/time: [[D|11/29/2024]] 2:35 PM (day after [[D|Thanksgiving]] - hold time 18 min)
Patient: [[N|Imelda Ocampo]]   DOB [[D|06/09/1948]]   phone [[PH|956-555-0171]]
From: H-E-B Pharmacy #441 ([[C|Weslaco]]), ph [[PH|956-555-0102]], RPh [[N|Arturo Benavides]]
Orig Rx [[ID|0918442]] - losartan 50 mg #90, 2 RF remain, last filled [[D|10/30]]
Prescriber: Dr. [[N|Guadalupe Saenz]]  DEA [[LIC|BS7730914]]
New Rx [[ID|5520187]] assigned. Received by [[N|Wen-Hsuan Lai]], PharmD.
Pt moving in with son [[N|Rodrigo]] in [[C|McAllen]]; update address on next visit.
""",
)

note(
    "b26-45",
    "Caden Ostrowski",
    """
DME - DIABETES SUPPLIES ORDER (pump + CGM)
Pt: [[N|Caden Ostrowski]], 11 y/o, T1DM since age 6.   Parent: [[N|Magdalena Ostrowski]]
Ins: Priority Health member [[HP|PH77310048-02]]
Insulin pump: Tandem t:slim X2, s/n [[DEV|1127704]] (warranty exp [[D|09/2027]])
CGM: Dexcom G7, receiver s/n [[DEV|DG7R-4430198]]; sensors 3 boxes/90 days.
Pump start training [[D|Sat 4/12]] with CDCES [[N|Hollie Baptiste]], RN.
Ship to [[ADDR|7412 Cascade Rd SE]], [[C|Grand Rapids]] MI [[Z|49546]].
Parent email for app invite: [[EM|magda.ostrowski@gmail.com]]
""",
)

note(
    "b26-46",
    "Bartholomew Nkemelu",
    """
SPECIALTY CONTACT LENS - scleral lens dispense
Pt: [[N|Bartholomew Nkemelu]]   [[D|Aug 30, 2024]]   Dx: keratoconus OU, s/p CXL OD ([[D|2021-05-11]])
Lens OD: Zenlens 16.0, sag 4600, BC 7.4, power -6.50, lab order [[ID|BS-301184]]
Lens OS: Zenlens 16.0, sag 4800, BC 7.2, power -8.25
VA sc: 20/200 OD, 20/400 OS -> with sclerals 20/25 OD, 20/30 OS.
Clearance 250 um central OD. Mild conj compression nasal - flatten edge next order.
I&R training completed w/ plunger; roommate [[N|Dev]] also observed.
Dispensed by [[N|Arlene Sigurdsson]], OD. Warranty: 90-day remake through [[D|11/28]].
""",
)

note(
    "b26-47",
    "Gerald Oyinlola",
    """
CARDIAC REHAB - ITP session 18/36
[[N|OYINLOLA, GERALD]]  72 M  CABG x3 [[D|2/12/2025]]   MRN [[MRN|CR-00740218]]
[[D|Wed 4/16]]: warm-up 5 min; NuStep L6 x15 min (RPE 12), treadmill 2.8 mph 3% x15 min (RPE 13),
arm erg x8 min. Peak HR 118, BP 152/78. Tele: SR, rare PVCs. SpO2 97%.
Weight 88.4 kg (down 2.1 kg since intake). PHQ-9 4.
Ed: sodium <2g; reading labels at the grocery. Wife [[N|Lillian]] attended the family education class.
Missed [[D|4/14]] - granddaughter's graduation in [[C|Ypsilanti]].
Exercise physiologist [[N|Trevor Huang-Moretti]], MS, CEP
""",
)

note(
    "b26-48",
    "Dorothea Pennington",
    """
Lymphedema therapy - compression garment order
Pt: [[N|Dorothea Pennington]]   [[A|91]]   L arm lymphedema s/p mastectomy + ALND (2009)
Circ. measures [[D|Mon 10/7]]: L upper arm 34.5 cm (R 29.0), forearm 27.0 (R 22.5), wrist 17.5 (R 16.0).
Garment: Juzo Soft 3511 sleeve + gauntlet, class 2 (20-30 mmHg), size IV, beige, qty 2.
Ordered via medical supply [[D|10/8]], PO [[ID|JZ-93001772]]; Medicare Part B (Lymphedema Treatment Act).
MBI [[HP|8GA1-NV5-TQ29]]. Daughter [[N|Cressida]] to help with donning.
CLT: [[N|Marisela Etxeberria]], OTR/L, CLT-LANA   NPI [[ID|1225590471]]
""",
)

note(
    "b26-49",
    "Lemuel Bradshaw",
    """
HOSPICE DME PICK-UP ORDER                      hospice pt # [[MRN|HCB-118804]]
Pt: [[N|Lemuel Bradshaw]]   DOB [[D|1/2/1934]]   age [[A|90]]   expired [[D|3/30/2024]]
Pick-up requested: [[D|Easter Monday]] ([[D|4/1]]) after 10 am - family gathering that weekend.
Items:  semi-electric bed + alternating-pressure mattress   s/n [[DEV|MDR-HB-2290174]]
        oxygen concentrator (5 L)                           s/n [[DEV|EV5-19A-04415]]
        bedside commode, over-bed table (not serialized)
Location: [[ADDR|9 Tupelo Ln]], [[C|Hattiesburg]] MS [[Z|39402]] - gravel drive, gate code 0717.
Contact: widow [[N|Claudette Bradshaw]] [[PH|601-555-0167]].
Ordered by [[N|M. Ferraro-Quinn]], RN case manager.
""",
)

note(
    "b26-50",
    "Luz Quiroga",
    """
RX DELIVERY ROUTE SHEET - [[D|Tue 12/17]] - Driver [[N|Marcus Delacroix-Ybarra]] - vehicle plate [[VEH|8MNT204]]
Stop  Rx bag    Patient              Address                                  Notes
 1    [[ID|6621903]]   [[N|F. Haverkamp]]         [[ADDR|1150 Alder St #4]], [[C|Eugene]]                 cold bag (insulin)
 2    [[ID|6621917]]   [[N|Quiroga, Luz]]        [[ADDR|88 W 29th Ave]], [[C|Eugene]]                    C-II - ID + signature
 3    [[ID|6621940]]   [[N|Tran Van Loc]]       [[ADDR|302 Mill Race Rd]], [[C|Springfield]]            leave w/ neighbor [[N|Bev]] OK
Return undeliverables by 5 pm. Pharmacy closes early [[D|Christmas Eve]].
""",
)

note(
    "b26-51",
    "Philippa Umarov",
    """
VESTIBULAR PT - initial eval
[[N|Philippa Umarov]], 81 F, referred by Dr. [[N|Jens Haugland]] (ENT) for BPPV.
Onset: rolled over in bed [[D|New Year's]] morning, room spinning ~30 s, nausea. 2 near-falls since.
Dix-Hallpike R: + upbeating torsional nystagmus, latency 3 s, duration 20 s. L: negative.
Supine roll test negative. HINTS benign. DHI 52/100.
Tx: Epley maneuver R x2 - 2nd trial no nystagmus. Post-treatment instructions given.
Recheck [[D|Fri 1/10]]. Pt lives alone in [[C|Brookline]]; niece [[N|Dilnoza]] ([[PH|617-555-0145]]) checks daily.
[[N|Arjun Bhattacharyya]], PT, DPT
""",
)

note(
    "b26-52",
    "Mateo Figueroa-Hale",
    """
AFTER-HOURS ANSWERING SERVICE -> on-call dentist
Call rec'd [[D|Sun 7/14]] 21:48   Caller: [[N|Brianna Figueroa]] (mother)   cb [[PH|480-555-0133]]
Pt: [[N|Mateo Figueroa-Hale]], 9 y/o, DOB [[D|04/02/2015]]
Reason: fell off scooter, upper front tooth knocked out ~20 min ago, has the tooth.
Dr. [[N|Simone Achterberg-Lutz]] returned call 21:55: tooth #8 is permanent -> rinse gently, try to replant or
store in cold milk; meet at office 22:30. Replanted #8 22:41, flexible splint #7-#9, Rx amoxicillin.
Tetanus UTD per mom. Follow-up [[D|7/16]] and splint removal ~[[D|7/28]].
Ledger: acct [[ACCT|00-73118]], after-hours fee waived by [[N|SAL]].
""",
)

note(
    "b26-53",
    "Rukhsana Qadri",
    """
HOME TPN - CSP LABEL (copy)
[[N|QADRI, RUKHSANA]]      Rx [[ID|HI-552017]]      MRN [[MRN|004418731]]
Infuse over 12 h nightly via CADD pump (s/n [[DEV|CP7-0448120]]), ramp up/down 1 h. Total vol 1850 mL.
Dextrose 20% / amino acids 5% / lipid 250 mL 20% / Na 80 mEq / K 60 mEq / Ca 10 mEq / Mg 12 mEq / MVI / trace
Compounded [[D|01/29/2025]] 14:10  BUD [[D|02/06/2025]] refrigerated  lot HT250129-07
Tech [[N|ngarcia]]  RPh check [[N|Olumide Fashola]]
Deliver to [[ADDR|61 Brookdale Terrace]], [[C|Hackensack]] NJ [[Z|07601]] - husband [[N|Imran]] receives.
Pharmacy 24-h line [[PH|201-555-0180]]
""",
)

note(
    "b26-54",
    "Clementine Batiste",
    """
HOME SAFETY EVALUATION - OT
CLIENT: [[N|CLEMENTINE BATISTE]]   AGE: [[A|95]]   DATE OF VISIT: [[D|APRIL 3 2024]]
ADDRESS: [[ADDR|1134 N GALVEZ ST]], [[C|NEW ORLEANS]] LA [[Z|70119]] (SHOTGUN DOUBLE, LEFT SIDE)
PRESENT: GRANDSON [[N|DARRYL BATISTE]], NEIGHBOR MISS [[N|VERNA]] (CHECKS IN DAILY)
FINDINGS: 4 FRONT STEPS NO RAIL; THROW RUGS X3; BATHROOM AT REAR - NO GRAB BARS; NIGHTLIGHTS ABSENT;
SPACE HEATER NEAR BED. TUB SHOWER, NO SEAT.
RECS: RAIL BOTH SIDES FRONT STEPS, REMOVE RUGS, SHOWER CHAIR + HANDHELD, MOTION NIGHTLIGHTS,
MEDICAL ALERT PENDANT (ORDERED [[D|4/4]], DEVICE ID [[DEV|MA-2077815]]).
EVALUATOR: [[N|R. THIBODEAUX]], OTR
""",
)

note(
    "b26-55",
    "Baby Girl Kowalczyk-Reyes",
    """
NEWBORN HEARING RE-SCREEN (outpatient audiology)
Infant: BG [[N|Kowalczyk-Reyes]]  ("[[N|Aurelia]]")  DOB [[D|2/17/2025]]   age 12 days
Birth hospital screen: REFER R ear (AABR), PASS L. NICU stay 6 days (hyperbilirubinemia, phototx).
Today [[D|3/1/2025]]: AABR (Natus ALGO 5, 35 dB nHL) - PASS both ears. DPOAE present bilat.
Risk factors: NICU > 5 days, hyperbili -> targeted surveillance; diagnostic ABR by 9 months or sooner if concerns.
State EHDI report submitted, record [[ID|EHDI-25-004471]].
Parents [[N|Agnieszka]] and [[N|Julio]] given results in Polish/Spanish handouts.
Audiologist: [[N|Temperance Ogunbiyi]], AuD   Next: [[D|Nov 2025]] surveillance.
""",
)

note(
    "b26-56",
    "Reginald Ashdown",
    """
PROSTHETICS DELIVERY NOTE - definitive transfemoral prosthesis, L
Pt [[N|Reginald Ashdown]]   64 M   AKA [[D|Sept 2023]] (PVD)   K-level 3
Socket: ischial containment, Iceross Seal-In liner, size 28
Knee: Ottobock C-Leg 4, s/n [[DEV|3C98-9A4416021]]; foot: Triton, s/n [[DEV|1C63-2A50773]]
Cosmetic cover deferred. Gait training w/ PT [[N|Annika Drobny]] - 8 sessions authorized (auth [[ID|UHC-AU-3304918]]).
Pt drove self (R foot) - parking placard [[ID|DP-4471802]] renewed.
Next check [[D|2 Dec]] (referral uses day-first dates: [[D|02/12]]). Wife [[N|Moira]] aware.
CPO: [[N|Ezekiel Varga]], CPO
""",
)

note(
    "b26-57",
    "Eustace Pemberton-Ngata",
    """
MTM - Comprehensive Medication Review (telephonic)
Beneficiary: [[N|Eustace Pemberton-Ngata]]  DOB [[D|May 3, 1932]]  ([[A|92]])   Part D ID [[HP|WX4418820913]]
CMR date [[D|Thu 9/12/24]], 38 min; caregiver/daughter [[N|Anahera]] on speaker (pt HOH).
Meds (14): apixaban 2.5 BID, metoprolol tart 25 BID, furosemide 40 qAM, KCl 20, tamsulosin 0.4,
finasteride 5, donepezil 5, sertraline 50, omeprazole 20, vit D, senna, APAP 500 PRN,
diphenhydramine 25 qhs (OTC - Beers list!), oxybutynin 5 BID (anticholinergic burden w/ donepezil).
Recs faxed to Dr. [[N|Okereke-Hall]] [[FX|808-555-0196]]: stop diphenhydramine, trial mirabegron in place of oxybutynin.
Personal medication list mailed to [[ADDR|45-118 Kaneohe Bay Dr]], [[C|Kaneohe]] HI [[Z|96744]].
Pharmacist [[N|Lani Fonoti]], PharmD   case [[ID|MTM-24-0912-331]]
""",
)

note(
    "b26-58",
    "Winnifred Osei",
    """
HHA SUPERVISORY VISIT (14-day) - Medicaid waiver
Client: [[N|Winnifred Osei]]  [[A|97]] F   Waiver client # [[ID|PASSPORT-0078213]]   SSN [[SSN|912-66-0418]]
Aide observed: [[N|Kateryna Bondarenko]], HHA (employee [[ID|E-44190]]) - present during visit [[D|10/15/2024]].
Tasks observed: transfer bed->w/c with gait belt (correct), peri care, skin check (intact), meal set-up.
Client/family satisfaction: dtr [[N|Abena Osei-Mensah]] "very happy, [[N|Katya]] is gentle."
Care plan unchanged. Aide in-service due [[D|Nov]]: dementia communication.
Next supervisory due [[D|10/29/2024]].
RN supervisor: [[N|Dmitri Alvarado]], RN   ([[EM|dalvarado@greenfieldhomecare.net]])
""",
)

note(
    "b26-59",
    "Horace Tillinghast",
    """
OPTICAL LAB WORK ORDER                       job # [[ID|OL-3390217]]
Patient: [[N|TILLINGHAST, HORACE]]   Age [[A|101]]   Store 22
Rx date [[D|11/02/2024]]   Dr. [[N|Annabel Szymanski]], OD
      SPH     CYL     AXIS   ADD    PRISM
OD   +2.25   -1.00    095   +2.75   2.0 BI
OS   +1.75   -0.75    080   +2.75   2.0 BI
Lens: Shamir Autograph III, 1.67, AR + blue filter. Frame: Silhouette 5529 titanium, 52-17-145.
Seg ht 22/22. PD 61/58. Rush - pt moving to assisted living [[D|Nov 15]].
Ship to store; call grandniece [[N|Philippa Tillinghast]] [[PH|860-555-0161]] when ready.
Entered by [[N|ahuynh]] [[D|11/4]] 10:26
""",
)

note(
    "b26-60",
    "Ezinne Obiora",
    """
{"export":"woundtrack","generated":"[[D|2025-03-21]]T09:02:11-05:00",
 "patient":{"name":"[[N|Obiora, Ezinne]]","mrn":"[[MRN|WT-2209183]]","dob":"[[D|1931-11-30]]","age":[[A|93]],
   "address":"[[ADDR|5021 N Kenmore Ave Apt 6C]]","city":"[[C|Chicago]]","zip":"[[Z|60640]]"},
 "wound":{"id":2,"site":"R heel","etiology":"pressure","stage":"unstageable"},
 "assessments":[
   {"date":"[[D|2025-03-14]]","lxwxd":[3.2,2.8,null],"eschar_pct":90,"by":"[[N|tobrien]]"},
   {"date":"[[D|2025-03-20]]","lxwxd":[3.0,2.6,null],"eschar_pct":80,"by":"[[N|tobrien]]",
    "photo":"[[URL|https://woundtrack.app/img/WT-2209183/r-heel-0320.jpg]]"}],
 "caregiver":{"name":"[[N|Chukwudi Obiora]]","rel":"son","phone":"[[PH|773-555-0128]]"},
 "ordering":{"npi":"[[ID|1336614052]]","name":"[[N|Reyes-Haddad, Yolanda]]"}}
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
