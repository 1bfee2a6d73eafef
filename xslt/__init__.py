"""Stylesheets and CSS of the HTML rendering (package data: load with importlib.resources)."""
