/** Small control icons drawn as SVG (symbol fonts are not everywhere). Decorative: buttons carry the labels. */
const paths = {
  reset: 'M3 2h2v12H3zM14 2v12L6 8z',
  prev: 'M12 2v12L4 8z',
  next: 'M4 2v12l8-6z',
  prevStop: 'M8 2v12L1 8zM15 2v12L8 8z',
  nextStop: 'M1 2v12l7-6zM8 2v12l7-6z',
  play: 'M4 2v12l10-6z',
  pause: 'M4 2h3v12H4zM9 2h3v12H9z',
} as const;

/** One of the stepper's control icons. */
export function Icon({ name }: { readonly name: keyof typeof paths }) {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="currentColor" />
    </svg>
  );
}
