#pragma once
// The ledger as JSON and as a self-contained HTML audit report, for `fedctl ledger show/export`
// and the ledger viewer's export action.

#include "engine/core/Result.h"
#include "engine/ledger/Ledger.h"

#include <QByteArray>
#include <QJsonObject>

namespace fed {

//! A block with every field; `genesis` (when given) adds client numbers next to node ids.
QJsonObject blockToJson(const StoredBlock& block, const GenesisBody* genesis = nullptr);
//! The verdict of every block (or only the bad ones), the first bad block and the statistics.
QJsonObject verifyReportToJson(const VerifyReport& report, bool everyBlock = true);
//! "valid", or "INVALID: block 3 (round 3): ..." — one line for logs and status bars.
QString verifySummaryLine(const VerifyReport& report);

//! The whole ledger and its verification as one JSON document.
Result<QByteArray> exportLedgerJson(const RunStore& store, const Ledger& ledger,
                                    const VerifyReport& report);
//! A self-contained HTML page (no scripts, no external resources) for auditors.
Result<QByteArray> exportLedgerHtml(const RunStore& store, const Ledger& ledger,
                                    const VerifyReport& report);

} // namespace fed
