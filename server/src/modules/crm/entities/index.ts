import { CrmAddressEntity } from './crm-address.entity';
import { CrmCommunicationEntity } from './crm-communication.entity';
import { CrmCompanyEntity } from './crm-company.entity';
import { CrmContactEntity } from './crm-contact.entity';
import { CrmDocumentEntity } from './crm-document.entity';
import { CrmEmailEntity } from './crm-email.entity';
import { CrmLeadEntity } from './crm-lead.entity';
import { CrmOpportunityEntity } from './crm-opportunity.entity';
import { CrmPhoneEntity } from './crm-phone.entity';
import { CrmPreferenceEntity } from './crm-preference.entity';
import { CrmRemarkEntity } from './crm-remark.entity';
import { CrmTargetGroupEntity } from './crm-target-group.entity';

/** Every table of the CRM, for `TypeOrmModule.forFeature` and the personal-data registry. */
export const CRM_ENTITIES = [
  CrmCompanyEntity,
  CrmContactEntity,
  CrmLeadEntity,
  CrmAddressEntity,
  CrmPhoneEntity,
  CrmEmailEntity,
  CrmRemarkEntity,
  CrmCommunicationEntity,
  CrmOpportunityEntity,
  CrmDocumentEntity,
  CrmTargetGroupEntity,
  CrmPreferenceEntity,
];
