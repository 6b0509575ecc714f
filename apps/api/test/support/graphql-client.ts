export interface GraphQLErrorBody {
  message: string;
  path?: Array<string | number>;
  extensions?: {
    code?: string;
    reason?: string;
    fields?: Record<string, string[]>;
    allowedActions?: string[];
    [key: string]: unknown;
  };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorBody[];
  headers: Headers;
  text: string;
}

/** A GraphQL client as a browser or external app would be: JSON over HTTP, with a cookie jar. */
export class GraphQLClient {
  private cookies = new Map<string, string>();
  bearer?: string;
  forwardedFor?: string;

  constructor(readonly baseUrl: string) {}

  withBearer(token: string): this {
    this.bearer = token;
    return this;
  }

  get sessionCookie(): string | undefined {
    return this.cookies.get('gdp_session');
  }

  setSessionCookie(value: string): void {
    this.cookies.set('gdp_session', value);
  }

  async raw(body: string, headers: Record<string, string> = {}, method = 'POST', path = '/graphql'): Promise<GraphQLResponse> {
    const requestHeaders: Record<string, string> = { 'content-type': 'application/json', ...headers };
    if (this.cookies.size > 0) requestHeaders.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (this.bearer) requestHeaders.authorization = `Bearer ${this.bearer}`;
    if (this.forwardedFor) requestHeaders['x-forwarded-for'] = this.forwardedFor;
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers: requestHeaders, body: method === 'GET' ? undefined : body });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(';');
      const [name, ...rest] = pair.split('=');
      const value = rest.join('=');
      const expired = attributes.some((attribute) => /expires=thu, 01 jan 1970/i.test(attribute.trim()));
      if (!value || expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    const text = await response.text();
    let parsed: { data?: unknown; errors?: GraphQLErrorBody[] } = {};
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {
      parsed = {};
    }
    return { status: response.status, data: parsed.data as Record<string, unknown> | null, errors: parsed.errors, headers: response.headers, text };
  }

  async gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    return (await this.raw(JSON.stringify({ query, variables }))) as GraphQLResponse<T>;
  }

  /** Data of a call expected to succeed; fails the test with the errors otherwise. */
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await this.gql<T>(query, variables);
    if (response.errors?.length || !response.data) {
      throw new Error(`GraphQL call failed (${response.status}): ${JSON.stringify(response.errors ?? response.text)}`);
    }
    return response.data;
  }

  /** The first error of a call expected to fail. */
  async fails(query: string, variables?: Record<string, unknown>): Promise<GraphQLErrorBody> {
    const response = await this.gql(query, variables);
    const error = response.errors?.[0];
    if (!error) throw new Error(`expected an error, got ${response.text}`);
    return error;
  }

  async login(username: string, password: string, totpCode?: string) {
    return this.gql<{ login: { status: string; stage: string | null } }>(
      'mutation Login($username: String!, $password: String!, $totpCode: String) { login(username: $username, password: $password, totpCode: $totpCode) { status stage } }',
      { username, password, totpCode },
    );
  }
}

/** The first error of a response expected to fail; fails the test with the body otherwise. */
export function firstError(response: GraphQLResponse): GraphQLErrorBody {
  const error = response.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${response.text.slice(0, 500)}`);
  return error;
}
