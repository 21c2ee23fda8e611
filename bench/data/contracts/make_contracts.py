"""Compose synthetic vendor contracts from the labelled passages.

Reads ``src/custos/contract/data/passages.jsonl``, validates it, and rewrites
``contracts.jsonl``: whole contracts assembled from passages of a single split,
each with per-area labels (strong / weak / missing), the red-flag codes present,
the merged concrete terms and the ids of the passages used, in document order.

Deterministic and stdlib-only:

    python bench/data/contracts/make_contracts.py          # validate + rewrite
    python bench/data/contracts/make_contracts.py --check  # validate only

Every passage, name and heading here was written for this project; no text
comes from a real contract.
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
# The passages ship with the package: the review's classifier trains on
# their dev split (custos.contract._classify).
PASSAGES = HERE.parents[2] / "src" / "custos" / "contract" / "data" / "passages.jsonl"
CONTRACTS = HERE / "contracts.jsonl"

SEED = "custos-contracts-v1"
N_CONTRACTS = {"dev": 90, "heldout": 60}

AREAS = (
    "non_training",
    "data_use",
    "retention",
    "subprocessors",
    "security",
    "breach_notification",
    "audit_rights",
    "sla",
)
QUALITIES = {"strong", "weak", "red_flag"}
RED_FLAG_CODES = {
    "non_training.improvement_carveout": "non_training",
    "non_training.opt_out": "non_training",
    "data_use.broad_analytics": "data_use",
    "retention.as_long_as_necessary": "retention",
    "retention.backups_excluded": "retention",
    "subprocessors.change_at_will": "subprocessors",
    "security.industry_standard": "security",
    "breach.undue_delay_only": "breach_notification",
    "breach.after_investigation": "breach_notification",
    "audit.vendor_discretion": "audit_rights",
    "audit.self_attestation": "audit_rights",
    "sla.best_efforts": "sla",
}
TERM_KEYS = {
    "notification_hours": "breach_notification",
    "retention_days": "retention",
    "audit_frequency": "audit_rights",
    "uptime_percent": "sla",
    "support_response_hours": "sla",
}
AUDIT_FREQUENCIES = {"annual", "biennial", "quarterly", "on_request"}
PASSAGE_FIELDS = {"id", "text", "area", "quality", "red_flags", "terms", "family", "split"}


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------


def load_passages(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path.name}:{lineno}: not JSON: {exc}") from exc
    return rows


def validate(rows: list[dict]) -> list[str]:
    """Return every problem found (empty list means the file is valid)."""
    errors: list[str] = []
    seen_ids: set[str] = set()
    seen_texts: set[str] = set()
    family_split: dict[str, str] = {}
    family_label: dict[str, tuple] = {}
    for r in rows:
        pid = r.get("id", "?")
        if set(r) != PASSAGE_FIELDS:
            errors.append(f"{pid}: fields {sorted(r)}")
            continue
        if not re.fullmatch(r"p\d{4}", pid) or pid in seen_ids:
            errors.append(f"{pid}: bad or duplicate id")
        seen_ids.add(pid)
        if r["text"] in seen_texts:
            errors.append(f"{pid}: duplicate text")
        seen_texts.add(r["text"])
        area, quality, codes, terms = r["area"], r["quality"], r["red_flags"], r["terms"]
        if area == "other":
            if quality != "neutral":
                errors.append(f"{pid}: area other must be neutral")
        elif area not in AREAS:
            errors.append(f"{pid}: unknown area {area!r}")
        elif quality not in QUALITIES:
            errors.append(f"{pid}: unknown quality {quality!r}")
        if r["split"] not in ("dev", "heldout"):
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
        fam = r["family"]
        if family_split.setdefault(fam, r["split"]) != r["split"]:
            errors.append(f"{pid}: family {fam} straddles splits")
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
    for combo, fams in sorted(per_combo.items()):
        if len(fams) < 4:
            errors.append(f"{combo}: only {len(fams)} families")
    return errors


def passage_report(rows: list[dict]) -> str:
    counts = collections.Counter((r["area"], r["quality"], r["split"]) for r in rows)
    fams = collections.defaultdict(set)
    for r in rows:
        fams[(r["area"], r["quality"], r["split"])].add(r["family"])
    lines = [f"{'area':<20}{'quality':<10}{'dev':>10}{'heldout':>12}   (passages / families)"]
    for area in (*AREAS, "other"):
        for q in ("strong", "weak", "red_flag", "neutral"):
            d, h = counts[(area, q, "dev")], counts[(area, q, "heldout")]
            if d or h:
                fd, fh = len(fams[(area, q, "dev")]), len(fams[(area, q, "heldout")])
                lines.append(f"{area:<20}{q:<10}{d:>6} /{fd:>2}{h:>8} /{fh:>2}")
    split = collections.Counter(r["split"] for r in rows)
    nfam = len({r["family"] for r in rows})
    codes = collections.Counter(c for r in rows for c in r["red_flags"])
    lines.append(
        f"total {len(rows)} passages ({split['dev']} dev / {split['heldout']} heldout), "
        f"{nfam} families"
    )
    lines.append("red-flag codes: " + ", ".join(f"{c}={n}" for c, n in sorted(codes.items())))
    return "\n".join(lines)


# --------------------------------------------------------------------------
# composition
# --------------------------------------------------------------------------

TITLES = [
    "Master Services Agreement",
    "Software as a Service Agreement",
    "Data Processing Addendum",
    "Cloud Services Agreement",
    "AI Platform Subscription Agreement",
    "Clinical Decision Support Services Agreement",
    "Terms of Service",
    "Enterprise Licence and Services Agreement",
    "Hosted Analytics Services Contract",
    "Data Sharing and Processing Agreement",
]
VENDOR_STEMS = [
    "Aldermoor",
    "Brackenfold",
    "Cinderwell",
    "Dovecote",
    "Eskbrook",
    "Fellgate",
    "Gorsemere",
    "Hollyvane",
    "Inchbury",
    "Jessamine",
    "Kettlewick",
    "Lanternfield",
    "Mossgrove",
    "Nethercott",
    "Orrisdale",
    "Pebblecross",
    "Quillhaven",
    "Rookwood",
    "Saltmarsh",
    "Thistledown",
    "Underbrook",
    "Vossridge",
    "Wealdstone",
    "Yewcroft",
]
VENDOR_KINDS = [
    "Analytics",
    "AI",
    "Health Intelligence",
    "Systems",
    "Labs",
    "Inference",
    "Diagnostics",
    "Data Works",
]
VENDOR_FORMS = ["Ltd", "Inc.", "LLC", "Limited", "Corp."]
CUSTOMER_PLACES = [
    "Ashcombe Vale",
    "Barrowford",
    "Carrick Bay",
    "Dunholm",
    "Ellerby",
    "Fenwick Moor",
    "Glenharrow",
    "Hartsford",
    "Ivybridge Valley",
    "Kilbarran",
    "Longmere",
    "Marshwood",
    "Northcliffe",
    "Oakhurst",
    "Penhallow",
    "Ravensworth",
    "Stoneleigh Park",
    "Tollington",
    "Westerham Downs",
    "Whitmoor",
]
CUSTOMER_KINDS = [
    "NHS Foundation Trust",
    "Regional Medical Center",
    "University Hospitals",
    "Health System",
    "Community Health Partnership",
    "Children's Hospital",
    "Cancer Centre",
    "Clinical Research Network",
]

AREA_HEADINGS = {
    "non_training": [
        "Restrictions on Use",
        "Use of Materials",
        "Confidentiality",
        "Artificial Intelligence Features",
        "Model Development",
        "Your Content",
        "Protection of Customer Content",
        "Machine Learning",
        "Non-Training Commitment",
    ],
    "data_use": [
        "Use of Materials",
        "Purpose of Processing",
        "Permitted Uses",
        "Processing Instructions",
        "How We Use Your Data",
        "Confidentiality",
        "Customer Data",
        "Scope of Processing",
    ],
    "retention": [
        "Records",
        "Retention and Deletion",
        "Return and Destruction of Data",
        "Data Lifecycle",
        "Effect of Termination",
        "Storage Periods",
        "Deletion",
        "Exit Arrangements",
    ],
    "subprocessors": [
        "Subcontracting",
        "Third-Party Providers",
        "Sub-processors",
        "Use of Subcontractors",
        "Service Providers",
        "Onward Processing",
        "Delegation",
    ],
    "security": [
        "Information Security",
        "Safeguards",
        "Technical and Organisational Measures",
        "Protection of Data",
        "Security",
        "Security Measures",
        "Keeping Your Data Safe",
    ],
    "breach_notification": [
        "Incident Response",
        "Security Incidents",
        "Notification",
        "Personal Data Breaches",
        "Incident Management",
        "If Something Goes Wrong",
        "Breach Reporting",
    ],
    "audit_rights": [
        "Audit",
        "Assurance",
        "Verification and Compliance",
        "Compliance Reports",
        "Inspection",
        "Records and Audit",
        "Evidence of Compliance",
    ],
    "sla": [
        "Service Levels",
        "Availability and Support",
        "Support",
        "Support and Maintenance",
        "Performance Standards",
        "Uptime",
        "Service Commitments",
    ],
}
COMBINED_HEADINGS = [
    "Data Protection",
    "Privacy",
    "Data Processing",
    "Customer Data",
    "Protection of Personal Information",
    "Our Commitments",
    "Processor Obligations",
    "Handling of Information",
]
CONTINUATION_HEADINGS = [
    "Additional Terms",
    "Supplementary Provisions",
    "Further Obligations",
    "Miscellaneous Data Terms",
    "Other Undertakings",
    "Special Conditions",
]
# (pattern, heading choices, goes near the end?) for "other" passages; first match wins.
OTHER_TOPICS = [
    (r"\bmeans\b", ["Definitions"], False),
    (
        r"governed by|laws of|construed in accordance",
        ["Governing Law", "Law and Jurisdiction"],
        True,
    ),
    (
        r"force majeure|beyond its reasonable control|acts of god",
        ["Force Majeure", "Events Outside Our Control"],
        True,
    ),
    (r"licen[cs]e|installations", ["Licence Compliance", "Usage Verification"], False),
    (r"\btrain", ["Training and Onboarding", "Implementation"], False),
    (r"insurance|indemnity cover|liability cover|insurers", ["Insurance"], True),
    (r"liab", ["Limitation of Liability", "Liability"], True),
    (
        r"invoice|payment|payable|fees are|prices|charges|fees for",
        ["Fees and Payment", "Charges", "Commercial Terms"],
        False,
    ),
    (r"renew|initial term|commencement date", ["Term and Renewal", "Duration"], False),
    (r"material(ly)? breach|terminate", ["Term and Termination", "Termination"], False),
    (r"press|logo|announcement|marketing|customer on its website", ["Publicity"], True),
    (
        r"intellectual property|right, title|we own|owns the",
        ["Ownership", "Intellectual Property"],
        False,
    ),
    (r"assign|hand this agreement", ["Assignment"], True),
    (r"warrant|as is|promises about|errors", ["Warranties", "Disclaimers"], False),
    (r"dispute|disagree|arbitration|mediation", ["Dispute Resolution", "Disputes"], True),
    (r"notice", ["Notices"], True),
]
GENERAL_HEADINGS = ["General", "General Provisions", "Miscellaneous", "Legal Terms"]

PARTY_WORDS_VENDOR = ["Vendor", "Provider", "Supplier", "Company", "Processor", "Contractor"]
PARTY_WORDS_CUSTOMER = ["Customer", "Client", "Trust", "Authority", "Controller"]

# Each contract draws a drafting profile; per area: P(missing), P(strong), else weak.
PROFILES = [
    ("privacy_first", 0.25, (0.10, 0.80)),
    ("typical", 0.50, (0.25, 0.35)),
    ("vendor_friendly", 0.25, (0.30, 0.15)),
]
# mix of what a "weak" area contains
WEAK_KINDS = [
    ("weak", 0.35),
    ("red_flag", 0.35),
    ("red_flag+strong", 0.18),
    ("weak+red_flag", 0.12),
]


def other_topic(text: str) -> tuple[list[str], bool]:
    low = text.lower()
    for pattern, headings, tail in OTHER_TOPICS:
        if re.search(pattern, low):
            return headings, tail
    return GENERAL_HEADINGS, True


def weighted(rng: random.Random, pairs: list[tuple[str, float]]) -> str:
    x = rng.random() * sum(w for _, w in pairs)
    for value, w in pairs:
        x -= w
        if x <= 0:
            return value
    return pairs[-1][0]


def pick(rng: random.Random, pool: list[dict], used_families: set[str]) -> dict:
    """One passage from ``pool`` whose family is not used yet in this contract."""
    choices = [p for p in pool if p["family"] not in used_families]
    p = rng.choice(choices)
    used_families.add(p["family"])
    return p


def choose_area_passages(rng, by_quality, used, probs) -> tuple[str, list[dict]]:
    p_missing, p_strong = probs
    x = rng.random()
    if x < p_missing:
        return "missing", []
    if x < p_missing + p_strong:
        n = 2 if rng.random() < 0.3 else 1
        return "strong", [pick(rng, by_quality["strong"], used) for _ in range(n)]
    kind = weighted(rng, WEAK_KINDS)
    if kind == "weak":
        n = 2 if rng.random() < 0.25 else 1
        ps = [pick(rng, by_quality["weak"], used) for _ in range(n)]
    elif kind == "red_flag":
        ps = [pick(rng, by_quality["red_flag"], used)]
    elif kind == "red_flag+strong":
        ps = [pick(rng, by_quality["red_flag"], used), pick(rng, by_quality["strong"], used)]
    else:
        ps = [pick(rng, by_quality["weak"], used), pick(rng, by_quality["red_flag"], used)]
    rng.shuffle(ps)
    return "weak", ps


def party_clause(texts: list[str], vendor: str, customer: str) -> str:
    joined = " ".join(texts)
    v = [w for w in PARTY_WORDS_VENDOR if re.search(rf"\b{w}\b", joined)]
    c = [w for w in PARTY_WORDS_CUSTOMER if re.search(rf"\b{w}\b", joined)]
    we = re.search(r"\b(we|We|our|Our|us)\b", joined) is not None
    you = re.search(r"\b(you|You|your|Your)\b", joined) is not None

    def names(words: list[str], pronouns: str | None) -> str:
        quoted = [f'"{w}"' for w in words]
        out = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]
        return f"{out} (and to {pronouns})" if pronouns else out

    parts = []
    vn = names(v or ["Vendor"], '"we", "us" and "our"' if we else None)
    cn = names(c or ["Customer"], '"you" and "your"' if you else None)
    parts.append(f"In this Agreement, references to {vn} are references to {vendor}")
    parts.append(f"references to {cn} are references to {customer}")
    return (
        "; ".join(parts) + ". Headings are for convenience only and do not affect interpretation."
    )


def compose(
    rng: random.Random, split: str, idx: int, pools, others: list[dict], plain: bool
) -> dict:
    vendor = f"{rng.choice(VENDOR_STEMS)} {rng.choice(VENDOR_KINDS)} {rng.choice(VENDOR_FORMS)}"
    customer = f"{rng.choice(CUSTOMER_PLACES)} {rng.choice(CUSTOMER_KINDS)}"
    title = rng.choice(TITLES)
    month = rng.choice(["January", "March", "April", "June", "August", "September", "November"])
    date = f"{rng.randint(1, 28)} {month} {rng.randint(2023, 2026)}"

    profile = weighted(rng, [(name, w) for name, w, _ in PROFILES])
    probs = next(p for name, _, p in PROFILES if name == profile)

    used: set[str] = set()
    labels: dict[str, str] = {}
    area_passages: dict[str, list[dict]] = {}
    for area in AREAS:
        label, ps = choose_area_passages(rng, pools[area], used, probs)
        labels[area] = label
        if ps:
            area_passages[area] = ps

    # privacy blocks: (heading-area, [passages]); an area with two passages is sometimes split
    blocks: list[tuple[str, list[dict]]] = []
    for area, ps in area_passages.items():
        if len(ps) == 2 and rng.random() < 0.45:
            blocks.append((area, [ps[0]]))
            blocks.append((area, [ps[1]]))
        else:
            blocks.append((area, ps))
    rng.shuffle(blocks)

    # "other" passages
    n_other = rng.randint(3, 6)
    other_ps: list[dict] = []
    for _ in range(n_other):
        if any(p["family"] not in used for p in others):
            other_ps.append(pick(rng, others, used))

    definitions = [p for p in other_ps if other_topic(p["text"])[0] == ["Definitions"]]
    rest_other = [p for p in other_ps if p not in definitions]

    # sections: list of [heading, [passage or scaffold str], is_tail]
    sections: list[list] = []
    heading_used: set[str] = set()

    def fresh(choices: list[str]) -> str:
        options = [h for h in choices if h not in heading_used] or choices
        h = rng.choice(options)
        heading_used.add(h)
        return h

    seen_area_heading: set[str] = set()
    i = 0
    while i < len(blocks):
        area, ps = blocks[i]
        merge = i + 1 < len(blocks) and blocks[i + 1][0] != area and rng.random() < 0.25
        if merge:
            heading = fresh(COMBINED_HEADINGS)
            items = ps + blocks[i + 1][1]
            seen_area_heading.update({area, blocks[i + 1][0]})
            i += 2
        else:
            if area in seen_area_heading and rng.random() < 0.5:
                heading = fresh(CONTINUATION_HEADINGS)
            else:
                heading = fresh(AREA_HEADINGS[area])
            seen_area_heading.add(area)
            items = list(ps)
            i += 1
        sections.append([heading, items, False])

    other_sections: list[list] = []
    rng.shuffle(rest_other)
    general: list[dict] = []
    for p in rest_other:
        headings, tail = other_topic(p["text"])
        if rng.random() < 0.3:
            general.append(p)
        else:
            other_sections.append([fresh(headings), [p], tail])
    if general:
        other_sections.append([fresh(GENERAL_HEADINGS), general, True])

    # occasionally bury a privacy block inside a boilerplate section
    if other_sections and len(sections) > 1 and rng.random() < 0.3:
        victim = sections.pop(rng.randrange(len(sections)))
        host = rng.choice(other_sections)
        host[1].extend(victim[1])

    body = [s for s in other_sections if not s[2]] + sections
    rng.shuffle(body)
    tail = [s for s in other_sections if s[2]]
    rng.shuffle(tail)
    ordered = body + tail

    all_texts = [p["text"] for s in ordered for p in s[1]] + [p["text"] for p in definitions]
    interp = party_clause(all_texts, vendor, customer)
    first = ["Definitions and Interpretation", [interp, *definitions], False]
    ordered = [first, *ordered]

    # render
    sub_style = rng.choice(["decimal", "letter"])
    lines: list[str] = []
    preamble = (
        f'This {title} (the "Agreement") is made on {date} between {vendor} and {customer}. '
        "It sets out the terms on which the services described in the Order Form are provided."
    )
    if plain:
        lines += [title.upper(), "", preamble, ""]
    else:
        lines += [f"# {title}", "", f"**{vendor}** and **{customer}**", "", preamble, ""]

    passage_ids: list[str] = []
    for n, (heading, items, _) in enumerate(ordered, 1):
        lines.append(f"{n}. {heading.upper()}" if plain else f"## {n}. {heading}")
        lines.append("")
        for k, item in enumerate(items, 1):
            text = item if isinstance(item, str) else item["text"]
            if not isinstance(item, str):
                passage_ids.append(item["id"])
            if plain or sub_style == "decimal":
                marker = f"{n}.{k}"
            else:
                marker = f"({'abcdefghijklmnopqrstuvwxyz'[k - 1]})"
            lines.append(f"{marker} {text}")
            lines.append("")
    if plain:
        lines += [
            "SIGNED by the parties on the date above.",
            "",
            f"For {vendor}: ____________",
            f"For {customer}: ____________",
        ]
    else:
        lines += [
            "---",
            "",
            f"Signed for and on behalf of **{vendor}**: ____________  ",
            f"Signed for and on behalf of **{customer}**: ____________",
        ]
    text = "\n".join(lines).rstrip() + "\n"

    by_id = {p["id"]: p for ps in area_passages.values() for p in ps}
    red_flags = sorted({c for pid in passage_ids if pid in by_id for c in by_id[pid]["red_flags"]})
    terms: dict = {}
    for pid in passage_ids:
        if pid in by_id:
            for key, value in by_id[pid]["terms"].items():
                terms.setdefault(key, value)
    # consistency: labels follow from the passages actually rendered
    for area in AREAS:
        qs = {
            by_id[pid]["quality"]
            for pid in passage_ids
            if pid in by_id and by_id[pid]["area"] == area
        }
        expect = "missing" if not qs else ("strong" if qs == {"strong"} else "weak")
        assert labels[area] == expect, (area, labels[area], qs)
    return {
        "id": f"c{split[0]}{idx:03d}",
        "split": split,
        "format": "plain" if plain else "markdown",
        "profile": profile,
        "text": text,
        "labels": labels,
        "red_flags": red_flags,
        "terms": terms,
        "passage_ids": passage_ids,
    }


def build(rows: list[dict]) -> list[dict]:
    contracts = []
    for split in ("dev", "heldout"):
        pools = {
            area: {
                q: [
                    r
                    for r in rows
                    if r["split"] == split and r["area"] == area and r["quality"] == q
                ]
                for q in ("strong", "weak", "red_flag")
            }
            for area in AREAS
        }
        others = [r for r in rows if r["split"] == split and r["area"] == "other"]
        for i in range(1, N_CONTRACTS[split] + 1):
            rng = random.Random(f"{SEED}:{split}:{i}")
            plain = i % 10 == 3
            contracts.append(compose(rng, split, i, pools, others, plain))
    return contracts


def check_contracts(contracts: list[dict], rows: list[dict]) -> list[str]:
    by_id = {r["id"]: r for r in rows}
    errors = []
    for c in contracts:
        for pid in c["passage_ids"]:
            p = by_id[pid]
            if p["split"] != c["split"]:
                errors.append(f"{c['id']}: passage {pid} from split {p['split']}")
            if p["text"] not in c["text"]:
                errors.append(f"{c['id']}: passage {pid} text not verbatim in contract")
        if c["format"] == "plain" and re.search(r"(?m)^#", c["text"]):
            errors.append(f"{c['id']}: plain contract has markdown headings")
    return errors


def contract_report(contracts: list[dict]) -> str:
    lines = [
        f"{'area':<20}"
        + "".join(
            f"{s + ':' + lab:>18}"
            for s in ("dev", "heldout")
            for lab in ("strong", "weak", "missing")
        )
    ]
    cnt = collections.Counter(
        (c["split"], a, lab) for c in contracts for a, lab in c["labels"].items()
    )
    for area in AREAS:
        lines.append(
            f"{area:<20}"
            + "".join(
                f"{cnt[(s, area, lab)]:>18}"
                for s in ("dev", "heldout")
                for lab in ("strong", "weak", "missing")
            )
        )
    split = collections.Counter(c["split"] for c in contracts)
    fmt = collections.Counter(c["format"] for c in contracts)
    flagged = sum(1 for c in contracts if c["red_flags"])
    lines.append(
        f"total {len(contracts)} contracts ({split['dev']} dev / {split['heldout']} heldout); "
        f"{fmt['plain']} plain-text; {flagged} with at least one red flag"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check",
        action="store_true",
        help="validate passages.jsonl and the existing contracts.jsonl only",
    )
    args = ap.parse_args(argv)

    rows = load_passages(PASSAGES)
    errors = validate(rows)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    print(passage_report(rows))

    contracts = build(rows)
    errors = check_contracts(contracts, rows)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    payload = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in contracts)
    if args.check:
        if not CONTRACTS.exists() or CONTRACTS.read_text(encoding="utf-8") != payload:
            print("contracts.jsonl is stale; rerun without --check", file=sys.stderr)
            return 1
    else:
        CONTRACTS.write_text(payload, encoding="utf-8")
    print()
    print(contract_report(contracts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
