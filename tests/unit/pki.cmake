# Provisioning: certificates, kits (folders and archives), permissions, revocation, identifyNode.
add_fed_test(test_pki SOURCES test_pki.cpp LIBS fed_pki fed_ledger fed_spec LABELS unit)
target_link_libraries(test_pki PRIVATE OpenSSL::Crypto OpenSSL::SSL)
