/** The parsed JSON body of a response, or undefined for an empty or non-JSON one (an error page from a proxy). */
export function readJson(response) {
  try {
    return typeof response.body === 'string' ? JSON.parse(response.body) : response.body;
  } catch {
    return undefined;
  }
}
