"""The parts reader: where a decision was voted on part by part, each part with its own result.

A council often votes on the parts of one paper separately, and the result then gives a vote
for each part, headed by the part's number:

    Zu Punkt a): 6 Ja-Stimmen, 0 Enthaltungen, 6 Nein-Stimmen … Zu Punkt b): 9 Ja-Stimmen, …
    1. 8 Ja-Stimmen, 0 Nein-Stimmen, 5 Enthaltungen 2. 9 Ja-Stimmen, 1 Nein-Stimme, …
    a) einstimmig, 0 Enthaltungen b) 9 Ja-Stimmen, 4 Nein-Stimmen, 1 Enthaltung …
    1. T1 Kreis-Sportbund e.V. einstimmig, 1 Enthaltung 2. T9 Landesbetrieb … einstimmig …

The parts are the decisions (the conventions' agreement rule then gives the text's outcome):
:func:`find_parts` gives where each runs in the clean text. A run of part numbers counts when it
runs as a list does (1, 2, 3 or a, b, c; a range such as ``2. – 4.`` stands for the parts it
spans), holds two parts at least, and every part holds a vote result; no part opens by naming
an amendment (``a) Änderungsantrag der …``: votes on amendments before the item's own), nor is
headed by a stage of the item's record alone (``a) Dringlichkeit`` / ``b) Beratung`` / ``c)
Beschluss``). Numbered
clauses of a decided text with one vote after them are no parts: the clauses before the last hold
no vote.

Linear: one scan for part numbers, one search for a vote in each part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, NamedTuple

from ratsparse import vocab
from ratsparse.items import Cut

_LABEL: Final = re.compile(
    r"""(?=[ZzAPNB0-9a-h])  # (every label opens with one of these: speed)
    (?:(?<![\w.,/-])|(?<=[a-zäöüß]\.)(?=Zu[ ]))  # ("… abgelehnt.Zu 2:": a result field's glue)
    (?:
        (?P<zu>(?:(?:[Zz]u|Abstimmung(?:[ ](?:über|zu)(?:[ ]die)?)?)[ ])?
                (?:Punkt|Ziffer|Ziff\.|Nr\.|Beschlusspunkt|Beschluss|Absatz)[ ]
              | [Zz]u[ ])
            (?P<zu_key>[0-9]{1,2}|[a-h])(?:\.|\))?[ ]?(?::|(?=[ ]*\n))  # (or heading its line)
      | (?P<told>(?:Punkt|Ziffer|Ziff\.|Beschlusspunkt)[ ])
            (?P<told_key>[0-9]{1,2}|[a-h])(?:\.|\))?(?=[ ]+(?:wurden?|wird|werden)\b)
            # ("Ziffer 2 wurde …", "Ziffer 1 wird einstimmig angenommen.")
      | (?P<num>[0-9]{1,2})\.(?:[ ]?[-–][ ]?(?P<num_to>[0-9]{1,2})\.)?(?=[ ]|[a-zäöü])
      | (?P<letter>[a-h])\)(?:[ ]?[-–][ ]?(?P<letter_to>[a-h])\))?(?=[ ])
    )""",
    re.VERBOSE,
)
"""A part's number as results head it: ``Zu Punkt a):``, ``Zu 2:``, ``Ziffer 1:``, ``Abstimmung
Ziffer 2:``, ``Beschluss 2:`` (decisions numbered, each with its result), ``Absatz 3:`` (an
unnumbered decided text voted paragraph by paragraph),
``Beschlusspunkt 01`` (alone on its line), ``3.``, ``2. – 4.``, ``b)``; or as a
sentence tells it: ``Ziffer 2 wurde mit 45 gegen 32 Stimmen beschlossen``, ``Ziffer 1 wird
einstimmig angenommen``."""

_STAGE: Final = re.compile(
    r"[ ]*(?:Dringlichkeit|Beratung|Aussprache|Sachverhalt|Begründung|Anhörung|Beschluss"
    r"|Abstimmung|Beschlussfassung|Ergebnis)[ ]*(?::[ ]*)?$",
    re.MULTILINE,
)
"""A part headed by a stage of the item's record alone (``a) Dringlichkeit`` / ``b) Beratung`` /
``c) Beschluss``): the steps of one decision, the last of which decides, no parts of it."""

_AMENDMENT: Final = re.compile(
    # (the vote's word before it: "a) Abstimmung über den Änderungsantrag ÄA/0097/2023:")
    r"[ ]*(?:(?:Abstimmung|Beschlussfassung)[ ]+(?:über[ ]+|zu[ ]+|(?=zu[mr][ ])))?"
    r"(?:(?:der|die|das|den|dem|zum|zur)[ ]+)?(?:Änderungs|Ergänzungs|Zusatz|Ersetzungs)"
    r"(?:antr(?:ag|äge)|vorschlag)\b",
    re.IGNORECASE,
)
"""A part that opens by naming an amendment (``a) Änderungsantrag der Fraktion …``): a vote on
an amendment before the item's own, no part of the decision (the conventions)."""

_BALLOT: Final = re.compile(r"[ ]*(?:Wahlgang|Durchgang|Abstimmungsgang)\b")
"""A number that counts the ballots of one election (``1. Wahlgang``, ``2. Wahlgang``): the
ballots are no parts; the last one decides."""

MAX_PARTS: Final = 60
"""No paper is voted on in more parts than this; a longer run of numbers is a list of something
else."""


@dataclass(frozen=True, slots=True)
class _Label:
    style: str
    first: int
    last: int
    label: str
    start: int
    end: int


def _key(text: str) -> int:
    """A part's place in its list: 1 for ``1`` and ``a``."""
    return int(text) if text.isdecimal() else ord(text) - ord("a") + 1


_AMENDMENT_REACH: Final = 300
"""How far before a part's number its paragraph may name the amendment it is about."""


def _of_an_amendment(text: str, at: int) -> bool:
    """Whether the paragraph before ``at`` (at most :data:`_AMENDMENT_REACH` characters back)
    names an amendment: ``Abstimmung über den Änderungsantrag … (Streichung der Ziffer 1):``
    heads a vote on the amendment, not on a part of the decision."""
    low = max(0, at - _AMENDMENT_REACH)
    start = max(low, text.rfind("\n\n", low, at))
    return _AMENDMENT.search(text, start, at) is not None


_ZU: Final = frozenset({"zu ", "Zu "})
"""The word before a part's number that heads its vote (``zu 1.``)."""


def _labels(text: str) -> list[_Label]:
    out = []
    for m in _LABEL.finditer(text):
        if m.group("zu_key") is not None and _of_an_amendment(text, m.start()):
            continue
        if m.group("zu_key") is not None or m.group("told_key") is not None:
            key = _key(m.group("zu_key") or m.group("told_key"))
            out.append(_Label("zu", key, key, m.group().rstrip(" :"), m.start(), m.end()))
        else:
            # (a "zu" before the number is the label's: "zu 2. GRÜNE, …" ends the part before)
            start = m.start() - 3 if text[max(0, m.start() - 3) : m.start()] in _ZU else m.start()
            if m.group("num") is not None:
                first = int(m.group("num"))
                last = int(m.group("num_to") or first)
                out.append(_Label("num", first, last, m.group(), start, m.end()))
            else:
                first = _key(m.group("letter"))
                last = _key(m.group("letter_to") or m.group("letter"))
                out.append(_Label("letter", first, last, m.group(), start, m.end()))
    return out


def _runs(labels: list[_Label]) -> list[list[_Label]]:
    """Every run of labels that counts as a list does, from 1 on: each next one opens where
    the one before ends (a label that fits no run is passed over)."""
    runs: list[list[_Label]] = []
    for label in labels:
        if label.first == 1 and label.last >= 1:
            runs.append([label])
        elif runs and label.first == runs[-1][-1].last + 1 and label.last >= label.first:
            runs[-1].append(label)
    return runs


class Parts(NamedTuple):
    cuts: list[Cut]
    """Each part: its number, and its text from after the number to the next part's."""
    opens: int
    """Where the first part's number stands (the text before it is the decision's own)."""


def find_parts(text: str) -> Parts:
    """The parts of a result voted part by part, each with its number, from after the number to
    the next part's (the last to the end of the text); none where the text is not one (see the
    module docstring)."""
    labels = _labels(text)
    found: list[Cut] = []
    opens = len(text)
    for style in ("zu", "num", "letter"):
        for run in _runs([label for label in labels if label.style == style]):
            if not 2 <= len(run) <= MAX_PARTS or len(run) < len(found):
                continue
            ends = [label.start for label in run[1:]] + [len(text)]
            if all(
                vocab.VOTE_RESULT.search(text, label.start, end) is not None
                for label, end in zip(run, ends, strict=True)
            ) and not any(
                _AMENDMENT.match(text, label.end)
                or _BALLOT.match(text, label.end)
                or _STAGE.match(text, label.end)
                for label in run
            ):
                found = [
                    Cut(label.label, None, label.end, end)
                    for label, end in zip(run, ends, strict=True)
                ]
                opens = run[0].start
    return Parts(found, opens)
