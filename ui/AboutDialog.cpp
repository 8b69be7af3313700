#include "ui/AboutDialog.h"

#include "engine/model/Trainer.h"
#include "engine/net/Protocol.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <openssl/crypto.h>
#include <sqlite3.h>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace fed::ui {

namespace {

//! The libraries this binary links, with the versions it runs with (not built against).
std::vector<std::pair<QString, QString>> versions() {
    return {
        {AboutDialog::tr("Federation Studio"), QApplication::applicationVersion()},
        {AboutDialog::tr("Qt"), QString::fromLatin1(qVersion())},
        {AboutDialog::tr("LibTorch"), fed::torchVersion()},
        {AboutDialog::tr("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING))},
        {AboutDialog::tr("gRPC"), fed::net::grpcVersion()},
        {AboutDialog::tr("SQLite"), QString::fromLatin1(sqlite3_libversion())},
    };
}

} // namespace

QString AboutDialog::versionsText() {
    QStringList lines;
    for (const auto& [name, version] : versions())
        lines << name + u' ' + version;
    return lines.join(u'\n');
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("About Federation Studio"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto* title = new QLabel(tr("Federation Studio"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);

    auto* blurb = new QLabel(
        tr("Design, run and audit federated-learning federations: real models trained with "
           "LibTorch on data spread across many clients, every run kept in one file with a "
           "hash-chained audit ledger."));
    blurb->setWordWrap(true);
    layout->addWidget(blurb);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    int row = 0;
    for (const auto& [name, version] : versions()) {
        auto* label = new QLabel(name);
        label->setForegroundRole(QPalette::PlaceholderText);
        auto* value = new QLabel(version);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(label, row, 0);
        grid->addWidget(value, row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* copy = buttons->addButton(tr("Copy Versions"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [] { QGuiApplication::clipboard()->setText(versionsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

} // namespace fed::ui
