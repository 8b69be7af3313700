// The audit ledger of real federations: the tamper matrix (outsiders who cannot sign, and a
// coordinator who re-signs with its own key), a run killed mid-round that verifies cleanly and
// resumes, the C++ verifier against the independent Python one (tools/verify_ledger.py), and
// `fedctl ledger` as an auditor uses it.
#include "engine/federation/Federation.h"
#include "engine/ledger/Block.h"
#include "engine/ledger/Ledger.h"
#include "engine/spec/SpecIO.h"
#include "tests/support/Processes.h"
#include "tests/support/RawRun.h"
#include "tests/support/Runs.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>
#include <functional>
#include <sqlite3.h>

using namespace fed;
using namespace fed::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRounds = 4;

Status makeRun(const QString& path, bool storeUpdates, const QStringList& extra = {}) {
    const QStringList overrides{
        u"rounds=%1"_s.arg(kRounds),
        u"ledger.store_updates=%1"_s.arg(storeUpdates ? u"true"_s : u"false"_s)};
    auto summary = runToEnd(quickSpec(overrides + extra), path);
    return summary ? Status() : Status(summary.takeError());
}

Replay replayIf(bool replay) {
    return replay ? Replay::Yes : Replay::No;
}

struct Tamper {
    QString name;
    int expectedHeight;
    QString message; //!< a part of the first bad block's problems
    bool replay = false;
    std::function<void(RawRun&)> apply;
};

//! The tamper matrix. Outsiders change bytes and cannot sign; the coordinator ("re-signed")
//! holds the coordinator key and re-signs and re-links what it changed, which the nodes'
//! signatures, the blob hashes and replay still catch.
std::vector<Tamper> tamperMatrix() {
    std::vector<Tamper> m;
    auto field = [&](const QString& name, int height, const QString& message,
                     std::function<void(Block&)> change) {
        m.push_back({u"field: "_s + name, height, message, false, [height, change](RawRun& run) {
                         Block b = run.block(height);
                         change(b);
                         run.putUnsigned(b, height);
                     }});
    };
    field(u"genesis federation id"_s, 0, u"signature"_s,
          [](Block& b) { b.genesis.federationId[0] = u'X'; });
    field(u"genesis spec"_s, 0, u"spec"_s, [](Block& b) { b.genesis.spec[10] = 'Q'; });
    field(u"genesis spec hash"_s, 0, u"spec hash"_s,
          [](Block& b) { b.genesis.specHash.bytes[0] ^= 1; });
    field(u"genesis coordinator key"_s, 0, u"signature"_s,
          [](Block& b) { b.genesis.coordinatorKey = SigningKey::generate()->publicKey(); });
    field(u"genesis member key"_s, 0, u"keys table"_s,
          [](Block& b) { b.genesis.members[3].key = SigningKey::generate()->publicKey(); });
    field(u"genesis initial model"_s, 0, u"initial model"_s,
          [](Block& b) { b.genesis.initialModelHash.bytes[5] ^= 1; });
    field(u"genesis software version"_s, 0, u"signature"_s,
          [](Block& b) { b.genesis.softwareVersion += u"-evil"_s; });
    field(u"timestamp"_s, 2, u"signature"_s, [](Block& b) { b.timestampMs += 1; });
    field(u"height"_s, 2, u"records height"_s, [](Block& b) { b.height = 7; });
    field(u"previous hash"_s, 2, u"previous-block hash"_s,
          [](Block& b) { b.previousHash.bytes[0] ^= 1; });
    field(u"round number"_s, 2, u"round"_s, [](Block& b) { b.round.round = 3; });
    field(u"parent model"_s, 2, u"parent model"_s,
          [](Block& b) { b.round.parentModelHash.bytes[1] ^= 1; });
    field(u"model hash"_s, 2, u"model"_s, [](Block& b) { b.round.modelHash.bytes[2] ^= 1; });
    field(u"strategy parameter"_s, 2, u"signature"_s,
          [](Block& b) { b.round.strategyParameters[0].value = 0.5; });
    field(u"selected node"_s, 2, u"not a member"_s,
          [](Block& b) { b.round.selected[1].bytes[0] ^= 1; });
    field(u"update hash"_s, 2, u"signature of client 4"_s,
          [](Block& b) { b.round.updates[4].updateHash.bytes[3] ^= 1; });
    field(u"update sample count"_s, 2, u"signature of client 0"_s,
          [](Block& b) { b.round.updates[0].samples += 1; });
    field(u"update metric"_s, 2, u"Merkle root"_s,
          [](Block& b) { b.round.updates[1].metrics[0].value += 1.0; });
    field(u"update energy"_s, 2, u"Merkle root"_s, [](Block& b) {
        b.round.updates[2].energy.push_back({u"zz_extra_j"_s, 1.0});
    });
    field(u"node signature"_s, 2, u"signature of client 6"_s,
          [](Block& b) { b.round.updates[6].signature.bytes[9] ^= 1; });
    field(u"Merkle root"_s, 2, u"Merkle root"_s,
          [](Block& b) { b.round.merkleRoot.bytes[0] ^= 1; });
    field(u"evaluation"_s, 2, u"signature"_s, [](Block& b) { b.round.evaluation[0].value = 0.99; });
    field(u"round energy"_s, 2, u"signature"_s, [](Block& b) {
        b.round.energy.push_back({u"zz_extra_j"_s, 1.0});
    });
    field(u"incident added"_s, 2, u"both with an update and an incident"_s, [](Block& b) {
        b.round.incidents.push_back({b.round.updates[9].node, IncidentKind::Dropped, {}, u"x"_s});
    });
    field(u"swap an update between nodes"_s, 2, u"signature of client"_s,
          [](Block& b) { std::swap(b.round.updates[1].node, b.round.updates[2].node); });

    auto raw = [&](const QString& name, int height, const QString& message,
                   std::function<void(RawRun&)> apply) {
        m.push_back({name, height, message, false, std::move(apply)});
    };
    raw(u"model blob byte"_s, 2, u"model blob"_s, [](RawRun& run) {
        run.exec("UPDATE blobs SET data = substr(data, 1, 40) || x'ff' || substr(data, 42) "
                 "WHERE hash = (SELECT model_hash FROM rounds WHERE round = 2)");
    });
    raw(u"initial model blob byte"_s, 0, u"initial model blob"_s, [](RawRun& run) {
        run.exec("UPDATE blobs SET data = substr(data, 1, 40) || x'ff' || substr(data, 42) "
                 "WHERE hash = (SELECT model_hash FROM ledger_blocks WHERE height = 0)");
    });
    raw(u"update blob byte"_s, 3, u"update blob"_s, [](RawRun& run) {
        Block b = run.block(3);
        run.writeBlob("UPDATE blobs SET data = substr(data, 1, 40) || ?1 || substr(data, 42) "
                      "WHERE hash = ?2",
                      QByteArray(1, '\x7f'), b.round.updates[5].updateHash.toByteArray());
    });
    raw(u"update blob deleted"_s, 1, u"not in the blob table"_s, [](RawRun& run) {
        Block b = run.block(1);
        run.write("DELETE FROM blobs WHERE hash = ?1 AND ?2 = 0",
                  b.round.updates[0].updateHash.toByteArray(), 0);
    });
    raw(u"coordinator signature byte"_s, 2, u"coordinator's signature"_s, [](RawRun& run) {
        run.exec("UPDATE ledger_blocks SET signature = substr(signature, 1, 10) || x'00' || "
                 "substr(signature, 12) WHERE height = 2");
    });
    raw(u"block deleted"_s, 2, u"missing"_s,
        [](RawRun& run) { run.exec("DELETE FROM ledger_blocks WHERE height = 2"); });
    raw(u"last block deleted"_s, kRounds, u"no block for it"_s,
        [](RawRun& run) { run.exec("DELETE FROM ledger_blocks WHERE height = 4"); });
    raw(u"genesis deleted"_s, 0, u"missing"_s,
        [](RawRun& run) { run.exec("DELETE FROM ledger_blocks WHERE height = 0"); });
    raw(u"blocks reordered"_s, 2, u"stored at height 2"_s, [](RawRun& run) {
        run.exec("UPDATE ledger_blocks SET height = 100 WHERE height = 2;"
                 "UPDATE ledger_blocks SET height = 2 WHERE height = 3;"
                 "UPDATE ledger_blocks SET height = 3 WHERE height = 100");
    });
    raw(u"block inserted by an outsider"_s, 2, u"coordinator's signature"_s, [](RawRun& run) {
        // Shift blocks 2.. up and put a forged round 2, signed with a key of the outsider's own.
        for (std::int64_t h = run.blockCount() - 1; h >= 2; --h)
            run.write("UPDATE ledger_blocks SET height = height + 1 WHERE height = ?2", {}, h);
        Block forged = run.block(3);
        forged.height = 2;
        forged.timestampMs -= 1;
        const QByteArray data = encodeBlock(forged);
        const SigningKey outsider = *SigningKey::generate();
        run.writeBlob("INSERT INTO ledger_blocks (height, hash, model_hash, data, signature) "
                      "VALUES (2, ?1, x'00', ?2, zeroblob(64))",
                      blockHash(data).toByteArray(), data);
        run.write("UPDATE ledger_blocks SET signature = ?1 WHERE height = ?2",
                  outsider.sign(blockMessage(blockHash(data))).toByteArray(), 2);
    });
    // The run's derived tables (charts, the per-client table, CSV exports read them) must say
    // what the signed blocks say.
    raw(u"client_rounds row deleted"_s, 2, u"no row for client 3 in round 2"_s,
        [](RawRun& run) { run.exec("DELETE FROM client_rounds WHERE round = 2 AND client = 3"); });
    raw(u"client_rounds row added"_s, 3, u"row for client 99 in round 3, which the block"_s,
        [](RawRun& run) {
            run.exec("INSERT INTO client_rounds (round, client, status, detail, samples) "
                     "SELECT round, 99, status, detail, samples FROM client_rounds "
                     "WHERE round = 3 AND client = 0");
        });
    raw(u"client_rounds update hash changed"_s, 1, u"client 4 in round 1 has update_hash"_s,
        [](RawRun& run) {
            run.exec("UPDATE client_rounds SET update_hash = zeroblob(32) "
                     "WHERE round = 1 AND client = 4");
        });
    raw(u"client_rounds sample count changed"_s, 3, u"client 2 in round 3 has samples"_s,
        [](RawRun& run) {
            run.exec(
                "UPDATE client_rounds SET samples = samples + 1 WHERE round = 3 AND client = 2");
        });
    raw(u"client_rounds status changed"_s, 2, u"client 5 in round 2 has status rejected"_s,
        [](RawRun& run) {
            run.exec("UPDATE client_rounds SET status = 'rejected', detail = 'norm bound' "
                     "WHERE round = 2 AND client = 5");
        });
    raw(u"client_rounds row of a round without a block"_s, kRounds + 1, u"no block for it"_s,
        [](RawRun& run) {
            run.exec("INSERT INTO client_rounds (round, client, status, detail, samples) "
                     "VALUES (5, 0, 'accepted', '', 10)");
        });
    raw(u"rounds accuracy changed"_s, kRounds, u"accuracy for round 4"_s, [](RawRun& run) {
        run.exec("UPDATE rounds SET accuracy = accuracy + 0.125 WHERE round = 4");
    });
    raw(u"rounds accepted count changed"_s, 1, u"accepted for round 1"_s,
        [](RawRun& run) { run.exec("UPDATE rounds SET accepted = accepted - 1 WHERE round = 1"); });
    raw(u"node key replaced in the keys table"_s, 0, u"client:3"_s, [](RawRun& run) {
        const SigningKey k = *SigningKey::generate();
        run.writeBlob("UPDATE keys SET public_key = ?1, private_key = ?2 WHERE owner = "
                      "'client:3'",
                      k.publicKey().toByteArray(), k.privateBytes());
    });

    auto coordinator = [&](const QString& name, int height, const QString& message, bool replay,
                           std::function<void(RawRun&, const SigningKey&)> apply) {
        m.push_back({u"re-signed: "_s + name, height, message, replay,
                     [apply](RawRun& run) { apply(run, run.coordinatorKey()); }});
    };
    coordinator(u"swap an update between nodes"_s, 2, u"signature of client"_s, false,
                [](RawRun& run, const SigningKey& key) {
                    Block b = run.block(2);
                    std::swap(b.round.updates[3].updateHash, b.round.updates[4].updateHash);
                    b.round.merkleRoot = merkleRoot(b.round.updates);
                    run.putSigned(b, key);
                    run.relinkFrom(2, key);
                });
    coordinator(u"hide an update as an incident (replay)"_s, 3, u"replay"_s, true,
                [](RawRun& run, const SigningKey& key) {
                    // Claims client 7's update was refused but keeps the model it helped make.
                    // Every remaining signature holds; only replaying the aggregation shows it.
                    Block b = run.block(3);
                    const UpdateEntry hidden = b.round.updates[7];
                    b.round.updates.erase(b.round.updates.begin() + 7);
                    b.round.incidents.push_back(
                        {hidden.node, IncidentKind::Rejected, hidden.updateHash, u"norm bound"_s});
                    b.round.merkleRoot = merkleRoot(b.round.updates);
                    run.putSigned(b, key);
                    run.write("DELETE FROM ledger_contributions WHERE node_id = ?1 AND height = ?2",
                              hidden.node.toByteArray(), 3);
                    // It covers its tracks in the run's tables too, which verification compares.
                    run.exec("UPDATE client_rounds SET status = 'rejected', detail = 'norm bound' "
                             "WHERE round = 3 AND client = 7");
                    run.exec("UPDATE rounds SET accepted = accepted - 1 WHERE round = 3");
                    run.relinkFrom(3, key);
                });
    coordinator(u"change a sample count"_s, 1, u"signature of client 2"_s, false,
                [](RawRun& run, const SigningKey& key) {
                    Block b = run.block(1);
                    b.round.updates[2].samples *= 2;
                    b.round.merkleRoot = merkleRoot(b.round.updates);
                    run.putSigned(b, key);
                    run.relinkFrom(1, key);
                });
    coordinator(u"substitute another model (replay)"_s, 2, u"replay"_s, true,
                [](RawRun& run, const SigningKey& key) {
                    // Round 2 claims round 1's model (its blob exists); round 3 is made to start
                    // from it and the rounds table is rewritten to agree.
                    const Hash substitute = run.block(1).round.modelHash;
                    Block b = run.block(2);
                    b.round.modelHash = substitute;
                    run.putSigned(b, key);
                    run.write("UPDATE ledger_blocks SET model_hash = ?1 WHERE height = ?2",
                              substitute.toByteArray(), 2);
                    run.write("UPDATE rounds SET model_hash = ?1 WHERE round = ?2",
                              substitute.toByteArray(), 2);
                    Block next = run.block(3);
                    next.round.parentModelHash = substitute;
                    run.putSigned(next, key);
                    run.relinkFrom(2, key);
                });
    // The node id is the key's fingerprint: every block that names the node stops matching.
    coordinator(u"replace a node key"_s, 1, u"not a member"_s, false,
                [](RawRun& run, const SigningKey& key) {
                    const SigningKey k = *SigningKey::generate();
                    Block g = run.block(0);
                    g.genesis.members[3].key = k.publicKey();
                    run.putSigned(g, key);
                    run.writeBlob("UPDATE keys SET public_key = ?1, private_key = ?2 WHERE owner "
                                  "= 'client:3'",
                                  k.publicKey().toByteArray(), k.privateBytes());
                    run.relinkFrom(0, key);
                });
    coordinator(
        u"insert a round"_s, 3, u"signature of client"_s, false,
        [](RawRun& run, const SigningKey& key) {
            // A copy of round 2 inserted as round 3; later rounds renumbered.
            const std::int64_t n = run.blockCount();
            for (std::int64_t h = n - 1; h >= 3; --h) {
                run.write("UPDATE ledger_blocks SET height = height + 1 WHERE height = ?2", {}, h);
                Block b = run.block(h + 1);
                b.height += 1;
                b.round.round += 1;
                run.putSigned(b, key);
            }
            Block copy = run.block(2);
            copy.height = 3;
            copy.round.round = 3;
            copy.round.parentModelHash = copy.round.modelHash;
            const QByteArray data = encodeBlock(copy);
            run.writeBlob("INSERT INTO ledger_blocks (height, hash, model_hash, data, "
                          "signature) VALUES (3, ?1, ?2, x'', zeroblob(64))",
                          blockHash(data).toByteArray(), copy.round.modelHash.toByteArray());
            run.putSigned(copy, key);
            run.relinkFrom(2, key);
        });
    return m;
}

QString copyRun(const QString& from, const QTemporaryDir& dir, const QString& name) {
    const QString to = dir.filePath(name);
    QFile::remove(to);
    if (!QFile::copy(from, to))
        qFatal("cannot copy %s", qPrintable(from));
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    return to;
}

} // namespace

class TestLedgerAudit : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_run;  //!< 4 rounds, updates stored
    QString m_lean; //!< 4 rounds, updates not stored
    std::vector<Tamper> m_matrix;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_run = m_dir.filePath(u"base.fedrun"_s);
        m_lean = m_dir.filePath(u"lean.fedrun"_s);
        Status s = makeRun(m_run, true);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        s = makeRun(m_lean, false);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        m_matrix = tamperMatrix();
    }

    void realRunVerifiesAndReplays() {
        const VerifyReport r = verifyFile(m_run, Replay::Yes);
        QVERIFY2(r.valid(), qPrintable(r.summary()));
        QCOMPARE(r.blocks.size(), static_cast<std::size_t>(kRounds + 1));
        QCOMPARE(r.roundsReplayed.size(), static_cast<std::size_t>(kRounds));
        // Node ids are key fingerprints, and the clients table agrees with the genesis block.
        auto store = RunStore::open(m_run, RunStore::Mode::ReadOnly);
        Ledger ledger(**store);
        auto genesis = ledger.genesis();
        QVERIFY(genesis.ok());
        auto clients = (*store)->clients();
        QCOMPARE(clients->size(), genesis->members.size());
        for (std::size_t c = 0; c < clients->size(); ++c)
            QCOMPARE((*clients)[c].nodeId, genesis->members[c].nodeId().toHex());
        // Every accepted update's hash is recorded with its client and signed by its node.
        auto block = ledger.block(2);
        auto records = (*store)->clientRounds(2);
        QCOMPARE(block->block.round.updates.size(), records->size());
        for (std::size_t i = 0; i < records->size(); ++i)
            QCOMPARE(*(*records)[i].updateHash, block->block.round.updates[i].updateHash);
        // Energy figures travel with every update.
        QVERIFY(findMetric(block->block.round.updates[0].energy, u"computation_j").has_value());

        const VerifyReport lean = verifyFile(m_lean, Replay::Yes);
        QVERIFY2(lean.valid(), qPrintable(lean.summary()));
        QCOMPARE(lean.roundsNotReplayed.size(), static_cast<std::size_t>(kRounds));
    }

    void tamperMatrixIsFound_data() {
        QTest::addColumn<int>("row");
        for (std::size_t i = 0; i < m_matrix.size(); ++i)
            QTest::newRow(qPrintable(m_matrix[i].name)) << static_cast<int>(i);
    }
    void tamperMatrixIsFound() {
        QFETCH(int, row);
        const Tamper& t = m_matrix[static_cast<std::size_t>(row)];
        QTemporaryDir dir;
        const QString path = copyRun(m_run, dir, u"tampered.fedrun"_s);
        {
            RawRun run(path);
            t.apply(run);
        }
        const VerifyReport r = verifyFile(path, replayIf(t.replay));
        QVERIFY2(!r.valid(), "the alteration was not found");
        QVERIFY2(r.firstBadHeight, qPrintable(r.summary()));
        QVERIFY2(
            *r.firstBadHeight == static_cast<std::uint64_t>(t.expectedHeight),
            qPrintable(u"expected block %1, got: %2"_s.arg(t.expectedHeight).arg(r.summary())));
        QVERIFY2(r.summary().contains(t.message), qPrintable(r.summary()));
    }

    void pythonVerifierAgrees() {
        if (!pythonVerifierAvailable())
            QSKIP("python3 with python3-cryptography is not installed");
        QTemporaryDir dir;
        auto python = [&](const QString& path, bool replay) {
            QStringList options{u"--json"_s};
            if (replay)
                options << u"--replay"_s;
            return pythonVerifier(path, options);
        };
        // Valid runs, with and without replay.
        for (const QString& path : {m_run, m_lean}) {
            const Outcome o = python(path, true);
            QVERIFY2(o.exitCode == 0, o.out.constData());
            const QJsonObject j = QJsonDocument::fromJson(o.out).object();
            QVERIFY(j.value(u"valid"_s).toBool());
            const VerifyReport r = verifyFile(path, Replay::Yes);
            QCOMPARE(j.value(u"rounds_replayed"_s).toArray().size(),
                     static_cast<qsizetype>(r.roundsReplayed.size()));
            QCOMPARE(j.value(u"rounds_not_replayed"_s).toArray().size(),
                     static_cast<qsizetype>(r.roundsNotReplayed.size()));
        }
        // Every row of the tamper matrix: both say invalid, and name the same first bad block.
        for (const Tamper& t : m_matrix) {
            const QString path = copyRun(m_run, dir, u"tampered.fedrun"_s);
            {
                RawRun run(path);
                t.apply(run);
            }
            const VerifyReport r = verifyFile(path, replayIf(t.replay));
            const Outcome o = python(path, t.replay);
            QVERIFY2(o.exitCode == 1, qPrintable(t.name + u": "_s + QString::fromUtf8(o.err)));
            const QJsonObject j = QJsonDocument::fromJson(o.out).object();
            QVERIFY2(!j.value(u"valid"_s).toBool(), qPrintable(t.name));
            QVERIFY2(r.firstBadHeight, qPrintable(t.name));
            QVERIFY2(j.value(u"first_bad_height"_s).toInteger(-1) ==
                         static_cast<qint64>(*r.firstBadHeight),
                     qPrintable(u"%1: C++ names block %2, Python block %3"_s.arg(t.name)
                                    .arg(*r.firstBadHeight)
                                    .arg(j.value(u"first_bad_height"_s).toInteger(-1))));
        }
        // Not a run file: both refuse to read it (exit 2).
        QCOMPARE(pythonVerifier(kQuickPreset).exitCode, 2);
        QCOMPARE(fedctl({u"ledger"_s, u"verify"_s, kQuickPreset}).exitCode, 2);
    }

    void killedMidRoundVerifiesCleanlyAndResumes() {
        QTemporaryDir dir;
        const QStringList longer{u"--set"_s, u"rounds=40"_s, u"--set"_s,
                                 u"training.local_epochs=3"_s};
        // Two kills at different moments; each leaves a ledger that ends with its last round.
        for (const char* marker : {"round  3/40", "round  7/40"}) {
            const QString path = dir.filePath(u"killed-%1.fedrun"_s.arg(marker[7]));
            QProcess p;
            p.start(QStringLiteral(FEDCTL_PATH),
                    QStringList{u"run"_s, kQuickPreset, u"--out"_s, path} + longer);
            QByteArray progress;
            QTRY_VERIFY_WITH_TIMEOUT(
                (progress += p.readAllStandardError(), progress.contains(marker)), 60000);
            ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished(10000));

            const Outcome v = fedctl({u"ledger"_s, u"verify"_s, path, u"--json"_s});
            QVERIFY2(v.exitCode == 0, v.out.constData());
            const QJsonObject j = QJsonDocument::fromJson(v.out).object();
            auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
            QVERIFY(store.ok());
            const int kept = (*store)->lastCompletedRound();
            store->reset();
            QVERIFY(kept >= 3 && kept < 40);
            QCOMPARE(j.value(u"block_count"_s).toInteger(), kept + 1);
            if (pythonVerifierAvailable())
                QCOMPARE(pythonVerifier(path).exitCode, 0);

            const Outcome resumed = fedctl({u"resume"_s, path});
            QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
            const Outcome after = fedctl({u"ledger"_s, u"verify"_s, path, u"--json"_s});
            QVERIFY2(after.exitCode == 0, after.out.constData());
            QCOMPARE(
                QJsonDocument::fromJson(after.out).object().value(u"block_count"_s).toInteger(),
                41);
        }
    }

    void fedctlVerifyExitCodesAndReadOnlyFiles() {
        QTemporaryDir dir;
        const QString readOnly = copyRun(m_run, dir, u"readonly.fedrun"_s);
        QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        const QByteArray before = [&] {
            QFile f(readOnly);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        Outcome ok = fedctl({u"ledger"_s, u"verify"_s, readOnly, u"--replay"_s});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QVERIFY(ok.out.contains("ledger valid: 5 blocks"));
        QVERIFY(ok.out.contains("4 rounds reproduced"));
        QFile f(readOnly);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);

        Outcome lean = fedctl({u"ledger"_s, u"verify"_s, m_lean, u"--replay"_s});
        QCOMPARE(lean.exitCode, 0);
        QVERIFY2(lean.out.contains("not replayed (updates not stored): rounds 1, 2, 3, 4"),
                 lean.out.constData());

        const QString bad = copyRun(m_run, dir, u"bad.fedrun"_s);
        {
            RawRun run(bad);
            Block b = run.block(3);
            b.round.evaluation[0].value = 1.0;
            run.putUnsigned(b);
        }
        Outcome invalid = fedctl({u"ledger"_s, u"verify"_s, bad});
        QCOMPARE(invalid.exitCode, 1);
        QVERIFY2(invalid.out.contains("ledger INVALID"), invalid.out.constData());
        QVERIFY2(invalid.out.contains("first bad block: block 3 (round 3)"),
                 invalid.out.constData());

        // Cause before symptoms: the changed block's signature comes before what its content
        // checks (here the rounds table's figures) make of the change.
        QVERIFY2(invalid.out.contains("block 3 (round 3):\n    - the coordinator's signature does "
                                      "not verify"),
                 invalid.out.constData());
        // An altered genesis block: every later block's signatures fail with it, which is said
        // once under block 0, with a count, instead of once per block.
        const QString altered = copyRun(m_run, dir, u"genesis.fedrun"_s);
        {
            RawRun run(altered);
            Block g = run.block(0);
            g.genesis.federationId[0] = u'X';
            run.putUnsigned(g);
        }
        Outcome genesis = fedctl({u"ledger"_s, u"verify"_s, altered});
        QCOMPARE(genesis.exitCode, 1);
        QVERIFY2(genesis.out.contains("block 0 (genesis):\n    - the coordinator's signature does "
                                      "not verify"),
                 genesis.out.constData());
        QVERIFY2(genesis.out.contains(QByteArray("    and ") + QByteArray::number(kRounds) +
                                      " more blocks whose signatures depend on it\n"),
                 genesis.out.constData());
        QVERIFY2(!genesis.out.contains("block 2 (round 2):"), genesis.out.constData());
        const QJsonObject json =
            QJsonDocument::fromJson(fedctl({u"ledger"_s, u"verify"_s, altered, u"--json"_s}).out)
                .object();
        for (const QJsonValue b : json.value(u"blocks"_s).toArray())
            if (b.toObject().value(u"height"_s).toInt() > 0)
                QCOMPARE(b.toObject().value(u"depends_on"_s).toInt(-1), 0);

        QCOMPARE(fedctl({u"ledger"_s, u"verify"_s, dir.filePath(u"missing.fedrun"_s)}).exitCode, 2);
        QCOMPARE(fedctl({u"ledger"_s, u"verify"_s}).exitCode, 2);

        // Pinning the coordinator key and the head.
        auto store = RunStore::open(m_run, RunStore::Mode::ReadOnly);
        Ledger ledger(**store);
        const QString key = ledger.genesis()->coordinatorKey.toHex();
        const QString head = (*ledger.head())->hash.toHex();
        store->reset();
        QCOMPARE(fedctl({u"ledger"_s, u"verify"_s, m_run, u"--coordinator-key"_s, key,
                         u"--expect-head"_s, head})
                     .exitCode,
                 0);
        QCOMPARE(
            fedctl({u"ledger"_s, u"verify"_s, m_run, u"--coordinator-key"_s, QString(64, u'a')})
                .exitCode,
            1);
        QCOMPARE(fedctl({u"ledger"_s, u"verify"_s, m_run, u"--expect-head"_s, u"xyz"_s}).exitCode,
                 2);
    }

    void secondWriterIsRefusedAtOnce() {
        // `fedctl run` writes a run; `fedctl resume` of the same file, meanwhile, stops before it
        // loads anything and names the writer, instead of failing at its first commit.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"busy.fedrun"_s);
        QProcess writer;
        writer.start(QStringLiteral(FEDCTL_PATH),
                     {u"run"_s, kQuickPreset, u"--out"_s, path, u"--set"_s, u"rounds=500"_s});
        QVERIFY(writer.waitForStarted());
        QDeadlineTimer deadline(120000);
        int rounds = 0;
        while (rounds < 1 && !deadline.hasExpired() && writer.state() == QProcess::Running) {
            QThread::msleep(50);
            if (!QFileInfo::exists(path))
                continue;
            if (auto store = RunStore::open(path, RunStore::Mode::ReadOnly))
                rounds = (*store)->lastCompletedRound();
        }
        QVERIFY2(rounds >= 1, writer.readAllStandardError().constData());
        const qint64 pid = writer.processId();
        const Outcome second = fedctl({u"resume"_s, path});
        writer.kill(); // a killed writer's lock dies with it
        writer.waitForFinished();
        QVERIFY(second.exitCode != 0);
        QVERIFY2(
            QString::fromUtf8(second.err)
                .contains(u"%1 is being written by another process (pid %2)"_s.arg(path).arg(pid)),
            second.err.constData());
        QVERIFY2(!second.err.contains("next round must be"), second.err.constData());
        // The writer is gone (killed, no clean close): its lock went with it.
        auto reopened = RunStore::open(path, RunStore::Mode::ReadWrite);
        QVERIFY2(reopened, qPrintable(reopened.error()));
    }

    void fedctlShowLineageAndExport() {
        Outcome list = fedctl({u"ledger"_s, u"show"_s, m_run});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QVERIFY(list.out.contains("genesis"));
        Outcome one = fedctl({u"ledger"_s, u"show"_s, m_run, u"--height"_s, u"2"_s});
        QCOMPARE(one.exitCode, 0);
        QVERIFY(one.out.contains("round     2"));
        QVERIFY(one.out.contains("merkle"));
        Outcome json = fedctl({u"ledger"_s, u"show"_s, m_run, u"--height"_s, u"2"_s, u"--json"_s});
        const QJsonObject block = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(block.value(u"round"_s).toInt(), 2);
        QCOMPARE(block.value(u"updates"_s).toArray().size(), 10);
        QCOMPARE(fedctl({u"ledger"_s, u"show"_s, m_run, u"--height"_s, u"99"_s}).exitCode, 1);
        QCOMPARE(fedctl({u"ledger"_s, u"show"_s, m_run, u"--height"_s, u"x"_s}).exitCode, 2);

        const QString model = block.value(u"model_hash"_s).toString();
        Outcome lineage = fedctl({u"ledger"_s, u"lineage"_s, m_run, model.left(12)});
        QVERIFY2(lineage.exitCode == 0, lineage.err.constData());
        QVERIFY(lineage.out.contains("3 versions back to the initial model"));
        QVERIFY(lineage.out.contains("client 9"));
        Outcome lineageJson =
            fedctl({u"ledger"_s, u"lineage"_s, m_run, model.toUpper(), u"--json"_s});
        const QJsonArray steps =
            QJsonDocument::fromJson(lineageJson.out).object().value(u"lineage"_s).toArray();
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).toObject().value(u"contributors"_s).toArray().size(), 10);
        QCOMPARE(steps.at(2).toObject().value(u"round"_s).toInt(), 0);
        QCOMPARE(fedctl({u"ledger"_s, u"lineage"_s, m_run, u"ffffffffffffffff0"_s}).exitCode, 1);
        QCOMPARE(fedctl({u"ledger"_s, u"lineage"_s, m_run, u"not-hex"_s}).exitCode, 2);
        // A prefix two models share is refused with both listed.
        QStringList models;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(fedctl({u"ledger"_s, u"show"_s, m_run, u"--json"_s}).out)
                 .object()
                 .value(u"blocks"_s)
                 .toArray())
            models << v.toObject().value(u"model_hash"_s).toString();
        for (const QString& a : models)
            for (const QString& b : models)
                if (a != b && a.at(0) == b.at(0)) {
                    Outcome ambiguous = fedctl({u"ledger"_s, u"lineage"_s, m_run, a.left(1)});
                    QCOMPARE(ambiguous.exitCode, 2);
                    QVERIFY(ambiguous.err.contains("give more digits"));
                }

        QTemporaryDir dir;
        const QString jsonOut = dir.filePath(u"report.json"_s);
        QCOMPARE(
            fedctl({u"ledger"_s, u"export"_s, m_run, u"--format"_s, u"json"_s, u"--out"_s, jsonOut})
                .exitCode,
            0);
        QFile jf(jsonOut);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(jf.readAll()).object();
        QCOMPARE(report.value(u"blocks"_s).toArray().size(), kRounds + 1);
        QVERIFY(report.value(u"verification"_s).toObject().value(u"valid"_s).toBool());

        const QString bad = copyRun(m_run, dir, u"bad.fedrun"_s);
        {
            RawRun run(bad);
            run.exec("UPDATE ledger_blocks SET signature = zeroblob(64) WHERE height = 1");
        }
        Outcome html = fedctl({u"ledger"_s, u"export"_s, bad, u"--format"_s, u"html"_s});
        QCOMPARE(html.exitCode, 0);
        QVERIFY(html.out.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.out.contains("INVALID"));
        QVERIFY(html.out.contains("coordinator&#39;s signature") ||
                html.out.contains("coordinator's signature"));
        QCOMPARE(fedctl({u"ledger"_s, u"export"_s, m_run, u"--format"_s, u"pdf"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestLedgerAudit)
#include "test_ledger_audit.moc"
