add_fed_test(test_model SOURCES test_model.cpp LIBS fed_model fed_data LABELS unit)
