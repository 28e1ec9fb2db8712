import { expect, type Locator, type Page } from '@playwright/test';
import { PlaygroundPage } from './PlaygroundPage';
import { StepperPanel } from './StepperPanel';

export interface Rect { readonly x: number; readonly y: number; readonly width: number; readonly height: number }

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The playground as a classroom sees it: text sizes on the map, controls against map content, the packet's place on screen. */
export class PicturePage extends PlaygroundPage {
  readonly stepper: StepperPanel;

  constructor(page: Page) {
    super(page);
    this.stepper = new StepperPanel(page);
  }

  async open(query: string) {
    await this.page.goto(`/?${query}`);
    // A busy machine can take a while to load the map and terminal chunks.
    await expect(this.canvas.locator('.react-flow__node').first()).toBeVisible({ timeout: 20_000 });
    await expect(this.terminal.locator('.xterm-helper-textarea')).toBeAttached({ timeout: 20_000 });
  }

  /** Enters a line in the terminal at once and presses Enter. */
  async enter(line: string) {
    await this.terminal.locator('.xterm-helper-textarea').focus();
    await this.page.keyboard.insertText(line);
    await this.page.keyboard.press('Enter');
  }

  /** Moves focus off the terminal (and anything else), so the arrow keys step. */
  async unfocus() {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }

  /** React Flow's wrapper of a map element (its full box). */
  flowNode(id: string): Locator {
    return this.canvas.locator(`.react-flow__node[data-id="${id}"]`);
  }

  /** The map's zoom factor, read from the viewport transform. */
  async zoom(): Promise<number> {
    const transform = await this.canvas.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
    return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? NaN);
  }

  /** The smallest text on the map as rendered: each visible text element's font size times the zoom, in CSS px. */
  async smallestMapText(): Promise<number> {
    const zoom = await this.zoom();
    const sizes = await this.canvas.locator('.react-flow__node').evaluateAll((nodes) =>
      nodes.flatMap((n) => [...n.querySelectorAll('*')])
        .filter((el) => [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && (c.textContent ?? '').trim() !== ''))
        .map((el) => Number.parseFloat(getComputedStyle(el).fontSize)));
    return Math.min(...sizes) * zoom;
  }

  /**
   * Map text (names, addresses, edge labels) shown in the map's pane that lies under a control: the canvas
   * area's buttons, pickers and panels, the top bar, and the stepper (a bottom sheet on phones).
   */
  async coveredContent(): Promise<string[]> {
    const controls = await this.boxes(this.page.locator(
      '[data-testid="canvas"] button, [data-testid="canvas"] select, [data-testid="canvas"] input, .react-flow__panel, .react-flow__minimap, [data-testid="topbar"], [data-testid="stepper"]',
    ));
    const pane = (await this.boxes(this.canvas.locator('.react-flow')))[0];
    const content = this.canvas.locator('.react-flow__node .host-title, .react-flow__node .member-name, .react-flow__node .chip-ip, .react-flow__node .host-address, .react-flow__node .network-title, .react-flow__edge-text');
    const texts = await content.allTextContents();
    const boxes = await this.boxes(content);
    return boxes.flatMap((b, i) => (b && pane && overlaps(b, pane) && controls.some((c) => c && overlaps(b, c)) ? [texts[i] ?? ''] : []));
  }

  /** Heights and widths of the controls a finger uses on a phone, smallest first: [label, size]. */
  async smallTargets(min: number): Promise<string[]> {
    const targets = this.page.locator('[data-testid="topbar"] button, [data-testid="topbar"] select, [data-testid="map-toolbar"] button, .map-follow, [data-testid="stepper"] .stepper-nav button');
    const labels = await targets.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? el.textContent ?? el.tagName));
    const boxes = await this.boxes(targets);
    return boxes.flatMap((b, i) => (b && (b.height < min || b.width < min) ? [`${labels[i]} ${Math.round(b.width)}x${Math.round(b.height)}`] : []));
  }

  private async boxes(l: Locator): Promise<(Rect | null)[]> {
    return l.evaluateAll((els) => els.map((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    }));
  }

  /** Map text the marker's dot lies on (each text run's own box, so a card's padding does not count). */
  async textUnderMarker(): Promise<string[]> {
    await this.stepper.settled();
    const box = await this.stepper.marker.boundingBox();
    if (!box) throw new Error('no marker');
    // The dot reaches past its box: the envelope's ring (outline) while wrapped, else its 2 px shadow ring.
    const reach = await this.stepper.marker.evaluate((el, width) => {
      const s = getComputedStyle(el);
      const css = s.outlineStyle === 'none' ? 2 : Number.parseFloat(s.outlineOffset) + Number.parseFloat(s.outlineWidth);
      return css * (width / (el as HTMLElement).offsetWidth);
    }, box.width);
    const dot = { x: box.x - reach, y: box.y - reach, width: box.width + 2 * reach, height: box.height + 2 * reach };
    const runs = await this.canvas.locator('.react-flow__node').evaluateAll((nodes) => nodes.flatMap((n) => {
      const walker = document.createTreeWalker(n, NodeFilter.SHOW_TEXT);
      const found: { text: string; x: number; y: number; width: number; height: number }[] = [];
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        if ((t.textContent ?? '').trim() === '') continue;
        const range = document.createRange();
        range.selectNodeContents(t);
        for (const r of range.getClientRects()) found.push({ text: t.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height });
      }
      return found;
    }));
    return runs.filter((r) => r.width > 0 && overlaps(r, dot)).map((r) => r.text);
  }

  /** The marker's centre on screen, once it has stopped moving. */
  async markerCentre(): Promise<{ x: number; y: number }> {
    await this.stepper.settled();
    const b = await this.stepper.marker.boundingBox();
    if (!b) throw new Error('no marker');
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  }

  async shot(name: string) {
    await this.page.screenshot({ path: `test-results/screenshots/picture-${name}.png` });
  }
}
