"""The only channel between the node and a sandboxed job: typed frames on pipes.

A frame is an 8-byte prefix (header length, payload length; unsigned 32-bit,
big-endian), a JSON header (an object with a ``type``) and an opaque payload.
The node sends one ``job`` (or ``audit``) frame on the sandbox's stdin; the
harness answers on its stdout with one ``hello`` (before it reads the job),
``progress`` frames and exactly one ``result`` (``audit_result``) or
``error`` frame. Anything else (an
unknown type, unknown or missing fields, an oversized frame, a second result,
bytes after the result) is a protocol violation, which the node treats as
hostile: the job fails and an incident is opened.

Why not pickle or multiprocessing: the node must parse what comes out of the
sandbox as untrusted data. JSON headers and raw byte payloads (weights as
safetensors, arrays as raw little-endian buffers) can be checked field by
field; a pickle cannot be opened safely at all.
"""

from __future__ import annotations

import json
import math
import os
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, BinaryIO

from custos.core._errors import CustosError

PREFIX = struct.Struct(">II")
MAX_HEADER_BYTES = 1 << 20

# What the harness may send, with the fields each frame must carry exactly.
_FROM_HARNESS: dict[str, dict[str, tuple[type, ...]]] = {
    # Sent by the trusted entry point before it reads the job (so before any
    # job code runs): the sandbox was set up.
    "hello": {},
    "progress": {"step": (int,), "steps": (int,), "loss": (float, int)},
    "result": {
        "metrics": (dict,),
        "steps_taken": (int,),
        "train_seconds": (float, int),
        "weights_bytes": (int,),
        "parameters": (dict,),
    },
    "error": {"code": (str,), "message": (str,)},
    # The leakage audit's answer to an ``audit`` frame: raw little-endian
    # float64 arrays in the payload, in the order ``arrays`` lists them
    # (name -> shape); the node checks names and shapes against its request.
    "audit_result": {"arrays": (dict,), "timings": (dict,), "payload_bytes": (int,)},
    # A synthesis job's table (``synth`` frame): float64 ``shape`` in the
    # payload; the node checks it against the declared domain.
    "synth_result": {"shape": (list,), "generation": (dict,), "payload_bytes": (int,)},
}
# The frame that ends a run, by the kind of run.
FINAL_TYPES = frozenset({"result", "audit_result", "synth_result"})


class ProtocolViolation(CustosError):
    """The sandbox sent something the protocol does not allow."""

    code = "sandbox.protocol_violation"
    exit_code = 70


@dataclass(frozen=True)
class Frame:
    header: dict[str, Any]
    payload: bytes = b""

    @property
    def type(self) -> str:
        return str(self.header.get("type"))


def encode(header: Mapping[str, Any], payload: bytes = b"") -> bytes:
    raw = json.dumps(dict(header), separators=(",", ":"), allow_nan=False).encode()
    return PREFIX.pack(len(raw), len(payload)) + raw + payload


def write_frame(fd: int, header: Mapping[str, Any], payload: bytes = b"") -> None:
    """Write one frame to a raw file descriptor (loops over partial writes)."""
    view = memoryview(encode(header, payload))
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _read_exact(stream: BinaryIO, n: int) -> bytes:
    chunks = []
    left = n
    while left:
        chunk = stream.read(min(left, 1 << 20))
        if not chunk:
            raise ProtocolViolation(
                "the sandbox closed its channel in the middle of a frame",
                code="sandbox.truncated_frame",
            )
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def read_frame(stream: BinaryIO, *, max_payload: int) -> Frame | None:
    """Read one frame; ``None`` at a clean end of stream.

    Raises
    ------
    ProtocolViolation
        Oversized, truncated or malformed frame.
    """
    prefix = stream.read(PREFIX.size)
    if not prefix:
        return None
    if len(prefix) < PREFIX.size:
        prefix += _read_exact(stream, PREFIX.size - len(prefix))
    hlen, plen = PREFIX.unpack(prefix)
    if hlen > MAX_HEADER_BYTES or plen > max_payload:
        raise ProtocolViolation(
            "the sandbox sent a frame larger than the protocol allows",
            code="sandbox.frame_too_large",
        )
    raw = _read_exact(stream, hlen)
    payload = _read_exact(stream, plen) if plen else b""
    try:
        header = json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError) as exc:
        raise ProtocolViolation(
            "the sandbox sent a frame that is not JSON", code="sandbox.bad_frame"
        ) from exc
    if not isinstance(header, dict) or not isinstance(header.get("type"), str):
        raise ProtocolViolation("the sandbox sent an untyped frame", code="sandbox.bad_frame")
    return Frame(header, payload)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def check_from_harness(frame: Frame) -> None:
    """Check a frame from the sandbox against the protocol (types and exact fields).

    Raises
    ------
    ProtocolViolation
    """
    fields = _FROM_HARNESS.get(frame.type)
    if fields is None:
        raise ProtocolViolation(
            "the sandbox sent a frame type the protocol does not have",
            code="sandbox.unknown_frame",
        )
    keys = set(frame.header) - {"type"}
    if keys != set(fields):
        raise ProtocolViolation(
            f"the sandbox's '{frame.type}' frame has unexpected or missing fields",
            code="sandbox.bad_frame",
        )
    for name, kinds in fields.items():
        value = frame.header[name]
        if isinstance(value, bool) or not isinstance(value, kinds):
            raise ProtocolViolation(
                f"the sandbox's '{frame.type}' frame has a bad '{name}'",
                code="sandbox.bad_frame",
            )
        if isinstance(value, float) and not math.isfinite(value):
            raise ProtocolViolation(
                f"the sandbox's '{frame.type}' frame has a non-finite '{name}'",
                code="sandbox.bad_frame",
            )
    if frame.type == "result":
        if frame.header["weights_bytes"] != len(frame.payload):
            raise ProtocolViolation(
                "the sandbox's result frame declares a different weights size",
                code="sandbox.bad_frame",
            )
    elif frame.type in ("audit_result", "synth_result"):
        if frame.header["payload_bytes"] != len(frame.payload):
            raise ProtocolViolation(
                f"the sandbox's '{frame.type}' frame declares a different payload size",
                code="sandbox.bad_frame",
            )
    elif frame.payload:
        raise ProtocolViolation(
            f"the sandbox's '{frame.type}' frame carries a payload", code="sandbox.bad_frame"
        )
