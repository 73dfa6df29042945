/** Someone else changed the record since it was read (HTTP 412 / 409 from Azure Tables). */
export class ConcurrencyError extends Error {
  constructor(what: string) {
    super(`${what} was changed by someone else; read it again and retry`);
    this.name = 'ConcurrencyError';
  }
}
