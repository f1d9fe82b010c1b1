"""Errors a service raises for the user to read. Messages are English source strings marked for
translation (context "errors"); `params` fill their `{placeholders}` after translation."""

from __future__ import annotations

from typing import Any

from desktop.services.korean_text import with_josa


class ServiceError(Exception):
    """A refused or failed user action, with a message the UI can translate and show."""

    context = "errors"

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(self.text())

    def text(self, translated: str | None = None) -> str:
        """The message with its parameters filled in (optionally from a translated template)."""
        template = translated if translated is not None else self.message
        try:
            text = template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template
        # A Korean template writes "{name}은(는)": the particle that fits is chosen once filled in.
        return with_josa(text)


class PermissionDenied(ServiceError):
    """The acting user's role does not allow this action."""


class TransitionRefused(ServiceError):
    """A case-state change the rules forbid right now (DESIGN §1.1)."""


class ValidationError(ServiceError):
    """Input that cannot be stored as given."""


class NotFound(ServiceError):
    """The record asked for does not exist (or is not visible to this user)."""
