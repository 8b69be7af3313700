#pragma once
// Draws the clients table's participation cell as a thin bar (share of rounds taken part in)
// with its "k of n" text, so that fairness across clients reads at a glance.

#include <QStyledItemDelegate>

namespace fed::ui {

class ParticipationDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    //! `fractionRole` gives the bar's fill in [0, 1].
    ParticipationDelegate(int fractionRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_fractionRole;
};

} // namespace fed::ui
