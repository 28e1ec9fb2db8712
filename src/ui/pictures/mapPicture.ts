import { toPng, toSvg } from 'html-to-image';

/** The map's drawing (nodes and edges, without the zoom buttons and the minimap), or null when no map is shown. */
function mapElement(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-testid="canvas"] .react-flow');
}

const keep = (node: Node) => !(node instanceof HTMLElement && (node.classList.contains('react-flow__controls') || node.classList.contains('react-flow__minimap') || node.classList.contains('react-flow__panel')));

/** The map as an SVG or PNG data URL, as it is on the screen now. */
export async function mapPicture(kind: 'svg' | 'png'): Promise<string | null> {
  const el = mapElement();
  if (!el) return null;
  const background = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
  const options = { filter: keep, backgroundColor: background, pixelRatio: 2 };
  return kind === 'svg' ? toSvg(el, options) : toPng(el, options);
}
