/**
 * Runs `work` once the next frame has been produced (a task queued from that frame's animation callback), so
 * what a key press changed paints first and follow-up work (scrolling a list to the row, moving the camera)
 * lands on the frame after. Returns a cancel function, for an effect's cleanup.
 */
export function afterNextFrame(work: () => void): () => void {
  let task = 0;
  const frame = requestAnimationFrame(() => {
    task = window.setTimeout(work);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(task);
  };
}
