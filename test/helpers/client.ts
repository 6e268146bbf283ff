/** A small GraphQL-over-HTTP client for tests, acting as one caller. */

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export class GraphQLClient {
  constructor(
    readonly endpoint: string,
    readonly token?: string,
  ) {}

  /** The same endpoint as another caller (a session or API token); no argument is anonymous. */
  as(token?: string): GraphQLClient {
    return new GraphQLClient(this.endpoint, token);
  }

  /** The HTTP response itself, for its bytes. */
  send(query: string, variables?: object): Promise<Response> {
    return fetch(this.endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> {
    const response = await this.send(query, variables);
    const body = (await response.json()) as GraphQLResponse<T>;
    return { ...body, status: response.status };
  }

  /** Like request, but fails the test on any error and returns data. */
  async data<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length)
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data as T;
  }

  /** The error code of a request expected to fail. */
  async errorOf(query: string, variables?: Record<string, unknown>) {
    const result = await this.request(query, variables);
    const error = result.errors?.[0];
    if (!error) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
    return {
      code: error.extensions?.code,
      field: error.extensions?.field,
      message: error.message,
      result,
    };
  }
}
