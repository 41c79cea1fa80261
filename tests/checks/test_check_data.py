"""Check metadata declared once: legal references from data, option defaults only in META.

``Check.run`` merges ``META.options`` under the caller's overrides, so an evaluate function
reads ``options["name"]``; a second default in ``options.get("name", 4.5)`` could silently
disagree with the documented one. These tests read the check modules' source (no browser).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from consentinel.checks import ALL_CHECKS
from consentinel.checks._legal import LegalReferencesError, legal_refs, legal_table


def _source(check_id: str) -> tuple[Path, ast.Module]:
    module = sys.modules[ALL_CHECKS[check_id].evaluate.__module__]
    path = Path(str(module.__file__))
    return path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _comprehension_keys(name: str, node: ast.AST, parents: dict[ast.AST, ast.AST]) -> list[str] | None:
    """Keys a comprehension variable runs over: ``options[k] for k in ("a", "b")`` -> a, b."""
    while node in parents:
        node = parents[node]
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            for gen in node.generators:
                if not (isinstance(gen.target, ast.Name) and gen.target.id == name
                        and isinstance(gen.iter, (ast.Tuple, ast.List))):
                    continue
                values = [e.value for e in gen.iter.elts if isinstance(e, ast.Constant)]
                if len(values) == len(gen.iter.elts) and all(isinstance(v, str) for v in values):
                    return [str(v) for v in values]
    return None


def _option_reads(tree: ast.Module) -> tuple[set[str], list[str]]:
    """Option keys a module reads, and problems (``options.get`` calls, keys it cannot resolve)."""
    parents = _parents(tree)
    keys: set[str] = set()
    problems: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "options" \
                and node.func.attr == "get":
            problems.append(f"line {node.lineno}: options.get(...) - read options[...] (defaults are in "
                            "META.options)")
        if not (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name)
                and node.value.id == "options"):
            continue
        if isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
            keys.add(node.slice.value)
            continue
        resolved = (_comprehension_keys(node.slice.id, node, parents)
                    if isinstance(node.slice, ast.Name) else None)
        if resolved is None:
            problems.append(f"line {node.lineno}: options[...] with a key this test cannot read")
        else:
            keys.update(resolved)
    return keys, problems


def test_every_check_has_its_legal_references_in_the_data_file() -> None:
    table = legal_table()
    assert set(table) == set(ALL_CHECKS), "legal.yaml and the registry must name the same check ids"
    for check_id, check in ALL_CHECKS.items():
        assert check.meta.legal == table[check_id] != ()
        assert all(ref == ref.strip() and ref for ref in check.meta.legal)


def test_an_unknown_check_id_has_no_legal_references() -> None:
    with pytest.raises(LegalReferencesError, match="no entry for check 'preselected-consnet'"):
        legal_refs("preselected-consnet")


@pytest.mark.parametrize("check_id", sorted(ALL_CHECKS))
def test_checks_read_options_without_second_defaults(check_id: str) -> None:
    path, tree = _source(check_id)
    keys, problems = _option_reads(tree)
    assert not problems, f"{path.name}: " + "; ".join(problems)
    declared = set(ALL_CHECKS[check_id].meta.options)
    assert keys <= declared, f"{path.name} reads options not declared in META.options: {keys - declared}"
    assert declared <= keys, f"{path.name} declares options it never reads: {declared - keys}"


def test_the_option_scan_sees_defaults_and_undeclared_reads() -> None:
    """The scan above would catch what it is for (guards the guard)."""
    tree = ast.parse(
        "def evaluate(snapshot, options):\n"
        "    a = options.get('max_px', 11.0)\n"
        "    b = options['min_ratio']\n"
        "    c = {k: options[k] for k in ('x', 'y')}\n"
        "    d = options[name]\n"
    )
    keys, problems = _option_reads(tree)
    assert keys == {"min_ratio", "x", "y"}
    assert [p.split(":")[0] for p in problems] == ["line 2", "line 5"]
