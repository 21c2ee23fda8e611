#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_dev8.jsonl.

Development set 8: text that patients, families, friends, schools and employers
wrote, which a clinician later pasted or scanned into the record.  The notes are
patient-portal messages, SMS and WhatsApp threads, answering-service and
voicemail transcripts (speech-to-text slips, numbers and dates read aloud,
names spelled out letter by letter), complaint and thank-you letters, caregiver
logbooks and symptom diaries, social-media and forum posts, fundraising pages,
obituaries, funeral programs and guestbooks, and letters from school nurses,
coaches, deans, landlords and HR departments.  The writing is informal: lower
case and ALL CAPS, emoji, nicknames and handles, relatives named by first name
only, kinship words and pets that are not names, places given casually ("down
in gainesville"), and dates written as people say them ("next tues", "the
14th", "jan 3rd", "around thanksgiving", day-first dates from a UK visitor).

Annotation conventions (HIPAA Safe Harbor):
* NAME covers anyone named: the patient, family, friends, neighbours, clergy,
  staff, and also nicknames, names in lower case or capitals, single initials
  that stand for a person, log-in names and online handles (the "@" is left
  out).  Titles and credentials (Dr., Mrs., Sra., RN, MD) stay outside the
  span.  Kinship words ("abuela", "titi", "Pop") and pets are not names, nor are
  names that are part of a facility, church, school or company name, eponyms,
  or celebrities.
* DATE marks every date element finer than a year: full and numeric dates,
  spoken dates, month and day, month and year, a lone month, and a weekday or
  holiday used as the date of an event ("fell on Sunday", "around
  thanksgiving").  Relative words around it ("next", "last") stay outside.
  Bare years, clock times, durations, recurring schedules ("Mon/Wed/Fri") and
  ages below 90 are not marked.
* AGE marks ages of 90 and over only, the number or words alone.
* PHONE and FAX cover the whole number including an extension, also when read
  aloud digit by digit; EMAIL, URL (patient-specific pages and links) and IP
  addresses are marked whole.
* SSN; MRN for medical record and chart numbers; HEALTH_PLAN for Medicare,
  Medicaid, commercial and travel-medical member, policy and group numbers;
  ACCOUNT for billing and bank accounts; LICENSE for driver's, professional and
  equipment-operator licences; VEHICLE for plates and VINs; DEVICE for serial
  numbers of implants and equipment; ID for every other number identifying a
  person or record (claims, police and court cases, student, employee, badge,
  inmate, participant, passport and national health numbers).
* ADDRESS is the street part (number, street, unit, PO box); CITY covers towns,
  cities and neighbourhoods; ZIP covers ZIP codes and foreign postcodes.  States
  and countries stay unmarked.
* Left unmarked: facility, agency, church and company names (a town inside one
  goes into the note's allow tuple when the town is marked elsewhere), drug and
  device model names, lot numbers, scores, lab values, room and bed numbers,
  times, durations and bare years.

Stdlib only.  Run: python bench/data/make_deid_dev8.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_dev8.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "d8-01",
    "Dolores Whitfield",
    """
From: [[N|Dolores Whitfield]] via MyChart
Sent: [[D|2/11/2024]] 7:42 AM
Subject: refill question

hi dr [[N|okafor]], this is [[N|dolores]] (DOB [[D|4/2/1951]]). my metoprolol ran out [[D|sunday]] and the CVS by the mall says they need a new script. can you send it to the one at [[ADDR|1180 Elm st]] in [[C|Framingham]] instead, the phone there is [[PH|508-555-0117]]. also my daughter [[N|Trish]] will be calling to get set up as proxy, her cell is [[PH|508-555-0162]]. i am still taking the lisinopril 10mg and BP this am was 148/92. pain in knee is like 6/10. MRN on my card says [[MRN|00482193]] if that helps. thank you!!
[[N|Dolores W]].
""",
)

note(
    "d8-02",
    "Evangeline Sutter",
    """
SMS thread copied into chart by [[N|K. Nguyen]] RN (home health). Contact: "[[N|Angie]] (pt's daughter)" [[PH|508-555-0142]]
-- [[D|Sun, Mar 3]] --
9:14 PM  < hey its [[N|angie]], moms sugar was 412 on the meter?? she ate like half a pie 😬
9:16 PM  > Is she alert? Any vomiting? What does the Dexcom say
9:17 PM  < dexcom just says HIGH. shes talking fine, watching wheel of fortune lol
9:19 PM  > Give 8 units Humalog per her sliding scale, recheck in 1 hr. If over 400 again call 911 or the on-call line [[PH|774-555-0131]]
10:31 PM < 287 now 🙏 thank u. btw her new address is [[ADDR|22 Cranberry Ln Apt 3]], [[C|Plymouth]] [[Z|02360]], we moved her [[D|sat]]
-- [[D|Mon, Mar 4]] --
8:02 AM  > Great, I'll update the agency. Next visit moved to [[D|thurs the 7th]].
""",
)

note(
    "d8-03",
    "Bernice Teague",
    """
VOICEMAIL TRANSCRIPT (auto) - Cardiology triage line - rec'd [[D|06/18/2024]] 16:52
"hi yes this is uh [[N|Marvin Teague]] calling about my wife [[N|Bernice Teague]], date of birth is [[D|march the ninth nineteen forty one]], her metical wreck cord number I think is [[MRN|four four seven oh two nine one]]. She's been real short of breath since [[D|Father's day]] and her ankles are like balloons. The doctor uh doctor [[N|Patel]] upped the lasix but she aint peeing much. Please call me back at [[PH|five oh eight five five five oh one four nine]], that's the house, or my cell [[PH|nine seven eight five five five oh one two two]]. Thank you bye"
[transcription confidence: low] [callback by: rn [[N|jmorales]] [[D|06/18]] 17:20]
""",
)

note(
    "d8-04",
    "Eugene R. Kowalczyk",
    """
Patient Relations Dept, Mercy General Hospital
re: complaint - Account # [[ACCT|7730019842]]

To whom it may concern,
I am writing about my father, [[N|Eugene R. Kowalczyk]], who was in the ER on the night of [[D|October 12]]. We waited 9 hours in the hallway. A nurse named [[N|Brittany]] told him to "stop whining" (I looked her up on the board of nursing site, license [[LIC|RN 2291844]]). When I asked for the charge nurse, a man with a badge that said [[N|T. OYELARAN]] said he'd "look into it." Dad is [[A|91]] years old and a Korean War veteran.
The bill (statement date [[D|11/02/2023]]) also lists his Medicare number wrong, it should be [[HP|1EG4-TE5-MK72]].
Please respond in writing to me at [[ADDR|418 Pulaski Ave, Apt 2R]], [[C|Hamtramck]], MI [[Z|48212]] or [[EM|j.kowalczyk.home@gmail.com]].
Sincerely,
[[N|Janice Kowalczyk-Bright]]
[[PH|(313) 555-0176]]
""",
)

note(
    "d8-05",
    "Rosa Elena Baptiste",
    """
Dear 4 West,
just wanted to say THANK YOU to everyone who took care of my mom ([[N|Rosa Elena Baptiste]]) from the [[D|2nd]] to the [[D|9th of january]]. especially nurse [[N|kayleigh]] on nights who sat with her when she was scared, and the PCT named [[N|Dmitri]] who always made her laugh. Dr. [[N|Abernathy-Quinn]] explained everything in plain english which nobody ever does. mom is home now in [[C|Brockton]] with her cat Pepper driving everyone crazy lol. we brought a fruit basket on [[D|new years eve]] but i dont think the night shift got any!! Mèsi anpil.
- [[N|Claudette]] (daughter), [[PH|774-555-0188]]
""",
)

note(
    "d8-06",
    "Harold Lindqvist",
    """
CAREGIVER LOG - Pop ([[N|Hal Lindqvist]], [[A|93]], Medicare # [[HP|5TR7-WQ2-HN41]]) - kept by son [[N|Erik]]
[[D|Mon 9/9]]  - slept thru. ate oatmeal. BP 132/70. gave donepezil 10 at 8pm.
[[D|Tue 9/10]] - confused re: where mom is (she passed in 2019). called aunt [[N|Ingrid]] to talk to him, helped.
[[D|Wed 9/11]] - FALL in bathroom ~3am. no head strike. bruise L hip. called Dr [[N|Sorensen]] office [[PH|651-555-0125]], appt [[D|Fri 9/13]]. hospice lady came by in the afternoon, says Medicare hospice benefit might start next month.
[[D|Fri 9/13]] - appt. xray neg. dr says walker at all times.
[[D|Sat 9/14]] - good day!! watched the Vikings. [[N|Hal]] said "you're a good boy, [[N|Erik]]" first time he said my name in weeks.
""",
)

note(
    "d8-07",
    "Luis Ángel Ocasio",
    """
SW NOTE ADDENDUM: Pt's sister shared the following public Facebook post (pt consented to inclusion):
"Prayer warriors 🙏🙏 my baby brother [[N|Luis Ángel]] got hit by a car in [[C|Little Havana]] [[D|Friday]] night walking home from work. he's at Jackson in the ICU with a brain bleed. doctors say the next 72 hrs are critical. if anyone saw anything pls msg me or call Miami-Dade PD, case # [[ID|24-118-0937-B]]. we started a GoFundMe for his bills: [[URL|gofundme.com/f/help-luis-angel-recover-2024]] Love you hermanito ❤️ #prayforhim"
— posted by [[N|Marisol Ocasio-Reyes]] (@[[N|mari.ocasio]]) [[D|Oct 6]] at 11:48 PM
Pt's mother (Doña [[N|Carmen]]) asked that the hospital not release info to media.
[[N|G. Halvorsen]], LCSW
""",
)

note(
    "d8-08",
    "Theodore Fitzgerald",
    """
Journal entry from [[URL|caringbridge.org/visit/teddyfitzgerald]] (pasted by peds onc SW w/ parent permission)
Update — Day +42 post transplant
Posted by [[N|Shannon Fitzgerald]], [[D|Nov 19]]
[[N|Teddy]] had a rough weekend. Fevers [[D|Sat]] + [[D|Sun]], so he's back on cefepime and they're culturing everything. Counts slowly coming up (ANC 600 today!!). Dr. [[N|Mbeki]] thinks the rash is mild GVHD, skin biopsy tomorrow. Big thank you to [[N|Teddy]]'s 2nd grade class at Lincoln Elementary who sent a Paw Patrol blanket. Cards can go to [[ADDR|77 Fenwood Rd, Unit 14]], [[C|Boston]] MA [[Z|02115]] — please put "[[N|Theodore F]]." on the envelope. Meal train: [[URL|mealtrain.com/trains/8v2kq1]]
Love, [[N|Shannon]] & the boys
""",
)

note(
    "d8-09",
    "Margaret Ann Doucette",
    """
Scanned into chart by HIM (obituary provided by family for death certificate correction):
[[N|MARGARET]] "[[N|PEGGY]]" [[N|ANN DOUCETTE]], [[A|97]], of [[C|Lewiston]], passed peacefully on [[D|Feb. 21, 2024]] at Hillcrest Manor surrounded by family. Born [[D|July 4, 1926]] in [[C|Madawaska]], the ninth of twelve children, [[N|Peggy]] worked 30 years at the Bates Mill. She was predeceased by her husband in 1998 and by a son. She leaves daughters [[N|Lorraine Doucette Moody]] of [[C|Auburn]] and [[N|Suzanne Cyr]] of [[C|Fort Kent]], 11 grandchildren and her beloved parakeet Tweety. Visiting hours [[D|Tuesday, Feb. 27]], 4-7 PM at Fortin Funeral Home. Mass of Christian Burial at Holy Cross Church. In lieu of flowers, donations may be made to Androscoggin Home Healthcare + Hospice.
""",
)

note(
    "d8-10",
    "Jayden Okonkwo-Price",
    """
Highland Middle School — Office of Health Services
[[D|April 8, 2024]]
To: Pediatric Endocrinology, Attn: Dr. [[N|Naomi Feldstein]]
Re: Student [[N|Jayden Okonkwo-Price]], Grade 7, Student ID [[ID|300418827]], DOB [[D|05/30/2011]]

Dear Doctor,
[[N|Jayden]] had three lows at school last week ([[D|Mon 4/1]], [[D|Wed 4/3]] and [[D|Thu 4/4]]), lowest 48 mg/dL during gym. Per his 504 plan we gave 15 g glucose tabs each time. His Omnipod failed on [[D|4/3]] and his mom came in to replace it. Could you please send an updated Diabetes Medical Management Plan? Our fax is [[FX|413-555-0109]] and my direct line is [[PH|413-555-0138]].
Thank you,
[[N|Colleen Markey]], BSN, RN, NCSN
School Nurse
""",
)

note(
    "d8-11",
    "Demetrius Hollins",
    """
Brightline Logistics — Human Resources
[[D|May 14, 2024]]
RE: Return to work clearance — Employee #[[ID|BL-20417]], [[N|Demetrius Hollins]]

To the treating provider:
Mr. [[N|Hollins]] is a warehouse associate (forklift operator) on leave since his injury on [[D|March 28]]. Before he can return to the floor we need a completed Fitness-for-Duty form stating any restrictions (lifting limit, no ladders, etc). His forklift operator certification (#[[LIC|FK-88120]]) is current through next year. Please fax the completed form to [[FX|614-555-0104]], attention HR leave team. Our Workers Comp claim number for this injury is [[ID|WC-2024-0031876]].
Thanks,
[[N|Priya Raman]], SHRM-CP
HR Business Partner | [[PH|614-555-0190]] | [[EM|praman@brightline-hr.com]]
""",
)

note(
    "d8-12",
    "Nilda Rosario",
    """
WhatsApp chat exported by pt's granddaughter (shown to interpreter for translation):
[[[D|1/19/24]] 20:03] [[N|Yaritza]]: abuela como te sientes?
[[[D|1/19/24]] 20:15] Abuela [[N|Nilda]]: mija me duele el pecho desde el [[D|domingo]], tu tío me llevó al CDT en [[C|Bayamón]] pero no me hicieron nada
[[[D|1/19/24]] 20:16] [[N|Yaritza]]: WHAT. abuela that's chest pain you need to go to the ER
[[[D|1/19/24]] 20:20] Abuela [[N|Nilda]]: ay no exageres. ya me tomé la aspirina. llámame a casa [[PH|787-555-0157]]
[[[D|1/20/24]] 07:45] [[N|Yaritza]]: i called titi [[N|Maribel]] she's taking u to Centro Médico today. ur [[A|92]] you can't mess around 😤
""",
)

note(
    "d8-13",
    "Gerald Fonseca-Hart",
    """
MyChart msg — from patient [[N|Gerald Fonseca-Hart]]
Subj: CPAP not working / need new mask

Hi Sleep Clinic, my ResMed AirSense 11 stopped blowing air on [[D|Monday]]. Serial on the bottom is [[DEV|23214589117]]. The DME place says I need a new order sent to them and they need my insurance on there: BCBS member ID [[HP|XJH844127706]], group [[HP|00871]]. My sleep study was done back in [[D|Aug 2021]] with Dr [[N|Lemaire]]. I've been sleeping in the recliner since. Please help, my wife [[N|Connie]] says I'm snoring like a freight train lol. Best # is [[PH|603-555-0144]].
[[N|Gerry]]
""",
)

note(
    "d8-14",
    "Greta Hoffmeister",
    """
Voicemail — Endo nurse line — [[D|Thu]] 10:07a — transcribed by Otter, reviewed by MA ([[N|ljw]])
"Yeah hi it's [[N|Tobias]] calling for my mom, [[N|Greta Hoffmeister]], [[N|H-O-F-F-M-E-I-S-T-E-R]], her birthday is [[D|eleven twelve forty four]] and her clinic number is [[MRN|6 6 0 3 1 9 2]]. Her pump, the tandem t slim, keeps saying occlusion alarm, we changed the site twice. The serial on the back is [[DEV|T S four seven seven one oh two eight]]. Tandem told us to call you guys for a new script for cartridges. She's staying with us now in [[C|Shakopee]] so send it to the pharmacy out here. You can reach me at [[PH|nine five two, five five five, oh one six three]]. Thanks."
""",
)

note(
    "d8-15",
    "Lloyd Haskins",
    """
Family notes left in the hospice binder (transcribed by RN case mgr)
- dad had a good morning, ate some jello. pain maybe 3/10 after the roxanol.
- sister [[N|Bev]] flying in from [[C|Tucson]] next [[D|tues]], can someone update her? her # [[PH|520-555-0172]]
- Pastor [[N|Jim]] from Grace Lutheran coming [[D|thurs]] to do communion
- we want him home for [[D|thanksgiving]] if at all possible, thats all he keeps asking for
- Uncle [[N|Ray]] passed around the [[D|14th]] and dad doesn't know yet, pls don't mention
- dads VA claim # is [[ID|28 441 906]], the VA rep ([[PH|800-555-0199]]) said the aid & attendance paperwork is still pending
- he keeps asking about his dog Chester (staying w/ the [[N|Okafors]] next door)
""",
)

note(
    "d8-16",
    "Ruth-Ann Castellanos",
    """
[[D|Nov 3, 2023]]
To: Cigna Appeals Unit
From: [[N|Ruth-Ann Castellanos]], [[ADDR|2209 W Oakdale Dr]], [[C|Tyler]] TX [[Z|75703]]
Member ID: [[HP|U7741902603]]   Group #: [[HP|3340981]]
Claim #: [[ID|2023-09-EX-448120]]
RE: Denial of Ozempic / second level appeal

I am appealing the denial letter dated [[D|October 17]]. My endocrinologist Dr. [[N|Hashimi]] has documented that I failed metformin (GI upset) and Jardiance (2 yeast infections) and my A1c was 9.4 in [[D|September]]. My husband is on the same plan and his claim went through so I dont understand. I have attached my pharmacy records from H-E-B. Please call me at [[PH|903-555-0115]] or write to [[EM|rcastellanos1962@yahoo.com]].
[[N|Ruth-Ann Castellanos]]
""",
)

note(
    "d8-17",
    "Lily Brennan-Shaw",
    """
Per mom, pt posted this on her public Instagram (@[[N|lilyb.art_]]) on [[D|2/28]] — screenshot reviewed with pt in session:
"6 months clean from cutting today 🦋🦋 couldnt have done it without my therapist [[N|M]] and my bestie @[[N|ava.sings.x3]]. also shoutout to Dr [[N|K]] at the adolescent clinic for not giving up on me. if ur struggling text 741741 🫶 📍[[C|Cedar Rapids]], Iowa"
Pt, [[N|Lily Brennan-Shaw]] (15 y/o), reports post was her idea, friend [[N|Ava Morales]] encouraged. Discussed privacy of location tags. Mom ([[N|Heather]], [[PH|319-555-0150]]) agrees to review settings with her. Next visit [[D|Tuesday 3/12]].
""",
)

note(
    "d8-18",
    "Keanu Kahananui",
    """
Text messages forwarded by pt to ortho clinic (re: MVC paperwork):
pt: hi its [[N|Keanu]] from the 11:40 appt. the insurance lady needs the accident details on your form
pt: crash was [[D|7/2]] on the H-1 near [[C|Kapolei]], other driver rear ended me. my plate is [[VEH|HNV 482]], his was a white tacoma plate [[VEH|RJS-719]]
pt: HPD report number [[ID|2024-118731]]. my DL # is [[LIC|H02233419]]
pt: my lawyer is [[N|Leilani Fong]] at Fong & Kahale, [[PH|(808) 555-0183]]
clinic ([[N|Mele]]): got it [[N|Keanu]], will send the form to [[N|Leilani]] by [[D|fri]]
""",
    allow=("Fong",),
)

note(
    "d8-19",
    "Francis X. Donnelly",
    """
From the St. Brigid's parish bulletin (copy given to bereavement coordinator, scanned [[D|12/5]]):
PLEASE PRAY FOR THE SICK: Fr. [[N|Tom]], little [[N|Aoife McGrath]] (age 4, at Children's), and [[N|Joe]] "[[N|Sully]]" [[N|Sullivan]].
PLEASE PRAY FOR THE RECENTLY DECEASED: [[N|Francis X. Donnelly]] (age [[A|99]]), brother of our longtime sacristan [[N|Kathleen Donnelly Burke]].
Funeral Mass for [[N|Francis]] will be celebrated [[D|Saturday, December 7]] at 10 AM. The [[N|Donnelly]] family asks that memorial gifts go to the Dorchester Food Pantry.
Bingo is cancelled on Thursdays through Advent.
""",
)

note(
    "d8-20",
    "Walter J. Przybylski",
    """
MY MEDICINES — written by pt, brought to pre-op [[D|10/29]] (scanned)
Name: [[N|Walter J Przybylski]]   DOB [[D|1/17/48]]
Pharmacy: Costco #1093 ph [[PH|630-555-0121]] (ask for [[N|Nasrin]] she knows me)
- Eliquis 5 mg 2x a day (Dr. [[N|Vasquez-Lund]], heart)
- Flomax 0.4 every nite
- Vit D 2000 units
- Tylenol arthritis when hips hurt — NOT aleve per dr
Allergies: sulfa (hives), shellfish
Emergency contact: [[N|Dorota]] (wife) [[PH|630-555-0166]], or my nephew [[N|Stan]] on his cell [[PH|331-555-0140]]
Insurance: Humana Gold Plus member # [[HP|H39902716]]
Last colonoscopy: "sometime in 2019 I think"
Pacemaker: yes — Medtronic, card says SN [[DEV|PJN601732S]]
""",
)

note(
    "d8-21",
    "Imani Oduya-Bell",
    """
To the Front Desk / Patient Access Supervisor,
My name is [[N|Imani Oduya-Bell]] and I am a patient of Dr. [[N|Rutherford]] in neurology (MRN [[MRN|11-204-776]]). On [[D|Wednesday, June 5]] I was told by a front-desk staffer (name tag said "[[N|Crystal]]") that my service dog, Biscuit, could not come back to the infusion room. Biscuit is a trained seizure-alert dog and is allowed under the ADA. I drive 40 minutes from [[C|Garner]] for these infusions. I am not asking for anything special, just to not be embarrassed in front of a full waiting room again.
I can be reached at [[EM|imani.oduyabell@proton.me]] or [[PH|919-555-0107]]. My next infusion is [[D|6/19]].
[[N|Imani]]
""",
)

note(
    "d8-22",
    "Wei-Lin Chen",
    """
From: [[N|Wei-Lin Chen]] <[[EM|weilin.chen88@outlook.com]]>
Sent: [[D|Sunday, January 14, 2024]] 11:02 PM
To: Patient Portal Help
Subject: locked out AGAIN

Hello, I have been locked out of my account 3 times this week. My username is [[N|wlchen_88]]. The error says "unusual sign-in from [[IP|73.162.44.209]]" but that is my home internet in [[C|Fremont]]?? I also tried from my work laptop ([[IP|10.20.4.117]]) and got the same thing. I need to see my biopsy result from Dr. [[N|Aranda]] before my appt on the [[D|22nd]]. My DOB is [[D|08/03/1988]] and MRN is [[MRN|5510-2289]]; the billing account on my last statement is [[ACCT|88120447]]. Please call [[PH|510-555-0128]], not my old number.
Thank you,
[[N|Wei-Lin]]
""",
)

note(
    "d8-23",
    "Darnell Jefferson",
    """
Portal message from: [[N|Tamika Jefferson-Oyelowo]] (proxy for: [[N|Darnell Jefferson]], son)
hi, I need the FMLA papers filled out for my job so I can take care of [[N|Darnell]] after his surgery on the [[D|6th]]. My job is Kroger (store 427) and my employee # is [[ID|0058813344]]. The Sedgwick claim is [[ID|31247750019-0001]] and they put my SSN as [[SSN|912-08-3345]] on it. They need it back by [[D|Friday 8/16]] or they deny it. The fax # on the paper is [[FX|866-555-0148]] attn leave team. My supervisor [[N|Rick]] said he can't hold my spot much longer 😞. Can somebody call me [[PH|901-555-0133]] im on break 2-2:30.
thanks [[N|Tamika]]
""",
)

note(
    "d8-24",
    "Evelyn Rasmussen",
    """
RISK MGMT — social media monitoring, screenshot captured [[D|04/30/2024]] 09:15 by [[N|s.pruitt]]
@[[N|TheRealDebK]] ([[N|Deborah Kinsella]]): "@MountSinaiHlth ur ER let my [[A|94]] yo grandmother sit in a wet diaper for 6 HOURS. her name is [[N|Evelyn Rasmussen]] and she deserves dignity. nurse '[[N|JOSH]]' laughed at me. never again. #patientsafety" (1.2K reposts)
Reply from @[[N|bklyn_nurse_life]]: "not the nurses fault they had us 1:8 last night"
Action: patient relations ([[N|Marguerite Ellison]]) to reach out to family; incident #[[ID|RM-24-00612]] opened.
""",
)

note(
    "d8-25",
    "Eleanor Pruett",
    """
NOTEBOOK KEPT BY PT'S HUSBAND, BROUGHT TO GERI APPT (TRANSCRIBED):
[[D|JUNE 2]] - [[N|ELEANOR]] WOKE UP AT 4 ASKING FOR HER MOTHER. TOLD HER MOTHER IS AT CHURCH.
SAME DAY - SHE DIDN'T KNOW ME. CALLED ME BY HER BROTHER'S NAME.
[[D|JUNE 5]] - DR. [[N|ADEYEMI]]'S NURSE CALLED, STARTING THE PATCH (EXELON 4.6).
[[D|JUNE 9]] - OUR GRANDSON [[N|TYLER]] DROVE UP FROM [[C|ROANOKE]]. SHE KNEW HIM!! BEST DAY IN A MONTH.
NEXT NIGHT - FOUND HER IN THE CAR IN THE DRIVEWAY AT 2 AM. TOOK THE KEYS. HID THEM IN THE FREEZER.
[[D|JUNE 12]] - WALKED TO MRS. [[N|PARRISH]]'S HOUSE AT [[ADDR|417 LAUREL RIDGE RD]] IN HER NIGHTGOWN. I AM [[A|91]] AND I CAN'T DO THIS ALONE ANYMORE.
- [[N|WENDELL]]
""",
)

note(
    "d8-26",
    "Efraín Arreola",
    """
Voicemail (Spanish), transcribed + translated by interpreter [[N|D. Ferreira]], ID [[ID|4471]] — pasted for PCP
Original: "Buenas tardes, le habla [[N|Guadalupe Arreola]], llamo por mi esposo [[N|Efraín Arreola]], fecha de nacimiento [[D|doce de mayo de mil novecientos cincuenta y dos]]. Se le acabó la insulina el [[D|viernes]] y la farmacia no la quiere surtir. Mi número es [[PH|seis uno nueve, cinco cinco cinco, cero uno nueve tres]]. Vivimos en [[C|Chula Vista]] ahora, en la [[ADDR|calle Orange número 845]]."
English: Good afternoon, this is [[N|Guadalupe Arreola]] calling for my husband, DOB [[D|May 12, 1952]]. He ran out of insulin on [[D|Friday]] and the pharmacy won't fill it. My number is [[PH|619-555-0193]]. We live in [[C|Chula Vista]] now, at [[ADDR|845 Orange St]].
""",
)

note(
    "d8-27",
    "Sebastian Lindgren-Ortiz",
    """
CAMP WINNAMAUG HEALTH FORM — Parent section (faxed to peds office for signature)
Camper: [[N|Sebastian]] "[[N|Bash]]" [[N|Lindgren-Ortiz]]   DOB: [[D|2/9/2014]]   Cabin: Otter
Parent/guardian: [[N|Marcy Lindgren]], cell [[PH|860-555-0153]], work [[PH|860-555-0112 ext 204]]
Other emergency contact: Abuelo [[N|Hector Ortiz]] ([[C|Meriden]]), [[PH|203-555-0179]]
Insurance: ConnectiCare, member [[HP|7G440918-02]]
Allergies: PEANUTS (EpiPen Jr x2 in bag), penicillin
Meds: Focalin XR 10mg every morning (nurse please give at breakfast), Zyrtec prn
Notes: He wets the bed sometimes when stressed, please be discreet. Terrified of thunderstorms. His dog Mango is at home but he will talk about him a lot lol
Session: [[D|July 7]] - [[D|July 20]]
""",
)

note(
    "d8-28",
    "Harvey Nakashima",
    """
Patient Relations — complaint intake (phone), taken by [[N|C. Abramowitz]] [[D|9/23]]
Caller: [[N|Harvey Nakashima]] (pt), reports his car was towed from the Blue Garage while he was in chemo on [[D|9/20]]. Vehicle: 2016 Subaru Outback, silver, MA plate [[VEH|8TK 492]], VIN [[VEH|JF2BSANC8GH417702]]. He had a validated ticket (#[[ID|G-0066142]]) and a disability placard (#[[ID|DP 2219047]]). Tow company charged $240. He states "I have stage 4 cancer and now I'm walking across town to get my car." Requests reimbursement mailed to [[ADDR|14 Winthrop Rd #3]], [[C|Brookline]] MA [[Z|02445]]. Callback [[PH|617-555-0147]] (home), prefers afternoons. Referred to Security (Sgt. [[N|Okoro]]).
""",
)

note(
    "d8-29",
    "Zuri Achebe-Wright",
    """
Thank-you card taped to the NICU breakroom; photo placed in unit recognition file by unit mgr:
"To the angels of the NICU — [[N|Jess]], [[N|Marisol]], Big [[N|Mike]] and Dr. [[N|T]] —
Our little [[N|Zuri]] came home on [[D|Valentine's Day]] weighing 5 lbs 2 oz!! She was born [[D|Nov. 30]] at 26 weeks and 1 lb 11 oz and you never gave up on her. She's 11 weeks actual and now she's the loudest person in our apartment lol.
With love forever, [[N|Amara]], [[N|Desmond]] & [[N|Zuri Achebe-Wright]] 💕
P.S. [[N|Jess]], I still have your knitted hat, ty!! Follow her journey at [[URL|instagram.com/zuris_big_fight]]"
""",
)

note(
    "d8-30",
    "Clarence Boudreaux",
    """
ED SW note: Pt brought in by Deputy [[N|Alvarado]] after a neighbor recognized him from this Nextdoor post (shared by pt's niece):
"MISSING — PLEASE SHARE. My uncle [[N|Clarence Boudreaux]], [[A|90]], has dementia and walked away from his house on [[ADDR|1127 Magnolia Bend Dr]] in [[C|Prairieville]] around 6 pm last night ([[D|Sunday]]). 5'8, white hair, red LSU sweatshirt, no shoes. He may try to walk to his old house in [[C|Gonzales]]. If you see him call me [[N|Renee]] [[PH|225-555-0134]] or APSO case [[ID|24-011983]]. 🙏"
Pt found 3 mi away behind the Piggly Wiggly by Mr. [[N|Tran]] (neighbor). Niece at bedside.
""",
)

note(
    "d8-31",
    "Marcus Delacroix-Ray",
    """
Letter received by mail at ID clinic [[D|8/1]] (pt currently incarcerated; scanned per release on file)
Dear Nurse [[N|Yolanda]],
Its [[N|Marcus Delacroix-Ray]] (you know me from the hep C treatment). Im at Stateville now, my inmate # is [[ID|R-58291]] and my housing is unit F, bunk 14. They told me my viral load test from last spring got lost. Can you send my records to the medical unit here, the HSA is Ms. [[N|Pettigrew]], fax [[FX|815-555-0119]]? My mom [[N|Loretta]] has my release form, she lives at [[ADDR|3355 S Kedzie Ave]] in [[C|Chicago]], her phone [[PH|773-555-0161]]. I get out [[D|July 2025]] if everything goes right. I been taking all my meds. God bless you and the doctor.
[[N|Marcus]]
""",
)

note(
    "d8-32",
    "Ngozi Eze",
    """
Sibling group chat ("Mom's care 💪") — shared by pt's daughter w/ geriatric care mgr
[[N|Nkechi]]: ok schedule. I do mornings Mon/Wed/Fri, [[N|Chidi]] does Tues/Thurs, [[N|Ifeoma]] takes weekends
[[N|Chidi]]: I can't do this [[D|thurs]], I have a deposition. can someone cover the [[D|21st]]?
[[N|Obi]]: yeah I got it. what time is her cardiology thing
[[N|Nkechi]]: 10:15 with the heart doctor at the [[C|Sandy Springs]] office. bring her Aetna card, member [[HP|W298817043]]
[[N|Ifeoma]]: also her birthday is the [[D|30th]], she'll be [[A|90]]!!! party at my place [[ADDR|4412 Brandywine Ct]]??
[[N|Chidi]]: mama said no fuss. she said that for 89 too lol
""",
    allow=("Thurs",),
)

note(
    "d8-33",
    "Siobhan Ashworth-Patel",
    """
Headache diary kept by pt (visiting from UK; transcribed at urgent care, [[C|Orlando]]). Dates are day-first as written.
Name: [[N|Siobhan Ashworth-Patel]]   NHS no. [[ID|943 476 5919]]   Home: [[ADDR|14 Holloway Close]], [[C|Leeds]] [[Z|LS6 2QP]]
[[D|03/04]] — arrived MCO. headache 4/10 from flight, took sumatriptan 50
[[D|05/04]] — theme park all day, fine
[[D|06/04]] — woke 3am with the worst one in years, vomited x3, L eye watering. partner [[N|Callum]] gave me 2nd suma
[[D|07/04]] — still 6/10, light hurts. GP back home is Dr [[N|Okwuosa]] at the Hyde Park Surgery, [[PH|+44 113 496 0471]]
Travel insurance: AXA policy [[HP|TRV-8830-4412]], emergency line on card
""",
)

note(
    "d8-34",
    "Lukas Hartmann-Brandt",
    """
To: Student Health Services, Attn: NP [[N|Abbott]]
From: the [[N|Van Der Berg]] family (host family), [[ADDR|908 Juniper Hollow]], [[C|Bozeman]] MT [[Z|59715]]
Date: [[D|Oct. 2]]

We are hosting an exchange student from Germany, [[N|Lukas Hartmann-Brandt]] (17), through AFS. His parents live at [[ADDR|Lindenstraße 22]], [[Z|50674]] [[C|Köln]], and asked us to get his sports physical done before ski season. His passport number is [[ID|C4FJ7K2LN]] and his German health insurance (TK) member number is [[HP|T418839207]]. His mother's email is [[EM|k.hartmann-brandt@t-online.de]]; she is 9 hours ahead so email works best. He has no allergies and broke his left wrist in 2021.
Warmly, [[N|Paul Van Der Berg]]  [[PH|406-555-0125]]
""",
)

note(
    "d8-35",
    "Anthony Marchetti",
    """
Transplant SW: pt's fundraising page (shared by pt), reviewed re: financial clearance. Text below:
"Help Big [[N|Tony]] Get His New Kidney!
Organized by [[N|Gina Marchetti]] on behalf of [[N|Anthony Marchetti]] Sr.
[[N|Tony]]'s been on dialysis 3x a week at the center in [[C|Belleville]] since [[D|March 2022]]. On [[D|10/3]] he got THE CALL — a match! Surgery is set for [[D|10/15]] at University Hospital. Insurance covers most of it but not the travel, med copays ($900/mo!!) or the 6 weeks he can't drive his truck. Every dollar helps. Venmo @[[N|Gina-Marchetti-7]] or deposit at any Valley Bank, acct [[ACCT|0041-772038]].
[[URL|gofundme.com/f/big-tony-kidney-nutley]]"
SW note: $8,410 raised of $25,000. Discussed HelpHopeLive for tax purposes with pt and daughter.
""",
)

note(
    "d8-36",
    "Wilhelmina Strand",
    """
After-hours answering service message, [[D|11/28]] 02:14, taken by operator #[[ID|227]]:
Caller: "[[N|Dot]]" (states she's neighbor of pt, not family), callback [[PH|412-555-0145]].
Message: Pt Mrs. [[N|Wilhelmina Strand]] (she's [[A|ninety-six]]) fell in her kitchen tonight, neighbor heard her banging on the wall. Neighbor has a key, pt is up in her chair now, says her "hip is fine" but won't let neighbor call 911. Pt's son [[N|Gunnar]] lives in [[C|Duluth]] and isn't picking up, his number [[PH|218-555-0156]]. Neighbor asks that Dr. [[N|Mahdavi]]'s office call in the morning. Address [[ADDR|66 Ridgeview Terr, Apt 1]], [[C|Canonsburg]].
""",
)

note(
    "d8-37",
    "Lorenzo Bianchi-Haddad",
    """
Message from pt (via portal) to Device Clinic
Subject: home monitor light blinking
Good morning. This is [[N|Lorenzo Bianchi-Haddad]]. My bedside monitor (the Merlin box) has had an orange light since [[D|Christmas Eve]]. I unplugged and replugged it like the pamphlet says. The transmitter serial number on the bottom is [[DEV|RMT 7741-08823]] and my implant card says ICD serial [[DEV|6110482Q]]. I was in the hospital in [[D|November]] for the shocks so I am worried. My daughter [[N|Farah]] set up the wifi, our internet moved from Comcast to Verizon on [[D|Dec 20]] if that matters. You can call her at [[PH|216-555-0102]], she is more tech savvy.
Thank you, [[N|Lorenzo]], DOB [[D|3-3-1949]]
""",
)

note(
    "d8-38",
    "Destiny Ruiz-Calloway",
    """
Adolescent med: mom showed these texts (pt aware). Pt: [[N|Destiny Ruiz-Calloway]], 16.
mom: where r u its 1am
[[N|destiny]]: at [[N|kenzies]]
mom: [[N|kenzie]]'s mom said ur not there
[[N|destiny]]: ok im at [[N|jordan]]'s i'm fine omg
mom: whose [[N|jordan]]. send me ur location NOW
[[N|destiny]]: [[N|jordan]] from school. his snap is [[N|j0rdy.v]]. hes 19 he has a car its fine
mom: u have a appt w dr. [[N|Lowenstein]] on the [[D|3rd]] and we r talking about this
Safety plan reviewed with pt alone; risk factors (older partner, late-night absences) discussed. Mom to call clinic if she runs again.
""",
)

note(
    "d8-39",
    "Odessa Mae Pettaway-Greene",
    """
Bereavement file — program from the service (scanned):
A Celebration of Life
Mother [[N|Odessa Mae Pettaway-Greene]]
Sunrise: [[D|August 14, 1923]] — Sunset: [[D|January 30, 2024]]
Age [[A|100]]
Homegoing service [[D|Saturday, February 10, 2024]], 11 AM
Greater New Hope Missionary Baptist Church, Rev. Dr. [[N|Alvin T. Boykins]], Pastor
Obituary read by granddaughter [[N|Shaniqua Greene-Watts]]
Solo "I'll Fly Away" — Deacon [[N|Roosevelt Pettaway]]
Interment: Oakwood Cemetery, [[C|Selma]]
Repast to follow at the home of Mrs. [[N|Beatrice Hollis]], [[ADDR|2710 Lapsley St]]
Pallbearers: the grandsons, led by [[N|DeAndre]] and [[N|Kenneth]] Jr.
""",
)

note(
    "d8-40",
    "Jaylen Onwuachi",
    """
Dear Billing Office,
I received a statement for account [[ACCT|4400-718-2236]] (guarantor: me, [[N|Priscilla Onwuachi]]) for $1,874.22 for my son's ER visit on [[D|2/14]]. Your statement lists the patient as "[[N|Jaylen Onwaochi]]" — it is [[N|Jaylen Onwuachi]], and the SSN on it is not even his. His SSN is [[SSN|900-41-7733]]. Also his Medicaid (Healthy Louisiana) ID is [[HP|1184420097]] and that should have been billed first! I already called twice and spoke to two different people who said it was fixed. Please correct it and send a new statement to [[ADDR|5119 Chef Menteur Hwy Apt 12]], [[C|New Orleans]] LA [[Z|70126]].
[[N|Priscilla Onwuachi]]  [[PH|504-555-0110]]
""",
)

note(
    "d8-41",
    "Ezekiel Mwangi",
    """
From: Rev. [[N|Samuel Adebayo-Kline]] <[[EM|pastorsam@riversidefellowship.org]]>
To: Dr. [[N|Ilse Marquardt]]
Date: [[D|Tue, Jul 9, 2024]] 6:41 AM
Subject: Brother [[N|Zeke]] — permission on file

Dear Doctor, grace and peace. [[N|Zeke]] asked me to write since he can't type with the IV in. He has signed the release naming me and his cousin [[N|Wanjiru]] as people you can talk to. He wanted you to know he's scared about the amputation on [[D|Thursday]] but trusts you. He'd like communion before surgery. My cell is [[PH|402-555-0137]]. The church van's plate is [[VEH|NE 7-T3381]] if security needs it for the garage.
Blessings, Pastor [[N|Sam]]
""",
)

note(
    "d8-42",
    "Rustam Tashkentov",
    """
Rocky Ridge Freight LLC — Safety Dept
Date: [[D|1/8/2024]]
To: Occupational Medicine, Dr. [[N|Banerjee]]
Re: Driver [[N|Rustam Tashkentov]] — DOT physical / return to duty

[[N|Rustam]] (driver #[[ID|4417]]) had a syncope episode at the Love's in [[C|Laramie]] on [[D|December 29]] and was taken to the ER. He cannot drive until cleared. His CDL is Wyoming class A, #[[LIC|107-882-934]], and his med card expired with the incident. His tractor VIN is [[VEH|1XKYD49X8LJ402917]] in case you need it for the incident report. Please contact me, Safety Manager [[N|Becky Oyler]], at [[PH|307-555-0124]] or [[EM|boyler@rockyridgefreight.com]]; fax [[FX|307-555-0186]]. His wife will drive him to the appt.
""",
)

note(
    "d8-43",
    "Aurelia Stanescu",
    """
Psych OP f/u — pt volunteered that she posts on Reddit; pt read aloud this post from r/bipolar (username u/[[N|mothmoon_aurelia]]), dated [[D|5/17]]:
"3 weeks on lamotrigine 100 and honestly?? i feel like a person again. my psych (shoutout dr. [[N|P]]) said we'll go up to 150 after my level on the [[D|28th]]. still working at the bakery in [[C|Fishtown]], my cat Lentil says hi 🐈‍⬛. if anyone in [[C|philly]] wants a support buddy my discord is [[N|aurelia#4471]]"
Pt: [[N|Aurelia Stanescu]], 27. Counseled re: sharing identifying details online. Plan: lamotrigine level [[D|5/28]] as above; return in 4 wk.
""",
)

note(
    "d8-44",
    "Mateo Figueroa-Lund",
    """
Seizure log (mom's phone notes app), pt: [[N|Mateo Figueroa-Lund]], age 6
[[D|jan 3rd]] — 7:40am, stiffening + jerking R arm, ~90 sec. gave nothing. sleepy after
[[D|jan 9]] — 2 short staring spells at school per his teacher
the [[D|14th]] — big one in the tub 😭 3 min, gave Valtoco. called 911, went to Lutheran
[[D|feb 1st]] — started keppra 250 bid per Dr [[N|Oyelaran-Smith]]
[[D|feb 6]] — grumpy, hitting his sister [[N|Luz]], "keppra rage"? ask dr
Dad cell [[PH|303-555-0159]] if i dont answer. New address: [[ADDR|9870 W 44th Ave]], [[C|Wheat Ridge]] [[Z|80033]]
""",
)

note(
    "d8-45",
    "Augustin Beaulieu",
    """
Fax received [[D|3/11]] from: Parkview Senior Apartments management
To: Dr. [[N|Ochieng]]'s office
Re: Resident Mr. [[N|Augustin Beaulieu]], [[ADDR|1500 Riverside Dr, Apt 6C]], [[C|Lowell]] MA [[Z|01852]]
We are writing with concern about this resident (DOB [[D|12/25/1931]]). Since the week of [[D|Feb. 26]] staff have noticed he is not picking up his mail, his apartment has a strong odor, and last weekend he was found in the hallway not knowing which floor he lived on. His niece, [[N|Sylvie Tremblay]], is listed as emergency contact ([[PH|978-555-0168]]) but we cannot reach her. We are not asking for private information, only that someone check on him.
Contact: [[N|Rosalind Vega]], Property Manager, [[PH|978-555-0103]], fax [[FX|978-555-0197]]
""",
)

note(
    "d8-46",
    "Stanislaw Kowalski",
    """
Voicemail transcription — Ortho scheduling — received [[D|Mon 2/5]] 4:48 PM:
"Hi, um, this is [[N|Agnieszka]], [[N|Stan Kowalski]]'s wife — that's [[N|K O W A L S K I]] — he had the knee replaced on [[D|January 22nd]] with doctor [[N|Brightwater]] and his staples were supposed to come out today but the van from Sunrise Transit never showed. We're at [[ADDR|sixteen forty two Pine Hollow Road]] in [[C|Clarkston]]. Could somebody call me, I'm at [[PH|two four eight five five five oh one nine nine]]. His date of birth is [[D|four nine fifty two]], social is [[SSN|nine zero zero, one two, three three four five]]. Okay thank you, bye bye."
Note: callback made [[D|2/6]] by [[N|J. Ruiz]] — appt rebooked [[D|Thurs 2/8]].
""",
)

note(
    "d8-47",
    "Edna Haverford",
    """
Family Council — Maplewood Care Center — letter to the Medical Director (copy to Ombudsman [[N|Rita Castellano]])
Date: [[D|9/16/2024]]
We the undersigned family members want to raise concerns about night staffing on the Birch unit. On the night of [[D|Labor Day]], residents waited over 2 hours for call lights. One resident (Rm 112) was left on the floor 40 minutes.
Signed:
[[N|Louise Haverford-Tate]], daughter of [[N|Edna Haverford]] — [[EM|louhtate@aol.com]]
[[N|Darius Kamali]], son of [[N|Fereshteh Kamali]] (resident, age [[A|95]])
Contact for the Council: [[N|Darius]], [[PH|717-555-0120]]
""",
)

note(
    "d8-48",
    "Nguyễn Văn Bảy",
    """
Portal msg from: [[N|Trần Thị Mai]] (daughter/proxy) re: patient [[N|Nguyễn Văn Bảy]]
Dear Dr. [[N|Lindholm]],
My father (ông [[N|Bảy]]) is [[A|91]] now and he keep refusing the Eliquis because he says it make his gums bleed. Last [[D|Tết]] ([[D|Feb 10]]) he fall in the bathroom and we are scared. My brother [[N|Hùng]] live with him at [[ADDR|2231 Bolsa Ave #B]] in [[C|Westminster]], [[Z|92683]] but he work night shift at the nail salon. Can the doctor please call me, I speak English better: [[PH|714-555-0191]]. Father's Medicare number [[HP|7HK2-MV4-QT19]], Medi-Cal CIN [[HP|92210447A]].
Cảm ơn bác sĩ,
[[N|Mai]]
""",
)

note(
    "d8-49",
    "Prakash Venkataraman",
    """
OFFICE OF THE DEAN OF STUDENTS
[[D|April 22]]
To Whom It May Concern:
This letter confirms that [[N|Prakash]] "[[N|Pete]]" [[N|Venkataraman]] (Student ID [[ID|902218874]], netID [[N|pvenkat3]]) has been in contact with our office about a medical absence beginning the week of [[D|March 25]]. He has requested an incomplete in two courses. For us to process a medical withdrawal we need documentation from his treating provider, including dates of hospitalization. Please upload it through the secure student portal or fax [[FX|541-555-0192]], attn: Assistant Dean, Student Care. His advisor, Prof. [[N|Miriam Tsegaye]], is aware, and [[N|Pete]]'s parents in [[C|Sunnyvale]] have also been in touch.
""",
)

note(
    "d8-50",
    "Cornelius Abernathy",
    """
HANDWRITTEN ADVANCE DIRECTIVE (transcribed by SW; original in media tab)
I, [[N|Cornelius Abernathy]], being of sound mind, on this [[D|3rd day of May, 2024]], state that if I cannot speak for myself I want my friend [[N|Tobias]] "[[N|Toby]]" [[N|Reinholt]] (not my brothers) to make my medical decisions. His number [[PH|541-555-0113]], he lives at [[ADDR|89 Sugar Pine Ln]], [[C|Bend]], OR [[Z|97702]]. No breathing tube. No feeding tube. Yes to pain meds even if it shortens things. I want to die at home with my dog Roscoe if possible.
Signed: [[N|Cornelius Abernathy]]
Witness 1: [[N|Marjorie Hale]], [[ADDR|212 NW Hill St]], [[C|Bend]]
Witness 2: neighbor (signed, name illegible)
""",
)

note(
    "d8-51",
    "Kayla Brightwater-Dunn",
    """
Privacy Office intake — written complaint from pt, received [[D|7/29]]
"On [[D|July 25]] I found my ultrasound pictures on a Facebook page called 'Babies of the Valley'. The link is [[URL|facebook.com/photo/?fbid=10228817340019]] — I knew it was mine because my name ([[N|Kayla Brightwater-Dunn]]) and my due date [[D|11/8]] are in the corner. The only person I showed them to was the sonographer, her badge said [[N|Amber L]]. I want to know who had access to my chart. My MRN is [[MRN|E4471902]]. My husband [[N|Travis]] says we should get a lawyer."
Investigator: [[N|P. Nwosu]]. Portal audit shows a login to the pt account from [[IP|172.58.19.204]] on [[D|7/24]], not recognized by pt.
""",
)

note(
    "d8-52",
    "Earl Pritchett",
    """
VM transcript (Pulm clinic) — left [[D|Sat]] ~9pm, listened to [[D|Monday]] am by RT [[N|Cedric Banks]]:
"hey this message is for doctor uh [[N|Volkov]]? it's [[N|Jolene]], [[N|Earl Pritchett]]'s daughter, [[N|Earl pritch ET]]. dads oxygen machine the Inogen one is beeping and the screen says service, the serial number is [[DEV|one one zero four two two seven eight]]. we're down in [[C|gainesville]] at my sisters place till after the [[D|fourth of July]] so please don't send the tech to his house in [[C|Ocala]]. call me back at [[PH|three five two five five five oh one one eight]]. his birthday is [[D|10 10 38]] if you need it. k bye."
""",
)

note(
    "d8-53",
    "Consuelo Ybarra",
    """
From patient portal:
Hello Audiology. My mother, [[N|Consuelo Ybarra]] (she is [[A|98]], I am her son [[N|Rogelio]] and her proxy), lost her LEFT hearing aid at the Golden Corral on [[D|Saturday]] after church. It is the Phonak Lumity, serial number [[DEV|2318X0H9J]] (from the box). Is it still under warranty — you fit them on [[D|04/11/2023]]. We told the manager and also filed with Pueblo police, report # [[ID|23-PPD-044177]], in case insurance asks. Her Medicare Advantage is UnitedHealthcare, member id [[HP|918447201-01]]. She is asking if she can get a loaner. Our house is [[ADDR|1906 E Orman Ave]], [[C|Pueblo]] [[Z|81004]]. thx -[[N|Rogelio]] [[PH|(719) 555-0180]]
""",
    allow=("Pueblo",),
)

note(
    "d8-54",
    "Amir Haddad-Sousa",
    """
Study coordinator note: parent completed the online contact form for the ASTHMA-KIDS registry; responses pasted:
Child's name: [[N|Amir Haddad-Sousa]]
Child's DOB: [[D|12 / 03 / 2016]]
Participant ID (assigned): [[ID|AK-0418-B]]
Parent/guardian: [[N|Leila Haddad]]
Email: [[EM|leila.h.sousa@gmail.com]]
Phone: [[PH|571 555 0135]] (evenings after 6)
Home address: [[ADDR|4020 Glebe Rd apt 711]], [[C|Arlington]], VA [[Z|22203]]
Inhaler(s): Flovent 44 2 puffs twice a day, albuterol as needed
ER visits in past year: 2 (last one around [[D|Halloween]])
Anything else? "he's obsessed with dinosaurs, the Smithsonian trip was on [[D|3/16]] and he did great with the spacer"
Submitted: [[D|2024-03-21]] 21:47:09 from IP [[IP|108.31.77.12]]
""",
)

note(
    "d8-55",
    "Wilner Joseph",
    """
Letter in Haitian Creole handed to nurse by pt's wife; translated by interpreter [[N|Jean-Robert Bastien]] (#[[ID|6630]]) [[D|10/21]]:
Translation: "Doctor, I am [[N|Mirlande Joseph]], wife of [[N|Wilner Joseph]]. Since his stroke on [[D|9/30]] he does not eat, only a little akasan. His sister [[N|Roseline]] came from [[C|Port-au-Prince]] to help but she must go back on [[D|October 28]]. We live at [[ADDR|310 NE 79th St #4]] in [[C|Little Haiti]], [[C|Miami]] [[Z|33138]]. Our pastor can read English for us. Telephone: [[PH|305-555-0174]] (my daughter). Thank you for everything you do. God bless you."
""",
)

note(
    "d8-56",
    "Sunita Ramaswamy-Cole",
    """
Long COVID symptom journal — pt-kept, printed & brought to Post-COVID clinic (Dr. [[N|Adeleke]])
Written by: [[N|Sunita Ramaswamy-Cole]]
- got sick right before [[D|Memorial Day]], tested + on [[D|5/24]]
- by [[D|4th of July]] still couldn't climb stairs, HR 130s just standing (my apple watch)
- [[D|Labor Day]] weekend tried a 10 min walk → crashed for 3 days
- saw cardiology (Dr. [[N|Whitlock]]) [[D|Oct 2]], tilt table "suggestive of POTS"
- started propranolol 10 mg, salt tabs, compression socks
- [[D|Thanksgiving]]: sat at the table the whole meal!! small win
- work (Emory, billing dept) approved reduced hours thru [[D|Jan 31]]
- husband [[N|Derek]] does all the driving now
Goal: back to choir by [[D|Easter]]
""",
)

note(
    "d8-57",
    "Brayden Kowalewski",
    """
Riverbend High School Athletics
To: Dr. [[N|Kessler]], Sports Medicine
Date: [[D|Sept 19]]
Re: [[N|Brayden Kowalewski]], varsity football

Coach here — [[N|Brayden]] took a helmet-to-helmet hit in [[D|Friday]] night's game against Fairview ([[D|9/13]]). Our athletic trainer, Ms. [[N|Dominguez]], pulled him per protocol; his ImPACT post-test was way off his baseline from [[D|August]]. He's been having headaches at practice and his mom says he's sleeping 12+ hrs. He wants to play on [[D|Oct 4]] but I told him that's your call, not mine. Please send clearance paperwork to me at [[EM|coachd.wilkes@riverbendhs.org]] or fax [[FX|812-555-0106]].
— Coach [[N|Dale Wilkes]]
""",
)

note(
    "d8-58",
    "Niamh O'Shaughnessy-Park",
    """
Portal message from: [[N|Brendan O'Shaughnessy]] (proxy for sister [[N|Niamh O'Shaughnessy-Park]])
hey doc, [[N|brendan]] here. so I was actually on the engine that responded for [[N|niamh]] on the [[D|2nd]] (weird, i know, it was my shift). the run number is [[ID|24-0017733]] if you want the PCR from our side, my badge is [[ID|FF 0412]]. her BG was 38 when we got there and she'd been alone since like noon. her husband [[N|Jae-won]] was stuck in [[C|Seoul]] on a work trip and got back yesterday. we've got a schedule now so someone checks on her twice a day. can we talk about that CGM thing? she lives at [[ADDR|18 Pleasant St]] in [[C|Quincy]] and her phone is dead half the time so call me at [[PH|617-555-0195]].
""",
)

note(
    "d8-59",
    "Bartholomew Quigley",
    """
Legacy.com guestbook entries for [[N|Bartholomew]] "[[N|Bart]]" [[N|Quigley]] (printed by pt's widow for grief counselor, [[D|5/6]]):
"He was my foreman at the shipyard for 22 yrs. Best boss I ever had. RIP — [[N|Manny Soares]], [[C|New Bedford]]"
"Uncle [[N|Bart]] taught me to fish off the pier. Miss you already. — your niece & the kids ([[C|Fall River]])"
"So sorry [[N|Maureen]]. He talked about you every day at the VA. — Lt. Col. [[N|Dwayne Hutchins]] (ret.)"
"Gone too soon at [[A|91]] but what a life. See you at Our Lady of Fatima on the [[D|10th]]. — the [[N|Medeiros]] family"
Memorial page: [[URL|legacy.com/us/obituaries/name/bartholomew-quigley-obituary?id=55104427]]
""",
)

note(
    "d8-60",
    "Joseph Redcloud",
    """
Letter from pt's daughter (health care agent), scanned [[D|8/14]]
To Dr. [[N|Pham]] and the team on 7 North,
I'm [[N|Winona Redcloud]], my father is [[N|Joseph Redcloud]] Sr., [[A|92]]. I hold his healthcare POA (copy attached) and the court appointed me temporary guardian last month, Standing Rock Tribal Court case no. [[ID|GU-2024-0193]]. My brother [[N|Lyle]] has been telling the nurses to do a feeding tube. Dad told all of us clearly, at his birthday cookout over the [[D|4th of July]], that he never wants that. Please only take decisions from me. My number is [[PH|701-555-0130]] and my email [[EM|winona.redcloud@gmail.com]]. I'm driving in from [[C|Fort Yates]] every day. His IHS chart number is [[MRN|003318-44]].
[[N|Winona]]
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
