"""Bundles of a case whose observations were corrected and withdrawn: exported, verified (the
verdicts judged again from the observations in effect), merged with each correction and
withdrawal naming the merging case's own rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from bundles import recompute, writer
from bundles.merge import import_bundle
from bundles.verify import verify_bundle
from evidence import analysis, observations, store, verify
from evidence.model import Observation, Tag
from evidence.store import Case
from tests.helpers.casework import add_claim, add_photo, add_venue
from tests.helpers.forgery import Manifest, forge, manifest_of

WINDOW = ("2022-08-20 18:00", "2022-08-20 23:00")
AIGERIM = "Aigerim (monitor)"


def verdict(case: Case, number: str = "Z-1") -> str:
    return next(c.verdict.value for c in analysis.analyze_case(case).claims
                if c.claim.document_number == number)


@pytest.fixture
def monitor(tmp_path) -> Path:
    """Aigerim's case: a refusal for "another event"; a crowd photo first tagged empty, then
    corrected; an empty-venue photo whose observation was withdrawn (the wrong photo)."""
    root = tmp_path / "aigerim"
    with Case.create(root, title="A", timezone="Asia/Almaty", actor=AIGERIM) as case:
        add_claim(case, add_venue(case), *WINDOW, "other_event")
        crowd = add_photo(case, tmp_path, "crowd.jpg", "2022-08-20 18:30")
        empty = add_photo(case, tmp_path, "empty.jpg", "2022-08-20 20:30")
        wrong = observations.add(case, Observation(crowd, AIGERIM, (Tag.VENUE_EMPTY,), 0),
                                 AIGERIM)
        observations.correct(case, wrong.id, Observation(
            crowd, AIGERIM, (Tag.EVENT_IN_PROGRESS, Tag.STAGE_OR_EQUIPMENT), 300), AIGERIM)
        mistaken = observations.add(case, Observation(empty, AIGERIM, (Tag.VENUE_EMPTY,), 0),
                                    AIGERIM)
        observations.withdraw(case, mistaken.id, AIGERIM, AIGERIM, "another day's photo")
        assert verdict(case) == "supported"
    return root


def export(root: Path, out: Path, sign: bool = True) -> Path:
    with Case.open(root) as case:
        return writer.export(case, out, actor=AIGERIM, sign=sign).path


@pytest.fixture
def other_case(tmp_path) -> Path:
    with Case.create(tmp_path / "bolat", title="B", timezone="Asia/Almaty", actor="Bolat"):
        pass
    return tmp_path / "bolat"


def test_a_bundle_with_corrections_and_withdrawals_exports_and_verifies(monitor, tmp_path):
    bundle = export(monitor, tmp_path / "a.zip")
    report = verify_bundle(bundle)
    assert report.intact, report.problems
    manifest = manifest_of(bundle)
    assert manifest["format"]["version"] == 2
    rows = manifest["observations"]
    # a row says what it corrects or withdraws; the others carry neither key, as before
    assert [{k: r[k] for k in ("replaces", "withdraws") if k in r} for r in rows] == [
        {}, {"replaces": 1}, {}, {"withdraws": 3}]
    assert recompute.verdict_findings(manifest) == ([], [])
    data = recompute.case_data(manifest)
    assert [o.id for seen in data.observations.values() for o in seen] == [2]


def test_a_bundle_without_any_stays_in_the_format_every_skver_reads(tmp_path):
    with Case.create(tmp_path / "c", title="", timezone="Asia/Almaty", actor="t") as case:
        add_claim(case, add_venue(case), *WINDOW, "other_event")
        photo = add_photo(case, tmp_path, "p.jpg", "2022-08-20 18:30")
        observations.add(case, Observation(photo, "t", (Tag.VENUE_EMPTY,)), "t")
        bundle = writer.export(case, tmp_path / "c.zip", actor="t").path
    manifest = manifest_of(bundle)
    assert manifest["format"]["version"] == 1
    # rows as an older Skver recorded and reads them: no replaces or withdraws keys
    assert set(manifest["observations"][0]) == {"id", "photo_id", "reviewer", "observed_utc",
                                                "tags", "people_count", "note"}
    assert verify_bundle(bundle).intact


def test_recompute_judges_again_without_a_withdrawal(monitor, tmp_path):
    """The withdrawal left out of the manifest: the withdrawn photo counts again, so the
    stated verdict no longer follows, and the log still names the row."""
    bundle = export(monitor, tmp_path / "a.zip", sign=False)

    def edit(manifest: Manifest) -> None:
        manifest["observations"] = [r for r in manifest["observations"] if not r.get("withdraws")]
    problems = verify_bundle(forge(bundle, tmp_path / "f.zip", edit)).problems
    assert "Observation 4 is in the custody log but missing from the manifest." in problems
    assert any("states the verdict “supported”, but its own photos, observations and rules "
               "give “mixed”" in p for p in problems), problems


def test_a_forged_withdrawal_in_a_manifest_is_named(monitor, tmp_path):
    bundle = export(monitor, tmp_path / "a.zip", sign=False)

    def edit(manifest: Manifest) -> None:
        manifest["observations"][1]["replaces"] = None
        manifest["observations"][1]["withdraws"] = 1
    problems = verify_bundle(forge(bundle, tmp_path / "f.zip", edit)).problems
    assert ("Observation 2 (the withdrawal of observation 1) in the manifest differs from what "
            "the custody log last recorded for it: edited outside Skver.") in problems


def test_version_1_cannot_carry_withdrawals(monitor, tmp_path):
    bundle = export(monitor, tmp_path / "a.zip", sign=False)

    def edit(manifest: Manifest) -> None:
        manifest["format"]["version"] = 1
    problems = verify_bundle(forge(bundle, tmp_path / "f.zip", edit)).problems
    assert any("says bundle format version 1, but its observations include corrections"
               in p for p in problems), problems


def test_merged_corrections_and_withdrawals_name_the_merging_cases_rows(monitor, other_case,
                                                                        tmp_path):
    first = export(monitor, tmp_path / "a.zip")
    with Case.open(other_case) as case:
        # Bolat's own observation first, so that the merged rows get other ids here.
        extra = add_photo(case, tmp_path, "mine.jpg", "2021-01-01 12:00")
        observations.add(case, Observation(extra, "Bolat", (Tag.ACCESS_OPEN,)), "Bolat")
        result = import_bundle(case, first, actor="Bolat", accept_unverified=True)
        assert (result.observations_added, result.observations_present) == (4, 0)
        assert verdict(case) == "supported"
        rows = [o for seen in store.read(case).observation_history.values() for o in seen]
        merged = {o.observed_utc: o for o in rows if o.reviewer == AIGERIM}
        assert len(merged) == 4
        correction = next(o for o in merged.values() if o.replaces is not None)
        withdrawal = next(o for o in merged.values() if o.withdraws is not None)
        assert store.observations.get(case, correction.replaces).tags == (Tag.VENUE_EMPTY,)
        assert store.observations.get(case, withdrawal.withdraws).reviewer == AIGERIM
        entries = {e.details.get("row_id"): e for e in store.log.entries(case)
                   if e.action == "observation-imported"}
        assert entries[correction.id].details["replaces"] == correction.replaces
        assert entries[withdrawal.id].details["withdraws"] == withdrawal.withdraws
        assert verify.verify(case, actor="Bolat").intact

    # Aigerim withdraws her correction too; her next bundle brings only that.
    with Case.open(monitor) as case:
        observations.withdraw(case, 2, AIGERIM, AIGERIM, "not the venue after all")
        assert verdict(case) == "unverified"
    second = export(monitor, tmp_path / "b.zip")
    with Case.open(other_case) as case:
        result = import_bundle(case, second, actor="Bolat", accept_unverified=True)
        assert (result.observations_added, result.observations_present) == (1, 4)
        assert verdict(case) == "unverified"
        assert verify.verify(case, actor="Bolat").intact


def test_a_correction_the_merging_case_already_made_otherwise_is_kept_as_the_case_has_it(
        monitor, other_case, tmp_path):
    with Case.open(other_case) as case:
        import_bundle(case, export(monitor, tmp_path / "a.zip"), actor="Bolat",
                      accept_unverified=True)
        here = next(o for seen in store.read(case).observations.values() for o in seen
                    if o.replaces is not None)     # the merged correction
        observations.correct(case, here.id, Observation(
            here.photo_id, AIGERIM, (Tag.EVENT_IN_PROGRESS,), 250), AIGERIM)
    with Case.open(monitor) as case:
        observations.withdraw(case, 2, AIGERIM, AIGERIM)
    with Case.open(other_case) as case:
        result = import_bundle(case, export(monitor, tmp_path / "b.zip"), actor="Bolat",
                               accept_unverified=True)
        assert (result.observations_added, result.observations_conflicting) == (0, 1)
        assert observations.current(case, here.photo_id, AIGERIM).people_count == 250
        assert verify.verify(case, actor="Bolat").intact
