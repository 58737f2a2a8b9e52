"""hrdcase-server: the central records service (FastAPI, SQLAlchemy Core, Alembic). See docs/server.md.

It never imports Qt, the UI, the client's storage or services (an import-linter contract says so)."""
