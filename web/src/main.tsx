import "@fontsource/inter/latin-400.css";
import "@fontsource/inter/latin-600.css";
import "./styles.css";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";

const client = new QueryClient({
  defaultOptions: {
    queries: {
      // The graph changes only when an article is ingested; a minute of caching is plenty.
      staleTime: 60_000,
      retry: (count, error) => count < 1 && (error as { code?: string }).code === "NETWORK",
      refetchOnWindowFocus: false,
    },
  },
});

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
