# The node protocol (issue #5): sizes, backoff, the spec's launch section, hostile nodes.
if(TARGET fed_net)
    add_fed_test(test_net SOURCES test_net.cpp LIBS fed_net fed_federation fed_pki LABELS unit
        TIMEOUT 120)
    # The hostile nodes speak raw gRPC, so this test (only) sees the generated code.
    target_link_libraries(test_net PRIVATE fed_net_proto)
endif()
# Secure aggregation over the node protocol: hostile phase messages from raw gRPC nodes.
if(TARGET fed_net)
    add_fed_test(test_secagg_net SOURCES test_secagg_net.cpp LIBS fed_net fed_federation fed_pki
        fed_ledger LABELS unit TIMEOUT 120)
    target_link_libraries(test_secagg_net PRIVATE fed_net_proto)
endif()
# A real NodeClient against a fake coordinator (gRPC service in the test) that forges key lists.
if(TARGET fed_net)
    add_fed_test(test_hostile_coordinator SOURCES test_hostile_coordinator.cpp LIBS fed_net fed_pki
        LABELS unit TIMEOUT 120)
    target_link_libraries(test_hostile_coordinator PRIVATE fed_net_proto)
endif()
