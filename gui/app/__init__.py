"""The app room of the window."""
