// The Python node (examples/python-node/) takes part in secure aggregation. Two checks:
//  - its primitives (examples/python-node/secagg.py) against the C++ ones for fixed inputs -
//    keys message, pairwise seed, X25519, the AES-CTR PRG, fixed-point rounding, Shamir in both
//    directions - and whole protocol runs in which a Python participant and C++ `secagg::Client`s
//    talk through a C++ `secagg::Server`: the sum unmasks exactly only if both languages derive
//    every seed, key, nonce layout and share alike, including when the Python node drops out
//    (the server rebuilds its mask key from its Python-made shares) or answers for a dropped
//    C++ node; its refusals of inconsistent unmasking requests and of tampered key lists;
//  - a networked run of three C++ fednodes and the Python node with secure aggregation on:
//    its masked updates are accepted and aggregated, it is killed after its masked update in
//    the last round (a survivor whose self mask the others' shares rebuild), and the ledger
//    replays with both verifiers.
#include "engine/ledger/Ledger.h"
#include "engine/privacy/SecureAggregation.h"
#include "engine/store/RunStore.h"
#include "tests/support/NetworkedFixture.h"
#include "tests/support/Processes.h"
#include "tests/support/PythonNode.h"
#include "tests/support/StoredUpdates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <cmath>
#include <cstring>
#include <random>

using namespace fed;
using namespace fed::test;
using namespace Qt::StringLiterals;

namespace {

const QString kNodeDir = QStringLiteral(FED_SOURCE_DIR "/examples/python-node");

//! Empty when `modules` import, else why not (the cross-check needs fewer than the node).
QString missing(const QString& modules) {
    if (runProcess(systemPython(), {u"-c"_s, u"import "_s + modules}, 30000).exitCode != 0)
        return u"python3 modules missing (%1; scripts/install-deps.sh installs them)"_s.arg(
            modules);
    return {};
}

// The Python side of the cross-check: one JSON command per line in, one JSON answer per line
// out, over the functions of secagg.py. Bytes travel as hex, ring elements as the
// masked-update blob (little-endian u64) in hex.
const char* const kPeer = R"PY(
import json, sys
sys.path.insert(0, sys.argv[1])
import numpy as np
import secagg as S
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

def ring(hexed):
    return np.frombuffer(bytes.fromhex(hexed), dtype="<u8").astype(np.uint64)

clients = {}
for line in sys.stdin:
    q = json.loads(line)
    op, a = q["op"], {}
    try:
        if op == "derive":
            a["keys_message"] = S.keys_message(q["fid"], q["round"], q["client"],
                                               bytes.fromhex(q["enc"]),
                                               bytes.fromhex(q["mask"])).hex()
            a["pairwise_seed"] = S.pairwise_seed(q["fid"], q["round"], bytes.fromhex(q["shared"]),
                                                 q["a"], q["b"]).hex()
        elif op == "x25519":
            key = X25519PrivateKey.from_private_bytes(bytes.fromhex(q["private"]))
            a["public"] = S._raw(key.public_key()).hex()
            a["shared"] = key.exchange(X25519PublicKey.from_public_bytes(
                bytes.fromhex(q["peer"]))).hex()
        elif op == "prg":
            values = ring(q["values"])
            S.apply_mask(values, bytes.fromhex(q["seed"]), q["subtract"])
            a["values"] = S.masked_bytes(values).hex()
        elif op == "encode":
            values = np.frombuffer(bytes.fromhex(q["values"]), dtype="<f4")
            a["encoded"] = S.masked_bytes(S.encode_fixed_point(values, q["weight"], q["bits"],
                                                               q["participants"])).hex()
        elif op == "split":
            a["shares"] = S.shamir_split_at(bytes.fromhex(q["secret"]), q["threshold"],
                                            q["points"])
        elif op == "combine":
            a["secret"] = S.shamir_combine([tuple(s) for s in q["shares"]], q["threshold"],
                                           q["bytes"]).hex()
        elif op == "new":
            c = clients[q["name"]] = S.Client(q["fid"], q["round"], q["threshold"], 24, q["id"])
            enc, mask = c.advertise()
            a["enc"], a["mask"] = enc.hex(), mask.hex()
        elif op == "share":
            shares = clients[q["name"]].share_keys(
                {p[0]: (bytes.fromhex(p[1]), bytes.fromhex(p[2])) for p in q["participants"]})
            a["shares"] = [[f, t, ct.hex()] for f, t, ct in shares]
        elif op == "mask":
            masked = clients[q["name"]].mask_input(
                ring(q["encoded"]), [(f, t, bytes.fromhex(ct)) for f, t, ct in q["inbox"]])
            a["masked"] = S.masked_bytes(masked).hex()
        elif op == "unmask":
            own, keys = clients[q["name"]].unmask(q["survivors"], q["dropped"])
            a["self"] = [[o, x, ys] for o, (x, ys) in own.items()]
            a["keys"] = [[o, x, ys] for o, (x, ys) in keys.items()]
        elif op == "keylist":
            # The key list checks (signed under the C++ node's keys message, which "derive"
            # compares): a valid list passes, every tampered one is refused.
            from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
            members = [Ed25519PrivateKey.generate() for _ in range(3)]
            def entry(i, signer=None, enc=None):
                enc = enc or bytes([i + 1]) * 32
                mask = bytes([i + 101]) * 32
                return {"client": i, "encryption_key": enc, "mask_key": mask,
                        "signature": (signer or members[i]).sign(
                            S.keys_message("fed", 4, i, enc, mask)),
                        "signing_key": S._raw(members[i].public_key())}
            good = [entry(i) for i in range(3)]
            own = S._raw(members[1].public_key())
            pinned = {}
            assert set(S.check_key_list("fed", 4, good, 1, own, 3, pinned)) == {0, 1, 2}
            assert pinned[2] == good[2]["signing_key"]
            stranger = Ed25519PrivateKey.generate()
            swapped = dict(good[2], signing_key=S._raw(stranger.public_key()),
                           signature=stranger.sign(S.keys_message("fed", 4, 2, good[2]["encryption_key"],
                                                                  good[2]["mask_key"])))
            cases = {
                "forged signature": [good[0], good[1], entry(2, signer=members[0])],
                "signing key changed": [good[0], good[1], swapped],
                "own entry missing": [good[0], good[2]],
                "listed twice": [good[0], good[1], good[1]],
                "too many": good + [entry(0)],
                "other round": [dict(e, signature=members[e["client"]].sign(
                    S.keys_message("fed", 5, e["client"], e["encryption_key"], e["mask_key"])))
                    for e in good],
            }
            refused = []
            for name, entries in cases.items():
                try:
                    S.check_key_list("fed", 4, entries, 1, own, 3, dict(pinned))
                except S.SecAggError:
                    refused.append(name)
            a["refused"] = refused
            a["cases"] = len(cases)
            # With the kit's member list, a member forged from the first list on (nothing
            # pinned) is refused; without it the same list passes.
            kit = {i: S._raw(m.public_key()) for i, m in enumerate(members)}
            forged = [good[0], good[1], swapped]
            assert set(S.check_key_list("fed", 4, forged, 1, own, 3, {})) == {0, 1, 2}
            assert set(S.check_key_list("fed", 4, good, 1, own, 3, {}, kit)) == {0, 1, 2}
            try:
                S.check_key_list("fed", 4, forged, 1, own, 3, {}, kit)
                a["kit_forged"] = "accepted"
            except S.SecAggError as e:
                a["kit_forged"] = str(e)
            try:
                S.check_key_list("fed", 4, good, 1, own, 3, {}, {1: own, 2: kit[2]})
                a["kit_unknown"] = "accepted"
            except S.SecAggError as e:
                a["kit_unknown"] = str(e)
            # A list repeating a key is refused when sharing.
            c = S.Client("fed", 4, 2, 24, 1)
            enc, mask = c.advertise()
            try:
                c.share_keys({0: (b"\x05" * 32, mask), 1: (enc, mask)})
                a["same_key"] = "accepted"
            except S.SecAggError as e:
                a["same_key"] = str(e)
    except S.SecAggError as e:
        a = {"error": str(e)}
    print(json.dumps(a), flush=True)
)PY";

//! The Python peer process; ask() sends one command and returns its answer.
class PythonPeer {
public:
    bool start() {
        m_process.start(systemPython(), {u"-c"_s, QString::fromUtf8(kPeer), kNodeDir});
        return m_process.waitForStarted();
    }
    ~PythonPeer() {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
    QJsonObject ask(const QJsonObject& command) {
        m_process.write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
        while (!m_process.canReadLine())
            if (!m_process.waitForReadyRead(60000))
                return {{u"error"_s, u"the Python peer did not answer: "_s +
                                         QString::fromUtf8(m_process.readAllStandardError())}};
        return QJsonDocument::fromJson(m_process.readLine()).object();
    }

private:
    QProcess m_process;
};

QString hex(QByteArrayView b) {
    return QString::fromLatin1(b.toByteArray().toHex());
}
QString hex(const secagg::Bytes32& b) {
    return hex(QByteArrayView(reinterpret_cast<const char*>(b.data()), 32));
}
QByteArray unhex(const QJsonValue& v) {
    return QByteArray::fromHex(v.toString().toLatin1());
}
secagg::Bytes32 bytes32(const QByteArray& b) {
    secagg::Bytes32 out{};
    std::memcpy(out.data(), b.constData(), std::min<std::size_t>(32, std::size_t(b.size())));
    return out;
}
QString ringHex(std::span<const std::uint64_t> v) {
    return hex(secagg::encodeMaskedInput(v));
}
std::vector<std::uint64_t> ring(const QJsonValue& v) {
    auto decoded = secagg::decodeMaskedInput(unhex(v));
    return decoded ? *decoded : std::vector<std::uint64_t>{};
}
secagg::Share share(const QJsonArray& a, int from = 0) {
    secagg::Share s;
    s.x = static_cast<std::uint32_t>(a[from].toInteger());
    for (const QJsonValue& y : a[from + 1].toArray())
        s.y.push_back(static_cast<std::uint64_t>(y.toInteger()));
    return s;
}
QJsonArray shareJson(const secagg::Share& s) {
    QJsonArray ys;
    for (std::uint64_t y : s.y)
        ys.append(static_cast<qint64>(y));
    return QJsonArray{static_cast<qint64>(s.x), ys};
}

QByteArray randomBytes(std::mt19937_64& rng, int n) {
    QByteArray out(n, '\0');
    for (char& c : out)
        c = static_cast<char>(rng() & 0xFF);
    return out;
}

QByteArray specJson(int clients, int rounds, int threshold) {
    return secureLoopbackSpec(u"python secure"_s, 13, rounds, clients, threshold).json();
}

} // namespace

class TestPythonSecagg : public QObject {
    Q_OBJECT

    //! One protocol run through a C++ secagg::Server: C++ clients for `ids` except `pythonId`,
    //! whose participant is the Python peer. `dropped` shares keys and sends no masked input.
    //! The unmasked sum must be exactly the survivors' encoded inputs.
    void runProtocol(PythonPeer& peer, const QString& name, const std::vector<std::uint32_t>& ids,
                     std::uint32_t pythonId, std::uint32_t threshold, int dropped) {
        const secagg::RoundContext context{u"fed-python-secagg-Ω"_s, 7};
        const std::size_t parameters = 1000;
        secagg::Params params;
        params.threshold = threshold;
        secagg::Server server(context, params, parameters);
        std::map<std::uint32_t, secagg::Client> cpp;
        std::vector<secagg::AdvertisedKeys> advertised;
        for (std::uint32_t id : ids) {
            secagg::AdvertisedKeys k;
            if (id == pythonId) {
                const QJsonObject a = peer.ask({{u"op"_s, u"new"_s},
                                                {u"name"_s, name},
                                                {u"fid"_s, context.federationId},
                                                {u"round"_s, 7},
                                                {u"threshold"_s, int(threshold)},
                                                {u"id"_s, int(id)}});
                QVERIFY2(!a.contains(u"error"_s), qPrintable(a[u"error"_s].toString()));
                k.id = id;
                k.encryptionKey = bytes32(unhex(a[u"enc"_s]));
                k.maskKey = bytes32(unhex(a[u"mask"_s]));
            } else {
                cpp.emplace(id, secagg::Client(context, params, id));
                auto keys = cpp.at(id).advertise();
                QVERIFY2(keys, qPrintable(keys.error()));
                k = *keys;
            }
            QVERIFY(server.receiveKeys(k));
        }
        auto list = server.keyList();
        QVERIFY2(list, qPrintable(list.error()));
        QJsonArray participants;
        for (const secagg::AdvertisedKeys& k : *list)
            participants.append(QJsonArray{int(k.id), hex(k.encryptionKey), hex(k.maskKey)});
        for (std::uint32_t id : ids) {
            std::vector<secagg::EncryptedShare> shares;
            if (id == pythonId) {
                const QJsonObject a = peer.ask(
                    {{u"op"_s, u"share"_s}, {u"name"_s, name}, {u"participants"_s, participants}});
                QVERIFY2(!a.contains(u"error"_s), qPrintable(a[u"error"_s].toString()));
                for (const QJsonValue& v : a[u"shares"_s].toArray()) {
                    const QJsonArray s = v.toArray();
                    shares.push_back(
                        {std::uint32_t(s[0].toInt()), std::uint32_t(s[1].toInt()), unhex(s[2])});
                }
            } else {
                auto made = cpp.at(id).shareKeys(*list);
                QVERIFY2(made, qPrintable(made.error()));
                shares = *made;
            }
            const Status received = server.receiveShares(id, shares);
            QVERIFY2(received, qPrintable(received.error()));
        }
        std::mt19937_64 rng(11);
        std::vector<std::uint64_t> expected(parameters, 0);
        std::vector<std::vector<std::uint64_t>> inputs; // the survivors', ascending id
        for (std::uint32_t id : ids) {
            if (int(id) == dropped)
                continue;
            std::vector<std::uint64_t> encoded(parameters);
            for (auto& v : encoded)
                v = rng() >> 20; // well inside the signed range even summed
            for (std::size_t i = 0; i < parameters; ++i)
                expected[i] += encoded[i];
            const std::vector<secagg::EncryptedShare> inbox = server.sharesFor(id);
            secagg::MaskedInput input;
            if (id == pythonId) {
                QJsonArray shares;
                for (const secagg::EncryptedShare& e : inbox)
                    shares.append(QJsonArray{int(e.from), int(e.to), hex(e.ciphertext)});
                const QJsonObject a = peer.ask({{u"op"_s, u"mask"_s},
                                                {u"name"_s, name},
                                                {u"encoded"_s, ringHex(encoded)},
                                                {u"inbox"_s, shares}});
                QVERIFY2(!a.contains(u"error"_s), qPrintable(a[u"error"_s].toString()));
                input = {id, 10, ring(a[u"masked"_s])};
                // The masked input looks nothing like the input.
                QVERIFY(input.masked != encoded);
            } else {
                auto masked = cpp.at(id).maskInput(encoded, 10, inbox);
                QVERIFY2(masked, qPrintable(masked.error()));
                input = *masked;
            }
            const Status received = server.receiveMaskedInput(input);
            QVERIFY2(received, qPrintable(received.error()));
            inputs.push_back(std::move(input.masked));
        }
        auto request = server.unmaskingRequest();
        QVERIFY2(request, qPrintable(request.error()));
        QJsonArray survivors;
        QJsonArray droppedIds;
        for (std::uint32_t s : request->survivors)
            survivors.append(int(s));
        for (std::uint32_t d : request->dropped)
            droppedIds.append(int(d));
        for (std::uint32_t id : request->survivors) {
            secagg::UnmaskingResponse response;
            if (id == pythonId) {
                // Requests that could unmask a single input, or that skip this node, are refused
                // (and leave the node able to answer the real one).
                QJsonArray overlapping = droppedIds;
                overlapping.append(survivors.first());
                QJsonArray others;
                for (const QJsonValue& v : survivors)
                    if (v.toInt() != int(pythonId))
                        others.append(v);
                QJsonArray stranger = droppedIds;
                stranger.append(99);
                for (const auto& [s, d] :
                     {std::pair{survivors, overlapping}, std::pair{others, droppedIds},
                      std::pair{survivors, stranger}}) {
                    const QJsonObject refused = peer.ask({{u"op"_s, u"unmask"_s},
                                                          {u"name"_s, name},
                                                          {u"survivors"_s, s},
                                                          {u"dropped"_s, d}});
                    QVERIFY2(refused.contains(u"error"_s),
                             QJsonDocument(refused).toJson().constData());
                }
                const QJsonObject a = peer.ask({{u"op"_s, u"unmask"_s},
                                                {u"name"_s, name},
                                                {u"survivors"_s, survivors},
                                                {u"dropped"_s, droppedIds}});
                QVERIFY2(!a.contains(u"error"_s), qPrintable(a[u"error"_s].toString()));
                response.from = id;
                for (const QJsonValue& v : a[u"self"_s].toArray())
                    response.selfMaskShares[std::uint32_t(v.toArray()[0].toInt())] =
                        share(v.toArray(), 1);
                for (const QJsonValue& v : a[u"keys"_s].toArray())
                    response.maskKeyShares[std::uint32_t(v.toArray()[0].toInt())] =
                        share(v.toArray(), 1);
            } else {
                auto answered = cpp.at(id).unmask(*request);
                QVERIFY2(answered, qPrintable(answered.error()));
                response = *answered;
            }
            const Status received = server.receiveUnmasking(response);
            QVERIFY2(received, qPrintable(received.error()));
        }
        auto result = server.finish();
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY(result->sum == expected);
        QCOMPARE(int(result->participants.size()), int(ids.size()));
        // And the auditor's recomputation (ledger replay) from the revealed secrets agrees.
        auto replayed = secagg::recomputeSum(context, result->participants, inputs);
        QVERIFY2(replayed, qPrintable(replayed.error()));
        QVERIFY(*replayed == expected);
    }

private Q_SLOTS:
    void primitivesMatchTheCppImplementation() {
        if (const QString why = missing(u"numpy, cryptography"_s); !why.isEmpty())
            QSKIP(qPrintable(why));
        PythonPeer peer;
        QVERIFY(peer.start());
        std::mt19937_64 rng(2026);

        // X25519 (RFC 7748, both through OpenSSL, but from the raw bytes the shares carry).
        const QByteArray a = randomBytes(rng, 32);
        const QByteArray b = randomBytes(rng, 32);
        auto ka = secagg::AgreementKey::fromPrivateBytes(bytes32(a));
        auto kb = secagg::AgreementKey::fromPrivateBytes(bytes32(b));
        QVERIFY(ka && kb);
        auto shared = ka->agree(kb->publicKey());
        QVERIFY(shared);
        QJsonObject x = peer.ask(
            {{u"op"_s, u"x25519"_s}, {u"private"_s, hex(a)}, {u"peer"_s, hex(kb->publicKey())}});
        QCOMPARE(x[u"public"_s].toString(), hex(ka->publicKey()));
        QCOMPARE(x[u"shared"_s].toString(), hex(*shared));

        // The signed keys message and the pairwise seed, with a non-ASCII federation id and
        // ids in both orders.
        const secagg::RoundContext context{u"föderation-7"_s, 0x0102030405060708ULL};
        secagg::AdvertisedKeys keys{3, ka->publicKey(), kb->publicKey(), {}};
        for (const auto& [i, j] : {std::pair{3u, 9u}, std::pair{9u, 3u}}) {
            const QJsonObject d = peer.ask({{u"op"_s, u"derive"_s},
                                            {u"fid"_s, context.federationId},
                                            {u"round"_s, qint64(context.round)},
                                            {u"client"_s, 3},
                                            {u"enc"_s, hex(keys.encryptionKey)},
                                            {u"mask"_s, hex(keys.maskKey)},
                                            {u"shared"_s, hex(*shared)},
                                            {u"a"_s, int(i)},
                                            {u"b"_s, int(j)}});
            QCOMPARE(d[u"keys_message"_s].toString(), hex(secagg::keysMessage(context, keys)));
            QCOMPARE(d[u"pairwise_seed"_s].toString(),
                     hex(secagg::pairwiseSeed(context, *shared, i, j)));
        }

        // The PRG over a length that is not a whole AES block nor a whole EVP batch, added to
        // and subtracted from values near the wrap-around.
        std::vector<std::uint64_t> values(5003);
        for (auto& v : values)
            v = rng();
        const QByteArray seed = randomBytes(rng, 32);
        for (bool subtract : {false, true}) {
            std::vector<std::uint64_t> masked = values;
            QVERIFY(secagg::applyMask(masked, bytes32(seed), subtract));
            const QJsonObject p = peer.ask({{u"op"_s, u"prg"_s},
                                            {u"values"_s, ringHex(values)},
                                            {u"seed"_s, hex(seed)},
                                            {u"subtract"_s, subtract}});
            QCOMPARE(p[u"values"_s].toString(), ringHex(masked));
        }

        // Fixed point: ties in both signs (llround: half away from zero), values just off a tie,
        // large and tiny ones, zero and negative zero.
        const int bits = 16;
        std::vector<float> floats{0.0f, -0.0f, 1.0f, -1.0f, 3.0e-9f, -7.25e3f, 1.0e5f};
        for (int k = -5; k <= 5; ++k)
            floats.push_back((float(k) + 0.5f) / 65536.0f);
        floats.push_back(std::nextafter(2.5f / 65536.0f, 1.0f));
        floats.push_back(std::nextafter(-2.5f / 65536.0f, -1.0f));
        std::normal_distribution<float> normal(0.0f, 0.01f);
        for (int i = 0; i < 500; ++i)
            floats.push_back(normal(rng));
        for (double weight : {1.0, 37.0, 0.75}) {
            auto encoded = secagg::encodeFixedPoint(floats, weight, bits, 5);
            QVERIFY(encoded);
            const QJsonObject e = peer.ask(
                {{u"op"_s, u"encode"_s},
                 {u"values"_s, hex(QByteArrayView(reinterpret_cast<const char*>(floats.data()),
                                                  qsizetype(floats.size() * sizeof(float))))},
                 {u"weight"_s, weight},
                 {u"bits"_s, bits},
                 {u"participants"_s, 5}});
            QCOMPARE(e[u"encoded"_s].toString(), ringHex(*encoded));
        }
        // Beyond the bound both refuse.
        const std::vector<float> huge{1.0f, 3.0e13f};
        QVERIFY(!secagg::encodeFixedPoint(huge, 1.0, bits, 5));
        QVERIFY(peer.ask({{u"op"_s, u"encode"_s},
                          {u"values"_s,
                           hex(QByteArrayView(reinterpret_cast<const char*>(huge.data()), 8))},
                          {u"weight"_s, 1.0},
                          {u"bits"_s, bits},
                          {u"participants"_s, 5}})
                    .contains(u"error"_s));

        // Shamir: Python splits, C++ combines from every 3 of the 5 shares; C++ splits, Python
        // combines; the 32-byte secret ends in a short (4-byte) chunk.
        const QByteArray secret = randomBytes(rng, 32);
        const QJsonObject s = peer.ask({{u"op"_s, u"split"_s},
                                        {u"secret"_s, hex(secret)},
                                        {u"threshold"_s, 3},
                                        {u"points"_s, QJsonArray{1, 2, 5, 8, 13}}});
        std::vector<secagg::Share> fromPython;
        for (const QJsonValue& v : s[u"shares"_s].toArray())
            fromPython.push_back(share(v.toArray()));
        QCOMPARE(int(fromPython.size()), 5);
        for (int i = 0; i < 5; ++i)
            for (int j = i + 1; j < 5; ++j)
                for (int k = j + 1; k < 5; ++k) {
                    const std::vector<secagg::Share> three{fromPython[std::size_t(i)],
                                                           fromPython[std::size_t(j)],
                                                           fromPython[std::size_t(k)]};
                    auto combined = secagg::shamirCombine(three, 3, 32);
                    QVERIFY2(combined, qPrintable(combined.error()));
                    QCOMPARE(*combined, secret);
                }
        const std::vector<std::uint32_t> points{4, 6, 7, 10};
        auto fromCpp = secagg::shamirSplitAt(secret, 3, points);
        QVERIFY(fromCpp);
        QJsonArray cppShares;
        for (std::size_t i = 1; i < fromCpp->size(); ++i)
            cppShares.append(shareJson((*fromCpp)[i]));
        const QJsonObject c = peer.ask({{u"op"_s, u"combine"_s},
                                        {u"shares"_s, cppShares},
                                        {u"threshold"_s, 3},
                                        {u"bytes"_s, 32}});
        QCOMPARE(c[u"secret"_s].toString(), hex(secret));

        const QJsonObject k = peer.ask({{u"op"_s, u"keylist"_s}});
        QVERIFY2(!k.contains(u"error"_s), qPrintable(k[u"error"_s].toString()));
        QCOMPARE(k[u"refused"_s].toArray().size(), k[u"cases"_s].toInt());
        QVERIFY2(k[u"kit_forged"_s].toString().startsWith(u"the key list gives client 2"_s) &&
                     k[u"kit_forged"_s].toString().contains(u"but this node's kit lists"_s),
                 qPrintable(k[u"kit_forged"_s].toString()));
        QVERIFY2(k[u"kit_unknown"_s].toString().contains(
                     u"names client 0, which this node's kit does not list"_s),
                 qPrintable(k[u"kit_unknown"_s].toString()));
        QVERIFY2(k[u"same_key"_s].toString().contains(u"the same key"_s),
                 qPrintable(k[u"same_key"_s].toString()));

        // Whole protocol runs: the Python participant in the middle of the id order (both mask
        // signs), dropping out after sharing, answering for a dropped C++ node, at t = 3 of 4.
        runProtocol(peer, u"all"_s, {0, 1, 2}, 1, 2, -1);
        if (QTest::currentTestFailed())
            return;
        runProtocol(peer, u"python-drops"_s, {0, 1, 2}, 1, 2, 1);
        if (QTest::currentTestFailed())
            return;
        runProtocol(peer, u"cpp-drops"_s, {0, 1, 2, 3}, 0, 3, 3);
    }

    void takesPartInNetworkedSecureRounds() {
        if (const QString why = missingPythonNodeModules(); !why.isEmpty())
            QSKIP(qPrintable(why));
        NetworkedFixture net;
        const QString stubs = net.path(u"stubs"_s);
        FED_VERIFY_OK(generatePythonStubs(stubs));

        // Three C++ fednodes (clients 0-2) and the Python node (client 3), threshold 3 of 4;
        // the Python node dies after its masked update of round 3.
        const int clients = 4;
        const int rounds = 3;
        FED_VERIFY_OK(net.provision(specJson(clients, rounds, 3), clients, u"secure"_s));
        net::CoordinatorOptions& copts = net.coordinatorOptions;
        // Phases close as soon as every live node answered; the deadline only bounds a wait.
        copts.roundDeadline = std::chrono::seconds(40);
        copts.quorum = 3;
        copts.heartbeatInterval = std::chrono::milliseconds(250);
        copts.heartbeatMisses = 6;
        FED_VERIFY_OK(net.startCoordinator());
        FED_VERIFY_OK(net.createFederation());
        for (int i = 0; i < clients - 1; ++i)
            FED_VERIFY_OK(net.startNode(i));
        FED_VERIFY_OK(startPythonNode(net, clients - 1, stubs,
                                      {u"--exit-after-phase"_s, u"masked:%1"_s.arg(rounds)}));
        FED_VERIFY_OK(net.waitForNodes(clients, std::chrono::seconds(60)));
        const Result<RunSummary> summary = net.run();
        net.finishNodes(clients);
        QVERIFY2(summary, qPrintable(summary.error() + u'\n' + net.logs()));
        QCOMPARE(summary->status, RunStatus::Finished);
        QCOMPARE(summary->roundsCompleted, rounds);
        const QString pythonLog = QString::fromUtf8(net.nodeLog(clients - 1));
        for (int r = 1; r <= rounds; ++r)
            QVERIFY2(pythonLog.contains(u"round %1: masked update sent"_s.arg(r)),
                     qPrintable(pythonLog));
        QVERIFY2(pythonLog.contains(u"round 1: unmasking answer sent (4 survivors, 0 dropped)"_s),
                 qPrintable(pythonLog));
        QVERIFY2(pythonLog.contains(u"round 3: --exit-after-phase masked: killing this node"_s),
                 qPrintable(pythonLog));
        QVERIFY2(!pythonLog.contains(u"round 3: unmasking answer sent"_s), qPrintable(pythonLog));
        QVERIFY2(!pythonLog.contains(u"leaving the round"_s), qPrintable(pythonLog));

        auto store = RunStore::open(net.runPath(), RunStore::Mode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        auto records = (*store)->allClientRounds();
        QVERIFY(records);
        int pythonAccepted = 0;
        for (const ClientRoundRecord& r : *records) {
            QVERIFY2(
                r.status == UpdateStatus::Accepted,
                qPrintable(u"client %1 round %2: %3"_s.arg(r.client).arg(r.round).arg(r.detail)));
            if (r.client == clients - 1)
                ++pythonAccepted;
        }
        QCOMPARE(pythonAccepted, rounds);
        Ledger ledger(**store);
        auto blocks = ledger.blocks(0, 1000);
        QVERIFY2(blocks, qPrintable(blocks.error()));
        int secureRounds = 0;
        Hash blocksParent;
        for (const StoredBlock& s : *blocks) {
            if (s.block.kind != BlockKind::Round)
                continue;
            const RoundBody& b = s.block.round;
            if (secureRounds == 0)
                blocksParent = b.parentModelHash;
            QVERIFY(b.secureAggregation);
            ++secureRounds;
            // All four summed: the Python node a survivor in every round, even the last.
            QCOMPARE(int(b.secureAggregation->participants.size()), clients);
            for (const SecAggParticipant& p : b.secureAggregation->participants)
                QVERIFY(!p.dropped);
            QCOMPARE(int(b.updates.size()), clients);
            QVERIFY(b.modelHash != b.parentModelHash);
            // Every update on the ledger is a masked one: 8 bytes per parameter, never weights.
            for (const UpdateEntry& u : b.updates) {
                auto bytes = (*store)->blob(u.updateHash);
                QVERIFY2(bytes, qPrintable(bytes.error()));
                QVERIFY(!bytes->startsWith("FSW1"));
            }
        }
        QCOMPARE(secureRounds, rounds);
        // The sums unmasked to the real weighted mean: a node whose masks disagreed with the
        // others' by one bit would leave uniformly random ring elements in the sum, i.e. model
        // changes of about 2^63 / (2^f W) = 10^9 per weight. One epoch of SGD at rate 0.05 on
        // this logistic regression moves no weight by 1, yet moves some.
        auto roundRecords = (*store)->rounds();
        QVERIFY2(roundRecords, qPrintable(roundRecords.error()));
        QCOMPARE(int(roundRecords->size()), rounds);
        Hash parentModel = blocksParent;
        for (const RoundRecord& r : *roundRecords) {
            const Result<double> largest = largestWeightChange(**store, parentModel, r.modelHash);
            QVERIFY2(largest, qPrintable(largest.error()));
            QVERIFY2(*largest > 1e-6 && *largest < 1.0,
                     qPrintable(u"round %1 moved a weight by %2"_s.arg(r.round).arg(*largest)));
            parentModel = r.modelHash;
        }
        // Replay removes the masks from the stored masked updates with the revealed secrets:
        // the Python node's self-mask seeds are rebuilt from shares it made.
        VerifyOptions vopts;
        vopts.replay = true;
        const VerifyReport report = ledger.verify(vopts);
        QVERIFY2(report.valid(), qPrintable(report.summary()));
        QCOMPARE(int(report.roundsReplayed.size()), rounds);
        store->reset();

        FED_VERIFY_OK(pythonReplays(net.runPath(), rounds));
    }
};

QTEST_GUILESS_MAIN(TestPythonSecagg)
#include "test_python_secagg.moc"
