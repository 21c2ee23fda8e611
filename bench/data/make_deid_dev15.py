#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_dev15.jsonl.

Development set dev15 is about children and young people.  It has sixty short
documents: newborn-nursery and NICU notes (a baby called "Baby Boy <surname>"
until named, and twins A/B), well-child and growth/development visits with ages
given in weeks, months and corrected months, school-nurse logs, 504 and IEP
health plans, school-based health centre visits, confidential adolescent visits
where step-parents, half-siblings and boyfriends are named, pre-participation
physicals and concussion return-to-play notes that name coaches and athletic
trainers, camp health forms and camp nurse logs, foster-care passports and
caseworker calls, child-life and play-therapy notes, asthma and allergy action
plans, and catch-up vaccine schedules full of dates.  Hard cases: first names
alone ("mom Keisha"), lower-case teenage text threads with handles, nicknames
inside quotation marks, "Last, First" in ALL CAPS, names that are also words
or months (August, Hope), dates written many ways ("the 13th", "Tues the
14th", "Valentine's Day", "04-APR-2009", "14/06/2020").  Many look-alikes stay
unmarked: lot numbers, device models, pump settings, room, bed, bus and jersey
numbers, grade levels and "3rd period", scores (Apgar, SCAT, PHQ-A, Bayley,
Cobb angles), percentiles, lab values, bare years, clock times, recurring
schedules, eponyms (Greulich & Pyle, Ottawa rules, Schroth, Risser), and town
names that are part of a school name.

Annotation conventions (HIPAA Safe Harbor):
- NAME marks every person, whatever their role: patient, parent, step-parent,
  sibling, classmate, friend, boyfriend, teacher, coach, athletic trainer,
  caseworker, CASA volunteer, interpreter, judge, bus driver, clinician or
  clerk.  It covers nicknames, lower-case and ALL-CAPS forms, initials that
  stand for a person ("M.R.", "Harper L."), log-in names (jwhitcomb) and social
  handles (the "@" is left outside).  Titles and credentials (Dr., Mrs., Mme.,
  Det., Judge, Coach, nurse, RN, MD, ATC) are left outside, and so are kinship words ("mom",
  "Uncle", "Aunt").  A "Last, First" name is one span that includes the comma.
  When a nickname is quoted in the middle of a full name, it is its own span,
  apart from the first and last names.  In "Baby Boy Okafor" only the surname
  is marked; "Twin A/B" is not.  Pets, grandparent pet names used as kinship
  words ("Gigi"), facility, school, camp, team and company names are not marked
  (nor are eponyms inside them).  A personal name joined to a kinship word
  ("Granny Dee") is marked, without the kinship word.
- DATE marks every date element finer than a year: full dates in any format,
  month+day, month+year, a month alone or a weekday/holiday that dates an event
  ("returns Friday", "home by Halloween", "Valentine's Day"), and ordinal days.
  For "the 13th" only the ordinal is marked.  For "next Tues the 14th" the
  weekday and ordinal form one span and "next" stays out.  In a range such as
  "8/9-8/13" each end is its own span.  Not marked: bare years, clock times,
  durations, ages in days/weeks/months, recurring schedules ("Tues/Thurs",
  "Mondays", "M/W/F"), ordinals that are not dates ("3rd period", "10th gr",
  "6th-8th rib").  Expiry dates printed on drug or product lots are product
  data, not dates about a person, and stay unmarked; a contraceptive implant's
  removal due date is about the patient and is marked.
- AGE marks only ages over 89, the number alone.
- PHONE/FAX mark the whole number, "+1" and any extension included.  Office and
  pager numbers are marked like personal ones.  EMAIL is marked whole.  URL is
  marked only for a person-specific link (a patient's telehealth room link).
  IP marks every IPv4 address, the provider side's too.
- MRN, HEALTH_PLAN (member, group, Medicaid numbers), ACCOUNT (visit, hospital
  and guarantor accounts), LICENSE (medical, athletic-trainer, DEA, driver's
  permit), VEHICLE (plates, a school bus's plate included), DEVICE (serial
  numbers of insulin pumps and PDMs, CGM receivers, VNS generators, VP-shunt
  valves, cochlear implants and processors, hearing aids, power chairs,
  baclofen pumps, a custom brace, a rental breast pump issued to a mother) and
  ID (student ids, DCFS/CPS and court docket numbers, newborn-screen kits,
  interpreter badges, accession, lab order, claim, hotline intake, police
  report, booking, incident, passport, paratransit and Medi-Cal application
  numbers) mark the number only, not its label.
- ADDRESS marks the street part (number, street, unit, PO box); CITY the town,
  city or neighbourhood, foreign ones included; ZIP the ZIP or foreign postal
  code.  States and countries are not marked.  A town's name inside a school's
  name is not marked (listed in that note's allow tuple).

Stdlib only.  Run: python bench/data/make_deid_dev15.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_dev15.jsonl")
NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "d15-01",
    "Baby Boy Okafor",
    """
NEWBORN NURSERY ADMISSION NOTE
Baby Boy [[N|Okafor]]    MRN [[MRN|00482716]]    born [[D|04/09/2024]] @ 03:12
Mother: [[N|Adaeze Okafor]] (31 y, G2P2), MRN [[MRN|00391055]], cell [[PH|(508) 555-0163]]
Father [[N|Chidi]] present; sib [[N|Ifeoma]], 4 yo, at home w/ maternal grandmother.

39w2d SVD, Apgar 8 and 9, BW 3420 g (61st %ile), HC 34.5 cm. GBS neg, ROM 6 h, no maternal fever.
Mom O+, infant A+, DAT negative. TcB 5.1 at 24 h (low-risk zone).
Vit K 1 mg IM, erythromycin OU, Hep B #1 (Engerix-B lot 7K2E9) given in room 312.
Newborn screen kit [[ID|NS-24-0918833]] collected at 26 h.
Plan: breastfeeding w/ lactation ([[N|Renee Szabo]], IBCLC); d/c anticipated [[D|4/11]]; first visit with Dr. [[N|Lindqvist]] at Harbor Pediatrics within 48 h of discharge.
""",
)

note(
    "d15-02",
    "Marisol Quintero (Twin A)",
    """
NICU Progress Note   DOL 12 / CGA 31+4   Pod 3, bed 14
Twin A: [[N|Marisol Quintero]] (was Baby Girl A [[N|Quintero]])  MRN [[MRN|7730228]]
Twin B: [[N|Lucía]], MRN [[MRN|7730229]] - see separate note.

Resp: bubble CPAP +5, FiO2 21-25%. 2 brady/desat events overnight, self-resolved. Caffeine citrate 5 mg/kg daily.
FEN: EBM fortified to 24 kcal, 28 mL q3h OG, tolerating. Wt 1395 g (+20 g).
ID: blood cx from [[D|3/2]] final neg.
Neuro: HUS on DOL 7 no IVH; repeat at 4 wk.
Eyes: first ROP exam week of [[D|March 18]].
Family: mom [[N|Yesenia]] and dad [[N|Rafael]] at bedside 1400, updated w/ Spanish interpreter [[N|Tomás]] (badge [[ID|40371]]). Kangaroo care 1 h. SW [[N|Bernadette Pruitt]] pager [[PH|617-555-0119]].
- [[N|K. Oduya]], NNP
""",
)

note(
    "d15-03",
    "Theo Brannigan",
    """
9 mo WCC - [[N|Theo Brannigan]]   DOB [[D|6/22/23]]   Enc # [[ACCT|E448120993]]
Here w/ mom ([[N|Keisha]]) and grandpa [[N|Lou]].
Growth: wt 8.9 kg (42%), len 71 cm (38%), HC 45 cm (55%).
Dev: pulls to stand, cruising, pincer emerging, says "mama/dada" nonspecific, waves bye. ASQ-3 all above cutoff.
Diet: formula ~24 oz/d, purees + soft finger foods. Peanut introduced at 6 mo w/o rxn.
Sleep: wakes 1x/night. Daycare at Little Acorns 3 days/wk (M/W/F).
Hx: AOM x2 (last one in [[D|January]]), treated w/ amox.
Shots: none due today; flu #2 due on/after [[D|4/2]].
Hgb 11.8, lead pending.
Anticipatory guidance: gate the stairs, poison control # on fridge, rear-facing seat.
RTC 12 mo WCC on or after [[D|June 22nd]] - front desk to call mom at [[PH|774.555.0128]].
Dr. [[N|Abernathy-Cole]]
""",
)

note(
    "d15-04",
    "DeShawn Pettiford",
    """
Mill Creek Middle School - Health Office Log
Student: [[N|DeShawn Pettiford]]   Gr 7   State ID [[ID|1029384756]]
[[D|9/5]] 10:20  c/o HA after PE, no head injury. VS nl. Water, rest 15 min, back to class (Ms. [[N|Hargrove]], rm 204).
[[D|9/12]] 13:05 albuterol 2 puffs per AAP before PE (inhaler exp 03/2026, kept in office).
[[D|Sept 19]] nosebleed, 8 min pressure, resolved. Called mom [[N|Tanya]] at work [[PH|410-555-0171 x233]], LM.
[[D|Thurs 9/26]] - Field day. Pre-tx albuterol.
[[D|10/3]] stomach ache, ate nothing since dinner. crackers + juice. Sent back.
the [[D|10th]] - wheezy after recess, PEF 210 (pb 320). Albuterol 4 puffs, recheck PEF 290. [[N|Tanya]] picked up 11:40, advised f/u with PCP Dr. [[N|Solano]].
- [[N|J. Whitcomb]], RN (login [[N|jwhitcomb]])
""",
)

note(
    "d15-05",
    "Amelia Rourke",
    """
SECTION 504 INDIVIDUAL HEALTH PLAN - Diabetes (Type 1)
Student: [[N|Amelia Rourke]]  DOB: [[D|02-14-2013]]  Grade 5, Lincoln Elementary
Meeting date: [[D|August 28, 2024]]. Present: parents [[N|Colleen]] & [[N|Sean Rourke]], school nurse [[N|Priya Natarajan]] RN, teacher Mr. [[N|Dubois]], 504 coordinator [[N|Gail Feeney]].
Equipment: Tandem t:slim X2 pump, serial [[DEV|TS1174402]]; Dexcom G7 CGM, receiver SN [[DEV|G7R-88213-4]]. Pump settings per endo order dated [[D|8/20/24]].
Accommodations: snacks in class; unrestricted bathroom/water; CGM alerts on teacher phone via Follow app; retake tests if BG <70 or >300. Glucagon (Baqsimi 3 mg) in office + PE bag.
Emergency: mom [[PH|(603) 555-0147]], dad [[PH|(603) 555-0182]]; endo clinic fax [[FX|603-555-0190]].
Review by [[D|Jan 2025]].
""",
)

note(
    "d15-06",
    "Jonah Feldstein-Park",
    """
IEP Health Appendix - Seizure Action Plan
Name: [[N|Jonah Feldstein-Park]]    Age 11    ID# [[ID|MA-0077341]]
Dx: Lennox-Gastaut syndrome. VNS implanted [[D|3/2022]] (SenTiva M1000, generator S/N [[DEV|104883]]).
Typical seizures: drop attacks 1-5/day, also brief staring.
If seizure > 1 min: swipe VNS magnet across L chest (magnet kept w/ 1:1 para Ms. [[N|Oyelaran]]).
Rescue: Nayzilam 5 mg intranasal if > 5 min or 3 in 1 hr; call 911.
Home meds: clobazam 10 mg BID, rufinamide 400 mg BID.
Helmet on for recess & bus. Bus #17 driver [[N|Ernie]] trained [[D|9/3]].
Neurologist: Dr. [[N|Mirela Vasquez]], Northshore Children's Neurology.
Parents: dad [[N|Daniel]] [[PH|781-555-0104]]; mom [[N|Hyejin]] [[EM|hyejin.park@mailbox.example]]
""",
)

note(
    "d15-07",
    "Kiara Mbeki",
    """
Eastgate High School-Based Health Center
Visit [[D|11/14/2024]]   Pt: [[N|Kiara Mbeki]] (16F)   MRN [[MRN|SBHC-20417]]
Walk-in during 3rd period (pass from Mr. [[N|Castellanos]], attendance).
CC: sore throat x2 days, fever 101 at home last night per pt.
Exam: T 38.1, tonsillar exudate, tender ant nodes, no cough. Centor 4. Rapid strep +.
Plan: amoxicillin 500 mg BID x10d, sent to CVS. Out of school until 12 h on abx; may return [[D|Friday]].
Consent: mom [[N|Nomvula]] signed SBHC consent on file ([[D|8/26/24]]); called her at [[PH|215-555-0136]], agrees w/ plan, picking pt up at 12:15.
Also due for MenB #2 and flu - will schedule after recovery. Pt's friend [[N|Brianna]] also c/o ST, told to come in.
[[N|Lauren Tseng]], CRNP
""",
)

note(
    "d15-08",
    "Jordan Whitlock-Ames",
    """
ADOLESCENT VISIT - CONFIDENTIAL PORTION (do not release to parent portal)
[[N|Jordan Whitlock-Ames]], 15 y/o, he/him. Seen alone after stepdad ([[N|Greg Ames]]) stepped out; mom [[N|Corinne Whitlock]] not present today.
Home: lives w/ mom, stepdad, half-sister [[N|Maddie]] (7). Bio dad [[N|Ray]] in [[C|Scranton]], visits "sometimes", last on [[D|Labor Day]].
Education: 10th gr, B/C, failing chem.
Activities: JV wrestling, gaming. Discord handle @[[N|jwa_frost]].
Eating: skips breakfast, 2 energy drinks/d. Friends: [[N|Nico]], [[N|Aubrey]] (wrestling); coach [[N|Sal Benedetti]] "kind of intense".
Drugs: vapes nicotine daily x 6 mo; tried THC edible once at friend [[N|Ty]]'s house. No EtOH.
Sexuality: attracted to girls, not sexually active.
Suicide/depression: PHQ-A 9, no SI.
Safety: no guns in home per pt.
Plan: discussed quitting, NRT offered, f/u [[D|12/9]] with me. Confidentiality explained; pt ok w/ mom knowing about vaping only.
- [[N|A. Gutierrez-Lamb]], MD
""",
)

note(
    "d15-09",
    "Santiago Reyes-Obi",
    """
PREPARTICIPATION PHYSICAL EVALUATION
Athlete: [[N|Santiago Reyes-Obi]] ("[[N|Santi]]")   DOB [[D|2008-07-30]]   Sport: football (OL, #72), track (shot put)
School: Westbury Regional HS   Coach: [[N|Marcus Dellavalle]]   ATC: [[N|Hannah Kowalczyk]], LAT
History: no syncope, no exertional CP. Uncle d. suddenly at 38 - ?cause (mom [[N|Ngozi]] unsure). Concussion x1 [[D|Oct 2023]], cleared after 11 days.
Exam: BP 128/78 (repeat 122/76), HR 64, BMI 31.2. Murmur: none, sitting/standing/valsalva. Marfan screen neg.
ECG (per family hx) [[D|7/15/24]]: sinus brady 56, normal intervals, QTc 412.
Cleared: [x] without restriction
Signed [[N|Roxanne Petit]], MD, lic. [[LIC|MD-265531]]   Date: [[D|07/22/2024]]
""",
)

note(
    "d15-10",
    "Ella Vandersloot",
    """
Concussion follow-up / Return-to-Learn & Return-to-Play
Pt [[N|Ella Vandersloot]], 14F, soccer (goalie), Briar Hill Middle. Injury [[D|Sat 10/5]] at tournament in [[C|Hollis Falls]]: collision w/ striker, LOC denied, amnestic to 2nd half.
Initial SCAT6 symptom severity 41 ([[D|10/7]]); today 3. VOMS normal. BESS 12 errors.
School: half days wk of [[D|10/14]], full days since [[D|10/21]]; extra time on tests (teacher Ms. [[N|Amara Ojukwu]] aware).
RTP: completed steps 1-3 with ATC [[N|Corey Banfield]] ([[EM|cbanfield@briarhill.k12.example]]), no sx recurrence.
Plan: step 4 (non-contact drills) [[D|Mon]], step 5 full-contact practice [[D|Wed]], game clearance if asx by [[D|10/31]]. Coach [[N|Liesl Ardent]] copied. Mom [[N|Bettina]] gave verbal ok.
[[N|R. Okonkwo]], DO, Sports Med
""",
)

note(
    "d15-11",
    "Oliver Nakagawa-Burns",
    """
CAMP WANAKEE - CAMPER HEALTH FORM (Session 2: [[D|July 7]]-[[D|July 19]])
Camper: [[N|Oliver Nakagawa-Burns]]   Cabin: Chipmunk 4   Age 10
Parent/guardian 1: [[N|Emi Nakagawa]]   cell [[PH|206-555-0155]]
Parent/guardian 2: [[N|Trevor Burns]]   cell [[PH|206-555-0158]]
Home: [[ADDR|4418 NE Alder Crest Ln]], [[C|Kenmore]], WA [[Z|98028]]
Insurance: Premera, member ID [[HP|XQP778120034]], group [[HP|1004521]]
Allergies: tree nuts (anaphylaxis 2021). EpiPen Jr x2 (lot 2JM441, exp 11/25).
Meds: cetirizine 5 mg qAM; melatonin 1 mg PRN.
Notes: wets bed occasionally - discreet laundry please. Swim level: Minnow. Best buddy [[N|Ravi]] in same cabin per request.
Physician: Dr. [[N|Haley Strand]], last exam [[D|5/1/2024]].
""",
)

note(
    "d15-12",
    "Aaliyah Brooks",
    """
FOSTER CARE MEDICAL PASSPORT - summary page
Child: [[N|Aaliyah Brooks]] (goes by "[[N|Lee-Lee]]")   DOB [[D|1/3/2017]]   DCFS case [[ID|24-JV-03318]]
Medicaid ID: [[HP|M00913387201]]
Placement: foster home of [[N|Dolores]] and [[N|Vincent Marchetti]] since [[D|Nov 2, 2024]] (previous: kinship w/ aunt [[N|Shayla]], disrupted).
Caseworker: [[N|Bryce Holloway]], DCFS [[C|Peoria]] field office, [[PH|309-555-0121]]; supervisor [[N|Aline Moreau]].
Bio mother [[N|Tasha Brooks]]: supervised visits Tues/Thurs per court order, no medical decision rights.
Health: mild intermittent asthma; dental caries - needs restorations (referral sent [[D|11/20]]); behind on vaccines - catch-up started.
Trauma screen pending.
""",
)

note(
    "d15-13",
    "Kai Thompson",
    """
CASEWORKER CONTACT NOTE
date/time: [[D|12-04-24]] 1540   type: phone   caller: [[N|Mireille Baptiste]], CPS ongoing worker, cell [[PH|(312) 555-0177]]
re: [[N|Kai Thompson]] (5 y) and sib [[N|Nevaeh Thompson]] (22 mo) - CPS case # [[ID|2024-CW-118842]]
worker reports both kids moved to new placement (Mrs. [[N|Althea Grant]], licensed foster parent) on the [[D|2nd]]. asked for records for [[N|Kai]]'s 5 yr WCC + [[N|nevaeh]]'s 18 mo (overdue). explained need signed ROI from agency; worker will fax to [[FX|312-555-0188]].
also asked if court report due [[D|Dec 18]] can include growth data - ok.
next appt: [[N|Kai]] [[D|12/12]] 9:00 w/ Dr. [[N|Farouk]]; [[N|nevaeh]] same day 9:30.
called placement ([[N|Althea]]) [[PH|312-555-0140]] to confirm, she will bring medicaid cards.
-- [[N|ttorres]] (front desk)
""",
)

note(
    "d15-14",
    "Benjamin Castellano",
    """
Child Life Specialist Note - 4 West, rm 4112
Pt: [[N|Benjamin]] "[[N|Benji]]" [[N|Castellano]], 6 y/o, POD1 appendectomy
Referral: RN [[N|Shauna]] - pt refusing to walk, tearful with IV.
Met pt w/ mom [[N|Luz]] & little brother [[N|Mateo]] (3). Used medical play kit: [[N|Benji]] gave "shots" to stuffed dog (named after his real dog, Pancake). Explained the IV ("a tiny straw that gives your body drinks"). Coping plan: I-Spy book, count to 10 w/ mom, bubbles. Ambulated to playroom x2 with PT [[N|Dario]] - rewarded w/ sticker chart.
Pt worried he'll miss his class party on [[D|Halloween]]; d/c expected [[D|Wed]], so should make it. Teacher Mrs. [[N|Kimura]] sent a card signed by class (friends [[N|Owen]] & [[N|Zoe]]).
Grandma [[N|Rosario]] brought his Lego set from home; pt built an "ambulance" and explained how the nurses "fix kids".
Plan: follow up tomorrow before dressing change.  [[N|Marguerite Olsen]], CCLS
""",
)

note(
    "d15-15",
    "M.R. (play therapy)",
    """
Play Therapy Session #6    [[D|2/27/25]]    50 min
Client: [[N|M.R.]] (initials per agency policy), age 7
Attending: client; foster mom [[N|Patrice]] in waiting room.
Themes: sand tray - built a house with a tall fence and "the bad dog outside". Buried a small figure; said "that's Uncle [[N|Dre]], he can't come in." Reassured re: safety. Dollhouse play: fed & put baby doll to bed - nurturing theme increased vs. sessions 1-3. Talked about sister [[N|Mia]] (4), placed separately; asked when she can see her.
Regulation: used "smell the flower, blow the candle" x3 when frustrated.
Collateral: spoke w/ CASA volunteer [[N|Harold Peebles]] ([[EM|hpeebles@casa.example.org]]) re: permanency hearing [[D|March 11]] (docket [[ID|JC-2023-0417]]). Next session [[D|3/6]].
[[N|Noor Haddad]], LPC, RPT
""",
)

note(
    "d15-16",
    "Zaire Coleman-Hughes",
    """
ASTHMA ACTION PLAN
Name: [[N|Zaire Coleman-Hughes]]   DOB: [[D|05/19/2016]]   Date: [[D|10/02/2024]]
Severity: moderate persistent. Triggers: colds, smoke, cat at dad's ([[N|Marcus]]) apt, cold air.
GREEN ZONE (PEF > 240, personal best 300): Flovent HFA 44 mcg 2 puffs BID w/ spacer. Before sports: albuterol 2 puffs.
YELLOW ZONE (cough, wheeze, tight chest, PEF 150-240): albuterol 4 puffs q4h; call office if needed > 24 h.
RED ZONE (PEF < 150, lips blue, can't talk): albuterol 6 puffs, CALL 911.
School: Hillcrest Elem nurse [[N|Dolly Pham]] RN, fax [[FX|(901) 555-0109]]. Self-carry approved.
Parent: [[N|LaToya Coleman]] [[PH|901-555-0193]]
Spirometry next [[D|Tues the 14th]].
Provider: [[N|Wendell Ashby]], MD   office [[PH|901-555-0100]]
""",
)

note(
    "d15-17",
    "Yusuf Abdirahman",
    """
IMMUNIZATION CATCH-UP PLAN - [[N|Yusuf Abdirahman]], DOB [[D|3 Feb 2021]] (resettled refugee family, records partial)
Documented (WHO card): BCG at birth; OPV x3 ([[D|4/2021]], [[D|5/2021]], [[D|6/2021]]); Penta x3 same dates; MR x1 [[D|Nov 2021]].
Today [[D|8 Jan 2025]]: DTaP #4, IPV #4, MMR #2, Varicella #1, Hep A #1, PCV15 (lot X19772).
Remaining:
 - Varicella #2 on/after [[D|2 Apr 2025]] (3 mo interval <13 y)
 - Hep A #2 on/after [[D|8 Jul 2025]]
 - Hep B: anti-HBs drawn today - result decides series
 - Flu: declined by dad today, revisit [[D|1/22]]
 - DTaP #5 / IPV #5 at 4-6 y -> on/after [[D|2/3/2025]]
Interpreter (Somali) [[N|Faisal Warsame]] by phone, ID [[ID|78812]].
Dad [[N|Abdirahman Hassan]] given printed schedule; next visit [[D|Wed Jan 22]] 10:40 with MA [[N|Iris]].
""",
)

note(
    "d15-18",
    "Hazel Thorncroft",
    """
Dev-Beh Peds follow-up   Visit date: [[D|Dec 17 2024]]   MRN [[MRN|0092231]]
[[N|Hazel Thorncroft]] is a 26-month-old (CA 23 mo, born at 29 wk) seen with parents [[N|Nadia]] and [[N|Olu]].
Growth (corrected): wt 10.9 kg (25th %ile), ht 84 cm (20th), HC 47.5 (30th). Velocity adequate since 18 mo visit.
Gross motor: walked at 15 mo CA, now running, kicks ball. Fine motor: stacks 6 cubes. Language: ~30 words, no 2-word combos yet (expected by 24 mo). Bayley-4 cognitive 92, language 81, motor 95.
Social: parallel play w/ cousin [[N|Finn]], good eye contact; M-CHAT-R 1 (low risk).
Plan: EI speech 2x/wk continues via Birth-to-Three (coordinator [[N|Sunita Rao]], [[PH|860-555-0131]]); audiology repeat [[D|April 3]]; RTC 6 mo (~30 mo CA).
Dr. [[N|Evangeline Marsh]]
""",
)

note(
    "d15-19",
    "Kaylee Dunmore",
    """
SMS log, Teen Clinic line, exported [[D|3/15/25]] - pt [[N|Kaylee Dunmore]] (17), MRN [[MRN|61448203]]
[[D|3/14]] 21:52  pt: hi its [[N|kay]] lol. can i get plan b w/o my mom knowing
21:58  RN [[N|Tamsin]]: Hi [[N|Kaylee]], yes, you can get it confidentially. Are you safe right now?
22:01  pt: ya. it was w my bf [[N|jalen]] last nite (the [[D|13th]])
22:03  RN: OK. EC works best within 72 h. We open 8am. Can you come tmrw?
22:05  pt: i have a game til 4. can i come after. also my friend [[N|mads]] said u can text her @[[N|madz.xo]] she wants an appt too
22:07  RN: Come at 4:30. Please have [[N|mads]] call us herself.
[[D|3/15]] 16:40 seen by [[N|P. Iwu]], NP - levonorgestrel 1.5 mg given; STI screen sent (accession [[ID|A25-074-1193]]).
""",
)

note(
    "d15-20",
    "Elias Brandvold",
    """
NICU DISCHARGE SUMMARY
Patient: [[N|Elias Brandvold]]   MRN: [[MRN|20-0554127]]   DOB: [[D|09/28/2024]]   Admit: [[D|09/28/2024]]   D/C: [[D|12/20/2024]]
GA 27+1, BW 980 g. RDS (surfactant x2); grade III IVH L -> post-hemorrhagic hydrocephalus; Ommaya [[D|10/19]], VP shunt [[D|11/22/24]] (Strata II valve, setting 1.5; serial [[DEV|7R55130]]).
ROP stage 2 zone II, no tx - f/u Dr. [[N|Imani Steward]] (peds ophtho) [[D|1/3/25]].
Hearing: referred R ear (AABR) -> audiology [[D|1/9]].
Feeds: Neosure 22 ad lib, ~150 mL/kg/d. Wt at d/c 2.61 kg. Poly-Vi-Sol w/ iron 1 mL daily. Car seat challenge passed 90 min.
Parents [[N|Sigrid]] & [[N|Jamal Brandvold]]; home [[ADDR|77 Quarry Rd, Apt 2B]], [[C|Millbury]]. Neurosurg (Dr. [[N|Castor Yi]]) clinic in 2 wk.
""",
)

note(
    "d15-21",
    "Anya Desai-Flynn",
    """
lactation consult - mother [[N|Priyanka Desai-Flynn]], baby girl "[[N|Anya]]" (born [[D|2/11]] 22:47, 38+5, 3.05 kg), rm 5C-14
day 2. latch shallow L side, nipple trauma L. LATCH score 6 -> 8 after repositioning (football hold).
Baby: 7 voids/4 stools past 24h, wt down 6.2%. Possible tongue-tie - Hazelbaker ATLFF function 9/14, discussed w/ peds Dr. [[N|Obi]].
Pump: hospital-grade rental issued to mom, S/N [[DEV|SYM-0912774]], 15 min after feeds.
Partner [[N|Connor]] very helpful, doing skin-to-skin.
Plan: outpt lactation f/u [[D|Fri 2/14]] ("[[D|Valentine's Day]] date with the pump", pt joked). Warmline [[PH|(413) 555-0112]].
[[N|Gwen Halvorsen]], IBCLC
""",
)

note(
    "d15-22",
    "Liam O'Rourke-Diaz",
    """
TELEPHONE ENCOUNTER  [[D|Sun 1/12/25]] 02:14   After-hours RN line
Caller: [[N|Marcy]] (mother) re: [[N|Liam O'Rourke-Diaz]] 18 mo, DOB [[D|7/4/23]]. Callback [[PH|+1 (720) 555-0166]].
Fever 103.4 rectal since dinner, tylenol at 10p (5 mL 160/5), motrin not yet. Drinking ok, 2 wet diapers since 6p. No rash, no trouble breathing. Sibling [[N|Aiden]] had croup last week.
Protocol: Fever 3 mo-3 y (Schmitt-Thompson). Disposition: home care, see in office within 24 h.
Advised motrin 80 mg (4 mL of 100/5) now. Call back for lethargy, purple rash, retractions.
Appt made [[D|1/13]] 09:15 w/ Dr. [[N|Fenwick]].
[[N|A. Mbatha]], RN - sent to PCP inbox.
""",
)

note(
    "d15-23",
    "Grayson Tully",
    """
PEDS ED NOTE - [[N|Tully, Grayson]], 8 y M, MRN [[MRN|3390271]], acct [[ACCT|ED24-00918335]]
Arrival [[D|6/30/24]] 19:22 via private car w/ dad [[N|Pete]].
HPI: fell off trampoline at neighbor Mr. [[N|Ostrowski]]'s house ~18:30, FOOSH R. No head strike per witness (friend [[N|Declan]], 9).
Exam: R distal forearm deformity, NVI, cap refill <2 s.
XR: R distal radius & ulna metaphyseal fx, dorsal angulation 25 deg.
Tx: intranasal fentanyl 1.5 mcg/kg, then ketamine sedation; closed reduction by Dr. [[N|Sato]], long arm cast. Post-reduction angulation 5 deg.
Dispo: home; ortho clinic [[D|July 8]] (Dr. [[N|Anneliese Grünewald]]). Ibuprofen 10 mg/kg q6h.
School-age day camp note for [[D|Monday]] - no swimming.
Mom ([[N|Stacy]]) called in, updated, # [[PH|704-555-0185]].
""",
)

note(
    "d15-24",
    "Roz Achterberg",
    """
[[N|Roz Achterberg]] is a 17-year-old seen [[D|May 6]] for contraception counseling. Her older sister [[N|Willa]] (21) drove her and waited outside. She lives with her grandmother [[N|Edith Achterberg]] (legal guardian) and great-grandfather [[N|Cornelis]], [[A|94]]; per pt, grandmother "doesn't need to know". Confidential under state minor-consent law.
Method chosen: etonogestrel implant (Nexplanon, lot T028561), inserted L arm today; remove/replace by [[D|May 2028]].
Pt prefers contact by private email [[EM|roz.a.2007@mail.example]] - not home phone. Portal proxy access for guardian turned OFF for this encounter. GC/CT urine sent.
Follow-up [[D|June 10]] or sooner PRN.
Dr. [[N|Farah Qureshi]]
""",
)

note(
    "d15-25",
    "Charlotte Imbert",
    """
[[D|March 3, 2025]]
Riverside Pediatric Endocrinology, Attn: Dr. [[N|Leopold Varga]], Fax: [[FX|(614) 555-0197]]
Re: [[N|Charlotte Imbert]]   DOB [[D|10/10/2014]]

Dear Dr. [[N|Varga]],
I'm referring [[N|Charlotte]], 10 y 4 mo, for evaluation of early puberty. Mom ([[N|Sylvie]]) noticed breast buds in [[D|October]]; pubic hair since ~[[D|January]]. Height velocity 8.2 cm/yr (was 5 cm/yr). Tanner B3 PH2 today. Bone age 12 y 6 mo (Greulich & Pyle). LH 0.6, E2 28. Mid-parental ht 163 cm.
Insurance: Aetna member [[HP|W228901543]].
Please contact our office at [[PH|(614) 555-0150]].
Sincerely,
[[N|Naomi Bergstrom-Lyle]], MD
Cc: parents, [[ADDR|2209 Tamarack Ave]], [[C|Upper Arlington]], OH [[Z|43221]]
""",
)

note(
    "d15-26",
    "Grade 1 screening referrals",
    """
Oakridge Elementary - Fall Vision/Hearing Screening, Grade 1 (Rm 112, Mrs. [[N|Abernathy]]'s class)
Screened [[D|Oct 8]] by [[N|C. Lindgren]], RN & parent volunteer [[N|Beth]].
Referrals only:
- [[N|Joaquin Reyes]]: OD 20/40, OS 20/32 (Spot screener: myopia flag). Letter home to mom [[N|Ana]].
- [[N|Evie Marchand]]: failed 4000 Hz L at 25 dB; rescreen [[D|10/22]] also failed -> referral to PCP.
- [[N|Amir]] (new student, no last name on roster yet; ID [[ID|880024117]]): could not cooperate, rescreen.
- [[N|Lilly Tran]]: glasses at home, not worn; note to dad.
22 screened, 18 passed. Forms filed in nurse office cabinet 3.
""",
)

note(
    "d15-27",
    "Brooklyn Sayers",
    """
CHILD PROTECTION TEAM CONSULT
Pt: [[N|Brooklyn Sayers]], 4 mo F (DOB [[D|8/15/2024]]), MRN [[MRN|5521098]]
Requested by ED attending Dr. [[N|Nguyen]] for R femur fx in non-ambulatory infant.
Hx from mother [[N|Crystal Sayers]] (19) and her boyfriend [[N|Dustin Kuhl]] (not bio father): infant "rolled off couch" on [[D|12/26]] evening; presented [[D|12/28]].
Skeletal survey: healing posterior R 6th-8th rib fx; R femur spiral fx, acute. Ophtho (Dr. [[N|Vance]]): no RH. Head CT nl. LFTs, lipase nl.
Impression: findings concerning for inflicted injury.
Report to state hotline [[D|12/28/24]] 16:10, intake # [[ID|HL-2412-77301]]; Det. [[N|R. Calloway]], [[C|Brockton]] PD, report [[ID|24-118230]].
Safety plan: hospital hold; maternal grandmother [[N|Denise]] being assessed as placement. [[N|Dustin]] has 2 children of his own ([[N|Kaden]] 3, [[N|Rylee]] 18 mo) living w/ their mother [[N|Amber Kuhl]] in [[C|Taunton]]; CPS notified re: those children too.
""",
)

note(
    "d15-28",
    "Valentina Okonjo-Harris",
    """
INTERNATIONAL ADOPTION CLINIC - post-arrival visit
Child: [[N|Valentina Okonjo-Harris]] (birth name [[N|Valentina Ruiz Quintana]])
Est. DOB [[D|14/06/2020]] per Colombian registry (dd/mm).
Arrived [[D|Jan 19]] with adoptive parents [[N|Chinedu]] & [[N|Megan Okonjo-Harris]]. Colombian passport [[ID|AT0921157]]; visa IR-3.
Prior residence: Hogar Infantil San José, [[ADDR|Calle 45 #12-30]], [[C|Medellín]] [[Z|050012]].
Screening per AAP: CBC, lead, TSH, HBsAg, HCV, HIV, syphilis, QFT, stool O&P x3, Strongyloides serology. Titers (MMR, VZV, polio). Records list BCG + DTP x3, dates inconsistent.
Wt 14.1 kg (10th), Ht 98 cm (15th). Dev: Spanish only, ~age appropriate per parents.
Next: [[D|Feb 20]]; SW [[N|Lucinda Ferrer]].
""",
)

note(
    "d15-29",
    "Noah Pennington-Wu",
    """
AUDIOLOGY - CI activation
[[N|Noah Pennington-Wu]], 13 mo. R CI surgery [[D|1/17/25]] (Dr. [[N|Halvard Moe]]); activation today [[D|2/7/25]].
Device: Nucleus CI632 implant, serial [[DEV|R-3377109]]; Kanso 2 processor, serial [[DEV|KN2-00541298]]. L ear: Phonak Sky L-PR aid, SN [[DEV|2141X0662]].
Impedances normal, all 22 electrodes. Initial MAP: ACE, 900 pps, 8 maxima; T/C levels set behaviorally (limited). 3 progressive MAPs loaded.
Parents [[N|Jin]] and [[N|Marguerite]] trained on magnet, coil, batteries, app.
AVT with Ms. [[N|Teodora Kral]] weekly starting [[D|2/12]].
Return [[D|2/14]] & [[D|2/28]] for mapping.
""",
)

note(
    "d15-30",
    "Aarav Mehta",
    """
Telehealth (video) - Peds GI f/u    [[D|2025-04-22]] 15:00-15:20 ET
Patient [[N|Aarav Mehta]] (12 y) joined from home in [[C|Edison]], NJ w/ mother [[N|Ritu]].
Room link: [[URL|https://doxy.example/rooms/dr-lanning?p=amehta0412]]
Audit: patient device IP [[IP|198.51.100.23]]; provider IP [[IP|10.20.4.16]].
Hx: Crohn's (ileocolonic), infliximab 10 mg/kg q6wk (last infusion [[D|4/8]], next [[D|5/20]]). Trough 6.2. No abd pain, 1-2 formed BM/d. Home scale wt 38.4 kg. PCDAI 5.
Missed 2 days at Thomas Edison Middle for a class trip - not illness.
Plan: continue. CBC, CRP, FCP before next infusion. Next video visit in [[D|July]].
[[N|Colette Lanning]], MD
""",
    allow=("Edison",),
)

note(
    "d15-31",
    "Tobias Ferreira",
    """
ADHD med check - [[N|Tobias Ferreira]], 9 y, 3rd grade.
On Focalin XR since [[D|Sept]] (5 mg, increased to 10 mg on [[D|10/15]]).
Vanderbilt (teacher Ms. [[N|Reyna Whitfield]], completed [[D|11/4]]): inattentive 7/9, hyperactive 5/9, performance 4s in reading & writing. Parent Vanderbilt (dad [[N|Paulo]]): better mornings, homework "still a battle".
Appetite down at lunch; wt 27.1 kg (was 27.6). BP 104/66, HR 92. Sleep onset 9:45p (was 9p).
Plan: increase to 15 mg; protein breakfast; melatonin 1 mg. 504 mtg pending (counselor Mr. [[N|Ibsen]]).
Rx: CII e-prescribed (EPCS). Next visit [[D|March 14th]].
[[N|Harriet Okoye]], PNP; DEA [[LIC|MO4417823]]
""",
)

note(
    "d15-32",
    "Destiny Alvarado",
    """
Transition of Care - turning 18
[[N|Destiny Alvarado]] (DOB [[D|05/02/2007]]) turns 18 on [[D|5/2]]; CP (spastic diplegia), GMFCS III, uses power chair (Permobil M3, serial [[DEV|PM3-2207614]]) and intrathecal baclofen pump (SynchroMed II, SN [[DEV|NGV441287H]]; refill due [[D|5/29]]).
Decision-making: pt has capacity; mom [[N|Rosa]] to be health-care proxy, form signed [[D|4/17]].
Insurance: Medicaid [[HP|AZ-0078124455]] continues to 21 (EPSDT).
Adult PM&R: Dr. [[N|Lionel Ashcombe]].
Transportation: paratransit ID [[ID|VT-55120]]; family van (AZ plate [[VEH|7KP291]]) registered for disability parking.
Copy of plan emailed to pt at [[EM|destiny.alv@inbox.test]].
""",
)

note(
    "d15-33",
    "Ezra and Jude Halloran",
    """
4-month WCC - twins
Twin A: [[N|Ezra Halloran]]; Twin B: [[N|Jude Halloran]]. DOB [[D|10/1/24]], 36 wk, di/di.
Accompanied by mom [[N|Bridget]] and grandma ("Gigi").
Twin A: 6.4 kg (22nd %ile), length 62 cm (30th), HC 41 cm. Rolling front to back, coos, social smile.
Twin B: 5.9 kg (9th %ile), 60.5 cm, HC 40.2. Not rolling yet. Mild plagiocephaly R - tummy time, repositioning; recheck at 6 mo.
Both: formula 5-6 oz q3-4h.
Vaccines (both): Vaxelis (lot U8213AA), PCV20, RV5 dose 2. Nirsevimab given in NICU [[D|10/6]].
Mom EPDS 11 - referred to perinatal MH (Dr. [[N|Sorrel]], [[PH|503-555-0138]]); dad [[N|Ciaran]] back at work.
Next: 6 mo WCC on/after [[D|4/1]].
""",
)

note(
    "d15-34",
    "Baby Girl Pacheco (Twin B)",
    """
NICU SOCIAL WORK
Baby Girl [[N|Pacheco]] ("Twin B" on card); mom [[N|Marisela Pacheco]], 22; FOB [[N|Andre Lyle]].
Psychosocial: mom lives w/ her mother at [[ADDR|1650 Ridgeview Ter., Unit 4]], [[C|Fontana]] [[Z|92336]]; 2 older kids ([[N|Jaylen]] 4, [[N|Ximena]] 2). WIC enrolled; Medi-Cal pending (application # [[ID|MC-8837120]]).
Transportation: ~45 min drive; parking validated for mom's car, CA plate [[VEH|8XWN412]]. Gas cards x4 given.
Mom endorses low mood since delivery; EPDS 14. Warm handoff to perinatal psych ([[N|Alma Ruiz]], LCSW).
FOB visits evenings after work.
Plan: family meeting [[D|Thursday 11/7]] w/ neonatologist Dr. [[N|Whitaker]].
[[N|Jun Park]], MSW
""",
)

note(
    "d15-35",
    "Malik Osei",
    """
Hem clinic - SCD HbSS
[[N|Malik Osei]], 13 y/o, on hydroxyurea 25 mg/kg (1000 mg) + L-glutamine. Last admit for VOC [[D|8/9]]-[[D|8/13]].
Labs today: Hb 9.1, MCV 112, ANC 2.8, retic 6%, HbF 21%. TCD [[D|June 4]]: TAMM 142 cm/s (normal).
Pain plan updated w/ ED: IV morphine 0.1 mg/kg.
Vaccines: PCV20 given (lot HT2204); MenACWY booster due at 16.
School: IHP with nurse [[N|Gloria Batts]] at Kingsley Middle; water bottle & bathroom pass.
Psych: says friends [[N|DJ]] and [[N|Kwame]] "get it" - [[N|Kwame]] also has SCD (seen here).
Dad [[N|Kofi]] asked about Camp Crescendo (SCD camp) - forms given, due [[D|5/1]].
F/U 3 mo. Dr. [[N|Adjoa Mensah-Clarke]]
""",
)

note(
    "d15-36",
    "Camp Tall Pines cabin 7",
    """
camp nurse log - Camp Tall Pines, Cabin 7 (girls 11-12)
[[D|7/9]] 08:00 meds: [[N|Harper L.]] Concerta 18; [[N|Sophie K.]] Zyrtec; [[N|Imogen]] insulin per pump (Omnipod 5, PDM serial [[DEV|OP5-19923318]]) - BG 142.
12:30 [[N|Imogen]] BG 64 after swim -> 15 g juice, 101 @ 12:45. counselor [[N|Tess]] notified.
[[D|7/10]] bee sting R hand ([[N|Ruby Castañeda]]), no hx allergy, ice + cetirizine, watched 30 min, fine.
[[D|7/11]] homesick, c/o stomach ache ([[N|Sophie K.]]) - called home, spoke w/ dad [[N|Ethan]] [[PH|(248) 555-0124]], ok to stay.
[[D|7/12]] tick on scalp removed intact ([[N|Harper L.]]), photo sent to parent.
-- nurse [[N|Pat Ruddock]] RN
""",
)

note(
    "d15-37",
    "Camila Ortega",
    """
ATHLETIC TRAINING INJURY REPORT
Athlete: [[N|Camila Ortega]]    Sport: Volleyball (V), #11    Date of injury: [[D|09/17/24]]
Mechanism: landed on teammate's foot ([[N|Jess Whaley]]) after block at practice, inversion R ankle.
Eval by [[N|Devon Markley]], ATC/LAT (lic [[LIC|AT-004417]]): Ottawa rules neg, ATFL tender, mild swelling, ant drawer 1+. Grade I-II sprain.
Tx: RICE, compression, crutches PRN, lace-up brace. Rehab 3x/wk in training room.
Coach [[N|Bianca Soto-Reyes]] informed; out for [[D|Sat]] match vs. Crestwood.
Parent contact: [[N|Lorena Ortega]] [[PH|915-555-0172]] - texted 4:52 pm.
Re-eval [[D|9/20]].
""",
)

note(
    "d15-38",
    "Sloane Whitaker-Bly",
    """
ADOLESCENT MEDICINE ADMISSION H&P
[[N|Sloane Whitaker-Bly]], 15F, MRN [[MRN|00-4417-882]], admitted [[D|Jan 6 2025]] for medical instability 2/2 restrictive eating (AN-R).
HPI: restricting since ~[[D|August]] after a comment from ballet teacher (Mme. [[N|Volkova]]).
Wt 41.2 kg (was 52 kg in [[D|June]]), BMI 15.6 (76% mBMI). HR 38 asleep, orthostatic +32. K 3.4, Phos 3.9.
Meds: none. Family: mom [[N|Abigail]], dad [[N|Trent]], twin brother [[N|Sawyer]].
Plan: 1800 kcal, advance 200/d; phos monitoring (refeeding); tele; FBT referral (Dr. [[N|Ines Carvalho]]). School (Hawthorne Academy) notified via counselor for homebound instruction.
""",
)

note(
    "d15-39",
    "Caleb Ingersoll",
    """
ED Behavioral Health Assessment   [[D|10/24/24]]
Pt: [[N|Caleb Ingersoll]], 14 y/o M, brought by school resource officer from Marysville Jr High after telling counselor Mrs. [[N|Dawn Kettering]] he "wanted to disappear."
Lives with mom [[N|Shelby]] and stepdad in [[C|Marysville]]; bio dad incarcerated.
C-SSRS: passive SI x2 wk, no plan/intent/prior attempt. Bullied by classmates ([[N|Tanner]], [[N|Colt]]); screenshots from Snapchat acct "[[N|tannerrr_22]]".
Firearms: stepdad has 2 hunting rifles - locked? mom unsure; lethal means counseling given.
Dispo: not meeting inpt criteria; safety plan; IOP intake [[D|10/29]]; crisis line 988.
[[N|Jo Amundsen]], LICSW
""",
    allow=("Marysville",),
)

note(
    "d15-40",
    "Aubree Kaczmarek",
    """
Childhood Lead Poisoning Prevention - Home Visit
Child: [[N|Aubree Kaczmarek]], 2 y 3 mo; venous BLL 14 ug/dL ([[D|4/3]]), confirming capillary 16.
Visit [[D|April 18]] w/ env. health inspector [[N|Ray Dunleavy]] to [[ADDR|318 Cottage St, 2nd fl]], [[C|Holyoke]] [[Z|01040]] (rental, built 1910). Landlord: [[N|Gerald Pomeroy]], [[PH|413-555-0150]].
XRF: window sills & porch rail > 1.0 mg/cm2. Dust wipes sent (lab order [[ID|LD-558201]]).
Mom [[N|Kristina]] on WIC; pica denied, but child teethes on sill per grandma.
Plan: repeat BLL in 1 mo (~[[D|5/18]]); iron studies; EI referral. Landlord notified - order to abate within 30 d.
""",
)

note(
    "d15-41",
    "Penelope Achebe",
    """
KINDERGARTEN HEALTH ENTRY FORM (state form DH-3301)
Child: [[N|Penelope Achebe]]   Sex: F   DOB: [[D|Aug. 2, 2019]]
Parent: [[N|Folasade Achebe]]   Phone: [[PH|(404) 555-0149]]
School: Peachtree Creek Elementary, entering [[D|Aug 2024]]
Exam date: [[D|6/14/24]]   Ht 110 cm  Wt 19 kg  BMI 15.7 (60th)  BP 96/58
Vision 20/25 OU   Hearing pass   Dental: caries x2 - referred
Lead: 2 ug/dL (2021)
Immunizations complete per certificate form 3231 (attached).
Conditions: eczema (hydrocortisone 2.5%). No restrictions.
Provider: [[N|Miriam Oduya-Kent]], MD   Practice: Little Peach Pediatrics, fax [[FX|404-555-0119]]
""",
)

note(
    "d15-42",
    "Wyatt Lindahl",
    """
FOOD ALLERGY & ANAPHYLAXIS EMERGENCY CARE PLAN
[[N|Wyatt Lindahl]]  DOB [[D|12/30/2015]]  Wt 31 kg  Asthma: Yes (higher risk)
Allergic to: peanut, tree nut, sesame.
Epinephrine: Auvi-Q 0.3 mg (lot 4GR887, exp 09/2025) - 2 devices, backpack + nurse office.
Antihistamine: cetirizine 10 mg.
Emergency contacts: 1) [[N|Kristen Lindahl]] (mother) [[PH|763-555-0111]]  2) [[N|Josephine Marr]] (aunt) [[PH|763-555-0123]]
Trained staff: Ms. [[N|Kaur]] (teacher), [[N|Bill Tasker]] (bus driver, rt 14), cafeteria mgr [[N|Loretta]].
Parent signature: ____________ Date: [[D|8/29/24]]
Physician: [[N|Anand Srivastava]], MD   Date: [[D|8/22/24]]
""",
)

note(
    "d15-43",
    "Jace Rutherford",
    """
placement change / 72-hr health screen
child: [[N|jace rutherford]], 11 y. foster case [[ID|FC-24-6630]]. moved on [[D|friday]] from the [[N|hendricks]] foster home to kinship w/ great-grandma [[N|Opal Rutherford]], [[A|90]], and her son [[N|Lyle]] (58).
cw [[N|n. akande]] ([[PH|316-555-0107]]) present by phone.
meds came w/ him: guanfacine ER 2 mg qhs, ~8 tabs left, no label. called prior pharmacy - refill sent.
skin: healing abrasion L knee, no patterned bruising. wt 36 kg.
pt quiet, asked if his dog (Rocket) can come - told cw. misses friend [[N|brody]] from old school.
f/u: full exam within 30 days -> booked [[D|12/3]]. dental + mental health referrals.
""",
)

note(
    "d15-44",
    "Kim-Linh Tran",
    """
Newborn f/u - jaundice
Pt: [[N|Kim-Linh Tran]] (was "Baby Girl [[N|Tran]]" in hospital), 4 d old, 37+6, BW 3.1 kg, exclusively BF.
TSB today 17.9 at 96 h (hospital TSB 11.2 at 36 h on [[D|11/2]]). Phototherapy threshold (AAP 2022, no neurotox risk factors) 21.1 - below.
Wt 2.86 kg (-7.7%). Stools yellow x4. Mom [[N|Huong]] worried; dad [[N|Bao]] here too.
Plan: feed q2-3h, supplement 15 mL EBM/formula after feeds; recheck TSB tomorrow [[D|11/7]] at Riverside lab (order # [[ID|OR-7719320]]). Home phototherapy not indicated.
Will call [[PH|571-555-0126]] with results.  [[N|S. Lindqvist]], MD
""",
)

note(
    "d15-45",
    "Ingrid Solberg",
    """
ORTHOPEDICS - SCOLIOSIS
[[N|Ingrid Solberg]], 12 y 9 mo F, Risser 0, premenarchal. Referred after school screening in [[D|Feb]] (scoliometer 9 deg).
XR today: R thoracic curve T5-T11, Cobb 28 deg; L lumbar 18 deg.
Plan: TLSO (Boston type) 18 h/d; orthotist [[N|Hank Tolliver]], CPO, fitting next [[D|Tues]]; custom brace S/N [[DEV|BB-24-0613]].
XR q4-6 mo out of brace. Discussed Schroth PT.
Mom [[N|Kari]] and pt anxious re: school - pt's friend [[N|Beatrix]] wears one too, reassuring.
PE note: may remove brace for gym/swim.
Return [[D|Aug 12]].  Dr. [[N|Thaddeus Brill]]
""",
)

note(
    "d15-46",
    "Arlo Whitmore",
    """
Sunflower Learning Center - INCIDENT REPORT
Child: [[N|Arlo Whitmore]] (3 y 2 mo), Bumblebees room
Date: [[D|Tuesday, March 4, 2025]] 10:35 am
Tripped on playground edging, chin hit slide step; ~1 cm lac, bleeding stopped w/ pressure. Witness: Ms. [[N|Priya]]. First aid: [[N|Jazmin Ortiz]].
Dad [[N|Nathaniel]] called 10:42 ([[PH|651-555-0178]]), picked up 11:15 for urgent care.
Director: [[N|Helen Voss]]
""",
)

note(
    "d15-47",
    "Marcus Delacroix-Hunt",
    """
Neurology - driving clearance form
[[N|Marcus Delacroix-Hunt]], 17 y/o, JME. Last GTC [[D|2/2024]]; seizure-free 13 months on levetiracetam 1000 mg BID. EEG [[D|1/30/25]]: rare generalized polyspike, no photoparoxysmal response.
Learner's permit no. [[LIC|D41277893301]]; road test scheduled [[D|April 2]]. Counseled: no driving after missed doses or sleep deprivation.
Mom [[N|Anita Hunt]] and stepdad [[N|Roland Delacroix]] present.
Form faxed to DMV Medical Review Unit [[FX|(517) 555-0164]] on [[D|3/4/25]].
Signed: [[N|Yvette Arceneaux]], MD, license [[LIC|4301098877]]
""",
)

note(
    "d15-48",
    "Silas Wolcott",
    """
Patient Financial Services - call note
Caller: [[N|Terrence Wolcott]] (father, guarantor) re NICU bill for Baby Boy [[N|Wolcott]], now named [[N|Silas]].
Guarantor acct [[ACCT|G-00771245]]; hospital account HAR [[ACCT|5512098733]].
DOS [[D|7/2/24]]-[[D|8/14/24]]. Claim [[ID|CLM-24-9930117]] denied (member [[HP|YRX440918223]]) - baby not added to policy within 30 d of birth. Dad added him [[D|8/20]]; retro-add request sent to payer.
Explained financial assistance app; mailed to [[ADDR|PO Box 2231]], [[C|Ames]], IA [[Z|50010]].
Rep: [[N|kbrennan]]
""",
)

note(
    "d15-49",
    "Chidera Okonkwo",
    """
SPORTS PHYSICAL - LEGACY SYSTEM PRINTOUT
NAME: [[N|OKONKWO, CHIDERA]]   DOB: [[D|04-APR-2009]]   SEX: F   MRN: [[MRN|A0093417]]
GUARDIAN: [[N|NKECHI OKONKWO]]   PH [[PH|614-555-0193]]
SPORT: BASKETBALL / SOFTBALL   SCHOOL: ST. BRENDAN ACADEMY
COACH: [[N|T. MCALLISTER]]   TRAINER: [[N|GINA FONTAINE]], ATC
HX: EXERCISE-INDUCED ASTHMA. NO CARDIAC SX. MENARCHE AGE 12, LMP [[D|MAR 2]].
EXAM: HT 170 CM  WT 61 KG  BP 112/70  PULSE 68  VISION 20/20 OU. HEART: NO MURMUR SUPINE/STANDING. MSK: FULL ROM.
CLEARED FOR ALL SPORTS. ALBUTEROL 2 PUFFS 15 MIN PRE-EXERCISE.
EXAMINER: [[N|H. BRANDT-SILVA]], DO   DATE: [[D|16-MAR-2025]]
""",
)

note(
    "d15-50",
    "Emerson Blake",
    """
msg from athletic trainer via portal - [[D|1/28]]
from: [[EM|dquill@northfield-schools.example]]
re: [[N|emerson blake]] (hockey, 16)
"hey doc - [[N|emerson]] took a hit in 2nd period last nite vs lakeview, skated off w/ HA + dizzy. pulled from game. parents ([[N|gwen]] & [[N|marty]]) aware. can u see him this week? he has a chem test [[D|thurs]], can he get accommodations?? thx -[[N|dan quill]], ATC"
RN reply [[D|1/28]] 14:10: Scheduled w/ Dr. [[N|Paquette]] [[D|1/29]] 3:45pm. No screens, no practice until seen. School note will be given at visit.
[[N|Wen Cho]], RN
""",
)

note(
    "d15-51",
    "Felix Brennan-Koh (siblings)",
    """
Child Life - sibling preparation for NICU visit
Sibs: [[N|Olive]] (6) and [[N|August Brennan-Koh]] (4), visiting baby brother [[N|Felix]] (born 27 wk, DOL 19).
Used photo book of [[N|Felix]]'s incubator, wires and "the beeping machines". [[N|Olive]] asked if [[N|Felix]] "will be small forever". [[N|August]] played w/ doll + toy stethoscope, placed pretend leads on doll.
Hand hygiene practiced. Visit lasted 15 min w/ dad [[N|Simon]]; [[N|Olive]] drew a card for nurse [[N|Reggie]]. [[N|August]] got upset at an alarm - redirected w/ stickers.
Plan: sibling visit again [[D|Sun]]; provide "Big Sibling" book; check in w/ mom [[N|Hana]] re: [[N|Olive]]'s bedwetting regression.
[[N|Cass Moreland]], CCLS
""",
)

note(
    "d15-52",
    "Emiliano Garza",
    """
IMMUNIZATION HISTORY - transcribed from out-of-state card
Pt: [[N|Emiliano Garza]], DOB [[D|09/12/2017]]. Entered by MA [[N|Leticia]] on [[D|Jan 9 2025]].
[[D|09/13/2017]] - HepB #1 (birth hospital)
[[D|11/10/2017]] - Pediarix #1, Hib #1, PCV13 #1, Rota #1
[[D|01/16/2018]] - Pediarix #2, Hib #2, PCV13 #2, Rota #2
[[D|03/15/2018]] - Pediarix #3, PCV13 #3
[[D|12/20/2018]] - MMR #1, Varicella #1, Hib #3, PCV13 #4, HepA #1
[[D|7/1/19]] - HepA #2
[[D|9/30/2021]] - Kinrix, ProQuad (MMR #2, Var #2)
Flu 2019, 2020 (dates not recorded).
Status: complete for age. Due at 11 y: Tdap, MenACWY, HPV.
""",
)

note(
    "d15-53",
    "Rhiannon Castellucci",
    """
Adolescent depression f/u (video) - [[N|Rhiannon Castellucci]], 16
PHQ-A today 12 (was 19 on [[D|9/30]]). Sertraline 75 mg since [[D|10/21]].
Back at swim; coach [[N|Deb]] gave her "a lighter week". Therapist [[N|Omar Siddiqui]], LCSW (CBT weekly, Mondays).
Mom [[N|Gina]] messaged via portal [[D|11/2]]: "she slept until 2 on [[D|Saturday]], is that normal?"
Safety: no SI since [[D|Oct]]; safety plan reviewed; meds locked by mom.
Private time: girlfriend [[N|Tessa]] supportive; not out to dad [[N|Vincent]]; asked that this not appear in parent-visible notes - marked confidential.
Plan: continue 75 mg; f/u 4 wks ([[D|Dec 16]]).
[[N|L. Abara]], MD
""",
)

note(
    "d15-54",
    "DeAndre Lusk",
    """
JUVENILE DETENTION CENTER - HEALTH INTAKE SCREEN
Youth: [[N|DeAndre]] "[[N|Dre]]" [[N|Lusk]]   Booking # [[ID|JD-25-00417]]   DOB [[D|6/6/2009]]
Admitted [[D|2/21/25]] 23:40 per court order, docket [[ID|25-JV-1129]] (Judge [[N|Harlan Beaumont]]).
MAYSI-2: angry-irritable caution; suicide ideation below cutoff.
Medical: asthma (no inhaler w/ him - ordered), old GSW L thigh 2023, healed.
Meds: none. Allergies: NKDA. Last cannabis use "yesterday".
Contact: grandmother [[N|Loretta Lusk]] (legal guardian) [[PH|(901) 555-0133]]; public defender [[N|Kenji Abbott]].
Screened by [[N|M. Ferraro]], LPN. Referred to MD sick call [[D|2/22]].
""",
)

note(
    "d15-55",
    "Aurora Benavides",
    """
High-Risk Infant Follow-Up   MRN [[MRN|44-07719]]
[[N|Aurora Benavides]]: 11 mo chronological / 8 mo corrected (born 26+3 wk, BW 810 g). Seen with mom [[N|Itzel]].
Hx: BPD (off O2 since [[D|Nov 14]]), ROP s/p laser OU, PDA ligation.
Growth (Fenton -> WHO corrected): wt 7.4 kg (8th), len 68 cm (14th), HC 43.5 (35th).
Motor: sitting independently since ~7 mo CA, not crawling; mild incr tone LE. AIMS 18th %ile.
Language: babbling "ba-ba", responds to name. Feeding: purees, gags w/ textures - OT feeding eval.
Nirsevimab received [[D|10/2/24]].
Plan: PT via EI (therapist [[N|Rowan Feely]]); EI service coordinator [[N|Ciara Duffy]] [[PH|210-555-0144]]. Next HRIF visit at 12 mo corrected.
Dr. [[N|Osagie]]
""",
)

note(
    "d15-56",
    "Ta'Niyah Simmons",
    """
Head Start Child Health Record
Child: [[N|Ta'Niyah Simmons]]   DOB [[D|10/19/2020]]   Center: Eastside Head Start, Room 3 (Ms. [[N|Gwendolyn]])
Parent/guardian: [[N|Marquita Simmons]]; emergency: [[N|Darnell Hope]] (uncle) [[PH|(216) 555-0106]]
EPSDT exam [[D|9/9/24]]: growth normal; Hgb 11.2; lead 3; dental exam [[D|9/23/24]] - sealants; vision: unable (retest at 5 y).
Medicaid # [[HP|1189274502]]   PCP: MetroCare Pediatrics, Dr. [[N|Ruth Amsel]]
Allergies: amoxicillin (rash). Diet: no pork (family preference).
Immunizations up to date - copy attached. Next well visit due [[D|October 2025]].
""",
)

note(
    "d15-57",
    "Ashton Pryor",
    """
[[D|February 26, 2025]]
To: [[N|Cheryl Vantongeren]], Program Director, Brightwater Youth Residence, [[ADDR|900 Sycamore Lane]], [[C|Bangor]], ME [[Z|04401]]
Re: [[N|Ashton Pryor]] (DOB [[D|11/11/2008]]), resident since [[D|Dec]]

Ms. [[N|Vantongeren]]:
[[N|Ashton]] is followed in our clinic for T1D and ADHD. Changes from today's visit:
1. Glargine 22 units nightly (was 20). Lispro carb ratio 1:12.
2. Stop methylphenidate; start atomoxetine 40 mg daily.
3. Staff please log BG in the shared binder and upload the CGM weekly.
Please call me with any concerns at [[PH|207-555-0115]] or email [[EM|j.moreno-diab@clinic.example]].
Sincerely, [[N|Jacqueline Moreno-Diab]], MD
""",
)

note(
    "d15-58",
    "Kennedy Ashworth",
    """
Vaccine consent - minor   [[D|3/15/25]]
Pt: [[N|Kennedy Ashworth]], 11 y; accompanied by great-grandmother Mrs. [[N|Beulah Ashworth]], age [[A|94]], who has had custody since 2019 (order on file, case [[ID|2019-DR-00871]]).
Agreed to HPV after discussion.
Given: Tdap (lot 7YK42), MenACWY (lot U7402AA), HPV9 #1 (lot Y012345). VIS given.
HPV #2 due in 6-12 mo -> on/after [[D|9/15/25]].
Also present: aunt [[N|Roberta]], who drove them.
[[N|Priscilla Dunne]], RN
""",
)

note(
    "d15-59",
    "Bus 42 incident",
    """
SCHOOL NURSE INCIDENT NOTE - bus
[[D|Wed 4/16]] 07:55. Bus #42 (plate [[VEH|JNB 4471]], driver [[N|Marvin Oakes]]) stopped short; 3 students seen in health office:
1) [[N|Lila Petrovic]] (gr 4) - bumped forehead on seatback, small contusion, no LOC, alert, pupils equal. Ice. Mom [[N|Danica]] notified [[PH|845-555-0127]]; concussion sx sheet sent home.
2) [[N|Gabe Sutter]] (gr 2) - crying, no injuries found.
3) [[N|Yara Haddad-Lowe]] (gr 5) - bit lower lip, minor, ice.
Transportation supervisor [[N|Phil Corrigan]] informed; incident # [[ID|TR-2025-0416-03]]. Principal Dr. [[N|Esme Valdez]] cc'd.
-- [[N|kmorrow]] RN
""",
)

note(
    "d15-60",
    "Jasmine Rolle and infant Zion",
    """
NURSE HOME VISIT - visit 3
Client: [[N|Jasmine Rolle]], 19, G1P1; infant [[N|Zion]] 3 wk old. Home: [[ADDR|52 Blackstone St, Apt 3R]], [[C|Woonsocket]] [[Z|02895]].
Present: client, infant, client's mom ("Granny [[N|Dee]]").
Infant: wt 3.9 kg (BW 3.3), formula 3 oz q3h, cord off, jaundice resolved. Sleeps in bassinet on back - reinforced. Car seat install checked by fire dept [[D|6/2]].
Mom: EPDS 7, light bleeding, no fever. Wants IUD at 6-wk PP visit [[D|6/27]] with midwife [[N|Coral Banks]], CNM. Back to GED classes in [[D|Sept]].
FOB [[N|Tyrese]] involved, visits weekends.
Next visit [[D|6/18]] 1:00 pm. Safe sleep & Period of PURPLE Crying reviewed.
[[N|Maribel Ocasio]], RN | cell [[PH|401-555-0181]]
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
