"""Linter configuration: ``[tool.ratsparse]`` in ``pyproject.toml`` or a ``ratsparse.toml``.

The configuration that applies to a file is the nearest one found upward from the file's folder;
in one folder ``ratsparse.toml`` wins over ``pyproject.toml``, and a ``pyproject.toml`` without a
``[tool.ratsparse]`` table does not count. Keys (all optional)::

    select = ["ALL"]                      # codes, prefixes (RP3, RP30), names, or ALL
    ignore = ["RP803"]
    per-file-ignores = { "archiv/**" = ["RP201"] }   # globs relative to the config's folder
    severity = { RP802 = "warning" }      # change a rule's severity
    fail-on = "error"                     # error | warning | info
    max-file-size = 1000000               # bytes, or "5M"; larger inputs are not parsed (RP905)
    exclude = ["entwurf/*"]               # globs skipped when folders are searched
    output-format = "concise"

Command-line flags win: ``--select`` replaces the configured selection (its ``ignore`` too),
``--ignore`` removes more codes.

A configuration file found by the search is skipped, with a warning, when someone else could
have put it there: when it or its folder belongs to another user (root aside) or is writable by
others (:mod:`ratsparse.trust`). Otherwise a ``ratsparse.toml`` in a shared folder such as
``/tmp`` would switch checks off for every file below it. ``--config`` names a file outright and
is used as given.
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath
from typing import Any, Final, get_args

from ratsparse.records import Severity
from ratsparse.rules import RULES
from ratsparse.source import MAX_SIZE, parse_size
from ratsparse.text import printable
from ratsparse.trust import unsafe

OUTPUT_FORMATS: Final = (
    "concise",
    "full",
    "json",
    "json-lines",
    "github",
    "gitlab",
    "sarif",
    "junit",
)
SEVERITIES: Final[tuple[Severity, ...]] = get_args(Severity)
RANK: Final[Mapping[str, int]] = {"info": 0, "warning": 1, "error": 2}


class ConfigError(Exception):
    """A configuration or a selector that cannot be used (exit code 2)."""


def expand(selector: str, where: str) -> frozenset[str]:
    """The codes a selector names: ``ALL``, a code, a code prefix (``RP3``) or a rule name."""
    key = selector.strip()
    if key.upper() == "ALL":
        return frozenset(RULES)
    by_name = {r.name: r.code for r in RULES.values()}
    if key.lower() in by_name:
        return frozenset({by_name[key.lower()]})
    codes = frozenset(c for c in RULES if c.startswith(key.upper()))
    if not key or not key.upper().startswith("RP") or not codes:
        raise ConfigError(
            f"{where}: unknown rule or prefix '{selector}' (see 'ratsparse rule --all')"
        )
    return codes


def expand_all(selectors: Iterable[str], where: str) -> frozenset[str]:
    """The union of the codes that ``selectors`` name."""
    out: frozenset[str] = frozenset()
    for s in selectors:
        out |= expand(s, where)
    return out


@dataclass(frozen=True, slots=True)
class Settings:
    """The settings for one file: configuration file and command line merged."""

    enabled: frozenset[str] = frozenset(RULES)
    per_file_ignores: tuple[tuple[str, frozenset[str]], ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    fail_on: Severity = "error"
    max_file_size: int = MAX_SIZE
    exclude: tuple[str, ...] = ()
    output_format: str | None = None
    root: Path | None = None
    """Folder of the configuration file: per-file-ignores and exclude globs are relative to it."""
    source: Path | None = None
    """The configuration file, or None for the defaults."""

    def codes_for(self, path: Path | None) -> frozenset[str]:
        """The rules that apply to ``path`` (per-file-ignores removed)."""
        codes = self.enabled
        if path is not None:
            for pattern, ignored in self.per_file_ignores:
                if matches(pattern, path, self.root):
                    codes -= ignored
        return codes

    def excluded(self, path: Path) -> bool:
        """Whether folder search skips ``path``."""
        return any(matches(p, path, self.root) for p in self.exclude)


def matches(pattern: str, path: Path, root: Path | None) -> bool:
    """Glob ``pattern`` against ``path`` relative to ``root``; a bare pattern matches names too.

    ``*`` and ``**`` both cross folders (``archiv/*`` holds ``archiv/2020/a.txt``).
    """
    resolved = path.resolve()
    rel: PurePosixPath | None = None
    if root is not None:
        try:
            rel = PurePosixPath(resolved.relative_to(root.resolve()).as_posix())
        except ValueError:
            rel = None
    candidates = [str(rel)] if rel is not None else [resolved.as_posix()]
    if "/" not in pattern:
        candidates.extend(resolved.parts[-1:])
    pat = pattern.replace("**/", "*").replace("**", "*")
    return any(fnmatchcase(c, pat) or fnmatchcase(c, pattern) for c in candidates)


_KEYS: Final = frozenset(
    {
        "select",
        "ignore",
        "per-file-ignores",
        "severity",
        "fail-on",
        "max-file-size",
        "exclude",
        "output-format",
    }
)


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of strings")
    return tuple(value)


def _level(value: Any, where: str) -> Severity:
    if value not in SEVERITIES:
        raise ConfigError(f"{where}: expected one of error, warning, info, not {value!r}")
    level: Severity = value
    return level


def _size(value: Any, where: str) -> int:
    if isinstance(value, str):
        try:
            return parse_size(value)
        except ValueError as exc:
            raise ConfigError(f"{where}: {exc}") from None
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ConfigError(f"{where}: expected a positive number of bytes, or a size like '5M'")
    return value


def settings_from(table: Mapping[str, Any], source: Path) -> Settings:
    """Validate a configuration table; every problem is a :class:`ConfigError` naming the key."""
    name = str(source)
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(f"{name}: unknown key '{unknown[0]}' (known: {', '.join(sorted(_KEYS))})")
    select = _strings(table.get("select", ["ALL"]), f"{name}: select")
    ignore = _strings(table.get("ignore", []), f"{name}: ignore")
    enabled = expand_all(select, f"{name}: select") - expand_all(ignore, f"{name}: ignore")
    pfi_table = table.get("per-file-ignores", {})
    if not isinstance(pfi_table, dict):
        raise ConfigError(f"{name}: per-file-ignores: expected a table of glob = [codes]")
    per_file = tuple(
        (glob, expand_all(_strings(codes, f"{name}: per-file-ignores.{glob}"), name))
        for glob, codes in pfi_table.items()
    )
    sev_table = table.get("severity", {})
    if not isinstance(sev_table, dict):
        raise ConfigError(f"{name}: severity: expected a table of code = level")
    severity: dict[str, Severity] = {}
    for selector, level in sev_table.items():
        for code in expand(selector, f"{name}: severity"):
            severity[code] = _level(level, f"{name}: severity.{selector}")
    fail_on = _level(table.get("fail-on", "error"), f"{name}: fail-on")
    size = _size(table.get("max-file-size", MAX_SIZE), f"{name}: max-file-size")
    exclude = _strings(table.get("exclude", []), f"{name}: exclude")
    fmt = table.get("output-format")
    if fmt is not None and fmt not in OUTPUT_FORMATS:
        raise ConfigError(f"{name}: output-format: expected one of {', '.join(OUTPUT_FORMATS)}")
    return Settings(
        enabled=enabled,
        per_file_ignores=per_file,
        severity=severity,
        fail_on=fail_on,
        max_file_size=size,
        exclude=exclude,
        output_format=fmt,
        root=source.parent,
        source=source,
    )


def load(path: Path) -> Settings:
    """Read one configuration file (``ratsparse.toml`` or ``pyproject.toml``)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("ratsparse", {})
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.ratsparse] must be a table")
        return settings_from(table, path)
    return settings_from(data, path)


def _has_table(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return False  # someone else's broken pyproject.toml is not ours to report
    tool = data.get("tool")
    return isinstance(tool, dict) and "ratsparse" in tool


def untrusted(config: Path) -> str | None:
    """Why configuration file ``config`` may be someone else's ("its folder is writable by
    others"); None when only this user (or root) could have written it and its folder."""
    try:
        file_reason = unsafe(config.stat())  # the file a link leads to is the one read
        folder_reason = unsafe(config.parent.stat())
    except OSError:
        return None  # reading it fails and says so
    if file_reason is not None:
        return f"it is {file_reason}"
    return None if folder_reason is None else f"its folder is {folder_reason}"


Skip = Callable[[Path, str], None]
"""Told of a configuration file the search skipped, and why."""


def find(start: Path, skip: Skip | None = None) -> Path | None:
    """The nearest configuration file in ``start`` or a folder above it that is the user's own;
    the search goes past the others, telling ``skip`` of each."""
    folder = start.resolve()
    for d in (folder, *folder.parents):
        own = d / "ratsparse.toml"
        pyproject = d / "pyproject.toml"
        if own.is_file():
            found = own
        elif pyproject.is_file() and _has_table(pyproject):
            found = pyproject
        else:
            continue
        reason = untrusted(found)
        if reason is None:
            return found
        if skip is not None:
            skip(found, reason)
    return None


def warn_skipped(config: Path, reason: str) -> None:
    """The warning on stderr for a configuration file the search skipped."""
    sys.stderr.write(
        f"ratsparse check: warning: ignoring {printable(str(config))}: {reason} "
        "(use --config to apply it anyway)\n"
    )


@dataclass(frozen=True, slots=True)
class Overrides:
    """What the command line says; None where it says nothing."""

    select: Sequence[str] | None = None
    ignore: Sequence[str] = ()
    fail_on: Severity | None = None
    config: Path | None = None
    """An explicit configuration file: used for every file instead of the search."""
    isolated: bool = False
    """Ignore every configuration file."""
    max_file_size: int | None = None
    """``--max-file-size``: wins over the configured ``max-file-size``."""


class Resolver:
    """Settings per folder: the nearest configuration, with the command line applied on top."""

    def __init__(self, overrides: Overrides, skip: Skip = warn_skipped) -> None:
        self.overrides = overrides
        self._skip = skip
        self._skipped: set[Path] = set()
        self._select = (
            None if overrides.select is None else expand_all(overrides.select, "--select")
        )
        self._ignore = expand_all(overrides.ignore, "--ignore")
        self._fixed: Settings | None = None
        if overrides.isolated:
            self._fixed = self._apply(Settings())
        elif overrides.config is not None:
            self._fixed = self._apply(load(overrides.config))
        self._by_folder: dict[Path, Settings] = {}
        self._by_file: dict[Path, Settings] = {}

    def _apply(self, base: Settings) -> Settings:
        enabled = base.enabled if self._select is None else self._select
        return replace(
            base,
            enabled=enabled - self._ignore,
            fail_on=self.overrides.fail_on or base.fail_on,
            max_file_size=self.overrides.max_file_size or base.max_file_size,
        )

    def _skip_once(self, config: Path, reason: str) -> None:
        if config not in self._skipped:
            self._skipped.add(config)
            self._skip(config, reason)

    def for_folder(self, folder: Path) -> Settings:
        """Settings for files in ``folder``."""
        if self._fixed is not None:
            return self._fixed
        key = folder.resolve()
        if key not in self._by_folder:
            found = find(key, self._skip_once)
            if found is None:
                settings = self._apply(Settings())
            else:
                if found not in self._by_file:
                    self._by_file[found] = self._apply(load(found))
                settings = self._by_file[found]
            self._by_folder[key] = settings
        return self._by_folder[key]
