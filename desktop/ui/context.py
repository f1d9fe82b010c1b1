"""What every area needs after log-in: the open vault, the acting user and the school."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.orm import Session

from desktop.services.actor import Actor
from desktop.services.permissions import Permission, can
from desktop.ui.change_bus import ChangeBus
from desktop.ui.operations import OperationRunner

if TYPE_CHECKING:
    from desktop.storage.vault import Vault

log = logging.getLogger(__name__)
T = TypeVar("T")

# Reads slower than this belong on the operation runner (DESIGN §2); logged so they are noticed.
SLOW_READ_SECONDS = 0.1


@dataclass
class AppContext:
    vault: Vault
    actor: Actor
    school_name: str
    team_name: str
    is_demo: bool
    language: str
    runner: OperationRunner
    changes: ChangeBus = field(default_factory=ChangeBus)
    """What every commit changed, on the main thread: screens refresh from it."""

    def __post_init__(self) -> None:
        self.vault.on_changes(self.changes.publish)
        self.changes.can_deliver = lambda: self.vault.is_open and not self.vault.is_suspended

    def can(self, perm: Permission) -> bool:
        return can(self.actor, perm)

    def read(self, query: Callable[[Session, Actor], T]) -> T:
        """Run a read-only query on the UI thread (for lists that load well under 100 ms)."""
        started = time.perf_counter()
        with self.vault.session() as session:
            result = query(session, self.actor)
            session.rollback()
        elapsed = time.perf_counter() - started
        if elapsed > SLOW_READ_SECONDS:
            log.warning("%s took %.0f ms on the UI thread", getattr(query, "__name__", query), elapsed * 1000)
        return result

    def write(self, action: Callable[[Session, Actor], T]) -> T:
        """Run one user action (a service call that commits) on the UI thread. A ServiceError
        propagates with nothing stored: the session is rolled back; show it with
        desktop.ui.widgets.feedback.run_action."""
        with self.vault.session() as session:
            try:
                return action(session, self.actor)
            except BaseException:
                session.rollback()
                raise

    def domain_name(self, name_ko: str, name_en: str) -> str:
        """A configurable name stored in both languages, in the interface's language."""
        return name_ko if self.language == "ko" else name_en
