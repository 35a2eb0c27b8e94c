# Installing like a Linux desktop program, and a Debian package of that install.
#   cmake --install build --prefix /usr/local      # or: cd build && cpack -G DEB
# Layout under the prefix: bin/matside, share/matside/{data,assets}, the .desktop file, the
# icons, AppStream metadata, the man page and share/doc/matside (copyright, changelog). app/core/paths.cpp finds <exe>/../share/matside.
# SPDX-License-Identifier: GPL-3.0-or-later
include(GNUInstallDirs)

install(TARGETS matside RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Full RELRO: every symbol bound at start, so the GOT can be read-only (Debian's hardening;
# lintian's hardening-no-bindnow).
target_link_options(matside PRIVATE LINKER:-z,relro LINKER:-z,now)

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
# The .matside and routine JSON file types (issue 15), so a file manager opens them with matside.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/matside-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME matside.xml)
install(FILES ${PROJECT_SOURCE_DIR}/assets/icons/matside.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# The usual hicolor sizes, rendered from the SVG by scripts/render-icon (keep both lists alike).
set(MATSIDE_ICON_SIZES 16 22 24 32 48 64 128 256 512)
foreach(size IN LISTS MATSIDE_ICON_SIZES)
  install(FILES ${PROJECT_SOURCE_DIR}/assets/icons/matside-${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME matside.png)
endforeach()

# AppStream metadata, for software centres. matside has no public home yet, so its id and
# the screenshot's address sit under example.org, a domain reserved for documentation
# (RFC 2606): set both when it gets one, before the first public release (an AppStream id
# must then never change).
set(MATSIDE_APPSTREAM_ID "org.example.matside" CACHE STRING "AppStream component id (reverse DNS)")
set(MATSIDE_SCREENSHOT_URL "https://example.org/matside/screenshots/work-screen.png"
    CACHE STRING "Where software centres fetch the screenshot (docs/images/work-screen.png)")
configure_file(${PROJECT_SOURCE_DIR}/packaging/matside.metainfo.xml.in
               ${CMAKE_BINARY_DIR}/packaging/${MATSIDE_APPSTREAM_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/packaging/${MATSIDE_APPSTREAM_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The man page and the Debian changelog, compressed as Debian policy wants: gzip -9n (no
# name or time stamp in the header, so the package builds reproducibly).
find_program(GZIP_EXECUTABLE gzip REQUIRED)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/packaging/matside.1.gz
                   COMMAND ${GZIP_EXECUTABLE} -9n -c ${PROJECT_SOURCE_DIR}/packaging/matside.1
                           > ${CMAKE_BINARY_DIR}/packaging/matside.1.gz
                   DEPENDS ${PROJECT_SOURCE_DIR}/packaging/matside.1 VERBATIM)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz
                   COMMAND ${GZIP_EXECUTABLE} -9n -c ${PROJECT_SOURCE_DIR}/packaging/changelog
                           > ${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz
                   DEPENDS ${PROJECT_SOURCE_DIR}/packaging/changelog VERBATIM)
add_custom_target(matside_package_docs ALL DEPENDS ${CMAKE_BINARY_DIR}/packaging/matside.1.gz
                                                   ${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz)
install(FILES ${CMAKE_BINARY_DIR}/packaging/matside.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/matside)

# The licence: matside is GPL-3.0-or-later (LICENSE); the machine-readable copyright file
# (Debian's DEP-5 format) says so and names what the binary takes from elsewhere.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/matside)

# --- Debian package (cpack -G DEB) ------------------------------------------------------
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "matside")
set(CPACK_PACKAGE_VENDOR "matside")
# The address the project's commits carry (there is no list or public home yet).
set(CPACK_PACKAGE_CONTACT "matside maintainers <maintainers@users.noreply.r-seed-80548be1.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workout player for home physiotherapy beside the exercise mat")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "/usr")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
# Upstream 0.1.0, package revision 1: packaged from its own source, not native to Debian,
# hence changelog.Debian.gz.
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # matside_0.1.0-1_amd64.deb
set(CPACK_STRIP_FILES TRUE)             # debug info stays in the build tree
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
# No Homepage field: there is no public homepage, and lintian prefers none to a placeholder.
# The extended description, lines under 80 columns; CPack puts the summary above it as the
# synopsis (so it must not start with the summary) and turns the empty line into " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "matside plays a home physiotherapy routine on the screen beside the mat:
each exercise with pictures and key points, a timer readable from two or
three metres away, set, rep and side counters, and a tone and a spoken
sentence for every cue. It keeps a history of past sessions with optional
pain ratings, and offers to continue a session that was cut off.

It ships a programme for sacroiliac (SI) joint pain; routines are JSON files
that can be checked with 'matside validate'.")
# The Debian 12 runtime packages behind what the binary links and what it opens at run
# time (fonts, voice data, a GL driver). Listed by hand rather than with dpkg-shlibdeps so
# the package builds without dpkg-dev; tests/packaging checks it
# against the NEEDED entries of the packaged binary.
set(MATSIDE_DEB_DEPENDS
  "libc6" "libstdc++6" "libgcc-s1"
  "libsqlite3-0"
  "libstb0"                       # stb_image (PNG decoding), a shared library on Debian
  "libturbojpeg0"                 # JPEG decoding (libjpeg-turbo's TurboJPEG API)
  "libglfw3" "libgl1" "libgl1-mesa-dri"
  "libopenal1"
  "libespeak-ng1" "espeak-ng-data"
  "libfontconfig1" "fonts-dejavu-core"
  "libxss1" "libx11-6"
  "tzdata"                        # the person's local day and time (history calendar, schedule)
  # the printable handout and report (issue 13): cairo's PDF surface and Pango text
  "libcairo2" "libpango-1.0-0" "libpangocairo-1.0-0"
  "libglib2.0-0"                  # GDBus: screen-saver inhibit, raising the player; Pango's GLib
  "libnotify4"                    # reminders' desktop notifications (issue 12)
  "libzip4")                      # .matside files: export and import of routines (issue 15)
list(JOIN MATSIDE_DEB_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
include(CPack)
