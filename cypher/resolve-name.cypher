// @name resolve-name
// @description The nodes a name can mean, best match first: by id, by normalised name, by identifying
//   alias (the node's keys), and last by any alias. Every name parameter of the other queries goes
//   through this query.
// @param key: NameKey        the name as typed; normalised (case, diacritics, a leading "the") before it is sent
// @param label: EntityLabel  the kind of node wanted: Actor, Person, Country, Organization, Media or Post
// @returns one row per matching node: id, name, type, rank (0 id, 1 name, 2 identifying alias, 3 other alias)
// @example coalition cypher resolve-name --param key="the united states" --param label=Country
MATCH (n)
WHERE (n:Actor OR n:Post) AND $label IN labels(n)
WITH n, toLower(n.id) AS lowerId,
     [a IN coalesce(n.aliases, []) | CASE WHEN toLower(a) STARTS WITH 'the ' THEN substring(toLower(a), 4) ELSE toLower(a) END] AS looseAliases
WITH n,
     CASE
       WHEN lowerId = $key THEN 0
       WHEN n.nameKey = $key THEN 1
       WHEN $key IN coalesce(n.keys, []) THEN 2
       WHEN $key IN looseAliases THEN 3
     END AS rank
WHERE rank IS NOT NULL
RETURN n.id AS id, coalesce(n.name, n.title) AS name,
       CASE WHEN n:Post THEN 'Post' WHEN n:Person THEN 'Person' WHEN n:Country THEN 'Country'
            WHEN n:Organization THEN 'Organization' ELSE 'Media' END AS type,
       rank
ORDER BY rank, name
