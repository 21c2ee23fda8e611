"""The seccomp filter every sandboxed job runs under.

bubblewrap's ``--seccomp FD`` (and ``--add-seccomp-fd FD``) installs a
classic BPF program that it reads, raw, from a file descriptor until EOF: an
array of ``struct sock_filter {u16 code; u8 jt; u8 jf; u32 k;}``. This module
assembles that program by hand, with the standard library only. There is no
well-kept binding on PyPI that ships libseccomp itself (the official
``seccomp`` bindings need the system library and its headers at build time),
and the filter is small enough that a readable hand assembly is easier to
review than a dependency.

What the filter does, in order:

1. A syscall made for another ABI than the expected one (``seccomp_data.arch``
   is not ``AUDIT_ARCH_X86_64`` / ``AUDIT_ARCH_AARCH64``; e.g. ``int 0x80``
   i386 calls on x86_64) kills the whole process: syscall numbers mean other
   things there, so nothing below would be checked correctly.
2. On x86_64, x32 syscalls (number with bit ``0x40000000``) fail with EPERM.
3. ``socket``/``socketpair``: only ``AF_UNIX`` is allowed; every other family
   (INET, INET6, NETLINK, PACKET, VSOCK, ALG, ...) fails with EPERM. The job
   has no network namespace of its own to talk to anyway; this also closes the
   kernel's long tail of socket families as attack surface.
4. No new processes: ``fork``/``vfork`` (x86_64 only) fail with EPERM;
   ``clone`` is allowed only to create a *thread* (``CLONE_THREAD`` set and no
   ``CLONE_NEW*`` namespace flag), because torch and OpenMP need threads;
   ``clone3`` fails with ENOSYS because its flags live in memory that seccomp
   cannot read; glibc then falls back to ``clone``, which rule 4 filters.
   ``execve`` stays allowed: bubblewrap installs the filter *before* it execs
   the job's interpreter, and there is no second process to exec in.
5. A fixed list of syscalls fails with EPERM (see :data:`POLICY`): debugging
   and reading other processes, mounts and namespaces, file handles, the
   kernel keyring, BPF/perf/userfaultfd/io_uring, modules/kexec/reboot,
   system administration and setting the clocks.
6. ``personality`` may only query (``0xffffffff``) or set ``PER_LINUX``
   (``0``); other personas (``ADDR_NO_RANDOMIZE``, ``READ_IMPLIES_EXEC``, ...)
   would weaken exploit mitigations of whatever the job execs next.
7. ``ioctl(TIOCSTI)`` and ``ioctl(TIOCLINUX)`` fail with EPERM: they push
   input into a terminal the job might share with an operator.
8. Everything else is allowed.

The program is a linear run of ``JEQ nr`` checks that jump forward to a few
shared tails; it never loads an argument for a syscall that is allowed
unconditionally, so the kernel's seccomp action cache (Linux 5.11+) lets
those syscalls skip the filter entirely. Classic BPF jump offsets are u8:
:class:`_Assembler` resolves labels and refuses any jump beyond 255.

Both supported machines are little-endian, so the program is encoded
little-endian explicitly: the bytes (and :func:`policy_hash`) do not depend
on the machine that builds them.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import platform
import struct
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from custos.core._errors import CustosError


class SeccompUnsupported(CustosError):
    """There is no seccomp filter for this machine's architecture."""

    code = "sandbox.seccomp_unsupported"


# -- constants from the kernel's uapi headers ---------------------------------

# linux/filter.h (classic BPF)
_BPF_LD_W_ABS: Final = 0x00 | 0x00 | 0x20  # BPF_LD | BPF_W | BPF_ABS
_BPF_JEQ_K: Final = 0x05 | 0x10 | 0x00  # BPF_JMP | BPF_JEQ | BPF_K
_BPF_JGE_K: Final = 0x05 | 0x30 | 0x00  # BPF_JMP | BPF_JGE | BPF_K
_BPF_JSET_K: Final = 0x05 | 0x40 | 0x00  # BPF_JMP | BPF_JSET | BPF_K
_BPF_RET_K: Final = 0x06 | 0x00  # BPF_RET | BPF_K
_MAX_JUMP: Final = 0xFF
_INSN: Final = struct.Struct("<HBBI")  # struct sock_filter, 8 bytes

# linux/seccomp.h
_RET_KILL_PROCESS: Final = 0x80000000
_RET_ERRNO: Final = 0x00050000
_RET_ALLOW: Final = 0x7FFF0000

# struct seccomp_data {int nr; u32 arch; u64 instruction_pointer; u64 args[6];}
_OFF_NR: Final = 0
_OFF_ARCH: Final = 4


def _off_arg_low(index: int) -> int:
    """Offset of the low 32 bits of ``args[index]`` (little-endian)."""
    return 16 + 8 * index


# asm-generic/errno-base.h
_EPERM: Final = 1
_ENOSYS: Final = 38

# linux/audit.h
_AUDIT_ARCH: Final[Mapping[str, int]] = MappingProxyType(
    {
        "x86_64": 0xC000003E,  # EM_X86_64 | __AUDIT_ARCH_64BIT | __AUDIT_ARCH_LE
        "aarch64": 0xC00000B7,  # EM_AARCH64 | __AUDIT_ARCH_64BIT | __AUDIT_ARCH_LE
    }
)
_X32_SYSCALL_BIT: Final = 0x40000000

# linux/socket.h, linux/sched.h, linux/personality.h, asm-generic/ioctls.h
_AF_UNIX: Final = 1
_CLONE_THREAD: Final = 0x00010000
_CLONE_NEW_NAMESPACES: Final = (
    0x00020000  # CLONE_NEWNS
    | 0x02000000  # CLONE_NEWCGROUP
    | 0x04000000  # CLONE_NEWUTS
    | 0x08000000  # CLONE_NEWIPC
    | 0x10000000  # CLONE_NEWUSER
    | 0x20000000  # CLONE_NEWPID
    | 0x40000000  # CLONE_NEWNET
)
_PER_LINUX: Final = 0x0
_PER_QUERY: Final = 0xFFFFFFFF
_TIOCSTI: Final = 0x5412
_TIOCLINUX: Final = 0x541C

# -- syscall numbers ------------------------------------------------------------
#
# Only the syscalls the filter names. x86_64 from
# arch/x86/entry/syscalls/syscall_64.tbl (uapi asm/unistd_64.h), aarch64 from
# include/uapi/asm-generic/unistd.h (arm64 has no fork, vfork, iopl, ioperm,
# modify_ldt or uselib). Numbers from 424 on are shared by both. Checked
# against linux-libc-dev 6.1 headers; open_tree_attr (Linux 6.15) against a
# running 6.18 kernel. A number the running kernel does not know yet returns
# ENOSYS anyway, so denying it costs nothing.

# One table for every architecture from 424 on (the kernel's unified numbering).
_UNIFIED: Final[Mapping[str, int]] = MappingProxyType(
    {
        "io_uring_setup": 425,
        "io_uring_enter": 426,
        "io_uring_register": 427,
        "open_tree": 428,
        "move_mount": 429,
        "fsopen": 430,
        "fsconfig": 431,
        "fsmount": 432,
        "fspick": 433,
        "clone3": 435,
        "pidfd_getfd": 438,
        "process_madvise": 440,
        "mount_setattr": 442,
        "quotactl_fd": 443,
        "open_tree_attr": 467,
    }
)

_X86_64: Final[Mapping[str, int]] = MappingProxyType(
    {
        "ioctl": 16,
        "socket": 41,
        "socketpair": 53,
        "clone": 56,
        "fork": 57,
        "vfork": 58,
        "ptrace": 101,
        "syslog": 103,
        "uselib": 134,
        "personality": 135,
        "vhangup": 153,
        "modify_ldt": 154,
        "pivot_root": 155,
        "adjtimex": 159,
        "chroot": 161,
        "acct": 163,
        "settimeofday": 164,
        "mount": 165,
        "umount2": 166,
        "swapon": 167,
        "swapoff": 168,
        "reboot": 169,
        "sethostname": 170,
        "setdomainname": 171,
        "iopl": 172,
        "ioperm": 173,
        "init_module": 175,
        "delete_module": 176,
        "quotactl": 179,
        "lookup_dcookie": 212,
        "clock_settime": 227,
        "kexec_load": 246,
        "add_key": 248,
        "request_key": 249,
        "keyctl": 250,
        "unshare": 272,
        "perf_event_open": 298,
        "fanotify_init": 300,
        "name_to_handle_at": 303,
        "open_by_handle_at": 304,
        "clock_adjtime": 305,
        "setns": 308,
        "process_vm_readv": 310,
        "process_vm_writev": 311,
        "kcmp": 312,
        "finit_module": 313,
        "kexec_file_load": 320,
        "bpf": 321,
        "userfaultfd": 323,
    }
)

_AARCH64: Final[Mapping[str, int]] = MappingProxyType(
    {
        "lookup_dcookie": 18,
        "ioctl": 29,
        "umount2": 39,
        "mount": 40,
        "pivot_root": 41,
        "chroot": 51,
        "vhangup": 58,
        "quotactl": 60,
        "acct": 89,
        "personality": 92,
        "unshare": 97,
        "kexec_load": 104,
        "init_module": 105,
        "delete_module": 106,
        "clock_settime": 112,
        "syslog": 116,
        "ptrace": 117,
        "reboot": 142,
        "sethostname": 161,
        "setdomainname": 162,
        "settimeofday": 170,
        "adjtimex": 171,
        "socket": 198,
        "socketpair": 199,
        "add_key": 217,
        "request_key": 218,
        "keyctl": 219,
        "clone": 220,
        "swapon": 224,
        "swapoff": 225,
        "perf_event_open": 241,
        "fanotify_init": 262,
        "name_to_handle_at": 264,
        "open_by_handle_at": 265,
        "clock_adjtime": 266,
        "setns": 268,
        "process_vm_readv": 270,
        "process_vm_writev": 271,
        "kcmp": 272,
        "finit_module": 273,
        "bpf": 280,
        "userfaultfd": 282,
        "kexec_file_load": 294,
    }
)

_SYSCALLS: Final[Mapping[str, Mapping[str, int]]] = MappingProxyType(
    {
        "x86_64": MappingProxyType({**_X86_64, **_UNIFIED}),
        "aarch64": MappingProxyType({**_AARCH64, **_UNIFIED}),
    }
)
SUPPORTED_MACHINES: Final[tuple[str, ...]] = tuple(sorted(_SYSCALLS))

# -- the policy -----------------------------------------------------------------

POLICY_VERSION: Final = 1

# Syscalls that always fail with EPERM, by reason. A name missing from a
# machine's table (fork on aarch64, iopl on aarch64, ...) does not exist there.
_DENY_EPERM: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "new_processes": ("fork", "vfork"),
        "other_processes": (
            "ptrace",
            "process_vm_readv",
            "process_vm_writev",
            "process_madvise",
            "kcmp",
            "pidfd_getfd",
        ),
        "mounts_and_namespaces": (
            "mount",
            "umount2",
            "pivot_root",
            "chroot",
            "unshare",
            "setns",
            "open_tree",
            "open_tree_attr",
            "move_mount",
            "mount_setattr",
            "fsopen",
            "fsconfig",
            "fsmount",
            "fspick",
        ),
        "file_handles": ("name_to_handle_at", "open_by_handle_at"),
        "kernel_keyring": ("add_key", "request_key", "keyctl"),
        "kernel_attack_surface": (
            "bpf",
            "perf_event_open",
            "userfaultfd",
            "io_uring_setup",
            "io_uring_enter",
            "io_uring_register",
            "fanotify_init",
            "lookup_dcookie",
            "modify_ldt",
            "uselib",
        ),
        "modules_and_boot": (
            "init_module",
            "finit_module",
            "delete_module",
            "kexec_load",
            "kexec_file_load",
            "reboot",
        ),
        "system_administration": (
            "swapon",
            "swapoff",
            "acct",
            "quotactl",
            "quotactl_fd",
            "syslog",
            "sethostname",
            "setdomainname",
            "vhangup",
            "iopl",
            "ioperm",
        ),
        "clocks": ("settimeofday", "clock_settime", "clock_adjtime", "adjtimex"),
    }
)

# Syscalls whose fate depends on an argument.
_CONDITIONAL: Final[Mapping[str, str]] = MappingProxyType(
    {
        "socket": "allow only domain AF_UNIX, else errno:EPERM",
        "socketpair": "allow only domain AF_UNIX, else errno:EPERM",
        "clone": (
            "allow only flags with CLONE_THREAD and no CLONE_NEW* namespace flag"
            " (threads), else errno:EPERM"
        ),
        "personality": "allow only 0xffffffff (query) and PER_LINUX, else errno:EPERM",
        "ioctl": "errno:EPERM for TIOCSTI and TIOCLINUX, else allow",
    }
)

POLICY: Final[Mapping[str, object]] = MappingProxyType(
    {
        "version": POLICY_VERSION,
        "default": "allow",
        "other_abi": "kill_process",
        "x32_abi": "errno:EPERM (x86_64)",
        "deny_eperm": _DENY_EPERM,
        "deny_enosys": ("clone3",),
        "conditional": _CONDITIONAL,
    }
)
"""What the filter denies, readable; :func:`describe_policy` gives it as JSON."""


def _machine(machine: str | None) -> str:
    name = platform.machine() if machine is None else machine
    if name not in _SYSCALLS:
        raise SeccompUnsupported(
            f"no seccomp filter for machine {name!r}; supported: {', '.join(SUPPORTED_MACHINES)}"
        )
    return name


# -- a tiny classic-BPF assembler -------------------------------------------------


class _Assembler:
    """Classic BPF with forward jumps to named labels.

    A jump target is a label name, or ``None`` for the next instruction.
    """

    def __init__(self) -> None:
        self._insns: list[tuple[int, str | None, str | None, int]] = []
        self._labels: dict[str, int] = {}

    def label(self, name: str) -> None:
        if name in self._labels:
            raise ValueError(f"label {name!r} defined twice")
        self._labels[name] = len(self._insns)

    def load(self, offset: int) -> None:
        """``A = seccomp_data[offset]`` (32 bits)."""
        self._insns.append((_BPF_LD_W_ABS, None, None, offset))

    def jeq(self, k: int, jt: str | None, jf: str | None = None) -> None:
        self._insns.append((_BPF_JEQ_K, jt, jf, k))

    def jge(self, k: int, jt: str | None, jf: str | None = None) -> None:
        self._insns.append((_BPF_JGE_K, jt, jf, k))

    def jset(self, k: int, jt: str | None, jf: str | None = None) -> None:
        self._insns.append((_BPF_JSET_K, jt, jf, k))

    def ret(self, k: int) -> None:
        self._insns.append((_BPF_RET_K, None, None, k))

    def _offset(self, at: int, target: str | None) -> int:
        if target is None:
            return 0
        if target not in self._labels:
            raise ValueError(f"undefined label {target!r}")
        offset = self._labels[target] - (at + 1)
        if not 0 <= offset <= _MAX_JUMP:
            raise ValueError(f"jump from {at} to {target!r} is {offset}, outside 0..255")
        return offset

    def assemble(self) -> bytes:
        out = bytearray()
        for at, (code, jt, jf, k) in enumerate(self._insns):
            out += _INSN.pack(code, self._offset(at, jt), self._offset(at, jf), k)
        return bytes(out)


def build_filter(machine: str | None = None) -> bytes:
    """The seccomp program for ``machine`` (default: this one), as bwrap reads it.

    Raises
    ------
    SeccompUnsupported
        If there is no syscall table for ``machine``.
    """
    name = _machine(machine)
    table = _SYSCALLS[name]
    asm = _Assembler()

    asm.load(_OFF_ARCH)
    asm.jeq(_AUDIT_ARCH[name], "arch_ok")
    asm.ret(_RET_KILL_PROCESS)
    asm.label("arch_ok")
    asm.load(_OFF_NR)
    if name == "x86_64":
        asm.jge(_X32_SYSCALL_BIT, "eperm")

    for names in _DENY_EPERM.values():
        for syscall in names:
            if syscall in table:
                asm.jeq(table[syscall], "eperm")
    asm.jeq(table["clone3"], "enosys")
    asm.jeq(table["socket"], "socket")
    asm.jeq(table["socketpair"], "socket")
    asm.jeq(table["clone"], "clone")
    asm.jeq(table["personality"], "personality")
    asm.jeq(table["ioctl"], "ioctl")
    asm.ret(_RET_ALLOW)

    asm.label("socket")  # socket(int domain, int type, int protocol)
    asm.load(_off_arg_low(0))
    asm.jeq(_AF_UNIX, "allow", "eperm")

    asm.label("clone")  # clone(unsigned long flags, ...); the kernel uses the low 32 bits
    asm.load(_off_arg_low(0))
    asm.jset(_CLONE_THREAD, None, "eperm")
    asm.jset(_CLONE_NEW_NAMESPACES, "eperm", "allow")

    asm.label("personality")  # personality(unsigned int persona)
    asm.load(_off_arg_low(0))
    asm.jeq(_PER_QUERY, "allow")
    asm.jeq(_PER_LINUX, "allow", "eperm")

    asm.label("ioctl")  # ioctl(unsigned int fd, unsigned int cmd, unsigned long arg)
    asm.load(_off_arg_low(1))
    asm.jeq(_TIOCSTI, "eperm")
    asm.jeq(_TIOCLINUX, "eperm", "allow")

    asm.label("allow")
    asm.ret(_RET_ALLOW)
    asm.label("eperm")
    asm.ret(_RET_ERRNO | _EPERM)
    asm.label("enosys")
    asm.ret(_RET_ERRNO | _ENOSYS)
    return asm.assemble()


def policy_hash(machine: str | None = None) -> str:
    """Hex SHA-256 of :func:`build_filter` for ``machine`` (default: this one)."""
    return hashlib.sha256(build_filter(machine)).hexdigest()


def describe_policy(machine: str | None = None) -> dict[str, object]:
    """:data:`POLICY` as plain JSON for ``machine``, with the filter's hash.

    Lists only the syscalls that exist on ``machine``.
    """
    name = _machine(machine)
    table = _SYSCALLS[name]
    program = build_filter(name)
    return {
        "version": POLICY_VERSION,
        "machine": name,
        "audit_arch": f"0x{_AUDIT_ARCH[name]:08x}",
        "default": "allow",
        "other_abi": "kill_process",
        "x32_abi": "errno:EPERM" if name == "x86_64" else "n/a",
        "deny_eperm": {
            reason: [s for s in names if s in table] for reason, names in _DENY_EPERM.items()
        },
        "deny_enosys": ["clone3"],
        "conditional": dict(_CONDITIONAL),
        "instructions": len(program) // _INSN.size,
        "sha256": hashlib.sha256(program).hexdigest(),
    }


def write_filter_fd(data: bytes) -> int:
    """A readable, sealed memfd holding ``data``, positioned at its start.

    Pass it to bwrap with ``--seccomp FD`` and ``pass_fds=(fd,)``; the caller
    closes it after the launch. bwrap reads it to EOF, and the file offset is
    shared, so use one fd per launch (or ``os.lseek(fd, 0, 0)`` in between).
    The fd is close-on-exec; ``subprocess``'s ``pass_fds`` hands it on anyway.
    """
    if not data or len(data) % _INSN.size:
        raise ValueError("a seccomp program is a non-empty array of 8-byte instructions")
    fd = os.memfd_create("custos-seccomp", os.MFD_CLOEXEC | os.MFD_ALLOW_SEALING)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        fcntl.fcntl(
            fd,
            fcntl.F_ADD_SEALS,
            fcntl.F_SEAL_SEAL | fcntl.F_SEAL_SHRINK | fcntl.F_SEAL_GROW | fcntl.F_SEAL_WRITE,
        )
        os.lseek(fd, 0, os.SEEK_SET)
    except BaseException:
        os.close(fd)
        raise
    return fd
