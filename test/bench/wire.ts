/**
 * A counting TCP proxy in front of PostgreSQL, used only while profiling (never under
 * load): every server's pool connects through it, and it counts, from the wire
 * protocol itself, the statements each server sends (Query and Execute messages), the
 * rows it gets back (DataRow messages) and the bytes. One number for all three servers,
 * whatever their driver or ORM.
 */
import { createConnection, createServer, type Socket } from "node:net";

export interface WireCounters {
  statements: number;
  rows: number;
  bytesFromDb: number;
}

const SSL_REQUEST = 80877103;

/** Splits a PostgreSQL protocol stream into messages and reports each message's type byte. */
class Scanner {
  private buffer: Buffer = Buffer.alloc(0);
  /** Frontend: the first message (and one after an SSL request) has no type byte. */
  private untyped: number;
  /** Backend: the one-byte answer to an SSL request. */
  private skipBytes = 0;

  constructor(
    frontend: boolean,
    private readonly onMessage: (type: number) => void,
    private readonly onSslRequest?: () => void,
  ) {
    this.untyped = frontend ? 1 : 0;
  }

  expectSslAnswer(): void {
    this.skipBytes = 1;
  }

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      if (this.skipBytes > 0) {
        if (this.buffer.length < this.skipBytes) return;
        this.buffer = this.buffer.subarray(this.skipBytes);
        this.skipBytes = 0;
      }
      if (this.untyped > 0) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        this.buffer = this.buffer.subarray(length);
        this.untyped--;
        if (code === SSL_REQUEST) {
          this.untyped++;
          this.onSslRequest?.();
        }
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = this.buffer.readInt32BE(1);
      if (this.buffer.length < 1 + length) return;
      this.onMessage(this.buffer[0]);
      this.buffer = this.buffer.subarray(1 + length);
    }
  }
}

const QUERY = "Q".charCodeAt(0);
const EXECUTE = "E".charCodeAt(0);
const DATA_ROW = "D".charCodeAt(0);

export async function startWireProxy(
  listenPort: number,
  upstream: { host: string; port: number },
): Promise<{ counters: WireCounters; close(): Promise<void> }> {
  const counters: WireCounters = { statements: 0, rows: 0, bytesFromDb: 0 };
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const db = createConnection(upstream);
    sockets.add(client);
    sockets.add(db);
    const fromDb = new Scanner(false, (type) => {
      if (type === DATA_ROW) counters.rows++;
    });
    const toDb = new Scanner(
      true,
      (type) => {
        if (type === QUERY || type === EXECUTE) counters.statements++;
      },
      () => fromDb.expectSslAnswer(),
    );
    client.on("data", (chunk: Buffer) => {
      toDb.push(chunk);
      db.write(chunk);
    });
    db.on("data", (chunk: Buffer) => {
      counters.bytesFromDb += chunk.length;
      fromDb.push(chunk);
      client.write(chunk);
    });
    const end = () => {
      client.destroy();
      db.destroy();
      sockets.delete(client);
      sockets.delete(db);
    };
    client.on("close", end);
    db.on("close", end);
    client.on("error", end);
    db.on("error", end);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(listenPort, "127.0.0.1", resolve);
  });
  return {
    counters,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
