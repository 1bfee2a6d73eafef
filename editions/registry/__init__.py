"""The starter authority registry (persons, places, organizations), as package data."""
