#include "ledger-viewer/ViewerFormat.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QLocale>
#include <cmath>
#include <iterator>

using namespace Qt::StringLiterals;

namespace fed::viewer {

QString ViewerFormat::shortHex(const Hash& hash) {
    return shortHex(hash.toHex());
}

QString ViewerFormat::shortHex(const QString& hex) {
    return hex.left(kShortHexDigits) + u'…';
}

QString ViewerFormat::localTime(std::int64_t epochMs) {
    return QDateTime::fromMSecsSinceEpoch(epochMs).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString ViewerFormat::utcTime(std::int64_t epochMs) {
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<double> ViewerFormat::totalEnergyJ(const std::vector<Metric>& energy) {
    std::optional<double> sum;
    // The modelled figures only: measured package energy overlaps them (docs/energy.md).
    for (const auto* name : {u"computation_j", u"communication_j", u"idle_j"})
        if (const auto v = findMetric(energy, QStringView(name)))
            sum = sum.value_or(0.0) + *v;
    return sum;
}

QString ViewerFormat::energy(double joules) {
    // Simulated clients spend microjoules, real rounds kilojoules: scale to a unit that keeps
    // three significant digits readable.
    const QLocale locale;
    const double a = std::abs(joules);
    struct Unit {
        double scale;
        const char* name;
    };
    static const Unit units[] = {{1e6, "MJ"}, {1e3, "kJ"}, {1.0, "J"}, {1e-3, "mJ"}, {1e-6, "µJ"}};
    const Unit* unit = &units[2];
    if (a > 0.0) {
        unit = &units[std::size(units) - 1];
        for (const Unit& u : units)
            if (a >= u.scale) {
                unit = &u;
                break;
            }
    }
    const double v = joules / unit->scale;
    const double av = std::abs(v);
    const int decimals = av >= 100 || av == 0.0 ? 0 : av >= 10 ? 1 : 2;
    return tr("%1 %2").arg(locale.toString(v, 'f', decimals), QString::fromUtf8(unit->name));
}

QString ViewerFormat::percent(double fraction) {
    if (!std::isfinite(fraction))
        return tr("n/a");
    return tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

QString ViewerFormat::number(double value) {
    if (std::isnan(value))
        return u"NaN"_s;
    return QLocale().toString(value, 'g', 6);
}

QString ViewerFormat::metrics(const std::vector<Metric>& metrics) {
    QStringList parts;
    for (const Metric& m : metrics)
        parts << u"%1 %2"_s.arg(m.name, number(m.value));
    return parts.join(u" · "_s);
}

QString ViewerFormat::kind(BlockKind kind) {
    return kind == BlockKind::Genesis ? tr("genesis") : tr("round");
}

QString ViewerFormat::state(CheckState state) {
    switch (state) {
    case CheckState::Valid:
        return tr("valid");
    case CheckState::Invalid:
        return tr("INVALID");
    case CheckState::Untrusted:
        return tr("untrusted");
    case CheckState::Unknown:
        break;
    }
    return tr("not verified");
}

QString ViewerFormat::stateCell(CheckState s) {
    switch (s) {
    case CheckState::Valid:
        return u"✓ "_s + state(s);
    case CheckState::Invalid:
        return u"✗ "_s + state(s);
    case CheckState::Untrusted:
        return u"⚠ "_s + state(s);
    case CheckState::Unknown:
        break;
    }
    return state(s);
}

QFont monospaceFont() {
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setStyleHint(QFont::Monospace);
    return f;
}

bool isDarkPalette(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor stateColor(CheckState state, const QPalette& palette) {
    const bool dark = isDarkPalette(palette);
    switch (state) {
    case CheckState::Valid:
        return dark ? QColor(0x6c, 0xcf, 0x7f) : QColor(0x1b, 0x7a, 0x2e);
    case CheckState::Invalid:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xb0, 0x00, 0x20);
    case CheckState::Untrusted:
        return dark ? QColor(0xf0, 0xb4, 0x50) : QColor(0x9a, 0x5b, 0x00);
    case CheckState::Unknown:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}

QColor stateTint(CheckState state, const QPalette& palette) {
    const bool dark = isDarkPalette(palette);
    switch (state) {
    case CheckState::Invalid:
        return dark ? QColor(0xb0, 0x20, 0x30, 110) : QColor(0xf4, 0x43, 0x36, 70);
    case CheckState::Untrusted:
        return dark ? QColor(0xc0, 0x80, 0x10, 70) : QColor(0xff, 0xb3, 0x00, 55);
    case CheckState::Valid:
    case CheckState::Unknown:
        break;
    }
    return {};
}

QColor clientColor(std::uint32_t client, const QPalette& palette) {
    static const QRgb tableau[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                   0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    QColor c;
    if (client < std::size(tableau)) {
        c = QColor::fromRgb(tableau[client]);
    } else {
        // Golden-angle hues keep neighbours apart however many clients there are.
        const int hue = static_cast<int>(std::fmod(client * 137.508, 360.0));
        c = QColor::fromHsv(hue, 150, 200);
    }
    return isDarkPalette(palette) ? c.lighter(115) : c;
}

QColor accentColor(const QPalette& palette) {
    return isDarkPalette(palette) ? QColor(0x4d, 0xa3, 0xff) : QColor(0x00, 0x5f, 0xcc);
}

} // namespace fed::viewer
