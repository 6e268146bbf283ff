import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@fontsource/roboto/latin-400.css";
import "@fontsource/roboto/vietnamese-400.css";

function Placeholder() {
  return (
    <main style={{ fontFamily: "Roboto, sans-serif", margin: "3rem auto", maxWidth: "40rem" }}>
      <h1>Theo dõi thực hiện Nghị quyết</h1>
      <p>Trang quản trị đang được xây dựng; API GraphQL tại /graphql.</p>
    </main>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <Placeholder />
  </StrictMode>,
);
