// Dispatch from the spec to the loaders.
#include "engine/data/Dataset.h"

#include "engine/data/DataText.h"

namespace fed {

using data_detail::DataText;

std::int64_t Dataset::featureSize() const {
    if (sampleShape.empty())
        return 0;
    std::int64_t size = 1;
    for (std::int64_t extent : sampleShape)
        size *= extent;
    return size;
}

Result<FederatedData> loadFederatedData(const FederationSpec& spec) {
    const DataSettings& data = spec.data;
    if (data.trainLimit < 0 || data.testLimit < 0)
        return fail(DataText::tr("the train and test limits must be 0 (all) or positive, not %1 "
                                 "and %2")
                        .arg(data.trainLimit)
                        .arg(data.testLimit));
    switch (data.dataset) {
    case DatasetKind::FashionMnist:
    case DatasetKind::Mnist:
        if (data.path.trimmed().isEmpty())
            return fail(DataText::tr("no folder given for the %1 IDX files")
                            .arg(data.dataset == DatasetKind::Mnist
                                     ? QStringLiteral("mnist")
                                     : QStringLiteral("fashion-mnist")));
        return loadIdxFolder(data_detail::resolvePath(spec.baseDirectory, data.path), data.dataset,
                             data.trainLimit, data.testLimit);
    case DatasetKind::Cifar10:
        if (data.path.trimmed().isEmpty())
            return fail(DataText::tr("no folder given for the CIFAR-10 binary batches"));
        return loadCifar10Folder(data_detail::resolvePath(spec.baseDirectory, data.path),
                                 data.trainLimit, data.testLimit);
    case DatasetKind::Csv:
        return loadCsvData(data.csv, spec.baseDirectory, spec.seed, data.trainLimit,
                           data.testLimit);
    case DatasetKind::Synthetic:
        // Limits do not apply: cutting samples would break the generator's natural clients.
        return generateSynthetic(data.synthetic, spec.clients, spec.seed);
    }
    return fail(DataText::tr("unknown data set kind %1").arg(int(data.dataset)));
}

} // namespace fed
