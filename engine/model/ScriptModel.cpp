// Bring-your-own model: any TorchScript module file (torch.jit.save from PyTorch) becomes the
// federation's model. The second LibTorch translation unit of fed_model, the only one that
// includes the TorchScript runtime (torch/script.h).
#include "engine/model/TorchModel.h"

#include <QDir>
#include <QFileInfo>
#include <memory>
#include <torch/script.h>

using namespace Qt::StringLiterals;

namespace fed::model_detail {

Result<TorchModel> loadTorchScript(const QString& path, const ModelInput& input) {
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QFileInfo info(path);
    if (!info.exists())
        return fail(u"model.path: %1 does not exist"_s.arg(shown));
    if (!info.isFile())
        return fail(u"model.path: %1 is not a file"_s.arg(shown));
    if (input.classes < 2)
        return fail(
            u"model: the data set has %1 classes; at least 2 are needed"_s.arg(input.classes));

    auto module = std::make_shared<torch::jit::Module>();
    try {
        *module = torch::jit::load(QFile::encodeName(info.absoluteFilePath()).toStdString());
    } catch (const std::exception& e) {
        return fail(u"model.path: %1 is not a TorchScript module (save one from PyTorch with "
                    "torch.jit.save(torch.jit.script(model), path), or torch.jit.trace): %2"_s.arg(
                        shown, torchError("load", e)));
    }

    TorchModel model;
    std::int64_t parameterCount = 0;
    try {
        for (const auto& p : module->named_parameters(/*recurse=*/true)) {
            const torch::Tensor& t = p.value;
            if (t.scalar_type() != torch::kFloat)
                return fail(u"model.path: %1: parameter %2 is %3; federated weights are float32 "
                            "(call model.float() before saving)"_s.arg(
                                shown, QString::fromStdString(p.name),
                                QString::fromUtf8(c10::toString(t.scalar_type()))));
            if (!t.is_contiguous())
                return fail(u"model.path: %1: parameter %2 is not contiguous"_s.arg(
                    shown, QString::fromStdString(p.name)));
            model.names.push_back(p.name);
            model.parameters.push_back(t);
            parameterCount += t.numel();
        }
        if (model.parameters.empty())
            return fail(u"model.path: %1 has no parameters to train"_s.arg(shown));

        std::vector<std::pair<torch::Tensor, torch::Tensor>> buffers;
        for (const auto& b : module->named_buffers(/*recurse=*/true))
            buffers.emplace_back(b.value, b.value.clone());

        model.forward = [module](const torch::Tensor& x) {
            return module->forward({x}).toTensor();
        };
        model.setTraining = [module](bool training) { module->train(training); };
        if (!buffers.empty())
            model.resetBuffers = [buffers]() {
                torch::NoGradGuard noGrad;
                for (const auto& [live, loaded] : buffers)
                    live.copy_(loaded);
            };
        // Dense layers do one multiply-accumulate per weight per sample; for convolutions this
        // undercounts, which energy.flops_per_sample can correct (docs/strategies.md).
        model.forwardMacs = parameterCount;
        model.initialFromFile = true;
    } catch (const std::exception& e) {
        return fail(u"model.path: %1: %2"_s.arg(shown, torchError("reading the module", e)));
    }

    // A batch of two samples of the data's shape must give one logit per class for each.
    std::vector<std::int64_t> batch{2};
    batch.insert(batch.end(), input.sampleShape.begin(), input.sampleShape.end());
    torch::Tensor output;
    try {
        torch::NoGradGuard noGrad;
        module->eval();
        const c10::IValue result = module->forward({torch::zeros(batch)});
        if (!result.isTensor())
            return fail(u"model.path: %1: forward() returns %2, not a tensor of logits"_s.arg(
                shown, QString::fromStdString(result.tagKind())));
        output = result.toTensor();
    } catch (const std::exception& e) {
        return fail(
            u"model.path: %1: the module cannot take a batch of samples of shape %2 (the "
            "data set's): %3"_s.arg(shown, shapeText(input.sampleShape), torchError("forward", e)));
    }
    if (model.resetBuffers)
        model.resetBuffers();
    const std::vector<std::int64_t> expected{2, input.classes};
    if (output.sizes().vec() != expected)
        return fail(u"model.path: %1: for a batch of 2 samples of shape %2 the module returns "
                    "shape %3; it must return %4 (one logit per class of the data set)"_s.arg(
                        shown, shapeText(input.sampleShape), shapeText(output.sizes().vec()),
                        shapeText(expected)));
    if (output.scalar_type() != torch::kFloat)
        return fail(u"model.path: %1: the module returns %2 logits; they must be float32"_s.arg(
            shown, QString::fromUtf8(c10::toString(output.scalar_type()))));
    return model;
}

} // namespace fed::model_detail
