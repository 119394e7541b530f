"""Referrals and the newsletter list, as the advisor uses them."""

from __future__ import annotations

import csv
import io

from PySide6.QtWidgets import QDialog, QFileDialog

from relnotebook.core.models import NewsletterStatus, ReferralKind, ReferralOutcome
from relnotebook.core.people.service import list_people
from relnotebook.core.referrals.newsletter import current_status
from relnotebook.core.referrals.service import list_referrals
from relnotebook.gui.dialogs.consent import ConsentDialog
from relnotebook.gui.dialogs.referral import NEW_PERSON, ReferralDialog


def person_id(window, name: str) -> int:
    return next(p.id for p in list_people(window.notebook) if p.name == name)


def test_the_referrals_view_shows_the_share_a_chart_and_the_connectors(qtbot, demo_window):
    window = demo_window
    window.show_view(3)
    page = window.referrals
    assert "new clients from referrals" in page.summary.text()
    assert "from reciprocal arrangements" in page.summary.text()
    chart = page.chart.chart()
    assert chart is not None and chart.series() and chart.series()[0].count() == 3
    image = page.chart.grab().toImage()
    assert not image.isNull() and image.width() > 100
    # Some pixels of the bars differ from the background: the chart really drew something.
    colours = {image.pixel(x, image.height() // 2) for x in range(0, image.width(), 7)}
    assert len(colours) > 2
    names = [page.connectors_model.item(r).name for r in range(page.connectors_model.rowCount())]
    assert "Isabelle Fortin" in names


def test_thank_a_connector_opens_the_composer(qtbot, demo_window):
    window = demo_window
    window.show_view(3)
    window.referrals.connectors.selectRow(0)
    window.referrals.thank_button.click()
    qtbot.waitUntil(lambda: window.controllers.messages.dialog is not None)
    assert (
        window.controllers.messages.dialog.person.name
        == window.referrals.connectors_model.item(0).name
    )


def test_a_referral_with_someone_new_and_the_refusals(qtbot, demo_window):
    window = demo_window
    isabelle = person_id(window, "Isabelle Fortin")
    dialog = ReferralDialog(
        window.editor,
        list_people(window.notebook),
        partner_id=isabelle,
        clock=window.clock,
        parent=window,
    )
    qtbot.addWidget(dialog)
    before = len(list_people(window.notebook))
    # to herself: refused inline, nothing written
    dialog.referred.setCurrentIndex(dialog.referred.findData(isabelle))
    dialog.save()
    assert "referred to themselves" in dialog.error.text()
    # an outcome without a person: refused too
    dialog.referred.setCurrentIndex(0)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(ReferralOutcome.CLIENT.value))
    dialog.save()
    assert "Say who was referred" in dialog.error.text()
    assert len(list_people(window.notebook)) == before
    # someone new, created on the spot
    dialog.new_name.setText("Chantal Lévesque")
    dialog.new_name.textEdited.emit("Chantal Lévesque")
    assert dialog.referred.currentData() == NEW_PERSON
    dialog.kind.setCurrentIndex(dialog.kind.findData(ReferralKind.TRUST.value))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    newest = max(list_referrals(window.notebook), key=lambda r: r.id)
    assert (newest.partner_name, newest.referred_name) == ("Isabelle Fortin", "Chantal Lévesque")
    window.open_person(isabelle)
    assert "trust" in window.people.person_page.referrals.balance.text()


def test_consent_and_the_sending_list(qtbot, demo_window, monkeypatch, tmp_path):
    window = demo_window
    paul = person_id(window, "Paul Gagnon")
    window.open_person(paul)
    dialog = ConsentDialog(window.editor, window.people.person_page.person, window.clock, window)
    qtbot.addWidget(dialog)
    dialog.save()  # subscribed, express in writing, today
    assert current_status(window.notebook, paul).status == NewsletterStatus.SUBSCRIBED
    assert "Subscribed" in window.people.person_page.referrals.newsletter.text()

    window.show_view(4)
    target = tmp_path / "list.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.newsletter.export()
    rows = list(csv.DictReader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    emails = {row["email"] for row in rows}
    assert "paul.gagnon@gagnontransport.example" in emails or any("paul" in e for e in emails)
    declined = {p.email for p in list_people(window.notebook) if p.name == "Pierre Gauthier"}
    assert not emails & declined
    assert target.stat().st_mode & 0o777 == 0o600


def test_an_expiring_implied_consent_is_on_today(qtbot, demo_window):
    window = demo_window
    model = window.today.model
    rows = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Ask for express consent — Julie Martel" in rows
