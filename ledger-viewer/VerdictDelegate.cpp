#include "ledger-viewer/VerdictDelegate.h"

#include "ledger-viewer/BlockListModel.h"
#include "ledger-viewer/ViewerFormat.h"

namespace fed::viewer {

void VerdictDelegate::initStyleOption(QStyleOptionViewItem* option,
                                      const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    const auto state = static_cast<CheckState>(index.data(BlockListModel::CheckStateRole).toInt());
    if (state != CheckState::Invalid && state != CheckState::Untrusted)
        return;
    QColor highlight = stateColor(state, option->palette);
    if (isDarkPalette(option->palette))
        highlight = highlight.darker(160);
    option->palette.setColor(QPalette::Highlight, highlight);
    option->palette.setColor(QPalette::HighlightedText, Qt::white);
}

} // namespace fed::viewer
