add_executable(fedctl fedctl/main.cpp fedctl/Commands.h fedctl/RunCommands.cpp
    fedctl/LedgerCommands.cpp fedctl/NodeCommands.cpp)
target_link_libraries(fedctl PRIVATE fed_federation fed_ledger OpenSSL::Crypto SQLite::SQLite3)
target_link_libraries(fedctl PRIVATE fed_pki)
target_compile_definitions(fedctl PRIVATE FED_VERSION="${PROJECT_VERSION}")
fed_target_defaults(fedctl)
# Networked runs (launch.mode local/ssh): the coordinator's side of the node protocol.
target_sources(fedctl PRIVATE fedctl/NetRun.cpp)
target_link_libraries(fedctl PRIVATE fed_netrun)
