/**
 * What the benchmark asks over HTTP: every coalition question (the most-backed candidate and a
 * little-backed one), two generated-API queries, and the query asked both through GraphQL and
 * through the bare driver for the GraphQL-vs-driver comparison.
 */

/** One timed GraphQL request. */
export interface BenchQuery {
  /** Label in the results, e.g. "supporters (most-backed)". */
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The names the queries are asked about, taken from the world. */
export interface QuerySubjects {
  mostBacked: string;
  littleBacked: string;
  post: string;
  organization: string;
  countryA: string;
  countryB: string;
  quotedPerson: string;
  /** An actor on record supporting the most-backed candidate, for the `evidence` question. */
  supporterOfMostBacked: string;
}

const ACTOR = "{ id name type }";
const EVIDENCE = "{ claimId evidence date article { id title } }";

/** The coalition questions as a client asks them: the first page of each, with its total. */
export function coalitionQueries(s: QuerySubjects): BenchQuery[] {
  const holders = `query($c: String!) { q: %FIELD%(candidate: $c, first: 20) { totalCount
    holders { actor ${ACTOR} stance first last claimCount vias { name } latestClaims { stance via { name } evidence ${EVIDENCE} } cursor }
    pageInfo { hasNextPage endCursor } } }`;
  return [
    {
      name: "race",
      query: `query($p: String!) { race(post: $p) { candidate ${ACTOR} supporters opponents supportingCountries opposingCountries candidacyClaims
        firstClaim { kind from { name } evidence ${EVIDENCE} } lastClaim { kind from { name } evidence ${EVIDENCE} } } }`,
      variables: { p: s.post },
    },
    { name: "supporters (most-backed)", query: holders.replace("%FIELD%", "supporters"), variables: { c: s.mostBacked } },
    { name: "supporters (little-backed)", query: holders.replace("%FIELD%", "supporters"), variables: { c: s.littleBacked } },
    { name: "opponents (most-backed)", query: holders.replace("%FIELD%", "opponents"), variables: { c: s.mostBacked } },
    {
      name: "coalition (most-backed, NATO)",
      query: `query($c: String!, $o: String) { coalition(candidate: $c, organization: $o, first: 20) { summary memberCount
        supporting { totalCount positions { actor ${ACTOR} stance since claimCount } pageInfo { hasNextPage endCursor } }
        opposing { totalCount positions { actor ${ACTOR} stance since claimCount } pageInfo { hasNextPage endCursor } } undeclared { name } } }`,
      variables: { c: s.mostBacked, o: s.organization },
    },
    {
      name: "stanceChanges (most-backed)",
      query: `query($c: String) { stanceChanges(candidate: $c, first: 20) { totalCount
        changes { actor ${ACTOR} from to before { evidence { date } } after { evidence { date } } } pageInfo { hasNextPage endCursor } } }`,
      variables: { c: s.mostBacked },
    },
    {
      name: "stanceChanges (most-backed, 3 per actor)",
      query: `query($c: String) { stanceChanges(candidate: $c, first: 20, changesPerActor: 3) { totalCount
        changes { actor ${ACTOR} from to actorChangeCount before { evidence { date } } after { evidence { date } } } pageInfo { hasNextPage endCursor } } }`,
      variables: { c: s.mostBacked },
    },
    {
      name: "evidence (a supporter of the most-backed)",
      query: `query($a: String!, $c: String!) { evidence(actor: $a, candidate: $c, first: 20) { totalCount claims { stance via { name } evidence ${EVIDENCE} } pageInfo { hasNextPage endCursor } } }`,
      variables: { a: s.supporterOfMostBacked, c: s.mostBacked },
    },
    {
      name: "connection",
      query: `query($a: String!, $b: String!) { connection(from: $a, to: $b, maxHops: 4) { hops nodes { name } edges { kind } } }`,
      variables: { a: s.countryA, b: s.countryB },
    },
    {
      name: "sharedGround",
      query: `query($a: String!, $b: String!) { sharedGround(a: $a, b: $b) { summary bothSupport { totalCount candidates { candidate { name } } } disagree { totalCount candidates { candidate { name } } } } }`,
      variables: { a: s.countryA, b: s.countryB },
    },
    {
      name: "quotes",
      query: `query($p: String!) { quotes(person: $p, first: 20) { totalCount quotes { quote evidence ${EVIDENCE} } pageInfo { hasNextPage endCursor } } }`,
      variables: { p: s.quotedPerson },
    },
  ];
}

/** Two queries of the generated API: a filtered list with a paged relationship connection, and a sorted connection with its total. */
export function generatedQueries(s: QuerySubjects): BenchQuery[] {
  return [
    {
      name: "people(name) + supportedByConnection",
      query: `query($n: String!) { people(where: { name: { eq: $n } }) { id name
        supportedByConnection(first: 10) { totalCount edges { node { __typename name } properties { evidence date } } } } }`,
      variables: { n: s.littleBacked },
    },
    {
      name: "articlesConnection (latest 20)",
      query: `{ articlesConnection(first: 20, sort: [{ publishedAt: DESC }]) { totalCount edges { node { id title publishedAt } } } }`,
      variables: {},
    },
  ];
}

/**
 * The same answer two ways: a person looked up by id with their name and aliases, through the
 * generated API, and through the driver with hand-written Cypher.
 */
export const SAME_ANSWER = {
  name: "person by id (id, name, aliases)",
  graphql: `query($id: ID!) { people(where: { id: { eq: $id } }) { id name aliases } }`,
  cypher: "MATCH (p:Person:Actor {id: $id}) RETURN p.id AS id, p.name AS name, p.aliases AS aliases",
};
