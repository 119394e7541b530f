"""Short wishes for a birthday or an anniversary, in English and in French with « tu » or
« vous » (domain.md, "Writing to people": a message never mixes them).

Rendered like every template (`render.render`: the same sandbox, the same variables), so a
user's own wording can replace them later. In Quebec a birthday is « Bonne fête! ».
"""

from __future__ import annotations

from relnotebook.core.outreach.messages.render import MessageContext, RenderedMessage, render
from relnotebook.core.people.occasions import OccasionKind

TU, VOUS = "tu", "vous"
_SIGNATURE = "\n{% if sender_name %}\n\n{{ sender_name }}\n{% endif %}\n"

# (kind, "en" | "fr-tu" | "fr-vous") -> the template.
SOURCES: dict[tuple[OccasionKind, str], str] = {
    (OccasionKind.BIRTHDAY, "en"): (
        "Subject: Happy birthday!\n\n{{ first_name }}, happy birthday! "
        "I hope you have a wonderful day." + _SIGNATURE
    ),
    (OccasionKind.BIRTHDAY, "fr-tu"): (
        "Subject: Bonne fête!\n\n{{ first_name }}, bonne fête! "
        "Je te souhaite une très belle journée." + _SIGNATURE
    ),
    (OccasionKind.BIRTHDAY, "fr-vous"): (
        "Subject: Bonne fête!\n\n{{ first_name }}, bonne fête! "
        "Je vous souhaite une très belle journée." + _SIGNATURE
    ),
    (OccasionKind.ANNIVERSARY, "en"): (
        "Subject: Happy anniversary!\n\n{{ first_name }}, happy anniversary! "
        "I hope you have a lovely day together." + _SIGNATURE
    ),
    (OccasionKind.ANNIVERSARY, "fr-tu"): (
        "Subject: Bon anniversaire de mariage!\n\n{{ first_name }}, bon anniversaire de "
        "mariage! Je te souhaite une très belle journée à deux." + _SIGNATURE
    ),
    (OccasionKind.ANNIVERSARY, "fr-vous"): (
        "Subject: Bon anniversaire de mariage!\n\n{{ first_name }}, bon anniversaire de "
        "mariage! Je vous souhaite une très belle journée à deux." + _SIGNATURE
    ),
}


def variant(language: str, form: str = VOUS) -> str:
    """ "en", "fr-tu" or "fr-vous": « vous » unless told otherwise, the safe form with clients."""
    if language != "fr":
        return "en"
    return "fr-tu" if form == TU else "fr-vous"


def occasion_message(
    kind: OccasionKind, context: MessageContext, form: str = VOUS
) -> RenderedMessage:
    """The wishes for one person, in their language and form of address."""
    return render(SOURCES[(kind, variant(context.language, form))], context)
