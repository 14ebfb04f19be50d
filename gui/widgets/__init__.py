"""The widgets room of the window."""
