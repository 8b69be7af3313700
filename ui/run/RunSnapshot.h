#pragma once
// Everything the Run page shows of a run file, read in one go on a background thread: the
// rounds, the clients' standing, the incidents, and the records the per-client curves need.

#include "engine/store/RunStore.h"
#include "ui/run/ClientsModel.h"
#include "ui/run/IncidentsModel.h"

#include <QString>
#include <memory>
#include <vector>

namespace fed::ui {

struct RunSnapshot {
    QString path;
    QString name; //!< the spec's name
    RunStatus status = RunStatus::Stopped;
    int roundsPlanned = 0;
    int workers = 0; //!< execution.workers of the spec (0: one per core)
    int clientCount = 0;
    //! launch.mode local or ssh: Resume brings its nodes back, with its provisioning kit.
    bool networked = false;
    QString kitDir; //!< the spec's launch.kit_dir, absolute
    std::vector<RoundRecord> rounds;
    std::vector<ClientsModel::Row> clientRows;
    bool clientsHaveEnergy = false;
    std::vector<IncidentsModel::Incident> incidents;
    //! Records of the clients that have a curve (Dashboard::kClientCurves), in (round, client)
    //! order; the others are summarised in clientRows and not kept.
    std::vector<ClientRoundRecord> curveRecords;
};

//! The outcome of a background load: an error message, or the snapshot.
struct LoadedRun {
    QString error;
    RunSnapshot snapshot;
};

//! Reads the snapshot from an open store. Blocking (it reads every client record): run it
//! off the GUI thread. The store is used from the calling thread only for the duration.
LoadedRun loadRunSnapshot(const RunStore& store);

} // namespace fed::ui
