# Finds poppler's C++ interface (Debian: libpoppler-cpp-dev), which ships no CMake
# package. Defines the imported target PopplerCpp::PopplerCpp.
find_path(PopplerCpp_INCLUDE_DIR NAMES poppler/cpp/poppler-document.h)
find_library(PopplerCpp_LIBRARY NAMES poppler-cpp)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PopplerCpp REQUIRED_VARS PopplerCpp_LIBRARY PopplerCpp_INCLUDE_DIR)
if(PopplerCpp_FOUND AND NOT TARGET PopplerCpp::PopplerCpp)
  add_library(PopplerCpp::PopplerCpp UNKNOWN IMPORTED)
  set_target_properties(PopplerCpp::PopplerCpp PROPERTIES
    IMPORTED_LOCATION "${PopplerCpp_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${PopplerCpp_INCLUDE_DIR}")
endif()
mark_as_advanced(PopplerCpp_INCLUDE_DIR PopplerCpp_LIBRARY)
