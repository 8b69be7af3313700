#pragma once
// The federation presets shipped with the app (resources/presets/*.fed.json, compiled in as
// Qt resources under :/presets), for File > New from Preset and the app's first spec.

#include "engine/spec/FederationSpec.h"

#include <QString>
#include <vector>

namespace fed::ui {

struct Preset {
    QString id;   //!< file name without ".fed.json", e.g. "demo"
    QString name; //!< the spec's own name
    FederationSpec spec;
};

//! Every preset that parses, the demo first, then by name. Relative data paths of a preset
//! resolve against `baseDirectory`.
std::vector<Preset> loadPresets(const QString& baseDirectory);

//! The preset the app opens with when no spec is given.
inline constexpr char16_t kDemoPresetId[] = u"demo";

} // namespace fed::ui
