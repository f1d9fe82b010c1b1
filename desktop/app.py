"""Command line and start-up wiring (DESIGN §4).

`dodam` opens the GUI; headless sub-commands serve IT staff, scripts and tests. Exit codes:
0 ok, 1 backup could not be written, 2 usage, 3 wrong password or locked out, 4 database damaged, 5 key file
missing or damaged, 6 locked by another instance, 7 database written by a newer Dodam, 8 input file rejected (nothing
changed), 9 the account may not do this. `dodam --self-test` exits 0 when it passed, 1 when it failed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import cli_admin
from desktop.cli_common import (
    EXIT_DAMAGED,
    EXIT_DENIED,
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_USAGE,
    EXIT_WRONG_PASSWORD,
    UsageError,
    acting,
    data_dir_of,
    read_password,
    service_call,
    username_of,
    with_vault,
)

# The GUI's start (no command) imports only what the log-in window needs (desktop.ui.application);
# what a command needs beyond argparse is imported in the command.
if TYPE_CHECKING:
    from datetime import date


def _add_common(parser: argparse.ArgumentParser, *, sub: bool = False) -> None:
    # On a sub-command the options default to "absent", so that `dodam --data-dir D check` keeps D.
    kw: dict[str, Any] = {"default": argparse.SUPPRESS} if sub else {}
    parser.add_argument("--data-dir", type=Path, help="folder holding school.db and school.keys", **kw)
    parser.add_argument(
        "--demo", action="store_true", help="use the demo school (created on first use)", **kw
    )
    parser.add_argument("--user", help="staff user name to open the database as", **kw)
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (one line)",
        **kw,
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `dodam`."""
    parser = argparse.ArgumentParser(
        prog="dodam",
        description="Dodam (도담) — student integrated support team records, offline and encrypted.",
    )
    _add_common(parser)
    parser.add_argument(
        "--lang",
        choices=["ko", "en", "pseudo"],
        help="language of the interface (default: the one chosen in Preferences, else the system's); "
        "pseudo: lengthened test strings",
    )
    parser.add_argument(
        "--screenshot", type=Path, metavar="FILE", help="log in, render the main window to a PNG and exit"
    )
    # Hidden, for benchmarks.startup: print FIRST_PAINT_MARKER when the first window (log-in or
    # set-up) has painted, then exit 0 — the start-up time is measured up to that line.
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation with a temporary demo school (no window), then exit 0 or 1",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="check the database and the key file; changes nothing")
    summary = sub.add_parser("summary", help="print counts of students, cases, meetings, ...")
    summary.add_argument("--json", action="store_true", help="print JSON (the only format for now)")
    summary.add_argument("--purpose", help="what the counts are for (recorded in the audit log)")
    roster = sub.add_parser("import-roster", help="import the student roster from a CSV or XLSX file")
    roster.add_argument("file", type=Path, metavar="FILE", help="the roster (명렬표) as CSV or XLSX")
    report = sub.add_parser("report", help="print a document to a PDF file (asks nothing; give --purpose)")
    kinds = report.add_subparsers(dest="report_kind", metavar="DOCUMENT", required=True)
    minutes = kinds.add_parser("minutes", help="the minutes of a meeting (회의록)")
    which = minutes.add_mutually_exclusive_group(required=True)
    which.add_argument("--meeting", type=int, metavar="ID", help="the meeting's id")
    which.add_argument("--latest", action="store_true", help="the most recent meeting held")
    committee = kinds.add_parser("committee", help="the committee report for a period")
    committee.add_argument("--from", dest="start", type=_iso_date, required=True, metavar="DATE")
    committee.add_argument("--to", dest="end", type=_iso_date, required=True, metavar="DATE")
    case = kinds.add_parser("case", help="the summary of one case")
    case.add_argument("--case", dest="case_id", type=int, required=True, metavar="ID", help="the case's id")
    for p in (minutes, committee, case):
        p.add_argument("--out", type=Path, required=True, metavar="FILE", help="the PDF file to write")
        p.add_argument("--purpose", required=True, help="what the print is for (recorded in the audit log)")
        p.add_argument(
            "--full-names",
            action="store_true",
            help="print students' full names (default: case codes, initials)",
        )
        _add_common(p, sub=True)
    export = sub.add_parser(
        "export-stats", help="export aggregated statistics (XLSX) for the district center"
    )
    export.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="the XLSX file to write")
    backup = sub.add_parser("backup", help="write a verified, encrypted backup (school.db + school.keys)")
    backup.add_argument(
        "--to", type=Path, metavar="DIR", help="the backup folder (default: the folder set in Dodam)"
    )
    restore = sub.add_parser(
        "restore",
        help="replace the school data with a backup (administrators only; the current files are kept aside)",
        description=(
            "Replace the school in the data folder with a backup. --user must be an active administrator "
            "of the current school; standard input holds that user's current password on its first line "
            "and, if the password was changed after the backup was made, the password valid then (or the "
            "backup's recovery code) on a second line. When the current school cannot be opened any more "
            "(key file or database missing or damaged), the first line is the password of an administrator "
            "in the backup, or the backup's recovery code: a disaster recovery. A backup of another school "
            "needs --confirm-school with the current school's name. The current files are moved into a "
            "pre-restore-... folder. Exit 9: not an administrator; 2: another school not confirmed; "
            "3: a password does not open the school or the backup."
        ),
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP", help="the backup's folder (dodam-backup-…)")
    restore.add_argument(
        "--confirm-school",
        metavar="NAME",
        help="the current school's name, to replace it with a backup of another school",
    )
    for p in (check, summary, roster, report, export, backup, restore):
        _add_common(p, sub=True)
    cli_admin.add_parsers(sub, _add_common)
    return parser


def _iso_date(text: str) -> date:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def cmd_check(args: argparse.Namespace) -> int:
    """Integrity of the database (SQLCipher page HMACs, SQLite structure, foreign keys) and of the
    audit chain. Opens without migrating and writes nothing."""
    from desktop.services.audit_anchor import check_vault
    from desktop.storage.errors import DatabaseDamagedError
    from desktop.storage.migrate import current_revision, head_revision

    def body(vault: Any) -> int:
        # The audit log (chain, signed checkpoints, backup's signed head, review marks) counts only
        # when every page passed its check; both run side by side.
        report, anchor = check_vault(vault)
        problems = list(report.problems) + anchor.problems
        for warning in anchor.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        if problems:
            lines = "\n".join(problems).splitlines()
            for line in lines[:20]:
                print(f"problem: {line}", file=sys.stderr)
            if len(lines) > 20:
                print(f"problem: ... and {len(lines) - 20} more lines", file=sys.stderr)
            print(f"dodam: {DatabaseDamagedError().user_message}", file=sys.stderr)
            return EXIT_DAMAGED
        revision = current_revision(vault.engine)
        note = "" if revision == head_revision() else f" (schema {revision}; Dodam will upgrade it on log-in)"
        print(f"ok: database, key file and audit log are intact{note}")
        return EXIT_OK

    return with_vault(args, body, migrate=False, audited=False)


def cmd_import_roster(args: argparse.Namespace) -> int:
    """Check a roster file and, when every row is good, import it all at once. Rejected rows are
    listed on stderr with their reasons and nothing is changed (exit 8)."""
    from desktop.services.actor import Actor
    from desktop.services.errors import PermissionDenied, ValidationError
    from desktop.services.permissions import Permission, require
    from desktop.services.roster_import import apply_import, describe_rejections, preview_import, read_roster
    from desktop.services.setup import find_account
    from desktop.storage.errors import WrongPasswordError

    def body(vault: Any) -> int:
        with vault.session() as session:
            staff = find_account(session, username_of(args))
            if staff is None:
                error = WrongPasswordError("no active account for this key slot")
                print(f"dodam: {error.user_message}", file=sys.stderr)
                return error.exit_code
            actor = Actor.of(staff)
            try:
                require(actor, Permission.IMPORT_ROSTER)
                preview = preview_import(session, actor, read_roster(args.file))
                if preview.rejected:
                    for line in describe_rejections(preview.rejected):
                        print(line, file=sys.stderr)
                    print(f"dodam: {len(preview.rejected)} rows rejected; nothing imported", file=sys.stderr)
                    return EXIT_REJECTED
                result = apply_import(session, actor, preview)
            except PermissionDenied as exc:
                print(f"dodam: {exc.text()}", file=sys.stderr)
                return EXIT_DENIED
            except ValidationError as exc:
                print(f"dodam: {exc.text()}", file=sys.stderr)
                return EXIT_REJECTED
        print(f"imported: {result.inserted} new, {result.updated} updated")
        return EXIT_OK

    return with_vault(args, body, migrate=True)


def cmd_report(args: argparse.Namespace) -> int:
    """Print a document to a PDF file: `report minutes|committee|case`. The purpose is recorded in
    the audit log; students appear as case codes and initials unless --full-names is given;
    restricted notes are never printed headless."""
    from datetime import UTC, datetime

    from sqlalchemy import select

    from desktop.models import School
    from desktop.reports.base import PrintContext

    out = Path(args.out).expanduser()
    if not args.purpose.strip():
        raise UsageError("--purpose must say what the print is for")
    if not out.parent.is_dir():
        raise UsageError(f"no such folder: {out.parent}")

    def body(vault: Any) -> int:
        with vault.session() as session:
            actor = acting(session, args)
            if actor is None:
                return EXIT_WRONG_PASSWORD
            school = session.scalar(select(School.name).order_by(School.id).limit(1)) or ""
            ctx = PrintContext(
                purpose=args.purpose,
                printed_by=actor.display_name,
                printed_at=datetime.now(UTC),
                school_name=school,
                full_names=args.full_names,
            )

            def run() -> int:
                if args.report_kind == "minutes":
                    from desktop.reports.minutes import latest_meeting_id, minutes_pdf

                    meeting_id = args.meeting
                    if args.latest:
                        meeting_id = latest_meeting_id(session)
                        if meeting_id is None:
                            raise UsageError("there is no meeting yet")
                    return minutes_pdf(session, actor, meeting_id, ctx, out)
                if args.report_kind == "committee":
                    from desktop.reports.committee import committee_report_pdf

                    return committee_report_pdf(session, actor, args.start, args.end, ctx, out)
                from desktop.reports.case_documents import case_summary_pdf

                return int(case_summary_pdf(session, actor, args.case_id, ctx, out))

            code, pages = service_call(run)
            if code != EXIT_OK:
                return code
        print(f"written: {out} ({pages} page{'' if pages == 1 else 's'})")
        return EXIT_OK

    return with_vault(args, body, migrate=True)


def cmd_export_stats(args: argparse.Namespace) -> int:
    """Export aggregated statistics to an XLSX file (counts from 1 to 4 suppressed)."""
    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".xlsx":
        raise UsageError("--out must name an .xlsx file")
    if not out.parent.is_dir():
        raise UsageError(f"no such folder: {out.parent}")

    def body(vault: Any) -> int:
        from desktop.reports.stats_export import export_statistics

        with vault.session() as session:
            actor = acting(session, args)
            if actor is None:
                return EXIT_WRONG_PASSWORD
            code, sheets = service_call(lambda: export_statistics(session, actor, out))
            if code != EXIT_OK:
                return code
        print(f"written: {out} ({sheets} sheets)")
        return EXIT_OK

    return with_vault(args, body, migrate=True)


def cmd_backup(args: argparse.Namespace) -> int:
    """Write a verified backup into --to DIR (or the folder set in Dodam), then rotate old ones."""
    from desktop.services.backups import run_backup
    from desktop.services.errors import PermissionDenied, ServiceError
    from desktop.storage.errors import VaultError

    def body(vault: Any) -> int:
        with vault.session() as session:
            actor = acting(session, args)
            session.rollback()
        if actor is None:
            return EXIT_WRONG_PASSWORD
        folder = Path(args.to).expanduser() if args.to is not None else None
        try:
            info = run_backup(vault, actor, folder=folder, manual=True)
        except VaultError as exc:
            print(f"dodam: {exc.user_message}", file=sys.stderr)
            return exc.exit_code
        except PermissionDenied as exc:
            print(f"dodam: {exc.text()}", file=sys.stderr)
            return EXIT_DENIED
        except ServiceError as exc:
            print(f"dodam: {exc.text()}", file=sys.stderr)
            return EXIT_USAGE
        print(f"written: {info.path} ({info.size} bytes, verified)")
        return EXIT_OK

    return with_vault(args, body, migrate=True)


def _restore_secrets() -> tuple[str, str | None]:
    """The current administrator's password (first line of standard input) and, when given, the
    backup's password or recovery code (second line)."""
    text = sys.stdin.buffer.read().decode("utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the line ending that `echo` or a here-string adds
    lines = [line[:-1] if line.endswith("\r") else line for line in lines]
    if not lines or len(lines) > 2:
        raise UsageError(
            "restore reads one or two lines: the password, then optionally the backup's password"
        )
    return lines[0], (lines[1] if len(lines) == 2 and lines[1] else None)


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace school.db and school.keys in the data folder with a backup, as an active administrator
    of the current school (or, when it cannot be opened any more, of the backup: a disaster
    recovery). The current files are moved to pre-restore-… first."""
    from desktop.services.backups import BackupPasswordNeeded, OtherSchoolBackup, RestoreRefused, restore
    from desktop.services.lockout import LockedOutError
    from desktop.storage.errors import VaultError

    if args.demo:
        raise UsageError("restore needs --data-dir, not --demo")
    if not args.password_stdin or not args.user:
        raise UsageError("restore needs --user NAME and --password-stdin")
    password, backup_password = _restore_secrets()
    try:
        result = restore(
            data_dir_of(args),
            Path(args.backup).expanduser(),
            username=args.user,
            password=password,
            backup_password=backup_password,
            confirm_school=args.confirm_school,
        )
    except RestoreRefused as exc:
        print(f"dodam: {exc.text()}", file=sys.stderr)
        return EXIT_DENIED
    except OtherSchoolBackup as exc:
        print(f"dodam: {exc.text()}", file=sys.stderr)
        print(f"dodam: give --confirm-school {exc.expected!r} to replace it", file=sys.stderr)
        return EXIT_USAGE
    except BackupPasswordNeeded as exc:
        print(f"dodam: {exc.text()} (second line of standard input)", file=sys.stderr)
        return EXIT_WRONG_PASSWORD
    except LockedOutError as exc:
        print(
            f"dodam: too many wrong passwords for {args.user}: try again in {exc.minutes_left()} minute(s).",
            file=sys.stderr,
        )
        return EXIT_WRONG_PASSWORD
    except VaultError as exc:
        print(f"dodam: {exc.user_message}", file=sys.stderr)
        return exc.exit_code
    if result.disaster_recovery:
        print(
            "disaster recovery: the current school could not be opened; restored by the backup's administrator"
        )
    if result.other_school:
        print("replaced the school with a backup of another school (name confirmed)")
    print(f"restored: {args.backup}")
    print(f"kept the previous data in: {result.pre_restore}")
    return EXIT_OK


def run_gui(args: argparse.Namespace) -> int:
    """Open the window (or, with --screenshot, render it to a PNG)."""
    from desktop.ui.application import run_gui as _run_gui

    username = password = None
    if args.screenshot is not None and not args.demo:
        username, password = read_password(args)
    code: int = _run_gui(
        data_dir=data_dir_of(args),
        lang=args.lang,
        demo=args.demo,
        screenshot=args.screenshot,
        username=username,
        password=password,
        exit_when_shown=args.exit_when_shown,
    )
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `dodam` and `python -m desktop`."""
    from desktop.storage.location import restrict_new_files

    restrict_new_files()  # the school's files, backups and exports: owner-only (0600/0700)
    parser = build_parser()
    args = parser.parse_args(argv)
    commands: dict[str | None, Callable[[argparse.Namespace], int]] = {
        None: run_gui,
        "check": cmd_check,
        "summary": cli_admin.cmd_summary,
        "init": cli_admin.cmd_init,
        "account": cli_admin.cmd_account,
        "import-roster": cmd_import_roster,
        "report": cmd_report,
        "export-stats": cmd_export_stats,
        "backup": cmd_backup,
        "restore": cmd_restore,
    }
    try:
        if args.self_test:
            if args.command is not None or args.screenshot is not None:
                raise UsageError("--self-test runs alone")
            from desktop.selftest import run_self_test

            return run_self_test(main)
        return commands[args.command](args)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"dodam: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
