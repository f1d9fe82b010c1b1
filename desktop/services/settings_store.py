"""Reading and writing the typed settings (desktop.config.Settings) stored with the school."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from desktop.config import Setting
from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import AppSetting
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.errors import PermissionDenied, ValidationError

T = TypeVar("T")


def get(session: Session, setting: Setting[T]) -> T:
    """The setting's stored value, or its default."""
    row = session.get(AppSetting, setting.key)
    return setting.default if row is None else setting.coerce(row.value)


def put(session: Session, actor: Actor, setting: Setting[T], value: T) -> None:
    """Store a setting (administrators only), audited with before and after. Commits."""
    if not actor.is_admin:
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "Only an administrator can change settings."))
    if setting.coerce(value) != value:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not a valid value for {key}."),
            value=value,
            key=setting.key,
        )
    row = session.get(AppSetting, setting.key)
    before: Any = None if row is None else row.value
    if row is None:
        session.add(AppSetting(key=setting.key, value=value))
    else:
        row.value = value
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        entity_type=AuditRecord.SETTING,
        detail={"key": setting.key, "before": before, "after": value},
    )
    session.commit()
