#pragma once
// The Lineage tab: a model version's ancestry as a graph, back to genesis (the newest steps
// first, more on demand), and the other way round, a node's panel listing every model it
// contributed to. Tracing and the node's contributions are read on background connections.

#include "engine/ledger/Ledger.h"
#include "ledger-viewer/ContributionsModel.h"
#include "ledger-viewer/LineageGraph.h"

#include <QFutureWatcher>
#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QGraphicsView;
class QLabel;
class QPushButton;
class QSplitter;

namespace fed::viewer {

class CopyTableView;
class HashLabel;
class LedgerConnection;

class LineageView : public QWidget {
    Q_OBJECT
public:
    //! Model versions drawn at first, and added by each "show more".
    static constexpr std::size_t kStepsPerPage = 40;

    explicit LineageView(QWidget* parent = nullptr);
    ~LineageView() override;

    //! The run to trace in (its path, for background connections; its members, for names).
    void setConnection(LedgerConnection* connection);
    //! Traces `model` back towards genesis, the newest kStepsPerPage steps first.
    void showLineage(const Hash& model);
    //! Adds kStepsPerPage older steps.
    void showMore();
    //! Highlights `node`'s models and lists every model it contributed to; none clears.
    void selectNode(const std::optional<NodeId>& node);
    void setSelectedHeight(const std::optional<std::uint64_t>& height);
    void setVerification(std::shared_ptr<const VerificationResult> verification);

    std::optional<Hash> model() const;
    //! The lineage on show (empty while tracing or after a failure).
    const LineageData& lineage() const { return m_data; }
    std::optional<NodeId> selectedNode() const { return m_node; }
    bool isBusy() const;
    LineageScene* scene() const { return m_scene; }
    QGraphicsView* graphicsView() const { return m_view; }
    ContributionsModel* contributionsModel() const { return m_contributions; }
    //! Fits the whole graph in the view.
    void fitAll();

Q_SIGNALS:
    void blockActivated(std::uint64_t height);
    void lineageReady();
    void contributionsReady();
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void trace(const Hash& model, std::size_t limit);
    void lineageFinished();
    void contributionsFinished();
    void fillNodes();
    void updateNodePanel();

    LedgerConnection* m_connection = nullptr;
    QString m_path;
    LineageData m_data;
    std::optional<Hash> m_model;
    std::size_t m_limit = kStepsPerPage;
    std::optional<NodeId> m_node;

    LineageScene* m_scene = nullptr;
    QGraphicsView* m_view = nullptr;
    QSplitter* m_split = nullptr;
    bool m_sized = false;
    QLabel* m_heading = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_more = nullptr;
    QComboBox* m_nodes = nullptr;
    HashLabel* m_nodeId = nullptr;
    QLabel* m_nodeSummary = nullptr;
    CopyTableView* m_contributionsView = nullptr;
    ContributionsModel* m_contributions = nullptr;
    QFutureWatcher<LineageData> m_lineageJob;
    QFutureWatcher<NodeContributions> m_contributionsJob;
};

} // namespace fed::viewer
