/** Icons drawn inline: no emoji font, no image request. All decorative (the control carries the name). */
const common = { viewBox: '0 0 24 24', 'aria-hidden': true, focusable: false, fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

/** A framed picture, for media links. */
export function PictureIcon() {
  return (
    <svg {...common} width="16" height="16">
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <circle cx="9" cy="10" r="2" />
      <path d="m21 17-5-5-9 8" />
    </svg>
  );
}

/** A chain link, for sharing a paragraph's address. */
export function LinkIcon() {
  return (
    <svg {...common} width="20" height="20">
      <path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5" />
      <path d="M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5" />
    </svg>
  );
}

/** Text size and letters, for the reading settings. */
export function SettingsIcon() {
  return (
    <svg {...common} width="20" height="20">
      <path d="M4 19 9 5l5 14M5.8 14h6.4" />
      <path d="M15 19l3-8 3 8M15.8 17h4.4" />
    </svg>
  );
}

/** An arrow out of a box, for sharing the whole article. */
export function ShareIcon() {
  return (
    <svg {...common} width="20" height="20">
      <path d="M12 3v12M7 8l5-5 5 5" />
      <path d="M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6" />
    </svg>
  );
}

/** An arrow into a tray, for saving an article for offline reading. */
export function SaveIcon() {
  return (
    <svg {...common} width="20" height="20">
      <path d="M12 3v12M7 10l5 5 5-5" />
      <path d="M5 19h14" />
    </svg>
  );
}

/** A tick over the tray: the article is saved. */
export function SavedIcon() {
  return (
    <svg {...common} width="20" height="20">
      <path d="m7 10 3.5 3.5L17 7" />
      <path d="M5 19h14" />
    </svg>
  );
}

/**
 * A chevron pointing right or left, drawn: a character (‹ ›) is mirrored or not by the text's
 * direction and the font. In a right-to-left page, right is back towards the start.
 */
export function ChevronIcon({ to }: { to: 'right' | 'left' }) {
  return (
    <svg {...common} width="20" height="20">
      <path d={to === 'right' ? 'm9 6 6 6-6 6' : 'm15 6-6 6 6 6'} />
    </svg>
  );
}
