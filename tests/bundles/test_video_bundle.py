"""A bundle with a video: the original carried whole, the observation's moment in its records,
and `verify` judges its refusal again from them, over the video's span: a duration changed in
the manifest gives another coverage, and verify names it."""

from __future__ import annotations

import copy
import hashlib
import json
import zipfile
from pathlib import Path

from bundles import recompute
from bundles import verify as bundle_verify
from bundles import writer as bundle
from evidence.store import Case
from tests.helpers.files import sha256_of
from tests.helpers.videos import filmed_case


def test_a_bundle_with_a_video_verifies_and_its_span_is_judged_again(tmp_path: Path):
    made = filmed_case(tmp_path, observed_at=83.0)
    with Case.open(made.root) as case:
        bundle.export(case, tmp_path / "case.zip", actor="t")
    report = bundle_verify.verify_bundle(tmp_path / "case.zip")
    assert report.intact, report.problems
    with zipfile.ZipFile(tmp_path / "case.zip") as zf:
        manifest = json.loads(zf.read("manifest.json"))
        [name] = [n for n in zf.namelist() if n.endswith(".mp4")]
        assert hashlib.sha256(zf.read(name)).hexdigest() == sha256_of(made.clip)   # carried whole
    [seen] = manifest["observations"]
    assert seen["at_s"] == 83.0
    [stated] = manifest["analysis"]["claims"]
    assert stated["coverage"]["covered_s"] == 32 * 60                # 18:14-18:46
    assert recompute.verdict_findings(manifest) == ([], [])
    forged = copy.deepcopy(manifest)
    [video] = [f for f in forged["files"] if f["kind"] == "photo"]
    video["inspection"]["duration_s"] = 1800.0                       # "it filmed 30 minutes"
    problems, _ = recompute.verdict_findings(forged)
    assert problems and "coverage" in problems[0]

