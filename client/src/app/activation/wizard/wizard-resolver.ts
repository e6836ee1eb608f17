import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { WIZARD } from './wizard';

/**
 * Resolver of a wizard's shell route: resumes the flow kept on the server after a refresh, before
 * the shell and its step show (IDV-7: back and refresh keep the flow). The step guards below it
 * wait for the same resume, since Angular runs guards before resolvers; each store resumes once
 * per visit of its wizard.
 */
export const resumeWizard: ResolveFn<boolean> = async () => {
  await inject(WIZARD).resume();
  return true;
};
