/**
 * A typed client: signs in with an API token and prints the progress summary
 * of the resolution. Types come from GraphQL Code Generator
 * (`npm run example:codegen`), so a schema change that breaks this script
 * fails to compile.
 *
 *   API_URL=http://127.0.0.1:4000 API_TOKEN=rtk_… npm run example
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { graphql } from "./generated";

const Congresses = graphql(`
  query ExampleCongresses {
    allCongresses(sortField: "ordinal", sortOrder: "DESC", perPage: 5) {
      id
      ordinal
      partyCommittee
      targets {
        id
      }
    }
    me {
      user {
        email
      }
      via
    }
  }
`);

const Summary = graphql(`
  query ExampleSummary($congressId: ID!) {
    progressSummary(congressId: $congressId) {
      sentence
      targets {
        target {
          number
          title
        }
        progress {
          verdictLabel
          reason
        }
      }
    }
  }
`);

async function request<R, V>(
  url: string,
  token: string,
  document: TypedDocumentNode<R, V>,
  variables?: V,
): Promise<R> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: R; errors?: { message: string }[] };
  if (body.errors?.length || !body.data)
    throw new Error(body.errors?.map((e) => e.message).join("; ") ?? "no data");
  return body.data;
}

/** Prints the summary; returns the lines printed. */
export async function printProgressSummary(
  url: string,
  token: string,
  print_ = console.log,
): Promise<string[]> {
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    print_(line);
  };
  const { allCongresses, me } = await request(url, token, Congresses);
  // The latest congress whose targets are loaded (a new term has none until then).
  const congress = allCongresses.find((c) => c.targets.length > 0) ?? allCongresses[0];
  say(
    `${congress.partyCommittee}, Đại hội lần thứ ${congress.ordinal} (đăng nhập: ${me.user.email}, ${me.via})`,
  );
  const { progressSummary } = await request(url, token, Summary, { congressId: congress.id });
  say(progressSummary.sentence);
  for (const line of progressSummary.targets) {
    say(
      `  ${String(line.target.number).padStart(2)}. ${line.target.title}: ${line.progress.verdictLabel}`,
    );
  }
  return lines;
}

if (require.main === module) {
  const { API_URL = "http://127.0.0.1:4000", API_TOKEN } = process.env;
  if (!API_TOKEN) {
    console.error("Cần API_TOKEN (an API token with the read scope).");
    process.exit(2);
  }
  printProgressSummary(API_URL, API_TOKEN).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
