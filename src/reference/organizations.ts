/**
 * Reference organizations (`data/reference/organizations.json`): their posts and member states
 * with accession dates, so that "how many NATO members back X on date D" can be counted.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { projectPath } from "../project-path.js";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const OrganizationsFile = z.object({
  description: z.string(),
  organizations: z.array(
    z.object({
      id: z.string().regex(/^organization:[a-z0-9-]+$/),
      name: z.string().min(1),
      aliases: z.array(z.string().min(1)),
      posts: z.array(z.object({ id: z.string().regex(/^post:[a-z0-9-]+$/), title: z.string().min(1), aliases: z.array(z.string().min(1)) })),
      members: z.array(z.object({ country: z.string().regex(/^[A-Z]{2}$/), since: IsoDate, until: IsoDate.optional() })),
    }),
  ),
});

export type ReferenceOrganization = z.infer<typeof OrganizationsFile>["organizations"][number];

export const ORGANIZATIONS_FILE = projectPath("data", "reference", "organizations.json");

let cache: ReferenceOrganization[] | undefined;

/** The reference organizations, validated. */
export function referenceOrganizations(): ReferenceOrganization[] {
  cache ??= OrganizationsFile.parse(JSON.parse(readFileSync(ORGANIZATIONS_FILE, "utf8"))).organizations;
  return cache;
}
