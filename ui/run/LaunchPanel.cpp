#include "ui/run/LaunchPanel.h"

#include "ui/run/LaunchModel.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace fed::ui {

LaunchPanel::LaunchPanel(LaunchModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    m_stack = new QStackedWidget;
    m_placeholder = new QLabel(
        tr("No fednode processes. They appear here when a networked federation starts: in the "
           "designer's Launch group, set Clients run to Local fednode processes or SSH hosts, "
           "with a provisioned kit folder."));
    m_placeholder->setObjectName(u"launchPlaceholder"_s);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(24);
    m_stack->addWidget(m_placeholder);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);

    m_view = new QTableView;
    m_view->setObjectName(u"launchView"_s);
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // Fixed columns sized for their widest text (in this language); the log line takes the rest.
    m_view->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = m_view->fontMetrics();
    const auto widest = [&fm](const QStringList& texts) {
        int w = 0;
        for (const QString& t : texts)
            w = std::max(w, fm.horizontalAdvance(t));
        return w + 24;
    };
    using S = launch::NodeLauncher::State;
    using C = LaunchModel::Connection;
    const auto header = [model](int column) {
        return model->headerData(column, Qt::Horizontal).toString();
    };
    m_view->setColumnWidth(LaunchModel::NodeColumn,
                           widest({u"node-000"_s, header(LaunchModel::NodeColumn)}));
    m_view->setColumnWidth(LaunchModel::WhereColumn,
                           widest({LaunchModel::whereName(u"local"_s), u"alice@gpu-01"_s,
                                   header(LaunchModel::WhereColumn)}));
    QStringList states{header(LaunchModel::StateColumn)};
    for (S st : {S::Idle, S::Copying, S::Starting, S::Running, S::Exited, S::Failed})
        states << LaunchModel::stateName(st);
    m_view->setColumnWidth(LaunchModel::StateColumn, widest(states));
    QStringList connections{header(LaunchModel::ConnectionColumn)};
    for (C c : {C::Unknown, C::Joined, C::Rejoined, C::Left, C::Dropped, C::Refused})
        connections << LaunchModel::connectionName(c);
    m_view->setColumnWidth(LaunchModel::ConnectionColumn, widest(connections));
    m_view->setColumnWidth(
        LaunchModel::UpdatesColumn,
        widest({LaunchModel::updatesText(99, 9), header(LaunchModel::UpdatesColumn)}));
    m_view->setToolTip(tr("The nodes of a networked federation (launch mode local or ssh). "
                          "Select one to see its log; clear the selection for the "
                          "coordinator's."));
    splitter->addWidget(m_view);

    auto* logBox = new QWidget;
    auto* lv = new QVBoxLayout(logBox);
    lv->setContentsMargins(0, 0, 0, 0);
    m_logTitle = new QLabel;
    m_log = new QPlainTextEdit;
    m_log->setObjectName(u"launchLog"_s);
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(LaunchModel::kMaxLogLines);
    lv->addWidget(m_logTitle);
    lv->addWidget(m_log, 1);
    splitter->addWidget(logBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack);

    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { showNode(current.isValid() ? current.row() : -1); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updatePlaceholder();
        showNode(-1);
    });
    connect(model, &LaunchModel::logAppended, this, [this](int node, const QString& line) {
        if (node != m_shown)
            return;
        // Follow the end only when the user is already there, so reading older lines is not
        // interrupted.
        QScrollBar* bar = m_log->verticalScrollBar();
        const bool atEnd = bar->value() == bar->maximum();
        m_log->appendPlainText(line);
        if (atEnd)
            bar->setValue(bar->maximum());
    });
    updatePlaceholder();
    reload();
}

bool LaunchPanel::isShowingPlaceholder() const {
    return m_stack->currentWidget() == m_placeholder;
}

void LaunchPanel::updatePlaceholder() {
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
}

void LaunchPanel::showNode(int node) {
    m_shown = node;
    reload();
}

void LaunchPanel::reload() {
    if (m_shown < 0)
        m_logTitle->setText(tr("Coordinator log (select a node for its own)"));
    else
        m_logTitle->setText(
            tr("Log of %1")
                .arg(m_model->data(m_model->index(m_shown, LaunchModel::NodeColumn)).toString()));
    m_log->setPlainText(m_model->log(m_shown).join(u'\n'));
    m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
}

} // namespace fed::ui
