#include "engine/store/RunStore.h"

#include "engine/store/Sqlite.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QUrl>
#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fed {

namespace {

// A writer briefly holds the lock while it commits; readers and a second opener wait this long.
constexpr int busyTimeoutMs = 5000;
// Closing waits at most this long for readers to leave the WAL so it can be folded in.
constexpr int closeCheckpointTimeoutMs = 2000;
// Keeps the -wal file from staying as large as the largest round once it has been checkpointed.
constexpr std::int64_t walSizeLimitBytes = 64LL * 1024 * 1024;
constexpr int blobReadChunk = 1 << 20;

const char* const schemaSql = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
CREATE TABLE blobs (
    hash BLOB PRIMARY KEY NOT NULL CHECK (length(hash) = 32),
    kind TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    data BLOB NOT NULL
);
CREATE TABLE clients (
    client          INTEGER PRIMARY KEY,
    node_id         TEXT NOT NULL,
    samples         INTEGER NOT NULL,
    label_histogram TEXT NOT NULL,
    device          TEXT NOT NULL,
    device_profile  TEXT NOT NULL,
    byzantine       TEXT NOT NULL DEFAULT ''
);
CREATE TABLE rounds (
    round               INTEGER PRIMARY KEY CHECK (round >= 1),
    started_at_ms       INTEGER NOT NULL,
    finished_at_ms      INTEGER NOT NULL,
    wall_seconds        REAL,
    evaluated           INTEGER NOT NULL CHECK (evaluated IN (0, 1)),
    accuracy            REAL,
    loss                REAL,
    train_loss          REAL,
    model_hash          BLOB NOT NULL REFERENCES blobs (hash),
    selected            INTEGER NOT NULL,
    accepted            INTEGER NOT NULL,
    samples             INTEGER NOT NULL,
    strategy_state_hash BLOB REFERENCES blobs (hash),
    computation_j       REAL,
    communication_j     REAL,
    idle_j              REAL,
    carbon_g            REAL,
    modelled_seconds    REAL,
    measured_package_j  REAL
);
CREATE TABLE client_rounds (
    round          INTEGER NOT NULL REFERENCES rounds (round),
    client         INTEGER NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('accepted', 'rejected', 'dropped')),
    detail         TEXT NOT NULL,
    samples        INTEGER NOT NULL,
    train_loss     REAL,
    train_accuracy REAL,
    eval_accuracy  REAL,
    eval_loss      REAL,
    wall_seconds   REAL,
    cpu_seconds    REAL,
    update_hash    BLOB CHECK (update_hash IS NULL OR length(update_hash) = 32),
    computation_j         REAL,
    computation_seconds   REAL,
    communication_j       REAL,
    communication_seconds REAL,
    idle_j                REAL,
    carbon_g              REAL,
    bandwidth_hz          REAL,
    transmit_power_w      REAL,
    measured_package_j    REAL,
    PRIMARY KEY (round, client)
) WITHOUT ROWID;
CREATE TABLE client_state (
    client INTEGER PRIMARY KEY,
    round  INTEGER NOT NULL,
    data   BLOB NOT NULL
);
CREATE TABLE privacy_rounds (
    round            INTEGER PRIMARY KEY REFERENCES rounds (round),
    mode             TEXT NOT NULL CHECK (mode IN ('central', 'local')),
    epsilon          REAL NOT NULL,
    delta            REAL NOT NULL,
    rdp_order        REAL NOT NULL,
    noise_multiplier REAL NOT NULL,
    clip_norm        REAL NOT NULL,
    sampling_rate    REAL NOT NULL,
    noise_std        REAL NOT NULL,
    clipped          INTEGER NOT NULL
);
)sql";

constexpr const char* requiredTables[] = {"meta", "blobs", "clients", "rounds", "client_rounds"};

// Keys whose values the store maintains itself; setMeta() refuses them so that the spec and
// provenance of a run cannot be rewritten after the fact.
const QStringList& reservedMetaKeys() {
    static const QStringList keys{u"format"_s, u"created_at"_s, u"software_version"_s, u"spec"_s,
                                  u"status"_s};
    return keys;
}

//! The run file's spelling of each value of a status enum, in the enum's order: one table
//! serves both directions (writing the name, parsing it back).
constexpr std::array<QStringView, 4> kRunStatusNames{u"running", u"stopped", u"finished",
                                                     u"failed"};
constexpr std::array<QStringView, 3> kUpdateStatusNames{u"accepted", u"rejected", u"dropped"};
// A value added to either enum must be named here too.
static_assert(kRunStatusNames.size() == static_cast<std::size_t>(RunStatus::Failed) + 1);
static_assert(kUpdateStatusNames.size() == static_cast<std::size_t>(UpdateStatus::Dropped) + 1);

//! The name of `value`; an out-of-range value (a corrupt cast) reads as `fallback`.
template <typename Enum, std::size_t N>
QString statusName(Enum value, const std::array<QStringView, N>& names, Enum fallback) {
    const auto i = static_cast<std::size_t>(value);
    return (i < N ? names[i] : names[static_cast<std::size_t>(fallback)]).toString();
}

template <typename Enum, std::size_t N>
std::optional<Enum> parseStatus(const QString& name, const std::array<QStringView, N>& names) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == name)
            return static_cast<Enum>(i);
    return std::nullopt;
}

std::optional<RunStatus> parseRunStatus(const QString& name) {
    return parseStatus<RunStatus>(name, kRunStatusNames);
}

std::optional<UpdateStatus> parseUpdateStatus(const QString& name) {
    return parseStatus<UpdateStatus>(name, kUpdateStatusNames);
}

QString histogramJson(const std::vector<std::int64_t>& histogram) {
    QStringList parts;
    parts.reserve(static_cast<qsizetype>(histogram.size()));
    for (std::int64_t count : histogram)
        parts << QString::number(count);
    return u"["_s + parts.join(u',') + u"]"_s;
}

std::optional<std::vector<std::int64_t>> parseHistogram(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    std::vector<std::int64_t> histogram;
    for (const QJsonValue& v : doc.array()) {
        if (!v.isDouble())
            return std::nullopt;
        histogram.push_back(v.toInteger());
    }
    return histogram;
}

bool sameClient(const ClientInfo& a, const ClientInfo& b) {
    return a.client == b.client && a.nodeId == b.nodeId && a.samples == b.samples &&
           a.labelHistogram == b.labelHistogram && a.device == b.device &&
           a.deviceProfile == b.deviceProfile && a.byzantine == b.byzantine;
}

QString num(std::int64_t n) {
    return QString::number(n);
}

} // namespace

QString runStatusName(RunStatus status) {
    return statusName(status, kRunStatusNames, RunStatus::Failed);
}

QString updateStatusName(UpdateStatus status) {
    return statusName(status, kUpdateStatusNames, UpdateStatus::Dropped);
}

struct RunStore::Private {
    QString path;
    Mode mode = Mode::ReadWrite;
    sqlite3* db = nullptr;
    //! Read-only opens fall back to SQLite's immutable mode when the WAL cannot be set up.
    bool immutable = false;
    //! Set once this connection has put the file in WAL mode; only then does close() fold the
    //! WAL back in, so a failed open never touches someone else's database.
    bool writer = false;
    QByteArray spec;
    sqlite::StatementCache statements;
    //! Open transaction levels, outermost first: true for our BEGIN, false for a SAVEPOINT.
    std::vector<bool> levels;
    //! The writer lock's file descriptor (a read-write store holds it), or -1.
    int lockFd = -1;

    ~Private() {
        close();
        releaseWriterLock();
    }

    Status acquireWriterLock();
    void releaseWriterLock();

    Status connect();
    void close();
    Status checkFormat(int& firstReadCode);
    Status configureWriter();

    Error failure(const QString& what, int rc) const;
    Error readOnlyRefusal(const QString& what) const {
        return fail(u"%1 is open read-only: %2"_s.arg(path, what));
    }
    static bool isUnwritable(int rc) {
        return (rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_CANTOPEN;
    }
    Error unwritable(const QString& detail) const {
        return fail(u"%1 cannot be written (%2); the file or its directory is read-only. Open "
                    "it read-only to inspect it"_s.arg(path, detail));
    }
    Error damaged(const QString& detail) const {
        return fail(u"%1 is damaged: %2"_s.arg(path, detail));
    }

    Status exec(const char* sql, const QString& what);
    Result<sqlite::Query> query(const char* sql, const QString& what);
    Result<std::int64_t> scalar(const char* sql, const QString& what);

    Result<QString> metaValue(const QString& key);
    Status putMeta(const QString& key, const QString& value, const QString& what);
    Result<int> lastRound();
    Result<bool> blobExists(const Hash& hash);
    Status insertBlob(const QString& kind, const QByteArray& bytes, const Hash& hash,
                      const QString& what);
    Result<QByteArray> readBlob(const Hash& hash);
    Result<std::vector<ClientInfo>> readClients();
    Result<std::vector<ClientRoundRecord>> readClientRounds(std::optional<int> round);
};

Error RunStore::Private::failure(const QString& what, int rc) const {
    // sqlite3_errmsg describes the connection's last error, which is not `rc` when a bind failed.
    const bool current = db && sqlite3_extended_errcode(db) == rc;
    const QString detail = QString::fromUtf8(current ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    switch (rc) {
    case SQLITE_READONLY_ROLLBACK:
    case SQLITE_READONLY_RECOVERY:
        return fail(
            u"%1 was being written when its writer stopped; open it read-write once (for "
            "example by resuming the run) to recover it (%2: %3)"_s.arg(path, what, detail));
    default:
        break;
    }
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
        return fail(u"%1 is corrupt (%2: %3)"_s.arg(path, what, detail));
    case SQLITE_NOTADB:
        return fail(u"%1 is not a Federation Studio run file (%2)"_s.arg(path, detail));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return fail(u"%1 is locked by another process (%2: %3)"_s.arg(path, what, detail));
    case SQLITE_FULL:
        return fail(u"%1: %2: the disk is full"_s.arg(path, what));
    default:
        return fail(u"%1: %2: %3"_s.arg(path, what, detail));
    }
}

Status RunStore::Private::exec(const char* sql, const QString& what) {
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return failure(what, rc);
    return {};
}

Result<sqlite::Query> RunStore::Private::query(const char* sql, const QString& what) {
    std::optional<sqlite::Query> q;
    if (const int rc = statements.prepare(db, sql, q); rc != SQLITE_OK)
        return failure(what, rc);
    return std::move(*q);
}

Result<std::int64_t> RunStore::Private::scalar(const char* sql, const QString& what) {
    auto q = query(sql, what);
    if (!q)
        return q.takeError();
    const int rc = q->step();
    if (rc != SQLITE_ROW)
        return failure(what, rc == SQLITE_DONE ? SQLITE_ERROR : rc);
    return q->integer(0);
}

Status RunStore::Private::connect() {
    int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
                SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    QByteArray name = QFile::encodeName(path);
    if (immutable) {
        flags |= SQLITE_OPEN_URI;
        name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
    }
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = failure(u"cannot open it"_s, rc);
        sqlite3_close_v2(db);
        db = nullptr;
        return error;
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, busyTimeoutMs);
    if (Status s = exec("PRAGMA foreign_keys = ON", u"enabling foreign keys"_s); !s)
        return s;
    if (mode == Mode::ReadOnly)
        return exec("PRAGMA query_only = ON", u"making the connection read-only"_s);
    return {};
}

void RunStore::Private::close() {
    if (!db)
        return;
    statements.clear();
    if (!levels.empty() && !sqlite3_get_autocommit(db))
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    levels.clear();
    if (writer) {
        // Fold the WAL into the main file and leave it in rollback-journal mode: a closed run
        // is then one self-contained file that a read-only open (an auditor, possibly in a
        // read-only directory) reads without creating -wal or -shm files. While a reader is
        // still attached the mode switch fails (it needs an exclusive lock); the checkpoint
        // alone still leaves every round in the main file, and the next writer retries.
        sqlite3_busy_timeout(db, closeCheckpointTimeoutMs);
        sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
        sqlite3_busy_timeout(db, 0);
        sqlite3_exec(db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
        sqlite3_exec(db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        writer = false;
    }
    sqlite3_close_v2(db);
    db = nullptr;
}

// One writer per run. SQLite serializes single transactions, but not a whole run: a second
// `fedctl resume` (or a GUI run) would load everything and only fail when it commits a round
// the first writer has already committed. So a read-write store holds an exclusive flock() on
// the sidecar `<run>.lock` for its whole life. Not on the database file itself: SQLite takes
// POSIX fcntl() locks there, and on NFS Linux emulates flock() with fcntl() locks, which would
// then collide with SQLite's own. The OS drops the lock when its process dies, so a crashed
// writer never blocks the run; the file holds the writer's pid for the message.
Status RunStore::Private::acquireWriterLock() {
    const QString lockPath = path + u".lock"_s;
    const QByteArray name = QFile::encodeName(lockPath);
    // A writer that closes removes the lock file while it still holds the lock; if we opened
    // the file just before that, our lock is on a removed file, and we try again.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) {
            const int e = errno;
            const QString detail = u"its lock file %1 cannot be created: %2"_s.arg(
                lockPath, QString::fromLocal8Bit(std::strerror(e)));
            if (e == EACCES || e == EROFS || e == EPERM)
                return unwritable(detail);
            return fail(u"%1 cannot be opened for writing: %2"_s.arg(path, detail));
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int e = errno;
            char buffer[32] = {};
            const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
            ::close(fd);
            if (e != EWOULDBLOCK)
                return fail(u"%1 cannot be opened for writing: its lock file %2 cannot be locked: "
                            "%3"_s.arg(path, lockPath, QString::fromLocal8Bit(std::strerror(e))));
            bool ok = false;
            const qint64 pid =
                n > 0 ? QByteArray(buffer, static_cast<qsizetype>(n)).trimmed().toLongLong(&ok) : 0;
            return fail(u"%1 is being written by another process%2; a run has one writer at a "
                        "time: wait until it finishes or stop it"_s.arg(
                            path, ok && pid > 0 ? u" (pid %1)"_s.arg(pid) : QString()));
        }
        struct stat held = {};
        struct stat current = {};
        if (::fstat(fd, &held) == 0 && ::stat(name.constData(), &current) == 0 &&
            held.st_dev == current.st_dev && held.st_ino == current.st_ino) {
            const QByteArray pid = QByteArray::number(static_cast<qint64>(::getpid())) + '\n';
            // The pid only improves another writer's message; the lock holds without it.
            [[maybe_unused]] const bool written =
                ::ftruncate(fd, 0) == 0 &&
                ::pwrite(fd, pid.constData(), static_cast<size_t>(pid.size()), 0) == pid.size();
            lockFd = fd;
            return {};
        }
        ::close(fd);
    }
    return fail(u"%1 cannot be opened for writing: its lock file %2 keeps being replaced"_s.arg(
        path, lockPath));
}

void RunStore::Private::releaseWriterLock() {
    if (lockFd < 0)
        return;
    // Removed while still held, so that nobody locks a file that is about to disappear
    // unnoticed (acquireWriterLock() checks that the file it locked is still the one named).
    ::unlink(QFile::encodeName(path + u".lock"_s).constData());
    ::close(lockFd);
    lockFd = -1;
}

Status RunStore::Private::checkFormat(int& firstReadCode) {
    // The first statement reads the header, so this is where a text file, a truncated file or
    // an unopenable WAL shows up.
    firstReadCode = SQLITE_OK;
    std::int64_t appId = 0;
    {
        std::optional<sqlite::Query> q;
        int rc = statements.prepare(db, "PRAGMA application_id", q);
        if (rc == SQLITE_OK) {
            rc = q->step();
            if (rc == SQLITE_ROW) {
                appId = q->integer(0);
                rc = SQLITE_OK;
            }
        }
        if (rc != SQLITE_OK) {
            firstReadCode = rc;
            if ((rc & 0xff) == SQLITE_NOTADB)
                return fail(u"%1 is not a Federation Studio run file (it is not an SQLite "
                            "database)"_s.arg(path));
            // A WAL-mode file whose directory cannot be written fails here, on its first read.
            if (mode == Mode::ReadWrite && isUnwritable(rc))
                return unwritable(QString::fromUtf8(sqlite3_errmsg(db)));
            return failure(u"cannot read its header"_s, rc);
        }
    }
    const auto id = static_cast<std::uint32_t>(appId);
    if (id == 0)
        return fail(u"%1 is not a Federation Studio run file (it is an SQLite database, but "
                    "not one written by Federation Studio)"_s.arg(path));
    if (id != applicationId)
        return fail(u"%1 is not a Federation Studio run file (it is an SQLite database of "
                    "another application, application_id 0x%2)"_s.arg(
                        path, QString::number(id, 16).rightJustified(8, u'0')));

    auto version = scalar("PRAGMA user_version", u"cannot read its format version"_s);
    if (!version)
        return version.takeError();
    if (*version > formatVersion)
        return fail(u"%1 was written by a newer Federation Studio (run file format %2; this "
                    "build reads formats up to %3)"_s.arg(path, num(*version), num(formatVersion)));
    if (*version < 1)
        return fail(u"%1 is an incomplete run file: it has no format version (its creation "
                    "was interrupted)"_s.arg(path));

    QStringList missing;
    for (const char* table : requiredTables) {
        auto q = query("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                       u"cannot read its schema"_s);
        if (!q)
            return q.takeError();
        q->bindUtf8(1, table);
        const int rc = q->step();
        if (rc == SQLITE_DONE)
            missing << QString::fromLatin1(table);
        else if (rc != SQLITE_ROW)
            return failure(u"cannot read its schema"_s, rc);
    }
    if (!missing.isEmpty())
        return damaged(u"table(s) %1 missing"_s.arg(missing.join(u", "_s)));

    auto specQuery = query("SELECT value FROM meta WHERE key = 'spec'", u"cannot read its spec"_s);
    if (!specQuery)
        return specQuery.takeError();
    const int rc = specQuery->step();
    if (rc == SQLITE_DONE)
        return damaged(u"it has no spec (meta key 'spec')"_s);
    if (rc != SQLITE_ROW)
        return failure(u"cannot read its spec"_s, rc);
    spec = specQuery->textBytes(0);
    return {};
}

Status RunStore::Private::configureWriter() {
    if (sqlite3_db_readonly(db, "main") == 1)
        return unwritable(u"the file is read-only"_s);
    {
        auto q = query("PRAGMA journal_mode = WAL", u"cannot switch to WAL mode"_s);
        if (!q)
            return q.takeError();
        const int rc = q->step();
        if (isUnwritable(rc))
            return unwritable(QString::fromUtf8(sqlite3_errmsg(db)));
        if (rc != SQLITE_ROW)
            return failure(u"cannot switch to WAL mode"_s, rc);
        if (q->text(0) != u"wal"_s)
            return fail(u"%1: cannot switch to WAL mode (SQLite kept journal mode '%2')"_s.arg(
                path, q->text(0)));
    }
    writer = true;
    // NORMAL in WAL mode: a commit is durable once it is in the OS (a killed process loses
    // nothing); only a power cut can lose the last commits, never the file's consistency.
    if (Status s = exec("PRAGMA synchronous = NORMAL", u"cannot set synchronous mode"_s); !s)
        return s;
    const QByteArray limit = "PRAGMA journal_size_limit = " + QByteArray::number(walSizeLimitBytes);
    return exec(limit.constData(), u"cannot limit the WAL size"_s);
}

Result<QString> RunStore::Private::metaValue(const QString& key) {
    const QString what = u"cannot read meta value '%1'"_s.arg(key);
    auto q = query("SELECT value FROM meta WHERE key = ?1", what);
    if (!q)
        return q.takeError();
    q->bindText(1, key);
    const int rc = q->step();
    if (rc == SQLITE_DONE)
        return fail(u"%1 has no meta value '%2'"_s.arg(path, key));
    if (rc != SQLITE_ROW)
        return failure(what, rc);
    return q->text(0);
}

Status RunStore::Private::putMeta(const QString& key, const QString& value, const QString& what) {
    auto q = query("INSERT INTO meta (key, value) VALUES (?1, ?2) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                   what);
    if (!q)
        return q.takeError();
    q->bindText(1, key).bindText(2, value);
    if (const int rc = q->step(); rc != SQLITE_DONE)
        return failure(what, rc);
    return {};
}

Result<int> RunStore::Private::lastRound() {
    auto last = scalar("SELECT coalesce(max(round), 0) FROM rounds",
                       u"cannot read the last completed round"_s);
    if (!last)
        return last.takeError();
    return static_cast<int>(*last);
}

Result<bool> RunStore::Private::blobExists(const Hash& hash) {
    const QString what = u"cannot look up blob %1"_s.arg(hash.toHex());
    auto q = query("SELECT 1 FROM blobs WHERE hash = ?1", what);
    if (!q)
        return q.takeError();
    q->bindHash(1, hash);
    const int rc = q->step();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return failure(what, rc);
    return rc == SQLITE_ROW;
}

Status RunStore::Private::insertBlob(const QString& kind, const QByteArray& bytes, const Hash& hash,
                                     const QString& what) {
    if (kind.isEmpty())
        return fail(u"%1: %2: a blob needs a kind (\"model\", \"update\", ...)"_s.arg(path, what));
    // Look first: binding a large blob that is already stored would copy it for nothing.
    auto exists = blobExists(hash);
    if (!exists)
        return exists.takeError();
    if (*exists)
        return {};
    auto q =
        query("INSERT OR IGNORE INTO blobs (hash, kind, size, data) VALUES (?1, ?2, ?3, ?4)", what);
    if (!q)
        return q.takeError();
    q->bindHash(1, hash).bindText(2, kind).bindInt(3, bytes.size()).bindBlob(4, bytes);
    if (const int rc = q->step(); rc != SQLITE_DONE)
        return failure(u"%1: cannot store %2 blob %3"_s.arg(what, kind, hash.toHex()), rc);
    return {};
}

Result<QByteArray> RunStore::Private::readBlob(const Hash& hash) {
    const QString what = u"cannot read blob %1"_s.arg(hash.toHex());
    std::int64_t rowid = 0;
    {
        auto q = query("SELECT rowid FROM blobs WHERE hash = ?1", what);
        if (!q)
            return q.takeError();
        q->bindHash(1, hash);
        const int rc = q->step();
        if (rc == SQLITE_DONE)
            return fail(u"%1: blob %2 is not stored in this run"_s.arg(path, hash.toHex()));
        if (rc != SQLITE_ROW)
            return failure(what, rc);
        rowid = q->integer(0);
    }
    // Incremental I/O reads straight into the result and hashes as it goes, instead of
    // materialising a model twice (SQLite's copy, then ours).
    sqlite3_blob* stream = nullptr;
    int rc = sqlite3_blob_open(db, "main", "blobs", "data", rowid, 0, &stream);
    if (rc != SQLITE_OK) {
        Error error = failure(what, rc);
        sqlite3_blob_close(stream);
        return error;
    }
    const int size = sqlite3_blob_bytes(stream);
    QByteArray bytes(size, Qt::Uninitialized);
    Sha256 sha;
    for (int offset = 0; offset < size && rc == SQLITE_OK; offset += blobReadChunk) {
        const int n = std::min(blobReadChunk, size - offset);
        rc = sqlite3_blob_read(stream, bytes.data() + offset, n, offset);
        if (rc == SQLITE_OK)
            sha.add(bytes.constData() + offset, static_cast<std::size_t>(n));
    }
    if (rc != SQLITE_OK) {
        Error error = failure(what, rc);
        sqlite3_blob_close(stream);
        return error;
    }
    sqlite3_blob_close(stream);
    const Hash actual = sha.finish();
    if (actual != hash)
        return fail(u"%1: blob %2 is corrupt: its bytes hash to %3"_s.arg(path, hash.toHex(),
                                                                          actual.toHex()));
    return bytes;
}

Result<std::vector<ClientInfo>> RunStore::Private::readClients() {
    const QString what = u"cannot read the clients"_s;
    auto q = query("SELECT client, node_id, samples, label_histogram, device, device_profile, "
                   "byzantine FROM clients ORDER BY client",
                   what);
    if (!q)
        return q.takeError();
    std::vector<ClientInfo> clients;
    int rc = SQLITE_OK;
    while ((rc = q->step()) == SQLITE_ROW) {
        ClientInfo c;
        c.client = static_cast<int>(q->integer(0));
        c.nodeId = q->text(1);
        c.samples = q->integer(2);
        auto histogram = parseHistogram(q->textBytes(3));
        if (!histogram)
            return damaged(
                u"the label histogram of client %1 is not a JSON array of integers"_s.arg(
                    num(c.client)));
        c.labelHistogram = std::move(*histogram);
        c.device = q->text(4);
        c.deviceProfile = q->text(5);
        c.byzantine = q->text(6);
        clients.push_back(std::move(c));
    }
    if (rc != SQLITE_DONE)
        return failure(what, rc);
    return clients;
}

Result<std::vector<ClientRoundRecord>>
RunStore::Private::readClientRounds(std::optional<int> round) {
    const QString what = u"cannot read the client records"_s;
    auto q = round ? query("SELECT round, client, status, detail, samples, train_loss, "
                           "train_accuracy, eval_accuracy, eval_loss, wall_seconds, cpu_seconds, "
                           "update_hash, computation_j, computation_seconds, communication_j, "
                           "communication_seconds, idle_j, carbon_g, bandwidth_hz, "
                           "transmit_power_w, measured_package_j FROM client_rounds "
                           "WHERE round = ?1 ORDER BY client",
                           what)
                   : query("SELECT round, client, status, detail, samples, train_loss, "
                           "train_accuracy, eval_accuracy, eval_loss, wall_seconds, cpu_seconds, "
                           "update_hash, computation_j, computation_seconds, communication_j, "
                           "communication_seconds, idle_j, carbon_g, bandwidth_hz, "
                           "transmit_power_w, measured_package_j FROM client_rounds "
                           "ORDER BY round, client",
                           what);
    if (!q)
        return q.takeError();
    if (round)
        q->bindInt(1, *round);
    std::vector<ClientRoundRecord> records;
    int rc = SQLITE_OK;
    while ((rc = q->step()) == SQLITE_ROW) {
        ClientRoundRecord r;
        r.round = static_cast<int>(q->integer(0));
        r.client = static_cast<int>(q->integer(1));
        const auto status = parseUpdateStatus(q->text(2));
        if (!status)
            return damaged(u"client %1 of round %2 has unknown status '%3'"_s.arg(
                num(r.client), num(r.round), q->text(2)));
        r.status = *status;
        r.detail = q->text(3);
        r.samples = q->integer(4);
        r.trainLoss = q->real(5);
        r.trainAccuracy = q->real(6);
        r.evalAccuracy = q->optionalReal(7);
        r.evalLoss = q->optionalReal(8);
        r.wallSeconds = q->real(9);
        r.cpuSeconds = q->real(10);
        if (!q->isNull(11)) {
            r.updateHash = q->hash(11);
            if (!r.updateHash)
                return damaged(u"the update hash of client %1 in round %2 is not 32 bytes"_s.arg(
                    num(r.client), num(r.round)));
        }
        r.computationJ = q->real(12);
        r.computationSeconds = q->real(13);
        r.communicationJ = q->real(14);
        r.communicationSeconds = q->real(15);
        r.idleJ = q->real(16);
        r.carbonG = q->real(17);
        r.bandwidthHz = q->real(18);
        r.transmitPowerW = q->real(19);
        r.measuredPackageJ = q->optionalReal(20);
        records.push_back(std::move(r));
    }
    if (rc != SQLITE_DONE)
        return failure(what, rc);
    return records;
}

RunStore::RunStore()
    : d(std::make_unique<Private>()) {}

RunStore::~RunStore() = default;

Result<std::unique_ptr<RunStore>> RunStore::create(const QString& path,
                                                   const QByteArray& specJson) {
    if (path.isEmpty())
        return fail(u"no path was given for the new run file"_s);
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return fail(
            u"%1 already exists; a run file is never overwritten, choose another name"_s.arg(path));
    {
        // O_EXCL: of two processes creating the same run, exactly one wins.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(u"cannot create %1: %2"_s.arg(path, file.errorString()));
    }
    std::unique_ptr<RunStore> store(new RunStore);
    Private& d = *store->d;
    d.path = path;
    d.mode = Mode::ReadWrite;
    d.spec = specJson;
    if (Status s = d.acquireWriterLock(); !s) {
        store.reset();
        QFile::remove(path);
        return s.takeError();
    }

    auto build = [&]() -> Status {
        if (Status s = d.connect(); !s)
            return s;
        if (Status s = d.configureWriter(); !s)
            return s;
        return store->transaction([&]() -> Status {
            if (Status s = d.exec(schemaSql, u"cannot create the schema"_s); !s)
                return s;
            // Header fields, written in the same transaction as the schema: a file with our
            // application_id and a format version is a complete run file.
            const QByteArray pragmas =
                "PRAGMA application_id = " + QByteArray::number(applicationId) +
                "; PRAGMA user_version = " + QByteArray::number(formatVersion);
            if (Status s = d.exec(pragmas.constData(), u"cannot write the file header"_s); !s)
                return s;
            const QString what = u"cannot write the run's metadata"_s;
            const std::pair<QString, QString> metaRows[] = {
                {u"format"_s, QString::number(formatVersion)},
                {u"created_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                {u"software_version"_s, QStringLiteral(FED_VERSION)},
                {u"spec"_s, QString::fromUtf8(specJson)},
                {u"status"_s, runStatusName(RunStatus::Running)},
            };
            for (const auto& [key, value] : metaRows)
                if (Status s = d.putMeta(key, value, what); !s)
                    return s;
            return {};
        });
    };
    if (Status s = build(); !s) {
        store.reset();
        // We created the file (NewOnly), so removing what is left of it harms nobody.
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(path + suffix);
        return s.takeError();
    }
    return store;
}

Result<std::unique_ptr<RunStore>> RunStore::open(const QString& path, Mode mode) {
    const QFileInfo info(path);
    if (!info.exists())
        return fail(u"%1 does not exist"_s.arg(path));
    if (info.isDir())
        return fail(u"%1 is a directory, not a Federation Studio run file"_s.arg(path));
    // SQLite would treat an empty file as an empty database; say what it really is.
    if (info.size() == 0)
        return fail(u"%1 is not a Federation Studio run file (it is empty)"_s.arg(path));
    std::unique_ptr<RunStore> store(new RunStore);
    Private& d = *store->d;
    d.path = path;
    d.mode = mode;
    // Before anything is read: a second writer is refused at once, not at its first commit.
    if (mode == Mode::ReadWrite)
        if (Status s = d.acquireWriterLock(); !s)
            return s.takeError();
    if (Status s = d.connect(); !s)
        return s.takeError();
    int firstReadCode = SQLITE_OK;
    Status format = d.checkFormat(firstReadCode);
    const int firstReadError = firstReadCode & 0xff;
    if (!format && mode == Mode::ReadOnly &&
        (firstReadError == SQLITE_CANTOPEN || firstReadError == SQLITE_READONLY) &&
        !QFileInfo::exists(path + u"-wal"_s)) {
        // A WAL-mode file without its -wal in a directory we cannot write: SQLite cannot create
        // the -wal/-shm it wants (SQLITE_READONLY_DIRECTORY). No writer can be active either (it
        // would need the same files), so the file cannot change under us and immutable mode
        // reads it safely.
        d.close();
        d.immutable = true;
        if (Status s = d.connect(); !s)
            return s.takeError();
        format = d.checkFormat(firstReadCode);
    }
    if (!format)
        return format.takeError();
    if (mode == Mode::ReadWrite)
        if (Status s = d.configureWriter(); !s)
            return s.takeError();
    return store;
}

QString RunStore::path() const {
    return d->path;
}

bool RunStore::isReadOnly() const {
    return d->mode == Mode::ReadOnly;
}

QByteArray RunStore::specJson() const {
    return d->spec;
}

Result<QString> RunStore::meta(const QString& key) const {
    return d->metaValue(key);
}

Status RunStore::setMeta(const QString& key, const QString& value) {
    const QString what = u"cannot set meta value '%1'"_s.arg(key);
    if (isReadOnly())
        return d->readOnlyRefusal(what);
    if (key.isEmpty())
        return fail(u"%1: %2: the key is empty"_s.arg(d->path, what));
    if (reservedMetaKeys().contains(key))
        return fail(u"%1: %2: the run store maintains this key itself"_s.arg(d->path, what));
    return d->putMeta(key, value, what);
}

RunStatus RunStore::status() const {
    auto value = d->metaValue(u"status"_s);
    if (!value)
        return RunStatus::Failed;
    return parseRunStatus(*value).value_or(RunStatus::Failed);
}

Status RunStore::setStatus(RunStatus status) {
    const QString what = u"cannot set the run status to %1"_s.arg(runStatusName(status));
    if (isReadOnly())
        return d->readOnlyRefusal(what);
    return d->putMeta(u"status"_s, runStatusName(status), what);
}

Status RunStore::writeClients(const std::vector<ClientInfo>& clients) {
    const QString what = u"cannot record the clients"_s;
    if (isReadOnly())
        return d->readOnlyRefusal(what);
    return transaction([&]() -> Status {
        auto existing = d->readClients();
        if (!existing)
            return existing.takeError();
        if (!existing->empty()) {
            // A resumed run records its clients again; that is fine as long as they are the same.
            auto sorted = clients;
            std::sort(sorted.begin(), sorted.end(),
                      [](const ClientInfo& a, const ClientInfo& b) { return a.client < b.client; });
            if (std::equal(sorted.begin(), sorted.end(), existing->begin(), existing->end(),
                           sameClient))
                return {};
            return fail(
                u"%1: %2: the run already has different clients recorded"_s.arg(d->path, what));
        }
        for (const ClientInfo& c : clients) {
            auto q = d->query("INSERT INTO clients (client, node_id, samples, label_histogram, "
                              "device, device_profile, byzantine) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                              "?7)",
                              what);
            if (!q)
                return q.takeError();
            q->bindInt(1, c.client).bindText(2, c.nodeId).bindInt(3, c.samples);
            q->bindText(4, histogramJson(c.labelHistogram));
            q->bindText(5, c.device).bindText(6, c.deviceProfile).bindText(7, c.byzantine);
            if (const int rc = q->step(); rc != SQLITE_DONE) {
                if ((rc & 0xff) == SQLITE_CONSTRAINT)
                    return fail(
                        u"%1: %2: client %3 is listed twice"_s.arg(d->path, what, num(c.client)));
                return d->failure(what, rc);
            }
        }
        return {};
    });
}

Result<std::vector<ClientInfo>> RunStore::clients() const {
    return d->readClients();
}

Result<Hash> RunStore::putBlob(const QString& kind, const QByteArray& bytes) {
    const QString what = u"cannot store a %1 blob"_s.arg(kind);
    if (isReadOnly())
        return d->readOnlyRefusal(what);
    const Hash hash = Hash::of(bytes);
    if (Status s = d->insertBlob(kind, bytes, hash, what); !s)
        return s.takeError();
    return hash;
}

Result<QByteArray> RunStore::blob(const Hash& hash) const {
    return d->readBlob(hash);
}

bool RunStore::hasBlob(const Hash& hash) const {
    auto exists = d->blobExists(hash);
    return exists && *exists;
}

Status RunStore::commitRound(const RoundCommit& commit) {
    const RoundRecord& r = commit.round;
    const QString what = u"cannot commit round %1"_s.arg(num(r.round));
    if (isReadOnly())
        return d->readOnlyRefusal(what);
    for (const ClientRoundRecord& c : commit.clients)
        if (c.round != r.round)
            return fail(u"%1: %2: the record of client %3 is for round %4"_s.arg(
                d->path, what, num(c.client), num(c.round)));
    // Hash before taking the write lock, which readers' checkpoints and other writers wait on.
    std::vector<Hash> hashes;
    hashes.reserve(commit.blobs.size());
    for (const auto& [kind, bytes] : commit.blobs)
        hashes.push_back(Hash::of(bytes));

    return transaction([&]() -> Status {
        // Checked inside the write transaction, so two writers cannot both commit round N.
        auto last = d->lastRound();
        if (!last)
            return last.takeError();
        if (r.round != *last + 1)
            return fail(u"%1: %2: the last completed round is %3, so the next round must be %4; "
                        "nothing was written"_s.arg(d->path, what, num(*last), num(*last + 1)));

        for (std::size_t i = 0; i < commit.blobs.size(); ++i)
            if (Status s =
                    d->insertBlob(commit.blobs[i].first, commit.blobs[i].second, hashes[i], what);
                !s)
                return s;
        // Foreign keys would refuse these too, but without saying which hash is missing.
        auto requireBlob = [&](const Hash& hash, const QString& role) -> Status {
            auto exists = d->blobExists(hash);
            if (!exists)
                return exists.takeError();
            if (!*exists)
                return fail(
                    u"%1: %2: its %3 blob %4 is neither in this commit nor already stored"_s.arg(
                        d->path, what, role, hash.toHex()));
            return {};
        };
        if (Status s = requireBlob(r.modelHash, u"model"_s); !s)
            return s;
        if (r.strategyStateHash)
            if (Status s = requireBlob(*r.strategyStateHash, u"strategy state"_s); !s)
                return s;

        {
            auto q =
                d->query("INSERT INTO rounds (round, started_at_ms, finished_at_ms, wall_seconds, "
                         "evaluated, "
                         "accuracy, loss, train_loss, model_hash, selected, accepted, samples, "
                         "strategy_state_hash, computation_j, communication_j, idle_j, carbon_g, "
                         "modelled_seconds, measured_package_j) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                         "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
                         what);
            if (!q)
                return q.takeError();
            q->bindInt(1, r.round).bindInt(2, r.startedAtMs).bindInt(3, r.finishedAtMs);
            q->bindReal(4, r.wallSeconds).bindInt(5, r.evaluated ? 1 : 0);
            if (r.evaluated)
                q->bindReal(6, r.accuracy).bindReal(7, r.loss);
            else
                q->bindNull(6).bindNull(7);
            q->bindReal(8, r.trainLoss).bindHash(9, r.modelHash).bindInt(10, r.selected);
            q->bindInt(11, r.accepted).bindInt(12, r.samples).bindHash(13, r.strategyStateHash);
            q->bindReal(14, r.computationJ).bindReal(15, r.communicationJ).bindReal(16, r.idleJ);
            q->bindReal(17, r.carbonG).bindReal(18, r.modelledSeconds);
            q->bindReal(19, r.measuredPackageJ);
            if (const int rc = q->step(); rc != SQLITE_DONE)
                return d->failure(what, rc);
        }
        for (const ClientRoundRecord& c : commit.clients) {
            auto q = d->query(
                "INSERT INTO client_rounds (round, client, status, detail, samples, train_loss, "
                "train_accuracy, eval_accuracy, eval_loss, wall_seconds, cpu_seconds, update_hash, "
                "computation_j, computation_seconds, communication_j, communication_seconds, "
                "idle_j, carbon_g, bandwidth_hz, transmit_power_w, measured_package_j) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
                "?17, ?18, ?19, ?20, ?21)",
                what);
            if (!q)
                return q.takeError();
            q->bindInt(1, c.round).bindInt(2, c.client).bindText(3, updateStatusName(c.status));
            q->bindText(4, c.detail).bindInt(5, c.samples).bindReal(6, c.trainLoss);
            q->bindReal(7, c.trainAccuracy).bindReal(8, c.evalAccuracy).bindReal(9, c.evalLoss);
            q->bindReal(10, c.wallSeconds).bindReal(11, c.cpuSeconds).bindHash(12, c.updateHash);
            q->bindReal(13, c.computationJ).bindReal(14, c.computationSeconds);
            q->bindReal(15, c.communicationJ).bindReal(16, c.communicationSeconds);
            q->bindReal(17, c.idleJ).bindReal(18, c.carbonG).bindReal(19, c.bandwidthHz);
            q->bindReal(20, c.transmitPowerW).bindReal(21, c.measuredPackageJ);
            if (const int rc = q->step(); rc != SQLITE_DONE) {
                if (rc == SQLITE_CONSTRAINT_PRIMARYKEY)
                    return fail(
                        u"%1: %2: client %3 is recorded twice"_s.arg(d->path, what, num(c.client)));
                return d->failure(what, rc);
            }
        }
        if (const auto& p = r.privacy) {
            auto q = d->query("INSERT INTO privacy_rounds (round, mode, epsilon, delta, rdp_order, "
                              "noise_multiplier, clip_norm, sampling_rate, noise_std, clipped) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                              what);
            if (!q)
                return q.takeError();
            q->bindInt(1, r.round).bindText(2, p->mode).bindReal(3, p->epsilon);
            q->bindReal(4, p->delta).bindReal(5, p->order).bindReal(6, p->noiseMultiplier);
            q->bindReal(7, p->clipNorm).bindReal(8, p->samplingRate).bindReal(9, p->noiseStd);
            q->bindInt(10, p->clipped);
            if (const int rc = q->step(); rc != SQLITE_DONE)
                return d->failure(what, rc);
        }
        for (const auto& [client, bytes] : commit.clientStates) {
            auto q = d->query("INSERT OR REPLACE INTO client_state (client, round, data) "
                              "VALUES (?1, ?2, ?3)",
                              what);
            if (!q)
                return q.takeError();
            q->bindInt(1, client).bindInt(2, r.round).bindBlob(3, bytes);
            if (const int rc = q->step(); rc != SQLITE_DONE)
                return d->failure(what, rc);
        }
        return {};
    });
}

Result<std::optional<QByteArray>> RunStore::clientState(int client) const {
    const QString what = u"cannot read the state of client %1"_s.arg(num(client));
    auto q = d->query("SELECT data FROM client_state WHERE client = ?1", what);
    if (!q)
        return q.takeError();
    q->bindInt(1, client);
    const int rc = q->step();
    if (rc == SQLITE_DONE)
        return std::optional<QByteArray>();
    if (rc != SQLITE_ROW)
        return d->failure(what, rc);
    return std::optional<QByteArray>(q->textBytes(0));
}

int RunStore::lastCompletedRound() const {
    auto last = d->lastRound();
    return last ? *last : 0;
}

Result<std::vector<RoundRecord>> RunStore::rounds() const {
    const QString what = u"cannot read the rounds"_s;
    auto q = d->query("SELECT round, started_at_ms, finished_at_ms, wall_seconds, evaluated, "
                      "accuracy, loss, train_loss, model_hash, selected, accepted, samples, "
                      "strategy_state_hash, computation_j, communication_j, idle_j, carbon_g, "
                      "modelled_seconds, measured_package_j FROM rounds ORDER BY round",
                      what);
    if (!q)
        return q.takeError();
    std::vector<RoundRecord> records;
    int rc = SQLITE_OK;
    while ((rc = q->step()) == SQLITE_ROW) {
        RoundRecord r;
        r.round = static_cast<int>(q->integer(0));
        r.startedAtMs = q->integer(1);
        r.finishedAtMs = q->integer(2);
        r.wallSeconds = q->real(3);
        r.evaluated = q->integer(4) != 0;
        r.accuracy = r.evaluated ? q->real(5) : 0.0;
        r.loss = r.evaluated ? q->real(6) : 0.0;
        r.trainLoss = q->real(7);
        const auto model = q->hash(8);
        if (!model)
            return d->damaged(u"the model hash of round %1 is not 32 bytes"_s.arg(num(r.round)));
        r.modelHash = *model;
        r.selected = static_cast<int>(q->integer(9));
        r.accepted = static_cast<int>(q->integer(10));
        r.samples = q->integer(11);
        if (!q->isNull(12)) {
            r.strategyStateHash = q->hash(12);
            if (!r.strategyStateHash)
                return d->damaged(
                    u"the strategy state hash of round %1 is not 32 bytes"_s.arg(num(r.round)));
        }
        r.computationJ = q->real(13);
        r.communicationJ = q->real(14);
        r.idleJ = q->real(15);
        r.carbonG = q->real(16);
        r.modelledSeconds = q->real(17);
        r.measuredPackageJ = q->optionalReal(18);
        records.push_back(r);
    }
    if (rc != SQLITE_DONE)
        return d->failure(what, rc);
    // Run files from before differential privacy have no privacy_rounds table.
    auto exists = d->query(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'privacy_rounds'", what);
    if (!exists)
        return exists.takeError();
    if (exists->step() != SQLITE_ROW)
        return records;
    auto p = d->query("SELECT round, mode, epsilon, delta, rdp_order, noise_multiplier, clip_norm, "
                      "sampling_rate, noise_std, clipped FROM privacy_rounds ORDER BY round",
                      what);
    if (!p)
        return p.takeError();
    std::size_t next = 0;
    while ((rc = p->step()) == SQLITE_ROW) {
        const int round = static_cast<int>(p->integer(0));
        while (next < records.size() && records[next].round < round)
            ++next;
        if (next == records.size() || records[next].round != round)
            return d->damaged(u"privacy_rounds has a row for round %1, which rounds does not "
                              "have"_s.arg(num(round)));
        PrivacyRecord& out = records[next].privacy.emplace();
        out.mode = p->text(1);
        out.epsilon = p->real(2);
        out.delta = p->real(3);
        out.order = p->real(4);
        out.noiseMultiplier = p->real(5);
        out.clipNorm = p->real(6);
        out.samplingRate = p->real(7);
        out.noiseStd = p->real(8);
        out.clipped = static_cast<int>(p->integer(9));
    }
    if (rc != SQLITE_DONE)
        return d->failure(what, rc);
    return records;
}

Result<std::vector<ClientRoundRecord>> RunStore::clientRounds(int round) const {
    return d->readClientRounds(round);
}

Result<std::vector<ClientRoundRecord>> RunStore::allClientRounds() const {
    return d->readClientRounds(std::nullopt);
}

Status RunStore::checkIntegrity() const {
    {
        const QString what = u"integrity check failed to run"_s;
        auto q = d->query("PRAGMA integrity_check(20)", what);
        if (!q)
            return q.takeError();
        QStringList problems;
        int rc = SQLITE_OK;
        while ((rc = q->step()) == SQLITE_ROW)
            if (q->text(0) != u"ok"_s)
                problems << q->text(0);
        if (rc != SQLITE_DONE)
            return d->failure(what, rc);
        if (!problems.isEmpty())
            return fail(u"%1 is corrupt: %2"_s.arg(d->path, problems.join(u"; "_s)));
    }
    {
        const QString what = u"foreign key check failed to run"_s;
        auto q = d->query("PRAGMA foreign_key_check", what);
        if (!q)
            return q.takeError();
        const int rc = q->step();
        if (rc == SQLITE_ROW)
            return d->damaged(
                u"a row of table %1 (rowid %2) refers to a missing row of table %3"_s.arg(
                    q->text(0), q->text(1), q->text(2)));
        if (rc != SQLITE_DONE)
            return d->failure(what, rc);
    }
    auto count = d->scalar("SELECT count(*) FROM rounds", u"cannot count the rounds"_s);
    if (!count)
        return count.takeError();
    const int last = lastCompletedRound();
    if (*count != last)
        return d->damaged(
            u"it has %1 rounds, but the last one is round %2"_s.arg(num(*count), num(last)));

    std::vector<Hash> hashes;
    {
        const QString what = u"cannot list the blobs"_s;
        auto q = d->query("SELECT hash FROM blobs", what);
        if (!q)
            return q.takeError();
        int rc = SQLITE_OK;
        while ((rc = q->step()) == SQLITE_ROW) {
            const auto hash = q->hash(0);
            if (!hash)
                return d->damaged(u"a blob key is not 32 bytes"_s);
            hashes.push_back(*hash);
        }
        if (rc != SQLITE_DONE)
            return d->failure(what, rc);
    }
    for (const Hash& hash : hashes)
        if (auto bytes = d->readBlob(hash); !bytes)
            return bytes.takeError();
    return {};
}

sqlite3* RunStore::handle() const {
    return d->db;
}

Status RunStore::begin() {
    if (isReadOnly())
        return d->readOnlyRefusal(u"cannot start a transaction"_s);
    const bool autocommit = sqlite3_get_autocommit(d->db) != 0;
    if (!d->levels.empty() && autocommit)
        return fail(
            u"%1: the enclosing transaction was already rolled back after an error"_s.arg(d->path));
    if (autocommit) {
        if (Status s = d->exec("BEGIN IMMEDIATE", u"cannot start a transaction"_s); !s)
            return s;
        d->levels.push_back(true);
    } else {
        if (Status s = d->exec("SAVEPOINT fed_store", u"cannot start a savepoint"_s); !s)
            return s;
        d->levels.push_back(false);
    }
    return {};
}

Status RunStore::commit() {
    if (d->levels.empty())
        return fail(u"%1: commit without a transaction"_s.arg(d->path));
    const bool outermost = d->levels.back();
    d->levels.pop_back();
    if (sqlite3_get_autocommit(d->db))
        return fail(u"%1: SQLite rolled the transaction back after an error; none of it was "
                    "written"_s.arg(d->path));
    if (!outermost)
        return d->exec("RELEASE fed_store", u"cannot release a savepoint"_s);
    if (Status s = d->exec("COMMIT", u"cannot commit"_s); !s) {
        if (!sqlite3_get_autocommit(d->db))
            sqlite3_exec(d->db, "ROLLBACK", nullptr, nullptr, nullptr);
        return s;
    }
    return {};
}

void RunStore::rollback() {
    if (d->levels.empty())
        return;
    const bool outermost = d->levels.back();
    d->levels.pop_back();
    if (sqlite3_get_autocommit(d->db))
        return; // SQLite already rolled everything back
    sqlite3_exec(d->db, outermost ? "ROLLBACK" : "ROLLBACK TO fed_store; RELEASE fed_store",
                 nullptr, nullptr, nullptr);
}

} // namespace fed
