import { describe, expect, it } from 'vitest';
import { errorForLog } from '../../bot/config/logger.ts';

describe('errors in the log', () => {
  it('shows kind, message, code, status and stack of an Error, never the request it carries', () => {
    const err = Object.assign(new Error('The specified resource does not exist.'), {
      name: 'RestError',
      code: 'ResourceNotFound',
      statusCode: 404,
      request: { headers: { authorization: 'SharedKey devstoreaccount1:c2VjcmV0' } },
    });
    const logged = errorForLog(err);
    expect(logged).toMatchObject({ type: 'RestError', message: 'The specified resource does not exist.', code: 'ResourceNotFound', statusCode: 404 });
    expect(typeof logged.stack).toBe('string');
    expect(JSON.stringify(logged)).not.toMatch(/SharedKey|authorization/);
  });

  it('keeps the message of an error-like object (hand-built or thrown by a library), and only its plain fields', () => {
    expect(errorForLog({ message: 'Teams answered 429', status: 429, response: { headers: { authorization: 'Bearer x' } } })).toEqual({
      message: 'Teams answered 429',
      status: 429,
    });
    expect(errorForLog('boom')).toEqual({ message: 'boom' });
  });
});
