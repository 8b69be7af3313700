#pragma once
// The block explorer over one run file's ledger: the block list (lazy, any length), the
// selected block's detail, the lineage graph, search, verification in the background, and the
// audit report. The main window's Ledger tab follows the current run as it commits rounds;
// `fedstudio --audit` shows it alone. Either way the run file is opened read-only and never
// written.

#include "engine/core/Hash.h"
#include "ledger-viewer/AuditReport.h"
#include "ledger-viewer/LedgerSearch.h"
#include "ledger-viewer/VerificationResult.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;

namespace fed::viewer {

class BlockDetailView;
class BlockListModel;
class CopyTableView;
class LedgerConnection;
class LineageView;
class SearchResultsModel;

class LedgerExplorer : public QWidget {
    Q_OBJECT
public:
    enum class Mode {
        Embedded, //!< the main window's tab: follows the run, verifies on request
        Audit,    //!< an auditor's window: verifies as soon as a file is opened
    };
    //! How often a followed run's head is looked at; a head query costs microseconds.
    static constexpr int kPollMs = 1000;

    explicit LedgerExplorer(Mode mode = Mode::Embedded, QWidget* parent = nullptr);
    ~LedgerExplorer() override;

    //! Opens `path` read-only and lists its ledger; false (with a reason in `error` and on the
    //! page) when the file cannot be opened. A run file whose ledger has no block yet opens
    //! and fills in as blocks arrive.
    bool openRun(const QString& path, QString* error = nullptr);
    void closeRun();
    QString runPath() const;
    Mode mode() const { return m_mode; }

    //! Whether new blocks are picked up as the run commits them (on by default).
    void setFollowing(bool follow);
    bool isFollowing() const;
    //! Looks for new blocks now (the poll timer does this every kPollMs).
    int refresh();

    //! Verifies the whole chain in the background (with replay when the option is on).
    void verify();
    void cancelVerification();
    void setReplay(bool replay);
    //! Searches in the background; the first hit is selected.
    void search(const QString& text);
    //! Writes the audit report of `model` (the chosen model when none) in the background; at
    //! least one path must be given.
    void exportReport(const QString& htmlPath, const QString& pdfPath,
                      std::optional<Hash> model = std::nullopt);
    //! Selects the block at `height` and scrolls to it.
    void selectHeight(std::uint64_t height);
    //! Traces `model`'s lineage and shows the Lineage tab.
    void showLineage(const Hash& model);
    void showBlockTab();
    void showLineageTab();

    //! The model version an export or print is about: the lineage's, else the selected
    //! block's, else the head's.
    std::optional<Hash> chosenModel() const;
    std::optional<std::uint64_t> selectedHeight() const;
    //! Whether any background job (verification, lineage, search, report) is running.
    bool isBusy() const;
    std::shared_ptr<const VerificationResult> verification() const { return m_verification; }
    //! The outcome of the last export or print.
    const ReportOutcome& lastReport() const { return m_lastReport; }
    const SearchResult& lastSearch() const;
    QString bannerText() const;

    BlockListModel* blockModel() const { return m_blocks; }
    QTableView* blockView() const;
    BlockDetailView* detailView() const { return m_detail; }
    LineageView* lineageView() const { return m_lineage; }
    SearchResultsModel* searchResults() const { return m_results; }
    QAction* verifyAction() const { return m_verifyAction; }
    QAction* cancelAction() const { return m_cancelAction; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* printAction() const { return m_printAction; }
    QAction* findAction() const { return m_findAction; }

Q_SIGNALS:
    void runOpened(const QString& path);
    void verificationFinished(bool valid);
    void searchFinished(int hits);
    void reportFinished(bool ok, const QString& message);
    void busyChanged(bool busy);
    //! A short message for the status bar.
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void poll();
    //! New rows after `oldRows`; `first` when the list was empty before.
    void blocksArrived(bool first, int oldRows);
    void selectionChanged();
    void verifyFinished();
    void searchDone();
    void reportDone();
    void exportDialog();
    void printDialog();
    void setBanner(const QString& text, CheckState state);
    void updateStatusLine();
    void updateBusy();
    void jumpTo(const SearchHit& hit);

    Mode m_mode;
    std::unique_ptr<LedgerConnection> m_connection;
    QString m_path;
    std::shared_ptr<const VerificationResult> m_verification;
    ReportOutcome m_lastReport;
    bool m_wasBusy = false;
    bool m_sized = false;      //!< the splitter got its first sizes
    int m_verifyStartRows = 0; //!< blocks listed when the running verification started
    bool m_followHead = true;  //!< the lineage shows the head's model and moves with it

    BlockListModel* m_blocks = nullptr;
    CopyTableView* m_table = nullptr;
    BlockDetailView* m_detail = nullptr;
    LineageView* m_lineage = nullptr;
    QTabWidget* m_side = nullptr;
    QSplitter* m_split = nullptr;
    SearchResultsModel* m_results = nullptr;
    CopyTableView* m_resultsView = nullptr;
    QWidget* m_resultsPanel = nullptr;
    QLabel* m_resultsLabel = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_replay = nullptr;
    QCheckBox* m_follow = nullptr;
    QProgressBar* m_progress = nullptr;
    QWidget* m_progressBox = nullptr;
    QLabel* m_progressText = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_statusLine = nullptr;
    QAction* m_verifyAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_findAction = nullptr;
    QTimer m_poll;
    QFutureWatcher<VerificationResult> m_verifyJob;
    QFutureWatcher<SearchResult> m_searchJob;
    QFutureWatcher<ReportOutcome> m_reportJob;
};

} // namespace fed::viewer
