// messages.render: the list a template shows, following the Django documentation's example
// ("Displaying messages"). `{% if messages %}` only counts (118); `{% for %}` does not iterate an
// empty list (119); `{{ message }}` is escaped unless the text was marked safe (114).
import type { MessageStorage } from './storage.js'

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' }

/** django.utils.html.escape */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char])
}

export async function renderMessages(storage: MessageStorage): Promise<string> {
  if ((await storage.count()) === 0) return ''
  const items = (await storage.iterate()).map((message) => {
    const tags = message.tags(storage.levelTags)
    const text = message.safe ? message.text : escapeHtml(message.text)
    return `<li${tags ? ` class="${escapeHtml(tags)}"` : ''}>${text}</li>`
  })
  return `<ul class="messages">${items.join('')}</ul>`
}
