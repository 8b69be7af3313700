#pragma once
// How the Run page writes numbers: one spelling for energy, durations and accuracies across the
// tables, the charts and the status line.

#include <QString>

namespace fed::ui {

//! A unit of energy chosen for a range of values, e.g. {1e3, "kJ"}.
struct EnergyUnit {
    double joules = 1.0; //!< how many joules one unit is
    QString symbol;
};

//! The unit (mJ, J, kJ, MJ, GJ) in which `joules` reads between 1 and 1000.
EnergyUnit energyUnitFor(double joules);
//! "12.3 kJ": three significant digits in the unit that suits the value.
QString formatEnergy(double joules);
//! "42 s", "3 min 05 s", "1 h 02 min".
QString formatDuration(double seconds);
//! "84.2%" from a fraction.
QString formatPercent(double fraction);
//! "0.431", or an em dash for NaN (a diverged loss).
QString formatLoss(double loss);

} // namespace fed::ui
