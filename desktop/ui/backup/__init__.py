"""Backups and restore in the interface."""
