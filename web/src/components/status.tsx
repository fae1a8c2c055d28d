/** Loading, error and empty states, the same in every view. */
import type { ReactNode } from "react";
import { Link } from "wouter";
import { ApiError } from "../api/client";

export function Loading({ what }: { what: string }) {
  return (
    <p className="status loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </p>
  );
}

/** An error, with the names the API suggests instead of an unknown one. */
export function ErrorState({ error, suggestionUrl }: { error: unknown; suggestionUrl?: (name: string) => string }) {
  const apiError = error instanceof ApiError ? error : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="status error" role="alert">
      <p>
        <strong>{apiError?.code === "NOT_FOUND" ? "Not found. " : "Something went wrong. "}</strong>
        {message}
      </p>
      {apiError && apiError.suggestions.length > 0 && suggestionUrl && (
        <p>
          Did you mean{" "}
          {apiError.suggestions.map((name, i) => (
            <span key={name}>
              {i > 0 && ", "}
              <Link href={suggestionUrl(name)}>{name}</Link>
            </span>
          ))}
          ?
        </p>
      )}
      {apiError?.code === "NETWORK" && <p>Start it with <code>npm start</code> and reload this page.</p>}
    </div>
  );
}

/** What a view shows when there is nothing to show, and what to do about it. */
export function Empty({ children }: { children: ReactNode }) {
  return <div className="status empty">{children}</div>;
}
