# precis_set_warnings(TARGET): the project's warning and sanitizer flags, per target,
# so that nothing leaks into the CMAKE_CXX_FLAGS of a parent project.
function(precis_set_warnings target)
  if(PRECIS_WARNINGS AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(PRECIS_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
  if(PRECIS_SANITIZE)
    target_compile_options(${target} PRIVATE
      -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()
