"""Database maintenance that must run outside any transaction: VACUUM after an irreversible purge.

Kept in storage/ because it is SQLite-specific (DESIGN §2: no SQLite-only SQL outside storage/).
"""

from __future__ import annotations

from sqlalchemy import Engine

from desktop.storage.engine import autocommit_connection, checkpoint


def vacuum(engine: Engine) -> bool:
    """Rebuild the database file so that freed pages (and what they held) are gone, then fold the
    WAL back into the file and truncate it. Returns True when VACUUM ran (SQLite/SQLCipher only;
    another dialect is left to its own maintenance)."""
    if engine.dialect.name != "sqlite":
        return False
    with autocommit_connection(engine) as conn:
        conn.exec_driver_sql("VACUUM")
    checkpoint(engine)
    return True


def free_pages(engine: Engine) -> int:
    """How many unused pages the database file holds (0 right after a VACUUM)."""
    if engine.dialect.name != "sqlite":
        return 0
    with autocommit_connection(engine) as conn:
        row = conn.exec_driver_sql("PRAGMA freelist_count").fetchone()
    return int(row[0]) if row is not None else 0
