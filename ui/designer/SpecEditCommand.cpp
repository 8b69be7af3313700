#include "ui/designer/SpecEditCommand.h"

#include "engine/spec/SpecIO.h"

#include <QCoreApplication>

namespace fed::ui {

namespace {
// Every field edit shares one id; mergeWith() then decides by the field path.
constexpr int kSpecEditId = 0x5fed;
} // namespace

SpecEditCommand::SpecEditCommand(const QString& fieldPath, const QString& label,
                                 FederationSpec before, FederationSpec after, Apply apply)
    : m_fieldPath(fieldPath)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply)) {
    setText(QCoreApplication::translate("fed::ui::SpecEditCommand", "Change %1").arg(label));
}

void SpecEditCommand::undo() {
    m_apply(m_before);
}

void SpecEditCommand::redo() {
    m_apply(m_after);
}

int SpecEditCommand::id() const {
    return kSpecEditId;
}

bool SpecEditCommand::mergeWith(const QUndoCommand* other) {
    const auto* edit = static_cast<const SpecEditCommand*>(other);
    if (edit->m_fieldPath != m_fieldPath)
        return false;
    m_after = edit->m_after;
    // Typing a value and then typing the old one back leaves nothing to undo.
    setObsolete(sameSpec(m_before, m_after) && m_before.baseDirectory == m_after.baseDirectory);
    return true;
}

} // namespace fed::ui
