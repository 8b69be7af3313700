#pragma once
// The engine's event values as Qt meta-types, so that they can travel by queued signals from
// the coordinator's thread to the GUI thread. Copies only: nothing here points into the engine.

#include "engine/federation/Federation.h"
#include "engine/net/NodeEvent.h"
#include "engine/store/RunStore.h"

#include <QMetaType>

Q_DECLARE_METATYPE(fed::RunStartedEvent)
Q_DECLARE_METATYPE(fed::RoundRecord)
Q_DECLARE_METATYPE(fed::ClientRoundRecord)
Q_DECLARE_METATYPE(fed::RunSummary)
Q_DECLARE_METATYPE(std::vector<fed::ContributionRecord>)
Q_DECLARE_METATYPE(fed::net::NodeEvent)

namespace fed::ui {

//! Registers the event types with Qt's meta-type system (idempotent, thread-safe).
void registerFederationEventTypes();

} // namespace fed::ui
