"""User-visible names of domain values, translated, and dates in the user's locale."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from relnotebook.models import DetailKind, Language, Stage


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def stage_label(stage: Stage | str) -> str:
    return {
        Stage.ACQUAINTANCE: _t("Acquaintance"),
        Stage.PROSPECT: _t("Prospect"),
        Stage.CLIENT: _t("Client"),
        Stage.FORMER_CLIENT: _t("Former client"),
    }[Stage(stage)]


def kind_label(kind: DetailKind | str) -> str:
    return {
        DetailKind.TRIP: _t("Trip"),
        DetailKind.HOBBY: _t("Hobby"),
        DetailKind.FAMILY: _t("Family"),
        DetailKind.WORK: _t("Work"),
        DetailKind.BUSY: _t("Busy period"),
        DetailKind.OTHER: _t("Other"),
    }[DetailKind(kind)]


def language_label(language: Language | str) -> str:
    return {Language.FRENCH: _t("French"), Language.ENGLISH: _t("English")}[Language(language)]


def prospect_label(value: bool | None) -> str:
    return {None: _t("Not decided"), True: _t("Yes"), False: _t("No")}[value]


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
