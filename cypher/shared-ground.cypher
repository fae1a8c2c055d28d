// @name shared-ground
// @description Where two actors stand together and apart: the candidates both back, both oppose, and
//   those they disagree on. Each side's stance on a candidate is its latest claim (directly or through
//   a speaker, as in coalition).
// @param a: Actor   the first actor: a name, alias or id
// @param b: Actor   the second actor
// @returns one row: a, b, bothSupport, bothOppose, disagree (each item: candidate, aStance, bStance, aClaims, bClaims), summary
// @example coalition cypher shared-ground --param a=France --param b="United States"
MATCH (a:Actor {id: $a}), (b:Actor {id: $b})
CALL (a, b) {
  UNWIND [a, b] AS side
  CALL (side) {
    CALL (side) {
      MATCH (side)-[claim:SUPPORTS|OPPOSES]->(candidate:Person)
      RETURN candidate, claim, null AS via, null AS speaks
      UNION
      MATCH (via:Person)-[speaks:SPEAKS_FOR]->(side)
      MATCH (via)-[claim:SUPPORTS|OPPOSES]->(candidate:Person)
      RETURN candidate, claim, via, speaks
    }
    MATCH (article:Article {id: claim.articleId})
    WITH candidate, claim, via, speaks, article, coalesce(claim.date, article.publishedAt) AS day
    ORDER BY day IS NULL DESC, day, article.publishedAt, claim.start
    WITH candidate,
         collect({stance: type(claim), via: via {.id, .name, type: 'Person'}, role: speaks.role,
                  evidence: {claimId: claim.claimId, kind: type(claim), evidence: claim.evidence, sentence: claim.sentence,
                             date: day, statedDate: claim.date, confidence: claim.confidence,
                             article: article {.id, .title, .source, .url, .publishedAt}}}) AS claims
    RETURN candidate, claims[-1].stance AS stance, claims
  }
  WITH a, b, candidate, collect({side: side, stance: stance, claims: claims}) AS sides
  WITH candidate, [s IN sides WHERE s.side = a][0] AS onA, [s IN sides WHERE s.side = b][-1] AS onB
  WHERE onA IS NOT NULL AND onB IS NOT NULL
  WITH candidate, onA, onB
  ORDER BY candidate.name
  RETURN collect({candidate: candidate {.id, .name, type: 'Person'}, aStance: onA.stance, bStance: onB.stance,
                  aClaims: onA.claims, bClaims: onB.claims}) AS common
}
WITH a, b,
     [x IN common WHERE x.aStance = 'SUPPORTS' AND x.bStance = 'SUPPORTS'] AS bothSupport,
     [x IN common WHERE x.aStance = 'OPPOSES' AND x.bStance = 'OPPOSES'] AS bothOppose,
     [x IN common WHERE x.aStance <> x.bStance] AS disagree
RETURN a {.id, .name, type: [l IN labels(a) WHERE l <> 'Actor'][0]} AS a,
       b {.id, .name, type: [l IN labels(b) WHERE l <> 'Actor'][0]} AS b,
       bothSupport, bothOppose, disagree,
       a.name + ' and ' + b.name + ': both support ' + toString(size(bothSupport)) + ', both oppose ' +
       toString(size(bothOppose)) + ', disagree on ' + toString(size(disagree)) AS summary
