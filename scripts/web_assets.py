"""Installs the map's web assets (Leaflet and friends) from the npm registry, pinned, offline after.

    python3 scripts/web_assets.py                    # what `make setup` runs
    python3 scripts/web_assets.py --update-manifest  # after changing a version in package.json

`npm ci` installs exactly what resources/web/package-lock.json pins into resources/web/
node_modules/ (only when the lockfile changed since the last install); then the few files the map
uses, listed in resources/web/assets.json, are copied into resources/web/vendor/ and checked
against the SHA-256 the manifest records. Both folders are git-ignored.

Why copy rather than read node_modules: the app then depends on one small, flat folder whose
every file is named and hashed in the committed manifest, whatever npm's layout; node_modules is
only the installer's cache. Standard library only: this runs before the venv exists.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

WEB = Path(__file__).resolve().parent.parent / "resources" / "web"
MANIFEST = WEB / "assets.json"
LOCKFILE = WEB / "package-lock.json"
MODULES = WEB / "node_modules"
VENDOR = WEB / "vendor"
NPM_CI = ["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"]


def main(argv: list[str]) -> int:
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    if _needs_install(manifest):
        npm = shutil.which("npm")
        if npm is None:
            print("web-assets: npm is not installed, and the map's web assets (Leaflet) come "
                  "from the npm registry. Install Node.js with npm (Debian: apt-get install "
                  "npm), then run `make setup` again.", file=sys.stderr)
            return 1
        print(f"web-assets: {' '.join(NPM_CI)} (in resources/web/)")
        subprocess.run([npm, *NPM_CI[1:]], cwd=WEB, check=True)
    if "--update-manifest" in argv:
        _update_manifest(manifest)
    return _copy_and_check(manifest)


def _needs_install(manifest: dict) -> bool:
    """True unless node_modules holds what the lockfile pins (npm ci leaves this record)."""
    record = MODULES / ".package-lock.json"
    if not record.is_file() or record.stat().st_mtime < LOCKFILE.stat().st_mtime:
        return True
    installed = json.loads(record.read_text(encoding="utf-8")).get("packages", {})
    return any(installed.get(f"node_modules/{name}", {}).get("version") != version
               for name, version in manifest["packages"].items())


def _copy_and_check(manifest: dict) -> int:
    staging = WEB / ".vendor-staging"
    shutil.rmtree(staging, ignore_errors=True)
    wrong = []
    for target, entry in manifest["files"].items():
        source = MODULES / entry["from"]
        if not source.is_file():
            wrong.append(f"{entry['from']} is missing from node_modules")
            continue
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
        if digest != entry["sha256"]:
            wrong.append(f"{entry['from']} has SHA-256 {digest}, the manifest says "
                         f"{entry['sha256']}")
            continue
        (staging / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, staging / target)
    if wrong:
        shutil.rmtree(staging, ignore_errors=True)
        print("web-assets: the installed files are not the ones resources/web/assets.json "
              "names:\n  " + "\n  ".join(wrong), file=sys.stderr)
        return 1
    shutil.rmtree(VENDOR, ignore_errors=True)
    os.replace(staging, VENDOR)
    print(f"web-assets: {len(manifest['files'])} files checked and copied into "
          f"{VENDOR.relative_to(WEB.parent.parent)}/")
    return 0


def _update_manifest(manifest: dict) -> None:
    """Records the installed versions and the hashes of the listed files (a developer's step)."""
    lock = json.loads(LOCKFILE.read_text(encoding="utf-8"))["packages"]
    for name in manifest["packages"]:
        manifest["packages"][name] = lock[f"node_modules/{name}"]["version"]
    for entry in manifest["files"].values():
        entry["sha256"] = hashlib.sha256((MODULES / entry["from"]).read_bytes()).hexdigest()
    MANIFEST.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"web-assets: {MANIFEST.name} updated")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
