const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** go-units HumanDuration for a duration in milliseconds, e.g. 25_000 -> "25 seconds", 90 min -> "2 hours". */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / SECOND);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  // Go's d.Round(time.Hour): halfway rounds away from zero.
  const hours = Math.round(ms / HOUR);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(ms / HOUR) / 24 / 365)} years`;
}

/** `docker ps` CREATED: "29 seconds ago", "About a minute ago". */
export function createdAgo(ms: number): string {
  return `${humanDuration(ms)} ago`;
}

/** `docker ps` STATUS of a running container: "Up 29 seconds". */
export function upFor(ms: number): string {
  return `Up ${humanDuration(ms)}`;
}

/** `docker ps -a` STATUS of a stopped container: "Exited (137) 5 minutes ago". */
export function exitedAgo(exitCode: number, ms: number): string {
  return `Exited (${exitCode}) ${humanDuration(ms)} ago`;
}

/** docker/cli's PrettyPrint of a state name: first letter upper case, the rest lower case ("running" -> "Running"). */
export function prettyState(state: string): string {
  return state.charAt(0).toUpperCase() + state.slice(1).toLowerCase();
}

/** `docker service ps` CURRENT STATE: "Running 25 seconds ago", "Running about a minute ago" (lower-cased duration). */
export function taskStateAgo(state: string, ms: number): string {
  return `${prettyState(state)} ${humanDuration(ms).toLowerCase()} ago`;
}
