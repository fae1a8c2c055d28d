// @name name-candidates
// @description The few dozen nodes of one kind whose names or aliases come closest to a search, from
//   the entity_search full-text index: what "did you mean" suggestions are ranked from when a name
//   resolves to nothing. Bounded whatever the size of the graph.
// @param search: String      a Lucene query over names and aliases, e.g. "rutt~1 OR mark~1"
// @param label: EntityLabel  Actor, Person, Country, Organization, Media or Post
// @param limit: Int(1..200) = 40  how many index hits to consider
// @returns one row per node, best hit first: id, name, aliases, score
// @example coalition cypher name-candidates --param search="hungry~1" --param label=Country
CALL db.index.fulltext.queryNodes('entity_search', $search, {limit: $limit * 4}) YIELD node AS n, score
WITH n, score
WHERE $label IN labels(n)
RETURN n.id AS id, coalesce(n.name, n.title) AS name, coalesce(n.aliases, []) AS aliases, score
ORDER BY score DESC, name
LIMIT $limit
