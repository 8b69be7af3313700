#pragma once
// Provisioning of a networked federation (docs/nodes.md): a federation CA, the coordinator's
// TLS certificate and per-node startup kits (TLS certificate and key, Ed25519 signing key,
// coordinator address, CA certificate), written as folders and one .tar.gz per node, plus
// revocation and the coordinator's check that a TLS peer is a known, unrevoked node.
// OpenSSL stays inside Provisioning.cpp: certificates and keys cross this header as PEM text.

#include "engine/core/Result.h"

#include <QByteArray>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace fed::pki {

//! The version written into kit.json, nodes.json and federation.json.
inline constexpr int kKitFormat = 1;

struct ProvisionOptions {
    std::filesystem::path outDir;
    int nodes = 0; //!< 0: the spec's `clients`; otherwise the kit's spec gets clients = nodes
    std::string coordinatorHost = "127.0.0.1";
    int coordinatorPort = 7443;
    std::vector<std::string> extraHostNames; //!< more SANs (DNS names or IP addresses)
    int validityDays = 365;
};

//! Writes DIR/coordinator/ and DIR/nodes/node-NNN{/,.tar.gz}. Refuses a DIR that already holds
//! a provisioned federation (so a second call cannot orphan issued kits) and leaves no partial
//! output behind on failure.
Result<void> provision(const std::filesystem::path& specPath, const ProvisionOptions& options);

//! "node-007" for index 7: zero-padded to three digits (more for >= 1000 nodes).
std::string nodeName(int index);

struct NodeKit {
    std::filesystem::path dir; //!< the folder, or the archive path when loaded from a .tar.gz
    std::string federationId;
    int nodeIndex = 0; //!< 0-based client index; the spec's partition for this node
    std::string nodeId, coordinatorAddress, caPem, certPem, keyPem;
    QByteArray signingSeed; //!< 32-byte Ed25519 seed (fed::SigningKey::fromPrivateBytes)
    std::string specJson;
    //! The federation's members as provisioned (kit.json `members`): node index -> raw 32-byte
    //! Ed25519 public key, this node's own included. A node checks the coordinator's secure
    //! aggregation key lists against it. Empty for a kit provisioned before kits listed members.
    std::map<int, QByteArray> members;
};

//! Loads and checks a kit folder or its .tar.gz: every file present, private keys not readable
//! by group or others, node.pem issued by ca.pem and matching node.key, the signing key's node
//! id equal to kit.json's and to the certificate's, the spec matching its recorded SHA-256, and
//! the member list (when present) well formed and naming this node with its own signing key.
Result<NodeKit> loadNodeKit(const std::filesystem::path& kitDirOrArchive);

struct NodeEntry {
    int index = 0;
    std::string nodeId;
    QByteArray publicKey; //!< raw 32-byte Ed25519 public key
    std::string certSerialHex;
    bool revoked = false;
    std::string revokedReason;
};

struct CoordinatorKit {
    std::filesystem::path dir;
    std::string federationId, listenAddress, caPem, certPem, keyPem;
    QByteArray signingSeed;
    std::vector<NodeEntry> nodes;
    std::string specJson;
};

Result<CoordinatorKit> loadCoordinatorKit(const std::filesystem::path& coordinatorDir);

//! Marks a node revoked in nodes.json (atomically). `nodeIdOrIndex`: the index ("3"), the
//! name ("node-003") or the node id (full, or a unique prefix of at least 8 hex digits).
Result<void> revokeNode(const std::filesystem::path& coordinatorDir, std::string_view nodeIdOrIndex,
                        std::string_view reason);

//! A peer's leaf certificate (PEM, as grpc::AuthContext's "x509_pem_cert" gives it): issued by
//! this kit's CA, within its validity, a known serial and node id, not revoked -> its entry;
//! otherwise an error naming why.
Result<NodeEntry> identifyNode(const CoordinatorKit& kit, std::string_view peerCertPem);

} // namespace fed::pki
