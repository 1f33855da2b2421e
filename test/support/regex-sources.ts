// The regular expressions a TypeScript source file writes, read with the TypeScript compiler API (no
// module is loaded): each regex literal, and each `new RegExp(…)` whose pattern and flags fold to
// constant strings (string and template literals, `+`, `[…].join(…)`, the file's own `const` strings,
// `X.source` of the file's own constant regexes). A `new RegExp` built from anything else is returned as dynamic.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface WrittenRegex {
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
}

export interface DynamicRegex {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

export interface FileRegexes {
  readonly regexes: WrittenRegex[];
  readonly dynamic: DynamicRegex[];
}

type Folded = { kind: 'string'; value: string } | { kind: 'regex'; source: string; flags: string } | null;

export function regexesIn(path: string, file = path): FileRegexes {
  const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const constants = new Map<string, ts.Expression>();
  const collectConstants = (node: ts.Node): void => {
    if (
      ts.isVariableDeclarationList(node) &&
      (node.flags & ts.NodeFlags.Const) !== 0 &&
      node.parent !== undefined &&
      ts.isVariableStatement(node.parent) &&
      node.parent.parent === sf
    ) {
      for (const d of node.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer) constants.set(d.name.text, d.initializer);
      }
    }
    ts.forEachChild(node, collectConstants);
  };
  collectConstants(sf);

  const fold = (e: ts.Expression): Folded => {
    if (ts.isParenthesizedExpression(e)) return fold(e.expression);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e))
      return { kind: 'string', value: e.text };
    if (ts.isRegularExpressionLiteral(e)) {
      const end = e.text.lastIndexOf('/');
      return { kind: 'regex', source: e.text.slice(1, end), flags: e.text.slice(end + 1) };
    }
    if (ts.isTemplateExpression(e)) {
      let value = e.head.text;
      for (const span of e.templateSpans) {
        const part = fold(span.expression);
        if (part?.kind !== 'string') return null;
        value += part.value + span.literal.text;
      }
      return { kind: 'string', value };
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const [left, right] = [fold(e.left), fold(e.right)];
      return left?.kind === 'string' && right?.kind === 'string'
        ? { kind: 'string', value: left.value + right.value }
        : null;
    }
    if (ts.isIdentifier(e)) {
      const init = constants.get(e.text);
      return init === undefined ? null : fold(init);
    }
    if (ts.isPropertyAccessExpression(e) && e.name.text === 'source') {
      const target = fold(e.expression);
      return target?.kind === 'regex' ? { kind: 'string', value: target.source } : null;
    }
    if (ts.isNewExpression(e)) return foldNewRegExp(e);
    if (
      ts.isCallExpression(e) &&
      ts.isPropertyAccessExpression(e.expression) &&
      e.expression.name.text === 'join' &&
      ts.isArrayLiteralExpression(e.expression.expression)
    ) {
      const parts = e.expression.expression.elements.map((el) => fold(el));
      const separator =
        e.arguments[0] === undefined ? { kind: 'string' as const, value: ',' } : fold(e.arguments[0]);
      if (separator?.kind !== 'string' || !parts.every((p) => p?.kind === 'string')) return null;
      return {
        kind: 'string',
        value: parts.map((p) => (p as { value: string }).value).join(separator.value),
      };
    }
    return null;
  };
  const foldNewRegExp = (e: ts.NewExpression): Folded => {
    if (!ts.isIdentifier(e.expression) || e.expression.text !== 'RegExp') return null;
    const [pattern, flags] = e.arguments ?? [];
    const source = pattern && fold(pattern);
    const folded = flags === undefined ? { kind: 'string' as const, value: '' } : fold(flags);
    return source?.kind === 'string' && folded?.kind === 'string'
      ? { kind: 'regex', source: source.value, flags: folded.value }
      : null;
  };

  const result: FileRegexes = { regexes: [], dynamic: [] };
  const lineOf = (node: ts.Node): number => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const visit = (node: ts.Node): void => {
    const isNew =
      ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp';
    if (ts.isRegularExpressionLiteral(node) || isNew) {
      const folded = fold(node as ts.Expression);
      if (folded?.kind === 'regex') {
        result.regexes.push({ file, line: lineOf(node), source: folded.source, flags: folded.flags });
      } else {
        result.dynamic.push({ file, line: lineOf(node), text: node.getText(sf) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return result;
}
