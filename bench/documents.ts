/**
 * Temporary identity documents: issue-to-PDF latency (approval → print → card PDF, over HTTP) and seal
 * verification throughput, online (POST /api/documents/verify: signature + register status + log row)
 * side by side with the offline check a phone or a border reader does (Ed25519 over the seal, no server).
 */
import { createPublicKey, verify } from 'node:crypto';
import autocannon from 'autocannon';
import sharp from 'sharp';
import { readSeal } from '../src/common/seal';
import { DEMO_PASSWORD } from '../src/server/seed/demo';
import { fixed, machineLine, percentile, writeSection } from './lib/report';
import { freshPostgresDatabase, signInHttp, startServer } from './lib/server';

type Session = Awaited<ReturnType<typeof signInHttp>>;

async function call(url: string, session: Session, method: string, path: string, body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  }
  return response;
}

async function registerHolder(url: string, admin: Session, index: number, photo: Buffer): Promise<string> {
  const person = (await (
    await call(url, admin, 'POST', '/api/people', { givenNames: `Bench ${index}`, surname: `Holder ${String.fromCharCode(65 + (index % 26))}`, sex: index % 2 ? 'F' : 'M', dateOfBirth: '1990-05-17', nationalities: ['SYR'], legalStatus: 'asylum-seeker', confirmedNew: true })
  ).json()) as { id: string };
  const form = new FormData();
  form.append('photo', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'photo.jpg');
  const uploaded = await fetch(`${url}/api/people/${person.id}/photo`, { method: 'PUT', headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken }, body: form });
  if (!uploaded.ok) {
    throw new Error(`photo: ${uploaded.status} ${await uploaded.text()}`);
  }
  return person.id;
}

/** Runs the benchmark and writes its section of docs/BENCHMARKS.md. */
export async function runDocumentsBenchmark(): Promise<void> {
  const count = Number(process.env.BENCH_DOCUMENTS ?? 200);
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const databaseUrl = await freshPostgresDatabase(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', 'crossroads_bench_documents');
  const server = await startServer({ port: 4311, databaseUrl, env: { VERIFY_RATE_LIMIT_PER_MINUTE: '100000000' } });
  try {
    const [admin, officer, approver] = [await signInHttp(server.url, 'admin', DEMO_PASSWORD), await signInHttp(server.url, 'document.officer', DEMO_PASSWORD), await signInHttp(server.url, 'document.approver', DEMO_PASSWORD)];
    const offices = (await (await call(server.url, officer, 'GET', '/api/documents/offices')).json()) as { offices: { siteId: string; code: string }[] };
    const office = offices.offices.find((o) => o.code === 'io-bucuresti')!.siteId;
    const photo = await sharp({ create: { width: 413, height: 531, channels: 3, background: { r: 190, g: 170, b: 150 } } }).jpeg({ quality: 85 }).toBuffer();

    const issueToPdf: number[] = [];
    const pdfOnly: number[] = [];
    const pdfBytes: number[] = [];
    const seals: string[] = [];
    for (let i = 0; i < count + 5; i++) {
      const personId = await registerHolder(server.url, admin, i, photo);
      const applied = (await (await call(server.url, officer, 'POST', '/api/documents/applications', { personId, type: 'TID-AS', officeId: office, fee: { status: 'none' } })).json()) as { id: string };
      const started = performance.now();
      const approved = (await (await call(server.url, approver, 'POST', `/api/documents/${applied.id}/approve`)).json()) as { sealPayload: string };
      await call(server.url, officer, 'POST', `/api/documents/${applied.id}/print`);
      const renderStarted = performance.now();
      const pdf = await (await call(server.url, officer, 'GET', `/api/documents/${applied.id}/card.pdf`)).arrayBuffer();
      const done = performance.now();
      await call(server.url, officer, 'POST', `/api/documents/${applied.id}/hand-over`, {});
      if (i >= 5) {
        // The first five warm the caches (fonts, keys, prepared plans) and are not counted.
        issueToPdf.push(done - started);
        pdfOnly.push(done - renderStarted);
        pdfBytes.push(pdf.byteLength);
      }
      seals.push(approved.sealPayload);
    }

    const online = await new Promise<autocannon.Result>((resolve, reject) => {
      let next = 0;
      autocannon(
        {
          url: `${server.url}/api/documents/verify`,
          method: 'POST',
          connections: 10,
          duration: seconds,
          headers: { 'content-type': 'application/json' },
          requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify({ payload: seals[next++ % seals.length] }) }) }],
        },
        (error, result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result)),
      );
    });

    const keys = (await (await fetch(`${server.url}/api/documents/keys`)).json()) as { keys: { keyId: string; publicKey: string }[] };
    const publicKeys = new Map(keys.keys.map((k) => [k.keyId, createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: k.publicKey }, format: 'jwk' })]));
    let checked = 0;
    const offlineStarted = performance.now();
    while (performance.now() - offlineStarted < 3000) {
      const read = readSeal(seals[checked % seals.length]!);
      if (!read.ok || !verify(null, Buffer.from(read.seal.signedText), publicKeys.get(read.seal.keyId)!, read.seal.signature)) {
        throw new Error('a seal did not verify offline');
      }
      checked += 1;
    }
    const offlinePerSecond = checked / ((performance.now() - offlineStarted) / 1000);
    const onlinePerSecond = online.requests.total / seconds;
    const errors = online.errors + online.non2xx;

    writeSection(
      'documents',
      `## Temporary identity documents: issue-to-PDF and seal verification

Command: \`npm run bench -- documents\` (${count} documents issued one after another over HTTP after 5 warm-up documents; verification ${seconds} s with 10 connections, autocannon; server in its own process on PostgreSQL).
Machine: ${machineLine()}. Measured ${new Date().toISOString().slice(0, 10)}.

**Issue-to-PDF** is the time from the second officer's approval request (number from the office's block, MRZ, Ed25519 seal, audit) through recording the print to the card PDF received (holder and photo read, two ID-1 pages with embedded fonts and the QR seal).

| step | p50 ms | p95 ms | p99 ms |
|---|---:|---:|---:|
| approve → print → card PDF | ${fixed(percentile(issueToPdf, 50))} | ${fixed(percentile(issueToPdf, 95))} | ${fixed(percentile(issueToPdf, 99))} |
| card PDF alone | ${fixed(percentile(pdfOnly, 50))} | ${fixed(percentile(pdfOnly, 95))} | ${fixed(percentile(pdfOnly, 99))} |

Card PDF size: median ${fixed(percentile(pdfBytes, 50) / 1024)} kB (photo 413 × 531 JPEG).

**Verification throughput**

| check | verifications/s | p50 ms | p95 ms | errors |
|---|---:|---:|---:|---:|
| online: \`POST /api/documents/verify\` (signature, register status, log row) | ${fixed(onlinePerSecond, 0)} | ${fixed(online.latency.p50)} | ${fixed(online.latency.p97_5)} (p97.5) | ${errors} |
| offline: seal read + Ed25519 check with the published key, one core, no server | ${fixed(offlinePerSecond, 0)} | — | — | 0 |

The offline check is ${fixed(offlinePerSecond / onlinePerSecond, 1)}× the online one: a reader that caches the published keys verifies the signature with no network, and asks the server only for the current status. The public endpoint is rate-limited per client address (\`VERIFY_RATE_LIMIT_PER_MINUTE\`, default 60; raised for this run).`,
    );
    console.table({ issueToPdfP50: percentile(issueToPdf, 50), issueToPdfP95: percentile(issueToPdf, 95), pdfP95: percentile(pdfOnly, 95), onlinePerSecond, offlinePerSecond, errors });
  } finally {
    await server.stop();
  }
}
