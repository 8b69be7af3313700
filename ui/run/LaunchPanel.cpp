#include "ui/run/LaunchPanel.h"

#include "ui/run/LaunchModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fed::ui {

LaunchPanel::LaunchPanel(LaunchModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
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
    m_view->horizontalHeader()->setStretchLastSection(true);
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
    layout->addWidget(splitter);

    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { showNode(current.isValid() ? current.row() : -1); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { showNode(-1); });
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
    reload();
}

void LaunchPanel::showNode(int node) {
    m_shown = node;
    reload();
}

void LaunchPanel::reload() {
    if (m_shown < 0)
        m_logTitle->setText(tr("Coordinator log"));
    else
        m_logTitle->setText(
            tr("Log of %1")
                .arg(m_model->data(m_model->index(m_shown, LaunchModel::NodeColumn)).toString()));
    m_log->setPlainText(m_model->log(m_shown).join(u'\n'));
    m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
}

} // namespace fed::ui
