"""Shipped data, installed as the package `hrdcase.resources` (see setup.py and hrdcase/paths.py)."""
