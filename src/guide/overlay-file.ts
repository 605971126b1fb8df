/**
 * Where the build puts the overlay (render-overlay.tsx) in dist/: web-accessible
 * to court pages only, and imported by the content script from there.
 */
export const OVERLAY_FILE = 'content/overlay.js';
