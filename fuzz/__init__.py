"""Fuzzing Skver's readers of hostile input; `make fuzz` or `python fuzz/run.py --seconds N`."""
