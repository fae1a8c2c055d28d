// @name connection
// @description The shortest paths between two actors over the summaries: positions (an actor's stance on a
//   candidate, its own or its speakers', as SUPPORTS or OPPOSES by its latest claim), speaker
//   (SPEAKS_FOR) and current membership (MEMBER_OF without an end date) edges, in either direction,
//   each edge with its evidence (a stance edge: its latest claim). A stance edge stands for all of an
//   actor's claims on a candidate, so a candidate backed a thousand times is one edge per backer, and
//   the search (bidirectional, shortest first) stops at the shortest length found. At most 20 paths;
//   no path within maxHops, or the same actor at both ends, is no row.
// @param from: Actor          one end: a name, alias or id
// @param to: Actor            the other end
// @param maxHops: Int(1..6) = 4  longest path considered
// @param minConfidence: Float(0..1)?  only stance edges with a claim at least this sure, and speaker claims that sure
// @returns one row per path: hops, nodes (in order), edges (kind, from, to, role, since, until, evidence)
// @example coalition cypher connection --param from=Hungary --param to=France
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
WHERE a <> b
CALL (a, b) {
  UNWIND CASE WHEN $maxHops = 1 THEN [1] ELSE [] END AS guard
  MATCH path = ALL SHORTEST (a)(()-[r:POSITION|SPEAKS_FOR|MEMBER_OF]-() WHERE CASE type(r) WHEN 'POSITION' THEN r.scope = '*' AND ($minConfidence IS NULL OR r.maxConfidence >= $minConfidence) WHEN 'MEMBER_OF' THEN r.until IS NULL ELSE $minConfidence IS NULL OR r.confidence >= $minConfidence END){1,1}(b)
  RETURN path LIMIT 20
  UNION ALL
  UNWIND CASE WHEN $maxHops = 2 THEN [1] ELSE [] END AS guard
  MATCH path = ALL SHORTEST (a)(()-[r:POSITION|SPEAKS_FOR|MEMBER_OF]-() WHERE CASE type(r) WHEN 'POSITION' THEN r.scope = '*' AND ($minConfidence IS NULL OR r.maxConfidence >= $minConfidence) WHEN 'MEMBER_OF' THEN r.until IS NULL ELSE $minConfidence IS NULL OR r.confidence >= $minConfidence END){1,2}(b)
  RETURN path LIMIT 20
  UNION ALL
  UNWIND CASE WHEN $maxHops = 3 THEN [1] ELSE [] END AS guard
  MATCH path = ALL SHORTEST (a)(()-[r:POSITION|SPEAKS_FOR|MEMBER_OF]-() WHERE CASE type(r) WHEN 'POSITION' THEN r.scope = '*' AND ($minConfidence IS NULL OR r.maxConfidence >= $minConfidence) WHEN 'MEMBER_OF' THEN r.until IS NULL ELSE $minConfidence IS NULL OR r.confidence >= $minConfidence END){1,3}(b)
  RETURN path LIMIT 20
  UNION ALL
  UNWIND CASE WHEN $maxHops = 4 THEN [1] ELSE [] END AS guard
  MATCH path = ALL SHORTEST (a)(()-[r:POSITION|SPEAKS_FOR|MEMBER_OF]-() WHERE CASE type(r) WHEN 'POSITION' THEN r.scope = '*' AND ($minConfidence IS NULL OR r.maxConfidence >= $minConfidence) WHEN 'MEMBER_OF' THEN r.until IS NULL ELSE $minConfidence IS NULL OR r.confidence >= $minConfidence END){1,4}(b)
  RETURN path LIMIT 20
  UNION ALL
  UNWIND CASE WHEN $maxHops = 5 THEN [1] ELSE [] END AS guard
  MATCH path = ALL SHORTEST (a)(()-[r:POSITION|SPEAKS_FOR|MEMBER_OF]-() WHERE CASE type(r) WHEN 'POSITION' THEN r.scope = '*' AND ($minConfidence IS NULL OR r.maxConfidence >= $minConfidence) WHEN 'MEMBER_OF' THEN r.until IS NULL ELSE $minConfidence IS NULL OR r.confidence >= $minConfidence END){1,5}(b)
  RETURN path LIMIT 20
  UNION ALL
  UNWIND CASE WHEN $maxHops = 6 THEN [1] ELSE [] END AS guard
  MATCH path = ALL SHORTEST (a)(()-[r:POSITION|SPEAKS_FOR|MEMBER_OF]-() WHERE CASE type(r) WHEN 'POSITION' THEN r.scope = '*' AND ($minConfidence IS NULL OR r.maxConfidence >= $minConfidence) WHEN 'MEMBER_OF' THEN r.until IS NULL ELSE $minConfidence IS NULL OR r.confidence >= $minConfidence END){1,6}(b)
  RETURN path LIMIT 20
}
WITH path, [n IN nodes(path) | n.name] AS names
ORDER BY length(path), names
WITH collect(path) AS paths
UNWIND range(0, size(paths) - 1) AS k
WITH k, paths[k] AS path
CALL (path) {
  UNWIND range(0, length(path) - 1) AS i
  WITH i, relationships(path)[i] AS r
  WITH i, r, startNode(r) AS source, endNode(r) AS target
  // A stance edge's evidence: the latest of the claims behind it (the actor's own or its speakers').
  CALL (r, source, target) {
    CALL (r, source, target) {
      WITH r, source, target WHERE type(r) = 'POSITION'
      MATCH (source)-[c:SUPPORTS|OPPOSES]->(target)
      WHERE $minConfidence IS NULL OR c.confidence >= $minConfidence
      RETURN c, c.day AS day
      UNION ALL
      WITH r, source, target WHERE type(r) = 'POSITION'
      UNWIND coalesce(r.vias, []) AS viaId
      MATCH (via:Actor {id: viaId})-[sp:SPEAKS_FOR]->(source)
      WITH via, min(sp.day) AS since
      MATCH (via)-[c:SUPPORTS|OPPOSES]->(target)
      WHERE $minConfidence IS NULL OR c.confidence >= $minConfidence
      RETURN c, CASE WHEN c.day IS NULL OR since IS NULL THEN null WHEN c.day > since THEN c.day ELSE since END AS day
    }
    WITH c, day ORDER BY day IS NULL DESC, day, c.articleId, c.start
    RETURN collect(c)[-1] AS latestClaim
  }
  WITH i, r, source, target, CASE type(r) WHEN 'POSITION' THEN latestClaim WHEN 'MEMBER_OF' THEN null ELSE r END AS claim
  OPTIONAL MATCH (article:Article {id: claim.articleId})
  WITH i, r, source, target, claim, article ORDER BY i
  RETURN collect({kind: CASE WHEN type(r) = 'POSITION' THEN r.latest ELSE type(r) END,
                  from: source {.id, .name, type: [l IN labels(source) WHERE l <> 'Actor'][0]},
                  to: target {.id, .name, type: [l IN labels(target) WHERE l <> 'Actor'][0]},
                  role: r.role, since: r.since, until: r.until,
                  evidence: CASE WHEN claim IS NULL THEN null ELSE
                    {claimId: claim.claimId, kind: type(claim), evidence: claim.evidence, sentence: claim.sentence,
                     date: claim.day, statedDate: claim.date, confidence: claim.confidence,
                     article: article {.id, .title, .source, .url, .publishedAt}} END}) AS edges
}
RETURN length(path) AS hops,
       [n IN nodes(path) | n {.id, .name, type: [l IN labels(n) WHERE l <> 'Actor'][0]}] AS nodes,
       edges
ORDER BY k
