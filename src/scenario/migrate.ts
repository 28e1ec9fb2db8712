import { quote } from './scenarioFields';

/** One step up: a version-N scenario object to version N+1. */
type Migration = (v: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/**
 * Every migration, by the version it reads. Version 1 had no `log` or `view`: its `commands` stay the
 * scenario's setup, and the session starts at the end of them.
 */
const migrations: ReadonlyMap<number, Migration> = new Map([[1, (v) => ({ ...v, version: 2 })]]);

/**
 * Brings a parsed scenario object up to version `latest`, or says in one line why it cannot: a version
 * this playground does not know, or one made by a newer playground.
 */
export function migrateScenario(value: Readonly<Record<string, unknown>>, latest: number): Record<string, unknown> | string {
  let v: Record<string, unknown> = { ...value };
  const from = v.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    return `scenario: unsupported version ${quote(from)} (this playground reads versions 1 to ${latest})`;
  }
  if (from > latest) return `scenario: version ${from} was made by a newer playground (this one reads versions 1 to ${latest})`;
  while ((v.version as number) < latest) {
    const step = migrations.get(v.version as number);
    if (!step) return `scenario: no migration from version ${String(v.version)}`;
    v = step(v);
  }
  return v;
}
