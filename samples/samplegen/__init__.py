"""Internals of ``samples/generate.py``: layout, invented persons, ministries, templates, expected results."""
