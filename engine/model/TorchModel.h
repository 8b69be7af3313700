#pragma once
// Internal to fed_model, included only by its LibTorch translation units (Trainer.cpp for the
// zoo, ScriptModel.cpp for TorchScript files): a model as the trainer drives it, whatever
// built it. Keep LibTorch out of every other header.

#include "engine/core/Result.h"
#include "engine/model/Trainer.h"

#include <exception>
#include <functional>
#include <string>
#include <torch/types.h>
#include <vector>

namespace fed::model_detail {

struct TorchModel {
    //! Trainable tensors in their module's named_parameters() order: the flat weight order.
    std::vector<std::string> names;
    std::vector<torch::Tensor> parameters;
    std::function<torch::Tensor(const torch::Tensor&)> forward;
    std::function<void(bool training)> setTraining;
    //! Puts buffers (BatchNorm statistics, ...) back to their loaded values, so that no client
    //! sees what another trained into the same worker's instance. Empty when there are none.
    std::function<void()> resetBuffers;
    std::int64_t forwardMacs = 0;
    //! A TorchScript file brings its own initial weights; the zoo draws them from the seed.
    bool initialFromFile = false;
};

//! Loads a TorchScript module saved with torch.jit.save and checks that it maps a batch of the
//! data's samples to one logit per class. Errors name the file and say what to change.
Result<TorchModel> loadTorchScript(const QString& path, const ModelInput& input);

//! "what: first line of the LibTorch message" (its C++ backtrace is of no use to users).
QString torchError(const char* what, const std::exception& e);
QString shapeText(const std::vector<std::int64_t>& shape);

} // namespace fed::model_detail
