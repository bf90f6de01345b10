"""A PostgreSQL tsquery, as PostgreSQL prints it, parsed into a tree and printed back.

search/text_match.py evaluates part of a query in memory (the commonest words) and sends the rest to PostgreSQL;
for that it needs the query's structure. The input is always PostgreSQL's own output (``tsquery::text``), whose
lexemes are already normalised (stemmed, unaccented), so printing a node back and casting it to ``tsquery`` gives
PostgreSQL exactly that node.

Grammar (PostgreSQL's precedence, tightest first): ``!``, then ``<->``/``<N>``, then ``&``, then ``|``;
lexemes are quoted (``'it''s'``) and may carry ``:*`` (prefix) and weights (``:AB``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


class TsqueryParseError(ValueError):
    """Text that is not a tsquery as PostgreSQL prints it."""


@dataclass(frozen=True)
class Term:
    lexeme: str
    prefix: bool = False
    weights: str = ""


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Phrase:
    left: Node
    right: Node
    distance: int


Node = Term | Not | And | Or | Phrase

_TOKEN = re.compile(r"\s*(?:(?P<lexeme>'(?:[^'\\]|''|\\.)*')(?::(?P<flags>[*A-Da-d]+))?"
                    r"|(?P<phrase><(?:-|\d+)>)|(?P<op>[&|!()]))")


def _tokens(text: str) -> list[tuple[str, str, str]]:
    tokens, position = [], 0
    text = text.rstrip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            raise TsqueryParseError(f"unexpected text at {position}: {text[position:position + 20]!r}")
        position = match.end()
        if match.group("lexeme"):
            raw = match.group("lexeme")[1:-1]
            tokens.append(("lexeme", re.sub(r"''|\\(.)", lambda m: m.group(1) or "'", raw), match.group("flags") or ""))
        elif match.group("phrase"):
            tokens.append(("phrase", match.group("phrase"), ""))
        else:
            tokens.append(("op", match.group("op"), ""))
    return tokens


def parse(text: str) -> Node | None:
    """The tree of a printed tsquery; None for an empty query (only stop words)."""
    tokens = _tokens(text)
    if not tokens:
        return None
    position = 0

    def peek() -> tuple[str, str, str] | None:
        return tokens[position] if position < len(tokens) else None

    def take() -> tuple[str, str, str]:
        nonlocal position
        if position >= len(tokens):
            raise TsqueryParseError("unexpected end of query")
        position += 1
        return tokens[position - 1]

    def parse_operands(operator: str, kind: type, operand) -> Node:
        children = [operand()]
        while peek() == ("op", operator, ""):
            take()
            children.append(operand())
        return children[0] if len(children) == 1 else kind(tuple(_flatten(kind, children)))

    def parse_or() -> Node:
        return parse_operands("|", Or, parse_and)

    def parse_and() -> Node:
        return parse_operands("&", And, parse_phrase)

    def parse_phrase() -> Node:
        node = parse_not()
        while (token := peek()) is not None and token[0] == "phrase":
            take()
            distance = 1 if token[1] == "<->" else int(token[1][1:-1])
            node = Phrase(node, parse_not(), distance)
        return node

    def parse_not() -> Node:
        token = take()
        if token == ("op", "!", ""):
            return Not(parse_not())
        if token == ("op", "(", ""):
            node = parse_or()
            if take() != ("op", ")", ""):
                raise TsqueryParseError("unbalanced parenthesis")
            return node
        if token[0] == "lexeme":
            flags = token[2]
            return Term(token[1], prefix="*" in flags, weights="".join(sorted(set(flags.upper()) - {"*"})))
        raise TsqueryParseError(f"unexpected {token[1]!r}")

    node = parse_or()
    if position != len(tokens):
        raise TsqueryParseError(f"unexpected {tokens[position][1]!r}")
    return node


def _flatten(kind: type, children: list[Node]) -> list[Node]:
    flat: list[Node] = []
    for child in children:
        flat.extend(child.children if isinstance(child, kind) else [child])
    return flat


def quote(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def to_text(node: Node) -> str:
    """The node as tsquery input (fully parenthesised)."""
    if isinstance(node, Term):
        flags = ("*" if node.prefix else "") + node.weights
        return quote(node.lexeme) + (f":{flags}" if flags else "")
    if isinstance(node, Not):
        return f"!({to_text(node.child)})"
    if isinstance(node, Phrase):
        operator = "<->" if node.distance == 1 else f"<{node.distance}>"
        return f"({to_text(node.left)} {operator} {to_text(node.right)})"
    operator = " & " if isinstance(node, And) else " | "
    return "(" + operator.join(to_text(child) for child in node.children) + ")"
