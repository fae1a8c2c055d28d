/**
 * A small GraphQL-over-HTTP client on an undici pool (keep-alive connections), as a browser or
 * another service would call the endpoint.
 */
import { Pool } from "undici";

/** One answer: its data and its size on the wire. */
export interface GraphqlAnswer<T = Record<string, unknown>> {
  data: T;
  bytes: number;
}

export class GraphqlClient {
  private readonly pool: Pool;
  private readonly path: string;

  /**
   * @param url the GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql
   * @param connections how many keep-alive connections (one per concurrent client)
   */
  constructor(url: string, connections = 16) {
    const u = new URL(url);
    this.pool = new Pool(u.origin, { connections, pipelining: 1 });
    this.path = u.pathname;
  }

  /**
   * Posts one query.
   *
   * @throws Error when the answer carries GraphQL errors or a non-200 status
   */
  async query<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlAnswer<T>> {
    const { statusCode, body } = await this.pool.request({
      method: "POST",
      path: this.path,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const text = await body.text();
    const parsed = JSON.parse(text) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    if (statusCode !== 200 || parsed.errors?.length) {
      const first = parsed.errors?.[0];
      throw new Error(`GraphQL ${statusCode}: ${first ? `${first.extensions?.code ?? ""} ${first.message}` : text.slice(0, 300)}`);
    }
    return { data: parsed.data as T, bytes: Buffer.byteLength(text) };
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}
