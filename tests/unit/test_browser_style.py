"""graph/browser/style.grass covers every stored label, read as Browser reads it."""

from __future__ import annotations

from pathlib import Path

from graph.codec import EVENT_LABELS, KIND_LABELS

STYLE = Path(__file__).resolve().parents[2] / "graph" / "browser" / "style.grass"


def parse_grass(text: str) -> dict[str, dict[str, str]]:
    """Neo4j Browser 5.24's GraSS reader, rule for rule: no comments, quotes dropped."""
    rules: dict[str, str] = {}
    selector, body, in_body, in_string = "", "", False, False
    for char in text:
        if char in "\"'":
            in_string = not in_string
        elif char == "{" and not in_string:
            in_body = True
        elif char == "}" and not in_string:
            rules[selector], selector, body, in_body = body, "", "", False
        elif in_body:
            body += char
        elif not char.isspace():
            selector += char
    parsed: dict[str, dict[str, str]] = {}
    for name, props in rules.items():
        pairs = [p.split(":") for p in props.split(";")]
        parsed[name] = {
            k.strip(): v.strip() for k, v in (p for p in pairs if len(p) == 2)
        }
    return parsed


def test_every_label_has_a_colour_and_captions_read_well() -> None:
    style = parse_grass(STYLE.read_text(encoding="utf-8"))
    labels = ["Actor", "Event", "Place", "Article", *EVENT_LABELS.values()]
    labels += KIND_LABELS.values()
    for label in labels:
        assert style[f"node.{label}"]["color"].startswith("#"), label
    assert style["node.Actor"]["caption"] == "{name}"
    assert style["node.Place"]["caption"] == "{name}"
    assert style["node.Event"]["caption"] == "{type} {date}"
    assert style["relationship.PARTICIPATED_IN"]["caption"] == "{role}"


def test_country_rule_follows_place_rule() -> None:
    """Browser applies rules in order: a country used as a place looks a country."""
    order = list(parse_grass(STYLE.read_text(encoding="utf-8")))
    assert order.index("node.Country") > order.index("node.Place")
    assert order.index("node.Person") > order.index("node.Actor")
    assert order.index("node.Meeting") > order.index("node.Event")
