// @name evidence
// @description The claims behind one actor's stance on a candidate, newest first, a page at a time: its
//   own claims and, for a country or organization, its speakers' (with the speaker in `via`), each
//   counting from the later of its day and the day the speaker first spoke for the actor. Undated
//   claims count as oldest. What `latestClaims` of the other questions stops short of.
// @param actor: Actor          the actor: a name, alias or id
// @param candidate: Person     the candidate
// @param stance: Stance?       only SUPPORTS or only OPPOSES claims; both when absent
// @param post: Post?           only the claims that name this post
// @param asOf: Date?           only claims counting on or before this day
// @param minConfidence: Float(0..1)?  only claims at least this sure
// @param first: Int(1..500) = 20  claims per page
// @param after: String?        the endCursor of the page before
// @returns one row: actor, candidate, stance, totalCount, claims (stance, via, role, evidence), pageInfo
// @example coalition cypher evidence --param actor="United States" --param candidate="Mark Rutte" --param stance=SUPPORTS
MATCH (actor:Actor {id: $actor})
MATCH (candidate:Actor:Person {id: $candidate})
OPTIONAL MATCH (actor)-[p:POSITION {scope: '*'}]->(candidate)
CALL (actor, candidate, p) {
  CALL (actor, candidate, p) {
    MATCH (actor)-[r:SUPPORTS|OPPOSES]->(candidate)
    RETURN r, r.day AS day, null AS via, null AS role
    UNION ALL
    UNWIND coalesce(p.vias, []) AS viaId
    MATCH (via:Actor {id: viaId})-[sp:SPEAKS_FOR]->(actor) USING INDEX via:Actor(id)
    WITH via, min(sp.day) AS since, collect(sp.role)[0] AS role
    MATCH (via)-[r:SUPPORTS|OPPOSES]->(candidate)
    RETURN r, CASE WHEN r.day IS NULL OR since IS NULL THEN null WHEN r.day > since THEN r.day ELSE since END AS day, via, role
  }
  WITH r, day, via, role,
       coalesce(toString(day), '0000-00-00') + '|' + r.articleId + '|' + right('000000000' + toString(toInteger(r.start)), 10) + '|' + r.claimId AS cursor
  WHERE ($stance IS NULL OR type(r) = $stance) AND ($post IS NULL OR r.postId = $post)
    AND ($asOf IS NULL OR day <= $asOf) AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  WITH r, day, via, role, cursor ORDER BY cursor DESC
  RETURN collect({r: r, day: day, via: via, role: role, cursor: cursor}) AS claims
}
WITH actor, candidate, size(claims) AS totalCount, [c IN claims WHERE $after IS NULL OR c.cursor < $after] AS rest
WITH actor, candidate, totalCount, rest[..$first] AS page, size(rest) > $first AS hasNextPage
CALL (page) {
  UNWIND range(0, size(page) - 1) AS i
  WITH i, page[i].r AS r, page[i].day AS day, page[i].via AS via, page[i].role AS role
  MATCH (article:Article {id: r.articleId})
  WITH i, r, day, via, role, article ORDER BY i
  RETURN collect({stance: type(r), via: via {.id, .name, type: 'Person'}, role: role, countsFrom: day,
                  evidence: {claimId: r.claimId, kind: type(r), evidence: r.evidence, sentence: r.sentence,
                             date: r.day, statedDate: r.date, confidence: r.confidence,
                             article: article {.id, .title, .source, .url, .publishedAt}}}) AS claims
}
RETURN actor {.id, .name, type: [l IN labels(actor) WHERE l <> 'Actor'][0]} AS actor,
       candidate {.id, .name, type: 'Person'} AS candidate, $stance AS stance, totalCount, claims,
       {hasNextPage: hasNextPage, endCursor: page[-1].cursor} AS pageInfo
