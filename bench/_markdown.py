"""Writing one benchmark's section into BENCHMARKS.md, leaving the others alone."""

from __future__ import annotations

import re
from pathlib import Path


def section_pattern(heading: str) -> re.Pattern[str]:
    """A ``## `` section from its heading line up to the next ``## `` heading."""
    return re.compile(rf"^{re.escape(heading)}[ \t]*\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)


def replace_section(text: str, heading: str, section: str, *, intro: str = "") -> str:
    """Replace the section that starts with ``heading``, or append it (after
    ``intro`` when the file is empty)."""
    pattern = section_pattern(heading)
    if pattern.search(text):
        new = pattern.sub(lambda _m: section.rstrip("\n") + "\n\n", text, count=1)
        return new.rstrip("\n") + "\n"
    if not text.strip():
        text = intro
    return text.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n"


def write_section(path: Path, heading: str, section: str, *, intro: str = "# Benchmarks\n") -> None:
    """Replace (or append) the section ``heading`` of the Markdown file ``path``."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(replace_section(text, heading, section, intro=intro), encoding="utf-8")


def reproduce_args(argv: list[str]) -> list[str]:
    """The options that shape a measurement, for its Reproduce line: where the
    output went (``--out``, ``--json``, ``--no-write``) is left out, so no
    local path ends up in BENCHMARKS.md."""
    keep: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("--out", "--json"):
            skip = True
        elif not arg.startswith(("--out=", "--json=")) and arg != "--no-write":
            keep.append(arg)
    return keep
