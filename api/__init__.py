"""The web application: a thin FastAPI app around the library's routers."""
