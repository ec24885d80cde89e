#!/usr/bin/env bash
# Installs the Debian packages goscape needs, and only those that are missing.
# Safe to run again: it does nothing when everything is present.
set -euo pipefail

packages=(
  cmake ninja-build ccache python3
  llvm-19-dev llvm-19-tools clang-19 lld-19 libclang-19-dev  # compiler + tests
  libclang-rt-19-dev             # ASan/UBSan/libFuzzer runtimes (check-sanitize, fuzz)
  libgc-dev                      # Boehm GC: the runtime's heap
  libxxhash-dev                  # XXH3: map hashing
  googletest libgtest-dev libgmock-dev  # unit tests
  libbenchmark-dev libabsl-dev   # benchmarks (absl::flat_hash_map baseline)
  golang-1.19-go golang-1.19-src # the reference implementation (test oracle)
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: run as root (or install them yourself)" >&2
  exit 1
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
