import { describe, expect, it } from 'vitest';
import { markerElement } from './PacketMarkerPlace';

describe('markerElement', () => {
  const drawnIn = (...ids: string[]) => (id: string) => ids.includes(id);

  it('keeps an element that is drawn', () => {
    expect(markerElement('ns:default:n1', drawnIn('ns:default:n1', 'network:n1'))).toBe('ns:default:n1');
    expect(markerElement('container:abc', drawnIn('container:abc'))).toBe('container:abc');
  });

  it('falls back from a namespace to its network, then its machine; from a sandbox to its machine', () => {
    expect(markerElement('ns:default:n1', drawnIn('network:n1', 'host:default'))).toBe('network:n1');
    expect(markerElement('ns:default:n1', drawnIn('host:default'))).toBe('host:default');
    expect(markerElement('lb:default-2:n1', drawnIn('host:default-2'))).toBe('host:default-2');
    expect(markerElement('sbox:default-3', drawnIn('host:default-3'))).toBe('host:default-3');
  });

  it('gives up on a container that is not drawn, and on ids it does not know', () => {
    expect(markerElement('container:abc', drawnIn('host:default'))).toBeNull();
    expect(markerElement('edge:x', drawnIn('edge:x'.slice(1)))).toBeNull();
  });
});
