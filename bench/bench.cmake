# Benchmarks print their figures as ratios against a baseline measured in the same process.
add_executable(bench_aggregation aggregation.cpp)
target_link_libraries(bench_aggregation PRIVATE fed_strategy fed_core)
fed_target_defaults(bench_aggregation)

add_executable(bench_federation_overhead federation_overhead.cpp)
target_link_libraries(bench_federation_overhead PRIVATE fed_federation ${TORCH_LIBRARIES})
target_include_directories(bench_federation_overhead SYSTEM PRIVATE ${TORCH_INCLUDE_DIRS})
fed_target_defaults(bench_federation_overhead)
target_compile_definitions(bench_federation_overhead PRIVATE FED_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
