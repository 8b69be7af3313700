// Draws docs/screenshots/dashboard.png: the main window on the Run page, in the light theme,
// halfway through a round of the demo federation (Fashion-MNIST, 20 clients). Not a test: a
// tool for the docs, run under Xvfb by scripts/screenshots.sh dashboard.
//
//   dashboard_screenshot OUT.png [--round N] [--size WxH] [--preset ID] [--client-curves]
//                                [--theme light|dark]
//
// It starts the preset from the Run page's Start action, waits until round N has finished and
// half of round N+1's updates are in, grabs the window and quits (the federation stops
// gracefully after the round in progress).

#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/designer/Presets.h"
#include "ui/run/FederationController.h"
#include "ui/run/RunPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"FederationStudio"_s);
    QCoreApplication::setApplicationName(u"fedstudio-screenshot"_s);
    QGuiApplication::setApplicationDisplayName(u"Federation Studio"_s);
    QIcon::setFallbackThemeName(u"Adwaita"_s);

    QCommandLineParser parser;
    const QCommandLineOption round(u"round"_s, u"Grab during the round after this one."_s, u"n"_s,
                                   u"8"_s);
    const QCommandLineOption size(u"size"_s, u"Window size."_s, u"WxH"_s, u"1440x900"_s);
    const QCommandLineOption preset(u"preset"_s, u"Preset to run."_s, u"id"_s,
                                    QString::fromUtf16(fed::ui::kDemoPresetId));
    const QCommandLineOption curves(u"client-curves"_s, u"Show the per-client curves."_s);
    const QCommandLineOption theme(u"theme"_s, u"light or dark."_s, u"name"_s, u"light"_s);
    parser.addOptions({round, size, preset, curves, theme});
    parser.addPositionalArgument(u"out"_s, u"The PNG to write."_s);
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::fputs("usage: dashboard_screenshot OUT.png [--round N] [--size WxH] [--preset ID] "
                   "[--client-curves] [--theme light|dark]\n",
                   stderr);
        return 2;
    }
    const QString out = parser.positionalArguments().front();
    const int grabAfter = parser.value(round).toInt();
    const QStringList wh = parser.value(size).split(u'x');

    fed::ui::applyTheme(parser.value(theme) == u"dark" ? fed::ui::ThemeChoice::Dark
                                                       : fed::ui::ThemeChoice::Light);
    fed::ui::MainWindow window;
    if (!window.newFromPreset(parser.value(preset))) {
        std::fprintf(stderr, "dashboard_screenshot: no preset %s\n",
                     qPrintable(parser.value(preset)));
        return 2;
    }
    window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    window.showPage(fed::ui::MainWindow::Page::Run);
    fed::ui::RunPage* page = window.runPage();
    if (parser.isSet(curves))
        page->findChild<QCheckBox*>(u"clientCurvesToggle"_s)->setChecked(true);
    // The demo's runs go to a scratch folder, not the user's runs.
    page->setRunsDirectory(QDir::temp().filePath(u"fedstudio-screenshot-runs"_s));
    window.show();

    auto* controller = page->findChild<fed::ui::FederationController*>();
    int currentRound = 0;
    int selected = 0;
    int done = 0;
    bool grabbed = false;
    QObject::connect(controller, &fed::ui::FederationController::roundStarted, &window,
                     [&](int r, const QList<int>& clients) {
                         currentRound = r;
                         selected = static_cast<int>(clients.size());
                         done = 0;
                     });
    QObject::connect(controller, &fed::ui::FederationController::clientFinished, &window,
                     [&](const auto&) {
                         ++done;
                         if (grabbed || currentRound != grabAfter + 1 || done < (selected + 1) / 2)
                             return;
                         grabbed = true;
                         // grab() renders the widgets as they are now; the timer only lets this
                         // event end.
                         QTimer::singleShot(0, &window, [&] {
                             const bool saved = window.grab().save(out);
                             std::fprintf(stderr, "dashboard_screenshot: %s %s\n",
                                          saved ? "wrote" : "cannot write", qPrintable(out));
                             page->stopAction()->trigger();
                             QCoreApplication::exit(saved ? 0 : 1);
                         });
                     });
    QObject::connect(controller, &fed::ui::FederationController::failed, &window,
                     [](const QString& message) {
                         std::fprintf(stderr, "dashboard_screenshot: %s\n", qPrintable(message));
                         QCoreApplication::exit(1);
                     });
    QTimer::singleShot(500, &window, [page] { page->startAction()->trigger(); });
    return app.exec();
}
