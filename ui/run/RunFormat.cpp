#include "ui/run/RunFormat.h"

#include <QCoreApplication>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fed::ui {

EnergyUnit energyUnitFor(double joules) {
    static const std::array<EnergyUnit, 5> units{
        {{1e-3, u"mJ"_s}, {1.0, u"J"_s}, {1e3, u"kJ"_s}, {1e6, u"MJ"_s}, {1e9, u"GJ"_s}}};
    const double v = std::abs(joules);
    for (auto it = units.rbegin(); it != units.rend(); ++it)
        if (v >= it->joules)
            return *it;
    return units.front();
}

QString formatEnergy(double joules) {
    if (!std::isfinite(joules))
        return u"—"_s;
    if (joules == 0.0)
        return u"0 J"_s;
    const EnergyUnit unit = energyUnitFor(joules);
    return u"%1 %2"_s.arg(QString::number(joules / unit.joules, 'g', 3), unit.symbol);
}

QString formatDuration(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0)
        return u"—"_s;
    if (seconds < 10)
        return QCoreApplication::translate("fed::ui::RunFormat", "%1 s")
            .arg(QString::number(seconds, 'f', 1));
    const auto total = static_cast<long long>(std::llround(seconds));
    if (total < 60)
        return QCoreApplication::translate("fed::ui::RunFormat", "%1 s").arg(total);
    if (total < 3600)
        return QCoreApplication::translate("fed::ui::RunFormat", "%1 min %2 s")
            .arg(total / 60)
            .arg(total % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("fed::ui::RunFormat", "%1 h %2 min")
        .arg(total / 3600)
        .arg((total % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString formatPercent(double fraction) {
    if (!std::isfinite(fraction))
        return u"—"_s;
    return u"%1%"_s.arg(QString::number(fraction * 100.0, 'f', 1));
}

QString formatLoss(double loss) {
    if (!std::isfinite(loss))
        return u"—"_s;
    return QString::number(loss, 'f', 3);
}

} // namespace fed::ui
