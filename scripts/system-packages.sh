#!/bin/sh
# Installs the Debian packages Skver needs (Qt's runtime libraries, ExifTool for the reference
# tests, poppler and qpdf for checking reports, openssl and jq for the bundle's SIGNATURE.txt
# commands, GnuPG for making keys as ProofMode makes them) when running as root on Debian; otherwise says what is missing and goes on, because the
# Python side works without them (the tests that need a reference tool then fail, naming it).
set -eu
PACKAGES="libasound2 libdbus-1-3 libegl1 libfontconfig1 libgbm1 libgl1 libglib2.0-0 libnss3
libxcomposite1 libxdamage1 libxkbcommon0 libxkbfile1 libxrandr2 libxtst6 fonts-dejavu-core
libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-shape0
libxkbcommon-x11-0 xvfb libimage-exiftool-perl poppler-utils qpdf openssl jq gnupg python3-venv"

command -v dpkg-query >/dev/null 2>&1 || { echo "system-packages: not Debian, skipping apt"; exit 0; }
missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# The map's web assets come from the npm registry. Node.js may come from elsewhere (e.g.
# NodeSource's nodejs, which carries npm and conflicts with Debian's npm): only a missing npm
# command asks for Debian's.
command -v npm >/dev/null 2>&1 || missing="$missing npm"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "system-packages: missing Debian packages:$missing"
    echo "system-packages: run as root, or: sudo apt-get install$missing"
    exit 0
fi
echo "system-packages: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
