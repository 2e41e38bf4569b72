// The protection worker's entry (src/app/analyse/protection.ts): a worker thread starts without the loader the
// server runs under, so it registers tsx itself before it loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./protect-worker.ts');
