# Keys, canonical blocks, Merkle rules, the ledger in a run file and its verification.
add_fed_test(test_ledger SOURCES test_ledger.cpp
    LIBS fed_ledger fed_spec fed_strategy fed_model fed_store LABELS unit)
# The test plays the attacker: it alters run files behind the store's back with raw SQL.
target_link_libraries(test_ledger PRIVATE SQLite::SQLite3)
