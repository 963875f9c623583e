#!/usr/bin/env python3
"""Packs PNG renderings of the app icon into the Windows .ico and the macOS .icns containers.

Both formats are simple: a header, a table (ICO) or tagged blocks (ICNS), and PNG data, which
Windows Vista+ and macOS 10.7+ read inside them. Standard library only, so it runs anywhere.

usage: icon_containers.py PNG_DIR OUT_ICO OUT_ICNS
PNG_DIR holds quotestance-<size>.png for 16 24 32 48 64 128 256 512 1024.
"""
import struct
import sys
from pathlib import Path

ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
# ICNS block type -> pixel size of the PNG it holds (the @2x types reuse the bigger rendering).
ICNS_TYPES = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
              ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]


def png(png_dir, size):
    data = (png_dir / f"quotestance-{size}.png").read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{png_dir}/quotestance-{size}.png: not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    if (width, height) != (size, size):
        sys.exit(f"{png_dir}/quotestance-{size}.png: is {width}x{height}, expected {size}x{size}")
    return data


def ico(png_dir):
    images = [png(png_dir, s) for s in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    table, body = b"", b""
    for size, data in zip(ICO_SIZES, images):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        table += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(body))
        body += data
    return header + table + body


def icns(png_dir):
    blocks = b""
    for kind, size in ICNS_TYPES:
        data = png(png_dir, size)
        blocks += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(blocks)) + blocks


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    png_dir = Path(sys.argv[1])
    Path(sys.argv[2]).write_bytes(ico(png_dir))
    Path(sys.argv[3]).write_bytes(icns(png_dir))


if __name__ == "__main__":
    main()
