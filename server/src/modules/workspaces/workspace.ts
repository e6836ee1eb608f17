/** A firm as the rest of the product sees it. */
export interface Workspace {
  id: string;
  slug: string;
  name: string;
  idleTimeoutMinutes: number;
}
