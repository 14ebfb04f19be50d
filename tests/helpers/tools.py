"""The reference tools the tests check Skver against (ExifTool, poppler, qpdf, and the tools a
court clerk would use on a bundle). `make test` installs them as root
(scripts/system-packages.sh); a missing one fails the test that needs it, never skips it."""

from __future__ import annotations

import shutil

import pytest

# Each tool's Debian package.
PACKAGES = {
    "exiftool": "libimage-exiftool-perl",
    "pdffonts": "poppler-utils",
    "pdfimages": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "pdftotext": "poppler-utils",
    "qpdf": "qpdf",
    "jq": "jq",
    "openssl": "openssl",
    "sha256sum": "coreutils",
    # Makes a key as ProofMode's app does (its user ID certified with SHA-1).
    "gpg": "gnupg",
}


def tool(name: str) -> str:
    """The path of reference tool `name`; the test fails, naming its package, when it is
    missing."""
    path = shutil.which(name)
    if path is None:
        package = PACKAGES.get(name, name)
        pytest.fail(f"{name} is not installed: it is a reference tool this test checks Skver "
                    f"against. Install the Debian package {package} (`make test` installs it "
                    f"when run as root: scripts/system-packages.sh).", pytrace=False)
    return path
