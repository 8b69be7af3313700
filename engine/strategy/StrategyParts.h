#pragma once
// Internal to fed_strategy: what the strategy families share (input checks, the state blob)
// and the factories makeStrategy() dispatches to.

#include "engine/strategy/Strategy.h"

#include <QStringView>
#include <initializer_list>

namespace fed::strategy_detail {

//! Every update has the model's size and a positive sample count; `finite` also checks that
//! every value is finite (the robust rules sort values, which NaN would make meaningless).
Status checkUpdates(std::span<const float> global, std::span<const ClientUpdate* const> updates,
                    bool finite = false);

//! The state blob: "FSS1", str(strategy name), u32 vector count, then per vector u64 count and
//! that many float32 little-endian values (docs/ledger-format.md, "Strategy state").
QByteArray encodeState(QStringView strategy, std::initializer_list<std::span<const float>> vectors);
//! Parses a state blob of `strategy` holding exactly `vectors` vectors of equal length.
Result<std::vector<std::vector<float>>> decodeState(QByteArrayView bytes, QStringView strategy,
                                                    std::size_t vectors);

std::unique_ptr<Strategy> makeServerOptimizer(const StrategySettings& settings);
std::unique_ptr<Strategy> makeScaffold(const StrategySettings& settings,
                                       const StrategyContext& context);
std::unique_ptr<Strategy> makeRobust(const StrategySettings& settings);

} // namespace fed::strategy_detail
