#include "ui/designer/DesignerPage.h"

#include "ui/designer/FieldBox.h"
#include "ui/designer/PartitionPreview.h"
#include "ui/designer/ProblemListModel.h"
#include "ui/designer/SpecEditCommand.h"
#include "ui/designer/SpecForm.h"

#include <QApplication>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIODevice>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fed::ui {

namespace {

//! Problems that keep the preview from computing: the data, the clients and the partition.
bool blocksPreview(const SpecProblem& problem) {
    return problem.path.startsWith(u"data."_s) || problem.path.startsWith(u"partition."_s) ||
           problem.path == u"clients" || problem.path == u"seed";
}

QString numberText(double value) {
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

struct DesignerPage::Widgets {
    QLabel* name = nullptr;
    QLabel* outline = nullptr;
    QListWidget* sections = nullptr;
    QScrollArea* scroll = nullptr;
    QSplitter* horizontal = nullptr;
    QSplitter* vertical = nullptr;
    QLabel* problemsTitle = nullptr;
    QListView* problems = nullptr;
};

DesignerPage::DesignerPage(QWidget* parent)
    : QWidget(parent)
    , w(std::make_unique<Widgets>())
    , m_undo(new QUndoStack(this))
    , m_form(new SpecForm)
    , m_preview(new PartitionPreview)
    , m_problemModel(new ProblemListModel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);

    // Header: the federation at a glance.
    w->name = new QLabel;
    QFont nameFont = w->name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.45);
    nameFont.setBold(true);
    w->name->setFont(nameFont);
    w->name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    w->outline = new QLabel;
    w->outline->setForegroundRole(QPalette::PlaceholderText);
    w->outline->setWordWrap(true);
    auto* header = new QVBoxLayout;
    header->setSpacing(2);
    header->addWidget(w->name);
    header->addWidget(w->outline);
    layout->addLayout(header);

    // Left: section index and the scrolling form.
    w->sections = new QListWidget;
    w->sections->setObjectName(u"sections"_s);
    w->sections->setFrameShape(QFrame::NoFrame);
    w->sections->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    w->sections->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    w->sections->setBackgroundRole(QPalette::Window);
    w->sections->viewport()->setBackgroundRole(QPalette::Window);
    w->sections->setSpacing(1);
    for (const SpecForm::Section& section : m_form->sections())
        w->sections->addItem(section.title);
    w->sections->setCurrentRow(0);
    w->sections->setFixedWidth(w->sections->sizeHintForColumn(0) + 56);

    w->scroll = new QScrollArea;
    w->scroll->setObjectName(u"formScroll"_s);
    w->scroll->setWidget(m_form);
    w->scroll->setWidgetResizable(true);
    w->scroll->setFrameShape(QFrame::NoFrame);
    w->scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_form->setContentsMargins(0, 0, 8, 0);

    auto* left = new QWidget;
    auto* leftLayout = new QHBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(8);
    leftLayout->addWidget(w->sections);
    leftLayout->addWidget(w->scroll, 1);

    // Right: the preview over the problems.
    auto* problemsPanel = new QWidget;
    auto* problemsLayout = new QVBoxLayout(problemsPanel);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->setSpacing(4);
    w->problemsTitle = new QLabel;
    w->problemsTitle->setObjectName(u"problemsTitle"_s);
    QFont bold = w->problemsTitle->font();
    bold.setBold(true);
    w->problemsTitle->setFont(bold);
    w->problems = new QListView;
    w->problems->setObjectName(u"problems"_s);
    w->problems->setModel(m_problemModel);
    w->problems->setWordWrap(true);
    w->problems->setUniformItemSizes(false);
    w->problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    w->problems->setToolTip(tr("Double-click or press Enter on a problem to go to its field."));
    problemsLayout->addWidget(w->problemsTitle);
    problemsLayout->addWidget(w->problems, 1);

    w->vertical = new QSplitter(Qt::Vertical);
    w->vertical->addWidget(m_preview);
    w->vertical->addWidget(problemsPanel);
    w->vertical->setStretchFactor(0, 4);
    w->vertical->setStretchFactor(1, 1);
    w->vertical->setChildrenCollapsible(false);

    w->horizontal = new QSplitter(Qt::Horizontal);
    w->horizontal->addWidget(left);
    w->horizontal->addWidget(w->vertical);
    w->horizontal->setStretchFactor(0, 2);
    w->horizontal->setStretchFactor(1, 3);
    w->horizontal->setChildrenCollapsible(false);
    layout->addWidget(w->horizontal, 1);

    m_problemModel->setLabels(m_form->fieldLabels());

    connect(m_form, &SpecForm::edited, this, &DesignerPage::userEdited);
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modificationChanged(!clean); });
    connect(w->problems, &QListView::activated, this, [this](const QModelIndex& index) {
        focusProblem(index.data(ProblemListModel::PathRole).toString());
    });
    connect(w->sections, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_form->sections().size())
            return;
        QGroupBox* box = m_form->sections().at(row).box;
        // Not a QSignalBlocker on the scroll bar: the scroll area moves the form on the bar's
        // valueChanged, so blocking it moved the bar but left the form where it was.
        const QScopedValueRollback jumping(m_jumpingToSection, true);
        w->scroll->verticalScrollBar()->setValue(box->y());
    });
    connect(w->scroll->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { syncSectionToScroll(); });

    newSpec(FederationSpec{}, tr("Untitled"));
}

DesignerPage::~DesignerPage() = default;

void DesignerPage::newSpec(const FederationSpec& spec, const QString& title) {
    m_undo->clear();
    m_filePath.clear();
    m_title = title;
    applySpec(spec);
    m_undo->setClean();
    w->scroll->verticalScrollBar()->setValue(0);
    Q_EMIT documentChanged();
}

bool DesignerPage::openFile(const QString& path, QString* error) {
    // A spec is a few kilobytes (loadSpecFile refuses large files), so reading it here is fast.
    Result<FederationSpec> loaded = loadSpecFile(path);
    if (!loaded) {
        if (error)
            *error = loaded.error();
        return false;
    }
    newSpec(*loaded, QFileInfo(path).fileName());
    m_filePath = QFileInfo(path).absoluteFilePath();
    updateHeader();
    Q_EMIT documentChanged();
    return true;
}

bool DesignerPage::saveFile(const QString& path, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(specToJson(m_spec)) < 0 || !file.commit()) {
        if (error)
            *error =
                tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QFileInfo info(path);
    m_filePath = info.absoluteFilePath();
    m_title = info.fileName();
    // Relative data paths now resolve against the file's folder, as they will when reopened.
    if (m_spec.baseDirectory != info.absolutePath()) {
        m_spec.baseDirectory = info.absolutePath();
        m_form->setSpec(m_spec);
        revalidate();
    }
    m_undo->setClean();
    updateHeader();
    Q_EMIT documentChanged();
    return true;
}

QString DesignerPage::documentTitle() const {
    return m_filePath.isEmpty() ? m_title : QFileInfo(m_filePath).fileName();
}

bool DesignerPage::isModified() const {
    return !m_undo->isClean();
}

void DesignerPage::applySpec(const FederationSpec& spec) {
    m_spec = spec;
    m_form->setSpec(spec);
    revalidate();
}

void DesignerPage::userEdited(const QString& fieldPath, const QString& label) {
    FederationSpec edited = m_form->spec();
    if (sameSpec(edited, m_spec) && edited.baseDirectory == m_spec.baseDirectory) {
        // Only the form's own input changed (e.g. half-typed hidden layers): no spec edit,
        // but its problem shows or goes away.
        revalidate();
        return;
    }
    m_undo->push(new SpecEditCommand(fieldPath, label, m_spec, std::move(edited),
                                     [this](const FederationSpec& s) { applySpec(s); }));
}

void DesignerPage::revalidate() {
    std::vector<SpecProblem> problems = validateSpec(m_spec);
    for (SpecProblem& problem : m_form->inputProblems()) {
        // The form's reading of a field replaces the spec's complaint about the same field.
        std::erase_if(problems, [&](const SpecProblem& p) {
            return m_form->fieldFor(p.path) == problem.path;
        });
        problems.push_back(std::move(problem));
    }
    m_problems = problems;
    m_form->setProblems(m_problems);
    m_problemModel->setProblems(m_problems);

    const bool previewable = std::none_of(m_problems.begin(), m_problems.end(), blocksPreview);
    m_preview->setSpec(m_spec, previewable);

    const int count = static_cast<int>(m_problems.size());
    w->problemsTitle->setText(count == 0   ? tr("No problems: ready to start.")
                              : count == 1 ? tr("1 problem to fix before starting")
                                           : tr("%1 problems to fix before starting").arg(count));
    w->problems->setVisible(count > 0);
    updateHeader();
    updateSections();
    Q_EMIT specChanged(m_spec, m_problems.empty());
}

void DesignerPage::updateHeader() {
    w->name->setText(m_spec.name.trimmed().isEmpty() ? tr("Untitled federation") : m_spec.name);
    QStringList parts;
    parts << (m_spec.clients == 1 ? tr("1 client") : tr("%1 clients").arg(m_spec.clients));
    parts << (m_spec.rounds == 1 ? tr("1 round") : tr("%1 rounds").arg(m_spec.rounds));
    if (m_spec.data.dataset == DatasetKind::Synthetic) {
        parts << tr("Synthetic(%1, %2)")
                     .arg(numberText(m_spec.data.synthetic.alpha),
                          numberText(m_spec.data.synthetic.beta));
    } else {
        QString dataText = m_form->choiceText(u"data.dataset"_s, datasetName(m_spec.data.dataset));
        switch (m_spec.partition.scheme) {
        case PartitionScheme::Iid:
            dataText += tr(", IID split");
            break;
        case PartitionScheme::Dirichlet:
            dataText += tr(", Dirichlet α = %1").arg(numberText(m_spec.partition.alpha));
            break;
        case PartitionScheme::Shards:
            dataText += m_spec.partition.shardsPerClient == 1
                            ? tr(", 1 shard per client")
                            : tr(", %1 shards per client").arg(m_spec.partition.shardsPerClient);
            break;
        case PartitionScheme::Quantity:
            dataText +=
                tr(", quantity skew α = %1").arg(numberText(m_spec.partition.quantityAlpha));
            break;
        }
        parts << dataText;
    }
    QString model =
        m_form->choiceText(u"model.architecture"_s, architectureName(m_spec.model.architecture));
    if (m_spec.model.architecture == ModelArchitecture::Mlp && !m_spec.model.hidden.empty()) {
        QStringList widths;
        for (int width : m_spec.model.hidden)
            widths << QString::number(width);
        model += u' ' + widths.join(u'-');
    }
    parts << model;
    const int epochs = m_spec.training.localEpochs;
    parts << tr("%1, learning rate %2, %3")
                 .arg(m_form->choiceText(u"training.optimizer"_s,
                                         optimizerName(m_spec.training.optimizer)),
                      numberText(m_spec.training.learningRate),
                      epochs == 1 ? tr("1 local epoch") : tr("%1 local epochs").arg(epochs));
    parts << m_form->choiceText(u"strategy.name"_s, strategyName(m_spec.strategy.kind));
    // The file's name; its folder, often long, is in the tooltip.
    const QString file = m_filePath.isEmpty() ? m_title : QFileInfo(m_filePath).fileName();
    w->outline->setText(parts.join(u"  ·  "_s) + u"\n"_s + file);
    w->outline->setToolTip(m_filePath.isEmpty() ? QString() : QDir::toNativeSeparators(m_filePath));
}

void DesignerPage::updateSections() {
    const auto& sections = m_form->sections();
    QHash<QGroupBox*, int> counts;
    for (const SpecProblem& problem : m_problems)
        if (QGroupBox* box = m_form->sectionOf(m_form->fieldFor(problem.path)))
            ++counts[box];
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < sections.size() && i < w->sections->count(); ++i) {
        QListWidgetItem* item = w->sections->item(i);
        const int n = counts.value(sections[i].box);
        item->setText(n ? tr("%1 (%2)").arg(sections[i].title).arg(n) : sections[i].title);
        item->setIcon(n ? warning : QIcon());
        item->setToolTip(n == 0   ? QString()
                         : n == 1 ? tr("1 problem in this section")
                                  : tr("%1 problems in this section").arg(n));
    }
}

void DesignerPage::syncSectionToScroll() {
    if (m_jumpingToSection)
        return;
    const int top = w->scroll->verticalScrollBar()->value();
    const auto& sections = m_form->sections();
    int current = 0;
    for (int i = 0; i < sections.size(); ++i)
        if (sections[i].box->y() <= top + 8)
            current = i;
    // At the very bottom the last sections may never reach the top; pick the last one.
    if (top > 0 && top == w->scroll->verticalScrollBar()->maximum())
        current = static_cast<int>(sections.size()) - 1;
    const QSignalBlocker blocker(w->sections);
    w->sections->setCurrentRow(current);
}

bool DesignerPage::focusProblem(const QString& path) {
    const QString field = m_form->fieldFor(path);
    QWidget* editor = m_form->editorFor(field);
    if (!editor)
        return false;
    w->scroll->ensureWidgetVisible(m_form->fieldBox(field), 40, 60);
    editor->setFocus(Qt::OtherFocusReason);
    return true;
}

QByteArray DesignerPage::saveLayout() const {
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << w->horizontal->saveState() << w->vertical->saveState();
    return state;
}

void DesignerPage::restoreLayout(const QByteArray& state) {
    QDataStream in(state);
    QByteArray horizontal;
    QByteArray vertical;
    in >> horizontal >> vertical;
    if (in.status() != QDataStream::Ok)
        return;
    w->horizontal->restoreState(horizontal);
    w->vertical->restoreState(vertical);
}

} // namespace fed::ui
