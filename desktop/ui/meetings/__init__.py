"""Meetings area of the main window."""
