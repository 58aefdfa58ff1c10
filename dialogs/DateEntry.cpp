#include "DateEntry.h"

#include "ReportFormat.h"

#include "Clock.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QContextMenuEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace {
// A short year ("M/d/yy", en_US) read as this century, and shown with four digits, so that the text the
// field shows is also unambiguous to read back.
QString withFullYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

// The small calendar drawn at the right end of the field (no icon theme is needed).
QIcon calendarIcon(const QPalette& palette)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QColor ink = palette.color(QPalette::Text);
    painter.setPen(ink);
    painter.drawRect(1, 2, 13, 12);
    painter.fillRect(1, 2, 14, 4, ink);
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 3; ++column)
            painter.fillRect(3 + column * 4, 8 + row * 3, 2, 2, ink);
    }
    return QIcon(pixmap);
}
} // namespace

DateEntry::DateEntry(QWidget* parent, bool withTime, bool allowEmpty)
    : QLineEdit(parent), m_withTime(withTime), m_allowEmpty(allowEmpty), m_clock(&Clock::system())
{
    setPlaceholderText(m_withTime ? tr("Date and time (T: today)") : tr("Date (T: today)"));
    const QDate example = Clock::system().today();
    setToolTip(
        tr("Type a date such as %1 or %2, or press T for today, + for tomorrow, W for a week from today; "
           "F4 opens the calendar.")
            .arg(QLocale().toString(example, withFullYear(ReportFormat::dateFormat())), example.toString(Qt::ISODate)));
    QAction* open = addAction(calendarIcon(palette()), QLineEdit::TrailingPosition);
    open->setObjectName(QStringLiteral("calendarAction"));
    open->setToolTip(tr("Calendar (F4)"));
    connect(open, &QAction::triggered, this, &DateEntry::showCalendar);
    connect(this, &QLineEdit::textChanged, this, &DateEntry::onTextChanged);
    // Wide enough for the longest date and time the field shows, plus the calendar button.
    const QString widest = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), displayFormat());
    setMinimumWidth(fontMetrics().horizontalAdvance(widest + QStringLiteral("MMMM")) + 24);
}

DateEntry::~DateEntry() = default;

void DateEntry::setClock(const Clock* clock)
{
    m_clock = clock ? clock : &Clock::system();
}

QString DateEntry::displayFormat() const
{
    return withFullYear(m_withTime ? ReportFormat::dateTimeFormat() : ReportFormat::dateFormat());
}

QStringList DateEntry::inputFormats() const
{
    const QLocale locale;
    const QStringList dates = {
        withFullYear(ReportFormat::dateFormat()), withFullYear(locale.dateFormat(QLocale::ShortFormat)),
        locale.dateFormat(QLocale::ShortFormat), QStringLiteral("yyyy-M-d"), QStringLiteral("yyyy/M/d")};
    QStringList formats;
    if (m_withTime) {
        const QStringList times = {QStringLiteral("H:mm"), locale.timeFormat(QLocale::ShortFormat),
                                   QStringLiteral("h:mm AP"), QStringLiteral("h:mmAP")};
        formats << displayFormat();
        for (const QString& date : dates) {
            for (const QString& time : times)
                formats << date + QLatin1Char(' ') + time;
        }
    }
    formats << dates; // a date alone: timeForDay() adds the time
    formats.removeDuplicates();
    return formats;
}

QDateTime DateEntry::parse(const QString& text) const
{
    const QString input = text.simplified();
    if (input.isEmpty())
        return {};
    const QLocale locale;
    for (const QString& format : inputFormats()) {
        const bool hasTime = format.contains(QLatin1Char('m'));
        QDateTime when = hasTime ? locale.toDateTime(input, format)
                                 : QDateTime(locale.toDate(input, format), QTime(0, 0), Qt::LocalTime);
        if (!when.isValid() || !when.date().isValid())
            continue;
        if (format.contains(QLatin1String("yyyy")) && when.date().year() < 1000)
            continue; // "26" is no four-digit year: the two-digit form reads it
        if (!format.contains(QLatin1String("yyyy")) && when.date().year() < 1950)
            when = when.addYears(100); // "26" is 2026, not 1926
        if (!hasTime)
            when.setTime(timeForDay(when.date()));
        return when;
    }
    return {};
}

bool DateEntry::isEmpty() const
{
    return text().trimmed().isEmpty();
}

bool DateEntry::isReadable() const
{
    return m_readable;
}

QString DateEntry::expectedText() const
{
    const QLocale locale;
    const QDateTime today(m_clock->today(), QTime(9, 0));
    const QString shown = locale.toString(today, displayFormat());
    const QString iso = today.toString(m_withTime ? QStringLiteral("yyyy-MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd"));
    if (isEmpty())
        return m_withTime ? tr("Enter a date and time such as %1.").arg(shown)
                          : tr("Enter a date such as %1.").arg(shown);
    if (shown == iso)
        return tr("This is not a date. Write it as %1, or press T for today.").arg(shown);
    return tr("This is not a date. Write it as %1 or %2, or press T for today.").arg(shown, iso);
}

void DateEntry::onTextChanged(const QString& text)
{
    const QDateTime previous = m_value;
    const bool wasReadable = m_readable;
    if (text.trimmed().isEmpty()) {
        m_value = QDateTime();
        m_readable = m_allowEmpty;
    } else {
        const QDateTime parsed = parse(text);
        // Typing the same minute again keeps the exact stored value.
        const QLocale locale;
        if (!(parsed.isValid() && m_value.isValid() &&
              locale.toString(parsed, displayFormat()) == locale.toString(m_value, displayFormat())))
            m_value = parsed;
        m_readable = parsed.isValid();
    }
    if (previous != m_value || wasReadable != m_readable || previous.isValid() != m_value.isValid())
        Q_EMIT entryChanged();
}

void DateEntry::setLocalValue(const QDateTime& local)
{
    const QString shown = local.isValid() ? QLocale().toString(local, displayFormat()) : QString();
    const bool changed = m_value != local || m_value.isValid() != local.isValid() || !m_readable;
    {
        const QSignalBlocker block(this);
        setText(shown);
    }
    m_value = local;
    m_readable = local.isValid() || m_allowEmpty;
    if (changed)
        Q_EMIT entryChanged();
}

void DateEntry::clearValue()
{
    setLocalValue({});
}

QTime DateEntry::timeForDay(const QDate& day) const
{
    Q_UNUSED(day);
    return QTime(0, 0);
}

void DateEntry::setDaysFromToday(int days)
{
    const QDate day = m_clock->today().addDays(days);
    setLocalValue(QDateTime(day, timeForDay(day)));
    selectAll();
}

void DateEntry::pickDay(const QDate& day)
{
    if (m_popup)
        m_popup->hide();
    if (day.isValid())
        setLocalValue(QDateTime(day, timeForDay(day)));
    else if (m_allowEmpty)
        clearValue();
    setFocus(Qt::PopupFocusReason);
    selectAll();
}

void DateEntry::showCalendar()
{
    if (!m_popup) {
        m_popup = new QFrame(this, Qt::Popup);
        m_popup->setObjectName(QStringLiteral("calendarPopup"));
        m_popup->setFrameShape(QFrame::StyledPanel);
        auto* layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(4, 4, 4, 4);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setObjectName(QStringLiteral("calendar"));
        m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        layout->addWidget(m_calendar);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateEntry::pickDay);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateEntry::pickDay);
        auto* buttons = new QHBoxLayout;
        auto add = [this, buttons](const QString& name, const QString& text, int days) {
            auto* button = new QPushButton(text, m_popup);
            button->setObjectName(name);
            button->setAutoDefault(false);
            connect(button, &QPushButton::clicked, this,
                    [this, days] { pickDay(days < 0 ? QDate() : m_clock->today().addDays(days)); });
            buttons->addWidget(button);
        };
        add(QStringLiteral("todayButton"), tr("&Today"), 0);
        add(QStringLiteral("tomorrowButton"), tr("To&morrow"), 1);
        add(QStringLiteral("nextWeekButton"), tr("&Next week"), 7);
        if (m_allowEmpty)
            add(QStringLiteral("clearDateButton"), tr("&Clear"), -1);
        layout->addLayout(buttons);
    }
    const QDate start = m_value.isValid() ? m_value.date() : m_clock->today();
    m_calendar->setSelectedDate(start);
    m_calendar->setCurrentPage(start.year(), start.month());
    m_popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen* screen = this->screen()) {
        const QRect room = screen->availableGeometry();
        if (at.y() + m_popup->height() > room.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
        at.setX(qBound(room.left(), at.x(), qMax(room.left(), room.right() - m_popup->width())));
    }
    m_popup->move(at);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateEntry::keyPressEvent(QKeyEvent* event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (mods == Qt::NoModifier && !isReadOnly()) {
        switch (event->key()) {
        case Qt::Key_T:
            setDaysFromToday(0);
            return;
        case Qt::Key_Plus:
            setDaysFromToday(1);
            return;
        case Qt::Key_W:
            setDaysFromToday(7);
            return;
        case Qt::Key_F4:
            showCalendar();
            return;
        case Qt::Key_Up:
        case Qt::Key_Down:
            // A day later or earlier, as a date edit's arrows do.
            if (m_value.isValid()) {
                setLocalValue(m_value.addDays(event->key() == Qt::Key_Up ? 1 : -1));
                selectAll();
                return;
            }
            break;
        default:
            break;
        }
    }
    if (mods == Qt::AltModifier && event->key() == Qt::Key_Down && !isReadOnly()) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateEntry::focusOutEvent(QFocusEvent* event)
{
    // "12/3/26" becomes "12/3/2026", so what the field shows is what will be saved.
    if (m_value.isValid() && m_readable) {
        const QString shown = QLocale().toString(m_value, displayFormat());
        if (text() != shown)
            setLocalValue(m_value);
    }
    QLineEdit::focusOutEvent(event);
}

void DateEntry::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createStandardContextMenu();
    menu->setObjectName(QStringLiteral("dateMenu"));
    menu->addSeparator();
    const bool editable = !isReadOnly();
    menu->addAction(tr("Today") + QStringLiteral("\tT"), this, [this] { setDaysFromToday(0); })->setEnabled(editable);
    menu->addAction(tr("Tomorrow") + QStringLiteral("\t+"), this, [this] { setDaysFromToday(1); })
        ->setEnabled(editable);
    menu->addAction(tr("Next week") + QStringLiteral("\tW"), this, [this] { setDaysFromToday(7); })
        ->setEnabled(editable);
    menu->addAction(tr("Calendar…") + QStringLiteral("\tF4"), this, &DateEntry::showCalendar)->setEnabled(editable);
    if (m_allowEmpty)
        menu->addAction(tr("Clear"), this, &DateEntry::clearValue)->setEnabled(editable && !isEmpty());
    menu->exec(event->globalPos());
    delete menu;
}
