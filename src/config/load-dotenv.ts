import { config } from "dotenv";
import { projectPath } from "../project-path.js";

/** Reads `.env` from the project root into `process.env`; variables already set win. */
export function loadDotenv(): void {
  config({ path: projectPath(".env"), quiet: true });
}
