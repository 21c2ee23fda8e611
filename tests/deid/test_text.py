"""Clinical text de-identification: detection, surrogates, files, hostile input."""

from __future__ import annotations

import json
import re
import socket
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from custos.core._errors import Conflict, CustosError, InvalidInput
from custos.deid._common import REPORT_NAME, DeidSecret, RelinkTable, date_shift_days
from custos.deid._corpus import generate
from custos.deid._text import Deidentifier, deidentify_text
from custos.deid._text_detect import Span

SECRET = DeidSecret(bytes(range(32)))
OTHER = DeidSecret(bytes(range(1, 33)))


@pytest.fixture(scope="module")
def deid() -> Deidentifier:
    return Deidentifier(SECRET)


def _found(deid: Deidentifier, text: str) -> dict[str, str]:
    return {text[s.start : s.end]: s.category for s in deid.find(text)}


def _spans(deid: Deidentifier, text: str) -> list[tuple[str, str]]:
    """Every find as (text, category), in order, repeats kept."""
    return [(text[s.start : s.end], s.category) for s in deid.find(text)]


def _assert_found(
    deid: Deidentifier, text: str, phi: str, category: str, *, tagger_keeps_category: bool = True
) -> None:
    """The rules alone find ``phi`` as ``category``; with the tagger it is found
    too (as the same category unless ``tagger_keeps_category`` is False)."""
    assert _found(Deidentifier(tagger=None), text).get(phi) == category
    if tagger_keeps_category:
        assert _found(deid, text).get(phi) == category
    else:
        assert phi in _found(deid, text)


def _assert_left_alone(deid: Deidentifier, text: str, word: str) -> None:
    """Neither the rules alone nor the rules with the tagger take ``word``."""
    assert word not in _found(Deidentifier(tagger=None), text)
    assert word not in _found(deid, text)


@pytest.mark.parametrize(
    ("sentence", "phi", "category"),
    [
        ("Seen by Dr. Okonkwo in clinic today.", "Okonkwo", "NAME"),
        ("Mrs. Virtanen is a pleasant woman with COPD.", "Virtanen", "NAME"),
        ("Patient: KOWALCZYK, ANNA M.\nMRN: 4471023", "KOWALCZYK, ANNA M.", "NAME"),
        ("Her daughter, Ngozi, was at the bedside.", "Ngozi", "NAME"),
        ("spoke with wife mary by phone", "mary", "NAME"),
        ("Sincerely,\n\nJennifer Walsh, MD", "Jennifer Walsh", "NAME"),
        ("Electronically signed by: Tomasz Brzeczyszczykiewicz, MD", "Tomasz Brzeczyszczykiewicz",
         "NAME"),
        ("Admitted on 03/14/2021 with chest pain.", "03/14/2021", "DATE"),
        ("Seen March 14, 2021 and again 3/20.", "March 14, 2021", "DATE"),
        ("CT dated 14-Mar-2021 reviewed.", "14-Mar-2021", "DATE"),
        ("Colonoscopy 2019-11-02 normal.", "2019-11-02", "DATE"),
        ("Last seen in June 2020.", "June 2020", "DATE"),
        ("He is a 94-year-old man.", "94", "AGE"),
        ("Call back at (617) 555-0143.", "(617) 555-0143", "PHONE"),
        ("Fax: 617.555.0199", "617.555.0199", "PHONE"),
        ("Email jdoe77@gmail.com with results.", "jdoe77@gmail.com", "EMAIL"),
        ("SSN: 321-54-9876", "321-54-9876", "SSN"),
        ("MRN: 00123456", "00123456", "MRN"),
        ("Acct #: 8812345501", "8812345501", "ACCOUNT"),
        ("Member ID: XZB123456789", "XZB123456789", "HEALTH_PLAN"),
        ("DEA # AB1234563 on file.", "AB1234563", "LICENSE"),
        ("Pacemaker serial number: PJN884512.", "PJN884512", "DEVICE"),
        ("License plate 7ABC123 in the lot.", "7ABC123", "VEHICLE"),
        ("VIN 1HGCM82633A004352 noted.", "1HGCM82633A004352", "VEHICLE"),
        ("Lives at 1234 Elm Street, Apt 5, Springfield, IL 62704.", "1234 Elm Street, Apt 5",
         "ADDRESS"),
        ("Lives at 1234 Elm Street, Apt 5, Springfield, IL 62704.", "Springfield", "CITY"),
        ("Lives at 1234 Elm Street, Apt 5, Springfield, IL 62704.", "62704", "ZIP"),
        ("Portal: https://mychart.example-health.org/v/991 today",
         "https://mychart.example-health.org/v/991", "URL"),
        ("Logged in from 192.168.14.20.", "192.168.14.20", "IP"),
        ("Accession #: RA2291034", "RA2291034", "ID"),
    ],
)  # fmt: skip
def test_each_category_is_found_in_a_realistic_sentence(
    deid: Deidentifier, sentence: str, phi: str, category: str
) -> None:
    found = _found(deid, sentence)
    assert found.get(phi) == category, found


# Forms the development set of hand-written notes (bench/data/deid_text_dev.jsonl)
# showed missed: a month and day alone, towns in running text, ZIP codes
# without the "City, ST" comma, ages over 89 in words or after "at", labelled
# lots, plates and bare extensions, rural routes and lower-case streets.
@pytest.mark.parametrize(
    ("sentence", "phi", "category"),
    [
        ("Labs 4/18: WBC 11.4, improving.", "4/18", "DATE"),
        ("Lorazepam fills 1/2, 1/31, 3/1 - consistent.", "1/31", "DATE"),
        ("Lorazepam fills 1/2, 1/31, 3/1 - consistent.", "1/2", "DATE"),
        ("Hospitalized 3/30-4/6 for aspiration pneumonia.", "4/6", "DATE"),
        ("She ran out of Lasix starting the 10th and felt worse.", "10th", "DATE"),
        ("Moved here from Nashua last spring.", "Nashua", "CITY"),
        ("Mother lives in Fall River with her sister.", "Fall River", "CITY"),
        ("Trip visiting family in Ipatinga and Belo Horizonte.", "Belo Horizonte", "CITY"),
        ("Born in \u0141\u00f3d\u017a; speaks Yiddish.", "\u0141\u00f3d\u017a", "CITY"),
        ("HE LIVES ALONE IN CHICOPEE.", "CHICOPEE", "CITY"),
        ("Pharmacist (Stop & Shop Pharmacy, Dedham; 781 555 0179) called.", "Dedham", "CITY"),
        ("Mail to 1200 Centre St\nNewton MA 02459 please.", "02459", "ZIP"),
        ("Mail to 1200 Centre St\nNewton MA 02459 please.", "Newton", "CITY"),
        ("At 58 Adams St Apt 2R, Quincy\n02169. Former machinist.", "02169", "ZIP"),
        ("Apartment at 27 Warren St #3, 02119. Income: SSDI.", "02119", "ZIP"),
        ("1 Beacon St, 15th Floor, Boston MA 02108; fax to follow", "Boston", "CITY"),
        ("Address: RR 2 Box 118, Ashfield, MA 01330", "RR 2 Box 118", "ADDRESS"),
        ("can you send it to the cvs at 591 memorial dr. thanks", "591 memorial dr.", "ADDRESS"),
        ("At 94 she remains sharp otherwise.", "94", "AGE"),
        ("Mom is 90 and still insists on driving.", "90", "AGE"),
        ("Marguerite Beaulieu, ninety-seven years old, admitted.", "ninety-seven", "AGE"),
        ("Stent placed (lot NGCV3310) without issue.", "NGCV3310", "DEVICE"),
        ("2014 Honda Civic, plate 8KX 442, towed.", "8KX 442", "VEHICLE"),
        ("Shauna Kelleher, RN, Case Manager   x6620", "x6620", "PHONE"),
        ("Incident report #IR-2023-03318 filed.", "IR-2023-03318", "ID"),
        ("Path (S23-20914): melanoma in situ.", "S23-20914", "ID"),
        ("C. Mendes-Ferreira, MD     MA lic. 248813", "248813", "LICENSE"),
        ("Pt: Abernathy, Iris    MRN AC-55102", "Abernathy, Iris", "NAME"),
        ("Anesthesia: MAC, Dr. Foley. Findings: mild trabeculation.", "Foley", "NAME"),
        ("Seen Tuesday in clinic; RTC FRIDAY 0800.", "Tuesday", "DATE"),
        ("Full code, confirmed with pt's son\nBao by phone.", "Bao", "NAME"),
        ("Return in 6 weeks; my assistant Tamika will book her.", "Tamika", "NAME"),
        ("ID: Dmitri Volkov, 29M, admitted for detox.", "Dmitri Volkov", "NAME"),
        ('Pt: Tobin, William ("Bill")  MRN 7718820. Bill agrees to respite.', "Bill", "NAME"),
    ],
)  # fmt: skip
def test_forms_found_missing_on_hand_written_notes_are_found(
    deid: Deidentifier, sentence: str, phi: str, category: str
) -> None:
    found = _found(deid, sentence)
    assert found.get(phi) == category, found


@pytest.mark.parametrize(
    "text",
    [
        "Neuro: LUE 3/5, LLE 4/5, + Babinski L. Grip 4/5 bilaterally.",
        "Motor: hip flexors 3/5, knee ext 4-/5, ankle DF 4/5 bilat; deltoids 4+/5.",
        "Pain 4/10 at incision, improved from 7/10. Mood 6/10 today.",
        "Take 1/2 tab at night; oxycodone-APAP 5/325 mg q6h prn.",
        "Grade 2/6 systolic murmur. Answered 2/3 scenarios correctly. GCS 14/15.",
        "Prednisone 40 mg day 5/5 today. A&O x3. Bowel prep 3/3/2 = 8.",
        "SpO2 at 94 on 2L. HR is 96 and regular. Sats 92 and stable.",
        "Seen in ED at the hospital; Reading improved and Mobile unit arrived in Radiology.",
    ],
)
def test_fractions_scores_and_clinical_words_are_not_taken_for_identifiers(
    deid: Deidentifier, text: str
) -> None:
    assert deid.find(text) == [], _found(deid, text)


@pytest.mark.parametrize(
    "text",
    [
        "History of Parkinson's disease on carbidopa-levodopa 25/100 mg three times daily.",
        "Foley catheter removed. Gram stain with gram-positive cocci. Hodgkin lymphoma in 2012.",
        "Graves' disease and Bell's palsy. Murphy's sign negative. Crohn's disease, stable.",
        "BP 132/84, HR 88, RR 16, T 98.6 F, SpO2 97% on RA. Pain 6/10, improved to 3/10.",
        "Na 138, K 4.1, Cr 1.2, WBC 9.8, Hgb 11.4, Plt 245. INR 2.3. HbA1c 7.2%.",
        "Metoprolol 25 mg PO BID; Lasix 40 mg IV; insulin glargine 20 units at bedtime.",
        "May resume home medications. Will follow up cultures. Hope to discharge tomorrow.",
        "She is a 67-year-old woman; her mother died at 82. Quit smoking in 2009.",
        "ICD-10 I50.9, CPT 99223. EF 55%. QTc 488. Morse score 55.",
    ],
)
def test_clinical_text_without_identifiers_is_left_untouched(deid: Deidentifier, text: str) -> None:
    assert deid.find(text) == []
    assert deid.redact(text, patient="p1") == text


def test_surrogates_are_consistent_within_a_patient_and_differ_across_patients() -> None:
    d = Deidentifier(SECRET)
    a1 = d.redact("Mr. Okonkwo called. MRN: 5512345.", patient="A")
    a2 = d.redact("Okonkwo was seen by Dr. Lindqvist. MRN: 5512345.", patient="A")
    b1 = d.redact("Mr. Okonkwo called. MRN: 5512345.", patient="B")
    name_a1 = re.search(r"Mr\. (\w+)", a1)
    name_b1 = re.search(r"Mr\. (\w+)", b1)
    assert name_a1 and name_b1
    assert name_a1.group(1) != "Okonkwo"
    assert a2.startswith(name_a1.group(1) + " was seen")
    assert name_a1.group(1) != name_b1.group(1)
    assert a1 != b1
    assert "Okonkwo" not in a1 + a2 + b1 and "Lindqvist" not in a2


def test_surrogates_change_with_the_secret() -> None:
    text = "Mrs. Virtanen, MRN: 5512345, phone (617) 555-0143."
    assert Deidentifier(SECRET).redact(text, patient="A") != Deidentifier(OTHER).redact(
        text, patient="A"
    )


def test_surrogates_keep_the_case_of_the_original(deid: Deidentifier) -> None:
    out = deid.redact("Patient: OKONKWO, CHIDI\nOkonkwo reports pain.", patient="C")
    header, body = out.split("\n")
    upper = header.removeprefix("Patient: ").split(",")[0]
    assert upper.isupper()
    assert body.startswith(upper.title() + " reports") or body.split()[0].upper() == upper


def test_dates_move_by_the_patient_shift_keeping_format_and_intervals(deid: Deidentifier) -> None:
    shift = timedelta(days=date_shift_days(SECRET, "D"))
    text = "Admitted 03/14/2021, discharged March 20, 2021; CT 2021-03-16 and 14-Mar-2021."
    out = deid.redact(text, patient="D")
    a, b, c = date(2021, 3, 14) + shift, date(2021, 3, 20) + shift, date(2021, 3, 16) + shift
    assert f"{a.month:02d}/{a.day:02d}/{a.year}" in out
    assert f"{b.strftime('%B')} {b.day}, {b.year}" in out
    assert c.isoformat() in out
    assert re.search(rf"\b0?{a.day}-{a.strftime('%b')}-{a.year}\b", out)
    assert "03/14/2021" not in out and "2021-03-16" not in out


def test_a_weekday_alone_moves_with_the_patients_shift(deid: Deidentifier) -> None:
    shift = deid.date_shift("p-wd")
    out = deid.redact("Seen Tuesday, back on Friday.", patient="p-wd")
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    assert out == f"Seen {days[(1 + shift) % 7]}, back on {days[(4 + shift) % 7]}."


def test_a_weekday_is_recomputed_and_a_lone_day_follows_the_last_full_date(
    deid: Deidentifier,
) -> None:
    shift = timedelta(days=date_shift_days(SECRET, "W"))
    out = deid.redact("Seen Sunday, March 14, 2021; recheck on the 20th.", patient="W")
    new = date(2021, 3, 14) + shift
    later = date(2021, 3, 20) + shift
    assert f"{new.strftime('%A')}, {new.strftime('%B')} {new.day}, {new.year}" in out
    assert re.search(rf"on the {later.day}(st|nd|rd|th)\b", out)


def test_abbreviated_weekdays_and_weekday_dates_move_with_the_shift(deid: Deidentifier) -> None:
    shift = deid.date_shift("p-wd2")
    short = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    out = deid.redact("No BM since Wed. Fam mtg Thurs 2 pm. Rash since sunday.", patient="p-wd2")
    assert f"since {short[(2 + shift) % 7]}." in out
    full = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    assert f"mtg {full[(3 + shift) % 7]} 2 pm" in out  # "Thurs" is spelt out
    days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    assert f"since {days[(6 + shift) % 7]}." in out
    # A weekday with a month/day is one date: both parts move together.
    out = deid.redact("Admitted 03/01/2025. Pump d/c Wed 3/5 at home.", patient="p-wd2")
    moved = date(2025, 3, 5) + timedelta(days=shift)  # the full date gives "3/5" its year
    assert f"d/c {moved.strftime('%a')} {moved.month}/{moved.day} at home" in out


def test_a_schedule_of_weekdays_is_not_a_date(deid: Deidentifier) -> None:
    found = _found(deid, "Needs HD chair Mon/Wed/Fri AM; PT on Sundays.")
    assert "Fri" not in found and "Sundays" not in found


def test_month_day_after_a_time_and_quantities_that_look_like_dates(deid: Deidentifier) -> None:
    found = _found(deid, "Results d/w NP by phone 14:38 7/11. ESRD 2/2 IgA nephropathy.")
    assert found.get("7/11") == "DATE"
    assert "2/2" not in found
    found = _found(deid, "Apgars 4/7/8 at 1/5/10 min. Ishihara 11/11. Score 3+2+1 = 6/9.")
    assert not any(v == "DATE" for v in found.values())


def test_names_after_staff_roles_and_in_lists(deid: Deidentifier) -> None:
    text = (
        "Per RN Joy pt ambulated. Report called to ED RN Basil. Somali interpreter Sahra, "
        "phone. adjuster Rob King. ambulated w/ jess (PCA). Children (Amari 7, Zion 4) with "
        "grandmother. children Tunde, Folake Oyelaran-Brooks, Remi (by phone)."
    )
    found = _found(deid, text)
    names = [k for k, v in found.items() if v == "NAME"]
    for name in ("Joy", "Basil", "Sahra", "Rob King", "jess", "Amari", "Zion", "Tunde", "Remi"):
        assert any(name in k.split(", ") for k in names), name
    assert any("Folake Oyelaran-Brooks" in k for k in names)
    assert "RN" not in found and "PCA" not in found and "ED" not in found


def test_headings_and_services_of_everyday_words_are_no_names(deid: Deidentifier) -> None:
    for text in (
        "SAFETY EVENT REPORT  #SE-24-03391  Type: Fall",
        "PT TRANSPORT REQUEST  TR-0091734",
        "Reported by: Mwangi, Esther RN   Charge RN notified",
        "Seen by SLP eval today; RN interp present.",
        "Modified Duran protocol, wk 7 post-op.",
    ):
        names = [k for k, v in _found(deid, text).items() if v == "NAME"]
        assert names in ([], ["Mwangi, Esther"]), (text, names)
    # the same everyday words are names where only a name goes
    text = (
        "Husband Will stayed overnight. daughter Peg at bedside; per Peg, sips only. "
        'friend "Bear" visits. Your nurse today was Precious.\nSage Running Horse, RN'
    )
    found = _found(deid, text)
    for name in ("Will", "Peg", "Bear", "Precious", "Sage Running Horse"):
        assert found.get(name) == "NAME", name


def test_structured_fields_in_key_value_json_and_xml(deid: Deidentifier) -> None:
    text = (
        'patient_name="Sørensen, Ingrid K"\nage=92\nmrn=HX-0049127\n'
        'addr2="Unit 14" city="Bellingham" st=WA zip=98225\n'
        "last_visit=2024-02-19T10:42:00\ncreated_by=jtorvik\n"
        '{"sentAt": "2024-09-09T22:41:17-05:00", "to": "ED", "name": "Cardiology"}\n'
        "<city>Barre</city><postalCode>05641</postalCode>"
        "<given>Gérard</given><family>Bouchard</family>\n"
        "pager: to=tadebayo from=mlindqvist; age=67; captured=2024:06:11 10:42:55"
    )
    found = _found(deid, text)
    for value, category in (
        ("Sørensen, Ingrid K", "NAME"),
        ("92", "AGE"),
        ("HX-0049127", "MRN"),
        ("Unit 14", "ADDRESS"),
        ("Bellingham", "CITY"),
        ("98225", "ZIP"),
        ("2024-02-19T10:42:00", "DATE"),  # its time, joined on by "T", with it
        ("jtorvik", "NAME"),
        ("2024-09-09T22:41:17-05:00", "DATE"),
        ("Barre", "CITY"),
        ("05641", "ZIP"),
        ("Gérard", "NAME"),
        ("Bouchard", "NAME"),
        ("tadebayo", "NAME"),
        ("mlindqvist", "NAME"),
        ("2024:06:11", "DATE"),
    ):
        assert found.get(value) == category, value
    # a service, a unit and an age under 90 in the same fields are no identifiers
    assert "ED" not in found and "Cardiology" not in found and "67" not in found


def test_numbers_and_dates_spelled_out_by_dictation(deid: Deidentifier) -> None:
    text = (
        "date of service may seventh twenty twenty four patient is mister Hollis Brooks "
        "medical record number seven seven four oh two one nine a ninety two year old "
        "gentleman she lives at seven twelve oak ridge drive her son is at two five three "
        "five five five oh one four six date of birth six twelve nineteen thirty two "
        "admitted july second. it may first be one of two, five to seven days."
    )
    found = _found(deid, text)
    for value, category in (
        ("may seventh twenty twenty four", "DATE"),
        ("seven seven four oh two one nine", "MRN"),
        ("ninety two", "AGE"),
        ("seven twelve oak ridge drive", "ADDRESS"),
        ("two five three five five five oh one four six", "PHONE"),
        ("six twelve nineteen thirty two", "DATE"),
        ("july second", "DATE"),
    ):
        assert found.get(value) == category, value
    assert not any("first" in k or "seven days" in k for k in found)


def test_log_in_names_in_logs_and_chat(deid: Deidentifier) -> None:
    text = (
        "0822 @kpatel3: ok. K 3.2\nDosed by mkowalczyk 0642.\nQC dachterberg (4/12).\n"
        "reader: akhanna\n2024-08-04 02:51:17  lrosenthal   Reg clerk  Print facesheet\n"
        "Finding: lrosenthal not on care team.\n1400 Plan: continue"
    )
    spans = _spans(deid, text)
    for login in ("kpatel3", "mkowalczyk", "dachterberg", "akhanna"):
        assert (login, "NAME") in spans, login
    assert spans.count(("lrosenthal", "NAME")) == 2
    assert not any(v == "Plan" for v, _ in spans)


def test_names_and_ages_in_table_columns_and_third_person_ages(deid: Deidentifier) -> None:
    text = (
        "OR 3 | 0730 | ABERNATHY, ROSALIND (M7730142) | 92 | L hip\n"
        "CT2412030019   LOCKLEAR, JUNE E        71F     CT A/P\n"
        "301602  Tuilagi, Sione      9/6/24      IND\n"
        "Dx   Hypertension, Essential     Chronic\n"
        "pt 93, on apixaban. dad (he's 93 now!). pt is ~91 per son. PGM: 93, living nearby. "
        "party for her 102nd birthday. SpO2 pt 93% on RA; HR pt 95 bpm."
    )
    spans = _spans(deid, text)
    for name in ("ABERNATHY, ROSALIND", "LOCKLEAR, JUNE E", "Tuilagi, Sione"):
        assert (name, "NAME") in spans, name
    assert not any("Hypertension" in v for v, _ in spans)
    ages = [v for v, c in spans if c == "AGE"]
    assert ages == [
        "92",
        "93",
        "93",
        "91",
        "93",
        "102nd",
    ]  # the ordinal whole, as the labels mark it


def test_who_attended_a_group(deid: Deidentifier) -> None:
    text = (
        'Present: SW Keisha Grant; Gabe (client), "Tank", Oluwaseun ("Seun"), Rusty.\n'
        "Gabe asked Tank to be his sponsor. Rusty shared a relapse. Fishing buddy Dutch "
        "drove him in.\nPresent: MD, RN, SW, PT, OT, dietitian."
    )
    spans = _spans(deid, text)
    for name in ("Tank", "Oluwaseun", "Rusty", "Dutch"):
        assert (name, "NAME") in spans, name
    assert any(v.endswith("Keisha Grant") and c == "NAME" for v, c in spans)
    assert spans.count(("Tank", "NAME")) == 2 and spans.count(("Rusty", "NAME")) == 2
    assert not any(v in ("MD", "RN", "SW", "MD, RN, SW") for v, _ in spans)


def test_places_abroad_spaced_record_numbers_and_titled_staff(deid: Deidentifier) -> None:
    text = (
        "Home: Flat 2, 19 Ashbourne Grove, London SE22 8RJ, UK. Visit to 5 Rampart Way, "
        "Sandy UT. 14 Marine Drive, Mumbai 400020. C-file 28 447 913; service # 427 88 19.\n"
        "Booked by Dep. Kruger #1172. Inmate Quentin Ashworth on watch.\n"
        "300912  OYELOWO, Funmi      9/3/24\nsession_id=TH-7f3a91c2\n"
        "Pearl (94) shared. Lasix 400020 units; case 12 3 4 5 6 7 8 days."
    )
    spans = _spans(deid, text)
    for value, category in (
        ("SE22 8RJ", "ZIP"),
        ("Sandy", "CITY"),
        ("400020", "ZIP"),
        ("28 447 913", "ID"),
        ("427 88 19", "ID"),
        ("Kruger", "NAME"),
        ("Quentin Ashworth", "NAME"),
        ("300912", "ID"),
        ("TH-7f3a91c2", "ID"),
        ("Pearl", "NAME"),
        ("94", "AGE"),
    ):
        assert (value, category) in spans, value
    assert spans.count(("400020", "ZIP")) == 1  # not the dose
    assert not any("12 3 4" in v for v, _ in spans)


def test_hl7_names_and_field_keys(deid: Deidentifier) -> None:
    text = (
        "MSH|^~\\&|LAB|HOSP|EHR|HOSP|202403140815||ORU^R01|MSG00001|P|2.5\n"
        "PID|1||M7730142^^^HOSP^MR||ABERNATHY^ROSALIND^M||19320514|F|||12 Elm St^^Keene^NH\n"
        "PV1|1|I|4W^412^B||||1093847561^NAKAMURA^KENJI^^^MD\n"
        'ec_name="Lars Sorensen" ec_rel=husband ec_phone=360-555-0178\n'
        '{"sender": "proxy", "proxyName": "Dolores Ruiz"}\n'
        '<birthTime value="19310618"/></patient></patientRole>'
    )
    spans = _spans(deid, text)
    for value in ("ABERNATHY^ROSALIND^M", "NAKAMURA^KENJI", "Lars Sorensen", "Dolores Ruiz"):
        assert (value, "NAME") in spans, value
    keys = ("ec_name", "ec_rel", "ec_phone", "sender", "proxyName", "HOSP^MR")
    assert not any(v in keys or "patient" in v for v, _ in spans), spans


def test_ocr_slips_other_languages_and_pedigree_ages(deid: Deidentifier) -> None:
    text = (
        "RE:  NAKASHIMA, REN    DOB  O7/22/2O23    ZIP: 88OO5\nDate: l0/21/24\n"
        "Date: le 5 mars 2025. Pas de traitement depuis janvier. li pa pran grenn depi jedi.\n"
        "since Ramadan; SINCE CHRISTMAS. el tiene 92 a\u00f1os; \u6211\u5988\u598893\u5c81\n"
        "MGGF d. 90 (stroke); paternal grandmother ~90; NAJWA SHE IS 91 AND\n"
        "Lot 1O0 given; COLD 2O mg."
    )
    spans = _spans(deid, text)
    for value, category in (
        ("O7/22/2O23", "DATE"),
        ("88OO5", "ZIP"),
        ("l0/21/24", "DATE"),
        ("5 mars 2025", "DATE"),
        ("janvier", "DATE"),
        ("jedi", "DATE"),
        ("Ramadan", "DATE"),
        ("CHRISTMAS", "DATE"),
    ):
        assert (value, category) in spans, value
    assert [v for v, c in spans if c == "AGE"] == ["92", "93", "90", "90", "91"]
    assert not any(v in ("1O0", "2O") for v, _ in spans)


def test_towns_where_a_trip_or_a_home_places_them(deid: Deidentifier) -> None:
    text = (
        "Born Asmara; lived Kampala 2017-2023. Home: North Las Vegas\n"
        "Itinerary: Detroit -> Jeddah, then Kathmandu. Home: 455 rue X, QC G9A 2H5. "
        "C.P. 37800. Nurse: kbouchard.\nFrom: Samantha Greer\n"
        "To: Birchwood Terrace Nursing & Rehab"
    )
    spans = _spans(deid, text)
    for value, category in (
        ("Kampala", "CITY"),
        ("North Las Vegas", "CITY"),
        ("Detroit", "CITY"),
        ("Kathmandu", "CITY"),
        ("G9A 2H5", "ZIP"),
        ("37800", "ZIP"),
        ("kbouchard", "NAME"),
    ):
        assert (value, category) in spans, value
    # a first name that is also a town, and a facility named after one, are no town
    assert not any(c == "CITY" and v in ("Samantha", "Birchwood") for v, c in spans)


def test_header_names_before_age_and_sex_in_any_script(deid: Deidentifier) -> None:
    for line, name in (
        ("Ebru \u00d6zt\u00fcrk  20F  Student ID U712044", "Ebru \u00d6zt\u00fcrk"),
        ("Zofia \u0141ukasiewicz 71 yo F", "Zofia \u0141ukasiewicz"),
        ("Hodan Abdi Warsame 33 y/o G5P4004 @ 28w1d.", "Hodan Abdi Warsame"),
        ("Pt Rangi Te Whatu 52M, ESRD on HD", "Rangi Te Whatu"),
        ('Evangeline Marchetti ("Evie") 19F, T1DM', "Evangeline Marchetti"),
        ("S: salazar-whitman, hope 45F POD1 lap chole", "salazar-whitman, hope"),
    ):
        assert _found(deid, line).get(name) == "NAME", line
    # clinical words before an age are no name
    assert not any(v == "NAME" for v in _found(deid, "Seen Today 45F, COPD GOLD 3.").values())


def test_initials_signatures_and_initials_of_a_name_in_the_note(deid: Deidentifier) -> None:
    found = _found(deid, "will cont to monitor.\n-- sk\n")
    assert found.get("sk") == "NAME"
    found = _found(deid, "pt ok w/ updates.\n-KO to DP\n")
    assert found.get("KO") == "NAME" and found.get("DP") == "NAME"
    found = _found(deid, "Dispo: ICU.\nABW / Anders B. Wikström, MD")
    assert found.get("ABW") == "NAME"
    # a state after a town is not the initials of a name
    found = _found(deid, "Michael Evans moved to Dover, DE 19901.")
    assert found.get("DE") != "NAME"


def test_streets_without_a_house_number_and_lone_apartments(deid: Deidentifier) -> None:
    found = _found(
        deid,
        "Lives on a dirt road off Old Quarry Ln. Location: Belmont St @ Warren Ave, Brockton. "
        "Son lives downstairs in Apt 4B. Narrow to Augmentin. Fall risk: Morse 55.",
    )
    found = {k.rstrip("."): v for k, v in found.items()}
    for street in ("Old Quarry Ln", "Belmont St", "Warren Ave", "Apt 4B"):
        assert found.get(street) == "ADDRESS", street
    assert found.get("Brockton") == "CITY"
    assert not any("Fall" in k for k in found)


def test_towns_need_the_gazetteer_before_a_state_without_a_zip(deid: Deidentifier) -> None:
    found = _found(
        deid,
        "Mother in Paterson NJ. Car: white Civic, MA plate 7KLR42. From Cusco, Peru. "
        "R chest PowerPort, ID card on file.",
    )
    assert found.get("Paterson") == "CITY"
    assert "Civic" not in found and "Peru" not in found and "PowerPort" not in found


def test_account_endings_dotted_licences_and_transmitters(deid: Deidentifier) -> None:
    found = _found(
        deid,
        "Autopay from checking acct ending 8831. Nurse: LPN lic LPN.0071123. Dexcom G7 (txr "
        "8YQX2F).",
    )
    assert found.get("8831") == "ACCOUNT"
    assert found.get("LPN.0071123") == "LICENSE"
    assert found.get("8YQX2F") == "DEVICE"


def test_ages_over_89_are_grouped_and_younger_ages_kept(deid: Deidentifier) -> None:
    out = deid.redact("A 94-year-old woman and her 67 yo son; aged 101. Age: 89.", patient="E")
    assert "94" not in out and "101" not in out
    assert out.count("90+") == 2
    assert "67 yo" in out and "Age: 89" in out


def test_zip_codes_keep_three_digits_or_become_zero_for_small_areas(deid: Deidentifier) -> None:
    out = deid.redact("Boston, MA 02114. Also Hanover, NH 03601-1234.", patient="Z")
    assert "02100" in out
    assert "00000" in out
    assert "02114" not in out and "03601" not in out


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    area=st.integers(201, 989),
    exchange=st.integers(200, 999),
    line=st.integers(0, 9999),
    ssn=st.tuples(st.integers(100, 665), st.integers(10, 99), st.integers(1000, 9999)),
    user=st.from_regex(r"[a-z]{3,10}[0-9]{0,3}", fullmatch=True),
)
def test_numbers_and_addresses_it_finds_never_survive(
    deid: Deidentifier, area: int, exchange: int, line: int, ssn: tuple[int, int, int], user: str
) -> None:
    phone = f"({area}) {exchange}-{line:04d}"
    ssn_s = f"{ssn[0]}-{ssn[1]}-{ssn[2]}"
    email = f"{user}@example-mail.com"
    text = f"Call {phone} re: SSN {ssn_s}; email {email} tomorrow."
    out = deid.redact(text, patient="H")
    for value in (phone, ssn_s, email):
        assert value not in out


def _write_jsonl(path: Path, notes: list) -> None:
    with path.open("w", encoding="utf-8") as f:
        for n in notes:
            f.write(json.dumps({"patient": n.patient, "note_id": n.note_id, "text": n.text}) + "\n")


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[list, Path, Path]:
    notes = generate(36, seed=424242)
    tmp = tmp_path_factory.mktemp("corpus")
    src = tmp / "notes.jsonl"
    _write_jsonl(src, notes)
    out = tmp / "out"
    report = deidentify_text(src, out, secret=SECRET, relink=tmp / "relink.enc")
    report.write(tmp / REPORT_NAME)
    return notes, out, tmp / "relink.enc"


def test_the_output_of_a_generated_corpus_holds_none_of_its_identifiers(
    corpus_run: tuple[list, Path, Path],
) -> None:
    notes, out, _ = corpus_run
    records = [json.loads(line) for line in (out / "notes.jsonl").read_text().splitlines()]
    assert len(records) == len(notes)
    for note, rec in zip(notes, records, strict=True):
        assert rec["note_id"] == note.note_id
        assert rec["patient"] != note.patient
        for g in note.spans:
            value = note.text[g.start : g.end]
            if g.category == "NAME":
                if len(value) < 3:
                    continue  # initials
                assert not re.search(rf"\b{re.escape(value)}\b", rec["text"]), (
                    g.category,
                    note.note_id,
                )
            elif g.category != "AGE":
                assert value not in rec["text"], (g.category, note.note_id)


def test_a_patient_keeps_one_surrogate_and_one_shift_across_notes(
    corpus_run: tuple[list, Path, Path],
) -> None:
    notes, out, _ = corpus_run
    records = [json.loads(line) for line in (out / "notes.jsonl").read_text().splitlines()]
    by_patient: dict[str, set[str]] = {}
    for note, rec in zip(notes, records, strict=True):
        by_patient.setdefault(note.patient, set()).add(rec["patient"])
        dob = re.search(r"DOB: (\S+)", note.text)
        new = re.search(r"DOB: (\S+)", rec["text"])
        if dob and new:
            by_patient.setdefault(note.patient + "/dob", set()).add(new.group(1).replace("-", "/"))
    assert all(len(v) == 1 for k, v in by_patient.items() if "/dob" not in k)


def test_the_relink_table_maps_surrogates_back_to_originals(
    corpus_run: tuple[list, Path, Path],
) -> None:
    notes, _, relink = corpus_run
    table = RelinkTable.load(relink, SECRET)
    originals = {note.text[g.start : g.end] for note in notes for g in note.spans}
    kinds = {kind for kind, _, _ in table.items()}
    assert {"patient_id", "text.mrn", "text.phone"} <= kinds
    names = {orig for kind, _, orig in table.items() if kind == "text.name"}
    assert names and all(any(n.casefold() in o.casefold() for o in originals) for n in names)
    ids = {orig for kind, _, orig in table.items() if kind == "patient_id"}
    assert ids == {n.patient for n in notes}
    with pytest.raises(CustosError):
        RelinkTable.load(relink, OTHER)


def test_the_report_counts_without_holding_data(corpus_run: tuple[list, Path, Path]) -> None:
    notes, out, _ = corpus_run
    report = json.loads((out.parent / REPORT_NAME).read_text())
    assert set(report["outputs"]) == {"notes.jsonl"}
    assert report["kind"] == "text"
    assert report["details"]["notes"] == len(notes)
    assert report["counts"]["NAME"] > 0 and report["counts"]["DATE"] > 0
    blob = json.dumps(report)
    assert all(note.patient not in blob for note in notes)


def test_a_folder_is_mirrored_and_its_patients_keyed_by_mrn(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "a").mkdir(parents=True)
    (src / "a" / "one.txt").write_text("MRN: 7781234\nSeen 03/14/2021 by Dr. Halvorsen.")
    (src / "b.txt").write_text("MRN: 7781234\nFollow-up 03/14/2021.")
    (src / "c.txt").write_text("No record number. Visit 03/14/2021.")
    out = tmp_path / "out"
    report = deidentify_text(src, out, secret=SECRET)
    one = (out / "a" / "one.txt").read_text()
    two = (out / "b.txt").read_text()
    three = (out / "c.txt").read_text()
    d1 = re.search(r"\d\d/\d\d/\d{4}", one)
    d2 = re.search(r"\d\d/\d\d/\d{4}", two)
    d3 = re.search(r"\d\d/\d\d/\d{4}", three)
    assert d1 and d2 and d3
    assert d1.group() == d2.group() != "03/14/2021"
    assert report.details["patients"] == 2
    assert "Halvorsen" not in one
    assert set(report.outputs) == {"a/one.txt", "b.txt", "c.txt"}


def test_nothing_touches_the_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    src = tmp_path / "n.txt"
    src.write_text("Email a.b@hospital-mail.org, see https://portal.example.net/x, 10.0.0.7.")
    deidentify_text(src, tmp_path / "out", secret=SECRET)
    assert "hospital-mail" not in (tmp_path / "out" / "n.txt").read_text()


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "deid.text_binary"),
        (b"Patient Jos\xe9 Garc\xeda seen today", "deid.text_encoding"),
        (b"Mr. Smith " * 2000, "deid.text_too_large"),
    ],
)
def test_hostile_input_is_refused_with_a_code_and_nothing_is_written(
    tmp_path: Path, content: bytes, code: str
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "fine.txt").write_text("MRN: 1234567 Seen by Dr. Halvorsen.")
    (src / "bad.txt").write_bytes(content)
    out = tmp_path / "out"
    with pytest.raises(InvalidInput) as err:
        deidentify_text(src, out, secret=SECRET, max_bytes=10_000)
    assert err.value.code == code
    assert "Smith" not in str(err.value) + " ".join(err.value.details)
    assert "Garc" not in str(err.value) + " ".join(err.value.details)
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_malformed_jsonl_lists_every_bad_line(tmp_path: Path) -> None:
    src = tmp_path / "n.jsonl"
    src.write_text('{"patient": "1", "text": "ok"}\nnot json\n{"patient": "2"}\n')
    with pytest.raises(InvalidInput) as err:
        deidentify_text(src, tmp_path / "out", secret=SECRET)
    assert err.value.code == "deid.text_jsonl_invalid"
    assert len(err.value.details) == 2


def test_an_output_folder_with_content_is_not_overwritten(tmp_path: Path) -> None:
    src = tmp_path / "n.txt"
    src.write_text("Seen by Dr. Halvorsen.")
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("x")
    with pytest.raises(Conflict):
        deidentify_text(src, out, secret=SECRET)
    assert (out / "keep.txt").read_text() == "x"


def test_scales_named_after_people_are_not_names_but_the_people_are(deid: Deidentifier) -> None:
    found = _found(deid, "L plantar ulcer, Wagner 2. Berg 38/56. Morse 45. Fitzpatrick type III.")
    assert not any(v == "NAME" for v in found.values())
    found = _found(deid, "Seen with Dr. Wagner today; Sarah Morse called back.")
    assert found.get("Wagner") == "NAME" and found.get("Sarah Morse") == "NAME"


def test_lower_case_relatives_initials_and_header_names(deid: Deidentifier) -> None:
    found = _found(
        deid,
        "daughter meron does dressing changes. wife present at bedside. son drove her in.\n"
        "family members updated.\n"
        "NEPHROLOGY F/U\nKavitha Ramasubramanian  MRN 44-1098-327\n"
        "TUIASOSOPO, LEIATAUA F  MRN HN-2209\n"
        "Sione Havili Taufa s/p R TKA 9/30.\n"
        "d/w primary RN kiflom.\njm/dpk\n- pn / Dr. Okafor-Reyes\nkv\n",
    )
    names = {k for k, v in found.items() if v == "NAME"}
    for name in ("meron", "Kavitha Ramasubramanian", "TUIASOSOPO, LEIATAUA F", "kiflom"):
        assert name in names, name
    assert "Sione Havili Taufa" in names
    assert {"jm", "dpk", "pn", "kv"} <= names
    assert not names & {"present", "drove", "members", "NEPHROLOGY"}


def test_holidays_months_and_closing_weekdays_are_dates(deid: Deidentifier) -> None:
    text = (
        "More withdrawn since Easter. Out of lisinopril since Memorial Day. Wandering since "
        "late May. K 5.8 pre-HD Mon. Bought a Christmas tree."
    )
    found = _found(deid, text)
    for date_text in ("Easter", "Memorial Day", "May", "Mon"):
        assert found.get(date_text) == "DATE", date_text
    assert "Christmas" not in found  # a tree, not a date
    out = deid.redact(text, patient="hol")
    assert "Easter" not in out and "Memorial Day" not in out and "late May" not in out
    # a holiday has no shifted spelling: a numbered placeholder, the same for
    # the same holiday, and the way back is exact
    assert "[DATE 1]" in out and "[DATE 2]" in out
    back = deid.reverse("hol")
    assert {back[("DATE", "[DATE 1]")], back[("DATE", "[DATE 2]")]} == {"Easter", "Memorial Day"}
    # a month's abbreviation inside a name is no month
    assert "Mar" not in _found(deid, "Message taken by Marco Ruiz, RN")


@pytest.mark.parametrize(
    ("sentence", "phi", "category"),
    [
        ("lives w/ husband Gerhard (90) who has limited mobility", "90", "AGE"),
        ("pt worried re: his father (94, lives w/ them).", "94", "AGE"),
        ("Met with pt, wife Carmela (90), and son Luca.", "90", "AGE"),
        ("Reported by: lgarcia MLS(ASCP)", "lgarcia", "NAME"),
        ("Consent signed. dlevesque CRNA / Dr. Rao", "dlevesque", "NAME"),
        ("summary faxed.\ntnguyen4\n", "tnguyen4", "NAME"),
        ("RN SHIFT HANDOFF (SBAR) 1900 12/24", "12/24", "DATE"),
    ],
)  # fmt: skip
def test_relatives_ages_fused_user_names_and_dates_after_a_clock_time(
    deid: Deidentifier, sentence: str, phi: str, category: str
) -> None:
    found = _found(Deidentifier(tagger=None), sentence)
    assert found.get(phi) == category, found
    assert _found(deid, sentence).get(phi) == category


@pytest.mark.parametrize(
    "text",
    [
        "Sats (94) on RA; son (6) at bedside; pulse (92) regular.",
        "Labs 1900 total 250; dose 1200 3/4 tab.",
        "started lisinopril; bmp stable; gabapentin titrated.",
        "RN shift handoff at the desk. CM aware, may need rehab. SW screen done.",
    ],
)
def test_vitals_in_brackets_doses_and_lower_case_drugs_stay(text: str) -> None:
    assert Deidentifier(tagger=None).find(text) == [], _found(Deidentifier(tagger=None), text)


@pytest.mark.parametrize(
    ("sentence", "phi", "category"),
    [
        # initials where a note puts a person
        ("Will follow. next remote July 3. - gd", "gd", "NAME"),
        ("RTC 3 mo. nm", "nm", "NAME"),
        ("Pt requests epidural. anesthesia (lm) aware.", "lm", "NAME"),
        ("Tolerating diet; ok per jm", "jm", "NAME"),
        ("d/w v.k. and Dr Padmanabhan re: dialysis", "v.k.", "NAME"),
        ("plan 2x/wk x 6 wk.\nTH/sk co-treat", "sk", "NAME"),
        ("jm aware. c.o. to write d/c summary.", "c.o.", "NAME"),
        ("NIGHT EVENT\n- tnb 0310", "tnb", "NAME"),
        # names where English does not know the word
        ("Dispo: 2-3 days. Fetu cell 808-555-0119.", "Fetu", "NAME"),
        ("BP ok. sreymom cell 978-555-0115.", "sreymom", "NAME"),
        ("daughters geetha and vani visiting from Chennai", "vani", "NAME"),
        ("mother-in-law shahana at bedside", "shahana", "NAME"),
        ("left msg w/ tsosie re: ride", "tsosie", "NAME"),
        ("called to see mulugeta (rm 9) for HR 140s", "mulugeta", "NAME"),
        ("S: pt faith mbeki says she feels better", "faith mbeki", "NAME"),
        ("wc claim, adjuster denise 800-555-0135", "denise", "NAME"),
        ("tran minh khoa 67M, DM foot ulcer", "tran minh khoa", "NAME"),
        ("Husband Will stayed overnight.", "Will", "NAME"),
        # user names, credentials, labels, other scripts
        ("Troponin sent.\n-- mvasquez2 RN", "mvasquez2", "NAME"),
        ("Reporter: otsosie   Severity: minor harm", "otsosie", "NAME"),
        ("Liesl Van der Merwe, MS, RD, LDN", "Liesl Van der Merwe", "NAME"),
        ("A. Mukherjee, NNP-BC", "A. Mukherjee", "NAME"),
        ("Reading MD: Oluwaseun Bakare", "Oluwaseun Bakare", "NAME"),
        ("Ms. Chen (\u9648\u7f8e\u73b2) is a 90-year-old", "\u9648\u7f8e\u73b2", "NAME"),
        ("Asked to see Olu\u0301wase\u0323un for low mood.", "Olu\u0301wase\u0323un", "NAME"),
        ("Chiamaka Eze  G2P1001 @ 39w2d by LMP", "Chiamaka Eze", "NAME"),
        ("34 y/o F, Priya Balasubramanian, c/o dysuria", "Priya Balasubramanian", "NAME"),
        # places, dates and numbers
        ("family at 77 Bridge St, apt 2, Lowell MA 01852.", "01852", "ZIP"),
        ("Location: 88 Quarry Rd, Barre VT 05641 - residence", "Barre", "CITY"),
        ("Dr Feldstein March 20th, Worcester office", "Worcester", "CITY"),
        ("thuy #: 714-555-0138 (Westminster).", "Westminster", "CITY"),
        ("Anush Hovhannisyan, 96 yo F, Glendale.", "Glendale", "CITY"),
        ("ct head 3/10 neg at OSH", "3/10", "DATE"),
        ("Micro: BAL 3/10 - MSSA", "3/10", "DATE"),
        ("cx 4/2 E coli pan-S", "4/2", "DATE"),
        ("Next TSH mid-June, draw at clinic", "June", "DATE"),
        ("16 weeks of NB-UVB (Sept-Dec 2023)", "Sept", "DATE"),
        ("Mr. Kwame Asante-Boateng, 94, pronounced 03:12", "94", "AGE"),
        ("ID verified; SSN 900-41-2287 on file.", "900-41-2287", "SSN"),
        ("SSN last 4 6612 verified", "6612", "SSN"),
        ("Long-haul driver, CDL #K08-44-1927", "K08-44-1927", "LICENSE"),
        # found missing on the fourth development set
        ("Name: Sokolova, Vera (\u0421\u043e\u043a\u043e\u043b\u043e\u0432\u0430)  DOB: 1949",
         "\u0421\u043e\u043a\u043e\u043b\u043e\u0432\u0430", "NAME"),
        ("Thank you,\n\ubc15\ud604\uc6b0\n", "\ubc15\ud604\uc6b0", "NAME"),
        ("Harlan Voss | 91 y/o M | MRN 7310-22", "Harlan Voss", "NAME"),
        ("3) Rm 418 Mukherjee, Sunil 93M DNR/DNI", "Mukherjee, Sunil", "NAME"),
        ("declined interpreter). rosa elena quispe 71F, cellulitis", "rosa elena quispe", "NAME"),
        ("re: Park Soon-ja, 94", "94", "AGE"),
        ("Stipend card issued, card no. 4410 2287 9931 0056.", "4410 2287 9931 0056", "ACCOUNT"),
        ("pt verified last four of SSN (4421).", "4421", "SSN"),
        ("page Dr. Ashby (ICU) at 555-0172.", "555-0172", "PHONE"),
        ("rep Janelle, call ref 2031-0412-7781. Auth sent", "2031-0412-7781", "ID"),
        ("their truck (black Ram, SC tag RKT 447) left", "RKT 447", "VEHICLE"),
        ("much worse since Chuseok. Last week she", "Chuseok", "DATE"),
        ("consented at 10:15 by Mirela Kovac, CRC, witness Ade Adeyemi.", "Mirela Kovac", "NAME"),
        ("consented at 10:15 by Mirela Kovac, CRC, witness Ade Adeyemi.", "Ade Adeyemi", "NAME"),
        ("Sage Running Horse, RN", "Sage Running Horse", "NAME"),
        ("From: Mercy Regional ED, Dodge City   To: University Medical", "Dodge City", "CITY"),
        ("lives w/ daughter in east boston, 2nd fl", "east boston", "CITY"),
        ("Brought by friends Colt and Bryce; their truck", "Bryce", "NAME"),
        ("my pharmacy is the cvs on meridian st, also", "meridian st", "ADDRESS"),
        ("Our pharmacy (Kroger on Hwy 62) says", "Hwy 62", "ADDRESS"),
        ('name on ID dang minh khoa, goes by "kevin". friend waiting', "kevin", "NAME"),
        ("hi dr okafor its dee (delphine marchetti, dob 2/29/88).", "delphine marchetti", "NAME"),
    ],
)  # fmt: skip
def test_forms_found_missing_on_the_third_and_fourth_blind_sets_are_found(
    deid: Deidentifier, sentence: str, phi: str, category: str
) -> None:
    found = _found(deid, sentence)
    assert found.get(phi) == category, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Pt requests consult (PO) per GI rec; d/w pt and family.", "PO"),
        ("start LR 1L. - ok", "ok"),
        ("Labs: CK 300. per ID: vanc.", "CK"),
        ("3 cm FN. BI-RADS 5.", "FN"),
        ("Pt intubated day 9 for septic shock.", "intubated"),
        ("PT eval today; walks with rollator.", "rollator"),
        ("Appendix 11 mm w/ periappendiceal stranding and appendicolith.", "appendicolith"),
        ("UTI: switch to w/ nitrofurantoin.", "nitrofurantoin"),
        ("Art line placed 10/11 R radial.", "Art"),
        ("Bernadette Quinlan, Financial Counselor", "Counselor"),
        ("GA backup w/ VL.", "VL"),
        ("CDL #K08-44-1927 (Kansas).", "Kansas"),
        ("- Device RN L. Pettersen", "Device"),
        ("low mood post-MI, sleep poor", "post-MI"),
        ("c/o nausea, +diaphoresis", "usea"),
        ('she uses "a cream her sister sends from home"', "sends"),
        ("Seen w/ Fatima Qureshi, PNP. Mom accepts. Advised fluids.", "accepts"),
        ("Urgent C/S for twin B malpresentation in labor.", "malpresentation"),
        ("pt in bed, came from home, went to church; in pain", "home"),
        ("Spoke to the on call dr about it; pt on the unit st.", "call dr"),
        ("s/p phaco/IOL OD (Alcon SN60WF +21.5 D).", "60WF"),
        ("Lens model SN6AT3 in the bag.", "6AT3"),
    ],
)
def test_abbreviations_drugs_and_everyday_words_in_those_places_stay(
    deid: Deidentifier, text: str, word: str
) -> None:
    assert word not in _found(deid, text), _found(deid, text)


@pytest.mark.parametrize(
    ("sentence", "phi", "category"),
    [
        ("Resident: Dorothea Blankenship  DOB 11/30/1933 (91)  Adm 02/28/2025", "91", "AGE"),
        ("1. Hilda Rasmussen, 95, Rm 301 - onset 1/9, flu A+", "95", "AGE"),
        ("Lives w/ daughter in Cheverly; husband died at 95.", "95", "AGE"),
        ('Pt says "I am 92, not dead" and wants to travel.', "92", "AGE"),
        ("THOMAS P   DOB 10/31/1958   SSN (last 4) 6671   Acct H000938817", "6671", "SSN"),
        ("Farhan Qureshi, PharmD, BCGP, FL lic PS 48812.", "PS 48812", "LICENSE"),
        ("Retaining clinician: Daniel Ohanian, LCSW   license LCS 77412", "LCS 77412", "LICENSE"),
        ("Site 031   Subject 031-004   YOB 1961", "031-004", "ID"),
        ("clarify whether subject 019 (enrolled Jan 23) was reconsented", "019", "ID"),
        ("Participant KPD-0117 was dosed before the labs", "KPD-0117", "ID"),
        ("from San Pedro Sula, Honduras. A# A 220 418 775.", "A 220 418 775", "ID"),
        ("Dexamethasone pulse 9/15-9/21.", "9/15", "DATE"),
        ("RN assessment coordinator: L. Finch (e-sign lfinch02).", "lfinch02", "NAME"),
        ("student ID U71240093, NetID cokeke3.", "cokeke3", "NAME"),
        ("Entered in the EDC 16:40 by hpark02", "hpark02", "NAME"),
    ],
)  # fmt: skip
def test_forms_found_missing_on_the_ninth_and_tenth_blind_sets_are_found(
    deid: Deidentifier, sentence: str, phi: str, category: str
) -> None:
    _assert_found(deid, sentence, phi, category)


@pytest.mark.parametrize(
    "text",
    [
        "O2 sats dropped, 91, on RA; HR 95, 98, 102.",
        "I am 95% sure the pump was off.",
        "strength 2/4-3/4 bilat; pulses 2/4.",
        "Subject: RE: visit 2 of 3",
        "covid19 negative, hba1c 7.2, cd4 410.",
        "- aspiration precautions",
        "- aspiration precautions, SLP to see",
        "Plan: naproxen, ice, PT 2x/wk x3 wks.",
        "No reaction. 2-RN verification: done at 1400.",
        "Vitals | HR | 92 | 94 | 96 |",
        "BP 118/76 / 92 / 60",
    ],
)
def test_vitals_percentages_words_and_table_numbers_stay_beside_those_forms(text: str) -> None:
    rules = Deidentifier(tagger=None)
    assert rules.find(text) == [], _found(rules, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Echo: EF 55%, mild MR. BP 118/76 mmHg, pulse 72.", "BP"),
        ("Attending: Belen Pina, MD\nVitals: BP 132/84, HR 88, SpO2 97% RA.", "BP"),
        ("Attending: Rosa Alvarez, MD\nSpO2 91% RA, wt 203.", "RA"),
        ("Good diuresis, net negative 1.5 L. Hope to discharge in 2 days.", "Hope"),
        ("BP 132/84, HR 88. Pain 6/10, improved to 3/10.", "3/10"),
        ("EtOH cirrhosis (MELD-Na 24), Child-Pugh C. No HCC on CT.", "Pugh"),
        ("Subject ID 2291-014-007   Initials R.K.   Site 014", "Site"),
        ("No wallet card; pt NY DL 31 227 846 used for ID.", "DL"),
        ("PSYCHIATRY INITIAL EVAL\nID: 45M", "IAL"),
        ("Seen by Dr. Hill (Ortho). Pt has ~8 left.", "Ortho"),
        ("no fever, flank pain 7/10 today", "7/10"),
        ("Hola doctora, gracias. Tomo la mitad ahora.", "ahora"),
    ],
)
def test_abbreviations_labels_units_scores_and_spanish_words_stay(
    deid: Deidentifier, text: str, word: str
) -> None:
    found = _found(deid, text)
    assert not any(word in k for k in found), found


@pytest.mark.parametrize(
    ("sentence", "phi", "category"),
    [
        ("Rasmussen, Bodil K., F, 94\nReferred by Dr. Chaudhary", "94", "AGE"),
        ("Pt Achterberg, Wilhelmina (95)   MRN 10-488-372", "95", "AGE"),
        ("writing for my mom Loretta Haskell, she is 94 now and the", "94", "AGE"),
        ("MGF prostate ca, lived to 93. Paternal side", "93", "AGE"),
        ("DOB 12-30-1932   Age 92Y\nAddr: 3 Larkspur Ct", "92", "AGE"),
        ('Name: Summer Nakashima-Reyes  (goes by "Sunny")   MRN 77120458', "Sunny", "NAME"),
        ("by Officer Raquel Imamura #9114. Pt: T. Quarles", "9114", "ID"),
        ("Patient: W. Castellanos    Member # KMH 7730 2214 09", "KMH 7730 2214 09", "HEALTH_PLAN"),
        ("su numero de medicaid es 518 440 227. ahora vivimos", "518 440 227", "HEALTH_PLAN"),
        ("No wallet card; pt PA DL 31 227 846 used for ID.", "31 227 846", "LICENSE"),
        ("CC: RLQ pain x1d, N/V. LMP 11/18. bHCG neg.", "11/18", "DATE"),
        ("moxi QID OS; POD1 1/11 8 AM.", "1/11", "DATE"),
        ("legs more swollen since valentines day, is that the lasix", "valentines day", "DATE"),
        ("Burned R hand on the Fourth of July lighting fireworks.", "Fourth of July", "DATE"),
        ("anon partner at a Labor Day party in Round Rock", "Labor Day", "DATE"),
        ("Mensaje del portal - 3 de febrero 2025", "3 de febrero 2025", "DATE"),
        ("se puede hacer cita para el jueves? yo trabajo", "jueves", "DATE"),
        ("21:02 aokafor: ED hold x6. need tele bed", "aokafor", "NAME"),
        ("21:05 tlarsen_bedmgr: 6N-22 dirty, EVS called", "tlarsen_bedmgr", "NAME"),
        ("T&S drawn 9/3/24 0612 by lmcallister\nUnits issued:", "lmcallister", "NAME"),
        ("Collector init: KLT\n", "KLT", "NAME"),
        ("met via app, handle @jaylen_atx_22; phone per OP", "jaylen_atx_22", "NAME"),
    ],
)  # fmt: skip
def test_forms_found_missing_on_the_eleventh_and_twelfth_blind_sets_are_found(
    deid: Deidentifier, sentence: str, phi: str, category: str
) -> None:
    assert _found(deid, sentence).get(phi) == category, _found(deid, sentence)


@pytest.mark.parametrize(
    ("sentence", "phi", "category"),
    [
        ("BR-55114 | Lindqvist, Sven | 98 | OSH-Bridgton | MICU", "98", "AGE"),
        ('specimen,age\n"WOJCIK, Teresa",92,6N-09,2025-03-11', "92", "AGE"),
        ("Patient: ZIEGLER, Otto | 95y | MRN E7732019 | Rm 7E-22", "95", "AGE"),
        ("Pt Lorraine Szabo (F, 96) from memory care", "96", "AGE"),
        ("Re: Dorothea Vink (F, 94), died 3/30/25 at home", "94", "AGE"),
        ("7N Prudence Kittredge, 100!, d/c to the Home", "100", "AGE"),
        ("DOB: 19330812   Age at dx: 90   Sex: F", "90", "AGE"),
        ("Participant GA-01188, age at draw 96 -- aliquots", "96", "AGE"),
        ("Yonkers PD Det. Alvarez (shield 2281) presented a warrant", "2281", "ID"),
        ("Probation officer aware; court docket 2481CR001122 -- next", "2481CR001122", "ID"),
        ("TPO case 24CV118803 (Magistrate Court).", "24CV118803", "ID"),
        ("Audit trail: login sfarrokhzad from IP 10.88.14.203", "sfarrokhzad", "NAME"),
        ("messaging on the tablet -- handle @xXbraydogXx -- to a peer", "xXbraydogXx", "NAME"),
        ("Call-back # 508-555-0177.\n-- kbaptiste PharmD, CACP", "kbaptiste", "NAME"),
        ("Per Ofc. Duarte (badge 1187), pt found", "Duarte", "NAME"),
        ("Next RD f/u Wed.\njh, RD\nwt 142 kg", "jh", "NAME"),
    ],
)  # fmt: skip
def test_forms_found_missing_on_the_thirteenth_and_fourteenth_blind_sets_are_found(
    sentence: str, phi: str, category: str
) -> None:
    found = _found(Deidentifier(tagger=None), sentence)
    assert found.get(phi) == category, found


@pytest.mark.parametrize("secret", range(8))
def test_a_new_surrogate_is_never_a_word_the_note_already_holds(secret: int) -> None:
    # The surrogate Okafor would get is already in the note as a plain word: a
    # way back would turn that word into "Okafor" too, so the next one is taken.
    key = DeidSecret(bytes([secret]) * 32)
    name = [Span(10, 16, "NAME")]
    first = Deidentifier(key).redact("Seen with Okafor.", patient="p", spans=name)
    taken = first.removeprefix("Seen with ").rstrip(".")
    text = f"Seen with Okafor at the {taken} Clinic."
    deid = Deidentifier(key)
    out = deid.redact(text, patient="p", spans=name)
    sub = out[10:].split()[0]
    assert sub not in (taken, "Okafor")
    assert out == f"Seen with {sub} at the {taken} Clinic."
    assert deid.reverse("p") == {("NAME", sub): "Okafor"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pt Trần Văn Hùng seen today.", "Trần Văn Hùng"),
        ("Son Lê Văn Tám visited.", "Lê Văn Tám"),
        ("Daughter Nguyễn Thị Lan called.", "Nguyễn Thị Lan"),
        ("HEPATOLOGY F/U\nTrần Văn Hùng (chart: TRAN, HUNG VAN)", "Trần Văn Hùng"),
        ("HEPATOLOGY F/U\nTrần Văn Hùng (chart: TRAN, HUNG VAN)", "TRAN, HUNG VAN"),
    ],
)
def test_vietnamese_middle_names_are_names_not_particles(
    deid: Deidentifier, text: str, name: str
) -> None:
    # "Văn" folds to "van" and "Lê" to "le", but words with diacritics are
    # never name particles or English words.
    assert _found(deid, text).get(name) == "NAME"


AUDIT = """Date      Time   User     Name                 Source
01/28/25  07:02  jking    Jolene King, RN     4W-COW-3
"""
HUDDLE = """Rm  Resident                  Age  Morse  Note
201 ABERNATHY, Clyde    96   65     bed alarm, toilet q2h
205 DUPREE "Boots"     102  70     hospice
"""
SCREENING_LOG = """Screen#    Init  Age  Date   Outcome
S07-119    TLB   92   3/10   Ineligible - age
S07-120    AP    66   3/11   Ineligible - Parkinson disease dx 2019
"""


@pytest.mark.parametrize(
    ("sentence", "phi", "category"),
    [
        ("Reached by phone in Lagos at +234 803 555 0142.", "+234 803 555 0142", "PHONE"),
        ("case mgr Morag Dunbar, +44 131 496 0118. Payment", "+44 131 496 0118", "PHONE"),
        ("Bondi Junction NSW 2022\nPh (02) 5550 1187", "(02) 5550 1187", "PHONE"),
        ("case mgr Morag Dunbar, +44 131 496 0118.", "Morag Dunbar", "NAME"),
        ("Resident Bi11ie Crane   D0B O4/I9/I93O  (95)   Medicaid", "95", "AGE"),
        ("Pt Isolde Feuerstein, ninety-six (96) yo F, 41 kg", "96", "AGE"),
        ("mild dementia since her early 90s), walker", "90s", "AGE"),
        ("Guarantee of payment received 17/09. Wife arriving", "17/09", "DATE"),
        ("he has his infusion tues. should we still come", "tues.", "DATE"),
        ("MH HOTLINE CALL 13:52 Tues 5/6/2025 - ref", "Tues", "DATE"),
        ("DATE: 11 / 14 / 2024      PAGES: 23", "11 / 14 / 2024", "DATE"),
        ("Eccles Street, Dublin D07 R2WY\nOur ref: SBH 0734412", "D07 R2WY", "ZIP"),
        ("Eccles Street, Dublin D07 R2WY\nOur ref: SBH 0734412", "Dublin", "CITY"),
        ("Eccles Street, Dublin D07 R2WY\nOur ref: SBH 0734412", "SBH 0734412", "ID"),
        ("23 Latrobe Tce, Paddington QLD 4064", "4064", "ZIP"),
        ("23 Latrobe Tce, Paddington QLD 4064", "Paddington", "CITY"),
        ("The Health Centre, 4 Mill Lane, Hexham NE46 3RQ", "Hexham", "CITY"),
        ("Kumari Lakshmi, aged 92 years, UHID LNC/24/118832", "LNC/24/118832", "MRN"),
        ("appointed by the court, cause no. 25-4-01877-1 SEA; letters", "25-4-01877-1 SEA", "ID"),
        ("From: Ben Cushing <ben.cushing1@nhs.net>", "Ben Cushing", "NAME"),
        ("PID|1||V400118^^^SA^MR||ABERNATHY^COLTON^J||19980722|M|||88 QUAIL HOLLOW LN^^CONWAY"
         "^AR^72034||", "88 QUAIL HOLLOW LN", "ADDRESS"),
        ("PID|1||V400118^^^SA^MR||ABERNATHY^COLTON^J||19980722|M|||88 QUAIL HOLLOW LN^^CONWAY"
         "^AR^72034||", "CONWAY", "CITY"),
        ("Location: I-91 NB mile marker 38.6, 0.4 mi N", "I-91 NB mile marker 38.6", "ADDRESS"),
        ("pickup at US-60 MM 212 near the junction", "US-60 MM 212", "ADDRESS"),
        ("Reporter: Will Barnes, RN, study nurse - will follow up", "Will Barnes", "NAME"),
        ("Requesting officer: Tpr. Kowalski, badge 11872", "Kowalski", "NAME"),
        ("team: circ RN, scrub D. Yazzie, anesthesia Dr. Ben-David", "D. Yazzie", "NAME"),
        ("Subject record: HALVORSEN, INGRID   MRN 881204457", "HALVORSEN, INGRID", "NAME"),
        ("01/28/25  07:02  jking    Jolene King, RN", "jking", "NAME"),
        ("10:27:41 provider lmay (Lorraine May, MD) joined", "lmay", "NAME"),
        (SCREENING_LOG, "TLB", "NAME"),
        (SCREENING_LOG, "AP", "NAME"),
        (SCREENING_LOG, "92", "AGE"),
        (SCREENING_LOG, "S07-120", "ID"),
        (SCREENING_LOG, "3/11", "DATE"),
        ("Office: 200 King Street West, Suite 1104, Toronto, ON M5H 3T4",
         "200 King Street West, Suite 1104", "ADDRESS"),
        ("Office: 200 King Street West, Suite 1104, Toronto, ON M5H 3T4", "Toronto", "CITY"),
        ("Level 2, 500 Oxford Street, Bondi Junction NSW 2022", "Level 2, 500 Oxford Street",
         "ADDRESS"),
        ("Level 2, 500 Oxford Street, Bondi Junction NSW 2022", "Bondi Junction", "CITY"),
        ("Address: 17 Liesbeek Avenue, Rondebosch, Cape Town 7700", "Cape Town", "CITY"),
        ("Address: 17 Liesbeek Avenue, Rondebosch, Cape Town 7700", "7700", "ZIP"),
        ("Pt: Philomena Gallagher  F  (turned 100 on 3/8!)", "100", "AGE"),
        ("Decedent: HASKINS, MILDRED OPAL, W/F/96", "96", "AGE"),
        ("Patient: MBEKI-ROSS, EVANGELINE   Age/Sex: 90/F", "90", "AGE"),
        ("Herr Wilhelm Hofstätter, geb. 08.11.1929, 93 J.", "93", "AGE"),
        ('her mother "tiene noventa y cinco años" and', "noventa y cinco", "AGE"),
        ("hoped to celebrate his 90th birthday on Feb 19", "90th", "AGE"),
        (HUDDLE, "102", "AGE"),
        ("Invega Sustenna 156 mg given L deltoid 8/29; adherent", "8/29", "DATE"),
        ("Family meeting set 4/18 with SW Tova", "4/18", "DATE"),
        ("Next C4D1 7/29.", "7/29", "DATE"),
        (AUDIT, "jking", "NAME"),
    ],
)  # fmt: skip
def test_forms_found_missing_on_the_nineteenth_and_twentieth_blind_sets_are_found(
    deid: Deidentifier, sentence: str, phi: str, category: str
) -> None:
    _assert_found(deid, sentence, phi, category)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("MoCA 17/30, GCS 13/15, ratio 14/10.", "17/30"),
        ("Na +140 mmol/L, K +4.1 this morning.", "+140"),
        ("T12 L1 fracture on CT.", "T12 L1"),
        ("Diagnosis: Parkinson, Mary has a tremor.", "Parkinson"),
        ("Mom, Carmen Ramirez, arrived with the bottle.", "Mom"),
        ("Will Foley be placed tonight?", "Will"),
        ("Test   Value   Ref\nSodium   138   135-145\nK   4.1   3.5-5.1", "138"),
        ("Seen with Pat Hill today; path report pending.", "path"),
        ("Lakeshore Respirology Associates\n200 King Street West", "Lakeshore Respirology"),
        ("Ship to dorm: 78 Orchard Hill Dr, Box 4417", "Box"),
        ("BP 120/80, F/95%, SpO2 95/90", "95"),
        (HUDDLE, "65"),
        ("Strength: deltoid 4/5, biceps 5/5 bilat", "4/5"),
        ("blood cultures 2 sets 1/2 positive", "1/2"),
    ],
)
def test_what_this_sessions_rules_leave_alone(sentence: str, word: str) -> None:
    assert word not in _found(Deidentifier(tagger=None), sentence)


CENSUS = (
    "BED   PATIENT                 MRN       AGE  ATTENDING\n"
    "501B  BEAUCHAMP, ODILE     2210377   94   Patel S\n"
    "503B  -- BLOCKED (isolation) --\n"
    "504   FITZGERALD, CIARAN   2199004   90   Lindqvist K\n"
)
PROBLEMS = (
    "Problem                                   Onset       Noted by\n"
    "Heart failure w/ reduced EF (I50.22)      05/2021     R. Esposito\n"
    "CKD stage 3b (N18.32)                     2018        mgoldberg\n"
)
GLUCOSE = (
    "Meter SN    Operator   Patient ID  Result  Time\n"
    "NS9K47215   Voss, R         3002287     118     3/29 05:30\n"
)


@pytest.mark.parametrize(
    ("sentence", "phi", "category"),
    [
        (CENSUS, "90", "AGE"),  # the table goes on after a row that does not fit it
        (CENSUS, "Lindqvist K", "NAME"),
        (PROBLEMS, "05/2021", "DATE"),
        (PROBLEMS, "R. Esposito", "NAME"),
        (PROBLEMS, "mgoldberg", "NAME"),
        (GLUCOSE, "NS9K47215", "DEVICE"),
        (GLUCOSE, "Voss, R", "NAME"),
        (GLUCOSE, "3/29", "DATE"),
        ("MedXPress conf #: MX7Q4R2P", "MX7Q4R2P", "ID"),
        ("interpreter Alma Resendez (cert. CA-CI 301447).", "CA-CI 301447", "LICENSE"),
        ("SSN 000-71-3852   DDS case OH7720194-CE", "OH7720194-CE", "ID"),
        ("ID DD88213470, grp 01774", "01774", "HEALTH_PLAN"),
        ("Medicaid ID KS 60044718 21", "KS 60044718 21", "HEALTH_PLAN"),
        ("annual physical (CDL ME 7712048, passenger", "ME 7712048", "LICENSE"),
        ("Sato-Reyes, CPO (lic. TX PO-1187).", "TX PO-1187", "LICENSE"),
        ("shipped UPS 1Z88X4410398812274 on June 2nd.", "1Z88X4410398812274", "ID"),
        ("Platelets, apheresis, unit W1420 23 650114 J", "W1420 23 650114 J", "ID"),
        ("Initials key: BH = Bich Hoang RN; NC = Nestor Carrillo RN", "NC", "NAME"),
        ("hey dr k can i move my appt from tmrw to fri??", "k", "NAME"),
        ("hey dr k can i move my appt from tmrw to fri??", "fri", "DATE"),
        ("Signed: P. Vandermeer 05/05/2025", "P. Vandermeer", "NAME"),
        ("Sent to HR (S. Kessler) by secure fax", "S. Kessler", "NAME"),
        ("Printed 05/12/2024 07:14 by reg_apatel\nPatient:", "reg_apatel", "NAME"),
    ],
)  # fmt: skip
def test_forms_found_missing_on_the_twenty_first_and_twenty_second_blind_sets_are_found(
    deid: Deidentifier, sentence: str, phi: str, category: str
) -> None:
    _assert_found(deid, sentence, phi, category)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("BP = Blood Pressure; HR = heart rate", "BP"),
        ("12 oak dr n apt 3", "n"),
        ("cultures grew (S. Aureus), with E. Coli", "E. Coli"),
        ("Study: RESOLVE-HF (NCT05512345)", "NCT05512345"),
        ("OBX|1|NM|2345-7^Glucose^LN||187|mg/dL|70-99|H|||F", "2345-7"),
        ("Day(0700-1859)  Night(1900-0659)", "1900-0659"),
        ("Prior therapies: mesalamine (2019-2021)", "2019-2021"),
    ],
)
def test_what_the_round_eight_rules_leave_alone(
    deid: Deidentifier, sentence: str, word: str
) -> None:
    _assert_left_alone(deid, sentence, word)


@pytest.mark.parametrize(
    ("sentence", "phi", "category"),
    [
        ("Call rec'd 02:14 on St. Patrick's Day. Scene", "St. Patrick's Day", "DATE"),
        ("No treatment Indigenous Peoples' Day; one", "Indigenous Peoples' Day", "DATE"),
        ("Capacity on Black Friday is 60%", "Black Friday", "DATE"),
        ("alert auto-cleared\n07-Jul --:--  NO TRANSMISSION", "07-Jul", "DATE"),
        ("done 14 janv. 16:20 by the registrar", "14 janv", "DATE"),
        ("Incident 2024-0317-0044   Unit A-612 (plate 3J7 K21)", "A-612", "VEHICLE"),
        ("Hoist by helicopter N5471P to LZ; ground ALS Medic 31 to ED", "N5471P", "VEHICLE"),
        ("Hoist by helicopter N5471P to LZ; ground ALS Medic 31 to ED", "Medic 31", "VEHICLE"),
        ("Pt's pickup, KS 411 GRH, parked", "KS 411 GRH", "VEHICLE"),
        ("Driver Luis Barraza, truck NJ AK552T; all", "NJ AK552T", "VEHICLE"),
        ("Pt Florence Ambrose, 96 y F (DOB 2/2/28)", "96", "AGE"),
        ("Subscriber Cornelius Abernathy, 97   Acct PERS-0091873", "97", "AGE"),
        ("confirmed DOB 10/10/1933 = 91.", "91", "AGE"),
        ("REGISTRY ABSTRACT   abstractor dwojcik\nAccession", "dwojcik", "NAME"),
        ("NO CAR TONIGHT.\nOPER: RGARNER   PAGED X2 02:17", "RGARNER", "NAME"),
        ("PRINTED 03/05/25 06:14 BY JREYNOLDS\nPT: X", "JREYNOLDS", "NAME"),
        ("Pt: Loretta Begaye   HRN CR 18342   Tribal", "CR 18342", "MRN"),
        ("Member ID MHX 0048812-01   Group RX7720", "MHX 0048812-01", "HEALTH_PLAN"),
        ("Provincial health card (RAMQ) GAGR 3811 2714 - not", "GAGR 3811 2714", "HEALTH_PLAN"),
        ("DOB 04/04/1941   Rx 318802 warfarin 5 mg #30", "318802", "ID"),
        ("chain of identity COI-7720-0193-B\nProduct", "COI-7720-0193-B", "ID"),
        ("updated by WhatsApp (+591 71550142).", "+591 71550142", "PHONE"),
        ("placard renewal - pt NJ DL W1827 46103 07712 on file.", "W1827 46103 07712", "LICENSE"),
    ],
)  # fmt: skip
def test_forms_found_missing_on_the_twenty_third_and_twenty_fourth_blind_sets_are_found(
    deid: Deidentifier, sentence: str, phi: str, category: str
) -> None:
    _assert_found(deid, sentence, phi, category)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("NORTHLAND WOMEN'S HEALTH\n900 W King St", "S HEALTH"),
        ("Evera XT DR DDBB2D4   SN PZN611", "DDBB"),
        ("FOUND HER IN THE CAR IN THE DRIVEWAY AT 2 AM", "IN THE"),
        ("placard renewal - pt NJ DL W1827 46103 07712 on file.", "NJ DL"),
        ("Unit 3S rm 322; 2 units PRBC", "3S"),
        ("16:49 Accepted by interventional cardiology", "interventional"),
        ("INFUSION FLOWSHEET   mFOLFOX6   C5D1\nPatient: Ruth", "mFOLFOX"),
        ("INFUSION FLOWSHEET   mFOLFOX6   C5D1\nPatient: Ruth", "C"),
        ("Pt Ibarra-Soto, 54 M, OTR truck driver", "M"),
    ],
)
def test_what_the_round_nine_rules_leave_alone(
    deid: Deidentifier, sentence: str, word: str
) -> None:
    _assert_left_alone(deid, sentence, word)


@pytest.mark.parametrize(
    ("sentence", "phi", "category"),
    [
        ("Address: 17B Hutton Street, Ōtāhuhu 1062\nAdmitted", "1062", "ZIP"),
        ("Address: House J 117, Site C, Khayelitsha, 7784\nDefaulted ART", "7784", "ZIP"),
        ("Address: House J 117, Site C, Khayelitsha, 7784\nDefaulted ART", "Khayelitsha", "CITY"),
        ("Home: Blk 21 Toa Payoh Lor 7, #09-112 S(310021)\nFall", "310021", "ZIP"),
        ("Nivas Chawl, Dr. Ambedkar Road, Mumbai - 400012\nDOA", "400012", "ZIP"),
        ("Lesedi Mokoena, F   Hosp no. CHB 5512887\nMother", "CHB 5512887", "MRN"),
        ("Medicare: 4155 50192 3   UR: LMH 0555128\nRequested", "LMH 0555128", "MRN"),
        ("Admitted 4/2/24   Discharged Waitangi Day (6 Feb)", "Waitangi Day", "DATE"),
        ("Date/time of concern: Sun 05/11/2023 20:40 (Bonfire Night)", "Bonfire Night", "DATE"),
        ("Fall at reunion dinner on CNY eve: acute SDH", "CNY eve", "DATE"),
        ("Next nursing visit lundi 11 mars.", "lundi 11 mars", "DATE"),
    ],
)  # fmt: skip
def test_addresses_record_numbers_and_days_abroad_are_found(
    deid: Deidentifier, sentence: str, phi: str, category: str
) -> None:
    _assert_found(deid, sentence, phi, category)


@pytest.mark.parametrize(
    ("sentence", "phi", "category"),
    [
        ("Data: quarta-feira, 9 de abril de 2025, das", "quarta-feira, 9 de abril de 2025", "DATE"),
        ("Data: seg., 24 de fev. de 2025 16:02", "seg., 24 de fev. de 2025", "DATE"),
        ("Admisión 2/ene/2025  Egreso 9/ENE/2025", "9/ENE/2025", "DATE"),
        ("me atendieron entre marzo y junio de 2022 por", "junio de 2022", "DATE"),
        ("me atendieron entre marzo y junio de 2022 por", "marzo", "DATE"),
        ('"Hola MARICRUZ, su cita es el jue 03/04 10:30"', "jue 03/04", "DATE"),
        ("Sr. Joaquim Pestana, noventa e um anos, PO", "noventa e um", "AGE"),
        ("Vila Curuçá - São Paulo/SP - CEP 08030-410\nTel.", "08030-410", "ZIP"),
        ("Fecha: sábado 15/feb/2025   Llamada 22:48", "sábado 15/feb/2025", "DATE"),
        ("34 a., referida por Dra. Ng (Ginecología).", "Ng", "NAME"),
        ("Arztbrief vom 14. Februar 2025, Station 3", "14. Februar 2025", "DATE"),
        ("Kontrolle am Montag, 3. März in der Ambulanz", "Montag, 3. März", "DATE"),
        ("Erstdiagnose im Jänner 2024, seither stabil", "Jänner 2024", "DATE"),
        ("OP geplant: 12. Sept. 2024", "12. Sept. 2024", "DATE"),
    ],
)  # fmt: skip
def test_spanish_and_portuguese_dates_ages_and_postcodes_are_found(
    deid: Deidentifier, sentence: str, phi: str, category: str
) -> None:
    _assert_found(deid, sentence, phi, category)


@pytest.mark.parametrize(
    ("sentence", "phi", "category"),
    [
        ("Patient: Well, my ticker. I'll be ninety-one on the Fourth of July", "ninety-one", "AGE"),
        ("She made it to one hundred and two, can you imagine", "one hundred and two", "AGE"),
        ("Pt Florence Wetherby, ninety as of last Thursday", "ninety", "AGE"),
        ("she hopes to make it to 94.", "94", "AGE"),
        ("Visited pt Constance Oyelaran (Connie), 97, at request", "97", "AGE"),
        ("She came in last Friday the 14th with him", "Friday the 14th", "DATE"),
        ("Callback 8:15 AM by mkessler: spoke with Rose", "mkessler", "NAME"),
        ("SPI: ctrujillo   Zip of exposure: 85008", "85008", "ZIP"),
    ],
)  # fmt: skip
def test_spoken_ages_and_days_from_the_spoken_training_set_are_found(
    deid: Deidentifier, sentence: str, phi: str, category: str
) -> None:
    _assert_found(deid, sentence, phi, category)


@pytest.mark.parametrize(
    "sentence",
    [
        "BP was ninety over sixty",
        "she'll be ninety minutes late",
        "turned ninety degrees on the table",
        "I'm 95% sure; she's 90 pounds",
    ],
)
def test_a_ninety_that_is_no_age_is_left_alone(deid: Deidentifier, sentence: str) -> None:
    assert not any(s.category == "AGE" for s in Deidentifier(tagger=None).find(sentence))
    assert not any(s.category == "AGE" for s in deid.find(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Step 2. April is when the trial opens",  # a month English shares, no year
        "Use 1. August protocol, then 2. Rest",
    ],
)
def test_a_numbered_step_before_an_english_month_is_no_german_date(sentence: str) -> None:
    assert "DATE" not in _found(Deidentifier(tagger=None), sentence).values()


@pytest.mark.parametrize(
    ("sentence", "phi", "category"),
    [
        ("Pt Wendell O. Farnsworth, 98 y   Hospice # H-004571", "98", "AGE"),
        ("Client: Wilhelmina Achterhof, 90  chart SLP-55021", "90", "AGE"),
        ("Filled 3/18/24 by RPh tmarchetti; counseled daughter", "tmarchetti", "NAME"),
        ("Subject DOB 10/30/1990, OLN K426-1189-0310-00 (WI)", "K426-1189-0310-00", "LICENSE"),
        ("Lakewood PD officer on scene #2280. Ambient temp", "2280", "ID"),
        ("Inv. Carla Pruett with Det. Hobbs (#651).", "651", "ID"),
        ("03/05/24   wnd1_20240305_a.jpg   4.2 x 3.1", "20240305", "DATE"),
        ("Mon - bed bath, linen change", "Mon", "DATE"),
        ("Tue: no visit, pt at son's house", "Tue", "DATE"),
        ("Proxima visita: viernes 17.", "viernes 17", "DATE"),
        ("met at a party over new yrs", "new yrs", "DATE"),
    ],
)  # fmt: skip
def test_forms_from_the_public_health_and_allied_services_sets_are_found(
    deid: Deidentifier, sentence: str, phi: str, category: str
) -> None:
    _assert_found(deid, sentence, phi, category)


@pytest.mark.parametrize(
    "sentence",
    [
        "image_id=IMG-20240611-00917 attached",  # a date inside an ID stays in the ID
        "Sat: 94% on RA, Sun - ",  # oxygen saturation is no Saturday
        "Officer safety briefing at 0700",
        "jueves 2 de mayo",  # read whole by the Spanish day-month pattern
    ],
)
def test_look_alikes_of_the_public_health_and_allied_services_forms(sentence: str) -> None:
    found = _found(Deidentifier(tagger=None), sentence)
    assert "20240611" not in found and "Sat" not in found and "2 de" not in found


_CSV = "case_id,name,age,onset,city\nC-0412,Ruth Abernathy,91,2024-02-03,Lowell"
_PIPES = (
    "date | fellow 1st call | attending backup | fellow cell\n"
    "4/2 Wed | Okonkwo-Hale, J. | Bergstrom | 412-555-0162"
)


_X12 = (
    "NM1*QC*1*TAUFA*SIONE*L***MI*CHP559901347~\nN3*1187 CEDAR RIDGE RD*UNIT 4~\n"
    "N4*DULUTH*MN*55803~\nCLM*PCN88120431*1250***11:B:1*Y*A*Y*Y~\nREF*EA*MR4471209~\n"
    "PER*IC*JANE DOE*TE*3125550176~\nNM1*PR*2*BLUE CROSS BLUE SHIELD*****PI*00123~"
)
_DICOM_DUMP = (
    "0010,0010    Patient Name               ABARA^NGOZI^C\n"
    "(0010,1010) Patient's Age            AS: '094Y'\n"
    "(0020,000d) Study Instance UID       UI: 1.2.840.113619.2.55.3.2831164356.781.1708337722\n"
    "(0002,0010) Transfer Syntax UID      UI: 1.2.840.10008.1.2.1"
)
_FHIR = (
    '{"resourceType": "Patient", "id": "pt-8f3c21", "birthDate": "1931-05",\n'
    ' "address": [{"line": ["12 Oak St"], "city": "Lowell", "postalCode": "01851"}]}\n'
    'subject: {reference: Patient/71150, display: "Lachlan Fairweather"}\n'
    '<Patient><id value="pat-3F11"/><address><postalCode value="01930"/></address></Patient>\n'
    '"effectiveDateTime": "2024-01-17T06:42:00-05:00"'
)


_PSQL = (
    "   mrn    | last_nm | first_nm | birth_dt   | line1          | city\n"
    "----------+---------+----------+------------+----------------+-----------\n"
    " 30771905 | VOLKOVA | ANNA     | 1947-01-19 | 77 Brereton St | Pittsburgh\n(1 row)"
)
_CENSUS = (
    "Chair | Patient              | Age | Access   | EDW kg | Notes\n"
    "1     | HAUGEN, O.           | 93  | L AVF    | 71.5   | SBP 88 last tx\n"
    "2     | OCAMPO, Rey          | 63  | R IJ TDC | 88.0   | Kt/V 1.4"
)


@pytest.mark.parametrize(
    ("text", "phi", "category"),
    [
        # a CSV export pasted into a note: its header names the columns
        (_CSV, "C-0412", "ID"),
        (_CSV, "91", "AGE"),
        (_CSV, "Lowell", "CITY"),
        ('mrn,"Last, First",zip\n8812034,"Okafor, Grace",02139', "Okafor, Grace", "NAME"),
        ('mrn,"Last, First",zip\n8812034,"Okafor, Grace",02139', "02139", "ZIP"),
        ("user,timestamp,action\nLHampton,2024-03-11T14:22:05,print", "2024-03-11T14:22:05",
         "DATE"),
        # a pipe-separated roster whose headers name columns by their last word
        (_PIPES, "Okonkwo-Hale, J.", "NAME"),
        (_PIPES, "Bergstrom", "NAME"),
        ("| Patient | MRN | Rm |\n|---|---|---|\n| Lind, Walter | 04417729 | 12 |", "Lind, Walter",
         "NAME"),
        # a space-laid schedule whose header names the surgeon and the patient
        ("Rm  Time  Surgeon        Patient\n3   0730  Krenshaw, D.   Lind, Walter",
         "Krenshaw, D.", "NAME"),
        # dates as HL7 v2, DICOM and exports write them, time fused on or not
        ("PID|1||4481223^^^MRN||HOLLOWAY^MARGARET^J||19310402|F", "19310402", "DATE"),
        ("PV1|1|I|4N^412^A||||20240311142205|", "20240311142205", "DATE"),
        ("(0010,0030) PatientBirthDate DA [19310402]", "19310402", "DATE"),
        # a labelled number that is an ISO date and time is the date, not a chart number
        ("user LHampton opened chart 2024-03-11T14:22:05 from WS-4", "2024-03-11T14:22:05", "DATE"),
        (_X12, "TAUFA", "NAME"),
        (_X12, "L", "NAME"),
        (_X12, "CHP559901347", "HEALTH_PLAN"),
        (_X12, "1187 CEDAR RIDGE RD", "ADDRESS"),
        (_X12, "UNIT 4", "ADDRESS"),
        (_X12, "DULUTH", "CITY"),
        (_X12, "55803", "ZIP"),
        (_X12, "PCN88120431", "ACCOUNT"),
        (_X12, "MR4471209", "MRN"),
        (_X12, "3125550176", "PHONE"),
        (_DICOM_DUMP, "ABARA^NGOZI^C", "NAME"),
        (_DICOM_DUMP, "094", "AGE"),
        (_DICOM_DUMP, "1.2.840.113619.2.55.3.2831164356.781.1708337722", "ID"),
        (_FHIR, "pt-8f3c21", "ID"),
        (_FHIR, "1931-05", "DATE"),
        (_FHIR, "12 Oak St", "ADDRESS"),
        (_FHIR, "01851", "ZIP"),
        (_FHIR, "71150", "ID"),
        (_FHIR, "pat-3F11", "ID"),
        (_FHIR, "01930", "ZIP"),
        (_FHIR, "2024-01-17T06:42:00-05:00", "DATE"),  # the time joined on is the one token
        ("PID|1||22||ALMASI^SHIRIN^^^^^L~TEHRANI^SHIRIN^^^^^M||19890530|F", "TEHRANI^SHIRIN",
         "NAME"),
        ("MRN | LAST | FIRST | DOB | SSN last4\n30771905 | VOLKOVA | ANNA | 1947-01-19 | 4417",
         "ANNA", "NAME"),
        ("MRN | LAST | FIRST | DOB | SSN last4\n30771905 | VOLKOVA | ANNA | 1947-01-19 | 4417",
         "4417", "SSN"),
        ("Kamala Iyer (née Subramaniam), living", "Subramaniam", "NAME"),
        ("Witness 1: TR 09:52   Witness 2: mkowalski", "TR", "NAME"),
        ("Bridget (PGM) | grandmother | d. at 92 | endometrial", "92", "AGE"),
        (_PSQL, "ANNA", "NAME"),
        (_PSQL, "77 Brereton St", "ADDRESS"),
        (_PSQL, "Pittsburgh", "CITY"),
        (_CENSUS, "93", "AGE"),
        ("badge   | visitor         | plate (state)\nV-20418 | Rebecca Kessler | 8KXP214 (CA)",
         "8KXP214", "VEHICLE"),
        ("MEMBER_ID|LAST|FIRST|DOB|ADDR1|CITY|ST|ZIP\n"
         "ACO7720194|DELGADO|ROSA|1957-08-30|609 PALM VISTA DR|LAREDO|TX|78045",
         "609 PALM VISTA DR", "ADDRESS"),
    ],
)  # fmt: skip
def test_tables_exports_and_machine_formats_are_found(
    deid: Deidentifier, text: str, phi: str, category: str
) -> None:
    _assert_found(deid, text, phi, category)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("case_id,name,age,onset,city\nC-0413,Samir Haddad,44,2024-02-05,Methuen", "44"),
        ("case_id,name,age,onset,city\nC-0413,Samir Haddad,44,2024-02-05,MA", "MA"),
        ("chart 2024-03-11T14:22:05", "2024-03-11T14"),
        (
            "| Drug | Dose | Prescriber | Date |\n|---|---|---|---|\n"
            "| Eliquis | 5 mg | Pfizer | - |",
            "Eliquis",
        ),
        ("| Patient | MRN | Rm |\n|---|---|---|\n| Lind, Walter | 04417729 | 12 |", "12"),
        ("image_id=IMG-20240611-00917 attached", "20240611"),
        # a row with a cell too many is no row of the table: nothing by column
        ("mrn,name,zip\n8812034,Grace,Okafor,02139", "Okafor,02139"),
        (_X12, "BLUE CROSS BLUE SHIELD"),  # a payer (NM102 = 2), not a person
        (_X12, "00123"),
        (_DICOM_DUMP, "1.2.840.10008.1.2.1"),  # a transfer syntax, the same for everyone
        (_DICOM_DUMP, "2.840.10008.1.2.1"),
        ("MRN | LAST | FIRST | DOB | SSN last4\n30771905 | VOLKOVA | ANNA | 1947-01-19 | 4417",
         "last4"),
        ("Witness: RN at bedside", "RN"),
        ("Patient is 79Y on the label", "79"),
    ],
)  # fmt: skip
def test_what_the_table_and_machine_format_rules_leave_alone(
    deid: Deidentifier, text: str, word: str
) -> None:
    _assert_left_alone(deid, text, word)


def test_a_compact_date_is_shifted_in_place_and_its_time_kept() -> None:
    from custos.deid._text_surrogates import shift_date

    assert shift_date("20240311142205-0500", -10, None) == (
        "20240301142205-0500",
        date(2024, 3, 11),
    )
    assert shift_date("19310402", 5, None) == ("19310407", date(1931, 4, 2))


def test_an_iso_date_and_time_is_shifted_with_its_time_kept() -> None:
    from custos.deid._text_surrogates import shift_date

    assert shift_date("2024-01-17T06:42:00-05:00", -3, None) == (
        "2024-01-14T06:42:00-05:00",
        date(2024, 1, 17),
    )


def test_a_census_reads_no_age_under_ninety_and_no_room_by_column(deid: Deidentifier) -> None:
    found = _found(Deidentifier(tagger=None), _CENSUS)
    assert "63" not in found and "71.5" not in found and "L AVF" not in found


_SQL = (
    "INSERT INTO patients (mrn, last_name, first_name, dob, addr1, city, state, zip, age)\n"
    "VALUES ('00412277', 'Kowalczyk', 'Dorota', '1931-03-14', '418 Birchwood Ln', 'Framingham',"
    " 'MA', '01701', 94),\n       ('00398811', 'O''Hare', 'Clovis', NULL, NULL, 'Barre', 'VT',"
    " '05641', 61);"
)
_VCARD = (
    "BEGIN:VCARD\nVERSION:3.0\nN:Thibodeaux;Remy;J;;\nFN:Remy J Thibodeaux\n"
    "ADR;TYPE=HOME:;;2210 Bayou Teche Rd;Breaux Bridge;LA;70517;USA\nEND:VCARD"
)
_NEWRX = (
    "<Name><LastName>Abernathy</LastName><FirstName>Clovis</FirstName>"
    "<MiddleName>R</MiddleName></Name><DEANumber>BM4417720</DEANumber>"
    "<AddressLine1>77 Quarry Hill Rd</AddressLine1>"
)
_KV = "svc=adt plate=7KJM442 vin=1HGCM82633A004352 dl=S12345678 fin=88812341 memberid=XJ4471029"


@pytest.mark.parametrize(
    ("text", "phi", "category"),
    [
        # SQL: an INSERT's values read under its column list, every row; SET and WHERE pairs
        (_SQL, "00412277", "MRN"),
        (_SQL, "Framingham", "CITY"),
        (_SQL, "01701", "ZIP"),
        (_SQL, "94", "AGE"),
        (_SQL, "O''Hare", "NAME"),
        (_SQL, "05641", "ZIP"),
        ("UPDATE pt SET last_name = 'Nowak', zip = '01702' WHERE mrn = '00412277';", "01702",
         "ZIP"),
        ("UPDATE pt SET last_name = 'Nowak' WHERE mrn = '00412277';", "Nowak", "NAME"),
        # iCalendar's basic-format date and time is one DATE token
        ("BEGIN:VEVENT\nDTSTART;TZID=America/New_York:20250314T093000\nEND:VEVENT",
         "20250314T093000", "DATE"),
        ("DTEND:20250314T100000Z", "20250314T100000Z", "DATE"),
        # a vCard's name and address components
        (_VCARD, "Thibodeaux", "NAME"),
        (_VCARD, "J", "NAME"),
        (_VCARD, "2210 Bayou Teche Rd", "ADDRESS"),
        (_VCARD, "Breaux Bridge", "CITY"),
        (_VCARD, "70517", "ZIP"),
        # e-prescribing XML and key=value logs: keys that name plates, licences, plans, accounts
        (_NEWRX, "R", "NAME"),
        (_NEWRX, "BM4417720", "LICENSE"),
        (_NEWRX, "77 Quarry Hill Rd", "ADDRESS"),
        (_KV, "7KJM442", "VEHICLE"),
        (_KV, "S12345678", "LICENSE"),
        (_KV, "88812341", "ACCOUNT"),
        (_KV, "XJ4471029", "HEALTH_PLAN"),
    ],
)  # fmt: skip
def test_sql_calendar_vcard_and_keyed_machine_forms_are_found(
    deid: Deidentifier, text: str, phi: str, category: str
) -> None:
    _assert_found(deid, text, phi, category, tagger_keeps_category=False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (_SQL, "MA"),
        (_SQL, "61"),  # an age under 90
        (_SQL, "NULL"),
        ("INSERT INTO orders (drug, dose) VALUES ('Eliquis', '5 mg');", "Eliquis"),
        ("UPDATE pt SET status = 'Discharged' WHERE unit = '4N';", "Discharged"),
        ("RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=2025", "2025"),
        (_VCARD, "VCARD"),
        ("system urn:oid:1.2.3.4 value 88", "1.2.3.4"),
        ("root 2.16.840.1.113883.19.5", "1.113883.19.5"),
        ("plate=none dl=unknown", "none"),
    ],
)  # fmt: skip
def test_what_the_sql_calendar_and_vcard_rules_leave_alone(
    deid: Deidentifier, text: str, word: str
) -> None:
    _assert_left_alone(deid, text, word)


def test_an_icalendar_date_is_shifted_in_place_and_its_time_kept() -> None:
    from custos.deid._text_surrogates import shift_date

    assert shift_date("20250314T093000Z", -10, None) == ("20250304T093000Z", date(2025, 3, 14))


def test_a_tagger_run_stops_at_a_structure_delimiter(deid: Deidentifier) -> None:
    found = _found(deid, "(0010,1040) LO [12 Asante Way^^Accra]\n(0010,2154) SH [555-0188]")
    assert found.get("555-0188") == "PHONE"
    assert not any("[" in f or f in ("LO", "SH") for f in found)


@pytest.mark.parametrize(
    ("text", "phi"),
    [
        ("D: 03/14/2024 10:12  T: 03/14/2024 13:40  Job#: 4471209  mk/JT", "mk"),
        ("D: 03/14/2024 10:12  T: 03/14/2024 13:40  Job#: 4471209  mk/JT", "JT"),
        ("Impression as above.\nTF/lmb", "lmb"),
    ],
)
def test_a_reports_dictation_and_typing_initials_are_found(
    deid: Deidentifier, text: str, phi: str
) -> None:
    _assert_found(deid, text, phi, "NAME")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("SURGICAL PATHOLOGY\nA. Colon, sigmoid, biopsy (block A1-A3): tubular adenoma.", "Colon"),
        ("FINAL DIAGNOSIS\nB) Skin, left forearm, shave: basal cell carcinoma.", "Skin"),
        ("Labs in mg/dL.\nBP/HR stable", "BP"),
    ],
)
def test_what_the_report_rules_leave_alone(deid: Deidentifier, text: str, word: str) -> None:
    _assert_left_alone(deid, text, word)


@pytest.mark.parametrize(
    ("text", "phi", "category"),
    [
        # ages over 89 in life stories and report headers
        ("Sister Lydia (ninety-four) lives in the dawdi house.", "ninety-four", "AGE"),
        ("DOLLY AND DOTTIE KRAUSS, NINETY-TWO.", "NINETY-TWO", "AGE"),
        ("his mother Rose lived to ninety-six with no cancer.", "ninety-six", "AGE"),
        ("her sister, who is also in her nineties, took it hard.", "nineties", "AGE"),
        ("She died peacefully the morning of January 9th at 102.", "102", "AGE"),
        ("visitd ms hollis again, shes 103 and sharp as a tack", "103", "AGE"),
        ('with his wife Samira, who is 90 "and the boss."', "90", "AGE"),
        ("Beatrice Fenn, DOB 10/22/1931, 92. Lives at 88 Catalpa Lane.", "92", "AGE"),
        ("he died feb 11 at 93 holding his son's hand", "93", "AGE"),
        ("He will be 100 on Purim.", "100", "AGE"),
        ("PATIENT: ZAKRZEWSKI, TEODOR J   DOB: 07/07/1929 (94Y)   SEX: M", "94", "AGE"),
        # dates in words, holidays with their year, a weekday's or month's "the Nth"
        ("Born August the 15th, 1930 on the home place.", "August the 15th, 1930", "DATE"),
        ("Spirometry next Tues the 14th.", "Tues the 14th", "DATE"),
        ("she was born on All Saints' Day, 1926 in Conshohocken.", "All Saints' Day, 1926",
         "DATE"),
        ("born on Christmas Day 1930 in south philly", "Christmas Day 1930", "DATE"),
        ("BORN NOVEMBER 11, 1931, ARMISTICE DAY, IN NEW ULM", "ARMISTICE DAY", "DATE"),
        # places of birth the gazetteer may not know; families in the plural
        ("Pt is ninety-four, b. Cork, and came out to America.", "Cork", "CITY"),
        ("Sam was born in Brańsk, in Podlasie.", "Brańsk", "CITY"),
        ("My mother's people, the Mulveys, all went with the heart.", "Mulveys", "NAME"),
        # an ECG system's "SURNAME MD, GIVEN"
        ("Referred by: OYELARAN MD, FOLAKE   Test ind: chest pain", "FOLAKE", "NAME"),
    ],
)  # fmt: skip
def test_ages_dates_places_and_names_told_in_prose_are_found(
    deid: Deidentifier, text: str, phi: str, category: str
) -> None:
    _assert_found(deid, text, phi, category, tagger_keeps_category=False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mr Fenn, DOB 10/22/1931, 92 Catalpa Lane.", "92"),
        ("HR at 95. Walked at 90 ft.", "95"),
        ("died at home at 1430", "1430"),
        ("born in May 1931 in Lima", "May"),
        ("b. March 3 in Lima", "March"),
        ("born at Mercy Hospital", "Mercy"),
        ("Confirmed by SMITH MD, FACC on 3/1", "FACC"),
        ("the Browns game was on; the Woods were thick", "Browns"),
        ("the Woods were thick", "Woods"),
    ],
)
def test_what_the_prose_rules_leave_alone(deid: Deidentifier, text: str, word: str) -> None:
    assert word not in _found(Deidentifier(tagger=None), text)


def test_a_short_weekday_is_shifted_to_a_short_weekday() -> None:
    from custos.deid._text_surrogates import shift_date

    out = shift_date("Tues the 14th", 1, date(2025, 10, 1))
    assert out is not None and out[0] == "Wed the 15th"
    out = shift_date("Tues the 14th", 2, date(2025, 10, 1))
    assert out is not None and out[0] == "Thur the 16th"


_FIXED_WIDTH = (
    "00412277KOWALCZYK           DOROTA       19310314F418 BIRCHWOOD LN        FRAMINGHAM     "
    "MA017011234\n"
    "00398811ABERNATHY           CLOVIS       19320719M77 QUARRY HILL RD       BARRE          "
    "VT05641"
)


@pytest.mark.parametrize(
    ("phi", "category"),
    [
        ("00412277", "ID"),
        ("KOWALCZYK", "NAME"),
        ("CLOVIS", "NAME"),
        ("19310314", "DATE"),
        ("418 BIRCHWOOD LN", "ADDRESS"),
        ("77 QUARRY HILL RD", "ADDRESS"),
        ("FRAMINGHAM", "CITY"),
        ("BARRE", "CITY"),
        ("05641", "ZIP"),
    ],
)
def test_a_fixed_width_records_fields_are_read_apart(
    deid: Deidentifier, phi: str, category: str
) -> None:
    _assert_found(deid, _FIXED_WIDTH, phi, category, tagger_keeps_category=False)


def test_a_capitals_line_with_a_code_is_no_record(deid: Deidentifier) -> None:
    text = "PT SEEN TODAY  CPT99213  FOLLOW UP WITH CARDIOLOGY  NEXT VISIT 03/14/2025  ROOM 4"
    found = _found(Deidentifier(tagger=None), text)
    assert "NAME" not in found.values() and "CPT" not in found, found


_ACCESS_LOG = (
    '10.12.8.40 - tfairweather [12/Mar/2024:10:02:20 -0500] "GET /api/v2/patients?family=Kovacs'
    '&given=Beata&birthdate=eq1951-03-09 HTTP/1.1" 200 2210\n'
    '10.12.8.1 - - [12/Mar/2024:10:03:00 -0500] "GET /static/app.js?v=3 HTTP/1.1" 200 99'
)
_DCMDUMP = (
    "(0010,0010) PN [ABERNATHY^CLEO^M]          #  16, 1 PatientName\n"
    "(0010,1040) LO [22 Ledyard St^Hanover^NH^03755] #  28, 1 PatientAddress\n"
    "(0018,1000) Device Serial Number        LO: '44817CT'"
)


@pytest.mark.parametrize(
    ("text", "phi", "category"),
    [
        # web access logs: the user, the request time with its time, a path whose query names
        # a patient
        (_ACCESS_LOG, "tfairweather", "NAME"),
        (_ACCESS_LOG, "12/Mar/2024:10:02:20", "DATE"),
        (_ACCESS_LOG, "/api/v2/patients?family=Kovacs&given=Beata&birthdate=eq1951-03-09", "URL"),
        ('{"requestId":"c0a1f7e2-5b43-4b8e-9a31-2d7e0f61aa09","user":"rtamblyn"}',
         "c0a1f7e2-5b43-4b8e-9a31-2d7e0f61aa09", "ID"),
        ("<MessageID>9c41e0b7a2d84f16</MessageID>", "9c41e0b7a2d84f16", "ID"),
        # a GS1 UDI whole, GPS coordinates, DICOM names by their VR, a serial, a caret ZIP
        ("LINQ II, UDI (01)00763000290138(17)270731(21)RLB129907G",
         "(01)00763000290138(17)270731(21)RLB129907G", "DEVICE"),
        ("Scene GPS 42.3418, -72.5885.", "42.3418, -72.5885", "ADDRESS"),
        (_DCMDUMP, "CLEO", "NAME"),
        (_DCMDUMP, "03755", "ZIP"),
        (_DCMDUMP, "44817CT", "DEVICE"),
        ('<value xsi:type="PQ" value="90" unit="a"/>', "90", "AGE"),
        # keys: a patient and an encounter, NEMSIS elements, an upper-case value with spaces,
        # a Python dict, YAML without quotes, SQL LIKE, a CamelCase log-in
        ("ctx user=mbellweather patient=Pt-88120455 encounter=Enc-5501928", "Pt-88120455", "ID"),
        ("<ePatient.09>17601</ePatient.09><ePatient.15>96</ePatient.15>", "17601", "ZIP"),
        ("<ePatient.09>17601</ePatient.09><ePatient.15>96</ePatient.15>", "96", "AGE"),
        ("PU_ADDR1=118 RIVERVIEW TER PU_ADDR2= PU_CITY=ST ALBANS PU_ST=WV", "118 RIVERVIEW TER",
         "ADDRESS"),
        ("PU_ADDR1=118 RIVERVIEW TER PU_ADDR2= PU_CITY=ST ALBANS PU_ST=WV", "ST ALBANS", "CITY"),
        ("{'addr': {'city': 'Brattleboro', 'zip': '05301'}}", "05301", "ZIP"),
        ("address:\n  - line: [\"402 Chestnut Hill Rd\"]\n    city: Norwich\n    state: CT",
         "Norwich", "CITY"),
        ("SELECT mrn FROM patient WHERE last_name ILIKE 'quigg%' ORDER BY dob;", "quigg", "NAME"),
        ('"changedBy":"DeniseLowell","reason":"marriage"', "DeniseLowell", "NAME"),
        # HL7: a scheduled resource's person, a ZIP+4 without its dash; report role labels
        ("AIP|1|A|^Farouk^Samia^^^^MD|RAD", "Farouk^Samia", "NAME"),
        ("PID|1||1||SORENSEN^KARIN||9 QUARRY HILL RD^^BARRE^VT^056419412^USA", "BARRE", "CITY"),
        ("Technician: RJ   Equipment: Vyntus ONE", "RJ", "NAME"),
    ],
)  # fmt: skip
def test_logs_udis_dicom_dumps_and_keyed_values_are_found(
    deid: Deidentifier, text: str, phi: str, category: str
) -> None:
    _assert_found(deid, text, phi, category, tagger_keeps_category=False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (_ACCESS_LOG, "/static/app.js?v=3"),  # a query that names no patient
        ("status: active\nname: Cardiology\nkind: Organization", "Cardiology"),
        ("LEVEL=INFO MSG=SENT TO LAB QUEUE=MAIN", "SENT TO LAB"),
        ("Tech: CT at 0900", "CT"),
        ("Performed by: MRI", "MRI"),
        ('<value xsi:type="PQ" value="90" unit="mg"/>', "90"),
    ],
)
def test_what_the_log_and_key_rules_leave_alone(deid: Deidentifier, text: str, word: str) -> None:
    assert word not in _found(Deidentifier(tagger=None), text)


# Machine text's own vocabulary: code-system OIDs and URLs, DICOM JSON tags,
# HL7 table numbers and message headers, drug codes, X12 control numbers,
# NCPDP field numbers, ZPL commands, service accounts, host names and
# organisations' names.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('{"system": "urn:oid:2.16.840.1.113883.4.1", "value": "PX-55120"}', "4.1"),
        ('<id root="2.16.840.1.113883.19.5.7" extension="E7732014"/>', "19.5.7"),
        ('<templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>',
         "2015-08-01"),
        ('- system: urn:oid:1.3.6.1.4.1.52260\n  value: 2231907', "52260"),
        ('{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1538207746"}',
         "http://hl7.org/fhir/sid/us-npi"),
        ("coding:\n  - system: http://loinc.org\n    code: 2345-7", "http://loinc.org"),
        ('{"00100020": {"vr": "LO", "Value": ["MR-0091182"]}}', "00100020"),
        ("ERR|^^^207&Application internal error&HL70357|PID^1^3|E", "HL70357"),
        ("MSH|^~\\&|REGADT|WESTSIDE|MPI|WESTSIDE|20240301120000||ADT^A04|77120|P|2.5", "MPI"),
        ("rx=4419032 fill=01 ndc=00093105801 qty=30", "00093105801"),
        ("ISA*00*          *00*          *ZZ*SUBMIT01       *ZZ*PAYER77        "
         "*240301*0712*^*00501*000004417*0*P*:~", "000004417"),
        ("TRN*1*TRACE-20771*9812345678~", "9812345678"),
        ("AM07  402-D2 RX NO: 6043187  407-D7 NDC: 00378018101", "402-D2"),
        ("^XA^FO50,60^A0N,30,30^FDSPECIMEN^FS^XZ", "FS"),
        ("2024-09-03T04:00:00Z user=svc_hl7feed action=PURGE", "svc_hl7feed"),
        ("Received: from relay2.mailhub.example (relay2.mailhub.example [203.0.113.9])",
         "relay2.mailhub.example"),
        ("IN2||||SANTOS ORCHARDS CO", "SANTOS ORCHARDS"),
        ("DO_FACILITY=Greenbrier Valley Dialysis CHAIR=4", "Greenbrier"),
    ],
)  # fmt: skip
def test_machine_texts_own_vocabulary_is_left_alone(
    deid: Deidentifier, text: str, word: str
) -> None:
    _assert_left_alone(deid, text, word)


def test_what_stays_an_identifier_beside_machine_vocabulary(deid: Deidentifier) -> None:
    # a DICOM instance UID points at one study: it is no code system's OID
    uid = "1.2.840.113619.2.55.3.2831164356.781.1708337722.412"
    text = f"(0020,000D) UI Study Instance UID: {uid}"
    assert _found(deid, text).get(uid) == "ID"
    # a TRN's trace number stays; only the originator after it is the payer's
    text = "TRN*1*TRACE-20771*9812345678~"
    assert any("20771" in found for found in _found(deid, text))
    # a street whose type runs into an NCPDP field number keeps the type
    text = "322-CM STREET: 418 LINDEN AVE  323-CN CITY: WALPOLE"
    assert "AVE" in " ".join(_found(deid, text))
    # the patient in a message whose header is left alone
    text = (
        "MSH|^~\\&|REG|NFH|EMPI|NFH|20240517103355||ADT^A08|M1|P|2.5\n"
        "PID|1||NF-77120^^^NFH^MR||PELLETIER^ROSALIND"
    )
    names = " ".join(k for k, v in _found(deid, text).items() if v == "NAME")
    assert "PELLETIER" in names and "ROSALIND" in names and "EMPI" not in names


# Spoken and transcribed text: names spelled out, numbers read back with their
# letters, dates of birth said as numbers, spoken ZIP codes, e-mail addresses
# and the last four of an SSN.
@pytest.mark.parametrize(
    ("text", "phi", "category"),
    [
        ("caller gave her surname, that's V-A-N-D-E-R-L-I-N-D-E, first name Mara",
         "V-A-N-D-E-R-L-I-N-D-E", "NAME"),
        ("last name M-C D-O-N-A-G-H per patient", "M-C D-O-N-A-G-H", "NAME"),
        ("Date of birth?\nPATIENT: Seven, nineteen, forty-one.", "Seven, nineteen, forty-one",
         "DATE"),
        ('DOB read back as "oh three, two two, fifty"', "oh three, two two, fifty", "DATE"),
        ("born the sixth of March, thirty-eight, in the old hospital",
         "sixth of March, thirty-eight", "DATE"),
        ("followed here since June of twenty twenty one for gout", "June of twenty twenty one",
         "DATE"),
        ("she was admitted Sunday the fourth with a fever", "Sunday the fourth", "DATE"),
        ("member ID is W, K, P, three three one, zero eight, five five two",
         "W, K, P, three three one, zero eight, five five two", "HEALTH_PLAN"),
        ("pacer serial is Q as in queen, two eight eight, one four zero, six",
         "Q as in queen, two eight eight, one four zero, six", "DEVICE"),
        ("chart number H as in hotel, seven seven one, oh four two",
         "H as in hotel, seven seven one, oh four two", "MRN"),
        ("Lives off Quarry Road, zip one four eight five oh.", "one four eight five oh", "ZIP"),
        ("SSN last four: nine, one, oh, six.", "nine, one, oh, six", "SSN"),
        ("send it to t dot brannigan at lakeview health dot example please",
         "t dot brannigan at lakeview health dot example", "EMAIL"),
        ("we will text the number ending 0193 tomorrow", "0193", "PHONE"),
        ("call the desk at (207) 555-0148, extension 31 after noon",
         "(207) 555-0148, extension 31", "PHONE"),
    ],
)  # fmt: skip
def test_spoken_identifiers_are_found(
    deid: Deidentifier, text: str, phi: str, category: str
) -> None:
    _assert_found(deid, text, phi, category, tagger_keeps_category=False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Date of birth confirmed. She takes two tablets three times a day.", "two tablets"),
        ("DOB verified; he is seventy two years old, weight one hundred and sixty",
         "seventy two"),
        ("she had the first dose on the second try", "the second"),
        ("rated her pain a seven, then five, then three", "seven, then five"),
        ("the Q-T interval and the A-V node", "Q-T"),
        ("dial five five five for the operator", "five five five"),
    ],
)  # fmt: skip
def test_what_the_spoken_rules_leave_alone(deid: Deidentifier, text: str, word: str) -> None:
    _assert_left_alone(deid, text, word)


# Round 13's misses (blind31/32, read after their one scoring): ids in REST
# paths, FHIR search prefixes, form blanks, HL7 telecom components and age
# observations, log-ins after a date or a reviewer's cue, research credentials.
@pytest.mark.parametrize(
    ("text", "phi", "category"),
    [
        ('{"path":"/api/v1/patients/MRN00771234/meds","status":200}', "MRN00771234", "MRN"),
        ("GET /fhir/Encounter?_count=50&date=le2023-11-30 HTTP/1.1", "2023-11-30", "DATE"),
        ("Patient Name: ______   MRN: __KT0093317____\nReason: cough", "KT0093317", "MRN"),
        ("NK1|1|Ruiz^Ana|MTH^Mother||^PRN^PH^^^612^5550177", "612^5550177", "PHONE"),
        ("OBX|2|NM|30525-0^Age^LN||93|a^year^UCUM|||||F", "93", "AGE"),
        ("Entered by pkowalczyk 12MAR2024 09:15; PI sign-off pending", "pkowalczyk", "NAME"),
        ("Reviewed: dhalloran (remote clinic) 10:05", "dhalloran", "NAME"),
        ("Row sent by analyst mtrevino: pt_key 44F0A9", "mtrevino", "NAME"),
        ("Initials: KLW   Screening No.: S021-004", "KLW", "NAME"),
    ],
)  # fmt: skip
def test_round_13_forms_are_found(deid: Deidentifier, text: str, phi: str, category: str) -> None:
    _assert_found(deid, text, phi, category, tagger_keeps_category=False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ST*276*0002*005010X212~\nBHT*0010*13*REF4471*20240301*1015~", "005010X212"),
        ("- dm2: a1c 8.1, on metformin", "dm2"),
        (" DENOSUMAB 120 MG SC Q4W - LAST DOSE LAST MONTH (INFUSION CTR)", "INFUSION"),
    ],
)  # fmt: skip
def test_what_the_round_13_rules_leave_alone(deid: Deidentifier, text: str, word: str) -> None:
    _assert_left_alone(deid, text, word)


# Tables and lists of research and interface text (blind31/32's remaining
# misses, tuned on): a spaced header one space apart, dotted and hyphenated
# initials in cells, subject lists, keyed rows, custom HL7 segments' key and value.
_LINE_LIST = (
    "#  Init Age Sex Town            Onset\n"
    "1  TKR  34  F   Dunmore Flats   07/02\n"
    "2  GLB  92  M   Harrowgate      07/03\n"
)

_BOARD = (
    "Rm  | Patient            | Age   | CC             | Prov | RN   | Dispo\n"
    "B2  | Hightower, Ena     | 99F   | fall, hip pain | AK   | mj   | CT pelvis\n"
    "B3  | --\n"
    "B4  | TRAUMA, ZULU       | ~40M  | GSW L thigh    | DR   | pv   | OR 2\n"
    "B5  | baptiste, wilner   | 61M   | CP, trop 0.02  | DR   | pv   | obs\n"
)


@pytest.mark.parametrize(
    ("text", "phi", "category"),
    [
        (_LINE_LIST, "GLB", "NAME"),
        (_LINE_LIST, "92", "AGE"),
        (_LINE_LIST, "Harrowgate", "CITY"),
        ("Resident | room | age | onset\nR.McD. | 204B | 88 | 12/3\nB.S. | 211 | 90 | 12/3",
         "R.McD.", "NAME"),
        ("Scr no. | init | age | screened\n11-S004 | L-S | 70 | 11-Jan", "L-S", "NAME"),
        ("Scr no. | init | age | screened\n11-S004 | L-S | 70 | 11-Jan", "11-S004", "ID"),
        ("Subjects reviewed:\n - 022-0011 (MFR): re-consented 6/3/24", "022-0011", "ID"),
        ("Subjects reviewed:\n - 022-0011 (MFR): re-consented 6/3/24", "MFR", "NAME"),
        ("Subject No.: SUBJ-1   Initials: J-R-M   Screening No.: S014-118", "J-R-M", "NAME"),
        ("Subject No.: SUBJ-1   Screening No.: S014-118\nYear of birth: 1951", "S014-118", "ID"),
        ("A. PATIENT  1. Identifier: RLT   2. Age: 93 yr", "RLT", "NAME"),
        ("FIELD     REC A      REC B\nSSN4      0871       ----\n", "0871", "SSN"),
        ("ZPI|1|AGE_AT_SVC|91|Y\nFT1|1|||20240116||CG", "91", "AGE"),
        ("ZIN|1|MEMBERID|XQH4471902|", "XQH4471902", "HEALTH_PLAN"),
        ("MRN|PAT_LAST|PAT_FIRST|DOB\nKV0091|BRIGHTWATER|IMOGEN|1929-06-30", "BRIGHTWATER",
         "NAME"),
        ("Sex .................. 2\nAge at dx ............ 92\nStage ...... IIA", "92", "AGE"),
        ("SSN (last 4) ......... 4420\nCounty (FIPS) ........ 027", "4420", "SSN"),
        (_BOARD, "baptiste, wilner", "NAME"),
        (_BOARD, "99", "AGE"),
        (_BOARD, "DR", "NAME"),
    ],
)  # fmt: skip
def test_table_and_list_identifiers_are_found(
    deid: Deidentifier, text: str, phi: str, category: str
) -> None:
    _assert_found(deid, text, phi, category, tagger_keeps_category=False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Screening No.: S014-118\nYear of birth: 1951", "118"),
        ("MRN|PAT_LAST|PAT_FIRST|DOB|ADDR1|CITY|ST|ATTENDING|DRG\n", "DRG"),
        ("MRN|PAT_LAST|PAT_FIRST|DOB|ADDR1|CITY|ST|ATTENDING|DRG\n", "ADDR1"),
        ("CPT 99213 (ECG) done\n - 4471-22 (ECG) repeated", "ECG"),
        ("DOB       1931-02-07   (see note)\nSSN4      ----", "----"),
        ("The patient seen by the attending\nwith   family", "family"),
        ("County (FIPS) ........ 027\nSequence ............. 00", "027"),
        (_BOARD, "TRAUMA, ZULU"),
    ],
)  # fmt: skip
def test_what_the_table_rules_leave_alone(deid: Deidentifier, text: str, word: str) -> None:
    _assert_left_alone(deid, text, word)


# Round 14's misses and false spans (blind33/34, read after their one scoring):
# surnames with a particle, chat handles before a colon, a sign-off after "--", and
# organisations named after people.
@pytest.mark.parametrize(
    ("text", "phi"),
    [
        ("with school psychologist Dr. Amara St. John with guardian consent.", "Amara St. John"),
        ("Wife Cherelle St. John at bedside, exhausted", "Cherelle St. John"),
        ("Their upstairs neighbor, Yusuf bin Saleh, drives him", "Yusuf bin Saleh"),
        ("Re: Abdulrahman bin Khalid Al-Harbi", "Abdulrahman bin Khalid Al-Harbi"),
        ("10/14/2024 13:02 @hsaeed: 16 has new afib 130s", "hsaeed"),
        ("present for entire procedure. -- A. Nwankwo  8/27/24 14:02", "A. Nwankwo"),
    ],
)  # fmt: skip
def test_round_14_names_are_found(deid: Deidentifier, text: str, phi: str) -> None:
    assert _found(Deidentifier(tagger=None), text).get(phi) == "NAME"
    assert phi in _found(deid, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Lives alone on Luzerne St. Hearing aids in place.", "Hearing"),
        ("4th grade at Lincoln Elementary, IEP in place.", "Lincoln Elementary"),
        ("Notary provided by Sterling Law downstairs.", "Sterling Law"),
        ("13:05 @all: huddle at 3, @home: vitals", "all"),
        ("Referred to Nurse-Family Partnership at 28 weeks.", "Nurse-Family Partnership"),
    ],
)  # fmt: skip
def test_what_the_round_14_rules_leave_alone(deid: Deidentifier, text: str, word: str) -> None:
    _assert_left_alone(deid, text, word)
