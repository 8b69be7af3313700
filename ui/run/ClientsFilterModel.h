#pragma once
// The clients table's sorting and filtering: free text over node id and device, one state, and
// Byzantine clients only.

#include "ui/run/ClientsModel.h"

#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <optional>

namespace fed::ui {

class ClientsFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ClientsFilterModel(QObject* parent = nullptr);

    //! Only clients in `state`; nullopt shows every state.
    void setStateFilter(std::optional<ClientsModel::State> state);
    std::optional<ClientsModel::State> stateFilter() const { return m_state; }
    //! Only Byzantine clients (with the state filter, if any).
    void setByzantineOnly(bool only);
    bool byzantineOnly() const { return m_byzantineOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<ClientsModel::State> m_state;
    bool m_byzantineOnly = false;
};

} // namespace fed::ui
