"""diplograph ingest: article sources, extraction, evaluation. Imports ``graph``."""
