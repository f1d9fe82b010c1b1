"""Who holds which key: the compartments of school.keys follow the accounts' rights (DESIGN §3).

The database key opens school.db for every account; two more keys are sealed only to some slots:

- the *restricted* key (restricted case and session notes) — to the accounts whose role may read
  restricted notes (``Permission.VIEW_RESTRICTED_NOTES``: coordinator, principal) and the recovery code;
- the *audit* key (signs audit checkpoints) — to active administrators and the recovery code.

:func:`reconcile` brings the key file in line with the accounts table. It runs after a log-in and
after every change of accounts, in a session that holds the keys (an administrator's); a session
that does not hold a key cannot grant it, and the grant waits for one that does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import StaffAccount
from desktop.services.actor import Actor
from desktop.services.permissions import Permission, can
from desktop.storage.keyslots import COMPARTMENT_AUDIT, COMPARTMENT_RESTRICTED
from desktop.storage.vault import Vault


@dataclass
class KeyChanges:
    """What reconcile changed in the key file (user names; None is the recovery code)."""

    created: bool = False
    endorsed: list[str | None] = field(default_factory=list)
    granted: list[tuple[str, str | None]] = field(default_factory=list)
    withdrawn: list[tuple[str, str]] = field(default_factory=list)

    def as_detail(self) -> dict[str, object]:
        """For the GRANT audit event: which keys went to whom (user names only, no key material)."""
        return {
            "keys_created": self.created,
            "granted": [[compartment, user or "recovery code"] for compartment, user in self.granted],
            "withdrawn": [[compartment, user] for compartment, user in self.withdrawn],
        }


def entitled(staff: StaffAccount, compartment: str) -> bool:
    """Whether an account's rights give it ``compartment``'s key."""
    if not staff.active:
        return False
    if compartment == COMPARTMENT_AUDIT:
        return bool(staff.is_admin)
    if compartment == COMPARTMENT_RESTRICTED:
        return can(Actor.of(staff), Permission.VIEW_RESTRICTED_NOTES)
    return False


def reconcile(session: Session, vault: Vault, actor: Actor) -> KeyChanges:
    """Grant and withdraw compartments so that the key file follows the accounts' rights."""
    changes = KeyChanges()
    if actor.is_admin:
        changes.created = vault.ensure_compartments()
        changes.endorsed = vault.endorse_unendorsed()
    accounts = list(session.scalars(select(StaffAccount)))
    for compartment in (COMPARTMENT_RESTRICTED, COMPARTMENT_AUDIT):
        holders = set(vault.holders(compartment))
        if (
            vault.compartment_key(compartment) is not None
            and None not in holders
            and vault.grant(compartment, None)
        ):
            changes.granted.append((compartment, None))
        for staff in accounts:
            if entitled(staff, compartment):
                if staff.username not in holders and vault.grant(compartment, staff.username):
                    changes.granted.append((compartment, staff.username))
            elif staff.username in holders and vault.withdraw(compartment, staff.username):
                changes.withdrawn.append((compartment, staff.username))
    return changes
