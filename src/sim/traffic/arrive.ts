import { findImage } from '../images';
import { findMachine } from '../lookup';
import type { Container, World } from '../world';
import type { FlowSpec, Verdict } from './plan';
import { hostPlace } from './places';
import type { Place } from './trace';
import { step, type Step } from './step';
import { US } from './timing';

/** Does a container's application listen on this TCP port? */
export function listens(c: Container | null, port: number): boolean {
  if (!c || c.state !== 'running') return false;
  return findImage(c.image)?.serves?.port === port;
}

export function machineUp(world: World, machine: string): boolean {
  return findMachine(world, machine)?.state === 'Running';
}

/** The last hop of a request at its destination, and what the destination does with it. */
export function arrive(at: Place, c: Container | null, flow: FlowSpec, port: number): { step: Step; verdict: Verdict } {
  if (flow.proto === 'icmp') return { step: step(at, 'deliver', 'hop.deliver-icmp', { dst: flow.dst }, '', US.veth + US.kernel), verdict: 'answered' };
  if (flow.proto === 'tcp' && !listens(c, port)) {
    return { step: step(at, 'deliver', 'hop.tcp-refused', { port }, '', US.veth + US.kernel), verdict: 'refused' };
  }
  return { step: step(at, 'deliver', 'hop.deliver-app', { port }, '', US.veth + US.app), verdict: 'answered' };
}

/** The hop where a request dies because the destination machine is down. */
export function nodeDown(machine: string, dst: string): Step {
  return step(hostPlace(machine, 'eth1'), 'drop', 'drop.node-down', { machine, dst });
}
