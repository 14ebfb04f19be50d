"""The case room of the window."""
