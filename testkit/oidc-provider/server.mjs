// The real npm `oidc-provider` behind an HTTPS server on loopback, for alter-testkit.
// Usage: node server.mjs CERT_PEM KEY_PEM [PORT]   (PORT 0 = random). Prints `READY <port>` once listening.
//
// Issuer: https://localhost:<port>. One confidential client `alter-test` / `alter-test-secret`
// (client_credentials only). Resource `https://api.alter.test` gets RS256 JWT access tokens with
// scope `read` and an extra claim `groups: ["00gabc123"]`. JWKS: one RS256 and one ES256 key,
// generated at startup.
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

const configuration = {
  clients: [{
    client_id: 'alter-test',
    client_secret: 'alter-test-secret',
    grant_types: ['client_credentials'],
    redirect_uris: [],
    response_types: [],
  }],
  jwks: {
    keys: [
      privateJwk('rsa', { modulusLength: 2048 }, 'RS256'),
      privateJwk('ec', { namedCurve: 'P-256' }, 'ES256'),
    ],
  },
  scopes: ['openid', 'read'],
  features: {
    devInteractions: { enabled: false },
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
  extraTokenClaims: () => ({ groups: ['00gabc123'] }),
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
  handle = provider.callback();
  console.log(`READY ${port}`);
});
