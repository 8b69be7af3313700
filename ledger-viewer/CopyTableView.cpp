#include "ledger-viewer/CopyTableView.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace fed::viewer {

CopyTableView::CopyTableView(int copyRole, QWidget* parent)
    : QTableView(parent)
    , m_copyRole(copyRole) {
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    verticalHeader()->hide();
    // Fixed row heights: the view then never measures rows, whatever their number.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
}

QString CopyTableView::copyCurrent() {
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return {};
    QString text = index.data(m_copyRole).toString();
    if (text.isEmpty())
        text = index.data(Qt::DisplayRole).toString();
    QApplication::clipboard()->setText(text);
    return text;
}

void CopyTableView::keyPressEvent(QKeyEvent* event) {
    if (event == QKeySequence::Copy) {
        copyCurrent();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void CopyTableView::contextMenuEvent(QContextMenuEvent* event) {
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    QMenu menu(this);
    const QString header =
        model()->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString();
    QAction* copy = menu.addAction(QIcon::fromTheme(u"edit-copy"_s),
                                   header.isEmpty() ? tr("&Copy") : tr("&Copy %1").arg(header));
    copy->setShortcut(QKeySequence::Copy);
    connect(copy, &QAction::triggered, this, [this] { copyCurrent(); });
    Q_EMIT contextMenuAboutToShow(&menu, index);
    menu.exec(event->globalPos());
}

} // namespace fed::viewer
