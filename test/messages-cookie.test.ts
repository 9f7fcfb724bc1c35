// The messages cookie byte for byte (catalogue 125-137, §4.3 W11-W14): Django's encoding, the
// signature, compression, the 2048-character cut, and unreadable cookies.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { encodePayload, getCookieSigner } from '../lib/signing/index.js'
import { ResponseCookies } from '../reference/cookies/serialize.js'
import { encodeMessage, NOT_FINISHED_JSON } from '../reference/messages/encoding.js'
import { DEBUG, ERROR, INFO, SUCCESS, WARNING } from '../reference/messages/levels.js'
import { Message } from '../reference/messages/message.js'
import { CookieBackend, MAX_COOKIE_SIZE } from '../reference/messages/storages/cookie.js'
import { DJANGO_SESSION_DEFAULTS } from '../reference/sessions/settings.js'
import { longText } from './messages-http.js'
import { NOW, SECRET } from './session-http.js'

const W11 = 'W1siX19qc29uX21lc3NhZ2UiLDAsMjAsIkhlbGxvIl1d:1r31eq:8eZtke8sETouTyXuXyZ9nEUtnYuJWgL4UbhTJV9m_N0'
const W11B = 'W1siX19qc29uX21lc3NhZ2UiLDAsMjAsIkhlbGxvIiwiIl1d:1r31eq:_hlercRcJdXoB6jkJ7rcHraDAEEPW7Pff5_v3L7-wPw'
const W12 = '.eJyLjlaKj88qzs-Lz00tLk5MT1XSMdAxNtBRck4sSk0rzVHSUapQqFSK1cGmzgSozibJrjgxLdVGP8lOKTYWAP8qGNU:1r31eq:LEiOzf2xc451QdgGpGgWrYnWNaY6waE2wLTnQozw7ok'
const W13 = 'WyJfX21lc3NhZ2Vzbm90ZmluaXNoZWRfXyJd:1r31eq:-Uq1OKYJEKC-p7d_zUufAtum8PTLLApxetu5epUO48g'
const W14 = 'W1siX19qc29uX21lc3NhZ2UiLDEsMjUsIjxpPm9rPC9pPiJdXQ:1r31eq:qyD9nEgAk7lS7NGS2SIdrlUdgCPMAwwh40T2VaVQG9U'

function backend(cookie?: string, now = NOW): CookieBackend {
  const requestCookies = new Map(cookie === undefined ? [] : [['messages', cookie]])
  return new CookieBackend({ secretKey: SECRET, now, requestCookies, sessionSettings: DJANGO_SESSION_DEFAULTS })
}

/** What storing the messages writes: the Set-Cookie line, its value, and what was left out. */
async function store(messages: Message[], removeOldest?: boolean) {
  const response = new ResponseCookies()
  const unstored = await backend().store(messages, response, { removeOldest })
  const [line] = response.lines()
  return { line, value: line.slice('messages='.length, line.indexOf(';')), unstored }
}

async function load(value: string) {
  return backend(value).load()
}

const numbered = (count: number, length: number) => Array.from({ length: count }, (_, i) => new Message(INFO, longText(i + 1, length), ''))
const texts = (messages: readonly Message[]) => messages.map((m) => m.text)

describe('Django\'s worked examples (§4.3, 128, 129)', () => {
  test('W11: Message(INFO, "Hello") with extra_tags None', async () => {
    const { line, value } = await store([new Message(INFO, 'Hello')])
    assert.equal(value, W11)
    assert.equal(line, `messages=${W11}; HttpOnly; Path=/; SameSite=Lax`)
  })
  test('W11b: messages.info(request, "Hello") keeps extra_tags "" as a 5th element (current Django)', async () => {
    assert.equal((await store([new Message(INFO, 'Hello', '')])).value, W11B)
  })
  test('W12: two messages, compressed because zlib is shorter', async () => {
    const { value } = await store([new Message(WARNING, 'Careful', 'x y'), new Message(ERROR, '<b>safe</b>')])
    assert.ok(value.startsWith('.'))
    assert.equal(value, W12)
  })
  test('W13: a message too long for the cookie leaves only the sentinel (133)', async () => {
    const { value, unstored } = await store([new Message(INFO, longText(1, 3000))])
    assert.equal(value, W13)
    assert.equal(unstored.length, 1)
  })
  test('W14: a message marked safe carries the flag 1', async () => {
    assert.equal((await store([new Message(SUCCESS, '<i>ok</i>', null, true)])).value, W14)
  })
})

describe('encoding and decoding (114, 115, 129, 173)', () => {
  for (const extraTags of [null, '', 'x y']) {
    test(`extra tags ${JSON.stringify(extraTags)} and the safe flag come back unchanged`, async () => {
      const sent = [new Message(WARNING, '<b>hi</b>', extraTags, true), new Message(DEBUG, 'café 😀', extraTags, false)]
      const { value } = await store(sent)
      const loaded = await load(value)
      assert.deepEqual(loaded, { messages: sent, allRetrieved: true })
    })
  }
  test('a message\'s JSON is compact with \\u escapes', () => {
    assert.equal(encodeMessage(new Message(27, 'é', 'x')), '["__json_message",0,27,"\\u00e9","x"]')
  })
  test('an old signature is still accepted: no max age (173)', async () => {
    const old = await store([new Message(INFO, 'old', '')])
    const loaded = await backend(old.value, NOW + 10 * 365 * 86400).load()
    assert.deepEqual(texts(loaded.messages ?? []), ['old'])
  })
  test('no cookie: nothing at all, and not rejected', async () => {
    assert.deepEqual(await backend().load(), { messages: undefined, allRetrieved: true })
  })
})

describe('unreadable cookies are rejected (134)', () => {
  const signer = getCookieSigner({ secretKey: SECRET, salt: 'django.contrib.messages' })
  const good = signer.sign(encodePayload([['__json_message', 0, 20, 'x']]), NOW)
  const cases: Record<string, string> = {
    'a bad signature': `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`,
    'another salt': getCookieSigner({ secretKey: SECRET, salt: 'other' }).sign(encodePayload([]), NOW),
    'bad base64': signer.sign('!!not*base64!!', NOW),
    'bad JSON': signer.sign(Buffer.from('{not json').toString('base64url'), NOW),
    'bad zlib': signer.sign('.AAAA', NOW),
    'no signature': encodePayload([['__json_message', 0, 20, 'x']]),
  }
  for (const [fault, value] of Object.entries(cases)) {
    test(fault, async () => {
      assert.deepEqual(await load(value), { messages: undefined, allRetrieved: true, rejected: true })
    })
  }
  test('a forged safe flag does not verify (MS-03)', async () => {
    const { value } = await store([new Message(INFO, '<i>hi</i>', '')])
    const [, timestamp, signature] = value.split(':')
    const forged = `${encodePayload([['__json_message', 1, 20, '<i>hi</i>', '']])}:${timestamp}:${signature}`
    assert.equal((await load(forged)).rejected, true)
  })
})

/** Catalogue 3.2's rule: take one message off at a time until the rest plus the sentinel fit. */
function cutOneByOne(messages: readonly Message[], removeOldest: boolean): { kept: Message[]; unstored: Message[] } {
  const signer = getCookieSigner({ secretKey: SECRET, salt: 'django.contrib.messages' })
  const sign = (parts: string[]) => signer.sign(encodePayload(parts, { compress: true, serialize: () => `[${parts.join(',')}]` }), NOW)
  const kept = [...messages]
  const unstored: Message[] = []
  let value = sign(kept.map((m) => encodeMessage(m)))
  while (value.length > MAX_COOKIE_SIZE) {
    if (removeOldest) unstored.push(kept.shift() as Message)
    else unstored.unshift(kept.pop() as Message)
    value = sign([...kept.map((m) => encodeMessage(m)), NOT_FINISHED_JSON])
  }
  return { kept, unstored }
}

describe('the 2048-character limit (131, 132, 137, 141)', () => {
  test('6 × 400 characters: the cookie storage keeps 3-6 and the sentinel', async () => {
    const messages = numbered(6, 400)
    const { value, unstored } = await store(messages)
    assert.ok(value.length <= MAX_COOKIE_SIZE, `${value.length} characters`)
    assert.deepEqual(texts(unstored), texts(messages.slice(0, 2)))
    const loaded = await load(value)
    assert.deepEqual(texts(loaded.messages ?? []), texts(messages.slice(2)))
    assert.equal(loaded.allRetrieved, false)
  })
  test('6 × 400 characters for the fallback: the cookie keeps 1-4 and hands on 5-6', async () => {
    const messages = numbered(6, 400)
    const { value, unstored } = await store(messages, false)
    assert.deepEqual(texts(unstored), texts(messages.slice(4)))
    assert.deepEqual(texts((await load(value)).messages ?? []), texts(messages.slice(0, 4)))
  })
  for (const removeOldest of [true, false]) {
    test(`bisection cuts where removing one at a time does (removeOldest ${removeOldest})`, async () => {
      let cut = 0
      for (let count = 1; count <= 12; count++) {
        const messages = Array.from({ length: count }, (_, i) => new Message(INFO, longText(100 * count + i, 90 + ((i * 157) % 600)), ''))
        const { value, unstored } = await store(messages, removeOldest)
        const expected = cutOneByOne(messages, removeOldest)
        if (unstored.length > 0) cut++
        assert.deepEqual(texts(unstored), texts(expected.unstored), `${count} messages`)
        assert.deepEqual(texts((await load(value)).messages ?? []), texts(expected.kept), `${count} messages`)
      }
      assert.ok(cut >= 5, `only ${cut} of the lists were cut`)
    })
  }
  test('storing nothing deletes the cookie (127)', async () => {
    const response = new ResponseCookies()
    await backend().store([], response)
    assert.deepEqual(response.lines(), ['messages=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax'])
  })
})
