#include "ui/designer/FieldBox.h"

#include "ui/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fed::ui {

namespace {
// Room around the editor for the problem frame, so that it is painted outside the editor.
constexpr int kFrameMargin = 2;
} // namespace

FieldBox::FieldBox(QWidget* editor, bool expanding, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_expanding(expanding)
    , m_row(new QHBoxLayout)
    , m_message(new QLabel(this)) {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(kFrameMargin, kFrameMargin, kFrameMargin, kFrameMargin);
    column->setSpacing(2);
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->addWidget(editor, expanding ? 1 : 0);
    if (!expanding)
        m_row->addStretch(1);
    column->addLayout(m_row);

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);
    m_message->setObjectName(u"problemMessage"_s);
    QFont small = m_message->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    m_message->setFont(small);
    column->addWidget(m_message);
    updateMessageColor();
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void FieldBox::addCompanion(QWidget* widget) {
    // Before the trailing stretch of a non-expanding editor, so the companion hugs the editor.
    m_row->insertWidget(m_expanding ? m_row->count() : m_row->count() - 1, widget);
}

void FieldBox::setHelp(const QString& help) {
    m_help = help;
    updateTooltip();
}

void FieldBox::setProblems(const QStringList& problems) {
    if (problems == m_problems)
        return;
    m_problems = problems;
    m_message->setText(problems.join(u'\n'));
    m_message->setVisible(!problems.isEmpty());
    updateTooltip();
    update();
}

void FieldBox::updateTooltip() {
    // Rich text so that long explanations wrap instead of running across the screen.
    QString tip = m_help.toHtmlEscaped();
    if (!m_problems.isEmpty()) {
        tip += u"<p style='color:%1'><b>%2</b></p>"_s.arg(
            problemColor(palette()).name(), m_problems.join(u"<br>"_s).toHtmlEscaped());
    }
    m_editor->setToolTip(tip.isEmpty() ? QString() : u"<qt>"_s + tip + u"</qt>"_s);
}

void FieldBox::updateMessageColor() {
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, problemColor(palette()));
    m_message->setPalette(p);
}

void FieldBox::paintEvent(QPaintEvent* event) {
    QWidget::paintEvent(event);
    if (m_problems.isEmpty() || !m_editor->isVisible())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(problemColor(palette()), 1.5));
    painter.setBrush(Qt::NoBrush);
    const QRectF frame = QRectF(m_editor->geometry()).adjusted(-1.5, -1.5, 1.5, 1.5);
    painter.drawRoundedRect(frame, 3, 3);
}

void FieldBox::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateMessageColor();
        updateTooltip();
    }
}

} // namespace fed::ui
