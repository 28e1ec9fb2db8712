import type { terminalEn } from '../en/terminal';

/** Korean words of the terminal's tabs and splitter (spread into `ko`). */
export const terminalKo: Readonly<Record<keyof typeof terminalEn, string>> = {
  'terminal.tabs': '터미널 세션',
  'terminal.tabLaptop': '노트북',
  'terminal.newTab': '노트북에서 새 터미널 탭 열기',
  'terminal.closeTab': '{name} 탭 닫기',
  'terminal.resize': '터미널 높이 (화살표 키로 조절)',
  'terminal.keys': 'Tab은 자동 완성, Shift+Tab 또는 Escape 다음 Tab은 터미널 밖으로 이동, Ctrl+Shift+C는 선택한 글자 복사. 탭에서는 화살표 키로 탭 전환, Enter로 터미널로 이동, Delete로 탭 닫기.',
};
