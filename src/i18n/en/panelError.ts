/** English words of a panel that stopped working (spread into `en`). */
export const panelErrorEn = {
  'panelError.title': '{panel} stopped working',
  'panelError.body': 'The rest of the page still works. Copy the report to tell us what happened, or try the panel again.',
  'panelError.copy': 'Copy report',
  'panelError.copied': 'Report copied',
  'panelError.copyFailed': 'Could not copy: select the report below',
  'panelError.retry': 'Try again',
  'panelError.side': 'The side panel',
  'panelError.inspector': 'The inspector',
  'panelError.stepper': 'The stepper',
  'panelError.hop': 'The hop inspector',
  'panelError.canvas': 'The map',
  'panelError.terminal': 'The terminal',
};
