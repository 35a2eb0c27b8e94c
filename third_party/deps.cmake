# Headless dependencies from Debian packages (scripts/install-deps installs them).
# SPDX-License-Identifier: GPL-3.0-or-later
find_package(nlohmann_json 3.10 REQUIRED)  # nlohmann-json3-dev
find_package(CLI11 REQUIRED)               # libcli11-dev
find_package(PkgConfig REQUIRED)           # pkg-config
find_package(Threads REQUIRED)
if(MATSIDE_BUILD_TESTS)
  find_package(GTest REQUIRED)             # libgtest-dev
endif()
