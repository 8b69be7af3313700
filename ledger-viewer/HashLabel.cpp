#include "ledger-viewer/HashLabel.h"

#include "ledger-viewer/ViewerFormat.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace fed::viewer {

HashLabel::HashLabel(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_label = new QLabel;
    m_label->setObjectName(u"hashText"_s);
    m_label->setFont(monospaceFont());
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setTextFormat(Qt::PlainText);
    m_button = new QToolButton;
    m_button->setObjectName(u"copyButton"_s);
    m_button->setAutoRaise(true);
    m_button->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    if (m_button->icon().isNull())
        m_button->setText(tr("Copy"));
    m_button->setToolTip(tr("Copy to the clipboard"));
    m_button->setAccessibleName(tr("Copy"));
    m_button->setFocusPolicy(Qt::TabFocus);
    connect(m_button, &QToolButton::clicked, this, &HashLabel::copy);
    layout->addWidget(m_label);
    layout->addWidget(m_button);
    layout->addStretch();
}

void HashLabel::setValue(const QString& text, const QString& copy) {
    m_label->setText(text);
    m_copy = copy.isEmpty() ? text : copy;
    m_button->setVisible(!m_copy.isEmpty());
}

void HashLabel::copy() {
    QApplication::clipboard()->setText(m_copy);
    QToolTip::showText(m_button->mapToGlobal(QPoint(0, m_button->height())), tr("Copied"), m_button,
                       {}, 1500);
}

void HashLabel::setTextColor(const QColor& color) {
    QPalette p = m_label->palette();
    p.setColor(QPalette::WindowText,
               color.isValid() ? color : palette().color(QPalette::WindowText));
    m_label->setPalette(p);
}

} // namespace fed::viewer
