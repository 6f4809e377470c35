import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, resolved from this file. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
