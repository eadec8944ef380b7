"""Pydantic models generated from specs/ for the simulators (scripts/generate.py)."""
