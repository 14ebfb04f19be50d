"""The photos room of the window."""
