#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_dev16.jsonl.

This development set is built from life stories and long narrative histories,
where identifiers sit inside ordinary prose instead of header fields: chaplaincy
and spiritual-care visits, dementia life-story books and reminiscence-therapy
sessions, geriatric psychiatry biographical histories, social-work psychosocial
assessments, migration histories, bereavement-file memorial entries, family
histories and genetic pedigrees told in words, and veterans' service histories.
The hard cases are places of birth abroad ("b. Cork", "born in Ponce, raised in
the Bronx"), childhood streets and neighbourhoods, dates written out in words or
in other calendars, holidays used as the date of an event, nonagenarian and
centenarian ages in words and digits, relatives named by first name alone and
then again paragraphs later, nicknames, maiden names and family names used as
plurals ("her people were Kowalczyks"), lower-case volunteer typing with typos,
and many look-alikes that must stay unmarked: bare years and decades, seasons,
durations, states, provinces, counties and countries, churches, schools, mills,
regiments and ships, historical events (the Blitz, Kristallnacht, Bloody
Sunday), kinship words (Nonna, Lola, Bubbe, Mémère), pets, famous people and
eponyms, including surnames that are also eponyms (a Mr. Parkinson with
Parkinson's disease, Lynches with Lynch syndrome) and towns named inside an
institution's name (Coventry Cathedral, Seabrook Farms).

Annotation conventions (HIPAA Safe Harbor):
- NAME covers every person, living or dead: patients, relatives, friends,
  neighbours, clergy, clinicians, interpreters and volunteers, in any form -
  first name alone, nickname, lower case, ALL CAPS, "Last, First", maiden name
  after "nee", a family name used as a plural ("the Mulveys"), initials that
  stand for a person, and social-media handles (the "@" left outside).  Titles,
  honorifics and credentials (Mr., Mrs., Mme, Sra., Nha, Hajji, Uncle used as
  an honorific, Dr., Fr., Sr., Rev., Rabbi, Imam, Pastor, Deacon, Mother/
  Brother/Sister used as church titles, Pvt., Capt., RN, MD) stay outside the
  span.  A religious name and a birth name are both marked, as are a "paper
  name" and a true name.  Kinship words (Mam, Nonna, Lola, Bubbe, Yiayia,
  Teta, Mémère, Big Mama, Zia used as "aunt") are not names; the name after
  them is.  Pets, saints, famous people, eponyms, song titles and any name
  inside a facility, church, school, company, ship or landmark name stay
  unmarked.
- DATE covers every date element finer than a year: numeric dates, dates in
  words, month+day, month+year, a month named alone for an event in the
  person's life, a lone ordinal day ("on the 3rd" -> "3rd"), dates in the
  Hebrew, lunar or Islamic calendars, and a holiday or weekday used as the date
  of an event ("Christmas Eve 2019", "Boxing Day 1955", "died last easter",
  "revisit Thursday").  A leading article stays outside ("the [[D|twelfth of
  June, 1952]]"); an internal one stays inside ("August the 15th, 1930").
  Bare years, decades, seasons ("the winter of 2003"), durations, recurring
  schedules ("every Memorial Day", "visits most Wednesdays"), relative words
  ("tomorrow"), recurring holidays and commemorations even when written as a
  calendar day ("sleeps poorly around Tet", "observes April 24 every year"),
  and named historical events (Pearl Harbor, Bloody Sunday, the Blizzard of
  '78, the fall of Saigon) are not dates.  An explicit day on which the person
  took part in a historical event is still marked ("on Bloody Sunday, March
  7" -> "March 7").
- AGE: only ages above 89, the number alone, in digits or words, including
  "in her nineties" (-> "nineties") and an ordinal birthday over 89 ("her
  101st birthday" -> "101st").  Ages of 89 and under are unmarked; so is a
  decade that is not an age ("the 1990s") and a room number that happens to
  equal an age.
- PHONE/FAX whole number with extension; EMAIL whole; URL only when the link
  is about one person (memorial page, family blog, guestbook); IP every IPv4.
- SSN (full or last four), MRN, HEALTH_PLAN (Medicare/Medicaid numbers),
  ACCOUNT (bank and portal accounts), LICENSE, VEHICLE (plates and VINs),
  DEVICE (serial numbers), ID for other person-specific numbers: military
  serial numbers, VA claim numbers, alien registration numbers (with the A),
  wartime family numbers, adoption case numbers, grave/plot numbers.
- ADDRESS is the street part, including a named street alone when it locates
  where the person lived ("grew up on [[ADDR|Fox Street]]"); a street named
  only as the site of a workplace ("a Jackson Street restaurant") and a street
  inside a TV programme's name stay unmarked.  CITY covers cities, towns,
  villages, neighbourhoods and boroughs ("Bronx", without the article),
  townlands, and places of birth abroad, whatever role the place plays (a port
  left through, a town named as the end of the line); "Bloomfield, Pittsburgh"
  is two CITY spans.  A town whose name is also a state or a country (Nevada,
  Iowa; Trinidad, Colorado) is marked when it is the town and left alone when
  it is the state or country.  ZIP postal codes.  States, provinces, regions,
  counties, islands named as islands, rivers, valleys and countries are
  unmarked.
- Never marked: facility, church, school, employer, mill, union, regiment,
  ship, camp and agency names, historical events, drugs, scores, lab values,
  room numbers, times and bare years.

Stdlib only.  Run: python bench/data/make_deid_dev16.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_dev16.jsonl")
NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "d16-01",
    "Margaret Dunleavy",
    """
SPIRITUAL CARE NOTE  [[D|03/14/2024]]
Chaplain [[N|Bríd Halloran]], MDiv

Visited Mrs. [[N|Margaret]] "[[N|Peg]]" [[N|Dunleavy]] (née [[N|Scanlon]]) on 4 West at the request of her daughter [[N|Siobhan]]. Pt is [[A|ninety-four]], b. [[C|Cork]], and came out to America in 1949 "with one suitcase and my mother's rosary." Married [[N|Tom Dunleavy]] at St. Brigid's in [[C|Dorchester]] on the [[D|twelfth of June, 1952]]; he died in the eighties. She asked for Fr. [[N|Keane]] from the parish by name and for the Sacrament of the Sick. She spoke of her sister [[N|Nora]], still living at home in Ireland at [[A|ninety-one]], and wept a little. We prayed the Memorare together; she held my hand through it and then asked for tea. Plan: notify the rectory ([[PH|617-555-0148]]); revisit [[D|Thursday]] after the noon Mass.
""",
)

note(
    "d16-02",
    "Santiago Rosado",
    """
LIFE STORY BOOK - memory care unit
Preferred name: "[[N|Chago]]" (given name [[N|Santiago Rosado Vélez]]), age [[A|92]]
Born: [[D|March 3, 1931]], [[C|Ponce]], Puerto Rico
Raised: [[C|Bronx]], on [[ADDR|Fox Street]] near the el, from age six
Work: 31 years at the Domino sugar refinery; union steward
Married: [[N|Carmen Iris]] (d. 2009), met at a dance at the Hunts Point Palace
Children: [[N|Eddie]] in Florida; [[N|Marisol]] (visits Sundays); [[N|Junior]] (killed in Vietnam, 1968)
Loves: Tito Puente records, dominoes, the Yankees, café con leche with too much sugar
Calming: ask about his mother's kitchen in [[C|Ponce]] and the parrandas at Christmas
Triggers: sirens; strangers calling him "[[N|Santiago]]"
Contact: daughter [[PH|(718) 555-0163]]
""",
)

note(
    "d16-03",
    "Halina Kowalczyk-Nowak",
    """
GERIATRIC PSYCHIATRY - BIOGRAPHICAL HISTORY
Pt: [[N|Kowalczyk-Nowak, Halina]]   MRN [[MRN|00481736]]   DOB [[D|11/02/1930]]

Informant: son [[N|Piotr]] ([[PH|773-555-0119]]). Pt was born in [[C|Tarnów]], Poland, the third of five. Her father was taken in the autumn of 1939 and not seen again; she and her mother spent the war with an aunt in [[C|Nowy Sącz]]. Arrived in [[C|Chicago]] in [[D|April 1951]] as a displaced person, sailing from Germany (ship unknown). Settled in [[C|Back of the Yards]]; worked nights at Nabisco for 28 years. Married [[N|Zbigniew Nowak]] at St. Joseph's in 1953; widowed 1994. No psychiatric history before the 1990s. Her son calls her "stubborn as a [[N|Kowalczyk]]"; her people were [[N|Kowalczyks]] from the mountains, and she still calls him "[[N|Piotruś]]."
""",
)

note(
    "d16-04",
    "Walter Lindqvist",
    """
Social Work Psychosocial Assessment   [[D|2/7/24]]   [[N|D. Ferreira]], LICSW

Pt [[N|Walter Lindqvist]], [[A|96]], admitted from home after a fall. Lives alone in the house he built in 1958 at [[ADDR|27 Juniper Hill Rd]], [[C|Ashby]], MA [[Z|01431]]. Wife [[N|Signe]] died [[D|Christmas Eve 2019]]. Supports: niece (HCP) [[PH|978-555-0137]]; neighbour "[[N|Dutch]]", who plows his drive; his pastor at Emmanuel Lutheran. WWII Navy veteran (USS Wasp), VA pension. Niece manages finances; account at Nashoba Valley Credit Union ending [[ACCT|4471]]. Pt states "I'll go home or I'll go to [[C|Fitchburg]] in a box." Options reviewed; declines ALF. Plan: home safety eval, VNA referral, f/u with niece [[D|Friday]].
""",
)

note(
    "d16-05",
    "Remedios Bautista",
    """
Migration history (per pt and granddaughter)

Pt [[N|Remedios]] "[[N|Remy]]" [[N|Bautista]], [[A|ninety]]. Born in [[C|Vigan]], Ilocos Sur, during the American period; the family moved to [[C|Manila]] after the war. Trained as a nurse at UST and came over in 1966 on the Exchange Visitor Program, working nights at Cook County. Naturalized [[D|July 4, 1976]], "the Bicentennial, so I would never forget." Widowed; two sons, both in Illinois. Granddaughter [[N|Trisha Bautista-Cruz]] calls her Lola and is the main visitor, [[EM|trisha.bcruz@mailbox.example]]. Alien registration no. on her old papers: [[ID|A11 482 906]]. Pt still prays the rosary in Ilocano and asks whether Lola [[N|Ising]] is coming; [[N|Ising]] was her own grandmother, d. in the fifties.
""",
)

note(
    "d16-06",
    "Eleanor Whitcomb",
    """
BEREAVEMENT FILE - MEMORIAL ENTRY
Decedent: [[N|Eleanor Mae Whitcomb]], died peacefully the morning of [[D|January 9th]] at [[A|102]].

[[N|Eleanor]] was born on a dairy farm outside [[C|St. Johnsbury]], Vermont, on the [[D|fourth of May, 1921]], the youngest of eleven. She taught in one-room schoolhouses through the forties, then thirty years of third grade at Lyndon Town School. Predeceased by her husband [[N|Harold]] (1998) and a son. Survived by daughter [[N|June Whitcomb Pratt]] of New Hampshire, six grandchildren and "more greats than I can count." The family's memorial page: [[URL|www.rememberingeleanor.example.org]]. Burial in the spring at Mount Pleasant Cemetery, plot [[ID|C-17-4]]. Bereavement calls to [[N|June]] at [[PH|603-555-0171]], first call one month out.
""",
)

note(
    "d16-07",
    "Deirdre Ní Bhriain",
    """
Genetics intake - family history as told by the proband

Proband [[N|Deirdre Ní Bhriain]], 58. "My mother's people, the [[N|Mulveys]], all went with the heart." Mother [[N|Kathleen]] d. at 61 in [[C|Ballyhaunis]]; her brothers [[N|Paddy]] and [[N|Seán]] died suddenly in their forties, [[N|Paddy]] at a hurling match. Maternal grandmother [[N|Bridget Mulvey]] (née [[N|Costello]]) lived to [[A|ninety-three]] with "no heart trouble at all." Father's side ([[N|O'Brien]]) from County Galway: father [[N|Liam]], living, [[A|91]], in a nursing home; his sister had a pacemaker at 40. Proband's daughter [[N|Aoife]], 31, lives locally. Sudden deaths at young ages in the maternal line raise concern for an inherited arrhythmia (Brugada, long QT). Offer testing to her daughter and first-degree relatives.
""",
)

note(
    "d16-08",
    "Cornelius Abernathy",
    """
Veteran history (Geri-PACT intake), [[D|5/22/2023]]
Pt [[N|Cornelius J. Abernathy]] ("[[N|Neil]]"), [[A|98]]. Drafted in [[D|February 1943]] from [[C|Lackawanna]], NY, where his father worked at Bethlehem Steel. 106th Infantry Division; captured in the Ardennes during the Battle of the Bulge on [[D|December 19, 1944]] and held at Stalag IX-B until liberated in the spring. Army serial no. [[ID|32 781 445]] (DD-214 brought by daughter). Purple Heart. Came home on the Queen Mary and used the GI Bill for a drafting course. Never spoke of the camp until his wife [[N|Lorraine]] died in 2016; now has nightmares "about the boxcar." Daughter [[N|Gail Abernathy-Kuntz]], [[PH|716-555-0126]], accompanies. VA claim no. [[ID|C 27 118 903]]. PC-PTSD-5 = 4. Plan: PCT referral; prazosin discussion with PCP.
""",
)

note(
    "d16-09",
    "Nettie Ferraro",
    """
reminiscence grp [[D|tues]] - volunteer notes, typed by [[N|kath o]]

mr [[N|delgado]] talked about growing up on [[ADDR|calle loíza]] in [[C|santurce]], his abuela's bacalaítos, and the hurricane in 56 (santa clara?). came to [[C|new york]] on a pan am flight w his brother, they slept in a cousins kitchen on [[ADDR|e 104th st]]. mrs [[N|ferraro]] (says call her [[N|nettie]]) grew up in [[C|bensonhurst]], dad had a fruit cart, married her [[N|sal]] right after pearl harbor - she said [[D|dec 13 1941]] then said it was 42. she turned [[A|ninety-five]] on the [[D|3rd]] and her granddaughter brought cannoli for everybody. the gentleman by the window didnt say much, said hes from the [[C|liberties]] in [[C|dublin]], then he fell asleep. nice group!!
""",
)

note(
    "d16-10",
    "Shmuel Rabinowitz",
    """
Jewish Spiritual Care - Rabbi [[N|Adina Feldscher]]

Visited Mr. [[N|Shmuel]] "[[N|Sam]]" [[N|Rabinowitz]], [[A|99]], at the request of his grandson. [[N|Sam]] was born in [[C|Brańsk]], in Podlasie, and left with his Bubbe in 1938; his parents and sisters did not survive the war. He reached Cuba first, then [[C|Miami Beach]], and kept a tailor shop on [[ADDR|Washington Avenue]] for forty years. Today is the yahrzeit of his wife [[N|Frieda]] ([[D|14 Shevat]]) and he wanted to say Kaddish; we gathered a minyan with help from the men of Temple Beth Sholom. He reminded me twice that he will be [[A|100]] on [[D|Purim]] and "plans to be there." Grandson's cell [[PH|305-555-0182]]. Will return [[D|Sunday]].
""",
)

note(
    "d16-11",
    "Concetta Russo",
    """
OT - Reminiscence Therapy, session 3 of 6
Client: [[N|Concetta Russo]] ("[[N|Connie]]"), [[A|93]]. Moderate Alzheimer's dementia.

Used the photo album brought by her son. [[N|Connie]] named her wedding photo at once: "That's me and [[N|Carmine]] at Our Lady of Pompeii, [[D|September 1949]]." Named her Nonna and Zia [[N|Filomena]] in a photo taken in [[C|Castelvetrano]], Sicily, where she was born. Recalled the cold-water flat on [[ADDR|Mulberry Street]] in [[C|Little Italy]] and moving to [[C|Hoboken]] "after the war, when [[N|Carmine]] got on with the railroad." Could not name grandchildren in photos from the 1980s. Sang along to "Torna a Surriento." Affect bright, engaged 40 min. Plan: son to bring photos of the flat above the bakery on [[ADDR|Adams St]]. - OTR/L
""",
)

note(
    "d16-12",
    "Alfred Parkinson",
    """
Movement Disorders Clinic - social and biographical history

Mr. [[N|Alfred Parkinson]], [[A|91]], idiopathic Parkinson's disease since 2011, seen with wife [[N|Winifred]] ("[[N|Win]]") and son. He jokes that he "got the disease with my own name on it." Born in [[C|Stockport]], England, [[D|26th October 1932]]; national service with the Royal Signals in Cyprus; emigrated to [[C|Hamilton]], Ontario in 1957 and spent 35 years at Stelco. Married on [[D|Boxing Day 1955]] at St. Mary's, [[C|Heaton Norris]]. She reports he now dozes through Coronation Street and has stopped his Sunday walks by the lake. Falls x2 since [[D|March]]. Contact: [[N|Graham Parkinson]] [[PH|905-555-0114]], [[EM|g.parkinson@northmail.example]].
""",
    allow=("Parkinson",),
)

note(
    "d16-13",
    "Odessa Mae Pruitt",
    """
Hospice SW visit - psychosocial / life review

Pt [[N|Odessa Mae Pruitt]], [[A|ninety-seven]], at home with daughter [[N|Bernice]]. Born in [[C|Greenwood]], Mississippi, on a sharecropping place; Big Mama (her grandmother) raised her after her mother passed in the flu. Came north to [[C|Chicago]] on the Illinois Central in 1942, did day work, then 30 years at the Argo cornstarch plant. Lived at [[ADDR|4418 S. Vincennes Ave]] until 2015. Husband [[N|Clarence]] ("[[N|June Bug]]") d. 1988. She is a church mother at Greater Mt. Moriah M.B.C.; her pastor visits most Wednesdays. Spoke of her son [[N|Otis]], killed in Korea in [[D|November 1950]]; she is "ready to see [[N|Otis]] and [[N|Clarence]] both." Wants her homegoing at Mt. Moriah with "Precious Lord." A grandson is POA.
""",
)

note(
    "d16-14",
    "Agatha Brennan-Ruiz",
    """
Nursing progress note - Room 101

Resident [[N|Agatha Brennan-Ruiz]] turned [[A|101]] today ([[D|Saturday, February 3]]). Party in the sunroom with daughter [[N|Lucille]], 77, and a great-grandson who flew in from [[C|Albuquerque]]. The mayor's office sent a certificate. [[N|Agatha]] told everyone she was born "the year the Yankees got their stadium" in [[C|Pawtucket]] and ran looms at the Hope Webbing mill until she married [[N|Ignacio Ruiz]] in 1947. Ate two slices of cake (BG 212 at 1600, covered per sliding scale). Tolerated the excitement well; back in Room 101 resting by 1700. At bedtime asked for her late husband "[[N|Nacho]]" and was reoriented gently. - [[N|T. Oyelaran]], RN
""",
    allow=("101",),
)

note(
    "d16-15",
    "Joan Marchetti",
    """
Bereavement Program - memorial note

[[N|Joan Elsie Marchetti]] (née [[N|Pickering]]), [[D|14 April 1925]] - [[D|2 March 2024]], aged [[A|98]].
[[N|Joan]] was born in [[C|Coventry]] and was fifteen when the Blitz took her family's house on [[ADDR|Spon Street]]. She met Pvt. [[N|Leo Marchetti]] of the US Eighth Air Force at a dance in [[C|Leamington Spa]] and sailed as a GI bride in [[D|February 1946]]. They settled in [[C|Providence]], where he ran a barbershop and she did the books. She went back twice to see the new Coventry Cathedral and always brought home a tea towel. Survived by a son and a daughter, five grandchildren and a great-granddaughter named for her. Bereavement contact: daughter, [[PH|401-555-0109]].
""",
    allow=("Coventry",),
)

note(
    "d16-16",
    "Choi Soon-ja",
    """
Geriatric psychiatry - biographical history (Korean interpreter [[N|Jae-won Shin]])

Mrs. [[N|Choi Soon-ja]], [[A|92]], born in [[C|Pyongyang]]. Fled south with her mother and infant brother during the Korean War, crossing the frozen river on [[D|January 4, 1951]]. Grew up in a refugee settlement in [[C|Busan]]; married [[N|Kim Dong-hyun]] in 1956; emigrated to [[C|Los Angeles]] in 1974 and ran a dry cleaner in [[C|Koreatown]] with him for 25 years. Widowed on [[D|Chuseok 2012]]: "he died on the holiday." Her brother still lives in Korea. Daughter [[N|Grace Kim]] is the main support and a deaconess at her church; pt attends dawn prayer daily. New paranoid ideation: pt believes neighbours at [[ADDR|1120 S. Wilton Pl, #4]] enter her apartment and move her husband's photographs.
""",
)

note(
    "d16-17",
    "Nguyen Van Thanh",
    """
Psychosocial assessment - [[N|Lanh Pham]], MSW

Pt [[N|Nguyễn Văn Thành]], [[A|90]], born in [[C|Huế]]; gives his birthday by the lunar calendar as the [[D|15th day of the 8th month]]. Former ARVN officer; after the fall of Saigon spent six years in re-education camp. Came to [[C|San Jose]] under the HO program in 1991 with wife [[N|Lan]] and two daughters. Eldest son [[N|Phúc]] left by boat in 1979 and was never heard from; the family keeps no death anniversary because the date is unknown, which pt says is "the worst part." Lives with daughter [[N|Mai Nguyen-Tran]] at [[ADDR|2714 Story Rd]], [[C|San Jose]] [[Z|95122]]. Attends the Vietnamese Mass at St. Patrick's. Sleeps poorly around Tết; declines counselling but accepts a veterans' group.
""",
)

note(
    "d16-18",
    "Guadalupe Arredondo",
    """
Chaplain note - Spanish-language visit

Sra. [[N|Guadalupe]] "[[N|Lupita]]" [[N|Arredondo]] viuda de [[N|Salcido]], [[A|95]]. Born in [[C|Jalostotitlán]], Jalisco, on [[D|12 de diciembre de 1928]], "el día de la Virgen, por eso me llamo [[N|Guadalupe]]." Came to [[C|El Paso]] in 1946; her husband [[N|Refugio]] worked at the Ford plant for 28 years. She asked for a picture of la Virgen de Guadalupe by her bed and for the padre from San Gabriel Mission to bring communion. Every Día de los Muertos she keeps an ofrenda for [[N|Refugio]] and her daughter who died young. A grandson translated when she tired. Prayed the Magnificat in Spanish. Family asked for a Spanish-speaking volunteer on weekends.
""",
    allow=("Guadalupe",),
)

note(
    "d16-19",
    "Konstantinos Papadakis",
    """
ALL ABOUT ME - memory care admission
My name: [[N|Konstantinos Papadakis]]. Call me "[[N|Gus]]" or "[[N|Kosta]]"
Born: [[C|Kalamata]], Greece, [[D|Feb. 9, 1932]] (my name day is [[D|May 21]])
Family: wife [[N|Eleni]] (d. 2017); two daughters; my Yiayia raised me during the occupation
Came to America: 1954, to [[C|Lowell]], worked in my uncle's diner on [[ADDR|Gorham St]], lived upstairs
Work: owned the Acropolis Diner 40 yrs (never closed, not even for the Blizzard of '78)
Church: Transfiguration Greek Orthodox
I like: tavli, Olympiacos, Sinatra, feeding pigeons, loukoumades
Please don't: call me "Mr. [[N|Papadakis]]"
Emergency: [[N|Voula Stavros]] [[PH|978-555-0190]]
""",
)

note(
    "d16-20",
    "Virgil Tackett",
    """
Geri psych consult - social history (pt reliable for remote events)

[[N|Virgil Ray Tackett]], [[A|93]]. Born in a holler off [[ADDR|Greasy Creek Rd]] near [[C|Pikeville]], KY. Father and two brothers mined for Island Creek Coal; father was killed in a slate fall on the [[D|Tuesday before Thanksgiving, 1938]]. [[N|Virgil]] went in at 15, joined the UMWA, then came up to [[C|Dayton]], OH in 1955 "on the hillbilly highway" to work at Frigidaire. Married [[N|Opal]] (d. 2011). His brother "[[N|Hobe]]" gets black lung benefits and calls on Sundays. Pt asked for his KJV and for someone to phone his preacher at Little Zion Old Regular Baptist. Granddaughter [[N|Shawna]] visits; he calls her "Mamaw's girl," Mamaw being his late wife.
""",
)

note(
    "d16-21",
    "Chidi Okonkwo",
    """
Patient portal message (routed to geriatrics SW)
From: [[EM|deb.okonkwo-hart@inbox.example]]   IP [[IP|73.61.208.14]]   [[D|Mon 8/12/2024]] 21:47
Subject: Dad's background for the memory clinic

Hi, this is [[N|Debra]], [[N|Chidi Okonkwo]]'s daughter. You asked for some history. Dad was born in [[C|Onitsha]] in 1933 (we think [[D|June]], there is no certificate). He came to [[C|Houston]] to study petroleum engineering in 1961, got stuck here when the Biafran war started, and never went home. Worked 30 yrs at Shell. Mom passed in [[D|October 2021]] and that's when the forgetting got bad. He talks about his older brother, who died in the war, like he's alive. He calls me "[[N|Ada]]", which was my aunt's name. Portal acct [[ACCT|HOU-2291187]]. Cell [[PH|281-555-0147]]. Thanks, [[N|Deb]]
""",
)

note(
    "d16-22",
    "Dorothy Mercer",
    """
Bereavement f/u call #2 - [[D|11/30]]

Spoke w/ [[N|Hal Mercer]], husband of [[N|Dorothy]] "[[N|Dot]]" [[N|Mercer]] (d. [[D|9/28]]). Married 71 yrs. At [[A|96]] he says the house on [[ADDR|Pell Ave]] "is too quiet now." Their son drives over from [[C|Newport]] on weekends. Declines grief group; agreeable to monthly calls. Mentioned [[N|Dot]]'s sister in [[C|Tiverton]], who is also in her [[A|nineties]] and "took it hard." Sleeping OK, eating what the church ladies bring. No safety concerns. Next call around [[D|Dec 30]].
""",
)

note(
    "d16-23",
    "Dennis Touchette",
    """
PTSD clinic intake - military history

Veteran [[N|Dennis Touchette]], 76, born [[C|Biddeford]], Maine, [[D|8 Jan 1948]]. Left Biddeford High early and enlisted USMC [[D|June 1966]]; service no. [[ID|2298417]]. 26th Marines, 3rd Marine Division; at Khe Sanh during the siege; wounded [[D|Feb 23, 1968]], the same day his friend [[N|Normand]] "[[N|Frenchy]]" [[N|Lavoie]] was killed. Drives down to the Wall every Memorial Day and says his friend's name. Married 1971; two daughters. Worked 30 yrs at the Saco Defense plant. Lives at [[ADDR|19 Pool St]], [[C|Biddeford]] [[Z|04005]]; [[PH|207-555-0112]]. Sleep 3-4 h, startle, avoids fireworks. PCL-5 = 52.
""",
    allow=("Biddeford",),
)

note(
    "d16-24",
    "Anselmo Ortega",
    """
Veteran history as told by son, pt HOH

Pt [[N|Anselmo]] "[[N|Sam]]" [[N|Ortega]], [[A|94]], born in [[C|Trinidad]], Colorado, where his dad loaded coal for the Colorado Fuel and Iron. 1st Marine Division, Korea: one of the "Chosin Few," frostbite to both feet in the winter of 1950. Came home and married [[N|Lucía Baptiste]], whose family had come up from Trinidad and Tobago by way of Florida. Moved to [[C|Pueblo]] and worked at the steel mill 33 years. Son [[N|Ray Ortega]] says dad never talked about the reservoir until the grandkids did a school project. Feet still painful in cold. Son [[PH|719-555-0151]]; VA claim [[ID|C 19 224 806]]. Wife d. [[D|July 2020]].
""",
    allow=("Trinidad",),
)

note(
    "d16-25",
    "Mildred Kasprzak",
    """
Women Veterans Program - oral history summary

[[N|Mildred]] "[[N|Millie]]" [[N|Kasprzak]], [[A|one hundred and one]], enlisted in the Women's Army Corps in [[D|March 1943]] from [[C|Hamtramck]]. Trained at Fort Des Moines, then switchboard operator at SHAEF in [[C|London]]: "I was there for the buzz bombs and I was not afraid, which was stupid." Serial no. [[ID|A-301 488]]. Came home on the Queen Elizabeth; GI Bill to Wayne University; taught typing at Cass Tech for 30 years. Never married: "my girls were my students." Niece is HCP, [[PH|313-555-0186]]. For her [[A|101st]] birthday the post sent an honor guard and [[N|Millie]] corrected the sergeant's salute.
""",
)

note(
    "d16-26",
    "Rachel Adler-Moss",
    """
Cancer genetics - pedigree narrative

Consultand [[N|Rachel Adler-Moss]], 44, Ashkenazi on both sides. Mother [[N|Miriam]]: breast ca at 41, ovarian at 58, d. 60. Maternal aunt [[N|Esther]]: breast ca at 39. Maternal grandmother [[N|Bella Sussman]] (née [[N|Gottlieb]]), born in [[C|Łódź]], died "young, of a woman's cancer" in [[C|Brooklyn]], age unknown. Maternal great-grandmother did not survive the war. Father [[N|Leonard Adler]], 77, well; his mother [[N|Rose]] lived to [[A|ninety-six]] with no cancer. Paternal line came from Ukraine by way of [[C|Baltimore]]. Brother untested; daughter, 17. Plan: BRCA1/2 founder variants plus multigene panel; family letter to be sent to [[N|Rachel]] at [[EM|radlermoss@post.example]].
""",
)

note(
    "d16-27",
    "Lawrence Pardy",
    """
Life story - dementia care plan

[[N|Lawrence]] "[[N|Lar]]" [[N|Pardy]], born [[D|July 2, 1929]] in [[C|Joe Batt's Arm]], Newfoundland, before Confederation ("I was born British and I'll die a Newfoundlander"). Fished cod with his father and brothers from age twelve. Moved to [[C|Toronto]] in 1962 and worked at de Havilland until 1991. Wife [[N|Bride]] d. 2015. He calls daughter [[N|Colleen]] "my maid", a Newfoundland way of speaking, and may call female staff the same. Soothing: the "Ode to Newfoundland", fish and brewis, stories of the 1959 storm. Agitated at dusk, asks to "check the nets." Lives with [[N|Colleen]] at [[ADDR|52 Pharmacy Ave]], [[C|Scarborough]].
""",
)

note(
    "d16-28",
    "Sr. Mary Perpetua",
    """
Chaplaincy - Catholic sacramental note

Sr. [[N|Mary Perpetua]], SSJ, [[A|97]], baptized [[N|Agnes Theresa Flynn]] in [[C|Conshohocken]] and born on [[D|All Saints' Day, 1926]]. Entered the Sisters of St. Joseph at the motherhouse in [[C|Chestnut Hill]] in 1944 and taught second grade for forty-one years. Anointed today by Fr. [[N|Emeka Nwosu]]; her superior, Sr. [[N|Rita Maloney]], and a niece present. Sister asked that we pray the Hail Mary slowly "so I can keep up" and that the feast of St. Agnes be kept by the community in her name. She spoke of her brother [[N|Jimmy]], lost over Germany in 1944. Comfortable, peaceful. Niece [[PH|610-555-0117]].
""",
    allow=("Mary", "Agnes"),
)

note(
    "d16-29",
    "Marie-Ange Desir",
    """
SW psychosocial (Haitian Creole interpreter [[N|Wilner Jean-Baptiste]])

Pt [[N|Marie-Ange Désir]], [[A|91]], born in [[C|Jacmel]], grew up in [[C|Port-au-Prince]] and left in 1972 for [[C|Flatbush]], where she did home care for 30 years. Husband d. 1999. Attends Église Baptiste Béthel. Lost her brother in [[C|Léogâne]] in the 2010 earthquake and still cannot speak of it without crying. Lives with daughter [[N|Nadège]] at [[ADDR|2201 Newkirk Ave, Apt 5F]], [[Z|11226]]. Medicaid [[HP|TQ48211K]]. Pt wants to be buried at home beside her mother; daughter says cost is an obstacle. Referred to benefits counsellor.
""",
)

note(
    "d16-30",
    "Verna Ostrander",
    """
Memory care life story - [[N|Verna Lorraine Ostrander]] ("[[N|Vernie]]")

Born [[D|August the 15th, 1930]] on the home place outside [[C|Nevada]], Iowa, in Story County; the farm is still in the family. Her big brother went out to Nevada to work the silver mines and never came back to stay. Married [[N|Arlo Ostrander]] at Bethany Lutheran on [[D|June 6, 1951]]. Raised hogs, kept the church circle books, judged pies at the county fair. [[N|Arlo]] died in the winter of 2003. Three children, one deceased. Likes: Lawrence Welk, the Hawkeyes, crossword puzzles, her cat Pumpkin. Lived at [[ADDR|1520 Sixth St]], [[C|Nevada]] until this spring. Daughter [[N|Karen]] [[PH|515-555-0168]].
""",
    allow=("Nevada",),
)

note(
    "d16-31",
    "Ruth Calloway",
    """
Geriatric psychiatry - biographical history

[[N|Ruth Hirschfeld Calloway]], [[A|ninety-eight]], MRN [[MRN|A0093315]], born in [[C|Vienna]] on [[D|2 Sept. 1925]]. After Kristallnacht her parents put her on a Kindertransport train in [[D|December 1938]]; she was thirteen. Fostered by a Quaker family, the [[N|Ashworths]], in [[C|Darlington]]. Her parents were deported in 1942; she learned their fate in 1946 from a Red Cross letter. Married Capt. [[N|Philip Calloway]], a US Army doctor, in 1947 and came to [[C|Cleveland Heights]]. She chose the Book of Ruth for [[N|Philip]]'s funeral. Now: nightmares of trains, startles at station announcements on TV, refuses the hospital shuttle. Son ([[PH|216-555-0104]]) asks about trauma-informed care.
""",
    allow=("Ruth",),
)

note(
    "d16-32",
    "Wong Gim Fong",
    """
Social history for discharge planning (Toisanese interpreter)

Mr. [[N|Wong Gim Fong]], [[A|95]], known on all his papers since 1948 by his "paper name," [[N|Lee Hing]]. Born in [[C|Taishan]], Guangdong; entered through [[C|San Francisco]] as the claimed son of a merchant, [[N|Lee Bak Sun]], whom he had never met. Confessed under the Confession Program in the sixties but kept the name. Lived on [[ADDR|Waverly Place]] in [[C|Chinatown]]; cooked at a Jackson Street restaurant for 40 years. Married [[N|May]] in [[D|May 1955]]; she d. 2018. Son is HCP, [[PH|415-555-0188]]. Pt prefers to be called "Uncle [[N|Fong]]" by staff; says [[N|Lee]] "was only ever for the government."
""",
)

note(
    "d16-33",
    "Ida Mae Hollis",
    """
friendly visitor log - [[N|brenda k]]

visitd ms [[N|ida mae hollis]] again, shes [[A|103]] and sharp as a tack!! told me about her first husband [[N|lonnie]] who ran moonshine outside [[C|wilkesboro]] and her second husband mr [[N|tolliver]] "who was a good man but boring". she was born [[D|new years day 1921]] in a house on [[ADDR|sugar hill rd]], her mama had 14 children and shes the last one left, baby sister [[N|pearlie]] died last [[D|easter]]. she asked if i knew her grandson who plays for the panthers (he doesnt lol). her phone at the home is [[PH|336-555-0102]] and she said call anytime. she tried to give me her old address book to keep, i gave it to the nurse ([[N|kiara]]) instead bc policy. next visit [[D|thurs]].
""",
)

note(
    "d16-34",
    "Harold Gustafson",
    """
In Memoriam - for the bereavement file

[[N|Harold]] "[[N|Bud]]" [[N|Gustafson]], [[D|May 7, 1929]] - [[D|Dec. 2, 2023]], aged [[A|94]]. Born and raised in [[C|Two Harbors]], Minnesota, in the house on [[ADDR|Third Avenue]] his grandfather built. Navy in the Korean War era, then 38 seasons on the ore boats out of [[C|Duluth]] as a wheelsman and mate. Married [[N|Phyllis Aho]] in 1953; she survives him. Father of three. [[N|Bud]] smelted every spring with his fishing buddy and never missed a Vikings game on the radio. Memorial at First Lutheran, [[D|Saturday, January 13]]. Guestbook: [[URL|https://www.budgustafson-memorial.example/guestbook]].
""",
)

note(
    "d16-35",
    "Hattie Belle Simmons",
    """
Pastoral visit

Mother [[N|Hattie Belle Simmons]], [[A|99]], with Deacon [[N|Lucius Grant]] and Sister [[N|Ola Mae Beasley]] from Greater Ebenezer Missionary Baptist. Born in [[C|Selma]], Alabama. Told me: "I was on that bridge on Bloody Sunday, [[D|March 7]], and I went back two weeks later and walked all the way." Crossed the Edmund Pettus Bridge again for the 50th with a granddaughter. Came north to [[C|Gary]], Indiana in 1967, worked at the Inland Steel cafeteria, buried husband [[N|Roosevelt]] in 1990. Sang "Blessed Assurance" with us, strong alto. Asked that her pastor, Rev. [[N|Amos Whitfield]], be called when it's time; number is in the chart.
""",
)

note(
    "d16-36",
    "Maria da Luz Fortes",
    """
Psychosocial assessment - Kriolu interpreter present

Pt Nha [[N|Maria da Luz Fortes]], called Nha [[N|Luz]], [[A|90]]. Born in [[C|Nova Sintra]] on Brava island, Cape Verde; her father shipped out on the packet boats to [[C|New Bedford]] and she followed in 1968. Worked 25 yrs at the Acushnet Company stitching golf balls. Widow of [[N|João Fortes]] (d. 2006). Lives in the [[C|South End]] at [[ADDR|118 Rivet St]], [[C|New Bedford]] [[Z|02744]], with a grandson. Daughter [[N|Fátima Lopes]] is HCP, [[PH|508-555-0135]]. Speaks of the drought years on Brava and "eating only mangoes." Goal: stay home; needs HHA 3x/wk.
""",
)

note(
    "d16-37",
    "Fionnuala Lynch",
    """
Hereditary cancer clinic - family history

Pt [[N|Fionnuala Lynch]], 52. The family are well aware of the irony of being [[N|Lynches]] with Lynch syndrome: an MLH1 variant was found in a cousin in 2019. Father [[N|Michael Lynch]], colon ca at 45, d. 49 in [[C|Castlebar]]. Paternal uncle [[N|Gerard]], colon ca at 51; paternal aunt Sr. [[N|Bernadette]], a Mercy sister, endometrial ca at 50. Paternal grandfather [[N|Tadhg]] "died of his stomach" in the forties. Mother's people, the [[N|Gallaghers]] of [[C|Belmullet]], had no cancers; her Nan lived to [[A|ninety-nine]]. Pt: colonoscopy normal 2022. Son, 24, lives in [[C|Ranelagh]]. Plan: confirm the familial variant, cascade letters, [[EM|fionnuala.lynch@eiremail.test]].
""",
    allow=("Lynch",),
)

note(
    "d16-38",
    "Daniel Boyle",
    """
Music therapy - reminiscence session (group of 4)

[[N|Daniel]] "[[N|Danny]]" [[N|Boyle]], [[A|92]], requested "Danny Boy" as always and sang the second verse alone, word perfect. Afterwards told the group he learned it from his father [[N|Eugene]] in the kitchen on [[ADDR|Dorchester Avenue]] in [[C|Southie]], and that he sang it at his brother's wake in 1961. [[N|Danny]] was with the Boston Fire Department for 32 years (Engine 39) and still salutes when he hears bagpipes. [[N|Teresa Walsh]], 86, cried at "The Fields of Athenry" and spoke of her husband [[N|Mick]], from [[C|Athenry]] itself. A third man clapped along but did not sing. Next session [[D|Thursday]]: bring the Clancy Brothers CD for [[N|Danny]]. - MT-BC
""",
    allow=("Danny", "Athenry"),
)

note(
    "d16-39",
    "Olena Hnatyshyn",
    """
Social work - psychosocial history

Pt [[N|Olena Hnatyshyn]], [[A|96]], born in a village near [[C|Ternopil]] (then Poland, now Ukraine). Taken to Germany as an Ostarbeiter at sixteen; after the war lived four years in the DP camp at [[C|Regensburg]], where she married [[N|Mykola]] and had her first son, [[N|Bohdan]]. Sailed on the General Muir in [[D|October 1949]] and settled in [[C|Northern Liberties]], [[C|Philadelphia]]; sewed coats in a garment shop for 30 years. Parishioner of St. Nicholas Ukrainian Catholic; the baba of eleven. Son [[N|Bohdan Hnatyshyn]], 77, is POA; the SSA letter he brought shows SSN ending [[SSN|3390]]. A daughter-in-law visits daily with borscht. Pt wishes to die at home in her rowhouse on [[ADDR|N. 4th St]].
""",
)

note(
    "d16-40",
    "John Kerr McBride",
    """
Geri psych - biographical notes (pt's own words in quotes)

Mr. [[N|John Kerr McBride]], "[[N|Jock]]" to everyone, [[A|ninety]], born in the [[C|Gorbals]] in 1933, "a single end on [[ADDR|Florence Street]] with a shared close toilet." Served his time as a riveter at Fairfield's in [[C|Govan]], then came out to [[C|Kearny]], New Jersey in 1957 when an uncle got him a start at Federal Shipbuilding. Married [[N|Isobel Hendry]] from [[C|Paisley]] in the Church of Scotland. Granny raised him after his mother died of TB. Drank heavily until 1979, sober since with AA. Wife d. last year; daughter notes low mood, weight loss 10 lb. Daughter is [[N|Fiona McBride-Rizzo]], who asks that [[C|Gorbals]] stories be welcomed, not corrected.
""",
)

note(
    "d16-41",
    "Mitsuko Hayashida",
    """
Life story - memory care

[[N|Mitsuko]] "[[N|Mitzi]]" [[N|Hayashida]], [[A|95]], born [[D|April 3, 1928]] in [[C|Gardena]], California, on her parents' strawberry farm. After Executive Order 9066 the family was given family number [[ID|12317]] and sent to Manzanar in the spring of 1942; she finished high school behind the wire. Her father never farmed again. In 1944 they went east to work at Seabrook Farms and lived in [[C|Seabrook]], New Jersey, where she met [[N|Tak]] ([[N|Takeo Hayashida]]) at a Buddhist church dance. Back to California in 1952. Loves Obon dancing, mochi at New Year, the Dodgers. Calls her own grandmother Bachan in stories. Son visits after work.
""",
    allow=("Seabrook",),
)

note(
    "d16-42",
    "Ernesto Villalobos",
    """
Chaplain - brief visit, 4th floor

Pt [[N|Ernesto Villalobos]], [[A|90]], awake and tearful after family meeting. Asked me to call his wife [[N|Amparo]] at [[PH|210-555-0128 ext. 3]] and his pastor, Rev. [[N|Cruz]], at Iglesia Bautista Getsemaní. Born in [[C|Sabinas Hidalgo]], Nuevo León; came to [[C|San Antonio]] in 1951 and laid brick for fifty years. Prayed Psalm 23 in Spanish. He said he is not afraid, only "worried about [[N|Amparo]] alone in that house." Will follow up tomorrow.
""",
)

note(
    "d16-43",
    "Beatrice Oyelowo-Fenn",
    """
Home Health SOC - social / environmental narrative

Pt [[N|Beatrice Oyelowo-Fenn]], DOB [[D|10/22/1931]], [[A|92]]. Lives at [[ADDR|88 Catalpa Lane, Unit 2]], [[C|Hamden]], CT [[Z|06517]] with son [[N|Tobias]], who works nights. Born in [[C|Kingston]], Jamaica; came to [[C|New Haven]] in 1960 to nurse at Grace-New Haven and retired from the VA in 1993. Medicare MBI [[HP|7QF2-WR8-TK61]]. Home [[PH|203-555-0166]]; PCP office fax [[FX|203-555-0199]]. Cat (Mister Biggs) underfoot - fall risk discussed. A neighbour has a key. Personal emergency response pendant serial [[DEV|LL-448213-B]]. Church: Bethel AME; church members bring Sunday dinner. Stairs x12 to bedroom, no rail on left.
""",
    allow=("New Haven",),
)

note(
    "d16-44",
    "Francis DiMarco",
    """
memory book - 3 east

we will miss [[N|frankie]]. mr [[N|dimarco]] was with us almost 4 yrs and he called every aide "doll" and every nurse "sister". he was born in [[C|south philly]] on [[D|christmas day 1930]] (he said "like the baby jesus but better looking"), grew up on [[ADDR|catharine st]], boxed golden gloves, drove a bakery truck for Stroehmann 35 yrs. his wife [[N|anna marie]] passed before he came here and he kissed her picture every night. his son [[N|vinny]] came every sunday with soft pretzels. he died [[D|feb 11]] at [[A|93]] holding [[N|vinny]]'s hand with [[N|precious]] (CNA) singing sinatra. rest easy [[N|frankie]]. - 3 east staff
""",
)

note(
    "d16-45",
    "Gene Whitlock",
    """
Psychosocial assessment - outpatient geriatrics

[[N|Harold Eugene Whitlock]] ("[[N|Gene]]"), [[A|91]], with his husband and partner of 52 years, [[N|Teodoro]] "[[N|Teddy]]" [[N|Alcántara]], 84; they married in [[C|Provincetown]] in [[D|July 2013]] "the first summer we could." [[N|Gene]] grew up in [[C|Muncie]], Indiana, was discharged from the Army in 1956 with a blue discharge, and moved to [[C|Greenwich Village]], where he lived on [[ADDR|Christopher Street]] through Stonewall. Lost most of his friends in the eighties. Chosen family: two friends from the Gay Activists Alliance days check in daily. [[N|Teddy]] is HCP; cell [[PH|212-555-0157]], [[EM|teddy.alcantara@villagemail.example]]. [[N|Gene]] worries about being "put back in the closet" in a nursing home. Video visit connected from [[IP|10.4.18.221]]. Referred to SAGE.
""",
)

note(
    "d16-46",
    "Chester Wojcik",
    """
Veteran history - WWII Navy

[[N|Chester]] "[[N|Chet]]" [[N|Wojcik]], [[A|99]], born in [[C|Natrona Heights]], PA, the son of a glassworker at PPG. Enlisted the week after Pearl Harbor at seventeen, lying about his age. Machinist's mate on the USS Franklin; survived the bombing off Japan on [[D|March 19, 1945]], when 800 of his shipmates died. Service no. [[ID|646 22 71]]. Came home to the Allegheny Valley, 40 years at Alcoa, married [[N|Stella Nowicki]] at St. Joseph's, [[D|Valentine's Day 1948]]. Every year on the anniversary he calls his last surviving shipmate in [[C|Fall River]]. Daughter [[N|Donna]] [[PH|724-555-0145]]. No PTSD dx; sleep ok; "I had it better than most."
""",
)

note(
    "d16-47",
    "Giuseppe Marotta",
    """
Dementia life story - family completed

[[N|Giuseppe Marotta]], called "[[N|Pino]]" at home and "[[N|Joe]]" at work, [[A|91]]. Born in [[C|Ariano Irpino]] in the province of Avellino, the youngest of six. Came over on the Cristoforo Colombo, landing [[D|10 October 1955]], to his paesani in [[C|Bloomfield]], [[C|Pittsburgh]]. Laid terrazzo floors for 40 years, "every church in the diocese has my floors." Married [[N|Assunta Ferri]] at Immaculate Conception in 1957; she d. 2020 and he still sets her place at the table. Two children. Calms to Neapolitan songs and to talk of his Nonno's olive trees. Lived at [[ADDR|4612 Liberty Ave]] 60 years. Contact daughter [[PH|412-555-0116]].
""",
)

note(
    "d16-48",
    "Najib Haddad",
    """
Geriatric psychiatry - biographical history

Mr. [[N|Najib]] "[[N|Nick]]" [[N|Haddad]], aged 89, accompanied by his wife [[N|Samira]], who is [[A|90]] "and the boss." Born in [[C|Zahlé]] in the Bekaa; his Teta made arak in the courtyard. Left in 1952 through France to join an uncle in [[C|Toledo]], Ohio; worked on the line at Jeep for 34 years and ran a grocery on weekends on [[ADDR|Lagrange St]], where the family lived upstairs. Founding member of St. Elias Antiochian Orthodox. Brother [[N|Fouad]] remained in [[C|Beirut]] and was killed in 1978; pt still dreams of the phone call. Three children. New apathy and poor sleep since [[N|Fouad]]'s son died in [[D|August]]. Daughter [[N|Rita Haddad-Mansour]] [[PH|419-555-0183]].
""",
)

note(
    "d16-49",
    "Therese Gagnon-Pelletier",
    """
Life story - unité mémoire

Mme [[N|Thérèse Gagnon-Pelletier]], [[A|94]], born in [[C|Trois-Rivières]], Québec, named for St. Thérèse of Lisieux. The family came down to [[C|Woonsocket]] in 1937 and lived in [[C|Little Canada]] on [[ADDR|Cumberland St]]. Worked at the Guérin spinning mill; married [[N|Roland Pelletier]] at St. Ann's in 1950. She is Mémère to 14 and speaks mostly French now. Asks for her late sister and her friend "[[N|Titi]]" ([[N|Yvette Beaudoin]]). Comfort: tourtière, "Alouette," the rosary in French, her late husband's fiddle tunes. Son [[N|Marc Pelletier]] brings the fiddle recordings.
""",
    allow=("Thérèse",),
)

note(
    "d16-50",
    "Lorenzo Abate",
    """
Long-term care admission - financial and psychosocial

Resident [[N|Lorenzo Abate]], [[A|93]], DOB [[D|04/19/1930]], born in [[C|Bari]]. SSN [[SSN|512-44-0917]]. Medicaid ID [[HP|NY8827316Q]] (pending spend-down). Bank: Tompkins Trust checking [[ACCT|0091-448302]]. NYS driver license [[LIC|781 442 903]], surrendered this month. The family is selling his '04 Buick, plate [[VEH|HJK-4471]]. Lived at [[ADDR|211 Utica St]], [[C|Ithaca]] [[Z|14850]] from 1962, a stonemason at Cornell for 30 years. Wife d. 2016. Son [[N|Paul Abate]] is POA, [[PH|607-555-0131]]; fax signed forms to his office at [[FX|607-555-0132]]. Resident understands the move and says only "[[N|Graziella]] would be angry with me."
""",
)

note(
    "d16-51",
    "Carol Ann Brophy-Steele",
    """
Psychosocial - adoptee, birth-family search

Pt [[N|Carol Ann Brophy-Steele]], 71, raised in [[C|Kansas City]] by adoptive parents. Learned at 60 that she was born [[D|15 March 1953]] at a mother-and-baby home in [[C|Roscrea]], Co. Tipperary, and sent to the States at two. Birth certificate name: [[N|Catherine Hynes]]. Birth mother [[N|Mary Teresa Hynes]] of [[C|Nenagh]], d. 1998; the nuns' register gave her as "[[N|Hynes]], [[N|M.T.]], domestic." Through DNA in 2019 she found a half-brother, [[N|Declan]], who still farms outside [[C|Nenagh]]. Adoption file ref. [[ID|KC-ADP-53-0412]]. Grief and anger about lost years; interested in the survivors' support group. [[EM|carolann.steele@heartland.example]]
""",
)

note(
    "d16-52",
    "Fatima Begovic",
    """
Spiritual care - Muslim chaplain Imam [[N|Senad Hodžić]]

Visited Hajji [[N|Fatima Begović]], [[A|90]], at her son's request. Born in [[C|Mostar]] "when it was still Yugoslavia"; her husband [[N|Mehmed]] was killed during the war on [[D|Kurban Bajram 1993]], which she cannot bear to celebrate since. She left through [[C|Split]] and came to [[C|St. Louis]] in 1998; lives with her son in [[C|Bevo Mill]]. Asked that I face her bed toward the qibla and that women from the Bosnian mosque read Yasin. Does not want a feeding tube; "[[N|Mehmed]] waited for me long enough." Son's cell [[PH|314-555-0161]]. Will return tomorrow.
""",
)

note(
    "d16-53",
    "Gwendolyn Ames",
    """
Memorial entry - nursing staff bereavement book

[[N|Gwendolyn Ames]], RN (ret.), "[[N|Gwen]]" to three generations of nurses, died [[D|June 18th]] at [[A|95]]. Born in [[C|Rapid City]], she joined the Cadet Nurse Corps in 1944, trained at St. John's, and recited the Nightingale Pledge at every pinning she ever attended. Night supervisor here 1961-1990. Widow of [[N|Everett Ames]]; mother of two. [[N|Gwen]]'s rule: "Chart what you did, do what you charted." Card for the family to [[N|Joanne Ames Whitehorse]], [[ADDR|PO Box 118]], [[C|Custer]], SD [[Z|57730]].
""",
)

note(
    "d16-54",
    "Idris Pugh",
    """
Geriatric psychiatry - biographical history

Mr. [[N|Idris Pugh]] (MRN [[MRN|7730-1842]]), [[A|90]], born in [[C|Tonypandy]] in the Rhondda; his grandfather was out in the Tonypandy riots of 1910 and his father cut coal at the Cambrian Colliery. Sang first tenor at Bethesda chapel before he could read. Came to [[C|Scranton]] in 1952, where an uncle found him work in the anthracite, later 30 yrs with the gas company. Married [[N|Myfanwy Rees]] in 1955; she d. 2021. Son [[N|Rhys]] is in [[C|Wilkes-Barre]]. Pt sings "Calon Lân" when agitated; says he hears the chapel choir at night (no distress). Lives alone on [[ADDR|Luzerne St]]. Hearing aids, R>L loss.
""",
    allow=("Tonypandy",),
)

note(
    "d16-55",
    "Esther Stoltzfus Martin",
    """
Life story - care partner interview

[[N|Esther Stoltzfus Martin]], [[A|ninety-one]], born the [[D|second of January, 1933]] in [[C|Bird-in-Hand]], Lancaster County, the sixth of nine. Grew up Old Order, joined the Mennonite church at marriage to [[N|Amos Martin]] in 1954; they kept dairy near [[C|New Holland]] for 45 years. Quilts: she made one for every grandchild (31) and great-grandchild (58, "I stopped at fifty"). Wash day Monday, baking Friday, still asks if it's Friday. Sister [[N|Lydia]] ([[A|ninety-four]]) lives in the dawdi house on the home farm. Daughter [[N|Miriam Zook]] is caregiver. Plain dress respected; prefers female caregivers.
""",
)

note(
    "d16-56",
    "Bienvenido Manalo",
    """
Veteran history - Philippine Scouts

Mr. [[N|Bienvenido Manalo]] ("[[N|Benny]]"), [[A|101]], born in [[C|Capas]], Tarlac. Joined the 57th Infantry, Philippine Scouts, in 1940; survived the Bataan Death March in [[D|April 1942]] and Camp O'Donnell, a few kilometres from his own barrio. Escaped during a work detail and fought with the guerrillas. Came to the US in 1993 under the veterans' naturalization provision, to his daughter [[N|Luzviminda]] ("[[N|Minda]]") in [[C|Daly City]]. Congressional Gold Medal 2017. Service no. [[ID|20 918 331]]. Lolo to nine. His wife died in [[C|Capas]] before he could bring her over. His daughter keeps his medals in a shoebox by the bed.
""",
)

note(
    "d16-57",
    "Gerald Finchley",
    """
Dementia clinic - caregiver interview (wife)

Pt [[N|Gerald Finchley]], 88. [[N|Lois]] reports he asks daily for the keys to his truck, a '97 F-150, plate [[VEH|5TRK 902]], VIN [[VEH|1FTRF17W8VKA40219]]; Idaho DL [[LIC|FN418772C]] was revoked [[D|10/3/23]] and the truck now sits at their son's. Pacemaker (Medtronic) serial [[DEV|PJN604512H]], interrogated [[D|1/8]]. Born in [[C|Pocatello]], 45 years a brakeman for Union Pacific, "knows every siding from [[C|Green River]] to [[C|Huntington]]." Mason, Lodge 14. A neighbour drove him to the VFW last week without telling [[N|Lois]]. Home [[PH|208-555-0192]]. Safety plan reviewed.
""",
)

note(
    "d16-58",
    "Krauss twins",
    """
REMINISCENCE GROUP - TWINS' ROOM
RESIDENTS: [[N|DOLORES]] ("[[N|DOLLY]]") AND [[N|DOROTHEA]] ("[[N|DOTTIE]]") [[N|KRAUSS]], [[A|NINETY-TWO]].
BORN [[D|NOVEMBER 11, 1931]], [[D|ARMISTICE DAY]], IN [[C|NEW ULM]], MINN. NEITHER MARRIED. [[N|DOLLY]] TAUGHT PIANO; [[N|DOTTIE]] KEPT BOOKS FOR SCHELL'S BREWERY 41 YEARS. BOTH ACTIVE IN TURNVEREIN. TODAY [[N|DOTTIE]] TALKED ABOUT THEIR FATHER AND THE BAKERY ON [[ADDR|MINNESOTA STREET]] WHERE THEY LIVED UPSTAIRS; HER SISTER CORRECTED HER ON EVERY DETAIL. BOTH REMEMBERED THE 1952 FLOOD. A NEPHEW VISITS SUNDAYS. CONTACT [[PH|507-555-0113]]. - [[N|JM]], ACTIVITIES
""",
)

note(
    "d16-59",
    "Ingrid Solberg",
    """
Memorial entry - bereavement file

[[N|Ingrid Solberg]] died in her sleep on [[D|Syttende Mai]], which her granddaughter said "was exactly like her." She was [[A|104]]. Born in [[C|Ålesund]], Norway, she came to [[C|Ballard]] as a bride in 1946 and gutted fish for Ocean Beauty until she was 70. Husband d. 1989. Her granddaughter [[N|Kari Lindahl]] kept a family blog at [[URL|https://farmorsdiary.example.com/ingrid]] and an account @[[N|farmor_ingrid104]] where [[N|Ingrid]]'s waffle recipe went around the world. Funeral at Ballard First Lutheran. Family contact: [[PH|206-555-0170]], [[EM|kari.lindahl@fjordmail.example]].
""",
    allow=("Ballard",),
)

note(
    "d16-60",
    "Anahid Bedrosian",
    """
Psychosocial assessment - geriatric day program

Pt [[N|Anahid Bedrosian]], [[A|ninety-three]], born in [[C|Aleppo]] to survivors of the Medz Yeghern. Her mother [[N|Zabel]] walked out of [[C|Marash]] at nine with her grandmother; her father was raised in a [[C|Beirut]] orphanage. Came to [[C|Watertown]] in 1956 and did alterations from home on [[ADDR|Arlington St]] for forty years. Widow of [[N|Garabed]] ("[[N|Gary]]"). Observes April 24 with her church, St. James Armenian, every year. Daughter [[N|Lucine Bedrosian-Hall]] [[PH|617-555-0194]] describes a recent fall and worsening memory. Pt speaks Armenian and Turkish, the latter "only to scold."
""",
)


if __name__ == "__main__":
    write(OUT, NOTES)
