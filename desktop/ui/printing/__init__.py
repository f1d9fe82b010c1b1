"""Printing from the interface: options, in-app preview, system printer, save as PDF."""
