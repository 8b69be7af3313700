#pragma once
// A run's metrics as CSV for spreadsheets and notebooks: one row per round, or one row per
// client per round. Reads the run file (not the page's models), so that an export has every
// committed figure at full precision. Blocking: call it from a background task.

#include "engine/core/Result.h"

#include <QString>

namespace fed::ui {

//! Rounds: round, times, accuracy, losses, clients, samples, energy (per round and cumulative),
//! carbon, model hash. Empty cells for values that are absent or not a number.
Status exportRoundsCsv(const QString& runPath, const QString& csvPath);
//! Clients: one row per (round, client) with its status, reason, metrics, time and energy.
Status exportClientRoundsCsv(const QString& runPath, const QString& csvPath);

} // namespace fed::ui
