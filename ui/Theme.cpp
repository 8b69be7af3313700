#include "ui/Theme.h"

#include <QApplication>
#include <QChart>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QValueAxis>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace fed::ui {

namespace {

struct PlatformLook {
    QString styleName;
    QPalette palette;
};

//! The style and palette the application started with: what "System" goes back to.
const PlatformLook& platformLook() {
    static const PlatformLook look{
        QApplication::style() ? QApplication::style()->name() : QString(), QApplication::palette()};
    return look;
}

QPalette darkPalette() {
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xdf, 0xe1, 0xe5);
    const QColor disabledText(0x7d, 0x80, 0x85);
    const QColor button(0x35, 0x37, 0x3b);
    const QColor highlight(0x35, 0x74, 0xf0);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x68));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x51));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x45));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0e, 0x0f, 0x10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x51));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

} // namespace

QString themeKey(ThemeChoice choice) {
    switch (choice) {
    case ThemeChoice::Light:
        return u"light"_s;
    case ThemeChoice::Dark:
        return u"dark"_s;
    case ThemeChoice::System:
        break;
    }
    return u"system"_s;
}

ThemeChoice themeFromKey(const QString& key) {
    if (key == u"light")
        return ThemeChoice::Light;
    if (key == u"dark")
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

ThemeChoice savedTheme() {
    return themeFromKey(QSettings().value(u"appearance/theme"_s).toString());
}

void saveTheme(ThemeChoice choice) {
    QSettings().setValue(u"appearance/theme"_s, themeKey(choice));
}

void applyTheme(ThemeChoice choice) {
    const PlatformLook& platform = platformLook();
    if (choice == ThemeChoice::System) {
        if (!platform.styleName.isEmpty())
            QApplication::setStyle(platform.styleName);
        QApplication::setPalette(platform.palette);
        return;
    }
    // Fusion draws every control from the palette, so both palettes look complete.
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(
        choice == ThemeChoice::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

bool isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor problemColor(const QPalette& palette) {
    return isDark(palette) ? QColor(0xff, 0x6b, 0x68) : QColor(0xc6, 0x28, 0x28);
}

QColor seriesColor(int index, const QPalette& palette) {
    // Tableau 10: distinguishable, colour-blind aware, and calm enough for many bars.
    static constexpr std::array<QRgb, 10> tableau{0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                                  0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    QColor color;
    if (index >= 0 && index < static_cast<int>(tableau.size())) {
        color = QColor::fromRgb(tableau[static_cast<std::size_t>(index)]);
    } else {
        // The golden angle spreads any number of further hues as far apart as possible.
        const int hue = static_cast<int>((std::max(index, 0) * 137.508)) % 360;
        color = QColor::fromHsv(hue, 140, 200);
    }
    return isDark(palette) ? color.lighter(112) : color;
}

void applyChartTheme(QChart* chart, const QPalette& palette) {
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = palette.color(QPalette::WindowText);
    grid.setAlpha(isDark(palette) ? 40 : 28);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        if (auto* values = qobject_cast<QValueAxis*>(axis))
            values->setMinorGridLineColor(grid);
    }
}

} // namespace fed::ui
