"""This PC account's preferences and the keyboard shortcuts window."""
