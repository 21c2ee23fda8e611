#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind14.jsonl.

Blind set 14: hospital operations and mixed-source text.  Nursing hand-offs,
bed-management and transfer logs, case management and utilisation review,
infection-prevention line lists, safety event reports, critical-value calls
from lab and pharmacy, blood bank, patient transport, ED security and police
reports, patient-relations complaints, interpreter logs, HIM coding and
release-of-information queries, research screening / EDC logs, tumour-registry
abstracts, organ and tissue donation, autopsy and death-certificate worksheets
and family letters.  Many notes are pipe-delimited, CSV-like or pasted EHR
headers.  Ages over 89, health-plan numbers, licence numbers, record and case
identifiers and city names (small towns, neighbourhoods, foreign cities) are
deliberately frequent.

Annotation conventions (HIPAA Safe Harbor):
* NAME: patients, relatives, friends, caregivers and staff, including
  nicknames, initials standing for a person, log-in names, handles and
  privacy aliases.  Titles (Dr., Mrs., Ofc., Fr.) and credentials stay
  outside the span, as does the "@" of a handle.  Celebrities and names
  inside facility or company names are not marked.
* DATE: every date element more specific than a year, including month+year,
  a lone month, weekday or holiday used as the date of an event.  Bare years,
  times, durations and recurring schedules (MWF) are not marked.
* AGE: ages over 89 only, the number alone ("[[A|93]] y/o", "in his [[A|90s]]").
* PHONE / FAX: whole number, extension inside the span.  SSN, MRN,
  HEALTH_PLAN (MBI, Medicaid, plan member / policy numbers), ACCOUNT,
  LICENSE (driver's, professional, DEA, EMT, funeral director), DEVICE
  (implant / equipment serials and asset tags), VEHICLE (plates, VINs),
  EMAIL, URL, IP.  Any other record-level code (accessions, case, claim,
  badge, request, encounter, trial subject / screening numbers, NPIs, blood
  unit numbers, court dockets) is ID.
* ADDRESS: street number + street, unit, PO box, rural route; CITY: cities,
  towns, neighbourhoods (US and foreign); ZIP.  States, countries and
  counties are not marked.
* Not marked: facility, company, agency and police-department names (a town
  inside one stays unmarked and is listed in ``allow`` when it recurs),
  eponyms, room / bed numbers, drug and device models, trial names and NCT
  numbers, staging, scores, lab values, gene variants, codes, bare years.

Stdlib only.  Run: python bench/data/make_deid_blind14.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind14.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b14-01",
    "Adebayo Oyelaran",
    """
SBAR HANDOFF  4 West  0645
To: day RN (4W-B pod)   From: night RN, bedside report done
Pt: [[N|OYELARAN, Adebayo]]  [[A|93]] y/o M  MRN [[MRN|00418827]]  Rm 4112-B
S: POD 2 R hip hemiarthroplasty, adm [[D|11/02/2024]] after fall at home in [[C|Dorchester]].
B: CHF EF 35%, AFib on apixaban (held), CKD3. Lives w/ daughter [[N|Funmi]] ([[PH|617-555-0132]]).
A: VSS overnight, BP 128/74, HR 88 irreg, SpO2 94% 2L NC. Pain 3/10 after oxycodone 2.5 mg 0200. Foley d/c'd 0500, due to void by 1100. Mild confusion ~0300, reoriented; CAM neg this am.
R: PT eval today, recheck Hgb (8.1 yest). Daughter asking re rehab in [[C|Quincy]] -- CM aware, SNF list given. Son [[N|Tunde]] calling from [[C|Lagos]] tonight, ok to give update per pt (release form on chart [[D|11/3]]).
""",
)

note(
    "b14-02",
    "Harland J Pierce",
    """
BED MGMT BOARD EXPORT  [[D|2024-07-19]] 14:20
REQ# | PATIENT | AGE | FROM | TO | LOC | STATUS
[[ID|BR-55107]] | [[N|PIERCE, Harland J]] | [[A|91]] | ED 14 | 6W med | tele | pending EVS, bed 6W-618 dirty
[[ID|BR-55114]] | [[N|Lindqvist, Sven]] | [[A|98]] | OSH-[[C|Bridgton]] | MICU | ICU | accepted, ETA 1600
[[ID|BR-55120]] | [[N|Hope, Summer]] | 58 | ED 3 | obs | med | hold - contact isolation (MRSA), needs private
Board last refreshed 14:18. ED boarding 9, PACU holds 2, 3 pending d/c by 1500.
Notes: [[N|PIERCE]] needs 1:1 sitter (CIWA 14, pulled IV x2), dtr [[N|Renee Pierce]] at bedside, cell [[PH|(207) 555-0178]].  MICU transfer coming via LifeFlight on norepi 0.1, intubated.
""",
)

note(
    "b14-03",
    "Delbert Coons",
    """
TRANSFER CENTER CALL LOG    Case [[ID|TC24-08815]]
Rec'd [[D|08/03/24]] 0212 by transfer RN (line 3)
Referring MD: Dr [[N|Priya Raghunathan]], hospitalist, Mercy Fort Scott -- callback [[PH|620.555.0119]]
Pt: [[N|Delbert Coons]], [[A|94]]M, DOB [[D|02/11/1930]], Medicare MBI [[HP|3TK9-QW2-HN41]]
Dx: NSTEMI, trop 2.4 -> 5.8, cr 2.1. Family wants cath if offered. DNR but OK w/ procedures.
Accepting: Dr [[N|Eitan Shavit]] (cards), bed CCU-9. Mode: ground ALS, ETA 0530.
Family: wife staying in [[C|Fort Scott]] tonight; grandson will drive up in AM.
""",
    allow=("Fort Scott",),
)

note(
    "b14-04",
    "Lincoln T. Greer",
    """
CASE MANAGEMENT NOTE  [[D|10-22-2024]]
Pt [[N|Greer, Lincoln T.]] 79M, adm [[D|10/18]] for COPD exac.
Ins: Humana Gold Plus HMO, member ID [[HP|H48812093-01]]; secondary Medicaid [[HP|CT 044 718 263]].
Home: [[ADDR|58 Tanner Hill Rd]], [[C|Moodus]], CT [[Z|06469]] -- 2nd floor walk-up, 14 steps.
Support: partner [[N|Jordan Ames]] works nights; neighbor checks daily.
Plan: home w/ VNA (ref faxed to [[FX|860-555-0164]]), home O2 2L via Apria, concentrator serial [[DEV|AP7K-229104]]. Pt declines SNF. F/u PCP Dr [[N|Ana Ferreira-Lowe]] within 7d.
Barriers: no car since license suspended (DL [[LIC|172 889 041]] per pt). Arranged Dial-A-Ride for f/u.
CM: RN CCM, pager on file
""",
)

note(
    "b14-05",
    "Thandiwe Mokoena",
    """
UR REVIEW -- InterQual Acute Adult
Payer: BCBS Federal, Pol # [[HP|R60718834]], auth ref [[ID|UM-2024-771903]]
Pt: Ms. [[N|Thandiwe Mokoena]], F, [[A|90]], acct [[ACCT|70022418356]]
Admit [[D|Feb 2]] obs -> inpt [[D|Feb 4]]; criteria met day 2 (IV abx, lactate 3.1, WBC 18.2).
Day 3 [[D|2/5]]: afebrile, PO abx, ambulating 40 ft w/ walker. Criteria NOT met for continued stay; secondary review sent to physician advisor.
Peer-to-peer scheduled w/ payer MD Dr [[N|Gwendolyn Ashby]] [[D|Thurs]] 1530, line [[PH|800-555-0186 ext 4471]].
MOON notice given; pt and dtr aware of possible obs status and SNF 3-day rule.
Reviewer: UR RN, 2nd level pending
""",
)

note(
    "b14-06",
    "Teresa Wojcik",
    """
IP LINE LIST -- C. diff cluster 6N  (export from surveillance system)
"name",age,unit,onset,specimen,toxin/PCR,ribotype,class
"[[N|WOJCIK, Teresa]]",[[A|92]],6N-09,[[D|2025-03-11]],[[ID|C25-118402]],+/+,027,HO-CDI
"[[N|DIALLO, Mamadou]]",71,6N-14,[[D|2025-03-14]],[[ID|C25-120377]],-/+,027,CO-HCFA (SNF, [[C|Braintree]])
"[[N|FOSTER, Brooks]]",[[A|96]],6N-11,[[D|2025-03-17]],[[ID|C25-123915]],+/+,pending,HO-CDI; roommate of index case
Action: terminal clean w/ bleach 6N-09/11/14; UV disinfection; hand hygiene audits q shift (baseline 78%); IP [[N|dmcallister]] to notify unit mgr and antimicrobial stewardship.
""",
)

note(
    "b14-07",
    "Augustine Baptiste",
    """
SAFETY EVENT REPORT  #[[ID|SE-24-03391]]  Type: Fall w/ injury (harm: minor)
Event date: [[D|Sunday 6/9/2024]] approx 2215   Location: 3 South rm 318
Patient: [[N|Augustine Baptiste]], age [[A|97]], MRN [[MRN|M0089214]]
Description: pt found on floor beside bed by PCA [[N|Shay]]; bed alarm was off. States he "was going to the bathroom". Small lac L eyebrow, CT head neg. Morse 65.
Reported by: [[N|Mwangi, Esther]] RN   Charge RN notified
Notified: Dr [[N|Tran]] 2230, son [[N|Jean-Marc Baptiste]] [[PH|+1 (504) 555-0121]] at 2300.
Contributing: sundowning, new trazodone 50mg, 1:1 sitter request declined by staffing office on [[D|6/9]] eve.
""",
)

note(
    "b14-08",
    "Mae Holloway",
    """
CRITICAL VALUE NOTIFICATION -- CORE LAB
Accession [[ID|24-CH-0771845]]   Collected [[D|12/14/24]] 0412
Pt [[N|HOLLOWAY, Mae]] (F, [[A|99]])  MRN [[MRN|011-76-332]]  loc: ICU2-07
Result: K 6.9 mmol/L (crit >6.0), hemolysis index 0 (not hemolyzed). Also iCa 0.88 -- called together.
Called to: [[N|Bexley]] RN at 0441, read-back confirmed; RN to page Dr [[N|Oyewole]].
Tech: [[N|lchen]] (tech ID [[ID|T4471]])
Prior: K 5.4 on [[D|12/13]] 1800; repeat ordered STAT as accession [[ID|24-CH-0771902]].
Comment: 2nd critical on this pt in 12h -- QA flag per policy LAB-114.
""",
)

note(
    "b14-09",
    "Rafael Quintero",
    """
PHARMACY INTERVENTION -- critical drug level
[[D|Jan 9 2025]] 1605  pharmacist [[N|Nadia Haddad]], PharmD
Pt [[N|Quintero, Rafael]] [[A|90]] yo M, wt 58 kg, acct [[ACCT|A55901482]]
Issue: vancomycin trough 31.4 (goal 15-20) after 1250 mg q12h; SCr 1.1 -> 2.3.
Action: held 1800 dose, paged Dr [[N|Osei]] (pgr [[PH|312-555-0140]]) 1612, agreed. Random level [[D|1/10]] AM, re-dose per level. Nephrotox review: also on pip-tazo -> suggest cefepime.
Outpt rx on file from Dr [[N|Ruelas]], DEA [[LIC|BR4471823]], for gabapentin 300 TID -- renally adjust.
Wife asked re hearing loss; educated.
Logged as alert #[[ID|VG-238871]].
""",
)

note(
    "b14-10",
    "Nguyen Thi Lan",
    """
BLOOD BANK -- TRANSFUSION SERVICE CONSULT
Pt: [[N|Nguyen Thi Lan]]  DOB [[D|1931-05-02]]  ([[A|93]])  MRN [[MRN|20117745]]
Type & screen [[ID|BB24-55102]]: O neg, anti-K and anti-Jka identified. Hx: 6 pregnancies; transfused in [[C|Da Nang]] 1975.
Crossmatch: 2 units K-/Jka- located via Red Cross ref lab, unit #s [[ID|W0421 24 118803 4]], [[ID|W0421 24 118811 7]].
Bld bank MD reviewed; DAT neg, no prior reactions.
Daughter [[N|Kim Nguyen]] (HCP) consented by phone, [[PH|(781) 555-0150]]; she lives in [[C|Dedham]] and will be present.
Transfuse slowly, 1 unit over 3h, furosemide 20 IV between units.
""",
)

note(
    "b14-11",
    "Otto Ziegler",
    """
PT TRANSPORT REQUEST  [[ID|TR-0091734]]
Requested [[D|Tue 09/17]] 0930 by unit 7E (unit sec)
Patient: [[N|ZIEGLER, Otto]] | [[A|95]]y | MRN [[MRN|E7732019]] | Rm 7E-22
From: 7E  To: Nuc Med (HIDA)  Mode: stretcher, O2 2L, tele box #14
Precautions: fall risk, hard of hearing (L aid), speaks German primarily -- grandson [[N|Felix]] to meet at Nuc Med.
Dispatched: [[N|Marcus]] "[[N|Tiny]]" [[N|Bell]] 0947; returned 1132.
Comment: delay 25 min, elevator B down. [[N|Bell]] reports pt asked for his late wife during transport; RN [[N|Paloma]] informed.
""",
)

note(
    "b14-12",
    "Travis Lee Dunmore",
    """
ED SECURITY INCIDENT REPORT  No. [[ID|SEC-2024-1187]]
Date: [[D|11/28/2024]] ([[D|Thanksgiving]])  Time: 2340  Officer: [[N|D. Kowalczyk]], badge [[ID|4471]]
Subject: [[N|Travis Lee Dunmore]], 34M, DOB [[D|3/2/1990]], CT DL [[LIC|228471903]]
Vehicle: gray Silverado, plate CT [[VEH|AK 77213]], parked in ambulance bay.
Narrative: subject became verbally aggressive in triage after long wait for girlfriend (ESI 3), struck glass partition. Code Gray called. Norwich PD Ofc. [[N|Reyes]] #[[ID|311]] responded; subject escorted off campus.
Witnesses: triage RN, registration clerk.
Trespass notice issued, valid 1 yr.
""",
)

note(
    "b14-13",
    "Dmitri Volkov",
    """
ED -- POLICE CUSTODY / LEGAL BLOOD DRAW
[[D|May 5th]] 0315. Yonkers PD Det. [[N|Alvarez]] (shield [[ID|2281]]) presented warrant [[ID|W-24-006613]] for BAC draw on pt [[N|Dmitri Volkov]], 41M, in custody.
Pt ID'd by NY DL [[LIC|742 118 630]] and PD booking sheet.
Draw by [[N|M. Osei]], RN at 0322, sealed kit handed to Det. [[N|Alvarez]] w/ chain-of-custody form.
Pt c/o R hand pain -- XR: boxer's fx 5th MC. Splinted. Pt requests call to mother [[N|Galina]] in [[C|Brighton Beach]], [[PH|718-555-0193]]; per police, may call after processing.
""",
)

note(
    "b14-14",
    "Hazel Abernathy",
    """
PATIENT RELATIONS -- GRIEVANCE FILE [[ID|PR-25-0319]]
Received: [[D|01/06/2025]] via email from [[EM|ruthie.abernathy55@gmail.com]]
Complainant: [[N|Ruth Abernathy]] (daughter) re: mother [[N|Hazel Abernathy]], [[A|101]], adm [[D|12/22/2024]] x 8 days
Summary: states mother left in soiled brief for "hours" on [[D|Christmas Eve]], dentures lost (not in belongings), and d/c summary listed wrong PCP.
Response: ack letter mailed to [[ADDR|4 Sycamore Ct, Apt 2]], [[C|Ludlow]] VT [[Z|05149]]. Denture reimbursement claim [[ID|CLM-88314]] opened w/ Risk Mgmt.
Owner: Pt Rel Specialist; f/u call within 7 business days per CMS grievance rule.
""",
)

note(
    "b14-15",
    "Marie-Claire Jean-Baptiste",
    """
INTERPRETER SERVICES LOG  week of [[D|4/14/25]]
Date|Time|Lang|Mode|Pt|Interp|Dept|Min
[[D|4/14]]|0905|Haitian Creole|in-person|[[N|Jean-Baptiste, Marie-Claire]]|[[N|Fabienne]] (staff)|OB|45
[[D|4/14]]|1320|Somali|video|[[N|Warsame, Hodan]]|VRI|Peds|30
[[D|4/15]]|1010|Vietnamese|phone|[[N|Pham, Duc]]|LanguageLine|Onc|60
[[D|4/16]]|1545|Portuguese|in-person|[[N|Sousa, Conceição]]|[[N|Joaquim]]|Geri (pt [[A|92]])|40
Note: [[N|Warsame]] family declined VRI for consent, requested in-person; VRI dropped x2 (wifi 2nd fl). Total min this wk 175.
""",
)

note(
    "b14-16",
    "Francis X Brannigan",
    """
HIM CDI / CODING QUERY   Query ID [[ID|Q-2025-004417]]
To: Dr. [[N|Sunita Venkataraman]] (attending)   From: [[N|Jolene Marsh]], CCS   Sent [[D|02.19.2025]]
Encounter [[ID|E100447812]] -- Pt [[N|BRANNIGAN, FRANCIS X]], [[A|91]]yo, DOS [[D|02/10/2025]] - [[D|02/15/2025]]
Clinical indicators: Na 124 on adm, 128 on [[D|2/12]], treated w/ fluid restriction + salt tabs; "AMS" documented x3.
Question: Please clarify the diagnosis being treated: [ ] hyponatremia  [ ] SIADH  [ ] other ____  [ ] unable to determine.
Also: "metabolic encephalopathy" vs "delirium d/t dementia" -- please specify in addendum.
Response due [[D|2/21]]. Reply via In Basket pool HIM-CDI.
""",
)

note(
    "b14-17",
    "Screening log HEART-FIT",
    """
SCREENING LOG -- HEART-FIT trial (NCT05512397)  site 014
Coordinator: [[N|Amara Nwosu]], CCRC   updated [[D|6/30/2024]]
Scr# | initials | age | eligible | reason
[[ID|014-0088]] | [[N|R.J.]] | 78 | N | eGFR 22 (<30)
[[ID|014-0089]] | [[N|M.T.P.]] | [[A|90]] | N | age >85 exclusion
[[ID|014-0090]] | [[N|H.W.]] | 66 | Y | consented, subj ID [[ID|HF-014-031]]
[[ID|014-0091]] | [[N|D.O.]] | 71 | N | declined -- wife [[N|Cheryl]] worried re drives from [[C|Schenectady]]
Totals: screened 4, eligible 1, randomized 0 (LVEF 40-49% arm closed).
Next: re-screen first pt if eGFR improves.
""",
)

note(
    "b14-18",
    "Vivienne A Okafor-Blythe",
    """
TUMOR REGISTRY ABSTRACT (NAACCR v24)
Accession no: [[ID|2024-00318]]   Seq: 00
Name: [[N|OKAFOR-BLYTHE, Vivienne A]]   SSN: [[SSN|542-18-0937]]
DOB: [[D|19330812]]   Age at dx: [[A|90]]   Sex: F
Addr at dx: [[ADDR|1207 Larkspur Ln]], [[C|Sun City West]], AZ [[Z|85375]]
Date of dx: [[D|10/04/2023]]   Primary: C50.4 breast UOQ, L   Histology 8500/3   Grade 2
Stage: cT2 cN0 M0, ER+/PR+/HER2-; AJCC 8th IIA
Tx: letrozole start [[D|10/2023]]; surgery declined (age/preference).
Managing MD: Dr [[N|Kwabena Asante]]; f/u contact: niece [[N|Corinne Blythe]] [[PH|623-555-0102]].
Abstract complete; QC pending.
""",
)

note(
    "b14-19",
    "Caleb Winslow",
    """
OPO REFERRAL -- New England Donor Services
Referral #[[ID|NEDS-24-118804]]  Called [[D|09/02/24]] 0512 by ICU charge RN (trigger: GCS<5)
Pt: [[N|Caleb Winslow]], 27M, MRN [[MRN|KH3300918]], GCS 3T after MVC on I-91 near [[C|Brattleboro]] [[D|Labor Day]] wknd.
Vent, off sedation x 12h, pupils fixed. Brain death exam #1 planned 0900 (apnea test after).
Registry: pt is registered donor (VT DMV, DL [[LIC|88231046]]). Vehicle VIN [[VEH|1FTFW1E50KFA19327]] per state police.
Family: parents [[N|Rob]] and [[N|Jeanine Winslow]] en route from [[C|Keene]]; sister at bedside.
OPO coordinator cell [[PH|857-555-0116]]. Huddle 1000 w/ SW and chaplain.
""",
)

note(
    "b14-20",
    "Earl Dean Whitaker",
    """
AUTOPSY WORKSHEET -- Office of the Chief Medical Examiner
Case [[ID|ME-25-00412]]   Decedent: [[N|Whitaker, Earl Dean]]   Age [[A|92]]   Sex M
DOD: [[D|01/27/2025]] (found by neighbor [[N|Pauline]], pronounced 1120 by EMS)
Residence: [[ADDR|RR 2 Box 41]], [[C|East Millinocket]], ME [[Z|04430]]
ID: visual by nephew [[N|Gordon Whitaker]]; prints match DL [[LIC|4418807]]
External: 168 cm, 61 kg. Healed midline scar; pacemaker L chest, Medtronic Azure, serial [[DEV|PZV618274G]] explanted, returned to mfr.
Internal: 3-vessel CAD (LAD 90% stenosis), old posterior MI; no trauma.
Pathologist: [[N|A. Lindgren]], MD
""",
)

note(
    "b14-21",
    "Marguerite L. Fontaine",
    """
DEATH CERTIFICATE WORKSHEET (physician section)
Decedent: [[N|Marguerite L. Fontaine]]   Age: [[A|104]]   Sex F
Date of death [[D|Nov 11, 2024]] 0340 ([[D|Veterans Day]]); Place: Maplewood Hospice House, [[C|Biddeford]]
Usual residence: [[ADDR|22 Pool St]], [[C|Biddeford]], ME [[Z|04005]]
Informant: [[N|Yvette Fontaine-Roy]] (granddaughter), [[PH|207 555 0147]]
Part I: a) aspiration pneumonia (days) b) advanced Alzheimer dementia (yrs)
Part II: CKD stage 3, hypothyroidism
Manner: natural. Autopsy: no. ME notified: not required.
Certifier: [[N|Rajesh Iyer]], MD, lic. [[LIC|MD 21455]]
Funeral home: Hope Memorial Chapels -- director fax [[FX|207-555-0199]]
""",
)

note(
    "b14-22",
    "Clement Oduya",
    """
[[D|March 3, 2025]]

Dear Mrs. [[N|Oduya]] and family,

On behalf of the staff of the 5 North Cardiac Unit, we want to tell you how sorry we were to hear of [[N|Clement]]'s passing on [[D|February 20th]]. In his [[A|90s]] he still out-walked most of our patients in the hallway, and he always asked after his granddaughter at college in [[C|Ann Arbor]].

If you would like to talk with someone, our bereavement coordinator [[N|Lisbeth Haugen]] can be reached at [[PH|(414) 555-0125]] or [[EM|l.haugen@lakeshorehealth.org]].

A memorial service for families is held each spring; an invitation will be mailed to [[ADDR|8814 W Cherrywood Dr]], [[C|Wauwatosa]] in [[D|April]].

With sympathy,
The nurses of 5 North
""",
)

note(
    "b14-23",
    "Kwame Boateng",
    """
I-PASS MICU night handoff [[D|10/05/24]]
Bed 6  [[N|BOATENG, Kwame]]  [[A|91]]M  FULL CODE (confirmed w/ HCP [[N|Akosua]] [[D|10/4]])
I: watcher. Septic shock, urosource, on levo 0.08, weaning.
P: MAP>65, repeat lactate 2200, cx pending (blood [[ID|BC24-778103]]).
A: if MAP <60 start vaso; dtr [[N|Akosua]] wants call w/ any change: [[PH|347-555-0183]].
S: [[N|Akosua]] may bring pastor (Rev. [[N|Mensah]]) in AM.
Bed 7  [[N|Ochoa, Esperanza]], 63F, DKA, insulin gtt, AG closed 1600 -> SQ glargine @2100 per endo. K 3.4, repleting. Sister spending night.
""",
)

note(
    "b14-24",
    "Transfer log Dec",
    """
INTERFACILITY TRANSFER LOG -- [[D|Dec 2024]] (excerpt)
date,time,pt,age,from_city,dx,to,mode
[[D|12/04]],1522,"[[N|Beaulieu, Rita]]",[[A|93]],[[C|Fort Kent]],L MCA stroke NIHSS 14,Neuro ICU,fixed-wing
[[D|12/09]],2210,"[[N|Sockalexis, James]]",44,[[C|Houlton]],snowmobile crash GCS 13,Trauma,ground ALS
[[D|12/11]],0605,"[[N|Thibodeau, Noëlla]]",[[A|98]],[[C|Madawaska]],ruptured AAA,declined-comfort care,--
comments: [[N|Beaulieu]] tPA given at OSH 1440, door-to-needle 52 min; [[N|Thibodeau]] family chose to stay local after GOC call w/ neurosurgery. Weather hold that night: rotor -> ground.
""",
)

note(
    "b14-25",
    "Albertine Gagnon",
    """
SNF REFERRAL PACKET -- cover sheet
To: Birchwood Terrace Nursing & Rehab, [[C|Burlington]] VT   Fax [[FX|802-555-0170]]   Attn: admissions
From: [[N|Marco Bellini]], LICSW, Case Mgmt
Date: [[D|7/08/2025]]
Patient: [[N|Albertine Gagnon]]  age [[A|92]]
Payers: Medicare A/B MBI [[HP|7QW2-GH5-RT88]]; VT Medicaid [[HP|001947726]] (LTC pending)
Course: L distal radius fx (ORIF POD 5), delirium resolved. Needs PT/OT, NWB LUE.
POA: son [[N|Réjean Gagnon]], [[ADDR|310 Pearl St, Apt 4C]], [[C|Winooski]], VT [[Z|05404]], cell [[PH|802-555-0158]].
Pt prefers French; send glasses & hearing aid (R, serial [[DEV|PHN-33A91872]]).
""",
)

note(
    "b14-26",
    "Dolores Esposito",
    """
MICRO CRITICAL CALL -- positive blood culture
Specimen [[ID|BC25-004128]]  coll [[D|02-03-25]] 2315   Gram: GPC in clusters, 1/2 bottles (aerobic), TTP 14h
Pt: [[N|Esposito, Dolores]]  [[A|95]] F  MRN# [[MRN|881204]]  Loc 4E-421
Called to [[N|Halima]] RN 4E at 1342 on [[D|2/4]]; RN to notify Dr [[N|Whitcomb]]. Read back OK.
Called by: MLS, micro bench 2
Add'l: same pt MRSA nares screen + this adm; rapid PCR (mecA) [[ID|PCR-60231]] to follow.
2nd set? RN states drawn 0100 [[D|2/4]] from PICC -- acc [[ID|BC25-004139]], no growth to date.
""",
)

note(
    "b14-27",
    "Ernestine Pope",
    """
APS REPORT -- ELDER (mandated reporter)
Reporter: [[N|Lucia Benedetti]], MSW, ED SW   Date [[D|8/21/24]]
Alleged victim: [[N|Ernestine Pope]], [[A|96]] y/o F, lives [[ADDR|2209 Old Oxford Hwy]], [[C|Hillsborough]], NC [[Z|27278]]
Alleged perpetrator: grandson [[N|Dwayne]] "[[N|DJ]]" [[N|Pope]], 31, same address
Concerns: stage 3 sacral PU, wt 38 kg, patterned bruising bilat upper arms, $ missing from SSA check per pt. Pt states grandson "takes my card".
Pt's SSN (for APS intake) [[SSN|239-71-4408]]; Medicaid [[HP|900412337Q]].
APS intake accepted; worker to visit within 72h.
Hillsborough PD notified, case [[ID|24-011873]].
""",
    allow=("Hillsborough",),
)

note(
    "b14-28",
    "Ingrid Sorensen",
    """
SAFETY EVENT  [[ID|RL6-2025-18830]]   Category: Medication -- wrong patient
Date of event: [[D|Wed 04/09/2025]] ~0800   Unit: 8 South
Involved: (1) [[N|Sorensen, Ingrid]], [[A|94]] F, MRN [[MRN|77120483]], rm 812; (2) [[N|Sorensen, Ida]], 68 F, MRN [[MRN|77155290]], rm 814
What happened: metoprolol 25 mg intended for [[N|Ida]] given to [[N|Ingrid]]; BCMA scan override ("wristband unreadable"). [[N|Ingrid]] HR 52, BP 98/60 at 0900, monitored, no tx needed.
Disclosure: by attending and RN to pt's son at 1130.
Reporter: [[N|oadeyemi]] (RN, lic [[LIC|RN-2291847]])   Manager notified
Actions: name-alert flag on both charts; BCMA override audit.
""",
)

note(
    "b14-29",
    "Cornelius Vandermeer",
    """
RESEARCH NOTE -- consent visit
Study: ASPREE-XT extension (NCT on file)   Subj ID [[ID|AX-0772-015]]
[[D|18-Sep-2024]]: Met pt [[N|Cornelius Vandermeer]] ([[A|90]] yo) and wife [[N|Bep]] in clinic rm 6. Consent v3.1 reviewed; teach-back ok; pt signed 1105. Copy given.
Pt prefers contact via [[EM|cvdmeer1934@outlook.com]] or landline [[PH|616.555.0172]]; lives in [[C|Holland]] MI, winters in [[C|Naples]] FL.
Next visit: [[D|10/16/24]] (V2 labs). Stipend card acct [[ACCT|CC-88120447]].
Coordinator initials on source; ICF filed in reg binder.
""",
)

note(
    "b14-30",
    "Hiroshi Tanaka",
    """
CANCER REGISTRY -- ANNUAL FOLLOW-UP
Reg # [[ID|0019-88244]] | [[N|TANAKA, Hiroshi]] | M | DOB [[D|1932-01-09]] | age [[A|92]]
Site: C61 prostate, dx [[D|05/2016]], Gleason 3+4=7, EBRT 2016.
Last contact: [[D|06/12/2024]] via PCP note; PSA 0.4, NED.
Vital status: alive.  Address verified: [[ADDR|1550 Kapiolani Blvd #2207]], [[C|Honolulu]], HI [[Z|96814]].
Alt contact: daughter [[N|Keiko Tanaka-Ruiz]] [[PH|808-555-0131]]; pt spends part of year in [[C|Osaka]].
Letter sent, no reply. Next f/u due in 12 mo.
""",
)

note(
    "b14-31",
    "Skylar Moss",
    """
ED NOTE -- EMERGENCY HOLD (Sec. 12)
[[D|06/21/2025]] 2240. Pt [[N|Skylar Moss]] (they/them), 22, BIB Somerville PD after 911 call by roommate. Per Ofc. [[N|Duarte]] (badge [[ID|1187]]), pt found on overpass near [[ADDR|211 Washington St]].
Pt's car (blue Civic, MA [[VEH|3PLK62]]) left at scene, towed.
Pt's Instagram [[URL|instagram.com/sky.moss.art]] post tonight referenced suicide -- screenshot in chart per PD.
Hold signed by Dr [[N|Abernathy-Cole]] 2315. Mother [[N|Renata Moss]] in [[C|Lowell]] notified, [[PH|978-555-0188]].
1:1 sitter at bedside; belongings searched, shoelaces removed.
""",
)

note(
    "b14-32",
    "Consuelo Ibarra",
    """
PT RELATIONS CALL LOG
[[D|Mon 2/17/25]] 0915 | caller: [[N|Gustavo Ibarra]] (son) | re: [[N|Ibarra, Consuelo]] [[A|97]]F, acct [[ACCT|H20250117-4482]] | issue: billed $2,340 for ambulance to [[C|Pomona]] though pt has Medi-Cal [[HP|91782244A]] + Medicare [[HP|2FM7-XK9-QD13]] | fwd to PFS | cb [[PH|909-555-0164]]
[[D|2/18/25]] 1620 | caller: Dr. [[N|Ahn]]'s office | re: pt [[N|W. Castillo]] records | routed to ROI, req # [[ID|ROI-77014]]
""",
)

note(
    "b14-33",
    "Fatimah Al-Jubouri",
    """
INTERPRETER ENCOUNTER NOTE
Lang: Arabic (Iraqi dialect)   Interpreter: [[N|Samir Khoury]] (staff #[[ID|INT-0447]])
Date [[D|20 Nov 2024]], 1015-1110, Oncology Infusion
Pt: [[N|Al-Jubouri, Fatimah]], F, age [[A|91]]; accompanied by grandson [[N|Mustafa]].
Session: chemo consent review w/ oncologist. Pt asked whether treatment available in [[C|Baghdad]] (family in [[C|Mosul]] and [[C|Amman]]); Dr explained. Pt prefers female RN for port access -- female RN assigned.
Pt's phone at home in [[C|Dearborn]]: [[PH|313-555-0109]]; prefers calls after 1600.
Noted: grandson initially interpreting -- redirected per policy.
""",
)

note(
    "b14-34",
    "Louis P Desrosiers",
    """
-----------------------------------------------------------
Patient: [[N|DESROSIERS, LOUIS P]]      MRN: [[MRN|000-441-9022]]
DOB: [[D|04/30/1929]] ([[A|95]] yrs)    Sex: M     CSN: [[ID|300188274451]]
Adm: [[D|10/07/2024]]   Attending: [[N|Kaplan, Miriam]], MD   PCP: none listed
Payer: AARP Medicare Complete  Sub ID [[HP|947221083]]
-----------------------------------------------------------
CODING QUERY (retrospective): Op note [[D|10/8]] states "debridement of sacral wound." Please clarify depth:  [ ] skin/subQ  [ ] muscle  [ ] bone.
Path shows necrotic skeletal muscle. Wound RN measured 6x4x2 cm.
Coder: [[N|Ophelia Grant]]  [[D|10/14/24]]
""",
)

note(
    "b14-35",
    "Tomasz Wisniewski",
    """
DONATION AUTHORIZATION NOTE  [[D|3/11/2025]]
OPO: LifeShare -- Donor ID [[ID|LSH2503-0117]]
Potential donor: [[N|Tomasz Wiśniewski]], 58M, DCD pathway; MRN [[MRN|6620871]]
Authorization by wife [[N|Bożena]] (legal NOK) at 1720 in family room, witnessed by RN [[N|Hollis Grey]] and OPO family services.
Tissue/eyes: yes; organs: kidneys, liver. No research.
Family requested priest from St. Hedwig's, [[C|Wilmington]]; daughter [[N|Ola]] flying from [[C|Kraków]] -- arrives [[D|3/12]] pm.
OR time tentative 0600 after family time. ME case [[ID|MEC-25-0981]] released.
""",
)

note(
    "b14-36",
    "Birgit Halvorsen",
    """
HOSPITAL AUTOPSY REQUEST / CONSENT   Autopsy # [[ID|A24-0188]]
Decedent [[N|Halvorsen, Birgit]]  F  [[A|99]] yrs   MRN [[MRN|41-002-918]]   Expired [[D|08/14/2024]] 0412, 9W
Authorizing NOK: son [[N|Leif Halvorsen]], [[ADDR|77 Fjord View Rd]], [[C|Poulsbo]], WA [[Z|98370]]; ph [[PH|360-555-0124]]
Scope: complete incl brain; no restrictions. Family question: "was it the heart or the lungs?"
Clinical: HFpEF, PE on CTA [[D|8/10]], on heparin; sudden PEA arrest.
Requesting MD: Dr. [[N|Ng]]   Path on call notified
""",
)

note(
    "b14-37",
    "Jazmin Reyes-Whitfield",
    """
L&D -> MBU HANDOFF  [[D|1/1/2025]] 0310
Mom: [[N|Reyes-Whitfield, Jazmin]] 29 G2P2, SVD 0112, EBL 350, 2nd deg lac repaired.  MRN [[MRN|9900418]]
Baby: "Baby Girl [[N|Reyes-Whitfield]]" MRN [[MRN|9900426]], 3.41 kg, Apgars 8/9, band [[ID|BND-44817]]
FOB: [[N|Andre Whitfield]] ([[PH|214-555-0190]]) -- not on birth cert per mom; maternal grandmother is support.
GBS neg, Rh+, rubella immune. Hep B vax consent signed. Breastfeeding.
Mom's OB will round 0800. Peds: Dr [[N|Jubril]].
Security: infant tag [[DEV|HUGS-7Z21088]] active.
""",
)

note(
    "b14-38",
    "Capacity huddle",
    """
CAPACITY HUDDLE 0800 [[D|Fri 1/24]]
Census 412/430. ED boarders 17. Surge level 2.
Discharges pending: 6E [[N|Haddad]] (rm 6E-04, awaiting ride from [[C|Cranston]]); 5W [[N|Olufemi Adeleke]] (waiting on PT); 7N [[N|Prudence Kittredge]], [[A|100]]!, d/c to Scandinavian Home, family picking up 1100.
Blocks: 4S pt -- guardianship hearing [[D|1/28]] (probate docket [[ID|PR25-0114EA]]); 8E vent pt awaiting LTACH bed in [[C|Woonsocket]].
Transfers in: [[N|Fenwick, Gloria]] [[A|90]]F from Westerly Hosp -- accepted by Dr. [[N|Soto]] -> 6W.
Action: EVS to add 2 FTE 1500-2300; open 5E overflow 8 beds at 1200.
""",
)

note(
    "b14-39",
    "Obadiah Strand",
    """
APPEAL -- EXPEDITED (Level 1)
To: UnitedHealthcare Appeals, [[ADDR|PO Box 30432]], [[C|Salt Lake City]], UT [[Z|84130]]   Fax [[FX|801-555-0148]]
Re: Member [[N|Obadiah Strand]], ID [[HP|UHC 916 442 0873]]; Claim # [[ID|CL24-88130027]], DOS [[D|5/29/24]] (LOS 6)
Denial reason: "inpatient not medically necessary; obs appropriate."
Mr. [[N|Strand]], [[A|93]], presented w/ syncope, found to have 6-sec pauses; required temp pacing wire [[D|5/30]] and PPM next day (Abbott Assurity, SN [[DEV|7719403]]). 2-MN expectation clearly met.
Sincerely, [[N|Helen Okoro-Briggs]], MD, Physician Advisor, NPI [[ID|1720094835]]
cc: HIM, UR
""",
)

note(
    "b14-40",
    "Rakesh Kapoor",
    """
TB CONTACT INVESTIGATION -- index case (ward 9E)
Index: [[N|Rakesh Kapoor]], 67M, AFB smear 3+, MTB+/RIF-; on ward 9E [[D|May 2]]-[[D|May 6]] before AII.
Exposed HCW (>8h cumulative, no N95):
emp# [[ID|E40221]] [[N|Whitney Sloane]] RN -- baseline IGRA neg, repeat at 8-10 wk
emp# [[ID|E38817]] [[N|Obinna Eze]] RT -- prior +, symptom screen + CXR needed
Pt contacts: roommate [[N|Walter Przybylski]] ([[A|94]]), d/c to [[C|Cicero]] prior to AII; notify Cook Co DPH.
Household: index lives w/ 4 in [[C|Schaumburg]]; extended visit to [[C|Ludhiana]] last winter (likely source).
IP line [[PH|847-555-0155]]
""",
)

note(
    "b14-41",
    "Kenji Morales",
    """
BLOOD BANK -- EMERGENCY RELEASE LOG
[[D|07/04/2024]] ([[D|July 4th]]) 2218  Unknown male, MRN [[MRN|T9004417]], later ID'd as [[N|Kenji Morales]], 24M (GSW)
Uncrossmatched: O neg RBC x4 (first unit [[ID|W0362 24 400117]]), AB plasma x4, plt x1
MTP activated by Dr [[N|Santangelo]] 2221, deactivated 2350.
Post-release T&S [[ID|BB24-70182]]: A pos, antibody screen neg. No reaction reported.
Tech / supervisor co-signed
Sister [[N|Yumi]] signed retrospective consent [[D|7/5]], ID checked (CA DL [[LIC|Y4410932]]).
Ofc [[N|Lamb]] (Oakland PD) requests BAC result -- referred to HIM, subpoena required.
""",
)

note(
    "b14-42",
    "Lorraine Szabo",
    """
AMBULANCE DISPATCH -- non-emergent IFT
Unit M-14 (VIN [[VEH|1FDXE45S29HA31876]])
Date [[D|10-31-24]] ([[D|Halloween]]) pick-up 1345
Pt [[N|Lorraine Szabo]] (F, [[A|96]]) from memory care, [[ADDR|324 Lancaster Ave]], [[C|Malvern]] PA [[Z|19355]] to dialysis (chair 7).
Payer: PA Medicaid [[HP|2208451930]]; PCS form signed by Dr [[N|Oyelowo]] (valid 60 d).
Crew: [[N|Brianna Tate]] EMT (PA cert [[LIC|EMT-118452]]), 2nd EMT driving.
Pt alert, confused (baseline), no O2, wt 44 kg. Handoff to dialysis RN 1432, pre-wt 44.3.
Contact: niece [[PH|610-555-0103]].
""",
)

note(
    "b14-43",
    "Bernard Ouellette",
    """
PATIENT VALUABLES ENVELOPE LOG -- ED Security
Date | Pt | Items | Disposition
[[D|2/9/25]] | [[N|Bernard Ouellette]] ([[A|92]]) | wallet w/ $43, ME DL [[LIC|3318720]], Medicare card [[HP|5VN3-UA7-PE21]], gold band | safe #2
[[D|2/9/25]] | [[N|Asha Bhattacharya]] | iPhone, keys (Subaru, plate [[VEH|9WT-418]]), Visa card | returned to pt 0210
[[D|2/10/25]] | [[N|Dale]] "[[N|Sarge]]" [[N|Whitley]] | backpack (1 knife removed, 2 lighters), VA ID card [[ID|VA 2219904471]], $0 | safe #2, knife to security
Two-person count for all envelopes; log audited by security supervisor each shift.
""",
)

note(
    "b14-44",
    "EDC query log site 2207",
    """
EDC QUERY LOG -- site 2207 (export [[D|2025-01-22]])
Subj | Form | Query | Status
[[ID|2207-0031]] | DM | DOB [[D|12/03/1930]] implies age [[A|94]] > 85 cap; confirm | open
[[ID|2207-0034]] | AE | "fall [[D|1/9]]" onset vs visit date [[D|1/11]]; CTCAE grade? | answered
[[ID|2207-0036]] | CM | initials [[N|EGB]] on source vs [[N|EGR]] in EDC; apixaban 2.5 BID start date missing | open
Raised by CRA [[N|cra_mlopez]].
Audit trail: login [[N|sfarrokhzad]] from IP [[IP|10.88.14.203]] at 2231 edited AE form.
Site reply: "age correct, pt is [[A|94]]; eligibility waiver from sponsor attached"
""",
)

note(
    "b14-45",
    "Eleanor Whitcombe",
    """
RCA SUMMARY -- hospital-acquired stage 4 pressure injury (SE #[[ID|24-7719]])
Pt: [[N|Eleanor]] "[[N|Nell]]" [[N|Whitcombe]], aged [[A|98]], admitted [[D|Sept 2]] from home in [[C|Chestnut Hill]] (lives w/ companion).
Timeline: Braden 12 on adm; WOC consult ordered [[D|9/3]] but not done until [[D|9/10]] (sole WOC RN on leave); q2h turns documented 71% of shifts. Stage 2 sacrum noted [[D|9/6]] on night shift, stage 4 within 2 wk.
Root causes: staffing; low-air-loss mattress (Hill-Rom P500, asset [[DEV|HR-55210984]]) out for repair x 4 days.
RCA team: PSO, nurse mgr, Dr [[N|Sato]], WOC lead.
""",
)

note(
    "b14-46",
    "Benedetta Russo",
    """
ANTICOAG CLINIC -- critical INR phone call
[[D|Thursday, 5/22/25]] 1110.  INR 7.8 (home POC, CoaguChek, meter SN [[DEV|UQ08831541]])
Pt [[N|Benedetta Russo]], [[A|93]], MRN [[MRN|A0062233]], on warfarin 5 mg daily except 2.5 MWF. Lives in [[C|Federal Hill]].
Spoke w/ pt + caregiver at [[PH|(401) 555-0161]]. No bleeding; bruise L shin. Recent abx (Bactrim from urgent care in [[C|Johnston]] [[D|5/16]]).
Plan: hold 2 doses, vit K 2.5 mg PO (e-rx by Dr [[N|Mancini]], DEA [[LIC|FM7730158]]), recheck INR [[D|5/24]].
RPh note routed to PCP.
""",
)

note(
    "b14-47",
    "Brayden Tollefson",
    """
SHIFT REPORT 5 Adolescent Psych  [[D|8/3]] days->eves
[[N|Brayden]] (15M): privileges revoked after found messaging on unit tablet -- handle @[[N|xXbraydogXx]] -- to a peer re AWOL plan. Parents [[N|Shawna]] and [[N|Rick Tollefson]] informed.
[[N|Nevaeh]] (16F): 1:1 d/t cutting; wound care L forearm. Grandma visiting 1800, bringing clothes (no strings).
[[N|Ezra]] (14M): new adm from [[C|Fargo]] ED [[D|8/2]], ASD, elopement risk. County SW [[PH|701-555-0128]].
Unit: tablets now locked in med room; event report filed.
Census 11/12, 2 on 1:1, no restraints this shift.
""",
)

note(
    "b14-48",
    "Colton Rasmussen",
    """
ED NOTE -- MVC, law enforcement present
[[D|12-26-24]] 0155. Pt [[N|Colton Rasmussen]], 19M, restrained driver, single vehicle vs tree on Rte 9 in [[C|Spencer]]. Trooper [[N|Maguire]] (badge [[ID|3381]]) at bedside.
Vehicle: 2011 Jeep Wrangler, MA plate [[VEH|8XR 447]], VIN [[VEH|1J4AA2D19BL552078]].
Pt's DL [[LIC|S41827703]] (junior operator). Passenger (17F) transferred to trauma center.
ETOH 0.11. Father [[N|Gunnar Rasmussen]] arrived 0300 ([[PH|508-555-0114]]).
Trooper requested records; told needs subpoena or pt auth. Report # [[ID|MSP-24-1226-0091]].
""",
)

note(
    "b14-49",
    "Alonzo Pettiford",
    """
CM/SW NOTE [[D|9/9/24]]
Pt [[N|Alonzo]] "[[N|Smokey]]" [[N|Pettiford]], 61M, unhoused, stays at shelter or camp in [[C|Roxbury]].
Needs: lost MA ID card, # [[LIC|S77213460]] per RMV lookup.
MassHealth [[HP|100227719340]] active; SSI payee is sister in [[C|Mattapan]] ([[PH|617-555-0145]]).
Mailing: [[ADDR|PO Box 190271]], [[C|Boston]] MA [[Z|02119]].
Plan: respite bed at Barbara McInnis House accepted for [[D|9/11]]; cab voucher given. PCP at BHCHP.
Probation officer aware; court docket [[ID|2481CR001122]] -- next date TBD.
""",
)

note(
    "b14-50",
    "Xee Vang",
    """
INTERPRETER REQUEST / OUTCOME
Req #[[ID|IR-25-07733]]  [[D|Mar 17 2025]]  Geri clinic
Pt: [[N|Vang, Xee]], F, [[A|92]] yrs, White Hmong, MRN [[MRN|55049127]]
Interpreter: [[N|Pa Houa Lor]] (on-site, certified)
Visit w/ geriatrician; family present: son [[N|Tou]] and daughter-in-law.
Notes: pt lives in [[C|Frogtown]] ([[C|St Paul]]), born near [[C|Luang Prabang]]. Visit 45 min; HCP docs re-explained, pt wants son as agent. Son will bring Medicare card ([[HP|8HX4-PQ2-WC67]]) next [[D|Tuesday]].
Interpreter rating: 5/5.
""",
)

note(
    "b14-51",
    "ROI log Nov",
    """
ROI LOG (HIM) -- month to date
req_id,patient,dob,requester,purpose,status
[[ID|ROI-24-11802]],"[[N|McAllister, Fiona]]",[[D|1933-03-15]],"[[N|Gerald Pruitt]], Esq. (fax [[FX|215-555-0192]])",litigation,sent (412 pp)
[[ID|ROI-24-11839]],"[[N|Van Buren, Delphine]]",[[D|03/07/1931]],SSA DDS,disability,sent
[[ID|ROI-24-11850]],"[[N|Hope, Gideon]]",[[D|7/19/1958]],self via portal [[URL|https://mychart.example-health.org/req/88213]],personal,pending ID
42 CFR Part 2 records excluded unless specific consent; fee waived for SSA.
notes: [[N|Van Buren]] req lacked signature -- called dtr [[PH|570-555-0106]].
""",
)

note(
    "b14-52",
    "GA-01188",
    """
BIOBANK ACCESSIONING -- GERI-AGING cohort
Box [[ID|GB-0412]] pos A3-A7, received [[D|2024-10-02]] 1030 from clinic (courier [[N|Lamar]])
Participant [[ID|GA-01188]], age at draw [[A|96]] -- aliquots P01 through P05, plasma 0.5 mL each, -80 freezer F3.
Deviation: participant name handwritten on tube label ("[[N|M. Oyelowo]]") -- labels replaced, deviation [[ID|DEV-24-017]] filed by [[N|Tamsin Reyes]].
Consent v4 signed [[D|9/30/24]]; genomic data sharing = NO.
Sample drawn at [[C|Winston-Salem]] satellite clinic, processed within 2h.
""",
)

note(
    "b14-53",
    "Oluwaseun B Adeyemi",
    """
REGISTRY CASE ABSTRACT -- Class of case 10
Patient: [[N|Adeyemi, Oluwaseun B]]  DOB [[D|07-14-1954]]  Sex M  Birthplace: [[C|Ibadan]], Nigeria
SSN [[SSN|611-42-8075]]   Medical record [[MRN|HN7744021]]
Dx date [[D|3/3/2024]] -- oropharynx SCC, p16+, T2N1M0 (AJCC8 stage I)
Tx: cisplatin/RT 70 Gy completed [[D|5/10/24]], rad onc / med onc
Residence at dx: [[ADDR|3145 Cobb Pkwy SE, Unit 812]], [[C|Smyrna]], GA [[Z|30080]]
Occupation: taxi driver, [[C|Atlanta]] (hack license [[LIC|TL-440918]])
Status: NED at last contact. Contact: wife, [[PH|770-555-0112]]
""",
)

note(
    "b14-54",
    "Winifred Hartigan",
    """
HANDOFF (template) -- Palliative Care Unit
Name: [[N|HARTIGAN, Winifred]] "[[N|Winnie]]"   Age: [[A|102]]   Code: DNR/DNI, CMO since [[D|Saturday]]
Dx: end-stage HF, anuric since [[D|1/19]]
Sx: morphine 1 mg SC q1h prn (x3 overnight), glyco 0.2 for secretions, haldol 0.5 prn
Family: niece [[N|Deirdre]] (HCP) sleeping in lounge; great-nephew driving from [[C|Scranton]]; chaplain gave anointing [[D|1/20]].
Wishes: play Bing Crosby; rosary from her sister [[N|Agnes]] ([[A|99]], assisted living in [[C|Dunmore]]) in her hands.
After death: Kearney & Sons ([[PH|570-555-0193]]); no autopsy; eyes only, OPO referral made.
""",
)

note(
    "b14-55",
    "Jasmine Toure",
    """
SECURITY BOLO / VISITOR RESTRICTION
Issued [[D|4/2/2025]] by Sgt. [[N|Amos Pettigrew]] at request of pt [[N|Jasmine Toure]] (L&D rm 12)
Restricted: [[N|Darnell Okoye]], ~30, 6'1", goes by "[[N|Dre]]", Instagram @[[N|dre.okoye_beats]]
Vehicle: black Charger, GA tag [[VEH|RKD 4410]]
TPO case [[ID|24CV118803]] (Magistrate Court).
If seen: do not confront; call security [[PH|404-555-0100]] (24h).
Pt alias in EHR: "[[N|Jade Sparrow]]" (privacy alias). Pt's mother [[N|Marguerite Toure]] may visit; photo ID required.
""",
)

note(
    "b14-56",
    "Ignatius P. Wojciechowski",
    """
To whom it may concern,

My father, [[N|Ignatius P. Wojciechowski]], is [[A|95]] years old and was a patient on 4 East from [[D|Oct 3]] to [[D|Oct 9]]. One night nobody answered his call light for 40 minutes and he tried to get up alone. The night nurse was kind but clearly had too many patients. His hearing aids (Phonak, S/N [[DEV|2219A0441]]) were thrown out with his meal tray and I want them replaced. I am his POA.

Reach me at [[PH|262.555.0134]] or [[EM|k.wojo@att.example.net]], or by mail at [[ADDR|N54 W23110 Capitol Dr]], [[C|Pewaukee]], WI [[Z|53072]].

Sincerely,
[[N|Katarzyna]] ([[N|Kasia]]) [[N|Wojciechowska]]
P.S. His account number on the bill is [[ACCT|9044718823]].
""",
)

note(
    "b14-57",
    "Send-out log June",
    """
SEND-OUT LOG -- reference lab
date|pt|mrn|test|ref acc#|svc|result call
[[D|06/03]]|[[N|ABERCROMBIE, Lyle]]|[[MRN|3309178]]|JAK2 V617F|[[ID|MML-24155-0087]]|heme|neg
[[D|06/04]]|[[N|SANTOS, Maria da Graça]]|[[MRN|3312044]]|paraneoplastic panel|[[ID|MML-24156-0114]]|neuro|anti-Hu POS (critical, called 1522)
[[D|06/04]]|[[N|FEINBERG, Sol]] ([[A|97]])|[[MRN|3290551]]|IFE|[[ID|MML-24156-0120]]|onc|IgG kappa M-spike
TAT goal 10 d; Factor V Leiden + prothrombin G20210A panel now in-house.
Comments: [[N|Santos]] specimen recollected d/t hemolysis (orig acc [[ID|MML-24155-0091]]).
""",
)

note(
    "b14-58",
    "Percival Ashdown",
    """
EYE BANK -- TISSUE RECOVERY RECORD
Donor # [[ID|EB-25-0331]]   Recovered [[D|02/14/2025]] ([[D|Valentine's Day]]) 0615
Donor: [[N|Percival Ashdown]]  Age [[A|91]]  COD: CVA  Time of death [[D|2/13/25]] 2250
Location: Hospice of the Valley, [[C|Scottsdale]]
NOK: partner [[N|Graham Wendt]], [[PH|480-555-0144]]; authorization via recorded call witnessed by EB tech, recording retained.
Serology pending (acc [[ID|SR25-00412]]). Corneas OU, ECD 2410/2380.
Courier: driver [[N|Juan Pablo Ruiz]], AZ plate [[VEH|CJK4471]].
""",
)

note(
    "b14-59",
    "Dorothea Vink",
    """
FAX COVER / DEATH CERT SIGNATURE REQUEST
From: Ostrander-Pike Funeral Home   Fax [[FX|641-555-0118]]  Ph [[PH|641-555-0119]]
To: attending physician of record (PCP)
Re: [[N|Dorothea Vink]] (F, [[A|94]]), died [[D|3/30/25]] at home, [[ADDR|1904 S 6th Ave]], [[C|Marshalltown]], IA [[Z|50158]]
EDRS case # [[ID|IA-2025-019774]]. Please certify cause of death within 72h.
Decedent's SSN [[SSN|484-20-7193]], father [[N|Hendrik Vink]], mother's maiden name [[N|Aaltje Dekker]], birthplace [[C|Pella]], IA.
Informant: son [[N|Pieter Vink]].
Funeral director: [[N|Carmen Ostrander]] (IA lic. [[LIC|FD-3318]])
""",
    allow=("Ostrander",),
)

note(
    "b14-60",
    "Perpetua Ashworth",
    """
INSURANCE VERIFICATION -- admissions (pasted from RTE)
[[N|Ashworth, Perpetua]] | DOB [[D|11/02/1929]] ([[A|95]]) | Medicare MBI [[HP|1AC4-RE7-YT39]] | Supp: Mutual of Omaha Plan G, pol [[HP|MOO 22871904]] | verified, active
[[N|Yellowhorse, Marlena]] | DOB [[D|1/1/1990]] | AHCCCS [[HP|A84412077]] | lives [[C|Kayenta]] | verified
[[N|Pike, Harold]] | [[A|90]]y | BCBS MA Medicare PPO [[HP|XKM902334718]] | auth req pending | verified, copay $0
Notes: [[N|Ashworth]] shows hospice election [[D|2/2025]] -- called hospice re revocation, spoke w/ intake.
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
