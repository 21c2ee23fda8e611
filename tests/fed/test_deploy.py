"""A deployed federation on loopback: every party a separate ``custos`` process.

The coordinator makes its CA and runs Flower's SuperLink with TLS and
SuperNode authentication; three hospitals make their own SuperNode keys,
which the coordinator registers; each site serves its approved share with a
SuperNode pinned to the coordinator's CA; the coordinator runs the job and
releases the global bundle, which verifies with every site's receipt.

Before the run, what must be refused is: a site whose key is not
registered, a site dialling a SuperLink signed by another CA, and a site
whose custodian did not approve. The coordinator's app bundle carries a
hostile ClientApp (it would write a file into the site's home): sites never
run it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from custos.fed import parse_fed
from custos.fed._deploy import free_port, open_coordinator, stop_process, superlink_ready
from custos.fed._simulate import PreparedSites, prepare_sites
from tests.conftest import EXAMPLES, load_yaml

pytestmark = pytest.mark.integration

SITES = ["st-example", "north-general", "riverside", "lakeshore"]
DECLINES = "lakeshore"

HOSTILE_CLIENTAPP = """

# --- appended by the test: a coordinator that tries to run code at the sites ---
import os as _os
from pathlib import Path as _Path

if _os.environ.get("FLWR_HOME", "").endswith("/fed/flwr"):  # imported at a site
    _Path(_os.environ["FLWR_HOME"]).parent.joinpath("pwned-import").write_text("x")

from flwr.clientapp import ClientApp as _ClientApp

clientapp = _ClientApp()


@clientapp.train()
def _steal(msg, context):
    _Path(str(context.node_config["custos-home"])).joinpath("pwned").write_text("x")
    raise RuntimeError("the hostile ClientApp ran")
"""


def custos(
    *args: str, home: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    pre = ["--home", str(home)] if home is not None else []
    return subprocess.run(
        [sys.executable, "-m", "custos", *pre, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def serve(
    home: Path,
    job: Path,
    site: str,
    superlink: str,
    ca: Path,
    key: Path,
    timeout: float,
    clientapp: str | None = None,
) -> subprocess.Popen[str]:
    mode = [] if clientapp is None else ["--clientapp", clientapp]
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "custos",
            "--home",
            str(home),
            "fed",
            "serve",
            str(job),
            "--site",
            site,
            "--superlink",
            superlink,
            "--ca",
            str(ca),
            "--key",
            str(key),
            "--timeout",
            str(timeout),
            *mode,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )


def small_federation(
    workdir: Path,
    data: Path,
    sites: list[str],
    *,
    rounds: int,
    local_epochs: int,
    decline: tuple[str, ...] = (),
) -> PreparedSites:
    """The example federation cut to ``sites`` (SecAgg+ 3 shares, threshold 2), set up."""
    doc = load_yaml(EXAMPLES / "fed-wdbc.yaml")
    doc["rounds"] = rounds
    doc["training"]["local_epochs"] = local_epochs
    doc["sites"] = [s for s in doc["sites"] if s["site"] in sites]
    doc["min_sites"] = 2
    doc["secure_aggregation"]["num_shares"] = 3
    doc["secure_aggregation"]["reconstruction_threshold"] = 2
    return prepare_sites(
        parse_fed(doc),
        data=data,
        card=EXAMPLES / "card.yaml",
        dua_template=EXAMPLES / "dua.yaml",
        workdir=workdir,
        decline=decline,
        isolation_none=True,
    )


@dataclass
class Deployment:
    work: Path
    coord_dir: Path
    job: Path
    address: str
    refusals: dict[str, subprocess.CompletedProcess[str]]
    run: subprocess.CompletedProcess[str]
    served: dict[str, tuple[int, str]]

    def home(self, site: str) -> Path:
        return self.work / "fed" / "sites" / site / "home"


@pytest.fixture(scope="module")
def deployment(tmp_path_factory: pytest.TempPathFactory, wdbc_csv: Path) -> Iterator[Deployment]:
    work = tmp_path_factory.mktemp("deploy")
    prepared = small_federation(
        work / "fed", wdbc_csv, SITES, rounds=1, local_epochs=3, decline=(DECLINES,)
    )
    job = work / "fed" / "fedjob.dsse.json"
    approved = prepared.approved
    assert DECLINES not in approved and len(approved) == 3

    coord_dir = work / "coordinator"
    port = free_port()
    init = custos(
        "fed", "coordinator", "init", str(coord_dir), "--host", "127.0.0.1", "--port", str(port)
    )
    assert init.returncode == 0, init.stderr
    with (coord_dir / "app" / "custos_fedapp.py").open("a") as fh:
        fh.write(HOSTILE_CLIENTAPP)
    # A second CA: a SuperLink the sites must not trust.
    rogue = custos(
        "fed",
        "coordinator",
        "init",
        str(work / "rogue"),
        "--host",
        "127.0.0.1",
        "--port",
        str(free_port()),
    )
    assert rogue.returncode == 0, rogue.stderr
    keys = work / "keys"
    for site in SITES:
        made = custos("fed", "site-key", "--site", site, "--out", str(keys / site))
        assert made.returncode == 0, made.stderr

    superlink = subprocess.Popen(
        [sys.executable, "-m", "custos", "fed", "coordinator", "superlink", str(coord_dir)],
        stdout=(work / "superlink.log").open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    procs: list[subprocess.Popen[str]] = []
    try:
        coord = open_coordinator(coord_dir)
        deadline = time.monotonic() + 90
        while not superlink_ready(coord):
            assert superlink.poll() is None, (work / "superlink.log").read_text()[-2000:]
            assert time.monotonic() < deadline, "the SuperLink did not come up"
            time.sleep(0.5)
        address = coord.address
        ca = coord_dir / "tls" / "ca.crt"
        site0 = approved[0]
        refusals = {
            # Not registered yet: the SuperLink refuses the SuperNode.
            "unregistered": custos(
                "fed",
                "serve",
                str(job),
                "--site",
                site0,
                "--superlink",
                address,
                "--ca",
                str(ca),
                "--key",
                str(keys / site0 / "site.key"),
                "--timeout",
                "60",
                home=work / "fed" / "sites" / site0 / "home",
                timeout=120,
            ),
            # Not approved at its own node: refused before anything connects.
            "not_approved": custos(
                "fed",
                "serve",
                str(job),
                "--site",
                DECLINES,
                "--superlink",
                address,
                "--ca",
                str(ca),
                "--key",
                str(keys / DECLINES / "site.key"),
                home=work / "fed" / "sites" / DECLINES / "home",
            ),
        }
        for site in SITES:
            reg = custos(
                "fed",
                "coordinator",
                "register",
                str(coord_dir),
                str(keys / site / "site.pub"),
                "--site",
                site,
            )
            assert reg.returncode == 0, reg.stdout + reg.stderr
        # Registered, but pinned to another CA: TLS fails, the site never connects.
        refusals["rogue_ca"] = custos(
            "fed",
            "serve",
            str(job),
            "--site",
            site0,
            "--superlink",
            address,
            "--ca",
            str(work / "rogue" / "tls" / "ca.crt"),
            "--key",
            str(keys / site0 / "site.key"),
            "--timeout",
            "30",
            home=work / "fed" / "sites" / site0 / "home",
            timeout=120,
        )
        procs = [
            serve(
                work / "fed" / "sites" / s / "home",
                job,
                s,
                address,
                ca,
                keys / s / "site.key",
                timeout=500,
                clientapp="long-lived",
            )
            for s in approved
        ]
        run = custos(
            "fed",
            "coordinator",
            "run",
            str(coord_dir),
            str(job),
            "--json",
            "--stage-timeout",
            "180",
            "--timeout",
            "500",
            # lakeshore declined: its SuperNode never comes
            "--wait-sites",
            "15",
            timeout=560,
        )
        served = {}
        for s, p in zip(approved, procs, strict=True):
            text, _ = p.communicate(timeout=120)
            served[s] = (p.returncode, text)
        yield Deployment(work, coord_dir, job, address, refusals, run, served)
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, 9)
        stop_process(superlink)  # type: ignore[arg-type]


def test_sites_that_must_not_connect_are_refused(deployment: Deployment) -> None:
    r = deployment.refusals
    assert r["not_approved"].returncode == 77
    assert "fed.not_approved" in r["not_approved"].stderr
    for name in ("unregistered", "rogue_ca"):
        assert r[name].returncode != 0, name
        assert "Traceback" not in r[name].stderr, name
    # A refused SuperNode never got a message: the share has not started.
    assert "fed.supernode_exited" in r["unregistered"].stderr or (
        "fed.serve_timeout" in r["unregistered"].stderr
    )


def test_the_deployed_federation_completes_and_every_site_co_signs(deployment: Deployment) -> None:
    run = deployment.run
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    result = json.loads(run.stdout)
    assert result["status"] == "completed"
    approved = sorted(s for s in SITES if s != DECLINES)
    assert result["co_signed_by"] == approved
    trained = [r for r in result["rounds"] if r["round"] >= 1]
    assert len(trained) == 1 and trained[0]["sites"] == approved
    for code, text in deployment.served.values():
        assert code == 0, text[-2000:]
        assert "share RELEASED" in text
    # The declining site was never sent work: its share is untouched.
    declined = custos("job", "list", "--json", home=deployment.home(DECLINES))
    assert declined.returncode == 0
    assert all(j["state"] == "PENDING_APPROVAL" for j in json.loads(declined.stdout))
    # The bundle verifies offline with the coordinator's key.
    bundle = Path(result["bundle"])
    verify = custos(
        "receipt",
        "verify",
        str(bundle),
        "--public-key",
        str(deployment.coord_dir / "coordinator.pub"),
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr


def test_the_coordinators_clientapp_never_runs_at_a_site(deployment: Deployment) -> None:
    for site in SITES:
        home = deployment.home(site)
        assert not (home / "pwned").exists()
        assert not (home / "fed" / "pwned-import").exists()


def _running_with(text: str) -> list[int]:
    """Live processes (not zombies) whose command line mentions ``text``."""
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        if text in cmd and stat.rsplit(")", 1)[-1].split()[0] != "Z":
            found.append(int(pid))
    return found


def test_each_site_ran_one_long_lived_clientapp_that_did_not_outlive_serve(
    deployment: Deployment,
) -> None:
    handled = re.compile(r"ClientApp process (\d+) handled message (\d+) \((\w+)\)")
    started = re.compile(r"ClientApp process (\d+) ready \(long-lived\)")
    for site in SITES:
        if site == DECLINES:
            continue
        text = (deployment.home(site) / "fed" / "supernode.log").read_text()
        found = handled.findall(text)
        # One process handled every message of the run: setup, training and
        # finish, each SecAgg+ stage a message of its own.
        assert len({pid for pid, _, _ in found}) == 1, found
        assert [int(n) for _, n, _ in found] == list(range(1, len(found) + 1))
        assert len(found) >= 5, found
        assert all(how == "completed" for _, _, how in found), found
        assert "ignored (custos runs its own ClientApp)" in text
        # Every ClientApp process a serve started (the refused attempts' too)
        # is gone now that serve returned, and so is every SuperNode.
        pids = {int(p) for p in started.findall(text)}
        assert int(found[0][0]) in pids
        assert not [p for p in pids if p in _running_with("custos.fed._clientapp")]
        assert _running_with(str(deployment.home(site))) == []
        assert not (deployment.home(site) / "fed" / "superexec.secret").exists()
