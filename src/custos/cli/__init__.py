"""The ``custos`` command line (Typer + Rich)."""

from custos.cli._app import app, main

__all__ = ["app", "main"]
