"""The refusals room of the window."""
