// @name stance-holders
// @description Who is on record taking a stance (SUPPORTS or OPPOSES) on a candidate: actors on record
//   directly, and countries or organizations whose speaker (SPEAKS_FOR) took it (the speakers in
//   `vias`). Read from the positions (docs/graph-summaries.md): a page of holders in order of the day
//   they first took the stance, then actor id, with the count of all of them; each holder with its
//   first and last day, how many claims, and its latest 3 claims (the others through `evidence`).
//   Backs the GraphQL fields `supporters` and `opponents`.
// @param candidate: Person   the candidate: a name, alias or id
// @param stance: Stance      SUPPORTS or OPPOSES
// @param post: Post?         only the stances given for this post (claims that name it)
// @param asOf: Date?         only claims dated on or before this day (undated claims then do not count)
// @param minConfidence: Float(0..1)?  only claims at least this sure (slower: reads the claims)
// @param first: Int(1..500) = 20  holders per page
// @param after: String?      the endCursor of the page before
// @returns one row: candidate, stance, post, asOf, totalCount, holders (actor, stance, first, last, claimCount, vias, latestClaims, cursor), pageInfo
// @example coalition cypher stance-holders --param candidate="Mark Rutte" --param stance=SUPPORTS --param asOf=2024-02-22
MATCH (candidate:Actor:Person {id: $candidate})
OPTIONAL MATCH (post:Post {id: $post})
WITH candidate, post, coalesce($post, '*') AS scope,
     CASE WHEN $asOf IS NULL THEN '' ELSE '0001' END AS floor,
     CASE WHEN $asOf IS NULL THEN '9999' ELSE toString($asOf + duration({days: 1})) END AS ceiling
WITH candidate, post, scope, ceiling, CASE WHEN $after IS NOT NULL AND $after > floor THEN $after ELSE floor END AS lower
// One page of positions in page-key order, straight from the index (one more row tells whether a
// next page exists; the other stance's range is empty). The end node stays unbound so that the
// index gives the order and the page stops after `first` rows. With minConfidence, only actors with a claim of the stance that sure.
CALL (candidate, scope, lower, ceiling) {
 CALL (candidate, scope, lower, ceiling) {
  MATCH (actor)-[p:POSITION]->(target)
  USING INDEX p:POSITION(candidateId, scope, supportKey)
  WHERE p.candidateId = $candidate AND p.scope = scope AND p.supportKey > lower
    AND p.supportKey < CASE WHEN $stance = 'SUPPORTS' THEN ceiling ELSE '' END
    AND ($minConfidence IS NULL OR (p.maxConfidence >= $minConfidence AND (
      EXISTS { MATCH (actor)-[r:SUPPORTS]->(target)
               WHERE r.confidence >= $minConfidence AND (scope = '*' OR r.postId = scope) AND ($asOf IS NULL OR r.day <= $asOf) }
      OR EXISTS { UNWIND coalesce(p.vias, []) AS viaId
                  MATCH (speaker:Actor {id: viaId})-[r:SUPPORTS]->(target) USING INDEX speaker:Actor(id)
                  WHERE r.confidence >= $minConfidence AND (scope = '*' OR r.postId = scope)
                    AND ($asOf IS NULL OR (r.day <= $asOf AND EXISTS { (speaker)-[sp:SPEAKS_FOR]->(actor) WHERE sp.day <= $asOf })) })))
  RETURN actor, p, p.supportKey AS pageKey
  ORDER BY p.candidateId, p.scope, p.supportKey
  LIMIT $first + 1
  UNION ALL
  MATCH (actor)-[p:POSITION]->(target)
  USING INDEX p:POSITION(candidateId, scope, opposeKey)
  WHERE p.candidateId = $candidate AND p.scope = scope AND p.opposeKey > lower
    AND p.opposeKey < CASE WHEN $stance = 'OPPOSES' THEN ceiling ELSE '' END
    AND ($minConfidence IS NULL OR (p.maxConfidence >= $minConfidence AND (
      EXISTS { MATCH (actor)-[r:OPPOSES]->(target)
               WHERE r.confidence >= $minConfidence AND (scope = '*' OR r.postId = scope) AND ($asOf IS NULL OR r.day <= $asOf) }
      OR EXISTS { UNWIND coalesce(p.vias, []) AS viaId
                  MATCH (speaker:Actor {id: viaId})-[r:OPPOSES]->(target) USING INDEX speaker:Actor(id)
                  WHERE r.confidence >= $minConfidence AND (scope = '*' OR r.postId = scope)
                    AND ($asOf IS NULL OR (r.day <= $asOf AND EXISTS { (speaker)-[sp:SPEAKS_FOR]->(actor) WHERE sp.day <= $asOf })) })))
  RETURN actor, p, p.opposeKey AS pageKey
  ORDER BY p.candidateId, p.scope, p.opposeKey
  LIMIT $first + 1
 }
 RETURN collect({actor: actor, p: p, pageKey: pageKey}) AS fetched
}
WITH candidate, post, scope, lower, ceiling, fetched[..$first] AS page, size(fetched) > $first AS hasNextPage
// How many in all: the tally without asOf; with asOf the tally's months before asOf's month plus
// the positions whose first day falls in that month up to asOf; with minConfidence, a count of
// the filtered positions.
CALL (candidate, scope) {
  OPTIONAL MATCH (tally:Tally {key: $candidate + '|' + scope + '|' + $stance})
  WITH tally, CASE WHEN $asOf IS NULL OR tally IS NULL OR tally.monthBase IS NULL THEN 0
                   ELSE $asOf.year * 12 + $asOf.month - 1 - tally.monthBase END AS monthsBefore
  RETURN CASE WHEN tally IS NULL THEN 0
              WHEN $asOf IS NULL THEN tally.total
              WHEN monthsBefore <= 0 THEN 0
              ELSE reduce(n = 0, x IN tally.monthActors[..monthsBefore] | n + x) END AS counted,
         toString(date({year: coalesce($asOf, date()).year, month: coalesce($asOf, date()).month, day: 1})) AS monthStart
}
CALL (candidate, scope, monthStart, ceiling) {
  CALL (candidate, scope, monthStart, ceiling) {
    UNWIND CASE WHEN $asOf IS NOT NULL AND $minConfidence IS NULL AND $stance = 'SUPPORTS' THEN [1] ELSE [] END AS guard
    MATCH ()-[p:POSITION]->()
    USING INDEX p:POSITION(candidateId, scope, supportKey)
    WHERE p.candidateId = $candidate AND p.scope = scope AND p.supportKey >= monthStart AND p.supportKey < ceiling
    RETURN p
    UNION ALL
    UNWIND CASE WHEN $asOf IS NOT NULL AND $minConfidence IS NULL AND $stance = 'OPPOSES' THEN [1] ELSE [] END AS guard
    MATCH ()-[p:POSITION]->()
    USING INDEX p:POSITION(candidateId, scope, opposeKey)
    WHERE p.candidateId = $candidate AND p.scope = scope AND p.opposeKey >= monthStart AND p.opposeKey < ceiling
    RETURN p
  }
  RETURN count(p) AS inMonth
}
CALL (candidate, scope, ceiling) {
  CALL (candidate, scope, ceiling) {
    UNWIND CASE WHEN $minConfidence IS NOT NULL THEN [1] ELSE [] END AS guard
    MATCH (actor:Actor)-[p:POSITION]->(candidate)
    WHERE p.candidateId = $candidate AND p.scope = scope AND p.maxConfidence >= $minConfidence
      AND CASE $stance WHEN 'SUPPORTS' THEN p.supportKey ELSE p.opposeKey END > CASE WHEN $asOf IS NULL THEN '' ELSE '0001' END
      AND CASE $stance WHEN 'SUPPORTS' THEN p.supportKey ELSE p.opposeKey END < ceiling
      AND (EXISTS { MATCH (actor)-[r:SUPPORTS|OPPOSES]->(candidate)
                    WHERE type(r) = $stance AND r.confidence >= $minConfidence AND (scope = '*' OR r.postId = scope) AND ($asOf IS NULL OR r.day <= $asOf) }
        OR EXISTS { UNWIND coalesce(p.vias, []) AS viaId
                    MATCH (speaker:Actor {id: viaId})-[r:SUPPORTS|OPPOSES]->(candidate) USING INDEX speaker:Actor(id)
                    WHERE type(r) = $stance AND r.confidence >= $minConfidence AND (scope = '*' OR r.postId = scope)
                      AND ($asOf IS NULL OR (r.day <= $asOf AND EXISTS { (speaker)-[sp:SPEAKS_FOR]->(actor) WHERE sp.day <= $asOf })) })
    RETURN p
  }
  WITH count(p) AS n
  RETURN CASE WHEN $minConfidence IS NULL THEN null ELSE n END AS filtered
}
WITH candidate, post, page, hasNextPage, coalesce(filtered, counted + inMonth) AS totalCount
// Each holder of the page: how many claims count for it (its own, and its speakers' from the day
// they spoke for it), its first and last day, and its latest three claims as evidence. Without asOf
// and minConfidence, from the position (its latest claims looked up by id, docs/graph-summaries.md);
// otherwise, or for a position stored without them, from the claims.
CALL (candidate, page) {
  UNWIND range(0, size(page) - 1) AS i
  WITH i, page[i].actor AS actor, page[i].p AS p, page[i].pageKey AS pageKey
  CALL (actor, p, candidate) {
    WITH actor, p, CASE $stance WHEN 'SUPPORTS' THEN p.supportRecent ELSE p.opposeRecent END AS recent,
         CASE $stance WHEN 'SUPPORTS' THEN [p.supportKey, p.supportLast, p.supportClaims] ELSE [p.opposeKey, p.opposeLast, p.opposeClaims] END AS side
    WHERE $asOf IS NULL AND $minConfidence IS NULL AND recent IS NOT NULL
    CALL (actor, recent) {
      UNWIND range(0, size(recent) - 1) AS j
      WITH j, split(recent[j], '|') AS key
      CALL (key) {
        MATCH ()-[r:SUPPORTS {claimId: key[3]}]->() WHERE $stance = 'SUPPORTS'
        RETURN r
        UNION ALL
        MATCH ()-[r:OPPOSES {claimId: key[3]}]->() WHERE $stance = 'OPPOSES'
        RETURN r
      }
      WITH j, r, CASE WHEN key[0] = '0000-00-00' THEN null ELSE date(key[0]) END AS day,
           CASE WHEN startNode(r) = actor THEN null ELSE startNode(r) END AS via
      WITH j, r, day, via,
           CASE WHEN via IS NULL THEN null ELSE COLLECT { MATCH (via)-[sp:SPEAKS_FOR]->(actor) WHERE sp.role IS NOT NULL RETURN sp.role LIMIT 1 }[0] END AS role
      ORDER BY j
      RETURN collect({r: r, day: day, via: via, role: role}) AS latest
    }
    RETURN side[2] AS claimCount, CASE WHEN side[0] STARTS WITH '0000-00-00' THEN null ELSE date(left(side[0], 10)) END AS firstDay,
           side[1] AS lastDay, latest
    UNION ALL
    WITH actor, p, candidate
    WHERE $asOf IS NOT NULL OR $minConfidence IS NOT NULL OR CASE $stance WHEN 'SUPPORTS' THEN p.supportRecent ELSE p.opposeRecent END IS NULL
    CALL (actor, p, candidate) {
      CALL (actor, p, candidate) {
        MATCH (actor)-[r:SUPPORTS|OPPOSES]->(candidate)
        RETURN r, r.day AS day, null AS via, null AS role
        UNION ALL
        UNWIND coalesce(p.vias, []) AS viaId
        MATCH (via:Actor {id: viaId})-[sp:SPEAKS_FOR]->(actor) USING INDEX via:Actor(id)
        WITH via, min(sp.day) AS since, collect(sp.role)[0] AS role
        MATCH (via)-[r:SUPPORTS|OPPOSES]->(candidate)
        RETURN r, CASE WHEN r.day IS NULL OR since IS NULL THEN null WHEN r.day > since THEN r.day ELSE since END AS day, via, role
      }
      WITH r, day, via, role
      WHERE type(r) = $stance AND (p.scope = '*' OR r.postId = p.scope) AND ($asOf IS NULL OR day <= $asOf)
        AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
      WITH r, day, via, role ORDER BY day IS NULL DESC, day, r.articleId, r.start, r.claimId
      WITH collect({r: r, day: day, via: via, role: role}) AS claims
      RETURN size(claims) AS claimCount, [x IN claims WHERE x.day IS NOT NULL][0].day AS firstDay,
             [x IN claims WHERE x.day IS NOT NULL][-1].day AS lastDay, reverse(claims[-3..]) AS latest
    }
    RETURN claimCount, firstDay, lastDay, latest
  }
  CALL (latest) {
    UNWIND range(0, size(latest) - 1) AS j
    WITH j, latest[j].r AS r, latest[j].day AS day, latest[j].via AS via, latest[j].role AS role
    MATCH (article:Article {id: r.articleId})
    WITH j, r, day, via, role, article ORDER BY j
    RETURN collect({stance: type(r), via: via {.id, .name, type: 'Person'}, role: role, countsFrom: day,
                    evidence: {claimId: r.claimId, kind: type(r), evidence: r.evidence, sentence: r.sentence,
                               date: r.day, statedDate: r.date, confidence: r.confidence,
                               article: article {.id, .title, .source, .url, .publishedAt}}}) AS latestClaims
  }
  WITH i, actor, p, pageKey, claimCount, firstDay, lastDay, latestClaims ORDER BY i
  RETURN collect({actor: actor {.id, .name, type: [l IN labels(actor) WHERE l <> 'Actor'][0]}, stance: $stance,
                  first: firstDay, last: lastDay, claimCount: claimCount,
                  vias: [v IN coalesce(p.vias, []) | COLLECT { MATCH (s:Actor {id: v}) RETURN s {.id, .name, type: 'Person'} }[0]],
                  latestClaims: latestClaims, cursor: pageKey}) AS holders
}
RETURN candidate {.id, .name, type: 'Person'} AS candidate, $stance AS stance,
       post {.id, .title, organization: [(post)-[:POST_OF]->(o:Organization) | o.name][0]} AS post,
       $asOf AS asOf, totalCount, holders,
       {hasNextPage: hasNextPage, endCursor: holders[-1].cursor} AS pageInfo
