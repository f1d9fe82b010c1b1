"""What the command line's commands share (desktop.app and desktop.cli_admin): the exit codes,
the user and password of a headless command, signing in as the window does, and running a service
call with its refusals turned into exit codes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_WRONG_PASSWORD = 3
EXIT_DAMAGED = 4
EXIT_REJECTED = 8
EXIT_DENIED = 9


class UsageError(Exception):
    """Arguments that cannot work together; exits with code 2."""


def data_dir_of(args: argparse.Namespace) -> Path:
    """--data-dir, else the demo's own folder, else the folder this PC account chose in the log-in
    window or the set-up wizard (config.data_dir_to_open), else the default."""
    if args.data_dir is not None:
        return Path(args.data_dir).expanduser()
    from desktop.config import data_dir_to_open, demo_data_dir

    return demo_data_dir() if args.demo else data_dir_to_open()


def username_of(args: argparse.Namespace) -> str:
    """The user a headless command acts as (the demo coordinator by default with --demo)."""
    return str(args.user or "coordinator")


def read_password(args: argparse.Namespace) -> tuple[str, str]:
    """The user name and password for a headless command."""
    if args.password_stdin:
        if not args.user:
            raise UsageError("--password-stdin needs --user NAME")
        raw = sys.stdin.buffer.read()
        text = raw.decode("utf-8")
        # Only the line ending that `echo` or a here-string adds is removed; spaces are part of it.
        if text.endswith("\r\n"):
            text = text[:-2]
        elif text.endswith("\n"):
            text = text[:-1]
        return args.user, text
    if args.demo:
        from desktop.services.demo import DEMO_PASSWORD

        return username_of(args), DEMO_PASSWORD
    raise UsageError("give --user NAME and --password-stdin (the password is never taken as an argument)")


def locked_out_text(exc: Any) -> str:
    """What a headless command says when the lockout refuses it (exit code 3)."""
    minutes = exc.minutes_left()
    wait = f"{minutes} minute{'' if minutes == 1 else 's'}"
    if exc.damage is not None:
        return (
            f"the log-in counter file (school.lockout) was {exc.damage.kind.replace('_', ' ')}: every "
            f"account is locked for {wait}; the event will be recorded in the audit log"
        )
    return f"this user name is locked for {wait} after too many failed log-ins"


def with_vault(
    args: argparse.Namespace, body: Callable[[Any], int], *, migrate: bool, audited: bool = True
) -> int:
    """Sign in as the window does (desktop.services.sign_in: lockout, audit of LOGIN and of the
    failures), run ``body(vault)``, close. ``audited=False`` (``check``, which writes nothing to
    the database) still applies the lockout and counts a wrong password in the lockout file."""
    from sqlalchemy.exc import DBAPIError

    from desktop.services.lockout import LockedOutError
    from desktop.services.sign_in import open_vault, sign_in
    from desktop.storage.errors import VaultError

    data_dir = data_dir_of(args)
    if args.demo:
        from desktop.services.demo import ensure_demo_school

        ensure_demo_school(data_dir)
    user, password = read_password(args)
    try:
        if audited:
            vault = sign_in(data_dir, user, password, migrate=migrate, via="command_line").vault
        else:
            vault = open_vault(data_dir, user, password, migrate=migrate)
    except LockedOutError as exc:
        print(f"dodam: {locked_out_text(exc)}", file=sys.stderr)
        return EXIT_WRONG_PASSWORD
    except VaultError as exc:
        print(f"dodam: {exc.user_message}", file=sys.stderr)
        return exc.exit_code
    except DBAPIError as exc:
        return _damaged(exc)
    try:
        return body(vault)
    except DBAPIError as exc:
        return _damaged(exc)
    finally:
        vault.close()


def _damaged(exc: Exception) -> int:
    """Exit code 4 with its message for a database error that means damage; re-raise any other."""
    from desktop.storage.engine import is_damage_error
    from desktop.storage.errors import DatabaseDamagedError

    if not is_damage_error(exc):
        raise exc
    print(f"dodam: {DatabaseDamagedError().user_message}", file=sys.stderr)
    return EXIT_DAMAGED


def acting(session: Any, args: argparse.Namespace) -> Any:
    """The Actor of a headless command, or None (after saying why) when the account is gone."""
    from desktop.services.actor import Actor
    from desktop.services.setup import find_account
    from desktop.storage.errors import WrongPasswordError

    staff = find_account(session, username_of(args))
    if staff is None:
        print(
            f"dodam: {WrongPasswordError('no active account for this key slot').user_message}",
            file=sys.stderr,
        )
        return None
    return Actor.of(staff)


def service_call(call: Callable[[], int]) -> tuple[int, int]:
    """Run a service call: (EXIT_OK, its result), or the exit code of its refusal (9 when the
    account may not, 2 for anything else the service refuses, such as an unknown id) and 0."""
    from desktop.services.errors import PermissionDenied, ServiceError

    try:
        return EXIT_OK, call()
    except PermissionDenied as exc:
        print(f"dodam: {exc.text()}", file=sys.stderr)
        return EXIT_DENIED, 0
    except ServiceError as exc:
        print(f"dodam: {exc.text()}", file=sys.stderr)
        return EXIT_USAGE, 0
