"""The bubblewrap runner: its command line, and real jobs inside real sandboxes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
import tempfile
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import custos.sandbox._bwrap as bwrap_module
from custos.sandbox._bwrap import (
    SANDBOX_UID,
    Limits,
    Outcome,
    SandboxUnavailable,
    build_argv,
    bwrap_version,
    config_hash,
    probe,
    python_roots,
    run_sandboxed,
)
from custos.sandbox._protocol import Frame

BWRAP = shutil.which("bwrap")
FAKE_BWRAP = "/opt/fake/bwrap"
# Generous enough for a slow machine; the wall-clock test sets its own.
LIMITS = Limits(wall_seconds=120.0)

needs_bwrap = pytest.mark.skipif(BWRAP is None, reason="bubblewrap (bwrap) is not on PATH")

REPORT = "CUSTOS-TEST-REPORT "
# Jobs below set ``out``; it comes back as JSON on stderr (stdout is the channel).
PRELUDE = "import errno, json, os, sys\nout = {}\n"
EPILOGUE = f"\nsys.stderr.write('\\n{REPORT}' + json.dumps(out) + '\\n')\n"


def run(
    code: str, *, limits: Limits = LIMITS, job: bytes = b"", **kwargs: Any
) -> tuple[Outcome, list[str]]:
    return run_sandboxed(
        [sys.executable, "-I", "-c", textwrap.dedent(code)], job, limits=limits, **kwargs
    )


def report(code: str, **kwargs: Any) -> Any:
    """Run ``code`` in a sandbox; it must exit 0; what it put in ``out``."""
    outcome, _ = run(PRELUDE + textwrap.dedent(code) + EPILOGUE, **kwargs)
    stderr = outcome.stderr_tail.decode("utf-8", "replace")
    assert outcome.returncode == 0, stderr[-3000:]
    assert outcome.violation is None
    lines = [ln for ln in stderr.splitlines() if ln.startswith(REPORT)]
    assert len(lines) == 1, stderr[-3000:]
    return json.loads(lines[0][len(REPORT) :])


def exit_status(code: str, **kwargs: Any) -> Outcome:
    outcome, _ = run(code, **kwargs)
    return outcome


# -- the command line (no sandbox needed) ----------------------------------------------


@pytest.fixture
def fake_bwrap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bwrap_module, "bwrap_path", lambda: FAKE_BWRAP)


def pairs(argv: list[str], option: str) -> list[str]:
    return [argv[i + 1] for i, a in enumerate(argv[:-1]) if a == option]


@pytest.mark.usefixtures("fake_bwrap")
def test_the_command_line_isolates_and_ends_with_the_command() -> None:
    argv = build_argv(["python", "-c", "pass"], limits=Limits(), seccomp_fd=7)
    assert argv[0] == FAKE_BWRAP
    assert argv[-4:] == ["--", "python", "-c", "pass"]
    head = argv[: argv.index("--")]
    for flag in (
        "--unshare-all",
        "--unshare-user",
        "--disable-userns",
        "--die-with-parent",
        "--new-session",
        "--clearenv",
    ):
        assert flag in head
    assert pairs(head, "--cap-drop") == ["ALL"]
    assert pairs(head, "--uid") == pairs(head, "--gid") == [str(SANDBOX_UID)]
    assert pairs(head, "--seccomp") == ["7"]
    assert "--share-net" not in head
    assert "--bind" not in head  # nothing of the host is mounted writable
    for root in python_roots():
        assert [str(root), str(root)] in [head[i + 1 : i + 3] for i in range(len(head) - 2)]


@pytest.mark.usefixtures("fake_bwrap")
def test_scratch_space_is_size_capped() -> None:
    argv = build_argv(["true"], limits=Limits(scratch_bytes=12345))
    for mount in ("/tmp", "/workspace"):
        at = argv.index(mount)
        assert argv[at - 1] == "--tmpfs"
        assert argv[at - 3 : at - 1] == ["--size", "12345"]
    assert "--seccomp" not in argv


@pytest.mark.usefixtures("fake_bwrap")
def test_only_hidden_paths_under_a_mounted_root_are_masked(tmp_path: Path) -> None:
    root = python_roots()[0]
    inside_dir = root / "custos-hidden-dir-that-does-not-exist"
    outside_dir = tmp_path / "home"
    data = tmp_path / "data.csv"
    data.write_text("a,b\n1,2\n")
    argv = build_argv(
        ["true"], limits=Limits(), hide_dirs=[inside_dir, outside_dir], hide_files=[data]
    )
    assert pairs(argv, "--tmpfs").count(str(inside_dir)) == 1
    assert pairs(argv, "--remount-ro").count(str(inside_dir)) == 1
    assert str(outside_dir) not in argv
    assert str(data) not in argv  # not under a mounted root: not mounted at all


@pytest.mark.usefixtures("fake_bwrap")
def test_hidden_files_are_bound_to_dev_null_unless_their_directory_is_masked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bwrap_module, "python_roots", lambda: [tmp_path])
    (tmp_path / "home").mkdir()
    masked = tmp_path / "home" / "key.pem"
    masked.write_text("key")
    loose = tmp_path / "data.csv"
    loose.write_text("x")
    argv = build_argv(
        ["true"],
        limits=Limits(),
        hide_dirs=[tmp_path / "home"],
        hide_files=[masked, loose, tmp_path / "missing.csv"],
    )
    binds = [argv[i + 1 : i + 3] for i, a in enumerate(argv) if a == "--ro-bind"]
    assert ["/dev/null", str(loose)] in binds
    assert all(dest != str(masked) for _, dest in binds)
    assert str(tmp_path / "missing.csv") not in argv


def test_no_bwrap_means_no_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bwrap_module, "bwrap_path", lambda: None)
    with pytest.raises(SandboxUnavailable) as info:
        build_argv(["true"], limits=Limits())
    assert info.value.code == "sandbox.bwrap_missing"
    fds = set(os.listdir("/proc/self/fd"))
    with pytest.raises(SandboxUnavailable) as info:
        run_sandboxed(["true"], b"", limits=Limits())
    assert info.value.code == "sandbox.bwrap_missing"
    assert set(os.listdir("/proc/self/fd")) == fds  # the seccomp fd was closed
    ok, why = probe()
    assert ok is False
    assert "bubblewrap" in why


def test_the_config_hash_follows_the_configuration() -> None:
    argv = ["bwrap", "--unshare-all", "--seccomp", "5", "--", "python"]
    limits = Limits()
    base = config_hash(argv, limits, "aa")
    assert base.startswith("sha256:")
    assert len(base) == len("sha256:") + 64
    assert config_hash(list(argv), Limits(), "aa") == base
    # fd numbers differ from run to run and are left out
    assert config_hash([*argv[:3], "9", *argv[4:]], limits, "aa") == base
    assert config_hash(argv, Limits(memory_bytes=limits.memory_bytes + 1), "aa") != base
    assert config_hash(argv, Limits(wall_seconds=10.0), "aa") != base
    assert config_hash(argv, limits, "bb") != base
    assert config_hash([*argv, "-I"], limits, "aa") != base
    assert config_hash([a for a in argv if a != "--unshare-all"], limits, "aa") != base


@pytest.mark.usefixtures("fake_bwrap")
def test_the_config_hash_of_real_command_lines_ignores_the_seccomp_fd() -> None:
    one = build_argv(["python"], limits=LIMITS, seccomp_fd=3)
    two = build_argv(["python"], limits=LIMITS, seccomp_fd=11)
    assert one != two
    assert config_hash(one, LIMITS, "x") == config_hash(two, LIMITS, "x")
    tighter = Limits(wall_seconds=60.0)
    assert config_hash(one, LIMITS, "x") != config_hash(
        build_argv(["python"], limits=tighter, seccomp_fd=3), tighter, "x"
    )


# -- what a job sees --------------------------------------------------------------------


@pytest.mark.integration
@needs_bwrap
class TestInside:
    def test_identity_network_capabilities_and_environment(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("CUSTOS_TEST_PARENT_SECRET", "do-not-leak")
        seen = report(
            """
            out["uid"] = os.getuid()
            out["gid"] = os.getgid()
            out["host"] = os.uname().nodename
            dev = open("/proc/net/dev").read().splitlines()[2:]
            out["interfaces"] = sorted(line.split(":")[0].strip() for line in dev)
            status = dict(
                line.split(":", 1) for line in open("/proc/self/status").read().splitlines()
            )
            out["caps"] = {k: int(v, 16) for k, v in status.items() if k.startswith("Cap")}
            out["env"] = dict(os.environ)
            out["cwd"] = os.getcwd()
            out["pids"] = sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
            """
        )
        assert seen["uid"] == seen["gid"] == SANDBOX_UID
        assert seen["host"] == "custos-sandbox"
        assert seen["interfaces"] == ["lo"]
        assert set(seen["caps"]) >= {"CapEff", "CapPrm", "CapInh", "CapBnd", "CapAmb"}
        assert all(v == 0 for v in seen["caps"].values()), seen["caps"]
        env = seen["env"]
        assert "CUSTOS_TEST_PARENT_SECRET" not in env
        assert "LANG" not in env  # set for bubblewrap itself, cleared for the job
        assert env["HOME"] == "/workspace"
        assert env["PATH"] == "/usr/bin:/bin"
        assert env["OMP_NUM_THREADS"] == str(LIMITS.threads)
        assert seen["cwd"] == "/workspace"
        assert seen["pids"] == [1, 2]  # own PID namespace: bubblewrap's init and the job

    def test_the_job_frame_arrives_on_stdin(self) -> None:
        job = os.urandom(1000)
        seen = report("out['job'] = sys.stdin.buffer.read().hex()", job=job)
        assert bytes.fromhex(seen["job"]) == job

    def test_the_limits_are_set_inside(self) -> None:
        limits = Limits(
            memory_bytes=3 << 30,
            cpu_seconds=77,
            file_bytes=5 << 20,
            open_files=99,
            wall_seconds=120.0,
        )
        seen = report(
            """
            import resource
            for name in ("AS", "CPU", "FSIZE", "NOFILE", "CORE"):
                out[name] = resource.getrlimit(getattr(resource, "RLIMIT_" + name))
            """,
            limits=limits,
        )
        assert seen == {
            "AS": [3 << 30, 3 << 30],
            "CPU": [77, 82],
            "FSIZE": [5 << 20, 5 << 20],
            "NOFILE": [99, 99],
            "CORE": [0, 0],
        }

    def test_only_the_scratch_space_is_writable_and_it_is_thrown_away(self) -> None:
        marker = f"custos-test-{uuid.uuid4().hex}"
        targets = [
            "/",
            "/usr",
            "/etc",
            "/dev",
            str(python_roots()[0]),
            str(Path(bwrap_module.__file__).parent),
            "/workspace",
            "/tmp",
            "/dev/shm",
        ]
        seen = report(
            f"""
            for d in {targets!r}:
                try:
                    with open(os.path.join(d, {marker!r}), "w") as f:
                        f.write("x")
                    out[d] = "ok"
                except OSError as exc:
                    out[d] = errno.errorcode[exc.errno]
            """
        )
        writable = {"/workspace", "/tmp", "/dev/shm"}
        assert {d for d, r in seen.items() if r == "ok"} == writable, seen
        for d in targets:
            if d not in writable:
                assert seen[d] == "EROFS", (d, seen[d])
            assert not (Path(d) / marker).exists()  # nothing reached the host

    def test_hidden_paths_under_a_mounted_root_are_masked(
        self, monkeypatch: pytest.MonkeyPatch, outside_tmp: Path
    ) -> None:
        real = python_roots()
        monkeypatch.setattr(bwrap_module, "python_roots", lambda: sorted([outside_tmp, *real]))
        (outside_tmp / "visible.txt").write_text("shared")
        home = outside_tmp / "home"
        home.mkdir()
        (home / "secret.key").write_text("node key")
        (home / "sub").mkdir()
        data = outside_tmp / "data.csv"
        data.write_text("id,diagnosis\n1,M\n")
        seen = report(
            f"""
            root = {str(outside_tmp)!r}
            out["visible"] = open(root + "/visible.txt").read()
            out["home"] = os.listdir(root + "/home")
            out["secret"] = os.path.exists(root + "/home/secret.key")
            try:
                out["data"] = open(root + "/data.csv").read()
            except OSError as exc:
                out["data"] = errno.errorcode[exc.errno]
            out["data_size"] = os.stat(root + "/data.csv").st_size
            try:
                open(root + "/home/planted", "w").write("x")
                out["plant"] = "ok"
            except OSError as exc:
                out["plant"] = errno.errorcode[exc.errno]
            """,
            hide_dirs=[home],
            hide_files=[data],
        )
        assert seen["visible"] == "shared"  # the root itself is mounted
        assert seen["home"] == []
        assert seen["secret"] is False
        # /dev/null is bound over it on a nodev mount: empty, and not even openable
        assert seen["data"] in ("", "EACCES")
        assert seen["data_size"] == 0
        assert seen["plant"] == "EROFS"
        assert sorted(p.name for p in home.iterdir()) == ["secret.key", "sub"]
        assert data.read_text() == "id,diagnosis\n1,M\n"


@pytest.fixture
def outside_tmp() -> Iterator[Path]:
    """A scratch directory that is not under /tmp (the sandbox's own /tmp would hide it)."""
    base = Path("/var/tmp")
    if not base.is_dir() or not os.access(base, os.W_OK):
        pytest.skip("/var/tmp is not writable here")
    path = Path(tempfile.mkdtemp(prefix="custos-bwrap-test-", dir=base)).resolve()
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


# -- limits ---------------------------------------------------------------------------


@pytest.mark.integration
@needs_bwrap
class TestLimits:
    def test_memory(self) -> None:
        outcome = exit_status(
            """
            small = bytearray(64 << 20)   # well within the limit
            try:
                big = bytearray(2 << 30)
            except MemoryError:
                raise SystemExit(42)
            raise SystemExit(0)
            """,
            limits=Limits(memory_bytes=1 << 30, wall_seconds=120.0),
        )
        assert outcome.returncode == 42, outcome.stderr_tail[-2000:]

    def test_cpu_time(self) -> None:
        outcome = exit_status("while True: pass", limits=Limits(cpu_seconds=1, wall_seconds=120.0))
        assert outcome.killed != "wall_clock"
        # bubblewrap reports a job killed by a signal as 128 + the signal
        assert outcome.killed == "cpu_time" or outcome.returncode == 128 + signal.SIGXCPU, (
            outcome.killed,
            outcome.returncode,
        )
        assert outcome.result is None

    def test_wall_clock(self) -> None:
        outcome = exit_status("import time; time.sleep(60)", limits=Limits(wall_seconds=2.0))
        assert outcome.killed == "wall_clock"
        assert outcome.returncode == -signal.SIGKILL
        assert outcome.wall_seconds < 30

    def test_file_size(self) -> None:
        outcome = exit_status(
            """
            import errno
            with open("/workspace/small", "wb") as f:
                f.write(b"x" * (512 << 10))
            try:
                with open("/workspace/big", "wb") as f:
                    f.write(b"x" * (2 << 20))
            except OSError as exc:
                raise SystemExit(43 if exc.errno == errno.EFBIG else 44)
            raise SystemExit(0)
            """,
            limits=Limits(file_bytes=1 << 20, wall_seconds=120.0),
        )
        assert outcome.returncode == 43, outcome.stderr_tail[-2000:]

    @pytest.mark.parametrize("where", ["/tmp", "/workspace", "/dev/shm"])
    def test_scratch_space(self, where: str) -> None:
        outcome = exit_status(
            f"""
            import errno
            with open("{where}/small", "wb") as f:
                f.write(b"x" * (4 << 20))
            try:
                with open("{where}/big", "wb") as f:
                    f.write(b"x" * (16 << 20))
            except OSError as exc:
                raise SystemExit(45 if exc.errno == errno.ENOSPC else 46)
            raise SystemExit(0)
            """,
            limits=Limits(scratch_bytes=8 << 20, wall_seconds=120.0),
        )
        assert outcome.returncode == 45, outcome.stderr_tail[-2000:]


# -- the protocol through a real sandbox ----------------------------------------------

SEND = """
import os, sys
from custos.sandbox._protocol import encode
def send(header, payload=b""):
    data = encode(header, payload)
    while data:
        data = data[os.write(1, data):]
"""
PROGRESS = {"type": "progress", "step": 1, "steps": 2, "loss": 0.5}


def result_header(size: int) -> dict[str, Any]:
    return {
        "type": "result",
        "metrics": {"accuracy": 0.75},
        "steps_taken": 2,
        "train_seconds": 0.1,
        "weights_bytes": size,
        "parameters": {},
    }


@pytest.mark.integration
@needs_bwrap
class TestProtocol:
    def test_progress_and_result_come_back(self) -> None:
        seen: list[Frame] = []
        job = b"weights:" + os.urandom(5000)
        outcome, argv = run(
            SEND
            + f"""
job = sys.stdin.buffer.read()
send({PROGRESS!r})
send({{**{PROGRESS!r}, "step": 2}})
send({{**{result_header(0)!r}, "weights_bytes": len(job)}}, job)
""",
            job=job,
            on_frame=seen.append,
        )
        assert outcome.violation is None, outcome.violation
        assert outcome.returncode == 0, outcome.stderr_tail[-2000:]
        assert outcome.killed is None
        assert [f.header["step"] for f in seen] == [1, 2]
        assert outcome.result is not None
        assert outcome.result.header == result_header(len(job))
        assert outcome.result.payload == job
        assert outcome.error is None
        assert [f.type for f in outcome.frames] == ["progress", "progress", "result"]
        assert argv[0] == BWRAP

    def test_an_error_frame_comes_back(self) -> None:
        outcome, _ = run(
            SEND + 'send({"type": "error", "code": "training.error", "message": "nope"})'
        )
        assert outcome.violation is None
        assert outcome.result is None
        assert outcome.error is not None
        assert outcome.error.header["code"] == "training.error"

    def test_garbage_is_a_violation_and_the_job_is_killed(self) -> None:
        outcome, _ = run(
            """
            import os, time
            os.write(1, b"\\x00\\x00\\x00\\x05\\x00\\x00\\x00\\x00hello")
            time.sleep(60)
            """,
            limits=Limits(wall_seconds=60.0),
        )
        assert outcome.violation is not None
        assert outcome.violation.code == "sandbox.bad_frame"
        # killed on the violation, not left to run into the wall clock
        assert outcome.killed == "killed"
        assert outcome.returncode == -signal.SIGKILL
        assert outcome.result is None

    def test_an_oversized_frame_is_refused(self) -> None:
        outcome, _ = run(
            SEND + "send({'type': 'result'}, b'x' * 5000)",
            limits=Limits(output_bytes=4096, wall_seconds=120.0),
        )
        assert outcome.violation is not None
        assert outcome.violation.code == "sandbox.frame_too_large"

    def test_an_unknown_frame_type_is_a_violation(self) -> None:
        outcome, _ = run(SEND + "send({'type': 'file', 'name': 'records.csv'}, b'stolen')")
        assert outcome.violation is not None
        assert outcome.violation.code == "sandbox.unknown_frame"
        assert outcome.frames == []

    def test_frames_after_the_result_are_a_violation(self) -> None:
        outcome, _ = run(SEND + f"send({result_header(0)!r})\nsend({PROGRESS!r})")
        assert outcome.violation is not None
        assert outcome.violation.code == "sandbox.bad_frame"
        assert outcome.result is not None  # kept, but the violation decides

    def test_a_frame_cut_short_is_a_violation(self) -> None:
        outcome, _ = run(SEND + f"os.write(1, encode({PROGRESS!r})[:-3])")
        assert outcome.violation is not None
        assert outcome.violation.code == "sandbox.truncated_frame"


# -- setting the sandbox up -----------------------------------------------------------


@pytest.mark.integration
@needs_bwrap
class TestSetup:
    def test_probe_works_here(self) -> None:
        ok, version = probe()
        assert ok is True, version
        assert version == bwrap_version()
        assert version not in ("absent", "unknown", "")

    def test_a_broken_bubblewrap_setup_is_reported(self, monkeypatch: pytest.MonkeyPatch) -> None:
        real = bwrap_module.build_argv

        def broken(*args: Any, **kwargs: Any) -> list[str]:
            argv = real(*args, **kwargs)
            return [argv[0], "--bogus-option", *argv[1:]]

        monkeypatch.setattr(bwrap_module, "build_argv", broken)
        with pytest.raises(SandboxUnavailable) as info:
            run(SEND + f"send({PROGRESS!r})")
        assert info.value.code == "sandbox.setup_failed"
        assert "bogus" in info.value.message
        ok, why = probe()
        assert ok is False
        assert "could not be set up" in why

    def test_a_mount_bubblewrap_cannot_make_is_reported(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        missing = tmp_path / "not-there"
        monkeypatch.setattr(
            bwrap_module, "python_roots", lambda: sorted([missing, *python_roots()])
        )
        with pytest.raises(SandboxUnavailable) as info:
            run("pass")
        assert info.value.code == "sandbox.setup_failed"

    def test_a_job_failing_is_not_a_setup_failure(self) -> None:
        outcome, _ = run("import sys; sys.stderr.write('failed\\n'); sys.exit(3)")
        assert outcome.returncode == 3
        assert outcome.killed is None
        assert outcome.violation is None
