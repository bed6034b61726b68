// diplograph: saved analyst queries for Neo4j Browser.
// Paste one block (its :param lines and its query) into the Browser editor and run
// it; change the :param values to ask about other actors, places or dates. Names
// match the canonical name or any alias, ignoring case. Only asserted events are
// facts: drop the modality condition to see planned, speculated or denied ones.
// Star a block in Browser (Favorites) to keep it. tests/integration runs every
// block here against a real server.

// == Who met whom in a city, in a date range
:param city => 'Beijing';
:param date_from => date('2025-09-01');
:param date_to => date('2025-09-30');
MATCH (place:Place)
WHERE toLower(place.name) = toLower($city)
   OR toLower($city) IN [alias IN place.aliases | toLower(alias)]
MATCH (meeting:Meeting)-[:OCCURRED_AT]->(place)
WHERE meeting.modality = 'asserted'
  AND meeting.date_end >= $date_from AND meeting.date_start <= $date_to
MATCH (a:Actor)-[:PARTICIPATED_IN]->(meeting)<-[:PARTICIPATED_IN]-(b:Actor)
WHERE a.id < b.id
RETURN a, b, meeting, place;

// == An actor's year: every event they took part in, with places and partners
:param actor => 'Kim Jong Un';
:param year => 2025;
MATCH (actor:Actor)
WHERE toLower(actor.name) = toLower($actor)
   OR toLower($actor) IN [alias IN actor.aliases | toLower(alias)]
MATCH (actor)-[:PARTICIPATED_IN]->(event:Event)
WHERE event.date_start <= date({year: $year, month: 12, day: 31})
  AND event.date_end >= date({year: $year, month: 1, day: 1})
OPTIONAL MATCH (event)-[:OCCURRED_AT]->(place:Place)
OPTIONAL MATCH (other:Actor)-[:PARTICIPATED_IN]->(event)
RETURN actor, event, place, collect(other) AS others
ORDER BY event.date_start;

// == How two actors are connected: the shortest chains of shared events
:param from_actor => 'North Korea';
:param to_actor => 'Russia';
MATCH (a:Actor)
WHERE toLower(a.name) = toLower($from_actor)
   OR toLower($from_actor) IN [alias IN a.aliases | toLower(alias)]
MATCH (b:Actor)
WHERE toLower(b.name) = toLower($to_actor)
   OR toLower($to_actor) IN [alias IN b.aliases | toLower(alias)]
MATCH path = allShortestPaths((a)-[:PARTICIPATED_IN*..8]-(b))
WHERE a <> b
RETURN path
LIMIT 25;

// == Co-attendance at a parade: who stood together, and who hosted
:param city => 'Beijing';
:param when => '2025-09';
MATCH (parade:Parade)-[:OCCURRED_AT]->(place:Place)
WHERE (toLower(place.name) = toLower($city)
       OR toLower($city) IN [alias IN place.aliases | toLower(alias)])
  AND parade.date STARTS WITH $when AND parade.modality = 'asserted'
MATCH (guest:Actor)-[role:PARTICIPATED_IN]->(parade)
RETURN parade, place, guest, role;

// == Pairs of leaders who attended the most parades together (table)
MATCH (a:Actor)-[:PARTICIPATED_IN {role: 'attendee'}]->(parade:Parade)
      <-[:PARTICIPATED_IN {role: 'attendee'}]-(b:Actor)
WHERE a.id < b.id AND parade.modality = 'asserted'
RETURN a.name AS first, b.name AS second, count(parade) AS parades,
       collect(parade.date) AS dates
ORDER BY parades DESC, first, second
LIMIT 50;

// == Where a country's troops were deployed, for whom and against whom
:param country => 'North Korea';
MATCH (sender:Country)
WHERE toLower(sender.name) = toLower($country)
   OR toLower($country) IN [alias IN sender.aliases | toLower(alias)]
MATCH (sender)-[:PARTICIPATED_IN {role: 'sender'}]->(deployment:TroopDeployment)
WHERE deployment.modality = 'asserted'
OPTIONAL MATCH (deployment)-[:OCCURRED_AT]->(place:Place)
OPTIONAL MATCH (other:Actor)-[role:PARTICIPATED_IN]->(deployment)
WHERE role.role IN ['recipient', 'against']
RETURN sender, deployment, place, collect(other) AS others;

// == The source sentences behind an actor's events (table)
:param actor => 'Vladimir Putin';
MATCH (actor:Actor)
WHERE toLower(actor.name) = toLower($actor)
   OR toLower($actor) IN [alias IN actor.aliases | toLower(alias)]
MATCH (actor)-[:PARTICIPATED_IN]->(event:Event)-[source:REPORTED_IN]->(article:Article)
RETURN event.type AS type, event.date AS date, source.sentence AS sentence,
       source.start AS start, source.end AS end, article.title AS title,
       article.url AS url
ORDER BY event.date_start, event.id, source.start;

// == Find actors by any part of any name, in any language (full-text index)
:param search => 'putin';
CALL db.index.fulltext.queryNodes('actor_names', $search) YIELD node, score
RETURN node.name AS name, labels(node) AS labels, node.aliases AS aliases, score
ORDER BY score DESC
LIMIT 20;
