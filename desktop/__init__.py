"""Dodam (도담): offline case management for a school's student integrated support team."""

__version__ = "0.1.0"
