/**
 * Lua scripts of the Redis event store. Each runs atomically on the Redis server, so every
 * gateway instance gets the same sequence per room. They need Redis 6.2 or later (`XTRIM MINID`).
 */

/** Milliseconds on the Redis server's clock, shared by every gateway instance. */
const NOW_MS = `
local time = redis.call('TIME')
local nowMs = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
`;

/**
 * Claims an event id. KEYS: dedupe key. ARGV: claim TTL (s), dedupe TTL (s).
 * Returns 1 when claimed, 0 when the event is already stored, -1 when another request holds an
 * unfinished claim. The claim stores the dedupe TTL, which the append script applies.
 */
export const CLAIM_SCRIPT = `
if redis.call('SET', KEYS[1], 'pending:' .. ARGV[2], 'NX', 'EX', ARGV[1]) then
  return 1
end
local value = redis.call('GET', KEYS[1])
if value and string.sub(value, 1, 8) == 'pending:' then
  return -1
end
return 0
`;

/** Deletes a claim that was not turned into a stored event. KEYS: dedupe key. */
export const RELEASE_SCRIPT = `
local value = redis.call('GET', KEYS[1])
if value and string.sub(value, 1, 8) == 'pending:' then
  redis.call('DEL', KEYS[1])
end
return 0
`;

/**
 * Appends and publishes one event. KEYS: room hash, room stream, dedupe key. ARGV: epoch for a
 * new log, event id, received-at (ms), payload, retention count, retention (ms), room hash TTL
 * (s), pub/sub channel. Returns { epoch, seq }.
 *
 * The sequence comes from HINCRBY on the room hash, so it is gap-free across instances. The
 * message is published inside the script, so every subscriber connection receives a room's
 * messages in sequence order. The claim on the event id becomes a stored mark with the full
 * dedupe TTL in the same step, so a failure can never leave the event logged but unmarked.
 */
export const APPEND_SCRIPT = `
redis.call('HSETNX', KEYS[1], 'epoch', ARGV[1])
local epoch = redis.call('HGET', KEYS[1], 'epoch')
local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
redis.call('EXPIRE', KEYS[1], ARGV[7])
${NOW_MS}
redis.call('XADD', KEYS[2], 'MAXLEN', '=', ARGV[5], '*',
  'seq', seq, 'id', ARGV[2], 'at', ARGV[3], 'body', ARGV[4])
redis.call('XTRIM', KEYS[2], 'MINID', '=', string.format('%d', nowMs - tonumber(ARGV[6])))
redis.call('PEXPIRE', KEYS[2], ARGV[6])
local claim = redis.call('GET', KEYS[3])
local ttl = claim and string.match(claim, '^pending:(%d+)$')
if ttl then
  redis.call('SET', KEYS[3], 'stored', 'EX', ttl)
end
redis.call('PUBLISH', ARGV[8],
  epoch .. '\\n' .. seq .. '\\n' .. ARGV[3] .. '\\n' .. ARGV[2] .. '\\n' .. ARGV[4])
return { epoch, seq }
`;

/**
 * Reads a room's log bounds and, optionally, its events after a sequence. KEYS: room hash,
 * room stream. ARGV: expected epoch ('' for any; another epoch reads from the start), after-seq
 * (-1 for bounds only), retention (ms). Returns nil without a log, else
 * { epoch, firstSeq, lastSeq, entries newest first }.
 *
 * The stream holds a contiguous run of sequences ending at lastSeq, so the events after a
 * sequence are exactly the newest lastSeq - after entries.
 */
export const READ_SCRIPT = `
local epoch = redis.call('HGET', KEYS[1], 'epoch')
if not epoch then
  return false
end
local lastSeq = tonumber(redis.call('HGET', KEYS[1], 'seq'))
${NOW_MS}
redis.call('XTRIM', KEYS[2], 'MINID', '=', string.format('%d', nowMs - tonumber(ARGV[3])))
local first = redis.call('XRANGE', KEYS[2], '-', '+', 'COUNT', 1)[1]
local firstSeq = lastSeq + 1
if first then
  firstSeq = tonumber(first[2][2])
end
local after = tonumber(ARGV[2])
if ARGV[1] ~= '' and ARGV[1] ~= epoch and after >= 0 then
  after = 0
end
local entries = {}
if after >= 0 then
  local count = lastSeq - math.max(after, firstSeq - 1)
  if count > 0 then
    entries = redis.call('XREVRANGE', KEYS[2], '+', '-', 'COUNT', count)
  end
end
return { epoch, firstSeq, lastSeq, entries }
`;
