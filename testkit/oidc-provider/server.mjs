// The real npm `oidc-provider` behind an HTTPS server on loopback, for alter-testkit.
// Usage: node server.mjs CERT_PEM KEY_PEM [PORT]   (PORT 0 = random). Prints `READY <port>` once listening.
//
// Issuer: https://localhost:<port>. JWKS: one RS256 and one ES256 key, generated at startup.
// Clients:
// - `alter-test` / `alter-test-secret`: client_credentials only. Resource
//   `https://api.alter.test` gets RS256 JWT access tokens with scope `read` and `groups`.
// - `alter-cli`: public native client (PKCE), authorization code + device code, redirect
//   http://127.0.0.1/callback on any port (RFC 8252 loopback rule for native clients).
// - `alter-confidential` / `alter-confidential-secret-7`: the same, confidential (Basic auth).
// - `alter-unregistered`: public, its only redirect URI is http://127.0.0.1/elsewhere.
// - `alter-no-device`: public, authorization code only.
// Logins (development login page, any password): `alice` (group IDs), `bob` (group names),
// `carol` (no groups); claims email/name by scope, `groups` by the `groups` scope, in the ID
// token too (conformIdTokenClaims: false). Access tokens default to the JWT resource above.
// DEVICE_CODE_TTL (seconds, default 600) shortens the device-code lifetime for expiry tests;
// TOKEN_LOG names a file that gets every issued token, one a line. Device answers say
// `interval: 1`.
import crypto from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import Provider, { errors } from 'oidc-provider';

const [certPath, keyPath, portArg = '0'] = process.argv.slice(2);
if (!certPath || !keyPath) {
  console.error('usage: node server.mjs CERT_PEM KEY_PEM [PORT]');
  process.exit(2);
}

const RESOURCE = 'https://api.alter.test';

const privateJwk = (type, options, alg) => ({
  ...crypto.generateKeyPairSync(type, options).privateKey.export({ format: 'jwk' }),
  alg,
  use: 'sig',
});

const ACCOUNTS = {
  alice: { email: 'alice@example.com', name: 'Alice Liddell', groups: ['7f9c2b1e-0d4a-4c11-9a53-2f1e0b6c8d21'] },
  bob: { email: 'bob@example.com', name: 'Bob Builder', groups: ['Engineering', 'Sales'] },
  carol: { email: 'carol@example.com', name: 'Carol Danvers' },
};
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
const interactive = (client) => ({
  application_type: 'native',
  grant_types: ['authorization_code', DEVICE_GRANT],
  response_types: ['code'],
  redirect_uris: ['http://127.0.0.1/callback'],
  token_endpoint_auth_method: 'none',
  ...client,
});

const configuration = {
  clients: [{
    client_id: 'alter-test',
    client_secret: 'alter-test-secret',
    grant_types: ['client_credentials'],
    redirect_uris: [],
    response_types: [],
  },
  interactive({ client_id: 'alter-cli' }),
  interactive({
    client_id: 'alter-confidential',
    client_secret: 'alter-confidential-secret-7',
    token_endpoint_auth_method: 'client_secret_basic',
  }),
  interactive({ client_id: 'alter-unregistered', redirect_uris: ['http://127.0.0.1/elsewhere'] }),
  interactive({ client_id: 'alter-no-device', grant_types: ['authorization_code'] }),
  ],
  async findAccount(ctx, id) {
    return {
      accountId: id,
      async claims() {
        const { groups, ...profile } = ACCOUNTS[id] ?? {};
        return { sub: id, ...profile, ...(groups ? { groups } : {}) };
      },
    };
  },
  claims: {
    openid: ['sub'],
    email: ['email'],
    profile: ['name'],
    groups: ['groups'],
  },
  conformIdTokenClaims: false,
  ttl: { DeviceCode: Number(process.env.DEVICE_CODE_TTL || 600) },
  jwks: {
    keys: [
      privateJwk('rsa', { modulusLength: 2048 }, 'RS256'),
      privateJwk('ec', { namedCurve: 'P-256' }, 'ES256'),
    ],
  },
  scopes: ['openid', 'read', 'profile', 'email', 'groups'],
  features: {
    devInteractions: { enabled: true },
    deviceFlow: { enabled: true },
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      // Clients that omit `resource` still get a JWT for the test API.
      defaultResource: () => RESOURCE,
      useGrantedResource: () => true,
      getResourceServerInfo(ctx, resourceIndicator) {
        if (resourceIndicator !== RESOURCE) throw new errors.InvalidTarget();
        return {
          scope: 'read',
          audience: RESOURCE,
          accessTokenFormat: 'jwt',
          accessTokenTTL: 3600,
          jwt: { sign: { alg: 'RS256' } },
        };
      },
    },
  },
  extraTokenClaims: (ctx, token) => ({
    groups: token.accountId ? (ACCOUNTS[token.accountId]?.groups ?? []) : ['00gabc123'],
  }),
};

// Listen first: the issuer must carry the port the OS picked.
let handle = (req, res) => { res.statusCode = 503; res.end(); };
const server = https.createServer(
  { cert: fs.readFileSync(certPath), key: fs.readFileSync(keyPath) },
  (req, res) => handle(req, res),
);
server.listen(Number(portArg), '127.0.0.1', () => {
  const { port } = server.address();
  const provider = new Provider(`https://localhost:${port}`, configuration);
  provider.on('server_error', (ctx, err) => console.error('server_error', err));
  // Every token issued, one a line, so tests can scan alter's output for any of them.
  provider.on('grant.success', (ctx) => {
    if (!process.env.TOKEN_LOG) return;
    for (const name of ['access_token', 'id_token', 'refresh_token']) {
      if (ctx.body?.[name]) fs.appendFileSync(process.env.TOKEN_LOG, `${ctx.body[name]}\n`);
    }
  });
  // A device answer's `interval` of 1 s (oidc-provider sends none, which means 5 s), so the
  // device tests wait seconds, not minutes; alter itself never polls faster than 1 s.
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path === '/device/auth' && ctx.body && typeof ctx.body === 'object' && ctx.body.device_code) {
      ctx.body.interval = 1;
    }
  });
  handle = provider.callback();
  console.log(`READY ${port}`);
});
