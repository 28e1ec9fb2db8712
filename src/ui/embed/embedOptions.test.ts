import { describe, expect, it } from 'vitest';
import { embedOptions, parseOrigin } from './embedOptions';

describe('embed options', () => {
  it('is null outside an embed; defaults to a split view', () => {
    expect(embedOptions('?scenario=seed-2017')).toBeNull();
    expect(embedOptions('?embed=1')).toEqual({ view: 'split', theme: 'auto', readonly: false, autoplay: false, origin: null });
  });

  it('reads every option, ignoring values it does not know', () => {
    expect(embedOptions('?embed=1&view=stepper&theme=dark&readonly=1&autoplay=true&origin=https://blog.example.org')).toEqual({
      view: 'stepper', theme: 'dark', readonly: true, autoplay: true, origin: 'https://blog.example.org',
    });
    expect(embedOptions('?embed=true&view=<script>&theme=purple&readonly=0')).toMatchObject({ view: 'split', theme: 'auto', readonly: false });
  });

  it('takes only a real origin for postMessage', () => {
    expect([parseOrigin('https://a.example:8443'), parseOrigin('*'), parseOrigin('https://a.example/post'), parseOrigin('javascript:alert(1)'), parseOrigin(null)]).toEqual(['https://a.example:8443', null, null, null, null]);
  });
});
