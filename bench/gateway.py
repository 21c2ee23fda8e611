"""What the governed vendor-API gateway (#12) costs, and what it lets reach the vendor.

Run from the repository root::

    python -m bench.gateway                     # writes BENCHMARKS.md
    python -m bench.gateway --quick --no-write  # (or: python bench/gateway.py ...)

Real processes on 127.0.0.1: the recording stand-in vendor
(``python -m examples.gateway.vendor --record FILE``) and ``custos gateway
serve`` (one uvicorn worker) over a fresh node home in a temporary directory,
with the example DUA (``examples/gateway/dua.yaml``, its vendor key inline,
its endpoints pointed at the stand-in) and one client token. The stand-in's
"model" quotes the last user message back ("Summary: " + message), so it costs
next to nothing and what is timed is the gateway's own work: the extra
loopback hop, authentication and DUA checks, minimisation, de-identification
with reversible surrogates, re-identification of the answer (or of the stream
as it passes) and the batched audit entry.

1. **Added latency.** Short notes (one generated note of 300-500 characters)
   and long notes (generated notes joined to 8-9k characters), sent one call
   at a time, direct to the stand-in and through the gateway with the same
   payloads, alternating which goes first, after a warm-up; plain answers and
   streamed ones (timed to the last byte). p50 and p99 of each, the added
   milliseconds and the ratio.
2. **Bounded load.** A fixed number of short-note calls at a fixed concurrency
   (``httpx.AsyncClient``), direct and through the gateway: calls/s, p50, p99
   and errors; each run is also capped in time (unfinished calls count as
   errors).
3. **Identifiers reaching the vendor.** Every note of the held-out generated
   corpus (:func:`custos.deid._corpus.generate` at the seed
   ``bench/deid_text.py`` holds out) and of the blind hand-written set
   (``bench.deid_text.BLIND``, held out from the tagger) goes through the gateway with
   ``X-Custos-Patient`` set to the note's patient, so a patient's surrogates stay
   the same across notes. The stand-in's record of what it received (every
   string of the body, and the header values other than host and length) is
   then searched for every gold identifier's text: an exact, case-sensitive
   match on word boundaries. Each identifier found there is counted, and split
   by whether the detector (run on the note as the gateway runs it, with the
   name words of the patient's earlier notes) covered the gold span at all,
   and by whether the value also occurs in the note outside every identifier
   (then its presence may be that other occurrence, not a leak).
4. **Re-identification.** The gateway's answer to each of those calls (the
   stand-in quotes the de-identified note, the gateway puts the originals
   back) against the original note: the share of notes restored exactly, and
   per category how many gold identifiers appear in the answer at least as
   often as in the note. Ages over 89, ZIP codes and name initials are
   many-to-one by design (a middle initial between two name words comes back)
   and are reported apart.

The results replace the ``## Gateway (#12)`` section of BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import math
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parents[1]
SECTION = "## Gateway (#12)"
DUA_ID = "acme-notes-2026"
PURPOSE = "discharge-summary"
MODEL = "acme-clinical-1"
SYSTEM = "Draft a discharge summary from the clinician's note."
ANSWER_PREFIX = "Summary: "
# the PHI phase tags its requests with the chat ``seed`` parameter, which the
# gateway passes on as it is (a number), to find them in the vendor's record
TAG_BASE = 700_000
# categories whose surrogates are many-to-one by design (not reversible)
BY_DESIGN = ("AGE (over 89)", "ZIP", "NAME with an initial")
_WORD = re.compile(r"[^\W\d_]+")
_NAME_WORD = re.compile(r"[^\W\d_]{2,}")
_SKIP_HEADERS = frozenset({"host", "content-length"})


# --- pure helpers (tested in tests/bench/test_gateway_bench.py) ----------------


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile of ``values`` (``q`` in [0, 1]); NaN for none."""
    if not values:
        return math.nan
    v = sorted(values)
    k = math.ceil(q * len(v)) - 1
    return v[max(0, min(len(v) - 1, k))]


@dataclass(frozen=True)
class Summary:
    """Latencies of one kind of call, in milliseconds."""

    n: int
    errors: int
    p50_ms: float
    p99_ms: float
    mean_ms: float


def summarise(seconds: Sequence[float], errors: int = 0) -> Summary:
    ms = [s * 1000.0 for s in seconds]
    return Summary(
        n=len(ms),
        errors=errors,
        p50_ms=percentile(ms, 0.5),
        p99_ms=percentile(ms, 0.99),
        mean_ms=sum(ms) / len(ms) if ms else math.nan,
    )


def occurrences(value: str, text: str) -> int:
    """How often ``value`` occurs in ``text``: exact, case-sensitive, on word boundaries."""
    if not value:
        return 0
    return len(re.findall(rf"(?<!\w){re.escape(value)}(?!\w)", text))


def sse_text(raw: str) -> tuple[str, int]:
    """The assistant text of a chat-completions event stream, and its error events."""
    text: list[str] = []
    errors = 0
    for line in raw.splitlines():
        if not line.startswith("data:"):
            continue
        value = line[5:].strip()
        if value == "[DONE]":
            continue
        obj = json.loads(value)
        if "error" in obj:
            errors += 1
            continue
        for ch in obj.get("choices") or []:
            content = (ch.get("delta") or {}).get("content")
            if isinstance(content, str):
                text.append(content)
    return "".join(text), errors


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for v in node.values():
            yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)


def received_text(record: Mapping[str, Any]) -> str:
    """What one recorded request carried: every string of its JSON body, and the
    values of its headers other than host and length (a port number is no leak)."""
    parts = [str(v) for k, v in record.get("headers", {}).items() if k not in _SKIP_HEADERS]
    body = record.get("body", "")
    try:
        parts.extend(_strings(json.loads(body)))
    except ValueError:
        parts.append(body)
    return "\n".join(parts)


def tagged_texts(records: Iterable[Mapping[str, Any]], tags: Mapping[int, str]) -> dict[str, str]:
    """``note_id -> received_text`` for the recorded requests whose body carries a
    ``seed`` that ``tags`` maps to a note (the last one wins)."""
    out: dict[str, str] = {}
    for rec in records:
        try:
            body = json.loads(rec.get("body", ""))
        except ValueError:
            continue
        tag = body.get("seed") if isinstance(body, dict) else None
        if isinstance(tag, int) and tag in tags:
            out[tags[tag]] = received_text(rec)
    return out


def _outside_gold(note: Any) -> str:
    """The note with every gold span blanked out."""
    chars = list(note.text)
    for s in note.spans:
        chars[s.start : s.end] = "\0" * (s.end - s.start)
    return "".join(chars)


@dataclass
class LeakCount:
    """Gold identifiers of one category and what reached the vendor."""

    gold: int = 0
    at_vendor: int = 0  # the value occurs in what the vendor received
    missed: int = 0  # ... and the detector did not touch the gold span
    elsewhere: int = 0  # ... and the value also occurs in the note outside identifiers
    values: list[str] = field(default_factory=list)

    @property
    def found(self) -> int:
        """At the vendor although the detector covered (part of) the span."""
        return self.at_vendor - self.missed


def count_leaks(
    notes: Sequence[Any],
    sent: Mapping[str, str],
    detected: Mapping[str, Sequence[tuple[int, int]]],
) -> dict[str, LeakCount]:
    """Per gold category: identifiers in notes that were sent, and how many of
    them occur in what the vendor received for that note. Notes missing from
    ``sent`` (their call failed before anything left) are not counted."""
    out: dict[str, LeakCount] = {}
    for note in notes:
        got = sent.get(note.note_id)
        if got is None:
            continue
        rest = _outside_gold(note)
        spans = detected.get(note.note_id, ())
        for s in note.spans:
            c = out.setdefault(s.category, LeakCount())
            c.gold += 1
            value = note.text[s.start : s.end]
            if occurrences(value, got) == 0:
                continue
            c.at_vendor += 1
            c.values.append(value)
            if not any(a < s.end and s.start < b for a, b in spans):
                c.missed += 1
            if occurrences(value, rest):
                c.elsewhere += 1
    return out


def count_name_word_leaks(notes: Sequence[Any], sent: Mapping[str, str]) -> tuple[int, int, int]:
    """Each word (two letters or more) of each gold name, once per note: how
    many, how many occur in what the vendor received, and how many of those
    also occur in the note outside every identifier."""
    total = at_vendor = elsewhere = 0
    for note in notes:
        got = sent.get(note.note_id)
        if got is None:
            continue
        rest = _outside_gold(note)
        words = {
            w
            for s in note.spans
            if s.category == "NAME"
            for w in _NAME_WORD.findall(note.text[s.start : s.end])
        }
        for w in sorted(words):
            total += 1
            if occurrences(w, got):
                at_vendor += 1
                elsewhere += bool(occurrences(w, rest))
    return total, at_vendor, elsewhere


def reid_group(note: Any, span: Any) -> str:
    """The row a gold identifier is reported under for re-identification."""
    if span.category == "AGE":
        return "AGE (over 89)"
    if span.category == "ZIP":
        return "ZIP"
    if span.category == "NAME" and any(
        len(w) == 1 for w in _WORD.findall(note.text[span.start : span.end])
    ):
        return "NAME with an initial"
    return str(span.category)


@dataclass
class Restored:
    notes: int = 0
    exact: int = 0
    reversible_notes: int = 0  # notes with no identifier of a by-design group
    reversible_exact: int = 0
    groups: dict[str, list[int]] = field(default_factory=dict)  # group -> [gold, restored]
    # identifiers of the reversible groups that did not come back: (group, value, hyphen)
    # where hyphen says a hyphen is in the value or touches it in the note
    failures: list[tuple[str, str, bool]] = field(default_factory=list)


def count_restored(
    notes: Sequence[Any], answers: Mapping[str, str], prefix: str = ANSWER_PREFIX
) -> Restored:
    """How well the gateway's answers (the stand-in quotes the note back after
    ``prefix``) give the original note back. An identifier counts as restored
    when its value occurs in the answer at least as often as in the note."""
    out = Restored()
    for note in notes:
        answer = answers.get(note.note_id)
        if answer is None:
            continue
        out.notes += 1
        exact = answer == prefix + note.text
        out.exact += exact
        groups = [reid_group(note, s) for s in note.spans]
        if not any(g in BY_DESIGN for g in groups):
            out.reversible_notes += 1
            out.reversible_exact += exact
        for s, g in zip(note.spans, groups, strict=True):
            row = out.groups.setdefault(g, [0, 0])
            value = note.text[s.start : s.end]
            ok = occurrences(value, answer) >= occurrences(value, note.text)
            row[0] += 1
            row[1] += ok
            if not ok and g not in BY_DESIGN:
                around = note.text[max(0, s.start - 1) : s.end + 1]
                out.failures.append((g, value, "-" in around))
    return out


def detected_spans(notes: Sequence[Any]) -> dict[str, list[tuple[int, int]]]:
    """The detector's spans per note, as the gateway's vault finds them: notes in
    the order sent, each with the name words found in its patient's earlier notes
    (found again once this note's own name words are known)."""
    from custos.deid._text import Deidentifier

    deid = Deidentifier()
    known: dict[str, set[str]] = {}
    out: dict[str, list[tuple[int, int]]] = {}
    for note in notes:
        names = known.setdefault(note.patient, set())
        spans = deid.find(note.text, known_names=names)
        words = deid.name_words(note.text, spans)
        if words - names:
            names |= words
            spans = deid.find(note.text, known_names=names)
        out[note.note_id] = [(s.start, s.end) for s in spans]
    return out


def patient_header(patient: str) -> str:
    """An ``X-Custos-Patient`` value for a note's patient (the blind set names
    its patients; the header takes no spaces, and a name need not travel)."""
    if re.fullmatch(r"[\x21-\x7e]{1,128}", patient):
        return patient
    return "p-" + hashlib.sha256(patient.encode("utf-8")).hexdigest()[:16]


# --- processes --------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cli(env: dict[str, str], *argv: str) -> str:
    p = subprocess.run(
        [sys.executable, "-m", "custos", *argv],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if p.returncode != 0:
        raise SystemExit(f"setup failed at custos {' '.join(argv[:3])}: {p.stderr[-800:]}")
    return p.stdout


@contextmanager
def _process(argv: list[str], env: dict[str, str], log: Path, health: str) -> Iterator[None]:
    """A server process, up and answering ``health``; stopped (SIGINT, then kill) after."""
    with log.open("wb") as fh:
        proc = subprocess.Popen(argv, env=env, cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise SystemExit(f"{argv[2]} exited: {log.read_text()[-800:]}")
            try:
                if httpx.get(health, timeout=1, trust_env=False).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit(f"{argv[2]} did not come up in 60 s")
            time.sleep(0.1)
        yield
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=15)


@dataclass
class Setup:
    vendor: str
    gateway: str
    token: str
    record: Path

    @property
    def chat_direct(self) -> str:
        return f"{self.vendor}/v1/chat/completions"

    @property
    def chat_gateway(self) -> str:
        return f"{self.gateway}/dua/{DUA_ID}/{PURPOSE}/v1/chat/completions"

    def headers(self, patient: str) -> dict[str, str]:
        return {"authorization": f"Bearer {self.token}", "x-custos-patient": patient}


@contextmanager
def running(work: Path) -> Iterator[Setup]:
    """The stand-in vendor and ``custos gateway serve`` on a fresh node home."""
    from custos.core._keys import SigningKey

    env = {**os.environ, "CUSTOS_HOME": str(work / "home"), "CUSTOS_USER": "bench"}
    for k in ("CUSTOS_TEST_DB", "CUSTOS_DATABASE_URL", "CUSTOS_DEBUG"):
        env.pop(k, None)
    vport, gport = _free_port(), _free_port()
    dua = yaml.safe_load((ROOT / "examples" / "gateway" / "dua.yaml").read_text())
    dua["parties"]["vendor"].pop("public_key_file", None)
    dua["parties"]["vendor"]["public_key"] = SigningKey.generate().public_key.to_text()
    for e in dua["gateway"]["endpoints"]:
        e["url"] = re.sub(r"127\.0\.0\.1:\d+", f"127.0.0.1:{vport}", e["url"])
    (work / "dua.yaml").write_text(yaml.safe_dump(dua))
    _cli(env, "node", "init")
    _cli(env, "dua", "add", str(work / "dua.yaml"))
    token = json.loads(_cli(env, "gateway", "client", "add", "bench", "--dua", DUA_ID, "--json"))[
        "token"
    ]
    record = work / "received.jsonl"
    vendor = [sys.executable, "-m", "examples.gateway.vendor", "--port", str(vport)]
    gateway = [sys.executable, "-m", "custos", "gateway", "serve", "--port", str(gport)]
    v, g = f"http://127.0.0.1:{vport}", f"http://127.0.0.1:{gport}"
    with (
        _process([*vendor, "--record", str(record)], env, work / "vendor.log", f"{v}/healthz"),
        _process(gateway, env, work / "gateway.log", f"{g}/healthz"),
    ):
        yield Setup(v, g, token, record)


# --- the measurements ----------------------------------------------------------------


def chat_body(text: str, *, stream: bool = False, tag: int | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "model": MODEL,
        "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}],
    }
    if stream:
        body["stream"] = True
    if tag is not None:
        body["seed"] = tag
    return body


def _answer(doc: Any) -> str:
    return str(doc["choices"][0]["message"]["content"])


@dataclass(frozen=True)
class Payload:
    text: str
    patient: str


def payloads(notes: Sequence[Any]) -> tuple[list[Payload], list[Payload]]:
    """Short payloads (single notes of 300-500 characters) and long ones
    (consecutive notes joined until 8,000 characters or more)."""
    short = [Payload(n.text, f"lat-{n.patient}") for n in notes if 300 <= len(n.text) <= 500]
    long: list[Payload] = []
    buf: list[str] = []
    for n in notes:
        buf.append(n.text)
        if sum(len(t) + 2 for t in buf) >= 8000:
            long.append(Payload("\n\n".join(buf), f"lat-long-{len(long)}"))
            buf = []
    return short[:60], long[:12]


@dataclass
class Pair:
    """Direct and gateway timings of one kind of call."""

    direct: list[float] = field(default_factory=list)
    gateway: list[float] = field(default_factory=list)
    direct_errors: int = 0
    gateway_errors: int = 0
    stream_mismatch: int = 0  # gateway stream text != gateway plain answer


def _one(
    client: httpx.Client, url: str, p: Payload, headers: dict[str, str], stream: bool
) -> tuple[float, str | None]:
    """One call: seconds to the last byte, and the answer text (None: failed)."""
    t0 = time.perf_counter()
    try:
        if stream:
            with client.stream(
                "POST", url, json=chat_body(p.text, stream=True), headers=headers
            ) as r:
                raw = b"".join(r.iter_bytes())
                status = r.status_code
            dt = time.perf_counter() - t0
            if status != 200:
                return dt, None
            text, errors = sse_text(raw.decode("utf-8"))
            return dt, None if errors else text
        r = client.post(url, json=chat_body(p.text), headers=headers)
        dt = time.perf_counter() - t0
        return dt, _answer(r.json()) if r.status_code == 200 else None
    except (httpx.HTTPError, ValueError, KeyError, IndexError, TypeError):
        return time.perf_counter() - t0, None


def measure_latency(
    s: Setup, items: Sequence[Payload], n: int, warmup: int, cap_s: float
) -> dict[str, Pair]:
    """``n`` rounds over ``items``; each round one plain and one streamed call,
    each direct and through the gateway, the order alternating by round."""
    out = {"plain": Pair(), "streamed": Pair()}
    deadline = time.monotonic() + cap_s
    with (
        httpx.Client(timeout=30.0, trust_env=False) as direct,
        httpx.Client(timeout=30.0, trust_env=False) as gw,
    ):
        for i in range(-warmup, n):
            if i >= 0 and time.monotonic() > deadline:
                break
            p = items[i % len(items)]
            answers: dict[str, str | None] = {}
            for mode in ("plain", "streamed"):
                routes = [
                    ("direct", direct, s.chat_direct, {}),
                    ("gateway", gw, s.chat_gateway, s.headers(p.patient)),
                ]
                if i % 2:
                    routes.reverse()
                for name, client, url, headers in routes:
                    dt, text = _one(client, url, p, headers, mode == "streamed")
                    if name == "gateway":
                        answers[mode] = text
                    if i < 0:
                        continue
                    pair = out[mode]
                    if text is None or not text.startswith(ANSWER_PREFIX):
                        setattr(pair, f"{name}_errors", getattr(pair, f"{name}_errors") + 1)
                    else:
                        getattr(pair, name).append(dt)
            if i >= 0 and answers["plain"] is not None and answers["streamed"] != answers["plain"]:
                out["streamed"].stream_mismatch += 1
    return out


@dataclass
class Load:
    route: str
    concurrency: int
    calls: int
    wall_s: float
    latencies: list[float]
    errors: Counter[str]


async def _load(
    route: str,
    url: str,
    items: Sequence[tuple[dict[str, Any], dict[str, str]]],
    calls: int,
    concurrency: int,
    cap_s: float,
) -> Load:
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(timeout=30.0, limits=limits, trust_env=False) as client:
        counter = iter(range(calls))

        async def worker() -> None:
            for i in counter:
                body, headers = items[i % len(items)]
                t0 = time.perf_counter()
                try:
                    r = await client.post(url, json=body, headers=headers)
                    ok = r.status_code == 200 and _answer(r.json()).startswith(ANSWER_PREFIX)
                except (httpx.HTTPError, ValueError, KeyError, IndexError, TypeError) as exc:
                    errors[type(exc).__name__] += 1
                    continue
                if ok:
                    latencies.append(time.perf_counter() - t0)
                else:
                    errors[f"HTTP {r.status_code}"] += 1

        t0 = time.perf_counter()
        tasks = [asyncio.create_task(worker()) for _ in range(concurrency)]
        _done, pending = await asyncio.wait(tasks, timeout=cap_s)
        for t in pending:
            t.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        wall = time.perf_counter() - t0
    unfinished = calls - len(latencies) - sum(errors.values())
    if unfinished > 0:
        errors[f"not done in {cap_s:.0f} s"] += unfinished
    return Load(route, concurrency, calls, wall, latencies, errors)


def measure_load(
    s: Setup, items: Sequence[Payload], calls: int, concurrencies: Sequence[int], cap_s: float
) -> list[Load]:
    direct = [(chat_body(p.text), {}) for p in items]
    gateway = [(chat_body(p.text), s.headers(p.patient)) for p in items]
    out = []
    for k, c in enumerate(concurrencies):
        runs = [("direct", s.chat_direct, direct), ("gateway", s.chat_gateway, gateway)]
        if k % 2:
            runs.reverse()
        for route, url, its in runs:
            r = asyncio.run(_load(route, url, its, calls, c, cap_s))
            print(
                f"load c={c} {route}: {len(r.latencies)} ok in {r.wall_s:.1f} s, "
                f"errors {dict(r.errors)}",
                file=sys.stderr,
                flush=True,
            )
            out.append(r)
    return sorted(out, key=lambda r: (r.concurrency, r.route != "direct"))


@dataclass
class PhiResult:
    name: str
    about: str
    notes: list[Any]
    failed: int
    leaks: dict[str, LeakCount]
    name_words: tuple[int, int, int]
    restored: Restored


def measure_phi(
    s: Setup, corpora: Sequence[tuple[str, str, Sequence[Any]]], cap_s: float
) -> list[PhiResult]:
    """Every note through the gateway, one at a time (notes not sent within
    ``cap_s`` count as failed); then the vendor's record."""
    tags: dict[int, str] = {}
    answers: dict[str, str] = {}
    failed: Counter[str] = Counter()
    tag = TAG_BASE
    deadline = time.monotonic() + cap_s
    with httpx.Client(timeout=30.0, trust_env=False) as client:
        for name, _about, notes in corpora:
            for note in notes:
                tag += 1
                tags[tag] = note.note_id
                if time.monotonic() > deadline:
                    failed[name] += 1
                    continue
                body = chat_body(note.text, tag=tag)
                try:
                    r = client.post(
                        s.chat_gateway, json=body, headers=s.headers(patient_header(note.patient))
                    )
                    if r.status_code == 200:
                        answers[note.note_id] = _answer(r.json())
                        continue
                except (httpx.HTTPError, ValueError, KeyError, IndexError, TypeError):
                    pass
                failed[name] += 1
    records = [json.loads(x) for x in s.record.read_text(encoding="utf-8").splitlines() if x]
    sent = tagged_texts(records, tags)
    out = []
    for name, about, notes in corpora:
        notes = list(notes)
        detected = detected_spans(notes)
        out.append(
            PhiResult(
                name,
                about,
                notes,
                failed[name],
                count_leaks(notes, sent, detected),
                count_name_word_leaks(notes, sent),
                count_restored(notes, answers),
            )
        )
    return out


# --- the report ------------------------------------------------------------------------


def _ms(x: float) -> str:
    return "-" if math.isnan(x) else (f"{x:.1f}" if x < 100 else f"{x:.0f}")


def _rate(k: int, n: int) -> str:
    return f"{k / n:.2%}" if n else "-"


def render(
    env: dict[str, str],
    argv: Sequence[str],
    sizes: Mapping[str, tuple[int, int]],
    latency: Mapping[str, dict[str, Pair]],
    loads: Sequence[Load],
    phi: Sequence[PhiResult],
) -> str:
    cmd = "python -m bench.gateway" + (" " + " ".join(argv) if argv else "")
    lines = [
        SECTION,
        "",
        "The governed gateway to vendor AI APIs as real processes on 127.0.0.1: "
        "`custos gateway serve` (one uvicorn worker, a fresh SQLite node home, the example "
        "DUA `examples/gateway/dua.yaml`) in front of the recording stand-in vendor "
        "(`examples/gateway/vendor.py`, whose model quotes the last user message back at no "
        "cost). 'Direct' calls go to the stand-in itself; 'gateway' calls carry a client token "
        "and `X-Custos-Patient`, and are authenticated, checked against the DUA, minimised, "
        "de-identified with reversible surrogates, re-identified on the way back and audited. "
        "The benchmark's clients, the gateway and the stand-in share the machine's cores.",
        "",
        f"- Date: {env['date']}",
        f"- Machine: {env['cores']} cores ({env['cpu']})",
        f"- Versions: Python {env['python']}, custos {env['custos']}, httpx {env['httpx']}, "
        f"uvicorn {env['uvicorn']}, FastAPI {env['fastapi']}, Starlette {env['starlette']}",
        f"- Reproduce: `{cmd}`",
        "",
        "Added latency, one call at a time (ms; the same payloads direct and through the "
        "gateway, alternating which goes first, after a warm-up; streamed calls timed to the "
        "last byte). Short: single generated notes of "
        f"{sizes['short'][0]:,}-{sizes['short'][1]:,} characters; long: generated notes "
        f"joined, {sizes['long'][0]:,}-{sizes['long'][1]:,} characters.",
        "",
        "| payload | calls | direct p50 | direct p99 | gateway p50 | gateway p99 | added p50 | "
        "added p99 | gateway / direct (p50) | errors (direct, gateway) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    mismatches = 0
    for size, modes in latency.items():
        for mode, pair in modes.items():
            d, g = summarise(pair.direct), summarise(pair.gateway)
            mismatches += pair.stream_mismatch
            lines.append(
                f"| {size}, {mode} | {max(d.n, g.n)} | {_ms(d.p50_ms)} | {_ms(d.p99_ms)} | "
                f"{_ms(g.p50_ms)} | {_ms(g.p99_ms)} | {_ms(g.p50_ms - d.p50_ms)} | "
                f"{_ms(g.p99_ms - d.p99_ms)} | {g.p50_ms / d.p50_ms:.1f}x | "
                f"{pair.direct_errors}, {pair.gateway_errors} |"
            )
    lines += [
        "",
        f"Streamed answers through the gateway that differ from its plain answer to the same "
        f"payload: {mismatches}.",
        "",
        f"Bounded load: {loads[0].calls if loads else 0} short-note calls per run at a fixed "
        "concurrency (`httpx.AsyncClient`, one connection per concurrent caller), each run "
        "capped in time; latency in ms.",
        "",
        "| concurrency | route | calls | errors | calls/s | p50 | p99 | seconds |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in loads:
        sm = summarise(r.latencies, sum(r.errors.values()))
        lines.append(
            f"| {r.concurrency} | {r.route} | {r.calls} | {sm.errors} | "
            f"{len(r.latencies) / r.wall_s:.0f} | {_ms(sm.p50_ms)} | {_ms(sm.p99_ms)} | "
            f"{r.wall_s:.1f} |"
        )
    for r in loads:
        for err, n in sorted(r.errors.items()):
            lines.append(f"- concurrency {r.concurrency}, {r.route}: {n} x `{err}`")
    lines += _render_phi(phi)
    lines += ["", *_reading(latency, loads, phi), ""]
    return "\n".join(lines)


def _render_phi(phi: Sequence[PhiResult]) -> list[str]:
    heads = " | ".join(f"{p.name}: gold | {p.name}: at vendor" for p in phi)
    desc = "; ".join(
        f"{p.name}: {len(p.notes)} notes ({len(p.notes) - p.failed} answered) of {p.about}, "
        f"{sum(c.gold for c in p.leaks.values()):,} gold identifiers"
        for p in phi
    )
    lines = [
        "",
        "Identifiers reaching the vendor: every note sent through the gateway with its "
        f"patient's `X-Custos-Patient` ({desc}); the stand-in's record searched for each gold "
        "identifier's text (exact, case-sensitive, on word boundaries).",
        "",
        f"| category | {heads} |",
        "|---|" + "---:|" * (2 * len(phi)),
    ]
    cats = sorted(
        {c for p in phi for c in p.leaks}, key=lambda c: -phi[0].leaks.get(c, LeakCount()).gold
    )
    for cat in cats:
        cells = []
        for p in phi:
            c = p.leaks.get(cat, LeakCount())
            cells += [f"{c.gold:,}", f"{c.at_vendor}"]
        lines.append(f"| {cat} | " + " | ".join(cells) + " |")
    cells = []
    for p in phi:
        gold = sum(c.gold for c in p.leaks.values())
        at = sum(c.at_vendor for c in p.leaks.values())
        cells += [f"**{gold:,}**", f"**{at}** ({_rate(at, gold)})"]
    lines.append("| all | " + " | ".join(cells) + " |")
    lines.append("")
    for p in phi:
        at = sum(c.at_vendor for c in p.leaks.values())
        missed = sum(c.missed for c in p.leaks.values())
        elsewhere = sum(c.elsewhere for c in p.leaks.values())
        total, words_at, words_else = p.name_words
        text = (
            f"- {p.name}: {at} gold identifiers found at the vendor; {missed} of them the "
            f"detector did not touch at all, {at - missed} it found (at least in part: the same "
            "text may also stand elsewhere in the note, undetected); "
            f"{elsewhere} of the {at} also occur in the note outside every identifier."
        )
        if at and p.name == "generated":
            examples = [f"{cat} `{v}`" for cat, c in sorted(p.leaks.items()) for v in c.values]
            more = f" and {len(examples) - 12} more" if len(examples) > 12 else ""
            text += " They are: " + ", ".join(examples[:12]) + more + "."
        elif at:
            # A held-out set's items are never printed: they would stop being blind.
            by_cat = Counter({cat: len(c.values) for cat, c in p.leaks.items() if c.values})
            text += " By category: " + ", ".join(f"{c} {k}" for c, k in by_cat.most_common()) + "."
        text += (
            f" Name words (each word of two letters or more of a gold name, once per note): "
            f"{words_at} of {total:,} at the vendor, {words_else} of them also outside "
            "identifiers in the note."
        )
        lines.append(text)
    heads = " | ".join(f"{p.name}: gold | {p.name}: restored" for p in phi)
    lines += [
        "",
        "Re-identification: the gateway's answer (the stand-in quotes the de-identified note; "
        "the gateway puts the originals back) against the original note. An identifier is "
        "restored when its text occurs in the answer at least as often as in the note. "
        "Rows marked * are many-to-one by design: ages over 89 become 90+, ZIP codes keep "
        "three digits, and an initial comes back only as a middle initial between two name "
        "words. An identifier the detector missed went out and comes back unchanged, so it "
        "counts as restored.",
        "",
        f"| category | {heads} |",
        "|---|" + "---:|" * (2 * len(phi)),
    ]
    groups = sorted(
        {g for p in phi for g in p.restored.groups},
        key=lambda g: (g in BY_DESIGN, -phi[0].restored.groups.get(g, [0, 0])[0]),
    )
    for g in groups:
        cells = []
        for p in phi:
            gold, ok = p.restored.groups.get(g, [0, 0])
            cells += [f"{gold:,}", f"{ok:,} ({_rate(ok, gold)})" if gold else "-"]
        lines.append(f"| {g}{' *' if g in BY_DESIGN else ''} | " + " | ".join(cells) + " |")
    lines.append("")
    for p in phi:
        r = p.restored
        lines.append(
            f"- {p.name}: {r.exact} of {r.notes} answers are the original note exactly "
            f"({_rate(r.exact, r.notes)}); of the {r.reversible_notes} notes with no "
            f"identifier of a * row, {r.reversible_exact} "
            f"({_rate(r.reversible_exact, r.reversible_notes)})."
        )
        if r.failures:
            hyphen = sum(h for _, _, h in r.failures)
            shown = ", ".join(f"{g} `{v}`" for g, v, _ in r.failures[:12])
            more = f" and {len(r.failures) - 12} more" if len(r.failures) > 12 else ""
            lines.append(
                f"  Not restored outside the * rows: {len(r.failures)} ({hyphen} with a hyphen "
                f"in or next to them): {shown}{more}."
            )
    return lines


def _reading(
    latency: Mapping[str, dict[str, Pair]], loads: Sequence[Load], phi: Sequence[PhiResult]
) -> list[str]:
    out = ["Reading:", ""]
    sd, ss = (
        summarise(latency["short"]["plain"].direct),
        summarise(latency["short"]["plain"].gateway),
    )
    ld, ls = summarise(latency["long"]["plain"].direct), summarise(latency["long"]["plain"].gateway)
    lsd = summarise(latency["long"]["streamed"].direct)
    lss = summarise(latency["long"]["streamed"].gateway)
    out.append(
        f"- Through the gateway a short note costs {_ms(ss.p50_ms - sd.p50_ms)} ms more at the "
        f"median, a long one {_ms(ls.p50_ms - ld.p50_ms)} ms: the cost grows with the text, "
        "since the whole request is searched for identifiers on the way out and the whole "
        "answer for surrogates and dates on the way back. Against a real model, whose answers "
        "take seconds, that is small; against a stand-in that answers in a few milliseconds "
        "the ratios are large by construction. A long streamed answer costs "
        f"{_ms(lss.p50_ms - lsd.p50_ms)} ms more, against {_ms(ls.p50_ms - ld.p50_ms)} ms "
        "plain: the stand-in streams 7 characters per event and each event re-scans the "
        "held-back tail, so streaming re-identification is the costlier path. With "
        f"{summarise(latency['long']['plain'].gateway).n} long calls the p99 is close to the "
        "maximum."
    )
    by = {(r.concurrency, r.route): r for r in loads}
    rates = []
    for c in sorted({r.concurrency for r in loads}):
        d, g = by.get((c, "direct")), by.get((c, "gateway"))
        if d and g and d.latencies and g.latencies:
            rates.append(
                f"{len(g.latencies) / g.wall_s:.0f} calls/s at concurrency {c} "
                f"({len(d.latencies) / d.wall_s:.0f} direct)"
            )
    if rates:
        out.append(
            "- Under load the gateway passes "
            + " and ".join(rates)
            + ": one worker process doing CPU-bound de-identification in Python, on the same "
            "cores as the load generator and the stand-in, so more concurrency only queues. "
            "A floor for one worker on this machine, not a capacity figure."
        )
    leaks = {p.name: sum(c.at_vendor for c in p.leaks.values()) for p in phi}
    if not any(leaks.values()):
        out.append(
            "- No gold identifier's text reached the stand-in from either set. That is the "
            "detector's recall on these notes, carried through the gateway; it says nothing of "
            "identifiers the gold annotation does not mark, nor of notes unlike these."
        )
    else:
        parts = []
        for p in phi:
            missed = sum(c.missed for c in p.leaks.values())
            elsewhere = sum(c.elsewhere for c in p.leaks.values())
            parts.append(
                f"{leaks[p.name]} from the {p.name} set ({missed} never detected, {elsewhere} "
                "whose text also stands in the note outside any identifier)"
            )
        out.append(
            "- The goal of zero identifiers at the vendor is not met: "
            + ", ".join(parts)
            + ". The gateway forwards whatever the de-identifier misses, so the never-detected "
            "ones follow its recall on each set (see the text de-identification section) "
            "rather than a failure of the proxy; the blind set, written without seeing the "
            "detector's rules, is the more honest figure. A hit on an identifier the detector "
            "did find is not always a leak: the text may also stand in the note as something "
            "else (a chloride of 101 beside an age of 101), a short number can stand inside "
            "another identifier's surrogate (an age of 93 in an SSN surrogate 955-93-0275: a "
            "hyphen is a word boundary), a shifted date can land on "
            "another of the patient's dates, a day alone ('the 4th') keeps its number when "
            "the shift is a whole number of months, and a ZIP code ending in 00 reads the "
            "same once cut to its three digits (Safe Harbor allows those)."
        )
    fails = [(p.name, p.restored) for p in phi if p.restored.failures]
    if fails:
        out.append(
            "- Re-identification is not complete outside the by-design rows: "
            + ", ".join(
                f"{len(r.failures)} identifiers in the {name} set "
                f"({sum(h for _, _, h in r.failures)} with a hyphen in or next to them)"
                for name, r in fails
            )
            + " do not come back as written in the answer the clinician reads. The surrogates "
            "and the date shift are keyed by a secret the gateway draws at start-up, so which "
            "dates fail (a shift that makes two spellings of a date one surrogate, or a "
            "partial date's surrogate that also reads as part of a full one) changes from "
            "run to run."
        )
    out.append(
        "- Weak points of this measurement: one machine for everything (noisy, and the "
        "client's own overhead is in both routes); a stand-in vendor that answers at once "
        "and only echoes, so it never paraphrases, splits or re-cases a surrogate as a real "
        "model would; the leak check matches exact strings, so a partial or re-spelled leak "
        "(a name word alone, a date written another way) is caught only by the name-word line "
        "or not at all; the generated notes share their templates with the detector's tuning "
        "seed, which is why the blind set is reported beside them."
    )
    return out


# --- main ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    p = argparse.ArgumentParser(prog="python -m bench.gateway", description=__doc__)
    p.add_argument("--quick", action="store_true", help="a small run (under a minute)")
    p.add_argument("--short-calls", type=int, default=300)
    p.add_argument("--long-calls", type=int, default=100)
    p.add_argument("--load-calls", type=int, default=400)
    p.add_argument("--concurrency", type=int, nargs="+", default=[8, 32])
    p.add_argument("--notes", type=int, default=500, help="held-out generated notes")
    p.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    p.add_argument("--no-write", action="store_true")
    a = p.parse_args(argv)
    if a.quick:
        a.short_calls, a.long_calls, a.load_calls, a.notes = 30, 8, 100, 100

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from bench._env import environment
    from bench._markdown import write_section
    from bench.deid_text import BLIND, HELDOUT_SEED, load_blind
    from custos.deid._corpus import generate

    def progress(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    env = environment("custos", "httpx", "uvicorn", "fastapi", "starlette")
    notes = generate(a.notes, seed=HELDOUT_SEED)
    blind = load_blind(BLIND)
    # the latency payloads come from another draw than the notes checked for leaks
    short, long = payloads(generate(200, seed=HELDOUT_SEED + 1))
    sizes = {
        "short": (min(len(x.text) for x in short), max(len(x.text) for x in short)),
        "long": (min(len(x.text) for x in long), max(len(x.text) for x in long)),
    }
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="custos-bench-gateway-"))
    try:
        with running(work) as s:
            progress(f"up in {time.monotonic() - started:.1f} s; latency...")
            latency = {
                "short": measure_latency(s, short, a.short_calls, 10, cap_s=60),
                "long": measure_latency(s, long, a.long_calls, 3, cap_s=60),
            }
            progress(f"{time.monotonic() - started:.0f} s; load...")
            loads = measure_load(s, short, a.load_calls, a.concurrency, cap_s=30)
            progress(f"{time.monotonic() - started:.0f} s; identifiers...")
            phi = measure_phi(
                s,
                [
                    (
                        "generated",
                        "`custos.deid._corpus.generate` at the held-out seed "
                        f"{HELDOUT_SEED}, as `bench/deid_text.py`",
                        notes,
                    ),
                    (
                        "blind",
                        f"the held-out blind hand-written set `{BLIND.relative_to(ROOT)}`",
                        blind,
                    ),
                ],
                cap_s=90,
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    progress(f"done in {time.monotonic() - started:.0f} s")
    section = render(env, argv, sizes, latency, loads, phi)
    print(section)
    if not a.no_write:
        write_section(a.out, SECTION, section)
        progress(f"wrote {SECTION!r} to {a.out.name}")
    return 0


if __name__ == "__main__":
    # as a script (python bench/gateway.py) the bench folder would come first on
    # the path and its modules could shadow packages: the repository root instead
    sys.path[:] = [x for x in sys.path if Path(x or ".").resolve() != ROOT / "bench"]
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
