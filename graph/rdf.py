"""Events as RDF (rdflib): Turtle and JSON-LD export of any set of events.

Vocabulary: the Simple Event Model (SEM) for events, actors, places and time stamps,
plus a small ``dg:`` vocabulary for what SEM lacks (roles, modality, evidence spans).
Entities are ``urn:diplograph:<id>`` IRIs, so ``person:kim-jong-un`` becomes
``urn:diplograph:person:kim-jong-un``; dates keep their precision (xsd:date,
xsd:gYearMonth, xsd:gYear). This module must not import ``api`` or ``ingest``.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from graph.model import Actor, Event, Place

__all__ = ["DG", "SEM", "entity_iri", "to_rdf"]

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
DG = Namespace("urn:diplograph:ns#")
WD = Namespace("http://www.wikidata.org/entity/")
_DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}


def entity_iri(entity_id: str) -> URIRef:
    """``urn:diplograph:<id>`` for any diplograph id."""
    return URIRef(f"urn:diplograph:{entity_id}")


def _actor(graph: Graph, actor: Actor) -> URIRef:
    node = entity_iri(actor.id)
    graph.add((node, RDF.type, SEM.Actor))
    graph.add((node, RDF.type, DG[actor.kind.value.capitalize()]))
    graph.add((node, RDFS.label, Literal(actor.name, lang="en")))
    for alias in actor.aliases:
        graph.add((node, SKOS.altLabel, Literal(alias)))
    if actor.qid:
        graph.add((node, OWL.sameAs, WD[actor.qid]))
    if actor.country:
        graph.add((node, DG.country, entity_iri(actor.country)))
    return node


def _place(graph: Graph, place: Place) -> URIRef:
    node = entity_iri(place.id)
    graph.add((node, RDF.type, SEM.Place))
    graph.add((node, RDFS.label, Literal(place.name, lang="en")))
    for alias in place.aliases:
        graph.add((node, SKOS.altLabel, Literal(alias)))
    if place.country and place.country != place.id:
        graph.add((node, DG["in"], entity_iri(place.country)))
    if place.lat is not None and place.lon is not None:
        graph.add((node, DG.lat, Literal(place.lat, datatype=XSD.decimal)))
        graph.add((node, DG.lon, Literal(place.lon, datatype=XSD.decimal)))
    return node


def _event(graph: Graph, event: Event) -> None:
    node = entity_iri(event.id)
    graph.add((node, RDF.type, SEM.Event))
    graph.add((node, SEM.eventType, DG[event.type.value]))
    graph.add((node, DG.modality, Literal(event.modality.value)))
    graph.add((node, DG.confidence, Literal(event.confidence, datatype=XSD.decimal)))
    if event.date:
        graph.add(
            (
                node,
                SEM.hasTimeStamp,
                Literal(event.date, datatype=_DATE_TYPES[len(event.date)]),
            )
        )
    if event.place:
        graph.add((node, SEM.hasPlace, _place(graph, event.place)))
    for participant in event.participants:
        actor = _actor(graph, participant.actor)
        graph.add((node, SEM.hasActor, actor))
        role = BNode()
        graph.add((node, DG.participation, role))
        graph.add((role, DG.actor, actor))
        graph.add((role, DG.role, Literal(participant.role.value)))
    for ev in event.evidence:
        quote = BNode()
        graph.add((node, DG.evidence, quote))
        graph.add((quote, DG.article, entity_iri(ev.article_id)))
        graph.add((quote, DG.sentence, Literal(ev.sentence, lang=ev.lang)))
        graph.add((quote, DG.start, Literal(ev.start)))
        graph.add((quote, DG.end, Literal(ev.end)))
        graph.add((quote, DG.extractor, Literal(ev.extractor)))
    for code_name in ("cameo", "plover"):
        code = getattr(event, code_name)
        if code:
            graph.add((node, DG[code_name], Literal(code)))


def to_rdf(events: Iterable[Event]) -> Graph:
    """An rdflib graph of the events with their actors, places and evidence.

    Examples:
        >>> len(to_rdf([]))
        0
    """
    graph = Graph()
    graph.bind("sem", SEM)
    graph.bind("dg", DG)
    graph.bind("skos", SKOS)
    graph.bind("wd", WD)
    for event in events:
        _event(graph, event)
    return graph
