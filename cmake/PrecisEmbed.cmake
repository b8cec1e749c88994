# precis_embed_text(OUT_VAR SYMBOL INPUT): generates a C++ source that defines
#   namespace precis::data { extern const char SYMBOL[]; }
# holding INPUT's text, and appends its path to OUT_VAR. Libraries carry their data this
# way, so an installed program never reads the source tree.
function(precis_embed_text out_var symbol input)
  get_filename_component(name "${input}" NAME_WE)
  set(output "${CMAKE_CURRENT_BINARY_DIR}/data/${name}.cc")
  add_custom_command(
    OUTPUT "${output}"
    COMMAND "${CMAKE_COMMAND}" -DINPUT=${input} -DOUTPUT=${output} -DNAME=${symbol}
            -P "${PROJECT_SOURCE_DIR}/cmake/EmbedText.cmake"
    DEPENDS "${input}" "${PROJECT_SOURCE_DIR}/cmake/EmbedText.cmake"
    COMMENT "Embedding ${name}")
  set(${out_var} ${${out_var}} "${output}" PARENT_SCOPE)
endfunction()
