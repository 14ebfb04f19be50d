"""Qt-free report rendering: PDF, HTML and the evidence bundle (see issue 6)."""
