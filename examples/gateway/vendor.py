"""A stand-in for a vendor's hosted AI API, on loopback, that records what it receives.

Used by the gateway's tests, its benchmark and ``make demo``. It speaks the
chat-completions API (plain and streamed) and a generic JSON endpoint, and
appends every request it receives (headers and body, as received) to a JSON
Lines file, so a test can check that no identifier ever reached it.

Its "model" is deterministic: it answers with the user's last message
quoted back ("Summary: ..."), so a test can see the surrogates come back and
be re-identified. Models named ``slow-*`` wait ``X-Stub-Delay`` seconds (or
2 s); ``fail-*`` answer 503; ``reject-*`` 400.

    python -m examples.gateway.vendor --port 8481 --record received.jsonl
"""

from __future__ import annotations

import argparse
import asyncio
import json
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route


class Recorder:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._lock = threading.Lock()
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch()

    def add(self, request: Request, body: bytes) -> None:
        if self.path is None:
            return
        rec = {
            "at": time.time(),
            "method": request.method,
            "path": request.url.path,
            "query": request.url.query,
            "headers": dict(request.headers),
            "body": body.decode("utf-8", "replace"),
        }
        with self._lock, self.path.open("a", encoding="utf-8") as f:
            f.write(json.dumps(rec) + "\n")


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(p.get("text", "") for p in content if isinstance(p, dict))
    return ""


def _answer(body: dict[str, Any]) -> str:
    messages = body.get("messages") or []
    last = next((m for m in reversed(messages) if m.get("role") == "user"), {})
    return "Summary: " + _text(last.get("content"))


async def _behaviour(model: str, request: Request) -> Response | None:
    if model.startswith("slow-"):
        await asyncio.sleep(float(request.headers.get("x-stub-delay", "2")))
    if model.startswith("fail-"):
        return JSONResponse({"error": {"message": "overloaded"}}, status_code=503)
    if model.startswith("reject-"):
        return JSONResponse({"error": {"message": "bad request"}}, status_code=400)
    return None


def create_app(record: Path | None) -> Starlette:
    recorder = Recorder(record)

    async def chat(request: Request) -> Response:
        raw = await request.body()
        recorder.add(request, raw)
        body = json.loads(raw)
        model = str(body.get("model", ""))
        early = await _behaviour(model, request)
        if early is not None:
            return early
        answer = _answer(body)
        created = int(time.time())
        if body.get("stream"):

            async def events() -> AsyncIterator[bytes]:
                step = 7  # small pieces, so words and dates are cut in two
                for i in range(0, len(answer), step):
                    chunk = {
                        "id": "chatcmpl-stub",
                        "object": "chat.completion.chunk",
                        "created": created,
                        "model": model,
                        "choices": [
                            {
                                "index": 0,
                                "delta": {"content": answer[i : i + step]},
                                "finish_reason": None,
                            }
                        ],
                    }
                    yield f"data: {json.dumps(chunk)}\n\n".encode()
                end = {
                    "id": "chatcmpl-stub",
                    "object": "chat.completion.chunk",
                    "created": created,
                    "model": model,
                    "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
                }
                yield f"data: {json.dumps(end)}\n\n".encode()
                yield b"data: [DONE]\n\n"

            return StreamingResponse(events(), media_type="text/event-stream")
        return JSONResponse(
            {
                "id": "chatcmpl-stub",
                "object": "chat.completion",
                "created": created,
                "model": model,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": answer},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": len(raw) // 4, "completion_tokens": len(answer) // 4},
            }
        )

    async def generic(request: Request) -> Response:
        raw = await request.body()
        recorder.add(request, raw)
        body = json.loads(raw) if raw else {}
        note = body.get("note") if isinstance(body, dict) else None
        return JSONResponse({"codes": ["E11.9"], "received": body, "echo": note})

    async def health(_: Request) -> Response:
        return JSONResponse({"status": "ok"})

    return Starlette(
        routes=[
            Route("/v1/chat/completions", chat, methods=["POST"]),
            Route("/coding/{rest:path}", generic, methods=["POST"]),
            Route("/healthz", health, methods=["GET"]),
        ]
    )


def main() -> None:
    import uvicorn

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8481)
    ap.add_argument("--record", type=Path, default=None)
    a = ap.parse_args()
    uvicorn.run(
        create_app(a.record), host=a.host, port=a.port, log_level="warning", access_log=False
    )


if __name__ == "__main__":
    main()
