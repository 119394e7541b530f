"""The person page: who they are, what they told you, and your notes, all editable in place."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from relnotebook.clock import Clock
from relnotebook.core.people.service import get_person
from relnotebook.core.people.views import PersonPage
from relnotebook.gui.avatars import avatar
from relnotebook.gui.drafts import DraftBook
from relnotebook.gui.labels import format_date, stage_label
from relnotebook.gui.panels.card import CardPanel
from relnotebook.gui.panels.checkins import CheckinsPanel
from relnotebook.gui.panels.details import DetailsPanel
from relnotebook.gui.panels.notes import NotesPanel
from relnotebook.gui.panels.person_referrals import PersonReferralsPanel
from relnotebook.gui.panels.profile_form import ProfileForm
from relnotebook.gui.panels.signals import SignalsPanel
from relnotebook.gui.undo import Editor

AVATAR = 44  # pixels across, beside the name


class PersonPageView(QWidget):
    """Shows one person; `show_person(None)` shows a hint instead."""

    delete_requested = Signal(int, str)
    compose_requested = Signal(int)
    call_requested = Signal(int, str)
    new_referral_requested = Signal(int)

    def __init__(self, editor: Editor, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._clock = clock
        self.person: PersonPage | None = None

        self.title = QLabel(self)
        self.title.setObjectName("person_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.avatar = QLabel(self)
        self.avatar.setObjectName("person_avatar")
        self.avatar.setFixedSize(AVATAR, AVATAR)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("person_subtitle")
        self.subtitle.setWordWrap(True)
        self.delete_button = QPushButton(self.tr("Delete person…"), self)
        self.delete_button.clicked.connect(self._request_delete)

        self.details = DetailsPanel(editor, clock, self)
        self.notes = NotesPanel(editor, clock, self)
        self.profile = ProfileForm(editor, self)
        self.card = CardPanel(editor, self)
        self.signals = SignalsPanel(editor, clock, self)
        self.signals.compose_requested.connect(self.compose_requested)
        self.checkins = CheckinsPanel(editor, clock, self)
        self.checkins.call_requested.connect(self.call_requested)
        self.referrals = PersonReferralsPanel(editor, clock, self)
        self.referrals.new_referral_requested.connect(self.new_referral_requested)
        # What is typed here and not yet added survives a crash (saved beside the notebook).
        self.drafts = DraftBook(editor.notebook.path, self)
        self.drafts.register("note", self.notes.drafts)
        self.drafts.register("detail", self.details.drafts)

        details_box = QGroupBox(self.tr("What they told you"), self)
        QVBoxLayout(details_box).addWidget(self.details)
        notes_box = QGroupBox(self.tr("Notes"), self)
        QVBoxLayout(notes_box).addWidget(self.notes)
        overview = QSplitter(Qt.Orientation.Vertical, self)
        overview.addWidget(details_box)
        overview.addWidget(notes_box)
        overview.setStretchFactor(0, 1)
        overview.setStretchFactor(1, 1)
        overview.setChildrenCollapsible(False)
        # At least three details in view, even at 1024×640 (the notes' reader can scroll).
        rows = self.details.table.verticalHeader().defaultSectionSize()
        self.details.table.setMinimumHeight(round(rows * 4.2))
        profile_page = self.profile_tab = QWidget(self)
        profile_layout = QVBoxLayout(profile_page)
        profile_layout.addWidget(self.profile)
        card_box = QGroupBox(self.tr("Addresses && links"), self)
        QVBoxLayout(card_box).addWidget(self.card)
        profile_layout.addWidget(card_box, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(overview, self.tr("Details && notes"))
        self.tabs.addTab(self.signals, self.tr("Messages"))
        self.tabs.addTab(self.checkins, self.tr("Check-ins"))
        self.tabs.addTab(self.referrals, self.tr("Referrals && newsletter"))
        self.tabs.addTab(profile_page, self.tr("Profile"))

        header = QHBoxLayout()
        header.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(header)
        page_layout.addWidget(self.tabs, 1)

        self.hint = QLabel(self.tr("Select a person to see what you know about them."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.hint)
        self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def show_profile(self) -> None:
        self.tabs.setCurrentWidget(self.profile_tab)

    def show_person(self, person_id: int | None) -> None:
        person = get_person(self._editor.notebook, person_id) if person_id is not None else None
        self.person = person
        if person is None:
            self.stack.setCurrentWidget(self.hint)
            return
        self.title.setText(person.name)
        self._draw_avatar()
        self.subtitle.setText(self._subtitle(person))
        self.profile.show_person(person)
        self.card.show_person(person)
        self.details.show_person(person)
        self.notes.show_person(person)
        self.signals.show_person(person.id, person.name)
        self.checkins.show_person(person)
        self.referrals.show_person(person)
        self.stack.setCurrentIndex(1)

    def reload(self) -> None:
        self.show_person(self.person.id if self.person else None)

    def _draw_avatar(self) -> None:
        if self.person is not None:
            self.avatar.setPixmap(avatar(self.person.name, AVATAR, self.palette()))
            self.avatar.setAccessibleName(self.person.name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._draw_avatar()  # its colours follow light and dark
        super().changeEvent(event)

    def _subtitle(self, person: PersonPage) -> str:
        fields = person.fields
        parts = [stage_label(fields.stage)]
        work = " · ".join(part for part in (fields.role, fields.organisation) if part)
        if work:
            parts.append(work)
        if person.events:
            latest = person.events[0]
            parts.append(
                self.tr("met at %1 on %2")
                .replace("%1", latest.name)
                .replace("%2", format_date(latest.date))
            )
        if person.introduced_by_name:
            parts.append(self.tr("introduced by %1").replace("%1", person.introduced_by_name))
        return " — ".join(parts)

    def _request_delete(self) -> None:
        if self.person is not None:
            self.delete_requested.emit(self.person.id, self.person.name)
