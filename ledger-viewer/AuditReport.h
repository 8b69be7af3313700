#pragma once
// The audit report for one model version, as a self-contained HTML page (and PDF, and print):
// its verdict (has anything been changed?), its lineage back to genesis (where did it come
// from?), its contributors, metrics and energy, and the federation it belongs to. Built on a
// background connection; verifies the chain first unless a verification is handed in.

#include "engine/core/Result.h"
#include "engine/ledger/Ledger.h"
#include "ledger-viewer/VerificationResult.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>

class QPagedPaintDevice;

namespace fed::viewer {

class LedgerConnection;

struct ReportRequest {
    Hash model;
    //! The verification to report; the report verifies (with replay) when none is given.
    std::shared_ptr<const VerificationResult> verification;
    QString htmlPath; //!< written when not empty
    QString pdfPath;  //!< written when not empty
};

struct ReportOutcome {
    QString error;
    QString html;
    VerificationResult verification; //!< what the report says about the chain
    bool cancelled = false;
    std::size_t lineageSteps = 0;
    std::size_t contributors = 0;

    static ReportOutcome failed(const QString& error);
};

class AuditReport {
    Q_DECLARE_TR_FUNCTIONS(AuditReport)
public:
    //! Lineage steps listed one by one; longer lineages list the newest and the oldest and
    //! sum up the rest (every step still counts in the totals).
    static constexpr std::size_t kMaxListedSteps = 1000;

    //! Builds the report and writes the files the request names. `progress` gets (done, total)
    //! during verification; `cancelled` is polled.
    static ReportOutcome make(LedgerConnection& connection, const ReportRequest& request,
                              const std::function<void(int, int)>& progress = {},
                              const std::function<bool()>& cancelled = {});
    //! Lays the HTML out on pages of `device` (a QPdfWriter or a QPrinter); works on any thread.
    static void print(const QString& html, QPagedPaintDevice* device);
    static Status writePdf(const QString& html, const QString& path);
};

} // namespace fed::viewer
