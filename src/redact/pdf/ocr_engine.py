"""Tesseract kept loaded: one engine per process and language, fed the rendered pixels directly.

Reading a page with the ``tesseract`` command costs a process, a load of the language model and a PNG
encoded and decoded per page. ``read_tsv`` instead calls Tesseract's C API in ``libtesseract``
(Debian ``libtesseract5``, installed with ``tesseract-ocr``) through ``ctypes``: the model is loaded once
per worker process and language, and the 8-bit grey pixels are handed over as they are. When the library
cannot be loaded, the ``tesseract`` command is used as before (``REDACT_TESSERACT=cli`` forces it).

Guarantees:
- Both ways give the same TSV for the same pixmap: page segmentation mode 3 (automatic), the
  resolution the pixmap carries (what the PNG header tells the command), TSV with its header row
  (``tests/ocr`` compares them).
- ``OMP_THREAD_LIMIT=1`` unless set: parallelism comes from the batch's ``--jobs``, not from OpenMP.
- One page at a time per process (a lock); a process that forks gets an engine of its own.
- Fail closed: a missing library *and* command, a missing language, a failed or overlong recognition
  (``timeout`` seconds a page) is an ``OcrUnavailableError``; a page is never passed as read when it
  was not.

Limits: a crash inside the library takes its worker with it (the batch reports the document as
failed; ``--jobs 1`` without a time limit runs in the calling process).
"""

from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import os
import shutil
import subprocess
import threading
import time
from typing import TYPE_CHECKING, Any

from redact.errors import OcrUnavailableError

if TYPE_CHECKING:
    import pymupdf

__all__ = ["engine_kind", "read_tsv", "tesseract_available"]

TSV_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
_PSM_AUTO = 3

_lock = threading.Lock()
_lib: Any = None  # the loaded library, False when it cannot be loaded
_apis: dict[tuple[int, str], int] = {}  # (pid, lang) -> TessBaseAPI handle


def _library() -> Any:
    """``libtesseract`` with the signatures used here, or ``None``."""
    global _lib
    if _lib is None:
        _lib = False
        if os.environ.get("REDACT_TESSERACT", "") != "cli":
            os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # read by OpenMP when the library loads
            for name in (ctypes.util.find_library("tesseract"), "libtesseract.so.5"):
                if not name:
                    continue
                try:
                    lib = ctypes.CDLL(name)
                    _declare(lib)
                except (OSError, AttributeError):
                    continue
                _lib = lib
                break
    return _lib or None


def _declare(lib: Any) -> None:
    p, i, s = ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p
    for fn, args, res in (
        ("TessBaseAPICreate", [], p), ("TessBaseAPIInit3", [p, s, s], i), ("TessBaseAPISetPageSegMode", [p, i], None),
        ("TessBaseAPISetImage", [p, p, i, i, i, i], None), ("TessBaseAPISetSourceResolution", [p, i], None),
        ("TessBaseAPIRecognize", [p, p], i), ("TessBaseAPIGetTsvText", [p, i], p), ("TessDeleteText", [p], None),
        ("TessBaseAPIClear", [p], None), ("TessBaseAPIEnd", [p], None), ("TessBaseAPIDelete", [p], None),
        ("TessBaseAPISetVariable", [p, s, s], i), ("TessMonitorCreate", [], p), ("TessMonitorDelete", [p], None),
        ("TessMonitorSetDeadlineMSecs", [p, i], None),
    ):
        f = getattr(lib, fn)
        f.argtypes, f.restype = args, res


def _api(lib: Any, lang: str) -> int | None:
    """This process's engine for ``lang`` (created and loaded on first use), ``None`` when the language
    cannot be loaded. Call with ``_lock`` held."""
    key = (os.getpid(), lang)
    api = _apis.get(key)
    if api is None:
        api = lib.TessBaseAPICreate()
        if not api:
            return None
        if lib.TessBaseAPIInit3(api, None, lang.encode()) != 0:
            lib.TessBaseAPIDelete(api)
            return None
        lib.TessBaseAPISetPageSegMode(api, _PSM_AUTO)
        # Tesseract's progress notes ("Detected 47 diacritics") went to the command's own stderr
        lib.TessBaseAPISetVariable(api, b"debug_file", os.devnull.encode())
        if not _apis:
            atexit.register(_end, lib)
        _apis[key] = api
    return api


def _end(lib: Any) -> None:
    """Free this process's engines at exit (else Tesseract's caches report leaks on stderr)."""
    with _lock:
        for (pid, _), api in list(_apis.items()):
            if pid == os.getpid():
                lib.TessBaseAPIEnd(api)
                lib.TessBaseAPIDelete(api)
        _apis.clear()


def engine_kind(lang: str) -> str:
    """``"library"`` or ``"cli"``: how pages in ``lang`` are read in this process; ``""`` when neither
    works."""
    lib = _library()
    if lib is not None:
        with _lock:
            if _api(lib, lang) is not None:
                return "library"
    return "cli" if _cli_has(lang) else ""


def tesseract_available(lang: str) -> bool:
    return engine_kind(lang) != ""


def _cli_has(lang: str) -> bool:
    exe = shutil.which("tesseract")
    if exe is None:
        return False
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return all(code in out.split() for code in lang.split("+"))


def read_tsv(pix: pymupdf.Pixmap, lang: str, timeout: float) -> str:
    """Tesseract's TSV (with header) for ``pix``, an 8-bit grey pixmap without alpha."""
    if pix.n != 1 or pix.alpha:
        raise ValueError("OCR reads 8-bit grey pixmaps without alpha")
    lib = _library()
    if lib is not None:
        with _lock:
            api = _api(lib, lang)
            if api is not None:
                return _read_library(lib, api, pix, timeout)
    return _run_cli(pix.tobytes("png"), lang, timeout)


def _read_library(lib: Any, api: int, pix: pymupdf.Pixmap, timeout: float) -> str:
    samples = pix.samples_mv
    buf = (ctypes.c_ubyte * len(samples)).from_buffer_copy(samples)
    monitor = lib.TessMonitorCreate()
    try:
        lib.TessBaseAPISetImage(api, buf, pix.width, pix.height, 1, pix.stride)
        del buf  # Tesseract keeps a copy of its own
        lib.TessBaseAPISetSourceResolution(api, int(pix.xres))
        lib.TessMonitorSetDeadlineMSecs(monitor, int(min(timeout, 2e6) * 1000))
        start = time.monotonic()
        rc = lib.TessBaseAPIRecognize(api, monitor)
        if time.monotonic() - start >= timeout:
            raise OcrUnavailableError(f"tesseract took longer than {timeout:.0f} s on one page")
        if rc != 0:
            raise OcrUnavailableError("tesseract failed to read a page")
        text = lib.TessBaseAPIGetTsvText(api, 0)
        if not text:
            raise OcrUnavailableError("tesseract gave no result for a page")
        try:
            tsv = ctypes.string_at(text).decode("utf-8", "replace")
        finally:
            lib.TessDeleteText(text)
    finally:
        lib.TessBaseAPIClear(api)
        lib.TessMonitorDelete(monitor)
    return TSV_HEADER + tsv


def _run_cli(png: bytes, lang: str, timeout: float) -> str:
    exe = shutil.which("tesseract")
    if exe is None:
        raise OcrUnavailableError("tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-nld)")
    env = dict(os.environ)
    env.setdefault("OMP_THREAD_LIMIT", "1")  # parallelism comes from the batch executor, not from OpenMP
    try:
        proc = subprocess.run([exe, "stdin", "stdout", "-l", lang, "--psm", str(_PSM_AUTO), "tsv"], input=png,
                              capture_output=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired as e:
        raise OcrUnavailableError(f"tesseract took longer than {timeout:.0f} s on one page") from e
    if proc.returncode != 0:
        detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise OcrUnavailableError(f"tesseract failed: {detail[0]} (is tesseract-ocr-{lang} installed?)")
    return proc.stdout.decode("utf-8", "replace")
