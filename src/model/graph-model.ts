/**
 * Labels and relationship types of the graph, in one place. `schema.graphql` maps the same model
 * to GraphQL.
 */
import { CLAIM_TYPES, type ClaimType, type EntityType } from "./claims-document.js";

/** Labels each entity type's nodes carry; every actor also carries `Actor`. */
export const ENTITY_LABELS: Record<EntityType, readonly string[]> = {
  Person: ["Person", "Actor"],
  Country: ["Country", "Actor"],
  Organization: ["Organization", "Actor"],
  Media: ["Media", "Actor"],
  Post: ["Post"],
};

/** Relationship types that carry a claim, each with its provenance properties. */
export const CLAIM_RELATIONSHIPS: readonly ClaimType[] = CLAIM_TYPES;

