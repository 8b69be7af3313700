#pragma once
// A run file opened read-only for reading its ledger, on one thread. The viewer keeps one on
// the GUI thread for small paged reads, and every background job opens its own, because an
// SQLite connection belongs to the thread that uses it.

#include "engine/core/Result.h"
#include "engine/ledger/Ledger.h"
#include "engine/store/RunStore.h"
#include "ledger-viewer/NodeDirectory.h"

#include <QString>
#include <memory>
#include <optional>

namespace fed::viewer {

class LedgerConnection {
public:
    //! Opens `path` with RunStore::Mode::ReadOnly: nothing this connection does writes the file.
    static Result<std::unique_ptr<LedgerConnection>> open(const QString& path);
    ~LedgerConnection();
    LedgerConnection(const LedgerConnection&) = delete;
    LedgerConnection& operator=(const LedgerConnection&) = delete;

    QString path() const { return m_store->path(); }
    const Ledger& ledger() const { return *m_ledger; }

    //! Whether the file has a ledger with at least one block; `why` says what is missing. A run
    //! being created gets one a moment after its file appears; runs made before the ledger
    //! never do.
    bool hasBlocks(QString* why = nullptr) const;
    //! The genesis block, read once; none while there is none or when it cannot be read (a
    //! damaged genesis block: the rest of the chain can still be listed).
    const GenesisBody* genesis();
    //! Why genesis() is none.
    QString genesisError() const { return m_genesisError; }
    //! The members, from the genesis block (empty without one).
    const NodeDirectory& nodes();

private:
    LedgerConnection() = default;
    std::unique_ptr<RunStore> m_store;
    std::unique_ptr<Ledger> m_ledger;
    std::optional<GenesisBody> m_genesis;
    QString m_genesisError;
    NodeDirectory m_nodes;
};

} // namespace fed::viewer
