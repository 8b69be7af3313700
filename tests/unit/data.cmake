add_fed_test(test_data SOURCES test_data.cpp LIBS fed_data LABELS unit)
