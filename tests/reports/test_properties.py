"""Quick property test of the bundle reader: the fuzz target's oracle on a small budget."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from fuzz import fuzz_bundle

pytestmark = pytest.mark.slow  # property-based: many forged bundles


def test_a_forged_or_mangled_bundle_gets_a_report_or_a_known_error(tmp_path_factory):
    """verify_bundle: a report or KnownError; an intact one imports or is refused cleanly."""
    work = tmp_path_factory.mktemp("fuzz-bundle")
    fuzz_bundle.setup(work)
    path = work / "input.zip"

    @settings(max_examples=50, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(fuzz_bundle.strategy())
    def holds(data: bytes) -> None:
        path.write_bytes(data)
        fuzz_bundle.check(path, data)

    holds()
