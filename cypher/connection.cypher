// @name connection
// @description The shortest paths between two actors over stance (SUPPORTS, OPPOSES), speaker
//   (SPEAKS_FOR) and current membership (MEMBER_OF without an end date) edges, in either direction,
//   each edge with its evidence. At most 20 paths; no path within maxHops, or the same actor at both
//   ends, is no row.
// @param from: Actor          one end: a name, alias or id
// @param to: Actor            the other end
// @param maxHops: Int(1..6) = 4  longest path considered
// @returns one row per path: hops, nodes (in order), edges (kind, from, to, role, since, until, evidence)
// @example coalition cypher connection --param from=Hungary --param to=France
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
WHERE a <> b
MATCH path = allShortestPaths((a)-[:SUPPORTS|OPPOSES|SPEAKS_FOR|MEMBER_OF*..6]-(b))
WHERE all(r IN relationships(path) WHERE type(r) <> 'MEMBER_OF' OR r.until IS NULL)
WITH path
WHERE length(path) <= $maxHops
WITH path
LIMIT 20
UNWIND range(0, length(path) - 1) AS i
WITH path, i, relationships(path)[i] AS r
OPTIONAL MATCH (article:Article {id: r.articleId})
WITH path, i, r, article, startNode(r) AS source, endNode(r) AS target
ORDER BY i
WITH path,
     collect({kind: type(r),
              from: source {.id, .name, type: [l IN labels(source) WHERE l <> 'Actor'][0]},
              to: target {.id, .name, type: [l IN labels(target) WHERE l <> 'Actor'][0]},
              role: r.role, since: r.since, until: r.until,
              evidence: CASE WHEN article IS NULL THEN null ELSE
                {claimId: r.claimId, kind: type(r), evidence: r.evidence, sentence: r.sentence,
                 date: coalesce(r.date, article.publishedAt), statedDate: r.date, confidence: r.confidence,
                 article: article {.id, .title, .source, .url, .publishedAt}} END}) AS edges
RETURN length(path) AS hops,
       [n IN nodes(path) | n {.id, .name, type: [l IN labels(n) WHERE l <> 'Actor'][0]}] AS nodes,
       edges
ORDER BY [n IN nodes | n.name]
