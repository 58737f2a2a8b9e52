"""Qt only. Widgets call services through one background-operation helper (ops.py)."""
