"""Office documents → PDF (or a spreadsheet → ``.xlsx``) with LibreOffice headless, as a subprocess.

Guarantees:
- every call runs ``soffice`` in a fresh temporary folder of its own, with its own user profile
  (``-env:UserInstallation=file:///…``), ``HOME`` and ``TMPDIR`` pointing there: the user's profile is
  never read or touched and concurrent conversions never share a profile (no lock collisions); the
  folder is removed afterwards;
- the input is written there under a neutral name (``input.<suffix>``), so no file name with personal
  data appears in a process list or in LibreOffice's messages; LibreOffice's output is never put in an
  error message;
- the process runs in its own process group with a time limit; on overrun the whole group is killed
  and ``ConversionTimeLimitError`` is raised; no output, or a failing exit, is ``ConversionError``;
  a missing ``soffice`` is ``ConverterUnavailableError``;
- Writer documents are exported with their comments printed in the margin (``ExportNotesInMargin``),
  so a comment is text on the page like any other.

Limits: text formatted as hidden in Word (``w:vanish``) is not printed by LibreOffice; tracked
changes are exported as LibreOffice shows them. Macros are never run (LibreOffice's default in
headless conversion).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from redact.errors import ConversionError, ConversionTimeLimitError, ConverterUnavailableError

DEFAULT_TIME_LIMIT = 120.0
_WRITER_PDF = 'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}'
_INSTALL = "apt-get install libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui"


def soffice() -> str:
    """The path of LibreOffice's ``soffice`` (``ConverterUnavailableError`` when it is not installed)."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        raise ConverterUnavailableError(f"LibreOffice is needed to convert Office files but is not installed "
                                        f"({_INSTALL})")
    return found


def convert_with_soffice(data: bytes, suffix: str, target: str, path: Path | str, *,
                         time_limit: float = DEFAULT_TIME_LIMIT, writer: bool = False) -> bytes:
    """The bytes of ``data`` (a file with ``suffix``, e.g. ``.docx``) converted to ``target``
    (``"pdf"`` or ``"xlsx"``) by LibreOffice; ``writer`` selects the Writer PDF options."""
    program = soffice()
    with tempfile.TemporaryDirectory(prefix="redact-soffice-") as tmp:
        work = Path(tmp)
        (work / "out").mkdir()
        source = work / f"input{suffix}"
        source.write_bytes(data)
        convert_to = _WRITER_PDF if writer and target == "pdf" else target
        cmd = [program, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--invisible",
               "--nologo", "--norestore", "--nodefault", "--nolockcheck", "--convert-to", convert_to,
               "--outdir", str(work / "out"), str(source)]
        env = {**os.environ, "HOME": str(work), "TMPDIR": str(work), "SAL_USE_VCLPLUGIN": "svp"}
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    env=env, cwd=work, start_new_session=True)
        except OSError as e:
            raise ConverterUnavailableError(f"LibreOffice cannot be started ({e.strerror or e}); {_INSTALL}") from e
        try:
            proc.communicate(timeout=time_limit if time_limit and time_limit > 0 else None)
        except subprocess.TimeoutExpired as e:
            _kill(proc)
            raise ConversionTimeLimitError(path, f"LibreOffice stopped after {time_limit:.0f} s") from e
        finally:
            if proc.poll() is None:
                _kill(proc)
        result = work / "out" / f"input.{target}"
        if proc.returncode != 0 or not result.is_file() or result.stat().st_size == 0:
            raise ConversionError(path, f"LibreOffice could not convert it (exit {proc.returncode})")
        return result.read_bytes()


def _kill(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.communicate(timeout=10)
