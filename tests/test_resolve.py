"""The resolver, rule by rule: which vote is decisive, and what the outcome is.

Each row is a short text of our own and what the resolver must make of it. The README's section
"How the outcome is decided" lists the same rules in the same order; a test holds them equal.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ratsparse import parse_text
from ratsparse.resolve import DECISIVE_RULES, OUTCOME_RULES

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.mark.parametrize(
    ("text", "decisive_subject", "decisive_counts"),
    [
        # an inner vote on procedure after the item's count line is not decisive
        (
            "Beschluss: mehrheitlich beschlossen\nAbstimmung: Ja: 18, Nein: 9\n"
            "Protokoll:\nDie Bürgermeisterin lässt über den Geschäftsordnungsantrag abstimmen:\n"
            "Ja: 8\nNein: 20\n",
            None,
            (18, 9),
        ),
        # an amendment voted before the main vote
        (
            "Abstimmung über den Änderungsantrag der SPD-Fraktion:\nJa: 5, Nein: 12\n\n"
            "Abstimmung über die Vorlage:\nJa: 15, Nein: 2\n",
            "Vorlage",
            (15, 2),
        ),
        # the urgency vote comes first, the main vote decides
        ("Zur Dringlichkeit: einstimmig\n\nAbstimmungsergebnis: Ja: 10, Nein: 3\n", None, (10, 3)),
        # an inner vote alone is all there is: it is decisive
        (
            "Die Vorsitzende lässt über den Geschäftsordnungsantrag abstimmen:\nJa: 8\nNein: 20\n",
            "Geschäftsordnungsantrag",
            (8, 20),
        ),
        # of two votes, the one the status does not contradict
        (
            "Beschluss: mehrheitlich beschlossen\nAbstimmung: Ja: 21, Nein: 10\n\n"
            "Protokoll:\nGeheime Abstimmung auf Antrag der Fraktion X:\nStimmen dafür 9\n"
            "Stimmen dagegen 23\n",
            None,
            (21, 10),
        ),
        # the same vote told twice: the header in full, a count table cut off below
        (
            "Beschluss: mehrheitlich abgelehnt\nAbstimmung: Ja: 11, Nein: 4, Enthaltungen: 3\n\n"
            "Der Stadtrat beschließt die Satzung.\n\nAbstimmungsergebnis:\n\nAnwesend\n\n18\n\n"
            "JA-Stimmen\n\n11\n\nNEIN-Stimmen\n\n4\n",
            None,
            (11, 4, 3),
        ),
        # a bare result under its count table, each under a heading of its own
        (
            "Abstimmung:\nJa-Stimmen: 6    Nein-Stimmen: 44    Stimmenthaltungen: 2\n\n"
            "Ergebnis: Der Antrag ist abgelehnt.\n",
            None,
            (6, 44, 2),
        ),
        # the count of an adopted motion to postpone, under "Ergebnis: vertagt"
        (
            "Abstimmung über den Vertagungsantrag:\nJa 24 | Nein 17 | Enthaltung 2\n\n"
            "Ergebnis: vertagt\n",
            "Vertagungsantrag",
            (24, 17, 2),
        ),
        # "mehrheitlich beschlossen" right under the count table it sums up
        (
            "Der Rat beschließt die Satzung.\n\nAbstimmungsergebnis:\nJa: 13\nNein: 1\n"
            "Enthaltung: 1\n\nErgebnis: mehrheitlich beschlossen\n",
            None,
            (13, 1, 1),
        ),
        # … but not a count told elsewhere, above the body's own verdict
        (
            "Der Rat beschließt die Satzung.\n\nAbstimmungsergebnis: Ja: 13, Nein: 1\n\n"
            "Die Verwaltung erläutert die Satzung ausführlich und beantwortet die Fragen der "
            "Mitglieder zu den einzelnen Paragraphen.\n\nAbstimmung: einstimmig beschlossen\n",
            None,
            (None, None, None),
        ),
        # … but not where the other vote's Yes and No differ
        (
            "Abstimmung: Ja: 10, Nein: 4, Enthaltungen: 2\n\nAbstimmungsergebnis:\n"
            "Ja-Stimmen 10\nNein-Stimmen 3\n",
            None,
            (10, 3, None),
        ),
    ],
)
def test_decisive_vote(
    text: str, decisive_subject: str | None, decisive_counts: tuple[int, ...]
) -> None:
    [decisive] = [v for v in parse_text(text).votes if v.decisive]
    assert decisive.subject == decisive_subject
    counts = (decisive.counts.yes, decisive.counts.no, decisive.counts.abstain)
    assert counts[: len(decisive_counts)] == decisive_counts


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # an-inquiry-answered: the answer quotes decisions taken elsewhere
        (
            "Anfrage\n\nNummer:           AF0873/24\nDatum:            18.11.2024\n"
            "Status:           beantwortet\n\nThema: Radweg – Stand nach Vertagung im Ausschuss\n\n"
            "Anfrage:\n\nDer Stadtrat hat in seiner Sitzung am 14.09.2023 den Antrag A0456/23 "
            "mehrheitlich\nabgelehnt und stattdessen die Vorlage V2011/23 mit Änderungen "
            "beschlossen. Die\nBehandlung des Folgebeschlusses wurde im Ausschuss am 06.11.2024 "
            "vertagt.\n",
            None,
        ),
        (
            "Anfrage-Nr.: 0089/2025\n\nAntwort der Verwaltung:\n\nZu 1.:\nDer Rat hat den VEP mit "
            "41 Ja-Stimmen bei 19 Gegenstimmen beschlossen.\n",
            None,
        ),
        # (guard: an inquiry the body decides on, under its decision's heading)
        (
            "Anfrage-Nr.: 0089/2025\n\nBeschluss:\nDer Rat nimmt die Antwort der Verwaltung zur "
            "Kenntnis.\n",
            "noted",
        ),
        # result-cut-off: the text ends inside its one vote's counts
        (
            "Beschluss:\nDer Gemeinderat beschließt die Satzung.\nAbstimmungsergebnis:\n"
            "Dafür: 9, Dage",
            None,
        ),
        (
            "Beschluss:\nDer Gemeinderat beschließt die Satzung.\nAbstimmungsergebnis:\n"
            "Dafür: 9, Dagegen: 2",
            "approved",
        ),
        # … and where only an amendment's vote before it shows a result
        (
            "Abstimmung über den Änderungsantrag der Fraktion X:\nJa: 3, Nein: 12\n"
            "Abstimmung über die Vorlage:\nJa: 12, Nei",
            None,
        ),
        (
            "Abstimmung über den Änderungsantrag der Fraktion X:\nJa: 3, Nein: 12\n"
            "Abstimmung über die Vorlage:\nJa: 12, Nein: 3\n",
            "approved",
        ),
        # several-decisions-differ: a page of several items, a paper's history
        (
            "Ö 1\nBeschluss: ungeändert beschlossen\nÖ 2\nBeschluss: zur Kenntnis genommen\n",
            None,
        ),
        # (adopted as proposed, and adopted with changes: they differ, the agreement rule of the
        # conventions)
        (
            "Ö 1\nBeschluss: ungeändert beschlossen\nÖ 2\nBeschluss: geändert beschlossen\n",
            None,
        ),
        (
            "Beratungsfolge:\nAusschuss für Bauen 12.03.2025 vertagt\n"
            "Rat der Stadt 20.05.2025 ungeändert beschlossen\n",
            None,
        ),
        (
            "Ö 2\nBeschluss: bestätigt\nÖ 3\nBeschluss: Nichtbehandlung\n"
            "Ö 4\nBeschluss: ungeändert beschlossen\n",
            None,
        ),
        # results-agree
        (
            "Beratungsfolge:\nAusschuss für Bauen 12.03.2025 ungeändert beschlossen\n"
            "Rat der Stadt 20.05.2025 ungeändert beschlossen\n",
            "approved",
        ),
        # not-decided-yet: ALLRIS says the item is open
        ("Gremium: Rat Beschlussart: (offen)\nBeschluss\nDer Rat beschließt die Satzung.\n", None),
        # parts-differ: the parts voted one by one are the decisions, not the status over them
        (
            "Beschluss: einstimmig beschlossen\nBeschluss:\na) Die Satzung wird beschlossen.\n"
            "Abstimmungsergebnis:\nJa: 20\nNein: 0\nb) Die Gebühr entfällt.\n"
            "Abstimmungsergebnis:\nJa: 8\nNein: 12\n",
            None,
        ),
        (
            "Beschluss: einstimmig beschlossen\nBeschluss:\na) Die Satzung wird beschlossen.\n"
            "Abstimmungsergebnis:\nJa: 20\nNein: 0\nb) Die Gebühr entfällt.\n"
            "Abstimmungsergebnis:\nJa: 12\nNein: 8\n",
            "approved",
        ),
        # status-against-vote
        (
            "Beschluss: mehrheitlich beschlossen\nAbstimmungsergebnis: 5 Ja / 9 Nein\n"
            "Damit ist der Antrag abgelehnt.\n",
            "rejected",
        ),
        # adopted-motion-ends-the-item
        ("Die beantragte Vertagung wird mit Stimmenmehrheit angenommen.\n", "postponed"),
        (
            "Der Antrag, den Beratungsgegenstand an einen Ausschuss zu verweisen, wird einstimmig "
            "angenommen.\n",
            "referred",
        ),
        (
            "Der Vorsitzende schlägt vor, den Punkt zu vertagen. Dieser Antrag wird mit 16 zu "
            "zwölf Stimmen angenommen.\n",
            "postponed",
        ),
        # a decision of another meeting, told here, is none of this text
        (
            "Der Bürgermeister berichtet, dass in der letzten Sitzung des Ausschusses beschlossen "
            "wurde, den Antrag zurückzustellen.\n",
            None,
        ),
        # a vote heading's text that adopts a motion ending the item
        (
            "Abstimmung:\nDie vom Oberbürgermeister beantragte Vertagung des Themas wird\n"
            "mit Stimmenmehrheit angenommen.\n",
            "postponed",
        ),
        # told in indirect speech: decided elsewhere or before
        (
            "Herr R. berichtet, dass drei Ausgaben im Rahmen von Eilentscheidungen genehmigt "
            "worden seien.\n",
            None,
        ),
        # unknown-status: "erledigt" over a vote beside a sentence that settles it so (a guard:
        # the probe's text, tests/probes/twelfth/D/D-17.txt, is the failing case)
        (
            "Beschluss:\nerledigt\n\nDer Präsident weist darauf hin, dass das Anliegen umgesetzt "
            "ist. Die Fraktion ist mit der Feststellung der Erledigung einverstanden.\nDie "
            "Bürgerschaft erklärt den Antrag für erledigt.\n\nAbstimmungsergebnis:\n"
            "Zustimmung: 37\nGegenstimmen: 0\nStimmenthaltungen: 0\n",
            "other",
        ),
        # withdrawn-without-vote: a consent beside the withdrawal is to a matter beside it
        (
            "Frau K. zieht den Antrag zurück. Der Antrag ist damit zurückgezogen. Eine "
            "Abstimmung findet nicht statt.\nHerr Y. regt an, das Thema im Frühjahr erneut "
            "aufzurufen. Hiergegen erhebt sich kein Widerspruch.\n",
            "withdrawn",
        ),
        # ... but not beside a vote that counts: that vote decides
        (
            "Der Antrag A wird zurückgezogen.\nDer Antrag B wird mit 9 Ja-Stimmen und 2 "
            "Nein-Stimmen angenommen.\n",
            "approved",
        ),
        # prose-decisions-differ: minutes of several items, each decided in a sentence
        (
            "Der Ortsbeirat genehmigt die Niederschrift einstimmig.\nDer Ortsbeirat nimmt die "
            "Mitteilung zur Kenntnis.\nDer Ortsbeirat nimmt den Bericht zur Kenntnis.\n",
            None,
        ),
        (
            "Der Antrag A wird zurückgezogen.\nDer Antrag B wird in die nächste Sitzung vertagt.\n",
            None,
        ),
        # … where they agree, they settle it
        (
            "Der Ortsbeirat nimmt die Mitteilung zur Kenntnis.\nDer Ortsbeirat nimmt den "
            "Bericht zur Kenntnis.\n",
            "noted",
        ),
        (
            "Der Rat nimmt den Bericht zur Kenntnis.\nDer Antrag der Fraktion X auf einen "
            "Zuschuss wird zurückgestellt.\n",
            None,
        ),
        # under a Beschluss heading the sentences are one decided text (the last says what)
        (
            "Beschluss:\nDer Rat nimmt den Bericht zur Kenntnis.\nDer Antrag der Fraktion X auf "
            "einen Zuschuss wird zurückgestellt.\n",
            "postponed",
        ),
        # a vote section's bare verdict adopts the decided text: no decision of its own
        (
            "Beschluss:\nDer Ausschuss nimmt den Bericht zur Kenntnis. Er nimmt auch die "
            "Stellungnahme zur Kenntnis.\nAbstimmungsergebnis: einstimmig beschlossen\n",
            "noted",
        ),
        # told in the subjunctive: what is to happen, not a decision of this text
        (
            "Der Vorsitzende teilt mit, dass der Antrag der Fraktion X in die nächste Sitzung "
            "vertagt werde.\n",
            None,
        ),
        ("Außerdem würden alle übrigen Vorlagen in die Sitzung im Mai vertagt.\n", None),
        ("Der Antrag der Fraktion X wird in die nächste Sitzung vertagt.\n", "postponed"),
        # adopted-text-does-more
        ("Beschluss: beschlossen\nDer Antrag der Fraktion X wird zurückgestellt.\n", "postponed"),
        ("Beschluss: beschlossen\nDie Vorlage wird in den Bauausschuss verwiesen.\n", "referred"),
        ("Beschluss: beschlossen\nDer Rat beschließt, den Antrag abzulehnen.\n", "rejected"),
        ("Beschluss: beschlossen\nDer Rat nimmt den Bericht zur Kenntnis.\n", "noted"),
        (
            "Beschluss: beschlossen\nDer Rat nimmt den Bericht zur Kenntnis und bewilligt die "
            "Mittel.\n",
            "approved",
        ),
        (
            "Beschluss: beschlossen\nDer Rat beschließt den Beschlussvorschlag mit folgender "
            "Änderung: Satz 2 entfällt.\n",
            "approved_amended",
        ),
        (
            "Mit 21 Ja-Stimmen und 2 Enthaltungen fasst der Gemeinderat folgenden Beschluss:\n\n"
            "Der Entwurf wird "
            "unter Einbeziehung der Anmerkungen von GR X gebilligt.\n",
            "approved_amended",
        ),
        (
            "Beschluss:\nDer Antrag wurde in der Sitzung in einen Prüfantrag umgewandelt.\nDem "
            "Prüfantrag wurde einstimmig zugestimmt.\n",
            "approved_amended",
        ),
        # a failed motion to postpone is an inner vote: the Beschluss decides
        (
            "Beschluss:\nDas Einvernehmen ist zu erteilen.\nEin Antrag auf Vertagung wurde mit "
            "1 : 12 Stimmen abgelehnt.\n",
            "approved",
        ),
        (
            "Beschluss:\nDem Antrag von Herrn Stadtrat K. auf „Vertagung der Beschlussfassung“ "
            "wird zugestimmt.\nAbstimmungsergebnis:\nMehrheitlich angenommen\n",
            "postponed",
        ),
        (
            "Herr Lammers beantragt, die Abwägung zu ändern. Der Ausschuss sprach sich "
            "einvernehmlich dafür aus, die Abwägung entsprechend zu ändern.\n",
            "approved_amended",
        ),
        ("Die Tagesordnung in der angepassten Fassung wird genehmigt.\n", "approved_amended"),
        # an explicit, specific status is not overruled by the text's wording
        (
            "Beschluss: ungeändert beschlossen\nDer Rat beschließt den Beschlussvorschlag mit "
            "folgender Änderung: Satz 2 entfällt.\n",
            "approved",
        ),
        (
            "Beschluss: geändert beschlossen\nIm Protokoll wird auf den Bauausschuss verwiesen.\n",
            "approved_amended",
        ),
        # "auf … wird verwiesen" points to a text; it refers nothing
        (
            "Beschluss: beschlossen\nDer Rat ersucht das Bezirksamt, X zu tun. Auf die "
            "Stellungnahme (Nr.: 12) wird verwiesen.\n",
            "approved",
        ),
        # status
        ("Beschluss: zur Kenntnis genommen\n", "noted"),
        # decisive-vote
        ("Abstimmungsergebnis: Ja: 4, Nein: 9\n", "rejected"),
        # bare-proposal: numbered clauses with nothing over them and no result
        ("1. Der Rat beschließt die Satzung.\n2. Die Verwaltung wird beauftragt.\n", None),
        # stated in prose
        ("Beschluss vom 20.03.2019 (vertagt ins nächste Plenum)\n", "postponed"),
        # decision-given
        ("Beschluss:\nDer Rat beschließt die Satzung.\n", "approved"),
        # nothing decided: a proposal without a result
        (
            "TOP 2 Verpflichtung eines Ratsmitglieds\nBeschluss:\nKein Beschluss, da "
            "Verpflichtung nach der Gemeindeordnung\n",
            None,
        ),
        ("Beschlussvorschlag:\nDer Rat beschließt die Satzung.\n", None),
        ("Die Versammlung möge beschließen: Der Magistrat wird gebeten, X.\n", None),
        # a recommendation to the body, with no result
        (
            "Der Ältestenrat empfiehlt, die Berichte zu TOP 7.2 bis 7.6 en bloc zur Kenntnis zu "
            "nehmen.\n",
            None,
        ),
        # what a proposal says, after its colon
        (
            "Der Kreispräsident weist darauf hin, dass eine geänderte Reihenfolge vorgeschlagen "
            "wird:\n- der TOP 9a ist vertagt, - der TOP 9b ist abgesetzt.\n",
            None,
        ),
        ("Der Rat beschließt wie vorgeschlagen.\n", "approved"),
        # a referral on someone's motion ("Auf Antrag … verweist"), not a pointer to a text
        (
            "Beschluss:\nAuf Antrag der Fraktion BÜNDNIS 90/DIE GRÜNEN verweist der Stadtrat den "
            "Antrag zur Vorberatung in den Bauausschuss.\n\nAbstimmung: einstimmig\n",
            "referred",
        ),
        ("Beschluss: nach Antrag\n", "approved"),
        # an election's result said in prose
        (
            "Frau Kroll: 17\nHerr Sauter: 11\n\nDamit ist Frau Kroll zur Schiedsperson gewählt.\n",
            "approved",
        ),
        # the decided text settles the motion otherwise
        (
            "Beschluss:\nDer Gemeinderat erklärt den Antrag der Fraktion für erledigt.\n\n"
            "Abstimmungsergebnis: 19 Ja-Stimmen, 3 Nein-Stimmen\n",
            "other",
        ),
        # an amendment adopted before the decision: adopted with changes
        (
            "Der Änderungsantrag der SPD wird einstimmig angenommen.\n\nBeschluss:\nDer Rat "
            "beschließt die Satzung.\n\nAbstimmungsergebnis: mehrheitlich angenommen\n",
            "approved_amended",
        ),
        # … not one rejected, nor where the status says unchanged
        (
            "Der Änderungsantrag der SPD wird mehrheitlich abgelehnt.\n\nBeschluss:\nDer Rat "
            "beschließt die Satzung.\n\nAbstimmungsergebnis: einstimmig angenommen\n",
            "approved",
        ),
        (
            "Der Änderungsantrag der SPD wird einstimmig angenommen.\n\nBeschluss: ungeändert "
            "beschlossen\nDer Rat beschließt die Satzung.\n\nAbstimmungsergebnis: mehrheitlich"
            " angenommen\n",
            "approved",
        ),
        # a heading that says the text was changed, over a vote that approves
        (
            "Beschluss (in der durch ÄA-01 geänderten Fassung):\nDer Rat beschließt die Satzung."
            "\n\nAbstimmungsergebnis: mehrheitlich beschlossen\n",
            "approved_amended",
        ),
        # … but under a Beschluss heading the recommending body's decision is given
        ("Beschluss:\nDer Ausschuss empfiehlt dem Rat, die Satzung zu beschließen.\n", "approved"),
        # stated-against-the-counts: the counts approve, the prose after them rejects
        (
            "Zwölf Mitglieder stimmten für die Satzung, acht dagegen.\n\nDa die Satzung die "
            "Mehrheit aller Mitglieder braucht, ist sie nicht angenommen.\n",
            "rejected",
        ),
    ],
)
def test_outcome(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


def _readme_rules(heading: str) -> list[str]:
    """The rule names listed under ``heading`` in README.md (``1. **name** — …``)."""
    text = README.read_text(encoding="utf-8")
    section = text.split(heading, 1)[1].split("\n#", 1)[0]
    return re.findall(r"^\d+\. \*\*([a-z-]+)\*\*", section, re.MULTILINE)


def test_readme_lists_the_outcome_rules_in_order() -> None:
    assert _readme_rules("### The outcome") == [name for name, _, _ in OUTCOME_RULES]


def test_readme_lists_the_decisive_rules_in_order() -> None:
    assert _readme_rules("### The decisive vote") == [name for name, _ in DECISIVE_RULES]


def _decided_texts() -> list[list[str]]:
    """The decided texts of the samples and the corpus, as the resolver's act reads them."""
    from ratsparse import clauses, core
    from tests.conftest import CORPUS, SAMPLES

    folders = [SAMPLES, CORPUS / "real", CORPUS / "wild"]
    seen: list[list[str]] = []
    real = clauses.read_decided

    def spy(*args: object, **kwargs: object) -> clauses.Decided:
        decided = real(*args, **kwargs)  # type: ignore[arg-type]
        seen.append([decided.preamble or "", *clauses._clause_texts(decided.clauses)])
        return decided

    with pytest.MonkeyPatch.context() as m:
        m.setattr(core, "read_decided", spy)
        for path in sorted(p for f in folders if f.is_dir() for p in f.glob("*.txt")):
            core.read_bytes(path.read_bytes())
    return seen


def test_the_quick_test_for_an_act_that_does_more_misses_none() -> None:
    # the resolver skips reading the decided text's act where vocab.may_do_more says it can only
    # approve: wherever that says no, the act must be approval or nothing
    from ratsparse import vocab

    texts = _decided_texts()
    texts += [
        ["Der Antrag wird abgelehnt."],
        ["Die Vorlage wird zur Kenntnis genommen."],
        ["Der Punkt wird vertagt."],
        ["Dem Antrag auf Vertagung wird zugestimmt."],
        ["Der Beschlussvorschlag wird mit folgender Änderung beschlossen: …"],
        ["Der Rat beschließt die Satzung."],
    ]
    skipped = 0
    for parts in texts:
        for amended_counts in (True, False):
            if not vocab.may_do_more(parts, amended_counts=amended_counts):
                skipped += 1
                act = vocab.act_of(parts)
                assert act in (None, "approved") or (
                    act == "approved_amended" and not amended_counts
                ), parts
    assert skipped > 20  # the quick test does spare the reading
