#!/usr/bin/env bash
# Renders goldseam.svg into the files that are committed beside it, so the build needs no drawing tool:
#   window icons (the app loads them from its resources), the Linux PNG, the Windows .ico and the macOS .icns.
# Needs Debian's librsvg2-bin (rsvg-convert), icnsutils (png2icns) and imagemagick (convert).
# Run it after changing the SVG, then commit what it wrote.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
window="$repo/src/main/resources/org/goldseam/app/ui/icons"
mkdir -p "$window" "$here/linux" "$here/windows" "$here/macos"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$here/goldseam.svg" -o "$tmp/goldseam-$size.png"
done
for size in 16 32 48 64 128 256; do
  cp "$tmp/goldseam-$size.png" "$window/goldseam-$size.png"
done
cp "$tmp/goldseam-256.png" "$here/linux/goldseam.png"
# the sizes Windows asks an .ico for; 256 is stored as PNG inside it
convert "$tmp/goldseam-16.png" "$tmp/goldseam-32.png" "$tmp/goldseam-48.png" "$tmp/goldseam-256.png" "$here/windows/goldseam.ico"
png2icns "$here/macos/goldseam.icns" "$tmp/goldseam-16.png" "$tmp/goldseam-32.png" "$tmp/goldseam-128.png" \
  "$tmp/goldseam-256.png" "$tmp/goldseam-512.png" >/dev/null
echo "rendered into $window and $here/{linux,windows,macos}"
