/**
 * For editors: paste an article, ingest it, read the claims it made. The editor's token is asked
 * once and kept in session storage (gone when the tab closes).
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Link } from "wouter";
import { request } from "../api/client";
import { ErrorState } from "../components/status";
import { useTitle } from "../components/use-title";
import { IngestArticleDocument } from "../gql/graphql";
import { actorUrl, coalitionUrl, raceUrl } from "../urls";

const TOKEN_KEY = "coalition-explorer.editor-token";

function readToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? "";
  } catch {
    return "";
  }
}

function SignIn({ onToken }: { onToken(token: string): void }) {
  const [draft, setDraft] = useState("");
  const id = useId();
  return (
    <form
      className="sign-in"
      onSubmit={(event) => {
        event.preventDefault();
        const token = draft.trim();
        if (!token) return;
        sessionStorage.setItem(TOKEN_KEY, token);
        onToken(token);
      }}
    >
      <h2>Sign in as an editor</h2>
      <p>
        Paste an editor token (made with <code>coalition token --role editor</code> on the server). It is kept in this tab only.
      </p>
      <label htmlFor={id}>Editor token</label>
      <input id={id} type="password" autoComplete="off" value={draft} onChange={(event) => setDraft(event.target.value)} required />
      <button type="submit">Sign in</button>
    </form>
  );
}

export function IngestView() {
  useTitle("Add an article");
  const [token, setToken] = useState(readToken);
  const client = useQueryClient();
  const ids = { title: useId(), source: useId(), url: useId(), published: useId(), text: useId() };
  const [form, setForm] = useState({ title: "", source: "", url: "", publishedAt: "", text: "" });
  const ingest = useMutation({
    mutationFn: (input: typeof form) =>
      request(
        IngestArticleDocument,
        {
          input: {
            title: input.title.trim(),
            source: input.source.trim(),
            url: input.url.trim() || null,
            publishedAt: input.publishedAt || null,
            text: input.text,
          },
        },
        { token },
      ),
    onSuccess: () => client.invalidateQueries(),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    ingest.mutate(form);
  };
  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (event: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: event.target.value })),
  });
  const result = ingest.data?.ingestArticle;

  return (
    <section className="ingest-view" aria-labelledby="ingest-heading">
      <h1 id="ingest-heading">Add an article</h1>
      {!token ? (
        <SignIn onToken={setToken} />
      ) : (
        <>
          <p>
            Signed in as an editor.{" "}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                sessionStorage.removeItem(TOKEN_KEY);
                setToken("");
                ingest.reset();
              }}
            >
              Sign out
            </button>
          </p>
          <form className="ingest-form" onSubmit={submit}>
            <label htmlFor={ids.title}>Title</label>
            <input id={ids.title} required maxLength={500} {...field("title")} />
            <label htmlFor={ids.source}>Outlet</label>
            <input id={ids.source} required maxLength={200} {...field("source")} />
            <label htmlFor={ids.url}>Link (optional)</label>
            <input id={ids.url} type="url" {...field("url")} />
            <label htmlFor={ids.published}>Published (optional; relative dates in the text count from it)</label>
            <input id={ids.published} type="date" {...field("publishedAt")} />
            <label htmlFor={ids.text}>Article text</label>
            <textarea id={ids.text} required rows={14} maxLength={1_000_000} {...field("text")} />
            <button type="submit" disabled={ingest.isPending}>
              {ingest.isPending ? "Reading the article…" : "Ingest"}
            </button>
          </form>
          {ingest.isPending && (
            <p className="status loading" role="status">
              Extracting claims…
            </p>
          )}
          {ingest.isError && <ErrorState error={ingest.error} />}
          {result && (
            <section className="ingest-result" aria-labelledby="result-heading" role="status">
              <h2 id="result-heading">{result.created ? `Added: ${result.entities} entities, ${result.claims.length} claims` : "This article was already in the graph: nothing changed"}</h2>
              {result.claims.length === 0 ? (
                <p className="muted">The extractor found no claim in this text.</p>
              ) : (
                <table>
                  <caption>The claims the article makes</caption>
                  <thead>
                    <tr>
                      <th scope="col">Claim</th>
                      <th scope="col">Evidence</th>
                      <th scope="col">Date</th>
                      <th scope="col">Confidence</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.claims.map((claim, i) => (
                      <tr key={i}>
                        <td>
                          <Link href={actorUrl(claim.from)}>{claim.from}</Link> {claim.type.toLowerCase().replace("_", " ")}{" "}
                          {claim.type === "SUPPORTS" || claim.type === "OPPOSES" ? (
                            <Link href={coalitionUrl(claim.to)}>{claim.to}</Link>
                          ) : claim.type === "CANDIDATE_FOR" ? (
                            <Link href={raceUrl(claim.to)}>{claim.to}</Link>
                          ) : (
                            claim.to
                          )}
                        </td>
                        <td>
                          <mark>{claim.evidence}</mark>
                        </td>
                        <td>{claim.date ?? "undated"}</td>
                        <td>{Math.round(claim.confidence * 100)}%</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          )}
        </>
      )}
    </section>
  );
}
