#pragma once
// Paints a selected invalid or untrusted block in its verdict's colour instead of the plain
// selection colour, so that the first bad block stays red while it is the one on show.

#include <QStyledItemDelegate>

namespace fed::viewer {

class VerdictDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace fed::viewer
