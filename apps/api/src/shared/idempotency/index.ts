export { IdempotencyKey } from './idempotency-key.entity.js';
export { purgeExpiredIdempotencyKeys, requestHashOf, withIdempotency } from './with-idempotency.js';
