// The run file: every field round-trips, rounds commit atomically and in order, read-only opens
// never change a byte, bad files are refused by name, and a killed writer loses no completed round.
#include "engine/store/RunStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <cmath>
#include <csignal>
#include <limits>
#include <poll.h>
#include <sqlite3.h>
#include <stdexcept>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace fed;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileDigest(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

QStringList dirEntries(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

//! Deterministic bytes, different for every (seed, size): a stand-in for serialized weights.
QByteArray payload(std::uint64_t seed, int size) {
    QByteArray bytes(size, Qt::Uninitialized);
    std::uint64_t x = seed * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL;
    for (int i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        bytes[i] = static_cast<char>(x & 0xff);
    }
    return bytes;
}

std::vector<ClientInfo> makeClients(int count) {
    std::vector<ClientInfo> clients;
    for (int i = 0; i < count; ++i)
        clients.push_back({i, u"node-%1"_s.arg(i), 100 + i, {i, 2 * i, 3, 0}, {}, {}, {}});
    return clients;
}

//! A round whose model and update blobs are unique to the round, so they are never deduplicated.
RoundCommit makeRound(int round, int clients, int modelBytes, int updatesWithBlobs = 0) {
    RoundCommit c;
    const QByteArray model = payload(static_cast<std::uint64_t>(round) << 20, modelBytes);
    c.round.round = round;
    c.round.startedAtMs = 1'700'000'000'000 + round * 1000;
    c.round.finishedAtMs = c.round.startedAtMs + 900;
    c.round.wallSeconds = 0.9;
    c.round.evaluated = round % 2 == 1;
    c.round.accuracy = c.round.evaluated ? 0.5 + round / 1000.0 : 0.0;
    c.round.loss = c.round.evaluated ? 1.0 / round : 0.0;
    c.round.trainLoss = 2.0 / round;
    c.round.modelHash = Hash::of(model);
    c.round.selected = clients;
    c.round.accepted = clients;
    c.blobs.push_back({u"model"_s, model});
    for (int i = 0; i < clients; ++i) {
        ClientRoundRecord r;
        r.round = round;
        r.client = i;
        r.samples = 100 + i;
        r.trainLoss = 0.25 * i;
        r.trainAccuracy = 0.75;
        r.evalAccuracy = 0.5;
        r.evalLoss = 0.7;
        r.wallSeconds = 0.01 * i;
        r.cpuSeconds = 0.02 * i;
        if (i < updatesWithBlobs) {
            const QByteArray update = payload((static_cast<std::uint64_t>(round) << 20) + 1 +
                                                  static_cast<std::uint64_t>(i),
                                              16 * 1024);
            r.updateHash = Hash::of(update);
            c.blobs.push_back({u"update"_s, update});
        }
        r.samples = 10 * i;
        c.round.samples += r.samples;
        c.clients.push_back(r);
    }
    return c;
}

//! A second, plain SQLite connection: how an auditor's script or an attacker sees the file.
class Raw {
public:
    explicit Raw(const QString& path, bool readOnly = false) {
        const int flags =
            readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~Raw() { sqlite3_close(m_db); }
    Raw(const Raw&) = delete;
    Raw& operator=(const Raw&) = delete;

    //! Empty on success, otherwise SQLite's message.
    QString exec(const QByteArray& sql) {
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return error;
    }
    //! The first column of the first row as text; "<error: ...>" when the query fails.
    QString text(const QByteArray& sql) {
        sqlite3_stmt* stmt = nullptr;
        QString value;
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return u"<error: %1>"_s.arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        else if (rc != SQLITE_DONE)
            value = u"<error: %1>"_s.arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_finalize(stmt);
        return value;
    }
    std::int64_t integer(const QByteArray& sql) { return text(sql).toLongLong(); }
    //! Replaces a blob's bytes behind the store's back.
    bool overwriteBlob(const Hash& hash, const QByteArray& bytes) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, "UPDATE blobs SET data = ?1 WHERE hash = ?2", -1, &stmt,
                               nullptr) != SQLITE_OK)
            return false;
        sqlite3_bind_blob(stmt, 1, bytes.constData(), static_cast<int>(bytes.size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_blob(stmt, 2, hash.bytes.data(), 32, SQLITE_TRANSIENT);
        const bool ok = sqlite3_step(stmt) == SQLITE_DONE && sqlite3_changes(m_db) == 1;
        sqlite3_finalize(stmt);
        return ok;
    }

private:
    sqlite3* m_db = nullptr;
};

bool same(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || a == b;
}
bool same(std::optional<double> a, std::optional<double> b) {
    return a.has_value() == b.has_value() && (!a || same(*a, *b));
}
template <typename T> bool same(const T& a, const T& b) {
    return a == b;
}

#define FED_FIELD(f)                                                                               \
    if (!same(a.f, b.f))                                                                           \
    diffs << QStringLiteral(#f)

QString differences(const RoundRecord& a, const RoundRecord& b) {
    QStringList diffs;
    FED_FIELD(round);
    FED_FIELD(startedAtMs);
    FED_FIELD(finishedAtMs);
    FED_FIELD(wallSeconds);
    FED_FIELD(evaluated);
    FED_FIELD(accuracy);
    FED_FIELD(loss);
    FED_FIELD(trainLoss);
    FED_FIELD(modelHash);
    FED_FIELD(selected);
    FED_FIELD(accepted);
    FED_FIELD(samples);
    FED_FIELD(strategyStateHash);
    FED_FIELD(computationJ);
    FED_FIELD(communicationJ);
    FED_FIELD(idleJ);
    FED_FIELD(carbonG);
    FED_FIELD(modelledSeconds);
    FED_FIELD(measuredPackageJ);
    return diffs.join(u", "_s);
}

QString differences(const ClientRoundRecord& a, const ClientRoundRecord& b) {
    QStringList diffs;
    FED_FIELD(round);
    FED_FIELD(client);
    FED_FIELD(status);
    FED_FIELD(detail);
    FED_FIELD(samples);
    FED_FIELD(trainLoss);
    FED_FIELD(trainAccuracy);
    FED_FIELD(evalAccuracy);
    FED_FIELD(evalLoss);
    FED_FIELD(wallSeconds);
    FED_FIELD(cpuSeconds);
    FED_FIELD(updateHash);
    FED_FIELD(computationJ);
    FED_FIELD(computationSeconds);
    FED_FIELD(communicationJ);
    FED_FIELD(communicationSeconds);
    FED_FIELD(idleJ);
    FED_FIELD(carbonG);
    FED_FIELD(bandwidthHz);
    FED_FIELD(transmitPowerW);
    FED_FIELD(measuredPackageJ);
    return diffs.join(u", "_s);
}

QString differences(const ClientInfo& a, const ClientInfo& b) {
    QStringList diffs;
    FED_FIELD(client);
    FED_FIELD(nodeId);
    FED_FIELD(samples);
    FED_FIELD(labelHistogram);
    FED_FIELD(device);
    FED_FIELD(deviceProfile);
    FED_FIELD(byzantine);
    return diffs.join(u", "_s);
}
#undef FED_FIELD

//! Runs `check` in a child process that cannot write `dir`: as an unprivileged user when we are
//! root (root ignores directory permissions), else in this user's process with `dir` at 0555.
//! Returns the child's stderr-style message, empty on success.
template <typename F> QString runWithoutWriteAccess(const QString& dir, F check) {
    int fds[2];
    if (pipe(fds) != 0)
        return u"pipe() failed"_s;
    ::chmod(QFile::encodeName(dir).constData(), 0555);
    const pid_t pid = fork();
    if (pid == 0) {
        ::close(fds[0]);
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(3);
        const QByteArray message = check().toUtf8();
        if (!message.isEmpty() &&
            write(fds[1], message.constData(), static_cast<size_t>(message.size())) < 0)
            _exit(4);
        _exit(message.isEmpty() ? 0 : 1);
    }
    ::close(fds[1]);
    QByteArray message;
    char buffer[512];
    ssize_t n = 0;
    while ((n = read(fds[0], buffer, sizeof buffer)) > 0)
        message.append(buffer, n);
    ::close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    ::chmod(QFile::encodeName(dir).constData(), 0755);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return message.isEmpty() ? u"child failed with status %1"_s.arg(status)
                                 : QString::fromUtf8(message);
    return {};
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

    QString runPath(const QTemporaryDir& dir, const QString& name = u"run.fedrun"_s) {
        return dir.filePath(name);
    }

    //! A closed run with clients, an initial model and `rounds` rounds.
    void writeRun(const QString& path, int rounds, int clients = 4) {
        auto store = RunStore::create(path, R"({"name":"test"})");
        QVERIFY2(store, qPrintable(store.error()));
        QVERIFY((*store)->writeClients(makeClients(clients)));
        QVERIFY((*store)->putBlob(u"model"_s, payload(7, 1000)));
        for (int r = 1; r <= rounds; ++r) {
            const Status s = (*store)->commitRound(makeRound(r, clients, 4096, 2));
            QVERIFY2(s, qPrintable(s.error()));
        }
    }

private Q_SLOTS:
    void initTestCase() {
        // Every child we fork must be ours to reap; a stray SIGCHLD handler would steal them.
        signal(SIGCHLD, SIG_DFL);
    }

    void statusNames() {
        QCOMPARE(runStatusName(RunStatus::Running), u"running"_s);
        QCOMPARE(runStatusName(RunStatus::Stopped), u"stopped"_s);
        QCOMPARE(runStatusName(RunStatus::Finished), u"finished"_s);
        QCOMPARE(runStatusName(RunStatus::Failed), u"failed"_s);
        QCOMPARE(updateStatusName(UpdateStatus::Accepted), u"accepted"_s);
        QCOMPARE(updateStatusName(UpdateStatus::Rejected), u"rejected"_s);
        QCOMPARE(updateStatusName(UpdateStatus::Dropped), u"dropped"_s);
    }

    void createWritesHeaderAndMetadata() {
        QTemporaryDir dir;
        const QString path = runPath(dir);
        const QByteArray spec = R"({"name":"mnist-iid","rounds":10,"note":"ünïcode"})";
        {
            auto store = RunStore::create(path, spec);
            QVERIFY2(store, qPrintable(store.error()));
            RunStore& s = **store;
            QCOMPARE(s.path(), path);
            QVERIFY(!s.isReadOnly());
            QCOMPARE(s.specJson(), spec);
            QCOMPARE(*s.meta(u"spec"_s), QString::fromUtf8(spec));
            QCOMPARE(*s.meta(u"format"_s), u"1"_s);
            QCOMPARE(*s.meta(u"status"_s), u"running"_s);
            QVERIFY(QRegularExpression(u"^\\d+\\.\\d+\\.\\d+"_s)
                        .match(*s.meta(u"software_version"_s))
                        .hasMatch());
            const QString createdAt = *s.meta(u"created_at"_s);
            QVERIFY2(createdAt.endsWith(u'Z'), qPrintable(createdAt));
            const QDateTime created = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
            QVERIFY(created.isValid());
            QVERIFY(std::abs(created.secsTo(QDateTime::currentDateTimeUtc())) < 600);
            QCOMPARE(s.status(), RunStatus::Running);
            QCOMPARE(s.lastCompletedRound(), 0);
            QVERIFY(s.rounds()->empty());
            QVERIFY(s.clients()->empty());

            QVERIFY(s.setStatus(RunStatus::Finished));
            QCOMPARE(s.status(), RunStatus::Finished);
            QVERIFY(s.setMeta(u"initial_model"_s, u"abc"_s));
            QVERIFY(s.setMeta(u"initial_model"_s, u"def"_s));
            QCOMPARE(*s.meta(u"initial_model"_s), u"def"_s);

            for (const QString& reserved :
                 {u"spec"_s, u"status"_s, u"format"_s, u"created_at"_s, u"software_version"_s}) {
                const Status refused = s.setMeta(reserved, u"x"_s);
                QVERIFY(!refused);
                QVERIFY2(refused.error().contains(path), qPrintable(refused.error()));
            }
            const auto missing = s.meta(u"nope"_s);
            QVERIFY(!missing);
            QVERIFY(missing.error().contains(path) && missing.error().contains(u"nope"_s));
        }
        Raw raw(path, true);
        QCOMPARE(raw.integer("PRAGMA application_id"), std::int64_t(RunStore::applicationId));
        QCOMPARE(raw.integer("PRAGMA user_version"), std::int64_t(RunStore::formatVersion));
        // Closed runs are self-contained rollback-journal files; see docs/run-file.md.
        QCOMPARE(raw.text("PRAGMA journal_mode"), u"delete"_s);
        QCOMPARE(dirEntries(dir.path()), QStringList{u"run.fedrun"_s});
    }

    void createRefusesExistingPath() {
        QTemporaryDir dir;
        const QString path = runPath(dir);
        {
            QFile existing(path);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("precious");
        }
        auto store = RunStore::create(path, "{}");
        QVERIFY(!store);
        QVERIFY2(store.error().contains(path) && store.error().contains(u"already exists"_s),
                 qPrintable(store.error()));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("precious"));

        const QString nowhere = dir.filePath(u"no/such/dir/run.fedrun"_s);
        auto elsewhere = RunStore::create(nowhere, "{}");
        QVERIFY(!elsewhere);
        QVERIFY2(elsewhere.error().contains(nowhere), qPrintable(elsewhere.error()));
    }

    void roundTripsEveryField() {
        QTemporaryDir dir;
        const QString path = runPath(dir);
        std::vector<ClientInfo> clients = {
            {0, u"node-a"_s, 600, {100, 200, 300}, u"laptop"_s, u"{\"distance_m\":42.5}"_s, {}},
            {1, u"node-ü"_s, 0, {}, {}, {}, u"sign-flip"_s},
            {2, u"node-c"_s, std::int64_t(1) << 40, {0, 0, 7}, u"edge-server"_s, u"{}"_s, {}}};
        const QByteArray state = "optimizer moments";
        const QByteArray update0 = payload(99, 5000);
        RoundCommit first;
        first.round = {1, 1'700'000'000'123, 1'700'000'004'567, 4.444, true, 0.8125, 0.5, 0.625,
                       Hash::of(QByteArrayView("model one")), 3, 1, 1234, Hash::of(state),
                       // Energy: every column distinct, and the measured figure present.
                       12.5, 3.25, 0.125, 0.0021, 7.75, 41.0, std::nullopt};
        // Differential privacy: its own table, one row for this round.
        PrivacyRecord& dp = first.round.privacy.emplace();
        dp.mode = u"central"_s;
        dp.epsilon = 2.5;
        dp.delta = 1e-5;
        dp.order = 7.5;
        dp.noiseMultiplier = 1.1;
        dp.clipNorm = 0.75;
        dp.samplingRate = 0.1;
        dp.noiseStd = 0.0125;
        dp.clipped = 3;
        first.blobs = {
            {u"model"_s, "model one"}, {u"strategy-state"_s, state}, {u"update"_s, update0}};
        ClientRoundRecord accepted{1,   0,      UpdateStatus::Accepted,
                                   {},  600,    0.3,
                                   0.9, 0.85,   0.41,
                                   1.5, 1.25,   Hash::of(update0),
                                   1.5, 0.75,   0.25,
                                   2.5, 0.0625, 1e-4,
                                   1e6, 0.2,    3.5};
        ClientRoundRecord rejected{1,
                                   1,
                                   UpdateStatus::Rejected,
                                   u"norm 41.3 exceeds the clip bound 10"_s,
                                   0,
                                   std::numeric_limits<double>::quiet_NaN(),
                                   0.0,
                                   std::nullopt,
                                   std::nullopt,
                                   0.2,
                                   0.1,
                                   std::nullopt,
                                   std::numeric_limits<double>::quiet_NaN(), // kept as NaN
                                   0.0,
                                   0.0,
                                   0.0,
                                   0.0,
                                   0.0,
                                   0.0,
                                   0.0,
                                   std::nullopt};
        ClientRoundRecord dropped{1,
                                  2,
                                  UpdateStatus::Dropped,
                                  u"timed out"_s,
                                  0,
                                  0.0,
                                  0.0,
                                  0.5,
                                  std::nullopt,
                                  30.0,
                                  0.0,
                                  Hash::of(QByteArrayView("not stored")),
                                  0.0,
                                  0.0,
                                  0.0,
                                  0.0,
                                  0.0,
                                  0.0,
                                  0.0,
                                  0.0,
                                  std::nullopt};
        first.clients = {accepted, rejected, dropped};

        RoundCommit second;
        second.round = {2,
                        1'700'000'005'000,
                        1'700'000'006'000,
                        1.0,
                        false,
                        0.0,
                        0.0,
                        0.5,
                        Hash::of(QByteArrayView("model two")),
                        2,
                        2,
                        600,
                        std::nullopt,
                        0.0,
                        0.0,
                        0.0,
                        0.0,
                        0.0,
                        std::nullopt,
                        std::nullopt};
        second.blobs = {{u"model"_s, "model two"}};
        ClientRoundRecord again = accepted;
        again.round = 2;
        again.evalAccuracy.reset();
        again.evalLoss = std::numeric_limits<double>::infinity();
        again.updateHash.reset();
        second.clients = {again};
        {
            auto store = RunStore::create(path, "{}");
            QVERIFY2(store, qPrintable(store.error()));
            QVERIFY((*store)->writeClients(clients));
            Status s = (*store)->commitRound(first);
            QVERIFY2(s, qPrintable(s.error()));
            s = (*store)->commitRound(second);
            QVERIFY2(s, qPrintable(s.error()));
        }
        auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        RunStore& s = **store;
        QCOMPARE(s.lastCompletedRound(), 2);

        const auto storedClients = s.clients();
        QVERIFY(storedClients);
        QCOMPARE(storedClients->size(), clients.size());
        for (std::size_t i = 0; i < clients.size(); ++i)
            QCOMPARE(differences((*storedClients)[i], clients[i]), QString());

        const auto rounds = s.rounds();
        QVERIFY2(rounds, qPrintable(rounds.error()));
        QCOMPARE(rounds->size(), std::size_t(2));
        QCOMPARE(differences((*rounds)[0], first.round), QString());
        QCOMPARE(differences((*rounds)[1], second.round), QString());

        const auto round1 = s.clientRounds(1);
        QVERIFY(round1);
        QCOMPARE(round1->size(), std::size_t(3));
        for (std::size_t i = 0; i < 3; ++i)
            QCOMPARE(differences((*round1)[i], first.clients[i]), QString());
        QVERIFY(std::isnan((*round1)[1].trainLoss));
        QVERIFY(std::isnan((*round1)[1].computationJ));
        QVERIFY(!(*round1)[1].measuredPackageJ);
        QCOMPARE((*round1)[0].energyJ(), 1.8125);
        QCOMPARE((*rounds)[0].energyJ(), 15.875);
        QVERIFY(!(*rounds)[1].measuredPackageJ);
        const auto& privacy = (*rounds)[0].privacy;
        QVERIFY(privacy.has_value());
        QCOMPARE(privacy->mode, u"central"_s);
        QCOMPARE(privacy->epsilon, 2.5);
        QCOMPARE(privacy->delta, 1e-5);
        QCOMPARE(privacy->order, 7.5);
        QCOMPARE(privacy->noiseMultiplier, 1.1);
        QCOMPARE(privacy->clipNorm, 0.75);
        QCOMPARE(privacy->samplingRate, 0.1);
        QCOMPARE(privacy->noiseStd, 0.0125);
        QCOMPARE(privacy->clipped, 3);
        QVERIFY(!(*rounds)[1].privacy);
        const auto round2 = s.clientRounds(2);
        QVERIFY(round2);
        QCOMPARE(round2->size(), std::size_t(1));
        QCOMPARE(differences((*round2)[0], again), QString());
        QVERIFY(s.clientRounds(3)->empty());

        const auto all = s.allClientRounds();
        QVERIFY(all);
        QCOMPARE(all->size(), std::size_t(4));
        QCOMPARE((*all)[3].round, 2);

        QCOMPARE(*s.blob(first.round.modelHash), QByteArray("model one"));
        QCOMPARE(*s.blob(*first.round.strategyStateHash), state);
        QCOMPARE(*s.blob(*accepted.updateHash), update0);
        QVERIFY(!s.hasBlob(*dropped.updateHash));
        const Status integrity = s.checkIntegrity();
        QVERIFY2(integrity, qPrintable(integrity.error()));
    }

    void clientStateIsReplacedWithItsRound() {
        // SCAFFOLD's per-client control variates: committed with the round that made them, one
        // row per client, the latest replacing the one before; a failed round leaves them.
        QTemporaryDir dir;
        const QString path = runPath(dir);
        auto store = RunStore::create(path, R"({"name":"test"})");
        QVERIFY2(store, qPrintable(store.error()));
        RunStore& s = **store;
        QVERIFY(s.writeClients(makeClients(3)));
        auto none = s.clientState(1);
        QVERIFY2(none, qPrintable(none.error()));
        QVERIFY(!*none);
        RoundCommit first = makeRound(1, 3, 256);
        first.clientStates = {{0, QByteArray("c0 after 1")}, {1, QByteArray("c1 after 1")}};
        QVERIFY(s.commitRound(first));
        RoundCommit second = makeRound(2, 3, 256);
        second.clientStates = {{1, QByteArray("c1 after 2")}};
        QVERIFY(s.commitRound(second));
        RoundCommit refused = makeRound(2, 3, 256); // round 2 again: nothing may be written
        refused.clientStates = {{0, QByteArray("never")}};
        QVERIFY(!s.commitRound(refused));
        QCOMPARE(**s.clientState(0), QByteArray("c0 after 1"));
        QCOMPARE(**s.clientState(1), QByteArray("c1 after 2"));
        QVERIFY(!*s.clientState(2));
    }

    void writeClientsIsIdempotentButNotRewritable() {
        QTemporaryDir dir;
        auto store = RunStore::create(runPath(dir), "{}");
        QVERIFY(store);
        auto clients = makeClients(3);
        QVERIFY((*store)->writeClients(clients));
        std::reverse(clients.begin(), clients.end());
        QVERIFY((*store)->writeClients(clients)); // a resumed run records them again
        clients[0].samples += 1;
        const Status changed = (*store)->writeClients(clients);
        QVERIFY(!changed);
        QVERIFY2(changed.error().contains(u"different clients"_s), qPrintable(changed.error()));
        QCOMPARE((*store)->clients()->size(), std::size_t(3));

        QTemporaryDir other;
        auto fresh = RunStore::create(runPath(other), "{}");
        QVERIFY(fresh);
        const Status twice = (*fresh)->writeClients(
            {{4, u"a"_s, 1, {}, {}, {}, {}}, {4, u"b"_s, 2, {}, {}, {}, {}}});
        QVERIFY(!twice);
        QVERIFY2(twice.error().contains(u"client 4 is listed twice"_s), qPrintable(twice.error()));
        QVERIFY((*fresh)->clients()->empty());
    }

    void blobsAreContentAddressedAndStoredOnce() {
        QTemporaryDir dir;
        const QString path = runPath(dir);
        auto store = RunStore::create(path, "{}");
        QVERIFY(store);
        RunStore& s = **store;
        const QByteArray bytes = payload(1, 100000);
        const auto a = s.putBlob(u"model"_s, bytes);
        const auto b = s.putBlob(u"update"_s, bytes);
        QVERIFY(a && b);
        QCOMPARE(*a, Hash::of(bytes));
        QCOMPARE(*b, *a);
        RoundCommit round = makeRound(1, 2, 10);
        round.blobs = {{u"model"_s, bytes}, {u"model"_s, bytes}};
        round.round.modelHash = *a;
        const Status committed = s.commitRound(round);
        QVERIFY2(committed, qPrintable(committed.error()));

        const auto empty = s.putBlob(u"strategy-state"_s, QByteArray());
        QVERIFY(empty);
        QCOMPARE(*empty, Hash::of(QByteArrayView()));
        QVERIFY(s.blob(*empty));
        QVERIFY(s.blob(*empty)->isEmpty());

        Raw raw(path, true);
        QCOMPARE(raw.integer("SELECT count(*) FROM blobs"), std::int64_t(2));
        QCOMPARE(raw.text("SELECT kind FROM blobs WHERE size = 100000"), u"model"_s);

        const Hash unknown = Hash::of(QByteArrayView("unknown"));
        QVERIFY(!s.hasBlob(unknown));
        const auto missing = s.blob(unknown);
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(unknown.toHex()) && missing.error().contains(path),
                 qPrintable(missing.error()));
        QVERIFY(!s.putBlob(QString(), bytes));
    }

    void corruptedBlobIsDetected() {
        QTemporaryDir dir;
        const QString path = runPath(dir);
        auto store = RunStore::create(path, "{}");
        QVERIFY(store);
        const QByteArray bytes = payload(5, 3 * 1024 * 1024 + 17); // several read chunks
        const auto hash = (*store)->putBlob(u"model"_s, bytes);
        QVERIFY(hash);
        QByteArray altered = bytes;
        altered[2 * 1024 * 1024] = static_cast<char>(altered[2 * 1024 * 1024] ^ 1);
        {
            Raw raw(path);
            QVERIFY(raw.overwriteBlob(*hash, altered));
        }
        const auto read = (*store)->blob(*hash);
        QVERIFY(!read);
        const QString expected = u"blob %1 is corrupt: its bytes hash to %2"_s.arg(
            hash->toHex(), Hash::of(altered).toHex());
        QVERIFY2(read.error().contains(expected) && read.error().contains(path),
                 qPrintable(read.error()));
        const Status integrity = (*store)->checkIntegrity();
        QVERIFY(!integrity);
        QVERIFY2(integrity.error().contains(expected), qPrintable(integrity.error()));
    }

    void outOfOrderRoundIsRefusedAndLeavesNothing() {
        QTemporaryDir dir;
        const QString path = runPath(dir);
        auto store = RunStore::create(path, "{}");
        QVERIFY(store);
        RunStore& s = **store;
        QVERIFY(s.commitRound(makeRound(1, 3, 100, 1)));

        for (int wrong : {3, 1, 0, -2}) {
            const RoundCommit commit = makeRound(wrong, 3, 100, 1);
            const Status refused = s.commitRound(commit);
            QVERIFY(!refused);
            QVERIFY2(refused.error().contains(u"cannot commit round %1"_s.arg(wrong)) &&
                         refused.error().contains(u"the next round must be 2"_s) &&
                         refused.error().contains(path),
                     qPrintable(refused.error()));
            if (wrong != 1)
                for (const auto& [kind, bytes] : commit.blobs)
                    QVERIFY(!s.hasBlob(Hash::of(bytes)));
        }
        QCOMPARE(s.lastCompletedRound(), 1);
        QCOMPARE(s.allClientRounds()->size(), std::size_t(3));

        // A client record for another round, a missing model blob, a duplicated client:
        // each is refused and the round stays uncommitted.
        RoundCommit mislabelled = makeRound(2, 3, 100);
        mislabelled.clients[1].round = 3;
        QVERIFY(!s.commitRound(mislabelled));
        RoundCommit noModel = makeRound(2, 3, 100);
        noModel.blobs.clear();
        const Status missing = s.commitRound(noModel);
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(noModel.round.modelHash.toHex()),
                 qPrintable(missing.error()));
        RoundCommit duplicate = makeRound(2, 3, 100);
        duplicate.clients.push_back(duplicate.clients.front());
        const Status twice = s.commitRound(duplicate);
        QVERIFY(!twice);
        QVERIFY2(twice.error().contains(u"client 0 is recorded twice"_s),
                 qPrintable(twice.error()));
        QVERIFY(!s.hasBlob(duplicate.round.modelHash));
        QCOMPARE(s.lastCompletedRound(), 1);
        QCOMPARE(s.allClientRounds()->size(), std::size_t(3));
        QVERIFY(s.commitRound(makeRound(2, 3, 100)));
        QCOMPARE(s.lastCompletedRound(), 2);
    }

    void transactionRollsBackWhenWorkFails() {
        QTemporaryDir dir;
        auto store = RunStore::create(runPath(dir), "{}");
        QVERIFY(store);
        RunStore& s = **store;
        const RoundCommit round = makeRound(1, 2, 100);
        const QByteArray loose = payload(3, 64);
        const Status failed = s.transaction([&]() -> Status {
            if (Status st = s.setMeta(u"note"_s, u"x"_s); !st)
                return st;
            if (auto h = s.putBlob(u"model"_s, loose); !h)
                return h.takeError();
            if (Status st = s.commitRound(round); !st)
                return st;
            return fail(u"the ledger refused the block"_s);
        });
        QVERIFY(!failed);
        QCOMPARE(failed.error(), u"the ledger refused the block"_s);
        QVERIFY(!s.meta(u"note"_s));
        QVERIFY(!s.hasBlob(Hash::of(loose)));
        QVERIFY(!s.hasBlob(round.round.modelHash));
        QCOMPARE(s.lastCompletedRound(), 0);

        bool threw = false;
        try {
            (void)s.transaction([&]() -> Status {
                (void)s.setMeta(u"note"_s, u"y"_s);
                throw std::runtime_error("LibTorch says no");
            });
        } catch (const std::runtime_error&) {
            threw = true;
        }
        QVERIFY(threw);
        QVERIFY(!s.meta(u"note"_s));
        // The store is usable afterwards: no transaction was left open.
        QVERIFY(s.commitRound(round));
        QCOMPARE(s.lastCompletedRound(), 1);
    }

    void commitRoundJoinsAnOuterTransaction() {
        QTemporaryDir dir;
        const QString path = runPath(dir);
        auto store = RunStore::create(path, "{}");
        QVERIFY(store);
        RunStore& s = **store;
        sqlite3* db = s.handle();
        QVERIFY(db);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE ledger (round INTEGER PRIMARY KEY, block TEXT)",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        auto appendBlock = [&](int round) -> Status {
            const QByteArray sql =
                "INSERT INTO ledger VALUES (" + QByteArray::number(round) + ", 'b')";
            if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return fail(QString::fromUtf8(sqlite3_errmsg(db)));
            return {};
        };
        Raw raw(path, true);

        // The ledger's pattern: the round and its block commit together...
        Status both = s.transaction([&]() -> Status {
            if (Status st = s.commitRound(makeRound(1, 2, 100)); !st)
                return st;
            return appendBlock(1);
        });
        QVERIFY2(both, qPrintable(both.error()));
        QCOMPARE(s.lastCompletedRound(), 1);
        QCOMPARE(raw.integer("SELECT count(*) FROM ledger"), std::int64_t(1));

        // ...or not at all.
        const Status neither = s.transaction([&]() -> Status {
            if (Status st = s.commitRound(makeRound(2, 2, 100)); !st)
                return st;
            if (Status st = appendBlock(2); !st)
                return st;
            return fail(u"signing failed"_s);
        });
        QVERIFY(!neither);
        QCOMPARE(s.lastCompletedRound(), 1);
        QCOMPARE(raw.integer("SELECT count(*) FROM ledger"), std::int64_t(1));
        QCOMPARE(raw.integer("SELECT count(*) FROM rounds"), std::int64_t(1));

        // A refused commitRound rolls back only its own savepoint.
        const Status partial = s.transaction([&]() -> Status {
            if (Status st = appendBlock(10); !st)
                return st;
            const Status refused = s.commitRound(makeRound(5, 2, 100));
            return refused ? fail(u"round 5 should have been refused"_s) : Status{};
        });
        QVERIFY2(partial, qPrintable(partial.error()));
        QCOMPARE(raw.integer("SELECT count(*) FROM ledger"), std::int64_t(2));
        QCOMPARE(s.lastCompletedRound(), 1);

        // Inside a transaction begun on the raw handle, commitRound is a savepoint of it.
        QCOMPARE(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        QVERIFY(s.commitRound(makeRound(2, 2, 100)));
        QCOMPARE(sqlite3_get_autocommit(db), 0);
        QCOMPARE(sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(s.lastCompletedRound(), 1);
        QVERIFY(s.commitRound(makeRound(2, 2, 100)));
        QCOMPARE(raw.integer("SELECT max(round) FROM rounds"), std::int64_t(2));
    }

    void readOnlyRefusesWritesAndLeavesTheFileIdentical() {
        QTemporaryDir dir;
        const QString path = runPath(dir);
        writeRun(path, 3);
        const QByteArray before = fileDigest(path);
        const QStringList entries = dirEntries(dir.path());
        QCOMPARE(entries, QStringList{u"run.fedrun"_s});
        {
            auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
            QVERIFY2(store, qPrintable(store.error()));
            RunStore& s = **store;
            QVERIFY(s.isReadOnly());
            QCOMPARE(s.lastCompletedRound(), 3);
            QCOMPARE(s.status(), RunStatus::Running);
            QCOMPARE(s.specJson(), QByteArray(R"({"name":"test"})"));
            QCOMPARE(s.clients()->size(), std::size_t(4));
            const auto rounds = s.rounds();
            QVERIFY(rounds);
            for (const RoundRecord& r : *rounds)
                QVERIFY(s.blob(r.modelHash));
            QVERIFY(s.checkIntegrity());

            const auto blob = s.putBlob(u"model"_s, "x");
            const QList<std::pair<const char*, Status>> refusals = {
                {"setMeta", s.setMeta(u"k"_s, u"v"_s)},
                {"setStatus", s.setStatus(RunStatus::Finished)},
                {"writeClients", s.writeClients(makeClients(1))},
                {"putBlob", blob ? Status{} : Status(blob.takeError())},
                {"commitRound", s.commitRound(makeRound(4, 4, 100))},
                {"transaction", s.transaction([] { return Status{}; })},
            };
            for (const auto& [name, status] : refusals) {
                QVERIFY2(!status, name);
                QVERIFY2(status.error().contains(path) && status.error().contains(u"read-only"_s),
                         qPrintable(u"%1: %2"_s.arg(QString::fromLatin1(name), status.error())));
            }
            // Even raw SQL on the handle cannot write.
            QVERIFY(sqlite3_exec(s.handle(), "DELETE FROM rounds", nullptr, nullptr, nullptr) !=
                    SQLITE_OK);
            QCOMPARE(s.lastCompletedRound(), 3);
        }
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(dirEntries(dir.path()), entries);
    }

    void readOnlyWorksInAReadOnlyDirectory_data() {
        QTest::addColumn<bool>("walMode");
        QTest::newRow("closed run (rollback-journal mode)") << false;
        QTest::newRow("WAL-mode file without its -wal") << true;
    }
    void readOnlyWorksInAReadOnlyDirectory() {
        QFETCH(bool, walMode);
        QTemporaryDir dir;
        // The unprivileged child must be able to reach the directory.
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        const QString sub = dir.filePath(u"readonly"_s);
        QVERIFY(QDir().mkdir(sub));
        const QString path = sub + u"/run.fedrun"_s;
        writeRun(path, 2);
        if (walMode) {
            // What a copy of a run taken while a reader kept it in WAL mode looks like.
            Raw raw(path);
            QCOMPARE(raw.text("PRAGMA journal_mode = WAL"), u"wal"_s);
        }
        QCOMPARE(dirEntries(sub), QStringList{u"run.fedrun"_s});
        // Writable file, unwritable directory: the case a read-write open must still refuse.
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0666) == 0);
        const QByteArray before = fileDigest(path);

        const QString error = runWithoutWriteAccess(sub, [&]() -> QString {
            if (access(QFile::encodeName(sub).constData(), W_OK) == 0)
                return u"the directory is still writable"_s;
            auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
            if (!store)
                return store.error();
            if ((*store)->lastCompletedRound() != 2)
                return u"expected 2 rounds"_s;
            if (Status s = (*store)->checkIntegrity(); !s)
                return s.error();
            // A writer needs the directory; it is refused with a clear message, not a crash.
            auto writer = RunStore::open(path, RunStore::Mode::ReadWrite);
            if (writer)
                return u"a read-write open of a read-only directory succeeded"_s;
            if (!writer.error().contains(path) || !writer.error().contains(u"cannot be written"_s))
                return writer.error();
            return {};
        });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(dirEntries(sub), QStringList{u"run.fedrun"_s});
    }

    void openRefusesBadFiles_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << u"missing"_s << u"does not exist"_s;
        QTest::newRow("directory") << u"directory"_s << u"is a directory"_s;
        QTest::newRow("text file") << u"text"_s << u"is not a Federation Studio run file"_s;
        QTest::newRow("empty file") << u"empty"_s << u"is not a Federation Studio run file"_s;
        QTest::newRow("plain SQLite") << u"plain"_s << u"is not a Federation Studio run file"_s;
        QTest::newRow("other application")
            << u"foreign"_s << u"another application, application_id 0x12345678"_s;
        QTest::newRow("newer format")
            << u"newer"_s << u"newer Federation Studio (run file format 2"_s;
        QTest::newRow("no format version") << u"unversioned"_s << u"incomplete run file"_s;
        QTest::newRow("missing table") << u"no-table"_s << u"table(s) client_rounds missing"_s;
        QTest::newRow("corrupt") << u"corrupt"_s << u"is corrupt"_s;
    }
    void openRefusesBadFiles() {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = runPath(dir);
        auto writeFile = [&](const QByteArray& bytes) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        if (kind == u"directory"_s) {
            QVERIFY(QDir().mkdir(path));
        } else if (kind == u"text"_s) {
            writeFile("round,accuracy\n1,0.5\n2,0.7\n");
        } else if (kind == u"empty"_s) {
            writeFile({});
        } else if (kind == u"plain"_s || kind == u"foreign"_s) {
            Raw raw(path);
            QCOMPARE(raw.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)"), QString());
            if (kind == u"foreign"_s)
                QCOMPARE(raw.exec("PRAGMA application_id = 305419896"), QString());
        } else if (kind != u"missing"_s) {
            writeRun(path, 2);
            Raw raw(path);
            if (kind == u"newer"_s) {
                QCOMPARE(raw.exec("PRAGMA user_version = 2"), QString());
            } else if (kind == u"unversioned"_s) {
                QCOMPARE(raw.exec("PRAGMA user_version = 0"), QString());
            } else if (kind == u"no-table"_s) {
                QCOMPARE(raw.exec("DROP TABLE client_rounds"), QString());
            } else if (kind == u"corrupt"_s) {
                const std::int64_t page =
                    raw.integer("SELECT rootpage FROM sqlite_schema WHERE name = 'meta'");
                const std::int64_t pageSize = raw.integer("PRAGMA page_size");
                QVERIFY(page > 1);
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadWrite));
                QVERIFY(file.seek((page - 1) * pageSize));
                file.write(QByteArray(static_cast<qsizetype>(pageSize), '\xA5'));
            }
        }
        const QByteArray before = fileDigest(path);
        for (auto mode : {RunStore::Mode::ReadOnly, RunStore::Mode::ReadWrite}) {
            auto store = RunStore::open(path, mode);
            QVERIFY2(!store, qPrintable(kind));
            QVERIFY2(store.error().contains(path) && store.error().contains(expected),
                     qPrintable(store.error()));
            // Refusing a file must not change it, even when it was opened for writing.
            QCOMPARE(fileDigest(path), before);
        }
    }

    void truncatedFileIsReported() {
        QTemporaryDir dir;
        const QString path = runPath(dir);
        writeRun(path, 20);
        QVERIFY(QFile::resize(path, QFileInfo(path).size() / 2));
        auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
        if (!store) {
            QVERIFY2(store.error().contains(path), qPrintable(store.error()));
            return;
        }
        const Status integrity = (*store)->checkIntegrity();
        QVERIFY(!integrity);
        QVERIFY2(integrity.error().contains(path) && integrity.error().contains(u"corrupt"_s),
                 qPrintable(integrity.error()));
    }

    void commitRoundWithAThousandClientsTakesMilliseconds() {
        QTemporaryDir dir;
        auto store = RunStore::create(runPath(dir), "{}");
        QVERIFY(store);
        QVERIFY((*store)->writeClients(makeClients(1000)));
        QVERIFY((*store)->commitRound(makeRound(1, 1000, 1 << 20)));
        const RoundCommit round = makeRound(2, 1000, 1 << 20);
        QElapsedTimer timer;
        timer.start();
        const Status s = (*store)->commitRound(round);
        const qint64 ms = timer.elapsed();
        QVERIFY2(s, qPrintable(s.error()));
        qInfo("commitRound with 1000 clients and a 1 MiB model: %lld ms",
              static_cast<long long>(ms));
        QVERIFY2(ms < 500, qPrintable(QString::number(ms)));
        QCOMPARE((*store)->clientRounds(2)->size(), std::size_t(1000));
    }

    void readerSeesCommittedRoundsWhileTheWriterContinues() {
        QTemporaryDir dir;
        const QString path = runPath(dir);
        constexpr int clients = 8;
        constexpr int lastRound = 40;
        std::atomic<int> committed{0};
        std::atomic<bool> readerDone{false};
        QString writerError;
        struct JoinOnExit {
            std::thread& thread;
            std::atomic<bool>& done;
            ~JoinOnExit() {
                done = true;
                if (thread.joinable())
                    thread.join();
            }
        };
        std::thread writer([&] {
            auto store = RunStore::create(path, "{}");
            if (!store) {
                writerError = store.error();
                committed = -1;
                return;
            }
            for (int r = 1; r <= lastRound; ++r) {
                if (Status s = (*store)->commitRound(makeRound(r, clients, 64 * 1024, 2)); !s) {
                    writerError = s.error();
                    committed = -1;
                    return;
                }
                committed = r;
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
            // Close while the reader is still attached: the WAL is checkpointed, not switched off.
            while (!readerDone)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
        });
        const JoinOnExit joinOnExit{writer, readerDone};
        QTRY_VERIFY_WITH_TIMEOUT(committed != 0, 30000);
        QVERIFY2(committed > 0, qPrintable(writerError));

        {
            auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
            QVERIFY2(store, qPrintable(store.error()));
            RunStore& s = **store;
            int seen = 0;
            int observations = 0;
            QElapsedTimer timer;
            timer.start();
            while (seen < lastRound && committed > 0 && timer.elapsed() < 60000) {
                const int atLeast = committed;
                const int last = s.lastCompletedRound();
                QVERIFY2(last >= seen && last >= atLeast,
                         qPrintable(
                             u"last %1, seen %2, committed %3"_s.arg(last).arg(seen).arg(atLeast)));
                if (last > seen) {
                    ++observations;
                    const auto records = s.clientRounds(last);
                    QVERIFY2(records, qPrintable(records.error()));
                    QCOMPARE(records->size(), std::size_t(clients));
                    const auto rounds = s.rounds();
                    QVERIFY(rounds);
                    QVERIFY(int(rounds->size()) >= last);
                    const auto model = s.blob((*rounds)[std::size_t(last - 1)].modelHash);
                    QVERIFY2(model, qPrintable(model.error()));
                    seen = last;
                }
                QTest::qWait(2);
            }
            QVERIFY2(committed > 0, qPrintable(writerError));
            QCOMPARE(seen, lastRound);
            QVERIFY2(observations > 1, "the reader should see the run grow");
            readerDone = true;
            writer.join();
            // The writer is gone; everything is still readable through the open reader.
            QCOMPARE(s.lastCompletedRound(), lastRound);
            QVERIFY(s.checkIntegrity());
        }
        auto reopened = RunStore::open(path, RunStore::Mode::ReadWrite);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QCOMPARE((*reopened)->lastCompletedRound(), lastRound);
        QVERIFY((*reopened)->checkIntegrity());
    }

    void oneWriterAtATime() {
        QTemporaryDir dir;
        const QString path = runPath(dir);
        const QString lock = path + u".lock"_s;
        {
            auto writer = RunStore::create(path, "{}");
            QVERIFY2(writer, qPrintable(writer.error()));
            QVERIFY(QFileInfo::exists(lock));
            // A second writer is refused before it reads anything, and names the first one.
            auto second = RunStore::open(path, RunStore::Mode::ReadWrite);
            QVERIFY(!second);
            QCOMPARE(second.error().left(second.error().indexOf(u';')),
                     u"%1 is being written by another process (pid %2)"_s.arg(path).arg(
                         QCoreApplication::applicationPid()));
            // Readers take no lock and are not refused.
            auto reader = RunStore::open(path, RunStore::Mode::ReadOnly);
            QVERIFY2(reader, qPrintable(reader.error()));
        }
        // A writer that closes removes its lock file: a closed run is one file again.
        QVERIFY(!QFileInfo::exists(lock));
        auto next = RunStore::open(path, RunStore::Mode::ReadWrite);
        QVERIFY2(next, qPrintable(next.error()));
        next->reset();
        // A lock file left behind by a crashed writer holds no lock: it is taken over.
        {
            QFile stale(lock);
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.write("999999\n");
        }
        auto afterCrash = RunStore::open(path, RunStore::Mode::ReadWrite);
        QVERIFY2(afterCrash, qPrintable(afterCrash.error()));
    }

    void killedWriterKeepsEveryCompletedRound_data() {
        QTest::addColumn<int>("delayMs");
        QTest::newRow("300 ms") << 300;
        QTest::newRow("37 ms") << 37;
        QTest::newRow("immediately") << 0;
    }
    void killedWriterKeepsEveryCompletedRound() {
        QFETCH(int, delayMs);
        QTemporaryDir dir;
        const QString path = runPath(dir);
        constexpr int clients = 6;
        constexpr int updates = 2;
        constexpr int modelBytes = 300 * 1024;
        const QByteArray initial = payload(424242, 50000);

        int fds[2];
        QVERIFY(pipe(fds) == 0);
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::close(fds[0]);
            auto store = RunStore::create(path, R"({"name":"kill"})");
            if (!store || !(*store)->writeClients(makeClients(clients)) ||
                !(*store)->putBlob(u"model"_s, initial))
                _exit(2);
            for (int r = 1;; ++r) {
                if (!(*store)->commitRound(makeRound(r, clients, modelBytes, updates)))
                    _exit(3);
                if (r == 1 && write(fds[1], "1", 1) != 1)
                    _exit(4);
            }
        }
        ::close(fds[1]);
        pollfd ready{fds[0], POLLIN, 0};
        const int polled = poll(&ready, 1, 30000);
        char byte = 0;
        const bool committedOne = polled == 1 && read(fds[0], &byte, 1) == 1;
        ::close(fds[0]);
        if (committedOne && delayMs > 0)
            QTest::qSleep(delayMs);
        kill(child, SIGKILL);
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY2(committedOne, "the writer never committed round 1");
        QVERIFY2(
            WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
            qPrintable(u"the writer exited with status %1 before it was killed"_s.arg(status)));

        int last = 0;
        {
            Raw raw(path, true);
            QCOMPARE(raw.text("PRAGMA integrity_check"), u"ok"_s);
        }
        {
            auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
            QVERIFY2(store, qPrintable(store.error()));
            RunStore& s = **store;
            last = s.lastCompletedRound();
            qInfo("killed after %d ms: %d rounds survived", delayMs, last);
            QVERIFY(last >= 1);
            const Status integrity = s.checkIntegrity();
            QVERIFY2(integrity, qPrintable(integrity.error()));
            const auto rounds = s.rounds();
            QVERIFY(rounds);
            QCOMPARE(int(rounds->size()), last);
            for (int r = 1; r <= last; ++r) {
                const RoundCommit expected = makeRound(r, clients, modelBytes, updates);
                const RoundRecord& stored = (*rounds)[std::size_t(r - 1)];
                QCOMPARE(differences(stored, expected.round), QString());
                const auto model = s.blob(stored.modelHash);
                QVERIFY2(model, qPrintable(model.error()));
                QCOMPARE(*model, expected.blobs.front().second);
                const auto records = s.clientRounds(r);
                QVERIFY(records);
                QCOMPARE(int(records->size()), clients);
                for (int c = 0; c < clients; ++c)
                    QCOMPARE(
                        differences((*records)[std::size_t(c)], expected.clients[std::size_t(c)]),
                        QString());
            }
            // Nothing of the round that was in flight: no client rows, no blobs beyond the
            // initial model and the completed rounds' model and updates.
            QCOMPARE(int(s.allClientRounds()->size()), last * clients);
            Raw raw(path, true);
            QCOMPARE(raw.integer("SELECT count(*) FROM blobs"),
                     std::int64_t(1 + last * (1 + updates)));
            QCOMPARE(*s.blob(Hash::of(initial)), initial);
        }
        // What `fedctl resume` does: reopen for writing and carry on from the next round.
        {
            auto store = RunStore::open(path, RunStore::Mode::ReadWrite);
            QVERIFY2(store, qPrintable(store.error()));
            QCOMPARE((*store)->lastCompletedRound(), last);
            QVERIFY((*store)->writeClients(makeClients(clients)));
            const Status resumed =
                (*store)->commitRound(makeRound(last + 1, clients, modelBytes, updates));
            QVERIFY2(resumed, qPrintable(resumed.error()));
            QVERIFY((*store)->setStatus(RunStatus::Finished));
        }
        auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
        QVERIFY(store);
        QCOMPARE((*store)->lastCompletedRound(), last + 1);
        QCOMPARE((*store)->status(), RunStatus::Finished);
        QVERIFY((*store)->checkIntegrity());
        QCOMPARE(dirEntries(dir.path()), QStringList{u"run.fedrun"_s});
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
