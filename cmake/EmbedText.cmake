# Script mode: turns a text data file into a C++ source defining
#   extern const char NAME[];
# so that the library carries its language data and never reads the source tree.
# Usage: cmake -DINPUT=f.txt -DOUTPUT=f.cc -DNAME=kSymbol -P EmbedText.cmake
file(READ "${INPUT}" content)
# A raw string literal with a delimiter that no data file contains.
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by cmake/EmbedText.cmake. Do not edit.\n"
  "namespace precis::data {\nextern const char ${NAME}[];\n"
  "const char ${NAME}[] = R\"precisdata(${content})precisdata\";\n}\n")
execute_process(COMMAND "${CMAKE_COMMAND}" -E copy_if_different "${OUTPUT}.tmp" "${OUTPUT}")
file(REMOVE "${OUTPUT}.tmp")
