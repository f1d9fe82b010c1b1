"""The password rule: at least 10 characters, not a common password, not built on the account's or
the school's name — refused with our own reason, in the service and live in the window's fields."""

from __future__ import annotations

import pytest

from desktop.services.accounts import check_password, password_weakness, password_words
from desktop.services.errors import ValidationError

SCHOOL = "시험초등학교"
CONTEXT = password_words("coordinator", "김 담당", SCHOOL)


@pytest.mark.parametrize(
    ("password", "reason", "message"),
    [
        ("password1", "short", "at least 10 characters"),
        ("Password123", "common", "commonly used password"),
        ("password1234", "common", "commonly used password"),
        (f"{SCHOOL}2026", "personal", "school's name"),
        (f"{SCHOOL}!!!!", "personal", "school's name"),
        ("coordinator!", "personal", "user's name"),
        ("coordinator2026", "personal", "user's name"),
        ("qwertyuiop", "common", "commonly used password"),
        ("aaaaaaaaaaaa", "pattern", "repeated characters"),
    ],
)
def test_weak_passwords_are_refused_with_their_reason(password: str, reason: str, message: str) -> None:
    assert password_weakness(password, CONTEXT) == reason
    with pytest.raises(ValidationError) as refused:
        check_password(password, CONTEXT)
    assert message in refused.value.text()


@pytest.mark.parametrize(
    "password",
    ["maple river lantern 42", "교무실 비밀번호 2026", "correct horse 도담 1", "Spring-Meadow-Otter-7"],
)
def test_a_passphrase_is_accepted(password: str) -> None:
    assert password_weakness(password, CONTEXT) is None
    check_password(password, CONTEXT)


def test_the_names_given_make_the_difference() -> None:
    # Without the school's name as context the same password would pass: the context is what
    # stops a password built on it.
    assert password_weakness("한빛중학교 2026") is None
    assert (
        password_weakness("한빛중학교 2026", password_words("welfare", "박도담", "한빛중학교")) == "personal"
    )


def test_the_live_rule_in_the_window_gives_the_same_reasons(qapp: object) -> None:
    from desktop.ui.widgets.password_rules import password_problem

    assert "10 characters (9 so far)" in (password_problem("password1", "password1", CONTEXT) or "")
    assert "commonly used" in (password_problem("Password123", "Password123", CONTEXT) or "")
    assert "school's name" in (password_problem(f"{SCHOOL}2026", "", CONTEXT) or "")
    assert password_problem("maple river lantern 42", "maple river lantern 42", CONTEXT) is None
    assert "not the same" in (password_problem("maple river lantern 42", "maple river", CONTEXT) or "")
