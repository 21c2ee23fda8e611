"""Surrogates for the identifiers found in notes, keyed by the hospital secret.

Every choice goes through :meth:`DeidSecret.choose` / :meth:`DeidSecret.mac`
with the patient in the message, so one patient's "Smith" is the same
surrogate in all their notes, another patient's "Smith" is (almost always) a
different one, and nobody without the secret can tell which original a
surrogate stands for.

* names: a first or last name from Faker's US list (which list follows the
  original word, so "John" stays a first name), case kept;
* dates: moved by the patient's :func:`date_shift_days`, written back in the
  original spelling (separators, zero padding, month names and their case,
  ordinal suffixes, two-digit years, weekdays recomputed);
* ages over 89: "90+";
* ZIP codes: the first three digits and "00", or "00000" for the sparsely
  populated three-digit areas (Safe Harbor);
* phone, fax, SSN, record and other numbers: keyed digits and letters in the
  same layout (an SSN surrogate starts with 9, never issued);
* e-mail, URLs, IP addresses: reserved example domains and documentation
  address ranges, so a surrogate never reaches a real party.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from custos.deid._common import DeidSecret
from custos.deid._text_detect import COMPACT_TIME, DATE_PATTERNS, _valid_date
from custos.deid._text_lexicon import (
    MONTH_FULL,
    MONTHS,
    RESTRICTED_ZIP3,
    STREET_SUFFIXES,
    WEEKDAY_FULL,
    WEEKDAYS,
    fold,
    name_lexicon,
    surrogate_names,
)

_CITY_ENDINGS = ("ville", "ton", "field", "burg", "ford", "wood", "dale", "port", "bury", "view")
_SUFFIX_SET = frozenset(fold(s) for s in STREET_SUFFIXES)
_STREET_KEEP = frozenset(
    {"n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west", "apt",
     "apartment", "suite", "ste", "unit", "bldg", "building", "fl", "floor", "room", "rm", "p",
     "o", "box", "po"}
)  # fmt: skip


def match_case(surrogate: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return surrogate.upper()
    if original.islower():
        return surrogate.lower()
    return surrogate


def keyed_stream(secret: DeidSecret, domain: str, value: str) -> bytes:
    """Enough keyed bytes to rewrite ``value`` character by character."""
    out = b""
    k = 0
    while len(out) < len(value) + 8:
        out += secret.mac(domain, f"{k}\0{value}")
        k += 1
    return out


def scramble(secret: DeidSecret, domain: str, value: str, *, key: str, attempt: int = 0) -> str:
    """Digits to keyed digits, letters to keyed letters; the layout is kept."""
    stream = keyed_stream(secret, domain, f"{key}\0{attempt}\0{value}")
    chars = []
    for i, c in enumerate(value):
        b = stream[i]
        if c.isdigit():
            chars.append(str(b % 10))
        elif c.isascii() and c.isalpha():
            letter = "ABCDEFGHJKLMNPRSTUVWXYZ"[b % 23]
            chars.append(letter if c.isupper() else letter.lower())
        else:
            chars.append(c)
    out = "".join(chars)
    return out if out != value else scramble(secret, domain, value, key=key, attempt=attempt + 1)


# --- dates -------------------------------------------------------------------


def _year(y: str) -> int:
    n = int(y)
    if len(y) == 2:
        return 1900 + n if n > 40 else 2000 + n
    return n


def _month_text(month: int, original: str) -> str:
    o = original.rstrip(".")
    if fold(o) == "sept":
        text = MONTH_FULL[month - 1][:4] if month == 9 else MONTH_FULL[month - 1][:3]
    elif len(o) <= 3 or fold(o) not in {fold(m) for m in MONTH_FULL}:
        text = MONTH_FULL[month - 1][:3]
    else:
        text = MONTH_FULL[month - 1]
    return match_case(text, o if len(o) > 1 else "Xx")


def _weekday_text(day: int, original: str) -> str:
    o = original.rstrip(".")
    full = WEEKDAY_FULL[day]
    if len(o) > 4 or fold(o) in {fold(w) for w in WEEKDAY_FULL}:
        text = full
    else:  # the usual short form, three letters ("Mon") or four where one is ("Tues", "Thur")
        text = full[:4] if len(o) == 4 and full[:4] in ("Tues", "Thur") else full[:3]
    return match_case(text, o)


def _ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


# Month and weekday names in the other languages the date patterns read (group
# "esmn" for Spanish and Portuguese, "frmn" for French, "wd" for weekdays): a
# shifted date is spelled in the same language, so no month of the original
# survives in its surrogate.
_FOREIGN_MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "es_abbr": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov",
                "dic"),
    "pt_abbr": ("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov",
                "dez"),
    "fr_abbr": ("janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct",
                "nov", "déc"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "de_abbr": ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov",
                "Dez"),
}  # fmt: skip
_FOREIGN_WEEKDAY_NAMES: dict[str, tuple[str, ...]] = {
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo"),
    "pt_short": ("segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"),
    "pt_abbr": ("seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."),
    "es_abbr": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
}  # fmt: skip


def _lookup(names: dict[str, tuple[str, ...]], word: str, order: str) -> tuple[str, int] | None:
    """The list (tried in ``order``) holding ``word`` and its place (from 1)."""
    f = fold(word)
    for lang in order.split():
        for i, n in enumerate(names[lang], start=1):
            if fold(n) == f:
                return lang, i
    return None


def _cased(new: str, original: str) -> str:
    """``new`` in the case ``original`` is written in ("MARÇO", "Março", "março")."""
    if original.isupper() and len(original) > 1:
        return new.upper()
    return new[:1].upper() + new[1:] if original[:1].isupper() else new


# Words only a Portuguese date holds: "abril" and "agosto" are then Portuguese too.
_PORTUGUESE = re.compile(
    r"feira|mar[c\u00e7]o|janeiro|fevereiro|maio|junho|julho|setembro|outubro|dezembro|"
    r"\b(?:seg|ter|qua|qui|sex|fev|set|out|dez)\.",
    re.I,
)


def _foreign_month(word: str, group: str, portuguese: bool = False) -> tuple[str, int] | None:
    w = word.rstrip(".")
    if fold(w) == "setiembre":
        return "es", 9
    if group == "demn":
        # Austrian and spelled-out variants of the German months
        if fold(w) == "sept":
            return "de_abbr", 9
        variant = {"janner": 1, "maerz": 3}.get(fold(w))
        return ("de", variant) if variant else _lookup(_FOREIGN_MONTH_NAMES, w, "de de_abbr")
    if group == "frmn":
        order = "fr fr_abbr"
    else:
        order = "pt es pt_abbr es_abbr" if portuguese else "es pt es_abbr pt_abbr"
    return _lookup(_FOREIGN_MONTH_NAMES, w, order)


def _pad(n: int, original: str, padded: bool) -> str:
    """``n`` with a leading zero where the original date wrote one."""
    return f"{n:02d}" if original.startswith("0") or (len(original) == 2 and padded) else str(n)


def parse_date(text: str, anchor: date | None) -> tuple[str, re.Match[str], date] | None:
    """Which date pattern spells ``text``, and the date (a partial date is
    completed from ``anchor``, the last full date before it in the note)."""
    base = anchor or date(2000, 1, 15)
    for kind, rx in DATE_PATTERNS:
        m = rx.fullmatch(text)
        if m is None and kind in ("md_num", "day_ord", "wd_cue", "month_cue", "wd_log", "ymd_file"):
            m = re.fullmatch(
                {
                    "md_num": r"(?P<v>(?P<m>\d{1,2})/(?P<d>\d{1,2}))",
                    "day_ord": r"(?P<v>(?P<d>\d{1,2})(?P<o>st|nd|rd|th))",
                    "wd_cue": r"(?P<v>(?P<wd>[A-Za-z]{3,9}))\.?",
                    "wd_log": r"(?P<v>(?P<wd>[A-Za-z]{3,9}))",
                    # and with its time fused on, as HL7 and iCalendar write it:
                    # "20240311142205-0500", "20250314T093000Z"
                    "ymd_file": r"(?P<v>(?P<y>\d{4})(?P<m>\d\d)(?P<d>\d\d))" + COMPACT_TIME,
                    "month_cue": r"(?P<v>(?P<mn>[A-Za-z]{3,9})\.?)",
                }[kind],
                text,
                re.I,
            )
            if (
                m is not None
                and kind in ("wd_cue", "wd_log")
                and fold(m.group("wd")) not in WEEKDAYS
            ):
                m = None
            if m is not None and kind == "month_cue" and fold(m.group("mn")) not in MONTHS:
                m = None
        if m is None:
            continue
        if kind == "holiday":
            return None  # a holiday has no spelling of a shifted day: a placeholder
        g = m.groupdict()
        if not _valid_date(kind, g):
            continue
        if kind in ("wd_only", "wd_cue", "wd_end", "wd_log"):
            # the day with that name on or after the anchor: shifting it by
            # the patient's offset names the shifted weekday
            wd = WEEKDAYS[fold(str(g["wd"]))]
            return kind, m, base + timedelta(days=(wd - base.weekday()) % 7)
        foreign = next((k for k in ("esmn", "frmn", "demn") if g.get(k)), None)
        if g.get("mn"):
            month = MONTHS[fold(str(g["mn"]).rstrip("."))]
        elif foreign is not None:
            found = _foreign_month(str(g[foreign]), foreign)
            if found is None:
                continue
            month = found[1]
        elif g.get("m"):
            month = int(str(g["m"]))
        else:
            month = base.month
        # a month and year stand for their first day: the shift (always at
        # least one day back) then always lands in an earlier month
        day = int(str(g["d"])) if g.get("d") else 1
        if kind == "mdy_num" and month > 12:
            month, day = day, month
        year = _year(str(g["y"])) if g.get("y") else base.year
        try:
            return kind, m, date(year, month, day)
        except ValueError:
            # 31 April and the like: clamp to the month's end
            for d in (30, 29, 28):
                try:
                    return kind, m, date(year, month, d)
                except ValueError:
                    continue
    return None


def shift_date(text: str, days: int, anchor: date | None) -> tuple[str, date] | None:
    """``text`` moved by ``days`` in its own spelling, and the original date."""
    parsed = parse_date(text, anchor)
    if parsed is None:
        return None
    kind, m, original = parsed
    new = original + timedelta(days=days)
    g = m.groupdict()
    swapped = kind == "mdy_num" and int(str(g["m"])) > 12
    repl: dict[str, str] = {}
    padded = any(str(g.get(k) or "").startswith("0") for k in ("m", "d"))
    for name, value in g.items():
        if value is None or name in ("s", "s1", "s2", "v"):
            continue
        if name == "y":
            repl[name] = str(new.year)[-2:] if len(value) == 2 else str(new.year)
        elif name == "m":
            repl[name] = _pad(new.day if swapped else new.month, value, padded)
        elif name == "d":
            repl[name] = _pad(new.month if swapped else new.day, value, padded)
            if kind in ("my_name", "my_num"):
                repl.pop(name)
        elif name == "mn":
            repl[name] = _month_text(new.month, value)
        elif name == "o":
            repl[name] = match_case(_ordinal(new.day), value)
        elif name == "wd" and fold(value.rstrip(".")) in WEEKDAYS:
            repl[name] = _weekday_text(new.weekday(), value)
        elif name == "wd":
            wd = _lookup(_FOREIGN_WEEKDAY_NAMES, value, "es pt pt_short pt_abbr es_abbr fr de")
            if wd is not None:
                repl[name] = _cased(_FOREIGN_WEEKDAY_NAMES[wd[0]][new.weekday()], value)
        elif name in ("esmn", "frmn", "demn"):
            lang = (_foreign_month(value, name, bool(_PORTUGUESE.search(text))) or ("es", 0))[0]
            repl[name] = _cased(_FOREIGN_MONTH_NAMES[lang][new.month - 1], value)
    # splice the replacements into the original text, right to left
    out = text
    for name in sorted(repl, key=lambda k: m.start(k), reverse=True):
        out = out[: m.start(name)] + repl[name] + out[m.end(name) :]
    return out, original


# --- other categories ----------------------------------------------------------


def zip_code(value: str) -> str:
    zip3 = value[:3]
    return "00000" if zip3 in RESTRICTED_ZIP3 else zip3 + "00"


def name_word(secret: DeidSecret, patient: str, word: str, attempt: int) -> str:
    """A surrogate for one word of a name (the list follows the original word)."""
    firsts, lasts = surrogate_names()
    us_first, us_last = name_lexicon(("en_US",))
    first_lex, last_lex = name_lexicon()
    f = fold(word)
    if f in us_first or f in us_last:
        is_first = f in us_first
    else:
        is_first = f in first_lex and f not in last_lex
    pool = firsts if is_first else lasts
    i = secret.choose("text-name", f"{patient}\0{f}\0{attempt}", len(pool))
    cand = pool[i]
    if fold(cand) == f:
        cand = pool[(i + 1) % len(pool)]
    return cand


def initial(secret: DeidSecret, patient: str, letter: str, attempt: int) -> str:
    letters = "ABCDEFGHJKLMNPRSTW"
    i = secret.choose("text-initial", f"{patient}\0{letter.upper()}\0{attempt}", len(letters))
    c = letters[i]
    if c == letter.upper():
        c = letters[(i + 1) % len(letters)]
    return c if letter.isupper() else c.lower()


def city(secret: DeidSecret, patient: str, value: str, attempt: int) -> str:
    _, lasts = surrogate_names()
    key = f"{patient}\0{fold(value)}\0{attempt}"
    stem = lasts[secret.choose("text-city", key, len(lasts))]
    end = _CITY_ENDINGS[secret.choose("text-city-end", key, len(_CITY_ENDINGS))]
    return match_case(stem + end, value)


def street(secret: DeidSecret, patient: str, value: str, attempt: int) -> str:
    """Keyed numbers and a surrogate street name; suffix, direction and unit words kept."""
    _, lasts = surrogate_names()
    key = f"{patient}\0{fold(value)}\0{attempt}"
    stem = lasts[secret.choose("text-street", key, len(lasts))]
    used_stem = False

    def word(m: re.Match[str]) -> str:
        nonlocal used_stem
        w = m.group()
        if any(c.isdigit() for c in w):
            return scramble(secret, "text-street-num", w, key=key)
        f = fold(w.rstrip("."))
        if f in _SUFFIX_SET or f in _STREET_KEEP:
            return w
        if used_stem:
            return ""
        used_stem = True
        return match_case(stem, w)

    out = re.sub(r"[\w'\u2019-]+\.?", word, value)
    return re.sub(r"  +", " ", out)


def email(secret: DeidSecret, patient: str, value: str, attempt: int) -> str:
    firsts, lasts = surrogate_names()
    key = f"{patient}\0{value.casefold()}\0{attempt}"
    first = firsts[secret.choose("text-email-f", key, len(firsts))].lower()
    last = lasts[secret.choose("text-email-l", key, len(lasts))].lower()
    domain = ("example.com", "example.org", "example.net")[secret.choose("text-email-d", key, 3)]
    return f"{first}.{last}@{domain}"


def url(secret: DeidSecret, patient: str, value: str, attempt: int) -> str:
    tag = secret.mac("text-url", f"{patient}\0{value}\0{attempt}").hex()[:10]
    scheme = re.match(r"(?i)(https?://|ftp://)", value)
    prefix = scheme.group(1) if scheme else ""
    rest = value[len(prefix) :].casefold()
    host = "www.example.org" if prefix or rest.startswith("www.") else "example.org"
    return f"{prefix}{host}/r/{tag}"


def ip(secret: DeidSecret, patient: str, value: str, attempt: int) -> str:
    n = secret.mac_int("text-ip", f"{patient}\0{value}\0{attempt}")
    if ":" in value:
        return f"2001:db8::{n % 0xFFFF:x}:{(n >> 16) % 0xFFFF:x}"
    net = ("192.0.2", "198.51.100", "203.0.113")[n % 3]
    return f"{net}.{1 + (n >> 8) % 254}"


def ssn(secret: DeidSecret, patient: str, value: str, attempt: int) -> str:
    out = scramble(secret, "text-ssn", value, key=patient, attempt=attempt)
    # an area number from 900 up is never issued
    i = next(k for k, c in enumerate(out) if c.isdigit())
    return out[:i] + "9" + out[i + 1 :]


def number(secret: DeidSecret, patient: str, category: str, value: str, attempt: int) -> str:
    return scramble(secret, f"text-{category.lower()}", value, key=patient, attempt=attempt)
