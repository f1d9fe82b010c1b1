"""The password rule shown live while a password is chosen: at least 8 characters of at least two
kinds (letters, digits, other characters such as spaces or symbols)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# One rule: the accounts service enforces it, this module only explains it as the user types.
from desktop.services.accounts import MIN_PASSWORD_KINDS as MIN_KINDS
from desktop.services.accounts import MIN_PASSWORD_LENGTH as MIN_LENGTH
from desktop.services.accounts import character_kinds


def password_problem(password: str, repeated: str) -> str | None:
    """What is still wrong with the chosen password, or None when it may be used."""
    if len(password) < MIN_LENGTH:
        return QCoreApplication.translate(
            "PasswordRules", "The password needs at least 8 characters ({n} so far)."
        ).format(n=len(password))
    if character_kinds(password) < MIN_KINDS:
        return QCoreApplication.translate(
            "PasswordRules", "Mix at least two kinds of characters: letters, digits, spaces or symbols."
        )
    if not repeated:
        return QCoreApplication.translate("PasswordRules", "Type the password again to confirm it.")
    if password != repeated:
        return QCoreApplication.translate("PasswordRules", "The two passwords are not the same.")
    return None


def rule_text() -> str:
    return QCoreApplication.translate(
        "PasswordRules",
        "At least 8 characters, mixing at least two kinds: letters, digits, spaces or symbols.",
    )
