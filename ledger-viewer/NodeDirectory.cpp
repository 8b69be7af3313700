#include "ledger-viewer/NodeDirectory.h"

#include "ledger-viewer/ViewerFormat.h"

namespace fed::viewer {

NodeDirectory NodeDirectory::fromGenesis(const GenesisBody& genesis) {
    NodeDirectory d;
    d.m_federationId = genesis.federationId;
    d.m_members = genesis.members;
    for (std::size_t i = 0; i < d.m_members.size(); ++i)
        d.m_index.emplace(d.m_members[i].nodeId(), i);
    return d;
}

std::optional<std::uint32_t> NodeDirectory::client(const NodeId& node) const {
    const auto it = m_index.find(node);
    if (it == m_index.end())
        return std::nullopt;
    return m_members[it->second].client;
}

const PublicKey* NodeDirectory::key(const NodeId& node) const {
    const auto it = m_index.find(node);
    return it == m_index.end() ? nullptr : &m_members[it->second].key;
}

QString NodeDirectory::name(const NodeId& node) const {
    if (const auto c = client(node))
        return tr("client %1").arg(*c);
    return tr("node %1").arg(ViewerFormat::shortHex(node));
}

} // namespace fed::viewer
