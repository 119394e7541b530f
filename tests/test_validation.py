"""What the user types: email addresses, phone numbers and names."""

from __future__ import annotations

import pytest

from relnotebook.core.validation import (
    display_name,
    normalise_email,
    normalise_phone,
    require_name,
    split_name,
)
from relnotebook.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("jane@example.com", "jane@example.com"),
        ("  Jane.Doe@Example.COM ", "Jane.Doe@example.com"),
        ("j_doe+events@mail.Example.ca", "j_doe+events@mail.example.ca"),
    ],
)
def test_good_emails(typed: str, stored: str) -> None:
    assert normalise_email(typed) == stored


@pytest.mark.parametrize("typed", ["jane", "jane@", "@example.com", "jane@example", "ja ne@x.com"])
def test_bad_emails(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_email(typed)
    assert caught.value.field == "email"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("+1 (514) 555-0199", "+1 (514) 555-0199"),
        ("514.555.0199", "514.555.0199"),
        ("  514   555 0199 ", "514 555 0199"),
        ("514-555-0199 ext. 12", "514-555-0199 ext. 12"),
        ("514 555 0199 poste 7", "514 555 0199 poste 7"),
    ],
)
def test_good_phones(typed: str, stored: str) -> None:
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize("typed", ["call me", "12", "abc 514 555", "514-555-0199 ask for Bob"])
def test_bad_phones(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_phone(typed)
    assert caught.value.field == "phone"


@pytest.mark.parametrize(
    ("full", "parts"),
    [
        ("Robert Tremblay", ("Robert", "Tremblay")),
        ("Jean de la Fontaine", ("Jean", "de la Fontaine")),
        ("Ludwig van Beethoven", ("Ludwig", "van Beethoven")),
        ("Marie Claire  Dupont", ("Marie Claire", "Dupont")),
        ("Madonna", ("Madonna", "")),
    ],
)
def test_split_name(full: str, parts: tuple[str, str]) -> None:
    assert split_name(full) == parts


def test_split_empty_name_is_an_error() -> None:
    with pytest.raises(ValidationError) as caught:
        split_name("   ")
    assert caught.value.field == "name"


def test_display_name_prefers_the_name_they_go_by() -> None:
    assert display_name("Robert", "Tremblay", "Bob") == "Bob Tremblay"
    assert display_name("Robert", "Tremblay") == "Robert Tremblay"
    assert display_name(" Robert ", "Tremblay", "   ") == "Robert Tremblay"
    assert display_name("", "Tremblay") == "Tremblay"


def test_require_name() -> None:
    require_name("", "", "Bob")
    with pytest.raises(ValidationError) as caught:
        require_name(" ", "", "")
    assert caught.value.field == "name"
