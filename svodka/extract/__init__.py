"""Extraction stages: dates, roles, statements, events, claims (one module each)."""
