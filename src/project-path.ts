import { fileURLToPath } from "node:url";
import path from "node:path";

/** The project's root folder, whether running from `src/` (tests) or from `dist/` (built). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** A path inside the project, e.g. `projectPath("cypher", "race.cypher")`. */
export function projectPath(...segments: string[]): string {
  return path.join(PROJECT_ROOT, ...segments);
}
