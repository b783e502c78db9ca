// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3 and pg are native/driver modules: load them from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "sharp", "pino"],
  async rewrites() {
    return {
      beforeFiles: [
        // The front page is a dynamic segment so it is rendered on first request
        // and cached (ISR), never at build time: builds need no database.
        { source: "/", destination: "/front/en" },
      ],
    };
  },
};

module.exports = nextConfig;
