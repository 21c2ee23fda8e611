"""The typed frames between the node and a sandbox: encoding, reading and checking."""

from __future__ import annotations

import io
import json
import os
import struct
from typing import Any

import pytest

from custos.core._errors import CustosError
from custos.sandbox._protocol import (
    MAX_HEADER_BYTES,
    PREFIX,
    Frame,
    ProtocolViolation,
    check_from_harness,
    encode,
    read_frame,
    write_frame,
)

MAX = 1 << 16
PROGRESS: dict[str, Any] = {"type": "progress", "step": 3, "steps": 10, "loss": 0.25}
ERROR: dict[str, Any] = {"type": "error", "code": "training.error", "message": "boom"}


def result_header(weights: bytes = b"") -> dict[str, Any]:
    return {
        "type": "result",
        "metrics": {"accuracy": 0.9},
        "steps_taken": 10,
        "train_seconds": 1.5,
        "weights_bytes": len(weights),
        "parameters": {"n": 2},
    }


def raw_frame(header: bytes, payload: bytes = b"") -> bytes:
    return PREFIX.pack(len(header), len(payload)) + header + payload


def read_all(data: bytes, *, max_payload: int = MAX) -> list[Frame]:
    stream = io.BytesIO(data)
    frames = []
    while (frame := read_frame(stream, max_payload=max_payload)) is not None:
        frames.append(frame)
    return frames


def violation(data: bytes, *, max_payload: int = MAX) -> ProtocolViolation:
    with pytest.raises(ProtocolViolation) as info:
        read_all(data, max_payload=max_payload)
    assert isinstance(info.value, CustosError)
    return info.value


def check_violation(frame: Frame) -> str:
    with pytest.raises(ProtocolViolation) as info:
        check_from_harness(frame)
    return info.value.code


class OneByteAtATime(io.RawIOBase):
    """A stream whose reads return at most one byte, like a slow pipe."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)
        self.reads = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        self.reads += 1
        return self._data.read(1 if size != 0 else 0)


class CountingStream(io.BytesIO):
    """Remembers how many bytes were asked for in total."""

    requested = 0

    def read(self, size: int | None = -1) -> bytes:
        self.requested += size if size is not None and size > 0 else 0
        return super().read(size)


# -- encoding and reading -----------------------------------------------------------


def test_encode_lays_out_prefix_header_and_payload() -> None:
    data = encode({"type": "progress", "step": 1}, b"\x00\x01\x02")
    hlen, plen = struct.unpack(">II", data[:8])
    assert plen == 3
    assert json.loads(data[8 : 8 + hlen]) == {"type": "progress", "step": 1}
    assert data[8 + hlen :] == b"\x00\x01\x02"
    assert len(data) == 8 + hlen + plen


def test_frames_round_trip_with_payloads() -> None:
    weights = bytes(range(256)) * 40
    stream = (
        encode(PROGRESS)
        + encode({"type": "job", "config": {"x": [1, 2]}}, b"columns\x00\xff")
        + encode(result_header(weights), weights)
    )
    frames = read_all(stream)
    assert [f.type for f in frames] == ["progress", "job", "result"]
    assert frames[0] == Frame(PROGRESS, b"")
    assert frames[1].header == {"type": "job", "config": {"x": [1, 2]}}
    assert frames[1].payload == b"columns\x00\xff"
    assert frames[2].header == result_header(weights)
    assert frames[2].payload == weights


def test_encode_refuses_non_finite_numbers() -> None:
    with pytest.raises(ValueError):
        encode({"type": "progress", "loss": float("nan")})


def test_a_clean_end_of_stream_is_none() -> None:
    assert read_frame(io.BytesIO(b""), max_payload=MAX) is None
    stream = io.BytesIO(encode(PROGRESS))
    assert read_frame(stream, max_payload=MAX) is not None
    assert read_frame(stream, max_payload=MAX) is None


def test_one_byte_reads_still_parse() -> None:
    weights = b"w" * 300
    data = encode(PROGRESS) + encode(result_header(weights), weights)
    stream = OneByteAtATime(data)
    frames = []
    while (frame := read_frame(stream, max_payload=MAX)) is not None:  # type: ignore[arg-type]
        frames.append(frame)
    assert [f.header for f in frames] == [PROGRESS, result_header(weights)]
    assert frames[1].payload == weights
    assert stream.reads > len(data)  # it really was read a byte at a time


def test_write_frame_writes_what_encode_makes() -> None:
    r, w = os.pipe()
    try:
        write_frame(w, ERROR, b"xyz")
        os.close(w)
        w = -1
        with os.fdopen(r, "rb") as stream:
            r = -1
            assert stream.read() == encode(ERROR, b"xyz")
    finally:
        for fd in (r, w):
            if fd >= 0:
                os.close(fd)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\x00\x00\x00", id="short-prefix"),
        pytest.param(encode(PROGRESS)[:12], id="short-header"),
        pytest.param(encode(ERROR, b"payload")[:-1], id="short-payload"),
        pytest.param(encode(PROGRESS) + encode(ERROR)[:5], id="second-frame-cut"),
        pytest.param(PREFIX.pack(10, 0), id="prefix-only"),
    ],
)
def test_a_truncated_frame_is_a_violation(data: bytes) -> None:
    assert violation(data).code == "sandbox.truncated_frame"


def test_a_truncated_frame_over_one_byte_reads_is_a_violation() -> None:
    stream = OneByteAtATime(encode(ERROR, b"abc")[:-2])
    with pytest.raises(ProtocolViolation) as info:
        read_frame(stream, max_payload=MAX)  # type: ignore[arg-type]
    assert info.value.code == "sandbox.truncated_frame"


def test_an_oversized_header_is_refused_without_reading_it() -> None:
    stream = CountingStream(PREFIX.pack(MAX_HEADER_BYTES + 1, 0) + b"{" * 64)
    with pytest.raises(ProtocolViolation) as info:
        read_frame(stream, max_payload=MAX)
    assert info.value.code == "sandbox.frame_too_large"
    assert stream.tell() == PREFIX.size
    assert stream.requested == PREFIX.size


def test_an_oversized_payload_is_refused_without_reading_it() -> None:
    stream = CountingStream(PREFIX.pack(2, 1001) + b"{}" + b"x" * 1001)
    with pytest.raises(ProtocolViolation) as info:
        read_frame(stream, max_payload=1000)
    assert info.value.code == "sandbox.frame_too_large"
    assert stream.tell() == PREFIX.size


def test_frames_at_the_limits_are_read() -> None:
    payload = b"p" * 1000
    frames = read_all(encode(ERROR, payload), max_payload=1000)
    assert frames == [Frame(ERROR, payload)]
    header = json.dumps({"type": "pad", "x": "a" * (MAX_HEADER_BYTES - 30)}).encode()
    header += b" " * (MAX_HEADER_BYTES - len(header))
    assert len(header) == MAX_HEADER_BYTES
    (frame,) = read_all(raw_frame(header), max_payload=0)
    assert frame.type == "pad"


@pytest.mark.parametrize(
    "header",
    [
        pytest.param(b"not json", id="not-json"),
        pytest.param(b"\xff\xfe{}", id="not-utf8"),
        pytest.param(b"", id="empty"),
        pytest.param(b'["type", "progress"]', id="array"),
        pytest.param(b'"progress"', id="string"),
        pytest.param(b"42", id="number"),
        pytest.param(b"null", id="null"),
        pytest.param(b"{}", id="untyped"),
        pytest.param(b'{"type": 1}', id="numeric-type"),
        pytest.param(b'{"type": null}', id="null-type"),
        pytest.param(b'{"type": "progress", "loss": NaN}', id="nan"),
        pytest.param(b'{"type": "progress", "loss": Infinity}', id="infinity"),
        pytest.param(b'{"type": "progress", "loss": -Infinity}', id="minus-infinity"),
    ],
)
def test_a_malformed_header_is_a_bad_frame(header: bytes) -> None:
    assert violation(raw_frame(header)).code == "sandbox.bad_frame"


# -- checking frames from the harness -----------------------------------------------


@pytest.mark.parametrize(
    "frame",
    [
        pytest.param(Frame(PROGRESS), id="progress"),
        pytest.param(Frame({**PROGRESS, "loss": 2}), id="progress-int-loss"),
        pytest.param(Frame(result_header(b"weights"), b"weights"), id="result"),
        pytest.param(Frame(result_header()), id="result-no-weights"),
        pytest.param(Frame({**result_header(), "train_seconds": 3}), id="result-int-seconds"),
        pytest.param(Frame(ERROR), id="error"),
    ],
)
def test_valid_frames_pass(frame: Frame) -> None:
    check_from_harness(frame)


@pytest.mark.parametrize("kind", ["job", "file", "shell", "Result", "", "None"])
def test_an_unknown_frame_type_is_refused(kind: str) -> None:
    assert check_violation(Frame({"type": kind})) == "sandbox.unknown_frame"


def test_a_frame_without_type_is_unknown() -> None:
    assert check_violation(Frame({"step": 1})) == "sandbox.unknown_frame"


def without(header: dict[str, Any], name: str) -> dict[str, Any]:
    return {k: v for k, v in header.items() if k != name}


@pytest.mark.parametrize(
    "header",
    [
        pytest.param(without(PROGRESS, "loss"), id="progress-missing"),
        pytest.param({**PROGRESS, "note": "hi"}, id="progress-extra"),
        pytest.param(without(ERROR, "message"), id="error-missing"),
        pytest.param({**ERROR, "traceback": "..."}, id="error-extra"),
        pytest.param(without(result_header(), "parameters"), id="result-missing"),
        pytest.param({**result_header(), "files": []}, id="result-extra"),
        pytest.param({**PROGRESS, "step": True}, id="bool-for-int"),
        pytest.param({**PROGRESS, "loss": False}, id="bool-for-float"),
        pytest.param({**result_header(), "weights_bytes": False}, id="bool-weights-bytes"),
        pytest.param({**PROGRESS, "step": 1.0}, id="float-for-int"),
        pytest.param({**PROGRESS, "step": "1"}, id="string-for-int"),
        pytest.param({**PROGRESS, "loss": None}, id="null-loss"),
        pytest.param({**PROGRESS, "loss": float("nan")}, id="nan-loss"),
        pytest.param({**PROGRESS, "loss": float("inf")}, id="inf-loss"),
        pytest.param({**result_header(), "train_seconds": float("-inf")}, id="inf-seconds"),
        pytest.param({**result_header(), "metrics": [0.9]}, id="list-for-dict"),
        pytest.param({**ERROR, "code": 7}, id="int-for-str"),
    ],
)
def test_a_frame_with_bad_fields_is_a_bad_frame(header: dict[str, Any]) -> None:
    assert check_violation(Frame(header)) == "sandbox.bad_frame"


@pytest.mark.parametrize(("declared", "payload"), [(0, b"w"), (5, b"wwww"), (4, b""), (-1, b"")])
def test_a_result_must_declare_its_weights_size(declared: int, payload: bytes) -> None:
    header = {**result_header(), "weights_bytes": declared}
    assert check_violation(Frame(header, payload)) == "sandbox.bad_frame"


@pytest.mark.parametrize("header", [PROGRESS, ERROR])
def test_only_a_result_may_carry_a_payload(header: dict[str, Any]) -> None:
    check_from_harness(Frame(header))
    assert check_violation(Frame(header, b"x")) == "sandbox.bad_frame"


def test_frames_read_from_a_stream_are_checked_end_to_end() -> None:
    weights = b"\x01" * 16
    data = encode(PROGRESS) + encode(result_header(weights), weights)
    for frame in read_all(data):
        check_from_harness(frame)
    (lying,) = read_all(encode(result_header(b"x" * 15), weights))
    assert check_violation(lying) == "sandbox.bad_frame"


def audit_header(payload: bytes = b"") -> dict[str, Any]:
    return {
        "type": "audit_result",
        "arrays": {"target_logits": [len(payload) // 8]},
        "timings": {"total": 0.5},
        "payload_bytes": len(payload),
    }


def test_an_audit_result_carries_its_declared_payload() -> None:
    body = b"\x00" * 16
    check_from_harness(Frame(audit_header(body), body))
    wrong = {**audit_header(body), "payload_bytes": 8}
    assert check_violation(Frame(wrong, body)) == "sandbox.bad_frame"
    assert check_violation(Frame({**audit_header(), "weights": 1})) == "sandbox.bad_frame"


@pytest.mark.parametrize(
    ("final", "frame"),
    [
        pytest.param("result", Frame(audit_header()), id="audit-answer-to-a-job"),
        pytest.param("audit_result", Frame(result_header()), id="job-answer-to-an-audit"),
    ],
)
def test_a_run_that_answers_with_the_other_kind_of_result_is_a_violation(
    final: str, frame: Frame
) -> None:
    from custos.sandbox._bwrap import Limits, _supervise

    script = (
        "import sys,os;from custos.sandbox._protocol import encode;"
        f"os.write(1, encode({{'type':'hello'}}) + encode({frame.header!r}, {frame.payload!r}))"
    )
    import subprocess
    import sys
    import time

    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    outcome = _supervise(proc, b"", Limits(wall_seconds=30), time.monotonic(), None, final)
    assert outcome.violation is not None
    assert outcome.violation.code == "sandbox.bad_frame"
    assert outcome.result is None
