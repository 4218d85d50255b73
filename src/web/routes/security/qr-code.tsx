import qrcode from "qrcode-generator";
import { useMemo } from "react";

/**
 * A QR code drawn here as SVG, from the text alone: the secret never leaves the browser for an
 * online QR service, and no HTML string is injected (React builds the elements).
 */
export function QrCode({ text, label, size = 220 }: { text: string; label: string; size?: number }) {
  const { count, path } = useMemo(() => {
    const qr = qrcode(0, "M");
    qr.addData(text);
    qr.make();
    const n = qr.getModuleCount();
    let d = "";
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c + 4},${r + 4}h1v1h-1z`;
    }
    return { count: n, path: d };
  }, [text]);
  // Four modules of white around it: the quiet zone scanners need.
  const view = count + 8;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${view} ${view}`}
      shapeRendering="crispEdges"
    >
      <rect width={view} height={view} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
