import type { FlagSpec } from '../../cli/commandSpec';

const units = '(ns|us|ms|s|m|h)';

/**
 * The deploy flags of `service create` and `service update`, as docker/cli's addServiceFlags declares them:
 * for create, swarmkit's defaults are written into the usage text (flagDesc); the Go flag itself defaults to zero.
 */
export function deployFlags(verb: 'create' | 'update'): FlagSpec[] {
  const flags: FlagSpec[] = [
    { name: 'limit-cpu', type: 'string', valueName: 'decimal', usage: 'Limit CPUs' },
    { name: 'limit-memory', type: 'string', valueName: 'bytes', usage: 'Limit Memory' },
    { name: 'reserve-cpu', type: 'string', valueName: 'decimal', usage: 'Reserve CPUs' },
    { name: 'reserve-memory', type: 'string', valueName: 'bytes', usage: 'Reserve Memory' },
    { name: 'stop-grace-period', type: 'string', valueName: 'duration', usage: `Time to wait before force killing a container ${units} (default 10s)` },
    { name: 'restart-condition', type: 'string', usage: 'Restart when condition is met ("none"|"on-failure"|"any") (default "any")' },
    { name: 'restart-delay', type: 'string', valueName: 'duration', usage: `Delay between restart attempts ${units} (default 5s)` },
    { name: 'restart-max-attempts', type: 'string', valueName: 'uint', usage: 'Maximum number of restarts before giving up' },
    { name: 'restart-window', type: 'string', valueName: 'duration', usage: `Window used to evaluate the restart policy ${units}` },
    { name: 'update-parallelism', type: 'uint64', default: verb === 'create' ? 1 : 0, usage: 'Maximum number of tasks updated simultaneously (0 to update all at once)' },
    { name: 'update-delay', type: 'duration', usage: `Delay between updates ${units} (default 0s)` },
    { name: 'update-monitor', type: 'duration', usage: `Duration after each task update to monitor for failure ${units} (default 5s)` },
    { name: 'update-failure-action', type: 'string', usage: 'Action on update failure ("pause"|"continue"|"rollback") (default "pause")' },
    { name: 'update-max-failure-ratio', type: 'string', valueName: 'float', usage: 'Failure rate to tolerate during an update (default 0)' },
    { name: 'update-order', type: 'string', usage: 'Update order ("start-first"|"stop-first") (default "stop-first")' },
    { name: 'rollback-parallelism', type: 'uint64', default: verb === 'create' ? 1 : 0, usage: 'Maximum number of tasks rolled back simultaneously (0 to roll back all at once)' },
    { name: 'rollback-delay', type: 'duration', usage: `Delay between task rollbacks ${units} (default 0s)` },
    { name: 'rollback-monitor', type: 'duration', usage: `Duration after each task rollback to monitor for failure ${units} (default 5s)` },
    { name: 'rollback-failure-action', type: 'string', usage: 'Action on rollback failure ("pause"|"continue") (default "pause")' },
    { name: 'rollback-max-failure-ratio', type: 'string', valueName: 'float', usage: 'Failure rate to tolerate during a rollback (default 0)' },
    { name: 'rollback-order', type: 'string', usage: 'Rollback order ("start-first"|"stop-first") (default "stop-first")' },
  ];
  const prefs: FlagSpec[] = verb === 'create'
    ? [{ name: 'placement-pref', type: 'list', valueName: 'pref', usage: 'Add a placement preference' }]
    : [
        { name: 'placement-pref-add', type: 'list', valueName: 'pref', usage: 'Add a placement preference' },
        { name: 'placement-pref-rm', type: 'list', valueName: 'pref', usage: 'Remove a placement preference' },
      ];
  // `service update` passes no defaults to addServiceFlags: its usage texts name none.
  const used = verb === 'create' ? flags : flags.map((fl) => ({ ...fl, usage: fl.usage.replace(/ \(default [^)]*\)$/, '') }));
  return [...used, ...prefs];
}
