"""Benchmark data sets: a large school and a district, deterministic by seed, written
through the app's own storage (an encrypted vault, the SQLAlchemy models, `initialise_school`).

    python -m benchmarks.generate {large,district} [--seed N] [--out DIR]

- large: one school, 2,000 students over the school years 2022-2026 (the 2026 roster is the
  current one), 3,000 cases, 15,000 interventions, 100,000 sessions, 400 meetings, 300
  organisations, 500,000 audit events, with the requests, history, consents, plans, referrals,
  notes and tasks such cases have;
- district: 50,000 students and 20,000 cases (each with its request, history and domains and a
  manager), a few meetings, for list and search scaling.

`ensure_dataset` caches a generated set under benchmarks/data/<kind>-s<seed>-v<version>/.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from benchmarks import gen_cases, gen_support
from benchmarks.gen_world import (
    CURRENT_YEAR,
    TODAY,
    YEARS,
    Audit,
    Calendar,
    School_,
    Writer,
    scaled,
    write_organisations,
    write_school_and_staff,
    write_students,
)
from desktop.models import NeedCategory, NeedDomain, SupportType
from desktop.services import restricted_text
from desktop.services.demo import _Names
from desktop.services.setup import initialise_school
from desktop.storage.keyslots import DEFAULT_KDF, KdfParams
from desktop.storage.vault import Vault

DEFAULT_SEED = 6
GENERATOR_VERSION = 7  # 3: schema 0003 (audit_event entity_type index); 4: schema 0004 (case code order);
# 5: schema 0005 (audit checkpoints); 6: slots at the current Argon2id costs (64 MiB, t=12);
# 7: schema 0006 (emergency support on cases)
BENCH_USER = "coordinator"
BENCH_PASSWORD = "dodam-bench"
KINDS = ("large", "district")
DATA_ROOT = Path(__file__).resolve().parent / "data"
SCHOOL_NAME = "도담초등학교"

# Base counts (scale 1.0).
LARGE = {
    "student": 2000,
    "support_case": 3000,
    "intervention": 15000,
    "support_session": 100000,
    "meeting": 400,
    "organisation": 300,
    "audit_event": 500000,
}
DISTRICT = {"student": 50000, "support_case": 20000, "meeting": 5, "organisation": 40}


def print_to_stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Dataset:
    kind: str  # "large" | "district"
    data_dir: Path  # holds the vault
    username: str
    password: str
    counts: dict[str, int]  # table name -> rows, as generated
    minutes_meeting_id: int  # a finalised meeting with exactly 20 agenda items
    committee_year: tuple[date, date]  # the most recent full school year

    def to_json(self) -> str:
        body = asdict(self)
        body["data_dir"] = str(self.data_dir)
        body["committee_year"] = [d.isoformat() for d in self.committee_year]
        return json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str, data_dir: Path) -> Dataset:
        body = json.loads(text)
        start, end = (date.fromisoformat(d) for d in body["committee_year"])
        return cls(
            kind=body["kind"],
            data_dir=data_dir,
            username=body["username"],
            password=body["password"],
            counts={k: int(v) for k, v in body["counts"].items()},
            minutes_meeting_id=int(body["minutes_meeting_id"]),
            committee_year=(start, end),
        )


def targets(kind: str, scale: float = 1.0) -> dict[str, int]:
    """The row counts `generate` produces for these tables at this scale."""
    base = LARGE if kind == "large" else DISTRICT
    return {name: scaled(n, scale) for name, n in base.items()}


COMMITTEE_YEAR = (date(CURRENT_YEAR - 1, 3, 1), date(CURRENT_YEAR, 2, 28))


def generate(
    kind: str,
    data_dir: Path,
    *,
    seed: int = DEFAULT_SEED,
    progress: Callable[[str], None] = print_to_stderr,
    scale: float = 1.0,
    kdf: KdfParams = DEFAULT_KDF,
) -> Dataset:
    """Generate a data set into `data_dir` (which must hold no vault yet)."""
    if kind not in KINDS:
        raise ValueError(f"unknown data set {kind!r}; choose one of {', '.join(KINDS)}")
    want = targets(kind, scale)
    data_dir = Path(data_dir)
    vault, _code = Vault.create(data_dir, BENCH_USER, BENCH_PASSWORD, kdf=kdf)
    try:
        with vault.session() as session:
            initialise_school(
                session,
                school_name=SCHOOL_NAME,
                admin_username=BENCH_USER,
                admin_display_name="정은주",
                team_name="도담 학생맞춤통합지원팀",
                admin_position="교육복지사",
            )
            rng = random.Random(f"dodam-bench-{kind}-{seed}")
            names = _Names(rng)
            w = Writer(session, progress)
            w.say(f"generating the {kind} data set (seed {seed}, scale {scale}) in {data_dir}")
            if kind == "large":
                cohorts = list(range(YEARS[0] - 5, CURRENT_YEAR + 1))  # grade 1 in 2017 .. 2026
                classes = max(1, round(want["student"] / len(cohorts) / 28))
                staff, homerooms, past = write_school_and_staff(session, w, rng, names, classes, 34)
                pupils = write_students(w, rng, names, want["student"], cohorts, classes, 0.04)
            else:
                cohorts = list(range(CURRENT_YEAR - 5, CURRENT_YEAR + 1))
                classes = max(1, round(want["student"] / len(cohorts) / 28))
                staff, homerooms, past = write_school_and_staff(session, w, rng, names, classes, 0)
                pupils = write_students(w, rng, names, want["student"], cohorts, classes, 0.0)
            organisations = write_organisations(w, rng, names, want["organisation"])
            ws = School_(rng, w, Audit(), scale, staff, homerooms, past, pupils, organisations, names=names)
            ws.domains = {d.code: d.id for d in session.scalars(select(NeedDomain))}
            ws.categories = {c.code: c.id for c in session.scalars(select(NeedCategory))}
            ws.support_types = {t.code: t.id for t in session.scalars(select(SupportType))}
            per_year = (
                _split(want["meeting"]) if kind == "large" else _split(max(want["meeting"], len(YEARS)))
            )
            cal = Calendar(rng, per_year, date(CURRENT_YEAR, 12, 17))
            if kind == "district":
                # Dense decision days for the timelines; only a few meetings are written.
                dense = Calendar(rng, [70] * len(YEARS), date(CURRENT_YEAR, 12, 17))
                drafts = gen_cases.draft_cases(ws, dense, want["support_case"])
            else:
                drafts = gen_cases.draft_cases(ws, cal, want["support_case"])
            w.say(f"{len(drafts):,} case timelines drawn")
            gen_cases.write_cases(ws, drafts)
            w.flush()
            gen_cases.extra_requests(ws, drafts, max(1, len(drafts) // 25))
            if kind == "large":
                actions = gen_support.write_consents_and_plans(ws, drafts)
                w.flush()
                gen_support.write_interventions(
                    ws, drafts, actions, want["intervention"], want["support_session"]
                )
                gen_support.refer_out(ws, drafts)
                w.flush()
            minutes_id = gen_support.write_meetings(
                ws, cal, drafts, link=kind == "large", twenty_in=COMMITTEE_YEAR
            )
            w.flush()
            gen_cases.write_history(ws, drafts)
            gen_support.write_tasks(ws, drafts)
            gen_support.write_reviews(ws, date(TODAY.year, TODAY.month, 1))
            w.flush()
            if kind == "large":
                gen_support.everyday_log(ws, drafts, want["audit_event"] - 2)
            w.say(f"chaining {len(ws.audit.events):,} audit events")
            ws.audit.write(w, date(TODAY.year, TODAY.month, 1))
            w.flush()
            # Restricted notes were inserted in clear; seal them as an upgraded school's are
            # (the creating session holds the restricted key).
            restricted_text.publish_key(session)
            restricted_text.seal_stored(session)
            session.commit()
            counts = dict(sorted(w.counts.items()))
            for name in ("school", "staff_account", "need_domain", "need_category", "support_type"):
                counts[name] = counts.get(name, 0) + _count(session, name)
            w.say("committed")
    finally:
        vault.close()
    return Dataset(
        kind=kind,
        data_dir=data_dir,
        username=BENCH_USER,
        password=BENCH_PASSWORD,
        counts=counts,
        minutes_meeting_id=minutes_id,
        committee_year=COMMITTEE_YEAR,
    )


def _count(session: Session, table: str) -> int:
    from sqlalchemy import text

    return (
        int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
        if table
        in (
            "school",
            "need_domain",
            "need_category",
            "support_type",
        )
        else 1
    )  # staff_account: the coordinator of the set-up


def _split(total: int) -> list[int]:
    per = [total // len(YEARS)] * len(YEARS)
    for k in range(total - sum(per)):
        per[-1 - k] += 1
    return per


def ensure_dataset(kind: str, *, seed: int = DEFAULT_SEED, root: Path = DATA_ROOT) -> Dataset:
    """The cached data set, generated first if it is missing or was left incomplete."""
    folder = Path(root) / f"{kind}-s{seed}-v{GENERATOR_VERSION}"
    record = folder / "dataset.json"
    if record.exists():
        return Dataset.from_json(record.read_text(encoding="utf-8"), folder / "vault")
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    dataset = generate(kind, folder / "vault", seed=seed)
    tmp = record.with_suffix(".tmp")
    tmp.write_text(dataset.to_json(), encoding="utf-8")
    tmp.replace(record)
    return dataset


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.generate", description=__doc__.splitlines()[0]
    )
    parser.add_argument("kind", choices=KINDS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument(
        "--out", type=Path, default=None, help="data folder (default: the cache under benchmarks/data)"
    )
    parser.add_argument("--scale", type=float, default=1.0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    started = time.monotonic()
    if args.out is None and args.scale == 1.0:
        dataset = ensure_dataset(args.kind, seed=args.seed)
    else:
        out = args.out or DATA_ROOT / f"{args.kind}-s{args.seed}-x{args.scale}"
        dataset = generate(args.kind, out, seed=args.seed, scale=args.scale)
    for name, n in sorted(dataset.counts.items()):
        print(f"{name:24} {n:>9,}")
    print(f"data folder: {dataset.data_dir}")
    print(
        f"minutes meeting: {dataset.minutes_meeting_id}; committee year: {dataset.committee_year[0]} .. {dataset.committee_year[1]}"
    )
    print(f"time: {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
