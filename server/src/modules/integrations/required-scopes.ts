/** Metadata key of the scopes a machine route needs (`@RequireScopes()`). */
export const REQUIRED_SCOPES = 'guichet:api-key-scopes';
