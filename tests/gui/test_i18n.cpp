// Every user-visible string is translatable: with the pseudo-translation "xx" installed (each
// message lupdate extracts from the code today, translated as ⟦source⟧), every text the main
// window, the designer, the Run page, the Ledger tab, the audit window and the About dialog
// show — labels, buttons, actions, menus, tabs, tooltips, placeholders, model headers — carries
// the brackets. A text without them did not go through tr() (or went through it under a
// context lupdate does not see). A second check reads the sources for string literals handed
// straight to setText/setToolTip/addAction/... Also: the language setting, and the embedded
// translations loading by locale with their fallbacks and Qt's own.
#include "engine/federation/Federation.h"
#include "engine/spec/SpecIO.h"
#include "ledger-viewer/AuditWindow.h"
#include "ledger-viewer/LedgerExplorer.h"
#include "ui/AboutDialog.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/designer/DesignerPage.h"
#include "ui/designer/PartitionPreview.h"
#include "ui/designer/Presets.h"
#include "ui/run/RunPage.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSeries>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDirIterator>
#include <QDockWidget>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>
#include <atomic>
#include <set>

using namespace fed;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 120000;

//! A text a translator could not have produced: letters, and no pseudo-translation brackets.
bool untranslated(const QString& text) {
    if (text.contains(u'⟦'))
        return false;
    // Numbers, figures with an SI unit ("6.67 mJ"), hashes and "—" are the same in every
    // language; so is the ledger's list of recorded metrics ("accuracy 0.51 · loss 1.59"),
    // shown with the names the block records (docs/ledger-format.md). A text is only suspect
    // when it has a word of two letters or more outside those.
    static const QRegularExpression data(
        u"^\\s*(?:[0-9a-f]{16,}\\s*)+$|"
        "^[−+-]?[0-9][0-9.,]*(?:e[−+-]?[0-9]+)?\\s*(?:[kMGTmµn]?(?:J|W|Wh|B|Hz|g|s))?$|"
        "^[a-z_]+ [−+-]?[0-9][0-9.e+-]*(?: · [a-z_]+ [−+-]?[0-9][0-9.e+-]*)*$"_s);
    if (data.match(text).hasMatch())
        return false;
    static const QRegularExpression word(u"\\p{L}{2,}"_s);
    return word.match(text).hasMatch();
}

//! Qt's own catalog (qtbase_de.qm): texts Qt translates itself — the standard buttons of
//! dialog button boxes, QFileSystemModel's headers, QTabBar's scroll buttons.
class QtCatalog {
public:
    QtCatalog() {
        m_loaded = m_qt.load(QLocale(QLocale::German), u"qtbase"_s, u"_"_s,
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    bool loaded() const { return m_loaded; }
    //! Whether Qt translates `text` under the class of `o` (or a base class) or as a
    //! platform-theme string.
    bool translates(const QObject* o, const QString& text) const {
        const QByteArray source = text.toUtf8();
        // The object's classes, then its parent's: QTabBar names its own scroll buttons.
        for (const QObject* owner : {o, o ? static_cast<const QObject*>(o->parent()) : nullptr})
            for (const QMetaObject* m = owner ? owner->metaObject() : nullptr; m;
                 m = m->superClass())
                if (!m_qt.translate(m->className(), source.constData()).isEmpty())
                    return true;
        return !m_qt.translate("QPlatformTheme", source.constData()).isEmpty();
    }

private:
    QTranslator m_qt;
    bool m_loaded = false;
};

//! Collects the visible texts of a widget tree that are not translated, as "where: text".
class Walker {
public:
    //! Texts that are data, not interface: the user's own names, file names, node ids, the
    //! spec's enumerations as spelled in the spec file, figures with their units.
    void allow(const QString& text) { m_allowed.insert(text); }

    void walk(QWidget* root) {
        visit(root);
        for (QWidget* w : root->findChildren<QWidget*>())
            visit(w);
    }

    QStringList failures() const { return QStringList(m_failures.begin(), m_failures.end()); }
    bool knowsQtTexts() const { return m_qt.loaded(); }
    int checked() const { return m_checked; }

private:
    static QString where(const QObject* o) {
        QString name = QString::fromLatin1(o->metaObject()->className());
        if (!o->objectName().isEmpty())
            name += u'#' + o->objectName();
        for (const QObject* p = o->parent(); p; p = p->parent())
            if (!p->objectName().isEmpty()) {
                name += u" in "_s + QString::fromLatin1(p->metaObject()->className()) + u'#' +
                        p->objectName();
                break;
            }
        return name;
    }

    void check(const QObject* o, const QString& what, const QString& text) {
        if (text.isEmpty())
            return;
        ++m_checked;
        if (o->property("fedVerbatimText").toBool() || m_allowed.contains(text) ||
            m_qt.translates(o, text))
            return;
        // Rich text: judge what the user reads, not the markup.
        QString plain = text;
        if (Qt::mightBeRichText(text))
            plain.remove(QRegularExpression(u"<[^>]*>"_s));
        if (untranslated(plain))
            m_failures.insert(u"%1 %2: “%3”"_s.arg(where(o), what, text.left(120)));
    }

    void visitAction(QAction* a) {
        if (!m_actions.insert(a).second || a->isSeparator())
            return;
        check(a, u"action text"_s, a->text());
        // Qt derives the tooltip and icon text from the text when none is set.
        const QString plainText = QString(a->text()).remove(u'&');
        if (a->toolTip() != plainText)
            check(a, u"action tooltip"_s, a->toolTip());
        if (a->iconText() != plainText)
            check(a, u"action icon text"_s, a->iconText());
        check(a, u"action status tip"_s, a->statusTip());
        if (QMenu* menu = a->menu()) {
            check(menu, u"menu title"_s, menu->title());
            // Menus filled when they open (Open Recent).
            Q_EMIT menu->aboutToShow();
            for (QAction* sub : menu->actions())
                visitAction(sub);
        }
    }

    void visitModel(QAbstractItemView* view) {
        QAbstractItemModel* model = view->model();
        if (!model || !m_models.insert(model).second)
            return;
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString header = model->headerData(c, Qt::Horizontal).toString();
            if (m_qt.translates(model, header))
                continue;
            check(view, u"column %1 header"_s.arg(c),
                  model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
            check(view, u"column %1 header tooltip"_s.arg(c),
                  model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
        }
        // Row headers are numbers or names of data; their tooltips are not.
        for (int r = 0; r < std::min(model->rowCount(), 50); ++r)
            check(view, u"row %1 header tooltip"_s.arg(r),
                  model->headerData(r, Qt::Vertical, Qt::ToolTipRole).toString());
    }

    void visit(QWidget* w) {
        if (w->isWindow())
            check(w, u"window title"_s, QString(w->windowTitle()).remove(u"[*]"_s));
        check(w, u"tooltip"_s, w->toolTip());
        check(w, u"status tip"_s, w->statusTip());
        check(w, u"what's this"_s, w->whatsThis());
        check(w, u"accessible name"_s, w->accessibleName());
        if (auto* label = qobject_cast<QLabel*>(w))
            check(w, u"label"_s, label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            check(w, u"button"_s, button->text());
        if (auto* box = qobject_cast<QGroupBox*>(w))
            check(w, u"group title"_s, box->title());
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            check(w, u"placeholder"_s, edit->placeholderText());
        if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i) {
                check(w, u"tab"_s, tabs->tabText(i));
                check(w, u"tab tooltip"_s, tabs->tabToolTip(i));
            }
        if (auto* combo = qobject_cast<QComboBox*>(w)) {
            check(w, u"placeholder"_s, combo->placeholderText());
            for (int i = 0; i < combo->count(); ++i) {
                check(w, u"item"_s, combo->itemText(i));
                check(w, u"item tooltip"_s, combo->itemData(i, Qt::ToolTipRole).toString());
            }
        }
        if (auto* dock = qobject_cast<QDockWidget*>(w))
            check(w, u"dock title"_s, dock->windowTitle());
        if (auto* bar = qobject_cast<QToolBar*>(w))
            check(w, u"toolbar title"_s, bar->windowTitle());
        if (auto* view = qobject_cast<QAbstractItemView*>(w))
            visitModel(view);
        // Charts and graphs draw their texts on a scene, not in widgets.
        if (auto* chartView = qobject_cast<QChartView*>(w); chartView && chartView->chart()) {
            QChart* chart = chartView->chart();
            check(w, u"chart title"_s, chart->title());
            for (QAbstractAxis* axis : chart->axes())
                check(w, u"axis title"_s, axis->titleText());
            for (QAbstractSeries* series : chart->series()) {
                check(w, u"series name"_s, series->name());
                if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
                    for (QBarSet* set : bars->barSets())
                        check(w, u"bar set label"_s, set->label());
            }
        } else if (auto* graphics = qobject_cast<QGraphicsView*>(w);
                   graphics && graphics->scene()) {
            for (QGraphicsItem* item : graphics->scene()->items()) {
                check(w, u"graph item tooltip"_s, item->toolTip());
                if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                    check(w, u"graph text"_s, text->text());
                if (auto* text = dynamic_cast<QGraphicsTextItem*>(item))
                    check(w, u"graph text"_s, text->toPlainText());
            }
        }
        if (auto* menuBar = qobject_cast<QMenuBar*>(w))
            for (QAction* a : menuBar->actions())
                visitAction(a);
        for (QAction* a : w->actions())
            visitAction(a);
        for (QAction* a : w->findChildren<QAction*>(Qt::FindDirectChildrenOnly))
            visitAction(a);
    }

    QtCatalog m_qt;
    std::set<QString> m_allowed;
    std::set<QString> m_failures;
    std::set<const QAction*> m_actions;
    std::set<const QAbstractItemModel*> m_models;
    int m_checked = 0;
};

} // namespace

class TestI18n : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyVisibleTextIsTranslatable();
    void walkerFlagsPlainText();
    void sourceLiteralsGoThroughTr();
    void languageSettingRoundTrips();
    void translationsLoadByLocale();

private:
    QTemporaryDir m_dir;
    QString m_run;
};

void TestI18n::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    // A short real run, so that the Run page, the Ledger tab and the audit window show their
    // tables, charts and block details filled.
    m_run = m_dir.filePath(u"quick.fedrun"_s);
    auto spec =
        loadSpecFile(QStringLiteral(FED_SOURCE_DIR "/resources/presets/synthetic-quick.fed.json"),
                     {u"rounds=2"_s, u"ledger.store_updates=true"_s});
    QVERIFY2(spec, qPrintable(spec.error()));
    auto federation = Federation::create(*spec, m_run);
    QVERIFY2(federation, qPrintable(federation.error()));
    std::atomic<bool> stop{false};
    auto summary = (*federation)->run(stop);
    QVERIFY2(summary, qPrintable(summary.error()));
}

void TestI18n::everyVisibleTextIsTranslatable() {
    QTranslator pseudo;
    QVERIFY2(pseudo.load(QStringLiteral(FED_PSEUDO_QM)), FED_PSEUDO_QM);
    QVERIFY(QCoreApplication::installTranslator(&pseudo));
    // The pseudo-translation really is in force (guards against a test that passes vacuously).
    QCOMPARE(ui::MainWindow::tr("&File"), u"⟦&File⟧"_s);

    Walker walker;
    // Data, not interface: the shipped presets' names and ids (File > New from Preset), and
    // this run's file in File > Open Recent.
    for (const ui::Preset& preset : ui::loadPresets(QDir::currentPath())) {
        walker.allow(preset.name);
        walker.allow(preset.id);
    }
    QVERIFY2(walker.knowsQtTexts(), "Qt's own translations (qt6-translations-l10n) are missing");
    // The class labels Fashion-MNIST ships with (engine/data/IdxLoader.cpp), in the partition
    // preview's legend: the data set's own names, like its file names.
    for (const auto& label : {u"T-shirt/top"_s, u"Trouser"_s, u"Pullover"_s, u"Dress"_s, u"Coat"_s,
                              u"Sandal"_s, u"Shirt"_s, u"Sneaker"_s, u"Bag"_s, u"Ankle boot"_s})
        walker.allow(label);
    for (const auto& device : FederationSpec{}.energy.devices)
        walker.allow(device.profile);
    walker.allow(QDir::toNativeSeparators(m_run));
    walker.allow(u"&1  "_s + QFileInfo(m_run).fileName());
    ui::MainWindow window;
    QVERIFY(window.newFromPreset(QString::fromUtf16(ui::kDemoPresetId)));
    QVERIFY(window.openRun(m_run));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.designer()->preview()->isBusy(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!window.ledgerExplorer()->isBusy(), kWaitMs);
    for (auto page :
         {ui::MainWindow::Page::Design, ui::MainWindow::Page::Run, ui::MainWindow::Page::Ledger}) {
        window.showPage(page);
        QTest::qWait(50);
        walker.walk(&window);
    }

    viewer::AuditWindow auditor;
    QVERIFY(auditor.openRun(m_run, true));
    auditor.show();
    QTRY_VERIFY_WITH_TIMEOUT(!auditor.explorer()->isBusy(), kWaitMs);
    auditor.explorer()->showLineageTab();
    QTRY_VERIFY_WITH_TIMEOUT(!auditor.explorer()->isBusy(), kWaitMs);
    walker.walk(&auditor);

    ui::AboutDialog about(&window);
    walker.walk(&about);

    const QStringList failures = walker.failures();
    qInfo("%d texts checked, %d not translatable", walker.checked(),
          static_cast<int>(failures.size()));
    QVERIFY2(walker.checked() > 300, "the walk found too few texts to mean anything");
    for (const QString& failure : failures)
        qWarning("not translatable: %s", qPrintable(failure));
    QVERIFY2(failures.isEmpty(), "texts that do not go through tr() (listed above)");
    QCoreApplication::removeTranslator(&pseudo);
}

void TestI18n::walkerFlagsPlainText() {
    // The check itself can fail: plain texts are caught, translated ones pass.
    QTranslator pseudo;
    QVERIFY(pseudo.load(QStringLiteral(FED_PSEUDO_QM)));
    QCoreApplication::installTranslator(&pseudo);
    QWidget root;
    auto* plain = new QLabel(u"Not translated"_s, &root);
    plain->setToolTip(ui::MainWindow::tr("&File"));
    auto* action = new QAction(u"Plain action"_s, &root);
    root.addAction(action);
    auto* box = new QGroupBox(ui::MainWindow::tr("&Edit"), &root);
    box->setToolTip(u"Plain tooltip"_s);
    new QLabel(u"0.25 mJ"_s, box);
    Walker walker;
    walker.walk(&root);
    QCoreApplication::removeTranslator(&pseudo);
    QCOMPARE(walker.failures().size(), 3);
    QCOMPARE(walker.checked(), 6);
}

void TestI18n::sourceLiteralsGoThroughTr() {
    // Calls that put their string arguments on screen, and widgets that take a text.
    static const QRegularExpression call(
        u"\\b(setText|setToolTip|setStatusTip|setWhatsThis|setWindowTitle|setPlaceholderText|"
        "setTitle|addAction|addMenu|addTab|insertTab|setTabText|setTabToolTip|addSection|"
        "setLabelText|setHorizontalHeaderLabels|setVerticalHeaderLabels|showMessage|"
        "setInformativeText|setDetailedText|setIconText|setAccessibleName|addItem|addItems|"
        "information|warning|critical|question|getOpenFileName|getSaveFileName|"
        "getExistingDirectory|setChartTitle|setTitleText|"
        "QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|QToolButton|QMessageBox)"
        "\\s*\\("_s);
    // A string literal (u"…"_s, "…", QStringLiteral("…")) that reads as prose: words with a
    // space between them, or a capitalised word. Icon names, file suffixes and keys
    // ("document-open", "svg") are single lower-case tokens and are not text.
    static const QRegularExpression literal(
        u"\"((?:[^\"\\\\]|\\\\.)*(?:\\p{L}{2,}\\s+\\p{L}|\\b\\p{Lu}\\p{Ll})(?:[^\"\\\\]|\\\\.)*)\""_s);
    static const QRegularExpression translated(
        u"\\b(tr|translate|QT_TR_NOOP|QT_TRANSLATE_NOOP|qtTrId)\\s*\\("_s);

    QStringList failures;
    int calls = 0;
    for (const QString& dir : {u"ui"_s, u"ledger-viewer"_s, u"app/fedstudio"_s}) {
        QDirIterator files(QStringLiteral(FED_SOURCE_DIR "/") + dir, {u"*.cpp"_s, u"*.h"_s},
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString source = QString::fromUtf8(file.readAll());
            for (auto m = call.globalMatch(source); m.hasNext();) {
                const auto match = m.next();
                // The argument list, to its closing parenthesis.
                qsizetype end = match.capturedEnd();
                int depth = 1;
                bool inString = false;
                for (; end < source.size() && depth > 0; ++end) {
                    const QChar c = source[end];
                    if (c == u'"' && source[end - 1] != u'\\')
                        inString = !inString;
                    else if (!inString && c == u'(')
                        ++depth;
                    else if (!inString && c == u')')
                        --depth;
                }
                QString arguments = source.mid(match.capturedEnd(), end - match.capturedEnd());
                ++calls;
                // Drop what goes through tr() and friends, with their arguments.
                for (auto t = translated.match(arguments); t.hasMatch();
                     t = translated.match(arguments)) {
                    qsizetype close = t.capturedEnd();
                    int level = 1;
                    bool quoted = false;
                    for (; close < arguments.size() && level > 0; ++close) {
                        const QChar c = arguments[close];
                        if (c == u'"' && arguments[close - 1] != u'\\')
                            quoted = !quoted;
                        else if (!quoted && c == u'(')
                            ++level;
                        else if (!quoted && c == u')')
                            --level;
                    }
                    arguments.remove(t.capturedStart(), close - t.capturedStart());
                }
                // Object names, icon names, settings keys and property names are not text.
                static const QRegularExpression notText(
                    u"(fromTheme|setObjectName|setProperty|property|QIcon|findChild|"
                    "QKeySequence|QSettings)\\s*\\(\\s*u?\"[^\"]*\"(_s)?"_s);
                arguments.remove(notText);
                const auto found = literal.match(arguments);
                if (!found.hasMatch())
                    continue;
                const qsizetype line = source.left(match.capturedStart()).count(u'\n') + 1;
                failures << u"%1:%2: %3(… \"%4\" …) without tr()"_s
                                .arg(QDir(QStringLiteral(FED_SOURCE_DIR)).relativeFilePath(path))
                                .arg(line)
                                .arg(match.captured(1), found.captured(1));
            }
        }
    }
    qInfo("%d calls checked", calls);
    QVERIFY2(calls > 200, "the source scan found too few calls to mean anything");
    for (const QString& failure : failures)
        qWarning("%s", qPrintable(failure));
    QVERIFY2(failures.isEmpty(), "literals that do not go through tr() (listed above)");
}

void TestI18n::languageSettingRoundTrips() {
    QSettings().clear();
    QCOMPARE(ui::savedLanguage(), QString());
    QCOMPARE(ui::uiLocale(ui::savedLanguage()), QLocale::system());
    ui::saveLanguage(u"fr"_s);
    QCOMPARE(ui::savedLanguage(), u"fr"_s);
    QCOMPARE(ui::uiLocale(ui::savedLanguage()).language(), QLocale::French);
    ui::saveLanguage(u"zh_CN"_s);
    QCOMPARE(ui::uiLocale(ui::savedLanguage()).language(), QLocale::Chinese);
    QCOMPARE(ui::uiLocale(ui::savedLanguage()).territory(), QLocale::China);
    // A hand-edited settings file with a language we do not have: follow the system.
    QSettings().setValue(u"appearance/language"_s, u"tlh"_s);
    QCOMPARE(ui::savedLanguage(), QString());
    ui::saveLanguage(QString());
    QVERIFY(!QSettings().contains(u"appearance/language"_s));

    // View > Language lists every language, marks the saved one and saves a new choice.
    ui::saveLanguage(u"de"_s);
    ui::MainWindow window;
    QMenu* view = window.menuBar()->findChild<QMenu*>(u"viewMenu"_s);
    QVERIFY(view);
    QMenu* languages = nullptr;
    for (QAction* a : view->actions())
        if (a->menu() && a->text() == ui::MainWindow::tr("L&anguage"))
            languages = a->menu();
    QVERIFY(languages);
    QStringList names;
    QString checked;
    for (QAction* a : languages->actions()) {
        if (a->isSeparator())
            continue;
        names << a->text();
        if (a->isChecked())
            checked = a->text();
    }
    QCOMPARE(names.size(), static_cast<int>(ui::uiLanguages().size()) + 1);
    QCOMPARE(checked, u"Deutsch"_s);
    // Choosing one confirms with a message box (closed here as soon as it shows).
    QTimer::singleShot(0, this, [] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QDialog*>(w); box && box->isVisible())
                box->accept();
    });
    for (QAction* a : languages->actions())
        if (a->text() == u"Español")
            a->trigger();
    QCOMPARE(ui::savedLanguage(), u"es"_s);
    QSettings().clear();
}

void TestI18n::translationsLoadByLocale() {
    const QString file = ui::MainWindow::tr("&File");
    QCOMPARE(ui::installTranslations(QLocale(u"de_DE"_s)), u"de"_s);
    QVERIFY2(ui::MainWindow::tr("&File") != file, "German did not translate the File menu");
    // Qt's own strings come along (the standard buttons of every message box).
    QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != u"Cancel");
    const QString german = ui::MainWindow::tr("&File");
    // A regional variant falls back to the language; each call replaces the last.
    QCOMPARE(ui::installTranslations(QLocale(u"fr_CA"_s)), u"fr"_s);
    QVERIFY(ui::MainWindow::tr("&File") != german);
    QCOMPARE(ui::installTranslations(QLocale(u"es_MX"_s)), u"es"_s);
    QCOMPARE(ui::installTranslations(QLocale(u"zh_CN"_s)), u"zh_CN"_s);
    QVERIFY(ui::MainWindow::tr("&File") != file);
    // English, and languages without a translation, leave the source texts and Qt's alone.
    QCOMPARE(ui::installTranslations(QLocale(u"it_IT"_s)), u"en"_s);
    QCOMPARE(ui::MainWindow::tr("&File"), file);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    QCOMPARE(ui::installTranslations(QLocale(u"en_GB"_s)), u"en"_s);
    QCOMPARE(ui::MainWindow::tr("&File"), file);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    // English has its plural forms only: "1 block", "2 blocks", not "block(s)".
    const char* const blocks = "%1 · %n block(s)";
    QCOMPARE(QCoreApplication::translate("fed::viewer::LedgerExplorer", blocks, nullptr, 1),
             u"%1 · 1 block"_s);
    QCOMPARE(QCoreApplication::translate("fed::viewer::LedgerExplorer", blocks, nullptr, 2),
             u"%1 · 2 blocks"_s);
}

QTEST_MAIN(TestI18n)
#include "test_i18n.moc"
