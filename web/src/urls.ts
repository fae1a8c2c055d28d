/** Where each view lives: every view has a URL a user can share. */

export const raceUrl = (post: string, asOf?: string | null) => `/race/${encodeURIComponent(post)}${asOf ? `?asOf=${asOf}` : ""}`;
export const coalitionUrl = (candidate: string, options: { organization?: string | null; asOf?: string | null } = {}) => {
  const query = new URLSearchParams();
  if (options.organization) query.set("organization", options.organization);
  if (options.asOf) query.set("asOf", options.asOf);
  const text = query.toString();
  return `/coalition/${encodeURIComponent(candidate)}${text ? `?${text}` : ""}`;
};
export const actorUrl = (actor: string) => `/actor/${encodeURIComponent(actor)}`;

/** Where a search hit leads: a person to their coalition, a post to its race, others to their page. */
export function hitUrl(hit: { id: string; type: string }): string {
  if (hit.type === "Person") return coalitionUrl(hit.id);
  if (hit.type === "Post") return raceUrl(hit.id);
  return actorUrl(hit.id);
}
