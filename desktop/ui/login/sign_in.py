"""Opening the vault for a user and starting their session — run on the operation runner's worker
(no Qt here), shared by the log-in window, the set-up wizard and the screenshot mode."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop.models import School
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction
from desktop.services.setup import find_account
from desktop.storage.errors import WrongPasswordError
from desktop.storage.vault import Vault


@dataclass
class SignedIn:
    """An open vault, the user who opened it, and the school it holds."""

    vault: Vault
    actor: Actor
    school_name: str
    team_name: str
    is_demo: bool


def start_session(vault: Vault, username: str) -> SignedIn:
    """Identify the account behind the key slot, record the LOGIN event and read the school.

    A key slot without an active account (e.g. a disabled user) is refused like a wrong password;
    the vault is then closed.
    """
    try:
        with vault.session() as session:
            staff = find_account(session, username)
            if staff is None:
                raise WrongPasswordError("no active account for this key slot")
            actor = Actor.of(staff)
            school = session.scalar(select(School).limit(1))
            audit.record(session, actor, AuditAction.LOGIN, entity_type="staff_account", entity_id=staff.id)
            session.commit()
            return SignedIn(
                vault=vault,
                actor=actor,
                school_name=school.name if school is not None else "",
                team_name=school.team_name if school is not None else "",
                is_demo=bool(school.is_demo) if school is not None else False,
            )
    except BaseException:
        vault.close()
        raise


def sign_in(data_dir: Path, username: str, password: str) -> SignedIn:
    """Open the vault with a user's password and start their session (slow: Argon2)."""
    username = username.strip()
    vault = Vault.open(data_dir, username, password)
    return start_session(vault, username)
