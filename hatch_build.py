"""Build hook: ship the grammars' built parse tables inside the wheel.

Building the LALR tables in strict mode takes seconds (every terminal collision is checked); a
wheel that carries them lets the first run after an install start at once. The table files are
named by a key of grammar text, Lark version and Python version (see ratsparse.parser): where the
installing machine differs, ratsparse builds the tables into the user's cache instead.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        sys.path.insert(0, str(Path(self.root) / "src"))
        try:
            from ratsparse.parser import GRAMMARS, write_tables
        finally:
            sys.path.pop(0)
        out = Path(tempfile.mkdtemp(prefix="ratsparse-tables-"))
        for name in GRAMMARS:
            table = write_tables(name, out)
            build_data["force_include"][str(table)] = f"ratsparse/grammar/{table.name}"
