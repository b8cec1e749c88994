# What `cmake --install build --prefix DIR` puts in DIR: the public headers, the library,
# a CMake package (find_package(precis CONFIG) gives precis::precis), precis.pc for
# pkg-config, and the command-line programs that were built. Included from the top-level
# CMakeLists.txt once every target exists.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(PRECIS_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/precis")

install(TARGETS precis EXPORT precisTargets
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
  INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/precis"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}" FILES_MATCHING PATTERN "*.h")
install(FILES "${PROJECT_BINARY_DIR}/include/precis/version.h"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/precis")

# A static libprecis carries its link dependencies to the user; a shared one does not, and
# then the package asks for nothing (no ICU or libstemmer headers needed to link it).
get_target_property(PRECIS_LIBRARY_TYPE precis TYPE)
if(PRECIS_LIBRARY_TYPE STREQUAL "STATIC_LIBRARY")
  set(PRECIS_STATIC_PACKAGE ON)
else()
  set(PRECIS_STATIC_PACKAGE OFF)
endif()

foreach(program IN ITEMS precis_cli precis_eval_cli)
  if(TARGET ${program})
    if(NOT PRECIS_STATIC_PACKAGE)
      # The programs find a shared libprecis next to them, wherever the prefix is.
      set_target_properties(${program} PROPERTIES
        INSTALL_RPATH "$ORIGIN/../${CMAKE_INSTALL_LIBDIR}")
    endif()
    install(TARGETS ${program} RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
  endif()
endforeach()

install(EXPORT precisTargets NAMESPACE precis:: DESTINATION "${PRECIS_CMAKE_DIR}")
configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/precisConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/precisConfig.cmake" INSTALL_DESTINATION "${PRECIS_CMAKE_DIR}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/precisConfigVersion.cmake"
  COMPATIBILITY SameMajorVersion)
install(FILES
  "${PROJECT_BINARY_DIR}/precisConfig.cmake"
  "${PROJECT_BINARY_DIR}/precisConfigVersion.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/PrecisFindLibrary.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/FindStemmer.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/FindLibZip.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/FindPopplerCpp.cmake"
  DESTINATION "${PRECIS_CMAKE_DIR}")

# precis.pc locates its prefix from its own folder (${pcfiledir}), so the installed tree
# may be moved, and `--prefix` at install time needs no reconfiguration.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(PRECIS_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
  set(PRECIS_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
else()
  file(RELATIVE_PATH PRECIS_PC_UP "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
  string(REGEX REPLACE "/$" "" PRECIS_PC_UP "${PRECIS_PC_UP}")
  set(PRECIS_PC_PREFIX "\${pcfiledir}/${PRECIS_PC_UP}")
  set(PRECIS_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(PRECIS_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(PRECIS_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file("${PROJECT_SOURCE_DIR}/cmake/precis.pc.in" "${PROJECT_BINARY_DIR}/precis.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/precis.pc" DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
