#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_dev10.jsonl.

Development set 10: spoken and quoted language.  The notes are transcripts and
summaries of talk -- family meetings and goals-of-care conversations, psychiatric
and social-work interviews, voicemail transcriptions, interpreter-mediated
visits, 911 dispatch and crisis-line records, ambient-scribe drafts, radio
reports and text-message threads.  Patients and relatives are quoted in their
own words, so ages over 89 are often said aloud or spelled out ("ninety-four"),
dates are spoken ("the twelfth of March", "last Tuesday the 4th") or given in
Spanish, French or German, phone numbers are read out digit by digit, and
people are named by everyday words (Faith, Hope, Will, Per, Page, Rose, Bill,
Sunny), by nicknames, or sign with a single initial ("thx - S").  Many of those
same words also appear in their ordinary sense and must stay unmarked.

Annotation conventions (HIPAA Safe Harbor):
* NAME covers every person -- patients, relatives, friends, caregivers, staff,
  interpreters, dispatchers -- in any casing, as nicknames, as initials that
  stand for a person, as log-in names and as online handles.  Courtesy titles
  (Dr., Mr., Sra.) and credentials (MD, RN) are left outside the span, and so is
  the "@" in front of a handle.  Kinship words and pets' names are not names;
  neither are names embedded in facility or company names, eponyms (Foley,
  Parkinson's) or celebrities.
* DATE covers any date element finer than a year: full dates, month and day,
  month and year, a month on its own, spoken dates in any language, and a
  weekday or holiday that pins down when something happened.  Bare years,
  clock times, durations, ages of 89 or less and recurring schedules ("on
  Tuesdays") are left alone.
* AGE is marked only above 89, number or words alone ("[[A|93]] y/o",
  "in her [[A|90s]]", "[[A|ninety-four]]").
* PHONE and FAX take the whole number including any extension; EMAIL, URL
  (patient-specific links and portal addresses) and IP are marked whole.
* SSN, MRN, HEALTH_PLAN (member, subscriber and group numbers), ACCOUNT
  (billing, bank, encounter accounts), LICENSE (driver's, professional, DEA),
  VEHICLE (plates, VINs) and DEVICE (serial numbers) each get their own
  category; ID takes every other number or code that points at a person or
  record (case, claim, incident, accession, badge, NPI, study, passport and
  interpreter numbers).
* ADDRESS is the street line (number, street, unit, PO box); CITY takes cities,
  towns and neighbourhoods; ZIP takes ZIP and foreign postal codes.  States and
  countries are not marked.
* Facility, agency and company names, drugs, device models, lot numbers,
  scores, lab values, room and bed numbers and bare years are never marked.  A
  town that is marked elsewhere but also sits inside a facility name goes in
  the note's allow tuple, as do everyday words that double as a marked name.

Stdlib only.  Run: python bench/data/make_deid_dev10.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_dev10.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "d10-01",
    "Harriet Okonkwo-Pell",
    """
FAMILY MEETING NOTE - MICU, Rm 14
Date of meeting: [[D|10/22/2024]]   Pt: [[N|Harriet Okonkwo-Pell]]   MRN [[MRN|00482913]]
Present: daughter [[N|Faith]] (HCP), son [[N|Will]], a granddaughter by speaker phone, Dr. [[N|Vasquez]] (MICU attending), bedside RN, chaplain.
Summary: We reviewed that Mrs. [[N|Okonkwo-Pell]] has not improved since intubation on the [[D|14th]]. [[N|Faith]] said, "Mama told us at [[D|Easter]] she never wanted a machine breathing for her." [[N|Will]] asked whether she will ever wake up; the MRI findings were explained in plain language. The family's faith is central to them and they asked the chaplain to pray with them at bedside.
Decision: transition to comfort-focused care on [[D|Thursday]] once her sister arrives from [[C|Macon]]. DNR/DNI order entered. Next update to [[N|Faith]] at [[PH|404-555-0117]] (cell).
""",
    allow=("Faith", "Will"),
)

note(
    "d10-02",
    "Per Amundsen-Teague",
    """
TELEPHONE ENCOUNTER - voicemail (auto-transcribed), left 7:42 AM
"Hi, this is [[N|Rose]], um, [[N|Rose Amundsen-Teague]], calling for my husband [[N|Per]], date of birth [[D|nine eleven thirty-one]], he's [[A|ninety-three]]. His sugar rose again last night, two-eighty something. Dr. [[N|Hollis]] said call if it's over two-fifty. We're at [[ADDR|88 Linden Court]] in [[C|Stillwater]]. Call me at [[PH|six five one, five five five, zero one four eight]]. Thanks, bye."
Routed to RN pool. Callback 8:15 AM by [[N|mkessler]]: spoke with [[N|Rose]]; [[N|Per]] on glipizide 5 mg BID, ate pie at a church supper. Per Dr. [[N|Hollis]]'s standing protocol, advised recheck FSBS before lunch, hold evening dose if < 100. [[N|Rose]] verbalized understanding.
""",
    allow=("Rose", "Per"),
)

note(
    "d10-03",
    "Earl Pryor",
    """
CAD INCIDENT [[ID|24-118807]]   PRI 1   MEDICAL - BREATHING PROBLEMS
Rcvd 02:13:07 [[D|SAT 03/09]]   ANI/ALI [[PH|(206) 555-0139]]   LOC [[ADDR|4410 RAINIER AVE S APT 2B]], [[C|SEATTLE]] [[Z|98118]]
CT: 911, what is the address of your emergency?
C: my grandpa's not breathing right, he's like, he's [[A|91]]
CT: okay what's your name sir
C: [[N|Deshawn]]. [[N|Deshawn Pryor]]. his name is [[N|Earl]], [[N|Earl Pryor]]
CT: is [[N|Earl]] awake
C: [[N|EARL]]! no he's snoring real loud and he won't answer
CT: okay, help is on the way. is he on any oxygen
C: he got a machine from Lincare, it's beeping
CT: is there a gate code
C: pound 4471 then it says [[N|Pryor]]
CT: [[N|KJ]] (#[[ID|3318]])  M14 / E28 enroute 02:14, on scene 02:21
""",
)

note(
    "d10-04",
    "Sunniva Haugland",
    """
CRISIS LINE CONTACT NOTE   Contact ID [[ID|CL-0093114]]   Line: 988 (text -> voice)
Counselor: [[N|Ngozi A.]] (login [[N|nadeyemi]])
Texter first gave her name as "[[N|Sunny]]", later full name [[N|Sunniva Haugland]], 19. In her words: "my mom thinks I'm fine bc I'm always so sunny lol." Reported taking "like 20" of roommate [[N|Kayla]]'s sertraline 50 mg around 11 pm. Carrier location: near [[ADDR|1200 Oak Bluff Dr]], [[C|Ames]], IA [[Z|50014]]. Callback [[PH|515-555-0176]].
Texter would not engage in safety planning; warm transfer to county dispatch 11:52 pm [[D|Wed 11/6]], dispatch incident [[ID|24-44718]].
Follow-up text sent [[D|11/7]] 10:04 am: "hi it's [[N|Ngozi]] from the line, just checking in."
Reply: "im at mary greeley, they're keeping me for a bit. thx for not giving up on me - [[N|S]]"
""",
    allow=("Sunny",),
)

note(
    "d10-05",
    "Refugio Castaneda Lira",
    """
Interpreter-mediated visit - Spanish, video interpreter [[N|Milagros]] (ID [[ID|CLI-40817]]).
Pt [[N|Refugio Castañeda Lira]], 67 M, accompanied by daughter [[N|Lupita]].
Pt (via interpreter): "The pain started el [[D|doce de marzo]], the day of my granddaughter's baptism. Since then I can't walk to the tienda."
Daughter (English): "He means [[D|March 12th]]. He uses a cane now, the one from the Lions Club."
Pt asked whether "el doctor [[N|Fuentes]]" was still here; explained Dr. [[N|Fuentes]] retired in 2022.
Meds: metformin 1000 mg BID, lisinopril 20 mg. PHQ-2 = 1. Straight-leg raise neg bilat.
Plan: XR L-spine, PT referral, naproxen 500 mg BID x 7 d with food.
Daughter's cell [[PH|915-555-0108]] (prefers text). Address unchanged: [[ADDR|2215 Calle Ochoa]], [[C|Socorro]], TX [[Z|79927]].
RTC [[D|viernes 5 de abril]] with Dr. [[N|Ayala]]; daughter repeated the date back in both languages.
""",
)

note(
    "d10-06",
    "Nguyen Thi Hoa",
    """
TELEPHONE NOTE - Vietnamese interpreter [[N|Thanh]] #[[ID|218744]] (language line)
Spoke with pt's son [[N|Bao Tran]] ("everybody calls me [[N|Bobby]]") about his mother [[N|Nguyen Thi Hoa]], [[A|92]].
Son: "Ma says she is [[A|ninety-two]] but back home you count from before birth, so on paper she's [[A|ninety-one]]." Chart DOB [[D|01/01/1933]]; son explains many elders were assigned [[D|Jan 1]] at resettlement.
Ma reports via son: dizziness x3 days, worse when standing, fell once [[D|Sunday]] in the bathroom, no head strike.
Son asks that all calls go to him at [[PH|714-555-0183]], not the home line [[PH|714-555-0120]], as "Ma will not pick up for strangers."
Plan: orthostatics at home visit tomorrow, hold amlodipine pending BP log. [[N|Bobby]] agreed.
-- RN, Community Care Team
""",
)

note(
    "d10-07",
    "Giovanna Russo",
    """
MyChart message thread  (pt portal user: [[N|grusso1948]])
[[D|Mon 2/3]] 9:12 PM  Pt: Hi Dr [[N|Page]], the water pill makes me go all night. Can I take it in the morning instead? Also the refill went to the old Walgreens on Route 9. - [[N|G.R.]]
[[D|Tue 2/4]] 11:47 AM  Dr. [[N|Page]]: Yes, take furosemide 20 mg in the morning. See page 2 of your AVS for the low-salt list. I sent the refill to the CVS you listed. - [[N|JP]]
[[D|Tue 2/4]] 12:05 PM  Pt: thank you!! my daughter [[N|Carla]] will pick it up. her number if needed [[PH|845-555-0131]]
[[D|Wed 2/5]] 7:58 AM  Pt: slept thru the night first time since [[D|Christmas]]. thx - [[N|G]]
""",
    allow=("Page",),
)

note(
    "d10-08",
    "Lorraine Beaudry",
    """
HOSPICE ADMISSION - psychosocial (home visit)
Pt [[N|Lorraine Beaudry]], [[A|93]] y/o, metastatic breast ca. Lives alone at [[ADDR|17 Quarry Hill Rd]], [[C|Barre]], VT [[Z|05641]]. MRN [[MRN|HSP-20417]].
In her own words: "At [[A|93]] I've had a good run. I buried two husbands and a son. I just want to see the lilacs once more - they come in around [[D|Memorial Day]]."
She asked that her neighbor [[N|Dot]] ([[N|Dorothy Gagne]], [[PH|802-555-0155]]) be called first, "because my nephew [[N|Gilles]] lives in [[C|Trois-Rivières]] and can't get here quick."
She says her birthday is "the [[D|Ides of March]], same as Caesar," and she hopes to make it to [[A|94]].
Dog (Biscuit) to go to the neighbor. Funeral home: Hooker-Whitcomb. Medicare [[HP|7YK2-TE4-MN81]].
SW: [[N|Marisol Ebanks]], LICSW, lic. [[LIC|089.0113294]]
""",
)

note(
    "d10-09",
    "Thaddeus Mbeki-Olsen",
    """
GOALS OF CARE CONVERSATION (palliative consult, 5 West)
Pt: [[N|Thaddeus Mbeki-Olsen]] ("[[N|Tad]]"), 78. Participants: pt, wife [[N|Hope]], daughter [[N|Sunny]] (phone), Dr. [[N|Rahimi]], [[N|Per Lindahl]] NP.
Pt: "I'm not afraid. I hope I make it to my grandson's graduation on the [[D|twenty-first of June]], that's all."
[[N|Hope]]: "He keeps saying that. We've been married since [[D|Valentine's Day 1969]] and he's never once given up on anything."
[[N|Sunny]] asked about the feeding tube; [[N|Per]] explained risks, including aspiration despite the PEG. Per family, [[N|Tad]] would not want CPR.
Summary: DNR, continue antibiotics, no PEG, no return to ICU. Hope for home with hospice if bed available. [[N|Hope]]'s cell [[PH|763-555-0111]]; [[N|Sunny]] email [[EM|sunny.mbeki@fastmail.com]].
""",
    allow=("Hope", "Per", "Sunny"),
)

note(
    "d10-10",
    "Wilhelmina Stroud",
    """
NURSE TRIAGE CALL   [[D|12/26/24]] 06:40   Line: after-hours
Caller: [[N|Bill]] (son-in-law), re: pt [[N|Wilhelmina]] "[[N|Billie]]" [[N|Stroud]], [[A|96]], DOB [[D|07/30/1928]], MRN [[MRN|3390-1172]].
Caller states: "She was fine [[D|Christmas Eve]], ate a full plate, then yesterday she didn't know who [[N|Bill]] was. That's me. She called me [[N|Walter]] - that was her brother, he's been gone since the seventies."
Caller also mentions "the bill from the ambulance last month" - referred to billing, acct [[ACCT|88120-44731]].
Sx: new confusion x 24 h, low-grade temp 100.2, foul urine per caller. No falls. On donepezil.
Disposition: ED within 4 h (Schmitt-Thompson protocol: Confusion - Adult). Caller will drive her to [[C|Hagerstown]]; declines EMS.
Caller # [[PH|301-555-0192]]. Triage RN signed.
""",
    allow=("Bill",),
)

note(
    "d10-11",
    "Augustine Pelletier",
    """
[AMBIENT SCRIBE DRAFT - not yet reviewed by clinician]
Encounter [[ACCT|E-7741902]] | Speakers: Clinician, Patient, Other (granddaughter)
Clinician: So what brings you in today, Mr. [[N|Pelletier]]?
Patient: Well, my ticker. I'll be [[A|ninety-one]] on the [[D|Fourth of July]], born the same day as the fireworks, and it's been fluttering since, oh, [[D|Labor Day]].
Other: Since before that, Pépère. You told me at the lake in [[D|August]].
Patient: [[N|Jolie]] remembers everything. She keeps my pills.
Clinician: Any chest pain? Fainting?
Patient: Nope. Just tired. I still drive to the VFW on Fridays.
Clinician: We'll put a Zio patch on you for two weeks.
[Scribe summary] [[A|90]] y/o M w/ palpitations since late summer, no syncope. Plan 14-day ambulatory monitor (Zio XT), TSH, BMP. Granddaughter [[N|Jolie Pelletier]] contact [[PH|207-555-0105]].
""",
)

note(
    "d10-12",
    "Constance Oyelaran",
    """
SPIRITUAL CARE NOTE   [[D|Sun 4/20/25]]   Chaplain Rev. [[N|Faith Adebayo-Kline]]
Visited pt [[N|Constance Oyelaran]] ([[N|Connie]]), [[A|97]], at request of RN [[N|Hope]] on 6 North. Pt awake, oriented, wanted to talk about [[D|Easter]] "because today's the day, isn't it?" Pt was raised AME and says her faith "has carried me through [[A|ninety-seven]] years and two pandemics." She sang a verse of "Blessed Assurance." She asked that her pastor, Rev. [[N|Lucius Grant]] of Mt. Olive, be called at [[PH|504-555-0178]]; left VM. She spoke of her late husband [[N|Clarence]] and of her hope to be buried beside him in [[C|Gentilly]].
Plan: f/u [[D|Tues]]. Will bring large-print Psalms. -[[N|FAK]]
""",
    allow=("Faith", "Hope"),
)

note(
    "d10-13",
    "Mateo Ibarra",
    """
POISON CENTER - CALL RECORD   Case # [[ID|PC25-061337]]
Time 19:22  Caller relation: mother   Caller name: [[N|Yesenia]] (declined last name)   Ph [[PH|480-555-0164]]
Pt: [[N|Mateo]], 2 y 3 m, ~13 kg. Caller: "He got into my mother-in-law's purse, she's visiting from [[C|Hermosillo]], and there's a pill bottle open, it says amlodipine 10. I don't know how many. Maybe two?"
Exposure: amlodipine 10 mg, unknown qty (max 2 tabs), ~19:05.
Rec: ED referral - CCB ingestion in toddler, any amount. Caller agrees to go to Phoenix Children's; SPI called ahead at 19:31, spoke w/ charge RN [[N|Dre]].
F/u 21:40: per ED, HR 118, BP 88/50, glucose 162; admitted for 24 h obs. F/u [[D|6/2]] 10:15 with mother - child discharged, "running around like nothing happened."
SPI: [[N|ctrujillo]]   Zip of exposure: [[Z|85008]]
""",
)

note(
    "d10-14",
    "Wendell Haakonsen",
    """
PHARMACY - PRESCRIBER CALLBACK LOG
[[D|Thu 9/12]] 14:05 - RPh [[N|Amara Lindqvist-Osei]] (lic. [[LIC|RPH-0048821]]) called Dr. [[N|Hart]]'s office ([[PH|612-555-0187]], fax [[FX|612-555-0188]]) re: pt [[N|Wendell Haakonsen]], DOB [[D|3-Mar-1940]].
Issue: oxycodone 5 mg #90 written, pt states "doc said thirty, not ninety, I don't want that many in the house with my grandson around."
Spoke with nurse [[N|Penny]]: verbal clarification qty 30. Prescriber DEA [[LIC|BH4417296]], NPI [[ID|1558302946]].
Rx # [[ID|6620183]] corrected; PDMP checked, no concerns. Pt picked up 16:20; counseled on naloxone, accepted Narcan 4 mg kit.
Pt's last words at counter: "Tell [[N|Penny]] thanks, she's a peach."
""",
)

note(
    "d10-15",
    "Ezekiel Dunmore",
    """
PSYCHIATRY ED CONSULT - collateral & interview
ID: [[N|Ezekiel Dunmore]], 34, MRN [[MRN|E0092714]], BIB [[C|Lowell]] PD under Section 12.
Pt, quoted: "I'm not crazy, the TV started talking to me the night of the [[D|Super Bowl]] and it hasn't stopped. It told me [[N|Zeke]] has to guard the reservoir." (refers to himself in third person)
Collateral: roommate [[N|Jaylen Okafor]] ([[PH|978-555-0146]]): "He hasn't slept since like the [[D|8th]]. He quit his Risperdal around [[D|New Year's]]. He keeps saying a guy named [[N|Gabriel]] at the shelter put a chip in his phone."
Pt has a Reddit account he says is "being monitored" - username u/[[N|zeke_on_watch]]; denies posting threats.
Dx impression: schizophrenia, acute exacerbation in setting of nonadherence. Plan: admit to inpatient psych, restart risperidone 2 mg qHS.
""",
)

note(
    "d10-16",
    "Mildred Eckersley",
    """
ADULT PROTECTIVE SERVICES - REPORTER INTAKE (excerpt released to hospital SW)
APS Report # [[ID|APS-2025-004471]]   Intake: hotline
Alleged victim: [[N|Mildred Eckersley]], [[A|94]]. Address: [[ADDR|5 Tamarack Ln, Unit C]], [[C|Bemidji]] MN [[Z|56601]].
Alleged perpetrator: grandson, known as "[[N|Skip]]" ([[N|Randall Eckersley Jr]]).
Reporter (bank teller, [[N|Marguerite]]) states: "She came in last [[D|Friday the 14th]] with him and he had her sign over the CD. She whispered, 'I'm [[A|ninety-four]], I don't know what I'm signing, honey.'"
Account involved: Lakeland Credit Union acct [[ACCT|0047-218833-01]].
Pt's SSN on file [[SSN|904-22-7718]]; Medicaid ID [[HP|MN20881734]].
Worker's note: pt's hearing aids "lost" since [[D|March]]. Face-to-face visit scheduled.
""",
)

note(
    "d10-17",
    "Aurelie Nkemelu",
    """
ED NOTE - French-speaking patient, in-person interpreter [[N|Jean-Baptiste]] (staff, badge [[ID|40218]])
Pt [[N|Aurélie Nkemelu]], 41 F, visiting from [[C|Douala]], Cameroon; staying with cousin at [[ADDR|310 Rue Dumas Apt 6]], [[C|Montréal]] QC [[Z|H3N 1S2]], drove down for a wedding.
Pt: "J'ai de la fièvre depuis le [[D|3 mai]]... depuis le vol." Interpreter: fever since [[D|May 3rd]], since the flight.
Travel: no malaria prophylaxis; last in Cameroon [[D|avril]]. Passport no. [[ID|AA4471920]] (for billing/self-pay).
Thick/thin smear ordered STAT: P. falciparum, 2.1% parasitemia. Started IV artesunate per CDC.
Cousin [[N|Ngozika]] at bedside, phone [[PH|+1 514 555 0193]]. Pt asks us to email results to her GP: [[EM|dr.mbarga.cabinet@orange.cm]].
""",
)

note(
    "d10-18",
    "Klaus-Dieter Wendt",
    """
URGENT CARE - interpreted by pt's daughter (German)
Pt: [[N|Klaus-Dieter Wendt]], 72, tourist from [[C|Freiburg]] ([[Z|79098]]), Germany. Cruise ship pax; ship's physician Dr. med. [[N|Sabine Kröll]] sent letter.
Daughter [[N|Anke]] translating: "He says the swelling began am [[D|14. Februar]], on the plane - [[D|Valentinstag]], so the [[D|14th]] - and he did not tell anyone until yesterday."
L calf 4 cm > R, tender. Wells 3. Duplex: occlusive DVT L popliteal.
Rx: apixaban 10 mg BID x 7 d then 5 mg BID. Travel insurance: Allianz policy [[HP|AZ-DE-77104882]], claim ref [[ID|CLM-55310-B]].
Daughter's mobile: [[PH|+49 761 5550 1424]]. Ship departs [[C|Galveston]] [[D|Sunday]]; cleared to fly after 72 h on anticoagulation per ship MD.
""",
)

note(
    "d10-19",
    "Beatrix Hollingsworth",
    """
ANSWERING SERVICE - MESSAGES FOR DR. [[N|OYELOWO]] (ON CALL)   [[D|SAT 11/23]]
MSG 1  21:07  FROM: [[N|BEATRIX HOLLINGSWORTH]] (PT)  CB: [[PH|919-555-0173]]
 "THIS IS [[N|TRIXIE HOLLINGSWORTH]], I HAD THE KNEE DONE [[D|TUESDAY]], THE DRESSING IS SOAKED THROUGH AND IT'S WARM." DOB GIVEN [[D|6/6/58]].
MSG 2  21:31  FROM: [[N|LEROY]] (HUSBAND)  CB: SAME
 "SHE'S GOT CHILLS NOW TOO. WE'RE AT THE NEW PLACE ON [[ADDR|2290 BRIER CREEK PKWY]]."
MSG 3  22:02  FROM: WAKEMED ED CHARGE RN [[N|SANTOS]]  CB: [[PH|919-555-0150 X4412]]
 "YOUR PT IS HERE. TEMP 101.8. DO YOU WANT ORTHO CALLED?"
OPERATOR: [[N|RHONDA]] OP# [[ID|077]]   PAGED 21:08, 21:32 (NO RESPONSE), 21:40 ACK.
""",
)

note(
    "d10-20",
    "Desmond Achterberg",
    """
Secure text log (care-coordination app), exported for chart
Thread: pt [[N|Desmond Achterberg]] / RN care manager [[N|Willa Marchetti]] ([[N|wmarchetti]])
-- [[D|Tuesday, March 18]] --
08:02 pt: morning. weight 214 today, up from 209 sat
08:10 RN: That's 5 lb. Any more SOB? Swelling?
08:14 pt: ankles big. slept in the recliner. [[N|Des]] is tired of this lol
08:20 RN: Take an extra furosemide 40 now. I'm calling Dr. [[N|Koenig]]. Will you be home at 11?
08:21 pt: yes. my sister [[N|Marjorie]] is here, her cell is [[PH|216-555-0129]] if I dont answer
11:36 RN: Dr. [[N|Koenig]] wants labs tmrw at the Parma lab draw site. Order # [[ID|LB-88214430]].
-- [[D|Wednesday, March 19]] --
07:45 pt: done. thx [[N|W]]
""",
)

note(
    "d10-21",
    "Ignatius Faleolo",
    """
TELEHEALTH VIDEO VISIT - transcript excerpt + tech log
Session link: [[URL|https://visit.harborviewhealth-tele.org/join/8841-27QX?pt=IFALEOLO]]
Pt connected 10:02 from IP [[IP|73.214.88.19]]; dropped 10:06; reconnected via phone audio [[PH|808-555-0137]].
Dr. [[N|Kealoha]]: Can you hear me now, Mr. [[N|Faleolo]]?
Pt: Yeah, yeah. Sorry, the wifi at my niece's place in [[C|Waipahu]] is junk.
Dr. [[N|Kealoha]]: No worries. How are the sugars?
Pt: Since [[D|Thanksgiving]] not so good, like 250, 300. I stopped the Ozempic, the pharmacy said prior auth ran out end of [[D|October]].
Dr. [[N|Kealoha]]: Okay, we'll redo that. Who's with you?
Pt: My niece, [[N|Leilani]]. She does my pills.
Assessment: T2DM, uncontrolled (A1c 10.4 on [[D|11/30]]). Resubmit PA for semaglutide; interim glargine 10 u qHS. F/u video [[D|1/8]] 10:00.
""",
)

note(
    "d10-22",
    "Rosalind Achebe-Moss",
    """
DEVICE CLINIC - REMOTE TRANSMISSION / PHONE CALL
Pt: [[N|Rosalind Achebe-Moss]]   MRN [[MRN|0077-31-2284]]   DOB [[D|17 Nov 1931]]
Device: Medtronic Azure XT DR MRI SureScan dual-chamber pacemaker, SN [[DEV|RNB602417S]]; RA lead SN [[DEV|PJN1183204V]]. Implanted [[D|Aug 2019]].
Alert [[D|05/27]] 03:14: AT/AF burden 18% x 24 h.
Called pt 09:40. Pt: "Honey, I'm [[A|ninety-three]], my heart's allowed to skip. My son [[N|Winston]] set up that bedside box, I never touch it."
Denies syncope. Already on apixaban 2.5 mg BID (age/weight dose). Informed Dr. [[N|Adeyemi-Hart]] (EP).
Next remote: [[D|8/26]]. Monitor ID (CareLink) [[DEV|MC24490173]].
Son's #: [[PH|334-555-0126]]. Documenting RN: [[N|G. Tiwari]]
""",
)

note(
    "d10-23",
    "Octavio Benavides",
    """
PRIOR AUTHORIZATION - PHONE LOG
Pt [[N|Octavio Benavides]]. Payer: Blue Cross Blue Shield of Texas. Member [[HP|XRG884120937]], group [[HP|0219944]].
[[D|06-10-2025]] 10:12  Called PA line, rep "[[N|Britney]]" (said her rep ID is [[ID|B7731]]). Drug: adalimumab. She read back DOB "[[D|oh-four, nineteen, seventy-seven]]" - corrected to [[D|04/09/1977]].
Reference # [[ID|PA-25161-00832]]. Told to fax clinicals to [[FX|1-855-555-0199]].
10:40  Faxed 14 pp from our fax [[FX|512-555-0166]].
[[D|06-12-2025]] 15:55  Rep [[N|Marcus]]: "pended for step therapy, member needs to have failed methotrexate." Documented MTX 20 mg weekly [[D|Jan-Jun 2024]], stopped for transaminitis (ALT 212).
[[D|06-13-2025]] Approved thru [[D|06/12/2026]]. Notified pt by portal. -[[N|kbenitez]], PA specialist
""",
)

note(
    "d10-24",
    "Lucille Thibodeaux",
    """
DIALYSIS UNIT - SW NOTE (transportation)
Pt [[N|Lucille Thibodeaux]], [[A|90]], MWF 2nd shift. Missed tx [[D|Monday]] and [[D|Wednesday]]; K 6.4 on return.
Pt: "The van didn't come, baby. I waited on the porch from five-thirty. On [[D|Wednesday]] the driver, the tall one, [[N|Boudreaux]], he said I wasn't on his sheet."
Called Acadiana Medical Transport dispatcher [[N|Nadine]] ([[PH|337-555-0114]]): pt's Medicaid trip ID [[ID|T-4471-0928]] was cancelled in error after her address changed to [[ADDR|603 Rue Chauvin]], [[C|Breaux Bridge]] [[Z|70517]].
Interim: grandson [[N|Tee-Jean]] will drive her in his truck, LA plate [[VEH|Z408617]], until van restarts [[D|Fri 2/14]]. Parking pass issued.
Pt wants it known she "never missed one day in six years before this."
""",
)

note(
    "d10-25",
    "Rolando Quispe",
    """
FORENSIC EVALUATION - COMPETENCY TO STAND TRIAL (interview notes)
Defendant: [[N|Rolando Quispe]]   Case No. [[ID|CR-2025-01187]]   Booking # [[ID|J558204]]
Referred by Hon. [[N|Patricia Lemaire]]; defense counsel [[N|A. Whitfield]], Esq. ([[PH|505-555-0158]]).
Interview [[D|2/20/25]] at the county detention center in [[C|Santa Fe]], 1:05-2:40 pm, Spanish/English.
Q: What are you charged with?
A: "Burglary. They say I broke into the house on [[ADDR|Agua Fria St]], the night of the [[D|first of January]]. I was at my tía's. Ask her, [[N|Chabela]]."
Q: What does the judge do?
A: "The judge is the one with the hammer. She decides. The DA, he's against me - Mr. [[N|Kowalczyk]]."
Understands roles of courtroom personnel. No evidence of psychosis. Opinion: competent.
""",
)

note(
    "d10-26",
    "Evangeline Marchand",
    """
MEMORY CARE - RECREATION THERAPY / REMINISCENCE GROUP NOTE
Resident: [[N|Evangeline Marchand]] ("[[N|Vangie]]"), [[A|99]], Rm 212-B.
Resident spontaneously shared: "I was married on the [[D|twelfth of June, 1948]], at St. Anne's in [[C|Biddeford]]. [[N|Armand]] wore his Navy whites. I was nineteen." Reminded group her birthday is [[D|New Year's Day]] and "I'll be [[A|one hundred]], you watch."
Asked repeatedly whether "[[N|Bunny]]" (her late sister) was coming on [[D|Sunday]]; redirected with photos.
Granddaughter [[N|Céline]] visited 3-4 pm, brought a cassette of the WIDE-AM "Birthday Club" from the 1990s; resident sang along.
Mood pleasant, engaged 45 min. MMSE not repeated (last score 11/30 in [[D|Sept]]).
Family contact on file: [[EM|celine.marchand.rn@gmail.com]].
""",
)

note(
    "d10-27",
    "Horace Villanueva",
    """
TRANSITIONAL CARE CALL - [[N|Horace Villanueva]] (post-discharge, 2 business days)
Discharged [[D|Thurs 8/14]] from 4 South (CHF). Called [[D|Mon 8/18]] 1:30 pm. Spoke with pt and wife [[N|Esperanza]] on speaker.
Q: Do you have all your medicines?
Wife: "We got them [[D|Friday]]. But the metoprolol, the bottle says twenty-five and the paper says fifty, so he's taking two."
Clarified: discharge dose metoprolol succinate 50 mg daily = two 25 mg tabs. Correct.
Q: Weighing daily?
Pt: "Every morning. 181, 180, 182. I write it on the calendar by the phone."
Q: Follow-up appointment?
Wife: "With Dr. [[N|Ng]] on the [[D|twenty-fifth]] at ten. Our grandson drives us."
Red flags reviewed. HH agency: Bayada, SOC [[D|8/19]]. Encounter [[ACCT|TCM-40012887]]. Callback [[PH|559-555-0191]].
RN: [[N|pmcallister]]
""",
)

note(
    "d10-28",
    "Gwendolyn Oduya",
    """
PATIENT FINANCIAL SERVICES - CALL NOTE
Guarantor: [[N|Gwendolyn Oduya]]; pt (minor) [[N|Kofi Oduya]]. Guarantor acct [[ACCT|GA-3308127]]; hospital acct (HAR) [[ACCT|7720041556]].
Caller (mother) quote: "I was told on the phone back in [[D|April]] by a lady named [[N|Hope]] that this was covered. Now I got a bill for $2,140. I have hope you can fix this but I'm done being nice."
Insurance on file: Aetna Better Health (Medicaid MCO) ID [[HP|100447389201]]; eff [[D|1/1/25]].
Found: claim [[ID|2025041800931]] denied - coverage terminated [[D|3/31/25]], reinstated [[D|4/22/25]] retro. Resubmitted.
Caller's email for statements: [[EM|g.oduya77@yahoo.com]]. Callback [[PH|302-555-0147]].
Rep: [[N|qharris2]]. Supervisor [[N|Hope]] not in today - she is a real person, confirmed.
""",
    allow=("Hope",),
)

note(
    "d10-29",
    "Precious Mahlangu",
    """
RESEARCH - INFORMED CONSENT DISCUSSION NOTE
Study: HEART-SMART (IRB #2023-0417), Protocol v3.2. Participant ID [[ID|HS-0389]]. Screening # [[ID|SCR-1127]].
Subject: [[N|Precious Mahlangu]], 58, with husband [[N|Sipho]]. Consent conversation [[D|Tuesday, 10 September]] 2:15-3:05 pm, coordinator [[N|Noor Haddad]].
Subject asked: "If I say yes and then my sugar goes crazy, can I stop?" Explained voluntary withdrawal.
Husband asked who to call at night; gave study 24-h line [[PH|205-555-0169]] and PI Dr. [[N|Ellison]].
Teach-back: subject stated in her own words, "It's a pill or a sugar pill, I don't know which, and I come every month for blood."
Consent signed 3:04 pm; copy given. eConsent record: [[URL|https://redcap.uab-research.example/surveys/?s=HS0389KD7Q]].
""",
)

note(
    "d10-30",
    "Aaliyah Brandt-Moreno",
    """
L&D TRIAGE PHONE CALL   [[D|1 Dec]] 23:48
Caller: pt [[N|Aaliyah Brandt-Moreno]], G2P1, EDD [[D|12/19]] by 8-wk US, MRN [[MRN|LD-4410927]].
Pt: "My water broke, I think? It's like a trickle, clear. It started right after the game ended, so like eleven-fifteen. Contractions maybe every ten minutes."
Partner in background: "Tell them about the baby not moving as much." Pt: "[[N|Javi]], she can hear you." Reports FM decreased since dinner.
GBS positive ([[D|11/4]]). Prior C/S, desires TOLAC.
Advised: come in now. Pt will come by car from [[C|Kyle]], ~25 min. Partner [[N|Javier Moreno]] driving, cell [[PH|512-555-0185]].
Charge RN notified; OB Dr. [[N|Baptiste]] aware. Arrived 00:21 [[D|12/2]].
""",
)

note(
    "d10-31",
    "Cornelius Abernathy",
    """
VA COMMUNITY CARE - INTAKE INTERVIEW (phone)
Veteran: [[N|Cornelius Abernathy]]   SSN [[SSN|000-41-8832]]   DOB [[D|Feb 29, 1948]]
Claim/referral # [[ID|VA0042-118-7731]]. Authorized by Fayetteville VAMC.
Veteran, in his words: "I was a Marine, Tet '68, the whole mess. Every year around the end of January the nightmares come back. My wife [[N|Bernadette]] says I holler."
Reports his leap-day birthday "only comes around every four years, so I'm really nineteen." Reports drinking "a pint on weekends, more in January."
PCL-5 = 52. Denies SI. Guns: locked, key with daughter [[N|Claudette]].
Address confirmed: [[ADDR|PO Box 2209]], [[C|Spring Lake]], NC [[Z|28390]]. Phone [[PH|910-555-0112]].
Referred to community PTSD program; first appt [[D|2/11]]. Interviewer [[N|T. Mwangi]], LCSW
""",
)

note(
    "d10-32",
    "Florence Wetherby",
    """
GERIATRICS - DRIVING SAFETY DISCUSSION
Pt [[N|Florence Wetherby]], [[A|ninety]] as of last [[D|Thursday]] ("the cake had sparklers, not candles - fire hazard at my age"). Son [[N|Russ]] present.
Pt: "I've driven since Truman. I go to the Piggly Wiggly and to church, that's it, never after dark."
Son: "Mom, you backed into the [[N|Hendersons]]' mailbox on the [[D|2nd]]. And the Buick has a new dent every week."
Trails B 212 s; clock draw 3/4. Visual acuity 20/50 OU.
Pt holds GA driver's license [[LIC|044719823]], exp [[D|11/2026]]. Vehicle: 2009 Buick LaCrosse, tag [[VEH|RBW 4471]], VIN [[VEH|1G4GC5EG9AF218834]].
Plan: referral to OT driver rehab eval; pt agreed not to drive until then. Keys to son, voluntarily. Son's cell [[PH|478-555-0134]].
""",
)

note(
    "d10-33",
    "Unknown male (later Ambrose Kittredge)",
    """
MEDCOM RADIO LOG - transcribed   [[D|07/04]] 14:26   Medic 7 to St. Vincent ED
M7: "St. Vincent, Medic Seven, inbound priority one with a [[A|ninety-five]] year old male, found down in the heat at the parade on [[ADDR|Main and 3rd]] in [[C|Vancouver]]. Bystander says he's been out there since about eleven."
"Temp 104.6 axillary, GCS 11, BP 92 over 50, sinus tach 128. Two large bore, cold saline running. No ID on him but the bystander, a Mrs. [[N|Delgado]], says she thinks his name is [[N|Ambrose]], lives in the apartments across from the park."
ED: "Copy, Medic Seven, [[A|ninety-five]] male heat stroke, ETA?"
M7: "ETA six minutes."
Paramedic: [[N|Tova]] #[[ID|P-3371]].
Update 16:05: pt identified by neighbor as [[N|Ambrose Kittredge]], DOB [[D|3/3/1929]]. MRN assigned [[MRN|SV-0991834]].
""",
)

note(
    "d10-34",
    "Wilbur Page Sorensen",
    """
IOP GROUP THERAPY NOTE - Relapse Prevention (first names only per group norms)
Facilitator: [[N|Grace O.]], LADC. Session [[D|Wed 5/21]], 6-7:30 pm. 8 members present.
Identified pt: [[N|Wilbur Page Sorensen]] ("[[N|Will]]"), MRN [[MRN|IOP-22871]].
[[N|Will]] shared: "I'm 60 days today. My sponsor [[N|Bill]] says I need to stop paying the bill for everybody else's mistakes." Group laughed.
Another member ("[[N|Page]]") gave feedback; [[N|Will]] said he will "think on it." Page 2 of the workbook (HALT) was reviewed.
[[N|Will]] said his urge score was 3/10, down from 8/10 on [[D|Memorial Day]] weekend when he "almost went to the Liberty Bar."
Plan: continue IOP MWF; sponsor contact daily. Next individual session with [[N|Grace]] [[D|5/23]].
""",
    allow=("Will", "Bill", "Page"),
)

note(
    "d10-35",
    "Mariam Yusufzai",
    """
IMMIGRATION MEDICAL EXAM (I-693) - civil surgeon worksheet
Applicant: [[N|Mariam Yusufzai]]   A-Number [[ID|A-219-448-703]]   Passport [[ID|PK9920184]] (Pakistan)
DOB per passport "[[D|01 JAN 1986]]"; applicant says, via her brother [[N|Idrees]] interpreting Pashto, "My real birthday is in spring, near [[D|Nowruz]], but the office wrote [[D|first of January]]."
Address: [[ADDR|88-14 Parsons Blvd, Apt 4F]], [[C|Jamaica]], NY [[Z|11432]]. Phone [[PH|718-555-0157]].
IGRA negative ([[D|3/3/25]]). Vaccines: MMR x2, Tdap given today, varicella titer pending (accession [[ID|Q25-0711482]]).
Civil surgeon: Dr. [[N|Henrietta Osei-Bonsu]], designation no. [[ID|CS-3314]].
Applicant asked whether the vaccine record "follows me to the green card"; yes, sealed envelope.
""",
)

note(
    "d10-36",
    "Bartholomew Nwachukwu",
    """
LAB - CRITICAL VALUE NOTIFICATION LOG
[[D|2025-01-17]] 03:52  Accession [[ID|CH25-017-00418]]  Pt [[N|NWACHUKWU, BARTHOLOMEW]]  MRN [[MRN|8830127]]  Loc 7E-12
Result: K 6.9 mmol/L (hemolysis index 0).
Called 7E, spoke to RN "[[N|Sunny]]". Read-back: "K six point nine on [[N|Nwachukwu]], medical record [[MRN|eight-eight-three-oh-one-two-seven]]." Confirmed.
RN asked for full name for log: [[N|Sunshine Dimaculangan]], RN.
Tech: [[N|lphan]].
Comment: prior K 4.1 on [[D|1/16]] 18:00. Repeat drawn 04:20 accession [[ID|CH25-017-00431]]: K 6.7. Dr. [[N|Oyelaran-Smith]] notified by RN 04:30.
""",
)

note(
    "d10-37",
    "Sylvester Oakes",
    """
SECURITY INCIDENT REPORT - MISSING PATIENT (Code Purple)   Incident [[ID|SEC-25-0382]]
Pt [[N|Sylvester Oakes]], 84, dementia w/ wandering, last seen 6 West 19:40 [[D|Sat 9/6]]. Wearing hospital gown + brown cardigan.
Wife [[N|Bernice]] (by phone, [[PH|502-555-0140]]): "He'll go for the truck. He thinks he has to pick up [[N|Sonny]] from work - that's our son, he's been dead since '02."
Pt's truck in garage level 3: 1998 Ford F-150, green, KY plate [[VEH|4471-KPW]].
20:12 Officer [[N|Ruiz]] (badge [[ID|1187]]) located pt at the truck, trying a house key in the door. Calm, returned to unit 20:25.
Camera review done. LMPD not needed. Charge RN [[N|Abena]] notified wife 20:30. Bed alarm + sitter ordered.
""",
)

note(
    "d10-38",
    "Jaylen Whitaker-Soto",
    """
SCHOOL NURSE PHONE LOG - elementary school, [[C|Cicero]]
[[D|10/15]] 10:10 Called mom [[N|Tiffani Whitaker]] at [[PH|708-555-0103]] re: [[N|Jaylen]] ("[[N|JJ]]"), gr 3. Kid says "my chest feels tight like when Abuela vacuums." Peak flow 160 (personal best 250). Albuterol 4 puffs via spacer given 10:05, recheck 220.
Mom: "His dad [[N|Rico]] was supposed to sign the new asthma action plan, he lives in [[C|Berwyn]], I'll get it to you by [[D|Friday]]."
Student ID [[ID|ST-4402817]]. Physician on plan: Dr. [[N|Lakshmi Venkataraman]], fax [[FX|708-555-0177]].
Mom asked me to text instead next time. [[N|JJ]] returned to class 10:40, told teacher Ms. [[N|Sunday]] he felt "way better." Follow-up: plan due [[D|Friday]].
""",
)

note(
    "d10-39",
    "Tomasz Wiśniewski",
    """
OCCUPATIONAL HEALTH - INJURY INTAKE (interview)
Employee: [[N|Tomasz Wiśniewski]]   Employee/badge # [[ID|W-0047712]]   Employer: Great Lakes Cold Storage (plant in [[C|Kenosha]])
Workers' comp claim [[ID|WC-25-118044]]; adjuster [[N|Deb Marolt]] [[PH|262-555-0138 ext. 2201]]
Employee, through Polish-speaking coworker [[N|Zbyszek]]: "Forklift backed into the rack and the pallet came down, on my foot, on [[D|Wednesday the 9th]], end of second shift. I kept working because [[N|Stan]] the supervisor said walk it off."
Exam: L foot ecchymosis dorsum, TTP 2nd-3rd MT. XR: nondisplaced fx base 2nd MT. Ottawa rules positive.
Plan: CAM boot, NWB x 2 wk, restricted duty. CDL holder - CDL # [[LIC|W2261-7730-4481]] (WI); advised not to drive commercially while in boot.
Home: [[ADDR|3120 52nd St]], [[Z|53144]].
""",
)

note(
    "d10-40",
    "Ida Fennimore",
    """
BEREAVEMENT FOLLOW-UP CALL - 1 month
Decedent: [[N|Ida Fennimore]], died the [[D|3rd of February]] at home, age [[A|102]]. Spoke with daughter [[N|Marigold]] ("[[N|Goldie]]"), 74.
[[N|Goldie]]: "Mother always said she'd go when the snowdrops came up, and she did. She made it to [[A|one hundred and two]], can you imagine. The last thing she said to me was 'don't fuss, [[N|Goldie]].'"
Daughter reports sleeping poorly, eating "when my husband reminds me." Attends church; declines grief group "for now."
Reports difficulty with the funeral home bill and her mother's bank account closing - referred to hospice SW [[N|Paloma]].
Plan: mail grief packet to [[ADDR|41 Orchard Street]], [[C|Amherst]] [[Z|01002]]; call again at 3 months, around early [[D|June]]. Daughter phone [[PH|413-555-0121]].
""",
)

note(
    "d10-41",
    "Altagracia Peguero",
    """
VOICEMAIL - Spanish line, transcribed & translated by bilingual MA [[N|Yolanda]]
Original: "Buenos días, habla [[N|Altagracia Peguero]], mi fecha de nacimiento es el [[D|veintidós de octubre del cuarenta y ocho]]. Tengo cita el [[D|martes]] con la doctora [[N|Beltré]] pero no tengo quién me lleve. Mi número es [[PH|siete uno ocho, cinco cinco cinco, cero uno seis uno]]. Gracias, que Dios le bendiga."
Translation: Good morning, this is [[N|Altagracia Peguero]], DOB [[D|10/22/1948]]. Has appt [[D|Tuesday]] with Dr. [[N|Beltré]] but no ride. Callback [[PH|718-555-0161]].
Action: rescheduled to telehealth, same time. Medicaid transportation not available < 48 h.
""",
)

note(
    "d10-42",
    "Ottoline Brubaker",
    """
SNF SHIFT REPORT (SBAR, verbal -> typed by oncoming nurse)
S: Res [[N|Ottoline Brubaker]], Rm 118, [[A|98]]. Fell at 0215, found sitting beside bed, "I was going to let the cat in." No cat.
B: Hx CHF, AFib on warfarin (INR 2.8 [[D|Mon]]), macular degeneration. Full code per POLST dated [[D|5/9/23]].
A: Small skin tear L forearm, steri-stripped. Neuro intact. No head strike per res, but unwitnessed.
R: Neuro checks q1h x4 then q4h. Notify Dr. [[N|Lindgren]] at start of day. Daughter [[N|Rosemary]] asked to be called no matter the hour - [[PH|717-555-0124]].
Report from [[N|Kenji]] (nights) to [[N|Amparo]] (days), 0650.
""",
)

note(
    "d10-43",
    "Cyrus Featherstone",
    """
TELEPHONE ENCOUNTER - via Video Relay Service (ASL)
Incoming VRS call from pt [[N|Cyrus Featherstone]] (Deaf, ASL primary). VRS interpreter CA# [[ID|VI-60238]]. Pt's VP number [[PH|571-555-0181]].
Interpreter voicing for pt: "Hi. This is [[N|Cyrus]]. I need my CPAP supplies. The mask broke [[D|Saturday]]. The company wants a new prescription from you."
Verified DOB [[D|8/8/1961]]. DME: ResMed AirSense 10, SN [[DEV|23171248503]].
Pt, via VRS: "Please text or email, not voice. [[EM|cfeatherstone.asl@icloud.com]]."
Rx for full-face mask faxed to Lincare. Order sent [[D|1/13]].
""",
)

note(
    "d10-44",
    "Philippa Amankwah",
    """
---------- Forwarded message ---------
From: [[N|Kwame Amankwah]] <[[EM|kwame.amankwah@outlook.com]]>
Date: [[D|Sat, Mar 1, 2025]] at 11:02 PM
To: Cardiology Front Desk (shared inbox)
Subject: my mother [[N|Philippa]] - question

Hello, my mum ([[N|Philippa Amankwah]], DOB [[D|19/04/1934]] - sorry, that is [[D|April 19]]) saw Dr [[N|Ferreira]] last week. She says "the doctor told me to halve the torsemide" but the printout says 20 mg. Which is it? She is [[A|90]] and I don't want her dry. Mum's MRN is [[MRN|200448126]].
Cheers, [[N|Kwame]]

> Forwarded to cardiology RN pool [[D|3/3]] 08:10.
""",
)

note(
    "d10-45",
    "Leopold Czarnecki",
    """
wound care team chat (Teams) - copied into note per policy
[8:02] [[N|mbanerjee]]: anyone seeing [[N|czarnecki]] in 9-14 today? stage 3 sacral
[8:04] [[N|jess r]]: i can. is that the [[A|95]] yo who calls everyone "sweetheart"
[8:04] [[N|mbanerjee]]: lol yes. he told me he was "[[A|ninety-five]] going on twelve"
[8:31] [[N|jess r]]: wound 4.1 x 3.0 x 0.6 cm, 20% slough, no odor. changed to medihoney + foam. pics in media tab
[8:33] [[N|deshaun]]: wife [[N|krystyna]] at bedside asked about air mattress. ordered Dolphin, unit SN [[DEV|DF-7712049]]
[8:40] [[N|mbanerjee]]: ty. ping dr [[N|amadi]] re: albumin 2.4
""",
)

note(
    "d10-46",
    "Augustus Ekwueme",
    """
FAMILY MEETING - CCU   [[D|Fri Nov 8]]   Pt [[N|Augustus Ekwueme]], MRN [[MRN|CC-118840]]
Attendees: wife [[N|Joy]]; daughters [[N|Mercy]] and [[N|Dawn]]; son-in-law [[N|Pat]]; Dr. [[N|Sorensen]]; RN [[N|Ify]].
Dr. [[N|Sorensen]] explained cardiogenic shock not responding to two pressors. [[N|Joy]] said: "We had forty good years. I don't want mercy to mean giving up." [[N|Mercy]] (daughter): "Mum, it's not giving up."
[[N|Dawn]] asked for time until her brother lands from [[C|Lagos]] at dawn tomorrow. Team agreed to continue current support without escalation until then.
Outcome: DNR; no ECMO. Re-meet [[D|Saturday]] 10:00. The family found joy in reading his old letters aloud.
""",
    allow=("Joy", "Mercy", "Dawn"),
)

note(
    "d10-47",
    "Unknown texter (Rowan)",
    """
HARM REDUCTION TEXT LINE - conversation excerpt (shared w/ ED per safety protocol)
From [[PH|(412) 555-0189]]   Conversation ID [[ID|HRT-77310]]
texter 01:12: my friend is blue. we used at [[ADDR|219 Brereton St]]. i gave him the narcan
staff ([[N|Marisa]]) 01:12: call 911 now. is he breathing? give the 2nd dose if no change in 2-3 min
texter 01:14: 911 on speaker. second one in. his name is [[N|Dom]] not sure last name
texter 01:19: hes breathing!! medics here
staff 01:20: you did great. whats your name so I can check on you later?
texter 01:21: [[N|rowan]]. thank you [[N|marisa]]
staff note: [[N|Dom]] transported to Mercy by Medic 6; texter declined own eval. Follow-up text 09:00 [[D|Sun 6/15]].
""",
)

note(
    "d10-48",
    "Rosario Delacroix",
    """
HIM - PROXY ACCESS REVIEW
Request: son [[N|Étienne Delacroix]] asks for proxy access to mother's portal. Pt [[N|Rosario Delacroix]], MRN [[MRN|4471-0286]].
Son on phone: "She can't work the iPad anymore. She gave me her password at [[D|Thanksgiving]] and I've been logging in as her. Is that a problem?"
Audit shows pt account logins since [[D|11/28/24]] from IP [[IP|2601:41:c480:2a10::7f3]] and [[IP|98.46.117.203]] (son's home, per son).
Explained shared passwords violate portal terms; proxy form sent via [[URL|https://mychart.example-health.org/proxy/req?token=QX81-ROSD]].
Pt later confirmed on speaker: "Yes, let [[N|Tiennot]] see it all." Form returned [[D|12/9]].
""",
)

note(
    "d10-49",
    "K. M. (initials only)",
    """
SANE NARRATIVE (patient's words, verbatim where quoted)
Pt [[N|K.M.]], 23 F. Law enforcement case # [[ID|24-SX-01193]]; evidence kit [[ID|KIT-88214]].
Pt states: "I met him on Hinge, his profile said [[N|Trevor]]. We got drinks at a bar on [[ADDR|Broad Street]] on [[D|Halloween]] night, and the next thing I remember is waking up at his place on [[D|November first]], around six in the morning."
Pt believes the apartment is in [[C|Fishtown]]. Declined to name friends present "because they didn't do anything."
Detective [[N|L. Amoroso]] ([[PH|215-555-0132]]) notified with pt consent at 14:10.
Advocate present: [[N|Hannah]] from WOAR.
""",
)

note(
    "d10-50",
    "Henrietta Vossberg",
    """
PCP VISIT - "centenarian check"
[[N|Henrietta Vossberg]] turns [[A|100]] on the [[D|30th]]. She tells me: "[[A|One hundred]]! I never thought I'd outlive the Studebaker." She was born in [[C|New Ulm]] and moved to [[C|Mankato]] when she married.
Great-grandson [[N|Ansel]] is planning a party at the Lutheran church hall; she asked me to "write a note so they let me have one beer."
Exam: BP 138/72, HR 68 irregular (known AF). Weight 103 lb, stable. Hearing aids in. Gait with walker, steady.
A/P: Well centenarian. Continue current meds. OK for one beer. Medicare MBI [[HP|2KD4-QM7-TP33]]; supplemental plan ID [[HP|HMP-771042]].
""",
)

note(
    "d10-51",
    "Eustace Pemberton",
    """
HOME HEALTH - OASIS START OF CARE (interview portion)
Pt [[N|Eustace Pemberton]], SOC [[D|04/02/2025]]. Referral from Dr. [[N|Ikeda]] after TKA.
M1100 living situation: lives with wife, who "has her own troubles - she's [[A|91]] and blind in one eye."
Pt on pain: "Some days it's a six, today it's a four. The oxycodone makes me loopy so I only take half."
Payer: Medicare A/B, MBI [[HP|5EG7-RX2-HN40]]; secondary AARP Medigap, member [[HP|38812046611]].
SSN verified against his card: [[SSN|912-40-4417]].
Emergency contact: nephew [[N|Bram]] in [[C|Cedar Falls]], [[PH|319-555-0153]].
Clinician: [[N|Ophelia Tran]], PT. Next visit [[D|Fri 4/4]].
""",
)

note(
    "d10-52",
    "Darnell Abernethy",
    """
TRANSPLANT COORDINATOR - PHONE CALL, organ offer
[[D|Sunday, June 22]] 02:40. Called pt [[N|Darnell Abernethy]] (UNOS ID [[ID|DAB44712]]), kidney waitlist since [[D|Sept 2019]].
Pt answered on 5th ring: "Is this it? Is this the call?" Confirmed no fever, no recent infection, last HD [[D|Saturday]].
Pt: "My wife [[N|Tamsin]] is driving, we'll be there in forty minutes. Tell Dr. [[N|Ostrowski]] I said thank you." Advised NPO.
Donor ID (do not share with recipient) [[ID|AHGK221]]. Crossmatch sent 03:05.
Coordinator: [[N|Felicity Baptiste-Onu]], RN, cell [[PH|804-555-0144]].
""",
)

note(
    "d10-53",
    "Marisela Quintanilla",
    """
GENETIC COUNSELING - family history interview (BRCA)
Proband [[N|Marisela Quintanilla]], 44, MRN [[MRN|GC-30117]]. Informant: proband + her aunt Tía [[N|Chela]] by phone.
Maternal grandmother: breast ca at 52, "still alive at [[A|96]], still making tamales in [[C|Laredo]]."
Maternal great-aunt: ovarian ca, died in her [[A|90s]]? Aunt: "No, mija, [[N|Cuca]] died at eighty-nine, right before her birthday in [[D|diciembre]]."
Mother: breast ca at 47. Father's side unknown - adopted.
Proband asks whether her daughter [[N|Itzel]] (19) should be tested now. Discussed age 25 screening.
Sample: saliva, kit barcode [[ID|INV-K7731904]]. Results expected late [[D|August]].
""",
)

note(
    "d10-54",
    "Wilner Jean-Louis",
    """
ED NOTE - Haitian Creole, phone interpreter #[[ID|77408]]
Pt [[N|Wilner Jean-Louis]], 61 M, MRN [[MRN|J0388214]], c/o chest pressure.
Pt (interpreted): "Since [[D|Sunday]], after church. It squeezes here. My wife made tea." Wife [[N|Marie-Ange]] adds that he was in [[C|Port-de-Paix]] until "le [[D|2 janvier]]" and flew back to [[C|Mattapan]] that night.
Pt asked that we call his daughter, who "speaks good English, she's a nurse at the Carney": [[N|Nadège]], [[PH|617-555-0115]].
ECG: ST depression V4-V6. Troponin 0.41. Heparin gtt, cards consulted.
""",
)

note(
    "d10-55",
    "Geraldine Pfluger",
    """
AFTER-HOURS TRIAGE LOG - CALL #14   [[D|01/01/2025]] 00:47
CALLER: [[N|GERALDINE PFLUGER]] (SELF)   DOB [[D|01/01/1933]]   CB [[PH|303-555-0138]]
STATES "I TURNED [[A|NINETY-TWO]] AT MIDNIGHT AND I CAN'T CATCH MY BREATH. MY NEIGHBOR [[N|SUNNY]] IS HERE."
[[N|SUNNY]] (NEIGHBOR) STATES PT'S LIPS "LOOK GRAY." PT ON 2L O2 AT HOME, TANK EMPTY.
DISPOSITION: CALL 911 - CALLER AGREED; RN STAYED ON LINE UNTIL EMS ARRIVED 00:58.
ADDRESS VERIFIED: [[ADDR|1550 S KIPLING PKWY UNIT 210]], [[C|LAKEWOOD]] [[Z|80232]].
RN: [[N|HOLLOWAY]]
""",
)

note(
    "d10-56",
    "Cordelia Ashworth",
    """
PALLIATIVE CARE - clinic follow-up
Ms. [[N|Ashworth]] is [[A|99]] with end-stage COPD. Today, with her companion of 30 years, [[N|Bea]], she told me: "I'll be [[A|a hundred]] come [[D|June]], and I intend to be there for it. After that you can do what you like with me."
She wants no hospitalizations; MOLST updated: comfort measures, no intubation, no transfer except for comfort.
Home O2 2 L via concentrator (Inogen, SN [[DEV|IO5-2207741]]). Morphine oral solution 2.5 mg q4h prn dyspnea, using ~2 doses/day. Bowel regimen reviewed.
[[N|Bea]] asked whether the hospice nurse can come on Tuesdays and Fridays "because those are my bridge days." Arranged.
RTC [[D|May 5]] or sooner.
""",
)

note(
    "d10-57",
    "Benedict Oyelowo",
    """
VOICEMAIL RECEIVED ON PT'S BEHALF (pt forwarded recording; transcribed for chart)
Automated voice: "This is an important message from Humana for [[N|BENEDICT OYELOWO]]. Your prior authorization request, reference number [[ID|one-seven-seven, four-four-zero, two-one-nine]], has been approved through [[D|December thirty-first]]. For questions call [[PH|1-800-555-0172]] and enter your member ID, [[HP|H44712093]]. Goodbye."
Pt's message to us: "[[N|Ben]] here. Got this robot call yesterday the [[D|19th]]. Does this mean I can get the Eliquis now? Thx - [[N|B]]"
Reply sent: yes, rx transmitted to mail-order, acct [[ACCT|MO-55031872]]. -[[N|Corinne]], RN
""",
)

note(
    "d10-58",
    "Isadora Kettleborough",
    """
PATIENT RELATIONS - GRIEVANCE (family's written statement, typed as received)
Grievance # [[ID|GR-2025-0417]]   Pt: [[N|Isadora Kettleborough]]   Submitted by granddaughter [[N|Bryony Kettleborough]]
"On the night of the [[D|ninth into the tenth of May]] my grandmother, who is [[A|ninety-six]], rang her call light for over an hour. When a nurse finally came (her badge said [[N|RAY]]) he told her 'you're not my only patient, darling.' Nan has been in this hospital more than anyone I know and has never been spoken to like that. She asked me to write this because her hands shake."
Contact: [[EM|bryony.k@proton.me]], [[PH|617-555-0168]].
Assigned to: [[N|M. Achterberg]], Patient Relations. Acknowledgment letter sent [[D|5/13]].
""",
)

note(
    "d10-59",
    "Fitzgerald Amoah",
    """
SPEECH-LANGUAGE PATHOLOGY - aphasia tx session 6
Pt [[N|Fitzgerald Amoah]] ("[[N|Fitz]]"), L MCA stroke [[D|2/14]]. Session with wife [[N|Comfort]] present.
Naming task: 14/20 (prev 9/20). Automatic speech: counted 1-20, days of the week intact; months stopped at "May... June... July... my birthday."
Asked his birthday: "Birthday... birthday... [[D|July the seventh]]." Wife confirmed [[D|July 7th]]. Asked his address: "[[ADDR|forty-one Elm]]." (correct).
Pt, unprompted, to wife: "[[N|Comfort]]. [[N|Comfort]]. You are my comfort." Wife tearful.
HEP: picture naming app, 15 min BID. Next session [[D|Thurs]].
""",
    allow=("Comfort",),
)

note(
    "d10-60",
    "Zuri Okonjo-Bailey",
    """
WELL CHILD 4 YR - parent interview
[[N|Zuri Okonjo-Bailey]] ("[[N|Zuzu]]"), here with dad [[N|Marcus Bailey]] and baby brother ("[[N|Bash]]", [[N|Sebastian]]). MRN [[MRN|P-0883127]].
Dad: "She started pre-K the day after [[D|Labor Day]]. Teacher says she's bossy, which, fair. She calls herself '[[N|Princess Z]]' and won't answer to [[N|Zuri]]."
Speech: 4-word sentences+, intelligible to strangers. Draws a person with 6 parts.
Dad asked about the lead level from [[D|October]] (3.1, normal). Vaccines: DTaP #5, IPV #4, MMRV #2 given, lots in MAR.
Next WCC at 5 yr, around her birthday [[D|3/22]]. Dad's cell [[PH|773-555-0109]].
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
