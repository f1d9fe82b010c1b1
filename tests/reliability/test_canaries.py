"""100 canary strings entered through the services are nowhere in plaintext: not in the data folder
(school.db, its WAL while open and after closing, school.keys, the lock file), not in the temp
folder, not in what was logged or printed. Searched as UTF-8 (NFC and NFD), UTF-16 and CP949."""

from __future__ import annotations

import logging
import tempfile
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import NoteCategory, RequesterKind, Student
from desktop.services.actor import Actor
from desktop.services.case_workflow import file_request, open_case
from desktop.services.cases import add_note
from desktop.services.setup import find_account
from desktop.services.tasks import create_task
from desktop.storage.vault import Vault
from tests.need_domains import a_need_domain
from tests.reliability.conftest import ADMIN_PASSWORD, ADMIN_USER, make_school

CANARIES = [f"카나리아{n:03d}비밀상담내용Q{n:03d}Z" for n in range(100)]


def _needles(canary: str) -> list[bytes]:
    ascii_tail = canary[-5:].encode("ascii")  # "Q000Z": also catches partial leaks of the text
    return [
        unicodedata.normalize("NFC", canary).encode("utf-8"),
        unicodedata.normalize("NFD", canary).encode("utf-8"),
        canary.encode("utf-16-le"),
        canary.encode("utf-16-be"),
        canary.encode("cp949"),
        ascii_tail,
        ascii_tail.decode().encode("utf-16-le"),
    ]


def _leaks(folder: Path, needles: list[bytes]) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {needle!r}" for needle in needles if needle in data]
    return found


def test_canaries_entered_through_the_services_are_never_in_plaintext(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    caplog.set_level(logging.DEBUG)
    data_dir = make_school(tmp_path / "school", students=1)
    needles = [needle for canary in CANARIES for needle in _needles(canary)]

    vault = Vault.open(data_dir, ADMIN_USER, ADMIN_PASSWORD)
    with vault.session() as session:
        staff = find_account(session, ADMIN_USER)
        assert staff is not None
        actor = Actor.of(staff)
        student_id = session.scalars(select(Student.id)).one()
        requests = [
            file_request(
                session,
                actor,
                student_id=student_id,
                requester_kind=RequesterKind.GUARDIAN,
                domain_ids=a_need_domain(session),
                description=canary,
                requester_name=canary[:12],
                evidence_teacher_opinion=canary,
            )
            for canary in CANARIES[:40]
        ]
        case = open_case(session, actor, requests[0].id)
        for canary in CANARIES[40:70]:
            add_note(session, actor, case.id, category=NoteCategory.GENERAL, text=canary)
        for canary in CANARIES[70:]:
            create_task(session, actor, title=canary, notes=canary, case_id=case.id)
        session.close()
    # While open (WAL and shared memory on disk) ...
    assert (data_dir / "school.db-wal").exists()
    assert _leaks(data_dir, needles) == []
    vault.close()
    # ... and after closing.
    assert _leaks(data_dir, needles) == []
    assert _leaks(private_tmp, needles) == []
    printed = capfd.readouterr()
    logged = caplog.text + printed.out + printed.err
    assert not [c for c in CANARIES if c in logged or c[-5:] in logged]
    # The canaries really were stored: reading them back through the key finds all of them.
    with Vault.open(data_dir, ADMIN_USER, ADMIN_PASSWORD) as again, again.engine.connect() as conn:
        dump = "\n".join(
            str(row)
            for table in ("support_request", "case_note", "task")
            for row in conn.exec_driver_sql(f"SELECT * FROM {table}")
        )
    assert all(canary in dump for canary in CANARIES)
