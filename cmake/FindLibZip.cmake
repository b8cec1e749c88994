# Finds libzip (Debian: libzip-dev). Its own CMake package is not used: Debian's names
# the zipcmp, zipmerge and ziptool programs, which live in other packages, and fails
# without them. Defines the imported target LibZip::LibZip.
include("${CMAKE_CURRENT_LIST_DIR}/PrecisFindLibrary.cmake")
precis_find_library(LibZip zip.h zip)
