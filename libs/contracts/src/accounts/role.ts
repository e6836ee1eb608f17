/** What a signed-in person may do (PRODUCT.md, "Who uses it"). */
export enum Role {
  Client = 'client',
  Staff = 'staff',
  Admin = 'admin',
}
