#include "ledger-viewer/LedgerConnection.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fed::viewer {

Result<std::unique_ptr<LedgerConnection>> LedgerConnection::open(const QString& path) {
    auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
    if (!store)
        return store.takeError();
    std::unique_ptr<LedgerConnection> c(new LedgerConnection);
    c->m_store = std::move(*store);
    c->m_ledger = std::make_unique<Ledger>(*c->m_store);
    return c;
}

LedgerConnection::~LedgerConnection() {
    // The ledger reads through the store's connection, so it goes first.
    m_ledger.reset();
}

bool LedgerConnection::hasBlocks(QString* why) const {
    auto exists = m_ledger->exists();
    QString reason;
    if (!exists)
        reason = exists.error();
    else if (!*exists)
        reason = QCoreApplication::translate("LedgerConnection",
                                             "This run file has no audit ledger (yet).");
    else if (auto count = m_ledger->blockCount(); !count)
        reason = count.error();
    else if (*count == 0)
        reason = QCoreApplication::translate("LedgerConnection", "The ledger has no blocks yet.");
    if (why)
        *why = reason;
    return reason.isEmpty();
}

const GenesisBody* LedgerConnection::genesis() {
    if (m_genesis)
        return &*m_genesis;
    if (!hasBlocks(&m_genesisError))
        return nullptr;
    auto g = m_ledger->genesis();
    if (!g) {
        m_genesisError = g.error();
        return nullptr;
    }
    m_genesis = std::move(*g);
    m_genesisError.clear();
    m_nodes = NodeDirectory::fromGenesis(*m_genesis);
    return &*m_genesis;
}

const NodeDirectory& LedgerConnection::nodes() {
    genesis();
    return m_nodes;
}

} // namespace fed::viewer
