"""Reversible surrogates: identifiers out before a call leaves, back in the answer.

The engine is the text de-identifier of #9 (:class:`custos.deid.Deidentifier`):
the same detection, the same keyed surrogates, the same per-patient date
shift. The vault adds the way back. Each *scope* (one patient within one DUA,
or one call when the caller names no patient) keeps its mapping from
surrogate to original in this process's memory only, for no longer than the
DUA's ``surrogate_retention_hours``; a restart forgets everything (the secret
is drawn fresh at start-up), which is the point: the mapping never leaves the
gateway and never reaches a disk.

What comes back from the vendor is re-identified so the clinician reads the
real names:

* names, numbers, addresses, e-mails and the like: every surrogate the scope
  handed out is replaced by its original (names in Title or UPPER case only,
  so that a surrogate that is also a lower-case word is left alone);
* dates: the vendor only ever saw the patient's shifted timeline, so every
  date in its answer (including ones it derived, "review on 2031-03-12") is
  moved back by the patient's shift. A date the vendor quotes from general
  knowledge as a full date would be moved too (bare years are not dates);
* ages over 89 ("90+"), ZIP codes (three digits kept) and initials are
  many-to-one by design and stay as they are.

Streams are re-identified as they pass: :class:`StreamReidentifier` holds back
only the tail that could still be the start of a surrogate or a date.
"""

from __future__ import annotations

import itertools
import re
import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from custos.deid import _text_surrogates as sur
from custos.deid._common import DeidSecret
from custos.deid._text import Deidentifier
from custos.deid._text_detect import Span, find_dates

__all__ = ["Known", "Redaction", "StreamReidentifier", "SurrogateVault"]

# Categories whose surrogates also appear in lower case in a vendor's answer
# (e-mail addresses and URLs are case-insensitive).
_ANY_CASE = frozenset({"EMAIL", "URL"})
# Longest date spelling the patterns know ("Wednesday, September 14th, 2022").
_DATE_HOLD = 40
_INITIAL_GAP = re.compile(r"[ \t]+([A-Z])\.?[ \t]+")
# An initial just before a name word ("L. Ferreira") or just after an upper-case
# one at the end of a name ("RAFFERTY, THOMAS W", "WALTER S  90+ y/o").
_INITIAL_BEFORE = re.compile(r"(?<![\w.'\u2019])(?<!\w-)([A-Z])\.?[ \t]+$")
# Initials alone, dotted: "Initials R.K.", "cc: J.M.T."
_DOTTED_INITIALS = re.compile(
    r"(?<![\w.])([A-Z])\.([A-Z])\.(?:([A-Z])\.)?(?![\w])"
    # or joined by hyphens: "Initials R-H", "R-M-K"
    r"|(?<![\w.-])([A-Z])-([A-Z])(?:-([A-Z]))?(?![\w-])"
)
_INITIAL_AFTER = re.compile(r"[ \t]+([A-Z])(?:\.|(?![\w'\u2019-]))")
# ... and after a comma, at the end of a table's cell or a line, or as an HL7
# name's middle initial, in any case: "Voss, R" and "Patel S" in a table,
# "Marguerite A   MRN ...", "OKAFOR^CHIDI^E|".
_INITIAL_AFTER_ANY = re.compile(
    r"(?:,[ \t]*|\^(?=[A-Z][\^|])|[ \t]+(?=[A-Z](?:\.?(?:[ \t]{2,}|\t|[ \t]*$)"
    r"|\.(?:[)\],;:]|[ \t]+(?:\(|--?[ \t])))))"
    r"([A-Z])(?:\.|(?![\w'\u2019-]))",
    re.M,
)
# A line signed with an initial after a dash: "thx - S".
_SIGNED_INITIAL = re.compile(r"(?:^|[ \t])(?:--?|\u2013|\u2014)[ \t]*([A-Z])\.?[ \t]*$", re.M)
# A stream is scanned again only when this much more can be released.
_MIN_RELEASE = 24
# Left context the streaming date detector reads (its context rules look 30 back).
_LEFT_CONTEXT = 64
# A call's own scope outlives a call that never closed by at most this long.
_CALL_TTL = 3600.0


@dataclass
class Redaction:
    """What de-identifying one call's texts did (counts, never values)."""

    texts: list[str]
    replaced: Counter[str] = field(default_factory=Counter)


@dataclass
class _Scope:
    key: str
    expires: float
    ephemeral: bool = False
    names: set[str] = field(default_factory=set)
    # cached matcher for the way back, rebuilt when the mapping grows
    size: int = -1
    matcher: re.Pattern[str] | None = None
    originals: dict[str, tuple[str, str]] = field(default_factory=dict)
    initials: dict[str, str] = field(default_factory=dict)
    hold: int = _DATE_HOLD


@dataclass(frozen=True)
class Known:
    """Identifiers the hospital's own systems know for the patient of a call
    (its EHR has the name, the record number, the date of birth): removed
    wherever they stand, so what the detector misses of them cannot leave."""

    names: tuple[str, ...] = ()
    identifiers: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()

    def name_words(self) -> set[str]:
        return {w for n in self.names for w in re.findall(r"[^\W\d_]{2,}", n)}


def _with_known(text: str, spans: list[Span], known: Known) -> list[Span]:
    """``spans`` plus every occurrence of a known identifier or date (a found
    span that overlaps one gives way unless it covers it)."""
    extra: list[Span] = []
    for values, category in ((known.identifiers, "ID"), (known.dates, "DATE")):
        for v in values:
            for m in re.finditer(r"(?<![\w])" + re.escape(v) + r"(?![\w])", text):
                extra.append(Span(m.start(), m.end(), category))
    if not extra:
        return spans
    kept = [
        s
        for s in spans
        if not any(
            s.start < e.end and e.start < s.end and not (s.start <= e.start and e.end <= s.end)
            for e in extra
        )
    ]
    extra = [e for e in extra if not any(s.start <= e.start and e.end <= s.end for s in kept)]
    out: list[Span] = []
    for s in sorted(kept + extra, key=lambda s: (s.start, s.start - s.end)):
        if out and s.start < out[-1].end:
            continue
        out.append(s)
    return out


class SurrogateVault:
    """Per-scope reversible surrogates, in memory, with expiry.

    Thread-safe: the gateway de-identifies in worker threads.
    """

    def __init__(
        self,
        secret: DeidSecret | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._deid = Deidentifier(secret or DeidSecret.generate())
        self._scopes: dict[str, _Scope] = {}
        self._lock = threading.Lock()
        self._clock = clock

    # -- scopes ----------------------------------------------------------------

    def open(self, dua_id: str, patient: str | None, retention_hours: float) -> str:
        """The scope for a call: the patient's (kept for ``retention_hours``
        after its last use) or, with no patient or no retention, the call's own."""
        now = self._clock()
        with self._lock:
            self._expire(now)
            ephemeral = patient is None or retention_hours <= 0
            if ephemeral:
                key = f"{dua_id}\0call\0{secrets.token_hex(12)}"
                # dropped by close(); the expiry only catches a call that never closed
                ttl = _CALL_TTL
            else:
                key = f"{dua_id}\0patient\0{patient}"
                ttl = retention_hours * 3600.0
            sc = self._scopes.get(key)
            if sc is None:
                sc = self._scopes[key] = _Scope(key=key, expires=now + ttl, ephemeral=ephemeral)
            sc.expires = max(sc.expires, now + ttl)
            return key

    def close(self, key: str) -> None:
        """End a call: a call-only scope is forgotten at once."""
        with self._lock:
            sc = self._scopes.get(key)
            if sc is not None and sc.ephemeral:
                self._drop(key)

    def _drop(self, key: str) -> None:
        self._scopes.pop(key, None)
        self._deid.forget(key)

    def _expire(self, now: float) -> None:
        for key in [k for k, sc in self._scopes.items() if sc.expires < now]:
            self._drop(key)

    def purge_expired(self) -> int:
        """Forget every patient scope whose retention has ended; how many."""
        with self._lock:
            before = len(self._scopes)
            self._expire(self._clock())
            return before - len(self._scopes)

    def __len__(self) -> int:
        return len(self._scopes)

    # -- out ---------------------------------------------------------------------

    def deidentify(self, key: str, texts: Sequence[str], known: Known | None = None) -> Redaction:
        """Replace the identifiers in ``texts`` (one call's strings) with the
        scope's surrogates. Names found in one text are looked for in all of
        them and in the scope's earlier calls; ``known`` identifiers (from the
        hospital's own records) are removed wherever they stand, found by the
        detector or not."""
        with self._lock:
            sc = self._scopes[key]
            if known is not None:
                sc.names |= known.name_words()
            spans = [self._deid.find(t, known_names=sc.names) for t in texts]
            words: set[str] = set()
            for t, sp in zip(texts, spans, strict=True):
                words |= self._deid.name_words(t, sp)
            if words - sc.names:
                sc.names |= words
                spans = [self._deid.find(t, known_names=sc.names) for t in texts]
            if known is not None:
                spans = [_with_known(t, sp, known) for t, sp in zip(texts, spans, strict=True)]
            out = Redaction(texts=[])
            for t, sp in zip(texts, spans, strict=True):
                out.texts.append(self._deid.redact(t, patient=key, spans=sp))
                out.replaced.update(s.category for s in sp)
            return out

    # -- back --------------------------------------------------------------------

    def _matcher(self, sc: _Scope) -> tuple[re.Pattern[str] | None, dict[str, tuple[str, str]]]:
        rev = self._deid.reverse(sc.key)
        if len(rev) == sc.size:
            return sc.matcher, sc.originals
        originals: dict[str, tuple[str, str]] = {}
        initials: dict[str, str] = {}
        # A surrogate recorded as written comes first: "SMITH" may stand for
        # "TRAN" while "Smith" stands for "Trần" (one name written two ways).
        for (kind, surrogate), original in rev.items():
            if kind != "NAME_INITIAL":
                originals[surrogate] = (kind, original)
        for (kind, surrogate), original in rev.items():
            if kind == "NAME_INITIAL":
                initials[surrogate] = original
                continue
            if kind == "NAME":
                # Title and UPPER case; lower case only where the note wrote the
                # name so (a lower-case surrogate may be an ordinary word)
                forms = {surrogate} if surrogate.islower() else {surrogate, surrogate.upper()}
            elif kind in _ANY_CASE:
                forms = {surrogate, surrogate.lower()}
            else:
                forms = {surrogate}
            for f in forms:
                originals.setdefault(f, (kind, original))
        sc.initials = initials
        alts = sorted(originals, key=len, reverse=True)
        # Dates as written need strict edges ("12/17" must not match inside
        # "12/17/2019"); other surrogates may touch a hyphen ("Ruiz-Heller" is
        # replaced word by word, "T88120394-01" may be cut at its hyphen).
        # A date written with a month's name may touch a hyphen ("Aug-Nov 2023").
        # A placeholder ("[DATE 2]", a date with no shifted spelling) is bracketed
        # and unique: it comes back wherever it stands ("June 6-[DATE 2]").
        placeholders = [a for a in alts if originals[a][0] == "DATE" and a.startswith("[")]
        dates = [
            a for a in alts if originals[a][0] == "DATE" and not a[:1].isalpha() and a[:1] != "["
        ]
        named = [a for a in alts if originals[a][0] == "DATE" and a[:1].isalpha()]
        handles = [a for a in alts if originals[a][0] == "USERNAME"]
        others = [a for a in alts if originals[a][0] not in ("DATE", "USERNAME")]
        parts = []
        if placeholders:
            parts.append("|".join(map(re.escape, placeholders)))
        if dates:
            # ... and either end of a range of them ("6/20-7/4")
            parts.append(
                r"(?:(?<![\w@./-])|(?<=\d/\d-)|(?<=\d/\d\d-))(?:"
                + "|".join(map(re.escape, dates))
                + r")(?:(?![\w@/-])|(?=-\d{1,2}/\d))"
            )
        if named:
            parts.append(r"(?<![\w@./])(?:" + "|".join(map(re.escape, named)) + r")(?![\w@/])")
        if others:
            parts.append(r"(?<![\w@.])(?:" + "|".join(map(re.escape, others)) + r")(?![\w@])")
        if handles:  # a handle may follow its "@" ("@mimi.whit_" became "@hammond")
            parts.append(r"(?<![\w.])(?:" + "|".join(map(re.escape, handles)) + r")(?![\w@])")
        sc.matcher = re.compile("|".join(parts)) if parts else None
        sc.originals = originals
        sc.size = len(rev)
        sc.hold = max([_DATE_HOLD, *(len(a) for a in alts)]) + 1
        return sc.matcher, originals

    def _spans(self, key: str, text: str) -> list[tuple[int, int, str]]:
        """Where ``text`` holds the scope's surrogates or (shifted) dates, and
        what each becomes. Never overlapping, in order."""
        sc = self._scopes.get(key)
        if sc is None:
            return []
        matcher, originals = self._matcher(sc)
        found: list[tuple[int, int, str]] = []
        taken: list[tuple[int, int]] = []
        names: list[tuple[int, int]] = []
        if matcher is not None:
            for m in matcher.finditer(text):
                kind, original = originals[m.group()]
                if kind == "NAME":
                    new = sur.match_case(_display(original), m.group())
                    names.append(m.span())
                else:
                    new = original
                found.append((m.start(), m.end(), new))
                taken.append((m.start(), m.end()))

        def take(start: int, end: int, letter: str) -> None:
            """Put back the scope's original for a surrogate initial, once."""
            if letter in sc.initials and not any(x < end and start < y for x, y in taken):
                found.append((start, end, sc.initials[letter]))
                taken.append((start, end))

        # a middle initial between two name words ("Kiara J. Duffy")
        for (_, a_end), (b_start, _) in itertools.pairwise(names):
            gap = _INITIAL_GAP.fullmatch(text, a_end, b_start)
            if gap is not None:
                take(*gap.span(1), gap.group(1))
        # a first initial before a name word, a last one after it ("L. Ferreira",
        # "THOMAS W"): the redaction replaced every initial that went with a name
        for a, b in names:
            near: list[re.Match[str] | None] = [_INITIAL_BEFORE.search(text, max(0, a - 4), a)]
            if text[a:b].isupper():  # "LAST, FIRST M": a trailing initial only in that form
                near.append(_INITIAL_AFTER.match(text, b))
            near.append(_INITIAL_AFTER_ANY.match(text, b))  # "Voss, R", "Patel S"
            for hit in near:
                if hit is not None:
                    take(*hit.span(1), hit.group(1))
        for hit in _SIGNED_INITIAL.finditer(text):
            take(*hit.span(1), hit.group(1))
        # dotted initials standing alone, when every letter is one of the scope's
        # surrogate initials (the redaction replaced each letter of "R.K.")
        for hit in _DOTTED_INITIALS.finditer(text):
            groups = [i for i in range(1, len(hit.groups()) + 1) if hit.group(i)]
            if all(hit.group(i) in sc.initials for i in groups) and not any(
                x < hit.end() and hit.start() < y for x, y in taken
            ):
                for i in groups:
                    take(*hit.span(i), hit.group(i))
                taken.append(hit.span())
        shift = -self._deid.date_shift(key)
        anchor: date | None = None
        for s in find_dates(text):
            if any(s.start < e and b < s.end for b, e in taken):
                continue
            value = text[s.start : s.end]
            moved = sur.shift_date(value, shift, anchor)
            parsed = sur.parse_date(value, anchor)
            if parsed is not None and parsed[0] in ("ymd", "mdy_name", "dmy_name", "mdy_num"):
                anchor = parsed[2]
            if moved is not None:
                found.append((s.start, s.end, moved[0]))
        found.sort()
        return found

    def reidentify(self, key: str, text: str) -> tuple[str, int]:
        """``text`` with the scope's surrogates and dates put back; how many."""
        with self._lock:
            spans = self._spans(key, text)
        return _splice(text, spans), len(spans)

    def hold(self, key: str) -> int:
        """How many trailing characters a stream must hold back."""
        with self._lock:
            sc = self._scopes.get(key)
            if sc is None:
                return _DATE_HOLD
            self._matcher(sc)
            return sc.hold


def _display(original: str) -> str:
    """A name word as a clinician would read it, before matching the answer's case."""
    return original.capitalize() if original.isupper() or original.islower() else original


def _splice(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    out: list[str] = []
    pos = 0
    for start, end, new in spans:
        out.append(text[pos:start])
        out.append(new)
        pos = end
    out.append(text[pos:])
    return "".join(out)


class StreamReidentifier:
    """Re-identify text that arrives in pieces (a streamed answer).

    :meth:`feed` returns what can be released now: everything up to the last
    whitespace before the held-back tail, never cutting through a surrogate
    or a date. :meth:`flush` releases the rest at the end.
    """

    def __init__(self, vault: SurrogateVault, key: str) -> None:
        self._vault = vault
        self._key = key
        self._pending = ""
        # the last released characters (as received): the date detector reads
        # a little context to the left ("pain 6/10, improved to 3/10")
        self._left = ""
        self._hold = vault.hold(key)
        self.replaced = 0

    def _spans(self) -> list[tuple[int, int, str]]:
        n = len(self._left)
        with self._vault._lock:
            spans = self._vault._spans(self._key, self._left + self._pending)
        return [(a - n, b - n, new) for a, b, new in spans if a >= n]

    def feed(self, piece: str) -> str:
        self._pending += piece
        cut = len(self._pending) - self._hold
        if cut < _MIN_RELEASE:
            # scanning costs the same for 1 character as for 30: release in steps
            return ""
        spans = self._spans()
        # Never cut through a surrogate or a date, and release only up to a
        # whitespace boundary (a word cut in two could read as another
        # surrogate, or none); surrogates may hold spaces, so repeat.
        while cut > 0:
            inside = [a for a, b, _ in spans if a < cut < b]
            if inside:
                cut = min(inside)
            ws = max(self._pending.rfind(c, 0, cut) for c in " \n\t\r")
            new_cut = ws + 1 if ws >= 0 else 0
            if new_cut == cut and not any(a < cut < b for a, b, _ in spans):
                break
            cut = new_cut
        if cut <= 0:
            return ""
        head = [s for s in spans if s[1] <= cut]
        self.replaced += len(head)
        out = _splice(self._pending[:cut], head)
        self._left = (self._left + self._pending[:cut])[-_LEFT_CONTEXT:]
        self._pending = self._pending[cut:]
        return out

    def flush(self) -> str:
        spans = self._spans()
        self.replaced += len(spans)
        text = _splice(self._pending, spans)
        self._left = (self._left + self._pending)[-_LEFT_CONTEXT:]
        self._pending = ""
        return text
