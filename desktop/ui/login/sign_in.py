"""Opening the vault for a user and starting their session — run on the operation runner's worker.

The work is done by desktop.services.sign_in, shared with the headless commands; this module keeps
the names the log-in window, the set-up wizard and the screenshot mode import."""

from __future__ import annotations

from desktop.services.sign_in import SignedIn, sign_in, start_session

__all__ = ["SignedIn", "sign_in", "start_session"]
