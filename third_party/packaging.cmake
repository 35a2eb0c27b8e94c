# Installing like a Linux desktop program, and a Debian package of that install.
#   cmake --install build --prefix /usr/local      # or: cd build && cpack -G DEB
# Layout under the prefix: bin/matside, share/matside/{data,assets}, the .desktop file and
# the icon where desktop environments look. app/core/paths.cpp finds <exe>/../share/matside.
include(GNUInstallDirs)

install(TARGETS matside RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Routines and their schema.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/ DESTINATION ${CMAKE_INSTALL_DATADIR}/matside/data
        FILES_MATCHING PATTERN "*.json")

# What the player draws. The SVG sources stay in the repository: the PNGs are what it loads.
# The icon and .desktop file are installed below, where the desktop looks for them.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/assets/ DESTINATION ${CMAKE_INSTALL_DATADIR}/matside/assets
        PATTERN "*.svg" EXCLUDE
        PATTERN "icons" EXCLUDE
        PATTERN "*.desktop" EXCLUDE)

install(FILES ${PROJECT_SOURCE_DIR}/assets/matside.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/assets/icons/matside.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/assets/icons/matside-256.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/256x256/apps RENAME matside.png)

# --- Debian package (cpack -G DEB) ------------------------------------------------------
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "matside")
set(CPACK_PACKAGE_VENDOR "matside")
set(CPACK_PACKAGE_CONTACT "matside maintainers <matside@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop workout player for home physiotherapy")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "/usr")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # matside_0.1.0_amd64.deb
set(CPACK_STRIP_FILES TRUE)             # debug info stays in the build tree
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.invalid/matside")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Desktop workout player for home physiotherapy.\n Plays an exercise routine beside the mat: \
big timers, rep counts, illustrations and\n spoken cues, with a history of past sessions.")
# The Debian 12 runtime packages behind what the binary links and what it opens at run
# time (fonts, voice data, a GL driver). Listed by hand rather than with dpkg-shlibdeps so
# the package builds without dpkg-dev; tests/packaging checks it
# against the NEEDED entries of the packaged binary.
set(MATSIDE_DEB_DEPENDS
  "libc6" "libstdc++6" "libgcc-s1"
  "libsqlite3-0"
  "libstb0"                       # stb_image (PNG/JPEG decoding), a shared library on Debian
  "libglfw3" "libgl1" "libgl1-mesa-dri"
  "libopenal1"
  "libespeak-ng1" "espeak-ng-data"
  "libfontconfig1" "fonts-dejavu-core"
  "libxss1" "libx11-6"
  "libglib2.0-0"                  # GDBus: screen-saver inhibit, raising the player (issue 12)
  "libnotify4")                   # reminders' desktop notifications (issue 12)
list(JOIN MATSIDE_DEB_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
include(CPack)
