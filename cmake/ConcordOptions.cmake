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
if(CONCORD_BUILD_FUZZ)
  # libFuzzer: every library object gets coverage instrumentation, ASan and
  # UBSan (UB aborts, so the fuzzer reports it as a crash); the fuzz targets
  # themselves link -fsanitize=fuzzer (tests/fuzz/). Composes with
  # CONCORD_SANITIZE, whose flags are a subset.
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "CONCORD_BUILD_FUZZ needs clang (CXX=clang++-14); see docs/fuzzing.md")
  endif()
  target_compile_options(concord_options INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=undefined)
  target_link_options(concord_options INTERFACE -fsanitize=address,undefined)
endif()
