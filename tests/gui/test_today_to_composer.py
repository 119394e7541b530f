"""Every prompt kind on Today opens the composer on the message its row names (issue 20)."""

from __future__ import annotations

import datetime as dt

from relnotebook.core.events.service import EventFields, create_event, link_person
from relnotebook.core.models import DetailKind, SignalKind
from relnotebook.core.outreach import signals
from relnotebook.core.outreach.rules import Prompt, PromptKind
from relnotebook.core.people.details import add_detail
from relnotebook.core.people.service import add_person
from relnotebook.core.people.views import PersonFields
from relnotebook.gui.models.today import prompt_kind_label
from tests.conftest import TODAY
from tests.gui.test_signals_flow import open_compose_from_today

DAY = dt.timedelta(days=1)


def _more_kinds(notebook) -> None:
    """The demo has next-day coffees and newsletters, "how did it go" and newsletter offers;
    add a plain thank-you, a coffee once the busy period is over, and a follow-up."""
    nina = add_person(notebook, PersonFields(given_name="Nina", family_name="Merci"))
    omar = add_person(notebook, PersonFields(given_name="Omar", family_name="Café"))
    pia = add_person(notebook, PersonFields(given_name="Pia", family_name="Suivi"))
    with notebook.session() as session:
        yesterday = create_event(session, EventFields("Dîner des anciens", TODAY - DAY))
        long_ago = create_event(session, EventFields("Congrès", TODAY - 200 * DAY))
        link_person(session, yesterday, nina)
        link_person(session, long_ago, omar)
    add_detail(
        notebook,
        omar,
        text="Fait du vélo de montagne à Bromont",
        kind=DetailKind.HOBBY,
        mentioned_on=TODAY - 200 * DAY,
    )
    add_detail(
        notebook,
        omar,
        text="Très occupé jusqu'à la fin du mois",
        kind=DetailKind.BUSY,
        mentioned_on=TODAY - 200 * DAY,
        ends_on=TODAY - 5 * DAY,
    )
    add_detail(notebook, pia, text="Rénove son chalet", kind=DetailKind.OTHER)
    signals.add_follow_up(notebook, pia, due_on=TODAY, kind=SignalKind.ASK_HOW_IT_WENT.value)


def test_every_prompt_kind_opens_the_message_its_row_names(qtbot, demo_window):
    window = demo_window
    _more_kinds(window.notebook)
    window.show_view(0)
    window.today.reload()
    model = window.today.model
    prompts = [
        item
        for item in (model.item(r) for r in range(model.rowCount()))
        if isinstance(item, Prompt) and item.suggested is not None
    ]
    walked: set[PromptKind] = set()
    follow_ups = 0
    opened: set[SignalKind] = set()
    for prompt in prompts:
        title = next(
            model.index(r, 0).data()
            for r in range(model.rowCount())
            if model.item(r) is not None and getattr(model.item(r), "key", None) == prompt.key
        )
        dialog = open_compose_from_today(qtbot, window, prompt.person_name)
        template = dialog.chosen_template()
        assert template.reference == f"builtin:{prompt.suggested.value}", title
        assert title.startswith(prompt_kind_label(PromptKind(prompt.suggested.value))), title
        context = dialog.context()
        if context.mention and prompt.suggested != SignalKind.NEWSLETTER_OFFER:
            assert context.mention in dialog.body.toPlainText()  # the newsletter needs none
        dialog.reject()
        qtbot.waitUntil(lambda shown=dialog: not shown.isVisible())
        walked.add(prompt.kind)
        follow_ups += prompt.follow_up is not None
        opened.add(prompt.suggested)
    # A follow-up to send a message is of that message's kind; "follow_up" is a coffee agreed,
    # with nothing to write (its row says "Mark as done"); "replied" is an answer found in the
    # mailbox, whose row opens the person (tests/test_mail_log.py).
    assert walked == set(PromptKind) - {PromptKind.FOLLOW_UP, PromptKind.REPLIED}
    assert follow_ups == 1
    assert opened == {
        SignalKind.NEXT_DAY_NOTE,
        SignalKind.COFFEE_INVITATION,
        SignalKind.ASK_HOW_IT_WENT,
        SignalKind.NEWSLETTER_OFFER,
    }


def test_a_thank_you_row_is_called_next_day_note(qtbot, demo_window):
    window = demo_window
    _more_kinds(window.notebook)
    window.show_view(0)
    window.today.reload()
    dialog = open_compose_from_today(qtbot, window, "Nina Merci")
    assert dialog.chosen_template().reference == "builtin:next_day_note"
    assert dialog.body.toPlainText().startswith(
        "Nina, un petit mot pour te dire que j’ai vraiment apprécié notre conversation d’hier soir."
    )
    dialog.reject()
