#include "engine/pki/Provisioning.h"

#include "engine/core/Hash.h"
#include "engine/core/OpenSslError.h"
#include "engine/ledger/Keys.h"
#include "engine/pki/TarGz.h"
#include "engine/spec/SpecIO.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <memory>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
namespace fs = std::filesystem;

namespace fed::pki {
namespace {

// ---- OpenSSL ownership -------------------------------------------------------------------

template <auto Free> struct Deleter {
    template <typename T> void operator()(T* p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using StoreCtx = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;
using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using BigNum = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using Names = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES_free>>;

QString qp(const fs::path& p) {
    return QString::fromStdString(p.string());
}
QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::string bioText(BIO* bio) {
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return std::string(data, static_cast<std::size_t>(std::max(0L, n)));
}

Result<PKey> generateP256() {
    // P-256: accepted by every TLS stack gRPC may be built on (OpenSSL here, BoringSSL
    // elsewhere) and by python3-grpcio, unlike Ed25519 certificates.
    PKeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY* key = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 ||
        EVP_PKEY_CTX_set_group_name(ctx.get(), "P-256") != 1 ||
        EVP_PKEY_generate(ctx.get(), &key) != 1)
        return fail(u"cannot generate a P-256 key: %1"_s.arg(opensslError()));
    return PKey(key);
}

std::string keyPem(EVP_PKEY* key) {
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioText(bio.get());
}

std::string certPem(X509* cert) {
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioText(bio.get());
}

Result<Cert> parseCert(std::string_view pem, const QString& what) {
    Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    Cert cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert) {
        ERR_clear_error();
        return fail(u"%1: not a PEM certificate"_s.arg(what));
    }
    return cert;
}

Result<PKey> parseKey(std::string_view pem, const QString& what) {
    Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    PKey key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key) {
        ERR_clear_error();
        return fail(u"%1: not an unencrypted PEM private key"_s.arg(what));
    }
    return key;
}

std::string ed25519Pem(const QByteArray& seed) {
    PKey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                          reinterpret_cast<const unsigned char*>(seed.data()),
                                          static_cast<std::size_t>(seed.size())));
    return key ? keyPem(key.get()) : std::string();
}

Result<QByteArray> ed25519Seed(std::string_view pem, const QString& what) {
    auto key = parseKey(pem, what);
    if (!key)
        return key.takeError();
    if (EVP_PKEY_get_id(key->get()) != EVP_PKEY_ED25519)
        return fail(u"%1: not an Ed25519 key"_s.arg(what));
    QByteArray seed(32, Qt::Uninitialized);
    std::size_t length = 32;
    if (EVP_PKEY_get_raw_private_key(key->get(), reinterpret_cast<unsigned char*>(seed.data()),
                                     &length) != 1 ||
        length != 32)
        return fail(u"%1: cannot read the Ed25519 key: %2"_s.arg(what, opensslError()));
    return seed;
}

std::string randomHex(int bytes) {
    QByteArray raw(bytes, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), bytes);
    return raw.toHex().toStdString();
}

std::string serialHex(const X509* cert) {
    BigNum bn(ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr));
    if (!bn)
        return {};
    char* hex = BN_bn2hex(bn.get());
    std::string out(hex);
    OPENSSL_free(hex);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool isIpAddress(const std::string& host) {
    unsigned char buf[16];
    return inet_pton(AF_INET, host.c_str(), buf) == 1 ||
           inet_pton(AF_INET6, host.c_str(), buf) == 1;
}

bool validHostName(const std::string& name) {
    // Restricts to what a DNS name or IP literal can hold, so a name cannot smuggle extra
    // entries into the comma-separated subjectAltName value.
    return !name.empty() && name.size() < 254 && std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == ':' ||
               c == '*' || c == '_';
    });
}

struct CertRequest {
    std::string commonName;
    EVP_PKEY* subjectKey = nullptr;
    X509* issuer = nullptr; // null: self-signed
    EVP_PKEY* issuerKey = nullptr;
    int validityDays = 365;
    std::vector<std::pair<int, std::string>> extensions;
};

Result<Cert> issue(const CertRequest& r) {
    Cert cert(X509_new());
    if (!cert)
        return fail(u"out of memory"_s);
    X509_set_version(cert.get(), X509_VERSION_3);
    // 127 random bits: unique across kits and positive, as RFC 5280 requires.
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    serial[0] |= 0x01;
    BigNum bn(BN_bin2bn(serial, sizeof serial, nullptr));
    BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get()));
    // An hour of slack for clocks that lag the provisioning machine's.
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 86400L * r.validityDays);
    X509_NAME* name = X509_get_subject_name(cert.get());
    const auto add = [name](const char* field, const std::string& value) {
        X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(value.c_str()), -1, -1,
                                   0);
    };
    add("O", "Federation Studio");
    add("CN", r.commonName);
    X509_set_issuer_name(cert.get(), r.issuer ? X509_get_subject_name(r.issuer)
                                              : X509_get_subject_name(cert.get()));
    X509_set_pubkey(cert.get(), r.subjectKey);

    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, r.issuer ? r.issuer : cert.get(), cert.get(), nullptr, nullptr, 0);
    for (const auto& [nid, value] : r.extensions) {
        X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.c_str());
        if (!ext)
            return fail(
                u"cannot build certificate extension '%1': %2"_s.arg(qs(value), opensslError()));
        X509_add_ext(cert.get(), ext, -1);
        X509_EXTENSION_free(ext);
    }
    if (X509_sign(cert.get(), r.issuerKey, EVP_sha256()) <= 0)
        return fail(u"cannot sign a certificate: %1"_s.arg(opensslError()));
    return cert;
}

//! The node id a certificate carries in its `urn:fedstudio:node:<id>` SAN URI, or "".
std::string certNodeId(X509* cert) {
    static constexpr std::string_view prefix = "urn:fedstudio:node:";
    Names names(static_cast<GENERAL_NAMES*>(
        X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr)));
    if (!names)
        return {};
    const auto* stack = reinterpret_cast<const OPENSSL_STACK*>(names.get());
    for (int i = 0; i < OPENSSL_sk_num(stack); ++i) {
        const auto* gn = static_cast<const GENERAL_NAME*>(OPENSSL_sk_value(stack, i));
        if (gn->type != GEN_URI)
            continue;
        const ASN1_STRING* uri = gn->d.uniformResourceIdentifier;
        const std::string text(reinterpret_cast<const char*>(ASN1_STRING_get0_data(uri)),
                               static_cast<std::size_t>(ASN1_STRING_length(uri)));
        if (text.starts_with(prefix))
            return text.substr(prefix.size());
    }
    return {};
}

//! Checks `leaf` against `ca` alone (signature, validity period, key usage for `purpose`).
Status verifyIssuedBy(X509* leaf, X509* ca, int purpose, const QString& what) {
    Store store(X509_STORE_new());
    StoreCtx ctx(X509_STORE_CTX_new());
    if (!store || !ctx || X509_STORE_add_cert(store.get(), ca) != 1 ||
        X509_STORE_CTX_init(ctx.get(), store.get(), leaf, nullptr) != 1)
        return fail(u"%1: cannot set up certificate verification: %2"_s.arg(what, opensslError()));
    X509_STORE_CTX_set_purpose(ctx.get(), purpose);
    if (X509_verify_cert(ctx.get()) != 1) {
        const int code = X509_STORE_CTX_get_error(ctx.get());
        ERR_clear_error();
        QString reason = QString::fromLatin1(X509_verify_cert_error_string(code));
        if (code == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY ||
            code == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT ||
            code == X509_V_ERR_CERT_SIGNATURE_FAILURE ||
            code == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT)
            reason = u"not issued by this federation's CA (%1)"_s.arg(reason);
        return fail(u"%1: %2"_s.arg(what, reason));
    }
    return {};
}

// ---- files -------------------------------------------------------------------------------

//! Creates `path` (which must not exist) with `mode`, whatever the umask.
Status writeNewFile(const fs::path& path, std::string_view data, mode_t mode) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return fail(
            u"%1: cannot create: %2"_s.arg(qp(path), QString::fromLocal8Bit(std::strerror(errno))));
    bool ok = ::fchmod(fd, mode) == 0;
    std::size_t done = 0;
    while (ok && done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        if (ok)
            done += static_cast<std::size_t>(n);
    }
    const int savedErrno = errno;
    ok = (::fsync(fd) == 0) && ok;
    ::close(fd);
    if (!ok)
        return fail(u"%1: cannot write: %2"_s.arg(
            qp(path), QString::fromLocal8Bit(std::strerror(savedErrno))));
    return {};
}

Status writeJsonAtomically(const fs::path& path, const QJsonObject& object) {
    QSaveFile file(qp(path));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(object).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return fail(u"%1: cannot write: %2"_s.arg(qp(path), file.errorString()));
    return {};
}

std::string toStd(const QByteArray& b) {
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

//! A kit's files, from a folder or an archive, with their modes.
struct KitFiles {
    std::map<std::string, std::pair<std::string, unsigned>> files; // name -> (bytes, mode)
    QString origin; // "DIR/" or "ARCHIVE:" for messages

    QString where(const std::string& name) const { return origin + qs(name); }

    Result<std::string> get(const std::string& name) const {
        auto it = files.find(name);
        if (it == files.end())
            return fail(u"%1: missing"_s.arg(where(name)));
        return it->second.first;
    }
    //! Private keys must not be readable by group or others, as ssh insists for its keys.
    Result<std::string> getPrivate(const std::string& name) const {
        auto it = files.find(name);
        if (it == files.end())
            return fail(u"%1: missing"_s.arg(where(name)));
        if ((it->second.second & 077U) != 0)
            return fail(u"%1: permissions %2 are too open for a private key; make it 0600 "
                        "(chmod 600)"_s.arg(where(name))
                            .arg(it->second.second & 0777U, 4, 8, QLatin1Char('0')));
        return it->second.first;
    }
};

Result<KitFiles> readFolder(const fs::path& dir, const std::vector<std::string>& names) {
    KitFiles kit;
    kit.origin = qp(dir) + u'/';
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return fail(u"%1: not a folder"_s.arg(qp(dir)));
    for (const std::string& name : names) {
        const fs::path p = dir / name;
        struct stat st {};
        if (::stat(p.c_str(), &st) != 0)
            continue; // reported as missing when asked for
        QFile f(qp(p));
        if (!f.open(QIODevice::ReadOnly))
            return fail(u"%1: cannot read: %2"_s.arg(qp(p), f.errorString()));
        kit.files[name] = {toStd(f.readAll()), static_cast<unsigned>(st.st_mode & 07777U)};
    }
    return kit;
}

Result<QJsonObject> parseJson(const KitFiles& files, const std::string& name) {
    auto text = files.get(name);
    if (!text)
        return text.takeError();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(*text), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(u"%1: not a JSON object (%2)"_s.arg(files.where(name), error.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(u"format"_s).toInt(-1) != kKitFormat)
        return fail(u"%1: unsupported format %2 (this build reads format %3)"_s
                        .arg(files.where(name), o.value(u"format"_s).toVariant().toString())
                        .arg(kKitFormat));
    return o;
}

Result<std::string> requireString(const QJsonObject& o, const QString& key, const QString& where) {
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().isEmpty())
        return fail(u"%1: '%2' is missing or not a string"_s.arg(where, key));
    return v.toString().toStdString();
}

QString nowUtc() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

std::string hostPort(const std::string& host, int port) {
    const bool ipv6 = host.find(':') != std::string::npos;
    return (ipv6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

const std::vector<std::string> kNodeFiles{"kit.json", "ca.pem",      "node.pem",
                                          "node.key", "signing.key", "spec.fed.json"};
const std::vector<std::string> kCoordinatorFiles{
    "ca.pem",      "ca.key",     "coordinator.pem", "coordinator.key",
    "signing.key", "nodes.json", "spec.fed.json",   "federation.json"};

QJsonObject entryToJson(const NodeEntry& e) {
    return QJsonObject{{u"index"_s, e.index},
                       {u"name"_s, qs(nodeName(e.index))},
                       {u"node_id"_s, qs(e.nodeId)},
                       {u"public_key"_s, QString::fromLatin1(e.publicKey.toHex())},
                       {u"cert_serial"_s, qs(e.certSerialHex)},
                       {u"revoked"_s, e.revoked},
                       {u"revoked_reason"_s, qs(e.revokedReason)}};
}

//! A kit.json `members` entry: what a node needs to check a member's signatures. The node id
//! (derived from the key) is left out: every kit holds every member, so kits grow with n^2.
QJsonObject memberToJson(const NodeEntry& e) {
    return QJsonObject{{u"index"_s, e.index},
                       {u"public_key"_s, QString::fromLatin1(e.publicKey.toHex())}};
}

//! kit.json's `members` -> node index -> key. Absent: an empty map (a kit made before kits
//! listed members). Present: every entry well formed (an index and a valid Ed25519 key), no
//! index twice, and this node listed with `ownKey`.
Result<std::map<int, QByteArray>> parseMembers(const QJsonObject& meta, const QString& where,
                                               int ownIndex, const QByteArray& ownKey) {
    std::map<int, QByteArray> out;
    if (!meta.contains(u"members"_s))
        return out;
    if (!meta.value(u"members"_s).isArray())
        return fail(u"%1: 'members' is not a list"_s.arg(where));
    const QJsonArray entries = meta.value(u"members"_s).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries.at(i).toObject();
        const QString at = u"%1: members[%2]"_s.arg(where).arg(i);
        const QJsonValue indexValue = o.value(u"index"_s);
        const int index = indexValue.isDouble() ? indexValue.toInt(-1) : -1;
        const QByteArray key = QByteArray::fromHex(o.value(u"public_key"_s).toString().toLatin1());
        PublicKey pk;
        if (index < 0 || !PublicKey::fromBytes(key, pk))
            return fail(u"%1: malformed entry (a node index and a 64-hex-digit Ed25519 "
                        "public_key)"_s.arg(at));
        if (!out.emplace(index, key).second)
            return fail(u"%1: node index %2 is listed twice"_s.arg(at).arg(index));
    }
    const auto own = out.find(ownIndex);
    if (own == out.end() || own->second != ownKey)
        return fail(u"%1: 'members' does not list this node (index %2) with its own signing key"_s
                        .arg(where)
                        .arg(ownIndex));
    return out;
}

} // namespace

std::string nodeName(int index) {
    std::string digits = std::to_string(index);
    if (digits.size() < 3)
        digits.insert(0, 3 - digits.size(), '0');
    return "node-" + digits;
}

// ---- provisioning ------------------------------------------------------------------------

Result<void> provision(const fs::path& specPath, const ProvisionOptions& options) {
    if (options.nodes < 0 || options.nodes > 10000)
        return fail(u"--nodes must be between 1 and 10000, got %1"_s.arg(options.nodes));
    if (options.coordinatorPort < 1 || options.coordinatorPort > 65535)
        return fail(u"the coordinator port must be between 1 and 65535, got %1"_s.arg(
            options.coordinatorPort));
    if (options.validityDays < 1 || options.validityDays > 36500)
        return fail(
            u"the validity must be between 1 and 36500 days, got %1"_s.arg(options.validityDays));
    if (options.outDir.empty())
        return fail(u"no output folder given"_s);
    std::vector<std::string> hostNames{options.coordinatorHost, "localhost", "127.0.0.1"};
    hostNames.insert(hostNames.end(), options.extraHostNames.begin(), options.extraHostNames.end());
    for (const std::string& h : hostNames)
        if (!validHostName(h))
            return fail(u"'%1' is not a valid host name or IP address"_s.arg(qs(h)));

    QStringList overrides;
    auto spec = loadSpecFile(qp(specPath));
    if (!spec)
        return fail(u"%1: %2"_s.arg(qp(specPath), spec.error()));
    if (options.nodes > 0 && options.nodes != spec->clients) {
        // Each node trains the partition of its index, so the spec must have one client per node.
        spec = loadSpecFile(qp(specPath), {u"clients=%1"_s.arg(options.nodes)});
        if (!spec)
            return fail(u"%1 with clients = %2: %3"_s.arg(qp(specPath))
                            .arg(options.nodes)
                            .arg(spec.error()));
    }
    const int nodes = spec->clients;
    const std::string specJson = toStd(specToJson(*spec));
    const std::string specSha =
        toStd(Hash::of(QByteArray::fromStdString(specJson)).toHex().toLatin1());

    const fs::path out = options.outDir;
    const fs::path coordDir = out / "coordinator";
    const fs::path nodesDir = out / "nodes";
    std::error_code ec;
    if (fs::exists(coordDir, ec) || fs::exists(nodesDir, ec))
        return fail(u"%1 already holds a provisioned federation; choose a new folder (revoke "
                    "nodes with `fedctl revoke` instead of provisioning again)"_s.arg(qp(out)));

    // Everything is generated in memory first, so a failure writes nothing.
    const std::string federationId = randomHex(16);
    auto caKey = generateP256();
    if (!caKey)
        return caKey.takeError();
    auto ca = issue({"Federation Studio CA " + federationId.substr(0, 8),
                     caKey->get(),
                     nullptr,
                     caKey->get(),
                     options.validityDays,
                     {{NID_basic_constraints, "critical,CA:TRUE,pathlen:0"},
                      {NID_key_usage, "critical,keyCertSign,cRLSign"},
                      {NID_subject_key_identifier, "hash"}}});
    if (!ca)
        return ca.takeError();

    std::string sans;
    for (const std::string& h : hostNames) {
        const std::string entry = (isIpAddress(h) ? "IP:" : "DNS:") + h;
        if (sans.find(entry) == std::string::npos || sans.empty())
            sans += (sans.empty() ? "" : ",") + entry;
    }
    auto coordKey = generateP256();
    if (!coordKey)
        return coordKey.takeError();
    auto coordCert = issue({"coordinator",
                            coordKey->get(),
                            ca->get(),
                            caKey->get(),
                            options.validityDays,
                            {{NID_basic_constraints, "critical,CA:FALSE"},
                             {NID_key_usage, "critical,digitalSignature"},
                             {NID_ext_key_usage, "serverAuth"},
                             {NID_subject_key_identifier, "hash"},
                             {NID_authority_key_identifier, "keyid:always"},
                             {NID_subject_alt_name, sans}}});
    if (!coordCert)
        return coordCert.takeError();
    auto coordSigning = SigningKey::generate();
    if (!coordSigning)
        return coordSigning.takeError();

    struct NodeOut {
        NodeEntry entry;
        std::string certPem, keyPem, signingPem;
    };
    std::vector<NodeOut> nodeOuts;
    for (int i = 0; i < nodes; ++i) {
        auto signing = SigningKey::generate();
        if (!signing)
            return signing.takeError();
        auto key = generateP256();
        if (!key)
            return key.takeError();
        const std::string nodeId = signing->nodeId().toHex().toStdString();
        auto cert = issue(
            {nodeName(i),
             key->get(),
             ca->get(),
             caKey->get(),
             options.validityDays,
             {{NID_basic_constraints, "critical,CA:FALSE"},
              {NID_key_usage, "critical,digitalSignature"},
              {NID_ext_key_usage, "clientAuth"},
              {NID_subject_key_identifier, "hash"},
              {NID_authority_key_identifier, "keyid:always"},
              {NID_subject_alt_name, "URI:urn:fedstudio:node:" + nodeId + ",DNS:" + nodeName(i)}}});
        if (!cert)
            return cert.takeError();
        NodeOut n;
        n.entry.index = i;
        n.entry.nodeId = nodeId;
        n.entry.publicKey = signing->publicKey().toByteArray();
        n.entry.certSerialHex = serialHex(cert->get());
        n.certPem = certPem(cert->get());
        n.keyPem = keyPem(key->get());
        n.signingPem = ed25519Pem(signing->privateBytes());
        nodeOuts.push_back(std::move(n));
    }

    const std::string caPem = certPem(ca->get());
    const std::string address = hostPort(options.coordinatorHost, options.coordinatorPort);
    const bool loopback = options.coordinatorHost == "127.0.0.1" ||
                          options.coordinatorHost == "localhost" ||
                          options.coordinatorHost == "::1";
    const std::string listen =
        hostPort(loopback ? options.coordinatorHost : "0.0.0.0", options.coordinatorPort);
    const long long now = QDateTime::currentSecsSinceEpoch();

    const auto writeAll = [&]() -> Status {
        fs::create_directories(out, ec);
        if (ec || !fs::create_directory(coordDir, ec) || !fs::create_directory(nodesDir, ec))
            return fail(u"%1: cannot create folders: %2"_s.arg(qp(out), qs(ec.message())));
        fs::permissions(coordDir, fs::perms::owner_all, ec);
        QJsonArray entries;
        for (const NodeOut& n : nodeOuts)
            entries.append(entryToJson(n.entry));
        const QJsonObject federation{{u"format"_s, kKitFormat},
                                     {u"federation_id"_s, qs(federationId)},
                                     {u"listen_address"_s, qs(listen)},
                                     {u"coordinator_address"_s, qs(address)},
                                     {u"nodes"_s, nodes},
                                     {u"spec_sha256"_s, qs(specSha)},
                                     {u"created_utc"_s, nowUtc()}};
        const QJsonObject index{
            {u"format"_s, kKitFormat},
            {u"federation_id"_s, qs(federationId)},
            {u"coordinator_public_key"_s,
             QString::fromLatin1(coordSigning->publicKey().toByteArray().toHex())},
            {u"nodes"_s, entries}};
        const std::pair<const char*, std::pair<std::string, mode_t>> coordFiles[] = {
            {"ca.pem", {caPem, 0644}},
            {"ca.key", {keyPem(caKey->get()), 0600}},
            {"coordinator.pem", {certPem(coordCert->get()), 0644}},
            {"coordinator.key", {keyPem(coordKey->get()), 0600}},
            {"signing.key", {ed25519Pem(coordSigning->privateBytes()), 0600}},
            {"spec.fed.json", {specJson, 0644}},
            {"federation.json", {toStd(QJsonDocument(federation).toJson()), 0644}},
            {"nodes.json", {toStd(QJsonDocument(index).toJson()), 0644}},
        };
        for (const auto& [name, content] : coordFiles)
            if (Status s = writeNewFile(coordDir / name, content.first, content.second); !s)
                return s;

        // Every kit lists all members' signing keys (the genesis members), so a node can tell a
        // coordinator that forges a member's key from the first round on. Revocation does not
        // change a member's key, so kits stay valid across `fedctl revoke`.
        QJsonArray members;
        for (const NodeOut& n : nodeOuts)
            members.append(memberToJson(n.entry));
        for (const NodeOut& n : nodeOuts) {
            const std::string name = nodeName(n.entry.index);
            const QJsonObject kit{{u"format"_s, kKitFormat},
                                  {u"federation_id"_s, qs(federationId)},
                                  {u"node_index"_s, n.entry.index},
                                  {u"node_name"_s, qs(name)},
                                  {u"node_id"_s, qs(n.entry.nodeId)},
                                  {u"coordinator_address"_s, qs(address)},
                                  {u"spec_sha256"_s, qs(specSha)},
                                  {u"created_utc"_s, nowUtc()},
                                  {u"members"_s, members}};
            const std::vector<TarEntry> files{
                {name + "/", 0700, {}},
                {name + "/kit.json", 0644, QJsonDocument(kit).toJson()},
                {name + "/ca.pem", 0644, QByteArray::fromStdString(caPem)},
                {name + "/node.pem", 0644, QByteArray::fromStdString(n.certPem)},
                {name + "/node.key", 0600, QByteArray::fromStdString(n.keyPem)},
                {name + "/signing.key", 0600, QByteArray::fromStdString(n.signingPem)},
                {name + "/spec.fed.json", 0644, QByteArray::fromStdString(specJson)},
            };
            const fs::path dir = nodesDir / name;
            if (!fs::create_directory(dir, ec))
                return fail(u"%1: cannot create: %2"_s.arg(qp(dir), qs(ec.message())));
            fs::permissions(dir, fs::perms::owner_all, ec);
            for (std::size_t f = 1; f < files.size(); ++f) {
                const std::string base = files[f].name.substr(name.size() + 1);
                if (Status s = writeNewFile(dir / base, toStd(files[f].data),
                                            static_cast<mode_t>(files[f].mode));
                    !s)
                    return s;
            }
            auto archive = writeTarGz(files, now);
            if (!archive)
                return archive.takeError();
            // The archive holds private keys, so it is as private as they are.
            if (Status s = writeNewFile(nodesDir / (name + ".tar.gz"), toStd(*archive), 0600); !s)
                return s;
        }
        return {};
    };
    if (Status s = writeAll(); !s) {
        fs::remove_all(coordDir, ec);
        fs::remove_all(nodesDir, ec);
        return s;
    }
    return {};
}

// ---- loading -----------------------------------------------------------------------------

//! The two private keys every kit holds (both must be 0600): its TLS key, and the Ed25519 key
//! it signs ledger messages with.
template <typename Kit>
Status readPrivateKeys(const KitFiles& files, const std::string& tlsKeyFile, Kit& kit) {
    auto key = files.getPrivate(tlsKeyFile);
    if (!key)
        return key.takeError();
    kit.keyPem = *key;
    auto signingPem = files.getPrivate("signing.key");
    if (!signingPem)
        return signingPem.takeError();
    auto seed = ed25519Seed(*signingPem, files.where("signing.key"));
    if (!seed)
        return seed.takeError();
    kit.signingSeed = *seed;
    return {};
}

Result<NodeKit> loadNodeKit(const fs::path& kitDirOrArchive) {
    std::error_code ec;
    Result<KitFiles> files = fail(u"unreachable"_s);
    if (fs::is_directory(kitDirOrArchive, ec)) {
        files = readFolder(kitDirOrArchive, kNodeFiles);
    } else if (fs::is_regular_file(kitDirOrArchive, ec)) {
        const QString where = qp(kitDirOrArchive);
        struct stat st {};
        if (::stat(kitDirOrArchive.c_str(), &st) == 0 && (st.st_mode & 077U) != 0)
            return fail(u"%1: permissions %2 are too open for an archive holding private keys; "
                        "make it 0600 (chmod 600)"_s.arg(where)
                            .arg(st.st_mode & 0777U, 4, 8, QLatin1Char('0')));
        QFile f(where);
        if (!f.open(QIODevice::ReadOnly))
            return fail(u"%1: cannot read: %2"_s.arg(where, f.errorString()));
        auto entries = readTarGz(f.readAll());
        if (!entries)
            return fail(u"%1: %2"_s.arg(where, entries.error()));
        KitFiles kit;
        kit.origin = where + u':';
        for (const TarEntry& e : *entries) {
            if (e.isDirectory())
                continue;
            // Kits hold one top folder (node-NNN/); files are looked up by their base name.
            const std::size_t slash = e.name.find('/');
            const std::string base = slash == std::string::npos ? e.name : e.name.substr(slash + 1);
            if (base.find('/') == std::string::npos)
                kit.files[base] = {toStd(e.data), e.mode};
        }
        files = std::move(kit);
    } else {
        return fail(u"%1: no such kit folder or archive"_s.arg(qp(kitDirOrArchive)));
    }
    if (!files)
        return files.takeError();

    auto meta = parseJson(*files, "kit.json");
    if (!meta)
        return meta.takeError();
    const QString metaWhere = files->where("kit.json");
    NodeKit kit;
    kit.dir = kitDirOrArchive;
    for (auto [key, target] :
         {std::pair{u"federation_id"_s, &kit.federationId}, std::pair{u"node_id"_s, &kit.nodeId},
          std::pair{u"coordinator_address"_s, &kit.coordinatorAddress}}) {
        auto v = requireString(*meta, key, metaWhere);
        if (!v)
            return v.takeError();
        *target = *v;
    }
    const QJsonValue index = meta->value(u"node_index"_s);
    if (!index.isDouble() || index.toInt(-1) < 0)
        return fail(u"%1: 'node_index' is missing or not a non-negative integer"_s.arg(metaWhere));
    kit.nodeIndex = index.toInt();

    for (auto [name, target] :
         {std::pair{"ca.pem", &kit.caPem}, std::pair{"node.pem", &kit.certPem},
          std::pair{"spec.fed.json", &kit.specJson}}) {
        auto v = files->get(name);
        if (!v)
            return v.takeError();
        *target = *v;
    }
    if (Status s = readPrivateKeys(*files, "node.key", kit); !s)
        return s.takeError();

    auto ca = parseCert(kit.caPem, files->where("ca.pem"));
    if (!ca)
        return ca.takeError();
    auto cert = parseCert(kit.certPem, files->where("node.pem"));
    if (!cert)
        return cert.takeError();
    if (Status s = verifyIssuedBy(cert->get(), ca->get(), X509_PURPOSE_SSL_CLIENT,
                                  files->where("node.pem"));
        !s)
        return s.takeError();
    auto tlsKey = parseKey(kit.keyPem, files->where("node.key"));
    if (!tlsKey)
        return tlsKey.takeError();
    if (X509_check_private_key(cert->get(), tlsKey->get()) != 1) {
        ERR_clear_error();
        return fail(
            u"%1: does not belong to the certificate in node.pem"_s.arg(files->where("node.key")));
    }
    auto signing = SigningKey::fromPrivateBytes(kit.signingSeed);
    if (!signing)
        return fail(u"%1: %2"_s.arg(files->where("signing.key"), signing.error()));
    const std::string derived = signing->nodeId().toHex().toStdString();
    if (derived != kit.nodeId)
        return fail(u"%1: its node id %2 differs from kit.json's %3"_s.arg(
            files->where("signing.key"), qs(derived), qs(kit.nodeId)));
    if (certNodeId(cert->get()) != kit.nodeId)
        return fail(u"%1: the certificate names node id '%2', kit.json says %3"_s.arg(
            files->where("node.pem"), qs(certNodeId(cert->get())), qs(kit.nodeId)));
    auto members =
        parseMembers(*meta, metaWhere, kit.nodeIndex, signing->publicKey().toByteArray());
    if (!members)
        return members.takeError();
    kit.members = std::move(*members);
    auto specSha = requireString(*meta, u"spec_sha256"_s, metaWhere);
    if (!specSha)
        return specSha.takeError();
    if (Hash::of(QByteArray::fromStdString(kit.specJson)).toHex().toStdString() != *specSha)
        return fail(u"%1: does not match the spec_sha256 in kit.json (edited after "
                    "provisioning?)"_s.arg(files->where("spec.fed.json")));
    return kit;
}

Result<CoordinatorKit> loadCoordinatorKit(const fs::path& coordinatorDir) {
    auto files = readFolder(coordinatorDir, kCoordinatorFiles);
    if (!files)
        return files.takeError();
    auto federation = parseJson(*files, "federation.json");
    if (!federation)
        return federation.takeError();
    CoordinatorKit kit;
    kit.dir = coordinatorDir;
    const QString fedWhere = files->where("federation.json");
    for (auto [key, target] : {std::pair{u"federation_id"_s, &kit.federationId},
                               std::pair{u"listen_address"_s, &kit.listenAddress}}) {
        auto v = requireString(*federation, key, fedWhere);
        if (!v)
            return v.takeError();
        *target = *v;
    }
    for (auto [name, target] :
         {std::pair{"ca.pem", &kit.caPem}, std::pair{"coordinator.pem", &kit.certPem},
          std::pair{"spec.fed.json", &kit.specJson}}) {
        auto v = files->get(name);
        if (!v)
            return v.takeError();
        *target = *v;
    }
    if (Status s = readPrivateKeys(*files, "coordinator.key", kit); !s)
        return s.takeError();
    if (auto caKey = files->getPrivate("ca.key"); !caKey)
        return caKey.takeError();

    auto ca = parseCert(kit.caPem, files->where("ca.pem"));
    if (!ca)
        return ca.takeError();
    auto cert = parseCert(kit.certPem, files->where("coordinator.pem"));
    if (!cert)
        return cert.takeError();
    if (Status s = verifyIssuedBy(cert->get(), ca->get(), X509_PURPOSE_SSL_SERVER,
                                  files->where("coordinator.pem"));
        !s)
        return s.takeError();
    auto tlsKey = parseKey(kit.keyPem, files->where("coordinator.key"));
    if (!tlsKey)
        return tlsKey.takeError();
    if (X509_check_private_key(cert->get(), tlsKey->get()) != 1) {
        ERR_clear_error();
        return fail(u"%1: does not belong to the certificate in coordinator.pem"_s.arg(
            files->where("coordinator.key")));
    }

    auto index = parseJson(*files, "nodes.json");
    if (!index)
        return index.takeError();
    const QString indexWhere = files->where("nodes.json");
    if (index->value(u"federation_id"_s).toString().toStdString() != kit.federationId)
        return fail(u"%1: belongs to another federation than federation.json"_s.arg(indexWhere));
    const QJsonArray entries = index->value(u"nodes"_s).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries.at(i).toObject();
        const QString where = u"%1: nodes[%2]"_s.arg(indexWhere).arg(i);
        NodeEntry e;
        e.index = o.value(u"index"_s).toInt(-1);
        e.nodeId = o.value(u"node_id"_s).toString().toStdString();
        e.publicKey = QByteArray::fromHex(o.value(u"public_key"_s).toString().toLatin1());
        e.certSerialHex = o.value(u"cert_serial"_s).toString().toStdString();
        e.revoked = o.value(u"revoked"_s).toBool();
        e.revokedReason = o.value(u"revoked_reason"_s).toString().toStdString();
        PublicKey pk;
        if (e.index < 0 || e.certSerialHex.empty() || !PublicKey::fromBytes(e.publicKey, pk) ||
            nodeIdOf(pk).toHex().toStdString() != e.nodeId)
            return fail(u"%1: malformed entry (index, node_id, public_key and cert_serial must "
                        "agree)"_s.arg(where));
        kit.nodes.push_back(std::move(e));
    }
    return kit;
}

Result<void> revokeNode(const fs::path& coordinatorDir, std::string_view nodeIdOrIndex,
                        std::string_view reason) {
    if (reason.empty())
        return fail(u"give a reason for the revocation; it is kept in nodes.json"_s);
    auto kit = loadCoordinatorKit(coordinatorDir);
    if (!kit)
        return kit.takeError();
    const std::string wanted(nodeIdOrIndex);
    std::vector<std::size_t> matches;
    for (std::size_t i = 0; i < kit->nodes.size(); ++i) {
        const NodeEntry& e = kit->nodes[i];
        const bool byIndex = !wanted.empty() && wanted.size() < 8 &&
                             std::all_of(wanted.begin(), wanted.end(), ::isdigit) &&
                             std::stoi(wanted) == e.index;
        const bool byName = wanted == nodeName(e.index);
        const bool byId = wanted.size() >= 8 && e.nodeId.starts_with(wanted);
        if (byIndex || byName || byId)
            matches.push_back(i);
    }
    if (matches.empty())
        return fail(u"no node '%1' in %2 (give an index, node-NNN or a node id)"_s.arg(
            qs(wanted), qp(coordinatorDir / "nodes.json")));
    if (matches.size() > 1)
        return fail(u"'%1' matches %2 nodes; give more digits of the node id"_s.arg(qs(wanted))
                        .arg(matches.size()));

    // Rewrites the entry in the file as stored, keeping anything this build does not know.
    const fs::path path = coordinatorDir / "nodes.json";
    QFile f(qp(path));
    if (!f.open(QIODevice::ReadOnly))
        return fail(u"%1: cannot read: %2"_s.arg(qp(path), f.errorString()));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray entries = root.value(u"nodes"_s).toArray();
    const auto at = static_cast<qsizetype>(matches.front());
    QJsonObject entry = entries.at(at).toObject();
    if (entry.value(u"revoked"_s).toBool())
        return fail(
            u"%1 is already revoked (%2)"_s.arg(qs(nodeName(kit->nodes[matches.front()].index)),
                                                entry.value(u"revoked_reason"_s).toString()));
    entry.insert(u"revoked"_s, true);
    entry.insert(u"revoked_reason"_s, qs(reason));
    entry.insert(u"revoked_utc"_s, nowUtc());
    entries.replace(at, entry);
    root.insert(u"nodes"_s, entries);
    return writeJsonAtomically(path, root);
}

Result<NodeEntry> identifyNode(const CoordinatorKit& kit, std::string_view peerCertPem) {
    const QString what = u"peer certificate"_s;
    if (peerCertPem.empty())
        return fail(u"the peer presented no certificate"_s);
    auto cert = parseCert(peerCertPem, what);
    if (!cert)
        return cert.takeError();
    auto ca = parseCert(kit.caPem, qp(kit.dir / "ca.pem"));
    if (!ca)
        return ca.takeError();
    if (Status s = verifyIssuedBy(cert->get(), ca->get(), X509_PURPOSE_SSL_CLIENT, what); !s)
        return s.takeError();
    const std::string serial = serialHex(cert->get());
    const std::string nodeId = certNodeId(cert->get());
    for (const NodeEntry& e : kit.nodes) {
        if (e.certSerialHex != serial)
            continue;
        if (e.nodeId != nodeId)
            return fail(
                u"%1: serial %2 belongs to %3, but the certificate names node id '%4'"_s.arg(
                    what, qs(serial), qs(nodeName(e.index)), qs(nodeId)));
        if (e.revoked)
            return fail(u"%1: %2 (serial %3) is revoked: %4"_s.arg(
                what, qs(nodeName(e.index)), qs(serial), qs(e.revokedReason)));
        return e;
    }
    return fail(u"%1: serial %2 is not a node of this federation"_s.arg(what, qs(serial)));
}

} // namespace fed::pki
