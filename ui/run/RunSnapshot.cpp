#include "ui/run/RunSnapshot.h"

#include "engine/contribution/ContributionStore.h"
#include "engine/federation/Federation.h"
#include "engine/net/NetworkedRun.h"
#include "engine/spec/SpecIO.h"
#include "ui/run/Dashboard.h"

namespace fed::ui {

LoadedRun loadRunSnapshot(const RunStore& store) {
    LoadedRun out;
    RunSnapshot& s = out.snapshot;
    s.path = store.path();
    s.status = store.status();
    if (auto spec = parseSpec(store.specJson(), QString())) {
        s.name = spec->name;
        s.roundsPlanned = spec->rounds;
        s.workers = spec->execution.workers;
    }
    // With its paths resolved as when it started, for the kit folder.
    if (auto stored = Federation::storedSpec(store.path());
        stored && stored->launch.mode != LaunchMode::InProcess) {
        s.networked = true;
        s.kitDir = net::kitDirectory(*stored);
    }
    auto clients = store.clients();
    if (!clients) {
        out.error = clients.error();
        return out;
    }
    auto rounds = store.rounds();
    if (!rounds) {
        out.error = rounds.error();
        return out;
    }
    auto records = store.allClientRounds();
    if (!records) {
        out.error = records.error();
        return out;
    }
    s.clientCount = static_cast<int>(clients->size());
    s.rounds = std::move(*rounds);
    const int lastRound = s.rounds.empty() ? 0 : s.rounds.back().round;
    auto contributions = contribution_store::readAll(store);
    if (!contributions) {
        out.error = contributions.error();
        return out;
    }
    s.clientRows = ClientsModel::rowsFromHistory(*clients, *records, lastRound, *contributions);
    for (const ClientsModel::Row& r : s.clientRows)
        s.clientsHaveEnergy = s.clientsHaveEnergy || r.energyJ > 0.0;
    s.incidents = IncidentsModel::fromHistory(*clients, s.rounds, *records);
    for (ClientRoundRecord& r : *records)
        if (r.client < Dashboard::kClientCurves)
            s.curveRecords.push_back(std::move(r));
    return out;
}

} // namespace fed::ui
