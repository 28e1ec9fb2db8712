import type { CliStyle } from '../cli/commandSpec';
import { profiles, type ProfileName } from '../../sim/profile';

/** The docker/cli wording generation of an engine profile: 17.10's CLI ('legacy') or today's ('modern'). */
export const cliStyleOf = (profile: ProfileName): CliStyle => profiles[profile].cli;
