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
  }
}`,
    variables: { post: "NATO Secretary General" },
  },
  {
    title: "Supporters, with who spoke for them",
    query: `# Actors supporting a candidate; a country whose speaker took the stance has the speaker in via.
query Supporters($candidate: String!, $asOf: Day) {
  supporters(candidate: $candidate, asOf: $asOf) {
    actor { name type }
    via { name }
    role
    evidence { evidence sentence date article { title source publishedAt } }
  }
}`,
    variables: { candidate: "Mark Rutte", asOf: "2024-02-22" },
  },
  {
    title: "Opponents",
    query: `{
  opponents(candidate: "rutte") {
    actor { name type }
    via { name }
    evidence { evidence date article { title source } }
  }
}`,
  },
  {
    title: "Coalition among NATO members",
    query: `# Member states on the day, split into supporting, opposing and undeclared.
query Coalition($candidate: String!, $organization: String, $asOf: Day) {
  coalition(candidate: $candidate, organization: $organization, asOf: $asOf) {
    summary
    memberCount
    supporting { actor { name } claims { via { name } evidence { evidence date } } }
    opposing { actor { name } claims { evidence { evidence date } } }
    undeclared { name }
  }
}`,
    variables: { candidate: "Mark Rutte", organization: "NATO", asOf: "2024-03-06" },
  },
  {
    title: "Stance changes",
    query: `{
  stanceChanges {
    candidate { name }
    actor { name }
    from
    to
    before { via { name } evidence { evidence date article { title } } }
    after { via { name } evidence { evidence date article { title } } }
  }
}`,
  },
  {
    title: "Connection between two actors",
    query: `# Shortest paths over stance, speaker and membership edges (at most 6 hops).
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
    bothSupport { candidate { name } }
    disagree {
      candidate { name }
      aStance
      bStance
      aClaims { via { name } evidence { evidence date } }
      bClaims { evidence { evidence date } }
    }
  }
}`,
  },
  {
    title: "What a person was quoted saying",
    query: `{
  quotes(person: "Gabriel Attal") {
    quote
    evidence { evidence date article { title source publishedAt } }
  }
}`,
  },
];
