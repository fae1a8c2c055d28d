// @name race
// @description The candidates for a post (RUNS_FOR summaries), each with how many actors are on record
//   supporting and opposing them (directly or through a speaker, as in stance-holders), the first and
//   latest dated claims about the candidacy, and the candidacy's latest evidence. A candidate who runs
//   for several posts counts only the stances given for this post (claims that name it); one who runs
//   for this post only counts every stance. Ranked by supporters, then fewest opponents, then name.
// @param post: Post          the post: a title, alias or id
// @param asOf: Date?         only claims dated on or before this day (undated claims then do not count)
// @param minConfidence: Float(0..1)?  only claims at least this sure (slower: reads the claims)
// @returns one row per candidate: candidate, post, supporters, opponents, supportingCountries, opposingCountries, firstClaim, lastClaim, candidacyClaims, candidacy
// @example coalition cypher race --param post="NATO Secretary General"
MATCH (post:Post {id: $post})
MATCH (candidate:Person)-[run:RUNS_FOR]->(post)
WHERE ($asOf IS NULL OR run.first <= $asOf)
  AND ($minConfidence IS NULL OR EXISTS {
    MATCH (candidate)-[r:CANDIDATE_FOR]->(post)
    WHERE r.confidence >= $minConfidence AND ($asOf IS NULL OR r.day <= $asOf)
  })
WITH post, candidate, run, CASE WHEN COUNT { (candidate)-[:RUNS_FOR]->() } > 1 THEN post.id ELSE '*' END AS scope,
     CASE WHEN $asOf IS NULL THEN '9999' ELSE toString($asOf + duration({days: 1})) END AS ceiling,
     toString(date({year: coalesce($asOf, date()).year, month: coalesce($asOf, date()).month, day: 1})) AS monthStart
// Supporters and opponents from the tallies: all of them without asOf; with asOf, the months before
// asOf's month and, from the positions' index, those who first took the stance in that month up to
// asOf. With minConfidence, the positions are read and their claims checked.
CALL (candidate, scope, ceiling, monthStart) {
  UNWIND ['SUPPORTS', 'OPPOSES'] AS side
  OPTIONAL MATCH (tally:Tally {key: candidate.id + '|' + scope + '|' + side})
  WITH side, tally,
       CASE WHEN $asOf IS NULL OR tally IS NULL OR tally.monthBase IS NULL THEN 0
            ELSE $asOf.year * 12 + $asOf.month - 1 - tally.monthBase END AS monthsBefore
  CALL (candidate, side, scope, ceiling, monthStart) {
    CALL (candidate, side, scope, ceiling, monthStart) {
      UNWIND CASE WHEN $asOf IS NOT NULL AND $minConfidence IS NULL AND side = 'SUPPORTS' THEN [1] ELSE [] END AS guard
      MATCH ()-[q:POSITION]->()
      USING INDEX q:POSITION(candidateId, scope, supportKey)
      WHERE q.candidateId = candidate.id AND q.scope = scope AND q.supportKey >= monthStart AND q.supportKey < ceiling
      RETURN q
      UNION ALL
      UNWIND CASE WHEN $asOf IS NOT NULL AND $minConfidence IS NULL AND side = 'OPPOSES' THEN [1] ELSE [] END AS guard
      MATCH ()-[q:POSITION]->()
      USING INDEX q:POSITION(candidateId, scope, opposeKey)
      WHERE q.candidateId = candidate.id AND q.scope = scope AND q.opposeKey >= monthStart AND q.opposeKey < ceiling
      RETURN q
      UNION ALL
      UNWIND CASE WHEN $minConfidence IS NOT NULL THEN [1] ELSE [] END AS guard
      MATCH (actor:Actor)-[q:POSITION]->(candidate)
      WHERE q.scope = scope AND q.maxConfidence >= $minConfidence
        AND CASE side WHEN 'SUPPORTS' THEN q.supportKey ELSE q.opposeKey END > CASE WHEN $asOf IS NULL THEN '' ELSE '0001' END
        AND CASE side WHEN 'SUPPORTS' THEN q.supportKey ELSE q.opposeKey END < ceiling
        AND (EXISTS { MATCH (actor)-[r:SUPPORTS|OPPOSES]->(candidate)
                      WHERE type(r) = side AND r.confidence >= $minConfidence AND (scope = '*' OR r.postId = scope) AND ($asOf IS NULL OR r.day <= $asOf) }
          OR EXISTS { UNWIND coalesce(q.vias, []) AS viaId
                      MATCH (speaker:Actor {id: viaId})-[r:SUPPORTS|OPPOSES]->(candidate)
                      WHERE type(r) = side AND r.confidence >= $minConfidence AND (scope = '*' OR r.postId = scope)
                        AND ($asOf IS NULL OR (r.day <= $asOf AND EXISTS { (speaker)-[sp:SPEAKS_FOR]->(actor) WHERE sp.day <= $asOf })) })
      RETURN q
    }
    RETURN count(q) AS read, count(CASE WHEN q.actorType = 'Country' THEN 1 END) AS readCountries
  }
  WITH side, CASE WHEN $minConfidence IS NOT NULL THEN read
                  WHEN tally IS NULL THEN 0
                  WHEN $asOf IS NULL THEN tally.total
                  WHEN monthsBefore <= 0 THEN read
                  ELSE reduce(n = 0, x IN tally.monthActors[..monthsBefore] | n + x) + read END AS actors,
             CASE WHEN $minConfidence IS NOT NULL THEN readCountries
                  WHEN tally IS NULL THEN 0
                  WHEN $asOf IS NULL THEN tally.totalCountries
                  WHEN monthsBefore <= 0 THEN readCountries
                  ELSE reduce(n = 0, x IN tally.monthCountries[..monthsBefore] | n + x) + readCountries END AS countries
  RETURN sum(CASE side WHEN 'SUPPORTS' THEN actors ELSE 0 END) AS supporters,
         sum(CASE side WHEN 'OPPOSES' THEN actors ELSE 0 END) AS opponents,
         sum(CASE side WHEN 'SUPPORTS' THEN countries ELSE 0 END) AS supportingCountries,
         sum(CASE side WHEN 'OPPOSES' THEN countries ELSE 0 END) AS opposingCountries
}
// The first and the latest dated claim about the candidacy (a stance on the candidate in scope, or
// the candidacy itself), through the (toId, day) indexes: the extreme day first, then that day's
// claims in article order.
CALL (candidate, post, scope) {
  UNWIND ['first', 'last'] AS end
  CALL (candidate, post, scope, end) {
    CALL (candidate, post, scope, end) {
      UNWIND CASE WHEN end = 'first' THEN [1] ELSE [] END AS guard
      CALL (candidate, post, scope) {
        MATCH ()-[r:SUPPORTS]->() USING INDEX r:SUPPORTS(toId, day)
        WHERE r.toId = candidate.id AND r.day <= coalesce($asOf, date('9999-12-31'))
          AND (scope = '*' OR r.postId = scope) AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
        RETURN r.day AS day ORDER BY r.toId, r.day LIMIT 1
        UNION ALL
        MATCH ()-[r:OPPOSES]->() USING INDEX r:OPPOSES(toId, day)
        WHERE r.toId = candidate.id AND r.day <= coalesce($asOf, date('9999-12-31'))
          AND (scope = '*' OR r.postId = scope) AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
        RETURN r.day AS day ORDER BY r.toId, r.day LIMIT 1
        UNION ALL
        MATCH (candidate)-[r:CANDIDATE_FOR]->(post)
        WHERE r.day <= coalesce($asOf, date('9999-12-31')) AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
        RETURN r.day AS day ORDER BY r.toId, r.day LIMIT 1
      }
      RETURN min(day) AS day
      UNION ALL
      UNWIND CASE WHEN end = 'last' THEN [1] ELSE [] END AS guard
      CALL (candidate, post, scope) {
        MATCH ()-[r:SUPPORTS]->() USING INDEX r:SUPPORTS(toId, day)
        WHERE r.toId = candidate.id AND r.day <= coalesce($asOf, date('9999-12-31'))
          AND (scope = '*' OR r.postId = scope) AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
        RETURN r.day AS day ORDER BY r.toId DESC, r.day DESC LIMIT 1
        UNION ALL
        MATCH ()-[r:OPPOSES]->() USING INDEX r:OPPOSES(toId, day)
        WHERE r.toId = candidate.id AND r.day <= coalesce($asOf, date('9999-12-31'))
          AND (scope = '*' OR r.postId = scope) AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
        RETURN r.day AS day ORDER BY r.toId DESC, r.day DESC LIMIT 1
        UNION ALL
        MATCH (candidate)-[r:CANDIDATE_FOR]->(post)
        WHERE r.day <= coalesce($asOf, date('9999-12-31')) AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
        RETURN r.day AS day ORDER BY r.toId DESC, r.day DESC LIMIT 1
      }
      RETURN max(day) AS day
    }
    // That day's claims, in article order: the first of them, or the last.
    CALL (candidate, post, scope, day) {
      MATCH (from)-[r:SUPPORTS]->() USING INDEX r:SUPPORTS(toId, day)
      WHERE r.toId = candidate.id AND r.day = day
        AND (scope = '*' OR r.postId = scope) AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
      RETURN from, r
      UNION ALL
      MATCH (from)-[r:OPPOSES]->() USING INDEX r:OPPOSES(toId, day)
      WHERE r.toId = candidate.id AND r.day = day
        AND (scope = '*' OR r.postId = scope) AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
      RETURN from, r
      UNION ALL
      MATCH (candidate)-[r:CANDIDATE_FOR]->(post)
      WHERE r.day = day AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
      RETURN candidate AS from, r
    }
    WITH end, from, r ORDER BY r.articleId, r.start
    WITH end, collect({from: from, r: r}) AS onDay
    WITH end, CASE end WHEN 'first' THEN onDay[0] ELSE onDay[-1] END AS pick
    WITH end, pick.from AS from, pick.r AS r
    MATCH (article:Article {id: r.articleId})
    RETURN {kind: type(r), from: from {.id, .name, type: [l IN labels(from) WHERE l <> 'Actor'][0]},
            evidence: {claimId: r.claimId, kind: type(r), evidence: r.evidence, sentence: r.sentence,
                       date: r.day, statedDate: r.date, confidence: r.confidence,
                       article: article {.id, .title, .source, .url, .publishedAt}}} AS claim
  }
  RETURN [c IN collect({end: end, claim: claim}) WHERE c.end = 'first' | c.claim][0] AS firstClaim,
         [c IN collect({end: end, claim: claim}) WHERE c.end = 'last' | c.claim][0] AS lastClaim
}
// The candidacy's own evidence: its claims counted, the latest three shown.
CALL (candidate, post) {
  MATCH (candidate)-[r:CANDIDATE_FOR]->(post)
  WHERE ($asOf IS NULL OR r.day <= $asOf) AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  WITH r ORDER BY r.day IS NULL DESC, r.day, r.articleId, r.start
  WITH collect(r) AS claims
  CALL (claims) {
    UNWIND range(0, size(claims) - 1) AS i
    WITH i, claims[size(claims) - 1 - i] AS r
    WHERE i < 3
    MATCH (article:Article {id: r.articleId})
    WITH i, r, article ORDER BY i
    RETURN collect({claimId: r.claimId, kind: 'CANDIDATE_FOR', evidence: r.evidence, sentence: r.sentence,
                    date: r.day, statedDate: r.date, confidence: r.confidence,
                    article: article {.id, .title, .source, .url, .publishedAt}}) AS candidacy
  }
  RETURN size(claims) AS candidacyClaims, candidacy
}
RETURN candidate {.id, .name, type: 'Person'} AS candidate,
       post {.id, .title, organization: [(post)-[:POST_OF]->(o:Organization) | o.name][0]} AS post,
       supporters, opponents, supportingCountries, opposingCountries, firstClaim, lastClaim, candidacyClaims, candidacy
ORDER BY supporters DESC, opponents, candidate.name
