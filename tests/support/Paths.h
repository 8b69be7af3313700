#pragma once
// Files in the source tree that many tests start from (FED_SOURCE_DIR is set by add_fed_test).

#include <QString>

namespace fed::test {

//! The small synthetic federation most integration tests run, with overrides of their own.
inline const QString kQuickPreset =
    QStringLiteral(FED_SOURCE_DIR "/resources/presets/synthetic-quick.fed.json");

//! The independent ledger verifier (python3).
inline const QString kVerifierScript = QStringLiteral(FED_SOURCE_DIR "/tools/verify_ledger.py");

} // namespace fed::test
