#include "engine/contribution/ContributionStore.h"

#include <map>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace fed {
namespace {

constexpr char kSchema[] = R"sql(
CREATE TABLE IF NOT EXISTS contribution_scores (
    round   INTEGER NOT NULL,
    client  INTEGER NOT NULL,
    method  TEXT NOT NULL,
    score   REAL NOT NULL,
    joules  REAL NOT NULL,
    reward  REAL NOT NULL,
    balance REAL NOT NULL,
    PRIMARY KEY (round, client)
) WITHOUT ROWID;
)sql";

QString sqliteError(sqlite3* db) {
    return QString::fromUtf8(sqlite3_errmsg(db));
}

//! Finalizes a statement on every path.
struct Statement {
    sqlite3_stmt* stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};

} // namespace

namespace contribution_store {

Status createTable(RunStore& store) {
    char* message = nullptr;
    if (sqlite3_exec(store.handle(), kSchema, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return fail(u"%1: cannot add the contribution_scores table: %2"_s.arg(store.path(), text));
    }
    return {};
}

Status write(RunStore& store, const std::vector<ContributionRecord>& rows) {
    if (rows.empty())
        return {};
    if (Status s = createTable(store); !s)
        return s;
    sqlite3* db = store.handle();
    Statement q;
    if (sqlite3_prepare_v2(db,
                           "INSERT INTO contribution_scores (round, client, method, score, joules, "
                           "reward, balance) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                           -1, &q.stmt, nullptr) != SQLITE_OK)
        return fail(
            u"%1: cannot write contribution scores: %2"_s.arg(store.path(), sqliteError(db)));
    for (const ContributionRecord& r : rows) {
        sqlite3_reset(q.stmt);
        const QByteArray method = r.method.toUtf8();
        sqlite3_bind_int64(q.stmt, 1, r.round);
        sqlite3_bind_int64(q.stmt, 2, r.client);
        sqlite3_bind_text(q.stmt, 3, method.constData(), static_cast<int>(method.size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_double(q.stmt, 4, r.score);
        sqlite3_bind_double(q.stmt, 5, r.joules);
        sqlite3_bind_double(q.stmt, 6, r.reward);
        sqlite3_bind_double(q.stmt, 7, r.balance);
        if (sqlite3_step(q.stmt) != SQLITE_DONE)
            return fail(u"%1: cannot write the contribution score of client %2 in round %3: %4"_s
                            .arg(store.path())
                            .arg(r.client)
                            .arg(r.round)
                            .arg(sqliteError(db)));
    }
    return {};
}

Result<std::vector<ContributionRecord>> readAll(const RunStore& store) {
    sqlite3* db = store.handle();
    std::vector<ContributionRecord> rows;
    {
        Statement exists;
        if (sqlite3_prepare_v2(db,
                               "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = "
                               "'contribution_scores'",
                               -1, &exists.stmt, nullptr) != SQLITE_OK)
            return fail(u"%1: cannot read the schema: %2"_s.arg(store.path(), sqliteError(db)));
        if (sqlite3_step(exists.stmt) != SQLITE_ROW)
            return rows; // a run made before contribution scores existed
    }
    Statement q;
    if (sqlite3_prepare_v2(db,
                           "SELECT round, client, method, score, joules, reward, balance FROM "
                           "contribution_scores ORDER BY round, client",
                           -1, &q.stmt, nullptr) != SQLITE_OK)
        return fail(
            u"%1: cannot read contribution scores: %2"_s.arg(store.path(), sqliteError(db)));
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(q.stmt)) == SQLITE_ROW) {
        ContributionRecord r;
        r.round = sqlite3_column_int(q.stmt, 0);
        r.client = sqlite3_column_int(q.stmt, 1);
        r.method = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q.stmt, 2)),
                                     sqlite3_column_bytes(q.stmt, 2));
        r.score = sqlite3_column_double(q.stmt, 3);
        r.joules = sqlite3_column_double(q.stmt, 4);
        r.reward = sqlite3_column_double(q.stmt, 5);
        r.balance = sqlite3_column_double(q.stmt, 6);
        rows.push_back(std::move(r));
    }
    if (rc != SQLITE_DONE)
        return fail(
            u"%1: reading contribution scores stopped: %2"_s.arg(store.path(), sqliteError(db)));
    return rows;
}

} // namespace contribution_store

std::vector<ContributionTotals> contributionTotals(const std::vector<ContributionRecord>& rows) {
    std::map<int, ContributionTotals> byClient;
    for (const ContributionRecord& r : rows) {
        ContributionTotals& t = byClient[r.client];
        t.client = r.client;
        ++t.rounds;
        t.score += r.score;
        t.reward += r.reward;
        t.balance = r.balance; // rows come in round order
        t.joules += r.joules;
    }
    std::vector<ContributionTotals> out;
    for (auto& [client, t] : byClient) {
        t.meanScore = t.rounds ? t.score / t.rounds : 0.0;
        t.scorePerKj = t.joules > 0.0 ? t.score / t.joules * 1000.0 : 0.0;
        out.push_back(t);
    }
    return out;
}

} // namespace fed
