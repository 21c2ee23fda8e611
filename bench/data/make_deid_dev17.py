#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_dev17.jsonl.

dev17 is a set of spoken and transcribed clinical text: speech-recognition
dictations left unproofread (voice commands such as "period", "comma", "new
paragraph" and "scratch that" left in the text, names misheard as ordinary
words, numbers spoken as words), telehealth and video-visit transcripts with
speaker labels, nurse-triage, call-centre, prior-authorisation and
transfer-centre call logs, voicemail transcriptions, relay (TTY) calls and
interpreter-mediated sessions.  The hard cases are identifiers that do not look
like identifiers on the page: names spelled letter by letter ("K-O-W-A-L-S-K-I"),
phone numbers, MRNs, member IDs and serial numbers read back digit by digit
("five five five oh one four two"), dates spoken in words ("the twenty-third",
"three fourteen nineteen fifty two"), ages over 89 in words ("ninety-six"),
addresses dictated in words, and names written in lower case, in speaker labels
or mangled by the recogniser.  Around them sit many spoken numbers that are not
identifiers: doses, vital signs, scores, counts, durations, clock times, room
and bed numbers, floor numbers, lot numbers, protocol versions and CPT/ICD codes.

Annotation conventions (HIPAA Safe Harbor):
- NAME covers every person (patients, relatives, clinicians, staff, interpreters,
  officers, callers) in any written form: lower case, ALL CAPS, nicknames,
  log-in names, initials standing for a person, speaker labels ("DARNELL:"),
  and names spelled out letter by letter; a spelled name is one span from its
  first to its last letter ("K-O-W-A-L-S-K-I").  A name the recogniser mangled
  into ordinary words ("elena or swan") is marked as the name it stands for.
  Titles and credentials (Dr., doctor, Mr., missus, RN, MD, Reverend, Brother)
  stay outside, and so do suffixes ("junior", "Jr.").  "Last, First" is one
  span; "LAST^FIRST^M" is one span per component.  Log-in names (praman,
  pdunmore44) are NAME.  Kinship words ("Gran", "Mom"), pets, eponyms (Foley,
  McBurney), the placeholders "John Doe" / "Baby Boy" and names inside
  facility, firm or protocol names stay unmarked.  A truncated attempt at a name ("Ber...") is marked as a name.
- DATE covers every date element finer than a year, written or spoken: full
  dates, month+day, ordinal days ("the twelfth"), a weekday or holiday that
  dates an event ("since Sunday", "around Thanksgiving"), a month alone dating
  an event ("in May"; in "last March" only the month is marked).  A spoken
  date is one span over all its words ("three fourteen nineteen fifty two";
  "the twenty second of January").  Relative words (today, yesterday, next
  week), recurring days ("Tuesdays", "Wednesdays"), clock times, durations and
  bare years and seasons ("in the fall") are unmarked.  A one-token machine
  timestamp is marked whole.  A date in another calendar ("the tenth of
  Ramadan") and a dictated date later retracted with "scratch that" are still
  marked, each as its own span.
- AGE: only ages over 89, the number alone, in digits or words
  ("[[A|ninety-six]] year old").  Other ages are unmarked.
- PHONE/FAX: the whole number including any spoken or written extension; a
  number read back in words is one span over the words; the last four digits
  given alone ("the number ending 0172") are PHONE too.  EMAIL whole, also when
  dictated ("shiv dot nifhloinn at mailbox dot example").  URL only for links
  carrying a person, visit or token.  IP: every IPv4 address.
- SSN (also last four), MRN, HEALTH_PLAN (member, subscriber, group, Medicare
  numbers), ACCOUNT (guarantor, encounter, billing accounts), LICENSE (driver's,
  DEA, professional), VEHICLE (plates, VINs), DEVICE (serial numbers of implants
  and equipment, also read back character by character, including phonetic
  words such as "alpha"), and ID for every other number pointing at one person
  or record: dictation job numbers, call/case/incident numbers, accession and
  specimen numbers, NPI, interpreter and relay-operator ID numbers, officer
  badge numbers, study participant IDs, prior-auth and refill reference numbers,
  prescription numbers, telehealth session IDs.
- ADDRESS is the street part (house number, street, unit, lot) or GPS
  coordinates of a home or scene; CITY is a town or neighbourhood; ZIP the postal
  code (also foreign, "J1H 4B7").  A street named alone ("still on Garnet
  Street", "On... Ridgeway") is ADDRESS.  States, countries and facility names
  are unmarked; no facility phone number appears in the set.
- Never marked: facility, pharmacy, payer, agency, vendor and firm names, drugs
  and doses, device models and lot numbers, codes, scores, lab values,
  room/bed/floor numbers, unit and medic numbers, times, bare years, host names.

Stdlib only.  Run: python bench/data/make_deid_dev17.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_dev17.jsonl")
NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "d17-01",
    "Dennis Kowalski",
    """
dictated by doctor [[N|Marguerite Oyelaran]] period new paragraph patient name [[N|Dennis Kowalski]] comma spelled [[N|K-O-W-A-L-S-K-I]] comma date of birth [[D|three fourteen nineteen fifty two]] comma medical record number [[MRN|four four seven one nine zero two]] period new paragraph history colon seventy one year old male seen today for left knee pain times three weeks period he had a steroid injection forty milligrams at Lakeshore Orthopedics on [[D|February twentieth]] with two days of relief period wife [[N|Bernadette]] drove him in period new paragraph exam colon effusion plus one comma range of motion zero to one ten period new paragraph plan colon MRI left knee comma follow up two weeks period results to his cell [[PH|six one seven five five five oh one four two]] period cc doctor [[N|Tobias Wren]] fax [[FX|six one seven five five five oh one nine nine]] period end of dictation job number [[ID|88410273]]
""",
)

note(
    "d17-02",
    "Jaylen Odom",
    """
TELEHEALTH TRANSCRIPT (auto-captions, unedited) - session [[ID|TH-55820194]]
Started [[D|2024-04-09]] 10:02:17 | platform log: patient joined from [[IP|73.201.14.88]]
DR. [[N|OYELARAN]]: Hi, can you hear me? You're a little frozen.
MOTHER: Yes, sorry. I'm [[N|Keisha Odom]], [[N|Jaylen]]'s mom.
DR. [[N|OYELARAN]]: Hi [[N|Jaylen]]! Can Mom confirm your birthday?
MOTHER: [[D|June second twenty sixteen]].
DR. [[N|OYELARAN]]: Thanks. What's going on?
MOTHER: Cough since [[D|Sunday]], fever 101.4 last night, I gave 240 of the Tylenol around nine.
PATIENT: My ear hurts.
DR. [[N|OYELARAN]]: Okay. Are you still on [[ADDR|Garnet Street]]? We'd mail the spacer.
MOTHER: No, we moved, [[ADDR|1190 Pruitt Avenue, apartment 3]], [[C|Dorchester]], [[Z|02124]].
DR. [[N|OYELARAN]]: Got it. Best number?
MOTHER: [[PH|857-555-0133]].
""",
)

note(
    "d17-03",
    "Gerard Pelletier",
    """
NURSE TRIAGE CALL SUMMARY
Caller: [[N|Ruth Ann Pelletier]] (daughter/POA)   callback [[PH|207-555-0167]]
Patient: [[N|PELLETIER, GERARD J]]   DOB [[D|11/30/1931]] ([[A|92]] y)   MRN [[MRN|00589213]]
Protocol: Falls, adult (Schmitt-Thompson). Daughter states pt slid off recliner approx 0630 today, no LOC, c/o R hip pain 6/10, bearing weight with walker. On apixaban 2.5 mg BID. Lives with daughter at [[ADDR|14 Quarry Rd]], [[C|Skowhegan]] ME.
Disposition: see in office within 4 hrs. Appt booked 1:40 PM with Dr. [[N|Haddad]], room 12. Advised ED if unable to bear weight or new confusion.
Call taken by [[N|lmorrissette]], RN - call ID [[ID|CT-0418-0093]], [[D|04/18/2024]] 06:58.
""",
)

note(
    "d17-04",
    "Yvette Aubert",
    """
Voicemail transcription (confidence: low) - received [[D|Mon 3/4]] 7:52 PM from [[PH|(413) 555-0121]], 1 min 48 s
"Hi this is uh [[N|Delphine Aubert]], [[N|A-U-B-E-R-T]], calling for doctor [[N|Castellano]]'s office, um, about my mother [[N|Yvette]], she's a patient there, date of birth is [[D|July ninth nineteen thirty]], she's [[A|ninety three]], and she ran out of her, the metoprolol, the twenty five. The pharmacy said they need a new script. Can somebody call me back at [[PH|four one three five five five oh one two one]], or my cell, [[PH|four one three, five five five, oh one five eight]]. I'm home after six. Thank you. Oh, and she moved, she's at [[ADDR|forty two Elm Terrace]] now, in [[C|Holyoke]]. Okay bye."
""",
)

note(
    "d17-05",
    "Graciela Montoya Ibarra",
    """
INTERPRETER-MEDIATED ENCOUNTER (Spanish, video remote interpreting)
Interpreter: [[N|Lucia Ferrante]], badge [[ID|VRI-40592]], Puente Language Services
Clinician: [[N|Kenji Nakagawa]], MD   Pt MRN [[MRN|K7703318]]
DR. [[N|NAKAGAWA]]: Please ask her to state her full name.
INTERPRETER: She says [[N|Graciela Montoya Ibarra]]. She is spelling it: [[N|M-O-N-T-O-Y-A]], and then [[N|I-B-A-R-R-A]].
DR. [[N|NAKAGAWA]]: And when did the bleeding start?
INTERPRETER: She says on [[D|the twelfth]], the day of her grandson's birthday party. Two pads an hour for maybe three hours.
PATIENT (via interpreter): My son [[N|Mateo]] brought me. He works nights at the cannery so he can only come Tuesdays.
DR. [[N|NAKAGAWA]]: Understood. Hemoglobin today is 9.1, we'll repeat it at 6 PM.
""",
)

note(
    "d17-06",
    "Harold Lindqvist",
    """
CALL CENTER NOTE - refill line (IVR transcript + agent summary)
IVR: Please say or enter the patient's date of birth.
CALLER: [[D|Oh two, one seven, four eight]].
IVR: Please say or enter the member ID on the card.
CALLER: [[HP|X, Q, G, nine, nine, zero, four, one, one, seven]].
AGENT ([[N|Priya Raman]]): Thanks, I have [[N|Harold Lindqvist]]. Can you verify the address on file?
CALLER: [[ADDR|Six oh nine Cranberry Hollow Road]], [[C|Sandwich]], zip [[Z|zero two five six three]].
AGENT: And a good callback number?
CALLER: [[PH|five oh eight, five five five, zero one seven four]].
SUMMARY: Refill lisinopril 20 mg #90 sent to mail order, ref [[ID|RX-REF-2231907]]. Member ID [[HP|XQG9904117]] verified. Caller [[N|Harold Lindqvist]] (self). Closed by [[N|praman]] [[D|3/11]].
""",
)

note(
    "d17-07",
    "Eleanor Swan",
    """
ED PROVIDER NOTE (Dragon, not proofread)
this is a [[A|ninety six]] year old female brought by EMS from home after being found down by her neighbor missus [[N|rose]] at approximately 0700 period patient's name is [[N|Eleanor Swan]] comma note the software keeps transcribing it as [[N|elena or swan]] period she lives alone at [[ADDR|twelve Winter Haven Circle]] comma [[C|Lakeland]] period new paragraph on arrival BP 88/50 comma after 1 liter of fluid her pressure rose to 112/64 period troponin 0.04 then 0.09 period CT head negative period new paragraph son [[N|Gordon]] is health care proxy comma reachable at [[PH|eight six three five five five zero one one six]] period his wife [[N|Patrice]] also called period admit to medicine under doctor [[N|Alvarado-Kim]] period
""",
    allow=("rose",),
)

note(
    "d17-08",
    "Walter Kessler",
    """
COMMUNICATIONS CENTER - 911 CALL TRANSCRIPT (excerpt)   Incident [[ID|24-031877]]
CALL TAKER: 911, what's the address of your emergency?
CALLER: It's [[ADDR|4410 County Road 9, lot 17]], the trailer behind the feed store.
CALL TAKER: What town?
CALLER: [[C|Birch Run]]. My dad, he's not breathing right.
CALL TAKER: Okay. What's your name, ma'am?
CALLER: [[N|Tammy Kessler]]. He's [[N|Walt]], [[N|Walter Kessler]].
CALL TAKER: How old is he?
CALLER: He'll be [[A|ninety]] in [[D|May]]. He's got the oxygen, two liters.
CALL TAKER: Is he awake? Is he breathing normally?
CALLER: He's awake but he's grey.
[CAD] Phase II location [[ADDR|43.2871, -83.7412]] (unc 12 m). Callback [[PH|989-555-0149]]. Medic 4 dispatched 02:14:33, Engine 2 02:14:50.
""",
)

note(
    "d17-09",
    "Siobhan Ni Fhloinn",
    """
Registration call - new patient intake (agent notes; quoted where verbatim)
Caller gave name as "[[N|Siobhan Ni Fhloinn]]", spelled [[N|S-I-O-B-H-A-N]], last name [[N|N-I F-H-L-O-I-N-N]]; goes by "[[N|Shiv]]".
DOB given as "[[D|the fourth of August, eighty-nine]]" - entered [[D|08/04/1989]].
SSN last four: "[[SSN|six, six, oh, two]]".
Insurance: BlueRiver PPO, subscriber is husband [[N|Declan Moriarty]], DOB [[D|01/22/1987]], subscriber ID [[HP|BRV448120937]], group [[HP|00781-22]].
Email read out as "[[EM|shiv dot nifhloinn at mailbox dot example]]" - entered [[EM|shiv.nifhloinn@mailbox.example]].
Preferred pharmacy: CVS, no street given. Needs interpreter: no. Pronouns she/her.
Agent: [[N|c.beaulieu]]
""",
)

note(
    "d17-10",
    "Bettina Sorensen",
    """
VM to triage line, [[D|Friday]] 4:48 pm, auto-transcribed:
"Yeah hi, this is [[N|Omar]] at Hillcrest Pharmacy, calling about a patient of doctor [[N|Ferreira]]'s, um, [[N|Bettina Sørensen]], that's [[N|S-O-R-E-N-S-E-N]], with the slash through the O, birthday [[D|nine eleven forty one]]. She's got a script for oxycodone five milligrams, quantity sixty, and she's also getting it from another prescriber, a doctor [[N|Leland]], filled on [[D|the twenty-eighth]]. DEA on that one is [[LIC|B as in boy, L, four four one seven three two two]]. We need a call back before we fill. Our number's [[PH|seven seven four, five five five, oh one six two, extension four]]. Thanks."
""",
)

note(
    "d17-11",
    "Marcus Delgado",
    """
VIDEO VISIT - PSYCHIATRY FOLLOW-UP (transcript, speaker-diarized)
[00:00:04] DR. [[N|ABERNATHY-COLE]]: Hi [[N|Marcus]], can you see me?
[00:00:09] PATIENT: Yeah, I'm in my car, sorry, parked outside work.
[00:00:15] DR. [[N|ABERNATHY-COLE]]: That's fine. Any thoughts of harming yourself since we spoke on [[D|the 3rd]]?
[00:00:22] PATIENT: No. It was rough around [[D|Thanksgiving]], but no.
[00:01:40] PATIENT: My sister [[N|Dana]] says hi. She's the one who texted you, her number's [[PH|312 555 0186]].
[00:02:55] DR. [[N|ABERNATHY-COLE]]: PHQ-9 today is 11, down from 16. Sertraline stays at 100 mg.
[00:03:10] PATIENT: Can you send the letter to my HR person, [[N|Jill]]? [[EM|jill.vantassel@brightworks.example]].
-- connection dropped [[D|2023-12-04]] 16:03:11; patient rejoined from [[IP|10.44.7.212]]
""",
)

note(
    "d17-12",
    "Heinrich Voss",
    """
OPERATIVE REPORT - dictated; transcribed by [[N|KMT]]/[[N|jw]]
SURGEON: [[N|Anselm Brightwater]], MD.   ASSISTANT: [[N|Corinne Delacroix]], PA-C.
DATE OF SURGERY: [[D|October 17, 2023]].
PATIENT: [[N|VOSS, HEINRICH]]   MR# [[MRN|3318-4402]]   ACCT [[ACCT|H00991827734]]
PROCEDURE: Right total hip arthroplasty, posterior approach.
IMPLANTS (read aloud by circulator): acetabular shell 54 mm, lot 7731920, serial [[DEV|SK-449021]]; femoral stem size 12, lot 8820114, serial [[DEV|two two seven, alpha, bravo, nine one four]].
EBL 350 mL. Tranexamic acid 1 g IV. Foley placed and removed at end of case. Patient tolerated the procedure well.
The patient's wife, [[N|Hildegard]], was updated by phone at [[PH|920-555-0115]] at 11:20.
""",
)

note(
    "d17-13",
    "Baby Boy Nguyen",
    """
after hrs answering svc -> on call peds
pt: baby boy [[N|nguyen]] (no first name yet), born [[D|3/2]] at st. brigid's, now 9 days
mom [[N|thuy]] calling, cb [[PH|(503) 555-0177]]
c/o yellow eyes/skin x2 days, feeding q3h 2 oz formula, 6 wet diapers. no fever. temp 98.9 ax.
mom says pediatrician is dr [[N|okonkwo-baptiste]] but they havent gone yet
home: [[ADDR|6120 SE Alder Crest Ct]], [[C|portland]] [[Z|97206]]
advised: come to ED now for bili. mom agreed. grandma [[N|bich ngoc]] will drive.
msg rec'd 23:47 by op [[N|DW]], paged dr on call 23:49
""",
)

note(
    "d17-14",
    "Consuelo Tarrant",
    """
PRIOR AUTHORIZATION PHONE LOG
Outbound to Keystone Mutual Health provider line, [[D|Wed 02/14/2024]] 10:20-10:58 (38 min hold).
Spoke with rep "[[N|Brandy]]" (rep ID [[ID|KMH-7781]]), then supervisor Mr. [[N|Olufemi]].
Read back: member [[N|Consuelo Tarrant]], member ID [[HP|K M H zero zero four four one nine three eight]], group [[HP|5520-B]], DOB [[D|7-19-1961]].
Requested: MRI lumbar spine w/o contrast, CPT 72148, dx M54.16. Ordering Dr. [[N|Yusuf Halloran]], NPI [[ID|1467503928]].
Outcome: pended for clinicals. Reference # [[ID|PA24-0214-77310]]. Fax clinicals to [[FX|717-555-0190]] attn [[N|Brandy]].
Call by [[N|T. Oduya]], referral coordinator.
""",
)

note(
    "d17-15",
    "Odalys Quintero",
    """
RADIOLOGY REPORT (dictated, speech recognition)
Accession number [[ID|R four four zero nine one two seven]].
EXAM: CT abdomen and pelvis with IV contrast, [[D|11/02/2023]] 14:12.
PATIENT: [[N|Odalys Quintero]]. MRN [[MRN|20-448-119]]. Age 47.
CLINICAL HISTORY: Right lower quadrant pain, McBurney point tenderness, WBC 14.2.
COMPARISON: Ultrasound [[D|October thirtieth]].
FINDINGS: Appendix 11 mm with periappendiceal fat stranding. No abscess. Incidental 6 mm hypodensity segment 7, too small to characterize.
IMPRESSION: Acute appendicitis. Called to doctor [[N|Pham]] in the ED at 14:40 by doctor [[N|Ingrid Solberg-Mata]], read back confirmed.
Dictated by: [[N|Ingrid Solberg-Mata]], MD   Signed [[D|11/02/2023]] 15:01
""",
)

note(
    "d17-16",
    "Rosalind Achterberg",
    """
GENETIC COUNSELING - TELEPHONE RESULTS DISCLOSURE
Counselor: [[N|Annika Tveit]], MS, CGC. Patient: [[N|Rosalind Achterberg]] (DOB [[D|5/5/1978]]); sister [[N|Miriam]] on speaker with verbal consent.
Result: BRCA2 c.5946delT, pathogenic (lab report [[ID|GX-2290-44871]], collected [[D|Jan 9]]).
Family history reviewed by phone: mother [[N|Hedda]] d. ovarian ca age 58 in 1999; maternal aunt [[N|Liesbeth]] breast ca at 44; maternal grandmother (name unknown) lived to [[A|97]].
Cascade testing letter to be mailed to sister at [[ADDR|310 Oakhurst Blvd, Unit 12]], [[C|Ann Arbor]] MI [[Z|48104]] and emailed to [[EM|miriam.achter@posteo.example]].
Time spent 45 min, >50% counseling.
""",
)

note(
    "d17-17",
    "Winona Tsosie",
    """
RELAY LOG (TTY via relay, CA #[[ID|6710]]), [[D|12/28]] 11:05
CALLER (TTY): HELLO THIS IS [[N|WINONA TSOSIE]] CALLING ABOUT MY APPT WITH DR [[N|LINDGREN]] ON [[D|JAN 4]] GA
CLINIC: Hi Ms. [[N|Tsosie]], can you verify your date of birth? GA
CALLER: [[D|FEB 29 1948]] GA
CLINIC: Thank you, I have you, chart [[MRN|600-11-873]]. Do you need an ASL interpreter for that visit? GA
CALLER: YES PLS. ALSO MY DAUGHTER [[N|KAYA]] WILL COME. HER CELL IS [[PH|505 555 0104]] FOR TEXTS GA
CLINIC: Noted. Visit is 9:30, arrive 9:15, bring the med list. GA
CALLER: OK THX SKSK
""",
)

note(
    "d17-18",
    "Augusto Febres",
    """
Hospice RN voice memo (auto-transcribed, lightly edited)
Visit [[D|Saturday the ninth]], arrived 1420. Mr. [[N|Febres]] is a [[A|ninety-nine]] year old with end stage heart failure. Daughter-in-law [[N|Nilda]] at bedside, grandson [[N|Rafi]] on FaceTime from base. PPS 30 percent. Morphine concentrate 5 mg sublingual every two hours as needed, four doses used since [[D|Thursday]]. Oxygen concentrator serial [[DEV|ICX-2209-55817]] alarming, called DME, tech [[N|Shawn]] coming tomorrow. Chaplain Brother [[N|Aidan]] visited. Family hopes he makes it to [[D|Easter]]. Updated Dr. [[N|Serrano-Whitlock]] by phone. Next visit [[D|Monday]]. Supplies to [[ADDR|77 Calle Ocaso]], [[C|Las Cruces]] [[Z|88005]].
""",
)

note(
    "d17-19",
    "Lamont Fitzhugh",
    """
STUDY PHONE SCREEN - HEARTWISE-2 (protocol v3.2)
Screener: [[N|Gabriela Oyarzun]]   Call [[D|Tue 6/11/24]] 15:05
Participant ID assigned: [[ID|HW2-0317-042]]
Referred by Dr. [[N|Perpetua Nwosu]] (cardiology).
Q: Full name? A: "[[N|Lamont Fitzhugh]], junior."
Q: Date of birth? A: "[[D|September ninth, sixty]]." (age 63, range 40-75 ok)
Q: Any implanted device? A: "Pacemaker, got the card right here, serial [[DEV|P, J, N, two two six, zero eight four, one]]."
Q: Best number? A: "Home is [[PH|three three four, five five five, oh one nine one]], don't use the work one."
Q: Email for e-consent? A: "[[EM|lamontfitz60@inbox.example]]"
Ineligible: pacemaker (MRI substudy). May qualify for HEARTWISE-3 in the fall. Ended 15:22.
""",
)

note(
    "d17-20",
    "Vernice Hartley",
    """
Home health start of care, voice note by [[N|Jeannette Aldous]] PT, transcribed.
Patient [[N|Vernice Hartley]], [[A|ninety-one]] years young, lives in the back unit at [[ADDR|two twenty two and a half Plum Orchard Lane]], [[C|Gainesville]], blue door, gate sticks. Daughter [[N|Loretta]] lives in the front unit. Timed Up and Go 24 seconds with rollator, Berg 31 out of 56, high fall risk. Discussed grab bars and night lights. Her [[A|ninety-four]] year old husband [[N|Clement]] has been in memory care at Oak Meadow since last [[D|March]]; she visits Wednesdays. Next visit [[D|6/14]]. PCP is Dr. [[N|Baptiste]], orders faxed to [[FX|352-555-0193]]. Medicare [[HP|4TE8-KV2-MR71]].
""",
)

note(
    "d17-21",
    "Loretha Whitfield",
    """
FAMILY MEETING - MICU bed 14 - audio transcript (family consented), [[D|12 Aug 2023]]
Present: Dr. [[N|Haruto Sakamoto]] (ICU), [[N|Beth Lindahl]] LCSW, patient's sons [[N|Darnell]] and [[N|Terrence Whitfield]], niece [[N|Shonda]] by phone.
DR. [[N|SAKAMOTO]]: Your mom has been on the ventilator since [[D|the 4th]]. Her kidneys are not recovering.
[[N|DARNELL]]: She's [[A|ninety]]. She always said no machines.
[[N|TERRENCE]]: That was before. She wanted to see [[N|Kiara]]'s wedding in [[D|October]].
[[N|BETH]]: Would it help to hear what she told her pastor?
[[N|SHONDA]] (phone): She told Reverend [[N|Mosley]] the same thing. It's in the paper she signed in [[D|June]].
DR. [[N|SAKAMOTO]]: Then I'd recommend we focus on comfort. We can wait until tomorrow so everyone can come.
""",
)

note(
    "d17-22",
    "Brantley Jennings",
    """
POISON CENTER - case [[ID|PC-24-118830]], [[D|Mar 30 2024]]
Caller: grandmother [[N|Opal Jennings]], from home, [[PH|606.555.0138]]
Pt: [[N|Brantley]], 2 y/o M, about 13 kg. Caller: "it's [[N|Brantley Jennings]], [[N|B-R-A-N-T-L-E-Y]]."
Exposure: found with grandma's pill organizer ~20:15, possibly 1-2 tabs amlodipine 10 mg and clonidine 0.1 mg.
Sx: sleepy, arousable. No vomiting.
Rec: ED now via EMS, caller agreed. Address for EMS: [[ADDR|1187 Caney Fork Rd]], [[C|Viper]] KY [[Z|41774]].
F/U 21:30: mother [[N|Kaylee]] at bedside in ED, HR 88, BP 82/44, glucose 142; observation 24 h recommended.
SPI: [[N|R. Hollis]], CSPI
""",
)

note(
    "d17-23",
    "Abel Trujillo",
    """
TRANSFER CENTER - recorded line, transcription   [[D|20240517]] 0312   call [[ID|TC-55102]]
RN: Transfer center, this is [[N|Mallory]].
DR. [[N|OKAFOR]] (Grange County Hosp): Hi [[N|Mallory]], I've got a [[A|ninety-two]] year old man, [[N|Abel Trujillo]], [[N|T-R-U-J-I-L-L-O]], inferior STEMI, onset about 0140. Heparin bolus given, aspirin 324.
RN: Date of birth?
DR. [[N|OKAFOR]]: [[D|Eight, eight, thirty-one]]. Our MRN is [[MRN|G as in George, zero zero four seven seven one]].
RN: Connecting you with Dr. [[N|Lisowski]], interventional, on the line now.
DR. [[N|LISOWSKI]]: Accept. Send him to cath lab 2. Family?
DR. [[N|OKAFOR]]: Granddaughter [[N|Marisela]] is driving, cell [[PH|575-555-0126]].
Accepted 0319; ETA by air 40 min.
""",
)

note(
    "d17-24",
    "Philippa Osei-Bonsu",
    """
discharge summary new paragraph patient [[N|Philippa Osei-Bonsu]] comma medical record number [[MRN|seven seven zero one four four six]] period date of admission [[D|the twenty third]] scratch that [[D|the twenty second of January]] comma date of discharge [[D|January twenty seventh]] period new paragraph diagnosis colon community acquired pneumonia comma right lower lobe period ceftriaxone 1 gram daily times 5 days and azithromycin 500 then 250 period oxygen weaned off on day 3 period new paragraph follow up with doctor [[N|Imogen Strand]] on [[D|February fifth]] at 10:30 period home health referral to Visiting Nurse Association period husband [[N|Kwabena]] will pick her up at noon comma his number is [[PH|nine one nine five five five zero one zero seven]] period dictated by [[N|Imogen Strand]] MD job [[ID|5530917]] end of dictation
""",
)

note(
    "d17-25",
    "Dwayne Kopecky",
    """
Patient portal message (voice-to-text) from [[N|Dwayne Kopecky]], sent via proxy account [[N|rkopecky82]]
"hi doctor [[N|Amundsen]] its [[N|Rhonda]] his wife typing for him. he fell on [[D|teusday]] at the farm store and now his left wrist is swolen like a baseball. he took 2 aleve. we cant come till after [[D|the 15th]] cause of the cows calving. can you call in something or do we need the xray. also the pharmacy changed to the one in [[C|Waupaca]]. his birthday is [[D|10-3-57]] if you need it and the member # on his card is [[HP|WIX 2240 1187 03]]. our new phone # is [[PH|920 555 0181]] the old one is gone. thanks [[N|Rhonda]]"
""",
)

note(
    "d17-26",
    "Benigno Estrada",
    """
GROSS DESCRIPTION (dictated by pathologists' assistant [[N|Niamh Carrow]])
Specimen [[ID|S24-03381]]. Received in formalin, labeled with the patient's name "[[N|Estrada, Benigno]]", medical record number [[MRN|M4410982]], and "left breast, 12 o'clock, ultrasound-guided core biopsy," are four tan-pink cores measuring 1.2 to 1.8 cm in length and 0.1 cm in diameter. Entirely submitted in cassettes A1 through A2. Collected [[D|3/19/2024]] 09:10, placed in formalin 09:14, received 11:40. Cold ischemia under 1 minute. Requisition lists surgeon Dr. [[N|Faith Okereke]] and clip type ribbon. Billing account [[ACCT|PA-5540192]]. Dictated [[D|03/19/24]] by [[N|NC]].
""",
)

note(
    "d17-27",
    "Bernard Loughlin",
    """
SLP SESSION - aphasia treatment, excerpt transcribed from recording (consent on file)
SLP ([[N|Marisol]]): Tell me your name.
PT: [[N|Ber]]... [[N|Bernard]]. [[N|Bernie]].
SLP: Good. And where do you live?
PT: Uh. The... [[C|Cedar Falls]]. No. [[C|Waterloo]]. On... [[ADDR|Ridgeway]].
SLP: What's your wife's name?
PT: [[N|June]]. She's... [[N|June]].
SLP: What day is it today?
PT: [[D|Tuesday]]?
SLP: Right, today is [[D|Tuesday, May 7]]. Repeat after me: "the dog ran home."
PT: The dog... ran... home.
SLP note: naming 14/20 on short form, repetition 8/10, improved from 5/10. Next session [[D|5/9]] at 2:00. Wife requests calls to [[PH|319-555-0140]].
""",
)

note(
    "d17-28",
    "Chidi Eze",
    """
DME call log - home sleep test unit not returned
[[D|07/22/2024]] 13:05 called pt [[N|Chidi Eze]] at [[PH|(404) 555-0195]], no answer, left VM.
13:40 pt called back. Read serial off the unit: "[[DEV|W, S, seven, seven, zero, three, nine, two, eight]]" = [[DEV|WS77039281]], matches order [[ID|HST-88214]]. Unit was used 2 nights only (AHI pending, 1 night valid). Pt says he'll drop it at the clinic [[D|Thursday]] before 5. Spouse [[N|Adaeze]] may bring it instead. Pt asked that results go to [[EM|chidi.eze@webmail.test]]. Told him results are released in the portal after Dr. [[N|Vukovic]] reviews, usually 7-10 days.
-[[N|mfarrow]]
""",
)

note(
    "d17-29",
    "Kieran Whelan-Price",
    """
ED charge RN note - phone call from law enforcement
Officer [[N|Raymond Szabo]], badge [[ID|4471]], [[C|Brockton]] PD, called 02:10 asking for the status of the patient brought in as "John Doe 3", now identified as [[N|Kieran Whelan-Price]], DOB [[D|4/1/1999]]. Officer states pt was the driver of plate [[VEH|7KXR 218]], VIN [[VEH|2T1BURHE5JC048817]]; a license in his belongings reads [[LIC|S44920183]]. Officer asked for BAC. Informed officer no information can be released without patient authorization or a warrant and gave him the Patient Relations main line. Officer callback [[PH|508-555-0163]]. Charge RN [[N|D. Fontenot]]. Pt in trauma bay 2, GCS 13.
""",
)

note(
    "d17-30",
    "Mateus Ruiz-Calloway",
    """
PATIENT FINANCIAL SERVICES - call summary
Inbound from guarantor [[N|Anita Ruiz-Calloway]] about statement for son [[N|Mateus]] (DOS [[D|09/22/2023]]).
Verified: guarantor account [[ACCT|GA-00731558]], SSN last 4 [[SSN|4419]], address [[ADDR|5 Holloway Ct]], [[C|Fishers]] IN [[Z|46038-2214]].
Encounter [[ACCT|E771093412]]. Balance $1,284.16 after insurance. Caller disputes level 4 ED charge (99284); routed to coding review, ticket [[ID|CR-330917]].
Payment plan $107/mo x 12, first draft [[D|11/1]]. Caller prefers email: [[EM|anita.rc@homenet.example]].
Agent [[N|Joaquin]] (team 3)
""",
)

note(
    "d17-31",
    "Tran Thi My Linh",
    """
L&D TRIAGE PHONE CALL - over-the-phone interpreter (Vietnamese), interpreter [[N|Hanh]] ID [[ID|218834]]
RN: Please ask how many weeks she is.
INTERP: She says 34 weeks. The baby is due on [[D|the nineteenth]] of next month.
RN: Her name and date of birth please.
PT (via interp): My name is [[N|Tran Thi My Linh]]. [[N|T-R-A-N]]. Birthday [[D|eleven, twenty, ninety-four]].
RN: Thank you, chart [[MRN|OB-5521873]]. What is happening?
INTERP: She says water broke around 2 AM, clear fluid, contractions every 6 to 7 minutes. Her husband [[N|Quang]] is at work, she will take a taxi. Her phone is [[PH|714 555 0152]].
RN: Tell her to come to Labor and Delivery now, 4th floor, and bring her card.
INTERP: She says okay, 20 minutes.
""",
)

note(
    "d17-32",
    "Ida Marchetti",
    """
EMS RADIO REPORT (recorded, transcribed by base station)
Medic 12 to base, we're inbound with a [[A|ninety-seven]] year old female, [[N|Ida Marchetti]], that's [[N|M-A-R-C-H-E-T-T-I]], from her home on [[ADDR|Sawmill Road]] in [[C|Chester]], found by home aide [[N|Precious]] at 0815 with left-sided weakness and slurred speech, last known well 2200 last night. BP 188 over 96, heart rate 92 irregular, sat 94 on room air, glucose 131. Cincinnati scale positive. GCS 14. Her nephew [[N|Vittorio]] is the contact, he's following us in, his cell is [[PH|six one oh, five five five, oh one eight nine]]. ETA 11 minutes. Medic 12 out.
""",
)

note(
    "d17-33",
    "Margaret Gallagher",
    """
VIDEO VISIT TRANSCRIPT - Geriatrics, [[D|01/26/2024]]
GRANDSON: Hold on, I gotta unmute her. Okay Gran, say hi to Dr. [[N|Pillai]].
PATIENT: Hello, dear.
DR. [[N|PILLAI]]: Hello Mrs. [[N|Gallagher]]! Happy belated birthday, [[A|ninety-one]] on [[D|Friday]], right?
PATIENT: They made a fuss. [[N|Peggy]] baked.
GRANDSON: I'm [[N|Connor]], by the way, I'm her grandson, I do her pills on Sundays.
DR. [[N|PILLAI]]: Nice to meet you, [[N|Connor]]. Any falls since [[D|Christmas]]?
PATIENT: Just the one in the bathroom.
DR. [[N|PILLAI]]: Okay. I'll order PT to come to the house. Still [[ADDR|19 Kilkenny Way]]?
GRANDSON: Yes. And text me at [[PH|774-555-0110]] when it's set up.
""",
)

note(
    "d17-34",
    "Lukas Brandt",
    """
SBAR handoff, 5 West, 0700 (recorded for education, transcribed)
S: Room 512 bed B, Mr. [[N|Lukas Brandt]], armband MRN [[MRN|two two one, oh three, eight four]], 68, post-op day 2 sigmoid colectomy. Code status full.
B: Diverticulitis with abscess. Surgeon Dr. [[N|Nnamdi Ekwueme]]. Allergic to penicillin, hives.
A: Afebrile overnight, Tmax 37.9 at 2200. Pain 4 out of 10 on PCA hydromorphone 0.2 per dose, 11 attempts 9 injections. Foley out at 0500, needs to void by 1100. JP drain 40 mL serosanguinous.
R: Wife [[N|Greta]] calls every morning around 8 from her cell, [[PH|262-555-0171]], she's the contact. Chaplain asked to visit. Handoff from [[N|Ama]] RN to [[N|Josh T.]] RN.
""",
)

note(
    "d17-35",
    "Pearl Okoye",
    """
Spiritual care note (dictated by chaplain [[N|Felix Aranda]])
Visited Mrs. [[N|Pearl Okoye]] in room 318 at the request of her granddaughter [[N|Ifeoma]]. Mrs. [[N|Okoye]] is [[A|ninety-five]] and told me she was baptized in [[C|Onitsha]] and has sung in the choir at Holy Trinity for sixty years. She asked that her pastor, Reverend [[N|Obiora]], be called; I left a message at [[PH|713-555-0147]]. She is anxious about her surgery on [[D|the 21st]] and asked for communion beforehand. We prayed together. Plan: return [[D|Sunday]] after 2 p.m. with communion; granddaughter to bring her hymnal. Follow-up call from [[N|Ifeoma]] expected.
""",
)

note(
    "d17-36",
    "Rosalia Huerta",
    """
CRITICAL VALUE NOTIFICATION - phone log
[[D|3/7]] 0322 Lab ([[N|Tomasz]], MLS) called 4 East: potassium 6.8 mmol/L, hemolysis index 1 (not hemolyzed).
Patient (as read by lab): [[N|HUERTA]]^[[N|ROSALIA]]^[[N|M]], accession [[ID|C24067-0112]], MRN [[MRN|0098341]].
Read back and verified by [[N|A. Kinsella]], RN, two identifiers.
0326 Dr. [[N|Iwu]] notified by phone, orders: ECG now, calcium gluconate 1 g IV, insulin regular 10 units IV with D50, repeat BMP at 0500.
0331 ECG: peaked T waves, QRS 104 ms. Patient's daughter [[N|Lupita]] at bedside, updated.
""",
)

note(
    "d17-37",
    "Aiden Rusk",
    """
TELEPHONE ENCOUNTER
Caller: Mrs. [[N|Dalby]], school nurse at Pine Hollow Elementary, [[PH|802-555-0158]]
Re: [[N|Aiden Rusk]], DOB [[D|02/09/2015]], MRN [[MRN|P3301927]]
She reports [[N|Aiden]] was hit in the head with a kickball at recess today around 10:15, no LOC, now headache 5/10 and nauseous. His teacher Mr. [[N|Castellanos]] noticed he was "spacey." Mom [[N|Heather Rusk]] is at work in [[C|Montpelier]] and gave verbal permission to discuss; mom's cell [[PH|802-555-0102]].
Advised: send home with parent, monitor, no screens or sports, return precautions reviewed. Was he seen here [[D|Friday]]? No, that was his sister [[N|Maddie]].
[[N|K. Ostrowski]], RN
""",
)

note(
    "d17-38",
    "Wilhelmina Fontaine",
    """
PRE-ADMISSION TESTING - phone interview
Pt confirms name and DOB: "[[N|Wilhelmina Fontaine]], that's [[N|W-I-L-H-E-L-M-I-N-A]], [[D|December second, nineteen fifty]]."
Procedure: L total knee, Dr. [[N|Arnaud Bissette]], [[D|Thursday the 14th]]. Arrive 5:30 AM, 2nd floor surgical check-in.
NPO after midnight. Hold metformin day of surgery; take metoprolol 25 mg with a sip of water. Stop meloxicam 7 days prior.
Ride and overnight caregiver: neighbor [[N|Garrett Lyle]], [[PH|four oh one, five five five, zero one three six]].
Lives at [[ADDR|58 Sparrow Hill Rd]], [[C|Westerly]], RI [[Z|02891]], 3 steps to enter, rail on right.
Interviewer [[N|sdeluca]]
""",
)

note(
    "d17-39",
    "Hannelore Mueller",
    """
Medication reconciliation by phone - son reading bottles aloud
Son [[N|Dieter]] on the line ([[PH|651-555-0118]]). Patient [[N|Hannelore Mueller]], [[A|ninety]], at home.
Bottle 1: "[[N|HANNELORE MUELLER]], Rx [[ID|6628190]], Dr. [[N|J. Patel]], furosemide 40 mg, one tablet by mouth every morning, qty 30, 2 refills." Last filled [[D|8/30]].
Bottle 2: "Rx [[ID|6628204]], potassium chloride 10 mEq, take one daily." Son says she skips it, it's "a horse pill."
Bottle 3: "Donepezil 10 mg at bedtime, Dr. [[N|Marchand]]."
Card he reads: Medicare [[HP|7QW4-TN1-YK62]]. Son also reports OTC melatonin 3 mg and Tylenol PM some nights. Advised stop Tylenol PM (diphenhydramine). Pharmacist [[N|R. Aziz]] to call son back.
""",
)

note(
    "d17-40",
    "Yolanda Greer",
    """
letter dictation colon to whom it may concern comma new paragraph my patient comma [[N|Yolanda Greer]] comma date of birth [[D|April seventeenth nineteen eighty two]] comma medical record number [[MRN|nine one one four zero two six]] comma has been under my care since [[D|March of twenty nineteen]] for lupus nephritis period she receives infusions every four weeks and will need to miss work on those days period please allow her to work from home when possible period new paragraph if you have questions please contact me at [[EM|r dot halvorsen at northfield clinic dot example]] or by fax at [[FX|two one eight five five five zero one four four]] period sincerely comma [[N|Ragnhild Halvorsen]] comma MD comma nephrology period end letter
""",
)

note(
    "d17-41",
    "Desmond Achebe",
    """
VM transcription - HIM / release of information line, received [[D|10/03]] 2:14 PM
"Good afternoon, this is [[N|Priscilla Vance]], paralegal with Maddox and Ueda, we represent Mr. [[N|Desmond Achebe]], date of birth [[D|June 6, 1974]], in a personal injury matter, our file number [[ID|MU-2024-0581]]. Date of loss was [[D|August 3rd]] of last year, he was seen in your emergency department that night and then by Dr. [[N|Corliss]] in ortho. We faxed a signed authorization on [[D|the 25th]] and haven't received records. Please fax them to [[FX|(646) 555-0184]] or call my direct line at [[PH|(646) 555-0183, extension 212]]. Again that's [[N|Priscilla Vance]]. Thank you so much."
""",
)

note(
    "d17-42",
    "Eulalia Barros",
    """
SOCIAL WORK - phone contact with Adult Protective Services
Spoke with APS caseworker [[N|Deshawn Mercer]] ([[PH|559-555-0128]], [[EM|dmercer@aps.county.example]]), APS case [[ID|APS-24-07715]], regarding pt [[N|Eulalia Barros]], [[A|93]], admitted [[D|5/16]] with dehydration and stage 3 sacral wound.
Concern: nephew [[N|Rogelio]] is paid caregiver and has her bank card; neighbor reported pt alone for 2 days. Home address on referral: [[ADDR|2207 W Olive Ave]], [[C|Fresno]] [[Z|93728]].
APS will do a home visit [[D|Tuesday the 21st]]. Pt has capacity per psych consult (Dr. [[N|Tanaka-Reyes]]); she wants to return home with more help. Plan: family meeting, SNF list provided. SW [[N|Cora Lindqvist]], LCSW.
""",
)

note(
    "d17-43",
    "Nikolai Petrenko",
    """
CURBSIDE / PHONE CONSULT - nephrology
Caller: Dr. [[N|Sunita Rao]], hospitalist, 0945, re: [[N|Nikolai Petrenko]], 71 M, MRN [[MRN|77310042]].
She says: "Creatinine went from 1.1 on [[D|the sixth]] to 3.4 this morning, he got contrast on [[D|the seventh]] for a CT angio, and he's on lisinopril 40 and ibuprofen 800 three times a day from his ortho, Dr. [[N|Bellweather]]. Urine output about 25 an hour. Potassium 5.6. No edema."
Recommendations given by phone by [[N|Gideon Aalto]], MD: stop lisinopril and NSAIDs, IV fluids 75 mL/h, urine sodium and renal US, repeat BMP at 1600. Will see formally today. Call back at [[PH|412-555-0139]] (my cell) with the 1600 labs.
""",
)

note(
    "d17-44",
    "Floyd Haskins",
    """
DIALYSIS UNIT - transport phone log
0515: [[N|Floyd Haskins]] (chair 7, MWF 0600 shift) called, ride didn't come. Transport company dispatcher [[N|Leanne]] says van 14 broke down, next pickup 0700.
0520: Pt's son offered to drive him; son's car plate [[VEH|GHX-4471]], gray Camry, for the lot attendant. Son [[N|Floyd]] Jr., cell [[PH|(901) 555-0165]].
0610: Pt arrived, shifted to 0630 start. Pre-wt 84.6 kg (EDW 82.0), BP 172/90. Access: L AVF, good thrill.
Pt's Medicaid ID [[HP|TN00731188204]] reverified for transport benefit; request a new standing order for [[D|Monday]] through [[D|Friday the 28th]].
RN [[N|Oksana Vrabel]]
""",
)

note(
    "d17-45",
    "Maria Elena Castillo",
    """
SAFETY EVENT - near-miss, wrong patient call-back (written from phone recording)
Two patients named [[N|Maria Castillo]] on the same unit. Lab called [[D|9/14]] at 1115 with INR 5.2. Nurse [[N|Tamsin Greaves]] asked caller to spell: "[[N|C-A-S-T-I-L-L-O]], first name [[N|Maria]], [[N|Maria Elena]]", DOB read as "[[D|two, eleven, fifty-six]]". The patient in 6B, [[N|Maria L. Castillo]], has DOB [[D|2/11/1965]]; the one in 9B, [[N|Maria Elena Castillo]], DOB [[D|2/11/1956]], MRN [[MRN|55190437]]. Warfarin dose for 6B was nearly held in error. Caught on second identifier. Reported by [[N|T. Greaves]] RN to manager [[N|Solveig]].
""",
)

note(
    "d17-46",
    "Teodora Vasquez-Lund",
    """
ONCOLOGY TELEHEALTH - transcript excerpt ([[D|2024-02-27]], audio only, video failed)
DR. [[N|KIM-ASHFORD]]: [[N|Teodora]], it's Dr. [[N|Kim-Ashford]]. Is your husband with you?
PATIENT: Yes, [[N|Anders]] is here. We're on speaker.
HUSBAND: Hi doctor.
DR. [[N|KIM-ASHFORD]]: The scan from [[D|Friday]] shows the liver spots are smaller, about 30 percent. CEA is down to 6.2 from 41.
PATIENT: Oh thank God.
DR. [[N|KIM-ASHFORD]]: We'll keep FOLFOX, cycle 7 on [[D|March fifth]]. Nurse [[N|Ximena]] will call about the port flush.
HUSBAND: Can you send the report to our daughter? She's a nurse. [[EM|l.vasquezlund@carenet.example]].
DR. [[N|KIM-ASHFORD]]: With [[N|Teodora]]'s okay, yes.
PATIENT: Yes, send it to [[N|Liv]].
""",
)

note(
    "d17-47",
    "Horace Pennington",
    """
AUTOMATED POST-DISCHARGE CALL (IVR) - transcript [[D|2024-06-03T17:42:09-04:00]]
SYSTEM: Hello, this is an automated call from Riverbend Health for [[N|Horace Pennington]]. If this is [[N|Horace Pennington]], press or say 1.
RESPONSE: One.
SYSTEM: To verify, please say your date of birth.
RESPONSE: [[D|Nine, twenty-six, nineteen thirty-three]].
SYSTEM: Thank you. Since leaving the hospital on [[D|May thirty-first]], have you filled all your new prescriptions?
RESPONSE: No. The blood thinner.
SYSTEM: On a scale of zero to ten, how is your shortness of breath?
RESPONSE: Four.
SYSTEM: A nurse will call you at the number ending [[PH|0172]] within one business day. Goodbye.
FLAGGED: missed apixaban fill, age [[A|90]]. Routed to TCM RN queue, task [[ID|TCM-882031]].
""",
)

note(
    "d17-48",
    "Gloria Ambrose",
    """
Voicemail (transcribed) to cardiology nurse line, [[D|Tues 11/12]] 8:03 AM
"Hi, it's [[N|Gloria Ambrose]], I'm a patient of doctor [[N|Ferrante]]'s, birthday [[D|one twenty-two fifty]], my chart number is [[MRN|C as in cat, four oh nine, one one seven]]. I'm calling because my weight went up. It was one sixty-two on [[D|Sunday]] and this morning it's one sixty-seven, so that's five pounds in two days. My ankles are puffy. I took the extra forty of Lasix like she said, at seven. Blood pressure was one forty-eight over eighty-six, pulse seventy-two. I'm on two liters of oxygen at night. I have my appointment [[D|the eighteenth]] at ten thirty but I don't know if I should wait. You can call me at [[PH|three oh three, five five five, oh one three one]]. Thank you, bye."
""",
)

note(
    "d17-49",
    "Elias Thornbury",
    """
MEDICAL EXAMINER NOTIFICATION - phone record
[[D|1/19/2024]] 0452. Called ME office, spoke with investigator [[N|Renata Okafor-Bell]]. ME case number assigned [[ID|ME24-00163]].
Decedent: [[N|Elias Thornbury]], [[A|104]], DOB [[D|05/12/1919]], MRN [[MRN|10004417]]. Pronounced 0431 by Dr. [[N|Fenwick]] after fall at home [[D|1/17]] with hip fracture and subdural.
Investigator asked for next of kin: great-niece [[N|Odette Thornbury-Sims]], [[PH|207-555-0120]], address [[ADDR|9 Fogg Island Rd]], [[C|Harpswell]] [[Z|04079]].
ME accepts jurisdiction (fall). Body to ME; no autopsy decision yet. Family notified 0510 by [[N|Hollis]], RN.
""",
)

note(
    "d17-50",
    "Donor referral",
    """
ORGAN PROCUREMENT ORGANIZATION - referral call transcript
OPO: Donor services, this is [[N|Kellan]].
RN: Hi, this is [[N|Abigail]] in the neuro ICU at St. Aldric's, calling a referral. Ventilated patient, GCS 3, off sedation since 0600.
OPO: Patient name and date of birth?
RN: [[N|Tobiah Crane]], [[N|C-R-A-N-E]], [[D|oh four, one nine, eighty-eight]]. MRN [[MRN|A8831027]].
OPO: Thank you. Referral number is [[ID|R as in Romeo, two four, zero five, five one six]]. Height and weight?
RN: 183 centimeters, 91 kilos. ABO O positive.
OPO: Family?
RN: Wife [[N|Simone]], she's here. And his brother [[N|Callum]] is flying in from [[C|Halifax]], lands around nine.
OPO: Coordinator [[N|Briony Ashe]] will be on site in 90 minutes.
""",
)

note(
    "d17-51",
    "Hodan Warsame",
    """
PEDIATRIC VIDEO VISIT with Somali interpreter - transcript
Interpreter on line: [[N|Abdirahman]], interpreter ID [[ID|SOM-3317]].
DR. [[N|LEHTINEN]]: Please confirm the child's name and birthday.
INTERPRETER: Mother says [[N|Hodan Warsame]], born [[D|the tenth of Ramadan]]... she is checking the paper... [[D|April 12, 2021]].
DR. [[N|LEHTINEN]]: Thank you. What's the concern today?
INTERPRETER: Rash on both legs for four days, small red spots, and belly pain. Yesterday knee swelling.
DR. [[N|LEHTINEN]]: Any blood in the urine? Let me see the legs on camera.
INTERPRETER: No blood she has seen. The father, [[N|Abdi Warsame]], will bring her in.
DR. [[N|LEHTINEN]]: I'd like a urine test today. Is the family still living in [[C|Cedar-Riverside]]?
INTERPRETER: Yes, same building. DR. [[N|LEHTINEN]]: Then the lab downstairs; MRN [[MRN|60077124]] is on the order.
""",
)

note(
    "d17-52",
    "Reginald Okafor",
    """
Caregiver voice message via clinic app (speech to text), [[D|Sat 8/17]] 21:10
from: [[N|Mavis Okafor]] <[[EM|mavis.okafor1958@mail.example]]> (wife)
"Good evening nurse this is [[N|Mavis]]. [[N|Reggie]]'s sugar was four hundred and twelve at supper, he ate a piece of cake at our granddaughter [[N|Zuri]]'s party, I know. I gave him the twelve units of the Humalog plus four extra like the sliding scale says. He feels fine. Recheck at ten was two eighty-eight. Should I wake him at two to check. Also doctor [[N|Abiodun]] wanted his Lantus changed to twenty-eight units on [[D|the first]] and I am not sure if that means [[D|September first]]. Our house number is [[PH|three one four five five five oh one four four]]. Thank you and God bless."
""",
)

note(
    "d17-53",
    "Percival Dunmore",
    """
IT SERVICE DESK - patient portal lockout (call summary)
Caller: [[N|Percival Dunmore]], identity verified with DOB [[D|03/03/1944]] and last 4 SSN [[SSN|2271]].
Portal username: [[N|pdunmore44]]. Email on file read back letter by letter: "[[EM|P-D-U-N-M-O-R-E at seashell dot example]]" - confirmed [[EM|pdunmore@seashell.example]].
Reset link sent: [[URL|https://mychart.harborview-health.example/reset?uid=88310472&tok=Qm7zX2]]
Caller also asked to add daughter [[N|Ophelia Dunmore-Price]] as proxy; sent proxy form to [[ADDR|PO Box 318]], [[C|Chatham]], MA [[Z|02633]].
Caller could not log in from his tablet; last failed login from [[IP|66.18.240.7]]. Closed by [[N|kbarnaby]], ticket [[ID|INC0447192]].
""",
)

note(
    "d17-54",
    "Quentin Arbogast",
    """
TELEPSYCHIATRY - intake transcript (excerpt), [[D|July 8]]
DR. [[N|EZEKWESILI]]: Before we start, who's that in the background?
PATIENT: That's Biscuit, my dog. He's my emotional support animal. Sorry, he barks at the mailman.
DR. [[N|EZEKWESILI]]: No problem. Can you tell me your full name and date of birth?
PATIENT: [[N|Quentin Arbogast]]. [[D|Ten thirty-one, ninety-two]]. [[D|Halloween]] baby.
DR. [[N|EZEKWESILI]]: And who else is in your support system?
PATIENT: My roommate [[N|Ezra]], and my AA sponsor, [[N|Dwight]]. I've been sober since [[D|February]], nine months... wait, five.
DR. [[N|EZEKWESILI]]: That's great. Any recent hospitalizations?
PATIENT: [[C|Tacoma]], at the behavioral health place, last [[D|New Year's]].
""",
)

note(
    "d17-55",
    "Sofia Bianchi-Moreau",
    """
URGENT CARE - visit transcript (ambient scribe draft, unedited)
PROVIDER: Hi, I'm [[N|Nadia]], one of the PAs. Who do we have here?
DAD: This is [[N|Sofia]], she's six. I'm [[N|Luc Moreau]], her dad.
PROVIDER: Hi [[N|Sofia]]! What happened?
DAD: She fell off the monkey bars at recess, her teacher Ms. [[N|Abernethy]] called me at eleven. She landed on the arm.
[[N|SOFIA]]: It hurts here.
PROVIDER: Okay. Any numbness? Can you wiggle your fingers? Good. Her date of birth for the X-ray order?
DAD: [[D|October twelfth]], 2017.
PROVIDER: And the insurance card, I'll need the member number.
DAD: It's [[HP|ZHP 771 049 2215]], under her mom, [[N|Giulia Bianchi]].
PROVIDER: Perfect. Address?
DAD: Card still says [[ADDR|144 rue Belvedere Nord]], [[C|Sherbrooke]], [[Z|J1H 4B7]]; we moved here in [[D|June]].
PROVIDER: Okay. We'll get a forearm series.
""",
)

note(
    "d17-56",
    "Cornelius Drummond",
    """
*** TRANSCRIBED DICTATION - LEGACY SYSTEM - ALL CAPS ***
HISTORY AND PHYSICAL. PATIENT [[N|DRUMMOND, CORNELIUS]]. MR NUMBER [[MRN|0 4 4 1 7 7 2]]. ADMIT DATE [[D|FEBRUARY 2ND]].
HPI: THIS IS A [[A|NINETY-EIGHT]] YEAR OLD RETIRED MACHINIST FROM [[C|WOONSOCKET]] SENT FROM HIS ASSISTED LIVING WITH FEVER 102.3 AND CONFUSION X 2 DAYS. HIS NIECE [[N|BERNICE]] REPORTS HE WAS LAST AT BASELINE [[D|SUPER BOWL SUNDAY]].
PMH: CHF (EF 35 PERCENT), CKD 3B, BPH WITH CHRONIC FOLEY, PACEMAKER 2016.
EXAM: T 38.9, HR 104, BP 98/56, SAT 93 PERCENT 2 L.
PLAN: UROSEPSIS. CULTURES, CEFTRIAXONE 1 GM, GENTLE FLUIDS 500 ML. CODE STATUS DNR/DNI PER MOLST SIGNED WITH DR. [[N|ESPINOZA]] [[D|11/29/2022]].
DICTATED BY [[N|HALVERSON, ERIK]] MD. JOB [[ID|77-31902]]. DT [[D|02/02]] 23:10 TT [[D|02/03]] 06:44 [[N|RLM]]
""",
)

note(
    "d17-57",
    "Maeve Lundgren",
    """
VRI SESSION LOG - ASL (deaf patient), ED room 22
Interpreter: [[N|Tobin Rhys]], CI/CT, agent #[[ID|50218]], connected 15:02 [[D|Apr 2]].
Note from interpreter at start: patient signs her name as [[N|M-A-E-V-E]], name sign given; surname fingerspelled [[N|L-U-N-D-G-R-E-N]].
Summary of signed history (interpreted): chest tightness since lunch, worse on stairs; her wife [[N|Renée]] is deaf too and is parking. Prefers texts to [[PH|(207) 555-0153]]; video relay for calls. Lives [[ADDR|41 Brackett St, Apt 2R]], [[C|Portland]] ME [[Z|04102]].
Troponin 0.02 ng/mL, ECG sinus 78, no ST changes. HEART score 3. Plan discussed via VRI; pt agreeable.
Connection lost 15:37, reconnected 15:39 with interpreter [[N|J. Amari]], agent #[[ID|50774]].
""",
)

note(
    "d17-58",
    "Rashida Carmichael",
    """
TELEHEALTH PLATFORM - session audit (exported for chart)
Visit [[ID|VV-2024-118734]] | provider [[N|aosterberg]] ([[N|Astrid Osterberg]], NP) | patient [[N|Rashida Carmichael]], MRN [[MRN|RC-0931177]]
Invite sent [[D|2024-09-10]] 08:55 to [[PH|+1 (470) 555-0196]] via SMS: [[URL|https://visit.medconnect.example/join/VV-2024-118734?p=rc0931177&k=7fe2a9]]
Patient joined 09:01:44 from [[IP|98.212.60.14]] (Chrome/Android), provider joined 09:02:10 from [[IP|172.16.40.21]] host tele-ws-07.
Audio quality poor, 3 reconnects. Patient used dial-in fallback at 09:09 from [[PH|470-555-0197]] (her work line).
Session ended 09:24:51, duration 00:23:07. Help article sent: https://medconnect.example/help/audio
""",
)

note(
    "d17-59",
    "Bao Tran",
    """
NURSE ADVICE LINE - call summary + SMS follow-up
Call [[ID|NAL-7760214]] [[D|Sun 12/1]] 19:48, RN [[N|Wren Castellanos]].
Caller [[N|Bao Tran]], 34 M, "vomiting since the turkey," 6 episodes since [[D|Thanksgiving]] dinner, tolerating sips, voiding. No blood. Roommate [[N|Felipe]] also ill.
Disposition: home care, ORS, return precautions. Callback if worse: [[PH|(206) 555-0111]].
SMS sent 19:59: "Hi [[N|Bao]], here's your care advice from tonight: [[URL|https://advice.nurseline.example/r/NAL-7760214?dob=0219&n=btran]] Reply STOP to opt out."
Pt has e-visit credit on plan [[HP|PNW-330719-02]]; told him he can book online for [[D|Monday 12/2]].
""",
)

note(
    "d17-60",
    "Lorraine Oxley",
    """
history and physical period new paragraph this is a [[A|ninety one]] year old woman referred by doctor [[N|bats]] comma correction doctor [[N|Batts]] [[N|B-A-T-T-S]] comma for dizziness period she lives with her son [[N|Dale]] at [[ADDR|three forty Wicklow Drive]] comma [[C|Mount Airy]] comma zip [[Z|two seven oh three oh]] period new paragraph she was seen at an outside urgent care on [[D|the second]] where her potassium was 3.1 and she got 40 milliequivalents period blood pressure today 104 over 60 sitting comma 86 over 50 standing period new paragraph plan colon hold hydrochlorothiazide comma orthostatic precautions comma recheck BMP in one week period patient's name for the record is [[N|Lorraine Oxley]] [[N|O-X-L-E-Y]] date of birth [[D|one nine thirty three]] scratch that [[D|one nine nineteen thirty three]] period
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
