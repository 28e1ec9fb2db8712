import { expect, test } from '@playwright/test';
import { LessonPage } from './pages/LessonPage';

/** Presses "Next interesting hop" in the stepper until the lesson's check ticks (the stepper stands on the hop the step asks for). */
async function stepUntilChecked(p: LessonPage) {
  const next = p.page.getByTestId('stepper').getByTestId('step-next-interesting');
  const check = p.panel.getByTestId('lesson-check');
  for (let i = 0; i < 12 && (await check.getAttribute('data-done')) !== 'true'; i += 1) await next.click();
  await p.expectChecked();
}

/** The key step at a 1920 px projector, and at a 360 px phone scrolled to the quiz's feedback; then back to the test's size.
 * No command is typed after it: back from the phone size, the terminal can keep showing old rows (the ping before its statistics). */
async function keyStepShots(p: LessonPage, name: string) {
  const size = p.page.viewportSize();
  await p.page.setViewportSize({ width: 1920, height: 1080 });
  await p.page.screenshot({ path: `test-results/screenshots/${name}-1920.png` });
  await p.page.setViewportSize({ width: 360, height: 780 });
  await p.panel.getByTestId('lesson-feedback').scrollIntoViewIfNeeded();
  await p.page.screenshot({ path: `test-results/screenshots/${name}-360.png` });
  if (size) await p.page.setViewportSize(size);
}

async function answerWrongThenRight(p: LessonPage, wrong: string, right: string) {
  await p.answer(wrong);
  await expect(p.panel.getByTestId('lesson-feedback')).toHaveClass('lesson-wrong');
  await expect(p.panel.getByTestId('lesson-hint')).toBeVisible();
  await p.answer(right);
  await expect(p.panel.getByTestId('lesson-feedback')).toHaveClass('lesson-right');
}

async function answerRight(p: LessonPage, right: string, feedback: readonly string[] = []) {
  await p.answer(right);
  await expect(p.panel.getByTestId('lesson-feedback')).toHaveClass('lesson-right');
  for (const f of feedback) await expect(p.panel.getByTestId('lesson-feedback')).toContainText(f);
}

for (const lang of ['en', 'ko'] as const) {
  test(`lesson 3 (${lang}): a published port answers on every node; the stepper finds IPVS in ingress-sbox and VNI 4096`, async ({ page }) => {
    test.setTimeout(300_000);
    const p = new LessonPage(page);
    await p.openLesson('routing-mesh', lang);
    await expect(p.panel.locator('h2')).toContainText(lang === 'en' ? 'The routing mesh' : '라우팅 메시');
    await expect(p.panel.getByTestId('lesson-next')).toBeDisabled();

    await p.runStepCommands();
    await p.expectChecked();
    await answerWrongThenRight(p, 'default-2', 'default');
    await expect(p.panel.getByTestId('lesson-feedback')).toContainText('default-2, default-3');
    await p.next();

    // The node without a task is called last.
    await expect(p.commands().last()).toHaveText('curl 192.168.99.100:8080');
    await p.runStepCommands();
    await p.expectChecked();
    expect(await p.screenText()).toContain('RemoteAddr: 10.0.0.2:');
    await answerRight(p, '10.0.0.2', lang === 'en' ? ['ingress-sbox on default'] : ['10.0.0.2는 default에 있는']);
    await p.next();

    await stepUntilChecked(p);
    await answerRight(p, '10.0.0.6', ['10.0.0.6', 'default-2', '256']);
    await keyStepShots(p, `lesson3-ipvs-${lang}`);
    await p.next();

    await stepUntilChecked(p);
    await answerWrongThenRight(p, '8080', '4096');
    await expect(p.panel.getByTestId('lesson-feedback')).toContainText('192.168.99.101');
    await p.next();
    await expect(p.panel.getByTestId('lesson-finished')).toBeVisible();
    await expect(p.panel.locator('progress')).toHaveAttribute('value', '4');
  });

  test(`lesson 4 (${lang}): docker_gwbridge, the masquerade hop, and an --internal network with no way out`, async ({ page }) => {
    test.setTimeout(300_000);
    const p = new LessonPage(page);
    await p.openLesson('way-out', lang);
    await p.runStepCommands();
    await p.expectChecked();
    await answerRight(p, '172.18.0.3', ['10.0.1.2', '172.18.0.1']);
    await p.next();

    await p.runStepCommands();
    await answerWrongThenRight(p, '10.0.1.1', '172.18.0.1');
    await expect(p.panel.getByTestId('lesson-feedback')).toContainText('eth1');
    await p.next();

    await p.runStepCommands();
    await p.expectChecked();
    await p.next();

    await stepUntilChecked(p);
    await answerRight(p, '192.168.99.100', lang === 'en' ? ['replaced 172.18.0.3 with 192.168.99.100'] : ['172.18.0.3을 노드 자신의 주소 192.168.99.100으로']);
    await p.next();

    // The ping's last lines may still be printing while the learner steps: its prompt comes first.
    await p.expectPrompt();
    await p.runStepCommands();
    await p.expectChecked();
    expect(await p.screenText()).toContain('ping: sendto: Network unreachable');
    await answerWrongThenRight(p, 'firewall', 'route');
    await expect(p.panel.getByTestId('lesson-feedback')).toContainText('10.0.2.0/24');
    await p.next();

    await p.runStepCommands();
    await p.expectChecked();
    expect(await p.screenText()).toContain("wget: bad address 'example.com'");
    await answerRight(p, 'SERVFAIL', ['192.168.99.1']);
    await p.next();
    await expect(p.panel.getByTestId('lesson-finished')).toBeVisible();
    await expect(p.panel.locator('progress')).toHaveAttribute('value', '6');

    // Back to the key step for its pictures (taken last: a resize mid-lesson can leave the terminal showing old rows).
    for (let i = 0; i < 3; i += 1) await p.panel.getByTestId('lesson-back').click();
    await expect(p.panel.getByTestId('lesson-step-masquerade')).toBeVisible();
    const picker = page.getByTestId('trace-picker');
    await picker.selectOption((await picker.locator('option', { hasText: 'ping -c 2 8.8.8.8' }).first().getAttribute('value')) ?? '');
    await stepUntilChecked(p);
    await expect(p.panel.getByTestId('lesson-feedback')).toHaveClass('lesson-right');
    await keyStepShots(p, `lesson4-masquerade-${lang}`);
  });

  test(`lesson 5 (${lang}): a worker learns overlays lazily; attachable networks take standalone containers`, async ({ page }) => {
    test.setTimeout(300_000);
    const p = new LessonPage(page);
    await p.openLesson('workers-view', lang);
    await p.runStepCommands();
    await p.expectChecked();
    await p.next();

    await p.runStepCommands();
    await answerWrongThenRight(p, 'toolnet', 'none');
    await p.next();

    await p.runStepCommands();
    await p.expectChecked();
    await p.next();

    await p.runStepCommands();
    await p.expectChecked();
    await answerRight(p, 'no');
    await p.next();

    await p.runStepCommands();
    expect((await p.screenText()).replace(/\n/g, '')).toContain('network backnet not manually attachable');
    await answerWrongThenRight(p, 'worker', 'attachable');
    await p.next();

    await p.runStepCommands();
    await p.expectChecked();
    await p.next();

    await p.runStepCommands();
    await p.expectChecked();
    await answerRight(p, '10.0.2.2', ['10.0.2.4', '4098']);
    await keyStepShots(p, `lesson5-reach-${lang}`);
    await p.next();
    await expect(p.panel.getByTestId('lesson-finished')).toBeVisible();
    await expect(p.panel.locator('progress')).toHaveAttribute('value', '7');
  });
}
