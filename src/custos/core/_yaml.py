"""Safe YAML/JSON document loading with size limits and sanitized errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from custos.core._errors import InvalidInput

M = TypeVar("M", bound=BaseModel)

MAX_DOCUMENT_BYTES = 1 << 20  # DUAs, cards and job specs are small; refuse giant files.


def read_document(path: Path, *, what: str, max_bytes: int = MAX_DOCUMENT_BYTES) -> Any:
    """Read a YAML (or JSON, a YAML subset) file into plain Python objects.

    Raises
    ------
    InvalidInput
        If the file is missing, too large, not UTF-8, or not well-formed YAML.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidInput(
            f"{what} file {path.name} cannot be read", code="input.unreadable"
        ) from exc
    if size > max_bytes:
        raise InvalidInput(
            f"{what} file {path.name} is {size} bytes; the limit is {max_bytes}",
            code="input.too_large",
        )
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(
            f"{what} file {path.name} is not readable UTF-8 text", code="input.unreadable"
        ) from exc
    return parse_yaml(text, what=what)


def parse_yaml(text: str, *, what: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise InvalidInput(f"{what} is not valid YAML{where}", code="input.yaml") from exc


def validation_messages(exc: ValidationError) -> list[str]:
    """Every violation of a pydantic error, without echoing input values."""
    out = []
    for err in exc.errors(include_input=False, include_url=False):
        loc = ".".join(str(p) for p in err["loc"]) or "(document)"
        out.append(f"{loc}: {err['msg']}")
    return out


def validate_model(model: type[M], data: Any, *, what: str, code: str) -> M:
    """Validate ``data`` into ``model``, reporting every violation at once."""
    if not isinstance(data, dict):
        raise InvalidInput(f"{what} must be a mapping at the top level", code=code)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InvalidInput.from_violations(
            f"invalid {what}", validation_messages(exc), code=code
        ) from exc
