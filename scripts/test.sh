#!/bin/sh
# Configures, builds and runs the whole test suite (unit, CLI golden, corpus,
# rule examples). Extra CMake flags come from CONCORD_CMAKE_FLAGS; the build
# folder from CONCORD_BUILD_DIR (default: build).
set -eu
cd "$(dirname "$0")/.."
build="${CONCORD_BUILD_DIR:-build}"
# shellcheck disable=SC2086
cmake -S . -B "$build" -G Ninja ${CONCORD_CMAKE_FLAGS:-}
cmake --build "$build"
ctest --test-dir "$build" --output-on-failure -j 2
