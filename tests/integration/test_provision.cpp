// `fedctl provision` and `fedctl revoke` as a user runs them: what they print, the files they
// leave (keys 0600), exit codes and messages for bad input, and revocation reaching identifyNode.
#include "engine/pki/Provisioning.h"
#include "tests/support/Processes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace fed;
using namespace fed::test;
using namespace Qt::StringLiterals;

namespace {

unsigned modeOf(const QString& path) {
    struct stat st {};
    return ::stat(path.toLocal8Bit().constData(), &st) == 0 ? (st.st_mode & 0777U) : 0xffffU;
}

} // namespace

class TestProvision : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void provisionThenRevoke() {
        QTemporaryDir tmp;
        const QString out = tmp.filePath(u"fed"_s);
        auto r = fedctl({u"provision"_s, kQuickPreset, u"--nodes"_s, u"4"_s, u"--out"_s, out,
                         u"--host"_s, u"coord.example.org"_s, u"--port"_s, u"9443"_s, u"--san"_s,
                         u"10.1.2.3"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("4 node kits"), r.out.constData());
        QVERIFY(r.out.contains("node-003"));
        for (int i = 0; i < 4; ++i) {
            const QString name = u"node-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
            QCOMPARE(modeOf(out + u"/nodes/"_s + name + u"/node.key"_s), 0600U);
            QCOMPARE(modeOf(out + u"/nodes/"_s + name + u"/signing.key"_s), 0600U);
            QCOMPARE(modeOf(out + u"/nodes/"_s + name + u".tar.gz"_s), 0600U);
            auto kit = pki::loadNodeKit((out + u"/nodes/"_s + name + u".tar.gz"_s).toStdString());
            QVERIFY2(kit.ok(), qPrintable(kit.error()));
            QCOMPARE(kit->coordinatorAddress, std::string("coord.example.org:9443"));
            QVERIFY(r.out.contains(QByteArray::fromStdString(kit->nodeId)));
        }
        QCOMPARE(modeOf(out + u"/coordinator/ca.key"_s), 0600U);
        // Every kit (folder and archive) lists the members' signing keys exactly as nodes.json.
        QFile index(out + u"/coordinator/nodes.json"_s);
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QJsonArray nodes = QJsonDocument::fromJson(index.readAll())[u"nodes"_s].toArray();
        QCOMPARE(nodes.size(), 4);
        for (const QString& kitPath :
             {out + u"/nodes/node-000"_s, out + u"/nodes/node-003.tar.gz"_s}) {
            auto kit = pki::loadNodeKit(kitPath.toStdString());
            QVERIFY2(kit.ok(), qPrintable(kit.error()));
            QCOMPARE(kit->members.size(), std::size_t{4});
            for (const QJsonValue& n : nodes)
                QCOMPARE(kit->members.at(n[u"index"_s].toInt()).toHex(),
                         n[u"public_key"_s].toString().toLatin1());
        }

        auto again = fedctl({u"provision"_s, kQuickPreset, u"--nodes"_s, u"2"_s, u"--out"_s, out});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already holds a provisioned federation"),
                 again.err.constData());

        auto noReason = fedctl({u"revoke"_s, out, u"node-002"_s});
        QCOMPARE(noReason.exitCode, 2);
        QVERIFY(noReason.err.contains("--reason"));
        auto revoke = fedctl({u"revoke"_s, out, u"node-002"_s, u"--reason"_s, u"disk sold"_s});
        QVERIFY2(revoke.exitCode == 0, revoke.err.constData());
        auto twice = fedctl({u"revoke"_s, out + u"/coordinator"_s, u"2"_s, u"--reason"_s, u"x"_s});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains("already revoked (disk sold)"), twice.err.constData());
        auto unknown = fedctl({u"revoke"_s, out, u"node-077"_s, u"--reason"_s, u"x"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("no node 'node-077'"));

        auto coord = pki::loadCoordinatorKit((out + u"/coordinator"_s).toStdString());
        QVERIFY2(coord.ok(), qPrintable(coord.error()));
        auto kit2 = pki::loadNodeKit((out + u"/nodes/node-002"_s).toStdString());
        auto kit1 = pki::loadNodeKit((out + u"/nodes/node-001"_s).toStdString());
        QVERIFY(kit1.ok() && kit2.ok());
        QVERIFY(identifyNode(*coord, kit1->certPem).ok());
        auto refused = identifyNode(*coord, kit2->certPem);
        QVERIFY2(!refused.ok() && refused.error().contains(u"disk sold"_s),
                 qPrintable(refused.error()));
    }

    void badInputGetsAClearMessage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString out = u"/tmp/fedstudio-never-written"_s;
        QTest::newRow("no out") << QStringList{u"provision"_s, kQuickPreset} << 2 << u"--out DIR"_s;
        QTest::newRow("no spec") << QStringList{u"provision"_s, u"--out"_s, out} << 2
                                 << u"expected one SPEC"_s;
        QTest::newRow("missing spec")
            << QStringList{u"provision"_s, u"/nonexistent.fed.json"_s, u"--out"_s, out} << 1
            << u"/nonexistent.fed.json"_s;
        QTest::newRow("zero nodes")
            << QStringList{u"provision"_s, kQuickPreset, u"--nodes"_s, u"0"_s, u"--out"_s, out} << 2
            << u"--nodes must be"_s;
        QTest::newRow("bad port") << QStringList{u"provision"_s, kQuickPreset, u"--port"_s,
                                                 u"http"_s,      u"--out"_s,   out}
                                  << 2 << u"--port must be"_s;
        QTest::newRow("bad san") << QStringList{u"provision"_s, kQuickPreset, u"--san"_s,
                                                u"a,URI:x"_s,   u"--out"_s,   out}
                                 << 1 << u"not a valid host name"_s;
        QTest::newRow("revoke no kit")
            << QStringList{u"revoke"_s, u"/nonexistent"_s, u"1"_s, u"--reason"_s, u"r"_s} << 1
            << u"/nonexistent"_s;
        QTest::newRow("help") << QStringList{u"provision"_s, u"--help"_s} << 0 << u"--san"_s;
    }

    void badInputGetsAClearMessage() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        auto r = fedctl(args);
        QCOMPARE(r.exitCode, exitCode);
        const QString text = QString::fromUtf8(r.out + r.err);
        QVERIFY2(text.contains(message), qPrintable(text));
        QVERIFY(!QFile::exists(u"/tmp/fedstudio-never-written/coordinator"_s));
    }
};

QTEST_GUILESS_MAIN(TestProvision)
#include "test_provision.moc"
