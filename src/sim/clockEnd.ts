import { utcMs } from './calendar';

/**
 * The last moment the simulated clock may show: Docker and Go print four-digit years, and JavaScript
 * dates end not far beyond (year 275760). Commands that let time pass stop short of it.
 */
export const CLOCK_END = utcMs(9999, 11, 31, 23, 59, 59);
