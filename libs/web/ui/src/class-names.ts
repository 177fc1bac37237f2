/** Joins the truthy class names; CSS Module lookups are `string | undefined` under noUncheckedIndexedAccess. */
export function joinClassNames(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
