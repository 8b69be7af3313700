// The federation designer: validation as you type, every field through the form and back,
// undo/redo, save/open, the live partition preview, the main window's Start action, and the
// designer's item models under QAbstractItemModelTester.
#include "engine/energy/DeviceProfile.h"
#include "engine/spec/SpecIO.h"
#include "ui/AboutDialog.h"
#include "ui/MainWindow.h"
#include "ui/designer/DesignerPage.h"
#include "ui/designer/DeviceMixModel.h"
#include "ui/designer/FieldBox.h"
#include "ui/designer/NumberSpinBox.h"
#include "ui/designer/PartitionPreview.h"
#include "ui/designer/Presets.h"
#include "ui/designer/ProblemListModel.h"
#include "ui/designer/ProfileFieldsModel.h"
#include "ui/designer/SpecForm.h"
#include "ui/run/RunPage.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <functional>

using namespace fed;
using namespace fed::ui;
using namespace Qt::StringLiterals;

namespace {

const QString kFashionFolder = u"/usr/share/datasets/fashion-mnist"_s;

//! A spec in which every field differs from its default, valid or not: what the form must
//! carry through its widgets unchanged.
FederationSpec everyFieldChanged() {
    FederationSpec s;
    s.name = u"Every field"_s;
    s.seed = 4242;
    s.rounds = 7;
    s.clients = 12;
    s.data.dataset = DatasetKind::Csv;
    s.data.path = u"/data/elsewhere"_s;
    s.data.csv.trainFile = u"train.csv"_s;
    s.data.csv.testFile = u"test.csv"_s;
    s.data.csv.labelColumn = u"y"_s;
    s.data.csv.header = false;
    s.data.csv.testFraction = 0.3;
    s.data.synthetic.alpha = 2.5;
    s.data.synthetic.beta = 0.5;
    s.data.synthetic.dimension = 30;
    s.data.synthetic.classes = 4;
    s.data.synthetic.samplesPerClientMean = 120;
    s.data.synthetic.testSamples = 500;
    s.data.synthetic.iid = true;
    s.data.trainLimit = 5000;
    s.data.testLimit = 800;
    s.partition.scheme = PartitionScheme::Quantity;
    s.partition.alpha = 0.3;
    s.partition.shardsPerClient = 3;
    s.partition.quantityAlpha = 2.5;
    s.partition.minSamplesPerClient = 4;
    s.selection.fraction = 0.25;
    s.selection.minClients = 2;
    s.selection.policy = SelectionPolicy::EnergyAware;
    s.selection.deadlineSeconds = 12.5;
    s.selection.maxWaitRounds = 9;
    s.selection.bandwidthBudgetHz = 2e6;
    s.selection.powerControl = true;
    s.model.architecture = ModelArchitecture::LeNet5;
    s.model.hidden = {64, 32, 16};
    s.training.optimizer = OptimizerKind::Adam;
    s.training.learningRate = 0.003;
    s.training.momentum = 0.5;
    s.training.weightDecay = 1e-4;
    s.training.adamBeta1 = 0.85;
    s.training.adamBeta2 = 0.995;
    s.training.adamEpsilon = 1e-7;
    s.training.localEpochs = 3;
    s.training.batchSize = 48;
    s.strategy.kind = StrategyKind::FedProx;
    s.strategy.proximalMu = 0.2;
    s.strategy.serverLearningRate = 0.9;
    s.evaluation.every = 2;
    s.evaluation.perClient = true;
    s.evaluation.batchSize = 500;
    s.energy.devices = {{u"laptop"_s, 2.0}, {u"phone-midrange"_s, 1.0}, {u"sensor"_s, 0.5}};
    s.energy.clientDevices = QStringList(12, u"laptop"_s);
    s.energy.profiles = {
        {u"laptop"_s, u"a faster laptop"_s, {{u"transmit_power_w"_s, 0.5}}},
        {u"sensor"_s, {}, {{u"cpu_frequency_hz"_s, 4.8e7}, {u"idle_power_w"_s, 0.001}}},
    };
    s.energy.carbonIntensity = 120.0;
    s.energy.modelBytes = 123456;
    s.energy.flopsPerSample = 2.5e6;
    s.energy.countIdle = true;
    s.execution.workers = 3;
    s.ledger.storeUpdates = true;
    s.privacy.dp.enabled = true;
    s.privacy.dp.mode = DpMode::Local;
    s.privacy.dp.noiseMultiplier = 0.7;
    s.privacy.dp.clipNorm = 2.5;
    s.privacy.dp.delta = 1e-6;
    s.privacy.dp.targetEpsilon = 4.0;
    s.launch.mode = LaunchMode::Ssh;
    s.launch.kitDir = u"kits"_s;
    s.launch.listen = u"0.0.0.0:7443"_s;
    s.launch.roundDeadlineSeconds = 45.0;
    s.launch.joinTimeoutSeconds = 300.0;
    s.launch.quorum = 0.75;
    s.launch.hosts = {{u"alice@gpu1"_s,
                       2222,
                       u"/home/alice/.ssh/id_fed"_s,
                       u"/opt/fed/fednode"_s,
                       {u"StrictHostKeyChecking=yes"_s, u"ConnectTimeout=5"_s}},
                      {u"gpu2"_s, 22, {}, u"fednode"_s, {}}};
    s.launch.dataPaths = {u"/data/a"_s, {}, u"/data/c"_s};
    return s;
}

const Preset& preset(const std::vector<Preset>& presets, const QString& id) {
    for (const Preset& p : presets)
        if (p.id == id)
            return p;
    qFatal("no preset %s", qPrintable(id));
}

bool hasProblemAt(const DesignerPage& page, const QString& path) {
    return std::any_of(page.problems().begin(), page.problems().end(),
                       [&](const SpecProblem& p) { return p.path == path; });
}

template <typename T> T* editor(const SpecForm* form, const QString& path) {
    auto* widget = qobject_cast<T*>(form->editorFor(path));
    if (!widget)
        qFatal("no %s editor for %s", T::staticMetaObject.className(), qPrintable(path));
    return widget;
}

//! Selects everything in a line edit and types `text`, as a user would.
void retype(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

//! Sets every editor of `to` to what the same editor of `from` shows, through the editors'
//! own user-facing API (the signals a user's input emits).
void copyThroughWidgets(const SpecForm* from, SpecForm* to) {
    for (const QString& path : from->fieldLabels().keys()) {
        QWidget* source = from->editorFor(path);
        QWidget* target = to->editorFor(path);
        QVERIFY2(source && target, qPrintable(path));
        if (auto* spin = qobject_cast<QDoubleSpinBox*>(source)) {
            qobject_cast<QDoubleSpinBox*>(target)->setValue(spin->value());
        } else if (auto* ints = qobject_cast<QSpinBox*>(source)) {
            qobject_cast<QSpinBox*>(target)->setValue(ints->value());
        } else if (auto* combo = qobject_cast<QComboBox*>(source)) {
            qobject_cast<QComboBox*>(target)->setCurrentIndex(combo->currentIndex());
        } else if (auto* check = qobject_cast<QCheckBox*>(source)) {
            qobject_cast<QCheckBox*>(target)->setChecked(check->isChecked());
        } else if (auto* edit = qobject_cast<QLineEdit*>(source)) {
            qobject_cast<QLineEdit*>(target)->setText(edit->text());
        }
    }
    // The SSH hosts table: add rows with its button, then type every cell.
    auto* fromHosts = qobject_cast<QTableWidget*>(from->editorFor(u"launch.hosts"_s));
    auto* hosts = qobject_cast<QTableWidget*>(to->editorFor(u"launch.hosts"_s));
    QVERIFY(fromHosts && hosts);
    auto* addHost = to->findChild<QToolButton*>(u"launch.hosts.add"_s);
    QVERIFY(addHost);
    while (hosts->rowCount() < fromHosts->rowCount())
        addHost->click();
    for (int r = 0; r < fromHosts->rowCount(); ++r)
        for (int c = 0; c < fromHosts->columnCount(); ++c)
            hosts->item(r, c)->setText(fromHosts->item(r, c)->text());
    // The node data table: one row per node, typed into like the hosts.
    auto* fromPaths = qobject_cast<QTableWidget*>(from->editorFor(u"launch.data_paths"_s));
    auto* paths = qobject_cast<QTableWidget*>(to->editorFor(u"launch.data_paths"_s));
    QVERIFY(fromPaths && paths);
    for (int r = 0; r < fromPaths->rowCount(); ++r) {
        const QString text = fromPaths->item(r, 1)->text();
        if (text.isEmpty())
            continue;
        QVERIFY(r < paths->rowCount());
        paths->item(r, 1)->setText(text);
    }
    // The device mix table: remove every row, then add and fill rows like a user.
    auto* sourceMix = qobject_cast<DeviceMixModel*>(
        qobject_cast<QTableView*>(from->editorFor(u"energy.devices"_s))->model());
    auto* mix = qobject_cast<DeviceMixModel*>(
        qobject_cast<QTableView*>(to->editorFor(u"energy.devices"_s))->model());
    while (mix->rowCount() > 0)
        mix->removeDevice(0);
    for (int row = 0; row < sourceMix->rowCount(); ++row) {
        mix->addDevice();
        for (int column : {DeviceMixModel::ProfileColumn, DeviceMixModel::ShareColumn})
            QVERIFY(mix->setData(mix->index(row, column),
                                 sourceMix->index(row, column).data(Qt::EditRole)));
    }
    // Device profiles: new ones through the model, every figure through the table.
    auto* profiles = qobject_cast<ProfileFieldsModel*>(
        to->findChild<QTableView*>(u"energy.profiles.table"_s)->model());
    auto* choice = to->findChild<QComboBox*>(u"energy.profiles.choice"_s);
    for (const DeviceProfileSettings& p : from->spec().energy.profiles) {
        if (!profiles->isBuiltIn(p.name))
            QVERIFY(profiles->addProfile(p.name));
        choice->setCurrentIndex(choice->findData(p.name));
        QCOMPARE(profiles->currentProfile(), p.name);
        for (int row = 0; row < profiles->rowCount(); ++row) {
            const QString key =
                profiles->index(row, 0).data(ProfileFieldsModel::KeyRole).toString();
            QString value;
            if (key == u"description")
                value = p.description;
            else if (const auto it = p.values.find(key); it != p.values.end())
                value = QString::number(it->second, 'g', 17);
            if (!value.isEmpty())
                QVERIFY(profiles->setData(profiles->index(row, ProfileFieldsModel::ValueColumn),
                                          value));
        }
    }
}

} // namespace

class TestDesigner : public QObject {
    Q_OBJECT

private:
    std::vector<Preset> m_presets;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c()); // number texts compared below
        QCoreApplication::setOrganizationName(u"FederationStudioTests"_s);
        QCoreApplication::setApplicationName(u"test_designer"_s);
        m_presets = loadPresets(QDir::currentPath());
    }

    void aboutNamesTheLibrariesItRunsWith() {
        // The versions come from the libraries at run time: each line has a name and a number.
        const QString text = AboutDialog::versionsText();
        for (const QString& name :
             {u"Qt "_s, u"LibTorch "_s, u"OpenSSL "_s, u"gRPC "_s, u"SQLite "_s}) {
            const qsizetype at = text.indexOf(name);
            QVERIFY2(at >= 0, qPrintable(name + u"missing in: "_s + text));
            QVERIFY2(text.at(at + name.size()).isDigit(), qPrintable(text));
        }
    }

    void presetsAreCompiledIn() {
        const QStringList files = QDir(QString::fromUtf8(FED_SOURCE_DIR "/resources/presets"))
                                      .entryList({u"*.fed.json"_s}, QDir::Files);
        QCOMPARE(int(m_presets.size()), int(files.size()));
        QCOMPARE(m_presets.front().id, QString::fromUtf16(kDemoPresetId));
        for (const Preset& p : m_presets)
            QVERIFY2(validateSpec(p.spec).empty(), qPrintable(p.id));
    }

    void specRoundTripsThroughTheForm_data() {
        QTest::addColumn<FederationSpec>("spec");
        for (const Preset& p : m_presets)
            QTest::newRow(qPrintable(p.id)) << p.spec;
        QTest::newRow("every field changed") << everyFieldChanged();
        QTest::newRow("defaults") << FederationSpec{};
    }

    void specRoundTripsThroughTheForm() {
        QFETCH(FederationSpec, spec);
        SpecForm shown;
        shown.setSpec(spec);
        QVERIFY(sameSpec(shown.spec(), spec));
        // A fresh form that only receives what the first one's widgets display must end up
        // with the same spec: every field is shown, and every editor writes its own field.
        SpecForm typed;
        copyThroughWidgets(&shown, &typed);
        QCOMPARE(QString::fromUtf8(specToJson(typed.spec())), QString::fromUtf8(specToJson(spec)));
        QVERIFY(sameSpec(typed.spec(), spec));
        QVERIFY(typed.inputProblems().empty());
    }

    void everySpecKeyHasAField() {
        // Walks every key specToJson() writes; a field added to the spec without an editor in
        // the form fails here.
        SpecForm form;
        const QJsonObject root = QJsonDocument::fromJson(specToJson(FederationSpec{})).object();
        QStringList missing;
        std::function<void(const QJsonObject&, const QString&)> walk =
            [&](const QJsonObject& object, const QString& prefix) {
                for (auto it = object.begin(); it != object.end(); ++it) {
                    const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
                    if (path == u"format")
                        continue;
                    // energy.profiles is a map of names, edited as a whole.
                    if (it->isObject() && path != u"energy.profiles")
                        walk(it->toObject(), path);
                    else if (form.fieldFor(path).isEmpty())
                        missing << path;
                }
            };
        walk(root, QString());
        // The launch section is written only for networked specs.
        FederationSpec networked;
        networked.launch.mode = LaunchMode::Ssh;
        networked.launch.hosts = {{u"gpu1"_s, 22, {}, u"fednode"_s, {u"ConnectTimeout=5"_s}}};
        networked.launch.joinTimeoutSeconds = 30.0; // written only when set
        walk(QJsonDocument::fromJson(specToJson(networked)).object(), QString());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
    }

    void launchGroup() {
        DesignerPage page;
        SpecForm* form = page.form();
        // In process: the networked knobs stay out of the way.
        QVERIFY(!form->fieldBox(u"launch.kit_dir"_s)->isVisibleTo(&page));
        auto* mode = editor<QComboBox>(form, u"launch.mode"_s);
        mode->setCurrentIndex(mode->findData(u"local"_s));
        QCOMPARE(page.spec().launch.mode, LaunchMode::Local);
        QVERIFY(form->fieldBox(u"launch.kit_dir"_s)->isVisibleTo(&page));
        QVERIFY(!form->fieldBox(u"launch.hosts"_s)->isVisibleTo(&page));
        // The join window: 0 reads as the round deadline; out of range is a problem at it.
        QVERIFY(form->fieldBox(u"launch.join_timeout_seconds"_s)->isVisibleTo(&page));
        auto* join = editor<QDoubleSpinBox>(form, u"launch.join_timeout_seconds"_s);
        QCOMPARE(join->value(), 0.0);
        QVERIFY(!join->specialValueText().isEmpty());
        QCOMPARE(join->text(), join->specialValueText());
        join->setValue(100000.0);
        QCOMPARE(page.spec().launch.joinTimeoutSeconds, 100000.0);
        QTRY_VERIFY(hasProblemAt(page, u"launch.join_timeout_seconds"_s));
        join->setValue(600.0);
        QCOMPARE(page.spec().launch.joinTimeoutSeconds, 600.0);
        QTRY_VERIFY(!hasProblemAt(page, u"launch.join_timeout_seconds"_s));
        // Validation as you type, at the field: local needs a kit folder.
        QTRY_VERIFY(hasProblemAt(page, u"launch.kit_dir"_s));
        retype(editor<QLineEdit>(form, u"launch.kit_dir"_s), u"kits"_s);
        QCOMPARE(page.spec().launch.kitDir, u"kits"_s);
        QTRY_VERIFY(!hasProblemAt(page, u"launch.kit_dir"_s));
        QVERIFY(form->findChild<QToolButton*>(u"launch.kit_dir.browse"_s));
        QSignalSpy provision(form, &SpecForm::provisionRequested);
        form->findChild<QToolButton*>(u"launch.kit_dir.provision"_s)->click();
        QCOMPARE(provision.size(), 1);

        // ssh: the host list appears; no host is a problem, a bad port an input problem.
        mode->setCurrentIndex(mode->findData(u"ssh"_s));
        QVERIFY(form->fieldBox(u"launch.hosts"_s)->isVisibleTo(&page));
        QTRY_VERIFY(hasProblemAt(page, u"launch.hosts"_s));
        auto* hosts = editor<QTableWidget>(form, u"launch.hosts"_s);
        form->findChild<QToolButton*>(u"launch.hosts.add"_s)->click();
        QCOMPARE(hosts->rowCount(), 1);
        hosts->item(0, 0)->setText(u"alice@gpu1"_s);
        hosts->item(0, 1)->setText(u"2222"_s);
        QCOMPARE(page.spec().launch.hosts.size(), std::size_t(1));
        QCOMPARE(page.spec().launch.hosts[0].host, u"alice@gpu1"_s);
        QCOMPARE(page.spec().launch.hosts[0].port, 2222);
        QCOMPARE(page.spec().launch.hosts[0].fednode, u"fednode"_s);
        hosts->item(0, 1)->setText(u"twenty"_s);
        QVERIFY(!form->inputProblems().empty());
        hosts->item(0, 1)->setText(u"22"_s);
        QVERIFY(form->inputProblems().empty());
        QTRY_VERIFY(!hasProblemAt(page, u"launch.hosts"_s));
        hosts->setCurrentCell(0, 0);
        form->findChild<QToolButton*>(u"launch.hosts.remove"_s)->click();
        QVERIFY(page.spec().launch.hosts.empty());
    }

    void nodeDataTable() {
        DesignerPage page;
        page.newSpec(preset(m_presets, u"demo"_s).spec, u"demo"_s);
        SpecForm* form = page.form();
        editor<QComboBox>(form, u"launch.mode"_s)
            ->setCurrentIndex(editor<QComboBox>(form, u"launch.mode"_s)->findData(u"local"_s));
        QVERIFY(form->fieldBox(u"launch.data_paths"_s)->isVisibleTo(&page));
        auto* table = editor<QTableWidget>(form, u"launch.data_paths"_s);
        auto* clients = editor<QSpinBox>(form, u"clients"_s);
        clients->setValue(4);
        // One row per node, named as its kit; the name is not editable.
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(3, 0)->text(), u"node-003"_s);
        QVERIFY(!(table->item(3, 0)->flags() & Qt::ItemIsEditable));
        QVERIFY(table->item(3, 1)->flags() & Qt::ItemIsEditable);
        auto* browse = form->findChild<QToolButton*>(u"launch.data_paths.browse"_s);
        auto* clear = form->findChild<QToolButton*>(u"launch.data_paths.clear"_s);
        QVERIFY(browse && clear);
        QVERIFY(!browse->isEnabled()); // no row selected yet
        table->setCurrentCell(2, 1);
        QVERIFY(browse->isEnabled());
        QVERIFY(clear->isEnabled());

        // A path in row 2 is node-002's; the empty rows before it keep the partition.
        table->item(2, 1)->setText(u"/data/node2"_s);
        QCOMPARE(page.spec().launch.dataPaths, (QStringList{{}, {}, u"/data/node2"_s}));
        table->item(0, 1)->setText(u"  /data/node0 "_s);
        QCOMPARE(page.spec().launch.dataPaths,
                 (QStringList{u"/data/node0"_s, {}, u"/data/node2"_s}));
        const auto dataPathProblems = [&page] {
            return std::count_if(page.problems().begin(), page.problems().end(), [](const auto& p) {
                return p.path.startsWith(u"launch.data_paths"_s);
            });
        };
        QCOMPARE(dataPathProblems(), 0);

        // Fewer clients: the row stays (nothing typed is lost) and its problem names the node.
        clients->setValue(2);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(2, 0)->text(), u"node-002"_s);
        QVERIFY(!table->item(2, 0)->toolTip().isEmpty());
        QTRY_VERIFY(hasProblemAt(page, u"launch.data_paths[2]"_s));
        const QStringList problems = form->fieldBox(u"launch.data_paths"_s)->problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].contains(u"node-002"_s) && problems[0].contains(u"only 2 clients"_s),
                 qPrintable(problems[0]));
        table->setCurrentCell(2, 1);
        clear->click();
        QCOMPARE(page.spec().launch.dataPaths, QStringList{u"/data/node0"_s});
        QCOMPARE(table->rowCount(), 2);
        QTRY_COMPARE(dataPathProblems(), 0);

        // Browse… chooses files on this computer: not for SSH hosts' paths.
        table->setCurrentCell(0, 1);
        QVERIFY(browse->isEnabled());
        editor<QComboBox>(form, u"launch.mode"_s)
            ->setCurrentIndex(editor<QComboBox>(form, u"launch.mode"_s)->findData(u"ssh"_s));
        QVERIFY(!browse->isEnabled());
        QVERIFY(clear->isEnabled());
    }

    void privacyGroup() {
        DesignerPage page;
        page.newSpec(preset(m_presets, u"demo"_s).spec, u"demo"_s);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.isValid());
        // The knobs appear once differential privacy is on.
        QVERIFY(!page.form()->fieldBox(u"privacy.dp.noise_multiplier"_s)->isVisibleTo(&page));
        editor<QCheckBox>(page.form(), u"privacy.dp.enabled"_s)->setChecked(true);
        QVERIFY(page.spec().privacy.dp.enabled);
        QVERIFY(page.form()->fieldBox(u"privacy.dp.noise_multiplier"_s)->isVisibleTo(&page));
        // Central DP samples clients on independent coins: the demo's minimum per round is a
        // problem until it is 1.
        QVERIFY(hasProblemAt(page, u"selection.min_clients"_s));
        editor<QSpinBox>(page.form(), u"selection.min_clients"_s)->setValue(1);
        QVERIFY2(page.isValid(),
                 qPrintable(page.problems().empty() ? QString() : page.problems()[0].message));
        // A strategy the accountant cannot cover is a problem at the strategy, as it is chosen.
        auto* strategy = editor<QComboBox>(page.form(), u"strategy.name"_s);
        strategy->setCurrentIndex(strategy->findData(u"krum"_s));
        QVERIFY(hasProblemAt(page, u"strategy.name"_s));
        strategy->setCurrentIndex(strategy->findData(u"fedavgm"_s));
        QVERIFY(!hasProblemAt(page, u"strategy.name"_s));
        // A range rule as the user types: the noise multiplier must be positive.
        auto* z = editor<QDoubleSpinBox>(page.form(), u"privacy.dp.noise_multiplier"_s);
        z->setValue(0.0);
        QVERIFY(hasProblemAt(page, u"privacy.dp.noise_multiplier"_s));
        z->setValue(1.3);
        QVERIFY(page.isValid());
        QCOMPARE(page.spec().privacy.dp.noiseMultiplier, 1.3);
        QVERIFY(!z->toolTip().isEmpty());
        // Secure aggregation with central DP is a problem at the mode; local DP combines with it.
        editor<QCheckBox>(page.form(), u"privacy.secure_aggregation.enabled"_s)->setChecked(true);
        QVERIFY(hasProblemAt(page, u"privacy.dp.mode"_s));
        auto* mode = editor<QComboBox>(page.form(), u"privacy.dp.mode"_s);
        mode->setCurrentIndex(mode->findData(u"local"_s));
        QVERIFY2(page.isValid(),
                 qPrintable(page.problems().empty() ? QString() : page.problems()[0].message));
        QVERIFY(page.spec().privacy.dp.enabled && page.spec().privacy.secureAggregation.enabled);
        QCOMPARE(page.spec().privacy.dp.mode, DpMode::Local);
    }

    void validationAsYouType() {
        DesignerPage page;
        page.newSpec(preset(m_presets, u"demo"_s).spec, u"demo"_s);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.isValid());
        QSignalSpy changed(&page, &DesignerPage::specChanged);

        // A cross-field rule: 3 clients cannot give at least 5 per round.
        auto* clients = editor<QSpinBox>(page.form(), u"clients"_s);
        clients->setValue(3);
        QVERIFY(!page.isValid());
        QVERIFY(hasProblemAt(page, u"selection.min_clients"_s));
        QVERIFY(page.form()->fieldBox(u"selection.min_clients"_s)->hasProblems());
        QVERIFY(page.form()->editorFor(u"selection.min_clients"_s)->toolTip().contains(u"at most"));
        QVERIFY(page.problemModel()->rowCount() > 0);
        QCOMPARE(changed.last().at(1).toBool(), false);
        clients->setValue(20);
        QVERIFY(page.isValid());
        QVERIFY(!page.form()->fieldBox(u"selection.min_clients"_s)->hasProblems());
        QCOMPARE(page.problemModel()->rowCount(), 0);
        QCOMPARE(changed.last().at(1).toBool(), true);

        // Typing: an empty name is a problem until something is typed.
        auto* name = editor<QLineEdit>(page.form(), u"name"_s);
        retype(name, QString());
        QVERIFY(hasProblemAt(page, u"name"_s));
        QTest::keyClicks(name, u"Mine"_s);
        QVERIFY(page.isValid());
        QCOMPARE(page.spec().name, u"Mine"_s);

        // A range rule, typed key by key: alpha must be positive.
        auto* alpha = editor<QDoubleSpinBox>(page.form(), u"partition.alpha"_s);
        alpha->setFocus();
        alpha->selectAll();
        QTest::keyClicks(alpha, u"0"_s);
        QVERIFY(hasProblemAt(page, u"partition.alpha"_s));
        QTest::keyClicks(alpha, u".2"_s);
        QVERIFY(!hasProblemAt(page, u"partition.alpha"_s));
        QCOMPARE(page.spec().partition.alpha, 0.2);

        // Text the spec cannot hold is reported at its field, and the spec keeps its value.
        auto* hidden = editor<QLineEdit>(page.form(), u"model.hidden"_s);
        retype(hidden, u"200, abc"_s);
        QVERIFY(hasProblemAt(page, u"model.hidden"_s));
        QVERIFY(!page.isValid());
        // "200" was a valid list on the way, so the spec holds it until the text parses again.
        QCOMPARE(page.spec().model.hidden, (std::vector<int>{200}));
        retype(hidden, u"128, 64"_s);
        QVERIFY(page.isValid());
        QCOMPARE(page.spec().model.hidden, (std::vector<int>{128, 64}));

        // Activating a problem focuses its field.
        clients->setValue(2);
        QVERIFY(page.focusProblem(u"selection.min_clients"_s));
        QTRY_VERIFY(page.form()->editorFor(u"selection.min_clients"_s)->hasFocus());
    }

    void sectionIndexScrollsTheForm() {
        DesignerPage page;
        page.newSpec(preset(m_presets, u"demo"_s).spec, u"demo"_s);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* sections = page.findChild<QListWidget*>(u"sections"_s);
        auto* scroll = page.findChild<QScrollArea*>(u"formScroll"_s);
        QVERIFY(sections && scroll);
        const int energy = static_cast<int>(page.form()->sections().size()) / 2;
        sections->setCurrentRow(energy);
        // The form itself moves, not only the scroll bar: its section's box is at the top.
        const int value = scroll->verticalScrollBar()->value();
        QVERIFY(value > 0);
        QCOMPARE(scroll->widget()->y(), -value);
        QCOMPARE(sections->currentRow(), energy);
        // The last section may never reach the top; the index keeps the one clicked.
        const int last = sections->count() - 1;
        sections->setCurrentRow(last);
        QCOMPARE(scroll->widget()->y(), -scroll->verticalScrollBar()->value());
        QCOMPARE(sections->currentRow(), last);
    }

    void onlyRelevantKnobsAreShown() {
        DesignerPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        FederationSpec spec;
        spec.partition.scheme = PartitionScheme::Iid;
        page.newSpec(spec, u"iid"_s);
        SpecForm* form = page.form();
        QVERIFY(!form->fieldBox(u"partition.alpha"_s)->isVisibleTo(&page));
        QVERIFY(!form->fieldBox(u"data.csv.train"_s)->isVisibleTo(&page));
        QVERIFY(form->fieldBox(u"data.path"_s)->isVisibleTo(&page));
        editor<QComboBox>(form, u"partition.scheme"_s)
            ->setCurrentIndex(int(partitionNames().indexOf(u"dirichlet"_s)));
        QVERIFY(form->fieldBox(u"partition.alpha"_s)->isVisibleTo(&page));
        editor<QComboBox>(form, u"data.dataset"_s)
            ->setCurrentIndex(int(datasetNames().indexOf(u"csv"_s)));
        QVERIFY(form->fieldBox(u"data.csv.train"_s)->isVisibleTo(&page));
        QVERIFY(!form->fieldBox(u"data.path"_s)->isVisibleTo(&page));
        QVERIFY(hasProblemAt(page, u"data.csv.train"_s));

        // A knob that does not apply but has a problem is shown, so that it can be fixed.
        spec.partition.alpha = 0.0;
        page.newSpec(spec, u"iid, bad alpha"_s);
        QVERIFY(hasProblemAt(page, u"partition.alpha"_s));
        QVERIFY(form->fieldBox(u"partition.alpha"_s)->isVisibleTo(&page));
    }

    void undoRedoRestoresValues() {
        DesignerPage page;
        page.newSpec(preset(m_presets, u"demo"_s).spec, u"demo"_s);
        QUndoStack* undo = page.undoStack();
        QSignalSpy modified(&page, &DesignerPage::modificationChanged);
        auto* clients = editor<QSpinBox>(page.form(), u"clients"_s);
        auto* alpha = editor<QDoubleSpinBox>(page.form(), u"partition.alpha"_s);

        clients->setValue(30);
        clients->setValue(31); // the same field again: merged into one step
        QCOMPARE(undo->count(), 1);
        QVERIFY(page.isModified());
        QCOMPARE(modified.last().at(0).toBool(), true);
        alpha->setValue(0.1);
        QCOMPARE(undo->count(), 2);
        QCOMPARE(undo->undoText(), u"Change α (concentration)"_s);

        undo->undo();
        QCOMPARE(alpha->value(), 0.5);
        QCOMPARE(page.spec().partition.alpha, 0.5);
        undo->undo();
        QCOMPARE(clients->value(), 20);
        QCOMPARE(page.spec().clients, 20);
        QVERIFY(!page.isModified());
        QVERIFY(sameSpec(page.spec(), preset(m_presets, u"demo"_s).spec));
        undo->redo();
        QCOMPARE(clients->value(), 31);
        QCOMPARE(page.spec().clients, 31);
        undo->redo();
        QCOMPARE(alpha->value(), 0.1);

        // Typing a value and then the old one again leaves no step behind.
        alpha->setValue(0.3);
        alpha->setValue(0.1);
        QCOMPARE(undo->count(), 2);

        // Undo also brings back validity: an invalid edit undone is valid again.
        clients->setValue(2);
        QVERIFY(!page.isValid());
        undo->undo();
        QVERIFY(page.isValid());
    }

    void saveAndOpenRoundTrip() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DesignerPage page;
        page.newSpec(preset(m_presets, u"demo"_s).spec, u"demo"_s);
        editor<QSpinBox>(page.form(), u"clients"_s)->setValue(30);
        retype(editor<QLineEdit>(page.form(), u"model.hidden"_s), u"128, 64"_s);
        editor<QCheckBox>(page.form(), u"ledger.store_updates"_s)->setChecked(true);
        editor<QComboBox>(page.form(), u"selection.policy"_s)
            ->setCurrentIndex(int(selectionPolicyNames().indexOf(u"energy-aware"_s)));
        QVERIFY(page.isValid());
        QVERIFY(page.isModified());

        const QString path = dir.filePath(u"mine.fed.json"_s);
        QString error;
        QSignalSpy documentChanged(&page, &DesignerPage::documentChanged);
        QVERIFY2(page.saveFile(path, &error), qPrintable(error));
        QVERIFY(!page.isModified());
        QCOMPARE(page.filePath(), path);
        QCOMPARE(page.documentTitle(), u"mine.fed.json"_s);
        QVERIFY(documentChanged.count() >= 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), specToJson(page.spec()));

        DesignerPage reopened;
        QVERIFY2(reopened.openFile(path, &error), qPrintable(error));
        QVERIFY(sameSpec(reopened.spec(), page.spec()));
        QCOMPARE(reopened.spec().model.hidden, (std::vector<int>{128, 64}));
        QVERIFY(!reopened.isModified());
        QCOMPARE(reopened.undoStack()->count(), 0);
        QCOMPARE(editor<QSpinBox>(reopened.form(), u"clients"_s)->value(), 30);
    }

    void openingABadFileNamesItsProblems() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.fed.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"clients": 0, "partition": {"scheme": "dirchlet"}})");
        file.close();
        DesignerPage page;
        page.newSpec(preset(m_presets, u"demo"_s).spec, u"demo"_s);
        QString error;
        QVERIFY(!page.openFile(path, &error));
        QVERIFY(error.contains(u"bad.fed.json"));
        QVERIFY(error.contains(u"clients"));
        QVERIFY(error.contains(u"did you mean \"dirichlet\""));
        // The document is untouched.
        QCOMPARE(page.spec().clients, 20);
        QVERIFY(page.filePath().isEmpty());
    }

    void partitionPreviewFollowsTheSpec() {
        DesignerPage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        PartitionPreview* preview = page.preview();
        page.newSpec(preset(m_presets, u"synthetic-quick"_s).spec, u"synthetic"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isBusy(), 30000);
        QCOMPARE(preview->shownClients(), 10);
        QCOMPARE(preview->shownClasses(), 10);
        QVERIFY(preview->message().isEmpty());

        // Edits in quick succession: only the last one counts.
        auto* clients = editor<QSpinBox>(page.form(), u"clients"_s);
        for (int n = 11; n <= 25; ++n) {
            clients->setValue(n);
            QTest::qWait(5);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isBusy(), 30000);
        QCOMPARE(preview->shownClients(), 25);
        preview->setScale(PartitionPreview::Scale::Shares);
        QCOMPARE(preview->shownClients(), 25);
        QCOMPARE(preview->shownClasses(), 10);

        // Data that cannot be loaded is reported in place of the chart.
        FederationSpec missing;
        missing.data.path = u"/nonexistent/fashion"_s;
        page.newSpec(missing, u"missing"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isBusy(), 30000);
        QCOMPARE(preview->shownClients(), 0);
        QVERIFY2(preview->message().contains(u"/nonexistent/fashion"),
                 qPrintable(preview->message()));

        // So are partition settings with problems.
        FederationSpec invalid = preset(m_presets, u"synthetic-quick"_s).spec;
        invalid.clients = 0;
        page.newSpec(invalid, u"invalid"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isBusy(), 30000);
        QCOMPARE(preview->shownClients(), 0);
        QVERIFY(!preview->message().isEmpty());
    }

    void partitionPreviewOfFashionMnist() {
        if (!QFileInfo::exists(kFashionFolder + u"/train-labels-idx1-ubyte.gz"_s) &&
            !QFileInfo::exists(kFashionFolder + u"/train-labels-idx1-ubyte"_s))
            QSKIP("Fashion-MNIST is not installed (dataset-fashion-mnist)");
        DesignerPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        FederationSpec spec = preset(m_presets, u"fashion-mlp-shards-fedprox"_s).spec;
        spec.clients = 150; // more than the chart shows
        // The event loop keeps turning while Fashion-MNIST loads and partitions. A load on the
        // GUI thread would stall it for the whole load (~0.3 s idle, longer on a busy machine),
        // so the longest gap between 5 ms timer ticks must stay well below the time the preview
        // was busy. Relative, because on a loaded CI machine any single gap can exceed a fixed
        // bound; bench_gui_stall prints the absolute figures.
        QElapsedTimer sinceTick;
        QElapsedTimer busyFor;
        qint64 longestGap = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this,
                [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
        busyFor.start();
        page.newSpec(spec, u"shards"_s);
        PartitionPreview* preview = page.preview();
        QVERIFY2(preview->isBusy(), "the preview loaded Fashion-MNIST before newSpec() returned");
        sinceTick.start();
        ticker.start(5);
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isBusy(), 60000);
        ticker.stop();
        const qint64 busy = busyFor.elapsed();
        qInfo("longest event-loop gap while the preview loaded Fashion-MNIST: %lld ms of %lld ms",
              longestGap, busy);
        QVERIFY2(longestGap < 150 || longestGap < busy / 2,
                 qPrintable(u"gap %1 ms while busy %2 ms"_s.arg(longestGap).arg(busy)));
        QCOMPARE(preview->shownClients(), PartitionPreview::kMaxShownClients);
        QCOMPARE(preview->shownClasses(), 10);
        auto* series = qobject_cast<QAbstractBarSeries*>(preview->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().front()->label(), u"T-shirt/top"_s);
        // Two shards per client: no client holds more than two classes' worth of shards.
        for (int client = 0; client < 10; ++client) {
            int classes = 0;
            for (QBarSet* set : series->barSets())
                classes += set->at(client) > 0 ? 1 : 0;
            QVERIFY2(classes <= 2, qPrintable(QString::number(classes)));
        }
    }

    void openSpecDialogShowsTheProblems() {
        // The dialog for a bad spec names its problems in its text, not only behind "Show
        // Details".
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.fed.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"clients": 0, "rounds": "ten"})");
        file.close();
        MainWindow window;
        QString shown;
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, &window, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            poll.stop();
            shown = box->informativeText();
            box->accept();
        });
        poll.start();
        QVERIFY(!window.openSpec(path));
        QVERIFY2(shown.contains(u"clients: must be 1..100000, got 0"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"rounds: must be an integer, got \"ten\""_s), qPrintable(shown));
    }

    void startFollowsValidity() {
        MainWindow window;
        QVERIFY(window.newFromPreset(u"demo"_s));
        QAction* start = window.runPage()->startAction();
        QVERIFY(start->isEnabled());
        QVERIFY(window.windowTitle().contains(u"demo"));
        QVERIFY(!window.isWindowModified());
        editor<QSpinBox>(window.designer()->form(), u"clients"_s)->setValue(3);
        QVERIFY(!start->isEnabled());
        QVERIFY(window.isWindowModified());
        window.designer()->undoStack()->undo();
        QVERIFY(start->isEnabled());
        QVERIFY(!window.isWindowModified());
        QVERIFY(!start->shortcut().isEmpty());
    }

    void numberSpinBoxKeepsValuesExact_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("lr") << 0.05 << u"0.05"_s;
        QTest::newRow("epsilon") << 1e-8 << u"1e-08"_s;
        QTest::newRow("bandwidth") << 2e12 << u"2e+12"_s;
        QTest::newRow("beta2") << 0.999 << u"0.999"_s;
        QTest::newRow("third") << 1.0 / 3.0 << u"0.3333333333333333"_s;
    }

    void numberSpinBoxKeepsValuesExact() {
        QFETCH(double, value);
        QFETCH(QString, text);
        NumberSpinBox spin;
        spin.setRange(0.0, 1e15);
        spin.setValue(value);
        QCOMPARE(spin.value(), value);
        QCOMPARE(spin.text(), text);
        QCOMPARE(spin.valueFromText(text), value);
        QString typing = u"1e-"_s;
        int pos = 0;
        QCOMPARE(spin.validate(typing, pos), QValidator::Intermediate);
        QString letters = u"abc"_s;
        QCOMPARE(spin.validate(letters, pos), QValidator::Invalid);
    }

    void problemPathsMapToFields() {
        const QStringList known{u"model.hidden"_s, u"energy.devices"_s, u"energy.profiles"_s,
                                u"clients"_s};
        QCOMPARE(fieldForPath(u"model.hidden[1]"_s, known), u"model.hidden"_s);
        QCOMPARE(fieldForPath(u"energy.devices[2].share"_s, known), u"energy.devices"_s);
        QCOMPARE(fieldForPath(u"energy.profiles.sensor.idle_power_w"_s, known),
                 u"energy.profiles"_s);
        QCOMPARE(fieldForPath(u"clients"_s, known), u"clients"_s);
        QCOMPARE(fieldForPath(u"nothing.here"_s, known), QString());
    }

    void problemListModel() {
        ProblemListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLabels({{u"clients"_s, u"Clients"_s}, {u"model.hidden"_s, u"Hidden layers"_s}});
        model.setProblems({{u"clients"_s, u"must be 1..100000, got 0"_s}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), u"Clients: must be 1..100000, got 0"_s);
        model.setProblems({{u"clients"_s, u"must be 1..100000, got 0"_s},
                           {u"model.hidden[1]"_s, u"must be 1..65536, got 0"_s},
                           {QString(), u"document problem"_s}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1).data().toString(), u"Hidden layers[1]: must be 1..65536, got 0"_s);
        QCOMPARE(model.index(1).data(ProblemListModel::PathRole).toString(), u"model.hidden[1]"_s);
        QCOMPARE(model.index(2).data().toString(), u"document problem"_s);
        model.setProblems({{u"model.hidden[1]"_s, u"must be 1..65536, got 0"_s}});
        QCOMPARE(model.rowCount(), 1);
        model.setProblems({});
        QCOMPARE(model.rowCount(), 0);
    }

    void deviceMixModel() {
        DeviceMixModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &DeviceMixModel::edited);
        model.setProfileNames(DeviceCatalogue::builtIn().names());
        model.setDevices(EnergySettings{}.devices);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(edited.count(), 0);
        QCOMPARE(model.index(0, DeviceMixModel::PercentColumn).data().toString(), u"25.0 %"_s);
        QVERIFY(model.setData(model.index(0, DeviceMixModel::ShareColumn), 2.0));
        QCOMPARE(model.devices().front().share, 2.0);
        QCOMPARE(model.index(0, DeviceMixModel::PercentColumn).data().toString(), u"72.7 %"_s);
        QVERIFY(model.setData(model.index(1, DeviceMixModel::ProfileColumn), u"laptop"_s));
        QVERIFY(!(model.flags(model.index(0, DeviceMixModel::PercentColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.index(0, DeviceMixModel::ProfileColumn)
                    .data(DeviceMixModel::ChoicesRole)
                    .toStringList()
                    .contains(u"laptop"_s));
        model.removeDevice(3);
        model.removeDevice(0);
        QCOMPARE(model.rowCount(), 2);
        model.addDevice();
        QCOMPARE(model.rowCount(), 3);
        model.setRowProblems({{1, {u"bad"_s}}});
        QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), u"bad"_s);
        QCOMPARE(edited.count(), 5);
        model.setDevices({});
        QCOMPARE(model.rowCount(), 0);
    }

    void profileFieldsModel() {
        ProfileFieldsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &ProfileFieldsModel::edited);
        QCOMPARE(model.rowCount(), 0);
        model.setCurrentProfile(u"laptop"_s);
        const int rows = 1 + int(profileFields().size());
        QCOMPARE(model.rowCount(), rows);
        const QModelIndex power = [&] {
            for (int row = 0; row < rows; ++row)
                if (model.index(row, 0).data(ProfileFieldsModel::KeyRole) == u"transmit_power_w"_s)
                    return model.index(row, ProfileFieldsModel::ValueColumn);
            return QModelIndex();
        }();
        QVERIFY(power.isValid());
        QVERIFY(power.data().toString().isEmpty());
        QVERIFY(
            !power.siblingAtColumn(ProfileFieldsModel::PresetColumn).data().toString().isEmpty());
        QVERIFY(model.setData(power, u"0.5"_s));
        QCOMPARE(model.profiles().size(), std::size_t(1));
        QCOMPARE(model.profiles().front().values.at(u"transmit_power_w"_s), 0.5);
        QVERIFY(model.isCustomized(u"laptop"_s));
        QVERIFY(!model.setData(power, u"fast"_s));
        // Clearing the only change makes the built-in profile plain again.
        QVERIFY(model.setData(power, QString()));
        QVERIFY(model.profiles().empty());

        QVERIFY(model.addProfile(u"sensor"_s));
        QVERIFY(!model.addProfile(u"sensor"_s));
        QVERIFY(!model.addProfile(u"laptop"_s));
        QVERIFY(model.profileNames().contains(u"sensor"_s));
        model.setCurrentProfile(u"sensor"_s);
        QVERIFY(model.index(0, ProfileFieldsModel::PresetColumn).data().toString().isEmpty());
        QVERIFY(model.setData(model.index(0, ProfileFieldsModel::ValueColumn), u"a sensor"_s));
        QCOMPARE(model.profiles().front().description, u"a sensor"_s);
        model.setFieldProblems({{u"description"_s, {u"bad"_s}}});
        QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(), u"bad"_s);
        model.removeProfile(u"sensor"_s);
        QVERIFY(model.profiles().empty());
        model.setCurrentProfile(QString());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(edited.count(), 5);
    }

    void energyEditsReachTheSpec() {
        DesignerPage page;
        page.newSpec(FederationSpec{}, u"energy"_s);
        auto* mix = qobject_cast<DeviceMixModel*>(
            editor<QTableView>(page.form(), u"energy.devices"_s)->model());
        QVERIFY(mix->setData(mix->index(0, DeviceMixModel::ProfileColumn), u"nowhere"_s));
        QVERIFY(hasProblemAt(page, u"energy.devices[0].profile"_s));
        QVERIFY(page.form()->fieldBox(u"energy.devices"_s)->hasProblems());
        page.undoStack()->undo();
        QVERIFY(page.isValid());
        QCOMPARE(page.spec().energy.devices.front().profile, u"raspberry-pi-4"_s);

        auto* profiles = qobject_cast<ProfileFieldsModel*>(
            page.form()->findChild<QTableView*>(u"energy.profiles.table"_s)->model());
        QVERIFY(profiles->addProfile(u"sensor"_s));
        // A new profile must set every figure: until then the spec says what is missing.
        QVERIFY(hasProblemAt(page, u"energy.profiles.sensor"_s));
        page.undoStack()->undo();
        QVERIFY(page.spec().energy.profiles.empty());
        QVERIFY(page.isValid());
    }
};

QTEST_MAIN(TestDesigner)
#include "test_designer.moc"
