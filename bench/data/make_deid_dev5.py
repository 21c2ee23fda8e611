#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_dev5.jsonl.

Development set 5: ages, dates and places written in the many shapes that real
clinical and administrative text uses.  Ages over 89 turn up in narrative, in
census tables, in pedigrees and family histories, as "94yo", "F/93", "(92)",
"aged 97", "mid-90s" or spelled out, next to look-alikes that stay unmarked
(ages of 89 and under, "90 days", "x90", "90%").  Dates come numeric with and
without leading zeros, dotted, dashed, ISO, day-first, with two-digit years,
as ranges, ordinals, partial months ("mid-March", "early Feb"), weekdays and
holidays used as event dates, misspelled month names, words, and in Spanish,
French, Portuguese, German and Italian.  Places cover small towns and
unincorporated communities, neighbourhoods and boroughs, pueblos and
reservation communities, military-base and APO addresses, foreign cities and
villages with their postal codes, towns whose names are also surnames or
ordinary words, ZIP+4 codes, rural routes, HC boxes, lots, units and grid
addresses.  The notes span ED, clinic, home health, public health, nursing,
social work, hospice, research, registry and genealogy-style histories.

Annotation conventions (HIPAA Safe Harbor):
* NAME covers every person - patient, family, friends, caregivers, clinicians
  and clerks - including nicknames, initials that stand for a person, names in
  lower case or capitals, log-in names and handles (the "@" is left out).
  Honorifics and credentials stay outside the span; kinship words, pets,
  eponyms, celebrities and names inside facility or company names are not
  marked.
* DATE covers any date element finer than a year: full, partial, month+year,
  a lone month, ranges (each written endpoint marked), weekdays and holidays
  that date an event, foreign-language dates.  Bare years, clock times,
  durations, recurring schedules and ages are not dates.
* AGE marks only ages of 90 and over, number only ("[[A|93]]F", "her [[A|90s]]").
* PHONE and FAX take the whole number with any extension; EMAIL, URL
  (patient-specific links) and IP as written.
* SSN, MRN, HEALTH_PLAN (member, subscriber and group numbers), ACCOUNT
  (billing, encounter, bank), LICENSE (driver, professional, DEA), VEHICLE
  (plates, VINs), DEVICE (serial numbers), and ID for every other number or
  code tied to a person or record (case, claim, accession, badge, NPI, study,
  passport, enrolment numbers).
* ADDRESS is the street part (number and street, unit, PO box, rural route,
  HC box, APO unit); CITY is any city, town, village, neighbourhood, borough,
  pueblo or reservation community; ZIP is a US ZIP (with +4) or a foreign
  postal code.  States, provinces and countries are not marked.
* Facility, agency and company names, drugs, device models, lot numbers,
  scores, lab values, room and bed numbers and bare years are not marked.  A
  town name that appears only inside a facility name is listed in the note's
  allow tuple when the same town is marked elsewhere in the note.

Stdlib only.  Run: python bench/data/make_deid_dev5.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_dev5.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "d5-01",
    "Hazel Wintermute",
    """
ED TRIAGE NOTE   arrival 03:42 via Medic 7 (BLS)
Pt: [[N|WINTERMUTE, HAZEL J]]   [[A|94]] y/o F   DOB [[D|02/11/1930]]
MRN [[MRN|E4471920]]   Enc [[ACCT|9920018834]]
Lives alone, [[ADDR|Rural Route 2 Box 118]], [[C|Gnadenhutten]], OH [[Z|44629-9712]]. Found on kitchen floor by neighbor [[N|Dale Kopecky]] this AM; last seen well [[D|Sun 3/9]] after church, so down possibly >24 h.
CC: R hip pain 8/10, shortened + externally rotated, cannot bear wt.
PMH: AF on apixaban 2.5 mg BID, CKD 3b, Parkinson's, R TKA 2006.
VS: T 36.1  HR 112 irreg  BP 98/54  RR 20  SpO2 93% RA  FSBG 141
Daughter [[N|Rhonda]] ([[PH|330-555-0162]]) driving in from [[C|New Philadelphia]], ETA 45 min.
ESI 2. CK, lactate, hip XR, CT head (anticoag + fall). Bed 14.
Triage RN: [[N|kbauer2]]
""",
)

note(
    "d5-02",
    "Ora Mae Pettibone",
    """
HOME HEALTH - START OF CARE (OASIS-E)
SOC: [[D|10-07-24]]          Agency pt #: [[ID|HH-220417]]
Patient: [[N|Ora Mae Pettibone]] ("Miss [[N|Ora]]"), age [[A|91]]
Mailing: [[ADDR|HC 64 Box 12]], [[C|Pie Town]], NM [[Z|87827]]
Physical location: no street signs. 3.2 mi past the cafe, L at the blue water tank, 2nd cattle guard, white single-wide.
Caregiver: grandson [[N|Wyatt]] ([[PH|575-555-0117]]); backup: a friend from church.
Medicare [[HP|1EG4-TE5-MK72]]
Referred by hospitalist after admit [[D|9/28]]-[[D|10/4]] for CHF exacerbation. Wt 61.2 kg (dry wt per d/c 60). Furosemide 40 mg daily, KCl 20 mEq.
O2 2 L NC via concentrator SN [[DEV|IC5-00872214]]; propane heater in same room - education given.
Next SN visit [[D|Thurs 10/10]]; PT eval next week.
""",
)

note(
    "d5-03",
    "Siobhan Ni Bhriain",
    """
FAMILY HISTORY (pt brought a typed copy from the family Bible)
Proband: [[N|Siobhán]] "[[N|Shiv]]" [[N|Ní Bhriain]], 58F, breast ca dx age 55.
Paternal great-grandfather [[N|Pádraig Ó Briain]], b. [[C|Ballyvourney]], Ireland, emigrated 1911 to [[C|Holyoke]], MA; d. [[A|97]] "of old age". His wife d. at 88, stroke.
Their children:
 - [[N|Con]] d. aged [[A|92]], colon ca at 61
 - [[N|Brigid]] d. 71, breast ca dx at 49
 - [[N|Mary Kate]], living, [[A|101]] (!), mild dementia, in a rest home in [[C|Chicopee]]
Maternal grandmother d. [[D|Christmas Day]] 1998 aged [[A|90]]; maternal grandfather d. 64 (MI).
Father [[N|Dermot]], 84, prostate ca at 70.
Impression: 2 breast + 1 early colon ca on paternal side - meets NCCN criteria. Multigene panel (BRCA1/2, PALB2, Lynch) sent. Pedigree by [[N|jmcaffrey]], GC.
""",
)

note(
    "d5-04",
    "Nguyen Van Thanh",
    """
TB PROGRAM - CONTACT INVESTIGATION WORKSHEET
Index: [[ID|TB-2024-0317]]   [[N|Nguyen Van Thanh]], 67M, AFB smear 3+, cavitary LUL
Infectious period (3 mo before sx onset): mid-[[D|Nov 2023]] to [[D|2/2/24]]
Household: [[ADDR|4417 Sunnyview Ct Apt 12B]], [[C|Alief]], [[C|Houston]] TX [[Z|77072-1108]]
 1. mother [[N|Tran Thi Lan]] ([[A|92]]) - IGRA neg [[D|2/14]], CXR clear
 2. wife [[N|Le Thi Hoa]], 63 - IGRA pos -> LTBI, 3HP started [[D|2/21]]
 3. grandson, 9 - window prophylaxis, repeat IGRA 8-10 wk
Work: nights at a nail salon on [[ADDR|Bellaire Blvd]]; owner [[N|Mimi Pham]] [[PH|713-555-0129]] agrees to on-site testing.
Temple on Sundays - ~40 congregants, low priority ring.
DOT daily by outreach team. Report to state within 90 days of ID.
""",
)

note(
    "d5-05",
    "Clyde Abernathy",
    """
MAPLE CREST - 2 WEST SAFETY HUDDLE   [[D|04.03.2025]] 0700   (census 18/20)
Rm  Resident                  Age  Morse  Note
201 [[N|ABERNATHY, Clyde]]    [[A|96]]   65     bed alarm, toilet q2h
202 [[N|Szymanska, Irena]]    89   45     Polish only; dtr [[N|Ela]] [[PH|312-555-0188]]
204 [[N|Oyelaran, Folasade]]  [[A|90]]   55     new admit [[D|3/31]] from [[C|Oak Lawn]]
205 [[N|DUPREE]] "[[N|Boots]]"     [[A|102]]  70     hospice; wife [[N|Jolene]] visits Sat/Sun
209 [[N|Lindqvist, Arne]]      88   35     MRSA nares +, contact prec
Falls last 30d: 2 (rooms 201, 205), both unwitnessed.
Charge RN: [[N|T. Abara]]   Next huddle tomorrow 0700
""",
)

note(
    "d5-06",
    "Graciela Montoya de la Cruz",
    """
SOCIAL WORK - PSYCHOSOCIAL ASSESSMENT
Pt [[N|Graciela Montoya de la Cruz]], 76F, seen at bedside with in-person Spanish interpreter [[N|Aurelio]] (badge [[ID|INT-5521]]).
Pt reports she came from [[C|Tlacotalpan]], Veracruz, "el [[D|tres de marzo]]", to stay with her son [[N|Efraín]] at [[ADDR|2290 S Kedzie Ave, Apt 1R]] in [[C|Little Village]], [[C|Chicago]] [[Z|60623]]. No insurance; tourist visa. Her mother, still in Mexico, "tiene [[A|noventa y cinco]] años" and pt is her only caregiver there; wants to return "antes del [[D|15 de junio]]".
Son works at a warehouse; cell [[PH|773-555-0104]]. Daughter-in-law is the main support.
Plan: emergency Medicaid application, charity care (acct [[ACCT|CC-77810293]]), SW f/u [[D|Monday]].
""",
)

note(
    "d5-07",
    "Marcus Oyelowo",
    """
TRICARE SPECIALTY REFERRAL - cardiology
Beneficiary: [[N|Adaeze Oyelowo]] (spouse), 41F   DoD ID [[ID|1287745093]]
Sponsor: SFC [[N|Marcus T. Oyelowo]], 3rd Bn, currently deployed
Home: [[ADDR|2417 Ardennes St]], [[C|Fort Liberty]], NC [[Z|28310]]
Sponsor mail: [[ADDR|Unit 4105 Box 227]], [[C|APO]] AE [[Z|09096]]
TRICARE Prime [[HP|TP-55018273-01]]
Reason: palpitations, event monitor showed SVT runs. Her father, Chief [[N|Emeka Nwosu]], [[A|93]], lives with them since his visit began over [[D|Thanksgiving]] - she is sole caregiver and asks for early-AM appts.
Requested: EP consult, within 28 days.
Referring: Maj [[N|L. Ferreira-Banks]], MD, NPI [[ID|1649302271]]
Contact: [[EM|adaeze.oyelowo@mailbox.example]]
""",
)

note(
    "d5-08",
    "Lorraine Begay",
    """
CHINLE SERVICE UNIT - PHN HOME VISIT
Client: [[N|Lorraine Begay]], 71F   Tribal enrollment # [[ID|NN-338172]]   Chart [[MRN|CH-0049321]]
Lives [[C|Many Farms]] area; mailing [[ADDR|PO Box 1440]], [[C|Chinle]], AZ [[Z|86503]]. No landline; relative's cell [[PH|928-555-0148]] (nephew [[N|Darrell Yazzie]]).
Household: her mother ([[A|98]]), blind, bed-bound, and 2 grandkids. Hauls water from the chapter house well; wood stove.
Visit [[D|1/17/25]]: BP 162/94 on lisinopril 20. A1c 9.8 (drawn [[D|12/30]]). Feet: callus R 1st MTP, no ulcer.
Next visit after the [[D|Feb]] snow closures lift; road to the house impassable after rain.
PHN [[N|M. Tsosie]], RN
""",
    allow=("Chinle",),
)

note(
    "d5-09",
    "Margaux Delacroix-Benoit",
    """
Lettre de liaison (trad. jointe) - received by fax [[FX|+33 1 45 55 01 32]]

Centre hospitalier, service de médecine interne
[[C|Paris]], le [[D|4 mai 2024]]

Cher confrère,
J'adresse Mme [[N|Margaux Delacroix-Benoit]], née le [[D|17/09/1931]] ([[A|92]] ans), domiciliée [[ADDR|14 rue de la Roquette]], [[Z|75011]] [[C|Paris]], qui part s'installer chez sa fille à [[C|Brookline]], MA, à partir du [[D|1er juin]].
Hospitalisée du [[D|12]] au [[D|27 avril]] pour pneumopathie d'inhalation. Traitement : amoxicilline-acide clavulanique 7 jours, terminé. Antécédents : maladie d'Alzheimer (MMS 18/30), FA sous apixaban.
Fille : Mme [[N|Claire Benoit-Shapiro]], [[PH|617-555-0121]].
Bien confraternellement,
Dr [[N|Étienne Vasseur]]
""",
)

note(
    "d5-10",
    "Wilhelm Hofstaetter",
    """
Translated discharge letter (German original scanned to chart)
Klinikum, Abteilung Geriatrie, [[C|München]]
Patient: Herr [[N|Wilhelm Hofstätter]], geb. [[D|08.11.1929]], [[A|93]] J.
Anschrift: [[ADDR|Leopoldstraße 112]], [[Z|80802]] [[C|München]]
Stationärer Aufenthalt vom [[D|01.03.]] bis [[D|21. März 2023]] nach Sturz am [[D|Rosenmontag]] ([[D|20.02.]]).
Diagnosen: pertrochantäre Femurfraktur li, versorgt mit PFNA; Delir; Hyponatriämie (Na 124).
Weiterbehandlung bei Sohn Dr. [[N|Matthias Hofstätter]] in [[C|Ann Arbor]], USA, Tel. [[PH|734-555-0166]].
Kontrolle Röntgen 6 Wochen postop. Enoxaparin 40 mg s.c. für 6 Wochen.
gez. OA Dr. [[N|B. Krämer-Yilmaz]]
""",
)

note(
    "d5-11",
    "Rosalia Carbonaro",
    """
OUTSIDE RECORD SUMMARY (Italian, translated by certified interpreter)
Sig.ra [[N|Rosalia Carbonaro]], nata a [[C|Castelbuono]] (PA) il [[D|2 febbraio 1932]], residente in [[ADDR|Via Vittorio Emanuele 41]], [[Z|90013]] [[C|Castelbuono]].
Ricovero dal [[D|5 giugno]] al [[D|16 giugno 2024]], Ospedale di Cefalù, per scompenso cardiaco.
Now visiting grandson [[N|Salvatore]] "[[N|Sal]]" [[N|Carbonaro]] in [[C|Bensonhurst]], [[C|Brooklyn]] [[Z|11214]], until [[D|Ferragosto]] per family.
Pt [[A|92]] y.o., NYHA III, EF 35%. Meds: furosemide 25 mg, bisoprolol 2.5 mg, ramipril 2.5 mg.
[[N|Sal]]'s phone [[PH|718-555-0135]].
""",
)

note(
    "d5-12",
    "Joao Batista Figueiredo",
    """
ENCAMINHAMENTO / REFERRAL (Portuguese, pt-BR)
Paciente: [[N|João Batista Figueiredo]], 79 anos. Mãe: Dona [[N|Zuleide]], [[A|99]] anos, acamada.
Endereço no Brasil: [[ADDR|Rua Augusta, 1508, ap. 32]], [[C|Consolação]], [[C|São Paulo]] - SP, CEP [[Z|01304-001]].
Nos EUA: with daughter [[N|Luana Figueiredo]] at [[ADDR|77 Lyman St #3]], [[C|Framingham]], MA [[Z|01702]].
Internado de [[D|7 de setembro]] a [[D|19 de setembro de 2023]], Hospital das Clínicas, IAM sem supra; ATC + stent farmacológico na DA.
Medicações: AAS 100 mg, clopidogrel 75 mg (até [[D|set/2024]]), atorvastatina 80 mg.
Retorno cardiologia no Brasil previsto para [[D|janeiro]]; meanwhile f/u here.
CPF [[ID|902.117.448-30]].
""",
)

note(
    "d5-13",
    "Thaddeus Bell",
    """
HOSPICE IDT - [[D|Wed 11/20]]
Pt: [[N|Thaddeus]] "[[N|Tad]]" [[N|Bell]], [[A|102]] yrs. Dx adult FTT / CHF. Day 140 on service; 3rd benefit period began [[D|10/5]].
Lives with granddaughter [[N|Keisha Bell-Monroe]] at [[ADDR|38 Old Mill Rd]], [[C|Sweet Home]], OR [[Z|97386]]. She works 7a-3p; neighbor [[N|Florence]] checks in mid-day.
Wt down 2.1 kg since [[D|Halloween]]; PPS 30%. Eating 2-3 bites/meal. Sacral stage 2, foam dressing q3d.
Music therapy Tuesdays - pt sings hymns.
Chaplain: pt asks that his late wife's sister, Aunt [[N|Pearl]] (a spry [[A|97]]-year-old in [[C|Lebanon]]), be called when death is near: [[PH|541-555-0112]].
Plan: continue routine level of care; recert in 3 wk. Hospice MD agrees.
""",
)

note(
    "d5-14",
    "Evangeline Mbeki-Ross",
    """
SURGICAL PATHOLOGY REPORT
Accession: [[ID|SP-25-004718]]     MRN: [[MRN|00-738-2291]]
Patient: [[N|MBEKI-ROSS, EVANGELINE]]   Age/Sex: [[A|90]]/F
Collected: [[D|2025-01-06]] 10:14   Received: [[D|2025-01-06]] 13:40   Reported: [[D|2025-01-09]]
Submitting: Dr [[N|Priya Raghunathan]], Dermatology
Specimen: skin, L nasal ala, shave
Clinical hx: enlarging pearly papule x 6 mo; prior BCC R cheek ([[ID|SP-19-011302]], [[D|2019-04-22]]).
DIAGNOSIS: Basal cell carcinoma, nodular and micronodular types, extending to deep margin.
Comment: Micronodular pattern; Mohs recommended. Discussed with Dr [[N|Raghunathan]] by phone [[D|1/9]] 15:05.
Pathologist: [[N|Henrik Aalto]], MD (electronically signed)
""",
)

note(
    "d5-15",
    "Bartholomew Szabo",
    """
PHARMACY - REFILL HISTORY / EARLY-FILL REVIEW
Pt [[N|Szabo, Bartholomew]] ("[[N|Bart]]")  DOB [[D|5/5/34]]   Rx acct [[ACCT|RX-4409127]]
Address on file: [[ADDR|1200 E 300 S, Apt 4]], [[C|Salt Lake City]], UT [[Z|84102-3317]]
Date      Drug                        Qty  Days  RPh
[[D|01/02]]     oxycodone 5 mg              60   30    [[N|jlarsen]]
[[D|01/24]]     oxycodone 5 mg              60   30    [[N|jlarsen]]
[[D|2/11]]      oxycodone 5 mg              60   30    [[N|mpatel3]]
Early by 8 d on [[D|1/24]] (pt said bottle lost on the TRAX). PDMP checked; one prescriber, DEA [[LIC|BS4471902]]. Pt is 90 days into the pain agreement; next UDS due.
Called Dr [[N|Nakashima]]'s office [[PH|801-555-0157]] - OK to fill, flagged for review.
""",
)

note(
    "d5-16",
    "Dolores Hidalgo-Reyes",
    """
DIALYSIS UNIT - TRANSPORT / ACCESS ISSUE
[[N|Dolores Hidalgo-Reyes]], 66F, HD M-W-F 2nd shift, chair 9.
Missed tx [[D|Mon 6/2]] - county van broke down on Hwy 54; pt's nephew [[N|Arturo]] drove her [[D|Tues]] instead in his truck (TX plate [[VEH|KLM-4471]]), arrived 1 h late, shortened run 2h45.
K 6.1 on arrival, treated on K1 bath. IDWG 4.2 kg.
Van company: Llano Estacado Transit, dispatcher [[N|Bev]] [[PH|806-555-0183]].
Pt address: [[ADDR|508 NW 3rd Ave]], [[C|Dimmitt]], TX [[Z|79027]].
Her mother ([[A|91]]) lives w/ her and cannot be left alone > 6 h - a big barrier.
SW [[N|Cordero]] to apply for Medicaid transport; nephew as backup driver.
Next access check: fistula flow study [[D|6/17]].
""",
)

note(
    "d5-17",
    "Eugene Pruett",
    """
DRIVER MEDICAL EVALUATION - physician section
Applicant: [[N|Eugene R. Pruett]]   DOB [[D|Aug 3 1933]] (age [[A|91]])
DL [[LIC|P613-4471-2290]] (WI), class D, expires on birthday
Vehicle: 2014 Buick LaCrosse, plate [[VEH|AJK-9917]], VIN [[VEH|1G4GB5G39EF221847]]
Home: [[ADDR|W4418 County Road Q]], [[C|Neshkoro]], WI [[Z|54960]]
Referral reason: son reported two minor collisions, most recent [[D|Memorial Day]] weekend at the Kwik Trip in [[C|Berlin]].
Exam: Vision 20/40 OU corrected. MoCA 22/30. Trails B 190 s. Neuropathy, decreased vibration both feet.
Recommendation: road test required; restrict to daylight, 25-mile radius, no highways pending test.
Examiner: [[N|Nadia Kowalczyk]], MD, WI lic [[LIC|61204-20]]. Date [[D|6/12/2025]].
""",
)

note(
    "d5-18",
    "Ignatius Feeney",
    """
DEVICE CLINIC - PPM REMOTE TRANSMISSION
Pt [[N|Feeney, Ignatius P.]]  [[A|95]] yo M  MRN [[MRN|4471002]]
Device: dual-chamber pacemaker, model Assurity MRI PM2272, SN [[DEV|8813502]]; RA lead SN [[DEV|BBM284117]], RV lead SN [[DEV|BBN119042]]
Implanted [[D|2019-10-30]]; transmission [[D|2025-02-18]] from home monitor SN [[DEV|MR-4410-0918]]
Battery 6.3 yrs. RA pacing 42%, RV 98%. AT/AF burden <1%. 1 AHRE, 38 s.
Thresholds stable. Impedances nl.
Remote set-up via caregiver [[N|Maureen]] ([[EM|mfeeney.care@inbox.example]]); monitor IP [[IP|10.42.17.208]] flagged as offline [[D|Jan 20-27]] (power outage in [[C|Dorchester]]).
Next remote [[D|May 19]]; in-clinic in 6 mo.
Reviewed: [[N|A. Obi]], CDRN
""",
)

note(
    "d5-19",
    "Milos Petrovic",
    """
IMMUNIZATION RECORD - transcribed from Serbian vaccination card by [[N|nstojanovic]]
Name: [[N|Miloš Petrović]]  DOB [[D|14.06.1998]]  (card dates are day.month.year)
BCG          [[D|20.06.98]]
DTP 1/2/3    [[D|15.08.98]] / [[D|17.10.98]] / [[D|15.12.98]]
OPV 1/2/3    same dates
MMR 1        [[D|02.07.99]]
MMR 2        [[D|3.9.2005]]
Td booster   [[D|11.04.2012]] (given in [[C|Kraljevo]])
US: Tdap [[D|9/30/2019]] at our clinic; flu yearly. Verified home address [[ADDR|3120 W Belmont Ave]], [[C|Avondale]], [[C|Chicago]] [[Z|60618]].
Titers: measles IgG positive, varicella IgG positive. Card returned to pt.
""",
)

note(
    "d5-20",
    "Abigail Whitlock",
    """
TELEPHONE ENCOUNTER  [[D|12/26]] 09:12
Caller: [[N|Gwen Whitlock]] (dtr-in-law) re pt [[N|Abigail Whitlock]], who turned [[A|94]] on [[D|Christmas Eve]].
Reports pt more confused since the [[D|23rd]], "talking to people who aren't there," not eating. No fever known. Family gathered at pt's home in [[C|Bethlehem]], PA ([[ADDR|1422 Linden St]], [[Z|18018]]) for the holiday.
Advised UA/UCx + BMP; cannot come today (no driver). Appt [[D|12/27]] 10:40 with NP [[N|Okwuosa]].
Red flags reviewed (fall, fever, SOB) -> ED.
Callback # [[PH|610-555-0197]] ext 2. Pharmacy: CVS, no change.
[[N|sgrimaldi]], RN
""",
)

note(
    "d5-21",
    "Cornelius Adeyemi-Walsh",
    """
DISCHARGE SUMMARY
Admit [[D|3/4]]  Discharge [[D|3/9]]  (LOS 5 d)
[[N|Cornelius Adeyemi-Walsh]], 77M
Principal dx: Klebsiella pyelonephritis with bacteremia.
Course: Ceftriaxone [[D|3/4]]-[[D|3/6]], narrowed to cipro PO [[D|3/7]] per sensitivities; complete 14 d total (last dose [[D|3/17]]). Foley placed on arrival for retention (PVR 640 mL), removed HD 4, voiding trial passed. BPH - tamsulosin 0.4 mg started.
Cr peaked 2.1, 1.3 at d/c. Blood cx x2 cleared by [[D|3/6]].
Hx per pt: similar episode "in [[D|Febuary]]" ([[D|2/2]] per outside records), treated at an urgent care in [[C|Hyattsville]].
Follow-up: urology, Dr [[N|Valenzuela]], within 2 weeks; PCP in 1 week.
Dictated by [[N|R. Chowdhury]], MD.
""",
)

note(
    "d5-22",
    "Mildred Haskins",
    """
OFFICE OF THE MEDICAL EXAMINER - RECORDS REQUEST
ME case no. [[ID|ME-2024-01893]]
Decedent: [[N|HASKINS, MILDRED OPAL]], W/F/[[A|96]]
Date of death: [[D|Sat., Oct. 19, 2024]] (found); last known alive [[D|Wed. 10/16]]
Place: residence, [[ADDR|Lot 17, Shady Acres MHP, 4400 Hwy 31 S]], [[C|Clanton]], AL [[Z|35045]]
Requesting: all records from [[D|Jan. 1]] through date of death, incl. med list and any recent falls.
Investigator: [[N|Trent Mabry]], badge [[ID|4471]], [[PH|205-555-0139]], fax [[FX|205-555-0140]]
Records pulled: last PCP visit [[D|9/23]]. Note: our chart had her age as 86 (typo); corrected to [[A|96]] per ME.
Released by HIM.
""",
)

note(
    "d5-23",
    "Vernon Tuckerman",
    """
ADULT PROTECTIVE SERVICES - INTAKE (mandated reporter: hospital SW)
APS ref [[ID|APS-24-118802]]
Alleged victim: [[N|Vernon Tuckerman]], age [[A|92]], widower. Lives in the back bedroom of his nephew's house, [[ADDR|1185 Co Rd 2210]], [[C|Normal]], IL [[Z|61761]] - yes, the town of [[C|Normal]].
Concerns: presented [[D|7/4]] (brought in after the fireworks, per EMS) with stage 4 sacral wound, wt 44 kg, soiled clothing. Nephew [[N|Dwayne Tuckerman]] is POA; pt's SS check deposited to nephew's acct. Pt says "he's good to me, mostly."
Pt oriented x2; capacity eval pending (psych C/L).
Other contacts: niece [[N|Carla]] in [[C|Bloomington]], [[PH|309-555-0108]].
Reporter: [[N|Jessamyn Ortiz]], LCSW, [[PH|309-555-0176]] ext 4410.
""",
)

note(
    "d5-24",
    "Henrietta Lowenstein",
    """
PRIOR AUTHORIZATION REQUEST - Part B drug
Member: [[N|Henrietta Lowenstein]]   DOB [[D|1/29/1935]]   Age [[A|90]]
Plan: Medicare Advantage PPO, member ID [[HP|XWK882017334]], group [[HP|80447]]
Drug: denosumab 60 mg SC q6 months; J0897
Dx: osteoporosis with pathologic fx (L1 compression [[D|Sept. 2024]]); T-score -3.4; eGFR 38 so zoledronic acid not preferred. Alendronate 2019-2022, stopped for esophagitis.
Last dose given [[D|10 Mar 2025]]; next due on or after [[D|Sep 10]].
Site of care: infusion suite, [[ADDR|2200 Kalorama Rd NW, Ste 310]], [[C|Washington]], DC [[Z|20008]].
Prescriber: [[N|Amara Lindgren-Obi]], MD, NPI [[ID|1972205518]]
Contact: PA coordinator [[PH|202-555-0163]], fax [[FX|202-555-0164]]
Urgent? No - standard 14-day review requested.
""",
)

note(
    "d5-25",
    "Lorenzo Quintanilla",
    """
WOUND CARE CLINIC - f/u visit
[[N|Lorenzo Quintanilla]], 58M, DM2, R plantar ulcer (Wagner 2), wk 6 of care.
Lives [[ADDR|Sp 42, Paradise Palms RV Park, 2801 N Hwy 83]], [[C|Mission]], TX [[Z|78572-0911]]; works as a grove foreman, on his feet 10 h/day.
Wound 2.1 x 1.4 x 0.3 cm (was 3.0 x 2.2 x 0.5 on [[D|8-Ene]] - pt's own log is in Spanish, "[[D|8 de enero]]"). Granular base 80%, no probe to bone. A1c 10.2.
TCC applied; pt agreed to modified duty - employer letter given to HR ([[N|Yolanda Reséndez]]).
Offloading boot on back-order. Pt asked about driving with cast - advised not to drive; wife [[N|Nayeli]] will drive ([[PH|956-555-0124]]).
RTC 1 week, [[D|Thu 1/30]]. Podiatry Dr [[N|Hwang]].
""",
)

note(
    "d5-26",
    "Gerald Tremblay",
    """
URGENT CARE - visitor from Canada
[[N|Gerald Tremblay]], 81M, snowbird, here since mid-[[D|Dec]]; returns home early [[D|April]].
Winter address: [[ADDR|1618 Bonita Way]], [[C|The Villages]], FL [[Z|32162]]
Home: [[ADDR|85 rue Saint-Joseph]], [[C|Trois-Rivières]], QC [[Z|G9A 2K3]]
Coverage: RAMQ [[HP|TREG 4403 1917]] + travel policy [[HP|TRV-0093318]] (claim # [[ID|CLM-25-77104]])
CC: L calf pain after 2 golf rounds; Wells 2. D-dimer 1.4. Venous US: no DVT, Baker's cyst.
Meds: rosuvastatin 10, ASA 81.
His mother-in-law ([[A|99]]) is in a CHSLD back home - wife [[N|Ghislaine]] calls daily at 7.
Dx: ruptured Baker's cyst. NSAID x5 d, RICE.
Seen by PA-C on duty.
""",
)

note(
    "d5-27",
    "Priyanka Venkataraman",
    """
RESEARCH - CONSENT & ENROLLMENT LOG  (site 07)
Study: HEART-AGE longitudinal cohort (IRB 2023-0417)
Participant ID [[ID|HA-07-0192]]
Name: [[N|Priyanka Venkataraman]]   Sex F   Age [[A|90]] at consent (eligibility: >=85)
Consent signed [[D|21/10/2024]] (dd/mm/yyyy per sponsor CRF) at 14:20 by pt; witness [[N|Harold Kim]] (son-in-law).
Baseline visit [[D|28/10/2024]]; 6-mo visit window [[D|21/04]]-[[D|21/05/2025]].
Contact: [[ADDR|19 Lantern Ln]], [[C|Edison]], NJ [[Z|08817]]; [[PH|732-555-0186]]. Alt contact: daughter [[N|Meena Kim]] [[EM|meena.kim@inbox.example]].
Deviation: none.
""",
)

note(
    "d5-28",
    "Roy Lee Skaggs",
    """
EMS PATIENT CARE REPORT   Medic 12 / Engine 4   Run [[ID|25-004471]]
Dispatched 02:17 for "man down" at the Love's truck stop, I-40 exit 280, outside [[C|Santa Rosa]], NM.
Pt ID'd by CDL in wallet: [[N|SKAGGS, ROY LEE]], DOB [[D|11-30-1961]], CDL [[LIC|NM 0447192833]], home [[ADDR|RR 1 Box 77-A]], [[C|Tucumcari]], NM [[Z|88401]].
Truck: Peterbilt, tractor plate [[VEH|TRK-88412]]; left secured with store mgr [[N|Consuelo]].
Found in cab, GCS 9 (E2V3M4), BGL 38 -> D10 250 mL, GCS 15 at 02:41. Pt: "missed supper." Insulin pump (t:slim X2) serial [[DEV|TS1-90448127]], basal running.
Transported to Guadalupe County Hospital, report to RN [[N|Abeyta]].
Crew: [[N|J. Sandoval]] (P) + EMT-B
""",
)

note(
    "d5-29",
    "Wilma Boring",
    """
ORTHO CLINIC - post-op visit #2
Pt: [[N|Wilma Boring]], [[A|91]] yo F (yes, her surname and her town are the same - she's from [[C|Boring]], OR [[Z|97009]]; a cousin's family founded the town).
S/p R hemiarthroplasty [[D|Jan 14th]] for femoral neck fx (fall at church [[D|New Year's Day]]).
Incision healed, staples out today. Ambulating 150 ft w/ FWW; PT 3x/wk at home via agency (therapist [[N|Lani]]).
Pain 3/10, acetaminophen only. Hgb 10.9.
DVT ppx: aspirin 81 BID x 35 days (through [[D|2/18]]).
Xray: prosthesis well-seated.
Next visit 6 wk, [[D|3/11]]. Sister-in-law [[N|Opal Boring]] (88) drives her - [[PH|503-555-0102]].
[[N|Drew Halloran]], PA-C / Dr [[N|Nakamura-Stein]]
""",
)

note(
    "d5-30",
    "Jaylen Brooks-Whitaker",
    """
CHILDHOOD LEAD PROGRAM - ENVIRONMENTAL INVESTIGATION
Case [[ID|PB-24-0562]]   Child: [[N|Jaylen Brooks-Whitaker]], 2y 3m   BLL 27 ug/dL (venous), prior 12 at 12-mo well visit
Parent: [[N|Tanisha Brooks]]   Contact [[PH|216-555-0115]]
Residence: [[ADDR|3407 E 116th St, Up]], [[C|Buckeye-Shaker]], [[C|Cleveland]] [[Z|44120]] - 2-family frame, built 1912, rental.
Inspection [[D|Fri 8/9]]: XRF positive on porch railings (5.8 mg/cm2), window troughs, interior door jambs; dust wipe sill 410 ug/ft2. Chipping paint at child height.
Child also spends weekdays at grandmother's in [[C|Euclid]] - inspection requested there.
Owner notified by certified mail; abatement order issued, 90 days to comply. Family offered temporary relocation to lead-safe unit.
Inspector: [[N|Gus Papadakis]], Risk Assessor lic [[LIC|RA-004417]]
""",
)

note(
    "d5-31",
    "Ethel Mae Goodnight",
    """
GERIATRICS - ANNUAL WELLNESS VISIT
Pt: [[N|Ethel Mae Goodnight]]. In her words: "I'll be [[A|ninety-six]] on the [[D|fourth of May]], honey, and I'm not deaf." Her brother [[N|Virgil]] lived to [[A|103]]; her twin sister died at 79.
Lives alone in the farmhouse outside [[C|Goodnight]], TX (town named for a rancher - "no relation," she says). Son [[N|Lyle]] checks on her daily.
Screening: Mini-Cog 4/5; TUG 14 s; PHQ-2 = 0; no falls this year. Whisper test failed L ear.
BP 138/70, BMI 21. PCV20 given today; shingles series completed 2022.
She still drives to church on Sundays (2 mi, daylight only) - discussed.
Advance directive: DNR; MOLST signed last [[D|Tues]] per son, copy scanned.
Plan: audiology referral; return in 6 months or sooner prn.
[[N|P. Ramaswamy]], NP
""",
)

note(
    "d5-32",
    "Carmen Iris Rivera Santiago",
    """
CLINICA - NOTA DE SEGUIMIENTO / follow-up (bilingual chart)
Paciente: [[N|Carmen Iris Rivera Santiago]], 72F, MRN [[MRN|PR-0091733]]
Dirección: [[ADDR|Urb. Las Lomas, Calle 5 #23]], [[C|Bayamón]], PR [[Z|00961-4412]]
Visita [[D|lunes 14 de octubre]]; visita previa [[D|19/jul]].
Desde el huracán la casa sigue sin techo completo; duerme en casa de su hermana en [[C|Toa Baja]] los fines de semana.
HTA: 156/88 con losartán 50 mg. DM2: A1c 8.1. Neuropatía leve.
Su mamá, doña [[N|Providencia]], tiene [[A|97]] años y vive con ella; cuidadora principal es la paciente.
Plan: aumentar losartán a 100 mg; referido a trabajo social (Sra. [[N|Nieves]]) para ayuda con vivienda - tel. [[PH|787-555-0131]].
Próxima cita en 3 meses, aprox. mediados de [[D|enero]].
""",
)

note(
    "d5-33",
    "Agnes Nanuk",
    """
TELEMEDICINE CONSULT - village clinic to regional hospital
Pt: [[N|Agnes Nanuk]], [[A|90]]F, presented to the [[C|Hooper Bay]] clinic [[D|11/3]] with cough x 5 d, fever 38.6, SpO2 88% RA.
Health aide: [[N|Marlene Tom]], CHA-II. Images of CXR sent via store-and-forward; RLL infiltrate.
Weather: no flights out today (fog); plan is treat in village, medevac if worse.
Started ceftriaxone 1 g IM daily + azithro PO. O2 by concentrator to keep >90%.
Pt's grandson [[N|Walter]] will stay overnight with her; contact via clinic VHF or [[PH|907-555-0184]].
Home: [[ADDR|PO Box 219]], [[C|Hooper Bay]], AK [[Z|99604]].
Beneficiary ID [[ID|YK-004418827]]. Recheck by tele-video tomorrow 10:00.
Consultant: Dr [[N|Kwabena Asante]], [[C|Bethel]]
""",
)

note(
    "d5-34",
    "Keoni Kahananui",
    """
CARDIOLOGY CLINIC NOTE
[[N|Keoni Kahananui]], 64M, here with his tutu ([[N|Leilani Kahananui]], [[A|93]], who insisted on coming).
Address: [[ADDR|75-5660 Palani Rd, Unit 207]], [[C|Kailua-Kona]], HI [[Z|96740]]
HFrEF, EF 30% on TTE [[D|12/02/24]], now 40% on repeat [[D|6/3/25]] after GDMT titration. NYHA I-II. Works as a fishing charter captain.
Meds: sacubitril-valsartan 97/103 BID, metoprolol succ 100, spironolactone 25, empagliflozin 10.
K 4.8, Cr 1.1.
ICD not indicated at present. Next echo in 6 months.
He flies to [[C|Hilo]] for his son's graduation on [[D|Memorial Day]]; OK to travel.
[[N|Mahina Akana]], MD
""",
)

note(
    "d5-35",
    "Rigoberto Tzul Ajanel",
    """
FARMWORKER HEALTH - MOBILE UNIT, VISIT NOTE
Pt: [[N|Rigoberto Tzul Ajanel]], 34M, K'iche' primary, Spanish 2nd. Phone interpreter.
Camp: [[ADDR|Bldg 3, 1450 Old Packing House Rd]], [[C|Immokalee]], FL [[Z|34142]].
From [[C|Momostenango]], Totonicapán, Guatemala. Arrived for the season around mid-[[D|October]].
CC: rash both forearms after spraying; no PPE gloves. Contact dermatitis vs pesticide exposure. Cholinesterase drawn.
Pt asks for a letter for his employer; also asks re: his grandfather in Guatemala, "tiene como [[A|noventa]] años" and is ill - given info on remittance clinics (not ours).
Triamcinolone 0.1% cream BID x 14 d.
Reported to state pesticide program, ref [[ID|PEST-25-00391]].
Return [[D|Nov. 4]] or sooner if worse. Cell [[PH|239-555-0109]].
""",
)

note(
    "d5-36",
    "Dorothea Kleinschmidt",
    """
VIDEO VISIT - technical + clinical note
Pt [[N|Dorothea Kleinschmidt]] ([[A|91]]), joined from her apartment at [[ADDR|411 Park Ave S, Apt 12F]], [[C|Manhattan]] [[Z|10016]]; her aide [[N|Josephine]] held the tablet.
Session link: [[URL|https://telehealth.example-health.org/join/pt-58812-kleinschmidt]]
Connection dropped x3; pt-side IP [[IP|203.0.113.77]] logged for IT ticket [[ID|INC0441902]].
Clinical: BP log from home cuff (Omron 7 Series) avg 148/76 over 2 wk. Mild ankle edema. Reports doze-offs after lunch.
Med rec: amlodipine 10, HCTZ 12.5, donepezil 10. No changes.
Plan: BMP at LabCorp, order faxed; nephew to bring her. Next video [[D|Jan 8]] at 11:00.
[[N|Shira Abramovitz]], MD
""",
)

note(
    "d5-37",
    "Darnell Fitzgerald",
    """
STD PROGRAM - PARTNER SERVICES FIELD RECORD
Interview # [[ID|IX-24-3371]]   Original pt: [[N|D. Fitzgerald]] (syphilis, secondary, dx [[D|6.17.24]])
Partners named (last 6 mo):
 P1: "[[N|Tee]]" - F, ~25, met via app, handle @[[N|teeztheway]]; lives near [[C|Five Points]], [[C|Denver]]
 P2: [[N|Marisol]] (no last name), ~30, phone [[PH|720-555-0178]]
 P3: anonymous, bathhouse - not locatable
Field visit P1 [[D|6/21]]: not home; left card at [[ADDR|2840 Welton St, #3]].
Index pt treated BPG 2.4 MU IM [[D|6/18]]; RPR 1:64.
Disposition due by [[D|7/19]] (30 days).
DIS: [[N|A. Chee]]
""",
)

note(
    "d5-38",
    "Cornelia Vanderslice",
    """
DEATH CERTIFICATE WORKSHEET (for attending physician)
Decedent: [[N|Cornelia Ann Vanderslice]]   Sex F   SSN [[SSN|914-27-6630]]
DOB [[D|03-02-1927]]   Age [[A|97]]   DOD [[D|11-29-2024]] 04:50 (day after [[D|Thanksgiving]])
Birthplace: [[C|Pella]], Iowa
Residence: [[ADDR|910 Oskaloosa St]], [[C|Pella]], IA [[Z|50219]]
Informant: [[N|Pieter Vanderslice]] (son), same address
Father: [[N|Hendrik De Jong]]; Mother: [[N|Grietje Roorda]]
Cause: (a) aspiration pneumonia, days; (b) Alzheimer dementia, years. Manner: natural.
Certifier: [[N|M. Verbeek]], DO, lic [[LIC|IA-01-44720]]
Funeral home: Garden View Funeral Chapel
""",
)

note(
    "d5-39",
    "Harold Jenkins-Oduya",
    """
DME ORDER / CERTIFICATE OF MEDICAL NECESSITY - home oxygen
Beneficiary: [[N|Harold Jenkins-Oduya]]   Medicare [[HP|7QW2-GH4-RT18]]   Supplier acct [[ACCT|DME-00418833]]
Delivery: [[ADDR|6 Chestnut Hill Rd, #B]], [[C|Whitefield]], NH [[Z|03598]] - gravel drive, plow often late; backup tanks needed.
Qualifying test [[D|Jan. 21, 2025]] at rest RA: SpO2 86%, PaO2 52. On 2 L: 94%.
Equipment: stationary concentrator SN [[DEV|CW8-3391047]]; portable POC SN [[DEV|P2-118420-77]]; E-cylinders x6.
Length of need: 99 months (lifetime). Hours/day: 24.
Pt uses wood stove; no smoking in home - pt signed safety agreement.
Ordering: Dr [[N|Annika Lavoie]], NPI [[ID|1336028194]]
""",
)

note(
    "d5-40",
    "Oskar Wennerberg",
    """
CT CHEST WITHOUT CONTRAST
Patient: [[N|WENNERBERG OSKAR]]   [[A|93]]M   MRN [[MRN|7719304]]   Acc# [[ID|CT250311-0442]]
Exam date: [[D|3/11/25]]
Comparison: CT [[D|9/4/24]], CT [[D|02-28-23]]
Indication: f/u RUL nodule; 50 pk-yr former smoker.
Findings: RUL part-solid nodule 14 mm (solid 7 mm), previously 12 mm (solid 5 mm) on [[D|9/4/24]] and 9 mm on [[D|02-28-23]]. Emphysema, centrilobular, moderate. Coronary calcification. No adenopathy. 3 mm LLL nodule unchanged since 2023.
Impression: Growing part-solid RUL nodule, Lung-RADS 4B. Recommend PET/CT and thoracic surgery/IR discussion.
Called to Dr [[N|Blomqvist]]'s office [[D|3/11]] 14:32.
Read by: [[N|F. Oyedepo]], MD
""",
)

note(
    "d5-41",
    "Tomasz Wierzbicki",
    """
OCCUPATIONAL HEALTH - RETURN-TO-WORK EVAL
Employee: [[N|Tomasz Wierzbicki]]   Badge [[ID|B-0044718]]   Dept: press line, 2nd shift
Injury: L hand crush in die-set, [[D|Tues 9/2]] (day after [[D|Labor Day]]), OSHA recordable.
Tx: ORIF 4th metacarpal by hand surgery on [[D|9/4]]; OT 2x/wk. Grip L 18 kg vs R 41 kg (44%). ROM MCP 0-70. Pain 2/10, off opioids.
Work status: modified duty - no use of L hand for gripping >5 lb, no press operation, may do inspection/clipboard tasks. 8 h/day max. Valid until next visit in 3 weeks.
Workers' comp claim [[ID|WC-25-0918837]]; adjuster email [[EM|k.ostrowski@claims-example.com]].
Supervisor notified by phone. Next visit [[D|10/7]].
""",
)

note(
    "d5-42",
    "Fatima Zahra Benali",
    """
PRENATAL VISIT - 28w2d
G2P1001. [[N|Fatima Zahra Benali]], 31 y/o, MRN [[MRN|M-2209183]].
LMP [[D|10 Jan]] (sure); EDD by 8-wk US [[D|Oct 19]], consistent.
1-hr GCT 152 -> 3-hr GTT scheduled. Hgb 10.4, started ferrous sulfate every other day. Rh positive. Tdap today.
FH 28 cm, FHR 142, +FM. BP 112/68.
Social: husband [[N|Karim]] works nights; pt's grandmother ([[A|91]]) is moving in from [[C|Fès]], Morocco next month - pt anxious about space; SW referral offered, pt declined for now.
Plans to breastfeed; desires LARC postpartum (Nexplanon).
Return 2 wk, then q2wk. L&D precautions reviewed.
[[N|O. Stavros]], CNM
""",
)

note(
    "d5-43",
    "Beatrice Chamberlain-Oakes",
    """
SNF ADMISSION NURSING ASSESSMENT
Res: [[N|Chamberlain-Oakes, Beatrice]] - W/F/[[A|99]] - from hospital after 3-night stay (UTI w/ delirium)
Braden 13 (moderate risk) - heels floated, q2h turns. Skin: blanchable redness sacrum; bruising both forearms (on clopidogrel).
BIMS 9/15. Hearing aids both ears - in med cart, labeled.
Diet: mechanical soft, thin liquids per SLP eval. Wt 47.2 kg.
Fall hx: 2 in past 6 mo. Low bed + floor mats.
Code: DNR/DNI (POLST on chart, dated [[D|April 2, 2023]]).
Emergency contact: niece [[N|Winifred Oakes]], [[PH|413-555-0199]]; 2nd: her roommate from the old apartment building, Mrs. [[N|Ida Feld]], herself [[A|95]].
Admitted 16:40 by [[N|R. Baptiste]], RN
""",
)

note(
    "d5-44",
    "Travis Lee Odom",
    """
DETENTION CENTER - INTAKE MEDICAL SCREENING
Inmate: [[N|ODOM, TRAVIS LEE]]   Booking # [[ID|2025-000881]]   SSN [[SSN|000-41-9921]]
Booked [[D|Sat 02/15]] 23:50.
Reports opioid use, last use "[[D|Friday]] night"; COWS 9 at 06:00. Started COWS protocol, buprenorphine per standing order.
Also reports prior MRSA boils. Skin check: healing abscess L thigh.
TB screen: symptom-neg. PPD placed, read in 48-72 h.
Mother [[N|Darla Odom]] called front desk re: his meds ([[PH|870-555-0127]]) - pt signed ROI.
Housing: medical obs, cell 4B-12.
Screened by [[N|C. Whitebird]], LPN
""",
)

note(
    "d5-45",
    "Hodan Abdi Warsame",
    """
REFUGEE HEALTH - DOMESTIC SCREENING EXAM
Pt: [[N|Hodan Abdi Warsame]], 44F. Somali interpreter in person ([[N|Abdirahman]]).
Alien # [[ID|A-219-884-107]]. US arrival [[D|03/06/2025]] via [[C|Nairobi]]; prior 11 yrs in the [[C|Dadaab]] camps.
Overseas exam [[D|14/01/2025]] (dd/mm/yyyy on IOM form): CXR normal, IGRA neg.
Today: Hgb 9.1, microcytic; stool O&P + for Giardia; HBsAg neg; Strongyloides serology sent.
Resettled with 5 children at [[ADDR|1830 Riverside Ave, Apt 214]], [[C|Cedar-Riverside]], [[C|Minneapolis]] [[Z|55454]].
Her mother-in-law accompanied the family and reports being "about [[A|90]]"; pt herself does not know her own exact birthday - DOB recorded as [[D|1/1/1981]] per I-94.
Vaccines: MMR, Tdap, Hep B #1 today.
""",
)

note(
    "d5-46",
    "Clarence Whitfield",
    """
SPIRITUAL CARE NOTE
Visited Mr. [[N|Whitfield]] (AME Zion; deacon for 40 yrs) at family's request. He is [[A|98]] and "ready to go home," but wants to make it to [[D|Easter]] so the whole family can gather one more time - his great-grandson [[N|Malik]] is flying in from [[C|Fayetteville]].
Shared memories: marched in [[C|Selma]] in 1965; married [[N|Lucille]] for 71 years until her death last [[D|August]].
Prayed Psalm 23 together; sang "Blessed Assurance." Pt tearful but peaceful.
Daughter [[N|Bernice]] asks about communion at bedside - arranged with his pastor, Rev. [[N|Ellison]], for [[D|Palm Sunday]].
Chaplain [[N|Rachel Stoltzfus]], M.Div., BCC
""",
)

note(
    "d5-47",
    "Yitzchak Rosenthal",
    """
GENETICS - PEDIGREE KEY (cardiomyopathy, MYBPC3 VUS in proband)
Generation I
  I-1  [[N|Shmuel Rosenthal]]   b. [[C|Białystok]]   d. [[A|94]], "heart failure"
  I-2  [[N|Chaya]] (née [[N|Gutman]])   d. 1971, age 66, stroke
Generation II
  II-1 [[N|Moshe]]   d. 52, sudden, while shoveling snow
  II-2 [[N|Frieda]]   living, [[A|91]], pacemaker at 80
  II-3 [[N|Abraham]]   d. 89, Alzheimer
Generation III
  III-1 proband [[N|Yitzchak Rosenthal]], 58M, HCM, septal thickness 21 mm
  III-2 sister [[N|Devorah]], 55F, echo normal [[D|5/2024]]
Plan: cascade testing offered; letter to relatives drafted. Counselor [[N|yfried]].
""",
)

note(
    "d5-48",
    "Alcide Boudreaux",
    """
HURRICANE SHELTER - MEDICAL NEEDS ROSTER  (opened [[D|Sept 27]], 18:00)
Shelter: high school gym
#  Name                  Age  From                 Need
1  [[N|Boudreaux, Alcide]]     [[A|92]]   [[C|Golden Meadow]]        O2 2L, own tanks x2
2  [[N|Thibodeaux, Marie-Ange]] 87   [[C|Cut Off]]              insulin, needs fridge
3  [[N|Nguyen, Hai]]           61   [[C|Galliano]]             HD pt - last tx [[D|Wed]]
4  [[N|LeBlanc, Edna]]         [[A|100]]  [[C|Golden Meadow]]        bedbound, caregiver [[N|Toni]]
Dialysis pt to be transported [[D|Sat]] AM; coordinate w/ parish OEP.
RN lead [[N|S. Guidry]] - cell [[PH|985-555-0151]]
""",
)

note(
    "d5-49",
    "Rudolph Ashgrove",
    """
INPATIENT FALL-RISK REASSESSMENT (every shift + after transfer)
Pt [[N|Ashgrove, Rudolph]], [[A|90]]yo M, transferred from ICU at 15:10.
Hendrich II: confusion (4), male (1), benzodiazepine (1), Get-Up-and-Go unable (4) = 10 -> HIGH.
Reassessment reasons: new sedating med (lorazepam 0.5 mg x1 for agitation), transfer.
Interventions: bed low & locked, alarm zone 2, non-slip socks, hourly rounding, toileting schedule q2h, sitter requested (approved x 8 h).
Notes: SpO2 90% on 2 L - RT aware. Last BM 2 d ago. Home med list: tamsulosin 0.4 mg x90 (90-day supply) - held for orthostasis.
Roommate (Bed B) is 89 and also high risk - staff aware both beds are high risk.
Son [[N|Gil]] updated by phone. RN [[N|Pham]] / PCT [[N|Desiree]]
""",
)

note(
    "d5-50",
    "Florencio Aguilar",
    """
TRANSFER CENTER - CALL LOG
02:14 Call from [[C|Alamosa]] (critical access hosp), Dr [[N|Vigil]], [[PH|719-555-0133]]: [[N|Florencio Aguilar]], 77M, STEMI inferior, lytics given 01:52; requesting transfer for cath.
02:16 Accepted by interventional cardiology. Bed CCU 6.
02:20 Fixed-wing unavailable (weather over La Veta Pass); ground ALS dispatched, ETA 3 h 15 min.
02:41 Pt's wife [[N|Dolores]] called asking where to go; given unit number [[PH|303-555-0119]] ext 6604.
03:05 Sending facility faxed records to [[FX|303-555-0120]]. Transfer # [[ID|TC-25-018834]].
05:38 Pt arrived, to cath lab.
Logged by [[N|bkowalski]]
""",
)

note(
    "d5-51",
    "Anselm Dufresne",
    """
SCANNED DOCUMENT - newspaper obituary placed in chart by family (for family hx)
"[[N|Anselm Joseph Dufresne]], [[A|97]], of [[C|Lewiston]], passed away peacefully on [[D|Sunday, January 12]], at home with family. Born in [[C|Saint-Georges]], Quebec, on the [[D|ninth of July]], 1927, he came to [[C|Lewiston]] as a boy to work in the mills. He is survived by his daughter [[N|Jeannine]] ([[N|Paul]]) of [[C|Auburn]] and son [[N|Rémi]] of [[C|Biddeford]], 8 grandchildren and 14 great-grandchildren. Predeceased by wife [[N|Yvette]] and sister Sr. [[N|Thérèse]] ([[A|101]]). Mass of Christian Burial at St. Peter and Paul Basilica on [[D|Saturday]]."
Clinician note: placed by the son (our pt) - paternal hx of longevity; father had AAA repair at 80.
""",
    allow=("Paul",),
)

note(
    "d5-52",
    "Lucinda Farraday",
    """
PATIENT PORTAL MESSAGE (inbound)  Subject: mom's swallowing
From: proxy account [[EM|jfarraday.proxy@inbox.example]] (login IP [[IP|198.51.100.23]])
"Hi, this is the daughter of [[N|Lucinda Farraday]] (she's [[A|94]]). Since she got back from the hospital she coughs every time she drinks water or coffee. The speech therapist there said to use thickener but we ran out and the pharmacy says it isn't covered. Also the after-visit summary link doesn't open for me: [[URL|https://mychart.example-health.org/avs?enc=88120447&pt=LF3391]]. Can someone call me after 4? - [[N|Jo]]"
Triage reply by [[N|mkhoury]], RN: SLP outpatient referral placed; thickener samples at front desk; IT ticket for AVS link. Advised ED if fever or breathing trouble. Documented dysphagia on problem list.
""",
)

note(
    "d5-53",
    "Reginald Okoro",
    """
PATIENT FINANCIAL SERVICES - ACCOUNT NOTE
Guarantor: [[N|Reginald Okoro]]   SSN [[SSN|987-65-4329]]   Hospital acct [[ACCT|HAR-2025-33817406]]
Svc dates: [[D|Feb 3-6]]. Balance after insurance: $2,418.77 (deductible $1,600 + coinsurance).
Called pt at home number on file; left VM. Pt returned call, requests payment plan - 12 months x $201.56, no interest. Financial assistance app mailed (household of 4, income near 250% FPL - may qualify for 50% discount).
Pt asked that statements stop going to his old address - updated.
Note: pt disputes a separate ambulance charge (different vendor) - gave vendor's billing line, not ours.
Rep: [[N|Cheyenne Morales]], ext 4471
""",
)

note(
    "d5-54",
    "Altagracia Peralta",
    """
COMMUNITY HEALTH WORKER - HOME VISIT
Visited [[N|Altagracia Peralta]] at [[ADDR|2180 Grand Concourse, Apt 4B]], [[C|Bronx]] [[Z|10457]] (5th floor walk-up; elevator out since [[D|Labor Day]]).
Pt 68, asthma + CHF; ED x3 this yr. Found: mold on bathroom ceiling, roach infestation, gas stove used for heat. Spacer present but not used; technique taught, teach-back OK.
Building mgmt complaint #311 filed by pt's granddaughter. Referral to asthma home-remediation program (HEPA vac, IPM).
Pt speaks Spanish; prefers calls after 6 pm.
Next visit in 2 weeks; CHW [[N|Yanelis]].
""",
)

note(
    "d5-55",
    "Winston Achterberg",
    """
MEMORY CARE - BEHAVIOR NOTE
[[N|Winston]] ([[A|92]]) restless again this evening, 17:30-19:00 (sundowning pattern). Exit-seeking at the courtyard door; says he has to "get to the shop before the [[D|Fourth]]" - he ran a hardware store for 50 yrs.
Redirected with folding towels and a 1950s music playlist; settled by 19:10.
Family states similar behavior started after his fall last [[D|Tues]]. No injury then; CT head neg.
No PRN given. Tylenol 650 scheduled TID for knee OA continues.
Wife visits Wednesdays & Sundays; she asks staff not to mention the store was sold.
Per MD, UA to r/o UTI. Will monitor.
[[N|Ruthanne]], CNA / [[N|J. Osei-Bonsu]], LPN
""",
)

note(
    "d5-56",
    "Mercedes Arrieta Goñi",
    """
INFORME DE ALTA (Spain) - summarized for PCP by [[N|L. Ibarra]], MD
Paciente: Dña. [[N|Mercedes Arrieta Goñi]], [[A|93]] años. Domicilio: [[ADDR|C/ de Embajadores 61, 3º izq.]], [[Z|28012]] [[C|Madrid]].
Ingreso: [[D|12/03/2024]] (dd/mm). Alta: el [[D|20 de marzo]].
Motivo: insuficiencia cardiaca descompensada; FA con RVR. Tto al alta: furosemida 40 mg/día, bisoprolol 2,5 mg, edoxabán 30 mg.
Now living with son in [[C|Coral Gables]], FL since [[D|Semana Santa]]; presents to establish care. Weight stable. Mild orthopnea.
Son's number [[PH|305-555-0156]].
""",
)

note(
    "d5-57",
    "Walter Ng",
    """
ANTICOAGULATION CLINIC - INR FLOWSHEET (warfarin; goal 2.0-3.0; indication AF + LV thrombus)
Pt [[N|Walter Ng]], [[A|90]] y.o.   MRN [[MRN|330-88-1172]]
Date       INR   Weekly dose   Next
[[D|1-6-25]]     1.7   32.5 mg -> 35    [[D|1-13]]
[[D|1-13-25]]    2.4   35 mg            [[D|1-27]]
[[D|1-27-25]]    3.6   35 -> 32.5 mg    [[D|2-3]]
[[D|2-3-25]]     2.6   32.5 mg          [[D|2-17]]
High INR [[D|1-27]] after abx (Bactrim for UTI). Pt uses pill box; granddaughter [[N|Vivian]] fills it Sundays.
POC INR. RPh [[N|Haddad]].
""",
)

note(
    "d5-58",
    "Joseph Cruz Taitano",
    """
NAVAL HOSPITAL - PRIMARY CARE (dependent parent visit)
Pt: [[N|Joseph Cruz Taitano]], 66M, dependent parent of LCDR [[N|A. Taitano]].
Mailing: [[ADDR|PSC 455 Box 1171]], [[C|FPO]] AP [[Z|96540]]; lives off-base in [[C|Dededo]], Guam.
Chief complaint: gout flare R 1st MTP x 2 d after a fiesta (village feast) - lots of kelaguen and beer.
Uric acid 9.4. Cr 1.2. Colchicine 1.2 mg then 0.6 mg in 1 h; then 0.6 daily. Start allopurinol 100 mg after flare settles.
His father, still in the village, is "in his late [[A|90s]]" and pt flies to see him most holidays.
RTC 4 wk.
""",
)

note(
    "d5-59",
    "Estelle Marchbanks",
    """
PROBATE COURT - LETTER IN SUPPORT OF GUARDIANSHIP (physician statement)
In re: [[N|Estelle Marchbanks]], an incapacitated person   Docket [[ID|2025-GU-00417]]
To the Court: I have treated Ms. [[N|Marchbanks]], age [[A|ninety-one]], since 2016. On examination on the [[D|twenty-second of April]], she was oriented to person only, scored 9/30 on the MoCA and could not describe her bank accounts or medications.
Her condition (Alzheimer dementia, severe) is not expected to improve.
I support appointment of her nephew, [[N|Lawrence Pike]], as guardian of person and estate.
Respectfully,
[[N|Harriet Osgood-Lamb]], MD
""",
)

note(
    "d5-60",
    "Felipe Lucero",
    """
COMMUNITY HEALTH REPRESENTATIVE (CHR) - HOME VISIT
Elder: [[N|Felipe Lucero]], in his mid-[[A|90s]] (exact DOB unknown; census record says 1929). Lives with his granddaughter in [[C|Santo Domingo Pueblo]] ([[C|Kewa]]), NM.
Visit [[D|Feast Day]] week - family busy with preparations; brief visit.
BP 142/78. Ambulating with cane. Eating well; no falls.
Needs: refills (metformin, lisinopril) - picked up from IHS pharmacy. Hearing aid battery size 312 replaced.
Follow-up: CHR will return in 2 weeks.
CHR [[N|Delia Pecos]]
""",
)


if __name__ == "__main__":
    write(OUT, NOTES)
