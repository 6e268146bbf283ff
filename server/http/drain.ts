/**
 * Stops an HTTP server without dropping a request it accepted. Node's own
 * `server.close()` closes idle keep-alive connections at once, and a client
 * that is just sending its next request on one loses it (a reset). Here the
 * listener closes first (new connections are refused), every answer from
 * then on says `Connection: close` (its client opens a new connection for
 * the next request, and is refused), and a connection is ended only after it
 * has sat idle for a while. `close()` resolves when every connection has
 * ended, so every request in flight has been answered before the database
 * pool may end.
 */
import type { Server, ServerResponse } from "node:http";
import { Server as NetServer, type Socket } from "node:net";

/** A connection idle this long is not about to carry a request: it may be ended. */
const IDLE_MS = 500;

export interface HttpDrain {
  /** Stops listening; resolves when every connection has ended (or after `graceMs`). */
  close(graceMs: number): Promise<void>;
}

interface Connection {
  inFlight: number;
  idleSince: number;
}

export function drainable(server: Server): HttpDrain {
  let closing = false;
  const connections = new Map<Socket, Connection>();
  const responses = new Set<ServerResponse>();
  server.on("connection", (socket: Socket) => {
    connections.set(socket, { inFlight: 0, idleSince: Date.now() });
    socket.once("close", () => connections.delete(socket));
  });
  server.on("request", (req, res) => {
    const connection = connections.get(req.socket);
    if (connection) connection.inFlight++;
    responses.add(res);
    if (closing) res.setHeader("connection", "close");
    res.once("close", () => {
      responses.delete(res);
      if (connection) {
        connection.inFlight--;
        connection.idleSince = Date.now();
      }
    });
  });
  return {
    async close(graceMs) {
      closing = true;
      for (const res of responses) if (!res.headersSent) res.setHeader("connection", "close");
      // net.Server's close, not http.Server's: stop listening without ending idle connections.
      const closed = new Promise<void>((resolve) =>
        NetServer.prototype.close.call(server, () => resolve()),
      );
      const sweep = setInterval(() => {
        const now = Date.now();
        for (const [socket, connection] of connections) {
          if (connection.inFlight === 0 && now - connection.idleSince >= IDLE_MS) socket.end();
        }
      }, 100);
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, graceMs);
      });
      try {
        await Promise.race([closed, deadline]);
      } finally {
        clearInterval(sweep);
        clearTimeout(timer);
        server.closeAllConnections();
      }
    },
  };
}
