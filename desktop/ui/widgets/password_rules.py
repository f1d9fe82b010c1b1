"""The password rule shown live while a password is chosen: at least 10 characters, and not a
common password or one built on the user's or the school's name (desktop.services.accounts)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

# One rule: the accounts service enforces it, this module only explains it as the user types.
from desktop.services.accounts import MIN_PASSWORD_LENGTH as MIN_LENGTH
from desktop.services.accounts import password_weakness, password_words

__all__ = ["MIN_LENGTH", "password_problem", "password_words", "rule_text"]


def _weakness_text(weakness: str, length: int) -> str:
    if weakness == "short":
        return QCoreApplication.translate(
            "PasswordRules", "The password needs at least 10 characters ({n} so far)."
        ).format(n=length)
    if weakness == "common":
        return QCoreApplication.translate(
            "PasswordRules", "This is a commonly used password (or close to one), which is guessed first."
        )
    if weakness == "personal":
        return QCoreApplication.translate(
            "PasswordRules",
            "The password contains the user's name or the school's name, which others can guess.",
        )
    if weakness == "pattern":
        return QCoreApplication.translate(
            "PasswordRules", "Keyboard rows, repeated characters, sequences and dates are easy to guess."
        )
    return QCoreApplication.translate(
        "PasswordRules", "The password is easy to guess: add another word or two. Unusual words are better."
    )


def password_problem(password: str, repeated: str, context: Sequence[str] = ()) -> str | None:
    """What is still wrong with the chosen password, or None when it may be used. ``context``:
    password_words(user name, display name, school name) — the words it must not be built on."""
    weakness = password_weakness(password, context)
    if weakness is not None:
        return _weakness_text(weakness, len(password))
    if not repeated:
        return QCoreApplication.translate("PasswordRules", "Type the password again to confirm it.")
    if password != repeated:
        return QCoreApplication.translate("PasswordRules", "The two passwords are not the same.")
    return None


def rule_text() -> str:
    return QCoreApplication.translate(
        "PasswordRules",
        "At least 10 characters, not a common password and not built on your name or the school's. "
        "A few words with spaces are easy to remember and hard to guess.",
    )
