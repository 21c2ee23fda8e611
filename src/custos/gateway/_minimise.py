"""Cut a call's payload to what the DUA allows, and collect its free text.

Two payload shapes:

* **chat completions** (the de-facto LLM API): the request keeps the
  generation parameters the gateway knows and each message's ``role`` and
  ``content``; everything else (``user``, ``metadata``, message ``name``,
  tools, unknown fields) is removed. Content may be a string or a list of
  text parts; images, audio and files are refused, not dropped, since a call
  without them would mean something else.
* **generic JSON**: only the purpose's field paths survive
  (:mod:`custos.policy._gateway`); each kept path gives a data category.

Every string that is kept is de-identified (the caller passes the strings to
the vault and puts the results back with :meth:`Payload.rebuild`), so a
field the DUA lets through still never carries an identifier the detector
finds. Keys are never rewritten: they are the DUA's field names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from custos.core._errors import InvalidInput
from custos.policy._gateway import FREE_TEXT, GatewayEndpoint, GatewayPurpose

__all__ = ["Payload", "minimise_chat", "minimise_json"]

# Generation parameters passed on; their values are numbers, flags or short
# settings (``stop`` strings and ``response_format`` are de-identified too).
CHAT_PARAMS = frozenset(
    {
        "model",
        "messages",
        "temperature",
        "top_p",
        "max_tokens",
        "max_completion_tokens",
        "stream",
        "stream_options",
        "stop",
        "n",
        "presence_penalty",
        "frequency_penalty",
        "seed",
        "response_format",
        "logprobs",
        "top_logprobs",
    }
)
ROLES = frozenset({"system", "developer", "user", "assistant"})
MAX_MESSAGES = 2000
MAX_DEPTH = 64


@dataclass
class Payload:
    """A minimised payload whose strings are still to be de-identified."""

    body: Any
    categories: list[str]
    removed: int = 0
    # (container, key) of every string to de-identify, in order
    _slots: list[tuple[Any, Any]] = field(default_factory=list)

    @property
    def texts(self) -> list[str]:
        return [c[k] for c, k in self._slots]

    def rebuild(self, texts: list[str]) -> Any:
        """Put the de-identified strings back (in :attr:`texts` order)."""
        if len(texts) != len(self._slots):
            raise ValueError("one text per slot")
        for (container, key), t in zip(self._slots, texts, strict=True):
            container[key] = t
        return self.body


def _bad(message: str, code: str = "gateway.payload") -> InvalidInput:
    return InvalidInput(message, code=code)


def _strings(node: Any, slots: list[tuple[Any, Any]], depth: int = 0) -> None:
    """Every string value under ``node`` (keys excluded) into ``slots``."""
    if depth > MAX_DEPTH:
        raise _bad("the payload nests too deeply")
    if isinstance(node, dict):
        for k, v in node.items():
            if isinstance(v, str):
                slots.append((node, k))
            else:
                _strings(v, slots, depth + 1)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            if isinstance(v, str):
                slots.append((node, i))
            else:
                _strings(v, slots, depth + 1)


def minimise_chat(body: Any, purpose: GatewayPurpose, endpoint: GatewayEndpoint) -> Payload:
    """A chat-completions request cut to what may leave.

    Raises
    ------
    InvalidInput
        Not a chat request, a model the endpoint does not allow, or content
        that is not text.
    """
    if not purpose.free_text:
        raise _bad(f"purpose '{purpose.name}' may not send free text", "gateway.purpose_scope")
    if not isinstance(body, dict):
        raise _bad("a chat request is a JSON object")
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise _bad("a chat request names a model")
    if endpoint.models and model not in endpoint.models:
        raise _bad(f"model '{model[:80]}' is not contracted for this endpoint", "gateway.model")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise _bad("a chat request has a non-empty list of messages")
    if len(messages) > MAX_MESSAGES:
        raise _bad(f"more than {MAX_MESSAGES} messages")
    removed = sum(1 for k in body if k not in CHAT_PARAMS)
    out: dict[str, Any] = {k: v for k, v in body.items() if k in CHAT_PARAMS and k != "messages"}
    if "stream_options" in out:
        so = out["stream_options"]
        out["stream_options"] = (
            {"include_usage": bool(so.get("include_usage"))} if isinstance(so, dict) else None
        )
        if out["stream_options"] is None:
            del out["stream_options"]
            removed += 1
    slots: list[tuple[Any, Any]] = []
    kept: list[dict[str, Any]] = []
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or m.get("role") not in ROLES:
            raise _bad(f"message {i + 1}: needs a role of {', '.join(sorted(ROLES))}")
        removed += sum(1 for k in m if k not in ("role", "content"))
        content = m.get("content")
        msg: dict[str, Any] = {"role": m["role"]}
        if isinstance(content, str):
            msg["content"] = content
            slots.append((msg, "content"))
        elif isinstance(content, list):
            parts: list[dict[str, Any]] = []
            for j, part in enumerate(content):
                if not isinstance(part, dict) or part.get("type") != "text":
                    raise _bad(
                        f"message {i + 1} part {j + 1}: only text content may be sent "
                        "through the gateway",
                        "gateway.content_type",
                    )
                if not isinstance(part.get("text"), str):
                    raise _bad(f"message {i + 1} part {j + 1}: text must be a string")
                removed += sum(1 for k in part if k not in ("type", "text"))
                p = {"type": "text", "text": part["text"]}
                parts.append(p)
                slots.append((p, "text"))
            msg["content"] = parts
        elif content is None and m["role"] == "assistant":
            msg["content"] = None
        else:
            raise _bad(f"message {i + 1}: content must be text")
        kept.append(msg)
    out["messages"] = kept
    for k in ("stop", "response_format"):
        if k in out:
            if isinstance(out[k], str):
                slots.append((out, k))
            else:
                _strings(out[k], slots)
    return Payload(body=out, categories=[FREE_TEXT], removed=removed, _slots=slots)


# --- generic JSON: field paths ---------------------------------------------------


@dataclass(frozen=True)
class _Seg:
    key: str  # a key or "*"
    is_list: bool


def _parse(path: str) -> list[_Seg]:
    segs = []
    for part in path.split("."):
        is_list = part.endswith("[]")
        segs.append(_Seg(part[:-2] if is_list else part, is_list))
    return segs


Rule = tuple[list[_Seg], str]


def _cut(node: Any, rules: list[Rule], hit: set[str], counter: list[int], depth: int) -> Any:
    """Keep what ``rules`` reach under the dict ``node``; count what goes."""
    if depth > MAX_DEPTH:
        raise _bad("the payload nests too deeply")
    out: dict[str, Any] = {}
    for k, v in node.items():
        here = [(segs, cat) for segs, cat in rules if segs[0].key in (k, "*")]
        if not here:
            counter[0] += 1
            continue
        kept = _keep(v, here, hit, counter, depth)
        if kept is not _DROP:
            out[k] = kept
        else:
            counter[0] += 1
    return out


_DROP: Any = object()


def _keep(value: Any, rules: list[Rule], hit: set[str], counter: list[int], depth: int) -> Any:
    """``value`` under a key the first segment of each rule matched."""
    whole = [cat for segs, cat in rules if len(segs) == 1 and not segs[0].is_list]
    if whole:
        hit.update(whole)
        return value
    listed = [(segs, cat) for segs, cat in rules if segs[0].is_list]
    deeper = [(segs[1:], cat) for segs, cat in rules if not segs[0].is_list and len(segs) > 1]
    if listed and isinstance(value, list):
        items = []
        ends = [cat for segs, cat in listed if len(segs) == 1]
        rest = [(segs[1:], cat) for segs, cat in listed if len(segs) > 1]
        for item in value:
            if ends:
                hit.update(ends)
                items.append(item)
            elif rest and isinstance(item, dict):
                sub = _cut(item, rest, hit, counter, depth + 1)
                if sub:
                    items.append(sub)
            else:
                counter[0] += 1
        return items if items else _DROP
    if deeper and isinstance(value, dict):
        sub = _cut(value, deeper, hit, counter, depth + 1)
        return sub if sub else _DROP
    return _DROP


def minimise_json(body: Any, purpose: GatewayPurpose) -> Payload:
    """A JSON payload cut to the purpose's fields.

    Raises
    ------
    InvalidInput
        Not a JSON object, or nothing in it may be sent.
    """
    if not isinstance(body, dict):
        raise _bad("a JSON payload for the gateway is an object")
    if not purpose.fields:
        raise _bad(f"purpose '{purpose.name}' allows no structured fields", "gateway.purpose_scope")
    rules: list[Rule] = [(_parse(f.path), f.category) for f in purpose.fields]
    hit: set[str] = set()
    counter = [0]
    out = _cut(body, rules, hit, counter, 0)
    if not out:
        raise _bad(
            "none of the payload's fields may be sent for this purpose", "gateway.nothing_allowed"
        )
    slots: list[tuple[Any, Any]] = []
    _strings(out, slots)
    return Payload(body=out, categories=sorted(hit), removed=counter[0], _slots=slots)


def walk_strings(node: Any, fn: Callable[[str], str], depth: int = 0) -> Any:
    """A copy of ``node`` with ``fn`` applied to every string value (keys kept)."""
    if depth > MAX_DEPTH:
        return node
    if isinstance(node, str):
        return fn(node)
    if isinstance(node, dict):
        return {k: walk_strings(v, fn, depth + 1) for k, v in node.items()}
    if isinstance(node, list):
        return [walk_strings(v, fn, depth + 1) for v in node]
    return node


def iter_strings(node: Any) -> Iterator[str]:
    slots: list[tuple[Any, Any]] = []
    _strings(node, slots)
    for c, k in slots:
        yield c[k]
