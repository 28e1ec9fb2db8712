import { expect, test, type Locator } from '@playwright/test';
import { PicturePage } from './pages/PicturePage';

test.describe.configure({ timeout: 90_000 });

/** Whether an element's text is cut (it needs more width than it has). */
const isCut = (el: Locator) => el.evaluate((e) => e.scrollWidth > e.clientWidth + 1);

test('a task name cut on its card shows in full while the card is focused, hovered or selected', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const p = new PicturePage(page);
  await p.open('scenario=three-node&lang=en');
  await p.enter('docker-machine ssh default');
  await p.enter('docker service create -d --name web --replicas 3 traefik/whoami');
  const card = p.canvas.locator('.react-flow__node-member').filter({ has: page.locator('[data-testid^="member-web.1."]') });
  const name = card.locator('.member-name');
  const image = card.locator('.member-kind');
  await expect(name).toBeVisible();
  const full = await name.getAttribute('title');
  expect(full).toMatch(/^web\.1\.[a-z0-9]{25}$/);
  // At rest there is no room: the name and image are cut.
  expect(await isCut(name)).toBe(true);
  expect(await isCut(image)).toBe(true);

  // Focused from the keyboard (after typing, a programmatic focus is a keyboard focus).
  await card.focus();
  await expect.poll(() => isCut(name)).toBe(false);
  expect(await isCut(image)).toBe(false);
  await expect(name).toHaveText(full ?? '');
  // The whole name lies inside the grown card, drawn above its neighbours.
  const nameBox = await name.boundingBox();
  const cardBox = await card.boundingBox();
  if (!nameBox || !cardBox) throw new Error('card not on screen');
  expect(nameBox.y + nameBox.height).toBeLessThanOrEqual(cardBox.y + cardBox.height + 1);
  await p.shot('name-focused');

  // Focus elsewhere: cut again. Hover: in full.
  await p.unfocus();
  await expect.poll(() => isCut(name)).toBe(true);
  await card.hover();
  await expect.poll(() => isCut(name)).toBe(false);
});
