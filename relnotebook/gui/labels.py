"""User-visible names of domain values, translated, and dates in the user's locale."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from relnotebook.core.models import (
    ConsentBasis,
    DetailKind,
    Language,
    NewsletterStatus,
    ReferralKind,
    ReferralOutcome,
    SignalKind,
    SignalResponse,
    Stage,
)


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


def format_percent(ratio: float | None) -> str:
    """A share as a percentage in the user's language: "42%" in English, "42 %" in French
    (a narrow no-break space). The digits come from QLocale; where the sign goes is the
    translation's ("%1%"), as QLocale has no percentage format. No ratio: a dash."""
    if ratio is None:
        return "—"
    number = QLocale().toString(round(ratio * 100))
    return QCoreApplication.translate("labels", "%1%").replace("%1", number)


def quarter_label(year: int, quarter: int) -> str:
    """A calendar quarter: "Q3 2026", "T3 2026" in French (trimestre)."""
    return (
        QCoreApplication.translate("labels", "Q%1 %2")
        .replace("%1", str(quarter))
        .replace("%2", str(year))
    )


def referral_kind_label(kind: ReferralKind) -> str:
    return {
        ReferralKind.RECIPROCAL: QCoreApplication.translate("referrals", "Reciprocal arrangement"),
        ReferralKind.TRUST: QCoreApplication.translate("referrals", "Trust (spontaneous)"),
        ReferralKind.PARTNERSHIP: QCoreApplication.translate(
            "referrals", "Partnership (multidisciplinary)"
        ),
    }[kind]


def referral_outcome_label(outcome: ReferralOutcome) -> str:
    return {
        ReferralOutcome.NOTHING_YET: QCoreApplication.translate("referrals", "Nothing yet"),
        ReferralOutcome.MANDATE: QCoreApplication.translate("referrals", "A mandate"),
        ReferralOutcome.CLIENT: QCoreApplication.translate("referrals", "Became a client"),
    }[outcome]


def signal_kind_label(kind: SignalKind) -> str:
    return {
        SignalKind.NEXT_DAY_NOTE: QCoreApplication.translate("today", "Next-day thank-you"),
        SignalKind.COFFEE_INVITATION: QCoreApplication.translate("today", "Coffee invitation"),
        SignalKind.ASK_HOW_IT_WENT: QCoreApplication.translate("today", "Ask how it went"),
        SignalKind.NEWSLETTER_OFFER: QCoreApplication.translate("today", "Newsletter offer"),
        SignalKind.OTHER: QCoreApplication.translate("today", "Other message"),
    }[kind]


def response_label(response: SignalResponse) -> str:
    return {
        SignalResponse.PENDING: QCoreApplication.translate("signals", "No answer yet"),
        SignalResponse.INTERESTED: QCoreApplication.translate("signals", "Interested"),
        SignalResponse.DECLINED: QCoreApplication.translate("signals", "Declined"),
        SignalResponse.NO_REPLY: QCoreApplication.translate("signals", "No reply"),
        SignalResponse.REPLIED: QCoreApplication.translate(
            "signals", "Replied (found in your mail)"
        ),
    }[response]


def basis_label(basis: ConsentBasis | None) -> str:
    if basis is None:
        return ""
    return {
        ConsentBasis.EXPRESS_WRITTEN: QCoreApplication.translate(
            "newsletter", "Express, in writing"
        ),
        ConsentBasis.EXPRESS_VERBAL: QCoreApplication.translate("newsletter", "Express, verbal"),
        ConsentBasis.IMPLIED_BUSINESS: QCoreApplication.translate(
            "newsletter", "Implied: business relationship"
        ),
        ConsentBasis.IMPLIED_INQUIRY: QCoreApplication.translate("newsletter", "Implied: inquiry"),
    }[basis]


def format_taken_at(taken_at: dt.datetime) -> str:
    """ "23 Nov 2026 08:30" in the user's language."""
    time = QLocale().toString(QTime(taken_at.hour, taken_at.minute), QLocale.FormatType.ShortFormat)
    return f"{format_date(taken_at.date())} {time}"


def newsletter_status_label(status: NewsletterStatus | None) -> str:
    return {
        None: QCoreApplication.translate("newsletter", "Not asked"),
        NewsletterStatus.NOT_ASKED: QCoreApplication.translate("newsletter", "Not asked"),
        NewsletterStatus.SUBSCRIBED: QCoreApplication.translate("newsletter", "Subscribed"),
        NewsletterStatus.DECLINED: QCoreApplication.translate("newsletter", "Declined"),
        NewsletterStatus.UNSUBSCRIBED: QCoreApplication.translate("newsletter", "Unsubscribed"),
    }[status]
