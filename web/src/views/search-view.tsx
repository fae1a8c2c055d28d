/**
 * The home view: a search box that answers as you type (from the service's full-text index).
 * The text is kept in the URL (`/?q=rutte`) so a search can be shared.
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { request } from "../api/client";
import { ErrorState } from "../components/status";
import { useTitle } from "../components/use-title";
import { SearchDocument } from "../gql/graphql";
import { hitUrl } from "../urls";

const TYPE_LABEL: Record<string, string> = {
  Person: "Person",
  Country: "Country",
  Organization: "Organization",
  Media: "Outlet",
  Post: "Post (race)",
};

/** The text the service is asked about: settled for a moment, so that typing does not flood it. */
function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function SearchView() {
  useTitle("Search");
  const search = useSearch();
  const [, navigate] = useLocation();
  const [text, setText] = useState(() => new URLSearchParams(search).get("q") ?? "");
  const asked = useDebounced(text.trim(), 150);
  const inputId = useId();
  const hits = useQuery({
    queryKey: ["search", asked],
    queryFn: ({ signal }) => request(SearchDocument, { query: asked, first: 12 }, { signal }),
    enabled: asked.length > 0,
    placeholderData: keepPreviousData,
  });

  useEffect(() => {
    const url = asked ? `/?q=${encodeURIComponent(asked)}` : "/";
    if (`${window.location.pathname}${window.location.search}` !== url) navigate(url, { replace: true });
  }, [asked, navigate]);

  const results = asked ? (hits.data?.search ?? []) : [];
  return (
    <section className="search-view" aria-labelledby="search-heading">
      <h1 id="search-heading">Who backs whom?</h1>
      <p className="lede">Find a candidate to see their coalition, a post to see its race, or any country, organization or person to see what they said.</p>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          const first = results[0];
          if (first) navigate(hitUrl(first));
        }}
      >
        <label htmlFor={inputId}>Search people, countries, organizations and posts</label>
        <input
          id={inputId}
          type="search"
          role="searchbox"
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          placeholder="e.g. Rutte, France, NATO Secretary General"
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoFocus
          aria-describedby={`${inputId}-hint`}
        />
        <p id={`${inputId}-hint`} className="hint">
          Results appear as you type; Enter opens the first.
        </p>
      </form>
      <div aria-live="polite" className="search-results">
        {hits.isError && <ErrorState error={hits.error} />}
        {asked && hits.isFetching && results.length === 0 && (
          <p className="status loading" role="status">
            Searching…
          </p>
        )}
        {asked && hits.isSuccess && results.length === 0 && !hits.isFetching && (
          <p className="status empty">
            Nothing in the graph matches “{asked}”. Try part of a name (“rut”), a country (“France”) or a post (“secretary general”).
          </p>
        )}
        {!asked && (
          <p className="status empty">
            Type a name to start. Each answer links to its view; every view has its own address you can share.
          </p>
        )}
        {results.length > 0 && (
          <ul className="hits" aria-label={`${results.length} results for ${asked}`}>
            {results.map((hit) => (
              <li key={hit.id}>
                <Link href={hitUrl(hit)} className="hit">
                  <span className="hit-name">{hit.name}</span>
                  <span className={`badge type-${hit.type.toLowerCase()}`}>{TYPE_LABEL[hit.type] ?? hit.type}</span>
                  {hit.detail && <span className="hit-detail">{hit.detail}</span>}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
