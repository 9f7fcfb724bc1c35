// "Another site": the same server reached by its other loopback name, which a browser counts as
// a different site. From here a link, a form and a frame lead back to the shop, so SameSite can
// be seen at work on cross-site top-level navigations and on an embedded (subresource) request.
import { otherSiteOrigin } from './addresses.js'
import { html } from './html.js'
import type { PageHandler } from './page-route.js'

const showElsewhere: PageHandler = async (_context, req) => {
  const shop = otherSiteOrigin(req.headers.host)
  if (shop === undefined) {
    return {
      title: 'Another site',
      body: html`<p class="card">Open the demo at <code>http://127.0.0.1:PORT/demo/</code> or <code>http://localhost:PORT/demo/</code>:
        this page then links the two names, which the browser treats as two sites.</p>`,
    }
  }
  return {
    title: 'Another site',
    lead: `You are on ${req.headers.host}. The shop below is at ${new URL(shop).host}: the same server, but a different site to your browser.`,
    body: html`<div class="grid">
      <div class="card"><h2>A link (top-level navigation)</h2>
        <p><a id="link-cookies" href="${shop}/demo/cookies">Open the shop's cookie preferences</a></p>
        <p><a id="link-cart" href="${shop}/demo/cart">Open the shop's cart</a></p>
        <p class="muted">Strict cookies stay behind; Lax and None cookies come along.</p></div>
      <div class="card"><h2>A form (top-level POST)</h2>
        <form id="cross-site-form" method="post" action="${shop}/demo/cookies/received"><input type="hidden" name="from" value="elsewhere">
        <button type="submit">Post a form to the shop</button></form>
        <p class="muted">Only SameSite=None cookies come along on a cross-site POST.</p></div>
    </div>
    <h2>A frame of the shop (a subresource request)</h2>
    <iframe id="shop-frame" title="The shop, embedded" src="${shop}/demo/cookies/received"></iframe>
    <p class="muted">Strict and Lax cookies never reach a cross-site frame. SameSite=None cookies would, but Chromium blocks
    third-party cookies in private windows (and in the fresh contexts a test browser opens), so this frame usually gets none.</p>`,
  }
}

export function elsewherePages(): Array<[string, string, PageHandler]> {
  return [['GET', '/elsewhere', showElsewhere]]
}
