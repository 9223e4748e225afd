import { z } from 'zod';

// zod contracts of the disclosure-request module: request schemas are .strict(); Chinese messages for the user.
export const ZDisclosureRequestPlaceholder = z.object({}).strict();
