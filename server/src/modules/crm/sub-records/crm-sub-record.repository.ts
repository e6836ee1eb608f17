import type {
  CrmAddress,
  CrmCommunication,
  CrmEmail,
  CrmOpportunity,
  CrmPhone,
  CrmRemark,
  CrmSubRecords,
} from '@guichet/contracts';
import type { CrmOwner } from '../crm-owner';

/** What is stored of each kind of sub-record (documents have their own flow). */
export interface SubRecordValues {
  addresses: Omit<CrmAddress, 'id'>;
  phones: Omit<CrmPhone, 'id'>;
  emails: Omit<CrmEmail, 'id'>;
  remarks: { text: string; authorId: string };
  communications: Omit<CrmCommunication, 'id' | 'occurredAt'> & { occurredAt: Date };
  opportunities: Omit<CrmOpportunity, 'id'>;
}

export interface SubRecordViews {
  addresses: CrmAddress;
  phones: CrmPhone;
  emails: CrmEmail;
  remarks: CrmRemark;
  communications: CrmCommunication;
  opportunities: CrmOpportunity;
}

export type SubRecordKind = keyof SubRecordValues;

/** Port: the sub-records of companies, contacts and leads, always reached through their owner. */
export abstract class CrmSubRecordRepository {
  /** Everything that hangs off the owner, documents included. */
  abstract all(owner: CrmOwner): Promise<CrmSubRecords>;

  abstract one<K extends SubRecordKind>(
    owner: CrmOwner,
    kind: K,
    id: string,
  ): Promise<SubRecordViews[K] | null>;

  abstract add<K extends SubRecordKind>(
    owner: CrmOwner,
    kind: K,
    values: SubRecordValues[K],
  ): Promise<string>;

  /** Replaces the fields of one sub-record of the owner; false when the owner has no such one. */
  abstract replace<K extends SubRecordKind>(
    owner: CrmOwner,
    kind: K,
    id: string,
    values: SubRecordValues[K],
  ): Promise<boolean>;

  abstract remove(owner: CrmOwner, kind: SubRecordKind, id: string): Promise<boolean>;
}
