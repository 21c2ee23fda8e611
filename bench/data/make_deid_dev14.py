#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_dev14.jsonl.

Development set 14: people appear in lists rather than in narrative.  The notes
are operating-room and clinic schedules, on-call and staffing rosters, safety
huddle boards, census and sign-out lists, bed boards, transport, sitter and
discharge-lounge sheets, vaccination and group-therapy rosters, meeting minutes
with attendee lists, call-down trees, caseload tables, audit logs and work
queues.  Names turn up in table columns and in clipped forms ("Krenshaw, D.",
"KRENSHAW D", "Dee K.", CamelCase and lower-case log-ins, bare initials), an
age or a room often follows a name directly, record and case numbers sit in
CSV-like columns, and the same lists are also typed quickly in lower case as
free text.  Most column values (rooms, beds, acuity, diets, isolation flags,
times, doses, scores, device models) are not identifiers and stay unmarked.

Annotation conventions (HIPAA Safe Harbor):
* NAME covers every person: patients, family, friends, caregivers and staff,
  written in any case, as nicknames, as initials that stand for a person, as
  log-in names or handles.  Titles and credentials (Dr., Mrs., RN, MD) sit
  outside the span; kinship words and pets are not names; names that are part
  of a facility or company, eponyms and famous people are left alone.
* DATE covers any date element finer than a year: full dates in any format,
  month and day, month and year, a month on its own, and weekdays or holidays
  that name the day of an event.  Bare years, clock times, durations, ages
  below 90 and recurring schedules ("Tues/Thurs", "Sundays") are unmarked.
* AGE is marked only above 89, number only ("[[A|93]]F", "[[A|90s]]").
* PHONE and FAX take the whole number with any extension.  EMAIL, URL (only
  personal or patient-specific links) and IP addresses are marked whole.
* SSN, MRN, HEALTH_PLAN (member, subscriber, Medicaid/Medicare and group
  numbers), ACCOUNT (billing and encounter accounts), LICENSE (driver,
  professional, DEA), VEHICLE (plates, VINs), DEVICE (serial numbers) and ID
  (any other code pointing at a person or record: case, claim, accession,
  order, badge, NPI, study subject and docket numbers).
* ADDRESS is the street part (number, street, unit, PO box); CITY takes
  cities, towns and neighbourhoods; ZIP takes postal codes.  States and
  countries are unmarked.
* Never marked: facility, agency and company names (a town inside such a
  name goes in the note's allow tuple when the town is marked elsewhere),
  drugs, device models, lot numbers, scores, lab values, room and bed
  numbers, times and bare years.

Stdlib only.  Run: python bench/data/make_deid_dev14.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_dev14.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "d14-01",
    "Lou Fairweather",
    """
MAIN OR DAILY SCHEDULE - [[D|Tue 03/11]] - printed 0614 by [[N|kpatterson]]
RM  START PATIENT            AGE MRN       PROCEDURE          SURGEON          ANES
OR1 0730  [[N|DESROSIERS, Marc]]   58M [[MRN|04417729]]  lap chole          [[N|Abernathy]]        GA
OR1 1015  [[N|Fairweather, Lou]]   [[A|91]]F [[MRN|03981102]]  ORIF L hip (Gamma) [[N|Abernathy]]        spinal
OR2 0745  [[N|Nakashima, Eri]]     34F [[MRN|05120087]]  dx laparoscopy     [[N|Reyes-Whitfield]]  GA
OR2 1130  [[N|Oduya, Tunde]]       67M [[MRN|02276654]]  TURP               [[N|Halvorsen]]        spinal
ADD-ON: appy, [[N|M. Quiroga]] 19M, ED bed 7, posted 0552.
NOTES: [[N|Fairweather]] latex allergy - latex-free cart to OR1. C-arm to OR1 by 1000. Turnover goal 25 min.
""",
)

note(
    "d14-02",
    "J. Okonkwo-Hale",
    """
CARDIOLOGY ON-CALL  [[D|April]]  rev.3 posted [[D|3/28]] by [[N|mfarooqui]]
date | fellow 1st call | attending backup | fellow cell
[[D|4/1 Tue]] | [[N|Okonkwo-Hale, J.]] | [[N|Bergstrom]] | [[PH|412-555-0118]]
[[D|4/2 Wed]] | [[N|Vance, P.]] | [[N|Bergstrom]] | [[PH|412-555-0162]]
[[D|4/4 Fri]] | [[N|Castellanos, R.]] | [[N|Tiwari]] | [[PH|412-555-0137]]
Swap [[N|Vance]] <-> [[N|Castellanos]] on [[D|4/12]] approved by program coordinator [[N|Dorinda Pruitt]] ([[EM|dpruitt@alleghvalleyheart.org]]).
Cath lab activation: page 4-CATH. STEMI door-to-balloon goal 90 min. Do not page EP fellow for rate-controlled AF (HR <120).
""",
)

note(
    "d14-03",
    "Mrs. Ibekwe",
    """
0700 SAFETY HUDDLE  5 WEST  [[D|Mon 9/8]]
lead [[N|RS]] (charge) / scribe [[N|tb]]
Staffing 6 RN + 2 PCT. [[N|Adaeze]] floats to 4N @0900; [[N|Hollis]] orienting w/ [[N|Marguerite]].
WATCHERS
- 512 [[N|Pelletier]]: CIWA 14 @0400, 1:1 sitter. Son [[N|Lyle]] wants update, cell [[PH|207-555-0149]].
- 518 Mrs. [[N|Ibekwe]], [[A|96]] y/o, high fall risk, bed alarm ON, Parkinson's - Sinemet 0600/1000/1400 on time!
- 524 [[N|GUTHRIE]] new trach day 2; RT [[N|Benoit]] aware, obturator at HOB.
EQUIP: Hoyer #2 down (biomed called). Glucometer 3 failed QC.
DC today: 507, 510 (ride ~1400), 521 -> lounge by 1100.
Isolation: 503 contact, 515 droplet (flu A).
Good catch: [[N|tb]] caught heparin 5,000 vs 500 unit mix-up in 509. Thank you!
""",
)

note(
    "d14-04",
    "Sam Smithers",
    """
nightfloat signout med B [[D|10/22]]  [[N|priya]] -> [[N|jc]]
1. [[N|hernandez-cruz]] 14 / 72M / chf exac, lasix 80 iv bid, net -1.2L. hold if sbp<90. full code
2. [[N|wojcik]] 15 / 88F / uti -> delirium, ctx day 2. dtr [[N|beata]] calls nightly [[PH|773-555-0126]], ok to update
3. [[N|tran b]] 17 / [[A|93]]M / aspiration pna, dnr/dni, comfort focused. palliative following
4. [[N|sam smithers]] ("[[N|smitty]]") 19 / 51M / etoh w/d, ciwa q4, last 6. wants to leave AMA - capacity eval done [[D|10/21]], has capacity
5. [[N|nguyen t]] 20 / 64F / dka resolved, on sq insulin, endo f/u [[D|11/3]]
todo: am bmp on 1 and 3, K repletion per protocol. bed 18 empty. if AMA, call senior not attending.
""",
)

note(
    "d14-05",
    "Gwen Abercrombie",
    """
BED_BOARD_EXPORT unit=4NORTH ts=[[D|2024-02-17]] 15:40
bed,pt_name,age_sex,mrn,attending,iso,diet,acuity,los
4N-01,"[[N|ABERCROMBIE, GWEN]]",[[A|90]]F,[[MRN|MR6619042]],[[N|FELDMAN R]],CONTACT(MRSA),DYS3 nectar-thick,4,6
4N-02,,,,,,,,  (clean - ready)
4N-03,"[[N|OYELARAN, FOLAKE]]",71F,[[MRN|MR6620815]],[[N|FELDMAN R]],none,CARB CONS,2,1
4N-04,"[[N|PRZYBYLSKI, STAN]]",58M,[[MRN|MR6601177]],[[N|NWOSU C]],DROPLET,NPO p MN,3,2
4N-05,"[[N|LEFEBVRE, ANNIK]]",44F,[[MRN|MR6615630]],[[N|NWOSU C]],none,REG,1,3
4N-06,BLOCKED,,,,,,,C.diff terminal clean
comment: 4N-05 expected d/c [[D|2/18]] am, ride = husband [[N|Thierry]]. 4N-01 SNF auth pending.
""",
)

note(
    "d14-06",
    "Sunday Adeyemi",
    """
TRANSPORT DISPATCH LOG  [[D|Sat Jun 14]]  dispatcher [[N|rkeough]]
0812 ED9 > CT         [[N|Kowalczyk, Irena]]    stretcher  O2 2L NC    > [[N|Dashawn M.]]
0820 3E-311 > IR      [[N|Baptiste, Wesner]]    bed        contact iso > [[N|Luis P.]]
0835 5W-512 > MRI     [[N|Lindahl, Gustav]]     w/c        sitter w/pt > [[N|Dashawn M.]]
0850 L&D > NICU       Baby Girl [[N|Achterberg]] isolette  RN escort   > [[N|Wren T.]]
0905 ED2 > 4N-02      [[N|Adeyemi, Sunday]]     stretcher  tele box 14 > UNASSIGNED
Delays: CT backlog 25 min. Evening shift short 1 transporter. [[N|Adeyemi]] asks for Yoruba interpreter - language line called.
""",
)

note(
    "d14-07",
    "Helene Marchand",
    """
SAFETY ATTENDANT ASSIGNMENTS - NIGHTS 1900-0730 - [[D|11/29/24]]
unit/rm     patient                     reason                   attendant / relief
6S-602      [[N|Marchand, Hélène]]         SI, 1:1 line of sight   [[N|Yesenia Ortiz-Blanco]] / [[N|K. Dube]] 0100, 0400
6S-609/610  [[N|Greer, Ontario]] + [[N|Vu, Hanh]]  delirium, elopement (cohort) [[N|Bart Nye]] / [[N|K. Dube]] 0200
7N-714      [[N|Sokolova, Anya]]           ETOH w/d, CIWA >15       tele-sitter cam 3, watched by [[N|jpereira3]]
7N-722      [[N|Hargreaves, Roy]]          agitation - UNFILLED     house sup [[N|Monique Ellery]] notified 2010
Call-outs: 1 (sick). Float from resource pool to 6S.
Restraint checks q2h on 722 if applied. Nobody leaves 602 for break without relief physically present.
""",
)

note(
    "d14-08",
    "Fergus Dunleavy",
    """
DISCHARGE LOUNGE LOG   [[D|Thurs 2/6]]   PCT on duty: [[N|Rhoda]] 0900-1700
in    name                  from  waiting on             ride / contact                       out
0935  [[N|Castellano, Pietro]]    3E    meds-to-beds           wife [[N|Carmela]] [[PH|401-555-0175]]         1040
1010  [[N|Mbeki, Zanele]]         4N    walker + AVS           Medicaid cab, trip [[ID|MTM-88120457]]    1205
1045  [[N|Dunleavy, Fergus]]      5W    Eliquis copay card     nephew [[N|Conor]] [[PH|401-555-0109]]        --
1120  [[N|Ashworth, Prue]] [[A|92]]F  6S    BLS to Saltmarsh Rehab ETA 1300                             1315
NB: [[N|Dunleavy]] got Dilaudid 2 mg at 0930 - NOT to self-drive. [[N|Conor]] ETA 1430.
""",
)

note(
    "d14-09",
    "Nnamdi Amaechi",
    """
EMPLOYEE FLU CLINIC   Cafeteria B   [[D|October 3, 2024]]
Vaccinator: [[N|G. Halloran]], RN    Lot FL4829X    0.5 mL IM
 #  employee              badge    DOB          dept       site    consent
 1  [[N|Amaechi, Nnamdi]]     [[ID|B20417]]   [[D|05/11/1979]]   Radiology  L delt  Y
 2  [[N|Fitzhugh, Corinne]]   [[ID|B18832]]   [[D|12/30/1990]]   Lab        R delt  Y
 3  [[N|Zuniga, Ofelia]]      [[ID|B09951]]   [[D|02/14/1962]]   EVS        --      declined (egg allergy; educated)
 4  [[N|O'Rourke, Declan]]    [[ID|B23390]]   [[D|09/19/2001]]   Transport  L delt  Y, vasovagal hx - observed 15 min
Tally 3 given / 1 declined. Forms to Employee Health by 1600.
""",
)

note(
    "d14-10",
    "Robin Aldana",
    """
IOP - DBT skills group (Tues/Thurs 1:00-3:00)  attendance for [[D|1/14]]
facilitator [[N|Noor Haddad]], LCSW; co-facilitator [[N|Ezra]] (MSW intern)
PRESENT: [[N|Kayleigh M.]], [[N|Destin W.]], [[N|Marisol R.]], [[N|Bird]] (legal name [[N|Robin Aldana]], goes by "[[N|Bird]]", they/them), plus 2 new members
LATE: [[N|Destin]] 1:25 (bus)
ABSENT: [[N|Priyanka S.]] - excused, court [[D|1/14]]; 1 no call/no show x2, facilitator to call
Skill: distress tolerance - TIPP, ice-water demo. PHQ-9 collected 6 of 7.
[[N|Kayleigh]] disclosed passive SI, no plan/intent; safety plan reviewed after group with [[N|Noor]], psychiatrist notified.
""",
)

note(
    "d14-11",
    "A.S.",
    """
FALLS PREVENTION COMMITTEE - MINUTES
Date: [[D|Wednesday, March 5]]   Conf Rm 2B / Teams
Present: [[N|L. Achebe]] (chair), [[N|Rob Szymanski]] PT, Dr. [[N|Anand Kulkarni]], [[N|Jo Whitcombe]] RN (5W), [[N|Felipe Arcos]] PharmD, [[N|tnewbury]] (scribe)
1. Q4 data: 11 falls, 2 with injury (one hip fx on 5W, RCA [[ID|RCA-25-014]] open; pt initials [[N|A.S.]]).
2. Bed alarms: [[N|Whitcombe]] reports 3 Hill-Rom units with dead batteries; biomed notified.
3. Yellow non-skid socks reorder - pharmacy/supply to check PAR levels.
4. Action: [[N|Kulkarni]] presents Beers list deprescribing at grand rounds [[D|4/17]].
Next meeting [[D|Apr 2]] 1400. Questions to [[EM|tnewbury@lakeshorehealth.org]].
""",
)

note(
    "d14-12",
    "Colette Fournier",
    """
L&D NURSING - EMERGENCY CALL-DOWN TREE (weather / surge)   updated [[D|Jan 2025]]
Manager [[N|Colette Fournier]] [[PH|(608) 555-0190]] calls both leads:
  Lead A  [[N|Imani Boateng]]  [[PH|608-555-0114]]
     -> [[N|Harriet Solberg]]  [[PH|608.555.0131]]  -> [[N|Kjersti]] (home [[PH|608-555-0177]])
     -> [[N|Dee Krenshaw]]  [[PH|608-555-0102]]
  Lead B  [[N|Paulo Figueira]]  [[PH|608-555-0158]]
     -> [[N|Yuki Tanabe-Ross]]  [[PH|608-555-0163]] (text only)
No answer in 10 min: leave VM, go to next name, report gaps to the manager.
Do NOT use overhead paging or unit pager 3-LDRN for call-down.
""",
)

note(
    "d14-13",
    "Verna Odom",
    """
CASELOAD - [[N|M. Lindgren]], MSW (APS liaison)   as of [[D|8/30]]
case     client                  age  last contact     next due  status
[[ID|C-0412]]   [[N|Odom, Verna]]             [[A|97]]   [[D|8/12]] home visit  [[D|9/12]]      open - self-neglect
[[ID|C-0419]]   [[N|Kaminski, Ed]]            82   [[D|8/27]] phone       [[D|9/10]]      open - financial exploitation; POA niece [[N|Renata Kaminski-Lowe]]
[[ID|C-0433]]   [[N|Thibodeaux, Lucille]]     [[A|90]]   [[D|8/29]] ED visit    [[D|9/5]]       URGENT
Address update [[ID|C-0433]]: [[ADDR|1180 Bayou Rd]], [[C|Houma]] [[Z|70360]] (moved in w/ grandson).
Rep payee paperwork for [[ID|C-0412]]: SSN [[SSN|000-52-7719]] verified. Intake fax [[FX|985-555-0166]].
""",
)

note(
    "d14-14",
    "Dov Kessler",
    """
OUTPATIENT HD - MWF 2ND SHIFT (1130) CHAIR ASSIGNMENTS, week of [[D|5/19]]
chr  patient               EDW    access      bath       pod
 1   [[N|Halloway, Bernice]]   72.5   L BC AVF    2K/2.5Ca   A
 2   [[N|Ruelas, Catarino]]    88.0   R IJ TDC    3K/2.5Ca   A
 3   [[N|Kessler, Dov]]        64.2   L AVG       2K/2.5Ca   A
 4   [[N|Agyeman, Efua]]       59.8   L RC AVF    2K/3.0Ca   B
 5   transient from [[C|Myrtle Beach]], [[D|5/21]] only (orders pending)
 6   [[N|Whitebird, Clarence]] 101.4  R TDC       1K/2.5Ca   B
Pod A RN [[N|Ngozi]] / PCT [[N|Ty]]; pod B RN [[N|Stroud]] / PCT [[N|Pilar]].
Hep B+ : chair 6 isolation station. [[N|Kessler]] missed [[D|Wed 5/14]] - called, plans to come [[D|Fri]].
Rounding: nephrologist chairside at 1200, NP later in week.
""",
)

note(
    "d14-15",
    "Augustus Ellery",
    """
Family Medicine - Dr. [[N|Ilse Bronner]] - [[D|Fri 7/18/2025]] - Suite 210
0800 [[N|Varga, Zsofia]]    [[D|03/22/1961]] FU20  DM2, A1c 8.4            ins [[HP|BCB771204553]]  Hungarian interp
0820 [[N|Pham, Long]]       [[D|11/02/1994]] NP40  establish care          self-pay
0900 [[N|Ellery, Augustus]] [[D|06/05/1931]] FU20  [[A|94]]y HTN, memory       Medicare [[HP|1EG4-TE5-MK72]]  dtr [[N|Fay]] drives
0920 BLOCKED - lunch & learn (Pfizer rep)
1020 OPEN
Room 4 otoscope broken. MA today: [[N|Keisha]]; [[N|Varga]] needs A1c POC before rooming.
""",
)

note(
    "d14-16",
    "Fiona MacIntyre",
    """
CORE LAB - PENDING/OVERDUE QUEUE   run [[D|12-Feb-2025]] 02:10   user [[N|vpatel2]]
accession       collected     pt                      loc     test           status
[[ID|25-043-00817]]  [[D|02/11]] 2244    [[N|MACINTYRE, FIONA]]      ED-14   hs troponin    in analyzer, STAT >60m
[[ID|25-043-00822]]  [[D|02/11]] 2301    [[N|DELACROIX, JEAN-PAUL]]  4N-03   lactate        recollect - hemolyzed
[[ID|25-042-01193]]  [[D|02/11]] 1630    [[N|SILVERMAN, HAL]]        ICU-2   vanc trough    24.1 (H)
Critical called: [[N|SILVERMAN]] vanc to [[N|B. Ostrowski]] RN 0205, read-back OK.
""",
)

note(
    "d14-17",
    "T J Haskins",
    """
Outpatient Pharmacy - WILL CALL BIN REPORT  [[D|08/14]]
bin  patient                rx#        drug                        filled   note
A3   [[N|Brightwater, Elsie]]   [[ID|6034418]]    metoprolol succ 25 mg #30   [[D|8/9]]      RTS if not picked up by [[D|8/19]]
C7   [[N|Haskins, T J]]         [[ID|6034550]]    oxycodone 5 mg #12 (C-II)   [[D|8/13]]     DL [[LIC|H4410-2297-0815]] checked; auth pickup [[N|Marnie Haskins]] (wife)
D2   [[N|Llewellyn, Rhys]]      [[ID|6034561]]    amoxicillin 875 mg #20      [[D|8/13]]     called [[PH|503-555-0193]] x2, no answer
Cashier: [[N|dpoole]]. Bin audit Fridays.
""",
)

note(
    "d14-18",
    "Arvid Lundeen",
    """
HOME HEALTH RN ROUTE   [[N|Kirsten Aalto]], RN   [[D|Tuesday 4/22]]   agency car plate [[VEH|HCX 418]]
1) 0830 [[N|Lundeen, Arvid]] [[A|92]] - [[ADDR|2217 Bluebell Ln]], [[C|Roseville]] [[Z|55113]] - wound vac change, gate code on file
2) 1000 [[N|Oyelowo, Kemi]] - [[ADDR|880 County Rd C W, Apt 14]], [[C|Shoreview]] [[Z|55126]] - INR 3.6 yesterday, recheck
3) 1130 [[N|Tollefson, Marv]] - [[ADDR|41 Eastlake Dr]], [[C|White Bear Lake]] [[Z|55110]] - CHF teaching; wife [[N|Donna]] [[PH|651-555-0184]]
Mileage log due to scheduler. Agency main line [[PH|651-555-0100]].
""",
)

note(
    "d14-19",
    "Iris Chen-Moreau",
    """
Infusion Center - Chair Board - [[D|Monday, January 27]]
CH  TIME  PATIENT               REGIMEN                POD         NOTES
1   0800  [[N|Grünewald, Lotte]]    FOLFOX C4D1            A            port; ondansetron/dex premed
2   0815  [[N|Ibarra, Teodoro]]     IVIG 0.4 g/kg d3/5     A            rate titration per protocol
3   0830  [[N|Chen-Moreau, Iris]]   Ocrevus 600 mg         B    4.5 h; Benadryl 50 IV
4   0900  [[N|Nakamura, Ken]]       iron sucrose 200 mg    B    --
5   0930  [[N|McAllister, Duncan]] "[[N|Mack]]"  Keytruda C7  C  TSH pending
6   1000  [[N|Farouk, Samira]]      Reclast 5 mg           C    Ca 9.1 OK
RNs: A [[N|ABELL]], B [[N|SANDOVAL]], C [[N|OYELARAN]]. Pharmacy verifying: [[N|pkhoury]]. Chair 3 [[N|Chen-Moreau]] had infusion rxn last cycle - start slow. [[N|Mack]] wants chair by window.
""",
)

note(
    "d14-20",
    "Lena Dobrowski",
    """
ED TRACKING BOARD EXPORT ts=[[D|2025-09-21]]T03:12
room,pt,age,sex,cc,esi,md,rn,dispo,enc
H1,"[[N|Dobrowski, Lena]]",[[A|101]],F,weakness,3,[[N|Yamamoto]],[[N|cfrey]],admit - awaiting bed,[[ACCT|ENC7781203]]
R4,"[[N|Sandoval Pérez, Jaime]]",27,M,lac R hand,4,[[N|Yamamoto]],[[N|mbiko]],sutures,[[ACCT|ENC7781219]]
HALL3,"[[N|Poirier, Mathis]]",19,M,etoh,3,[[N|Greaves]],[[N|jtoala]],obs - CIWA,[[ACCT|ENC7781244]]
LWBS this shift: 3. Boarding >4h: H1. Charge RN [[N|Delphine]]. Ortho tech splinting R4.
""",
)

note(
    "d14-21",
    "Michelle Trudeau",
    """
STAFFING OFFICE - DAY GRID [[D|07 Jul]]   entered by [[N|SCHWARTZKOPF_A]]
UNIT   CENSUS  RN NEED  RN ASSIGNED                                      OPEN
MICU   14/16   7        7 (incl. 1 orientee)                             0
5W     28/30   6        5 + float                                        1 -> float pool ([[N|cbarros]])
4N     22/24   5        5                                                0
6S     18/20   4        3                                                1 -> agency [[N|Trudeau, Michelle]] (13-wk, ends [[D|9/28]])
ED     --      12       11                                               1 -> OPEN, posted on app
Call-offs: [[N|LHampton]] (MICU, sick) covered by [[N|GKOWALSKI]] OT, approved by [[N|Delacroix]]; [[N|lhampton2]] (5W) FMLA block.
Census holds: PACU boarding 2 for MICU. Sitter requests 3 (6S x2, 7N x1) - 1 filled.
Acuity tool: 5W avg 2.8, MICU avg 4.1. Next grid huddle 1100 via Teams.
""",
)

note(
    "d14-22",
    "Funmi Oyediran",
    """
NICU POD B - PARENT CONTACT SHEET   updated [[D|3/3]] by [[N|NCastillo]]
bed  infant             GA / DOL    contact                                  lang       notes
B1   BG [[N|Oyediran]]      28+4 / 12   mom [[N|Funmi]] [[PH|281-555-0157]], dad [[N|Segun]]      Eng/Yoruba pumping, DHM consent on file
B2   BB [[N|Leclair]] twin A 33+1 / 3    mom [[N|Sophie]] [[PH|281-555-0120]]                  French     twin B in B3
B3   BB [[N|Leclair]] twin B 33+1 / 3    (same)                                   --         CPAP 5, FiO2 25%
B4   [[N|Jaxon W.]]          36+0 / 20   GM = legal guardian; mom not to get info per CPS [[ID|2025-HC-10442]]
Visiting: 2 at bedside, sibling visits Sundays 2-4 pm, hand hygiene x2 min.
""",
)

note(
    "d14-23",
    "L.T.",
    """
SURGERY M&M - [[D|Thursday 11/6]] 0630 - Auditorium C  (peer review protected)
presenter      case                                      attending      pt
[[N|Kasprzak]] PGY4  SBO, delayed OR -> bowel resection      Dr. [[N|Wen]]        [[N|L.T.]] [[MRN|7731184]]
[[N|Abiodun]] PGY3   bile leak after lap chole                Dr. [[N|Holloway]]   [[N|G.F.]] [[MRN|7729035]]
(PGY5 out)     anastomotic leak, return to OR POD 5     Dr. [[N|Wen]]        --
Moderator Dr. [[N|Osei-Bonsu]]. Sign in via QR code; residents need 80% attendance.
Discussion themes: CT read delay 6 h overnight, Clavien-Dindo IIIb x2, handoff gaps.
""",
)

note(
    "d14-24",
    "W.L.T.",
    """
HEART-FLOW-2 (NCT05918833)  site 014  SUBJECT ENROLLMENT LOG   PI: Dr. [[N|R. Albrecht]]
subject     init  consented       randomized      arm  coord        status
[[ID|014-0031]]    [[N|JPM]]   [[D|06 Jan 2025]]     [[D|08 Jan 2025]]     B    [[N|hsadiq]]       active, V3 done
[[ID|014-0033]]    [[N|WLT]]   [[D|15 Jan 2025]]     [[D|16 Jan 2025]]     A    [[N|mvoorhees]]    withdrew, moved to [[C|Tucson]]
[[ID|014-0034]]    [[N|DRB]]   [[D|22 Jan 2025]]     [[D|22 Jan 2025]]     A    [[N|hsadiq]]       active; AE #3 syncope (not SAE)
Enrolled 3 / target 12. Screening log v2.1. Drug accountability reconciled.
eCRF: [[URL|https://redcap.hf2-study.org/redcap/index.php?pid=218&record=014-0034]]
""",
)

note(
    "d14-25",
    "Harold Sutcliffe",
    """
WHEELCHAIR VAN MANIFEST  unit 7  [[D|Wed 10/15]]  driver: [[N|Hector Ybarra]]
van: Ford Transit, plate [[VEH|7KJD204]]   lift inspected 0630, straps x4 OK
pick  rider                 from                              to                           w/c  note
0715  [[N|Lamontagne, Rita]]    [[ADDR|14 Orchard Terr]], [[C|Chicopee]]      dialysis (Fresenius Ludlow)  Y    chair 9
0740  [[N|Boakye, Kofi]]        [[ADDR|220 Front St Apt 3R]], [[C|Chicopee]]  same                         N    walker
0830  [[N|Sutcliffe, Harold]]   [[ADDR|9 Pine Hill Rd]], [[C|Wilbraham]]      cardiology, 3rd fl           Y    [[A|99]] yo, O2 2L
Dispatcher [[N|Colleen]]. No-show policy: wait 5 min, call, document.
""",
)

note(
    "d14-26",
    "Odessa Ferncliff",
    """
HOSPICE IDT MEETING   [[D|2/20]]   team 3 (north)
Present: Dr. [[N|Marisa Quaye]]; [[N|Beth Olander]] RN CM; [[N|Ruth-Ann Stepp]] MSW; Fr. [[N|Ikenna Okoro]] (chaplain)
REVIEWED
- [[N|Ferncliff, Odessa]] [[A|98]]F  FAST 7c, PPS 30%, recert due [[D|3/1]]; dtr [[N|June]] asks for chaplain visit
- [[N|Mahoney, Pat]] 71M  ALS, BiPAP 20 h/day, discussing withdrawal; [[N|Okoro]] + [[N|Stepp]] to visit
- [[N|Esterhazy, Maud]] [[A|103]]F  stable x 6 mo - live discharge?
Deaths since last IDT: 2. Bereavement letters -> [[N|Stepp]].
Next IDT in 2 weeks, same time (Thursdays 1300).
""",
)

note(
    "d14-27",
    "Kaleo Kahananui",
    """
Inpt Rehab Gym - therapy board - [[D|Thu Aug 21]]
time   PT                   OT                     SLP
0800   [[N|Mendel]] (JV)          [[N|Oosthuizen]] (KC)        --
0830   [[N|Kahananui]] (JV)       --                     [[N|Mendel]] (AR) dysphagia, MBS [[D|8/22]]
0900   [[N|Birchall]] (MM)        [[N|Kahananui]] (KC)         --
1000   group balance class: 4 pts, parallel bars
Key: JV=[[N|Jules Verhoeven]] PT, MM=[[N|Manon Mercier]] PT, KC=[[N|Kiana Cordeiro]] OT, AR=[[N|Ayo Rotimi]] SLP
Goals: [[N|Kahananui]] 6MWT 210 m, stairs x12 w/ rail; [[N|Birchall]] FIM eating 5 -> 6.
""",
)

note(
    "d14-28",
    "Farzana Baheer",
    """
LANGUAGE SERVICES QUEUE   [[D|03/09/2025]]   on-site: [[N|Ana Lucia Prado]] (POR/SPA), [[N|Hamid Rahimi]] (DAR/FAS)
#  time  unit/rm    pt                      lang  type        assigned          status
1  0815  4N-11      [[N|Nguyen Thi Hoa]]        VIE   consent     VRI               done
2  0840  ED-3       [[N|Baheer, Farzana]]       DAR   triage      [[N|Rahimi]]            done
3  0900  L&D-2      [[N|Conceição, Rosa]]       POR   labor       [[N|Prado]]             in progress
4  0945  clinic 2B  [[N|Gebremedhin, Tsegay]]   TIR   new pt      OPI interp #[[ID|40337]]   done 38 min
5  1030  5W-518     [[N|Ibekwe, Chidinma]]      IGB   family mtg  none available    resched [[D|3/10]] 1400
""",
)

note(
    "d14-29",
    "Nana Aboagye",
    """
SECURITY - BADGE ACCESS EXCEPTIONS   Pharmacy vault door PV-01   [[D|1/6]]-[[D|1/7]]
timestamp          badge     name                 result
[[D|01/06]] 22:14:07  [[ID|0049213]]   [[N|TREMBLAY, JOEL]]     GRANTED
[[D|01/06]] 23:58:41  [[ID|0051776]]   [[N|ABOAGYE, NANA]]      DENIED (schedule)
[[D|01/07]] 02:31:55  [[ID|0033018]]   [[N|HOLT-BRISCOE, V]]    GRANTED, door held 2m14s
Reviewed by Security and [[N|Ravi Desai]], PharmD, [[D|1/8]]. [[N|Aboagye]] is a new hire; access added per [[N|Desai]].
[[N|Holt-Briscoe]] counseled re propped door. 2 of 3 events within policy.
""",
)

note(
    "d14-30",
    "Simone Holloway-Reed",
    """
PRIVACY OFFICE - EHR ACCESS REPORT (VIP flag)
patient: [[N|HOLLOWAY-REED, SIMONE]]  MRN [[MRN|88-40-117]]   window [[D|4/25]]-[[D|5/1]]
user_id     role             workstation IP   first access    action
[[N|ebrandt]]     RN 6S            [[IP|10.42.18.77]]      0812            chart review (assigned)
[[N|kowusu]]      hospitalist      [[IP|10.42.3.140]]      0940            orders (treating)
[[N|lfarrow]]     pt access rep    [[IP|172.16.9.23]]      1403            demographics - NO encounter  *FLAG*
[[N|tmcnally3]]   rad tech         [[IP|10.42.71.12]]      2355            imaging hx, 14 screens  *FLAG*
Flagged users referred to manager [[N|Colm Reardon]]; privacy case [[ID|PRV-2025-0093]].
Break-the-glass events: 0.
""",
)

note(
    "d14-31",
    "Dwight Faulkner",
    """
THORACIC TUMOR BOARD  [[D|Tues 6/10]] 0700  hybrid
Attendees: Drs [[N|Halvorsen]] (thor surg), [[N|Mukherjee]] (med onc), [[N|Obi]] (rad onc), path, [[N|Castañeda]] (rads); nurse navigator [[N|Bree Tolliver]]
1. [[N|Faulkner, Dwight]] 66M  RUL 2.8 cm adenoCA, EGFR ex19del; EBUS N2 neg -> lobectomy
2. [[N|Abeyta, Lourdes]] 58F  limited-stage SCLC -> concurrent chemoRT, discuss PCI
3. [[N|Sørensen, Nils]] [[A|90]]M  1.4 cm LLL nodule, FEV1 38% -> SBRT 54 Gy/3 fx
4. [[N|Tsosie, Marlene]] 49F  R effusion, cytology [[ID|CY25-4410]] pending; re-present [[D|6/17]]
Consensus recorded by [[N|Tolliver]]. Clinical trial screen: #1 eligible for ADAURA-type adjuvant osimertinib.
""",
)

note(
    "d14-32",
    "Wynne Ashby",
    """
DEVICE CLINIC - REMOTE TRANSMISSION WORKLIST  [[D|09/02]]  reviewer: [[N|amcbride]] (CCDS)
pt                  device                        serial        alert                     action
[[N|Ruggiero, Sal]]      Medtronic Azure XT DR MRI     [[DEV|RNK604218S]]    AF burden 14% (was 2%)    msg Dr. [[N|Iyer]] re anticoag
[[N|Ashby, Wynne]] [[A|95]]F  Abbott Assurity MRI           [[DEV|8190336]]       ERI reached               gen change - sched w/ [[N|Iyer]]
[[N|Deshmukh, Rohan]]    Boston Sci Resonate EL ICD    [[DEV|412887]]        VT x1, ATP successful     call pt [[PH|919-555-0142]]
Loop recorder on [[N|Ruggiero]] explanted 2023. Pacing thresholds stable x4.
""",
)

note(
    "d14-33",
    "Ezekiel Drummond",
    """
CODE BLUE DEBRIEF  [[D|12/19]] 0347  3E-314  pt [[N|Drummond, Ezekiel]] [[MRN|00719346]]
roles (sign-in sheet):
 leader    Dr. [[N|Petra Nováková]] (ICU fellow)
 airway    [[N|Lars Engebretsen]], CRNA
 CPR       [[N|Tyrell Banks]] RN, [[N|Mei-Ling Chou]] RN
 meds      [[N|Aurora Pinto]], PharmD
 recorder  [[N|hkwan]]
 family    wife [[N|Odile]] called by [[N|Chou]] 0412
ROSC 0401 after 2 shocks (200 J biphasic), epi x2, amiodarone 300. CPR fraction 86%.
Issues: pads on crash cart 3E-B expired; suction tubing missing. Zoll download saved.
Follow-up: cart audit ([[N|Banks]]); forms to Resus Committee chair Dr. [[N|Oyenuga]].
""",
)

note(
    "d14-34",
    "Hilda Vasquez-Orr",
    """
WOUND/OSTOMY ROUNDS   [[N|Jessamyn Crowe]], RN CWOCN   [[D|Fri 1/31]]
rm      pt                    wound               size (cm)          tx                       next
3E-302  [[N|Vasquez-Orr, Hilda]]  sacral PI st 3      4.2 x 3.1 x 0.8    Mepilex Border q3d       [[D|2/3]]
3E-317  [[N|Ebrahimi, Farid]]     R heel DTPI         3 x 3              offload, Prevalon boot   [[D|2/3]]
5W-508  [[N|Kettering, Lou]]      new ileostomy       stoma 28 mm        2-pc pouch teach         [[D|2/1]]
ICU-9   [[N|Opoku, Abena]] [[A|91]]F  coccyx MASD       --                 nystatin powder          [[D|2/4]]
Pending consult 6S-610 - skin tear L forearm. Photos to media tab by [[N|jcrowe]].
Aquacel Ag on backorder - central supply notified.
""",
)

note(
    "d14-35",
    "Kojo Amankwah",
    """
SCHOOL-BASED HEALTH CENTER - catch-up immunizations   [[D|Sept. 23]]   RN [[N|L. Tavares]]  (VFC stock)
student              gr  DOB          guardian (consent)             due                given
[[N|Amankwah, Kojo]]     7   [[D|4/2/2013]]     [[N|Abena Amankwah]] (mom) Y          Tdap, MenACWY      both
[[N|Delgado, Xiomara]]   7   [[D|11/19/2012]]   [[N|Rafael Delgado]] (dad) Y          HPV #1             HPV #1
[[N|Petrakis, Nico]]     8   [[D|1/8/2012]]     [[N|Eleni Petrakis]] - NO CONSENT     Tdap               --
VIS given to all. No syncope. Next clinic [[D|Oct 21]]; reminder card home w/ [[N|Nico]].
""",
)

note(
    "d14-36",
    "Lamar H.",
    """
recovery group sign-in - thurs evening (peer led) - [[D|May 8]]
print first name + last initial. what's said here stays here.
1. [[N|danny b]]
2. [[N|Shay]] (2 yrs today!!)
3. [[N|marcus t.]]
4. [[N|ROXANNE]]
5. [[N|Cuz]] ([[N|Lamar H.]])
6. [[N|j.r.]]
7. [[N|Tiff]] + service dog Biscuit
8. [[N|ivan]] - new, referred by drug court, docket [[ID|24-CR-1187]]
facilitator: [[N|Wendell P.]] (peer specialist) [[PH|(414) 555-0124]] call/text anytime
topic: relapse triggers around the holidays. narcan kits given x5 (4 mg nasal).
[[N|Shay]] got her 2 yr chip. Coffee fund $14.
""",
)

note(
    "d14-37",
    "Agnieszka Wrobel",
    """
SPIRITUAL CARE - VISIT LIST  [[D|Sunday, April 20]] ([[D|Easter]])  chaplain on call: Rev. [[N|Tobias Greenleaf]]
rm       pt                     faith / request                         done
3E-305   [[N|Wróbel, Agnieszka]]    Catholic - Communion, Polish            Y (Fr. [[N|Mateusz]] 0900)
4N-14    [[N|Haddad, Elias]]        Orthodox - prayer, icon at bedside    Y
5W-520   [[N|Goldfarb, Miriam]]     Jewish - Passover meals, no visit     n/a
6S-611   [[N|Olivares, Benny]]      none stated - anxiety, wants to talk  Y 40 min
ICU-4    [[N|Tafoya, Rosendo]]      Catholic - anointing, family gathering  Y, 13 family present
Deaths: ICU-4 1512; family (wife [[N|Carmen]]) supported; referral to bereavement line.
Pager handed to [[N|chap_lbrennan]] at 1700.
""",
)

note(
    "d14-38",
    "Desmond Pryor",
    """
CLINICAL NUTRITION ROUNDS  5W  [[D|6/3]]  RD [[N|Hanna Lindqvist]]
rm   pt              diet order              intake    wt trend    plan
501  [[N|Pryor, D]]      Renal 2g Na/2g K        25%       -3 kg/1wk   Nepro BID, calorie count x3d
504  [[N|Achebe, O]]     NPO                     --        stable      TPN day 4 per Dr. [[N|Sethi]]
511  [[N|Moua, Y]]       Full liquid -> soft     50%       -1 kg       advance per SLP, Ensure Clear
516  [[N|Kovacs, Erzsébet]] Dysphagia 2, honey-thick  <25%  -5 kg/2wk  MALNUTRITION severe; ?PEG, family mtg w/ son [[N|Laszlo]]
Malnutrition documentation sent to CDI.
""",
)

note(
    "d14-39",
    "Conrad Vos",
    """
ENDOSCOPY SUITE - [[D|Mon 2/24]] - Rm 1 (Dr. [[N|Abernathy-Cole]]) / Rm 2 (Dr. [[N|Mirza]])
rm  time  pt                    age  proc           indication          prep     sedation   ride
1   0730  [[N|Vos, Conrad]]        61   colonoscopy    screening           good     MAC        son
1   0830  [[N|Fairbanks, Lorraine]] 55   EGD + colon    IDA                 fair     MAC        friend [[N|Joyce]]
1   1000  [[N|Kahn, Idris]]        47   EGD            dysphagia           NPO ok   moderate   wife
2   0800  [[N|Batista, Odete]]      [[A|90]]   ERCP           CBD stone           --       GA         inpt 4N
Rm 2 CO2 insufflator down - use Rm 1 unit. [[N|Kahn]]'s ride unconfirmed, pre-op RN calling.
""",
)

note(
    "d14-40",
    "Yvette Laroque",
    """
OR STAFF ASSIGNMENT BOARD  [[D|03/18]]  (posted by [[N|vgarrity]], OR desk)
room  case                      circ                 scrub                 anes
OR4   CABG x3 ([[N|Laroque]])      [[N|Pham-Duc, M.]]         [[N|Esposito, J.]]           Dr. [[N|Kaminsky]] / [[N|Tolbert]] CRNA
OR5   lap hernia                [[N|Odunsi, R.]]           [[N|Whelan, C.]] (ST)       Dr. [[N|Borowski]]
OR6   hip fx, [[N|Gallo]] [[A|94]]F     [[N|Pham-Duc, M.]] relief  [[N|Cruz, A.]]               Dr. [[N|Borowski]]
Implant rep (Stryker) in OR6 at 0830. Count sheets v7. Room temps 68 F.
""",
)

note(
    "d14-41",
    "Wilhelmina Krause",
    """
BLOOD BANK - ACTIVE SPECIMENS / CROSSMATCH   [[D|Feb 28]] 0500   tech [[N|RHOLM]]
spec #      patient                 ABO/Rh  ab screen   units xm'd        loc
[[ID|BB25-1882]]   [[N|KRAUSE, WILHELMINA]]    O NEG   neg         2 PRBC            OR pre-op 0730
[[ID|BB25-1890]]   [[N|OSEI, KOFI]]            A POS   anti-E      2 PRBC E-neg      5W-511
[[ID|BB25-1897]]   [[N|DUARTE, MARIANA]]       B POS   pending     T&S only          L&D-4
Notes: anti-E on [[ID|BB25-1890]] - AHG crossmatch compatible. RhIG workup not needed for L&D-4 (Rh pos).
Specimens good 72 h from collection. Fridge 2 at 4.1 C, alarm test OK.
Emergency release (uncrossmatched O neg) x0 this shift. MTP cooler #3 returned, QC pass.
""",
)

note(
    "d14-42",
    "Rosalind Baptiste",
    """
Maple Court Assisted Living - WING C FIRE DRILL ROSTER - [[D|November 2024]]
apt   resident                      mobility          evac method       code
C101  [[N|Abernethy, Ivy]]    [[A|96]]          walker            assist x1         DNR
C102  [[N|Baptiste, Rosalind]] [[A|101]]        w/c, 2-assist     evac chair        DNR/DNI
C103  vacant (painting)
C104  [[N|Fortin, Gérard]]    88          independent       self              FULL
C105  [[N|Hollister]], [[N|Mae]] & [[N|Walt]]  [[A|93]]/[[A|94]]    cane / scooter    assist x1 each    DNR both
Result: all wing C residents at refuge area in 4 min 20 s (goal <5).
[[N|Walt]] would not leave without the cat (Pumpkin) - carrier brought by staff.
Drill lead: med tech on duty. Next drill 2nd shift, unannounced.
""",
)

note(
    "d14-43",
    "Hospitalist roster",
    """
HOSPITALIST HOLIDAY COVERAGE (final)   scheduler: [[N|Yolanda Birch]]
holiday                    days
[[D|Thanksgiving]] ([[D|11/27]])    [[N|Mensah]], [[N|Lo]]
[[D|Christmas Eve]]              [[N|Sinclair-Boyd]], [[N|Tan]]
[[D|Christmas Day]]              [[N|Mensah]], [[N|Grady]]
[[D|New Year's Day]]             [[N|Lo]], [[N|Tan]]
Nights all four holidays: nocturnist pool (moonlighters [[N|Feliciano]], [[N|Ostrander]]).
Rules: census cap 16 per hospitalist; holiday differential 1.5x; trades approved by [[D|Nov 1]] only.
Jeopardy backup: see AMiON.
Admitting shift 1400-2200 unchanged; swing shift drops to 1 on holidays.
""",
)

note(
    "d14-44",
    "Tomasa Salazar-Ng",
    """
CENTRAL TELEMETRY - MONITOR TECH ASSIGNMENTS   nights   [[D|Sun 4/13]]
techs: [[N|Orlaith Byrne]] (4N boxes 401-424), [[N|Kwesi Appiah]] (5W boxes 501-530)
box  bed    pt                    rhythm                   limits      notes
401  4N-01  [[N|ABERCROMBIE G]]        AF 80s-100s              HR 50-130
406  4N-06  [[N|PRZYBYLSKI S]]         SR, 1st deg AVB          default     PR 0.26
413  4N-13  [[N|DEMIRCI O]] (d/c'd 2100 - box returned)
517  5W-17  [[N|Salazar-Ng, Tomasa]]   NSR, 5-beat NSVT 0214    default     K 3.2; dr [[N|lowenthal]] paged, KCl 40 mEq PO
Leads-off >10 min: 406 x2 (showering). Batteries changed 0300, all boxes.
""",
)

note(
    "d14-45",
    "Mr. Solis",
    """
[secure chat] 4N charge phone -> [[N|ngarcia]], [[N|bwelch]], [[N|kmensah]]   [[D|10/5]] 18:52
ok night assignments:
[[N|nadia]] - 1,2,3,4 (1 is contact iso)
[[N|brianna]] - 5,6,7,8 (7 to cath lab in am, npo after mn)
[[N|kwame]] - 9-12 + 13 new admit from ed, mr [[N|solis]] [[A|94]] yo, hip fx, ortho consulted
pct - all rooms, q2 turns on 3 and 11, blood sugars 2100
i'm charge w/ no pts til 2300 then i take 14. [[N|nadia]] your orientee shadows you tonight
pharmacy says tube station down, walk meds from 3rd floor
""",
)

note(
    "d14-46",
    "Hollis Vandeventer",
    """
From: [[N|Hollis Vandeventer]] <[[EM|hvandeventer@northfieldmed.org]]>
Sent: [[D|Friday, August 1, 2025]] 4:47 PM
To: 5W RN Staff
Subject: RE: skills fair sign-ups

Here's who is signed up so far -
  Session A ([[D|Tue 8/12]], 0800): [[N|Tran]], [[N|Muñoz]], [[N|S. Iqbal]]
  Session B (same day, 1400): [[N|Lachance]], [[N|Priya R.]]
Still need: anyone missing restraint competency or the new Alaris pump module.
Stations: CRRT, chest tubes, Broselow cart, blood administration. Wear scrubs. 4 CE hours.

[[N|Hollis]]
Clinical Educator, 5 West | fax [[FX|262-555-0181]]
""",
)

note(
    "d14-47",
    "Simone Delacourt",
    """
BHU 2 - q15 OBSERVATION SUMMARY   [[D|Sat 3/22]] 2300-0700
codes: Sl=asleep  A=awake in room  DR=dayroom  T=bathroom  P=pacing
rm  pt                          level          pattern (hourly)      obs staff
B2  [[N|Kingsley, Ardith]]           1:1 SI         A A Sl Sl Sl T Sl Sl  [[N|Obinna]] / [[N|Rae]]
B4  [[N|Dufresne, Marc]]             q15            Sl all checks         [[N|Obinna]]
B6  [[N|Delacourt, Simone]] ("[[N|Moonie]]")  q15 elopement  A P P DR A Sl Sl Sl    [[N|Rae]]
B9  empty (d/c 1600)
Sleep hrs: B2 5.5, B4 7.75, B6 4. PRN: B6 hydroxyzine 25 mg 0020 for anxiety - effective.
No incidents. Sharps sweep 0100 clear.
""",
)

note(
    "d14-48",
    "Dwayne Ferris",
    """
DRIVE-THRU RESPIRATORY TESTING   lane 2   [[D|12/27]]   greeter [[N|mtoussaint]]
time  plate (state)   name on order                 test                  result ETA
0905  [[VEH|BXR-4471]] (GA)   [[N|Oyelaran, Bisi]]              COVID/Flu/RSV PCR     24 h
0912  [[VEH|TKQ 902]] (SC)    [[N|Ferris, Dwayne]] + 2 kids     COVID PCR x3          24 h
0920  [[VEH|CJM-1188]] (GA)   [[N|Nwachukwu, Ifeoma]]           rapid strep           15 min - POS, Rx sent
Verify 2 identifiers (name + DOB) through the window. No swabbing with engine running.
PPE: N95 + face shield. Lane closes 1130 for cleaning.
""",
)

note(
    "d14-49",
    "Adaeze Okonjo",
    """
DME DELIVERY MANIFEST   route 3   [[D|6/9]]   tech [[N|Reggie Fontaine]]   box truck [[VEH|9HJ-221]]
stop 1  [[N|Okonjo, Adaeze]]   [[ADDR|4410 Mockingbird Ln #212]], [[C|Irving]] [[Z|75062]]
        EverFlo 5 L concentrator, sn [[DEV|EF1223345A]]; 4 E-tanks, cannula x2. O2 safety teach, no-smoking sign posted.
stop 2  [[N|Hardesty, Cal]]   [[ADDR|907 W Pioneer Pkwy]], [[C|Arlington]] [[Z|76013]]
        semi-electric hospital bed + alternating pressure mattress, bed sn [[DEV|IVC88421907]]; set up in living room, rails x2.
Signed for: stop 1 by pt; stop 2 by wife. Mileage 38.
""",
)

note(
    "d14-50",
    "Harrison Begay",
    """
WAIVER CASE MANAGER PANEL   CM [[N|Alondra Figueroa]]   run [[D|07/01/2025]]
client               Medicaid ID       PCS hrs/wk   aide                      risk
[[N|Begay, Harrison]]    [[HP|AZ4471230981]]      22           [[N|Yazzie, L.]]                high
[[N|Concho, Wilma]]      [[HP|AZ4471108834]]      30           agency (Sunrise HC)       mod
[[N|Lucero, Ambrose]]    [[HP|AZ4470995127]]      12           wife (paid caregiver)     low
Flags: [[N|Concho]] hospitalized - hold services; [[N|Begay]] needs Navajo-speaking aide.
""",
)

note(
    "d14-51",
    "Mrs. Kaplan",
    """
hey [[N|marco]] - since i'm off to peds in [[D|july]], quick handoff of my continuity panel. the ones to know:
- mrs [[N|kaplan]] (brings cookies to the front desk) - afib on apixaban, due for TSH + cards f/u
- [[N|deshawn ellis]] - 24 yo, new T1DM, pump start pending, mom very involved
- mr [[N|oyelaran]] - moderate dementia, wife is sole caregiver - watch for burnout, she won't ask
- the twins (asthma, ACT 14 and 19) need spacer teaching again
everyone else is stable. panel list is in the shared drive under my name. you'll love them.
- [[N|bea]]
""",
)

note(
    "d14-52",
    "Baby Boy Hakimi",
    """
NEWBORN NURSERY CENSUS   [[D|4/4]] 0600   charge RN [[N|Shontelle]]   peds today: Dr. [[N|Lupo]]
crib  infant                   born         GA     feeding   mom rm   plan
1     BB [[N|Hakimi]]               [[D|4/2]] 2215    39+1   breast    312      d/c today
2     BG [[N|Castellanos-Reyes]]    [[D|4/3]] 0440    37+5   formula   315      bili 11.2 @30h - recheck 1800
3     (empty - infant to SCN for 6 h obs, back ~1200)
Hearing screens: crib 2 refer R ear, rescreen before d/c. CCHD all pass. Hep B given x2.
Security tags checked at shift change: 2/2 active. Mother-baby band match verified.
""",
)

note(
    "d14-53",
    "6 South staff",
    """
SHIFT TRADE REQUESTS - 6 South - pay period ending [[D|5/31]]
requestor       gives up     picks up     trades with     status
[[N|cnwosu]]          [[D|5/17]] D     [[D|5/24]] D     [[N|bvalentine]]      approved
[[N|Ramona T.]]       [[D|5/20]] N     --           (giveaway)      pending - would be OT, needs director OK
Reminder: no trade may leave a shift without a charge-qualified RN or put anyone over 3 nights in a row.
Enter trades in the scheduling app at least 48 h before the shift. Self-scheduling opens for the next period in 2 weeks.
""",
)

note(
    "d14-54",
    "Greta Lindholm",
    """
PRE-ADMISSION TESTING - CALL LIST for surgery [[D|Wed 9/17]]   caller: [[N|Jolene]] RN
pt                    OR time  arrive   result
[[N|Ferreira, Anton]]       0730     0530     reached - NPO after MN, hold metformin AM, bring CPAP
[[N|Lindholm, Greta]] [[A|90]]   0930     0730     VM at home; dtr [[N|Ingrid]] [[PH|218-555-0156]] reached, will drive
[[N|Yusupov, Timur]]        1200     1000     no answer x2 - prefers Russian, retry with interpreter line
H&P for [[N|Lindholm]] faxed to PAT [[FX|218-555-0199]].
Her instructions link: [[URL|https://myhealth.lakesregion.org/pat/visit?pid=4471902]]
""",
)

note(
    "d14-55",
    "7 North board",
    """
[clerk transcription of 7N whiteboard, photo taken [[D|8/2]] 0715]
CHARGE: [[N|Liz]]     RT: [[N|Dmitri]]     HOUSE SUP: [[N|Pruitt]]
FALL RISK (yellow star): 702, 707, 715, 719
NPO: 704 (EGD 1000), 711
DC TODAY: 703, 718 (needs ride), 720 (SNF, pending auth)
ISOLATION: 709 contact+ (C. diff), 716 airborne (r/o TB) - N95 only!
PAIN REASSESS due 0800: 706, 712
BLOOD SUGARS AC/HS: 705, 708, 713, 714
PT EVALS: 702, 715
"Safety first - call, don't fall!"   staff of the month: [[N|Bukola A.]]
""",
)

note(
    "d14-56",
    "Ernest Whitlock",
    """
PB CLAIMS WORKQUEUE 2210 - Medicare denials   owner [[N|cdumont]]   aging >30 d
acct         pt                  DOS         claim #           CARC   amt       action
[[ACCT|A00912847]]   [[N|Whitlock, Ernest]]   [[D|03/04/25]]    [[ID|2225063145880]]   CO-16  412.00    add referring NPI [[ID|1578839204]], rebill
[[ACCT|A00913310]]   [[N|Dorsey, Velma]]      --          --                CO-31  1,180.00  pt not identified; SSN on reg [[SSN|912-44-0871]], MBI mismatch
Timely filing limit 12 months from DOS. Modifier 25 edits: 4 more in WQ 2211.
""",
)

note(
    "d14-57",
    "Consuelo Ruiz",
    """
OUTREACH - OVERDUE SCREENING MAMMOGRAM (last > 27 mo)   caller: [[N|Tanisha]] (CHW)
pt                   last mammo   outcome
[[N|Ruiz, Consuelo]]     [[D|Jan 2022]]     reached [[PH|956-555-0131]] - scheduled mobile van [[D|11/14]]
[[N|Hargrove, Bettye]]   2021         declined ("too old for that") - age 77, PCP aware
[[N|Zamora, Elvia]]      never        wrong number; letter mailed
Talking points: no cost with Medicare/Medicaid; 3D available; van at the Westside library monthly.
""",
)

note(
    "d14-58",
    "R. Bellamy",
    """
CONTROLLED SUBSTANCE DISCREPANCY - OR satellite Pyxis - [[D|Mar 14]]
drawer 4 pocket 2, HYDROmorphone 2 mg/mL: expected 9, found 8
last access: [[N|KOATES]] 1412 - removed 1 for OR7 (pt [[N|Bellamy, R]])
order: Dr. [[N|Alain Dubois]], DEA [[LIC|BD4417202]]
resolution: 1 mg waste documented on paper but never entered; entered late at 1530 with witness. Count now correct.
nurse: [[N|Keri Oates]] RN, lic [[LIC|RN2871154]]; witness CPhT [[N|T. Alvarado]]
Reviewed by pharmacy manager [[N|Yusuf Karimi]]. No further action; education on waste timing.
""",
)

note(
    "d14-59",
    "H. Rivera-Santos",
    """
post-discharge calls (48-72h) - [[D|tues 11/4]] - [[N|mk]]
- [[N|rivera-santos h]] (d/c [[D|11/1]]): reached, has all meds, pcp f/u [[D|11/7]]. no sob, wt stable.
- [[N|boateng k]]: vm full x2 at [[PH|617-555-0138]], letter sent
- [[N|whitcomb a]]: spoke w/ son [[N|derek]] - pt back in ED at Mount Auburn since last night after a fall
3 calls attempted, 2 reached. escalated [[N|whitcomb]] to CM.
""",
)

note(
    "d14-60",
    "Mr. Huang",
    """
PET THERAPY VISITS - Paws for Healing volunteers - [[D|Sun 10/19]]
handler / dog                      units    rooms visited                   comments
[[N|Marjorie Tibbetts]] + Duke (golden)    6S, 7N   603, 611, 702                   Mr. [[N|Huang]] in 702 asked for "the big dog" again
[[N|Dev Raman]] + Pepper (beagle)         peds     all but rm 4 (neutropenic)      kids drew pictures of Pepper
Allergy screen at the door. No visits to contact/droplet isolation rooms.
Volunteer coordinator: [[N|Cheryl-Ann Booker]]. Next visit in two weeks.
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
