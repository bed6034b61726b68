# The diplograph API (and CLI) image. docker-compose.yml runs it next to Neo4j; any
# DIPLOGRAPH_* variable configures it (see .env.example).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 diplograph
WORKDIR /app

# Dependencies first, pinned by the lock file, so code edits reuse this layer.
COPY pyproject.toml requirements.lock README.md ./
COPY graph/__init__.py graph/__init__.py
COPY api/__init__.py api/__init__.py
COPY ingest/__init__.py ingest/__init__.py
RUN pip install -c requirements.lock .

COPY graph graph
COPY api api
COPY ingest ingest
COPY examples examples
RUN pip install --no-deps .

USER diplograph
# Inside the container the API must listen beyond loopback; compose publishes the
# port on the host's 127.0.0.1 only.
ENV DIPLOGRAPH_HOST=0.0.0.0 \
    DIPLOGRAPH_PORT=8000 \
    DIPLOGRAPH_STORE__DATA_DIR=/home/diplograph/data
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=5 \
  CMD ["python", "-c", "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4); sys.exit(0)"]
CMD ["diplograph", "serve"]
