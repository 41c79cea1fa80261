"""YAML with line numbers: every mapping, sequence and scalar remembers where it was written.

PyYAML's ``safe_load`` throws line information away, but every journey error must say
``file:line``. We compose the node graph (which keeps marks) and turn it into three small
types, converting each scalar with PyYAML's own safe constructor so ``yes``/``1``/``null``
mean what YAML 1.1 says they mean. Duplicate keys, which ``safe_load`` silently collapses,
are reported instead: in a journey the second ``click:`` winning unnoticed is a bug.

Only the safe tag set is accepted (no ``!!python/...``): nothing in a journey runs code.
Anchors and aliases (``&name``/``*name``) are refused while the document is composed, before
any node is expanded: journeys do not need them, and ten nested aliases of ten each ("billion
laughs") turn a few hundred bytes into seconds of work and hundreds of megabytes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml


class YamlSyntaxError(ValueError):
    """The text is not valid YAML; ``line`` is 1-based."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass(slots=True)
class YScalar:
    """A scalar value (str, int, float, bool, None, date) and its 1-based line."""

    value: Any
    line: int


@dataclass(slots=True)
class YSeq:
    """A sequence of nodes and the line where it starts."""

    items: list[YNode]
    line: int


@dataclass(slots=True)
class YMap:
    """A mapping: string keys (with their own lines) to nodes, in document order."""

    entries: list[tuple[str, int, YNode]]
    line: int
    duplicates: list[tuple[str, int]] = field(default_factory=list)

    def get(self, key: str) -> YNode | None:
        for name, _, node in self.entries:
            if name == key:
                return node
        return None

    def key_line(self, key: str) -> int:
        for name, line, _ in self.entries:
            if name == key:
                return line
        return self.line

    def keys(self) -> list[str]:
        return [name for name, _, _ in self.entries]

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def __contains__(self, key: object) -> bool:
        return key in self.keys()


YNode = YScalar | YSeq | YMap


def type_name(node: YNode) -> str:
    """How a node reads in an error message: 'a mapping', 'a list', 'the number 3'."""
    if isinstance(node, YMap):
        return "a mapping"
    if isinstance(node, YSeq):
        return "a list"
    value = node.value
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return "a string"
    return type(value).__name__


# Collections may carry only YAML's own tags (explicit !!map/!!seq/!!omap/!!set are harmless);
# anything else (!!python/object/apply:...) is refused even though we would never construct it.
_PLAIN_COLLECTION_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("map", "seq", "omap", "pairs", "set")
)

# How PyYAML words "the file ended inside an unclosed quote/bracket".
_UNCLOSED = ("end of stream", "<stream end>")


class _NoAliasLoader(yaml.SafeLoader):
    """PyYAML's safe loader that stops at the first anchor or alias, with its line."""

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:  # type: ignore[override]
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise YamlSyntaxError(event.start_mark.line + 1,
                                  f"YAML alias '*{event.anchor}' is not allowed in a journey "
                                  "(write the value out; journeys do not share nodes)")
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise YamlSyntaxError(event.start_mark.line + 1,
                                  f"YAML anchor '&{anchor}' is not allowed in a journey "
                                  "(write the value out; journeys do not share nodes)")
        return super().compose_node(parent, index)


def parse_yaml(text: str) -> YNode | None:
    """Parse one YAML document; ``None`` for an empty document (only comments/whitespace).

    Raises :class:`YamlSyntaxError` with the line of the problem, including for multiple
    documents in one file, unsafe tags, anchors and aliases.
    """
    loader = _NoAliasLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        return _convert(loader, node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if exc.context and exc.problem:
            if exc.context.startswith("expected"):
                problem = f"{exc.context}, {exc.problem}"
            else:
                problem = f"{exc.problem} ({exc.context})"
        if exc.context_mark is not None and any(s in (exc.problem or "") for s in _UNCLOSED):
            # An unclosed quote or bracket is detected at the end of the file; point at where
            # it was opened, which is where the fix goes.
            opened = (exc.context or "a block").removeprefix("while scanning ").removeprefix("while parsing ")
            end = f" (the file ends at line {mark.line + 1})" if mark is not None else ""
            problem = f"{opened} that starts here is never closed{end}"
            mark = exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise YamlSyntaxError(line, f"YAML syntax error: {problem}") from None
    except yaml.YAMLError as exc:  # pragma: no cover - PyYAML marks nearly everything
        raise YamlSyntaxError(1, f"YAML syntax error: {exc}") from None
    except RecursionError:
        raise YamlSyntaxError(1, "YAML syntax error: an alias refers to itself (recursive anchor)") from None
    finally:
        loader.dispose()


def _convert(loader: yaml.SafeLoader, node: yaml.Node) -> YNode:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode):
        return YScalar(loader.construct_object(node, deep=True), line)
    if node.tag not in _PLAIN_COLLECTION_TAGS and not isinstance(node, yaml.ScalarNode):
        raise YamlSyntaxError(line, f"YAML syntax error: tag {node.tag!r} is not allowed in a journey")
    if isinstance(node, yaml.SequenceNode):
        return YSeq([_convert(loader, item) for item in node.value], line)
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)  # resolve YAML merge keys (<<) the way safe_load does
        result = YMap([], line)
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlSyntaxError(key_line, "YAML syntax error: a mapping key must be a plain word")
            key = loader.construct_object(key_node, deep=True)
            key = "null" if key is None else str(key).lower() if isinstance(key, bool) else str(key)
            if key in seen:
                result.duplicates.append((key, key_line))
                continue
            seen.add(key)
            result.entries.append((key, key_line, _convert(loader, value_node)))
        return result
    raise YamlSyntaxError(line, f"YAML syntax error: unsupported node {node.tag}")  # pragma: no cover
