// Server-rendered HTML without a template engine: every value put into a template is escaped
// unless it is already Html, the way Django's autoescaping treats anything not marked safe.
import { escapeHtml } from '../messages/render.js'

/** Text that is already HTML (a rendered fragment), put into a template as it is. */
export class Html {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text
  }
}

/** Marks trusted markup (a fragment the server wrote itself) as HTML. */
export function raw(text: string): Html {
  return new Html(text)
}

function render(value: unknown): string {
  if (value instanceof Html) return value.text
  if (Array.isArray(value)) return value.map(render).join('')
  if (value === undefined || value === null || value === false) return ''
  return escapeHtml(String(value))
}

/** A tagged template: html`<p>${text}</p>` escapes text; lists are joined; null, undefined and false vanish. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  return new Html(strings.reduce((out, part, index) => out + part + (index < values.length ? render(values[index]) : ''), ''))
}

/** A value as indented JSON, for showing what the server stored. */
export function json(value: unknown): Html {
  return html`<pre class="json">${JSON.stringify(value, null, 2)}</pre>`
}
