"""Every Cypher statement the Neo4j store runs, as named constants.

Values always travel as parameters (``$rows``, ``$term``); nothing here is built from
strings at run time. Labels that depend on data (the event type, the actor kind) use
Cypher 5.26's dynamic labels, ``SET n:$(row.label)``, which take a parameter too.

Graph shape (DESIGN.md): ``(:Actor:Person|Country|Organization)``, ``(:Event:Meeting|
Parade|...)``, ``(:Place)``, ``(:Article)``; ``(:Actor)-[:PARTICIPATED_IN {role}]->
(:Event)``, ``(:Event)-[:OCCURRED_AT]->(:Place)``, ``(:Event)-[:REPORTED_IN {sentence,
start, end, lang, extractor, report, claim}]->(:Article)``, ``(:Place)-[:IN]->
(:Country)``. A country used as a place is the country actor's node
(``:Actor:Country:Place``). ``name_key`` and ``alias_keys`` hold folded names
(:func:`graph.store.fold`) so name filters match exactly as the memory store's do.

This module must not import anything.
"""

from __future__ import annotations

from typing import Final, LiteralString

# -- schema --------------------------------------------------------------------------

SCHEMA: Final[tuple[LiteralString, ...]] = (
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT store_meta_id IF NOT EXISTS "
    "FOR (n:StoreMeta) REQUIRE n.id IS UNIQUE",
    "CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type)",
    "CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)",
    "CREATE INDEX event_date_start IF NOT EXISTS FOR (n:Event) ON (n.date_start)",
    "CREATE INDEX event_date_end IF NOT EXISTS FOR (n:Event) ON (n.date_end)",
    "CREATE INDEX actor_name_key IF NOT EXISTS FOR (n:Actor) ON (n.name_key)",
    "CREATE INDEX place_name_key IF NOT EXISTS FOR (n:Place) ON (n.name_key)",
    "CREATE INDEX place_country IF NOT EXISTS FOR (n:Place) ON (n.country)",
    "CREATE INDEX reported_in_report IF NOT EXISTS "
    "FOR ()-[r:REPORTED_IN]-() ON (r.report)",
    "CREATE FULLTEXT INDEX actor_names IF NOT EXISTS "
    "FOR (n:Actor) ON EACH [n.name, n.aliases]",
)
AWAIT_INDEXES: Final = "CALL db.awaitIndexes($seconds)"
SHOW_CONSTRAINTS: Final = (
    "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties "
    "RETURN name, type, labelsOrTypes, properties"
)
SHOW_INDEXES: Final = (
    "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state "
    "RETURN name, type, labelsOrTypes, properties, state"
)

# -- housekeeping ----------------------------------------------------------------------

PING: Final = "RETURN 1 AS ok"
#: Auto-commit only (``session.run``): deletes in chunks so a big store fits in memory.
WIPE: Final = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS"
#: Taken first in every upsert transaction: concurrent upserts queue here, so each
#: resolves reports against the other's committed events.
LOCK_STORE: Final = (
    "MERGE (m:StoreMeta {id: 'diplograph'}) "
    "SET m.format = $format, m.written_at = datetime()"
)

# -- writes (UNWIND batches) -----------------------------------------------------------

MERGE_ARTICLES: Final = """
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props
"""
# Aliases only grow, as in the memory store; the model sorts them on read.
MERGE_ACTORS: Final = """
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a:$(row.label),
    a.name = row.name, a.kind = row.kind, a.country = row.country, a.qid = row.qid,
    a.name_key = row.name_key,
    a.aliases = reduce(acc = coalesce(a.aliases, []), x IN row.aliases |
        CASE WHEN x IN acc THEN acc ELSE acc + x END),
    a.alias_keys = reduce(acc = coalesce(a.alias_keys, []), x IN row.alias_keys |
        CASE WHEN x IN acc THEN acc ELSE acc + x END)
"""
# Like the memory store, a place's country and coordinates are never unset by a
# report that lacks them.
MERGE_PLACES: Final = """
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
SET p.name = row.name, p.kind = row.kind, p.name_key = row.name_key,
    p.country = coalesce(row.country, p.country),
    p.lat = coalesce(row.lat, p.lat), p.lon = coalesce(row.lon, p.lon),
    p.aliases = reduce(acc = coalesce(p.aliases, []), x IN row.aliases |
        CASE WHEN x IN acc THEN acc ELSE acc + x END),
    p.alias_keys = reduce(acc = coalesce(p.alias_keys, []), x IN row.alias_keys |
        CASE WHEN x IN acc THEN acc ELSE acc + x END)
"""
#: A country place is the country actor's node: merge on Actor so it is found.
MERGE_COUNTRY_PLACES: Final = """
UNWIND $rows AS row
MERGE (p:Actor {id: row.id})
SET p:Country:Place
SET p.name = row.name, p.kind = row.kind, p.name_key = row.name_key,
    p.country = coalesce(row.country, p.country),
    p.lat = coalesce(row.lat, p.lat), p.lon = coalesce(row.lon, p.lon),
    p.aliases = reduce(acc = coalesce(p.aliases, []), x IN row.aliases |
        CASE WHEN x IN acc THEN acc ELSE acc + x END),
    p.alias_keys = reduce(acc = coalesce(p.alias_keys, []), x IN row.alias_keys |
        CASE WHEN x IN acc THEN acc ELSE acc + x END)
"""
MERGE_EVENTS: Final = """
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e:$(row.label), e += row.props
"""
MERGE_PARTICIPATIONS: Final = """
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor}), (e:Event {id: row.event})
MERGE (a)-[:PARTICIPATED_IN {role: row.role}]->(e)
"""
MERGE_OCCURRED_AT: Final = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event}), (p:Place {id: row.place})
MERGE (e)-[:OCCURRED_AT]->(p)
"""
MERGE_REPORTED_IN: Final = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event})
MERGE (a:Article {id: row.article})
MERGE (e)-[r:REPORTED_IN {report: row.report, start: row.start, end: row.end}]->(a)
SET r.sentence = row.sentence, r.lang = row.lang, r.extractor = row.extractor,
    r.claim = row.claim
"""
DELETE_EVENTS: Final = """
UNWIND $ids AS id
MATCH (e:Event {id: id})
DETACH DELETE e
"""
LINK_PLACES: Final = """
MATCH (p:Place) WHERE p.country IS NOT NULL AND p.country <> p.id
MATCH (c:Actor:Country {id: p.country})
MERGE (p)-[:IN]->(c)
"""

# -- reads used by upsert --------------------------------------------------------------

ARTICLES_BY_ID: Final = """
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN properties(a) AS article
"""
EVENTS_OF_REPORTS: Final = """
UNWIND $ids AS rid
MATCH (e:Event)-[:REPORTED_IN {report: rid}]->(:Article)
RETURN DISTINCT rid AS report, e.id AS event
"""
#: Events of the same type and modality that share a participant (or its country).
EVENTS_SHARING_ACTORS: Final = """
UNWIND $probes AS probe
MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event)
WHERE a.id IN probe.keys AND e.type = probe.type AND e.modality = probe.modality
RETURN probe.report AS report, collect(DISTINCT e.id) AS events
"""
REPORTS_OF_EVENTS: Final = """
UNWIND $ids AS id
MATCH (e:Event {id: id})-[r:REPORTED_IN]->(a:Article)
RETURN e.id AS event, r.report AS report, r.claim AS claim, a.id AS article,
       r.sentence AS sentence, r.start AS start, r.end AS end, r.lang AS lang,
       r.extractor AS extractor
"""

# -- reads -----------------------------------------------------------------------------

EVENTS_BY_ID: Final = """
UNWIND $ids AS id
MATCH (e:Event {id: id})
OPTIONAL MATCH (e)-[:OCCURRED_AT]->(p:Place)
RETURN properties(e) AS event, properties(p) AS place,
  COLLECT { MATCH (a:Actor)-[r:PARTICIPATED_IN]->(e)
            RETURN {actor: properties(a), role: r.role} } AS participants,
  COLLECT { MATCH (e)-[r:REPORTED_IN]->(art:Article)
            RETURN {article: art.id, sentence: r.sentence, start: r.start,
                    end: r.end, lang: r.lang, extractor: r.extractor} } AS evidence
"""
EVENT_OF_REPORT: Final = """
MATCH (e:Event)-[:REPORTED_IN {report: $id}]->(:Article)
RETURN e.id AS id LIMIT 1
"""
#: ``$actor_sets``: one list of ids per actor asked for; each must take part.
#: ``$places``: null for no place filter, else the ids the event must occur at.
FIND_EVENT_IDS: Final = """
MATCH (e:Event)
WHERE (size($types) = 0 OR e.type IN $types)
  AND (size($modalities) = 0 OR e.modality IN $modalities)
  AND ($date_from IS NULL OR e.date_end >= $date_from)
  AND ($date_to IS NULL OR e.date_start <= $date_to)
  AND all(ids IN $actor_sets WHERE
      EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) WHERE a.id IN ids })
  AND ($places IS NULL OR
      EXISTS { MATCH (e)-[:OCCURRED_AT]->(p:Place) WHERE p.id IN $places })
WITH e ORDER BY e.date_start IS NULL, e.date_start, e.id
WITH collect(e.id) AS ids
RETURN size(ids) AS total, ids[$offset..($offset + $limit)] AS page
"""
ACTORS_NAMED: Final = """
OPTIONAL MATCH (x:Actor {id: $term})
OPTIONAL MATCH (n:Actor) WHERE n.name_key = $key OR $key IN n.alias_keys
RETURN x.id AS exact, collect(DISTINCT n.id) AS named
"""
COUNTRIES_NAMED: Final = """
OPTIONAL MATCH (x:Actor:Country {id: $term})
OPTIONAL MATCH (n:Actor:Country) WHERE n.name_key = $key OR $key IN n.alias_keys
RETURN x.id AS exact, collect(DISTINCT n.id) AS named
"""
PLACES_NAMED: Final = """
OPTIONAL MATCH (x:Place {id: $term})
OPTIONAL MATCH (n:Place) WHERE n.name_key = $key OR $key IN n.alias_keys
RETURN x {.id, .kind} AS exact, collect(DISTINCT n {.id, .kind}) AS named
"""
PLACES_IN_COUNTRIES: Final = """
MATCH (p:Place) WHERE p.country IN $countries
RETURN collect(p.id) AS ids
"""
#: Candidate shortest actor-event paths. A variable-length bound cannot be a
#: parameter, so the pattern allows 2 * MAX_EVENTS hops and ``$max_length`` narrows it.
SHORTEST_PATHS: Final = """
MATCH (a:Actor) WHERE a.id IN $sources
MATCH (b:Actor) WHERE b.id IN $targets AND b.id <> a.id
MATCH p = allShortestPaths((a)-[:PARTICIPATED_IN*..16]-(b))
WHERE length(p) <= $max_length
  AND all(n IN nodes(p) WHERE NOT n:Event OR size($modalities) = 0
          OR n.modality IN $modalities)
RETURN [n IN nodes(p) | n.id] AS ids
LIMIT 1000
"""
GET_ACTOR: Final = "MATCH (n:Actor {id: $id}) RETURN properties(n) AS node"
GET_PLACE: Final = "MATCH (n:Place {id: $id}) RETURN properties(n) AS node"
GET_ARTICLE: Final = "MATCH (n:Article {id: $id}) RETURN properties(n) AS node"
FIND_ACTORS: Final = """
MATCH (a:Actor)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($needle IS NULL OR a.name_key CONTAINS $needle
       OR any(k IN a.alias_keys WHERE k CONTAINS $needle))
RETURN properties(a) AS node
ORDER BY a.name_key, a.id
SKIP $offset LIMIT $limit
"""
STATS: Final = """
RETURN
  COUNT { (n:Actor) } AS actors,
  COUNT { (n:Event) } AS events,
  COUNT { (n:Place) } AS places,
  COUNT { (n:Article) } AS articles,
  COUNT { MATCH (:Event)-[r:REPORTED_IN]->() RETURN DISTINCT r.report } AS reports
"""
EVENTS_BY_TYPE: Final = "MATCH (e:Event) RETURN e.type AS type, count(*) AS n"
