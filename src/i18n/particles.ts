import { josa } from 'es-hangul';
import { koreanReading } from './koreanReading';

/** The particle pairs a Korean template may mark after a placeholder: consonant form / vowel form, as es-hangul names them. */
export const PARTICLES = ['이/가', '을/를', '은/는', '와/과', '으로/로', '이에요/예요', '이나/나', '이라/라', '으로서/로서', '으로부터/로부터'] as const;
export type ParticlePair = (typeof PARTICLES)[number];

const isPair = (s: string): s is ParticlePair => (PARTICLES as readonly string[]).includes(s);

/**
 * The particle that follows `word`, chosen from how Korean reads the word's end:
 * particle('10.0.0.5', '이/가') -> '가', particle('4098', '으로/로') -> '로' (팔), particle('web', '을/를') -> '을' (웹).
 * A word with nothing readable takes the vowel form.
 */
export function particle(word: string, pair: ParticlePair): string {
  return josa.pick(koreanReading(word) || '가', pair);
}

/** `{name}{이/가}`: a placeholder followed by a particle pair (see src/i18n/t.ts). */
export const PARTICLE_MARK = /\{(\w+)\}\{([^{}]+\/[^{}]+)\}/g;

/** Fills each `{name}{X/Y}` of a Korean template with the parameter and the particle it takes; an unknown pair is left as written. */
export function fillParticles(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(PARTICLE_MARK, (whole, name: string, pair: string) => {
    if (!(name in params) || !isPair(pair)) return whole;
    const value = String(params[name]);
    return value + particle(value, pair);
  });
}
