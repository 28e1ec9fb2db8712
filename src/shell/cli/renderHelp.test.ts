import { describe, expect, it } from 'vitest';
import { network, networkCreate } from './fixtures';
import { renderHelp } from './renderHelp';

// Expected texts are built from docker/cli v29 cli/cobra.go usageTemplate and pflag v1.0.10 FlagUsagesWrapped
// at an 80-column terminal (wrapped at 79): usage column = longest flag column (27) + 3 = 30, wrapped lines indented 30.
const NETWORK_CREATE_29 = `Usage:  docker network create [OPTIONS] NETWORK

Create a network

Options:
      --attachable            Enable manual container attachment
      --aux-address map       Auxiliary IPv4 or IPv6 addresses used by
                              Network driver (default map[])
      --config-from string    The network from which to copy the configuration
      --config-only           Create a configuration only network
  -d, --driver string         Driver to manage the Network (default "bridge")
      --gateway ipSlice       IPv4 or IPv6 Gateway for the master subnet
                              (default [])
      --ingress               Create swarm routing-mesh network
      --internal              Restrict external access to the network
      --ip-range ipNetSlice   Allocate container ip from a sub-range
                              (default [])
      --ipam-driver string    IP Address Management Driver (default "default")
      --ipam-opt map          Set IPAM driver specific options (default map[])
      --ipv4                  Enable or disable IPv4 address assignment
                              (default true)
      --ipv6                  Enable or disable IPv6 address assignment
      --label list            Set metadata on a network
  -o, --opt map               Set driver specific options (default map[])
      --scope string          Control the network's scope
      --subnet strings        Subnet in CIDR format that represents a
                              network segment
`;

describe('renderHelp', () => {
  it('renders a leaf command like docker 29', () => {
    expect(renderHelp(networkCreate)).toBe(NETWORK_CREATE_29);
  });

  it('does not wrap on a wide terminal', () => {
    const wide = renderHelp(networkCreate, { cols: 200 });
    expect(wide).toContain('\n      --aux-address map       Auxiliary IPv4 or IPv6 addresses used by Network driver (default map[])\n');
    expect(wide).toContain('\n      --subnet strings        Subnet in CIDR format that represents a network segment\n');
  });

  it('renders a management command with aliases sorted commands', () => {
    expect(renderHelp(network)).toBe(`Usage:  docker network COMMAND

Manage networks

Commands:
  connect     Connect a container to a network
  create      Create a network
  disconnect  Disconnect a container from a network
  inspect     Display detailed information on one or more networks
  ls          List networks
  prune       Remove all unused networks
  rm          Remove one or more networks

Run 'docker network COMMAND --help' for more information on a command.
`);
  });

  it('lists aliases in both styles', () => {
    const ls = network.commands?.find((c) => c.use.startsWith('ls')) ?? network;
    expect(renderHelp(ls)).toBe('Usage:  docker network ls [OPTIONS]\n\nList networks\n\nAliases:\n  docker network ls, docker network list\n');
    expect(renderHelp(ls, { style: 'legacy' })).toBe('Usage:\tdocker network ls [OPTIONS]\n\nList networks\n\nAliases:\n  ls, list\n\nOptions:\n      --help   Print usage\n');
  });

  it('renders 17.10 help with a tab and the visible --help flag', () => {
    expect(renderHelp(network, { style: 'legacy' })).toBe(`Usage:\tdocker network COMMAND

Manage networks

Options:
      --help   Print usage

Commands:
  connect     Connect a container to a network
  create      Create a network
  disconnect  Disconnect a container from a network
  inspect     Display detailed information on one or more networks
  ls          List networks
  prune       Remove all unused networks
  rm          Remove one or more networks

Run 'docker network COMMAND --help' for more information on a command.
`);
  });
});
