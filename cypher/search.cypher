// @name search
// @description People, countries, organizations, outlets and posts whose name or alias matches a text, from
//   the `entity_search` full-text index, best first. Each word of the text matches as a word or a word
//   prefix, and all words must match; Lucene's special characters in the text are escaped (they match
//   literally) and only its first 100 characters are read. An empty text finds nothing.
// @param query: String       the text, as a person types it ("rut", "nato sec")
// @param first: Int(1..50) = 10   how many hits at most
// @returns one row per hit: id, name, type, detail, score
// @example coalition cypher search --param query=rutte
WITH [word IN split(toLower(left(trim($query), 100)), ' ') WHERE word <> ''] AS words
WITH [word IN words | apoc.text.regreplace(word, '([+\\-&|!(){}\\[\\]^"~*?:\\\\/])', '\\\\$1')] AS words
WHERE size(words) > 0
WITH reduce(lucene = '', word IN words |
       lucene + CASE WHEN lucene = '' THEN '' ELSE ' AND ' END + '(' + word + '^2 OR ' + word + '*)') AS lucene
CALL db.index.fulltext.queryNodes('entity_search', lucene, {limit: $first}) YIELD node, score
RETURN node.id AS id,
       coalesce(node.name, node.title) AS name,
       [l IN labels(node) WHERE l IN ['Person', 'Country', 'Organization', 'Media', 'Post']][0] AS type,
       CASE
         WHEN node:Post THEN [(node)-[:POST_OF]->(o:Organization) | o.name][0]
         WHEN node:Person THEN [(node)-[s:SPEAKS_FOR]->(a:Actor) | coalesce(s.role + ', ', '') + a.name][0]
         WHEN node:Country THEN node.region
       END AS detail,
       score
ORDER BY score DESC, name
