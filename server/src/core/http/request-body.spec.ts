import { CommonErrorCode } from '@guichet/contracts';
import { bodyRefusal, flawOf } from './request-body';

describe('request bodies', () => {
  it('measures nesting without recursion, even far past the stack', () => {
    expect(flawOf({ a: [1, { b: 'c' }] }, 3)).toBeUndefined();
    expect(flawOf({ a: [1, { b: {} }] }, 3)).toEqual({ kind: 'too-deep' });
    expect(flawOf('text', 0)).toBeUndefined();
    let deep: unknown = [];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(flawOf(deep, 32)).toEqual({ kind: 'too-deep' });
  });

  it('names the field holding text PostgreSQL or the validators cannot take', () => {
    expect(flawOf({ name: 'a\u0000b' }, 32)).toEqual({ kind: 'unstorable-text', field: 'name' });
    expect(flawOf({ to: ['ok@example.test', 'x\uD800'] }, 32)).toEqual({
      kind: 'unstorable-text',
      field: 'to.1',
    });
    expect(flawOf({ name: 'Zoë 👩‍👩‍👧 \u202E' }, 32)).toBeUndefined();
  });

  it('gives a code to each refusal of the body parsers and leaves other errors alone', () => {
    const parserError = (status: number, type: string) =>
      Object.assign(new Error(type), { status, statusCode: status, type, expose: true });
    expect(bodyRefusal(parserError(413, 'entity.too.large'))).toBe(CommonErrorCode.PayloadTooLarge);
    expect(bodyRefusal(parserError(415, 'charset.unsupported'))).toBe(
      CommonErrorCode.UnsupportedMediaType,
    );
    expect(bodyRefusal(parserError(400, 'request.aborted'))).toBe(CommonErrorCode.BadRequest);
    expect(bodyRefusal(new Error('boom'))).toBeUndefined();
    expect(
      bodyRefusal(Object.assign(new Error('db'), { status: 500, statusCode: 500, expose: false })),
    ).toBeUndefined();
  });
});
