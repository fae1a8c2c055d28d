/**
 * A candidate's coalition: the graph, the same in lists, the date slider that replays it, and the
 * evidence of whatever is selected. The URL carries the organization, the day and the selection,
 * so any state of the view can be shared.
 */
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { request } from "../api/client";
import { buildCoalitionGraph, claimsFor, layoutCoalition, positionsOf, stanceEdgeId, type Coalition, type Position, type StanceClaim } from "../coalition/build-graph";
import { dateSteps, stepIndexFor, stepLabel } from "../coalition/date-steps";
import { GraphCanvas } from "../coalition/graph-canvas";
import { Legend } from "../coalition/legend";
import { EvidenceCard } from "../components/evidence";
import { Empty, ErrorState, Loading } from "../components/status";
import { useTitle } from "../components/use-title";
import { CandidateOverviewDocument, CoalitionDocument, StanceEvidenceDocument } from "../gql/graphql";
import { actorUrl, coalitionUrl, raceUrl } from "../urls";

const WHOLE_BLOC = "all";

function PositionList({ title, positions, total, stance, onSelect, selected }: { title: string; positions: Position[]; total: number; stance: string; onSelect(id: string): void; selected: string | null }) {
  return (
    <section className={`positions ${stance}`} aria-label={title}>
      <h3>
        {title} ({total})
      </h3>
      {total > positions.length && <p className="muted">The first {positions.length}, in the order they took their stance.</p>}
      {positions.length === 0 ? (
        <p className="muted">None on record.</p>
      ) : (
        <ul>
          {positions.map((p) => {
            const vias = [...new Set(p.latestClaims.flatMap((c) => (c.via && c.via.id !== p.actor.id ? [`${c.via.name}${c.role ? ` (${c.role})` : ""}`] : [])))];
            const id = stanceEdgeId(p.actor.id);
            return (
              <li key={p.actor.id}>
                <button type="button" className="position" aria-pressed={selected === id} onClick={() => onSelect(id)}>
                  <span className="position-name">{p.actor.name}</span>
                  <span className="muted">
                    {p.actor.type}
                    {vias.length > 0 ? `, through ${vias.join(", ")}` : ""} · {p.claimCount} claim{p.claimCount > 1 ? "s" : ""}
                    {p.since ? ` · since ${p.since}` : ""}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function EvidencePanel({ coalition, selected, onClose }: { coalition: Coalition; selected: string; onClose(): void }) {
  const positions = positionsOf(coalition);
  const stanceOf = selected.startsWith("stance|") ? positions.find((p) => p.actor.id === selected.slice("stance|".length)) : undefined;
  // The coalition carries each position's latest claims; a stance with more loads them all.
  const more = !!stanceOf && stanceOf.claimCount > stanceOf.latestClaims.length;
  const all = useQuery({
    queryKey: ["evidence", stanceOf?.actor.id, coalition.candidate.id, stanceOf?.stance, coalition.asOf],
    queryFn: ({ signal }) =>
      request(StanceEvidenceDocument, { actor: stanceOf!.actor.id, candidate: coalition.candidate.id, stance: stanceOf!.stance, asOf: coalition.asOf }, { signal }),
    enabled: more,
  });
  const claims: StanceClaim[] = more && all.data?.evidence ? all.data.evidence.claims : claimsFor(coalition, selected);
  let title: string;
  let actorId: string | undefined;
  if (selected.startsWith("stance|")) {
    actorId = selected.slice("stance|".length);
    const position = positions.find((p) => p.actor.id === actorId);
    title = position ? `${position.actor.name} ${position.stance === "SUPPORTS" ? "supports" : "opposes"} ${coalition.candidate.name}` : "Stance";
  } else if (selected.startsWith("speaks|")) {
    const [, speakerId, representedId] = selected.split("|");
    const claim = claims[0];
    const represented = positions.find((p) => p.actor.id === representedId)?.actor.name ?? "";
    title = claim?.via ? `${claim.via.name} spoke for ${represented}${claim.role ? ` as ${claim.role}` : ""}` : "Spoke for";
    actorId = speakerId;
  } else {
    actorId = selected;
    const name =
      selected === coalition.candidate.id
        ? coalition.candidate.name
        : (positions.find((p) => p.actor.id === selected)?.actor.name ??
          coalition.undeclared.find((a) => a.id === selected)?.name ??
          positions.flatMap((p) => p.latestClaims).find((c) => c.via?.id === selected)?.via?.name ??
          selected);
    title = name;
  }
  return (
    <aside className="evidence-panel" aria-labelledby="evidence-heading">
      <div className="panel-head">
        <h2 id="evidence-heading">{title}</h2>
        <button type="button" onClick={onClose} aria-label="Close the evidence">
          Close
        </button>
      </div>
      {actorId && (
        <p>
          <Link href={actorUrl(actorId)}>Everything on record about {actorId === coalition.candidate.id ? coalition.candidate.name : "this actor"}</Link>
        </p>
      )}
      {more && all.isPending && <Loading what={`all ${stanceOf.claimCount} claims`} />}
      {more && all.isError && <ErrorState error={all.error} />}
      {claims.length === 0 ? (
        <p className="muted">{selected === coalition.candidate.id ? "The candidate. Select a line or a supporter to read the evidence." : "No stance on this candidate on record for this day."}</p>
      ) : (
        <ol className="claims">
          {claims.map((claim) => (
            <li key={claim.evidence.claimId}>
              <EvidenceCard
                heading={`${claim.stance === "SUPPORTS" ? "Supports" : "Opposes"}, ${claim.evidence.date ?? "undated"}`}
                evidence={claim.evidence}
                speaker={claim.via ? { id: claim.via.id, name: claim.via.name, role: claim.role } : null}
              />
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}

export default function CoalitionView({ candidate }: { candidate: string }) {
  const [location, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const asOf = params.get("asOf");
  const selected = params.get("selected");
  const organizationParam = params.get("organization");

  const setParams = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    const text = next.toString();
    navigate(`${location}${text ? `?${text}` : ""}`, { replace: true });
  };

  const overview = useQuery({
    queryKey: ["candidate", candidate],
    queryFn: ({ signal }) => request(CandidateOverviewDocument, { candidate, id: candidate }, { signal }),
  });
  const person = overview.data?.people[0];
  const organizations = useMemo(() => {
    const byId = new Map<string, { id: string; name: string }>();
    for (const post of person?.candidateFor ?? []) for (const org of post.organization) byId.set(org.id, org);
    return [...byId.values()];
  }, [person]);
  const organization = organizationParam === WHOLE_BLOC ? null : (organizationParam ?? organizations[0]?.id ?? null);
  const ready = overview.isSuccess;

  const full = useQuery({
    queryKey: ["coalition", candidate, organization, null],
    queryFn: ({ signal }) => request(CoalitionDocument, { candidate, organization, asOf: null }, { signal }),
    enabled: ready,
  });
  const current = useQuery({
    queryKey: ["coalition", candidate, organization, asOf],
    queryFn: ({ signal }) => request(CoalitionDocument, { candidate, organization, asOf }, { signal }),
    enabled: ready,
    placeholderData: (previous) => previous,
  });

  const whole = full.data?.coalition ?? null;
  const now = current.data?.coalition ?? null;
  const steps = useMemo(() => (whole ? dateSteps(whole, overview.data?.stanceChanges?.changes ?? []) : []), [whole, overview.data]);
  const layout = useMemo(() => (whole ? layoutCoalition(whole) : undefined), [whole]);
  const changed = useMemo(() => new Set((overview.data?.stanceChanges?.changes ?? []).map((c) => c.actor.id)), [overview.data]);
  const graph = useMemo(() => (now ? buildCoalitionGraph(now, layout, changed) : null), [now, layout, changed]);
  const stepIndex = stepIndexFor(steps, asOf);
  const name = now?.candidate.name ?? person?.name ?? candidate;
  useTitle(`${name}: coalition`);

  const error = overview.error ?? full.error ?? current.error;
  const loading = !error && (overview.isPending || full.isPending || current.isPending);
  const nothing = now && now.supporting.totalCount === 0 && now.opposing.totalCount === 0;

  return (
    <section className="coalition-view" aria-labelledby="coalition-heading">
      <h1 id="coalition-heading">{name}: coalition</h1>
      {person && person.candidateFor.length > 0 && (
        <p className="lede">
          Candidate for{" "}
          {person.candidateFor.map((post, i) => (
            <span key={post.id}>
              {i > 0 && ", "}
              <Link href={raceUrl(post.id)}>{post.title}</Link>
            </span>
          ))}
          . <Link href={actorUrl(person.id)}>About {person.name}</Link>
        </p>
      )}
      {error && <ErrorState error={error} suggestionUrl={(n) => coalitionUrl(n)} />}
      {loading && <Loading what="the coalition" />}
      {now && whole && graph && (
        <>
          <div className="coalition-controls">
            <p className="summary" aria-live="polite">
              {now.summary}
            </p>
            <label className="org-select">
              Count the members of{" "}
              <select value={organization ?? WHOLE_BLOC} onChange={(event) => setParams({ organization: event.target.value, selected: null })}>
                {organizations.map((org) => (
                  <option key={org.id} value={org.id}>
                    {org.name}
                  </option>
                ))}
                {organization && !organizations.some((o) => o.id === organization) && <option value={organization}>{now.organization?.name ?? organization}</option>}
                <option value={WHOLE_BLOC}>no organization (every actor)</option>
              </select>
            </label>
          </div>
          {steps.length > 1 && (
            <div className="timeline">
              <label htmlFor="as-of">As of</label>
              <input
                id="as-of"
                type="range"
                min={0}
                max={steps.length - 1}
                step={1}
                value={stepIndex}
                aria-valuetext={stepLabel(steps[stepIndex])}
                list="stance-change-days"
                onChange={(event) => {
                  const step = steps[Number(event.target.value)];
                  setParams({ asOf: step?.day ?? null });
                }}
              />
              <output htmlFor="as-of" className="as-of-day">
                {stepLabel(steps[stepIndex])}
              </output>
              <datalist id="stance-change-days">
                {steps.map((step, i) => (step.changes.length > 0 ? <option key={i} value={i} label={step.day ?? ""} /> : null))}
              </datalist>
              <ol className="steps" aria-label="Days on record">
                {steps.map((step, i) => (
                  <li key={step.day ?? "today"} className={[i === stepIndex ? "current" : "", step.changes.length > 0 ? "change" : ""].join(" ")}>
                    {step.day ?? "today"}
                    {step.changes.map((c) => (
                      <span key={c.actor.id} className="change-mark">
                        {" "}
                        ⟳ {c.actor.name}: {c.from.toLowerCase()} → {c.to.toLowerCase()}
                      </span>
                    ))}
                  </li>
                ))}
              </ol>
            </div>
          )}
          {nothing ? (
            <Empty>
              <p>
                No one is on record supporting or opposing {name}
                {asOf ? ` by ${asOf}` : ""}. {asOf ? "Move the slider later, or " : ""}see <Link href={actorUrl(now.candidate.id)}>everything on record about {name}</Link>, or{" "}
                <Link href="/ingest">add an article</Link>.
              </p>
            </Empty>
          ) : null}
          <div className="coalition-layout">
            <div className="graph-column">
              <GraphCanvas
                graph={graph}
                selected={selected}
                onSelect={(id) => setParams({ selected: id })}
                description={`Graph of ${now.summary}. The same is listed below.`}
              />
              <Legend />
            </div>
            {selected && <EvidencePanel coalition={now} selected={selected} onClose={() => setParams({ selected: null })} />}
          </div>
          <div className="position-lists">
            <PositionList title="Supporters" stance="supports" positions={now.supporting.positions} total={now.supporting.totalCount} selected={selected} onSelect={(id) => setParams({ selected: id })} />
            <PositionList title="Opponents" stance="opposes" positions={now.opposing.positions} total={now.opposing.totalCount} selected={selected} onSelect={(id) => setParams({ selected: id })} />
            {now.undeclared.length > 0 && (
              <section className="positions undeclared" aria-label="Undeclared members">
                <h3>
                  Undeclared {now.organization?.name} members ({now.undeclared.length})
                </h3>
                <p className="undeclared-names">{now.undeclared.map((a) => a.name).sort().join(", ")}</p>
              </section>
            )}
          </div>
        </>
      )}
    </section>
  );
}
