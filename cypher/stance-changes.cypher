// @name stance-changes
// @description Actors whose stance on a candidate changed over time (opposed then supported, or the
//   reverse), directly or through a speaker, with the dated evidence on each side of each change. A
//   change is a claim of the other stance dated strictly after the last claim of the first (claims in
//   order of day; undated claims do not count). A page of actors (positions marked changed, in order
//   of candidate id then actor id, through the index) with every change of each, or with
//   `changesPerActor` the latest that many of each; `actorChangeCount` on each change counts them all.
// @param candidate: Person?  only this candidate (a name, alias or id); every candidate when absent
// @param minConfidence: Float(0..1)?  only claims at least this sure (slower: counts by reading the claims)
// @param first: Int(1..500) = 20  actors per page
// @param changesPerActor: Int(1..100)?  at most this many changes of each actor, its latest; all of them when absent
// @param after: String?      the endCursor of the page before
// @returns one row: totalCount (actors), changes (candidate, actor, from, to, actorChangeCount, before and after: stance, via, role, evidence), pageInfo
// @example coalition cypher stance-changes --param candidate="Mark Rutte"
// @example coalition cypher stance-changes --param candidate="Mark Rutte" --param changesPerActor=3
WITH CASE WHEN $candidate IS NULL THEN '' ELSE $candidate + '|' END AS floor,
     CASE WHEN $candidate IS NULL THEN '\uFFFF' ELSE $candidate + '}' END AS ceiling
CALL (floor, ceiling) {
  MATCH (actor:Actor)-[p:POSITION]->(candidate:Person)
  USING INDEX p:POSITION(changeKey)
  WHERE p.changeKey > CASE WHEN $after IS NOT NULL AND $after > floor THEN $after ELSE floor END AND p.changeKey < ceiling
  RETURN actor, p, candidate
  ORDER BY p.changeKey
  LIMIT CASE WHEN $minConfidence IS NULL THEN $first + 1 ELSE 1000000000 END
}
// Each actor's changes (`counted` of them, `turned` the latest `changesPerActor`): without
// minConfidence, from the position (`changes` holds, for each, the order keys of the claim before
// and the claim after, looked up by id, docs/graph-summaries.md), only the kept ones read;
// otherwise, or for a position stored without them, from its dated claims, oldest first:
// consecutive stance runs on strictly increasing days.
CALL (actor, p, candidate) {
  WITH actor, p
  WHERE $minConfidence IS NULL AND p.changes IS NOT NULL
  CALL (actor, p) {
    WITH actor, p, size(p.changes) AS counted
    UNWIND range(CASE WHEN $changesPerActor IS NULL OR counted <= $changesPerActor THEN 0 ELSE counted - $changesPerActor END, counted - 1) AS k
    WITH k, split(p.changes[k], ' ') AS ends
    WITH k, ends, split([e IN p.history WHERE split(e, ' ')[0] = ends[1]][0], ' ')[1] AS to
    UNWIND [0, 1] AS side
    WITH k, side, split(ends[side], '|') AS key,
         CASE WHEN side = 1 THEN to WHEN to = 'SUPPORTS' THEN 'OPPOSES' ELSE 'SUPPORTS' END AS stance
    CALL (key, stance) {
      MATCH ()-[r:SUPPORTS {claimId: key[3]}]->() WHERE stance = 'SUPPORTS'
      RETURN r
      UNION ALL
      MATCH ()-[r:OPPOSES {claimId: key[3]}]->() WHERE stance = 'OPPOSES'
      RETURN r
    }
    WITH k, side, r, date(key[0]) AS day, CASE WHEN startNode(r) = actor THEN null ELSE startNode(r) END AS via
    ORDER BY k, side
    WITH collect({k: k, r: r, day: day, via: via}) AS rows
    // Each speaker's role once, however many of its claims the changes name.
    CALL (actor, rows) {
      UNWIND rows AS row
      WITH DISTINCT row.via AS via WHERE via IS NOT NULL
      RETURN collect([via, COLLECT { MATCH (via)-[sp:SPEAKS_FOR]->(actor) WHERE sp.role IS NOT NULL RETURN sp.role LIMIT 1 }[0]]) AS roles
    }
    UNWIND rows AS row
    WITH row.k AS k, collect({r: row.r, day: row.day, via: row.via, stance: type(row.r),
                              role: CASE WHEN row.via IS NULL THEN null ELSE [x IN roles WHERE x[0] = row.via][0][1] END}) AS claims
    ORDER BY k
    RETURN collect({before: claims[0], after: claims[1]}) AS turned
  }
  RETURN turned, size(p.changes) AS counted
  UNION ALL
  WITH actor, p, candidate
  WHERE $minConfidence IS NOT NULL OR p.changes IS NULL
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
    WHERE day IS NOT NULL AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    WITH r, day, via, role ORDER BY day, r.articleId, r.start, r.claimId
    WITH collect({r: r, day: day, via: via, role: role, stance: type(r)}) AS dated
    WITH dated, [i IN range(0, size(dated) - 1) WHERE i = 0 OR dated[i].stance <> dated[i - 1].stance] AS turns
    CALL (dated, turns) {
      UNWIND range(1, size(turns) - 1) AS k
      WITH dated, turns[k - 1] AS from, turns[k] AS to
      WHERE dated[from].day < dated[to].day
      WITH dated[to] AS after, [c IN dated[..to] WHERE c.day < dated[to].day][-1] AS before
      RETURN collect({before: before, after: after}) AS turned
    }
    RETURN turned
  }
  WITH turned, size(turned) AS counted
  RETURN CASE WHEN $changesPerActor IS NULL OR counted <= $changesPerActor THEN turned ELSE turned[counted - $changesPerActor..] END AS turned, counted
}
WITH actor, p, candidate, turned, counted WHERE size(turned) > 0
WITH collect({actor: actor, p: p, candidate: candidate, turned: turned, counted: counted}) AS changed
WITH size(changed) AS read, changed[..$first] AS page, size(changed) > $first AS hasNextPage
CALL (read) {
  OPTIONAL MATCH (t:Tally)
  WHERE $minConfidence IS NULL AND t.stance = 'CHANGED' AND ($candidate IS NULL OR t.candidateId = $candidate)
  WITH sum(t.total) AS tallied
  RETURN CASE WHEN $minConfidence IS NULL THEN coalesce(tallied, 0) ELSE read END AS totalCount
}
CALL (page) {
  UNWIND range(0, size(page) - 1) AS i
  UNWIND page[i].turned AS change
  WITH i, page[i].actor AS actor, page[i].candidate AS candidate, page[i].counted AS counted, change.before AS before, change.after AS after
  WITH i, actor, candidate, counted, before, after, before.r AS br, after.r AS ar, before.via AS bv, after.via AS av
  MATCH (beforeArticle:Article {id: br.articleId})
  MATCH (afterArticle:Article {id: ar.articleId})
  WITH i, actor, candidate, counted, before, after, br, ar, bv, av, beforeArticle, afterArticle ORDER BY i, after.day
  RETURN collect({
    candidate: candidate {.id, .name, type: 'Person'},
    actor: actor {.id, .name, type: [l IN labels(actor) WHERE l <> 'Actor'][0]},
    from: type(br), to: type(ar), actorChangeCount: counted,
    before: {stance: type(br), via: bv {.id, .name, type: 'Person'}, role: before.role, countsFrom: before.day,
             evidence: {claimId: br.claimId, kind: type(br), evidence: br.evidence, sentence: br.sentence, date: br.day,
                        statedDate: br.date, confidence: br.confidence, article: beforeArticle {.id, .title, .source, .url, .publishedAt}}},
    after: {stance: type(ar), via: av {.id, .name, type: 'Person'}, role: after.role, countsFrom: after.day,
            evidence: {claimId: ar.claimId, kind: type(ar), evidence: ar.evidence, sentence: ar.sentence, date: ar.day,
                       statedDate: ar.date, confidence: ar.confidence, article: afterArticle {.id, .title, .source, .url, .publishedAt}}}
  }) AS changes
}
RETURN totalCount, changes, {hasNextPage: hasNextPage, endCursor: page[-1].p.changeKey} AS pageInfo
