// Provisioning as the coordinator and the nodes use it: what is written (and with which
// permissions), that kits load from folders and archives alike, that every broken kit is refused
// with the file and the problem named, revocation, identifyNode, and a real mutual-TLS handshake
// (OpenSSL, as gRPC is built here) with the issued P-256 certificates.
#include "engine/core/Hash.h"
#include "engine/ledger/Keys.h"
#include "engine/pki/Provisioning.h"
#include "engine/pki/TarGz.h"
#include "engine/spec/SpecIO.h"
#include "tests/support/Paths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <sys/stat.h>

using namespace fed;
using namespace fed::pki;
using fed::test::kQuickPreset;
using namespace Qt::StringLiterals;
using namespace std::string_literals;
namespace fs = std::filesystem;

namespace {

fs::path p(const QString& s) {
    return fs::path(s.toStdString());
}

unsigned modeOf(const fs::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return 0xffffU;
    return st.st_mode & 0777U;
}

void writeText(const fs::path& path, const QByteArray& text) {
    QFile f(QString::fromStdString(path.string()));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

QByteArray readText(const fs::path& path) {
    QFile f(QString::fromStdString(path.string()));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

//! Provisions `nodes` nodes into `dir` or fails the test.
void provisionInto(const QString& dir, int nodes, std::vector<std::string> sans = {}) {
    ProvisionOptions o;
    o.outDir = p(dir);
    o.nodes = nodes;
    o.coordinatorPort = 7555;
    o.extraHostNames = std::move(sans);
    const Status s = provision(p(kQuickPreset), o);
    QVERIFY2(s.ok(), qPrintable(s.error()));
}

std::string subjectCN(const std::string& pem) {
    BIO* bio = BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size()));
    X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!cert)
        return {};
    char cn[256] = {};
    X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, cn, sizeof cn);
    X509_free(cert);
    return cn;
}

} // namespace

class TestPki : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void provisionWritesEverythingWithPrivateKeysOwnerOnly() {
        QTemporaryDir tmp;
        const mode_t old = ::umask(0); // keys must be 0600 whatever the umask says
        provisionInto(tmp.path(), 3);
        ::umask(old);
        const fs::path root = p(tmp.path());
        for (const char* key : {"ca.key", "coordinator.key", "signing.key"})
            QCOMPARE(modeOf(root / "coordinator" / key), 0600U);
        for (const char* pub :
             {"ca.pem", "coordinator.pem", "nodes.json", "federation.json", "spec.fed.json"})
            QCOMPARE(modeOf(root / "coordinator" / pub), 0644U);
        for (int i = 0; i < 3; ++i) {
            const fs::path dir = root / "nodes" / nodeName(i);
            QCOMPARE(modeOf(dir / "node.key"), 0600U);
            QCOMPARE(modeOf(dir / "signing.key"), 0600U);
            QCOMPARE(modeOf(dir / "node.pem"), 0644U);
            QCOMPARE(modeOf(root / "nodes" / (nodeName(i) + ".tar.gz")), 0600U);
        }
        QVERIFY(!fs::exists(root / "nodes" / nodeName(3)));
        QCOMPARE(nodeName(7), "node-007"s);
        QCOMPARE(nodeName(1234), "node-1234"s);
    }

    void kitsLoadFromFolderAndArchiveAlike() {
        QTemporaryDir tmp;
        provisionInto(tmp.path(), 2);
        const fs::path root = p(tmp.path());
        auto coord = loadCoordinatorKit(root / "coordinator");
        QVERIFY2(coord.ok(), qPrintable(coord.error()));
        QCOMPARE(coord->nodes.size(), std::size_t{2});
        QCOMPARE(coord->federationId.size(), std::size_t{32});
        QCOMPARE(coord->listenAddress, "127.0.0.1:7555"s);
        QCOMPARE(subjectCN(coord->certPem), "coordinator"s);

        for (int i = 0; i < 2; ++i) {
            auto folder = loadNodeKit(root / "nodes" / nodeName(i));
            QVERIFY2(folder.ok(), qPrintable(folder.error()));
            auto archive = loadNodeKit(root / "nodes" / (nodeName(i) + ".tar.gz"));
            QVERIFY2(archive.ok(), qPrintable(archive.error()));
            QCOMPARE(folder->nodeIndex, i);
            QCOMPARE(archive->nodeIndex, i);
            QCOMPARE(folder->federationId, coord->federationId);
            QCOMPARE(archive->nodeId, folder->nodeId);
            QCOMPARE(archive->keyPem, folder->keyPem);
            QCOMPARE(archive->certPem, folder->certPem);
            QCOMPARE(archive->signingSeed, folder->signingSeed);
            QCOMPARE(archive->specJson, folder->specJson);
            // Every kit lists every member's signing key, as the coordinator's nodes.json does.
            QCOMPARE(folder->members.size(), coord->nodes.size());
            QCOMPARE(archive->members, folder->members);
            for (const NodeEntry& e : coord->nodes)
                QCOMPARE(folder->members.at(e.index), e.publicKey);
            QCOMPARE(folder->coordinatorAddress, "127.0.0.1:7555"s);
            QCOMPARE(subjectCN(folder->certPem), nodeName(i));
            // The ledger's NodeId rule: SHA-256 of the raw Ed25519 public key.
            auto key = SigningKey::fromPrivateBytes(folder->signingSeed);
            QVERIFY(key.ok());
            QCOMPARE(key->nodeId().toHex().toStdString(), folder->nodeId);
            QCOMPARE(coord->nodes[static_cast<std::size_t>(i)].nodeId, folder->nodeId);
            QCOMPARE(coord->nodes[static_cast<std::size_t>(i)].publicKey,
                     key->publicKey().toByteArray());
            auto spec = parseSpec(QByteArray::fromStdString(folder->specJson), {});
            QVERIFY2(spec.ok(), qPrintable(spec.error()));
            QCOMPARE(spec->clients, 2); // --nodes 2 set the kit's spec to two clients
            auto who = identifyNode(*coord, folder->certPem);
            QVERIFY2(who.ok(), qPrintable(who.error()));
            QCOMPARE(who->index, i);
        }
        QVERIFY(coord->nodes[0].nodeId != coord->nodes[1].nodeId);
        QVERIFY(coord->nodes[0].certSerialHex != coord->nodes[1].certSerialHex);
    }

    void systemTarReadsTheArchive() {
        const QString tar = QStandardPaths::findExecutable(u"tar"_s);
        if (tar.isEmpty())
            QSKIP("no tar on this machine");
        QTemporaryDir tmp;
        provisionInto(tmp.path(), 1);
        QTemporaryDir unpack;
        QProcess proc;
        proc.start(tar,
                   {u"-xzpf"_s, tmp.filePath(u"nodes/node-000.tar.gz"_s), u"-C"_s, unpack.path()});
        QVERIFY(proc.waitForFinished(30000));
        QCOMPARE(proc.exitCode(), 0);
        QCOMPARE(modeOf(p(unpack.filePath(u"node-000/node.key"_s))), 0600U);
        auto kit = loadNodeKit(p(unpack.filePath(u"node-000"_s)));
        QVERIFY2(kit.ok(), qPrintable(kit.error()));
    }

    void brokenKitsAreRefusedNamingFileAndProblem() {
        QTemporaryDir tmp, other;
        provisionInto(tmp.path(), 2);
        provisionInto(other.path(), 1);
        const fs::path kit = p(tmp.path()) / "nodes" / "node-000";
        const auto expectError = [&](const char* fragment1, const char* fragment2) {
            auto r = loadNodeKit(kit);
            QVERIFY2(!r.ok(), "a broken kit loaded");
            QVERIFY2(r.error().contains(QLatin1String(fragment1)) &&
                         r.error().contains(QLatin1String(fragment2)),
                     qPrintable(r.error()));
        };
        QVERIFY(loadNodeKit(kit).ok());

        fs::permissions(kit / "node.key", fs::perms::group_read | fs::perms::others_read,
                        fs::perm_options::add);
        expectError("node.key", "too open");
        fs::permissions(kit / "node.key", fs::perms::owner_read | fs::perms::owner_write,
                        fs::perm_options::replace);

        const QByteArray spec = readText(kit / "spec.fed.json");
        writeText(kit / "spec.fed.json", spec + " ");
        expectError("spec.fed.json", "spec_sha256");
        writeText(kit / "spec.fed.json", spec);

        // A certificate from another federation's CA.
        const QByteArray cert = readText(kit / "node.pem");
        writeText(kit / "node.pem", readText(p(other.path()) / "nodes" / "node-000" / "node.pem"));
        expectError("node.pem", "not issued by this federation's CA");
        // The right CA but another node's certificate: the key does not match.
        writeText(kit / "node.pem", readText(p(tmp.path()) / "nodes" / "node-001" / "node.pem"));
        expectError("node.key", "does not belong");
        writeText(kit / "node.pem", "garbage");
        expectError("node.pem", "not a PEM certificate");
        writeText(kit / "node.pem", cert);

        const QByteArray meta = readText(kit / "kit.json");
        writeText(kit / "kit.json", "{ not json");
        expectError("kit.json", "not a JSON object");
        writeText(kit / "kit.json", QByteArray(meta).replace("\"format\": 1", "\"format\": 9"));
        expectError("kit.json", "unsupported format 9");
        writeText(kit / "kit.json", meta);

        // Another node's signing key: its node id no longer matches the kit.
        const QByteArray signing = readText(kit / "signing.key");
        writeText(kit / "signing.key",
                  readText(p(tmp.path()) / "nodes" / "node-001" / "signing.key"));
        expectError("signing.key", "differs from kit.json");
        writeText(kit / "signing.key", readText(kit / "node.key")); // a P-256 key
        expectError("signing.key", "not an Ed25519 key");
        writeText(kit / "signing.key", signing);

        fs::remove(kit / "ca.pem");
        expectError("ca.pem", "missing");

        auto none = loadNodeKit(p(tmp.path()) / "nodes" / "node-042");
        QVERIFY(!none.ok() && none.error().contains(u"node-042"_s));

        const fs::path archive = p(tmp.path()) / "nodes" / "node-001.tar.gz";
        fs::permissions(archive, fs::perms::others_read, fs::perm_options::add);
        auto open = loadNodeKit(archive);
        QVERIFY2(!open.ok() && open.error().contains(u"too open"_s), qPrintable(open.error()));
        fs::permissions(archive, fs::perms::owner_read | fs::perms::owner_write,
                        fs::perm_options::replace);
        const QByteArray bytes = readText(archive);
        writeText(archive, bytes.left(bytes.size() / 2));
        auto truncated = loadNodeKit(archive);
        QVERIFY2(!truncated.ok() && truncated.error().contains(u"node-001.tar.gz"_s),
                 qPrintable(truncated.error()));
    }

    void provisionRefusesBadInput() {
        QTemporaryDir tmp;
        provisionInto(tmp.path(), 1);
        ProvisionOptions o;
        o.outDir = p(tmp.path());
        o.nodes = 1;
        auto again = provision(p(kQuickPreset), o);
        QVERIFY2(!again.ok() && again.error().contains(u"already holds"_s),
                 qPrintable(again.error()));

        QTemporaryDir fresh;
        o.outDir = p(fresh.filePath(u"out"_s));
        auto missing = provision("/nonexistent/x.fed.json", o);
        QVERIFY2(!missing.ok() && missing.error().contains(u"/nonexistent/x.fed.json"_s),
                 qPrintable(missing.error()));
        o.extraHostNames = {"bad,DNS:evil.example"};
        auto injected = provision(p(kQuickPreset), o);
        QVERIFY2(!injected.ok() && injected.error().contains(u"not a valid host name"_s),
                 qPrintable(injected.error()));
        o.extraHostNames = {};
        o.coordinatorPort = 70000;
        QVERIFY(!provision(p(kQuickPreset), o).ok());
        QVERIFY(!fs::exists(o.outDir / "coordinator")); // nothing half-written
    }

    void memberListsAreCheckedAndOptional() {
        QTemporaryDir tmp;
        provisionInto(tmp.path(), 3);
        const fs::path kit = p(tmp.path()) / "nodes" / "node-001";
        const QByteArray original = readText(kit / "kit.json");
        const QJsonObject meta = QJsonDocument::fromJson(original).object();
        const QJsonArray members = meta.value(u"members"_s).toArray();
        QCOMPARE(members.size(), 3);
        const auto withMembers = [&](const QJsonValue& list) {
            QJsonObject edited = meta;
            if (list.isUndefined())
                edited.remove(u"members"_s);
            else
                edited.insert(u"members"_s, list);
            writeText(kit / "kit.json", QJsonDocument(edited).toJson());
        };
        const auto expectError = [&](const char* fragment) {
            auto r = loadNodeKit(kit);
            QVERIFY2(!r.ok(), "a kit with a broken member list loaded");
            QVERIFY2(r.error().contains(u"kit.json"_s) &&
                         r.error().contains(QLatin1String(fragment)),
                     qPrintable(r.error()));
        };

        // A kit provisioned before kits listed members still loads, with no members.
        withMembers(QJsonValue::Undefined);
        auto legacy = loadNodeKit(kit);
        QVERIFY2(legacy.ok(), qPrintable(legacy.error()));
        QVERIFY(legacy->members.empty());

        withMembers(u"all of them"_s);
        expectError("'members' is not a list");
        // A member key that is not an Ed25519 public key.
        QJsonArray mismatched = members;
        QJsonObject entry = mismatched.at(2).toObject();
        entry.insert(u"public_key"_s, entry.value(u"public_key"_s).toString().left(62));
        mismatched.replace(2, entry);
        withMembers(mismatched);
        expectError("members[2]: malformed entry");
        entry.insert(u"index"_s, u"2"_s);
        entry.insert(u"public_key"_s, members.at(2).toObject().value(u"public_key"_s));
        mismatched.replace(2, entry);
        withMembers(mismatched);
        expectError("members[2]: malformed entry");
        QJsonArray twice = members;
        twice.append(members.at(0));
        withMembers(twice);
        expectError("node index 0 is listed twice");
        // This node listed under another key (another member's entry moved to its index).
        QJsonArray notSelf = members;
        QJsonObject moved = members.at(0).toObject();
        moved.insert(u"index"_s, 1);
        notSelf.replace(1, moved);
        notSelf.removeAt(0);
        withMembers(notSelf);
        expectError("does not list this node (index 1) with its own signing key");
        QJsonArray withoutSelf = members;
        withoutSelf.removeAt(1);
        withMembers(withoutSelf);
        expectError("does not list this node (index 1)");

        writeText(kit / "kit.json", original);
        auto restored = loadNodeKit(kit);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QCOMPARE(restored->members.size(), std::size_t{3});

        // Revocation changes no member's key: issued kits stay as they are and still agree
        // with the coordinator's list.
        QVERIFY(revokeNode(p(tmp.path()) / "coordinator", "2", "left").ok());
        auto coord = loadCoordinatorKit(p(tmp.path()) / "coordinator");
        QVERIFY2(coord.ok(), qPrintable(coord.error()));
        for (const NodeEntry& e : coord->nodes)
            QCOMPARE(restored->members.at(e.index), e.publicKey);
    }

    void revocationIsRecordedAndEnforced() {
        QTemporaryDir tmp;
        provisionInto(tmp.path(), 3);
        const fs::path coordDir = p(tmp.path()) / "coordinator";
        auto node1 = loadNodeKit(p(tmp.path()) / "nodes" / "node-001");
        auto node2 = loadNodeKit(p(tmp.path()) / "nodes" / "node-002");
        QVERIFY(node1.ok() && node2.ok());

        QVERIFY(!revokeNode(coordDir, "1", "").ok());
        auto unknown = revokeNode(coordDir, "node-009", "lost");
        QVERIFY2(!unknown.ok() && unknown.error().contains(u"no node 'node-009'"_s),
                 qPrintable(unknown.error()));
        auto byIndex = revokeNode(coordDir, "1", "laptop stolen");
        QVERIFY2(byIndex.ok(), qPrintable(byIndex.error()));
        auto twice = revokeNode(coordDir, "node-001", "again");
        QVERIFY2(!twice.ok() && twice.error().contains(u"already revoked (laptop stolen)"_s),
                 qPrintable(twice.error()));
        auto byId = revokeNode(coordDir, node2->nodeId.substr(0, 12), "left the consortium");
        QVERIFY2(byId.ok(), qPrintable(byId.error()));
        QCOMPARE(modeOf(coordDir / "nodes.json"), modeOf(coordDir / "federation.json"));

        auto coord = loadCoordinatorKit(coordDir);
        QVERIFY2(coord.ok(), qPrintable(coord.error()));
        QVERIFY(!coord->nodes[0].revoked);
        QVERIFY(coord->nodes[1].revoked);
        QCOMPARE(coord->nodes[1].revokedReason, "laptop stolen"s);
        QVERIFY(coord->nodes[2].revoked);

        auto refused = identifyNode(*coord, node1->certPem);
        QVERIFY2(!refused.ok() && refused.error().contains(u"node-001"_s) &&
                     refused.error().contains(u"revoked: laptop stolen"_s),
                 qPrintable(refused.error()));
        auto node0 = loadNodeKit(p(tmp.path()) / "nodes" / "node-000");
        QVERIFY(identifyNode(*coord, node0->certPem).ok());
    }

    void identifyNodeRefusesStrangers() {
        QTemporaryDir tmp, other;
        provisionInto(tmp.path(), 1);
        provisionInto(other.path(), 1);
        auto coord = loadCoordinatorKit(p(tmp.path()) / "coordinator");
        auto foreign = loadNodeKit(p(other.path()) / "nodes" / "node-000");
        QVERIFY(coord.ok() && foreign.ok());
        auto r = identifyNode(*coord, foreign->certPem);
        QVERIFY2(!r.ok() && r.error().contains(u"not issued by this federation's CA"_s),
                 qPrintable(r.error()));
        QVERIFY(!identifyNode(*coord, "").ok());
        QVERIFY(!identifyNode(*coord, "-----BEGIN CERTIFICATE-----\nxx\n").ok());
        // The coordinator's own certificate is for servers only.
        auto server = identifyNode(*coord, coord->certPem);
        QVERIFY2(!server.ok(), qPrintable(server.error()));
    }

    void coordinatorKitChecksItsFiles() {
        QTemporaryDir tmp;
        provisionInto(tmp.path(), 1);
        const fs::path dir = p(tmp.path()) / "coordinator";
        fs::permissions(dir / "ca.key", fs::perms::others_read, fs::perm_options::add);
        auto open = loadCoordinatorKit(dir);
        QVERIFY2(!open.ok() && open.error().contains(u"ca.key"_s) &&
                     open.error().contains(u"0604"_s),
                 qPrintable(open.error()));
        fs::permissions(dir / "ca.key", fs::perms::others_read, fs::perm_options::remove);
        const QByteArray index = readText(dir / "nodes.json");
        writeText(dir / "nodes.json",
                  QByteArray(index).replace("\"cert_serial\": \"", "\"cert_serial\": \"x"));
        QVERIFY(loadCoordinatorKit(dir).ok()); // a serial is opaque text
        writeText(dir / "nodes.json",
                  QByteArray(index).replace("\"public_key\": \"", "\"public_key\": \"00"));
        auto bad = loadCoordinatorKit(dir);
        QVERIFY2(!bad.ok() && bad.error().contains(u"nodes.json: nodes[0]"_s),
                 qPrintable(bad.error()));
    }

    void tarRoundTripAndHostileArchives() {
        std::vector<TarEntry> entries{{"kit/", 0700, {}},
                                      {"kit/a.txt", 0600, "hello"},
                                      {"kit/b.bin", 0644, QByteArray(1000, '\x01')}};
        auto gz = writeTarGz(entries, 1700000000);
        QVERIFY(gz.ok());
        auto back = readTarGz(*gz);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->size(), std::size_t{3});
        QCOMPARE((*back)[1].data, QByteArray("hello"));
        QCOMPARE((*back)[1].mode, 0600U);
        QCOMPARE((*back)[2].data.size(), 1000);
        QVERIFY(!writeTarGz({{"../evil", 0644, "x"}}, 0).ok());
        QVERIFY(!writeTarGz({{"/etc/passwd", 0644, "x"}}, 0).ok());
        QVERIFY(!readTarGz("not gzip").ok());
        auto bomb = readTarGz(*gz, 1024);
        QVERIFY(!bomb.ok());
    }

    // The kit's certificates in a real TLS 1.3 handshake, both sides verifying (what gRPC's
    // OpenSSL-based credentials do): the node is accepted, a foreign CA's node is not.
    void mutualTlsHandshakeWithIssuedCertificates() {
        QTemporaryDir tmp, other;
        provisionInto(tmp.path(), 1);
        provisionInto(other.path(), 1);
        auto coord = loadCoordinatorKit(p(tmp.path()) / "coordinator");
        auto node = loadNodeKit(p(tmp.path()) / "nodes" / "node-000");
        auto foreign = loadNodeKit(p(other.path()) / "nodes" / "node-000");
        QVERIFY(coord.ok() && node.ok() && foreign.ok());
        QVERIFY(handshake(*coord, node->caPem, node->certPem, node->keyPem));
        QVERIFY(!handshake(*coord, foreign->caPem, foreign->certPem, foreign->keyPem));
    }

private:
    static SSL_CTX* context(bool server, const std::string& caPem, const std::string& certPem,
                            const std::string& keyPem) {
        SSL_CTX* ctx = SSL_CTX_new(server ? TLS_server_method() : TLS_client_method());
        SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
        BIO* b = BIO_new_mem_buf(certPem.data(), static_cast<int>(certPem.size()));
        X509* cert = PEM_read_bio_X509(b, nullptr, nullptr, nullptr);
        BIO_free(b);
        b = BIO_new_mem_buf(keyPem.data(), static_cast<int>(keyPem.size()));
        EVP_PKEY* key = PEM_read_bio_PrivateKey(b, nullptr, nullptr, nullptr);
        BIO_free(b);
        b = BIO_new_mem_buf(caPem.data(), static_cast<int>(caPem.size()));
        X509* ca = PEM_read_bio_X509(b, nullptr, nullptr, nullptr);
        BIO_free(b);
        SSL_CTX_use_certificate(ctx, cert);
        SSL_CTX_use_PrivateKey(ctx, key);
        X509_STORE_add_cert(SSL_CTX_get_cert_store(ctx), ca);
        SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nullptr);
        X509_free(cert);
        X509_free(ca);
        EVP_PKEY_free(key);
        return ctx;
    }

    static bool handshake(const CoordinatorKit& coord, const std::string& ca,
                          const std::string& cert, const std::string& key) {
        SSL_CTX* sctx = context(true, coord.caPem, coord.certPem, coord.keyPem);
        SSL_CTX* cctx = context(false, ca, cert, key);
        SSL* s = SSL_new(sctx);
        SSL* c = SSL_new(cctx);
        SSL_set1_host(c, "localhost"); // the coordinator certificate's SAN
        BIO *sb = nullptr, *cb = nullptr;
        BIO_new_bio_pair(&sb, 0, &cb, 0);
        SSL_set_bio(s, sb, sb);
        SSL_set_bio(c, cb, cb);
        SSL_set_accept_state(s);
        SSL_set_connect_state(c);
        bool sDone = false, cDone = false, failed = false;
        for (int i = 0; i < 100 && !(sDone && cDone) && !failed; ++i) {
            for (auto [ssl, done] : {std::pair{c, &cDone}, std::pair{s, &sDone}}) {
                if (*done)
                    continue;
                const int rc = SSL_do_handshake(ssl);
                if (rc == 1)
                    *done = true;
                else if (const int e = SSL_get_error(ssl, rc);
                         e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
                    failed = true;
            }
        }
        // TLS 1.3 clients finish before the server has checked their certificate: read once.
        char byte = 0;
        if (!failed && sDone && cDone) {
            SSL_write(c, "x", 1);
            failed = SSL_read(s, &byte, 1) != 1;
        }
        ERR_clear_error();
        SSL_free(s);
        SSL_free(c);
        SSL_CTX_free(sctx);
        SSL_CTX_free(cctx);
        return !failed && sDone && cDone && byte == 'x';
    }
};

QTEST_GUILESS_MAIN(TestPki)
#include "test_pki.moc"
