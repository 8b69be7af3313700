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

//! Every client round of the run is refused with a detail that contains `because`, and there
//! are `count` of them; otherwise an error naming the first that is not.
inline Status everyUpdateRejected(RunStore& store, int count, const QString& because) {
    auto records = store.allClientRounds();
    if (!records)
        return records.takeError();
    if (static_cast<int>(records->size()) != count)
        return fail(
            QStringLiteral("%1 client rounds, expected %2").arg(records->size()).arg(count));
    for (const ClientRoundRecord& r : *records)
        if (r.status != UpdateStatus::Rejected || !r.detail.contains(because))
            return fail(QStringLiteral("client %1, round %2: %3 (expected refused: %4)")
                            .arg(r.client)
                            .arg(r.round)
                            .arg(r.status == UpdateStatus::Rejected ? r.detail
                                                                    : QStringLiteral("not refused"),
                                 because));
    return {};
}

} // namespace fed::test
