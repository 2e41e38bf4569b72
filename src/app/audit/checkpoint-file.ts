import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Checkpoint, type CheckpointLine, readCheckpointLine } from '../../domain/audit/checkpoint.js';

/**
 * The checkpoint file: one signed JSON line per checkpoint, only ever appended to (O_APPEND). Make it
 * append-only on the host (`chattr +a`) or ship it off the host (syslog, a log collector).
 */
export function appendCheckpoint(file: string, checkpoint: Checkpoint): void {
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
}

/** Every line of the file, checked against the key; an absent file holds no checkpoints. */
export function readCheckpoints(file: string, key: Uint8Array): CheckpointLine[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((text, i) => ({ text: text.trim(), line: i + 1 }))
    .filter((l) => l.text !== '')
    .map((l) => readCheckpointLine(key, l.text, l.line));
}
