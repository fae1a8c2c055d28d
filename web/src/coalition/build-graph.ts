/**
 * Turns a coalition answer into the graph the explorer draws: the candidate in the middle,
 * supporters on the left and opponents on the right, each speaker beyond the actor they spoke
 * for, and an organization's undeclared members in a group of their own below. Positions are
 * computed here (a preset layout), so the drawing is the same on every load and an actor keeps
 * its place while the date slider replays the coalition.
 */
import type { CoalitionQuery, Stance } from "../gql/graphql";

export type Coalition = NonNullable<CoalitionQuery["coalition"]>;
export type Position = Coalition["supporting"]["positions"][number];
export type StanceClaim = Position["latestClaims"][number];
export type ActorRef = Coalition["candidate"];

export type NodeRole = "candidate" | "actor" | "speaker" | "undeclared" | "group";
export type EdgeKind = Stance | "SPEAKS_FOR";

export interface GraphNode {
  group: "nodes";
  data: {
    id: string;
    label: string;
    role: NodeRole;
    /** Person, Country, Organization, Media. */
    type?: string;
    /** The actor's current stance, for actors. */
    stance?: Stance;
    /** True when the actor's stance changed over its claims. */
    changed?: boolean;
    parent?: string;
  };
  position: { x: number; y: number };
  classes: string;
}

export interface GraphEdge {
  group: "edges";
  data: {
    id: string;
    source: string;
    target: string;
    kind: EdgeKind;
    /** The speaker's role, for SPEAKS_FOR. */
    label: string;
  };
  classes: string;
}

export interface CoalitionGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The id of the stance edge from an actor to the candidate. */
export const stanceEdgeId = (actorId: string) => `stance|${actorId}`;
/** The id of the edge from a speaker to the actor they spoke for. */
export const speaksEdgeId = (speakerId: string, actorId: string) => `speaks|${speakerId}|${actorId}`;
export const UNDECLARED_GROUP = "group|undeclared";

const RADIUS = 230;
const SPEAKER_RING = 170;
const GRID_COLUMNS = 7;
const CELL = { width: 130, height: 56 };

/** Angles (radians) spread evenly over an arc centred on `centre`, `span` wide. */
function spread(count: number, centre: number, span: number): number[] {
  if (count === 1) return [centre];
  const step = span / Math.max(1, count - 1);
  return Array.from({ length: count }, (_, i) => centre - span / 2 + i * step);
}

function polar(angle: number, radius: number): { x: number; y: number } {
  return { x: Math.round(Math.cos(angle) * radius), y: Math.round(Math.sin(angle) * radius) };
}

/** Speakers per actor, in the order their claims came. */
function speakersOf(position: Position): { speaker: ActorRef; role: string | null }[] {
  const seen = new Map<string, { speaker: ActorRef; role: string | null }>();
  for (const claim of position.latestClaims) {
    if (claim.via && claim.via.id !== position.actor.id && !seen.has(claim.via.id)) seen.set(claim.via.id, { speaker: claim.via, role: claim.role });
  }
  return [...seen.values()];
}

/**
 * Where every actor of a coalition sits. Computed from the whole coalition (no asOf) so that a
 * replay keeps each actor in place.
 */
export function layoutCoalition(coalition: Coalition): Map<string, { x: number; y: number }> {
  const at = new Map<string, { x: number; y: number }>();
  at.set(coalition.candidate.id, { x: 0, y: 0 });
  const sides: [Position[], number][] = [
    [coalition.supporting.positions, Math.PI],
    [coalition.opposing.positions, 0],
  ];
  for (const [positions, centre] of sides) {
    const span = Math.min(Math.PI * 0.85, Math.max(0, positions.length - 1) * 0.45);
    const radius = RADIUS + Math.max(0, positions.length - 7) * 18;
    const angles = spread(positions.length, centre, span);
    positions.forEach((position, i) => {
      const angle = angles[i]!;
      if (!at.has(position.actor.id)) at.set(position.actor.id, polar(angle, radius));
      const speakers = speakersOf(position);
      const speakerAngles = spread(speakers.length, angle, Math.min(0.5, speakers.length * 0.16));
      speakers.forEach(({ speaker }, j) => {
        if (!at.has(speaker.id)) at.set(speaker.id, polar(speakerAngles[j]!, radius + SPEAKER_RING));
      });
    });
  }
  return at;
}

/** Every position of a coalition, supporters first. */
export function positionsOf(coalition: Coalition): Position[] {
  return [...coalition.supporting.positions, ...coalition.opposing.positions];
}

/**
 * The graph of a coalition.
 *
 * @param layout where actors sit (from {@link layoutCoalition} of the whole coalition); actors
 *   it does not place get a place of their own
 * @param changed ids of the actors whose stance changed (marked)
 */
export function buildCoalitionGraph(
  coalition: Coalition,
  layout: Map<string, { x: number; y: number }> = layoutCoalition(coalition),
  changed: ReadonlySet<string> = new Set(),
): CoalitionGraph {
  const own = layoutCoalition(coalition);
  const place = (id: string) => layout.get(id) ?? own.get(id) ?? { x: 0, y: 0 };
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();

  nodes.set(coalition.candidate.id, {
    group: "nodes",
    data: { id: coalition.candidate.id, label: coalition.candidate.name, role: "candidate", type: coalition.candidate.type },
    position: place(coalition.candidate.id),
    classes: "candidate",
  });

  for (const position of positionsOf(coalition)) {
    const { actor, stance } = position;
    const didChange = changed.has(actor.id);
    const existing = nodes.get(actor.id);
    nodes.set(actor.id, {
      group: "nodes",
      data: { id: actor.id, label: actor.name, role: "actor", type: actor.type, stance, changed: didChange },
      position: existing?.position ?? place(actor.id),
      classes: ["actor", stance.toLowerCase(), actor.type.toLowerCase(), didChange ? "changed" : ""].filter(Boolean).join(" "),
    });
    edges.set(stanceEdgeId(actor.id), {
      group: "edges",
      data: { id: stanceEdgeId(actor.id), source: actor.id, target: coalition.candidate.id, kind: stance, label: stance === "SUPPORTS" ? "supports" : "opposes" },
      classes: [stance.toLowerCase(), didChange ? "changed" : ""].filter(Boolean).join(" "),
    });
    for (const { speaker, role } of speakersOf(position)) {
      if (!nodes.has(speaker.id)) {
        nodes.set(speaker.id, {
          group: "nodes",
          data: { id: speaker.id, label: speaker.name, role: "speaker", type: speaker.type },
          position: place(speaker.id),
          classes: "speaker",
        });
      }
      const id = speaksEdgeId(speaker.id, actor.id);
      edges.set(id, {
        group: "edges",
        data: { id, source: speaker.id, target: actor.id, kind: "SPEAKS_FOR", label: role ?? "speaks for" },
        classes: "speaks-for",
      });
    }
  }
  // A speaker that is also an actor keeps the actor's node (and place): drawn once.

  if (coalition.undeclared.length > 0) {
    const name = coalition.organization?.name ?? "organization";
    nodes.set(UNDECLARED_GROUP, {
      group: "nodes",
      data: { id: UNDECLARED_GROUP, label: `Undeclared ${name} members (${coalition.undeclared.length})`, role: "group" },
      position: { x: 0, y: 0 },
      classes: "group",
    });
    const rows = Math.ceil(coalition.undeclared.length / GRID_COLUMNS);
    const top = RADIUS + SPEAKER_RING + 60;
    const sorted = [...coalition.undeclared].sort((a, b) => a.name.localeCompare(b.name));
    sorted.forEach((member, i) => {
      const column = i % GRID_COLUMNS;
      const row = Math.floor(i / GRID_COLUMNS);
      const inRow = row === rows - 1 ? sorted.length - row * GRID_COLUMNS : GRID_COLUMNS;
      nodes.set(member.id, {
        group: "nodes",
        data: { id: member.id, label: member.name, role: "undeclared", type: member.type, parent: UNDECLARED_GROUP },
        position: { x: Math.round((column - (inRow - 1) / 2) * CELL.width), y: top + row * CELL.height },
        classes: "undeclared",
      });
    });
  }

  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** The claims the coalition carries for a graph element (each position's latest), for the evidence panel. */
export function claimsFor(coalition: Coalition, elementId: string): StanceClaim[] {
  const positions = positionsOf(coalition);
  if (elementId.startsWith("stance|")) {
    const actorId = elementId.slice("stance|".length);
    return positions.find((p) => p.actor.id === actorId)?.latestClaims ?? [];
  }
  if (elementId.startsWith("speaks|")) {
    const [, speakerId, actorId] = elementId.split("|");
    return positions.find((p) => p.actor.id === actorId)?.latestClaims.filter((c) => c.via?.id === speakerId) ?? [];
  }
  const own = positions.find((p) => p.actor.id === elementId)?.latestClaims ?? [];
  const spoken = positions.flatMap((p) => p.latestClaims.filter((c) => c.via?.id === elementId && p.actor.id !== elementId));
  return [...own, ...spoken];
}
