"""Every benchmark module imports, parses its arguments and reads its
environment: a broken import (a helper renamed elsewhere) is caught here, not
when someone runs the benchmark days later."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import bench

MODULES = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if not m.name.startswith("_"))


def test_the_benchmarks_are_all_here() -> None:
    assert {"deid_text", "fed", "gateway", "training", "sandbox"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_a_benchmark_module_imports_and_reads_its_environment(name: str) -> None:
    module = importlib.import_module(f"bench.{name}")
    assert callable(getattr(module, "main", None)), f"bench.{name} has no main()"
    environment = getattr(module, "environment", None)
    if callable(environment):
        env = environment()
        assert isinstance(env, dict) and env
        assert all(isinstance(v, str) and v for v in env.values()), env


@pytest.mark.parametrize("name", MODULES)
def test_a_benchmark_answers_help_without_running(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    module = importlib.import_module(f"bench.{name}")
    with pytest.raises(SystemExit) as done:
        module.main(["--help"])
    assert done.value.code == 0
    assert "usage" in capsys.readouterr().out


def test_a_benchmarks_reproduce_line_keeps_local_paths_out() -> None:
    from bench._markdown import reproduce_args

    argv = ["--splits", "20", "--json", "/somewhere/raw.json", "--out=x.md", "--no-write"]
    assert reproduce_args(argv) == ["--splits", "20"]
