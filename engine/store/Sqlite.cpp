#include "engine/store/Sqlite.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace fed::sqlite {

Query::Query(sqlite3_stmt* stmt, bool* inUse)
    : m_stmt(stmt)
    , m_inUse(inUse) {}

Query::Query(Query&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_inUse(std::exchange(other.m_inUse, nullptr))
    , m_bindError(other.m_bindError) {}

Query::~Query() {
    if (!m_stmt)
        return;
    if (m_inUse) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        *m_inUse = false;
    } else {
        sqlite3_finalize(m_stmt);
    }
}

namespace {
int keepFirstError(int current, int rc) {
    return current != SQLITE_OK ? current : rc;
}
} // namespace

Query& Query::bindInt(int index, std::int64_t value) {
    m_bindError = keepFirstError(m_bindError, sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Query& Query::bindReal(int index, double value) {
    m_bindError = keepFirstError(m_bindError, sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Query& Query::bindReal(int index, std::optional<double> value) {
    return value ? bindReal(index, *value) : bindNull(index);
}

Query& Query::bindText(int index, const QString& value) {
    return bindUtf8(index, value.toUtf8());
}

Query& Query::bindUtf8(int index, QByteArrayView utf8) {
    // SQLITE_TRANSIENT: SQLite copies, so temporaries (toUtf8()) may die before step().
    // A null view binds an empty string, not NULL: our TEXT columns are NOT NULL.
    m_bindError = keepFirstError(m_bindError,
                                 sqlite3_bind_text64(m_stmt, index, utf8.data() ? utf8.data() : "",
                                                     static_cast<sqlite3_uint64>(utf8.size()),
                                                     SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Query& Query::bindBlob(int index, QByteArrayView bytes) {
    // A zero-length blob must still be a blob, not NULL, so never pass a null pointer.
    static const char empty = 0;
    m_bindError = keepFirstError(
        m_bindError, sqlite3_bind_blob64(m_stmt, index, bytes.data() ? bytes.data() : &empty,
                                         static_cast<sqlite3_uint64>(bytes.size()), SQLITE_STATIC));
    return *this;
}

Query& Query::bindHash(int index, const Hash& hash) {
    m_bindError = keepFirstError(m_bindError, sqlite3_bind_blob(m_stmt, index, hash.bytes.data(),
                                                                static_cast<int>(hash.bytes.size()),
                                                                SQLITE_TRANSIENT));
    return *this;
}

Query& Query::bindHash(int index, const std::optional<Hash>& hash) {
    return hash ? bindHash(index, *hash) : bindNull(index);
}

Query& Query::bindNull(int index) {
    m_bindError = keepFirstError(m_bindError, sqlite3_bind_null(m_stmt, index));
    return *this;
}

int Query::step() {
    if (m_bindError != SQLITE_OK)
        return m_bindError;
    return sqlite3_step(m_stmt);
}

bool Query::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Query::integer(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Query::real(int column) const {
    if (isNull(column))
        return std::numeric_limits<double>::quiet_NaN();
    return sqlite3_column_double(m_stmt, column);
}

std::optional<double> Query::optionalReal(int column) const {
    if (isNull(column))
        return std::nullopt;
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Query::textBytes(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, size) : QByteArray();
}

QString Query::text(int column) const {
    return QString::fromUtf8(textBytes(column));
}

std::optional<Hash> Query::hash(int column) const {
    if (sqlite3_column_type(m_stmt, column) != SQLITE_BLOB)
        return std::nullopt;
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    Hash h;
    if (!data || size != static_cast<int>(h.bytes.size()))
        return std::nullopt;
    std::copy(data, data + size, h.bytes.begin());
    return h;
}

StatementCache::~StatementCache() {
    clear();
}

int StatementCache::prepare(sqlite3* db, const char* sql, std::optional<Query>& out) {
    auto [it, inserted] = m_entries.try_emplace(std::string(sql));
    Entry& entry = it->second;
    if (!entry.stmt) {
        const int rc =
            sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &entry.stmt, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(entry.stmt);
            m_entries.erase(it);
            return rc;
        }
    }
    if (entry.inUse) {
        sqlite3_stmt* fresh = nullptr;
        const int rc = sqlite3_prepare_v2(db, sql, -1, &fresh, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(fresh);
            return rc;
        }
        out.emplace(fresh, nullptr);
        return SQLITE_OK;
    }
    entry.inUse = true;
    out.emplace(entry.stmt, &entry.inUse);
    return SQLITE_OK;
}

void StatementCache::clear() {
    for (auto& [sql, entry] : m_entries)
        sqlite3_finalize(entry.stmt);
    m_entries.clear();
}

} // namespace fed::sqlite
