"""The database the migrations build is exactly the schema the model declares."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desktop.models import Base
from desktop.storage.migrate import current_revision, head_revision


def test_migrations_build_the_model_schema(school_vault) -> None:  # type: ignore[no-untyped-def]
    with school_vault.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    # A model change without a new revision shows up here as add_column / add_table / ...
    assert differences == []
    assert current_revision(school_vault.engine) == head_revision()


def test_every_table_of_the_model_exists(school_vault) -> None:  # type: ignore[no-untyped-def]
    with school_vault.engine.connect() as connection:
        names = {
            row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        }
    assert set(Base.metadata.tables) <= names
    assert len(Base.metadata.tables) == 32
