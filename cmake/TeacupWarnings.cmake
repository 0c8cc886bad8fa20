# Warning and sanitizer flags applied to Teacup's own targets through teacup_target_defaults().
add_library(teacup_build_flags INTERFACE)
target_compile_options(teacup_build_flags INTERFACE -Wall -Wextra)
if(TEACUP_WERROR)
  target_compile_options(teacup_build_flags INTERFACE -Werror)
endif()
if(TEACUP_SANITIZE)
  target_compile_options(teacup_build_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                      -fno-sanitize-recover=undefined)
  target_link_options(teacup_build_flags INTERFACE -fsanitize=address,undefined)
endif()

function(teacup_target_defaults target)
  target_link_libraries(${target} PRIVATE teacup_build_flags)
endfunction()
