"""The resolver: the one place that decides which vote is decisive and what the outcome is.

The readers before it only find things: the status line (:mod:`.header`), the votes and what the
status line says as a vote (:mod:`.votes`), the verb of the decided text. The resolver weighs
them. Its rules are tables, read top to bottom, the first that applies wins:

- :data:`DECISIVE_RULES` choose the decisive vote among the votes read;
- :data:`OUTCOME_RULES` decide the outcome from the status, the decisive vote and the decided text.

README.md, "How the outcome is decided", lists the same rules in the same order
(``tests/test_resolve.py`` holds the two equal).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final, NamedTuple, TypeVar

from ratsparse import vocab
from ratsparse.records import Diagnostic, Outcome, Span, Status, Vote, VoteCounts, VoteGroups
from ratsparse.rules import diagnostic
from ratsparse.votes import StatusVote, counted, opposed, sides_opposed


class Evidence(NamedTuple):
    """What the readers found that bears on the outcome."""

    status: Status | None
    """The status line (``Beschluss: ungeändert beschlossen``), if there is one."""
    status_vote: StatusVote
    """What the status line says as a vote (``einstimmig``, ``15 : 0``)."""
    results: tuple[Outcome | None, ...]
    """Every status value of the text (``Beschluss: …`` fields, Beratungsfolge result lines)."""
    open_: bool
    """The RIS says the item is not decided yet (``Beschlussart: (offen)``)."""
    cut_off: bool
    """The text ends inside a vote result (``Dafür: 11, Dage``), or in mid-sentence after votes
    on procedure or amendments only (``… da die Flächen von dort aus``)."""
    parts_from: int | None
    """Where the decided text's first part begins (offset in the text as read), when its parts
    were voted one by one (``a) …`` / ``Abstimmungsergebnis: …`` / ``b) …``)."""
    votes: tuple[Vote, ...]
    """Every vote result read, in text order (none is decisive yet)."""
    act: Callable[[], Outcome | None]
    """What the decided text does by its own verbs (``… vertagt den Antrag``), if they agree;
    read only when a rule asks (it reads every sentence of the decided text)."""
    act_may_do_more: Callable[[bool], bool]
    """Whether ``act`` may say more than approving (with changes, where the argument is True):
    False only where none of the words such an act needs stands in the decided text (speed)."""
    statement: Outcome | None
    """A decision stated in prose outside a vote (``Damit ist der Antrag abgelehnt.``)."""
    statements: tuple[Outcome, ...]
    """Every decision stated in prose outside a vote, in text order (``statement`` is the last)."""
    in_prose: tuple[bool, ...]
    """For each vote, whether a sentence of prose states it (not a vote section alone)."""
    reported: Outcome | None
    """A result reported in prose in so many words, not in a decision sentence's present tense."""
    decision_stated: bool
    """A decision heading has content (``Beschluss:`` and then text)."""
    speaks_of_decision: bool
    """The text speaks of a Beschluss at all (``Beschluss``, ``beschließt``)."""
    announced: bool = False
    """The text announces the decisions it lists as taken (``In der Sitzung am … wurden
    folgende Beschlüsse gefasst:``, a gazette's ``Öffentliche Beschlüsse der Sitzung …``)."""
    announced_one: bool = False
    """What the text announces as taken is one decision (``… hat folgenden Beschluss gefasst:``):
    its sentences are one decided text."""
    inquiry: bool = False
    """The text's own paper, the first it names, is an inquiry (an Anfrage and its answer), or
    its head says it answers one and no vote is told."""
    bare_clauses: bool = False
    """The text is numbered clauses and nothing before them (``1. Der Stadtrat beschließt …``):
    a Beschlussvorschlag printed bare, without a heading of its own."""
    proposal_changed: bool = False
    """The proposal or the decided text is headed as changed (``Geänderter Beschlussvorschlag:``,
    ``Beschluss in der Fassung des Änderungsantrages …:``)."""
    history: bool = False
    """The text is a paper's history: it shows several bodies' decisions (:attr:`results`, two
    at least) and names neither a meeting nor a status of its own."""


class Resolved(NamedTuple):
    votes: tuple[Vote, ...]
    """The votes, the decisive one marked, completed by the status line."""
    outcome: Outcome | None
    resolution: bool
    """Whether the text holds a resolution at all (else RP101)."""
    diagnostics: tuple[Diagnostic, ...]
    rule: str | None = None
    """The name of the outcome rule that decided (:data:`OUTCOME_RULES`), None where none did."""


# ---------------------------------------------------------------------------------------------
# The decisive vote


def inner(vote: Vote) -> bool:
    """A vote on procedure or on an amendment, or a motion to end the item that failed (``Ein
    Antrag auf Vertagung wurde mit 1 : 12 Stimmen abgelehnt``): an inner vote of the item, not
    its decision."""
    motion = vocab.motion_in(vote.subject or "")
    if motion is None:
        return False
    return vocab.MOTIONS[motion].kind != "ends-item" or vote.outcome == "rejected"


def _procedural(vote: Vote) -> bool:
    """A vote on procedure, or on a motion to end the item that failed: it never decides the
    item (unlike a vote on an amendment, which may be the only one told)."""
    motion = vocab.motion_in(vote.subject or "")
    if motion is None:
        return False
    kind = vocab.MOTIONS[motion].kind
    return kind == "procedure" or (kind == "ends-item" and vote.outcome == "rejected")


def decisive_index(votes: Sequence[Vote], status: Outcome | None = None) -> int:
    """The vote that settles the item, by :data:`DECISIVE_RULES`; -1 where none does."""
    return _decisive(votes, status)[0]


def _decisive(
    votes: Sequence[Vote], status: Outcome | None, stated: Outcome | None = None
) -> tuple[int, int]:
    """The decisive vote, and the vote the rules chose before the fuller report of it (the same
    index where there is none); ``stated`` is the decision prose states, where no status is."""
    candidates = [i for i, v in enumerate(votes) if not inner(v)]
    if not candidates:
        if status is not None and (all(_procedural(v) for v in votes) or status in _SETTLED):
            # "Abstimmungsergebnis (Dringlichkeit): Dafür 24 …" and "Beschlussart:
            # zurückgezogen"; an amendment's vote and "zurückgezogen": the item was settled
            # without a vote of its own
            return -1, -1
        if status is None and stated in _SETTLED and all(_procedural(v) for v in votes):
            # "Der Antrag auf Vertagung wird … abgelehnt." / "Der Ausschuss nimmt den Bericht
            # zur Kenntnis.": the failed motion's vote does not decide what prose settles
            return -1, -1
        candidates = list(range(len(votes)))
    if status == "withdrawn" and all(
        votes[i].outcome not in (None, "withdrawn") for i in candidates
    ):
        # "Beschlussart: zurückgezogen" over a committee's recommendation to reject ("Ergebnis im
        # Ausschuss: 2 Ja / 8 Nein"): a motion withdrawn is not voted on; no vote of its own
        return -1, -1
    agreeing = [i for i in candidates if not opposed(status, votes[i].outcome)]
    chosen = (agreeing or candidates)[-1]
    # (the vote told right before it: votes on procedure or amendments between them aside, "Ja:
    # 29, Nein: 3, …" in the header, the amendment's vote, then who voted how on the item)
    before = max((i for i in candidates if i < chosen), default=-1)
    fuller = [i for i in candidates if _tells_more(votes[i], votes[chosen], i == before)]
    if not fuller and chosen - 1 in candidates and _how_of(votes[chosen - 1], votes[chosen]):
        fuller = [chosen - 1]
    return (fuller[-1] if fuller else chosen), chosen


_SETTLED: Final = frozenset({"withdrawn", "postponed", "referred", "noted", "other"})
"""Statuses that settle an item without adopting or rejecting it: beside inner votes alone (an
amendment's), no vote of the item was taken."""


def _how_of(said: Vote, how: Vote) -> bool:
    """``how`` says only how the vote went (``Abstimmung: einstimmig``), right under a result
    ``said`` states in words and nothing more (``Der Tagesordnungspunkt wird … abgesetzt.``):
    the vote on that result."""
    return (
        how.outcome_basis == "convention"
        and not counted(how)
        and not any(how.groups)
        and said.outcome_basis == "words"
        and said.outcome not in (None, "approved", "approved_amended")
        and _verdict_only(said)
        and said.unanimous is None
        and said.majority is None
        and 0 <= how.span.start - said.span.end < 2 * _NEAR
    )


def _groups_fit(counted_vote: Vote, groups: Vote) -> bool:
    """Whether no group of ``groups`` stands on a side that ``counted_vote`` counts as none."""
    c = counted_vote.counts
    return not (
        (groups.groups.yes and c.yes == 0)
        or (groups.groups.no and c.no == 0)
        or (groups.groups.abstain and c.abstain == 0)
    )


def _tells_more(vote: Vote, than: Vote, just_before: bool) -> bool:
    """``vote`` gives every count ``than`` gives, alike, and one it lacks, or counts where
    ``than`` only says the same result: the same vote told twice, once in full (``Ja: 10, Nein:
    3, Enthaltungen: 2`` in the header, a count table cut off after its No votes below; ``Ja:
    27, Nein: 8, Enthaltungen: 3`` in the header, ``bei 8 Gegenstimmen … sowie 3 Enthaltungen``
    under the decided text).
    ``just_before``: ``vote`` is the vote told right before ``than``."""
    a, b = vote.counts, than.counts
    if (
        counted(vote)
        and a == b
        and any(vote.groups)
        and not any(than.groups)
        and vote.span.start <= than.span.start
        and than.span.end <= vote.span.end
    ):
        # "Abstimmungsergebnis: 11 Ja-Stimmen, 9 Nein-Stimmen, 1 Enthaltung" / "Die CDU-Fraktion
        # stimmte geschlossen gegen die Vertagung.": its counts read again on their own
        return True
    if (
        just_before
        and counted(vote)
        and not counted(than)
        and any(than.groups)
        and than.unanimous is not True
        and (
            (than.outcome is None and than.majority is None)
            or than.outcome in (vote.outcome, _ended_as(vote))
        )
        and _groups_fit(vote, than)
    ):
        # "Beschluss: 12 : 3" over "Gegen den Beschluss stimmten die Mitglieder der
        # Grünen-Fraktion.", "| Ja | 32 | | Nein | 12 | …" under the status and "Der Beschluss
        # wurde gegen die Stimmen der Fraktion … gefasst." under the decided text: who cast the
        # votes counted
        return True
    if (
        just_before
        and _verdict_only(than)
        and (
            (than.unanimous is None and than.majority is None)
            # "… lehnt den Antrag mit den Stimmen der SPD gegen die Stimmen der Grünen ab." /
            # "- mit Mehrheit abgelehnt -": how it went, again, under who voted how
            or (any(vote.groups) and vote.unanimous is False and than.majority is True)
        )
        and than.outcome is not None
        and than.outcome == _ended_as(vote)
        and (vote.unanimous is not None or vote.majority is not None or any(vote.groups))
        and 0 <= than.span.start - vote.span.end < _NEAR
    ):
        # "Der Vertagung wird bei Enthaltung der Fraktion DIE LINKE einstimmig zugestimmt." /
        # "Ergebnis: vertagt": the result of the vote just told, which says how it went
        return True
    if (
        just_before
        and counted(vote)
        and not counted(than)
        and any(than.groups)
        and than.outcome is not None
        and than.outcome == _ended_as(vote)
        and 0 <= than.span.start - vote.span.end < _NEAR
    ):
        # "Beschluss: Der Antrag wird mit 8 Ja-Stimmen bei 15 Nein-Stimmen und 2 Enthaltungen"
        # / "abgelehnt. (dafür: GRÜNE, SPD; dagegen: CDU …)": one sentence, wrapped
        return True
    ended = _ended_as(vote)
    if (
        _verdict_only(than)
        and counted(vote)
        and than.outcome is not None
        # (the text adopted as changed: "38 Ja / 4 Nein" under "Schlussabstimmung über den
        # Beschlussantrag in der … geänderten Fassung:", then "Ergebnis: mit Ergänzung
        # beschlossen")
        and (
            ended == than.outcome
            or (ended, than.outcome) == ("approved", "approved_amended")
            # (a bare count that adopted a text which ends the item: "Der Ausschuss vertagt die
            # Beratung." / "Abstimmungsergebnis: 9 : 3" / "Ergebnis: vertagt")
            or (
                just_before
                and vote.outcome_basis == "counts"
                and ended == "approved"
                and than.outcome in _ENDED_BY_ADOPTION
                and than.span.start - vote.span.end < _NEAR
            )
        )
    ):
        # "Ergebnis: Der Antrag ist abgelehnt." under the count table that rejected it;
        # "Ergebnis: vertagt" under the count of the adopted motion to postpone; and right
        # under the table that counted 13 : 1, "mehrheitlich beschlossen"
        if than.unanimous is None and than.majority is None:
            return True
        # (a count told with who voted how, that shows the same unanimity, may stand further up:
        # "35 | 0 | 4 | 2" / who abstained, who took no part / "Ergebnis: einstimmig mit
        # Stimmenthaltungen beschlossen"; a bare count there may be another body's or item's)
        told_who = any(vote.groups)
        near = 2 * _NEAR if told_who and _shows_unanimity(vote, than.unanimous) else _NEAR
        return just_before and _agrees(vote, than) and than.span.start - vote.span.end < near
    # every count ``than`` gives (two at least, not all 0), ``vote`` gives alike, and more
    pairs = list(zip((a.yes, a.no, a.abstain), (b.yes, b.no, b.abstain), strict=True))
    given = [(x, y) for x, y in pairs if y is not None]
    return (
        len(given) >= 2
        and any(y for _, y in given)
        and all(x == y for x, y in given)
        and any(x is not None and y is None for x, y in pairs)
    )


_ENDED_BY_ADOPTION: Final = frozenset({"postponed", "referred", "noted"})
"""What a text adopted by a count may make of the item (it postpones, refers, takes note)."""
_NEAR: Final = 80
"""Characters between a count table and the verdict line under it, at most."""
_CHANGE_REACH: Final = 400
"""Characters between a result that names a change and the vote under it, at most (the change
itself may stand between them)."""


def _ended_as(vote: Vote) -> Outcome | None:
    """What ``vote`` made of the item: its outcome, or, where it adopted a motion that ends the
    item (a Vertagung, a Verweisung), what that motion makes of it."""
    motion = vocab.motion_in(vote.subject or "")
    if motion is not None and vote.outcome in ("approved", "approved_amended"):
        ends = vocab.MOTIONS[motion]
        if ends.kind == "ends-item" and ends.outcome is not None:
            return ends.outcome
    return vote.outcome


def _verdict_only(vote: Vote) -> bool:
    """A vote that says what became of the motion and at most einstimmig or mehrheitlich: no
    counts, no groups."""
    return not counted(vote) and not any(vote.groups)


def _shows_unanimity(vote: Vote, unanimous: bool | None) -> bool:
    """``vote`` shows, by its word or its No count, the unanimity ``unanimous`` says (none where
    that says none)."""
    if unanimous is None:
        return False
    if vote.unanimous is not None:
        return vote.unanimous == unanimous
    no = vote.counts.no
    return no is not None and (no == 0) == unanimous


def _agrees(vote: Vote, than: Vote) -> bool:
    """``vote``'s counts do not contradict ``than``'s einstimmig or mehrheitlich."""
    if than.unanimous is not None and vote.unanimous is not None:
        return than.unanimous == vote.unanimous
    return True


DECISIVE_RULES: Final[tuple[tuple[str, str], ...]] = (
    (
        "not-an-inner-vote",
        "Votes on procedure (a Geschäftsordnungsantrag, Dringlichkeit, a namentliche or geheime "
        "Abstimmung), on amendments (Änderungsantrag, Ergänzungsantrag) and on a motion to end the "
        "item that failed (a rejected Vertagung) are inner votes of the item: they decide it only "
        "where no other vote is given; and where a status is given beside votes on procedure "
        "alone (`Abstimmungsergebnis (Dringlichkeit): …` over `Beschlussart: zurückgezogen`), "
        "or a status that settles the item otherwise (withdrawn, postponed, referred, noted) "
        "beside inner votes alone (an amendment adopted, then the motion withdrawn), "
        "no vote decides (a status that says the vote, `einstimmig beschlossen`, is then the "
        "item's vote); nor where, without a status, prose settles the item so beside votes on "
        "procedure or failed motions alone (`Der Antrag auf Vertagung wird … abgelehnt.` / `Der "
        "Ausschuss nimmt den Bericht zur Kenntnis.`).",
    ),
    (
        "agrees-with-the-status",
        "Of the rest, the votes whose outcome the status line does not contradict (a count table "
        "of the item beside the protocol's vote on a secret ballot).",
    ),
    ("last", "Of those, the last."),
    (
        "the-fuller-report",
        "Where another vote gives every count this one gives (two at least), alike, and one it "
        "lacks, or gives counts where this one only says the same result (where this one also "
        "says einstimmig or mehrheitlich: right above it, its counts agreeing), that one, with "
        "the groups this one names where it names none (and the adoption as changed that this "
        "one says in words, `Ergebnis: mit Änderung beschlossen`, where that one only counts): "
        "the same vote told twice, once in full "
        "(the header's counts beside a count table cut off after its No votes; `Ja: 27, Nein: "
        "8, Enthaltungen: 3` in the header beside `bei 8 Gegenstimmen der AfD-Fraktion sowie 3 "
        "Enthaltungen` under the decided text; `Ergebnis: Der Antrag ist abgelehnt.` under the "
        "count table; `Ergebnis: vertagt` under the count of the adopted motion to postpone, "
        "or right under a bare count that adopted a decided text which postpones, refers or "
        "takes note, `9 : 3`). "
        "Where a vote says only how it went (`Abstimmung: einstimmig`) right under a result "
        "stated in words that ends the item otherwise (`Der Tagesordnungspunkt wird … "
        "abgesetzt.`), the stated result, einstimmig: one vote told in two lines. Where a vote "
        "names only who voted how (no counts, no result), right under a vote that counts, that "
        "one, with these groups (`Beschluss: 12 : 3` over `Gegen den Beschluss stimmten die "
        "Mitglieder der Grünen-Fraktion.`); where a vote that names who voted how and says "
        "the same result follows right on a vote that counts, that one, with these groups "
        "(`Beschluss: Der Antrag wird mit 8 Ja-Stimmen bei 15 Nein-Stimmen und 2 Enthaltungen` "
        "/ `abgelehnt. (dafür: GRÜNE, SPD; dagegen: CDU …)`: one sentence, wrapped); so, at "
        "any distance, where it says the result the counts give (or the motion they adopted "
        "does) and no group of it stands on a side the counts give none (`| Ja | 32 | …` under "
        "the status, `Der Beschluss wurde gegen die Stimmen der Fraktion … gefasst.` under the "
        "decided text). Where a vote that says how it went (einstimmig, mehrheitlich, or who "
        "voted how) stands right over the bare result its adopted motion makes (`Der Vertagung "
        "wird bei Enthaltung der Fraktion DIE LINKE einstimmig zugestimmt.` / `Ergebnis: "
        "vertagt`), or a vote that names who voted how, not all alike, right over the same "
        "result said to be a majority's (`… lehnt den Antrag mit den Stimmen der SPD-Fraktion "
        "gegen die Stimmen der Grünen ab.` / `- mit Mehrheit abgelehnt -`), that vote. "
        '"Right under" counts the votes of the item: votes on procedure '
        "or amendments between the two are passed over (the header's `Ja: 29, Nein: 3, …`, an "
        "amendment's vote, then who voted how on the item).",
    ),
    (
        "history-together",
        "Where the text is a paper's history that shows two bodies' decisions at least (a "
        "Beratungsfolge with each body's result, and neither a meeting nor a status of the "
        "text's own), the decisive "
        "vote is what those bodies' votes agree on, added after them: each of its outcome, "
        "unanimity, counts and groups the value they all give, else null; where a decision is "
        "shown without a vote, unanimity, counts and groups are null (the agreement rule of the "
        "conventions).",
    ),
    (
        "parts-together",
        "Where two votes at least are headed by the parts of the decided text they are on "
        "(`Abstimmungsergebnis zu Ziffer 1: einstimmig`, `… zu den Ziffern 2 und 3: Ja: 27, "
        "Nein: 9`) and the one chosen is among them, the decisive vote is what they agree on, "
        "added after them: each of its outcome, unanimity, counts and groups the value they all "
        "give, else null (the agreement rule of the conventions, as for several decisions).",
    ),
)
"""How the decisive vote is chosen (name, rule), in order: :func:`decisive_index`."""


def _completed(
    votes: tuple[Vote, ...], said: StatusVote, status: Status | None
) -> tuple[tuple[Vote, ...], list[Diagnostic]]:
    """The status line's einstimmig/mehrheitlich completes the vote it sums up; a status line
    that says a vote itself (``Beschluss: 15 : 0``, ``einstimmig beschlossen``) is the vote when
    no other is given."""
    notes: list[Diagnostic] = []
    if not votes:
        only = said.tally or said.cue
        return ((only,) if only is not None else ()), notes
    if said.tally is not None and not any(counted(v) for v in votes):
        # "Beschluss: Ja-Stimmen 17 Nein-Stimmen 4": the status line's counts are this body's
        # vote, beside a bare "einstimmig empfohlen" told elsewhere in the text
        votes = tuple(sorted((*votes, said.tally), key=lambda v: v.span.start))
    if said.cue is None:
        return votes, notes
    target = decisive_index(votes, status.outcome if status else None)
    if target < 0:
        # only votes on procedure besides "Beschluss: einstimmig beschlossen": the status
        # line's vote is the item's
        return tuple(sorted((*votes, said.cue), key=lambda v: v.span.start)), notes
    v = votes[target]
    completed = v._replace(
        unanimous=said.unanimous if v.unanimous is None else v.unanimous,
        majority=True if v.majority is None and said.cue.majority else v.majority,
    )
    yes, no = v.counts.yes or 0, v.counts.no or 0
    if said.unanimous and yes > 0 and no > 0 and status is not None:
        notes.append(
            diagnostic(
                "RP305",
                f"the status says einstimmig but the vote counts {no} No votes",
                status.span,
            )
        )
    return (*votes[:target], completed, *votes[target + 1 :]), notes


def _mark_decisive(
    votes: tuple[Vote, ...], status: Outcome | None, stated: Outcome | None = None
) -> tuple[Vote, ...]:
    if not votes:
        return ()
    k, told = _decisive(votes, status, stated)
    if k < 0:
        return tuple(v._replace(decisive=False) if v.decisive else v for v in votes)
    marked = [
        v._replace(decisive=(i == k)) if v.decisive != (i == k) else v for i, v in enumerate(votes)
    ]
    if told != k:
        # the same vote told twice: the fuller report keeps the groups the other names ("Ja: 27,
        # Nein: 8" in the header, "bei 8 Gegenstimmen der AfD-Fraktion …" under the text), and
        # how it went where only the other says it ("… abgesetzt." / "Abstimmung: einstimmig")
        mine, theirs = marked[k], votes[told]
        # (and the result it says in words where this one only counts: "Ja-Stimmen: 47 | …"
        # under "Ergebnis: mit Änderung beschlossen", the words saying how it was adopted)
        worded = (
            mine.outcome_basis == "counts"
            and theirs.outcome_basis == "words"
            and theirs.outcome == "approved_amended"
            and mine.outcome == "approved"
        )
        marked[k] = mine._replace(
            groups=VoteGroups(
                yes=mine.groups.yes or theirs.groups.yes,
                no=mine.groups.no or theirs.groups.no,
                abstain=mine.groups.abstain or theirs.groups.abstain,
            ),
            unanimous=mine.unanimous if mine.unanimous is not None else theirs.unanimous,
            majority=mine.majority if mine.majority is not None else theirs.majority,
            outcome=theirs.outcome if worded else mine.outcome,
            outcome_basis="words" if worded else mine.outcome_basis,
        )
    chosen = marked[k]
    if (
        chosen.unanimous is None
        and chosen.outcome is None
        and status in ("approved", "approved_amended")
        and (chosen.counts.no or 0) > 0
    ):
        # "Beschluss: angenommen" over counts whose Yes is not read ("Ja: 11 + 1 (BM)" /
        # "Nein: 2"): votes against what the status says was adopted, dissent
        marked[k] = chosen._replace(unanimous=False)
    return tuple(marked)


# ---------------------------------------------------------------------------------------------
# The outcome


@dataclass(frozen=True, slots=True)
class Facts:
    """The evidence with the decisive vote chosen: what the outcome rules look at."""

    status: Outcome | None
    """The status line's outcome; ``other`` for a phrase not in the vocabulary, and for a decision
    sentence that settles the item otherwise (``… für erledigt erklärt``: :attr:`status_known`)."""
    unchanged: bool
    """The status says the proposal was adopted unchanged (``ungeändert beschlossen``)."""
    vote: Vote | None
    """The decisive vote."""
    act: Callable[[], Outcome | None]
    """What the decided text does by its own verbs (read when asked)."""
    act_may_do_more: Callable[[bool], bool]
    """Whether ``act`` may say more than approving (:attr:`Evidence.act_may_do_more`)."""
    statement: Outcome | None
    """A decision stated in prose outside a vote (``Damit ist der Antrag abgelehnt.``)."""
    reported: Outcome | None
    decision_stated: bool
    results: tuple[Outcome | None, ...] = ()
    open_: bool = False
    statements: tuple[Outcome, ...] = ()
    """Every decision stated in prose outside a vote (``… nimmt die Drucksache zur Kenntnis.``)."""
    cut_off: bool = False
    """The text ends inside a vote result, which shows no result."""
    part_votes: tuple[Vote, ...] = ()
    """The votes on the parts of a decided text voted one by one, in order."""
    prose_votes: tuple[Vote, ...] = ()
    """The votes that sentences of prose state (``Der Ortsbeirat genehmigt … einstimmig.``)."""
    announced: bool = False
    """The text announces the decisions it lists as taken (``folgende Beschlüsse gefasst``)."""
    announced_one: bool = False
    """It announces one decision (:attr:`Evidence.announced_one`)."""
    votes: tuple[Vote, ...] = ()
    """Every vote of the text, in order, the decisive one among them."""
    changed: bool = False
    """The status says the proposal was changed (``in der geänderten Fassung``)."""
    inquiry: bool = False
    """The text is an inquiry and its answer (:attr:`Evidence.inquiry`)."""
    bare_clauses: bool = False
    """The text is numbered clauses alone (:attr:`Evidence.bare_clauses`)."""
    proposal_changed: bool = False
    """The proposal is headed as changed (:attr:`Evidence.proposal_changed`)."""
    status_listed: bool = False
    """The status is a phrase of the vocabulary that settles the item otherwise (``erledigt``),
    not a phrase it does not know."""
    headed_as_changed: bool = False
    """The status is the decided text's heading that calls it changed (``Geänderter
    Beschluss:``), not a result phrase (``geändert beschlossen``)."""
    status_known: bool = False
    """The status is a decision sentence that settles the item otherwise (``Beschluss: Der
    Antrag … wird für erledigt erklärt.``): an ``other`` status is then that, not an unknown
    phrase (``Sache ist erledigt`` over ``zugestimmt`` says less than the vote)."""
    status_manner: bool = False
    """The status says only how the body voted (``mit Stimmenmehrheit``, ``einstimmig``, a form's
    ticked box of the manner): no verdict of its own."""

    @property
    def adopted(self) -> bool:
        """The decided text was adopted, and nothing more specific said how: a plain approving
        status (not ``geändert beschlossen`` or ``zur Kenntnis genommen``), else the decisive
        vote, else a ``Beschluss:`` giving it (or the text announcing it as taken) with nothing
        that says it failed."""
        if self.status is not None and self.status != "other":  # an unknown phrase says less
            return self.status == "approved"
        if self.vote is not None and (self.vote.outcome is not None or not counted(self.vote)):
            return self.vote.outcome in ("approved", "approved_amended")
        # (a vote whose counts give no verdict, short of one: "Der Ausschuss verweist die
        # Angelegenheit bei einer Gegenstimme … an den Gemeinderat.", as the Beschluss says)
        return self.decision_stated or self.announced


class Decision(NamedTuple):
    outcome: Outcome | None
    note: str | None = None
    """Why, where the rule reports it (RP303)."""
    against_counts: bool = False
    """The verdict stands against the decisive vote's counts (RP307)."""


OutcomeRule = tuple[str, str, Callable[[Facts], Decision | None]]


def _open(f: Facts) -> Decision | None:
    return Decision(None) if f.open_ and f.vote is None else None


def _inquiry(f: Facts) -> Decision | None:
    # (the decided text's heading, or a status, would make it a decision on the inquiry)
    if f.inquiry and f.status is None and not f.decision_stated:
        return Decision(None)
    return None


def _cut_off(f: Facts) -> Decision | None:
    # the decisive vote is an inner one only where no other is given
    # (a status the vocabulary does not know, "Beschluss (in der ergänzten Fassung):", tells
    # the text's version, not what became of it)
    unknown = f.status == "other" and not f.status_known
    if f.cut_off and (f.status is None or unknown) and (f.vote is None or inner(f.vote)):
        return Decision(None)
    return None


def _on_parts(votes: Sequence[Vote]) -> tuple[Vote, ...]:
    """The votes, two at least, each on parts of the decided text it names
    (``Abstimmungsergebnis zu den Ziffern 1 und 3:``, ``… zu Ziffer 2:``); none otherwise."""
    on = tuple(v for v in votes if v.subject and _PARTS_NAMED.fullmatch(v.subject))
    return on if len(on) >= 2 else ()


_PARTS_NAMED: Final = re.compile(
    r"(?:Ziffer|Ziffern|Ziff\.|Punkt|Punkte|Beschlusspunkt|Beschlusspunkte|Nr\.)[ ]+"
    # (Jena's three digits: "Beschlusspunkt 001")
    r"(?:[0-9]{1,3}|[a-h])[.)]?(?:[ ]*(?:,|und|bis|-|–)[ ]*(?:[0-9]{1,3}|[a-h])[.)]?){0,8}"
)
"""A vote's subject that names parts of the decided text and nothing else."""


def _parts_differ(f: Facts) -> Decision | None:
    said = {_SIDE.get(v.outcome, v.outcome) for v in f.part_votes if not inner(v)}
    return Decision(None) if len(f.part_votes) > 1 and len(said) > 1 else None


def _several_results_differ(f: Facts) -> Decision | None:
    known = {_SIDE.get(r, r) for r in f.results if r is not None}
    if len(known) > 1:
        return Decision(None)
    return None


_SIDE: Final[dict[Outcome | None, Outcome | None]] = {"approved_amended": "approved"}
"""Results that agree though their words differ (``beschlossen``, ``geändert beschlossen``)."""


def agreed(outcomes: Sequence[Outcome | None], *, strict: bool = False) -> Outcome | None:
    """The outcome several decisions of one text share (the agenda items of minutes): the one
    they all give; ``approved`` where some were adopted with changes and the others without
    (``strict``: null, as for any other difference); else (they differ, or one gives none)
    null."""
    sides = {o if strict else _SIDE.get(o, o) for o in outcomes}
    if len(sides) != 1:
        return None
    return outcomes[0] if len(set(outcomes)) == 1 else sides.pop()


_T = TypeVar("_T")


def _same(values: Sequence[_T]) -> _T | None:
    """The value every one of ``values`` has; None where they differ or there are none."""
    return values[0] if values and all(v == values[0] for v in values) else None


def agreed_vote(votes: Sequence[Vote | None]) -> Vote | None:
    """What the deciding votes of a text's several decisions agree on, as the text's vote
    (``outcome_basis`` ``items``): each of its outcome, unanimity, counts and groups is the value
    they all give, else null. None where a decision shows no vote, or where they agree on nothing
    (minutes whose every item was carried unanimously are a unanimous text; one item 17 : 3 and
    another 16 : 4 agree on no count)."""
    if len(votes) < 2 or any(v is None for v in votes):
        return None
    together = _together([v for v in votes if v is not None])
    if (
        together.unanimous is None
        and together.majority is None
        and together.counts == VoteCounts()
        and together.groups == VoteGroups()
    ):
        return None
    return together


def _together(shown: Sequence[Vote]) -> Vote:
    """One vote for ``shown``, two at least: each of its outcome, unanimity, counts and groups
    the value they all give, else null (``outcome_basis`` ``items``)."""
    counts = VoteCounts(*(_same([getattr(v.counts, f) for v in shown]) for f in VoteCounts._fields))
    names = [
        tuple(tuple(g.name for g in getattr(v.groups, side)) for side in VoteGroups._fields)
        for v in shown
    ]
    groups = shown[0].groups if _same(names) is not None else VoteGroups()
    unanimous = _same([v.unanimous for v in shown])
    majority = _same([v.majority for v in shown])
    outcome = agreed([v.outcome for v in shown])
    # (from the first to the last in the text: a history's rows may tell some votes above the
    # one a body's block tells below the table)
    first = min((v.span for v in shown), key=lambda span: span.start)
    last = max((v.span for v in shown), key=lambda span: span.end)
    return Vote(
        text=" / ".join(dict.fromkeys(v.text for v in shown)),
        subject=None,
        outcome=outcome,
        outcome_basis="items",
        unanimous=unanimous,
        majority=majority,
        counts=counts,
        groups=groups,
        decisive=True,
        span=Span(first.start, last.end, first.line, first.column),
    )


def _status_against_vote(f: Facts) -> Decision | None:
    vote = f.vote
    if vote is None or not opposed(f.status, vote.outcome):
        return None
    said = f"status says {f.status} but the vote result says {vote.outcome}; "
    if vote.outcome_basis == "words" or vote.outcome == f.reported:
        return Decision(vote.outcome, said + "the words of the vote result are followed")
    # only the counts disagree: the verdict stands (a qualified majority, a tie)
    return Decision(f.status, None, against_counts=True)


def _stated_against_counts(f: Facts) -> Decision | None:
    vote = f.vote
    # (under a Beschluss heading the sentences are the decided text, whose act says what it
    # does: "Das Einvernehmen wird nicht erteilt." adopted 9 : 0 is approved)
    if f.status is not None or f.decision_stated or vote is None or vote.outcome_basis != "counts":
        return None
    if set(f.statements) != {"rejected"} or vote.outcome not in ("approved", "approved_amended"):
        return None
    # "Neun stimmten dafür, sieben dagegen. Weil die Änderung der Mehrheit aller Mitglieder
    # bedarf, ist der Antrag nicht angenommen.": the verdict stands (a qualified majority, a
    # tie); a majority against that prose calls adopted is none (a statement beside it, "…
    # ist gewählt", is about something else)
    return Decision("rejected", None, against_counts=True)


def _adopted_motion_ends_the_item(f: Facts) -> Decision | None:
    motion = vocab.motion_in(f.vote.subject or "") if f.vote is not None else None
    if f.vote is None or motion is None or f.vote.outcome not in ("approved", "approved_amended"):
        return None
    return Decision(vocab.MOTIONS[motion].outcome) if vocab.MOTIONS[motion].outcome else None


_ENDS: Final = frozenset({"rejected", "noted", "postponed", "referred", "withdrawn", "other"})
_STATED_ENDS: Final = frozenset({"rejected", "referred", "other"})
"""What the body's sentence says beside a decided text that does nothing of its own, and
decides: a rejection, a referral (``Der Kreistag beschließt, den Antrag … zu verweisen``), the
motion declared settled (``Die Fraktion erklärt den Antrag für erledigt. Der Ausschuss ist
damit einverstanden.``); a postponement or a note taken so told is often the story of an earlier
sitting, or one of several things done."""


def _stated_end(f: Facts) -> Outcome | None:
    """The body's sentence that ends the item (:data:`_STATED_ENDS`), or a postponement where
    every decision the prose states is that one (``Er beantragt, die Beratung zu vertagen.`` /
    ``Der Ausschuss vertagt die Beratung in seine nächste Sitzung.``): nothing else was done."""
    if f.statement in _STATED_ENDS:
        return f.statement
    if f.statement == "postponed" and all(s == "postponed" for s in f.statements):
        return "postponed"
    return None


def _adopted_text_does_more(f: Facts) -> Decision | None:
    if not f.adopted and not _changed_into_an_end(f):
        return None
    stated = _stated_end(f)
    if stated is None and not f.act_may_do_more(not f.unchanged):
        return None  # the act can only approve, or say nothing: no rule of this one applies
    act = f.act()
    # (a decided text that does nothing of its own, a motion's text, beside the body's sentence
    # that ends the item: "Der Kreistag beschließt, den Antrag … zu verweisen." over the vote)
    said = act if act is not None else stated
    if said is None:
        return None
    if said in _ENDS or (said == "approved_amended" and not f.unchanged):
        note = None
        # (a status that says only how the body voted, "Beschluss: einstimmig", says no verdict
        # the text could go against)
        if (
            f.status is not None
            and not f.status_manner
            and said not in (f.status, "approved_amended")
        ):
            note = f"status says {f.status} but the decided text says {said}; the text is followed"
        return Decision(said, note)
    return None


_CHANGED_HEADINGS: Final = frozenset({"geänderter", "ergänzter", "abweichender"})
"""A status taken from the decided text's heading (``Geänderter Beschluss:``), as a key."""


def _changed_heading(key: str) -> bool:
    """Whether the status ``key`` is the decided text's heading that calls it changed
    (:data:`_CHANGED_HEADINGS`), or says it departs from the proposal (``Beschluss (abweichend
    vom Beschlussvorschlag):``)."""
    return key in _CHANGED_HEADINGS or key.startswith(("abweichend vom ", "abweichend von "))


def _changed_into_an_end(f: Facts) -> bool:
    """The decided text is headed as changed (``Geänderter Beschluss:``), and what it does by its
    own verbs ends the item otherwise (``Die Beschlussvorlage wird zurückgestellt.``): the change
    was that."""
    return (
        f.status == "approved_amended"
        and f.headed_as_changed
        and (f.vote is None or f.vote.outcome in ("approved", "approved_amended"))
        and f.act() in _ENDS
    )


def _amended_in_the_meeting(f: Facts) -> Decision | None:
    vote = f.vote
    if vote is None or f.unchanged or f.status not in (None, "approved"):
        return None
    if vote.outcome == "approved_amended" and f.status == "approved" and not inner(vote):
        # "Beschlussart: beschlossen" over "Der Ausschuss ist mit der Liste mit der in der
        # Sitzung vorgenommenen Änderung einverstanden": the vote's words say how
        return Decision("approved_amended")
    # (a vote that names only who voted how, under a status that approves: "Beschluss:
    # mehrheitlich beschlossen" / "Zustimmung: CDU, SPD …"; or under the decision the text
    # states: "Der Ausschuss empfiehlt …, den Antrag mit der vorgenannten Änderung zu
    # beschließen." / "Zustimmung: B90/Grüne, SPD …")
    if (vote.outcome or f.status or _sides_under_the_act(f)) != "approved":
        return None
    if f.status is None and _same([r for r in f.results if r is not None]) == "approved_amended":
        return Decision("approved_amended")  # the Beratungsfolge: "mit Änderungen beschlossen"
    if f.proposal_changed:
        return Decision("approved_amended")  # "Geänderter Beschlussvorschlag:" adopted
    if f.reported == "approved_amended":
        # "Beschluss: beschlossen" / "Der Beschlussvorschlag wurde mit folgender Änderung
        # beschlossen:": the result reported in so many words says how
        return Decision("approved_amended")
    before = [v for v in f.votes if v.span.start < vote.span.start]
    if before and (
        before[-1].outcome == "approved_amended"
        and before[-1].outcome_basis == "words"
        and not inner(before[-1])
        and 0 <= vote.span.start - before[-1].span.end < _CHANGE_REACH
    ):
        # "… empfiehlt, dem Beschlussvorschlag mit folgender Änderung zuzustimmen:" / the change
        # / "Abstimmung: einstimmig bei 1 Enthaltung": the result right above the vote
        return Decision("approved_amended")
    for v in before:
        motion = vocab.motion_in(v.subject or "")
        if (
            motion is not None
            and vocab.MOTIONS[motion].kind == "amendment"
            and v.outcome in ("approved", "approved_amended")
            # a vote taken (how, or its counts), not a sentence that says "beschließt"
            and (v.unanimous is not None or v.majority is not None or counted(v))
        ):
            return Decision("approved_amended")
    return None


def _consent_only(vote: Vote) -> bool:
    """A consent without a vote (``ohne Widerspruch``, ``ist damit einverstanden``): no counts,
    no groups, not einstimmig or mehrheitlich, in the words of a consent."""
    if counted(vote) or any(vote.groups) or vote.unanimous is not None:
        return False
    said = vocab.key(vote.text)
    return vote.majority is None and any(p in said for p in vocab.CONSENT_PHRASES)


def _unknown_status(f: Facts) -> Decision | None:
    if f.status != "other" or f.status_known:
        return None
    if (
        f.status_listed
        and f.vote is not None
        and (_consent_only(f.vote) or set(f.statements) == {"other"})
    ):
        # "Beschlussart: erledigt" over "… stellt ohne Widerspruch fest, dass sich der Antrag
        # erledigt hat", or over a vote beside "Die Bürgerschaft erklärt den Antrag für
        # erledigt": the consent or the vote is to what the status says
        return Decision("other")
    # a phrase the vocabulary does not know ("Bekanntgabe", "(offen)", "Kein Beschluss") says
    # no outcome of its own; one it knows to settle the item otherwise ("erledigt") does
    said = f.vote.outcome if f.vote and f.vote.outcome else "other" if f.status_listed else None
    if said is None and f.vote is not None and not f.part_votes and f.reported is not None:
        # a phrase that names the decision's kind ("Beschluss: Anregung an den Magistrat OM 5234
        # 2024") over the result reported in so many words ("Die Vorlage … wird mit der Maßgabe
        # beschlossen, dass …"), and a vote with no verdict of its own ("SPD, GRÜNE gegen CDU"):
        # the report says it (not over parts voted one by one, each with its own result)
        said = f.reported
    # "Beschluss (in der durch ÄA-01 geänderten Fassung):" over a vote that approves
    return Decision("approved_amended" if said == "approved" and f.changed else said)


_FOLLOWS_RECOMMENDATION: Final = re.compile(
    r"(?i)\b(?:folg(?:t|en|te|ten)|schlie(?:ß|ss)t[ ]sich|schlossen?[ ]sich)\b[^.;]{0,60}?"
    r"\b(?:beschlussempfehlung|empfehlung)\b"
)
"""A vote that follows another body's recommendation (``Die BVV folgt der Beschlussempfehlung
mehrheitlich …``): it adopts what the recommendation says."""


def _recommendation_followed(f: Facts) -> Decision | None:
    vote = f.vote
    if f.status is not None or vote is None or vote.outcome != "approved":
        return None
    if _FOLLOWS_RECOMMENDATION.search(vote.text) is None:
        return None
    # "Beschlussempfehlung …: Der Antrag wird abgelehnt." / "Die BVV folgt der
    # Beschlussempfehlung mehrheitlich …" / "Der Antrag ist damit abgelehnt.": the motion fell
    return Decision("rejected") if set(f.statements) == {"rejected"} else None


_MANNER_STATUS: Final = frozenset(
    vocab.key(w) for w in (*vocab.UNANIMITY_WORDS, *vocab.MAJORITY_WORDS)
)
"""The status values that say only how the body voted (``mit Stimmenmehrheit``)."""


def _verdict_under_a_manner_status(f: Facts) -> Decision | None:
    vote = f.vote
    if not f.status_manner or vote is None or vote.outcome_basis != "words":
        return None
    if vote.outcome in (None, "approved", "approved_amended") or inner(vote) or _procedural(vote):
        return None
    return Decision(vote.outcome)


def _status(f: Facts) -> Decision | None:
    return Decision(f.status) if f.status is not None else None


def _vote(f: Facts) -> Decision | None:
    if f.vote is None or not f.vote.outcome or (inner(f.vote) and f.decision_stated):
        return None  # an inner vote beside a decision given in the text decides nothing
    if _procedural(f.vote):
        return None  # "Die Dringlichkeit ist damit anerkannt": the item's outcome is not told
    return Decision(f.vote.outcome)


def _sides_under_the_act(f: Facts) -> Outcome | None:
    """What the text states it decides (``Der Ausschuss empfiehlt der
    Stadtverordnetenversammlung, den Antrag zu beschließen.``), where no status is given and
    the decisive vote names only who voted how (``Zustimmung: B90/Grüne, SPD`` / ``Ablehnung:
    AfD``): no counts and no words of its own to say otherwise."""
    vote = f.vote
    if f.status is not None or vote is None or vote.outcome or counted(vote):
        return None
    if not vote.groups.yes or inner(vote) or _procedural(vote):
        return None
    if f.statement is not None or f.reported is not None or f.statements or any(f.results):
        return None  # the result stated apart from the vote ("Der Antrag wurde abgelehnt.")
    if any(v is not vote and not inner(v) and sides_opposed(v, vote) for v in f.votes):
        # each sitting's line of sides, a group on one side in one and on the other in another
        # ("GRÜNE, SPD gegen CDU (= Annahme)" / "GRÜNE, CDU gegen AfD (= Ablehnung)"): a
        # paper's course without its results, no one decision
        return None
    return f.act()


def _sides_under_a_stated_act(f: Facts) -> Decision | None:
    act = _sides_under_the_act(f)
    return Decision(act) if act is not None else None


def _prose_decisions_differ(f: Facts) -> Decision | None:
    # a Beschluss heading gives one decided text: its sentences and the item's inner votes
    # beside it are no decisions of their own
    if f.status is not None or f.decision_stated or f.announced_one or not f.statements:
        return None
    # (in a list of decisions announced as taken, each vote is one: "In öffentlicher Sitzung
    # wurden folgende Beschlüsse gefasst:" / "… erteilte das Einvernehmen einstimmig." / "Der
    # Beschluss erfolgte mit 9 Ja-Stimmen bei 2 Gegenstimmen." / "Der Rat nahm … zur Kenntnis.")
    # (a consent to a motion that ends the item is that motion's outcome: "… schlägt vor, den
    # Antrag an den Ausschuss zu überweisen. Widerspruch erhebt sich nicht.")
    said = [
        _ended_as(v)
        for v in f.votes
        if (v.outcome_basis == "words" or f.announced) and not inner(v)
    ]
    if len(f.statements) < 2 and len(f.statements) + len(said) < 3:
        return None
    known = {_SIDE.get(o, o) for o in (*f.statements, *said) if o is not None}
    return Decision(None) if len(known) > 1 else None


def _withdrawn_without_vote(f: Facts) -> Decision | None:
    if f.status is not None or not f.statements or set(f.statements) != {"withdrawn"}:
        return None
    if not all(_consent_only(v) for v in f.votes):
        return None
    # "sie zieht den Antrag zurück … Der Antrag ist damit zurückgezogen." / "Herr Y regt an, …
    # Hiergegen erhebt sich kein Widerspruch.": the consent is to a matter beside the motion
    return Decision("withdrawn")


def _bare_proposal(f: Facts) -> Decision | None:
    if f.bare_clauses and f.status is None and not f.votes and not f.decision_stated:
        return Decision(None)
    return None


def _statement(f: Facts) -> Decision | None:
    if f.statement is None:
        return None
    # a decision heading's text, or the one decision announced as taken, that adopts and then
    # takes note of a paper or declares another motion settled is an adoption ("1. Der Vorlage
    # M 23 wird zugestimmt. … 3. Die Vorlage NR 812 wird … für erledigt erklärt.", "… wird
    # zugestimmt. Der Vortrag M 14 wird zur Kenntnis genommen."); a rejection after it is the
    # result ("Der Rat beschließt X." / "Der Antrag findet keine Mehrheit.")
    if (
        (f.decision_stated or f.announced_one)
        and len(f.statements) > 1
        and f.statement in ("noted", "other")
        and f.act() == "approved"
    ):
        return Decision("approved")
    return Decision(f.statement)


def _results_agree(f: Facts) -> Decision | None:
    known = [r for r in f.results if r is not None]
    return Decision(known[-1]) if known else None


def _decision_given(f: Facts) -> Decision | None:
    return Decision("approved") if f.decision_stated or f.announced else None


OUTCOME_RULES: Final[tuple[OutcomeRule, ...]] = (
    (
        "not-decided-yet",
        "The RIS says the item is open (ALLRIS `Beschlussart: (offen)`) and no vote is given: "
        "`null`, whatever its text says.",
        _open,
    ),
    (
        "an-inquiry-answered",
        "The text's own paper, the first it names, is an inquiry (`Anfrage`, `Anfrage-Nr.: …`), "
        "or its head says it answers one and no vote is told (`Beantwortung einer Anfrage`, "
        "`Betreff: Anfrage der …`, `Drucksache-Art: Kleine Anfrage`, `Antwort der Verwaltung`, "
        "`Beantwortung durch das Bezirksamt:`; before the answer, where a heading "
        "of its own opens it: a vote the answer tells is what it answers), and neither a status "
        "nor a "
        "`Beschluss:` heading follows: a question and its answer decide nothing, whatever "
        "decisions the answer quotes: `null`; and the votes its prose tells are no votes of the "
        "text.",
        _inquiry,
    ),
    (
        "result-cut-off",
        "The text ends inside a vote result (`Abstimmungsergebnis Dafür: 11, Dage`), or in "
        "mid-sentence after votes on procedure or amendments only (or after none, under the "
        "heading of its result: `Beratungsergebnis:` over the debate), no status "
        "is given and no other vote shows a result but inner ones (on procedure, on an "
        "amendment): the item's final vote is cut off, so `null`, even under a `Beschluss:` "
        "heading; no vote before it is decisive.",
        _cut_off,
    ),
    (
        "several-decisions-differ",
        "The text holds several status values that name different outcomes (a page of several "
        "items, a paper's history across bodies, a Beratungsfolge with each body's result): it "
        "settles no one outcome, so `null` (the agreement rule of the conventions).",
        _several_results_differ,
    ),
    (
        "parts-differ",
        "The decided text's parts (`a) …`, `b) …`) were voted one by one, each with its own "
        "result (or two votes at least are headed by the parts they are on: `Abstimmungsergebnis "
        "zu Ziffer 2:`), and those results name different outcomes: the parts are the "
        "decisions, and a "
        "status over them (`Einstimmig beschlossen`, often part a)'s) does not override them, "
        "so `null`.",
        _parts_differ,
    ),
    (
        "status-against-vote",
        "The status approves and the decisive vote rejects, or the other way round: the vote's "
        "own words (or the decided text agreeing with it) decide (RP303); where only its counts "
        "disagree, the status's verdict stands, as with a qualified majority or a tie (RP307).",
        _status_against_vote,
    ),
    (
        "adopted-motion-ends-the-item",
        "The decisive vote adopts a motion that ends the item (`Die beantragte Vertagung wird "
        "mit Stimmenmehrheit angenommen`): what that motion does (`postponed`, `referred`).",
        _adopted_motion_ends_the_item,
    ),
    (
        "withdrawn-without-vote",
        "Without a status, the text says in prose that the motion was withdrawn (`Der Antrag "
        "ist damit zurückgezogen.`), and no vote is told but consents without one (`Hiergegen "
        "erhebt sich kein Widerspruch`): `withdrawn`; a consent is to the withdrawal or to a "
        "matter beside the motion.",
        _withdrawn_without_vote,
    ),
    (
        "prose-decisions-differ",
        "Without a status or a `Beschluss:` heading, the text states decisions in sentences "
        "of prose (`Der Ortsbeirat nimmt den Bericht zur Kenntnis.` twice, `… wird "
        "zurückgezogen`, `… wird vertagt`), two at least, or one beside two votes stated in "
        "words (`genehmigt die Niederschrift einstimmig`, `lehnt eine Überweisung … ab`; in a "
        "list of decisions announced as taken, any vote: `Der Beschluss erfolgte mit 9 "
        "Ja-Stimmen bei 2 Gegenstimmen.`; not votes on procedure or amendments), and together "
        "they name different outcomes: the minutes of several items settle no one outcome, so "
        "`null`.",
        _prose_decisions_differ,
    ),
    (
        "adopted-text-does-more",
        "The decided text was adopted (by a plain approving status such as `beschlossen`, else "
        "the decisive vote, else a `Beschluss:` giving it; or headed as changed, `Geänderter "
        "Beschluss:`, where the change is what it does) and itself rejects the motion, takes "
        "note, postpones, refers or withdraws "
        "(`Der Antrag wird abgelehnt.`, `… wird vertagt`), or says it was changed in the meeting "
        "(`mit folgender Änderung`, unless the status says `ungeändert`), or, where it does "
        "nothing of its own (a motion's text), the body's sentence rejects or refers the motion "
        "or declares it settled (`Der Kreistag beschließt, den Antrag … zu verweisen.`, `Die "
        "Fraktion erklärt den Antrag für erledigt.`): that. RP303 where a "
        "status said otherwise. A text that gives the body's statement (`… gibt folgende "
        "Stellungnahme ab:`) does only that: its clauses are what it says about the matter.",
        _adopted_text_does_more,
    ),
    (
        "amended-in-the-meeting",
        "The decisive vote approves (or names only who voted how, under a status that approves "
        "or, without one, under a decision the text states that does), "
        "and before it an amendment to the item (`Änderungsantrag`, "
        "`Ergänzungsantrag`, `Ersetzungsantrag` …) was adopted in the same text, or the result "
        "right above it says the proposal was adopted with changes (`… empfiehlt, dem "
        "Beschlussvorschlag mit folgender Änderung zuzustimmen:`), or, without a status, the "
        "Beratungsfolge's results say the item was changed (`mit Änderungen beschlossen`), or "
        "the proposal or the decided text is headed as changed (`Geänderter "
        "Beschlussvorschlag:`, `Beschluss in der Fassung des Änderungsantrages …:`) or said to "
        "be changed in the sitting (`Der so ergänzte Antrag wird zur Abstimmung gestellt.`, `… "
        "lässt über den ergänzten Antrag abstimmen`, `Die Antragsteller übernehmen diese "
        "Ergänzung …`), or reported in so many words as adopted with changes (`Der "
        "Beschlussvorschlag wurde mit folgender Änderung beschlossen:`), or the "
        "vote's own words say the text was changed under a status that only approves (`… mit "
        "der in der Sitzung vorgenommenen Änderung einverstanden` under `Beschlussart: "
        "beschlossen`): "
        "`approved_amended`, unless the status says otherwise (`ungeändert beschlossen`, or any "
        "outcome but a plain approval).",
        _amended_in_the_meeting,
    ),
    (
        "unknown-status",
        "A status phrase not in the vocabulary (not a decision sentence that does what it "
        "says: `Beschluss: Der Antrag … wird für erledigt erklärt.` is `other`): the decisive "
        "vote's outcome (`approved_amended` where it approves and the phrase says the text was "
        "changed: `Beschluss (in der geänderten Fassung):`); over a vote that names only who "
        "voted how, the result prose reports (`Beschluss: Anregung an den Magistrat` over `Die "
        "Vorlage wird mit der Maßgabe beschlossen, dass …`); else `other`. A phrase of the "
        "vocabulary that settles the item otherwise (`erledigt`) over a consent without a vote "
        "(`ohne Widerspruch`, `ist damit einverstanden`), or over a vote beside a sentence that "
        "settles it so (`… erklärt den Antrag für erledigt`): `other`, what the consent or the "
        "vote was to.",
        _unknown_status,
    ),
    (
        "verdict-under-a-manner-status",
        "The status says only how the body voted (`mit Stimmenmehrheit`, `einstimmig`, a form's "
        "ticked box of the manner) and the decisive vote's own words give another outcome than "
        "approval (`[X] Vertagung`, `zur Kenntnis genommen`): the vote's outcome.",
        _verdict_under_a_manner_status,
    ),
    ("status", "An explicit status (`Beschluss: ungeändert beschlossen`).", _status),
    (
        "stated-against-the-counts",
        "Without a status or a `Beschluss:` heading, the decisive vote has counts and no "
        "verdict of its own, the counts "
        "approve, and every decision prose states outside it is a rejection (`Neun stimmten "
        "dafür, sieben dagegen. … ist der Antrag nicht angenommen.`): `rejected`, the verdict "
        "stands as with a qualified majority or a tie (RP307).",
        _stated_against_counts,
    ),
    (
        "recommendation-followed",
        "Without a status, the decisive vote follows another body's recommendation (`Die "
        "Bezirksverordnetenversammlung folgt der Beschlussempfehlung mehrheitlich …`) and every "
        "decision prose states is a rejection (`Der Antrag ist damit abgelehnt.`): the "
        "recommendation was to reject, so `rejected`.",
        _recommendation_followed,
    ),
    (
        "decisive-vote",
        "The decisive vote's outcome (its words, else its counts); not an inner vote where a "
        "`Beschluss:` gives the decision apart from it, and never a vote on procedure (`Die "
        "Dringlichkeit ist damit anerkannt`: the item's own outcome is not told by it).",
        _vote,
    ),
    (
        "sides-under-a-stated-decision",
        "Without a status, the decisive vote names only who voted how (`Zustimmung: B90/Grüne, "
        "SPD` / `Ablehnung: AfD`), no counts and no words of its own, under a decision the text "
        "states (`Der Ausschuss empfiehlt der Stadtverordnetenversammlung, den Antrag zu "
        "beschließen.`): what that decision does; not where another vote sets a group of it on "
        "the other side (each sitting's line of sides in a paper's course, no results given).",
        _sides_under_a_stated_act,
    ),
    (
        "results-agree",
        "Without a status of its own, the results a Beratungsfolge gives every body, where they "
        "agree (`… ungeändert beschlossen`).",
        _results_agree,
    ),
    (
        "bare-proposal",
        "The text is numbered clauses and nothing else (`1. Der Stadtrat beschließt …`, `2. Die "
        "Verwaltung wird beauftragt …`), with no status, no `Beschluss:` heading and no vote: a "
        "Beschlussvorschlag printed bare, which does not say it was adopted: `null`, whatever "
        "its clauses decide.",
        _bare_proposal,
    ),
    (
        "stated-in-prose",
        "A decision stated in prose outside a vote (`Beschluss vom 20.03.2019 (vertagt …)`); "
        "where a decision heading's text, or the one decision announced as taken, adopts and "
        "then takes note of a paper or declares another motion settled (`Der Vorlage M 23 wird "
        "zugestimmt. … Die Vorlage NR 812 wird für erledigt erklärt.`): `approved`.",
        _statement,
    ),
    (
        "decision-given",
        "A `Beschluss:` heading with text, or a text that announces the decisions it lists as "
        "taken (`In der Sitzung am … wurden folgende Beschlüsse gefasst:`, a gazette's "
        "`Öffentliche Beschlüsse der Sitzung …`), and nothing that says it failed or that "
        "nothing was decided (`Ein Beschluss war nicht zu fassen.`): `approved`.",
        _decision_given,
    ),
)
"""The outcome rules (name, rule, test), first match wins; none matching gives ``null``."""


def resolve(e: Evidence) -> Resolved:
    """The decisive vote and the outcome, with the findings about them."""
    votes, notes = _completed(e.votes, e.status_vote, e.status)
    votes = _mark_decisive(votes, e.status.outcome if e.status else None, e.statement)
    decisive = next((v for v in votes if v.decisive), None)
    facts = Facts(
        status=e.status.outcome if e.status else None,
        unchanged=e.status is not None and e.status.amended is False,
        changed=e.status is not None and e.status.amended is True,
        headed_as_changed=e.status is not None
        and e.status.amended is True
        and _changed_heading(vocab.key(e.status.text)),
        status_listed=e.status is not None
        and e.status.outcome == "other"
        and vocab.status_outcome(e.status.text) == "other",
        status_known=e.status is not None
        and e.status.outcome == "other"  # (read only where it matters: act_of reads the text)
        and vocab.act_of([e.status.text]) == "other",
        status_manner=e.status is not None and vocab.key(e.status.text) in _MANNER_STATUS,
        vote=decisive,
        act=e.act,
        act_may_do_more=e.act_may_do_more,
        statement=e.statement,
        reported=e.reported,
        decision_stated=e.decision_stated,
        announced=e.announced,
        announced_one=e.announced_one,
        inquiry=e.inquiry,
        bare_clauses=e.bare_clauses,
        proposal_changed=e.proposal_changed,
        results=e.results,
        open_=e.open_,
        cut_off=e.cut_off,
        part_votes=(
            tuple(v for v in votes if v.span.start >= e.parts_from)
            if e.parts_from is not None
            else _on_parts(votes)
        ),
        statements=e.statements,
        # the status line's vote, added when no other is given, is no sentence of prose
        prose_votes=tuple(v for v, said in zip(votes, e.in_prose, strict=False) if said),
        votes=votes,
    )
    decision = Decision(None)
    rule = None
    for name, _rule, test in OUTCOME_RULES:
        found = test(facts)
        if found is not None:
            decision, rule = found, name
            if test is _cut_off or test is _inquiry:
                # the item's final vote is cut off: no vote before it decides (an amendment's);
                # a question and its answer decide nothing: a vote the answer tells is none
                votes = tuple(v._replace(decisive=False) for v in votes)
            break
    parts = _on_parts(votes) if e.parts_from is None else ()
    if parts and not any(inner(v) for v in parts) and any(v.decisive for v in parts):
        # "Abstimmungsergebnis zu Ziffer 1: einstimmig" / "… zu den Ziffern 2 und 3: Ja: 27 …":
        # the decided text's parts voted one by one; what those votes agree on is its vote
        votes = (*(v._replace(decisive=False) for v in votes), _together(parts))
    decisions = sum(r is not None for r in e.results)
    shown = [v for v in votes if not inner(v) and v.outcome_basis != "items"]
    if e.history and decisions >= 2 and shown and not parts:
        # a paper's history, each body's decision shown: what their votes agree on is the
        # text's vote; a decision shown without a vote says nothing, so every field is null
        together = _together(shown) if len(shown) >= 2 else shown[0]
        # (or a result no vote shown gives: "überwiesen" in the table, no vote told for it)
        if decisions > len(shown) or any(
            r is not None and all(agreed([r, v.outcome]) is None for v in shown) for r in e.results
        ):
            together = together._replace(
                unanimous=None, majority=None, counts=VoteCounts(), groups=VoteGroups()
            )
        together = together._replace(outcome_basis="items", decisive=True)
        votes = (*(v._replace(decisive=False) for v in votes), together)
    if decision.against_counts:
        # the vote takes the verdict; the checks report it against the counts (RP307)
        votes = tuple(
            v._replace(outcome=decision.outcome, outcome_basis="words") if v.decisive else v
            for v in votes
        )
    if e.status is not None and decision.note is not None:
        at = (
            decisive.span
            if decisive is not None and opposed(facts.status, decisive.outcome)
            else e.status.span
        )
        notes.append(diagnostic("RP303", decision.note, at))
    if rule == "an-inquiry-answered":
        # the votes an answer tells in its prose are the sittings' it reports ("… zuletzt beim
        # Satzungsbeschluss am 25.04.2023, der mit 21:20 Stimmen gefasst wurde"), none of the
        # text (a vote of its own under its label stays: "Abstimmungsergebnis: einstimmig" on
        # referring the inquiry's debate)
        told = {v.span.start for v in facts.prose_votes}
        votes = tuple(v for v in votes if v.span.start not in told)
    # a status that records no decision (ALLRIS "Beschlussart: erledigt" over a report) makes
    # no resolution by itself
    status_only = e.status is not None and e.status.outcome == "other" == decision.outcome
    resolution = bool(
        votes or e.speaks_of_decision or (decision.outcome is not None and not status_only)
    )
    return Resolved(votes, decision.outcome, resolution, tuple(notes), rule)
