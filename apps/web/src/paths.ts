/** The resident's page (matchPath('/self-report') of the router, without the router): decides the app's side at start. */
export function isSelfReportPath(pathname: string): boolean {
  return /^\/self-report\/?$/i.test(pathname);
}
