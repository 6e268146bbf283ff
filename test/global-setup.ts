/**
 * Hands the suite a DATABASE_URL: the one given, or an embedded PGlite served
 * over the PostgreSQL protocol (it cannot be created inside a test file).
 */
import { startEmbedded } from "../server/database/data-source";

declare global {
  var __embeddedDb: { stop(): Promise<void> } | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    console.log(`\nDatabase: ${process.env.DATABASE_URL.replace(/:[^:@/]*@/, ":***@")}`);
    return;
  }
  const embedded = await startEmbedded("memory://", 20);
  globalThis.__embeddedDb = embedded;
  process.env.DATABASE_URL = embedded.url;
  process.env.TEST_EMBEDDED = "1";
  console.log(`\nDatabase: embedded PGlite at ${embedded.url}`);
}
