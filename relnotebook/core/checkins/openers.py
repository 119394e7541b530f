"""Ways to open a two-minute call: no agenda, the client in control (domain.md, section 2).

The call dialog offers them in the client's language and form of address, so the advisor can
read one out as it is. They come from the seed article; the third opener of the article, a
question about a personal detail, is built by the dialog from what the person told you.
"""

from __future__ import annotations

from typing import Literal

Form = Literal["tu", "vous"]

TWO_MINUTES = 120  # seconds: the call the article asks for
NEARLY_TWO_MINUTES = 105  # the timer says two minutes are coming from here

_FRENCH: dict[str, tuple[str, ...]] = {
    "vous": (
        "Je fais le tour de mes clients cette semaine, juste pour voir comment vous vivez ce qui "
        "se passe sur les marchés. Rien à changer, je voulais simplement prendre de vos nouvelles.",
        "Petit appel avant le long congé : y a-t-il quelque chose qui vous préoccupe?",
    ),
    "tu": (
        "Je fais le tour de mes clients cette semaine, juste pour voir comment tu vis ce qui "
        "se passe sur les marchés. Rien à changer, je voulais simplement prendre de tes nouvelles.",
        "Petit appel avant le long congé : y a-t-il quelque chose qui te préoccupe?",
    ),
}
_ENGLISH: tuple[str, ...] = (
    "I’m calling my clients this week just to see how you’re doing with what the markets are "
    "doing; nothing needs to change, I simply wanted to hear from you.",
    "A quick call before the long weekend: anything on your mind?",
)


def openers(language: str, form: Form = "vous") -> tuple[str, ...]:
    """The openers in `language` ("fr" or "en"); in French, in the form of address `form`
    (« vous » unless the person is addressed with « tu »)."""
    if language == "fr":
        return _FRENCH[form]
    if language == "en":
        return _ENGLISH
    raise ValueError(f"Calls are opened in French or English, not {language!r}.")


def clock_text(seconds: int) -> str:
    """ "0:07", "2:00", "12:34": minutes and seconds, as the call timer shows them."""
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes}:{rest:02d}"
