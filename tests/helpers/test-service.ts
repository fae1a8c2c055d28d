/**
 * The HTTP service over the test database, listening on a free port, and a small client for it.
 */
import type { Database } from "../../src/db/database.js";
import { buildSchema } from "../../src/graphql/build-schema.js";
import { customResolvers } from "../../src/graphql/resolvers.js";
import { createLogger } from "../../src/logger.js";
import { createHttpService, type HttpService, type HttpServiceOptions } from "../../src/web/http-server.js";
import { createAuthenticator } from "../../src/auth/tokens.js";
import { parseEnvironment } from "../../src/config/environment.js";

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export interface TestService {
  http: HttpService;
  baseUrl: string;
  /** POSTs a GraphQL request. */
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export interface TestServiceOptions extends Partial<Omit<HttpServiceOptions, "db" | "schema" | "logger" | "auth">> {
  jwtSecret?: string;
  /** Other variables for the authenticator (JWT_MAX_LIFETIME_SECONDS, REQUIRE_AUTH_FOR_READS …). */
  authEnv?: Record<string, string>;
}

export async function startTestService(db: Database, options: TestServiceOptions = {}): Promise<TestService> {
  const { jwtSecret, authEnv, ...rest } = options;
  const auth = createAuthenticator(parseEnvironment({ ...(jwtSecret ? { JWT_SECRET: jwtSecret } : {}), ...authEnv }).auth);
  const schema = await buildSchema({ db, resolvers: customResolvers({ writesEnabled: auth.enabled }) });
  // Tests send many requests from one address: no rate limit unless a test sets one.
  const http = await createHttpService({ db, schema, logger: createLogger("silent"), auth, ...rest, limits: { rateLimitPerMinute: 0, ...rest.limits } });
  const url = await http.listen(0, "127.0.0.1");
  const baseUrl = url.replace(/\/graphql$/, "");
  return {
    http,
    baseUrl,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    stop: () => http.stop(),
  };
}
