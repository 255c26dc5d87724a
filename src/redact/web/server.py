"""The review web app: a small Starlette app over a work folder, served by uvicorn on 127.0.0.1 only.

Security model (the app shows confidential personal data):
- it binds to 127.0.0.1 only; requests whose ``Host`` is not a loopback name (DNS rebinding) get 403;
- every request needs the random token printed at start-up, as ``?token=`` or ``X-Redact-Token``
  (no cookies: browsers share cookies between ports of one host); a wrong or missing token gets 403;
- state-changing requests must be JSON POSTs from the app's own origin (no form posts from elsewhere);
- responses are ``no-store`` with a strict Content-Security-Policy (only the app's own scripts).

Endpoints (JSON unless stated): ``GET /`` (the page), ``GET /static/{file}``, ``GET /api/session``,
``GET /api/documents``, ``GET /api/documents/{doc}``, ``GET /api/documents/{doc}/history``,
``GET /api/documents/{doc}/pages/{n}.png?scale=S`` (PNG), ``GET /api/documents/{doc}/pages/{n}/words``,
``POST /api/documents/{doc}/decide|add|ground|undo``. Errors are ``{"error": message}`` with 400 (bad
request), 403, 404 (unknown document), 409 (conflict or changed source).
"""

from __future__ import annotations

import html
import secrets
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from redact.errors import InputError, RedactError, SourceChangedError
from redact.review import ReviewConflictError, ReviewError, ReviewSet
from redact.review.persons import MARK as PERSON_MARK
from redact.web.workspace import Workspace

LOOPBACK = {"127.0.0.1", "localhost", "[::1]"}
_STATIC = {"app.js": "text/javascript", "persons.js": "text/javascript", "app.css": "text/css"}
_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")
    by: str = Field(min_length=1, max_length=100)


class DecideBody(_Body):
    status: Literal["approved", "rejected"]
    ids: list[str] = []
    category: str | None = None
    person: str | None = None
    pending: bool = False  # every undecided proposal of the document
    reason: str = Field(default="", max_length=500)


class PersonBody(_Body):
    person: str = Field(min_length=1, max_length=300)  # a person's id (``redact persons``)
    verdict: Literal["keep", "redact"]
    reason: str = Field(default="", max_length=500)


class AddBody(_Body):
    page: int = Field(ge=0)
    ground: str
    category: str = "HANDMATIG"
    note: str = Field(default="", max_length=500)
    rect: tuple[float, float, float, float] | None = None  # display space, PDF points
    start: int | None = None
    end: int | None = None


class GroundBody(_Body):
    id: str
    ground: str
    reason: str = Field(default="", max_length=500)


class UndoBody(_Body):
    pass


def _static(name: str) -> str:
    return resources.files("redact.web").joinpath("static", name).read_text(encoding="utf-8")


class _Guard(BaseHTTPMiddleware):
    def __init__(self, app: Any, token: str, port: int | None) -> None:
        super().__init__(app)
        self.token = token
        self.port = port

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        host = request.headers.get("host", "")
        name, _, port = host.rpartition(":") if not host.endswith("]") else (host, "", "")
        if not name:
            name, port = port, ""
        if name.lower() not in LOOPBACK or (self.port is not None and port and port != str(self.port)):
            return PlainTextResponse("forbidden: the review app only answers on 127.0.0.1", status_code=403)
        given = request.query_params.get("token") or request.headers.get("x-redact-token") or ""
        if not secrets.compare_digest(given.encode(), self.token.encode()):
            return PlainTextResponse("forbidden: missing or wrong token (use the URL printed at start-up)",
                                     status_code=403)
        if request.method not in ("GET", "HEAD"):
            origin = request.headers.get("origin")
            if origin is not None and origin != f"http://{host}":
                return PlainTextResponse("forbidden: cross-origin request", status_code=403)
            if not request.headers.get("content-type", "").startswith("application/json"):
                return PlainTextResponse("unsupported media type: send JSON", status_code=415)
        response = await call_next(request)
        response.headers["Cache-Control"] = "no-store"
        response.headers["Content-Security-Policy"] = _CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response


def _error(e: Exception) -> JSONResponse:
    if isinstance(e, ValidationError):
        msg = "; ".join(f"{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors()[:3])
        return JSONResponse({"error": f"invalid request: {msg}"}, status_code=400)
    code = 400
    if isinstance(e, ReviewError) and "no document with id" in str(e):
        code = 404
    elif isinstance(e, ReviewConflictError | SourceChangedError | InputError):
        code = 409
    return JSONResponse({"error": str(e)}, status_code=code)


def proposal_json(ws: Workspace, doc_id: str, p: Any) -> dict[str, Any]:
    return {
        "id": p.id, "page": p.page, "rects": ws.display(doc_id, p), "category": p.category,
        "ground": p.ground, "justification": p.justification, "text": p.text, "before": p.context_before,
        "after": p.context_after,
        "detector": p.detector, "score": p.score, "evidence": list(p.evidence), "person": p.person, "doubt": p.doubt,
        "origin": p.origin, "status": p.status, "by": p.by, "at": p.at, "reason": p.reason, "note": p.note,
        "drawn": p.drawn, "person_decision": p.reason.startswith(PERSON_MARK),  # follows a decision on the person
    }


def persons_json(ws: Workspace) -> list[dict[str, Any]]:
    """The persons of the work folder (``review.persons``) with a few snippets each, for the Personen view."""
    from redact.review.persons import dossier_persons

    doc_of = {path: doc_id for doc_id, path in ws.files().items()}
    out = []
    for person in dossier_persons(ws.workdir):
        d = person.as_dict()
        d["snippets"] = [{"doc": doc_of.get(m.review_file, ""), "document": m.document, "page": m.page,
                          "context": m.context, "status": m.status} for m in person.mentions[:8]]
        out.append(d)
    return out


def document_summary(doc_id: str, rs: ReviewSet) -> dict[str, Any]:
    done, total = rs.progress()
    status = "open" if done == 0 and total else ("done" if done == total else "in progress")
    return {"id": doc_id, "name": rs.source.relative, "pages": rs.source.pages, "reviewed": done,
            "total": total, "status": status, "counts": dict(Counter(p.status for p in rs.proposals))}


def document_json(ws: Workspace, doc_id: str, rs: ReviewSet) -> dict[str, Any]:
    src = ws.source(doc_id, rs)
    persons: dict[str, dict[str, Any]] = {}
    for p in rs.proposals:
        if p.person and not p.manual:
            entry = persons.setdefault(p.person, {"key": p.person, "label": "", "count": 0})
            entry["count"] += 1
            if p.category == "NAAM" and len(p.text) > len(entry["label"]):
                entry["label"] = " ".join(p.text.split())
    for entry in persons.values():
        entry["label"] = entry["label"] or entry["key"]
    undoable = any(e.action in ("approve", "reject", "add", "ground") for e in rs.history)
    return {**document_summary(doc_id, rs), "sizes": src.sizes, "warnings": list(rs.warnings),
            # uncertain persons first (issue 14): the reviewer decides those before the rest
            "proposals": [proposal_json(ws, doc_id, p) for p in sorted(rs.proposals, key=lambda q: not q.doubt)],
            "persons": sorted(persons.values(), key=lambda e: e["label"].lower()), "undoable": undoable}


def create_app(workdir: Path, *, token: str, port: int | None = None, password: str | None = None,
               workspace: Workspace | None = None) -> Starlette:
    """The review app for ``workdir``; every request must carry ``token``."""
    ws = workspace or Workspace(workdir, password=password)
    index = _static("index.html").replace("{{token}}", html.escape(token, quote=True))

    async def page(request: Request) -> Response:
        return Response(index, media_type="text/html; charset=utf-8")

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in _STATIC:
            return PlainTextResponse("not found", status_code=404)
        return Response(_static(name), media_type=_STATIC[name] + "; charset=utf-8")

    def session(request: Request) -> Response:
        return JSONResponse({
            "workdir": ws.workdir.name or str(ws.workdir),
            "grounds": [{"code": g.code, "text": g.text, "article": g.article}
                        for g in ws.rules.grounds.values()],
            "categories": [{"name": k, "label": c.label, "ground": c.ground}
                           for k, c in ws.rules.categories.items()],
        })

    def documents(request: Request) -> Response:
        with ws.lock:
            out = []
            for doc_id in ws.files():
                try:
                    out.append(document_summary(doc_id, ws.load(doc_id)))
                except RedactError as e:
                    out.append({"id": doc_id, "name": doc_id, "status": "error", "error": str(e),
                                "reviewed": 0, "total": 0, "pages": 0})
        return JSONResponse(out)

    def document(request: Request) -> Response:
        doc_id = request.path_params["doc"]
        try:
            with ws.lock:
                return JSONResponse(document_json(ws, doc_id, ws.load(doc_id)))
        except RedactError as e:
            return _error(e)

    def history(request: Request) -> Response:
        try:
            rs = ws.load(request.path_params["doc"])
        except RedactError as e:
            return _error(e)
        return JSONResponse([{"seq": e.seq, "at": e.at, "by": e.by, "action": e.action, "ids": list(e.ids),
                              "scope": e.scope, "reason": e.reason, "undoes": e.undoes} for e in rs.history])

    def image(request: Request) -> Response:
        try:
            scale = float(request.query_params.get("scale", "1.5"))
            png = ws.render(request.path_params["doc"], request.path_params["page"], scale)
        except ValueError:
            return JSONResponse({"error": "scale must be a number"}, status_code=400)
        except RedactError as e:
            return _error(e)
        return Response(png, media_type="image/png")

    def words(request: Request) -> Response:
        try:
            return JSONResponse(ws.words(request.path_params["doc"], request.path_params["page"]))
        except RedactError as e:
            return _error(e)

    async def mutate(request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool

        doc_id, action = request.path_params["doc"], request.path_params["action"]
        try:
            raw = await request.json()
        except ValueError:
            return JSONResponse({"error": "invalid JSON"}, status_code=400)
        try:
            result = await run_in_threadpool(_mutate, ws, doc_id, action, raw)
        except (RedactError, ValidationError) as e:
            return _error(e)
        return JSONResponse(result)

    def persons(request: Request) -> Response:
        try:
            return JSONResponse(persons_json(ws))
        except RedactError as e:
            return _error(e)

    async def decide_person(request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool

        from redact.review.persons import decide_person as _decide

        try:
            body = PersonBody.model_validate(await request.json())

            def work() -> dict[str, Any]:
                with ws.lock:
                    changed = _decide(ws.workdir, body.person, body.verdict, by=body.by, reason=body.reason)
                    what = "kept public" if body.verdict == "keep" else "redacted"
                    return {"message": f"person {what} in the whole work folder: {sum(changed.values())} "
                                       f"mention(s) in {len(changed)} document(s)", "persons": persons_json(ws)}

            return JSONResponse(await run_in_threadpool(work))
        except (RedactError, ValidationError) as e:
            return _error(e)
        except ValueError:
            return JSONResponse({"error": "invalid JSON"}, status_code=400)

    routes = [
        Route("/", page),
        Route("/api/persons", persons),
        Route("/api/persons/decide", decide_person, methods=["POST"]),
        Route("/static/{name}", static),
        Route("/api/session", session),
        Route("/api/documents", documents),
        Route("/api/documents/{doc}", document),
        Route("/api/documents/{doc}/history", history),
        Route("/api/documents/{doc}/pages/{page:int}.png", image),
        Route("/api/documents/{doc}/pages/{page:int}/words", words),
        Route("/api/documents/{doc}/{action:str}", mutate, methods=["POST"]),
    ]
    app = Starlette(routes=routes, middleware=[Middleware(_Guard, token=token, port=port)])
    app.state.workspace = ws
    return app


def _mutate(ws: Workspace, doc_id: str, action: str, raw: Any) -> dict[str, Any]:
    message = ""
    if action == "decide":
        d = DecideBody.model_validate(raw)

        def change(rs: ReviewSet) -> list[str]:
            ids, scope = list(d.ids), "ids"
            if d.category is not None or d.person is not None:
                ids = rs.select(category=d.category, person=d.person)
                scope = f"category:{d.category}" if d.category is not None else f"person:{d.person}"
            elif d.pending:
                ids, scope = [p.id for p in rs.pending], "pending"
            if not ids:
                raise ReviewError("nothing selected")
            return rs.decide(ids, d.status, by=d.by, reason=d.reason, scope=scope)

        rs, changed = ws.edit(doc_id, change)
        message = f"{len(changed)} proposal(s) {d.status}"
    elif action == "add":
        a = AddBody.model_validate(raw)
        if a.rect is not None:
            rs, p = ws.add_box(doc_id, a.page, a.rect, a.ground, a.by, a.note, a.category)
        elif a.start is not None and a.end is not None:
            rs, p = ws.add_span(doc_id, a.page, a.start, a.end, a.ground, a.by, a.note, a.category)
        else:
            raise ReviewError("give either a rect (a drawn box) or start and end (selected text)")
        message = f"redaction added with ground {p.ground}"
    elif action == "ground":
        g = GroundBody.model_validate(raw)
        rs, _ = ws.edit(doc_id, lambda rs: rs.set_ground(g.id, g.ground, by=g.by, reason=g.reason))
        message = f"ground changed to {g.ground}"
    elif action == "undo":
        u = UndoBody.model_validate(raw)
        rs, entry = ws.edit(doc_id, lambda rs: rs.undo(by=u.by))
        message = "nothing to undo" if entry is None else f"undone: {_describe(rs, entry.undoes)}"
    else:
        raise ReviewError(f"unknown action {action!r}")
    with ws.lock:
        return {"message": message, "document": document_json(ws, doc_id, rs)}


def _describe(rs: ReviewSet, seq: int | None) -> str:
    for e in rs.history:
        if e.seq == seq:
            return f"{e.action} of {len(e.ids)} proposal(s)"
    return "previous change"


def serve(workdir: Path, *, port: int = 0, open_browser: bool = True, password: str | None = None,
          announce: Any = print) -> None:
    """Serve the review app on 127.0.0.1 until interrupted; ``announce(url)`` is called when it listens."""
    import socket
    import webbrowser

    import uvicorn

    from redact.review import review_files

    if not review_files(workdir):
        raise ReviewError(f"{workdir}: no review files; run `redact propose INPUT... -o {workdir}` first")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1", port))
    except OSError as e:
        sock.close()
        raise ReviewError(f"cannot listen on 127.0.0.1:{port} ({e.strerror}); choose another --port") from e
    sock.listen(128)  # connections made right after the URL is announced wait in the backlog
    bound = sock.getsockname()[1]
    token = secrets.token_urlsafe(24)
    app = create_app(workdir, token=token, port=bound, password=password)
    url = f"http://127.0.0.1:{bound}/?token={token}"
    announce(url)
    if open_browser:
        webbrowser.open(url)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        app.state.workspace.close()
        sock.close()


__all__ = ["create_app", "serve"]
