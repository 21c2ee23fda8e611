"""A synthetic patient table and the spec that de-identifies it (custos deid table)."""
