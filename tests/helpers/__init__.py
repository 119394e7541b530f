"""Helpers shared by the backup, crash and corruption tests."""
