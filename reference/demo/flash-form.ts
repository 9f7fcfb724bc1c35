// Flash messages with post/redirect/get: the form posts, the server adds a message and
// redirects, and the next page shows the message once. Reloading that page shows nothing: the
// message was used up when it was shown ("Expiration of messages").
import { LEVEL_NAMES, type LevelName } from '../messages/levels.js'
import { html } from './html.js'
import type { PageHandler } from './page-route.js'
import { field, messagesOf } from './request-parts.js'

const LEVELS: ReadonlyArray<[LevelName, string]> = [
  ['success', 'Your details were saved.'],
  ['warning', 'Your card expires next month.'],
  ['error', 'The payment was declined.'],
  ['info', 'Orders placed today ship tomorrow.'],
]

const showForm: PageHandler = async () => ({
  title: 'Flash messages',
  lead: 'A message added in one request and shown once on the next page, as Django\'s messages framework does.',
  body: html`<div class="card"><form method="post" action="/demo/messages" id="message-form">
    <label>Level</label>${LEVELS.map(([level], index) => html`<label class="check"><input type="radio" name="level" value="${level}"${index === 0 ? html` checked` : ''}> ${level}</label>`)}
    <label for="text">Message</label><input type="text" id="text" name="text" value="${LEVELS[0][1]}" maxlength="200">
    <p><button type="submit">Send</button></p></form>
    <p class="muted">Sending posts the form; the server adds the message and answers with a redirect (303); the browser
    then asks for the next page, which shows the message. Reload that page and the message is gone.
    Examples: ${LEVELS.map(([level, text]) => html`<br><span class="pill">${level}</span> ${text}`)}</p></div>`,
})

const addMessage: PageHandler = async (context) => {
  const level = field(context, 'level')
  const storage = messagesOf(context)
  if (!Object.hasOwn(LEVEL_NAMES, level)) {
    storage.add(LEVEL_NAMES.error, 'Choose a level for the message.', '', false)
  } else if (!storage.add(LEVEL_NAMES[level as LevelName], field(context, 'text'), '', false)) {
    // 111: an empty message is not stored; nor is one below MESSAGE_LEVEL.
    storage.add(LEVEL_NAMES.warning, 'That message was not stored: it is empty or below the message level.', '', false)
  }
  return { redirect: '/demo/messages/next' }
}

const nextPage: PageHandler = async () => ({
  title: 'The next page',
  lead: 'The page the form redirected to. Any message above was shown here once; reload and it does not come back.',
  body: html`<p><a href="/demo/messages/next">Reload this page</a> · <a href="/demo/messages">Send another message</a></p>`,
})

export function flashPages(): Array<[string, string, PageHandler]> {
  return [
    ['GET', '/messages', showForm],
    ['POST', '/messages', addMessage],
    ['GET', '/messages/next', nextPage],
  ]
}
