"""The machine and package versions every benchmark section records."""

from __future__ import annotations

import os
import platform
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version


def pkg_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def cpu_name() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.machine()


def environment(*packages: str, **extra: str) -> dict[str, str]:
    """Date, cores, CPU and Python, then each package's installed version."""
    return {
        "date": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "cores": str(len(os.sched_getaffinity(0))),
        "cpu": cpu_name(),
        "python": platform.python_version(),
        **{p: pkg_version(p) for p in packages},
        **extra,
    }
