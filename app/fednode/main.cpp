// fednode: one node of a networked federation (docs/protocol.md, docs/nodes.md). It joins the
// coordinator named in its startup kit over mutual TLS, trains each round it is given with the
// same LibTorch trainer as in-process clients, signs its update with the kit's Ed25519 key and
// reports CPU time and modelled energy. One line per event goes to stderr.
#include "engine/data/Dataset.h"
#include "engine/energy/EnergyModel.h"
#include "engine/federation/EnergyAccounting.h"
#include "engine/model/Trainer.h"
#include "engine/net/NodeClient.h"
#include "engine/net/Protocol.h"
#include "engine/pki/Provisioning.h"
#include "engine/spec/SpecIO.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <mutex>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

std::atomic<bool> g_stop{false};

extern "C" void onSignal(int) {
    g_stop.store(true);
}

std::mutex g_logMutex;
QString g_name = u"fednode"_s;

void logLine(const QString& line) {
    const QByteArray text = (QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' ' +
                             g_name + u": "_s + line + u'\n')
                                .toUtf8();
    std::lock_guard lock(g_logMutex);
    std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), stderr);
    std::fflush(stderr);
}

enum Exit { Ok = 0, Failed = 1, Usage = 2, Refused = 3, Stopped = 130 };

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fednode"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FED_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A node of a networked Federation Studio federation: joins the coordinator named in its "
        "kit and trains the rounds it is given.\nExit codes: 0 the federation finished, 1 failed, "
        "2 bad usage or kit, 3 refused by the coordinator, 130 stopped (SIGTERM/SIGINT)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"kit"_s, u"the node's startup kit: a folder or its .tar.gz"_s, u"KIT"_s});
    parser.addOption({u"data"_s,
                      u"train on this data set instead of the spec's partition for this node "
                      "(the spec's data kind: an IDX or CIFAR-10 folder, or a CSV file)"_s,
                      u"PATH"_s});
    parser.addOption({u"coordinator"_s,
                      u"connect to HOST:PORT instead of the kit's coordinator address"_s,
                      u"HOST:PORT"_s});
    parser.addOption({u"exit-after-phase"_s,
                      u"testing only: kill this process (SIGKILL) right after it completed the "
                      "secure-aggregation phase PHASE (keys, shares or masked) of round ROUND "
                      "(default 1), to test dropouts at an exact point of the protocol"_s,
                      u"PHASE[:ROUND]"_s});
    parser.process(app);
    if (!parser.isSet(u"kit"_s) || !parser.positionalArguments().isEmpty()) {
        std::fputs("fednode: expected --kit KIT (see fednode --help)\n", stderr);
        return Usage;
    }

    auto kit = fed::pki::loadNodeKit(parser.value(u"kit"_s).toStdString());
    if (!kit) {
        logLine(u"cannot use the kit: %1"_s.arg(kit.error()));
        return Usage;
    }
    g_name = QString::fromStdString(fed::pki::nodeName(kit->nodeIndex));
    if (parser.isSet(u"coordinator"_s))
        kit->coordinatorAddress = parser.value(u"coordinator"_s).toStdString();
    QString exitPhase;
    int exitRound = 1;
    if (parser.isSet(u"exit-after-phase"_s)) {
        const QStringList parts = parser.value(u"exit-after-phase"_s).split(u':');
        bool roundOk = true;
        if (parts.size() == 2)
            exitRound = parts[1].toInt(&roundOk);
        exitPhase = parts[0];
        if (parts.size() > 2 || !roundOk || exitRound < 1 ||
            !QStringList{u"keys"_s, u"shares"_s, u"masked"_s}.contains(exitPhase)) {
            std::fputs("fednode: --exit-after-phase takes keys, shares or masked, optionally "
                       "followed by :ROUND (a round number >= 1)\n",
                       stderr);
            return Usage;
        }
    }

    // The kit's spec says what to train and, without --data, which partition is this node's.
    const QString kitDir = QFileInfo(QString::fromStdString(kit->dir.string())).isDir()
                               ? QString::fromStdString(kit->dir.string())
                               : QDir::currentPath();
    auto spec = fed::parseSpec(QByteArray::fromStdString(kit->specJson), kitDir);
    if (!spec) {
        logLine(u"the kit's spec is invalid: %1"_s.arg(spec.error()));
        return Usage;
    }
    const bool ownData = parser.isSet(u"data"_s);
    if (ownData) {
        const QString path = QDir::current().absoluteFilePath(parser.value(u"data"_s));
        if (spec->data.dataset == fed::DatasetKind::Csv) {
            spec->data.csv.trainFile = path;
            spec->data.csv.testFile.clear();
        } else if (spec->data.dataset == fed::DatasetKind::Synthetic) {
            logLine(u"--data: the spec's data set is synthetic; there is no file to read"_s);
            return Usage;
        } else {
            spec->data.path = path;
        }
    }
    fed::useOneComputeThread();
    logLine(u"loading data"_s);
    auto data = fed::loadFederatedData(*spec);
    if (!data) {
        logLine(u"cannot load the data: %1"_s.arg(data.error()));
        return Failed;
    }
    std::vector<std::uint32_t> indices;
    if (ownData) {
        indices.resize(static_cast<std::size_t>(data->train.size()));
        std::iota(indices.begin(), indices.end(), 0u);
    } else {
        auto partition = fed::partitionFor(*spec, *data);
        if (!partition) {
            logLine(u"cannot partition the data: %1"_s.arg(partition.error()));
            return Failed;
        }
        if (kit->nodeIndex < 0 || kit->nodeIndex >= partition->clients()) {
            logLine(u"the spec makes %1 clients; this kit is node %2"_s.arg(partition->clients())
                        .arg(kit->nodeIndex));
            return Usage;
        }
        indices = partition->clientIndices[static_cast<std::size_t>(kit->nodeIndex)];
    }
    auto trainer = fed::Trainer::create(
        spec->model, fed::ModelInput{data->train.sampleShape, data->train.classes});
    if (!trainer) {
        logLine(u"cannot build the model: %1"_s.arg(trainer.error()));
        return Failed;
    }
    // Modelled energy as the coordinator's accounting does it (docs/energy.md): this node's
    // device from the spec's mix, cycles per sample from the model.
    auto devices = fed::specDevices(*spec, (*trainer)->forwardMacsPerSample());
    std::optional<fed::ClientDevice> device;
    if (devices && kit->nodeIndex < static_cast<int>(devices->size()))
        device = (*devices)[static_cast<std::size_t>(kit->nodeIndex)];
    logLine(u"%1 training samples; coordinator %2"_s.arg(indices.size())
                .arg(QString::fromStdString(kit->coordinatorAddress)));

    fed::net::NodeClientOptions options;
    options.log = logLine;
    options.validation = spec->validation;
    if (!exitPhase.isEmpty())
        options.phaseDone = [&](int round, const QString& phase) {
            if (round != exitRound || phase != exitPhase)
                return;
            logLine(u"round %1: --exit-after-phase %2: killing this node"_s.arg(round).arg(phase));
            std::raise(SIGKILL);
        };
    auto client = fed::net::NodeClient::create(*kit, options);
    if (!client) {
        logLine(client.error());
        return Usage;
    }
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);

    fed::Trainer& t = **trainer;
    const fed::net::NodeClient::Train train =
        [&](const fed::net::NodeTask& task) -> fed::Result<fed::net::NodeAnswer> {
        if (task.layout != t.layout())
            return fed::fail(u"the coordinator's model does not match this node's spec"_s);
        auto result = t.train(task.global, data->train, indices, task.config);
        if (!result)
            return result.takeError();
        fed::net::NodeAnswer answer;
        answer.training = std::move(*result);
        answer.energy.emplace_back(u"cpu_seconds"_s, answer.training.cpuSeconds);
        if (device) {
            const double samples =
                static_cast<double>(answer.training.samples) * task.config.training.localEpochs;
            answer.energy.emplace_back(
                u"computation_j"_s,
                fed::energy::computationEnergy(device->switchedCapacitance, device->cyclesPerSample,
                                               samples, device->cpuFrequencyHz));
        }
        return answer;
    };
    const fed::net::NodeExit exit = (*client)->run(train, g_stop);
    switch (exit) {
    case fed::net::NodeExit::Finished:
        logLine(u"done: %1 rounds answered"_s.arg((*client)->roundsAnswered()));
        return Ok;
    case fed::net::NodeExit::Stopped:
        logLine(u"stopped"_s);
        return Stopped;
    case fed::net::NodeExit::Refused:
        logLine(u"refused by the coordinator: %1"_s.arg((*client)->error()));
        return Refused;
    case fed::net::NodeExit::Failed:
        break;
    }
    logLine(u"failed: %1"_s.arg((*client)->error()));
    return Failed;
}
