import { COLOURS } from "./graph-canvas";

/** The key to the drawing: each kind of line by colour, style and end. */
export function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <svg width="46" height="14" aria-hidden="true">
          <line x1="2" y1="7" x2="36" y2="7" stroke={COLOURS.supports} strokeWidth="3" />
          <path d="M36 2 L44 7 L36 12 Z" fill={COLOURS.supports} />
        </svg>
        Supports (solid line, arrow; round node)
      </li>
      <li>
        <svg width="46" height="14" aria-hidden="true">
          <line x1="2" y1="7" x2="40" y2="7" stroke={COLOURS.opposes} strokeWidth="3" strokeDasharray="7 4" />
          <line x1="42" y1="1" x2="42" y2="13" stroke={COLOURS.opposes} strokeWidth="3" />
        </svg>
        Opposes (dashed line, bar; square node)
      </li>
      <li>
        <svg width="46" height="14" aria-hidden="true">
          <line x1="2" y1="7" x2="38" y2="7" stroke={COLOURS.speaks} strokeWidth="2" strokeDasharray="2 3" />
          <path d="M37 3 L44 7 L37 11" fill="none" stroke={COLOURS.speaks} strokeWidth="2" />
        </svg>
        Spoke for (dotted line; diamond: the speaker)
      </li>
      <li>
        <svg width="46" height="14" aria-hidden="true">
          <rect x="4" y="2" width="38" height="10" rx="3" fill="#f6f7f9" stroke={COLOURS.undeclared} strokeDasharray="2 2" />
        </svg>
        Undeclared members (grouped apart)
      </li>
      <li>
        <svg width="46" height="14" aria-hidden="true">
          <circle cx="23" cy="7" r="5" fill="#fff" stroke="#b45309" strokeWidth="3" />
        </svg>
        Thick ring: stance changed
      </li>
    </ul>
  );
}
