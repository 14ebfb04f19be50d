"""The venues room of the window."""
