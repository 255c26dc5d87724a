"""Make "scanned" PDFs from born-digital ones: pages rendered as images with skew and noise."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pymupdf


def make_scan(src: Path, dst: Path, *, dpi: int = 200, skew: float = 0.6, noise: float = 0.01,
              seed: int = 0) -> Path:
    """Render every page of ``src`` at ``dpi``, rotated by ``skew`` degrees, with salt-and-pepper noise
    on a fraction ``noise`` of the pixels, and write an image-only PDF of the same page size."""
    rng = np.random.default_rng(seed)
    out = pymupdf.open()
    with pymupdf.open(src) as doc:
        for page in doc:
            mat = pymupdf.Matrix(dpi / 72, dpi / 72).prerotate(skew)
            pix = page.get_pixmap(matrix=mat, colorspace=pymupdf.csGRAY, annots=False)
            buf = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width).copy()
            mask = rng.random(buf.shape) < noise
            buf[mask] = rng.choice(np.array([0, 255], dtype=np.uint8), size=int(mask.sum()))
            noisy = pymupdf.Pixmap(pymupdf.csGRAY, pix.width, pix.height, buf.tobytes(), False)
            new = out.new_page(width=page.rect.width, height=page.rect.height)
            new.insert_image(new.rect, pixmap=noisy)
    out.save(dst, garbage=3, deflate=True)
    out.close()
    return dst
