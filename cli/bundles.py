"""Evidence bundles: `export`, `import-bundle`, and `verify BUNDLE.zip` (called from cli.cases)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from cli.common import (
    BUNDLE_PASSPHRASE_ENV,
    EXIT_DISCREPANCY,
    EXIT_OK,
    PASSPHRASE_ENV,
    TerminalProgress,
    actor,
    existing,
    new_passphrase,
    open_case,
    passphrase,
)
from cli.output import say, show_json
from reports import strings

if TYPE_CHECKING:
    from bundles import timestamps, transport
    from bundles import verify as bundle_verify
    from bundles import writer as bundle


def add_to(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export", help="write a case's evidence bundle (a zip anyone can check)",
        description="The originals exactly as imported, manifest.json (every file, its hash "
        "and metadata, the records, the verdicts, the software and data versions), SHA256SUMS "
        "for `sha256sum -c`, the custody log, the PDF and HTML reports, and an Ed25519 "
        "signature over the manifest by the case's own key (the key whose fingerprint every "
        "report of the case prints on its cover).")
    export.add_argument("--case", required=True, metavar="DIR", help="the case folder")
    export.add_argument("--out", required=True, metavar="FILE.zip", help="the bundle to write")
    export.add_argument("--no-sign", action="store_true", help="leave the bundle unsigned")
    export.add_argument("--lang", default="en", choices=strings.LANGUAGES,
                        help="the language of the PDF and HTML reports in the bundle "
                        "(default en)")
    export.add_argument("--no-reports", action="store_true",
                        help="leave the PDF and HTML reports out of the bundle")
    export.add_argument("--encrypt", action="store_true",
                        help="seal the bundle for transport with a passphrase (from "
                        f"${BUNDLE_PASSPHRASE_ENV}, else asked); `verify` and `import-bundle` "
                        "open it with the same passphrase. A court gets the plain bundle")
    export.add_argument("--timestamp", action="store_true",
                        help="go online and ask RFC 3161 time-stamping authorities to "
                        "timestamp the manifest (the default list, or --tsa); this reveals the "
                        "manifest's SHA-256 and the computer's address, nothing of the case. "
                        "Offline, the bundle is written without a timestamp")
    export.add_argument("--tsa", action="append", default=None, metavar="URL",
                        help="a time-stamping authority to ask instead of the default list "
                        "(repeat for several; implies --timestamp)")
    actor_option(export)
    export.set_defaults(handler=lambda args, _parser: run_export(args, ()))

    merge = commands.add_parser(
        "import-bundle", help="merge another monitor's evidence bundle into a case",
        description="The bundle is verified first and refused unless intact; archives with "
        "paths that escape, links or absurd sizes are refused unopened. It is merged only when "
        "signed by a key the case trusts (its own, or one accepted with `case trust`), unless "
        "--accept-unverified. Photos the case has are stored once; both custody logs are "
        "kept.")
    merge.add_argument("--case", required=True, metavar="DIR", help="the case folder")
    merge.add_argument("bundle", metavar="BUNDLE.zip", help="the bundle to merge")
    merge.add_argument("--accept-unverified", action="store_true",
                       help="merge a bundle that is unsigned or signed by a key the case does "
                       "not trust; the custody log records the merge as unverified")
    merge.add_argument("--json", action="store_true", help="print the result as JSON")
    actor_option(merge)
    merge.set_defaults(handler=run_import_bundle)


def actor_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--actor", default=None, help="who does this, for the custody log "
                        "(default: $SKVER_ACTOR or the login name)")


def run_export(args: argparse.Namespace, extra_files: Iterable[bundle.ExtraFile]) -> int:
    """Writes the bundle with its PDF and HTML reports (unless --no-reports); `extra_files`
    are more (name under reports/, path or bytes) to add."""
    from bundles import export

    progress = TerminalProgress(sys.stderr, "Writing the bundle")
    who = actor(args.actor)
    sealing = getattr(args, "encrypt", False)
    secret = new_passphrase("the encrypted bundle",
                            env=(BUNDLE_PASSPHRASE_ENV,)) if sealing else ""
    urls = _tsa_urls(args)
    with open_case(args.case) as case:
        try:
            result = export.export_bundle_with_reports(
                case, args.out, lang=getattr(args, "lang", "en"), prepared_by=who,
                sign=not args.no_sign, actor=who,
                with_reports=not getattr(args, "no_reports", False), extra_files=extra_files,
                seal=secret if sealing else None, progress=progress, timestamp_urls=urls)
        finally:
            progress.finish()
    say(f"{'Encrypted bundle' if sealing else 'Bundle'} written to {result.path}")
    say(f"  {result.files} files, {result.size_bytes:,} bytes; manifest SHA-256 "
        f"{result.manifest_sha256}")
    say(f"  signed by the case's key, fingerprint {result.fingerprint}" if result.fingerprint
        else "  not signed")
    if result.stamping is not None:
        _print_stamping(result.stamping)
    return EXIT_OK


def _tsa_urls(args: argparse.Namespace) -> tuple[str, ...]:
    """The authorities to ask: none unless --timestamp or --tsa (going online is asked for)."""
    from bundles import timestamps

    given = getattr(args, "tsa", None)
    if given:
        return timestamps.check_urls(given)
    return timestamps.DEFAULT_TSAS if getattr(args, "timestamp", False) else ()


def _print_stamping(stamping: timestamps.Stamping) -> None:
    for got in stamping.obtained:
        say(f"  timestamped by {got.tsa} at {got.attested_utc} ({got.url})")
    for failed in stamping.failed:
        say(f"  no timestamp from {failed.url}: {failed.reason}")
    if not stamping.obtained:
        say("  no timestamp was obtained: the bundle was written without one")


def run_verify_bundle(args: argparse.Namespace) -> int:
    from bundles import verify as bundle_verify

    progress = TerminalProgress(sys.stderr, "Verifying")
    try:
        with bundle_opener(args.bundle) as opener:
            report = bundle_verify.verify_bundle(
                args.bundle, progress=progress, expect_fingerprint=args.expect_fingerprint,
                filed_report=args.against, opener=opener)
    finally:
        progress.finish()
    if args.json:
        show_json(report.as_json())
    else:
        _print_report(report)
    return EXIT_OK if report.intact else EXIT_DISCREPANCY


def _print_report(report: bundle_verify.BundleReport) -> None:
    """The report a line per fact; the manifest's words (title, maker, software) are the
    bundle's, each shown whole on its line (`say`), so none can add a line of its own."""
    say(f"Bundle {report.path}")
    if report.case:
        say(f"  case            {report.case.get('title')} (id {report.case.get('id')})")
        say(f"  made            {report.created_utc} by {report.created_by} with Skver "
            f"{report.software}")
    say(f"  files           {report.files_intact} of {report.files} intact (SHA-256 "
        "recomputed)")
    say(f"  custody log     {report.entries} entries, hash chain recomputed")
    if report.signature == "valid":
        say(f"  signature       valid, by the key with fingerprint {report.fingerprint}")
    else:
        say(f"  signature       {report.signature}")
    for stamp in report.timestamps:
        say(f"  timestamp       {_stamp_line(stamp)}")
    if report.held_to_fingerprint:
        say(f"  checked against the key fingerprint given: {report.held_to_fingerprint}")
    if report.held_to_report:
        say(f"  checked against the filed report {report.held_to_report}")
    if not report.held_to_outside:
        say("  note            Nothing here was held to anything outside the bundle: a "
            "forger can make a changed bundle agree with itself. Check it --against the "
            "filed report, or --expect-fingerprint as given to you by another route.")
    for note in report.notes:
        say(f"  note            {note}")
    for problem in report.problems:
        say(f"  DISCREPANCY     {problem}")
    say("Intact." if report.intact else f"NOT INTACT: {len(report.problems)} discrepancies.")


def _stamp_line(stamp: timestamps.StampCheck) -> str:
    """A token's verdict in a line (the whole sentence is a note or a discrepancy below)."""
    from bundles.timestamps import StampState

    said = {StampState.TRUSTED: "trusted", StampState.UNTRUSTED: "authority not on the trust "
            "list", StampState.MISMATCH: "over ANOTHER manifest", StampState.BROKEN:
            "cannot be checked"}[stamp.state]
    when = f"{stamp.attested_utc} by {stamp.tsa}, " if stamp.attested_utc else ""
    return f"{stamp.file}: {when}{said}"


def run_import_bundle(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    from bundles import merge as bundle_import

    existing(args.bundle, what="bundle")
    progress = TerminalProgress(sys.stderr, "Importing photos")
    with open_case(args.case) as case:
        try:
            with bundle_opener(args.bundle) as opener:
                result = bundle_import.import_bundle(
                    case, args.bundle, actor=actor(args.actor), progress=progress,
                    accept_unverified=args.accept_unverified, opener=opener)
        finally:
            progress.finish()
        root = case.root
    if args.json:
        show_json(result.as_json())
        return EXIT_OK
    source = result.source_case
    photos = result.photos
    say(f"Merged {Path(args.bundle).name} (case {source.get('title')!r}, id "
        f"{source.get('id')}) into {root}")
    if result.trusted:
        say(f"  signed by       {result.fingerprint}: trusted ({result.trusted_as})")
    else:
        signer = f"signed by the untrusted key {result.fingerprint}" if result.fingerprint \
            else "not signed"
        say(f"  UNVERIFIED      {signer}; merged because --accept-unverified was given, "
            "and recorded so in the custody log")
    say(f"  photos          {photos['imported']} imported, {photos['duplicate']} already in "
        f"the case, {photos['rejected']} rejected")
    for rejected in result.rejected:
        say(f"  rejected        {rejected}")
    say(f"  venues          {result.venues_added} added")
    for slug in result.venues_differing:
        say(f"  note            venue {slug} differs in the bundle; the case's own is kept")
    say(f"  claims          {result.claims_added} added ({result.letters_added} letters), "
        f"{result.claims_present} already in the case")
    if result.occupancy_pages_added or result.occupancy_entries_added:
        say(f"  occupancy       {result.occupancy_pages_added} page(s) of the akimat's published "
            f"occupancy and {result.occupancy_entries_added} event(s) from them added")
    say(f"  observations    {result.observations_added} added, "
        f"{result.observations_present} already in the case, "
        f"{result.observations_skipped} skipped (their photo was rejected)")
    if result.proofs_added or result.proofs_present or result.proofs_skipped:
        say(f"  proofs          {result.proofs_added} capture-app proof(s) added, re-verified "
            f"from their own files; {result.proofs_present} already in the case, "
            f"{result.proofs_skipped} skipped (their photo was rejected)")
    if result.observations_conflicting:
        say(f"  note            {result.observations_conflicting} correction(s) or "
            "withdrawal(s) of observations this case had already corrected or withdrawn "
            "otherwise were not merged; the case's own are kept")
    say(f"  custody         the other monitor's log kept in {result.stored_in}/; entry "
        f"{result.custody_seq} records the merge")
    return EXIT_OK


@contextmanager
def bundle_opener(path: str) -> Iterator[transport.Opener | None]:
    """None for a plain bundle; for one encrypted for transport (its passphrase asked), what
    opens the zip inside it, decrypted as it is read: it is never written out."""
    from bundles import transport

    if not transport.is_encrypted(path):
        yield None
        return
    secret = passphrase(f"the encrypted bundle {path}",
                        env=(BUNDLE_PASSPHRASE_ENV, PASSPHRASE_ENV))
    with transport.opened(path, secret) as opener:
        yield opener
