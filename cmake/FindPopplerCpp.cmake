# Finds poppler's C++ interface (Debian: libpoppler-cpp-dev), which ships no CMake
# package. Defines the imported target PopplerCpp::PopplerCpp.
include("${CMAKE_CURRENT_LIST_DIR}/PrecisFindLibrary.cmake")
precis_find_library(PopplerCpp poppler/cpp/poppler-document.h poppler-cpp)
