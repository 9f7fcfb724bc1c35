/** Control characters a table cell cannot show, by the words a scenario names them with. */
export const CONTROLS: Readonly<Record<string, string>> = {
  'a tab': '\t',
  'a NUL byte': '\0',
  'a unit separator (0x1F)': '\x1f',
  'a DEL character (0x7F)': '\x7f',
}

/** The control character a scenario names, or an error listing the names it may use. */
export function controlNamed(name: string): string {
  const control = CONTROLS[name]
  if (control === undefined) throw new Error(`unknown control character "${name}"; expected one of: ${Object.keys(CONTROLS).join(', ')}`)
  return control
}
