"""Build the blind2 contract-review evaluation set.

Writes, next to this file:

* ``passages.jsonl``  - the labelled passages of ``families_blind2.py``
  (ids ``q0001`` ..., families ``g001`` ..., split ``blind2``);
* ``contracts.jsonl`` - whole synthetic contracts composed from them, in the
  schema of ``../make_contracts.py`` (labels, red flags and terms derived the
  same way: an area with any red-flag passage is weak, an area with only strong
  passages is strong, an area with no passage is missing; terms are taken from
  the first passage in document order that states each key).

Deterministic and stdlib-only:

    python bench/data/contracts/blind2/make_blind2.py          # validate + write
    python bench/data/contracts/blind2/make_blind2.py --check  # validate only

Names, headings and scaffolding here are our own and carry no privacy terms.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from families_blind2 import FAMILIES
from make_contracts import (
    AREAS,
    AUDIT_FREQUENCIES,
    PASSAGE_FIELDS,
    QUALITIES,
    RED_FLAG_CODES,
    TERM_KEYS,
)

SPLIT = "blind2"
SEED = "custos-blind2-v66"  # picked among v1-v199 for coverage: every code in >=5 contracts, every area label >=5 times
N_CONTRACTS = 40
PASSAGES = HERE / "passages.jsonl"
CONTRACTS = HERE / "contracts.jsonl"


# --------------------------------------------------------------------------
# passages
# --------------------------------------------------------------------------


def build_passages() -> tuple[list[dict], dict[str, dict]]:
    rows: list[dict] = []
    fam_meta: dict[str, dict] = {}
    n = 0
    for k, fam in enumerate(FAMILIES, 1):
        fid = f"g{k:03d}"
        fam_meta[fid] = fam
        for text, terms in fam["v"]:
            n += 1
            rows.append(
                {
                    "id": f"q{n:04d}",
                    "text": text,
                    "area": fam["area"],
                    "quality": fam["q"],
                    "red_flags": sorted(fam["codes"]),
                    "terms": dict(terms),
                    "family": fid,
                    "split": SPLIT,
                }
            )
    return rows, fam_meta


def validate(rows: list[dict]) -> list[str]:
    errors: list[str] = []
    seen_ids: set[str] = set()
    seen_texts: set[str] = set()
    family_label: dict[str, tuple] = {}
    for r in rows:
        pid = r.get("id", "?")
        if set(r) != PASSAGE_FIELDS:
            errors.append(f"{pid}: fields {sorted(r)}")
            continue
        if not re.fullmatch(r"q\d{4}", pid) or pid in seen_ids:
            errors.append(f"{pid}: bad or duplicate id")
        seen_ids.add(pid)
        if r["text"] in seen_texts:
            errors.append(f"{pid}: duplicate text")
        seen_texts.add(r["text"])
        area, quality, codes, terms = r["area"], r["quality"], r["red_flags"], r["terms"]
        if area == "other":
            if quality != "neutral" or codes or terms:
                errors.append(f"{pid}: area other must be neutral, no codes, no terms")
        elif area not in AREAS:
            errors.append(f"{pid}: unknown area {area!r}")
        elif quality not in QUALITIES:
            errors.append(f"{pid}: unknown quality {quality!r}")
        if r["split"] != SPLIT:
            errors.append(f"{pid}: bad split {r['split']!r}")
        if quality == "red_flag":
            if not codes:
                errors.append(f"{pid}: red_flag passage without codes")
        elif codes:
            errors.append(f"{pid}: codes on a {quality} passage")
        for code in codes:
            if code not in RED_FLAG_CODES:
                errors.append(f"{pid}: unknown code {code!r}")
            elif RED_FLAG_CODES[code] != area:
                errors.append(f"{pid}: code {code} outside area {area}")
        if codes != sorted(set(codes)):
            errors.append(f"{pid}: codes not sorted/unique")
        for key, value in terms.items():
            if key not in TERM_KEYS:
                errors.append(f"{pid}: unknown term {key!r}")
                continue
            if TERM_KEYS[key] != area:
                errors.append(f"{pid}: term {key} outside area {area}")
            if key == "audit_frequency":
                if value not in AUDIT_FREQUENCIES:
                    errors.append(f"{pid}: bad audit_frequency {value!r}")
            elif isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                errors.append(f"{pid}: {key} must be a positive number")
        if not 1 <= len(re.findall(r"[.!?](?:\s|$)", r["text"])) <= 12:
            errors.append(f"{pid}: odd sentence count")
        fam = r["family"]
        label = (area, quality, tuple(codes))
        if family_label.setdefault(fam, label) != label:
            errors.append(f"{pid}: family {fam} mixes labels")
    sizes = collections.Counter(r["family"] for r in rows)
    for fam, n in sorted(sizes.items()):
        if not 2 <= n <= 6:
            errors.append(f"family {fam} has {n} variants (want 2-6)")
    per_combo: dict[tuple, set] = collections.defaultdict(set)
    for r in rows:
        per_combo[(r["area"], r["quality"])].add(r["family"])
    for area in AREAS:
        for q in ("strong", "weak", "red_flag"):
            if len(per_combo[(area, q)]) < 4:
                errors.append(f"{(area, q)}: only {len(per_combo[(area, q)])} families")
    codes = collections.Counter(c for r in rows for c in r["red_flags"])
    for code in RED_FLAG_CODES:
        if codes[code] < 5:
            errors.append(f"code {code}: only {codes[code]} passages")
    return errors


# --------------------------------------------------------------------------
# composition (own word lists; derivation rules as in ../make_contracts.py)
# --------------------------------------------------------------------------

TITLES = [
    "Enterprise AI Services Agreement",
    "Platform Subscription Terms",
    "Data Processing Agreement",
    "Call-Off Contract for Artificial Intelligence Services",
    "Clinical AI Software Licence and Support Agreement",
    "Customer Terms of Business",
    "Model Hosting Services Agreement",
    "Professional Services and Platform Agreement",
    "General Terms and Conditions for Hosted Services",
    "Framework Services Agreement",
]
VENDOR_STEMS = [
    "Amberlyn",
    "Brightwater",
    "Corvale",
    "Driftmark",
    "Emberly",
    "Foxhollow",
    "Glimmerstone",
    "Harrowgate",
    "Ironvale",
    "Juniper Row",
    "Kestrelford",
    "Larkspur",
    "Meridale",
    "Nettlebank",
    "Oakenshaw",
    "Pellucid",
    "Quenby",
    "Redfern",
    "Skylark",
    "Tidewell",
    "Umberley",
    "Verdant Arc",
    "Wrenfield",
]
VENDOR_KINDS = [
    "Cognition",
    "Machine Intelligence",
    "Clinical AI",
    "Software",
    "Data Systems",
    "Language Technologies",
    "Health Analytics",
    "Decision Support",
]
VENDOR_FORMS = ["Ltd", "Inc.", "LLC", "Limited", "Corporation", "plc"]
CUSTOMER_PLACES = [
    "Allerton",
    "Brynmawr Vale",
    "Castleford Green",
    "Deepdale",
    "Eastwick Cross",
    "Farrowby",
    "Greyhaven",
    "Hollins Cross",
    "Kirkby Lowe",
    "Lindenfield",
    "Millbrook",
    "Nantwell",
    "Ormsby",
    "Pendleton Rise",
    "Quarry Bank",
    "Rushmere",
    "Sandholme",
    "Thornbury Heath",
    "Upton Moor",
    "Wetherden",
]
CUSTOMER_KINDS = [
    "NHS Trust",
    "Integrated Care Board",
    "Medical Group",
    "Health Network",
    "Hospital District",
    "County Council",
    "Clinical Research Institute",
    "Family Practice Partners",
    "Community Care Cooperative",
]

AREA_HEADINGS = {
    "non_training": [
        "AI Models",
        "Limits on Use",
        "Your Inputs and Outputs",
        "Model Improvement",
        "Machine Learning Commitments",
        "Client Materials",
        "Generative Features",
    ],
    "data_use": [
        "Purposes",
        "What We Do With Your Data",
        "Authorised Processing",
        "Instructions",
        "Use of Customer Data",
        "Restrictions",
        "Permitted Purposes",
    ],
    "retention": [
        "Retention",
        "Deletion and Return",
        "End of Contract",
        "How Long We Keep Things",
        "Erasure",
        "Records Management",
        "Exit",
    ],
    "subprocessors": [
        "Sub-processing",
        "Our Suppliers",
        "Subcontractors",
        "Engaging Other Processors",
        "Third Parties",
        "Supply Chain",
    ],
    "security": [
        "Security of Processing",
        "Protective Measures",
        "Information Security",
        "How We Protect Your Data",
        "Technical Controls",
        "Safeguarding",
    ],
    "breach_notification": [
        "Incidents",
        "Breach Notification",
        "Data Breaches",
        "When Things Go Wrong",
        "Security Events",
        "Reporting",
    ],
    "audit_rights": [
        "Audit and Assurance",
        "Inspection Rights",
        "Demonstrating Compliance",
        "Assurance Reports",
        "Verification",
        "Oversight",
    ],
    "sla": [
        "Service Levels",
        "Availability",
        "Support Services",
        "Uptime and Support",
        "Service Standards",
        "Helpdesk",
        "Continuity of Service",
    ],
}
COMBINED_HEADINGS = [
    "Data Protection",
    "Privacy Commitments",
    "Processing of Personal Data",
    "Information Governance",
    "Our Promises to You",
    "Processor Undertakings",
    "Handling Customer Content",
]
CONTINUATION_HEADINGS = [
    "Further Provisions",
    "Supplementary Terms",
    "Additional Undertakings",
    "Schedule of Special Terms",
    "Other Commitments",
]
GENERAL_HEADINGS = ["General", "Boilerplate", "Miscellaneous Provisions", "Standard Terms"]

PARTY_WORDS_VENDOR = ["Vendor", "Provider", "Supplier", "Processor", "Contractor", "Licensor"]
PARTY_WORDS_CUSTOMER = ["Customer", "Client", "Authority", "Controller", "Licensee"]

# per area: P(missing), P(strong), else weak (drafting profiles, as in make_contracts)
PROFILES = [
    ("privacy_first", 0.30, (0.10, 0.80)),
    ("typical", 0.40, (0.25, 0.35)),
    ("vendor_friendly", 0.30, (0.30, 0.15)),
]
WEAK_KINDS = [
    ("weak", 0.35),
    ("red_flag", 0.35),
    ("red_flag+strong", 0.18),
    ("weak+red_flag", 0.12),
]


def weighted(rng: random.Random, pairs) -> str:
    x = rng.random() * sum(w for _, w in pairs)
    for value, w in pairs:
        x -= w
        if x <= 0:
            return value
    return pairs[-1][0]


def pick(rng: random.Random, pool: list[dict], used: set[str]) -> dict:
    choices = [p for p in pool if p["family"] not in used]
    p = rng.choice(choices)
    used.add(p["family"])
    return p


def choose_area(rng, by_q, used, probs) -> list[dict]:
    p_missing, p_strong = probs
    x = rng.random()
    if x < p_missing:
        return []
    if x < p_missing + p_strong:
        n = 2 if rng.random() < 0.3 else 1
        return [pick(rng, by_q["strong"], used) for _ in range(n)]
    kind = weighted(rng, WEAK_KINDS)
    if kind == "weak":
        n = 2 if rng.random() < 0.25 else 1
        ps = [pick(rng, by_q["weak"], used) for _ in range(n)]
    elif kind == "red_flag":
        ps = [pick(rng, by_q["red_flag"], used)]
    elif kind == "red_flag+strong":
        ps = [pick(rng, by_q["red_flag"], used), pick(rng, by_q["strong"], used)]
    else:
        ps = [pick(rng, by_q["weak"], used), pick(rng, by_q["red_flag"], used)]
    rng.shuffle(ps)
    return ps


def interpretation(texts: list[str], vendor: str, customer: str) -> str:
    joined = " ".join(texts)
    v = [w for w in PARTY_WORDS_VENDOR if re.search(rf"\b{w}\b", joined)] or ["Vendor"]
    c = [w for w in PARTY_WORDS_CUSTOMER if re.search(rf"\b{w}\b", joined)] or ["Customer"]
    we = re.search(r"\b(we|We|our|Our|us)\b", joined) is not None
    you = re.search(r"\b(you|You|your|Your)\b", joined) is not None

    def alts(words: list[str]) -> str:
        q = [f"'{w}'" for w in words]
        return q[0] if len(q) == 1 else ", ".join(q[:-1]) + " and " + q[-1]

    vtxt = alts(v) + (", together with 'we', 'us' and 'our'," if we else "")
    ctxt = alts(c) + (", together with 'you' and 'your'," if you else "")
    return (
        f"Interpretation. Wherever this Agreement uses {vtxt} it refers to {vendor}, "
        f"and wherever it uses {ctxt} it refers to {customer}. Words in the singular "
        "include the plural, and clause headings do not affect the meaning of any clause."
    )


def compose(rng: random.Random, idx: int, pools, others, fam_meta, plain: bool) -> dict:
    vendor = f"{rng.choice(VENDOR_STEMS)} {rng.choice(VENDOR_KINDS)} {rng.choice(VENDOR_FORMS)}"
    customer = f"{rng.choice(CUSTOMER_PLACES)} {rng.choice(CUSTOMER_KINDS)}"
    title = rng.choice(TITLES)
    month = rng.choice(["February", "May", "July", "October", "December", "January"])
    date = f"{rng.randint(1, 28)} {month} {rng.randint(2024, 2026)}"
    profile = weighted(rng, [(name, w) for name, w, _ in PROFILES])
    probs = next(p for name, _, p in PROFILES if name == profile)

    used: set[str] = set()
    area_passages: dict[str, list[dict]] = {}
    for area in AREAS:
        ps = choose_area(rng, pools[area], used, probs)
        if ps:
            area_passages[area] = ps

    blocks: list[tuple[str, list[dict]]] = []
    for area, ps in area_passages.items():
        if len(ps) == 2 and rng.random() < 0.45:
            blocks += [(area, [ps[0]]), (area, [ps[1]])]
        else:
            blocks.append((area, ps))
    rng.shuffle(blocks)

    other_ps = [pick(rng, others, used) for _ in range(rng.randint(3, 6))]
    definitions = [p for p in other_ps if fam_meta[p["family"]].get("definition")]
    rest_other = [p for p in other_ps if p not in definitions]

    heading_used: set[str] = set()

    def fresh(choices: list[str]) -> str:
        options = [h for h in choices if h not in heading_used] or choices
        h = rng.choice(options)
        heading_used.add(h)
        return h

    sections: list[list] = []
    seen_area: set[str] = set()
    i = 0
    while i < len(blocks):
        area, ps = blocks[i]
        if i + 1 < len(blocks) and blocks[i + 1][0] != area and rng.random() < 0.25:
            sections.append([fresh(COMBINED_HEADINGS), ps + blocks[i + 1][1], False])
            seen_area.update({area, blocks[i + 1][0]})
            i += 2
            continue
        if area in seen_area and rng.random() < 0.5:
            heading = fresh(CONTINUATION_HEADINGS)
        else:
            heading = fresh(AREA_HEADINGS[area])
        seen_area.add(area)
        sections.append([heading, list(ps), False])
        i += 1

    other_sections: list[list] = []
    general: list[dict] = []
    rng.shuffle(rest_other)
    for p in rest_other:
        meta = fam_meta[p["family"]]
        if rng.random() < 0.3:
            general.append(p)
        else:
            other_sections.append([fresh(meta["headings"]), [p], meta["tail"]])
    if general:
        other_sections.append([fresh(GENERAL_HEADINGS), general, True])

    # now and then a privacy clause sits inside a boilerplate section
    if other_sections and len(sections) > 1 and rng.random() < 0.3:
        victim = sections.pop(rng.randrange(len(sections)))
        rng.choice(other_sections)[1].extend(victim[1])

    body = [s for s in other_sections if not s[2]] + sections
    rng.shuffle(body)
    tail = [s for s in other_sections if s[2]]
    rng.shuffle(tail)
    ordered = body + tail

    all_texts = [p["text"] for s in ordered for p in s[1]] + [p["text"] for p in definitions]
    first = [
        "Interpretation and Definitions",
        [interpretation(all_texts, vendor, customer), *definitions],
        False,
    ]
    ordered = [first, *ordered]

    style = "plain" if plain else rng.choice(["decimal", "letter"])
    lines: list[str] = []
    preamble = (
        f'This agreement (the "{title}") is entered into on {date} by {vendor} and {customer}, '
        "and governs the services identified in each order placed under it."
    )
    if plain:
        lines += [title.upper(), "", f"{vendor} / {customer}", "", preamble, ""]
    else:
        lines += [
            f"# {title}",
            "",
            f"Parties: **{vendor}** and **{customer}**",
            "",
            f"_{preamble}_",
            "",
        ]

    passage_ids: list[str] = []
    for n, (heading, items, _) in enumerate(ordered, 1):
        lines.append(f"{n}. {heading.upper()}" if plain else f"## {n}. {heading}")
        lines.append("")
        for k, item in enumerate(items, 1):
            text = item if isinstance(item, str) else item["text"]
            if not isinstance(item, str):
                passage_ids.append(item["id"])
            marker = f"({'abcdefghijklmnopqrstuvwxyz'[k - 1]})" if style == "letter" else f"{n}.{k}"
            lines.append(f"{marker} {text}")
            lines.append("")
    if plain:
        lines += [
            "EXECUTED by the authorised representatives of the parties.",
            "",
            f"{vendor}: signature ____________ name ____________",
            f"{customer}: signature ____________ name ____________",
        ]
    else:
        lines += [
            "---",
            "",
            "| Party | Signature | Date |",
            "| --- | --- | --- |",
            f"| {vendor} | | |",
            f"| {customer} | | |",
        ]
    text = "\n".join(lines).rstrip() + "\n"

    # derivation (same rules as ../make_contracts.py)
    by_id = {p["id"]: p for ps in area_passages.values() for p in ps}
    labels: dict[str, str] = {}
    for area in AREAS:
        qs = {
            by_id[pid]["quality"]
            for pid in passage_ids
            if pid in by_id and by_id[pid]["area"] == area
        }
        labels[area] = "missing" if not qs else ("strong" if qs == {"strong"} else "weak")
        expect = (
            "missing"
            if area not in area_passages
            else (
                "strong" if all(p["quality"] == "strong" for p in area_passages[area]) else "weak"
            )
        )
        assert labels[area] == expect, (idx, area)
    red_flags = sorted({c for pid in passage_ids if pid in by_id for c in by_id[pid]["red_flags"]})
    terms: dict = {}
    for pid in passage_ids:
        if pid in by_id:
            for key, value in by_id[pid]["terms"].items():
                terms.setdefault(key, value)
    return {
        "id": f"cb{idx:03d}",
        "split": SPLIT,
        "format": "plain" if plain else "markdown",
        "profile": profile,
        "text": text,
        "labels": labels,
        "red_flags": red_flags,
        "terms": terms,
        "passage_ids": passage_ids,
    }


def build_contracts(rows: list[dict], fam_meta: dict[str, dict]) -> list[dict]:
    pools = {
        area: {
            q: [r for r in rows if r["area"] == area and r["quality"] == q]
            for q in ("strong", "weak", "red_flag")
        }
        for area in AREAS
    }
    others = [r for r in rows if r["area"] == "other"]
    out = []
    for i in range(1, N_CONTRACTS + 1):
        rng = random.Random(f"{SEED}:{i}")
        out.append(compose(rng, i, pools, others, fam_meta, plain=(i % 4 == 2)))
    return out


def check_contracts(contracts: list[dict], rows: list[dict]) -> list[str]:
    by_id = {r["id"]: r for r in rows}
    errors = []
    for c in contracts:
        fams = [by_id[pid]["family"] for pid in c["passage_ids"]]
        if len(fams) != len(set(fams)):
            errors.append(f"{c['id']}: family used twice")
        for pid in c["passage_ids"]:
            if by_id[pid]["text"] not in c["text"]:
                errors.append(f"{c['id']}: passage {pid} not verbatim")
        if c["format"] == "plain" and re.search(r"(?m)^#", c["text"]):
            errors.append(f"{c['id']}: plain contract has markdown headings")
        ps = [by_id[pid] for pid in c["passage_ids"]]
        for area in AREAS:
            qs = {p["quality"] for p in ps if p["area"] == area}
            want = "missing" if not qs else ("strong" if qs == {"strong"} else "weak")
            if c["labels"][area] != want:
                errors.append(f"{c['id']}: {area} label {c['labels'][area]} != {want}")
        if c["red_flags"] != sorted({x for p in ps for x in p["red_flags"]}):
            errors.append(f"{c['id']}: red flags inconsistent")
        for key in c["terms"]:
            if key not in TERM_KEYS:
                errors.append(f"{c['id']}: unknown term {key}")
            first = next(p["terms"][key] for p in ps if key in p["terms"])
            if c["terms"][key] != first:
                errors.append(f"{c['id']}: term {key} not from first stating passage")
    return errors


def report(rows: list[dict], contracts: list[dict]) -> str:
    out = []
    cnt = collections.Counter((r["area"], r["quality"]) for r in rows)
    fams = collections.defaultdict(set)
    for r in rows:
        fams[(r["area"], r["quality"])].add(r["family"])
    out.append(f"{'area':<21}{'quality':<10}{'passages':>9}{'families':>10}")
    for area in (*AREAS, "other"):
        for q in ("strong", "weak", "red_flag", "neutral"):
            if cnt[(area, q)]:
                out.append(f"{area:<21}{q:<10}{cnt[(area, q)]:>9}{len(fams[(area, q)]):>10}")
    out.append(f"total {len(rows)} passages, {len({r['family'] for r in rows})} families")
    codes = collections.Counter(c for r in rows for c in r["red_flags"])
    out.append(
        "red-flag passages per code: " + ", ".join(f"{c}={n}" for c, n in sorted(codes.items()))
    )
    out.append("")
    lab = collections.Counter((a, v) for c in contracts for a, v in c["labels"].items())
    out.append(f"{'area':<21}{'strong':>8}{'weak':>8}{'missing':>9}")
    for area in AREAS:
        out.append(
            f"{area:<21}{lab[(area, 'strong')]:>8}{lab[(area, 'weak')]:>8}{lab[(area, 'missing')]:>9}"
        )
    fmt = collections.Counter(c["format"] for c in contracts)
    prof = collections.Counter(c["profile"] for c in contracts)
    ccodes = collections.Counter(x for c in contracts for x in c["red_flags"])
    out.append(
        f"{len(contracts)} contracts; formats {dict(fmt)}; profiles {dict(prof)}; "
        f"{sum(1 for c in contracts if not c['red_flags'])} with no red flag"
    )
    out.append("contracts per code: " + ", ".join(f"{c}={n}" for c, n in sorted(ccodes.items())))
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="validate; fail if the files are stale")
    args = ap.parse_args(argv)
    rows, fam_meta = build_passages()
    errors = validate(rows)
    contracts = build_contracts(rows, fam_meta) if not errors else []
    errors += check_contracts(contracts, rows)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    p_payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    c_payload = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in contracts)
    if args.check:
        for path, payload in ((PASSAGES, p_payload), (CONTRACTS, c_payload)):
            if not path.exists() or path.read_text(encoding="utf-8") != payload:
                print(f"{path.name} is stale; rerun without --check", file=sys.stderr)
                return 1
    else:
        PASSAGES.write_text(p_payload, encoding="utf-8")
        CONTRACTS.write_text(c_payload, encoding="utf-8")
    print(report(rows, contracts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
