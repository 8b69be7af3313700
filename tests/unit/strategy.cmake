add_fed_test(test_strategy SOURCES test_strategy.cpp LIBS fed_strategy LABELS unit)
