// The rings of the architecture (see README): the domain is pure, use-cases do not know adapters,
// and only the composition root and the command line see everything. `npm run lint` enforces it.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain imports nothing from app, adapters, config or cli, and no I/O library',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        path: [
          '^src/(app|adapters|config|cli)',
          '^src/composition-root',
          'node_modules/(@prisma|prisma|imapflow|pino|nodemailer|@slack|discord\\.js|pg|better-sqlite3|postal-mime|yaml)/',
        ],
      },
    },
    {
      name: 'domain-no-io-builtins',
      comment: 'the domain takes no clock, file or network from Node; it gets them as parameters',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: ['core'], path: '^(fs|net|http|https|child_process|os|dns|tls)$' },
    },
    {
      name: 'app-does-not-know-adapters',
      comment: 'use-cases talk to ports; the composition root wires adapters in',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: ['^src/adapters/', '^src/cli', '^src/composition-root'] },
    },
    {
      name: 'adapters-do-not-know-cli',
      severity: 'error',
      from: { path: '^src/adapters/' },
      to: { path: ['^src/cli', '^src/composition-root'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules', '^generated/'] },
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
