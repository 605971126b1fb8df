// A self-signed certificate made for this run only (Chromium is told to accept
// it with --ignore-certificate-errors); nothing secret is kept in the repository.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Certificate {
  readonly key: Buffer;
  readonly cert: Buffer;
}

export function makeCertificate(): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'pacer-link-guide-cert-'));
  try {
    execFileSync(
      process.env.OPENSSL_PATH ?? 'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:*.uscourts.gov,DNS:pacer.login.uscourts.gov',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'pipe' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch (error) {
    throw new Error(
      `Cannot make a test certificate with openssl (apt-get install -y openssl): ${String(error)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
