"""Qt-free map rendering: the interactive map page and static claim maps (PNG, SVG)."""
