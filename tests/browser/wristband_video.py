"""Fake camera footage of a wristband for Chromium (`--use-file-for-fake-video-capture`): a real
Code 128 barcode or QR code of a wristband's code drawn into YUV4MPEG2 frames, in pure Python.

The QR code comes from segno; Code 128 (code set B) is encoded here from the standard's table of
bar and space widths, so the pad's decoder reads a barcode it did not make itself.
"""

from __future__ import annotations

from pathlib import Path

import segno

# ISO/IEC 15417 symbol values 0–106: widths of bar, space, bar, space, bar, space (stop: 7 elements)
_TABLE = (
    "212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 112232 122132 "
    "122231 113222 123122 123221 223211 221132 221231 213212 223112 312131 311222 321122 321221 312212 "
    "322112 322211 212123 212321 232121 111323 131123 131321 112313 132113 132311 211313 231113 231311 "
    "112133 112331 132131 113123 113321 133121 313121 211331 231131 213113 213311 213131 311123 311321 "
    "331121 312113 312311 332111 314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 "
    "112412 122114 122411 142112 142211 241211 221114 413111 241112 134111 111242 121142 121241 114212 "
    "124112 124211 411212 421112 421211 212141 214121 412121 111143 111341 131141 114113 114311 411113 "
    "411311 113141 114131 311141 411131 211412 211214 211232 2331112"
)
CODE128_WIDTHS = _TABLE.split()
START_B, STOP = 104, 106
QUIET = 10  # modules of white on each side

WIDTH, HEIGHT = 640, 480
WHITE, BLACK = 255, 0


def code128_modules(text: str) -> list[int]:
    """The modules (1 bar, 0 space) of `text` in Code 128 set B, check symbol included."""
    if not text or any(not 32 <= ord(c) < 127 for c in text):
        raise ValueError(f"Code 128 set B takes printable ASCII: {text!r}")
    values = [START_B] + [ord(c) - 32 for c in text]
    values.append((values[0] + sum(i * v for i, v in enumerate(values[1:], 1))) % 103)
    values.append(STOP)
    modules: list[int] = []
    for value in values:
        for index, width in enumerate(CODE128_WIDTHS[value]):
            modules += [1 - index % 2] * int(width)
    return modules


def _blank() -> list[bytearray]:
    return [bytearray([WHITE]) * WIDTH for _ in range(HEIGHT)]


def code128_frame(text: str) -> list[bytearray]:
    """A luma frame: the barcode centred, as large as fits, with its quiet zones."""
    modules = [0] * QUIET + code128_modules(text) + [0] * QUIET
    scale = WIDTH // len(modules)
    if scale < 2:
        raise ValueError(f"{text!r} is too long for a {WIDTH}-pixel frame")
    left, top, bar_height = (WIDTH - scale * len(modules)) // 2, HEIGHT // 4, HEIGHT // 2
    row = bytearray([WHITE]) * WIDTH
    for index, module in enumerate(modules):
        if module:
            row[left + index * scale : left + (index + 1) * scale] = bytes([BLACK]) * scale
    frame = _blank()
    for y in range(top, top + bar_height):
        frame[y] = bytearray(row)
    return frame


def qr_frame(text: str) -> list[bytearray]:
    """A luma frame: the QR code (with its 4-module quiet zone) centred, as large as fits."""
    matrix = [list(row) for row in segno.make_qr(text, error="m").matrix_iter(scale=1, border=4)]
    scale = min(WIDTH, HEIGHT) * 4 // 5 // len(matrix)
    side = scale * len(matrix)
    left, top = (WIDTH - side) // 2, (HEIGHT - side) // 2
    frame = _blank()
    for y, modules in enumerate(matrix):
        row = frame[top + y * scale]
        for x, dark in enumerate(modules):
            if dark:
                row[left + x * scale : left + (x + 1) * scale] = bytes([BLACK]) * scale
        for extra in range(1, scale):
            frame[top + y * scale + extra] = bytearray(row)
    return frame


def write_y4m(path: Path, luma: list[bytearray], frames: int = 3) -> Path:
    """YUV4MPEG2, 4:2:0, grey (neutral chroma); Chromium loops the file as its camera."""
    assert len(luma) == HEIGHT and all(len(row) == WIDTH for row in luma)
    chroma = bytes([128]) * ((WIDTH // 2) * (HEIGHT // 2))
    picture = b"".join(luma) + chroma + chroma
    with path.open("wb") as out:
        out.write(f"YUV4MPEG2 W{WIDTH} H{HEIGHT} F10:1 Ip A1:1 C420jpeg\n".encode())
        for _ in range(frames):
            out.write(b"FRAME\n" + picture)
    return path
