"""Data shipped with Skver: venue datasets (venues/*.geojson) and, later, icons and templates."""
