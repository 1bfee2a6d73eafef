"""encoder: plain-text transcriptions of archival documents to TEI P5, validated and rendered."""

__version__ = "0.1.0"
