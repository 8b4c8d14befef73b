import { X509Certificate } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CertificatePaths, certificatesUsable, ensureDevCertificates } from "../../scripts/dev-certs";

describe("development certificates", () => {
  let dir: string;
  let paths: CertificatePaths;

  beforeEach(() => {
    jest.spyOn(console, "log").mockImplementation(() => undefined); // "certificates have been generated"
    dir = mkdtempSync(join(tmpdir(), "dev-certs-"));
    paths = { ca: join(dir, "ca.crt"), cert: join(dir, "localhost.crt"), key: join(dir, "localhost.key") };
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    jest.restoreAllMocks();
  });

  it("generates a localhost certificate signed by a new CA when none exist", async () => {
    expect(certificatesUsable(paths)).toBe(false);
    const https = await ensureDevCertificates(paths);
    expect(certificatesUsable(paths)).toBe(true);
    const ca = new X509Certificate(https.ca);
    const cert = new X509Certificate(https.cert);
    expect(cert.checkIssued(ca)).toBe(true);
    expect(cert.checkHost("localhost")).toBe("localhost");
    expect(https.key.toString()).toContain("PRIVATE KEY");
  });

  it("reuses usable certificates and replaces broken ones", async () => {
    const first = await ensureDevCertificates(paths);
    expect((await ensureDevCertificates(paths)).cert.equals(first.cert)).toBe(true);
    writeFileSync(paths.key, "not a key");
    expect(certificatesUsable(paths)).toBe(false);
    const second = await ensureDevCertificates(paths);
    expect(second.cert.equals(first.cert)).toBe(false);
    expect(certificatesUsable(paths)).toBe(true);
    expect(readFileSync(paths.key).equals(second.key)).toBe(true);
  });

  it("treats certificates that expire within a day as unusable", async () => {
    await ensureDevCertificates(paths);
    const validTo = Date.parse(new X509Certificate(readFileSync(paths.cert)).validTo);
    expect(certificatesUsable(paths, new Date(validTo - 2 * 86_400_000))).toBe(true);
    expect(certificatesUsable(paths, new Date(validTo - 3_600_000))).toBe(false);
  });
});
