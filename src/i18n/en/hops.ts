/**
 * English wording of the traffic engine's explanation keys (src/sim/traffic), `{param}` placeholders filled
 * from the hop's params. Used by the capture export and the stepper.
 */
export const hopsEn: Readonly<Record<string, string>> = {
  'hop.send': '{src} sends a {proto} packet to {dst}',
  'hop.reply': '{src} answers {dst}',
  'hop.bridge': '{bridge} forwards the frame to the port that has {mac}',
  'hop.bridge-to-vxlan': '{bridge}: {mac} is behind vxlan0 (a static FDB entry learned by gossip)',
  'hop.vxlan-encap': 'vxlan0 wraps the frame in VXLAN, VNI {vni}, UDP from {src} to {dst}:4789',
  'hop.esp-encrypt': 'encrypted overlay: the VXLAN datagram is sealed in ESP (SPI {spi}) from {src} to {dst}',
  'hop.underlay': 'crosses the underlay from {src} to {dst}',
  'hop.internet': 'crosses the internet from {src} to {dst}',
  'hop.esp-decrypt': 'the ESP packet from {src} is opened',
  'hop.vxlan-decap': 'vxlan0 removes the VXLAN header (VNI {vni})',
  'hop.deliver-icmp': '{dst} answers the echo request',
  'hop.deliver-app': 'the application listening on port {port} receives the request',
  'hop.deliver-reply': 'the answer reaches {dst}',
  'hop.tcp-refused': 'nothing listens on port {port}: the kernel answers with a TCP reset',
  'hop.vip-local': 'the VIP {vip} is a local address here: ICMP is answered without IPVS',
  'hop.ipvs-schedule': 'mangle marks packets to {vip} with {fwmark}; IPVS round robin picks {real}',
  'hop.snat': 'after IPVS, the source {src} is rewritten to {to}',
  'hop.ipvs-unnat': 'the reply from {src} is un-NATed: source back to {vip}, destination {dst}',
  'hop.ingress-dnat': 'DOCKER-INGRESS sends port {port} to the ingress sandbox at {to}',
  'hop.host-port-dnat': 'host-mode port {port} goes to the local task at {to}',
  'hop.undnat': 'the reply leaves with the node address {src} again',
  'hop.redirect': 'inside the task, port {port} is redirected to {to}',
  'hop.host-forward': 'the node routes the packet from {bridge} towards {dst}',
  'hop.masquerade': 'MASQUERADE: source {src} becomes the node address {to}',
  'hop.unmasquerade': 'connection tracking restores the destination {dst}',
  'hop.dns-query': 'asks {server} for {name} ({qtype}); iptables sends it to the embedded server',
  'hop.dns-forward': '{name} is not a Docker name: forwarded to {upstream}',
  'hop.dns-forward-elsewhere': '{name} is a Docker name only on {networks}, a network this container is not on, so the embedded server does not know it here: forwarded to {upstream}',
  'hop.dns-answer': 'the embedded DNS server answers {rcode}: {answers}',
  'hop.dns-reply': 'the answer for {name} comes back: {rcode} {answers}',
  'drop.node-down': '{machine} is down: nobody receives the packet for {dst}',
  'drop.no-backend': 'no task serves {vip} (fwmark {fwmark}): IPVS has no real server',
  'drop.no-neighbour': 'no endpoint has {dst}: nobody answers ARP',
  'drop.no-answer': 'nothing answers {dst}',
  'drop.dns-no-reply': 'the question for {name} gets no reply',
  'summary.icmp-request': 'ICMP echo request {src} -> {dst}',
  'summary.icmp-reply': 'ICMP echo reply {src} -> {dst}',
  'summary.tcp-request': 'TCP SYN {src} -> {dst}',
  'summary.tcp-reply': 'TCP answer {src} -> {dst}',
  'summary.http-request': 'HTTP GET {src} -> {dst}',
  'summary.http-reply': 'HTTP response {src} -> {dst}',
  'summary.udp-request': 'UDP {src} -> {dst}',
  'summary.udp-reply': 'UDP {src} -> {dst}',
  'summary.dns-query': 'DNS query {name} {qtype}',
  'summary.dns-reply': 'DNS reply {name} {rcode}',
};

/** An explanation in English, e.g. for a pcapng packet comment. */
export function describeHop(e: { readonly key: string; readonly params: Readonly<Record<string, string | number>> }): string {
  const template = hopsEn[e.key] ?? e.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in e.params ? String(e.params[name]) : whole));
}
