#include "ui/designer/ProblemListModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace fed::ui {

QString fieldForPath(const QString& path, const QStringList& known) {
    QString candidate = path.left(path.indexOf(u'['));
    while (!candidate.isEmpty()) {
        if (known.contains(candidate))
            return candidate;
        const qsizetype dot = candidate.lastIndexOf(u'.');
        if (dot < 0)
            break;
        candidate.truncate(dot);
    }
    return {};
}

ProblemListModel::ProblemListModel(QObject* parent)
    : QAbstractListModel(parent) {}

void ProblemListModel::setProblems(std::vector<SpecProblem> problems) {
    const auto same = [](const SpecProblem& a, const SpecProblem& b) {
        return a.path == b.path && a.message == b.message;
    };
    if (std::equal(problems.begin(), problems.end(), m_problems.begin(), m_problems.end(), same))
        return;
    // A typical edit adds or removes one problem; a reset is simplest and cheap at this size,
    // but keeping equal prefixes avoids flicker in the view while typing.
    std::size_t prefix = 0;
    while (prefix < problems.size() && prefix < m_problems.size() &&
           same(problems[prefix], m_problems[prefix]))
        ++prefix;
    const int first = static_cast<int>(prefix);
    if (m_problems.size() > prefix) {
        beginRemoveRows({}, first, static_cast<int>(m_problems.size()) - 1);
        m_problems.resize(prefix);
        endRemoveRows();
    }
    if (problems.size() > prefix) {
        beginInsertRows({}, first, static_cast<int>(problems.size()) - 1);
        m_problems.insert(m_problems.end(), std::make_move_iterator(problems.begin() + first),
                          std::make_move_iterator(problems.end()));
        endInsertRows();
    }
}

int ProblemListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_problems.size());
}

QVariant ProblemListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SpecProblem& problem = m_problems[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return problem.path.isEmpty() ? problem.message
                                      : tr("%1: %2").arg(labelFor(problem.path), problem.message);
    case Qt::ToolTipRole:
        return problem.path.isEmpty()
                   ? problem.message
                   : tr("%1 (%2)\n%3").arg(labelFor(problem.path), problem.path, problem.message);
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case PathRole:
        return problem.path;
    case MessageRole:
        return problem.message;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProblemListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(MessageRole, "message");
    return names;
}

QString ProblemListModel::labelFor(const QString& path) const {
    if (const auto it = m_labels.constFind(path); it != m_labels.constEnd())
        return *it;
    // An element of a list field: "Hidden layers [1]".
    const QString field = fieldForPath(path, m_labels.keys());
    if (!field.isEmpty())
        return m_labels.value(field) + path.mid(field.size());
    return path;
}

} // namespace fed::ui
