"""`trust-list show|update|reset`: the trust lists Content Credentials and time-stamps are checked
against (evidence/trustlists.py)."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from cli.common import EXIT_OK, existing
from cli.output import say, show_json
from evidence import trustlists
from evidence.trustlists import ListInfo, TrustKind

WHAT = {
    TrustKind.C2PA: "C2PA Trust List (signers of conforming products)",
    TrustKind.INTERIM: "interim Content Credentials list (INTERIM: predates the C2PA list)",
    TrustKind.TSA: "C2PA TSA Trust List (time-stamping authorities)",
    TrustKind.USER: "your own anchors (added from a file)",
}


def add_to(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "trust-list", help="the trust lists that Content Credentials and time-stamps are "
        "checked against: show them, update one from a PEM file, go back to the shipped one")
    sub = parser.add_subparsers(title="trust-list commands", metavar="COMMAND", required=True)
    show = sub.add_parser("show", help="each list: how many anchors, from where, of when")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.add_argument("--anchors", action="store_true", help="list every anchor's subject")
    show.set_defaults(handler=run_show)
    update = sub.add_parser(
        "update", help="replace one list by a PEM file of certificates (checked first; a copy "
        "is kept in Skver's data folder)")
    which = update.add_mutually_exclusive_group(required=True)
    for kind in TrustKind:
        which.add_argument(f"--{kind.value}", metavar="FILE", help=f"the {WHAT[kind]}")
    update.set_defaults(handler=run_update)
    reset = sub.add_parser("reset", help="forget an updated list: the shipped one is used again")
    reset.add_argument("kind", choices=[kind.value for kind in TrustKind])
    reset.set_defaults(handler=run_reset)


def run_show(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    lists = [trustlists.info(kind) for kind in TrustKind]
    if args.json:
        show_json([{**asdict(item), "anchors": [
            {"subject": a.subject, "sha256": a.sha256, "interim": a.interim}
            for a in trustlists.anchors(item.kind)]} for item in lists])
        return EXIT_OK
    for item in lists:
        _describe(item)
        if args.anchors:
            for anchor in trustlists.anchors(item.kind):
                label = "  [interim]" if anchor.interim else ""
                say(f"    {anchor.subject}{label}")
    return EXIT_OK


def run_update(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    kind = next(kind for kind in TrustKind if getattr(args, kind.value) is not None)
    path = existing(getattr(args, kind.value), what="file")
    item = trustlists.update(kind, path)
    say(f"Updated the {kind.value} list from {path.name}: {item.count} anchors.")
    _describe(item)
    return EXIT_OK


def run_reset(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    _describe(trustlists.reset(TrustKind(args.kind)))
    return EXIT_OK


def _describe(item: ListInfo) -> None:
    say(f"{item.kind.value}: {WHAT[item.kind]}")
    say(f"    {item.count} anchors; {'updated from a file' if item.updated else 'as shipped'}"
        f"{', ' + item.date if item.date else ''}")
    say(f"    source: {item.source}")
