"""Relationship Notebook: a private, offline notebook about the people you meet."""

__version__ = "0.1.0"
