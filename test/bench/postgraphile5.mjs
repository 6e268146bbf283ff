// PostGraphile 5 (Grafast) for the benchmark, with its V4 preset so that the PostGraphile 4
// queries run unchanged. Run by the LTS Node of .cache/bench-peers (peers.ts); PEERS_DIR
// says where its packages are. Environment: DATABASE_URL, PORT, DB_POOL_SIZE.
import { createServer } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(path.join(process.env.PEERS_DIR, "package.json"));
const load = (name) => import(pathToFileURL(require.resolve(name)).href);

const { postgraphile } = await load("postgraphile");
const { makeV4Preset } = await load("postgraphile/presets/v4");
const { makePgService } = await load("postgraphile/adaptors/pg");
const { grafserv } = await load("postgraphile/grafserv/node");

const port = Number(process.env.PORT);
const preset = {
  extends: [
    makeV4Preset({
      dynamicJson: true,
      graphiql: false,
      allowExplain: false,
      watchPg: false,
      subscriptions: false,
    }),
  ],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["public"],
      poolConfig: { max: Number(process.env.DB_POOL_SIZE || 10) },
    }),
  ],
  grafserv: { port, host: "127.0.0.1" },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server).then(
  () => server.listen(port, "127.0.0.1"),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
const stop = () => {
  server.close();
  void pgl.release().finally(() => process.exit(0));
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
