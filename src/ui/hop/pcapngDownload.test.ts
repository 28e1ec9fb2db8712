import { describe, expect, it } from 'vitest';
import { pcapngDownload, pcapngFileName } from './pcapngDownload';
import { routingMeshTraces } from './routingMeshTrace';

const latin1 = (b: Uint8Array) => new TextDecoder('latin1').decode(b);

describe('pcapngFileName', () => {
  it('turns the command into a safe file name', () => {
    expect(pcapngFileName('curl http://192.168.99.101:8080')).toBe('swarm-playground-curl-http-192.168.99.101-8080.pcapng');
    expect(pcapngFileName('ping -c 1 web')).toBe('swarm-playground-ping-c-1-web.pcapng');
    expect(pcapngFileName('//')).toBe('swarm-playground-trace.pcapng');
  });
});

describe('pcapngDownload', () => {
  const [trace] = routingMeshTraces();

  it('starts with a section header block, and comments hops in English or Korean', () => {
    const en = pcapngDownload(trace!, 'en');
    expect([...en.bytes.subarray(0, 4)]).toEqual([0x0a, 0x0d, 0x0d, 0x0a]);
    expect(en.name).toBe('swarm-playground-curl-http-192.168.99.101-8080.pcapng');
    expect(latin1(en.bytes)).toContain('DOCKER-INGRESS sends port 8080 to the ingress sandbox at 172.18.0.2');
    const ko = pcapngDownload(trace!, 'ko');
    const utf8 = new TextDecoder().decode(ko.bytes);
    expect(utf8).not.toContain('DOCKER-INGRESS sends port');
    expect(utf8).toContain('-A DOCKER-INGRESS -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.18.0.2:8080');
    expect(utf8).toMatch(/[\uac00-\ud7a3]/);
  });
});
