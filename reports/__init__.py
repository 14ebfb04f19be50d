"""Qt-free report rendering: what a contradiction report says, as PDF/A and as HTML."""
