import type { IdentityFlowState } from '@guichet/contracts';

/** A flow just started: the token for the cookie and what the wizard shows first. */
export interface StartedFlow {
  token: string;
  state: IdentityFlowState;
}

/** Who starts a flow: the network address and the flow cookie the browser already had. */
export interface FlowCaller {
  ip: string;
  flowToken: string | undefined;
}
