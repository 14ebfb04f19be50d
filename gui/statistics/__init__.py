"""The statistics room of the window."""
