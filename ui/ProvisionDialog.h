#pragma once
// File > Provision Nodes…: the GUI face of `fedctl provision` (docs/nodes.md). Makes the
// federation CA, the coordinator's certificate and one startup kit per node from a saved spec,
// with the same engine code (fed::pki::provision), off the GUI thread.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace fed::ui {

class ProvisionDialog : public QDialog {
    Q_OBJECT
public:
    //! `specPath`: the spec to provision for (the designer's saved file), may be empty.
    explicit ProvisionDialog(const QString& specPath, int clients, QWidget* parent = nullptr);

    // The fields, for tests and for callers that prefill them.
    QLineEdit* specEdit() const { return m_spec; }
    QLineEdit* outEdit() const { return m_out; }
    QLineEdit* hostEdit() const { return m_host; }
    QLineEdit* sansEdit() const { return m_sans; }
    QSpinBox* nodesBox() const { return m_nodes; }
    QSpinBox* portBox() const { return m_port; }
    QPushButton* provisionButton() const { return m_provision; }
    //! The outcome shown to the user: the kits made, or what went wrong.
    QString resultText() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    //! Provisioning ended; `ok` false with the message shown in the dialog.
    void finished(bool ok);

private:
    void start();
    void setBusy(bool busy);
    void showResult(bool ok, const QString& text);

    QLineEdit* m_spec = nullptr;
    QLineEdit* m_out = nullptr;
    QLineEdit* m_host = nullptr;
    QLineEdit* m_sans = nullptr;
    QSpinBox* m_nodes = nullptr;
    QSpinBox* m_port = nullptr;
    QSpinBox* m_days = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_result = nullptr;
    QPushButton* m_provision = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace fed::ui
