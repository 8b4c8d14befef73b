import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { ICON_SIZES, drawIcon } from "../../scripts/icon";
import { encodePng, pngSize } from "../../scripts/png";

describe("encodePng", () => {
  it("writes a valid RGBA PNG whose pixel data inflates back", () => {
    const pixels = Uint8Array.from({ length: 3 * 2 * 4 }, (_, i) => i * 10);
    const png = encodePng(3, 2, pixels);
    expect(pngSize(png)).toEqual({ width: 3, height: 2 });
    expect(png.readUInt8(24)).toBe(8); // bit depth
    expect(png.readUInt8(25)).toBe(6); // colour type RGBA
    const idatLength = png.readUInt32BE(33);
    expect(png.toString("ascii", 37, 41)).toBe("IDAT");
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    expect(Array.from(raw)).toEqual([0, ...pixels.subarray(0, 12), 0, ...pixels.subarray(12)]);
    expect(png.subarray(-12, -4).toString("ascii", 4)).toBe("IEND");
  });

  it("refuses pixel data of the wrong length", () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(/16 bytes/);
  });

  it("reads no size from something that is not a PNG", () => {
    expect(pngSize(Buffer.from("GIF89a, definitely not a PNG file"))).toBeNull();
  });
});

describe("the icons", () => {
  it.each(ICON_SIZES)("assets/icon-%i.png is what scripts/icon.ts draws (run npm run icons)", (size) => {
    const file = readFileSync(join(__dirname, "..", "..", "assets", `icon-${size}.png`));
    expect(file.equals(encodePng(size, size, drawIcon(size)))).toBe(true);
  });

  it("has transparent rounded corners, a green edge and a white sheet", () => {
    const size = 64;
    const pixels = drawIcon(size);
    const at = (x: number, y: number): number[] =>
      Array.from(pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4));
    expect(at(0, 0)[3]).toBe(0);
    expect(at(32, 2)).toEqual([16, 124, 65, 255]);
    expect(at(14, 60 * 0.75)).toEqual([255, 255, 255, 255]);
  });
});
