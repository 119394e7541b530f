"""People: a new person, finding one (Ctrl+F, Ctrl+K), deleting, merging two records of the
same person, and the referral and consent asked for from elsewhere."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from relnotebook.core.people.service import list_people
from relnotebook.core.people.views import PersonFields
from relnotebook.core.validation import split_name
from relnotebook.errors import ValidationError
from relnotebook.gui.controllers.base import Controller
from relnotebook.gui.dialogs.duplicates import DuplicatesDialog
from relnotebook.gui.dialogs.merge import MergeDialog
from relnotebook.gui.dialogs.search import SearchDialog
from relnotebook.gui.i18n import language_for_new_people
from relnotebook.gui.pages.base import PEOPLE


class PeopleController(Controller):
    search_dialog: SearchDialog | None = None
    merge_dialog: MergeDialog | None = None
    duplicates_dialog: DuplicatesDialog | None = None

    def search(self) -> None:
        """Ctrl+K from anywhere: names, notes, details and messages; Enter opens the person."""
        dialog = SearchDialog(self.notebook, parent=self.window)
        dialog.person_chosen.connect(self.window.open_person)
        self.search_dialog = dialog
        dialog.open()

    def find_person(self) -> None:
        self.window.show_view(PEOPLE)
        self.window.people.focus_filter()

    def new_person(self) -> None:
        name, ok = QInputDialog.getText(
            self.window, self.tr("New person"), self.tr("Name:"), QLineEdit.EchoMode.Normal
        )
        if not ok:
            return
        try:
            given, family = split_name(name)
            person_id = self.editor.add_person(
                PersonFields(
                    given_name=given, family_name=family, language=language_for_new_people()
                )
            )
        except ValidationError:
            QMessageBox.information(
                self.window, self.tr("New person"), self.tr("A name is needed.")
            )
            return
        self.window.open_person(person_id)
        page = self.window.people.person_page
        page.show_profile()
        page.profile.edits["organisation"].setFocus()

    def delete_current_person(self) -> None:
        person = self.window.people.person_page.person
        if self.window.current_view() == PEOPLE and person is not None:
            self.confirm_delete_person(person.id, person.name)

    def confirm_delete_person(self, person_id: int, name: str) -> None:
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete %1?").replace("%1", name),
            self.tr(
                "Delete %1 with all their notes and personal details? "
                "You can undo this with Ctrl+Z."
            ).replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.editor.delete_person(person_id, name)
            self.say(self.tr("Deleted %1. Ctrl+Z brings them back.").replace("%1", name))

    def merge_people(self) -> None:
        """The two people selected in the list, or the one shown and another one chosen."""
        people = self.window.people
        selected = people.selected_person_ids() if self.window.current_view() == PEOPLE else []
        if len(selected) == 2:
            keep, other = selected
        else:
            chosen = self.chosen_person()
            if chosen is None:
                return
            second = self._choose_other_person(chosen)
            if second is None:
                return
            keep, other = chosen, second
        self.open_merge(keep, other)

    def open_merge(self, keep: int, other: int, parent: QWidget | None = None) -> None:
        dialog = MergeDialog(self.notebook, keep, other, parent=parent or self.window)
        dialog.accepted.connect(lambda: self._merge(*dialog.choice()))
        self.merge_dialog = dialog
        dialog.open()

    def find_duplicates(self) -> None:
        """Likely pairs across the notebook; one chosen opens the merge."""
        dialog = DuplicatesDialog(self.notebook, self.runner, parent=self.window)
        dialog.pair_chosen.connect(lambda keep, other: self.open_merge(keep, other, dialog))
        dialog.pair_apart.connect(self.editor.not_duplicates)
        self.duplicates_dialog = dialog
        dialog.open()

    def _choose_other_person(self, keep: int) -> int | None:
        others = [p for p in list_people(self.notebook) if p.id != keep]
        if not others:
            self.say(self.tr("There is nobody else to merge with."))
            return None
        labels = [f"{p.name} — {p.organisation}" if p.organisation else p.name for p in others]
        label, ok = QInputDialog.getItem(
            self.window,
            self.tr("Merge duplicates"),
            self.tr("Merge with (the same person entered twice):"),
            labels,
            0,
            False,
        )
        return others[labels.index(label)].id if ok and label in labels else None

    def _merge(self, keep: int, drop: int, take_from_drop: frozenset[str]) -> None:
        self.editor.merge_people(keep, drop, take_from_drop)
        self.window.open_person(keep)
        if self.duplicates_dialog is not None and self.duplicates_dialog.isVisible():
            self.duplicates_dialog.refresh()

    def new_referral(self, partner_id: int | None = None) -> None:
        """With the person shown as the partner when People is in view."""
        if partner_id is None and self.window.current_view() == PEOPLE:
            person = self.window.people.person_page.person
            partner_id = person.id if person else None
        self.window.referrals.new_referral(partner_id)

    def record_consent(self, person_id: int) -> None:
        """Today's "ask for express consent": the person's consent form, on their page."""
        self.window.open_person(person_id)
        page = self.window.people.person_page
        page.tabs.setCurrentWidget(page.referrals)
        page.referrals.consent_button.click()
