# Contribution scores: exact Shapley on games with known values, the approximations' error
# against exact on rounds of up to 8 updates, determinism, the reward rule, the block field.
add_fed_test(test_contribution SOURCES test_contribution.cpp
    LIBS fed_contribution fed_ledger fed_spec LABELS unit)
