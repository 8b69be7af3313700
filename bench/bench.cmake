# Benchmarks print their figures as ratios against a baseline measured in the same process.
add_executable(bench_aggregation aggregation.cpp)
target_link_libraries(bench_aggregation PRIVATE fed_strategy fed_core)
fed_target_defaults(bench_aggregation)

add_executable(bench_federation_overhead federation_overhead.cpp)
target_link_libraries(bench_federation_overhead PRIVATE fed_federation ${TORCH_LIBRARIES})
target_include_directories(bench_federation_overhead SYSTEM PRIVATE ${TORCH_INCLUDE_DIRS})
fed_target_defaults(bench_federation_overhead)
target_compile_definitions(bench_federation_overhead PRIVATE FED_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

# Energy to a target accuracy, random vs energy-aware selection (docs/energy.md records it).
add_executable(bench_energy energy.cpp)
target_link_libraries(bench_energy PRIVATE fed_federation)
fed_target_defaults(bench_energy)
target_compile_definitions(bench_energy PRIVATE FED_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

# The audit ledger: appending a 100-update block, verifying 10,000 blocks against raw OpenSSL.
add_executable(bench_ledger ledger.cpp)
target_link_libraries(bench_ledger PRIVATE fed_ledger fed_store OpenSSL::Crypto)
fed_target_defaults(bench_ledger)

# The Run page: event-loop stalls during a live 100-client run, and chart speed at 1,000 rounds.
if(TARGET fed_ui)
    add_executable(bench_gui_stall gui_stall.cpp)
    target_link_libraries(bench_gui_stall PRIVATE fed_ui)
    fed_target_defaults(bench_gui_stall)
    target_compile_definitions(bench_gui_stall PRIVATE FED_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endif()

# The ledger viewer on 100,000 blocks: a page of the list, scrolling, lineage and search.
if(TARGET fed_ledger_viewer)
    add_executable(bench_ledger_viewer ledger_viewer.cpp)
    target_link_libraries(bench_ledger_viewer PRIVATE fed_ledger_viewer fed_store)
    fed_target_defaults(bench_ledger_viewer)
endif()

# The robustness and non-IID experiments of docs/strategies.md, on real Fashion-MNIST.
add_executable(bench_robustness robustness.cpp)
target_link_libraries(bench_robustness PRIVATE fed_federation)
fed_target_defaults(bench_robustness)
target_compile_definitions(bench_robustness PRIVATE FED_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

# Secure aggregation vs plain aggregation, 10 and 50 nodes (docs/secure-aggregation.md).
add_executable(bench_secagg secagg.cpp)
target_link_libraries(bench_secagg PRIVATE fed_privacy fed_strategy fed_core)
fed_target_defaults(bench_secagg)
# Contribution scores: error against exact Shapley, attackers' ranks, cost (docs/contribution.md).
add_executable(bench_contribution contribution.cpp)
target_link_libraries(bench_contribution PRIVATE fed_federation fed_ledger)
fed_target_defaults(bench_contribution)
target_compile_definitions(bench_contribution PRIVATE FED_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
# The node protocol's per-round overhead over mutual TLS, next to raw loopback TLS throughput.
if(TARGET fed_net)
    add_executable(bench_net_overhead net_overhead.cpp)
    target_link_libraries(bench_net_overhead PRIVATE fed_net fed_pki Qt6::Network OpenSSL::SSL
                                                     OpenSSL::Crypto fed_net_proto)
    fed_target_defaults(bench_net_overhead)
endif()
