import { expect, test } from '@playwright/test';
import { TerminalPage } from './pages/TerminalPage';

const QUESTION = 'Are you sure you want to continue? [y/N]';

test("docker's [y/N] question waits in the terminal: y removes ingress from the map, Undo brings it back", async ({ page }) => {
  const p = new TerminalPage(page);
  await p.goto('three-node');
  await p.enter('docker-machine ssh default');
  await p.expectLastRow('docker@default:~$');
  await expect(p.network('ingress')).toBeVisible();

  // Enter alone is no: the network stays and the prompt comes back.
  await p.enter('docker network rm ingress');
  await p.expectLastRow(QUESTION);
  await p.enter('');
  await p.expectLastRow('docker@default:~$');
  await expect(p.network('ingress')).toBeVisible();

  // The question waits with the cursor after it; the typed y is echoed there and the command goes on.
  await p.enter('docker network rm ingress');
  await p.expectLastRow(QUESTION);
  await p.typeKeys('y');
  await p.expectLastRow(`${QUESTION} y`);
  await page.keyboard.press('Enter');
  await p.expectLastRow('docker@default:~$');
  await expect.poll(() => p.screenText()).toContain(`${QUESTION} y\ningress\ndocker@default:~$`);
  await expect(p.network('ingress')).toHaveCount(0);
  await p.screenshot('confirm-ingress-removed');

  await page.getByTestId('undo').click();
  await expect(p.network('ingress')).toBeVisible();
});
