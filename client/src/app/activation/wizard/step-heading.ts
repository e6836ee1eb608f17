import { Directive, ElementRef, afterNextRender, inject } from '@angular/core';

/**
 * The heading of a wizard step: focused when the step shows, so that keyboard and screen-reader
 * users start reading at the new step rather than wherever the previous button was.
 */
@Directive({
  selector: '[appStepHeading]',
  host: { tabindex: '-1', class: 'focus-target' },
})
export class StepHeading {
  constructor() {
    const element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    afterNextRender({ write: () => element.focus() });
  }
}
