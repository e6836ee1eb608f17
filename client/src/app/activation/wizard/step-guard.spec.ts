import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { stepGuard } from './step-guard';
import { WIZARD, type Wizard } from './wizard';
import { resumeWizard } from './wizard-resolver';

@Component({
  selector: 'app-test-step',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TestStep {}

/** A linear three-step wizard whose completed steps may be opened again. */
class FakeWizard implements Wizard {
  done = 0;
  resumes = 0;
  unavailable = false;
  private readonly steps = ['one', 'two', 'three'];

  resume(): Promise<void> {
    this.resumes++;
    return Promise.resolve();
  }

  firstIncompleteStep(): string | null {
    return this.unavailable ? null : this.steps[this.done];
  }

  canOpen(step: string): boolean {
    return !this.unavailable && this.steps.indexOf(step) <= this.done;
  }
}

describe(stepGuard.name, () => {
  let wizard: FakeWizard;

  beforeEach(() => {
    wizard = new FakeWizard();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          {
            path: 'w/:workspace/wizard',
            providers: [{ provide: WIZARD, useValue: wizard }],
            resolve: { resumed: resumeWizard },
            children: [
              { path: '', pathMatch: 'full', canActivate: [stepGuard()], component: TestStep },
              ...['one', 'two', 'three'].map((step) => ({
                path: step,
                canActivate: [stepGuard(step)],
                component: TestStep,
              })),
            ],
          },
        ]),
      ],
    });
  });

  const visit = async (url: string) => {
    const router = TestBed.inject(Router);
    await router.navigateByUrl(url);
    return router.url;
  };

  it('opens the first incomplete step', async () => {
    wizard.done = 1;

    await expect(visit('/w/demo/wizard/two')).resolves.toBe('/w/demo/wizard/two');
  });

  it('sends a step asked for too early to the first incomplete step, in the same wizard', async () => {
    wizard.done = 1;

    await expect(visit('/w/demo/wizard/three')).resolves.toBe('/w/demo/wizard/two');
  });

  it('lets the wizard say whether a completed step may open again', async () => {
    wizard.done = 2;

    await expect(visit('/w/demo/wizard/one')).resolves.toBe('/w/demo/wizard/one');
  });

  it('leads the bare address of the wizard to the step to do', async () => {
    await expect(visit('/w/demo/wizard')).resolves.toBe('/w/demo/wizard/one');
  });

  it('resumes the flow before deciding', async () => {
    await visit('/w/demo/wizard/one');

    expect(wizard.resumes).toBeGreaterThan(0);
  });

  it('shows the bare address when the flow could not be resumed at all', async () => {
    wizard.unavailable = true;

    await expect(visit('/w/demo/wizard/two')).resolves.toBe('/w/demo/wizard');
  });
});
