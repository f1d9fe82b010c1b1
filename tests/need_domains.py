"""A need domain for requests filed in tests: a request needs at least one."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import NeedDomain


def a_need_domain(session: Session) -> list[int]:
    """The id of the school's first need domain, as ``domain_ids`` of file_request."""
    first = session.scalars(select(NeedDomain.id).order_by(NeedDomain.sort_order, NeedDomain.id)).first()
    assert first is not None, "the school has no need domains"
    return [first]
