/** A post's race: the candidates with supporter and opponent counts, first and latest claims. */
import { useQuery } from "@tanstack/react-query";
import { Link, useSearch } from "wouter";
import { request } from "../api/client";
import { EvidenceCard } from "../components/evidence";
import { Empty, ErrorState, Loading } from "../components/status";
import { useTitle } from "../components/use-title";
import { RaceDocument, type RaceQuery } from "../gql/graphql";
import { actorUrl, coalitionUrl, raceUrl } from "../urls";

type Entry = NonNullable<RaceQuery["race"]>[number];
type ClaimRef = NonNullable<Entry["firstClaim"]>;

function ClaimSummary({ claim }: { claim: ClaimRef | null }) {
  if (!claim) return <span className="muted">none dated</span>;
  const what = claim.kind === "CANDIDATE_FOR" ? "candidacy reported" : claim.kind === "SUPPORTS" ? "supports" : "opposes";
  return (
    <details>
      <summary>
        {claim.evidence.date ?? "undated"}: {claim.from.name} {what}
      </summary>
      <p>
        <Link href={actorUrl(claim.from.id)}>{claim.from.name}</Link>
      </p>
      <EvidenceCard evidence={claim.evidence} />
    </details>
  );
}

export function RaceView({ post }: { post: string }) {
  const asOf = new URLSearchParams(useSearch()).get("asOf");
  const race = useQuery({
    queryKey: ["race", post, asOf],
    queryFn: ({ signal }) => request(RaceDocument, { post, asOf }, { signal }),
  });
  const entries = race.data?.race ?? [];
  const title = entries[0]?.post.title ?? post;
  useTitle(`Race for ${title}`);
  return (
    <section aria-labelledby="race-heading">
      <h1 id="race-heading">Race for {title}</h1>
      {entries[0]?.post.organization && <p className="lede">A post of {entries[0].post.organization}{asOf ? `, as of ${asOf}` : ""}.</p>}
      {race.isPending && <Loading what="the race" />}
      {race.isError && <ErrorState error={race.error} suggestionUrl={(name) => raceUrl(name)} />}
      {race.isSuccess && entries.length === 0 && (
        <Empty>
          <p>No candidate for this post is on record{asOf ? ` by ${asOf}` : ""}. Ingest an article that reports the race (<Link href="/ingest">Add an article</Link>) or <Link href="/">search</Link> for another post.</p>
        </Empty>
      )}
      {entries.length > 0 && (
        <table className="race">
          <caption>Candidates, most supporters first. Counts include actors who spoke through a representative.</caption>
          <thead>
            <tr>
              <th scope="col">Candidate</th>
              <th scope="col">Supporters</th>
              <th scope="col">Opponents</th>
              <th scope="col">Countries for / against</th>
              <th scope="col">First claim</th>
              <th scope="col">Latest claim</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.candidate.id}>
                <th scope="row">
                  <Link href={coalitionUrl(entry.candidate.id)}>{entry.candidate.name}</Link>
                </th>
                <td>{entry.supporters}</td>
                <td>{entry.opponents}</td>
                <td>
                  {entry.supportingCountries} / {entry.opposingCountries}
                </td>
                <td>
                  <ClaimSummary claim={entry.firstClaim} />
                </td>
                <td>
                  <ClaimSummary claim={entry.lastClaim} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
