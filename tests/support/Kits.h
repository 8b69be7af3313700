#pragma once
// A federation's kits for the tests that need them without a running coordinator (a fake one, a
// single NodeClient) as well as for NetworkedFixture: the spec written, then provisioned.
// The target links fed_pki.

#include "engine/core/Result.h"
#include "engine/pki/Provisioning.h"
#include "tests/support/Files.h"

#include <QByteArray>
#include <QString>

namespace fed::test {

//! Writes `specJson` to `specPath` and provisions kits for it into `options.outDir`
//! (coordinator/ and nodes/<name>/, see pki::nodeName).
inline Status provisionKits(const QString& specPath, const QByteArray& specJson,
                            const pki::ProvisionOptions& options) {
    if (!writeFile(specPath, specJson))
        return fail(QStringLiteral("cannot write ") + specPath);
    return pki::provision(specPath.toStdString(), options);
}

} // namespace fed::test
