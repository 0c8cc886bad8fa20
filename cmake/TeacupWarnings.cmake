# Warning and sanitizer flags applied to Teacup's own targets through teacup_target_defaults().
add_library(teacup_build_flags INTERFACE)
target_compile_options(teacup_build_flags INTERFACE -Wall -Wextra)
# GCC 12 reports false -Wrestrict errors inside libstdc++'s string concatenation at -O2
# (GCC bug 105329); the warning says nothing about our code there.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(teacup_build_flags INTERFACE -Wno-restrict)
endif()
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
