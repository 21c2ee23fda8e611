"""The harness's side of the sandbox: ``python -m custos.sandbox._entry``.

Runs inside the sandbox with no network, no view of the node home and no
way to start processes. It reads one ``job`` frame on stdin (the verified
feature matrix, labels, the hospital-side split and the node's DP plan),
trains with the trusted harness and answers on the channel with progress
frames and one ``result`` frame carrying the weights as safetensors bytes.
An ``audit`` frame (the same, plus the released weights and the node's
reference-model and canary assignments) runs the leakage audit's model runs
instead and answers with one ``audit_result`` frame of float64 arrays. A
``synth`` frame (a synthesis job's train rows on its declared domain, and
the node's noise plan) fits the generator and answers with one
``synth_result`` frame: the synthetic table as float64.

File descriptor 1 is the channel. Before anything else runs, the channel
is moved to a private descriptor and fd 1 is pointed at stderr, so that a
``print`` in a library (or in vendor model code) cannot corrupt the frames.
stderr never leaves the node: it may hold anything the code printed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import time
from typing import Any

from custos.sandbox._protocol import read_frame, write_frame

MAX_INPUT_BYTES = 1 << 34


def _array(payload: bytes, offset: int, meta: dict[str, Any]) -> tuple[Any, int]:
    import numpy as np

    dtype = np.dtype(str(meta["dtype"]))
    shape = tuple(int(s) for s in meta["shape"])
    count = int(np.prod(shape)) if shape else 1
    size = count * dtype.itemsize
    arr = np.frombuffer(payload, dtype=dtype, count=count, offset=offset).reshape(shape)
    return arr, offset + size


def _plan(p: dict[str, Any]) -> Any:
    from custos.training._harness import ScalerFit, TrainPlan

    return TrainPlan(
        noise_multiplier=float(p["noise_multiplier"]),
        sample_rate=float(p["sample_rate"]),
        steps=int(p["steps"]),
        max_grad_norm=float(p["max_grad_norm"]),
        scaler=ScalerFit(
            lower=tuple(p["scaler"]["lower"]),
            upper=tuple(p["scaler"]["upper"]),
            mean_noise=float(p["scaler"]["mean_noise"]),
            spread_noise=float(p["scaler"]["spread_noise"]),
        ),
    )


def _run(channel: int) -> int:
    write_frame(channel, {"type": "hello"})
    frame = read_frame(sys.stdin.buffer, max_payload=MAX_INPUT_BYTES)
    if frame is None or frame.type not in ("job", "audit", "synth"):
        write_frame(channel, {"type": "error", "code": "sandbox.no_job", "message": "no job"})
        return 2
    h = frame.header
    if frame.type == "synth":
        return _synth(channel, frame.payload, h)
    import numpy as np

    from custos.jobs._spec import JobSpec
    from custos.training._harness import Split

    spec = JobSpec.model_validate(h["spec"])
    if spec.model.arch == "custom":
        from custos.training._catalog import allow_custom_code

        allow_custom_code()
    offset = 0
    x, offset = _array(frame.payload, offset, h["x"])
    y, offset = _array(frame.payload, offset, h["y"])
    tr, offset = _array(frame.payload, offset, h["train"])
    va, offset = _array(frame.payload, offset, h["validation"])
    x = np.ascontiguousarray(x)
    y = np.ascontiguousarray(y)
    split = Split(train=np.asarray(tr), validation=np.asarray(va))
    plan = _plan(h["plan"])
    if frame.type == "audit":
        return _audit(channel, frame.payload, offset, h, spec, x, y, split, plan)
    start = None
    if h.get("start_bytes"):
        from safetensors.torch import load as load_safetensors

        start = load_safetensors(bytes(frame.payload[offset : offset + int(h["start_bytes"])]))
    return _train(channel, h, spec, x, y, split, plan, start)


def _train(
    channel: int,
    h: dict[str, Any],
    spec: Any,
    x: Any,
    y: Any,
    split: Any,
    plan: Any,
    start: Any = None,
) -> int:
    import numpy as np
    from safetensors.torch import save as save_safetensors

    from custos.training._harness import train

    last = [0.0]

    def progress(step: int, steps: int, loss: float) -> None:
        now = time.monotonic()
        if step == steps or now - last[0] >= 0.1:
            last[0] = now
            write_frame(
                channel,
                {
                    "type": "progress",
                    "step": step,
                    "steps": steps,
                    "loss": float(loss) if np.isfinite(loss) else 0.0,
                },
            )

    result = train(
        spec,
        x,
        y,
        plan,
        split,
        progress=progress,
        rng_seed=h.get("rng_seed"),
        threads=h.get("threads"),
        start=start,
        steps=h.get("steps"),
    )
    weights = save_safetensors(
        result.state_dict, metadata={"format": "custos.weights/v1", "job": spec.name}
    )
    write_frame(
        channel,
        {
            "type": "result",
            "metrics": dict(result.metrics),
            "steps_taken": result.steps_taken,
            "train_seconds": result.train_seconds,
            "weights_bytes": len(weights),
            "parameters": {k: list(v.shape) for k, v in result.state_dict.items()},
        },
        weights,
    )
    return 0


def _audit(
    channel: int,
    payload: bytes,
    offset: int,
    h: dict[str, Any],
    spec: Any,
    x: Any,
    y: Any,
    split: Any,
    plan: Any,
) -> int:
    """The leakage audit's model runs (:mod:`custos.audit._models`)."""
    import numpy as np
    from safetensors.torch import load as load_safetensors

    from custos.audit._models import AuditRequest, run_audit_models

    reference_in, offset = _array(payload, offset, h["reference_in"])
    canaries = None
    if h.get("canaries") is not None:
        canaries, offset = _array(payload, offset, h["canaries"])
    weights = payload[offset : offset + int(h["weights_bytes"])]
    target = load_safetensors(bytes(weights))

    def progress(done: int, runs: int) -> None:
        write_frame(channel, {"type": "progress", "step": done, "steps": runs, "loss": 0.0})

    signals = run_audit_models(
        spec,
        x,
        y,
        split,
        plan,
        target,
        AuditRequest(
            reference_in=np.asarray(reference_in, dtype=bool),
            canaries=None if canaries is None else np.asarray(canaries, dtype=bool),
        ),
        rng_seed=h.get("rng_seed"),
        threads=h.get("threads"),
        progress=progress,
    )
    arrays = {"target_logits": signals.target_logits, "reference_logits": signals.reference_logits}
    if signals.canary_scores is not None:
        arrays["canary_scores"] = signals.canary_scores
    raw = [np.ascontiguousarray(a, dtype="<f8") for a in arrays.values()]
    body = b"".join(a.tobytes() for a in raw)
    write_frame(
        channel,
        {
            "type": "audit_result",
            "arrays": {k: list(a.shape) for k, a in zip(arrays, raw, strict=True)},
            "timings": {k: float(v) for k, v in signals.timings.items()},
            "payload_bytes": len(body),
        },
        body,
    )
    return 0


def _synth(channel: int, payload: bytes, h: dict[str, Any]) -> int:
    """Fit the synthesis job's generator on the train rows; answer with the table.

    The node holds the control rows and runs the disclosure gate itself; the
    sandbox sees only the rows the generator may learn from.
    """
    import numpy as np

    from custos.synth._domain import SynthDomain
    from custos.synth._mst import MstPlan
    from custos.synth._pipeline import generate

    domain = SynthDomain.model_validate(h["domain"])
    train, _ = _array(payload, 0, h["train"])
    frame = domain.from_matrix(np.ascontiguousarray(train))
    plan = MstPlan(**h["plan"]) if h.get("plan") else None
    write_frame(channel, {"type": "progress", "step": 0, "steps": 1, "loss": 0.0})
    generated = generate(frame, domain, h["generator"], plan=plan, seed=h.get("rng_seed"))
    out = np.ascontiguousarray(domain.to_matrix(generated.synthetic), dtype="<f8")
    body = out.tobytes()
    write_frame(
        channel,
        {
            "type": "synth_result",
            "shape": list(out.shape),
            "generation": generated.generation,
            "payload_bytes": len(body),
        },
        body,
    )
    return 0


def main() -> int:
    channel = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    try:
        return _run(channel)
    except Exception as exc:  # report the kind only: the text may quote data
        from custos.core._errors import CustosError

        if isinstance(exc, CustosError):
            code, message = exc.code, exc.message
        elif isinstance(exc, MemoryError):
            code, message = "sandbox.memory_limit", "the job ran out of memory"
        elif isinstance(exc, OSError):
            # Network, files outside the workspace, new processes: the
            # sandbox refused a system call. Name the errno, not the text.
            name = errno.errorcode.get(exc.errno or 0, type(exc).__name__)
            code, message = "sandbox.denied", f"the sandbox refused an operation ({name})"
        else:
            code, message = "training.error", f"training failed ({type(exc).__name__})"
        with contextlib.suppress(OSError):
            write_frame(channel, {"type": "error", "code": code, "message": message[:500]})
        return 1


if __name__ == "__main__":
    sys.exit(main())
