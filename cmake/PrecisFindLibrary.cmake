# The body of a find module for a C or C++ library that ships no usable CMake package:
# one header to find, one library to link. Defines <name>_FOUND and the imported target
# <name>::<name>. Used by FindStemmer.cmake, FindLibZip.cmake and FindPopplerCpp.cmake,
# and installed with them for the users of a static libprecis.
include(FindPackageHandleStandardArgs)
macro(precis_find_library name header library)
  find_path(${name}_INCLUDE_DIR NAMES ${header})
  find_library(${name}_LIBRARY NAMES ${library})
  find_package_handle_standard_args(${name} REQUIRED_VARS ${name}_LIBRARY ${name}_INCLUDE_DIR)
  if(${name}_FOUND AND NOT TARGET ${name}::${name})
    add_library(${name}::${name} UNKNOWN IMPORTED)
    set_target_properties(${name}::${name} PROPERTIES
      IMPORTED_LOCATION "${${name}_LIBRARY}"
      INTERFACE_INCLUDE_DIRECTORIES "${${name}_INCLUDE_DIR}")
  endif()
  mark_as_advanced(${name}_INCLUDE_DIR ${name}_LIBRARY)
endmacro()
