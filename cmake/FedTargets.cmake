# Shared target conventions: warnings, sanitizers, Qt hygiene, and the test helper.

# No -Wnull-dereference: at -O3 GCC 12 reports it inside Qt's and libstdc++'s own headers
# (QArrayDataPointer, shared_ptr) on paths it cannot rule out, so it cannot gate CI.
set(FED_WARNINGS -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
                 -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)

function(fed_target_defaults target)
    target_compile_options(${target} PRIVATE ${FED_WARNINGS})
    if(FED_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(FED_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
    # Every user-visible string goes through tr(); keywords are spelled Q_EMIT/Q_SLOTS.
    target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS QT_NO_CAST_FROM_ASCII
                                                 QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY)
endfunction()

# fed_add_library(NAME SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
function(fed_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    fed_target_defaults(${name})
endfunction()

# add_fed_test(NAME SOURCES ... LIBS ... [LABELS ...] [TIMEOUT s])
# One executable per suite; GUI suites run offscreen, LibTorch on one BLAS thread.
function(add_fed_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE FED_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
                                               FED_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    fed_target_defaults(${name})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;OPENBLAS_NUM_THREADS=1;OMP_NUM_THREADS=1")
endfunction()
