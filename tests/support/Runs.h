#pragma once
// In-process federations for the integration tests: the synthetic-quick preset with overrides,
// and a run to its end or to a chosen round (tests/support/Verify.h checks the file's ledger).
// Each test keeps only what is its own: its spec's overrides and its assertions.

#include "engine/federation/Federation.h"
#include "engine/spec/SpecIO.h"
#include "engine/store/RunStore.h"
#include "tests/support/Paths.h"
#include "tests/support/Verify.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <vector>

namespace fed::test {

//! The synthetic-quick preset with `overrides` (`--set` syntax). A preset that no longer loads
//! breaks every test built on it, so it stops the binary (qFatal) with the reason.
inline FederationSpec quickSpec(const QStringList& overrides = {}) {
    auto spec = loadSpecFile(kQuickPreset, overrides);
    if (!spec)
        qFatal("synthetic-quick preset: %s", qPrintable(spec.error()));
    return *spec;
}

//! Creates the run file at `path` and runs it until it ends or `*stop` is set (by `observer`).
inline Result<RunSummary> runToEnd(const FederationSpec& spec, const QString& path,
                                   FederationObserver* observer = nullptr,
                                   std::atomic<bool>* stop = nullptr) {
    auto f = Federation::create(spec, path, observer);
    if (!f)
        return f.takeError();
    std::atomic<bool> never{false};
    return (*f)->run(stop ? *stop : never);
}

//! Stops the federation once round `round` has finished (-1: never), and records what the
//! tests look at: the rounds and client updates seen, the clients announced, a stop's reason.
class StopAfter : public FederationObserver {
public:
    StopAfter(int round, std::atomic<bool>& stop)
        : m_round(round)
        , m_stop(stop) {}
    void runStarted(const RunStartedEvent& e) override { clients = e.clients; }
    void clientFinished(const ClientRoundRecord&) override { ++clientEvents; }
    void roundFinished(const RoundRecord& r) override {
        ++finished;
        if (r.round == m_round)
            m_stop = true;
    }
    void runStopped(const QString& why) override { reason = why; }

    std::vector<ClientInfo> clients;
    int finished = 0;
    int clientEvents = 0;
    QString reason;

private:
    int m_round;
    std::atomic<bool>& m_stop;
};

} // namespace fed::test
