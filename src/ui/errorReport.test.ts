import { describe, expect, it } from 'vitest';
import { errorReport } from './errorReport';

describe('errorReport', () => {
  it('names the panel, scenario and engine, lists the commands and gives the error', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'x')");
    error.stack = "TypeError: Cannot read properties of undefined (reading 'x')\n    at Canvas (Canvas.tsx:10:3)";
    const text = errorReport({
      panel: 'canvas',
      scenario: 'seed-2017',
      engine: '17.10.0-ce',
      log: [
        { op: 'type', tab: 0, line: 'docker-machine ssh default' },
        { op: 'wait', ms: 2000 },
        { op: 'interrupt', tab: 0, typed: '' },
        { op: 'open' },
      ],
      error,
      componentStack: '\n    at Canvas\n    at ErrorBoundary',
    });
    expect(text).toBe(
      [
        'Swarm network playground: canvas failed',
        'scenario: seed-2017',
        'engine: Docker 17.10.0-ce',
        'commands (4):',
        '  [0] $ docker-machine ssh default',
        '  wait 2000 ms',
        '  [0] ^C',
        '  open',
        'error:',
        "TypeError: Cannot read properties of undefined (reading 'x')",
        '    at Canvas (Canvas.tsx:10:3)',
        'component stack:',
        'at Canvas',
        '    at ErrorBoundary',
        '',
      ].join('\n'),
    );
  });
  it('takes anything thrown', () => {
    expect(errorReport({ panel: 'terminal', scenario: 'three-node', engine: '29.1.0', log: [], error: 'plain string' })).toBe(
      'Swarm network playground: terminal failed\nscenario: three-node\nengine: Docker 29.1.0\ncommands (0):\nerror:\nplain string\n',
    );
  });
});
