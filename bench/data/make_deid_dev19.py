#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_dev19.jsonl.

dev19 is a set of identifiers sitting in tables and lists written as plain
text: outbreak and research line lists in fixed-width columns under a header
row, screening and enrolment logs whose subjects are known only by initials
(JRM, J.R.M., J-R-M, JR-M), pipe and tab tables, census boards and sign-out
lists, contact-tracing tables with first names, ages and towns, medication
administration records with nurses' initials in the time columns, specimen
tracking and registry abstracts laid out with dot leaders, two-column forms
and "key      value" printouts.  The hard part is the neighbourhood: the same
rows carry site numbers, arms and cohorts, visit numbers, study days, bed and
chair numbers, doses, lab values with unit columns, lot and model numbers,
CPT and ICD codes, clock times and years, all of which stay unmarked.  Rows
wrap, columns are left blank, names come as "surname, given" in lower case
and in capitals.

Look-alike fractions and ratios sit beside real dates in the same cells
(Apgar 8/9, pain 4/10, abx day 3/5, QBL 450 / 980), and an age of 89 or an
eGFR of >90 sits in an age-like column without being an age over 89.

Annotation conventions (HIPAA Safe Harbor):
* NAME -- every person (patients, relatives, friends, staff, clinicians,
  investigators, vendors' representatives, teachers) in any written form:
  full names, surnames alone, nicknames, lower case and capitals, log-in names
  and handles (without the "@"), and initials that stand for a person, which
  in this set includes subject initials in research logs and nurses' initials
  in MAR time columns and their legends.  "Surname, given" is one span;
  HL7-style "LAST^FIRST^M" gives one span per component.  Titles and
  credentials stay outside.  Kinship words, template placeholders, eponyms
  and names inside facility or company names are not marked.
* DATE -- every date element finer than a year, in any format (03/11,
  07MAR2024, 2024-04-16, Sep 9, the 15th, a month alone dating an event, a
  weekday standing alone as the day of an event).  Times next to a date stay
  outside; a one-token machine timestamp is marked whole.  Bare years, clock
  times, durations, study days ("Day 15"), visit and cycle labels, and
  recurring schedules (M/W/F, T/Th/Sa) are not marked.  Decision: the
  collection or service date in a table is marked in every row, even when
  repeated; product expiry is written only as a bare year in this set.
* AGE -- only ages over 89, the number alone (the sex letter in "93M" and
  the "y" in "91y" stay outside).
* PHONE/FAX whole with extension; EMAIL whole; URL only for person-specific
  links; IP every IPv4 address.
* SSN (also last four), MRN, HEALTH_PLAN (member, group, Medicare/Medicaid
  numbers), ACCOUNT (patient, guarantor and encounter/visit accounts),
  LICENSE (DEA, state professional, driver's/CDL), VEHICLE (plates, VINs),
  DEVICE (implant/equipment serials and whole UDI strings), ID (NPI,
  registry accession, surveillance case numbers, screening, subject,
  participant and randomisation numbers, specimen and sample accessions,
  claim, prior-authorisation and payer call-reference numbers, EMS trip,
  transport request, portal and HL7 message ids, security badge numbers).
  Decisions: a study site number, protocol number, outbreak number, cohort
  or arm label, drug-kit number, reagent lot and model number points to no
  person and stays unmarked; a row counter in a line list ("Case 3") is not
  an identifier; a screening number or subject number that embeds the site
  number is marked whole; a QC pool, temperature logger, shipping box or
  interface error code is not a person's record and stays unmarked.  A date
  that is impossible (1934-02-30 in a data query) is still a DATE.
* ADDRESS -- street part (number, street, unit, PO box, lot); CITY -- city,
  town, neighbourhood; ZIP -- ZIP, ZIP+4, foreign postal codes.  States,
  countries and county FIPS codes stay unmarked; GPS of a home or scene is
  ADDRESS.
* Never marked: facility, payer, agency and vendor names (also when they
  contain a town), drugs, device models, lot numbers, codes, scores, lab
  values, room/bed/chair numbers, times, bare years, host names.

Stdlib only.  Run: python bench/data/make_deid_dev19.py
"""

from __future__ import annotations

import re
from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_dev19.jsonl")
NOTES: list[Note] = []

_MARK = re.compile(r"\[\[([A-Z_]+)\|([^\[\]|]+?)\]\]")


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


def _vis(cell: str) -> int:
    """Length of a cell once its markup is stripped."""
    return len(_MARK.sub(lambda m: m.group(2), cell))


def fw(widths: list[int], block: str, sep: str = "") -> str:
    """Lay out rows (cells split on the broken bar) as fixed-width text.

    Padding is computed on the visible text, so the columns line up once the
    markup is stripped; a cell longer than its width is followed by a single
    space, as real exports do.
    """
    lines = []
    for raw in block.strip("\n").split("\n"):
        cells = [c.strip() for c in raw.split("\u00a6")]
        parts = []
        for i, cell in enumerate(cells):
            if i == len(cells) - 1:
                parts.append(cell)
            else:
                w = widths[i] if i < len(widths) else _vis(cell) + 1
                parts.append(cell + " " * max(1, w - _vis(cell)) + sep)
        lines.append("".join(parts).rstrip())
    return "\n".join(lines)


# --------------------------------------------------------------------------
note(
    "d19-01",
    "Norovirus line list, Maple Terrace 3rd floor",
    "NOROVIRUS LINE LIST -- Maple Terrace Nursing & Rehab (3 East / 3 West)\n"
    "Outbreak 2024-GI-031    opened [[D|03/12/2024]]    IP: [[N|Dana Okonjo]], RN\n\n"
    + fw(
        [5, 6, 5, 4, 6, 13, 7],
        """
Case¦Init¦Age¦Sex¦Rm¦Town¦Onset¦Cx
1¦[[N|EMK]]¦[[A|91]]¦F¦312¦[[C|Haverford]]¦[[D|03/11]]¦pend
2¦[[N|RTS]]¦84¦M¦314¦[[C|Ardmore]]¦[[D|03/12]]¦pos
3¦[[N|LAB]]¦[[A|96]]¦F¦320B¦[[C|Haverford]]¦[[D|03/12]]¦pos
4¦[[N|GHW]]¦78¦M¦305¦[[C|Narberth]]¦[[D|03/13]]¦--
5¦[[N|J.O.]]¦41¦F¦staff¦[[C|Wynnewood]]¦[[D|03/13]]¦pos
6¦[[N|MVR]]¦[[A|102]]¦F¦318¦[[C|Gladwyne]]¦[[D|03/14]]¦pend
7¦[[N|TPD]]¦69¦M¦301¦[[C|Ardmore]]¦[[D|03/15]]¦
""",
    )
    + "\n\nAttack rate: residents 6/58 (10.3%), staff 1/71. Case 5 is a CNA who worked 3E "
    "[[D|03/10]]-[[D|03/12]]. Dining room closed x 48 h; next update to county due [[D|03/18]].",
)

note(
    "d19-02",
    "Enrolment log, site 014",
    "ENROLMENT LOG -- Protocol ABX-220-03 (RELIEF-HF)  Site 014  PI [[N|Marcus Feld]], MD\n"
    + fw(
        [5, 9, 10, 6, 10, 10, 4],
        """
Site¦Scr #¦Subj ID¦Init¦ICF¦Rand¦Arm¦Coh
014¦[[ID|S014-031]]¦[[ID|014-1007]]¦[[N|J-R-M]]¦[[D|07MAR2024]]¦[[D|12MAR2024]]¦B¦2
014¦[[ID|S014-032]]¦¦[[N|KLT]]¦[[D|07MAR2024]]¦¦--¦--
014¦[[ID|S014-033]]¦[[ID|014-1008]]¦[[N|AN-P]]¦[[D|11MAR2024]]¦[[D|15MAR2024]]¦A¦2
014¦[[ID|S014-034]]¦[[ID|014-1009]]¦[[N|D.W.]]¦[[D|14MAR2024]]¦[[D|19MAR2024]]¦A¦1
014¦[[ID|S014-035]]¦¦[[N|MEO]]¦[[D|18MAR2024]]¦¦--¦--
""",
        sep="| ",
    )
    + "\nSF: [[ID|S014-032]] LVEF 52% (>45); [[ID|S014-035]] withdrew before Day 1.\n"
    "Reviewed by CRA [[N|h.castellanos]] [[D|21MAR2024]], no findings. Kits 0412, 0419 dispensed.",
)

note(
    "d19-03",
    "Cancer registry abstract",
    "STATE CANCER REGISTRY - ABSTRACT\n"
    "Accession no. ........ [[ID|2024-000318]]\n"
    "Sequence ............. 00\n"
    "Last name ............ [[N|WROBEL]]\n"
    "First name ........... [[N|AGNIESZKA]]\n"
    "Middle ............... [[N|T]]\n"
    "Birth surname ........ [[N|KRUPA]]\n"
    "DOB .................. [[D|03/02/1931]]\n"
    "Age at dx ............ [[A|92]]\n"
    "Sex .................. 2\n"
    "SSN (last 4) ......... [[SSN|4420]]\n"
    "Address at dx ........ [[ADDR|88 ORCHARD HILL RD APT 2]]\n"
    "City ................. [[C|MILLBROOK]]\n"
    "State/ZIP ............ NY [[Z|12545]]\n"
    "County (FIPS) ........ 027\n"
    "Primary site ......... C50.4\n"
    "Histology ............ 8500/3   Grade 2\n"
    "Date of dx ........... [[D|11/28/2023]]\n"
    "Stage ................ IIA (cT2 N0 M0)\n"
    "Managing MD .......... [[N|DEAVER, HARLAN]]\n"
    "Facility ............. Hudson Valley Oncology\n"
    "Abstractor ........... [[N|mquintero]], CTR",
)

note(
    "d19-04",
    "Registration form, Baek",
    """
PATIENT REGISTRATION (scanned, OCR)
Last name: [[N|Baek]]__________   First: [[N|Jun-ho]]______   MI: ___
DOB: [[D|08/19/1957]]   Sex: M   Marital: M   Pref. lang: Korean
Street: [[ADDR|4410 W. Cullom Ave #3R]]        City: [[C|Chicago]]     St: IL   ZIP: [[Z|60641-2207]]
Home ph: [[PH|(773) 555-0119]]     Cell: ______________     Work: [[PH|773-555-0188 x214]]
E-mail: [[EM|junho.baek57@mailbox.example]]
Emergency contact: [[N|Baek, Soo-min]]          Relationship: wife   Ph: [[PH|773-555-0163]]
Insurance: Blue Harbor PPO     Member ID: [[HP|BHX448120937]]     Group: [[HP|77120]]
Subscriber: self               Employer: Lakeshore Tool & Die
PCP: Dr. [[N|Esperanza Villalobos]]        Referred by: ____________
Signature on file [[D|02/05/2024]]
""",
)

note(
    "d19-05",
    "Demographics printout, Hollenbeck",
    """
PT DEMOGRAPHICS                       printed [[D|2024-04-02]] 07:14
NAME      [[N|HOLLENBECK, BEATRIX A]]
MRN       [[MRN|00483921]]
DOB       [[D|03/02/1931]]        AGE   [[A|93]]
SEX       F
SSN4      [[SSN|6642]]
ADDR1     [[ADDR|17 Quarry Ln]]
ADDR2     [[ADDR|Unit 4]]
CITY      [[C|Stowe]]
ST        VT
ZIP       [[Z|05672]]
HPHONE    [[PH|802-555-0131]]
NOK       [[N|HOLLENBECK, PIET]] (son)   [[PH|802-555-0176]]
PCP       [[N|ORME, THADDEUS J]] MD
PAYER     MEDICARE A/B
MBI       [[HP|1EG4-TE5-MK73]]
ACCT      [[ACCT|V00019283374]]
ADM       [[D|04/01/2024]] 22:40   ED->4W  BED 12
""",
)

note(
    "d19-06",
    "Med B census board",
    "MED B CENSUS  [[D|03/19/24]]   attending [[N|R. Ellery]]  pgr [[PH|617-555-0107]]\n"
    + fw(
        [6, 27, 4, 14, 8],
        """
Bed¦Patient¦Age¦Dx¦Code¦To do
6N-01¦[[N|Quaye, Bernadette]]¦[[A|90]]¦CHF exac¦DNR¦net -1.2 L; K 3.4 -> repleted
6N-04¦[[N|PELL, CORWIN]]¦58¦DKA, resolved¦Full¦SQ insulin started 14:00
6N-07¦[[N|lindqvist, arvid]]¦[[A|95]]¦R hip fx POD2¦DNR/DNI¦dtr [[N|Karin]] is HCP, call daily
6N-09¦¦¦(clean, open)¦¦
6N-12¦[[N|Asante-Holm, Kwame]] ("[[N|Kojo]]")¦67¦CAP¦Full¦abx day 3/5, O2 2 L NC
""",
        sep="| ",
    ),
)

note(
    "d19-07",
    "4W night sign-out",
    """
4W night signout [[D|3/21]]  from [[N|mfeld]] -> [[N|pramanathan]]  (x-cover pgr [[PH|617-555-0144]])

1. rm 412  [[N|kowalski, teresa]]  88F
   UTI + delirium. ucx pending. CAM q shift. dtr [[N|terri]] calls ~2100, ok to update ([[PH|508-555-0126]])
2. rm 415  [[N|o'dwyer, fintan]]  [[A|93]]M
   asp PNA, comfort-focused. son [[N|declan]] is HCP. no labs.
3. rm 419  [[N|BOATENG, ESI]]  47F
   SCD pain crisis. PCA HM 0.2 mg/10 min lockout. Hgb 6.9 -> 1 unit if <6.5
4. rm 421  [[N|nwachukwu chidi]]  29m
   POD1 lap appy, advance diet, d/c am if tol.
""",
)

note(
    "d19-08",
    "TB contact investigation table",
    "TB CONTACT INVESTIGATION  index case [[ID|24-TB-0117]]  (smear 2+, cavitary)\n"
    "PHN [[N|Fatuma Osei]]  [[PH|(413) 555-0171]]\n"
    "#\tFirst\tRel\tAge\tTown\tHrs/wk\tIGRA drawn\tResult\n"
    "1\t[[N|Rosa]]\tmother\t[[A|90]]\t[[C|Holyoke]]\t>40\t[[D|3/04]]\tneg\n"
    "2\t[[N|Tomás]]\tbrother\t52\t[[C|Holyoke]]\t>40\t[[D|3/04]]\tPOS 1.84\n"
    "3\t[[N|Lupe]]\tcoworker\t38\t[[C|Chicopee]]\t16\t[[D|3/06]]\tneg\n"
    "4\t[[N|Benny]]\tfriend\t\t[[C|South Hadley]]\t4\t\tnot yet\n"
    "5\t[[N|Marisol]]\tniece\t17\t[[C|Holyoke]]\t10\t[[D|3/06]]\tindet.\n"
    "Retest negatives 8 wk after last exposure, ~[[D|4/29]]. [[N|Tomás]]: CXR ordered, "
    "start 3HP if clear.",
)

note(
    "d19-09",
    "MAR, Dvorak",
    "MEDICATION ADMINISTRATION RECORD        [[D|04/09/2024]]\n"
    "Pt: [[N|Dvorak, Oksana]]   MRN [[MRN|7730418]]   Rm 5114-B   Wt 58.4 kg   Allergy: PCN\n\n"
    + fw(
        [23, 8, 4, 8, 6, 6, 6, 6],
        """
Medication¦Dose¦Rte¦Freq¦0600¦1000¦1400¦1800¦2200
metoprolol tartrate¦25 mg¦PO¦BID¦¦[[N|KT]]¦¦¦[[N|AM]]
apixaban¦2.5 mg¦PO¦BID¦¦[[N|KT]]¦¦¦[[N|AM]]
furosemide¦40 mg¦IV¦daily¦¦[[N|KT]]
insulin lispro SS¦per BG¦SC¦AC/HS¦--¦[[N|KT]]¦H¦[[N|AM]]¦[[N|AM]]
acetaminophen¦650 mg¦PO¦q6h PRN¦¦¦[[N|KT]] (pain 4/10)
""",
    )
    + "\n\nH = held (BG 68 at 1130).  R = refused.\n"
    "[[N|KT]] = [[N|Kiran Thapa]], RN     [[N|AM]] = [[N|Ada Mwangi]], LPN",
)

note(
    "d19-10",
    "Micro receiving log",
    "MICRO RECEIVING LOG  bench 3  night shift  received by [[N|jrenner]]\n"
    + fw(
        [12, 9, 18, 12, 15],
        """
Accession¦MRN¦Patient (L, F)¦Source¦Collected¦Coll by
[[ID|M24-118734]]¦[[MRN|6619203]]¦[[N|VARGA, ELSPETH]]¦blood x2¦[[D|04/14]] 23:05¦[[N|hng]]
[[ID|M24-118735]]¦[[MRN|5008127]]¦[[N|Prasko, Wendell]]¦urine cath¦[[D|04/14]] 23:40¦[[N|hng]]
[[ID|M24-118736]]¦[[MRN|6619203]]¦[[N|VARGA, ELSPETH]]¦wound swab¦[[D|04/15]] 00:10¦[[N|rbaptiste]]
[[ID|M24-118737]]¦[[MRN|7120954]]¦[[N|TAMM, OSRIC]]¦CSF tube 2¦[[D|04/15]] 01:55¦Dr. [[N|Ogundipe]]
""",
    )
    + "\nRejected: 0.  Fridge 2 temp 4.1 C at 0200.  Blood cx bottles loaded to BACT/ALERT unit 2.",
)

note(
    "d19-11",
    "Chemistry panel, Renner",
    "CHEMISTRY                                         Page 1 of 1\n"
    "Patient: [[N|Renner, Tobias]]  [[A|094]]Y M   MRN: [[MRN|2201877]]   Acc: [[ID|C24-009812]]\n"
    "Collected: [[D|2024-04-16]] 05:30   Received: [[D|2024-04-16]] 05:52\n\n"
    + fw(
        [13, 8, 6, 16],
        """
Test¦Result¦Flag¦Units¦Ref range
Sodium¦131¦L¦mmol/L¦135-145
Potassium¦5.6¦H¦mmol/L¦3.5-5.1
Chloride¦99¦¦mmol/L¦98-107
CO2¦18¦L¦mmol/L¦22-29
BUN¦48¦H¦mg/dL¦7-20
Creatinine¦2.31¦H¦mg/dL¦0.60-1.20
eGFR¦27¦L¦mL/min/1.73m2¦>60
Glucose¦212¦H¦mg/dL¦70-99
""",
    )
    + "\nK+ called to [[N|D. Achterberg]] RN 06:02, read back.  Verified [[N|mstan]] [[D|04/16]] 06:41",
)

note(
    "d19-12",
    "Screening log, site 027",
    "SCREENING LOG   Protocol CV-4471-B   Site 027   PI: [[N|Shoshana Klee]], MD\n"
    + fw(
        [9, 8, 13, 5, 6],
        """
Scr #¦Init¦Scr date¦Age¦Elig¦Comment
[[ID|027-S01]]¦[[N|J.R.M.]]¦[[D|01-Feb-2024]]¦71¦N¦eGFR 24 (excl <30)
[[ID|027-S02]]¦[[N|JR-M]]¦[[D|01-Feb-2024]]¦44¦Y¦rand [[ID|027-R001]], Arm 2
[[ID|027-S03]]¦[[N|T-K-O]]¦[[D|06-Feb-2024]]¦[[A|91]]¦N¦age > 85
[[ID|027-S04]]¦[[N|BAH]]¦[[D|09-Feb-2024]]¦58¦Y¦rand [[ID|027-R002]], Arm 1
[[ID|027-S05]]¦[[N|L-M]]¦[[D|13-Feb-2024]]¦63¦N¦HbA1c 11.2% (>10.5)
""",
    )
    + "\nNB [[ID|027-S01]] / [[ID|027-S02]] are father and son ([[N|J.R.M.]] Sr, [[N|JR-M]] Jr); "
    "separate charts verified.",
)

note(
    "d19-13",
    "Flu clinic roster, Brookside Commons",
    "Brookside Commons Assisted Living - influenza clinic [[D|10/08/2024]]\n"
    "Vaccinator [[N|L. Ferreira-Bost]], RN   Fluzone High-Dose lot UT8812KA (exp 2025)\n"
    + fw(
        [5, 27, 5, 8, 8],
        """
Apt¦Resident¦Age¦Cons.¦Site¦Given
104¦[[N|HOLLIS, MARGARET]]¦[[A|97]]¦Y¦L delt¦Y
107¦[[N|Ng, Hollis]]¦88¦Y¦R delt¦Y
112¦[[N|DeSantis-Ow, Carmela]]¦[[A|90]]¦N¦--¦N (declined)
115¦[[N|Pruitt, Anselm]]¦[[A|93]]¦Y¦L delt¦Y
118¦(vacant)
121¦[[N|Szabo, Irenke]] "[[N|Rena]]"¦[[A|101]]¦Y*¦R delt¦Y
""",
    )
    + "\n* [[N|Rena]]'s POA (son) consented by phone, [[PH|201-555-0158]].  VIS given to all. "
    "Obs 15 min, no reactions.",
)

note(
    "d19-14",
    "Dialysis chair assignments",
    "HEMODIALYSIS - chair assignments effective [[D|May 6]]\n"
    + fw(
        [6, 6, 22, 9, 9, 10],
        """
Shift¦Chair¦Patient¦Sched¦EDW kg¦Access¦Nephrologist
1st¦3¦[[N|Mbeki-Rourke, Ines]]¦M/W/F¦61.5¦L AVF¦[[N|Prakash]]
1st¦7¦[[N|GALLOWAY, DESMOND]]¦M/W/F¦88.0¦R IJ TDC¦[[N|Prakash]]
2nd¦3¦[[N|Teo, Winifred]]¦T/Th/Sa¦54.2¦L AVG¦[[N|Abernathy-Cole]]
2nd¦11¦[[N|ruiz, santiago]]¦T/Th/Sa¦102.7¦L AVF¦[[N|Prakash]]
""",
    )
    + "\nChanges: Mr. [[N|Galloway]] moves to 2nd shift from [[D|5/14]] (transport).  "
    "Ms. [[N|Teo]] away [[D|5/20]]-[[D|5/24]], guest treatments at Lakeside Dialysis Orlando.",
)

note(
    "d19-15",
    "AE log, subject 031-0042",
    "ADVERSE EVENT LOG   Subj [[ID|031-0042]] (init [[N|PQV]])   ONC-118   Arm A\n"
    + fw(
        [4, 16, 12, 7, 4, 4, 6, 10],
        """
#¦Term¦Onset¦Day¦Gr¦SAE¦Rel¦Outcome¦Resolved
1¦Nausea¦[[D|02-JAN-2024]]¦3¦1¦N¦prob¦resolved¦[[D|05-JAN-2024]]
2¦Anemia¦[[D|15-JAN-2024]]¦16¦2¦N¦poss¦ongoing
3¦Pneumonitis¦[[D|09-FEB-2024]]¦41¦3¦Y¦prob¦res/seq¦[[D|03-MAR-2024]]
4¦Hypothyroidism¦[[D|20-FEB-2024]]¦52¦2¦N¦prob¦ongoing
""",
        sep="| ",
    )
    + "\nSAE #3 to sponsor < 24 h, ref [[ID|SAE-031-0042-01]]; PI [[N|Y. Haddad]] aware. "
    "Cycle 4 held; restart C5D1 if gr <= 1.\nEntered [[N|kbalogun]] [[D|11-MAR-2024]]",
)

note(
    "d19-16",
    "Implant log, OR 7",
    "IMPLANT LOG  OR 7  [[D|06/03/2024]]  Pt [[N|Haddock, Lyle]]  MRN [[MRN|3395021]]\n"
    + fw(
        [13, 20, 9, 14, 4],
        """
Item¦Model¦Lot¦Serial¦Qty¦Side
Stem¦Orion HX sz 12¦L230918¦[[DEV|HX12-0048817]]¦1¦R
Head¦CoCr 36 mm +0¦L230771¦[[DEV|FH36-2290413]]¦1¦R
Shell¦TriSpire 54 mm¦L231104¦[[DEV|TS54-0072219]]¦1¦R
Liner¦XLPE 36/54¦L231112¦(none)¦1¦R
Cement¦PalaFix 40 g¦8842011¦--¦2
""",
    )
    + "\nUDI stem: [[DEV|(01)00884521003417(17)270930(10)L230918(21)HX12-0048817]]\n"
    "Surgeon [[N|Ngata, Wiremu]] MD; circ [[N|ebrandt]] RN; rep [[N|Colby Stroud]] (Orion Ortho)",
)

note(
    "d19-17",
    "Eligibility worksheet",
    "ELIGIBILITY WORKSHEET - front desk, checked [[D|1/08]]\n"
    + fw(
        [14, 12, 13, 16, 10],
        """
Patient¦DOB¦Payer¦Member ID¦Group¦Subscriber
[[N|Mirela Stan]]¦[[D|04/11/1979]]¦Keystone PPO¦[[HP|KHP0091827346]]¦[[HP|GR-55102]]¦self
[[N|Ilie Stan]]¦[[D|09/30/2012]]¦Keystone PPO¦[[HP|KHP0091827347]]¦[[HP|GR-55102]]¦mother
[[N|Theo Abara]]¦[[D|12/02/1950]]¦Medicare¦[[HP|7TQ2-HF1-RW48]]¦¦self
¦¦Medigap F¦[[HP|388102745-11]]¦¦self
""",
    )
    + "\nKeystone verified by phone, ref # [[ID|0108-4471]]; copay $25, ded $1,150 of $2,000 met.\n"
    "[[N|Ilie]] dependent to age 26.",
)

note(
    "d19-18",
    "Account ledger, Pruitt",
    "ACCOUNT LEDGER   Guarantor: [[N|Pruitt, Delia M]]   Acct [[ACCT|40018273]]\n"
    + fw(
        [10, 13, 7, 14, 8, 8, 7],
        """
Svc date¦Enc #¦CPT¦Description¦Charge¦Paid¦Adj¦Bal
[[D|01/16/24]]¦[[ACCT|E0099281734]]¦99214¦OV est¦185.00¦118.40¦46.60¦20.00
[[D|01/16/24]]¦[[ACCT|E0099281734]]¦85025¦CBC w/diff¦24.00¦9.12¦14.88¦0.00
[[D|02/20/24]]¦[[ACCT|E0099417702]]¦93000¦ECG 12-lead¦61.00¦0.00¦0.00¦61.00
""",
    )
    + "\nClaim [[ID|C24-118820-01]] ([[D|02/20]]) pending - payer asked for records, faxed to "
    "[[FX|(866) 555-0192]].\nStatement to [[ADDR|PO Box 318]], [[C|Tilton]], NH [[Z|03276]].  Balance due 81.00",
)

note(
    "d19-19",
    "Home health weekly schedule",
    "HOME HEALTH - week of [[D|7/15]]   RN CM [[N|Beatriz Almonte]]  cell [[PH|347-555-0110]]\n"
    + fw(
        [18, 24, 10, 6, 13, 7],
        """
Pt¦Address¦Town¦ZIP¦Phone¦Visit¦Freq
[[N|Okafor, Chidinma]]¦[[ADDR|221 Maple Ave 2nd fl]]¦[[C|Yonkers]]¦[[Z|10705]]¦[[PH|914-555-0133]]¦[[D|7/15]]¦2w4
[[N|Ferraro, Vito]]¦[[ADDR|9 Cortlandt St]]¦[[C|Tarrytown]]¦[[Z|10591]]¦[[PH|914-555-0149]]¦[[D|7/16]]¦1w8
[[N|Lam, Bich]]¦[[ADDR|40 Warburton Ave 6C]]¦[[C|Yonkers]]¦[[Z|10701]]¦[[PH|914-555-0102]]¦[[D|7/17]]¦3w2
""",
    )
    + "\n[[N|Ferraro]] bldg door code 4471#, dog in yard.  [[N|Lam]]: Vietnamese interpreter by phone.",
)

note(
    "d19-20",
    "EMS trip log, Medic 12",
    "EMS TRIP LOG  Medic 12  [[D|08/22]]  crew [[N|Dale Hutchins]] (P) / [[N|Amara Sesay]] (E)\n"
    + fw(
        [11, 6, 6, 30],
        """
Trip #¦Disp¦Pt¦Scene¦Dest
[[ID|24-081733]]¦0712¦M 40s¦MVC, [[ADDR|1450 Central Ave]]¦Mercy General
[[ID|24-081741]]¦0931¦F [[A|92]]¦[[ADDR|16 Linden Ct]], [[C|Cohoes]]¦Mercy General
[[ID|24-081752]]¦1140¦F 19¦GPS [[ADDR|42.7312, -73.6891]]¦St. Brendan
[[ID|24-081760]]¦1422¦F [[A|90s]]¦lift assist, no transport¦--
""",
    )
    + "\nTrip [[ID|24-081733]]: other driver's plate NY [[VEH|HKT4419]], PD report to Ofc. [[N|Brannigan]]. "
    "Unit mileage 118,402.",
)

note(
    "d19-21",
    "Prescriber roster, Riverbend",
    "CONTROLLED-SUBSTANCE PRESCRIBER ROSTER - Riverbend Family Medicine\n"
    "Updated [[D|Jan 2024]] by practice mgr [[N|Lorna Kesey]] ([[EM|lkesey@riverbendfm.example]])\n\n"
    + fw(
        [24, 5, 12, 11, 14],
        """
Prescriber¦Cred¦NPI¦DEA¦State lic¦Exp
[[N|Villalobos, Esperanza]]¦MD¦[[ID|1548203917]]¦[[LIC|BV4471920]]¦[[LIC|MD.0049182]]¦2025
[[N|Orme, Thaddeus J]]¦DO¦[[ID|1720395518]]¦[[LIC|FO2281736]]¦[[LIC|DO.0003377]]¦2026
[[N|Tran-Whitlock, Quyen]]¦NP¦[[ID|1306612849]]¦[[LIC|MT0917245]]¦[[LIC|APRN.0012064]]¦2024*
""",
    )
    + "\n\n* renewal filed [[D|12/18/2023]].  Schedules II-V.  Practice DEA registration "
    "on file with the pharmacy board; 3 prescribers, 0 lapses in 2023.",
)

note(
    "d19-22",
    "Pediatric surgery call schedule",
    "PEDIATRIC SURGERY CALL - week of [[D|Sep 9]]   (swaps: [[N|gpetrakis]])\n"
    + fw(
        [7, 20, 18],
        """
Date¦1st call¦Backup attending¦OR block
[[D|9/9]]¦[[N|S. Adeyemi-Clark]]¦Dr. [[N|Whitcombe]]¦OR 4 0730
[[D|9/10]]¦[[N|P. Loughran]]¦Dr. [[N|Whitcombe]]¦--
[[D|9/11]]¦[[N|S. Adeyemi-Clark]]¦Dr. [[N|Iwu]]¦OR 4 0730
""",
    )
    + "\nPagers: [[N|Adeyemi-Clark]] [[PH|617-555-0121]], [[N|Loughran]] [[PH|617-555-0122]]."
    "  Sat/Sun 0700-0700 covered by [[N|Iwu]].  Trauma level 1 activations page both.",
)

note(
    "d19-23",
    "Critical value call log",
    "CRITICAL VALUE CALL LOG - Core Lab, night of [[D|11/03]]\n"
    + fw(
        [5, 11, 8, 13, 19],
        """
Time¦Accession¦MRN¦Test/value¦Called to¦By
0214¦[[ID|H24-330192]]¦[[MRN|8820413]]¦K 6.9 mmol/L¦[[N|Tran, Lien]] RN¦[[N|ckozak]]
0357¦[[ID|H24-330247]]¦[[MRN|1102937]]¦Plt 9 K/uL¦Dr. [[N|Abiodun]]¦[[N|ckozak]]
0611¦[[ID|H24-330355]]¦[[MRN|4437718]]¦INR 7.8¦[[N|Pettigrew]] (charge)¦[[N|wdesai]]
""",
    )
    + "\nRead-back documented x3.  Primary RN for [[MRN|4437718]] did not answer x2 "
    "(0602, 0606); escalated per policy LAB-114.",
)

note(
    "d19-24",
    "EHR access audit",
    "EHR ACCESS AUDIT - break-the-glass review, MRN [[MRN|5592018]] ([[N|KESTREL, JUNE]])\n"
    "Requested by Privacy Office ([[N|A. Mendelsohn-Pike]]) [[D|2024-05-09]]\n\n"
    + fw(
        [23, 11, 14],
        """
timestamp¦user¦ip¦action
[[D|2024-05-03T22:14:07Z]]¦[[N|bquist]]¦[[IP|10.41.7.122]]¦BTG "direct care"
[[D|2024-05-03T22:15:40Z]]¦[[N|bquist]]¦[[IP|10.41.7.122]]¦VIEW notes
[[D|2024-05-04T03:02:11Z]]¦[[N|tlarkspur]]¦[[IP|172.20.14.9]]¦VIEW results
[[D|2024-05-04T03:02:59Z]]¦[[N|tlarkspur]]¦[[IP|172.20.14.9]]¦PRINT AVS
""",
    )
    + "\n\nHost ED-WS-0417.  Finding: [[N|tlarkspur]] (unit clerk, 6W) had no care relationship; "
    "referred to manager [[N|Haverty]].",
)

note(
    "d19-25",
    "ADT message, Oyelaran",
    "MSH|^~\\&|ADT|NORTHGATE|LAB|NORTHGATE|[[D|20240611083015]]||ADT^A04|[[ID|MSG00418827]]|P|2.5.1\n"
    "PID|1||[[MRN|7730519]]^^^NGH^MR||[[N|OYELARAN]]^[[N|FOLASADE]]^[[N|T]]||[[D|19480214]]|F|||"
    "[[ADDR|77 Brook St]]^^[[C|Malden]]^MA^[[Z|02148]]||[[PH|(781)555-0137]]|||||[[ACCT|A00583920]]|"
    "[[SSN|031-55-4420]]\n"
    "NK1|1|[[N|OYELARAN]]^[[N|BAYO]]|SON|[[PH|781-555-0150]]\n"
    "PV1|1|O|NG-CLIN3^^^||||[[ID|1427839105]]^[[N|FENWICK]]^[[N|ROSALIND]]^^^DR|||MED||||1|||||"
    "[[ACCT|V2406110042]]\n"
    "AL1|1|DA|70618^Penicillin^RXNORM|MO|hives\n\n"
    "(interface error queue: PID-11 county field empty, NK1-4 address missing; resubmitted 08:31)",
)

note(
    "d19-26",
    "EDC open query listing",
    "OPEN QUERIES - NEURO-207, Site 112   listing run [[D|14-Jun-2024]]\n"
    + fw(
        [9, 6, 11, 5, 6, 31],
        """
Subject¦Init¦Visit¦Form¦Field¦Query¦Opened
[[ID|112-005]]¦[[N|R_W]]¦V3 Wk4¦VS¦SBP¦210 mmHg out of range - confirm¦[[D|03-Jun-2024]]
[[ID|112-005]]¦[[N|R_W]]¦V4 Wk8¦LB¦ALT¦units missing (U/L?)¦[[D|10-Jun-2024]]
[[ID|112-011]]¦[[N|HEM]]¦Scr¦DM¦BRTHDTC¦DOB [[D|1934-02-30]] not a valid date¦[[D|10-Jun-2024]]
""",
    )
    + "\nResponse pending from CRC [[N|cng]]; 3 open, 0 answered, oldest 11 days.",
)

note(
    "d19-27",
    "PK sampling sheet",
    "PK SAMPLING - Subject [[ID|204-0019]] (init [[N|E-F-S]]), Cohort 3 (200 mg), Period 1\n"
    + fw(
        [8, 7, 4, 10, 9],
        """
Nominal¦Actual¦Day¦Tube¦Conc¦Comment
pre¦07:52¦1¦K2EDTA¦BLQ
0.5 h¦08:31¦1¦K2EDTA¦412
1 h¦09:02¦1¦K2EDTA¦1,870
2 h¦10:05¦1¦K2EDTA¦2,315¦Tmax
4 h¦12:01¦1¦K2EDTA¦1,102
8 h¦16:10¦1¦K2EDTA¦388¦hemolysed 1+
24 h¦08:00¦2¦K2EDTA¦61.4
""",
    )
    + "\nConc in ng/mL.  Dosed 08:00 on [[D|18-Apr-2024]] by [[N|V. Okoro]]; "
    "samples shipped [[D|22-Apr]] (box 7 of 12, -70 C).",
)

note(
    "d19-28",
    "L&D delivery log",
    "L&D DELIVERY LOG   [[D|Feb 17]]-[[D|Feb 18]]\n"
    + fw(
        [6, 19, 8, 5, 5, 13, 8, 6],
        """
Time¦Mother¦MRN¦G/P¦GA¦Mode¦Infant¦Apgar¦Peds
22:48¦[[N|Castellano, Noemi]]¦[[MRN|4410288]]¦G2P2¦39+2¦SVD¦F 3410 g¦8/9¦[[N|Iyer]]
02:15¦[[N|WHITFIELD, SHAY]]¦[[MRN|4410377]]¦G1P1¦41+0¦C/S (arrest)¦M 4025 g¦7/9¦[[N|Iyer]]
05:50¦[[N|Pham, Thuy]]¦[[MRN|3307145]]¦G3P3¦36+5¦SVD¦M 2690 g¦9/9¦[[N|Ruelas]]
""",
    )
    + '\nBaby girl [[N|Castellano]] named "[[N|Luz]]" per mom.  Baby boy [[N|WHITFIELD]] to NICU '
    "for obs (POC glucose 38).  QBL 450 / 980 / 300 mL.",
)

note(
    "d19-29",
    "Death certificate worksheet",
    """
DEATH CERTIFICATE WORKSHEET (medical portion)
Decedent ........ [[N|Ferreira, Augusto Manuel]]
Date of death ... [[D|12/24/2023]]   Time 04:10
Age ............. [[A|98]] yr
Place ........... inpatient, St. Columba Hospital
Residence ....... [[ADDR|3 Ivy Terrace]], [[C|Fall River]], MA
Informant ....... [[N|Ilda Ferreira-Moss]] (daughter) [[PH|508-555-0184]]
Part I  a) cardiogenic shock ........ hours
        b) NSTEMI ................... 3 days
        c) coronary artery disease .. years
Part II ......... CKD stage 4; type 2 diabetes
Certifier ....... [[N|Desmond Achebe-Ruiz]], MD  lic MA [[LIC|271184]]
Pronounced by ... [[N|J. Stroh]], RN
Disposition ..... Ferreira & Sons Funeral Home
ME declined jurisdiction by phone [[D|Christmas Eve]] 05:00.
""",
    allow=("Ferreira",),
)

note(
    "d19-30",
    "Measles exposure list",
    "MEASLES EXPOSURE - urgent care waiting room [[D|4/6]] 10:15-12:40 (index arrived 10:20)\n"
    + fw(
        [10, 6, 9, 5, 16],
        """
First¦Age¦Town¦MMR¦Action¦Phone
[[N|Zainab]]¦9 mo¦[[C|Lowell]]¦0¦IG given [[D|4/7]]¦[[PH|978-555-0114]]
[[N|Caleb]]¦4 y¦[[C|Dracut]]¦1¦MMR #2 today¦[[PH|978-555-0139]]
[[N|Mei]]¦31 y¦[[C|Lowell]]¦unk¦titer drawn¦[[PH|978-555-0125]]
[[N|Ofelia]]¦[[A|92]] y¦[[C|Tyngsboro]]¦0¦born < 1957¦(w/ [[N|Caleb]])
""",
    )
    + "\nMonitor through day 21 ([[D|4/27]]).  Symptom calls by [[N|N. Pires]], epi.",
)

note(
    "d19-31",
    "Legionella cluster line list",
    "LEGIONELLA CLUSTER - cases by residence (as of [[D|08/30]])   cluster code LG-NYM-24-03\n"
    + fw(
        [3, 5, 4, 20, 7, 7, 5, 6],
        """
#¦Age¦Sex¦Neighbourhood¦ZIP¦Onset¦UAg¦Hosp¦Outcome
1¦67¦M¦[[C|Washington Heights]]¦[[Z|10032]]¦[[D|08/14]]¦+¦Y¦recovering
2¦71¦F¦[[C|Inwood]]¦[[Z|10034]]¦[[D|08/17]]¦+¦Y¦ICU
3¦[[A|94]]¦M¦[[C|Washington Heights]]¦[[Z|10033]]¦[[D|08/19]]¦-/cx+¦Y¦died [[D|08/26]]
4¦58¦M¦[[C|Marble Hill]]¦[[Z|10463]]¦[[D|08/22]]¦+¦N¦outpt
""",
    )
    + "\nSg1 isolates from #2 and #3 sent for PFGE/WGS.  Cooling-tower sampling 14 of 31 towers done, "
    "2 with > 1000 CFU/mL.",
)

note(
    "d19-32",
    "Pertussis school exclusion list",
    "PERTUSSIS EXPOSURE - Room 14 (Grade 2), Fairmount Elementary\n"
    "Teacher: Ms. [[N|Quill]]     School nurse: [[N|Dottie Renshaw]], RN\n"
    + fw(
        [14, 11, 6, 22],
        """
Student¦DOB¦DTaP¦Status
[[N|Amani K.]]¦[[D|03/14/2016]]¦5¦UTD - stay, watch
[[N|Brody T.]]¦[[D|11/02/2015]]¦3¦exclude until PEP day 5
[[N|Sofia R.-M.]]¦[[D|07/29/2016]]¦0 (exempt)¦exclude 21 days
""",
    )
    + "\nLetters home [[D|Oct 3]].  Azithro PEP offered to all 22 in class; 18 accepted.",
)

note(
    "d19-33",
    "Wound flowsheet, Lindgren",
    "WOUND CARE FLOWSHEET   [[N|Lindgren, Harriet]]   [[A|94]]F   Rm 22   Braden 13\n"
    + fw(
        [7, 8, 16, 6, 11, 13],
        """
Date¦Site¦L x W x D cm¦Stage¦Exudate¦Dressing¦RN
[[D|6/3]]¦sacrum¦4.2 x 3.0 x 0.5¦3¦mod serous¦foam q72h¦[[N|TB]]
[[D|6/6]]¦sacrum¦4.0 x 2.9 x 0.4¦3¦moderate¦foam q72h¦[[N|TB]]
[[D|6/10]]¦sacrum¦3.6 x 2.5 x 0.3¦3¦minimal¦foam q72h¦[[N|RW]]
¦L heel¦1.1 x 1.0 x 0¦DTI¦none¦offload, prep¦[[N|RW]]
""",
    )
    + "\nPrealbumin 14 mg/dL; dietitian consult.  Turn q2h, low-air-loss mattress (rental #3).",
)

note(
    "d19-34",
    "Surgical pathology grossing log",
    "SURGICAL PATHOLOGY - grossing log [[D|09/17/2024]]   PA: [[N|fdelacroix]]\n"
    + fw(
        [11, 5, 24, 22, 5],
        """
Case #¦Part¦Patient¦Specimen¦Cass¦Fix h
[[ID|S24-18830]]¦A¦[[N|MORALES-TUPA, ERNESTO]]¦prostate, radical¦22¦26
[[ID|S24-18830]]¦B¦[[N|MORALES-TUPA, ERNESTO]]¦L pelvic LN¦4¦26
[[ID|S24-18831]]¦A¦[[N|Kiplagat, Ruth]]¦skin L shoulder, shave¦1¦8
[[ID|S24-18832]]¦A-C¦[[N|Goss, Ambrose]]¦colon bx x3¦3¦9
""",
    )
    + "\nInk: R blue / L black.  [[ID|S24-18831]] margins inked orange; path Dr. [[N|Vance]] notified 10:42.",
)

note(
    "d19-35",
    "CT worklist, scanner 2",
    "CT WORKLIST - Scanner 2 - [[D|11/12]]\n"
    + fw(
        [5, 22, 4, 15, 5, 9],
        """
Time¦Patient¦Age¦Exam¦IV¦Cr/eGFR¦Ordering
0800¦[[N|Fitch, Orla]]¦[[A|93]]¦CT head w/o¦no¦--¦[[N|Sandoval]]
0830¦[[N|BERGSTROM, NILS]]¦71¦CTA chest PE¦yes¦1.1/64¦[[N|Sandoval]]
0915¦[[N|Adebayo-Lin, Grace]]¦38¦CT A/P w/¦yes¦0.7/>90¦[[N|Okuda]]
0945¦[[N|McCandless, R.]]¦55¦CT L-spine¦no¦--¦ortho PA
""",
    )
    + "\nPremed for [[N|Adebayo-Lin]] (iodinated contrast hives 2019): pred 50 mg 13/7/1 h + "
    "diphenhydramine 50 mg.  Scanner 2 QC passed 06:50.",
)

note(
    "d19-36",
    "OR board",
    "OR BOARD  [[D|2/8]]   charge RN [[N|Lattimore]]   anesthesia coordinator Dr. [[N|Huang]]\n"
    + fw(
        [4, 6, 21, 12, 10, 12],
        """
Rm¦Start¦Patient¦Procedure¦Surgeon¦Anesth¦Status
1¦0730¦[[N|Yazzie, Darlene]]¦lap chole¦[[N|Kwan]]¦[[N|Rademacher]]¦in room
2¦0745¦[[N|Broussard, Felix]]¦TKA L¦[[N|Ngata]]¦[[N|Rademacher]]¦pre-op
3¦0800¦[[N|Pierce, J.]] (add-on)¦I&D R hand¦[[N|Ostrowski]]¦[[N|Huang]]¦waiting H&P
""",
    )
    + "\nRm 3 delay: consent from guardian Mr. [[N|Pierce]] by phone, 2 witnesses.",
)

note(
    "d19-37",
    "ED tracking board, pod B",
    "ED TRACKING   pod B   [[D|1/27]] 03:10\n"
    + fw(
        [4, 19, 6, 15, 4, 5, 5],
        """
Rm¦Patient¦Age¦CC¦ESI¦Prov¦RN¦Dispo
B1¦[[N|SOKOLOV, T]]¦34M¦SOB¦2¦[[N|AK]]¦[[N|mj]]¦admit pend
B2¦[[N|Hightower, Ena]]¦[[A|99]]F¦fall, hip pain¦3¦[[N|AK]]¦[[N|mj]]¦CT pelvis
B3¦--
B4¦TRAUMA, ZULU¦~40M¦GSW L thigh¦1¦[[N|DR]]¦[[N|pv]]¦OR 2
B5¦[[N|baptiste, wilner]]¦61M¦CP, trop 0.02¦2¦[[N|DR]]¦[[N|pv]]¦obs
""",
        sep="| ",
    )
    + "\nB4 unidentified, placeholder name until ID; belongings w/ security.  Waiting room 11, LWBS 2.",
)

note(
    "d19-38",
    "Discharge callback list, 5 North",
    "DISCHARGE CALLBACKS - 5 North, discharged [[D|03/29]]   caller [[N|Priyanka Desai-Holt]]\n"
    + fw(
        [17, 20, 15, 15],
        """
Patient¦Phone¦Attempt 1¦Attempt 2¦Outcome
[[N|Marchetti, Lou]]¦[[PH|401-555-0112]]¦[[D|3/31]] 10:05¦¦reached, meds ok
[[N|ABERNETHY, CORA]]¦[[PH|401-555-0198]]¦[[D|3/31]] 10:20 VM¦[[D|4/1]] 09:40¦via dtr
[[N|Souza, Rui]]¦[[PH|401-555-0147]] (c)¦[[D|3/31]] 10:41¦[[D|4/1]] 09:55¦no answer x2
""",
    )
    + "\n[[N|Souza]]: letter mailed, PCP office (Dr. [[N|Benn]]) informed.  Readmit check at 30 d.",
)

note(
    "d19-39",
    "Prior authorization fax cover",
    """
FAX - PRIOR AUTHORIZATION REQUEST
To:        Utilization Mgmt, Crestline Health Plan    Fax: [[FX|(888) 555-0164]]
From:      [[N|Odalys Fuentes]], Desert Neurology        Fax: [[FX|(602) 555-0123]]
                                                       Ph:  [[PH|(602) 555-0124 ext 31]]
Date:      [[D|10/02/2024]]                             Pages: 7 incl. cover
Member:    [[N|Quintanilla, Beto]]    ID: [[HP|CHP55019284]]    DOB: [[D|06/06/1962]]
Drug:      onabotulinumtoxinA 155 units q12wk (J0585 x 200; G43.709)
Prior tx:  topiramate 100 mg, propranolol 80 mg - failed; amitriptyline - intolerant
Headache days/mo: 18 (diary attached)
Ref #:     [[ID|PA-2024-338190]]
""",
)

note(
    "d19-40",
    "DME loan closet log",
    "EQUIPMENT LOAN CLOSET - Rehab (check-out log)\n"
    + fw(
        [11, 12, 14, 18, 7],
        """
Item¦Model¦Serial¦Borrower¦Out¦Due
Wheelchair¦Breezy 18in¦[[DEV|WC18-220917]]¦[[N|Delacorte, Minnie]]¦[[D|5/2]]¦[[D|6/2]]
Walker¦2-wheel¦(none)¦[[N|Okeke, Felix]]¦[[D|5/3]]¦keep
Knee scooter¦KS-200¦[[DEV|KS2-00493]]¦[[N|Huynh, Bao]]¦[[D|5/9]]¦[[D|6/9]]
""",
    )
    + "\nDeposit waived for all three (financial hardship form).  Scooter battery 80% at checkout.",
)

note(
    "d19-41",
    "Valuables inventory, Rook",
    "PATIENT VALUABLES / BELONGINGS - Security\n"
    "Pt: [[N|Rook, Emmett]]   MRN [[MRN|9014472]]   ED arrival [[D|07/04]] 23:15 (fireworks, L hand)\n\n"
    + fw(
        [18, 34],
        """
Item¦Description¦Qty
Wallet¦brown leather¦1
Driver's license¦NH [[LIC|NHL0448192]]¦1
Cash¦$63.00 (3 x 20, 1 x 3)¦--
Phone¦black, cracked screen, no case¦1
Key fob¦Toyota; car in lot C, plate [[VEH|4PXR219]]¦1
Ring¦yellow metal, removed (swelling)¦1
""",
    )
    + "\n\nSealed 23:50, envelope to safe.  Witness: [[N|G. Sandoval]], badge [[ID|S-114]]; "
    "pt signature unable (sedated).",
)

note(
    "d19-42",
    "Custody and control form",
    """
FORENSIC DRUG TEST - CUSTODY AND CONTROL FORM (copy 2, MRO)
Specimen ID: [[ID|SPX-0917733]]                 Lab: Swiftlab, split specimen
STEP 1  Employer: Tri-County Transit            Reason: random   Panel: DOT 5
        MRO: [[N|Cordelia Banks-Ferro]], MD
STEP 2  Donor last name: [[N|KAMINSKI]]            First: ______________
        Donor ID (CDL): [[LIC|K4419-20817-93]]      Photo ID verified: Y
        Temp 32-38 C within 4 min: Y    Split: Y    Observed: N
STEP 3  Collector: [[N|Tamsin Oduya]]     [[D|05/21/2024]]  06:47
        Courier release 07:30, bottle seals A and B intact
""",
)

note(
    "d19-43",
    "Randomization extract, PAIN-33",
    "RANDOMIZATION - blinded pharmacy extract   Study PAIN-33   Stratum: age >= 65\n"
    + fw(
        [8, 8, 10, 6, 7],
        """
Rand #¦Kit¦Subject¦Init¦Visit¦Tablets returned
[[ID|R-0101]]¦K-7731¦[[ID|033-101]]¦[[N|EFW]]¦V2¦12 of 56
[[ID|R-0102]]¦K-7744¦[[ID|033-104]]¦[[N|G-H-L]]¦V2¦3 of 56
""",
    )
    + "\nCompliance 79% / 95%.  Dispensing pharmacist [[N|Ines Araujo]], PharmD.  Next kit "
    "block K-7750 to K-7799 received in good condition (2-8 C).",
)

note(
    "d19-44",
    "Biobank shipment manifest",
    "BIOBANK SHIPMENT MANIFEST  box BB-14 (9x9)  shipped [[D|2024-10-21]]  dry ice 12 kg\n"
    + fw(
        [4, 15, 8, 6, 14, 6],
        """
Pos¦Sample ID¦Partic.¦Visit¦Type¦mL¦Collected
A1¦[[ID|BB24-00831-S1]]¦[[ID|P-0417]]¦V1¦serum¦0.5¦[[D|2024-09-30]]
A2¦[[ID|BB24-00831-S2]]¦[[ID|P-0417]]¦V1¦plasma¦0.5¦[[D|2024-09-30]]
A3¦empty¦¦¦¦¦
A4¦QC-POOL-03¦--¦--¦serum QC¦0.5¦--
""",
    )
    + "\nPacked by [[N|yhassan]]; logger TL-0093 started 14:05, -78.5 C at seal.",
)

note(
    "d19-45",
    "Interpreter requests",
    "INTERPRETER REQUESTS for [[D|Friday]]   coordinator [[N|Lidia Moraru]]\n"
    + fw(
        [5, 11, 26, 11, 10],
        """
Time¦Unit¦Patient¦Language¦Mode¦Interpreter
0900¦Onc clinic¦[[N|Nguyen Van Hai]]¦Vietnamese¦in person¦[[N|Tuyet]]
1030¦L&D¦[[N|Mendoza, Yesenia]]¦Mixteco¦video¦vendor
1300¦5W-22¦[[N|al-Sayegh, Nabil]]¦Arabic¦phone¦vendor
1430¦Peds¦[[N|Ahmadi]] (child) / mom¦Dari¦in person¦TBD
""",
    )
    + "\nMixteco needs 48 h notice - confirmed with vendor.",
)

note(
    "d19-46",
    "Transport queue",
    "PATIENT TRANSPORT QUEUE   08:40   dispatcher [[N|kmcgrath]]\n"
    + fw(
        [9, 19, 7, 8, 11, 8],
        """
Req¦Patient¦From¦To¦Mode¦Iso¦Notes
[[ID|T-55190]]¦[[N|Okwuosa, Benedicta]]¦6N-14¦CT 2¦stretcher¦contact¦O2 2 L,
¦¦¦¦¦¦needs RN
[[ID|T-55193]]¦[[N|LUNDQUIST, E]]¦ED B2¦IR¦bed¦--¦telemetry
""",
    )
    + "\n1 request cancelled.  Avg wait today 14 min; 2 transporters on break 0900-0915.",
)

note(
    "d19-47",
    "Portal message log, dermatology",
    "PORTAL MESSAGE LOG - Dermatology pool, exported [[D|2024-08-14]]\n"
    + fw(
        [13, 14, 17, 16],
        """
Msg ID¦Received¦From¦Subject¦Routed to
[[ID|MSG-7731902]]¦[[D|08/13]] 21:14¦[[N|Greer, Sabine]]¦photo of rash¦[[N|alambert]]
[[ID|MSG-7731955]]¦[[D|08/14]] 06:02¦proxy: [[N|Hugo Greer]]¦refill tretinoin¦pool
""",
    )
    + "\nAttachment: [[URL|https://portal.example.org/msg/attach?pt=5521904&tok=Xh7Qe2Lm]]\n"
    "Refill sent; 30 g tube, 2 refills.  Auto-reply template v3.2.",
)

note(
    "d19-48",
    "Hospice IDT census",
    "HOSPICE IDT CENSUS   [[D|10/15]]\n"
    + fw(
        [17, 4, 16, 8, 6, 12],
        """
Patient¦Age¦Dx¦Level¦LOS¦Location¦RN
[[N|Whitlock, Agnes]]¦[[A|96]]¦dementia FAST 7c¦routine¦212 d¦home¦[[N|Sue P.]]
[[N|Oduya, Festus]]¦74¦NSCLC IV¦GIP¦3 d¦IPU bed 4¦[[N|Sue P.]]
[[N|Carrow, Isla]]¦89¦ESRD off HD¦routine¦9 d¦ALF¦[[N|M. Teague]]
""",
    )
    + "\n[[N|Carrow]] family meeting 2 pm.  [[N|Whitlock]] recert due, PPS 30%.",
)

note(
    "d19-49",
    "Monthly dialysis labs",
    "MONTHLY LABS   [[N|ruiz, santiago]] (chair 11, T/Th/Sa)   drawn [[D|6/04]] pre-HD\n"
    + fw(
        [10, 8, 8, 10],
        """
Test¦Result¦Units¦Target¦Action
Hgb¦9.8¦g/dL¦10-11.5¦ESA up 25%
Ferritin¦312¦ng/mL¦200-800¦--
TSAT¦18¦%¦>20¦IV iron x 10
Phos¦6.4¦mg/dL¦3.5-5.5¦binder up
Ca¦8.9¦mg/dL¦8.4-10.2¦--
PTH¦612¦pg/mL¦150-600¦cinacalcet 30
Albumin¦3.6¦g/dL¦>=4.0¦RD
spKt/V¦1.38¦¦>=1.2¦--
URR¦72¦%¦>=65¦--
""",
    )
    + "\nReviewed with Dr. [[N|Prakash]] at QAPI [[D|6/11]].",
)

note(
    "d19-50",
    "Thoracic tumor board list",
    "THORACIC TUMOR BOARD - agenda for [[D|Wednesday]]   coordinator [[N|B. Esterhazy]]\n"
    + fw(
        [3, 9, 9, 13, 30],
        """
#¦Pt¦MRN¦Presenter¦Question
1¦[[N|R.T.O.]]¦[[MRN|3308172]]¦[[N|Lindqvist]]¦RUL 2.1 cm, PET SUV 7.4 - SBRT vs lobe
2¦[[N|M.A.]]¦[[MRN|5561009]]¦[[N|Kwan]]¦EGFR L858R, progression on osi
3¦(carried over)¦¦¦stage IIIA, N2 - awaiting EBUS
""",
    )
    + "\nCME attendance sheet at door.  Path slides for #1 pulled ([[ID|S24-18803]] pending).",
)

note(
    "d19-51",
    "Genetics intake with family table",
    "GENETICS INTAKE - hereditary cancer clinic\n"
    "Proband: [[N|Noor Hadid-Larsen]], 41 y, DOB [[D|5/30/1983]].  Referred after TNBC at 40 "
    "(grade 3, ER-/PR-/HER2 0).  Ashkenazi ancestry: no.  Prior testing: none.\n\n"
    + fw(
        [15, 15, 16, 9],
        """
Relative¦Name¦Cancer¦Age dx¦Status
Mother¦[[N|Sigrid]]¦breast, bilat¦44, 51¦d. 58
MGM¦--¦ovarian¦62¦d. 63
Mat. aunt¦[[N|Astrid Larsen]]¦breast¦39¦alive
Father¦¦none¦¦alive, 70
Pat. GF¦¦prostate¦[[A|90]]¦d. [[A|93]]
""",
    )
    + "\n\nPlan: 84-gene panel, saliva kit; post-test visit in 3 wk.  Counselor [[N|J. Whitford]], CGC.",
)

note(
    "d19-52",
    "COVID-19 shelter line list",
    "COVID-19 LINE LIST - Harbor Light Shelter, men's dorm, week of [[D|1/08]]\n"
    + fw(
        [3, 20, 11, 4, 11, 5],
        """
#¦Name / alias¦DOB¦Bed¦Tested¦Res¦Placed
1¦[[N|WALLACE, TERRENCE]]¦[[D|04/15/1966]]¦22¦[[D|1/08]] Ag¦POS¦iso hotel 310
2¦"[[N|Smoke]]" (no legal¦--¦31¦[[D|1/09]] PCR¦POS¦declined, left
¦name given, ~50s)
3¦[[N|Ibarra, Joaquin]]¦[[D|10/02/1974]]¦14¦[[D|1/09]] Ag¦neg¦stays, retest d5
""",
    )
    + '\nBeds 14-31 row cohort.  Outreach to find "[[N|Smoke]]" via street team (Rev. [[N|Odom]]).',
)

note(
    "d19-53",
    "Employee exposure log",
    "EMPLOYEE BLOOD/BODY FLUID EXPOSURE LOG - Q2\n"
    "Date\tEmployee\tBadge\tDept\tDevice\tSource MRN\tSource HIV/HBV/HCV\n"
    "[[D|04/03]]\t[[N|Kessler, Noor]]\t[[ID|B20931]]\tOR\t19G hollow-bore\t[[MRN|2293018]]\tneg/neg/neg\n"
    "[[D|05/17]]\tsplash, name withheld per EHS\t\tED\tnone (splash)\tunknown\tn/a\n"
    "Totals: 2 events, 1 sharps (safety device not activated), 0 seroconversions.\n"
    "Follow-up labs 6 wk / 3 mo / 6 mo scheduled; OSHA 300 entry #14 (privacy case).",
)

note(
    "d19-54",
    "Glucose diary",
    "GLUCOSE DIARY - brought to visit by pt [[N|Hester Quaile]], week starting [[D|Nov 4]]\n"
    + fw(
        [5, 9, 11, 12, 9],
        """
Day¦Fasting¦Pre-lunch¦Pre-dinner¦Bedtime¦Glargine
1¦142¦188¦201¦176¦22 u
2¦131¦--¦194¦160¦22 u
3¦156¦212¦238¦205¦22 u (late)
4¦118¦151¦170¦149¦24 u
5¦109¦146¦162¦138¦24 u
6¦97¦--¦181¦--¦24 u
7¦102¦139¦158¦141¦24 u
""",
    )
    + "\nMeter avg 152 mg/dL (n=26).  No lows < 70.  Titrate +2 u q3d to FBG 80-130.",
)

note(
    "d19-55",
    "Participant payment log",
    "PARTICIPANT PAYMENT LOG - STEP-UP study (IRB 2023-0418)\n"
    + fw(
        [8, 17, 6, 7, 38],
        """
ID¦Name¦Visit¦Amt¦Mailed to
[[ID|SU-031]]¦[[N|Dorsey, Keon]]¦V2¦$50¦[[ADDR|14 Elm Row]], [[C|Dorchester]] [[Z|02124]]
[[ID|SU-044]]¦[[N|Albrecht, Hanne]]¦V2¦$50¦[[ADDR|902 Centre St Apt 3]], [[C|Jamaica Plain]]
[[ID|SU-047]]¦[[N|Sato, Ren]]¦V1¦$25¦cash at visit, receipt signed
""",
    )
    + "\nBudget line 4 remaining $1,375.  Checks cut by Grants Office in 5-7 business days.",
)

note(
    "d19-56",
    "Clinic schedule, Halvorsen",
    "CLINIC SCHEDULE - Dr. [[N|Halvorsen]] - [[D|11/19]] - Room 6\n"
    + fw(
        [6, 19, 12, 7, 20],
        """
Time¦Patient¦DOB¦Type¦Reason¦In
0820¦[[N|Quaile, Hester]]¦[[D|01/22/1944]]¦f/u 20¦DM2, A1c 8.9¦0812
0840¦[[N|Brandvold, Kurt]]¦[[D|09/09/1990]]¦new 40¦palpitations¦0851
0920¦-- hold --¦¦¦¦
0940¦[[N|Osei-Bonsu, Abena]]¦[[D|12/12/1931]]¦f/u 20¦HTN, age [[A|92]], falls¦
""",
    )
    + "\nNo-show 0940 -> call daughter.  MA today: [[N|Rocio]].",
)

note(
    "d19-57",
    "Salmonella cluster interviews",
    "SALMONELLA CLUSTER - wedding reception [[D|June 8]], Oakridge Banquet Hall\n"
    "Attendee interviews (3 of 41 shown), interviewer [[N|mtierney]]\n"
    + fw(
        [5, 4, 13, 4, 7, 8, 8],
        """
Init¦Age¦Town¦Ill¦Onset¦Chicken¦Pot sal¦Cake
[[N|AB]]¦34¦[[C|Oakridge]]¦Y¦[[D|6/9]]¦Y¦Y¦Y
[[N|CDW]]¦61¦[[C|Glen Ellen]]¦Y¦[[D|6/9]]¦Y¦Y¦N
[[N|EF]]¦8¦[[C|Oakridge]]¦N¦¦N¦N¦Y
""",
    )
    + "\nPotato salad RR 4.2.  Stool isolates PFGE-matched x5.",
    allow=("Oakridge",),
)

note(
    "d19-58",
    "Admission med rec",
    "MED REC - admission [[D|2/02]]   sources: pt, wife, Corner Drug fill hx ([[PH|207-555-0181]])\n"
    + fw(
        [16, 8, 9, 13, 13],
        """
Medication¦Dose¦Freq¦Last taken¦Prescriber¦Plan
lisinopril¦20 mg¦daily¦[[D|2/01]] AM¦[[N|Tolliver]]¦hold (AKI)
metformin¦1000 mg¦BID¦[[D|2/01]] PM¦[[N|Tolliver]]¦hold
atorvastatin¦40 mg¦qHS¦unsure¦cardiology¦continue
tamsulosin¦0.4 mg¦daily¦[[D|1/30]]¦urology¦continue
""",
    )
    + "\nPt brought bottles; counts match.  No OTC/herbals.",
)

note(
    "d19-59",
    "CPAP compliance report",
    """
CPAP COMPLIANCE REPORT      [[D|03/01/2024]] - [[D|03/30/2024]]
Patient: [[N|Beaumont-Hale, Odile]]      DOB [[D|07/07/1959]]
Device:  AirCurve 10 VAuto     SN [[DEV|23191847302]]     Mask: N30i (M)
Usage days >= 4 h ........ 26 / 30  (87%)
Average usage ............ 6 h 12 min
AHI ...................... 3.4 /h
Leak 95th pct ............ 18 L/min
Pressure 95th pct ........ 11.8 cmH2O
Settings ................. EPAP 5, IPAP max 15, PS 4
Interpreting physician: [[N|R. Tsosie]], MD - meets CMS adherence; continue.
""",
)

note(
    "d19-60",
    "School asthma log",
    "SCHOOL HEALTH OFFICE - asthma log\n"
    "Student: [[N|Kai Montour]]   Gr 4   Teacher: Mr. [[N|Delvecchio]]   Personal best PEF 260\n"
    + fw(
        [7, 7, 5, 8, 11],
        """
Date¦Time¦PEF¦Zone¦Albuterol¦Home?
[[D|9/12]]¦10:20¦210¦yellow¦2 puffs¦no, back to class
[[D|9/26]]¦13:05¦150¦red¦4 puffs¦yes
""",
    )
    + "\nRed zone [[D|9/26]]: mom [[N|Tanya]] called [[PH|605-555-0145]], picked up 13:40.",
)


if __name__ == "__main__":
    write(OUT, NOTES)
