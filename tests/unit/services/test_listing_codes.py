"""Case codes sort as a person reads them: by year, then by number, past 999 too."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from desktop.models import SupportCase
from desktop.services import listing
from desktop.services.actor import Actor
from desktop.services.listing import case_code_key

CODES = ["2027-001", "2026-1000", "2025-1234", "2026-045", "2026-999", "2026-100"]


def test_case_codes_sort_by_year_then_number() -> None:
    assert sorted(CODES, key=case_code_key) == [
        "2025-1234",
        "2026-045",
        "2026-100",
        "2026-999",
        "2026-1000",
        "2027-001",
    ]


def test_the_first_screen_of_the_case_list_is_the_top_in_that_order(
    db: Session, coordinator: Actor, make_case: Callable[..., SupportCase]
) -> None:
    for code in CODES:
        make_case().code = code  # as a school with more than 999 cases in a year would have
    db.commit()
    newest = listing.cases(db, coordinator, first=3)
    assert [r.code for r in newest] == ["2027-001", "2026-1000", "2026-999"]
    oldest = listing.cases(db, coordinator, first=2, code_descending=False)
    assert [r.code for r in oldest] == ["2025-1234", "2026-045"]
