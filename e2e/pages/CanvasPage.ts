import { expect, type Locator } from '@playwright/test';
import { PlaygroundPage } from './PlaygroundPage';

/** The canvas area's details: the Map / Table switch, overlay namespaces, dragging, inspector tables. */
export class CanvasPage extends PlaygroundPage {
  /** A node's namespace for an overlay (br0 and vxlan0, or the VTEP in the underlay lens). */
  overlayNs(machine: string, network: string): Locator {
    return this.canvas.getByTestId(`ns-${machine}-${network}`);
  }

  /** React Flow's wrapper of a map element, which carries its position. */
  flowNode(id: string): Locator {
    return this.canvas.locator(`.react-flow__node[data-id="${id}"]`);
  }

  /** A map element's position in flow units, read from its transform. */
  async flowPosition(id: string): Promise<{ x: number; y: number }> {
    const transform = await this.flowNode(id).evaluate((el) => (el as HTMLElement).style.transform);
    const m = /translate\(([-\d.]+)px, ?([-\d.]+)px\)/.exec(transform);
    if (!m) throw new Error(`no position in "${transform}"`);
    return { x: Number(m[1]), y: Number(m[2]) };
  }

  /** The map's zoom factor, read from the viewport transform. */
  async zoom(): Promise<number> {
    const transform = await this.canvas.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
    return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? NaN);
  }

  /** Drags a map element by its centre, by (dx, dy) screen pixels. */
  async drag(locator: Locator, dx: number, dy: number) {
    const box = await locator.boundingBox();
    if (!box) throw new Error('not on screen');
    const x = box.x + box.width / 2;
    const y = box.y + 12;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 4 });
    await this.page.mouse.up();
  }

  async showTable() {
    await this.canvas.getByTestId('view-table').click();
    await expect(this.canvas.getByTestId('topology-table')).toBeVisible();
  }

  async showMap() {
    await this.canvas.getByTestId('view-map').click();
    await expect(this.canvas.locator('.react-flow__node').first()).toBeVisible();
  }

  /** Types each line and waits for the prompt to come back. */
  async run(...lines: string[]) {
    for (const line of lines) await this.type(line);
  }

  override async screenshot(name: string) {
    await this.page.screenshot({ path: `test-results/screenshots/canvas-${name}.png`, fullPage: true });
  }
}
