"""Helpers the test packages share: making photos and cases, running the command line, reading
PDFs and zips. Test modules import from here, never from one another."""
