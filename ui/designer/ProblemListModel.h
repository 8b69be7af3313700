#pragma once
// The spec's current problems as a list for the designer's problems panel: one row per
// problem, "where: what" for display, the JSON path under PathRole to find the field.

#include "engine/spec/SpecIO.h"

#include <QAbstractListModel>
#include <QHash>
#include <vector>

namespace fed::ui {

class ProblemListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { PathRole = Qt::UserRole + 1, MessageRole };

    explicit ProblemListModel(QObject* parent = nullptr);

    //! Replaces the list; rows that stay the same are kept (views keep their selection).
    void setProblems(std::vector<SpecProblem> problems);
    const std::vector<SpecProblem>& problems() const { return m_problems; }

    //! How the designer names a path in the list: the field's label when it knows one.
    void setLabels(QHash<QString, QString> labelsByPath) { m_labels = std::move(labelsByPath); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString labelFor(const QString& path) const;

    std::vector<SpecProblem> m_problems;
    QHash<QString, QString> m_labels;
};

//! The form field a problem belongs to: "model.hidden[1]" -> "model.hidden",
//! "energy.devices[2].share" -> "energy.devices", "energy.profiles.x.y" -> "energy.profiles"
//! when `known` has no longer match.
QString fieldForPath(const QString& path, const QStringList& known);

} // namespace fed::ui
