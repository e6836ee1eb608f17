import { InjectionToken } from '@angular/core';

/**
 * What the routing of a linear wizard needs from its store (STYLE.md rule 10): each step is one
 * child route of the wizard's shell, and only the first step not complete yet may be opened.
 * A wizard's store provides itself under {@link WIZARD} on the shell route.
 */
export interface Wizard {
  /**
   * Settles once the store knows where the flow stands: at once when it does, after asking the
   * server when the page was just loaded (a refresh, a bookmark). Never rejects.
   */
  resume(): Promise<void>;
  /** The path of the step to do now, or null when the flow could not be resumed at all. */
  firstIncompleteStep(): string | null;
  /** Whether `step` may be shown now. */
  canOpen(step: string): boolean;
}

/** The store of the wizard whose shell route is being activated. */
export const WIZARD = new InjectionToken<Wizard>('WIZARD');
