"""Resources area of the main window."""
