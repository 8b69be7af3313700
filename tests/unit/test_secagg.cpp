// Secure aggregation (Bonawitz et al. 2017) end to end through the client and server objects:
// exact fixed-point sums, dropouts up to n - t, a clean failure beyond, masked updates that
// look like noise, Shamir sharing, and the auditor's recomputation agreeing with the server.
#include "engine/core/Rng.h"
#include "engine/privacy/SecureAggregation.h"

#include <QTest>
#include <cmath>
#include <set>

using namespace fed;
using namespace fed::secagg;

namespace {

const RoundContext kContext{QStringLiteral("test-federation"), 3};

struct Plan {
    std::uint32_t participants = 5;
    std::uint32_t threshold = 3;
    std::set<std::uint32_t> dropBeforeMasking;   //!< share keys, then never send a masked input
    std::set<std::uint32_t> dropBeforeUnmasking; //!< send a masked input, then fall silent
    int fractionalBits = 24;
};

struct Outcome {
    Result<AggregationResult> result = fail(QString());
    std::vector<std::vector<std::uint64_t>> encoded;      //!< every participant's encoding
    std::vector<std::vector<std::uint64_t>> maskedInputs; //!< what the server received, by id
    std::vector<std::uint64_t> weights;
};

std::vector<float> randomVector(std::uint64_t seed, std::size_t size, double scale) {
    Rng rng(seed);
    std::vector<float> v(size);
    for (auto& x : v)
        x = static_cast<float>(scale * rng.normal());
    return v;
}

//! Runs one round of the protocol in memory, the way the coordinator drives it.
Outcome runRound(const Plan& plan, std::size_t parameters) {
    Outcome out;
    const Params params{plan.threshold, plan.fractionalBits};
    Server server(kContext, params, parameters);
    std::vector<Client> clients;
    for (std::uint32_t id = 0; id < plan.participants; ++id)
        clients.emplace_back(kContext, params, id);
    for (Client& c : clients) {
        auto keys = c.advertise();
        if (!keys)
            return {keys.takeError(), {}, {}, {}};
        if (Status s = server.receiveKeys(*keys); !s)
            return {s.takeError(), {}, {}, {}};
    }
    auto list = server.keyList();
    if (!list)
        return {list.takeError(), {}, {}, {}};
    for (Client& c : clients) {
        auto shares = c.shareKeys(*list);
        if (!shares)
            return {shares.takeError(), {}, {}, {}};
        if (Status s = server.receiveShares(c.id(), *shares); !s)
            return {s.takeError(), {}, {}, {}};
    }
    for (Client& c : clients) {
        const std::uint64_t weight = 10 + c.id();
        const auto update = randomVector(100 + c.id(), parameters, 0.1);
        auto encoded = encodeFixedPoint(update, static_cast<double>(weight), plan.fractionalBits,
                                        plan.participants);
        if (!encoded)
            return {encoded.takeError(), {}, {}, {}};
        out.encoded.push_back(*encoded);
        out.weights.push_back(weight);
        auto masked = c.maskInput(*encoded, weight, server.sharesFor(c.id()));
        if (!masked)
            return {masked.takeError(), {}, {}, {}};
        if (plan.dropBeforeMasking.count(c.id()))
            continue; // computed, never arrived
        out.maskedInputs.push_back(masked->masked);
        if (Status s = server.receiveMaskedInput(*masked); !s)
            return {s.takeError(), {}, {}, {}};
    }
    auto request = server.unmaskingRequest();
    if (!request) {
        out.result = request.takeError();
        return out;
    }
    for (Client& c : clients) {
        if (plan.dropBeforeMasking.count(c.id()) || plan.dropBeforeUnmasking.count(c.id()))
            continue;
        auto response = c.unmask(*request);
        if (!response)
            return {response.takeError(), {}, {}, {}};
        if (Status s = server.receiveUnmasking(*response); !s)
            return {s.takeError(), {}, {}, {}};
    }
    out.result = server.finish();
    return out;
}

//! The exact ring sum of the encodings of the participants whose input arrived.
std::vector<std::uint64_t> expectedSum(const Plan& plan, const Outcome& o) {
    std::vector<std::uint64_t> sum(o.encoded.front().size(), 0);
    for (std::uint32_t id = 0; id < plan.participants; ++id) {
        if (plan.dropBeforeMasking.count(id))
            continue;
        for (std::size_t i = 0; i < sum.size(); ++i)
            sum[i] += o.encoded[id][i];
    }
    return sum;
}

double pearson(std::span<const double> a, std::span<const double> b) {
    const auto n = static_cast<double>(a.size());
    double ma = 0, mb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= n;
    mb /= n;
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}

} // namespace

class TestSecAgg : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fixedPointRoundTrip() {
        const std::vector<float> values{0.5f, -0.25f, 1e-3f, -3.0f, 0.0f};
        auto encoded = encodeFixedPoint(values, 4.0, 24, 10);
        QVERIFY2(encoded, qPrintable(encoded.error()));
        const auto decoded = decodeFixedPoint(*encoded, 24, 4.0);
        for (std::size_t i = 0; i < values.size(); ++i)
            QVERIFY(std::abs(decoded[i] - static_cast<double>(values[i])) <= std::ldexp(1.0, -25));
        // The overflow bound: n * |x| * 2^f must stay below 2^62.
        const double bound = maxEncodableMagnitude(24, 10);
        QCOMPARE(bound, std::ldexp(1.0, 38) / 10.0);
        const std::vector<float> big{static_cast<float>(bound * 1.01)};
        auto refused = encodeFixedPoint(big, 1.0, 24, 10);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("fixed-point bound")));
        const std::vector<float> nan{std::nanf("")};
        QVERIFY(!encodeFixedPoint(nan, 1.0, 24, 10));
        // The largest allowed magnitude, n times, does not wrap.
        const std::vector<float> edge{static_cast<float>(bound * 0.999)};
        auto e = encodeFixedPoint(edge, 1.0, 24, 10);
        QVERIFY(e);
        std::uint64_t sum = 0;
        for (int i = 0; i < 10; ++i)
            sum += (*e)[0];
        QVERIFY(static_cast<std::int64_t>(sum) > 0);
    }

    void unmaskedSumIsExact() {
        Plan plan;
        plan.participants = 6;
        plan.threshold = 4;
        const Outcome o = runRound(plan, 5000);
        QVERIFY2(o.result, qPrintable(o.result.error()));
        QCOMPARE(o.result->sum, expectedSum(plan, o)); // bit for bit, in the ring
        QCOMPARE(o.result->survivors.size(), std::size_t{6});
        std::uint64_t weights = 0;
        for (auto w : o.weights)
            weights += w;
        QCOMPARE(o.result->totalWeight, weights);
        // Decoded, it is the weighted sum of the plain updates within the rounding of each.
        const auto decoded = decodeFixedPoint(o.result->sum, plan.fractionalBits);
        for (std::size_t i = 0; i < decoded.size(); i += 97) {
            double plain = 0;
            for (std::uint32_t id = 0; id < plan.participants; ++id)
                plain += static_cast<double>(o.weights[id]) *
                         static_cast<double>(randomVector(100 + id, 5000, 0.1)[i]);
            QVERIFY(std::abs(decoded[i] - plain) <= 6 * std::ldexp(1.0, -25));
        }
        // The sum of the masked inputs alone is not the sum: the self masks are still on it.
        std::vector<std::uint64_t> raw(5000, 0);
        for (const auto& m : o.maskedInputs)
            for (std::size_t i = 0; i < raw.size(); ++i)
                raw[i] += m[i];
        QVERIFY(raw != o.result->sum);
    }

    void oneDropoutAfterMasking() {
        Plan plan;
        plan.participants = 7;
        plan.threshold = 4;
        plan.dropBeforeMasking = {2};
        const Outcome o = runRound(plan, 3000);
        QVERIFY2(o.result, qPrintable(o.result.error()));
        QCOMPARE(o.result->sum, expectedSum(plan, o));
        QCOMPARE(o.result->survivors, (std::vector<std::uint32_t>{0, 1, 3, 4, 5, 6}));
        QVERIFY(o.result->participants[2].dropped);
    }

    void nMinusTDropouts() {
        Plan plan;
        plan.participants = 7;
        plan.threshold = 4;
        plan.dropBeforeMasking = {0, 3, 6}; // n - t = 3
        const Outcome o = runRound(plan, 3000);
        QVERIFY2(o.result, qPrintable(o.result.error()));
        QCOMPARE(o.result->sum, expectedSum(plan, o));
        QCOMPARE(o.result->survivors, (std::vector<std::uint32_t>{1, 2, 4, 5}));

        // Silent after sending the masked input: still summed, its self mask rebuilt.
        Plan late;
        late.participants = 7;
        late.threshold = 4;
        late.dropBeforeMasking = {1};
        late.dropBeforeUnmasking = {4, 5};
        const Outcome l = runRound(late, 3000);
        QVERIFY2(l.result, qPrintable(l.result.error()));
        QCOMPARE(l.result->sum, expectedSum(late, l));
        QCOMPARE(l.result->survivors.size(), std::size_t{6});
    }

    void tooManyDropoutsFailCleanly() {
        Plan plan;
        plan.participants = 7;
        plan.threshold = 4;
        plan.dropBeforeMasking = {0, 1, 2, 3}; // n - t + 1
        const Outcome o = runRound(plan, 1000);
        QVERIFY(!o.result);
        QVERIFY2(o.result.error().contains(QStringLiteral("threshold is 4")),
                 qPrintable(o.result.error()));

        Plan late;
        late.participants = 7;
        late.threshold = 4;
        late.dropBeforeMasking = {0, 1};
        late.dropBeforeUnmasking = {2, 3};
        const Outcome l = runRound(late, 1000);
        QVERIFY(!l.result);
        QVERIFY2(l.result.error().contains(QStringLiteral("could not unmask")),
                 qPrintable(l.result.error()));
    }

    void maskedUpdateIsUncorrelated() {
        Plan plan;
        plan.participants = 3;
        plan.threshold = 2;
        const std::size_t n = 200000;
        const Outcome o = runRound(plan, n);
        QVERIFY2(o.result, qPrintable(o.result.error()));
        const auto plainFloats = randomVector(100, n, 0.1);
        std::vector<double> plain(plainFloats.begin(), plainFloats.end());
        const auto masked = decodeFixedPoint(o.maskedInputs[0], plan.fractionalBits);
        const auto encoded = decodeFixedPoint(o.encoded[0], plan.fractionalBits);
        // Sanity: the unmasked encoding is the plain update, r = 1.
        QVERIFY(pearson(plain, encoded) > 0.999);
        // With n = 200000 the standard error of r is ~0.0022; 0.015 is ~7 of them.
        const double r = pearson(plain, masked);
        QVERIFY2(std::abs(r) < 0.015, qPrintable(QString::number(r)));
        // Also per element: the masked value's sign agrees with the plain one half the time.
        std::size_t agree = 0;
        for (std::size_t i = 0; i < n; ++i)
            agree += (masked[i] > 0) == (plain[i] > 0) ? 1 : 0;
        QVERIFY(std::abs(static_cast<double>(agree) / static_cast<double>(n) - 0.5) < 0.01);
    }

    void shamirReconstructsAndNeedsThreshold() {
        QByteArray secret(32, '\0');
        for (int i = 0; i < 32; ++i)
            secret[i] = static_cast<char>(i * 37 + 11);
        auto shares = shamirSplit(secret, 3, 5);
        QVERIFY(shares);
        QCOMPARE(shares->size(), std::size_t{5});
        // Any 3 of 5 rebuild it.
        for (std::size_t a = 0; a < 5; ++a)
            for (std::size_t b = a + 1; b < 5; ++b)
                for (std::size_t c = b + 1; c < 5; ++c) {
                    std::vector<Share> subset{(*shares)[a], (*shares)[b], (*shares)[c]};
                    auto rebuilt = shamirCombine(subset, 3, 32);
                    QVERIFY(rebuilt);
                    QCOMPARE(*rebuilt, secret);
                }
        // Two are refused, and interpolating them as if t were 2 does not give the secret.
        std::vector<Share> two{(*shares)[0], (*shares)[4]};
        QVERIFY(!shamirCombine(two, 3, 32));
        auto wrong = shamirCombine(two, 2, 32);
        QVERIFY(!wrong || *wrong != secret);
        // A repeated point is refused; an altered share does not rebuild the secret.
        std::vector<Share> repeated{(*shares)[0], (*shares)[0], (*shares)[1]};
        QVERIFY(!shamirCombine(repeated, 3, 32));
        std::vector<Share> altered{(*shares)[0], (*shares)[1], (*shares)[2]};
        altered[1].y[0] = (altered[1].y[0] + 1) % kFieldPrime;
        auto bad = shamirCombine(altered, 3, 32);
        QVERIFY(!bad || *bad != secret);
        // Two splits of one secret use fresh randomness.
        auto again = shamirSplit(secret, 3, 5);
        QVERIFY(again && (*again)[0] != (*shares)[0]);
    }

    void auditorRecomputesTheSum() {
        Plan plan;
        plan.participants = 6;
        plan.threshold = 4;
        plan.dropBeforeMasking = {1, 4};
        const Outcome o = runRound(plan, 2000);
        QVERIFY2(o.result, qPrintable(o.result.error()));
        auto recomputed = recomputeSum(kContext, o.result->participants, o.maskedInputs);
        QVERIFY2(recomputed, qPrintable(recomputed.error()));
        QCOMPARE(*recomputed, o.result->sum);
        // Another round's context derives other masks: the recomputation no longer matches.
        auto otherRound = recomputeSum(RoundContext{kContext.federationId, 4},
                                       o.result->participants, o.maskedInputs);
        QVERIFY(otherRound && *otherRound != o.result->sum);
        // A tampered revealed key is detected against the advertised key.
        auto participants = o.result->participants;
        participants[1].revealed[5] ^= 1; // (bits 0-2 of byte 0 are clamped away by X25519)
        QVERIFY(!recomputeSum(kContext, participants, o.maskedInputs));
    }

    void clientRefusesAnUnsafeRequest() {
        const Params params{2, 24};
        Server server(kContext, params, 10);
        std::vector<Client> clients;
        for (std::uint32_t id = 0; id < 3; ++id) {
            clients.emplace_back(kContext, params, id);
            auto keys = clients.back().advertise();
            QVERIFY(keys);
            QVERIFY(server.receiveKeys(*keys));
        }
        auto list = server.keyList();
        QVERIFY(list);
        for (Client& c : clients) {
            auto shares = c.shareKeys(*list);
            QVERIFY(shares);
            QVERIFY(server.receiveShares(c.id(), *shares));
        }
        const std::vector<std::uint64_t> zeros(10, 0);
        auto masked = clients[0].maskInput(zeros, 1, server.sharesFor(0));
        QVERIFY(masked);
        // Asking for both the self-mask share and the key share of participant 1 is refused.
        UnmaskingRequest greedy{{0, 1, 2}, {1}};
        auto refused = clients[0].unmask(greedy);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("both survivor and dropped")));
        // Out of order: a second maskInput is refused too.
        QVERIFY(!clients[0].maskInput(zeros, 1, server.sharesFor(0)));
        // A share altered in transit does not authenticate.
        auto tampered = server.sharesFor(1);
        QVERIFY(!tampered.empty());
        tampered[0].ciphertext[20] = static_cast<char>(tampered[0].ciphertext[20] ^ 1);
        auto refusedShare = clients[1].maskInput(zeros, 1, tampered);
        QVERIFY(!refusedShare);
        QVERIFY(refusedShare.error().contains(QStringLiteral("authenticate")));
    }

    void sparseIdsAndOneDropout() {
        // Client indices of a large federation: shares are made only at the participants' points.
        const std::vector<std::uint32_t> ids{3, 500, 70000, 99999};
        const Params params{3, 20};
        Server server(kContext, params, 64);
        std::vector<Client> clients;
        for (std::uint32_t id : ids) {
            clients.emplace_back(kContext, params, id);
            auto keys = clients.back().advertise();
            QVERIFY(keys && server.receiveKeys(*keys));
        }
        auto list = server.keyList();
        QVERIFY(list);
        for (Client& c : clients) {
            auto shares = c.shareKeys(*list);
            QVERIFY(shares && server.receiveShares(c.id(), *shares));
        }
        std::vector<std::uint64_t> expected(64, 0);
        for (Client& c : clients) {
            std::vector<float> v(64);
            for (std::size_t i = 0; i < v.size(); ++i)
                v[i] = static_cast<float>(c.id() % 97) * 0.01f - static_cast<float>(i) * 0.001f;
            auto encoded = encodeFixedPoint(v, 2.0, params.fractionalBits, ids.size());
            QVERIFY(encoded);
            auto masked = c.maskInput(*encoded, 2, server.sharesFor(c.id()));
            QVERIFY(masked);
            if (c.id() == 500)
                continue; // dropped after masking
            for (std::size_t i = 0; i < expected.size(); ++i)
                expected[i] += (*encoded)[i];
            QVERIFY(server.receiveMaskedInput(*masked));
        }
        auto request = server.unmaskingRequest();
        QVERIFY(request);
        QCOMPARE(request->dropped, (std::vector<std::uint32_t>{500}));
        for (Client& c : clients) {
            if (c.id() == 500)
                continue;
            auto response = c.unmask(*request);
            QVERIFY(response && server.receiveUnmasking(*response));
        }
        auto result = server.finish();
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result->sum, expected);
        QCOMPARE(result->totalWeight, std::uint64_t{6});
    }

    void agreementIsSymmetric() {
        auto a = AgreementKey::generate();
        auto b = AgreementKey::generate();
        QVERIFY(a && b);
        auto ab = a->agree(b->publicKey());
        auto ba = b->agree(a->publicKey());
        QVERIFY(ab && ba);
        QCOMPARE(*ab, *ba);
        auto again = AgreementKey::fromPrivateBytes(a->privateBytes());
        QVERIFY(again);
        QCOMPARE(again->publicKey(), a->publicKey());
        // The all-zero point is a low-order key; agreeing with it is refused.
        QVERIFY(!a->agree(Bytes32{}));
    }
};

QTEST_GUILESS_MAIN(TestSecAgg)
#include "test_secagg.moc"
