import { installBuiltInWordVectors } from '../../bot/storage/word-vector-file.ts';

/**
 * Every test file resolves questions as Baton does in production: with the word vectors the
 * install built (node_modules/.cache/baton). A missing file is built here; a missing package fails.
 */
await installBuiltInWordVectors({
  info: () => undefined,
  warn: (msg) => {
    throw new Error(`tests need the word vectors Baton runs with: ${msg}`);
  },
});
