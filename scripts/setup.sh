#!/usr/bin/env bash
# Installs everything the gateway and its tests need on a fresh Debian machine:
# npm packages, livekit-server (built from the Go module proxy), Debian's redis-server and
# chromium (for the console tests), and the console page bundle.
set -euo pipefail
cd "$(dirname "$0")/.."

# Installs a Debian package when `command` is missing; needs root, or prints the apt command.
install_debian_package() {
  local command="$1" package="$2"
  if command -v "$command" >/dev/null 2>&1; then
    return
  fi
  if [[ "$(id -u)" -eq 0 ]]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
  else
    echo "$command is missing: run 'sudo apt-get install -y $package'" >&2
    exit 1
  fi
}

install_debian_package redis-server redis-server
if [[ -z "${CHROMIUM_PATH:-}" ]]; then
  install_debian_package chromium chromium
fi

if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi

# The agent worker fixture peers on @livekit/rtc-node 0.13, so it has its own node_modules.
fixture=test/fixtures/agent-worker
if [[ ! -d $fixture/node_modules ]] || [[ $fixture/package-lock.json -nt $fixture/node_modules/.package-lock.json ]]; then
  npm ci --prefix "$fixture" --no-audit --no-fund
fi

bash scripts/install-livekit.sh >/dev/null
npm run --silent build:console >/dev/null
echo "Setup complete: livekit-server $(bash scripts/install-livekit.sh), $(redis-server --version | cut -d' ' -f3)"
