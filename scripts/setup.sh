#!/usr/bin/env bash
# Installs everything the gateway and its tests need on a fresh Debian machine:
# npm packages, livekit-server (built from the Go module proxy) and Debian's redis-server.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v redis-server >/dev/null 2>&1; then
  if [[ "$(id -u)" -eq 0 ]]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  else
    echo "redis-server is missing: run 'sudo apt-get install -y redis-server'" >&2
    exit 1
  fi
fi

if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi

bash scripts/install-livekit.sh >/dev/null
echo "Setup complete: livekit-server $(bash scripts/install-livekit.sh), $(redis-server --version | cut -d' ' -f3)"
