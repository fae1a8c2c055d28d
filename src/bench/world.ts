/**
 * A deterministic synthetic news world for the benchmark: people, the reference countries and
 * organizations, synthetic organizations and outlets; 20 candidates for 5 posts; stances skewed
 * toward a few candidates (Zipf), some taken through speakers (SPEAKS_FOR), some changing over
 * time; 10 claims per actor, 50 claims per article, dates over two years.
 *
 * Worlds nest: actor `i` and its claims depend only on the seed and `i`, so the world of 10k
 * actors is the world of 1k plus 9k more. {@link worldSlice} yields the claims documents of the
 * actors `[from, to)`, which lets the benchmark grow one graph from size to size.
 */
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { ClaimsDocument, ClaimType, EntityInput, ClaimInput } from "../model/claims-document.js";
import { referenceCountries } from "../reference/countries.js";
import { referenceOrganizations } from "../reference/organizations.js";

export const CLAIMS_PER_ACTOR = 10;
export const CLAIMS_PER_ARTICLE = 50;
export const CANDIDATE_COUNT = 20;
/** Days the claims spread over, from {@link FIRST_DAY}. */
const DAYS = 731;
const FIRST_DAY = Date.UTC(2023, 0, 1);

type ActorType = "Person" | "Country" | "Organization" | "Media";

/** One actor of the world. */
export interface WorldActor {
  index: number;
  type: ActorType;
  name: string;
  /** Countries: ISO code. */
  code?: string;
}

/** One of the five posts, with the organization it belongs to. */
export interface WorldPost {
  title: string;
  organization: string;
}

/** One claim of the world, before it is written into an article. */
export interface WorldClaim {
  type: ClaimType;
  from: number;
  /** Actor index; for CANDIDATE_FOR the post index; -1 for QUOTED_IN. */
  to: number;
  day: number;
  dated: boolean;
  /** SUPPORTS/OPPOSES: the post index the text names, or -1. */
  post: number;
  role?: string;
  serial: number;
}

const FIRST_NAMES = [
  "Anna", "Boris", "Clara", "Dario", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Katya", "Luca", "Maya", "Nils", "Olga", "Pavel",
  "Quinn", "Rosa", "Stefan", "Tara", "Umar", "Vera", "Wim", "Xenia", "Yusuf", "Zora", "Adil", "Berit", "Cosmin", "Dagny", "Emil", "Freya",
  "Goran", "Hana", "Ivo", "Jana", "Kemal", "Lena", "Milan", "Nora", "Oskar", "Petra", "Radu", "Sanna", "Tomas", "Ula", "Viktor", "Wanda",
  "Alma", "Bruno", "Celia", "Dmitri", "Edda", "Filip", "Gala", "Henrik", "Ilse", "Jakub", "Kira", "Lars", "Mira", "Nikos", "Orla", "Piet",
];
const SYLLABLES = ["ka", "ro", "vel", "mi", "sto", "den", "lu", "bra", "zen", "to", "mar", "fi", "gor", "sa", "nik", "ple"];
const ORG_KINDS = ["Institute", "Foundation", "Council"];
const MEDIA_KINDS = ["Herald", "Courier", "Gazette", "Post"];
const ROLES = ["Foreign Minister", "Prime Minister", "spokesperson", "ambassador", "President"];
const QUOTES = ["We will decide in good time", "This choice matters for all of us", "The talks go on", "Our position is clear"];

/** A made-up word that encodes `n` (at least three syllables), capitalised: distinct for distinct `n`. */
function word(n: number): string {
  const parts: string[] = [];
  let rest = n;
  do {
    parts.push(SYLLABLES[rest % 16]!);
    rest = Math.floor(rest / 16);
  } while (rest > 0 || parts.length < 3);
  const w = parts.join("");
  return w[0]!.toUpperCase() + w.slice(1);
}

/** A seeded generator for one purpose and index, independent of every other. */
function rngFor(seed: number, stream: number, index: number) {
  // Mix the three numbers into one 32-bit seed (splitmix-like constants).
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35) ^ Math.imul(index + 1, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return xoroshiro128plus((h ^ (h >>> 16)) | 0);
}

function isoDay(day: number): string {
  return new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The synthetic world: which actor sits at each index, and the claims each makes.
 */
export class World {
  readonly seed: number;
  readonly posts: WorldPost[];
  private readonly countries = referenceCountries();
  private readonly orgs = referenceOrganizations();
  /** Zipf weights of the candidates, cumulative. */
  private readonly cumulative: number[];

  constructor(seed = 20240101) {
    this.seed = seed;
    const refPosts = this.orgs.flatMap((o) => o.posts.map((p) => ({ title: p.title, organization: o.name })));
    this.posts = [...refPosts, { title: "WHO Director-General", organization: "World Health Organization" }].slice(0, 5);
    const weights = Array.from({ length: CANDIDATE_COUNT }, (_, k) => 1 / (k + 1));
    let sum = 0;
    this.cumulative = weights.map((w) => (sum += w) / weights.reduce((a, b) => a + b, 0));
  }

  /** Index of the first actor after the candidates, countries and reference organizations. */
  get firstOrdinary(): number {
    return CANDIDATE_COUNT + this.countries.length + this.orgs.length;
  }

  /** The actor at `index`. */
  actor(index: number): WorldActor {
    if (index < CANDIDATE_COUNT) return { index, type: "Person", name: `${FIRST_NAMES[index % 64]} ${word(4096 + index)}` };
    const c = index - CANDIDATE_COUNT;
    if (c < this.countries.length) return { index, type: "Country", name: this.countries[c]!.name, code: this.countries[c]!.code };
    const o = c - this.countries.length;
    if (o < this.orgs.length) return { index, type: "Organization", name: this.orgs[o]!.name };
    if (index % 25 === 0) return { index, type: "Media", name: `The ${word(index)} ${MEDIA_KINDS[index % 4]}` };
    if (index % 25 === 1 || index % 25 === 2) return { index, type: "Organization", name: `${word(index)} ${ORG_KINDS[index % 3]}` };
    return { index, type: "Person", name: `${FIRST_NAMES[index % 64]} ${word(Math.floor(index / 64))}` };
  }

  /** The post candidate `k` runs for. */
  postOf(candidate: number): number {
    return candidate % this.posts.length;
  }

  /** Candidate name by index (0 is the most backed by construction, 19 the least). */
  candidateName(k: number): string {
    return this.actor(k).name;
  }

  private pickCandidate(rng: ReturnType<typeof xoroshiro128plus>, not = -1): number {
    for (;;) {
      const u = uniformFloat64(rng);
      const k = this.cumulative.findIndex((c) => u < c);
      const pick = k < 0 ? CANDIDATE_COUNT - 1 : k;
      if (pick !== not) return pick;
    }
  }

  /** The ten claims actor `index` makes; they depend only on the seed and the index. */
  claimsOf(index: number): WorldClaim[] {
    const rng = rngFor(this.seed, 1, index);
    const actor = this.actor(index);
    const claims: WorldClaim[] = [];
    const day = () => uniformInt(rng, 0, DAYS - 1);
    const add = (type: ClaimType, to: number, d = day(), post = -1, role?: string) =>
      claims.push({ type, from: index, to, day: d, dated: uniformFloat64(rng) >= 0.1, post, role, serial: claims.length });
    if (index < CANDIDATE_COUNT) {
      add("CANDIDATE_FOR", this.postOf(index));
      add("CANDIDATE_FOR", this.postOf(index));
    }
    if (actor.type === "Person" && index >= this.firstOrdinary && uniformFloat64(rng) < 0.1) {
      // A speaker for a country (mostly) or an organization that already exists at this index.
      const target =
        uniformFloat64(rng) < 0.7
          ? CANDIDATE_COUNT + uniformInt(rng, 0, this.countries.length - 1)
          : CANDIDATE_COUNT + this.countries.length + uniformInt(rng, 0, this.orgs.length - 1);
      add("SPEAKS_FOR", target, uniformInt(rng, 0, 200), -1, ROLES[uniformInt(rng, 0, ROLES.length - 1)]);
    }
    if (uniformFloat64(rng) < 0.5) add("QUOTED_IN", -1);
    const favourite = this.pickCandidate(rng, index);
    const opposed = uniformFloat64(rng) < 0.3 ? this.pickCandidate(rng, favourite === index ? -1 : favourite) : -1;
    const changes = uniformFloat64(rng) < 0.05;
    const namesPost = () => uniformFloat64(rng) < 0.3;
    const stanceDays: number[] = [];
    while (claims.length + stanceDays.length < CLAIMS_PER_ACTOR) stanceDays.push(day());
    stanceDays.sort((a, b) => a - b);
    stanceDays.forEach((d, n) => {
      let target = favourite;
      let type: ClaimType = "SUPPORTS";
      if (opposed >= 0 && opposed !== index && n % 3 === 2) {
        target = opposed;
        type = "OPPOSES";
      } else if (changes && n >= stanceDays.length / 2) {
        type = "OPPOSES";
      }
      if (target === index) target = (index + 1) % CANDIDATE_COUNT;
      add(type, target, d, namesPost() ? this.postOf(target) : -1);
    });
    return claims;
  }

  /** How many claims the actors `[from, to)` make. */
  claimCount(from: number, to: number): number {
    let n = 0;
    for (let i = from; i < to; i++) n += this.claimsOf(i).length;
    return n;
  }

  /**
   * The claims documents of the actors `[from, to)`: their claims in date order, 50 to an
   * article, each article published by one of the world's outlets on the day of its latest claim.
   */
  *worldSlice(from: number, to: number): Generator<ClaimsDocument> {
    const claims: WorldClaim[] = [];
    for (let i = from; i < to; i++) claims.push(...this.claimsOf(i));
    claims.sort((a, b) => a.day - b.day || a.from - b.from || a.serial - b.serial);
    const media: number[] = [];
    for (let i = this.firstOrdinary; i < to && media.length < 200; i++) if (this.actor(i).type === "Media") media.push(i);
    for (let start = 0, n = 0; start < claims.length; start += CLAIMS_PER_ARTICLE, n++) {
      const serial = `${from}-${n}`;
      yield this.document(claims.slice(start, start + CLAIMS_PER_ARTICLE), serial, media[n % media.length]!);
    }
  }

  private document(claims: readonly WorldClaim[], serial: string, sourceIndex: number): ClaimsDocument {
    const entities = new Map<string, EntityInput>();
    const actorRef = (index: number): string => {
      const id = `a${index}`;
      if (!entities.has(id)) {
        const a = this.actor(index);
        entities.set(id, { id, name: a.name, type: a.type, ...(a.code ? { code: a.code } : {}) });
      }
      return id;
    };
    const postRef = (k: number): string => {
      const id = `p${k}`;
      if (!entities.has(id)) {
        const post = this.posts[k]!;
        const reference = this.orgs.findIndex((o) => o.name === post.organization);
        const orgId = reference >= 0 ? actorRef(CANDIDATE_COUNT + this.countries.length + reference) : `o${k}`;
        if (!entities.has(orgId)) entities.set(orgId, { id: orgId, name: post.organization, type: "Organization" });
        entities.set(id, { id, name: post.title, type: "Post", organization: orgId });
      }
      return id;
    };
    const title = `Bulletin ${serial}`;
    let text = `${title}.`;
    const out: ClaimInput[] = [];
    claims.forEach((c, n) => {
      const fromName = this.actor(c.from).name;
      const date = c.dated ? isoDay(c.day) : null;
      const base = { from: actorRef(c.from), date, confidence: 0.9 };
      const separator = n % 5 === 0 ? "\n\n" : " ";
      let sentence: string;
      let evidenceStart: number;
      let evidence: string;
      let claim: ClaimInput;
      if (c.type === "SUPPORTS" || c.type === "OPPOSES") {
        const verb = c.type === "SUPPORTS" ? "supports" : "opposes";
        const post = c.post >= 0 ? ` for ${this.posts[c.post]!.title}` : "";
        evidence = `${fromName} ${verb} ${this.actor(c.to).name}${post}`;
        sentence = `${evidence}.`;
        evidenceStart = 0;
        claim = { ...base, type: c.type, to: actorRef(c.to), evidence, start: 0, end: 0, ...(c.post >= 0 ? { post: postRef(c.post) } : {}) };
      } else if (c.type === "CANDIDATE_FOR") {
        evidence = `${fromName} is a candidate for ${this.posts[c.to]!.title}`;
        sentence = `${evidence}.`;
        evidenceStart = 0;
        claim = { ...base, type: c.type, to: postRef(c.to), evidence, start: 0, end: 0 };
      } else if (c.type === "SPEAKS_FOR") {
        evidence = `${fromName}, ${c.role} of ${this.actor(c.to).name}`;
        sentence = `${evidence}, spoke.`;
        evidenceStart = 0;
        claim = { ...base, type: c.type, to: actorRef(c.to), evidence, start: 0, end: 0, role: c.role! };
      } else {
        const quote = QUOTES[(c.from + c.serial) % QUOTES.length]!;
        evidence = `said ${fromName}`;
        sentence = `“${quote},” ${evidence}.`;
        evidenceStart = quote.length + 4;
        claim = { ...base, type: c.type, to: "article", evidence, start: 0, end: 0, quote };
      }
      text += separator;
      claim.start = text.length + evidenceStart;
      claim.end = claim.start + evidence.length;
      text += sentence;
      out.push(claim);
    });
    const source = this.actor(sourceIndex).name;
    actorRef(sourceIndex);
    const publishedAt = isoDay(Math.max(...claims.map((c) => c.day)));
    return { version: 1, article: { title, source, url: null, publishedAt, text }, entities: [...entities.values()], claims: out };
  }
}
