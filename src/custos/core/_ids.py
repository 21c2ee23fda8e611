"""Identifier rules shared by datasets, DUAs, vendors and jobs."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import StringConstraints

IDENT_PATTERN = r"^[a-z0-9][a-z0-9._-]{0,63}$"
_IDENT = re.compile(IDENT_PATTERN)

# Lower-case slug: safe in file names, URLs, log lines and SQL identifiers.
Identifier = Annotated[str, StringConstraints(pattern=IDENT_PATTERN)]


def is_identifier(value: str) -> bool:
    return bool(_IDENT.match(value))
