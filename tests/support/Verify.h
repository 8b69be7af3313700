#pragma once
// Assertions for the engine's Result and Status, and a run file's ledger verified.

#include "engine/ledger/Ledger.h"
#include "engine/store/RunStore.h"

#include <QTest>

//! QVERIFY for a fed::Result or fed::Status: on failure the test stops with the error it carries.
#define FED_VERIFY_OK(expression)                                                                  \
    do {                                                                                           \
        const auto& fedVerifyResult = (expression);                                                \
        QVERIFY2(fedVerifyResult.ok(), qPrintable(fedVerifyResult.error()));                       \
    } while (false)

namespace fed::test {

enum class Replay { No, Yes };

//! Ledger::verify on the run file; a file that does not open is an invalid report naming why.
inline VerifyReport verifyFile(const QString& path, Replay replay) {
    auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
    if (!store) {
        VerifyReport r;
        r.problems << store.error();
        return r;
    }
    VerifyOptions options;
    options.replay = replay == Replay::Yes;
    return Ledger(**store).verify(options);
}

} // namespace fed::test
