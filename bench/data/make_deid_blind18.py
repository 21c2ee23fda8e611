#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind18.jsonl.

Blind set 18: 60 hand-written, fully synthetic US clinical notes that stress
de-identification of text about and by patients and families from many
cultures and languages.  Refugee and immigrant health clinics,
interpreter-mediated visits, notes that mix English with Spanish, Portuguese,
French, Haitian Creole, Arabic, Somali, Vietnamese, Tagalog, Chinese, Korean,
Nepali and others, clinicians writing in a second language, patient-portal
messages, SMS and WeChat threads typed by patients and relatives (lower case,
no punctuation, emoji, misspelled names and places), community health worker
and promotora logs, tuberculosis and other public-health follow-up, global
health and medical-mission records and travel clinics.  Names come from many
traditions and are written many ways (al-/bin/ibn, family-name-first,
patronymics, Somali three-part names, double surnames, particles, single
names, names in Arabic, Chinese, Korean and Cyrillic script, nicknames,
log-ins and handles); addresses, phones and postal codes are US and foreign;
A-numbers, passport, visa, consular, refugee and court case numbers appear.

Annotation conventions (HIPAA Safe Harbor):
* NAME: patients, relatives, friends, caregivers, interpreters and staff,
  incl. nicknames, lower-case or all-caps names, names in non-Latin script,
  log-in names and online handles.  Titles and honorifics (Dr., Mr., Sra.,
  Doña, Nha, Bà, Naw, Saw, Nana, Auntie) and credentials stay outside the
  span.  Kinship words (ayeeyo, lola, abuelo) and placeholders (FNU,
  "Baby Girl") are not names.
* DATE: every date element more specific than a year, in any format or
  language or calendar (incl. Persian-calendar dates, "12 de febrero",
  "le 5 mars"); month+year, a lone month, weekday or holiday used as the
  date of an event ("since Ramadan", "desde el sabado").  Bare years, times,
  durations and recurring schedules ("on Thursdays", "los sábados") are
  not marked.
* AGE: ages over 89 only (the number alone).
* PHONE / FAX: the whole number incl. country code "+".
* HEALTH_PLAN: Medicare, Medicaid/Medi-Cal/MassHealth/TennCare, commercial
  and foreign plan numbers (PhilHealth, RAMQ).  LICENSE: driver's licences,
  state IDs, professional licences, DEA.  ID: A-numbers, I-94, passports,
  visas, consular IDs, CURP, refugee/UNHCR and court case numbers,
  interpreter IDs, NPIs, accessions, trial participant IDs and other codes
  identifying a person or record.  DEVICE: implant/equipment serials.
* ADDRESS: street number + street, unit, PO box, HC/rural route, foreign
  street addresses; CITY: US and foreign cities, towns, villages, barangays,
  neighbourhoods, boroughs and refugee camps; ZIP: US ZIP and foreign postal
  codes.  States, provinces, departments and countries are not marked.
* Not marked: facility, agency, company and organisation names (a town
  inside one is listed in ``allow``), eponyms, drugs, device models, trial
  names and NCT numbers, scores, lab values, room numbers, vaccine lots,
  bare years.

Stdlib only.  Run: python bench/data/make_deid_blind18.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind18.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b18-01",
    "Faadumo Cabdi Warsame",
    """
REFUGEE HEALTH - DOMESTIC MEDICAL SCREENING (visit 1 of 2)
Name: [[N|WARSAME, Faadumo Cabdi]]   DOB: [[D|01/01/1987]] (approx per I-94)
MRN: [[MRN|RH0048812]]   Alien #: [[ID|A215338904]]   MA ID: [[HP|MA7720419953]]
Arrived [[D|08/22/2024]]; 11 yrs in [[C|Dadaab]]. Resettlement caseworker [[N|Hodan]] [[PH|(612) 555-0147]].
Somali interpreter in person.
Pt reports "madax xanuun" on/off since [[D|Ramadan]]; no fever, no wt loss. G4P4, LMP 2 wk ago.
IGRA pos overseas, CXR clear. HBsAg neg, anti-HBc pos. Hgb 10.9, eos 9%. Strongyloides IgG pending.
Vaccines: Td, MMR #2, HepB #1, IPV given today (VIS in Somali).
Plan: LFTs, start 3HP if nl, stool O&P x3, RTC 2 wk.
Addr: [[ADDR|1840 Cedar Ave S Apt 312]], [[C|Minneapolis]] MN [[Z|55404]]
""",
)

note(
    "b18-02",
    "Aurelio Gutierrez Ibarra",
    """
PATIENT PORTAL MESSAGE
From: [[N|rosa maria gutierrez]] (proxy acct for [[N|GUTIERREZ IBARRA, AURELIO]])
Sent: [[D|Mon 3/10/25]] 11:52 PM
Subj: mi papa

hola dra [[N|Pineda]] soy la hija de don [[N|aurelio]] el tiene [[A|92]] años y no quiere comer desde el [[D|sabado]]. tiene la pierna derecha bien hinchada. le dimos la furosemida 1/2 tab como dijo usted pero sigue igual. lo pueden ver mañana?? mi cel [[PH|956 555 0182]]. estamos en casa de mi hermana en [[C|Pharr]] no en [[C|Weslaco]]
gracias

-- RN triage ([[N|kmorales]]) 0810 next AM: called dtr via interp line, 2+ pitting edema R>L, no CP/SOB. Same-day appt 1:40p w/ Dr [[N|Pineda]], r/o DVT. Wells score 2.
""",
)

note(
    "b18-03",
    "Nguyen Thi Lan",
    """
COUNTY TB PROGRAM - DOT LOG (page 2)
Client: [[N|NGUYEN Thi Lan]]   Case # [[ID|TB-24-0917]]   DOB [[D|1968-04-03]]
RIPE 5x/wk, start [[D|2024-06-17]], now wk 3. Outreach wkr speaks Vietnamese.

[[D|07/01]] obs @ home [[ADDR|4415 SE 82nd Ave #7]], [[C|Portland]] [[Z|97266]]. no N/V. pt says "không sao". wt 44.1 kg
[[D|07/02]] pt at dtr's house in [[C|Gresham]]; vDOT by app instead, user [[N|lan.nguyen68]], swallow confirmed.
[[D|07/03]] obs. c/o orange urine - reassured (rifampin). Ishihara 14/14, no rash. AST 38 / ALT 41.
Pill count ok (3/4 blister rows left). Next LFTs wk 4.
""",
)

note(
    "b18-04",
    "Zainab Abd al-Hussein al-Jubouri",
    """
FAMILY MEDICINE - ARABIC INTERPRETER BY PHONE
Pt: [[N|Zainab Abd al-Hussein al-Jubouri]] / [[N|زينب الجبوري]], [[A|94]] y/o F
MRN [[MRN|00773102]]  Medicare [[HP|4TR7KD2MX61]]
Here w/ son [[N|Haider]] and grandson (grandson offered to interpret - declined per policy).
From [[C|Basra]], came 2016. Lives w/ son at [[ADDR|77 Whittier St Apt 2B]], [[C|Lowell]] MA [[Z|01852]].
CC: fall at home [[D|Friday]] evening, no LOC, no head strike. Pt says "ana ta'bana" (I am tired). Son says more confused since [[D|Eid]].
Exam: ecchymosis L hip, ROM ok, Romberg neg. Timed up-and-go 19 s. MMSE deferred (lang/literacy).
Meds: amlodipine 5, metformin 500 BID, "habbat al-barakah" (black seed) capsules.
Plan: XR hip/pelvis, CBC/BMP/TSH/B12, home PT. Son cell [[PH|978-555-0134]].
""",
)

note(
    "b18-05",
    "Jean-Baptiste Celestin",
    """
CHW SMS LOG - exported [[D|11/06/2024]]
CHW: [[N|Magalie Exantus]] (work cell [[PH|617-555-0143]])
Client: [[N|CELESTIN, Jean-Baptiste]] a.k.a. "[[N|Ti Jan]]"   Client ID [[ID|CHW-10447]]

[[D|11/4]] 19:02 from [[PH|+1 857 555 0171]]: bonswa [[N|magalie]] se [[N|rozmen]] pitit fi [[N|jean baptiste]]. li pa pran grenn tansyon an depi [[D|jedi]], li di li pa gen kòb pou famasi a 😢
19:15 CHW: M ap rele famasi a demen maten. Eske li gen tèt fè mal?
19:40 client's dtr: wi ti kras. TA li te 168/102 ak machin nan
Next AM 09:10 CHW: called pharmacy - copay waived w/ discount card. Client to pick up amlodipine 10 mg today. Recheck BP at home visit; if >180/110 or HA worse -> ED.
""",
)

note(
    "b18-06",
    "Chidinma Okonkwo",
    """
TRAVEL MEDICINE CONSULT   Visit date: [[D|04/15/2025]]
[[N|Okonkwo, Chidinma A.]]  DOB [[D|07/30/1991]]  MRN [[MRN|TM-552019]]
Passport (NGA) [[ID|A09817265]] - for ICVP.
VFR travel: dep [[D|5/20]] to [[C|Lagos]] then [[C|Enugu]], staying w/ mother ~6 wks, return early [[D|July]].
Hx: sickle trait (HbAS). No prior YF. UPT neg today. No egg allergy.
Given: YF (lot U7A112), Typhim Vi, Tdap, Hep A #2. ICVP cert # [[ID|TX-YF-20931]].
Malaria ppx: atovaquone-proguanil 250/100 1 tab daily, start 1-2 d before, 7 d after return. VFRs at highest risk - discussed.
Counsel: bite avoidance, TD (azithro 1 g x1 standby), rabies, no freshwater swimming. Declined cholera vaccine.
Travel RN: [[N|D. Whitfield]], RN
""",
)

note(
    "b18-07",
    "Herminia Quinones",
    """
REGISTRO DE PROMOTORA - Programa Salud en Casa
Promotora: [[N|Leticia Arreola]]   Fecha: [[D|12 de febrero 2025]]
Familia: [[N|Sandoval Quiñones]]   Dirección: [[ADDR|2210 Calle Lirio]], col. [[C|Las Milpas]], [[C|Pharr]] TX [[Z|78577]]

Doña [[N|Herminia]] ([[A|91]] años) - DM2, glucosa en ayunas 212, 188. Se le acabó la metformina el [[D|lunes]]. Medicaid [[HP|521388410]].
Nieto (14) le ayuda con las pastillas.
Esposo (78) - HTA, TA 150/92. Trabaja en la pulga los sábados. Toma "té de canela" para el azúcar.
Plan: cita en clínica la próxima semana, llevar glucómetro y bolsa de medicinas. Referir a podología - pie diabético, callo 1er metatarsiano.
""",
)

note(
    "b18-08",
    "Ixchel Tuyuc Chumil",
    """
MEDICAL MISSION - CLINIC DAY 3   Site: [[C|San Lucas Tolimán]], Sololá
Fecha [[D|14-Mar-2025]]   Pt # [[ID|SLT-25-0311]]
Nombre: [[N|Ixchel Tuyuc Chumil]]  34F  Kaqchikel; interp Kaq->Sp [[N|Tomás Cúmez]], Sp->Eng student volunteer
CC: "me duele la cintura" x 2 mo, dysuria. G5P5. LMP ~[[D|febrero]].
UA: LE 2+, nitrite +. Hgb 9.8 (HemoCue). BP 104/68.
Rx: nitrofurantoin 100 mg BID x5d, FeSO4, albendazole 400 mg x1 (whole family).
Husband [[N|Baltazar]] works coffee fincas near [[C|Santiago Atitlán]]. Cel [[PH|+502 5555 0138]].
F/u: local MD Dra. [[N|Aura Xicay]] (colegiado [[LIC|18842]]) at centro de salud; team returns [[D|Oct 2025]].
""",
)

note(
    "b18-09",
    "Kim Soon-ja",
    """
Progress Note - written by Dr. [[N|Park]] (PGY-2)
Patient [[N|KIM Soon-ja]] ([[N|김순자]]) is [[A|96]] years old woman, came today with her son Mr. [[N|Lee Jae-won]] and daughter-in-law. Korean interpreter is not needed because I am speaking Korean with her.
She is complaining the dizziness since [[D|Chuseok]], especially when she stand up from the floor. Also she is not sleeping well.
BP sitting 142/78, standing 112/64 -> orthostatic. She is taking amlodipine 10 and the herbal medicine (hanyak) from [[C|Koreatown]] shop.
Lives with son at [[ADDR|3021 W 6th St Apt 1104]], [[C|Los Angeles]] [[Z|90020]].
Insurance: Medicare [[HP|2KM4TJ7HQ38]] and Medi-Cal.
Plan: stop amlodipine, bring the hanyak next visit, recheck on [[D|5/2]]. Son phone [[PH|213-555-0192]].
""",
)

note(
    "b18-10",
    "Selamawit Tesfaye Gebremedhin",
    """
OB INTAKE (Tigrinya interpreter, video)
Pt: [[N|Selamawit Tesfaye Gebremedhin]]  DOB [[D|15.06.1996]]  MRN [[MRN|4418230]]
(Medicaid card reads "[[N|GEBREMEDHIN, SELAMAWIT]]" - [[HP|GA8810043217]])
G3P2002, LMP [[D|12/22/24]], EDD [[D|9/28/2025]] by 8wk US.
Born [[C|Asmara]]; lived [[C|Kampala]] 2017-2023 before resettlement.
FOB [[N|Dawit Haile]], phone [[PH|404-555-0123]]. Children 6 and 3, both born by C/S in [[C|Kampala]].
Hx: prior C/S x2 (low transverse per op note). Rh neg. Hep B nonimmune. Hgb 10.8, ferritin 9.
Coffee ceremony daily - 3 cups; counseled <200 mg caffeine.
Plan: RhoGAM at 28 wk, repeat C/S 39 wk, Hep B series, ferrous sulfate QOD.
""",
)

note(
    "b18-11",
    "Pacita Dela Cruz",
    """
HOME HEALTH - TEXT MESSAGES (saved to chart per policy)
Pt: [[N|Dela Cruz, Pacita]]  SOC [[D|6/2/25]]  Agency pt # [[ID|HH-88213]]

[[D|6/14]] 8:21a from dtr [[N|Marites]] [[PH|650-555-0164]]:
"gud am nurse [[N|jojo]] si lola po ayaw kumain since kahapon, tapos nanginginig sya kagabi. [[A|98]] na po sya baka dapat dalhin na sa ER? 😟"
8:40a RN [[N|Jojo Dizon]]: "Hi pls check temp and BP, send me. Is she drinking water?"
9:02a dtr: "38.4 po temp, bp 98/60. konti lang tubig"
9:05a RN: advised 911/ED - possible sepsis (Foley in place, UTI hx). Pt taken to Seton Medical Center. SBAR called to ED charge RN.
Home: [[ADDR|2450 Skyline Blvd Unit 14]], [[C|Daly City]] [[Z|94015]]
""",
)

note(
    "b18-12",
    "Tran Van Hung",
    """
HEPATOLOGY F/U
[[N|Trần Văn Hùng]] (chart: [[N|TRAN, HUNG VAN]])   MRN: [[MRN|H-2207781]]   DOB [[D|02-11-1959]]
Vietnamese interp in person.
CHB, HBeAg neg, DNA 2,140 IU/mL on TDF since 2013. AFP 4.1. US [[D|1/8]]: 1.8 cm lesion seg VI -> MRI LI-RADS 4. Child-Pugh A5, MELD 8.
Pt worried, says his brother died of "ung thư gan" in [[C|Đà Nẵng]]. Wife present.
Plan: multiphase MRI, tumor board [[D|2/3]]. Refer IR.
Insurance: Medicare Adv member ID [[HP|H5521-0093-847]].
Home [[ADDR|10682 Bolsa Ave Spc 41]], [[C|Westminster]] CA [[Z|92683]]. [[PH|(714) 555-0150]].
""",
)

note(
    "b18-13",
    "Conceicao Ferreira",
    """
MyChart message
From: [[N|Joselia Ferreira da Silva]]
To: Cardiology
Date: [[D|02/19/2025]] 6:14 AM

bom dia doutor sorry my english is not good. my mother [[N|Conceição]] is [[A|90]] years, she have falta de ar (shortness breath) at night since [[D|carnaval]], she sleep in the chair. the pills for water (furosemida) she take only half 1/2 because she go to bathroom too much. her feet very inchados. i can bring her [[D|friday]]? i work at [[C|Framingham]] until 3.
my phone [[PH|508 555 0177]] whatsapp
obrigada
[[N|Joselia]]

CMA note: spoke w/ dtr via Portuguese interp #[[ID|70215]]. Pt wt up 3 kg per dtr. Appt [[D|2/21]] 3:30 pm; ED if worse. MRN [[MRN|CV0091126]].
""",
)

note(
    "b18-14",
    "Amani Mukendi Bahati",
    """
PEDS NEW PT - REFUGEE (Swahili interp by phone)
Child: [[N|Amani Mukendi Bahati]]  DOB [[D|01/01/2016]]  MRN [[MRN|P-661092]]
Mother [[N|Neema Bahati]] reports child "anakohoa sana usiku" (coughs a lot at night).
Family from [[C|Uvira]] (South Kivu), then [[C|Nyarugusu]] camp, Tanzania, 8 yrs. Arrived [[D|30/09/2024]].
IOM overseas exam: TST 12 mm, CXR nl. IOM case # [[ID|TZ-DAR-2024-00571]].
Hgb 9.1, eos 14% -> stool O&P x3, Strongyloides + Schistosoma serology; presumptive albendazole/praziquantel given overseas.
Lungs: end-exp wheeze, no retractions. Trial albuterol MDI w/ spacer.
Mother's phone [[PH|(402) 555-0128]]; home [[ADDR|4110 S 24th St Apt 3]], [[C|Omaha]] NE [[Z|68107]]
""",
)

note(
    "b18-15",
    "Delbert Yazzie",
    """
PUBLIC HEALTH NURSING HOME VISIT   [[D|10/08/2024]]
Pt: [[N|Yazzie, Delbert R.]]  [[A|93]] yo M   HRN [[MRN|CH-044712]]   Census # [[ID|281-447-9]]
Directions: [[ADDR|HC 61 Box 218]], [[C|Many Farms]] AZ [[Z|86538]] - 4 mi past chapter house, L at blue water tank, 2nd hogan. No street addr. Ph: granddaughter [[N|Shandiin]] [[PH|928-555-0111]] (poor signal). Son lives in [[C|Chinle]].
Pt speaks Diné only, granddaughter interprets. States "t'áá ákót'éé" - feeling ok.
BP 156/88. BG 241. Meds: metformin 1000 BID, lisinopril 20. Insulin pen found in cooler, not refrigerated.
Wood stove, hauled water. Pt still herds sheep.
Plan: f/u Chinle Comprehensive Health Care Facility [[D|10/22]]; CHR [[N|Loretta Begay]] to visit weekly.
""",
    allow=("Chinle",),
)

note(
    "b18-16",
    "Jebro Lokeijak",
    """
FAMILY MED - Marshallese interpreter (staff)
Pt: [[N|Jebro Lokeijak]], 54M. MRN [[MRN|NW-330812]]. COFA migrant, from [[C|Ebeye]].
DM2 A1c 11.4. Hx TB tx 2018 (completed). Hansen's dz screen neg.
Wife [[N|Neimoj]] also our pt. Lives [[ADDR|812 N Thompson St Lot 22]], [[C|Springdale]] AR [[Z|72764]]. Works poultry plant 2nd shift.
AR Medicaid [[HP|AR73320118]] restored [[D|Jan 2025]].
Phone [[PH|479-555-0186]] ([[N|Neimoj]]'s cell).
Pt: "Ij jab melele" (I don't understand) re: insulin -> teach-back w/ interp.
Plan: start glargine 10u qHS, titrate 2u q3d to FBG <130, diabetes ed w/ interpreter, retinal exam. Monofilament nl today.
""",
)

note(
    "b18-17",
    "Hendrika van der Berg",
    """
SNF ADMISSION H&P   [[D|2025-01-09]]
Resident: [[N|van der Berg, Hendrika J.]]  age [[A|97]]  MR# [[MRN|SNF-10277]]  SSN [[SSN|381-44-0926]]
Transferred from St. Luke's after R hip hemiarthroplasty [[D|12/30]].
Born [[C|Utrecht]], emigrated 1952. Speaks Dutch when tired or confused.
HCP: son [[N|Pieter van der Berg]] [[PH|616-555-0140]].
PCP Dr. [[N|Friedrich von Stade]] - fax [[FX|616-555-0190]].
Medicare [[HP|7FJ2WN8CK34]].
A&O x2. Braden 14. WBAT RLE. Enoxaparin 40 daily x 4 wk. Hearing aid L. Hgb 9.4 post-op.
""",
)

note(
    "b18-18",
    "Chan Siu Ying",
    """
GERIATRICS CLINIC   [[D|Nov 3, 2024]]
Pt: [[N|CHAN Siu Ying]] ([[N|陳小英]]), also known as Mrs. [[N|Lau]]  F, [[A|99]]
Cantonese interp (#[[ID|C-1187]]). Pt from [[C|Taishan]], emigrated 1989.
Dtr-in-law manages meds; pt also takes herbal tea for "yeet hei".
ADL indep except bathing. MoCA 14/30 (Cantonese version). Falls x2 since [[D|Lunar New Year]].
Orthostatics neg. Vit D 14. TSH 2.1.
Addr [[ADDR|28 Oak St #5F]], [[C|Boston]] MA [[Z|02111]]. Home ph [[PH|617 555 0105]].
MassHealth [[HP|200471880923]]
Plan: vit D 2000 IU, home safety eval, PT.
""",
)

note(
    "b18-19",
    "Mahamat Abakar Idriss",
    """
FORENSIC MEDICAL EVALUATION - ASYLUM
Re: [[N|Mahamat Abakar Idriss]]   A-Number: [[ID|A 208-541-776]]
Removal proceedings, Immigration Court; hearing [[D|August 18, 2025]].
Attorney: [[N|Rachel Okafor-Lindqvist]], Esq., [[EM|rokafor@lindqvistlaw.example]]
Evaluator: [[N|Ilse Marquardt]], MD, NJ Lic. [[LIC|25MA09912300]]
Exam [[D|6/7/2025]], 3 h, French interpreter in person. Istanbul Protocol format.
Hx: from [[C|Abéché]], Chad. Reports detention ~10 wk in 2022, beaten with cable.
Exam: 3 linear hyperpigmented scars L forearm 4-6 cm, highly consistent w/ his account. Healed fx R 5th MC. PCL-5 61.
Current addr: c/o [[N|Abdelkerim Saleh]], [[ADDR|115 Mulberry St Apt 4]], [[C|Newark]] NJ [[Z|07102]].
""",
)

note(
    "b18-20",
    "Abdullahi Hassan Farah",
    """
MEASLES CONTACT INVESTIGATION - Case [[ID|MEA-25-0142]]
Index: [[N|Abdullahi Hassan Farah]] (19 mo) - rash onset [[D|3/29/25]], IgM +.
Exposure sites: Daryeel Mall [[D|3/30]] 2-5 pm; clinic waiting rm next day.
Household contacts:
1. mother [[N|Hawa Ali Jama]] - MMR x2 documented (Kenya card)
2. father - unk, titer drawn
3. sib 4y - MMR x1; MMR #2 given today
4. paternal grandmother ~[[A|90]] - born pre-1957, presumed immune
Language: Somali; PHN [[N|Sahra Mohamed]] called family [[PH|763-555-0152]].
Quarantine of sib through day 21. Address [[ADDR|6301 Bass Lake Rd #208]], [[C|Brooklyn Center]] MN [[Z|55429]].
""",
)

note(
    "b18-21",
    "Marie-Yolene Desravines",
    """
DOSSIER MÉDICAL - Mission médicale, [[C|Jérémie]] (Grand'Anse)
Date: le [[D|5 mars 2025]]
Patiente: [[N|Marie-Yolène Desravines]], 41 ans. No. dossier [[ID|JRM-0457]]
Motif: céphalées, TA 190/110. Pas de traitement depuis [[D|janvier]] (pharmacie fermée).
ATCD: HTA, AVC chez la mère (décédée aux [[C|Cayes]]). G4P4.
Examen: neuro normal, Glasgow 15, pas d'oedème. Glycémie 104.
Traitement: amlodipine 10 mg 1x/j, HCTZ 25 mg 1x/j, 90 jours donnés.
Suivi: agent de santé [[N|Wilner Pierre-Louis]], tél [[PH|+509 3755 0129]].
Époux [[N|Frantz]] accompagne.
Médecin: Dr [[N|Rose-Carmel Étienne]], lic. MSPP [[LIC|H-20331]]
Prochain RDV: [[D|avril]] (prochaine mission).
""",
)

note(
    "b18-22",
    "Mohammad Nasir Ahmadzai",
    """
AFGHAN SIV FAMILY - PRIMARY CARE NEW PT   [[D|11/20/2023]]
Pt: [[N|Mohammad Nasir Ahmadzai]] (surname added for visa; goes by first two names)
DOB [[D|01/01/1985]] per passport, pt unsure. SIV case # [[ID|KBL2023-556120]].
Dari interp via video #[[ID|44109]]. Wife and 3 children seen separately.
Worked as interpreter for US forces in [[C|Kandahar]]; evacuated via [[C|Doha]], arrived [[D|Sept 2023]].
C/o: nightmares, insomnia, LBP (blast injury 2011). PHQ-9 18. PCL-5 52. Tinnitus L.
Plan: sertraline 25 mg, refer Dari-speaking therapist, PT, audiology.
Addr [[ADDR|2900 S Glebe Rd Apt 611]], [[C|Arlington]] VA [[Z|22206]]; cell [[PH|571-555-0113]].
Medicaid [[HP|VA-190047325]]
""",
)

note(
    "b18-23",
    "Tika Maya Rai",
    """
CHW VISIT LOG (Nepali)   [[D|Tue 1/14]]
CHW: [[N|Bishnu Adhikari]]
Client: [[N|Tika Maya Rai]], F, [[A|92]] per camp card (DOB unk). Lives w/ grandson at [[ADDR|1457 Karl Rd Apt C]], [[C|Columbus]] OH [[Z|43229]].
From [[C|Beldangi]] camp, Jhapa, Nepal; resettled 2010.
Speaks Nepali only. C/o "dhukdhuki" (palpitations) and "gyastrik"; stopped omeprazole since [[D|Dashain]].
BP 176/94 - did not take amlodipine today (fasting). Pillbox: 3 of 7 days untouched.
Grandson phone [[PH|614-555-0195]]. Medicaid [[HP|900812447301]].
Plan: call PCP re BP, pillbox teaching w/ grandson, next CHW visit in 2 wk.
""",
)

note(
    "b18-24",
    "Oksana Kovalenko",
    """
U4U PAROLEE - NEW PT INTAKE   [[D|12/04/2023]]
[[N|Kovalenko, Oksana Mykolaivna]] / [[N|Коваленко Оксана Миколаївна]]
DOB [[D|23.08.1978]]   I-94 [[ID|218004456A1]]
Sponsor family in [[C|Fargo]], church-based.
From [[C|Kharkiv]]; arrived US [[D|11/15/2023]].
Mother, [[A|90]], still in [[C|Kharkiv]] - pt very anxious, GAD-7 15.
Hx: Graves disease s/p RAI 2015, now hypothyroid on levothyroxine 75 mcg (brought from Ukraine, 2 wk left). TSH pending.
Prefers English/Russian, interp declined.
PCP assigned: Dr. [[N|Nadia Graves]]. ND Medicaid [[HP|ND44017382]].
""",
    allow=("Graves",),
)

note(
    "b18-25",
    "Pa Nhia Xiong",
    """
FAMILY MED   [[D|04/09/2025]]
Pt: [[N|Xiong, Pa Nhia]]  [[A|91]] yo F  MRN [[MRN|RM77410]]
Hmong interp in person. Son [[N|Tou Vang]] and dtr-in-law present.
Family wants txiv neeb (shaman) ceremony before any surgery; hu plig (soul calling) done [[D|Saturday]].
Dx: symptomatic cholelithiasis, RUQ pain after fatty meals, Murphy sign neg today. Surgery recommends lap chole. Family declines for now, will discuss w/ clan elders.
Son [[N|Tou]] cell [[PH|651-555-0108]]; addr [[ADDR|887 Jessamine Ave E]], [[C|St. Paul]] MN [[Z|55106]]
Medicare [[HP|3WK9HN4TT17]]
Plan: low-fat diet handout (Hmong), ED precautions, recheck 3 wk.
""",
)

note(
    "b18-26",
    "Ngozi Adeyemi-Bakare",
    """
PORTAL ACCESS REVIEW - Privacy Office
Account holder: [[N|Ngozi Adeyemi-Bakare]]  Portal user: [[N|ngozi.ab]]  Acct [[ACCT|PT-00918244]]
Logins from [[IP|198.51.100.23]] and [[IP|203.0.113.87]] ([[D|2/6]], geolocated [[C|Ibadan]], Nigeria).
Pt states son in [[C|Ibadan]] reads her results for her; she gave him her password. Counseled re: proxy access.
Proxy form signed [[D|02/10/2025]]: proxy [[N|Babatunde Bakare]], [[EM|tunde.bakare77@mailbox.example]].
Pt ID verified: TX DL [[LIC|30418872]].
Password reset link sent: [[URL|https://portal.example-health.org/reset?u=ngozi.ab&t=88f2a1]]
No further action; ticket closed.
""",
)

note(
    "b18-27",
    "Caridad Rodriguez Valdes",
    """
DME DELIVERY / HOME O2 SETUP   [[D|9/17/24]]
Pt: [[N|Rodríguez Valdés, Caridad]]  age [[A|95]]  DME acct [[ACCT|DM-4471920]]
Addr: [[ADDR|1250 SW 8th St Apt 402]], [[C|Miami]] FL [[Z|33135]] ([[C|Little Havana]])
Concentrator 5 L, S/N [[DEV|IOC5-22A04918]]; E cylinders x4 w/ regulator.
Rx: O2 2 L NC continuous; SpO2 RA 86%, on 2 L 93%.
Nieta recibió instrucciones en español. No fumar en casa - el abuelo fuma tabacos en el balcón!!
Medicare [[HP|1EG4TE5MK72]].
Parking: nieta's car plate [[VEH|KJQ 4471]] in guest spot 12.
Tech callback [[PH|305-555-0133]]
""",
)

note(
    "b18-28",
    "various",
    """
INTERPRETER SERVICES - DAILY LOG   [[D|Wed 03/05/25]]
0800 Tigrinya VRI - [[N|Abrehet Kidane]] MRN [[MRN|5581023]] (OB) - done, 40 min
0830 Karen phone - Naw [[N|Paw Htoo]] (dental)
0900 Mam - [[N|Juana Pérez López]] - no Mam interp avail; Spanish used w/ pt consent, incident [[ID|IR-25-0312]]
1015 ASL onsite - [[N|Thaddeus Brooks]] - CDI + ASL team
1100 Arabic - [[N|Fatima al-Zahraa bint Yusuf]] MRN [[MRN|5531190]] - female interp requested
1330 Somali - no-show; called [[PH|612-555-0198]], no VM
1400 Portuguese - Sr. [[N|Valdemar Antunes]] - 2 h, cardiology
1500 Vietnamese - Bà [[N|Lý Thị Thu]] - canceled by clinic
Coordinator: [[N|kpetrosyan]]
""",
)

note(
    "b18-29",
    "Khadija Warsame Elmi",
    """
MyChart msg [[D|Sun 10/13/2024]] 9:47 PM
From: [[N|Ayaan Mohamud]] (proxy)

hi its [[N|ayaan]] again, my ayeeyo [[N|Khadija Warsame Elmi]] is [[A|100]] now (we think, her papers say [[D|1/1/1924]]) and she keeps waking up at nite asking for her brother who passed in [[C|Hargeisa]] long time ago. she dont know where she is. the seroquel makes her to sleepy in the day. my mom wants to know can we give only half. also she fell off the bed [[D|thurs]] no injury. we live [[ADDR|2727 Riverside Ave #1106]] [[C|Cedar-Riverside]]
pls call me [[PH|6125550125]]
thx
---
Reply next day, RN: ok to give 1/2 tab (12.5 mg) at bedtime only; bed alarm + low bed order sent. Appt w/ Dr [[N|Osman]] next wk.
""",
)

note(
    "b18-30",
    "Gurbachan Singh Sandhu",
    """
CARDIOLOGY CONSULT   [[D|08/27/2024]]
Pt: [[N|Gurbachan Singh Sandhu]], 79M. MRN [[MRN|00-4418-227]]. Punjabi interp in person.
Ref by Dr. [[N|Manjit Grewal]] (NPI [[ID|1790558123]]), fax [[FX|559-555-0131]].
Pt from [[C|Jalandhar]], farmer in [[C|Selma]] CA x 30 y. Wife [[N|Balwinder Kaur]] present.
"Chhati vich dard" w/ walking, relieved w/ rest. Stress echo + anterior ischemia, EF 55%. Cath at Adventist Health Selma.
Pt wears kara and turban - OK to keep on for cath per pt request.
Home [[ADDR|1123 Dockery Ave]], [[C|Selma]] CA [[Z|93662]].
""",
    allow=("Selma",),
)

note(
    "b18-31",
    "Akinyi Atieno",
    """
CRF SOURCE NOTE - site [[C|Kisumu]]   Visit wk 24   [[D|19 Aug 2024]]
Participant ID [[ID|KSM-0417-22]]
Trial: HOPE-PrEP (NCT05512847), arm B.
Ppt [[N|Akinyi Atieno]] (known as Mama [[N|Brian]]) came w/ CHV.
Lives [[C|Nyakach]], ~40 km from site; transport reimbursed KES 500.
Adherence: 28/30 pills by count; DBS sent ([[ID|DBS-KSM-88190]]). HIV rapid neg x2. Cr 0.8. No STI sx.
Reports partner working in [[C|Nairobi]] since [[D|July]]. Counseled on risk, condoms given.
Next visit wk 36.
Phone [[PH|+254 712 550 148]] (ppt's own, not shared).
Study clinician: [[N|W. Ochieng]], RCO Lic. [[LIC|CO-4471]]
""",
)

note(
    "b18-32",
    "Abdul-Rahman al-Ghamdi",
    """
TRAVEL CLINIC - HAJJ PREP   [[D|4/22/2025]]
Pt: [[N|Abdul-Rahman ibn Saeed al-Ghamdi]]  age [[A|90]]  MRN [[MRN|T-00931]]
w/ son [[N|Khalid Abdul-Rahman]] (traveling as caregiver)
Hajj visa # [[ID|6088123477]]
Itinerary: [[C|Detroit]] -> [[C|Jeddah]] [[D|May 28]], [[C|Makkah]] for Hajj, [[C|Madinah]] after; back [[D|6/17]].
Hx: CHF EF 35%, CKD3b, AF on apixaban. Walks w/ cane.
Counsel: heat illness, crowds; wheelchair for tawaf/sa'i recommended.
Given: MenACWY (required, cert given), flu, PCV20.
Letter for airline re: meds + CPAP (S/N [[DEV|J61R-220047]]).
""",
)

note(
    "b18-33",
    "Wilmer Ramirez Tzul",
    """
PUBLIC HEALTH - TB NONADHERENCE / LEGAL ORDER
Client: [[N|Ramírez Tzul, Wilmer]] (prefers "[[N|Wil]]")  DOB [[D|3-9-93]]  TB case [[ID|TB2025-0061]]
INH mono-resistant pulm TB, smear 2+. Q'eqchi' primary, some Spanish. Interp by phone.
Missed 11 of 20 DOT doses since [[D|2/10]]. Left shelter; located via employer in [[C|Dalton]].
Isolation order, Superior Court case no. [[ID|25-CV-00418]], signed [[D|March 21]].
Client drives gray pickup, plate [[VEH|TRV8821]].
Plan: incentives (gas card), video DOT on his phone, hotel voucher for isolation. Re-smear in 2 wk.
PHN: [[N|Carla Ybarra]], RN  Lic [[LIC|RN287734]]
""",
)

note(
    "b18-34",
    "Florentino Santiago Cruz",
    """
MOBILE CLINIC - FARMWORKER OUTREACH   [[D|7/16/2025]] night clinic @ labor camp
Pt: [[N|Florentino Santiago Cruz]]  ~45M  Mixteco (Tu'un Savi), some Spanish
Interp: [[N|Ofelia]] (promotora, from [[C|San Juan Mixtepec]])
From [[C|Juxtlahuaca]], Oaxaca. H-2A worker, Fresh Valley Farms; visa foil # [[ID|M7782014]]
CC: rash both forearms since spraying [[D|Monday]]; eye burning. Denies SOB.
Exam: erythematous papules, no bullae. Cholinesterase sent (specimen [[ID|CHE-40931]]).
Reported to state pesticide program (report # [[ID|PI-25-1177]]).
Wife [[N|Rufina]] in Mexico [[PH|+52 953 555 0141]].
Rx: triamcinolone 0.1%, artificial tears. Return to clinic van next wk.
""",
)

note(
    "b18-35",
    "Lolita Cabahug",
    """
MEDICAL MISSION - POST-TYPHOON   Brgy. [[C|Sulangan]], [[C|Guiuan]], E. Samar
Date [[D|Nov. 20, 2024]]   Team: Dr. [[N|Ma. Teresa Villanueva]] (PRC Lic [[LIC|0098231]]), RN [[N|Jun-Jun Abad]]
Pt #14: [[N|Lolita Cabahug]], [[A|93]]F - "hirap huminga" x3 days, fever. RR 28, SpO2 88%. Crackles R base. Dx CAP. Referred to provincial hospital, [[C|Borongan]], via barangay ambulance.
PhilHealth no. [[HP|12-050388412-7]]
Pt #15: [[N|Rogelio "Boy" Ladera]], 58M, laceration L leg from debris (nail) [[D|Nov 17]]. Tdap + TIG given, wound cleaned, amox-clav.
Pt #16: Baby Girl [[N|Cabahug]] (apo of pt #14), 8 mo, watery stools. ORS, zinc 10 mg x 14 d.
""",
)

note(
    "b18-36",
    "Do Thi Hoa",
    """
OCC MED - text from pt (translated by staff)
From [[PH|(281) 555-0138]] [[D|9/9]] 10:22pm:
"chào bác sĩ, em là [[N|Hoa]] làm ở tiệm nail. em bị khó thở nữa, tối qua phải xịt thuốc 4 lần. mai em có thể đến không?"
(Tr: Hello doctor, I'm [[N|Hoa]], work at nail salon. short of breath again, used inhaler 4x last night. can I come tomorrow?)
Pt: [[N|Đỗ Thị Hoa]] / [[N|DO, HOA THI]]  MRN [[MRN|OC-227104]]  DOB [[D|4/18/1990]]
Employer: Lotus Nails & Spa, [[C|Sugar Land]] (acrylic monomer, acetone exposure).
Spirometry [[D|8/12]]: FEV1 71% pred, BD response 14%.
WC claim # [[ID|TX-WC-25-448102]]. Adjuster [[N|Brenda Coyle]] fax [[FX|512-555-0176]].
""",
)

note(
    "b18-37",
    "Mohammad-Reza Hosseini",
    """
ENDO F/U   [[D|2025-03-24]]
[[N|Hosseini, Mohammad-Reza]]  DOB [[D|1342/07/15]] (Persian cal. = [[D|10/07/1963]])  MRN [[MRN|EN-118204]]
Wife translates some Farsi. Visiting daughter [[N|Niloofar]] from [[C|Tehran]] on B-2 visa.
Pt stopped insulin during [[D|Nowruz]] trip to [[C|Shiraz]]. A1c 9.8 (from 7.6).
Brought gliclazide 80 from Iran - ok to continue for now.
Plan: restart glargine 20u qHS, Libre 3 reader (S/N [[DEV|MBGA224-01718]]), diet review w/ dietitian; tahdig and rice portions discussed.
Addr [[ADDR|15500 Ventura Blvd Apt 8]], [[C|Encino]] CA [[Z|91436]].
""",
)

note(
    "b18-38",
    "Najwa Khoury",
    """
PORTAL MESSAGE [[D|12/27/2024]] 07:03
FROM: [[N|BOUTROS KHOURY]]
DEAR DR [[N|NAJJAR]] THIS IS [[N|BOUTROS]] MY WIFE [[N|NAJWA]] SHE IS [[A|91]] AND SINCE [[D|CHRISTMAS]] SHE HAVE THE DIARRHEA 6 7 TIMES. WE WERE AT MY SONS HOUSE IN [[C|DEARBORN HEIGHTS]] AND SHE EAT KIBBEH NAYYEH (RAW). I GIVE HER IMODIUM 2 TABS. NOW SHE IS WEAK. ALSO THE PACEMAKER CARD SAY [[DEV|PJN449218S]] DO I NEED TO SEND. YALLA PLEASE CALL [[PH|248 555 0199]].
GOD BLESS
[[N|BOUTROS]]
--
CMA [[N|lkassab]] 0815: pt wife sent to ED per Dr [[N|Najjar]] (age, dehydration). Husband verbalized understanding in Arabic/English.
""",
)

note(
    "b18-39",
    "Lana al-Homsi",
    """
PEDS WCC - NEW REFUGEE FAMILY   [[D|5/13/25]]
Pts: [[N|Lana al-Homsi]] 4F and sib [[N|Yamen al-Homsi]] 7M. Father present; Arabic interp in person.
Family from [[C|Homs]], then 11 yrs in a camp in Jordan, arrived [[D|3/4/25]].
Caseworker [[N|Jordan Pike]] ([[PH|713-555-0184]]).
[[N|Lana]]: wt 10th %ile, Hgb 10.2 -> iron. Lead 6.1 -> repeat 3 mo. Catch-up MMR, VAR, HepA.
[[N|Yamen]]: L hearing loss (blast 2016?), audiology ref. Dental caries++.
Medicaid [[HP|TX528441093]].
Addr [[ADDR|7600 Bissonnet St Apt 1215]], [[C|Houston]] [[Z|77074]].
Dad: "ma fi mushkila" - agrees w/ plan.
""",
    allow=("Jordan",),
)

note(
    "b18-40",
    "Winona Brave Heart",
    """
Pine Ridge IHS Hospital - ED NOTE   [[D|01/19/2025]] 0312
Pt: [[N|Winona Brave Heart]] 34F  HRN [[MRN|PR-0082714]]  Tribal ID [[ID|RST-044-19882]]
Brought from [[C|Kyle]] by cousin [[N|Lincoln Crow Dog]] in his truck (SD plate [[VEH|65A 2214]]).
Found outside house ~0130, air temp -18 C. Core 33.1. EtOH 287. GCS 13.
Warm IVF, forced-air warming. No frostbite. Cr 1.0.
Grandmother [[N|Hope Brave Heart]] ([[A|94]]) keeps pt's children; reached at [[PH|605-555-0115]]. Cousin lives in [[C|Pine Ridge]] village.
Dispo: admit, SW + BH consult; transfer to [[C|Rapid City]] if worsens.
ED RN [[N|tbluebird]]
""",
    allow=("Pine Ridge",),
)

note(
    "b18-41",
    "Yoshiko Tanaka",
    """
GERIATRIC HOUSE CALL   [[D|2/10/2025]]   [[C|Moiliili]]
Pt: [[N|Yoshiko Tanaka]] ([[N|田中芳子]]), aged [[A|102]]. Nisei, born [[C|Hilo]]. Widowed 1998.
Lives w/ dtr [[N|Joyce Nakamura]] (74) & son-in-law. English + some Japanese; answers "daijoubu" to everything.
Home: [[ADDR|2619 Kuilei St Apt 1503]], [[C|Honolulu]] HI [[Z|96826]]
Issues: 2 falls since [[D|Oshogatsu]]; no fx. Wt 38 kg (down 2 kg). HOH - hearing aids bilat.
BP 128/70, HR 64. Skin tear R forearm healing, steri-strips.
Medicare [[HP|5HN3QA6WK21]]
Dtr cell [[PH|808-555-0121]]. POLST on fridge: DNR/comfort-focused.
Plan: PT home safety, Ensure BID, next visit 4 wk.
""",
)

note(
    "b18-42",
    "Savitri Persaud",
    """
ADULT MED - [[C|Richmond Hill]], [[C|Queens]]   [[D|3/17/2025]]
Pt: [[N|PERSAUD, SAVITRI D.]] (Auntie [[N|Savi]])  age [[A|91]]  MRN [[MRN|RH-7702913]]
W/ grandson; pt speaks Guyanese Creole English. "Me foot a hurt me bad since [[D|Phagwah]]."
Hx DM2, neuropathy. R great toe ulcer 1.5 cm, no probe to bone. ABI 0.7. A1c 8.6.
Was in [[C|Georgetown]] [[D|Jan]]-[[D|Feb]] visiting family; used "bitters" from bush doctor.
Medicare [[HP|8RP6DF3XU55]].
Grandson email [[EM|rohan.ramdass@inbox.example]]
Podiatry ref; wound care in 1 wk; offloading shoe.
""",
)

note(
    "b18-43",
    "Akosua Mensah-Boateng",
    """
PRE-TRAVEL   [[D|June 2, 2025]]
[[N|Akosua Mensah-Boateng]] 67F (MRN [[MRN|FM-40118]]) and husband 71M - traveling to [[C|Kumasi]] for funeral of her mother, Nana [[N|Adwoa Serwaa]] (d. last month, age [[A|99]]).
Depart [[D|6/10]] to [[C|Accra]]; one-week funeral, return [[D|7/1]].
Both YF vaccinated 2016 (ICVP valid life). Malaria ppx: husband doxy 100 mg daily; pt on warfarin - A/P, INR check on return.
Contact in Ghana: nephew [[PH|+233 24 555 0193]].
Pt: "me da wo ase" 🙏
Addr [[ADDR|1860 Grand Concourse Apt 5K]], [[C|Bronx]] NY [[Z|10457]]
""",
)

note(
    "b18-44",
    "Maria da Luz Tavares Semedo",
    """
CHW LOG - Kriolu   [[D|10/2/24]]
CHW [[N|Djeni Fortes]] visited [[N|Maria da Luz Tavares Semedo]] (Nha [[N|Luz]]) at [[ADDR|61 Perkins Ave 3rd fl]], [[C|Brockton]] MA [[Z|02302]].
Born [[C|Praia]], Cabo Verde; came 1998. DM2, A1c 10.2. Says "N sta sinti kansadu" (I feel tired).
Not taking insulin since dtr moved to [[C|Pawtucket]] in [[D|August]].
Neighbor helps w/ groceries. Fridge: insulin pens expired.
MassHealth [[HP|100829337614]] recert due soon; helped fill form.
Referred pharmacy blister packs; called PCP office [[PH|508-555-0161]].
""",
)

note(
    "b18-45",
    "Jose Refugio Hernandez Olvera",
    """
SOCIAL WORK / FINANCIAL COUNSELING   [[D|1/30/2025]]
Pt: [[N|Hernández Olvera, José Refugio]]  MRN [[MRN|22810934]]  Acct [[ACCT|HB-991827433]]
No SSN. Docs: Matrícula Consular [[ID|MC-0081943772]]; CURP [[ID|HEOR780319HGTRLF09]]; ITIN [[ID|912-78-4410]].
Home in Mexico: [[ADDR|Calle Hidalgo 112, Col. Centro]], [[C|Dolores Hidalgo]], Gto., C.P. [[Z|37800]]
US: [[C|Grand Prairie]] TX, lives w/ cousin. Cel [[PH|469-555-0156]].
Emergency Medicaid app # [[ID|EMA-25-003381]]; charity care approved 100%. Bill for 3-day stay (DKA) written off.
""",
)

note(
    "b18-46",
    "Ousmane Demba Sow",
    """
MEDICAL TRANSFER SUMMARY - DETENTION HEALTH
Detainee: [[N|SOW, Ousmane Demba]]   A# [[ID|217-334-981]]   Booking # [[ID|B2025-044817]]
DOB [[D|12/31/1990]] per records (pt unsure)
Languages: Pulaar, French. Pulaar interp by phone.
From [[C|Kaédi]], Mauritania; entered near [[C|Eagle Pass]] [[D|9/2024]].
Transfer to another facility on [[D|02/14/2025]].
Problems: HTN (amlodipine 5). LTBI: IGRA+, CXR neg; 4R rifampin, 39/120 doses - CONTINUE w/o interruption.
Allergy: PCN (hives). BP today 138/86.
Family contact (brother, Mauritania) [[PH|+222 36 55 01 42]].
Sending clinician: [[N|M. Oduya]], NP, Lic. [[LIC|AP128845]]
""",
)

note(
    "b18-47",
    "Sanjida",
    """
REFUGEE CLINIC - FOLLOW UP   [[D|Aug 8 2024]]
Pt: [[N|Sanjida]] (one name only; EHR shows "FNU [[N|Sanjida]]")  MRN [[MRN|RC-118022]]  DOB [[D|01/01/1962]]
Rohingya: no certified interp - son [[N|Rafiq]] w/ pt consent + Bengali phone interp (partial).
Lived [[C|Kutupalong]] camp, [[C|Cox's Bazar]] 2017-2023. UNHCR case [[ID|BGD-17C-339104]]
Dx: HTN, new DM (A1c 8.9), dental abscess. Betel nut chewing daily.
Started metformin 500 BID - counseled w/ pictograms.
Addr: [[ADDR|3300 W Forest Home Ave #4]], [[C|Milwaukee]] WI [[Z|53215]]. Son's phone [[PH|414-555-0137]].
""",
)

note(
    "b18-48",
    "Sione Fifita",
    """
FAMILY MED   [[D|2025-02-06]]
Pt: [[N|Sione Fifita]] 49M  MRN [[MRN|RP-0553027]]
With wife and eldest son [[N|Viliami]] ("[[N|Vili]]"). Tongan at home; pt declined interp.
CC: gout flare R 1st MTP since church feast [[D|Sunday]] (lu pulu, lots of pork). Uric acid 10.4, Cr 1.6.
Hx DM2, HTN, OSA on CPAP (S/N [[DEV|23172804991]]). BMI 44.
Mother ([[A|92]]) lives in [[C|Nuku'alofa]]; pt plans trip for her birthday in [[D|April]].
Plan: pred taper (no NSAID - CKD), allopurinol after flare, less pork/seafood.
[[N|Vili]]'s cell [[PH|801-555-0170]]. Molina [[HP|MLN7720014]]
""",
)

note(
    "b18-49",
    "Anne-Marie Dorvilus",
    """
NURSING HOME - MONTHLY PROVIDER VISIT   [[D|01/21/2025]]
Resident: [[N|Dorvilus, Anne-Marie]]  [[A|96]] y/o  Rm 214-B  MR# [[MRN|NH004412]]
Haitian Creole only; CNA [[N|Nadège]] helps informally; formal interp via iPad.
Resident states "m pa ka dòmi, m santi kè m ap bat fò" (can't sleep, heart pounding).
HR 112 irreg. ECG: AF w/ RVR, new. CHA2DS2-VASc 4. Morse 55.
Son [[N|Jean-Robert Dorvilus]] ([[C|Miramar]]) [[PH|954-555-0148]]; dtr [[N|Mirlande]] in [[C|Port-au-Prince]] [[PH|+509 3412 0187]].
Plan: metoprolol 12.5 BID, TSH, discuss anticoag w/ son (fall risk).
Medicaid [[HP|1009832247]]; Medicare [[HP|6AD1XV7GM80]]
""",
)

note(
    "b18-50",
    "Zhou Guifang",
    """
WeChat message (screenshot scanned to chart [[D|2024-12-03]])
From: [[N|小美]] (WeChat ID: [[N|xiaomei_sf88]]), dtr of pt [[N|ZHOU Guifang]] ([[N|周桂芳]])
"医生您好，我妈妈[[A|93]]岁，昨天开始咳嗽发烧38.6，吃了泰诺。她住在[[C|Sunset District]]，我现在在[[C|深圳]]出差，[[D|周五]]回来. can she see dr [[N|Lam]] tomorrow? my husband can bring her. his phone [[PH|415-555-0139]]"
(Tr: Hello doctor, my mom is [[A|93]], cough and fever 38.6 since yesterday, took Tylenol. I am on a business trip, back [[D|Friday]].)
RN called in Mandarin: appt next AM 9:20 w/ PCP. MRN [[MRN|SF-30018822]].
""",
)

note(
    "b18-51",
    "Sok Chenda",
    """
BH INTAKE (Khmer interp in person)   [[D|7/22/24]]
Pt: [[N|Sok Chenda]] (family name [[N|Sok]]; chart listed "[[N|CHENDA SOK]]", corrected today), 63F
Survived Khmer Rouge era; came via [[C|Khao-I-Dang]] camp 1981. Lives in [[C|Cambodia Town]], [[C|Long Beach]].
Sx: "khyal" attacks (dizziness, neck soreness), nightmares, startle. PCL-5 58.
Husband died during [[D|Pchum Ben]] last year.
Daughter [[N|Sophea Sok-Martinez]] [[PH|562-555-0102]], [[EM|sophea.sm@fastmail.example]]
Medi-Cal [[HP|94412087B]]
Plan: prazosin 1 mg qhs, Khmer-language group on Thursdays, f/u 2 wk.
""",
)

note(
    "b18-52",
    "Santos Amador Reyes",
    """
SURGICAL BRIGADE - OR LIST   Hospital de Área, [[C|Siguatepeque]]   [[D|Martes 11/02/2025]]
1. [[N|Santos Amador Reyes]] 52M - R inguinal hernia, Lichtenstein repair - Dr. [[N|Kowalczyk]]
2. [[N|María de los Ángeles Funez]] 38F - lap chole - Dr. [[N|Kowalczyk]]
3. [[N|Olvin Javier Mejía Paz]] 7M - umbilical hernia - peds anesth
4. Doña [[N|Cleotilde Banegas]] [[A|90]]F - excision lipoma back (local only)
Exp. #: [[ID|SIG-25-014]] to [[ID|SIG-25-017]]
NPO after midnight; ASA II, II, I, III. Consents signed in Spanish.
US licence on file: Dr. [[N|Kowalczyk]] MI [[LIC|4301097731]].
""",
)

note(
    "b18-53",
    "Wendy Xiomara Alvarado",
    """
COMMUNICABLE DISEASE INVESTIGATION - HEPATITIS A
Cluster # [[ID|HAV-2025-07]]   Investigator: [[N|P. Okeke]], MPH ([[EM|pokeke@countyhealth.example]])
Case 3: [[N|Wendy Xiomara Alvarado]] 29F, packing shed worker, [[C|Immokalee]]. Jaundice onset [[D|6/3]]. IgM anti-HAV + (accession [[ID|L25-0611-4432]]). ALT 2,140.
Case 4: 41M, same shed, onset [[D|6/8]], accession [[ID|L25-0612-1187]]. Creole; interviewed via coworker.
HH contacts vaccinated [[D|6/11]] at [[ADDR|1201 Lake Trafford Rd Trlr 12]]: [[N|Alvarado]]'s 2 kids + partner.
Employer: Sunrise Packing (contact [[PH|239-555-0112]]). No food handlers among cases.
""",
)

note(
    "b18-54",
    "Berivan Ahmed Hama Amin",
    """
PRIMARY CARE   [[D|9/23/2024]]
Pt: [[N|Berivan Ahmed Hama Amin]] 44F  MRN [[MRN|NS-7730021]]. Kurdish (Sorani) interp by phone #[[ID|18822]].
From [[C|Sulaymaniyah]], Iraq; in US since 1997. Lives in [[C|Little Kurdistan]] area.
CC: "serim dêşê" (headache) x 3 wk, worse mornings. Thal minor, migraine hx.
Widowed [[D|Newroz]] 2019. Son (22) drives her.
ID checked: TN DL [[LIC|118440293]].
TennCare [[HP|TC0018829341]]. Addr [[ADDR|4800 Nolensville Pike Apt 113]], [[C|Nashville]] TN [[Z|37211]].
Plan: neuro exam nl, fundi nl; headache diary, limit NSAIDs, PHQ-9 next visit.
""",
)

note(
    "b18-55",
    "Rejean Gagnon",
    """
URGENT CARE   [[D|2025-02-17]]   [[C|Hallandale Beach]], FL
Pt: [[N|Gagnon, Réjean]] 81M, from [[C|Trois-Rivières]], QC
RAMQ [[HP|GAGR 4303 1218]]; travel insurance card in chart
Speaks French; wife [[N|Ginette]] interprets ("il a mal au ventre depuis [[D|mardi]]").
Exam: LLQ tender, T 38.1. WBC 13.2. CT: sigmoid diverticulitis, no abscess.
Rx: amox-clav 875 BID x 7 d, clear liquids.
Home: [[ADDR|455 rue des Forges]], [[C|Trois-Rivières]] QC [[Z|G9A 2H5]].
Cell [[PH|819-555-0149]]. Billing acct [[ACCT|UC-20250217-0442]].
F/u w/ family MD on return in [[D|avril]].
""",
)

note(
    "b18-56",
    "Hawa Adam Abakar",
    """
SCANNED LETTER - handwritten by pt, translated from Arabic by staff ([[D|3 Feb 2025]])
"To the doctor [[N|Lindgren]], I am [[N|Hawa Adam Abakar]] from [[C|Geneina]]. My mother is [[A|90]] years or more, she is still in [[C|Adré]] camp in Chad and she is sick with the sugar. Please write a letter for the embassy, visa case [[ID|NDJ2024-711-08]]. My children go to school here and I work in chicken plant. Sometimes I cannot sleep because of the things in [[C|Geneina]]. Thank you. [[N|Hawa]]"
Clinician note: mother not eligible for I-730; referred to legal aid [[PH|817-555-0146]]. PHQ-9 16 -> BH referral. MRN [[MRN|FW-4410296]].
""",
)

note(
    "b18-57",
    "Dana McAllister-Quispe",
    """
TRAVEL CLINIC - STUDENT HEALTH
[[N|McAllister-Quispe, Dana]]  Student ID [[ID|U00884127]]  DOB [[D|11/02/2004]]
Study abroad: [[C|Lima]] [[D|Jan 6]] -> [[C|Cusco]] til [[D|3/15]] (3,400 m) -> [[C|Iquitos]].
Host family: [[ADDR|Calle Tecsecocha 418]], [[C|Cusco]].
Vaccines: YF, typhoid oral, HepA #2, rabies PrEP (2 doses, 7 d apart).
Altitude: acetazolamide 125 mg BID, start 1 d before. Malaria: A/P for Amazon.
T1DM on pump (Tandem t:slim X2, S/N [[DEV|1187442]]) - letter for airport security + spare supplies.
Emergency contact: mom [[N|Rosa Quispe]] [[PH|(505) 555-0165]]
""",
)

note(
    "b18-58",
    "Stanislaw Kowalski",
    """
RX - CONTROLLED SUBSTANCE (faxed)   [[D|10/30/2024]]
Prescriber: [[N|Agnieszka Wiśniewska]], MD   DEA [[LIC|BW4418270]]   NPI [[ID|1538294401]]
Pt: [[N|Kowalski, Stanisław]]  age [[A|92]]  SSN [[SSN|329-61-7054]]
Addr [[ADDR|5841 W Belmont Ave Apt 2]], [[C|Chicago]] IL [[Z|60634]]
Rx: oxycodone 5 mg 1/2-1 tab q6h prn pain, #30, no refills. Dx: L1 compression fx.
Picked up by dtr-in-law Pani [[N|Bożena]], IL DL [[LIC|K234-8810-4471]].
Pharmacist RPh Lic [[LIC|051.294417]]
Fax from [[FX|773-555-0175]]. PMP checked, no other opioid fills in 12 mo.
""",
)

note(
    "b18-59",
    "Byron Estuardo Ixcoy Tum",
    """
ORR CARE PROVIDER - INITIAL MEDICAL EXAM
Minor: [[N|Byron Estuardo Ixcoy Tum]]  16 y per birth cert  A# [[ID|A241558063]]
K'iche' primary, limited Spanish. K'iche' phone interp (#[[ID|K-229]]).
From aldea [[C|Chuicacá]], [[C|Totonicapán]]. Entered near [[C|Sásabe]] [[D|8/19/24]]; CBP custody 4 d.
IME [[D|8/26/24]]: wt 48 kg, Hgb 11.8, IGRA neg, RPR neg. Scabies - permethrin. Varicella exposure in dorm, no hx dz -> vaccinated.
Sponsor (uncle) [[N|Marvin Ixcoy]], [[C|Omaha]] NE, [[PH|402-555-0193]].
Case mgr [[N|Lucía Benavides]], [[EM|lbenavides@shelter-net.example]]
""",
)

note(
    "b18-60",
    "Abul Kalam Chowdhury",
    """
DIABETES ED - PRE-[[D|RAMADAN]]   [[D|2/20/2025]]
Pt: [[N|Chowdhury, Abul Kalam]]  [[A|91]] yo M  MRN [[MRN|QH-8802146]]
Son interprets Sylheti per pt preference; phone interp for consent.
Pt insists on fasting all of [[D|Ramadan]] (expected to begin ~[[D|March 1]]).
A1c 8.1 on glipizide 10 BID + metformin. Very high risk (age, CKD3, hypoglycemia last winter).
Plan: stop glipizide during fast, metformin 1000 at iftar; check BG at suhoor and mid-afternoon; break fast if BG <70 or >300. Dates (fruit) at iftar - max 3.
Lives [[ADDR|87-14 Parsons Blvd Apt 3D]], [[C|Jamaica]], [[C|Queens]] NY [[Z|11432]].
Medicare [[HP|9QJ1MC3RA66]]. Son cell [[PH|347-555-0114]]. RTC after [[D|Eid]].
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
