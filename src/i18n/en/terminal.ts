/** English words of the terminal's tabs and splitter (spread into `en`). */
export const terminalEn = {
  'terminal.tabs': 'Terminal sessions',
  'terminal.tabLaptop': 'laptop',
  'terminal.newTab': 'New terminal tab at the laptop',
  'terminal.closeTab': 'Close the {name} tab',
  'terminal.resize': 'Terminal height (arrow keys resize)',
  'terminal.keys': 'Tab completes, Shift+Tab or Escape then Tab leaves the terminal, Ctrl+Shift+C copies the selection. On a tab: arrow keys switch tabs, Enter goes to the terminal, Delete closes the tab.',
} as const;
