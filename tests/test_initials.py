"""Initials in avatars (issue 21, item 2)."""

from __future__ import annotations

import pytest

from relnotebook.core.people.initials import hue, initials, initials_of


@pytest.mark.parametrize(
    ("given", "family", "preferred", "expected"),
    [
        ("Jean-François", "Côté", "", "JC"),
        ("Robert", "Tremblay", "Bob", "BT"),
        ("élise", "d'Amours", "", "ÉA"),
        ("Madonna", "", "", "M"),
        ("", "O’Brien", "", "O"),
        ("Lise", "l’Heureux", "", "LH"),
        ("", "", "", "?"),
        ("123", "!!!", "", "?"),
    ],
)
def test_initials_of_the_name_they_go_by(given, family, preferred, expected) -> None:
    assert initials(given, family, preferred) == expected


def test_initials_of_a_shown_name_use_its_first_and_last_words() -> None:
    assert initials_of("Marie de la Fontaine") == "MF"


def test_the_hue_is_stable_and_spread() -> None:
    assert hue("Robert Tremblay") == hue("Robert Tremblay")
    assert 0 <= hue("x") < 360
    assert len({hue(f"Person {n}") for n in range(50)}) > 20
