"""each person's check-in filed in an index, so that Today reads only the calls coming due

Revision ID: 0023
Revises: 0019
Create Date: 2026-12-07

Today's due calls were found by computing a due day for everyone with a cadence (22,000 people
in a notebook of 50,000) and keeping those within the look-ahead. Now each person with a
cadence is filed under `person.checkin_group` and `person.checkin_key`, indexed together:

- a cadence of their own: group 'own', key = their due day (last contact, or the day they were
  added, + that cadence);
- a client on their tier's cadence: group = the tier ('B' when none is set), key = the day it
  counts from (last contact, or the day they were added). The tier's cadence is a setting: it
  is added when reading (`key <= horizon - cadence`), so changing it rewrites nothing;
- anyone else: NULL, NULL.

So the due query reads one index range per group (`checkins.due._due_query`) and the rules
still decide among what it reads. The rule is `checkins.rules.checkin_filing`; these statements
say it in SQL, and a test proves they agree on every case (tests/test_checkin_filing.py).
Triggers keep both columns exact in the same transaction as the change, whatever made it (a
contact logged or taken back, through `last_contact_on`'s own triggers, migration 0008; a stage
or a plan changed; an import, a merge, a sync, a restore). A migration that rebuilds `person`
or `checkin_plan` drops these triggers and must create them again (`TRIGGER_SQL`).

Also for Today: the proactive share counts a year of contacts per outcome and who started them
in ranges of `ix_contact_share` (outcome, who, day), which replaces 0014's `ix_contact_on_who`
(day, outcome, who), over which it had to sum row by row.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWN = "own"
CLIENT = "client"  # Stage.CLIENT
DEFAULT_TIER = "B"  # settings.DEFAULT_TIER


def _filing(person: str, postgresql: bool) -> str:
    """SET clause: the group and key of the person whose id is the SQL expression `person`."""
    start = (
        "coalesce(person.last_contact_on, CAST(person.created_at AS DATE))"
        if postgresql
        else "coalesce(person.last_contact_on, date(person.created_at))"
    )
    own_due = (
        f"({start} + plan.cadence_days)"
        if postgresql
        else f"date(julianday({start}) + plan.cadence_days)"
    )
    plan = f"FROM (SELECT 1) AS one LEFT JOIN checkin_plan AS plan ON plan.person_id = {person}"
    group = (
        f"(SELECT CASE WHEN plan.cadence_days IS NOT NULL THEN '{OWN}' "
        f"WHEN person.stage = '{CLIENT}' THEN coalesce(plan.tier, '{DEFAULT_TIER}') END {plan})"
    )
    key = (
        f"(SELECT CASE WHEN plan.cadence_days IS NOT NULL THEN {own_due} "
        f"WHEN person.stage = '{CLIENT}' THEN {start} END {plan})"
    )
    return f"checkin_group = {group}, checkin_key = {key}"


def _refresh(person: str) -> str:
    return f"UPDATE person SET {_filing(person, postgresql=False)} WHERE id = {person};"


TRIGGER_SQL = (
    f"CREATE TRIGGER checkin_key_person_insert AFTER INSERT ON person "
    f"BEGIN {_refresh('NEW.id')} END",
    "CREATE TRIGGER checkin_key_person_update "
    "AFTER UPDATE OF stage, created_at, last_contact_on ON person "
    f"BEGIN {_refresh('NEW.id')} END",
    f"CREATE TRIGGER checkin_key_plan_insert AFTER INSERT ON checkin_plan "
    f"BEGIN {_refresh('NEW.person_id')} END",
    "CREATE TRIGGER checkin_key_plan_update "
    "AFTER UPDATE OF person_id, tier, cadence_days ON checkin_plan "
    f"BEGIN {_refresh('OLD.person_id')} {_refresh('NEW.person_id')} END",
    f"CREATE TRIGGER checkin_key_plan_delete AFTER DELETE ON checkin_plan "
    f"BEGIN {_refresh('OLD.person_id')} END",
)
TRIGGER_NAMES = (
    "checkin_key_person_insert",
    "checkin_key_person_update",
    "checkin_key_plan_insert",
    "checkin_key_plan_update",
    "checkin_key_plan_delete",
)

POSTGRESQL_SQL = (
    "CREATE FUNCTION checkin_key_refresh(pid integer) RETURNS void LANGUAGE sql AS $$ "
    f"UPDATE person SET {_filing('pid', postgresql=True)} WHERE id = pid $$",
    """CREATE FUNCTION checkin_key_person() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM checkin_key_refresh(NEW.id); RETURN NULL; END $$""",
    """CREATE TRIGGER checkin_key_person
      AFTER INSERT OR UPDATE OF stage, created_at, last_contact_on ON person
      FOR EACH ROW EXECUTE FUNCTION checkin_key_person()""",
    """CREATE FUNCTION checkin_key_plan() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM checkin_key_refresh(OLD.person_id); END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM checkin_key_refresh(NEW.person_id); END IF;
      RETURN NULL;
    END $$""",
    """CREATE TRIGGER checkin_key_plan
      AFTER INSERT OR DELETE OR UPDATE OF person_id, tier, cadence_days ON checkin_plan
      FOR EACH ROW EXECUTE FUNCTION checkin_key_plan()""",
)


def upgrade() -> None:
    # Plain ADD COLUMN: SQLite does not rebuild `person`, so its other triggers stay.
    op.add_column("person", sa.Column("checkin_group", sa.String(), nullable=True))
    op.add_column("person", sa.Column("checkin_key", sa.Date(), nullable=True))
    postgresql = op.get_bind().dialect.name == "postgresql"
    op.execute(f"UPDATE person SET {_filing('person.id', postgresql)}")
    op.create_index("ix_person_checkin", "person", ["checkin_group", "checkin_key"])
    for statement in POSTGRESQL_SQL if postgresql else TRIGGER_SQL:
        op.execute(statement)
    op.drop_index("ix_contact_on_who", table_name="contact")
    op.create_index("ix_contact_share", "contact", ["outcome", "initiated_by", "on"])


def downgrade() -> None:
    op.drop_index("ix_contact_share", table_name="contact")
    op.create_index("ix_contact_on_who", "contact", ["on", "outcome", "initiated_by"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS checkin_key_person ON person")
        op.execute("DROP TRIGGER IF EXISTS checkin_key_plan ON checkin_plan")
        op.execute("DROP FUNCTION IF EXISTS checkin_key_person()")
        op.execute("DROP FUNCTION IF EXISTS checkin_key_plan()")
        op.execute("DROP FUNCTION IF EXISTS checkin_key_refresh(integer)")
    else:
        for name in TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_person_checkin", table_name="person")
    # DROP COLUMN, not a batch rebuild, which would drop the search index's triggers on person.
    op.execute("ALTER TABLE person DROP COLUMN checkin_key")
    op.execute("ALTER TABLE person DROP COLUMN checkin_group")
