"""The map room of the window."""
