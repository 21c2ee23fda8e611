"""``python -m custos`` runs the command line."""

from custos.cli import main

main()
