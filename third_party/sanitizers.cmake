# Instrumented builds: MATSIDE_SANITIZE (ASan + UBSan, for running the whole test suite) and
# MATSIDE_FUZZ (libFuzzer targets in tests/fuzz, clang only). Included before any target is
# defined, so the flags reach every library and executable of ours; imported Debian
# libraries are prebuilt and stay uninstrumented.
# SPDX-License-Identifier: GPL-3.0-or-later
option(MATSIDE_SANITIZE "Build with AddressSanitizer + UndefinedBehaviorSanitizer" OFF)
option(MATSIDE_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang++)" OFF)

# Flags both options share: report UB as a hard error (a test or fuzz run must fail on it,
# not print and carry on), and keep frame pointers so stacks in reports are complete.
set(MATSIDE_SANITIZER_FLAGS
  -fsanitize=address,undefined
  -fno-sanitize-recover=undefined
  -fno-omit-frame-pointer)

if(MATSIDE_SANITIZE OR MATSIDE_FUZZ)
  add_compile_options(${MATSIDE_SANITIZER_FLAGS})
  add_link_options(-fsanitize=address,undefined)
  # GCC 12's ASan instrumentation makes -Wmaybe-uninitialized fire inside libstdc++
  # (<regex>, <functional>) on correct code. The normal build keeps the warning.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(-Wno-maybe-uninitialized)
  endif()
endif()

if(MATSIDE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "MATSIDE_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++ "
                        "-DCMAKE_C_COMPILER=clang (Debian: clang, libclang-rt-14-dev)")
  endif()
  # Coverage instrumentation everywhere; only the fuzz executables link libFuzzer's main().
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
