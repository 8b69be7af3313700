#pragma once
// What a search found: one row per hit, each pointing at a block (and a node, for node hits).

#include "ledger-viewer/LedgerSearch.h"

#include <QAbstractTableModel>

namespace fed::viewer {

class SearchResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, HeightColumn, DetailColumn, ColumnCount };
    enum Role {
        HeightRole = Qt::UserRole + 1,
        NodeIdRole, //!< full hex, or empty
    };

    explicit SearchResultsModel(QObject* parent = nullptr);

    void setResult(SearchResult result);
    void clear();
    const SearchResult& result() const { return m_result; }
    const SearchHit& hit(int row) const { return m_result.hits.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    SearchResult m_result;
};

} // namespace fed::viewer
