// The audit ledger's building blocks: Ed25519 keys (RFC 8032 vectors), the canonical block
// encoding (golden vectors computed independently from docs/ledger-format.md with Python's
// struct and hashlib), Merkle rules, appends inside the round's transaction, queries, and
// verification of a synthetic chain that has incidents, energy figures and stored updates.
#include "engine/ledger/Block.h"
#include "engine/ledger/Keys.h"
#include "engine/ledger/Ledger.h"
#include "engine/model/Weights.h"
#include "engine/spec/SpecIO.h"
#include "engine/store/RunStore.h"
#include "engine/strategy/Strategy.h"
#include "tests/support/DataRows.h"
#include "tests/support/RawRun.h"
#include "tests/support/Verify.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <limits>
#include <sqlite3.h>

using namespace fed;
using namespace Qt::StringLiterals;
using fed::test::Replay;
using fed::test::verifyFile;

namespace {

Hash sha(QByteArrayView data) {
    return Hash::of(data);
}

QByteArray unhex(const char* hex) {
    return QByteArray::fromHex(QByteArray(hex));
}

PublicKey publicKeyFromHex(const char* hex) {
    PublicKey k;
    PublicKey::fromBytes(unhex(hex), k);
    return k;
}

// docs/ledger-format.md, "Test vectors": two blocks written out by hand with Python's struct.
const char* const kGoldenGenesis =
    "46534c42010000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "000068e5cf8b010000050000006665642d31cdfb8c0f6df385461e16a96b72793de6e7c34be6402eeb0115d4cd55"
    "ffd102d70c0000007b22726f756e6473223a317dd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af02"
    "1a68f707511a01000000000000003d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"
    "df9aec5517463e971dd97695cda243efe8cdd44d6b5fc1316007861a2969e7ad05000000302e312e30";
const char* const kGoldenGenesisHash =
    "e237ca43cdd9de4ee04acb400552ca76a50d5e803ee35c2b20000334adf98da4";
const char* const kGoldenRound =
    "46534c42010001010000000000000084fd9bac333ad79154348296204fa7f8c537a96e08983e5f73b3f5aca8e8ed"
    "f7e86be5cf8b01000001000000df9aec5517463e971dd97695cda243efe8cdd44d6b5fc1316007861a2969e7ad22"
    "ff0efe270b305371c97346e0619c987cfd10a5bb7c3acfcd7c92790a9ca91c000600000066656461766701000000"
    "140000007365727665725f6c6561726e696e675f72617465000000000000f03f02000000e91104e590fe97a6b5fc"
    "9ec298155691be63df67bed875812e79b7d9a8ae27245a303e912d0250f88b55ed427511ee6a8ee39c8c4ba9569c"
    "275208e3e3e87cc901000000e91104e590fe97a6b5fc9ec298155691be63df67bed875812e79b7d9a8ae2724bb82"
    "030dbc2bcaba32a90bf2e207a84a856fc5f033b77c480836ab6f77f40f196400000000000000010000000a000000"
    "747261696e5f6c6f7373000000000000e03f010000000d000000636f6d7075746174696f6e5f6a000000000000f4"
    "3f1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
    "1111111111111111111111111111111111111604afad30a7db393411998807d8ddfc9b15cb2bc6b687a072055d241"
    "bb9937f302000000080000006163637572616379000000000000e83f040000006c6f7373000000000000f87f0100"
    "00005a303e912d0250f88b55ed427511ee6a8ee39c8c4ba9569c275208e3e3e87cc901000a0000006e6f6e2d6669"
    "6e6974650100000007000000746f74616c5f6a0000000000000080";
const char* const kGoldenRoundHash =
    "b74edd9b8a2216d53486c1787d0be96c53c8a14afaa4e92167354859885f7b7b";
const char* const kGoldenLeaf = "604afad30a7db393411998807d8ddfc9b15cb2bc6b687a072055d241bb9937f3";
const char* const kGoldenUpdateMessage =
    "66656473747564696f2d6c65646765722d7570646174652d763100050000006665642d31010000000000000"
    "0df9aec5517463e971dd97695cda243efe8cdd44d6b5fc1316007861a2969e7adbb82030dbc2bcaba32a90bf2e2"
    "07a84a856fc5f033b77c480836ab6f77f40f196400000000000000";

// The golden vectors are version-1 blocks (docs/ledger-format.md), which every later build
// still decodes and verifies.
Block goldenGenesis() {
    Block b;
    b.version = 1;
    b.kind = BlockKind::Genesis;
    b.height = 0;
    b.timestampMs = 1700000000000;
    b.genesis.federationId = u"fed-1"_s;
    b.genesis.spec = QByteArray(R"({"rounds":1})");
    b.genesis.specHash = sha(b.genesis.spec);
    b.genesis.coordinatorKey =
        publicKeyFromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    b.genesis.members = {
        {0, publicKeyFromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")}};
    b.genesis.initialModelHash = sha("model0");
    b.genesis.softwareVersion = u"0.1.0"_s;
    return b;
}

Block goldenRound() {
    Block b;
    b.version = 1;
    b.kind = BlockKind::Round;
    b.height = 1;
    b.previousHash = sha("prev");
    b.timestampMs = 1700000001000;
    RoundBody& r = b.round;
    r.round = 1;
    r.parentModelHash = sha("model0");
    r.modelHash = sha("model1");
    r.strategy = u"fedavg"_s;
    r.strategyParameters = {{u"server_learning_rate"_s, 1.0}};
    r.selected = {sha("nodeA"), sha("nodeB")};
    UpdateEntry u;
    u.node = sha("nodeA");
    u.updateHash = sha("u1");
    u.samples = 100;
    u.metrics = {{u"train_loss"_s, 0.5}};
    u.energy = {{u"computation_j"_s, 1.25}};
    u.signature.bytes.fill(0x11);
    r.updates = {u};
    r.merkleRoot = merkleRoot(r.updates);
    r.evaluation = {{u"accuracy"_s, 0.75}, {u"loss"_s, std::numeric_limits<double>::quiet_NaN()}};
    r.incidents = {{sha("nodeB"), IncidentKind::Rejected, std::nullopt, u"non-finite"_s}};
    r.energy = {{u"total_j"_s, -0.0}};
    return b;
}

//! A run file with a ledger built without the coordinator: three nodes, node 2 rejected every
//! round, real FedAvg aggregation of stored updates, energy figures.
struct Chain {
    QString path;
    SigningKey coordinator;
    std::vector<SigningKey> nodes;
    QString federationId = u"chain-federation"_s;
    std::vector<Hash> models;  //!< index = round (0: initial)
    std::vector<float> global; //!< the model after the last round
    bool storeUpdates = true;
};

Status appendRounds(Chain& c, RunStore& store, int rounds);

ModelLayout chainLayout() {
    return ModelLayout{{TensorSpec{u"w"_s, {2, 3}}, TensorSpec{u"b"_s, {3}}}};
}

Status buildChain(Chain& c, int rounds, bool storeUpdates = true) {
    FederationSpec spec;
    spec.ledger.storeUpdates = storeUpdates;
    auto created = RunStore::create(c.path, specToJson(spec));
    if (!created)
        return created.takeError();
    RunStore& store = **created;
    auto coordinator = SigningKey::generate();
    if (!coordinator)
        return coordinator.takeError();
    c.coordinator = *coordinator;
    c.nodes.clear();
    for (int i = 0; i < 3; ++i)
        c.nodes.push_back(*SigningKey::generate());
    Ledger ledger(store);
    const ModelLayout layout = chainLayout();
    c.storeUpdates = storeUpdates;
    std::vector<float>& global = c.global;
    global.assign(9, 0.0f);
    for (std::size_t i = 0; i < global.size(); ++i)
        global[i] = 0.1f * static_cast<float>(i);
    Status s = store.transaction([&]() -> Status {
        if (Status t = Ledger::createTables(store); !t)
            return t;
        if (Status t = store.setMeta(u"federation_id"_s, c.federationId); !t)
            return t;
        auto initial = store.putBlob(u"model"_s, encodeWeights(layout, global));
        if (!initial)
            return initial.takeError();
        c.models = {*initial};
        if (Status t = Ledger::storeKey(store, Ledger::coordinatorOwner(), c.coordinator); !t)
            return t;
        GenesisBody g;
        g.federationId = c.federationId;
        g.spec = store.specJson();
        g.specHash = sha(g.spec);
        g.coordinatorKey = c.coordinator.publicKey();
        for (std::uint32_t i = 0; i < c.nodes.size(); ++i) {
            g.members.push_back({i, c.nodes[i].publicKey()});
            if (Status t =
                    Ledger::storeKey(store, Ledger::clientOwner(static_cast<int>(i)), c.nodes[i]);
                !t)
                return t;
        }
        g.initialModelHash = *initial;
        g.softwareVersion = u"test"_s;
        auto appended = ledger.appendGenesis(g, 1000, c.coordinator);
        return appended ? Status() : Status(appended.takeError());
    });
    if (!s)
        return s;
    return appendRounds(c, store, rounds);
}

//! Appends `rounds` more rounds to the chain in `store` (which may be another connection to
//! the file than the one that made it).
Status appendRounds(Chain& c, RunStore& store, int rounds) {
    Ledger ledger(store);
    const ModelLayout layout = chainLayout();
    const bool storeUpdates = c.storeUpdates;
    std::vector<float>& global = c.global;
    auto strategy = makeStrategy(FederationSpec{}.strategy);
    const int first = static_cast<int>(c.models.size());
    for (int round = first; round < first + rounds; ++round) {
        RoundCommit commit;
        RoundBody body;
        body.round = static_cast<std::uint32_t>(round);
        body.parentModelHash = c.models.back();
        body.strategy = strategyName(strategy->kind());
        body.strategyParameters = {{u"server_learning_rate"_s, 1.0}};
        std::vector<ClientUpdate> updates;
        for (int client = 0; client < 3; ++client) {
            body.selected.push_back(c.nodes[static_cast<std::size_t>(client)].nodeId());
            ClientRoundRecord rec;
            rec.round = round;
            rec.client = client;
            if (client == 2) {
                rec.status = UpdateStatus::Rejected;
                rec.detail = u"the update has non-finite values"_s;
                rec.updateHash = sha(QByteArray::number(round));
                body.incidents.push_back({c.nodes[2].nodeId(), IncidentKind::Rejected,
                                          sha(QByteArray::number(round)), rec.detail});
                commit.clients.push_back(rec);
                continue;
            }
            std::vector<float> delta(9);
            for (std::size_t i = 0; i < delta.size(); ++i)
                delta[i] = 0.01f * static_cast<float>(round * 7 + client * 3 + int(i)) - 0.05f;
            const QByteArray bytes = encodeWeights(layout, delta);
            UpdateEntry u;
            u.node = c.nodes[static_cast<std::size_t>(client)].nodeId();
            u.updateHash = sha(bytes);
            u.samples = static_cast<std::uint64_t>(10 + client * 5);
            u.metrics = {{u"train_loss"_s, 1.0 / round}, {u"cpu_seconds"_s, 0.25}};
            u.energy = {{u"computation_j"_s, 2.5 * round}, {u"communication_j"_s, 0.125}};
            u.signature = c.nodes[static_cast<std::size_t>(client)].sign(
                updateMessage(c.federationId, static_cast<std::uint64_t>(round),
                              body.parentModelHash, u.updateHash, u.samples));
            body.updates.push_back(u);
            if (storeUpdates)
                commit.blobs.emplace_back(u"update"_s, bytes);
            updates.push_back({client, static_cast<std::int64_t>(u.samples), delta});
            rec.samples = static_cast<std::int64_t>(u.samples);
            rec.updateHash = u.updateHash;
            commit.clients.push_back(rec);
        }
        std::vector<const ClientUpdate*> pointers;
        for (const auto& u : updates)
            pointers.push_back(&u);
        auto next = strategy->aggregate(global, pointers);
        if (!next)
            return next.takeError();
        global = *next;
        const QByteArray model = encodeWeights(layout, global);
        body.modelHash = sha(model);
        body.evaluation = {{u"accuracy"_s, 0.5 + 0.01 * round}, {u"loss"_s, 1.0 / round}};
        body.energy = {{u"total_j"_s, 5.0 * round}};
        commit.blobs.emplace_back(u"model"_s, model);
        commit.round.round = round;
        commit.round.modelHash = body.modelHash;
        commit.round.selected = 3;
        commit.round.accepted = 2;
        commit.round.evaluated = true;
        commit.round.accuracy = body.evaluation[0].value;
        commit.round.loss = body.evaluation[1].value;
        Status s = store.transaction([&]() -> Status {
            if (Status t = store.commitRound(commit); !t)
                return t;
            auto appended = ledger.appendRound(body, 1000 + round, c.coordinator);
            return appended ? Status() : Status(appended.takeError());
        });
        if (!s)
            return s;
        c.models.push_back(body.modelHash);
    }
    return {};
}

//! Runs raw SQL on a run file (the tests play the attacker behind the store's back).
bool sql(const QString& path, const QString& statements) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    const bool ok =
        sqlite3_exec(db, statements.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestLedger : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // --- keys ------------------------------------------------------------------------------

    void keysMatchRfc8032Vectors_data() {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        // RFC 8032, section 7.1, tests 1 and 2.
        QTest::newRow("test 1, empty message")
            << unhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
            << unhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
            << QByteArray()
            << unhex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a3"
                     "3bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        QTest::newRow("test 2, one byte")
            << unhex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
            << unhex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
            << unhex("72")
            << unhex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15"
                     "996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    }
    void keysMatchRfc8032Vectors() {
        QFETCH(QByteArray, seed);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        auto key = SigningKey::fromPrivateBytes(seed);
        QVERIFY2(key.ok(), qPrintable(key.error()));
        QCOMPARE(key->publicKey().toByteArray(), publicKey);
        QCOMPARE(key->privateBytes(), seed);
        QCOMPARE(key->sign(message).toByteArray(), signature);
        Signature sig;
        QVERIFY(Signature::fromBytes(signature, sig));
        QVERIFY(verifySignature(key->publicKey(), message, sig));
        QCOMPARE(key->nodeId(), sha(publicKey));
    }

    void keysSignAndRefuseTampering() {
        auto a = SigningKey::generate();
        auto b = SigningKey::generate();
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->publicKey() != b->publicKey());
        const QByteArray message("federation round 7");
        const Signature s = a->sign(message);
        auto verifier = VerifyingKey::fromPublicKey(a->publicKey());
        QVERIFY(verifier.ok());
        QVERIFY(verifier->verify(message, s));
        QVERIFY(!verifier->verify(QByteArray("federation round 8"), s));
        QVERIFY(!verifySignature(b->publicKey(), message, s));
        Signature flipped = s;
        flipped.bytes[10] ^= 0x01;
        QVERIFY(!verifier->verify(message, flipped));
        // A copy of a key is the same key; a key reloaded from its bytes signs identically.
        const SigningKey copy = *a;
        QCOMPARE(copy.publicKey(), a->publicKey());
        auto reloaded = SigningKey::fromPrivateBytes(a->privateBytes());
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded->sign(message), s);
    }

    void keysRefuseBadInput() {
        QVERIFY(!SigningKey::fromPrivateBytes(QByteArray(31, 'x')).ok());
        QVERIFY(!SigningKey::fromPrivateBytes(QByteArray()).ok());
        PublicKey k;
        QVERIFY(!PublicKey::fromBytes(QByteArray(33, 'x'), k));
        const SigningKey none;
        QVERIFY(none.isNull());
        QVERIFY(none.sign(QByteArray("x")).toByteArray() == QByteArray(64, '\0'));
        QVERIFY(!VerifyingKey().verify(QByteArray("x"), Signature{}));
    }

    // --- canonical encoding ------------------------------------------------------------------

    void encodingMatchesGoldenVectors() {
        const Block genesis = goldenGenesis();
        const QByteArray g = encodeBlock(genesis);
        QCOMPARE(g.toHex(), QByteArray(kGoldenGenesis));
        QCOMPARE(blockHash(g).toHex(), QString::fromLatin1(kGoldenGenesisHash));
        auto back = decodeBlock(g);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(*back == genesis);

        const Block round = goldenRound();
        const QByteArray r = encodeBlock(round);
        QCOMPARE(r.toHex(), QByteArray(kGoldenRound));
        QCOMPARE(blockHash(r).toHex(), QString::fromLatin1(kGoldenRoundHash));
        QCOMPARE(round.round.merkleRoot.toHex(), QString::fromLatin1(kGoldenLeaf));
        auto backRound = decodeBlock(r);
        QVERIFY2(backRound.ok(), qPrintable(backRound.error()));
        QVERIFY(*backRound == round);
        QVERIFY(std::isnan(*findMetric(backRound->round.evaluation, u"loss")));
        QVERIFY(std::signbit(*findMetric(backRound->round.energy, u"total_j")));

        QCOMPARE(updateMessage(u"fed-1"_s, 1, sha("model0"), sha("u1"), 100).toHex(),
                 QByteArray(kGoldenUpdateMessage));
        QCOMPARE(blockMessage(sha("x")),
                 QByteArray("fedstudio-ledger-block-v1") + '\0' + sha("x").toByteArray());
    }

    void versionTwoAppendsPrivacy() {
        // Version 2 is version 1 with the version field changed and fields appended after
        // energy, the privacy list first: an empty one is four zero bytes.
        Block round = goldenRound();
        const QByteArray v1 = encodeBlock(round);
        round.version = 2;
        QByteArray expected = v1;
        expected.replace(4, 2, unhex("0200"));
        expected += unhex("00000000");
        QCOMPARE(encodeBlock(round).left(expected.size()).toHex(), expected.toHex());
        round.round.privacy = {{u"delta"_s, 1e-5}, {u"epsilon"_s, 1.5}};
        const QByteArray v2 = encodeBlock(round);
        QCOMPARE(v2.left(v1.size()).mid(6), v1.mid(6));
        auto back = decodeBlock(v2);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(*back == round);
        QCOMPARE(findMetric(back->round.privacy, u"epsilon"), std::optional<double>(1.5));
        // Unsorted privacy metrics are refused like any other list.
        round.round.privacy = {{u"epsilon"_s, 1.5}, {u"delta"_s, 1e-5}};
        QVERIFY(!decodeBlock(encodeBlock(round)).ok());
        // The version-1 vector decodes with no privacy list.
        auto old = decodeBlock(v1);
        QVERIFY(old.ok());
        QCOMPARE(old->version, std::uint16_t(1));
        QVERIFY(old->round.privacy.empty());
    }

    void decodeRefusesNonCanonicalInput_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray r = unhex(kGoldenRound);
        const QByteArray g = unhex(kGoldenGenesis);
        auto patched = [](QByteArray b, qsizetype at, QByteArray with) {
            b.replace(at, with.size(), with);
            return b;
        };
        QTest::newRow("empty") << QByteArray() << u"magic"_s;
        QTest::newRow("bad magic") << patched(r, 0, "XSLB") << u"magic"_s;
        QTest::newRow("version 3") << patched(r, 4, unhex("0300")) << u"version 3"_s;
        QTest::newRow("version 0") << patched(r, 4, unhex("0000")) << u"version 0"_s;
        // A version-1 body read as version 2 lacks the privacy list.
        QTest::newRow("v1 body as v2") << patched(r, 4, unhex("0200")) << u"truncated"_s;
        QTest::newRow("kind 7") << patched(r, 6, unhex("07")) << u"kind 7"_s;
        QTest::newRow("trailing byte") << r + '\0' << u"follow the end"_s;
        QTest::newRow("truncated") << r.left(r.size() - 1) << u"truncated"_s;
        // "accuracy" and "loss" swapped in the evaluation list: same content, wrong order.
        const qsizetype eval = r.indexOf("accuracy") - 8;
        QByteArray swapped = r;
        const QByteArray acc = r.mid(eval + 4, 4 + 8 + 8);
        const QByteArray loss = r.mid(eval + 4 + 20, 4 + 4 + 8);
        swapped.replace(eval + 4, acc.size() + loss.size(), loss + acc);
        QTest::newRow("unsorted metrics") << swapped << u"ascending"_s;
        QByteArray duplicate = r;
        duplicate.replace(eval + 4 + 20, 4 + 4 + 8,
                          unhex("08000000") + QByteArray("accuracy") + unhex("000000000000f03f"));
        QTest::newRow("duplicate metric") << duplicate.left(duplicate.size()) << u"ascending"_s;
        QByteArray nan = r;
        const qsizetype nanAt = r.indexOf(unhex("000000000000f87f"));
        nan.replace(nanAt, 8, unhex("010000000000f87f"));
        QTest::newRow("non-canonical NaN") << nan << u"non-canonical NaN"_s;
        QByteArray flag = r;
        const qsizetype stateFlag = 4 + 2 + 1 + 8 + 32 + 8 + 4 + 32 + 32;
        QCOMPARE(flag.at(stateFlag), '\0');
        flag[stateFlag] = 2;
        QTest::newRow("flag 2") << flag << u"not 0 or 1"_s;
        QByteArray utf8 = g;
        utf8.replace(utf8.indexOf("fed-1"), 5, QByteArray("fed\xff\xfe", 5));
        QTest::newRow("invalid UTF-8") << utf8 << u"UTF-8"_s;
        QByteArray surrogate = g;
        surrogate.replace(surrogate.indexOf("0.1.0"), 5,
                          QByteArray("\xed\xa0\x80"
                                     "00",
                                     5));
        QTest::newRow("UTF-8 surrogate") << surrogate << u"UTF-8"_s;
        QByteArray count = r;
        const qsizetype selectedCount = stateFlag + 1 + 4 + 6 + 4 + 4 + 20 + 8;
        QCOMPARE(count.mid(selectedCount, 4), unhex("02000000"));
        count.replace(selectedCount, 4, unhex("ffffff7f"));
        QTest::newRow("absurd count") << count << u"impossible"_s;
    }
    void decodeRefusesNonCanonicalInput() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        auto b = decodeBlock(bytes);
        QVERIFY(!b.ok());
        QVERIFY2(b.error().contains(message), qPrintable(b.error()));
    }

    void decodeSurvivesEveryTruncationAndBitFlip() {
        // Hostile input must give an error or a block, never a crash (run under ASan too).
        for (const char* hex : {kGoldenGenesis, kGoldenRound}) {
            const QByteArray bytes = unhex(hex);
            for (qsizetype n = 0; n < bytes.size(); ++n)
                QVERIFY(!decodeBlock(bytes.left(n)).ok());
            int decodable = 0;
            for (qsizetype i = 0; i < bytes.size(); ++i) {
                for (int bit = 0; bit < 8; ++bit) {
                    QByteArray b = bytes;
                    b[i] = static_cast<char>(b[i] ^ (1 << bit));
                    auto d = decodeBlock(b);
                    if (d.ok()) {
                        ++decodable;
                        QVERIFY(blockHash(encodeBlock(*d)) != blockHash(bytes));
                        // Whatever decodes re-encodes to the same bytes: one encoding per value.
                        QCOMPARE(encodeBlock(*d), b);
                    }
                }
            }
            QVERIFY(decodable > 0);
        }
    }

    // --- Merkle ----------------------------------------------------------------------------

    void merkleRules() {
        QVERIFY(merkleRootOfLeaves({}).isZero());
        const Hash a = merkleLeaf("a");
        const Hash b = merkleLeaf("b");
        const Hash c = merkleLeaf("c");
        QCOMPARE(a, sha(QByteArray(1, '\0') + "a"));
        QCOMPARE(merkleRootOfLeaves({a}), a);
        const Hash ab = sha(QByteArray(1, '\x01') + a.toByteArray() + b.toByteArray());
        QCOMPARE(merkleRootOfLeaves({a, b}), ab);
        // Odd: c is carried up unchanged, not paired with itself.
        const Hash abc = sha(QByteArray(1, '\x01') + ab.toByteArray() + c.toByteArray());
        QCOMPARE(merkleRootOfLeaves({a, b, c}), abc);
        QCOMPARE(abc.toHex(),
                 u"36642e73c2540ab121e3a6bf9545b0a24982cd830eb13d3cd19de3ce6c021ec1"_s);
        QVERIFY(merkleRootOfLeaves({a, b, c, c}) != abc);
        QVERIFY(merkleRootOfLeaves({b, a}) != ab);
        // Five leaves: ((ab)(cd))e.
        const Hash d = merkleLeaf("d");
        const Hash e = merkleLeaf("e");
        const Hash cd = sha(QByteArray(1, '\x01') + c.toByteArray() + d.toByteArray());
        const Hash abcd = sha(QByteArray(1, '\x01') + ab.toByteArray() + cd.toByteArray());
        const Hash root5 = sha(QByteArray(1, '\x01') + abcd.toByteArray() + e.toByteArray());
        QCOMPARE(merkleRootOfLeaves({a, b, c, d, e}), root5);
        // An internal node is never a leaf of the same bytes (domain separation).
        QVERIFY(merkleLeaf(a.toByteArray() + b.toByteArray()) != ab);
    }

    void metricsAreCanonicalized() {
        std::vector<Metric> m{{u"loss"_s, 1.0}, {u"accuracy"_s, 0.5}, {u"Zeta"_s, 2.0}};
        QVERIFY(canonicalizeMetrics(m).ok());
        QCOMPARE(m[0].name, u"Zeta"_s); // bytewise: upper case sorts first
        QCOMPARE(m[1].name, u"accuracy"_s);
        std::vector<Metric> twice{{u"a"_s, 1.0}, {u"a"_s, 2.0}};
        QVERIFY(!canonicalizeMetrics(twice).ok());
        std::vector<Metric> unnamed{{QString(), 1.0}};
        QVERIFY(!canonicalizeMetrics(unnamed).ok());
    }

    // --- the ledger in a run file ----------------------------------------------------------

    void appendReadAndQuery() {
        QTemporaryDir dir;
        Chain c;
        c.path = dir.filePath(u"chain.fedrun"_s);
        Status built = buildChain(c, 5);
        QVERIFY2(built.ok(), qPrintable(built.error()));
        auto store = RunStore::open(c.path, RunStore::Mode::ReadOnly);
        QVERIFY(store.ok());
        Ledger ledger(**store);
        QCOMPARE(*ledger.exists(), true);
        QCOMPARE(*ledger.blockCount(), 6u);
        auto head = ledger.head();
        QVERIFY(head.ok() && head->has_value());
        QCOMPARE((*head)->height, 5u);
        QCOMPARE((*head)->modelHash, c.models[5]);

        auto page = ledger.blocks(2, 2);
        QVERIFY(page.ok());
        QCOMPARE(page->size(), 2u);
        QCOMPARE(page->at(0).block.height, 2u);
        QCOMPARE(page->at(1).block.round.round, 3u);
        QCOMPARE(page->at(1).block.previousHash, page->at(0).hash);
        QCOMPARE(ledger.blocks(5, 100)->size(), 1u);
        QVERIFY(ledger.blocks(6, 10)->empty());
        QVERIFY(!ledger.block(99).ok());
        QVERIFY(ledger.block(99).error().contains(u"no block at height 99"_s));

        auto genesis = ledger.genesis();
        QVERIFY(genesis.ok());
        QCOMPARE(genesis->federationId, c.federationId);
        QCOMPARE(genesis->members.size(), 3u);

        auto lineage = ledger.lineage(c.models[3]);
        QVERIFY2(lineage.ok(), qPrintable(lineage.error()));
        QCOMPARE(lineage->size(), 4u);
        QCOMPARE(lineage->front().round, 3u);
        QCOMPARE(lineage->front().modelHash, c.models[3]);
        QCOMPARE(*lineage->front().parentModelHash, c.models[2]);
        QCOMPARE(lineage->front().contributors.size(), 2u);
        QCOMPARE(*lineage->front().contributors[1].client, 1u);
        QCOMPARE(lineage->front().contributors[1].samples, 15u);
        QCOMPARE(lineage->back().round, 0u);
        QCOMPARE(lineage->back().modelHash, c.models[0]);
        QVERIFY(!lineage->back().parentModelHash);
        QCOMPARE(ledger.lineage(c.models[5], 2)->size(), 2u);
        QVERIFY(!ledger.lineage(sha("no such model")).ok());

        QCOMPARE(*ledger.contributions(c.nodes[0].nodeId()),
                 (std::vector<std::uint64_t>{1, 2, 3, 4, 5}));
        QVERIFY(ledger.contributions(c.nodes[2].nodeId())->empty()); // rejected every round

        auto found = ledger.findModels(c.models[4].toHex().left(10).toUpper());
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1u);
        QCOMPARE(found->front(), c.models[4]);
        QCOMPARE(ledger.findModels(u""_s)->size(), 6u);
        QVERIFY(!ledger.findModels(u"xyz"_s).ok());

        auto key = ledger.loadKey(Ledger::clientOwner(1));
        QVERIFY(key.ok() && key->has_value());
        QCOMPARE((*key)->publicKey(), c.nodes[1].publicKey());
        QVERIFY(!ledger.loadKey(u"client:9"_s)->has_value());
    }

    void appendRefusesWhatDoesNotFollow() {
        QTemporaryDir dir;
        Chain c;
        c.path = dir.filePath(u"chain.fedrun"_s);
        QVERIFY(buildChain(c, 2).ok());
        auto store = RunStore::open(c.path, RunStore::Mode::ReadWrite);
        QVERIFY(store.ok());
        Ledger ledger(**store);
        RoundBody body;
        body.round = 4;
        body.parentModelHash = c.models[2];
        auto r = ledger.appendRound(body, 1, c.coordinator);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(u"next block records round 3, not 4"_s), qPrintable(r.error()));
        body.round = 3;
        body.parentModelHash = c.models[1];
        r = ledger.appendRound(body, 1, c.coordinator);
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(u"starts from model"_s));
        body.parentModelHash = c.models[2];
        body.evaluation = {{u"x"_s, 1.0}, {u"x"_s, 2.0}};
        QVERIFY(!ledger.appendRound(body, 1, c.coordinator).ok());
        GenesisBody g;
        g.spec = QByteArray("{}");
        g.specHash = sha(g.spec);
        g.coordinatorKey = c.coordinator.publicKey();
        auto second = ledger.appendGenesis(g, 1, c.coordinator);
        QVERIFY(!second.ok());
        QVERIFY(second.error().contains(u"already has a genesis block"_s));
        QCOMPARE(*ledger.blockCount(), 3u);
    }

    void blockRollsBackWithItsRound() {
        QTemporaryDir dir;
        Chain c;
        c.path = dir.filePath(u"chain.fedrun"_s);
        QVERIFY(buildChain(c, 1).ok());
        auto store = RunStore::open(c.path, RunStore::Mode::ReadWrite);
        QVERIFY(store.ok());
        Ledger ledger(**store);
        RoundCommit commit;
        commit.round.round = 2;
        commit.round.modelHash = c.models[1];
        RoundBody body;
        body.round = 2;
        body.parentModelHash = c.models[1];
        body.modelHash = c.models[1];
        // The block is appended, then something later in the transaction fails: both go.
        Status s = (*store)->transaction([&]() -> Status {
            if (Status t = (*store)->commitRound(commit); !t)
                return t;
            if (auto a = ledger.appendRound(body, 5, c.coordinator); !a)
                return a.takeError();
            return fail(u"the disk filled up"_s);
        });
        QVERIFY(!s.ok());
        QCOMPARE((*store)->lastCompletedRound(), 1);
        QCOMPARE(*ledger.blockCount(), 2u);
        // The round fails: the block is never appended.
        commit.round.round = 5;
        s = (*store)->transaction([&]() -> Status {
            if (Status t = (*store)->commitRound(commit); !t)
                return t;
            auto a = ledger.appendRound(body, 5, c.coordinator);
            return a ? Status() : Status(a.takeError());
        });
        QVERIFY(!s.ok());
        QCOMPARE(*ledger.blockCount(), 2u);
        QVERIFY(ledger.verify().valid());
    }

    void verifyAcceptsTheChainAndReplaysIt() {
        QTemporaryDir dir;
        Chain c;
        c.path = dir.filePath(u"chain.fedrun"_s);
        QVERIFY(buildChain(c, 4).ok());
        const QByteArray before = fileBytes(c.path);
        std::vector<std::uint64_t> progress;
        VerifyReport report;
        {
            auto store = RunStore::open(c.path, RunStore::Mode::ReadOnly);
            QVERIFY(store.ok());
            VerifyOptions options;
            options.replay = true;
            options.progress = [&](std::uint64_t done, std::uint64_t total) {
                progress.push_back(done);
                QCOMPARE(total, 5u);
            };
            report = Ledger(**store).verify(options);
        }
        QVERIFY2(report.valid(), qPrintable(report.summary()));
        QCOMPARE(report.blocks.size(), 5u);
        QCOMPARE(report.roundsReplayed, (std::vector<std::uint32_t>{1, 2, 3, 4}));
        QVERIFY(report.roundsNotReplayed.empty());
        QCOMPARE(report.blocks[2].replay, ReplayOutcome::Reproduced);
        QCOMPARE(report.blocks[0].replay, ReplayOutcome::NotApplicable);
        QVERIFY(report.head);
        QCOMPARE(report.head->modelHash, c.models[4]);
        QCOMPARE(report.signaturesChecked, 5u + 4u * 2u);
        QVERIFY(report.bytesHashed > 0);
        QVERIFY(!progress.empty());
        QCOMPARE(progress.back(), 5u);
        QCOMPARE(fileBytes(c.path), before); // a read-only verification writes nothing

        // Without stored updates the chain is still valid; replay says what it could not do.
        Chain plain;
        plain.path = dir.filePath(u"plain.fedrun"_s);
        QVERIFY(buildChain(plain, 3, false).ok());
        const VerifyReport r2 = verifyFile(plain.path, Replay::Yes);
        QVERIFY2(r2.valid(), qPrintable(r2.summary()));
        QCOMPARE(r2.roundsNotReplayed, (std::vector<std::uint32_t>{1, 2, 3}));
        QCOMPARE(r2.blocks[1].replay, ReplayOutcome::UpdatesNotStored);
        // Pinning: the right keys and head pass, others fail at the block they concern.
        auto store = RunStore::open(c.path, RunStore::Mode::ReadOnly);
        VerifyOptions pinned;
        pinned.coordinatorKey = c.coordinator.publicKey();
        pinned.expectedHead = report.blocks[2].hash;
        QVERIFY(Ledger(**store).verify(pinned).valid());
        pinned.coordinatorKey = c.nodes[0].publicKey();
        QCOMPARE(*Ledger(**store).verify(pinned).firstBadHeight, 0u);
        pinned.coordinatorKey.reset();
        pinned.expectedHead = sha("another head");
        const VerifyReport truncated = Ledger(**store).verify(pinned);
        QCOMPARE(*truncated.firstBadHeight, 4u);
        QVERIFY(truncated.summary().contains(u"expected head"_s));
    }

    void verifyCanBeCancelled() {
        QTemporaryDir dir;
        Chain c;
        c.path = dir.filePath(u"chain.fedrun"_s);
        QVERIFY(buildChain(c, 2).ok());
        auto store = RunStore::open(c.path, RunStore::Mode::ReadOnly);
        std::atomic<bool> cancel{true};
        VerifyOptions options;
        options.cancel = &cancel;
        const VerifyReport r = Ledger(**store).verify(options);
        QVERIFY(r.cancelled);
        QVERIFY(!r.valid());
        QCOMPARE(r.summary(), u"verification was cancelled"_s);
    }

    void verifyIsOneSnapshotWhileARunAppends() {
        // A live run appends blocks on its own connection while an auditor verifies: the report
        // is of the chain as it was when verification began, without false problems (before,
        // the rounds appended meanwhile looked like rounds whose blocks had been deleted).
        QTemporaryDir dir;
        Chain c;
        c.path = dir.filePath(u"chain.fedrun"_s);
        QVERIFY(buildChain(c, 130).ok());
        auto writer = RunStore::open(c.path, RunStore::Mode::ReadWrite);
        QVERIFY2(writer.ok(), qPrintable(writer.error()));
        auto reader = RunStore::open(c.path, RunStore::Mode::ReadOnly);
        QVERIFY2(reader.ok(), qPrintable(reader.error()));
        int appended = 0;
        QString appendError;
        VerifyOptions options;
        options.progress = [&](std::uint64_t done, std::uint64_t total) {
            if (done >= total)
                return; // the last report, after the chain was read
            if (Status s = appendRounds(c, **writer, 3); s)
                appended += 3;
            else
                appendError = s.error();
        };
        const VerifyReport r = Ledger(**reader).verify(options);
        QVERIFY2(appendError.isEmpty(), qPrintable(appendError));
        QCOMPARE(appended, 6); // after blocks 64 and 128
        QVERIFY2(r.valid(), qPrintable(r.summary()));
        QCOMPARE(r.blocks.size(), std::size_t(131));
        QCOMPARE(r.head->height, 130u);
        // The next verification sees the appended blocks, and they verify too.
        const VerifyReport after = Ledger(**reader).verify();
        QVERIFY2(after.valid(), qPrintable(after.summary()));
        QCOMPARE(after.blocks.size(), std::size_t(137));
        QCOMPARE(after.head->modelHash, c.models.back());
    }

    void findByHashPrefix() {
        QTemporaryDir dir;
        Chain c;
        c.path = dir.filePath(u"chain.fedrun"_s);
        QVERIFY(buildChain(c, 40).ok());
        auto store = RunStore::open(c.path, RunStore::Mode::ReadOnly);
        QVERIFY(store.ok());
        Ledger ledger(**store);
        // Every prefix length of block 17's hash, odd and even, in either case, finds it; every
        // hit really starts with the prefix.
        const Hash target = ledger.block(17)->hash;
        const QString hex = target.toHex();
        for (int n = 1; n <= 64; ++n) {
            const QString prefix = n % 3 == 0 ? hex.left(n).toUpper() : hex.left(n);
            auto found = ledger.findBlocks(prefix);
            QVERIFY2(found.ok(), qPrintable(found.error()));
            QVERIFY2(std::any_of(found->begin(), found->end(),
                                 [&](const BlockMatch& m) { return m.height == 17; }),
                     qPrintable(prefix));
            for (const BlockMatch& m : *found) {
                QVERIFY(m.hash.toHex().startsWith(hex.left(n)));
                QCOMPARE(ledger.block(m.height)->hash, m.hash);
            }
            if (n >= 8)
                QCOMPARE(found->size(), std::size_t(1));
        }
        // One hex digit against a plain count; "f" has no upper neighbour.
        for (const QString& digit : {u"0"_s, u"7"_s, u"f"_s}) {
            std::size_t expected = 0;
            for (std::uint64_t h = 0; h <= 40; ++h)
                expected += ledger.block(h)->hash.toHex().startsWith(digit) ? 1 : 0;
            QCOMPARE(ledger.findBlocks(digit)->size(), expected);
        }
        QCOMPARE(ledger.findBlocks(hex.left(1), 2)->size(),
                 std::min<std::size_t>(2, ledger.findBlocks(hex.left(1))->size()));
        QCOMPARE(ledger.findBlocks(u"ffffffffffffffff"_s)->size(), std::size_t(0));
        QVERIFY(ledger.findBlocks(u""_s)->size() == 41); // the empty prefix: every block
        const auto bad = ledger.findBlocks(u"12g4"_s);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(u"\"12g4\" is not a hexadecimal hash prefix"_s),
                 qPrintable(bad.error()));
        QVERIFY(!ledger.findBlocks(QString(65, u'a')).ok());

        // Models, and updates (accepted, and the refused ones named in incidents).
        const QString model = c.models[23].toHex();
        QCOMPARE(*ledger.findModels(model.left(9)), std::vector<Hash>{c.models[23]});
        const StoredBlock b = *ledger.block(23);
        const auto accepted =
            ledger.findUpdates(b.block.round.updates[1].updateHash.toHex().left(11));
        QVERIFY(accepted.ok() && *accepted);
        QCOMPARE(**accepted, std::vector<std::uint64_t>{23});
        const auto refused =
            ledger.findUpdates(b.block.round.incidents[0].updateHash->toHex().left(12));
        QVERIFY(refused.ok() && *refused);
        QCOMPARE(**refused, std::vector<std::uint64_t>{23});
        // A run file made before the update index: no answer, so search reads the blocks.
        QVERIFY(sql(c.path, u"DROP TABLE ledger_update_hashes"_s));
        auto old = RunStore::open(c.path, RunStore::Mode::ReadOnly);
        QVERIFY(old.ok());
        const auto none = Ledger(**old).findUpdates(u"ab"_s);
        QVERIFY(none.ok() && !*none);
    }

    void verifyReportsARunWithoutLedger() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.fedrun"_s);
        QVERIFY(RunStore::create(path, specToJson(FederationSpec{})).ok());
        const VerifyReport r = verifyFile(path, Replay::No);
        QVERIFY(!r.valid());
        QVERIFY(!r.firstBadHeight);
        QVERIFY2(r.summary().contains(u"has no audit ledger"_s), qPrintable(r.summary()));
        // Tables but no genesis.
        {
            auto store = RunStore::open(path, RunStore::Mode::ReadWrite);
            QVERIFY(Ledger::createTables(**store).ok());
        }
        const VerifyReport empty = verifyFile(path, Replay::No);
        QCOMPARE(*empty.firstBadHeight, 0u);
        QVERIFY(empty.summary().contains(u"no genesis block"_s));
    }

    void everyAlteredByteOfEveryBlockIsFound() {
        // A one-bit change anywhere in any block of a chain with incidents, energy figures and
        // several updates makes that block (never a later one) the first bad block.
        QTemporaryDir dir;
        Chain c;
        c.path = dir.filePath(u"chain.fedrun"_s);
        QVERIFY(buildChain(c, 3).ok());
        auto store = RunStore::open(c.path, RunStore::Mode::ReadWrite);
        QVERIFY(store.ok());
        sqlite3* db = (*store)->handle();
        Ledger ledger(**store);
        QVERIFY(ledger.verify().valid());
        sqlite3_stmt* update = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "UPDATE ledger_blocks SET data = ?1 WHERE height = ?2", -1,
                                    &update, nullptr),
                 SQLITE_OK);
        auto put = [&](std::int64_t height, const QByteArray& data) {
            sqlite3_reset(update);
            sqlite3_bind_blob(update, 1, data.constData(), static_cast<int>(data.size()),
                              SQLITE_TRANSIENT);
            sqlite3_bind_int64(update, 2, height);
            return sqlite3_step(update) == SQLITE_DONE;
        };
        int checked = 0;
        for (std::int64_t height : {0, 2, 3}) {
            const QByteArray original = fed::test::RawRun(c.path).blockData(height);
            QVERIFY(!original.isEmpty());
            for (qsizetype i = 0; i < original.size(); ++i) {
                QByteArray altered = original;
                altered[i] = static_cast<char>(altered[i] ^ 0x20);
                QVERIFY(put(height, altered));
                const VerifyReport r = ledger.verify();
                if (r.valid() || *r.firstBadHeight != static_cast<std::uint64_t>(height)) {
                    sqlite3_finalize(update);
                    QFAIL(qPrintable(u"byte %1 of block %2: %3"_s.arg(i).arg(height).arg(
                        r.valid() ? u"not found"_s : r.summary())));
                }
                ++checked;
            }
            QVERIFY(put(height, original));
        }
        sqlite3_finalize(update);
        QVERIFY(ledger.verify().valid());
        QVERIFY(checked > 2000);
    }

    void tamperedChainNamesTheBlock_data() {
        // What an attacker does behind the store's back, the block it must be found at, and
        // what the report must say.
        test::addDataRows<QString, int, QString>(
            {"statement", "height", "message"},
            {{"block deleted", {u"DELETE FROM ledger_blocks WHERE height = 2"_s, 2, u"missing"_s}},
             {"last block deleted",
              {u"DELETE FROM ledger_blocks WHERE height = 3"_s, 3, u"no block for it"_s}},
             {"genesis deleted",
              {u"DELETE FROM ledger_blocks WHERE height = 0"_s, 0, u"missing"_s}},
             {"blocks swapped",
              {u"UPDATE ledger_blocks SET height = 100 WHERE height = 1; UPDATE ledger_blocks SET "
               "height = 1 WHERE height = 2; UPDATE ledger_blocks SET height = 2 WHERE height = "
               "100"_s,
               1, u"stored at height 1"_s}},
             {"signature altered",
              {u"UPDATE ledger_blocks SET signature = zeroblob(64) WHERE height = 2"_s, 2,
               u"coordinator's signature"_s}},
             {"signature truncated",
              {u"UPDATE ledger_blocks SET signature = substr(signature, 2) WHERE height = 1"_s, 1,
               u"63 bytes"_s}},
             {"model blob altered",
              {u"UPDATE blobs SET data = data || x'00' WHERE hash = (SELECT model_hash FROM "
               "rounds WHERE round = 2)"_s,
               2, u"corrupt"_s}},
             {"update blob removed",
              {u"DELETE FROM blobs WHERE kind = 'update' AND rowid = (SELECT max(rowid) FROM "
               "blobs WHERE kind = 'update')"_s,
               3, u"not in the blob table"_s}},
             {"rounds table rewritten",
              {u"UPDATE rounds SET model_hash = (SELECT model_hash FROM rounds WHERE round = 1) "
               "WHERE round = 3"_s,
               3, u"rounds table records another model"_s}},
             {"key replaced in keys table",
              {u"UPDATE keys SET public_key = zeroblob(32) WHERE owner = 'client:1'"_s, 0,
               u"client:1"_s}},
             {"contribution index altered",
              {u"DELETE FROM ledger_contributions WHERE height = 2"_s, 2,
               u"ledger_contributions"_s}},
             {"update-hash index altered",
              {u"DELETE FROM ledger_update_hashes WHERE height = 2 AND update_hash = (SELECT "
               "max(update_hash) FROM ledger_update_hashes WHERE height = 2)"_s,
               2, u"ledger_update_hashes"_s}},
             {"meta spec rewritten",
              {u"UPDATE meta SET value = replace(value, '\"rounds\": 10', '\"rounds\": 11') "
               "WHERE key = 'spec'"_s,
               0, u"spec"_s}}});
    }
    void tamperedChainNamesTheBlock() {
        QFETCH(QString, statement);
        QFETCH(int, height);
        QFETCH(QString, message);
        QTemporaryDir dir;
        Chain c;
        c.path = dir.filePath(u"chain.fedrun"_s);
        QVERIFY(buildChain(c, 3).ok());
        QVERIFY(sql(c.path, statement));
        const VerifyReport r = verifyFile(c.path, Replay::No);
        QVERIFY(!r.valid());
        QVERIFY(r.firstBadHeight);
        QCOMPARE(*r.firstBadHeight, static_cast<std::uint64_t>(height));
        QVERIFY2(r.summary().contains(message), qPrintable(r.summary()));
    }

    void blockAfterAMissingOneNamesNoPlaceholderParent() {
        // With block 2 gone, block 3's parent cannot be checked; it must say so, and not claim
        // a mismatch against a model of all zeros that no block records.
        QTemporaryDir dir;
        Chain c;
        c.path = dir.filePath(u"chain.fedrun"_s);
        QVERIFY(buildChain(c, 3).ok());
        QVERIFY(sql(c.path, u"DELETE FROM ledger_blocks WHERE height = 2"_s));
        const VerifyReport r = verifyFile(c.path, Replay::Yes);
        QCOMPARE(r.blocks.size(), std::size_t{4});
        const QString third = r.blocks[3].problems.join(u"; "_s);
        QVERIFY2(third.contains(u"parent model cannot be checked"_s), qPrintable(third));
        QVERIFY2(!third.contains(u"is not the model of the block before it"_s), qPrintable(third));
        QVERIFY2(!third.contains(QString(64, u'0')), qPrintable(third));
    }

    void corruptStoredUpdateFailsTheReplay() {
        // A stored update whose bytes were changed: the round's replay failed; it is not one
        // of the rounds "not replayed because updates were not stored".
        QTemporaryDir dir;
        Chain c;
        c.path = dir.filePath(u"chain.fedrun"_s);
        QVERIFY(buildChain(c, 3).ok());
        QVERIFY(sql(c.path, u"UPDATE blobs SET data = data || x'00' WHERE kind = 'update' AND "
                            "hash IN (SELECT update_hash FROM ledger_update_hashes WHERE "
                            "height = 2)"_s));
        const VerifyReport r = verifyFile(c.path, Replay::Yes);
        QVERIFY(!r.valid());
        QCOMPARE(*r.firstBadHeight, std::uint64_t{2});
        QVERIFY2(r.summary().contains(u"corrupt"_s), qPrintable(r.summary()));
        QCOMPARE(r.blocks[2].replay, ReplayOutcome::Failed);
        QVERIFY(std::find(r.roundsNotReplayed.begin(), r.roundsNotReplayed.end(), 2u) ==
                r.roundsNotReplayed.end());
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "test_ledger.moc"
