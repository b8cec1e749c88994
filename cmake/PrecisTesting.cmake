# precis_add_test(NAME [EXTRA_SOURCES...] [LIBRARIES LIBS...]): a Catch2 suite built from
# NAME.cc in the current folder, registered with CTest test case by test case. Suites
# reach into src/ for internal headers and into tests/ for tests/support.
function(precis_add_test name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "" "LIBRARIES")
  add_executable(${name} ${name}.cc ${ARG_UNPARSED_ARGUMENTS} $<TARGET_OBJECTS:precis_test_main>)
  target_include_directories(${name} PRIVATE
    "${PROJECT_SOURCE_DIR}/src" "${PROJECT_SOURCE_DIR}/tests" "${CMAKE_CURRENT_SOURCE_DIR}")
  target_link_libraries(${name} PRIVATE ${ARG_LIBRARIES} precis::precis Catch2::Catch2
                        Eigen3::Eigen ICU::i18n ICU::uc ICU::data nlohmann_json::nlohmann_json)
  target_compile_definitions(${name} PRIVATE
    PRECIS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    PRECIS_BIN_DIR="${PRECIS_BIN_DIR}"
    PRECIS_SHARED_DIR="${PRECIS_SHARED_DIR}")
  precis_set_warnings(${name})
  # One CTest test per Catch2 test case, run by its name. "-w NoTests" fails a test whose
  # name selects no test case: CMake splits a name at ";" into two that match nothing, and
  # without it Catch2 reports "No tests ran" and passes.
  catch_discover_tests(${name} TEST_PREFIX "${name}: " EXTRA_ARGS -w NoTests)
endfunction()
