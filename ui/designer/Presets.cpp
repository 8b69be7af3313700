#include "ui/designer/Presets.h"

#include "engine/spec/SpecIO.h"

#include <QDir>
#include <QFile>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace fed::ui {

std::vector<Preset> loadPresets(const QString& baseDirectory) {
    std::vector<Preset> presets;
    const QDir dir(u":/presets"_s);
    for (const QString& file : dir.entryList({u"*.fed.json"_s}, QDir::Files)) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        // Presets are checked by the tests; one that does not parse is left out, not fatal.
        Result<FederationSpec> spec = parseSpec(f.readAll(), baseDirectory);
        if (!spec)
            continue;
        QString id = file;
        id.chop(qsizetype(sizeof(".fed.json") - 1));
        presets.push_back({id, spec->name, std::move(spec).value()});
    }
    std::stable_sort(presets.begin(), presets.end(), [](const Preset& a, const Preset& b) {
        const bool aDemo = a.id == kDemoPresetId;
        const bool bDemo = b.id == kDemoPresetId;
        if (aDemo != bDemo)
            return aDemo;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return presets;
}

} // namespace fed::ui
