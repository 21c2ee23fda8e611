#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind34.jsonl.

This set stresses people's names that look like ordinary words, inside the
narrative notes where relatives, neighbours and helpers are named most:
social work and case management, psychiatry and psychology, home health and
hospice, chaplaincy, school nursing, family meetings, ethics consults,
guardianship, probation and court correspondence, and community health worker
visits.  Many names double as common English words, months, places or medical
terms (Hope, Faith, Grace, Joy, Will, Bill, Mark, Rose, Iris, Summer, April,
May, June, Hunter, Mason, Page, Grant, Young, Black, Brown, White, Green,
Price, Rich, Little, Walker, Bishop, Cook, Baker, Jordan, Paris, Dallas,
Lincoln, Washington, Jackson, Marion, Florence, Chase, Sterling, Frank, Art,
Don, Ray, Bob ...), and the same words occur in the same notes as plain words
("there is hope", "will call", "walker at bedside", "frank hematuria",
"Baker's cyst", "x-ray", "may recommend") which stay unmarked.  Surnames carry
particles, apostrophes and hyphens (de la Cruz, van der Berg, O'Neil,
D'Angelo, St. John, bin Saleh, Nguyen-Tran); names appear in lower case, ALL
CAPS, "Last, First", HL7 caret form, nicknames, initials, log-in names and
social-media handles.  Facilities, churches, schools and companies named after
people (Lincoln Elementary, Jackson Memorial, Grace Church, St. Jude, Jackson
Tire) stay unmarked.  Dates, phones, addresses, record numbers and the other
identifier kinds appear at ordinary density.

Annotation conventions (HIPAA Safe Harbor):
- NAME covers every person mentioned: the patient, relatives, friends,
  neighbours, landlords, employers, teachers, officers, attorneys, judges,
  clergy, clinicians and staff, in any form (nickname, lower case, ALL CAPS,
  initials standing for a person, log-in names, handles without the "@").
  Titles and credentials (Dr., Mrs., Rev., Judge, Coach, RN, MD) are left
  outside.  "Last, First" written as one unit ("WALKER, HOPE") is one span; a
  caret-delimited name ("PAYNE^JUNE^M") gives one span per component.  A
  nickname in quotes next to the legal name is its own span and the quotes
  stay outside.  Kinship words used as forms of address (Granny, Mama), pets,
  eponyms (Baker's cyst, Foley, Parkinson's), placeholder names for
  unidentified patients ("BABY BOY" is unmarked, the family surname beside it
  is marked), and names inside facility, church, school or company names are
  not marked.  A nickname that includes a kinship-like word but is used as
  the person's name ("nana lou", "Big Mike", "Gran Flo", "Auntie Dee") is
  marked whole.  A name chosen for an unborn baby is a NAME.  The same word
  can be a NAME in one sentence and a DATE or CITY in the next ("April" the
  daughter and "since April"; "Austin" the ex-boyfriend who moved to
  "Austin"); each is labelled by its use, and modal "may", "will call",
  "x-ray", "rose to 39.1" and the like stay unmarked.
- DATE covers every date element finer than a year: full dates in any format,
  month+day, month+year, a month alone when it dates an event ("due in
  February"), weekdays and holidays used as the date of an event ("will visit
  Tuesday", "home by Valentine's Day", "Thanksgiving 2019"), ordinal days ("the
  15th").  A weekday written in front of a date is taken into the span.  Bare
  years, clock times, durations, ages in years below 90, recurring schedules
  ("M/W/F", "Tues/Thurs") and months used as plain words or names are not
  dates.  A one-token machine timestamp is marked whole.
- AGE only for ages above 89 (the number alone).
- PHONE / FAX whole number with extension; EMAIL whole; URL only
  person-specific links (portal sessions, links carrying a record id); IP
  every IPv4 address.
- SSN (full or last four), MRN, HEALTH_PLAN (member, Medicaid/Medicare,
  group, policy), ACCOUNT (patient/encounter/billing), LICENSE (driver's,
  professional, DEA), VEHICLE (plates, VINs), DEVICE (implant or equipment
  serial numbers), ID (court case and docket numbers, police report and badge
  numbers, DOC numbers, hospice/agency/client ids, claim, order, specimen,
  application and trip numbers, message ids).
- ADDRESS is the street part (number, street, unit, PO box, lot) and GPS
  coordinates of a home or camp; a street named without a number is still
  ADDRESS when it is where a person lives ("go back to Pearl St"), and a
  unit given alone in a letter ("Unit 14C") is ADDRESS.  CITY is a city, town
  or neighbourhood (Little Saigon, Mattapan), including the town inside an
  organisation's name ("Islamic Center of Dearborn"); ZIP the postal code.
  States, countries and county-named agencies are unmarked.
- Never marked: facility, agency, payer, church, school and company names,
  drugs and doses, device models, lot numbers, codes, scores, lab values, room
  and bed numbers, times, bare years.

Stdlib only.  Run: python bench/data/make_deid_blind34.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind34.jsonl")
NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b34-01",
    "Hope Walker",
    """
SOCIAL WORK INITIAL ASSESSMENT
DOS: [[D|03/14/2024]]    MRN [[MRN|00483921]]    Rm 4B-12
Pt: [[N|WALKER, HOPE]]   DOB [[D|07/22/1951]]

Met pt at bedside; walker at bedside, pt ambulating with standby assist. Ms. [[N|Walker]] lives alone at [[ADDR|418 Linden Ave, Apt 2]], [[C|Marion]], OH [[Z|43302]]. Daughter [[N|Faith]] ([[PH|740-555-0131]]) visits on weekends; son [[N|Grant Walker]] lives out of state. Pt states "there is hope I can go home" and wants to avoid SNF. Neighbor [[N|Bill Price]] checks her mail daily. Discussed price of medications - pt pays ~$140/mo for apixaban. Will call Area Agency on Aging re: grant application for home modifications. Plan: family meeting [[D|3/15]] at 1400 with [[N|Hope]], [[N|Faith]] by phone.
- [[N|R. Delacroix]], LSW
""",
    ("Walker", "Hope", "Grant", "Price"),
)

note(
    "b34-02",
    "April Brown",
    """
Psychiatry Progress Note (outpt)
Pt: [[N|April Brown]]  MRN [[MRN|7730142]]  DOS [[D|05/02/2024]]
S: Low mood since her mother died on [[D|April 9]]. Sleeping 4-5 h. Denies SI/HI. Ex-partner [[N|Mason]] has not contacted her since the protective order was granted. Sister [[N|June Brown-Hart]] staying with her. Pt brought brown bag of meds. A mark on L forearm is an old burn per pt, not self-harm.
O: Well groomed, brown eyes tearful, speech nl rate. PHQ-9 = 17 (was 21 on [[D|4/11]]). GAD-7 14.
A: MDD, single episode, moderate; grief.
P: sertraline 100 mg -> 150 mg daily. Weekly therapy Tues with [[N|Iris Payne]], LCSW. RTC 4 wk. Crisis line 988 reviewed.
[[N|M. Sterling]], MD
""",
    ("Brown",),
)

note(
    "b34-03",
    "Raymond Jackson",
    """
hh sn visit [[D|6/3/24]] 0915-1010. pt [[N|raymond jackson]] ("[[N|big ray]]") 78yo M, chf/copd, lives w/ his aunt [[N|nana lou]] ([[A|94]] y/o, legal name [[N|louella jackson]]) at [[ADDR|2207 cty rd 14]], [[C|dallas]], ga [[Z|30132]]. vs: bp 142/88 hr 92 spo2 91% ra, wt 231 lb (up 4 lb since [[D|5/30]]). +2 pitting edema bilat. x-ray of chest done last wk per pcp. reviewed lasix 40 mg bid. pt uses walker, 2 falls this month. [[N|nana lou]] reports he "will not" use the shower chair. left msg for dr [[N|bishop]] office [[PH|(770) 555-0178]] re wt gain. next visit [[D|thurs]].
- [[N|kbaker]] rn
""",
    ("ray",),
)

note(
    "b34-04",
    "Grace O'Neil",
    """
Spiritual Care Note - [[D|11/17/2024]]
Visit requested by RN [[N|Joy Littlejohn]]. Pt [[N|Grace O'Neil]], 71, Roman Catholic, parishioner at Grace Church in [[C|Florence]]. She said "it is only by grace I'm still here." Husband [[N|Frank]] at bedside; their pastor, Rev. [[N|Art Bishop]], will visit [[D|Tuesday]]. Pt asked for Anointing of the Sick; paged on-call priest Fr. [[N|Dominic Rich]] - page returned at 1520, he arrived 1610. Mrs. [[N|O'Neil]] was frank about her fear of dying and said she has had a rich life. Provided prayer, rosary, listening presence. Daughter [[N|Rosie]] asked that we call her at [[PH|843-555-0121]] if her mother declines overnight.
- Chaplain [[N|Deb Ashworth-Kane]], MDiv, BCC
""",
    ("Grace", "Frank", "Rich"),
)

note(
    "b34-05",
    "Mark Green",
    """
CASE MANAGEMENT - DISCHARGE PLANNING
Patient: [[N|Mark Anthony Green]]   MRN: [[MRN|M-5520917]]
Payer: Medicaid MCO   Member ID [[HP|CSX77120934]]
Adm [[D|09/02/2024]], anticipated d/c [[D|09/06/2024]]

58 y/o M w/ cellulitis R leg; green drainage per wound RN. Lives with partner [[N|Dallas Reed]] in a 2nd-floor walk-up at [[ADDR|77 Chase St, #3]], [[C|Lowell]], MA [[Z|01852]]. Needs home IV abx x10 days. Faxed referral to Bayside Infusion, fax [[FX|978-555-0119]]; intake coordinator [[N|Summer]] confirmed receipt. Will mark PICC in EMR as home-going line. Employer is a roofing co.; supervisor [[N|Guy Marchetti]] needs FMLA forms by [[D|Friday]]. Mr. [[N|Green]] agrees with plan.
- [[N|Kathleen Yee]], RN CM
""",
    ("Green", "Mark"),
)

note(
    "b34-06",
    "Hunter Page",
    """
Lincoln Elementary School - Health Office Log
Student: [[N|Hunter Page]]   Gr 3, Rm 114   DOB [[D|2/29/2016]]
[[D|10/08/2024]] 10:40 Sent from class by teacher Ms. [[N|Young]] after wheezing at recess. Wearing a hunter green jacket, mild retractions. Albuterol HFA 2 puffs via spacer per action plan; peak flow 180 -> 240 after 15 min. Mother [[N|Paris Page]] notified at [[PH|313-555-0164]]; she will pick him up. Left message with pediatrician Dr. [[N|Austin Lee]]'s office. He is a young, active boy and was upset to miss gym. Note to self: restock spacers and turn the page on the med log, sheet is full. Asthma action plan expires [[D|June 2025]].
11:20 Picked up by mom. [[N|Hunter]] stable.
- [[N|T. Hart]], RN, school nurse
""",
    ("Page", "Young", "Hunter"),
)

note(
    "b34-07",
    "Walter D'Angelo",
    """
ETHICS CONSULTATION
Requested [[D|1/22/25]] by Dr. [[N|Nguyen-Tran]] (MICU attending)
Patient: [[N|Walter D'Angelo]], [[A|91]] y/o, MRN [[MRN|11820456]], bed MICU-7
Question: surrogate conflict re CPR/intubation.
Facts: advanced dementia, aspiration PNA; temp rose to 39.1 overnight. No advance directive on file. Two daughters: [[N|Rose D'Angelo-Fitch]] (lives with pt in [[C|Cranston]], RI) requests full code; [[N|Iris]] ([[PH|401-555-0127]]) reports pt told her at [[D|Thanksgiving 2019]] he "never wanted machines."
Plan: family meeting [[D|1/23]] 1500 with palliative (Dr. [[N|Oyelaran-Banks]]). Ethics supports surrogate decision based on substituted judgment; [[N|Iris]]'s account is specific and consistent.
- [[N|Bernadette Cook]], JD, MA, Clinical Ethics
""",
    ("Rose",),
)

note(
    "b34-08",
    "Joy Washington",
    """
Court Liaison / Guardianship Note
Re: [[N|JOY ANN WASHINGTON]]   MRN [[MRN|3349020]]
Probate Court case no. [[ID|2024-GD-00871]]; hearing set for [[D|Monday, March 3]] at 9:00.
Court-appointed attorney [[N|Will Black]] ([[EM|wblack@lawaid.example]], [[PH|601-555-0139]]) called today. Petitioner is pt's niece, [[N|Marion Hughes]]. Pt's will and POA documents are reportedly held by her former neighbor [[N|Cedric]]; Mr. [[N|Black]] will request copies. Capacity eval by Dr. [[N|Ngozi Bello]] completed [[D|2/12]]: pt lacks capacity for financial decisions. Medical note: 2 episodes of black tarry stool this week, GI following. Ms. [[N|Washington]] asked if she can "go back to [[ADDR|Pearl St]]" - reoriented.
- [[N|Carla Benitez]], MSW
""",
    ("Will", "Black"),
)

note(
    "b34-09",
    "Maria de la Cruz",
    """
Community Health Worker - home visit [[D|14-Aug-2024]]
Client: [[N|María de la Cruz]] (prefers "[[N|Mari]]"), MRN [[MRN|CHW-0098812]]
Address: [[ADDR|1190 Calle Sol, Apt B]], [[C|Pharr]], TX [[Z|78577]]
Visit in Spanish. Client is caregiver for her husband [[N|Ignacio de la Cruz]] (dialysis M/W/F at Valley Kidney Center). Their upstairs neighbor, [[N|Yusuf bin Saleh]], drives [[N|Ignacio]] when the van is late. Landlord [[N|Dale Sterling]] ([[PH|956-555-0183]]) has not repaired the AC; indoor temp 91F today. Helped client apply for energy assistance; brought a fan. Medicaid ID [[HP|5120394471]]. Granddaughter [[N|Jordan]] (15) translates at appointments; discussed using a trained interpreter instead. Next visit in 2 wk.
- [[N|L. Garza-Whitfield]], CHW
""",
)

note(
    "b34-10",
    "Chase Lincoln",
    """
PALLIATIVE CARE - FAMILY MEETING NOTE
Pt: [[N|Chase Lincoln]] | 64M | MRN [[MRN|88-20-417]] | Jackson Memorial, 6 West
Date/time: [[D|2/7/2025]] 14:00-15:10, 6W conference room
Present: wife [[N|Sterling Lincoln]]; sons [[N|Ray]] and [[N|Donnie]]; pt's brother "[[N|Bubba]]" ([[N|Harold Lincoln]]) by phone; Dr. [[N|Priya Washington]] (onc); SW [[N|Tomas Rich]].
Metastatic pancreatic ca with progression on gemcitabine/nab-paclitaxel. Dr. [[N|Washington]] reviewed scans. Pt wants to be home "by [[D|Valentine's Day]]." A rich, honest discussion; family tearful but in agreement. DNR/DNI confirmed. Home hospice referral placed; SW will chase the referral tomorrow a.m.
- [[N|A. Kessler-Obi]], NP, Palliative Care
""",
    ("Chase", "Rich"),
)

note(
    "b34-11",
    "Elijah Bishop",
    """
NEUROPSYCHOLOGICAL EVALUATION - summary
Examinee: [[N|Bishop, Elijah]]    DOB: [[D|2014-05-19]]    Tested: [[D|Jan 6]] & [[D|Jan 13, 2025]]
Referral: Dr. [[N|Hwang]], developmental pediatrics, [[C|Austin]], TX
Background: [[N|Elijah]] lives with maternal grandmother [[N|Florence Bishop]] ("[[N|Gran Flo]]") since age 4; mother incarcerated, father uninvolved. 4th grade at Pecan Hollow Elementary; teacher Mr. [[N|Baker]] says he "can't get past the first page of a worksheet."
Results: WISC-V FSIQ 94 (34th %ile); WMI 82; CPT-3 elevated omissions; Conners-4 T=74.
Impression: ADHD, combined presentation (F90.2); rule out SLD-reading.
Recs: 504 plan; share report with school psychologist Dr. [[N|Amara St. John]] with guardian consent.
- [[N|Helen Vasquez-Moore]], PhD
""",
)

note(
    "b34-12",
    "William Hart",
    """
ED TRIAGE NOTE [[D|04/21/24]] 0312
PT: [[N|HART, WILLIAM J]]   [[A|92]]YO M   MRN [[MRN|A00771236]]   ACCT [[ACCT|V10044556]]
BIBA FROM HOME, [[ADDR|9 PAYNE CT]], [[C|HOPE]], AR. CC: FALL, + HEAD STRIKE, ON ELIQUIS. FOUND ON FLOOR BY NEIGHBOR "[[N|BIG MIKE]]" [[N|DONOVAN]] AT 0200. GCS 15, ABRASION L TEMPLE, NO LOC PER PT. OLD BROWN SPOTS ON SHINS. DAUGHTER [[N|APRIL]] ([[PH|870-555-0102]]) EN ROUTE FROM [[C|TEXARKANA]]. PT STATES HE "WILL BE FINE." PAIN 4/10. ESI 2. CT HEAD ORDERED, TRAUMA NOT ACTIVATED.
- [[N|JPAYNE]] RN
""",
)

note(
    "b34-13",
    "Dshawn Cook",
    """
Forensic psychiatry f/u - [[D|Sept 30 2024]]
[[N|Dshawn Cook]], 27, MRN [[MRN|5591032]], on probation (docket [[ID|CR-23-4471]]). PO: [[N|Lamar Banks]], [[PH|216-555-0155 x214]], [[EM|lbanks@probation.example]]. ROI signed [[D|9/3/24]] allows me to share attendance only.
Pt now works as a line cook at Austin's Grill and likes it; says he wants to cook "for real" one day. Uses food banks twice a month. Girlfriend [[N|Shay]] is pregnant, due in [[D|February]]. UDS today negative. Mood "better," sleeping 7 h. No AH/VH.
Plan: continue aripiprazole 10 mg daily. Letter to Mr. [[N|Banks]] confirming attendance. Next appt [[D|10/28]].
- [[N|E. Marchand]], DO
""",
    ("Cook", "Banks"),
)

note(
    "b34-14",
    "Eugene Fairweather",
    """
Hospice RN Routine Visit
Patient: [[N|Eugene Fairweather]]   DOB [[D|1/4/1933]] ([[A|91]] y/o)
Visit [[D|03/08/2025]] 1300-1400 at home, [[ADDR|56 Rosewood Ln]], [[C|Paris]], TN [[Z|38242]]
Pt resting in hospital bed. Wife [[N|Joy]] ([[A|90]]) is primary CG; pt smiled and called her "still my joy." PPS 30%. Pain 2/10 on morphine 5 mg q4h prn, 3 doses/24h. Sacral stage 2, dressing changed. Daughter [[N|Paige Little]] from [[C|Memphis]] here this week; she is a little overwhelmed, caregiver teaching done. Aide [[N|Chastity]] visits M/W/F. Called Dr. [[N|Okafor]] (hospice MD) [[PH|731-555-0190]] re constipation; senna increased. Next RN visit [[D|3/11]].
[[N|marcy.hollis]] RN CM
""",
    ("Joy", "Little"),
)

note(
    "b34-15",
    "Summer Banks",
    """
Child & Adolescent Psychiatry - Intake
[[N|Summer Banks]], 15F, DOB [[D|06/21/2009]], MRN [[MRN|2210573]]
Informants: pt; mother [[N|Tasha Banks]]; school counselor Mr. [[N|Oduya]] (by phone).
HPI: Cutting (thighs) since the summer camp incident, which pt won't discuss. Best friend [[N|Lexi]] told the counselor. Boyfriend "[[N|Tre]]", 17. Dad [[N|Roland Banks]] lives in [[C|Grand Rapids]], sees her holidays. Grades fell from A/B to C/D this semester at Washington Middle School. Denies current SI; passive SI in [[D|August]]. Sleeps 3 am-noon on weekends.
MSE: guarded, dysthymic, linear.
Plan: DBT-A skills group, safety plan, lock meds. Mom consents to fluoxetine 10 mg. Return [[D|11/19]].
- Dr. [[N|Lin Abernathy]]
""",
    ("Summer",),
)

note(
    "b34-16",
    "Isaiah Young",
    """
[[D|November 4, 2024]]

Hon. [[N|Patricia Grant-Okoye]]
Family Court, Dept. 12

RE: [[N|Isaiah Young]]; Case No. [[ID|FC-24-01186]]

Dear Judge [[N|Grant-Okoye]]:
At the court's request I evaluated [[N|Isaiah]] on [[D|October 15]] and [[D|22]]. His mother, [[N|Brianna Young]], and paternal grandmother, [[N|Gloria White]], were interviewed; his father, [[N|Terrence Young]], declined. [[N|Isaiah]] is a bright young boy with symptoms of anxiety since the separation. He told me he wants to stay with "Granny" in [[C|Hyattsville]] during the school week. A full report follows.

Sincerely,
[[N|Naomi Feld]], PsyD
Licensed Psychologist #[[LIC|PSY 23017]]
""",
    ("Young",),
)

note(
    "b34-17",
    "Don Baker",
    """
HOME HEALTH PT EVAL  [[D|7/16/2024]]
Pt: [[N|Don Baker]] (goes by "[[N|Donnie]]")  Agency MR# [[MRN|HH448120]]
Dx: R TKA [[D|7/9/24]] at St. Jude Medical Ctr; hx R Baker's cyst.
Home: split-level, 6 steps with L rail; lives w/ wife [[N|Carol]] at [[ADDR|3318 N. Grant Ave]], [[C|Fullerton]], CA [[Z|92835]].
ROM R knee 8-85 deg. Gait FWW 150 ft CGA. TUG 21 s; high fall risk. Unable to don/doff socks without reacher. Recommend raised toilet seat; son-in-law [[N|Art]] will install grab bars. Pt enjoys art (watercolors) and wants to get back to his easel. Says he doesn't want to be "a burden on [[N|Carol]]."
POC: PT 3x/wk x 4 wk.
- [[N|Nadia Kowalczyk]], PT, lic. [[LIC|PT 41992]]
""",
    ("Baker", "Don", "Art"),
)

note(
    "b34-18",
    "Kiara Wells",
    """
SW follow-up [[D|12/02/24]]. Pt [[N|Kiara Wells]] (MRN [[MRN|6004519]]).
Pt reports ex-partner [[N|Dallas Moore]] came to her apartment at [[ADDR|88 Briar Hill Rd #12]], [[C|Tulsa]], on [[D|Saturday]] and broke the door. Police report [[ID|24-118834]]; responding officer [[N|Ruiz]], badge [[ID|4471]]. Pt plans to move in with her sister [[N|Keisha]] in [[C|Dallas]] next month; [[N|Dallas]] does not know that address. Safety plan reviewed; advocate [[N|Bree Holloway]] from Haven House ([[PH|918-555-0114]]) will help with protective order.
Pt declined shelter. SW will follow up by phone [[D|12/4]].
- [[N|J. Ostrowski]], LCSW
""",
)

note(
    "b34-19",
    "Gideon Marsh-Whitaker",
    """
RN shift note 1900-0700 ([[D|1/18]]-[[D|1/19/25]])
Pt [[N|Gideon Marsh-Whitaker]] (bed 14, MRN [[MRN|00912384]]) restless at 0200, pulling at Foley; reoriented x3. Wife [[N|Faith]] called at 2245 ([[PH|(502) 555-0166]]); she says pt's faith is very important to him and asked for their pastor, Rev. [[N|Bill Hunter]] of New Hope Baptist, to visit. Paged on-call chaplain [[N|Denise Page]]; she saw pt 0310. Pt kept asking for "[[N|Junie]]" (his late sister). Morning labs: K 3.3, replaced per protocol; Cr 1.4. Bladder scan 220 mL after Foley removal at 0600. Mr. [[N|Marsh-Whitaker]] slept 0400-0630.
- [[N|O. Adeyemi]], RN
""",
    ("Faith",),
)

note(
    "b34-20",
    "Jaylen Mason",
    """
Inpatient Psychiatry - Progress Note, HD#4 ([[D|08/11/2024]])
Pt: [[N|Jaylen]] "[[N|Jay]]" [[N|Mason]], 19M, MRN [[MRN|4477081]]
Admitted after acetaminophen OD. Calmer today, attending groups. Discussed cyberbullying by ex-friend [[N|Trey Dollard]] (IG @[[N|tr3y_dolla]]), who posted his address. Pt was working as a brick mason apprentice before admission and wants to return. Mom [[N|Shonda Mason]] visited with his brother [[N|Marcus]]; family session set for [[D|Thursday 8/15]]. No SI today, future oriented.
Meds: sertraline 50 mg. Obs: q15 min.
- Dr. [[N|Kwame Asante-Rivers]] / [[N|L. Ferreira]], MS3
""",
    ("Mason",),
)

note(
    "b34-21",
    "Cornelius Price",
    """
ADULT PROTECTIVE SERVICES REFERRAL - faxed [[D|5/20/2025]] to APS intake [[FX|(614) 555-0107]]
Vulnerable adult: [[N|Cornelius]] "[[N|Neil]]" [[N|Price]], [[A|93]], [[ADDR|4410 Shadeland Dr]], [[C|Whitehall]], OH [[Z|43213]]; SSN xxx-xx-[[SSN|6620]]
Concern: suspected financial exploitation by grandson [[N|Tyler Price]], who holds POA. Pt told RN he "can't afford the price of his inhaler" although his pension is deposited monthly. Bank statement brought in by pt's friend Mrs. [[N|Opal Ferris]] shows 11 ATM withdrawals between [[D|4/2]] and [[D|4/29]]. Pt alert, oriented x3, SLUMS 24/30; wishes to remain in his home. No injuries; bruise L antecubital from lab draw.
Reporter: [[N|Hannah Okeke]], LISW-S, [[PH|614-555-0148]], [[EM|hokeke@mercyvalley.example]]
""",
    ("Price",),
)

note(
    "b34-22",
    "Baby boy Rivera-Holt",
    """
Peds SW - NICU family support  [[D|3/27/25]]
Infant: [[N|RIVERA-HOLT]], BABY BOY   MRN [[MRN|N2250881]]   31 wk GA, DOL 12
Parents have named him [[N|Jackson]]. Mother [[N|Alyssa Rivera]], 19; father [[N|Hunter Holt]], 20, works nights at Jackson Tire & Lube and is an avid deer hunter ("the freezer is full, we won't go hungry"). MGM Ms. [[N|Yolanda Rivera]] is main support. Parents' address: [[ADDR|2100 Marion St, Apt 6]], [[C|Columbia]], SC [[Z|29201]]. Medicaid for infant pending, application # [[ID|MA-7719034]]. No car seat yet; referred to Safe Kids fitting station for [[D|4/2]]. Mom's EPDS 11, referred to perinatal mental health. Parents visit daily after 1800.
- [[N|Q. Ellery]], MSW
""",
    ("Jackson", "Hunter"),
)

note(
    "b34-23",
    "Iris Chang-Whitley",
    """
Telehealth Psychotherapy - [[D|2024-10-17]] 16:00-16:50
Client: [[N|Iris Chang-Whitley]] | Client ID [[ID|CL-004417]]
Session link: [[URL|https://portal.mindbridge.example/visit?client=CL-004417&tok=a8F3kq2Z]]
Connected from [[IP|73.162.48.201]]; client confirms she is at home in [[C|Worcester]], MA. Emergency contact: spouse [[N|Dev]], [[PH|508-555-0172]].
Themes: grief after her father [[N|Mark]] died in [[D|March]]; guilt about missed visits; conflict with supervisor [[N|Rosalind]]. Client noted a red mark on her wrist from her watch band; denies self-harm.
Intervention: empty-chair work, grief psychoeducation. Homework: thought log.
Next session [[D|10/24]].
- [[N|Simone Achebe-Lang]], LMHC
""",
    ("Mark",),
)

note(
    "b34-24",
    "Frank Bishop",
    """
Device Clinic - remote transmission review  [[D|06/05/2024]]
Pt: [[N|Frank Bishop]]   MRN [[MRN|29005518]]
Device: dual-chamber PPM, Medtronic Azure XT DR MRI, SN [[DEV|RNB612945S]]; RA lead SN [[DEV|PJN2210873]]
Battery 9.1 y. RV pacing 38%. 2 AHRE episodes (max 4 min). No VT/VF. Lead impedances stable.
Pt called [[D|6/4]] reporting frank hematuria x1 on warfarin; INR 3.8 yesterday at the Bishop Road anticoagulation clinic. Advised to hold tonight's dose and call PCP Dr. [[N|Goldie Summers]]. His wife [[N|Rosalie]] will drive him for INR recheck [[D|Friday]].
Next remote: [[D|09/05/2024]].
- [[N|P. Ramanathan]], CDS / reviewed by Dr. [[N|J. Kirkpatrick]]
""",
    ("Frank", "Bishop"),
)

note(
    "b34-25",
    "Mason White",
    """
nurse's office - [[D|thurs 2/6]]
student: [[N|mason white]] (gr 7)   student id [[ID|2031-88417]]
c/o headache + nausea after being hit in the head w/ a dodgeball in pe (coach [[N|dunleavy]]). no loc. pupils equal/reactive. slow to answer, says lights "too bright". concussion protocol started. called mom [[N|june white]] @ [[PH|216.555.0193]], no answer, left vm. called dad [[N|bob white]] at work, he'll come. emailed teachers incl mrs. [[N|page]] ([[EM|kpage@shakerhts-schools.example]]) - no screens/tests until cleared. wrote it on the white board in the office too.
1310 dad picked up. return-to-learn form sent home.
rn [[N|d. okafor-ruiz]]
""",
    ("White",),
)

note(
    "b34-26",
    "Abdullah bin Saleh al-Harbi",
    """
Chaplaincy - Interfaith Visit  [[D|8 Jan 2025]]
Patient: [[N|Abdullah bin Saleh al-Harbi]], 68, MICU bed 3 (MRN [[MRN|71530992]])
Family requested an imam for end-of-life prayers. Contacted Imam [[N|Tariq Nasser]] of the Islamic Center of [[C|Dearborn]] at [[PH|313-555-0181]]; he arrived 1900. Present: wife [[N|Fatima]], two adult sons, daughter-in-law [[N|Layla bint Khalid]]. Family asked that the bed face the qibla and that male staff provide personal care when possible; RN [[N|Grant Osei]] informed charge nurse. Discussed ritual washing after death with decedent affairs. Mr. [[N|bin Saleh]]'s brother is flying in from overseas; family hopes he arrives by [[D|Friday]].
- [[N|Hamza Qureshi]], staff chaplain
""",
)

note(
    "b34-27",
    "Willa Mae Greene",
    """
UM / Case Management Review
Pt: [[N|Greene, Willa Mae]]   Acct [[ACCT|HAR-3300981]]   Medicare MBI [[HP|4TG7-QJ2-MK81]]   Supp. policy [[HP|0099213471]]
LOS day 3; obs -> inpatient conversion reviewed with Dr. [[N|Young]] (physician advisor). Pt is [[A|96]], from home, lives with grandson [[N|Grant]] who works nights. PT recommends SNF; grandson prefers home with HH. 3-midnight rule met as of [[D|10/30]]. SNF list given (Rosewood Terrace, Maple Grove); [[N|Grant]] will tour on [[D|Halloween]] afternoon. If home: rolling walker + BSC, DME order to Keystone Medical Supply. Pt is hard of hearing; her young adult grandson is her only local family. Ms. [[N|Greene]] says "whatever [[N|Grant]] thinks."
- [[N|Marisol Quintanilla]], RN, CCM  [[PH|915-555-0150]]
""",
    ("Young",),
)

note(
    "b34-28",
    "June Payne",
    r"""
ADT^A08 excerpt (SW review of name mismatch)
MSH|^~\&|EPIC|HMC|||[[D|20240918093015]]||ADT^A08|[[ID|MSG00419982]]|P|2.5
PID|1||[[MRN|E7712094]]^^^HMC^MR||[[N|PAYNE]]^[[N|JUNE]]^[[N|M]]||[[D|19330612]]|F|||[[ADDR|12 W Bishop St]]^^[[C|Bloomington]]^IL^[[Z|61701]]||[[PH|(309)555-0188]]

SW note [[D|9/18]]: registration had pt as "[[N|June Payne-Mitchell]]". Pt, [[A|91]], says her legal name is [[N|June M. Payne]]; [[N|Mitchell]] was her first married name. Son [[N|Richard]] ("[[N|Rich]]") confirms. HIM ([[N|Gwen]]) merged the records. Pt prefers Mrs. [[N|Payne]].
""",
)

note(
    "b34-29",
    "Lorraine Augustine",
    """
HHA supervisory visit [[D|04/09/2025]] - aide present
Client: [[N|Lorraine Augustine]] | agency # [[ID|HC-55102]] | [[ADDR|801 Magnolia Ct]], [[C|Hattiesburg]], MS [[Z|39401]]
Aide [[N|Tonya Battle]] provides bathing/dressing 3x/wk. Client satisfied: "[[N|Tonya]] is a blessing." Neighbor "Miss [[N|Ivy]]" brings supper most nights and keeps the spare key. Rash on client's R forearm after gardening looks like poison ivy; no open areas, hydrocortisone cream on hand. Client fought a long battle with shingles last year, no recurrence. Grandson [[N|Deshawn]] visits Sundays. Care plan reviewed, no changes. Reminded client to wear her alert pendant (SN [[DEV|LA-0093-77120]]).
- [[N|R. Mbatha]], RN supervisor
""",
    ("Ivy", "Battle"),
)

note(
    "b34-30",
    "Bobby Ray Tuttle",
    """
PSYCH ED EVALUATION - [[D|07/04/2024]] 23:40
Pt: [[N|Bobby Ray Tuttle]], 44M, MRN [[MRN|8820176]]
Brought by [[C|Lebanon]] PD (Ofc. [[N|Kincaid]], #[[ID|318]]) on emergency hold after threatening neighbor [[N|Ray Dubois]] with a bat. Pt says [[N|Ray]] "poisoned my dog." Known bipolar I, off lithium since [[D|May]]. Hand x-ray neg for fx (punched wall). Head bobbing, pressured, grandiose; says he is a prophet. Sister [[N|Bobbie-Jo Tuttle]] ([[PH|615-555-0120]]) reports no sleep x4 nights and that he gave away his truck.
UDS +THC. Lithium <0.1. Dispo: admit inpatient psych, 72 h hold.
- [[N|Sandeep Kaur]], MD / [[N|bfranks]] (scribe)
""",
    ("Ray",),
)

note(
    "b34-31",
    "Willard Ashby",
    """
Family Meeting - Neuro ICU, [[D|Wed 10/2/24]]
Pt: [[N|Willard]] "[[N|Will]]" [[N|Ashby]], 57M, MRN [[MRN|5503318]], SAH H&H 5, GCS 6.
Present: wife [[N|Lorna Ashby]]; son [[N|Will]] (goes by [[N|Billy]]); Dr. [[N|Faisal Haddad]] (neurosurgery); [[N|Keeley]], RN; author.
Dr. [[N|Haddad]] explained the poor prognosis. [[N|Lorna]] states [[N|Will]] "would never want to live like this" and showed his living will naming her as agent. [[N|Billy]] is not ready and asked for more time. We will continue current care through the weekend and will reassess with a repeat exam. Family will decide by [[D|Monday]]. Palliative will follow.
- [[N|S. Oyelaran]], MD (neurocritical care)
""",
    ("Will",),
)

note(
    "b34-32",
    "Constance Achterberg",
    """
Ethics Consult Follow-up - [[D|02/18/2025]]
Pt: [[N|Constance Achterberg]] ("[[N|Connie]]"), 84F, MRN [[MRN|6120093]]
Issue: daughter [[N|Patience]] requests PEG despite pt's prior statements. The team has shown great patience in three meetings. Pt's POLST ([[D|6/2022]]) says comfort-focused treatment, no artificial nutrition. Her HCP is longtime friend [[N|Lottie van der Berg]], named in a 2021 proxy form; Ms. [[N|van der Berg]] ([[PH|920-555-0145]]) confirms these wishes. Constant suctioning needed overnight.
Recommendations: honor POLST; HCP is the legal decision maker; offer [[N|Patience]] chaplain and SW support; a time-limited trial of PEG is not indicated.
- [[N|Ravi Subramanian]], MD, MBE
""",
    ("Patience",),
)

note(
    "b34-33",
    "Jordan Lee Fairchild",
    """
PETITION FOR EMERGENCY EVALUATION - officer's statement (transcribed)
Petition # [[ID|2025-MH-0612]]
On [[D|6/14/2025]] at approx 0130 I, Sgt. [[N|K. Jordan]], [[C|Greenville]] PD badge [[ID|2219]], responded to [[ADDR|615 Laurens Rd, Lot 27]] for a welfare check requested by the respondent's employer, [[N|Bud Sawyer]] of Sawyer Lawn & Garden. Respondent [[N|Jordan Lee Fairchild]] (DOB [[D|11/02/1990]], SC DL [[LIC|104883127]]) was on the roof of his trailer shouting that the neighbors were "transmitting." His truck, SC tag [[VEH|PXR 419]], was running with the doors open. Neighbor [[N|Charlene Moody]] stated he had not slept in days. Respondent was transported by EMS to the ED without injury.
""",
    ("Sawyer",),
)

note(
    "b34-34",
    "Nguyen Thi Lan",
    """
CHW note - [[D|3/3/2025]] - phone + home visit
Client [[N|Nguyen Thi Lan]] (chart name "[[N|Lan Nguyen]]"), 72, lives with son [[N|Tran Van Minh]] and daughter-in-law [[N|Hoa Nguyen-Tran]] at [[ADDR|9032 Bolsa Ave, Sp 41]], [[C|Little Saigon]] ([[C|Westminster]], CA [[Z|92683]]). A1c 9.8. Reviewed rice portions and the plate method. She missed 2 appts because the transportation van did not come; re-booked with the ride line. Son works at a nail salon and can drive on Mondays. Son's cell [[PH|714-555-0176]]. Interpreter [[N|Phuong]] (ID [[ID|INT-2207]]) on the phone for the visit. Next visit [[D|3/17]].
- [[N|D. Reyes-Alcala]], CHW
""",
    ("Van",),
)

note(
    "b34-35",
    "Marion Banks",
    """
INTER-FACILITY TRANSFER FORM
Resident: [[N|Marion Banks]]     DOB: [[D|08/30/1927]]     Age: [[A|97]]
From: Lakeview Rehab & Nursing     To: Jackson Memorial ED
Facility MR#: [[MRN|LV-20011]]     Medicare #: [[HP|7KX2-WD4-PN63]]
Reason: fall with R hip pain, shortening/external rotation.
Responsible party: [[N|Florence Banks-Whitt]] (daughter)   Ph: [[PH|(205) 555-0135]]
Attending: Dr. [[N|Lawrence Chu]]
Code status: DNR (form dated [[D|1/5/24]])
Valuables sent: wedding ring (yellow gold), glasses, hearing aids.
Witness: roommate Ms. [[N|Florence Tate]].
Report called to ED RN "[[N|Mo]]" at 2215 on [[D|11/30/24]].
""",
)

note(
    "b34-36",
    "J.M.",
    """
Psychotherapy progress note   [[D|05/13/25]]   client #[[ID|A-3391]]
Client ([[N|J.M.]]) reports conflict with her boss, [[N|R.T.]], who "rides" her about deadlines. Discussed assertive communication and practiced DEAR MAN. Partner [[N|Sam]] has been supportive. Her mother [[N|Deb]] still calls daily about money. Father's 60th birthday party is on [[D|the 24th]]; client dreads it. BDI-II 22 (from 29). Sleep better with CBT-I, bedtime 2300. Homework: write a script for the talk with [[N|R.T.]] and rehearse with [[N|Sam]].
Next session [[D|5/20]].
[[N|kcolon]] ([[N|Kristin Colón]], LMFT)
""",
)

note(
    "b34-37",
    "Johnny St. John",
    """
Pastoral care - St. John's Hospital, [[D|Easter Sunday 2025]]
Patient [[N|Johnny St. John]], 45, trauma ICU after MVC on the interstate. Awake, intubated, writing on a clipboard. Asked staff to "call Pastor [[N|Mike]]": Pastor [[N|Michael Guidry]] of Bayou Faith Fellowship in [[C|Houma]] ([[PH|985-555-0153]]), who will come tomorrow. Wife [[N|Cherelle St. John]] at bedside, exhausted; kids staying with her sister [[N|Renee]]. Coworker [[N|Boudreaux]] brought a card from the crew. Pt wrote "am I going to walk." Provided presence, prayer, Easter communion per pt request (wafer touched to lips, RN approved).
- Chaplain resident [[N|Ada Ferreira-Holm]]
""",
    ("John",),
)

note(
    "b34-38",
    "Olive Fenwick",
    """
Nutrition Assessment  [[D|09/27/2024]]
Pt: [[N|Olive Fenwick]], [[A|90]]F, MRN [[MRN|3018842]]. Dx FTT, dysphagia (IDDSI 5 minced & moist).
Wt 41.2 kg (down 3.9 kg since [[D|July]]). Intake ~30% of meals per RN [[N|Amber]]. Likes ginger ale, dislikes olive oil dressings. Daughter [[N|Ginger Fenwick-Hale]] brings homemade soup; reviewed thickening with her. Urine dark amber per I&O; encourage fluids. Son-in-law [[N|Basil Hale]] asked about the cost of supplements at home.
Plan: Ensure Plus TID, magic cup BID, weekly weights. Discussed with Dr. [[N|Candace Oyelowo]].
- [[N|Ji-woo Park]], MS, RDN
""",
    ("Ginger", "Olive", "Amber"),
)

note(
    "b34-39",
    "Dakota Bell",
    """
504 / Diabetes Care Plan Meeting - Roosevelt Middle School   [[D|8/19/2024]]
Student: [[N|Dakota Bell]], 6th gr, T1DM dx [[D|3/2021]], Dexcom G7 + Omnipod 5.
Present: mother [[N|Heather Bell]]; teacher Mr. [[N|Gardner]]; cafeteria manager Ms. [[N|Cook]]; asst principal Ms. [[N|Renata Hill]]; school nurse (author).
Agreed: CGM alerts to nurse phone and mom's cell ([[PH|405-555-0162]]); carbs posted for each lunch item - Ms. [[N|Cook]] will have the morning cook label the trays. Snacks allowed in class; student may leave before the bell without a pass for lows. Baqsimi in nurse office and PE bag. Endo: Dr. [[N|Sushila Varma]], fax [[FX|405-555-0198]]. Review in [[D|January]].
- [[N|C. Whitehorse]], BSN, RN
""",
    ("Cook", "Bell"),
)

note(
    "b34-40",
    "April and May Okereke",
    """
GUARDIAN AD LITEM - Home Visit Summary
Children: [[N|April]] (9) and [[N|May]] (6) [[N|Okereke]]; case [[ID|JV-2024-0339]]
Visit: [[D|May 21, 2025]] at the foster home of [[N|Doreen]] and [[N|Phil Castellano]], [[ADDR|47 Quarry Rd]], [[C|Barre]], VT [[Z|05641]].
Both girls appear well cared for. [[N|April]] asked if mom can come to the pool this summer. [[N|May]] has seen therapist [[N|Noor Haddad]] weekly since [[D|April]] and is sleeping through the night. Bio mother [[N|Chanel Okereke]] completed a parenting class; next supervised visit [[D|June 3]] at the Family Center. Bio father's whereabouts unknown; last contact [[D|Christmas 2023]]. This GAL may recommend expanded visitation at the review hearing.
- [[N|Hal Brandvold]], GAL
""",
    ("May",),
)

note(
    "b34-41",
    "Eldon Green",
    """
OT home visit [[D|1/9/25]]. pt [[N|Eldon Green]], s/p R MCA CVA w/ L hemiparesis. Practiced simple meal prep: opened a can of green beans w/ adaptive opener, stood 6 min at counter with walker, no LOB. Wife [[N|Velma]] cues well, sometimes over-helps. Grandson "[[N|Greenie]]" ([[N|Tobias Green]]) set up the bathroom per my recs last week. Pt frustrated: "I used to build houses." Rec tub transfer bench + long-handled sponge. Next visit [[D|1/16]].
[[N|jrosales]] OTR/L
""",
    ("Green",),
)

note(
    "b34-42",
    "Sterling Chase",
    """
ED SW note [[D|12/21/2024]] 0610
Pt known as "[[N|Sterling]]" (states last name [[N|Chase]], no ID on him), appears 50s, brought by EMS (trip # [[ID|EMS-24-339871]]) from the encampment behind the rail yard, coords [[ADDR|35.0841, -106.6504]]. Hypothermia, T 34.6 C. Outreach worker [[N|Marisol Begay]] ([[PH|505-555-0117]]) knows him; says he goes by "[[N|Sterl]]" and his sister [[N|Bernice]] lives in [[C|Gallup]]. Pt has a sterling silver ring he asked us to keep safe; logged with security. Shelter referral made; warming center opens 1900.
- [[N|T. Nakamura-Bell]], LMSW
""",
    ("Sterling",),
)

note(
    "b34-43",
    "Ilse Marquardt",
    """
Pharmacist telephone encounter [[D|02/03/2025]] 1130
Spoke with pt's son-in-law [[N|Rich Coulter]] (HIPAA release on file) about Mrs. [[N|Ilse Marquardt]] (MRN [[MRN|5501127]]). He asked about the price of apixaban since she hit the coverage gap; copay now $142. Discussed manufacturer assistance; faxed form to the program at [[FX|262-555-0104]]. He mixes up "the blue pill and the white one"; reviewed pillbox by phone. Neighbor [[N|Pru]] fills the pillbox on Sundays. Also counseled that her kale smoothies are rich in vitamin K (she is not on warfarin, FYI only). Will call back [[D|2/5]].
- [[N|Anh Ho]], PharmD
""",
    ("Rich",),
)

note(
    "b34-44",
    "Florence Hart",
    """
DISCHARGE SUMMARY (excerpt)
Pt: [[N|Florence Adaeze Hart]]   MRN [[MRN|40031277]]   Adm [[D|3/2/2025]]   D/C [[D|3/9/2025]]
Disposition: Grace Manor SNF, [[C|Hope Mills]], NC. Accepting MD Dr. [[N|Everett Payne]]; report given to [[N|Lakisha]], RN, [[PH|910-555-0186]].
Hospital course: acute on chronic HFrEF (EF 25%), diuresed 6 L, transitioned to torsemide 40 mg daily. Cr peaked 1.9, now 1.4. Daughter [[N|Grace Hart]] is HCP and agrees with SNF for strengthening. Follow-up: PCP Dr. [[N|Yusra Malik]] in 1 wk; HF clinic in 2 wk.
- [[N|D. Ostrander]], MD
""",
    ("Grace",),
)

note(
    "b34-45",
    "Tamika Rose",
    """
[[D|August 12, 2024]]

To: Mr. [[N|Gerald Whitlock]], Property Manager
Brookside Commons, [[ADDR|200 Brookside Dr]], [[C|Knoxville]], TN [[Z|37919]]

Re: Reasonable accommodation request, tenant [[N|Tamika Rose]], [[ADDR|Unit 14C]]

Dear Mr. [[N|Whitlock]]:
Ms. [[N|Rose]] is under my care. Because of a medical condition she has difficulty with stairs, and her symptoms rose sharply after her recent hospital stay. She requests transfer to a ground-floor unit when one is available. Please contact me with any questions at [[PH|865-555-0128]].

Sincerely,
[[N|Abena Mensah]], LCSW
""",
    ("Rose",),
)

note(
    "b34-46",
    "Augustin Ferreira-Lima",
    """
C-L Psychiatry consult [[D|10/10/24]]
Asked to see Mr. [[N|Augustin Ferreira-Lima]], 88M, MRN [[MRN|6690213]], POD2 s/p L hip hemiarthroplasty, for agitation. Pt calls his nurse "[[N|Conceição]]" (his late wife's name) and says he must go feed the chickens. CAM-ICU positive. Daughter [[N|Luisa]] says at baseline he is sharp and does crosswords in pen. Sundowning since [[D|the 8th]].
Recs: stop diphenhydramine; haloperidol 0.5 mg q6h prn severe agitation; melatonin 3 mg at 2100; glasses and hearing aids on; family to bring photos; avoid restraints.
- [[N|H. Lindqvist]], MD
""",
)

note(
    "b34-47",
    "multiple",
    """
INTERDISCIPLINARY CASE CONFERENCE - complex discharges  [[D|Tue 4/22/25]]
1. [[N|JACKSON, Lincoln T.]] (MRN [[MRN|7100345]]) - awaiting guardianship; attorney [[N|Hollis Page]] says hearing is [[D|5/6]].
2. [[N|FRANKLIN, Mae]] (MRN [[MRN|7100882]]) - trach/PEG; bed offered at Crestline LTACH, auth pending with payer (ref [[ID|PA-88213094]]).
3. [[N|Rosales-Brown, Iris]] - emergency Medicaid denied; SW appealing.
Present: Dr. [[N|A. Brandt]] (hospitalist), [[N|M. Castellanos]] (CM), [[N|Hope Ferris]] (SW).
Barriers discussed; escalate #2 to the physician advisor if no auth by [[D|Friday]].
""",
)

note(
    "b34-48",
    "Reginald Marsh",
    """
Transplant SW psychosocial eval - kidney  [[D|1/30/2025]]
Candidate: [[N|Reginald]] "[[N|Reggie]]" [[N|Marsh]], 51M, on HD since 2021.
Potential living donor: his cousin [[N|Sharonda Little]], 38, evaluated separately by the independent donor advocate. Support: wife [[N|Denise]] and 2 adult children. Caregiver plan: wife off work 6 wk (FMLA); brother-in-law [[N|Otis]] will provide rides from [[C|Kinston]]. Adherence: missed 3 HD sessions in [[D|December]] due to car trouble, none since. Little alcohol use ("a beer at cookouts"); no tobacco. SIPAT 28: acceptable candidate.
- [[N|Y. Feliciano]], LCSW
""",
    ("Little",),
)

note(
    "b34-49",
    "Destiny Harrow",
    """
OB social work - prenatal  [[D|02/26/2025]]
Pt [[N|Destiny Harrow]], 22, G2P1, EDD [[D|06/11/2025]], MRN [[MRN|OB-661204]].
FOB [[N|Marcus Tillery]] is in county jail until [[D|April]]. Pt plans to name the baby "[[N|June]]" because she is due in [[D|June]]. Older child [[N|Kamari]] (3) attends Head Start. Pt lives with her aunt "[[N|Auntie Dee]]" at [[ADDR|31 Pine Hollow Rd]], [[C|Rocky Mount]], NC. No IPV currently. EPDS 9. WIC enrolled. Referred to Nurse-Family Partnership and to a car seat program.
- [[N|G. Abubakar]], LCSW
""",
)

note(
    "b34-50",
    "Ray-Anne Frost",
    """
CHW SMS log export - client [[N|ray-anne frost]] (id [[ID|CHW-33017]])
[[D|2024-11-04T09:12:44-06:00]] OUT to [[PH|+1-405-555-0133]]: Hi [[N|Ray-Anne]], this is [[N|Kit]] from the clinic. Reminder: ride tmrw 8am, bring your test kit
[[D|2024-11-04T09:40:02-06:00]] IN: ok thx. can my nephew [[N|Bo]] come too
[[D|2024-11-05T08:03:31-06:00]] OUT: driver is [[N|Hector]], silver minivan, he will text u
Note: client updated email to [[EM|rayanne.frost77@mailbox.example]]
""",
    ("Kit",),
)

note(
    "b34-51",
    "Harlan Gray",
    """
Bereavement follow-up call, month 3
Called [[N|Opal Gray]], widow of [[N|Harlan Gray]] (d. [[D|10/3/2024]]), at [[PH|479-555-0151]]. She says the gray days are the hardest; she is sleeping in his recliner. Daughter [[N|Lynette]] drives over from [[C|Fort Smith]] weekly. She attends GriefShare at First Methodist on Tuesdays. Their wedding anniversary is [[D|December 20]]; we planned how she will spend that day. No complicated grief indicators (PG-13 = 22). Next call at month 6.
- [[N|Wren Albers]], bereavement coordinator
""",
    ("Gray",),
)

note(
    "b34-52",
    "Terrell Washington",
    """
Reentry Health Navigator - intake  [[D|6/24/25]]
[[N|Terrell]] "[[N|T-Bone]]" [[N|Washington]], 39, released [[D|6/20]] from state prison, DOC # [[ID|A-448213]]. Parole officer: [[N|Angela Rich]], [[PH|804-555-0170]]. Needs: Medicaid (applied, confirmation [[ID|VA-CMA-3310442]]), buprenorphine continuity (last dose in facility [[D|6/20]] a.m.), state ID (license suspended, old DL # [[LIC|T61-22-8841]]). Staying with cousin [[N|Dre]] at [[ADDR|1405 Hull St, Apt 3]], [[C|Richmond]]. Goal: job at a warehouse.
- [[N|P. Kowalski-Hart]], navigator
""",
)

note(
    "b34-53",
    "Rosemary Kilbride",
    """
INCIDENT REPORT (quality file, not part of medical record)
Event: [[D|01/12/2025]] 0545   Location: Rm 212
Resident: [[N|Rosemary]] "[[N|Rose]]" [[N|Kilbride]], [[A|95]], MR# [[MRN|MV-3377]]
CNA [[N|Precious Adjei]] heard a call from the room and found the resident sitting on the floor beside the bed. Resident stated she rose to use the bathroom without her walker. Skin tear 2 cm L forearm, steri-strips applied; no head strike. Roommate Mrs. [[N|Lily Baptiste]] did not witness. Son [[N|Desmond Kilbride]] notified 0620 at [[PH|207-555-0112]].
- [[N|B. Lachance]], RN, charge
""",
    ("Rose",),
)

note(
    "b34-54",
    "Marie-Ange Pierre-Louis",
    """
Primary care visit [[D|3/19/2025]] with Haitian Creole interpreter [[N|Jean-Robert]] (ID [[ID|4021]])
Pt [[N|Marie-Ange Pierre-Louis]], 61F, MRN [[MRN|10299587]], HTN, DM2. Came with daughter [[N|Nadège]], who usually interprets; pt preferred the staff interpreter today. BP 168/94; ran out of amlodipine 2 wk ago when her pharmacy in [[C|Mattapan]] closed. A1c 8.1. Pt attends Eglise Baptiste Bethel; pastor [[N|Fritzner Jean-Baptiste]] helps with rides. Plan: refills to mail-order, home BP log, f/u [[D|4/2]].
- Dr. [[N|Camille Ostrowski]]
""",
)

note(
    "b34-55",
    "Brooklyn Reyes",
    """
Outpatient psychiatry med check - [[D|9/9/2024]]
[[N|Brooklyn Reyes]], 24F, MRN [[MRN|7788120]]. Grew up in [[C|Brooklyn]] ("yes, I'm named after it"), now lives in [[C|Yonkers]]. Ex-boyfriend [[N|Austin]] moved to [[C|Austin]] in [[D|July]]; she says the distance helped. Works as a barista; manager [[N|Dom]] accommodates appointments. Anxiety improved, GAD-7 8 (from 15). Sleep 7 h. Continue escitalopram 10 mg; hydroxyzine 25 mg prn, rarely used. RTC 3 mo.
- [[N|F. Mahdavi]], PMHNP
""",
)

note(
    "b34-56",
    "Skye Delgado-Price",
    """
ADOLESCENT MED - CONFIDENTIAL (do not release to parent portal)
[[N|Skye Delgado-Price]], 16, MRN [[MRN|AM-203394]], seen alone [[D|04/30/25]].
Sexually active with boyfriend [[N|Chance]] (17) since [[D|Feb]]. Wants contraception; chose etonogestrel implant, placed L arm today (lot K02371). Asked if there is any chance her mom [[N|Leticia]] will see a bill; explained confidential billing, EOB to pt's own email [[EM|skye.dp@pmail.example]]. Friend [[N|Cash Whitmore]] drove her; she paid cash for parking. CT/GC NAAT sent.
- Dr. [[N|Oyin Bakare]]
""",
    ("Chance", "Cash"),
)

note(
    "b34-57",
    "Oswald Mabry",
    """
SW note - POA signing  [[D|11/21/2024]]
At pt's request, attorney [[N|Grace Sterling]], Esq. ([[EM|gsterling@sterlinglaw.example]]) met with pt [[N|Oswald Mabry]] and his partner of 30 years, [[N|Jules]], in room 5112. Pt has capacity per Dr. [[N|Ines Varga]] (assessment today). Pt executed a durable POA and HCPOA naming [[N|Jules Fontenot]]; alternate is pt's niece [[N|Marguerite]] in [[C|Lafayette]]. Witnesses: [[N|K. Pruitt]], RN, and unit clerk [[N|Deja]]. Notary provided by Sterling Law. Copies scanned to chart. Pt relieved: "now nobody can fight over me."
- [[N|Lise Thibodeaux]], LCSW
""",
    ("Sterling",),
)

note(
    "b34-58",
    "Lemuel Prater",
    """
Dialysis SW monthly note - [[D|Oct 2024]]
Pt [[N|Lemuel Prater]], chair 9, TTS 2nd shift. Missed 2 treatments ([[D|10/8]], [[D|10/17]]) due to van no-shows. Driver "[[N|Cookie]]" ([[N|Darnell Cook]]) now assigned to his route; pt likes him. KDQOL-36 completed. Pt's wife [[N|Pearl]] has early dementia and pt is her caregiver; explored adult day program at the senior center. Electric bill $312 past due - gave energy assistance info and helped him call.
- [[N|Beth-Ann Lutz]], MSW
""",
)

note(
    "b34-59",
    "William Tolliver",
    """
hh wound care visit [[D|5/28/25]] - pt [[N|William Tolliver]] ("[[N|Bill]]"), 81, MR# [[MRN|HH-77120]]
venous stasis ulcer L medial malleolus 3.1 x 2.4 x 0.2 cm, yellow slough 20%, mod serous drainage. placed a mark at 12 o'clock for photo orientation. cleansed, foam dressing, 2-layer compression. son [[N|Mark]] does the dressing on weekends; watched him today, good technique. [[N|Mark]]'s wife [[N|Trina]] picks up supplies. agency will bill the HH episode for supplies, not pt. [[N|Bill]] asked if he can go fishing [[D|sat]] - ok if leg elevated after.
[[N|s.dufresne]] RN, WCC
""",
    ("Bill", "Mark"),
)

note(
    "b34-60",
    "Lou Yates",
    """
Tel enc [[D|1/2/25]] 0915 - [[N|jgreen]] RN
Call from [[N|Summer Yates]] about her dad, [[N|Lou Yates]] (DOB [[D|4/4/1934]], MRN [[MRN|3320419]]). She says he "won't get out of bed since [[D|New Year's]]", eating little, more confused. No fever per her. Advised ED evaluation today; she will call 911 if he worsens. Callback [[PH|248-555-0125]]. Routed to Dr. [[N|Pryor]].
""",
)


if __name__ == "__main__":
    write(OUT, NOTES)
