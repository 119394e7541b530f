"""The mention kept on a personal detail: suggested when added, the user's once corrected."""

from __future__ import annotations

from relnotebook.core.models import Language
from relnotebook.core.people.details import add_detail, update_detail
from relnotebook.core.people.service import add_person, get_person
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook


def _detail(notebook: Notebook, person_id: int, detail_id: int):
    page = get_person(notebook, person_id)
    assert page is not None
    return next(d for d in page.details if d.id == detail_id)


def test_a_new_detail_gets_its_suggested_mentions(notebook: Notebook) -> None:
    robert = add_person(notebook, PersonFields(given_name="Robert", language=Language.ENGLISH))
    french = add_detail(notebook, robert, text="Fait du vélo de montagne à Bromont")
    detail = _detail(notebook, robert, french)
    assert (detail.mention_tu, detail.mention_vous, detail.mention_en) == (
        "ton vélo de montagne à Bromont",
        "votre vélo de montagne à Bromont",
        "",  # a French detail has no English mention: a draft never mixes languages
    )
    # No clue in the text: the person's language decides.
    yoga = _detail(notebook, robert, add_detail(notebook, robert, text="Yoga"))
    assert yoga.mention_en == "your yoga"


def test_a_new_text_brings_new_mentions_unless_the_user_corrected_them(
    notebook: Notebook,
) -> None:
    robert = add_person(notebook, PersonFields(given_name="Robert"))
    chalet = add_detail(notebook, robert, text="Rénove son chalet")
    update_detail(notebook, chalet, {"text": "Rénove son chalet à Magog"})
    detail = _detail(notebook, robert, chalet)
    assert detail.mention_tu == "la rénovation de ton chalet à Magog"
    update_detail(notebook, chalet, {"mention_tu": "  les rénos   de ton chalet "})
    update_detail(notebook, chalet, {"text": "Rénove son chalet à Magog cet hiver"})
    detail = _detail(notebook, robert, chalet)
    assert detail.mention_tu == "les rénos de ton chalet"  # the user's, kept
    assert detail.mention_vous == "la rénovation de votre chalet à Magog cet hiver"
