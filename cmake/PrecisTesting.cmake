# precis_set_test_build(TARGET): how test code is compiled, the same for every suite and
# for precis_test_pch, whose precompiled header the suites share.
#  - Test code is assertions and glue around the library, which keeps the build type's
#    optimization: at -O1 a suite compiles in about half the time -O3 takes (a fresh CI
#    run builds every suite twice), and -O1 still runs the flow analysis that GCC's
#    -Wmaybe-uninitialized needs.
#  - Catch2 and the standard headers nearly every suite includes take a second or more to
#    parse; they are parsed once, into precis_test_pch's header. A suite whose compiler
#    flags differed would not fail: the compiler would read the headers as text instead.
function(precis_set_test_build target)
  target_include_directories(${target} PRIVATE
    "${PROJECT_SOURCE_DIR}/src" "${PROJECT_SOURCE_DIR}/tests" "${CMAKE_CURRENT_SOURCE_DIR}")
  target_link_libraries(${target} PRIVATE precis::precis Catch2::Catch2 Eigen3::Eigen
                        ICU::i18n ICU::uc ICU::data nlohmann_json::nlohmann_json)
  target_compile_definitions(${target} PRIVATE
    PRECIS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    PRECIS_BIN_DIR="${PRECIS_BIN_DIR}"
    PRECIS_SHARED_DIR="${PRECIS_SHARED_DIR}")
  precis_set_warnings(${target})
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE $<$<NOT:$<CONFIG:Debug>>:-O1>)
  endif()
  if(NOT target STREQUAL "precis_test_pch")
    target_precompile_headers(${target} REUSE_FROM precis_test_pch)
  endif()
endfunction()

# precis_add_test(NAME [EXTRA_SOURCES...] [LIBRARIES LIBS...]): a Catch2 suite built from
# NAME.cc in the current folder, registered with CTest test case by test case. Suites
# reach into src/ for internal headers and into tests/ for tests/support.
function(precis_add_test name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "" "LIBRARIES")
  add_executable(${name} ${name}.cc ${ARG_UNPARSED_ARGUMENTS} $<TARGET_OBJECTS:precis_test_main>)
  target_link_libraries(${name} PRIVATE ${ARG_LIBRARIES})
  precis_set_test_build(${name})
  # One CTest test per Catch2 test case, run by its name. "-w NoTests" fails a test whose
  # name selects no test case: CMake splits a name at ";" into two that match nothing, and
  # without it Catch2 reports "No tests ran" and passes.
  catch_discover_tests(${name} TEST_PREFIX "${name}: " EXTRA_ARGS -w NoTests)
endfunction()
