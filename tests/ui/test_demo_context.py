"""The demo_context fixture the area tests build on."""

from __future__ import annotations

from collections.abc import Callable

from desktop.models import Role
from desktop.services import listing
from desktop.ui.context import AppContext


def test_demo_context_opens_the_demo_as_each_role(demo_context: Callable[[str], AppContext]) -> None:
    ctx = demo_context("homeroom")
    assert ctx.actor.role is Role.HOMEROOM and ctx.is_demo
    own_class = ctx.read(listing.students)
    assert own_class and {(r.grade, r.class_no) for r in own_class} == {(3, 2)}
    ctx = demo_context("principal")
    assert ctx.actor.role is Role.PRINCIPAL
    assert len(ctx.read(listing.students)) > len(own_class)
