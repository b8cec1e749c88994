# Installs precis to a temporary prefix and uses it as a user would: a CMake project with
# find_package(precis CONFIG REQUIRED), and the same program compiled with pkg-config's
# flags. Each program runs from a folder outside both trees and checks the summary it gets.
#
#   cmake -DPRECIS_SOURCE_DIR=... -DPRECIS_BUILD_DIR=... -DWORK_DIR=... -DVARIANT=static|shared
#         [-DCXX=c++] [-DGENERATOR=...] [-DPKG_CONFIG=pkg-config] [-DPYTHON=python3]
#         -P run_consumer_test.cmake
#
# static: installs PRECIS_BUILD_DIR itself (the tree CTest runs in), programs and Python
#         module included (the module is checked with PYTHON).
# shared: first configures and builds a library-only tree with BUILD_SHARED_LIBS=ON in
#         WORK_DIR, the way a distribution would, then installs that.
cmake_minimum_required(VERSION 3.16)

foreach(var IN ITEMS PRECIS_SOURCE_DIR PRECIS_BUILD_DIR WORK_DIR VARIANT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_consumer_test.cmake: -D${var}=... is required")
  endif()
endforeach()
if(NOT CXX)
  set(CXX c++)
endif()
if(NOT BUILD_TYPE)
  set(BUILD_TYPE Release)
endif()
set(generator_args)
if(GENERATOR)
  set(generator_args -G "${GENERATOR}")
endif()

# Runs a command and stops the test with its output when it fails.
function(run)
  cmake_parse_arguments(PARSE_ARGV 0 ARG "" "WORKING_DIRECTORY;OUTPUT_VARIABLE" "COMMAND")
  if(NOT ARG_WORKING_DIRECTORY)
    set(ARG_WORKING_DIRECTORY "${WORK_DIR}")
  endif()
  execute_process(COMMAND ${ARG_COMMAND} WORKING_DIRECTORY "${ARG_WORKING_DIRECTORY}"
                  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL 0)
    string(REPLACE ";" " " shown "${ARG_COMMAND}")
    message(FATAL_ERROR "FAILED (${code}): ${shown}\n${out}\n${err}")
  endif()
  if(ARG_OUTPUT_VARIABLE)
    set(${ARG_OUTPUT_VARIABLE} "${out}" PARENT_SCOPE)
  endif()
endfunction()

# expect("A;MATCHES;B" "message"): stops the test with message unless if(A MATCHES B) holds.
function(expect condition message)
  if(${condition})
  else()
    message(FATAL_ERROR "${message}")
  endif()
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")

if(VARIANT STREQUAL "shared")
  set(tree "${WORK_DIR}/library-build")
  # Unoptimized, whatever the build type's flags: this test is of the package's layout and
  # linking, and -O0 compiles the library in a third of the time, in every CI run.
  string(TOUPPER "${BUILD_TYPE}" build_type_upper)
  run(COMMAND "${CMAKE_COMMAND}" -S "${PRECIS_SOURCE_DIR}" -B "${tree}" ${generator_args}
              -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_BUILD_TYPE=${BUILD_TYPE}
              "-DCMAKE_CXX_FLAGS_${build_type_upper}=-O0 -DNDEBUG"
              -DBUILD_SHARED_LIBS=ON -DPRECIS_BUILD_TESTS=OFF -DPRECIS_BUILD_CLI=OFF
              -DPRECIS_BUILD_EVAL=OFF)
  run(COMMAND "${CMAKE_COMMAND}" --build "${tree}" --parallel 2)
else()
  set(tree "${PRECIS_BUILD_DIR}")
endif()
run(COMMAND "${CMAKE_COMMAND}" --install "${tree}" --prefix "${prefix}")
# lib, lib64 or lib/<multiarch>, as GNUInstallDirs chose for the tree.
file(GLOB_RECURSE pc_file "${prefix}/precis.pc")
expect("pc_file" "not installed: precis.pc")
get_filename_component(libdir "${pc_file}" DIRECTORY)
get_filename_component(libdir "${libdir}" DIRECTORY)

# What the prefix must hold, and what it must not.
file(STRINGS "${PRECIS_SOURCE_DIR}/CMakeLists.txt" project_line REGEX "^project\\(precis VERSION")
string(REGEX REPLACE ".*VERSION ([0-9.]+).*" "\\1" version "${project_line}")
string(REGEX MATCH "^[0-9]+" major "${version}")
set(expected)
foreach(header IN ITEMS precis options document summarizer error version)
  list(APPEND expected "${prefix}/include/precis/${header}.h")
endforeach()
foreach(file IN ITEMS precisConfig precisConfigVersion precisTargets FindStemmer)
  list(APPEND expected "${libdir}/cmake/precis/${file}.cmake")
endforeach()
if(VARIANT STREQUAL "shared")
  set(library "${libdir}/libprecis.so.${version}")
  list(APPEND expected "${library}" "${libdir}/libprecis.so" "${libdir}/libprecis.so.${major}")
else()
  set(library "${libdir}/libprecis.a")
  list(APPEND expected "${library}")
  if(EXISTS "${PRECIS_BUILD_DIR}/bin/precis")
    list(APPEND expected "${prefix}/bin/precis")
  endif()
endif()
foreach(file IN LISTS expected)
  expect("EXISTS;${file}" "not installed: ${file}")
endforeach()
file(GLOB_RECURSE installed RELATIVE "${prefix}" "${prefix}/*")
foreach(file IN LISTS installed)
  expect("NOT;${file};MATCHES;\\.in$|src/|/internal" "installed but not public: ${file}")
endforeach()
# Users of the package must not need precis's header-only, private dependencies.
file(GLOB targets_files "${libdir}/cmake/precis/precisTargets*.cmake")
foreach(file IN LISTS targets_files)
  file(READ "${file}" content)
  expect("NOT;content;MATCHES;Eigen|nlohmann" "${file} asks for Eigen or nlohmann_json")
endforeach()

# Language data is compiled in: nothing installed names the source tree, which a user's
# machine does not have. (Debug information would name it, harmlessly: Release only.)
if(BUILD_TYPE MATCHES "^(Release|MinSizeRel)$")
  set(binaries "${library}")
  if(EXISTS "${prefix}/bin")
    file(GLOB programs "${prefix}/bin/*")
    list(APPEND binaries ${programs})
  endif()
  string(REGEX REPLACE "([][+.*()^$?|\\\\])" "\\\\\\1" source_regex "${PRECIS_SOURCE_DIR}")
  foreach(binary IN LISTS binaries)
    file(STRINGS "${binary}" hits REGEX "${source_regex}")
    expect("NOT;hits" "${binary} names the source tree: ${hits}")
  endforeach()
endif()

# The CMake package, from a user's project.
set(consumer "${WORK_DIR}/consumer-build")
run(COMMAND "${CMAKE_COMMAND}" -S "${PRECIS_SOURCE_DIR}/tests/consumer" -B "${consumer}"
            ${generator_args} -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_BUILD_TYPE=${BUILD_TYPE}
            -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
            # As vcpkg, Conan and many toolchain files set it: the package's dependencies
            # must still be found by its own modules (Debian's libzip package fails).
            -DCMAKE_FIND_PACKAGE_PREFER_CONFIG=ON)
file(STRINGS "${consumer}/CMakeCache.txt" precis_dir REGEX "^precis_DIR:")
expect("precis_dir;MATCHES;${libdir}/cmake/precis$"
       "the consumer found another precis: ${precis_dir}")
run(COMMAND "${CMAKE_COMMAND}" --build "${consumer}")
# From a folder of its own, so that no relative path into either tree can work.
set(run_dir "${WORK_DIR}/run")
file(MAKE_DIRECTORY "${run_dir}")
run(COMMAND "${consumer}/consumer" WORKING_DIRECTORY "${run_dir}" OUTPUT_VARIABLE summary)
message(STATUS "find_package consumer (${VARIANT}) summarized:\n${summary}")

# The same program built with pkg-config's flags alone.
if(PKG_CONFIG)
  set(ENV{PKG_CONFIG_PATH} "${libdir}/pkgconfig")
  run(COMMAND "${PKG_CONFIG}" --modversion precis OUTPUT_VARIABLE pc_version)
  string(STRIP "${pc_version}" pc_version)
  expect("pc_version;STREQUAL;${version}" "precis.pc says version ${pc_version}, not ${version}")
  if(VARIANT STREQUAL "shared")
    run(COMMAND "${PKG_CONFIG}" --cflags --libs precis OUTPUT_VARIABLE flags)
    # The prefix is not on the loader's path: say where the library is, as a user would.
    set(rpath "-Wl,-rpath,${libdir}")
  else()
    run(COMMAND "${PKG_CONFIG}" --cflags --libs --static precis OUTPUT_VARIABLE flags)
    set(rpath)
  endif()
  separate_arguments(flags UNIX_COMMAND "${flags}")
  run(COMMAND "${CXX}" -std=c++17 -O1 "-DPRECIS_EXPECTED_VERSION=\"${pc_version}\""
              "${PRECIS_SOURCE_DIR}/tests/consumer/main.cc" -o "${WORK_DIR}/consumer-pc"
              ${flags} ${rpath})
  run(COMMAND "${WORK_DIR}/consumer-pc" WORKING_DIRECTORY "${run_dir}"
      OUTPUT_VARIABLE pc_summary)
  expect("pc_summary;STREQUAL;summary"
         "the pkg-config build summarizes differently from the CMake one")
  message(STATUS "pkg-config consumer (${VARIANT}): same summary")
else()
  message(STATUS "pkg-config not found: its variant is not tested")
endif()

# The installed program, on a copy of the sample cluster, matches the one in the build tree.
if(VARIANT STREQUAL "static" AND EXISTS "${PRECIS_BUILD_DIR}/bin/precis")
  file(COPY "${PRECIS_SOURCE_DIR}/samples/poutine-coree-du-nord-2024/docs"
       DESTINATION "${run_dir}")
  run(COMMAND "${prefix}/bin/precis" -w 60 docs WORKING_DIRECTORY "${run_dir}"
      OUTPUT_VARIABLE installed_summary)
  run(COMMAND "${PRECIS_BUILD_DIR}/bin/precis" -w 60 docs WORKING_DIRECTORY "${run_dir}"
      OUTPUT_VARIABLE built_summary)
  expect("installed_summary;MATCHES;." "the installed precis printed nothing")
  expect("installed_summary;STREQUAL;built_summary"
         "the installed precis and build/bin/precis disagree")
  message(STATUS "installed bin/precis: same summary as the build tree's")
endif()

# The Python module, where a build with it installs it: importable from that folder alone
# (PYTHONPATH), outside both trees, summarizing as bin/precis does, with the Dask runner
# beside it as a module, and its type stubs.
file(GLOB built_module "${PRECIS_BUILD_DIR}/python/precis.cpython-*.so")
if(VARIANT STREQUAL "static" AND built_module AND PYTHON AND DEFINED installed_summary)
  file(GLOB_RECURSE installed_module "${prefix}/precis.cpython-*.so")
  expect("installed_module" "not installed: the Python module precis")
  get_filename_component(site_dir "${installed_module}" DIRECTORY)
  expect("EXISTS;${site_dir}/precis_dask.py" "not installed beside the module: precis_dask.py")
  expect("EXISTS;${site_dir}/precis.pyi" "not installed beside the module: precis.pyi")
  expect("EXISTS;${site_dir}/precis-stubs/__init__.pyi"
         "not installed beside the module: precis-stubs/__init__.pyi (mypy's stubs)")
  set(ENV{PYTHONPATH} "${site_dir}")
  set(ENV{PYTHONDONTWRITEBYTECODE} 1)
  run(COMMAND "${PYTHON}" "${PRECIS_SOURCE_DIR}/tests/consumer/python_consumer.py"
              "${site_dir}" docs
      WORKING_DIRECTORY "${run_dir}" OUTPUT_VARIABLE python_summary)
  expect("python_summary;STREQUAL;installed_summary"
         "the installed Python module and bin/precis disagree:\n${python_summary}")
  run(COMMAND "${PYTHON}" -m precis_dask --help WORKING_DIRECTORY "${run_dir}"
      OUTPUT_VARIABLE dask_help)
  expect("dask_help;MATCHES;--position-decay" "python3 -m precis_dask --help lists no options")
  message(STATUS "installed Python module: same summary as bin/precis")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
