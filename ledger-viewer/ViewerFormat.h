#pragma once
// How the ledger viewer writes hashes, times, energy and verification states, and the colours
// it gives them, so that the list, the detail, the lineage graph and the report agree.

#include "engine/core/Hash.h"
#include "engine/ledger/Block.h"
#include "ledger-viewer/VerificationResult.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace fed::viewer {

//! Hex digits of a hash people are shown; ledger-format.md prints 16 for node ids.
constexpr int kShortHexDigits = 16;

struct ViewerFormat {
    Q_DECLARE_TR_FUNCTIONS(ViewerFormat)
public:
    //! The first 16 hex digits and an ellipsis.
    static QString shortHex(const Hash& hash);
    static QString shortHex(const QString& hex);
    //! Local time, to the second ("2024-11-21 10:31:05"): what the search box accepts back.
    static QString localTime(std::int64_t epochMs);
    //! UTC with milliseconds, ISO 8601 ("2024-11-21T09:31:05.123Z").
    static QString utcTime(std::int64_t epochMs);
    //! Computation + communication + idle energy of a block's or an update's energy list.
    static std::optional<double> totalEnergyJ(const std::vector<Metric>& energy);
    static QString energy(double joules);
    static QString percent(double fraction);
    //! "accuracy 0.81 · loss 0.52": a metric list on one line.
    static QString metrics(const std::vector<Metric>& metrics);
    static QString number(double value);
    static QString kind(BlockKind kind);
    //! "valid", "INVALID", "untrusted", "not verified".
    static QString state(CheckState state);
    //! The state with a symbol, for list cells.
    static QString stateCell(CheckState state);
};

QFont monospaceFont();
//! Text colour for a verification state, readable on the palette's base.
QColor stateColor(CheckState state, const QPalette& palette);
//! Row tint for invalid and untrusted blocks; invalid for the others.
QColor stateTint(CheckState state, const QPalette& palette);
//! A colour per client (Tableau 10, then spread hues), a little lighter on dark palettes.
QColor clientColor(std::uint32_t client, const QPalette& palette);
//! The accent that marks highlighted models and the selected node.
QColor accentColor(const QPalette& palette);
bool isDarkPalette(const QPalette& palette);

} // namespace fed::viewer
