add_fed_test(test_spec SOURCES test_spec.cpp LIBS fed_spec LABELS unit)
