"""Typed resource classes of every section, generated from specs/ by scripts/generate.py."""
