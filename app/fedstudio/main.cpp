// fedstudio: the Federation Studio desktop app. Opens a spec (or run) given on the command
// line, or the demo federation ready to start.

#include "ledger-viewer/AuditWindow.h"
#include "ledger-viewer/LedgerExplorer.h"
#include "ledger-viewer/LineageView.h"
#include "ui/AboutDialog.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/designer/DesignerPage.h"
#include "ui/designer/PartitionPreview.h"
#include "ui/designer/Presets.h"
#include "ui/run/LaunchModel.h"
#include "ui/run/RunPage.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QIcon>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Screenshot {
    QString file;
    QString page = u"design"_s;
    int afterMs = 2000;
    QSize windowSize;
};

QString text(const char* source) {
    return QCoreApplication::translate("fedstudio", source);
}

//! Grabs the window once the delay has passed and `busy` (the partition preview, the ledger's
//! background jobs) has settled (or 60 s have passed), writes it, and quits with 0 on success.
void scheduleScreenshot(QWidget& window, const Screenshot& shot, std::function<bool()> busy) {
    QTimer::singleShot(shot.afterMs, &window, [&window, shot, busy] {
        auto* poll = new QTimer(&window);
        const QDeadlineTimer deadline(60000);
        QObject::connect(poll, &QTimer::timeout, &window, [&window, shot, poll, deadline, busy] {
            if (busy() && !deadline.hasExpired())
                return;
            poll->stop();
            const bool saved = window.grab().save(shot.file);
            std::fprintf(stderr, "%s\n",
                         qPrintable(saved ? text("fedstudio: wrote %1").arg(shot.file)
                                          : text("fedstudio: cannot write %1").arg(shot.file)));
            QCoreApplication::exit(saved ? 0 : 1);
        });
        poll->start(100);
    });
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication::setOrganizationName(u"FederationStudio"_s);
    QCoreApplication::setApplicationName(u"fedstudio"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FED_VERSION));

    // Parsed before QApplication exists, so that --help and --version work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        text("Federation Studio: design, run and audit federated-learning federations.\n"
             "Opens SPEC (a *.fed.json federation spec) or a *.fedrun run file; without one, "
             "the demo federation, ready to start."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, text("Show this help and exit."));
    const QCommandLineOption version({u"v"_s, u"version"_s},
                                     text("Show the versions of fedstudio and its libraries."));
    const QCommandLineOption theme(
        u"theme"_s, text("Use this theme for this session: system, light or dark."), text("name"));
    const QCommandLineOption language(
        u"language"_s,
        text("Use this language for this session: en, de, fr, es or zh_CN (the default is the "
             "one chosen in View > Language, else the system's)."),
        text("code"));
    // Developer options for docs/screenshots (scripts/screenshots.sh); hidden from --help.
    QCommandLineOption screenshot(u"screenshot"_s,
                                  text("Grab the window into FILE once it has settled, and quit."),
                                  text("file"));
    const QCommandLineOption audit(
        u"audit"_s,
        text("Open RUN (a *.fedrun run file) read-only in the auditor's block explorer, alone: "
             "trace its models, verify its ledger, export an audit report. The file is never "
             "written."),
        text("run"));
    QCommandLineOption page(u"page"_s,
                            text("Page to show: design, run or ledger; with --audit, blocks or "
                                 "lineage."),
                            text("page"), u"design"_s);
    QCommandLineOption node(u"node"_s, text("With --audit: highlight client N in the lineage."),
                            text("N"));
    QCommandLineOption after(u"after"_s, text("Delay before the screenshot, in milliseconds."),
                             text("ms"), u"2000"_s);
    QCommandLineOption windowSize(u"window-size"_s, text("Window size, e.g. 1440x900."),
                                  text("WxH"));
    QCommandLineOption start(u"start"_s,
                             text("Start the loaded spec's run; with --screenshot, grab the "
                                  "window once its nodes have joined and N rounds are done."),
                             text("N"));
    for (QCommandLineOption* option : {&screenshot, &page, &after, &windowSize, &node, &start})
        option->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {help, version, theme, language, audit, screenshot, page, after, windowSize, node, start});
    parser.addPositionalArgument(u"spec"_s, text("A federation spec or run file to open."),
                                 text("[SPEC]"));
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "fedstudio: %s\n%s", qPrintable(parser.errorText()),
                     qPrintable(text("Try fedstudio --help.\n")));
        return 2;
    }
    if (parser.isSet(help)) {
        // Without an application object the parser cannot know the program's name.
        std::fputs(qPrintable(parser.helpText().replace(u"<executable_name>"_s, u"fedstudio"_s)),
                   stdout);
        return 0;
    }
    if (parser.isSet(version)) {
        std::printf("fedstudio %s\n%s\n", FED_VERSION,
                    qPrintable(fed::ui::AboutDialog::versionsText().section(u'\n', 1)));
        return 0;
    }
    if (parser.positionalArguments().size() > 1) {
        std::fputs(qPrintable(text("fedstudio: give at most one spec or run file.\n")), stderr);
        return 2;
    }
    if (parser.isSet(language)) {
        QStringList keys;
        for (const fed::ui::UiLanguage& l : fed::ui::uiLanguages())
            keys << l.key;
        if (!keys.contains(parser.value(language))) {
            std::fputs(qPrintable(text("fedstudio: unknown language “%1” for --language; use "
                                       "one of %2.\n")
                                      .arg(parser.value(language), keys.join(u", "_s))),
                       stderr);
            return 2;
        }
    }
    Screenshot shot;
    if (parser.isSet(screenshot)) {
        shot.file = parser.value(screenshot);
        shot.page = parser.value(page);
        shot.afterMs = parser.value(after).toInt();
        const QStringList size = parser.value(windowSize).split(u'x');
        if (size.size() == 2)
            shot.windowSize = QSize(size[0].toInt(), size[1].toInt());
    }

    QApplication app(argc, argv);
    // Before any widget exists: widgets take their texts when they are built.
    const QString languageKey =
        parser.isSet(language) ? parser.value(language) : fed::ui::savedLanguage();
    fed::ui::installTranslations(fed::ui::uiLocale(languageKey));
    QGuiApplication::setApplicationDisplayName(
        QApplication::translate("fedstudio", "Federation Studio"));
    // The installed .desktop file's id: Wayland compositors match windows to it (its icon, its
    // name in the task switcher) by this app id.
    QGuiApplication::setDesktopFileName(QStringLiteral(FED_APP_ID));
    // Desktops without an icon theme of their own still get the toolbar's icons.
    QIcon::setFallbackThemeName(u"Adwaita"_s);
    // The installed icon (hicolor), else the compiled-in copy of the same SVG (build tree).
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(FED_APP_ID), QIcon(u":/icons/fedstudio.svg"_s)));
    fed::ui::applyTheme(parser.isSet(theme) ? fed::ui::themeFromKey(parser.value(theme))
                                            : fed::ui::savedTheme());

    if (parser.isSet(audit)) {
        fed::viewer::AuditWindow auditor;
        if (shot.windowSize.isValid())
            auditor.resize(shot.windowSize);
        fed::viewer::LedgerExplorer* explorer = auditor.explorer();
        auditor.openRun(parser.value(audit));
        if (parser.isSet(node)) {
            const auto client = parser.value(node).toUInt();
            QObject::connect(explorer->lineageView(), &fed::viewer::LineageView::lineageReady,
                             explorer, [explorer, client] {
                                 auto* view = explorer->lineageView();
                                 if (view->selectedNode())
                                     return;
                                 for (const auto& m : view->lineage().nodes.members())
                                     if (m.client == client)
                                         view->selectNode(m.nodeId());
                             });
        }
        if (shot.page == u"lineage")
            explorer->showLineageTab();
        auditor.show();
        if (!shot.file.isEmpty())
            scheduleScreenshot(auditor, shot, [explorer] { return explorer->isBusy(); });
        return app.exec();
    }

    fed::ui::MainWindow window;
    if (shot.windowSize.isValid())
        window.resize(shot.windowSize);
    const QString file = parser.positionalArguments().value(0);
    if (file.endsWith(u".fedrun"_s, Qt::CaseInsensitive)) {
        window.newFromPreset(QString::fromUtf16(fed::ui::kDemoPresetId));
        window.openRun(file);
    } else if (!file.isEmpty()) {
        if (!window.openSpec(file))
            window.newFromPreset(QString::fromUtf16(fed::ui::kDemoPresetId));
    } else {
        window.newFromPreset(QString::fromUtf16(fed::ui::kDemoPresetId));
    }
    if (!shot.file.isEmpty())
        window.showPage(shot.page == u"run"      ? fed::ui::MainWindow::Page::Run
                        : shot.page == u"ledger" ? fed::ui::MainWindow::Page::Ledger
                                                 : fed::ui::MainWindow::Page::Design);
    window.show();
    // --start N: the run starts as if Start were pressed; the shot waits for every node of a
    // networked run to join and for N rounds to be committed.
    const int roundsBeforeShot = parser.isSet(start) ? parser.value(start).toInt() : -1;
    if (roundsBeforeShot >= 0)
        QTimer::singleShot(0, &window, [&window] { window.runPage()->startAction()->trigger(); });
    if (!shot.file.isEmpty()) {
        auto settled = std::make_shared<QElapsedTimer>();
        scheduleScreenshot(window, shot, [&window, page = shot.page, roundsBeforeShot, settled] {
            if (page == u"design")
                return window.designer()->preview()->isBusy();
            if (page == u"ledger")
                return window.ledgerExplorer()->isBusy();
            if (roundsBeforeShot < 0)
                return false;
            const auto* nodes = window.runPage()->findChild<fed::ui::LaunchModel*>();
            bool ready = nodes != nullptr;
            for (int i = 0; ready && i < nodes->rowCount(); ++i)
                ready = nodes->connection(i) == fed::ui::LaunchModel::Connection::Joined;
            const auto* rounds = window.runPage()->findChild<QAbstractItemModel*>(u"roundsModel"_s);
            ready = ready && rounds && rounds->rowCount() >= roundsBeforeShot;
            // Then a moment for the page's timed refresh (progress, figures, charts) to paint.
            if (!ready)
                settled->invalidate();
            else if (!settled->isValid())
                settled->start();
            return !ready || settled->elapsed() < 600;
        });
    }
    return app.exec();
}
