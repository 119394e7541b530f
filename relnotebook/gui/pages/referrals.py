"""Referrals: how much new business comes from give-and-take deals, and who the trusted
connectors are (domain.md, section 3)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from relnotebook.clock import Clock
from relnotebook.core.people.service import list_people
from relnotebook.core.referrals.rules import ReciprocityReport, recent_quarters
from relnotebook.core.referrals.service import list_referrals, reciprocity_report
from relnotebook.gui.appearance import is_dark
from relnotebook.gui.dialogs.referral import ReferralDialog
from relnotebook.gui.labels import format_count, format_percent, quarter_label
from relnotebook.gui.models.connectors import ConnectorsTableModel
from relnotebook.gui.models.referrals import ReferralsTableModel
from relnotebook.gui.panels.empty_state import EmptyState
from relnotebook.gui.tables import fit_columns, list_table, whole_width
from relnotebook.gui.undo import Editor


class QuarterChart(QChartView):
    """New clients by quarter, stacked by kind of referral."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.setAccessibleName(self.tr("New clients from referrals, by quarter"))

    def show_report(self, report: ReciprocityReport, today: dt.date) -> None:
        chart = QChart()
        chart.setTitle(self.tr("New clients from referrals, by quarter"))
        chart.setMargins(QMargins(4, 4, 4, 4))
        series = QStackedBarSeries()
        for name, values in (
            (self.tr("Reciprocal"), [q.reciprocal for q in report.by_quarter]),
            (self.tr("Trust"), [q.trust for q in report.by_quarter]),
            (self.tr("Partnership"), [q.partnership for q in report.by_quarter]),
        ):
            bar = QBarSet(name)
            bar.append([float(v) for v in values])
            series.append(bar)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        quarters = recent_quarters(today, len(report.by_quarter))  # (the report's order)
        categories.append([quarter_label(year, quarter) for year, quarter in quarters])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        counts = QValueAxis()
        top = max([q.reciprocal + q.trust + q.partnership for q in report.by_quarter] + [1])
        counts.setRange(0, top)
        counts.setTickCount(min(top, 5) + 1)
        counts.setLabelFormat("%d")
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(counts)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._follow_palette(chart)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def changeEvent(self, event: QEvent) -> None:
        """Light or dark chosen (or the system switching): the chart follows at once."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.chart() is not None:
            self._follow_palette(self.chart())

    def _follow_palette(self, chart: QChart) -> None:
        """QtCharts draws with its own theme, not the palette: its theme, background, title,
        axis labels and legend are set from the palette (a dark window got a white box)."""
        palette = self.palette()
        role = QPalette.ColorRole
        text, base = palette.color(role.WindowText), palette.color(role.Base)
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark
            if is_dark(palette)
            else QChart.ChartTheme.ChartThemeLight
        )
        chart.setBackgroundBrush(base)
        chart.setTitleBrush(text)
        chart.legend().setLabelColor(text)
        for axis in chart.axes():
            axis.setLabelsBrush(text)
            axis.setGridLineColor(palette.color(role.Mid))
            axis.setLinePenColor(palette.color(role.Mid))
        self.setBackgroundBrush(palette.color(role.Window))


class ReferralsPage(QWidget):
    thank_requested = Signal(int)  # person id: open the composer
    open_person = Signal(int)

    def __init__(self, editor: Editor, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._clock = clock
        self.is_stale = True  # read when first shown (see pages.base)
        self.today = clock.today()
        title = QLabel(self.tr("Referrals"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("referrals_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.chart = QuarterChart(self)

        self.connectors_model = ConnectorsTableModel(self)
        self.connectors = list_table(
            self, "connectors_table", self.connectors_model, self.tr("Trusted connectors")
        )
        fit_columns(self.connectors, ConnectorsTableModel.NAME)
        self.connectors.activated.connect(
            lambda index: self.open_person.emit(self.connectors_model.item(index.row()).person_id)
        )
        self.thank_button = QPushButton(self.tr("&Thank them…"), self)
        self.thank_button.clicked.connect(self._thank)

        self.model = ReferralsTableModel(self)
        self.ledger = list_table(self, "referrals_table", self.model, self.tr("All referrals"))
        self.new_button = QPushButton(self.tr("&New referral…"), self)
        self.new_button.setToolTip(self.tr("Ctrl+Shift+R"))
        self.delete_button = QPushButton(self.tr("&Delete referral"), self)
        self.new_button.clicked.connect(lambda: self.new_referral())
        self.delete_button.clicked.connect(self._delete)
        self.empty = EmptyState("referrals_empty", self, centred=False)
        self.empty.setText(
            self.tr(
                "No referrals recorded yet. Record who sends you clients, and to whom you send "
                "people: the notebook then shows how much of your new business comes from "
                "give-and-take deals (keep it small) and who trusts you enough to refer freely."
            )
        )
        self.empty.add_action(
            self.tr("&Log a referral…"), "Ctrl+Shift+R", "handshake"
        ).clicked.connect(lambda: self.new_referral())

        connectors_box = QWidget(self)
        box = QVBoxLayout(connectors_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.connectors)
        box.addWidget(self.thank_button, 0, Qt.AlignmentFlag.AlignLeft)
        top = QSplitter(self)
        top.addWidget(self.chart)
        top.addWidget(connectors_box)
        top.setSizes([600, 400])
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 12)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
        layout.addWidget(top, 2)
        layout.addWidget(self.ledger, 2)
        layout.addLayout(buttons)
        self.setFocusProxy(self.ledger)

    def reload(self) -> None:
        self.today = self._clock.today()
        notebook = self._editor.notebook
        report = reciprocity_report(notebook, self.today)
        rows = list_referrals(notebook)
        self.model.set_rows(rows)
        self.connectors_model.set_rows(report.trusted_connectors)
        # Its columns whole beside the chart, without scrolling (French titles are long).
        self.connectors.setMinimumWidth(whole_width(self.connectors))
        self.chart.show_report(report, self.today)
        self.summary.setText(self.describe(report))
        self.empty.setVisible(not rows)
        self.thank_button.setEnabled(bool(report.trusted_connectors))
        self.delete_button.setEnabled(bool(rows))

    def describe(self, report: ReciprocityReport) -> str:
        lines = [
            self.tr(
                "Last 12 months: %1 new clients from referrals, %2 from reciprocal "
                "arrangements (%3; your target: at most %4)."
            )
            .replace("%1", format_count(report.new_clients))
            .replace("%2", format_count(report.reciprocal))
            .replace("%3", format_percent(report.reciprocal_share))
            .replace("%4", format_percent(report.target / 100))
        ]
        if report.above_target:
            lines.append(
                "⚠ "
                + self.tr(
                    "Above your target: these relationships last as long as the deal. Build on "
                    "trust instead."
                )
            )
        if report.top_referrer is not None:
            lines.append(
                self.tr("Top referrer: %1, %2 of %3 referrals that brought business.")
                .replace("%1", report.top_referrer.name)
                .replace("%2", str(report.top_referrer.count))
                .replace("%3", str(report.top_referrer.total))
            )
        for share in report.key_person_warnings:
            lines.append(
                "⚠ "
                + self.tr("%1 brings %2 of your new clients: if they change jobs, that stops.")
                .replace("%1", share.name)
                .replace("%2", format_percent(share.share))
            )
        for organisation, names in report.organisations_with_several_referrers.items():
            lines.append(
                self.tr("Several referrers at %1: %2.")
                .replace("%1", organisation)
                .replace("%2", ", ".join(names))
            )
        return "\n".join(lines)

    def new_referral(self, partner_id: int | None = None) -> None:
        ReferralDialog(
            self._editor,
            list_people(self._editor.notebook),
            partner_id=partner_id,
            clock=self._clock,
            parent=self,
        ).exec()

    def _delete(self) -> None:
        index = self.ledger.currentIndex()
        if index.isValid():
            self._editor.delete_referral(self.model.item(index.row()).id)

    def _thank(self) -> None:
        index = self.connectors.currentIndex()
        row = index.row() if index.isValid() else 0
        if self.connectors_model.rowCount():
            self.thank_requested.emit(self.connectors_model.item(row).person_id)
