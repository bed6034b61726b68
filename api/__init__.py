"""diplograph front ends: the REST API and the CLI. Imports ``graph``, ``ingest``."""
