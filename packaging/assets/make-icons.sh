#!/usr/bin/env bash
# Renders quotestance.svg (the one source of the icon) to the PNG sizes the platforms ask for and
# packs them into quotestance.ico and quotestance.icns. The results are committed, so the build
# needs none of this; run it again after changing the SVG.
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin) and python3.
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "make-icons.sh: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p png
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" quotestance.svg -o "png/quotestance-$size.png"
  cp "png/quotestance-$size.png" "$tmp/"
done
rsvg-convert -w 1024 -h 1024 quotestance.svg -o "$tmp/quotestance-1024.png"
python3 icon_containers.py "$tmp" quotestance.ico quotestance.icns
echo "made png/quotestance-{16..512}.png, quotestance.ico, quotestance.icns"
