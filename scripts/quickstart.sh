#!/usr/bin/env bash
# Quick start: install what is needed, build, and align the bundled sample pair into a TMX.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc)" --target align   # the tool only; scripts/test.sh builds the rest
build/bin/align pair examples/sample.ru.txt examples/sample.en.txt -o sample.tmx
echo "Aligned examples/sample.ru.txt with examples/sample.en.txt: wrote $(pwd)/sample.tmx"
