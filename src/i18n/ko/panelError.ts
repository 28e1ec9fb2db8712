import type { panelErrorEn } from '../en/panelError';

/** 멈춘 패널의 한국어 문구 (`ko`에 펼쳐 넣음). */
export const panelErrorKo: Readonly<Record<keyof typeof panelErrorEn, string>> = {
  'panelError.title': '{panel}에서 오류가 났습니다',
  'panelError.body': '페이지의 다른 부분은 그대로 쓸 수 있습니다. 보고서를 복사해 알려 주시거나 패널을 다시 열어 보세요.',
  'panelError.copy': '보고서 복사',
  'panelError.copied': '보고서를 복사했습니다',
  'panelError.copyFailed': '복사하지 못했습니다. 아래 보고서를 직접 선택하세요',
  'panelError.retry': '다시 시도',
  'panelError.side': '사이드 패널',
  'panelError.inspector': '인스펙터',
  'panelError.stepper': '스테퍼',
  'panelError.hop': '홉 인스펙터',
  'panelError.canvas': '지도',
  'panelError.terminal': '터미널',
};
