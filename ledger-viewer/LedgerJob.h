#pragma once
// Background work on a run file: verification, lineage, a node's contributions, search and
// the audit report. Each job opens its own read-only connection on a pool thread (SQLite
// connections are per thread), reports progress and notices cancellation through its QPromise,
// and hands back a plain value; the widget's QFutureWatcher delivers it on the GUI thread.
// The job owns everything it touches, so a widget that goes away mid-job leaves it to finish
// alone.

#include "ledger-viewer/LedgerConnection.h"

#include <QFuture>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace fed::viewer {

//! Runs `work(LedgerConnection&, QPromise<T>&) -> T` on the global thread pool. T needs a
//! static `failed(QString)` for a file that cannot be opened.
template <typename T, typename Work> QFuture<T> runLedgerJob(const QString& path, Work work) {
    return QtConcurrent::run([path, work = std::move(work)](QPromise<T>& promise) mutable {
        auto connection = LedgerConnection::open(path);
        if (!connection) {
            promise.addResult(T::failed(connection.error()));
            return;
        }
        promise.addResult(work(**connection, promise));
    });
}

} // namespace fed::viewer
