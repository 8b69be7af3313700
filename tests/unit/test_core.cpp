// Core utilities: the seeded generator and SHA-256.
#include "engine/core/Hash.h"
#include "engine/core/Rng.h"

#include <QTest>
#include <cmath>
#include <numeric>

using namespace fed;

class TestCore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameSeedSameStream() {
        Rng a(42), b(42), c(43);
        bool differs = false;
        for (int i = 0; i < 100; ++i) {
            const auto x = a.next();
            QCOMPARE(x, b.next());
            differs |= (x != c.next());
        }
        QVERIFY(differs);
    }

    void streamsAreIndependentOfCoordinates() {
        auto s1 = Rng::stream(7, rng_purpose::Shuffle, {1, 2});
        auto s2 = Rng::stream(7, rng_purpose::Shuffle, {2, 1});
        auto s3 = Rng::stream(7, rng_purpose::Selection, {1, 2});
        auto s1again = Rng::stream(7, rng_purpose::Shuffle, {1, 2});
        const auto x = s1.next();
        QVERIFY(x != s2.next());
        QVERIFY(x != s3.next());
        QCOMPARE(x, s1again.next());
    }

    void belowIsUniformAndInRange() {
        Rng rng(5);
        std::vector<int> counts(7, 0);
        const int n = 70000;
        for (int i = 0; i < n; ++i) {
            const auto v = rng.below(7);
            QVERIFY(v < 7);
            ++counts[v];
        }
        for (int c : counts)
            QVERIFY2(std::abs(c - n / 7) < 500, qPrintable(QString::number(c)));
    }

    void normalHasUnitMoments() {
        Rng rng(9);
        double sum = 0, sq = 0;
        const int n = 200000;
        for (int i = 0; i < n; ++i) {
            const double x = rng.normal();
            sum += x;
            sq += x * x;
        }
        QVERIFY(std::abs(sum / n) < 0.01);
        QVERIFY(std::abs(sq / n - 1.0) < 0.02);
    }

    void gammaMeanEqualsShape_data() {
        QTest::addColumn<double>("shape");
        QTest::newRow("0.1") << 0.1;
        QTest::newRow("0.5") << 0.5;
        QTest::newRow("1") << 1.0;
        QTest::newRow("7.5") << 7.5;
    }
    void gammaMeanEqualsShape() {
        QFETCH(double, shape);
        Rng rng(11);
        double sum = 0;
        const int n = 100000;
        for (int i = 0; i < n; ++i) {
            const double g = rng.gamma(shape);
            QVERIFY(g >= 0.0);
            sum += g;
        }
        // Gamma(k, 1) has mean k and variance k: allow five standard errors.
        QVERIFY2(std::abs(sum / n - shape) < 5 * std::sqrt(shape / n),
                 qPrintable(QString::number(sum / n)));
    }

    void dirichletIsOnTheSimplex() {
        Rng rng(3);
        for (double alpha : {0.01, 0.5, 10.0}) {
            const auto p = rng.dirichlet(alpha, 10);
            QCOMPARE(p.size(), std::size_t(10));
            QVERIFY(std::abs(std::accumulate(p.begin(), p.end(), 0.0) - 1.0) < 1e-9);
            for (double x : p)
                QVERIFY(x >= 0.0);
        }
    }

    void shuffleIsAPermutation() {
        Rng rng(1);
        std::vector<int> v(1000);
        std::iota(v.begin(), v.end(), 0);
        rng.shuffle(v);
        QVERIFY(!std::is_sorted(v.begin(), v.end()));
        std::sort(v.begin(), v.end());
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(v[i], i);
    }

    void sha256KnownAnswers() {
        // FIPS 180-2 test vectors.
        QCOMPARE(
            Hash::of(QByteArrayView("abc")).toHex(),
            QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(
            Hash::of(QByteArrayView("")).toHex(),
            QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        Sha256 incremental;
        incremental.add(QByteArrayView("a"));
        incremental.add(QByteArrayView("bc"));
        QCOMPARE(incremental.finish(), Hash::of(QByteArrayView("abc")));
    }

    void hexRoundTrip() {
        const Hash h = Hash::of(QByteArrayView("federation"));
        Hash parsed;
        QVERIFY(Hash::fromHex(h.toHex(), parsed));
        QCOMPARE(parsed, h);
        QVERIFY(!Hash::fromHex(u"abc", parsed));
        QVERIFY(!Hash::fromHex(QString(64, QLatin1Char('g')), parsed));
    }
};

QTEST_GUILESS_MAIN(TestCore)
#include "test_core.moc"
