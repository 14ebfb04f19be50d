"""`redact`: blur or black out faces and plates in a photo's copy for reports; list, remove."""

from __future__ import annotations

import argparse

from cli.common import EXIT_OK, actor, open_case
from cli.output import say, show_json
from evidence import face_proposals, redaction, store
from evidence.errors import KnownError
from evidence.store import Case


def add_to(commands: argparse._SubParsersAction) -> None:
    redact = commands.add_parser(
        "redact", help="blur or black out regions (bystanders' faces, plates) of a photo in "
        "reports; the original is never changed",
        description="Regions are x,y,w,h in pixels of the upright photo (as it is shown), "
        "optionally with :face, :plate or :other. The redacted copy is a derived file; the "
        "evidence bundle keeps the original unredacted.")
    redact.add_argument("--case", required=True, metavar="DIR", help="the case folder")
    redact.add_argument("photo", nargs="?", type=int, metavar="PHOTO",
                        help="the photo's id (`photos --case DIR` lists them)")
    redact.add_argument("--region", action="append", default=[], metavar="X,Y,W,H[:REASON]",
                        help="a rectangle to redact; give it once per region")
    redact.add_argument("--method", choices=redaction.METHODS, default="blur",
                        help="blur (default) or black")
    redact.add_argument("--propose-faces", action="store_true",
                        help="print the faces OpenCV finds; redacts nothing")
    redact.add_argument("--apply-proposals", action="store_true",
                        help="redact the proposed faces (after you have seen them) and any "
                        "--region given")
    redact.add_argument("--remove", action="store_true", help="drop the photo's redaction")
    redact.add_argument("--list", action="store_true", help="list the case's redactions")
    redact.add_argument("--json", action="store_true", help="print JSON")
    redact.add_argument("--actor", default=None, help="who does this, for the custody log "
                        "(default: $SKVER_ACTOR or the login name)")
    redact.set_defaults(handler=run_redact)


def run_redact(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    modes = [args.list, args.remove, args.propose_faces, args.apply_proposals,
             bool(args.region) and not args.apply_proposals]
    if sum(modes) != 1:
        parser.error("redact takes one of --list, --remove, --propose-faces, "
                     "--apply-proposals or --region")
    if (args.photo is None) != args.list:
        parser.error("--list takes no PHOTO; every other redact needs one")
    regions = [redaction.parse_region(text) for text in args.region]
    with open_case(args.case) as case:
        if args.list:
            return _list(case, args.json)
        if args.remove:
            old = redaction.remove(case, args.photo, actor(args.actor))
            say(f"Photo {args.photo}: redaction of {len(old.regions)} region(s) removed; "
                "reports show it unredacted again.")
            return EXIT_OK
        if args.propose_faces or args.apply_proposals:
            with case.files.open_read(_stored_path(case, args.photo)) as original:
                proposed = face_proposals.propose(original)
            _print_proposals(args.photo, proposed, args.json and args.propose_faces)
            if args.propose_faces:
                return EXIT_OK
            regions = proposed + regions
            if not regions:
                raise KnownError("No faces were found and no --region was given: nothing to "
                                 "redact.")
        done = redaction.apply(case, args.photo, regions, args.method, actor(args.actor))
    say(f"Photo {args.photo}: {len(done.regions)} region(s) {_verb(done.method)} in "
        f"{case.path_of(redaction.redacted_relpath(done.photo_sha256))} (SHA-256 "
        f"{done.derived_sha256}); the original is unchanged.")
    return EXIT_OK


def _stored_path(case: Case, photo_id: int) -> str:
    return store.photos.get(case, photo_id).stored_path


def _print_proposals(photo_id: int, proposed: list[redaction.Region], as_json: bool) -> None:
    if as_json:
        show_json([r.as_json() for r in proposed], indent=None)
        return
    say(f"Photo {photo_id}: {len(proposed)} face(s) proposed (check each; the detector "
        "misses small or turned faces and sometimes sees one in a pattern):")
    for r in proposed:
        say(f"  --region {r.x},{r.y},{r.w},{r.h}:face")


def _list(case: Case, as_json: bool) -> int:
    found = redaction.all_redactions(case)
    if as_json:
        show_json([{"photo_id": r.photo_id, "photo_sha256": r.photo_sha256,
                    "method": r.method, "regions": r.regions_json(), "actor": r.actor,
                    "created_utc": r.created_utc, "derived_sha256": r.derived_sha256}
                   for r in found])
        return EXIT_OK
    for r in found:
        boxes = " ".join(f"{g.x},{g.y},{g.w},{g.h}:{g.reason}" for g in r.regions)
        say(f"photo {r.photo_id}  {r.method}  {boxes}  by {r.actor} at {r.created_utc}")
    say(f"{len(found)} redacted photo(s).")
    return EXIT_OK


def _verb(method: str) -> str:
    return "blacked out" if method == "black" else "blurred"
