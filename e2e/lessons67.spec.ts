import { expect, test } from '@playwright/test';
import { LessonPage } from './pages/LessonPage';
import { StepperPanel } from './pages/StepperPanel';

/** Presses "Next interesting hop" until the stepper stands on a hop whose action reads `label`. */
async function stepToAction(s: StepperPanel, label: string) {
  const next = s.root.getByTestId('step-next-interesting');
  for (let i = 0; i < 12; i += 1) {
    if (((await s.current().textContent()) ?? '').includes(label)) return;
    await next.click();
  }
  await expect(s.current()).toContainText(label);
}

const words = {
  en: { encap: 'VXLAN encap', esp: 'ESP encrypt' },
  ko: { encap: 'VXLAN 캡슐화', esp: 'ESP 암호화' },
} as const;

for (const lang of ['en', 'ko'] as const) {
  test(`lesson 6 (${lang}): drain a node, stop a node; tasks move and DNS and IPVS follow`, async ({ page }) => {
    test.setTimeout(180_000);
    const p = new LessonPage(page);
    await p.openLesson('failure', lang);
    await expect(page.getByTestId('engine-profile')).toContainText('29');
    await expect(p.panel.locator('h2')).toContainText(lang === 'en' ? 'Failure: drain a node, stop a node' : '장애: 노드 드레인과 노드 중단');

    await p.runStepCommands();
    await p.expectChecked();
    await p.next();

    await p.runStepCommands();
    await p.expectChecked();
    await p.answer('moved');
    await expect(p.panel.getByTestId('lesson-feedback')).toHaveClass('lesson-wrong');
    await expect(p.panel.getByTestId('lesson-hint')).toBeVisible();
    await p.answer('replaced');
    await expect(p.panel.getByTestId('lesson-feedback')).toHaveClass('lesson-right');
    await expect(p.panel.getByTestId('lesson-feedback')).toContainText(lang === 'en' ? 'on default, with a new address: 10.0.1.9' : '새 주소 10.0.1.9로');
    await p.next();

    await expect(p.panel.getByTestId('lesson-step-names')).toContainText('10.0.1.9');
    await p.runStepCommands();
    await p.expectChecked();
    await expect(p.terminal).toContainText('Address: 10.0.1.9');
    await p.next();

    await p.runStepCommands();
    await p.expectChecked();
    await expect(p.terminal).toContainText(/default-2\s+Shutdown\s+Running/);
    await p.answer('last');
    await expect(p.panel.getByTestId('lesson-feedback')).toContainText(lang === 'en' ? 'slot 1 already runs again on default as 10.0.1.11' : '슬롯 1은 이미 default에서 10.0.1.11로');
    await p.next();

    await p.runStepCommands();
    await p.expectChecked();
    await p.answer('default');
    await expect(p.panel.getByTestId('lesson-feedback')).toHaveClass('lesson-right');
    await expect(p.panel.getByTestId('lesson-feedback')).toContainText('10.0.1.2');
    await p.next();

    await p.runStepCommands();
    await p.expectChecked();
    await p.answer('0');
    await expect(p.panel.getByTestId('lesson-feedback')).toHaveClass('lesson-right');
    await p.next();

    await p.runStepCommands();
    await p.expectChecked();
    await p.next();
    await expect(p.panel.getByTestId('lesson-finished')).toBeVisible();
    await expect(p.panel.locator('progress')).toHaveAttribute('value', '7');
    // Back to the failure itself for the pictures: its check and answer still hold on the finished world.
    // (The pictures resize the page, and a narrow page reflows the terminal's wide tables, so they come last.)
    for (let i = 0; i < 4; i += 1) await p.panel.getByTestId('lesson-back').click();
    await expect(p.panel.getByTestId('lesson-step-stop')).toBeVisible();
    await p.expectChecked();
    await expect(p.panel.getByTestId('lesson-feedback')).toHaveClass('lesson-right');
    await p.screenshots(`lesson6-stop-${lang}`);
  });

  test(`lesson 7 (${lang}): the VXLAN hop of the learner's own ping, header by header`, async ({ page }) => {
    test.setTimeout(180_000);
    const p = new LessonPage(page);
    const s = new StepperPanel(page);
    await p.openLesson('vxlan-microscope', lang);
    await expect(p.panel.locator('h2')).toContainText(lang === 'en' ? 'VXLAN under the microscope' : 'VXLAN 자세히 들여다보기');
    for (let i = 0; i < 2; i += 1) {
      await p.runStepCommands();
      await p.expectChecked();
      await p.next();
    }

    await expect(p.panel.getByTestId('lesson-command')).toHaveText('ping -c 1 10.0.1.3');
    await p.runStepCommands();
    await p.expectChecked();
    await p.next();

    // Not yet on the VXLAN hop: the check waits; the learner steps there.
    await expect(p.panel.getByTestId('lesson-check')).toHaveAttribute('data-done', 'false');
    await stepToAction(s, words[lang].encap);
    await p.expectChecked();
    await p.answer('10.0.1.3');
    await expect(p.panel.getByTestId('lesson-feedback')).toHaveClass('lesson-wrong');
    await p.answer('192.168.99.101');
    await expect(p.panel.getByTestId('lesson-feedback')).toContainText('192.168.99.100');
    await p.next();

    await p.expectChecked();
    await p.answer('4789');
    await expect(p.panel.getByTestId('lesson-feedback')).toHaveClass('lesson-right');
    await p.next();

    await p.answer('4097');
    await expect(p.panel.getByTestId('lesson-feedback')).toContainText('VNI 4097');
    await p.next();

    await p.answer('50');
    await expect(p.panel.getByTestId('lesson-feedback')).toContainText(lang === 'en' ? 'from 98 to 148 bytes' : '98바이트에서 148바이트');
    await p.screenshots(`lesson7-vxlan-hop-${lang}`);
    await p.next();

    await expect(p.panel.getByTestId('lesson-command').first()).toHaveText('ping -c 1 -M do -s 1423 10.0.1.3');
    await p.runStepCommands();
    await expect(p.terminal).toContainText('ping: local error: message too long, mtu=1450');
    await p.expectChecked();
    await p.answer('1422');
    await expect(p.panel.getByTestId('lesson-feedback')).toHaveClass('lesson-right');
    await p.next();

    await p.runStepCommands();
    await p.expectChecked();
    await p.next();

    await p.runStepCommands();
    await stepToAction(s, words[lang].esp);
    await p.expectChecked();
    await p.answer('1424');
    await expect(p.panel.getByTestId('lesson-feedback')).toContainText(lang === 'en' ? 'ESP adds 26 more bytes' : 'ESP가 26바이트');
    await p.screenshots(`lesson7-esp-${lang}`);
    await p.next();
    await expect(p.panel.getByTestId('lesson-finished')).toBeVisible();
    await expect(p.panel.locator('progress')).toHaveAttribute('value', '10');
  });
}
