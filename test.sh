#!/usr/bin/env bash
# Runs every test of MlKata, after installing what the tests need on a fresh machine:
#   ./test.sh                                   the whole suite
#   ./test.sh --filter "TestCategory!=Slow"     the fast tier, for the edit loop
#   ./test.sh --setup-only                      install what the tests need, run nothing
# Other arguments go to `dotnet test KataRunner.sln`.
set -euo pipefail
cd "$(dirname "$0")"

# Run a system package install as root, or through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    echo "error: installing packages needs root or sudo: $*" >&2; exit 3
  fi
}

# Debian packages the tests need: headless Chromium renders the study group's scoreboard, and
# bubblewrap is the sandbox `mlkata grade` runs learner code in.
missing=()
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then missing+=(chromium); fi
if ! command -v bwrap >/dev/null 2>&1; then missing+=(bubblewrap); fi
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]}, which the tests need..."
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "error: the tests need ${missing[*]} (Debian package names), and this machine has no apt-get to install them." >&2
    exit 3
  fi
fi

if [ "${1:-}" = "--setup-only" ]; then
  exit 0
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet test KataRunner.sln "$@"
