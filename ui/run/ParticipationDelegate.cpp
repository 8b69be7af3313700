#include "ui/run/ParticipationDelegate.h"

#include <QApplication>
#include <QPainter>

namespace fed::ui {

namespace {
constexpr int kBarWidth = 64;
constexpr int kBarHeight = 6;
constexpr int kGap = 8;
} // namespace

ParticipationDelegate::ParticipationDelegate(int fractionRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_fractionRole(fractionRole) {}

void ParticipationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them; the bar and text on top.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area = opt.rect.adjusted(6, 0, -6, 0);
    const QRect track(area.left(), area.center().y() - kBarHeight / 2 + 1,
                      std::min(kBarWidth, area.width() / 2), kBarHeight);
    const double fraction = std::clamp(index.data(m_fractionRole).toDouble(), 0.0, 1.0);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette& pal = opt.palette;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor trackColor = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    trackColor.setAlpha(40);
    painter->setBrush(trackColor);
    painter->drawRoundedRect(track, kBarHeight / 2.0, kBarHeight / 2.0);
    if (fraction > 0.0) {
        QRect fill = track;
        fill.setWidth(std::max(kBarHeight, static_cast<int>(track.width() * fraction)));
        painter->setBrush(pal.color(selected ? QPalette::HighlightedText : QPalette::Highlight));
        painter->drawRoundedRect(fill, kBarHeight / 2.0, kBarHeight / 2.0);
    }
    painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect textRect = area.adjusted(track.width() + kGap, 0, 0, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize ParticipationDelegate::sizeHint(const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + kBarWidth + kGap);
    return size;
}

} // namespace fed::ui
