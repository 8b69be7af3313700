#pragma once
// One field of the designer's form: its editor (plus optional companions, such as a browse
// button) and, when the spec has a problem there, a red frame around the editor and the
// problem's message right below it.

#include <QStringList>
#include <QWidget>

class QLabel;
class QHBoxLayout;

namespace fed::ui {

class FieldBox : public QWidget {
    Q_OBJECT
public:
    //! Takes `editor` as its child; `expanding` editors take the whole width of the column.
    FieldBox(QWidget* editor, bool expanding, QWidget* parent = nullptr);

    QWidget* editor() const { return m_editor; }
    //! Adds a widget after the editor, on the same line (e.g. "Browse…").
    void addCompanion(QWidget* widget);

    //! The plain-words explanation, shown as the editor's tooltip.
    void setHelp(const QString& help);

    //! Shows the problems (empty: none) under the editor and in its tooltip.
    void setProblems(const QStringList& problems);
    bool hasProblems() const { return !m_problems.isEmpty(); }
    QStringList problems() const { return m_problems; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateTooltip();
    void updateMessageColor();

    QWidget* m_editor;
    bool m_expanding;
    QHBoxLayout* m_row;
    QLabel* m_message;
    QString m_help;
    QStringList m_problems;
};

} // namespace fed::ui
