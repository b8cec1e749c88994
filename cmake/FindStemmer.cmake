# Finds Snowball's libstemmer (Debian: libstemmer-dev), which ships no CMake package.
# Defines the imported target Stemmer::Stemmer.
include("${CMAKE_CURRENT_LIST_DIR}/PrecisFindLibrary.cmake")
precis_find_library(Stemmer libstemmer.h stemmer)
