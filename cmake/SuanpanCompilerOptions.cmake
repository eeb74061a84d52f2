# Warning, sanitizer and optimization flags shared by every Suanpan target (applied through suanpan_options).
add_library(suanpan_options INTERFACE)
target_compile_options(suanpan_options INTERFACE -Wall -Wextra -Wpedantic)
if(SUANPAN_WERROR)
    target_compile_options(suanpan_options INTERFACE -Werror)
endif()
if(SUANPAN_ASAN)
    target_compile_options(suanpan_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(suanpan_options INTERFACE -fsanitize=address,undefined)
endif()
if(SUANPAN_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "SUANPAN_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    # Coverage for libFuzzer everywhere; undefined behaviour stops the run as a crash does.
    target_compile_options(suanpan_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                     -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(suanpan_options INTERFACE -fsanitize=address,undefined)
endif()
target_compile_definitions(suanpan_options INTERFACE SUANPAN_VERSION="${PROJECT_VERSION}")

# Profile-guided optimization (scripts/pgo-build.sh): GENERATE writes a profile when the programs run, USE
# optimizes with it. The profile's files are named after the object files, so both are one build directory.
if(SUANPAN_PGO STREQUAL "GENERATE")
    target_compile_options(suanpan_options INTERFACE -fprofile-generate -fprofile-update=atomic
                                                     "-fprofile-dir=${SUANPAN_PGO_DIR}")
    target_link_options(suanpan_options INTERFACE -fprofile-generate)
elseif(SUANPAN_PGO STREQUAL "USE")
    # Code the training did not run is optimized as usual (partial training), without a warning for it.
    target_compile_options(suanpan_options INTERFACE -fprofile-use -fprofile-partial-training
                                                     "-fprofile-dir=${SUANPAN_PGO_DIR}" -Wno-missing-profile)
elseif(NOT SUANPAN_PGO STREQUAL "OFF")
    message(FATAL_ERROR "SUANPAN_PGO must be OFF, GENERATE or USE, not \"${SUANPAN_PGO}\"")
endif()

find_program(SUANPAN_CCACHE ccache)
if(SUANPAN_CCACHE AND SUANPAN_PGO STREQUAL "OFF")
    set(CMAKE_CXX_COMPILER_LAUNCHER "${SUANPAN_CCACHE}" CACHE STRING "" FORCE)
else()
    # ccache does not see the profile an object is built with: a cached object could lack it.
    set(CMAKE_CXX_COMPILER_LAUNCHER "" CACHE STRING "" FORCE)
endif()
