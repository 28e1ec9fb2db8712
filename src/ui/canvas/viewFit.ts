import type { Point } from './markerSpot';

export interface View { readonly x: number; readonly y: number; readonly zoom: number }

/** The map's smallest text (chips, addresses, metadata) in CSS px at zoom 1. */
export const BASE_TEXT_PX = 12;
/** The rendered size the map's smallest text must keep: the readable default, and presentation mode's. */
export const LEGIBLE_PX = 14;
export const PRESENT_PX = 18;

/** The least zoom at which the map's smallest text renders at `px` CSS pixels: fitting stops there and the map scrolls. */
export const legibleZoom = (px: number) => px / BASE_TEXT_PX;

/** True when a flow point lies outside the middle of the visible pane (a `margin` fraction on each side is the edge zone). */
export function outsideView(p: Point, v: View, width: number, height: number, margin = 0.15): boolean {
  const sx = p.x * v.zoom + v.x;
  const sy = p.y * v.zoom + v.y;
  return sx < width * margin || sx > width * (1 - margin) || sy < height * margin || sy > height * (1 - margin);
}

/** The viewport at `zoom` with `p` (flow units) in the middle of a `width` x `height` pane. */
export function centredOn(p: Point, zoom: number, width: number, height: number): View {
  return { x: width / 2 - p.x * zoom, y: height / 2 - p.y * zoom, zoom };
}

/**
 * The viewport a re-fit should take: `fitted`, moved (same zoom) to centre on the packet being followed when
 * the fit would leave it outside the middle of the pane.
 */
export function fitKeepingInView(fitted: View, followed: Point | null, width: number, height: number): View {
  return followed && outsideView(followed, fitted, width, height) ? centredOn(followed, fitted.zoom, width, height) : fitted;
}

/** Fit margins as fractions of the viewport: more below, where the underlay lens draws its tunnels. */
const PADDING = { top: 0.06, x: 0.04, bottom: 0.2 } as const;

/** fitView options for a text size: no smaller than legible, and no larger than a little above it. */
export function fitOptions(textPx: number) {
  const least = legibleZoom(textPx);
  return { padding: PADDING, minZoom: least, maxZoom: least * 1.5, duration: 200 };
}

export interface Rect { readonly x: number; readonly y: number; readonly width: number; readonly height: number }

/**
 * The viewport that shows `bounds` (flow units) in a `width` x `height` pane: the whole of it when that
 * keeps the text legible (centred), else at the legible zoom from its top-left corner (the map pans).
 */
export function fitViewport(bounds: Rect, width: number, height: number, textPx: number): View {
  const { padding, minZoom, maxZoom } = fitOptions(textPx);
  const padX = width * padding.x;
  const padTop = height * padding.top;
  const padBottom = height * padding.bottom;
  const whole = Math.min((width - 2 * padX) / bounds.width, (height - padTop - padBottom) / bounds.height);
  const zoom = Math.min(maxZoom, Math.max(minZoom, whole));
  const fitsX = bounds.width * zoom <= width - 2 * padX;
  const fitsY = bounds.height * zoom <= height - padTop - padBottom;
  const x = fitsX ? (width - bounds.width * zoom) / 2 - bounds.x * zoom : padX - bounds.x * zoom;
  const y = fitsY ? padTop + (height - padTop - padBottom - bounds.height * zoom) / 2 - bounds.y * zoom : padTop - bounds.y * zoom;
  return { x, y, zoom };
}
