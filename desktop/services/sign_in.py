"""Signing in: one path for the log-in window, the set-up wizard, the screenshot mode and every
headless command (DESIGN §1.5, §4). No Qt here: the window runs it on the operation runner's worker.

1. A locked-out user name is refused before Argon2 even runs (LockedOutError).
2. ``Vault.open`` with the password; a wrong password (or a key slot without an active account,
   e.g. a disabled user) is counted in the lockout file, and the failure that starts a lockout
   raises LockedOutError.
3. Once open: the lockout file is compared with the mark the last log-in left in the audit log
   (a missing, replaced or rolled-back file locks every name for the lockout period — see
   desktop.services.lockout), the failures and damage since the last log-in are written to the
   audit log, then LOGIN with the file's new mark; the counters are cleared and the security
   settings cached next to the key file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from desktop.models import School
from desktop.services import audit, audit_anchor, key_access, lockout, restricted_text
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
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


def start_session(vault: Vault, username: str, *, via: str | None = None) -> SignedIn:
    """Identify the account behind the key slot, record the LOGIN event and read the school.

    A key slot without an active account (e.g. a disabled user) is refused like a wrong password;
    the vault is then closed. A lockout file found missing, replaced or rolled back raises
    LockedOutError (vault closed). Failed log-ins counted before this one, and damage to the
    lockout file, are written to the audit log. ``via`` (e.g. "command_line") goes into LOGIN's
    detail.
    """
    store = LockoutStore(vault.data_dir)
    try:
        with vault.session() as session:
            staff = find_account(session, username)
            if staff is None:
                raise WrongPasswordError("no active account for this key slot")
            actor = Actor.of(staff)
            policy = lockout.policy_from_settings(session)
            store.compare_with(lockout.last_mark(session), minutes=policy.minutes)
            school = session.scalar(select(School).limit(1))
            pending = store.pending(username)
            mark = store.seal()
            lockout.record_pending(session, actor, pending, minutes=policy.minutes, mark=mark)
            detail = lockout.mark_detail(mark) | ({"via": via} if via else {})
            audit.record(
                session,
                actor,
                AuditAction.LOGIN,
                entity_type=AuditRecord.STAFF_ACCOUNT,
                entity_id=staff.id,
                detail=detail,
            )
            # An administrator's log-in signs the audit log's head (desktop.services.audit_anchor).
            audit_anchor.checkpoint(session, "login")
            session.commit()
            # The restricted and audit keys follow the accounts' rights (granted by a session that
            # holds them; a changed audit key in the file is reported to an administrator).
            key_changes = key_access.reconcile(session, vault, actor)
            if key_changes.granted or key_changes.withdrawn or key_changes.created:
                audit.record(
                    session,
                    actor,
                    AuditAction.GRANT,
                    entity_type=AuditRecord.KEY_FILE,
                    detail=key_changes.as_detail(),
                )
                session.commit()
            # Restricted notes: the signed public key kept current, clear texts of older versions sealed.
            restricted_text.on_sign_in(session, actor)
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
    store.record_success(username, policy)
    return signed


def open_vault(data_dir: Path, username: str, password: str, *, migrate: bool = True) -> Vault:
    """Apply the lockout around ``Vault.open`` only: refuse a locked-out name, count a wrong
    password. Reads and writes nothing in the database (``dodam check``, which must not write)."""
    username = username.strip()
    store = LockoutStore(data_dir)
    store.check(username)
    try:
        return Vault.open(data_dir, username, password, migrate=migrate)
    except WrongPasswordError:
        _count_failure(store, username)
        raise


def sign_in(
    data_dir: Path, username: str, password: str, *, migrate: bool = True, via: str | None = None
) -> SignedIn:
    """Open the vault with a user's password and start their session (slow: Argon2).

    Raises LockedOutError while the user name (or, after damage to the lockout file, every name)
    is locked out, or when this failure started a lockout; otherwise the vault's errors.
    """
    username = username.strip()
    store = LockoutStore(data_dir)
    store.check(username)
    try:
        vault = Vault.open(data_dir, username, password, migrate=migrate)
        return start_session(vault, username, via=via)
    except WrongPasswordError:
        _count_failure(store, username)
        raise


def _count_failure(store: LockoutStore, username: str) -> None:
    until = store.record_failure(username)
    if until is not None:
        raise LockedOutError(until) from None


def count_recovery_failure(data_dir: Path) -> None:
    """Count a wrong recovery code like a failed log-in (under lockout.RECOVERY_NAME); raises
    LockedOutError when this failure started a lockout."""
    _count_failure(LockoutStore(data_dir), lockout.RECOVERY_NAME)
