// @name name-candidates
// @description Every name and alias of one kind of node: what "did you mean" suggestions are chosen
//   from when a name resolves to nothing.
// @param label: EntityLabel  Actor, Person, Country, Organization, Media or Post
// @returns one row per node: id, name, aliases
// @example coalition cypher name-candidates --param label=Post
MATCH (n)
WHERE (n:Actor OR n:Post) AND $label IN labels(n)
RETURN n.id AS id, coalesce(n.name, n.title) AS name, coalesce(n.aliases, []) AS aliases
ORDER BY name
