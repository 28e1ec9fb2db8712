import { format, type Locale } from '../i18n/t';
import type { Facts, Lesson } from './lesson';
import { failure } from './failure';
import { overlayDiscovery } from './overlayDiscovery';
import { routingMesh } from './routingMesh';
import { vipDnsrr } from './vipDnsrr';
import { vxlanMicroscope } from './vxlanMicroscope';
import { wayOut } from './wayOut';
import { workersView } from './workersView';

/** Every lesson, in the order a learner takes them. */
export const lessons: readonly Lesson[] = [overlayDiscovery, vipDnsrr, routingMesh, wayOut, workersView, failure, vxlanMicroscope];

export function findLesson(id: string): Lesson | undefined {
  return lessons.find((l) => l.id === id);
}

/** A lesson's words for `key` in a locale, filled with facts; '' when the lesson has no such text. */
export function lessonText(lesson: Lesson, locale: Locale, key: string, facts: Facts = {}): string {
  const template = lesson.texts[locale].get(key);
  return template === undefined ? '' : format(template, facts, locale);
}
