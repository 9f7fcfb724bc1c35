// The shopping cart: a dict in the session ("cart": {"tea": 2}), changed by forms that post and
// redirect, and a switch between a browser-length session (set_expiry(0)) and a persistent one.
import type { OperationContext } from '../pipeline/operation.js'
import { ERROR, INFO, SUCCESS } from '../messages/levels.js'
import type { Session } from '../sessions/session.js'
import { html, type Html } from './html.js'
import type { DemoOptions, PageHandler, PageResult } from './page-route.js'
import { field, messagesOf, sessionOf } from './request-parts.js'

interface Product { id: string; name: string; note: string }

export const CATALOGUE: readonly Product[] = [
  { id: 'tea', name: 'Tea', note: 'Darjeeling, 100 g' },
  { id: 'coffee', name: 'Coffee', note: 'Whole beans, 250 g' },
  { id: 'mug', name: 'Mug', note: 'Blue enamel' },
  { id: 'notebook', name: 'Notebook', note: 'A5, dotted pages' },
]

type Cart = Record<string, number>
const CART_PAGE = '/demo/cart'

async function cartOf(session: Session): Promise<Cart> {
  const stored = await session.get('cart')
  return stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? { ...(stored as Cart) } : {}
}

function productOf(context: OperationContext): Product | undefined {
  return CATALOGUE.find((product) => product.id === field(context, 'item'))
}

function redirectWith(context: OperationContext, level: number, text: string): PageResult {
  messagesOf(context).add(level, text, '', false)
  return { redirect: CART_PAGE }
}

function catalogue(): Html {
  return html`<div class="grid products">${CATALOGUE.map((product) => html`<div class="card">
    <strong>${product.name}</strong><br><span class="muted">${product.note}</span>
    <form method="post" action="/demo/cart/add"><input type="hidden" name="item" value="${product.id}">
    <p><button type="submit" aria-label="Add ${product.name}">Add to cart</button></p></form></div>`)}</div>`
}

function cartTable(cart: Cart): Html {
  const lines = CATALOGUE.filter((product) => cart[product.id] > 0)
  if (lines.length === 0) return html`<p id="cart-items" class="empty">Your cart is empty.</p>`
  return html`<table id="cart-items"><tr><th>Item</th><th>Quantity</th><th></th></tr>${lines.map((product) => html`<tr data-item="${product.name}">
    <td>${product.name}</td><td>${cart[product.id]}</td>
    <td><form class="inline" method="post" action="/demo/cart/remove"><input type="hidden" name="item" value="${product.id}">
    <button class="quiet" type="submit" aria-label="Remove ${product.name}">Remove</button></form></td></tr>`)}</table>`
}

function lifetimeForm(browserLength: boolean, cookieAge: number): Html {
  const days = Math.round(cookieAge / 86400)
  const option = (value: string, label: string, current: boolean) =>
    html`<label class="check"><input type="radio" name="lifetime" value="${value}"${current ? html` checked` : ''}> ${label}</label>`
  return html`<form method="post" action="/demo/cart/lifetime" id="lifetime">
    ${option('browser', 'Forget my cart when I close the browser', browserLength)}
    ${option('persistent', `Remember my cart for ${days} days`, !browserLength)}
    <p><button type="submit">Save this choice</button></p>
    <p class="muted">The first sets <code>set_expiry(0)</code>: the session cookie gets no expiry, so the browser drops it
    when it closes. The second keeps the cookie for SESSION_COOKIE_AGE.</p></form>`
}

function showCart(options: DemoOptions): PageHandler {
  return async (context) => {
    const session = sessionOf(context)
    const cart = await cartOf(session)
    const browserLength = await session.getExpireAtBrowserClose()
    const lifetime = lifetimeForm(browserLength, options.sessions.settings.sessionCookieAge)
    return {
      title: 'Shopping cart',
      lead: 'The cart lives in the session: the browser holds only the session cookie, the server holds the items.',
      body: html`<h2>Your cart</h2>${cartTable(cart)}<h2>How long the cart lasts</h2>${lifetime}<h2>Shop</h2>${catalogue()}`,
    }
  }
}

const addItem: PageHandler = async (context) => {
  const product = productOf(context)
  if (product === undefined) return redirectWith(context, ERROR, 'There is no such item.')
  const session = sessionOf(context)
  const cart = await cartOf(session)
  await session.set('cart', { ...cart, [product.id]: (cart[product.id] ?? 0) + 1 })
  return redirectWith(context, SUCCESS, `Added ${product.name} to your cart.`)
}

const removeItem: PageHandler = async (context) => {
  const product = productOf(context)
  if (product === undefined) return redirectWith(context, ERROR, 'There is no such item.')
  const session = sessionOf(context)
  const { [product.id]: _removed, ...rest } = await cartOf(session)
  if (Object.keys(rest).length === 0) await session.delete('cart')
  else await session.set('cart', rest)
  return redirectWith(context, INFO, `Removed ${product.name} from your cart.`)
}

function setLifetime(options: DemoOptions): PageHandler {
  return async (context) => {
    const session = sessionOf(context)
    const choice = field(context, 'lifetime')
    if (choice === 'browser') {
      await session.setExpiry({ seconds: 0 })
      return redirectWith(context, SUCCESS, 'Your cart now lasts until you close the browser.')
    }
    if (choice !== 'persistent') return redirectWith(context, ERROR, 'Choose how long the cart lasts.')
    // set_expiry(None) returns to the site's policy; where that policy is browser-length, the cookie age is explicit.
    const { sessionExpireAtBrowserClose, sessionCookieAge } = options.sessions.settings
    await session.setExpiry(sessionExpireAtBrowserClose ? { seconds: sessionCookieAge } : { none: true })
    return redirectWith(context, SUCCESS, 'Your cart is now remembered after the browser closes.')
  }
}

export function cartPages(options: DemoOptions): Array<[string, string, PageHandler]> {
  return [
    ['GET', '/cart', showCart(options)],
    ['POST', '/cart/add', addItem],
    ['POST', '/cart/remove', removeItem],
    ['POST', '/cart/lifetime', setLifetime(options)],
  ]
}
