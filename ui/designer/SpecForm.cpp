#include "ui/designer/SpecForm.h"

#include "engine/energy/DeviceProfile.h"
#include "engine/pki/Provisioning.h"
#include "ui/designer/DeviceMixModel.h"
#include "ui/designer/FieldBox.h"
#include "ui/designer/NumberSpinBox.h"
#include "ui/designer/ProblemListModel.h"
#include "ui/designer/ProfileFieldsModel.h"
#include "ui/designer/SpecItemDelegate.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace fed::ui {

namespace {

// Valid seeds fit in 53 bits (docs/spec.md); the spec checks the bound, the editor only digits.
constexpr int kMaxSeedDigits = 16;

bool isImageData(const FederationSpec& s) {
    return s.data.dataset == DatasetKind::FashionMnist || s.data.dataset == DatasetKind::Mnist ||
           s.data.dataset == DatasetKind::Cifar10;
}

bool partitionApplies(const FederationSpec& s) {
    return s.data.dataset != DatasetKind::Synthetic;
}

QString intListText(const std::vector<int>& values) {
    QStringList parts;
    for (int value : values)
        parts << QString::number(value);
    return parts.join(u", "_s);
}

//! "200, 200" -> {200, 200}; `error` names the first token that is not a whole number.
std::vector<int> parseIntList(const QString& text, QString* error) {
    std::vector<int> values;
    error->clear();
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    for (const QString& token : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int value = token.toInt(&ok);
        if (!ok) {
            *error = SpecForm::tr("“%1” is not a whole number; write whole numbers separated by "
                                  "commas, e.g. 200, 200")
                         .arg(token);
            return {};
        }
        values.push_back(value);
    }
    return values;
}

QStringList parseNames(const QString& text) {
    QStringList names;
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    for (const QString& name : text.split(separators, Qt::SkipEmptyParts))
        names << name;
    return names;
}

//! Editors that hold a number have one width, so the form reads as a tidy column.
void setNumberWidth(QWidget* editor) {
    editor->setMinimumWidth(editor->fontMetrics().horizontalAdvance(u"0"_s) * 18);
    editor->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

} // namespace

SpecForm::SpecForm(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    buildOverview();
    buildData();
    buildPartition();
    buildSelection();
    buildModel();
    buildTraining();
    buildStrategy();
    buildAdversaries();
    buildEvaluation();
    buildEnergy();
    buildPrivacy();
    buildLedger();
    buildExecution();
    buildLaunch();
    layout->addStretch(1);
    alignLabels();

    setSpec(FederationSpec{});
}

SpecForm::~SpecForm() = default;

// --- building blocks ------------------------------------------------------------------------

QFormLayout* SpecForm::addSection(const QString& title, const QString& description) {
    auto* box = new QGroupBox(title, this);
    box->setObjectName(title);
    auto* form = new QFormLayout(box);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(4);
    if (!description.isEmpty()) {
        auto* text = new QLabel(description, box);
        text->setWordWrap(true);
        text->setForegroundRole(QPalette::PlaceholderText);
        text->setContentsMargins(0, 0, 0, 6);
        form->addRow(text);
    }
    qobject_cast<QVBoxLayout*>(layout())->addWidget(box);
    m_sections.append({title, box});
    return form;
}

SpecForm::Field& SpecForm::addField(QFormLayout* form, const QString& path, const QString& label,
                                    const QString& help, QWidget* editor, bool expanding) {
    editor->setObjectName(path);
    auto* box = new FieldBox(editor, expanding);
    box->setHelp(help);
    auto* labelWidget = new QLabel(label + u':');
    labelWidget->setObjectName(u"fieldLabel"_s);
    labelWidget->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    labelWidget->setBuddy(editor);
    labelWidget->setToolTip(box->editor()->toolTip());
    form->addRow(labelWidget, box);
    m_fieldIndex.insert(path, m_fields.size());
    m_sectionOfField.insert(path, m_sections.back().box);
    m_fields.push_back(Field{path, label, box, form, {}, {}});
    return m_fields.back();
}

void SpecForm::addInt(QFormLayout* form, const QString& path, const QString& label,
                      const QString& help, Ref<int> ref, int minimum, int maximum,
                      const QString& specialZero) {
    auto* spin = new QSpinBox;
    spin->setRange(minimum, maximum);
    spin->setGroupSeparatorShown(true);
    spin->setAccelerated(true);
    if (!specialZero.isEmpty() && minimum == 0)
        spin->setSpecialValueText(specialZero);
    setNumberWidth(spin);
    Field& field = addField(form, path, label, help, spin, false);
    field.load = [this, spin, ref] {
        if (spin->value() != ref(m_spec))
            spin->setValue(ref(m_spec));
    };
    connect(spin, &QSpinBox::valueChanged, this, [this, ref, path](int value) {
        if (m_loading || ref(m_spec) == value)
            return;
        ref(m_spec) = value;
        userEdited(path);
    });
}

void SpecForm::addNumber(QFormLayout* form, const QString& path, const QString& label,
                         const QString& help, Ref<double> ref, double step, double stepFactor,
                         const QString& specialZero) {
    auto* spin = new NumberSpinBox;
    // Wide enough for any value the spec allows; the spec's own range is reported by
    // validation, in the same words as fedctl, rather than silently clamped here.
    spin->setRange(0.0, 1e15);
    spin->setSingleStep(step);
    spin->setStepFactor(stepFactor);
    if (!specialZero.isEmpty())
        spin->setSpecialValueText(specialZero);
    setNumberWidth(spin);
    Field& field = addField(form, path, label, help, spin, false);
    field.load = [this, spin, ref] {
        if (spin->value() != ref(m_spec))
            spin->setValue(ref(m_spec));
    };
    connect(spin, &NumberSpinBox::valueChanged, this, [this, ref, path](double value) {
        if (m_loading || ref(m_spec) == value)
            return;
        ref(m_spec) = value;
        userEdited(path);
    });
}

void SpecForm::addBool(QFormLayout* form, const QString& path, const QString& label,
                       const QString& text, const QString& help, Ref<bool> ref) {
    auto* check = new QCheckBox(text);
    Field& field = addField(form, path, label, help, check, true);
    field.load = [this, check, ref] {
        if (check->isChecked() != ref(m_spec))
            check->setChecked(ref(m_spec));
    };
    connect(check, &QCheckBox::toggled, this, [this, ref, path](bool on) {
        if (m_loading || ref(m_spec) == on)
            return;
        ref(m_spec) = on;
        userEdited(path);
    });
}

QLineEdit* SpecForm::addText(QFormLayout* form, const QString& path, const QString& label,
                             const QString& help, Ref<QString> ref, const QString& placeholder) {
    auto* edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    Field& field = addField(form, path, label, help, edit, true);
    field.load = [this, edit, ref] {
        if (edit->text() != ref(m_spec))
            edit->setText(ref(m_spec));
    };
    connect(edit, &QLineEdit::textChanged, this, [this, ref, path](const QString& text) {
        if (m_loading || ref(m_spec) == text)
            return;
        ref(m_spec) = text;
        userEdited(path);
    });
    return edit;
}

void SpecForm::addIntList(QFormLayout* form, const QString& path, const QString& label,
                          const QString& help, Ref<std::vector<int>> ref,
                          const QString& placeholder) {
    auto* edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    addField(form, path, label, help, edit, true).load = [this, edit, ref, path] {
        QString error;
        const std::vector<int> shown = parseIntList(edit->text(), &error);
        if (!error.isEmpty() || shown != ref(m_spec)) {
            edit->setText(intListText(ref(m_spec)));
            m_inputErrors.remove(path);
        }
    };
    connect(edit, &QLineEdit::textChanged, this, [this, ref, path](const QString& text) {
        if (m_loading)
            return;
        QString error;
        std::vector<int> values = parseIntList(text, &error);
        if (error == m_inputErrors.value(path) && (!error.isEmpty() || values == ref(m_spec)))
            return;
        m_inputErrors.insert(path, error);
        if (error.isEmpty())
            ref(m_spec) = std::move(values);
        userEdited(path);
    });
}

QLineEdit* SpecForm::addUnsigned(QFormLayout* form, const QString& path, const QString& label,
                                 const QString& help, Ref<std::uint64_t> ref) {
    auto* edit = new QLineEdit;
    edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"[0-9]{0,%1}"_s.arg(kMaxSeedDigits)), edit));
    setNumberWidth(edit);
    addField(form, path, label, help, edit, false).load = [this, edit, ref, path] {
        bool ok = false;
        if (edit->text().toULongLong(&ok) != ref(m_spec) || !ok) {
            edit->setText(QString::number(ref(m_spec)));
            m_inputErrors.remove(path);
        }
    };
    connect(edit, &QLineEdit::textChanged, this, [this, ref, path](const QString& text) {
        if (m_loading)
            return;
        bool ok = false;
        const std::uint64_t value = text.toULongLong(&ok);
        const QString error = ok ? QString() : tr("must be a whole number");
        if (ok && value == ref(m_spec) && error == m_inputErrors.value(path))
            return;
        m_inputErrors.insert(path, error);
        if (ok)
            ref(m_spec) = value;
        userEdited(path);
    });
    return edit;
}

template <typename E>
void SpecForm::addChoice(QFormLayout* form, const QString& path, const QString& label,
                         const QString& help, Ref<E> ref, const QStringList& names,
                         std::optional<E> (*parse)(QStringView), QString (*nameOf)(E),
                         const QHash<QString, std::pair<QString, QString>>& items) {
    m_choiceTexts.insert(path, items);
    auto* combo = new QComboBox;
    for (const QString& name : names) {
        const auto item = items.value(name, {name, QString()});
        combo->addItem(item.first, name);
        if (!item.second.isEmpty())
            combo->setItemData(combo->count() - 1, item.second, Qt::ToolTipRole);
    }
    setNumberWidth(combo);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    Field& field = addField(form, path, label, help, combo, false);
    field.load = [this, combo, ref, nameOf] {
        const int index = combo->findData(nameOf(ref(m_spec)));
        if (combo->currentIndex() != index)
            combo->setCurrentIndex(index);
    };
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, ref, parse, path](int) {
        const std::optional<E> value = parse(combo->currentData().toString());
        if (m_loading || !value || ref(m_spec) == *value)
            return;
        ref(m_spec) = *value;
        userEdited(path);
    });
}

void SpecForm::addBrowse(const QString& path, bool folder) {
    FieldBox* box = fieldBox(path);
    auto* edit = qobject_cast<QLineEdit*>(box->editor());
    auto* button = new QToolButton;
    button->setText(tr("Browse…"));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setObjectName(path + u".browse"_s);
    box->addCompanion(button);
    connect(button, &QToolButton::clicked, this, [this, edit, folder] {
        // Relative paths resolve against the spec's folder, so that is where to start.
        const QString base =
            m_spec.baseDirectory.isEmpty() ? QDir::homePath() : m_spec.baseDirectory;
        const QString current = edit->text().isEmpty() ? base : QDir(base).filePath(edit->text());
        const QString chosen =
            folder ? QFileDialog::getExistingDirectory(this, tr("Choose the data folder"), current)
                   : QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), current,
                                                  tr("CSV files (*.csv);;All files (*)"));
        if (!chosen.isEmpty())
            edit->setText(QDir::toNativeSeparators(chosen));
    });
}

void SpecForm::alignLabels() {
    // One label column across all sections, so that the editors line up down the whole form.
    int width = 0;
    const QList<QLabel*> labels = findChildren<QLabel*>(u"fieldLabel"_s);
    for (const QLabel* label : labels)
        width = std::max(width, label->sizeHint().width());
    for (QLabel* label : labels)
        label->setMinimumWidth(width);
}

void SpecForm::setRelevant(const QString& path,
                           std::function<bool(const FederationSpec&)> relevant) {
    m_fields[m_fieldIndex.value(path)].relevant = std::move(relevant);
}

// --- sections -------------------------------------------------------------------------------

void SpecForm::buildOverview() {
    QFormLayout* form = addSection(
        tr("Federation"), tr("What the federation is called, how long it runs, and the seed "
                             "that every random choice derives from."));
    addText(form, u"name"_s, tr("Name"),
            tr("Shown in the window title, in the runs list and in reports."),
            [](FederationSpec& s) -> QString& { return s.name; });

    QLineEdit* seed = addUnsigned(
        form, u"seed"_s, tr("Seed"),
        tr("Every random choice — the partition, which clients train each round, the initial "
           "weights, shuffling, synthetic data — derives from the seed. The same spec with the "
           "same seed is the same federation; change it to see how much a result owes to luck."),
        [](FederationSpec& s) -> std::uint64_t& { return s.seed; });
    Field& field = m_fields[m_fieldIndex.value(u"seed"_s)];
    auto* dice = new QToolButton;
    dice->setText(tr("New seed"));
    dice->setObjectName(u"seed.new"_s);
    dice->setToolTip(tr("Draw a fresh random seed."));
    field.box->addCompanion(dice);
    connect(dice, &QToolButton::clicked, this, [seed] {
        seed->setText(QString::number(QRandomGenerator::global()->bounded(1000000u)));
    });

    addInt(
        form, u"rounds"_s, tr("Rounds"),
        tr("Communication rounds. In each round the server sends the global model to the "
           "selected clients, they train on their own data, and the server combines their "
           "updates into the next global model."),
        [](FederationSpec& s) -> int& { return s.rounds; }, 0, INT_MAX);
}

void SpecForm::buildData() {
    QFormLayout* form = addSection(
        tr("Data"), tr("The data set the clients train on and the global model is tested on."));
    const QHash<QString, std::pair<QString, QString>> datasets{
        {u"fashion-mnist"_s,
         {tr("Fashion-MNIST"), tr("28×28 grey images of clothing in 10 classes (IDX files).")}},
        {u"mnist"_s, {tr("MNIST"), tr("28×28 grey images of handwritten digits (IDX files).")}},
        {u"csv"_s, {tr("CSV table"), tr("Your own tabular data: numeric columns and a label.")}},
        {u"cifar10"_s,
         {tr("CIFAR-10"), tr("32×32 colour images in 10 classes (the binary batch files).")}},
        {u"synthetic"_s,
         {tr("Synthetic(α, β)"),
          tr("FedProx's generator: every client has its own model and feature distribution.")}},
    };
    addChoice<DatasetKind>(
        form, u"data.dataset"_s, tr("Data set"),
        tr("Which data the federation learns from. Image data sets can train "
           "every model; CSV and synthetic data need an MLP or logistic "
           "regression."),
        [](FederationSpec& s) -> DatasetKind& { return s.data.dataset; }, datasetNames(),
        &parseDataset, &datasetName, datasets);

    addText(
        form, u"data.path"_s, tr("Folder"),
        tr("The folder with the data set's files (IDX images and labels, or CIFAR-10's binary "
           "batches; "
           "plain or gzip). Relative paths start at the spec file's folder."),
        [](FederationSpec& s) -> QString& { return s.data.path; },
        tr("/usr/share/datasets/fashion-mnist"));
    addBrowse(u"data.path"_s, true);
    setRelevant(u"data.path"_s, isImageData);

    const auto isCsv = [](const FederationSpec& s) { return s.data.dataset == DatasetKind::Csv; };
    addText(
        form, u"data.csv.train"_s, tr("Training file"),
        tr("The training CSV: one sample per row, numeric feature columns and a label column."),
        [](FederationSpec& s) -> QString& { return s.data.csv.trainFile; }, tr("train.csv"));
    addBrowse(u"data.csv.train"_s, false);
    addText(
        form, u"data.csv.test"_s, tr("Test file"),
        tr("A separate test CSV with the same columns. Leave empty to hold out a share of "
           "the training file instead."),
        [](FederationSpec& s) -> QString& { return s.data.csv.testFile; },
        tr("empty: hold out part of the training file"));
    addBrowse(u"data.csv.test"_s, false);
    addText(form, u"data.csv.label_column"_s, tr("Label column"),
            tr("The label column: its header name, or its 0-based index (e.g. 0) for files "
               "without a header."),
            [](FederationSpec& s) -> QString& { return s.data.csv.labelColumn; });
    addBool(form, u"data.csv.header"_s, tr("Header"), tr("First row holds column names"),
            tr("Whether the first row of the CSV files names the columns."),
            [](FederationSpec& s) -> bool& { return s.data.csv.header; });
    addNumber(
        form, u"data.csv.test_fraction"_s, tr("Test share"),
        tr("Share of the training file held out for testing when there is no test file, "
           "between 0 and 1 (exclusive)."),
        [](FederationSpec& s) -> double& { return s.data.csv.testFraction; }, 0.05);
    for (const QString& path : {u"data.csv.train"_s, u"data.csv.test"_s, u"data.csv.label_column"_s,
                                u"data.csv.header"_s})
        setRelevant(path, isCsv);
    setRelevant(u"data.csv.test_fraction"_s, [](const FederationSpec& s) {
        return s.data.dataset == DatasetKind::Csv && s.data.csv.testFile.trimmed().isEmpty();
    });

    const auto isSynthetic = [](const FederationSpec& s) {
        return s.data.dataset == DatasetKind::Synthetic;
    };
    const auto skewed = [](const FederationSpec& s) {
        return s.data.dataset == DatasetKind::Synthetic && !s.data.synthetic.iid;
    };
    addBool(form, u"data.synthetic.iid"_s, tr("IID"), tr("Same distribution for every client"),
            tr("Synthetic-IID: every client draws from one shared model and feature "
               "distribution. The baseline to compare heterogeneous data against."),
            [](FederationSpec& s) -> bool& { return s.data.synthetic.iid; });
    addNumber(
        form, u"data.synthetic.alpha"_s, tr("α (model shift)"),
        tr("How far apart the clients' true models are drawn: larger values make clients "
           "label similar inputs differently (concept shift). 0..100."),
        [](FederationSpec& s) -> double& { return s.data.synthetic.alpha; }, 0.5);
    addNumber(
        form, u"data.synthetic.beta"_s, tr("β (feature shift)"),
        tr("How far apart the clients' feature distributions are drawn (covariate shift). "
           "0..100."),
        [](FederationSpec& s) -> double& { return s.data.synthetic.beta; }, 0.5);
    addInt(
        form, u"data.synthetic.dimension"_s, tr("Features"), tr("Number of input features."),
        [](FederationSpec& s) -> int& { return s.data.synthetic.dimension; }, 0, INT_MAX);
    addInt(
        form, u"data.synthetic.classes"_s, tr("Classes"), tr("Number of classes (2..1000)."),
        [](FederationSpec& s) -> int& { return s.data.synthetic.classes; }, 0, INT_MAX);
    addInt(
        form, u"data.synthetic.samples_per_client"_s, tr("Samples per client"),
        tr("Mean client size. Sizes follow a log-normal distribution around it, so some "
           "clients hold far more data than others."),
        [](FederationSpec& s) -> int& { return s.data.synthetic.samplesPerClientMean; }, 0,
        INT_MAX);
    addInt(
        form, u"data.synthetic.test_samples"_s, tr("Test samples"),
        tr("Size of the generated test set."),
        [](FederationSpec& s) -> int& { return s.data.synthetic.testSamples; }, 0, INT_MAX);
    setRelevant(u"data.synthetic.iid"_s, isSynthetic);
    setRelevant(u"data.synthetic.alpha"_s, skewed);
    setRelevant(u"data.synthetic.beta"_s, skewed);
    for (const QString& path :
         {u"data.synthetic.dimension"_s, u"data.synthetic.classes"_s,
          u"data.synthetic.samples_per_client"_s, u"data.synthetic.test_samples"_s})
        setRelevant(path, isSynthetic);

    addInt(
        form, u"data.train_limit"_s, tr("Training samples"),
        tr("Use only the first N training samples — handy for quick experiments. “All” uses "
           "every sample."),
        [](FederationSpec& s) -> int& { return s.data.trainLimit; }, 0, INT_MAX, tr("All"));
    addInt(
        form, u"data.test_limit"_s, tr("Test samples used"),
        tr("Test on only the first N test samples. “All” uses every sample."),
        [](FederationSpec& s) -> int& { return s.data.testLimit; }, 0, INT_MAX, tr("All"));
    const auto notSynthetic = [](const FederationSpec& s) {
        return s.data.dataset != DatasetKind::Synthetic;
    };
    setRelevant(u"data.train_limit"_s, notSynthetic);
    setRelevant(u"data.test_limit"_s, notSynthetic);
}

void SpecForm::buildSelection() {
    QFormLayout* form =
        addSection(tr("Selection"), tr("Which clients train in each round; the others sit the "
                                       "round out."));
    addNumber(
        form, u"selection.fraction"_s, tr("Fraction of clients per round (0–1)"),
        tr("Share of the clients that train in each round (FedAvg's C), in (0, 1]. 1 means "
           "every client, every round; 0.1 with 100 clients means about 10. Smaller "
           "shares make rounds cheaper but noisier."),
        [](FederationSpec& s) -> double& { return s.selection.fraction; }, 0.05);
    addInt(
        form, u"selection.min_clients"_s, tr("At least"),
        tr("Never select fewer clients than this in a round, whatever the share says. At "
           "most the number of clients."),
        [](FederationSpec& s) -> int& { return s.selection.minClients; }, 0, INT_MAX);

    const QHash<QString, std::pair<QString, QString>> policies{
        {u"random"_s, {tr("Random"), tr("A uniform sample each round (FedAvg's sampling).")}},
        {u"energy-aware"_s,
         {tr("Energy-aware"),
          tr("The clients that reach the round's sample target at the least modelled energy, "
             "while every client still gets a turn.")}},
        {u"deadline-aware"_s,
         {tr("Deadline-aware"),
          tr("A uniform sample among the clients whose modelled round time fits the deadline.")}},
    };
    addChoice<SelectionPolicy>(
        form, u"selection.policy"_s, tr("Selection policy"),
        tr("How the clients of a round are chosen. Energy-aware and deadline-aware selection use "
           "the device profiles and the deadline of the Energy section."),
        [](FederationSpec& s) -> SelectionPolicy& { return s.selection.policy; },
        selectionPolicyNames(), &parseSelectionPolicy, &selectionPolicyName, policies);
    addInt(
        form, u"selection.max_wait_rounds"_s, tr("Longest wait"),
        tr("Fairness: no client that can take part waits more than this many rounds for its "
           "next turn. Smaller values are fairer and cost more energy. Automatic: 4 × the "
           "fewest rounds in which every client can take a turn."),
        [](FederationSpec& s) -> int& { return s.selection.maxWaitRounds; }, 0, INT_MAX,
        tr("Automatic"));
    setRelevant(u"selection.max_wait_rounds"_s, [](const FederationSpec& s) {
        return s.selection.policy != SelectionPolicy::Random;
    });
}

void SpecForm::buildPartition() {
    QFormLayout* form = addSection(
        tr("Clients and partition"),
        tr("How many clients there are and how the training data is split among them. Uneven "
           "splits (non-IID data) are what make federated learning harder than ordinary "
           "training; the preview shows each client's classes."));
    addInt(
        form, u"clients"_s, tr("Clients"),
        tr("How many clients the training data is split among. More clients means less data "
           "each. For synthetic data, the number of generated users."),
        [](FederationSpec& s) -> int& { return s.clients; }, 0, INT_MAX);
    m_syntheticPartitionNote =
        new QLabel(tr("Synthetic data comes with its own clients, so there is nothing to split: "
                      "its α and β set how different the clients are."));
    m_syntheticPartitionNote->setWordWrap(true);
    form->addRow(m_syntheticPartitionNote);

    const QHash<QString, std::pair<QString, QString>> schemes{
        {u"iid"_s,
         {tr("IID"), tr("Shuffled and dealt out evenly: every client sees every class in about "
                        "the same proportions.")}},
        {u"dirichlet"_s,
         {tr("Dirichlet label skew"),
          tr("Each client's mix of classes is drawn from Dirichlet(α).")}},
        {u"shards"_s,
         {tr("Pathological shards"),
          tr("Data sorted by label is cut into shards; each client gets a few, so it sees only "
             "a few classes (McMahan et al. 2017).")}},
        {u"quantity"_s,
         {tr("Quantity skew"), tr("Labels stay IID but client sizes differ, drawn from "
                                  "Dirichlet(quantity α).")}},
    };
    addChoice<PartitionScheme>(
        form, u"partition.scheme"_s, tr("Scheme"),
        tr("How the training set is dealt out to the clients."),
        [](FederationSpec& s) -> PartitionScheme& { return s.partition.scheme; }, partitionNames(),
        &parsePartition, &partitionName, schemes);
    addNumber(
        form, u"partition.alpha"_s, tr("α (concentration)"),
        tr("Small means strong label skew: at 0.1 most clients hold one or two classes; at "
           "0.5 the skew is clear but moderate; at 100 and above the split is nearly IID. "
           "Arrows halve and double it."),
        [](FederationSpec& s) -> double& { return s.partition.alpha; }, 0.1, 2.0);
    addInt(
        form, u"partition.shards_per_client"_s, tr("Shards per client"),
        tr("With 2, a client typically sees only 2 of the 10 classes; more shards means "
           "milder skew."),
        [](FederationSpec& s) -> int& { return s.partition.shardsPerClient; }, 0, INT_MAX);
    addNumber(
        form, u"partition.quantity_alpha"_s, tr("Quantity α"),
        tr("Concentration of the client sizes. Small: a few clients hold most of the data; "
           "large: sizes close to equal. Arrows halve and double it."),
        [](FederationSpec& s) -> double& { return s.partition.quantityAlpha; }, 0.1, 2.0);
    addInt(
        form, u"partition.min_samples_per_client"_s, tr("Fewest samples"),
        tr("The fewest training samples a client may end up with; protects skewed splits "
           "against empty clients."),
        [](FederationSpec& s) -> int& { return s.partition.minSamplesPerClient; }, 0, INT_MAX);
    setRelevant(u"partition.scheme"_s, partitionApplies);
    setRelevant(u"partition.alpha"_s, [](const FederationSpec& s) {
        return partitionApplies(s) && s.partition.scheme == PartitionScheme::Dirichlet;
    });
    setRelevant(u"partition.shards_per_client"_s, [](const FederationSpec& s) {
        return partitionApplies(s) && s.partition.scheme == PartitionScheme::Shards;
    });
    setRelevant(u"partition.quantity_alpha"_s, [](const FederationSpec& s) {
        return partitionApplies(s) && s.partition.scheme == PartitionScheme::Quantity;
    });
    setRelevant(u"partition.min_samples_per_client"_s, [](const FederationSpec& s) {
        return partitionApplies(s) && s.partition.scheme != PartitionScheme::Iid;
    });
}

void SpecForm::buildModel() {
    QFormLayout* form =
        addSection(tr("Model"), tr("The neural network every client trains a copy of."));
    const QHash<QString, std::pair<QString, QString>> architectures{
        {u"logreg"_s, {tr("Logistic regression"), tr("One linear layer; the convex baseline.")}},
        {u"mlp"_s, {tr("MLP"), tr("A fully connected network with the hidden layers below.")}},
        {u"cnn"_s,
         {tr("CNN"), tr("The small convolutional network of McMahan et al. (2017); images only.")}},
        {u"lenet5"_s, {tr("LeNet-5"), tr("LeCun's LeNet-5; images only.")}},
        {u"torchscript"_s,
         {tr("TorchScript file"), tr("Your own model, saved from PyTorch with torch.jit.save.")}},
    };
    addChoice<ModelArchitecture>(
        form, u"model.architecture"_s, tr("Architecture"),
        tr("The network. CNN and LeNet-5 need image data; MLP and logistic regression work on "
           "any data."),
        [](FederationSpec& s) -> ModelArchitecture& { return s.model.architecture; },
        architectureNames(), &parseArchitecture, &architectureName, architectures);
    addText(
        form, u"model.path"_s, tr("TorchScript file"),
        tr("A module saved with torch.jit.save; its parameters are trained, averaged and "
           "hashed like the built-in models'. Relative paths start at the spec file's folder."),
        [](FederationSpec& s) -> QString& { return s.model.path; }, tr("model.pt"));
    addBrowse(u"model.path"_s, false);
    setRelevant(u"model.path"_s, [](const FederationSpec& s) {
        return s.model.architecture == ModelArchitecture::TorchScript;
    });

    addIntList(
        form, u"model.hidden"_s, tr("Hidden layers"),
        tr("Widths of the MLP's hidden layers, separated by commas: "
           "“200, 200” is McMahan et al.'s 2NN. Empty makes it linear."),
        [](FederationSpec& s) -> std::vector<int>& { return s.model.hidden; },
        tr("none: a linear model"));
    setRelevant(u"model.hidden"_s, [](const FederationSpec& s) {
        return s.model.architecture == ModelArchitecture::Mlp;
    });
}

void SpecForm::buildTraining() {
    QFormLayout* form = addSection(
        tr("Training"), tr("What each selected client does with the global model in a round."));
    const QHash<QString, std::pair<QString, QString>> optimizers{
        {u"sgd"_s, {tr("SGD"), tr("Stochastic gradient descent, optionally with momentum.")}},
        {u"adam"_s, {tr("Adam"), tr("Adaptive moment estimation.")}},
    };
    addChoice<OptimizerKind>(
        form, u"training.optimizer"_s, tr("Optimizer"),
        tr("The optimizer each client trains with."),
        [](FederationSpec& s) -> OptimizerKind& { return s.training.optimizer; }, optimizerNames(),
        &parseOptimizer, &optimizerName, optimizers);
    addNumber(
        form, u"training.learning_rate"_s, tr("Learning rate"),
        tr("The client's step size, in (0, 10]. Too large and training diverges; too "
           "small and it crawls."),
        [](FederationSpec& s) -> double& { return s.training.learningRate; }, 0.01, 2.0);
    addNumber(
        form, u"training.momentum"_s, tr("Momentum"), tr("SGD momentum, in [0, 1); 0.9 is common."),
        [](FederationSpec& s) -> double& { return s.training.momentum; }, 0.1);
    addNumber(
        form, u"training.weight_decay"_s, tr("Weight decay"),
        tr("L2 penalty on the weights, in [0, 1]; keeps weights small."),
        [](FederationSpec& s) -> double& { return s.training.weightDecay; }, 1e-4, 10.0);
    addNumber(
        form, u"training.adam_beta1"_s, tr("Adam β₁"),
        tr("Decay of Adam's running mean of gradients, in [0, 1)."),
        [](FederationSpec& s) -> double& { return s.training.adamBeta1; }, 0.01);
    addNumber(
        form, u"training.adam_beta2"_s, tr("Adam β₂"),
        tr("Decay of Adam's running mean of squared gradients, in [0, 1)."),
        [](FederationSpec& s) -> double& { return s.training.adamBeta2; }, 0.001);
    addNumber(
        form, u"training.adam_epsilon"_s, tr("Adam ε"),
        tr("Adam's guard against dividing by zero, in (0, 1]. Arrows multiply and divide "
           "by 10."),
        [](FederationSpec& s) -> double& { return s.training.adamEpsilon; }, 1e-8, 10.0);
    addInt(
        form, u"training.local_epochs"_s, tr("Local epochs"),
        tr("Passes over its own data a client makes per round (FedAvg's E). More local work "
           "means fewer rounds on IID data, but on skewed data clients drift towards their "
           "own optimum; FedProx's μ counteracts that."),
        [](FederationSpec& s) -> int& { return s.training.localEpochs; }, 0, INT_MAX);
    addInt(
        form, u"training.batch_size"_s, tr("Batch size"),
        tr("Mini-batch size for local training (FedAvg's B)."),
        [](FederationSpec& s) -> int& { return s.training.batchSize; }, 0, INT_MAX);
    const auto sgd = [](const FederationSpec& s) {
        return s.training.optimizer == OptimizerKind::Sgd;
    };
    const auto adam = [](const FederationSpec& s) {
        return s.training.optimizer == OptimizerKind::Adam;
    };
    setRelevant(u"training.momentum"_s, sgd);
    setRelevant(u"training.adam_beta1"_s, adam);
    setRelevant(u"training.adam_beta2"_s, adam);
    setRelevant(u"training.adam_epsilon"_s, adam);
}

void SpecForm::buildStrategy() {
    QFormLayout* form = addSection(
        tr("Strategy"), tr("How the server turns the clients' models into the next global model."));
    const QHash<QString, std::pair<QString, QString>> strategies{
        {u"fedavg"_s,
         {tr("FedAvg"), tr("Federated Averaging: the client models weighted by their samples.")}},
        {u"fedprox"_s,
         {tr("FedProx"), tr("FedAvg's averaging, with a proximal term that keeps clients close "
                            "to the global model on heterogeneous data.")}},
        {u"fedavgm"_s, {tr("FedAvgM"), tr("FedAvg with server momentum (Hsu et al. 2019).")}},
        {u"fedadam"_s, {tr("FedAdam"), tr("Adam on the server (Reddi et al. 2021).")}},
        {u"fedyogi"_s, {tr("FedYogi"), tr("Yogi on the server (Reddi et al. 2021).")}},
        {u"fedadagrad"_s, {tr("FedAdagrad"), tr("Adagrad on the server (Reddi et al. 2021).")}},
        {u"scaffold"_s,
         {tr("SCAFFOLD"), tr("Control variates correct client drift (Karimireddy et al. 2020).")}},
        {u"median"_s, {tr("Median"), tr("Coordinate-wise median: robust to outliers.")}},
        {u"trimmed-mean"_s,
         {tr("Trimmed mean"), tr("Coordinate-wise mean without the extremes: robust.")}},
        {u"krum"_s,
         {tr("Krum"), tr("The update closest to its neighbours (Blanchard et al. 2017).")}},
        {u"multi-krum"_s, {tr("Multi-Krum"), tr("The mean of the m best-scored updates.")}},
    };
    addChoice<StrategyKind>(
        form, u"strategy.name"_s, tr("Strategy"), tr("The aggregation strategy."),
        [](FederationSpec& s) -> StrategyKind& { return s.strategy.kind; }, strategyNames(),
        &parseStrategy, &strategyName, strategies);
    addNumber(
        form, u"strategy.mu"_s, tr("μ (proximal)"),
        tr("FedProx's μ, in [0, 100]. Clients add (μ/2)·‖w − w_global‖² to their loss: "
           "larger values restrain client drift more but slow local progress; 0 is FedAvg."),
        [](FederationSpec& s) -> double& { return s.strategy.proximalMu; }, 0.01, 10.0);
    addNumber(
        form, u"strategy.server_learning_rate"_s, tr("Server learning rate"),
        tr("Scales the averaged update applied to the global model, in (0, 100]: 1 is "
           "plain averaging; below 1 damps rounds, above 1 extrapolates."),
        [](FederationSpec& s) -> double& { return s.strategy.serverLearningRate; }, 0.1);
    addNumber(
        form, u"strategy.server_momentum"_s, tr("Server momentum"),
        tr("FedAvgM's β, in [0, 1): the server keeps a running average of past rounds' "
           "updates and applies it, which smooths noisy rounds on skewed data."),
        [](FederationSpec& s) -> double& { return s.strategy.serverMomentum; }, 0.05);
    addNumber(
        form, u"strategy.beta1"_s, tr("β₁ (server)"),
        tr("Decay of the server optimizer's first moment (FedAdam, FedYogi, FedAdagrad), in "
           "[0, 1)."),
        [](FederationSpec& s) -> double& { return s.strategy.beta1; }, 0.01);
    addNumber(
        form, u"strategy.beta2"_s, tr("β₂ (server)"),
        tr("Decay of the server optimizer's second moment (FedAdam, FedYogi), in [0, 1)."),
        [](FederationSpec& s) -> double& { return s.strategy.beta2; }, 0.001);
    addNumber(
        form, u"strategy.tau"_s, tr("τ (adaptivity)"),
        tr("The adaptive optimizers' guard added to the root of the second moment: smaller "
           "values adapt more strongly per coordinate (Reddi et al. 2021)."),
        [](FederationSpec& s) -> double& { return s.strategy.tau; }, 1e-3, 10.0);
    addNumber(
        form, u"strategy.trim_fraction"_s, tr("Trim fraction"),
        tr("Trimmed mean: the share of the largest and of the smallest values dropped in every "
           "coordinate before averaging; it should exceed the share of Byzantine clients."),
        [](FederationSpec& s) -> double& { return s.strategy.trimFraction; }, 0.05);
    addInt(
        form, u"strategy.krum_byzantine"_s, tr("Byzantine updates tolerated (f)"),
        tr("Krum and Multi-Krum score each update by its distance to its n − f − 2 nearest "
           "neighbours (Blanchard et al. 2017)."),
        [](FederationSpec& s) -> int& { return s.strategy.krumByzantine; }, 0, INT_MAX);
    addInt(
        form, u"strategy.multi_krum_m"_s, tr("Updates averaged (m)"),
        tr("Multi-Krum averages the m best-scored updates."),
        [](FederationSpec& s) -> int& { return s.strategy.multiKrumSelected; }, 0, INT_MAX,
        tr("n − f"));
    const auto kindIs = [](std::initializer_list<StrategyKind> kinds) {
        return [kinds = std::vector<StrategyKind>(kinds)](const FederationSpec& s) {
            return std::find(kinds.begin(), kinds.end(), s.strategy.kind) != kinds.end();
        };
    };
    using K = StrategyKind;
    setRelevant(u"strategy.mu"_s, kindIs({K::FedProx}));
    setRelevant(u"strategy.server_momentum"_s, kindIs({K::FedAvgM}));
    setRelevant(u"strategy.beta1"_s, kindIs({K::FedAdam, K::FedYogi, K::FedAdagrad}));
    setRelevant(u"strategy.beta2"_s, kindIs({K::FedAdam, K::FedYogi}));
    setRelevant(u"strategy.tau"_s, kindIs({K::FedAdam, K::FedYogi, K::FedAdagrad}));
    setRelevant(u"strategy.trim_fraction"_s, kindIs({K::TrimmedMean}));
    setRelevant(u"strategy.krum_byzantine"_s, kindIs({K::Krum, K::MultiKrum}));
    setRelevant(u"strategy.multi_krum_m"_s, kindIs({K::MultiKrum}));

    addNumber(
        form, u"validation.max_update_norm"_s, tr("Largest update norm"),
        tr("Updates whose L2 norm exceeds this are rejected before aggregation and recorded as "
           "incidents; a cheap guard against scaled or exploding updates."),
        [](FederationSpec& s) -> double& { return s.validation.maxUpdateNorm; }, 1.0, 0.0,
        tr("no bound"));
}

void SpecForm::buildAdversaries() {
    QFormLayout* form = addSection(tr("Adversaries"),
                                   tr("Byzantine clients to test how robust the strategy is: they "
                                      "train, then send a poisoned update (or none at all)."));
    addInt(
        form, u"adversaries.count"_s, tr("Byzantine clients"),
        tr("How many clients misbehave, drawn at random from the seed (ignored when a list "
           "is given below)."),
        [](FederationSpec& s) -> int& { return s.adversaries.count; }, 0, INT_MAX, tr("none"));
    addIntList(
        form, u"adversaries.clients"_s, tr("Byzantine client list"),
        tr("Exactly which clients misbehave (0-based indices, separated by commas)."),
        [](FederationSpec& s) -> std::vector<int>& { return s.adversaries.clients; },
        tr("drawn at random"));
    const QHash<QString, std::pair<QString, QString>> behaviours{
        {u"sign-flip"_s, {tr("Sign flip"), tr("Sends −scale × its honest update.")}},
        {u"scaled"_s, {tr("Scaled"), tr("Sends scale × its honest update.")}},
        {u"gaussian"_s, {tr("Gaussian noise"), tr("Sends random noise instead of an update.")}},
        {u"label-flip"_s, {tr("Label flipping"), tr("Trains on deliberately wrong labels.")}},
        {u"free-rider"_s, {tr("Free rider"), tr("Returns the global model unchanged.")}},
    };
    addChoice<AdversaryBehaviour>(
        form, u"adversaries.behaviour"_s, tr("Behaviour"), tr("What the Byzantine clients do."),
        [](FederationSpec& s) -> AdversaryBehaviour& { return s.adversaries.behaviour; },
        adversaryBehaviourNames(), &parseAdversaryBehaviour, &adversaryBehaviourName, behaviours);
    addNumber(
        form, u"adversaries.scale"_s, tr("Scale"),
        tr("The factor of the sign-flip and scaled attacks."),
        [](FederationSpec& s) -> double& { return s.adversaries.scale; }, 0.5);
    addNumber(
        form, u"adversaries.noise_std"_s, tr("Noise σ"),
        tr("Standard deviation of the Gaussian attack's noise, per coordinate."),
        [](FederationSpec& s) -> double& { return s.adversaries.noiseStd; }, 0.1);
    addUnsigned(form, u"adversaries.seed"_s, tr("Adversary seed"),
                tr("Mixed with the federation's seed to choose the Byzantine clients and their "
                   "noise, so the same honest federation can be attacked in different ways."),
                [](FederationSpec& s) -> std::uint64_t& { return s.adversaries.seed; });
    const auto attacked = [](const FederationSpec& s) {
        return s.adversaries.count > 0 || !s.adversaries.clients.empty();
    };
    const auto behaviourIn = [attacked](std::initializer_list<AdversaryBehaviour> kinds) {
        return [attacked, kinds = std::vector<AdversaryBehaviour>(kinds)](const FederationSpec& s) {
            return attacked(s) &&
                   std::find(kinds.begin(), kinds.end(), s.adversaries.behaviour) != kinds.end();
        };
    };
    setRelevant(u"adversaries.behaviour"_s, attacked);
    setRelevant(u"adversaries.seed"_s, attacked);
    setRelevant(u"adversaries.scale"_s,
                behaviourIn({AdversaryBehaviour::SignFlip, AdversaryBehaviour::Scaled}));
    setRelevant(u"adversaries.noise_std"_s, behaviourIn({AdversaryBehaviour::Gaussian}));
}

void SpecForm::buildEvaluation() {
    QFormLayout* form =
        addSection(tr("Evaluation"), tr("How often and how the global model is tested."));
    addInt(
        form, u"evaluation.every"_s, tr("Every N rounds"),
        tr("Test the global model every N rounds; the last round is always tested. Larger "
           "values save time on long runs."),
        [](FederationSpec& s) -> int& { return s.evaluation.every; }, 0, INT_MAX);
    addBool(form, u"evaluation.per_client"_s, tr("Per client"),
            tr("Also test on each selected client's data"),
            tr("Shows how unevenly the global model serves the clients. Costs extra time."),
            [](FederationSpec& s) -> bool& { return s.evaluation.perClient; });
    addInt(
        form, u"evaluation.batch_size"_s, tr("Batch size"),
        tr("Batch size for testing; affects memory and speed only, not the results."),
        [](FederationSpec& s) -> int& { return s.evaluation.batchSize; }, 0, INT_MAX);
}

void SpecForm::buildEnergy() {
    QFormLayout* form = addSection(
        tr("Energy"),
        tr("Every client runs on a device profile that says how fast and efficiently it "
           "computes and how it reaches the server. From it each client's energy, time and "
           "carbon are modelled in every round."));

    // The device mix: a small table with its own add/remove buttons.
    m_devices = new DeviceMixModel(this);
    m_devicesView = new QTableView;
    m_devicesView->setModel(m_devices);
    m_devicesView->setItemDelegate(new SpecItemDelegate(m_devicesView));
    m_devicesView->verticalHeader()->hide();
    m_devicesView->horizontalHeader()->setSectionResizeMode(DeviceMixModel::ProfileColumn,
                                                            QHeaderView::Stretch);
    m_devicesView->horizontalHeader()->setSectionResizeMode(DeviceMixModel::ShareColumn,
                                                            QHeaderView::ResizeToContents);
    m_devicesView->horizontalHeader()->setSectionResizeMode(DeviceMixModel::PercentColumn,
                                                            QHeaderView::ResizeToContents);
    m_devicesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_devicesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_devicesView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_devicesView->setAlternatingRowColors(true);
    m_devicesView->setMinimumHeight(m_devicesView->verticalHeader()->defaultSectionSize() * 5 +
                                    m_devicesView->horizontalHeader()->sizeHint().height());
    m_devicesView->setMaximumHeight(m_devicesView->minimumHeight());
    Field& devices = addField(
        form, u"energy.devices"_s, tr("Device mix"),
        tr("Which devices the clients run on. Shares are relative: each profile gets its share "
           "of the clients, and which client gets which device is drawn from the seed."),
        m_devicesView, true);
    devices.load = [this] {
        m_devices->setProfileNames(m_profiles->profileNames());
        m_devices->setDevices(m_spec.energy.devices);
    };
    auto* buttons = new QVBoxLayout;
    auto* add = new QToolButton;
    add->setText(tr("Add"));
    add->setObjectName(u"energy.devices.add"_s);
    auto* remove = new QToolButton;
    remove->setText(tr("Remove"));
    remove->setObjectName(u"energy.devices.remove"_s);
    for (QToolButton* b : {add, remove}) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto* buttonBox = new QWidget;
    buttonBox->setLayout(buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    devices.box->addCompanion(buttonBox);
    connect(add, &QToolButton::clicked, m_devices, &DeviceMixModel::addDevice);
    connect(remove, &QToolButton::clicked, this,
            [this] { m_devices->removeDevice(m_devicesView->currentIndex().row()); });
    connect(m_devices, &DeviceMixModel::edited, this, [this] {
        m_spec.energy.devices = m_devices->devices();
        userEdited(u"energy.devices"_s);
    });

    auto* perClient = new QLineEdit;
    perClient->setPlaceholderText(tr("empty: use the device mix"));
    perClient->setClearButtonEnabled(true);
    Field& clientDevices = addField(
        form, u"energy.client_devices"_s, tr("Device per client"),
        tr("An explicit device profile for each client, in client order, separated by commas; "
           "replaces the mix. Needs exactly one name per client."),
        perClient, true);
    clientDevices.load = [this, perClient] {
        if (parseNames(perClient->text()) != m_spec.energy.clientDevices)
            perClient->setText(m_spec.energy.clientDevices.join(u", "_s));
    };
    connect(perClient, &QLineEdit::textChanged, this, [this](const QString& text) {
        const QStringList names = parseNames(text);
        if (m_loading || names == m_spec.energy.clientDevices)
            return;
        m_spec.energy.clientDevices = names;
        userEdited(u"energy.client_devices"_s);
    });

    // Device profiles: pick one, edit its figures; built-in ones show the shipped values.
    m_profiles = new ProfileFieldsModel(this);
    auto* profileEditor = new QWidget;
    auto* profileLayout = new QVBoxLayout(profileEditor);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    auto* chooser = new QHBoxLayout;
    m_profileChoice = new QComboBox;
    m_profileChoice->setObjectName(u"energy.profiles.choice"_s);
    m_profileChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* addProfile = new QToolButton;
    addProfile->setText(tr("New profile…"));
    addProfile->setObjectName(u"energy.profiles.add"_s);
    m_removeProfile = new QToolButton;
    m_removeProfile->setObjectName(u"energy.profiles.remove"_s);
    chooser->addWidget(m_profileChoice, 1);
    chooser->addWidget(addProfile);
    chooser->addWidget(m_removeProfile);
    profileLayout->addLayout(chooser);
    auto* table = new QTableView;
    table->setObjectName(u"energy.profiles.table"_s);
    table->setModel(m_profiles);
    table->setItemDelegate(new SpecItemDelegate(table));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(ProfileFieldsModel::FieldColumn,
                                                    QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(ProfileFieldsModel::ValueColumn,
                                                    QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(ProfileFieldsModel::PresetColumn,
                                                    QHeaderView::Stretch);
    table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    const int rows = 1 + static_cast<int>(profileFields().size());
    table->setFixedHeight(table->verticalHeader()->defaultSectionSize() * rows +
                          table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth());
    profileLayout->addWidget(table);
    Field& profiles =
        addField(form, u"energy.profiles"_s, tr("Device profiles"),
                 tr("The figures behind each device. Change a built-in profile's figures for this "
                    "federation, or define a profile of your own (it must set every figure)."),
                 profileEditor, true);
    profiles.load = [this] {
        m_profiles->setProfiles(m_spec.energy.profiles);
        refreshProfileChoices();
    };
    connect(m_profileChoice, &QComboBox::currentIndexChanged, this, [this] {
        m_profiles->setCurrentProfile(m_profileChoice->currentData().toString());
        updateProfileButtons();
        updateProfileProblems();
    });
    connect(addProfile, &QToolButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New device profile"),
                                                   tr("Name of the new profile (e.g. sensor):"),
                                                   QLineEdit::Normal, QString(), &ok)
                                 .trimmed();
        if (!ok || name.isEmpty())
            return;
        // Adding reports an edit, which refreshes the choices; then show the new profile.
        if (!m_profiles->addProfile(name)) {
            QMessageBox::information(this, tr("New device profile"),
                                     tr("There is already a profile named “%1”.").arg(name));
            return;
        }
        m_profileChoice->setCurrentIndex(m_profileChoice->findData(name));
    });
    connect(m_removeProfile, &QToolButton::clicked, this,
            [this] { m_profiles->removeProfile(m_profiles->currentProfile()); });
    connect(m_profiles, &ProfileFieldsModel::edited, this, [this] {
        m_spec.energy.profiles = m_profiles->profiles();
        refreshProfileChoices();
        userEdited(u"energy.profiles"_s);
    });

    // The round's time and radio budget: what deadline-aware selection and power control use.
    addNumber(
        form, u"selection.deadline_seconds"_s, tr("Deadline"),
        tr("The modelled time, in seconds, a selected client may take for a round (local "
           "training plus upload). Required by deadline-aware selection; energy-aware "
           "selection also leaves out clients that cannot meet it. None: no deadline."),
        [](FederationSpec& s) -> double& { return s.selection.deadlineSeconds; }, 1.0, 0.0,
        tr("None"));
    addNumber(
        form, u"selection.bandwidth_budget_hz"_s, tr("Shared bandwidth (Hz)"),
        tr("Uplink bandwidth the selected clients share each round, split to minimise "
           "their transmit energy within the deadline. None: every client uses its device "
           "profile's own bandwidth."),
        [](FederationSpec& s) -> double& { return s.selection.bandwidthBudgetHz; }, 1e6, 10.0,
        tr("None"));
    addBool(form, u"selection.power_control"_s, tr("Power control"),
            tr("Lowest transmit power that meets the deadline"),
            tr("Each client transmits at the lowest power that still finishes its upload by the "
               "deadline, instead of at its maximum. Needs a deadline."),
            [](FederationSpec& s) -> bool& { return s.selection.powerControl; });
    addNumber(
        form, u"energy.carbon_intensity_g_per_kwh"_s, tr("Carbon intensity"),
        tr("Grams of CO₂ per kWh of the grid, for every client. Per profile: each device "
           "profile's own figure."),
        [](FederationSpec& s) -> double& { return s.energy.carbonIntensity; }, 25.0, 0.0,
        tr("Per profile"));
    qobject_cast<NumberSpinBox*>(editorFor(u"energy.carbon_intensity_g_per_kwh"_s))
        ->setSuffix(tr(" g/kWh"));
    addInt(
        form, u"energy.model_bytes"_s, tr("Upload size"),
        tr("Bytes each client uploads per round. Automatic: the size of the encoded update "
           "(4 bytes per parameter plus a small header)."),
        [](FederationSpec& s) -> int& { return s.energy.modelBytes; }, 0, INT_MAX, tr("Automatic"));
    qobject_cast<QSpinBox*>(editorFor(u"energy.model_bytes"_s))->setSuffix(tr(" bytes"));
    addNumber(
        form, u"energy.flops_per_sample"_s, tr("FLOPs per sample"),
        tr("Training FLOPs per sample. Automatic: 6 × the model's multiply-accumulates per "
           "forward pass."),
        [](FederationSpec& s) -> double& { return s.energy.flopsPerSample; }, 1e6, 10.0,
        tr("Automatic"));
    addBool(form, u"energy.count_idle"_s, tr("Idle power"),
            tr("Charge idle power while waiting for the round"),
            tr("Also charge each selected client's idle power while it waits for the slowest "
               "selected client. Off by default, as in the standard model: a device that is on "
               "anyway spends that power whether or not it takes part."),
            [](FederationSpec& s) -> bool& { return s.energy.countIdle; });
}

void SpecForm::buildPrivacy() {
    QFormLayout* form = addSection(
        tr("Privacy"),
        tr("Differential privacy bounds how much any one client's data can change what the "
           "models reveal, as an (ε, δ) guarantee that grows with every round (docs/privacy.md)."));
    addBool(form, u"privacy.dp.enabled"_s, tr("Differential privacy"),
            tr("Clip updates and add Gaussian noise"),
            tr("DP-FedAvg (McMahan et al. 2018): every update is clipped to the clip norm and "
               "Gaussian noise is added; a Rényi-DP accountant reports ε after every round. Needs "
               "FedAvg, FedProx or FedAvgM."),
            [](FederationSpec& s) -> bool& { return s.privacy.dp.enabled; });
    const QHash<QString, std::pair<QString, QString>> modes{
        {u"central"_s,
         {tr("Central"),
          tr("The coordinator clips the updates and adds noise once to their average. Each "
             "client takes part with probability “Fraction of clients per round” on its own coin. "
             "Small "
             "accuracy cost; the coordinator must be trusted.")}},
        {u"local"_s,
         {tr("Local"),
          tr("Every node clips and noises its own update before sending it, so not even the "
             "coordinator sees it in clear. Much noisier; ε is per node.")}},
    };
    addChoice<DpMode>(
        form, u"privacy.dp.mode"_s, tr("Where noise is added"),
        tr("Central: once, at the coordinator. Local: by every node, before its update leaves."),
        [](FederationSpec& s) -> DpMode& { return s.privacy.dp.mode; }, dpModeNames(), &parseDpMode,
        &dpModeName, modes);
    addNumber(
        form, u"privacy.dp.noise_multiplier"_s, tr("Noise multiplier (z)"),
        tr("The noise's standard deviation over the clip norm. Larger: smaller ε per round, "
           "noisier models. Central noise per coordinate is z × C / (expected clients per "
           "round)."),
        [](FederationSpec& s) -> double& { return s.privacy.dp.noiseMultiplier; }, 0.1);
    addNumber(
        form, u"privacy.dp.clip_norm"_s, tr("Clip norm (C)"),
        tr("Every update is scaled down to at most this L2 norm, which bounds what one client "
           "can change. Too small slows learning; too large wastes the noise."),
        [](FederationSpec& s) -> double& { return s.privacy.dp.clipNorm; }, 0.1);
    addNumber(
        form, u"privacy.dp.delta"_s, tr("δ"),
        tr("The small probability the ε bound may fail; keep it below 1 / clients."),
        [](FederationSpec& s) -> double& { return s.privacy.dp.delta; }, 1e-5, 10.0);
    addNumber(
        form, u"privacy.dp.target_epsilon"_s, tr("Privacy budget (ε)"),
        tr("The run stops before a round that would take ε past this budget."),
        [](FederationSpec& s) -> double& { return s.privacy.dp.targetEpsilon; }, 0.5, 0.0,
        tr("no budget"));
    const auto dpOn = [](const FederationSpec& s) { return s.privacy.dp.enabled; };
    for (const QString& path :
         {u"privacy.dp.mode"_s, u"privacy.dp.noise_multiplier"_s, u"privacy.dp.clip_norm"_s,
          u"privacy.dp.delta"_s, u"privacy.dp.target_epsilon"_s})
        setRelevant(path, dpOn);

    // Secure aggregation (docs/secure-aggregation.md).
    addBool(form, u"privacy.secure_aggregation.enabled"_s, tr("Secure aggregation"),
            tr("The coordinator sees only masked updates and their sum"),
            tr("Pairwise masking (Bonawitz et al. 2017): nodes mask their updates with keys they "
               "agree on in pairs, so the masks cancel only in the sum. Needs an averaging "
               "strategy (not median, trimmed mean, Krum or SCAFFOLD)."),
            [](FederationSpec& s) -> bool& { return s.privacy.secureAggregation.enabled; });
    addNumber(
        form, u"privacy.secure_aggregation.threshold"_s, tr("Threshold (t)"),
        tr("Nodes needed to unmask a round: a fraction of the round's nodes in (0.5, 1], or a "
           "whole number ≥ 2. Up to n − t nodes may drop out; with more the round keeps the "
           "model and records an incident."),
        [](FederationSpec& s) -> double& { return s.privacy.secureAggregation.threshold; }, 0.05);
    addInt(
        form, u"privacy.secure_aggregation.fixed_point_bits"_s, tr("Fixed-point bits (f)"),
        tr("Updates are sent as round(samples × update × 2^f) in 64-bit integers so that the "
           "masks cancel exactly. More bits: finer values, a smaller largest value."),
        [](FederationSpec& s) -> int& { return s.privacy.secureAggregation.fixedPointBits; }, 8,
        40);
    addNumber(
        form, u"privacy.secure_aggregation.dropout_probability"_s, tr("Simulated dropouts"),
        tr("Simulation only: the chance that a node drops out after masking, so that its masked "
           "update never arrives. Seeded, so runs stay reproducible."),
        [](FederationSpec& s) -> double& { return s.privacy.secureAggregation.dropoutProbability; },
        0.05, 0.0, tr("none"));
    const auto secureOn = [](const FederationSpec& s) {
        return s.privacy.secureAggregation.enabled;
    };
    for (const QString& path : {u"privacy.secure_aggregation.threshold"_s,
                                u"privacy.secure_aggregation.fixed_point_bits"_s,
                                u"privacy.secure_aggregation.dropout_probability"_s})
        setRelevant(path, secureOn);
}

void SpecForm::buildLedger() {
    QFormLayout* form = addSection(
        tr("Audit ledger"),
        tr("Every run keeps a hash-chained, signed ledger of its rounds. This decides what "
           "else it keeps for auditors."));
    addBool(form, u"ledger.store_updates"_s, tr("Client updates"),
            tr("Keep every accepted client update"),
            tr("Also store every accepted client update in the run file, so that an auditor can "
               "replay each aggregation. Costs one model's size per update."),
            [](FederationSpec& s) -> bool& { return s.ledger.storeUpdates; });

    // Contribution scores and rewards (docs/contribution.md): the keys a user sets most.
    QFormLayout* contribution =
        addSection(tr("Contribution and rewards"),
                   tr("Scores each accepted update by its Shapley value on a validation split the "
                      "coordinator holds out, and pays rewards recorded on the ledger."));
    addBool(contribution, u"contribution.enabled"_s, tr("Contribution"),
            tr("Score contributions and pay rewards"),
            tr("Costs evaluations every round (docs/contribution.md measures how many); holds "
               "validation samples out of the training set."),
            [](FederationSpec& s) -> bool& { return s.contribution.enabled; });
    const QHash<QString, std::pair<QString, QString>> methods{
        {u"auto"_s,
         {tr("Automatic"), tr("Exact up to 8 updates, then GTG-Shapley, "
                              "leave-one-out or cosine as the budget allows.")}},
        {u"exact"_s, {tr("Exact Shapley"), tr("Every coalition; at most 8 updates per round.")}},
        {u"gtg"_s, {tr("GTG-Shapley"), tr("Guided truncated sampling within the budget.")}},
        {u"tmc"_s, {tr("Truncated Monte-Carlo"), tr("Random permutations within the budget.")}},
        {u"loo"_s, {tr("Leave-one-out"), tr("One evaluation per update, plus one.")}},
        {u"cosine"_s,
         {tr("Cosine similarity"), tr("Similarity to the median update; one "
                                      "evaluation.")}},
    };
    addChoice<ContributionMethod>(
        contribution, u"contribution.method"_s, tr("Method"), tr("How scores are computed."),
        [](FederationSpec& s) -> ContributionMethod& { return s.contribution.method; },
        contributionMethodNames(), &parseContributionMethod, &contributionMethodName, methods);
    addInt(
        contribution, u"contribution.budget"_s, tr("Evaluation budget"),
        tr("Coalition evaluations per round for the sampling methods."),
        [](FederationSpec& s) -> int& { return s.contribution.budget; }, 1, 1000000);
    addInt(
        contribution, u"contribution.validation_samples"_s, tr("Validation samples"),
        tr("Training samples the coordinator holds out to score updates on."),
        [](FederationSpec& s) -> int& { return s.contribution.validationSamples; }, 1, 10000000);
    addNumber(
        contribution, u"contribution.reward.pool"_s, tr("Reward pool"),
        tr("Reward units shared among each round's contributors."),
        [](FederationSpec& s) -> double& { return s.contribution.reward.pool; }, 10.0);
    addNumber(
        contribution, u"contribution.reward.energy_weight"_s, tr("Energy weight"),
        tr("Share of the pool paid by score per joule instead of by score."),
        [](FederationSpec& s) -> double& { return s.contribution.reward.energyWeight; }, 0.1);
}

void SpecForm::buildExecution() {
    QFormLayout* form = addSection(tr("Execution"),
                                   tr("Machine resources; not part of the federation's design, and "
                                      "without effect on its results."));
    addInt(
        form, u"execution.workers"_s, tr("Training threads"),
        tr("How many clients train at the same time on this machine. Automatic: one per CPU "
           "core."),
        [](FederationSpec& s) -> int& { return s.execution.workers; }, 0, INT_MAX, tr("Automatic"));
}

void SpecForm::buildLaunch() {
    QFormLayout* form = addSection(
        tr("Launch"), tr("Where the clients run: simulated inside this program, or as fednode "
                         "processes on this computer or on SSH hosts that join over mutual TLS "
                         "with the kits File > Provision Nodes makes (docs/nodes.md)."));
    const QHash<QString, std::pair<QString, QString>> modes{
        {u"in_process"_s,
         {tr("In this program"),
          tr("Every client is a simulated thread of the coordinator; nothing to provision.")}},
        {u"local"_s,
         {tr("Local fednode processes"),
          tr("One fednode process per client on this computer, each with its own kit.")}},
        {u"ssh"_s,
         {tr("SSH hosts"), tr("The kits are copied with scp and fednode is started with ssh on "
                              "the hosts below, client i on host i mod n.")}},
    };
    addChoice<LaunchMode>(
        form, u"launch.mode"_s, tr("Clients run"),
        tr("In this program (simulation), as local fednode processes, or on SSH hosts. The "
           "networked modes need a provisioned kit folder whose node count equals Clients."),
        [](FederationSpec& s) -> LaunchMode& { return s.launch.mode; }, launchModeNames(),
        &parseLaunchMode, &launchModeName, modes);

    QLineEdit* kit = addText(
        form, u"launch.kit_dir"_s, tr("Kit folder"),
        tr("The folder File > Provision Nodes (or fedctl provision --out) wrote, with "
           "coordinator/ and nodes/. Relative to the spec's folder."),
        [](FederationSpec& s) -> QString& { return s.launch.kitDir; }, tr("e.g. kits"));
    FieldBox* kitBox = fieldBox(u"launch.kit_dir"_s);
    auto* browse = new QToolButton;
    browse->setText(tr("Browse…"));
    browse->setObjectName(u"launch.kit_dir.browse"_s);
    kitBox->addCompanion(browse);
    connect(browse, &QToolButton::clicked, this, [this, kit] {
        const QString base =
            m_spec.baseDirectory.isEmpty() ? QDir::homePath() : m_spec.baseDirectory;
        const QString chosen = QFileDialog::getExistingDirectory(
            this, tr("Choose the kit folder"),
            kit->text().isEmpty() ? base : QDir(base).filePath(kit->text()));
        if (chosen.isEmpty())
            return;
        // Inside the spec's folder a relative path keeps spec and kits movable together.
        const QString relative = QDir(base).relativeFilePath(chosen);
        kit->setText(QDir::toNativeSeparators(
            m_spec.baseDirectory.isEmpty() || relative.startsWith(u".."_s) ? chosen : relative));
    });
    auto* provision = new QToolButton;
    provision->setText(tr("Provision…"));
    provision->setObjectName(u"launch.kit_dir.provision"_s);
    provision->setToolTip(tr("Make a federation CA and one startup kit per client (File > "
                             "Provision Nodes)."));
    kitBox->addCompanion(provision);
    connect(provision, &QToolButton::clicked, this, &SpecForm::provisionRequested);

    addText(
        form, u"launch.listen"_s, tr("Listen on"),
        tr("HOST:PORT the coordinator listens on, e.g. 0.0.0.0:7443 to accept other machines. "
           "Empty: the address the kit was provisioned with."),
        [](FederationSpec& s) -> QString& { return s.launch.listen; }, tr("the kit's address"));
    addNumber(
        form, u"launch.round_deadline_seconds"_s, tr("Round deadline (s)"),
        tr("A selected node that has sent no update by then is a dropout. A node that misses "
           "five heartbeats is a dropout at once."),
        [](FederationSpec& s) -> double& { return s.launch.roundDeadlineSeconds; }, 10.0);
    addNumber(
        form, u"launch.join_timeout_seconds"_s, tr("Join window (s)"),
        tr("How long after the start a node that has not joined yet is waited for (an SSH copy, "
           "a slow host) before round 1 starts without it; rounds wait for it until then too. "
           "The wait ends early when every missing node has failed to launch. 0: the round "
           "deadline."),
        [](FederationSpec& s) -> double& { return s.launch.joinTimeoutSeconds; }, 10.0, 0.0,
        tr("round deadline"));
    addNumber(
        form, u"launch.quorum"_s, tr("Quorum"),
        tr("Updates a round needs at its deadline: a fraction of the selected nodes (up to 1), "
           "or above 1 a count. Short of it, the run stops with an error naming the round."),
        [](FederationSpec& s) -> double& { return s.launch.quorum; }, 0.05);
    addHostList(form);

    addDataPathList(form);

    const auto networked = [](const FederationSpec& s) {
        return s.launch.mode != LaunchMode::InProcess;
    };
    for (const QString& path :
         {u"launch.kit_dir"_s, u"launch.listen"_s, u"launch.round_deadline_seconds"_s,
          u"launch.join_timeout_seconds"_s, u"launch.quorum"_s, u"launch.data_paths"_s})
        setRelevant(path, networked);
    setRelevant(u"launch.hosts"_s,
                [](const FederationSpec& s) { return s.launch.mode == LaunchMode::Ssh; });
}

void SpecForm::addHostList(QFormLayout* form) {
    const QString path = u"launch.hosts"_s;
    auto* table = new QTableWidget(0, 5);
    table->setHorizontalHeaderLabels({tr("Host"), tr("SSH port"), tr("Identity file"),
                                      tr("fednode program"), tr("SSH options")});
    table->horizontalHeaderItem(0)->setToolTip(tr("[user@]host, as you would give it to ssh"));
    table->horizontalHeaderItem(2)->setToolTip(
        tr("ssh -i FILE; empty: the SSH agent or ~/.ssh defaults"));
    table->horizontalHeaderItem(3)->setToolTip(tr("The fednode program on that host"));
    table->horizontalHeaderItem(4)->setToolTip(
        tr("ssh -o options, NAME=VALUE, separated by spaces (e.g. "
           "UserKnownHostsFile=/path/known_hosts)"));
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setMinimumHeight(table->fontMetrics().height() * 7);
    Field& field =
        addField(form, path, tr("SSH hosts"),
                 tr("Client i runs on host i mod n. Add a row per machine; the kit goes to "
                    "~/.fedstudio/kits there and fednode's log streams back."),
                 table, true);
    // What the table shows, as hosts; `error` names the first cell that is not valid input.
    const auto parse = [table](QString* error) {
        std::vector<LaunchHostSettings> hosts;
        error->clear();
        const auto text = [table](int r, int c) {
            const QTableWidgetItem* item = table->item(r, c);
            return item ? item->text().trimmed() : QString();
        };
        for (int r = 0; r < table->rowCount(); ++r) {
            LaunchHostSettings h;
            h.host = text(r, 0);
            bool ok = true;
            const QString port = text(r, 1);
            if (!port.isEmpty())
                h.port = port.toInt(&ok);
            if (!ok && error->isEmpty())
                *error = tr("row %1: the SSH port “%2” is not a whole number").arg(r + 1).arg(port);
            h.identityFile = text(r, 2);
            if (!text(r, 3).isEmpty())
                h.fednode = text(r, 3);
            h.sshOptions = text(r, 4).split(u' ', Qt::SkipEmptyParts);
            hosts.push_back(std::move(h));
        }
        return hosts;
    };
    const auto same = [](const std::vector<LaunchHostSettings>& a,
                         const std::vector<LaunchHostSettings>& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
            return x.host == y.host && x.port == y.port && x.identityFile == y.identityFile &&
                   x.fednode == y.fednode && x.sshOptions == y.sshOptions;
        });
    };
    field.load = [this, table, parse, same, path] {
        QString error;
        const std::vector<LaunchHostSettings> shown = parse(&error);
        if (error.isEmpty() && same(shown, m_spec.launch.hosts))
            return;
        const auto& hosts = m_spec.launch.hosts;
        const QSignalBlocker block(table);
        table->setRowCount(static_cast<int>(hosts.size()));
        for (int r = 0; r < table->rowCount(); ++r) {
            const LaunchHostSettings& h = hosts[static_cast<std::size_t>(r)];
            table->setItem(r, 0, new QTableWidgetItem(h.host));
            table->setItem(r, 1, new QTableWidgetItem(QString::number(h.port)));
            table->setItem(r, 2, new QTableWidgetItem(h.identityFile));
            table->setItem(r, 3, new QTableWidgetItem(h.fednode));
            table->setItem(r, 4, new QTableWidgetItem(h.sshOptions.join(u' ')));
        }
        m_inputErrors.remove(path);
    };
    const auto readTable = [this, parse, same, path] {
        if (m_loading)
            return;
        QString error;
        std::vector<LaunchHostSettings> hosts = parse(&error);
        if (error == m_inputErrors.value(path) &&
            (!error.isEmpty() || same(hosts, m_spec.launch.hosts)))
            return;
        m_inputErrors.insert(path, error);
        // Text that is not valid input leaves the spec as it was until it is fixed.
        if (error.isEmpty())
            m_spec.launch.hosts = std::move(hosts);
        userEdited(path);
    };
    connect(table, &QTableWidget::itemChanged, this, readTable);
    auto* add = new QToolButton;
    add->setText(tr("Add host"));
    add->setObjectName(u"launch.hosts.add"_s);
    auto* remove = new QToolButton;
    remove->setText(tr("Remove"));
    remove->setObjectName(u"launch.hosts.remove"_s);
    remove->setToolTip(tr("Remove the selected host"));
    field.box->addCompanion(add);
    field.box->addCompanion(remove);
    connect(add, &QToolButton::clicked, this, [table, readTable] {
        const int r = table->rowCount();
        {
            const QSignalBlocker block(table);
            table->insertRow(r);
            table->setItem(r, 0, new QTableWidgetItem);
            table->setItem(r, 1, new QTableWidgetItem(u"22"_s));
            table->setItem(r, 2, new QTableWidgetItem);
            table->setItem(r, 3, new QTableWidgetItem(u"fednode"_s));
            table->setItem(r, 4, new QTableWidgetItem);
        }
        readTable();
        table->setCurrentCell(r, 0);
        table->editItem(table->item(r, 0));
    });
    connect(remove, &QToolButton::clicked, this, [table, readTable] {
        const int r = table->currentRow();
        if (r < 0)
            return;
        {
            const QSignalBlocker block(table);
            table->removeRow(r);
        }
        readTable();
    });
}

void SpecForm::addDataPathList(QFormLayout* form) {
    const QString path = u"launch.data_paths"_s;
    // One row per node; a spec with more clients than anyone lists by hand still opens quickly.
    static constexpr int kMaxRows = 10000;
    auto* table = new QTableWidget(0, 2);
    table->setHorizontalHeaderLabels({tr("Node"), tr("Data path")});
    table->horizontalHeaderItem(0)->setToolTip(tr("The node's kit name; client i is node i"));
    table->horizontalHeaderItem(1)->setToolTip(
        tr("fednode --data: a path on the node's machine; empty: the spec's partition"));
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(0, table->fontMetrics().horizontalAdvance(u"node-0000"_s) + 24);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setWordWrap(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setMinimumHeight(table->fontMetrics().height() * 7);
    Field& field = addField(
        form, path, tr("Node data"),
        tr("Per node, a data set on its machine to train on instead of the spec's partition "
           "(fednode --data), of the spec's data kind. Leave a row empty to keep the partition "
           "for that node."),
        table, true);
    // What the table shows, as the spec's list: trailing empty rows are not written.
    const auto shown = [table] {
        QStringList values;
        for (int r = 0; r < table->rowCount(); ++r) {
            const QTableWidgetItem* item = table->item(r, 1);
            values << (item ? item->text().trimmed() : QString());
        }
        while (!values.isEmpty() && values.back().isEmpty())
            values.removeLast();
        return values;
    };
    auto* browse = new QToolButton;
    browse->setText(tr("Browse…"));
    browse->setObjectName(u"launch.data_paths.browse"_s);
    auto* clear = new QToolButton;
    clear->setText(tr("Clear"));
    clear->setObjectName(u"launch.data_paths.clear"_s);
    clear->setToolTip(tr("Train the selected node on the spec's partition again"));
    field.box->addCompanion(browse);
    field.box->addCompanion(clear);
    // Browse… picks a path on this computer: right for local nodes, not for SSH hosts, and
    // synthetic data has no files at all.
    const auto updateButtons = [this, table, browse, clear] {
        const bool row = table->currentRow() >= 0;
        const bool ssh = m_spec.launch.mode == LaunchMode::Ssh;
        const bool synthetic = m_spec.data.dataset == DatasetKind::Synthetic;
        browse->setEnabled(row && !ssh && !synthetic);
        browse->setToolTip(synthetic ? tr("Synthetic data has no files to choose")
                           : ssh     ? tr("The path is on the SSH host: type it in the table")
                                     : tr("Choose the selected node's data on this computer"));
        clear->setEnabled(row);
    };
    field.load = [this, table, shown, updateButtons] {
        const int clients = std::clamp(m_spec.clients, 0, kMaxRows);
        const int rows = std::max(clients, static_cast<int>(m_spec.launch.dataPaths.size()));
        if (table->rowCount() != rows || shown() != m_spec.launch.dataPaths) {
            const QSignalBlocker block(table);
            table->setRowCount(rows);
            for (int r = 0; r < rows; ++r) {
                auto* node = new QTableWidgetItem(QString::fromStdString(pki::nodeName(r)));
                node->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                if (r >= m_spec.clients) {
                    // Kept, not dropped, so that lowering Clients loses nothing typed here; the
                    // problem under the table names the node.
                    node->setToolTip(tr("%1 (no such client)").arg(node->text()));
                    node->setForeground(QColor(0xc6, 0x28, 0x28));
                }
                table->setItem(r, 0, node);
                table->setItem(r, 1, new QTableWidgetItem(m_spec.launch.dataPaths.value(r)));
            }
        }
        updateButtons();
    };
    connect(table, &QTableWidget::itemChanged, this, [this, path, shown] {
        if (m_loading)
            return;
        const QStringList values = shown();
        if (values == m_spec.launch.dataPaths)
            return;
        m_spec.launch.dataPaths = values;
        userEdited(path);
    });
    connect(table, &QTableWidget::currentCellChanged, this, updateButtons);
    connect(clear, &QToolButton::clicked, this, [table] {
        if (QTableWidgetItem* item = table->item(table->currentRow(), 1))
            item->setText(QString());
    });
    connect(browse, &QToolButton::clicked, this, [this, table] {
        QTableWidgetItem* item = table->item(table->currentRow(), 1);
        if (!item)
            return;
        const QString base =
            m_spec.baseDirectory.isEmpty() ? QDir::homePath() : m_spec.baseDirectory;
        const QString current =
            item->text().isEmpty() ? base : QDir(base).absoluteFilePath(item->text());
        const QString node = table->item(table->currentRow(), 0)->text();
        // A CSV table is a file; MNIST-style data sets are folders of files.
        const QString chosen =
            m_spec.data.dataset == DatasetKind::Csv
                ? QFileDialog::getOpenFileName(this, tr("Data of %1").arg(node), current,
                                               tr("CSV files (*.csv);;All files (*)"))
                : QFileDialog::getExistingDirectory(this, tr("Data of %1").arg(node), current);
        if (chosen.isEmpty())
            return;
        // Inside the spec's folder a relative path keeps spec and data movable together.
        const QString relative = QDir(base).relativeFilePath(chosen);
        item->setText(QDir::toNativeSeparators(
            m_spec.baseDirectory.isEmpty() || relative.startsWith(u".."_s) ? chosen : relative));
    });
}

// --- state ----------------------------------------------------------------------------------

void SpecForm::setSpec(const FederationSpec& spec) {
    m_loading = true;
    m_spec = spec;
    for (const Field& field : m_fields)
        if (field.load)
            field.load();
    m_loading = false;
    updateVisibility();
}

std::vector<SpecProblem> SpecForm::inputProblems() const {
    std::vector<SpecProblem> problems;
    QStringList paths = m_inputErrors.keys();
    paths.sort();
    for (const QString& path : paths)
        if (!m_inputErrors.value(path).isEmpty())
            problems.push_back({path, m_inputErrors.value(path)});
    return problems;
}

void SpecForm::userEdited(const QString& path) {
    updateVisibility();
    const auto it = m_fieldIndex.constFind(path);
    Q_EMIT edited(path, it == m_fieldIndex.constEnd() ? path : m_fields[*it].label);
}

void SpecForm::updateVisibility() {
    for (const Field& field : m_fields) {
        const bool visible = !field.relevant || field.relevant(m_spec) || field.box->hasProblems();
        field.form->setRowVisible(field.box, visible);
    }
    if (auto* form = qobject_cast<QFormLayout*>(m_syntheticPartitionNote->parentWidget()->layout()))
        form->setRowVisible(m_syntheticPartitionNote, !partitionApplies(m_spec));
}

void SpecForm::refreshProfileChoices() {
    const QString current = m_profileChoice->currentData().toString();
    const QSignalBlocker blocker(m_profileChoice);
    m_profileChoice->clear();
    for (const QString& name : m_profiles->profileNames()) {
        QString text = name;
        if (!m_profiles->isBuiltIn(name))
            text = tr("%1 (defined here)").arg(name);
        else if (m_profiles->isCustomized(name))
            text = tr("%1 (changed)").arg(name);
        m_profileChoice->addItem(text, name);
    }
    const int index = m_profileChoice->findData(current);
    m_profileChoice->setCurrentIndex(index >= 0 ? index : 0);
    m_profiles->setCurrentProfile(m_profileChoice->currentData().toString());
    updateProfileButtons();
    m_devices->setProfileNames(m_profiles->profileNames());
    updateProfileProblems();
}

void SpecForm::updateProfileButtons() {
    const QString name = m_profiles->currentProfile();
    const bool builtIn = m_profiles->isBuiltIn(name);
    m_removeProfile->setText(builtIn ? tr("Reset") : tr("Delete"));
    m_removeProfile->setToolTip(builtIn ? tr("Go back to the built-in figures of this profile.")
                                        : tr("Remove this profile from the spec."));
    m_removeProfile->setEnabled(m_profiles->isCustomized(name));
}

void SpecForm::updateProfileProblems() {
    const QString prefix = u"energy.profiles."_s + m_profiles->currentProfile();
    QHash<QString, QStringList> byKey;
    for (const SpecProblem& problem : m_problems) {
        if (problem.path == prefix)
            byKey[QString()] << problem.message;
        else if (problem.path.startsWith(prefix + u'.'))
            byKey[problem.path.mid(prefix.size() + 1)] << problem.message;
    }
    m_profiles->setFieldProblems(byKey);
}

void SpecForm::setProblems(const std::vector<SpecProblem>& problems) {
    m_problems = problems;
    const QStringList known = m_fieldIndex.keys();
    QHash<QString, QStringList> byField;
    QHash<int, QStringList> deviceRows;
    static const QRegularExpression deviceRow(uR"(^energy\.devices\[(\d+)\])"_s);
    for (const SpecProblem& problem : problems) {
        const QString field = fieldForPath(problem.path, known);
        if (field.isEmpty())
            continue;
        // Elements of a list or of the profile table name themselves: "[1]: must be …".
        const QString where = problem.path.mid(field.size());
        byField[field] << (where.isEmpty()
                               ? problem.message
                               : tr("%1: %2").arg(where.startsWith(u'.') ? where.mid(1) : where,
                                                  problem.message));
        if (const auto match = deviceRow.match(problem.path); match.hasMatch())
            deviceRows[match.captured(1).toInt()] << problem.message;
    }
    for (const Field& field : m_fields)
        field.box->setProblems(byField.value(field.path));
    m_devices->setRowProblems(deviceRows);
    updateProfileProblems();
    updateVisibility();
}

QString SpecForm::fieldFor(const QString& problemPath) const {
    return fieldForPath(problemPath, m_fieldIndex.keys());
}

QWidget* SpecForm::editorFor(const QString& fieldPath) const {
    FieldBox* box = fieldBox(fieldPath);
    return box ? box->editor() : nullptr;
}

FieldBox* SpecForm::fieldBox(const QString& fieldPath) const {
    const auto it = m_fieldIndex.constFind(fieldPath);
    return it == m_fieldIndex.constEnd() ? nullptr : m_fields[*it].box;
}

QHash<QString, QString> SpecForm::fieldLabels() const {
    QHash<QString, QString> labels;
    for (const Field& field : m_fields)
        labels.insert(field.path, field.label);
    return labels;
}

QString SpecForm::choiceText(const QString& fieldPath, const QString& name) const {
    return m_choiceTexts.value(fieldPath).value(name, {name, QString()}).first;
}

QGroupBox* SpecForm::sectionOf(const QString& fieldPath) const {
    return m_sectionOfField.value(fieldPath);
}

} // namespace fed::ui
