"""The federation on Flower: each site's ClientApp is the custos harness.

Rounds, as the coordinator's ServerApp runs them (Flower's ``DefaultWorkflow``
with ``SecAggPlusWorkflow`` for every fit round, so the coordinator only ever
sees sums of masked updates):

1. *setup*: each approved site returns the DP centre and scale of its
   features (mechanisms its own plan already accounts for); SecAgg+ gives
   the coordinator only their row-weighted average, the global scaler.
2. *train* rounds ``1..R``: each site runs its share of DP-SGD steps from the
   global model with its own noise, clipping and sampling (its plan, not the
   vendor's) and returns its parameters; SecAgg+ returns their weighted mean.
3. *finish* (an evaluate round, in the clear): each site audits the final
   global model on its own rows (the leakage audit of #5) and returns its
   signed receipt, or declines.

Only sites whose share the custodian approved are ever sent a message: the
coordinator's strategy samples the node ids of the approved sites and no
others (Flower would otherwise sample every connected node), and each site
checks its own approval again before touching its data.

SecAgg+ in Flower 1.41 works with the legacy ``Strategy`` API only
(``flwr.server.strategy.FedAvg`` under a ``LegacyContext``), and its client
side is ``secaggplus_mod`` around a ``NumPyClient``; that is why this module
uses them.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from custos.core._errors import CustosError

log = logging.getLogger("custos.fed")

STAGE_SETUP = "setup"
STAGE_TRAIN = "train"
STAGE_FINISH = "finish"
# Sent by a coordinator that stops before the finish round: each site settles
# its share (as ``custos fed leave`` would) instead of holding its budget.
STAGE_STOP = "stop"
ENV_SITES = "CUSTOS_FED_SITES"
ENV_FED_HASH = "CUSTOS_FED_HASH"
# How long the coordinator waits for the sites' replies in one stage of a
# round (a SecAgg+ stage, or the finish round). A site that does not answer
# in time counts as dropped; without a bound one dead SuperNode would hold
# the whole federation forever.
DEFAULT_STAGE_TIMEOUT_S = 600.0


# ---------------------------------------------------------------------------
# site side


_RUNTIMES: dict[tuple[str, str, str], Any] = {}


def _site_of(context: Any) -> tuple[Path, str]:
    """Which node home and site name this ClientApp serves.

    Deployment: the SuperNode's ``--node-config "custos-home=... site=..."``.
    Simulation: the ``CUSTOS_FED_SITES`` environment variable (JSON: partition
    id -> [home, site]) that :func:`custos.fed._simulate.simulate` sets.
    """
    nc = context.node_config
    if "custos-home" in nc:
        return Path(str(nc["custos-home"])), str(nc["site"])
    # Simulation: the orchestrator sets this before the runtime starts (its
    # workers inherit the environment).
    homes = json.loads(os.environ[ENV_SITES])
    home, site = homes[str(int(nc["partition-id"]))]
    return Path(home), str(site)


def _fed_hash(context: Any) -> str:
    if context.run_config.get("fed-hash"):
        return str(context.run_config["fed-hash"])
    return os.environ[ENV_FED_HASH]


def _runtime(context: Any) -> Any:
    from custos.core._config import load_settings
    from custos.fed._site import open_runtime
    from custos.node._node import open_node

    home, site = _site_of(context)
    fed_hash = _fed_hash(context)
    key = (str(home), fed_hash, site)
    if key not in _RUNTIMES:
        node = open_node(load_settings(home=home))
        _RUNTIMES[key] = open_runtime(node, fed_hash, site)
    return _RUNTIMES[key]


def forget_runtimes() -> None:
    """Close the site nodes this process opened and forget their runtimes.

    A long-lived ClientApp (``custos.fed._clientapp.serve``) calls it around
    every message, so that each one opens the node again and re-checks the
    share, its DUA and its reservation as a fresh process would.
    """
    runtimes = list(_RUNTIMES.values())
    _RUNTIMES.clear()
    for rt in runtimes:
        with contextlib.suppress(Exception):
            rt.node.close()


def _safe(fn: Callable[[], Any]) -> Any:
    """Run a site step; what leaves in an error is a code, never data."""
    try:
        return fn()
    except CustosError as exc:
        raise RuntimeError(f"custos site refused: {exc.code}") from None
    except Exception as exc:  # torch/numpy errors may quote values
        raise RuntimeError(f"custos site failed ({type(exc).__name__})") from None


def make_client_app() -> Any:
    from flwr.client import ClientApp, NumPyClient
    from flwr.client.mod import secaggplus_mod

    class SiteClient(NumPyClient):
        def __init__(self, context: Any) -> None:
            self.context = context

        def fit(self, parameters: list[Any], config: dict[str, Any]) -> Any:
            def step() -> Any:
                rt = _runtime(self.context)
                n = len(rt.split.train)
                if config.get("stage") == STAGE_SETUP:
                    centre, scale = rt.scaler_statistics()
                    # Feature names and the card's bounds are public: the
                    # coordinator checks that the sites agree on them.
                    public = {"features": rt.plan.features, "lower": rt.lower, "upper": rt.upper}
                    return [centre, scale], n, {"site": rt.fed.site, "public": json.dumps(public)}
                scaler = json.loads(str(config["scaler"]))
                out = rt.train_round(
                    int(config["round"]), parameters, scaler["centre"], scaler["scale"]
                )
                return out, n, {"site": rt.fed.site}

            return _safe(step)

        def evaluate(self, parameters: list[Any], config: dict[str, Any]) -> Any:
            def step() -> Any:
                from custos.fed._site import finish, settle_on_stop

                if config.get("stage") == STAGE_STOP:
                    # Never through _runtime: opening a runtime would start a
                    # share that has not started (and reserve its budget).
                    home, site = _site_of(self.context)
                    fed_hash = _fed_hash(self.context)
                    rt = _RUNTIMES.pop((str(home), fed_hash, site), None)
                    if rt is not None:
                        rt.node.close()
                    state = settle_on_stop(home, fed_hash, site, str(config.get("reason", "")))
                    return 0.0, 0, {"site": site, "state": state}
                rt = _runtime(self.context)
                scaler = json.loads(str(config["scaler"]))
                envelope = finish(rt, parameters, scaler["centre"], scaler["scale"])
                return (
                    0.0,
                    len(rt.split.validation),
                    {"site": rt.fed.site, "receipt": json.dumps(envelope)},
                )

            return _safe(step)

    def client_fn(context: Any) -> Any:
        return SiteClient(context).to_client()

    return ClientApp(client_fn=client_fn, mods=[secaggplus_mod])


# ---------------------------------------------------------------------------
# coordinator side


def node_sites(grid: Any, order: list[str]) -> dict[int, str]:
    """node id -> site name.

    Deployment: the name the federation's operator registered for the
    SuperNode's key (``flwr supernode register ... --name SITE``).
    Simulation: nodes register in partition order, and partition ``i`` is
    ``order[i]``.
    """
    infos = list(grid.get_nodes())
    if infos and all(getattr(i, "name", "") for i in infos):
        return {int(i.node_id): str(i.name) for i in infos}
    infos.sort(key=lambda i: (i.registered_at, i.node_id))
    return {int(i.node_id): order[k] for k, i in enumerate(infos) if k < len(order)}


def _coordinator(
    fed_json: dict[str, Any],
    approved: list[str],
    out: Path,
    wait_s: float,
    timeout_s: float,
    resume: bool = False,
) -> Callable[[Any, Any], None]:
    """The coordinator: SecAgg+ FedAvg over the approved sites; writes the result to ``out``."""
    import time

    from flwr.common import EvaluateIns, FitIns, ndarrays_to_parameters, parameters_to_ndarrays
    from flwr.server import LegacyContext, ServerConfig
    from flwr.server.criterion import Criterion
    from flwr.server.strategy import FedAvg
    from flwr.server.workflow import DefaultWorkflow, SecAggPlusWorkflow

    from custos.fed._bundle import initial_net
    from custos.fed._spec import FedJobSpec

    fed = FedJobSpec.model_validate(fed_json)
    order = [s.site for s in fed.sites]

    class SecAggPlus(SecAggPlusWorkflow):
        """Flower's SecAgg+ with one fix for sites lost before they shared keys.

        In Flower 1.41 a site that drops during the setup or share-keys stage
        stays among the round's *sampled* sites; at unmasking the coordinator
        then asks for shares of its secret that nobody ever received, and the
        round halts ("not enough shares"). Such a site contributed no mask and
        no update, so after key sharing only the sites that shared keys are
        the sampled set: the dropout tolerance SecAgg+ promises holds, and
        nothing about the remaining sites' masks changes.
        """

        custos_strategy: Any = None  # the FedStrategy whose round this is

        def share_keys_stage(self, grid: Any, context: Any, state: Any) -> bool:
            super().share_keys_stage(grid, context, state)
            state.sampled_node_ids = set(state.active_node_ids)
            return bool(self._check_threshold(state))

        def collect_masked_vectors_stage(self, grid: Any, context: Any, state: Any) -> bool:
            # A malformed masked update (wrong shapes, not integers, does not
            # decode) would make Flower's summation raise and end the whole
            # federation. Drop it instead: SecAgg+ then treats its sender as
            # a site that dropped out and removes its masks from the sum.
            strategy = self.custos_strategy
            shapes = strategy.expected_shapes
            expected = None if shapes is None else [(1,), *shapes]
            return bool(
                super().collect_masked_vectors_stage(
                    _Screened(grid, expected, strategy.rejected),  # type: ignore[arg-type]
                    context,
                    state,
                )
            )

    class OnlyApproved(Criterion):
        def __init__(self, allowed: set[int]) -> None:
            self.allowed = allowed

        def select(self, client: Any) -> bool:
            return int(client.node_id) in self.allowed

    class FedStrategy(FedAvg):
        """Flower round ``s`` is custos round ``first + s - 1`` (round 0: setup)."""

        def __init__(
            self, allowed: set[int], sites: dict[int, str], ckpt: Checkpoint, **kw: Any
        ) -> None:
            super().__init__(**kw)
            self.allowed = allowed
            self.sites = sites
            self.ckpt = ckpt
            self.first = ckpt.resume_at()
            self.scaler: dict[str, list[float]] | None = ckpt.state.get("scaler")
            self.public: dict[str, Any] | None = ckpt.state.get("public")
            self.rounds: list[dict[str, Any]] = list(ckpt.state.get("rounds", []))
            self.receipts: dict[str, Any] = {}
            self.declined: list[str] = []
            self.rejected: list[dict[str, Any]] = []
            self.expected_shapes: list[tuple[int, ...]] | None = None

        def custos_round(self, server_round: int) -> int:
            return self.first + server_round - 1

        @property
        def flower_rounds(self) -> int:
            # At least one: the finish round (an evaluate) needs a round to follow.
            return max(1, fed.rounds - self.first + 1)

        def _clients(self, client_manager: Any) -> list[Any]:
            return list(
                client_manager.sample(
                    num_clients=len(self.allowed),
                    min_num_clients=1,
                    criterion=OnlyApproved(self.allowed),
                )
            )

        def configure_fit(self, server_round: int, parameters: Any, client_manager: Any) -> Any:
            c = self.custos_round(server_round)
            if c == 0:
                cfg: dict[str, Any] = {"stage": STAGE_SETUP}
            elif self.scaler is None:
                # SecAgg+ halted the setup round (too many sites dropped):
                # without the global scaler no site can train. Stop here.
                raise FederationStopped("the setup round was not aggregated")
            elif c > fed.rounds:
                return []  # resumed after the last round: only the finish is left
            else:
                cfg = {"stage": STAGE_TRAIN, "round": c, "scaler": json.dumps(self.scaler)}
                self.ckpt.started(c)
            # The setup round's replies (the scaler statistics) have the
            # features' shape, which the coordinator learns from them.
            self.expected_shapes = (
                None if c == 0 else [tuple(a.shape) for a in parameters_to_ndarrays(parameters)]
            )
            return [(cl, FitIns(parameters, cfg)) for cl in self._clients(client_manager)]

        def aggregate_fit(self, server_round: int, results: Any, failures: Any) -> Any:
            c = self.custos_round(server_round)
            sites = sorted(str(r.metrics.get("site", "?")) for _, r in results)
            self.rounds.append({"round": c, "sites": sites, "failures": len(failures)})
            if len(results) < fed.min_sites:
                raise FederationStopped(
                    f"round {c}: {len(results)} sites answered, the job needs {fed.min_sites}"
                )
            params, metrics = super().aggregate_fit(server_round, results, failures)
            if c >= 1 and params is not None:
                arrays = parameters_to_ndarrays(params)
                window = c > fed.rounds - fed.averaged_rounds
                self.ckpt.aggregated(c, self.rounds, arrays, average=window)
                if c == fed.rounds and self.ckpt.average is not None:
                    # The released model: the mean of the window's global models.
                    return ndarrays_to_parameters(self.ckpt.average), metrics
            if c == 0:
                if params is None:
                    raise FederationStopped("the setup round returned nothing")
                public = {str(r.metrics["public"]) for _, r in results}
                if len(public) != 1:
                    raise FederationStopped(
                        "the sites disagree on the features or their public bounds"
                    )
                self.public = json.loads(public.pop())
                assert self.public is not None
                net_init = initial_net(fed, len(self.public["features"]))
                centre, scale = parameters_to_ndarrays(params)
                self.scaler = {"centre": centre.tolist(), "scale": scale.tolist()}
                self.ckpt.setup(self.scaler, self.public, self.rounds, net_init)
                return ndarrays_to_parameters(net_init), metrics
            return params, metrics

        def configure_evaluate(
            self, server_round: int, parameters: Any, client_manager: Any
        ) -> Any:
            if server_round != self.flower_rounds:
                return []
            cfg: dict[str, bool | bytes | float | int | str] = {
                "stage": STAGE_FINISH,
                "scaler": json.dumps(self.scaler),
            }
            return [(c, EvaluateIns(parameters, cfg)) for c in self._clients(client_manager)]

        def aggregate_evaluate(self, server_round: int, results: Any, failures: Any) -> Any:
            for _, r in results:
                self.receipts[str(r.metrics["site"])] = json.loads(str(r.metrics["receipt"]))
            self.declined += [str(f)[:200] for f in failures]
            return None, {}

    def coordinate(grid: Any, context: Any) -> None:
        deadline = time.monotonic() + wait_s
        while True:
            sites = node_sites(grid, order)
            if all(s in sites.values() for s in approved) or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        allowed = {nid for nid, s in sites.items() if s in approved}
        sec = fed.secure_aggregation
        ckpt = Checkpoint(out, fed.fed_hash, resume)
        start = ckpt.params
        if ckpt.resume_at() > fed.rounds and ckpt.average is not None:
            start = ckpt.average  # only the finish is left: it gets the released model
        strategy = FedStrategy(
            allowed,
            sites,
            ckpt,
            fraction_fit=1.0,
            fraction_evaluate=1.0,
            min_available_clients=1,
            # The setup round ignores what it is sent; training starts from
            # the catalog's initialisation once the features are known (or,
            # when resuming, from the last aggregated global model).
            initial_parameters=ndarrays_to_parameters(start or [np.zeros(1)]),
        )
        lctx = LegacyContext(
            context=context,
            config=ServerConfig(num_rounds=strategy.flower_rounds),
            strategy=strategy,
        )
        fit_workflow = SecAggPlus(
            # As fractions: Flower then fits the shares to the sites that
            # actually take part (it rounds to an odd count of neighbours).
            num_shares=min(1.0, sec.num_shares / max(len(allowed), 1)),
            reconstruction_threshold=sec.reconstruction_threshold / sec.num_shares,
            max_weight=sec.max_weight,
            clipping_range=sec.clipping_range,
            quantization_range=sec.quantization_range,
        )
        fit_workflow.custos_strategy = strategy
        workflow = DefaultWorkflow(fit_workflow=fit_workflow)
        status = "completed"
        settled: dict[str, str] = {}
        try:
            workflow(_Bounded(grid, timeout_s), lctx)  # type: ignore[arg-type]
        except FederationStopped as exc:
            status = f"stopped: {exc.message}"
            settled = _send_stop(_Bounded(grid, timeout_s), sorted(allowed), exc.message)
        trained = {r["round"] for r in strategy.rounds if r["round"] >= 1}
        lost = sorted(ckpt.lost_rounds())
        if status == "completed" and len(trained) + len(lost) < fed.rounds:
            status = f"stopped: {len(trained)} of {fed.rounds} rounds were aggregated"
        import flwr.compat.common.recorddict_compat as compat
        from flwr.server.workflow.constant import MAIN_PARAMS_RECORD

        final = parameters_to_ndarrays(
            compat.arrayrecord_to_parameters(
                lctx.state.array_records[MAIN_PARAMS_RECORD], keep_input=True
            )
        )
        result = {
            "status": status,
            "sites": {str(k): v for k, v in sites.items()},
            "approved": approved,
            "rounds": strategy.rounds,
            "lost_rounds": lost,
            "resumed_at": strategy.first if ckpt.resumed else None,
            "declined": strategy.declined,
            "rejected_updates": strategy.rejected,
            "settled_on_stop": settled,
            "scaler": strategy.scaler,
            "public": strategy.public,
        }
        out.mkdir(parents=True, exist_ok=True)
        (out / "coordinator.json").write_text(json.dumps(result, indent=2) + "\n")
        np.savez(out / "global.npz", *final)
        (out / "site-receipts.json").write_text(json.dumps(strategy.receipts, indent=2) + "\n")

    return coordinate


def make_server_app(
    fed_json: dict[str, Any],
    approved: list[str],
    out: Path,
    wait_s: float = 120.0,
    timeout_s: float = DEFAULT_STAGE_TIMEOUT_S,
) -> Any:
    """The coordinator's ServerApp for the simulation runtime (job known up front)."""
    from flwr.serverapp import ServerApp

    app = ServerApp()
    app.main()(_coordinator(fed_json, approved, out, wait_s, timeout_s))
    return app


def make_deployed_server_app() -> Any:
    """The coordinator's ServerApp in a deployment: the run config names the job.

    ``fed-job`` is the path of the signed federation job on the coordinator's
    machine (``custos fed run`` checked its signature), ``out`` where the
    result goes. Every site in the job may be sent work: in a deployment a
    site's SuperNode connects only once its custodian approved (``custos fed
    serve`` refuses otherwise), and it checks its approval again on every
    message.
    """
    from flwr.serverapp import ServerApp

    from custos.fed._spec import unverified_fed

    app = ServerApp()

    @app.main()
    def main(grid: Any, context: Any) -> None:
        cfg = context.run_config
        fed = unverified_fed(json.loads(Path(str(cfg["fed-job"])).read_text()))
        out = Path(str(cfg["out"]))
        approved = [s.site for s in fed.sites]
        _coordinator(
            fed.to_json(),
            approved,
            out,
            float(cfg.get("wait-s", 120.0)),
            float(cfg.get("stage-timeout-s", DEFAULT_STAGE_TIMEOUT_S)),
            resume=bool(cfg.get("resume", False)),
        )(grid, context)

    return app


class Checkpoint:
    """The coordinator's progress on disk, so that a restarted coordinator resumes.

    After the setup round: the global scaler, the public feature bounds and
    the initial model. Before each training round: that it started. After
    each: the aggregated model. A coordinator that restarts goes on from the
    last aggregated model at the round after the last one *started*: a round
    that was in flight when it died may have been trained (and claimed) at
    some sites, and a site never trains a round twice, so that round is
    lost, and the result says so. Sites account every planned round anyway.
    """

    def __init__(self, out: Path, fed_hash: str, resume: bool) -> None:
        self.out = out
        self.fed_hash = fed_hash
        self.state: dict[str, Any] = {}
        self.params: list[Any] | None = None
        self._average: list[Any] | None = None
        self.resumed = False
        path = out / "checkpoint.json"
        if resume and path.exists():
            state = json.loads(path.read_text())
            if state.get("fed_hash") != fed_hash:
                raise FederationStopped(
                    "the checkpoint belongs to another federation", code="fed.bad_checkpoint"
                )
            self.state = state
            with np.load(out / "checkpoint.npz") as npz:
                self.params = [npz[k] for k in npz.files]
            self.resumed = True
        self._initially_started = int(self.state.get("started", 0))
        self._initially_aggregated = int(self.state.get("aggregated", 0))

    def resume_at(self) -> int:
        if not self.resumed:
            return 0
        return max(self._initially_started, self._initially_aggregated) + 1

    def lost_rounds(self) -> list[int]:
        """Rounds started by an earlier coordinator and never aggregated."""
        return list(range(self._initially_aggregated + 1, self._initially_started + 1))

    def _save(self, params: list[Any] | None = None) -> None:
        self.out.mkdir(parents=True, exist_ok=True)
        if params is not None:
            tmp = self.out / "checkpoint.tmp.npz"
            np.savez(tmp, *params)
            os.replace(tmp, self.out / "checkpoint.npz")
        tmp_json = self.out / "checkpoint.json.tmp"
        tmp_json.write_text(json.dumps({**self.state, "fed_hash": self.fed_hash}, indent=1))
        os.replace(tmp_json, self.out / "checkpoint.json")

    def setup(self, scaler: Any, public: Any, rounds: list[dict[str, Any]], net: list[Any]) -> None:
        self.state.update(scaler=scaler, public=public, rounds=rounds, aggregated=0, started=0)
        self._save(net)

    def started(self, r: int) -> None:
        self.state["started"] = max(r, int(self.state.get("started", 0)))
        self._save()

    def aggregated(
        self, r: int, rounds: list[dict[str, Any]], params: list[Any], *, average: bool = False
    ) -> None:
        """Record round ``r``'s global model, folded into the running mean when
        ``average``. The model files are written first and the state file
        names them last, so a crash at any point leaves a consistent pair."""
        self.state.update(aggregated=r, rounds=rounds)
        superseded = None
        if average:
            n = int(self.state.get("averaged", 0))
            prev = self.average
            mean = [np.asarray(p, dtype=np.float64) for p in params]
            if prev is not None:
                mean = [a + (m - a) / (n + 1) for a, m in zip(prev, mean, strict=True)]
            self._average = [
                m.astype(np.asarray(p).dtype) for m, p in zip(mean, params, strict=True)
            ]
            self.out.mkdir(parents=True, exist_ok=True)
            name = f"checkpoint-average-{r}.npz"
            np.savez(self.out / name, *self._average)
            superseded = self.state.get("average_file")
            self.state.update(averaged=n + 1, average_file=name)
        self._save(params)
        if superseded and superseded != self.state["average_file"]:
            (self.out / str(superseded)).unlink(missing_ok=True)

    @property
    def average(self) -> list[Any] | None:
        """The running mean of the global models averaged so far (None: none yet)."""
        if self._average is None and self.state.get("average_file"):
            with np.load(self.out / str(self.state["average_file"])) as npz:
                self._average = [npz[k] for k in npz.files]
        return self._average


def screen_masked_vectors(
    msgs: list[Any], expected: list[tuple[int, ...]] | None
) -> tuple[list[Any], list[int]]:
    """Split SecAgg+ masked-vector replies into (well-formed, node ids of the rest).

    Well-formed: every array decodes (NumPy, no pickle), is of an integer
    type, and the shapes are ``expected`` (the factor ``(1,)`` followed by
    the global model's shapes), or, when that is not known (the setup
    round), the shapes most replies have. Replies carrying an error pass
    through (Flower counts them as failures).
    """
    from flwr.common.secure_aggregation.secaggplus_constants import (
        RECORD_KEY_CONFIGS,
        Key,
    )
    from flwr.compat.common.parameter import bytes_to_ndarray

    decoded: list[tuple[Any, list[tuple[int, ...]] | None]] = []
    for msg in msgs:
        if msg.has_error():
            decoded.append((msg, []))
            continue
        try:
            blobs = msg.content.config_records[RECORD_KEY_CONFIGS][Key.MASKED_PARAMETERS]
            arrays = [bytes_to_ndarray(b) for b in blobs]
            ok = all(np.issubdtype(a.dtype, np.integer) for a in arrays)
            decoded.append((msg, [tuple(a.shape) for a in arrays] if ok else None))
        except Exception:  # malformed in any way: not an update
            decoded.append((msg, None))
    if expected is None:
        from collections import Counter

        seen = Counter(tuple(sh) for m, sh in decoded if sh and not m.has_error())
        expected = list(seen.most_common(1)[0][0]) if seen else None
    kept: list[Any] = []
    dropped: list[int] = []
    for msg, shapes in decoded:
        if msg.has_error() or (shapes is not None and shapes == expected):
            kept.append(msg)
        else:
            dropped.append(int(msg.metadata.src_node_id))
    return kept, dropped


def _send_stop(grid: Any, node_ids: list[int], reason: str) -> dict[str, str]:
    """Tell every approved site that the federation stopped; returns site -> its share's state.

    A site that does not answer keeps its share open until its custodian runs
    ``custos fed leave``.
    """
    import flwr.compat.common.recorddict_compat as compat
    from flwr.app import Message
    from flwr.app.message_type import MessageType
    from flwr.common import EvaluateIns, ndarrays_to_parameters

    ins = EvaluateIns(
        ndarrays_to_parameters([np.zeros(1)]), {"stage": STAGE_STOP, "reason": reason[:200]}
    )
    messages = [
        Message(
            content=compat.evaluateins_to_recorddict(ins, True),
            dst_node_id=nid,
            message_type=MessageType.EVALUATE,
            group_id="stop",
        )
        for nid in node_ids
    ]
    settled: dict[str, str] = {}
    for reply in grid.send_and_receive(messages):
        if reply.has_content():
            res = compat.recorddict_to_evaluateres(reply.content)
            if "site" in res.metrics:
                settled[str(res.metrics["site"])] = str(res.metrics.get("state", ""))
    return settled


class _Screened:
    """A grid whose replies are screened by :func:`screen_masked_vectors`."""

    def __init__(
        self, grid: Any, expected: list[tuple[int, ...]] | None, log_to: list[dict[str, Any]]
    ) -> None:
        self._grid = grid
        self._expected = expected
        self._log_to = log_to

    def send_and_receive(self, messages: Any, *, timeout: float | None = None) -> Any:
        replies = list(self._grid.send_and_receive(messages, timeout=timeout))
        kept, dropped = screen_masked_vectors(replies, self._expected)
        for nid in dropped:
            log.warning("dropped a malformed masked update from node %s", nid)
            self._log_to.append({"node": str(nid), "reason": "malformed masked update"})
        return kept

    def __getattr__(self, name: str) -> Any:
        return getattr(self._grid, name)


class _Bounded:
    """A Flower ``Grid`` whose ``send_and_receive`` never waits longer than ``timeout_s``.

    Flower's default fit and evaluate workflows call it without a timeout.
    """

    def __init__(self, grid: Any, timeout_s: float) -> None:
        self._grid = grid
        self._timeout_s = timeout_s

    def send_and_receive(self, messages: Any, *, timeout: float | None = None) -> Any:
        bound = self._timeout_s if timeout is None else min(timeout, self._timeout_s)
        return self._grid.send_and_receive(messages, timeout=bound)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._grid, name)


class FederationStopped(CustosError):
    """Fewer sites than the job's minimum took part in a round."""

    code = "fed.too_few_sites"
    exit_code = 75
