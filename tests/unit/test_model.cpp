// The model zoo, the weight format and local training, checked against hand computations.
#include "engine/core/Rng.h"
#include "engine/model/Trainer.h"
#include "engine/model/Weights.h"
#include "tests/support/DataRows.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace fed;

namespace {

Dataset tinyTabular() {
    // Two features, two classes, linearly separable.
    Dataset d;
    d.name = QStringLiteral("tiny");
    d.sampleShape = {2};
    d.classes = 2;
    d.features = {1.0f, 0.5f, -1.0f, -0.5f, 2.0f, 1.0f, -2.0f, -1.5f, 0.5f, 1.5f, -0.5f, -1.0f};
    d.labels = {1, 0, 1, 0, 1, 0};
    return d;
}

Dataset randomImages(int count, std::uint64_t seed) {
    Dataset d;
    d.sampleShape = {1, 28, 28};
    d.classes = 10;
    Rng rng(seed);
    d.features.resize(static_cast<std::size_t>(count) * 784);
    for (auto& x : d.features)
        x = static_cast<float>(rng.normal());
    for (int i = 0; i < count; ++i)
        d.labels.push_back(static_cast<std::int32_t>(rng.below(10)));
    return d;
}

Dataset randomTable(int count, int features, std::uint64_t seed) {
    Dataset d;
    d.sampleShape = {features};
    d.classes = 10;
    Rng rng(seed);
    d.features.resize(static_cast<std::size_t>(count * features));
    for (auto& x : d.features)
        x = static_cast<float>(rng.normal());
    for (int i = 0; i < count; ++i)
        d.labels.push_back(static_cast<std::int32_t>(rng.below(10)));
    return d;
}

//! The TorchScript fixture: scripts/make-torchscript-fixture.py's 60-16-10 MLP with BatchNorm.
ModelSettings scriptModel(const QString& path = QStringLiteral(FED_TEST_DATA_DIR "/tiny-mlp.pt")) {
    ModelSettings settings;
    settings.architecture = ModelArchitecture::TorchScript;
    settings.path = path;
    return settings;
}

std::vector<std::uint32_t> allIndices(const Dataset& d) {
    std::vector<std::uint32_t> v(static_cast<std::size_t>(d.size()));
    for (std::size_t i = 0; i < v.size(); ++i)
        v[i] = static_cast<std::uint32_t>(i);
    return v;
}

//! A model of the zoo on 1x28x28 inputs with 10 classes (Fashion-MNIST's shape).
Result<std::unique_ptr<Trainer>> zooTrainer(int architecture) {
    ModelSettings settings;
    settings.architecture = static_cast<ModelArchitecture>(architecture);
    return Trainer::create(settings, ModelInput{{1, 28, 28}, 10});
}

} // namespace

class TestModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { useOneComputeThread(); }

    void zooParameterCounts_data() {
        // logreg 784*10+10; MLP 784-200-200-10; McMahan et al. 2017 CNN; LeNet-5 on 28x28.
        test::addDataRows<int, qint64>(
            {"architecture", "parameters"},
            {{"logreg", {int(ModelArchitecture::LogisticRegression), 7850}},
             {"mlp", {int(ModelArchitecture::Mlp), 199210}},
             {"cnn", {int(ModelArchitecture::Cnn), 1663370}},
             {"lenet5", {int(ModelArchitecture::LeNet5), 61706}}});
    }
    void zooParameterCounts() {
        QFETCH(int, architecture);
        QFETCH(qint64, parameters);
        auto trainer = zooTrainer(architecture);
        QVERIFY2(trainer.ok(), qPrintable(trainer.error()));
        QCOMPARE((*trainer)->layout().parameterCount(), parameters);
        QCOMPARE(static_cast<qint64>((*trainer)->initialWeights(1).size()), parameters);
    }

    void forwardMacsPerSample_data() {
        // Worked by hand on 1x28x28 inputs, 10 classes (weights only; docs/energy.md).
        // logreg: 784*10. MLP: 784*200 + 200*200 + 200*10.
        // CNN: 28*28*32*25 + 14*14*64*32*25 + 3136*512 + 512*10.
        // LeNet-5: 28*28*6*25 + 10*10*16*6*25 + 400*120 + 120*84 + 84*10.
        test::addDataRows<int, qint64>(
            {"architecture", "macs"},
            {{"logreg", {int(ModelArchitecture::LogisticRegression), 7840}},
             {"mlp", {int(ModelArchitecture::Mlp), 198800}},
             {"cnn", {int(ModelArchitecture::Cnn), 12273152}},
             {"lenet5", {int(ModelArchitecture::LeNet5), 416520}}});
    }
    void forwardMacsPerSample() {
        QFETCH(int, architecture);
        QFETCH(qint64, macs);
        auto trainer = zooTrainer(architecture);
        QVERIFY2(trainer.ok(), qPrintable(trainer.error()));
        QCOMPARE(static_cast<qint64>((*trainer)->forwardMacsPerSample()), macs);
    }

    void convolutionsNeedImages() {
        ModelSettings settings;
        settings.architecture = ModelArchitecture::Cnn;
        auto trainer = Trainer::create(settings, ModelInput{{60}, 10});
        QVERIFY(!trainer.ok());
        QVERIFY2(trainer.error().contains(QStringLiteral("cnn needs images")),
                 qPrintable(trainer.error()));
    }

    void initialWeightsDependOnTheSeedOnly() {
        ModelSettings settings;
        auto a = Trainer::create(settings, ModelInput{{1, 28, 28}, 10});
        auto b = Trainer::create(settings, ModelInput{{1, 28, 28}, 10});
        QVERIFY(a.ok() && b.ok());
        QCOMPARE((*a)->initialWeights(7), (*b)->initialWeights(7));
        QVERIFY((*a)->initialWeights(7) != (*a)->initialWeights(8));
        // PyTorch's default bound: U(-1/sqrt(fan_in), 1/sqrt(fan_in)); fc1 has fan_in 784.
        const auto w = (*a)->initialWeights(7);
        const float bound = 1.0f / std::sqrt(784.0f);
        float largest = 0.0f;
        for (std::size_t i = 0; i < 784 * 200; ++i)
            largest = std::max(largest, std::abs(w[i]));
        QVERIFY(largest <= bound);
        QVERIFY(largest > 0.9f * bound);
    }

    void weightsRoundTrip() {
        ModelSettings settings;
        settings.hidden = {5};
        auto trainer = Trainer::create(settings, ModelInput{{3}, 2});
        QVERIFY(trainer.ok());
        const auto& layout = (*trainer)->layout();
        QCOMPARE(layout.tensors.size(), std::size_t(4));
        QCOMPARE(layout.tensors[0].name, QStringLiteral("fc1.weight"));
        QCOMPARE(layout.tensors[3].name, QStringLiteral("fc2.bias"));
        const auto values = (*trainer)->initialWeights(3);
        const QByteArray bytes = encodeWeights(layout, values);
        auto decoded = decodeWeights(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->layout, layout);
        QCOMPARE(decoded->values, values);
        QCOMPARE(hashWeights(layout, values), Hash::of(bytes));
    }

    void corruptWeightsAreRefused_data() {
        QTest::addColumn<int>("cut");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << 0 << QStringLiteral("magic");
        QTest::newRow("header") << 10 << QStringLiteral("truncated");
        QTest::newRow("values") << -4 << QStringLiteral("bytes of values");
    }
    void corruptWeightsAreRefused() {
        QFETCH(int, cut);
        QFETCH(QString, message);
        ModelLayout layout{
            {TensorSpec{QStringLiteral("w"), {2, 3}}, TensorSpec{QStringLiteral("b"), {3}}}};
        QByteArray bytes = encodeWeights(layout, std::vector<float>(9, 1.0f));
        bytes = cut >= 0 ? bytes.left(cut) : bytes.left(bytes.size() + cut);
        auto decoded = decodeWeights(bytes);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(message), qPrintable(decoded.error()));
    }

    void hostileShapeIsRefused() {
        ModelLayout layout{{TensorSpec{QStringLiteral("w"), {1LL << 20, 1LL << 20}}}};
        QByteArray bytes = encodeWeights(layout, {});
        auto decoded = decodeWeights(bytes);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(QStringLiteral("too large")),
                 qPrintable(decoded.error()));
    }

    void sgdWithProximalTermMatchesHandComputation() {
        // Logistic regression (2 features, 2 classes), one sample per batch, two SGD steps with
        // FedProx's term: g = (softmax(Wx + b) - onehot(y)) x^T + mu (w - w_global).
        Dataset data;
        data.sampleShape = {2};
        data.classes = 2;
        data.features = {1.0f, 2.0f, -1.0f, 0.5f};
        data.labels = {1, 0};
        ModelSettings settings;
        settings.architecture = ModelArchitecture::LogisticRegression;
        auto trainer = Trainer::create(settings, ModelInput{{2}, 2});
        QVERIFY(trainer.ok());
        const std::vector<float> global{0.1f, -0.2f, 0.3f,
                                        0.4f, 0.05f, -0.05f}; // W (2x2) row-major, then b
        LocalTrainingConfig config;
        config.training.learningRate = 0.5;
        config.training.batchSize = 1;
        config.training.localEpochs = 1;
        config.proximalMu = 0.7;
        config.shuffleSeed = 99;
        auto result = (*trainer)->train(global, data, std::vector<std::uint32_t>{0, 1}, config);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->steps, qint64(2));

        // Replay by hand in double, in the order the trainer's shuffle visited the samples.
        std::vector<std::uint32_t> order{0, 1};
        Rng(config.shuffleSeed).shuffle(order);
        std::vector<double> w(global.begin(), global.end());
        for (auto row : order) {
            const double x0 = data.features[row * 2], x1 = data.features[row * 2 + 1];
            const double z0 = w[0] * x0 + w[1] * x1 + w[4];
            const double z1 = w[2] * x0 + w[3] * x1 + w[5];
            const double m = std::max(z0, z1);
            const double e0 = std::exp(z0 - m), e1 = std::exp(z1 - m);
            const double p[2] = {e0 / (e0 + e1), e1 / (e0 + e1)};
            const double err[2] = {p[0] - (data.labels[row] == 0), p[1] - (data.labels[row] == 1)};
            const double grad[6] = {err[0] * x0, err[0] * x1, err[1] * x0,
                                    err[1] * x1, err[0],      err[1]};
            for (int i = 0; i < 6; ++i)
                w[i] -= 0.5 * (grad[i] + 0.7 * (w[i] - global[i]));
        }
        for (int i = 0; i < 6; ++i)
            QVERIFY2(std::abs(global[i] + result->delta[i] - w[i]) < 1e-5,
                     qPrintable(QStringLiteral("weight %1: %2 vs %3")
                                    .arg(i)
                                    .arg(global[i] + result->delta[i])
                                    .arg(w[i])));
    }

    void proximalTermKeepsTheUpdateSmall() {
        Dataset data = randomImages(256, 4);
        ModelSettings settings;
        settings.hidden = {32};
        auto trainer = Trainer::create(settings, ModelInput{{1, 28, 28}, 10});
        QVERIFY(trainer.ok());
        const auto global = (*trainer)->initialWeights(1);
        LocalTrainingConfig config;
        config.training.learningRate = 0.05;
        config.training.localEpochs = 3;
        config.shuffleSeed = 5;
        auto free = (*trainer)->train(global, data, allIndices(data), config);
        config.proximalMu = 5.0;
        auto held = (*trainer)->train(global, data, allIndices(data), config);
        QVERIFY(free.ok() && held.ok());
        QVERIFY2(l2Norm(held->delta) < 0.8 * l2Norm(free->delta),
                 qPrintable(
                     QStringLiteral("%1 vs %2").arg(l2Norm(held->delta)).arg(l2Norm(free->delta))));
    }

    void trainingIsDeterministic() {
        Dataset data = randomImages(300, 9);
        ModelSettings settings;
        settings.architecture = ModelArchitecture::LeNet5;
        auto a = Trainer::create(settings, ModelInput{{1, 28, 28}, 10});
        auto b = Trainer::create(settings, ModelInput{{1, 28, 28}, 10});
        QVERIFY(a.ok() && b.ok());
        const auto global = (*a)->initialWeights(2);
        LocalTrainingConfig config;
        config.training.optimizer = OptimizerKind::Adam;
        config.training.learningRate = 0.001;
        config.training.batchSize = 16;
        config.shuffleSeed = 77;
        auto ra = (*a)->train(global, data, allIndices(data), config);
        auto rb = (*b)->train(global, data, allIndices(data), config);
        QVERIFY(ra.ok() && rb.ok());
        QCOMPARE(hashWeights((*a)->layout(), ra->delta), hashWeights((*b)->layout(), rb->delta));
        QVERIFY(l2Norm(ra->delta) > 0.0);
    }

    void learnsASeparableProblem() {
        Dataset data = tinyTabular();
        ModelSettings settings;
        settings.architecture = ModelArchitecture::LogisticRegression;
        auto trainer = Trainer::create(settings, ModelInput{{2}, 2});
        QVERIFY(trainer.ok());
        std::vector<float> weights = (*trainer)->initialWeights(3);
        LocalTrainingConfig config;
        config.training.learningRate = 0.5;
        config.training.batchSize = 2;
        config.training.localEpochs = 20;
        auto r = (*trainer)->train(weights, data, allIndices(data), config);
        QVERIFY(r.ok());
        for (std::size_t i = 0; i < weights.size(); ++i)
            weights[i] += r->delta[i];
        auto eval = (*trainer)->evaluate(weights, data, 0, data.size(), 4);
        QVERIFY(eval.ok());
        QCOMPARE(eval->samples, qint64(6));
        QCOMPARE(eval->accuracy(), 1.0);
        QCOMPARE(r->trainAccuracy, 1.0);
        QVERIFY(eval->loss() < 0.3);
        // Index-based evaluation agrees with range-based evaluation.
        auto byIndex = (*trainer)->evaluate(weights, data, allIndices(data), 4);
        QVERIFY(byIndex.ok());
        QCOMPARE(byIndex->correct, eval->correct);
        QVERIFY(std::abs(byIndex->lossSum - eval->lossSum) < 1e-9);
    }

    void divergenceIsReportedNotCrashed() {
        Dataset data = randomImages(64, 1);
        for (auto& x : data.features)
            x *= 1e30f;
        ModelSettings settings;
        settings.architecture = ModelArchitecture::LogisticRegression;
        auto trainer = Trainer::create(settings, ModelInput{{1, 28, 28}, 10});
        QVERIFY(trainer.ok());
        LocalTrainingConfig config;
        config.training.learningRate = 10.0;
        auto r = (*trainer)->train((*trainer)->initialWeights(1), data, allIndices(data), config);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("diverged")), qPrintable(r.error()));
    }

    void wrongInputsAreRefused() {
        ModelSettings settings;
        auto trainer = Trainer::create(settings, ModelInput{{1, 28, 28}, 10});
        QVERIFY(trainer.ok());
        Dataset tabular = tinyTabular();
        auto r = (*trainer)->train((*trainer)->initialWeights(1), tabular, allIndices(tabular), {});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("shape")), qPrintable(r.error()));
        Dataset images = randomImages(4, 1);
        r = (*trainer)->train(std::vector<float>(10), images, allIndices(images), {});
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(QStringLiteral("expected 199210 weights")));
    }

    void sgdWithGradientCorrectionMatchesHandComputation() {
        // SCAFFOLD's client step: g + (c - c_i), the correction a constant per weight.
        Dataset data;
        data.sampleShape = {2};
        data.classes = 2;
        data.features = {1.0f, 2.0f, -1.0f, 0.5f};
        data.labels = {1, 0};
        ModelSettings settings;
        settings.architecture = ModelArchitecture::LogisticRegression;
        auto trainer = Trainer::create(settings, ModelInput{{2}, 2});
        QVERIFY(trainer.ok());
        const std::vector<float> global{0.1f, -0.2f, 0.3f, 0.4f, 0.05f, -0.05f};
        const std::vector<float> correction{0.5f, -0.25f, 0.0f, 1.0f, -2.0f, 0.125f};
        LocalTrainingConfig config;
        config.training.learningRate = 0.5;
        config.training.batchSize = 1;
        config.shuffleSeed = 7;
        config.gradientCorrection = correction;
        auto result = (*trainer)->train(global, data, std::vector<std::uint32_t>{0, 1}, config);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        std::vector<std::uint32_t> order{0, 1};
        Rng(config.shuffleSeed).shuffle(order);
        std::vector<double> w(global.begin(), global.end());
        for (auto row : order) {
            const double x0 = data.features[row * 2], x1 = data.features[row * 2 + 1];
            const double z0 = w[0] * x0 + w[1] * x1 + w[4];
            const double z1 = w[2] * x0 + w[3] * x1 + w[5];
            const double m = std::max(z0, z1);
            const double e0 = std::exp(z0 - m), e1 = std::exp(z1 - m);
            const double p[2] = {e0 / (e0 + e1), e1 / (e0 + e1)};
            const double err[2] = {p[0] - (data.labels[row] == 0), p[1] - (data.labels[row] == 1)};
            const double grad[6] = {err[0] * x0, err[0] * x1, err[1] * x0,
                                    err[1] * x1, err[0],      err[1]};
            for (int i = 0; i < 6; ++i)
                w[i] -= 0.5 * (grad[i] + correction[static_cast<std::size_t>(i)]);
        }
        for (int i = 0; i < 6; ++i)
            QVERIFY2(std::abs(global[i] + result->delta[i] - w[i]) < 1e-5,
                     qPrintable(QString::number(i)));
        // A correction of the wrong size is refused.
        const std::vector<float> wrong(5, 0.0f);
        config.gradientCorrection = wrong;
        QVERIFY(!(*trainer)->train(global, data, std::vector<std::uint32_t>{0, 1}, config));
    }

    void labelFlippingLearnsTheMirroredLabels() {
        // The label-flipping adversary trains on classes - 1 - y: on a separable two-class
        // problem it learns the opposite classifier.
        Dataset data = tinyTabular();
        ModelSettings settings;
        settings.architecture = ModelArchitecture::LogisticRegression;
        auto trainer = Trainer::create(settings, ModelInput{{2}, 2});
        QVERIFY(trainer.ok());
        std::vector<float> weights = (*trainer)->initialWeights(3);
        LocalTrainingConfig config;
        config.training.learningRate = 0.5;
        config.training.batchSize = 2;
        config.training.localEpochs = 20;
        config.flipLabels = true;
        auto r = (*trainer)->train(weights, data, allIndices(data), config);
        QVERIFY(r.ok());
        QCOMPARE(r->trainAccuracy, 1.0); // against the labels it trained on
        for (std::size_t i = 0; i < weights.size(); ++i)
            weights[i] += r->delta[i];
        auto eval = (*trainer)->evaluate(weights, data, 0, data.size(), 6);
        QVERIFY(eval.ok());
        QCOMPARE(eval->accuracy(), 0.0); // evaluation uses the true labels
    }

    void torchScriptModelLoadsTrainsAndHashes() {
        auto trainer = Trainer::create(scriptModel(), ModelInput{{60}, 10});
        QVERIFY2(trainer.ok(), qPrintable(trainer.error()));
        const ModelLayout& layout = (*trainer)->layout();
        QStringList names;
        for (const TensorSpec& t : layout.tensors)
            names << t.name;
        // named_parameters() order, as the fixture's script prints it.
        QCOMPARE(names, (QStringList{QStringLiteral("fc1.weight"), QStringLiteral("fc1.bias"),
                                     QStringLiteral("norm.weight"), QStringLiteral("norm.bias"),
                                     QStringLiteral("fc2.weight"), QStringLiteral("fc2.bias")}));
        QCOMPARE(layout.tensors[0].shape, (std::vector<std::int64_t>{16, 60}));
        QCOMPARE(layout.parameterCount(), qint64(1178));
        QCOMPARE((*trainer)->forwardMacsPerSample(), qint64(1178));

        // The file's weights are the initial model, whatever the seed.
        const auto initial = (*trainer)->initialWeights(1);
        QCOMPARE(initial, (*trainer)->initialWeights(2));
        QCOMPARE(static_cast<qint64>(initial.size()), qint64(1178));
        QVERIFY(l2Norm(initial) > 0.0);
        auto decoded = decodeWeights(encodeWeights(layout, initial));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->layout, layout);

        Dataset data = randomTable(200, 60, 5);
        LocalTrainingConfig config;
        config.training.learningRate = 0.05;
        config.training.batchSize = 16;
        config.training.localEpochs = 2;
        config.shuffleSeed = 11;
        auto first = (*trainer)->train(initial, data, allIndices(data), config);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY(l2Norm(first->delta) > 0.0);
        QVERIFY(allFinite(first->delta));
        QCOMPARE(first->steps, qint64(26));

        // Same global, same seed: the same update, from a fresh instance and from this one
        // again (its BatchNorm statistics are put back before each client).
        auto other = Trainer::create(scriptModel(), ModelInput{{60}, 10});
        QVERIFY(other.ok());
        auto second = (*other)->train(initial, data, allIndices(data), config);
        auto third = (*trainer)->train(initial, data, allIndices(data), config);
        QVERIFY(second.ok() && third.ok());
        const Hash h = hashWeights(layout, first->delta);
        QCOMPARE(hashWeights(layout, second->delta), h);
        QCOMPARE(hashWeights(layout, third->delta), h);

        // Trained weights evaluate like the zoo's.
        std::vector<float> trained = initial;
        for (std::size_t i = 0; i < trained.size(); ++i)
            trained[i] += first->delta[i];
        auto eval = (*trainer)->evaluate(trained, data, 0, data.size(), 64);
        QVERIFY(eval.ok());
        QCOMPARE(eval->samples, qint64(200));
        QVERIFY(eval->accuracy() > 0.15); // it learned something of its random labels
    }

    void torchScriptErrorsAreClear() {
        auto missing = Trainer::create(scriptModel(QStringLiteral("/nonexistent/model.pt")),
                                       ModelInput{{60}, 10});
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(QStringLiteral("model.path: /nonexistent/model.pt does "
                                                         "not exist")),
                 qPrintable(missing.error()));

        QTemporaryDir dir;
        const QString junk = dir.filePath(QStringLiteral("weights.pt"));
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("these are not the weights you are looking for");
        }
        auto notScript = Trainer::create(scriptModel(junk), ModelInput{{60}, 10});
        QVERIFY(!notScript.ok());
        QVERIFY2(notScript.error().contains(QStringLiteral("is not a TorchScript module")) &&
                     notScript.error().contains(QStringLiteral("torch.jit.save")),
                 qPrintable(notScript.error()));

        auto wrongInput = Trainer::create(scriptModel(), ModelInput{{1, 28, 28}, 10});
        QVERIFY(!wrongInput.ok());
        QVERIFY2(wrongInput.error().contains(
                     QStringLiteral("cannot take a batch of samples of shape 1×28×28")),
                 qPrintable(wrongInput.error()));

        auto wrongClasses = Trainer::create(scriptModel(), ModelInput{{60}, 5});
        QVERIFY(!wrongClasses.ok());
        QVERIFY2(wrongClasses.error().contains(QStringLiteral("returns shape 2×10")) &&
                     wrongClasses.error().contains(QStringLiteral("must return 2×5")),
                 qPrintable(wrongClasses.error()));
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "test_model.moc"
