"""Headless administration for school IT staff (DESIGN §4): `dodam init` creates a school,
`dodam account …` manages the staff accounts, `dodam summary` prints the school-wide counts.

Secrets come only from standard input, never from an argument (an argument is visible to every OS
account in the process list). Its first line is the password of --user; `account add` and
`account reset-password` read the new account's password from the second line. Every command
writes audit events: `init` SETUP and GRANT, the account commands GRANT (through
desktop.services.accounts) or VIEW (`account list`), `summary` VIEW with its purpose.

Only the parsers are built at start-up; what a command needs is imported when it runs, so the
window's start stays as light as before.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.services.actor import Actor
    from desktop.storage.keyslots import KdfParams
    from desktop.storage.vault import Vault

# The values of desktop.models.Role, SchoolLevel and StaffSpecialty, spelled out so that building
# the parser does not load SQLAlchemy (tests/unit/test_cli_admin.py keeps them equal).
ROLES = ("coordinator", "principal", "head_teacher", "specialist", "homeroom")
LEVELS = ("elementary", "middle", "high")
SPECIALTIES = (
    "homeroom",
    "counselor",
    "nurse",
    "welfare_officer",
    "special_education",
    "basic_skills",
    "career",
    "administration",
)
DEFAULT_TEAM = "학생맞춤통합지원팀"
DEFAULT_POSITION = "교육복지사"
SUMMARY_PURPOSE = "summary on the command line"

RECOVERY_NOTICE = (
    "Write the recovery code down on paper now and keep it in a safe place, away from this PC. "
    "It is shown only this once and is stored nowhere: if every password is forgotten, it is the "
    "only way back into the school's records."
)

_STDIN_ONE = "standard input: the password of --user, one line (never give a password as an argument)."
_STDIN_TWO = (
    "standard input: two lines, first the password of --user (an administrator), then the new\n"
    "password of NAME (never give a password as an argument), e.g.\n"
    '  printf \'%s\\n%s\\n\' "$ADMIN_PASSWORD" "$NEW_PASSWORD" | dodam account {command} NAME ...'
)

AddCommon = Callable[..., None]


# --- parsers --------------------------------------------------------------------------------------


def add_parsers(sub: Any, add_common: AddCommon) -> None:
    """Add `init` and `account …` to the sub-command parsers of `dodam`."""
    raw = argparse.RawDescriptionHelpFormatter
    init = sub.add_parser(
        "init",
        help="create a new school in an empty folder; prints its recovery code once",
        description="Create a new school, as the set-up wizard does: the encrypted database, its key\n"
        "file and the first account (--user), a coordinator and administrator. The recovery code is\n"
        "printed once on standard output. A folder that already holds a school is refused (exit 2).",
        epilog=_STDIN_ONE + "\nThe password follows the same rule as in the window (exit 2 with the reason).",
        formatter_class=raw,
    )
    init.add_argument("--school", required=True, metavar="NAME", help="the school's name")
    init.add_argument(
        "--team", default=DEFAULT_TEAM, metavar="NAME", help=f"the team's name ({DEFAULT_TEAM})"
    )
    init.add_argument("--level", choices=LEVELS, default="elementary", help="the school level")
    init.add_argument(
        "--display-name",
        metavar="NAME",
        help="the first account's name as colleagues know it (default: --user)",
    )
    init.add_argument(
        "--position", default=DEFAULT_POSITION, help=f"the first account's position ({DEFAULT_POSITION})"
    )
    add_common(init, sub=True)

    account = sub.add_parser(
        "account",
        help="list, add, disable, enable staff accounts, reset a password, change rights (administrators)",
        description="Staff accounts, for an active administrator only (anyone else: exit 9, nothing\n"
        "changed). Every change is recorded in the audit log as a grant of rights.",
        epilog="standard input: the password of --user on the first line (never give a password as an\n"
        "argument); add and reset-password read the new password of NAME from the second line, e.g.\n"
        '  printf \'%s\\n%s\\n\' "$ADMIN_PASSWORD" "$NEW_PASSWORD" | dodam account add NAME ...',
        formatter_class=raw,
    )
    add_common(account, sub=True)
    actions = account.add_subparsers(dest="account_command", metavar="ACTION", required=True)

    listing = actions.add_parser(
        "list", help="every account: user name, name, role, administrator, active, class"
    )
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")

    add = actions.add_parser(
        "add",
        help="add an account with an initial password",
        epilog=_STDIN_TWO.format(command="add"),
        formatter_class=raw,
    )
    add.add_argument("name", metavar="NAME", help="the user name to log in with")
    add.add_argument("--role", choices=ROLES, required=True, help="what the account may see and do")
    add.add_argument("--display-name", metavar="TEXT", help="the name colleagues know (default: NAME)")
    add.add_argument(
        "--position", default="", metavar="TEXT", help="position as printed on minutes (담임교사, …)"
    )
    add.add_argument("--specialty", choices=SPECIALTIES, help="what the person offers as a resource")
    add.add_argument("--admin", action="store_true", help="also an administrator (accounts and settings)")
    _add_class(add)

    disable = actions.add_parser(
        "disable", help="disable an account: its password no longer opens the school"
    )
    enable = actions.add_parser("enable", help="enable a disabled account (then give it a password)")
    reset = actions.add_parser(
        "reset-password",
        help="give an account a new password",
        epilog=_STDIN_TWO.format(command="reset-password"),
        formatter_class=raw,
    )
    for p in (disable, enable, reset):
        p.add_argument("name", metavar="NAME", help="the account's user name")

    set_role = actions.add_parser(
        "set-role", help="change an account's role, administrator flag or homeroom class"
    )
    set_role.add_argument("name", metavar="NAME", help="the account's user name")
    set_role.add_argument("--role", choices=ROLES, help="the new role")
    admin = set_role.add_mutually_exclusive_group()
    admin.add_argument(
        "--admin", dest="admin", action="store_true", default=None, help="make it an administrator"
    )
    admin.add_argument(
        "--no-admin", dest="admin", action="store_false", help="take the administrator right away"
    )
    _add_class(set_role)
    set_role.add_argument(
        "--no-class",
        action="store_true",
        help="remove the homeroom class (e.g. when it leaves the homeroom role)",
    )
    for p in (listing, add, disable, enable, reset, set_role):
        add_common(p, sub=True)


def _add_class(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--grade", type=int, metavar="G", help="homeroom grade (with --class)")
    parser.add_argument(
        "--class", dest="class_no", type=int, metavar="C", help="homeroom class (with --grade)"
    )


# --- standard input -------------------------------------------------------------------------------


def _two_secrets(args: argparse.Namespace) -> tuple[str, str]:
    """The administrator's password and the new password: the two lines of standard input."""
    from desktop.cli_common import UsageError

    if not args.password_stdin or not args.user:
        raise UsageError("give --user NAME and --password-stdin (the password is never taken as an argument)")
    try:
        text = sys.stdin.buffer.read().decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError("standard input is not UTF-8 text") from None
    first, newline, rest = text.partition("\n")
    second = rest.removesuffix("\n").removesuffix("\r")
    if not newline or not second:
        raise UsageError("standard input needs two lines: the password of --user, then the new password")
    if "\n" in second:
        raise UsageError("standard input has more than two lines")
    return first.removesuffix("\r"), second


@contextlib.contextmanager
def _stdin_holding(line: str) -> Iterator[None]:
    """Standard input holding only `line`: the log-in (desktop.app.with_vault) reads the first
    line of a two-line input as if it were the whole input, like every other command."""
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO((line + "\n").encode("utf-8")), encoding="utf-8")
    try:
        yield
    finally:
        sys.stdin = saved


# --- init -----------------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, *, kdf: KdfParams | None = None) -> int:
    """Create a new school in --data-dir (refused when the folder holds one: exit 2) and print its
    recovery code once. `kdf` replaces the key-derivation cost (tests only)."""
    from desktop.cli_common import EXIT_OK, EXIT_USAGE, UsageError, read_password
    from desktop.models import SchoolLevel
    from desktop.services.errors import ValidationError
    from desktop.services.setup import NewSchool, create_school
    from desktop.storage.errors import VaultError, VaultExistsError
    from desktop.storage.keyslots import DEFAULT_KDF
    from desktop.storage.vault import vault_exists

    if args.demo:
        raise UsageError("init needs --data-dir, not --demo")
    if args.data_dir is None:
        raise UsageError("init needs --data-dir DIR (an empty or new folder)")
    if not args.password_stdin or not args.user:
        raise UsageError("init needs --user NAME and --password-stdin")
    data_dir = Path(args.data_dir).expanduser()
    exists = (
        f"dodam: {data_dir} already holds a school (school.db or school.keys); nothing was changed. "
        "Choose an empty folder, or sign in to that school."
    )
    if vault_exists(data_dir):
        print(exists, file=sys.stderr)
        return EXIT_USAGE
    user, password = read_password(args)
    username = user.strip()
    spec = NewSchool(
        school_name=args.school.strip(),
        username=username,
        display_name=(args.display_name or username).strip(),
        password=password,
        team_name=args.team.strip() or DEFAULT_TEAM,
        level=SchoolLevel(args.level),
        position=args.position.strip(),
    )
    try:
        vault, recovery_code = create_school(data_dir, spec, kdf or DEFAULT_KDF)
    except ValidationError as exc:
        print(f"dodam: {exc.text()}", file=sys.stderr)
        return EXIT_USAGE
    except VaultExistsError:
        print(exists, file=sys.stderr)
        return EXIT_USAGE
    except VaultError as exc:
        print(f"dodam: {exc.user_message}", file=sys.stderr)
        return exc.exit_code
    vault.close()
    print(f"created: the school “{spec.school_name}” in {data_dir}")
    print(f"administrator: {spec.username} (coordinator)")
    print(f"recovery code: {recovery_code}")
    print(RECOVERY_NOTICE)
    return EXIT_OK


# --- account --------------------------------------------------------------------------------------

Action = Callable[["Session", "Actor", "Vault"], None]


def cmd_account(args: argparse.Namespace) -> int:
    """`account list|add|disable|enable|reset-password|set-role`, as an active administrator."""
    from desktop.cli_common import UsageError, with_vault

    command = args.account_command
    action: Action
    if command == "list":
        action = _list_action(args)
    elif command == "add":
        _check_class(args)
        admin_password, new_password = _two_secrets(args)
        action = _add_action(args, new_password)
    elif command == "reset-password":
        admin_password, new_password = _two_secrets(args)
        action = _reset_action(args, new_password)
    elif command == "disable":
        action = _disable_action(args)
    elif command == "enable":
        action = _enable_action(args)
    else:
        _check_class(args)
        if args.role is None and args.admin is None and args.grade is None and not args.no_class:
            raise UsageError("set-role needs --role, --admin, --no-admin, --grade/--class or --no-class")
        if args.no_class and args.grade is not None:
            raise UsageError("--no-class goes without --grade and --class")
        action = _set_role_action(args)
    body = _as_administrator(args, action)
    if command in ("add", "reset-password"):
        with _stdin_holding(admin_password):
            return with_vault(args, body, migrate=True)
    return with_vault(args, body, migrate=True)


def _check_class(args: argparse.Namespace) -> None:
    from desktop.cli_common import UsageError

    if (args.grade is None) != (args.class_no is None):
        raise UsageError("give both --grade and --class, or neither")


def _as_administrator(args: argparse.Namespace, action: Action) -> Callable[[Any], int]:
    """The body run in the open vault: the signing-in user must be an active administrator (else
    exit 9 before anything is read or changed); the services' refusals map to exit 9 or 2."""
    from desktop.cli_common import EXIT_DENIED, EXIT_OK, EXIT_WRONG_PASSWORD, acting, service_call
    from desktop.i18n_marks import QT_TRANSLATE_NOOP
    from desktop.services.errors import PermissionDenied
    from desktop.services.permissions import Permission, require
    from desktop.storage.errors import VaultError

    def body(vault: Vault) -> int:
        with vault.session() as session:
            actor = acting(session, args)
            if actor is None:
                return EXIT_WRONG_PASSWORD
            try:
                # MANAGE_ACCOUNTS is an administrator's right; asked for by name all the same, so
                # that a role which one day gains it does not make its holders administrators here.
                require(actor, Permission.MANAGE_ACCOUNTS)
                if not actor.is_admin:
                    raise PermissionDenied(
                        QT_TRANSLATE_NOOP("errors", "Only an active administrator may manage staff accounts.")
                    )
            except PermissionDenied as exc:
                print(f"dodam: {exc.text()}", file=sys.stderr)
                session.rollback()
                return EXIT_DENIED

            def run() -> int:
                action(session, actor, vault)
                return EXIT_OK

            try:
                code, _ = service_call(run)
            except VaultError as exc:
                session.rollback()
                print(f"dodam: {exc.user_message}", file=sys.stderr)
                return exc.exit_code
            if code != EXIT_OK:
                session.rollback()
            return code

    return body


def _staff_id(session: Session, name: str) -> int:
    """The id of the account named `name` (user names compare without case, as at log-in)."""
    from sqlalchemy import func, select

    from desktop.i18n_marks import QT_TRANSLATE_NOOP
    from desktop.models import StaffAccount
    from desktop.services.errors import NotFound

    found = session.scalar(
        select(StaffAccount.id).where(func.lower(StaffAccount.username) == name.strip().lower()).limit(1)
    )
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no account named “{username}”."), username=name)
    return int(found)


def _list_action(args: argparse.Namespace) -> Action:
    def run(session: Session, actor: Actor, _vault: Vault) -> None:
        from desktop.services import audit, listing
        from desktop.services.audit import AuditAction, AuditRecord

        rows = sorted(listing.staff(session, actor, include_inactive=True), key=lambda r: r.username.lower())
        audit.record(
            session,
            actor,
            AuditAction.VIEW,
            entity_type=AuditRecord.STAFF_ACCOUNT,
            purpose="account list on the command line",
            detail={"document": "account list", "accounts": len(rows)},
        )
        session.commit()
        records = [
            {
                "username": r.username,
                "display_name": r.display_name,
                "role": r.role.value,
                "is_admin": r.is_admin,
                "active": r.active,
                "homeroom_grade": r.homeroom_grade,
                "homeroom_class": r.homeroom_class,
                "position": r.position,
            }
            for r in rows
        ]
        if args.json:
            print(json.dumps(records, ensure_ascii=False, indent=2))
            return
        table = [["USER", "NAME", "ROLE", "ADMIN", "ACTIVE", "CLASS"]]
        for rec in records:
            grade, class_no = rec["homeroom_grade"], rec["homeroom_class"]
            table.append(
                [
                    str(rec["username"]),
                    str(rec["display_name"]),
                    str(rec["role"]),
                    "yes" if rec["is_admin"] else "no",
                    "yes" if rec["active"] else "no",
                    f"{grade}-{class_no}" if grade is not None and class_no is not None else "-",
                ]
            )
        for line in _columns(table):
            print(line)

    return run


def _width(text: str) -> int:
    # Hangul and other wide characters take two columns of a terminal.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _columns(table: list[list[str]]) -> list[str]:
    widths = [max(_width(row[i]) for row in table) for i in range(len(table[0]))]
    return [
        "  ".join(cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(row)).rstrip()
        for row in table
    ]


def _add_action(args: argparse.Namespace, password: str) -> Action:
    def run(session: Session, actor: Actor, vault: Vault) -> None:
        from desktop.models import Role, StaffSpecialty
        from desktop.services.accounts import create_account

        staff = create_account(
            session,
            actor,
            vault,
            username=args.name,
            display_name=args.display_name or args.name,
            role=Role(args.role),
            password=password,
            position=args.position,
            is_admin=args.admin,
            homeroom_grade=args.grade,
            homeroom_class=args.class_no,
            specialty=StaffSpecialty(args.specialty) if args.specialty else None,
        )
        print(f"added: {staff.username} ({_rights(staff)}); they log in with the password given")

    return run


def _reset_action(args: argparse.Namespace, password: str) -> Action:
    def run(session: Session, actor: Actor, vault: Vault) -> None:
        from desktop.services.accounts import reset_password

        staff_id = _staff_id(session, args.name)
        reset_password(session, actor, vault, staff_id, password)
        print(f"new password set: {args.name} logs in with it from now on; the old one no longer works")

    return run


def _disable_action(args: argparse.Namespace) -> Action:
    def run(session: Session, actor: Actor, vault: Vault) -> None:
        from desktop.services.accounts import disable_account

        staff = disable_account(session, actor, _staff_id(session, args.name), vault)
        print(f"disabled: {staff.username} can no longer sign in")

    return run


def _enable_action(args: argparse.Namespace) -> Action:
    def run(session: Session, actor: Actor, vault: Vault) -> None:
        from desktop.services.accounts import enable_account

        staff = enable_account(session, actor, _staff_id(session, args.name))
        print(f"enabled: {staff.username}")
        if not vault.has_slot(staff.username):
            # Disabling removed the account's key slot: its old password opens nothing any more.
            print(
                f"{staff.username} has no password yet: give one with `dodam account reset-password {staff.username}`"
            )

    return run


def _set_role_action(args: argparse.Namespace) -> Action:
    def run(session: Session, actor: Actor, _vault: Vault) -> None:
        from desktop.models import Role
        from desktop.services.accounts import change_role

        staff = change_role(
            session,
            actor,
            _staff_id(session, args.name),
            role=Role(args.role) if args.role else None,
            is_admin=args.admin,
            homeroom_grade=args.grade,
            homeroom_class=args.class_no,
            clear_homeroom=args.no_class,
        )
        print(f"rights of {staff.username}: {_rights(staff)}")

    return run


def _rights(staff: Any) -> str:
    parts = [staff.role.value]
    if staff.is_admin:
        parts.append("administrator")
    if staff.homeroom_grade is not None and staff.homeroom_class is not None:
        parts.append(f"homeroom {staff.homeroom_grade}-{staff.homeroom_class}")
    return ", ".join(parts)


# --- summary --------------------------------------------------------------------------------------


def cmd_summary(args: argparse.Namespace) -> int:
    """School-wide counts of students, cases per state and domain, interventions, sessions,
    meetings and organisations — for a role that may see the dashboard. Any other role is refused
    (exit 9): those counts are the dashboard's, and a homeroom teacher or a specialist has none.
    Every run, refused or not, is audited as a VIEW with its purpose."""
    from desktop.cli_common import EXIT_DENIED, EXIT_OK, EXIT_WRONG_PASSWORD, UsageError, acting, with_vault
    from desktop.services import audit
    from desktop.services.audit import AuditAction, AuditRecord
    from desktop.services.errors import PermissionDenied
    from desktop.services.permissions import Permission, require
    from desktop.services.statistics import summary

    purpose = (args.purpose or SUMMARY_PURPOSE).strip()
    if not purpose:
        raise UsageError("--purpose must say what the summary is for")

    def body(vault: Vault) -> int:
        with vault.session() as session:
            actor = acting(session, args)
            if actor is None:
                return EXIT_WRONG_PASSWORD
            try:
                require(actor, Permission.VIEW_DASHBOARD)
            except PermissionDenied as exc:
                audit.record(
                    session,
                    actor,
                    AuditAction.VIEW,
                    entity_type=AuditRecord.SUMMARY,
                    purpose=purpose,
                    detail={"document": "summary", "refused": exc.params.get("permission", "")},
                )
                session.commit()
                print(f"dodam: {exc.text()}", file=sys.stderr)
                return EXIT_DENIED
            data = summary(session)
            audit.record(
                session,
                actor,
                AuditAction.VIEW,
                entity_type=AuditRecord.SUMMARY,
                purpose=purpose,
                detail={"document": "summary"},
            )
            session.commit()
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return EXIT_OK

    return with_vault(args, body, migrate=True)


__all__ = ["add_parsers", "cmd_account", "cmd_init", "cmd_summary"]
