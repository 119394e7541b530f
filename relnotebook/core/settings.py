"""Preferences stored in the notebook itself, so they travel with it.

Each setting has a key, a default and a check; the Settings dialog (a later feature) and the
command line read and write them here, never with their own defaults.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlmodel import Session, select

from relnotebook.core.models import Setting
from relnotebook.core.outreach.rules import DEFAULT_QUIET_DAYS
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook


@dataclass(frozen=True)
class IntSetting:
    key: str
    default: int
    minimum: int
    maximum: int


@dataclass(frozen=True)
class TextSetting:
    key: str
    default: str
    max_length: int = 200


# After a message left without reply, how long before another is suggested (no chasing).
QUIET_PERIOD_DAYS = IntSetting("signals.quiet_period_days", DEFAULT_QUIET_DAYS, 7, 3650)
# Check-in cadence by client tier, in days (domain.md, section 2).
TIER_CADENCE_DAYS = {
    "A": IntSetting("checkins.cadence_a_days", 30, 1, 3650),
    "B": IntSetting("checkins.cadence_b_days", 90, 1, 3650),
    "C": IntSetting("checkins.cadence_c_days", 180, 1, 3650),
}
# Clients without a tier are checked in with at this cadence.
DEFAULT_TIER = "B"
# How far ahead Today shows check-ins coming due: calls happen before the long weekend.
LOOKAHEAD_DAYS = IntSetting("checkins.lookahead_days", 7, 0, 60)
# When a client leaves, get back in touch after this long.
RECONTACT_MONTHS = IntSetting("departures.recontact_months", 6, 1, 36)

# Referrals (domain.md, section 3): reciprocity is fine in a small share of new clients; above
# this percentage the report says so.
RECIPROCITY_TARGET_PERCENT = IntSetting("referrals.reciprocity_target_percent", 20, 0, 100)
# One referrer bringing more than this percentage of new clients is a key-person risk.
KEY_PERSON_PERCENT = IntSetting("referrals.key_person_percent", 30, 1, 100)
# Implied newsletter consent that expires within this many days is listed for renewal.
CONSENT_WARNING_DAYS = IntSetting("newsletter.consent_warning_days", 60, 0, 730)

# Automatic backups (store/files/backups.py): the newest of each of the last N days that have
# one, then the newest of each of the last M weeks before those. The newest backup is always kept.
BACKUP_DAILY = IntSetting("backups.daily", 7, 1, 90)
BACKUP_WEEKLY = IntSetting("backups.weekly", 4, 0, 104)

# The mail log (core.mail): the user's own addresses (tell sent from received; several, one a
# line), whether the subject goes into the logged contact's note, how far back the first read
# of a mailbox goes, how often the app reads the mailboxes again.
MAIL_MY_ADDRESSES = TextSetting("mail.my_addresses", "", max_length=4000)
MAIL_READ_SUBJECT = IntSetting("mail.read_subject", 0, 0, 1)
MAIL_FIRST_MONTHS = IntSetting("mail.first_read_months", 12, 1, 120)
MAIL_EVERY_MINUTES = IntSetting("mail.every_minutes", 30, 5, 1440)
# The DAV server of File › Sync Settings (none: nothing touches the network) and how often the
# app syncs while open (0: only on Sync Now).
SYNC_URL = TextSetting("sync.url", "", max_length=2000)
SYNC_USER = TextSetting("sync.user", "", max_length=200)
SYNC_EVERY_MINUTES = IntSetting("sync.every_minutes", 0, 0, 1440)

# Phone numbers typed without a country code are read as this country's (ISO 3166 code).
PHONE_REGION = TextSetting("phones.default_region", "CA", max_length=2)

# The advisor's name, to sign messages.
SENDER_NAME = TextSetting("signals.sender_name", "")

# How French messages address people whose form is not set: « tu », as in the seed's examples.
FRENCH_FORM = TextSetting("signals.french_form", "tu", max_length=4)

# Where the user chose to keep this notebook despite the cloud-sync warning: the warning is shown
# once per place, and again if the notebook turns up in another synced folder.
SYNC_FOLDER_KEPT_AT = TextSetting("locations.sync_folder_kept_at", "", max_length=4096)


@dataclass(frozen=True)
class Values:
    """Every stored setting, read in one query: Today needs six of them at once, and reading
    each through its own transaction cost more than the rule it configures."""

    stored: Mapping[str, str]

    def int(self, setting: IntSetting) -> int:
        return _as_int(self.stored.get(setting.key), setting)

    def text(self, setting: TextSetting) -> str:
        stored = self.stored.get(setting.key)
        return setting.default if stored is None else stored


def read_all(notebook: Notebook) -> Values:
    with notebook.reader() as session:
        rows = session.connection().execute(select(Setting.key, Setting.value)).all()
    return Values(dict(rows))


def _as_int(stored: str | None, setting: IntSetting) -> int:
    try:
        value = int(stored) if stored is not None else setting.default
    except ValueError:
        return setting.default
    return min(max(value, setting.minimum), setting.maximum)


def _stored(notebook: Notebook, key: str) -> str | None:
    with notebook.reader() as session:
        row = session.get(Setting, key)
        return row.value if row else None


def _store(notebook: Notebook, key: str, value: str) -> None:
    with notebook.session() as session:
        _put(session, key, value)


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key) or Setting(key=key, value=value)
    row.value = value
    session.add(row)


def get_int(notebook: Notebook, setting: IntSetting) -> int:
    return _as_int(_stored(notebook, setting.key), setting)


def set_int(notebook: Notebook, setting: IntSetting, value: int) -> None:
    if not setting.minimum <= value <= setting.maximum:
        raise ValidationError(
            setting.key,
            "Choose a number from {minimum} to {maximum}.",
            minimum=str(setting.minimum),
            maximum=str(setting.maximum),
        )
    _store(notebook, setting.key, str(value))


def get_text(notebook: Notebook, setting: TextSetting) -> str:
    stored = _stored(notebook, setting.key)
    return setting.default if stored is None else stored


def french_form(values: Values) -> str:
    """The default French form of address, "tu" or "vous" (anything else stored reads "tu")."""
    stored = values.text(FRENCH_FORM)
    return stored if stored in ("tu", "vous") else FRENCH_FORM.default


def _checked_text(setting: TextSetting, value: str) -> str:
    value = value.strip()
    if len(value) > setting.max_length:
        raise ValidationError(
            setting.key, "At most {max_length} characters.", max_length=str(setting.max_length)
        )
    return value


def set_text(notebook: Notebook, setting: TextSetting, value: str) -> None:
    _store(notebook, setting.key, _checked_text(setting, value))


def set_text_in(session: Session, setting: TextSetting, value: str) -> None:
    """`set_text` inside the caller's transaction."""
    _put(session, setting.key, _checked_text(setting, value))
