#pragma once
// Everything one block says: every header and body field (each hash copyable), the updates
// with their signature state, the incidents, the genesis block's members and spec, and the
// raw canonical bytes with the hashes and the signed message, for whoever wants to check them
// by hand. A verification's verdict on the block heads the page.

#include "engine/ledger/Ledger.h"
#include "ledger-viewer/VerificationResult.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace fed::viewer {

class CopyTableView;
class HashLabel;
class IncidentsModel;
class LedgerConnection;
class MembersModel;
class UpdatesModel;

class BlockDetailView : public QWidget {
    Q_OBJECT
public:
    explicit BlockDetailView(QWidget* parent = nullptr);
    ~BlockDetailView() override;

    //! Reads blocks through `connection` (the caller's, on this thread); nullptr clears.
    void setConnection(LedgerConnection* connection);
    //! Reads and shows the block at `height` with the verdict `check`.
    void showBlock(std::uint64_t height, const BlockCheck& check);
    //! Updates the verdict of the block on show (a verification finished).
    void setCheck(const BlockCheck& check);
    //! Shows `message` instead of a block.
    void clear(const QString& message = {});

    std::optional<std::uint64_t> height() const { return m_height; }
    //! The block on show, when it could be read.
    const std::optional<StoredBlock>& block() const { return m_block; }
    UpdatesModel* updatesModel() const { return m_updates; }
    IncidentsModel* incidentsModel() const { return m_incidents; }
    MembersModel* membersModel() const { return m_members; }
    //! Every value a copy button next to a field copies, in the order shown.
    QStringList copyableValues() const;
    //! The verdict banner's text.
    QString verdictText() const;

Q_SIGNALS:
    void traceLineage(const fed::Hash& model);
    void blockRequested(std::uint64_t height);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuild();
    void addRow(const QString& label, QWidget* field);
    void addText(const QString& label, const QString& text);
    HashLabel* addHash(const QString& label, const QString& hex, const QString& note = {});
    void showRaw(const StoredBlock& stored);

    LedgerConnection* m_connection = nullptr;
    std::optional<std::uint64_t> m_height;
    std::optional<StoredBlock> m_block;
    QString m_error;
    BlockCheck m_check;

    QLabel* m_title = nullptr;
    QLabel* m_verdict = nullptr;
    QPushButton* m_trace = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QWidget* m_fields = nullptr;
    QFormLayout* m_form = nullptr;
    QTabWidget* m_tabs = nullptr;
    QSplitter* m_split = nullptr;
    bool m_sized = false;
    UpdatesModel* m_updates = nullptr;
    IncidentsModel* m_incidents = nullptr;
    MembersModel* m_members = nullptr;
    CopyTableView* m_updatesView = nullptr;
    CopyTableView* m_incidentsView = nullptr;
    CopyTableView* m_membersView = nullptr;
    QPlainTextEdit* m_spec = nullptr;
    QWidget* m_raw = nullptr;
    QPlainTextEdit* m_hexDump = nullptr;
    HashLabel* m_rawHash = nullptr;
    HashLabel* m_rawMessage = nullptr;
    HashLabel* m_rawSignature = nullptr;
    QLabel* m_rawNote = nullptr;
    QString m_rawHex;
};

} // namespace fed::viewer
