"""Every Cypher statement the Neo4j store runs, as named constants.

Values always travel as parameters (``$rows``, ``$term``); nothing here is built from
strings, at run time or at import. Labels that depend on data (the event type, the
actor kind) use Cypher 5.26's dynamic labels, ``SET n:$(row.label)``, which take a
parameter too.

Graph shape (DESIGN.md): ``(:Actor:Person|Country|Organization)``, ``(:Event:Meeting|
Parade|...)``, ``(:Place)``, ``(:Article)``; ``(:Actor)-[:PARTICIPATED_IN {role}]->
(:Event)``, ``(:Event)-[:OCCURRED_AT]->(:Place)``, ``(:Event)-[:REPORTED_IN {sentence,
start, end, lang, extractor, report, claim}]->(:Article)``, ``(:Place)-[:IN]->
(:Country)``. A country used as a place is the country actor's node
(``:Actor:Country:Place``). ``name_key`` and ``alias_keys`` hold folded names
(:func:`graph.store.fold`) so name filters match exactly as the memory store's do;
each key is also a ``(:Name {key})`` node that the actor or place is ``KNOWN_AS``, so a
name resolves through a unique-index seek (a list property like ``alias_keys`` cannot
be indexed for membership). The properties stay the truth: lookups re-check them.

Reads that answer one API call are one statement each. ``find_events`` picks one of
four statements by which filter is most selective (actor, place, dates, type): each
starts from a pattern the planner can seek by index, and all of them end with the
same page projection (``EVENTS_BY_ID`` too), which the integration tests check.

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
    "CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE",
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
#: Auto-commit only. Gives ``Name`` nodes to actors and places written before they
#: existed (store format 1); a no-op once every node has them.
LINK_NAMES: Final = """
CALL () { MATCH (n:Actor) RETURN n UNION MATCH (n:Place) RETURN n }
WITH n WHERE NOT EXISTS { (n)-[:KNOWN_AS]->(:Name) }
CALL (n) {
  UNWIND [n.name_key] + coalesce(n.alias_keys, []) AS key
  WITH DISTINCT key WHERE key IS NOT NULL
  MERGE (k:Name {key: key})
  MERGE (n)-[:KNOWN_AS]->(k)
} IN TRANSACTIONS OF 1000 ROWS
"""
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

# -- upsert: reads ---------------------------------------------------------------------

#: Before the lock: is every article and report already stored unchanged? Returns the
#: stored articles, each known report's event, and the stored copies of those reports.
STORED_STATE: Final = """
WITH COLLECT { UNWIND $articles AS id MATCH (a:Article {id: id})
               RETURN properties(a) } AS articles,
     COLLECT { UNWIND $reports AS rid
               MATCH (e:Event)-[:REPORTED_IN {report: rid}]->(:Article)
               RETURN DISTINCT {report: rid, event: e.id} } AS owners
RETURN articles, owners,
  COLLECT { UNWIND owners AS owner
            MATCH (e:Event {id: owner.event})-[r:REPORTED_IN]->(a:Article)
            WHERE r.report = owner.report
            RETURN {event: e.id, report: r.report, claim: r.claim, article: a.id,
                    sentence: r.sentence, start: r.start, end: r.end, lang: r.lang,
                    extractor: r.extractor} } AS held
"""
#: Takes the store lock first (concurrent upserts queue on this node, so each resolves
#: against the other's committed events), then reads, under it, what resolution needs:
#: which articles exist, which event holds each known report, the events of the same
#: type and modality sharing an actor (or its country) with a report and dated in the
#: same year (every report of an event shares the event's year, and only reports of
#: the same year can agree), and every report those events were merged from.
LOCK_AND_READ: Final = """
MERGE (m:StoreMeta {id: 'diplograph'})
SET m.format = $format, m.written_at = datetime()
WITH m,
  COLLECT { UNWIND $articles AS id MATCH (a:Article {id: id}) RETURN a.id } AS stored,
  COLLECT { UNWIND $reports AS rid
            MATCH (e:Event)-[:REPORTED_IN {report: rid}]->(:Article)
            RETURN DISTINCT {report: rid, event: e.id} } AS owners,
  COLLECT { UNWIND $probes AS probe
            UNWIND probe.keys AS key
            MATCH (:Actor {id: key})-[:PARTICIPATED_IN]->(e:Event)
            WHERE e.type = probe.type AND e.modality = probe.modality
              AND CASE WHEN probe.year_start IS NULL THEN e.date_start IS NULL
                  ELSE e.date_start <= probe.year_end
                       AND e.date_end >= probe.year_start END
            RETURN DISTINCT {report: probe.report, event: e.id} } AS sharing
RETURN stored, owners, sharing,
  COLLECT { UNWIND [o IN owners | o.event] + [s IN sharing | s.event] AS id
            WITH DISTINCT id
            MATCH (e:Event {id: id})-[r:REPORTED_IN]->(a:Article)
            RETURN {event: e.id, report: r.report, claim: r.claim, article: a.id,
                    sentence: r.sentence, start: r.start, end: r.end, lang: r.lang,
                    extractor: r.extractor} } AS held
"""

# -- upsert: writes (UNWIND batches) ---------------------------------------------------

# A written node ``n`` keeps every alias it had and gains the row's; each key it did not
# have before gets a ``Name`` node (the full-text-free exact lookup of ``LINK_NAMES``).
_FRESH_KEYS: Final = """
  WITH n, row, [k IN row.keys WHERE NOT k IN coalesce(n.alias_keys, [])
                                AND k <> coalesce(n.name_key, '')] AS fresh"""
_GROW_ALIASES: Final = """
      n.aliases = reduce(acc = coalesce(n.aliases, []), x IN row.aliases |
          CASE WHEN x IN acc THEN acc ELSE acc + x END),
      n.alias_keys = reduce(acc = coalesce(n.alias_keys, []), x IN row.alias_keys |
          CASE WHEN x IN acc THEN acc ELSE acc + x END)"""
_NAME_NODES: Final = """
  WITH n, fresh
  UNWIND fresh AS key
  MERGE (k:Name {key: key})
  MERGE (n)-[:KNOWN_AS]->(k)
}"""
_PLACE_PROPS: Final = """
  SET n.name = row.name, n.kind = row.kind, n.name_key = row.name_key,
      n.country = coalesce(row.country, n.country),
      n.lat = coalesce(row.lat, n.lat), n.lon = coalesce(row.lon, n.lon),"""

#: Everything but events, in one statement per batch: drop the events being replaced,
#: merge articles, actors, country places and places (each with a ``Name`` node per new
#: key), then link the written places to their countries and the written countries to
#: the places inside them. Aliases only grow, as in the memory store; a place's
#: country and coordinates are never unset by a report that lacks them. A country
#: place is the country actor's node, so it merges on ``Actor``.
WRITE_NODES: Final = (
    """
CALL () {
  UNWIND $deleted AS id
  MATCH (e:Event {id: id})
  DETACH DELETE e
}
CALL () {
  UNWIND $articles AS row
  MERGE (a:Article {id: row.id})
  SET a += row.props
}
CALL () {
  UNWIND $actors AS row
  MERGE (n:Actor {id: row.id})"""
    + _FRESH_KEYS
    + """
  SET n:$(row.label),
      n.name = row.name, n.kind = row.kind, n.country = row.country, n.qid = row.qid,
      n.name_key = row.name_key,"""
    + _GROW_ALIASES
    + _NAME_NODES
    + """
CALL () {
  UNWIND $country_places AS row
  MERGE (n:Actor {id: row.id})"""
    + _FRESH_KEYS
    + """
  SET n:Country:Place"""
    + _PLACE_PROPS
    + _GROW_ALIASES
    + _NAME_NODES
    + """
CALL () {
  UNWIND $places AS row
  MERGE (n:Place {id: row.id})"""
    + _FRESH_KEYS
    + _PLACE_PROPS
    + _GROW_ALIASES
    + _NAME_NODES
    + """
CALL () {
  UNWIND [row IN $places | row.id] AS id
  MATCH (p:Place {id: id})
  MATCH (c:Actor:Country {id: p.country})
  WHERE c.id <> p.id
  MERGE (p)-[:IN]->(c)
}
CALL () {
  UNWIND [row IN $actors WHERE row.label = 'Country' | row.id]
         + [row IN $country_places | row.id] AS id
  MATCH (c:Actor:Country {id: id})
  MATCH (p:Place {country: id})
  WHERE p.id <> id
  MERGE (p)-[:IN]->(c)
}
"""
)

#: Events with their participants, place and sources, one row per event; the nodes
#: they point at are already written by ``WRITE_NODES``.
WRITE_EVENTS: Final = """
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e:$(row.label), e += row.props
WITH e, row
CALL (e, row) {
  UNWIND row.participants AS p
  MATCH (a:Actor {id: p.actor})
  MERGE (a)-[:PARTICIPATED_IN {role: p.role}]->(e)
}
CALL (e, row) {
  UNWIND CASE WHEN row.place IS NULL THEN [] ELSE [row.place] END AS id
  MATCH (p:Place {id: id})
  MERGE (e)-[:OCCURRED_AT]->(p)
}
CALL (e, row) {
  UNWIND row.sources AS s
  MERGE (a:Article {id: s.article})
  MERGE (e)-[r:REPORTED_IN {report: s.report, start: s.start, end: s.end}]->(a)
  SET r.sentence = s.sentence, r.lang = s.lang, r.extractor = s.extractor,
      r.claim = s.claim
}
"""

# -- reads: events ---------------------------------------------------------------------
#
# Every statement below returns one row: ``total`` (events matching), ``items`` (the
# page: each event's properties, its place id, ``[actor id, role]`` pairs and
# ``[article, sentence, start, end, lang, extractor]`` evidence lists) and the page's
# distinct ``actors`` and ``places``. Ids and lists instead of repeated maps keep the
# answer small: the driver decodes it in Python, which costs more than the query.
# Type and modality filters take every value when none is asked (``$types``,
# ``$modalities`` are never empty), so they stay plain predicates the planner can
# seek by index; ``$dated`` says whether ``$date_from``/``$date_to`` apply.

#: The end every event-page statement shares: order, count, slice and project the
#: page (events with their place id, participants and evidence; the actors and places
#: they name). Joined to each statement at import: constants only, never user input.
_PAGE: Final = """WITH collect(e) AS found
WITH size(found) AS total, found[$offset..($offset + $limit)] AS page
RETURN total,
  [e IN page | {
    event: e {.id, .type, .date, .modality, .confidence, .cameo, .plover, .reports},
    place: [(e)-[:OCCURRED_AT]->(p:Place) | p.id][0],
    participants: [(a:Actor)-[r:PARTICIPATED_IN]->(e) | [a.id, r.role]],
    evidence: [(e)-[r:REPORTED_IN]->(s:Article) |
               [s.id, r.sentence, r.start, r.end, r.lang, r.extractor]]}] AS items,
  COLLECT { UNWIND page AS e MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)
            RETURN DISTINCT a {.id, .name, .kind, .aliases, .country, .qid} } AS actors,
  COLLECT { UNWIND page AS e MATCH (e)-[:OCCURRED_AT]->(p:Place)
            RETURN DISTINCT p {.id, .name, .kind, .country, .lat, .lon, .aliases}
          } AS places
"""

#: Filtered by actors (``$actors``: ``{term, key}`` per actor; each must take part),
#: maybe a place (``$place``: ``{term, key}`` or null). Starts from the first actor's
#: events; the other filters expand from each event (pattern comprehensions: given an
#: ``EXISTS`` the planner would rather scan every place). In every name lookup an
#: exact id wins, otherwise every node the folded key names.
FIND_EVENTS_WITH_ACTORS: Final = (
    """
WITH [t IN $actors |
      coalesce(nullif(COLLECT { MATCH (x:Actor {id: t.term}) RETURN x.id }, []),
               COLLECT { MATCH (:Name {key: t.key})<-[:KNOWN_AS]-(n:Actor)
                         WHERE n.name_key = t.key OR t.key IN n.alias_keys
                         RETURN n.id })] AS actor_sets,
     coalesce(nullif(COLLECT { MATCH (x:Place {id: $place.term}) RETURN x.id }, []),
              COLLECT { MATCH (:Name {key: $place.key})<-[:KNOWN_AS]-(n:Place)
                        WHERE n.name_key = $place.key OR $place.key IN n.alias_keys
                        RETURN n.id }) AS named,
     coalesce(nullif(COLLECT { MATCH (x:Actor:Country {id: $place.term})
                               RETURN x.id }, []),
              COLLECT { MATCH (:Name {key: $place.key})<-[:KNOWN_AS]-(n:Actor:Country)
                        WHERE n.name_key = $place.key OR $place.key IN n.alias_keys
                        RETURN n.id }) AS countries
WITH actor_sets, named,
     countries + COLLECT { UNWIND named AS id MATCH (p:Place {id: id})
                           WHERE p.kind = 'country' RETURN p.id } AS countries
WITH actor_sets, named + COLLECT { UNWIND countries AS country
                                   MATCH (p:Place {country: country})
                                   RETURN p.id } AS at
UNWIND actor_sets[0] AS first
MATCH (:Actor {id: first})-[:PARTICIPATED_IN]->(e:Event)
WITH DISTINCT e, actor_sets, at
WHERE e.type IN $types AND e.modality IN $modalities
  AND (NOT $dated OR (e.date_end >= $date_from AND e.date_start <= $date_to))
  AND all(ids IN actor_sets[1..] WHERE
          any(a IN [(a:Actor)-[:PARTICIPATED_IN]->(e) | a.id] WHERE a IN ids))
  AND ($place IS NULL OR [(e)-[:OCCURRED_AT]->(p:Place) | p.id][0] IN at)
WITH e, e.date_start AS start ORDER BY start IS NULL, start, e.id
"""
    + _PAGE
)
#: Filtered by a place (``$place``: ``{term, key}``), no actors: the places so named
#: and, for a country, every place in it. Starts from those places' events.
FIND_EVENTS_AT_PLACE: Final = (
    """
WITH coalesce(nullif(COLLECT { MATCH (x:Place {id: $place.term}) RETURN x.id }, []),
              COLLECT { MATCH (:Name {key: $place.key})<-[:KNOWN_AS]-(n:Place)
                        WHERE n.name_key = $place.key OR $place.key IN n.alias_keys
                        RETURN n.id }) AS named,
     coalesce(nullif(COLLECT { MATCH (x:Actor:Country {id: $place.term})
                               RETURN x.id }, []),
              COLLECT { MATCH (:Name {key: $place.key})<-[:KNOWN_AS]-(n:Actor:Country)
                        WHERE n.name_key = $place.key OR $place.key IN n.alias_keys
                        RETURN n.id }) AS countries
WITH named,
     countries + COLLECT { UNWIND named AS id MATCH (p:Place {id: id})
                           WHERE p.kind = 'country' RETURN p.id } AS countries
UNWIND named + COLLECT { UNWIND countries AS country
                         MATCH (p:Place {country: country}) RETURN p.id } AS id
MATCH (:Place {id: id})<-[:OCCURRED_AT]-(e:Event)
WITH DISTINCT e
WHERE e.type IN $types AND e.modality IN $modalities
  AND (NOT $dated OR (e.date_end >= $date_from AND e.date_start <= $date_to))
WITH e, e.date_start AS start ORDER BY start IS NULL, start, e.id
"""
    + _PAGE
)
#: Filtered by dates (both bounds given; the caller fills a missing one with the
#: earliest or latest date), no actor or place: a range seek on ``date_start``. No
#: event spans more than a year, so one overlapping the range starts at most a year
#: before it (``$start_from``), which closes the range. The type and modality come
#: after a ``WITH`` so the planner does not seek the type index instead.
FIND_EVENTS_IN_DATES: Final = (
    """
MATCH (e:Event)
WHERE e.date_start >= $start_from AND e.date_start <= $date_to
WITH e
WHERE e.date_end >= $date_from AND e.type IN $types AND e.modality IN $modalities
WITH e, e.date_start AS start ORDER BY start IS NULL, start, e.id
"""
    + _PAGE
)
#: No actor, place or date filter: a seek on the type index. (A dynamic label,
#: ``MATCH (e:$($label))``, would be planned as a scan of every node in 5.26.)
FIND_EVENTS_OF_TYPES: Final = (
    """
MATCH (e:Event)
WHERE e.type IN $types AND e.modality IN $modalities
WITH e, e.date_start AS start ORDER BY start IS NULL, start, e.id
"""
    + _PAGE
)
#: Events by id; an id that is no event's is looked up as a report merged into one.
#: ``$limit`` and ``$offset`` keep the projection the same as the find statements'.
EVENTS_BY_ID: Final = (
    """
UNWIND $ids AS id
OPTIONAL MATCH (exact:Event {id: id})
OPTIONAL MATCH (owner:Event)-[:REPORTED_IN {report: id}]->(:Article)
WITH DISTINCT coalesce(exact, owner) AS e
WHERE e IS NOT NULL
"""
    + _PAGE
)
#: Every statement that returns an event page (all end in ``_PAGE``).
EVENT_PAGES: Final[tuple[LiteralString, ...]] = (
    FIND_EVENTS_WITH_ACTORS,
    FIND_EVENTS_AT_PLACE,
    FIND_EVENTS_IN_DATES,
    FIND_EVENTS_OF_TYPES,
    EVENTS_BY_ID,
)

# -- reads: actors, paths, the rest ----------------------------------------------------

#: Both ends of a path (``$ends``: two ``{term, key}``) resolved as actor filters are,
#: and the candidate shortest actor-event paths between them. A variable-length bound
#: cannot be a parameter, so the pattern allows 2 * MAX_EVENTS hops and
#: ``$max_length`` narrows it.
SHORTEST_PATHS: Final = """
WITH [t IN $ends |
      coalesce(nullif(COLLECT { MATCH (x:Actor {id: t.term}) RETURN x.id }, []),
               COLLECT { MATCH (:Name {key: t.key})<-[:KNOWN_AS]-(n:Actor)
                         WHERE n.name_key = t.key OR t.key IN n.alias_keys
                         RETURN n.id })] AS ends
RETURN ends,
  COLLECT { UNWIND ends[0] AS source
            UNWIND ends[1] AS target
            WITH source, target WHERE source <> target
            MATCH (a:Actor {id: source}), (b:Actor {id: target})
            MATCH p = allShortestPaths((a)-[:PARTICIPATED_IN*..16]-(b))
            WHERE length(p) <= $max_length
              AND all(n IN nodes(p) WHERE NOT n:Event OR n.modality IN $modalities)
            RETURN [n IN nodes(p) | n.id] AS ids
            LIMIT 1000 } AS paths
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
  COUNT { MATCH (:Event)-[r:REPORTED_IN]->() RETURN DISTINCT r.report } AS reports,
  COLLECT { MATCH (e:Event) WITH e.type AS type, count(*) AS n
            RETURN [type, n] } AS events_by_type
"""
