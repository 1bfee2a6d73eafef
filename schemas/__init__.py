"""The project schema and the official TEI P5 tei_all grammar, as package data."""
