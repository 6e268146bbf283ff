import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Served by the server at /admin; in `npm run dev -w admin`, /graphql is proxied to it.
export default defineConfig({
  base: "/admin/",
  plugins: [react()],
  // The one number reader lives in server/common/numbers.ts (no Node imports): allow it in dev.
  server: {
    proxy: { "/graphql": "http://127.0.0.1:4000" },
    fs: { allow: [".", "../server/common"] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // The panel, and the offline GraphQL IDE the server serves at /graphiql.
      input: { main: "index.html", graphiql: "graphiql.html" },
      output: {
        // Libraries change less often than the panel: separate files cache better. Charts
        // (recharts) are not grouped here: they load on demand with the chart (LazyIndicatorChart).
        advancedChunks: {
          groups: [
            { name: "mui", test: /node_modules[\\/](@mui|@emotion)/ },
            { name: "react-admin", test: /node_modules[\\/](ra-|react-admin|@apollo|graphql)/ },
          ],
        },
      },
    },
  },
});
