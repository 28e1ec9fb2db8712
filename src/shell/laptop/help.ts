/** Product text of the laptop shell's `help`, by message key (English; other languages live in the i18n catalogs). */
export const laptopMessages = {
  'laptop.help': [
    'This is your own computer. From here:',
    '  docker-machine ls              list the virtual machines and their state',
    '  docker-machine ssh NODE        log into a node (also: ssh NODE, ssh docker@NODE)',
    '  docker-machine ip NODE         print a node\'s address',
    '  docker-machine stop|start NODE power a node off or on',
    '  ping ADDRESS, curl URL         reach the nodes from outside the cluster',
    'Inside a node, use docker; `exit` comes back here.',
  ].join('\n'),
} as const;
