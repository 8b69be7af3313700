#pragma once
// The attacker's tools: raw SQLite on a copy of a run file, below RunStore and Ledger. An
// outsider rewrites bytes it cannot sign (putUnsigned); a dishonest coordinator holds the
// coordinator key from the keys table and re-signs and re-links what it changed (putSigned,
// relinkFrom), so only content checks - node signatures, blob hashes, replay - can catch it.
// The target links SQLite::SQLite3.

#include "engine/ledger/Block.h"
#include "engine/ledger/Keys.h"

#include <QByteArray>
#include <QFile>
#include <cstdint>
#include <functional>
#include <optional>
#include <sqlite3.h>

namespace fed::test {

class RawRun {
public:
    explicit RawRun(const QString& path) {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE,
                            nullptr) != SQLITE_OK)
            qFatal("cannot open %s", qPrintable(path));
    }
    ~RawRun() { sqlite3_close(m_db); }
    RawRun(const RawRun&) = delete;
    RawRun& operator=(const RawRun&) = delete;

    void exec(const char* sql) {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            qFatal("%s: %s", sql, sqlite3_errmsg(m_db));
    }
    QByteArray bytes(const char* sql, std::int64_t key = 0) {
        sqlite3_stmt* s = nullptr;
        sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr);
        if (sqlite3_bind_parameter_count(s) > 0)
            sqlite3_bind_int64(s, 1, key);
        QByteArray out;
        if (sqlite3_step(s) == SQLITE_ROW)
            out = QByteArray(static_cast<const char*>(sqlite3_column_blob(s, 0)),
                             sqlite3_column_bytes(s, 0));
        sqlite3_finalize(s);
        return out;
    }
    void write(const char* sql, const QByteArray& blob, std::int64_t key) {
        sqlite3_stmt* s = nullptr;
        sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr);
        sqlite3_bind_blob(s, 1, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(s, 2, key);
        if (sqlite3_step(s) != SQLITE_DONE)
            qFatal("%s: %s", sql, sqlite3_errmsg(m_db));
        sqlite3_finalize(s);
    }
    void writeBlob(const char* sql, const QByteArray& a, const QByteArray& b) {
        sqlite3_stmt* s = nullptr;
        sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr);
        sqlite3_bind_blob(s, 1, a.constData(), static_cast<int>(a.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(s, 2, b.constData(), static_cast<int>(b.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(s) != SQLITE_DONE)
            qFatal("%s: %s", sql, sqlite3_errmsg(m_db));
        sqlite3_finalize(s);
    }

    //! Block `height`'s stored bytes, as they are (they need not decode).
    QByteArray blockData(std::int64_t height) {
        return bytes("SELECT data FROM ledger_blocks WHERE height = ?1", height);
    }
    //! Replaces block `height`'s bytes and nothing else (hash and signature stay).
    void setBlockData(std::int64_t height, const QByteArray& data) {
        write("UPDATE ledger_blocks SET data = ?1 WHERE height = ?2", data, height);
    }
    Block block(std::int64_t height) {
        auto b = decodeBlock(blockData(height));
        if (!b)
            qFatal("block %lld: %s", static_cast<long long>(height), qPrintable(b.error()));
        return *b;
    }
    std::int64_t blockCount() {
        sqlite3_stmt* s = nullptr;
        sqlite3_prepare_v2(m_db, "SELECT count(*) FROM ledger_blocks", -1, &s, nullptr);
        sqlite3_step(s);
        const std::int64_t n = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
        return n;
    }
    //! Stores a block as an outsider: new bytes, the old signature, hash column updated.
    //! `at` is where it is stored (its own height unless the height field is the lie).
    void putUnsigned(const Block& b, std::optional<std::int64_t> at = std::nullopt) {
        const QByteArray data = encodeBlock(b);
        const std::int64_t height = at.value_or(static_cast<std::int64_t>(b.height));
        write("UPDATE ledger_blocks SET data = ?1 WHERE height = ?2", data, height);
        write("UPDATE ledger_blocks SET hash = ?1 WHERE height = ?2", blockHash(data).toByteArray(),
              height);
    }
    //! Stores a block as the coordinator would: signed with the key from the keys table.
    void putSigned(const Block& b, const SigningKey& key) {
        putUnsigned(b);
        write("UPDATE ledger_blocks SET signature = ?1 WHERE height = ?2",
              key.sign(blockMessage(blockHash(encodeBlock(b)))).toByteArray(),
              static_cast<std::int64_t>(b.height));
    }
    SigningKey coordinatorKey() {
        auto k = SigningKey::fromPrivateBytes(
            bytes("SELECT private_key FROM keys WHERE owner = 'coordinator'"));
        if (!k)
            qFatal("no coordinator key");
        return *k;
    }
    //! What a dishonest coordinator can do in one step: block `height` changed by `change`,
    //! re-signed with the coordinator key, and every block after it re-linked and re-signed.
    void forgeAsCoordinator(std::int64_t height, const std::function<void(Block&)>& change) {
        const SigningKey key = coordinatorKey();
        Block b = block(height);
        change(b);
        putSigned(b, key);
        relinkFrom(height, key);
    }
    //! A coordinator covering its tracks: every block after `from` re-linked and re-signed.
    void relinkFrom(std::int64_t from, const SigningKey& key) {
        const std::int64_t n = blockCount();
        for (std::int64_t h = from + 1; h < n; ++h) {
            Block b = block(h);
            b.previousHash = blockHash(encodeBlock(block(h - 1)));
            putSigned(b, key);
        }
    }

private:
    sqlite3* m_db = nullptr;
};

} // namespace fed::test
