"""Admin area of the main window."""
