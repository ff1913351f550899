"""A small archive with every kind of input ``ratsparse convert`` must account for."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

GOOD = {
    "rat-2023-01.txt": (
        "Sitzung: 12.01.2023\n"
        "Vorlage: VO/0042/2023\n"
        "Beschluss: ungeändert beschlossen\n\n"
        "Der Rat beschließt:\n"
        "1. Die Verwaltung wird beauftragt, einen Radweg an der Lindenallee zu planen.\n"
        "2. Die Kosten werden im Haushalt 2024 veranschlagt.\n\n"
        "Abstimmungsergebnis:\n"
        "Mit den Stimmen der SPD-Fraktion und der CDU-Fraktion gegen die Stimmen der "
        "FDP-Fraktion zugestimmt.\n"
    ),
    "rat-2023-02.txt": (
        "Vorlage: AN/0007/2023\nBeschluss: abgelehnt\n\n"
        "Der Antrag auf Umbenennung des Marktplatzes wird abgelehnt.\n\n"
        "Abstimmungsergebnis:\nJa: 12, Nein: 30, Enthaltungen: 2\n"
    ),
    "nested/bv-2023-03.txt": (
        "Vorlage: VO/0100/2023\nBeschluss: einstimmig beschlossen\n\n"
        "Die Bezirksvertretung nimmt den Bericht zur Kenntnis.\n"
    ),
}
"""Good texts, written for these tests."""

CP1252 = (
    "Vorlage: VO/0200/2023\nBeschluss: ungeändert beschlossen\n\n"
    "Die Straße am Mühlenbach erhält eine Querungshilfe.\n"
).encode("cp1252")

EXPECTED_ERRORS = {
    "empty.txt": "RP901",
    "binary.txt": "RP902",
    "missing.txt": "unreadable",
    "folder.txt": "not-a-file",
    "pipe.txt": "not-a-file",
}
"""Inputs that fail, with the code they must be reported under."""


def make_archive(root: Path) -> Path:
    """Good files, a cp1252 file, an empty file, a binary file, a dangling symbolic link (which
    cannot be read, even by root), a FIFO and a directory named like a text file."""
    root.mkdir(parents=True, exist_ok=True)
    for name, text in GOOD.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "cp1252.txt").write_bytes(CP1252)
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"PK\x03\x04\x00\x00binary\x00")
    (root / "missing.txt").symlink_to(root / "gone-for-good.txt")
    (root / "folder.txt").mkdir()
    (root / "folder.txt" / "README").write_text("not matched by *.txt\n", encoding="utf-8")
    os.mkfifo(root / "pipe.txt")
    (root / "notes.md").write_text("not matched by the default glob\n", encoding="utf-8")
    return root


def copy_samples(samples: Path, target: Path, copies: int) -> Path:
    """``copies`` folders each holding every sample text: a bigger archive of real-looking text."""
    for i in range(copies):
        folder = target / f"batch-{i:03d}"
        folder.mkdir(parents=True)
        for sample in sorted(samples.glob("*.txt")):
            shutil.copyfile(sample, folder / sample.name)
    return target
