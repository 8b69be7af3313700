#include "ui/ProvisionDialog.h"

#include "engine/pki/Provisioning.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace fed::ui {
namespace {

struct Outcome {
    bool ok = false;
    QString text;
};

//! Runs on a worker thread: provisioning generates keys and writes files.
Outcome provisionNow(const QString& spec, const pki::ProvisionOptions& options) {
    if (Status s = pki::provision(spec.toStdString(), options); !s)
        return {false, s.error()};
    auto kit = pki::loadCoordinatorKit(options.outDir / "coordinator");
    if (!kit)
        return {false, kit.error()};
    const QString out = QString::fromStdString(options.outDir.string());
    QString text =
        QObject::tr("Federation %1: %2 node kits.\n\nCoordinator (keep on its machine, "
                    "never hand out): %3/coordinator\nListens on %4\n\n")
            .arg(QString::fromStdString(kit->federationId))
            .arg(kit->nodes.size())
            .arg(QDir::toNativeSeparators(out), QString::fromStdString(kit->listenAddress));
    for (const pki::NodeEntry& n : kit->nodes)
        text += u"%1  %2\n"_s.arg(QDir::toNativeSeparators(u"%1/nodes/%2.tar.gz"_s.arg(
                                      out, QString::fromStdString(pki::nodeName(n.index)))),
                                  QString::fromStdString(n.nodeId).left(16) + u"…"_s);
    return {true, text};
}

QWidget* withBrowse(QLineEdit* edit, QWidget* parent, const std::function<void()>& browse) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* button = new QToolButton(row);
    button->setText(QObject::tr("…"));
    QObject::connect(button, &QToolButton::clicked, row, browse);
    layout->addWidget(button);
    return row;
}

} // namespace

ProvisionDialog::ProvisionDialog(const QString& specPath, int clients, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Provision Nodes"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Makes the federation's certificate authority, the coordinator's certificate and "
           "one startup kit per node (a folder and a .tar.gz with its certificate, keys and the "
           "coordinator's address). Hand each node its archive over a channel you trust."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_spec = new QLineEdit(specPath, this);
    m_spec->setPlaceholderText(tr("a saved federation spec (*.fed.json)"));
    form->addRow(tr("&Spec:"), withBrowse(m_spec, this, [this] {
                     const QString path = QFileDialog::getOpenFileName(
                         this, tr("Spec to Provision"), m_spec->text(),
                         tr("Federation specs (*.fed.json);;All files (*)"));
                     if (!path.isEmpty())
                         m_spec->setText(path);
                 }));
    m_out = new QLineEdit(this);
    m_out->setPlaceholderText(tr("a new or empty folder"));
    if (!specPath.isEmpty())
        m_out->setText(QFileInfo(specPath).absoluteDir().filePath(u"kits"_s));
    form->addRow(tr("&Output folder:"), withBrowse(m_out, this, [this] {
                     const QString path = QFileDialog::getExistingDirectory(
                         this, tr("Output Folder"), m_out->text());
                     if (!path.isEmpty())
                         m_out->setText(path);
                 }));
    m_nodes = new QSpinBox(this);
    m_nodes->setRange(1, 10000);
    m_nodes->setValue(std::max(1, clients));
    m_nodes->setToolTip(tr("One kit per node. When this differs from the spec's clients, the "
                           "kits' spec gets this many clients."));
    form->addRow(tr("&Nodes:"), m_nodes);
    m_host = new QLineEdit(u"127.0.0.1"_s, this);
    m_host->setToolTip(tr("The name or address nodes use to reach the coordinator; it goes into "
                          "the kits and the coordinator's certificate."));
    form->addRow(tr("Coordinator &host:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(7443);
    form->addRow(tr("&Port:"), m_port);
    m_sans = new QLineEdit(this);
    m_sans->setPlaceholderText(tr("more names or addresses, comma-separated (optional)"));
    form->addRow(tr("Other &names:"), m_sans);
    m_days = new QSpinBox(this);
    m_days->setRange(1, 36500);
    m_days->setValue(365);
    m_days->setSuffix(tr(" days"));
    form->addRow(tr("&Validity:"), m_days);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_result = new QPlainTextEdit(this);
    m_result->setReadOnly(true);
    m_result->setVisible(false);
    layout->addWidget(m_result, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_provision = m_buttons->addButton(tr("&Provision"), QDialogButtonBox::AcceptRole);
    m_provision->setDefault(true);
    // AcceptRole would close the dialog; the button starts the work instead.
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_provision, &QPushButton::clicked, this, &ProvisionDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!m_busy)
            reject();
    });
    layout->addWidget(m_buttons);
    resize(560, 420);
}

QString ProvisionDialog::resultText() const {
    return m_result->isVisible() ? m_result->toPlainText() : m_status->text();
}

void ProvisionDialog::setBusy(bool busy) {
    m_busy = busy;
    for (QWidget* w : std::initializer_list<QWidget*>{m_spec, m_out, m_host, m_sans, m_nodes,
                                                      m_port, m_days, m_provision})
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!busy);
    if (busy)
        m_status->setText(tr("Generating keys and writing the kits…"));
}

void ProvisionDialog::showResult(bool ok, const QString& text) {
    if (ok) {
        m_status->setText(tr("Done."));
        m_result->setPlainText(text);
        m_result->setVisible(true);
    } else {
        m_status->setText(tr("Not provisioned: %1").arg(text));
        m_result->setVisible(false);
    }
    Q_EMIT finished(ok);
}

void ProvisionDialog::start() {
    if (m_busy)
        return;
    const QString spec = m_spec->text().trimmed();
    const QString out = m_out->text().trimmed();
    if (spec.isEmpty()) {
        showResult(false, tr("choose a saved spec file (save the design first)."));
        return;
    }
    if (out.isEmpty()) {
        showResult(false, tr("choose an output folder."));
        return;
    }
    pki::ProvisionOptions options;
    options.outDir = QDir::cleanPath(out).toStdString();
    options.nodes = m_nodes->value();
    options.coordinatorHost = m_host->text().trimmed().toStdString();
    options.coordinatorPort = m_port->value();
    options.validityDays = m_days->value();
    for (const QString& name : m_sans->text().split(u',', Qt::SkipEmptyParts))
        if (!name.trimmed().isEmpty())
            options.extraHostNames.push_back(name.trimmed().toStdString());
    setBusy(true);
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        setBusy(false);
        showResult(outcome.ok, outcome.text);
    });
    watcher->setFuture(QtConcurrent::run(provisionNow, spec, options));
}

} // namespace fed::ui
