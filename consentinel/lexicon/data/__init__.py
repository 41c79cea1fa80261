"""Lexicon word lists, one YAML file per language (package so importlib.resources finds them)."""
