/** A claim's evidence: the sentence with the evidence marked, the article, the confidence. */
import { Link } from "wouter";
import { actorUrl } from "../urls";
import { highlight } from "./highlight";

export interface EvidenceLike {
  evidence: string;
  sentence: string;
  date: string | null;
  confidence: number;
  /** Null only when the article is missing from the graph. */
  article: { title: string; source: string; url: string | null; publishedAt: string | null } | null;
}

export function Sentence({ sentence, evidence }: { sentence: string; evidence: string }) {
  const parts = highlight(sentence, evidence);
  return (
    <blockquote className="sentence">
      {parts.before}
      {parts.marked && <mark>{parts.marked}</mark>}
      {parts.after}
      {!parts.marked && (
        <>
          {" "}
          <span className="evidence-apart">
            Evidence: <mark>{evidence}</mark>
          </span>
        </>
      )}
    </blockquote>
  );
}

export function EvidenceCard({
  evidence,
  heading,
  speaker,
}: {
  evidence: EvidenceLike;
  heading?: string;
  speaker?: { id: string; name: string; role: string | null } | null;
}) {
  const article = evidence.article ?? { title: "(article not in the graph)", source: "unknown", url: null, publishedAt: null };
  return (
    <article className="evidence-card">
      {heading && <h4>{heading}</h4>}
      {speaker && (
        <p className="via">
          Through <Link href={actorUrl(speaker.id)}>{speaker.name}</Link>
          {speaker.role ? `, ${speaker.role}` : ""}
        </p>
      )}
      <Sentence sentence={evidence.sentence} evidence={evidence.evidence} />
      <dl className="provenance">
        <div>
          <dt>Article</dt>
          <dd>{article.url ? <a href={article.url} rel="noreferrer noopener" target="_blank">{article.title}</a> : article.title}</dd>
        </div>
        <div>
          <dt>Outlet</dt>
          <dd>{article.source}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{evidence.date ?? article.publishedAt ?? "not stated"}</dd>
        </div>
        <div>
          <dt>Link</dt>
          <dd>{article.url ? <a href={article.url} rel="noreferrer noopener" target="_blank">{article.url}</a> : "none recorded"}</dd>
        </div>
        <div>
          <dt>Confidence</dt>
          <dd>{Math.round(evidence.confidence * 100)}%</dd>
        </div>
      </dl>
    </article>
  );
}
