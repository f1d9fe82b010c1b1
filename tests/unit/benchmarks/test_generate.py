"""The benchmark data generator: deterministic by seed, a valid vault the app's own reads work on."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text

from benchmarks.generate import BENCH_PASSWORD, BENCH_USER, Dataset, ensure_dataset, generate, targets
from desktop.models import AgendaItem, Meeting, MeetingStatus, StaffAccount, SupportCase
from desktop.services import dashboard, listing, restricted_text
from desktop.services.actor import Actor
from desktop.services.audit import verify_chain
from desktop.storage.vault import Vault
from tests.conftest import TEST_KDF

SCALE = 0.01
SEALED_FIELDS = {"case_note": restricted_text.CASE_NOTE, "support_session": restricted_text.SESSION_NOTE}


def _digest(data_dir: Path) -> str:
    """SHA-256 over every table's rows in key order. Restricted texts are sealed under fresh random
    keys, so their opened text counts, and the school's own restricted public key is left out."""
    vault = Vault.open(data_dir, BENCH_USER, BENCH_PASSWORD)
    try:
        digest = hashlib.sha256()
        with vault.session() as session, vault.engine.connect() as conn:
            for table in sorted(inspect(conn).get_table_names()):
                digest.update(table.encode())
                for row in conn.execute(text(f'SELECT * FROM "{table}" ORDER BY rowid')):
                    if table == "app_setting" and row[0] == restricted_text.PUBLIC_KEY_SETTING:
                        continue
                    values = tuple(
                        restricted_text.reveal(session, v, SEALED_FIELDS[table])
                        if isinstance(v, str) and v.startswith("dodam-sealed-1:")
                        else v
                        for v in row
                    )
                    digest.update(repr(values).encode())
        return digest.hexdigest()
    finally:
        vault.close()


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    return generate(
        "large", tmp_path_factory.mktemp("large") / "v", scale=SCALE, kdf=TEST_KDF, progress=lambda _m: None
    )


@pytest.fixture
def vault(large: Dataset) -> Iterator[Vault]:
    opened = Vault.open(large.data_dir, large.username, large.password)
    try:
        yield opened
    finally:
        opened.close()


def _coordinator(vault: Vault) -> Actor:
    with vault.session() as session:
        return Actor.of(
            session.scalars(select(StaffAccount).where(StaffAccount.username == BENCH_USER)).one()
        )


def test_same_seed_same_rows_other_seed_other_rows(tmp_path: Path, large: Dataset) -> None:
    quiet = {"scale": SCALE, "kdf": TEST_KDF, "progress": lambda _m: None}
    generate("large", tmp_path / "again", **quiet)  # type: ignore[arg-type]
    generate("large", tmp_path / "other", seed=7, **quiet)  # type: ignore[arg-type]
    first = _digest(large.data_dir)
    assert _digest(tmp_path / "again") == first
    assert _digest(tmp_path / "other") != first


def test_counts_match_the_scaled_targets(large: Dataset, vault: Vault) -> None:
    want = targets("large", SCALE)
    with vault.engine.connect() as conn:
        for table, n in want.items():
            assert large.counts[table] == n, table
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == n, table
    assert large.committee_year == (date(2025, 3, 1), date(2026, 2, 28))


def test_vault_checks_and_audit_chain_verify(vault: Vault) -> None:
    report = vault.check()
    assert report.ok, report.problems
    with vault.session() as session:
        assert verify_chain(session) == []


def test_every_state_in_the_current_year_and_past_years_mostly_decided(vault: Vault) -> None:
    with vault.session() as session:
        rows = session.execute(select(SupportCase.code, SupportCase.state)).all()
    past = [state.value for code, state in rows if not code.startswith("2026-")]
    assert rows and past
    assert sum(s in ("closed", "not_selected", "referred_out") for s in past) > len(past) / 2


def test_case_list_and_dashboard_work(vault: Vault, large: Dataset) -> None:
    actor = _coordinator(vault)
    with vault.session() as session:
        cases = listing.cases(session, actor)
        assert len(cases) == large.counts["support_case"]
        figures = dashboard.figures(session, actor, date(2026, 11, 23))
        assert figures is not None


def test_minutes_of_the_twenty_item_meeting_render(vault: Vault, large: Dataset) -> None:
    from desktop.reports.base import PrintContext
    from desktop.reports.minutes import minutes_pdf
    from desktop.services.meetings import content_hash

    actor = _coordinator(vault)
    with vault.session() as session:
        meeting = session.get(Meeting, large.minutes_meeting_id)
        assert meeting is not None and meeting.status is MeetingStatus.FINALISED
        items = session.scalar(select(func.count()).where(AgendaItem.meeting_id == meeting.id))
        assert items == 20
        assert content_hash(meeting) == meeting.content_hash
        ctx = PrintContext(
            purpose="회의록 보관",
            printed_by="정은주",
            printed_at=datetime.now(UTC),
            school_name="도담초등학교",
        )
        out = io.BytesIO()
        assert minutes_pdf(session, actor, meeting.id, ctx, out) >= 1
        session.commit()
        assert out.getvalue().startswith(b"%PDF")
        assert verify_chain(session) == []


def test_committee_report_for_the_year_renders(vault: Vault, large: Dataset) -> None:
    from desktop.reports.base import PrintContext
    from desktop.reports.committee import committee_report_pdf

    actor = _coordinator(vault)
    start, end = large.committee_year
    with vault.session() as session:
        ctx = PrintContext(
            purpose="운영위원회 보고",
            printed_by="정은주",
            printed_at=datetime.now(UTC),
            school_name="도담초등학교",
        )
        out = io.BytesIO()
        assert committee_report_pdf(session, actor, start, end, ctx, out) >= 1
        session.commit()
        assert out.getvalue().startswith(b"%PDF")


def test_district_set_lists_its_cases(tmp_path: Path) -> None:
    dataset = generate("district", tmp_path / "d", scale=0.02, kdf=TEST_KDF, progress=lambda _m: None)
    want = targets("district", 0.02)
    assert dataset.counts["student"] == want["student"]
    assert dataset.counts["support_case"] == want["support_case"]
    opened = Vault.open(dataset.data_dir, BENCH_USER, BENCH_PASSWORD)
    try:
        assert opened.check().ok
        actor = _coordinator(opened)
        with opened.session() as session:
            assert verify_chain(session) == []
            assert len(listing.cases(session, actor)) == want["support_case"]
            assert session.get(Meeting, dataset.minutes_meeting_id) is not None
    finally:
        opened.close()


def test_ensure_dataset_caches_and_regenerates_an_incomplete_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import benchmarks.generate as gen

    calls: list[str] = []
    real = gen.generate

    def small(kind: str, data_dir: Path, **kw: object) -> Dataset:
        calls.append(kind)
        return real(kind, data_dir, scale=0.002, kdf=TEST_KDF, progress=lambda _m: None)

    monkeypatch.setattr(gen, "generate", small)
    folder = tmp_path / f"district-s6-v{gen.GENERATOR_VERSION}"
    (folder / "vault").mkdir(parents=True)
    (folder / "vault" / "junk").write_text("left by a crash")
    first = ensure_dataset("district", root=tmp_path)
    again = ensure_dataset("district", root=tmp_path)
    assert calls == ["district"]
    assert again == first
    assert not (folder / "vault" / "junk").exists()


def test_restricted_texts_are_sealed_like_the_apps(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        texts = (
            conn.execute(
                text(
                    "SELECT text FROM case_note WHERE restricted UNION ALL SELECT notes FROM support_session WHERE restricted AND notes != ''"
                )
            )
            .scalars()
            .all()
        )
    assert texts and all(t.startswith("dodam-sealed-1:") for t in texts)
    with vault.session() as session:
        assert all(restricted_text.reveal(session, t, restricted_text.CASE_NOTE) for t in texts[:1])
