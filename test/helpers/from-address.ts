/**
 * A GraphQL POST sent from a chosen loopback address (127.0.0.x), so that a
 * test can play callers at different addresses against the sign-in throttle.
 */
import { request } from "node:http";

export interface AddressedResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

export function postFrom(
  url: string,
  localAddress: string,
  payload: { query: string; variables?: Record<string, unknown> },
  headers: Record<string, string> = {},
): Promise<AddressedResponse> {
  const target = new URL("/graphql", url);
  const body = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: "POST",
        localAddress,
        agent: false,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => {
          try {
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) });
          } catch (error) {
            reject(
              new Error(`not JSON (${res.statusCode}): ${text.slice(0, 200)}`, { cause: error }),
            );
          }
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

export const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;

export function signInFrom(
  url: string,
  localAddress: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<AddressedResponse> {
  return postFrom(
    url,
    localAddress,
    { query: LOGIN, variables: { e: email, p: password } },
    headers,
  );
}
