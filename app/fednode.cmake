add_executable(fednode fednode/main.cpp)
target_link_libraries(fednode PRIVATE fed_net fed_federation fed_pki)
target_compile_definitions(fednode PRIVATE FED_VERSION="${PROJECT_VERSION}")
fed_target_defaults(fednode)
