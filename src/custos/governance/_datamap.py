"""The node's data map: every registered dataset, what its fields are, why and by whom it is used.

For each dataset: its fields grouped by data category and by legal category
(from the data card), the purposes it may serve (the card's allowed purposes
and the purpose of every DUA that lists it, with the DUA's vendor and
subprocessors), and the jobs that touched it (from the jobs table and the
budget ledger, which also holds jobs such as a federation's site share).
Names, codes and counts only: no cell value is ever read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from custos.core._schema import budget_entries, jobs

if TYPE_CHECKING:
    from custos.node._node import Node


def data_map(node: Node) -> list[dict[str, Any]]:
    """The data map of every registered dataset, in name order."""
    from custos.node._registry import list_datasets, list_duas

    datasets = list_datasets(node)
    duas = list_duas(node)
    with node.store.read() as conn:
        job_rows = conn.execute(
            select(
                jobs.c.id,
                jobs.c.dataset,
                jobs.c.vendor_id,
                jobs.c.dua_id,
                jobs.c.state,
                jobs.c.epsilon,
                jobs.c.submitted_at,
            ).order_by(jobs.c.submitted_at, jobs.c.id)
        ).all()
        ledger_rows = conn.execute(
            select(
                budget_entries.c.dataset,
                budget_entries.c.job_id,
                budget_entries.c.status,
            ).order_by(budget_entries.c.id)
        ).all()
    out: list[dict[str, Any]] = []
    for ds in sorted(datasets, key=lambda d: d.name):
        card = ds.card
        by_category: dict[str, list[str]] = {}
        by_legal: dict[str, list[str]] = {}
        fields: list[dict[str, Any]] = []
        for col, cc in card.columns.items():
            by_category.setdefault(cc.category.value, []).append(col)
            for legal in cc.legal:
                by_legal.setdefault(legal.value, []).append(col)
            fields.append(
                {
                    "name": col,
                    "category": cc.category.value,
                    "legal": [x.value for x in cc.legal],
                    "sensitivity": cc.sensitivity.value,
                    "used_in_jobs": col not in card.excluded_columns,
                }
            )
        agreements = [
            {
                "dua": e.dua.id,
                "version": e.version,
                "status": e.status,
                "purpose": e.dua.purpose,
                "vendor": e.dua.parties.vendor.id,
                "subprocessors": [s.model_dump(mode="json") for s in e.dua.subprocessors],
            }
            for e in duas
            if ds.name in e.dua.datasets
        ]
        touched: dict[str, dict[str, Any]] = {}
        for r in job_rows:
            if r.dataset == ds.name:
                touched[r.id] = {
                    "job": r.id,
                    "vendor": r.vendor_id,
                    "dua": r.dua_id,
                    "state": r.state,
                    "requested_epsilon": r.epsilon,
                    "ledger": [],
                }
        for lr in ledger_rows:
            if lr.dataset != ds.name:
                continue
            entry = touched.setdefault(
                lr.job_id,
                {
                    "job": lr.job_id,
                    "vendor": None,
                    "dua": None,
                    "state": None,
                    "requested_epsilon": None,
                    "ledger": [],
                },
            )
            entry["ledger"].append(lr.status)
        for entry in touched.values():
            # A committed row (or the reservation of a running job) means it read the data.
            entry["read_data"] = "committed" in entry["ledger"] or "reserved" in entry["ledger"]
        out.append(
            {
                "dataset": ds.name,
                "status": ds.status,
                "rows": ds.rows,
                "fingerprint": ds.fingerprint,
                "card_hash": ds.card_hash,
                "lawful_basis": card.provenance.lawful_basis,
                "fields": fields,
                "fields_by_category": by_category,
                "fields_by_legal_category": by_legal,
                "excluded_fields": list(card.excluded_columns),
                "allowed_purposes": list(card.allowed_purposes),
                "agreements": agreements,
                "jobs": list(touched.values()),
            }
        )
    return out
