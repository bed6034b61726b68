from __future__ import annotations

from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS, XSD

from graph.rdf import DG, SEM, entity_iri, to_rdf
from tests.factories import BEIJING, KIM, PUTIN, article, meeting

SOURCE = article("Kim Jong Un bertemu Vladimir Putin di Beijing.", lang="id")
EVENT = meeting(
    SOURCE,
    "Kim Jong Un bertemu Vladimir Putin di Beijing.",
    KIM,
    PUTIN,
    place=BEIJING,
    date="2025-09",
)


def test_event_triples() -> None:
    graph = to_rdf([EVENT])
    node = entity_iri(EVENT.id)
    assert (node, SEM.hasActor, entity_iri(KIM.id)) in graph
    assert (node, SEM.hasPlace, entity_iri(BEIJING.id)) in graph
    assert (
        node,
        SEM.hasTimeStamp,
        Literal("2025-09", datatype=XSD.gYearMonth),
    ) in graph
    assert (entity_iri(BEIJING.id), RDFS.label, Literal("Beijing", lang="en")) in graph
    sentences = [str(o) for o in graph.objects(None, DG.sentence)]
    assert sentences == [EVENT.evidence[0].sentence]
    assert any(o.language == "id" for o in graph.objects(None, DG.sentence))  # type: ignore[union-attr]


def test_turtle_and_json_ld_parse_back_to_the_same_graph() -> None:
    graph = to_rdf([EVENT])
    for fmt in ("turtle", "json-ld"):
        parsed = Graph().parse(data=graph.serialize(format=fmt), format=fmt)
        assert isomorphic(parsed, graph), fmt


def test_non_ascii_aliases_survive() -> None:
    turtle = to_rdf([EVENT]).serialize(format="turtle")
    assert "北京" in turtle
