"""`observe` (what a reviewer sees in a photo) and `analyze` (the verdicts)."""

from __future__ import annotations

import argparse

from cli.common import EXIT_OK, actor, open_case
from cli.output import say, show_json
from evidence import observations, store
from evidence.errors import KnownError
from evidence.model import Observation, Tag
from evidence.phrases import render
from evidence.results import Verdict, local_text


def add_to(commands: argparse._SubParsersAction) -> None:
    observe = commands.add_parser(
        "observe", help="record, correct or withdraw what a reviewer sees in a photo",
        description="Records what a reviewer sees in a photo. An observation is never changed "
        "or deleted: --correct records a correction (the observation as it should read; the "
        "earlier one no longer counts) and --withdraw a withdrawal, each a new custody entry "
        "naming the earlier observation. Only its reviewer corrects or withdraws an "
        "observation. Tags: " + ", ".join(t.value for t in Tag) + ".")
    observe.add_argument("--case", required=True, metavar="DIR", help="the case folder")
    observe.add_argument("photo", metavar="PHOTO", nargs="?",
                         help="photo id, or 8+ digits of its SHA-256 (with --correct or "
                              "--withdraw: optional, and then the observation's photo)")
    change = observe.add_mutually_exclusive_group()
    change.add_argument("--correct", type=int, metavar="OBS_ID",
                        help="correct this observation: give it as it should read")
    change.add_argument("--withdraw", type=int, metavar="OBS_ID",
                        help="withdraw this observation: it stays on the record and no longer "
                             "counts")
    change.add_argument("--history", action="store_true",
                        help="list the photo's observations with their ids, corrections and "
                             "withdrawals")
    observe.add_argument("--tag", action="append", default=[], metavar="TAG",
                         help="what is seen (repeatable)")
    observe.add_argument("--people", type=int, default=None, metavar="N",
                         help="how many people are visible")
    observe.add_argument("--note", default="", help="a free note")
    observe.add_argument("--at", default=None, metavar="MOMENT",
                         help="of a video: the moment seen, from its start (83, 1:23 or "
                              "1:02:03); the report shows that frame")
    observe.add_argument("--reason", default="", help="with --withdraw: why it is withdrawn")
    observe.add_argument("--actor", default=None,
                         help="the reviewer (default: $SKVER_ACTOR or the login name)")
    observe.set_defaults(handler=run_observe)

    analyze = commands.add_parser(
        "analyze", help="pair each refusal with the photos of its venue and window; verdicts")
    analyze.add_argument("--case", required=True, metavar="DIR", help="the case folder")
    analyze.add_argument("--json", action="store_true",
                         help="the full result as JSON (deterministic)")
    analyze.set_defaults(handler=run_analyze)


def run_observe(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    described = bool(args.tag) or args.people is not None or bool(args.note)
    if args.withdraw is None and args.reason:
        parser.error("--reason goes with --withdraw")
    if (args.withdraw is not None or args.history) and (described or args.at is not None):
        parser.error("--tag, --people, --note and --at describe an observation; "
                     "--withdraw and --history take none")
    if args.photo is None and args.correct is None and args.withdraw is None:
        parser.error("the photo is needed (its id, or 8+ digits of its SHA-256)")
    reviewer = actor(args.actor)
    with open_case(args.case) as case:
        photo = None if args.photo is None else observations.find_photo(case, args.photo)
        if args.history:
            assert photo is not None
            for line in history_lines(observations.by_photo(case).get(photo.id, ())):
                say(line)
            return EXIT_OK
        earlier = args.correct if args.correct is not None else args.withdraw
        if earlier is not None:
            found = store.observations.find(case, earlier)
            if found is None:
                raise KnownError(f"The case has no observation {earlier}.")
            if photo is not None and photo.id != found.photo_id:
                raise KnownError(f"Observation {earlier} is of photo {found.photo_id}, not of "
                                 f"photo {photo.id}.")
            photo_id = found.photo_id
        else:
            assert photo is not None
            photo_id = photo.id
        if args.withdraw is not None:
            stored = observations.withdraw(case, args.withdraw, reviewer, reviewer, args.reason)
            say(f"Observation {args.withdraw} of photo {photo_id} withdrawn (observation "
                f"{stored.id} records the withdrawal); it no longer counts.")
            return EXIT_OK
        at_s = None if args.at is None else observations.parse_moment(args.at)
        seen = Observation(photo_id, reviewer, observations.parse_tags(args.tag), args.people,
                           args.note, at_s=at_s)
        if args.correct is not None:
            stored = observations.correct(case, args.correct, seen, reviewer)
            say(f"Observation {stored.id} recorded for photo {photo_id}: it corrects "
                f"observation {args.correct}, which no longer counts.")
            return EXIT_OK
        stored = observations.add(case, seen, reviewer)
    say(f"Observation {stored.id} recorded for photo {photo_id}.")
    return EXIT_OK


def history_lines(rows: tuple[Observation, ...]) -> list[str]:
    """A photo's observations, oldest first: each with its id, reviewer, time and what it
    says, and whether it counts."""
    if not rows:
        return ["No observation recorded for this photo."]
    ended = store.observations.superseded(rows)
    lines = []
    for o in rows:
        if o.is_withdrawal:
            continue
        seen = [t.value for t in o.tags]
        if o.people_count is not None:
            seen.append(f"{o.people_count} people")
        what = ", ".join(seen) + (f" — “{o.note}”" if o.note else "")
        if o.at_s is not None:
            what = f"at {observations.moment_text(o.at_s)}: {what}"
        corrects = f" (corrects {o.replaces})" if o.replaces is not None else ""
        later = ended.get(o.id or 0)
        if later is None:
            status = "counts"
        elif later.is_withdrawal:
            reason = f": “{later.note}”" if later.note else ""
            status = f"withdrawn {later.observed_utc} (observation {later.id}){reason}"
        else:
            status = f"corrected by {later.id}, {later.observed_utc}"
        lines.append(f"{o.id}{corrects}  {o.reviewer}  {o.observed_utc}  {what}  [{status}]")
    return lines


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
        for fact in found.procedure:
            say(f"  procedure  {fact.code.value}: {render(fact.statement)}")
            say(f"             rule: {render(fact.rule)}")
    overall = result.aggregates.all
    say(f"{overall.claims} claims: {overall[Verdict.CONTRADICTED]} contradicted, "
        f"{overall[Verdict.SUPPORTED]} supported, {overall[Verdict.MIXED]} mixed, "
        f"{overall[Verdict.UNVERIFIED]} unverified.")
    for pattern in result.aggregates.recurring:
        say(f"Recurring: {pattern.summary}")
    return EXIT_OK
