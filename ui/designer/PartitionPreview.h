#pragma once
// The designer's live partition preview: a stacked bar per client, one colour per class, so
// that an operator sees what a partitioner, its α or shards, and the number of clients do to
// the data before running anything. Loading the data set and partitioning it happen on a
// background thread; edits are debounced and results for outdated settings are dropped.

#include "engine/spec/FederationSpec.h"

#include <QWidget>
#include <memory>

class QChart;

namespace fed::ui {

class PartitionPreview : public QWidget {
    Q_OBJECT
public:
    //! Bars beyond this many clients would be thinner than a pixel or two; the chart shows the
    //! first kMaxShownClients and the summary still covers every client.
    static constexpr int kMaxShownClients = 100;
    //! Data sets with more classes show the largest kMaxShownClasses - 1 and "other classes".
    static constexpr int kMaxShownClasses = 20;

    explicit PartitionPreview(QWidget* parent = nullptr);
    ~PartitionPreview() override;

    //! Redraws for `spec` shortly after the last call. `usable` is false while the data,
    //! client or partition settings have problems; the preview then says so instead.
    void setSpec(const FederationSpec& spec, bool usable);

    //! True while a redraw is scheduled or computing.
    bool isBusy() const;
    //! What the chart shows now: clients (categories) and classes (bar sets).
    int shownClients() const;
    int shownClasses() const;
    //! The message shown instead of the chart (an error, or why there is no preview), if any.
    QString message() const;
    QChart* chart() const;

    //! Bars in samples (the default) or as each client's share of classes.
    enum class Scale { Samples, Shares };
    void setScale(Scale scale);
    Scale scale() const;

Q_SIGNALS:
    //! The preview now reflects the latest spec (chart or message).
    void updated();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fed::ui
