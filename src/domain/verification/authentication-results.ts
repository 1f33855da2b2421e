/**
 * Reads `Authentication-Results` (RFC 8601) to learn whether DKIM or SPF passed for the sender's
 * domain. Only headers stamped by our own receiving server (its configured authserv-id) count: any
 * other copy may have been written by the sender, and RFC 8601 §5 has the border server remove forged
 * ones carrying its own id.
 */

export interface AuthenticationVerdict {
  readonly passed: boolean;
  /** e.g. `dkim=pass header.d=example.com`, or why nothing trusted passed. */
  readonly detail: string;
}

interface MethodResult {
  readonly method: string;
  readonly result: string;
  readonly properties: ReadonlyMap<string, string>;
}

/** Strips RFC 5322 comments `( … )`, which RFC 8601 allows anywhere. */
function withoutComments(value: string): string {
  let out = '';
  let depth = 0;
  for (const ch of value) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

export function parseAuthenticationResults(value: string): { authservId: string; results: MethodResult[] } {
  const [head = '', ...rest] = withoutComments(value).split(';');
  const authservId = head.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const results = rest.flatMap((part): MethodResult[] => {
    const tokens = part.trim().split(/\s+/).filter(Boolean);
    const first = /^([a-z0-9-]+)(?:\/[0-9]+)?=([a-z]+)$/i.exec(tokens[0] ?? '');
    if (!first) return [];
    const properties = new Map<string, string>();
    for (const token of tokens.slice(1)) {
      const eq = token.indexOf('=');
      if (eq > 0) properties.set(token.slice(0, eq).toLowerCase(), token.slice(eq + 1).replace(/^"|"$/g, ''));
    }
    return [{ method: first[1]!.toLowerCase(), result: first[2]!.toLowerCase(), properties }];
  });
  return { authservId, results };
}

/**
 * The results our receiving server stamped, oldest header last as mail carries them: for each method, the
 * results of the topmost header with our authserv-id that reports it. Our server adds its headers on top
 * (each of its filters may add one); a header in our name further down was already in the mail when it
 * arrived, written by the sender unless the server removed it (RFC 8601 §5 asks it to, not every one
 * does), so its `dkim=pass` cannot overrule the `dkim=fail` our server wrote above it.
 */
export function trustedResults(headerValues: readonly string[], trustedAuthservId: string): MethodResult[] {
  const decided = new Set<string>();
  const trusted: MethodResult[] = [];
  for (const { authservId, results } of headerValues.map(parseAuthenticationResults)) {
    if (authservId !== trustedAuthservId.toLowerCase()) continue;
    const fresh = results.filter((r) => !decided.has(r.method));
    trusted.push(...fresh);
    for (const r of fresh) decided.add(r.method);
  }
  return trusted;
}

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/** The authenticated domain is the sender's, or the sender's is a subdomain of it (DMARC relaxed alignment). */
function aligned(authenticated: string, sender: string): boolean {
  const d = authenticated.toLowerCase().replace(/^@/, '');
  return sender === d || sender.endsWith(`.${d}`);
}

export function senderAuthenticated(
  headerValues: readonly string[],
  fromAddress: string,
  trustedAuthservId: string | null,
): AuthenticationVerdict {
  if (!trustedAuthservId) return { passed: false, detail: 'no authserv-id configured to trust' };
  const sender = domainOf(fromAddress);
  const ours = trustedAuthservId.toLowerCase();
  if (!headerValues.some((value) => parseAuthenticationResults(value).authservId === ours))
    return { passed: false, detail: `no Authentication-Results from ${trustedAuthservId}` };
  for (const r of trustedResults(headerValues, trustedAuthservId)) {
    if (r.result !== 'pass') continue;
    const dkimDomain = r.properties.get('header.d') ?? r.properties.get('header.i');
    if (r.method === 'dkim' && dkimDomain && aligned(domainOf(dkimDomain), sender))
      return { passed: true, detail: `dkim=pass header.d=${dkimDomain}` };
    const spfDomain = r.properties.get('smtp.mailfrom');
    if (r.method === 'spf' && spfDomain && aligned(domainOf(spfDomain), sender))
      return { passed: true, detail: `spf=pass smtp.mailfrom=${domainOf(spfDomain)}` };
  }
  return { passed: false, detail: `neither DKIM nor SPF passed for ${sender}` };
}
