import { z } from 'zod';

// zod 4 compiles validators with `new Function` unless told not to, and the atlas's
// Content-Security-Policy forbids eval. Every schema imports z from here so this runs first.
z.config({ jitless: true });

export { z };
