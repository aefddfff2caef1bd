/**
 * Finds user-facing English left in production code: JSX text, the attributes a person reads
 * or hears (aria-label, title, placeholder, alt, label), and string literals that read as words.
 * `scripts/ui-literals.test.ts` keeps the list empty; everything a user reads goes through
 * `lib/i18n` and the locale files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface Literal {
  file: string;
  line: number;
  text: string;
}

const SOURCE_DIRS = ['components', 'entrypoints', 'lib'];
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
/** Two words of letters: a sentence, a label. Class lists and keys are hyphenated or single words. */
const WORDS = /\p{L}{2,}[ \u00a0]+\p{L}{2,}/u;
/** "sc-button primary": class lists, which are lowercase and hyphenated. */
const CLASS_LIST = /^\s*[a-z][a-z0-9]*(-[a-z0-9]+)*(\s+[a-z][a-z0-9]*(-[a-z0-9]+)*)*\s*$/;
const readsAsWords = (text: string) => WORDS.test(text) && !(CLASS_LIST.test(text) && text.includes('-'));
/** Calls whose string arguments are for developers, not users. */
const DEVELOPER_CALLS = /^(console\.\w+|reported|reportError|logEvent|describe|it|test)$/;

export function productionFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$|\.d\.ts$/.test(entry.name)) files.push(path);
    }
  };
  for (const dir of SOURCE_DIRS) walk(join(root, dir));
  return files.sort();
}

function calleeName(node: ts.CallExpression | ts.NewExpression): string {
  return node.expression.getText();
}

/** Whether a string sits where a developer, not a user, reads it. */
function isDeveloperContext(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isImportDeclaration(at) || ts.isExportDeclaration(at) || ts.isImportTypeNode(at)) return true;
    if (ts.isLiteralTypeNode(at)) return true;
    if (ts.isCallExpression(at) && DEVELOPER_CALLS.test(calleeName(at))) return true;
    if (ts.isNewExpression(at) && /Error$/.test(calleeName(at))) return true;
    if (ts.isJsxAttribute(at) && !READ_ATTRIBUTES.has(at.name.getText())) return true;
    if (ts.isPropertyAssignment(at) && at.initializer !== node && at.name === node) return true;
    if (ts.isCaseClause(at) || (ts.isBinaryExpression(at) && /===|!==|==|!=/.test(at.operatorToken.getText()))) return true;
    if (ts.isBlock(at) || ts.isSourceFile(at)) return false;
  }
  return false;
}

function isIgnored(sourceText: string, node: ts.Node): boolean {
  const ranges = ts.getLeadingCommentRanges(sourceText, node.getFullStart()) ?? [];
  return ranges.some((range) => sourceText.slice(range.pos, range.end).includes('ui-literal: not user-facing'));
}

export function findLiterals(root: string, file: string, text = readFileSync(file, 'utf8')): Literal[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Literal[] = [];
  const add = (node: ts.Node, value: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    found.push({ file: relative(root, file), line, text: value.trim().slice(0, 80) });
  };
  const ignoredStatement = (node: ts.Node) => {
    for (let at: ts.Node | undefined = node; at; at = at.parent) {
      if ((ts.isStatement(at) || ts.isPropertyAssignment(at) || ts.isJsxAttribute(at)) && isIgnored(text, at)) return true;
    }
    return false;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (/\p{L}/u.test(node.text) && !ignoredStatement(node)) add(node, node.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const inReadAttribute = ts.isJsxAttribute(node.parent) && READ_ATTRIBUTES.has(node.parent.name.getText());
      if ((inReadAttribute ? /\p{L}{2,}/u.test(node.text) : readsAsWords(node.text)) && !isDeveloperContext(node) && !ignoredStatement(node))
        add(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
      if (readsAsWords(parts) && !isDeveloperContext(node) && !ignoredStatement(node)) add(node, parts);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function findAllLiterals(root: string): Literal[] {
  return productionFiles(root).flatMap((file) => findLiterals(root, file));
}

if (process.argv[1]?.endsWith('ui-literals.ts')) {
  const literals = findAllLiterals(process.cwd());
  for (const literal of literals) console.log(`${literal.file}:${literal.line}  ${literal.text}`);
  console.log(`${literals.length} user-facing literals`);
}
