import { describe, expect, it } from 'vitest';
import { koreanReading, readNumber } from './koreanReading';
import { fillParticles, particle, type ParticlePair } from './particles';
import { format, t } from './t';

/** The particles a word takes, in the order 이/가, 을/를, 은/는, 와/과, 으로/로, 이에요/예요. */
const all = (word: string) => (['이/가', '을/를', '은/는', '와/과', '으로/로', '이에요/예요'] as ParticlePair[]).map((p) => particle(word, p)).join(' ');

describe('particle', () => {
  it('follows a Hangul word: consonant, vowel, ㄹ', () => {
    expect(all('노드')).toBe('가 를 는 와 로 예요');
    expect(all('서비스')).toBe('가 를 는 와 로 예요');
    expect(all('컨테이너')).toBe('가 를 는 와 로 예요');
    expect(all('태스크')).toBe('가 를 는 와 로 예요');
    expect(all('네트워크')).toBe('가 를 는 와 로 예요');
    expect(all('인그레스 샌드박스')).toBe('가 를 는 와 로 예요');
    expect(all('망')).toBe('이 을 은 과 으로 이에요');
    expect(all('규칙')).toBe('이 을 은 과 으로 이에요');
    expect(all('터널')).toBe('이 을 은 과 로 이에요');
  });

  it('reads digits as Korean numbers', () => {
    expect(all('10.0.0.5')).toBe('가 를 는 와 로 예요'); // 오
    expect(all('4098')).toBe('이 을 은 과 로 이에요'); // 사천구십팔: ㄹ takes 로
    expect(all('4096')).toBe('이 을 은 과 으로 이에요'); // 육
    expect(all('8080')).toBe('이 을 은 과 으로 이에요'); // 팔천팔십
    expect(all('10.0.1.2/24')).toBe('가 를 는 와 로 예요'); // 이십사
    expect(all('172.18.0.2:8080')).toBe('이 을 은 과 으로 이에요'); // 팔십
    expect(all('10.0.0.1')).toBe('이 을 은 과 로 이에요'); // 일
    expect(all('256')).toBe('이 을 은 과 으로 이에요'); // 육
    expect(all('100')).toBe('이 을 은 과 으로 이에요'); // 백
    expect(all('1450')).toBe('이 을 은 과 으로 이에요'); // 천사백오십
    expect(all('192.168.99.102')).toBe('가 를 는 와 로 예요'); // 이
    expect(all('10.0.0.3')).toBe('이 을 은 과 으로 이에요'); // 삼
  });

  it('reads Latin letters as Korean does: words, and acronyms by letter names', () => {
    expect(all('web')).toBe('이 을 은 과 으로 이에요'); // 웹
    expect(all('nginx')).toBe('가 를 는 와 로 예요'); // 엔진엑스
    expect(all('VIP')).toBe('가 를 는 와 로 예요'); // 브이아이피
    expect(all('DNS')).toBe('가 를 는 와 로 예요'); // 디엔에스
    expect(all('XML')).toBe('이 을 은 과 로 이에요'); // 엑스엠엘: ㄹ
    expect(all('PTR')).toBe('이 을 은 과 로 이에요'); // 피티알
    expect(all('VM')).toBe('이 을 은 과 으로 이에요'); // 브이엠
    expect(all('NXDOMAIN')).toBe('이 을 은 과 으로 이에요'); // 엔엑스도메인
    expect(all('NOERROR')).toBe('가 를 는 와 로 예요'); // 노에러
    expect(all('mynet')).toBe('이 을 은 과 으로 이에요'); // 마이넷
    expect(all('default')).toBe('가 를 는 와 로 예요'); // 디폴트
    expect(all('alpine')).toBe('이 을 은 과 으로 이에요'); // 알파인
    expect(all('swarm')).toBe('이 을 은 과 으로 이에요'); // 스웜
    expect(all('curl')).toBe('이 을 은 과 로 이에요'); // 컬
    expect(all('ping')).toBe('이 을 은 과 으로 이에요'); // 핑
    expect(all('myservice')).toBe('가 를 는 와 로 예요'); // 마이서비스
    expect(all('example.com')).toBe('이 을 은 과 으로 이에요'); // 닷컴
  });

  it('reads mixed words from their last part', () => {
    expect(all('lb-overnet')).toBe('이 을 은 과 으로 이에요'); // 오버넷
    expect(all('eth0')).toBe('이 을 은 과 으로 이에요'); // 영
    expect(all('eth1')).toBe('이 을 은 과 로 이에요'); // 일
    expect(all('default-2')).toBe('가 를 는 와 로 예요'); // 이
    expect(all('tasks.web')).toBe('이 을 은 과 으로 이에요');
    expect(all('ingress-sbox')).toBe('가 를 는 와 로 예요'); // 에스박스
    expect(all('02:42:0a:00:00:06')).toBe('이 을 은 과 으로 이에요'); // 육
    expect(all('web.1.x2m5k')).toBe('가 를 는 와 로 예요'); // 케이
  });

  it('takes the vowel form when nothing is readable', () => {
    expect(particle('', '이/가')).toBe('가');
    expect(particle('—', '을/를')).toBe('를');
  });
});

describe('koreanReading', () => {
  it('names the syllable a word ends in', () => {
    expect(['10.0.0.5', '4098', 'web', 'eth0', 'nginx', 'VIP', 'DNS', '노드'].map(koreanReading)).toEqual(['오', '팔', '웹', '영', '엔진엑스', '피', '에스', '노드']);
    expect(['0', '007', '10', '1000', '20000', '300000000'].map(readNumber)).toEqual(['영', '칠', '십', '천', '만', '억']);
  });
});

describe('fillParticles and format', () => {
  it('puts the right particle after each marked placeholder', () => {
    expect(fillParticles('{src}{이/가} {dst}{으로/로} 보냅니다', { src: 'web', dst: '10.0.0.5' })).toBe('web이 10.0.0.5로 보냅니다');
    expect(format('{src}{이/가} {dst}{으로/로} 보냅니다', { src: 'c1', dst: '4098' }, 'ko')).toBe('c1이 4098로 보냅니다');
    expect(format('{a}{와/과} {b}{을/를}', { a: 'VIP', b: 'eth0' }, 'ko')).toBe('VIP와 eth0을');
  });

  it('leaves an unknown pair or a missing parameter as written', () => {
    expect(format('{a}{x/y}', { a: 'web' }, 'ko')).toBe('web{x/y}');
    expect(format('{a}{이/가}', {}, 'ko')).toBe('{a}{이/가}');
  });

  it('is used by t for Korean', () => {
    expect(t('ko', 'table.select', { name: 'web' })).toMatch(/^web을 /);
    expect(t('ko', 'table.select', { name: 'nginx' })).toMatch(/^nginx를 /);
  });
});
