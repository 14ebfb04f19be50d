"""reports.export: the report recorded in the custody log, and the bundle with its reports."""

from __future__ import annotations

import zipfile

import pytest

from bundles import export
from bundles import verify as bundle_verify
from evidence import store
from evidence.errors import KnownError
from evidence.store import Case
from reports import strings
from tests.helpers.pdfcheck import pages_text


def test_a_report_on_one_refusal_is_written_and_recorded(demo_case, tmp_path):
    out = tmp_path / "c3.html"
    steps: list[tuple[int, int]] = []
    with Case.open(demo_case) as case:
        result = export.write_report(case, out, lang="kk", claim_ids=[3], prepared_by="aigerim",
                                     progress=lambda done, total: steps.append((done, total)))
        last = list(store.log.entries(case))[-1]
    assert result.path == out and out.is_file() and result.refusals == 1
    assert strings.table("kk")["verdict.contradicted"] in out.read_text(encoding="utf-8")
    assert last.action == "report-written" and last.details["claims"] == [3]
    assert steps[-1] == (export.STEPS, export.STEPS)
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)


def test_a_cancelled_report_leaves_no_file_and_no_entry(demo_case, tmp_path):
    with Case.open(demo_case) as case:
        before = len(list(store.log.entries(case)))
        with pytest.raises(KnownError, match="cancelled"):
            export.write_report(case, tmp_path / "r.pdf", prepared_by="a",
                                cancelled=lambda: True)
        assert len(list(store.log.entries(case))) == before
    assert list(tmp_path.iterdir()) == [demo_case]


@pytest.mark.slow
def test_the_bundle_carries_both_reports_naming_its_key(demo_case, tmp_path, skver_data_dir):
    out = tmp_path / "case.zip"
    with Case.open(demo_case) as case:
        result = export.export_bundle_with_reports(case, out, lang="ru", prepared_by="aigerim",
                                                   actor="aigerim")
    report = bundle_verify.verify_bundle(out)
    assert report.intact and report.signature == "valid"
    assert report.fingerprint == result.fingerprint
    with zipfile.ZipFile(out) as zf:
        assert {"reports/report-ru.pdf", "reports/report-ru.html"} <= set(zf.namelist())
        (tmp_path / "inner.pdf").write_bytes(zf.read("reports/report-ru.pdf"))
    assert result.fingerprint in " ".join(" ".join(pages_text(tmp_path / "inner.pdf")).split())


@pytest.mark.slow
def test_a_cancelled_bundle_leaves_nothing(demo_case, tmp_path):
    calls = iter(range(1000))
    out = tmp_path / "out" / "case.zip"
    out.parent.mkdir()
    with Case.open(demo_case) as case, pytest.raises(KnownError, match="cancelled"):
        # cancelled partway: after the reports are rendered, while the zip is written
        export.export_bundle_with_reports(case, out, prepared_by="a", actor="a",
                                          cancelled=lambda: next(calls) > 12)
    assert list(out.parent.iterdir()) == []


def test_an_unsigned_bundle_without_reports(demo_case, tmp_path):
    out = tmp_path / "case.zip"
    with Case.open(demo_case) as case:
        result = export.export_bundle_with_reports(case, out, prepared_by="a", actor="a",
                                                   sign=False, with_reports=False)
    assert result.fingerprint is None
    with zipfile.ZipFile(out) as zf:
        assert not any(name.startswith("reports/") for name in zf.namelist())
