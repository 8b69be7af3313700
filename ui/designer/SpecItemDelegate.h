#pragma once
// Editors for the designer's tables: an editable combo box where the model offers choices
// (DeviceMixModel::ChoicesRole), a NumberSpinBox for numbers, a line edit otherwise.

#include <QStyledItemDelegate>

namespace fed::ui {

class SpecItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace fed::ui
