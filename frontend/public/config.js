// Run-time settings. Deployment rewrites this file (dist/config.js) with the API's address and the
// deployment's province (`province`, `provinceName`: docker-entrypoint.d/40-config.sh); the app bundle
// stays the same. Empty here, so that the build-time VITE_API_BASE_URL applies (the mock server:
// VITE_API_BASE_URL=http://127.0.0.1:4010 npm run dev), else http://localhost:8080, and the province is
// Quảng Ngãi (src/lib/config.ts).
window.__HOCVUSO_CONFIG__ = {};
