/**
 * The counter alerts' vocabulary, in a module of its own (no imports): the
 * record service and the GraphQL types both read it, and each imports the
 * other, so neither may hold it (whichever loaded first would see it
 * uninitialised).
 */

/** Which run a counter alert is about: the outcome it leads to comes with the run's threshold. */
export const ALERT_COUNTERS = ['CONSECUTIVE_EXCELLENT', 'CONSECUTIVE_BASICALLY_COMPETENT', 'CONSECUTIVE_INCOMPETENT'] as const;
export type AlertCounter = (typeof ALERT_COUNTERS)[number];
/** REACHED: the latest result completes the run (merit, adjustment, dismissal); NEXT_YEAR: one more such year would. */
export const ALERT_STAGES = ['REACHED', 'NEXT_YEAR'] as const;
export type AlertStage = (typeof ALERT_STAGES)[number];
