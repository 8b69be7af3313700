# fedstudio: the desktop app. A thin main() over fed_ui.
add_executable(fedstudio fedstudio/main.cpp)
target_link_libraries(fedstudio PRIVATE fed_ui)
target_compile_definitions(fedstudio PRIVATE FED_VERSION="${PROJECT_VERSION}"
                                             FED_APP_ID="${FED_APP_ID}")
# The app's icon, compiled in for windows in a build tree and on desktops that have not
# installed it into the icon theme (packaging/ installs the same file into hicolor).
qt_add_resources(fedstudio "icon"
    PREFIX "/icons"
    BASE ${PROJECT_SOURCE_DIR}/resources/icons
    FILES ${PROJECT_SOURCE_DIR}/resources/icons/fedstudio.svg)
fed_target_defaults(fedstudio)
