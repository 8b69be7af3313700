add_fed_test(test_store SOURCES test_store.cpp LIBS fed_store LABELS unit)
# The test alters run files behind the store's back (corruption, foreign headers) with raw SQL.
target_link_libraries(test_store PRIVATE SQLite::SQLite3)
