"""Opening the vault for a user and starting their session — run on the operation runner's worker
(no Qt here), shared by the log-in window, the set-up wizard and the screenshot mode.

Log-in lockout (desktop.services.lockout): a locked-out user name is refused before Argon2 even
runs; a wrong password is counted; a successful log-in writes the failures that happened meanwhile
to the audit log, caches the security settings next to the key file and clears the counters."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from desktop.models import School
from desktop.services import audit, audit_anchor, lockout
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction
from desktop.services.lockout import LockedOutError, LockoutPolicy, LockoutStore
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
    policy: LockoutPolicy = field(default_factory=LockoutPolicy)


def start_session(vault: Vault, username: str) -> SignedIn:
    """Identify the account behind the key slot, record the LOGIN event and read the school.

    A key slot without an active account (e.g. a disabled user) is refused like a wrong password;
    the vault is then closed. Failed log-ins counted before this one are written to the audit log.
    """
    store = LockoutStore(vault.data_dir)
    try:
        with vault.session() as session:
            staff = find_account(session, username)
            if staff is None:
                raise WrongPasswordError("no active account for this key slot")
            actor = Actor.of(staff)
            school = session.scalar(select(School).limit(1))
            policy = lockout.policy_from_settings(session)
            lockout.record_pending(session, actor, store.pending(username), minutes=policy.minutes)
            audit.record(session, actor, AuditAction.LOGIN, entity_type="staff_account", entity_id=staff.id)
            audit_anchor.checkpoint(session, "login")
            session.commit()
            signed = SignedIn(
                vault=vault,
                actor=actor,
                school_name=school.name if school is not None else "",
                team_name=school.team_name if school is not None else "",
                is_demo=bool(school.is_demo) if school is not None else False,
                policy=policy,
            )
    except BaseException:
        vault.close()
        raise
    store.record_success(username)
    store.save_policy(policy)
    return signed


def sign_in(data_dir: Path, username: str, password: str) -> SignedIn:
    """Open the vault with a user's password and start their session (slow: Argon2).

    Raises LockedOutError while the user name is locked out, or when this failure started a
    lockout; otherwise the vault's errors.
    """
    username = username.strip()
    store = LockoutStore(data_dir)
    store.check(username)
    try:
        vault = Vault.open(data_dir, username, password)
        return start_session(vault, username)
    except WrongPasswordError:
        until = store.record_failure(username)
        if until is not None:
            raise LockedOutError(until) from None
        raise
