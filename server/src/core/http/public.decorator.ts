import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'guichet:public';

/** Marks a route that answers without a session (health, sign-in, CAPTCHA); all others need one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
