import {
  CommonErrorCode,
  CrmErrorCode,
  type CrmAddressRequest,
  type CrmCommunicationRequest,
  type CrmEmailRequest,
  type CrmOpportunityRequest,
  type CrmPhoneRequest,
  type CrmRemarkRequest,
  sensitiveCategoriesIn,
} from '@guichet/contracts';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { AppError } from '../../../core/http/app-error';
import type { CrmActor } from '../crm-actor';
import type { SubRecordKind, SubRecordValues } from './crm-sub-record.repository';

/** The request body of each kind of sub-record. */
export interface SubRecordRequests {
  addresses: CrmAddressRequest;
  phones: CrmPhoneRequest;
  emails: CrmEmailRequest;
  remarks: CrmRemarkRequest;
  communications: CrmCommunicationRequest;
  opportunities: CrmOpportunityRequest;
}

const invalid = (field: string, rule: string, message: string) =>
  new AppError(CommonErrorCode.ValidationFailed, message, { [field]: [rule] });

/** A phone as typed ("01 42 68 53 00", "+44 20…") in E.164; 422 on anything else. */
export function phoneE164(input: string): string {
  const number = parsePhoneNumberFromString(input, { defaultCountry: 'FR', extract: false });
  if (!number?.isValid()) throw invalid('number', 'isPhoneNumber', 'Not a valid phone number');
  return number.number;
}

/**
 * A remark that looks sensitive (GDPR-7) is saved only once the user has seen the warning;
 * otherwise 422 `CRM_SENSITIVE_TEXT` listing the categories in `fields.text`.
 */
export function checkRemark(request: CrmRemarkRequest): void {
  const categories = sensitiveCategoriesIn(request.text);
  if (categories.length > 0 && request.acknowledgeSensitive !== true) {
    throw new AppError(
      CrmErrorCode.SensitiveText,
      'The remark looks like sensitive data: confirm after reading the warning',
      { text: categories },
    );
  }
}

/** What to store for a request, after the checks of its kind. */
export function subRecordValues<K extends SubRecordKind>(
  actor: CrmActor,
  kind: K,
  request: SubRecordRequests[K],
  now: Date,
): SubRecordValues[K] {
  const build: { [P in SubRecordKind]: (body: SubRecordRequests[P]) => SubRecordValues[P] } = {
    addresses: (body) => ({
      label: body.label ?? '',
      line1: body.line1,
      line2: body.line2 || null,
      postalCode: body.postalCode || null,
      city: body.city,
      country: body.country ?? 'FR',
    }),
    phones: (body) => ({ label: body.label ?? '', number: phoneE164(body.number) }),
    emails: (body) => ({ label: body.label ?? '', address: body.address.toLowerCase() }),
    remarks: (body) => {
      checkRemark(body);
      return { text: body.text, authorId: actor.accountId };
    },
    communications: (body) => {
      const occurredAt = new Date(body.occurredAt);
      // A minute of slack for the clocks of the browser and the server.
      if (occurredAt.getTime() > now.getTime() + 60_000) {
        throw invalid('occurredAt', 'notInFuture', 'A communication cannot be in the future');
      }
      return {
        direction: body.direction,
        channel: body.channel,
        occurredAt,
        subject: body.subject,
        summary: body.summary || null,
      };
    },
    opportunities: (body) => ({
      title: body.title,
      stage: body.stage ?? 'open',
      amountCents: body.amountCents ?? null,
      expectedCloseOn: body.expectedCloseOn ?? null,
    }),
  };
  return (build[kind] as (body: SubRecordRequests[K]) => SubRecordValues[K])(request);
}
