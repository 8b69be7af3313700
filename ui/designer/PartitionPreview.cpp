#include "ui/designer/PartitionPreview.h"

#include "engine/data/Dataset.h"
#include "engine/model/Trainer.h"
#include "engine/spec/SpecIO.h"
#include "ui/Theme.h"

#include <QBarSet>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFontMetrics>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPercentBarSeries>
#include <QProgressBar>
#include <QStackedBarSeries>
#include <QStackedLayout>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace fed::ui {

namespace {

// Quiet time after the last edit before recomputing: long enough to skip the intermediate
// values of a spin box being held down, short enough to feel live.
constexpr int kDebounceMs = 150;
// Background work shorter than this finishes without a busy indicator flashing up.
constexpr int kBusyIndicatorDelayMs = 250;
// Loaded data sets kept (labels only) so that switching back and forth is instant.
constexpr std::size_t kCachedDataSets = 3;

//! Everything the loaded training set depends on; equal keys mean equal labels.
QString dataKey(const FederationSpec& s) {
    const DataSettings& data = s.data;
    QStringList parts{datasetName(data.dataset), QString::number(data.trainLimit),
                      QString::number(data.testLimit)};
    switch (data.dataset) {
    case DatasetKind::FashionMnist:
    case DatasetKind::Mnist:
    case DatasetKind::Cifar10:
        parts << data.path << s.baseDirectory;
        break;
    case DatasetKind::Csv:
        // The hold-out split of a CSV without a test file is drawn from the seed.
        parts << data.csv.trainFile << data.csv.testFile << data.csv.labelColumn
              << QString::number(data.csv.header) << QString::number(data.csv.testFraction, 'g', 17)
              << s.baseDirectory << QString::number(s.seed);
        break;
    case DatasetKind::Synthetic: {
        const SyntheticSettings& syn = data.synthetic;
        // Synthetic data defines its own clients, so their number and the seed shape it.
        parts << QString::number(syn.alpha, 'g', 17) << QString::number(syn.beta, 'g', 17)
              << QString::number(syn.dimension) << QString::number(syn.classes)
              << QString::number(syn.samplesPerClientMean) << QString::number(syn.testSamples)
              << QString::number(syn.iid) << QString::number(s.clients) << QString::number(s.seed);
        break;
    }
    }
    return parts.join(u'\n');
}

//! Everything the chart depends on: the data, the partition, and the model (for its size).
QString previewKey(const FederationSpec& s) {
    const PartitionSettings& p = s.partition;
    QStringList parts{dataKey(s),
                      partitionName(p.scheme),
                      QString::number(p.alpha, 'g', 17),
                      QString::number(p.shardsPerClient),
                      QString::number(p.quantityAlpha, 'g', 17),
                      QString::number(p.minSamplesPerClient),
                      QString::number(s.clients),
                      QString::number(s.seed),
                      architectureName(s.model.architecture)};
    for (int width : s.model.hidden)
        parts << QString::number(width);
    return parts.join(u'\n');
}

struct PreviewResult {
    quint64 generation = 0;
    QString dataKey;
    std::shared_ptr<const FederatedData> data; //!< labels only; null when loading failed
    QString error;
    std::vector<std::vector<std::int64_t>> histograms;
    std::int64_t parameters = -1;
};

//! Runs on a pool thread: loads (or reuses) the data, partitions it, sizes the model.
PreviewResult computePreview(const FederationSpec& spec, quint64 generation, QString key,
                             std::shared_ptr<const FederatedData> cached) {
    PreviewResult result;
    result.generation = generation;
    result.dataKey = std::move(key);
    std::shared_ptr<const FederatedData> data = std::move(cached);
    if (!data) {
        Result<FederatedData> loaded = loadFederatedData(spec);
        if (!loaded) {
            result.error = loaded.error();
            return result;
        }
        FederatedData labelsOnly = std::move(loaded).value();
        // The preview needs labels only; Fashion-MNIST's pixels alone are 180 MB as floats.
        labelsOnly.train.features = {};
        labelsOnly.test.features = {};
        data = std::make_shared<const FederatedData>(std::move(labelsOnly));
    }
    result.data = data;
    Result<Partition> partition = partitionFor(spec, *data);
    if (!partition) {
        result.error = partition.error();
        return result;
    }
    result.histograms = labelHistograms(data->train, *partition);
    if (auto trainer =
            Trainer::create(spec.model, ModelInput{data->train.sampleShape, data->train.classes}))
        result.parameters = (*trainer)->layout().parameterCount();
    return result;
}

QString count(std::int64_t n) {
    return QLocale().toString(static_cast<qlonglong>(n));
}

} // namespace

struct PartitionPreview::Private {
    PartitionPreview* q;
    FederationSpec spec;
    bool usable = false;
    quint64 generation = 0;
    QString shownKey; //!< previewKey() of what the chart shows
    bool restartWhenDone = false;
    //! From starting a task until its result is handled; the future itself reports finished
    //! before the watcher's queued signal arrives, so it cannot tell whether the result shows.
    bool computing = false;
    std::vector<std::pair<QString, std::shared_ptr<const FederatedData>>> cache;
    PreviewResult shown; //!< the result on screen, for re-drawing on theme/scale changes
    Scale scale = Scale::Samples;

    QTimer debounce;
    QTimer busyDelay;
    QFutureWatcher<PreviewResult> watcher;

    QLabel* title = nullptr;
    QProgressBar* busy = nullptr;
    QLabel* busyText = nullptr;
    QToolButton* samplesButton = nullptr;
    QToolButton* sharesButton = nullptr;
    QStackedLayout* stack = nullptr;
    QChart* chart = nullptr;
    QChartView* view = nullptr;
    QLabel* messageLabel = nullptr;
    QLabel* summary = nullptr;
    int shownClients = 0;
    int shownClasses = 0;
    QValueAxis* clientAxis = nullptr; //!< owned by the chart; null while no chart is drawn

    void start();
    void finished();
    void showMessage(const QString& text);
    void draw();
    void summarize();
    void updateClientTicks();
    std::shared_ptr<const FederatedData> cached(const QString& key) const;
    void remember(const QString& key, std::shared_ptr<const FederatedData> data);
};

PartitionPreview::PartitionPreview(QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>()) {
    d->q = this;

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto* header = new QHBoxLayout;
    d->title = new QLabel(tr("Partition preview"));
    QFont titleFont = d->title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    d->title->setFont(titleFont);
    header->addWidget(d->title);
    header->addSpacing(12);
    d->busy = new QProgressBar;
    d->busy->setRange(0, 0);
    d->busy->setTextVisible(false);
    d->busy->setFixedWidth(80);
    d->busy->setMaximumHeight(d->title->sizeHint().height() * 2 / 3);
    d->busy->hide();
    d->busyText = new QLabel;
    d->busyText->setForegroundRole(QPalette::PlaceholderText);
    header->addWidget(d->busy);
    header->addWidget(d->busyText);
    header->addStretch(1);

    d->samplesButton = new QToolButton;
    d->samplesButton->setText(tr("Samples"));
    d->samplesButton->setToolTip(tr("Bar height: how many samples each client holds, so "
                                    "uneven client sizes show."));
    d->sharesButton = new QToolButton;
    d->sharesButton->setText(tr("Class shares"));
    d->sharesButton->setToolTip(tr("Every bar is 100%: each client's mix of classes, whatever "
                                   "its size."));
    auto* scaleGroup = new QButtonGroup(this);
    for (QToolButton* b : {d->samplesButton, d->sharesButton}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
        scaleGroup->addButton(b);
        header->addWidget(b);
    }
    d->samplesButton->setChecked(true);
    connect(d->samplesButton, &QToolButton::toggled, this,
            [this](bool on) { setScale(on ? Scale::Samples : Scale::Shares); });
    layout->addLayout(header);

    d->chart = new QChart;
    d->chart->legend()->setAlignment(Qt::AlignRight);
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->setAnimationOptions(QChart::NoAnimation);
    d->view = new QChartView(d->chart);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setMinimumHeight(280);
    d->view->setFrameShape(QFrame::NoFrame);

    d->messageLabel = new QLabel;
    d->messageLabel->setWordWrap(true);
    d->messageLabel->setAlignment(Qt::AlignCenter);
    d->messageLabel->setMargin(24);
    d->messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->messageLabel->setAutoFillBackground(true);
    d->messageLabel->setBackgroundRole(QPalette::Base);

    auto* stackHost = new QWidget;
    d->stack = new QStackedLayout(stackHost);
    d->stack->addWidget(d->view);
    d->stack->addWidget(d->messageLabel);
    layout->addWidget(stackHost, 1);

    d->summary = new QLabel;
    d->summary->setWordWrap(true);
    d->summary->setTextFormat(Qt::RichText);
    layout->addWidget(d->summary);

    d->debounce.setSingleShot(true);
    d->debounce.setInterval(kDebounceMs);
    connect(&d->debounce, &QTimer::timeout, this, [this] { d->start(); });
    d->busyDelay.setSingleShot(true);
    d->busyDelay.setInterval(kBusyIndicatorDelayMs);
    connect(&d->busyDelay, &QTimer::timeout, this, [this] {
        d->busy->setVisible(d->computing);
        d->busyText->setVisible(d->computing);
    });
    connect(&d->watcher, &QFutureWatcher<PreviewResult>::finished, this, [this] { d->finished(); });

    connect(d->chart, &QChart::plotAreaChanged, this, [this] { d->updateClientTicks(); });
    applyChartTheme(d->chart, palette());
    d->showMessage(tr("No data yet."));
}

PartitionPreview::~PartitionPreview() {
    // The task holds copies only; the watcher going away simply drops its result.
    d->watcher.disconnect();
}

void PartitionPreview::setSpec(const FederationSpec& spec, bool usable) {
    d->spec = spec;
    d->usable = usable;
    ++d->generation;
    d->debounce.start();
}

bool PartitionPreview::isBusy() const {
    return d->debounce.isActive() || d->computing || d->restartWhenDone;
}

int PartitionPreview::shownClients() const {
    return d->stack->currentWidget() == d->view ? d->shownClients : 0;
}

int PartitionPreview::shownClasses() const {
    return d->stack->currentWidget() == d->view ? d->shownClasses : 0;
}

QString PartitionPreview::message() const {
    return d->stack->currentWidget() == d->messageLabel ? d->messageLabel->text() : QString();
}

QChart* PartitionPreview::chart() const {
    return d->chart;
}

void PartitionPreview::setScale(Scale scale) {
    if (scale == d->scale)
        return;
    d->scale = scale;
    d->samplesButton->setChecked(scale == Scale::Samples);
    d->sharesButton->setChecked(scale == Scale::Shares);
    if (!d->shown.histograms.empty())
        d->draw();
}

PartitionPreview::Scale PartitionPreview::scale() const {
    return d->scale;
}

void PartitionPreview::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyChartTheme(d->chart, palette());
        if (!d->shown.histograms.empty())
            d->draw();
    }
}

// --- background work ------------------------------------------------------------------------

void PartitionPreview::Private::start() {
    if (!usable) {
        shownKey.clear();
        showMessage(tr("The preview appears when the data, client and partition settings are "
                       "valid: see the problems listed below the form."));
        Q_EMIT q->updated();
        return;
    }
    const QString key = previewKey(spec);
    if (key == shownKey) {
        Q_EMIT q->updated();
        return;
    }
    if (computing) {
        // One task at a time: the newest settings run as soon as the current task ends.
        restartWhenDone = true;
        return;
    }
    const QString data = dataKey(spec);
    std::shared_ptr<const FederatedData> known = cached(data);
    busyText->setText(known ? tr("Partitioning…")
                            : tr("Loading %1…").arg(datasetName(spec.data.dataset)));
    busyDelay.start();
    computing = true;
    watcher.setFuture(QtConcurrent::run(computePreview, spec, generation, data, std::move(known)));
}

void PartitionPreview::Private::finished() {
    PreviewResult result = watcher.result();
    computing = false;
    busyDelay.stop();
    busy->hide();
    busyText->hide();
    // Loaded data is good for its key whether or not the settings have moved on since.
    if (result.data)
        remember(result.dataKey, result.data);
    if (restartWhenDone) {
        restartWhenDone = false;
        start();
        return;
    }
    if (result.generation != generation)
        return;
    if (!result.error.isEmpty()) {
        shownKey.clear();
        showMessage(tr("No preview: %1").arg(result.error));
    } else {
        shownKey = previewKey(spec);
        shown = std::move(result);
        draw();
    }
    Q_EMIT q->updated();
}

std::shared_ptr<const FederatedData> PartitionPreview::Private::cached(const QString& key) const {
    for (const auto& [k, data] : cache)
        if (k == key)
            return data;
    return nullptr;
}

void PartitionPreview::Private::remember(const QString& key,
                                         std::shared_ptr<const FederatedData> data) {
    std::erase_if(cache, [&](const auto& entry) { return entry.first == key; });
    cache.insert(cache.begin(), {key, std::move(data)});
    if (cache.size() > kCachedDataSets)
        cache.resize(kCachedDataSets);
}

// --- drawing --------------------------------------------------------------------------------

void PartitionPreview::Private::updateClientTicks() {
    if (!clientAxis || shownClients == 0)
        return;
    // Qt Charts elides a label wider than the space between ticks, so number every client
    // only when there is room, else every 2nd, 5th, 10th… client.
    const qreal perClient = chart->plotArea().width() / shownClients;
    const int needed = QFontMetrics(clientAxis->labelsFont())
                           .horizontalAdvance(QString::number(shownClients - 1)) +
                       16;
    int step = 1;
    for (int candidate : {1, 2, 5, 10, 20, 25, 50, 100}) {
        step = candidate;
        if (candidate * perClient >= needed)
            break;
    }
    if (clientAxis->tickInterval() != step)
        clientAxis->setTickInterval(step);
}

void PartitionPreview::Private::showMessage(const QString& text) {
    messageLabel->setText(text);
    stack->setCurrentWidget(messageLabel);
    summary->clear();
    shown = {};
    clientAxis = nullptr;
    shownClients = 0;
    shownClasses = 0;
}

void PartitionPreview::Private::draw() {
    const auto& histograms = shown.histograms;
    const Dataset& train = shown.data->train;
    const int clients = static_cast<int>(histograms.size());
    const int visible = std::min(clients, kMaxShownClients);
    const int classes = train.classes;

    // Which classes get their own colour: all of them, or the largest when there are many.
    std::vector<std::int64_t> totals(static_cast<std::size_t>(classes), 0);
    for (const auto& h : histograms)
        for (int c = 0; c < classes && c < static_cast<int>(h.size()); ++c)
            totals[static_cast<std::size_t>(c)] += h[static_cast<std::size_t>(c)];
    std::vector<int> order(static_cast<std::size_t>(classes));
    std::iota(order.begin(), order.end(), 0);
    const bool grouped = classes > kMaxShownClasses;
    if (grouped) {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return totals[static_cast<std::size_t>(a)] > totals[static_cast<std::size_t>(b)];
        });
        order.resize(kMaxShownClasses - 1);
        std::sort(order.begin(), order.end());
    }

    chart->removeAllSeries();
    clientAxis = nullptr;
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }

    QAbstractBarSeries* series = scale == Scale::Samples
                                     ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                                     : static_cast<QAbstractBarSeries*>(new QPercentBarSeries);
    series->setBarWidth(visible > 40 ? 0.9 : 0.75);
    const auto className = [&](int c) {
        return c < train.classNames.size() ? train.classNames[c] : tr("Class %1").arg(c);
    };
    const auto clientValue = [&](int client, int c) {
        const auto& h = histograms[static_cast<std::size_t>(client)];
        return c < static_cast<int>(h.size()) ? double(h[static_cast<std::size_t>(c)]) : 0.0;
    };
    for (int c : order) {
        auto* set = new QBarSet(className(c));
        QList<qreal> values;
        values.reserve(visible);
        for (int k = 0; k < visible; ++k)
            values << clientValue(k, c);
        set->append(values);
        series->append(set);
    }
    if (grouped) {
        auto* other = new QBarSet(tr("%1 other classes").arg(classes - int(order.size())));
        QList<qreal> values;
        for (int k = 0; k < visible; ++k) {
            double sum = 0.0;
            for (int c = 0; c < classes; ++c)
                if (!std::binary_search(order.begin(), order.end(), c))
                    sum += clientValue(k, c);
            values << sum;
        }
        other->append(values);
        series->append(other);
    }
    chart->addSeries(series);

    // Clients on a value axis: category labels would be elided to "…" once bars get narrow,
    // while numbered ticks every few clients stay readable for any count.
    auto* axisX = new QValueAxis;
    axisX->setRange(-0.5, visible - 0.5);
    axisX->setTickType(QValueAxis::TicksDynamic);
    axisX->setTickAnchor(0);
    axisX->setLabelFormat(u"%.0f"_s);
    axisX->setMinorTickCount(0);
    axisX->setTitleText(tr("Client"));
    axisX->setGridLineVisible(false);
    auto* axisY = new QValueAxis;
    if (scale == Scale::Samples) {
        axisY->setTitleText(tr("Training samples"));
        axisY->setLabelFormat(u"%.0f"_s);
    } else {
        axisY->setRange(0, 100);
        axisY->setTitleText(tr("Share of the client's samples"));
        axisY->setLabelFormat(u"%.0f%%"_s);
    }
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    if (scale == Scale::Samples)
        axisY->applyNiceNumbers();
    applyChartTheme(chart, q->palette());
    const QPalette& palette = q->palette();
    const QList<QBarSet*> sets = series->barSets();
    for (qsizetype i = 0; i < sets.size(); ++i) {
        const QColor color = seriesColor(static_cast<int>(i), palette);
        sets[i]->setColor(color);
        // Thin separators between stacked segments while bars are wide enough to afford them.
        sets[i]->setBorderColor(visible <= 40 ? palette.color(QPalette::Base) : color);
    }

    QObject::connect(
        series, &QAbstractBarSeries::hovered, q,
        [this, clients](bool status, int index, QBarSet* set) {
            if (!status || !set || index < 0 || index >= clients) {
                QToolTip::hideText();
                return;
            }
            const auto& h = shown.histograms[static_cast<std::size_t>(index)];
            const std::int64_t total = std::accumulate(h.begin(), h.end(), std::int64_t{0});
            const double value = set->at(index);
            QToolTip::showText(
                QCursor::pos(),
                tr("Client %1 · %2: %3 of its %4 samples (%5%)")
                    .arg(index)
                    .arg(set->label(), count(std::llround(value)), count(total),
                         QLocale().toString(total ? 100.0 * value / double(total) : 0.0, 'f', 1)));
        });

    shownClients = visible;
    shownClasses = static_cast<int>(sets.size());
    clientAxis = axisX;
    updateClientTicks();
    stack->setCurrentWidget(view);
    summarize();
}

void PartitionPreview::Private::summarize() {
    const auto& histograms = shown.histograms;
    const int clients = static_cast<int>(histograms.size());
    const int classes = shown.data->train.classes;
    std::vector<std::int64_t> sizes;
    sizes.reserve(histograms.size());
    double effectiveSum = 0.0;
    int nonEmpty = 0;
    for (const auto& h : histograms) {
        const std::int64_t n = std::accumulate(h.begin(), h.end(), std::int64_t{0});
        sizes.push_back(n);
        if (n == 0)
            continue;
        // exp(entropy): the number of equally common classes with the same spread; 10 for an
        // even mix of 10 classes, 1 when a client holds a single class.
        double entropy = 0.0;
        for (std::int64_t v : h) {
            if (v > 0) {
                const double p = double(v) / double(n);
                entropy -= p * std::log(p);
            }
        }
        effectiveSum += std::exp(entropy);
        ++nonEmpty;
    }
    std::vector<std::int64_t> sorted = sizes;
    std::sort(sorted.begin(), sorted.end());
    const std::int64_t total = std::accumulate(sizes.begin(), sizes.end(), std::int64_t{0});
    const std::int64_t median = sorted.empty() ? 0 : sorted[sorted.size() / 2];

    QStringList lines;
    lines << tr("<b>%1 clients</b> share %2 training samples: %3 per client on average, "
                "fewest %4, median %5, most %6.")
                 .arg(count(clients), count(total), count(clients ? total / clients : 0),
                      count(sorted.empty() ? 0 : sorted.front()), count(median),
                      count(sorted.empty() ? 0 : sorted.back()));
    const double effective = nonEmpty ? effectiveSum / nonEmpty : 0.0;
    QString mix = tr("Class mix: a client's data is as varied as <b>%1 of %2 classes</b> in "
                     "equal parts, on average")
                      .arg(QLocale().toString(effective, 'f', 1))
                      .arg(classes);
    mix += effective >= 0.9 * classes ? tr(" — close to IID.")
           : effective >= 0.5 * classes
               ? tr(" — moderately non-IID.")
               : tr(" — strongly non-IID: most clients see only a few classes.");
    lines << mix;
    QStringList extra;
    extra << tr("%1 test samples").arg(count(shown.data->test.size()));
    if (shown.parameters >= 0)
        extra << tr("model: %1 parameters (%2 per update)")
                     .arg(count(shown.parameters),
                          QLocale().formattedDataSize(shown.parameters * 4, 1,
                                                      QLocale::DataSizeSIFormat));
    if (clients > kMaxShownClients)
        extra << tr("the chart shows clients 0–%1 of %2")
                     .arg(kMaxShownClients - 1)
                     .arg(count(clients));
    lines << extra.join(u" · "_s) + u'.';
    summary->setText(lines.join(u"<br>"_s));
}

} // namespace fed::ui
