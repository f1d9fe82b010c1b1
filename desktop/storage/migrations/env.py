"""Alembic environment for Dodam.

Migrations run only inside the vault, on an already keyed connection passed in
``config.attributes["connection"]`` (see desktop.storage.migrate): no URL, no alembic.ini.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import MetaData

config = context.config


def _target_metadata() -> MetaData | None:
    # Imported here, not at the top of desktop.storage, so storage does not depend on the models
    # at import time. The metadata only matters for autogenerate; a models package without Base
    # yet still lets hand-written revisions run.
    import desktop.models as models

    base = getattr(models, "Base", None)
    return base.metadata if base is not None else None


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError(
            "Dodam migrations run on a keyed connection passed in config.attributes['connection']; "
            "use desktop.storage.migrate instead of the alembic command line."
        )
    context.configure(
        connection=connection,
        target_metadata=_target_metadata(),
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported: school.db is encrypted")
run_migrations_online()
