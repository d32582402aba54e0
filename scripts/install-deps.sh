#!/usr/bin/env bash
# Installs the Debian 12 packages libalign needs, when they are missing.
#   scripts/install-deps.sh          build + run dependencies (compiler, CMake, libraries, dictionary)
#   scripts/install-deps.sh --test   also what the test suite uses (GNU parallel, TMX checkers, clang)
set -euo pipefail

packages=(
  g++ cmake make pkg-config
  libicu-dev libboost-program-options-dev libfmt-dev libpugixml-dev libstemmer-dev zlib1g-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  nlohmann-json3-dev   # JSON (header-only): align batch --report, align stream
  mueller7-dict   # Mueller's English-Russian dictionary: the built-in lexicon is made from it
)
if [[ ${1:-} == --test ]]; then
  packages+=(
    python3 parallel
    libxml2-utils translate-toolkit omegat default-jre-headless  # ../shared/tools/tmxcheck
    clang libclang-rt-14-dev                                    # fuzz targets (libFuzzer)
  )
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
    missing+=("$package")
done
((${#missing[@]} == 0)) && exit 0

sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
echo "Installing: ${missing[*]}" >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
  "${missing[@]}" >/dev/null
