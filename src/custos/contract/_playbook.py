"""The privacy-first playbook as data: areas, what a strong clause contains,
the red flags, and what to insist on when an area is weak or missing.

Every rule is a regular expression over one passage, written from the
playbook (``docs/DOMAIN.md``: the table of strong terms and red flags) and
refined on the development half of our labelled passages only
(``bench/data/contracts``). A rule that fires is shown with the words it
matched, so a privacy officer can check every finding against the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "AREAS",
    "RED_FLAGS",
    "Area",
    "AreaRules",
    "Element",
    "RedFlag",
    "Tier",
]


class Area(StrEnum):
    NON_TRAINING = "non_training"
    DATA_USE = "data_use"
    RETENTION = "retention"
    SUBPROCESSORS = "subprocessors"
    SECURITY = "security"
    BREACH = "breach_notification"
    AUDIT = "audit_rights"
    SLA = "sla"


class Tier(StrEnum):
    """How hard to negotiate (DOMAIN.md): red lines never move; flexible terms
    may be traded within written limits; conveniences are nice to have."""

    RED_LINE = "red_line"
    FLEXIBLE = "flexible"
    CONVENIENCE = "convenience"


def _re(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


@dataclass(frozen=True)
class Element:
    """One thing a strong clause of an area states (e.g. a fixed retention period)."""

    key: str
    description: str
    pattern: re.Pattern[str]
    # Distinct matches needed (e.g. three of prompts, outputs, embeddings...).
    min_hits: int = 1

    def found(self, text: str) -> bool:
        if self.min_hits == 1:
            return self.pattern.search(text) is not None
        hits = {m.group(0).lower() for m in self.pattern.finditer(text)}
        return len(hits) >= self.min_hits


@dataclass(frozen=True)
class RedFlag:
    code: str
    area: Area
    title: str
    why: str
    pattern: re.Pattern[str]
    # The flag does not fire when this also matches the passage (e.g. an
    # "industry standard" clause that goes on to name concrete controls).
    unless: re.Pattern[str] | None = None


@dataclass(frozen=True)
class AreaRules:
    area: Area
    title: str
    tier: Tier
    # Words that make a passage about this area (the rules' area detector).
    cues: re.Pattern[str]
    # A strong clause states all of ``required`` and at least ``min_any`` of ``any_of``.
    required: tuple[Element, ...]
    any_of: tuple[Element, ...] = ()
    min_any: int = 0
    insist: str = ""
    concession: str = ""


_NEG = r"(?:not|never|no|nor|neither|without)"
_DATA = (
    r"(?:data|information|materials?|content|records?|inputs?|prompts?|outputs?|"
    r"submissions?)"
)

AREAS: dict[Area, AreaRules] = {
    Area.NON_TRAINING: AreaRules(
        Area.NON_TRAINING,
        "Non-training",
        Tier.RED_LINE,
        cues=_re(
            r"\btrain(?:s|ed|ing)?\b",
            r"fine[- ]?tun",
            r"machine[- ]learning",
            r"\bmodels?\b",
            r"artificial intelligence|\bAI\b",
            r"distill",
            r"\bembeddings?\b",
            r"product (?:improvement|development)",
        ),
        required=(
            Element(
                "prohibits_training",
                "a prohibition on training, fine-tuning or improving models with the data",
                # Anywhere in the passage: contracts define the prohibited use in
                # one sentence ("'Restricted Use' means training...") and forbid
                # it in the next ("shall make no Restricted Use").
                re.compile(
                    r"(?:\b(?:not|never|no|nor)\b|prohibit|forbid|excluded|refrain|abstain)"
                    r".*?(?:\btrain|fine[- ]?tun|retrain|distil)"
                    r"|(?:\btrain|fine[- ]?tun|retrain|distil).*?"
                    r"(?:\b(?:not|never|no|nor)\b|prohibit|forbid|excluded|refrain)",
                    re.IGNORECASE | re.DOTALL,
                ),
            ),
        ),
        any_of=(
            Element(
                "covers_derived",
                "the prohibition reaches outputs, prompts, embeddings, derived data, "
                "metadata or feedback",
                re.compile(
                    r"\boutput|\bprompt|\bembedding|\bderiv|\bmetadata\b|\bfeedback\b",
                    re.IGNORECASE,
                ),
                min_hits=3,
            ),
            Element(
                "separate_authorisation",
                "any exception needs a separate signed authorisation for a named dataset "
                "and purpose",
                _re(
                    r"separate[^.;]{0,40}(?:written|signed)?[^.;]{0,20}"
                    r"(?:authori[sz]ation|consent|agreement)",
                    r"(?:express|prior)[^.;]{0,20}written[^.;]{0,20}(?:authori[sz]ation|consent)",
                ),
            ),
        ),
        min_any=1,
        insist="No training, fine-tuning, evaluation, distillation or product improvement "
        "on customer data, prompts, outputs, embeddings, derived data, metadata or "
        "feedback without a separate signed authorisation naming the dataset and "
        "purpose; ambiguity resolves to no use.",
        concession="None: this is a red line.",
    ),
    Area.DATA_USE: AreaRules(
        Area.DATA_USE,
        "Data use and purpose limitation",
        Tier.RED_LINE,
        cues=_re(
            r"\bpurposes?\b",
            r"\b(?:use|process)\w*\b[^.;]{0,40}" + _DATA,
            _DATA + r"[^.;]{0,40}\b(?:use|process)\w*\b",
            r"\bsell|\bsale\b",
            r"telemetry|analytics|benchmark",
        ),
        required=(
            Element(
                "limited_purpose",
                "processing limited to delivering the service (plus security, incident "
                "handling and legal duties)",
                _re(
                    r"\b(?:solely|only|exclusively|strictly)\b[^.;]{0,100}"
                    r"(?:provid|deliver|perform|render|operat)\w*[^.;]{0,40}"
                    r"(?:services?|agreement|obligations)",
                    r"(?:for no|for no other|not for any other)\s+(?:other\s+)?purpose",
                    r"\bno other purpose\b",
                    r"(?:limited|restricted|confined) to[^.;]{0,60}(?:operat|provid|deliver|"
                    r"perform|secur)\w*[^.;]{0,40}(?:services?|agreement)",
                    r"\bonly\b[^.;]{0,80}(?:for|to)[^.;]{0,40}(?:following|these|the) purposes",
                    r"\bonly\b[^.;]{0,60}(?:documented|written) instructions",
                ),
            ),
        ),
        any_of=(
            Element(
                "no_sale_or_combination",
                "no sale, disclosure, combination or inference of sensitive traits",
                _re(
                    rf"\b{_NEG}\b[^.;]{{0,80}}\b(?:sell|rent|lease|disclose|combine|merge|"
                    r"infer|profil)",
                    r"(?:sell|sale|rent|advertis|profil|combin|infer)\w*[^.;]{0,160}"
                    r"(?:prohibit|forbid|not permitted|excluded|is not allowed)",
                    r"(?:prohibit|forbid)\w*[^.;]{0,80}(?:sell|sale|advertis|profil|combin|infer)",
                ),
            ),
            Element(
                "telemetry_limited",
                "telemetry limited to non-content metrics (latency, errors, uptime)",
                _re(r"(?:latency|error rates?|uptime|availability)[^.;]{0,80}"),
            ),
        ),
        min_any=1,
        insist="Use limited to delivering the service, security, incident handling and legal "
        "duties; no sale, disclosure, combination or inference of sensitive traits; "
        "telemetry limited to non-content metrics.",
        concession="None: purpose limitation is a red line.",
    ),
    Area.RETENTION: AreaRules(
        Area.RETENTION,
        "Retention and deletion",
        Tier.FLEXIBLE,
        cues=_re(
            r"retain|retention|delet|destr[ou]|eras|purg|dispos",
            r"\bbackups?\b|archiv",
        ),
        required=(
            Element(
                "fixed_period",
                "a fixed retention window (a number of days, weeks, months)",
                _re(
                    r"\b(?:\d+|one|two|three|four|five|six|seven|ten|fourteen|thirty|sixty|"
                    r"ninety|twelve)\b[\s(\d)-]*(?:calendar |business )?(?:days?|weeks?|"
                    r"months?|years?)\b",
                ),
            ),
        ),
        any_of=(
            Element(
                "covers_backups",
                "deletion reaches backups, replicas and archives",
                _re(r"\bbackups?\b|\breplica|\barchiv|\bdisaster[- ]recovery\b"),
            ),
            Element(
                "certificate",
                "a certificate (written confirmation) of deletion or destruction",
                _re(
                    r"certif\w*[^.;]{0,60}(?:delet|destr|dispos)",
                    r"(?:delet|destr|dispos)\w*[^.;]{0,60}certif",
                    r"written (?:confirmation|attestation)[^.;]{0,60}(?:delet|destr)",
                ),
            ),
        ),
        min_any=1,
        insist="Fixed retention windows for inputs, outputs, logs, backups, support "
        "artefacts and derived data; deletion reaches replicas and backups; a certificate "
        "of destruction at the end.",
        concession="A deletion window aligned to the backup cycle, if it is written down "
        "with its maximum length.",
    ),
    Area.SUBPROCESSORS: AreaRules(
        Area.SUBPROCESSORS,
        "Subprocessors",
        Tier.FLEXIBLE,
        cues=_re(
            r"sub[- ]?processors?",
            r"sub[- ]?contract",
            r"third[- ]part(?:y|ies)[^.;]{0,60}(?:process|access|host)",
        ),
        required=(
            Element(
                "prior_notice",
                "prior notice of a new or replaced subprocessor",
                _re(
                    r"(?:prior|advance)\s+(?:written\s+)?notic",
                    r"notif\w*[^.;]{0,60}\b(?:before|prior to|in advance)",
                    r"(?:at least|no (?:fewer|less) than)\s+\S+\s*(?:\(\d+\)\s*)?days?[^.;]{0,40}"
                    r"(?:before|prior|notice)",
                    r"\b(?:\d+|ten|fourteen|fifteen|twenty|thirty|sixty|ninety)\s*(?:\(\d+\)\s*)?"
                    r"(?:calendar |business )?days?\W+(?:advance |prior )?(?:written\s+)?notice",
                ),
            ),
            Element(
                "objection",
                "a right to object to a subprocessor (and to terminate if unresolved)",
                _re(r"\bobject", r"\bveto\b", r"(?:reject|refuse|decline)[^.;]{0,40}sub"),
            ),
        ),
        any_of=(
            Element(
                "list",
                "a current list of subprocessors",
                _re(
                    r"\blist\b",
                    r"\bschedule\b|\bannex\b|\bappendix\b|\bexhibit\b",
                    r"\bregister\b",
                ),
            ),
            Element(
                "flow_down",
                "the same obligations flowed down, the vendor liable for them",
                _re(
                    r"(?:same|equivalent|no less (?:protective|stringent)|at least as "
                    r"(?:protective|stringent))",
                    r"flow(?:ed|s)? down",
                    r"(?:liable|responsible)[^.;]{0,60}(?:acts|omissions|sub)",
                ),
            ),
        ),
        min_any=1,
        insist="A current subprocessor list; prior written notice of changes with a right "
        "to object; the same obligations flowed down; the vendor liable for its "
        "subprocessors; transfer safeguards and locations named.",
        concession="A notice period aligned to the vendor's onboarding cycle (e.g. 30 days) "
        "instead of consent per change.",
    ),
    Area.SECURITY: AreaRules(
        Area.SECURITY,
        "Security controls",
        Tier.FLEXIBLE,
        cues=_re(
            r"secur",
            r"encrypt",
            r"safeguard",
            r"access control|multi[- ]factor|\bMFA\b",
            r"\bISO\s*27001\b",
            r"vulnerab|penetration",
        ),
        required=(),
        any_of=(
            Element(
                "encryption",
                "encryption at rest and in transit",
                _re(r"encrypt", r"\bAES\b", r"\bTLS\b"),
            ),
            Element(
                "mfa",
                "multi-factor authentication",
                _re(r"multi[- ]?factor|\bMFA\b|two[- ]factor|\b2FA\b"),
            ),
            Element(
                "access",
                "least-privilege, role-based and privileged-access control",
                _re(
                    r"least[- ]privilege",
                    r"role[- ]based",
                    r"privileged[- ]access",
                    r"need[- ]to[- ]know",
                ),
            ),
            Element(
                "logging",
                "logging and monitoring of access",
                _re(r"\blog(?:s|ged|ging)?\b", r"monitor"),
            ),
            Element(
                "keys",
                "key management",
                _re(r"key management|\bkeys?\b[^.;]{0,40}(?:rotat|manag|HSM|KMS)|\bHSM\b|\bKMS\b"),
            ),
            Element(
                "vulnerability",
                "vulnerability management and testing",
                _re(r"vulnerab", r"penetration", r"patch"),
            ),
            Element(
                "segregation",
                "tenant segregation",
                _re(r"segregat|isolat\w*[^.;]{0,40}(?:tenant|customer)|logical separation"),
            ),
        ),
        min_any=3,
        insist="Named controls: encryption at rest and in transit, access control with MFA, "
        "privileged-access management, logging, tenant segregation, least-privilege "
        "support access, key management and vulnerability management.",
        concession="A recognised certification (ISO 27001, SOC 2) as evidence of the "
        "baseline, if its scope covers this service.",
    ),
    Area.BREACH: AreaRules(
        Area.BREACH,
        "Breach notification",
        Tier.RED_LINE,
        cues=_re(
            r"breach",
            r"security incident|\bincidents?\b",
            r"unauthori[sz]ed (?:access|disclosure|acquisition)",
            r"compromise",
        ),
        required=(
            Element(
                "deadline",
                "notice within a stated number of hours (24-48 h of confirmation)",
                _re(
                    r"\b(?:\d+|twenty[- ]four|forty[- ]eight|seventy[- ]two|one|two|three)"
                    r"\b[\s(\d)-]*(?:business |working |calendar )?(?:hours?|days?)\b",
                ),
            ),
        ),
        any_of=(
            Element(
                "facts",
                "the notice carries the facts: nature, data categories, scope, containment, "
                "contact",
                _re(
                    r"\bnature\b",
                    r"categor",
                    r"\bscope\b|\bnumber of (?:records|individuals|data subjects)",
                    r"contain",
                    r"(?:point of )?contact",
                    r"(?:measures|steps)[^.;]{0,40}(?:taken|mitigat|remed)",
                ),
            ),
            Element(
                "updates",
                "rolling updates as facts emerge",
                _re(r"updat", r"supplement", r"as (?:more|further) information"),
            ),
        ),
        min_any=1,
        insist="Notice within 24-48 hours of confirmation (suspected incidents earlier) "
        "carrying the nature, data categories, scope, containment and an incident "
        "contact, with rolling updates.",
        concession="None on the clock or the facts; the form of the notice can follow the "
        "vendor's process.",
    ),
    Area.AUDIT: AreaRules(
        Area.AUDIT,
        "Audit rights",
        Tier.RED_LINE,
        cues=_re(
            r"\baudit",
            r"\bSOC\s*2\b|\bISO\s*27001\b|\bISAE\b|\bSSAE\b",
            r"inspect",
            r"assessment",
        ),
        required=(
            Element(
                "independent",
                "an independent (third-party) report or audit",
                _re(
                    r"independent",
                    r"third[- ]party (?:audit|assessor|auditor|report)",
                    r"\bSOC\s*2\b|\bISO\s*27001\b|\bISAE\s*3402\b|\bSSAE\s*18\b",
                    r"external auditor",
                ),
            ),
        ),
        any_of=(
            Element(
                "frequency",
                "at least annually",
                _re(
                    r"annual|yearly|each (?:calendar )?year|every (?:12|twelve) months|"
                    r"once (?:a|per|each|every) (?:calendar )?year|per annum",
                ),
            ),
            Element(
                "after_incident",
                "a targeted audit after a material incident or credible complaint",
                _re(
                    r"(?:after|following|in the event of|upon)[^.;]{0,60}"
                    r"(?:incident|breach|complaint)",
                ),
            ),
        ),
        min_any=1,
        insist="An annual independent report of relevant scope (e.g. SOC 2 Type II) plus a "
        "targeted audit after a material incident or credible complaint, with remediation "
        "deadlines.",
        concession="A third-party report instead of an on-site audit, if its scope covers "
        "the service.",
    ),
    Area.SLA: AreaRules(
        Area.SLA,
        "Service levels",
        Tier.CONVENIENCE,
        cues=_re(
            r"uptime|availability",
            r"service levels?|\bSLA\b",
            r"support",
            r"respon(?:se|d)",
            r"escalat",
        ),
        required=(
            # As the term extractor reads it: "99.9%", "99.9 per cent", "99.9 percent".
            Element(
                "uptime",
                "an uptime commitment (a percentage)",
                _re(r"\d{2}(?:\.\d+)?\s*(?:%|per\s*cent|percent)"),
            ),
        ),
        any_of=(
            Element(
                "response",
                "support response times",
                _re(
                    r"respon\w*[^.;]{0,60}\b(?:\d+|one|two|four|eight)\b[\s(\d)-]*"
                    r"(?:business )?(?:hours?|minutes?)",
                    r"\b(?:\d+|one|two|four|eight)\b[\s(\d)-]*(?:business )?(?:hours?|"
                    r"minutes?)[^.;]{0,60}respon",
                ),
            ),
            Element(
                "escalation",
                "escalation contacts and a fallback procedure",
                _re(r"escalat", r"fallback|fall-back|contingency|service credits?"),
            ),
        ),
        min_any=1,
        insist="Uptime, latency and support response commitments, escalation contacts and a "
        "safe fallback procedure.",
        concession="Service credits in place of termination rights for missed levels.",
    ),
}


RED_FLAGS: tuple[RedFlag, ...] = (
    RedFlag(
        "non_training.improvement_carveout",
        Area.NON_TRAINING,
        "improvement carve-out",
        "'not used for training' followed by permission to improve, enhance or develop "
        "the vendor's services lets the data train models under another name",
        _re(
            # a permission to use the data for improvement ...
            r"(?:\bmay\b|\bcan\b|permitted|entitled|reserves?\s+the\s+right|\bfree to\b|"
            r"licen[sc]e|authori[sz]e)[^.;]{0,100}(?:improv|enhanc|develop|refin|optimi[sz])\w*",
            # ... or an exception to the prohibition that lets it back in
            r"(?:\bbut\b|however|except|provided that|other than|save that)[^.;]{0,80}"
            r"(?:improv|enhanc|develop|refin|optimi[sz])\w*",
            r"(?:improv|enhanc|develop|refin|optimi[sz])\w*[^.;]{0,60}(?:is|are|shall be|will be)"
            r" (?:permitted|allowed)",
            # the same permission in other words: better service, roadmap, new features
            r"(?:\bmay\b|reserves?\s+the\s+right|nonetheless|keep making|except that|"
            r"acknowledges that)[^.;]{0,120}(?:better|roadmap|future direction|new (?:capabilit|"
            r"features)|design of|quality and performance|accuracy of the services|"
            r"(?:product|service) evolution|for all (?:of )?its clients|whole customer base)",
        ),
        # A prohibition that itself lists improvement; the words "but", "except",
        # "provided" end it (what follows may be the carve-out).
        unless=_re(
            rf"\b(?:{_NEG}|may not|cannot)\b(?:(?!\b(?:but|however|except|provided|save)\b)"
            r"[^.;]){0,40}(?:use|process)(?:(?!\b(?:but|however|except|provided|save)\b)"
            r"[^.;]){0,120}(?:improv|enhanc|develop|refin|optimi[sz])",
        ),
    ),
    RedFlag(
        "non_training.opt_out",
        Area.NON_TRAINING,
        "training unless the customer opts out",
        "training by default with an opt-out puts the burden on the hospital; consent "
        "must be opt-in and separate",
        _re(
            r"opt(?:s|ed)?[- ]?out",
            r"unless[^.;]{0,40}(?:customer|client|you)\w*[^.;]{0,40}"
            r"(?:elect|choose|notif|instruct|request|disable|turn)",
            r"(?:disable|turn off|switch off)[^.;]{0,60}(?:setting|toggle|option)",
            r"(?:on|enabled|active) by default",
            r"(?:switch|turn)(?:es|ed)? (?:it |this |the setting )?off",
            # training permitted unless / until the customer does something ...
            r"(?=.*(?:\btrain|training|teach))(?=.*(?:\bunless\b|\buntil\b|except (?:where|to the "
            r"extent)|save where|withdraw|revoke|disable|deselect|deactivat|change this|ask us|"
            r"let us know|tell us|stop this|exclu(?:de|sion)|objection|withh[oe]ld|prefer not))"
            r"(?=.*(?:\bmay\b|\bcan\b|help\w* train|used to|goes into|forms? part|deemed|"
            r"constitutes|signifies|consents?\b|enabled|switched on|selected|active|permits|lets))",
        ),
        unless=_re(
            r"no opt-out",
            r"need not opt out",
            r"no default use",
            r"\bopt[- ]in\b",
            r"(?:will not|shall not|never|does not|do not) (?:use|train)[^.;]{0,160}(?:train|tune)",
        ),
    ),
    RedFlag(
        "data_use.broad_analytics",
        Area.DATA_USE,
        "broad analytics on content",
        "analytics, benchmarking, A/B testing or research on customer content goes beyond "
        "delivering the service",
        # Analytics *on the data*: the word alone also names products and
        # parties ("Hosted Analytics Services", "Clinical Research Network").
        # (case-sensitive keywords: a capitalised "Analytics" is a name).
        re.compile(
            r"(?i:\buse|process|analy[sz]|aggregat|combin|compil|stud|mine|mining|includ|"
            r"incorporat)\w*[^.;]{0,100}"
            r"(?:analytic|benchmark|\bA/B\b|\bresearch\b|insight|statistic)"
            r"|(?:analytic|benchmark|\bA/B\b|\bresearch\b|insight|statistic)\w*[^.;]{0,100}"
            r"(?i:data|content|information|materials|inputs|outputs|usage|records)"
            r"|(?i:taken together|in combined form|pooled|as a whole|across (?:our|all|the) "
            r"(?:customer|organisations|clients)|cross-customer|other customers|"
            r"compare (?:outcomes|the results)|comparisons with|(?:published )?studies|"
            r"experimental|variants? of|"
            r"competing versions|alternative versions|patterns across|trends?\b)"
        ),
        unless=_re(rf"\b{_NEG}\b[^.;]{{0,60}}(?:analytic|benchmark|A/B|research|insight)"),
    ),
    RedFlag(
        "retention.as_long_as_necessary",
        Area.RETENTION,
        "retention 'as long as necessary'",
        "an open-ended retention period lets the vendor keep the data indefinitely",
        _re(
            r"(?:as|so) long as[^.;]{0,40}(?:necessary|needed|required|reasonabl|useful|"
            r"appropriate)",
            r"for (?:its|the vendor's|our|provider's|supplier's)?\s*(?:legitimate )?"
            r"business purposes",
            r"(?:necessary|needed|required) for (?:its|the vendor's|our) (?:business|"
            r"operational) (?:needs|purposes)",
            r"indefinite",
            r"(?:period|time)[^.;]{0,20}(?:it|vendor|provider|supplier) (?:deems|considers|"
            r"determines)",
            # the vendor sets the period, or keeps data while its business needs it
            r"(?:while|until|for (?:whatever|the) period|for so long as|no longer than)[^.;]{0,80}"
            r"(?:\bwe\b|\bits\b|\bour\b|business|operation|commercial|legitimate|judges?|"
            r"considers?|decides?|deems?)",
            r"(?:retention period|how long)[^.;]{0,80}(?:at its discretion|(?:determine|set|"
            r"fix|decide)\w*|by reference to)[^.;]{0,80}(?:operat|commercial|business)",
            r"(?:determine|set|fix|decide)\w*[^.;]{0,60}(?:retention period|how long)",
            r"no (?:fixed|set|predetermined) (?:retention|deletion)",
            r"not subject to a (?:set|fixed) retention",
            r"served its purpose for (?:our|its) business",
        ),
        # A fixed window in days, months or years is the strong clause.
        unless=_re(
            r"(?:no later than|not (?:retain|keep)[^.;]{0,80}longer than|within|after)\s+"
            r"(?:\d+|one|two|three|six|seven|ten|thirty|sixty|ninety|twelve)\b[^.;]{0,20}"
            r"(?:days?|weeks?|months?|years?)",
        ),
    ),
    RedFlag(
        "retention.backups_excluded",
        Area.RETENTION,
        "backups excluded from deletion",
        "deletion that does not reach backups, archives or replicas leaves copies for years",
        _re(
            r"(?:backups?|archiv\w*|replicas?|disaster[- ]recovery)[^.;]{0,100}"
            r"(?:not (?:be )?(?:subject|required|deleted|covered|apply|included)|excluded|"
            r"exempt|outside|retained|remain|until (?:overwritten|rotated|expire))",
            r"(?:does|shall|will) not (?:apply|extend) to[^.;]{0,60}(?:backups?|archiv|"
            r"replica)",
            r"(?:except|excluding|other than|save for|apart from)[^.;]{0,40}(?:backups?|"
            r"archiv|replica|snapshot)",
            r"(?:does|do|shall|will) not (?:apply|extend|cover|include)[^.;]{0,80}(?:backups?|"
            r"archiv|replica|snapshot|secondary storage|recovery)",
            r"nothing[^.;]{0,60}requires?[^.;]{0,60}delet[^.;]{0,60}(?:backups?|archiv|replica)",
            r"(?:backups?|archiv\w*|replica\w*|snapshot\w*|recovery (?:systems?|stores?)|"
            r"restore systems?)[^.;]{0,120}(?:kept|keep|stay|age out|fall away|expire|rotation|"
            r"until|usual schedule|own timetable|cleared only)",
            r"(?:put|puts|putting)[^.;]{0,30}beyond use",
            r"certificate does not cover",
        ),
        unless=_re(r"(?:are|is) not excluded", r"including (?:all )?(?:backups|every copy)"),
    ),
    RedFlag(
        "subprocessors.change_at_will",
        Area.SUBPROCESSORS,
        "subprocessors changeable at will",
        "the vendor may add or replace subprocessors without notice or a right to object",
        _re(
            r"(?:at any time|from time to time|(?:in|at) (?:its|our|the \w+'s) (?:sole |"
            r"absolute )?discretion|at will)[^.;]{0,100}(?:sub[- ]?processors?|"
            r"sub[- ]?contractors?|third part|vendors|service providers)",
            r"(?:sub[- ]?processors?|sub[- ]?contractors?|service providers)[^.;]{0,100}"
            r"(?:at any time|from time to time|(?:in|at) (?:its|our|the \w+'s) (?:sole |"
            r"absolute )?discretion|at will|without (?:prior )?(?:notice|consent|approval))",
            r"(?:engage|add|replace|change|appoint|substitute|bring in)\w*[^.;]{0,60}without"
            r"[^.;]{0,20}(?:notice|consent|approval)",
            r"waives?[^.;]{0,40}(?:right|ability) to object",
            r"(?:bring in|switch|add|start using|appoint|sub-?contract|engage|amend|vary|modify|"
            r"change|reshape)\w*[^.;]{0,80}(?:whenever|at any point|as (?:it|we) sees? fit|as its "
            r"business (?:requires|needs)|short notice|without (?:seeking|the prior|prior|any|"
            r"advance)|need not inform|no obligation)",
            r"(?:no|without)[^.;]{0,20}(?:approval|consent)[^.;]{0,40}(?:is )?required[^.;]{0,60}"
            r"(?:engage|change|appoint|sub)",
            r"general (?:written )?authori[sz]ation",
            r"(?:don't|do not|does not|need not) (?:send|give|ask|seek|inform)[^.;]{0,40}"
            r"(?:notice|approval|consent|permission)",
            r"(?:sub[- ]?processors?|third[- ]party providers?)[^.;]{0,60}as it sees fit",
        ),
        # Prior notice with a right to object is the strong clause, not the flag.
        unless=_re(
            r"(?:prior|advance)\s+(?:written\s+)?notice[^.;]{0,80}(?:object|veto)",
            r"(?:opportunity|chance) to object",
            r"\bmay object\b",
            r"entitled to object",
        ),
    ),
    RedFlag(
        "security.industry_standard",
        Area.SECURITY,
        "'industry standard' security with no baseline",
        "'industry standard' or 'commercially reasonable' security names no control the "
        "hospital can check",
        _re(
            r"industry[- ]standard",
            r"commercially reasonable[^.;]{0,40}(?:security|safeguards|measures|precautions)",
            r"(?:generally accepted|customary|appropriate|reasonable) (?:security|"
            r"safeguards|measures|precautions)",
            r"(?:security|safeguards|measures)[^.;]{0,30}(?:appropriate|reasonable) "
            r"(?:to|for|in light)",
            r"good industry practi[cs]e",
            r"(?:market|prevailing|security) standard[^.;]{0,80}(?:generally|customar|"
            r"reputable|leading|comparable|similar)",
            r"(?:reasonable and customary|customary for|commercially reasonable (?:for|measures))",
            r"(?:companies|firms|businesses|providers|suppliers)[^.;]{0,60}(?:our|its|the same|"
            r"similar|comparable) (?:line of business|field|market|sector|services|kind)",
            r"(?:normal|usual|usually do|typical)[^.;]{0,30}(?:for )?(?:businesses|companies|"
            r"firms) like",
        ),
        # Named controls make it a baseline (two or more, or a certification),
        # unless the clause still leaves "the rest" to commercial reasonableness.
        unless=re.compile(
            r"^(?!.*(?:beyond that|otherwise secures|commercially reasonable (?:for|measures)))"
            r".*(?:encrypt|\bAES\b|multi[- ]?factor|\bMFA\b|least[- ]privilege|role[- ]based|"
            r"penetration|\bSOC\s*2\b|\bISO\s*27001\b)",
            re.IGNORECASE,
        ),
    ),
    RedFlag(
        "breach.undue_delay_only",
        Area.BREACH,
        "'without undue delay' with no hour limit",
        "no clock: the vendor decides what 'undue' or 'promptly' means",
        _re(
            r"without undue delay",
            r"\bpromptly\b",
            r"as soon as (?:reasonably )?(?:practicable|possible|feasible)",
            r"in a timely (?:manner|fashion|way)",
            r"within a reasonable (?:time|period)",
            r"as (?:quickly|fast|soon) as (?:is )?(?:we )?(?:reasonabl|practicabl|possibl)\w*",
            r"(?:at|by) the earliest (?:reasonable |practicable )?(?:opportunity|time|moment)",
            r"\bexpeditiously\b|\bspeedily\b|\bquickly\b|\bin good time\b",
            r"(?:period|window)[^.;]{0,60}reasonable in the circumstances",
        ),
        unless=_re(
            r"\b(?:\d+|twenty[- ]four|forty[- ]eight|seventy[- ]two|one|two|three)\b"
            r"[\s(\d)-]*(?:business |working |calendar )?(?:hours?|days?)\b",
        ),
    ),
    RedFlag(
        "breach.after_investigation",
        Area.BREACH,
        "notice only after the vendor's investigation",
        "the clock starts when the vendor has finished investigating, which it controls",
        _re(
            r"(?:after|following|upon|once|until)[^.;]{0,40}(?:complet|conclu|finish)\w*"
            r"[^.;]{0,40}investigat",
            r"(?:after|following|upon|once|until)[^.;]{0,20}(?:its|the|an|our) investigat\w*"
            r"[^.;]{0,30}(?:complet|conclu|finish|is done|ends)",
            r"\bonly\b[^.;]{0,40}(?:when|once|after|if|where)[^.;]{0,60}(?:confirm|verif|"
            r"determin|establish|assess|conclu)",
            r"(?:no (?:duty|obligation)|not (?:be )?(?:required|obliged|obligated))[^.;]{0,80}"
            r"(?:until|unless|before)",
            r"(?:triggered|arises?|begins?|starts?)[^.;]{0,30}(?:only )?(?:when|once|after|"
            r"upon)[^.;]{0,60}(?:confirm|verif|determin|establish|assess)",
            r"(?:defer|hold back|postpone|wait|delay)\w*[^.;]{0,40}(?:notif|notice|inform|tell)"
            r"\w*[^.;]{0,40}until",
            r"(?:once|when|after|on completion of)[^.;]{0,60}(?:investigation|review|analysis|"
            r"forensic)\w*[^.;]{0,40}(?:has |have |is )?(?:concluded|complete|finished|"
            r"established|shown|confirm|determined)",
            r"(?:investigation|review|analysis)\w*[^.;]{0,30}(?:has )?(?:concluded|determined|"
            r"established|shows?|confirmed)[^.;]{0,80}(?:actual|in fact|resulted)",
            r"(?:once|when|after) we (?:have |'ve )?(?:a clear picture|worked out|found out|"
            r"established|know)",
            r"first find out[^.;]{0,80}then",
        ),
        unless=_re(
            r"without waiting",
            r"regardless of[^.;]{0,40}investigat",
            r"(?:need|shall|will) not (?:wait|await|delay)",
            r"before[^.;]{0,20}investigat\w*[^.;]{0,20}(?:complet|conclu|finish)",
            r"pending[^.;]{0,20}investigat",
            r"(?:not|never) (?:be )?(?:held back|delayed|withheld|postponed|deferred)",
        ),
    ),
    RedFlag(
        "audit.vendor_discretion",
        Area.AUDIT,
        "audits only at the vendor's discretion",
        "an audit right the vendor may refuse is not a right",
        _re(
            r"(?:sole|absolute|reasonable)? ?discretion",
            r"(?:subject to|with|upon|requires?)[^.;]{0,30}(?:vendor|provider|supplier|"
            r"processor|our|its)\W*s?[^.;]{0,20}(?:prior )?(?:written )?(?:consent|approval|"
            r"agreement|permission)",
            r"(?:may|can) (?:decline|refuse|deny|reject)[^.;]{0,60}(?:audit|request|inspect)",
            r"(?:if|where|when|as) (?:the )?(?:vendor|provider|supplier|processor|we) "
            r"(?:agrees?|consents?|deems|considers)",
            r"(?:if|where|should)[^.;]{0,30}(?:it|we|company|vendor|provider|supplier|contractor)"
            r"[^.;]{0,20}(?:so chooses|considers?|judges?|regards?|deems?)",
            r"only (?:on|at)[^.;]{0,40}(?:dates|times)[^.;]{0,60}(?:approve|agree)",
            r"(?:approved|agreed) in advance|has first (?:approved|agreed)",
            r"(?:prior|first) (?:written )?agreement to",
            r"whether (?:we|it|the \w+) (?:agree|can|are able)|(?:we'll|we will) (?:consider|"
            r"decide) whether|if we(?:'re| are) able to say yes|up to us",
        ),
    ),
    RedFlag(
        "audit.self_attestation",
        Area.AUDIT,
        "self-attestation only",
        "a questionnaire or self-assessment is the vendor marking its own work",
        _re(
            r"self[- ](?:assess|attest|certif|audit|report)",
            r"questionnaire",
            r"(?:its|their|our|the vendor's|provider's) own[^.;]{0,30}(?:assess|audit|review|"
            r"attest|evaluat)",
            r"internal(?:ly)?[^.;]{0,20}(?:assess|audit|review)",
            r"(?:officer|director)[^.;]{0,40}(?:certif|confirm|sign)",
            r"(?:certificate|statement) of compliance|compliance (?:statement|certificate)|"
            r"officer's certificate",
            r"(?:prepare|written by) (?:ourselves|our own)|our own (?:written )?account",
            r"in-house[^.;]{0,30}(?:team|compliance|review)",
            r"instead of audits|in place of (?:audits|any)|replaces any",
        ),
        unless=_re(
            r"independent|third[- ]party (?:audit|assessor|auditor|report)|\bSOC\s*2\b|"
            r"\bISO\s*27001\b|external auditor",
        ),
    ),
    RedFlag(
        "sla.best_efforts",
        Area.SLA,
        "best-efforts support only",
        "'best efforts' or 'reasonable efforts' commits to no uptime, response time or remedy",
        _re(
            r"(?:best|reasonable|commercially reasonable|good[- ]faith) (?:endeavou?rs|efforts)",
            r"(?:no|not) (?:guarantee|warrant)\w*[^.;]{0,60}(?:uptime|availab|uninterrupt|"
            r"response)",
            r"\bas available\b|\bas[- ]is\b",
            r"(?:not|no|neither)[^.;]{0,30}(?:binding|contractual) (?:commitment|obligation|"
            r"promise)|(?:goals|objectives|aspirations|aims) (?:rather than|only|and not)",
            r"(?:can't|cannot|don't|do not|make no) (?:promise|guarantee)",
            r"good[- ]faith (?:attempts|efforts)|try in good faith|do our best|without committing",
        ),
        unless=_re(r"\d{2}(?:\.\d+)?\s*(?:%|per\s*cent|percent)"),
    ),
)
