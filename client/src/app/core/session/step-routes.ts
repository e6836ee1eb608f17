import type { NextStep } from '@guichet/contracts';

/** The page of each step a signed-in user may have to go through first (AUTH-9). */
export const STEP_PATHS: Readonly<Record<NextStep, string>> = {
  home: '/home',
  'second-factor': '/second-factor',
  'legacy-migration': '/legacy-migration',
  'change-password': '/change-password',
};
