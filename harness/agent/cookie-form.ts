// The cookie page's form, filled from the attribute text a scenario gives, written as the
// Set-Cookie attributes read: "Max-Age=3600; Path=/; SameSite=None; Secure; HttpOnly", plus
// "Signed" for a value signed with the server's secret key.

export interface CookieFormFields {
  /** Blank: no Max-Age, so the cookie lasts until the browser closes. */
  maxAge: string
  path: string
  domain: string
  /** '' leaves SameSite out. */
  samesite: '' | 'Lax' | 'Strict' | 'None'
  secure: boolean
  httponly: boolean
  signed: boolean
}

const SAMESITE = new Set(['Lax', 'Strict', 'None'])

export function parseCookieAttributes(text: string): CookieFormFields {
  const fields: CookieFormFields = { maxAge: '', path: '/', domain: '', samesite: '', secure: false, httponly: false, signed: false }
  for (const part of text.split(';').map((p) => p.trim()).filter((p) => p !== '')) {
    const [name, value = ''] = part.split('=', 2).map((p) => p.trim())
    const key = name.toLowerCase()
    if (key === 'max-age') fields.maxAge = value
    else if (key === 'path') fields.path = value
    else if (key === 'domain') fields.domain = value
    else if (key === 'samesite' && SAMESITE.has(value)) fields.samesite = value as CookieFormFields['samesite']
    else if (key === 'secure' || key === 'httponly' || key === 'signed') fields[key] = true
    else throw new Error(`cookie attribute "${part}" is not one the cookie page offers (Max-Age, Path, Domain, SameSite=Lax|Strict|None, Secure, HttpOnly, Signed)`)
  }
  return fields
}
