# Differential privacy (engine/privacy): the RDP accountant against closed forms and numerical
# integration done in the test, the conversion to (epsilon, delta), clipping, noise, sampling.
add_fed_test(test_privacy SOURCES test_privacy.cpp LIBS fed_privacy LABELS unit)
