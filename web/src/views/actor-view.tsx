/** An actor's page: who they are, stances taken and received, quotes, and the articles behind them. */
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { request } from "../api/client";
import { EvidenceCard } from "../components/evidence";
import { Empty, ErrorState, Loading } from "../components/status";
import { useTitle } from "../components/use-title";
import { ActorActivityDocument, ActorDocument, type ActorQuery, type ClaimPartsFragment } from "../gql/graphql";
import { actorUrl, coalitionUrl, raceUrl } from "../urls";

type Actor = ActorQuery["actors"][number];
interface Taken {
  stance: "supports" | "opposes";
  candidate: { id: string; name: string };
  evidence: ClaimPartsFragment;
}

function stancesTaken(actor: Actor): Taken[] {
  const taken: Taken[] = [];
  for (const [stance, connection] of [
    ["supports", actor.supportsConnection],
    ["opposes", actor.opposesConnection],
  ] as const) {
    for (const edge of connection.edges) taken.push({ stance, candidate: edge.node, evidence: edge.properties });
  }
  return taken.sort((a, b) => (a.evidence.date ?? "").localeCompare(b.evidence.date ?? ""));
}

export function ActorView({ actor: key }: { actor: string }) {
  const found = useQuery({
    queryKey: ["actor", key],
    queryFn: ({ signal }) => request(ActorDocument, { key, name: key }, { signal }),
  });
  const actor = found.data?.actors[0];
  const activity = useQuery({
    queryKey: ["actor-activity", actor?.id],
    queryFn: ({ signal }) => request(ActorActivityDocument, { actor: actor!.id, person: actor!.__typename === "Person" }, { signal }),
    enabled: !!actor,
  });
  useTitle(actor?.name ?? key);

  if (found.isPending) return <Loading what={key} />;
  if (found.isError) return <ErrorState error={found.error} />;
  if (!actor) {
    return (
      <section aria-labelledby="actor-heading">
        <h1 id="actor-heading">{key}</h1>
        <Empty>
          <p>
            Nothing in the graph is called “{key}”. <Link href={`/?q=${encodeURIComponent(key)}`}>Search for it</Link> instead.
          </p>
        </Empty>
      </section>
    );
  }

  const taken = stancesTaken(actor);
  const received = [...(activity.data?.supporters?.holders ?? []), ...(activity.data?.opponents?.holders ?? [])];
  const quotes = activity.data?.quotes?.quotes ?? [];
  const articles = new Map<string, { id: string; title: string; source: string; url: string | null; publishedAt: string | null }>();
  for (const t of taken) if (t.evidence.article) articles.set(t.evidence.article.id, t.evidence.article);
  for (const r of received) for (const c of r.latestClaims) articles.set(c.evidence.article.id, c.evidence.article);
  for (const q of quotes) articles.set(q.evidence.article.id, q.evidence.article);
  if (actor.__typename === "Media") for (const a of actor.articles) articles.set(a.id, a);

  return (
    <section className="actor-view" aria-labelledby="actor-heading">
      <h1 id="actor-heading">{actor.name}</h1>
      <p className="lede">
        {actor.__typename === "Media" ? "Outlet" : actor.__typename}
        {actor.__typename === "Country" && actor.region ? ` in ${actor.region}` : ""}
        {actor.aliases.length > 0 ? `; also called ${actor.aliases.slice(0, 6).join(", ")}` : ""}.
      </p>
      {actor.__typename === "Person" && (
        <ul className="facts">
          {actor.speaksForConnection.edges.map((edge) => (
            <li key={edge.node.id}>
              Speaks for <Link href={actorUrl(edge.node.id)}>{edge.node.name}</Link>
              {edge.properties.role ? ` as ${edge.properties.role}` : ""}
            </li>
          ))}
          {actor.candidateFor.map((post) => (
            <li key={post.id}>
              Candidate for <Link href={raceUrl(post.id)}>{post.title}</Link> · <Link href={coalitionUrl(actor.id)}>see the coalition</Link>
            </li>
          ))}
        </ul>
      )}
      {(actor.__typename === "Country" || actor.__typename === "Organization") && actor.spokespeople.length > 0 && (
        <p>
          Spoken for by{" "}
          {actor.spokespeople.map((p, i) => (
            <span key={p.id}>
              {i > 0 && ", "}
              <Link href={actorUrl(p.id)}>{p.name}</Link>
            </span>
          ))}
          .
        </p>
      )}

      <h2>Stances taken ({taken.length})</h2>
      {taken.length === 0 ? (
        <p className="muted">No stance of {actor.name}'s own on record (stances taken through a speaker are on the candidate's coalition).</p>
      ) : (
        <ol className="claims">
          {taken.map((t) => (
            <li key={t.evidence.claimId}>
              <h3 className="claim-title">
                {t.stance === "supports" ? "Supports" : "Opposes"} <Link href={coalitionUrl(t.candidate.id)}>{t.candidate.name}</Link>
              </h3>
              <EvidenceCard evidence={t.evidence} />
            </li>
          ))}
        </ol>
      )}

      {actor.__typename === "Person" && (
        <>
          <h2>Stances received ({received.length})</h2>
          {activity.isPending && <Loading what="stances received" />}
          {activity.isError && <ErrorState error={activity.error} />}
          {activity.isSuccess && received.length === 0 && <p className="muted">No one is on record supporting or opposing {actor.name}.</p>}
          {received.length > 0 && (
            <ol className="claims">
              {received.map((r) => (
                <li key={`${r.stance}|${r.actor.id}`}>
                  <h3 className="claim-title">
                    <Link href={actorUrl(r.actor.id)}>{r.actor.name}</Link> {r.stance === "SUPPORTS" ? "supports" : "opposes"}
                    {r.claimCount > r.latestClaims.length ? ` (the latest ${r.latestClaims.length} of ${r.claimCount} claims)` : ""}
                  </h3>
                  {r.latestClaims.map((c) => (
                    <EvidenceCard key={c.evidence.claimId} evidence={c.evidence} speaker={c.via ? { id: c.via.id, name: c.via.name, role: c.role } : null} />
                  ))}
                </li>
              ))}
            </ol>
          )}
        </>
      )}

      <h2>Quotes ({quotes.length})</h2>
      {activity.isPending && <Loading what="quotes" />}
      {activity.isSuccess && quotes.length === 0 && <p className="muted">{actor.name} is not quoted in any article on record.</p>}
      {quotes.length > 0 && (
        <ol className="claims">
          {quotes.map((q) => (
            <li key={q.evidence.claimId}>
              {q.quote && <p className="quote">“{q.quote}”</p>}
              <EvidenceCard evidence={q.evidence} />
            </li>
          ))}
        </ol>
      )}

      <h2>Articles ({articles.size})</h2>
      {articles.size === 0 ? (
        <p className="muted">No article on record mentions {actor.name} in a claim.</p>
      ) : (
        <ul className="articles">
          {[...articles.values()].map((a) => (
            <li key={a.id}>
              {a.url ? (
                <a href={a.url} rel="noreferrer noopener" target="_blank">
                  {a.title}
                </a>
              ) : (
                a.title
              )}{" "}
              <span className="muted">
                {a.source}, {a.publishedAt ?? "undated"}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
