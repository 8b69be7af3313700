# The energy model and the selection policies; fed_federation for ClientSelector over a spec.
add_fed_test(test_energy SOURCES test_energy.cpp LIBS fed_energy fed_federation LABELS unit)
