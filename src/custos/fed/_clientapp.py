"""The site's ClientApp process: custos' own ClientApp, never the coordinator's code.

In a Flower deployment the coordinator's ``flwr run`` ships a Flower App
Bundle (FAB, a zip of Python code) to every SuperNode, and the stock
``flwr-clientapp`` process unpacks it and imports the ClientApp from it. At a
hospital that would mean running code the coordinator chose, with access to
patient data. The ClientApp a custos site runs is the installed custos
harness (:func:`custos.fed._flower.make_client_app`), which serves only a
federation the site's custodian approved (the run's ``fed-hash``); the FAB
is hashed (for the log) and otherwise ignored.

Two ways to run it (``custos fed serve --clientapp``):

* ``long-lived`` (opt-in, experimental): the SuperNode runs with ``--isolation
  process``, so it starts no ClientApp itself; ``serve`` starts *one*
  process per site (:func:`serve`, ``python -m custos.fed._clientapp
  serve``) that takes the SuperNode's tasks from its Runtime API on loopback
  one after another (Flower's own ``AcquireTask``, with the SuperExec
  shared secret ``serve`` makes) and handles each message in process, with
  Flower's own task protocol (:mod:`flwr.supernode.runtime.run_clientapp`'s
  ``pull_task_input``, ``push_message``, ``push_task_output``, a task
  heartbeat). What it keeps between messages is what it imported (Flower,
  torch, custos); every message opens the site's node afresh and goes
  through the share's checks exactly as a fresh process would (see
  :func:`_forget_site_state`). It exits with ``serve``, with the SuperNode
  it serves, or on SIGTERM/SIGINT. Known problem: in one CI run, after the
  SuperLink was killed and restarted, the resumed run's first message was
  taken and never finished (the ServerApp saw too few nodes and ended);
  until that is understood it is not the default.
* ``per-message`` (the default): Flower's ``--isolation subprocess``, where the SuperNode's
  SuperExec starts ``flwr-clientapp`` for every message. ``serve`` puts a
  script of that name first on the SuperNode's ``PATH`` that runs
  :func:`main` here: Flower's ``flwr_clientapp`` entry point with two module
  globals of ``flwr.supernode.runtime.run_clientapp`` swapped
  (``install_from_fab``, ``get_load_client_app_fn``), so that it neither
  unpacks nor imports the FAB.

Why not a Flower option: Flower 1.41's only FAB check (``--trusted-entities``)
verifies signatures made by Flower's hosted platform; a site that must not
run foreign code needs the loader itself replaced.
"""

from __future__ import annotations

import argparse
import faulthandler
import hashlib
import importlib
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger("custos.fed")

SERVE = "serve"  # ``python -m custos.fed._clientapp serve ...``: the long-lived process
# What a message's ClientApp imports (lazily, in custos' site runtime): the
# long-lived process imports it once, before the first message.
_WARM_MODULES = (
    "torch",
    "flwr.client",
    "flwr.client.mod",
    "flwr.supernode.runtime.run_clientapp",
    "custos.fed._flower",
    "custos.fed._site",
    "custos.training._catalog",
    "custos.training._harness",
    "custos.node._execute",
    "custos.node._run",
    "custos.ledger._budget",
    "custos.ledger._receipt",
    "custos.audit._gate",
    "safetensors.torch",
)
_TASK_RETRY_S = 30.0  # how long a task's Runtime API calls are retried
_GRACE_S = 10.0  # after its SuperNode or serve is gone, how long before a hard exit


def _ignore_fab(fab_file: Path | bytes, install_dir: Any = None, skip_prompt: bool = False) -> Path:
    """Stand-in for ``install_from_fab``: record the FAB's hash, unpack nothing."""
    content = fab_file if isinstance(fab_file, bytes) else Path(fab_file).read_bytes()
    log.info(
        "custos site: FAB %s ignored (custos runs its own ClientApp)",
        hashlib.sha256(content).hexdigest()[:16],
    )
    return Path(".")


def _custos_loader(*_args: Any, **_kwargs: Any) -> Any:
    """Stand-in for ``get_load_client_app_fn``: whatever the FAB names, load custos'."""

    def load(*_a: Any, **_k: Any) -> Any:
        from custos.fed._flower import make_client_app

        return make_client_app()

    return load


def main() -> None:
    if sys.argv[1:2] == [SERVE]:
        serve(sys.argv[2:])
        return
    import flwr.supernode.runtime.run_clientapp as rc
    from flwr.supernode.cli.flwr_clientapp import flwr_clientapp

    setattr(rc, "install_from_fab", _ignore_fab)  # noqa: B010 (not re-exported by flwr)
    setattr(rc, "get_load_client_app_fn", _custos_loader)  # noqa: B010
    flwr_clientapp()


# ---------------------------------------------------------------------------
# the long-lived ClientApp process


def _parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m custos.fed._clientapp serve")
    p.add_argument("--runtime-api-address", required=True)
    p.add_argument("--superexec-auth-secret-file", required=True)
    p.add_argument("--supernode-pid", type=int, required=True)
    return p.parse_args(argv)


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, dead but not yet reaped, does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True  # no procfs: the signal check is all there is
    return stat.rsplit(")", 1)[-1].split()[:1] != ["Z"]


def _watch(supernode_pid: int) -> None:
    """Stop this process when ``serve`` (its parent) or the SuperNode is gone.

    SIGTERM first (the running message ends as on any stop); a process that
    still runs after a grace period (stuck in a computation) exits hard.
    """
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent and _alive(supernode_pid):
            time.sleep(0.2)
        log.warning("custos site: serve or its SuperNode is gone; the ClientApp stops")
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(_GRACE_S)
        os._exit(1)

    threading.Thread(target=watch, name="custos-watch", daemon=True).start()


def _stop_on_signal(signum: int, _frame: Any) -> None:
    raise SystemExit(0)


def _task_retry() -> Any:
    """Retries for one task's Runtime API calls: transient failures only, bounded.

    (Flower's own invoker signals its whole process on an HTTP 401, which for
    a task whose token expired would stop every later message too.)
    """
    import httpx
    from flwr.supercore.retry import RetryInvoker, exponential

    retryable = {502, 503, 504}

    def give_up(exc: Exception) -> bool:
        if isinstance(exc, httpx.HTTPStatusError):
            return exc.response.status_code not in retryable
        return False

    return RetryInvoker(
        wait_gen_factory=lambda: exponential(max_delay=5),
        recoverable_exceptions=(httpx.TransportError, httpx.HTTPStatusError),
        max_tries=None,
        max_time=_TASK_RETRY_S,
        should_giveup=give_up,
    )


def _heartbeat_fn(client: Any, lost: threading.Event) -> Callable[[], bool]:
    """A task heartbeat that records a lost task instead of signalling the process."""
    import httpx
    from flwr.proto.runtime_pb2 import SendTaskHeartbeatRequest

    req = SendTaskHeartbeatRequest()

    def fn() -> bool:
        try:
            res = client.SendTaskHeartbeat(req)
        except httpx.TransportError:
            return False
        except httpx.HTTPStatusError as err:
            if err.response.status_code in (503, 504):
                return False
            lost.set()
            return True
        if not res.success:
            lost.set()
        return True

    return fn


def _forget_site_state() -> None:
    """Close the site nodes a message opened and forget its runtime.

    :func:`custos.fed._flower._runtime` keeps one site runtime per process
    (an open node, the share as it was read, its rows). A per-message process
    throws it away with the process; here the next message must not inherit
    it, so that it opens the node again (its policy, keys, store), re-reads
    the share's state, re-checks its approval, DUA and budget reservation,
    and loads (and fingerprints) its dataset again, as a fresh process does.
    """
    from custos.fed._flower import forget_runtimes

    forget_runtimes()


def _run_task(address: str, token: str) -> str:
    """Handle one message: Flower's ``run_clientapp`` steps, custos' ClientApp.

    Returns how it ended: ``completed``, ``failed`` or ``lost`` (the
    SuperNode gave the task up while it ran).
    """
    from flwr.app import Message
    from flwr.app.error import Error
    from flwr.common.constant import ErrorCode, SubStatus
    from flwr.supercore.heartbeat import HeartbeatSender
    from flwr.supercore.interceptors import (
        RuntimeTokenHttpInterceptor,
        RuntimeVersionHttpInterceptor,
    )
    from flwr.supercore.runtime import RuntimeHttpClient
    from flwr.supercore.runtime.tracing import RuntimeTracingInterceptor
    from flwr.supernode.runtime.run_clientapp import (
        pull_task_input,
        push_message,
        push_task_output,
    )

    from custos.fed._flower import make_client_app

    retry = _task_retry()
    client = RuntimeHttpClient.from_server_address(
        server_address=address,
        insecure=True,  # loopback only, as Flower's own SuperExec connects
        root_certificates=None,
        interceptors=[
            RuntimeTracingInterceptor(),
            RuntimeVersionHttpInterceptor(component_name="flwr-clientapp"),
            RuntimeTokenHttpInterceptor(token),
        ],
        retry_invoker=retry,
    )
    lost = threading.Event()
    heartbeat = HeartbeatSender(_heartbeat_fn(client, lost))
    message: Any = None
    context: Any = None
    reply: Any = None
    sub_status, details = SubStatus.FAILED, "ClientApp task failed due to unknown reason"
    _forget_site_state()
    try:
        heartbeat.start()
        message, context, _run, fab = pull_task_input(client)
        _ignore_fab(fab.content)
        reply = make_client_app()(message=message, context=context)
        sub_status, details = SubStatus.COMPLETED, ""
    except Exception as exc:
        # What Flower's run_clientapp sends back. custos' site steps raise
        # only codes (custos.fed._flower._safe), never values from the data.
        details = f"{type(exc)}:<'{exc}'>"
        log.error("custos site: the ClientApp failed: %s", details[:500])
        if message is not None:
            reply = Message(
                Error(code=ErrorCode.CLIENT_APP_RAISED_EXCEPTION, reason=details),
                reply_to=message,
            )
    except BaseException:  # stopped (SIGTERM, SIGINT): say so once and go
        retry.max_tries = 1
        reply = None
        raise
    finally:
        try:
            if reply is not None and context is not None and not lost.is_set():
                try:
                    push_message(client, reply, context)
                except Exception as exc:
                    log.error("custos site: the reply was not delivered (%s)", type(exc).__name__)
                    sub_status = SubStatus.FAILED
            if not lost.is_set():
                push_task_output(
                    client=client, context=context, sub_status=sub_status, details=details
                )
        finally:
            if heartbeat.is_running:
                heartbeat.stop()
            client.close()
            _forget_site_state()
    if lost.is_set():
        return "lost"
    return "completed" if sub_status == SubStatus.COMPLETED else "failed"


def _warm() -> None:
    for name in _WARM_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            log.info("custos site: %s is not installed (imported when needed)", name)


def serve(argv: list[str]) -> None:
    """The long-lived ClientApp: take this SuperNode's tasks, one after another, until stopped."""
    import httpx
    from flwr.proto.runtime_pb2 import AcquireTaskRequest
    from flwr.supercore.constant import TaskType
    from flwr.supercore.interceptors import (
        RuntimeVersionHttpInterceptor,
        SuperExecAuthHttpInterceptor,
    )
    from flwr.supercore.runtime import RuntimeHttpClient

    args = _parse(argv)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-8s custos: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    signal.signal(signal.SIGTERM, _stop_on_signal)
    signal.signal(signal.SIGINT, _stop_on_signal)
    # `kill -USR1 PID` prints every thread's stack to stderr (the site's log):
    # what a long-lived process is waiting on, without stopping it.
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    _watch(args.supernode_pid)
    secret = Path(args.superexec_auth_secret_file).read_bytes()
    _warm()
    poll_s = float(os.environ.get("FLWR_SUPEREXEC_TASK_POLL_INTERVAL", "0.2"))
    acquirer = RuntimeHttpClient.from_server_address(
        server_address=args.runtime_api_address,
        insecure=True,
        root_certificates=None,
        interceptors=[
            RuntimeVersionHttpInterceptor(component_name="SuperExec"),
            SuperExecAuthHttpInterceptor(
                master_secret=secret, protected_methods={"/flwr.proto.Runtime/AcquireTask"}
            ),
        ],
    )
    request = AcquireTaskRequest(supported_task_types=[TaskType.CLIENT_APP.value])
    log.info("custos site: ClientApp process %d ready (long-lived)", os.getpid())
    handled = 0
    unreachable = False
    try:
        while True:
            try:
                res = acquirer.AcquireTask(request)
            except httpx.HTTPStatusError as err:
                if err.response.status_code in (401, 403):
                    log.error("custos site: the SuperNode refused this ClientApp process")
                    raise SystemExit(2) from None
                res = None
            except httpx.TransportError:
                res = None  # the SuperNode is starting (or going): ask again
                if not unreachable:
                    log.info("custos site: waiting for the SuperNode's Runtime API")
                unreachable = True
            if res is not None and res.HasField("task") and res.token:
                unreachable = False
                handled += 1
                how = _run_task(args.runtime_api_address, res.token)
                log.info(
                    "custos site: ClientApp process %d handled message %d (%s)",
                    os.getpid(),
                    handled,
                    how,
                )
                continue  # more may be waiting
            time.sleep(poll_s)
    finally:
        acquirer.close()
        log.info("custos site: ClientApp process %d stops after %d messages", os.getpid(), handled)


if __name__ == "__main__":
    main()
