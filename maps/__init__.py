"""Qt-free map rendering: interactive map HTML and static map images (see issue 5)."""
