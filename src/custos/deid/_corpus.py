"""A synthetic clinical-note corpus with known identifiers, and its scoring.

:func:`generate` writes discharge summaries, progress notes, radiology
reports, referral letters, telephone encounters and nursing notes for synthetic patients,
deterministically from a seed, recording where every identifier is
(:class:`GoldSpan`). Each patient has several notes, so consistency across a
patient's notes can be tested.

How it avoids flattering the detector:

* **Names the detector does not know.** About 35% of name words come from
  Faker locales the detector's lexicon does not read (Finnish, Hungarian,
  Turkish, Yoruba, Igbo, Hausa, Czech, Swahili, Indonesian, Zulu, Polish,
  Croatian, Lithuanian, Estonian, ...), with anything the lexicon knows
  removed, or are invented from syllables; a name with such a word is tagged
  ``"oov"`` and scored apart (``NAME (not in lexicon)``). A gold name span is a
  whole name as written ("Anna M. Kowalczyk", "KOWALCZYK, ANNA"), without
  titles or credentials.
* **Noise**: lower-case names, names opening a sentence, "LAST, FIRST" in
  headers, initials, eponyms that are not names (Parkinson's disease, Foley
  catheter, Graves' disease, Bell's palsy, Murphy's sign, Jackson-Pratt
  drain...), drug names, doses, vitals, lab values, scores, years alone and
  ages under 90 (none of them identifiers), month names and "may"/"will" as
  words.
* Street addresses and cities come from Faker's US address provider (all
  225 USPS street suffixes), phone numbers in several layouts.

:func:`evaluate` scores any object with ``find(text) -> spans`` (the custos
:class:`~custos.deid._text.Deidentifier`, or an adapter around another tool):
span-level recall and precision (exact boundaries and any overlap) and
token-level recall and precision, per category and overall. Matching is
category-blind ("binary", as in the i2b2 de-identification evaluations): a
phone number found but labelled as an ID still counts as found, since it is
removed either way; recall is reported per gold category, precision per
predicted category.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Protocol

from custos.deid._text_lexicon import NOT_NAME, fold, name_lexicon

# Locales the detector's lexicon does not use: the out-of-lexicon names.
HELDOUT_LOCALES = (
    "fi_FI", "hu_HU", "tr_TR", "yo_NG", "ig_NG", "ha_NG", "cs_CZ", "sw", "id_ID", "zu_ZA",
    "pl_PL", "hr_HR", "lt_LT", "et_EE", "sk_SK", "sl_SI", "lv_LV", "tw_GH",
)  # fmt: skip
OOV_SHARE = 0.35


@dataclass(frozen=True, order=True)
class GoldSpan:
    start: int
    end: int
    category: str
    tag: str = ""  # "oov": a name with a word outside the detector's lexicon


@dataclass(frozen=True)
class Note:
    note_id: str
    patient: str
    kind: str
    text: str
    spans: tuple[GoldSpan, ...]


class _Finder(Protocol):
    def find(self, text: str) -> Sequence[Any]: ...


# --- name pools ----------------------------------------------------------------


def _faker_names(locales: Iterable[str]) -> tuple[list[str], list[str]]:
    import importlib

    first: set[str] = set()
    last: set[str] = set()
    for loc in locales:
        prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            first.update(str(n) for n in getattr(prov, attr, ()))
        last.update(str(n) for n in getattr(prov, "last_names", ()))
    return sorted(first), sorted(last)


_SYL_A = ("ka", "zu", "mi", "to", "re", "vo", "lin", "dar", "qu", "bel", "nor", "sha", "gri",
          "pe", "ty", "xan", "ol", "mar", "ve", "do", "zen", "ru", "fal", "ki", "ob",
          "ith")  # fmt: skip
_SYL_B = ("va", "rek", "mo", "nish", "tel", "dra", "lo", "zik", "wen", "sto", "ria", "bu",
          "gan", "phe", "lur", "ski", "tova", "mek", "ard", "uli", "yon", "sel")  # fmt: skip


class _Names:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        lex_first, lex_last = name_lexicon()
        lex = lex_first | lex_last

        def simple(n: str) -> bool:
            return n.replace("-", "").replace("'", "").isalpha() and " " not in n

        f_in, l_in = _faker_names(("en_US", "en_GB", "es_ES", "it_IT", "de_DE", "fr_FR"))
        self.first_in = [
            n for n in f_in if simple(n) and fold(n) in lex_first and fold(n) not in NOT_NAME
        ]
        self.last_in = [
            n for n in l_in if simple(n) and fold(n) in lex_last and fold(n) not in NOT_NAME
        ]
        f_out, l_out = _faker_names(HELDOUT_LOCALES)

        def unknown(n: str) -> bool:
            parts = [fold(p) for p in re.split(r"[-' ]", n) if p]
            return simple(n) and not any(p in lex or p in NOT_NAME for p in parts)

        self.first_out = [n for n in f_out if unknown(n)]
        self.last_out = [n for n in l_out if unknown(n)]

    def _invented(self) -> str:
        r = self.rng
        w = r.choice(_SYL_A) + r.choice(_SYL_B) + (r.choice(_SYL_B) if r.random() < 0.4 else "")
        return w.capitalize()

    def word(self, first: bool) -> tuple[str, bool]:
        """A name word and whether it is outside the detector's lexicon."""
        r = self.rng
        if r.random() < OOV_SHARE:
            if r.random() < 0.3:
                w = self._invented()
                if fold(w) in name_lexicon()[0] | name_lexicon()[1]:
                    return w, False
                return w, True
            w = r.choice(self.first_out if first else self.last_out)
            if r.random() < 0.5:  # many record systems strip accents
                w = "".join(c for c in _ascii(w))
            return w, True
        return r.choice(self.first_in if first else self.last_in), False


def _ascii(w: str) -> str:
    import unicodedata

    return "".join(
        c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c)
    ).replace("\u0131", "i")


@dataclass
class _Person:
    first: str
    last: str
    middle: str
    oov_first: bool
    oov_last: bool
    sex: str = "F"


@dataclass
class _Patient:
    pid: str
    person: _Person
    age: int
    dob: date
    mrn: str
    account: str
    plan_id: str
    ssn: str
    phone: str
    email: str
    street: str
    city: str
    state: str
    zip: str
    relative: _Person
    relation: str
    pcp: _Person
    attending: _Person
    base: date
    device: str
    plate: str
    extra: dict[str, str] = field(default_factory=dict)


# --- the note builder ----------------------------------------------------------


class _B:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.parts: list[str] = []
        self.spans: list[GoldSpan] = []
        self.pos = 0

    def t(self, s: str) -> _B:
        self.parts.append(s)
        self.pos += len(s)
        return self

    def p(self, s: str, cat: str, tag: str = "") -> _B:
        self.spans.append(GoldSpan(self.pos, self.pos + len(s), cat, tag))
        return self.t(s)

    def name(self, who: _Person, form: str | None = None) -> _B:
        """A person's name in one of many forms; gold covers the name words only."""
        r = self.rng
        form = form or r.choice(
            ["full", "full", "full", "last_first", "initial", "first", "last", "upper", "lower"]
        )
        f, la = who.first, who.last
        tf = "oov" if who.oov_first else ""
        tl = "oov" if who.oov_last else ""
        both = "oov" if tf or tl else ""
        text = {
            "full": f"{f} {la}",
            "last_first": f"{la}, {f}",
            "initial": f"{f} {who.middle}. {la}",
            "first": f,
            "last": la,
            "upper": f"{la.upper()}, {f.upper()}",
            "lower": f"{f.lower()} {la.lower()}",
        }[form]
        tag = tf if form == "first" else tl if form == "last" else both
        self.p(text, "NAME", tag)
        return self

    def titled(self, who: _Person) -> _B:
        title = self.rng.choice(
            ["Mr." if who.sex == "M" else "Mrs.", "Ms." if who.sex == "F" else "Mr."]
        )
        return self.t(title + " ").name(who, "last")

    def dr(self, who: _Person) -> _B:
        r = self.rng.random()
        if r < 0.5:
            return self.t("Dr. ").name(who, self.rng.choice(["last", "full"]))
        if r < 0.8:
            return self.name(who, "full").t(
                self.rng.choice([", MD", " MD", ", DO", ", NP", ", PA-C"])
            )
        return self.t("Dr ").name(who, "initial")

    def date(self, d: date, style: str | None = None) -> _B:
        r = self.rng
        months = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]  # fmt: skip
        mon = months[d.month - 1]
        style = style or r.choice(
            ["mdy", "mdy", "mdy_pad", "mdy2", "iso", "long", "long", "abbr", "dmy_name",
             "dmon", "month_year", "weekday", "dash"]
        )  # fmt: skip
        s = {
            "mdy": f"{d.month}/{d.day}/{d.year}",
            "mdy_pad": f"{d.month:02d}/{d.day:02d}/{d.year}",
            "mdy2": f"{d.month}/{d.day}/{d.year % 100:02d}",
            "iso": d.isoformat(),
            "long": f"{mon} {d.day}, {d.year}",
            "abbr": f"{mon[:3]} {d.day} {d.year}",
            "dmy_name": f"{d.day} {mon[:3]} {d.year}",
            "dmon": f"{d.day:02d}-{mon[:3].upper()}-{d.year}",
            "month_year": f"{mon} {d.year}",
            "weekday": f"{d.strftime('%A')}, {mon} {d.day}, {d.year}",
            "dash": f"{d.month:02d}-{d.day:02d}-{d.year}",
            "md": f"{d.month}/{d.day}",
            "mon_day": f"{mon} {d.day}",
        }[style]
        return self.p(s, "DATE")

    def build(self) -> tuple[str, tuple[GoldSpan, ...]]:
        return "".join(self.parts), tuple(sorted(self.spans))


# --- clinical text that is not PHI ----------------------------------------------

_FILLER = (
    "History of Parkinson's disease, on carbidopa-levodopa 25/100 mg three times daily.",
    "Foley catheter was removed on hospital day 3 and she voided without difficulty.",
    "Gram stain showed gram-positive cocci in clusters; cultures pending.",
    "Remote history of Hodgkin lymphoma treated with ABVD, in remission.",
    "Graves' disease, status post radioactive iodine, now on levothyroxine 88 mcg daily.",
    "Bell's palsy on the left in 2015, resolved.",
    "Murphy's sign negative. Abdomen soft, non-distended.",
    "Jackson-Pratt drain output 30 mL serosanguinous over 24 hours.",
    "Crohn's disease of the terminal ileum, on infliximab every 8 weeks.",
    "Cushing syndrome was ruled out with a normal dexamethasone suppression test.",
    "Barrett's esophagus on surveillance EGD.",
    "Glasgow Coma Scale 15. Babinski downgoing bilaterally.",
    "Austin Flint murmur not appreciated. Regular rate and rhythm.",
    "Mallory-Weiss tear suspected; hemoglobin stable at 10.9.",
    "Non-Hodgkin lymphoma in the differential; flow cytometry sent.",
    "Alzheimer's dementia, moderate; MoCA 14/30.",
    "Vitals: BP 132/84, HR 88, RR 16, T 98.6 F, SpO2 97% on room air.",
    "BP 118/76 mmHg, pulse 72, weight 81.2 kg, BMI 27.4.",
    "Labs: Na 138, K 4.1, Cl 101, HCO3 24, BUN 18, Cr 1.2, glucose 142.",
    "CBC: WBC 9.8, Hgb 11.4, Hct 34.2, Plt 245. INR 2.3.",
    "HbA1c 7.2% (goal < 7%). LDL 96 mg/dL.",
    "Metoprolol succinate 50 mg PO daily; lisinopril 10 mg daily; atorvastatin 40 mg qhs.",
    "Started Lasix 40 mg IV twice daily with good diuresis, net negative 1.5 L.",
    "Apixaban 5 mg BID for atrial fibrillation, CHA2DS2-VASc 4.",
    "Pain 6/10, improved to 3/10 after oxycodone 5 mg.",
    "Echo: EF 55%, no wall motion abnormalities, mild MR.",
    "Hope to discharge in 2 days if tolerating diet.",
    "Will follow up on cultures and adjust antibiotics.",
    "May resume home medications except metformin for 48 hours after contrast.",
    "Patient may shower. March in place exercises with PT.",
    "Brown stool, guaiac negative. No melena.",
    "Grace period for prior authorization noted by pharmacy.",
    "Swan-Ganz catheter removed. PICC line in the right basilic vein.",
    "Smoked 1 pack per day for 30 years, quit in 2009.",
    "She is a 67-year-old woman; her mother died at 82 of a stroke.",
    "Diagnosed with type 2 diabetes in 2011 and hypertension in 2004.",
    "Holter monitor for 48 hours; Doppler of the lower extremities negative for DVT.",
    "Down syndrome with baseline intellectual disability, lives in a group home.",
    "Tanner stage 4. Lachman test negative.",
    "Wilson disease excluded: ceruloplasmin 28 mg/dL.",
    "Guillain-Barre syndrome considered; LP with albuminocytologic dissociation not seen.",
    "Ceftriaxone 1 g IV q24h, day 3 of 7.",
    "Insulin glargine 20 units at bedtime, lispro sliding scale.",
    "Code status: Full code. Diet: cardiac, 2 g sodium.",
    "PT/OT evaluation: ambulates 150 feet with a walker.",
    "Admitted to the Cardiology service; Neurology and Nephrology consulted.",
    "Per Cardiology, continue heparin drip; repeat troponin at 1400.",
    "Discussed with Social Work regarding home services.",
    "ICD-10 I50.9, CPT 99223. Room 412B.",
    "Tolerating Ensure shakes. Continues on Unasyn, will narrow to Augmentin.",
    "Afebrile overnight. Ambulating in the hallway with Physical Therapy.",
    "Appreciate Heme/Onc recommendations. Awaiting flow cytometry.",
    "Interpreter used (Spanish). Chaplain visited.",
    "Rapid Response called for hypotension; Levophed started, weaned off by morning.",
    "Diflucan 150 mg once. Prevnar and Shingrix due. Tdap up to date.",
    "BiPAP overnight, transitioned to nasal cannula 2 L.",
    "Medicine Team B will follow. Sign-out given to night float.",
    "Pyxis override documented. Omnicell count correct.",
    "Hospital day #3, POD 2. Drain removed. Take 1/2 tab if dizzy.",
    "Lab        Value   Ref\nSodium     138     135-145\nPotassium  4.1     3.5-5.1\n",
    "Seroquel 25 mg qhs prn agitation; Haldol avoided given QTc 488.",
    "Troponin 0.04 -> 0.03. BNP 1,240. Lactate 1.8.",
    "Recommend outpatient sleep study. Consider Holter if palpitations recur.",
    "Normal S1, S2. No JVD. Trace pedal edema to the ankles.",
    "Kidney Donor Profile Index discussed. Transplant Clinic to follow.",
    "Depression screen PHQ-9 score 12. Safety plan reviewed.",
    "Fall risk: Morse score 55. Bed alarm on.",
    "Rhythm strip: NSR 78. QRS 96 ms. Zio patch applied for 14 days.",
)


def _filler(b: _B, k: int) -> None:
    for s in b.rng.sample(_FILLER, k):
        b.t(s + " ")


# --- patients and notes -----------------------------------------------------------


def _person(names: _Names, rng: random.Random) -> _Person:
    f, of = names.word(True)
    la, ol = names.word(False)
    return _Person(f, la, rng.choice("ABCDEFGHJKLMNPRSTW"), of, ol, rng.choice("MF"))


def _patient(i: int, names: _Names, rng: random.Random, fake: Any) -> _Patient:
    p = _person(names, rng)
    age = rng.choice([rng.randint(91, 104)] + [rng.randint(19, 89)] * 5)
    base = date(2018, 1, 1) + timedelta(days=rng.randint(0, 2000))
    dob = base - timedelta(days=age * 365 + rng.randint(0, 364))
    area = rng.randint(201, 989)
    phone = rng.choice(
        [
            f"({area}) {rng.randint(200, 999)}-{rng.randint(0, 9999):04d}",
            f"{area}-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}",
            f"{area}.{rng.randint(200, 999)}.{rng.randint(0, 9999):04d}",
            f"+1 {area} {rng.randint(200, 999)} {rng.randint(0, 9999):04d}",
        ]
    )
    zipc = f"{rng.randint(1001, 99950):05d}"
    if rng.random() < 0.15:
        zipc += f"-{rng.randint(0, 9999):04d}"
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    domain = rng.choice(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com"])
    plate = "".join(rng.choice(letters) for _ in range(3))
    plate = f"{rng.randint(1, 9)}{plate}{rng.randint(100, 999)}"
    return _Patient(
        pid=f"PAT{i:05d}",
        person=p,
        age=age,
        dob=dob,
        mrn=rng.choice([f"{rng.randint(1000000, 99999999)}", f"{rng.randint(0, 99999999):08d}"]),
        account=f"{rng.randint(10**8, 10**10 - 1)}",
        plan_id="".join(rng.choice(letters) for _ in range(3)) + f"{rng.randint(10**8, 10**9 - 1)}",
        ssn=f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
        phone=phone,
        email=f"{_ascii(p.first).lower()}.{_ascii(p.last).lower()}{rng.randint(1, 99)}@{domain}",
        street=fake.street_address(),
        city=fake.city(),
        state=fake.state_abbr(include_territories=False),
        zip=zipc,
        relative=_person(names, rng),
        relation=rng.choice(
            ["wife", "husband", "daughter", "son", "sister", "brother", "niece", "partner"]
        ),
        pcp=_person(names, rng),
        attending=_person(names, rng),
        base=base,
        device="".join(rng.choice(letters) for _ in range(3)) + f"{rng.randint(100000, 999999)}",
        plate=plate,
    )


def _age(b: _B, pt: _Patient) -> None:
    r = b.rng
    form = r.choice(["{}-year-old", "{} yo", "{} y/o", "{} year old"])
    n = str(pt.age)
    pre, post = form.split("{}")
    b.t(pre)
    if pt.age > 89:
        b.p(n, "AGE")
    else:
        b.t(n)
    b.t(post)


def _header(b: _B, pt: _Patient, title: str) -> None:
    b.t(f"{title}\n")
    b.t("Patient: ").name(pt.person, b.rng.choice(["upper", "last_first", "full"])).t("    MRN: ")
    b.p(pt.mrn, "MRN").t("\nDOB: ").date(pt.dob, b.rng.choice(["mdy_pad", "mdy", "iso"]))
    if b.rng.random() < 0.5:
        b.t("    Acct #: ").p(pt.account, "ACCOUNT")
    b.t("\n")


def _discharge(b: _B, pt: _Patient, d: date) -> None:
    r = b.rng
    _header(b, pt, "DISCHARGE SUMMARY")
    b.t("Admission Date: ").date(d).t("\nDischarge Date: ").date(
        d + timedelta(days=r.randint(2, 9))
    ).t("\n")
    b.t("Attending: ").name(pt.attending, "full").t(", MD\n\nHISTORY OF PRESENT ILLNESS:\n")
    b.titled(pt.person).t(" is a ")
    _age(b, pt)
    b.t(" with CHF and CKD stage 3 who presented on ").date(d, r.choice(["md", "mon_day", "long"]))
    b.t(" with dyspnea. ")
    _filler(b, 3)
    b.t("\n\nHOSPITAL COURSE:\n")
    _filler(b, 3)
    b.name(pt.person, "last").t(" was seen by Dr. ").name(pt.pcp, "last").t(
        " from her PCP office. "
    )
    b.t("Her ").t(pt.relation).t(", ").name(pt.relative, r.choice(["full", "first"])).t(
        ", was at the bedside. "
    )
    b.t("\n\nDISPOSITION: Home with services at ").p(pt.street, "ADDRESS").t(", ").p(
        pt.city, "CITY"
    )
    b.t(f", {pt.state} ").p(pt.zip, "ZIP").t(".\nFollow-up with ").dr(pt.pcp).t(" on ")
    b.date(d + timedelta(days=14), r.choice(["mdy", "long", "abbr"])).t(". Call ").p(
        pt.phone, "PHONE"
    )
    b.t(" with questions.\n\nElectronically signed by: ").name(pt.attending, "full").t(
        ", MD "
    ).date(d + timedelta(days=9), "mdy").t("\n")


def _progress(b: _B, pt: _Patient, d: date) -> None:
    r = b.rng
    b.t("PROGRESS NOTE   ").date(d, "mdy").t("\n")
    b.t(r.choice(["S: ", "Subjective: "]))
    b.name(pt.person, r.choice(["first", "last", "lower", "full"])).t(
        " reports feeling better today. "
    )
    _filler(b, 2)
    b.t("\nO: ")
    _filler(b, 3)
    b.t("\nA/P: ")
    _age(b, pt)
    b.t(r.choice([" F", " M", " woman", " man"]) + " with pneumonia, improving. ")
    _filler(b, 2)
    if r.random() < 0.5:
        b.t("Discussed with her ").t(pt.relation).t(" ").name(pt.relative, "first").t(
            " by phone at "
        ).p(pt.phone, "PHONE").t(". ")
    if r.random() < 0.4:
        b.t("Pacemaker serial number: ").p(pt.device, "DEVICE").t(". ")
    if r.random() < 0.4:
        b.t("Plan reviewed on the ").p(f"{d.day}{_ord(d.day)}", "DATE").t(" with the team. ")
    b.t("\n").name(pt.attending, r.choice(["full", "initial"])).t(
        r.choice([", MD", ", NP", " RN"])
    ).t("\n")


def _ord(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _radiology(b: _B, pt: _Patient, d: date) -> None:
    r = b.rng
    b.t("RADIOLOGY REPORT\nName: ").name(pt.person, r.choice(["last_first", "upper"])).t(
        "\nMRN: "
    ).p(pt.mrn, "MRN")
    b.t("   Accession #: ").p(f"RA{r.randint(10**6, 10**7 - 1)}", "ID").t("\nExam date: ").date(
        d
    ).t("\n")
    b.t("EXAM: CT chest with contrast.\nCOMPARISON: ").date(
        d - timedelta(days=r.randint(30, 400)), r.choice(["mdy", "iso", "month_year"])
    )
    b.t(
        ".\nFINDINGS: No pulmonary embolism. 4 mm nodule in the right upper lobe "
        "(series 3, image 45). "
    )
    b.t(
        "Heart size normal. No effusion.\nIMPRESSION: No acute findings. "
        "Follow-up CT in 12 months.\n"
    )
    b.t("Interpreted by: ").dr(pt.attending).t("\nReferring physician: ").name(pt.pcp, "full").t(
        ", MD\n"
    )
    if r.random() < 0.3:
        b.t("Images sent from workstation ").p(
            f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "IP"
        ).t(".\n")


def _referral(b: _B, pt: _Patient, d: date) -> None:
    r = b.rng
    b.date(d, r.choice(["long", "weekday", "mdy"])).t("\n\nRe: ").name(pt.person, "full").t(
        ", DOB "
    ).date(pt.dob, "mdy_pad").t("\n")
    b.p(pt.street, "ADDRESS").t("\n").p(pt.city, "CITY").t(f", {pt.state} ").p(pt.zip, "ZIP").t(
        "\n\n"
    )
    b.t("Dear Dr. ").name(pt.pcp, "last").t(",\n\nThank you for referring ").titled(pt.person).t(
        ", a "
    )
    _age(b, pt)
    b.t(" with a history of atrial fibrillation. ")
    _filler(b, 4)
    b.t("\nHer insurance Member ID: ").p(pt.plan_id, "HEALTH_PLAN").t(". ")
    if r.random() < 0.5:
        b.t("SSN: ").p(pt.ssn, "SSN").t(". ")
    b.t("She can be reached at ").p(pt.phone, "PHONE").t(" or ").p(pt.email, "EMAIL").t(".\n")
    if r.random() < 0.3:
        b.t("Her family set up a page at ").p(
            f"www.gofundme.com/f/help-{_ascii(pt.person.last).lower()}-family", "URL"
        ).t(". ")
    b.t("I will see her again in ").date(d + timedelta(days=60), "month_year").t(
        ".\n\nSincerely,\n\n"
    )
    b.name(pt.attending, "full").t(", MD\nNPI: ").p(
        f"{r.randint(10**9, 2 * 10**9 - 1)}", "LICENSE"
    ).t("\n")


def _phone(b: _B, pt: _Patient, d: date) -> None:
    r = b.rng
    b.t("TELEPHONE ENCOUNTER ").date(d, r.choice(["mdy", "iso", "dmon"])).t(
        r.choice([" 14:32", " 0930", ""])
    ).t("\n")
    b.t("Caller: ").name(pt.relative, "full").t(f" ({pt.relation})\nCallback: ").p(
        pt.phone, "PHONE"
    ).t("\n")
    b.t("Reason: ").name(pt.relative, "first").t(" called to report that her ").t(
        pt.relation.replace("wife", "husband")
    )
    b.t(" ").name(pt.person, r.choice(["first", "lower", "full"])).t(
        " has had a fever to 101.2 F since "
    )
    b.date(d - timedelta(days=2), r.choice(["md", "mon_day"])).t(". ")
    _filler(b, 2)
    if r.random() < 0.3:
        b.t("He drove himself; license plate ").p(pt.plate, "VEHICLE").t(". ")
    if r.random() < 0.3:
        b.t("Driver's license: ").p(
            f"S{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}", "LICENSE"
        ).t(". ")
    b.t("Advised ED if worse. Spoke with ").name(pt.relative, "first").t(" and she agreed.\n")
    b.t("Message taken by ").name(pt.pcp, r.choice(["full", "initial"])).t(", RN\n")


def _nursing(b: _B, pt: _Patient, d: date) -> None:
    """Free text with the harder cases: names without a cue word, partial dates
    after words the detector does not expect, decades of age."""
    r = b.rng
    b.t("Nursing note ").date(d, r.choice(["mdy", "abbr", "dmon"])).t("\n")
    b.t(r.choice(["Pt ", "Patient "])).t("resting comfortably. ")
    _filler(b, 2)
    b.t("Case reviewed with ").name(pt.pcp, "full").t(" from infectious disease. ")
    if r.random() < 0.5:
        b.name(pt.person, "last").t(" agreeable with plan. ")
    if r.random() < 0.5:
        b.t("Labs collected ").date(d, "md").t(" 06:00. ")
    if r.random() < 0.4 and pt.age > 89:
        b.t("She is in her ").p(f"{pt.age // 10 * 10}s", "AGE").t(" and lives alone. ")
    if r.random() < 0.5:
        b.t("Family (").name(pt.relative, "first").t(") updated at bedside. ")
    if r.random() < 0.4:
        b.t("Cell ").p(
            pt.phone.replace("(", "")
            .replace(")", "")
            .replace(" ", "")
            .replace("-", "")
            .replace(".", "")
            .replace("+1", ""),
            "PHONE",
        ).t(". ")
    if r.random() < 0.3:
        b.t("Email on file ").p(pt.email.upper(), "EMAIL").t(". ")
    _filler(b, 2)
    b.t("\n-- ").name(pt.attending, r.choice(["full", "initial", "last_first"])).t("\n")


KINDS: dict[str, Callable[[_B, _Patient, date], None]] = {
    "nursing": _nursing,
    "discharge": _discharge,
    "progress": _progress,
    "radiology": _radiology,
    "referral": _referral,
    "telephone": _phone,
}


def generate(n: int, *, seed: int, notes_per_patient: int = 3) -> list[Note]:
    """``n`` notes (about ``notes_per_patient`` per patient), deterministic in ``seed``."""
    from faker import Faker

    rng = random.Random(seed)  # noqa: S311 - a reproducible corpus, not a secret
    fake = Faker("en_US")
    fake.seed_instance(seed)
    names = _Names(rng)
    notes: list[Note] = []
    pt: _Patient | None = None
    for i in range(n):
        if pt is None or i % notes_per_patient == 0:
            pt = _patient(i // notes_per_patient, names, rng, fake)
        kind = rng.choice(list(KINDS))
        b = _B(rng)
        KINDS[kind](b, pt, pt.base + timedelta(days=rng.randint(0, 400)))
        text, spans = b.build()
        notes.append(Note(f"N{seed}-{i:05d}", pt.pid, kind, text, spans))
    return notes


# --- scoring ----------------------------------------------------------------------

_WORD = re.compile(r"\w+")


def _overlaps(a: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < a[1] and a[0] < e for s, e in spans)


@dataclass
class _Count:
    tp_r: int = 0  # gold items found
    n_gold: int = 0
    tp_p: int = 0  # predicted items that are gold
    n_pred: int = 0

    def row(self) -> dict[str, float | int]:
        return {
            "recall": self.tp_r / self.n_gold if self.n_gold else float("nan"),
            "precision": self.tp_p / self.n_pred if self.n_pred else float("nan"),
            "gold": self.n_gold,
            "predicted": self.n_pred,
        }


def evaluate(deidentifier: _Finder, notes: Sequence[Note]) -> dict[str, dict[str, dict[str, Any]]]:
    """Recall and precision, per category and overall, at three levels.

    Returns ``{"exact" | "overlap" | "token": {category: {"recall",
    "precision", "gold", "predicted"}}}``; category ``"ALL"`` is overall and
    ``"NAME (not in lexicon)"`` the names the detector's lexicon lacks.
    """
    levels: dict[str, dict[str, _Count]] = {"exact": {}, "overlap": {}, "token": {}}

    def c(level: str, cat: str) -> _Count:
        return levels[level].setdefault(cat, _Count())

    oov = "NAME (not in lexicon)"
    for note in notes:
        pred = [(int(s.start), int(s.end), str(s.category)) for s in deidentifier.find(note.text)]
        pspans = [(s, e) for s, e, _ in pred]
        gspans = [(g.start, g.end) for g in note.spans]
        pset = set(pspans)
        gset = set(gspans)
        for g in note.spans:
            cats = [g.category, "ALL"] + ([oov] if g.tag == "oov" else [])
            for cat in cats:
                c("exact", cat).n_gold += 1
                c("overlap", cat).n_gold += 1
                c("exact", cat).tp_r += (g.start, g.end) in pset
                c("overlap", cat).tp_r += _overlaps((g.start, g.end), pspans)
        for s, e, cat in pred:
            for k in (cat, "ALL"):
                c("exact", k).n_pred += 1
                c("overlap", k).n_pred += 1
                c("exact", k).tp_p += (s, e) in gset
                c("overlap", k).tp_p += _overlaps((s, e), gspans)
        # tokens: word characters runs
        gold_tok: dict[tuple[int, int], list[str]] = {}
        for g in note.spans:
            for m in _WORD.finditer(note.text, g.start, g.end):
                gold_tok.setdefault(m.span(), []).extend(
                    [g.category] + (["NAME (not in lexicon)"] if g.tag == "oov" else [])
                )
        pred_tok: dict[tuple[int, int], str] = {}
        for s, e, cat in pred:
            for m in _WORD.finditer(note.text, s, e):
                pred_tok[m.span()] = cat
        for tok, cats in gold_tok.items():
            hit = tok in pred_tok
            for cat in {*cats, "ALL"}:
                c("token", cat).n_gold += 1
                c("token", cat).tp_r += hit
        for tok, cat in pred_tok.items():
            for k in (cat, "ALL"):
                c("token", k).n_pred += 1
                c("token", k).tp_p += tok in gold_tok
    return {lv: {cat: cnt.row() for cat, cnt in sorted(d.items())} for lv, d in levels.items()}
