// File > Provision Nodes…: the dialog provisions off the GUI thread with the engine's code,
// shows the kits it made, and shows what is wrong (no spec, an output folder that already
// holds a federation, a bad host name) without writing anything.
#include "engine/pki/Provisioning.h"
#include "ui/ProvisionDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace fed;
using namespace Qt::StringLiterals;

namespace {
const QString kSpec = QStringLiteral(FED_SOURCE_DIR "/resources/presets/synthetic-quick.fed.json");
}

class TestProvisionDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void provisionsOffTheGuiThread() {
        QTemporaryDir tmp;
        ui::ProvisionDialog dialog(kSpec, 3);
        dialog.show();
        QCOMPARE(dialog.nodesBox()->value(), 3);
        dialog.outEdit()->setText(tmp.filePath(u"kits"_s));
        dialog.nodesBox()->setValue(2);
        dialog.portBox()->setValue(9555);
        dialog.sansEdit()->setText(u"coord.lan, 10.0.0.9"_s);
        QSignalSpy finished(&dialog, &ui::ProvisionDialog::finished);
        QTest::mouseClick(dialog.provisionButton(), Qt::LeftButton);
        QVERIFY(dialog.isBusy() || finished.size() == 1); // the work runs in the background
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.resultText()));
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.provisionButton()->isEnabled());
        QVERIFY2(dialog.resultText().contains(u"node-001.tar.gz"_s),
                 qPrintable(dialog.resultText()));
        auto kit = pki::loadNodeKit(tmp.filePath(u"kits/nodes/node-001.tar.gz"_s).toStdString());
        QVERIFY2(kit, qPrintable(kit.error()));
        QCOMPARE(kit->coordinatorAddress, std::string("127.0.0.1:9555"));
        auto coordinator =
            pki::loadCoordinatorKit(tmp.filePath(u"kits/coordinator"_s).toStdString());
        QVERIFY2(coordinator, qPrintable(coordinator.error()));
        QCOMPARE(coordinator->nodes.size(), std::size_t{2});

        // Again into the same folder: refused, and the kits already made stay as they were.
        QTest::mouseClick(dialog.provisionButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QVERIFY(!finished.last().first().toBool());
        QVERIFY2(dialog.resultText().contains(u"already holds a provisioned federation"_s),
                 qPrintable(dialog.resultText()));
        auto same = pki::loadCoordinatorKit(tmp.filePath(u"kits/coordinator"_s).toStdString());
        QVERIFY(same && same->federationId == coordinator->federationId);
    }

    void badInputIsShown() {
        QTemporaryDir tmp;
        ui::ProvisionDialog noSpec(QString(), 4);
        noSpec.outEdit()->setText(tmp.filePath(u"a"_s));
        QSignalSpy finished(&noSpec, &ui::ProvisionDialog::finished);
        QTest::mouseClick(noSpec.provisionButton(), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QVERIFY2(noSpec.resultText().contains(u"spec"_s), qPrintable(noSpec.resultText()));

        ui::ProvisionDialog badHost(kSpec, 2);
        badHost.outEdit()->setText(tmp.filePath(u"b"_s));
        badHost.hostEdit()->setText(u"bad host,URI:x"_s);
        QSignalSpy finished2(&badHost, &ui::ProvisionDialog::finished);
        QTest::mouseClick(badHost.provisionButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished2.size(), 1, 30000);
        QVERIFY(!finished2.first().first().toBool());
        QVERIFY2(badHost.resultText().contains(u"not a valid host name"_s),
                 qPrintable(badHost.resultText()));
        QVERIFY(!QFile::exists(tmp.filePath(u"b/coordinator"_s)));
    }
};

QTEST_MAIN(TestProvisionDialog)
#include "test_provision_dialog.moc"
