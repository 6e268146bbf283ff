import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Served by the server at /admin; in `npm run dev -w admin`, /graphql is proxied to it.
export default defineConfig({
  base: "/admin/",
  plugins: [react()],
  server: { proxy: { "/graphql": "http://127.0.0.1:4000" } },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
