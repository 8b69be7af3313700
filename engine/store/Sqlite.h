#pragma once
// Internal to fed_store: a thin RAII layer over the sqlite3 C API. Statements are prepared
// once per connection and reused, because commitRound inserts one row per client and a run
// has thousands of rounds.

#include "engine/core/Hash.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <cstdint>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <unordered_map>

namespace fed::sqlite {

//! One use of a prepared statement: bind, step, read columns. Resets the statement when it
//! goes out of scope, so that its implicit read transaction ends (a reader holding one would
//! keep the WAL from being checkpointed) and the next use starts from clean bindings.
class Query {
public:
    Query(sqlite3_stmt* stmt, bool* inUse);
    ~Query();
    Query(Query&& other) noexcept;
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    Query& operator=(Query&&) = delete;

    // Parameters are 1-based, as in SQLite. A failed bind is remembered and returned by step().
    Query& bindInt(int index, std::int64_t value);
    //! SQLite stores NaN as NULL; readers turn NULL back into NaN (see real()).
    Query& bindReal(int index, double value);
    Query& bindReal(int index, std::optional<double> value);
    Query& bindText(int index, const QString& value);
    Query& bindUtf8(int index, QByteArrayView utf8);
    //! Binds without copying: `bytes` must stay alive until the last step().
    Query& bindBlob(int index, QByteArrayView bytes);
    Query& bindHash(int index, const Hash& hash);
    Query& bindHash(int index, const std::optional<Hash>& hash);
    Query& bindNull(int index);

    //! SQLITE_ROW, SQLITE_DONE, or an (extended) error code.
    int step();

    // Columns are 0-based, as in SQLite.
    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    //! NULL reads as NaN: the only way a REAL column of ours is NULL is a NaN that was bound.
    double real(int column) const;
    std::optional<double> optionalReal(int column) const;
    QString text(int column) const;
    QByteArray textBytes(int column) const;
    //! nullopt when the column is NULL or not exactly 32 bytes.
    std::optional<Hash> hash(int column) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
    bool* m_inUse = nullptr; //!< the cache's flag; null for a statement this query owns
    int m_bindError = SQLITE_OK;
};

//! Prepared statements of one connection, keyed by their SQL text.
class StatementCache {
public:
    StatementCache() = default;
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    //! Returns SQLITE_OK and sets `out`, or an error code (sqlite3_errmsg(db) says why).
    //! A statement that is already in use (a query inside another query's loop) is prepared
    //! afresh instead of being reset under its user.
    int prepare(sqlite3* db, const char* sql, std::optional<Query>& out);
    //! Finalizes every statement; required before sqlite3_close.
    void clear();

private:
    struct Entry {
        sqlite3_stmt* stmt = nullptr;
        bool inUse = false;
    };
    // Node-based: the address of Entry::inUse stays valid while the map grows.
    std::unordered_map<std::string, Entry> m_entries;
};

} // namespace fed::sqlite
