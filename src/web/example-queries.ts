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
  countries(where: { supportsAggregate: { count: { gt: 0 } } }) { name code }
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
  countries(where: { spokespeopleAggregate: { count: { gt: 0 } } }) {
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
];
