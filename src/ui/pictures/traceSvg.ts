import type { StepEvent } from '../stepper/eventList';
import { placeLabel } from '../stepper/eventList';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ROW = 26;
const WIDTH = 1100;

/**
 * A trace as a picture for slides and posts: its command, then one row per hop (number, direction, where,
 * what happened). `explain` words each hop in the page's language; every text is escaped, never markup.
 */
export function traceSvg(command: string, events: readonly StepEvent[], explain: (e: StepEvent) => string, title: string): string {
  const height = 70 + events.length * ROW;
  const rows = events.map((e, i) => {
    const y = 64 + i * ROW;
    const tone = e.action === 'drop' ? ' class="drop"' : e.action === 'vxlan-encap' || e.action === 'vxlan-decap' || e.action === 'underlay-transit' ? ' class="wire"' : '';
    return [
      `<g${tone}>`,
      `<text x="16" y="${y}" class="n">${e.n}</text>`,
      `<text x="56" y="${y}" class="dir">${e.direction === 'request' ? '→' : '←'}</text>`,
      `<text x="80" y="${y}" class="at">${esc(placeLabel(e.at))}</text>`,
      `<text x="430" y="${y}">${esc(explain(e))}</text>`,
      '</g>',
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${esc(title)}">`,
    '<style>text{font:14px system-ui,sans-serif;fill:#1f2328}.n,.dir{fill:#57606a}.at{font-family:ui-monospace,monospace;font-size:13px}.wire text{fill:#0b5cad}.drop text{fill:#cf222e}.cmd{font:600 16px ui-monospace,monospace}</style>',
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="30" class="cmd">${esc(command)}</text>`,
    ...rows,
    '</svg>',
  ].join('\n');
}
