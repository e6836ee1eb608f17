import { HttpErrorResponse } from '@angular/common/http';
import { Injector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { CommonErrorCode, CrmErrorCode } from '@guichet/contracts';
import { Subject } from 'rxjs';
import { FormSubmission } from './form-submission';

describe(FormSubmission.name, () => {
  const form = () => new FormGroup({ email: new FormControl('', { nonNullable: true }) });
  const create = (group?: FormGroup) =>
    runInInjectionContext(TestBed.inject(Injector), () => new FormSubmission(group));
  const refusal = (status: number, body: unknown) => new HttpErrorResponse({ status, error: body });

  it('is pending until the server accepts, then hands over its answer', () => {
    const submission = create();
    const answer = new Subject<string>();
    const accepted = jest.fn();

    submission.send(answer, { accepted });
    expect(submission.pending()).toBe(true);
    answer.next('done');

    expect(submission.pending()).toBe(false);
    expect(submission.problem()).toBeNull();
    expect(accepted).toHaveBeenCalledWith('done');
  });

  it('words a refusal from its code, then lets the form react, and clears it on the next try', () => {
    const submission = create();
    const refused = jest.fn();
    const answer = new Subject<never>();

    submission.send(answer, { accepted: jest.fn(), refused });
    answer.error(refusal(404, { code: CrmErrorCode.NotFound, message: 'gone' }));

    expect(submission.pending()).toBe(false);
    expect(submission.problem()).toEqual({ key: 'errors.CRM_NOT_FOUND' });
    expect(refused).toHaveBeenCalledTimes(1);

    submission.send(new Subject<never>(), { accepted: jest.fn() });
    expect(submission.problem()).toBeNull();
  });

  it("puts a 422's verdicts under the form's fields and says so in general words", () => {
    const group = form();
    const submission = create(group);
    const answer = new Subject<never>();

    submission.send(answer, { accepted: jest.fn() });
    answer.error(
      refusal(422, {
        code: CommonErrorCode.ValidationFailed,
        message: 'invalid',
        fields: { email: ['isEmail'] },
      }),
    );

    expect(submission.problem()).toEqual({ key: 'errors.COMMON_VALIDATION_FAILED' });
    expect(group.controls.email.getError('server')).toBe('errors.COMMON_VALIDATION_FAILED.isEmail');
  });
});
