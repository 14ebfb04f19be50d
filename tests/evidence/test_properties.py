"""Quick property tests of the readers of hostile input: the fuzz targets' own oracles, run on
a small budget of hypothesis examples in the normal test run (fuzz/run.py runs them long)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from fuzz import fuzz_claims_csv, fuzz_geojson, fuzz_metadata

QUICK = settings(max_examples=50, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture,
                                        HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz-work")


@pytest.mark.slow
@pytest.mark.parametrize("target", [fuzz_metadata, fuzz_claims_csv, fuzz_geojson],
                         ids=lambda t: t.NAME)
def test_hostile_input_gets_an_answer_never_a_crash(target, work):
    """Metadata: a result with its findings, hashed, in time; importers: all or KnownError."""
    target.setup(work)
    path = work / f"input{target.SUFFIX}"

    @QUICK
    @given(target.strategy())
    def holds(data: bytes) -> None:
        path.write_bytes(data)
        target.check(path, data)

    holds()
