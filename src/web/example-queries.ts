/**
 * Example queries preloaded in the GraphiQL page, one tab each. The test suite runs every one of
 * them against the seed graph, so they stay correct.
 */
export interface ExampleQuery {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    title: "Overview",
    query: `# People, countries and posts in the graph.
{
  people(where: { name: { eq: "Mark Rutte" } }) {
    name
    candidateFor { title }
  }
  countries(where: { supportsConnection: { aggregate: { count: { nodes: { gt: 0 } } } } }) { name code }
  posts { title organization { name } }
}`,
  },
  {
    title: "Who supports Mark Rutte, with evidence",
    query: `{
  people(where: { name: { eq: "Mark Rutte" } }) {
    name
    supportedByConnection {
      edges {
        node { __typename name }
        properties { evidence date confidence article { title source publishedAt } }
      }
    }
    opposedByConnection {
      edges { node { __typename name } properties { evidence sentence } }
    }
  }
}`,
  },
  {
    title: "Who spoke for which country",
    query: `{
  countries(where: { spokespeopleConnection: { aggregate: { count: { nodes: { gt: 0 } } } } }) {
    name
    spokespeopleConnection {
      edges { node { name } properties { role evidence } }
    }
  }
}`,
  },
  {
    title: "Candidates for a post",
    query: `query Candidates($post: String!) {
  posts(where: { title: { eq: $post } }) {
    title
    candidatesConnection { edges { node { name } properties { evidence date } } }
  }
}`,
    variables: { post: "NATO Secretary General" },
  },
  {
    title: "Quotes in an article",
    query: `{
  articles {
    title
    source
    publishedAt
    quotedConnection { edges { node { name } properties { evidence quote } } }
  }
}`,
  },
  {
    title: "Race for a post",
    query: `# The candidates for a post, with supporters and opponents counted (directly or through a speaker).
query Race($post: String!, $asOf: Day) {
  race(post: $post, asOf: $asOf) {
    candidate { name }
    supporters
    opponents
    supportingCountries
    firstClaim { kind from { name } evidence { evidence date article { title source } } }
    lastClaim { kind from { name } evidence { evidence date article { title source } } }
    candidacyClaims
  }
}`,
    variables: { post: "NATO Secretary General" },
  },
  {
    title: "Supporters, a page at a time",
    query: `# Actors on record supporting a candidate, in order of the day they first did; a country whose
# speaker took the stance lists the speaker in vias. Pass pageInfo.endCursor as $after for more.
query Supporters($candidate: String!, $asOf: Day, $first: Int, $after: String) {
  supporters(candidate: $candidate, asOf: $asOf, first: $first, after: $after) {
    totalCount
    holders {
      actor { name type }
      first
      claimCount
      vias { name }
      latestClaims { via { name } role evidence { evidence date article { title source publishedAt } } }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { candidate: "Mark Rutte", asOf: "2024-02-22", first: 10 },
  },
  {
    title: "Opponents",
    query: `{
  opponents(candidate: "rutte") {
    totalCount
    holders { actor { name type } latestClaims { evidence { evidence date article { title source } } } }
  }
}`,
  },
  {
    title: "Every claim behind a stance",
    query: `# The claims behind one actor's stance, its speakers' included, newest first.
query Evidence($actor: String!, $candidate: String!, $after: String) {
  evidence(actor: $actor, candidate: $candidate, stance: SUPPORTS, first: 20, after: $after) {
    totalCount
    claims { via { name } role evidence { evidence date confidence article { title source } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { actor: "United States", candidate: "Mark Rutte" },
  },
  {
    title: "Coalition among NATO members",
    query: `# Member states on the day, split into supporting, opposing and undeclared.
query Coalition($candidate: String!, $organization: String, $asOf: Day) {
  coalition(candidate: $candidate, organization: $organization, asOf: $asOf) {
    summary
    memberCount
    supporting { totalCount positions { actor { name } since latestClaims { via { name } evidence { evidence date } } } }
    opposing { totalCount positions { actor { name } latestClaims { evidence { evidence date } } } }
    undeclared { name }
  }
}`,
    variables: { candidate: "Mark Rutte", organization: "NATO", asOf: "2024-03-06" },
  },
  {
    title: "Stance changes",
    query: `{
  stanceChanges(first: 20) {
    totalCount
    changes {
      candidate { name }
      actor { name }
      from
      to
      before { via { name } evidence { evidence date article { title } } }
      after { via { name } evidence { evidence date article { title } } }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
  {
    title: "Connection between two actors",
    query: `# Shortest paths over stance, speaker and membership edges (at most 6 hops, 20 paths).
query Connection($from: String!, $to: String!, $maxHops: Int) {
  connection(from: $from, to: $to, maxHops: $maxHops) {
    hops
    nodes { name type }
    edges { kind from { name } to { name } role since evidence { evidence date } }
  }
}`,
    variables: { from: "Hungary", to: "Gabriel Attal", maxHops: 4 },
  },
  {
    title: "Shared ground",
    query: `{
  sharedGround(a: "France", b: "Hungary") {
    summary
    bothSupport { totalCount candidates { candidate { name } } }
    disagree {
      totalCount
      candidates {
        candidate { name }
        aStance
        bStance
        aClaims { via { name } evidence { evidence date } }
        bClaims { evidence { evidence date } }
      }
    }
  }
}`,
  },
  {
    title: "What a person was quoted saying",
    query: `{
  quotes(person: "Gabriel Attal", first: 10) {
    totalCount
    quotes { quote evidence { evidence date article { title source publishedAt } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
];
