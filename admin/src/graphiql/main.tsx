/**
 * An offline GraphQL IDE at /graphiql: GraphiQL bundled from npm (no CDN),
 * with the schema's descriptions, example operations, and a field for an API
 * token (kept in this browser tab only). A session of the admin panel works
 * too: its cookie is sent with every request.
 */
import { GraphiQL } from "graphiql";
import "graphiql/style.css";
import "@fontsource/roboto/latin-400.css";
import "@fontsource/roboto/vietnamese-400.css";
// Every subset with its unicode-range: the browser loads Latin and Vietnamese as the text needs.
import "@fontsource/roboto-mono/400.css";
import "./fonts.css";
import { StrictMode, useMemo, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { exampleTabs } from "./examples";

const STORAGE_KEY = "graphiql-api-token";

function IDE() {
  const [token, setToken] = useState(() => sessionStorage.getItem(STORAGE_KEY) ?? "");
  // Read at each request, so that changing the token keeps the open tabs.
  const tokenRef = useRef(token);
  tokenRef.current = token;
  const fetcher = useMemo(
    () => async (params: unknown) => {
      const token = tokenRef.current;
      const response = await fetch("/graphql", {
        method: "POST",
        credentials: "same-origin",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token.trim()}` } : {}),
        },
        body: JSON.stringify(params),
      });
      return response.json();
    },
    [],
  );
  return (
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        height: "100vh",
        fontFamily: "Roboto, sans-serif",
      }}
    >
      <label
        style={{
          display: "flex",
          gap: 8,
          alignItems: "center",
          padding: "6px 12px",
          background: "#9b1c1c",
          color: "#fff",
        }}
      >
        <strong>Mã API (API token)</strong>
        <input
          aria-label="API token"
          type="password"
          value={token}
          placeholder="rtk_… (để trống: khách, hoặc phiên đăng nhập của trang quản trị)"
          onChange={(event) => {
            setToken(event.target.value);
            sessionStorage.setItem(STORAGE_KEY, event.target.value);
          }}
          style={{ flex: 1, padding: 4, fontFamily: "monospace" }}
        />
        <a href="/admin/" style={{ color: "#ffd54f" }}>
          Trang quản trị
        </a>
      </label>
      <div style={{ flex: 1, minHeight: 0 }}>
        <GraphiQL
          key={token}
          fetcher={fetcher}
          defaultTabs={exampleTabs}
          isHeadersEditorEnabled={false}
        />
      </div>
    </div>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <IDE />
  </StrictMode>,
);
