"""The database the migrations build is exactly the schema the model declares."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desktop.models import Base
from desktop.storage.migrate import current_revision, head_revision


# Alembic cannot reflect SQLite expression indexes, so it skips ix_support_case_code_order here;
# test_listing_codes proves that index exists and serves the case list's first screen.
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
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
    assert len(Base.metadata.tables) == 33
