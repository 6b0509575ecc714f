import { expect } from 'vitest';

export interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

/** An external app: plain GraphQL over HTTP with its API token, as a third-party system calls the API. */
export function externalAppOf(baseUrl: string, token: string) {
  async function call<T>(query: string, variables: Record<string, unknown>): Promise<GraphqlAnswer<T>> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlAnswer<T>;
  }

  /** The answer's data; fails with the API's messages when it answered errors. */
  async function data<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const answer = await call<T>(query, variables);
    expect(answer.errors?.map((error) => error.message) ?? []).toEqual([]);
    return answer.data!;
  }

  return { call, data };
}
