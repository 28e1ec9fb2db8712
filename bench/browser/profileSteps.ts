/**
 * Where the time of a stepper step goes on big-50: a CPU profile of 60 steps, summed by function
 * (self time), printed. Run: npx tsx bench/browser/profileSteps.ts [--no-build]
 */
import { openBig50Trace } from './big50Trace';
import { build, launch, serve, stop } from './server';
import { stepWithArrows } from './stepFrames';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

if (!process.argv.includes('--no-build')) build();
const server = await serve();
const browser = await launch();
try {
  const { context, page } = await openBig50Trace(browser);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await stepWithArrows(page, 60);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    if (!n) return;
    const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
} finally {
  await browser.close();
  stop(server);
}
