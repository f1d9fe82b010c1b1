"""Restricted text at rest: restricted case notes and restricted session notes are sealed with
desktop.storage.sealed_text, so the database key alone (every account has it) reads none of them.

Who reads a sealed text: a session holding the *restricted* key (coordinator, principal, recovery
code — see key_access) reads all; the author reads their own with their slot's private key; nobody
else, whatever they do to the database. The screens' rule (permissions.can_see_note) still decides
what is *shown*; this module decides what *can* be decrypted.

Writers who do not hold the restricted key (a counsellor) seal to its public key, which is kept in
the database (an ``app_setting`` row) with an Ed25519 signature by the audit key. A writer uses the
stored key only if that signature verifies with the session's audit public key; a holder of the
restricted key checks the row at every sign-in, rewrites it if it is missing or wrong, and counts
notes sealed to another key (docs/SECURITY.md says what a replaced key could and could not do).

At a holder's sign-in, restricted texts still stored in clear (written by an earlier version, or
straight into the database by the demo and benchmark generators) are sealed, audited as one event
with counts only.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from sqlalchemy import func, not_, select, update
from sqlalchemy.orm import Session

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import AppSetting, CaseNote, StaffAccount, SupportSession
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.errors import ValidationError
from desktop.storage import sealed_text
from desktop.storage.keyslots import public_key_of, sign, signature_valid
from desktop.storage.vault import NO_KEYS, SessionKeys

PUBLIC_KEY_SETTING = "restricted_public_key"
"""The app_setting row holding the restricted public key and the audit key's signature of it."""

CASE_NOTE = ("case_note", "text")
SESSION_NOTE = ("support_session", "notes")

MSG_NO_RESTRICTED_KEY = QT_TRANSLATE_NOOP(
    "errors",
    "A restricted note cannot be saved yet: the coordinator or the principal must sign in once "
    "first, so that the key of restricted notes is set up.",
)


def keys_of(session: Session) -> SessionKeys:
    """The signed-in user's keys carried by the session (none for a session without them)."""
    keys = session.info.get("keys")
    return keys if isinstance(keys, SessionKeys) else NO_KEYS


def _signed_message(public_key: bytes) -> bytes:
    return b"dodam-restricted-public-1\x00" + public_key


def _stored(session: Session) -> tuple[bytes | None, bytes | None]:
    row = session.get(AppSetting, PUBLIC_KEY_SETTING)
    value = row.value if row is not None else None
    if not isinstance(value, dict):
        return None, None
    try:
        public = base64.b64decode(str(value.get("public_key") or ""), validate=True)
        signature = base64.b64decode(str(value.get("signature") or ""), validate=True)
    except (binascii.Error, ValueError):
        return None, None
    return (public if len(public) == 32 else None), (signature or None)


def recipient_key(session: Session) -> bytes:
    """The public key restricted texts are sealed to: derived from the restricted key when this
    session holds it, else the stored one if the audit key signed it (ValidationError if none is)."""
    keys = keys_of(session)
    if keys.restricted_key is not None:
        return sealed_text.restricted_public_key(keys.restricted_key)
    public, signature = _stored(session)
    if (
        public is None
        or signature is None
        or keys.audit_public_key is None
        or not signature_valid(keys.audit_public_key, _signed_message(public), signature)
    ):
        raise ValidationError(MSG_NO_RESTRICTED_KEY)
    return public


def _author_public(session: Session, keys: SessionKeys, username: str) -> bytes | None:
    if username and username == keys.username and keys.private_key is not None:
        return public_key_of(keys.private_key)
    return keys.public_keys.get(username)


def _username(session: Session, staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    return session.scalar(select(StaffAccount.username).where(StaffAccount.id == staff_id)) or ""


def seal(session: Session, text: str, where: tuple[str, str], author_id: int | None) -> str:
    """``text`` sealed for the restricted key and its author (the staff account ``author_id``)."""
    keys = keys_of(session)
    author = _username(session, author_id)
    return sealed_text.seal_text(
        text,
        table=where[0],
        field=where[1],
        restricted_public=recipient_key(session),
        author=author,
        author_public=_author_public(session, keys, author),
    )


def reveal(session: Session, value: str, where: tuple[str, str]) -> str | None:
    """The text of a stored value: plain text as it is, a sealed one opened with this session's
    keys; None if this session cannot open it."""
    if not sealed_text.is_sealed(value):
        return value
    keys = keys_of(session)
    return sealed_text.open_text(
        value,
        table=where[0],
        field=where[1],
        restricted_key=keys.restricted_key,
        private_key=keys.private_key,
    )


# --- at the sign-in of a holder of the restricted key ------------------------------------------------


@dataclass
class SealReport:
    """What :func:`on_sign_in` did: clear texts sealed, whether the stored public key was missing or
    replaced, and how many texts are sealed to a key other than the restricted one."""

    case_notes: int = 0
    session_notes: int = 0
    key_written: bool = False
    key_replaced: bool = False
    sealed_to_other_key: int = 0

    @property
    def anything(self) -> bool:
        return bool(self.case_notes or self.session_notes or self.key_replaced or self.sealed_to_other_key)


def publish_key(session: Session) -> tuple[bool, bool]:
    """Store the restricted public key (signed when this session holds the audit key) if the row is
    missing, names another key, or lacks a signature this session can give. Returns (written,
    replaced) — replaced: the row held a different key. Only a holder of the restricted key may."""
    keys = keys_of(session)
    if keys.restricted_key is None:
        return False, False
    public = sealed_text.restricted_public_key(keys.restricted_key)
    stored, signature = _stored(session)
    signed = (
        signature is not None
        and keys.audit_public_key is not None
        and signature_valid(keys.audit_public_key, _signed_message(public), signature)
    )
    if stored == public and (signed or keys.audit_seed is None):
        return False, False
    new_signature = sign(keys.audit_seed, _signed_message(public)) if keys.audit_seed is not None else None
    value = {
        "public_key": base64.b64encode(public).decode("ascii"),
        "signature": base64.b64encode(new_signature).decode("ascii") if new_signature else None,
    }
    row = session.get(AppSetting, PUBLIC_KEY_SETTING)
    if row is None:
        session.add(AppSetting(key=PUBLIC_KEY_SETTING, value=value))
    else:
        row.value = value
    session.flush()
    return True, stored is not None and stored != public


def seal_stored(session: Session) -> tuple[int, int]:
    """Seal every restricted text still stored in clear; (case notes, session notes) sealed.
    Sealing is not an edit: ``updated_at`` is kept. Needs a session that holds the restricted key
    (returns (0, 0) otherwise). Does not commit."""
    if keys_of(session).restricted_key is None:
        return 0, 0
    counts = []
    for model, column, where in (
        (CaseNote, CaseNote.text, CASE_NOTE),
        (SupportSession, SupportSession.notes, SESSION_NOTE),
    ):
        rows = session.execute(
            select(model.id, model.author_id, column, model.updated_at).where(
                model.restricted.is_(True), column != "", not_(column.startswith(sealed_text.PREFIX))
            )
        ).all()
        changes = [
            {"id": ident, where[1]: seal(session, text, where, author_id), "updated_at": updated_at}
            for ident, author_id, text, updated_at in rows
        ]
        if changes:
            session.execute(update(model), changes)
        counts.append(len(changes))
    if any(counts):
        session.expire_all()
    session.flush()
    return counts[0], counts[1]


def sealed_to_other_key(session: Session) -> int:
    """How many restricted texts are sealed to a public key other than this session's restricted
    key (a replaced public key in the database); 0 for a session without the restricted key."""
    keys = keys_of(session)
    if keys.restricted_key is None:
        return 0
    own = sealed_text.sealed_prefix(sealed_text.restricted_public_key(keys.restricted_key))
    total = 0
    for column in (CaseNote.text, SupportSession.notes):
        total += (
            session.scalar(
                select(func.count()).where(
                    column.startswith(sealed_text.PREFIX), not_(column.startswith(own))
                )
            )
            or 0
        )
    return total


def on_sign_in(session: Session, actor: Actor) -> SealReport:
    """At the sign-in of a holder of the restricted key: check the stored public key, seal restricted
    texts still in clear, count texts sealed to another key; one audit event (counts only) if
    anything was found. Commits. Does nothing for other sessions."""
    report = SealReport()
    if keys_of(session).restricted_key is None:
        return report
    report.key_written, report.key_replaced = publish_key(session)
    report.case_notes, report.session_notes = seal_stored(session)
    report.sealed_to_other_key = sealed_to_other_key(session)
    if report.anything:
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            entity_type=AuditRecord.RESTRICTED_NOTES,
            detail={
                "sealed_case_notes": report.case_notes,
                "sealed_session_notes": report.session_notes,
                "public_key_replaced": report.key_replaced,
                "sealed_to_other_key": report.sealed_to_other_key,
            },
        )
    session.commit()
    return report


__all__ = [
    "CASE_NOTE",
    "MSG_NO_RESTRICTED_KEY",
    "PUBLIC_KEY_SETTING",
    "SESSION_NOTE",
    "SealReport",
    "keys_of",
    "on_sign_in",
    "publish_key",
    "recipient_key",
    "reveal",
    "seal",
    "seal_stored",
    "sealed_to_other_key",
]
