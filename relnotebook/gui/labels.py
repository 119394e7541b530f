"""User-visible names of domain values, translated, and dates in the user's locale."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from relnotebook.core.models import DetailKind, Language, Stage


def stage_label(stage: Stage | str) -> str:
    return {
        Stage.ACQUAINTANCE: QCoreApplication.translate("labels", "Acquaintance"),
        Stage.PROSPECT: QCoreApplication.translate("labels", "Prospect"),
        Stage.CLIENT: QCoreApplication.translate("labels", "Client"),
        Stage.FORMER_CLIENT: QCoreApplication.translate("labels", "Former client"),
    }[Stage(stage)]


def kind_label(kind: DetailKind | str) -> str:
    return {
        DetailKind.TRIP: QCoreApplication.translate("labels", "Trip"),
        DetailKind.HOBBY: QCoreApplication.translate("labels", "Hobby"),
        DetailKind.FAMILY: QCoreApplication.translate("labels", "Family"),
        DetailKind.WORK: QCoreApplication.translate("labels", "Work"),
        DetailKind.BUSY: QCoreApplication.translate("labels", "Busy period"),
        DetailKind.BIRTHDAY: QCoreApplication.translate("labels", "Birthday"),
        DetailKind.OTHER: QCoreApplication.translate("labels", "Other"),
    }[DetailKind(kind)]


def language_label(language: Language | str) -> str:
    return {
        Language.FRENCH: QCoreApplication.translate("labels", "French"),
        Language.ENGLISH: QCoreApplication.translate("labels", "English"),
    }[Language(language)]


def prospect_label(value: bool | None) -> str:
    return {
        None: QCoreApplication.translate("labels", "Not decided"),
        True: QCoreApplication.translate("labels", "Yes"),
        False: QCoreApplication.translate("labels", "No"),
    }[value]


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def format_date(value: dt.date | None) -> str:
    """A short date with the month in words, in the user's language: "15 déc. 2026".

    Numeric short formats are ambiguous between fr-CA and en-CA (15/12 or 12/15?)."""
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), "d MMM yyyy")


def format_long_date(value: dt.date) -> str:
    return QLocale().toString(to_qdate(value), QLocale.FormatType.LongFormat)


def format_count(value: int) -> str:
    """A count with the user's digit grouping: "2,313" in English, "2 313" in French."""
    return QLocale().toString(value)
