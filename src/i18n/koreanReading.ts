/**
 * How a Korean speaker reads the end of a word, as Hangul, so that a particle can follow it:
 * `10.0.0.5` ends in 오, `4098` in 팔 (사천구십팔), `eth0` in 영, `DNS` in 에스 (letter names),
 * `nginx` in 엔진엑스, `lb-overnet` in 넷. Only the last syllable matters to the particle.
 */

const DIGITS = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'] as const;
/** The unit a number ends in after n trailing zeros (10 십, 100 백, 1000 천, 10^4..10^7 만, 10^8.. 억, 10^12.. 조). */
const UNITS = ['', '십', '백', '천', '만', '만', '만', '만', '억', '억', '억', '억', '조'] as const;

/** Korean names of the Latin letters (L 엘, M 엠, N 엔, R 알 end in a consonant; the rest in a vowel). */
const LETTERS: Readonly<Record<string, string>> = {
  a: '에이', b: '비', c: '씨', d: '디', e: '이', f: '에프', g: '지', h: '에이치', i: '아이', j: '제이', k: '케이', l: '엘', m: '엠',
  n: '엔', o: '오', p: '피', q: '큐', r: '알', s: '에스', t: '티', u: '유', v: '브이', w: '더블유', x: '엑스', y: '와이', z: '지',
};

/** Words the playground prints whose Korean reading the spelling rules below would get wrong, matched as a word's ending. */
const WORDS = new Map<string, string>([
  ['web', '웹'], ['nginx', '엔진엑스'], ['net', '넷'], ['type', '타입'], ['group', '그룹'], ['hub', '허브'], ['ubuntu', '우분투'],
  ['whoami', '후아미'], ['traefik', '트래픽'], ['laptop', '랩톱'], ['docker', '도커'], ['internet', '인터넷'], ['vxlan', '브이엑스랜'],
  ['gwbridge', '게이트웨이브리지'], ['sbox', '에스박스'], ['noerror', '노에러'], ['nxdomain', '엔엑스도메인'], ['servfail', '서브페일'],
  ['refused', '리퓨즈드'], ['masquerade', '마스커레이드'], ['ingress', '인그레스'], ['com', '컴'], ['mac', '맥'],
]);

const SPELLED = (letters: string) => LETTERS[letters.at(-1) ?? ''] ?? '';

/** A run of digits as Korean reads the number: '4098' -> '팔', '8080' -> '십', '0' -> '영'. */
export function readNumber(digits: string): string {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  if (/^0+$/.test(trimmed)) return '영';
  const zeros = trimmed.length - trimmed.replace(/0+$/, '').length;
  if (zeros === 0) return DIGITS[Number(trimmed.at(-1))] ?? '';
  return UNITS[Math.min(zeros, UNITS.length - 1)] ?? '';
}

const VOWELS = new Set('aeiouy');
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.has(c);

/**
 * An English word's final sound as Korean loanwords write it: a representative syllable with the same
 * kind of ending (none: 가, ㄹ: 알, another consonant: 안). Short vowel + t/k/p/b closes the syllable
 * (net 넷, stack 스택, map 맵); s, x, d, g, f, v, r, and t/k/p after a consonant or a long vowel add 으
 * (host 호스트, nginx 엔진엑스, pod 파드, server 서버).
 */
function englishEnding(w: string): string {
  const last = w.at(-1) ?? '';
  const prev = w.at(-2);
  const prev2 = w.at(-3);
  if (last === 'l') return '알';
  if (last === 'm' || last === 'n') return '안';
  if (last === 'e') {
    if (prev === 'l') return '알';
    if (prev === 'm' || prev === 'n') return '안';
    return '가';
  }
  if ('tkpb'.includes(last) && isVowel(prev) && prev !== 'y' && !isVowel(prev2)) return '안';
  if (last === 'k' && prev === 'c') return '안';
  if (last === 'g' && prev === 'n') return '안';
  return '가';
}

/** The last syllable Korean reads at the end of `word` (a Hangul string, '' when nothing is readable). */
export function koreanReading(word: string): string {
  const runs = word.match(/[가-힣]+|[0-9]+|[A-Za-z]+/g);
  const run = runs?.at(-1);
  if (!run) return '';
  if (/^[가-힣]/.test(run)) return run;
  if (/^[0-9]/.test(run)) return readNumber(run);
  const lower = run.toLowerCase();
  for (const [spelling, reading] of WORDS) if (lower.endsWith(spelling)) return reading;
  const acronym = run === run.toUpperCase() || lower.length <= 2 || ![...lower].some(isVowel);
  return acronym ? SPELLED(lower) : englishEnding(lower);
}
