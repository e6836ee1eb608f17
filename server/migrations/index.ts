import { InitialSchema1763856000000 } from './1763856000000-InitialSchema';
import { Outbox1763856100000 } from './1763856100000-Outbox';
import { AuditAndCaptcha1763856200000 } from './1763856200000-AuditAndCaptcha';
import { Sessions1763856400000 } from './1763856400000-Sessions';
import { SecondFactor1763856500000 } from './1763856500000-SecondFactor';
import { AccountSearch1763856600000 } from './1763856600000-AccountSearch';
import { WorkspaceOtpSettings1763856700000 } from './1763856700000-WorkspaceOtpSettings';
import { IdentityVerification1763856800000 } from './1763856800000-IdentityVerification';
import { MobileVerified1763856900000 } from './1763856900000-MobileVerified';
import { PasswordPolicy1763857100000 } from './1763857100000-PasswordPolicy';
import { ApiKeys1763857200000 } from './1763857200000-ApiKeys';
import { Parcels1763857500000 } from './1763857500000-Parcels';
import { PasswordCheckKey1763857600000 } from './1763857600000-PasswordCheckKey';
import { SecureMessages1763857700000 } from './1763857700000-SecureMessages';
import { Retention1763858200000 } from './1763858200000-Retention';
import { ErasureTombstones1763858300000 } from './1763858300000-ErasureTombstones';
import { Crm1763858400000 } from './1763858400000-Crm';
import { OutboxWebhook1763858410000 } from './1763858410000-OutboxWebhook';
import { ParcelListOrder1763858600000 } from './1763858600000-ParcelListOrder';
import { UnprovenMobileReview1763858700000 } from './1763858700000-UnprovenMobileReview';

/** Every migration, oldest first. A test checks that each file of this folder is listed here. */
export const migrations = [
  InitialSchema1763856000000,
  Outbox1763856100000,
  AuditAndCaptcha1763856200000,
  Sessions1763856400000,
  SecondFactor1763856500000,
  AccountSearch1763856600000,
  WorkspaceOtpSettings1763856700000,
  IdentityVerification1763856800000,
  MobileVerified1763856900000,
  PasswordPolicy1763857100000,
  ApiKeys1763857200000,
  Parcels1763857500000,
  PasswordCheckKey1763857600000,
  SecureMessages1763857700000,
  Retention1763858200000,
  ErasureTombstones1763858300000,
  Crm1763858400000,
  OutboxWebhook1763858410000,
  ParcelListOrder1763858600000,
  UnprovenMobileReview1763858700000,
];
