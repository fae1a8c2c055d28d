/**
 * The data passed between the extractor's stages. Every offset indexes into the normalized
 * article text (UTF-16 code units).
 */
import type { EntityType } from "../model/claims-document.js";

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

export interface Token extends Span {
  text: string;
}

/** A quotation: `start..end` includes the marks, `innerStart..innerEnd` the quoted words. */
export interface QuoteSpan extends Span {
  innerStart: number;
  innerEnd: number;
  /** Paragraph where the quotation opens. */
  paragraph: number;
  /** Paragraph where it closes (the same for a one-paragraph quotation). */
  lastParagraph: number;
  /** Whether a closing mark was found (an open quotation ends with its paragraph run). */
  closed: boolean;
}

/** How a mention names its entity. */
export type MentionForm =
  | "name" // full proper name
  | "single" // one capitalized word that may be a surname
  | "surname" // resolved surname
  | "demonym"
  | "capital"
  | "seat"
  | "descriptor" // "the French Prime Minister"
  | "generic"; // "the alliance"

/** A mention found in the text, before entity resolution. */
export interface RawMention extends Span {
  type: EntityType;
  form: MentionForm;
  /** Canonical name: "France", "NATO", "Reuters"; for people the name as written, honorifics removed. */
  name: string;
  /** Countries: ISO alpha-2. */
  code?: string;
  /** Organizations and posts: organization slug. */
  org?: string;
  /** Demonyms followed by "government", "delegation"...: the country itself acts. */
  acting?: boolean;
  /** Posts found by their shape, not from the lexicon (`post-shapes.ts`): weaker than the lexicon's when both name the article's post. */
  shaped?: boolean;
  /** Posts: other names the post goes by ("CDU Leader" beside "Leader of the Christian Democratic Union"). */
  aliases?: readonly string[];
}

/** A mention bound to an entity. */
export interface Mention extends RawMention {
  entity: string;
  inQuote: boolean;
  /** Part of a person's title ("German" in "German Chancellor Olaf Scholz"): never an actor itself. */
  modifier: boolean;
  /** Start of the title that introduces the mention, when there is one. */
  extendedStart: number;
}

/** What the text says a person is, and for whom they speak. */
export interface PersonRole extends Span {
  /** The role words as written. */
  text: string;
  /** Canonical role for speaking ("Prime Minister") or null when the role speaks for no one. */
  role: string | null;
  /** The entity the role belongs to (a country or organization), when named. */
  of: string | null;
}

export interface EntityRecord {
  key: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  code?: string;
  /** Posts: the organization's entity key. */
  organization?: string;
  /** People: what the article says they are. */
  roles: PersonRole[];
  /** People: the country they are from, as a country entity key. */
  nationality?: string;
  /** People: described as analyst, expert, professor... */
  expert: boolean;
  /** People: lower-cased nouns used to describe them ("economist", "professor"). */
  nouns: Set<string>;
  /** People: "f" or "m" when the text's honorifics, role nouns or the given name tell. */
  gender?: "f" | "m";
}

/** The text after sentence splitting and mention resolution: what claim finders work on. */
export interface Analysis {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: QuoteSpan[];
  mentions: Mention[];
  entities: Map<string, EntityRecord>;
}

/** A claim before ids are assigned: ends are entity keys. */
export interface DraftClaim {
  type: "SUPPORTS" | "OPPOSES" | "CANDIDATE_FOR" | "QUOTED_IN" | "SPEAKS_FOR";
  from: string;
  to: string;
  start: number;
  end: number;
  confidence: number;
  quote?: string;
  role?: string;
  /** Index of the sentence the claim was read in, for dating. */
  sentence: number;
  /** The rule that read the claim: a stable name, the key of its calibrated confidence. */
  rule: string;
  /** SUPPORTS / OPPOSES: the post entity the text ties the stance to. */
  post?: string;
}
