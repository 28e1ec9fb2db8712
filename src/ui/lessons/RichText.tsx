/** Lesson text: `backticks` become code; everything else is plain text. */
export function RichText({ text }: { readonly text: string }) {
  const parts = text.split('`');
  return <>{parts.map((p, i) => (i % 2 === 1 ? <code key={i}>{p}</code> : p))}</>;
}
