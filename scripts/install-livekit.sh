#!/usr/bin/env bash
# Installs livekit-server from the Go module proxy into a cache folder, once per version.
# Prints the path of the binary. Needs Go 1.26 or newer.
set -euo pipefail

version="${LIVEKIT_SERVER_VERSION:-v1.13.5}"
cache_dir="${LIVEKIT_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/livekit-graphql-gateway}"
binary="$cache_dir/bin/livekit-server-$version"

if [[ -x "$binary" ]]; then
  echo "$binary"
  exit 0
fi

# Go's official installer puts the toolchain here without adding it to PATH.
if ! command -v go >/dev/null 2>&1 && [[ -x /usr/local/go/bin/go ]]; then
  export PATH="$PATH:/usr/local/go/bin"
fi

if ! command -v go >/dev/null 2>&1; then
  echo "go is not installed: install Go 1.26 or newer to build livekit-server $version" >&2
  exit 1
fi

mkdir -p "$cache_dir/bin"
build_dir="$(mktemp -d)"
trap 'rm -rf "$build_dir"' EXIT
echo "Building livekit-server $version (first run only, takes a few minutes)" >&2
GOBIN="$build_dir" CGO_ENABLED=0 go install "github.com/livekit/livekit-server/cmd/server@$version" >&2
mv "$build_dir/server" "$binary"
echo "$binary"
