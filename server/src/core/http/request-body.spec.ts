import { CommonErrorCode } from '@guichet/contracts';
import { bodyRefusal, depthExceeds } from './request-body';

describe('request bodies', () => {
  it('measures nesting without recursion, even far past the stack', () => {
    expect(depthExceeds({ a: [1, { b: 'c' }] }, 3)).toBe(false);
    expect(depthExceeds({ a: [1, { b: {} }] }, 3)).toBe(true);
    expect(depthExceeds('text', 0)).toBe(false);
    let deep: unknown = [];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(depthExceeds(deep, 32)).toBe(true);
  });

  it('gives a code to each refusal of the body parsers and leaves other errors alone', () => {
    const parserError = (status: number, type: string) =>
      Object.assign(new Error(type), { status, type, expose: true });
    expect(bodyRefusal(parserError(413, 'entity.too.large'))).toBe(CommonErrorCode.PayloadTooLarge);
    expect(bodyRefusal(parserError(415, 'charset.unsupported'))).toBe(
      CommonErrorCode.UnsupportedMediaType,
    );
    expect(bodyRefusal(parserError(400, 'request.aborted'))).toBe(CommonErrorCode.BadRequest);
    expect(bodyRefusal(new Error('boom'))).toBeUndefined();
    expect(
      bodyRefusal(Object.assign(new Error('db'), { status: 500, type: 'x', expose: false })),
    ).toBeUndefined();
  });
});
