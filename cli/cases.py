"""Case commands: `case init`, `case passphrase`, `case keys`, `case trust`, `case untrust`,
`import`, `photos`, `log`, `verify`."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from cli import bundles
from cli.common import (
    EXIT_DISCREPANCY,
    EXIT_OK,
    KEY_PASSPHRASE_ENV,
    NEW_KEY_PASSPHRASE_ENV,
    NEW_PASSPHRASE_ENV,
    TerminalProgress,
    actor,
    existing,
    key_passphrase,
    new_passphrase,
    open_case,
    passphrase,
)
from cli.output import json_text, say, show_json
from evidence import (
    casekeys,
    derived,
    facts,
    importer,
    keycare,
    phrases,
    places,
    proofimport,
    provenance,
    redaction,
    rekey,
    rotation,
    signing,
    store,
    verify,
)
from evidence.errors import KnownError
from evidence.provenance import Source
from evidence.store import Case
from reports import strings


def add_to(commands: argparse._SubParsersAction) -> None:
    case = commands.add_parser("case", help="create a case (a folder that keeps the evidence)")
    actions = case.add_subparsers(metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create a new case folder")
    init.add_argument("dir", metavar="DIR", help="a new or empty folder")
    init.add_argument("--title", default="", help="the case's title")
    init.add_argument("--timezone", metavar="ZONE",
                      help="IANA zone for photos with no offset and no GPS (e.g. Asia/Almaty)")
    init.add_argument("--encrypted", action="store_true",
                      help="encrypt the case with a passphrase (from $SKVER_PASSPHRASE, else "
                      "asked twice): nothing in the folder is readable without it")
    _actor_option(init)
    init.set_defaults(handler=run_init)

    change = _with_case(actions.add_parser(
        "passphrase", help="change an encrypted case's passphrase (recorded in the custody log)",
        description="The old passphrase from $SKVER_PASSPHRASE (else asked), the new one from "
        "$SKVER_NEW_PASSPHRASE (else asked twice). Only the keyfile is rewritten: the old "
        "passphrase still opens any copy of the old keyfile (a backup, or one taken with a "
        "copy of the laptop), and with it everything added later. With --rotate, every "
        "file and the database are encrypted again under a new data key, so no old keyfile "
        "opens the case any more."))
    change.add_argument("--rotate", action="store_true",
                        help="also change the data key: encrypt every file and the database "
                        "again (takes as long as copying the case; a crash at any moment "
                        "leaves the case opening with one of the two passphrases)")
    _actor_option(change)
    change.set_defaults(handler=run_passphrase)

    backup_key = _with_case(actions.add_parser(
        "backup-key", help="save a copy of an encrypted case's keyfile (keep it apart from "
        "the laptop)",
        description="A damaged keyfile loses the whole case, whatever the passphrase: keep a "
        "copy on a USB stick or another computer. The copy opens the case with the "
        "passphrase the case has now; it holds no data and needs no passphrase to make."))
    backup_key.add_argument("--out", required=True, metavar="FILE",
                            help="a new file for the copy")
    backup_key.set_defaults(handler=run_backup_key)

    rebuild = actions.add_parser(
        "rebuild-derived", help="remake thumbnails and display copies from the originals")
    _with_case(rebuild).set_defaults(handler=run_rebuild)

    keys = _with_case(actions.add_parser(
        "keys", help="the case's own signing key and the other keys it trusts"))
    keys.add_argument("--json", action="store_true", help="print them as JSON")
    keys.set_defaults(handler=run_keys)
    trust = _with_case(actions.add_parser(
        "trust", help="trust another case's signing key, so that its bundles can be merged",
        description="Give the fingerprint as it reached you by a route a forger does not "
        "control (read out in person or by phone, printed on a filed report), and say which "
        "with --note: the custody log keeps who trusted the key, when and why."))
    trust.add_argument("fingerprint", metavar="FINGERPRINT",
                       help="64 hex digits (spaces, colons and capitals do not matter)")
    trust.add_argument("--note", required=True, help="how the fingerprint reached you")
    _actor_option(trust)
    trust.set_defaults(handler=run_trust)
    protect = _with_case(actions.add_parser(
        "protect-key", help="protect a plain case's signing key with a passphrase of its own",
        description="A plain case keeps its signing key as a file: whoever copies the folder "
        "can sign bundles as this case. This encrypts it with a passphrase (from "
        "$SKVER_NEW_KEY_PASSPHRASE, else asked twice); signing then asks for it "
        "($SKVER_KEY_PASSPHRASE). Its fingerprint does not change. An encrypted case's key is "
        "already encrypted with the case."))
    _actor_option(protect)
    protect.set_defaults(handler=run_protect_key)
    export_key = _with_case(actions.add_parser(
        "export-key", help="back up the case's signing key, encrypted with a passphrase",
        description="Writes the private key to a new file, encrypted with a passphrase (a "
        "protected key: its own, from $SKVER_KEY_PASSPHRASE; else from "
        "$SKVER_NEW_KEY_PASSPHRASE, or asked twice). Keep it apart from the laptop; the "
        "custody log records the export (the file's name, not its folder)."))
    export_key.add_argument("--out", required=True, metavar="FILE",
                            help="a new file for the key (PEM, PKCS#8, encrypted)")
    _actor_option(export_key)
    export_key.set_defaults(handler=run_export_key)
    rotate_key = _with_case(actions.add_parser(
        "rotate-key", help="give the case a new signing key, the change recorded and signed "
        "by the old key",
        description="The custody log records the old and the new fingerprint, signed by the "
        "old key when it can still be read, so that whoever checks a bundle can follow from "
        "one to the other; bundles signed before still verify with the old fingerprint. Tell "
        "everyone who trusts the old fingerprint the new one."))
    rotate_key.add_argument("--note", default="", help="why (kept in the custody log)")
    rotate_key.add_argument("--old-key-lost", action="store_true",
                            help="the old key's passphrase is forgotten: record the change "
                            "unsigned")
    _actor_option(rotate_key)
    rotate_key.set_defaults(handler=run_rotate_key)
    untrust = _with_case(actions.add_parser(
        "untrust", help="stop trusting a key (a laptop seized, a key lost); recorded"))
    untrust.add_argument("fingerprint", metavar="FINGERPRINT")
    untrust.add_argument("--note", default="", help="why")
    _actor_option(untrust)
    untrust.set_defaults(handler=run_untrust)

    imp = _with_case(commands.add_parser(
        "import", help="copy photos into a case: once each, never altered"))
    imp.add_argument("paths", nargs="+", metavar="PATH", help="photo files or folders")
    imp.add_argument("--source-label", default="", metavar="TEXT",
                     help='what the files come from, for the custody log (e.g. "second '
                     'phone, SD card"); each file is recorded by its path inside the folder '
                     "given (a file given on its own: by its name)")
    imp.add_argument("--full-paths", action="store_true",
                     help="also record each file's absolute path and the folder given (they "
                     "can name you or your device; they travel in every bundle)")
    imp.add_argument("--json", action="store_true", help="print a JSON array of results")
    imp.add_argument("--workers", type=int, default=None, metavar="N",
                     help="worker processes (default: one per core)")
    _actor_option(imp)
    imp.set_defaults(handler=run_import)

    photos = _with_case(commands.add_parser("photos", help="list a case's photos"))
    photos.add_argument("--json", action="store_true",
                        help="inspect's JSON fields plus the case identifiers")
    photos.set_defaults(handler=run_photos)

    log = _with_case(commands.add_parser("log", help="print a case's custody log"))
    log.add_argument("--json", action="store_true", help="print the entries as JSON")
    log.set_defaults(handler=run_log)

    check = commands.add_parser(
        "verify", help="check a case (--case DIR) or an evidence bundle (BUNDLE.zip): every "
        "hash, every record, the custody chain",
        description="Exit status 0 only when everything is intact, 3 when discrepancies "
        "were found, 1 when a bundle cannot be read or is refused as hostile.")
    check.add_argument("bundle", nargs="?", metavar="BUNDLE.zip",
                       help="an evidence bundle made by `export` (needs no case)")
    check.add_argument("--case", metavar="DIR", help="the case folder")
    check.add_argument("--expect-fingerprint", metavar="FP", default=None,
                       help="with a bundle: the fingerprint of the key that must have signed "
                       "it, as given to you by another route (spaces and case do not matter)")
    check.add_argument("--against", metavar="REPORT", default=None,
                       help="with a bundle: the report filed in court (PDF or HTML); the "
                       "bundle must be signed by the key it names, hold the custody entry it "
                       "recorded, and hold every exhibit it shows")
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    _actor_option(check)
    check.set_defaults(handler=run_verify)


def _with_case(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--case", required=True, metavar="DIR", help="the case folder")
    return parser


def _actor_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--actor", default=None, help="who does this, for the custody log "
                        "(default: $SKVER_ACTOR or the login name)")


def run_init(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    secret = new_passphrase("the new encrypted case") if args.encrypted else None
    with Case.create(Path(args.dir), title=args.title, timezone=args.timezone,
                     actor=actor(args.actor), passphrase=secret) as case:
        info = case.info
    say(f"Created {'encrypted ' if args.encrypted else ''}case {info.id} at {case.root}")
    if args.encrypted:
        say("  Keep the passphrase safe: without it nothing in the case can be read, by "
            "anyone, Skver included.")
        say(f"  Keep a copy of its keyfile apart from this computer too (a damaged keyfile "
            f"loses the case): skver case backup-key --case {case.root} --out "
            "/media/USB/case.keyfile")
    return EXIT_OK


def _encrypted_root(folder: str, lacks: str) -> Path:
    """The encrypted case's folder, absolute; a KnownError naming what a plain case lacks."""
    root = Path(folder).absolute()
    if not casekeys.is_encrypted(root):
        raise KnownError(f"{root} is not an encrypted case; it has no {lacks}.")
    return root


def run_backup_key(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    root = _encrypted_root(args.case, "keyfile to back up")
    out = Path(args.out).absolute()
    casekeys.backup(root, out)
    say(f"The keyfile of {root} was copied to {out}.")
    say(f"  If the case's keyfile is ever damaged, copy this file back as "
        f"{root / casekeys.KEYFILE} and open the case with its passphrase of today. After a "
        "passphrase change, make a new copy.")
    return EXIT_OK


def run_passphrase(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    root = _encrypted_root(args.case, "passphrase to change")
    old = passphrase(f"the encrypted case {root} (the current one)")
    new = new_passphrase(f"the encrypted case {root} (the new one)", env=(NEW_PASSPHRASE_ENV,))
    if args.rotate:
        progress = TerminalProgress(sys.stderr, "Encrypting again")
        with Case.open(root, passphrase=old) as case:
            rotation.rotate(case, old, new, actor(args.actor), progress=progress)
        progress.finish()
        casekeys.lock(root)
        say(f"The data key of {root} was changed and every file encrypted again under it; "
            "the new passphrase opens it, and no copy of the old keyfile does.")
        say(f"  Replace your keyfile backups with a new one: skver case backup-key --case "
            f"{root} --out FILE")
        return EXIT_OK
    with Case.open(root, passphrase=old) as case:
        rekey.change_passphrase(case, old, new, actor(args.actor))
    casekeys.lock(root)
    say(f"The passphrase of {root} was changed: its keyfile now opens with the new one only.")
    say("  The old passphrase still opens any copy of the old keyfile (a backup, or one taken "
        "with a copy of this computer), and with it everything added since. Replace your "
        "keyfile backups with a new one: skver case backup-key --case "
        f"{root} --out FILE")
    say("  To make the old keyfile useless too, change the data key: skver case passphrase "
        f"--rotate --case {root}")
    return EXIT_OK


def run_keys(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    with open_case(args.case) as case:
        keys = signing.trusted(store.log.entries(case))
        at_rest = keycare.at_rest(case)
    if args.json:
        show_json([asdict(key) for key in keys.values()])
        return EXIT_OK
    if not any(key.own for key in keys.values()):
        say("The case has no signing key yet: it gets one with its first report or bundle.")
    for key in keys.values():
        whose = "the case's own key" if key.own else f"trusted: {key.note}"
        say(f"{key.fingerprint}  {whose}")
        say(f"    custody entry {key.seq}, {key.at_utc}, by {key.actor}")
    kept = {"encrypted case": "The signing key is kept encrypted with the case.",
            "passphrase": "The signing key is protected by a passphrase of its own.",
            "unprotected": keycare.UNPROTECTED.format(root=case.root)}.get(at_rest)
    if kept:
        say(kept)
    old_key = keycare.legacy_key()
    if old_key is not None:
        say(f"An unprotected signing key of an older Skver lies in {old_key}: Skver no longer "
            "signs with it, but whoever copies this computer's data folder could. Keep an "
            "encrypted copy if bundles it signed still matter (openssl pkey -in FILE -aes256 "
            "-out COPY), then delete it.")
    return EXIT_OK


def _new_key_passphrase(purpose: str) -> str:
    return passphrase(purpose, env=(NEW_KEY_PASSPHRASE_ENV,), confirm=True)


def run_protect_key(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    with open_case(args.case) as case:
        if case.encrypted:
            keycare.protect(case, "", actor(args.actor))  # refused, with why
        secret = _new_key_passphrase("the case's signing key (new)")
        fp = keycare.protect(case, secret, actor(args.actor))
    say(f"The signing key {fp} is now protected by its passphrase; signing a bundle asks for "
        f"it (or reads ${KEY_PASSPHRASE_ENV}). Without it the key cannot be recovered: back it "
        f"up with skver case export-key --case {case.root} --out FILE")
    return EXIT_OK


def run_export_key(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    out = Path(args.out).absolute()
    with open_case(args.case) as case:
        if keycare.protected(case):
            secret = key_passphrase()
            fp = keycare.export(case, out, secret, actor(args.actor), key_passphrase=secret)
        else:
            secret = _new_key_passphrase(f"the key's copy in {out}")
            fp = keycare.export(case, out, secret, actor(args.actor))
    say(f"The signing key {fp} was written to {out}, encrypted with the passphrase given.")
    say("  Keep it apart from this computer. openssl pkey -in FILE reads it with the "
        "passphrase.")
    return EXIT_OK


def run_rotate_key(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    with open_case(args.case) as case:
        protected = bool(keycare.protected(case)) and not case.encrypted
        old_secret = None
        if protected and not args.old_key_lost:
            old_secret = key_passphrase()
        new_secret = _new_key_passphrase("the case's new signing key") if protected else None
        old, new, signed = keycare.rotate(case, actor(args.actor), reason=args.note,
                                          passphrase=new_secret, key_passphrase=old_secret,
                                          old_key_lost=args.old_key_lost)
    say(f"The case's signing key is now {new} (it was {old}).")
    say("  The change is recorded in the custody log, " + (
        "signed by the old key." if signed else "unsigned: the old key could not be read."))
    say("  Bundles signed before still verify with the old fingerprint. Tell everyone who "
        "checks this case's bundles the new fingerprint, by a route a forger does not control.")
    return EXIT_OK


def run_trust(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    with open_case(args.case) as case:
        key = signing.trust(case, args.fingerprint, note=args.note, actor=actor(args.actor))
    say(f"The case now trusts {key.fingerprint} (custody entry {key.seq}): bundles signed by "
        "it can be merged with import-bundle.")
    return EXIT_OK


def run_untrust(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    with open_case(args.case) as case:
        signing.untrust(case, args.fingerprint, note=args.note, actor=actor(args.actor))
    say(f"The case no longer trusts {signing.normalised(args.fingerprint)}.")
    return EXIT_OK


def run_rebuild(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    progress = TerminalProgress(sys.stderr, "Rebuilding")
    with open_case(args.case) as case:
        photos = [(p.sha256, p.stored_path, p.media_type)
                  for p in store.photos.all_photos(case)]
        problems = derived.rebuild(case.files, photos, progress=progress)
        problems += redaction.rebuild(case)  # redacted copies: from originals + regions
        upgraded = places.upgrade_unbound(case)  # an encrypted case's older files, bound
    progress.finish()
    for problem in problems:
        say(f"not rebuilt  {problem}")
    say(f"Derived files rebuilt for {len(photos) - len(problems)} of {len(photos)} photos.")
    if upgraded:
        files = "1 encrypted file of the older format was" if upgraded == 1 else \
            f"{upgraded} encrypted files of the older format were"
        say(f"{files} rewritten, each bound to its place in the case.")
    return EXIT_OK


def run_import(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    existing(*args.paths)
    source = Source(provenance.clean_label(args.source_label), full_paths=args.full_paths)
    progress = TerminalProgress(sys.stderr, "Importing")
    counts = {"imported": 0, "duplicate": 0, "rejected": 0}
    with open_case(args.case) as case:
        results = importer.import_paths(case, args.paths, actor=actor(args.actor),
                                        source=source, workers=args.workers, progress=progress)
        out = sys.stdout
        if args.json:
            out.write("[")
        for n, result in enumerate(results):
            progress.clear()
            counts[result.outcome] += 1
            if args.json:
                out.write(("\n" if n == 0 else ",\n") + json_text(result.as_json()))
            elif result.outcome == "rejected":
                say(f"rejected  {result.source}: {result.reason}")
        progress.finish()
        if args.json:
            out.write("\n]\n" if sum(counts.values()) else "]\n")
        else:
            say(f"{counts['imported']} imported, {counts['duplicate']} already in the case, "
                f"{counts['rejected']} rejected.")
    return EXIT_OK


def run_photos(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    with open_case(args.case) as case:
        listing = photo_listing(case)
    if args.json:
        show_json(listing)
        return EXIT_OK
    for photo in listing:
        codes = ",".join([f["code"] for f in photo["findings"]] + [  # and its proofs'
            f["code"] for proof in photo["proofs"] for f in proof["findings"]]) or "-"
        # the moment the verdicts use (the GPS clock's when the camera's is off), and its source
        when = photo["established_utc"] or "time unknown"
        say(f"{photo['id']:>5}  {when:<20}  {photo['original_name']}  [{codes}]  "
            f"({photo['time_basis']})")
    return EXIT_OK


def photo_listing(case: Case) -> list[dict[str, Any]]:
    """Each photo as `inspect --json` gives it, plus its identifiers in the case."""
    data = store.read(case)
    english = strings.table("en")
    first_imports = {record.photo_id: record for record in reversed(data.imports)}
    listing = []
    for photo in data.photos:
        record = json.loads(photo.stored_json)
        first = first_imports.get(photo.id)
        record.update({
            "path": str(case.path_of(photo.stored_path)), "id": photo.id,
            "case_id": data.info.id,
            "original_name": first.source_name if first else None,
            "original_path": first.source_path if first else None,
            "original_source_label": first.source_label if first else None,
            "imported_utc": first.imported_utc if first else None,
            "imported_by": first.actor if first else None})
        fact = facts.photo_fact(photo)
        record.update({"established_utc": None if fact.instant is None
                       else fact.instant.strftime("%Y-%m-%dT%H:%M:%SZ"),
                       # a video's said as a video's (Apple's creation date: the phone's clock)
                       "time_basis": phrases.render_medium(fact.basis, english, fact.is_video),
                       # what capture apps' proofs (ProofMode, Tella) state, and their findings
                       "proofs": [proofimport.as_json(p, photo.inspection)
                                  for p in data.proofs_of(photo.id)]})
        listing.append(record)
    return listing


def run_log(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    with open_case(args.case) as case:
        entries = list(store.log.entries(case))
    if args.json:
        show_json([entry.__dict__ for entry in entries])
        return EXIT_OK
    for entry in entries:
        subject = f"  {entry.object_hash[:16]}…" if entry.object_hash else ""
        name = entry.details.get("source_name") or entry.details.get("title") or ""
        if entry.action in ("import", "import-duplicate"):
            name = provenance.Provenance.of(entry.details).describe()
        say(f"{entry.seq:>6}  {entry.at_utc}  {entry.actor:<12}  {entry.action:<16}"
            f"{subject}  {name}".rstrip())
        say(f"        hash {entry.entry_hash}  (previous {entry.prev_hash[:16]}…)")
    return EXIT_OK


def run_verify(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if (args.bundle is None) == (args.case is None):
        parser.error("verify takes either a bundle (verify BUNDLE.zip) or --case DIR")
    if args.bundle is not None:
        existing(args.bundle, what="bundle")
        if args.against:
            existing(args.against, what="report")
        return bundles.run_verify_bundle(args)
    if args.expect_fingerprint or args.against:
        parser.error("--expect-fingerprint and --against check a bundle: verify BUNDLE.zip "
                     "--against REPORT.pdf")
    progress = TerminalProgress(sys.stderr, "Verifying")
    with open_case(args.case) as case:
        report = verify.verify(case, actor=actor(args.actor), progress=progress)
        root = case.root
    progress.finish()
    if args.json:
        show_json({"intact": report.intact, **report.__dict__})
    else:
        say(f"Case {root}")
        say(f"  custody log     {report.entries} entries checked")
        say(f"  originals       {report.originals_intact} of {report.photos} intact "
            "(SHA-256 recomputed)")
        say(f"  records         {report.photos} photos, {report.imports} imports checked "
            "against the custody log")
        for note in report.notes:
            say(f"  note            {note}")
        for problem in report.problems:
            say(f"  DISCREPANCY     {problem}")
        say("Intact." if report.intact else f"NOT INTACT: {len(report.problems)} discrepancies.")
    return EXIT_OK if report.intact else EXIT_DISCREPANCY
