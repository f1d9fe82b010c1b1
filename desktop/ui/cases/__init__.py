"""Cases area of the main window."""
