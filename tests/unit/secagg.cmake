# Secure aggregation (engine/privacy/SecureAggregation): fixed point, PRG masks, Shamir, the
# protocol with dropouts.
add_fed_test(test_secagg SOURCES test_secagg.cpp LIBS fed_privacy LABELS unit)
