// The job's certificate authority. Its private key is made here and lives only in this process's
// memory: nothing writes, logs or sends it, and it dies with the proxy. Leaf certificates (one per
// Twilio host, cached) share one key. Keys come from Node's native RSA generator (fast); node-forge
// builds and signs the certificates.
import { generateKeyPair, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
// Only what certificates need: x509 (with RSA, ASN.1, PEM) and SHA-256 register themselves on forge.
import 'node-forge/lib/x509.js';
import 'node-forge/lib/sha256.js';
import forge from 'node-forge/lib/forge.js';

const HOUR = 3_600_000;

export interface LeafPair {
  readonly cert: string;
  readonly key: string;
}

export interface JobCa {
  /** PEM, public: clients trust it through NODE_EXTRA_CA_CERTS and friends. */
  readonly certPem: string;
  leaf(host: string): LeafPair;
}

interface RsaKey {
  readonly pem: string;
  readonly key: forge.pki.rsa.PrivateKey;
  readonly pub: forge.pki.rsa.PublicKey;
}

async function rsaKey(): Promise<RsaKey> {
  const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  // Handed to forge as numbers (JWK), which needs less of forge than parsing PEM.
  const jwk = privateKey.export({ format: 'jwk' });
  const big = (b64url: string | undefined) =>
    new forge.jsbn.BigInteger(Buffer.from(b64url ?? '', 'base64url').toString('hex'), 16);
  const [n, e] = [big(jwk.n), big(jwk.e)];
  const key = forge.pki.rsa.setPrivateKey(
    n,
    e,
    big(jwk.d),
    big(jwk.p),
    big(jwk.q),
    big(jwk.dp),
    big(jwk.dq),
    big(jwk.qi),
  );
  return { pem, key, pub: forge.pki.rsa.setPublicKey(n, e) };
}

function serial(): string {
  // Positive: the first hex digit stays below 8.
  return '0' + randomBytes(15).toString('hex');
}

export async function createJobCa(name: string, now = new Date()): Promise<JobCa> {
  // Both keys at once, on libuv's threads: RSA key generation is the slow part of start-up.
  const [ca, leafKey] = await Promise.all([rsaKey(), rsaKey()]);
  // Valid from an hour ago (clock skew) for a day: no job outlives that.
  const notBefore = new Date(now.getTime() - HOUR);
  const notAfter = new Date(now.getTime() + 24 * HOUR);
  const caCert = forge.pki.createCertificate();
  caCert.publicKey = ca.pub;
  caCert.serialNumber = serial();
  caCert.validity.notBefore = notBefore;
  caCert.validity.notAfter = notAfter;
  const caName = [{ name: 'commonName', value: name }];
  caCert.setSubject(caName);
  caCert.setIssuer(caName);
  caCert.setExtensions([
    { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  caCert.sign(ca.key, forge.md.sha256.create());

  const leaves = new Map<string, LeafPair>();

  function makeLeaf(host: string): LeafPair {
    const cert = forge.pki.createCertificate();
    cert.publicKey = leafKey.pub;
    cert.serialNumber = serial();
    cert.validity.notBefore = notBefore;
    cert.validity.notAfter = notAfter;
    cert.setSubject([{ name: 'commonName', value: host }]);
    cert.setIssuer(caName);
    cert.setExtensions([
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: host }] },
      { name: 'authorityKeyIdentifier', keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
    ]);
    cert.sign(ca.key, forge.md.sha256.create());
    return { cert: forge.pki.certificateToPem(cert), key: leafKey.pem };
  }

  return {
    certPem: forge.pki.certificateToPem(caCert),
    leaf(host) {
      const h = host.toLowerCase();
      let pair = leaves.get(h);
      if (!pair) leaves.set(h, (pair = makeLeaf(h)));
      return pair;
    },
  };
}
