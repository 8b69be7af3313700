#pragma once
// One undoable edit of the designer: the spec before and after a change of one field.
// Consecutive edits of the same field (typing "0.05" key by key) merge into one step, and an
// edit that ends where it started disappears from the stack.

#include "engine/spec/FederationSpec.h"

#include <QUndoCommand>
#include <functional>

namespace fed::ui {

class SpecEditCommand : public QUndoCommand {
public:
    using Apply = std::function<void(const FederationSpec&)>;

    SpecEditCommand(const QString& fieldPath, const QString& label, FederationSpec before,
                    FederationSpec after, Apply apply);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    const QString& fieldPath() const { return m_fieldPath; }

private:
    QString m_fieldPath;
    FederationSpec m_before;
    FederationSpec m_after;
    Apply m_apply;
};

} // namespace fed::ui
