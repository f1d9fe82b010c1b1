"""Figures that need no window: the encrypted database against an unencrypted copy, the two
printed reports and the backup of the large school.

Each runs on a private copy of the generated data set (the prints and the backup write audit
events), so the cached data set stays as generated. `python -m benchmarks.data_bench [large]`
prints the figures on the marked line of benchmarks.figures.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from benchmarks.figures import Figure, emit, median, timed, timed_pair
from desktop.models import Meeting, StaffAccount, SupportCase
from desktop.services import audit_review, case_detail, dashboard, listing, statistics, students
from desktop.services.actor import Actor
from desktop.services.demo_world import TODAY
from desktop.storage.engine import CONNECTION_PRAGMAS
from desktop.storage.vault import DB_NAME, KEYS_NAME, Vault


@contextmanager
def private_copy(data_dir: Path) -> Iterator[Path]:
    """A copy of the vault's files in a temporary folder, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="dodam-bench-") as temp:
        target = Path(temp) / "school"
        target.mkdir()
        for name in (DB_NAME, KEYS_NAME):
            shutil.copy2(data_dir / name, target / name)
        yield target


def actor_of(session: Session, username: str) -> Actor:
    staff = session.scalars(select(StaffAccount).where(StaffAccount.username == username)).one()
    return Actor.of(staff)


# --- encrypted against unencrypted ---------------------------------------------------------------


def export_plaintext(vault: Vault, target: Path) -> None:
    """Write an unencrypted copy of the vault's database (SQLCipher's sqlcipher_export)."""
    raw = vault.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(target),))
        cursor.execute("SELECT sqlcipher_export('plaintext')")
        cursor.execute("DETACH DATABASE plaintext")
        cursor.close()
    finally:
        raw.close()


def plaintext_engine(db_path: Path) -> Engine:
    """An engine over an unencrypted file set up as the app sets up its own (same driver, same
    PRAGMAs, same explicit transactions) — everything but the key."""
    engine = create_engine("sqlite+pysqlite:///" + str(db_path), module=sqlcipher)

    @event.listens_for(engine, "connect", insert=True)
    def _setup(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in CONNECTION_PRAGMAS:
            cursor.execute(pragma).fetchall()
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        dbapi_connection = conn.connection.dbapi_connection
        if dbapi_connection is not None and dbapi_connection.isolation_level is not None:
            dbapi_connection.isolation_level = None
        conn.exec_driver_sql("BEGIN")

    return engine


def query_workload(make_session: Callable[[], Session], username: str, today: date) -> Callable[[], None]:
    """The reads a welfare officer's morning makes: the dashboard, the case, student and meeting
    lists, twenty case timelines, the access log's current month and the summary statistics."""
    with make_session() as session:
        case_ids = list(
            session.scalars(select(SupportCase.id).order_by(SupportCase.opened_on.desc()).limit(20))
        )
    month = audit_review.month_filter(audit_review.month_key(today))

    def run() -> None:
        with make_session() as session:
            actor = actor_of(session, username)
            dashboard.figures(session, actor, today)
            listing.cases(session, actor)
            listing.students(session, actor)
            listing.meetings(session, actor)
            for case_id in case_ids:
                case_detail.case_header(session, actor, case_id)
                case_detail.timeline(session, actor, case_id)
            students.pickable_students(session, actor)
            audit_review.count_events(session, actor, month)
            audit_review.events_page(session, actor, month)
            statistics.summary(session, today)
            session.rollback()

    return run


def measure_encryption(data_dir: Path, username: str, password: str, today: date) -> Figure:
    with private_copy(data_dir) as copy:
        vault = Vault.open(copy, username, password, migrate=False)
        try:
            plain_path = copy / "plain.db"
            export_plaintext(vault, plain_path)
            plain = plaintext_engine(plain_path)
            plain_sessions = sessionmaker(plain, expire_on_commit=False)
            encrypted, unencrypted = timed_pair(
                query_workload(vault.session, username, today),
                query_workload(plain_sessions, username, today),
            )
            plain.dispose()
        finally:
            vault.close()
    return Figure(
        key="encrypted_vs_plain",
        label="Query workload, encrypted vs an unencrypted copy",
        value=median(encrypted),
        unit="s",
        target=1.3,
        baseline=median(unencrypted),
        samples=tuple(encrypted),
        method=(
            "dashboard, case/student/meeting lists, 20 case timelines, a month of the access log and "
            "the summary, on the SQLCipher file and on its sqlcipher_export plaintext copy opened with "
            "the same driver and PRAGMAs; median of 5 runs each, alternating, after a warm-up of each"
        ),
    )


# --- reports and backup ----------------------------------------------------------------------------


def _print_context(session: Session, username: str) -> Any:
    from desktop.models import School
    from desktop.reports.base import PrintContext

    return PrintContext(
        purpose="성능 측정",
        printed_by=username,
        printed_at=datetime.now(UTC),
        school_name=session.scalar(select(School.name).limit(1)) or "",
        full_names=False,
    )


def measure_reports(
    data_dir: Path, username: str, password: str, meeting_id: int, year: tuple[date, date]
) -> list[Figure]:
    from desktop.reports.committee import committee_report_pdf
    from desktop.reports.minutes import minutes_pdf

    with private_copy(data_dir) as copy:
        vault = Vault.open(copy, username, password, migrate=False)
        try:
            with vault.session() as session:
                items = len(session.get_one(Meeting, meeting_id).agenda_items)

            def minutes() -> None:
                with vault.session() as session:
                    actor = actor_of(session, username)
                    minutes_pdf(session, actor, meeting_id, _print_context(session, username), BytesIO())

            def committee() -> None:
                with vault.session() as session:
                    actor = actor_of(session, username)
                    committee_report_pdf(
                        session, actor, year[0], year[1], _print_context(session, username), BytesIO()
                    )

            minutes_samples = timed(minutes)
            committee_samples = timed(committee)
        finally:
            vault.close()
    return [
        Figure(
            key="minutes_pdf",
            label=f"Minutes PDF of a {items}-item meeting",
            value=median(minutes_samples),
            unit="s",
            target=0.5,
            samples=tuple(minutes_samples),
            method="minutes_pdf as the Print button calls it (queries, layout, fonts, audit); median of 5 after a warm-up",
        ),
        Figure(
            key="committee_pdf",
            label=f"Committee report, school year {year[0]:%Y-%m}..{year[1]:%Y-%m}",
            value=median(committee_samples),
            unit="s",
            target=3.0,
            samples=tuple(committee_samples),
            method="committee_report_pdf for one school year (statistics, charts, layout, audit); median of 5 after a warm-up",
        ),
    ]


def measure_backup(data_dir: Path, username: str, password: str) -> Figure:
    from desktop.services.backups import run_backup

    with private_copy(data_dir) as copy, tempfile.TemporaryDirectory(prefix="dodam-backups-") as folder:
        vault = Vault.open(copy, username, password, migrate=False)
        try:
            with vault.session() as session:
                actor = actor_of(session, username)
            size = (copy / DB_NAME).stat().st_size

            def backup() -> None:
                run_backup(vault, actor, folder=Path(folder), manual=True)

            samples = timed(backup)
        finally:
            vault.close()
    return Figure(
        key="backup",
        label=f"Backup of the large school ({size / 1e6:.0f} MB)",
        value=median(samples),
        unit="s",
        target=3.0,
        samples=tuple(samples),
        method=(
            "Back up now: school.db copied byte for byte under the write lock (WAL folded first), the key "
            "file, cipher_integrity_check and integrity_check of the copy, manifest, rotation, audit; "
            "median of 5 after a warm-up"
        ),
    )


def measure_check(data_dir: Path, username: str, password: str) -> Figure:
    """`dodam check` on the large school as IT staff run it: unlock, SQLCipher's and SQLite's
    checks, the walk over every audit event, the signed checkpoints and the backup's head."""
    import contextlib
    import io

    from desktop.app import main as dodam
    from desktop.services import audit_anchor

    with private_copy(data_dir) as copy:
        # Bring the copy to the current schema and sign its head, as an administrator's log-in does.
        vault = Vault.open(copy, username, password)
        try:
            with vault.session() as session:
                audit_anchor.checkpoint(session, "login")
                session.commit()
        finally:
            vault.close()
        events = 0

        class _Stdin:
            def __init__(self) -> None:
                self.buffer = io.BytesIO((password + "\n").encode("utf-8"))

        def check() -> None:
            saved, sys.stdin = sys.stdin, _Stdin()
            try:
                out, err = io.StringIO(), io.StringIO()
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                    code = dodam(["check", "--data-dir", str(copy), "--user", username, "--password-stdin"])
            finally:
                sys.stdin = saved
            if code != 0:
                raise RuntimeError(f"dodam check failed ({code}): {err.getvalue()}")

        samples = timed(check)
        vault = Vault.open(copy, username, password, migrate=False)
        try:
            with vault.session() as session:
                events = audit_anchor.verify(session).events
        finally:
            vault.close()
    return Figure(
        key="check",
        label=f"dodam check of the large school ({events:,} audit events)",
        value=median(samples),
        unit="s",
        target=5.0,
        samples=tuple(samples),
        method=(
            "dodam check in process: unlock (Argon2), cipher_integrity_check, integrity_check and "
            "foreign_key_check on one thread while the audit chain is walked over raw rows on another, "
            "signed checkpoints, review marks; median of 5 after a warm-up"
        ),
    )


def main(argv: list[str]) -> int:
    from benchmarks.generate import ensure_dataset

    kind = argv[0] if argv else "large"
    dataset = ensure_dataset(kind)
    today = TODAY
    figures = [
        measure_encryption(dataset.data_dir, dataset.username, dataset.password, today),
        *measure_reports(
            dataset.data_dir,
            dataset.username,
            dataset.password,
            dataset.minutes_meeting_id,
            dataset.committee_year,
        ),
        measure_backup(dataset.data_dir, dataset.username, dataset.password),
        measure_check(dataset.data_dir, dataset.username, dataset.password),
    ]
    emit(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
