// The differential-privacy accountant and mechanisms. The accountant's subsampled cases are
// checked against the Renyi divergence computed here by numerical integration of its
// definition, which shares nothing with the series the accountant sums.
#include "engine/privacy/Accountant.h"
#include "engine/privacy/DifferentialPrivacy.h"

#include <QTest>
#include <cmath>
#include <numbers>

using namespace fed;

namespace {

//! log of E_{z ~ N(0, s^2)} [(1 - q + q exp((2z - 1) / (2 s^2)))^alpha], by composite Simpson
//! in log space over [-14 s, alpha + 14 s]: the definition of D_alpha(mixture || N(0, s^2)).
double logMomentByIntegration(double q, double s, double alpha) {
    const double lo = -14.0 * s;
    const double hi = alpha + 14.0 * s;
    const int n = 200000; // even
    const double h = (hi - lo) / n;
    std::vector<double> logF(static_cast<std::size_t>(n) + 1);
    double peak = -INFINITY;
    for (int i = 0; i <= n; ++i) {
        const double z = lo + i * h;
        const double logDensity =
            -z * z / (2 * s * s) - std::log(s) - 0.5 * std::log(2 * std::numbers::pi);
        // log(1 - q + q r), r = exp(t), done stably for large t.
        const double t = (2 * z - 1) / (2 * s * s);
        const double a = std::log1p(-q);
        const double b = std::log(q) + t;
        const double mixture = std::max(a, b) + std::log1p(std::exp(-std::abs(a - b)));
        logF[static_cast<std::size_t>(i)] = logDensity + alpha * mixture;
        peak = std::max(peak, logF[static_cast<std::size_t>(i)]);
    }
    double sum = 0.0;
    for (int i = 0; i <= n; ++i) {
        const double w = (i == 0 || i == n) ? 1.0 : (i % 2 ? 4.0 : 2.0);
        sum += w * std::exp(logF[static_cast<std::size_t>(i)] - peak);
    }
    return peak + std::log(sum * h / 3.0);
}

FederationSpec dpSpec(int clients, double fraction, double z, double clip) {
    FederationSpec spec;
    spec.clients = clients;
    spec.selection.fraction = fraction;
    spec.privacy.dp.enabled = true;
    spec.privacy.dp.noiseMultiplier = z;
    spec.privacy.dp.clipNorm = clip;
    return spec;
}

double norm(std::span<const float> v) {
    double s = 0;
    for (float x : v)
        s += static_cast<double>(x) * x;
    return std::sqrt(s);
}

} // namespace

class TestPrivacy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void gaussianClosedForm_data() {
        QTest::addColumn<double>("sigma");
        QTest::addColumn<double>("alpha");
        QTest::newRow("sigma 1, alpha 2") << 1.0 << 2.0;
        QTest::newRow("sigma 0.7, alpha 32") << 0.7 << 32.0;
        QTest::newRow("sigma 3, alpha 1.25") << 3.0 << 1.25;
        QTest::newRow("sigma 1.1, alpha 7.75") << 1.1 << 7.75;
    }
    void gaussianClosedForm() {
        QFETCH(double, sigma);
        QFETCH(double, alpha);
        QCOMPARE(sampledGaussianRdp(1.0, sigma, alpha), alpha / (2 * sigma * sigma));
        // The integer series at q just below 1 tends to the closed form too.
        if (alpha == std::floor(alpha)) {
            const double nearOne = sampledGaussianRdp(1.0 - 1e-9, sigma, alpha);
            QVERIFY(std::abs(nearOne - alpha / (2 * sigma * sigma)) < 1e-6);
        }
    }

    void orderTwoClosedForm() {
        // A_2 = (1 - q)^2 + 2 q (1 - q) + q^2 e^{1/sigma^2} = 1 + q^2 (e^{1/sigma^2} - 1).
        for (double q : {0.001, 0.01, 0.1, 0.5})
            for (double sigma : {0.6, 1.0, 2.5}) {
                const double expected = std::log1p(q * q * std::expm1(1 / (sigma * sigma)));
                const double got = sampledGaussianRdp(q, sigma, 2.0);
                QVERIFY2(std::abs(got - expected) <= 1e-12 + 1e-10 * expected,
                         qPrintable(QStringLiteral("q %1 sigma %2: %3 != %4")
                                        .arg(q)
                                        .arg(sigma)
                                        .arg(got)
                                        .arg(expected)));
            }
    }

    void subsampledAgainstIntegration_data() {
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("sigma");
        QTest::addColumn<double>("alpha");
        QTest::newRow("q .01 s 1 a 8") << 0.01 << 1.0 << 8.0;
        QTest::newRow("q .01 s 1 a 2.5") << 0.01 << 1.0 << 2.5;
        QTest::newRow("q .1 s 1.1 a 3.25") << 0.1 << 1.1 << 3.25;
        QTest::newRow("q .1 s .8 a 4.5") << 0.1 << 0.8 << 4.5;
        QTest::newRow("q .05 s 2 a 32") << 0.05 << 2.0 << 32.0;
        QTest::newRow("q .2 s 1.5 a 1.25") << 0.2 << 1.5 << 1.25;
        QTest::newRow("q .5 s 4 a 16") << 0.5 << 4.0 << 16.0;
        QTest::newRow("q .001 s .7 a 10.75") << 0.001 << 0.7 << 10.75;
        QTest::newRow("q .3 s 1 a 5.5") << 0.3 << 1.0 << 5.5;
    }
    void subsampledAgainstIntegration() {
        QFETCH(double, q);
        QFETCH(double, sigma);
        QFETCH(double, alpha);
        const double expected = logMomentByIntegration(q, sigma, alpha) / (alpha - 1);
        const double got = sampledGaussianRdp(q, sigma, alpha);
        QVERIFY2(std::abs(got - expected) <= 1e-9 + 1e-6 * expected,
                 qPrintable(QStringLiteral("RDP %1, integration %2")
                                .arg(got, 0, 'g', 12)
                                .arg(expected, 0, 'g', 12)));
        // Subsampling amplifies: never worse than the plain Gaussian mechanism.
        QVERIFY(got <= alpha / (2 * sigma * sigma) + 1e-12);
    }

    void conversionIsBalleEtAl() {
        // One order, checked by hand, and never looser than Mironov's eps + log(1/delta)/(a-1).
        const std::vector<double> orders{8.0};
        const std::vector<double> rdp{0.5};
        const double delta = 1e-5;
        const PrivacySpent s = epsilonFromRdp(orders, rdp, delta);
        const double expected = 0.5 + std::log(7.0 / 8.0) - (std::log(delta) + std::log(8.0)) / 7.0;
        QVERIFY(std::abs(s.epsilon - expected) < 1e-12);
        QCOMPARE(s.order, 8.0);
        QVERIFY(s.epsilon < 0.5 + std::log(1 / delta) / 7.0);
        QCOMPARE(epsilonFromRdp(orders, std::vector<double>{0.0}, delta).epsilon, 0.0);
    }

    void monotonic() {
        const double delta = 1e-5;
        double previous = 0;
        RdpAccountant accountant;
        for (int round = 1; round <= 50; ++round) {
            accountant.addSampledGaussian(0.1, 1.0);
            const double eps = accountant.spent(delta).epsilon;
            QVERIFY2(eps > previous, qPrintable(QStringLiteral("round %1").arg(round)));
            previous = eps;
        }
        QCOMPARE(accountant.spentAfter(0.1, 1.0, 0, delta).epsilon, previous);
        double lastSigma = INFINITY;
        for (double sigma : {0.5, 0.8, 1.0, 1.5, 3.0, 10.0}) {
            RdpAccountant a;
            a.addSampledGaussian(0.05, sigma, 100);
            const double eps = a.spent(delta).epsilon;
            QVERIFY2(eps < lastSigma, qPrintable(QStringLiteral("sigma %1").arg(sigma)));
            lastSigma = eps;
        }
        double lastQ = 0;
        for (double q : {0.001, 0.01, 0.05, 0.2, 1.0}) {
            RdpAccountant a;
            a.addSampledGaussian(q, 1.0, 20);
            const double eps = a.spent(delta).epsilon;
            QVERIFY2(eps > lastQ, qPrintable(QStringLiteral("q %1").arg(q)));
            lastQ = eps;
        }
    }

    void clipping() {
        std::vector<float> v{3.0f, 4.0f};
        QCOMPARE(clipToNorm(v, 1.0), 5.0);
        QVERIFY(std::abs(norm(v) - 1.0) < 1e-6);
        QVERIFY(std::abs(v[0] / v[1] - 0.75f) < 1e-6f); // direction kept
        std::vector<float> inside{0.3f, 0.4f};
        clipToNorm(inside, 1.0);
        QCOMPARE(inside, (std::vector<float>{0.3f, 0.4f}));
    }

    void centralNoiseAndFixedDenominator() {
        const FederationSpec spec = dpSpec(100, 0.1, 1.5, 2.0); // q N = 10, noise std 0.3
        QCOMPARE(expectedClients(spec), 10.0);
        QVERIFY(std::abs(centralNoiseStd(spec) - 0.3) < 1e-12);
        const std::size_t n = 200000;
        const std::vector<float> zero = centralDpUpdate({}, n, spec, 42, 3);
        double mean = 0, sq = 0;
        for (float x : zero) {
            mean += x;
            sq += static_cast<double>(x) * x;
        }
        mean /= n;
        const double sd = std::sqrt(sq / n - mean * mean);
        QVERIFY2(std::abs(sd - 0.3) < 0.003, qPrintable(QString::number(sd)));
        QVERIFY(std::abs(mean) < 0.003);
        // Same key and round: the same noise (replay); another round: other noise.
        QCOMPARE(centralDpUpdate({}, n, spec, 42, 3), zero);
        QVERIFY(centralDpUpdate({}, n, spec, 42, 4) != zero);
        QVERIFY(centralDpUpdate({}, n, spec, 43, 3) != zero);

        // Almost no noise: the estimate is the sum of clipped updates over q N, not their mean.
        const FederationSpec quiet = dpSpec(100, 0.1, 1e-9, 1.0);
        ClientUpdate a{0, 50, {3.0f, 4.0f}}; // norm 5, clipped to (0.6, 0.8)
        ClientUpdate b{7, 10, {0.1f, 0.0f}}; // inside the ball, kept
        const ClientUpdate* both[] = {&a, &b};
        const std::vector<float> est = centralDpUpdate(both, 2, quiet, 1, 1);
        QVERIFY(std::abs(est[0] - 0.07f) < 1e-6f);
        QVERIFY(std::abs(est[1] - 0.08f) < 1e-6f);
        // The inputs are not changed: the ledger keeps the updates as the nodes signed them.
        QCOMPARE(a.delta, (std::vector<float>{3.0f, 4.0f}));
    }

    void localNoise() {
        DifferentialPrivacySettings dp;
        dp.noiseMultiplier = 0.5;
        dp.clipNorm = 2.0;
        std::vector<float> v(100000, 1.0f); // norm 316, clipped to 2
        privatizeLocally(v, dp, 9, 1, 5);
        double sq = 0;
        for (float x : v)
            sq += static_cast<double>(x) * x;
        // Clipped part contributes 4 in total; the noise z C = 1 per coordinate.
        QVERIFY(std::abs(sq / v.size() - 1.0) < 0.02);
        std::vector<float> w(100000, 1.0f);
        privatizeLocally(w, dp, 9, 1, 6);
        QVERIFY(v != w); // each node draws its own noise
    }

    void poissonSampling() {
        int total = 0;
        for (int round = 1; round <= 200; ++round) {
            const auto s = poissonSample(7, round, 500, 0.1);
            QVERIFY(std::is_sorted(s.begin(), s.end()));
            total += static_cast<int>(s.size());
        }
        // 200 rounds x 500 clients x 0.1 = 10000 expected, standard deviation ~95.
        QVERIFY2(std::abs(total - 10000) < 500, qPrintable(QString::number(total)));
        QCOMPARE(poissonSample(7, 3, 500, 0.1), poissonSample(7, 3, 500, 0.1));
        QVERIFY(poissonSample(7, 3, 500, 0.1) != poissonSample(8, 3, 500, 0.1));
    }

    void noiseKeyText() {
        auto key = generateNoiseKey();
        QVERIFY(key.ok());
        QCOMPARE(noiseKeyFromText(noiseKeyToText(*key)), std::optional<std::uint64_t>(*key));
        QVERIFY(!noiseKeyFromText(QStringLiteral("xyz")));
    }

    void privacyLedgerCentralAndLocal() {
        FederationSpec spec = dpSpec(20, 0.25, 1.2, 1.0);
        PrivacyLedger central(spec);
        RdpAccountant reference;
        for (int r = 0; r < 5; ++r) {
            const double before = central.spentAfterNextRound().epsilon;
            central.addRound(std::vector<int>{1, 2});
            reference.addSampledGaussian(0.25, 1.2);
            QCOMPARE(central.spent().epsilon, before);
            QVERIFY(std::abs(central.spent().epsilon - reference.spent(1e-5).epsilon) < 1e-12);
        }
        spec.privacy.dp.mode = DpMode::Local;
        PrivacyLedger local(spec);
        local.addRound(std::vector<int>{0, 1});
        local.addRound(std::vector<int>{1});
        local.addRound(std::vector<int>{1, 2});
        // Node 1 took part three times: three Gaussian mechanisms, sensitivity 2C, noise z C.
        RdpAccountant node;
        node.addSampledGaussian(1.0, 1.2 / 2.0, 3);
        QVERIFY(std::abs(local.spent().epsilon - node.spent(1e-5).epsilon) < 1e-12);
        node.addSampledGaussian(1.0, 0.6, 1);
        QVERIFY(std::abs(local.spentAfterNextRound().epsilon - node.spent(1e-5).epsilon) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "test_privacy.moc"
