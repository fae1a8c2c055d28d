import { pino, type Logger } from "pino";

/** The process logger: JSON lines on stderr, so stdout stays free for command output. */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination(2));
}

export type { Logger };
