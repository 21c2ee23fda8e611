"""The contract annex: the DUA the node enforces, written out for the people who sign it.

The annex is generated, never drafted by hand, so the paper and the node
cannot say different things: a change to the agreement is a new DUA version
with a new content hash, and the annex names the version and hash it was
rendered from. Each numbered section ends with the dotted clause paths it
restates (``privacy.max_epsilon_per_job``), the same paths the node cites
in its decisions, so a reader can trace every sentence to the rule behind it.
A DUA with ``gateway:`` terms gets one more section, on the calls to the
vendor's hosted AI services, just before the order of precedence; without
them the annex keeps its sections 1 to 11.

:func:`annex_facts` gathers the facts (JSON-able, for ``--format json``);
:func:`render_annex` writes the Markdown from those facts and nothing else.

Text that the parties supply (names, the purpose, contacts, the audit scope)
has its whitespace collapsed to single spaces and is never placed at the
start of a line, so it cannot open a heading, a list or a quote of its own.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from custos.core._keys import PublicKey
from custos.jobs._spec import Output
from custos.policy._dua import DUA
from custos.policy._institutional import InstitutionalPolicy

__all__ = ["ANNEX_FORMAT", "annex_facts", "render_annex", "render_facts"]

ANNEX_FORMAT = "custos-contract-annex/1"

# (key, title, clause paths the section restates), in order; numbered as
# rendered. The "gateway" section is there only when the DUA has gateway
# terms, so an agreement without them keeps sections 1 to 11.
_SECTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "parties",
        "Parties and definitions",
        ("parties.hospital", "parties.vendor", "validity.not_before", "validity.not_after"),
    ),
    (
        "use_terms",
        "Non-training and secondary use",
        (
            "use_terms.product_improvement",
            "use_terms.secondary_use",
            "use_terms.onward_transfer",
            "use_terms.combine_with_other_data",
            "use_terms.reidentification",
        ),
    ),
    (
        "processing",
        "Permitted processing",
        (
            "purpose",
            "datasets",
            "permitted_outputs",
            "approval.mode",
            "approval.auto_max_epsilon",
            "approval.allowed_code_hashes",
            "models.custom_code",
            "isolation.accepted",
        ),
    ),
    (
        "privacy",
        "Privacy protection",
        (
            "privacy.max_epsilon_per_job",
            "privacy.lifetime_epsilon_per_dataset",
            "privacy.delta",
            "privacy.min_cohort_size",
            "leakage_audit.required",
            "leakage_audit.max_auc",
            "leakage_audit.max_tpr_at_fpr_0_1_percent",
            "leakage_audit.max_tpr_at_fpr_1_percent",
            "leakage_audit.gate_on",
            "leakage_audit.canary_audit",
            "leakage_audit.min_non_members",
        ),
    ),
    (
        "retention",
        "Retention and deletion",
        ("retention.job_artifact_days", "retention.blocked_bundle_days"),
    ),
    ("subprocessors", "Subprocessors", ("subprocessors",)),
    (
        "security",
        "Security measures",
        ("isolation.accepted", "parties.vendor.public_key", "privacy.max_epsilon_per_job"),
    ),
    (
        "breach_notification",
        "Breach notification",
        (
            "breach_notification.notify_within_hours",
            "breach_notification.suspected_within_hours",
            "breach_notification.contact",
        ),
    ),
    (
        "audit_rights",
        "Audit rights",
        (
            "audit_rights.independent_report",
            "audit_rights.report_scope",
            "audit_rights.audit_after_incident",
            "audit_rights.log_export_on_request",
        ),
    ),
    (
        "sla",
        "Service levels",
        (
            "sla.uptime_percent",
            "sla.support_response_hours",
            "sla.escalation_contact",
            "sla.fallback",
        ),
    ),
    (
        "gateway",
        "Calls to the Vendor's AI services",
        (
            "gateway.endpoints",
            "gateway.endpoints.url",
            "gateway.endpoints.operator",
            "gateway.endpoints.models",
            "gateway.purposes",
            "gateway.purposes.endpoints",
            "gateway.purposes.free_text",
            "gateway.purposes.fields",
            "gateway.surrogate_retention_hours",
            "gateway.max_request_bytes",
            "gateway.timeout_seconds",
            "gateway.content_logging.enabled",
            "gateway.content_logging.retention_days",
        ),
    ),
    ("precedence", "Order of precedence", ("id",)),
)

# Added to a section's clause paths when the DUA has gateway terms.
_GATEWAY_EXTRA_PATHS: dict[str, tuple[str, ...]] = {
    "security": ("gateway.endpoints",),
    "sla": (
        "sla.latency_p50_ms",
        "sla.latency_p99_ms",
        "sla.max_error_percent",
        "sla.window_minutes",
        "sla.min_calls",
    ),
}

# Stated in section 4 only when the agreement permits synthetic data.
_SYNTHESIS_PATHS = (
    "synthesis.generators",
    "synthesis.allow_non_private",
    "synthesis.disclosure",
    "synthesis.n_attacks",
    "synthesis.min_control_rows",
)

_OUTPUT_MEANING = {
    Output.WEIGHTS.value: (
        "the parameters of the model trained at the node, with the differential privacy "
        "of section 4, and a description of its architecture"
    ),
    Output.AGGREGATE_METRICS.value: (
        "performance figures (such as accuracy or AUC) computed over validation records "
        "the model never trained on, as totals over all of them, never per record"
    ),
    Output.PRIVACY_REPORT.value: (
        "the privacy budget the Job spent and the results of the leakage audit of section 4"
    ),
    Output.SYNTHETIC_DATA.value: (
        "an artificial table drawn from a generator fitted at the node, released only "
        "with its disclosure and utility report and only after the disclosure checks of "
        "section 4 passed it"
    ),
}

_OUTPUT_NAME = {
    Output.WEIGHTS.value: "Model weights",
    Output.AGGREGATE_METRICS.value: "Aggregate metrics",
    Output.PRIVACY_REPORT.value: "Privacy report",
    Output.SYNTHETIC_DATA.value: "Synthetic data",
}

_ISOLATION_MEANING = {
    "bubblewrap": (
        "the bubblewrap sandbox: a separate process with no network, no view of the node's "
        "files beyond the Job's own, and fixed limits on memory, CPU time and disk"
    ),
    "sev-snp": (
        "an AMD SEV-SNP confidential virtual machine, used only when its attestation "
        "evidence verifies"
    ),
    "tdx": "an Intel TDX trust domain, used only when its attestation evidence verifies",
    "nvidia-cc": (
        "an NVIDIA confidential-computing GPU, used only when its attestation evidence verifies"
    ),
    "none": (
        "no isolation, inside the node's own process: for development only, never for "
        "vendor-written code, and stated in the receipt of every Job that ran this way"
    ),
}

_GENERATOR_MEANING = {
    "mst": "MST, which is differentially private",
    "gaussian_copula": "a Gaussian copula, which carries no differential-privacy guarantee",
}

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


# -- facts -------------------------------------------------------------------


def annex_facts(
    dua: DUA,
    *,
    version: int | None = None,
    content_hash: str | None = None,
    status: str = "active",
    policy: InstitutionalPolicy | None = None,
) -> dict[str, Any]:
    """The facts the annex states, as plain JSON-able data.

    Parameters
    ----------
    dua
        The agreement as the node holds it.
    version, content_hash, status
        The node's record of it (``content_hash`` defaults to the DUA's own).
    policy
        The hospital's institutional policy; when given, the annex also states
        where it is stricter than the agreement.
    """
    vendor = dua.parties.vendor
    synthetic = Output.SYNTHETIC_DATA in dua.permitted_outputs
    permitted = [o.value for o in dua.permitted_outputs]
    gateway = dua.gateway is not None
    sections = [s for s in _SECTIONS if gateway or s[0] != "gateway"]
    facts: dict[str, Any] = {
        "format": ANNEX_FORMAT,
        "agreement": {
            "id": dua.id,
            "title": dua.title,
            "version": version,
            "content_hash": content_hash or dua.content_hash,
            "status": status,
            "valid_from": dua.validity.not_before.isoformat(),
            "valid_until": dua.validity.not_after.isoformat(),
        },
        "parties": {
            "hospital": {
                "name": dua.parties.hospital.name,
                "contact": dua.parties.hospital.contact,
            },
            "vendor": {
                "id": vendor.id,
                "name": vendor.name,
                "contact": vendor.contact,
                "public_key": vendor.public_key,
                "key_fingerprint": PublicKey.from_text(vendor.public_key).key_id,
            },
        },
        "use_terms": dua.use_terms.model_dump(mode="json"),
        "processing": {
            "purpose": dua.purpose,
            "datasets": list(dua.datasets),
            "permitted_outputs": permitted,
            "other_outputs": [o.value for o in Output if o.value not in permitted],
            "approval": dua.approval.model_dump(mode="json"),
            "custom_code": dua.models.custom_code,
            "isolation": [k.value for k in dua.isolation.accepted],
            # A Job needs a dataset to read and an output to release; an
            # agreement with gateway terms only may have neither.
            "jobs_permitted": bool(dua.datasets) and bool(dua.permitted_outputs),
        },
        "privacy": dua.privacy.model_dump(mode="json"),
        "leakage_audit": dua.leakage_audit.model_dump(mode="json"),
        "synthesis": dua.synthesis.model_dump(mode="json") if synthetic else None,
        "retention": dua.retention.model_dump(mode="json"),
        "subprocessors": [s.model_dump(mode="json") for s in dua.subprocessors],
        "breach_notification": dua.breach_notification.model_dump(mode="json"),
        "audit_rights": dua.audit_rights.model_dump(mode="json"),
        "sla": None if dua.sla is None else dua.sla.model_dump(mode="json"),
        "gateway": _gateway_facts(dua),
        "institutional_policy": None if policy is None else _policy_facts(policy),
        "sections": [
            {
                "number": n,
                "key": key,
                "title": title,
                "enforced_by": [
                    *paths,
                    *(_SYNTHESIS_PATHS if key == "privacy" and synthetic else ()),
                    *(_GATEWAY_EXTRA_PATHS.get(key, ()) if gateway else ()),
                ],
            }
            for n, (key, title, paths) in enumerate(sections, start=1)
        ],
    }
    return facts


def _gateway_facts(dua: DUA) -> dict[str, Any] | None:
    terms = dua.gateway
    if terms is None:
        return None
    facts = terms.model_dump(mode="json")
    for purpose, model in zip(facts["purposes"], terms.purposes, strict=True):
        purpose["data_categories"] = model.data_categories
    return facts


def _policy_facts(policy: InstitutionalPolicy) -> dict[str, Any]:
    return {
        "content_hash": policy.content_hash,
        "max_epsilon_per_job": policy.max_epsilon_per_job,
        "max_delta": policy.max_delta,
        "allow_automatic_approval": policy.allow_automatic_approval,
        "allow_isolation_none": policy.allow_isolation_none,
        "forbid_product_improvement": policy.forbid_product_improvement,
        "forbid_secondary_use": policy.forbid_secondary_use,
        "forbid_onward_transfer": policy.forbid_onward_transfer,
        "max_breach_notification_hours": policy.max_breach_notification_hours,
    }


# -- rendering ---------------------------------------------------------------


def render_annex(
    dua: DUA,
    *,
    version: int,
    content_hash: str,
    status: str = "active",
    policy: InstitutionalPolicy | None = None,
) -> str:
    """The DUA as a numbered contract annex in Markdown.

    Parameters
    ----------
    dua
        The agreement as the node holds it.
    version, content_hash, status
        The node's record of it; the annex names them so that a signed copy
        identifies exactly the agreement the node enforces.
    policy
        The hospital's institutional policy, to state where it is stricter.
    """
    facts = annex_facts(
        dua, version=version, content_hash=content_hash, status=status, policy=policy
    )
    return render_facts(facts)


def render_facts(facts: dict[str, Any]) -> str:
    """Markdown from :func:`annex_facts` (the text says nothing the facts do not)."""
    a = facts["agreement"]
    lines = [
        f"# Contract annex: {_t(a['title'])}",
        "",
        f"Data-use agreement `{a['id']}`, version {a['version']}, "
        f"content hash `{a['content_hash']}`. Status at the node: **{_t(a['status'])}**.",
        "",
        "This annex is generated from the data-use agreement (the DUA) that the hospital's "
        "custos node enforces. The node checks every Job"
        + (" and its gateway every call to the vendor's services" if _gateway(facts) else "")
        + " against the clauses each section names; a change to any of them is a new version "
        "of the DUA with a new content hash, so this text and the node's behaviour cannot "
        "drift apart unnoticed.",
    ]
    if a["status"] != "active":
        lines += [
            "",
            f"Note: the node records this agreement as {_t(a['status'])}; it runs no Job "
            + ("and forwards no call " if _gateway(facts) else "")
            + "under it.",
        ]
    writers = {
        "parties": _parties,
        "use_terms": _use_terms,
        "processing": _processing,
        "privacy": _privacy,
        "retention": _retention,
        "subprocessors": _subprocessors,
        "security": _security,
        "breach_notification": _breach,
        "audit_rights": _audit,
        "sla": _sla,
        "gateway": _gateway_calls,
        "precedence": _precedence,
    }
    for section in facts["sections"]:
        lines += ["", f"## {section['number']}. {section['title']}", ""]
        lines += writers[section["key"]](facts)
        paths = ", ".join(f"`{p}`" for p in section["enforced_by"])
        lines += ["", f"*Enforced by: {paths}*"]
    return "\n".join(lines) + "\n"


def _parties(f: dict[str, Any]) -> list[str]:
    a, hospital, vendor = f["agreement"], f["parties"]["hospital"], f["parties"]["vendor"]
    items, gateway = f["processing"]["datasets"], _gateway(f)
    if not gateway:
        customer = f"the records of {_datasets(items)} held by the Hospital"
    elif items:
        customer = (
            f"the records of {_datasets(items)} held by the Hospital and the patient data "
            "the Hospital's applications send in Calls"
        )
    else:
        customer = "the patient data the Hospital's applications send in Calls"
    lines = [
        f"- **Hospital**: {_t(hospital['name'])}{_contact(hospital['contact'])}. It holds the "
        "records and operates the Node.",
        f"- **Vendor**: {_t(vendor['name'])}, vendor id `{vendor['id']}`"
        f"{_contact(vendor['contact'])}. Its signing key is `{vendor['public_key']}`, "
        f"fingerprint `{vendor['key_fingerprint']}`; the Node accepts only Jobs signed with "
        "this key.",
        f"- **Term**: from {_date(a['valid_from'])} to {_date(a['valid_until'])}, both days "
        "included. Outside these dates the Node refuses every Job under this agreement"
        + (" and the Gateway forwards no Call under it." if gateway else "."),
        "",
        "In this annex:",
        "",
        "- **Node** means the custos edge node the Hospital runs beside its records.",
        f"- **Customer Data** means {customer}, and any copy, extract or subset of them, "
        "wherever it is.",
        "- **Derived Data** means anything computed from Customer Data: model weights, "
        "gradients, metrics, embeddings, synthetic tables, logs and metadata about the "
        "records.",
        "- **Job** means one run of the Vendor's model and training recipe at the Node, "
        "submitted as a specification signed with the Vendor's key.",
        "- **Release** means the outputs of a Job that the Node lets leave, with the "
        "receipt the Node signs for them. Releases are Derived Data.",
        "- **Covered Material** means Customer Data, Derived Data, and anything the Vendor "
        "submits, receives or produces under this agreement: prompts, inputs, outputs, "
        "embeddings, metadata and feedback.",
        "- **Privacy budget** means the differential-privacy loss, measured by epsilon and "
        "delta, that a Job may incur and that all Jobs together may incur on one dataset. A "
        "smaller epsilon means stronger protection. The Node keeps the account.",
    ]
    if gateway:
        lines += [
            "- **Gateway** means the custos gateway the Hospital runs in front of the Vendor's "
            "hosted AI services, beside the Node; the Hospital's applications reach those "
            f"services only through it ({_ref(f, 'gateway')}).",
            "- **Call** means one request a Hospital application makes to the Vendor's hosted "
            "AI services through the Gateway, with the Vendor's answer to it.",
        ]
    return lines


_USE_PROHIBITIONS = {
    "product_improvement": (
        "The Vendor shall not use Covered Material to train, fine-tune, evaluate, distil or "
        "benchmark any model, product or service other than the model the purpose in section 3 "
        "describes, and shall not mine it for prompts, features or product improvement. This "
        "applies to prompts, outputs, embeddings, Derived Data, metadata and feedback alike."
    ),
    "secondary_use": (
        "The Vendor shall use Covered Material for the purpose in section 3 and for no other. "
        "Any further use needs a separate written authorisation, signed by the Hospital, that "
        "names the dataset and the purpose, registered at the Node as a new agreement."
    ),
    "onward_transfer": (
        "The Vendor shall not sell, license, disclose or otherwise pass Covered Material to "
        "anyone, except to the subprocessors of section 6 for the purposes listed there."
    ),
    "combine_with_other_data": (
        "The Vendor shall not link or combine Covered Material with any other data, its own or "
        "a third party's, and shall not use it to infer sensitive characteristics of any person."
    ),
}

_USE_PERMISSIONS = {
    "product_improvement": (
        "This agreement permits the Vendor to use Releases to improve its products. The "
        "permission covers Releases only: Customer Data never leaves the Node."
    ),
    "secondary_use": (
        "This agreement permits the Vendor to use Releases beyond the purpose of section 3. The "
        "permission covers Releases only: Jobs at the Node still serve that purpose alone."
    ),
    "onward_transfer": (
        "This agreement permits the Vendor to pass Releases to third parties. It shall bind "
        "each recipient to terms no weaker than this annex and remains liable for them."
    ),
    "combine_with_other_data": (
        "This agreement permits the Vendor to combine Releases with other data. It shall not "
        "use the combination to identify anyone or to infer sensitive characteristics of any "
        "person."
    ),
}


# In place of _USE_PERMISSIONS when the agreement also governs Calls ({ref}:
# their section): Customer Data does then reach the Vendor, de-identified.
_GATEWAY_PERMISSIONS = {
    "product_improvement": (
        "This agreement permits the Vendor to use Releases to improve its products. The "
        "permission covers Releases only, never what Calls carry ({ref})."
    ),
    "secondary_use": (
        "This agreement permits the Vendor to use Releases beyond the purpose of section 3. The "
        "permission covers Releases only: Jobs at the Node still serve that purpose alone, and "
        "Calls only the purposes of {ref}."
    ),
}


def _use_terms(f: dict[str, Any]) -> list[str]:
    terms, policy, gateway = f["use_terms"], f["institutional_policy"], _gateway(f)
    lines = []
    for term in _USE_PROHIBITIONS:
        if not terms[term]:
            text = _USE_PROHIBITIONS[term]
        elif gateway and term in _GATEWAY_PERMISSIONS:
            text = _GATEWAY_PERMISSIONS[term].format(ref=_ref(f, "gateway"))
        else:
            text = _USE_PERMISSIONS[term]
        lines.append("- " + text)
    lines += [
        "- The Vendor shall not attempt to identify any patient or other person, to single out "
        "a record, or to learn whether a person's record was used, from any Covered Material, "
        "and shall not help anyone else do so. No version of this agreement can permit this.",
        "- Where this annex, the DUA or any other document leaves unclear whether a use is "
        "allowed, it is not allowed.",
        "",
    ]
    if not gateway:
        lines.append(
            "The Node cannot watch what the Vendor does with a Release; these terms bind the "
            "Vendor by contract. What the Node does guarantee is that nothing but the Releases "
            "of section 3 ever reaches the Vendor."
        )
    else:
        releases = "the Releases of section 3 and " if f["processing"]["jobs_permitted"] else ""
        lines.append(
            "The Node cannot watch what the Vendor does with what it receives; these terms bind "
            "the Vendor by contract. What the Node and the Gateway do guarantee is that nothing "
            f"reaches the Vendor but {releases}the Calls of {_ref(f, 'gateway')}, each Call cut "
            "to what its purpose allows and de-identified."
        )
    if policy is not None:
        refused = [
            t.replace("_", " ")
            for t in ("product_improvement", "secondary_use", "onward_transfer")
            if policy[f"forbid_{t}"]
        ]
        if refused:
            lines += [
                "",
                "The Hospital's institutional policy forbids granting "
                f"{_and(refused)}; the Node refuses every Job under an agreement that "
                "grants them.",
            ]
    return lines


def _processing(f: dict[str, Any]) -> list[str]:
    p, policy, gateway = f["processing"], f["institutional_policy"], _gateway(f)
    purpose = f"The only purpose of processing, in the agreement's words: “{_t(p['purpose'])}”."
    if not p["jobs_permitted"]:
        missing = []
        if not p["datasets"]:
            missing.append("no dataset for Jobs to read")
        if not p["permitted_outputs"]:
            missing.append("no output that may leave the Node")
        return [
            purpose
            + (
                f" Every Call names one of the purposes of {_ref(f, 'gateway')}." if gateway else ""
            ),
            "",
            f"No compute-to-data Job may run under this agreement: it names {_and(missing)}, so "
            "the Node refuses every Job submitted under it.",
            *(
                [
                    "",
                    f"The only processing it permits is the Calls of {_ref(f, 'gateway')}: "
                    "requests the Hospital's applications send to the Vendor's hosted AI "
                    "services through the Gateway, each cut to what its purpose allows and "
                    "de-identified before it leaves.",
                ]
                if gateway
                else []
            ),
        ]
    if gateway:
        model = (
            "Jobs follow the compute-to-data model: the Vendor sends its model and training "
            "recipe to the Node, which runs them beside the data. A Job never sends Customer "
            "Data to the Vendor, whole, in part or record by record; no output that carries "
            "records exists. The only other processing this agreement permits is the Calls of "
            f"{_ref(f, 'gateway')}, each cut to what its purpose allows and de-identified "
            "before it leaves."
        )
    else:
        model = (
            "Processing follows the compute-to-data model: the Vendor sends its model and "
            "training recipe to the Node, which runs them beside the data. Customer Data is "
            "never sent to the Vendor, whole, in part or record by record; no output that "
            "carries records exists."
        )
    lines = [
        f"{purpose} Every Job must state this purpose word for word"
        + (f"; every Call names one of the purposes of {_ref(f, 'gateway')}." if gateway else "."),
        "",
        f"Jobs may read only {_datasets(p['datasets'])} as registered at the Node.",
        "",
        model,
        "",
        "Only these outputs may leave the Node:",
        "",
    ]
    for o in p["permitted_outputs"]:
        lines.append(f"- **{_OUTPUT_NAME.get(o, o)}** (`{o}`): {_OUTPUT_MEANING.get(o, o)}.")
    if p["other_outputs"]:
        others = _and([f"`{o}`" for o in p["other_outputs"]])
        lines += ["", f"Not permitted under this agreement: {others}."]
    approval = p["approval"]
    lines.append("")
    if approval["mode"] == "automatic":
        hashes = approval["allowed_code_hashes"]
        lines.append(
            "Approval: the Node approves a Job by itself only when it asks for at most epsilon "
            f"{_num(approval['auto_max_epsilon'])} and its model code is one of "
            f"{_count(len(hashes), 'approved hash', 'approved hashes')} "
            f"({', '.join(f'`{h}`' for h in hashes)}). Every other Job waits for a decision "
            "by a person at the Hospital."
        )
        if policy is not None and not policy["allow_automatic_approval"]:
            lines.append(
                "The Hospital's institutional policy does not allow automatic approval at "
                "present, so every Job waits for a person."
            )
    else:
        lines.append(
            "Approval: a person at the Hospital approves or refuses every Job before it runs; "
            "the decision and every reason for it are recorded in the Node's audit log."
        )
    lines.append("")
    if p["custom_code"]:
        lines.append(
            "Vendor-written model code is allowed. It is approved by its hash and runs only in "
            "an isolated environment; because the privacy guarantee then also rests on "
            "reviewing that code, every receipt says so."
        )
    else:
        lines.append(
            "Vendor-written model code is not allowed: Jobs use only the model architectures "
            "built into the Node."
        )
    lines += ["", "Jobs run only in one of these environments:", ""]
    for kind in p["isolation"]:
        line = f"- `{kind}`: {_ISOLATION_MEANING.get(kind, kind)}."
        if kind == "none" and policy is not None and not policy["allow_isolation_none"]:
            line += " The Hospital's institutional policy does not allow it, so it is not used."
        lines.append(line)
    return lines


def _privacy(f: dict[str, Any]) -> list[str]:
    p, audit, policy = f["privacy"], f["leakage_audit"], f["institutional_policy"]
    gateway = _gateway(f)
    calls = (
        f"The Calls of {_ref(f, 'gateway')} are protected by minimisation and de-identification, "
        "not by differential privacy: a Call carries only what its purpose allows, and the "
        "Gateway replaces every identifier it finds in it by a surrogate before it leaves."
        if gateway
        else ""
    )
    if not f["processing"]["jobs_permitted"]:
        lines = [
            "No compute-to-data Job may run under this agreement (section 3), so no privacy "
            "budget is spent and no leakage audit is run under it. The differential-privacy "
            f"limits it states (at most epsilon {_num(p['max_epsilon_per_job'])} per Job with "
            f"delta at most {_num(p['delta'])}, at most epsilon "
            f"{_num(p['lifetime_epsilon_per_dataset'])} on any one dataset, datasets of at "
            f"least {_count(p['min_cohort_size'], 'record')}) apply to Jobs only and so bind "
            "nothing under it.",
        ]
        if gateway:
            lines += ["", calls]
        return lines
    lines = [
        "Every Job trains with differential privacy. The Hospital's Node, not the Vendor, "
        "applies it and keeps the account: before a Job runs, the Node checks its budget "
        "against these limits and records what it spends.",
        "",
        f"- Each Job may spend at most epsilon {_num(p['max_epsilon_per_job'])}, "
        f"with delta at most {_num(p['delta'])}.",
        f"- All Jobs together may spend at most epsilon "
        f"{_num(p['lifetime_epsilon_per_dataset'])} on any one dataset over the life of this "
        "agreement, composed by the Node's privacy accountant rather than simply added. When "
        "that budget is used up, no further Job runs on the dataset.",
        f"- A Job runs only on a dataset of at least {_count(p['min_cohort_size'], 'record')}.",
    ]
    if policy is not None:
        lines.append(
            "- Whatever an agreement says, the Hospital's institutional policy caps any Job at "
            f"epsilon {_num(policy['max_epsilon_per_job'])} and delta "
            f"{_num(policy['max_delta'])}."
        )
    lines.append("")
    if audit["required"]:
        bound = (
            f"the lower end of its {_pct(audit['confidence'])} confidence interval"
            if audit["gate_on"] == "lower_bound"
            else "its point estimate"
        )
        lines += [
            "Before anything leaves, the Node audits the trained model for leakage: it attacks "
            "the model with its own records (membership inference by loss threshold, LiRA and "
            f"RMIA, using {_count(audit['reference_models'], 'reference model')} "
            "it trains with the Job's recipe)"
            + (
                " and runs a one-run canary audit of the recipe with "
                + _count(audit["canaries"], "canary", "canaries")
                if audit["canary_audit"]
                else ""
            )
            + f". The release is blocked if, for the strongest attack, {bound} exceeds any of:",
            "",
            f"- an attack AUC of {_num(audit['max_auc'])};",
            f"- a true-positive rate of {_pct(audit['max_tpr_at_fpr_0_1_percent'])} at a 0.1% "
            "false-positive rate;",
            f"- a true-positive rate of {_pct(audit['max_tpr_at_fpr_1_percent'])} at a 1% "
            "false-positive rate.",
            "",
        ]
        if audit["canary_audit"]:
            lines += [
                "An empirical epsilon from the canary audit above the accounted one blocks the "
                "release too.",
                "",
            ]
        lines.append(
            "A blocked release stays at the Hospital and an incident is opened. A Job that "
            f"would leave fewer than {_count(audit['min_non_members'], 'held-out record')} "
            "for the audit is refused before it trains, since the audit could not measure "
            "anything."
        )
    else:
        lines.append(
            "This agreement does not require a leakage audit before release; Releases rest on "
            "the differential-privacy guarantee alone."
        )
    synth = f["synthesis"]
    if synth is not None:
        limits = synth["disclosure"]
        measure = (
            "the point estimate"
            if limits["gate_on"] == "estimate"
            else f"the upper end of the {_pct(limits['confidence'])} confidence interval"
        )
        gens = _and([_GENERATOR_MEANING.get(g, g) for g in synth["generators"]])
        lines += [
            "",
            f"Synthetic data: Jobs may use these generators: {gens}.",
            (
                "A table from the non-private generator may leave; its receipt states that it "
                "carries no differential-privacy guarantee."
                if synth["allow_non_private"]
                else "A table from a generator without differential privacy never leaves the Node."
            ),
            "",
            "A synthetic table leaves only after a disclosure check passes it, using "
            f"{measure} of each risk, with {synth['n_attacks']} attacks per risk:",
            "",
            f"- singling-out risk at most {_num(limits['max_singling_out_risk'])};",
            f"- linkability risk at most {_num(limits['max_linkability_risk'])};",
            f"- attribute-inference risk at most {_num(limits['max_inference_risk'])};",
            f"- membership-inference AUC at most {_num(limits['max_mia_auc'])}.",
            "",
            "A Job that would hold back fewer than "
            f"{_count(synth['min_control_rows'], 'control record')} for "
            "this check is refused before any data is read.",
        ]
    if gateway:
        lines += ["", calls]
    return lines


def _retention(f: dict[str, Any]) -> list[str]:
    r, gateway = f["retention"], _gateway(f)
    if f["processing"]["jobs_permitted"]:
        lines = [
            "The Node deletes everything a Job leaves on it: its working copy of the data and "
            "intermediate files, the Node's copy of the Release and its receipt, and the leakage "
            f"or disclosure reports, {_after(r['job_artifact_days'])} the Job ends.",
            "",
            "What a blocked Job holds back (outputs the Node refused to release) is kept for "
            f"investigation and deleted {_after(r['blocked_bundle_days'])} the block.",
        ]
    else:
        lines = [
            "No Job runs under this agreement (section 3), so the Node holds no working data, "
            "Release or report of one to delete."
        ]
    if gateway:
        lines += [
            "",
            "What Calls leave behind, the mapping from surrogates to real identifiers and, "
            "where this agreement allows it, their content, is kept and deleted as "
            f"{_ref(f, 'gateway')} states.",
        ]
    if gateway and f["processing"]["jobs_permitted"]:
        vendor_side = "Releases held by the Vendor or for what Calls send it"
    elif gateway:
        vendor_side = "what Calls send the Vendor"
    else:
        vendor_side = "Releases held by the Vendor"
    lines += [
        "",
        "For every deletion the Node issues a deletion certificate, signed with its key, that "
        "lists each file it removed with its SHA-256 digest; it names only files the Node has "
        "verified are gone. Deletion removes the files; copies on the Hospital's backup media "
        "follow the Hospital's backup cycle.",
        "",
        f"This agreement sets no retention period for {vendor_side}; for as long as the "
        "Vendor holds them, sections 2, 6 and 7 apply to them.",
    ]
    return lines


def _subprocessors(f: dict[str, Any]) -> list[str]:
    subs, gateway = f["subprocessors"], _gateway(f)
    if not subs:
        lines = [
            "The Vendor may use no subprocessor: no third party may receive Releases or any "
            "other Covered Material on its behalf."
        ]
        if gateway:
            lines[0] += (
                f" Every endpoint the Gateway calls ({_ref(f, 'gateway')}) is run by the Vendor "
                "itself."
            )
        return lines
    lines = ["| Name | Purpose | Location |", "| --- | --- | --- |"]
    for s in subs:
        lines.append(f"| {_cell(s['name'])} | {_cell(s['purpose'])} | {_cell(s['location'])} |")
    calls = (
        f", and the Gateway sends Calls only to the endpoints of {_ref(f, 'gateway')}, each run "
        "by the Vendor or by a subprocessor listed here"
        if gateway
        else ""
    )
    lines += [
        "",
        "No other subprocessor may receive Releases or any other Covered Material; the Node "
        f"sends Releases only to the Vendor or to a subprocessor listed here{calls}. Adding or "
        "replacing one needs a new version of the DUA. The Vendor binds each subprocessor to "
        "obligations no weaker than this annex, for the listed purpose only, and remains liable "
        "for it.",
    ]
    return lines


def _security(f: dict[str, Any]) -> list[str]:
    accepted, gateway = f["processing"]["isolation"], _gateway(f)
    kinds = _and([f"`{k}`" for k in accepted])
    caveat = (
        " The exception is `none`, for development only, which every receipt of such a Job states."
        if "none" in accepted
        else ""
    )
    if f["processing"]["jobs_permitted"]:
        jobs = [
            f"- Jobs run in the isolated environments of section 3 ({kinds}) with no network "
            f"access, and see only the dataset they were approved for.{caveat}",
            "- The Node accepts only Job specifications signed with the Vendor's key (section 1), "
            "and signs a receipt for every Release naming the code, the data fingerprint, this "
            "agreement's version and content hash, the privacy budget spent and the isolation "
            "used; anyone can verify it offline with the Node's public key.",
        ]
        privacy = [
            "- Differential privacy is applied and accounted at the Hospital (section 4); the "
            "Vendor's code neither sets nor reports its own privacy spend.",
        ]
    else:
        jobs = ["- No Job runs under this agreement (section 3)."]
        privacy = []
    calls = []
    if gateway:
        calls = [
            f"- The Gateway sends Calls only to the endpoints of {_ref(f, 'gateway')}, at the "
            "address listed for each, with credentials it holds itself: it passes on none of "
            "the calling application's headers and follows no redirect.",
            "- Only applications registered with the Gateway for this agreement may make "
            "Calls, each with a token of its own.",
        ]
    return [
        "What the Node itself enforces:",
        "",
        *jobs,
        *calls,
        "- Every decision, run, release, deletion"
        + (", Call" if gateway else "")
        + " and incident is appended to a hash-chained audit log with signed checkpoints, so "
        "an entry changed or removed afterwards is detected."
        + (" If the Gateway cannot write to it, it stops taking Calls." if gateway else ""),
        *privacy,
        "",
        "What the Vendor shall do for every Release and any other Covered Material it holds:",
        "",
        "- encrypt it in transit (TLS 1.2 or later) and at rest, with keys managed separately "
        "from the data;",
        "- give access only to named people whose role needs it, with multi-factor "
        "authentication, and withdraw it when the role ends;",
        "- apply least privilege, including to support and administrative access, and control "
        "privileged accounts separately;",
        "- log every access and keep the logs available for the audits of section 9;",
        "- keep it apart from other customers' data;",
        "- patch known vulnerabilities in the systems that hold it on a documented schedule;",
        "- protect model weights as it protects the data: a model can disclose facts about the "
        "records it was trained on.",
    ]


def _breach(f: dict[str, Any]) -> list[str]:
    b, policy = f["breach_notification"], f["institutional_policy"]
    hospital, gateway = f["parties"]["hospital"], _gateway(f)
    lines = [
        "The Vendor notifies the Hospital of a confirmed security incident affecting Covered "
        f"Material within {_count(b['notify_within_hours'], 'hour')} of confirming it, "
        "without waiting for its investigation to finish.",
    ]
    if b["suspected_within_hours"] is not None:
        lines.append(
            "A suspected incident is notified within "
            f"{_count(b['suspected_within_hours'], 'hour')} of the suspicion arising, "
            "before it is confirmed."
        )
    else:
        lines.append("This agreement sets no separate deadline for suspected incidents.")
    lines += [
        "",
        "A notice states, as far as known at the time:",
        "",
        "- the nature of the incident and when it happened and was discovered;",
        "- the categories of data and Releases affected;"
        if not gateway
        else "- the categories of data, Releases and Calls affected;",
        "- its scope: the Jobs, "
        + ("Calls, " if gateway else "")
        + "datasets and number of people or records concerned;",
        "- what has been done to contain it and what remains to be done;",
        "- a contact who can answer the Hospital's questions.",
        "",
        "A notice is not held back because a fact is missing; the Vendor sends updates as facts "
        "become known until the incident is closed.",
        "",
        f"The Vendor's incident contact: {_t(b['contact'])}.",
    ]
    if hospital["contact"]:
        lines.append(f"Notices go to the Hospital at: {_t(hospital['contact'])}.")
    lines += [
        "",
        "The Node opens incidents itself (for example when it blocks a release"
        + (
            f", or when the Vendor's services miss a service level of {_ref(f, 'sla')}"
            if gateway and f["sla"] is not None
            else ""
        )
        + ") and tracks these deadlines for every incident under this agreement.",
    ]
    if policy is not None:
        lines.append(
            "The Hospital's institutional policy accepts no notification deadline longer than "
            f"{_count(policy['max_breach_notification_hours'], 'hour')}."
        )
    return lines


def _audit(f: dict[str, Any]) -> list[str]:
    r = f["audit_rights"]
    scope = _t(r["report_scope"]) if r["report_scope"] else None
    period = {"annual": "Every year", "biennial": "Every two years"}.get(r["independent_report"])
    if period is None:
        lines = ["This agreement requires no periodic independent audit report from the Vendor."]
    else:
        what = (
            f"of this scope: {scope}"
            if scope
            else "covering the systems that hold Releases and other Covered Material"
        )
        lines = [
            f"{period} the Vendor gives the Hospital a report by an independent auditor {what}. "
            "A report by the Vendor about itself does not count."
        ]
    lines.append("")
    if r["audit_after_incident"]:
        lines.append(
            "After an incident affecting Covered Material, the Hospital may audit the Vendor's "
            "handling of it, itself or through an independent auditor, and the Vendor remedies "
            "what the audit finds by the deadline the parties agree in writing."
        )
    else:
        lines.append("This agreement grants no targeted audit after an incident.")
    lines.append("")
    if r["log_export_on_request"]:
        lines.append(
            "On request the Hospital gives the Vendor a signed export of the Node's audit log "
            "and evidence packs for this agreement, verifiable with the Node's public key; the "
            "Vendor gives the Hospital its access logs for Releases (section 7)."
        )
    else:
        lines.append(
            "This agreement grants no export of the Node's audit log to the Vendor; the Vendor "
            "still gives the Hospital its access logs for Releases on request (section 7)."
        )
    return lines


def _sla(f: dict[str, Any]) -> list[str]:
    s, gateway = f["sla"], _gateway(f)
    if s is None:
        if gateway:
            return [
                "No service levels are agreed. The Gateway records the outcome and timing of "
                f"every Call ({_ref(f, 'gateway')}) but holds the Vendor to no limit."
            ]
        return ["No service levels are agreed."]
    if not gateway:
        lines = [
            "The Vendor commits to these service levels for its side of the service (support "
            "for the models it receives). The Node runs the Jobs itself and does not enforce "
            "them.",
            "",
            f"- Availability: {_num(s['uptime_percent'])}% uptime.",
        ]
    else:
        lines = [
            "The Vendor commits to these service levels for its side of the service: its hosted "
            f"AI services that the Calls of {_ref(f, 'gateway')} reach"
            + (
                ", and support for the models it receives"
                if f["processing"]["jobs_permitted"]
                else ""
            )
            + ". For Calls the Gateway measures them itself, for each endpoint over the last "
            f"{_count(s['window_minutes'], 'minute')}, and judges them once at least "
            f"{_count(s['min_calls'], 'Call')} were forwarded to the endpoint in that time. A "
            "limit missed opens an incident at the Node (section 8), one for each endpoint while "
            "the breach lasts. Support is not measured.",
            "",
            f"- Availability: {_num(s['uptime_percent'])}% uptime. For Calls, the share of the "
            "minutes with forwarded Calls in which not every Call failed on the Vendor's side.",
            "- Error rate: "
            + (
                f"at most {_num(s['max_error_percent'])}% of forwarded Calls may fail on the "
                "Vendor's side (a server error, no complete answer within the time limit of "
                f"{_ref(f, 'gateway')}, or no connection)."
                if s["max_error_percent"] is not None
                else "no limit is agreed."
            ),
            "- Latency, from the Gateway sending a Call to the last byte of the Vendor's answer: "
            + _latency(s["latency_p50_ms"], s["latency_p99_ms"]),
        ]
    lines += [
        f"- Support response: within {_count(s['support_response_hours'], 'hour')} of a request.",
        f"- Escalation contact: {_t(s['escalation_contact'])}.",
    ]
    if s["fallback"]:
        lines.append(f"- Fallback when the service fails: {_t(s['fallback'])}.")
    else:
        lines.append("- No fallback procedure is agreed.")
    return lines


def _latency(p50: float | None, p99: float | None) -> str:
    limits = []
    if p50 is not None:
        limits.append(f"half of the Calls within {_num(p50)} ms (p50)")
    if p99 is not None:
        limits.append(f"99 in 100 within {_num(p99)} ms (p99)")
    return (_and(limits) if limits else "no limit is agreed") + "."


def _gateway_calls(f: dict[str, Any]) -> list[str]:
    g = f["gateway"]
    vendor = _t(f["parties"]["vendor"]["name"])
    subs = {_t(s["name"]): s for s in f["subprocessors"]}
    lines = [
        "The Hospital's applications may call the Vendor's hosted AI services only through the "
        "Gateway, and only as this section states. The Gateway checks every Call before "
        "anything leaves and refuses it, with nothing sent, if it does not meet these terms, "
        "comes outside the term of section 1, or comes under an agreement the Node records as "
        "revoked.",
        "",
        "**Endpoints.** The Gateway contacts these endpoints and no other address:",
        "",
    ]
    for e in g["endpoints"]:
        if e["operator"] == "vendor":
            operator = f"run by the Vendor ({vendor})"
        else:
            operator = f"run by {_t(e['operator'])}"
            sub = subs.get(_t(e["operator"]))
            if sub is not None:
                operator += f", a subprocessor of section 6, in {_t(sub['location'])}"
        if e["api"] == "chat_completions":
            api = f"a chat-completions API at {_code(e['url'])}"
            models = (
                "; a Call may name only the model"
                + ("s " if len(e["models"]) > 1 else " ")
                + _and([_code(m) for m in e["models"]])
                if e["models"]
                else "; a Call may name any model the endpoint offers"
            )
        else:
            api = f"a JSON API under {_code(e['url'])}"
            models = ""
        lines.append(f"- `{e['name']}`: {api}, {operator}{models}.")
    lines += [
        "",
        "**Purposes.** Every Call names one of these purposes and goes only to an endpoint the "
        "purpose lists. It carries only what the purpose allows; the Gateway removes "
        "everything else before the Call leaves:",
        "",
    ]
    for p in g["purposes"]:
        head = f"- `{p['name']}`" + (f" ({_t(p['description'])})" if p["description"] else "")
        to = _and([f"`{e}`" for e in p["endpoints"]])
        carries = []
        if p["free_text"]:
            carries.append("de-identified free text")
        if p["fields"]:
            fields = "; ".join(
                f"`{x['path']}` ({x['category'].replace('_', ' ')})" for x in p["fields"]
            )
            carries.append(
                f"only these fields of a JSON payload, each with the category of data it holds: "
                f"{fields}"
            )
        what = _and(carries) if carries else "nothing, so every Call for it is refused"
        lines.append(f"{head}: to {to}; it may carry {what}.")
    lines += [
        "",
        "From a chat Call only the messages' roles and text and its generation settings go; a "
        "Call with images, audio or files is refused. A field path keeps everything under it; "
        "every text value kept is de-identified too.",
        "",
    ]
    hours = g["surrogate_retention_hours"]
    kept = (
        f"for at most {_count(hours, 'hour')} after that patient's last Call (for a Call that "
        "names no patient, only for that Call)"
        if hours > 0
        else "only for the Call itself"
    )
    lines += [
        "**De-identification.** Before a Call leaves, the Gateway replaces every identifier it "
        "finds in what the Call keeps (names, dates, numbers, addresses and the like) by a "
        "surrogate, moving each patient's dates by a shift of their own, and puts the real "
        "identifiers back into the Vendor's answer, streamed or not, before the application "
        "reads it. The mapping from surrogates to real identifiers never leaves the Gateway: "
        f"it is held in memory only, never written to disk, {kept}; a restart of the Gateway "
        "forgets it.",
        "",
        f"**Limits.** A Call's request may be at most {_count(g['max_request_bytes'], 'byte')}. "
        f"The Gateway waits at most {_count(g['timeout_seconds'], 'second')} for the Vendor's "
        "complete answer; a Call that takes longer is ended and counts as a failure on the "
        "Vendor's side.",
        "",
        "**No retries.** The Gateway never retries a Call the Vendor failed and follows no "
        "redirect: the application sees the failure. After repeated failures on an endpoint "
        "the Gateway rests it for a while, refusing Calls to it, before trying it again.",
        "",
        "**Records.** Every Call, forwarded or refused, leaves one entry in the Node's audit "
        "log (section 7) with its facts: the calling application, this agreement and its "
        "version, the purpose and endpoint, the categories of data it carried, how many "
        "identifiers of each kind were replaced and how many put back, how many fields were "
        "removed, its sizes, the Vendor's status code and response time, and its outcome. The "
        "entry never holds what was sent or received.",
        "",
    ]
    logging = g["content_logging"]
    if logging["enabled"]:
        lines.append(
            "**Content.** The Gateway keeps what each Call sent and received, as the Vendor saw "
            "it (surrogates in place of identifiers), encrypted with a key of the Node, and "
            f"deletes it {_count(logging['retention_days'], 'day')} after the Call, with a "
            "deletion certificate (section 5)."
        )
    else:
        lines.append(
            "**Content.** Content logging is off: neither the Gateway nor the Node keeps what a "
            "Call sent or received."
        )
    return lines


def _precedence(f: dict[str, Any]) -> list[str]:
    a = f["agreement"]
    return [
        "Where any of the Vendor's terms (a master agreement, terms of service, privacy "
        "policy, order form or any other document) conflict with this annex or the DUA, this "
        "annex and the DUA prevail. Between the two, the DUA prevails as registered at the Node "
        f"(`{a['id']}`, version {a['version']}, content hash `{a['content_hash']}`), because it "
        "is what the Node enforces. A change takes effect only as a new version of the DUA "
        "registered at the Node, with a new annex rendered from it.",
    ]


# -- formatting --------------------------------------------------------------


def _t(value: object) -> str:
    """Party-supplied text on one line (collapsed whitespace)."""
    return " ".join(str(value).split())


def _cell(value: object) -> str:
    """Party-supplied text for a table cell (a ``|`` would end the cell)."""
    return _t(value).replace("|", "\\|")


def _gateway(f: dict[str, Any]) -> dict[str, Any] | None:
    """The gateway terms, or None (facts from before they existed have no key)."""
    g: dict[str, Any] | None = f.get("gateway")
    return g


def _ref(f: dict[str, Any], key: str) -> str:
    """ "section N" for the section with this key."""
    return "section " + str(next(s["number"] for s in f["sections"] if s["key"] == key))


def _code(value: object) -> str:
    """Party-supplied text as inline code (a backtick in it takes a longer fence)."""
    text = _t(value)
    return f"`` {text} ``" if "`" in text else f"`{text}`"


def _contact(contact: str | None) -> str:
    return f" (contact: {_t(contact)})" if contact else ""


def _datasets(items: list[str]) -> str:
    noun = "the dataset" if len(items) == 1 else "the datasets"
    return f"{noun} " + _and([f"`{i}`" for i in items])


def _and(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _num(x: float | int) -> str:
    """2.0 → "2", 0.5 → "0.5", 1e-05 → "0.00001"."""
    if isinstance(x, int) or float(x).is_integer():
        return f"{int(x):,}".replace(",", " ") if abs(x) >= 10_000 else str(int(x))
    return format(Decimal(repr(float(x))).normalize(), "f")


def _pct(x: float) -> str:
    return f"{_num(round(x * 100, 6))}%"


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{_num(n)} {one if n == 1 else (many or one + 's')}"


def _after(days: int) -> str:
    if days == 0:
        return "at the first deletion run after"
    return f"{_count(days, 'day')} after"


def _date(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
