# Compiler warnings and sanitizers shared by every Concord target.
add_library(concord_options INTERFACE)
target_compile_options(concord_options INTERFACE -Wall -Wextra -Wpedantic)
if(CONCORD_WERROR)
  target_compile_options(concord_options INTERFACE -Werror)
endif()
if(CONCORD_SANITIZE)
  target_compile_options(concord_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(concord_options INTERFACE -fsanitize=address,undefined)
endif()
