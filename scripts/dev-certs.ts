/**
 * HTTPS certificates for the development server. Office only loads add-ins over https. We generate
 * files with office-addin-dev-certs but never install them into the system trust store: that needs
 * administrator rights, so it stays a one-time manual step (`npx office-addin-dev-certs install`).
 */
import { X509Certificate, createPrivateKey } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { generateCertificates, isCaCertificateInstalled } from "office-addin-dev-certs";
import * as defaults from "office-addin-dev-certs/lib/defaults";

export interface CertificatePaths {
  ca: string;
  cert: string;
  key: string;
}

export interface HttpsOptions {
  ca: Buffer;
  cert: Buffer;
  key: Buffer;
}

/** ~/.office-addin-dev-certs, where `office-addin-dev-certs install` looks for them. */
export const DEFAULT_CERTIFICATE_PATHS: CertificatePaths = {
  ca: defaults.caCertificatePath,
  cert: defaults.localhostCertificatePath,
  key: defaults.localhostKeyPath,
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** True when the files exist, the key matches, and both certificates stay valid for another day. */
export function certificatesUsable(paths: CertificatePaths, now: Date = new Date()): boolean {
  if (![paths.ca, paths.cert, paths.key].every((file) => existsSync(file))) return false;
  try {
    const ca = new X509Certificate(readFileSync(paths.ca));
    const cert = new X509Certificate(readFileSync(paths.cert));
    const valid = (c: X509Certificate): boolean =>
      Date.parse(c.validFrom) <= now.getTime() && Date.parse(c.validTo) > now.getTime() + DAY_MS;
    return valid(ca) && valid(cert) && cert.checkPrivateKey(createPrivateKey(readFileSync(paths.key)));
  } catch {
    return false;
  }
}

/** Reuses usable certificates, otherwise generates new ones (CA, localhost certificate and key). */
export async function ensureDevCertificates(
  paths: CertificatePaths = DEFAULT_CERTIFICATE_PATHS,
): Promise<HttpsOptions> {
  if (!certificatesUsable(paths)) {
    // generateCertificates keeps an existing CA file, so stale files must go first.
    for (const file of [paths.ca, paths.cert, paths.key]) rmSync(file, { force: true });
    await generateCertificates(paths.ca, paths.cert, paths.key);
  }
  return { ca: readFileSync(paths.ca), cert: readFileSync(paths.cert), key: readFileSync(paths.key) };
}

/** A reminder to trust the CA, for desktop Excel (Windows, macOS) when it is not trusted yet. */
export function caTrustReminder(platform: NodeJS.Platform = process.platform): string | null {
  if (platform !== "win32" && platform !== "darwin") return null;
  try {
    if (isCaCertificateInstalled()) return null;
  } catch {
    // The check itself failed: remind rather than stay silent.
  }
  return [
    "Excel 桌面版只信任已安裝的開發憑證。請以系統管理員身分執行一次：npx office-addin-dev-certs install",
    "Desktop Excel only trusts an installed development certificate. Run once as administrator: npx office-addin-dev-certs install",
  ].join("\n");
}
