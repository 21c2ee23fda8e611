"""The hospital's edge node: home, key, registry, job intake and approval."""

from custos.node._jobs import (
    JobRecord,
    approve_job,
    epsilon_committed,
    get_job,
    list_jobs,
    reject_job,
    submit_job,
    transition,
)
from custos.node._node import Node, available_isolation, init_node, node_id_for, open_node
from custos.node._registry import (
    DatasetRecord,
    DUAEntry,
    add_dua,
    get_dataset,
    get_dua,
    list_datasets,
    list_duas,
    load_card,
    register_dataset,
    revoke_dua,
)
from custos.node._run import (
    RunReport,
    budget_status,
    fetch_bundle,
    leakage_report,
    recover,
    run_job,
    work,
)
from custos.node._synthesis import synthesis_report

__all__ = [
    "DUAEntry",
    "DatasetRecord",
    "JobRecord",
    "Node",
    "RunReport",
    "add_dua",
    "approve_job",
    "available_isolation",
    "budget_status",
    "epsilon_committed",
    "fetch_bundle",
    "get_dataset",
    "get_dua",
    "get_job",
    "init_node",
    "leakage_report",
    "list_datasets",
    "list_duas",
    "list_jobs",
    "load_card",
    "node_id_for",
    "open_node",
    "recover",
    "register_dataset",
    "reject_job",
    "revoke_dua",
    "run_job",
    "submit_job",
    "synthesis_report",
    "transition",
    "work",
]
