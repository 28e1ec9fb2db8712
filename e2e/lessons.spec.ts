import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { followLesson, LessonPage } from './pages/LessonPage';

async function expectNoSeriousViolations(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const lang of ['en', 'ko'] as const) {
  test(`lesson 1 (${lang}): the seed walkthrough through the lesson panel, checks ticking and quizzes answered`, async ({ page }) => {
    test.setTimeout(120_000);
    const p = new LessonPage(page);
    await p.openLesson('overlay-discovery', lang);
    await expect(page.getByTestId('engine-profile')).toContainText('17.10');
    await expect(p.panel.locator('h2')).toContainText(lang === 'en' ? 'Overlay networks and service discovery' : '오버레이 네트워크와 서비스 디스커버리');
    await expect(p.panel.getByTestId('lesson-next')).toBeDisabled();
    await p.runStepCommands();
    await p.expectChecked();
    await expect(p.panel.getByTestId('lesson-step-network')).toContainText('4098');
    await p.next();

    await p.runStepCommands();
    await p.answer('yes');
    await expect(p.panel.getByTestId('lesson-feedback')).toHaveClass('lesson-wrong');
    await expect(p.panel.getByTestId('lesson-hint')).toBeVisible();
    await p.answer('no');
    await expect(p.panel.getByTestId('lesson-feedback')).toHaveClass('lesson-right');
    await p.next();

    await p.runStepCommands();
    await p.expectChecked();
    await p.next();

    await p.runStepCommands();
    await expect(p.panel.getByTestId('lesson-choice-10.0.0.6')).toBeVisible();
    await p.answer('10.0.0.6');
    await expect(p.panel.getByTestId('lesson-feedback')).toContainText('10.0.0.5');
    await p.next();

    await expect(p.panel.getByTestId('lesson-step-exec')).toContainText('fb057acbf8fa');
    await p.runStepCommands();
    await p.expectChecked();
    await p.next();

    await p.runStepCommands();
    await p.expectChecked();
    await p.next();

    await p.answer('4098');
    await expect(p.panel.getByTestId('lesson-feedback')).toContainText('VNI 4098');
    await p.screenshots(`lesson1-vni-${lang}`);
    await expectNoSeriousViolations(page, '[data-testid="lesson-panel"]');
    await p.next();

    await p.runStepCommands();
    await p.expectChecked();
    await p.next();

    await p.runStepCommands();
    await p.answer('vip');
    await expect(p.panel.getByTestId('lesson-feedback')).toContainText('10.0.0.5');
    await p.next();
    await expect(p.panel.getByTestId('lesson-finished')).toBeVisible();
    await expect(p.panel.locator('progress')).toHaveAttribute('value', '9');
  });
}

test('the first-run card greets the bare page once, offers three ways in, and opens again from the top bar', async ({ page }) => {
  test.setTimeout(90_000);
  const p = new LessonPage(page);
  await page.goto('/?lang=en');
  await expect(p.firstRun).toBeVisible();
  await expect(p.firstRun).toContainText('Docker Swarm cluster simulated in your browser');
  await p.screenshot('first-run-en');
  await expectNoSeriousViolations(page, '[data-testid="first-run"]');
  await page.getByTestId('first-run-type').click();
  await expect(p.firstRun).toBeHidden();
  await p.screenshot('first-run-type-hint');
  // The first command is suggested dim at the prompt, not typed: Enter on the empty line runs nothing.
  await p.expectLastRow('$ docker-machine ssh default');
  await expect(page.getByTestId('terminal-tab-0')).toHaveText('laptop');
  await p.enter('docker-machine ssh default');
  await p.expectLastRow('docker@default:~$');
  await page.reload();
  await expect(p.terminal.locator('.xterm-helper-textarea')).toBeAttached();
  await expect(p.firstRun).toBeHidden();
  await page.getByTestId('open-first-run').click();
  await expect(p.firstRun).toBeVisible();
  await page.getByTestId('first-run-traffic').click();
  await expect(page.getByTestId('stepper')).toContainText('wget -qO- web');
  await expect(p.network('mynet')).toBeVisible();
  await page.getByTestId('open-first-run').click();
  await page.getByTestId('first-run-lesson').click();
  await expect(p.panel).toBeVisible();
  await expect(page.getByTestId('engine-profile')).toContainText('17.10');
  await p.panel.getByTestId('lesson-restart').focus();
  await page.keyboard.press('Enter');
  await expect(p.panel.getByTestId('lesson-counter')).toHaveText('Step 1 of 9');
});

test('the first-run card in Korean at 360 px', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 780 });
  const p = new LessonPage(page);
  await page.goto('/?lang=ko');
  await expect(p.firstRun).toContainText('브라우저 안에서 돌아가는 Docker 스웜 클러스터');
  await page.screenshot({ path: 'test-results/screenshots/first-run-ko-360.png' });
  // A lesson title that wraps keeps its number on its first line.
  // (The number sits on the item's first line box: a zero-width text put before the title shows where that is.)
  const offsets = await p.firstRun.locator('.first-run-lessons li').evaluateAll((items) =>
    items.map((li) => {
      const probe = document.createTextNode('\u200b');
      li.prepend(probe);
      const line = document.createRange();
      line.selectNodeContents(probe);
      const title = document.createRange();
      title.selectNodeContents(li.querySelector('button') as Node);
      const dy = line.getBoundingClientRect().top - (title.getClientRects()[0]?.top ?? 0);
      probe.remove();
      return Math.round(dy);
    }));
  expect(offsets.every((dy) => Math.abs(dy) <= 4)).toBe(true);
  await expectNoSeriousViolations(page, '[data-testid="first-run"]');
});

for (const lang of ['en', 'ko'] as const) {
  test(`lesson 2 (${lang}): VIP, tasks.web and dnsrr asked by name; IPVS takes turns`, async ({ page }) => {
    test.setTimeout(120_000);
    const p = new LessonPage(page);
    await p.openLesson('vip-dnsrr', lang);
    await expect(page.getByTestId('engine-profile')).toContainText('29');
    await followLesson(p, [
      { check: true },
      { check: true, wrong: '10.0.1.3', answer: '10.0.1.2', feedback: '10.0.1.2' },
      { check: true, answer: '3', feedback: '10.0.1.3, 10.0.1.4, 10.0.1.5' },
      { check: true, answer: 'dnsrr' },
      { check: true, answer: '10.0.1.4', feedback: '10.0.1.3 → 10.0.1.4 → 10.0.1.5', screenshot: 'lesson2-turns' },
    ], lang);
  });
}
