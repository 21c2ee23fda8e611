"""The seccomp filter: its program, checked by an interpreter, and real processes under bwrap."""

from __future__ import annotations

import errno
import hashlib
import importlib.util
import os
import platform
import re
import shutil
import signal
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from custos.core import canonical_json
from custos.core._errors import CustosError
from custos.sandbox._bwrap import python_roots
from custos.sandbox._seccomp import (
    _DENY_EPERM,
    _SYSCALLS,
    POLICY,
    SUPPORTED_MACHINES,
    SeccompUnsupported,
    _Assembler,
    build_filter,
    describe_policy,
    policy_hash,
    write_filter_fd,
)

# -- a classic-BPF interpreter for what the filter uses --------------------------

KILL_PROCESS = 0x80000000
ALLOW = 0x7FFF0000
ERRNO = 0x00050000
EPERM = ERRNO | errno.EPERM
ENOSYS = ERRNO | errno.ENOSYS
AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}
AUDIT_ARCH_I386 = 0x40000003

LD_W_ABS, JEQ_K, JGE_K, JSET_K, RET_K = 0x20, 0x15, 0x35, 0x45, 0x06
JUMPS = {JEQ_K, JGE_K, JSET_K}

CLONE_VM, CLONE_FS, CLONE_FILES, CLONE_SIGHAND = 0x100, 0x200, 0x400, 0x800
CLONE_THREAD, CLONE_SYSVSEM, CLONE_SETTLS = 0x10000, 0x40000, 0x80000
CLONE_PARENT_SETTID, CLONE_CHILD_CLEARTID = 0x100000, 0x200000
CLONE_NEWUSER, CLONE_NEWNET = 0x10000000, 0x40000000
# What glibc's pthread_create passes to clone (after clone3 fails with ENOSYS).
PTHREAD_FLAGS = (
    CLONE_VM
    | CLONE_FS
    | CLONE_FILES
    | CLONE_SIGHAND
    | CLONE_THREAD
    | CLONE_SYSVSEM
    | CLONE_SETTLS
    | CLONE_PARENT_SETTID
    | CLONE_CHILD_CLEARTID
)
SIGCHLD = 17


def decode(program: bytes) -> list[tuple[int, int, int, int]]:
    return [struct.unpack_from("<HBBI", program, i) for i in range(0, len(program), 8)]


def run_bpf(program: bytes, nr: int, arch: int, args: tuple[int, ...] = ()) -> int:
    """The filter's verdict for one syscall, as the kernel would compute it."""
    full = (*args, *([0] * (6 - len(args))))
    data = struct.pack("<iIQ6Q", nr, arch, 0, *(a & 0xFFFFFFFFFFFFFFFF for a in full))
    insns = decode(program)
    pc, acc = 0, 0
    while True:
        code, jt, jf, k = insns[pc]
        if code == LD_W_ABS:
            (acc,) = struct.unpack_from("<I", data, k)
            pc += 1
        elif code in JUMPS:
            hit = {JEQ_K: acc == k, JGE_K: acc >= k, JSET_K: bool(acc & k)}[code]
            pc += 1 + (jt if hit else jf)
        elif code == RET_K:
            return k
        else:
            raise AssertionError(f"unexpected opcode {code:#x}")


def verdict(machine: str, name: str, *args: int) -> int:
    return run_bpf(build_filter(machine), _SYSCALLS[machine][name], AUDIT_ARCH[machine], args)


# -- program structure -------------------------------------------------------------


@pytest.mark.parametrize("machine", SUPPORTED_MACHINES)
def test_program_is_well_formed(machine: str) -> None:
    program = build_filter(machine)
    assert program
    assert len(program) % 8 == 0
    insns = decode(program)
    assert len(insns) < 4096  # BPF_MAXINSNS
    for at, (code, jt, jf, k) in enumerate(insns):
        assert code in {LD_W_ABS, RET_K} | JUMPS
        if code in JUMPS:
            assert at + 1 + jt < len(insns)
            assert at + 1 + jf < len(insns)
        else:
            assert jt == jf == 0
        if code == LD_W_ABS:
            assert k % 4 == 0
            assert k < 64  # sizeof(struct seccomp_data)
    assert insns[-1][0] == RET_K


@pytest.mark.parametrize("machine", SUPPORTED_MACHINES)
def test_every_path_ends_in_a_return(machine: str) -> None:
    insns = decode(build_filter(machine))
    # Jumps only go forward, so walking backwards settles every instruction.
    ends = [False] * len(insns)
    for at in reversed(range(len(insns))):
        code, jt, jf, _ = insns[at]
        if code == RET_K:
            ends[at] = True
        elif code in JUMPS:
            ends[at] = ends[at + 1 + jt] and ends[at + 1 + jf]
        else:
            ends[at] = at + 1 < len(insns) and ends[at + 1]
    assert ends[0]


def test_the_filter_is_deterministic_and_per_machine() -> None:
    assert build_filter("x86_64") == build_filter("x86_64")
    assert build_filter("aarch64") != build_filter("x86_64")
    assert policy_hash("aarch64") == hashlib.sha256(build_filter("aarch64")).hexdigest()
    assert re.fullmatch(r"[0-9a-f]{64}", policy_hash("x86_64"))


@pytest.mark.skipif(platform.machine() not in SUPPORTED_MACHINES, reason="unsupported machine")
def test_the_default_machine_is_this_one() -> None:
    assert build_filter() == build_filter(platform.machine())
    assert policy_hash() == policy_hash(platform.machine())


@pytest.mark.parametrize("machine", ["i686", "armv7l", "riscv64", "ppc64le", "s390x", ""])
def test_an_unsupported_machine_is_refused(machine: str) -> None:
    with pytest.raises(SeccompUnsupported) as info:
        build_filter(machine)
    assert isinstance(info.value, CustosError)
    assert info.value.code == "sandbox.seccomp_unsupported"
    with pytest.raises(SeccompUnsupported):
        policy_hash(machine)


def test_an_unsupported_default_machine_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform, "machine", lambda: "mips")
    with pytest.raises(SeccompUnsupported):
        build_filter()


def test_the_assembler_refuses_a_jump_beyond_255() -> None:
    asm = _Assembler()
    asm.load(0)
    asm.jeq(1, "far")
    for _ in range(256):
        asm.ret(0)
    asm.label("far")
    asm.ret(0)
    with pytest.raises(ValueError, match="outside"):
        asm.assemble()


def test_the_assembler_refuses_an_undefined_label() -> None:
    asm = _Assembler()
    asm.jeq(1, "nowhere")
    with pytest.raises(ValueError, match="undefined"):
        asm.assemble()


# -- verdicts, by interpretation (covers aarch64 on any machine) ------------------


@pytest.mark.parametrize("machine", SUPPORTED_MACHINES)
def test_another_abi_kills_the_process(machine: str) -> None:
    program = build_filter(machine)
    for arch in (AUDIT_ARCH_I386, *(a for m, a in AUDIT_ARCH.items() if m != machine), 0):
        assert run_bpf(program, 0, arch) == KILL_PROCESS


def test_x32_syscalls_are_refused_on_x86_64() -> None:
    program = build_filter("x86_64")
    assert run_bpf(program, 0x40000000 | 39, AUDIT_ARCH["x86_64"]) == EPERM  # x32 getpid
    assert run_bpf(program, 39, AUDIT_ARCH["x86_64"]) == ALLOW


@pytest.mark.parametrize("machine", SUPPORTED_MACHINES)
def test_every_listed_syscall_is_refused(machine: str) -> None:
    table = _SYSCALLS[machine]
    listed = [name for names in _DENY_EPERM.values() for name in names if name in table]
    assert len(listed) > 40
    for name in listed:
        assert verdict(machine, name) == EPERM, name


@pytest.mark.parametrize("machine", SUPPORTED_MACHINES)
def test_ordinary_syscalls_are_allowed(machine: str) -> None:
    program = build_filter(machine)
    # read, write, openat, mmap, futex, execve, exit_group on each machine
    numbers = {
        "x86_64": (0, 1, 257, 9, 202, 59, 231),
        "aarch64": (63, 64, 56, 222, 98, 221, 94),
    }[machine]
    for nr in numbers:
        assert run_bpf(program, nr, AUDIT_ARCH[machine], (3, 0, 0)) == ALLOW, nr


@pytest.mark.parametrize("machine", SUPPORTED_MACHINES)
def test_only_unix_sockets(machine: str) -> None:
    for name in ("socket", "socketpair"):
        assert verdict(machine, name, 1, 1, 0) == ALLOW  # AF_UNIX, SOCK_STREAM
        # the kernel reads an int: the upper half of the register does not matter
        assert verdict(machine, name, 0xDEAD_0000_0000_0001, 1, 0) == ALLOW
        for family in (2, 10, 16, 17, 38, 40):  # INET, INET6, NETLINK, PACKET, ALG, VSOCK
            assert verdict(machine, name, family, 1, 0) == EPERM, (name, family)


@pytest.mark.parametrize("machine", SUPPORTED_MACHINES)
def test_clone_only_makes_threads(machine: str) -> None:
    assert verdict(machine, "clone", PTHREAD_FLAGS) == ALLOW
    assert verdict(machine, "clone", SIGCHLD) == EPERM  # fork()
    assert verdict(machine, "clone", CLONE_VM | 0x4000 | SIGCHLD) == EPERM  # vfork / posix_spawn
    assert verdict(machine, "clone", PTHREAD_FLAGS | CLONE_NEWNET) == EPERM
    assert verdict(machine, "clone", PTHREAD_FLAGS | CLONE_NEWUSER) == EPERM
    assert verdict(machine, "clone3", 0, 88) == ENOSYS


def test_fork_and_vfork_are_refused_where_they_exist() -> None:
    assert verdict("x86_64", "fork") == EPERM
    assert verdict("x86_64", "vfork") == EPERM
    assert "fork" not in _SYSCALLS["aarch64"]
    assert "vfork" not in _SYSCALLS["aarch64"]


@pytest.mark.parametrize("machine", SUPPORTED_MACHINES)
def test_personality_may_only_query(machine: str) -> None:
    assert verdict(machine, "personality", 0xFFFFFFFF) == ALLOW
    assert verdict(machine, "personality", 0) == ALLOW
    assert verdict(machine, "personality", 0x0040000) == EPERM  # ADDR_NO_RANDOMIZE
    assert verdict(machine, "personality", 0x0400000) == EPERM  # READ_IMPLIES_EXEC


@pytest.mark.parametrize("machine", SUPPORTED_MACHINES)
def test_no_terminal_injection(machine: str) -> None:
    assert verdict(machine, "ioctl", 0, 0x5412) == EPERM  # TIOCSTI
    assert verdict(machine, "ioctl", 0, 0x541C) == EPERM  # TIOCLINUX
    assert verdict(machine, "ioctl", 0, 0x5401) == ALLOW  # TCGETS
    assert verdict(machine, "ioctl", 0, 0x5421) == ALLOW  # FIONBIO


# -- the tables against the kernel's headers, where installed ----------------------

HEADERS = {
    "x86_64": Path("/usr/include/x86_64-linux-gnu/asm/unistd_64.h"),
    "aarch64": Path("/usr/include/asm-generic/unistd.h"),
}


def header_numbers(path: Path) -> dict[str, int]:
    found = re.findall(r"^#define __NR_(\w+)\s+(\d+)\s*$", path.read_text(), re.MULTILINE)
    return {name: int(number) for name, number in found}


@pytest.mark.parametrize("machine", SUPPORTED_MACHINES)
def test_syscall_numbers_match_the_kernel_headers(machine: str) -> None:
    path = HEADERS[machine]
    if not path.exists():
        pytest.skip(f"{path} is not installed (apt-get install linux-libc-dev)")
    known = header_numbers(path)
    checked = 0
    for name, number in _SYSCALLS[machine].items():
        if name in known:  # newer than the installed headers otherwise
            assert known[name] == number, name
            checked += 1
    assert checked >= len(_SYSCALLS[machine]) - 2


def test_only_x86_64_has_the_legacy_syscalls() -> None:
    only_x86 = set(_SYSCALLS["x86_64"]) - set(_SYSCALLS["aarch64"])
    assert only_x86 == {"fork", "vfork", "iopl", "ioperm", "modify_ldt", "uselib"}
    assert set(_SYSCALLS["aarch64"]) <= set(_SYSCALLS["x86_64"])
    listed = {name for names in _DENY_EPERM.values() for name in names}
    assert listed <= set(_SYSCALLS["x86_64"])


def test_the_description_is_canonical_json() -> None:
    for machine in SUPPORTED_MACHINES:
        described = describe_policy(machine)
        canonical_json(described)
        assert described["sha256"] == policy_hash(machine)
        assert described["instructions"] == len(build_filter(machine)) // 8
        deny = described["deny_eperm"]
        assert isinstance(deny, dict)
        assert "ptrace" in deny["other_processes"]
    assert describe_policy("aarch64")["deny_eperm"]["new_processes"] == []  # type: ignore[index]
    assert POLICY["default"] == "allow"
    with pytest.raises(TypeError):
        POLICY["default"] = "deny"  # type: ignore[index]


# -- the fd ---------------------------------------------------------------------


def test_the_fd_holds_the_program_and_is_sealed() -> None:
    program = build_filter("x86_64")
    fd = write_filter_fd(program)
    try:
        assert os.lseek(fd, 0, os.SEEK_CUR) == 0
        assert os.read(fd, len(program) + 100) == program
        assert os.read(fd, 1) == b""
        assert not os.get_inheritable(fd)
        with pytest.raises(PermissionError):
            os.pwrite(fd, b"\0" * 8, 0)
        with pytest.raises(PermissionError):
            os.ftruncate(fd, 0)
    finally:
        os.close(fd)


@pytest.mark.parametrize("data", [b"", b"\0" * 7, b"\0" * 12])
def test_the_fd_takes_whole_instructions_only(data: bytes) -> None:
    with pytest.raises(ValueError, match="8-byte"):
        write_filter_fd(data)


# -- real processes under bubblewrap --------------------------------------------

BWRAP = shutil.which("bwrap")
on_x86_64 = pytest.mark.skipif(platform.machine() != "x86_64", reason="x86_64 only")


def sandboxed(code: str, *, seccomp: bool = True) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh Python under bwrap, with the filter unless told not to."""
    assert BWRAP is not None
    fds: tuple[int, ...] = ()
    argv = [BWRAP, "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL"]
    argv += ["--ro-bind", "/", "/", "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]
    for root in python_roots():  # a checkout or venv under /tmp must stay visible
        argv += ["--ro-bind", str(root), str(root)]
    if seccomp:
        fds = (write_filter_fd(build_filter()),)
        argv += ["--seccomp", str(fds[0])]
    argv += [sys.executable, "-c", textwrap.dedent(code)]
    try:
        return subprocess.run(
            argv, pass_fds=fds, capture_output=True, text=True, timeout=300, check=False
        )
    finally:
        for fd in fds:
            os.close(fd)


def outcome(code: str, *, seccomp: bool = True) -> list[str]:
    """The lines ``code`` printed; it must exit 0."""
    proc = sandboxed(code, seccomp=seccomp)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout.split()


# Inside the sandbox: call(...) gives a libc call's errno name, or "ok".
LIBC = """
import ctypes, errno, os
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
def call(fn, *args):
    ctypes.set_errno(0)
    r = fn(*args)
    return errno.errorcode[ctypes.get_errno()] if r == -1 else "ok"
"""

FAMILIES = ["AF_INET", "AF_INET6", "AF_NETLINK", "AF_PACKET", "AF_ALG", "AF_VSOCK"]
SOCKETS = """
import socket
for family in FAMILIES:
    kind = socket.SOCK_SEQPACKET if family == "AF_ALG" else socket.SOCK_DGRAM
    try:
        socket.socket(getattr(socket, family), kind).close()
    except PermissionError:
        print("denied")
    except OSError as exc:  # the family itself is missing from this kernel
        print(errno.errorcode[exc.errno])
    else:
        print("allowed")
"""


@pytest.mark.integration
@pytest.mark.skipif(BWRAP is None, reason="bubblewrap (bwrap) is not on PATH")
@pytest.mark.skipif(
    platform.machine() not in SUPPORTED_MACHINES, reason="no seccomp filter for this machine"
)
class TestUnderBubblewrap:
    def test_network_sockets_are_refused(self) -> None:
        code = f"import errno\nFAMILIES = {FAMILIES!r}\n{SOCKETS}"
        assert outcome(code) == ["denied"] * len(FAMILIES)

    def test_without_the_filter_the_same_sockets_open(self) -> None:
        # The control: bwrap alone (own network namespace, no capabilities) lets
        # a job open INET and NETLINK sockets; the filter is what refuses them.
        code = f"import errno\nFAMILIES = {FAMILIES[:3]!r}\n{SOCKETS}"
        assert outcome(code, seccomp=False) == ["allowed"] * 3

    def test_unix_sockets_work(self) -> None:
        code = """
            import socket
            a, b = socket.socketpair()
            a.sendall(b"ping")
            print(b.recv(4).decode())
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.bind("/tmp/sock")
            s.listen()
            print("listening")
        """
        assert outcome(code) == ["ping", "listening"]

    def test_no_new_processes(self) -> None:
        code = """
            import os, subprocess, multiprocessing
            for attempt in (
                os.fork,
                lambda: subprocess.run(["true"]),
                lambda: os.posix_spawn("/bin/true", ["true"], {}),
                lambda: multiprocessing.Process(target=print).start(),
            ):
                try:
                    attempt()
                except PermissionError:
                    print("denied")
                else:
                    print("allowed")
        """
        assert outcome(code) == ["denied"] * 4

    def test_threads_work(self) -> None:
        code = """
            import threading
            from concurrent.futures import ThreadPoolExecutor
            seen = []
            t = threading.Thread(target=seen.append, args=("thread",))
            t.start()
            t.join()
            print(*seen)
            with ThreadPoolExecutor(4) as pool:
                print(sum(pool.map(abs, range(-100, 0))))
        """
        assert outcome(code) == ["thread", "5050"]

    def test_denied_syscalls_fail_with_eperm(self) -> None:
        code = (
            LIBC
            + """
print(call(libc.unshare, 0x10000000))                # CLONE_NEWUSER
print(call(libc.unshare, 0x40000000))                # CLONE_NEWNET
print(call(libc.ptrace, 0, 0, None, None))           # PTRACE_TRACEME
print(call(libc.mount, b"none", b"/tmp", b"tmpfs", 0, None))
print(call(libc.umount2, b"/proc", 0))
print(call(libc.chroot, b"/tmp"))
print(call(libc.setns, 0, 0))
print(call(libc.syscall, SYS["keyctl"], 0, -3, 0))  # KEYCTL_GET_KEYRING_ID
print(call(libc.syscall, SYS["fsopen"], b"tmpfs", 0))
print(call(libc.syscall, SYS["process_vm_readv"], 1, None, 0, None, 0, 0))
print(call(libc.syscall, SYS["bpf"], 0, None, 0))
print(call(libc.syscall, SYS["io_uring_setup"], 1, None))
print(call(libc.syscall, SYS["userfaultfd"], 0))
print(call(libc.syscall, SYS["perf_event_open"], None, 0, -1, -1, 0))
print(call(libc.syscall, SYS["personality"], 0x0040000))  # ADDR_NO_RANDOMIZE
"""
        )
        table = dict(_SYSCALLS[platform.machine()])
        out = outcome(f"SYS = {table!r}\n{code}")
        assert out == ["EPERM"] * 15

    def test_allowed_arguments_pass(self) -> None:
        code = (
            LIBC
            + """
print(call(libc.syscall, SYS["personality"], 0xFFFFFFFF))
print(call(libc.syscall, SYS["clone3"], None, 0))
print(call(libc.syscall, SYS["ioctl"], 0, 0x5412, ctypes.c_char_p(b"x")))  # TIOCSTI
"""
        )
        table = dict(_SYSCALLS[platform.machine()])
        assert outcome(f"SYS = {table!r}\n{code}") == ["ok", "ENOSYS", "EPERM"]

    def test_without_the_filter_ptrace_and_clone3_behave_normally(self) -> None:
        code = (
            LIBC
            + """
print(call(libc.ptrace, 0, 0, None, None))
print(call(libc.syscall, SYS["clone3"], None, 0))
"""
        )
        table = dict(_SYSCALLS[platform.machine()])
        assert outcome(f"SYS = {table!r}\n{code}", seccomp=False) == ["ok", "EINVAL"]

    @on_x86_64
    def test_x32_syscalls_fail_with_eperm(self) -> None:
        code = LIBC + "print(call(libc.syscall, 0x40000000 | 39))"  # x32 getpid
        assert outcome(code) == ["EPERM"]

    @on_x86_64
    def test_an_i386_syscall_kills_the_process(self) -> None:
        code = """
            import ctypes, mmap
            # mov eax, 20 (getpid on i386); int 0x80; ret
            machine_code = bytes([0xB8, 0x14, 0, 0, 0, 0xCD, 0x80, 0xC3])
            prot = mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC
            page = mmap.mmap(-1, mmap.PAGESIZE, prot=prot)
            page.write(machine_code)
            address = ctypes.addressof(ctypes.c_char.from_buffer(page))
            ctypes.CFUNCTYPE(ctypes.c_int)(address)()
            print("survived")
        """
        control = sandboxed(code, seccomp=False)
        if control.returncode != 0:
            pytest.skip("this kernel runs no i386 syscalls (no IA32 emulation)")
        proc = sandboxed(code)
        assert proc.stdout == ""
        # bwrap reports a child killed by a signal as 128 + the signal
        assert proc.returncode in (128 + signal.SIGSYS, -signal.SIGSYS), proc.stderr

    def test_the_training_stack_imports(self) -> None:
        wanted = ["numpy", "pyarrow", "pandas", "safetensors", "torch", "opacus"]
        present = [m for m in wanted if importlib.util.find_spec(m) is not None]
        code = f"""
            import importlib, ctypes.util
            for name in {present!r}:
                importlib.import_module(name)
                print(name)
            # spawns ldconfig/gcc/ld, which fail: it must answer None, not raise
            print(ctypes.util.find_library("gomp"))
        """
        assert outcome(code) == [*present, "None"]

    def test_torch_runs_on_several_threads(self) -> None:
        if importlib.util.find_spec("torch") is None:
            pytest.skip("torch is not installed (the train extra)")
        code = """
            import torch
            torch.set_num_threads(2)
            a, b = torch.randn(500, 500), torch.randn(500, 500)
            print(torch.get_num_threads(), bool(torch.isfinite((a @ b).sum())))
            model = torch.nn.Linear(8, 1)
            loss = model(torch.randn(64, 8)).pow(2).mean()
            loss.backward()
            print(model.weight.grad is not None)
        """
        assert outcome(code) == ["2", "True", "True"]
