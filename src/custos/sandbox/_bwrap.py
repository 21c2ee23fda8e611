"""The bubblewrap sandbox: one job, one throw-away set of namespaces.

What a job sees inside (everything else of the host is absent)::

    /usr, /lib*, /bin     the host's system files, read-only
    <python roots>        the interpreter, the virtual environment and the
                          custos sources, read-only, at their host paths
    /proc /dev            a private procfs (new PID namespace) and a minimal /dev
    /tmp, /workspace      small private tmpfs scratch space (size-capped; so is
                          /dev/shm); everything else is read-only

and the host-side controls around it:

- new user, network, PID, IPC, UTS and cgroup namespaces; the network
  namespace has only a loopback device, and the seccomp filter denies every
  socket family but AF_UNIX, so no socket can reach anything, loopback
  included;
- all capabilities dropped, ``--disable-userns`` (no nested namespaces),
  ``--new-session`` (no terminal injection), ``--die-with-parent``;
- a seccomp filter (:mod:`custos.sandbox._seccomp`): no process creation
  (threads only), no ptrace, mount, kernel keyring, BPF, io_uring, ...;
- resource limits set before bubblewrap starts and inherited by the job:
  address space, CPU seconds, file size, open files, no core dumps; the node
  enforces the wall-clock limit and kills the whole namespace;
- the node home (keys, database, bundles) and every registered dataset file
  are masked even when they lie under a directory that is mounted (e.g. a
  node home inside a source checkout);
- the dataset itself is *not* mounted: the node reads and fingerprints it and
  sends exactly the columns the job may use down the pipe, which is narrower
  than a read-only mount and leaves no window between check and use.

Bubblewrap is configured only through its command line; the argv is hashed
into the job's attestation so a verifier knows which configuration ran.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import resource
import selectors
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from custos.core._errors import CustosError
from custos.sandbox._protocol import (
    FINAL_TYPES,
    Frame,
    ProtocolViolation,
    check_from_harness,
    read_frame,
)

SANDBOX_UID = 65534
STDERR_KEEP = 64 << 10


class SandboxUnavailable(CustosError):
    """The sandbox cannot be set up on this machine; jobs needing it are refused."""

    code = "sandbox.unavailable"
    exit_code = 69


class SandboxViolation(CustosError):
    """The job broke a sandbox rule or limit (hostile or broken job code)."""

    code = "sandbox.violation"
    exit_code = 70


@dataclass(frozen=True)
class Limits:
    """Resource limits for one sandboxed job (the institutional policy sets them)."""

    memory_bytes: int = 6 << 30
    cpu_seconds: int = 4 * 3600
    wall_seconds: float = 3600.0
    file_bytes: int = 64 << 20
    scratch_bytes: int = 64 << 20
    open_files: int = 256
    output_bytes: int = 256 << 20
    threads: int = 2

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Outcome:
    """What came back from one sandboxed run."""

    frames: list[Frame]
    returncode: int
    wall_seconds: float
    killed: str | None = None
    started: bool = False
    violation: ProtocolViolation | None = None
    result: Frame | None = None
    error: Frame | None = None
    stderr_tail: bytes = field(default=b"", repr=False)


@lru_cache(maxsize=1)
def bwrap_path() -> str | None:
    return shutil.which("bwrap")


@lru_cache(maxsize=1)
def bwrap_version() -> str:
    path = bwrap_path()
    if path is None:
        return "absent"
    try:
        out = subprocess.run(
            [path, "--version"], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return out.stdout.strip().removeprefix("bubblewrap ").strip() or "unknown"


def python_roots() -> list[Path]:
    """Directories the harness needs read-only: interpreter, venv, custos sources."""
    import custos

    roots: list[Path] = []
    # Not sys.path: it may hold the current directory and anything a .pth
    # file added; the harness needs the interpreter, the venv and custos.
    candidates = [Path(sys.base_prefix), Path(sys.prefix), Path(custos.__file__).parent.parent]
    for c in candidates:
        r = c.resolve()
        if r == Path("/") or str(r).startswith(("/usr/", "/proc", "/dev", "/sys")):
            continue
        if any(r == q or q in r.parents for q in roots):
            continue
        roots = [q for q in roots if r not in q.parents]
        roots.append(r)
    # The interpreter may be a symlink out of the venv (e.g. to a pyenv build).
    exe = Path(sys.executable).resolve()
    if not any(exe == q or q in exe.parents for q in roots) and not str(exe).startswith("/usr/"):
        roots.append(exe.parent)
    return sorted(roots)


def _system_mounts() -> list[str]:
    args = ["--ro-bind", "/usr", "/usr"]
    for name in ("bin", "sbin", "lib", "lib32", "lib64", "libx32"):
        p = Path("/") / name
        if p.is_symlink():
            args += ["--symlink", os.readlink(p), str(p)]
        elif p.is_dir():
            args += ["--ro-bind", str(p), str(p)]
    for f in ("/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/localtime"):
        if Path(f).exists():
            args += ["--ro-bind", f, f]
    return args


def _under(path: Path, roots: Sequence[Path]) -> bool:
    return any(path == r or r in path.parents for r in roots)


def build_argv(
    command: Sequence[str],
    *,
    limits: Limits,
    hide_dirs: Sequence[Path] = (),
    hide_files: Sequence[Path] = (),
    seccomp_fd: int | None = None,
) -> list[str]:
    """The full bubblewrap command line for ``command`` (run inside)."""
    path = bwrap_path()
    if path is None:
        raise SandboxUnavailable(
            "bubblewrap (bwrap) is not installed; install the 'bubblewrap' package",
            code="sandbox.bwrap_missing",
        )
    roots = python_roots()
    argv = [
        path,
        "--unshare-all",
        "--unshare-user",
        "--disable-userns",
        "--die-with-parent",
        "--new-session",
        "--cap-drop",
        "ALL",
        "--uid",
        str(SANDBOX_UID),
        "--gid",
        str(SANDBOX_UID),
        "--hostname",
        "custos-sandbox",
        "--clearenv",
        *_system_mounts(),
    ]
    argv += [
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        "--size",
        str(limits.scratch_bytes),
        "--tmpfs",
        "/tmp",  # noqa: S108 - a private tmpfs inside the sandbox
        "--size",
        str(limits.scratch_bytes),
        "--tmpfs",
        "/workspace",
        "--size",
        str(limits.scratch_bytes),
        "--tmpfs",
        "/dev/shm",  # noqa: S108 - a private, size-capped tmpfs inside the sandbox
    ]
    # The read-only roots come after the scratch tmpfs: a checkout or venv
    # under /tmp must not be hidden by the sandbox's own /tmp.
    for r in roots:
        argv += ["--ro-bind", str(r), str(r)]
    # Mask what must stay invisible even if it sits under a mounted root.
    for d in hide_dirs:
        d = d.resolve()
        if _under(d, roots):
            argv += ["--tmpfs", str(d), "--remount-ro", str(d)]
    masked = [d.resolve() for d in hide_dirs]
    for f in hide_files:
        f = f.resolve()
        if _under(f, roots) and not _under(f, masked) and f.is_file():
            argv += ["--ro-bind", "/dev/null", str(f)]
    argv += [
        # bubblewrap's own root and /dev are tmpfs the job could fill without
        # any size cap (host memory): read-only once everything is mounted.
        "--remount-ro",
        "/dev",
        "--remount-ro",
        "/",
        "--chdir",
        "/workspace",
        "--setenv",
        "HOME",
        "/workspace",
        "--setenv",
        "PATH",
        "/usr/bin:/bin",
        "--setenv",
        "PYTHONNOUSERSITE",
        "1",
        "--setenv",
        "PYTHONDONTWRITEBYTECODE",
        "1",
        "--setenv",
        "PYTHONHASHSEED",
        "random",
        "--setenv",
        "OMP_NUM_THREADS",
        str(limits.threads),
        "--setenv",
        "MKL_NUM_THREADS",
        str(limits.threads),
        "--setenv",
        "OPENBLAS_NUM_THREADS",
        str(limits.threads),
    ]
    if seccomp_fd is not None:
        argv += ["--seccomp", str(seccomp_fd)]
    argv += ["--", *command]
    return argv


def config_hash(argv: Sequence[str], limits: Limits, seccomp_sha256: str) -> str:
    """Hash of the sandbox configuration (argv without fd numbers, limits, filter)."""
    # The seccomp fd number differs from run to run; its content is hashed.
    stable = [
        "FD" if prev == "--seccomp" else a for prev, a in zip(["", *argv], argv, strict=False)
    ]
    doc = {"argv": stable, "limits": limits.to_json(), "seccomp": seccomp_sha256}
    return "sha256:" + hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()


def _apply_limits(limits: Limits) -> Callable[[], None]:
    def preexec() -> None:  # runs in the child between fork and exec
        resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
        resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + 5))
        resource.setrlimit(resource.RLIMIT_FSIZE, (limits.file_bytes, limits.file_bytes))
        resource.setrlimit(resource.RLIMIT_NOFILE, (limits.open_files, limits.open_files))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if os.getuid() != 0:
            # Root is exempt from RLIMIT_NPROC; the seccomp filter is what
            # stops process creation in every case.
            resource.setrlimit(resource.RLIMIT_NPROC, (512, 512))

    return preexec


def run_sandboxed(
    command: Sequence[str],
    job_frame: bytes,
    *,
    limits: Limits,
    hide_dirs: Sequence[Path] = (),
    hide_files: Sequence[Path] = (),
    on_frame: Callable[[Frame], None] | None = None,
    seccomp: bytes | None = None,
    final: str = "result",
) -> tuple[Outcome, list[str]]:
    """Run ``command`` in a fresh sandbox, feed it ``job_frame``, collect its frames.

    Returns the outcome and the argv used. The run is killed (namespace and
    all) at the wall-clock limit, on the first protocol violation and when the
    output exceeds ``limits.output_bytes``. ``final`` is the frame type that
    ends this kind of run (``result`` for training, ``audit_result`` for the
    leakage audit); the other final type is a protocol violation.

    Raises
    ------
    SandboxUnavailable
        bubblewrap is missing or could not set up the namespaces.
    """
    from custos.sandbox._seccomp import build_filter, write_filter_fd

    filt = seccomp if seccomp is not None else build_filter()
    fd = write_filter_fd(filt)
    try:
        argv = build_argv(
            command, limits=limits, hide_dirs=hide_dirs, hide_files=hide_files, seccomp_fd=fd
        )
        t0 = time.monotonic()
        try:
            proc = subprocess.Popen(
                argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                pass_fds=(fd,),
                preexec_fn=_apply_limits(limits),
                start_new_session=True,
                env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
            )
        except OSError as exc:
            raise SandboxUnavailable(
                f"bubblewrap could not be started ({type(exc).__name__})",
                code="sandbox.start_failed",
            ) from exc
    finally:
        os.close(fd)
    outcome = _supervise(proc, job_frame, limits, t0, on_frame, final)
    if (
        not outcome.started
        and outcome.result is None
        and outcome.error is None
        and outcome.violation is None
        and outcome.killed is None
        and not outcome.frames
        and outcome.stderr_tail.startswith(b"bwrap:")
    ):
        # bubblewrap itself failed before the job ran: namespaces denied, a
        # mount it could not make. Fail closed, with bwrap's own words (they
        # name paths and syscalls, never job data).
        first = outcome.stderr_tail.split(b"\n", 1)[0].decode("utf-8", "replace")[:300]
        raise SandboxUnavailable(
            f"the sandbox could not be set up: {first}", code="sandbox.setup_failed"
        )
    return outcome, argv


def _supervise(
    proc: subprocess.Popen[bytes],
    job_frame: bytes,
    limits: Limits,
    t0: float,
    on_frame: Callable[[Frame], None] | None,
    final: str = "result",
) -> Outcome:
    assert proc.stdin is not None
    assert proc.stdout is not None
    assert proc.stderr is not None
    stderr = proc.stderr
    stderr_tail = bytearray()

    def feed() -> None:
        try:
            assert proc.stdin is not None
            proc.stdin.write(job_frame)
            proc.stdin.close()
        except (BrokenPipeError, OSError):
            pass

    def drain() -> None:
        for chunk in iter(lambda: os.read(stderr.fileno(), 65536), b""):
            if len(stderr_tail) < STDERR_KEEP:
                stderr_tail.extend(chunk[: STDERR_KEEP - len(stderr_tail)])

    threads = [
        threading.Thread(target=feed, daemon=True),
        threading.Thread(target=drain, daemon=True),
    ]
    for t in threads:
        t.start()
    frames: list[Frame] = []
    started = False
    killed: str | None = None
    violation: ProtocolViolation | None = None
    result: Frame | None = None
    error: Frame | None = None
    deadline = t0 + limits.wall_seconds
    reader = _DeadlineReader(proc.stdout, deadline)
    try:
        while True:
            try:
                frame = read_frame(reader, max_payload=limits.output_bytes)  # type: ignore[arg-type]
            except _Deadline:
                killed = "wall_clock"
                break
            if frame is None:
                break
            check_from_harness(frame)
            if result is not None or error is not None:
                raise ProtocolViolation(
                    "the sandbox kept talking after its final frame", code="sandbox.bad_frame"
                )
            if frame.type == "hello":
                if started or frames:
                    raise ProtocolViolation(
                        "the sandbox said hello twice or late", code="sandbox.bad_frame"
                    )
                started = True
                continue
            frames.append(frame)
            if frame.type in FINAL_TYPES:
                if frame.type != final:
                    raise ProtocolViolation(
                        "the sandbox answered with the wrong kind of result",
                        code="sandbox.bad_frame",
                    )
                result = frame
            elif frame.type == "error":
                error = frame
            elif on_frame is not None:
                on_frame(frame)
            if len(frames) > 1_000_000:
                raise ProtocolViolation("the sandbox sent too many frames", code="sandbox.flood")
    except ProtocolViolation as exc:
        violation = exc
    if killed is not None or violation is not None:
        _kill(proc)
    try:
        rc = proc.wait(timeout=max(1.0, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        killed = killed or "wall_clock"
        _kill(proc)
        rc = proc.wait()
    for t in threads:
        t.join(timeout=5)
    # bubblewrap reports a job killed by a signal as 128 + the signal.
    sig = -rc if rc < 0 else rc - 128 if 128 < rc <= 192 and result is None else 0
    if sig and killed is None:
        names = {
            int(signal.SIGKILL): "killed",
            int(signal.SIGXCPU): "cpu_time",
            int(signal.SIGXFSZ): "file_size",
            int(signal.SIGSEGV): "crashed",
        }
        killed = names.get(sig, f"signal_{sig}")
    return Outcome(
        frames=frames,
        returncode=rc,
        wall_seconds=time.monotonic() - t0,
        killed=killed,
        started=started,
        violation=violation,
        result=result,
        error=error,
        stderr_tail=bytes(stderr_tail),
    )


def _kill(proc: subprocess.Popen[bytes]) -> None:
    # The sandbox runs in its own session: kill bubblewrap and everything under
    # it. --die-with-parent and the PID namespace take the rest down.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)


class _Deadline(Exception):
    pass


class _DeadlineReader:
    """A binary stream whose reads give up at a monotonic deadline."""

    def __init__(self, stream: Any, deadline: float) -> None:
        self._fd = stream.fileno()
        self._deadline = deadline
        self._sel = selectors.DefaultSelector()
        self._sel.register(self._fd, selectors.EVENT_READ)

    def read(self, n: int) -> bytes:
        left = self._deadline - time.monotonic()
        if left <= 0 or not self._sel.select(timeout=left):
            raise _Deadline
        return os.read(self._fd, n)


def probe() -> tuple[bool, str]:
    """Can this machine run a sandbox right now? (True, version) or (False, reason)."""
    try:
        outcome, _ = run_sandboxed(
            [sys.executable, "-c", "import sys; sys.exit(0)"],
            b"",
            limits=Limits(wall_seconds=30.0),
        )
    except CustosError as exc:
        return False, exc.message
    if outcome.returncode != 0:
        return False, f"a test sandbox exited with status {outcome.returncode}"
    return True, bwrap_version()


@lru_cache(maxsize=1)
def probe_cached() -> tuple[bool, str]:
    return probe()
