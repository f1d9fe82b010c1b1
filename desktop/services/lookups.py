"""Finding a case by id, with the one message every service gives when it is not there."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from desktop.i18n_marks import QT_TRANSLATE_NOOP
from desktop.models import SupportCase
from desktop.services.errors import NotFound

MSG_NO_CASE = QT_TRANSLATE_NOOP("errors", "This case does not exist.")


def get_case(
    session: Session, case_id: int, visible: Callable[[SupportCase], bool] | None = None
) -> SupportCase:
    """The case `case_id`; NotFound when there is none, or when `visible` says the user may not
    see it (the user is told no more than that it does not exist)."""
    case = session.get(SupportCase, case_id)
    if case is None or (visible is not None and not visible(case)):
        raise NotFound(MSG_NO_CASE, case_id=case_id)
    return case
