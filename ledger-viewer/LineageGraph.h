#pragma once
// The lineage graph: model versions in a column, newest at the top and back towards genesis,
// each fed by the nodes that contributed to its round (a comb of coloured pills beside it).
// Clicking a node highlights every model it contributed to; clicking a model selects its
// block. Drawn from a LineageData, which a background job collects.

#include "engine/ledger/Ledger.h"
#include "ledger-viewer/NodeDirectory.h"
#include "ledger-viewer/VerificationResult.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace fed::viewer {

class LedgerConnection;

//! What the graph shows of one model version besides its lineage step.
struct StepFigures {
    std::optional<double> accuracy;
    std::optional<double> energyJ;
    int incidents = 0;
};

struct LineageData {
    Q_DECLARE_TR_FUNCTIONS(LineageData)
public:
    QString error;
    Hash model;
    std::vector<LineageStep> steps;   //!< newest first
    std::vector<StepFigures> figures; //!< one per step
    std::size_t limit = 0;            //!< steps asked for (0: all)
    NodeDirectory nodes;

    //! Whether the steps reach the initial model.
    bool complete() const { return !steps.empty() && steps.back().round == 0; }
    //! Blocks below the oldest step shown.
    std::uint64_t olderSteps() const { return steps.empty() ? 0 : steps.back().height; }
    //! Every node that contributed to a step shown.
    std::set<NodeId> contributors() const;

    static LineageData failed(const QString& error);
    //! The newest `limit` steps (0: all) of `model`'s lineage, with their figures.
    static LineageData collect(LedgerConnection& connection, const Hash& model, std::size_t limit);
};

class LineageScene : public QGraphicsScene {
    Q_OBJECT
public:
    //! Contributor pills beside one model; more are summed up as "+N".
    static constexpr int kPillsPerLine = 5;

    explicit LineageScene(QObject* parent = nullptr);
    ~LineageScene() override;

    void setLineage(const LineageData& data);
    //! Highlights the models `node` contributed to and fades the other nodes; none clears.
    void setHighlightedNode(const std::optional<NodeId>& node);
    void setSelectedHeight(const std::optional<std::uint64_t>& height);
    void setVerification(std::shared_ptr<const VerificationResult> verification);
    //! Re-colours after a palette change.
    void setPalette(const QPalette& palette);

    //! The names on the pills drawn, as shown ("client 3").
    QStringList contributorLabels() const;
    //! Heights of the models drawn highlighted.
    std::vector<std::uint64_t> highlightedHeights() const;
    int modelCount() const;

Q_SIGNALS:
    void modelClicked(std::uint64_t height, const fed::Hash& model);
    void nodeClicked(const fed::NodeId& node);
    void showMoreClicked();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void rebuild();
    void restyle();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fed::viewer
