import { sessionEn } from '../i18n/en/session';
import { sessionKo } from '../i18n/ko/session';

/**
 * The click-to-load preview of an embed: a still picture and a play button, with none of the playground's
 * code; the click opens the playground itself with the same options and session.
 */
const q = new URLSearchParams(window.location.search);
const words = q.get('lang') === 'ko' ? sessionKo : sessionEn;
if (q.get('theme') === 'dark' || q.get('theme') === 'light') document.documentElement.dataset.theme = q.get('theme') ?? '';
document.documentElement.lang = q.get('lang') === 'ko' ? 'ko' : 'en';

const play = document.getElementById('play') as HTMLButtonElement;
const note = document.getElementById('note') as HTMLParagraphElement;
play.textContent = `▶ ${words['preview.play']}`;
note.textContent = words['preview.note'];
const scenario = q.get('scenario');
if (scenario) (document.getElementById('scenario') as HTMLElement).textContent = scenario;
play.addEventListener('click', () => {
  window.location.replace(`./${window.location.search}${window.location.hash}`);
});
