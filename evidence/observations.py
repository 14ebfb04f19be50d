"""What reviewers see in photos: tags, a head count and a note, each signed and logged.

An observation is never changed or deleted. Its reviewer can correct it (a new observation that
replaces it: custody action `observation-corrected`, naming the one it replaces) or withdraw it
(a withdrawal row: `observation-withdrawn`, naming the one it withdraws, with the reason). The
earlier observation stays in the case and in the log; only the observations in effect count
(`store.observations.in_effect`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace

from evidence import custody, limits, store
from evidence.errors import KnownError
from evidence.model import Observation, PhotoRecord, Tag
from evidence.printable import printable
from evidence.store import Case, audit

ADDED, CORRECTED, WITHDRAWN = "observation", "observation-corrected", "observation-withdrawn"
IMPORTED = "observation-imported"   # merged from another monitor's bundle (bundles/merge.py)
ACTIONS = (ADDED, CORRECTED, WITHDRAWN, IMPORTED)
MAX_NOTE = limits.NOTE


def find_photo(case: Case, ref: str) -> PhotoRecord:
    """A photo by its case id, or by the start of its SHA-256 (at least 8 hex digits)."""
    return store.photos.find(case, ref)


def parse_tags(names: list[str]) -> tuple[Tag, ...]:
    """Tag names as given by a user, checked, without repeats, in a stable order."""
    known = {t.value: t for t in Tag}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise KnownError(f"Unknown tag(s): {', '.join(unknown)}. Tags: {', '.join(known)}.")
    return tuple(sorted({known[n] for n in names}, key=lambda t: t.value))


def check(observation: Observation) -> None:
    """What an observation must say before it is kept (KnownError: why not)."""
    if observation.people_count is not None and observation.people_count < 0:
        raise KnownError("people_count cannot be negative.")
    if not observation.tags and observation.people_count is None and \
            not observation.note.strip():
        raise KnownError("An observation needs at least a tag, a people count or a note.")
    if len(observation.note) > MAX_NOTE:
        raise KnownError(f"The note is {len(observation.note):,} characters long; an "
                         f"observation's note holds at most {MAX_NOTE:,}.")
    too_long = limits.problem("The reviewer's name", observation.reviewer, limits.REVIEWER)
    if too_long:
        raise KnownError(too_long)


def parse_moment(text: str) -> float:
    """A moment in a video as a person writes it: seconds ("83", "83.5"), minutes and seconds
    ("1:23") or hours too ("1:02:03"); KnownError when it is none of these."""
    parts = text.strip().split(":")
    try:
        if len(parts) > 3 or any(not p.strip() for p in parts):
            raise ValueError(text)
        *whole, last = parts
        seconds = float(last)
        units = [int(p) for p in whole]
    except ValueError:
        raise KnownError(f"“{printable(text)}” is not a moment in a video: give seconds (83), "
                         "minutes and seconds (1:23) or hours, minutes and seconds "
                         "(1:02:03).") from None
    if seconds < 0 or any(u < 0 for u in units) or (whole and seconds >= 60) or \
            (len(units) == 2 and units[1] >= 60) or not math.isfinite(seconds):
        raise KnownError(f"“{printable(text)}” is not a moment in a video: it is counted "
                         "from 0:00, and minutes and seconds run from 0 to 59.")
    total = 0
    for unit in units:
        total = total * 60 + unit
    return total * 60 + seconds


def moment_text(seconds: float) -> str:
    """A moment in a video as `parse_moment` reads it back: "1:23", "1:02:03.5"."""
    whole = int(seconds)
    fraction = f"{seconds - whole:.3f}".rstrip("0").rstrip(".")[1:]
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    clock = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return clock + fraction


def check_moment(observation: Observation, photo: PhotoRecord) -> None:
    """A moment named must be in the video (KnownError: why not)."""
    if observation.at_s is None:
        return
    found = photo.inspection
    if not found.is_video:
        raise KnownError(f"Photo {photo.id} is a photo, not a video: a moment (--at) is named "
                         "only in a video.")
    duration = found.duration_s
    if observation.at_s < 0 or not math.isfinite(observation.at_s) or \
            (duration is not None and observation.at_s > duration):
        raise KnownError(f"The moment {moment_text(max(observation.at_s, 0.0))} is not in "
                         f"video {photo.id}, which runs "
                         f"{moment_text(duration or 0.0)} (from 0:00 to its end).")


def add(case: Case, observation: Observation, actor: str) -> Observation:
    """Records an observation and its custody entry in one transaction; returns it as stored
    (with its id and the time it was recorded)."""
    if observation.replaces is not None or observation.withdraws is not None:
        raise ValueError("a correction or a withdrawal is recorded with correct() or withdraw()")
    check(observation)
    photo = store.photos.get(case, observation.photo_id)
    check_moment(observation, photo)
    with case.transaction():
        stored = store.observations.insert(case, replace(observation,
                                                         observed_utc=custody.now_utc()))
        assert stored.id is not None
        audit.record(case, actor, ADDED, "observations", stored.id,
                     {"photo_sha256": photo.sha256, "reviewer": observation.reviewer})
    return stored


def correct(case: Case, earlier_id: int, observation: Observation, actor: str) -> Observation:
    """Records `observation` as the correction of observation `earlier_id`, which then no
    longer counts; returns the correction as stored. Only the earlier one's reviewer corrects
    it, only once, and only on the same photo."""
    check(observation)
    with case.transaction():
        earlier = _in_effect(case, earlier_id, observation.reviewer, "correct")
        if observation.photo_id != earlier.photo_id:
            raise KnownError(f"Observation {earlier_id} is of photo {earlier.photo_id}, not of "
                             f"photo {observation.photo_id}: a correction is of the same photo.")
        if same_content(observation, earlier):
            raise KnownError(f"Observation {earlier_id} already says that; nothing was "
                             "recorded.")
        photo = store.photos.get(case, earlier.photo_id)
        check_moment(observation, photo)
        stored = store.observations.insert(case, replace(
            observation, observed_utc=custody.now_utc(), id=None, replaces=earlier_id,
            withdraws=None))
        assert stored.id is not None
        audit.record(case, actor, CORRECTED, "observations", stored.id, {
            "photo_sha256": photo.sha256, "reviewer": stored.reviewer,
            "replaces": earlier_id, "replaces_seq": _recorded_seq(case, earlier_id)})
    return stored


def withdraw(case: Case, observation_id: int, reviewer: str, actor: str,
             reason: str = "") -> Observation:
    """Withdraws observation `observation_id` (it no longer counts, and stays on the record):
    a withdrawal row, its note the reason, and its custody entry. Only the observation's
    reviewer withdraws it. Returns the withdrawal as stored."""
    reason = reason.strip()
    if len(reason) > MAX_NOTE:
        raise KnownError(f"The reason is {len(reason):,} characters long; at most "
                         f"{MAX_NOTE:,}.")
    with case.transaction():
        earlier = _in_effect(case, observation_id, reviewer, "withdraw")
        photo = store.photos.get(case, earlier.photo_id)
        stored = store.observations.insert(case, Observation(
            earlier.photo_id, earlier.reviewer, (), None, reason, custody.now_utc(),
            withdraws=observation_id))
        assert stored.id is not None
        audit.record(case, actor, WITHDRAWN, "observations", stored.id, {
            "photo_sha256": photo.sha256, "reviewer": earlier.reviewer,
            "withdraws": observation_id, "withdraws_seq": _recorded_seq(case, observation_id),
            "reason": reason})
    return stored


def _in_effect(case: Case, observation_id: int, reviewer: str, verb: str) -> Observation:
    """Observation `observation_id`, if `reviewer` may `verb` it now (KnownError: why not)."""
    earlier = store.observations.find(case, observation_id)
    if earlier is None:
        raise KnownError(f"The case has no observation {observation_id}.")
    if earlier.is_withdrawal:
        raise KnownError(f"Observation {observation_id} is the withdrawal of observation "
                         f"{earlier.withdraws}, not an observation; it cannot be corrected or "
                         "withdrawn.")
    later = store.observations.superseding(case, observation_id)
    if later is not None and later.is_withdrawal:
        raise KnownError(f"Observation {observation_id} was already withdrawn (observation "
                         f"{later.id}, {later.observed_utc}).")
    if later is not None:
        raise KnownError(f"Observation {observation_id} was already corrected by observation "
                         f"{later.id} ({later.observed_utc}); {verb} that one instead.")
    if earlier.reviewer != reviewer:
        raise KnownError(f"Observation {observation_id} was recorded by {earlier.reviewer}; "
                         f"only they can {verb} it. Record your own observation of photo "
                         f"{earlier.photo_id} instead.")
    return earlier


def _recorded_seq(case: Case, observation_id: int) -> int | None:
    """The custody entry that recorded the observation as it now is."""
    digest = audit.row_digest(case, "observations", observation_id)
    entry = None if digest is None else store.log.last_about(case, digest)
    return None if entry is None else entry.seq


def same_content(a: Observation, b: Observation) -> bool:
    """Whether two observations say the same: tags (in any order), head count, note and the
    moment of a video."""
    return (set(a.tags), a.people_count, a.note.strip(), a.at_s) == \
        (set(b.tags), b.people_count, b.note.strip(), b.at_s)


def latest_of(rows: Iterable[Observation], reviewer: str) -> Observation | None:
    """The reviewer's latest observation in effect among a photo's rows (all its rows, as
    `CaseData.history_of` gives them)."""
    mine = [o for o in store.observations.in_effect(rows) if o.reviewer == reviewer]
    return max(mine, key=lambda o: o.id or 0, default=None)


def current(case: Case, photo_id: int, reviewer: str) -> Observation | None:
    """The reviewer's latest observation of the photo that is in effect."""
    return latest_of(store.observations.by_photo(case, [photo_id]).get(photo_id, ()), reviewer)


def link_problems(rows: Iterable[Observation]) -> list[str]:
    """What is wrong with the corrections and withdrawals among these rows (a case's, or a
    bundle's): each must name an observation, not a withdrawal, of its own photo and reviewer,
    and no observation is corrected or withdrawn twice."""
    by_id = {o.id: o for o in rows}
    problems: list[str] = []
    named_by: dict[int, int | None] = {}
    for row in by_id.values():
        target_id = row.replaces if row.replaces is not None else row.withdraws
        if target_id is None:
            continue
        label = link_label(row)
        if target_id in named_by:
            problems.append(f"{label}: observation {target_id} is already corrected or "
                            f"withdrawn by observation {named_by[target_id]}.")
        named_by[target_id] = row.id
        target = by_id.get(target_id)
        if target is None or target.is_withdrawal:
            problems.append(f"{label} names no observation of the case.")
        elif (target.photo_id, target.reviewer) != (row.photo_id, row.reviewer):
            problems.append(f"{label} is not of the same photo and reviewer as observation "
                            f"{target_id}.")
    return problems


def link_label(row: Observation) -> str:
    """"Observation 7 (the withdrawal of observation 3)", as problems name a row."""
    if row.withdraws is not None:
        return f"Observation {row.id} (the withdrawal of observation {row.withdraws})"
    if row.replaces is not None:
        return f"Observation {row.id} (the correction of observation {row.replaces})"
    return f"Observation {row.id}"


def by_photo(case: Case) -> dict[int, tuple[Observation, ...]]:
    """Every observation row (corrections and withdrawals too), grouped by photo, oldest
    first."""
    return store.observations.by_photo(case)
