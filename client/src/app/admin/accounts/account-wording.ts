import { AccountState, Role } from '@guichet/contracts';
import type { TranslationKey } from '../../core/i18n';
import type { AccountAction } from './admin-accounts-api';

/** Exhaustive, so that a new role or state fails to compile until it is worded. */
export const ROLE_KEYS: Readonly<Record<Role, TranslationKey>> = {
  [Role.Client]: 'admin.accounts.role.client',
  [Role.Staff]: 'admin.accounts.role.staff',
  [Role.Admin]: 'admin.accounts.role.admin',
};

export const STATE_KEYS: Readonly<Record<AccountState, TranslationKey>> = {
  [AccountState.Active]: 'admin.accounts.state.active',
  [AccountState.Locked]: 'admin.accounts.state.locked',
  [AccountState.NoPassword]: 'admin.accounts.state.no-password',
  [AccountState.Legacy]: 'admin.accounts.state.legacy',
  [AccountState.Temporary]: 'admin.accounts.state.temporary',
};

/** The words of one action: its button, its name for screen readers, its question, its result. */
export interface ActionWording {
  readonly button: TranslationKey;
  readonly label: TranslationKey;
  readonly title: TranslationKey;
  readonly message: TranslationKey;
  readonly done: TranslationKey;
}

export const ACTION_WORDING: Readonly<Record<AccountAction, ActionWording>> = {
  lock: {
    button: 'admin.accounts.action.lock',
    label: 'admin.accounts.actionLabel.lock',
    title: 'admin.accounts.confirm.lock.title',
    message: 'admin.accounts.confirm.lock.message',
    done: 'admin.accounts.done.lock',
  },
  unlock: {
    button: 'admin.accounts.action.unlock',
    label: 'admin.accounts.actionLabel.unlock',
    title: 'admin.accounts.confirm.unlock.title',
    message: 'admin.accounts.confirm.unlock.message',
    done: 'admin.accounts.done.unlock',
  },
  signOutEverywhere: {
    button: 'admin.accounts.action.signOutEverywhere',
    label: 'admin.accounts.actionLabel.signOutEverywhere',
    title: 'admin.accounts.confirm.signOutEverywhere.title',
    message: 'admin.accounts.confirm.signOutEverywhere.message',
    done: 'admin.accounts.done.signOutEverywhere',
  },
  resetSecondFactor: {
    button: 'admin.accounts.action.resetSecondFactor',
    label: 'admin.accounts.actionLabel.resetSecondFactor',
    title: 'admin.accounts.confirm.resetSecondFactor.title',
    message: 'admin.accounts.confirm.resetSecondFactor.message',
    done: 'admin.accounts.done.resetSecondFactor',
  },
  temporaryPassword: {
    button: 'admin.accounts.action.temporaryPassword',
    label: 'admin.accounts.actionLabel.temporaryPassword',
    title: 'admin.accounts.confirm.temporaryPassword.title',
    message: 'admin.accounts.confirm.temporaryPassword.message',
    done: 'admin.accounts.done.temporaryPassword',
  },
};
