"""`report` as a user runs it: the file, what it prints, exit codes, the custody entry."""

from __future__ import annotations

import hashlib

import pytest

import cli
from evidence import store
from evidence.store import Case
from reports import pdf
from tests.helpers.cli import skver
from tests.helpers.pdfcheck import pages_text

pytestmark = pytest.mark.slow  # writes PDFs, some through `python main.py`


def test_report_writes_a_pdf_and_records_it(demo_case, tmp_path):
    out = tmp_path / "report.pdf"
    run = skver("report", "--case", str(demo_case), "--out", str(out), "--claims", "1,3",
                "--jurisdiction", "Almaly district court", actor="aigerim")
    assert run.returncode == 0, run.stderr
    pages = pdf.page_count(out)
    assert str(out) in run.stdout and f"{pages} page(s)" in run.stdout
    assert "8 exhibit(s) from 2 refusal(s)" in run.stdout
    text = "\n".join(pages_text(out))
    assert "Almaly district court" in text and "aigerim" in text   # prepared by the actor
    with Case.open(demo_case) as case:
        last = list(store.log.entries(case))[-1]
    assert last.action == "report-written" and last.actor == "aigerim"
    assert last.object_hash == hashlib.sha256(out.read_bytes()).hexdigest()
    assert last.details == {"format": "pdf", "lang": "en", "claims": [1, 3],
                            "file": "report.pdf"}


def test_prepared_by_and_language(demo_case, tmp_path, capsys):
    out = tmp_path / "r.pdf"
    code = cli.main(["report", "--case", str(demo_case), "--out", str(out), "--lang", "kk",
                     "--prepared-by", "Ә. Заңгер", "--claims", "2"])
    assert code == 0
    text = "\n".join(pages_text(out))
    assert "Ә. Заңгер" in text and "C2-E1" in text and "C1-E1" not in text


def test_an_unknown_claim_exits_1(demo_case, tmp_path, capsys):
    assert cli.main(["report", "--case", str(demo_case), "--out", str(tmp_path / "r.pdf"),
                     "--claims", "9"]) == 1
    assert "no claim 9" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


@pytest.mark.parametrize(("args", "says"), [(["--claims", "one"], "refusal ids"),
                                            (["--claims", ","], "at least one"),
                                            (["--lang", "de"], "invalid choice")])
def test_usage_errors_exit_2(demo_case, tmp_path, capsys, args, says):
    with pytest.raises(SystemExit) as raised:
        cli.main(["report", "--case", str(demo_case), "--out", str(tmp_path / "r.pdf"), *args])
    assert raised.value.code == 2 and says in capsys.readouterr().err


def test_unwritable_path_and_unknown_format(demo_case, tmp_path, capsys):
    missing = tmp_path / "no" / "such" / "r.pdf"
    assert cli.main(["report", "--case", str(demo_case), "--out", str(missing)]) == 1
    assert "Cannot write the report" in capsys.readouterr().err
    with pytest.raises(SystemExit) as raised:
        cli.main(["report", "--case", str(demo_case), "--out", str(tmp_path / "r.docx")])
    assert raised.value.code == 2
    with Case.open(demo_case) as case:
        assert all(e.action != "report-written" for e in store.log.entries(case))
