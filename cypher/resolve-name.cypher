// @name resolve-name
// @description The nodes a name can mean, best match first: by id, by normalised name, by identifying
//   alias, and last by any other alias. Every name parameter of the other queries goes through this
//   query. Each step is an index seek (ids through their constraints, names through the NameKey
//   index), whatever the size of the graph.
// @param key: NameKey        the name as typed; normalised (case, diacritics, a leading "the") before it is sent
// @param label: EntityLabel  the kind of node wanted: Actor, Person, Country, Organization, Media or Post
// @returns one row per matching node: id, name, type, rank (0 id, 1 name, 2 identifying alias, 3 other alias)
// @example coalition cypher resolve-name --param key="the united states" --param label=Country
WITH $key AS key,
     // Ids are lower case but for the ISO code of a country ("country:FR").
     [$key, CASE WHEN $key STARTS WITH 'country:' THEN 'country:' + toUpper(substring($key, 8)) END] AS ids
CALL (key, ids) {
  MATCH (n:Actor) WHERE n.id IN ids RETURN n
  UNION
  MATCH (n:Post) WHERE n.id IN ids RETURN n
  UNION
  MATCH (:NameKey {key: key})-[:NAMES|ALSO_NAMES]->(n) RETURN n
}
WITH n, key
WHERE $label IN labels(n)
WITH n,
     CASE
       WHEN toLower(n.id) = key THEN 0
       WHEN n.nameKey = key THEN 1
       WHEN EXISTS { (:NameKey {key: key})-[:NAMES]->(n) } THEN 2
       ELSE 3
     END AS rank
RETURN n.id AS id, coalesce(n.name, n.title) AS name,
       CASE WHEN n:Post THEN 'Post' WHEN n:Person THEN 'Person' WHEN n:Country THEN 'Country'
            WHEN n:Organization THEN 'Organization' ELSE 'Media' END AS type,
       rank
ORDER BY rank, name
