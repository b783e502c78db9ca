import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Reader pages link with plain <a> on purpose (app/(site)/layout.tsx explains
    // why); the newsroom keeps next/link and this rule.
    files: ["app/(site)/**", "app/(ur)/**", "app/_components/**/*.tsx", "app/global-not-found.tsx", "app/global-error.tsx"],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    ignores: [".next/**", "node_modules/**", "app/_generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
];

export default config;
