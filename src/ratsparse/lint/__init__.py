"""``ratsparse check``: the linter for published minutes.

* :mod:`ratsparse.lint.config` — ``[tool.ratsparse]`` / ``ratsparse.toml``, selectors, overrides;
* :mod:`ratsparse.lint.engine` — file discovery, parsing, findings per file;
* :mod:`ratsparse.lint.formats` — concise, full, json, json-lines, github, gitlab, sarif, junit.

Like the core, nothing here imports Typer or Rich; the command line (``cli/check.py``) does.
"""
