"""One error model: every failure the user can act on is a ``RedactError`` with an exit code.

Third-party exceptions are converted where they occur (``raise EncryptedPdfError(path) from e``);
only ``cli.main`` maps errors to exit codes. Messages never contain personal data: they name the file,
the page and the reason, never the text of a finding.
"""

from __future__ import annotations

import enum
from pathlib import Path


class ExitCode(enum.IntEnum):
    OK = 0
    SOME_FAILED = 1  # batch: at least one document failed, the others were done
    USAGE = 2  # wrong options or arguments (click's own code too)
    INPUT = 3  # an input file cannot be processed (not a PDF, encrypted, corrupt, empty)
    RULES = 4  # the rules files are invalid or missing
    LEAK = 5  # verification found redacted data in the output
    OUTPUT = 6  # the output cannot be written
    INTERNAL = 70  # a bug: please report it


class RedactError(Exception):
    """Base class: ``str(err)`` is a complete, actionable message."""

    exit_code: ExitCode = ExitCode.INTERNAL

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(RedactError):
    exit_code = ExitCode.USAGE


class RulesError(RedactError):
    exit_code = ExitCode.RULES


class InputError(RedactError):
    """A document cannot be processed; the batch goes on with the others."""

    exit_code = ExitCode.INPUT
    reason = "unreadable"

    def __init__(self, path: Path | str, detail: str = "") -> None:
        self.path = Path(path)
        self.detail = detail
        text = f"{self.path}: {self.describe()}"
        if detail:
            text += f" ({detail})"
        super().__init__(text)

    def describe(self) -> str:
        return "cannot be read"


class NotFoundError(InputError):
    reason = "not-found"

    def describe(self) -> str:
        return "file not found; check the path"


class NotAPdfError(InputError):
    reason = "not-a-pdf"

    def describe(self) -> str:
        return "is not a PDF file (no %PDF header); only PDF documents can be redacted"


class EmptyPdfError(InputError):
    reason = "empty"

    def describe(self) -> str:
        return "is empty or has no pages; nothing to redact"


class EncryptedPdfError(InputError):
    reason = "encrypted"

    def describe(self) -> str:
        return "is encrypted with a password; decrypt it first or pass the password"


class CorruptPdfError(InputError):
    reason = "corrupt"

    def describe(self) -> str:
        return "is damaged beyond repair; ask the sender for a new copy or re-export it"


class TooLargeError(InputError):
    reason = "too-large"

    def describe(self) -> str:
        return "exceeds the configured size limits; split it or raise the limit"


class ProcessingError(InputError):
    """The PDF engine failed on this document (a damaged or unusual file); the batch goes on."""

    reason = "processing-failed"

    def describe(self) -> str:
        return "could not be processed by the PDF engine; the file is probably damaged, re-export it"


class LeakError(RedactError):
    """Verification found redacted data in the output: the output is discarded."""

    exit_code = ExitCode.LEAK

    def __init__(self, path: Path | str, where: tuple[str, ...]) -> None:
        self.path = Path(path)
        self.where = where
        shown = "; ".join(where[:5]) + (" …" if len(where) > 5 else "")
        super().__init__(
            f"{self.path}: redacted data is still present in the output ({shown}); "
            "no output was written. Please report this document."
        )


class OutputError(RedactError):
    exit_code = ExitCode.OUTPUT

    def __init__(self, path: Path | str, detail: str) -> None:
        self.path = Path(path)
        super().__init__(f"{self.path}: cannot write output ({detail})")


def _rebuild(cls: type[RedactError], message: str, state: dict[str, object]) -> RedactError:
    err = cls.__new__(cls)
    Exception.__init__(err, message)
    err.__dict__.update(state)
    return err


def _reduce(self: RedactError) -> tuple[object, ...]:
    """Errors cross process boundaries (the time-limited worker): rebuild them with their state.

    Only plain state travels (paths, strings, numbers, tuples of them): an attribute that holds an
    engine object (e.g. a PyMuPDF handle left by a caller) is dropped rather than failing the transfer."""
    import pickle

    state: dict[str, object] = {}
    for key, value in self.__dict__.items():
        try:
            pickle.dumps(value)
        except Exception:
            continue
        state[key] = value
    return (_rebuild, (type(self), self.message, state))


RedactError.__reduce__ = _reduce  # type: ignore[assignment,method-assign]


class TruncatedPdfError(InputError):
    reason = "truncated"

    def describe(self) -> str:
        return ("is truncated (the end of the file is missing) and cannot be repaired; "
                "copy or download it again")


class NoPagesError(EmptyPdfError):
    reason = "no-pages"

    def describe(self) -> str:
        return "has no pages (its page tree is empty or unreadable); nothing to redact, re-export it"


class XfaFormError(InputError):
    reason = "xfa-form"

    def describe(self) -> str:
        return ("is a dynamic XFA form: its content lives in XML that PDF tools cannot redact; "
                "print it to PDF (or flatten it in the form software) and redact that")


class PageSizeError(InputError):
    reason = "page-too-large"

    def describe(self) -> str:
        return ("has a page larger than the PDF limit of 14400 pt (200 inch); "
                "re-export it at a normal page size")


class TooManyPagesError(TooLargeError):
    reason = "too-many-pages"

    def describe(self) -> str:
        return "has more pages than the configured limit; split it or raise the limit (--max-pages)"


class TimeLimitError(InputError):
    """The document took longer than the per-document time limit; its worker was stopped."""

    reason = "time-limit"

    def describe(self) -> str:
        return ("took longer than the per-document time limit and was stopped; "
                "the file is probably pathological: re-export it, or raise the limit (--time-limit)")


class WorkerCrashError(ProcessingError):
    """The process working on a document died (the PDF engine crashed or ran out of memory)."""

    reason = "worker-crashed"

    def describe(self) -> str:
        return "made the PDF engine crash; the file is probably damaged, re-export it"


class WorkerSetupError(RedactError):
    """The worker processes of a pool cannot get ready (their setup raises, or they die during it), so no
    document can be processed."""

    exit_code = ExitCode.INTERNAL

    def __init__(self, detail: str) -> None:
        super().__init__(f"{detail}; run with --executor serial to see the error, and please report it")


class VerifyFailedError(LeakError):
    """``redact verify`` found redacted data in a file (nothing was written; the file is not clean)."""

    def __init__(self, path: Path | str, where: tuple[str, ...]) -> None:
        super().__init__(path, where)
        shown = "; ".join(where[:5]) + (" …" if len(where) > 5 else "")
        self.message = f"{self.path}: redacted data is still present ({shown}); do not publish this file"
        self.args = (self.message,)


class UnverifiableOutputError(LeakError):
    """An independent extractor could not read the output, so it cannot be shown to be clean."""

    def __init__(self, path: Path | str, where: tuple[str, ...]) -> None:
        super().__init__(path, where)
        shown = "; ".join(where[:5]) + (" …" if len(where) > 5 else "")
        self.message = (f"{self.path}: the redacted output could not be verified ({shown}); no output was "
                        "written. The file is probably damaged: re-export it and try again")
        self.args = (self.message,)


class OcrUnavailableError(RedactError):
    """OCR is needed but Tesseract (or its Dutch language pack) cannot be run: fail closed, a scanned
    page is never passed as checked."""

    exit_code = ExitCode.INPUT


class StaleWorkError(InputError):
    """What a work folder keeps for a document (its OCR results) no longer matches the source as it is
    read now: another redact version, other OCR settings, or a changed file."""

    reason = "stale-work"

    def describe(self) -> str:
        return ("does not match what `redact propose` read from it (another redact version or other OCR "
                "settings); propose it again and review the changes")


class SourceChangedError(InputError):
    """The source is not the file that was proposed (its SHA-256 differs, or it is gone)."""

    reason = "source-changed"

    def describe(self) -> str:
        return "changed since `redact propose` (SHA-256 differs); propose again and review the changes"


class SourceModifiedError(InputError):
    """The input changed while it was being read (a long file read from disk, not from memory)."""

    reason = "source-modified"

    def describe(self) -> str:
        return ("changed while it was being redacted (written to, or replaced); nothing was written: run it "
                "again once the file is complete")


class UnsupportedTypeError(InputError):
    """A file of a type ``redact.convert`` cannot turn into a PDF (recognised by content, not by name)."""

    reason = "unsupported-type"

    def describe(self) -> str:
        return ("is of a type redact cannot convert to PDF; convert it to PDF yourself (print to PDF) "
                "or list it in the inventory by hand")


class PasswordProtectedError(InputError):
    """An Office or OpenDocument file encrypted with a password: its content cannot be read."""

    reason = "password-protected"

    def describe(self) -> str:
        return "is protected with a password; save an unprotected copy (or ask the owner for one) and try again"


class CorruptMailError(InputError):
    """An e-mail message (``.eml`` or ``.msg``) that cannot be parsed."""

    reason = "corrupt-mail"

    def describe(self) -> str:
        return "is a damaged e-mail message; export the message again from the mail program"


class ConversionError(InputError):
    """A file of a supported type that could not be converted to PDF (damaged, or the converter failed)."""

    reason = "conversion-failed"

    def describe(self) -> str:
        return ("could not be converted to PDF; open it in its own program and save it again "
                "(or export it to PDF yourself)")


class ConversionTimeLimitError(ConversionError):
    """The converter (LibreOffice) took longer than the time limit and was stopped."""

    reason = "conversion-time-limit"

    def describe(self) -> str:
        return ("took longer than the conversion time limit and was stopped; export it to PDF yourself "
                "or raise the limit")


class ConverterUnavailableError(RedactError):
    """A converter program is needed but missing (LibreOffice): fail closed, the file is not skipped."""

    exit_code = ExitCode.INPUT


class DocumentFailedError(InputError):
    """A document that failed earlier (in a worker, during conversion), re-raised in the caller with the
    original message and reason."""

    def __init__(self, path: Path | str, message: str, reason: str) -> None:
        RedactError.__init__(self, message)
        self.path = Path(path)
        self.detail = ""
        self.reason = reason
