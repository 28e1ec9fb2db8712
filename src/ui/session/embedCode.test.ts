import { describe, expect, it } from 'vitest';
import { elementCode, iframeCode } from './embedCode';

describe('embed code', () => {
  it('writes an iframe and an element for a session, with its options', () => {
    const base = 'https://me.github.io/swarm/';
    expect(iframeCode(base, 's=2.abc', { view: 'stepper', readonly: true, clickToLoad: false }, 'ko')).toBe(
      '<iframe src="https://me.github.io/swarm/?embed=1&amp;view=stepper&amp;lang=ko&amp;readonly=1#s=2.abc" width="720" height="480" style="border:0;max-width:100%" title="Docker Swarm network playground" loading="lazy" allow="clipboard-write; fullscreen"></iframe>',
    );
    expect(iframeCode(base, 's=2.abc', { view: 'split', readonly: false, clickToLoad: true }, 'en')).toContain('src="https://me.github.io/swarm/preview.html?embed=1&amp;view=split&amp;lang=en#s=2.abc"');
    expect(elementCode(base, 's=2.a"b', { view: 'split', readonly: false, clickToLoad: true }, 'en')).toBe(
      '<script type="module" src="https://me.github.io/swarm/swarm-playground.js"></script>\n<swarm-playground session="s=2.a&quot;b" view="split" lang="en" click-to-load height="480px"></swarm-playground>',
    );
  });
});
