"""Reports area of the main window."""
