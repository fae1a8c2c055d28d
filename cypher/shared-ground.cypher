// @name shared-ground
// @description Where two actors stand together and apart: the candidates both back, both oppose, and
//   those they disagree on. Each side's stance on a candidate is its latest claim as of asOf (directly
//   or through a speaker, as in coalition), read from the positions. Each list is by candidate name,
//   at most `first` long, with its full count; each entry with each side's claim count and latest 3
//   claims of its stance.
// @param a: Actor   the first actor: a name, alias or id
// @param b: Actor   the second actor
// @param asOf: Date?         only claims counting on or before this day
// @param minConfidence: Float(0..1)?  only claims at least this sure (slower: reads the claims)
// @param first: Int(1..500) = 50  candidates per list
// @returns one row: a, b, bothSupport, bothOppose, disagree (each: totalCount, candidates: candidate, aStance, bStance, aClaimCount, bClaimCount, aClaims, bClaims), summary
// @example coalition cypher shared-ground --param a=France --param b="United States"
MATCH (a:Actor {id: $a}), (b:Actor {id: $b})
// The candidates both have a position on, and each side's stance on the day (from the positions;
// with minConfidence, from the claims that sure).
CALL (a, b) {
  MATCH (a)-[pa:POSITION {scope: '*'}]->(candidate:Person)<-[pb:POSITION {scope: '*'}]-(b)
  WHERE a <> b
  UNWIND [{side: 'a', actor: a, p: pa}, {side: 'b', actor: b, p: pb}] AS s
  WITH candidate, s.side AS side, s.actor AS actor, s.p AS p
  CALL (actor, p, candidate) {
    UNWIND CASE WHEN $minConfidence IS NULL THEN [1] ELSE [] END AS guard
    RETURN CASE WHEN $asOf IS NULL THEN p.latest
                ELSE split([e IN coalesce(p.history, []) WHERE left(e, 10) <= toString($asOf)][-1], ' ')[1] END AS stance
    UNION ALL
    UNWIND CASE WHEN $minConfidence IS NOT NULL THEN [1] ELSE [] END AS guard
    CALL (actor, p, candidate) {
      MATCH (actor)-[r:SUPPORTS|OPPOSES]->(candidate)
      RETURN r, r.day AS day
      UNION ALL
      UNWIND coalesce(p.vias, []) AS viaId
      MATCH (via:Actor {id: viaId})-[sp:SPEAKS_FOR]->(actor)
      WITH via, min(sp.day) AS since
      MATCH (via)-[r:SUPPORTS|OPPOSES]->(candidate)
      RETURN r, CASE WHEN r.day IS NULL OR since IS NULL THEN null WHEN r.day > since THEN r.day ELSE since END AS day
    }
    WITH r, day WHERE r.confidence >= $minConfidence AND ($asOf IS NULL OR day <= $asOf)
    WITH r, day ORDER BY day IS NULL DESC, day, r.articleId, r.start
    WITH collect(type(r)) AS stances WHERE size(stances) > 0
    RETURN stances[-1] AS stance
  }
  WITH candidate, collect({side: side, actor: actor, p: p, stance: stance}) AS sides
  WITH candidate, [s IN sides WHERE s.side = 'a'][0] AS onA, [s IN sides WHERE s.side = 'b'][0] AS onB
  WHERE onA.stance IS NOT NULL AND onB.stance IS NOT NULL
  WITH candidate, onA, onB,
       CASE WHEN onA.stance = 'SUPPORTS' AND onB.stance = 'SUPPORTS' THEN 'bothSupport'
            WHEN onA.stance = 'OPPOSES' AND onB.stance = 'OPPOSES' THEN 'bothOppose' ELSE 'disagree' END AS list
  ORDER BY candidate.name
  RETURN collect({list: list, candidate: candidate, onA: onA, onB: onB}) AS common
}
WITH a, b, [x IN common WHERE x.list = 'bothSupport'] AS bothSupport, [x IN common WHERE x.list = 'bothOppose'] AS bothOppose,
     [x IN common WHERE x.list = 'disagree'] AS disagree
// The shown entries' evidence: each side's claims of its stance, counted, the latest three shown.
CALL (bothSupport, bothOppose, disagree) {
  UNWIND bothSupport[..$first] + bothOppose[..$first] + disagree[..$first] AS entry
  UNWIND [entry.onA, entry.onB] AS on
  WITH entry, on, on.actor AS actor, on.p AS p, entry.candidate AS candidate
  CALL (actor, p, candidate, on) {
    CALL (actor, p, candidate) {
      MATCH (actor)-[r:SUPPORTS|OPPOSES]->(candidate)
      RETURN r, r.day AS day, null AS via, null AS role
      UNION ALL
      UNWIND coalesce(p.vias, []) AS viaId
      MATCH (via:Actor {id: viaId})-[sp:SPEAKS_FOR]->(actor)
      WITH via, min(sp.day) AS since, collect(sp.role)[0] AS role
      MATCH (via)-[r:SUPPORTS|OPPOSES]->(candidate)
      RETURN r, CASE WHEN r.day IS NULL OR since IS NULL THEN null WHEN r.day > since THEN r.day ELSE since END AS day, via, role
    }
    WITH r, day, via, role
    WHERE type(r) = on.stance AND ($asOf IS NULL OR day <= $asOf) AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
    WITH r, day, via, role ORDER BY day IS NULL DESC, day, r.articleId, r.start
    WITH collect({r: r, day: day, via: via, role: role}) AS claims
    CALL (claims) {
      UNWIND range(0, size(claims) - 1) AS i
      WITH i, claims[size(claims) - 1 - i] AS c
      WHERE i < 3
      WITH i, c.r AS r, c.day AS day, c.via AS via, c.role AS role
      MATCH (article:Article {id: r.articleId})
      WITH i, r, day, via, role, article ORDER BY i
      RETURN collect({stance: type(r), via: via {.id, .name, type: 'Person'}, role: role, countsFrom: day,
                      evidence: {claimId: r.claimId, kind: type(r), evidence: r.evidence, sentence: r.sentence,
                                 date: r.day, statedDate: r.date, confidence: r.confidence,
                                 article: article {.id, .title, .source, .url, .publishedAt}}}) AS latest
    }
    RETURN size(claims) AS claimCount, latest
  }
  WITH entry, entry.candidate AS candidate, collect({side: on.side, claimCount: claimCount, latest: latest}) AS counted
  WITH entry, candidate, [x IN counted WHERE x.side = 'a'] + [x IN counted WHERE x.side = 'b'] AS both
  RETURN collect({key: entry.list + '|' + candidate.id,
                  value: {candidate: candidate {.id, .name, type: 'Person'},
                          aStance: entry.onA.stance, bStance: entry.onB.stance,
                          aClaimCount: both[0].claimCount, bClaimCount: both[1].claimCount,
                          aClaims: both[0].latest, bClaims: both[1].latest}}) AS shown
}
WITH a, b, bothSupport, bothOppose, disagree, apoc.map.fromPairs([x IN shown | [x.key, x.value]]) AS byKey
WITH a, b, size(bothSupport) AS supportCount, size(bothOppose) AS opposeCount, size(disagree) AS disagreeCount,
     [x IN bothSupport[..$first] | byKey['bothSupport|' + x.candidate.id]] AS bothSupport,
     [x IN bothOppose[..$first] | byKey['bothOppose|' + x.candidate.id]] AS bothOppose,
     [x IN disagree[..$first] | byKey['disagree|' + x.candidate.id]] AS disagree
RETURN a {.id, .name, type: [l IN labels(a) WHERE l <> 'Actor'][0]} AS a,
       b {.id, .name, type: [l IN labels(b) WHERE l <> 'Actor'][0]} AS b,
       {totalCount: supportCount, candidates: bothSupport} AS bothSupport,
       {totalCount: opposeCount, candidates: bothOppose} AS bothOppose,
       {totalCount: disagreeCount, candidates: disagree} AS disagree,
       a.name + ' and ' + b.name + ': both support ' + toString(supportCount) + ', both oppose ' +
       toString(opposeCount) + ', disagree on ' + toString(disagreeCount) + CASE WHEN $asOf IS NULL THEN '' ELSE ' (as of ' + toString($asOf) + ')' END AS summary
