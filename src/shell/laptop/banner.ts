import { profiles, type ProfileName } from '../../sim/profile';

/** The whale and the boot2docker letters that boot2docker's motd prints on `docker-machine ssh`. */
const art: readonly string[] = [
  "                        ##         .",
  "                  ## ## ##        ==",
  "               ## ## ## ## ##    ===",
  "           /\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\\___/ ===",
  "      ~~~ {~~ ~~~~ ~~~ ~~~~ ~~~ ~ /  ===- ~~~",
  "           \\______ o           __/",
  "             \\    \\         __/",
  "              \\____\\_______/",
  " _                 _   ____     _            _",
  "| |__   ___   ___ | |_|___ \\ __| | ___   ___| | _____ _ __",
  "| '_ \\ / _ \\ / _ \\| __| __) / _` |/ _ \\ / __| |/ / _ \\ '__|",
  "| |_) | (_) | (_) | |_ / __/ (_| | (_) | (__|   <  __/ |",
  "|_.__/ \\___/ \\___/ \\__|_____\\__,_|\\___/ \\___|_|\\_\\___|_|",
];

/** The motd of a boot2docker VM: art, the Boot2Docker build line, the Docker version line (ends with a newline). */
export function boot2dockerBanner(profile: ProfileName): string {
  const p = profiles[profile];
  return [...art, p.boot2dockerBuild, `Docker version ${p.engineVersion}, build ${p.gitCommit}`].join('\n') + '\n';
}
