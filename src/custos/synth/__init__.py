"""Synthetic data behind a disclosure gate (#10)."""
