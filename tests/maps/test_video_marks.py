"""The map marks a video apart from a photo: its page data says it is a video, how long and
until when (in the page's language), its tooltip says so, the page script draws it with a dark
ring, and the legend explains the mark only when the case has a placed video. Its popup
thumbnail is its first frame, redacted as the report's frames are."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from evidence import redaction, store
from evidence.store import Case
from maps import interactive, mapdata
from maps.page_data import page_data
from maps.page_words import Words
from reports import strings
from tests.helpers.casework import add_photo, add_venue
from tests.helpers.videos import filmed_case


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return filmed_case(tmp_path, still=True).root


def loaded(root: Path) -> mapdata.CaseMap:
    with Case.open(root) as case:
        found = mapdata.load(store.read(case))
    assert found is not None
    return found


@pytest.mark.parametrize(("lang", "span", "tooltip"), [
    ("en", "2:00 long, filmed until 2022-08-20 18:31:00", "Video 1 · 2022-08-20 18:29:00"),
    ("ru", "длительностью 2:00, снято до 20.08.2022 18:31:00",
     "Видео № 1 · 20.08.2022 18:29:00"),
    ("kk", "ұзақтығы 2:00, түсіру 20.08.2022 18:31:00 кезінде аяқталған",
     "№ 1 бейне · 20.08.2022 18:29:00"),
])
def test_a_videos_page_data_says_it_is_a_video(root, lang, span, tooltip):
    words = Words(strings.table(lang))
    photos = {p["id"]: p for p in page_data(loaded(root), None, words=words)["photos"]}
    assert photos[1]["video"] == span
    assert photos[1]["tooltip"].startswith(tooltip)
    assert photos[1]["tooltip"].endswith(f"{words('mappage.video')} 2:00")
    assert photos[2]["video"] is None


def test_the_legend_explains_the_video_mark_only_when_there_is_a_video(root, tmp_path):
    page = interactive.build_map(loaded(root))
    assert "a video, at the place it was filmed (a dark ring)" in page
    assert 'p.video ? "#1a1a1a"' in page          # the page script draws the ring
    photo_only = tmp_path / "photos"
    with Case.create(photo_only, title="Photos", timezone="Asia/Almaty", actor="t") as case:
        add_venue(case)
        add_photo(case, tmp_path, "other.jpg", "2022-08-20 18:40")
    assert "a video, at the place it was filmed" not in interactive.build_map(loaded(photo_only))


def test_a_redacted_videos_thumbnail_is_its_first_frame_redacted(root):
    with Case.open(root) as case:
        redaction.apply(case, 1, [redaction.region(0, 0, 320, 180, "face")], "black", "t")
    [video] = [p for p in loaded(root).photos if p["id"] == 1]
    data = base64.b64decode(video["thumb"].split(",", 1)[1])
    image = Image.open(io.BytesIO(data))
    assert ImageStat.Stat(image.convert("L")).extrema[0][1] < 20   # all black, bar hidden


def test_the_static_map_rings_the_video_and_says_so(root, tmp_path):
    from maps import static

    with Case.open(root) as case:
        static.render_case_claim_map(case, 1, tmp_path / "claim.svg")
    drawn = (tmp_path / "claim.svg").read_text()
    assert "Dark ring: a video, where it was filmed" in drawn
    assert 'stroke="#1a1a1a"' in drawn.lower() or "rgb(26,26,26)" in drawn.replace(" ", "")
