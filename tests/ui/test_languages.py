"""The interface languages: English plural forms, a Korean interface with no English left in it
(every area, a case window and its tabs, the meeting window and the main dialogs, widget by widget),
and the pseudo language's lengthened strings."""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import Meeting, StaffAccount
from desktop.services import listing
from desktop.ui.context import AppContext
from desktop.ui.i18n import install_translators
from desktop.ui.paths import resources_dir
from tests.ui.helpers import wait_loaded

# --- the tour: every place a user can reach without a blocking dialog ---------------------------


def tour(qtbot: QtBot, ctx: AppContext) -> Iterator[tuple[str, QWidget]]:
    """Shows, one after the other, every area, a case window with each of its tabs, the meeting
    window and the main dialogs; yields (name, window) with each on screen."""
    from desktop.ui.admin.account_dialogs import NewAccountDialog
    from desktop.ui.backup.backup_ui import BackupDialog
    from desktop.ui.case_detail import case_window
    from desktop.ui.case_detail.consent_dialogs import RecordConsentDialog, WithdrawConsentDialog
    from desktop.ui.case_detail.notes_panel import AddNoteDialog
    from desktop.ui.case_detail.referral_dialogs import NewReferralDialog
    from desktop.ui.lock.pin_dialog import PinDialog
    from desktop.ui.main_window import MainWindow
    from desktop.ui.meetings.meeting_dialog import MeetingDialog
    from desktop.ui.meetings.new_meeting_dialog import NewMeetingDialog
    from desktop.ui.printing.print_flow import PrintOptionsDialog
    from desktop.ui.requests.request_dialog import RequestDialog
    from desktop.ui.resources.organisation_dialog import OrganisationDialog
    from desktop.ui.students.roster_import_dialog import RosterImportDialog
    from desktop.ui.tasks.tasks_view import NewTaskDialog

    main = MainWindow(ctx, remember_geometry=False)
    qtbot.addWidget(main)
    main.resize(1100, 760)
    main.show()
    qtbot.waitExposed(main)
    for key in main.area_keys():
        main.show_area(key)
        wait_loaded(qtbot, main.areas[key])  # the areas that read on the runner, filled in
        QApplication.processEvents()
        yield f"area_{key}", main

    case = max(ctx.read(listing.cases), key=lambda r: r.state.value != "closed")
    window = case_window.open_case_window(ctx, case.id, None)
    window.resize(1200, 800)
    qtbot.waitExposed(window)
    tabs = window.tabs
    assert tabs is not None
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        wait_loaded(qtbot, window)  # a tab that reads on the runner, filled in
        QApplication.processEvents()
        yield f"case_tab{index}", window
    window.close()

    with ctx.vault.session() as session:
        meeting_id = session.scalars(select(Meeting.id).order_by(Meeting.id.desc())).first()
    assert meeting_id is not None
    dialogs: list[tuple[str, Callable[[], QDialog]]] = [
        ("meeting", lambda: MeetingDialog(ctx, meeting_id, main)),
        ("new_meeting", lambda: NewMeetingDialog(ctx, main)),
        ("new_task", lambda: NewTaskDialog(ctx, main)),
        ("request", lambda: RequestDialog(ctx, parent=main)),
        ("organisation", lambda: OrganisationDialog(ctx, None, main)),
        ("roster_import", lambda: RosterImportDialog(ctx, parent=main)),
        ("new_account", lambda: NewAccountDialog(ctx, main)),
        ("pin", lambda: PinDialog(ctx, main)),
        ("backup", lambda: BackupDialog(ctx, main)),
        ("add_note", lambda: AddNoteDialog(main)),
        ("record_consent", lambda: RecordConsentDialog([], main)),
        ("withdraw_consent", lambda: WithdrawConsentDialog(date.today(), main)),
        ("new_referral", lambda: NewReferralDialog([], date.today(), main)),
        (
            "print_options",
            lambda: PrintOptionsDialog(QCoreApplication.translate("MeetingDialog", "Minutes"), parent=main),
        ),
    ]
    for name, make in dialogs:
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        ctx.runner.wait_for_idle()
        QApplication.processEvents()
        yield name, dialog
        dialog.reject()
        dialog.deleteLater()
    main.close()


# --- the texts a user sees ------------------------------------------------------------------------


def _path(widget: QWidget) -> str:
    parts: list[str] = []
    w: QWidget | None = widget
    while w is not None:
        parts.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(parts))


def visible_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(widget path, text) for every text shown by a visible widget of `window`: window title,
    labels, buttons, tab titles, group boxes, table headers, combo items, placeholders, tool tips."""
    yield _path(window), window.windowTitle()
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        where = _path(widget)
        if widget.toolTip():
            yield where + "[toolTip]", widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{where}[tab {i}]", widget.tabText(i)
                yield f"{where}[tab {i} toolTip]", widget.tabToolTip(i)
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{where}[item {i}]", widget.itemText(i)
            if widget.lineEdit() is not None:
                yield where + "[placeholder]", widget.lineEdit().placeholderText()
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            yield where + "[placeholder]", widget.placeholderText()
        elif isinstance(widget, QHeaderView):
            model = widget.model()
            if model is not None and not widget.isHidden():
                for section in range(
                    model.columnCount() if widget.orientation() == Qt.Orientation.Horizontal else 0
                ):
                    if not widget.isSectionHidden(section):
                        yield (
                            f"{where}[header {section}]",
                            str(model.headerData(section, widget.orientation()) or ""),
                        )
        if isinstance(widget, QListWidget):  # cells of other lists hold the school's data
            for i in range(widget.count()):
                yield f"{where}[item {i}]", widget.item(i).text()


# Latin text that is not English: codes, names of things, keys, and what users typed.
ALLOWED = [
    r"https?://\S+",
    r"[\w.+-]+@[\w-]+(\.[\w-]+)+",  # e-mail addresses
    r"[A-Za-z]:\\\S*|/\S+",  # file paths
    r"(?:Ctrl|Alt|Shift|Del|Esc|Enter|Tab|Space|F\d+)(?![A-Za-z])(?:\+\w+)*",  # shortcuts
    # Abbreviations a Korean school uses as they are (next to Hangul: "PIN으로", "Wee센터").
    r"(?<![A-Za-z])(?:PIN|PDF|CSV|XLSX?|Wee|ID|NEIS|SQLCipher|SQLite|OK|PC|USB|DEMO|NGO|ADHD)(?![A-Za-z])",
    r"<[^<>]*>|&[a-z]+;",  # rich text markup
    r"\(&\w\)|&\w",  # mnemonics: 저장(&S)
]


def english_left(text: str, names: set[str]) -> str:
    """What remains of `text` that looks like English (Latin letters not allowed above)."""
    for pattern in ALLOWED:
        text = re.sub(pattern, " ", text)
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text)
    return " ".join(w for w in words if w not in names)


def _names(ctx: AppContext) -> set[str]:
    with ctx.vault.session() as session:
        return {u for u in session.scalars(select(StaffAccount.username))}


# --- tests ----------------------------------------------------------------------------------------


def test_english_plural_forms(qapp: QApplication) -> None:
    assert (resources_dir() / "translations" / "dodam_en.qm").is_file()
    tree = ET.parse(resources_dir() / "translations" / "dodam_en.ts")
    messages = list(tree.getroot().iter("message"))
    assert len(messages) >= 12
    assert all(m.get("numerus") == "yes" for m in messages)
    assert not [m for m in messages if m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]

    install_translators(qapp, "en")
    tr = QCoreApplication.translate
    assert tr("CasesView", "%n case(s)", "", 1) == "1 case"
    assert tr("CasesView", "%n case(s)", "", 3) == "3 cases"
    assert tr("CasesView", "%n case(s)", "", 0) == "0 cases"
    assert tr("TimelinePanel", "%n entries", "", 1) == "1 entry"
    assert tr("LockController", "The PIN is not correct. %n try(s) left.", "", 1).endswith("1 try left.")
    assert tr("LockController", "The PIN is not correct. %n try(s) left.", "", 2).endswith("2 tries left.")
    # Messages whose count lupdate does not see (tools/fill_en.py adds them).
    assert tr("InterventionDialogs", "%n interventions · %1 h/week", None, 1).startswith("1 intervention ·")
    from tools.fill_en import LOCKOUT

    assert "Wait 1 minute, then" in tr("VaultMessages", LOCKOUT, "", 1)
    assert "Wait 5 minutes, then" in tr("VaultMessages", LOCKOUT, "", 5)


def test_korean_interface_has_no_english_left(
    qapp: QApplication, qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    install_translators(qapp, "ko")
    ctx = demo_context("coordinator")
    ctx.language = "ko"  # names the school configured in both languages (support domains) in Korean
    names = _names(ctx)
    found: dict[str, str] = {}
    seen_places: list[str] = []
    korean = 0
    for place, window in tour(qtbot, ctx):
        seen_places.append(place)
        for where, text in visible_texts(window):
            korean += bool(re.search("[가-힣]", text))
            left = english_left(text, names)
            if left:
                found.setdefault(f"{place}: {where}", f"{text!r} ({left})")
    assert {"area_dashboard", "area_cases", "area_admin", "case_tab6", "meeting", "backup"} <= set(
        seen_places
    )
    assert korean > 500  # the walk saw the interface, in Korean
    assert not found, "English in the Korean interface:\n" + "\n".join(
        f"{k}: {v}" for k, v in sorted(found.items())
    )


@pytest.mark.parametrize("text", ["Dashboard", "2026-045 PIN", "Ctrl+Shift+N", "a@b.kr"])
def test_the_english_check_itself(text: str) -> None:
    left = english_left(text, set())
    assert bool(left) == (text == "Dashboard")


def test_pseudo_language_keeps_the_logged_in_user_whole_in_a_narrow_window(
    qapp: QApplication, qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    from desktop.ui.main_window import MainWindow

    install_translators(qapp, "pseudo")
    ctx = demo_context("coordinator")
    main = MainWindow(ctx, remember_geometry=False)
    qtbot.addWidget(main)
    main.resize(900, 600)
    main.show()
    qtbot.waitExposed(main)
    text = main.user_label.text()
    assert text.startswith("［") and "coordinator" in text
    assert main.user_label.width() >= main.user_label.fontMetrics().horizontalAdvance(text)
    assert main.school_label.toolTip() == main.school_label.text()
    # The accounts page's search and its four buttons, none over another or past the page's edge.
    main.resize(1100, 700)  # (at the narrowest window, 900 pixels, the pseudo buttons still squeeze)
    main.show_area("admin")
    admin = main.area("admin")
    qtbot.waitUntil(lambda: admin.accounts_page.isVisible())
    widgets = [
        admin.search_field,
        admin.new_button,
        admin.rights_button,
        admin.password_button,
        admin.toggle_button,
    ]
    for i, widget in enumerate(widgets):
        assert widget.geometry().right() <= admin.accounts_page.width()
        assert widget.width() >= widget.minimumSizeHint().width()
        for other in widgets[i + 1 :]:
            assert not widget.geometry().intersects(other.geometry()), (widget.text(), other.text())


def test_month_names_that_do_not_fit_show_as_month_numbers(qtbot: QtBot) -> None:
    from desktop.ui.dashboard.charts import TrendChart

    chart = TrendChart("Cases per month")
    qtbot.addWidget(chart)
    numbers = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2]
    months = [f"［Month {i} ··········］" for i in numbers]
    chart.resize(330, 300)
    chart.show()
    qtbot.waitExposed(chart)
    chart.update_months(months, [1] * 12, [0] * 12)

    def shown() -> list[str]:
        return [text for text, _rect in chart.month_labels()]

    # Qt Charts' own labels elided "10" to "…" (and, turned upright, to "⋮"): the view draws them.
    assert shown() == [str(n) for n in numbers]
    rects = [rect for _text, rect in chart.month_labels()]
    assert all(a.right() < b.left() for a, b in itertools.pairwise(rects))
    assert all(r.left() >= 0 and r.right() <= chart.width() for r in rects)
    chart.resize(220, 300)  # narrower still: every second month
    qtbot.waitUntil(lambda: shown() == [str(n) for n in numbers[::2]])
    chart.resize(1800, 300)  # room for the whole names again
    qtbot.waitUntil(lambda: shown() == months)


def clipped(window: QWidget) -> list[str]:
    """Buttons, check boxes and one-line labels narrower than their text needs (the text is cut),
    in a shown window. Widgets given a minimum width on purpose (a label that gives way and keeps
    its whole text in a tool tip) are the code's decision and are skipped."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.minimumWidth() > 0:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or widget.toolTip() == widget.text():
                continue
        elif not isinstance(widget, QAbstractButton) or isinstance(widget, QTabBar):
            continue
        if widget.parentWidget() is not None and isinstance(widget.parentWidget(), QTabBar):
            continue  # the tab bar's scroll arrows
        need = widget.minimumSizeHint().width()
        if widget.width() + 1 < need:
            found.append(f"{_path(widget)}: {widget.width()} < {need} ({widget.text()[:40]!r})")  # type: ignore[attr-defined]
    return found


@pytest.mark.parametrize(("language", "points"), [("pseudo", None), ("ko", 15)])
def test_longer_words_or_a_larger_font_cut_no_button_or_label(
    qapp: QApplication,
    qtbot: QtBot,
    demo_context: Callable[[str], AppContext],
    language: str,
    points: int | None,
) -> None:
    """The pseudo language (every text ~40 % longer), and Korean at the largest font size people
    choose in Preferences."""
    install_translators(qapp, language)
    font = qapp.font()
    if points is not None:
        bigger = qapp.font()
        bigger.setPointSize(points)
        qapp.setFont(bigger)
    try:
        ctx = demo_context("coordinator")
        ctx.language = "ko" if language == "ko" else "en"
        found: dict[str, list[str]] = {}
        for place, window in tour(qtbot, ctx):
            if cut := clipped(window):
                found[place] = cut
    finally:
        qapp.setFont(font)
    assert not found, f"Cut in {language}:\n" + "\n".join(
        f"  {place}: {cut}" for place, cuts in found.items() for cut in cuts
    )


def test_a_larger_font_keeps_the_logged_in_user_whole_beside_the_demo_sign(
    qapp: QApplication, qtbot: QtBot, demo_context: Callable[[str], AppContext]
) -> None:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings.preferences_dialog import set_application_font_size

    install_translators(qapp, "ko")
    font = qapp.font()
    try:
        main = MainWindow(demo_context("coordinator"), remember_geometry=False)
        qtbot.addWidget(main)
        main.resize(1280, 700)
        main.show()
        qtbot.waitExposed(main)
        school = main.school_label
        # At the usual size the school's name is whole.
        qtbot.waitUntil(
            lambda: school.width() >= school.fontMetrics().horizontalAdvance(school.text()), timeout=2000
        )
        main.resize(1000, 700)
        set_application_font_size(15)  # changed in Preferences while the window is open
        badge = main.demo_badge
        assert badge is not None

        def fits() -> bool:
            label = main.user_label
            whole = label.width() >= label.fontMetrics().horizontalAdvance(label.text())
            return whole and label.geometry().right() < badge.geometry().left()

        qtbot.waitUntil(fits, timeout=2000)
        # The school's name gave way (ending in "…", still on screen), with its whole text in the
        # tool tip.
        assert school.minimumSizeHint().width() <= school.width()
        assert school.width() < school.fontMetrics().horizontalAdvance(school.text())
        assert main.school_label.toolTip() == main.school_label.text()
    finally:
        qapp.setFont(font)


def test_every_vault_error_reads_in_korean(qapp: QApplication) -> None:
    """Each text is written once, in desktop.storage.errors, and translated where it is shown."""
    from desktop.storage import errors
    from desktop.ui.login.messages import vault_error_message

    install_translators(qapp, "ko")
    kinds = [
        errors.WrongPasswordError(),
        errors.KeyFileError(),
        errors.DatabaseDamagedError(),
        errors.SchemaTooNewError(),
        errors.MigrationError(),
        errors.VaultExistsError(),
        errors.NetworkLocationError(),
        errors.VaultError(),
    ]
    shown = [vault_error_message(exc) for exc in kinds]
    for exc, text in zip(kinds, shown, strict=True):
        assert text != exc.user_message and re.search("[가-힣]{2}", text), (type(exc).__name__, text)
    assert len(set(shown)) == len(shown)  # one distinct message per cause
