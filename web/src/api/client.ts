/**
 * The one way the explorer talks to the service: a typed document, its variables, a POST to
 * /graphql on the same origin.
 */
import type { TypedDocumentString } from "../gql/graphql";

/** A GraphQL or HTTP error, with what the API said about it. */
export class ApiError extends Error {
  /** The API's error code, e.g. NOT_FOUND, BAD_USER_INPUT, UNAUTHENTICATED. */
  readonly code: string | undefined;
  /** Names the API suggests for an unknown one. */
  readonly suggestions: string[];

  constructor(message: string, code?: string, suggestions: string[] = []) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.suggestions = suggestions;
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; suggestions?: unknown };
}

export interface RequestOptions {
  /** An editor's bearer token, for mutations. */
  token?: string;
  signal?: AbortSignal;
}

/**
 * Sends one operation. Any error the API reports fails the whole call: the explorer's views
 * show either a complete answer or the error.
 *
 * @throws ApiError with the API's message, code and suggestions
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError("The service cannot be reached. Is it running?", "NETWORK");
  }
  let body: { data?: TResult | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`The service answered ${response.status} ${response.statusText} without a GraphQL body.`, `HTTP_${response.status}`);
  }
  const first = body.errors?.[0];
  if (first) {
    const suggestions = Array.isArray(first.extensions?.suggestions) ? first.extensions.suggestions.map(String) : [];
    throw new ApiError(first.message, first.extensions?.code, suggestions);
  }
  if (!body.data) throw new ApiError(`The service answered ${response.status} with no data.`, `HTTP_${response.status}`);
  return body.data;
}
