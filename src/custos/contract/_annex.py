"""The contract annex: the DUA the node enforces, written out for the people who sign it.

The annex is generated, never drafted by hand, so the paper and the node
cannot say different things: a change to the agreement is a new DUA version
with a new content hash, and the annex names the version and hash it was
rendered from. Each numbered section ends with the dotted clause paths it
restates (``privacy.max_epsilon_per_job``), the same paths the node cites
in its decisions, so a reader can trace every sentence to the rule behind it.

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

# (number, key, title, clause paths the section restates)
_SECTIONS: tuple[tuple[int, str, str, tuple[str, ...]], ...] = (
    (
        1,
        "parties",
        "Parties and definitions",
        ("parties.hospital", "parties.vendor", "validity.not_before", "validity.not_after"),
    ),
    (
        2,
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
        3,
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
        4,
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
        5,
        "retention",
        "Retention and deletion",
        ("retention.job_artifact_days", "retention.blocked_bundle_days"),
    ),
    (6, "subprocessors", "Subprocessors", ("subprocessors",)),
    (
        7,
        "security",
        "Security measures",
        ("isolation.accepted", "parties.vendor.public_key", "privacy.max_epsilon_per_job"),
    ),
    (
        8,
        "breach_notification",
        "Breach notification",
        (
            "breach_notification.notify_within_hours",
            "breach_notification.suspected_within_hours",
            "breach_notification.contact",
        ),
    ),
    (
        9,
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
        10,
        "sla",
        "Service levels",
        (
            "sla.uptime_percent",
            "sla.support_response_hours",
            "sla.escalation_contact",
            "sla.fallback",
        ),
    ),
    (11, "precedence", "Order of precedence", ("id",)),
)

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
        },
        "privacy": dua.privacy.model_dump(mode="json"),
        "leakage_audit": dua.leakage_audit.model_dump(mode="json"),
        "synthesis": dua.synthesis.model_dump(mode="json") if synthetic else None,
        "retention": dua.retention.model_dump(mode="json"),
        "subprocessors": [s.model_dump(mode="json") for s in dua.subprocessors],
        "breach_notification": dua.breach_notification.model_dump(mode="json"),
        "audit_rights": dua.audit_rights.model_dump(mode="json"),
        "sla": None if dua.sla is None else dua.sla.model_dump(mode="json"),
        "institutional_policy": None if policy is None else _policy_facts(policy),
        "sections": [
            {
                "number": n,
                "key": key,
                "title": title,
                "enforced_by": [
                    *paths,
                    *(_SYNTHESIS_PATHS if key == "privacy" and synthetic else ()),
                ],
            }
            for n, key, title, paths in _SECTIONS
        ],
    }
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
        "custos node enforces. The node checks every Job against the clauses each section "
        "names; a change to any of them is a new version of the DUA with a new content hash, "
        "so this text and the node's behaviour cannot drift apart unnoticed.",
    ]
    if a["status"] != "active":
        lines += [
            "",
            f"Note: the node records this agreement as {_t(a['status'])}; it runs no Job under it.",
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
    datasets = _datasets(f["processing"]["datasets"])
    return [
        f"- **Hospital**: {_t(hospital['name'])}{_contact(hospital['contact'])}. It holds the "
        "records and operates the Node.",
        f"- **Vendor**: {_t(vendor['name'])}, vendor id `{vendor['id']}`"
        f"{_contact(vendor['contact'])}. Its signing key is `{vendor['public_key']}`, "
        f"fingerprint `{vendor['key_fingerprint']}`; the Node accepts only Jobs signed with "
        "this key.",
        f"- **Term**: from {_date(a['valid_from'])} to {_date(a['valid_until'])}, both days "
        "included. Outside these dates the Node refuses every Job under this agreement.",
        "",
        "In this annex:",
        "",
        "- **Node** means the custos edge node the Hospital runs beside its records.",
        f"- **Customer Data** means the records of {datasets} held by the "
        "Hospital, and any copy, extract or subset of them, wherever it is.",
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


def _use_terms(f: dict[str, Any]) -> list[str]:
    terms, policy = f["use_terms"], f["institutional_policy"]
    lines = []
    for term in _USE_PROHIBITIONS:
        lines.append("- " + (_USE_PERMISSIONS if terms[term] else _USE_PROHIBITIONS)[term])
    lines += [
        "- The Vendor shall not attempt to identify any patient or other person, to single out "
        "a record, or to learn whether a person's record was used, from any Covered Material, "
        "and shall not help anyone else do so. No version of this agreement can permit this.",
        "- Where this annex, the DUA or any other document leaves unclear whether a use is "
        "allowed, it is not allowed.",
        "",
        "The Node cannot watch what the Vendor does with a Release; these terms bind the Vendor "
        "by contract. What the Node does guarantee is that nothing but the Releases of "
        "section 3 ever reaches the Vendor.",
    ]
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
    p, policy = f["processing"], f["institutional_policy"]
    lines = [
        f"The only purpose of processing, in the agreement's words: “{_t(p['purpose'])}”. "
        "Every Job must state this purpose word for word.",
        "",
        f"Jobs may read only {_datasets(p['datasets'])} as registered at the Node.",
        "",
        "Processing follows the compute-to-data model: the Vendor sends its model and training "
        "recipe to the Node, which runs them beside the data. Customer Data is never sent to "
        "the Vendor, whole, in part or record by record; no output that carries records exists.",
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
    return lines


def _retention(f: dict[str, Any]) -> list[str]:
    r = f["retention"]
    return [
        "The Node deletes everything a Job leaves on it: its working copy of the data and "
        "intermediate files, the Node's copy of the Release and its receipt, and the leakage "
        f"or disclosure reports, {_after(r['job_artifact_days'])} the Job ends.",
        "",
        "What a blocked Job holds back (outputs the Node refused to release) is kept for "
        f"investigation and deleted {_after(r['blocked_bundle_days'])} the block.",
        "",
        "For every deletion the Node issues a deletion certificate, signed with its key, that "
        "lists each file it removed with its SHA-256 digest; it names only files the Node has "
        "verified are gone. Deletion removes the files; copies on the Hospital's backup media "
        "follow the Hospital's backup cycle.",
        "",
        "This agreement sets no retention period for Releases held by the Vendor; for as long "
        "as the Vendor holds them, sections 2, 6 and 7 apply to them.",
    ]


def _subprocessors(f: dict[str, Any]) -> list[str]:
    subs = f["subprocessors"]
    if not subs:
        return [
            "The Vendor may use no subprocessor: no third party may receive Releases or any "
            "other Covered Material on its behalf."
        ]
    lines = ["| Name | Purpose | Location |", "| --- | --- | --- |"]
    for s in subs:
        lines.append(f"| {_cell(s['name'])} | {_cell(s['purpose'])} | {_cell(s['location'])} |")
    lines += [
        "",
        "No other subprocessor may receive Releases or any other Covered Material; the Node "
        "sends Releases only to the Vendor or to a subprocessor listed here. Adding or replacing "
        "one needs a new version of the DUA. The Vendor binds each subprocessor to obligations "
        "no weaker than this annex, for the listed purpose only, and remains liable for it.",
    ]
    return lines


def _security(f: dict[str, Any]) -> list[str]:
    accepted = f["processing"]["isolation"]
    kinds = _and([f"`{k}`" for k in accepted])
    caveat = (
        " The exception is `none`, for development only, which every receipt of such a Job states."
        if "none" in accepted
        else ""
    )
    return [
        "What the Node itself enforces:",
        "",
        f"- Jobs run in the isolated environments of section 3 ({kinds}) with no network "
        f"access, and see only the dataset they were approved for.{caveat}",
        "- The Node accepts only Job specifications signed with the Vendor's key (section 1), "
        "and signs a receipt for every Release naming the code, the data fingerprint, this "
        "agreement's version and content hash, the privacy budget spent and the isolation "
        "used; anyone can verify it offline with the Node's public key.",
        "- Every decision, run, release, deletion and incident is appended to a hash-chained "
        "audit log with signed checkpoints, so an entry changed or removed afterwards is "
        "detected.",
        "- Differential privacy is applied and accounted at the Hospital (section 4); the "
        "Vendor's code neither sets nor reports its own privacy spend.",
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
    hospital = f["parties"]["hospital"]
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
        "- the categories of data and Releases affected;",
        "- its scope: the Jobs, datasets and number of people or records concerned;",
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
        "The Node opens incidents itself (for example when it blocks a release) and tracks "
        "these deadlines for every incident under this agreement.",
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
    s = f["sla"]
    if s is None:
        return ["No service levels are agreed."]
    lines = [
        "The Vendor commits to these service levels for its side of the service (support for "
        "the models it receives). The Node runs the Jobs itself and does not enforce them.",
        "",
        f"- Availability: {_num(s['uptime_percent'])}% uptime.",
        f"- Support response: within {_count(s['support_response_hours'], 'hour')} of a request.",
        f"- Escalation contact: {_t(s['escalation_contact'])}.",
    ]
    if s["fallback"]:
        lines.append(f"- Fallback when the service fails: {_t(s['fallback'])}.")
    else:
        lines.append("- No fallback procedure is agreed.")
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
