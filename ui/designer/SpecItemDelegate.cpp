#include "ui/designer/SpecItemDelegate.h"

#include "ui/designer/DeviceMixModel.h"
#include "ui/designer/NumberSpinBox.h"

#include <QComboBox>

namespace fed::ui {

QWidget* SpecItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const {
    const QVariant choices = index.data(DeviceMixModel::ChoicesRole);
    if (choices.isValid()) {
        auto* combo = new QComboBox(parent);
        // Editable: a profile defined further down the spec may not be in the list yet.
        combo->setEditable(true);
        combo->addItems(choices.toStringList());
        return combo;
    }
    if (index.data(Qt::EditRole).typeId() == QMetaType::Double) {
        auto* spin = new NumberSpinBox(parent);
        spin->setFrame(false);
        spin->setRange(0.0, 1e15);
        spin->setStepFactor(2.0);
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void SpecItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentText(index.data(Qt::EditRole).toString());
        return;
    }
    if (auto* spin = qobject_cast<NumberSpinBox*>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toDouble());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void SpecItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                    const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    if (auto* spin = qobject_cast<NumberSpinBox*>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace fed::ui
