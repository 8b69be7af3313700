#pragma once
// A hash (or key, signature, id) shown in full in a fixed-width font, selectable, with a
// button that copies it: an auditor pastes hashes into other tools all day.

#include <QWidget>

class QLabel;
class QToolButton;

namespace fed::viewer {

class HashLabel : public QWidget {
    Q_OBJECT
public:
    explicit HashLabel(QWidget* parent = nullptr);

    //! Shows `text` (what the label reads, e.g. with a note after the hash) and copies `copy`
    //! (the bare value; `text` when empty).
    void setValue(const QString& text, const QString& copy = {});
    QString copyText() const { return m_copy; }
    //! Copies the value to the clipboard, as the button does.
    void copy();
    //! Colours the text (a hash that fails its check).
    void setTextColor(const QColor& color);

private:
    QLabel* m_label = nullptr;
    QToolButton* m_button = nullptr;
    QString m_copy;
};

} // namespace fed::viewer
