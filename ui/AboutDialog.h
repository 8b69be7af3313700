#pragma once
// Help > About: what Federation Studio is, and the versions of the libraries this binary runs
// with (for bug reports, with a button that copies them).

#include <QDialog>

namespace fed::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    //! "Name version" per line: Federation Studio, Qt, LibTorch, OpenSSL, SQLite.
    static QString versionsText();
};

} // namespace fed::ui
