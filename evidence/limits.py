"""How long a name or a text a person gives may be, checked where each record is validated.

A name is a label that is printed on one line (a venue's name, a reviewer's, a document's
number); a text is what a letter or a person says at length (a refusal's excuse, a note).
The limits are generous for what each holds and keep a mistaken paste (a whole file as a
venue's name) out of the case, where it would be printed in every report and bundle. They are
checked at input only: a case written before them, or a bundle's record, keeps its longer
values, which the reports print in full in the text and cut with an ellipsis in a label.

Every way in says the same: the command line, the CSV of refusals, GeoJSON and KML venue files
and the window's forms all go through the record's validation (`venue_checks.validate`,
`claim_fields.problems`, `observations.check`, ...), which calls `problem` here.
"""

from __future__ import annotations

NAME = 200          # a venue's name or city, a document's number, a signatory
REVIEWER = NAME     # a reviewer's name (the window's "Your name", --actor)
TITLE = 200         # a case's title
SLUG = 100          # a venue's slug: an identifier in commands and file names
CODE = 20           # a language's code
LEGAL_BASIS = 2_000  # the decision that made a venue specialized, cited
NOTE = 2_000        # an observation's note, a withdrawal's reason, a trusted key's note
TEXT = 20_000       # a refusal's excuse as its letter words it, an alternative offered, notes

__all__ = ["CODE", "LEGAL_BASIS", "NAME", "NOTE", "REVIEWER", "SLUG", "TEXT", "TITLE",
           "problem"]


def problem(what: str, value: str, limit: int, hint: str = "") -> str | None:
    """The sentence that says `value` is longer than `limit` characters, or None. `what` names
    it as the sentence's subject ("name_en (the venue's English name)"); `hint` says where a
    longer text belongs."""
    if len(value) <= limit:
        return None
    return (f"{what} is {len(value):,} characters long; at most {limit:,} are kept. Shorten "
            f"it{hint}.")
