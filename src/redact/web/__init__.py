"""The review web app (``redact review``): a Starlette app and a plain HTML/JS page, no build step.

``redact.web.server.create_app(workdir, token=...)`` builds the app; ``serve`` runs it with uvicorn on
127.0.0.1. Importing this package does not import Starlette or uvicorn.
"""
