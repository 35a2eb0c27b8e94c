# Player-window dependencies from Debian packages: Dear ImGui (static lib with the GLFW and
# OpenGL3 backends), GLFW, a glad loader generated at configure time, and stb.
# SPDX-License-Identifier: GPL-3.0-or-later
pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)   # libimgui-dev (pulls in stb)
pkg_check_modules(GLFW REQUIRED IMPORTED_TARGET glfw3)    # libglfw3-dev
find_package(OpenGL REQUIRED)

# glad: generate an OpenGL 3.3 core loader offline (python3-glad's --reproducible uses the
# bundled Khronos XML, no network). Regenerated only when missing from the build tree.
find_program(GLAD_EXECUTABLE glad REQUIRED)  # python3-glad
set(GLAD_OUT ${CMAKE_BINARY_DIR}/glad)
if(NOT EXISTS ${GLAD_OUT}/src/gl.c)
  execute_process(
    COMMAND ${GLAD_EXECUTABLE} --reproducible --quiet --api gl:core=3.3 --out-path ${GLAD_OUT} c
    RESULT_VARIABLE glad_result OUTPUT_QUIET ERROR_VARIABLE glad_error)
  if(NOT glad_result EQUAL 0 OR NOT EXISTS ${GLAD_OUT}/src/gl.c)
    message(FATAL_ERROR "glad could not generate the OpenGL loader: ${glad_error}")
  endif()
endif()
add_library(matside_glad STATIC ${GLAD_OUT}/src/gl.c)
target_include_directories(matside_glad SYSTEM PUBLIC ${GLAD_OUT}/include)
target_link_libraries(matside_glad PUBLIC ${CMAKE_DL_LIBS})

# One target for everything graphical, so the core can be proven not to link it.
add_library(matside_gui_deps INTERFACE)
target_link_libraries(matside_gui_deps INTERFACE PkgConfig::IMGUI PkgConfig::GLFW OpenGL::GL matside_glad)
