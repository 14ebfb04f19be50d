"""`observe` (what a reviewer sees in a photo) and `analyze` (the verdicts)."""

from __future__ import annotations

import argparse

from cli.common import EXIT_OK, actor, open_case
from cli.output import say, show_json
from evidence import observations
from evidence.model import Observation, Tag
from evidence.phrases import render
from evidence.results import Verdict, local_text


def add_to(commands: argparse._SubParsersAction) -> None:
    observe = commands.add_parser(
        "observe", help="record what a reviewer sees in a photo",
        description="Tags: " + ", ".join(t.value for t in Tag) + ".")
    observe.add_argument("--case", required=True, metavar="DIR", help="the case folder")
    observe.add_argument("photo", metavar="PHOTO", help="photo id, or 8+ digits of its SHA-256")
    observe.add_argument("--tag", action="append", default=[], metavar="TAG",
                         help="what is seen (repeatable)")
    observe.add_argument("--people", type=int, default=None, metavar="N",
                         help="how many people are visible")
    observe.add_argument("--note", default="", help="a free note")
    observe.add_argument("--actor", default=None,
                         help="the reviewer (default: $SKVER_ACTOR or the login name)")
    observe.set_defaults(handler=run_observe)

    analyze = commands.add_parser(
        "analyze", help="pair each refusal with the photos of its venue and window; verdicts")
    analyze.add_argument("--case", required=True, metavar="DIR", help="the case folder")
    analyze.add_argument("--json", action="store_true",
                         help="the full result as JSON (deterministic)")
    analyze.set_defaults(handler=run_analyze)


def run_observe(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    reviewer = actor(args.actor)
    with open_case(args.case) as case:
        photo = observations.find_photo(case, args.photo)
        tags = observations.parse_tags(args.tag)
        stored = observations.add(case, Observation(photo.id, reviewer, tags, args.people,
                                                    args.note), reviewer)
    say(f"Observation {stored.id} recorded for photo {photo.id}.")
    return EXIT_OK


def run_analyze(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    from evidence import analysis  # geopy: only for the commands that judge
    from evidence.analysis import photo_ref
    from reports import content, strings

    with open_case(args.case) as case:
        result = analysis.analyze_case(case)
    if args.json:
        show_json(result.as_json(), sort_keys=True)
        return EXIT_OK
    for found in result.claims:
        claim = found.claim
        english = strings.table("en")
        say(f"Claim {claim.id} ({claim.document_number}, {claim.document_date}) — "
            f"{found.venue.name}, {claim.category.value}: {found.verdict.value.upper()} "
            f"({content.verdict_words(found, english)})")
        say(f"  window {local_text(claim.window_start, claim.window_zone)} – "
            f"{local_text(claim.window_end, claim.window_zone)}; "
            f"{content.basis_line(found, english)}")
        if found.basis.limits:
            say("  limited  " + "; ".join(english[f"limit.{x.value}"]
                                          for x in found.basis.limits))
        for reason in found.reasons:
            say(f"  because  {render(reason)}")
        for caveat in found.caveats:
            say(f"  caveat   {render(caveat)}")
        for item in found.not_counted:
            say(f"  not counted  {render(photo_ref(item.photo_id, start=True))}: "
                f"{content.not_counted_reason(item, english)}")
    overall = result.aggregates.all
    say(f"{overall.claims} claims: {overall[Verdict.CONTRADICTED]} contradicted, "
        f"{overall[Verdict.SUPPORTED]} supported, {overall[Verdict.MIXED]} mixed, "
        f"{overall[Verdict.UNVERIFIED]} unverified.")
    for pattern in result.aggregates.recurring:
        say(f"Recurring: {pattern.summary}")
    return EXIT_OK
