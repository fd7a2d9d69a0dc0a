#!/bin/sh
# Installs what Concord needs to build and test on Debian 12 (run as root).
# Usage: scripts/install-deps.sh [--ci]   (--ci adds the tools CI uses too:
# clang for fuzzing, chromium for the HTML report test, xmlstarlet for bench)
set -eu
packages="cmake ninja-build g++ pkg-config libpugixml-dev libcli11-dev doctest-dev \
  nlohmann-json3-dev libfmt-dev libicu-dev python3 python3-jsonschema libxml2-utils"
if [ "${1:-}" = "--ci" ]; then
  packages="$packages clang-14 clang-format libclang-rt-14-dev chromium xmlstarlet time git"
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
# shellcheck disable=SC2086
apt-get install -y --no-install-recommends $packages
