"""Students area of the main window."""
