"""Dashboard area of the main window."""
