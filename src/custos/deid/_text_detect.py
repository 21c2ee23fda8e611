"""Finding the Safe Harbor identifiers in clinical text, offline.

Two detectors, merged:

* **Patterns** for the identifiers with a shape: dates in their many
  spellings, ages over 89, phone and fax numbers, e-mail, URLs, IP addresses,
  SSNs, labelled record/account/plan/licence/device/vehicle numbers, long
  unlabelled identifiers, street addresses, "City, ST 02114" lines.
* **Names** without an NER model: evidence from context (a title, a
  credential, a field label, a relation word, a closing line, a cue such as
  "spoke with") and from a first/last-name lexicon, guarded by lists of
  eponyms, drugs and everyday words; each found name grows over the
  neighbouring capitalised words, and every other mention of the same word in
  the note (and, given ``known_names``, in the patient's other notes) is taken
  too. Where the context says a name goes (after "daughter", before "cell
  555-...", after "pt", signing a line), a lower-case word that English does not
  know and that looks like no drug is taken for one ("geetha", "mulugeta").
* **Initials and user names** where a note puts a person (a sign-off, after
  "per" or "d/w", in brackets after a team, a user name after "Reporter:"),
  never when the letters are a clinical abbreviation ("per GI", "- ok").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from custos.deid._text_lexicon import (
    CLINICAL_ABBREVIATIONS,
    CLOSINGS,
    COMMON,
    CREDENTIALS,
    DEGREES,
    EPONYM_NOUNS,
    MEDICAL,
    MONTHS,
    NAME_CUES,
    NAME_LABELS,
    NOT_NAME,
    PARTICLES,
    RELATIONS,
    RELATIONS_PLURAL,
    ROLES,
    ROLES_UPPER,
    SCALE_EPONYMS,
    STREET_SUFFIXES,
    TITLES,
    US_STATES,
    fold,
    name_lexicon,
)
from custos.deid._text_places import (
    MAX_PLACE_WORDS,
    country_names,
    english_frequency,
    place_names,
)

CATEGORIES = (
    "NAME", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE",
    "DEVICE", "VEHICLE", "ID", "ADDRESS", "CITY", "ZIP", "URL", "IP",
)  # fmt: skip


@dataclass(frozen=True, order=True)
class Span:
    """A found identifier: ``text[start:end]`` is of ``category``."""

    start: int
    end: int
    category: str


# --- patterns ---------------------------------------------------------------

_I = re.IGNORECASE
_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"  # noqa: E501
_WD = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?"
_ORD = r"(?:st|nd|rd|th)"
_YEAR = r"(?:19|20)\d\d"

# Words after which "3/14" is a date ("seen 3/14", "due 4/2").
_DATE_CUE_WORDS = (
    r"on|since|from|until|till|thru|through|by|dated|starting|started|effective|of|admitted|"
    r"discharged|seen|dos|last|next|before|after|and|to|collected|drawn|obtained|done|"
    r"performed|scheduled|due|returned|resulted|placed|removed|changed|given"
)

# What follows an ordinal that is not a day of the month ("the 5th percentile").
_NOT_DAY_AFTER = (
    r"(?:day|dose|cycle|week|time|attempt|floor|try|visit|of|percentile|centile|grade|"
    r"trimester|finger|digit|toe|rib|ics|intercostal|metatarsal|metacarpal|cranial|nerve|"
    r"vertebra|round|line|generation|degree|ventricle|decade|year|month|hour|minute|"
    r"birthday|anniversary|st|street|ave|avenue|session|fraction|infusion|injection|"
    r"admission|episode|lumbar|cervical|thoracic|sacral|ray|hospital|pregnancy|child|"
    r"place|step|stage|level|layer|one)s?\b"
)

DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 2021-03-14, 2021/3/14, 2024-02-19T10:42 (ISO 8601), 2024:06:11 10:42:55 (EXIF)
    (
        "ymd",
        re.compile(
            rf"\b(?P<y>{_YEAR})(?P<s>[-/.]|:(?=\d\d:\d\d[ \t]\d))(?P<m>\d{{1,2}})(?P=s)"
            # an ISO time joined on with "T" is part of the one token, kept as written
            r"(?P<d>\d{1,2})(?:T(?:[01]\d|2[0-3])(?::?[0-5]\d(?::?[0-5]\d(?:[.,]\d{1,9})?)?)?"
            r"(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?(?![\w:])|\b|(?=T\d))"
        ),
    ),
    # (Monday,) March 14(th), 2021 | Mar. 14 2021
    (
        "mdy_name",
        re.compile(
            rf"\b(?:(?P<wd>{_WD})\.?,?[ \t]+)?(?P<mn>{_MON})\.?[ \t]+(?P<d>\d{{1,2}})"
            rf"(?P<o>{_ORD})?,?[ \t]+(?P<y>{_YEAR})\b",
            _I,
        ),
    ),
    # (Monday,) 14(th) (of) March(,) 2021 | 14-Mar-2021 | 14MAR21
    (
        "dmy_name",
        re.compile(
            rf"\b(?:(?P<wd>{_WD})\.?,?[ \t]+)?(?P<d>\d{{1,2}})(?P<o>{_ORD})?"
            rf"(?P<s1>[ \t]+of[ \t]+|[ \t-]?)(?P<mn>{_MON})\.?(?P<s2>,?[ \t]+|-|)"
            rf"(?P<y>{_YEAR}|\d\d)\b",
            _I,
        ),
    ),
    # 03/14/2021, 3-14-21, 14.03.2021
    (
        "mdy_num",
        re.compile(
            r"\b(?P<m>\d{1,2})(?P<s>[/.-])(?P<d>\d{1,2})(?P=s)(?P<y>(?:19|20)\d\d|\d\d)\b"
            r"(?![ \t]*(?:min|minutes)\b)"
        ),
    ),
    # (Monday,) March 14(th) | the 14th of March
    (
        "md_name",
        re.compile(
            rf"\b(?:(?P<wd>{_WD})\.?,?[ \t]+)?(?P<mn>{_MON})\.?[ \t]+(?P<d>\d{{1,2}})"
            rf"(?P<o>{_ORD})?\b(?![ \t]*(?:mg|mcg|ml|units?|%|/|:|\.\d))",
            _I,
        ),
    ),
    (
        "dm_name",
        re.compile(
            rf"\b(?P<d>\d{{1,2}})(?P<o>{_ORD})?(?P<s1>[ \t]+of[ \t]+|[ \t]+|-(?=[A-Za-z]{{3}}\b))"
            rf"(?P<mn>{_MON})\b",
            _I,
        ),
    ),
    # March 2021 | Mar-21 | 03/2021
    (
        "my_name",
        re.compile(rf"\b(?P<mn>{_MON})\.?(?P<s>,?[ \t]+|-|[ \t]*')(?P<y>{_YEAR}|\d\d)\b", _I),
    ),
    ("my_num", re.compile(rf"\b(?P<m>\d{{1,2}})(?P<s>[/-])(?P<y>{_YEAR})\b")),
    # 3/14 after a word that announces a date
    (
        "md_num",
        re.compile(
            rf"\b(?:{_DATE_CUE_WORDS})[ \t:]\s?"
            r"(?P<v>(?P<m>\d{1,2})/(?P<d>\d{1,2}))\b(?!/|[ \t]*(?:pain|scale)|\d)",
            _I,
        ),
    ),
    # 3/14 06:00: a month and day before a time of day
    (
        "md_time",
        re.compile(
            r"(?<![\d/.])(?P<v>(?P<m>\d{1,2})/(?P<d>\d{1,2}))"
            r"(?=[ \t]+(?:at[ \t]+)?(?:\d{1,2}:?\d{2}\b|\d{1,2}[ \t]?(?i:am|pm)\b))"
        ),
    ),
    # "on the 14th", "starting the 10th"
    (
        "day_ord",
        re.compile(
            rf"\b(?:on |since |from |until |by |starting |after |before |til |till )?the[ \t]+"
            rf"(?P<v>(?P<d>\d{{1,2}})(?P<o>{_ORD}))\b(?![ \t]+{_NOT_DAY_AFTER})",
            _I,
        ),
    ),
    # A weekday and the day's ordinal: "last Friday the 14th", "on Wednesday the 9th",
    # "next Tues the 14th"
    (
        "wd_the_ord",
        re.compile(
            r"\b(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:mon|tues|wednes|thurs|fri|"
            r"satur|sun)day|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|mon|tues?|wed|thu(?:rs?)?|fri|"
            rf"sat|sun)\.?[ \t]+the[ \t]+(?P<d>3[01]|[12]\d|0?[1-9])(?P<o>{_ORD})\b"
        ),
    ),
    # A month, "the" and the day's ordinal: "August the 15th, 1930", "May the 3rd"
    (
        "mn_the_ord",
        re.compile(
            r"\b(?P<mn>(?i:January|February|March|April|May|June|July|August|September|October|"
            r"November|December))[ \t]+the[ \t]+(?P<d>3[01]|[12]\d|0?[1-9])"
            rf"(?P<o>{_ORD})\b(?:,?[ \t]+(?P<y>{_YEAR})\b)?"
        ),
    ),
    # A date in a file name: "wnd1_20240305_a.jpg", "scan-20231114.pdf"
    (
        "ymd_file",
        re.compile(
            r"(?<=[_-])(?P<v>(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01]))"
            r"(?=_[A-Za-z0-9]|\.[A-Za-z]{2,4}\b)"
        ),
    ),
    # A weekday opening a line of a visit or aide log: "Mon - bed bath", "Tue: no visit"
    (
        "wd_log",
        re.compile(
            r"^[ \t]*(?P<v>(?P<wd>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun))"
            r"(?=[ \t]+[-\u2013][ \t]|[ \t]*:[ \t]+[a-z])",
            re.M,
        ),
    ),
    # A Spanish weekday and the day's number: "Pr\u00f3xima visita: viernes 17"
    (
        "es_wd_d",
        re.compile(
            r"\b(?P<wd>lunes|martes|mi[e\u00e9]rcoles|jueves|viernes|s[a\u00e1]bado|domingo)"
            r"[ \t]+(?P<d>3[01]|[12]\d|0?[1-9])\b(?![ \t]*(?:de\b|/|:|\.\d|%|x\b))",
            _I,
        ),
    ),
    # "Wed 3/5", "Thurs 11/7": a weekday and a month/day
    (
        "md_wd",
        re.compile(
            rf"\b(?P<wd>{_WD})\.?,?[ \t]+(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])\b"
            r"(?![/.]\d)",
            _I,
        ),
    ),
    # "14:38 7/11": a month/day after a time of day
    (
        "md_after_time",
        re.compile(
            r"\b\d{1,2}:\d\d[ \t]+(?P<v>(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9]))\b"
            r"(?![/.]\d)"
        ),
    ),
    # An abbreviated or lower-case weekday where the text dates something by it
    # ("since Wed", "f/u Tue.", "mtg Thurs 2 pm", "on friday").
    (
        "wd_cue",
        re.compile(
            r"(?:\b(?i:since|on|until|till|til|by|last|this|next|from|visit|f/u|fu|mtg|meeting|"
            r"starting|before|after|due|see|seen|returns?|back|through|thru|early|late|missed|"
            r"skipped|cancelled|canceled|infusion|appt|appointment|surgery|to)[ \t]+"
            r"(?P<v>(?P<wd>Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun|MON|TUES?|WED|THU|THURS?|FRI|"
            r"SAT|SUN|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|thurs|"
            r"tue|thu|fri)\.?)"
            r"|(?<![/\w])(?P<v2>(?P<wd2>Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)\.?)"
            r"(?=[ \t]+(?:\d{1,2}(?::\d\d)?[ \t]*(?i:am|pm|a\.m\.|p\.m\.)|[0-2]\d[0-5]\d\b|"
            r"\d{1,2}/\d{1,2}\b|"
            r"(?i:am|pm|morning|afternoon|evening|night|tx|hd|session|appt|visit|run|dialysis|"
            r"infusion)\b)))(?![/\w])"
        ),
    ),
    # Spanish and Portuguese, in bilingual notes and patients' messages: "3 de
    # febrero 2025", "martes 15 de julio", "quarta-feira, 9 de abril de 2025",
    # "seg., 24 de fev. de 2025"
    (
        "es_dm",
        re.compile(
            r"\b(?:(?P<wd>lunes|martes|mi[e\u00e9]rcoles|jueves|viernes|s[a\u00e1]bado|domingo|"
            r"(?:segunda|ter[c\u00e7]a|quarta|quinta|sexta)(?:-feira)?|seg\.|ter\.|qua\.|qui\.|"
            r"sex\.|s[a\u00e1]b\.|dom\.),?[ \t]+)?(?P<d>\d{1,2})[ \t]+de[ \t]+"
            r"(?P<esmn>enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|"
            r"octubre|noviembre|diciembre|janeiro|fevereiro|mar[c\u00e7]o|maio|junho|julho|"
            r"setembro|outubro|novembro|dezembro|(?:jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|"
            r"dez)(?=\.))"
            r"(?:\.?,?[ \t]+(?:del?[ \t]+)?(?P<y>(?:19|20)\d\d))?\b",
            _I,
        ),
    ),
    # A Spanish abbreviated month between slashes: "2/ene/2025", "9/ABR/2025", "16/abr"
    (
        "es_slash",
        re.compile(
            r"\b(?:(?P<wd>lunes|martes|mi[e\u00e9]rcoles|jueves|viernes|s[a\u00e1]bado|domingo),?"
            r"[ \t]+)?(?P<d>\d{1,2})/(?P<esmn>ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|nov|dic)"
            r"(?:/(?P<y>(?:19|20)\d\d))?\b",
            _I,
        ),
    ),
    # A Spanish or Portuguese month and year: "junio de 2022", "agosto 2024"
    (
        "es_my",
        re.compile(
            r"\b(?P<esmn>enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
            r"octubre|noviembre|diciembre|janeiro|fevereiro|mar[c\u00e7]o|maio|junho|julho|"
            r"setembro|outubro|novembro|dezembro)(?:[ \t]+del?)?[ \t]+(?P<y>(?:19|20)\d\d)\b",
            _I,
        ),
    ),
    # A Spanish or Portuguese month alone after a word that dates by it: "entre
    # marzo y junio", "en enero", "retornar em março"
    (
        "es_cue",
        re.compile(
            r"\b(?i:en|in|entre|desde|hasta|para|em|at[e\u00e9]|no|na|y|e)[ \t]+"
            r"(?P<v>(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
            r"noviembre|diciembre|janeiro|fevereiro|mar[c\u00e7]o|maio|junho|julho|setembro|"
            r"outubro|dezembro))\b"
        ),
    ),
    # A Spanish or Portuguese weekday before a day-first date: "jue 03/04",
    # "s\u00e1b 22/03", "Quinta-feira, 16/01/2025"
    (
        "es_wd_num",
        re.compile(
            r"\b(?P<wd>lun|mar|mi[e\u00e9]|jue|vie|s[a\u00e1]b|dom|lunes|martes|mi[e\u00e9]rcoles|"
            r"jueves|viernes|s[a\u00e1]bado|domingo|(?:segunda|ter[c\u00e7]a|quarta|quinta|sexta)"
            r"(?:-feira)?)\.?,?[ \t]+(?P<d>3[01]|[12]\d|0?[1-9])/(?P<m>1[0-2]|0?[1-9])"
            r"(?:/(?P<y>(?:19|20)\d\d))?(?![\w/])",
            _I,
        ),
    ),
    # A Spanish weekday that dates something: "el martes", "para el jueves"
    (
        "es_wd",
        re.compile(
            r"\b(?i:el|este|pr[o\u00f3]ximo|pasado|desde|hasta)[ \t]+"
            r"(?P<v>(?i:lunes|martes|mi[e\u00e9]rcoles|jueves|viernes|s[a\u00e1]bado|domingo))\b"
        ),
    ),
    # French, in bilingual and mission notes: "le 5 mars 2025", "1er avril",
    # "depuis janvier", "depuis mardi", "en avril"
    (
        "fr_dm",
        re.compile(
            r"\b(?:(?P<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[ \t]+)?"
            r"(?P<d>\d{1,2})(?:er)?[ \t]+(?P<frmn>janvier|f[e\u00e9]vrier|mars|avril|mai|juin|"
            r"juillet|ao[u\u00fb]t|septembre|octobre|novembre|d[e\u00e9]cembre|"
            r"(?:janv|f[e\u00e9]vr|avr|juil|sept|oct|nov|d[e\u00e9]c)(?=\.))"
            r"(?:\.?[ \t]+(?P<y>(?:19|20)\d\d))?\b",
            _I,
        ),
    ),
    (
        "fr_cue",
        re.compile(
            r"\b(?i:depuis|jusqu['\u2019][a\u00e0]|en|d[e\u00e8]s|avant|apr[e\u00e8]s|"
            r"prochain|dernier|le|ce|ke|depi|jodi[a\u00e0]|jou)[ \t]+"
            r"(?P<v>(?i:janvier|f[e\u00e9]vrier|avril|juillet|ao[u\u00fb]t|septembre|octobre|"
            r"novembre|d[e\u00e9]cembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
            r"lendi|madi|mekredi|jedi|vandredi|samdi|dimanch))\b"
        ),
    ),
    # German, in notes from or about care in German-speaking countries: "14.
    # Februar 2025", "Montag, 3. März", "am 1. Okt. 2024"; the day carries its
    # ordinal dot. A German-only month and a year: "Februar 2025", "im Juli 2024".
    (
        "de_dm",
        re.compile(
            r"\b(?:(?P<wd>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|"
            r"Sonntag),?[ \t]+(?:(?:den|dem)[ \t]+)?)?(?P<d>3[01]|[12]\d|0?[1-9])\.[ \t]*"
            # a month English spells the same ("1. April") only with a year
            r"(?P<demn>Januar|J\u00e4nner|Februar|M\u00e4rz|Maerz|Mai|Juni|Juli|Oktober|Dezember|"
            r"(?:M\u00e4r|Okt|Dez)(?=\.)|"
            r"(?:April|August|September|November)(?=[ \t]+(?:19|20)\d\d\b)|"
            r"(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Nov)(?=\.[ \t]+(?:19|20)\d\d\b))"
            r"(?:\.?[ \t]+(?P<y>(?:19|20)\d\d))?\b"
        ),
    ),
    (
        "de_my",
        re.compile(
            r"\b(?P<demn>Januar|J\u00e4nner|Februar|M\u00e4rz|Maerz|Juni|Juli|Oktober|Dezember)"
            r"[ \t]+(?P<y>(?:19|20)\d\d)\b"
        ),
    ),
    # A holiday used as a date ("since Easter", "last Christmas", "until Diwali"):
    # a day of the year, so it goes like one (Safe Harbor removes it).
    (
        "holiday",
        re.compile(
            r"\b(?:Christmas(?:[ \t]+(?:Eve|Day))?|Thanksgiving(?:[ \t]+Day)?|"
            r"Easter(?:[ \t]+Sunday)?|"
            r"Memorial[ \t]+Day|Labor[ \t]+Day|Labour[ \t]+Day|Veterans[ \t]+Day|"
            r"Independence[ \t]+Day|New[ \t]+Year['\u2019]?s(?:[ \t]+(?:Eve|Day))?|"
            r"Halloween|Diwali|[Nn]ew[ \t]+[Yy]rs?(?:['\u2019]?s)?\b|"
            r"Hanukkah|Chanukah|Passover|Rosh[ \t]+Hashanah|Yom[ \t]+Kippur|Juneteenth|"
            r"Valentine['\u2019]?s[ \t]+Day|Mother['\u2019]?s[ \t]+Day|Father['\u2019]?s[ \t]+Day|"
            r"Eid(?:[ \t]+al-(?:Fitr|Adha))?|Lunar[ \t]+New[ \t]+Year|Tet|Good[ \t]+Friday|"
            r"Chuseok|Nowruz|Newroz|Navratri|Holi|Vesak|Songkran|Kwanzaa|Ramadan|RAMADAN|"
            r"Carnaval|Carnival|Oshogatsu|CHRISTMAS|THANKSGIVING|EASTER|"
            r"Ash[ \t]+Wednesday|Palm[ \t]+Sunday|MLK[ \t]+Day|Presidents['\u2019]?[ \t]+Day|"
            r"(?:Fourth|4th)[ \t]+of[ \t]+July|St\.?[ \t]+Patrick['\u2019]?s[ \t]+Day|"
            r"Indigenous[ \t]+Peoples['\u2019]?[ \t]+Day|Columbus[ \t]+Day|Black[ \t]+Friday|"
            r"Cyber[ \t]+Monday|D[i\u00ed]a[ \t]+de[ \t]+(?:los[ \t]+)?Muertos|Nochebuena|"
            r"Boxing[ \t]+Day|Canada[ \t]+Day|Anzac[ \t]+Day|Australia[ \t]+Day|Waitangi[ \t]+Day|"
            r"(?:St\.?[ \t]+)?Paddy['\u2019]?s[ \t]+Day|Bonfire[ \t]+Night|"
            r"Guy[ \t]+Fawkes[ \t]+Night|"
            r"Rizal[ \t]+Day|Pongal|Onam|Deepavali|Hari[ \t]+Raya(?:[ \t]+[A-Z][a-z]+)?|Sallah|"
            r"(?:Freedom|Youth|Heritage|Human[ \t]+Rights|Republic|Remembrance|Victoria|Family|"
            r"Bastille)[ \t]+Day|Chinese[ \t]+New[ \t]+Year|CNY(?:[ \t]+(?:eve|Eve|Day[ \t]+\d))?|"
            r"(?<=the[ \t])New[ \t]+Year(?![ \t]*['\u2019])|"
            # written in lower case in patients' messages ("since valentines day")
            r"christmas(?:[ \t]+(?:eve|day))?|thanksgiving|easter|halloween|"
            r"valentine['\u2019]?s[ \t]+day|(?:labor|memorial)[ \t]+day|"
            r"new[ \t]+year['\u2019]?s(?:[ \t]+(?:eve|day))?|(?:fourth|4th)[ \t]+of[ \t]+july|"
            r"mother['\u2019]?s[ \t]+day|father['\u2019]?s[ \t]+day|ramadan|carnaval|carnival|"
            r"All[ \t]+Saints['\u2019]?[ \t]+Day|All[ \t]+Souls['\u2019]?[ \t]+Day|"
            r"Armistice[ \t]+Day|ARMISTICE[ \t]+DAY|Syttende[ \t]+Mai|Epiphany|"
            r"Twelfth[ \t]+Night|Candlemas|Michaelmas|Whitsun(?:day)?|Pentecost)\b"
            # with its year: "Christmas Day 1930", "All Saints' Day, 1926"
            r"(?:,?[ \t]+(?:19|20)\d\d\b)?"
            r"(?![ \t]+(?:card|cards|tree|trees|gift|gifts|music|"
            r"lights|season|holidays))"
        ),
    ),
    # A month alone where the text dates something by it ("since late May",
    # "until March"): a date element finer than the year.
    (
        "month_cue",
        re.compile(
            r"\b(?i:since|until|till|by|in|early|mid|late|end of|beginning of|start of|"
            r"last|this|next|through|thru|after|before|around|from|during)"
            r"(?:[ \t]+|(?:(?<=early)|(?<=mid)|(?<=late))-)"
            r"(?:(?i:early|mid|late)[ \t-]+)?"
            r"(?P<v>(?P<mn>January|February|March|April|May|June|July|August|September|"
            r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
            r"(?![ \t]*(?:\d|'\d|of[ \t]+(?:19|20)\d\d))"
        ),
    ),
    # A month alone in brackets dating what comes before it ("her wedding (Dec)").
    (
        "month_paren",
        re.compile(
            r"\((?P<v>(?P<mn>January|February|March|April|May|June|July|August|September|"
            r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.?\)"
        ),
    ),
    # The first month of a range closed by a year ("Sept-Dec 2023").
    (
        "month_range",
        re.compile(
            rf"\b(?P<v>(?P<mn>{_MON}))\.?[ \t]*[-\u2013][ \t]*{_MON}\.?,?[ \t]+{_YEAR}\b", _I
        ),
    ),
    # An abbreviated weekday closing a phrase ("K 5.8 pre-HD Mon.", "last BM Sun.").
    (
        "wd_end",
        re.compile(
            r"(?<![/\w])(?P<v>(?P<wd>Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun))(?=\.(?:\s|$)|[;,)]|$)",
            re.M,
        ),
    ),
    # A weekday alone ("seen Tuesday", "FRIDAY 0800"): it narrows the date down,
    # so it is shifted with the patient's dates.
    (
        "wd_only",
        re.compile(
            r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|"
            r"WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|monday|tuesday|wednesday|thursday|friday|"
            r"saturday|sunday)\b(?!s\b)"
        ),
    ),
    # A day-first day and month that cannot be a month first ("received 17/09",
    # "arriving 25/12"): a day over 12 and a two-digit month.
    (
        "dm_bare",
        re.compile(
            r"(?<![\w/.+#:*^=-])(?P<v>(?P<d>1[3-9]|2\d|3[01])/(?P<m>0[1-9]|1[0-2]))"
            r"(?![\w/]|\.\d|-|\+)"
        ),
    ),
    # A full date with spaces round its slashes, as a form or a fax prints it:
    # "DATE: 11 / 14 / 2024".
    (
        "mdy_spaced",
        re.compile(
            r"(?<![\w/])(?P<m>\d{1,2})[ \t]/[ \t](?P<d>\d{1,2})[ \t]/[ \t](?P<y>(?:19|20)\d\d)\b"
        ),
    ),
    # A month and day alone ("Labs 4/18:", "fills 1/2, 1/31, 3/1"), unless it
    # reads as a fraction, a score or a dose (see md_quantity_words).
    (
        "md_bare",
        re.compile(
            r"(?<![\w/.+#:*^=])(?:(?<!\d-)|(?<=\d/\d-)|(?<=\d/\d\d-))"
            r"(?P<v>(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9]))"
            r"(?![\w/]|\.\d|-(?!\d{1,2}/\d)|\+)"
        ),
    ),
)

# Before or after "m/d", the words that make it a quantity, not a date.
_MD_QTY_BEFORE = re.compile(
    r"(?:\b(?:bp|b/p|blood pressure|gcs|pain|strength|str|motor|power|murmur|grade|gr|ratio|"
    r"score|scored|apgars?|mmse|moca|slums|a&o|aa?ox?|oriented|ef|recall|recalled|vision|va|"
    r"acuity|reflexes|dtrs?|pulses?|tanner|stage|fio2|peep|vent|simv|psv|ps|i:e|ie|"
    r"g\d+p\d+|phq|gad|cage|audit|x|times|only|cultures?|day|mood|anxiety|severity|"
    r"intensity|nottingham|gleason|bims|tinetti|"
    r"berg|tug|fim|adl|mobility|transfers?|locomotion|eating|toileting|dressing|bathing|"
    r"orientation|registration|attention|memory|naming|repetition|fluency|abstraction|"
    r"delayed|immed|immediate|braden|morse|norton|painad|cam|rass|cpot|nihss)[ \t:=]*"
    r"|\b(?:ishihara|plates?|apgars?)[ \t:]*|=[ \t]*"
    r"|(?:(?<![A-Za-z\d])\d+|[+*]|(?<![A-Za-z])x)[ \t]?)$",
    _I,
)
# Words before a strength grade or a count of sets ("deltoid 4/5", "2 sets 1/2"):
# a quantity only when it reads as one out of five or fewer ("deltoid 8/29" is a date).
_MD_GRADE_BEFORE = re.compile(
    r"\b(?:sets?|flexors?|extensors?|grip|deltoids?|biceps|triceps|quads?|hamstrings?|df|pf|"
    r"[lr][ul]e|ue|le|hip|knee|ankle|wrist|elbow|shoulder)[ \t:=]*$",
    _I,
)
_MD_QTY_AFTER = re.compile(
    r"^[ \t]*(?:mg|mcg|g|gm|grams?|ml|l|units?|u|iu|meq|mmol|tabs?|tablets?|pills?|caps?|"
    r"capsules?|doses?|puffs?|drops?|sprays?|strength|murmur|sem|pain|scale|scenarios?|"
    r"questions?|items?|words?|objects?|recall|of|times|x|%|mm|cm|inch(?:es)?|ft|hpf|lpf|"
    r"score|points?|pts|positive|pos|neg|negative|cultures?|bottles?|sets?|vials?|cores?|"
    r"nodes?|lymph|ln|ns|normal saline|bilat|bilaterally|throughout|ue|le|prox|distal|"
    r"proximal|packs?|ppd|ppm|reflexes|dtrs?|pulses?|breaths|bpm|weeks?|wks?|days?|mos?|"
    r"months?|yrs?|years?|minutes?|mins?|hours?|hrs?|nights?|shifts?|correct|intact|"
    r"present|beats|lobes?|quadrants?|vessels?|views?|ratio|split|split[- ]?dose|strength)\b"
    r"|^[ \t]*[+%\"\u201d]",
    _I,
)


_SCORE_OUT_OF = re.compile(r"\d[+-]?/(?:5|10)\b")
# The same words, and the tests and visits a date follows in a note, at the end
# of the text before a bare "m/d".
_DATE_CUE = re.compile(
    rf"\b(?:{_DATE_CUE_WORDS}|presented|presenting|cath|ecg|ekg|echo|mri|ct|cxr|xr|us|labs?|"
    r"bmp|cbc|inr|visit|appt|f/u|board|conference|mtg|meeting|call|called|phoned|letter|"
    r"refill|filled|fall|fell|mva|accident|injury|onset|dx|diagnosed|admit|surgery|delivered|"
    r"received|sent|faxed|mailed|cx|culture|cultures|level|pap|path|bx|biopsy|head|chest|"
    r"abd|pelvis|repeat|drawn|rtc|bal|bcx|ucx|ua|tte|tee|egd|colonoscopy|mammo|dexa|pft|eeg|"
    r"lmp|lnmp|od|os|ou|iol|phaco|"
    r"emg|ekg|care|er|ed|clinic|pcp|imaging|xray|x-ray|ultrasound|mammogram|scan|tested)[ \t:]\s?$",
    _I,
)


# A 24-hour clock time just before an "m/d" dates it rather than counting it:
# "handoff 1900 12/24", "seen 0730 3/5".
_HHMM_BEFORE = re.compile(r"(?<![\d/.:,-])(?:[01]\d|2[0-3])[0-5]\d[ \t]+$")

_RESULT_WORD = re.compile(r"[ \t]*(?i:neg|negative|pos|positive)\b")


def md_quantity_words(text: str, start: int, end: int, *, strict: bool = False) -> bool:
    """Whether the words around a bare "m/d" at ``text[start:end]`` make it a
    fraction, score or dose ("pain 7/10", "Ishihara 11/11", "2/2 bottles").

    With ``strict``, also the shapes that are quantities unless a word before
    announces a date: out of 5 and out of 10 are how strength, pain and mood
    are scored, so such a "3/5" is a date only after "on" or a test's name.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[max(line_start, start - 24) : start]
    after = text[end : min(end + 24, line_end if line_end >= 0 else len(text))]
    if _MD_QTY_BEFORE.search(before) and not _HHMM_BEFORE.search(before):
        return True
    month, day = (int(x) for x in text[start:end].split("/"))
    if _MD_GRADE_BEFORE.search(before) and month <= day <= 5:
        return True
    cued = bool(_DATE_CUE.search(text[line_start:start]))
    after_qty = _MD_QTY_AFTER.search(after)
    if after_qty and not (cued and _RESULT_WORD.match(after)):
        return True  # "2/2 bottles"; but a test then its result is dated ("CT 3/10 neg")
    if not strict:
        return False
    if (
        (month, day) == (2, 2)
        and not cued
        and re.match(r"[ \t]+(?![ \t]*(?i:at|on|by|in|to|and|@|-)\b)[A-Za-z]", after)
    ):
        return True  # "2/2 nonadherence": secondary to
    if day in (5, 10) and month <= day and not cued:
        return True
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return len(_SCORE_OUT_OF.findall(line)) >= 2 and day in (5, 10)


# An age over 89 told in words or after "at"/"is" ("At 94 she ...", "Mom is 90 and").
_NUMBER_WORD_AGE = re.compile(
    r"\b(?P<n>(?:ninety|one hundred(?: and)?)(?:[- ](?:one|two|three|four|five|six|seven|eight|"
    r"nine))?)\b(?=[- ](?:years?|yrs?|yo\b|y/o)|[ \t]*[,.;)]|[ \t]+(?:and|with|but)\b)"
    r"(?<!\bone hundred)",
    _I,
)
_AT_AGE = re.compile(
    r"\b(?i:at|is|was|turned|turns|turning|now)[ \t]+(?P<n>9\d|1[0-2]\d)\b"
    r"(?=[ \t]*(?:,|;|\)|$|\.(?!\d))|[ \t]+(?:and|she|he|they|pt|the|family|but|with|lives|"
    r"still|now|"
    r"this|next|years?|yrs?)\b)",
    re.MULTILINE,
)
_VITAL_BEFORE = re.compile(
    r"(?:\b(?i:hr|pulse|sat|sats|spo2|o2|bp|rr|temp|t|glucose|bg|fsbg|sugar|weight|wt|score|"
    r"level|count|hgb|hct|plt|wbc|na|k|cl|bun|cr|ef|map|rate|mmhg|bpm)\b|%)\W*(?:\w+\W+){0,2}$"
)
_AGE_CUE_BEFORE = re.compile(r"(?i:\b(?:is|was|aged?|at|turned|now|pt|patient|she|he)\b)[ \t]*$")

_AGE = re.compile(
    # (never across a line's end: "Screening No.: S014-118\nYear of birth")
    r"\b(?P<n>9\d|1[0-2]\d)(?=[ \t]*-?[ \t]*(?:years?|yrs?|y)[- \t]*(?:old|o\b|/o\b|\.o\.)"
    r"|[ \t]*(?:yo|y/o|y\.o\.|yrs?|years?\b|-year)|[ \t]?(?:M|F|m|f)\b(?![ \t]*/)"
    r"|[ \t]?y[ \t]+[MF]\b)"
    r"|\b(?:aged|age:|age|age of|age at [a-z]+:?) (?P<n2>9\d|1[0-2]\d)(?=(?:y|yo|yr|yrs)?\b)"
    r"|\b(?:(?:his|her|their) (?:early |mid |mid-|late )?)(?P<n3>(?:9|1[0-2])0s|nineties)\b"
    r"|\((?P<n4>9\d|1[0-2]\d)\)(?=[ \t]*(?:yo|y/o|y\.o\.|yrs?\b|years?\b|-year))",
    _I,
)

# "Mr. Kwame Asante-Boateng, 94, pronounced": an age between commas after a name.
_NAME_COMMA_AGE = re.compile(
    r"(?<=[a-z\u00e0-\u024f)\"\u201d]),[ \t]+(?P<n>9\d|1[01]\d)"
    r"(?=,[ \t]+[A-Za-z]|[ \t]*[.;)!]|[ \t]*$|[ \t]{3,}[A-Z]|[ \t]+y\b(?![/.])"
    r"|[ \t]{2,}(?:chart|MRN|DOB|Acct|acct|Rm|rm|Room|room|Bed|bed|Hospice)\b)",
    re.M,
)
# An age over 89 in brackets after a date of birth: "DOB 11/30/1933 (91)".
_DOB_PAREN_AGE = re.compile(
    r"\b(?i:dob|d0b|d\.o\.b\.?|date of birth|born)[ \t:]+[^()\n]{4,20}?[ \t]*"
    r"\((?P<n>9\d|1[01]\d)(?=[ \t]*(?:y\b|yo\b|y/o|yrs?\b|years?\b)?[ \t]*\))"
)
# ... or after an equals sign: "confirmed DOB 10/10/1933 = 91".
_DOB_EQ_AGE = re.compile(
    r"\b(?i:dob|d0b|date of birth|born)[ \t:]+[0-9/.-]{6,10}[ \t]*=[ \t]*(?P<n>9\d|1[01]\d)\b"
    r"(?![ \t]*(?:%|/|\.\d))"
    # or a comma: "Beatrice Fenn, DOB 10/22/1931, 92." (not "..., 92 Catalpa Lane")
    r"|\b(?i:dob|d0b|date of birth|born)[ \t:]+[0-9/.-]{6,10},[ \t]*(?P<n2>9\d|1[01]\d)"
    r"(?=[ \t]*(?:[.;)]|$|,[ \t]+[a-z]|[ \t]+(?i:y|yo|yrs?|years?)\b))(?!\.\d)"
)
# An age over 89 at a death or in the first person: "husband died at 95",
# "she passed away at 101", "\"I am 92, not dead\"".
_DEATH_OR_SELF_AGE = re.compile(
    r"(?:\b(?i:died|passed(?:[ \t]+away)?|death|deceased|lived)|(?<![\w.])d\.)"
    # with a few words between: "died feb 11 at 93", "died in her sleep at 95"
    r"(?:[ \t]+[^\s.,;:]+){0,4}?[ \t]+"
    r"(?i:at|aged?|to)[ \t]+"
    r"(?:age[ \t]+)?"
    r"(?P<n>9\d|1[01]\d)\b(?![ \t]*(?:%|/|\.\d))"
    r"|\b(?:I(?:['\u2019]m|[ \t]+am)|(?i:(?:he|she|who)(?:['\u2019]s|[ \t]+is)|shes|hes|pt[ \t]+is|"
    r"patient[ \t]+is|pt|she[ \t]+turned|he[ \t]+turned|turned|turns))[ \t]+~?(?P<n2>9\d|1[01]\d)\b"
    r"(?=[ \t]*(?:[,.;!)\"\u201d]|$|(?i:years?|yrs?|and|now|next|per|on|in|last|this|today|"
    r"yesterday)\b))",
    re.M,
)
# An age over 89 in another language ("tiene 92 años", "(91 años)", "93岁",
# "98 na po sya"), a death in a pedigree ("MGGF d. 90 (stroke)", "d. 99 in
# Basra"), a relative's approximate age ("paternal grandmother ~90").
_OTHER_AGE = re.compile(
    r"(?<![\d.,/])(?P<n>9\d|1[01]\d)[ \t]*"
    r"(?:a[\u00f1n]os|ans|anos|tu[o\u1ed5]i|\u5c81|\u6b72|\uc138|na[ \t]+po|sano|jir)(?![\w])"
    r"|\bd\.[ \t]*(?P<n2>9\d|1[01]\d)(?=[ \t]*(?:\(|in\b|of\b|,|;|\.|$))"
    r"|\b(?i:grandmother|grandfather|grandma|grandpa|great-grand\w+)[ \t]+~[ \t]?"
    r"(?P<n3>9\d|1[01]\d)\b",
    re.M,
)
# A relative's age in a family history or a birthday: "PGM: 93, living in Boca
# Raton", "Father: 74", "party for her 102nd birthday".
_KIN_AGE = re.compile(
    r"\b(?i:PGM|PGF|MGM|MGF|grandmother|grandfather|grandma|grandpa|father|mother|"
    r"aunt|uncle|sister|brother)[ \t]*:[ \t]*(?P<n>9\d|1[01]\d)\b(?![ \t]*(?:%|/|\.\d))"
    r"|\b(?P<n2>(?:9\d|1[01]\d)(?:st|nd|rd|th))[ \t]+(?i:birthday|bday|b-day)\b"
)
# An age over 89 in a race/sex/age triple or after the sex ("W/F/96", "F/93"),
# in an "Age/Sex" field ("Age/Sex: 90/F"), in German ("93 J.", "94 Jahre") or
# written out in Spanish ("tiene noventa y cinco años").
_SEX_AGE = re.compile(
    r"\b(?:[WBAHOI]/)?[MF]/(?P<n>9\d|1[01]\d)\b(?![/\d.%-])"
    r"|\b(?i:age/sex|age/gender|edad/sexo)[ \t]*:?[ \t]*(?P<n2>9\d|1[01]\d)[ \t]*/[ \t]*[MFmf]\b"
    r"|(?<![\d.,/])(?P<n3>9\d|1[01]\d)[ \t]*(?:J\.|Jahre\b)"
    r"|\b(?P<n4>(?i:noventa(?:[ \t]+[ye][ \t]+(?:uno?|una|um|dos|duas|tr[e\u00ea]s|cuatro|quatro|"
    r"cinco|seis|siete|sete|ocho|oito|nueve|nove))?|"
    r"cien(?:to(?:[ \t]+\w+)?)?|cem|cento(?:[ \t]+e[ \t]+\w+)?))[ \t]+(?i:a[\u00f1n]os|anos)\b"
)
# A name in another script in brackets after its Latin spelling, or signing a
# line alone: "Ms. Chen (陈美玲)", a Cyrillic or Arabic spelling, "\n박현우\n".
_SCRIPT_LETTER = (
    r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f"
    r"\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)
_OTHER_SCRIPT_NAME = re.compile(
    rf"[(\uff08][ \t]*(?P<v>{_SCRIPT_LETTER}+(?:[ \t]+{_SCRIPT_LETTER}+){{0,3}})"
    r"[ \t]*[)\uff09]"
    rf"|^[ \t]*(?:--?[ \t]*)?(?P<v2>{_SCRIPT_LETTER}{{2,}}(?:[ \t]+{_SCRIPT_LETTER}+){{0,3}})"
    r"[ \t]*$",
    re.M,
)
# A user name's shape: lower-case letters and digits in pieces joined by "." or
# "_"; it is a user name (not a word) when it holds a digit or a joint.
_USERNAME_SHAPE = re.compile(r"[a-z][a-z0-9]*(?:[._][a-z0-9]+)*_*")


def is_username(word: str) -> bool:
    """Whether ``word`` is shaped like a user name ("mvasquez2", "k.mori")."""
    return _USERNAME_SHAPE.fullmatch(word) is not None and any(
        c.isdigit() or c in "._" for c in word
    )


def numbered_username(word: str) -> bool:
    """Whether lower-case ``word`` reads as a log-in name with a number on the
    end ("hpark02", "lfinch02", "cokeke3"): letters English does not know as a
    word, abbreviation or drug, then one to three digits."""
    letters = word.rstrip("0123456789")
    return (
        5 <= len(letters) <= 14
        and len(word) - len(letters) in (1, 2, 3)
        and letters.isalpha()
        and letters.islower()
        and foreign_word(letters)
    )


def fused_username(word: str) -> bool:
    """Whether lower-case ``word`` reads as an initial fused to a surname the
    lexicon knows ("lgarcia", "vkrishnan", "jtorres2") and as no English word,
    abbreviation or drug."""
    folded = word.rstrip("0123456789")
    surname = folded[1:]
    return (
        len(surname) >= 4
        and surname in name_lexicon()[1]
        and english_frequency(surname) < 1000
        and foreign_word(folded)
    )


# A user name where a note puts one: "-- mvasquez2 RN", "Reporter: otsosie",
# "Processed by rchischilly", "Scribe: hwinters", "handle \"bmore_runner88\"".
_USERNAME_RE = re.compile(
    r"(?:^[ \t]*(?:--?|\u2014|\u2013)[ \t]*"
    r"|\b(?i:reporter|reported by|processed by|released by|entered by|scribe|transcribed|"
    r"transcribed by|called by|user|username|user name|login|logged in as|handle|"
    r"accessed by|signed by|by user|e-?sign(?:ed)?(?: by)?|net ?id|CRNA|MLS|RN|NA|tech|"
    r"reader|read by|QC|QC'?d by|verified by|reviewed by|performed by|dosed by|given by|"
    r"administered by|collected by|received by|resulted by|created by|modified by|"
    r"assigned to|owner|agent|nurse|sent by|filled by|dispensed by|returned by|RPh|"
    r"PharmD|reviewed|circulator|analyst|queued for)\b"
    r"(?:[ \t]*[:#][ \t]*|[ \t]+)"
    r"[\"\u201c']?@?"
    r"(?:(?:MLS|RN|CNA|NA|tech|RPh|PharmD)[ \t]+)?)"
    r"(?P<v>[a-z][a-z0-9]*(?:[._][a-z0-9]+)*[a-z0-9])"
    r"(?=[ \t]{2,}|[ \t]*(?:[\"\u201d'),;.:]|$)|[ \t]\(|[ \t]+(?:[01]\d|2[0-3]):?[0-5]\d\b|"
    # a date after it: "Entered by ldube 10JUN2024", "by jkim 3/4"
    r"[ \t]+\d{1,2}(?:[A-Za-z]{3}\d{2,4}|/\d{1,2})\b|"
    r"[ \t]+(?:RN|rn|MD|md|for|from|to|at|on|"
    r"PharmD|RPh|NP|PA|LPN|CNA|DO)\b)",
    re.M,
)

# An audit or interface log's row: a timestamp, then the user ("2024-08-03
# 23:14:05  tnakagawa    RN   Chart open").
_LOG_ROW_USER = re.compile(
    r"^[ \t]*(?:\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}(?:/\d{2,4})?)[ T]\d{1,2}:\d\d(?::\d\d)?[ \t]+"
    r"(?P<v>[a-z][a-z0-9]*(?:[._][a-z0-9]+)*)(?=[ \t]{2,}|\t|[ \t]*\|)",
    re.M,
)
# An age over 89 in brackets after a relative, named or not: "wife Carmela (90)",
# "his father (94, lives with them)", "husband Gerhard (91 y)".
_RELATION_PAREN_AGE = re.compile(
    r"\b(?i:"
    + "|".join(sorted((re.escape(r) for r in RELATIONS), key=len, reverse=True))
    + r")(?:[ \t]+[A-Z][\w'\u2019-]*|[ \t]+[\"\u201c][^\"\u201d\n]{1,20}[\"\u201d]){0,3}[ \t]*"
    r"\((?P<n>9\d|1[01]\d)(?=[ \t]*(?:[,;)]|y\b|yo\b|y/o|yrs?\b))"
)

# A staff user name with no label: a lower-case initial and a surname the name
# lexicon knows, fused ("lgarcia", "dlevesque", "jtorres2"), that English does
# not know as a word.
_FUSED_USERNAME = re.compile(r"(?<![\w@.-])[a-z]{5,14}\d{0,2}(?![\w@-]|\.\w)")

_PHONE = re.compile(
    r"(?<![\w/.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}"
    r"(?:,?\s*(?:x|ext\.?|extension)\s*\d{1,5})?(?![\w/-])",
    _I,
)
# A number with its country code: "+234 803 555 0142", "+44 (0)131 496 0118",
# "+52 953 555 0141" (8 to 15 digits, counted where it is found).
_INTL_PHONE = re.compile(
    r"(?<![\w+])\+\d{1,3}(?:[ \t.-]?\(\d{1,5}\)|[ \t.-]\d{1,5}){1,5}(?![\w/]|[.-]\d)"
    r"|(?<![\w+])\+\d{1,3}[ \t.-]\d{8,10}(?![\w/]|[.-]\d)"
    # and an Australian trunk code in brackets: "(02) 5550 1187"
    r"|(?<![\w)])\(0[2378]\)[ \t]?\d{4}[ \t]?\d{4}(?![\w/]|[.-]\d)"
)
_PHONE_CTX = re.compile(
    r"\b(?:phone|tel|telephone|fax|cell|mobile|pager|pgr|beeper|home|work|contact|call)"
    r"(?:\s*(?:#|no\.?|number))?[\s:#]{1,3}(?P<v>\+?\d[\d\s.-]{3,14}\d)\b",
    _I,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", _I)
_URL = re.compile(
    r"\b(?:https?://|ftp://|www\.)[^\s<>\"'()]+[^\s<>\"'().,;:!?]"
    r"|\b(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|us|info|health|care|biz)\b(?:/[^\s<>\"'()]*[^\s<>\"'().,;:!?])?",
    _I,
)
# (not the tail of an OID: "urn:oid:1.2.3.4", "2.16.840.1.113883.19.5")
_IPV4 = re.compile(
    r"(?<!oid:)(?<!\d\.)\b(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\b(?!\.\d)"
)
_IPV6 = re.compile(
    r"(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w:])"
    r"|(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4}(?![\w:])",
    _I,
)
_SSN = re.compile(
    r"\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b"
    r"|\b(?:ssn|ss#|social security(?: number| no\.?| #)?)[\s:#]{1,3}"
    r"(?P<v>\d{3}[\s-]?\d{2}[\s-]?\d{4})\b"
    r"|\b(?:ssn|ss#|social security(?: number| no\.?)?)[ \t]*"
    r"(?:last[ \t]*(?:4|four)|l4|\([ \t]*(?:last[ \t]*(?:4|four)|l4)[ \t]*\))[\s:#]{0,3}"
    r"(?P<v2>\d{4})\b",
    _I,
)

# Labelled identifiers: label -> category. The value must hold a digit.
_ID_LABELS: tuple[tuple[str, str], ...] = (
    (r"mrn|mr\s?#|mr no\.?|medical record(?: number| no\.?| #)?|unit (?:no\.?|number)|"
     r"hospital (?:no\.?|number)|chart(?: number| no\.?| #)?|patient id|pt id", "MRN"),
    (r"acct\.?(?: no\.?| #| number)?|account(?: number| no\.?| #)?|fin|billing(?: number| #| id)?|"
     r"encounter(?: number| no\.?| #| id)?|visit(?: number| #| id)|csn|har", "ACCOUNT"),
    (r"member(?: id| #| number)|subscriber(?: id| #| number)|policy(?: number| no\.?| #)?|"
     r"group(?: number| no\.?| #)?|grp(?: number| no\.?| #)?|insurance(?: id| #| number)|"
     r"health plan(?: id| number| no\.?|"
     r" beneficiary number)?|medicaid(?: id| #| number| no\.?)?|medicare(?: id| #| number| no\.?)?|"
     r"mbi|plan id|beneficiary(?: id| number)", "HEALTH_PLAN"),
    (r"licen[cs]e(?: number| no\.?| #)?|dea(?: number| #| no\.?)?|npi|"
     r"driver'?s licen[cs]e(?: number| #| no\.?)?|dl\s?#|state licen[cs]e(?: number| #)?|lic\.?|"
     r"certificate(?: number| #| no\.?)|passport(?: number| #| no\.?)?|cdl|"
     r"bar\s?#|bar (?:number|no\.?)", "LICENSE"),
    (r"serial(?: number| no\.?| #)?|s/n|sn|device(?: id| serial| #)|udi|imei|"
     r"lot(?: number| no\.?| #)?|pacemaker serial|implant(?: id| serial)|txr|transmitter(?: id)?|"
     r"sensor(?: id| serial)|receiver(?: id| serial)", "DEVICE"),
    (r"vin|licen[cs]e plate(?: number| #)?|plate(?: number| #| no\.?)?|vehicle(?: id| #)|"
     r"tail(?: number| #| no\.?)?|tag(?: number| #)?",
     "VEHICLE"),
    (r"accession(?: number| no\.?| #)?|acc\s?#|specimen(?: id| #| number)?|order(?: number| #| id)|"
     r"case(?: number| #| no\.?)|(?:court|tpo|aps|cps|police|criminal|civil|legal) case|"
     r"claim(?: number| #| no\.?)?|reference(?: number| #)|ref\s?#|"
     r"requisition(?: number| #)?|study(?: id| #)|id(?: number| #| no\.?)?|"
     r"badge(?: number| #)?|tracking(?: number| #| no\.?)?|application(?: number| #| no\.?)?|"
     r"report(?: number| #| no\.?)|incident report(?: number| #| no\.?)?|username|user name|"
     r"user id|login|interpreter\s?#|interp\s?#|interpreter id|operator\s?#|"
     r"call ref(?:erence)?(?: number| #| no\.?)?|confirmation(?: number| #| no\.?| code)?|"
     r"conf\.?(?: number| #| no\.?| code)|"
     r"randomi[sz]ation(?: number| #| no\.?| id)?|docket(?: number| #| no\.?)?|"
     r"shield(?: number| #| no\.?)?", "ID"),
)  # fmt: skip
# A label ending in a letter runs into its value only when the value is all
# digits ("MRN12345678"): "SN60WF" is a lens model, not serial number 60WF.
_LABELLED = [
    (
        re.compile(
            rf"\b(?:{lab})(?:(?<=\W)|(?!\w)|(?=\d+\b))(?:\s*(?:number|no\.?|#|id))?\s*[:#]?\s*[:#]?\s*"
            r"(?P<v>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{2,24}[A-Z0-9])\b",
            _I,
        ),
        cat,
    )
    for lab, cat in _ID_LABELS
]
# Record numbers as letters from other health systems write them, slashes
# and all: "UHID LNC/24/118832", "IP No.: IP/2025/004471", "CR No. 2025/0034412",
# "Our ref: SBH 0734412", "cause no. 25-4-01877-1 SEA", "Sample barcode PGX-0077812-B".
_SLASHED_ID = re.compile(
    r"\b(?i:(?P<mrn>uhid|cr[ \t]?no\.?|dossier|hospital[ \t]+id|hrn|hosp(?:ital)?[ \t]+no\.?|"
    r"(?-i:UR)(?:[ \t]?no\.?)?|(?-i:MRN))|ob[ \t]?no\.?|ip[ \t]?no\.?|"
    r"(?:our|your)[ \t]+ref(?:erence)?\.?|cause[ \t]+(?:no\.?|number)|(?:sample[ \t]+)?barcode)"
    r"[ \t]*[:#]?[ \t]*"
    r"(?P<v>[A-Z]{2,5}[ \t]\d{4,}\b|(?=[A-Z0-9/-]*\d)[A-Z0-9]+(?:[/-][A-Z0-9]+){0,4}"
    r"(?:[ \t][A-Z]{3}\b)?)(?![\w/-])"
)
_ISO_DAY = re.compile(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T|$)")
_DAY_MON_YEAR = re.compile(
    r"\d{1,2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)-\d{2}(?:\d{2})?", _I
)
# "acct ending 8831", "card ending in 4417": the last digits of an account.
# A payment card's number, in four groups of four ("card no. 4410 2287 9931 0056").
_CARD = re.compile(r"(?<![\w-])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?![\w-])")
_SSN_LAST4 = re.compile(
    r"\blast[ \t]+(?:4|four)(?:[ \t]+digits)?[ \t]+of[ \t]+(?:(?:the|her|his|their)[ \t]+)?"
    r"(?i:ssn|social security(?: number)?)[ \t:#]*\(?[ \t]*(?P<v>\d{4})\b",
    _I,
)
# A seven-digit number where a telephone goes ("page Dr. Ashby at 555-0172").
_PHONE7 = re.compile(
    r"\b(?i:at|call|calls|page|paged|cell|phone|ph|tel|pager|pgr|reach|reached|#|text)[ \t:#]*"
    r"(?P<v>\d{3}[-.]\d{4})(?![\w/-]|\.\d)"
    r"|(?<=[a-z])[ \t]+(?P<v2>\d{3}-\d{4})(?=[ \t]*(?:[.,;)]|$))",
    re.M,
)
_ACCOUNT_ENDING = re.compile(
    r"\b(?i:acct|account|card|checking|savings)\b[^\n]{0,24}?\b(?i:ending(?:[ \t]+in)?|"
    r"last[ \t]+(?:4|four)(?:[ \t]+digits)?)[ \t:#]*(?P<v>\d{4})\b"
)
# A licence number with a prefix and a dot: "lic LPN.0071123", "RN lic # RN.221907".
_LICENSE_DOTTED = re.compile(
    r"\b(?i:lic(?:ense|ence)?|cert(?:ificate)?)\.?[ \t]*(?:#[ \t]*)?"
    r"(?P<v>(?:[A-Z]{2,4}[ \t]+(?=[A-Z]{2,4}[.-]\d))?[A-Z]{2,4}[.-]\d{4,}\b"
    # a certificate's state and body before a number: "cert. CA-CI 301447"
    r"|[A-Z]{2}-[A-Z]{2,4}[ \t]\d{4,9}\b)"
)
# A social-media handle after its label, any case: "handle @xXbraydogXx",
# "IG @Mari.Lopez_22".
_AT_HANDLE = re.compile(
    r"\b(?i:handle|username|user name|ig|insta|instagram|snapchat|snap|tiktok|twitter|x)"
    r"[ \t]*:?[ \t]*@(?P<v>[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])?)(?![\w@])"
)
# A chat export's speaker: "21:02 aokafor: ED hold x6", "[09:14] tlarsen_bedmgr:".
_CHAT_HANDLE = re.compile(
    r"^[ \t]*\[?(?:\d{1,2}:\d\d(?::\d\d)?(?:[ \t]*[ap]m)?|(?:[01]\d|2[0-3])[0-5]\d)\]?[ \t]+@?"
    r"(?P<v>[a-z][a-z0-9]*(?:[._][a-z0-9]+)*_?):[ \t]",
    re.M | _I,
)
# A log-in name after "by" at the end of what it did: "drawn 0612 by lmcallister".
_BY_HANDLE = re.compile(
    r"\bby[ \t]+(?P<v>[a-z]{6,16}\d{0,3}|[a-z]{2,12}[._][a-z]{2,14}\d{0,3})"
    r"(?=[ \t]*(?:$|[.,;:)]|\n)|[ \t]+(?:[01]\d|2[0-3]):?[0-5]\d\b|[ \t]+\()",
    re.M,
)
# A ZIP code after a label that says whose or where: "Zip of exposure: 85008".
_ZIP_LABEL = re.compile(
    r"\b(?i:zip|postcode|postal[ \t]+code)(?:[ \t]+(?i:code))?(?:[ \t]+(?i:of|for)[ \t]+\w+)?"
    r"[ \t]*[:#][ \t]*(?P<v>\d{5})(?:-\d{4})?\b"
)
# An age over 89 said or written out: "I'll be ninety-one", "made it to one hundred
# and two", "Pt Florence Wetherby, ninety as of", "I'll be a hundred", "make it to 94".
_NOT_AN_AGE_AFTER = (
    r"(?![\w-]|[ \t-]*(?i:percent|%|minutes?|mins?|seconds?|days?|weeks?|pounds?|lbs?|kg|mg|"
    r"dollars|bucks|times|degrees|miles|feet|over|meters|beats|bpm|units|cents|years?[ \t]+ago))"
)
_SAID_AGE = re.compile(
    r"(?:\b(?i:be|turn|turns|turned|turning|made[ \t]+it[ \t]+to|make[ \t]+it[ \t]+to|"
    r"lived[ \t]+to|reach|"
    r"reached|i['\u2019]m|i[ \t]+am|she['\u2019]s|he['\u2019]s)[ \t]+|(?<=[a-z)\"\u201d]),[ \t]+)"
    r"(?P<n>(?i:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"(?:a|one)[ \t]+hundred(?:[ \t]+and[ \t]+(?:one|two|three|four|five|six|seven|eight|nine|"
    r"ten))?))" + _NOT_AN_AGE_AFTER +
    # in figures only after a verb that ages ("make it to 94", "turns 100")
    r"|\b(?i:turn|turns|turned|turning|made[ \t]+it[ \t]+to|make[ \t]+it[ \t]+to|"
    r"will[ \t]+be|reach|reached|"
    r"i['\u2019]m|she['\u2019]s|he['\u2019]s)[ \t]+(?P<n2>9\d|1[01]\d)" + _NOT_AN_AGE_AFTER
)
# A log-in name after a role or a system's operator label: "abstractor dwojcik",
# "OPER: RGARNER", "PRINTED 03/05/25 06:14 BY JREYNOLDS", "Action: gwhitt called".
_ROLE_HANDLE = re.compile(
    r"\b(?i:abstractor|coordinator|oper|operator|user|scheduler|registrar|clerk|action|"
    r"printed[ \t]+[0-9/: \t]{6,20}by|(?-i:BY))[ \t]*:?[ \t]+"
    r"(?P<v>[a-z]{5,16}\d{0,3}|[A-Z]{5,16}\d{0,3})(?![\w@.-])"
)
# Initials after their label: "Collector init: KLT", "initials R.K.", "Initials: J-R-M";
# and a MedWatch form's patient identifier, the patient's initials ("1. Identifier: RLT").
_INITIALS_LABEL = re.compile(
    r"\b(?i:init|inits|initials|initialed|initialled|(?:patient[ \t]+)?identifier)\b\.?"
    r"[ \t]*[:#]?[ \t]*"
    r"(?P<v>[A-Z]{2,3}|(?:[A-Z]\.){2,3}|[A-Z]{1,2}-[A-Z]{1,2}(?:-[A-Z])?)(?![\w-])"
)
# Initials in a key before the name they stand for, its first letters:
# "Initials key: BH = Bich Hoang RN; NC = Nestor Carrillo RN", "(JRW: Jin-Ro Weiss)".
_INITIALS_KEY = re.compile(
    r"(?<![\w.-])(?P<v>[A-Z]{2,3})[ \t]*[=:][ \t]*"
    r"(?P<n>[A-Z][a-z'\u2019]+(?:[ \t-][A-Z][a-z'\u2019]+){1,2})\b"
)
# An initial and a surname the lexicon does not know, where a person goes:
# "Signed: P. Vandermeer", "by M. Oyelowo;", "(S. Kessler)".
_INITIAL_SURNAME = re.compile(
    r"(?:[(:;,/]|--|\b(?i:by|per|cc|to|from|with|and|signed|dictated|reviewed|attn|w/))[ \t]*"
    r"(?P<v>[A-Z]\.[ \t](?P<s>[A-Z][a-z]{2,}(?:['\u2019-][A-Z]?[a-z]+)?))(?![\w'\u2019-])",
    re.M,
)
# A genus initial before a species ("E. Coli", "S. Aureus") is no person.
_SPECIES_ENDINGS = ("ae", "ii", "us", "um", "is", "ensis", "ella")
_SPECIES = frozenset(
    {"coli", "pylori", "difficile", "albicans", "glabrata", "vivax", "lamblia", "jejuni",
     "typhi", "sonnei", "pallidum", "fragilis", "faecium", "burgdorferi", "maltophilia"}
)  # fmt: skip


def species(folded: str) -> bool:
    """Whether ``folded`` reads as a species after a genus initial ("coli", "aureus")."""
    return folded in _SPECIES or folded.endswith(_SPECIES_ENDINGS)


# A licence number with a letter prefix and a space: "FL lic PS 48812",
# "license LCS 77412", "Lic. # RN 2210947".
_LICENSE_SPACED = re.compile(
    r"\b(?i:lic(?:ense|ence)?\.?(?:[ \t]+(?:no\.?|number|#))?)[ \t]*[:#]?[ \t]*"
    r"(?P<v>[A-Z]{1,4}[ \t]\d{4,9})(?![\w-])"
)
# A research subject or participant number: "Subject 031-004", "subject 019",
# "Participant KPD-0117", "pt ID S-2207".
_SUBJECT_ID = re.compile(
    r"\b(?:(?i:subject|participant|enrollee)(?:[ \t]+(?i:id|no\.?|number|#))?"
    r"|(?i:screening|scr\.?)[ \t]*(?i:id|no\.?|number|#))[ \t]*[:#]?[ \t]*"
    r"(?P<v>(?:[A-Z]{1,5}-?)?\d{2,5}(?:-[A-Z0-9]{2,6}){0,2})(?![\w/]|\.\d)"
)
# A line of a subject list: a subject's number and, in brackets, their initials
# ("- 022-0007 (AKT): V5 done", "3) S-114-0021 (J-RM) withdrew").
_SUBJECT_LINE = re.compile(
    r"^[ \t]*(?:[-*\u2022]|\d{1,2}[.)])?[ \t]*"
    r"(?P<v>(?:[A-Z]{1,5}-?)?\d{2,4}-(?:[A-Z]{1,3}-?)?\d{3,5})[ \t]+"
    r"\((?P<i>[A-Z]{2,3}|[A-Z]{1,2}-[A-Z]{1,2}(?:-[A-Z])?)\)",
    re.M,
)
# A chat speaker's handle before what they wrote ("10/14/2024 13:02 @hsaeed: 16 has
# new afib"): a person, as the "@" names one there.
_HANDLE_SPEAKER = re.compile(r"(?:^|[ \t])@(?P<v>[A-Za-z][\w.-]{2,30}[A-Za-z0-9]):", re.M)
# A name whose surname holds a particle: "Amara St. John", "Yusuf bin Saleh al-Harbi",
# "Mr. bin Saleh" (not "St. John's Hospital" or "Pastoral care - St. John").
_PARTICLE_NAME = re.compile(
    r"(?:\b(?P<g>[A-Z][a-z'\u2019-]+)[ \t]+|(?i:\b(?:mr|mrs|ms|dr)\.?)[ \t]+)"
    r"(?P<s>(?P<p>St\.|bin|bint|ibn)[ \t]+(?P<w>[A-Z][a-z'\u2019-]+)"
    r"(?:[ \t]+(?i:al|el)-[A-Z][a-z]+)?)"
    r"(?!['\u2019]s\b|[ \t]+[A-Z][a-z]+)"
)
# A US immigration A-number written in groups: "A# A 220 418 775", "A-number 220-418-775".
_A_NUMBER = re.compile(
    r"\b(?:A[ \t]?#|(?i:a-number|alien(?: registration)?(?: number| no\.?| #)?|uscis #?))[ \t:]*"
    r"(?P<v>(?:A[ \t-]?)?\d{3}[ \t-]\d{3}[ \t-]\d{3})(?![\w-])"
)
# A prescription's number: "Rx 318802 warfarin", "Rx 4102277-08 apixaban".
_RX_NUMBER = re.compile(
    r"\b(?:Rx|RX)[ \t]*(?:#|no\.?)?[ \t]*(?P<v>\d{6,9}(?:-\d{1,3})?)(?![\w/-]|\.\d)"
)
# A UPS tracking number ("1Z88X4410398812274") and an ISBT 128 blood-product
# donation number: facility, year, sequence and a flag ("W1420 23 650114 J").
_TRACKING = re.compile(
    r"\b1Z[0-9A-Z]{16}\b|(?<![\w-])[A-Z]\d{4}[ \t]?\d\d[ \t]?\d{6}(?:[ \t][A-Z0-9]\b)?(?![\w-])"
)
# An ambulance's or an aircraft's call sign and number: "Medic 31", "UNIT MED 2",
# "ALS unit M-27", "Unit A-612", "helicopter N5471P", "Aircraft N610AM".
_EMS_UNIT = re.compile(
    r"\b(?P<v>(?:Medic|MEDIC|Rescue|RESCUE|Medevac|MEDEVAC)[ \t]?\d{1,3}[A-Z]?)\b"
    r"|\b(?i:unit)[ \t]*#?[ \t]*(?P<v2>[A-Z]{1,3}-\d{1,4}[A-Z]?|MED(?:IC)?[ \t]?\d{1,3})\b"
    r"|\b(?i:aircraft|helicopter|airplane|plane|tail(?:[ \t]+(?:no\.?|number|#))?|rotor[ \t]?wing|"
    r"fixed[ \t-]wing|jet)[ \t:#]*(?:\([^)\n]{1,20}\)[ \t]*)?"
    r"(?P<v3>N[1-9]\d{0,4}[A-HJ-NP-Z]{0,2})\b"
)
# A licence plate after the vehicle and its state: "Pt's pickup, KS 411 GRH",
# "truck NJ AK552T".
_VEHICLE_PLATE = re.compile(
    r"\b(?i:pickup|truck|car|van|minivan|sedan|suv|vehicle|motorcycle|trailer|rv|jeep)"
    r"['\u2019]?s?[ \t,:]+(?P<v>(?P<st>[A-Z]{2})[ \t](?=[A-Z0-9 -]*\d)"
    r"[A-Z0-9]{2,7}(?:[ \t-][A-Z0-9]{2,4})?)(?![\w-])"
)
_VIN = re.compile(r"\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b")
# A study's ClinicalTrials.gov number (NCT and eight digits) names no person.
_LONG_ID = re.compile(
    r"(?<![\w./-])(?!NCT\d{8}\b)(?:[A-Z]{1,4}-?\d{5,}[A-Z0-9]*(?:-(?:[A-Z]{1,3}|\d{2,6})(?![\w-]))?|\d{2,4}-\d{5,}|\d{7,}"
    r"|[A-Z]{1,4}-?\d{2,4}-\d{4,}[A-Z0-9]*(?:-[A-Z0-9]{1,3}(?![\w-]))?|[A-Z]{1,3}\d{2}-\d{4,})(?![\w/]|\.\d)"
)
# A maiden name: "Kamala Iyer (née Subramaniam)", "geb. Hoffmann".
_NEE = re.compile(
    r"\b(?:n[ée]e|geb\.|(?i:maiden[ \t]+name)[ \t]*:?)[ \t]+"
    r"(?P<v>[A-Z][a-z'\u2019]{2,}(?:-[A-Z][a-z'\u2019]{2,})?)\b"
)
# Initials of the staff who witness a double check (IVF, blood, specimens):
# "Witness 1: TR 09:52", "Witnesses: CJ / L. Moreno".
_WITNESS_INITIALS = re.compile(
    r"\b(?i:witness(?:es|ed[ \t]+by)?)(?:[ \t]*\d)?[ \t]*:?[ \t]+(?P<v>[A-Z]{2,3})\b(?![a-z.])"
)
# A date written as eight digits, perhaps with its time fused on, as HL7 v2,
# DICOM, data exports and iCalendar write them ("19310402", "20240311142205-0500",
# "20250314T093000Z"): the whole token is a DATE (the date shifted in place, the
# time kept).
_YMD = r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
COMPACT_TIME = r"(?:T?(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d(?:\.\d{1,6})?)?)?(?:Z|[+-]\d{4})?"
_COMPACT_DAY = re.compile(rf"(?<![\w./-])(?P<v>{_YMD}){COMPACT_TIME}(?![\w/]|\.\d)")
# A badge number after an officer's title and name or on-scene words ("Det. Hobbs
# (#651)", "officer on scene #2280").
_BADGE = re.compile(
    r"\b(?:[Oo]fficer|Ofc\.?|Det\.|Detective|Deputy|Dep\.|Sgt\.?|Trooper|Tpr\.?|Inv\.|"
    r"Investigator)[^\n#]{0,40}?\(?#[ \t]?(?P<v>\d{2,6})\b(?![./-]\d)"
)
# A licence plate after its label may hold a space ("plate 8KX 442").
_PLATE = re.compile(
    r"\b(?i:plate|tag)(?:\s*(?i:#|no\.?|number))?[\s:#]*"
    r"(?P<v>(?=[A-Z0-9 -]*\d)[A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,4})\b"
)
# A plan member or licence number written in groups after its label
# ("Member # KMH 7730 2214 09", "medicaid es 518 440 227", "PA DL 31 227 846").
_SPACED_NUMBER = re.compile(
    r"\b(?:(?P<hp>(?i:member|subscriber|policy|medicaid|medicare|mbi|health[ \t]+plan|"
    r"insurance|health[ \t]+card(?:[ \t]+\([A-Z]{2,6}\))?))(?:[ \t]+(?i:id|no\.?|number|#))?"
    r"|(?P<lic>(?i:dl|oln|dln|driver'?s[ \t]+licen[cs]e|licen[cs]e|lic\.?|cdl))"
    r"(?:[ \t]+(?i:no\.?|number|#))?"
    r"|(?P<idl>(?i:c-file|va[ \t]+file|claim|service|file|case))[ \t]*(?i:no\.?|number|#)?)"
    r"[ \t]*[:#]?[ \t]*(?:(?i:es|is|:)[ \t]+)?"
    r"(?P<v>(?:[A-Z]{2,4}[ \t])?\d{2,4}(?:[ \t]\d{1,4}){2,4}"
    # a state's code before a long number ("Medicaid ID KS 60044718 21", "CDL ME 7712048")
    r"|(?-i:[A-Z]{2,4})[ \t]\d{6,10}(?:[ \t]\d{1,3}|-\d{1,3})?"
    # a licence: a letter and digits in groups ("W1827 46103 07712", "E551-774-802-913")
    r"|(?-i:[A-Z])\d{3,4}(?:[ \t-]\d{3,5}){2,3}(?:-\d{2})?"
    # a Quebec card: four letters, then digits in fours ("GAGR 3811 2714")
    r"|(?-i:[A-Z]{4})[ \t]\d{4}[ \t]\d{4}(?:[ \t]\d{2,4})?)(?![\w-]|[ \t]\d)"
)
# A table row's number in the column before a "Lastname, Firstname" cell
# ("300912  OYELOWO, Funmi      9/3/24"): the person's record or staff number.
_ROW_ID_BEFORE_NAME = re.compile(
    r"^[ \t]*(?P<v>\d{5,10})(?:[ \t]{2,}|\t|[ \t]*\|[ \t]*)"
    r"(?=[A-Z][A-Za-z'\u2019-]+,[ \t]?[A-Z][A-Za-z'\u2019-]+)",
    re.M,
)
# A bare extension after a name or role ("Case Manager   x6620").
_EXTENSION = re.compile(r"(?<![\w/*])(?P<v>x\d{4,5})\b(?![ \t]*(?:\d|mg|ml|/))", _I)

_SUFFIX = "|".join(sorted(STREET_SUFFIXES, key=len, reverse=True))
# A unit or a box after a street, never a town ("78 Orchard Hill Dr, Box 4417").
_UNIT_WORDS = frozenset(
    {"box", "po", "apt", "suite", "ste", "unit", "lot", "rm", "room", "floor", "level", "flat",
     "bldg", "building", "space", "trailer", "pmb"}
)  # fmt: skip
# The last word of an organisation's name, never of a person's.
ORG_WORDS = frozenset(
    {"associates", "practice", "clinic", "clinics", "group", "partners", "services",
     "center", "centre", "hospital", "rooms", "surgery", "pharmacy", "laboratories", "labs",
     "institute", "foundation", "university", "college", "school", "church", "inc", "llc",
     "ltd", "corp", "corporation", "company", "agency", "department", "pllc", "pc", "llp",
     "co", "farms", "schools", "dialysis", "community", "healthcare", "systems", "solutions",
     "industries", "enterprises", "ministries", "council", "society", "motors", "elementary",
     "academy", "tire", "law", "partnership", "rehab", "realty", "insurance", "bank", "auto",
     "lumber", "hardware", "bakery", "diner", "landscaping", "plumbing", "construction"}
)  # fmt: skip
# The street types no town name ends in ("Mill Lane", not "Bondi Junction" or
# "Cape Town").
_STREET_TYPES = frozenset(
    {"street", "st", "road", "rd", "avenue", "ave", "av", "lane", "ln", "drive", "dr", "way",
     "court", "ct", "place", "pl", "terrace", "tce", "ter", "close", "crescent", "cres",
     "boulevard", "blvd", "highway", "hwy", "parkway", "pkwy", "circle", "cir", "trail", "trl"}
)  # fmt: skip
_STREET = re.compile(
    r"\b\d{1,6}[A-Z]?[ \t]+(?:(?:[NSEW]|North|South|East|West|NE|NW|SE|SW)\.?[ \t]+)?"
    r"(?:(?:\d+(?:st|nd|rd|th)|[A-Z][a-zA-Z'\u2019-]+\.?)[ \t]+){1,4}"
    rf"(?:{_SUFFIX})\b\.?"
    r"(?:[ \t]+(?:[NSEW]|NE|NW|SE|SW)\b\.?)?"
    r"(?:,?[ \t]*(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|#|Bldg\.?|Building|Fl\.?|Floor|Room|Rm\.?)"
    r"[ \t]*#?[ \t]*[A-Za-z0-9-]+)?"
    r"|\bP\.?[ \t]?O\.?[ \t]+Box[ \t]+\d+\b"
    r"|\b(?:R\.?R\.?|Rural Route|HC)[ \t]*\d+,?[ \t]+Box[ \t]+\d+\b"
    r"|\b\d{1,6}[ \t]+(?:Broadway|Boardwalk|Bowery)\b"
)
# A street written in lower case (portal messages): "591 memorial dr".
_STREET_LOWER = re.compile(
    r"\b\d{1,5}[ \t]+(?:[a-z]{3,}[ \t]+){1,3}"
    r"(?:st|street|ave|avenue|rd|road|dr|drive|ln|lane|blvd|boulevard|way|ct|court|pl|place|"
    r"ter|terrace|pkwy|parkway|hwy|highway|cir|circle)\b\.?"
)
# A street named without a house number where the text places someone on it
# ("lives off Old Quarry Ln", "on Bridle Path", "Belmont St @ Warren Ave",
# "near Mass Ave & Melnea Cass").
_STREET_NAME = (
    r"(?:(?:[NSEW]|North|South|East|West)\.?[ \t]+)?"
    r"(?:(?:\d+(?:st|nd|rd|th)|[A-Z][a-zA-Z'\u2019-]+)[ \t]+){1,3}"
    rf"(?:{_SUFFIX})\b\.?"
)
_STREET_BARE = re.compile(
    r"\b(?i:on|off|of|near|onto|along|down|up|at|to|from|corner of|lives on|lives off|"
    r"just off|right off)[ \t]+"
    rf"(?P<v>{_STREET_NAME})(?![ \t]+(?:Clinic|Hospital|Center|Centre|Medical|Health|"
    r"Pharmacy|School|Station|Mall|Plaza|Assisted|Nursing|Rehab|Manor|House|Home|Apartments)\b)"
)
# The same typed in lower case ("the cvs on meridian st", "near maverick sq"),
# and a numbered road someone is placed on ("Kroger on Hwy 62").
_STREET_BARE_LOWER = re.compile(
    r"\b(?:on|off|near|along|onto|lives on|lives off)[ \t]+"
    r"(?P<v>(?!(?:the|a|an|call|duty|time|hold|site|floor|unit)\b)[a-z][a-z'-]{2,}"
    r"(?:[ \t]+[a-z][a-z'-]{2,})?[ \t]+(?:st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|"
    r"sq|square|pkwy|parkway|hwy|highway|ct|court|pl|place|ter|terrace|cir|circle)\b\.?)"
    r"|\b(?i:on|off|near|along|onto|at)[ \t]+(?P<v2>(?:Hwy|Highway|Route|Rte|County Road|"
    r"State Road|SR|CR)[ \t-]*\d{1,4}[A-Z]?)\b"
)
_STREET_CROSS = re.compile(
    rf"(?P<a>{_STREET_NAME})[ \t]*(?:@|&|/|\band\b)[ \t]*"
    r"(?P<b>(?:[A-Z][a-zA-Z'\u2019-]+[ \t]+){0,2}[A-Z][a-zA-Z'\u2019-]+"
    rf"(?:[ \t]+(?:{_SUFFIX})\b\.?)?)"
)
_APT = re.compile(
    r"\b(?:Apt|Apartment)\.?[ \t]*#?[ \t]*(?=[A-Z0-9-]*\d)[A-Z0-9][A-Za-z0-9-]{0,5}\b"
)
_STATE_ABBR = "|".join(US_STATES)
_STATE_FULL = "|".join(sorted(US_STATES.values(), key=len, reverse=True))
_STATE_NAMES = frozenset(US_STATES.values())
_CITY_STATE = re.compile(
    r"(?P<city>\b[A-Z][a-zA-Z'\u2019.-]+(?:[ \t]+[A-Z][a-zA-Z'\u2019.-]+){0,2}),[ \t]+"
    rf"(?P<state>(?:{_STATE_ABBR})\b|(?:{_STATE_FULL})\b)\.?"
    r"(?:,?[ \t]+(?P<zip>\d{5})(?P<plus4>-\d{4})?\b)?"
)
# "Paterson NJ", "Wolcott VT": a known town before a state's abbreviation.
_CITY_ST = re.compile(
    r"(?P<city>\b[A-Z][a-zA-Z'\u2019.-]+(?:[ \t]+[A-Z][a-zA-Z'\u2019.-]+){0,2})[ \t]+"
    rf"(?P<state>{_STATE_ABBR})\b(?![ \t]*\d)(?!-)"
)
_CITY_PREFIX = frozenset(
    {"new", "lake", "port", "east", "west", "north", "south", "mount", "fort", "saint", "st",
     "san", "santa", "los", "las", "el", "la", "le", "des", "de", "du", "grand", "great",
     "little", "upper", "lower", "old", "glen", "bay", "palm", "park", "falls", "springs",
     "city", "beach", "heights", "hills", "valley", "village", "center", "junction", "point"}
)  # fmt: skip
_TOWN_AFTER_STREET = re.compile(
    r",?[ \t]+(?:(?i:apt|unit|ste|suite|#)[ \t]*\w{1,5},?[ \t]+)?"
    r"(?P<city>[A-Z][a-z'\u2019.-]+(?:[ \t]+[A-Z][a-z'\u2019.-]+){0,2}),?[ \t]+"
    rf"(?:{_STATE_ABBR})\b(?![ \t]*\d{{1,4}}\b)"
)
# What a street address carries after its street ("200 King Street West,
# Suite 1104"): a direction and a unit.
_STREET_TAIL = re.compile(
    r"(?:[ \t]+(?:West|East|North|South|NW|NE|SW|SE)\b)?"
    r"(?:,?[ \t]+(?i:suite|ste\.?|apt\.?|unit|app\.?|floor|fl\.?|level)[ \t]*#?[\w-]{1,6}\b)?"
)
# A unit before the street ("Level 2, 500 Oxford Street", "Suite 4, 19 Bronte Road").
_UNIT_BEFORE = re.compile(
    r"(?:^|(?<=[\s,]))(?i:level|suite|ste\.?|unit|flat|floor|apt\.?)[ \t]*#?[\w-]{1,5},[ \t]*$"
)
# A capital letter, accented letters included ("Łódź", "Huế").
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
# The towns between a street and a postcode abroad or a Canadian province:
# "17 Liesbeek Avenue, Rondebosch, Cape Town 7700", "..., Toronto, ON M5H 3T4".
_TOWNS_TO_POSTCODE = re.compile(
    rf"(?P<towns>(?:,[ \t]*[{_UPPER}][a-z\u00e0-\u024f'-]+"
    rf"(?:[ \t]+[{_UPPER}][a-z\u00e0-\u024f'-]+){{0,2}}){{1,2}})"
    r",?[ \t]+(?=\(?(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE)\)?(?:[ \t]|,|$)|\d{4}\b(?!\d)|"
    r"[A-Z]\d[A-Z][ \t]\d[A-Z]\d\b)",
    re.M,
)
# A postcode abroad: a British one ("London SE22 8RJ") anywhere, a six-digit
# one after a known city ("Mumbai 400020").
_FOREIGN_POSTCODE = re.compile(
    r"\b(?P<uk>[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]\d[A-Z]\d)\b"
    r"|\bC\.[ \t]?P\.[ \t]*(?P<cp>\d{5})\b"
    r"|(?P<city>\b[A-Z][a-z]+)[ \t]+(?:-[ \t]+)?(?P<pin>\d{6})\b"
    r"(?![ \t]*(?:mg|mcg|ml|units?|/|-|\.\d))"
    # a Brazilian CEP after its label or a town's state ("CEP 08030-410", "Salvador-BA, 40325-090")
    r"|\bCEP[ \t:.]*(?P<cep>\d{5}-?\d{3})\b|(?<=-[A-Z]{2},[ \t])(?P<cep2>\d{5}-\d{3})\b"
    # a Singapore postcode in brackets after the S: "#12-345 S(792456)"
    r"|(?<![\w(])S\((?P<sg>\d{6})\)"
)
# The town and a four-digit postcode closing a line that a label names an
# address ("Address: House J 117, Site C, Khayelitsha, 7784", "Residence: Stand
# 1183, Luka village, Phokeng 0335", "Purok 2, Brgy. Buhangin, Davao City 8000").
_ADDRESS_LINE_POSTCODE = re.compile(
    r"^[ \t]*(?i:address|residence|home(?:[ \t]+address)?|addr|res|domicile)[ \t]*:[^\n]*,[ \t]*"
    rf"(?P<town>[{_UPPER}][^\W\d_]+(?:[ \t]+[{_UPPER}][^\W\d_]+){{0,2}})"
    r",?[ \t]+(?P<pc>\d{4})[ \t]*$",
    re.M,
)
# An Irish Eircode ("D07 R2WY", "F35 X2T9") and an Australian state's postcode
# ("Bondi Junction NSW 2022", "Paddington QLD 4064").
_EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t](?=[A-Z]*\d)(?=\d*[A-Z])[0-9AC-FHKNPRTV-Y]{4}"
_AU_STATE_POSTCODE = re.compile(
    rf"\b(?P<eir>{_EIRCODE})\b"
    r"|\b(?:NSW|VIC|QLD|WA|SA|TAS|NT|ACT)[ \t]+(?P<au>\d{4})\b(?![ \t]*(?:mg|ml|/|-|\.\d))"
)
# The town before a foreign postcode, after a street line's comma or at a
# line's start: "3 Main Street, Ballyhaunis F35 X2T9", "Hexham NE46 3RQ".
_TOWN_BEFORE_POSTCODE = re.compile(
    r"(?:^|,)[ \t]*(?P<town>[A-Z][a-z\u00e0-\u024f'-]+(?:[ \t]+[A-Z][a-z\u00e0-\u024f'-]+){0,2})"
    r"[ \t]+(?=(?:NSW|VIC|QLD|WA|SA|TAS|NT|ACT)[ \t]+\d{4}\b|"
    rf"{_EIRCODE}\b|[A-Z]{{1,2}}\d[A-Z\d]?[ \t]\d[A-Z]{{2}}\b)",
    re.M,
)
# A place on a highway, as a run sheet or a crash report gives it: "I-91 NB mile
# marker 38.6", "US-60 MM 212", "Hwy 1 mile marker 27.4".
_MILE_MARKER = re.compile(
    r"\b(?:I|US|SR|CR|"
    r"(?i:hwy|highway|route|rte|interstate|state[ \t]+route|county[ \t]+(?:rd|road)))"
    r"[ \t-]?\d{1,4}[A-Z]?(?:[ \t]+(?:NB|SB|EB|WB|N/?B|S/?B|E/?B|W/?B))?,?[ \t]+"
    r"(?:(?i:mile[ \t]+marker|mile[ \t]+post|milepost)|MM|MP)[ \t]*#?\d{1,4}(?:\.\d{1,2})?\b"
)
_ZIP_CTX = re.compile(r"\b(?:zip|zip code|postal code)[\s:#]{1,3}(?P<v>\d{5}(?:-\d{4})?)\b", _I)
_CITY_CTX = re.compile(
    r"\b(?:lives in|living in|resides in|residing in|moved to|moved from|native of|"
    r"home in|house in|relocated to|relocated from|grew up in|born in|from the town of|"
    r"town of|city of|visiting from|works in) "
    r"(?P<city>[A-Z][a-zA-Z'\u2019.-]+(?:\s+[A-Z][a-zA-Z'\u2019.-]+){0,2})"
)

# Words that place a person or a trip, before a town the gazetteer must know:
# "lived Kampala 2017-2023", "Home: North Las Vegas", "work at Framingham",
# "Lima -> Cusco", "site Kisumu", "Itinerary: Detroit".
_ORG_AFTER = re.compile(
    r"[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?i:health|nursing|rehab|funeral|hospital|medical|clinic|"
    r"family|care|center|centre|plan|home|house|manor|terrace|place|orthopaedic|orthopedic)\b"
)
_PLACE_CUE = re.compile(
    r"(?:\b(?i:lived(?:[ \t]+in)?|site|work(?:s|ed)?[ \t]+(?:at|in)|trek[ \t]+to|then|via|"
    r"visiting|aux)[ \t]+|\b(?i:home|itinerary)[ \t]*:[ \t]*|(?:->|\u2192)[ \t]*)"
    r"(?P<city>[A-Z][^\W\d_'\u2019.-]*(?:[ \t]+[A-Z][^\W\d_'\u2019.-]*){0,2})"
)
# A ZIP code after a town (and maybe a state) without the comma _CITY_STATE
# needs ("Newton MA 02459", "Quincy 02169"), or after a street address
# ("27 Warren St #3, 02119").
# A capitalised word, accented letters included ("Łódź", "Huế").
_CW = rf"[{_UPPER}](?:[^\W\d_]|['\u2019.-](?=[^\W\d_]))+\.?"
_CITY_ZIP = re.compile(
    rf"(?P<city>\b(?:{_CW})(?:[ \t]+(?:{_CW})){{0,2}})"
    rf"(?:,?[ \t]+(?P<state>(?:{_STATE_ABBR})\b|(?:{_STATE_FULL})\b)\.?)?"
    r",?[ \t]*\n?[ \t]*(?<![\w-])(?P<zip>\d{5})(?P<plus4>-\d{4})?(?![\w/-]|\.\d)"
)
_NON_SPACE = re.compile(r"\S+")
_AFTER_STREET = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:(?:Apt\.?|Unit|Suite|Ste\.?|#)[ \t]*#?[A-Za-z0-9-]+"
    r"|(?:\d+(?:st|nd|rd|th)[ \t]+)?(?i:floor|fl\.?))[ \t]*,?[ \t]*)?"
    rf"(?:\n[ \t]*)?(?:(?P<city>(?:{_CW})(?:[ \t]+(?:{_CW})){{0,2}}))?"
    r"(?:,?[ \t]*(?P<zip>(?<![\w-])\d{5}(?:-\d{4})?)(?![\w/-]|\.\d))?"
)
# A place after a word that says one follows ("moved up from Nashua", "lives in
# Fall River", "IN CHICOPEE"); only names in the gazetteer are taken.
_PLACE_CTX = re.compile(
    r"\b(?i:in|from|to|near|outside(?: of)?|around|toward|towards|via|of|visiting|"
    r"visited|leaves for|left for|back to|home to|up from|down from|over from|lives|living|"
    r"works|stays|staying|moved)\s+"
    r"(?i:the[ \t]+(?:town|city|village)[ \t]+of[ \t]+)?"
    # a lookahead: the words are not consumed, so "LIVES ALONE IN CHICOPEE" is
    # tried again from "IN"
    rf"(?=(?P<place>(?:{_CW})(?:[ \t]+(?:{_CW})){{0,{MAX_PLACE_WORDS - 1}}}))"
)

# A place of birth, known to the gazetteer or not: "b. Cork", "born in Brańsk",
# "was born in Joe Batt's Arm".
_BIRTHPLACE = re.compile(
    r"(?:\b(?i:born)(?:[ \t]+(?i:and[ \t]+raised))?[ \t]+(?i:in|at)|(?<![\w.])b\.)[ \t]+"
    r"(?:the[ \t]+)?"
    rf"(?P<place>(?:{_CW})(?:[ \t]+(?:{_CW})){{0,2}})"
)
# A family by its surname in the plural: "my mother's people, the Mulveys", "the Lynches".
_FAMILY_PLURAL = re.compile(r"\b(?i:the)[ \t]+(?P<v>[A-Z][a-z]{2,}(?:ch|sh|s|x|z)?e?s)\b")
_PLACE_MORE = re.compile(
    rf"(?:,[ \t]*|[ \t]+(?i:and|or|&)[ \t]+|,[ \t]*(?i:and|or)[ \t]+)"
    rf"(?P<place>(?:{_CW})(?:[ \t]+(?:{_CW})){{0,{MAX_PLACE_WORDS - 1}}})"
)
# "(St. Vincent, Worcester)", "(CVS Pharmacy, Dedham; 781 ...)": a known place
# closing a parenthesised name.
_PLACE_IN_PARENS = re.compile(
    rf"\([^()\n]{{2,60}},[ \t]*\n?[ \t]*(?P<place>(?:{_CW})(?:[ \t]+(?:{_CW})){{0,2}})"
    r"(?=[ \t]*[);])"
)


# A known town before a lower-case word for a site in it ("Worcester office",
# "at Fremont draw station", "Lowell clinic", "Edison league"), in brackets after
# a telephone number ("714-555-0138 (Westminster)"), or closing a line after a
# comma ("96 yo F, Glendale.", "Bay State Concrete, Springfield").
_PLACE_BEFORE_SITE = re.compile(
    rf"(?<![\w'-])(?P<place>(?:{_CW})(?:[ \t]+(?:{_CW})){{0,{MAX_PLACE_WORDS - 1}}})[ \t]+"
    r"(?=(?:office|clinic|site|campus|location|branch|house|league|area|line|draw station|"
    r"lab|pharmacy|library|church|mosque|temple|school|station|apartment|neighborhood|"
    r"neighbourhood|shelter|native|police|fire|er|ed|urgent care|hospital|rehab|dialysis|"
    r"nursing home|group home|jail|prison|courthouse|store|plant|factory|warehouse)\b)"
)
# The same cues before a town typed in lower case ("lives w/ daughter in east
# boston", "pt from westminster"): only a gazetteer name that English does not
# use as a word.
_PLACE_CTX_LOWER = re.compile(
    r"\b(?:in|from|near|to|lives in|living in|moved to|visiting)[ \t]+"
    r"(?=(?P<place>[a-z][a-z'-]+(?:[ \t]+[a-z][a-z'-]+){0,2}))"
)
_PLACE_AFTER_PHONE = re.compile(
    rf"\d{{4}}[ \t]*\((?P<place>(?:{_CW})(?:[ \t]+(?:{_CW})){{0,{MAX_PLACE_WORDS - 1}}})\)"
)
_PLACE_CLOSING = re.compile(
    rf",[ \t]*(?P<place>(?:{_CW})(?:[ \t]+(?:{_CW})){{0,{MAX_PLACE_WORDS - 1}}})"
    r"[ \t]*(?=\.[ \t]|\.?$|[ \t]{2,})",
    re.M,
)

_FACILITY_AFTER = re.compile(
    rf"[ \t]+(?:(?:{_SUFFIX})\b|(?:Assisted|Nursing|Rehab|Manor|House|Home|Hospital|Clinic|"
    r"Center|Centre|Medical|Health|Pharmacy|School|Academy|College|University|Station)\b)"
)


@cache
def _place_guard() -> frozenset[str]:
    """Words that are never taken for a town without a stronger cue: people's
    names the lexicon knows and countries."""
    first, last = name_lexicon()
    return first | last | country_names()


def _place_words(words: list[str], places: frozenset[str], *, from_end: bool = False) -> int:
    """How many of ``words``, from the first (or the last), make the longest known
    place name; 0 if none."""
    for k in range(min(len(words), MAX_PLACE_WORDS), 0, -1):
        part = words[-k:] if from_end else words[:k]
        if fold(" ".join(w.strip(".,;:)") for w in part)) in places:
            return k
    return 0


def _places(text: str, streets: list[tuple[int, int]]) -> Iterator[Span]:
    """Towns and ZIP codes beyond the "City, ST 02114" pattern."""
    places = place_names()
    for m in _CITY_ZIP.finditer(text):
        words = m.group("city").split()
        state = m.group("state")
        city_end = m.end("city")
        if not state and len(words) > 1 and words[-1] in US_STATES:
            # "Lowell MA 01852": the town's words took the state's abbreviation
            state = words.pop()
            # (the words may stand apart by more than one space: a fixed-width record)
            city_end = m.start("city") + len(m.group("city").rstrip()[: -len(state)].rstrip())
        k = _place_words(words, places, from_end=True)
        after_street = any(0 <= m.start("city") - e <= 3 for _, e in streets)
        if not (k or state or after_street):
            continue
        if not k and state:
            # "Barre VT 05641": town, state and ZIP together name a town even
            # when the gazetteer does not know it; leading common words are not
            # part of it ("Seen Barre VT" keeps "Barre")
            # (never across a column's gap: "QUARRY HILL RD       BARRE   VT05641")
            k = len(re.split(r"[ \t]{2,}", text[m.start("city") : city_end].strip())[-1].split())
            while k > 1 and fold(words[len(words) - k].strip(".")) in NOT_NAME:
                k -= 1
        if k:
            starts = [w.start() for w in _NON_SPACE.finditer(text, m.start("city"), city_end)]
            yield Span(starts[-k], city_end, "CITY")
        yield Span(m.start("zip"), m.end("plus4") if m.group("plus4") else m.end("zip"), "ZIP")
    for _, end in streets:
        a = _AFTER_STREET.match(text, end)
        if a is None:
            continue
        if a.group("city"):
            words = a.group("city").split()
            k = _place_words(words, places)
            if k:
                city = " ".join(words[:k])
                yield Span(a.start("city"), a.start("city") + len(city), "CITY")
        if a.group("zip"):
            yield Span(a.start("zip"), a.end("zip"), "ZIP")
    for m in _PLACE_CTX.finditer(text):
        words = m.group("place").split()
        k = _place_words(words, places)
        if not k:
            continue
        place = " ".join(words[:k]).rstrip(".,;:)")
        if place.isupper() and not text[m.start() : m.start("place")].strip().isupper():
            continue  # an acronym after a lower-case word ("seen in ED")
        if _FACILITY_AFTER.match(text, m.start("place") + len(place)):
            continue  # "from Maple Court Assisted Living": a facility's name
        if len(place) < 3:
            continue
        start = m.start("place")
        yield Span(start, start + len(place), "CITY")
        # "in Ipatinga and Belo Horizonte", "from Lowell, Lawrence or Haverhill"
        end = start + len(place)
        while (more := _PLACE_MORE.match(text, end)) is not None:
            k = _place_words(more.group("place").split(), places)
            if not k:
                break
            nxt = " ".join(more.group("place").split()[:k]).rstrip(".,;:)")
            if len(nxt) < 3 or nxt.isupper() or fold(nxt) in country_names():
                break  # "from Cusco, Peru": the country is not a smaller unit
            yield Span(more.start("place"), more.start("place") + len(nxt), "CITY")
            end = more.start("place") + len(nxt)
    lexicon = _place_guard()
    for m in _BIRTHPLACE.finditer(text):
        words = m.group("place").split()
        while words and (
            fold(words[-1].strip(".,;:)")) in ORG_WORDS or words[-1].rstrip(".,;:") in US_STATES
        ):
            words.pop()  # "born in Cork University Hospital": no town
        place = " ".join(words).rstrip(".,;:)")
        folded = fold(place)
        if (
            len(words) != len(m.group("place").split())
            or len(place) < 3
            or folded in country_names()
            or place in _STATE_NAMES
            or folded.split()[0] in MONTHS
            or _FACILITY_AFTER.match(text, m.start("place") + len(place))
        ):
            continue  # "b. March 3", "born in Ireland", "born in Ohio": no town
        yield Span(m.start("place"), m.start("place") + len(place), "CITY")
    for m in _PLACE_CTX_LOWER.finditer(text):
        words = m.group("place").split()
        k = _place_words(words, places)
        if not k:
            continue
        place = " ".join(words[:k])
        if fold(place) in lexicon or (
            k == 1 and (len(place) < 5 or english_frequency(place) >= 500)
        ):
            continue  # "in bed", "from home", "to bath": words, not towns
        yield Span(m.start("place"), m.start("place") + len(place), "CITY")
    for rx in (_PLACE_BEFORE_SITE, _PLACE_AFTER_PHONE, _PLACE_CLOSING):
        for m in rx.finditer(text):
            words = m.group("place").split()
            k = _place_words(words, places, from_end=True)
            if not k:
                continue
            place = " ".join(words[-k:]).rstrip(".")
            if len(place) < 3 or place.isupper() or fold(place) in lexicon or place in _STATE_NAMES:
                continue  # "Cleveland Clinic" stays a facility; a person's name stays one
            if k == 1 and english_frequency(fold(place)) > 1000:
                continue  # "Art line", "Financial Counselor": an English word first
            start = m.end("place") - len(" ".join(words[-k:]))
            yield Span(start, start + len(place), "CITY")
    for m in _PLACE_IN_PARENS.finditer(text):
        words = m.group("place").split()
        if _place_words(words, places) == len(words):
            yield Span(m.start("place"), m.end("place"), "CITY")


# --- names -------------------------------------------------------------------

# A letter with any combining marks after it ("Adébáyọ̀" written with U+0300).
_L = r"(?:[^\W\d_][\u0300-\u036f]*)"
# Capitals run into digits are a model, a regimen or a code ("DDBB2D4",
# "mFOLFOX6"), and a capital before a cycle's or a code's digits ("C5D1") no initial.
_CODE_START = re.compile(r"\d+[A-Z]\d")
# (never the "S" of "WOMEN'S": a letter after a word's apostrophe opens no token)
_TOKEN = re.compile(rf"(?<!\w)(?<!\w['\u2019]){_L}+(?:['\u2019](?![sS]\b){_L}+)*(?:-{_L}+)*")
_TITLE_SET = frozenset(t.casefold() for t in TITLES)
_CRED_SET = frozenset(c.replace(".", "").casefold() for c in CREDENTIALS)
_REL_SET = frozenset(r.casefold() for r in RELATIONS)
_CRED_WORDS = frozenset(c.replace(".", "") for c in CREDENTIALS)
# Credentials that sign a note in lower case too ("s. ahmadi pa-c"); short ones
# such as "md" or "rn" are words of running text as often.
_LOWER_CREDS = frozenset(
    {"pa-c", "lcsw", "licsw", "aprn", "crna", "fnp", "np-c", "pharmd", "rph", "msw", "lmsw",
     "nnp", "cnm", "dnp", "bsn", "msn", "lpn", "fnp-bc", "nnp-bc", "rdn", "ldn"}
)  # fmt: skip
# Labels of identifiers, never a name after a title-like abbreviation ("PA DL").
_ID_LABEL_WORDS = frozenset(
    {"dl", "mrn", "dob", "ssn", "dea", "npi", "cdl", "id", "acct", "fin", "csn", "mbi", "lic"}
)
# Upper-case roles and credentials: never a name themselves ("RN CM", "per CM").
_ROLE_WORDS = frozenset(ROLES_UPPER) | _CRED_WORDS
# Letters only Vietnamese writes (a breve, horn or stroke, or a tone mark from
# the Latin Extended Additional block): "Văn", "Thị", "Hương" are name words,
# whatever English word their folded spelling happens to be ("van", "thi").
_VIETNAMESE = re.compile("[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")
# "Your nurse today was Precious": a name after a role and "was"/"is".
_WAS_NAME_RE = re.compile(
    rf"(?i:\b(?:{'|'.join(r for r in ROLES if ' ' not in r)})\b[^.\n]{{0,20}}\b(?:was|is)[ \t]+)$"
)
_COMMA_CRED_RE = re.compile(rf",[ \t]*(?:{'|'.join(re.escape(c) for c in CREDENTIALS)})\b")


def _phrase_re(phrases: Iterable[str]) -> str:
    return "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)
    )


_LABEL_RE = re.compile(
    rf"(?:^|(?<=[\s|(]))(?:{_phrase_re(NAME_LABELS)})\s*(?:#\s*)?:[ \t]*", re.I | re.M
)
_CUE_RE = re.compile(rf"\b(?:{_phrase_re(NAME_CUES)})(?:(?<=\w)\b|(?<=/))[ \t]+", re.I)
_REL_RE = re.compile(
    rf"\b(?:{_phrase_re(RELATIONS)})\b"
    r"(?:[ \t]*[,(:][ \t]*[\"\u201c]?|[ \t]+(?:is[ \t]+|named[ \t]+)?[\"\u201c]?"
    r"|[ \t]*\n[ \t]*(?=[A-Z][a-z]))",
    re.I,
)
# A score, grade or class after a scale's eponym.
_SCALE_VALUE = re.compile(
    r"(?:['\u2019]s)?[ \t]*[:=]?[ \t]*"
    r"(?:\d|(?:I{1,3}|IV|VI{0,3}|[A-C])\b|(?i:type|class|grade|stage)\b)"
)
_AFTER_RE = re.compile(r"(?:-[A-Za-z]+)*(?:['\u2019]s?)?[ \t]+([A-Za-z]+)(?:[ \t]+([A-Za-z]+))?")
# An e-mail address in angle brackets after its owner's display name.
_DISPLAY_EMAIL_RE = re.compile(r"[ \t]*<(?P<local>[\w.+-]+)@[\w-]+(?:\.[\w-]+)+>")
_VERB_RE = re.compile(
    r"(?P<sp>[ \t]+)(?:reports|reported|states|stated|denies|denied|complains|endorses|presented|"
    r"presents|agrees|agreed|feels|returns|returned|was seen|is a \d|is an \d|was admitted|"
    r"arrived|tolerated|declined|consented|verbalized|verbalizes|agreeable|is agreeable|"
    r"was agreeable|understands|wishes|prefers|requests|requested|would like)\b"
)
_SIGNATURE_RE = re.compile(
    r"^[ \t]*(?P<dash>--+|\u2014|\u2013)?[ \t]*"
    r"(?P<who>[^\W\d_][\w'\u2019-]*\.?(?:,?[ \t]+[^\W\d_][\w'\u2019-]*\.?){0,3})"
    rf"(?:,?[ \t]+(?P<cred>{'|'.join(re.escape(c) for c in CREDENTIALS)}))?[ \t]*$",
    re.M,
)
_CLOSING_RE = re.compile(
    rf"^[ \t]*(?:{_phrase_re(CLOSINGS)}),?[ \t]*\n(?:[ \t]*\n)*[ \t]*", re.I | re.M
)


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    word: str
    folded: str  # fold(word), computed once: the rules compare it many times


def _tok(m: re.Match[str]) -> _Tok:
    return _Tok(m.start(), m.end(), m.group(), _fold_cached(m.group()))


def _particle(tok: _Tok) -> bool:
    """ "van", "de", "al": a name particle. Never a word with diacritics: the
    Vietnamese "Văn" and "Lê" are name words, whatever they fold to."""
    return tok.folded in PARTICLES and tok.word.isascii()


@lru_cache(maxsize=65536)
def _fold_cached(word: str) -> str:
    return fold(word)


def _shape(w: str) -> str:
    """'title' (Smith, McDonald, O'Brien), 'upper' (SMITH), 'lower', 'initial' or 'other'."""
    if len(w) == 1:
        return "initial" if w.isupper() else "other"
    if w.isupper():
        return "upper"
    if w[0].isupper():
        return "title"
    if w.islower():
        return "lower"
    if "-" in w and w.split("-")[0] not in PARTICLES:
        return "other"  # "post-MI", "non-STEMI": a lower-case word before the hyphen
    # d'Angelo, al-Rashid: a particle and a capitalised name
    return "title" if any(c.isupper() for c in w) else "other"


# A name word with any capital letter first ("Łukasiewicz", "Oduya-Mensah", "O'Neil").
_NW = rf"[{_UPPER}][\u0300-\u036f]*{_L}*(?:['\u2019-]{_L}+)*"
_PART = "|".join(sorted(PARTICLES, key=len, reverse=True))
# A name before its age and sex, as a note's header line or a sentence opens:
# "Dmitri Volkov, 29M", "Ebru Öztürk  20F", "Hodan Abdi Warsame 33 y/o",
# 'Evangeline Marchetti ("Evie") 19F'.
_AGE_SEX_RE = re.compile(
    rf"(?P<who>(?<![\w'\u2019-]){_NW}"
    rf"(?:,?[ \t]+(?:(?:{_PART})[ \t]+){{0,2}}{_NW}){{1,3}})"
    r"(?:,?[ \t]{1,4}|[ \t]+\|[ \t]+)"
    r"(?:\(?[ \t]*[\"\u201c][^\"\u201d\n]{1,20}[\"\u201d][ \t]*\)?[ \t]+)?"
    r"\d{1,3}[ \t]?(?:[MF]\b|yo\b|y/o\b|y\.o\.|-?year-old\b|yrs?\b)"
)
# The same in lower case, surname first: "salazar-whitman, hope 45F".
_AGE_SEX_LOWER_RE = re.compile(
    r"(?<![\w'-])(?P<who>[a-z][a-z'\u2019]+(?:-[a-z]+)?,[ \t]+[a-z][a-z'\u2019-]+)"
    r"[ \t]{1,3}\d{1,3}[ \t]?[mfMF]\b"
)
_ROLE_RE = re.compile(
    rf"(?:\b(?:{'|'.join(ROLES_UPPER)})\b|(?i:\b(?:{_phrase_re(ROLES)})\b))[ \t]+"
    r"|(?i:\b(?:your|my|the)[ \t]+(?:nurse|doctor|provider|therapist|aide|surgeon|midwife|"
    r"doula|interpreter)(?:[ \t]+(?:today|tonight))?[ \t]+(?:was|is|will be)[ \t]+)"
)
# A name (any case) with the role in brackets after it: "jess (PCA)", "Rochelle (chem)".
_ROLE_AFTER_RE = re.compile(
    r"(?P<who>(?<![\w'-])[^\W\d_]{2,}(?:[ \t]+[^\W\d_]{2,})?)[ \t]*\((?i:PCA|PCT|RN|LPN|CNA|NP|"
    r"PA|SW|CM|MD|DO|PT|OT|RT|SLP|tech|chem|heme|micro|blood bank|lab|lab tech|pharmacy|pharm|"
    r"interpreter|sitter|aide|PCP|charge|charge RN|charge nurse|case mgr|case manager|"
    r"social work|scribe|chaplain|nurse|midwife|doula|resident|intern|fellow|attending|"
    r"dietitian|therapist|FOB|son|daughter|brother|sister|wife|husband|mother|father|mom|dad|"
    r"friend|neighbor|neighbour|cousin|niece|nephew|aunt|uncle|grandson|granddaughter|"
    r"(?:[a-z]+[ \t]){1,2}(?:RN|interp|interpreter|pharmacist|nurse|MD|NP|PA|tech|aide))\)"
)
# "this is hope (Wyatt's mom)", "this is Dana, the charge nurse": a portal or
# phone message's writer introducing herself.
_THIS_IS_RE = re.compile(
    r"(?i:\bthis is)[ \t]+(?P<who>[^\W\d_]{2,}(?:[ \t]+[^\W\d_]{2,})?)"
    r"(?=[ \t]*(?:\(|,[ \t]*(?i:the|his|her|their|your|pt'?s|patient'?s)\b"
    r"|[ \t]+(?i:from|calling)\b))"
)
_PLURAL_REL_RE = re.compile(
    rf"(?i:\b(?:{_phrase_re(RELATIONS_PLURAL)})\b)[ \t]*(?:[(:][ \t]*|(?=[{_UPPER}]))"
)
_PLURAL_LOWER_RE = re.compile(rf"(?i:\b(?:{_phrase_re(RELATIONS_PLURAL)})\b)[ \t]+(?=[a-z])")
_LIST_ITEM_RE = re.compile(
    r"(?:(?i:new|returning)[ \t]+)?(?:(?i:member|client|peer|resident|guest|visitor)[ \t]+)?"
    rf"(?:(?:{'|'.join(ROLES_UPPER)})[ \t]+(?=[{_UPPER}]))?"
    rf"[\"\u201c]?(?P<who>{_NW}(?:[ \t]+{_NW})?)[\"\u201d]?"
    r"(?:[ \t]+\d{1,2}(?:[ \t]*(?i:y/?o|yo|yrs?|mos?))?)?"
    r"(?:[ \t]*\([^()\n]{0,40}\))?"
)
# Who attended a group or a meeting: "Present: Gabe (client), \"Tank\", Rusty,
# new member Will".
_ATTENDANCE_RE = re.compile(
    r"(?i:\b(?:present|in[ \t]+attendance|attendees|members[ \t]+present|"
    r"group[ \t]+members|participants))[ \t]*:[ \t]*"
)
_LIST_SEP_RE = re.compile(r"[ \t]*(?:,[ \t]*(?:(?i:and)[ \t]+)?|;[ \t]*|[ \t]+(?i:and|&)[ \t]+)")
# "-- sk", "/s/ tb", "-KO to DP", "jm/dpk", "- pn / Dr. Okafor", "tk DDS", "kv":
# a note signed with initials on a line of their own (a dash, a hand-off to
# other initials or a credential may go with them).
_INITIALS_SIG_RE = re.compile(
    r"^[ \t]*(?:(?:--?|\u2014|\u2013|/s/)[ \t]*)?(?P<a>[A-Za-z]{2,3})"
    r"(?:[ \t]*(?:/|\bto\b)[ \t]*(?P<b>[A-Za-z]{2,3})\b(?![ \t]*\.))?"
    r"(?:[ \t]*/[ \t]*(?=(?:Dr|Rev|Mr|Ms|Mrs)\.?[ \t])[^\n]*|[ \t]+(?:MD|DO|RN|NP|PA|PA-C|DDS|DMD|"
    r"LPN|CNA|PT|OT|SLP|RT|PharmD|RPh|MSW|LCSW|CRNA|CNM|DPM|PCT|EMT)\b[^\n]*)?[ \t]*$",
    re.M,
)
# A header: "Xiong, Paj Ntaub  DOB 05/22/2023", "TUIASOSOPO, LEIATAUA F  MRN ...",
# "Kavitha Ramasubramanian  MRN ...": a name, then two spaces and a record field.
_HEADER_NAME_RE = re.compile(
    rf"^[ \t]*(?P<who>{_NW}(?:,?[ \t]+(?:{_NW}|[A-Z]\.?)){{1,3}})"
    r"(?:[ \t]{2,}|[ \t]+[-|][ \t]+)"
    r"(?=(?:MRN|DOB|DOS|Acct|Age|Rm|rm|Room|Bed|CSN|FIN|#)\b|G\d{1,2}P\d)",
    re.M,
)
_FIRST_NAME_PAREN_AGE = re.compile(r"\b(?P<who>[A-Z][a-z]+)[ \t]*\((?:9\d|1[01]\d)\)")
# "Lastname, Firstname" in a column of a list or table: between runs of spaces
# or pipes ("CT2412030019   LOCKLEAR, JUNE E        71F", "| ABERNATHY, ROSALIND (M77..) |").
_TABLE_NAME_RE = re.compile(
    r"(?:^|(?<=[ \t]{2})|(?<=\t)|(?<=\|)[ \t]?)"
    r"(?P<who>[A-Z][A-Za-z'\u2019-]+,[ \t]?[A-Z][A-Za-z'\u2019-]+(?:[ \t][A-Z]\.?)?)"
    r"(?=[ \t]{2,}|\t|[ \t]*\||[ \t]+\([A-Z0-9-]{4,}\))",
    re.M,
)
# "Sione Havili Taufa s/p R TKA", "Lusine Petrosyan called": a full name opening
# a line before what happened to or was done by the person.
_NAME_THEN_EVENT_RE = re.compile(
    rf"(?:^|(?<=[.:][ \t])|(?<=[.:][ \t]{{2}}))(?P<who>{_NW}(?:[ \t]+(?:{_NW})){{1,3}})"
    r"[ \t]+(?=s/p\b|c/o\b|called\b|connected\b|presents\b|presented\b|here\b|"
    r"seen\b|for\b|\d{1,3}[ \t]?(?:[MF]\b|y/?o\b)|C\d+D\d+\b|G\d{1,2}P\d|"
    r"(?:is|was)[ \t]+an?[ \t]+\d{1,3}[ \t-]*(?:y|yo|y/o|year|M\b|F\b))",
    re.M,
)
# Endings of English verbs, adverbs and adjectives, which a word right after a
# relation ("wife present", "son drove", "daughter concerned") has and a name
# rarely does.
_NOT_A_NAME_SUFFIX = r"(?:ed|ing|ly|ful|less|ous|ive|able|ible|ment|ness|tion|sion|ial|ical)$"
# Words that follow a relation and are no name: what the relative does or is.
_AFTER_RELATION_TEXT = """
    lives works says asks wants prefers monitors set helps manages drives visits calls
    takes brings stays sees knows thinks feels needs uses gives gets goes comes does has
    keeps tries picks speaks translates cooks cares pays agrees declines requests
    reports states denies notes reads signs left lost died passed moved arrived blind
    deaf part-time full-time elderly disabled deceased alive ill sick well home nearby
    local overseas abroad out also too both only mostly usually often now then still
    already just cannot can't won't doesn't isn't wasn't didn't hasn't hx h/o pmh met
    mtg meeting members member more most less many several all some any lic license
    drove took brought came went said told gave got found kept saw sat ran wrote spoke
    thought made paid bought became fell felt held heard knew put read sent stood
    understood aware unaware present updated notified informed involved agreeable available
    unavailable unable
"""
_AFTER_RELATION_WORDS = frozenset(_AFTER_RELATION_TEXT.split())
# Relation + one lower-case word that then acts: "wife malia called".
_REL_ACT_AFTER = re.compile(
    r"[ \t]+(?:called|calls|calling|says|said|states|stated|reports|reported|visited|visits|"
    r"visiting|asked|asks|is|was|will|brought|drove|came|comes|aware|updated|present|here|"
    r"wants|agrees|agreed|requests|requested|phoned|texted|picked|picks|lives|stays|has|had)\b"
)

_NICK_RE = re.compile(
    r"\b[A-Z][A-Za-z'\u2019-]+,?[ \t]*(?:\([ \t]*)?[\"\u201c](?P<nick>[A-Z][A-Za-z'\u2019-]{1,15})"
    r"[\"\u201d](?:[ \t]*\))?(?=[ \t]*(?:\)|[A-Z]|,|$))",
    re.MULTILINE,
)


# Stems of drug names, which English word lists lack as much as they lack names.
_DRUG_STEM = re.compile(
    r"(?:azole|mycin|micin|cillin|oxacin|cycline|pril|sartan|olol|dipine|statin|prazole|"
    r"tidine|oxetine|azepam|azolam|codone|morphine|mab|tinib|parin|xaban|gatran|navir|"
    r"clovir|glutide|gliflozin|gliptin|formin|olone|asone|semide|thiazide|lukast|terol|"
    r"tropium|profen|fenac|coxib|triptan|setron|tadine|pramine|triptyline|peridol|apine|"
    r"idone|afil|dronate|caine|zepam|barbital|platin|rubicin|taxel|trexate|conazole|"
    r"penem|floxacin|fungin|quine|vudine|tegravir|buvir|zolid|mide|zide|pine|sone|lol)$"
)
# Lower-case words before a telephone number that say whose or which line it is.
_PHONE_OWNER_RE = re.compile(
    r"(?P<who>(?<![\w'\u2019/-])[^\W\d_][\w'\u2019-]*(?:[ \t]+[^\W\d_][\w'\u2019-]*)?)"
    r"(?:'s)?[ \t]+(?i:cell|mobile|mob|ph|phone|tel|#)[ \t]*[:#.]?[ \t]*"
    r"(?=(?:\(?\d{3}\)?[ \t.-]?)?\d{3}[ \t.-]\d{4}\b)"
)
# "w/ tsosie", "w/ pt and geetha": a person after "with".
_WITH_RE = re.compile(
    r"\b(?:(?:msg|message|spoke|talked|met|left|visit|visiting|staying|stays|lives|living|"
    r"confirmed|discussed|reviewed|agreed|consented|plan|planned|meeting|mtg)[ \t]+(?:w/|with)"
    r"[ \t]+(?:(?:pt|patient|mom|dad|wife|husband|family|her|him)[ \t]+(?:and|&)[ \t]+)?"
    r"|(?:w/|with)[ \t]+(?:pt|patient)[ \t]+(?:and|&)[ \t]+)(?=[a-z])"
)
# First names that are English words, which a name lexicon may lack ("Will").
_WORD_FIRST_NAMES = frozenset(
    {"will", "mark", "hope", "faith", "grace", "joy", "rose", "ray", "art", "bill", "bob", "pat",
     "sue", "jack", "dawn", "amber", "ruby", "pearl", "jean", "peg", "sunny", "rusty", "buck",
     "chip", "penny", "holly", "ivy", "iris", "lily", "daisy", "ginger", "sandy", "rocky"}
)  # fmt: skip
# A field's value or a line starts here ("Ordering provider: ", "\n").
_FIELD_START_BEFORE = re.compile(r"(?:^|:)[ \t]*$", re.M)
# Where a first name that is also a word ("Will", "Grace") may open a name: a
# line's or a field's start, a list, or after "and", "cc", "from", "by", "to".
_WORD_NAME_BEFORE = re.compile(
    r"(?:^|[:,;(]|\b(?i:and|cc|from|by|to|with|w/|per|dear))[ \t]*$", re.M
)
# A lower-case name or user name signing a line: "-- tasha (MA)", "-- tjohnson".
_LOWER_SIG_RE = re.compile(
    r"^[ \t]*(?:--?|\u2014|\u2013)[ \t]*(?P<w>[a-z][a-z'-]{2,})"
    r"(?:[ \t]+\([A-Za-z-]{2,8}\))?[ \t]*$",
    re.M,
)
# After a relation, what makes a capitalised word that is also an English word
# ("Will", "Faith", "Hope") a first name: an event or the end of the phrase.
_FIRST_NAME_THEN = re.compile(
    r"(?:[ \t]*[.,;:)]|[ \t]+(?:[a-z]+(?:ed|s)\b|is\b|was\b|has\b|had\b|will\b|at\b|present\b|"
    r"aware\b|here\b|and\b|who\b|\())"
)
# "34 y/o F, Priya Balasubramanian, c/o": a name after the age and sex.
_AGE_SEX_THEN_NAME_RE = re.compile(
    rf"\b\d{{1,3}}[ \t]?(?:y/?o|yo|M|F)(?:[ \t]+[MF])?,[ \t]+"
    rf"(?P<who>{_NW}(?:[ \t]+{_NW}){{1,2}})(?=,)"
)
# What a person goes by: 'goes by "kevin"', "aka Junior", "nicknamed Bo".
_GOES_BY_RE = re.compile(
    r"\b(?i:goes[ \t]+by|aka|a\.k\.a\.|nicknamed|prefers[ \t]+to[ \t]+be[ \t]+called|"
    r"prefers)[ \t]+[\"\u201c']?(?P<w>[^\W\d_][\w'-]*)[\"\u201d']"
    r"|\b(?i:goes[ \t]+by|aka|a\.k\.a\.|nicknamed)[ \t]+(?P<w2>[^\W\d_][\w'-]*)"
)
# A name in brackets before its date of birth: "its dee (delphine marchetti, dob 2/29/88)".
_NAME_DOB_RE = re.compile(
    r"\((?P<who>[^\W\d_][\w'-]*(?:[ \t]+[^\W\d_][\w'-]*){0,2}),[ \t]*(?i:dob|d\.o\.b\.|mrn)\b"
)
# "tran minh khoa 67M": a lower-case name opening a line (or a sentence) before
# its age and sex.
_LOWER_AGE_SEX_RE = re.compile(
    r"(?:^|(?<=[.;)])[ \t])[ \t]*(?P<who>[a-z][a-z'-]+(?:[ \t]+[a-z][a-z'-]+){1,2})[ \t]+"
    r"\d{1,3}[ \t]?[mfMF]\b",
    re.M,
)


def foreign_word(folded: str) -> bool:
    """A word English and the clinical lexicons do not know, nor a drug's stem:
    where a name goes, written in lower case, it is taken for one."""
    return (
        len(folded) >= 3
        and folded.replace("-", "").replace("'", "").isalpha()
        and all(english_frequency(part) == 0 for part in folded.split("-"))
        and english_frequency(folded) == 0
        and folded not in NOT_NAME
        and folded not in CLINICAL_ABBREVIATIONS
        and _DRUG_STEM.search(folded) is None
    )


def eponym_at(text: str, start: int, end: int) -> bool:
    """Whether the word(s) at ``text[start:end]`` name a sign, a device or a
    scale rather than a person: "Mallory-Weiss tear", "Zio patch", "Berg 38/56",
    "non-Hodgkin"."""
    m = _AFTER_RE.match(text, end, end + 40)
    if m and any(w is not None and fold(w) in EPONYM_NOUNS for w in m.groups()):
        return True
    folded = fold(text[start:end])
    last = folded.rsplit(None, 1)[-1] if folded else folded
    hyphened = last.rsplit("-", 1)[-1]  # "Child-Pugh"
    if (
        folded in SCALE_EPONYMS or last in SCALE_EPONYMS or hyphened in SCALE_EPONYMS
    ) and _SCALE_VALUE.match(text, end):
        return True  # "Wagner 2", "Berg 38/56", "Fitzpatrick type III", "Child-Pugh C"
    return text[max(0, start - 5) : start].casefold().endswith("non-")


# How often (in pyspellchecker's English counts) a word must occur for a lone
# capitalised occurrence of it, unknown to the name lexicon, to be read as the
# word rather than a name ("Repeat", "Member", "Device" are far above it). The
# tagger draws the same line for the words it may mark below its best guess.
EVERYDAY_FREQUENCY = 3000
# Below this count a lower-case name the lexicon knows is read as the name where
# a name goes ("adjuster denise"); above it as the word ("faith", "will").
_RARE_WORD_FREQUENCY = 5000


class NameFinder:
    """Finds person names with context and a lexicon (no statistical model)."""

    def __init__(self) -> None:
        self.first, self.last = name_lexicon()
        self.lexicon = self.first | self.last

    def _lex(self, folded: str) -> bool:
        parts = folded.replace("\u2019", "'").split("-")
        return any(p in self.lexicon or p.split("'")[-1] in self.lexicon for p in parts)

    def _eponym(self, text: str, tok: _Tok) -> bool:
        return eponym_at(text, tok.start, tok.end)

    def find(self, text: str, known: Iterable[str] = ()) -> list[tuple[int, int]]:
        toks = [
            _tok(m)
            for m in _TOKEN.finditer(text)
            # capitals run into digits are a model or a code ("DDBB2D4"), no name
            if not (
                text[m.end() : m.end() + 1].isdigit()
                and (
                    sum(c.isupper() for c in m.group()) >= 2
                    or (
                        len(m.group()) == 1
                        and m.group().isupper()
                        and _CODE_START.match(text, m.end())
                    )
                )
            )
        ]
        if not toks:
            return []
        index = {t.start: i for i, t in enumerate(toks)}
        ends = {t.end: i for i, t in enumerate(toks)}
        starts = [t.start for t in toks]
        n = len(toks)
        name = [False] * n
        strong = [False] * n  # taken where only a name goes, whatever the word

        def toks_between(start: int, end: int) -> list[int]:
            """The tokens that start in ``text[start:end]`` (a rule's matched words)."""
            return list(range(bisect_left(starts, start), bisect_left(starts, end)))

        def gap(i: int) -> str:  # text between token i-1 and token i
            return text[toks[i - 1].end : toks[i].start] if i > 0 else ""

        def nameish(i: int, *, lower_ok: bool) -> bool:
            t = toks[i]
            f = t.folded
            s = _shape(t.word)
            if s == "initial":
                return True
            if s in ("title", "upper") and _VIETNAMESE.search(t.word):
                return True
            if (
                f in MEDICAL
                or (f in COMMON and not self._lex(f))
                or f in _CRED_SET
                or t.word in _ROLE_WORDS  # "SW Keisha Grant": the role stays out
            ):
                return False
            if s in ("title", "upper"):
                return f not in _TITLE_SET
            if s == "lower":
                return lower_ok and self._lex(f) and f not in NOT_NAME
            return False

        def run_from(i: int, *, lower_ok: bool, limit: int = 4, comma: bool = False) -> None:
            """Mark up to ``limit`` name-like tokens from token ``i`` on one line."""
            taken = 0
            j = i
            while j < n and taken < limit:
                if j > i:
                    g = gap(j)
                    ok_gap = g in (" ", "\t") or (
                        g in (". ", ".") and _shape(toks[j - 1].word) == "initial"
                    )
                    if comma and g == ", " and taken == 1:
                        ok_gap = True
                    if not ok_gap:
                        break
                if _particle(toks[j]) and j + 1 < n and _shape(toks[j + 1].word) == "title":
                    j += 1
                    continue
                if not nameish(j, lower_ok=lower_ok):
                    break
                name[j] = True
                taken += 1
                j += 1

        def tok_at(pos: int) -> int | None:
            return index.get(pos)

        def lower_name(f: str) -> bool:
            """A lower-case word, where a name goes, that is one: unknown to
            English, or a lexicon name English rarely uses ("denise", not "will")."""
            return foreign_word(f) or (self._lex(f) and english_frequency(f) < _RARE_WORD_FREQUENCY)

        # The context patterns more than one rule reads, scanned once.
        scans = {rx: list(rx.finditer(text)) for rx in (_LABEL_RE, _REL_RE, _CUE_RE, _CLOSING_RE)}
        # 1. Titles: Dr. Smith, Mrs. J. Kovacs.
        for i, t in enumerate(toks[:-1]):
            ts = _shape(t.word)
            if t.folded in _TITLE_SET and ts in ("title", "upper"):
                g = gap(i + 1)
                nxt = _shape(toks[i + 1].word)
                if ts == "upper" and nxt == "title":
                    continue  # "MR. Discussed": the abbreviation for mitral regurgitation
                if (
                    ts == "upper"
                    and nxt == "upper"
                    and (
                        toks[i + 1].folded in CLINICAL_ABBREVIATIONS
                        or toks[i + 1].folded in _ID_LABEL_WORDS
                    )
                ):
                    continue  # "mild MR. BP 118/76", "pt PA DL 31 227 846": not a name
                if (
                    toks[i + 1].word == "I"
                    and g == " "
                    and re.match(r" [a-z]", text[toks[i + 1].end : toks[i + 1].end + 2])
                ):
                    continue  # '"Doctor I have put on 2 kg"': the pronoun, not an initial
                if g in (" ", ". ", ".  ", "\t") and nxt in ("title", "upper", "initial"):
                    run_from(i + 1, lower_ok=True, limit=3)
                    # Right after a title a surname may be a common or medical
                    # word: "Dr. Foley", "Mr. Major".
                    f = toks[i + 1].folded
                    if nxt == "title" and f not in _TITLE_SET and f not in _CRED_SET:
                        name[i + 1] = True
            elif (
                t.word in ("dr", "mr", "mrs", "ms")
                and gap(i + 1) in (" ", ". ")
                and toks[i + 1].word.islower()
                and (
                    (len(toks[i + 1].word) >= 3 and _shape(toks[i + 1].word) == "lower")
                    or (  # "hey dr k can i ...": a doctor by the letter of her name
                        t.word == "dr"
                        and len(toks[i + 1].word) == 1
                        and toks[i + 1].word not in "nsew"  # "12 oak dr n": a street's way
                        and text[toks[i + 1].end : toks[i + 1].end + 1] != "."
                    )
                )
                and toks[i + 1].folded not in NOT_NAME
            ):
                name[i + 1] = True  # typed in lower case: "dr nwosu paged"
        # 2. Credentials: Jane Doe, MD / J. Smith RN / L. Van der Merwe, MS, RD, LDN.
        for i, t in enumerate(toks):
            lower_sig = t.word in _LOWER_CREDS and not text[t.end : text.find("\n", t.end)].strip()
            if (
                (t.word.replace(".", "") in _CRED_WORDS or lower_sig)
                and i > 0
                and text[t.end : t.end + 1] != ":"  # "Reading MD:", a label
            ):
                j = i - 1
                while (
                    j > 0
                    and (toks[j].word.replace(".", "") in _CRED_WORDS or toks[j].folded in DEGREES)
                    and gap(j + 1) in (", ", ",", " ")
                ):
                    j -= 1  # past the other degrees and credentials of the same chain
                g = gap(j + 1)
                if g in (", ", " ", ",", ",  ", "  "):
                    k = 0
                    while (
                        j >= 0
                        and k < 3
                        and (
                            nameish(j, lower_ok=False)
                            or (
                                k == 0
                                and g.startswith(",")
                                and _shape(toks[j].word) == "lower"
                                and toks[j].folded not in NOT_NAME
                                and (  # "jh, RD", "denise, RN"; not "precautions, SLP"
                                    lower_name(toks[j].folded)
                                    or (
                                        len(toks[j].word) <= 3
                                        and english_frequency(toks[j].folded) < EVERYDAY_FREQUENCY
                                    )
                                )
                            )
                            or (
                                # "s. ahmadi pa-c" closing a note in lower case
                                lower_sig
                                and toks[j].word.islower()
                                and toks[j].folded not in NOT_NAME
                                and toks[j].folded not in CLINICAL_ABBREVIATIONS
                            )
                            or (
                                k > 0
                                and _particle(toks[j])
                                and j > 0
                                and _shape(toks[j - 1].word) in ("title", "upper")
                            )
                        )
                    ):
                        if (
                            _shape(toks[j].word) == "upper"
                            and toks[j].word.replace(".", "") in _CRED_WORDS
                        ) or (
                            k == 0
                            and self._everyday(toks[j])
                            and not (
                                j > 0 and gap(j) == " " and _shape(toks[j - 1].word) == "title"
                            )
                        ):
                            break  # "Device RN L. Pettersen", "Travel RN": a unit
                        name[j] = True
                        if not _particle(toks[j]):
                            k += 1
                        g2 = gap(j)
                        if g2 not in (" ", ". ") and not (
                            g2 == ", " and k == 1 and j - 1 >= 0 and self._lex(toks[j - 1].folded)
                        ):
                            break
                        j -= 1
        # 3. Field labels, relations, cues, closings.
        for rx, lower_ok, comma in (
            (_LABEL_RE, True, True),
            (_REL_RE, True, False),
            (_CUE_RE, False, False),
            (_CLOSING_RE, True, False),
        ):
            for m in scans[rx]:
                at = tok_at(m.end())
                if at is None:
                    continue
                i = at
                if toks[i].folded in _TITLE_SET:
                    continue  # handled by the title rule
                if rx is _LABEL_RE:
                    label = m.group().strip(" \t|(:#").casefold()
                    if m.group().startswith("CC"):
                        continue  # the chief complaint, not a copy
                    line_start = text.rfind("\n", 0, m.start()) + 1
                    if label == "cc" and text[line_start : m.start()].strip():
                        continue  # "VA cc: OD 20/25": with correction, mid-line
                    if label in ("re", "subject") and not (
                        self._lex(toks[i].folded)
                        or _shape(toks[i].word) == "initial"
                        or (i + 1 < n and gap(i + 1) == " " and nameish(i + 1, lower_ok=False))
                    ):
                        continue  # "Re: Records request", "Subject: HH referral"
                if rx is _CUE_RE and text[toks[i].end : toks[i].end + 1] == ":":
                    continue  # "per DL:", a heading
                if rx is _CUE_RE and (toks[i].word in _ROLE_WORDS or toks[i].folded in _REL_SET):
                    continue  # "per CM", "spoke w/ HCP": a role, not a name
                if (
                    rx is _CUE_RE
                    and _shape(toks[i].word) == "initial"
                    and i + 1 < n
                    and gap(i + 1) in (". ", " ")
                    and _shape(toks[i + 1].word) == "title"
                ):
                    run_from(i, lower_ok=False)  # "per S. Kwan"
                    continue
                # running text: an unknown capitalised word after "per" is often a service
                if (
                    rx is _CUE_RE
                    and not (
                        self._lex(toks[i].folded)
                        or _shape(toks[i].word) == "upper"
                        or (i + 1 < n and gap(i + 1) == " " and self._lex(toks[i + 1].folded))
                    )
                    and (toks[i].folded in NOT_NAME or _shape(toks[i].word) != "title")
                ):
                    continue
                if rx is _REL_RE and _shape(toks[i].word) == "lower":
                    # "her husband xanrek kask": lower-case words that are no
                    # common word, two of them or one the lexicon knows
                    k = i
                    while (
                        k < n
                        and k - i < 3
                        and _shape(toks[k].word) == "lower"
                        and (toks[k].folded not in NOT_NAME)
                        and (k == i or gap(k) == " ")
                    ):
                        k += 1
                    punct = bool(re.search(r"[,(:]", m.group()))
                    acts = (
                        k == i + 1
                        and not re.search(r"(?:..ed|ing)$", toks[i].word)
                        and _REL_ACT_AFTER.match(text, toks[i].end) is not None
                    )
                    # one lower-case word right after the relation that reads as
                    # no English word form ("daughter meron does", "wife yer and")
                    rel_word = m.group().split()[0].casefold() if m.group().split() else ""
                    plain = (
                        k >= i + 1
                        and rel_word not in ("family", "proxy", "hcp", "poa", "caregiver")
                        and m.group().endswith(" ")
                        and not re.search(_NOT_A_NAME_SUFFIX, toks[i].word)
                        and len(toks[i].word) >= 2
                        and toks[i].folded not in NOT_NAME
                        and toks[i].folded not in _REL_SET
                        and toks[i].folded not in _AFTER_RELATION_WORDS
                        and not (
                            # "sister sends", "Mom accepts": a verb, not "wife yer"
                            re.search(r"[^s]s$", toks[i].folded)
                            and not self._lex(toks[i].folded)
                            and english_frequency(toks[i].folded) >= EVERYDAY_FREQUENCY
                        )
                    )
                    if plain and not acts:
                        k = i + 1
                        if (
                            i + 1 < n
                            and gap(i + 1) == " "
                            and _shape(toks[i + 1].word) == "lower"
                            and toks[i + 1].folded not in NOT_NAME
                            and not re.search(_NOT_A_NAME_SUFFIX, toks[i + 1].word)
                            and _REL_ACT_AFTER.match(text, toks[i + 1].end) is not None
                        ):
                            k = i + 2  # "mom mai see and"
                        acts = True
                    if (
                        any(self._lex(toks[q].folded) for q in range(i, k))
                        or any(foreign_word(toks[q].folded) for q in range(i, k))
                        or (punct and k > i)
                        or acts
                    ):
                        for q in range(i, k):
                            name[q] = True
                    continue
                run_from(i, lower_ok=lower_ok, comma=comma)
        # 3b. A person before a reporting verb: "Hranic reports", "ana obi denies".
        for m in _VERB_RE.finditer(text):
            end_tok = ends.get(m.start())
            if end_tok is None:
                continue
            k = end_tok
            run: list[int] = []
            while k >= 0 and len(run) < 3:
                t = toks[k]
                sh = _shape(t.word)
                if (
                    t.folded in NOT_NAME
                    or t.folded in _TITLE_SET
                    or sh not in ("title", "lower", "upper")
                ):
                    break
                run.append(k)
                if k == 0 or gap(k) != " ":
                    break
                k -= 1
            if not run:
                continue
            shapes = {_shape(toks[q].word) for q in run}
            if shapes == {"lower"} and len(run) < 2 and not self._lex(toks[run[0]].folded):
                continue
            if "lower" in shapes and shapes != {"lower"}:
                run = [q for q in run if _shape(toks[q].word) != "lower"]
            for q in run:
                name[q] = True
        # 3bb. A display name before its e-mail address: "Ben Cushing
        # <ben.cushing1@nhs.net>". Taken when the name lexicon knows a word of it
        # and none is an everyday word, or when the address spells two of its words.
        for m in _DISPLAY_EMAIL_RE.finditer(text):
            end_tok = ends.get(m.start())
            if end_tok is None:
                continue
            run = []
            k = end_tok
            local = fold(m.group("local"))
            while k >= 0 and len(run) < 4:
                t = toks[k]
                if (
                    _shape(t.word) not in ("title", "upper", "initial")
                    or t.folded in _TITLE_SET
                    or t.folded in _CRED_SET
                    or (t.folded in NOT_NAME and t.folded not in local)
                ):
                    break
                run.append(k)
                if k == 0 or gap(k) not in (" ", ". "):
                    break
                k -= 1
            spelled = sum(1 for q in run if len(toks[q].folded) > 1 and toks[q].folded in local)
            if run and (
                spelled >= 2
                or (
                    any(self._lex(toks[q].folded) for q in run)
                    and not any(self._plain_word(toks[q]) for q in run)
                )
            ):
                for q in run:
                    name[q] = True
        # 3c. Signature lines: "-- Jaakko W. Zudralur", "Pasanen, Efser", "Ann petek, MD".
        for m in _SIGNATURE_RE.finditer(text):
            at = tok_at(m.start("who"))
            if at is None:
                continue
            i = at
            line_toks = [q for q in range(i, n) if toks[q].end <= m.end("who")]
            line = [toks[q] for q in line_toks]
            if len(line) < 2 and not m.group("cred"):
                continue
            if any(w.folded in NOT_NAME or w.folded in _CRED_SET for w in line):
                continue
            if (
                not m.group("dash")
                and not m.group("cred")
                and all(_shape(w.word) == "upper" for w in line)
            ):
                continue  # a heading
            for q in line_toks:
                name[q] = True
        # 3d. A name before its age and sex: "Dmitri Volkov, 29M", "Leilani Kahananui, 38F".
        for m in _AGE_SEX_RE.finditer(text):
            line_toks = [
                q for q in toks_between(m.start("who"), m.end("who")) if toks[q].end <= m.end("who")
            ]

            def not_a_name_word(q: int) -> bool:
                f = toks[q].folded
                return (
                    f in MEDICAL
                    or f in _TITLE_SET
                    or f in _CRED_SET
                    or (f in COMMON and not self._lex(f))
                    or (_shape(toks[q].word) == "upper" and len(toks[q].word) <= 3)
                )

            # leading words that are no name ("Pt Rangi Te Whatu 52M") drop off
            while line_toks and not_a_name_word(line_toks[0]):
                line_toks.pop(0)
            line_toks = [q for q in line_toks if not _particle(toks[q])]
            if len(line_toks) >= 2 and not any(not_a_name_word(q) for q in line_toks):
                for q in line_toks:
                    name[q] = True
        # 3e. A nickname in quotes after a name: 'William ("Bill")', 'Thaddeus "Ted" Wozniak'.
        for m in _NICK_RE.finditer(text):
            at = tok_at(m.start("nick"))
            if at is not None and toks[at].folded not in _TITLE_SET:
                name[at] = True
        # 3f. A staff role before a name: "RN Joy", "interpreter Sahra", "PCT Zeke
        # Olawale"; and a role in brackets after one: "jess (PCA)".
        for m in _ROLE_RE.finditer(text):
            at = tok_at(m.end())
            if (
                at is not None
                and toks[at].folded not in _TITLE_SET
                and toks[at].word not in _ROLE_WORDS
            ):
                run_from(at, lower_ok=False, limit=3)
                t = toks[at]
                if (
                    not name[at]
                    and m.group().split()[-1].isupper()
                    and _shape(t.word) == "lower"
                    and len(t.word) >= 3
                    and t.folded not in NOT_NAME
                    and t.folded not in CLINICAL_ABBREVIATIONS  # "SLP eval", "RN interp"
                    and t.folded not in _AFTER_RELATION_WORDS
                    and english_frequency(t.folded) < EVERYDAY_FREQUENCY
                    and not re.search(_NOT_A_NAME_SUFFIX, t.word)
                ):
                    name[at] = True  # "d/w primary RN kiflom"; not "RN shift report"
                elif (
                    not name[at]
                    and _shape(t.word) == "lower"
                    and t.folded not in NOT_NAME
                    and t.folded not in _AFTER_RELATION_WORDS
                    and not re.search(_NOT_A_NAME_SUFFIX, t.word)
                    and lower_name(t.folded)
                ):
                    name[at] = True  # "adjuster denise 800-555-...", "interp jeton"
        for m in _ROLE_AFTER_RE.finditer(text):
            who = toks_between(m.start("who"), m.end("who"))
            who = [q for q in who if toks[q].folded not in NOT_NAME or self._lex(toks[q].folded)]
            if who and all(
                toks[q].folded not in MEDICAL and toks[q].folded not in _TITLE_SET for q in who
            ):
                # the word next to the bracket is the name; a word before it
                # only if it is one too
                last = who[-1]
                if toks[last].folded not in COMMON or self._lex(toks[last].folded):
                    name[last] = True
                    if len(who) == 2 and nameish(who[0], lower_ok=True):
                        name[who[0]] = True
        for m in _THIS_IS_RE.finditer(text):
            at = tok_at(m.start("who"))
            if at is not None and toks[at].folded not in MEDICAL:
                if toks[at].folded in COMMON and not self._lex(toks[at].folded):
                    continue
                name[at] = True
                if (
                    at + 1 < n
                    and toks[at + 1].end <= m.end("who")
                    and nameish(at + 1, lower_ok=True)
                ):
                    name[at + 1] = True
        # 3g. Names listed after a plural relation: "children Tunde, Folake
        # Oyelaran-Brooks, Remi (by phone)", "Children (Amari 7, Zion 4)".
        for m in [*_PLURAL_REL_RE.finditer(text), *_ATTENDANCE_RE.finditer(text)]:
            pos = m.end()
            while (item := _LIST_ITEM_RE.match(text, pos)) is not None:
                who = toks_between(item.start("who"), item.end("who"))
                # a role or credential in the list is no name ("Present: MD, RN,
                # SW"), nor the role before one ("SW Keisha Grant")
                people = [
                    q
                    for q in who
                    if toks[q].word not in _ROLE_WORDS and toks[q].folded not in _CRED_SET
                ]
                if not who or any(
                    toks[q].folded in MEDICAL
                    or toks[q].folded in _TITLE_SET
                    or (toks[q].folded in COMMON and not self._lex(toks[q].folded))
                    for q in people
                ):
                    break
                for q in people:
                    name[q] = strong[q] = True  # a list of people: "Rusty", "Will" too
                sep = _LIST_SEP_RE.match(text, item.end())
                if sep is None:
                    break
                pos = sep.end()
        # 3h. Lower-case "surname, first 45F".
        for m in _AGE_SEX_LOWER_RE.finditer(text):
            who = toks_between(m.start("who"), m.end("who"))
            if who and not any(toks[q].folded in MEDICAL for q in who):
                for q in who:
                    name[q] = True

        # 3h'. Lower-case names that English does not know, where a name goes:
        # before a telephone ("sreymom cell 978-..."), after "with", after a
        # plural relation ("daughters geetha and vani"), opening a line before an
        # age and sex ("tran minh khoa 67M"), after a cue ("called to see mulugeta").
        def phone_owner(q: int) -> bool:
            f = toks[q].folded
            if f in NOT_NAME or f in _TITLE_SET:
                return False
            if toks[q].word.islower():
                return lower_name(f)
            return _shape(toks[q].word) == "title" and (self._lex(f) or english_frequency(f) == 0)

        for m in _PHONE_OWNER_RE.finditer(text):
            who = toks_between(m.start("who"), m.end("who"))
            while who and not phone_owner(who[0]):
                who.pop(0)  # "pt cell", "daughter Leilani cell": only the name
            for q in who:
                if toks[q].folded not in NOT_NAME and toks[q].folded not in _REL_SET:
                    name[q] = True
        for m in _WITH_RE.finditer(text):
            at = tok_at(m.end())
            if at is not None and foreign_word(toks[at].folded):
                name[at] = True
        for m in _PLURAL_LOWER_RE.finditer(text):
            pos = m.end()
            while (at := tok_at(pos)) is not None and foreign_word(toks[at].folded):
                name[at] = True
                sep = _LIST_SEP_RE.match(text, toks[at].end)
                if sep is None:
                    break
                pos = sep.end()
        for m in _GOES_BY_RE.finditer(text):
            grp = "w" if m.group("w") else "w2"
            at = tok_at(m.start(grp))
            if at is not None and toks[at].folded not in NOT_NAME:
                name[at] = True
        for m in _NAME_DOB_RE.finditer(text):
            who = toks_between(m.start("who"), m.end("who"))
            if who and all(
                toks[q].folded not in NOT_NAME
                and (
                    self._lex(toks[q].folded)
                    or foreign_word(toks[q].folded)
                    or _shape(toks[q].word) == "title"
                )
                for q in who
            ):
                for q in who:
                    name[q] = True
        for m in _AGE_SEX_THEN_NAME_RE.finditer(text):
            who = toks_between(m.start("who"), m.end("who"))
            if len(who) >= 2 and not any(
                toks[q].folded in NOT_NAME and not self._lex(toks[q].folded) for q in who
            ):
                for q in who:
                    name[q] = True
        for m in _LOWER_AGE_SEX_RE.finditer(text):
            who = toks_between(m.start("who"), m.end("who"))
            has_name = any(foreign_word(toks[q].folded) or self._lex(toks[q].folded) for q in who)
            if has_name and not any(toks[q].folded in NOT_NAME for q in who):
                for q in who:
                    name[q] = True
        for m in scans[_CUE_RE]:
            at = tok_at(m.end())
            if at is None or not toks[at].word.islower():
                continue
            pt_cue = m.group().strip().casefold() in ("pt", "patient")
            if not pt_cue and not foreign_word(toks[at].folded):
                continue
            if pt_cue:
                # "pt intubated", "PT eval": after "pt" only a first and last name
                # ("pt faith mbeki says")
                second = at + 1
                if not (
                    second < n
                    and gap(second) == " "
                    and toks[second].word.islower()
                    and (foreign_word(toks[second].folded) or self._lex(toks[second].folded))
                    and (self._lex(toks[at].folded) or foreign_word(toks[at].folded))
                    and not re.search(_NOT_A_NAME_SUFFIX, toks[at].word)
                    and not re.search(_NOT_A_NAME_SUFFIX, toks[second].word)
                ):
                    continue
                name[second] = True
            name[at] = True
        for m in _LOWER_SIG_RE.finditer(text):
            at = tok_at(m.start("w"))
            if at is not None and toks[at].end == m.end("w"):
                f = toks[at].folded
                if (
                    f not in NOT_NAME
                    and f not in CLINICAL_ABBREVIATIONS
                    and (foreign_word(f) or self._lex(f))
                ):
                    name[at] = True  # "-- tasha (MA)", "-- tjohnson"
        for m in scans[_REL_RE]:
            at = tok_at(m.end())
            if (
                at is not None
                and not name[at]
                and _shape(toks[at].word) == "title"
                and (
                    toks[at].folded in _WORD_FIRST_NAMES
                    or (toks[at].folded in self.first and toks[at].folded in COMMON)
                )
                and _FIRST_NAME_THEN.match(text, toks[at].end)
            ):
                name[at] = True  # "Husband Will stayed", "her partner Will."
        # 3h''. A first name with an age over 89 in brackets: "Pearl (94) shared".
        for m in _FIRST_NAME_PAREN_AGE.finditer(text):
            at = tok_at(m.start("who"))
            if (
                at is not None
                and (toks[at].folded in self.first or toks[at].folded in _WORD_FIRST_NAMES)
                and toks[at].folded not in MEDICAL
                and toks[at].folded not in _TITLE_SET
            ):
                name[at] = strong[at] = True
        # 3i. Initials signing a line: "-- sk", "-KO to DP".
        for m in _INITIALS_SIG_RE.finditer(text):
            for grp in ("a", "b"):
                at = tok_at(m.start(grp)) if m.group(grp) else None
                if at is not None and toks[at].folded not in NOT_NAME:
                    name[at] = True
        # 3j. Header names before a record field, and full names opening a line
        # before an event ("s/p", "c/o", "called", an age and sex).
        for rx in (_HEADER_NAME_RE, _NAME_THEN_EVENT_RE, _TABLE_NAME_RE):
            for m in rx.finditer(text):
                who = toks_between(m.start("who"), m.end("who"))
                while who and (
                    (toks[who[0]].folded in NOT_NAME and toks[who[0]].folded not in self.first)
                    or toks[who[0]].folded in _TITLE_SET
                ):
                    who.pop(0)
                if (
                    len(who) >= 2
                    and not any(
                        toks[q].folded in MEDICAL
                        or toks[q].folded in _CRED_SET
                        or (toks[q].folded in COMMON and not self._lex(toks[q].folded))
                        for q in who
                    )
                    # a heading of everyday words: "SAFETY EVENT REPORT  #SE-..."
                    and not all(self._everyday(toks[q]) for q in who)
                    # a table's cell holds many things: every word a name's
                    # ("Hypertension, Essential" is not)
                    and not (
                        rx is _TABLE_NAME_RE
                        and not all(
                            self._lex(toks[q].folded)
                            or (
                                _shape(toks[q].word) == "initial"
                                or english_frequency(toks[q].folded) < EVERYDAY_FREQUENCY
                            )
                            for q in who
                        )
                    )
                ):
                    for q in who:
                        name[q] = True
        # 4. Lexicon: capitalised known names, not eponyms; lower-case only as
        # a first + last pair.
        for i, t in enumerate(toks):
            if name[i]:
                continue
            f = t.folded
            if f in NOT_NAME or not self._lex(f):
                continue
            s = _shape(t.word)
            if s in ("title", "upper"):
                if s == "upper" and len(t.word) < 3:
                    continue
                if text[t.end : t.end + 1] == ":":
                    continue  # a heading ("Gross:", "Colon:")
                if s == "upper" and not any(
                    0 <= q < n
                    and _shape(toks[q].word) == "upper"
                    and (gap(max(q, i)) in (" ", ", ", ",  ", "  "))
                    for q in (i - 1, i + 1)
                ):
                    continue  # a lone acronym ("ANA 1:1280", "MAC"); capitals come in pairs
                if not self._eponym(text, t):
                    name[i] = True
            elif s == "lower" and i + 1 < n and gap(i + 1) == " ":
                nxt = toks[i + 1].folded
                if f in self.first and nxt in self.last and nxt not in NOT_NAME:
                    name[i] = name[i + 1] = True
        # 5. Grow each name over neighbouring capitalised words and initials.
        weak = [False] * n  # unknown words taken by growing: they grow nothing
        changed = True
        while changed:
            changed = False
            for i in range(n):
                if not name[i] or weak[i]:
                    continue
                for j, g in ((i - 1, gap(i)), (i + 1, gap(i + 1) if i + 1 < n else "")):
                    if j < 0 or j >= n or name[j]:
                        continue
                    left = min(i, j)
                    plain = g == " " or (g == ". " and _shape(toks[left].word) == "initial")
                    comma_pair = (
                        g == ", "
                        and _shape(toks[j].word) in ("title", "upper")
                        and (
                            (self._lex(toks[j].folded) and toks[j].folded not in NOT_NAME)
                            # "provider: Paget, Clive MD": a surname before its
                            # given name, where a field or a line starts
                            or (
                                j == i - 1
                                and _shape(toks[j].word) == _shape(toks[i].word)
                                and toks[j].folded not in _REL_SET
                                and not self._everyday(toks[j])
                                and not weak[i]
                                and self._lex(toks[i].folded)
                                and _FIELD_START_BEFORE.search(text, 0, toks[j].start) is not None
                            )
                        )
                    )
                    if not (plain or comma_pair):
                        continue
                    s = _shape(toks[j].word)
                    f = toks[j].folded
                    if (
                        j == i - 1
                        and g == " "
                        and s == "title"
                        and f in _WORD_FIRST_NAMES
                        and self._lex(toks[i].folded)
                        and _WORD_NAME_BEFORE.search(text, 0, toks[j].start)
                    ):
                        # "Reporter: Will Barnes", "cc: Grace Park": a word that is
                        # a first name, before a surname, where a name goes
                        name[j] = True
                        changed = True
                        continue
                    if s == "initial" or (
                        s in ("title", "upper")
                        and f not in MEDICAL
                        and f not in _TITLE_SET
                        and f not in _CRED_SET
                        # a word with diacritics is not the English word it
                        # folds to ("Hùng", "Lê")
                        and (self._lex(f) or f not in COMMON or not toks[j].word.isascii())
                        and not (s == "upper" and _shape(toks[i].word) != "upper")
                    ):
                        if (
                            s == "initial"
                            and j > i
                            and g == " "
                            and text[toks[j].end : toks[j].end + 1] not in (".", " ")
                        ):
                            continue
                        name[j] = True
                        weak[j] = (
                            s != "initial"
                            and not self._lex(f)
                            and not _VIETNAMESE.search(toks[j].word)
                        )
                        changed = True

        def held(i: int, j: int) -> bool:
            """Whether the name run ``toks[i..j]`` sits where only a name goes:
            after a title or a relation ("daughter Peg", "aide Precious",
            "nurse today was Hope"), in quotes ("Bear"), before ", RN"."""
            before = text[max(0, toks[i].start - 40) : toks[i].start]
            if any(strong[i : j + 1]) or (
                i > 0 and (toks[i - 1].folded in _TITLE_SET or toks[i - 1].folded in _REL_SET)
            ):
                return True
            if _WAS_NAME_RE.search(before):
                return True
            if before.endswith(('"', "'")) and text[toks[j].end : toks[j].end + 1] in ('"', "'"):
                return True
            return _COMMA_CRED_RE.match(text, toks[j].end) is not None

        # 5b. A run in which every word is an everyday English word, a clinical
        # abbreviation or a medical term, none known as a name and no title
        # before it, is a heading or a service ("SAFETY EVENT REPORT", "Nuc Med",
        # "Charge RN"), whichever rule took it.
        i = 0
        while i < n:
            if not name[i]:
                i += 1
                continue
            j = i
            while j + 1 < n and name[j + 1] and gap(j + 1) in (" ", ". ", ", ", "."):
                j += 1
            if not held(i, j) and (
                all(
                    self._plain_word(toks[q], cue=i > 0 and toks[i - 1].folded in ("per", "d/w"))
                    for q in range(i, j + 1)
                )
                # "Lakeshore Respirology Associates": an organisation
                or (j > i and toks[j].folded in ORG_WORDS)
            ):
                for q in range(i, j + 1):
                    name[q] = False
            i = j + 1
        # 6. Every other mention of a found name word.
        words = {toks[i].folded for i in range(n) if name[i] and len(toks[i].word) > 1}
        words |= {fold(k) for k in known if len(k) > 1}
        words -= MEDICAL
        for i, t in enumerate(toks):
            if name[i] or t.folded not in words:
                continue
            s = _shape(t.word)
            if (
                s == "title"
                and t.folded in COMMON
                and t.folded not in self.first
                and re.search(r"(?:^|[.!?:]\s*|\n\s*)$", text[max(0, t.start - 3) : t.start])
                and i + 1 < n
                and _shape(toks[i + 1].word) == "lower"
            ):
                continue  # "Brown sputum x 1 wk" where the patient is Lachlan Brown
            if (s in ("title", "upper") or (s == "lower" and t.folded not in COMMON)) and (
                not self._eponym(text, t)
            ):
                name[i] = True
        # 7. Initials of a name found in the note: "ABW / Anders B. Wikström, MD".
        initials: set[str] = set()
        i = 0
        while i < n:
            if name[i]:
                j = i
                while j + 1 < n and name[j + 1] and gap(j + 1) in (" ", ". "):
                    j += 1
                if j > i:
                    initials.add("".join(toks[q].word[0] for q in range(i, j + 1)).upper())
                i = j + 1
            else:
                i += 1
        for i, t in enumerate(toks):
            if (
                not name[i]
                and 2 <= len(t.word) <= 4
                and t.word.isupper()
                and t.word in initials
                and t.folded not in NOT_NAME
                and t.folded not in CLINICAL_ABBREVIATIONS  # "Vitals: BP" beside Belen Pina
                and not re.match(r"[ \t]+\d{5}", text[t.end : t.end + 7])  # "Dover, DE 19901"
            ):
                name[i] = True
        # A structured field's key is never a name ('ec_name="..."', '"sender":').
        for m in _FIELD_KEY_RE.finditer(text):
            for q in toks_between(m.start(), m.end()):
                name[q] = False
        # Spans: consecutive name tokens joined (with the initials' dots).
        spans: list[tuple[int, int]] = []
        i = 0
        while i < n:
            if not name[i]:
                i += 1
                continue
            j = i
            while j + 1 < n and name[j + 1] and gap(j + 1) in (" ", ". ", ", ", "."):
                j += 1
            start, end = toks[i].start, toks[j].end
            if _shape(toks[j].word) == "initial" and text[end : end + 1] == ".":
                end += 1
            spans.append((start, end))
            i = j + 1
        return spans

    def _plain_word(self, tok: _Tok, *, cue: bool = False) -> bool:
        """A capitalised word no name lexicon knows that is an everyday English
        word, a clinical abbreviation or a medical term. After "per" or "d/w"
        two or three capitals are read as initials ("per JT", "d/w RR") unless
        English or medicine uses them."""
        f = tok.folded
        if not tok.word.isascii():
            return False
        if self._everyday(tok):
            return True
        if self._lex(f) or _shape(tok.word) not in ("title", "upper"):
            return False
        short_caps = cue and tok.word.isupper() and len(tok.word) <= 3
        return (f in CLINICAL_ABBREVIATIONS and not short_caps) or f in MEDICAL

    def _everyday(self, tok: _Tok) -> bool:
        """A capitalised word standing alone that no name lexicon knows and that
        English uses often ("Device RN", "Parent phone", "Travel Medicine"), or
        a country: not taken for a name on its own."""
        f = tok.folded
        if self._lex(f) or _shape(tok.word) not in ("title", "upper"):
            return False
        return english_frequency(f) > EVERYDAY_FREQUENCY or f in country_names()


# --- initials ----------------------------------------------------------------

# A clinician's or relative's initials: two or three letters ("jm", "TNB") or
# dotted ("a.s."). They are found only where a note puts a person, and never
# when the letters are a clinical abbreviation or an everyday word.
_INIT = r"(?:[A-Za-z]{2,3}|(?:[A-Za-z]\.){2,3}(?![A-Za-z]))"
_INIT_LOWER = r"(?:[a-z]{2,3}|(?:[a-z]\.){2,3}(?![A-Za-z]))"
_DASH = r"(?:--?|\u2014|\u2013)"
_SIGN_TAIL = (
    r"(?:[ \t]*/[ \t]*(?P<b>" + _INIT + r"))?"
    r"(?:[ \t]+(?:[0-2]\d[0-5]\d|\d{1,2}:\d\d(?:[ \t]*[ap]m)?|overnight|tonight|on[ \t]+call|"
    r"covering|nights?|days?))?[ \t]*$"
)
_TEAM_BEFORE = re.compile(
    r"\b(?i:team|anesthesia|anesthesiologist|attending|resident|intern|fellow|onc|"
    r"surgery|surgeon|service|nurse|nursing|rn|md|np|pa|crna|rt|pharmacy|pharmacist|"
    r"sw|cm|chaplain|interp|interpreter|covering|consult|consultant|tech|sonographer|"
    r"midwife|hospitalist|provider|radiology|radiologist|reader|primary|psych|cards|"
    r"renal|ortho|nephro|neuro|gi|id|picc|ir|rrt|mft|ot|pt|slp)[ \t]*$"
)
_SURNAME_TEAM_BEFORE = re.compile(
    r"\b(?i:team|onc|attending|resident|fellow|covering|surgeon|hospitalist|consult)[ \t]*$"
)


@dataclass(frozen=True)
class _InitialsRule:
    rx: re.Pattern[str]
    # True where the letters must not be a clinical abbreviation at all; False
    # at the end of a signed line, where only the everyday ones rule them out
    strict: bool
    # what must stand right before the match ("day team (AK)")
    before: re.Pattern[str] | None = None
    # an upper-case state's code is no person there ("per MA", "to CT")
    no_states: bool = False


_INITIALS_RES: tuple[_InitialsRule, ...] = (
    # signing off at the end of a line: "... next remote July 3. - gd", "-lr",
    # "- tnb 0310", "- ak overnight"
    _InitialsRule(
        re.compile(
            rf"(?:^[ \t]*{_DASH}[ \t]*|[ \t]+{_DASH}[ \t]*)(?P<a>{_INIT})" + _SIGN_TAIL, re.M
        ),
        False,
    ),
    # a lower-case sign-off after a sentence: "RTC 3 mo. nm", "pt aware. bk"
    _InitialsRule(re.compile(rf"(?<=[.!?;])[ \t]+(?P<a>{_INIT_LOWER})" + _SIGN_TAIL, re.M), False),
    # a line of dotted initials alone: "b.h."
    _InitialsRule(re.compile(r"^[ \t]*(?P<a>(?:[A-Za-z]\.){2,3})[ \t]*$", re.M), False),
    # after a word that names a person: "ok per jm", "d/w hn", "w/ JM + Dr X",
    # "routed to kmp", "d/w v.k. and"
    _InitialsRule(
        re.compile(
            r"(?:\b(?i:per|d/w|w/|discussed with|spoke with|spoke w/|routed to|sent to|"
            r"sign(?:ed)?[ \t]+out[ \t]+to|handoff[ \t]+to|handed[ \t]+off[ \t]+to|report[ \t]+to|"
            r"cc|cc'd|by)|(?<![\w/])(?:SW|CM|RN|NP|PA|CN|sw|rn|np))[ \t]+"
            rf"(?P<a>{_INIT})(?![\w/'\u2019-]|\.[A-Za-z])(?![ \t]*(?:/|[0-9]))"
            r"(?=[ \t]*(?:$|[.,;:)+&]|and\b|aware\b|re\b|about\b|for\b|to\b|who\b|next\b|ok\b|"
            r"tomorrow\b|today\b|in\b|at\b|on\b))",
            re.M,
        ),
        True,
        no_states=True,
    ),
    # opening a sentence before what a person does: "jm aware.", "c.o. to write"
    _InitialsRule(
        re.compile(
            rf"(?:^|(?<=[.!?;])[ \t]+)[ \t]*(?P<a>{_INIT_LOWER})[ \t]+"
            r"(?=(?:aware|agrees|agreed|notified|updated|informed|paged|called|saw|spoke|"
            r"d/w|to[ \t]+(?:write|call|see|f/u|follow|bring|sign|review|d/c)|will)\b)",
            re.M,
        ),
        True,
    ),
    # in brackets after a team or role: "day team (AK)", "anesthesia (lm)",
    # "rad onc (Ko)", "(Kassa/ol)"
    # (the bracket is matched first and the team looked for before it: a pattern
    # that opens with the bracket is many times faster than one opening with
    # the alternatives)
    _InitialsRule(
        re.compile(
            rf"\([ \t]*(?P<a>{_INIT})(?:[ \t]*/[ \t]*(?P<b>{_INIT}|[A-Z][a-z]{{2,}}))?[ \t]*\)"
        ),
        True,
        before=_TEAM_BEFORE,
    ),
    # a surname in brackets after a team: "rad onc (Ko)", "day team (Kassa/ol)"
    _InitialsRule(
        re.compile(rf"\([ \t]*(?P<a>[A-Z][a-z]{{1,}})(?:[ \t]*/[ \t]*(?P<b>{_INIT}))?[ \t]*\)"),
        True,
        before=_SURNAME_TEAM_BEFORE,
    ),
    # after a report's role label: "Technician: RJ", "Scored by: tmv", "Sonographer - KL"
    _InitialsRule(
        re.compile(
            r"\b(?i:technician|technologist|tech|sonographer|scored[ \t]+by|read[ \t]+by|"
            r"interpreted[ \t]+by|performed[ \t]+by|transcribed[ \t]+by|dictated[ \t]+by|"
            r"transcriptionist|reviewed[ \t]+by|verified[ \t]+by)[ \t]*[:-][ \t]*"
            rf"(?P<a>{_INIT})(?![\w.'\u2019-])"
        ),
        True,
        no_states=True,
    ),
    # a report's dictating and typing initials at its end, on a line naming the
    # transcription or alone: "Job#: 4471209  mk/JT", "TF/lmb"
    _InitialsRule(
        re.compile(
            r"(?:^[ \t]*|\b(?i:job|dictated|transcribed|dict|trans|dt|tt)\b[^\n]*?[ \t])"
            rf"(?P<a>{_INIT})[ \t]*/[ \t]*(?P<b>{_INIT})[ \t]*$",
            re.M,
        ),
        False,
    ),
    # a pair handing off or treating together: "TH/sk co-treat", "JS / MT handoff"
    _InitialsRule(
        re.compile(
            rf"(?:^|\b(?i:nursing|rn|md|np)[ \t]+)[ \t]*(?P<a>{_INIT})[ \t]*/[ \t]*"
            rf"(?P<b>{_INIT})[ \t]+(?=(?i:co-?treat|hand-?off|handover|sign-?out|co-?sign)\w*)",
            re.M,
        ),
        True,
    ),
)


def _initials_word(word: str, *, strict: bool) -> bool:
    """Whether ``word`` can be someone's initials (or, in brackets, a name)."""
    bare = word.replace(".", "")
    f = fold(bare)
    if "." in word:
        # dotted: "a.s." is someone, "p.o." and "e.g." are not
        return f not in CLINICAL_ABBREVIATIONS and f not in _DOTTED_LATIN
    if f in NOT_NAME or f in _CRED_SET or f in _TITLE_SET or f in DEGREES:
        return False
    if f in CLINICAL_ABBREVIATIONS:
        # at the end of a signed line only the everyday ones rule it out: "-lr"
        # signs, "- ok" does not
        return not strict and f not in _SIGN_OFF_WORDS
    return len(bare) <= 3 or word[0].isupper()  # a longer word only as a capitalised name


_SIGN_OFF_WORDS = frozenset(
    {"ok", "nl", "wnl", "prn", "neg", "pos", "npo", "tbd", "na", "am", "pm", "pt", "md", "rn",
     "np", "pa", "ed", "er", "or", "icu", "x2", "x3", "yo", "fu", "po", "iv", "dc", "sw", "cm",
     "hs", "qd", "qhs", "bid", "tid", "stat", "asap", "fyi", "ty", "thx", "pls", "nad", "rrr",
     "ctab", "sob", "cp", "hx", "dx", "tx", "rx", "sx", "ns", "mg", "ml"}
)  # fmt: skip
_STATE_SET = frozenset(fold(s) for s in US_STATES)
_DOTTED_LATIN = frozenset(
    {"eg", "ie", "am", "pm", "po", "bid", "tid", "qid", "qd", "prn", "npo", "etc", "vs", "cf",
     "al", "nb", "ps", "rsvp", "us", "uk", "dc", "md"}
)  # fmt: skip


def find_initials(text: str) -> Iterator[Span]:
    """Initials where a note puts a person (see ``_INITIALS_RES``)."""
    for rule in _INITIALS_RES:
        for m in rule.rx.finditer(text):
            if rule.before is not None and not rule.before.search(
                text, max(0, m.start() - 40), m.start()
            ):
                continue
            for grp in ("a", "b"):
                word = m.group(grp) if grp in m.re.groupindex else None
                if not word or not _initials_word(word, strict=rule.strict):
                    continue
                if rule.no_states and word.isupper() and fold(word) in _STATE_SET:
                    continue  # "per MA", "to CT": a state, not a person
                yield Span(m.start(grp), m.end(grp), "NAME")


# A pathology report's lettered specimen part: "A. Colon, sigmoid", "B) Skin, left".
_ORGANS = (
    "colon", "stomach", "skin", "liver", "lung", "breast", "prostate", "kidney", "uterus",
    "cervix", "ovary", "thyroid", "bone", "esophagus", "duodenum", "rectum", "appendix",
    "gallbladder", "bladder", "pancreas", "spleen", "lymph", "node", "testis", "tonsil",
    "ileum", "jejunum", "cecum", "endometrium", "placenta", "brain", "parotid", "vulva",
    "adrenal", "heart", "muscle", "nerve", "soft", "marrow", "polyp", "mass", "lesion",
)  # fmt: skip
_SPECIMEN_PART = re.compile(
    rf"[ \t]*[A-Z][.)][ \t]+(?i:{'|'.join(_ORGANS)})\b(?=[ \t]*[,:(]|[ \t]+(?i:biopsy|resection))"
)


def specimen_part(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a specimen part opening its line."""
    m = _SPECIMEN_PART.match(text, text.rfind("\n", 0, start) + 1)
    return m is not None and end <= m.end()


# --- what machine text says about itself, never about a person ---------------

# Hosts of code systems, naming systems and schemas: their URLs name a
# standard ("http://hl7.org/fhir/sid/us-ssn", "http://loinc.org"), not a person.
_STANDARD_HOSTS = (
    r"(?:terminology\.)?hl7\.org|loinc\.org|snomed\.info|(?:www\.)?w3\.org|unitsofmeasure\.org"
    r"|(?:www\.)?cms\.gov|(?:www\.)?nucc\.org|(?:www\.)?nlm\.nih\.gov|(?:www\.)?ihe\.net"
    r"|(?:www\.)?ncpdp\.org|(?:www\.)?x12\.org|json-schema\.org|schemas\.xmlsoap\.org"
    r"|(?:www\.)?fda\.gov|(?:www\.)?cdc\.gov|(?:www\.)?ietf\.org|(?:www\.)?nema\.org"
    r"|dicom\.nema\.org|(?:www\.)?ama-assn\.org|fhir\.org"
)
_INERT = re.compile(
    # a C-CDA template's OID and version date:
    # '<templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>'
    r"(?<=<templateId root=\")[\d.]+\" extension=\"[\d-]+(?=\")|"
    # an OID that names a code system or an assigning authority: one under HL7's
    # root or written as a URN or a root attribute ("urn:oid:2.16.840.1.113883.4.3.25",
    # 'root="1.3.6.1.4.1.38271"'); no date, account or licence inside it. (A DICOM
    # instance UID, "1.2.840.113619.2.55.3.2831164356...", points at one study and
    # stays an identifier.)
    r"(?:urn:oid:|(?<=root=\")|(?<![\w.])(?=2\.16\.840\.1\.113883\.))[0-2](?:\.\d+){3,}(?![\w.])"
    # a code system's or schema's URL
    rf"|\bhttps?://(?:{_STANDARD_HOSTS})(?:/[^\s<>\"'|\\]*)?"
    # a DICOM JSON attribute's tag, as the key of its object ('"00100020": {')
    r"|(?<=\")[0-9A-F]{8}(?=\"[ \t]*:)"
    # an HL7 table's number ("HL70357", "HL70063")
    r"|\bHL7\d{4}\b"
    # a drug's National Drug Code after its key ("NDC: 00378018101", "ndc=00169413212",
    # NCPDP SCRIPT's "<ProductCode><Code>00406055262")
    r"|(?i:\bndc\b[\"']?[ \t]*[:=#]?[ \t]*[\"']?|<ProductCode><Code>)\d{4,5}-?\d{3,4}-?\d{1,2}\b"
    # X12 envelope control numbers (ISA13, IEA02, GS06, GE02) and a TRN's
    # originator (a payer's "1" or "9" and its tax number, after the trace
    # number, which stays): the exchange's numbers, not a person's
    r"|(?<=\*)\d{9}(?=\*[01]\*[PT]\*)|(?<=\bIEA\*1\*)\d{1,9}\b|(?<=\bGE\*)\d+\*\d+\b"
    r"|\bTRN\*[12]\*[^*~\n]{1,30}\*(?P<trn>[19]\d{9})\b"
    # an HL7 message header's sending and receiving applications and facilities
    # (MSH-3 to MSH-6: "MSH|^~\\&|REG|NFH|EMPI|NFH|")
    r"|^MSH\|(?:[^|\n]*\|){5}"
    # NCPDP telecom field and segment numbers ("401-D1 DATE OF SVC", "AM04")
    r"|(?<![\w-])[1-9]\d\d-[A-Z][0-9A-Z](?=[ \t]+[A-Z])|\bAM\d\d\b"
    # a syslog record's priority and version ("<134>1 2024-10-14T03:22:51Z")
    r"|^<\d{1,3}>1(?= )"
    # an X12 implementation guide's version ("005010X212", "005010X220A1")
    r"|\b00[45]0[0-9]0X\d{3}(?:A\d)?\b"
    # label-printer (ZPL) commands: "^XA", "^FO40,100", "^A0N,26,26", "^FS"
    r"|\^(?:XA|XZ|FS|FO\d+,\d+|A0N,\d+,\d+|PQ\d+|BY[\d,.]+|BC[NR]?[,\dYN]*)",
    re.M,
)
# Whole values that are never a person however they are found: a service
# account ("svc_interface", "reminder-svc") or the system itself acting, and a
# host name in mail headers and logs ("mx.inbox.example").
_NOT_A_PERSON = re.compile(
    r"(?:svc|srv|sys)[_-][\w-]+|[\w-]+[_-](?:svc|service|daemon|bot)|SYSTEM|batch\d+"
    r"|(?:[a-z0-9-]+\.)+(?:example|test|local|internal|invalid|localdomain|com|org|net|edu)",
    re.IGNORECASE,
)


def inert_regions(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` that are machine text's own vocabulary: OIDs,
    the URLs of code systems, DICOM tags as keys, HL7 table numbers, drug codes
    after their key and X12 control numbers. No identifier lies inside one."""
    return [m.span("trn") if m.group("trn") else m.span() for m in _INERT.finditer(text)]


def not_inert(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less what meets an inert region (:func:`inert_regions`) and
    the names that are a service account or a host (:data:`_NOT_A_PERSON`).

    A span of words that runs into a region keeps its longest part outside
    it ("RD  323-CN": the street's type, not the NCPDP field's number); any
    other span that meets one is dropped.
    """
    regions = inert_regions(text)
    out = []
    for s in spans:
        if (
            s.category in ("NAME", "EMAIL")
            and "@" not in text[s.start : s.end]
            and _NOT_A_PERSON.fullmatch(text, s.start, s.end)
        ):
            continue
        met = [(a, b) for a, b in regions if a < s.end and s.start < b]
        if met:
            if s.category not in ("NAME", "ADDRESS", "CITY"):
                continue
            # the free runs of the span, their ends trimmed to a letter or digit
            runs: list[tuple[int, int]] = []
            k = s.start
            for a, b in sorted(met):
                runs.append((k, max(k, a)))
                k = max(k, b)
            runs.append((k, s.end))
            best = None
            for a, b in runs:
                m = re.search(r"[^\W_](?:.*[^\W_])?", text[a:b], re.S)
                if m and (best is None or m.end() - m.start() > best[1] - best[0]):
                    best = (a + m.start(), a + m.end())
            if best is None or not any(ch.isalpha() for ch in text[best[0] : best[1]]):
                continue
            s = Span(best[0], best[1], s.category)
        out.append(s)
    return out


# --- putting it together ---------------------------------------------------

_PRIORITY = {
    "EMAIL": 0, "URL": 1, "IP": 1, "SSN": 2, "PHONE": 3, "MRN": 3, "ACCOUNT": 3,
    "HEALTH_PLAN": 3, "LICENSE": 3, "DEVICE": 3, "VEHICLE": 3, "DATE": 4, "ADDRESS": 4,
    "ZIP": 5, "CITY": 5, "AGE": 5, "ID": 6, "NAME": 7,
}  # fmt: skip


def _vspan_any(m: re.Match[str], groups: tuple[str, ...]) -> tuple[int, int]:
    """The span of the first of ``groups`` that took part in the match."""
    return next(m.span(g) for g in groups if m.groupdict().get(g) is not None)


def _vspan(m: re.Match[str]) -> tuple[int, int]:
    """The span of group ``v`` where the pattern has one, else the whole match."""
    if "v" in m.re.groupindex and m.group("v") is not None:
        return m.span("v")
    if "v2" in m.re.groupindex and m.group("v2") is not None:
        return m.span("v2")
    return m.span()


def _valid_date(kind: str, g: dict[str, str | None]) -> bool:
    try:
        if g.get("mn"):
            m = MONTHS[fold(str(g["mn"]).rstrip("."))]
        elif g.get("m"):
            m = int(str(g["m"]))
        else:
            m = 1
        d = int(str(g["d"])) if g.get("d") else 1
    except (KeyError, ValueError):
        return False
    if kind == "mdy_num" and m > 12 and d <= 12:
        m, d = d, m
    return 1 <= m <= 12 and 1 <= d <= 31


# The second end of an "m/d-m/d" range: "pulse 9/15-9/21" is a date range
# although "pulse" before a lone "9/15" would read as a quantity.
_MD_RANGE_END = re.compile(
    r"[ \t]?[-\u2013][ \t]?(?P<v>(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9]))(?![\w/]|\.\d)"
)


_PAIN_SCALE_BEFORE = re.compile(r"pain|(?<!\d/)\d/10\b(?!/)|scale", _I)
_SCALE_JUST_BEFORE = re.compile(
    r"(?i:pain|scale|score)[ \t:=]*(?:(?i:score|level|is|was|of|at|now|rated)[ \t:=]*){0,2}$"
)


def on_a_pain_scale(text: str, start: int, end: int) -> bool:
    """Whether the "m/d" at ``text[start:end]`` is a score: right after "pain"
    or "scale" ("pain 7/10", "pain score: 3/4"), or out of ten with a pain
    score or a scale in the 30 characters before ("pain 6/10, improved to
    3/10"). "no flank pain. LMP 3/19" is a date."""
    if _SCALE_JUST_BEFORE.search(text, max(0, start - 24), start):
        return True
    return (
        text[:end].endswith("/10")
        and _PAIN_SCALE_BEFORE.search(text, max(0, start - 30), start) is not None
    )


def _md_range_to_date(text: str, end: int) -> bool:
    """Whether the "m/d" ending at ``end`` opens a range whose other end reads as a date."""
    m = _MD_RANGE_END.match(text, end)
    return m is not None and not md_quantity_words(text, *m.span("v"), strict=True)


def _date_candidates(text: str) -> Iterator[tuple[int, int]]:
    """Where the date patterns match (overlapping; :func:`find_all` resolves)."""
    for kind, rx in DATE_PATTERNS:
        for m in rx.finditer(text):
            g = m.groupdict()
            if (
                kind in ("md_name", "mdy_name", "my_name")
                and fold(str(g["mn"])) == "may"
                and str(g["mn"]).islower()
            ):
                continue  # "may 2 tablets"
            if (
                kind == "dm_name"
                and fold(str(g["mn"])) in ("may", "mar", "march")
                and not str(g["mn"])[0].isupper()
            ):
                continue
            if kind in ("md_num", "md_bare") and on_a_pain_scale(text, m.start(), _vspan(m)[1]):
                continue  # "pain 6/10, improved to 3/10"
            if (
                kind in ("md_bare", "dm_bare")
                and md_quantity_words(text, *m.span("v"), strict=True)
                and not _md_range_to_date(text, m.end("v"))
            ):
                continue
            if _valid_date(kind, g):
                yield _vspan(m)


def find_dates(text: str) -> list[Span]:
    """The dates in ``text`` alone (longest first where patterns overlap)."""
    out: list[Span] = []
    for start, end in sorted(_date_candidates(text), key=lambda se: (se[0], se[0] - se[1])):
        if out and start < out[-1].end:
            continue
        if end > start:
            out.append(Span(start, end, "DATE"))
    return out


# Scanned and faxed text read by OCR confuses letters and digits ("DOB
# O7/22/2O23", "l0/21/24", "ZIP: 88OO5"). In a run of digits, date separators
# and such letters that holds at least two real digits, an O reads as 0 and an
# l or I as 1; the numbers found in that reading are taken at the same places
# (the reading has the text's length).
_OCR_RUN = re.compile(
    r"(?<![A-Za-z])[0-9OolI](?:[0-9OolI]|[ ]?[/.-][ ]?(?=[0-9OolI])){3,}(?![A-Za-z])"
)
_OCR_DIGIT = str.maketrans("OolI", "0011")
_OCR_CATEGORIES = frozenset({"DATE", "ZIP", "PHONE", "MRN", "ACCOUNT", "HEALTH_PLAN", "ID", "SSN"})


def _ocr_reading(text: str) -> str | None:
    """``text`` with OCR's letter-for-digit slips read as digits, or None if
    it has none."""
    out = list(text)
    changed = False
    for m in _OCR_RUN.finditer(text):
        run = m.group()
        if sum(c.isdigit() for c in run) < 2 or run.isdigit():
            continue
        fixed = run.translate(_OCR_DIGIT)
        if fixed != run:
            out[m.start() : m.end()] = fixed
            changed = True
    return "".join(out) if changed else None


# A fixed-width record, as mainframe and batch extracts write them: a long line
# of capitals, digits and spaces, no delimiters, where fields run into each other
# ("00412277KOWALCZYK           DOROTA       19310314F418 BIRCHWOOD LN"), with
# a date of eight digits.
_FIXED_WIDTH_LINE = re.compile(
    r"^(?=[A-Z0-9 .,'#/-]{40,}$)(?=.*?(?:\d{4}[A-Z]{2}|[A-Z]{3}\d{4}))(?=(?:.*?\S {2,}){3})"
    r"(?=.*?(?<!\d)\d{8}(?!\d)).*$",
    re.M,
)
_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[A-Z])|(?<=[A-Z])(?=\d)")
# a record's field: its text between column gaps, digits and letters apart
_RECORD_FIELD = re.compile(r"[A-Z][A-Z'-]*(?: [A-Z][A-Z'-]*)*|\d+")


# a record's street ("418 BIRCHWOOD LN", after a sex code or a date) and its
# town before the state and ZIP ("FRAMINGHAM     MA 017011234")
_RECORD_STREET = re.compile(
    rf"(?<![^ ])(?P<v>\d{{1,6}}(?: [A-Z][A-Z']*)*? (?i:{_SUFFIX})\b\.?(?! [A-Z])"
    r"(?: (?:APT|UNIT|STE|#) ?\w+)?)"
)
_RECORD_TOWN = re.compile(
    rf"(?<![^ ])(?P<city>[A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*){{0,2}}) {{2,}}(?:{_STATE_ABBR}) ?"
    r"(?P<zip>\d{5}(?:-?\d{4})?)(?!\d)"
)


def _fixed_width_view(
    text: str, records: list[tuple[int, int]]
) -> tuple[str, list[int], list[tuple[int, int]]]:
    """``text`` with a space put between the digits and letters that run
    together in its fixed-width ``records`` (spans of ``text``), each
    character's place in ``text`` (-1 for one put in) and the records' spans
    in the new text."""
    out: list[str] = []
    origin: list[int] = []
    vrecords: list[tuple[int, int]] = []
    pos = 0
    for a, b in records:
        out.append(text[pos:a])
        origin.extend(range(pos, a))
        vstart = len(origin)
        prev = a
        for cut in _DIGIT_LETTER.finditer(text, a, b):
            out.append(text[prev : cut.start()] + " ")
            origin.extend([*range(prev, cut.start()), -1])
            prev = cut.start()
        out.append(text[prev:b])
        origin.extend(range(prev, b))
        vrecords.append((vstart, len(origin)))
        pos = b
    out.append(text[pos:])
    origin.extend(range(pos, len(text)))
    return "".join(out), origin, vrecords


_DOT_LEADER = re.compile(r"(?<=[\w)])[ \t]*\.{4,}[ \t]*(?=\S)")


def _dot_leader_view(text: str) -> tuple[str, list[int]]:
    """``text`` with each dot leader read as ": ", and each of its characters'
    place in ``text`` (-1 for one put in)."""
    parts: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in _DOT_LEADER.finditer(text):
        parts += [text[pos : m.start()], ": "]
        origin += [*range(pos, m.start()), -1, -1]
        pos = m.end()
    parts.append(text[pos:])
    origin += range(pos, len(text))
    return "".join(parts), origin


def _origin_of(origin: list[int], span: Span) -> list[int]:
    """The places in the original text of a view's span's characters, less
    the ones the view put in."""
    return [origin[i] for i in range(span.start, span.end) if origin[i] >= 0]


def find_all(text: str, names: NameFinder, known_names: Iterable[str] = ()) -> list[Span]:
    """Every identifier in ``text``, overlaps resolved (no two spans overlap)."""
    cands = _find_candidates(text, names, known_names)
    if "__" in text:
        # a form's blanks filled in ("MRN: __CH2004417___"): read once more with
        # the underscores as spaces (same length, so the spans stand as found)
        blank = re.sub(r"_{2,}", lambda m: " " * len(m.group()), text)
        cands += _find_candidates(blank, names, known_names)
    if "...." in text:
        # a form's dot leaders ("Last name ......... WROBEL"): read once more with
        # each leader as ": ", the finds mapped back (none that takes in the ": ")
        vtext, origin = _dot_leader_view(text)
        for c in _find_candidates(vtext, names, known_names):
            inner = _origin_of(origin, c)
            if inner and len(inner) == c.end - c.start:
                cands.append(Span(inner[0], inner[-1] + 1, c.category))
    reading = _ocr_reading(text)
    if reading is not None:
        slips = [i for i, (a, b) in enumerate(zip(text, reading, strict=True)) if a != b]
        for c in _find_candidates(reading, names, known_names):
            if c.category in _OCR_CATEGORIES and any(c.start <= i < c.end for i in slips):
                cands.append(c)
    records = [m.span() for m in _FIXED_WIDTH_LINE.finditer(text)]
    if records:
        # the records read with their fields set apart, in place of the reading
        # that ran them together; the finds mapped back
        vtext, origin, vrecords = _fixed_width_view(text, records)

        def in_record(start: int) -> bool:
            return any(a <= start < b for a, b in records)

        cands = [c for c in cands if not in_record(c.start)]
        for c in [*_find_candidates(vtext, names, known_names), *_record_names(vtext, vrecords)]:
            inner = _origin_of(origin, c)
            if inner and in_record(inner[0]):
                cands.append(Span(inner[0], inner[-1] + 1, c.category))
    return with_logins(text, _resolve(not_inert(text, cands), text))


def _record_names(vtext: str, records: list[tuple[int, int]]) -> Iterator[Span]:
    """The names of fixed-width records (``records``, spans of ``vtext``): the
    fields of letters before the record's first date ("00412277 KOWALCZYK
    DOROTA  19310314 F 418 BIRCHWOOD LN"), as patient extracts lay them out."""
    for a, b in records:
        for f in _RECORD_FIELD.finditer(vtext, a, b):
            if _COMPACT_DAY.fullmatch(f.group()) or next(_date_candidates(f.group()), None):
                break
            word = f.group()
            if re.fullmatch(r"[A-Z][A-Z' -]*[A-Z]", word) and not any(
                fold(w) in NOT_NAME or w in US_STATES for w in word.split()
            ):
                yield Span(f.start(), f.end(), "NAME")
        for m in _RECORD_STREET.finditer(vtext, a, b):
            yield Span(*m.span("v"), "ADDRESS")
        for m in _RECORD_TOWN.finditer(vtext, a, b):
            yield Span(*m.span("city"), "CITY")
            yield Span(*m.span("zip"), "ZIP")


def with_logins(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` and the log-in names made from the names among them (see
    :func:`_logins_of_names`); the tagger's names count too."""
    taken = [(s.start, s.end) for s in spans]
    logins = [
        sp
        for sp in _logins_of_names(text, spans)
        if not any(a < sp.end and sp.start < b for a, b in taken)
    ]
    return sorted([*spans, *logins], key=lambda s: (s.start, s.end)) if logins else spans


_LOWER_TOKEN = re.compile(r"(?<![\w@.-])[a-z][a-z._]{2,24}[a-z]\d{0,3}(?![\w@]|\.\w)")


def _logins_of_names(text: str, spans: list[Span]) -> Iterator[Span]:
    """Log-in names made from a person's name found in the note: "jking" and
    "j.king" beside Jolene King, "lmay" beside Lorraine May (an initial and a
    surname, a first name and an initial, the two joined)."""
    made: set[str] = set()
    for s in spans:
        if s.category != "NAME":
            continue
        value = text[s.start : s.end]
        found = re.findall(r"[^\W\d_]{2,}|,", value)
        words = [fold(w) for w in found if w != "," and fold(w) not in _CRED_SET]
        if len(words) < 2:
            continue
        surname_first = len(found) > 2 and found[1] == "," and fold(found[2]) not in _CRED_SET
        first, last = (words[1], words[0]) if surname_first else (words[0], words[-1])
        for login in (first[0] + last, first + last[0], f"{first}.{last}", f"{first}_{last}",
                      first + last, f"{first[0]}.{last}"):  # fmt: skip
            if len(login) >= 4:
                made.add(login)
    if not made:
        return
    for m in _LOWER_TOKEN.finditer(text):
        word = m.group().rstrip("0123456789")
        if word in made and english_frequency(word) < EVERYDAY_FREQUENCY:
            yield Span(m.start(), m.end(), "NAME")


def _find_candidates(text: str, names: NameFinder, known_names: Iterable[str]) -> list[Span]:
    """Every candidate identifier in ``text``, overlapping."""
    cands: list[Span] = []

    def add(start: int, end: int, cat: str) -> None:
        if end > start:
            cands.append(Span(start, end, cat))

    for m in _EMAIL.finditer(text):
        add(m.start(), m.end(), "EMAIL")
    for m in _URL.finditer(text):
        add(m.start(), m.end(), "URL")
    for m in _IPV4.finditer(text):
        add(m.start(), m.end(), "IP")
    for m in _IPV6.finditer(text):
        if re.search(r"[a-f]", m.group(), re.I) or m.group().count(":") >= 4:
            add(m.start(), m.end(), "IP")
    for m in _SSN.finditer(text):
        add(*_vspan(m), "SSN")
    for m in _PHONE.finditer(text):
        add(m.start(), m.end(), "PHONE")
    for m in _INTL_PHONE.finditer(text):
        if 8 <= sum(c.isdigit() for c in m.group()) <= 15:
            add(m.start(), m.end(), "PHONE")
    for m in _PHONE_CTX.finditer(text):
        if sum(c.isdigit() for c in m.group("v")) >= 5:
            add(m.start("v"), m.end("v"), "PHONE")
    for rx, cat in _LABELLED:
        for m in rx.finditer(text):
            v = m.group("v")
            # "ENCOUNTER 07-JUL-2018", "chart 2024-03-11T14:22:05": a date, not a number
            if not _DAY_MON_YEAR.fullmatch(v) and not _ISO_DAY.match(v):
                add(m.start("v"), m.end("v"), cat)
    for m in _SLASHED_ID.finditer(text):
        if sum(c.isdigit() for c in m.group("v")) >= 4:
            add(*m.span("v"), "MRN" if m.group("mrn") else "ID")
    for m in _ACCOUNT_ENDING.finditer(text):
        add(*m.span("v"), "ACCOUNT")
    for m in _LICENSE_DOTTED.finditer(text):
        add(*m.span("v"), "LICENSE")
    for m in _LICENSE_SPACED.finditer(text):
        add(*m.span("v"), "LICENSE")
    for m in _AT_HANDLE.finditer(text):
        add(*m.span("v"), "NAME")
    for m in _CHAT_HANDLE.finditer(text):
        v = m.group("v")
        if is_username(v) or (english_frequency(fold(v)) == 0 and fold(v) not in NOT_NAME):
            add(*m.span("v"), "NAME")
    for m in _BY_HANDLE.finditer(text):
        v = m.group("v")
        if fused_username(v) or numbered_username(v) or foreign_word(fold(v)) or is_username(v):
            add(*m.span("v"), "NAME")
    for m in _INITIAL_SURNAME.finditer(text):
        sur = fold(m.group("s"))
        if foreign_word(sur) and not species(sur) and not eponym_at(text, *m.span("s")):
            add(*m.span("v"), "NAME")
    for m in _INITIALS_KEY.finditer(text):
        words = re.split(r"[ \t-]", m.group("n"))
        if m.group("v") == "".join(w[0] for w in words) and not all(
            english_frequency(fold(w)) >= EVERYDAY_FREQUENCY for w in words
        ):  # "BP = Blood Pressure" is no person
            add(*m.span("v"), "NAME")
    for m in _ROLE_HANDLE.finditer(text):
        v = m.group("v").lower()
        if (
            fused_username(v)
            or numbered_username(v)
            or (m.group("v").islower() and foreign_word(v))  # "abstractor dwojcik"
        ):
            add(*m.span("v"), "NAME")
    for m in _NEE.finditer(text):
        if fold(m.group("v")) not in NOT_NAME:
            add(*m.span("v"), "NAME")
    first_names, surnames = name_lexicon()
    for m in _FAMILY_PLURAL.finditer(text):
        plural = fold(m.group("v"))
        one = plural[:-2] if plural.endswith(("ches", "shes", "ses", "xes", "zes")) else plural[:-1]
        if one in surnames and one not in NOT_NAME and english_frequency(plural) < 1000:
            add(*m.span("v"), "NAME")
    for m in _WITNESS_INITIALS.finditer(text):
        if fold(m.group("v")) not in _CRED_SET:  # "Witness: RN", not a person's initials
            add(*m.span("v"), "NAME")
    for m in _INITIALS_LABEL.finditer(text):
        v = fold(m.group("v").replace(".", ""))
        if v not in CLINICAL_ABBREVIATIONS and v not in ("mrn", "npi", "ssn", "dob", "id"):
            add(*m.span("v"), "NAME")
    for m in _HANDLE_SPEAKER.finditer(text):
        handle = fold(m.group("v"))
        if english_frequency(handle) < EVERYDAY_FREQUENCY and handle not in NOT_NAME:
            add(*m.span("v"), "NAME")  # not "@home:" or "@all:"
    for m in _PARTICLE_NAME.finditer(text):
        given, word = m.group("g"), fold(m.group("w"))
        if m.group("p") == "St." and word not in first_names and word not in surnames:
            continue  # "on Cumberland St. Worked nights": a street, then a sentence
        if given is None:
            add(*m.span("s"), "NAME")
        elif fold(given) not in NOT_NAME and (
            fold(given) in first_names or english_frequency(fold(given)) < EVERYDAY_FREQUENCY
        ):
            add(m.start("g"), m.end("s"), "NAME")
    for m in _SUBJECT_LINE.finditer(text):
        if fold(m.group("i").replace("-", "")) not in CLINICAL_ABBREVIATIONS:
            add(*m.span("v"), "ID")
            add(*m.span("i"), "NAME")
    for m in _SUBJECT_ID.finditer(text):
        v = m.group("v")
        if len(v) >= 3 and (v[0] == "0" or "-" in v or v[0].isalpha() or len(v) >= 4):
            add(*m.span("v"), "ID")
    for m in _A_NUMBER.finditer(text):
        add(*m.span("v"), "ID")
    for m in _VIN.finditer(text):
        add(m.start(), m.end(), "VEHICLE")
    for m in _TRACKING.finditer(text):
        add(m.start(), m.end(), "ID")
    for m in _RX_NUMBER.finditer(text):
        add(*m.span("v"), "ID")
    for m in _EMS_UNIT.finditer(text):
        add(*_vspan_any(m, ("v", "v2", "v3")), "VEHICLE")
    for m in _VEHICLE_PLATE.finditer(text):
        if m.group("st") in US_STATES and any(c.isdigit() for c in m.group("v")):
            add(*m.span("v"), "VEHICLE")
    for m in _PLATE.finditer(text):
        add(*m.span("v"), "VEHICLE")
    for m in _SPACED_NUMBER.finditer(text):
        if sum(c.isdigit() for c in m.group("v")) >= 7:
            cat = "HEALTH_PLAN" if m.group("hp") else "ID" if m.group("idl") else "LICENSE"
            add(*m.span("v"), cat)
    for m in _ROW_ID_BEFORE_NAME.finditer(text):
        add(*m.span("v"), "ID")
    for m in _CARD.finditer(text):
        add(m.start(), m.end(), "ACCOUNT")
    for m in _SSN_LAST4.finditer(text):
        add(*m.span("v"), "SSN")
    for m in _PHONE7.finditer(text):
        add(*_vspan(m), "PHONE")
    for m in _EXTENSION.finditer(text):
        add(*m.span("v"), "PHONE")
    for m in _LONG_ID.finditer(text):
        if not _COMPACT_DAY.fullmatch(m.group()):
            add(m.start(), m.end(), "ID")
    for m in _COMPACT_DAY.finditer(text):
        add(m.start(), m.end(), "DATE")
    for m in _BADGE.finditer(text):
        add(*m.span("v"), "ID")
    for start, end in _date_candidates(text):
        add(start, end, "DATE")
    for m in _AGE.finditer(text):
        for grp in ("n", "n2", "n3", "n4"):
            if m.group(grp):
                add(m.start(grp), m.end(grp), "AGE")
    for m in _NAME_COMMA_AGE.finditer(text):
        if not _VITAL_BEFORE.search(text[max(0, m.start("n") - 30) : m.start("n")]):
            add(*m.span("n"), "AGE")
    for m in _ZIP_LABEL.finditer(text):
        add(*m.span("v"), "ZIP")
    for rx in (_DOB_PAREN_AGE, _DOB_EQ_AGE, _SAID_AGE):
        for m in rx.finditer(text):
            add(*_vspan_any(m, ("n2", "n")), "AGE")
    for m in _SEX_AGE.finditer(text):
        add(*_vspan_any(m, ("n", "n2", "n3", "n4")), "AGE")
    for rx in (_DEATH_OR_SELF_AGE, _KIN_AGE, _OTHER_AGE):
        for m in rx.finditer(text):
            add(*_vspan_any(m, ("n", "n2", "n3")), "AGE")
    for m in _OTHER_SCRIPT_NAME.finditer(text):
        add(*_vspan(m), "NAME")
    for rx in (_USERNAME_RE, _LOG_ROW_USER):
        for m in rx.finditer(text):
            v = m.group("v")
            if (
                text.startswith(":", m.end("v"))
                and not text[m.start() : m.start("v")].strip(" \t\"'@").isalpha()
            ):
                continue  # "- dm2:": a list's heading; "analyst bwhitfield:" stays
            if is_username(v) or foreign_word(fold(v)):
                add(*m.span("v"), "NAME")
    for m in _AT_AGE.finditer(text):
        if not _VITAL_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
            add(*m.span("n"), "AGE")
    for m in _RELATION_PAREN_AGE.finditer(text):
        add(*m.span("n"), "AGE")
    for m in _FUSED_USERNAME.finditer(text):
        if fused_username(m.group()) or numbered_username(m.group()):
            add(m.start(), m.end(), "NAME")
    for m in _NUMBER_WORD_AGE.finditer(text):
        after = text[m.end() : m.end() + 12]
        before = text[max(0, m.start() - 12) : m.start()]
        if (
            re.match(r"[- ](?:years?|yrs?|yo\b|y/o)", after, _I)
            or _AGE_CUE_BEFORE.search(
                before.split(",")[-1] if not before.rstrip().endswith(",") else before
            )
            or re.search(r"[A-Za-z]{2}[ \t]*\($|[a-z]{2},[ \t]*$|[A-Z]{2},[ \t]*$", before)
        ):  # "Sister Lydia (ninety-four)", "DOTTIE KRAUSS, NINETY-TWO."
            add(*m.span("n"), "AGE")
    streets = [m.span() for m in _STREET.finditer(text)]
    streets += [m.span() for m in _STREET_LOWER.finditer(text)]
    streets += [m.span("v") for m in _STREET_BARE.finditer(text)]
    streets += [_vspan(m) for m in _STREET_BARE_LOWER.finditer(text)]
    for m in _STREET_CROSS.finditer(text):
        streets += [m.span("a"), m.span("b")]
    for m in _APT.finditer(text):
        add(m.start(), m.end(), "ADDRESS")
    for start, end in streets:
        add(start, end, "ADDRESS")
    for sp in _places(text, streets):
        add(sp.start, sp.end, sp.category)
    for start, end in streets:
        # "5 Rampart Way, Sandy UT": the words between a street and a state
        # are its town, whatever they mean elsewhere
        town = _TOWN_AFTER_STREET.match(text, end)
        if town:
            add(*town.span("city"), "CITY")
        tail = _STREET_TAIL.match(text, end)
        tail_end = tail.end() if tail else end
        unit = _UNIT_BEFORE.search(text, max(0, start - 20), start)
        if tail_end > end or unit:
            add(unit.start() if unit else start, tail_end, "ADDRESS")
        towns = _TOWNS_TO_POSTCODE.match(text, tail_end)
        if towns:
            at = towns.start("towns")
            for part in towns.group("towns").split(","):
                name = part.strip()
                if (
                    name
                    and fold(name.split()[-1]) not in _STREET_TYPES
                    and not _UNIT_WORDS & {fold(w) for w in name.split()}
                ):
                    begin = text.index(name, at)
                    add(begin, begin + len(name), "CITY")
                at += len(part) + 1
        pc = re.compile(r"[ \t]*(\d{4})\b").match(text, towns.end()) if towns else None
        if (
            towns
            and pc
            and not _UNIT_WORDS & {fold(w) for w in re.findall(r"\w+", towns.group("towns"))}
        ):
            add(*pc.span(1), "ZIP")  # "Cape Town 7700"
    places = place_names()
    for m in _MILE_MARKER.finditer(text):
        add(m.start(), m.end(), "ADDRESS")
    for m in _AU_STATE_POSTCODE.finditer(text):
        add(*m.span("eir" if m.group("eir") else "au"), "ZIP")
    for m in _TOWN_BEFORE_POSTCODE.finditer(text):
        if fold(m.group("town").split()[-1]) not in _STREET_TYPES:
            add(*m.span("town"), "CITY")
    for m in _FOREIGN_POSTCODE.finditer(text):
        if m.group("uk"):
            add(*m.span("uk"), "ZIP")
        elif m.group("cp"):
            add(*m.span("cp"), "ZIP")
        elif m.group("sg"):
            add(*m.span("sg"), "ZIP")
        elif m.group("cep") or m.group("cep2"):
            add(*m.span("cep" if m.group("cep") else "cep2"), "ZIP")
        elif fold(m.group("city")) in places:
            add(*m.span("pin"), "ZIP")
    for m in _ADDRESS_LINE_POSTCODE.finditer(text):
        if fold(m.group("town").split()[-1]) not in _STREET_TYPES:
            add(*m.span("town"), "CITY")
            add(*m.span("pc"), "ZIP")
    for m in _CITY_ST.finditer(text):
        if m.group("state") in ("MD", "PA", "DO", "OT", "PT", "OR", "IN", "ME", "OK", "HI"):
            continue
        words = m.group("city").split()
        k = _place_words(words, places, from_end=True)
        if k:
            city = " ".join(words[-k:])
            add(m.end("city") - len(city), m.end("city"), "CITY")
    for m in _CITY_STATE.finditer(text):
        if m.group("state") in ("MD", "PA", "DO", "OT", "PT") and not m.group("zip"):
            continue  # "Jane Doe, MD" is a credential, not Maryland
        city_words = m.group("city").split()
        if not m.group("zip") and not _place_words(city_words, places, from_end=True):
            continue  # "white Civic, MA plate", "PowerPort, ID card": no town
        if m.group("zip"):
            # a ZIP code follows: strip leading clinical/common words only
            k = 0
            while k < len(city_words) - 1 and (
                fold(city_words[k].strip(".")) in NOT_NAME
                and fold(city_words[k].strip(".")) not in _CITY_PREFIX
            ):
                k += 1
        else:
            # keep only the trailing words that are not clinical/common words
            k = len(city_words)
            while k > 0 and (
                fold(city_words[k - 1].strip(".")) not in NOT_NAME
                or fold(city_words[k - 1].strip(".")) in _CITY_PREFIX
            ):
                k -= 1
        start = m.start("city") + len(" ".join(city_words[:k])) + (1 if k else 0)
        if start < m.end("city"):
            add(start, m.end("city"), "CITY")
        if m.group("zip"):
            add(m.start("zip"), m.end("plus4") if m.group("plus4") else m.end("zip"), "ZIP")
    for m in _ZIP_CTX.finditer(text):
        add(*_vspan(m), "ZIP")
    for m in _CITY_CTX.finditer(text):
        words = m.group("city").split()
        keep: list[str] = []
        for w in words:
            if fold(w.strip(".")) in NOT_NAME:
                break
            keep.append(w)
        if keep:
            city = " ".join(keep).rstrip(".")
            add(m.start("city"), m.start("city") + len(city), "CITY")
    for m in _PLACE_CUE.finditer(text):
        # a known town or city after a word that places someone: the longest
        # run of its capitalised words the gazetteer knows
        words = m.group("city").split()
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k]).rstrip(".,")
            f = fold(name)
            after = text[m.start("city") + len(name) : m.start("city") + len(name) + 30]
            if (
                f in places
                and (k > 1 or (f not in NOT_NAME and english_frequency(f) < EVERYDAY_FREQUENCY))
                and f not in names.first
                and not _ORG_AFTER.match(after)
            ):
                add(m.start("city"), m.start("city") + len(name), "CITY")
                break
    for s, e in names.find(text, known_names):
        words = text[s:e].split()
        if any(fold(w) in _ID_LABEL_WORDS for w in words) and all(
            fold(w) in _ID_LABEL_WORDS or w in US_STATES or len(w) == 1 for w in words
        ):
            continue  # "pt DL 31 227 846", "NY DL", "NJ DL W1827 ...": a licence's label
        if text[s:e] in ("M", "F") and re.search(r"\d[ \t]?$", text[max(0, s - 3) : s]):
            continue  # "54 M, OTR truck driver": a sex after an age
        if specimen_part(text, s, e):
            continue  # "A. Colon, sigmoid, biopsy": a pathology report's specimen part
        add(s, e, "NAME")
    for span in find_initials(text):
        add(span.start, span.end, "NAME")
    for span in _field_spans(text):
        add(span.start, span.end, span.category)
    for span in _spoken_spans(text):
        add(span.start, span.end, span.category)
    for span in (
        *_hl7_addresses(text),
        *_table_spans(text),
        *_row_key_spans(text),
        *_caret_names(text),
        *_x12_spans(text),
        *_machine_spans(text),
        *_sql_spans(text),
        *_vcard_spans(text),
    ):
        add(span.start, span.end, span.category)
    # A log-in name found once is the same person wherever else it stands
    # ("Finding: lrosenthal not on care team" after the log's rows).
    logins = set()
    for c in cands:
        word = text[c.start : c.end]
        if (
            c.category == "NAME"
            and len(word) >= 5
            and _USERNAME_SHAPE.fullmatch(word)
            and (is_username(word) or foreign_word(fold(word)))
        ):
            logins.add(word)
    for login in logins:
        for m in re.finditer(rf"(?<![\w.@-]){re.escape(login)}(?![\w@-]|\.\w)", text):
            add(m.start(), m.end(), "NAME")
    return cands


# Structured fields pasted into notes: key=value exports, JSON and XML
# ('patient_name="Sørensen, Ingrid K"', '"city": "Barre"', '<family>Bouchard</family>',
# 'zip=98225', 'age=92', 'to=tadebayo'). The key names the value's category; a
# key is read with case, "_", "-" and "." dropped.
_FIELD_KEY = r"[A-Za-z][A-Za-z0-9_.-]{0,40}"
_FIELD_KEY_RE = re.compile(
    rf"(?<![\w.-]){_FIELD_KEY}(?==[^=\s]|\"[ \t]*:)|(?<=\")({_FIELD_KEY})(?=\"[ \t]*:)"
)
_FIELD_RE = re.compile(
    # an upper-case key whose value runs to the next key: "PU_ADDR1=118 RIVERVIEW TER PU_CITY="
    # (before the one-word value below, which would stop at the first space)
    r"(?<![\w.-])(?P<k9>[A-Z][A-Z0-9_]{1,30})="
    r"(?P<w>[A-Z0-9][A-Z0-9.'#-]*(?: [A-Z0-9][A-Z0-9.'#-]*)+)"
    r"(?=[ \t]+[A-Z][A-Z0-9_]{1,30}=|[ \t]*$)|"
    rf"(?<![\w.-])(?P<k1>{_FIELD_KEY})=(?:\"(?P<q1>[^\"\n]{{1,80}})\"|'(?P<q2>[^'\n]{{1,80}})'"
    r"|(?P<u>[^\s&|,;\"'<>=]{1,60}))"
    rf"|\"(?P<k2>{_FIELD_KEY})\"[ \t]*:[ \t]*(?:\"(?P<q3>[^\"\n]{{1,80}})\"|(?P<n>\d{{1,12}})\b"
    r"|\[[ \t]*\"(?P<q4>[^\"\n]{1,80})\")"
    rf"|<(?P<k3>{_FIELD_KEY})(?:[ \t][^<>\n]{{0,80}})?>(?P<x>[^<>\n]{{1,80}})</(?P=k3)>"
    # FHIR XML: '<postalCode value="01930"/>'; YAML and flow style with a quoted
    # value: 'postalCode: "79936"', 'line: ["1406 Calle Pradera"]'
    rf"|<(?P<k4>{_FIELD_KEY})[ \t]+value=\"(?P<q5>[^\"\n]{{1,80}})\""
    rf"|(?<![\w.\"-])(?P<k5>{_FIELD_KEY}):[ \t]*\[?[ \t]*\"(?P<q6>[^\"\n]{{1,80}})\""
    # SQL: "SET last_name = 'Kowalczyk'", "WHERE mrn = '00412277'", "last_name ILIKE 'quigg%'"
    rf"|(?<![\w.-])(?P<k6>{_FIELD_KEY})(?:[ \t]+=|[ \t]+(?i:i?like))[ \t]*"
    r"'%?(?P<q7>[^'%\n]{1,80})%?'"
    # a Python dict's repr: "'zip': '05301'"
    rf"|'(?P<k7>{_FIELD_KEY})'[ \t]*:[ \t]*'(?P<q8>[^'\n]{{1,80}})'"
    # YAML without quotes, nested or in a list, the value to the line's end (no column
    # gap in it): "    city: Norwich", "  - family: Kowalczyk"
    rf"|^(?:[ \t]{{2,}}(?:-[ \t]+)?|-[ \t]+)(?P<k8>{_FIELD_KEY}):[ \t]+"
    r"(?P<y>[^\s\"'\[{#](?:(?![ \t]{2})[^\n#]){0,60}?)[ \t]*$",
    re.M,
)
_NAME_KEY_STEM = (
    "name", "fullname", "firstname", "lastname", "middlename", "givenname", "familyname",
    "fname", "lname", "given", "family", "surname", "nickname", "preferredname",
)  # fmt: skip
_NAME_KEY_PREFIX = (
    "", "patient", "pt", "ec", "nok", "guarantor", "subscriber", "guardian", "mother",
    "father", "contact", "emergencycontact", "spouse", "caregiver", "provider", "attending",
    "referring", "ordering", "pcp", "employee", "member", "insured", "parent",
)  # fmt: skip
_FIELD_KEY_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("NAME", (
        *(p + s for p in _NAME_KEY_PREFIX for s in _NAME_KEY_STEM),
        "user", "username", "userid", "login", "createdby", "modifiedby", "enteredby",
        "reviewedby", "signedby", "author", "sender", "recipient", "reader", "to", "from",
        "owner", "assignee", "requester", "requestor", "technician", "tech", "nurse",
        "physician", "doctor", "provider", "attending", "pcp", "ecname", "nok", "ec",
        "changedby", "updatedby", "approvedby", "orderedby", "performedby", "verifiedby",
        # NEMSIS: ePatient.02-.04 last, first and middle name
        "epatient02", "epatient03", "epatient04", "initials", "subjectinitials", "ptinitials",
    )),
    ("CITY", ("city", "town", "municipality", "ptcity", "patientcity", "eccity", "epatient06",
              "placeofdeath", "placeofbirth", "birthplace", "cityofbirth", "cityofdeath")),
    ("ZIP", (
        "zip", "zipcode", "postalcode", "postcode", "ptzip", "patientzip", "zip5", "epatient09",
    )),
    ("ADDRESS", (
        "addr", "addr1", "addr2", "address", "address1", "address2", "street",
        "streetaddress", "streetaddressline", "line", "line1", "line2", "homeaddress",
        "addressline1", "addressline2", "epatient05",
    )),
    ("PHONE", (
        "phone", "phonehome", "phonecell", "phonework", "homephone", "cellphone", "cell",
        "mobile", "tel", "telephone", "ecphone", "contactphone", "callback", "callbacknumber",
    )),
    ("AGE", ("age", "ptage", "patientage", "ageyears", "epatient15", "ageatsvc", "ageatservice",
             "ageatvisit", "ageatadmit", "ageatdeath", "ageatdx", "ageatdiagnosis")),
    ("MRN", ("mrn", "medicalrecordnumber", "patientmrn", "ptmrn", "chartnumber")),
    ("SSN", ("ssn", "socialsecuritynumber", "ssn4", "ssnlast4", "last4ssn", "ssnl4")),
    ("DATE", ("dob", "birthdate", "dateofbirth", "birthtime", "dod", "deathdate", "epatient17",
              "deceaseddatetime", "deceaseddate")),
    ("ID", (
        "sessionid", "ticket", "ticketid", "caseid", "claimid", "encounterid", "visitid",
        "accession", "accessionnumber", "orderid", "specimenid", "subjectid", "studyid",
        "passport", "passportnumber", "npi", "employeeid", "badge", "badgeid",
        "rxnumber", "prescriptionnumber", "claimnumber", "patient", "patientid",
        "encounter", "ptkey", "patientkey", "personkey", "linkkey", "linkagekey",
        "subjectno", "subjectnumber", "screeningno", "screeningnumber", "randomizationno",
    )),
    ("VEHICLE", ("plate", "plateno", "platenumber", "licenseplate", "vehicleplate", "vin")),
    ("LICENSE", (
        "dl", "dlnumber", "driverslicense", "driverlicense", "dea", "deanumber",
        "licensenumber", "statelicensenumber",
    )),
    ("HEALTH_PLAN", (
        "memberid", "subscriberid", "policynumber", "policyno", "medicaidid", "medicareid",
        "mbi", "groupnumber", "insuranceid",
    )),
    ("ACCOUNT", ("account", "accountnumber", "acct", "acctno", "fin", "csn", "har")),
)  # fmt: skip
_FIELD_KEYS = {key: cat for cat, keys in _FIELD_KEY_GROUPS for key in keys}
_NUMBER_FIELDS = frozenset(
    {"ZIP", "PHONE", "MRN", "SSN", "DATE", "ID", "VEHICLE", "LICENSE", "HEALTH_PLAN", "ACCOUNT"}
)
# Keys whose value is a person only where it is shaped like a log-in name or a
# name ("to=tadebayo", not "to=ED" or "from=lab").
_LOOSE_NAME_KEYS = frozenset({"to", "from", "owner", "tech", "user", "reader", "ec", "nok"})


# An HL7 v2 segment's person name (XPN/XCN: family^given^middle): "PID|1||...||
# ABERNATHY^ROSALIND^M||...", "PV1|...|1093847561^NAKAMURA^KENJI^^^MD".
_HL7_SEGMENT = re.compile(
    r"^(?:PID|PV1|PV2|NK1|IN1|IN2|GT1|OBR|ORC|ROL|PD1|OBX|TXA|EVN|MRG|AIP|STF|PRD)\|.*$", re.M
)
_HL7_NAME = re.compile(
    r"(?:(?<=\|)|(?<=\|\d{4})|(?<=\^)|(?<=~))"
    r"(?P<v>[A-Z][A-Za-z'\u2019-]{1,30}\^[A-Z][A-Za-z'\u2019-]{1,30}"
    r"(?:\^[A-Z][A-Za-z'\u2019-]{0,30})?)(?=[\^|~]|$)"
)


def _caret_words(value: str) -> list[str] | None:
    """The folded words of a caret-joined name ("ABARA^NGOZI^C"), or None when
    one of them says it is no person: "HOSP^MR", "LAB^RESULT", "Keene^NH"."""
    parts = [w for w in value.split("^") if w]
    words = [fold(w) for w in parts]
    if any(
        (len(w) > 1 and (w in CLINICAL_ABBREVIATIONS or w in NOT_NAME)) or p in US_STATES
        for w, p in zip(words, parts, strict=True)
    ):
        return None
    return words


# A person's name as DICOM (PN) and HL7 write it, outside an HL7 segment: a
# DICOM header dump's "Patient Name   ABARA^NGOZI^C", a log's "pid5=...".
_CARET_NAME = re.compile(
    r"(?<![\w^|~])(?P<v>[A-Z][A-Za-z'\u2019-]{1,30}\^[A-Z][A-Za-z'\u2019-]{1,30}"
    r"(?:\^[A-Z][A-Za-z'\u2019-]{0,30})?)(?![\w^~])"
)


def _caret_names(text: str) -> Iterator[Span]:
    """Caret-joined person names: in HL7 v2 segments pasted into a note, and
    outside them (DICOM dumps, logs)."""
    first, last = name_lexicon()
    in_segments = []
    for seg in _HL7_SEGMENT.finditer(text):
        in_segments.append(seg.span())
        for m in _HL7_NAME.finditer(text, seg.start(), seg.end()):
            words = _caret_words(m.group("v"))
            if words is None:
                continue
            if seg.group()[:3] in (
                "PID",
                "NK1",
                "GT1",
                "IN1",
                "PV1",
                "ROL",
                "MRG",
                "AIP",
                "STF",
            ) or any(
                w in first or w in last or foreign_word(w) for w in words
            ):  # the segments whose name fields hold people
                yield Span(*m.span("v"), "NAME")
    for m in _CARET_NAME.finditer(text):
        if any(a <= m.start() < b for a, b in in_segments):
            continue  # read above, by the segment's rules
        words = _caret_words(m.group("v"))
        if words is not None and any(
            w in first or w in last or foreign_word(w) for w in words if len(w) > 1
        ):
            yield Span(*m.span("v"), "NAME")


# X12 EDI (837 claims, 270/271 eligibility, 835 remittance): segments end in
# "~" and their elements are set apart by "*". NM1 names a party (a person when
# its second element is 1) and its ID by a qualifier; N3 holds a street, N4 a
# city, state and ZIP; CLM opens with the patient's account number; REF and PER
# carry more numbers by qualifier.
_X12_SEGMENT = re.compile(r"(?:^|(?<=~))[ \t\n]*(?P<seg>NM1|N3|N4|CLM|REF|PER)\*(?P<body>[^~\n]*)")
_X12_NM1_ID = {"MI": "HEALTH_PLAN", "34": "SSN", "II": "ID", "XX": "ID", "MR": "MRN"}
_X12_REF = {
    "EA": "MRN", "SY": "SSN", "1W": "HEALTH_PLAN", "IG": "HEALTH_PLAN", "6P": "HEALTH_PLAN",
    "D9": "ID", "F8": "ID", "9F": "ID", "G1": "ID", "EJ": "ACCOUNT", "1L": "HEALTH_PLAN",
}  # fmt: skip
_X12_PHONE = frozenset({"TE", "HP", "WP", "CP", "BN", "FX", "EX"})


def _pieces(text: str, start: int, end: int, sep: str) -> list[tuple[int, int, str]]:
    """``text[start:end]`` split at ``sep``: (start, end, piece) for each piece."""
    out = []
    pos = start
    for piece in text[start:end].split(sep):
        out.append((pos, pos + len(piece), piece))
        pos += len(piece) + 1
    return out


def _x12_spans(text: str) -> Iterator[Span]:
    """The people, places and numbers in X12 EDI segments pasted into a note."""
    if "*" not in text or "~" not in text:
        return
    for m in _X12_SEGMENT.finditer(text):
        seg = m.group("seg")
        el = _pieces(text, *m.span("body"), "*")
        vals = [e[2] for e in el]
        if seg == "NM1" and len(el) >= 4:
            if vals[1] == "1":  # a person: last, first, middle
                for a, b, v in el[2:5]:
                    if v and re.fullmatch(r"[^\W\d_][\w'\u2019 .-]*", v):
                        yield Span(a, b, "NAME")
            if len(el) >= 9 and vals[7] in _X12_NM1_ID and any(c.isdigit() for c in vals[8]):
                yield Span(el[8][0], el[8][1], _X12_NM1_ID[vals[7]])
        elif seg == "N3":
            for a, b, v in el[:2]:
                if v.strip() and re.search(r"\d|(?i:box)", v):
                    yield Span(a, b, "ADDRESS")
        elif seg == "N4" and len(el) >= 3:
            a, b, v = el[0]
            if v.strip() and v.strip() not in US_STATES:
                yield Span(a, b, "CITY")
            a, b, v = el[2]
            if re.fullmatch(r"\d{5}(?:-?\d{4})?", v):
                yield Span(a, b, "ZIP")
        elif seg == "CLM" and el and any(c.isdigit() for c in vals[0]):
            yield Span(el[0][0], el[0][1], "ACCOUNT")
        elif seg == "REF" and len(el) >= 2 and vals[0] in _X12_REF:
            if any(c.isdigit() for c in vals[1]):
                yield Span(el[1][0], el[1][1], _X12_REF[vals[0]])
        elif seg == "PER":
            if len(el) >= 2 and re.fullmatch(r"[^\W\d_][\w'\u2019 .,-]*", vals[1] or "-"):
                yield Span(el[1][0], el[1][1], "NAME")
            for k in range(2, len(el) - 1, 2):
                if vals[k] in _X12_PHONE and re.fullmatch(r"\d{10,11}(?:X\d{1,5})?", vals[k + 1]):
                    yield Span(el[k + 1][0], el[k + 1][1], "PHONE")


# DICOM: an age string over 89 ("094Y", as a dump or DICOM JSON writes it)
# and a study's or an image's instance UID.
_DICOM_AGE = re.compile(r"(?<![\w.])(?P<v>0?9\d|1[01]\d)Y(?!\w)")
_DICOM_UID = re.compile(
    r"(?i:uid\b[^\n]{0,40}?|\"vr\"[ \t]*:[ \t]*\"UI\"[^\n]{0,30}?)"
    r"(?<![\w.])(?P<v>(?!1\.2\.840\.10008\.)[12](?:\.(?:0|[1-9]\d{0,38})){5,})(?![\w.])"
)
# A FHIR resource's own id and the patient a reference points to
# ('"reference": "Patient/71150"', '<id value="pat-3F11"/>' in a Patient).
_FHIR_REFERENCE = re.compile(
    r"\b(?:Patient|RelatedPerson|Person)/(?P<v>[A-Za-z0-9][A-Za-z0-9.-]{0,63})(?![\w/])"
)
_FHIR_PATIENT_ID = re.compile(
    r"(?:\"resourceType\"[ \t]*:[ \t]*\"(?:Patient|RelatedPerson|Person)\"|"
    r"resourceType:[ \t]*(?:Patient|RelatedPerson|Person)\b|<(?:Patient|RelatedPerson|Person)\b)"
    r"[^{}]{0,200}?(?:\"id\"[ \t]*:[ \t]*\"|\bid:[ \t]*\"?|<id[ \t]+value=\")"
    r"(?P<v>[A-Za-z0-9][A-Za-z0-9.-]{0,63})"
)


# A web server's log line (common log format): the user and the request time,
# time included ('10.12.8.40 - tfairweather [12/Mar/2024:10:02:20 -0500] "GET').
_CLF = re.compile(
    r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}[ \t]+\S+[ \t]+(?P<user>[^\s\[\]]+)[ \t]+"
    r"\[(?P<when>\d{1,2}/[A-Z][a-z]{2}/\d{4}:\d\d:\d\d:\d\d)[ \t]+[+-]\d{4}\]"
)
# The same request time elsewhere ('"requestTime":"05/Nov/2024:21:14:09 +0000"').
_CLF_TIME = re.compile(r"(?<![\w/])(?P<v>\d{1,2}/[A-Z][a-z]{2}/\d{4}:\d\d:\d\d:\d\d)(?![\w:])")
# A request path whose query names a patient ("GET /api/v2/patients?mrn=00418832&dob=
# 1951-03-09&name=KOVACS%2CBEATA"): the whole path is a patient-specific link.
_QUERY_PATH = re.compile(
    r"(?<![\w/:.])(?P<v>(?:https?://[^\s/\"'<>]+)?/[\w./%-]*\?[^\s\"'<>]*?"
    r"(?i:\b(?:mrn|dob|birthdate|name|family|given|lastname|last_name|firstname|first_name|"
    r"patient|patientid|patient_id|memberid|member_id|ssn|phone|email|subscriber)=)"
    r"[^\s\"'<>]*)"
)
# A GS1 UDI in human-readable form: "(01)08717648200274(17)260930(10)4041761".
_GS1_UDI = re.compile(r"(?<![\w)])(?P<v>\(01\)\d{14}(?:\(\d{2,4}\)[A-Za-z0-9./-]{1,20})+)")
# A UUID or a long hexadecimal key after a key that ties it to a record
# ('"requestId":"c0a1f7e2-...', '<MessageID>9c41e0b7a2d84f16</MessageID>', 'UID:2f6b...').
_KEYED_UUID = re.compile(
    r"(?i:requestid|messageid|message_id|correlationid|uid|sid)[\"'>]?[ \t]*[:=][ \t]*[\"']?"
    r"|(?i:<messageid>)"
)
_UUID = re.compile(
    r"(?P<v>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?=[0-9a-f]*\d)"
    r"(?=[0-9a-f]*[a-f])[0-9a-f]{12,32}|SM[0-9a-f]{12,32})(?![\w-])",
    _I,
)
# GPS coordinates of a scene or a home ("Scene GPS 42.3418, -72.5885").
_GPS = re.compile(
    r"(?i:\bgps|coordinates|coords|lat/lon[g]?|lat,[ \t]*lon[g]?)[ \t:=]*\(?"
    r"(?P<v>-?\d{1,3}\.\d{3,},[ \t]*-?\d{1,3}\.\d{3,})"
)
# DICOM: the equipment's serial number ('(0018,1000) DeviceSerialNumber: 77410CT',
# "(0018,1000) Device Serial Number   LO: '44817CT'"); a person's name by its
# value representation, known to the name lexicon or not ("(0010,0010) PN
# [ABERNATHY^CLEO^M]"); an address's ZIP after its state ("^Hanover^NH^03755]").
_DICOM_SERIAL = re.compile(
    r"\(0018,1000\)[^\n\[\]':]{0,40}(?:\[|:[ \t]*'?|'|[ \t]{2,}LO:[ \t]*'?)"
    r"(?P<v>[A-Za-z0-9-]{3,30})"
)
_DICOM_PN = re.compile(
    r"(?:\bPN[ \t]*\[|\bPN:[ \t]*)(?P<v>[A-Z][A-Za-z'-]*(?:\^[A-Za-z][A-Za-z'-]*)*)"
)
_CARET_STATE_ZIP = re.compile(
    rf"\^(?:{_STATE_ABBR})\^(?P<v>\d{{5}}(?:-?\d{{4}})?)(?=[\^\]|~]|$)", re.M
)
# A C-CDA age as a physical quantity in years: '<value xsi:type="PQ" value="90" unit="a"/>'.
_CDA_AGE = re.compile(r"value=\"(?P<v>9\d|1[01]\d)\"[ \t]+unit=\"a\"")


# An id in a REST path ("/api/v2/patients/MRN00412277/labs", "/members/W7719320")
# and a date after a FHIR search prefix ("&date=ge2024-01-01").
_PATH_ID = re.compile(
    r"/(?i:patients?|persons?|members?|subscribers?|encounters?|accounts?|subjects?)/"
    r"(?P<v>(?=[\w.-]*\d)[A-Za-z0-9][\w.-]*)(?=[/?#\s\"',]|$)"
)
_FHIR_PREFIX_DATE = re.compile(
    r"(?<=[=,])(?:ge|le|gt|lt|eq|ne|sa|eb|ap)"
    r"(?P<v>(?:19|20)\d\d-[01]\d-[0-3]\d(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?)\b"
)
# An HL7 telecom field's area code and local number as components
# ("^PRN^PH^^^507^5550148"), and an age reported as an HL7 observation
# ("OBX|1|NM|30525-0^Age^LN||96|a^year^UCUM").
_HL7_XTN = re.compile(
    r"\^(?:PRN|WPN|ORN|NET|EMR|VHN|BPN|ASN|PRS)\^[A-Za-z.0-9]*\^[^^|~\n]*\^[^^|~\n]*\^"
    r"(?P<v>\d{3}\^\d{7})(?=[\^|~\n]|$)"
)
_HL7_OBX_AGE = re.compile(
    r"^OBX\|[^|\n]*\|NM\|[^|\n]*\^Age\b[^|\n]*\|[^|\n]*\|(?P<v>9\d|1[01]\d)(?=\|)", re.M
)


def _machine_spans(text: str) -> Iterator[Span]:
    """Identifiers in machine formats: DICOM ages and UIDs, FHIR resource ids,
    ids in REST paths, web logs, HL7 telecom components and age observations."""
    for m in _DICOM_AGE.finditer(text):
        yield Span(*m.span("v"), "AGE")
    for m in _CLF.finditer(text):
        if m.group("user") != "-" and re.fullmatch(r"[A-Za-z][\w.@-]{1,40}", m.group("user")):
            yield Span(*m.span("user"), "NAME")
    for m in _CLF_TIME.finditer(text):
        yield Span(*m.span("v"), "DATE")
    for rx, cat in (
        (_QUERY_PATH, "URL"),
        (_GS1_UDI, "DEVICE"),
        (_GPS, "ADDRESS"),
        (_DICOM_SERIAL, "DEVICE"),
        (_CARET_STATE_ZIP, "ZIP"),
        (_CDA_AGE, "AGE"),
        (_FHIR_PREFIX_DATE, "DATE"),
        (_HL7_XTN, "PHONE"),
        (_HL7_OBX_AGE, "AGE"),
    ):
        for m in rx.finditer(text):
            yield Span(*m.span("v"), cat)
    for m in _PATH_ID.finditer(text):
        v = m.group("v")
        yield Span(*m.span("v"), "MRN" if v.upper().startswith("MRN") else "ID")
    for m in _KEYED_UUID.finditer(text):
        u = _UUID.match(text, m.end())
        if u is not None:
            yield Span(*u.span("v"), "ID")
    for m in _DICOM_PN.finditer(text):
        for start, end, part in _pieces(text, *m.span("v"), "^"):
            if part and fold(part) not in _CRED_SET and fold(part) not in _TITLE_SET:
                yield Span(start, end, "NAME")
    for m in _DICOM_UID.finditer(text):
        yield Span(*m.span("v"), "ID")
    for rx in (_FHIR_REFERENCE, _FHIR_PATIENT_ID):
        for m in rx.finditer(text):
            if any(c.isdigit() for c in m.group("v")):
                yield Span(*m.span("v"), "ID")


# A table laid out with spaces, under a header row that names its columns
# ("Screen#    Init  Age  Date   Outcome"): a column's header says what its cells
# are. Cells are split at two or more spaces or a tab.
_CELL_GAP = re.compile(r"[ \t]{2,}|\t")
_COLUMN_HEADERS = {
    "NAME": ("name", "patient", "pt", "ptname", "patientname", "init", "initials", "ptinitials",
             "resident", "member", "subjectinitials", "caller", "contact", "visitor",
             "attending", "prescriber", "operator", "notedby", "enteredby", "collector",
             "collectedby", "performedby", "signedby", "clinician", "provider", "surgeon",
             "anesthesia", "anesthesiologist", "crna", "nurse", "assignednurse", "assignedrn",
             "sitter", "transporter", "therapist", "casemanager", "socialworker", "physician",
             "fullname", "firstname", "lastname", "surname", "givenname", "lastfirst",
             "user", "username", "userid", "login", "loginid", "employee", "guardian",
             "nextofkin", "nok", "emergencycontact", "decedent", "client", "student", "last",
             "first", "lname", "fname", "middle", "mi", "lastnm", "firstnm", "ptlast",
             "ptfirst", "patlast", "patfirst", "patmiddle", "patname", "patientlast",
             "patientfirst", "ptinit", "inits", "subjinit", "subjinitials", "prov", "rn",
             "attg", "resp", "respnurse", "respprov"),
    "AGE": ("age", "ageyrs", "ageyears", "agey", "ageatdeath"),
    "DATE": ("date", "dob", "visitdate", "admit", "admitdate", "adm", "seen", "dateseen",
             "dcdate", "discharge", "consentdate", "screendate", "callback", "datetime",
             "onset", "filldate", "filled", "datefilled", "collected", "drawn", "dateofbirth",
             "birthdate", "dod", "dateofdeath", "admitted", "discharged", "dos", "servicedate",
             "appt", "apptdate", "appointment", "surgerydate", "procdate", "exposure",
             "exposuredate", "onsetdate", "symptomonset", "reportdate", "reported",
             "collectiondate", "specimendate", "lastcontact", "lastseen", "timestamp",
             "birthdt", "dobdt", "dateofservice"),
    "DEVICE": ("metersn", "sn", "serial", "serialno", "deviceserial", "devicesn"),
    "ID": ("screen", "screenno", "screening", "screeningno", "screenid", "subject", "subjectid",
           "subjectno", "studyid", "participant", "participantid", "ptid", "caseno", "case",
           "id", "record", "caseid", "casenumber", "contactid", "recordid", "claim", "claimno",
           "claimid", "accession", "accessionno", "specimenid", "npi", "badge",
           "scrno", "scrnum", "screeningnumber", "subj", "subjno", "subjnum", "subjectnumber",
           "randno", "randnum", "randomizationno", "randomizationnumber"),
    "ACCOUNT": ("acct", "account", "accountno", "acctno", "encounter", "encounterid", "encno",
                "fin", "csn", "har", "visitid"),
    "HEALTH_PLAN": ("memberid", "subscriberid", "policyno", "policynumber", "medicaidid",
                    "medicareid", "mbi", "insuranceid", "planid"),
    "MRN": ("mrn", "mrno", "chart", "chartno", "patientmrn", "medicalrecordnumber"),
    "PHONE": ("phone", "tel", "cell", "callbackno", "phoneno", "mobile", "homephone",
              "workphone", "cellphone", "contactphone", "fax", "faxno", "homeph", "cellph",
              "workph"),
    "EMAIL": ("email", "emailaddress"),
    "SSN": ("ssn", "ssn4", "ssnlast4", "last4ssn", "last4"),
    "VEHICLE": ("plate", "plateno", "licenseplate", "vehicleplate", "vin", "platestate"),
    "ADDRESS": ("address", "street", "streetaddress", "homeaddress", "addr", "addr1", "addr2",
                "address1", "address2", "line1", "line2"),
    "CITY": ("city", "town", "homecity", "residencecity"),
    "ZIP": ("zip", "zipcode", "postalcode", "postcode"),
}  # fmt: skip
_HEADER_CATEGORY = {h: cat for cat, hs in _COLUMN_HEADERS.items() for h in hs}
# Words that name a column inside a header of several words ("Attending
# backup", "Patient phone"); ones that also name other things stay out
# ("case", "record", "member", "contact", "seen").
_HEADER_WORD = {
    h: cat
    for h, cat in _HEADER_CATEGORY.items()
    if h not in ("case", "record", "member", "contact", "seen", "screen", "screening", "pt",
                 "init", "last", "first", "user", "subject", "participant", "chart", "admit",
                 "adm", "filled", "collected", "drawn", "reported", "exposure", "appointment",
                 "appt", "discharge", "middle", "mi", "last4", "subj")
} | {"fellow": "NAME", "intern": "NAME"}  # fmt: skip
# a person's initials in their own cell: "TKR", "B.S.", "R.McD.", "L-S", "J-R-M"
_CELL_INITIALS = r"[A-Z]{2,3}|(?:[A-Z](?:[a-z]{1,2}[A-Z])?\.){2,3}|[A-Z]{1,2}-[A-Z]{1,2}(?:-[A-Z])?"
_CELL_TEST = {
    "NAME": re.compile(
        rf"{_CELL_INITIALS}|[A-Z][A-Za-z'\u2019-]+(?:,?[ \t][A-Z][A-Za-z'\u2019.-]*){{0,3}}"
        r"|[a-z][a-z'\u2019-]+,[ \t]?[a-z][a-z'\u2019-]+"  # "baptiste, wilner"
        r"|[A-Z]\.[ \t]?[A-Z][A-Za-z'\u2019-]+"  # "R. Esposito"
    ),
    "AGE": re.compile(r"(?P<v>9\d|1[01]\d)(?:[ \t]?(?:[MFmf]|y|yo|yrs?))?"),  # "99F"
    # a date, then perhaps its time ("4/10 2000", "3/28 21:40"): the date alone is kept
    "DATE": re.compile(
        r"(?P<v>\d{1,2}[/.-]\d{1,2}(?:[/.-](?:\d{2}|\d{4}))?|\d{4}-\d\d-\d\d|\d{1,2}/\d{4}"
        rf"|{_MON}\.?[ \t]+(?:\d{{1,2}},?[ \t]+)?\d{{4}}|\d{{1,2}}-{_MON}-\d{{2,4}}"
        rf"|{_YMD}(?=\d{{4,6}}$|$))"
        # then perhaps its time: "2000", "21:40", "T14:22:05Z", "142205"
        r"(?:[ \t]+(?:[01]?\d|2[0-3]):?[0-5]\d|[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?"
        r"(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?|\d{4,6})?",
        _I,
    ),
    "DEVICE": re.compile(
        r"(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9-]{4,24}"
    ),
    "ID": re.compile(r"(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{2,20}"),
    "MRN": re.compile(r"(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{3,20}"),
    "PHONE": re.compile(r"(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}(?:[ \t]*x\d{1,5})?"),
    "EMAIL": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}"),
    "SSN": re.compile(r"\d{3}-?\d{2}-?\d{4}|\d{4}"),  # or its last four, in their own column
    "VEHICLE": re.compile(
        r"(?P<v>(?=[A-Z0-9 -]*\d)[A-Z0-9][A-Z0-9 -]{3,15}[A-Z0-9])(?:[ \t]*\([A-Z]{2}\))?"
    ),  # a plate, then perhaps its state: "8KXP214 (CA)"
    "ADDRESS": re.compile(r"\d{1,6}[A-Za-z]?[ \t]+[A-Za-z0-9][A-Za-z0-9 .'#\u2019-]{2,60}"),
    "CITY": re.compile(r"[A-Z][A-Za-z.'\u2019-]+(?:[ \t][A-Z][A-Za-z.'\u2019-]+){0,2}"),
    "ZIP": re.compile(r"\d{5}(?:-\d{4})?"),
}
for _cat in ("ACCOUNT", "HEALTH_PLAN"):
    _CELL_TEST[_cat] = _CELL_TEST["ID"]


_CELL_CREDENTIAL = re.compile(
    rf",?[ \t]+(?:{'|'.join(re.escape(c) for c in sorted(CREDENTIALS, key=len, reverse=True))})$"
)


def _cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    """The cells of a table row: (start, end, text), split at column gaps."""
    out = []
    pos = 0
    for m in [*_CELL_GAP.finditer(line), None]:
        end = m.start() if m is not None else len(line)
        cell = line[pos:end]
        if cell.strip():
            lead = len(cell) - len(cell.lstrip())
            out.append((offset + pos + lead, offset + pos + lead + len(cell.strip()), cell.strip()))
        if m is not None:
            pos = m.end()
    return out


_CSV_QUOTED = re.compile(r'"((?:[^"]|"")*)"')


def _csv_cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    """The cells of a comma-separated row, empty ones included; [] if it is none.

    Written here rather than with the csv module because a cell's offsets in
    the note are needed, which the csv module does not give.
    """
    if line.count(",") < 2:
        return []
    out = []
    pos, n = 0, len(line)
    while True:
        lead = len(line[pos:]) - len(line[pos:].lstrip(" \t"))
        if line.startswith('"', pos + lead):
            m = _CSV_QUOTED.match(line, pos + lead)
            if m is None:
                return []
            start, end, nxt = m.start(1), m.end(1), m.end()
            nxt += len(line[nxt:]) - len(line[nxt:].lstrip(" \t"))
        else:
            comma = line.find(",", pos)
            start, end = pos, n if comma < 0 else comma
            nxt = end
        cell = line[start:end]
        inner = cell.strip()
        at = start + (len(cell) - len(cell.lstrip()))
        out.append((offset + at, offset + at + len(inner), inner))
        if nxt >= n:
            return out
        if line[nxt] != ",":
            return []  # text after a closing quote: not a CSV row
        pos = nxt + 1


# the rule under a table's header: markdown's "|---|:---|", psql's "-----+-----"
_RULE_ROW = re.compile(r"[ \t]*[|+]?(?:[ \t]*:?-{3,}:?[ \t]*[|+])+[ \t]*(?::?-{3,}:?)?[ \t]*")


def _pipe_cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    """The cells of a row set apart by "|" (a markdown or text-export table)."""
    if line.count("|") < 2:
        return []
    lo, hi = 0, len(line)
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        lo, hi = line.index("|") + 1, line.rindex("|")
    out = []
    for start, _, piece in _pieces(line, lo, hi, "|"):
        inner = piece.strip()
        start += len(piece) - len(piece.lstrip())
        out.append((offset + start, offset + start + len(inner), inner))
    return out


def _table_spans(text: str) -> Iterator[Span]:
    """The cells of tables whose header names identifier columns.

    Three layouts: columns set apart by runs of spaces or tabs; and rows
    separated by commas (a CSV export pasted into a note) or by "|" (a
    markdown or text-export table), whose rows must have as many cells as
    the header.
    """
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    header: dict[int, str] | None = None
    width = 0
    strays = 0  # rows in a row that did not fit the header
    # how the rows of a comma- or pipe-separated table split; None: by spaces
    split_row: Callable[[str, int], list[tuple[int, int, str]]] | None = None
    for k, (line, at) in enumerate(zip(lines, starts, strict=True)):
        if split_row is not None:
            if _RULE_ROW.fullmatch(line):
                continue  # "|---|:---|": a markdown table's rule under its header
            cells = split_row(line, at)
            if len(cells) == width and header is not None:
                strays = 0
                yield from _row_spans(header, cells, 0)
                continue
            if header is not None and line.strip() and len(cells) < width and strays == 0:
                strays += 1  # "B3  | --": an empty bay; the table goes on after it
                continue
            header = None
        heads = None
        split_row = None
        for sep, splitter in ((",", _csv_cells), ("|", _pipe_cells)):
            if heads is None and line.count(sep) >= 2:
                sep_cells = splitter(line, at)
                heads = _header_of(sep_cells)
                if heads is not None:
                    cells, split_row = sep_cells, splitter
        if heads is None:
            cells = _cells(line, at)
            words = (
                _aligned_header(line, at, cells, lines[k + 1], starts[k + 1])
                if k + 1 < len(lines)
                else None
            )
            aligned = _header_of(words) if words is not None else None
            if words is not None and aligned is not None:
                cells, heads = words, aligned
            else:
                heads = _header_of(cells)
        if heads is not None:  # a table's header, or the next table's
            header, width, strays = heads, len(cells), 0
            continue
        if header is not None and width - 2 <= len(cells) <= width + 1 and len(cells) >= 2:
            # a row with fewer cells ran its first columns together ("201
            # ABERNATHY, Clyde" under "Rm  Resident"): the rest align from the
            # right; one cell more is a remark on the end ("*RRT called 0412*")
            strays = 0
            yield from _row_spans(header, cells, max(0, width - len(cells)))
            continue
        if header is not None and line.strip() and strays == 0 and len(cells) < width - 2:
            strays += 1  # "503B  -- BLOCKED (isolation) --": the table goes on after it
            continue
        header = None
        strays = 0


def _aligned_header(
    line: str, at: int, cells: list[tuple[int, int, str]], row: str, row_at: int
) -> list[tuple[int, int, str]] | None:
    """A header whose column names stand one space apart ("#  Init Age Sex Town"),
    split into its words, if the row under it has a cell under each word, each
    starting or ending where its word does."""
    words = [(at + m.start(), at + m.end(), m.group()) for m in re.finditer(r"\S+", line)]
    if len(words) < 4 or len(words) == len(cells):
        return None
    below = _cells(row, row_at)
    if len(below) != len(words):
        return None
    for (ws, we, _), (cs, ce, _) in zip(words, below, strict=True):
        if abs((ws - at) - (cs - row_at)) > 1 and abs((we - at) - (ce - row_at)) > 1:
            return None
    return words


# A row whose first cell is its key, the values in columns after it (records
# set side by side: "SSN4      0871      ----", "DOB       1931-02-07").
_ROW_KEY = re.compile(r"^[ \t]*(?P<k>[A-Za-z][A-Za-z0-9_#.]{1,24})[ \t]{2,}(?P<r>\S[^\n]*)$", re.M)


def _row_key_spans(text: str) -> Iterator[Span]:
    """The values of a keyed row, each in its own column, where the key names a
    number or an age and the value is shaped like one."""
    for m in _ROW_KEY.finditer(text):
        key = re.sub(r"[^a-z0-9]", "", m.group("k").casefold())
        cat = _FIELD_KEYS.get(key)
        if cat is None or (cat not in _NUMBER_FIELDS and cat != "AGE") or len(key) < 3:
            continue
        test = _CELL_TEST.get(cat)
        for start, end, value in _cells(m.group("r"), m.start("r")):
            if not (test.fullmatch(value) if test is not None else len(value) <= 24):
                continue
            span = _keyed_value(text, key, cat, start, end)
            if span is not None:
                yield span


# what stands in for the surname of a patient not yet identified
_PLACEHOLDER_SURNAMES = frozenset({"trauma", "unknown", "unk", "doe", "zztest", "test", "patient"})


def _row_spans(
    header: dict[int, str], cells: list[tuple[int, int, str]], shift: int
) -> Iterator[Span]:
    """The identifiers in one table row's cells, by the column each is under."""
    for k, cat in header.items():
        if k - shift < (0 if shift == 0 else 1) or (shift and cat == "NAME"):
            continue  # a shifted row's words may be anything; its numbers are kept
        start, end, value = cells[k - shift]
        if not value:
            continue
        cred = _CELL_CREDENTIAL.search(value) if cat == "NAME" else None
        if cred:  # "Jolene King, RN": the person, not the credential
            end -= len(value) - cred.start()
            value = value[: cred.start()]
        m = _CELL_TEST[cat].fullmatch(value)
        if m is not None and "v" in m.re.groupindex:
            end = start + m.end("v")  # the date, not its time; the plate, not its state
        if (
            cat == "CITY"
            and m is not None
            and (value in US_STATES or value in US_STATES.values() or fold(value) in NOT_NAME)
        ):
            continue
        if cat == "NAME" and fold(re.split(r"[ \t,]", value)[0]) in _PLACEHOLDER_SURNAMES:
            continue  # "TRAUMA, ZULU": an unidentified patient's placeholder
        initials = cat == "NAME" and re.fullmatch(_CELL_INITIALS, value) is not None
        login = cat == "NAME" and (
            is_username(value) or (value.islower() and foreign_word(value))
        )  # "mgoldberg" under "Noted by"
        if (m or login) and (initials or login or fold(value) not in NOT_NAME):
            yield Span(start, end, cat)  # "AP" in an Init column is a person


def _header_of(cells: list[tuple[int, int, str]]) -> dict[int, str] | None:
    """The identifier columns a table's header row names (two or more), if it is one."""
    if len(cells) < 3 or any(
        len(c[2]) > 24 or re.fullmatch(r"[\d/.:-]+", c[2]) or "|" in c[2] for c in cells
    ):
        return None  # a cell holding a "|" is a pipe table's row read as spaced columns
    found = {}
    for k, (_, _, head) in enumerate(cells):
        key = re.sub(r"[^a-z0-9]", "", fold(head))
        if key in _HEADER_CATEGORY:
            found[k] = _HEADER_CATEGORY[key]
            continue
        # a header of a few words names its column by its last known word:
        # "fellow cell" holds phones, "attending backup" people
        words = re.findall(r"[a-z0-9]+", fold(head))
        cat = next((_HEADER_WORD[w] for w in reversed(words) if w in _HEADER_WORD), None)
        if cat is not None and len(words) <= 4:
            found[k] = cat
    return found if len(found) >= 2 else None


# An HL7 v2 address (XAD): street^other^city^state^zip, as PID-11 and NK1-4
# hold it ("88 QUAIL HOLLOW LN^^CONWAY^AR^72034").
_HL7_ADDRESS = re.compile(
    r"(?<=\|)(?P<street>\d[^|^~\n]{2,60}|(?i:p\.?[ \t]?o\.?[ \t]+box)[^|^~\n]{1,20})"
    r"\^(?P<other>[^|^~\n]{0,40})\^(?P<city>[A-Za-z][A-Za-z .'-]{1,40})"
    r"\^(?P<state>[A-Z]{2})\^(?P<zip>\d{5}(?:-?\d{4})?)(?=[\^|~]|$)",
    re.M,
)


def _hl7_addresses(text: str) -> Iterator[Span]:
    """The street, unit, town and ZIP code of HL7 v2 addresses pasted into a note."""
    for seg in _HL7_SEGMENT.finditer(text):
        for m in _HL7_ADDRESS.finditer(text, seg.start(), seg.end()):
            yield Span(*m.span("street"), "ADDRESS")
            if m.group("other").strip():
                yield Span(*m.span("other"), "ADDRESS")
            yield Span(*m.span("city"), "CITY")
            yield Span(*m.span("zip"), "ZIP")


# A key and its value in fields of their own, as custom HL7 segments hold them
# ("ZPI|1|AGE_AT_SVC|90|", "ZIN|MEMBERID|XQH4471902|").
_PIPE_KEY_VALUE = re.compile(
    r"(?<=\|)(?P<k>[A-Za-z][A-Za-z0-9_]{2,30})\|(?P<v>[^|^~\n]{1,60})(?=\||$)"
)
_SEGMENT_LINE = re.compile(r"^[A-Z][A-Z0-9]{2}\|[^\n]*", re.M)


def _is_key(word: str) -> bool:
    """Whether ``word`` names an identifier field or column ("PAT_LAST", "DOB")."""
    key = re.sub(r"[^a-z0-9]", "", word.casefold())
    return key in _FIELD_KEYS or key in _HEADER_CATEGORY


def _field_spans(text: str) -> Iterator[Span]:
    """The values of structured fields whose key names an identifier."""
    for m in (
        kv
        for seg in _SEGMENT_LINE.finditer(text)
        if sum(_is_key(f) for f in seg.group().split("|")) < 3  # not a header row
        for kv in _PIPE_KEY_VALUE.finditer(text, seg.start(), seg.end())
    ):
        key = re.sub(r"[^a-z0-9]", "", m.group("k").casefold())
        cat = _FIELD_KEYS.get(key)
        if _is_key(m.group("v")):
            continue
        if cat is not None and (cat != "NAME" or "_" in m.group("k") or len(key) > 4):
            span = _keyed_value(text, key, cat, *m.span("v"))
            if span is not None:
                yield span
    for m in _FIELD_RE.finditer(text):
        raw = next(
            m.group(k)
            for k in ("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9")
            if m.group(k) is not None
        )
        key = re.sub(r"[^a-z0-9]", "", raw.casefold())
        cat = _FIELD_KEYS.get(key)
        if cat is None and "_" in raw:
            # a prefixed key: "PU_ADDR1" (pick-up), "pt_zip"
            key = re.sub(r"[^a-z0-9]", "", raw.rsplit("_", 1)[-1].casefold())
            cat = _FIELD_KEYS.get(key) if len(key) > 2 else None
        if cat is None:
            continue
        for g in ("q1", "q2", "u", "q3", "n", "q4", "x", "q5", "q6", "q7", "q8", "y", "w"):
            if m.group(g) is not None:
                span = _keyed_value(text, key, cat, *m.span(g))
                if span is not None:
                    yield span
                break


def _keyed_value(text: str, key: str, cat: str, start: int, end: int) -> Span | None:
    """``text[start:end]``, the value of a field whose key ``key`` names
    category ``cat``, as a span, if it can be one."""
    first, last = name_lexicon()
    value = text[start:end].strip()
    start = text.index(value, start) if value else start
    end = start + len(value)
    folded = fold(value)
    if not value or folded in ("null", "none", "n/a", "na", "unknown", "true", "false"):
        return None
    if cat == "NAME":
        title = re.match(r"(?:dr|mr|mrs|ms|miss|prof)\.?[ \t]+", value, _I)
        if title:  # 'pcp="Dr. Anneliese Vogt"': the title stays outside
            start += title.end()
            value = value[title.end() :]
        if key.endswith(("middlename", "middleinitial")) and re.fullmatch(r"[A-Z]\.?", value):
            return Span(start, start + 1, cat)  # '<MiddleName>R</MiddleName>'
        if not re.fullmatch(r"[^\W\d_][\w .,'\u2019-]{0,58}", value) or any(
            c.isdigit() for c in value.rstrip("0123456789")
        ):
            return None
        words = [fold(w) for w in re.findall(r"[^\W\d_]+", value)]
        if len(words) == 1 and re.fullmatch(r"(?:[A-Z][a-z]+){2,3}", value):
            words = [fold(w) for w in re.findall(r"[A-Z][a-z]+", value)]  # "DeniseLowell"
        if all(w in NOT_NAME or w in _CRED_SET for w in words):
            return None
        login = is_username(value) or numbered_username(value) or fused_username(value)
        if not login and not any(
            (w in first or w in last or foreign_word(w)) and w not in NOT_NAME for w in words
        ):
            return None  # '"name": "Cardiology"', "to=pharmacy"
        if key in _LOOSE_NAME_KEYS and not (
            login or (value.islower() and len(value) >= 5) or value[:1].isupper()
        ):
            return None
    elif cat == "AGE":
        if not re.fullmatch(r"(?:0?9\d|1[01]\d)(?:[ \t]?(?:y|Y|yo|yrs?|years))?", value):
            return None  # only ages over 89 are identifiers
        end = start + len(re.match(r"\d+", value).group())  # type: ignore[union-attr]
    elif (cat in _NUMBER_FIELDS and not any(map(str.isdigit, value))) or (
        cat in ("CITY", "ADDRESS") and not re.search(r"[^\W\d_]", value)
    ):
        return None  # a number field without digits, a place without letters
    return Span(start, end, cat)


# An SQL INSERT with its column list: each value is read under its column's name
# ("INSERT INTO pt (mrn, last_name, zip) VALUES ('00412277', 'Kowalczyk', '01701')"),
# every row of a multi-row VALUES list too.
_SQL_INSERT = re.compile(
    r"\bINSERT[ \t]+INTO[ \t]+[\w.\"`]+[ \t]*\((?P<cols>[^()]{1,600})\)[ \t\n]*VALUES[ \t\n]*"
    r"(?P<rows>\((?:'(?:[^'\n]|'')*'|[^()'\n])*\)(?:[ \t\n]*,[ \t\n]*"
    r"\((?:'(?:[^'\n]|'')*'|[^()'\n])*\))*)",
    _I,
)
_SQL_ROW = re.compile(r"\(((?:'(?:[^'\n]|'')*'|[^()'\n])*)\)")
_SQL_VALUE = re.compile(r"[ \t]*(?:'(?P<q>(?:[^'\n]|'')*)'|(?P<u>[^,'\n]*?))[ \t]*(?:,|$)")


def _sql_spans(text: str) -> Iterator[Span]:
    """The values of SQL INSERT statements whose columns name identifiers."""
    for m in _SQL_INSERT.finditer(text):
        cols = [re.sub(r"[^a-z0-9]", "", c.casefold()) for c in m.group("cols").split(",")]
        for row in _SQL_ROW.finditer(text, m.start("rows"), m.end("rows")):
            pos, end = row.start(1), row.end(1)
            for key in cols:
                v = _SQL_VALUE.match(text, pos, end)
                if v is None:
                    break
                cat = _FIELD_KEYS.get(key) or _HEADER_CATEGORY.get(key)
                grp = "q" if v.group("q") is not None else "u"
                if cat is not None and fold(v.group(grp)) != "null":
                    span = _keyed_value(text, key, cat, *v.span(grp))
                    if span is not None:
                        yield span
                pos = v.end()
                if pos >= end:
                    break


# A vCard's structured name and address ("N:Thibodeaux;Remy;J;;", "ADR;TYPE=HOME:
# ;;2210 Bayou Teche Rd;Breaux Bridge;LA;70517;USA"), its components split at ";".
_VCARD_FIELD = re.compile(r"^(?P<k>N|ADR)(?:;[^:\n]*)?:(?P<v>[^\n]*)$", re.M)
_VCARD_ADR = ("ADDRESS", "ADDRESS", "ADDRESS", "CITY", None, "ZIP", None)


def _vcard_spans(text: str) -> Iterator[Span]:
    """A vCard's name components and its address's street, town and postal code."""
    if "BEGIN:VCARD" not in text.upper():
        return
    for m in _VCARD_FIELD.finditer(text):
        cats = ("NAME", "NAME", "NAME") if m.group("k") == "N" else _VCARD_ADR
        for (start, end, part), cat in zip(_pieces(text, *m.span("v"), ";"), cats, strict=False):
            if cat is not None and part.strip() and re.search(r"\w", part):
                yield Span(start, end, cat)


# Dictated notes spell numbers out ("medical record number seven seven four oh
# two one nine", "number is two five three five five five oh one four six",
# "date of service may seventh twenty twenty four", "a ninety two year old").
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_NUMBER_WORDS = rf"(?:{_TENS}(?:[ -]{_UNITS})?|{_TEENS}|{_UNITS}|hundred|thousand|oh|zero)"
_ORD_UNITS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
_ORD_WORD = (
    rf"(?:(?:twenty|thirty)[ -]{_ORD_UNITS}|{_ORD_UNITS}|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)
_MONTH_WORD = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)"
)
_DAY_WORD = rf"(?:(?:twenty|thirty)(?:[ -]{_UNITS})?|{_TEENS}|{_UNITS})"
_YEAR_WORDS = (
    rf"(?:nineteen|twenty)[ \t]+(?:{_TENS}(?:[ -]{_UNITS})?|{_TEENS}|oh[ \t]+{_UNITS}|hundred)"
    rf"|two[ \t]+thousand(?:[ \t]+and)?(?:[ \t]+(?:{_TENS}(?:[ -]{_UNITS})?|{_TEENS}|{_UNITS}))?"
)
# A year said in two words after a comma ("September ninth, sixty", "the
# fourth of August, eighty-nine").
_SHORT_YEAR = rf"(?:,[ \t]+(?:{_TENS}(?:[ -]{_UNITS})?|oh[ \t-]{_UNITS}))"
_SPOKEN_DATE = re.compile(
    rf"\b{_MONTH_WORD}[ \t]+(?:the[ \t]+)?{_ORD_WORD}(?:,?[ \t]+(?:{_YEAR_WORDS})|{_SHORT_YEAR})?\b"
    rf"|\b{_ORD_WORD}[ \t]+of[ \t]+{_MONTH_WORD}"
    rf"(?:,?[ \t]+(?:{_YEAR_WORDS})|{_SHORT_YEAR})?\b"
    # "since March of twenty nineteen", "Saturday the ninth"
    rf"|\b{_MONTH_WORD}[ \t]+of[ \t]+(?:{_YEAR_WORDS})\b"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day[ \t]+the[ \t]+"
    rf"{_ORD_WORD}(?![ \t]+{_NOT_DAY_AFTER})\b"
    # "date of birth six twelve nineteen thirty two"
    rf"|\b(?:date[ \t]+of[ \t]+birth|birth[ \t]*date|dob|born)[ \t,:]+(?:is[ \t]+)?"
    rf"(?P<v>(?:{_UNITS}|ten|eleven|twelve)[ \t]+{_DAY_WORD}[ \t]+(?:{_YEAR_WORDS}))\b",
    _I,
)
_SPOKEN_DATE_CUE = re.compile(
    r"\b(?:on|date|service|admitted|discharged|since|until|by|next|last|seen|dated|born|"
    r"due|from|through)[ \t:,]*$",
    _I,
)
_SPOKEN_DIGITS = re.compile(
    rf"\b{_DIGIT_WORD}(?:[ \t,-]+{_DIGIT_WORD}){{6,}}\b"
    rf"(?:,?[ \t]+(?:extension|ext)[ \t]+{_DIGIT_WORD}(?:[ \t]+{_DIGIT_WORD}){{0,4}}\b)?",
    _I,
)
# A number read back with its letters: "G as in George, zero zero four seven
# seven one", "X, Q, G, nine, nine, zero, four, one, one, seven", "two two
# seven, alpha, bravo, nine one four". A letter is a capital alone, a capital
# "as in" a word, or a word of the phonetic alphabet.
_NATO = (
    r"(?:alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet|juliett|kilo|lima|"
    r"mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiskey|x-ray|xray|"
    r"yankee|zulu)"
)
_SPOKEN_LETTER = rf"(?:(?-i:[A-Z])(?:[ \t]+as[ \t]+in[ \t]+[A-Za-z]+)?|{_NATO})"
_SPOKEN_PART = rf"(?:{_SPOKEN_LETTER}|{_DIGIT_WORD}|{_TEENS}|{_TENS}(?:[ -]{_UNITS})?)"
_SPOKEN_CODE = re.compile(rf"\b{_SPOKEN_PART}(?:[ \t]*,?[ \t]+{_SPOKEN_PART}){{4,}}\b", _I)
# The cue before a number read back, and the category it gives.
_SPOKEN_CUES = (
    (re.compile(r"(?:medical[ \t]+record|mrn|chart)\b[^.\n]{0,20}$", _I), "MRN"),
    (re.compile(r"(?:member|policy|subscriber|group|medicaid|medicare)\b[^.\n]{0,24}$", _I),
     "HEALTH_PLAN"),
    (re.compile(r"(?:dea|licen[cs]e)\b[^.\n]{0,20}$", _I), "LICENSE"),
    (re.compile(r"(?:serial|s/n)\b[^.\n]{0,20}$", _I), "DEVICE"),
    (re.compile(r"(?:ssn|social)\b[^.\n]{0,20}$", _I), "SSN"),
    (re.compile(r"\bzip(?:[ \t]*code)?\b[^.\n]{0,6}$", _I), "ZIP"),
)  # fmt: skip
# A date of birth said as numbers after its cue, a speaker's label or a quote
# between ("Date of birth?\nDR. OKAFOR: Eight, eight, thirty-one", 'DOB read
# as "two, eleven, fifty-six"', "birthday one twenty-two fifty").
_SPOKEN_DOB = re.compile(
    r"\b(?:date[ \t]+of[ \t]+birth|birth[ \t]*date|dob|birthday|born(?:[ \t]+on)?)\b"
    r"(?P<gap>[^0-9]{0,40}?)"
    rf"(?P<v>(?<![\w-]){_NUMBER_WORDS}(?:[ \t]*,?[ \t]+(?:and[ \t]+)?{_NUMBER_WORDS}){{2,6}})\b",
    _I,
)
# What may not stand between a date of birth's cue and the numbers: another
# number's cue ("date of birth, and the MRN is ...").
_OTHER_NUMBER_CUE = re.compile(
    r"\b(?:mrn|record|chart|number|phone|zip|ssn|social|member|id|serial|account|age|"
    r"year|years|weeks?|months?|days?)\b",
    _I,
)
# A number said after "zip" ("zip two seven oh three oh"), the last four of a
# phone number ("the number ending 0172") and an address said as an e-mail
# ("r dot halvorsen at northfield clinic dot example").
_SPOKEN_ZIP = re.compile(
    r"\bzip(?:[ \t]*code)?[ \t,:]+(?:is[ \t]+)?"
    rf"(?P<v>{_DIGIT_WORD}(?:[ \t,]+{_DIGIT_WORD}){{4}})\b",
    _I,
)
_SPOKEN_SSN4 = re.compile(
    r"\b(?:ssn|social(?:[ \t]+security)?)\b[^.\n0-9]{0,24}?"
    rf"(?P<v>(?<![\w-]){_DIGIT_WORD}(?:[ \t]*,?[ \t]+{_DIGIT_WORD}){{3}})\b"
    rf"(?![ \t,-]+{_DIGIT_WORD})",
    _I,
)
_PHONE_ENDING = re.compile(
    r"\b(?:number|phone|line|cell)[ \t]+ending(?:[ \t]+in)?[ \t]+(?P<v>\d{4})\b", _I
)
_SPOKEN_EMAIL = re.compile(
    r"\b[\w-]+(?:[ \t]+dot[ \t]+[\w-]+)*[ \t]+at[ \t]+[\w-]+(?:[ \t]+[\w-]+)?"
    r"(?:[ \t]+dot[ \t]+[\w-]+)*[ \t]+dot[ \t]+(?:com|org|net|edu|gov|example|test|us|io)\b",
    _I,
)
# A name spelled out letter by letter: "K-O-W-A-L-S-K-I", "N-I F-H-L-O-I-N-N".
_SPELLED_NAME = re.compile(
    r"(?<![\w-])[A-Z](?:-[A-Z]){3,}(?:[ \t][A-Z](?:-[A-Z])+)*(?![\w-])"
    r"|(?<![\w-])[A-Z]-[A-Z](?:[ \t][A-Z](?:-[A-Z]){3,})+(?![\w-])"
)
_SPOKEN_PHONE_CUE = re.compile(
    r"(?:phone|number|call|cell|reach|reached|contact|callback|pager|fax)\b[^.\n]{0,20}$", _I
)
_SPOKEN_AGE = re.compile(
    rf"\b(?P<v>ninety(?:[ -]{_UNITS})?|(?:a|one)[ \t]+hundred(?:[ \t]+and[ \t]+{_UNITS})?)"
    r"(?=[ \t-]+years?(?:[ \t-]+old)?\b|[ \t]+y/?o\b)"
    rf"|\b(?:i'm|i[ \t]+am|she's|he's|aged|age|turned|turns)[ \t]+"
    rf"(?P<v2>ninety(?:[ -]{_UNITS})?|(?:a|one)[ \t]+hundred(?:[ \t]+and[ \t]+{_UNITS})?)\b"
    + _NOT_AN_AGE_AFTER,
    _I,
)
_SPOKEN_ADDRESS = re.compile(
    rf"\b(?:at|address[ \t]+is|lives[ \t]+at|resides[ \t]+at)[ \t]+"
    rf"(?P<v>(?:{_NUMBER_WORDS}[ \t]+){{2,5}}(?:[a-z]+[ \t]+){{1,3}}(?:{_SUFFIX}))\b",
    _I,
)


def _spoken_spans(text: str) -> Iterator[Span]:
    """Identifiers spelled out in words, as speech recognition writes them."""
    for m in _SPOKEN_DATE.finditer(text):
        word = m.group().split()[0]
        if (
            word in ("may", "march")
            and not re.search(r"(?:nineteen|twenty|thousand)\b", m.group()[len(word) :], _I)
            and not _SPOKEN_DATE_CUE.search(text[max(0, m.start() - 30) : m.start()])
        ):
            continue  # "it may first be", "march second": no date without a cue
        yield Span(*(m.span("v") if m.group("v") else m.span()), "DATE")
    for m in _SPOKEN_DIGITS.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        number = re.split(r"(?i)[ \t,]+(?:extension|ext)\b", m.group())[0]
        digits = len(re.findall(_DIGIT_WORD, number, _I))
        cued = next((c for cue, c in _SPOKEN_CUES if cue.search(before)), None)
        if cued is not None:
            cat = cued  # "medical record number ...", "member ID ...", "serial ..."
        elif digits in (7, 10, 11) and (_SPOKEN_PHONE_CUE.search(before) or digits >= 10):
            cat = "PHONE"
        else:
            cat = "ID"
        yield Span(m.start(), m.end(), cat)
    for m in _SPOKEN_CODE.finditer(text):
        words = re.findall(rf"(?i){_DIGIT_WORD}\b", m.group())
        if len(words) < 4 or not re.search(rf"(?i)(?-i:\b[A-Z]\b)|\b{_NATO}\b", m.group()):
            continue  # a number with no letter is _SPOKEN_DIGITS's; four digits at least
        before = text[max(0, m.start() - 40) : m.start()]
        cat = next((c for cue, c in _SPOKEN_CUES if cue.search(before)), "ID")
        yield Span(m.start(), m.end(), cat)
    for m in _SPOKEN_DOB.finditer(text):
        if not _OTHER_NUMBER_CUE.search(m.group("gap")):
            yield Span(*m.span("v"), "DATE")
    for m in _SPOKEN_ZIP.finditer(text):
        yield Span(*m.span("v"), "ZIP")
    for m in _SPOKEN_SSN4.finditer(text):
        yield Span(*m.span("v"), "SSN")
    for m in _PHONE_ENDING.finditer(text):
        yield Span(*m.span("v"), "PHONE")
    for m in _SPOKEN_EMAIL.finditer(text):
        yield Span(*m.span(), "EMAIL")
    for m in _SPELLED_NAME.finditer(text):
        yield Span(*m.span(), "NAME")
    for m in _SPOKEN_AGE.finditer(text):
        yield Span(*(m.span("v") if m.group("v") else m.span("v2")), "AGE")
    for m in _SPOKEN_ADDRESS.finditer(text):
        yield Span(*m.span("v"), "ADDRESS")


# Right after a name: an age over 89 in brackets or after the sex ("Ma, Xiuying
# (97)", "Rasmussen, Bodil K., F, 94", "DeLacroix-Santos, Imelda   F, 98"), a
# nickname in quotes ("WINSLOW, AUGUSTINE \"GUS\"", "(goes by \"Sunny\")"),
# a badge or interpreter number ("Officer Raquel Imamura #9114").
_AFTER_NAME = re.compile(
    r"[ \t]*\((?P<a1>9\d|1[01]\d)\)"
    # "(F, 99)", "/ F, 92 /", "/ 93 / M", a table's or a CSV row's next cell:
    # "| 91 |", "| 95y |", '"WOJCIK, Teresa",92,'
    r"|[ \t]*\((?:[MF]|(?i:male|female))[ \t]*,[ \t]*(?P<a4>9\d|1[01]\d)[ \t]*\)"
    r"|[ \t]*/[ \t]*(?:[MF][ \t]*,[ \t]*)?(?P<a5>9\d|1[01]\d)[ \t]*(?=/|$)"
    r"|\"?(?:[ \t]*\([A-Z0-9-]{4,14}\))?[ \t]*(?P<sep>[|,])[ \t]*(?P<a6>9\d|1[01]\d)"
    r"(?:[ \t]?(?:y|yo|yrs?))?[ \t]*(?=(?P=sep)|$)"
    r"|\.?,?[ \t]+(?:[MF]|(?i:male|female))[ \t]*,[ \t]*(?P<a2>9\d|1[01]\d)\b"
    r"(?![ \t]*(?:%|/|\.\d))"
    r"|[ \t]+\(?(?:(?i:goes[ \t]+by|aka|a\.k\.a\.|called|nickname)[ \t]+)?"
    r"[\"\u201c](?P<nick>[A-Z][\w'\u2019-]{1,19})[\"\u201d]"
    r"|[ \t]+#[ \t]?(?P<badge>\d{3,7})\b"
    # an ECG system's reader, surname and credential before the given name:
    # "Referred by: OYELARAN MD, FOLAKE"
    r"|[ \t]+(?:MD|DO)[ \t]*,[ \t]*(?P<given>(?=[A-Z]*[AEIOUY])[A-Z][A-Z'\u2019-]{2,20})\b"
)


def after_name(text: str, end: int) -> Span | None:
    """What a name ending at ``end`` carries right after it, if anything."""
    m = _AFTER_NAME.match(text, end)
    if m is None:
        return None
    for group, cat in (
        ("a1", "AGE"),
        ("a2", "AGE"),
        ("a4", "AGE"),
        ("a5", "AGE"),
        ("a6", "AGE"),
        ("nick", "NAME"),
        ("badge", "ID"),
        ("given", "NAME"),
    ):
        if group == "given" and m.group(group):
            given = fold(m.group(group))
            if given in _CRED_SET or given in NOT_NAME or given in _STATE_SET:
                return None  # "SMITH MD, FACC", "JONES MD, PA"
        if m.group(group):
            return Span(m.start(group), m.end(group), cat)
    return None


def _resolve(cands: list[Span], text: str) -> list[Span]:
    """Keep non-overlapping spans: longer first, then by category priority."""
    cands.sort(key=lambda s: (_PRIORITY.get(s.category, 9), -(s.end - s.start), s.start))
    taken: list[Span] = []
    occupied = bytearray(len(text) + 1)
    for s in cands:
        if any(occupied[s.start : s.end]):
            # a name word inside a longer span of another kind is dropped; a
            # partial overlap keeps the part that is free
            free = [k for k in range(s.start, s.end) if not occupied[k]]
            if not free or s.category not in ("NAME", "ID", "CITY"):
                continue
            # the largest free run
            best: tuple[int, int] | None = None
            run_s = free[0]
            prev = free[0]
            for k in [*free[1:], -1]:
                if k != prev + 1:
                    if best is None or prev + 1 - run_s > best[1] - best[0]:
                        best = (run_s, prev + 1)
                    run_s = k
                prev = k
            if best is None:
                continue
            st, en = best
            seg = text[st:en].strip(" ,.;:")
            if len(seg) < 2 or not any(c.isalnum() for c in seg):
                continue
            st = text.index(seg, st)
            s = Span(st, st + len(seg), s.category)
        occupied[s.start : s.end] = b"\x01" * (s.end - s.start)
        taken.append(s)
    taken.sort()
    return taken
