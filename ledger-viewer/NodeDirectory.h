#pragma once
// Who the nodes of a federation are, from its genesis block: client number, key and name by
// node id. A value, so that background jobs and views each keep their own copy.

#include "engine/ledger/Block.h"

#include <QCoreApplication>
#include <map>
#include <optional>
#include <vector>

namespace fed::viewer {

class NodeDirectory {
    Q_DECLARE_TR_FUNCTIONS(NodeDirectory)
public:
    NodeDirectory() = default;
    static NodeDirectory fromGenesis(const GenesisBody& genesis);

    bool isEmpty() const { return m_members.empty(); }
    const QString& federationId() const { return m_federationId; }
    //! The members in ascending client order.
    const std::vector<Member>& members() const { return m_members; }
    std::optional<std::uint32_t> client(const NodeId& node) const;
    const PublicKey* key(const NodeId& node) const;
    //! "client 3", or "node 1a2b3c4d5e6f7a8b…" for an id that is not a member.
    QString name(const NodeId& node) const;

private:
    QString m_federationId;
    std::vector<Member> m_members;
    std::map<NodeId, std::size_t> m_index;
};

} // namespace fed::viewer
