import type { LessonView } from '../lesson';
import { allHops } from './traceFacts';

const addresses = (answers: string | number | undefined) => String(answers ?? '').split(/[ ,]+/).filter((a) => a !== '');

/**
 * The addresses in the latest answer with addresses that the embedded DNS server gave for `name`, or null.
 * (nslookup asks for AAAA records too; those answers are empty for Docker names and are skipped.)
 */
export function latestAnswer(v: LessonView, name: string): string[] | null {
  const answers = allHops(v)
    .filter((h) => h.action === 'dns-answer' && String(h.why.params.name ?? '').replace(/\.$/, '') === name)
    .map((h) => addresses(h.why.params.answers))
    .filter((a) => a.length > 0);
  return answers[answers.length - 1] ?? null;
}

/** Whether the latest answer for `name` holds exactly these addresses, in any order. */
export function answeredExactly(v: LessonView, name: string, ips: readonly string[]): boolean {
  const got = latestAnswer(v, name);
  return got !== null && ips.length > 0 && got.length === ips.length && ips.every((ip) => got.includes(ip));
}
