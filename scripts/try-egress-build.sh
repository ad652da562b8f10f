#!/usr/bin/env bash
# Builds the livekit/egress worker from source on Debian 12 and records one audio track to an
# OGG file through the gateway, then checks the file with ffprobe (scripts/try-egress.ts).
#
# This is a trial, not part of `npm test`: it needs about 340 Debian packages (GStreamer 1.22
# development files and plugins, ffmpeg) and a cgo build of a large Go module.
#
# Usage: EGRESS_SRC=<livekit/egress checkout> bash scripts/try-egress-build.sh
#   EGRESS_SRC  a checkout of github.com/livekit/egress (the Go module proxy this project uses
#               does not serve that module, so `go mod download` cannot fetch it)
#   EGRESS_WORK working folder for the build and the recording; a temporary one when unset
#
# Differences from an upstream build, each needed on this kind of machine:
# - livekit/protocol and livekit/server-sdk-go are replaced by the tagged versions v1.52.0 and
#   v2.19.0, because the module proxy refuses the untagged versions egress pins;
# - upstream embeds web templates built by a separate image; an empty placeholder is used,
#   which only room composite and web egress need;
# - the hard-coded temporary folder /home/egress/tmp is moved into the working folder.
# NOTE: upstream builds against GStreamer 1.24; Debian 12 ships 1.22.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

: "${EGRESS_SRC:?set EGRESS_SRC to a checkout of github.com/livekit/egress}"
work=${EGRESS_WORK:-$(mktemp -d -t egress-try-XXXXXX)}
mkdir -p "$work"
echo "working folder: $work"

packages=(libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev libgstreamer-plugins-bad1.0-dev
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad
  gstreamer1.0-plugins-ugly gstreamer1.0-libav pkg-config ffmpeg)
if ! pkg-config --exists gstreamer-1.0 gstreamer-app-1.0 2>/dev/null || ! command -v ffprobe >/dev/null; then
  if [[ "$(id -u)" -ne 0 ]]; then
    echo "missing GStreamer or ffmpeg: run 'sudo apt-get install -y ${packages[*]}'" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi

src="$work/src"
rm -rf "$src"
cp -r "$EGRESS_SRC" "$src"
rm -rf "$src/.git"
cd "$src"
go mod edit \
  -replace github.com/livekit/protocol=github.com/livekit/protocol@v1.52.0 \
  -replace github.com/livekit/server-sdk-go/v2=github.com/livekit/server-sdk-go/v2@v2.19.0
mkdir -p cmd/server/templates
echo '<!doctype html><title>egress</title>' > cmd/server/templates/index.html
mkdir -p "$work/tmp"
sed -i "s|^const TmpDir = \"/home/egress/tmp\"|const TmpDir = \"$work/tmp\"|" pkg/config/base.go
grep -q "const TmpDir = \"$work/tmp\"" pkg/config/base.go

echo "building egress (cgo, GStreamer $(pkg-config --modversion gstreamer-1.0))"
# -mod=mod records the checksums of the replacement versions in go.sum.
GOTOOLCHAIN=local CGO_ENABLED=1 go build -mod=mod -o "$work/egress" ./cmd/server
echo "built $work/egress"

cd "$repo"
EGRESS_BIN="$work/egress" EGRESS_WORK="$work" npx tsx scripts/try-egress.ts
