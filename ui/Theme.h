#pragma once
// The application's look: System (the platform's own style and palette), Light or Dark
// (Fusion with a palette of ours), and the colours widgets and charts derive from the palette
// in force, so that everything follows a theme switch without restarting.

#include <QColor>
#include <QPalette>
#include <QString>

class QChart;

namespace fed::ui {

enum class ThemeChoice { System, Light, Dark };

//! The settings spelling ("system", "light", "dark"); unknown text reads as System.
QString themeKey(ThemeChoice choice);
ThemeChoice themeFromKey(const QString& key);

//! The theme chosen in View > Theme, kept in QSettings ("appearance/theme").
ThemeChoice savedTheme();
void saveTheme(ThemeChoice choice);

//! Applies the theme to the whole application. The first call remembers the platform's style
//! and palette, which is what System restores.
void applyTheme(ThemeChoice choice);

//! Whether a palette is a dark one (its window colour is dark).
bool isDark(const QPalette& palette);

//! Colour for problems (invalid fields, errors), readable on the palette's base and window.
QColor problemColor(const QPalette& palette);

//! The i-th colour of a qualitative palette (Tableau 10, then evenly spread hues), slightly
//! lighter on dark backgrounds.
QColor seriesColor(int index, const QPalette& palette);

//! QChart::ChartThemeLight or ChartThemeDark by the palette, then the chart's background,
//! labels and grid taken from the palette so that charts sit on the page like native widgets.
//! Resets series colours (Qt's themes do); callers re-colour their series afterwards.
void applyChartTheme(QChart* chart, const QPalette& palette);

} // namespace fed::ui
