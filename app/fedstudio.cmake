# fedstudio: the desktop app. A thin main() over fed_ui.
add_executable(fedstudio fedstudio/main.cpp)
target_link_libraries(fedstudio PRIVATE fed_ui)
target_compile_definitions(fedstudio PRIVATE FED_VERSION="${PROJECT_VERSION}")
fed_target_defaults(fedstudio)
