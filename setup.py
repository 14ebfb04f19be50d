"""Two steps of a wheel build that pyproject.toml cannot say (the metadata lives there).

1. The map's web assets (Leaflet and friends, resources/web/vendor/) are git-ignored: a clean
   clone has none, and an app built from it would show an empty map. build_py makes them first
   with scripts/web_assets.py (`npm ci` from the committed lockfile, files hash-checked), which
   needs npm; without npm the build stops and says so.
2. resources/build-info.json records the version and the git commit the build came from, for
   `skver --version` and the About box. It is written into the build only, never the tree.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
VENDOR = HERE / "resources" / "web" / "vendor"


class BuildPy(build_py):
    def run(self) -> None:
        if not VENDOR.is_dir():
            self._make_web_assets()
            self.__dict__.pop("data_files", None)  # list the package data again, vendor too
        super().run()
        if not getattr(self, "editable_mode", False):  # an editable install asks git live
            self._write_build_info()

    def _make_web_assets(self) -> None:
        print("skver: resources/web/vendor is missing; running scripts/web_assets.py (npm)")
        done = subprocess.run([sys.executable, str(HERE / "scripts" / "web_assets.py")],
                              cwd=HERE, check=False)
        if done.returncode or not VENDOR.is_dir():
            raise SystemExit(
                "skver: the map's web assets could not be made (see above). They come from the "
                "npm registry: install Node.js with npm (Debian: apt-get install npm; elsewhere "
                "https://nodejs.org), then build again; or build from a tree where "
                "`make setup` already made resources/web/vendor/.")

    def _write_build_info(self) -> None:
        sys.path.insert(0, str(HERE))
        try:
            from evidence import buildinfo  # standard library only
        finally:
            sys.path.remove(str(HERE))
        target = Path(self.build_lib) / "resources" / buildinfo.BUILD_INFO
        target.parent.mkdir(parents=True, exist_ok=True)
        info = buildinfo.make_build_info(HERE, self.distribution.get_version())
        target.write_text(json.dumps(info, indent=1), encoding="utf-8")


setup(cmdclass={"build_py": BuildPy})
