"""Fixtures of the report tests (defined in pdf_checks, shared with the CLI tests)."""

from tests.unit.reports.pdf_checks import demo_folder, demo_school_template, demo_vault

__all__ = ["demo_folder", "demo_school_template", "demo_vault"]
