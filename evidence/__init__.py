"""Skver's Qt-free core: what a case knows about its photos, and how it is kept."""
