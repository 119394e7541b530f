"""each person's last contact, stored and kept exact by triggers

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23

Today asks, for every person with a cadence, when they were last in touch (a call that reached
them or left a message, or a message sent). Reading it from the contact and signal indexes for
thousands of people was most of Today's time; `person.last_contact_on` holds it instead.

Triggers keep it exact in the same transaction as the change, whatever made it (logging a call,
undo, a merge moving contacts, an import, a restore): each one recomputes the value from the
rows, so it never drifts. The outcomes that count are `checkins.COUNTS_AS_CONTACT` as of this
revision (a test compares them); a later change of that rule needs a migration that recreates
the triggers. A migration that rebuilds `contact` or `signal` drops their triggers and must
create them again (`TRIGGER_SQL`).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COUNTED_OUTCOMES = ("reached", "left_message")


def _latest(person: str) -> str:
    """The last contact of the person whose id is the SQL expression `person`."""
    outcomes = ", ".join(f"'{outcome}'" for outcome in COUNTED_OUTCOMES)
    logged = (
        f'SELECT max("on") FROM contact WHERE contact.person_id = {person} '
        f"AND contact.outcome IN ({outcomes})"
    )
    sent = f"SELECT max(sent_on) FROM signal WHERE signal.person_id = {person}"
    # max() of several values is NULL as soon as one is; ISO dates sort after ''.
    return f"nullif(max(coalesce(({logged}), ''), coalesce(({sent}), '')), '')"


def _refresh(person: str) -> str:
    return f"UPDATE person SET last_contact_on = {_latest(person)} WHERE id = {person};"


def _triggers(table: str, day: str) -> list[str]:
    columns = f'person_id, "{day}"' + (", outcome" if table == "contact" else "")
    return [
        f"CREATE TRIGGER last_contact_{table}_insert AFTER INSERT ON {table} "
        f"BEGIN {_refresh('NEW.person_id')} END",
        f"CREATE TRIGGER last_contact_{table}_update AFTER UPDATE OF {columns} ON {table} "
        f"BEGIN {_refresh('OLD.person_id')} {_refresh('NEW.person_id')} END",
        f"CREATE TRIGGER last_contact_{table}_delete AFTER DELETE ON {table} "
        f"BEGIN {_refresh('OLD.person_id')} END",
    ]


TRIGGER_SQL = (*_triggers("contact", "on"), *_triggers("signal", "sent_on"))
TRIGGER_NAMES = tuple(
    f"last_contact_{table}_{event}"
    for table in ("contact", "signal")
    for event in ("insert", "update", "delete")
)


# PostgreSQL's counterpart (a later issue puts notebooks on a server; tried on PostgreSQL 15 in
# a spike, not yet by the test suite): one function, one trigger per table.
POSTGRESQL_SQL = (
    """CREATE FUNCTION last_contact_refresh(pid integer) RETURNS void LANGUAGE sql AS $$
      UPDATE person SET last_contact_on = GREATEST(
        (SELECT max("on") FROM contact WHERE person_id = pid
           AND outcome IN ('reached', 'left_message')),
        (SELECT max(sent_on) FROM signal WHERE person_id = pid))
      WHERE id = pid $$""",
    """CREATE FUNCTION last_contact_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM last_contact_refresh(OLD.person_id); END IF;
      IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.person_id IS DISTINCT FROM OLD.person_id)
      THEN PERFORM last_contact_refresh(NEW.person_id); END IF;
      RETURN NULL;
    END $$""",
    """CREATE TRIGGER last_contact_contact
      AFTER INSERT OR DELETE OR UPDATE OF person_id, "on", outcome ON contact
      FOR EACH ROW EXECUTE FUNCTION last_contact_trigger()""",
    """CREATE TRIGGER last_contact_signal
      AFTER INSERT OR DELETE OR UPDATE OF person_id, sent_on ON signal
      FOR EACH ROW EXECUTE FUNCTION last_contact_trigger()""",
    "SELECT last_contact_refresh(id) FROM person",
)


def upgrade() -> None:
    op.add_column("person", sa.Column("last_contact_on", sa.Date(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRESQL_SQL:
            op.execute(statement)
        return
    op.execute(f"UPDATE person SET last_contact_on = {_latest('person.id')}")
    for statement in TRIGGER_SQL:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS last_contact_contact ON contact")
        op.execute("DROP TRIGGER IF EXISTS last_contact_signal ON signal")
        op.execute("DROP FUNCTION IF EXISTS last_contact_trigger()")
        op.execute("DROP FUNCTION IF EXISTS last_contact_refresh(integer)")
        op.drop_column("person", "last_contact_on")
        return
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    # Not batch mode: rebuilding `person` would drop the search index's triggers on it.
    op.execute("ALTER TABLE person DROP COLUMN last_contact_on")
