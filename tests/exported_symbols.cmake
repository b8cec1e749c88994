# Fails unless every symbol the library defines for the linker is in namespace precis
# (its functions, vtables, type information, guard variables and reference temporaries)
# or weak (template instantiations and inline functions, which the linker merges). A
# global symbol of any other name can clash with one of the program linking the library.
# Run as: cmake -DNM=... -DLIBRARY=... -P exported_symbols.cmake
execute_process(COMMAND "${NM}" -g -C --defined-only "${LIBRARY}"
  OUTPUT_VARIABLE listing RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${NM} failed on ${LIBRARY}")
endif()
string(REPLACE "\n" ";" lines "${listing}")
set(foreign "")
set(seen 0)
foreach(line IN LISTS lines)
  # "0000000000000000 T name": strong code, data, read-only data or BSS.
  if(NOT line MATCHES "^[0-9a-fA-F]+ [TDBRG] (.+)$")
    continue()
  endif()
  set(name "${CMAKE_MATCH_1}")
  math(EXPR seen "${seen} + 1")
  if(name MATCHES "^(precis::|typeinfo for precis::|typeinfo name for precis::|vtable for precis::|guard variable for precis::|reference temporary #[0-9]+ for precis::|_ZGRN6precis)")
    continue()
  endif()
  list(APPEND foreign "${name}")
endforeach()
if(seen EQUAL 0)
  message(FATAL_ERROR "no symbol read from ${LIBRARY}: is ${NM} the right tool?")
endif()
if(foreign)
  list(REMOVE_DUPLICATES foreign)
  list(JOIN foreign "\n  " shown)
  message(FATAL_ERROR "${LIBRARY} defines global symbols outside namespace precis:\n  ${shown}")
endif()
message(STATUS "${seen} global symbols, all in namespace precis")
